"""Every reader, fed random and mutated input, raises nothing but `FormatError`.

With ``errors="collect"`` a reader either yields records or lists `FormatError`s (a file-level
problem, such as a wrong header or undecodable bytes, raises one); no other exception
(IndexError, KeyError, RecursionError, OverflowError...) may escape. Examples per test are
bounded (``EVENTKIT_FUZZ_EXAMPLES``, default 100) so the suite stays fast.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from _fuzzing import FIXTURES, fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from eventkit import FormatError
from eventkit.extract import _petrarch
from eventkit.extract._verbs import VerbDictionary
from eventkit.formats import acled, gdelt, jsonl, phoenix, plover

ACLED_HEADER = ",".join(acled.COLUMNS) + "\n"

# Pieces that reach deep into the parsers: delimiters, quotes, codes, dates, numbers, JSON.
_PIECES = [
    *',"\t\n\r;:{}[]0123456789-.+=@ \\\x00é\u2028\ufeff',
    "2024-01-01", "16 May 2025", "20170323", "Battles", "Peaceful protest", "Kenya", "KEN",
    "Protesters", "Military Forces of Iran", "Government of ", " - ", "1", "2", "3", "0",
    "IRNMIL", "SYRREB", "IGOUNO", "---", "190", "062", "nan", "inf", "-1e400", "9999-12-31",
    "00010101", "99991231", "http://x", "null", "true", '"type":"Event"', '{"type":"Event",',
    "[[[[", "{{{{", '"date":', '"location":{', '"actor":{"name":', '"text_spans":[{"start":',
]
_pieces = st.sampled_from(_PIECES)
texts = st.one_of(
    st.lists(_pieces, max_size=120).map("".join),
    st.text(max_size=300),
)


def _lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


@st.composite
def mutated(draw: st.DrawFn, path: Path, separator: str) -> str:
    """A real file with some cells replaced, cut, or duplicated."""
    lines = _lines_of(path)
    out = []
    for line in lines:
        cells = line.rstrip("\n").split(separator)
        for _ in range(draw(st.integers(0, 3))):
            index = draw(st.integers(0, max(0, len(cells) - 1)))
            action = draw(st.sampled_from(("replace", "drop", "double")))
            if action == "replace":
                cells[index] = draw(texts)
            elif action == "drop" and len(cells) > 1:
                del cells[index]
            else:
                cells.insert(index, cells[index])
        out.append(separator.join(cells) + "\n")
    return "".join(out)


def _consume(read: Callable[..., object], text: str, **kwargs: object) -> None:
    reader = read(io.StringIO(text), errors="collect", **kwargs)
    try:
        for _ in reader:  # type: ignore[attr-defined]
            pass
    except FormatError:
        pass  # file-level problems raise whatever the policy: documented
    for error in reader.errors:  # type: ignore[attr-defined]
        assert isinstance(error, FormatError)
        assert error.line is not None, f"an error without its line: {error}"


TABLES: list[tuple[str, Callable[..., object], Path, str, str]] = [
    ("acled", acled.read, FIXTURES / "acled_all_sub_event_types.csv", ",", ACLED_HEADER),
    ("acled-legacy", acled.read, FIXTURES / "acled_legacy_2019_api.csv", ",", ACLED_HEADER),
    ("gdelt2", gdelt.read, FIXTURES / "gdelt2_spark_gdelt.export.CSV", "\t", ""),
    ("gdelt1", gdelt.read, FIXTURES / "gdelt1_spark_gdelt.export.CSV", "\t", ""),
    ("phoenix", phoenix.read, FIXTURES / "phoenix_handmade.txt", "\t", ""),
    ("petrarch-output", phoenix.read_petrarch, FIXTURES / "petrarch2_handmade.txt", "\t", ""),
]


@pytest.mark.parametrize(("name", "read", "path", "separator", "header"), TABLES,
                         ids=[t[0] for t in TABLES])
@fuzz_settings
@given(data=st.data())
def test_table_readers_raise_only_format_errors_on_random_text(
    name: str, read: Callable[..., object], path: Path, separator: str, header: str,
    data: st.DataObject,
) -> None:
    _consume(read, header + data.draw(texts))


@pytest.mark.parametrize(("name", "read", "path", "separator", "header"), TABLES,
                         ids=[t[0] for t in TABLES])
@fuzz_settings
@given(data=st.data())
def test_table_readers_raise_only_format_errors_on_mutated_real_rows(
    name: str, read: Callable[..., object], path: Path, separator: str, header: str,
    data: st.DataObject,
) -> None:
    _consume(read, data.draw(mutated(path, separator)))


# -- JSON formats: random JSON values shaped like the records --------------------------------
_KEYS = [
    "type", "id", "date", "date_end", "date_precision", "event_type", "mode", "context", "actor",
    "recipient", "location", "text_spans", "cameo", "modality", "fatalities", "source_urls",
    "name", "country", "sector", "kind", "lat", "lon", "start", "end", "label", "text",
    "geo_precision", "admin1", "actor1", "actor2", "evidence", "sources", "extras", "precision",
    "mentions", "units", "statements", "quote", "speaker", "article", "events", "confidence",
]
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(),
    st.text(max_size=10),
    st.sampled_from(["Event", "Actor", "Span", "FuzzyDate", "Location", "Extraction",
                     "2024-01-01", "9999-12-31", "week", "day", "IRNMIL", "062", "ASSAULT",
                     "military", "IRN", "planned"]),
)
_json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(_KEYS), inner,
                                                                max_size=5),
    max_leaves=25,
)
_records = st.dictionaries(st.sampled_from(_KEYS), _json_values, max_size=10)


def _dump(record: object) -> str:
    return json.dumps(record, allow_nan=True)


@pytest.mark.parametrize("read", [jsonl.read, plover.read], ids=["jsonl", "plover"])
@fuzz_settings
@given(lines=st.lists(st.one_of(_records.map(_dump), texts.map(lambda t: t.replace("\n", " "))),
                      max_size=4))
def test_json_readers_raise_only_format_errors(
    read: Callable[..., object], lines: list[str]
) -> None:
    _consume(read, "\n".join(lines))


@pytest.mark.parametrize("read", [jsonl.read, plover.read], ids=["jsonl", "plover"])
@pytest.mark.parametrize("text", [
    "[" * 100_000, '{"a":' * 100_000, '{"type":"Event","location":' + "[" * 50_000,
    "[" * 50_000 + "]" * 50_000,
])
def test_deeply_nested_json_is_one_format_error(read: Callable[..., object], text: str) -> None:
    reader = read(io.StringIO(text + "\n"), errors="collect")
    assert list(reader) == []  # type: ignore[call-overload]
    assert len(reader.errors) == 1  # type: ignore[attr-defined]


# -- PETRARCH / TABARI dictionaries -----------------------------------------------------------
_DICT_PIECES = [
    "[", "]", "{", "}", "!", "!PERSON!", "!X!", "=", ",", "+", "_", "~", "-", "---", "<", ">",
    "#", "<!--", "-->", " ", "\n", "\t", "0", "20200101", "850101", "USA", "GOV", "~GOV",
    "NGO~", "&SET", "*", "$", "%", "^", "(", ")", ":", "/", "PRESIDENT", "e:", "~~FINISH",
    '<ISSUE CATEGORY="X">', "é", "\x00", "\r", "!X! = A,B", "!X! = !X!",
]
dictionary_texts = st.lists(st.sampled_from(_DICT_PIECES), max_size=100).map("".join)
_DICTIONARY_READERS = {
    "actors": _petrarch.read_actors,
    "agents": _petrarch.read_agents,
    "discards": _petrarch.read_discards,
}


@pytest.mark.parametrize("kind", [*_DICTIONARY_READERS, "issues", "verbs", "lexicon"])
@fuzz_settings
@given(text=dictionary_texts)
def test_dictionary_readers_raise_only_format_errors(
    kind: str, text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("dict")
    path = folder / f"x.{kind}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    if kind in _DICTIONARY_READERS:
        read = _DICTIONARY_READERS[kind]
        errors: list[FormatError] = []
        read(path, errors)  # lenient: never raises
        assert all(isinstance(error, FormatError) and error.line for error in errors)
        try:
            read(path)
        except FormatError as error:
            assert error.file == str(path) and error.line is not None
    elif kind == "issues":
        try:
            _petrarch.read_issues(path)
        except FormatError as error:
            assert error.line is not None
    elif kind == "verbs":
        with contextlib.suppress(FormatError):
            VerbDictionary.parse(text.splitlines(keepends=True), "verbs")
    else:
        for name in ("actors", "agents", "verbs", "discards"):
            (folder / f"set.{name}.txt").write_text(text, encoding="utf-8")
        _petrarch.build_lexicon(folder, strict=False)


def test_a_substitution_that_names_itself_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text("!X! = !X!\nA!X! [~GOV]\n", encoding="utf-8")
    with pytest.raises(FormatError, match="nested substitutions") as raised:
        _petrarch.read_agents(path)
    assert raised.value.line == 2


def test_an_agent_that_expands_without_bound_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text("!X! = A,B,C,D,E,F,G,H,I,J\nK!X!_!X!_!X!_!X!_!X!_!X!_!X! [~GOV]\n",
                    encoding="utf-8")
    errors: list[FormatError] = []
    assert _petrarch.read_agents(path, errors) == []
    assert "expands to more than" in errors[0].reason and errors[0].line == 2
