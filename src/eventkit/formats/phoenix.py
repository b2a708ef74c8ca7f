"""Phoenix event data (the OEDA Phoenix pipeline's 26 tab-separated columns, no header) and
PETRARCH-2's tab-separated output (7 to 13 columns a line: the URL column only exists when the
story had a URL, and actor/event text columns follow when configured).

Phoenix names no actors, only CAMEO codes: an actor read from Phoenix is named by its code.
``QuadClass`` is Phoenix's five-way class (0 for roots 01-02; root 16 is verbal conflict).
As for every table format, columns without a model field and values that differ from what
would be derived are kept in ``Event.extras`` under the column name.

>>> from eventkit import Event
>>> from eventkit.formats import phoenix
>>> phoenix.to_row(Event(id="1_v0.1.0", cameo="010"))["QuadClass"]
'0'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping

from .._errors import FormatError, InvalidValueError
from .._models import Actor, Event, Location, Source
from .._validators import is_country
from ..codebooks import cameo_events
from . import _countries
from ._io import Errors, Reader, Target
from ._io import Source as ReadSource
from ._tables import (
    BoundedCache,
    keep_differences,
    kept_values,
    model_error,
    optional_float,
    read_table,
    write_tsv,
    yyyymmdd,
)

__all__ = [
    "COLUMNS",
    "PETRARCH_COLUMNS",
    "from_petrarch_row",
    "from_row",
    "read",
    "read_petrarch",
    "to_petrarch_row",
    "to_row",
    "write",
    "write_petrarch",
]

#: The 26 columns of a Phoenix file (``events.full.YYYYMMDD.txt``), in order.
COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
    "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
)

#: PETRARCH-2 output columns when all are present (``url`` only when the story had one).
PETRARCH_COLUMNS: tuple[str, ...] = (
    "date", "source", "target", "event_code", "issues", "ids", "url", "story_source",
    "source_actor_text", "target_actor_text", "event_text", "source_actor_root",
    "target_actor_root",
)

_ENTITIES = frozenset({"IGO", "NGO", "IMG", "MNC"})
_ROLES = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS",
                    "CRM", "CVL"})
_ROLE_KINDS = {"GOV": "government", "MIL": "military", "REB": "rebel", "OPP": "party",
               "PTY": "party", "COP": "police", "JUD": "government", "SPY": "government",
               "MED": "media", "BUS": "organization", "CVL": "civilians", "CRM": "unknown",
               "EDU": "organization"}
# PETRARCH writes "---" for an agent's unknown owner ("---GOV": some government).
_CODE = re.compile(r"(?:[A-Z0-9]{3}|---[A-Z0-9]{3})(?:[A-Za-z0-9]{3})*")


def _quad(root: str, quad_class: int) -> str:
    if root in ("01", "02"):
        return "0"
    if root == "16":
        return "3"
    return str(quad_class)


def _split_code(code: str) -> tuple[str, str, str]:
    """Entity (country or IGO/NGO/IMG/MNC), role (GOV, MIL...) and the other 3-char codes."""
    blocks = [code[index:index + 3] for index in range(0, len(code), 3)]
    entity = blocks[0] if blocks and (blocks[0] in _ENTITIES or is_country(blocks[0])) else ""
    unknown = bool(blocks) and blocks[0] == "---"  # the owner's place, held by no one
    role = blocks[1] if len(blocks) > 1 and blocks[1] in _ROLES else ""
    start = (1 if entity or unknown else 0) + (1 if role else 0)
    others = ";".join(blocks[start:]) if len(blocks) > start else ""
    return entity, role, others


def _actor_cells(actor: Actor | None) -> list[str]:
    if actor is None:
        return ["", "", "", ""]
    code = actor.cameo or ""
    return [code, *_split_code(code)] if code else ["", "", "", ""]


def _cells(event: Event) -> list[str]:
    date = event.date
    day = None
    if date is not None and date.start is not None:
        day = date.start if date.precision == "day" else date.midpoint
    if day is not None:
        date_cells = [f"{day.year:04d}{day.month:02d}{day.day:02d}", str(day.year),
                      str(day.month), str(day.day)]
    else:
        date_cells = ["", "", "", ""]
    record = event.cameo_code
    code_cells = (
        [record.code, record.root, _quad(record.root, record.quad_class), str(record.goldstein)]
        if record is not None else ["", "", "", ""]
    )
    location = event.location
    if location is not None:
        iso3 = location.country
        place = [
            "" if location.latitude is None else str(location.latitude),
            "" if location.longitude is None else str(location.longitude),
            location.name, location.admin1 or "", iso3 or "",
        ]
    else:
        place = ["", "", "", "", ""]
    cells = [
        event.id, *date_cells, *_actor_cells(event.actor1), *_actor_cells(event.actor2),
        *code_cells, "", *place, "",
        ";".join(s.url for s in event.sources if s.url),
        ";".join(s.publisher for s in event.sources if s.publisher),
    ]
    return kept_values(cells, event.extras, _INDEX)


_INDEX = {name: index for index, name in enumerate(COLUMNS)}


def to_row(event: Event) -> dict[str, str]:
    """The Phoenix row of an event, as a dict in `COLUMNS` order."""
    return dict(zip(COLUMNS, _cells(event), strict=False))


_actor_cache = BoundedCache(8192)


def _actor(code: str, column: str) -> Actor | None:
    code = code.strip()
    if not code or code.strip("-") == "":
        return None
    cached = _actor_cache.get(code)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not _CODE.fullmatch(code):
        raise FormatError(f"not a CAMEO actor code: {code!r}", column=column)
    entity, role, _ = _split_code(code)
    country = entity if entity and is_country(entity) else None
    kind = _ROLE_KINDS.get(role) or (
        "igo" if entity == "IGO" else "ngo" if entity == "NGO"
        else "organization" if entity == "MNC" else "state" if country else "unknown"
    )
    actor = Actor(name=code, kind=kind, country=country, cameo=code)  # type: ignore[arg-type]
    return _actor_cache.put(code, actor)  # type: ignore[no-any-return]


def _code(text: str, column: str) -> str | None:
    text = text.strip()
    if text and text not in cameo_events:
        raise FormatError(f"unknown CAMEO event code {text!r}", column=column)
    return text or None


def from_row(mapping: Mapping[str, str]) -> Event:
    """The `~eventkit.Event` of one Phoenix row (a mapping of column name to text)."""
    row = mapping
    get = row.get
    lat, lon = optional_float(get("Lat", ""), "Lat"), optional_float(get("Lon", ""), "Lon")
    name, state, country = get("LocationName", ""), get("StateName", ""), get("CountryCode", "")
    location = None
    if lat is not None or name.strip() or state.strip() or country.strip():
        iso3 = country.strip().upper() if is_country(country.strip().upper()) else (
            _countries.iso3_from_acled_name(country) if country.strip() else None
        )
        try:
            location = Location(
                name=name.strip() or state.strip() or country.strip() or f"{lat},{lon}",
                admin1=state, country=iso3, latitude=lat, longitude=lon,
            )
        except InvalidValueError as error:
            raise model_error(error, {"latitude": "Lat", "longitude": "Lon"}) from None
    urls = [url for url in get("URLs", "").split(";") if url.strip()]
    publishers = [name for name in get("NewsSources", "").split(";") if name.strip()]
    if len(urls) == len(publishers):
        sources = tuple(Source(url=u, publisher=p) for u, p in zip(urls, publishers, strict=False))
    else:
        sources = tuple(Source(url=u) for u in urls)
    try:
        event = Event(
            id=get("EventID", ""),
            date=yyyymmdd(get("Date", ""), "Date"),
            cameo=_code(get("EventCode", ""), "EventCode"),
            actor1=_actor(get("SourceActorFull", ""), "SourceActorFull"),
            actor2=_actor(get("TargetActorFull", ""), "TargetActorFull"),
            location=location,
            sources=sources,
        )
    except InvalidValueError as error:
        raise model_error(error, {"cameo": "EventCode"}) from None
    return keep_differences(event, row, COLUMNS, _cells(event))


def write(events: Iterable[Event], dest: Target, *, safe_for_spreadsheets: bool = False) -> int:
    """Write events as a Phoenix file (26 tab-separated columns, no header)."""
    return write_tsv((_cells(event) for event in events), dest, columns=COLUMNS,
                     safe_for_spreadsheets=safe_for_spreadsheets)


def _build(cells: list[str], _: int) -> Event:
    if len(cells) != len(COLUMNS):
        raise FormatError(
            f"expected {len(COLUMNS)} fields, got {len(cells)}",
            column=COLUMNS[len(cells)] if len(cells) < len(COLUMNS) else None,
        )
    return from_row(dict(zip(COLUMNS, cells, strict=False)))


def read(
    src: ReadSource, *, errors: Errors = "raise", encoding_errors: str = "strict"
) -> Reader[Event]:
    """Stream the events of a Phoenix file; ``errors`` as in `eventkit.formats.acled.read`."""
    return Reader(
        read_table(src, _build, delimiter="\t", quoting=csv.QUOTE_NONE,
                   encoding_errors=encoding_errors),
        errors,
    )


# --- PETRARCH-2 output -------------------------------------------------------------------------

_OPTIONAL = {
    0: (), 1: ("event_text",), 2: ("source_actor_text", "target_actor_text"),
    3: ("source_actor_text", "target_actor_text", "event_text"),
    4: ("source_actor_text", "target_actor_text", "source_actor_root", "target_actor_root"),
    5: ("source_actor_text", "target_actor_text", "event_text", "source_actor_root",
        "target_actor_root"),
}


def _petrarch_names(cells: list[str]) -> tuple[str, ...]:
    has_url = len(cells) > 6 and ("://" in cells[6] or cells[6].startswith("www."))
    base = PETRARCH_COLUMNS[:8] if has_url else (*PETRARCH_COLUMNS[:6], "story_source")
    optional = _OPTIONAL.get(len(cells) - len(base))
    if optional is None:
        raise FormatError(f"expected 7 to 13 fields, got {len(cells)}")
    return (*base, *optional)


def _petrarch_actor(actor: Actor | None) -> str:
    return (actor.cameo or "---") if actor is not None else "---"


def to_petrarch_row(event: Event) -> dict[str, str]:
    """The PETRARCH-2 output row of an event (the ``url`` key only when the event has one)."""
    kept = dict(event.extras)
    date = event.date
    day = (date.start if date.precision == "day" else date.midpoint) if date else None
    url = kept.get("url") or (event.sources[0].url if event.sources else None)
    row = {
        "date": day.strftime("%Y%m%d") if day else "",
        "source": _petrarch_actor(event.actor1), "target": _petrarch_actor(event.actor2),
        "event_code": event.cameo or "", "issues": "", "ids": event.id,
    }
    if url:
        row["url"] = url
    row["story_source"] = (
        event.sources[0].publisher if event.sources and event.sources[0].publisher else "NULL"
    )
    for name in PETRARCH_COLUMNS[8:]:
        if name in kept:
            row[name] = kept[name]
    for name, value in kept.items():
        if name in row:
            row[name] = value
    return row


def from_petrarch_row(mapping: Mapping[str, str]) -> Event:
    """The `~eventkit.Event` of one PETRARCH-2 output row."""
    get = mapping.get
    url = get("url", "")
    publisher = get("story_source", "")
    sources = (
        (Source(url=url or None, publisher=None if publisher == "NULL" else publisher),)
        if url or (publisher and publisher != "NULL") else ()
    )
    try:
        event = Event(
            id=get("ids", ""),
            date=yyyymmdd(get("date", ""), "date"),
            cameo=_code(get("event_code", ""), "event_code"),
            actor1=_actor(get("source", ""), "source"),
            actor2=_actor(get("target", ""), "target"),
            sources=sources,
            extras=[(name, value) for name, value in mapping.items()
                    if name in PETRARCH_COLUMNS[8:] or (name == "issues" and value)],
        )
    except InvalidValueError as error:
        raise model_error(error, {"cameo": "event_code"}) from None
    written = to_petrarch_row(event)
    names = tuple(mapping)
    return keep_differences(event, mapping, names, [written.get(name, "") for name in names])


def write_petrarch(
    events: Iterable[Event], dest: Target, *, safe_for_spreadsheets: bool = False
) -> int:
    """Write events in PETRARCH-2's tab-separated output layout (no header)."""
    return write_tsv(
        (list(to_petrarch_row(event).values()) for event in events), dest,
        columns=PETRARCH_COLUMNS, safe_for_spreadsheets=safe_for_spreadsheets,
    )


def _build_petrarch(cells: list[str], _: int) -> Event:
    return from_petrarch_row(dict(zip(_petrarch_names(cells), cells, strict=False)))


def read_petrarch(
    src: ReadSource, *, errors: Errors = "raise", encoding_errors: str = "strict"
) -> Reader[Event]:
    """Stream the events of a PETRARCH-2 output file.

    A line's width says which optional columns it has: the URL column is recognised by its
    ``://``; 2 extra columns are the actor texts, 3 add the event text, 4 are actor texts and
    roots, 5 all of them.
    """
    return Reader(
        read_table(src, _build_petrarch, delimiter="\t", quoting=csv.QUOTE_NONE,
                   encoding_errors=encoding_errors),
        errors,
    )
