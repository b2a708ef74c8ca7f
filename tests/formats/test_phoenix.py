"""Phoenix and PETRARCH-2 tables."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import Actor, Event, FormatError, FuzzyDate
from eventkit.formats import phoenix

FIXTURES = Path(__file__).parent / "fixtures"
PHOENIX = FIXTURES / "phoenix_handmade.txt"
PETRARCH = FIXTURES / "petrarch2_handmade.txt"


def test_columns_pin_the_26_phoenix_columns() -> None:
    assert len(phoenix.COLUMNS) == 26
    assert phoenix.COLUMNS[:6] == ("EventID", "Date", "Year", "Month", "Day", "SourceActorFull")
    assert phoenix.COLUMNS[-3:] == ("SentenceID", "URLs", "NewsSources")


def test_phoenix_round_trips() -> None:
    buffer = io.StringIO()
    phoenix.write(phoenix.read(PHOENIX), buffer)
    assert buffer.getvalue() == PHOENIX.read_text(encoding="utf-8")


def test_phoenix_actor_parts_are_derived_from_the_code() -> None:
    row = phoenix.to_row(Event(actor1=Actor(name="x", cameo="SYRREBSUNISI")))
    assert (row["SourceActorEntity"], row["SourceActorRole"], row["SourceActorAttribute"]) == (
        "SYR", "REB", "SUN;ISI"
    )


def test_phoenix_reads_back_an_agent_with_an_unknown_owner() -> None:
    event = Event(cameo="112", actor1=Actor(name="x", kind="government", cameo="---GOV"))
    row = phoenix.to_row(event)
    assert (row["SourceActorEntity"], row["SourceActorRole"], row["SourceActorAttribute"]) == (
        "", "GOV", ""
    )
    buffer = io.StringIO()
    phoenix.write([event], buffer)
    buffer.seek(0)
    (back,) = list(phoenix.read(buffer))
    assert back.actor1 is not None and back.actor1.cameo == "---GOV"
    assert back.actor1.kind == "government"


def test_phoenix_quad_class_has_a_neutral_class() -> None:
    assert phoenix.to_row(Event(cameo="010"))["QuadClass"] == "0"
    assert phoenix.to_row(Event(cameo="161"))["QuadClass"] == "3"


def test_petrarch_round_trips_with_and_without_url() -> None:
    buffer = io.StringIO()
    phoenix.write_petrarch(phoenix.read_petrarch(PETRARCH), buffer)
    assert buffer.getvalue() == PETRARCH.read_text(encoding="utf-8")


def test_petrarch_url_becomes_a_source() -> None:
    first, second, third = phoenix.read_petrarch(PETRARCH)
    assert first.source is not None and first.source.url == "http://example.com/a"
    assert second.sources == ()
    assert third.actor1 is None and third.extra("event_text") == "condemned"


def test_bad_phoenix_value_names_line_and_column() -> None:
    text = PHOENIX.read_text(encoding="utf-8").replace("\t190\t", "\t999\t")
    with pytest.raises(FormatError) as caught:
        list(phoenix.read(io.StringIO(text)))
    assert (caught.value.line, caught.value.column) == (1, "EventCode")


def test_short_phoenix_row_names_the_first_missing_column() -> None:
    with pytest.raises(FormatError) as caught:
        list(phoenix.read(io.StringIO("1\t20170101\n")))
    assert caught.value.column == "Year"


@settings(max_examples=50, deadline=None)
@given(
    code=st.sampled_from(["010", "043", "112", "161", "190"]),
    day=st.dates(dt.date(2014, 1, 1), dt.date(2030, 12, 31)),
    actor=st.sampled_from(["SYRREB", "USAGOV", "IGOUNO", "AFG", "NGAMILSUN"]),
)
def test_from_row_inverts_to_row(code: str, day: dt.date, actor: str) -> None:
    event = Event(id="9_v1", cameo=code, date=FuzzyDate.day(day),
                  actor1=Actor(name=actor, cameo=actor))
    again = phoenix.from_row(phoenix.to_row(event))
    assert phoenix.to_row(again) == phoenix.to_row(event)
    assert (again.cameo, again.date) == (code, event.date)
