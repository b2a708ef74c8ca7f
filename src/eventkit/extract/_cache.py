"""The default lexicon, kept on disk so that each new process does not build it again.

Building it from the gazetteers and dictionaries (190,000 phrases) takes a second or more;
loading the pickled result takes about a third of that, which is what a command-line run, a
notebook kernel or each Dask worker saves on its first article.

Where: ``$EVENTKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventkit``, else ``~/.cache/eventkit``.
``EVENTKIT_CACHE=off`` turns the cache off. The file's name carries a fingerprint of every file
of the installed package (name, size and modification time: the code that builds the lexicon
as well as its data), the eventkit version and the Python version, so that an upgrade or an
edited dictionary builds anew. Each installation (by its path) has its own file; its older
files are removed when a new one is written.

The cache only ever saves time: a file that cannot be read is rebuilt, one that cannot be
written is skipped. It is a pickle: as with any file Python code loads from your cache
directory, whoever can write there can run code as you (keep the directory your own).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["cache_file", "load", "save"]

_PACKAGE = Path(__file__).resolve().parents[1]
_PREFIX = "lexicon-"


def _directory() -> Path | None:
    if os.environ.get("EVENTKIT_CACHE", "").strip().lower() in ("off", "0", "no", "false"):
        return None
    chosen = os.environ.get("EVENTKIT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventkit"


def _fingerprint(package: Path = _PACKAGE) -> str:
    from .. import __version__

    digest = hashlib.sha256(f"{__version__} {sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}"
                            .encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path.relative_to(package)} {stat.st_size} {stat.st_mtime_ns}\n"
                          .encode())
    return digest.hexdigest()[:20]


def _installation(package: Path = _PACKAGE) -> str:
    """A short name for this installation (its path): each has its own cache file."""
    return hashlib.sha256(str(package).encode()).hexdigest()[:8]


def cache_file() -> Path | None:
    """Where the default lexicon of this installation is cached (None: the cache is off)."""
    directory = _directory()
    if directory is None:
        return None
    return directory / f"{_PREFIX}{_installation()}-{_fingerprint()}.pickle"


def load(expected: type) -> Any | None:
    """The cached lexicon, or None (no cache, or one that cannot be read: it is rebuilt)."""
    path = cache_file()
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            lexicon = pickle.load(handle)  # streamed: the file's bytes are never held whole
    except OSError:
        return None
    except Exception:  # a truncated or foreign file: build anew, and overwrite it
        return None
    return lexicon if isinstance(lexicon, expected) else None


def save(lexicon: object) -> None:
    """Write the lexicon to the cache (atomically) and remove older ones; skip on any error."""
    path = cache_file()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:  # a read-only or missing home: no cache
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(lexicon, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # a full disk, or (a bug) an object that cannot be pickled: no cache
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    for old in path.parent.glob(f"{_PREFIX}{_installation()}-*.pickle"):  # this one's older
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
