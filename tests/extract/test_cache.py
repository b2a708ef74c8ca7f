"""The default lexicon kept on disk: loaded, it extracts what the built one extracts; a bad or
stale file is never used; the cache can be turned off."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventkit
from eventkit.extract import Lexicon, _cache

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "iran_armenia_drills.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTKIT_CACHE", raising=False)
    return tmp_path


def test_a_cached_lexicon_extracts_what_a_built_one_extracts(cache_dir: Path) -> None:
    built = Lexicon()
    built._load_gazetteers()
    _cache.save(built)
    assert [path.name for path in cache_dir.iterdir()] == [_cache.cache_file().name]  # type: ignore[union-attr]
    loaded = _cache.load(Lexicon)
    assert isinstance(loaded, Lexicon) and loaded is not built
    published = "2025-04-10"
    assert eventkit.extract(EXAMPLE, published=published, lexicon=loaded) == eventkit.extract(
        EXAMPLE, published=published, lexicon=built
    )


def test_an_unreadable_cache_file_is_not_used(cache_dir: Path) -> None:
    path = _cache.cache_file()
    assert path is not None and path.parent == cache_dir
    path.write_bytes(b"not a pickle")
    assert _cache.load(Lexicon) is None
    path.write_bytes(b"\x80\x05K\x01.")  # a pickle of something else (the integer 1)
    assert _cache.load(Lexicon) is None


def test_writing_a_cache_removes_the_older_ones_of_this_installation(cache_dir: Path) -> None:
    stale = cache_dir / f"lexicon-{_cache._installation()}-0123456789abcdef0123.pickle"
    stale.write_bytes(b"")
    another_installation = cache_dir / "lexicon-00000000-0123456789abcdef0123.pickle"
    another_installation.write_bytes(b"")
    unrelated = cache_dir / "notes.txt"
    unrelated.write_text("kept")
    _cache.save(Lexicon())
    names = sorted(path.name for path in cache_dir.iterdir())
    assert names == sorted([_cache.cache_file().name,  # type: ignore[union-attr]
                            another_installation.name, "notes.txt"])


def test_the_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTKIT_CACHE", "off")
    assert _cache.cache_file() is None
    _cache.save(Lexicon())
    assert list(cache_dir.iterdir()) == []
    assert _cache.load(Lexicon) is None


def test_an_unwritable_cache_directory_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    monkeypatch.setenv("EVENTKIT_CACHE_DIR", str(blocker / "eventkit"))
    _cache.save(Lexicon())  # no error
    assert _cache.load(Lexicon) is None


def test_the_fingerprint_follows_the_files(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    data = package / "places.tsv"
    data.write_text("a\n")
    first = _cache._fingerprint(package)
    assert _cache._fingerprint(package) == first
    data.write_text("a\nb\n")
    assert _cache._fingerprint(package) != first
