"""PLOVER / POLECAT-style JSON Lines."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from eventkit import Actor, Event, FormatError, FuzzyDate, Location, Span
from eventkit.formats import plover


def _event() -> Event:
    return Event(
        id="e1", cameo="190", date=FuzzyDate.day(dt.date(2025, 4, 10)),
        actor1=Actor(name="Iranian army", kind="military", country="IRN"),
        actor2=Actor(name="Jaish al-Adl", kind="rebel"),
        location=Location(name="Zahedan", country="IRN", latitude=29.5, longitude=60.9),
        evidence=[Span(start=0, end=6, label="trigger", text="struck")],
    )


def test_record_layout_uses_plover_names() -> None:
    record = plover.to_record(_event())
    assert record["event_type"] == "ASSAULT"
    assert record["actor"] == {"name": "Iranian army", "country": "IRN", "sector": "MIL",
                               "kind": "military"}
    assert record["recipient"]["sector"] == "REB"
    assert record["location"]["lat"] == 29.5
    assert record["text_spans"][0]["text"] == "struck"


def test_read_write_round_trips() -> None:
    buffer = io.StringIO()
    plover.write([_event()], buffer)
    buffer.seek(0)
    (again,) = plover.read(buffer)
    assert plover.to_record(again) == plover.to_record(_event())


def test_bad_record_names_line_and_member() -> None:
    bad = {"id": "x", "event_type": "PICNIC"}
    lines = [json.dumps(plover.to_record(_event())), json.dumps(bad)]
    with pytest.raises(FormatError) as caught:
        list(plover.read(io.StringIO("\n".join(lines) + "\n")))
    assert (caught.value.line, caught.value.column) == (2, "event_type")


def test_invalid_json_is_collected() -> None:
    reader = plover.read(io.StringIO("{not json\n"), errors="collect")
    assert list(reader) == []
    assert reader.errors[0].line == 1
