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
from collections.abc import Iterable, Iterator, Mapping

from .._crosswalk import acled_sub_event_type
from .._errors import FormatError, InvalidValueError
from .._models import Actor, Event, FuzzyDate, Location, Source
from ..codebooks import acled_inter_codes, acled_interactions, acled_sub_event_types
from . import _countries
from ._io import Errors, Reader, Target
from ._io import Source as ReadSource
from ._tables import BoundedCache, keep_differences, model_error, read_table, write_table

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


def parse_date(text: str) -> dt.date:
    """Parse an ACLED ``event_date`` in any of the spellings ACLED has used.

    >>> parse_date("16 May 2025"), parse_date("16-Feb-19")
    (datetime.date(2025, 5, 16), datetime.date(2019, 2, 16))
    """
    text = text.strip()
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


def _date_cells(date: FuzzyDate | None, kept: str | None) -> tuple[str, str, str]:
    """event_date, year, time_precision."""
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


_IDENTITY = re.compile(r"\b(?:ethnic|communal|clan|tribal|caste|identity)\b", re.IGNORECASE)
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
    kind = actor.kind
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


def _cells(event: Event) -> list[str]:
    kept = dict(event.extras) if event.extras else {}
    location = event.location
    place_country = location.country if location is not None else None
    sub_event_type = event.acled_sub_event_type
    event_type = event.acled_event_type
    if sub_event_type is None and event_type is None and event.cameo is not None:
        sub_event_type = crosswalk(event)
    disorder = ""
    if sub_event_type is not None:
        record = acled_sub_event_types.lookup(sub_event_type)
        event_type, disorder = record.event_type, record.disorder_type
    actor1, actor2 = event.actor1, event.actor2
    inter1 = inter_code(actor1, place_country)
    inter2 = inter_code(actor2, place_country)
    if not _interaction:
        _load_inter()
    pair = (inter1, inter2) if inter1 <= inter2 or inter2 == 0 else (inter2, inter1)
    interaction = _interaction.get(pair, ("", ""))[1]
    date_text, year, precision = _date_cells(event.date, kept.get("event_date"))
    if location is not None:
        iso3 = location.country
        iso = _countries.iso_numeric(iso3) or "" if iso3 else ""
        region = _countries.acled_region(iso3) or "" if iso3 else ""
        country = _countries.acled_name(iso3) or "" if iso3 else ""
        cells_location = [
            iso, region, country, location.admin1 or "", location.admin2 or "",
            location.admin3 or "", location.name, _number(location.latitude),
            _number(location.longitude),
            str(location.geo_precision) if location.geo_precision else "",
        ]
    else:
        cells_location = ["", "", "", "", "", "", "", "", "", ""]
    source = "; ".join(s.publisher or s.url or s.id or "" for s in event.sources)
    cells = [
        event.id, date_text, year, precision, disorder, event_type or "", sub_event_type or "",
        acled_actor_name(actor1, place_country) if actor1 else "",
        "; ".join(a.name for a in event.associated_actors1),
        _inter_label.get(inter1, "") if inter1 else "",
        acled_actor_name(actor2, place_country) if actor2 else "",
        "; ".join(a.name for a in event.associated_actors2),
        _inter_label.get(inter2, "") if inter2 else "",
        interaction,
        "Civilians targeted" if actor2 is not None and actor2.kind == "civilians" else "",
        *cells_location,
        source, "", event.notes or "",
        str(event.fatalities) if event.fatalities is not None else "0",
        "; ".join(event.tags), "",
    ]
    if kept:
        for index, name in enumerate(COLUMNS):
            if name in kept and name != "event_date":
                cells[index] = kept[name]
    return cells


def to_row(event: Event) -> dict[str, str]:
    """The ACLED row of an event, as a dict in `COLUMNS` order (every value a string)."""
    return dict(zip(COLUMNS, _cells(event), strict=False))


def _float(text: str, column: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise FormatError(f"not a number: {text!r}", column=column) from None


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
_LOCATION_COLUMNS = ("location", "country", "iso", "iso3", "admin1", "admin2", "admin3",
                     "latitude", "longitude", "geo_precision")


def _location(row: Mapping[str, str]) -> Location | None:
    key = tuple(row.get(name, "") for name in _LOCATION_COLUMNS)
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
            latitude=_float(lat, "latitude"), longitude=_float(lon, "longitude"),
            geo_precision=_int(precision, "geo_precision", 1, 3),
        )
    except InvalidValueError as error:
        raise model_error(error, {"country": "country", "name": "location"}) from None
    return _location_cache.put(key, location)  # type: ignore[no-any-return]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def from_row(mapping: Mapping[str, str]) -> Event:
    """The `~eventkit.Event` of one ACLED row (a mapping of column name to text).

    Raises:
        FormatError: a code, date or number is not what ACLED writes; ``column`` names it.
    """
    row = mapping
    get = row.get
    event_type = get("event_type", "").strip()
    sub_event_type = get("sub_event_type", "").strip() or None
    if sub_event_type is not None and sub_event_type not in acled_sub_event_types:
        raise FormatError(f"unknown ACLED sub-event type {sub_event_type!r}",
                          column="sub_event_type")
    acled_event_type: str | None = event_type or None
    if event_type and event_type not in _EVENT_TYPES:
        if event_type not in LEGACY_EVENT_TYPES or sub_event_type is not None:
            raise FormatError(f"unknown ACLED event type {event_type!r}", column="event_type")
        acled_event_type = None
    inter1 = _parse_inter(get("inter1", ""), "inter1") if "inter1" in row else None
    inter2 = _parse_inter(get("inter2", ""), "inter2") if "inter2" in row else None
    if "interaction" in row:
        interaction = get("interaction", "")
        if interaction.strip() and not interaction.strip().isdigit():
            if not _interaction_labels:
                _load_inter()
            if interaction.strip().casefold() not in _interaction_labels:
                raise FormatError(f"unknown ACLED interaction {interaction!r}",
                                  column="interaction")
    actor1 = _actor(get("actor1", ""), inter1 if inter1 is not None else 3)
    actor2 = _actor(get("actor2", ""), inter2 if inter2 is not None else 3)
    fatalities = _int(get("fatalities", ""), "fatalities", 0)
    source = get("source", "")
    sources = tuple(Source(url=part) for part in _split(source) if part.startswith("http"))
    extras = [
        (name, value) for name, value in row.items()
        if value and (name in _EXTRA_COLUMNS or name not in _KNOWN)
    ]
    try:
        event = Event(
            id=get("event_id_cnty", "").strip(),
            date=_fuzzy_date(get("event_date", ""), get("time_precision", "").strip()),
            acled_event_type=acled_event_type,
            acled_sub_event_type=sub_event_type,
            actor1=actor1,
            actor2=actor2,
            associated_actors1=[
                a for a in (_actor(n, None) for n in _split(get("assoc_actor_1", ""))) if a
            ],
            associated_actors2=[
                a for a in (_actor(n, None) for n in _split(get("assoc_actor_2", ""))) if a
            ],
            location=_location(row),
            fatalities=fatalities,
            notes=get("notes"),
            tags=_split(get("tags", "")),
            sources=sources,
            extras=extras,
        )
    except InvalidValueError as error:
        raise model_error(error, _FIELD_COLUMNS) from None
    return keep_differences(event, row, COLUMNS, _cells(event))


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

    def build(cells: list[str], _: int) -> Event:
        if len(cells) != len(names):
            column = names[len(cells)] if len(cells) < len(names) else None
            raise FormatError(
                f"expected {len(names)} fields, got {len(cells)}", column=column
            )
        return from_row(dict(zip(names, cells, strict=False)))

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
