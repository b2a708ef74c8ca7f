"""The table readers build events with `unchecked_event`, skipping the converters and
validators of `Event`: what they build must be what `Event` would have built."""

from __future__ import annotations

import inspect
from pathlib import Path

import attrs
import pytest

from eventkit import Event, FormatError
from eventkit._models import unchecked_event
from eventkit.formats import acled, gdelt

FIXTURES = Path(__file__).parent / "fixtures"
READS = [
    (acled, FIXTURES / "acled_all_sub_event_types.csv"),
    (acled, FIXTURES / "acled_legacy_2019_api.csv"),
    (gdelt, FIXTURES / "gdelt2_handmade.export.CSV"),
    (gdelt, FIXTURES / "gdelt2_spark_gdelt.export.CSV"),
    (gdelt, FIXTURES / "gdelt1_spark_gdelt.export.CSV"),
]


def test_unchecked_event_lists_every_field_with_the_event_defaults() -> None:
    parameters = inspect.signature(unchecked_event).parameters
    names = [attribute.name for attribute in attrs.fields(Event)]
    assert list(parameters) == names
    plain = Event(id="x")
    for name in names[1:]:
        assert parameters[name].default == getattr(plain, name), name
    assert unchecked_event(id="x") == plain


@pytest.mark.parametrize(("module", "path"), READS, ids=lambda item: getattr(item, "name", ""))
def test_readers_build_what_the_checked_constructor_builds(module: object, path: Path) -> None:
    events = list(module.read(path))  # type: ignore[attr-defined]
    assert events
    for event in events:
        fields = {attribute.name: getattr(event, attribute.name)
                  for attribute in attrs.fields(Event)}
        assert Event(**fields) == event  # converters change nothing, validators pass


def test_an_event_type_that_does_not_match_the_sub_event_type_is_a_format_error() -> None:
    row = acled.to_row(Event(id="X1", acled_sub_event_type="Armed clash"))
    row["event_type"] = "Protests"
    with pytest.raises(FormatError, match="'Battles' for sub-event type 'Armed clash'") as caught:
        acled.from_row(row)
    assert caught.value.column == "event_type"


@pytest.mark.parametrize("notes", ["  padded notes ", "", "   "])
@pytest.mark.parametrize("event_type", ["Battles", ""])
def test_untidy_acled_cells_are_normalised_as_the_event_normalises_them(
    notes: str, event_type: str
) -> None:
    row = acled.to_row(Event(id="X1", acled_sub_event_type="Armed clash", fatalities=2))
    row.update(notes=notes, tags="crowd size=no report; local administrators",
               event_type=event_type)
    event = acled.from_row(row)
    fields = {attribute.name: getattr(event, attribute.name) for attribute in attrs.fields(Event)}
    assert Event(**fields) == event
    assert event.acled_event_type == "Battles"


def _padded_rows(module: object, path: Path) -> list[tuple[str, dict[str, str]]]:
    """Each column of the first row of ``path`` in turn padded with spaces."""
    row = module.to_row(next(iter(module.read(path))))  # type: ignore[attr-defined]
    cases = []
    for column, cell in row.items():
        padded = dict(row)
        padded[column] = f"  {cell} "
        cases.append((column, padded))
    return cases


@pytest.mark.parametrize(("module", "path"), [READS[0], READS[3]],
                         ids=lambda item: getattr(item, "name", ""))
def test_a_padded_cell_in_any_column_is_rejected_or_written_back_as_read(
    module: object, path: Path
) -> None:
    for column, row in _padded_rows(module, path):
        try:
            event = module.from_row(row)  # type: ignore[attr-defined]
        except FormatError:
            continue  # refused with a message: nothing lost
        assert module.to_row(event) == row, column  # type: ignore[attr-defined]
