"""Hypothesis strategies for eventkit's models, for your own property tests.

Needs ``hypothesis`` (``pip install eventkit[testing]``).

>>> from eventkit.testing import events
>>> from hypothesis import given
>>> @given(events())
... def test_round_trip(event): ...
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from . import codebooks
from ._models import (
    ACTOR_KINDS,
    ECHELONS,
    MODALITIES,
    Actor,
    Article,
    Event,
    FuzzyDate,
    Location,
    MilitaryUnit,
    Source,
    Span,
    Statement,
)

__all__ = [
    "actors",
    "articles",
    "country_codes",
    "events",
    "fuzzy_dates",
    "locations",
    "military_units",
    "sources",
    "spans",
    "statements",
]

# Printable text without surrogates; models strip names, so generate stripped non-empty text.
_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
_names = _text.map(str.strip).filter(bool)
_optional_text = st.none() | _names
_COUNTRIES = ("IRN", "ARM", "AZE", "TUR", "NGA", "USA", "UKR", "RUS", "SYR", "IRQ", "COL", "CHL")


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes."""
    return st.sampled_from(_COUNTRIES)


def spans(max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """Spans with ``0 <= start <= end <= max_end``."""
    return st.tuples(
        st.integers(0, max_end), st.integers(0, max_end), st.sampled_from(("", "trigger", "actor1"))
    ).map(lambda t: Span(start=min(t[0], t[1]), end=max(t[0], t[1]), label=t[2]))


_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    """Dates of every precision."""
    return st.one_of(
        _days.map(FuzzyDate.day),
        _days.map(FuzzyDate.week),
        _days.map(lambda d: FuzzyDate.month(d.year, d.month)),
        _days.map(lambda d: FuzzyDate.year(d.year)),
        st.just(FuzzyDate.unknown()),
        st.builds(
            lambda a, b, text: FuzzyDate(
                start=min(a, b), end=max(a, b), precision="day", text=text
            ),
            _days,
            _days,
            _optional_text,
        ),
    )


def locations() -> st.SearchStrategy[Location]:
    coordinates = st.none() | st.tuples(
        st.floats(-90, 90, allow_nan=False), st.floats(-180, 180, allow_nan=False)
    )
    return st.builds(
        lambda name, country, admin1, coords, precision, kind, mentions: Location(
            name=name,
            country=country,
            admin1=admin1,
            latitude=coords[0] if coords else None,
            longitude=coords[1] if coords else None,
            geo_precision=precision,
            kind=kind,
            mentions=mentions,
        ),
        _names,
        st.none() | country_codes(),
        _optional_text,
        coordinates,
        st.none() | st.sampled_from((1, 2, 3)),
        st.none() | st.sampled_from(("city", "border")),
        st.lists(spans(), max_size=2),
    )


def actors() -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        name=_names,
        kind=st.sampled_from(ACTOR_KINDS),
        country=st.none() | country_codes(),
        cameo=st.none() | st.sampled_from(("IRN", "IRNMIL", "AZEGOV", "NGAREB", "UNO", "IGOUNO")),
        title=_optional_text,
        affiliation=_optional_text,
        aliases=st.lists(_names, max_size=2).map(tuple),
        mentions=st.lists(spans(), max_size=2),
    )


def military_units() -> st.SearchStrategy[MilitaryUnit]:
    return st.builds(
        MilitaryUnit,
        name=_names,
        number=st.none() | st.integers(0, 999),
        echelon=st.none() | st.sampled_from(ECHELONS),
        branch=_optional_text,
        country=st.none() | country_codes(),
        parent=_optional_text,
        mentions=st.lists(spans(), max_size=2),
    )


def statements() -> st.SearchStrategy[Statement]:
    return st.builds(
        Statement,
        quote=_text,
        speaker=st.none() | actors(),
        direct=st.booleans(),
        cue=_optional_text,
        date=st.none() | fuzzy_dates(),
        evidence=st.lists(spans(), max_size=2),
    )


def sources() -> st.SearchStrategy[Source]:
    return st.builds(
        Source,
        id=_optional_text,
        url=_optional_text,
        title=_optional_text,
        publisher=_optional_text,
        published=st.none() | _days,
    )


def articles() -> st.SearchStrategy[Article]:
    return st.builds(
        Article, text=_text, title=_optional_text, url=_optional_text, published=st.none() | _days
    )


def _sub_event_types() -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(
        sorted(record.sub_event_type for record in codebooks.acled_sub_event_types)
    )


def events() -> st.SearchStrategy[Event]:
    """Valid `Event` records with every field exercised."""
    return st.builds(
        Event,
        date=st.none() | fuzzy_dates(),
        cameo=st.none() | st.sampled_from(sorted(codebooks.cameo_events.codes())),
        acled_sub_event_type=_sub_event_types(),
        plover=st.none() | st.sampled_from(sorted(codebooks.plover_event_types.codes())),
        actor1=st.none() | actors(),
        actor2=st.none() | actors(),
        associated_actors1=st.lists(actors(), max_size=2),
        symmetric=st.booleans(),
        units=st.lists(military_units(), max_size=2),
        location=st.none() | locations(),
        fatalities=st.none() | st.integers(0, 10_000),
        modality=st.sampled_from(MODALITIES),
        statements=st.lists(statements(), max_size=1),
        evidence=st.lists(spans(), max_size=3),
        sources=st.lists(sources(), max_size=2),
        confidence=st.floats(0, 1, allow_nan=False),
        rule=_optional_text,
        notes=_optional_text,
        tags=st.lists(_names, max_size=3).map(tuple),
        extras=st.dictionaries(_names, _text, max_size=3),
    )
