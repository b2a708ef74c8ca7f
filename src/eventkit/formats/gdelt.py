"""GDELT event tables: the 61-column GDELT 2.0 export (tab-separated, no header), and the
57/58-column GDELT 1.0 layout for reading (and, on request, writing).

Actor codes are decomposed into country, known-group, ethnic, religion and type fields;
``QuadClass`` and ``GoldsteinScale`` come from the CAMEO codebook; the action location is the
event's `~eventkit.Location` (``*Geo_CountryCode`` is a FIPS 10-4 code, not ISO: it is
converted both ways). Columns the model has no field for (``NumMentions``, ``AvgTone``,
``DATEADDED``, the actor geo blocks...) are kept in ``Event.extras`` under their column name,
as is any value that differs from what would be derived, so ``write(read(f))`` reproduces f.

>>> from eventkit import Event
>>> from eventkit.formats import gdelt
>>> row = gdelt.to_row(Event(id="1", cameo="190"))
>>> row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]
('19', '4', '-10.0')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

from .._errors import FormatError, InvalidValueError
from .._models import Actor, Event, FuzzyDate, Location, Source, unchecked_event
from .._validators import is_country
from ..codebooks import (
    cameo_actor_types,
    cameo_countries,
    cameo_ethnic_groups,
    cameo_events,
    cameo_known_groups,
    cameo_religions,
)
from . import _countries
from ._io import Errors, Reader, Target
from ._io import Source as ReadSource
from ._tables import (
    BoundedCache,
    ColumnGroup,
    Differences,
    column_getter,
    kept_values,
    model_error,
    read_table,
    write_tsv,
    yyyymmdd,
)

__all__ = ["COLUMNS", "COLUMNS_V1", "decompose", "from_row", "read", "to_row", "write"]


def _actor_columns(prefix: str) -> tuple[str, ...]:
    return tuple(
        f"{prefix}{name}" for name in (
            "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
            "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
        )
    )


def _geo_columns(prefix: str) -> tuple[str, ...]:
    return tuple(
        f"{prefix}Geo_{name}" for name in (
            "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
        )
    )


#: The 61 columns of the GDELT 2.0 event table, in order.
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns("Actor1"), *_actor_columns("Actor2"),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_columns("Actor1"), *_geo_columns("Actor2"), *_geo_columns("Action"),
    "DATEADDED", "SOURCEURL",
)
#: The 58 columns of GDELT 1.0 (no ``*Geo_ADM2Code``); the 1979-2013 backfile drops SOURCEURL.
COLUMNS_V1: tuple[str, ...] = tuple(name for name in COLUMNS if not name.endswith("ADM2Code"))
_V1_KEEP = tuple(index for index, name in enumerate(COLUMNS) if not name.endswith("ADM2Code"))

_GEO_TYPES = {"COUNTRY": 1, "USSTATE": 2, "USCITY": 3, "WORLDCITY": 4, "WORLDSTATE": 5}
_GEO_NAMES = {str(number): name for name, number in _GEO_TYPES.items()}
_GEO_PRECISION = {"1": 3, "2": 3, "3": 1, "4": 1, "5": 3}
_TYPE_KINDS = {
    "GOV": "government", "MIL": "military", "COP": "police", "REB": "rebel", "INS": "rebel",
    "SEP": "rebel", "OPP": "party", "PTY": "party", "CVL": "civilians", "REF": "civilians",
    "MED": "media", "NGO": "ngo", "NGM": "ngo", "IGO": "igo", "BUS": "organization",
    "MNC": "organization", "JUD": "government", "LEG": "government", "SPY": "government",
    "UAF": "militia", "ELI": "person",
}
_FIELD_COLUMNS = {"cameo": "EventCode", "latitude": "ActionGeo_Lat",
                  "longitude": "ActionGeo_Long", "country": "ActionGeo_CountryCode",
                  "name": "ActionGeo_FullName"}


def decompose(code: str) -> tuple[str, str, str, str, str, str, str, str]:
    """Split a CAMEO actor code as GDELT does: country, known group, ethnic, religion 1 and 2,
    type 1 to 3.

    >>> decompose("IRNMIL")
    ('IRN', '', '', '', '', 'MIL', '', '')
    """
    blocks = [code[index:index + 3] for index in range(0, len(code), 3)]
    country = group = ethnic = ""
    religions: list[str] = []
    types: list[str] = []
    if blocks and blocks[0] in cameo_countries:
        country = blocks.pop(0)
    for block in blocks:
        if block.islower():  # ethnic codes are the lower-case ones
            if not ethnic and block in cameo_ethnic_groups:
                ethnic = block
        elif block in cameo_actor_types and len(types) < 3:
            types.append(block)
        elif not group and block in cameo_known_groups:
            group = block
        elif block in cameo_religions and len(religions) < 2:
            religions.append(block)
    religions += [""] * (2 - len(religions))
    types += [""] * (3 - len(types))
    return (country, group, ethnic, religions[0], religions[1], types[0], types[1], types[2])


_decomposed = BoundedCache(4096)

# Derived cells of shared sub-objects (the reader's caches hand out the same Actor, Location and
# FuzzyDate to every row with the same cells), keyed by identity: a hit costs no hashing of the
# object's fields. Each entry holds its object, so its id cannot be reused while it lives.
_actor_cells_cache = BoundedCache(8192)
_geo_cells_cache = BoundedCache(8192)
_date_cells_cache = BoundedCache(4096)
_code_cells = BoundedCache(1024)


def _actor_cells(actor: Actor | None) -> tuple[str, ...]:
    if actor is None:
        return _NO_ACTOR
    entry = _actor_cells_cache.get(id(actor))
    if entry is not None and entry[0] is actor:
        return entry[1]  # type: ignore[no-any-return]
    code = actor.cameo or ""
    parts = _decomposed.get(code)
    if parts is None:
        parts = _decomposed.put(code, decompose(code))
    cells = (code, actor.name.upper(), *parts)
    _actor_cells_cache.put(id(actor), (actor, cells))
    return cells


_NO_ACTOR = ("", "", "", "", "", "", "", "", "", "")


def _geo_cells(location: Location | None) -> tuple[str, ...]:
    if location is None:
        return _EMPTY_GEO
    entry = _geo_cells_cache.get(id(location))
    if entry is not None and entry[0] is location:
        return entry[1]  # type: ignore[no-any-return]
    iso3 = location.country
    fips = (_countries.iso3_to_fips(iso3) or "") if iso3 else ""
    geo_type = _GEO_TYPES.get(location.kind or "")
    if geo_type is None:
        us = iso3 == "USA"
        if location.geo_precision in (1, 2):
            geo_type = 3 if us else 4
        elif location.geo_precision == 3:
            geo_type = 2 if us else 5
        else:
            geo_type = 4 if location.latitude is not None else 1
    cells = (
        str(geo_type), location.name, fips, fips if geo_type == 1 else "", "",
        "" if location.latitude is None else str(location.latitude),
        "" if location.longitude is None else str(location.longitude),
        location.feature_id or "",
    )
    _geo_cells_cache.put(id(location), (location, cells))
    return cells


_EMPTY_GEO = ("0", "", "", "", "", "", "", "")


def _date_cells(date: FuzzyDate | None) -> tuple[str, ...]:
    if date is None:
        return _NO_DATE
    entry = _date_cells_cache.get(id(date))
    if entry is not None and entry[0] is date:
        return entry[1]  # type: ignore[no-any-return]
    day = None
    if date.start is not None:
        day = date.start if date.precision == "day" else date.midpoint
    if day is not None:
        cells: tuple[str, ...] = (
            f"{day.year:04d}{day.month:02d}{day.day:02d}", f"{day.year:04d}{day.month:02d}",
            str(day.year), str(round(day.year + ((day.month - 1) * 30 + day.day) / 365, 4)),
        )
    else:
        cells = _NO_DATE
    _date_cells_cache.put(id(date), (date, cells))
    return cells


_NO_DATE = ("", "", "", "")


def _cameo_cells(cameo: str | None) -> tuple[str, ...]:
    """EventCode, EventBaseCode, EventRootCode, QuadClass and GoldsteinScale of a code."""
    if cameo is None:
        return _NO_CODE
    cells = _code_cells.get(cameo)
    if cells is None:
        record = cameo_events.get(cameo)
        cells = _NO_CODE if record is None else (
            record.code, record.base, record.root, str(record.quad_class), str(record.goldstein)
        )
        _code_cells.put(cameo, cells)
    return cells


_NO_CODE = ("", "", "", "", "")


def _derived(
    event_id: str, date: FuzzyDate | None, cameo: str | None, actor1: Actor | None,
    actor2: Actor | None, location: Location | None, source: str,
) -> list[str]:
    """The cells of an event with these values and no extras."""
    return [
        event_id, *_date_cells(date), *_actor_cells(actor1), *_actor_cells(actor2),
        "", *_cameo_cells(cameo), "", "", "", "", *_EMPTY_GEO, *_EMPTY_GEO,
        *_geo_cells(location), "", source,
    ]


def _cells(event: Event) -> list[str]:
    sources = event.sources
    cells = _derived(
        event.id, event.date, event.cameo, event.actor1, event.actor2, event.location,
        sources[0].url or "" if sources else "",
    )
    return kept_values(cells, event.extras, _INDEX)


_INDEX = {name: index for index, name in enumerate(COLUMNS)}


def to_row(event: Event) -> dict[str, str]:
    """The GDELT 2.0 row of an event, as a dict in `COLUMNS` order (every value a string)."""
    return dict(zip(COLUMNS, _cells(event), strict=False))


def _float(text: str, column: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FormatError(f"not a number: {text!r}", column=column) from None


def _check_int(text: str, column: str) -> None:
    if text and not (text.isdigit() or (text[0] == "-" and text[1:].isdigit())):
        raise FormatError(f"not an integer: {text!r}", column=column)


_actor_cache = BoundedCache(8192)
# The models' shape of an actor code, PETRARCH's "---GOV" (unknown owner) included.
_MODEL_CODE = re.compile(r"(?:[A-Z0-9]{3}|---[A-Z0-9]{3})(?:[A-Za-z0-9]{3})*")


def _actor(code: str, name: str, country: str, type1: str) -> Actor | None:
    """The actor of a row's ``*Code``, ``*Name``, ``*CountryCode`` and ``*Type1Code`` cells."""
    key = (code, name, country, type1)
    cached = _actor_cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not code.strip() and not name.strip():
        return None
    kind = _TYPE_KINDS.get(type1) or ("state" if country and not type1 else "unknown")
    cameo = code.strip() or None
    if cameo is not None and not _MODEL_CODE.fullmatch(cameo):
        cameo = None  # e.g. an ethnic code alone ("chr"): kept in extras, as written
    actor = Actor(
        name=name.strip() or code.strip(), kind=kind,  # type: ignore[arg-type]
        country=country if country and is_country(country) else None, cameo=cameo,
    )
    return _actor_cache.put(key, actor)  # type: ignore[no-any-return]


def _actors(*cells: str) -> tuple[Actor | None, Actor | None]:
    """Actor1 and Actor2 of a row's Code, Name, CountryCode and Type1Code cells of each."""
    return (_actor(*cells[:4]), _actor(*cells[4:]))


_sources = BoundedCache(4096)  # a GDELT file lists several events of one article in a row


def _source(url: str) -> Source:
    source = _sources.get(url)
    if source is None:
        source = _sources.put(url, Source(url=url))
    return source  # type: ignore[no-any-return]


_location_cache = BoundedCache(8192)


def _location(key: tuple[str, ...]) -> Location | None:
    """The location of a row's ``ActionGeo_*`` Type, FullName, CountryCode, Lat, Long and
    FeatureID cells."""
    cached = _location_cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    geo_type, name, fips, lat, lon, feature = key
    if geo_type in ("", "0") and not name:
        return None
    if geo_type not in _GEO_NAMES and geo_type not in ("", "0"):
        raise FormatError(f"Geo_Type must be 0 to 5 (got {geo_type!r})", column="ActionGeo_Type")
    try:
        location = Location(
            name=name or fips or "unknown",
            country=_countries.fips_to_iso3(fips) if fips else None,
            latitude=_float(lat, "ActionGeo_Lat"), longitude=_float(lon, "ActionGeo_Long"),
            geo_precision=_GEO_PRECISION.get(geo_type), kind=_GEO_NAMES.get(geo_type),
            feature_id=feature,
        )
    except InvalidValueError as error:
        raise model_error(error, _FIELD_COLUMNS) from None
    return _location_cache.put(key, location)  # type: ignore[no-any-return]


_date_cache = BoundedCache(4096)


def _date(text: str) -> FuzzyDate | None:
    cached = _date_cache.get(text)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not text:
        return None
    return _date_cache.put(text, yyyymmdd(text, "SQLDATE"))  # type: ignore[no-any-return]


# The row is read in groups of columns. Each group but the last is checked and parsed once per
# distinct set of cells (per layout): what it parses to, and the columns where what `write`
# would write differs from the row (kept in extras, so that nothing is lost), come from a cache.
_DATE_GROUP = ("SQLDATE", "MonthYear", "Year", "FractionDate")
_ACTOR_GROUP = (*_actor_columns("Actor1"), *_actor_columns("Actor2"))
_CODE_GROUP = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
               "GoldsteinScale")
_ACTOR_GEO_GROUP = (*_geo_columns("Actor1"), *_geo_columns("Actor2"))
_ACTION_GEO_GROUP = _geo_columns("Action")
# The cells of each row.
_ROW_GROUP = ("GLOBALEVENTID", "NumMentions", "NumSources", "NumArticles", "AvgTone",
              "DATEADDED", "SOURCEURL")


class _Layout:
    """Where the columns of one layout (2.0, 1.0, or a mapping's keys) sit in a row, so that a
    row is read by position rather than through a dict built for each row, and the caches of
    the groups' cells for this layout. A column the layout lacks reads as "": the row then gets
    one empty cell past its end (``pad``), and is never compared.
    """

    __slots__ = ("action_geo", "actor_geo", "actors", "codes", "dates", "has_id", "pad", "row")

    def __init__(self, names: Sequence[str]) -> None:
        index = {name: position for position, name in enumerate(names)}
        self.pad = any(name not in index for name in COLUMNS)
        self.dates = ColumnGroup(_DATE_GROUP, index, 4096)
        self.actors = ColumnGroup(_ACTOR_GROUP, index, 8192)
        self.codes = ColumnGroup(_CODE_GROUP, index, 1024)
        self.actor_geo = ColumnGroup(_ACTOR_GEO_GROUP, index, 8192)
        self.action_geo = ColumnGroup(_ACTION_GEO_GROUP, index, 8192)
        self.row = column_getter(_ROW_GROUP, index)
        self.has_id = "GLOBALEVENTID" in index


_layouts = BoundedCache(64)


def _layout(names: tuple[str, ...]) -> _Layout:
    layout = _layouts.get(names)
    if layout is None:
        layout = _layouts.put(names, _Layout(names))
    return layout  # type: ignore[no-any-return]


def from_row(mapping: Mapping[str, str]) -> Event:
    """The `~eventkit.Event` of one GDELT row (a mapping of column name to text; 2.0 or 1.0
    names).

    Raises:
        FormatError: a code, date or number is not what GDELT writes; ``column`` names it.
    """
    return _from_cells([*mapping.values(), ""], _layout(tuple(mapping)))


def _check_numbers(cells: Sequence[str], ints: Sequence[str], floats: Sequence[str]) -> None:
    """Check the cells of these columns (named in ``ints`` or ``floats``, in that order)."""
    try:
        joined = "".join(cells[: len(ints)])
    except TypeError:  # not text (a mapping given to `from_row`): check cell by cell
        joined = None
    if joined is None or (joined and not joined.isdigit()):  # else all empty or digits
        for name, text in zip(ints, cells, strict=False):
            _check_int(text, name)
    for name, text in zip(floats, cells[len(ints):], strict=False):
        if text:
            _float(text, name)


def _from_cells(cells: list[str], layout: _Layout) -> Event:
    """The event of one row's cells (``layout.pad``: with an empty cell past the end)."""
    id_cell, mentions, sources_cell, articles, tone, added, url = layout.row(cells)
    try:  # the usual case, at once: numbers or empty cells
        digits = (mentions + sources_cell + articles + added).isdigit() or not (
            mentions or sources_cell or articles or added
        )
        if tone:
            float(tone)
    except (TypeError, ValueError):  # a cell that is not text (`from_row`), or not a number
        digits = False
    if not digits:
        _check_numbers((mentions, sources_cell, articles, added, tone), _ROW_INTS, ("AvgTone",))
    try:
        codes = layout.codes.parsed(cells, _code_group)
        dates = layout.dates.parsed(cells, _date_group)
        actors = layout.actors.parsed(cells, _actor_group)
        actor_geo = layout.actor_geo.parsed(cells, _actor_geo_group)
        places = layout.action_geo.parsed(cells, _action_geo_group)
    except InvalidValueError as error:
        raise model_error(error, _FIELD_COLUMNS) from None
    date, cameo, actor1, actor2, location = dates[0], codes[0], actors[0], actors[1], places[0]
    sources = (_source(url),) if url else ()
    event_id = id_cell or Event(  # an empty id is derived from the content, by `Event`
        date=date, cameo=cameo, actor1=actor1, actor2=actor2, location=location, sources=sources
    ).id
    # Kept in extras: each column whose written value differs from the row, in column order.
    # Of the row's own cells, the event holds the id and the url; the counts, the tone and
    # DATEADDED are written empty.
    extras = (
        *((("GLOBALEVENTID", id_cell),) if id_cell != event_id and layout.has_id else ()),
        *dates[1], *actors[2], *codes[1],
        *(() if not (mentions or sources_cell or articles or tone) else [
            pair for pair in zip(_COUNT_COLUMNS, (mentions, sources_cell, articles, tone),
                                 strict=True) if pair[1]
        ]),
        *actor_geo[0], *places[1],
        *((("DATEADDED", added),) if added else ()),
        *((("SOURCEURL", url),) if sources and sources[0].url != url else ()),
    )
    # Every value is checked and in its normal form: `unchecked_event` skips doing it again.
    return unchecked_event(id=event_id, date=date, cameo=cameo, actor1=actor1, actor2=actor2,
                           location=location, sources=sources, extras=extras)


_COUNT_COLUMNS = ("NumMentions", "NumSources", "NumArticles", "AvgTone")
_ROW_INTS = ("NumMentions", "NumSources", "NumArticles", "DATEADDED")


def _code_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[str | None, list[tuple[str, str]]]:
    """The CAMEO code of a row's `_CODE_GROUP` cells (checked), and the differences from what
    is written for it."""
    root_event, code, _, _, quad_class, goldstein = key
    _check_numbers((root_event, quad_class, goldstein), ("IsRootEvent", "QuadClass"),
                   ("GoldsteinScale",))
    if code and code not in cameo_events:
        raise FormatError(f"unknown CAMEO event code {code!r}", column="EventCode")
    cameo = (code.strip() or None) if code else None  # what `Event.cameo` will hold
    return cameo, differences(key, ("", *_cameo_cells(cameo)))


def _date_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[FuzzyDate | None, list[tuple[str, str]]]:
    sqldate, _, _, fraction = key
    _check_numbers((fraction,), (), ("FractionDate",))
    date = _date(sqldate)
    return date, differences(key, _date_cells(date))


def _actor_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[Actor | None, Actor | None, list[tuple[str, str]]]:
    actor1, actor2 = _actors(*key[0:3], key[7], *key[10:13], key[17])
    return actor1, actor2, differences(key, (*_actor_cells(actor1), *_actor_cells(actor2)))


def _actor_geo_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[list[tuple[str, str]]]:
    """The differences of a row's actor geo blocks from what is written (nothing: eventkit
    places the event, not its actors), once their numbers are checked."""
    _check_numbers(
        (key[0], key[8], key[5], key[6], key[13], key[14]),
        ("Actor1Geo_Type", "Actor2Geo_Type"),
        ("Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat", "Actor2Geo_Long"),
    )
    return (differences(key, _EMPTY_GEO + _EMPTY_GEO),)  # a tuple: a cache entry is never falsy


def _action_geo_group(
    key: tuple[str, ...], differences: Differences
) -> tuple[Location | None, list[tuple[str, str]]]:
    geo_type, name, fips, _, _, lat, lon, feature = key
    location = _location((geo_type, name, fips, lat, lon, feature))
    return location, differences(key, _geo_cells(location))


def write(
    events: Iterable[Event],
    dest: Target,
    *,
    version: Literal[1, 2] = 2,
    safe_for_spreadsheets: bool = False,
) -> int:
    """Write events as a GDELT event table (tab-separated, no header); return the row count.

    Args:
        version: 2 (default) for the 61 columns of GDELT 2.0, 1 for the 58 of GDELT 1.0
            (57, without SOURCEURL, for rows added before 2013-04-01 with no URL, as in
            GDELT's 1979-2013 backfile).
        safe_for_spreadsheets: off by default; when on, cells a spreadsheet would run as
            formulas get a leading ``'`` (see `eventkit.formats.acled.write`).

    Raises:
        FormatError: a value holds a tab or a line break, which the format cannot carry.
    """
    if version == 2:
        rows: Iterable[list[str]] = (_cells(event) for event in events)
        columns = COLUMNS
    else:
        rows = (_v1(cells) for cells in map(_cells, events))
        columns = COLUMNS_V1
    return write_tsv(rows, dest, columns=columns, safe_for_spreadsheets=safe_for_spreadsheets)


def _v1(cells: list[str]) -> list[str]:
    # The 1.0 backfile (added before 2013-04-01) has no SOURCEURL column: 57 fields.
    row = [cells[index] for index in _V1_KEEP]
    if not row[-1] and row[-2] and row[-2] < "20130401":
        row.pop()
    return row


def _build(cells: list[str], _: int) -> Event:
    size = len(cells)
    if size == 61:
        layout = _LAYOUT_V2
    elif size in (57, 58):
        layout = _LAYOUT_V1 if size == 58 else _LAYOUT_V1_NO_URL
    else:
        layout = None
    if layout is not None:
        if layout.pad:
            cells.append("")
        return _from_cells(cells, layout)
    raise FormatError(
        f"expected 61 fields (GDELT 2.0) or 57/58 (GDELT 1.0), got {size}",
        column=COLUMNS[size] if size < 61 else None,
    )


_LAYOUT_V2 = _Layout(COLUMNS)
_LAYOUT_V1 = _Layout(COLUMNS_V1)
_LAYOUT_V1_NO_URL = _Layout(COLUMNS_V1[:57])


def _records(src: ReadSource, encoding_errors: str) -> Iterator[Event | FormatError]:
    return read_table(src, _build, delimiter="\t", quoting=csv.QUOTE_NONE,
                      encoding_errors=encoding_errors)


def read(
    src: ReadSource, *, errors: Errors = "raise", encoding_errors: str = "strict"
) -> Reader[Event]:
    """Stream the events of a GDELT 2.0 or 1.0 event file (each row's width tells which).

    Args:
        errors: ``"raise"``, ``"skip"`` or ``"collect"``, as in `eventkit.formats.acled.read`.
        encoding_errors: ``"strict"`` or ``"replace"``.
    """
    return Reader(_records(src, encoding_errors), errors)
