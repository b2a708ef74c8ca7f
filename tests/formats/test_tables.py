"""Row machinery shared by the table formats."""

from __future__ import annotations

import csv
import io
import itertools
import random

import pytest

from eventkit.formats._tables import Differences, _TabSeparated

COLUMNS = ("a", "b", "c", "d")


@pytest.mark.parametrize(
    ("names", "cells"),
    [
        (COLUMNS, ["1", "2", "3", "4"]),  # the columns themselves
        (COLUMNS, ["1", "2", "3", "4", ""]),  # with a padding cell
        (("d", "c", "b", "a"), ["4", "3", "2", "1"]),  # another order
        (("c", "x", "a"), ["3", "?", "1", ""]),  # some columns, and one that is not written
        (("b",), ["2"]),  # one column
        (("x",), ["?"]),  # none
    ],
)
def test_differences_are_the_columns_whose_cell_is_not_what_is_written(
    names: tuple[str, ...], cells: list[str]
) -> None:
    differences = Differences(COLUMNS, {name: index for index, name in enumerate(names)})
    assert differences(cells, ["1", "2", "3", "4"]) == []
    row = dict(zip(names, cells, strict=False))
    written = ["1", "two", "3", "four"]
    expected = [(name, row[name]) for name, value in zip(COLUMNS, written, strict=True)
                if name in row and row[name] != value]
    assert differences(cells, written) == expected


_PIECES = ("a", "é", "\t", "\r", "\n", "\r\n", '"', "'", "\x00", " ", "\\")


def test_tab_separated_rows_are_what_csv_reader_gives_without_quoting() -> None:
    # The TSV readers (GDELT, Phoenix, PETRARCH) split lines at tabs instead of running
    # csv.reader: every text, with any line ending, quote or NUL, must give the same rows
    # and line numbers.
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        expected = csv.reader(io.StringIO(text, newline=""), delimiter="\t",
                              quoting=csv.QUOTE_NONE, strict=False)
        ours = _TabSeparated(io.StringIO(text, newline=""))
        for want, got in itertools.zip_longest(expected, ours):
            assert got == want, repr(text)
            assert ours.line_num == expected.line_num, repr(text)


def test_a_tab_separated_field_past_csv_field_limit_is_the_same_error() -> None:
    text = "a\t" + "x" * (csv.field_size_limit() + 1) + "\n"
    with pytest.raises(csv.Error, match="field larger than field limit"):
        list(_TabSeparated(io.StringIO(text, newline="")))
    # A long line of short fields is fine.
    text = "\t".join(["x" * 1000] * (csv.field_size_limit() // 1000 + 10)) + "\n"
    assert len(next(_TabSeparated(io.StringIO(text, newline="")))) > 100
