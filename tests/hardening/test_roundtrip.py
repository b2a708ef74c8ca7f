"""``read(write(x))`` keeps every field each format can carry (property-tested).

tests/formats/ already pins the real-row fixtures byte for byte (``write(read(f)) == f``) and
JSON Lines' full round trip for every model; these tests add one property per table and PLOVER
format over the fields it carries, compared field by field, with hostile text in free-text
fields (quotes, commas, line breaks, NUL, non-Latin scripts).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import attrs
from _fuzzing import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

import eventkit
from eventkit import Actor, Event, FuzzyDate, Location, Source, Span, testing
from eventkit.codebooks import acled_sub_event_types, cameo_events
from eventkit.formats import acled, gdelt, jsonl, phoenix, plover

_days = st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                 max_value=__import__("datetime").date(2100, 12, 31))
# Free text as it comes: every character but surrogates, stripped and non-empty.
_free = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40)
_stripped = _free.map(str.strip).filter(bool)
# A cell of a tab-separated file: no tab, no line break (the format cannot hold them).
_cell = _stripped.filter(lambda s: not any(c in s for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")).map(str.strip).filter(bool)
_ident = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", min_size=1, max_size=12)
_coordinate = st.floats(-89.9999, 89.9999, allow_nan=False).map(lambda v: round(v, 4))
_COUNTRIES = ("KEN", "NGA", "IRN", "SYR", "UKR", "COL", "AFG", "MLI")


def _round_trip(write: Callable[..., int], read: Callable[..., object], event: Event) -> Event:
    buffer = io.StringIO(newline="")
    assert write([event], buffer) == 1
    buffer.seek(0)
    events = list(read(buffer))  # type: ignore[call-overload]
    assert len(events) == 1
    return events[0]  # type: ignore[no-any-return]


# -- ACLED ------------------------------------------------------------------------------------
_ACLED_KINDS = ("rebel", "militia", "protesters", "rioters", "civilians")


@st.composite
def acled_events(draw: st.DrawFn) -> Event:
    country = draw(st.none() | st.sampled_from(_COUNTRIES))
    location = Location(
        name=draw(_stripped), country=country, admin1=draw(st.none() | _stripped),
        admin2=draw(st.none() | _stripped), admin3=draw(st.none() | _stripped),
        latitude=draw(_coordinate), longitude=draw(_coordinate.map(lambda v: v * 2)),
        geo_precision=draw(st.sampled_from((1, 2, 3))),
    ) if draw(st.booleans()) else None
    day = draw(_days)
    date = draw(st.sampled_from((
        FuzzyDate.day(day), FuzzyDate.month(day.year, day.month),
        FuzzyDate(start=day - __import__("datetime").timedelta(days=3),
                  end=day + __import__("datetime").timedelta(days=3), precision="week"),
    )))
    no_semicolon = _stripped.filter(lambda s: ";" not in s)
    return Event(
        id=draw(_ident),
        date=date,
        acled_sub_event_type=draw(st.sampled_from(
            sorted(r.sub_event_type for r in acled_sub_event_types))),
        actor1=Actor(name=draw(no_semicolon), kind=draw(st.sampled_from(_ACLED_KINDS))),
        actor2=draw(st.none() | st.builds(
            lambda name, kind: Actor(name=name, kind=kind), no_semicolon,
            st.sampled_from(_ACLED_KINDS))),
        associated_actors1=[Actor(name=n, kind="unknown")
                            for n in draw(st.lists(no_semicolon, max_size=2))],
        location=location,
        fatalities=draw(st.integers(0, 10**6)),
        notes=draw(st.none() | _free),
        tags=draw(st.lists(no_semicolon, max_size=3)),
        sources=[Source(url=f"https://example.org/{i}") for i in range(draw(st.integers(0, 2)))],
    )


@fuzz_settings
@given(acled_events())
def test_acled_round_trip_keeps_every_field_it_carries(event: Event) -> None:
    back = _round_trip(acled.write, acled.read, event)
    place = event.location.country if event.location else None
    assert back.id == event.id
    assert back.date is not None and event.date is not None
    assert (back.date.start, back.date.end, back.date.precision) == (
        event.date.start, event.date.end, event.date.precision)
    assert back.acled_sub_event_type == event.acled_sub_event_type
    assert back.acled_event_type == acled_sub_event_types.lookup(
        event.acled_sub_event_type or "").event_type
    # (ACLED codes no actor 2 for a peaceful protest: the writer follows it)
    peaceful = event.acled_sub_event_type == "Peaceful protest"
    for mine, theirs in ((event.actor1, back.actor1),
                         (None if peaceful else event.actor2, back.actor2)):
        if mine is None:
            assert theirs is None
        else:
            assert theirs is not None
            assert theirs.name == acled.acled_actor_name(mine, place)
            assert theirs.kind == mine.kind
    assert [a.name for a in back.associated_actors1] == [a.name for a in event.associated_actors1]
    if event.location is None:
        assert back.location is None
    else:
        assert back.location is not None
        fields = ("name", "country", "admin1", "admin2", "admin3", "latitude", "longitude",
                  "geo_precision")
        assert attrs.asdict(back.location, filter=lambda a, _: a.name in fields) == attrs.asdict(
            event.location, filter=lambda a, _: a.name in fields)
    assert back.fatalities == event.fatalities
    assert back.notes == event.notes
    assert back.tags == event.tags
    assert [s.url for s in back.sources] == [s.url for s in event.sources]


# -- GDELT and Phoenix ------------------------------------------------------------------------
_CODES = sorted(record.code for record in cameo_events)
_ACTOR_CODES = ("IRN", "IRNMIL", "NGAREB", "SYRGOV", "USA", "IGOUNO", "AFGCVL", "KENCOP")


@st.composite
def tsv_events(draw: st.DrawFn, *, with_name: bool) -> Event:
    def actor() -> Actor | None:
        if not draw(st.booleans()):
            return None
        code = draw(st.sampled_from(_ACTOR_CODES))
        return Actor(name=draw(_cell) if with_name else code, kind="unknown", cameo=code)

    location = Location(
        name=draw(_cell), country=draw(st.none() | st.sampled_from(_COUNTRIES)),
        latitude=draw(_coordinate), longitude=draw(_coordinate),
    ) if draw(st.booleans()) else None
    return Event(
        id=draw(_ident), date=FuzzyDate.day(draw(_days)), cameo=draw(st.sampled_from(_CODES)),
        actor1=actor(), actor2=actor(), location=location,
        sources=[Source(url="https://example.org/" + draw(_ident))],
    )


@fuzz_settings
@given(tsv_events(with_name=True), st.sampled_from((1, 2)))
def test_gdelt_round_trip_keeps_every_field_it_carries(event: Event, version: int) -> None:
    back = _round_trip(lambda events, dest: gdelt.write(events, dest, version=version),  # type: ignore[arg-type]
                       gdelt.read, event)
    assert (back.id, back.date, back.cameo) == (event.id, event.date, event.cameo)
    # (ACLED codes no actor 2 for a peaceful protest: the writer follows it)
    peaceful = event.acled_sub_event_type == "Peaceful protest"
    for mine, theirs in ((event.actor1, back.actor1),
                         (None if peaceful else event.actor2, back.actor2)):
        assert (theirs is None) == (mine is None)
        if mine is not None and theirs is not None:
            assert (theirs.cameo, theirs.name) == (mine.cameo, mine.name.upper())
    if event.location is None:
        assert back.location is None
    else:
        assert back.location is not None
        assert (back.location.name, back.location.country, back.location.latitude,
                back.location.longitude) == (event.location.name, event.location.country,
                                             event.location.latitude, event.location.longitude)
    assert [s.url for s in back.sources] == [s.url for s in event.sources]


@fuzz_settings
@given(tsv_events(with_name=False), st.lists(_cell.filter(lambda s: ";" not in s), max_size=1))
def test_phoenix_round_trip_keeps_every_field_it_carries(
    event: Event, publishers: list[str]
) -> None:
    if publishers:
        event = attrs.evolve(event, sources=[attrs.evolve(event.sources[0],
                                                          publisher=publishers[0])])
    back = _round_trip(phoenix.write, phoenix.read, event)
    assert (back.id, back.date, back.cameo) == (event.id, event.date, event.cameo)
    assert [a.cameo if a else None for a in (back.actor1, back.actor2)] == [
        a.cameo if a else None for a in (event.actor1, event.actor2)]
    if event.location is None:
        assert back.location is None
    else:
        assert back.location is not None
        assert (back.location.name, back.location.country, back.location.latitude,
                back.location.longitude) == (event.location.name, event.location.country,
                                             event.location.latitude, event.location.longitude)
    assert [(s.url, s.publisher) for s in back.sources] == [
        (s.url, s.publisher) for s in event.sources]


# -- PLOVER -----------------------------------------------------------------------------------
@st.composite
def plover_events(draw: st.DrawFn) -> Event:
    cameo = draw(st.sampled_from(_CODES))
    record = cameo_events.lookup(cameo)
    day = draw(_days)
    return Event(
        id=draw(_ident),
        date=draw(st.sampled_from((FuzzyDate.day(day), FuzzyDate.month(day.year, day.month),
                                   FuzzyDate.year(day.year), FuzzyDate.week(day)))),
        cameo=cameo, plover=record.plover, plover_mode=record.plover_mode,
        plover_context=record.plover_context,
        actor1=draw(st.none() | testing.actors().map(
            lambda a: Actor(name=a.name, kind=a.kind, country=a.country, cameo=a.cameo))),
        actor2=draw(st.none() | testing.actors().map(
            lambda a: Actor(name=a.name, kind=a.kind, country=a.country, cameo=a.cameo))),
        location=draw(st.none() | st.builds(
            lambda name, country, admin1, admin2, point, precision: Location(
                name=name, country=country, admin1=admin1, admin2=admin2,
                latitude=point[0] if point else None, longitude=point[1] if point else None,
                geo_precision=precision),
            _stripped, st.none() | st.sampled_from(_COUNTRIES), st.none() | _stripped,
            st.none() | _stripped, st.none() | st.tuples(_coordinate, _coordinate),
            st.none() | st.sampled_from((1, 2, 3)))),
        evidence=draw(st.lists(st.builds(lambda a, b, label, text: Span(
            start=min(a, b), end=max(a, b), label=label, text=text),
            st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(("", "trigger")),
            st.none() | _free), max_size=2)),
        modality=draw(st.sampled_from(eventkit._models.MODALITIES)),
        fatalities=draw(st.none() | st.integers(0, 10**6)),
        sources=[Source(url=url) for url in draw(st.lists(_ident, max_size=2))],
    )


@fuzz_settings
@given(plover_events())
def test_plover_round_trip_keeps_every_field_it_carries(event: Event) -> None:
    back = _round_trip(plover.write, plover.read, event)
    same = ("id", "date", "cameo", "plover", "plover_mode", "plover_context", "location",
            "evidence", "modality", "fatalities", "sources")
    for name in same:
        assert getattr(back, name) == getattr(event, name), name
    # (ACLED codes no actor 2 for a peaceful protest: the writer follows it)
    peaceful = event.acled_sub_event_type == "Peaceful protest"
    for mine, theirs in ((event.actor1, back.actor1),
                         (None if peaceful else event.actor2, back.actor2)):
        if mine is None or (mine.kind == "unknown" and mine.name == "unknown"):
            continue
        assert theirs is not None
        assert (theirs.name, theirs.kind, theirs.country, theirs.cameo) == (
            mine.name, mine.kind, mine.country, mine.cameo)


# -- JSON Lines: the models tests/formats does not cover --------------------------------------
def test_an_extraction_and_its_article_round_trip_losslessly(
    seed_text: str, tmp_path: Path
) -> None:
    extraction = eventkit.extract(seed_text, published="2025-04-10")
    target = tmp_path / "x.jsonl"
    assert jsonl.write([extraction, extraction.article], target) == 2
    assert list(jsonl.read(target)) == [extraction, extraction.article]
