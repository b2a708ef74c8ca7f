"""The typed records of eventkit: frozen, keyword-only attrs classes, validated on construction.

Models know nothing of article parsing or of any table's columns (that lives in `eventkit.extract`
and `eventkit.formats`). Codes are stored as strings and resolved lazily against the codebooks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, TypeVar, get_args

import attrs
from attrs import field, frozen

from . import _validators as v
from ._errors import InvalidValueError
from .codebooks import (
    CameoEventCode,
    acled_sub_event_types,
    cameo_events,
    extra_event_codes,
    plover_event_types,
)

__all__ = [
    "ACTOR_KINDS",
    "ECHELONS",
    "MODALITIES",
    "PRECISIONS",
    "Actor",
    "ActorKind",
    "Article",
    "Echelon",
    "Event",
    "Extraction",
    "FuzzyDate",
    "Location",
    "MilitaryUnit",
    "Modality",
    "Precision",
    "Source",
    "Span",
    "Statement",
]

Precision = Literal["day", "week", "month", "year", "unknown"]
PRECISIONS: tuple[str, ...] = get_args(Precision)

Modality = Literal["actual", "planned", "hypothetical", "simulated", "negated"]
MODALITIES: tuple[str, ...] = get_args(Modality)

ActorKind = Literal[
    "state",
    "government",
    "military",
    "police",
    "rebel",
    "militia",
    "party",
    "civilians",
    "protesters",
    "rioters",
    "igo",
    "ngo",
    "media",
    "person",
    "organization",
    "unknown",
]
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)

Echelon = Literal[
    "army group",
    "army",
    "corps",
    "division",
    "brigade",
    "regiment",
    "group",
    "battalion",
    "company",
    "battery",
    "troop",
    "platoon",
    "squad",
    "section",
    "detachment",
    "squadron",
    "wing",
    "fleet",
    "flotilla",
    "task force",
    "command",
    "force",
    "unit",
]
ECHELONS: tuple[str, ...] = get_args(Echelon)


# Converters: cheap and idempotent. They normalise; validators reject.
def _opt_str(value: str | None) -> str | None:
    if value is None:
        return None
    value = (value if value.__class__ is str else str(value)).strip()
    return value or None


def _name(value: str) -> str:
    return str(value).strip()


def _opt_upper(value: str | None) -> str | None:
    value = _opt_str(value)
    return value.upper() if value is not None else None


def _opt_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValueError("date", "must be an ISO date YYYY-MM-DD", value) from None


# `_str_tuple` and `_pairs` run for every event built: a list or a tuple (what readers and
# `attrs.evolve` pass) takes a short way, most often empty.
def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        return (values,)
    if (values.__class__ is tuple or values.__class__ is list) and not values:
        return ()
    return tuple([str(value) for value in values])


def _pairs(values: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    cls = values.__class__
    if cls is tuple or cls is list:
        if not values:
            return ()
        items: Iterable[tuple[str, str]] = values  # type: ignore[assignment]
    else:
        items = values.items() if isinstance(values, Mapping) else values
    return tuple([(str(key), str(value)) for key, value in items])


def _int_or_none(field_name: str) -> v.Validator:
    def check(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise InvalidValueError(attribute.name, "must be an integer or None", value)

    return check


@frozen(kw_only=True)
class Span:
    """Character offsets ``[start, end)`` into an article's text, with what they justify.

    >>> Span(start=0, end=4, label="trigger", text="Iran")
    Span(start=0, end=4, label='trigger', text='Iran')
    """

    start: int = field(validator=v.at_least(0))
    end: int = field()
    label: str = ""
    text: str | None = None

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise InvalidValueError("end", f"must be >= start ({self.start})", value)

    def __len__(self) -> int:
        return self.end - self.start


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


@frozen(kw_only=True)
class FuzzyDate:
    """A date as precisely as the source gives it: a day, a week, a month, a year, or unknown.

    ``start`` and ``end`` bound the period (both inclusive); ``text`` keeps the expression
    ("last week"). Mentions are where the expression occurs; they do not take part in equality.

    >>> FuzzyDate.month(2025, 3).end
    datetime.date(2025, 3, 31)
    """

    start: dt.date | None = field(default=None, converter=_opt_date)
    end: dt.date | None = field(default=None, converter=_opt_date)
    precision: Precision = field(default="day", validator=v.one_of(PRECISIONS))
    text: str | None = field(default=None, converter=_opt_str)
    mentions: tuple[Span, ...] = field(default=(), converter=_spans, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidValueError("end", f"must not be before start ({self.start})", self.end)
        if self.precision != "unknown" and self.start is None:
            raise InvalidValueError(
                "start", f"is required when precision is {self.precision!r}", None
            )

    @classmethod
    def day(cls, day: dt.date, text: str | None = None) -> FuzzyDate:
        return cls(start=day, end=day, precision="day", text=text)

    @classmethod
    def week(cls, any_day: dt.date, text: str | None = None) -> FuzzyDate:
        """The ISO week (Monday to Sunday) holding ``any_day``."""
        monday = any_day - dt.timedelta(days=any_day.weekday())
        return cls(start=monday, end=monday + dt.timedelta(days=6), precision="week", text=text)

    @classmethod
    def month(cls, year: int, month: int, text: str | None = None) -> FuzzyDate:
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(start=first, end=following - dt.timedelta(days=1), precision="month", text=text)

    @classmethod
    def year(cls, year: int, text: str | None = None) -> FuzzyDate:
        return cls(
            start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision="year", text=text
        )

    @classmethod
    def unknown(cls, text: str | None = None) -> FuzzyDate:
        return cls(precision="unknown", text=text)

    @property
    def midpoint(self) -> dt.date | None:
        """The middle of the period, the day ACLED records for a week or a month."""
        if self.start is None:
            return None
        end = self.end or self.start
        return self.start + (end - self.start) // 2

    def overlaps(self, other: FuzzyDate) -> bool:
        """True when the two periods share a day (unknown dates overlap everything)."""
        if self.start is None or other.start is None:
            return True
        return self.start <= (other.end or other.start) and other.start <= (self.end or self.start)

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date) or self.start is None:
            return False
        return self.start <= day <= (self.end or self.start)

    def __str__(self) -> str:
        if self.start is None:
            return "unknown"
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}/{(self.end or self.start).isoformat()}"


_ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def _iso_3166_2(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _ISO_3166_2.fullmatch(value):
        raise InvalidValueError(attribute.name, "must be an ISO 3166-2 code like 'AM-SU'", value)


@frozen(kw_only=True)
class Location:
    """A place: from a country down to a village, a border or a corridor.

    ``geo_precision`` follows ACLED: 1 a particular town, 2 near a town or part of a region,
    3 a larger region (or only the country).

    >>> Location(name="Yerevan", country="ARM", latitude=40.18, longitude=44.51).country
    'ARM'
    """

    name: str = field(converter=_name, validator=v.not_empty)
    country: str | None = field(default=None, converter=_opt_upper, validator=v.country)
    admin1: str | None = field(default=None, converter=_opt_str)
    admin2: str | None = field(default=None, converter=_opt_str)
    admin3: str | None = field(default=None, converter=_opt_str)
    iso3166_2: str | None = field(default=None, converter=_opt_upper, validator=_iso_3166_2)
    latitude: float | None = field(default=None, validator=v.between(-90, 90))
    longitude: float | None = field(default=None, validator=v.between(-180, 180))
    geo_precision: int | None = field(default=None, validator=v.one_of((1, 2, 3)))
    kind: str | None = field(default=None, converter=_opt_str)
    feature_id: str | None = field(default=None, converter=_opt_str)
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)

    def __attrs_post_init__(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise InvalidValueError(
                "latitude",
                "and 'longitude' must be given together",
                (self.latitude, self.longitude),
            )


@frozen(kw_only=True)
class Actor:
    """Who acts or is acted upon: a state, a government, an armed group, a person...

    ``cameo`` is the CAMEO actor code (``IRNMIL``); ``country`` the ISO alpha-3 code.

    >>> Actor(name="IRGC", kind="military", country="IRN", cameo="IRNMIL").kind
    'military'
    """

    name: str = field(converter=_name, validator=v.not_empty)
    kind: ActorKind = field(default="unknown", validator=v.one_of(ACTOR_KINDS))
    country: str | None = field(default=None, converter=_opt_upper, validator=v.country)
    cameo: str | None = field(default=None, converter=_opt_str, validator=v.cameo_actor_code)
    title: str | None = field(default=None, converter=_opt_str)
    affiliation: str | None = field(default=None, converter=_opt_str)
    aliases: tuple[str, ...] = field(default=(), converter=_str_tuple)
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)


@frozen(kw_only=True)
class MilitaryUnit:
    """A military formation: "the IRGC's 31st Ashura Operational Division".

    >>> MilitaryUnit(name="31st Ashura Operational Division", number=31, echelon="division").echelon
    'division'
    """

    name: str = field(converter=_name, validator=v.not_empty)
    number: int | None = field(default=None, validator=[_int_or_none("number"), v.at_least(0)])
    echelon: Echelon | None = field(default=None, validator=v.one_of(ECHELONS))
    branch: str | None = field(default=None, converter=_opt_str)
    kind: str | None = field(default=None, converter=_opt_str)
    country: str | None = field(default=None, converter=_opt_upper, validator=v.country)
    parent: str | None = field(default=None, converter=_opt_str)
    mentions: tuple[Span, ...] = field(default=(), converter=_spans)


@frozen(kw_only=True)
class Statement:
    """Something said: by whom, to whom, when, quoted directly or reported.

    >>> Statement(quote="operational excellence", direct=False, cue="calling").direct
    False
    """

    quote: str
    speaker: Actor | None = None
    direct: bool = True
    cue: str | None = field(default=None, converter=_opt_str)
    date: FuzzyDate | None = None
    addressee: Actor | None = None
    evidence: tuple[Span, ...] = field(default=(), converter=_spans)


@frozen(kw_only=True)
class Source:
    """Where a record came from (an article, without its text)."""

    id: str | None = field(default=None, converter=_opt_str)
    url: str | None = field(default=None, converter=_opt_str)
    title: str | None = field(default=None, converter=_opt_str)
    publisher: str | None = field(default=None, converter=_opt_str)
    published: dt.date | None = field(default=None, converter=_opt_date)


@frozen(kw_only=True)
class Article:
    """A news article: its text and what is known about it.

    >>> Article(text="Iran and Armenia held drills.", published="2025-04-10").published
    datetime.date(2025, 4, 10)
    """

    text: str = field(validator=attrs.validators.instance_of(str))
    title: str | None = field(default=None, converter=_opt_str)
    url: str | None = field(default=None, converter=_opt_str)
    publisher: str | None = field(default=None, converter=_opt_str)
    published: dt.date | None = field(default=None, converter=_opt_date)
    language: str = "en"
    id: str | None = field(default=None, converter=_opt_str)

    @property
    def source(self) -> Source:
        """This article as a `Source` (everything but the text)."""
        return Source(
            id=self.id,
            url=self.url,
            title=self.title,
            publisher=self.publisher,
            published=self.published,
        )

    def __repr__(self) -> str:  # an article's text is long; keep reprs readable
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return f"Article(text={head!r}, published={self.published!r}, url={self.url!r})"


def _actors(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _units(values: Iterable[MilitaryUnit]) -> tuple[MilitaryUnit, ...]:
    return tuple(values)


def _statements(values: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(values)


def _sources(values: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(values)


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


def _locations(values: Iterable[Location]) -> tuple[Location, ...]:
    return tuple(values)


def _dates(values: Iterable[FuzzyDate]) -> tuple[FuzzyDate, ...]:
    return tuple(values)


_in_cameo_events = v.in_codebook(cameo_events)


def _event_code(instance: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value not in extra_event_codes:
        _in_cameo_events(instance, attribute, value)


_sub_event_type = v.in_codebook(acled_sub_event_types)


def _fatalities(_: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    # What `[_int_or_none(...), v.at_least(0)]` checks, in one call: it runs for every event.
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidValueError(attribute.name, "must be an integer or None", value)
        if value < 0:
            raise InvalidValueError(attribute.name, "must be >= 0", value)


_ACLED_EVENT_TYPES: frozenset[str] | None = None


def _acled_event_type(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    global _ACLED_EVENT_TYPES
    if _ACLED_EVENT_TYPES is None:
        _ACLED_EVENT_TYPES = frozenset(record.event_type for record in acled_sub_event_types)
    if value is not None and value not in _ACLED_EVENT_TYPES:
        raise InvalidValueError(
            attribute.name, f"must be one of {', '.join(sorted(_ACLED_EVENT_TYPES))}", value
        )


@frozen(kw_only=True)
class Event:
    """One thing that happened (or was planned, feared, simulated, denied), coded at once in
    CAMEO, ACLED and PLOVER.

    ``cameo`` is validated against the CAMEO codebook; ``root``, ``quad_class`` and ``goldstein``
    derive from it. Giving only ``acled_sub_event_type`` fills ``acled_event_type``. ``id`` is
    derived from the event's content when not given, so the same input yields the same id.

    >>> e = Event(cameo="062", actor1=Actor(name="Iran", kind="state", country="IRN"))
    >>> (e.root, e.quad_class, e.goldstein)
    ('06', 2, 7.4)
    """

    id: str = ""
    date: FuzzyDate | None = None
    cameo: str | None = field(
        default=None, converter=_opt_str, validator=_event_code
    )
    acled_event_type: str | None = field(
        default=None, converter=_opt_str, validator=_acled_event_type
    )
    acled_sub_event_type: str | None = field(
        default=None, converter=_opt_str, validator=_sub_event_type
    )
    plover: str | None = field(
        default=None, converter=_opt_upper, validator=v.in_codebook(plover_event_types)
    )
    plover_mode: str | None = field(default=None, converter=_opt_str)
    plover_context: str | None = field(default=None, converter=_opt_str)
    actor1: Actor | None = None
    actor2: Actor | None = None
    associated_actors1: tuple[Actor, ...] = field(default=(), converter=_actors)
    associated_actors2: tuple[Actor, ...] = field(default=(), converter=_actors)
    symmetric: bool = False
    units: tuple[MilitaryUnit, ...] = field(default=(), converter=_units)
    location: Location | None = None
    fatalities: int | None = field(default=None, validator=_fatalities)
    modality: Modality = field(default="actual", validator=v.one_of(MODALITIES))
    statements: tuple[Statement, ...] = field(default=(), converter=_statements)
    evidence: tuple[Span, ...] = field(default=(), converter=_spans)
    sources: tuple[Source, ...] = field(default=(), converter=_sources)
    confidence: float = field(default=1.0, validator=v.between(0.0, 1.0))
    rule: str | None = field(default=None, converter=_opt_str)
    notes: str | None = field(default=None, converter=_opt_str)
    tags: tuple[str, ...] = field(default=(), converter=_str_tuple)
    extras: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)

    def __attrs_post_init__(self) -> None:
        sub = self.acled_sub_event_type
        if sub is not None:
            expected = acled_sub_event_types.lookup(sub).event_type
            if self.acled_event_type is None:
                object.__setattr__(self, "acled_event_type", expected)
            elif self.acled_event_type != expected:
                raise InvalidValueError(
                    "acled_event_type",
                    f"must be {expected!r} for sub-event type {sub!r}",
                    self.acled_event_type,
                )
        if not self.id:
            object.__setattr__(self, "id", self._content_id())

    def _content_id(self) -> str:
        parts = (
            self.cameo,
            self.acled_sub_event_type,
            self.acled_event_type,
            self.plover,
            str(self.date) if self.date else None,
            self.actor1.name if self.actor1 else None,
            self.actor2.name if self.actor2 else None,
            self.location.name if self.location else None,
            self.modality,
            tuple((span.start, span.end) for span in self.evidence),
            tuple(source.url or source.id for source in self.sources),
            self.notes,
        )
        return "ev-" + hashlib.blake2b(repr(parts).encode(), digest_size=8).hexdigest()

    @property
    def cameo_code(self) -> CameoEventCode | None:
        """The CAMEO codebook record of ``cameo``."""
        return cameo_events.get(self.cameo)

    @property
    def root(self) -> str | None:
        """The two-digit CAMEO root code."""
        record = self.cameo_code
        return record.root if record else None

    @property
    def quad_class(self) -> int | None:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        record = self.cameo_code
        return record.quad_class if record else None

    @property
    def goldstein(self) -> float | None:
        """The Goldstein conflict-cooperation score of the CAMEO code."""
        record = self.cameo_code
        return record.goldstein if record else None

    @property
    def source(self) -> Source | None:
        """The first source of the event."""
        return self.sources[0] if self.sources else None

    def _repr_html_(self) -> str:
        """A one-row table of the event, for notebooks (see `eventkit.notebook`)."""
        from .notebook import event_html

        return event_html(self)

    def extra(self, key: str, default: str | None = None) -> str | None:
        """A format-specific value kept so that a file round-trips (ACLED ``timestamp``...)."""
        for name, value in self.extras:
            if name == key:
                return value
        return default


def unchecked_event(
    *,
    id: str,
    date: FuzzyDate | None = None,
    cameo: str | None = None,
    acled_event_type: str | None = None,
    acled_sub_event_type: str | None = None,
    plover: str | None = None,
    plover_mode: str | None = None,
    plover_context: str | None = None,
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    associated_actors1: tuple[Actor, ...] = (),
    associated_actors2: tuple[Actor, ...] = (),
    symmetric: bool = False,
    units: tuple[MilitaryUnit, ...] = (),
    location: Location | None = None,
    fatalities: int | None = None,
    modality: Modality = "actual",
    statements: tuple[Statement, ...] = (),
    evidence: tuple[Span, ...] = (),
    sources: tuple[Source, ...] = (),
    confidence: float = 1.0,
    rule: str | None = None,
    notes: str | None = None,
    tags: tuple[str, ...] = (),
    extras: tuple[tuple[str, str], ...] = (),
) -> Event:
    """An `Event` built without its converters, validators and ``__attrs_post_init__``.

    Only for callers whose values are already checked and in the form the converters give
    (stripped text or None, tuples, ``acled_event_type`` matching the sub-event type, a
    non-empty ``id``): the table readers, which check each cell as they read it. Running
    the 25 converters and validators again was a third of the time of reading a row.
    `tests/formats/test_unchecked.py` rebuilds what each reader made through `Event` and
    compares, and checks that this signature lists every field.
    """
    event = object.__new__(Event)
    # Each slot's own setter (what `object.__setattr__` finds by name on each call, the way
    # attrs sets a frozen class's fields): half the time.
    (
        set_id,
        set_date,
        set_cameo,
        set_acled_event_type,
        set_acled_sub_event_type,
        set_plover,
        set_plover_mode,
        set_plover_context,
        set_actor1,
        set_actor2,
        set_associated_actors1,
        set_associated_actors2,
        set_symmetric,
        set_units,
        set_location,
        set_fatalities,
        set_modality,
        set_statements,
        set_evidence,
        set_sources,
        set_confidence,
        set_rule,
        set_notes,
        set_tags,
        set_extras,
    ) = _EVENT_SLOT_SETTERS
    set_id(event, id)
    set_date(event, date)
    set_cameo(event, cameo)
    set_acled_event_type(event, acled_event_type)
    set_acled_sub_event_type(event, acled_sub_event_type)
    set_plover(event, plover)
    set_plover_mode(event, plover_mode)
    set_plover_context(event, plover_context)
    set_actor1(event, actor1)
    set_actor2(event, actor2)
    set_associated_actors1(event, associated_actors1)
    set_associated_actors2(event, associated_actors2)
    set_symmetric(event, symmetric)
    set_units(event, units)
    set_location(event, location)
    set_fatalities(event, fatalities)
    set_modality(event, modality)
    set_statements(event, statements)
    set_evidence(event, evidence)
    set_sources(event, sources)
    set_confidence(event, confidence)
    set_rule(event, rule)
    set_notes(event, notes)
    set_tags(event, tags)
    set_extras(event, extras)
    return event


_Record = TypeVar("_Record", bound=attrs.AttrsInstance)
_SETTERS: dict[type, tuple[tuple[str, Callable[[Any, Any], None]], ...]] = {}
_FIELD_NAMES: dict[type, frozenset[str]] = {}  # the same fields' names, as a set


def _slot_setters(
    cls: type[attrs.AttrsInstance],
) -> tuple[tuple[str, Callable[[Any, Any], None]], ...]:
    """A model's fields with the setters of their slots, in field order (made once)."""
    setters = _SETTERS.get(cls)
    if setters is None:
        setters = _SETTERS[cls] = tuple(
            (field.name, getattr(cls, field.name).__set__) for field in attrs.fields(cls)
        )
        _FIELD_NAMES[cls] = frozenset(name for name, _ in setters)
    return setters


_EVENT_SLOT_SETTERS = tuple(set_value for _, set_value in _slot_setters(Event))


def replaced(record: _Record, **changes: Any) -> _Record:
    """``attrs.evolve`` without converters or validators, for the extraction's own records:
    a copy of a valid record with fields set to values that are valid as they are (already
    converted: tuples, not lists). Several hundred such copies an article made this way cost
    a fifth of what evolve does.

    >>> place = Location(name="Gao", country="MLI")
    >>> replaced(place, geo_precision=1) == attrs.evolve(place, geo_precision=1)
    True
    """
    cls = type(record)
    setters = _slot_setters(cls)
    unknown = changes.keys() - _FIELD_NAMES[cls]
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(cls)
    for name, set_value in setters:
        set_value(copy, changes[name] if name in changes else getattr(record, name))
    return copy


_PLAIN = frozenset({"str", "int", "float", "bool", "None", "dt.date", "Precision", "Modality",
                    "ActorKind", "Echelon", "tuple[str, ...]", "tuple[tuple[str, str], ...]"})
_SPAN_FIELDS: dict[type, tuple[str, ...]] = {}


def _span_fields(cls: type) -> tuple[str, ...]:
    """The fields of a model that can hold spans (others are skipped when checking)."""
    names = _SPAN_FIELDS.get(cls)
    if names is None:
        names = tuple(
            attribute.name
            for attribute in attrs.fields(cls)
            if not set(str(attribute.type).replace(" ", "").split("|")) <= _PLAIN
        )
        _SPAN_FIELDS[cls] = names
    return names


def _all_spans(record: object) -> Iterator[Span]:
    pending = [record]  # a stack, not nested generators: an extraction holds thousands
    while pending:
        item = pending.pop()
        if isinstance(item, Span):
            yield item
        elif isinstance(item, tuple):
            pending.extend(item)
        else:
            # a model's span fields, known after its first (every extraction walks them all)
            cls = item.__class__
            names = _SPAN_FIELDS.get(cls)
            if names is None and attrs.has(cls):
                names = _span_fields(cls)
            if names:
                pending.extend([getattr(item, name) for name in names])


@frozen(kw_only=True)
class Extraction:
    """An article and everything found in it.

    Every span in the findings must lie inside the article's text.
    """

    article: Article
    events: tuple[Event, ...] = field(default=(), converter=_events)
    actors: tuple[Actor, ...] = field(default=(), converter=_actors)
    units: tuple[MilitaryUnit, ...] = field(default=(), converter=_units)
    statements: tuple[Statement, ...] = field(default=(), converter=_statements)
    locations: tuple[Location, ...] = field(default=(), converter=_locations)
    dates: tuple[FuzzyDate, ...] = field(default=(), converter=_dates)

    def __attrs_post_init__(self) -> None:
        size = len(self.article.text)
        for name in ("events", "actors", "units", "statements", "locations", "dates"):
            for span in _all_spans(getattr(self, name)):
                if span.end > size:
                    raise InvalidValueError(
                        name,
                        f"spans must lie inside the article text (length {size})",
                        (span.start, span.end),
                    )

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}"
            for name in ("events", "actors", "units", "statements", "locations", "dates")
        )
        return f"<Extraction of {self.article!r}: {counts}>"

    def _repr_html_(self) -> str:
        """The article with its findings highlighted and a table of events, for notebooks
        (see `eventkit.notebook`)."""
        from .notebook import extraction_html

        return extraction_html(self)
