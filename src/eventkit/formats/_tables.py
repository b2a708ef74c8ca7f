"""Row machinery shared by the table formats (ACLED, GDELT, Phoenix): streaming CSV/TSV
reading with physical line numbers and the error policy, writing with optional spreadsheet
safety, and the "keep what the model cannot say in ``extras``" rule that makes
``write(read(f))`` reproduce a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from .._errors import FormatError, InvalidValueError
from .._models import Event, FuzzyDate
from ._io import (
    RECORD_ERRORS,
    Source,
    Target,
    as_format_error,
    open_for_reading,
    open_for_writing,
    undecodable,
)

__all__ = [
    "FORMULA_TRIGGERS",
    "BoundedCache",
    "Differences",
    "keep_differences",
    "neutralise",
    "optional_float",
    "read_table",
    "write_table",
    "write_tsv",
]

#: First characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Unambiguous (no \d+\d*): fullmatch stays linear on "-1111...x".
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: str) -> str:
    """Make a cell inert for spreadsheets: prefix ``'`` to a cell starting with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return, unless the cell is a plain number (``-1.5``).

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-12.5"), neutralise("Kenya")
    ('\\'=HYPERLINK("http://x")', '-12.5', 'Kenya')
    """
    if value and value[0] in "=+-@\t\r" and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class BoundedCache(dict[Any, Any]):
    """A dict that empties itself when it grows past ``size`` (memory stays flat)."""

    def __init__(self, size: int = 4096) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> Any:
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


def optional_float(text: str, column: str) -> float | None:
    """A number cell; blank is None."""
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise FormatError(f"not a number: {text!r}", column=column) from None


def yyyymmdd(text: str, column: str) -> FuzzyDate | None:
    """A day written YYYYMMDD, as GDELT and Phoenix write dates; empty is None."""
    if not text:
        return None
    try:
        if len(text) != 8 or not text.isdigit():
            raise ValueError
        day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise FormatError(f"not a YYYYMMDD date: {text!r}", column=column) from None
    return FuzzyDate(start=day, end=day, precision="day")


def kept_values(
    cells: list[str], extras: Sequence[tuple[str, str]], index: Mapping[str, int]
) -> list[str]:
    """The row's cells with the values a read kept in ``Event.extras`` put back in place, so
    that a file written from what was read reproduces it."""
    for name, value in extras:
        position = index.get(name)
        if position is not None:
            cells[position] = value
    return cells


def keep_differences(
    event: Event, mapping: Mapping[str, str], columns: Sequence[str], written: Sequence[str]
) -> Event:
    """Return ``event`` with every column whose written value differs from the source row kept
    in ``extras`` under the column's name, so that writing the event reproduces the row."""
    extra = [
        (name, mapping[name])
        for name, value in zip(columns, written, strict=False)
        if name in mapping and mapping[name] != value
    ]
    if not extra:
        return event
    return attrs.evolve(event, extras=(*event.extras, *extra))


class Differences:
    """`keep_differences` for the rows of one header, by position rather than through a dict
    per row: called with a row's cells and the cells written for its event (in ``columns``
    order), it returns ``(column, cell)`` for each of ``columns`` that the row has and whose
    cell differs from what is written, in ``columns`` order.

    ``index`` maps the row's column names to their positions in its cells.
    """

    __slots__ = ("_names", "_row", "_width", "_written")

    def __init__(self, columns: Sequence[str], index: Mapping[str, int]) -> None:
        present = [(written, name) for written, name in enumerate(columns) if name in index]
        self._names = tuple(name for _, name in present)
        self._width = len(columns)
        self._row: Callable[[Sequence[str]], Sequence[str]] | None = None
        self._written: Callable[[Sequence[str]], Sequence[str]] | None = None
        if [index[name] for name in self._names] != list(range(len(columns))):
            # not the columns themselves, in order: pick the cells to compare from both lists
            self._row = _getter([index[name] for name in self._names])
            self._written = _getter([written for written, _ in present])

    def __call__(
        self, cells: Sequence[str], written: Sequence[str]
    ) -> list[tuple[str, str]]:
        if self._row is None or self._written is None:
            row: Sequence[str] = cells[: self._width]  # past it: other columns, or padding
            if row == written:
                return []
        else:
            row, written = self._row(cells), self._written(written)
            if row == written:
                return []
        return [
            (name, cell)
            for name, cell, value in zip(self._names, row, written, strict=False)
            if cell != value
        ]


def column_getter(columns: Sequence[str], index: Mapping[str, int]) -> Callable[[Any], Any]:
    """The cells of these columns from a row whose header ``index`` gives (a column the header
    lacks reads the row's padding cell, one past its last)."""
    absent = len(index)
    return operator.itemgetter(*(index.get(name, absent) for name in columns))


class ColumnGroup:
    """A group of a row's columns that a reader parses once per distinct set of cells: the
    getter of its cells (``cells_of``), its `Differences` (over those cells: a column the
    header lacks is never compared) and a bounded cache of what its cells parse to."""

    __slots__ = ("cache", "cells_of", "differences")

    def __init__(self, columns: Sequence[str], index: Mapping[str, int], size: int) -> None:
        present = {name: place for place, name in enumerate(columns) if name in index}
        self.cells_of = column_getter(columns, index)
        self.differences = Differences(columns, present)
        self.cache = BoundedCache(size)

    def parsed(self, cells: Sequence[str], parse: Callable[[Any, Differences], Any]) -> Any:
        """What ``parse(group_cells, differences)`` made of these cells, parsed once (its
        result must never be falsy: a tuple)."""
        key = self.cells_of(cells)
        return self.cache.get(key) or self.cache.put(key, parse(key, self.differences))


def _getter(positions: Sequence[int]) -> Callable[[Sequence[str]], Sequence[str]]:
    if len(positions) == 1:  # itemgetter of one position returns the item, not a tuple
        position = positions[0]
        return lambda cells: (cells[position],)
    if not positions:
        return lambda cells: ()
    return operator.itemgetter(*positions)


def model_error(error: InvalidValueError, fields: Mapping[str, str]) -> FormatError:
    """A model validation error as a `FormatError` naming the table column."""
    return FormatError(str(error), column=fields.get(error.field, error.field))


def write_table(
    rows: Iterable[list[str]],
    dest: Target,
    *,
    header: Sequence[str] | None,
    delimiter: str,
    quoting: Literal[0, 1, 2, 3],
    lineterminator: str,
    safe_for_spreadsheets: bool,
    check: Callable[[list[str]], None] | None = None,
) -> int:
    """Write ``rows`` (lists of cell strings) to ``dest``; return how many were written."""
    count = 0
    with open_for_writing(dest) as handle:
        writer = csv.writer(
            handle, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator
        )
        # csv quotes a cell holding "\n" but not one holding a bare "\r" when the line ends
        # in "\n", and readers then split the row there: such rows are written fully quoted.
        quoted = csv.writer(
            handle, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator=lineterminator
        )
        bare_cr = quoting == csv.QUOTE_MINIMAL and "\r" not in lineterminator
        if header is not None:
            writer.writerow(header)
        writerow = writer.writerow
        for row in rows:
            if check is not None:
                check(row)
            if safe_for_spreadsheets:
                row = [neutralise(cell) for cell in row]
            if bare_cr and "\r" in "".join(row):
                quoted.writerow(row)
            else:
                writerow(row)
            count += 1
    return count


def write_tsv(
    rows: Iterable[list[str]],
    dest: Target,
    *,
    columns: Sequence[str],
    safe_for_spreadsheets: bool,
) -> int:
    """Write headerless tab-separated rows, no quoting (GDELT, Phoenix); return the count.

    A cell holding a tab or a line break cannot be written in such a file: it raises
    `FormatError` naming the row and column rather than corrupting the file.
    """
    count = 0
    with open_for_writing(dest) as handle:
        write = handle.write
        for row in rows:
            if safe_for_spreadsheets:
                row = [neutralise(cell) for cell in row]
            line = "\t".join(row)
            if line.count("\t") != len(row) - 1 or "\n" in line or "\r" in line:
                for index, cell in enumerate(row):
                    if "\t" in cell or "\n" in cell or "\r" in cell:
                        name = columns[index] if index < len(columns) else str(index + 1)
                        raise FormatError(
                            f"a tab-separated file cannot hold a tab or line break: {cell!r}",
                            line=count + 1, column=name,
                        )
            write(line)
            write("\n")
            count += 1
    return count


def read_table(
    src: Source,
    build: Callable[[list[str], int], Any],
    *,
    delimiter: str,
    quoting: Literal[0, 1, 2, 3],
    encoding_errors: str = "strict",
    header: Callable[[list[str], str | None], None] | None = None,
    name_holder: list[str | None] | None = None,
) -> Iterator[Any]:
    """Yield ``build(cells, line)`` for each row, or a `FormatError` for a bad row.

    ``line`` is the physical line on which the row starts. ``header``, when given, receives the
    first row (and the file name) and raises `FormatError` when it is wrong; file-level
    problems (a wrong header, bytes that are not the encoding, broken quoting) raise whatever
    the error policy, since no later row can be trusted.
    """
    with open_for_reading(src, encoding_errors=encoding_errors) as (handle, name):
        if name_holder is not None:
            name_holder.append(name)
        reader: Iterator[list[str]] = (
            _TabSeparated(handle)
            if delimiter == "\t" and quoting == csv.QUOTE_NONE
            else csv.reader(handle, delimiter=delimiter, quoting=quoting, strict=False)
        )
        previous = 0
        try:
            if header is not None:
                cells = next(reader, None)
                if cells is None:
                    return
                previous = reader.line_num  # type: ignore[attr-defined]
                try:
                    header(cells, name)
                except FormatError as error:
                    raise FormatError(
                        error.reason, file=name, line=1, column=error.column
                    ) from None
            for cells in reader:
                line = previous + 1
                previous = reader.line_num  # type: ignore[attr-defined]
                if not cells:
                    continue
                # `guarded`, inlined: no closure per row.
                try:
                    record = build(cells, line)
                except RECORD_ERRORS as error:
                    record = as_format_error(error, file=name, line=line)
                yield record
        except UnicodeDecodeError as error:  # from the reader: `build`'s are caught above
            raise undecodable(src, error, name=name, line=previous + 1) from None
        except csv.Error as error:
            hint = (
                " (a bound against runaway quoting; call csv.field_size_limit(n) to read "
                "larger fields)"
                if "field limit" in str(error)
                else ""
            )
            raise FormatError(
                f"unreadable row: {error}{hint}", file=name, line=previous + 1
            ) from None


class _TabSeparated:
    """The rows of a tab-separated file without quoting (GDELT, Phoenix, PETRARCH), as
    ``csv.reader(handle, delimiter="\\t", quoting=csv.QUOTE_NONE)`` gives them, with its
    ``line_num`` and its field size limit, at a fraction of its time: with nothing quoted, a
    line (the handle, opened with ``newline=""``, ends one at "\\n", "\\r\\n" or "\\r" as csv
    does) is one row, split at its tabs.
    """

    __slots__ = ("_limit", "_lines", "line_num")

    def __init__(self, handle: Iterable[str]) -> None:
        self._lines = iter(handle)
        self._limit = csv.field_size_limit()
        self.line_num = 0

    def __iter__(self) -> _TabSeparated:
        return self

    def __next__(self) -> list[str]:
        line = next(self._lines).rstrip("\r\n")
        self.line_num += 1
        if not line:
            return []
        cells = line.split("\t")
        if len(line) > self._limit and max(map(len, cells)) > self._limit:
            raise csv.Error(f"field larger than field limit ({self._limit})")
        return cells
