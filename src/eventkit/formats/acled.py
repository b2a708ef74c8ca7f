"""ACLED tables: the 31 columns of current ACLED exports, read and written as CSV.

Reading also accepts older layouts (``iso3``, ``data_id``, ``event_id_no_cnty``, ``gwno``,
upper-case headers, ``ALLY_ACTOR_1``), numeric or text inter codes and the ``event_date``
spellings ACLED has used (``2023-02-16``, ``16 May 2025``, ``16-February-2018``, ``16-Feb-19``,
``16-02-2018``). Writing derives what ACLED derives: ``year``, ``disorder_type``, ``inter1``/
``inter2`` from the actors' kinds, ``interaction`` from the pair, ``time_precision`` and
``geo_precision``, ``iso``, ``region`` and ``country`` from the location's ISO code, and actor
names in ACLED's conventions ("Military Forces of Iran", "Protesters (Kenya)").

Every column the `~eventkit.Event` model has no field for (``source``, ``source_scale``,
``timestamp``...), and every column whose value differs from what would be derived, is kept in
``Event.extras`` under the column's name and preferred on writing, so ``write(read(f))``
reproduces a file in the current layout byte for byte.

>>> import io
>>> from eventkit.formats import acled
>>> buffer = io.StringIO()
>>> event = acled.from_row({"event_id_cnty": "KEN1", "event_date": "2024-06-25",
...     "time_precision": "1", "sub_event_type": "Peaceful protest",
...     "actor1": "Protesters (Kenya)", "inter1": "Protesters", "country": "Kenya",
...     "location": "Nairobi", "latitude": "-1.2833", "longitude": "36.8167",
...     "geo_precision": "1", "fatalities": "0"})
>>> acled.to_row(event)["interaction"], acled.to_row(event)["region"]
('Protesters only', 'Eastern Africa')
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .._crosswalk import ACLED_ACTOR_TYPES, acled_sub_event_type
from .._errors import FormatError, InvalidValueError
from .._models import Actor, Event, FuzzyDate, Location, Source, unchecked_event
from ..codebooks import acled_inter_codes, acled_interactions, acled_sub_event_types
from . import _countries
from ._io import Errors, Reader, Target
from ._io import Source as ReadSource
from ._tables import (
    BoundedCache,
    ColumnGroup,
    Differences,
    column_getter,
    model_error,
    optional_float,
    read_table,
    write_table,
)

__all__ = [
    "COLUMNS",
    "LEGACY_COLUMNS",
    "acled_actor_name",
    "crosswalk",
    "from_row",
    "inter_code",
    "read",
    "to_row",
    "write",
]

#: The current ACLED column set, in order (ACLED codebook, "Data Columns at a Glance").
COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)

#: Columns of older or optional layouts that are read (and kept in ``extras``).
LEGACY_COLUMNS: tuple[str, ...] = (
    "data_id", "event_id_no_cnty", "iso3", "gwno", "population_1km", "population_2km",
    "population_5km", "population_best",
)

_HEADER_ALIASES = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}
_REQUIRED = ("event_date", "event_type", "actor1", "country", "latitude", "longitude")
_FIELD_COLUMNS = {
    "acled_event_type": "event_type", "acled_sub_event_type": "sub_event_type",
    "fatalities": "fatalities", "latitude": "latitude", "longitude": "longitude",
    "geo_precision": "geo_precision", "date": "event_date", "start": "event_date",
}

_EVENT_TYPES = frozenset({
    "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
    "Strategic developments",
})
#: Event types of pre-2019 files: read, kept in ``extras`` (the model only knows current types).
LEGACY_EVENT_TYPES = frozenset({
    "Battle-No change of territory", "Battle-Government regains territory",
    "Battle-Non-state actor overtakes territory", "Headquarters or base established",
    "Non-violent transfer of territory", "Remote violence", "Riots/Protests",
    "Strategic development", "Violence against civilians",
    "Non-violent activity by a conflict actor",
})

# --- dates -------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}
_DMY = re.compile(r"(\d{1,2})[ /\-]([A-Za-z]{3,9}|\d{1,2})[ /\-](\d{4}|\d{2})")
# a date with its time, as the API's JSON and exports converted from it write the day
# ("2021-01-02T00:00:00Z", "2021-01-02 00:00:00")
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](?:[01]\d|2[0-3]):[0-5]\d"
                        r"(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?")


def parse_date(text: str) -> dt.date:
    """Parse an ACLED ``event_date`` in any of the spellings ACLED has used.

    >>> parse_date("16-Feb-19"), parse_date("2021-01-02T00:00:00Z"), parse_date("20201231")
    (datetime.date(2019, 2, 16), datetime.date(2021, 1, 2), datetime.date(2020, 12, 31))
    """
    text = text.strip()
    stamped = _TIMESTAMP.fullmatch(text)
    if stamped:
        text = stamped.group(1)
    elif len(text) == 8 and text.isdigit():  # "20201231", as statistics packages save it
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if len(text) == 10 and text[4] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    match = _DMY.fullmatch(text)
    if match:
        day, month_text, year_text = match.groups()
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
        year = int(year_text)
        if len(year_text) == 2:
            year += 1900 if year >= 90 else 2000
        if month is not None:
            try:
                return dt.date(year, month, int(day))
            except ValueError:
                pass
    raise FormatError(f"not a date ACLED writes: {text!r}", column="event_date")


_date_cache = BoundedCache(4096)
_WEEK_HALF = dt.timedelta(days=3)


def _fuzzy_date(text: str, precision: str) -> FuzzyDate | None:
    key = (text, precision)
    cached = _date_cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not text.strip():
        return None
    day = parse_date(text)
    if precision in ("1", ""):
        value = FuzzyDate(start=day, end=day, precision="day")
    elif precision == "2":  # ACLED gives the middle of the week: keep a week centred on it
        if not dt.date.min + _WEEK_HALF <= day <= dt.date.max - _WEEK_HALF:
            raise FormatError(f"a week around {text!r} is out of range", column="event_date")
        value = FuzzyDate(start=day - _WEEK_HALF, end=day + _WEEK_HALF, precision="week")
    elif precision == "3":
        value = FuzzyDate.month(day.year, day.month)
    else:
        raise FormatError(f"time_precision must be 1, 2 or 3 (got {precision!r})",
                          column="time_precision")
    return _date_cache.put(key, value)  # type: ignore[no-any-return]


_PRECISION_CODES = {"day": "1", "week": "2", "month": "3", "year": "3"}


# Derived cells of shared sub-objects (the readers' caches hand out the same Location and
# FuzzyDate to every row that has the same cells), keyed by identity: a hit costs no hashing of
# the object's fields. Each entry holds its object, so its id cannot be reused while it lives.
_date_cells_cache = BoundedCache(4096)
_location_cells_cache = BoundedCache(8192)


def _date_cells(date: FuzzyDate | None, kept: str | None) -> tuple[str, str, str]:
    """event_date, year, time_precision."""
    if kept is None and date is not None:
        entry = _date_cells_cache.get(id(date))
        if entry is not None and entry[0] is date:
            return entry[1]  # type: ignore[no-any-return]
        cells = _date_cells_of(date, None)
        _date_cells_cache.put(id(date), (date, cells))
        return cells
    return _date_cells_of(date, kept)


def _date_cells_of(date: FuzzyDate | None, kept: str | None) -> tuple[str, str, str]:
    if date is None or date.start is None:
        return (kept or "", "", "")
    day = date.start if date.precision == "day" else date.midpoint
    assert day is not None
    text = day.isoformat()
    if kept is not None and kept != text:
        try:
            parsed = parse_date(kept)
        except FormatError:
            parsed = None
        if parsed is not None and parsed in date:  # never write a stale date
            text, day = kept, parsed
    return (text, str(day.year), _PRECISION_CODES[date.precision])


# --- inter codes and actors --------------------------------------------------------------------

_inter_lock = threading.Lock()
_inter_by_text: dict[str, int] = {}
_inter_label: dict[int, str] = {}
_interaction: dict[tuple[int, int], tuple[str, str]] = {}
_interaction_labels: set[str] = set()


def _load_inter() -> None:
    with _inter_lock:
        if _inter_by_text:
            return
        # Built aside, published whole, `_inter_by_text` last: readers test it without the
        # lock, so another thread must never see it half filled.
        by_text: dict[str, int] = {}
        for record in acled_inter_codes:
            _inter_label[record.code] = record.label
            for text in (str(record.code), record.label, record.heading, record.legacy_label):
                if text:
                    by_text[text.casefold()] = record.code
        by_text["communal militia"] = 4
        by_text[""] = 0
        interactions = {}
        labels = set()
        for interaction in acled_interactions:
            pair = (interaction.inter_a, interaction.inter_b)
            interactions[pair] = (str(interaction.code), interaction.label)
            labels.add(interaction.label.casefold())
        _interaction.update(interactions)
        _interaction_labels.update(labels)
        _inter_by_text.update(by_text)


def _parse_inter(text: str, column: str) -> int:
    if not _inter_by_text:
        _load_inter()
    code = _inter_by_text.get(text.strip().casefold())
    if code is None:
        raise FormatError(f"unknown ACLED inter code {text!r}", column=column)
    return code


def _check_interaction(text: str) -> None:
    if text.strip() and not text.strip().isdigit():
        if not _interaction_labels:
            _load_inter()
        if text.strip().casefold() not in _interaction_labels:
            raise FormatError(f"unknown ACLED interaction {text!r}", column="interaction")


# Militias of a people, clan or caste (ACLED's inter code 4): by their name, or by what the
# press calls such men ("Murle armed youth", "Dozo hunters", "Fulani herders").
_IDENTITY = re.compile(
    r"\b(?:ethnic|communal|clan|tribal|caste|identity|dozos?|ambassagou|youths?|herders|"
    r"hunters|settlers|koglweogo|vdp|volunteers for the defen[cs]e|nomads?|pastoralists?|"
    r"farmers|vigilantes|raiders)\b",
    re.IGNORECASE,
)
_UNIDENTIFIED = re.compile(r"^(?:unidentified|unknown|gunmen)\b", re.IGNORECASE)
_STATE_KINDS = frozenset({"state", "government", "military", "police"})
_OTHER_KINDS = frozenset({"igo", "ngo", "organization"})
_IGO = re.compile(r"\b(?:United Nations|UN|NATO|African Union|European Union|ECOWAS|"
                  r"MONUSCO|MINUSMA|AMISOM|ATMIS|UNMISS|EU|AU)\b")


def inter_code(actor: Actor | None, place_country: str | None = None) -> int:
    """ACLED's inter code (0-8) for an actor: state forces abroad are 8 (external forces).

    >>> inter_code(Actor(name="Protesters (Kenya)", kind="protesters"))
    6
    """
    if actor is None:
        return 0
    if actor.name in ACLED_ACTOR_TYPES:
        return ACLED_ACTOR_TYPES[actor.name]
    kind = actor.kind
    if kind == "person" and (actor.cameo or "")[-3:] in ("COP", "MIL"):
        kind = "military"  # "a police officer", "a soldier": a member of the state's forces
    if kind in _STATE_KINDS:
        abroad = actor.country and place_country and actor.country != place_country
        return 8 if abroad else 1
    if kind == "militia":
        return 4 if _IDENTITY.search(actor.name) else 3
    return _KIND_INTER.get(kind, 3)


_KIND_INTER = {
    "rebel": 2, "party": 3, "rioters": 5, "protesters": 6, "civilians": 7, "media": 7,
    "person": 7, "igo": 8, "ngo": 8, "organization": 8, "unknown": 3,
}

_NAMED = re.compile(
    r"^(?:(Military|Police) Forces of|Government of) (?P<a>.+?)(?: \(\d{4}-(?:\d{4})?\))?"
    r"(?: - .*)?$"
    r"|^(?:Protesters|Rioters|Civilians|Unidentified Armed Group|Labor Group|Students|Women)"
    r" \((?P<b>[^()]+)\)$",
    re.DOTALL,  # ".*$" always reaches the end: linear on "Government of - - ...\n"
)
_ACLED_PREFIXES = (
    "Military Forces of ", "Police Forces of ", "Government of ", "Protesters (", "Rioters (",
    "Civilians (", "Unidentified Armed Group (",
)


def _actor_country(name: str) -> str | None:
    match = _NAMED.match(name)
    if match is None:
        return None
    return _countries.iso3_from_acled_name(match.group("a") or match.group("b"))


def _kind_of(name: str, inter: int) -> str:
    if inter in (1, 8) and name.startswith("Police Forces of"):
        return "police"
    if inter == 1:
        return "government" if name.startswith("Government of") else "military"
    if inter == 8:
        if name.startswith("Military Forces of"):
            return "military"
        return "igo" if _IGO.search(name) else "organization"
    return _INTER_KIND.get(inter, "unknown")


_INTER_KIND = {2: "rebel", 3: "militia", 4: "militia", 5: "rioters", 6: "protesters",
               7: "civilians"}
_ASSOCIATED_KIND = {"Protesters (": "protesters", "Rioters (": "rioters",
                    "Civilians (": "civilians", "Police Forces of": "police",
                    "Military Forces of": "military", "Government of": "government"}

_actor_cache = BoundedCache(8192)


def _actor(name: str, inter: int | None) -> Actor | None:
    name = name.strip()
    if not name:
        return None
    key = (name, inter)
    cached = _actor_cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if inter is None:  # associated actor: kind from the name only
        kind = next((k for p, k in _ASSOCIATED_KIND.items() if name.startswith(p)), "unknown")
    else:
        kind = _kind_of(name, inter)
    actor = Actor(name=name, kind=kind, country=_actor_country(name))  # type: ignore[arg-type]
    return _actor_cache.put(key, actor)  # type: ignore[no-any-return]


def acled_actor_name(actor: Actor, place_country: str | None = None) -> str:
    """An actor's name in ACLED's conventions.

    Names already in ACLED's form are kept; state forces, police, protesters, rioters,
    civilians and unidentified armed groups with a known country are renamed.

    >>> acled_actor_name(Actor(name="Iranian army", kind="military", country="IRN"))
    'Military Forces of Iran'
    >>> acled_actor_name(Actor(name="demonstrators", kind="protesters"), "KEN")
    'Protesters (Kenya)'
    """
    name = actor.name
    if name.startswith(_ACLED_PREFIXES):
        return name
    kind = actor.kind
    iso3 = actor.country or place_country
    country = _countries.acled_name(iso3) if iso3 else None
    if country is None:
        return name
    if kind in ("military", "state"):
        return f"Military Forces of {country}"
    if kind == "police":
        return f"Police Forces of {country}"
    if kind == "government":
        return f"Government of {country}"
    if kind == "protesters":
        return f"Protesters ({country})"
    if kind == "rioters":
        return f"Rioters ({country})"
    if kind == "civilians":
        return f"Civilians ({country})"
    if kind in ("unknown", "militia") and _UNIDENTIFIED.match(name):
        return f"Unidentified Armed Group ({country})"
    return name


# --- rows --------------------------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


_country_cells_cache = BoundedCache(1024)


def _country_cells(iso3: str) -> tuple[str, str, str]:
    """iso, region and country of an ISO alpha-3 code (looked up once per code)."""
    cells = _country_cells_cache.get(iso3)
    if cells is None:
        cells = _country_cells_cache.put(iso3, (
            _countries.iso_numeric(iso3) or "", _countries.acled_region(iso3) or "",
            _countries.acled_name(iso3) or "",
        ))
    return cells  # type: ignore[no-any-return]


def _location_cells(location: Location) -> tuple[str, ...]:
    """iso, region, country, admin1-3, location, latitude, longitude, geo_precision."""
    entry = _location_cells_cache.get(id(location))
    if entry is not None and entry[0] is location:
        return entry[1]  # type: ignore[no-any-return]
    iso3 = location.country
    # (a part the note wrote itself, "Shan-North", is kept as written)
    admin1 = _countries.acled_region_part(
        location.iso3166_2, location.name, location.admin2, location.admin3
    ) if "-" not in (location.admin1 or "-") else None
    admin1 = admin1 or _countries.acled_admin1(iso3, location.admin1, location.iso3166_2)
    cells = (
        *(_country_cells(iso3) if iso3 else ("", "", "")),
        admin1 or "", location.admin2 or "", location.admin3 or "", location.name,
        _number(location.latitude), _number(location.longitude),
        str(location.geo_precision) if location.geo_precision else "",
    )
    _location_cells_cache.put(id(location), (location, cells))
    return cells


_actors_cells_cache = BoundedCache(8192)


def _actors_cells(
    actor1: Actor | None, actor2: Actor | None, place_country: str | None
) -> tuple[str, str, str, str, str, str]:
    """actor1, inter1, actor2, inter2, interaction and civilian_targeting (without the
    associated actors' columns)."""
    key = (id(actor1), id(actor2), place_country)
    entry = _actors_cells_cache.get(key)
    if entry is not None and entry[0] is actor1 and entry[1] is actor2:
        return entry[2]  # type: ignore[no-any-return]
    if not _interaction:
        _load_inter()
    inter1 = inter_code(actor1, place_country)
    inter2 = inter_code(actor2, place_country)
    pair = (inter1, inter2) if inter1 <= inter2 or inter2 == 0 else (inter2, inter1)
    cells = (
        acled_actor_name(actor1, place_country) if actor1 else "",
        _inter_label.get(inter1, "") if inter1 else "",
        acled_actor_name(actor2, place_country) if actor2 else "",
        _inter_label.get(inter2, "") if inter2 else "",
        _interaction.get(pair, ("", ""))[1],
        "Civilians targeted" if actor2 is not None and actor2.kind == "civilians" else "",
    )
    _actors_cells_cache.put(key, (actor1, actor2, cells))
    return cells


_event_types_of: dict[str, tuple[str, str]] = {}


def _event_types(sub_event_type: str) -> tuple[str, str]:
    """The event type and disorder type of a sub-event type (`LookupError` if unknown)."""
    types = _event_types_of.get(sub_event_type)
    if types is None:
        record = acled_sub_event_types.lookup(sub_event_type)
        types = (record.event_type, record.disorder_type)
        if sub_event_type == record.sub_event_type:  # one entry per code of the table at most
            _event_types_of[sub_event_type] = types
    return types


_INDEX = {name: index for index, name in enumerate(COLUMNS)}
_EVENT_DATE = _INDEX["event_date"]
_NO_LOCATION = ("", "", "", "", "", "", "", "", "", "")


def _type_cells(event_type: str | None, sub_event_type: str | None) -> tuple[str, str, str]:
    """disorder_type, event_type, sub_event_type."""
    if sub_event_type is None:
        return ("", event_type or "", "")
    event_type, disorder = _event_types(sub_event_type)
    return (disorder, event_type, sub_event_type)


def _actor_group_cells(
    actor1: Actor | None, actor2: Actor | None, associated1: tuple[Actor, ...],
    associated2: tuple[Actor, ...], place_country: str | None,
) -> tuple[str, ...]:
    """actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction and
    civilian_targeting."""
    name1, label1, name2, label2, interaction, civilians = _actors_cells(
        actor1, actor2, place_country
    )
    return (
        name1, "; ".join([a.name for a in associated1]) if associated1 else "", label1,
        name2, "; ".join([a.name for a in associated2]) if associated2 else "", label2,
        interaction, civilians,
    )


def _cells(event: Event) -> list[str]:
    extras = event.extras
    kept_date = None
    for name, value in extras:
        if name == "event_date":
            kept_date = value  # the last one, as a dict of the extras would keep
    location = event.location
    sub_event_type = event.acled_sub_event_type
    event_type = event.acled_event_type
    if sub_event_type is None and event_type is None and event.cameo is not None:
        sub_event_type = crosswalk(event)
    sources = event.sources
    # ACLED codes no second actor for a peaceful protest: whom the crowd addresses ("protested
    # in front of the ministry") is no party to it. The event keeps it for CAMEO's target.
    peaceful = sub_event_type == "Peaceful protest"
    cells = [
        event.id, *_date_cells(event.date, kept_date), *_type_cells(event_type, sub_event_type),
        *_actor_group_cells(
            event.actor1, None if peaceful else event.actor2, event.associated_actors1,
            () if peaceful else event.associated_actors2,
            location.country if location is not None else None,
        ),
        *(_location_cells(location) if location is not None else _NO_LOCATION),
        "; ".join([s.publisher or s.url or s.id or "" for s in sources]) if sources else "",
        "", event.notes or "",
        str(event.fatalities) if event.fatalities is not None else "0",
        "; ".join(event.tags), "",
    ]
    for name, value in extras:  # what the source row said wins (event_date: see _date_cells)
        position = _INDEX.get(name)
        if position is not None and position != _EVENT_DATE:
            cells[position] = value
    return cells


def to_row(event: Event) -> dict[str, str]:
    """The ACLED row of an event, as a dict in `COLUMNS` order (every value a string)."""
    return dict(zip(COLUMNS, _cells(event), strict=False))


def _int(text: str, column: str, low: int | None = None, high: int | None = None) -> int | None:
    if not text.strip():
        return None
    try:
        value = int(text)
    except ValueError:
        raise FormatError(f"not an integer: {text!r}", column=column) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise FormatError(f"must be between {low} and {high} (got {value})", column=column)
    return value


_location_cache = BoundedCache(8192)

def _location(key: tuple[str, ...]) -> Location | None:
    """The location of a row's location, country, iso, iso3, admin1-3, latitude, longitude
    and geo_precision cells."""
    cached = _location_cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    name, country, iso, iso3, admin1, admin2, admin3, lat, lon, precision = key
    if not any(key):
        return None
    code = (_countries.iso3_from_numeric(iso) if iso.strip() else None) or (
        _countries.iso3_from_acled_name(country) if country.strip() else None
    ) or (iso3.strip().upper() or None)
    try:
        location = Location(
            name=name.strip() or admin3 or admin2 or admin1 or country or "unknown",
            country=code, admin1=admin1, admin2=admin2, admin3=admin3,
            latitude=optional_float(lat, "latitude"), longitude=optional_float(lon, "longitude"),
            geo_precision=_int(precision, "geo_precision", 1, 3),
        )
    except InvalidValueError as error:
        raise model_error(error, {"country": "country", "name": "location"}) from None
    return _location_cache.put(key, location)  # type: ignore[no-any-return]


def _split(text: str) -> list[str]:
    if text == "":
        return []
    return [part.strip() for part in text.split(";") if part.strip()]


_types_cache = BoundedCache(1024)


def _types(event_type: str, sub_event_type: str) -> tuple[str | None, str | None]:
    """``acled_event_type`` and ``acled_sub_event_type`` of a row's two cells, checked."""
    key = (event_type, sub_event_type)
    event_type = event_type.strip()
    sub = sub_event_type.strip() or None
    if sub is not None and sub not in acled_sub_event_types:
        raise FormatError(f"unknown ACLED sub-event type {sub!r}", column="sub_event_type")
    acled_event_type: str | None = event_type or None
    if event_type and event_type not in _EVENT_TYPES:
        if event_type not in LEGACY_EVENT_TYPES or sub is not None:
            raise FormatError(f"unknown ACLED event type {event_type!r}", column="event_type")
        acled_event_type = None
    if sub is not None:  # what `Event` would fill in or check
        expected = _event_types(sub)[0]
        if acled_event_type is not None and acled_event_type != expected:
            raise FormatError(
                f"must be {expected!r} for sub-event type {sub!r} (got {acled_event_type!r})",
                column="event_type",
            )
        acled_event_type = expected
    return _types_cache.put(key, (acled_event_type, sub))  # type: ignore[no-any-return]


_actors_cache = BoundedCache(8192)


def _actors(
    key: tuple[str, str, str, str, str, tuple[bool, bool, bool]],
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of a row's actor1, inter1, actor2, inter2 and interaction cells, with
    the inter codes and the interaction checked; the last item tells which of inter1, inter2
    and interaction the header has."""
    actor1_name, inter1_text, actor2_name, inter2_text, interaction, columns = key
    has_inter1, has_inter2, has_interaction = columns
    inter1 = _parse_inter(inter1_text, "inter1") if has_inter1 else None
    inter2 = _parse_inter(inter2_text, "inter2") if has_inter2 else None
    if has_interaction:
        _check_interaction(interaction)
    actors = (
        _actor(actor1_name, inter1 if inter1 is not None else 3),
        _actor(actor2_name, inter2 if inter2 is not None else 3),
    )
    return _actors_cache.put(key, actors)  # type: ignore[no-any-return]


_associated_cache = BoundedCache(4096)


def _associated(text: str) -> tuple[Actor, ...]:
    """The associated actors of an ``assoc_actor_*`` cell."""
    if text == "":
        return ()
    actors = _associated_cache.get(text)
    if actors is None:
        found = (_actor(name, None) for name in _split(text))
        actors = _associated_cache.put(text, tuple(actor for actor in found if actor))
    return actors  # type: ignore[no-any-return]


# The row is read in groups of columns. Each group but the last is parsed once per distinct
# set of cells (per header): what it parses to, and the columns where what `write` would
# write differs from the row (kept in extras, so that nothing is lost), come from a cache.
_DATE_GROUP = ("event_date", "year", "time_precision")
_TYPE_GROUP = ("disorder_type", "event_type", "sub_event_type")
_ACTOR_GROUP = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting")
_LOCATION_GROUP = ("iso", "region", "country", "admin1", "admin2", "admin3", "location",
                   "latitude", "longitude", "geo_precision")
# The cells of each row: the id, then the columns after the location block (source,
# source_scale and timestamp are kept in extras as they are, so never differ when written).
_ROW_GROUP = ("event_id_cnty", "notes", "fatalities", "tags", "source")


class _Layout:
    """Where the columns of one header sit in a row, so that a row is read by position (a
    getter per group of columns) rather than through a dict built for each row, and the
    caches of the groups' cells for this header. A column the header lacks reads as "": the
    row then gets one empty cell past its end (``pad``), and is never compared.
    """

    __slots__ = (
        "actors", "dates", "differences", "extra", "inter_columns", "locations", "pad", "row",
        "types",
    )

    def __init__(self, names: Sequence[str]) -> None:
        index = {name: position for position, name in enumerate(names)}
        groups = (_DATE_GROUP, _TYPE_GROUP, _ACTOR_GROUP, (*_LOCATION_GROUP, "iso3"), _ROW_GROUP)
        self.pad = any(name not in index for group in groups for name in group)
        self.dates = ColumnGroup(_DATE_GROUP, index, 4096)
        self.types = ColumnGroup(_TYPE_GROUP, index, 1024)
        self.actors = ColumnGroup(_ACTOR_GROUP, index, 8192)
        self.locations = ColumnGroup((*_LOCATION_GROUP, "iso3"), index, 8192)
        self.row = column_getter(_ROW_GROUP, index)
        self.differences = Differences(
            _ROW_GROUP[:4], {name: place for place, name in enumerate(_ROW_GROUP) if name in index}
        )
        self.inter_columns = ("inter1" in index, "inter2" in index, "interaction" in index)
        # Columns kept in extras, in the row's order.
        self.extra = tuple(
            (name, position) for position, name in enumerate(names)
            if name in _EXTRA_COLUMNS or name not in _KNOWN
        )


_layouts = BoundedCache(64)


def from_row(mapping: Mapping[str, str]) -> Event:
    """The `~eventkit.Event` of one ACLED row (a mapping of column name to text).

    Raises:
        FormatError: a code, date or number is not what ACLED writes; ``column`` names it.
    """
    names = tuple(mapping)
    layout = _layouts.get(names)
    if layout is None:
        layout = _layouts.put(names, _Layout(names))
    return _from_cells([*mapping.values(), ""], layout)


def _from_cells(cells: list[str], layout: _Layout) -> Event:
    """The event of one row's cells (``layout.pad``: with an empty cell past the end)."""
    id_cell, notes, fatalities_text, tags, source = layout.row(cells)
    try:
        types = layout.types.parsed(cells, _type_group)
        location_entry = layout.locations.parsed(cells, _location_group)
        location = location_entry[0]
        # The actors' names depend on the place's country too: part of their key.
        group = layout.actors
        key = (group.cells_of(cells), location.country if location is not None else None)
        actors = group.cache.get(key) or group.cache.put(
            key, _actor_group(key, layout.inter_columns, group.differences)
        )
        date_entry = layout.dates.parsed(cells, _date_group)
    except InvalidValueError as error:
        raise model_error(error, _FIELD_COLUMNS) from None
    fatalities = (  # a few decimal digits: what int() reads (within its length limit), >= 0
        int(fatalities_text)
        if fatalities_text.__class__ is str and fatalities_text.isdecimal()
        and len(fatalities_text) < 19
        else _int(fatalities_text, "fatalities", 0)
    )
    sources = (
        () if source.__class__ is str and "http" not in source
        else tuple(Source(url=part) for part in _split(source) if part.startswith("http"))
    )
    extras = tuple([(name, cells[position]) for name, position in layout.extra
                    if cells[position]])
    actor1, actor2, associated1, associated2, actor_differences = actors
    date, notes_value = date_entry[0], notes.strip() or None
    tags_value = tuple(_split(tags)) if tags else ()
    event_id = id_cell.strip()
    if not event_id:  # derived from the content by `Event`
        event_id = Event(
            date=date, acled_event_type=types[0], acled_sub_event_type=types[1], actor1=actor1,
            actor2=actor2, associated_actors1=associated1, associated_actors2=associated2,
            location=location, fatalities=fatalities, notes=notes_value, tags=tags_value,
            sources=sources, extras=extras,
        ).id
    written = (event_id, notes_value or "", str(fatalities) if fatalities is not None else "0",
               "; ".join(tags_value))
    row_differences = (
        layout.differences((id_cell, notes, fatalities_text, tags), written)
        if (id_cell, notes, fatalities_text, tags) != written else []
    )
    if row_differences or date_entry[1] or types[2] or actor_differences or location_entry[1]:
        # Kept in extras: each column whose written value differs from the row, in column
        # order (the id comes before the groups, the other cells of the row after them).
        head = 1 if row_differences and row_differences[0][0] == "event_id_cnty" else 0
        extras += (*row_differences[:head], *date_entry[1], *types[2], *actor_differences,
                   *location_entry[1], *row_differences[head:])
    # Every value is checked and in its normal form: `unchecked_event` skips doing it again.
    return unchecked_event(
        id=event_id, date=date, acled_event_type=types[0], acled_sub_event_type=types[1],
        actor1=actor1, actor2=actor2, associated_actors1=associated1,
        associated_actors2=associated2, location=location, fatalities=fatalities,
        notes=notes_value, tags=tags_value, sources=sources, extras=extras,
    )


def _type_group(
    key: tuple[str, str, str], differences: Differences
) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """acled_event_type and acled_sub_event_type of a row's `_TYPE_GROUP` cells, and the
    differences from what is written for them."""
    _, event_type, sub_event_type = key
    types = _types_cache.get((event_type, sub_event_type))
    if types is None:
        types = _types(event_type, sub_event_type)
    return (*types, differences(key, _type_cells(*types)))


def _location_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[Location | None, list[tuple[str, str]]]:
    iso, _, country, admin1, admin2, admin3, name, lat, lon, precision, iso3 = key
    location = _location((name, country, iso, iso3, admin1, admin2, admin3, lat, lon, precision))
    written = _location_cells(location) if location is not None else _NO_LOCATION
    return location, differences(key, written)


def _actor_group(
    key: tuple[tuple[str, ...], str | None], inter_columns: tuple[bool, bool, bool],
    differences: Differences,
) -> tuple[Actor | None, Actor | None, tuple[Actor, ...], tuple[Actor, ...],
           list[tuple[str, str]]]:
    cells, place_country = key
    name1, assoc1, inter1, name2, assoc2, inter2, interaction, _ = cells
    actors_key = (name1, inter1, name2, inter2, interaction, inter_columns)
    actors = _actors_cache.get(actors_key)
    if actors is None:
        actors = _actors(actors_key)
    actor1, actor2 = actors
    associated1, associated2 = _associated(assoc1), _associated(assoc2)
    written = _actor_group_cells(actor1, actor2, associated1, associated2, place_country)
    return (actor1, actor2, associated1, associated2, differences(cells, written))


def _date_group(
    key: tuple[str, str, str], differences: Differences
) -> tuple[FuzzyDate | None, list[tuple[str, str]]]:
    event_date, _, precision = key
    date = _fuzzy_date(event_date, precision.strip())
    return date, differences(key, _date_cells(date, None))


_EXTRA_COLUMNS = frozenset({"source", "source_scale", "timestamp"})
_KNOWN = frozenset(COLUMNS)


def write(
    events: Iterable[Event],
    dest: Target,
    *,
    header: bool = True,
    safe_for_spreadsheets: bool = False,
    lineterminator: str = "\n",
) -> int:
    """Write events as an ACLED CSV file (header row, `COLUMNS` order); return the row count.

    Args:
        events: the events, streamed (any iterable).
        dest: a path (written atomically) or an open text file (opened with ``newline=""``).
        header: write the header row.
        safe_for_spreadsheets: off by default so no data change unless asked; when on, a cell
            that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
            tab or CR, and not a plain number) is prefixed with ``'``. Such a file no longer
            round-trips exactly.
        lineterminator: ``"\\n"`` (default) or ``"\\r\\n"``.
    """
    return write_table(
        (_cells(event) for event in events), dest,
        header=COLUMNS if header else None, delimiter=",", quoting=csv.QUOTE_MINIMAL,
        lineterminator=lineterminator, safe_for_spreadsheets=safe_for_spreadsheets,
    )


def _canonical_header(cells: list[str]) -> list[str]:
    names = [cell.strip().lstrip("\ufeff").lower() for cell in cells]
    return [_HEADER_ALIASES.get(name, name) for name in names]


def _records(src: ReadSource, encoding_errors: str) -> Iterator[Event | FormatError]:
    names: list[str] = []
    layouts: list[_Layout] = []

    def header(cells: list[str], _: str | None) -> None:
        names.extend(_canonical_header(cells))
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise FormatError(f"column {name!r} appears twice in the header", column=name)
            seen.add(name)
        missing = [name for name in _REQUIRED if name not in seen]
        if missing:
            raise FormatError(
                f"not an ACLED header: missing {', '.join(missing)} (got {cells[:5]!r}...)",
                column=missing[0],
            )
        layouts.append(_Layout(names))

    def build(cells: list[str], _: int) -> Event:
        if len(cells) != len(names):
            column = names[len(cells)] if len(cells) < len(names) else None
            raise FormatError(
                f"expected {len(names)} fields, got {len(cells)}", column=column
            )
        layout = layouts[0]
        if layout.pad:
            cells.append("")
        return _from_cells(cells, layout)

    return read_table(
        src, build, delimiter=",", quoting=csv.QUOTE_MINIMAL, encoding_errors=encoding_errors,
        header=header,
    )


def read(
    src: ReadSource, *, errors: Errors = "raise", encoding_errors: str = "strict"
) -> Reader[Event]:
    """Stream the events of an ACLED CSV file (a path or a text file opened with ``newline=""``).

    Args:
        src: where to read from.
        errors: ``"raise"`` on the first bad row (a `FormatError` naming file, line and
            column), ``"skip"`` to warn and go on, ``"collect"`` to go on silently; skipped
            rows are listed in the returned reader's ``errors``. A wrong header always raises.
        encoding_errors: ``"strict"`` or ``"replace"``.
    """
    return Reader(_records(src, encoding_errors), errors)


def crosswalk(event: Event) -> str | None:
    """The ACLED sub-event type of a CAMEO-coded event, from eventkit's documented crosswalk
    (``codebooks/data/cameo_to_acled.tsv``), or None when ACLED has no counterpart.

    >>> crosswalk(Event(cameo="195"))
    'Air/drone strike'
    """
    return acled_sub_event_type(event)
