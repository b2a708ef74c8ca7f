"""Row machinery shared by the table formats."""

from __future__ import annotations

import pytest

from eventkit.formats._tables import Differences

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
