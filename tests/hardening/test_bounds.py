"""Bounds and clear outcomes: invalid UTF-8, NUL bytes, mixed line endings, huge fields,
many lines, and atomic writes.

The issue's full sizes (a 100 MB field, a 10 MB article, a million-line file) are timed in
benchmarks/bench_regex.py; the tests use sizes the suite can afford.
"""

from __future__ import annotations

import csv
import io
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventkit import Event, FormatError
from eventkit.formats import acled, gdelt, jsonl, phoenix, plover

ACLED_HEADER = ",".join(acled.COLUMNS) + "\n"
SHORT_ACLED_ROW = "x,y\n"  # two fields of 31: each row is a FormatError


def _good_lines(name: str) -> bytes:
    """Bytes of a file of this format holding a few good records."""
    buffer = io.StringIO(newline="")
    events = [Event(id=f"e{i}", cameo="190", acled_sub_event_type="Armed clash") for i in range(3)]
    {"acled": acled.write, "gdelt": gdelt.write, "phoenix": phoenix.write,
     "jsonl": jsonl.write, "plover": plover.write}[name](events, buffer)
    return buffer.getvalue().encode()


READERS: dict[str, Callable[..., object]] = {
    "acled": acled.read, "gdelt": gdelt.read, "phoenix": phoenix.read, "jsonl": jsonl.read,
    "plover": plover.read,
}


@pytest.mark.parametrize("name", READERS)
def test_invalid_utf8_names_file_line_and_byte_offset(name: str, tmp_path: Path) -> None:
    good = _good_lines(name)
    data = good * 400 + b"caf\xe9\n" + good  # Latin-1 bytes past the reader's first chunk
    path = tmp_path / f"bad.{name}"
    path.write_bytes(data)
    reader = READERS[name](path, errors="collect")
    try:
        list(reader)  # type: ignore[call-overload]
        error = reader.errors[0]  # type: ignore[attr-defined]
    except FormatError as raised:  # the table formats: a file-level error
        error = raised
    assert error.file == str(path)
    assert error.line == good.count(b"\n") * 400 + 1
    offset = data.index(b"\xe9")
    assert f"byte {offset}" in error.reason
    assert "encoding_errors='replace'" in error.reason


@pytest.mark.parametrize("name", READERS)
def test_invalid_utf8_is_replaced_when_asked(name: str, tmp_path: Path) -> None:
    good = _good_lines(name)
    rows = good.split(b"\n", 1)[1] if name == "acled" else good  # no second header
    path = tmp_path / f"bad.{name}"
    path.write_bytes(good + b"caf\xe9\n" + rows)
    reader = READERS[name](path, errors="collect", encoding_errors="replace")
    events = list(reader)  # type: ignore[call-overload]
    assert len(events) == 6
    assert len(reader.errors) == 1  # type: ignore[attr-defined]
    assert reader.errors[0].line == good.count(b"\n") + 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", READERS)
def test_nul_bytes_and_mixed_line_endings_are_read_or_reported(name: str) -> None:
    good = _good_lines(name).decode()
    body = good.replace("\n", "\r\n", 1) + "\x00garbage\x00\r" + good
    reader = READERS[name](io.StringIO(body, newline=None if name in ("jsonl", "plover") else ""),
                           errors="collect")
    try:
        events = list(reader)  # type: ignore[call-overload]
    except FormatError as error:
        assert error.line is not None
        return
    assert events, "good records around the junk are still read"
    assert all(error.line is not None for error in reader.errors)  # type: ignore[attr-defined]


def _one_big_field(size: int) -> str:
    row = [""] * len(acled.COLUMNS)
    for column, value in (("event_date", "2024-01-01"), ("event_type", "Battles"),
                          ("actor1", "X"), ("country", "Kenya"), ("latitude", "1"),
                          ("longitude", "1"), ("notes", "x" * size)):
        row[acled.COLUMNS.index(column)] = value
    return ACLED_HEADER + ",".join(row) + "\n"


def test_a_five_megabyte_csv_field_is_a_clear_error_by_default() -> None:
    # csv stops at its field limit (128 KiB), so memory stays bounded; the error says so.
    with pytest.raises(FormatError, match="field_size_limit") as raised:
        list(acled.read(io.StringIO(_one_big_field(5_000_000), newline="")))
    assert raised.value.line == 2


def test_a_five_megabyte_tab_separated_field_is_the_same_clear_error() -> None:
    row = ["1", "20240101", "202401", "2024", "2024.0027"] + [""] * 56
    row[10] = "x" * 5_000_000  # a name of five megabytes
    text = "\t".join(row[:61]) + "\n"
    with pytest.raises(FormatError, match="field_size_limit") as raised:
        list(gdelt.read(io.StringIO("\t".join(["1"] + [""] * 60) + "\n" + text, newline="")))
    assert raised.value.line == 2


def test_a_five_megabyte_csv_field_reads_whole_when_the_limit_is_raised() -> None:
    previous = csv.field_size_limit(10_000_000)
    try:
        (event,) = acled.read(io.StringIO(_one_big_field(5_000_000), newline=""))
    finally:
        csv.field_size_limit(previous)
    assert event.notes == "x" * 5_000_000


def _many_lines(count: int) -> Iterator[str]:
    yield ACLED_HEADER
    for _ in range(count):
        yield SHORT_ACLED_ROW


class _Lines(io.TextIOBase):
    """A text file generated line by line, never held in memory."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines

    def readable(self) -> bool:
        return True

    def __next__(self) -> str:
        return next(self._lines)

    def readline(self, size: int | None = -1) -> str:
        return next(self._lines, "")


def test_fifty_thousand_bad_lines_are_each_reported_in_bounded_memory() -> None:
    reader = acled.read(_Lines(_many_lines(50_000)), errors="collect")
    tracemalloc.start()
    try:
        count = sum(1 for _ in reader)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 0
    assert len(reader.errors) == 50_000  # every unreadable row reported, none dropped
    assert reader.errors[-1].line == 50_001
    assert peak < 200 * 2**20  # the errors are kept; the rows are not


def _failing(events: list[Event]) -> Iterator[Event]:
    yield from events
    raise RuntimeError("crash in the middle of writing")


WRITERS: dict[str, Callable[..., int]] = {
    "acled": acled.write, "gdelt": gdelt.write, "phoenix": phoenix.write,
    "petrarch": phoenix.write_petrarch, "jsonl": jsonl.write, "plover": plover.write,
}


@pytest.mark.parametrize("name", WRITERS)
def test_a_crash_while_writing_leaves_no_file(name: str, tmp_path: Path) -> None:
    target = tmp_path / "out"
    events = [Event(id=f"e{i}", cameo="190") for i in range(1000)]
    with pytest.raises(RuntimeError):
        WRITERS[name](_failing(events), target)
    assert list(tmp_path.iterdir()) == []  # no target, no temporary file left behind


@pytest.mark.parametrize("name", WRITERS)
def test_a_crash_while_writing_keeps_the_old_content(name: str, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        WRITERS[name](_failing([Event(id="e1", cameo="190")]), target)
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert list(tmp_path.iterdir()) == [target]


def test_a_cell_with_a_bare_carriage_return_round_trips_in_acled() -> None:
    event = Event(id="e1", acled_sub_event_type="Armed clash", notes="line one\rline two",
                  tags=("a\rb",))
    buffer = io.StringIO(newline="")
    acled.write([event], buffer)
    buffer.seek(0)
    (back,) = acled.read(buffer)
    assert (back.notes, back.tags) == (event.notes, event.tags)


def test_neutralise_stays_linear_on_a_long_sign_and_digits() -> None:
    from eventkit.formats._tables import neutralise

    value = "-" + "1" * 200_000 + "x"  # quadratic (minutes) before the pattern was fixed
    assert neutralise(value) == "'" + value
