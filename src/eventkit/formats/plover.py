"""PLOVER / POLECAT-style JSON Lines: one PLOVER record a line, for users moving from CAMEO to
PLOVER.

A record holds ``id``, ``date`` (with ``date_precision``), ``event_type``, ``mode``,
``context`` (a list), ``actor`` and ``recipient`` (each ``name``, ``country``, ``sector`` and
the ``cameo`` code when known), ``location`` (``name``, ``country``, ``admin1``, ``admin2``,
``lat``, ``lon``, ``geo_precision``), ``text_spans`` (``start``, ``end``, ``label``, ``text``),
and, beyond PLOVER, ``cameo``, ``modality``, ``fatalities`` and ``source_urls``. Members that
are empty are left out. An event with only a CAMEO code is written with the PLOVER type, mode
and context of that code (OEDA's CAMEO -> PLOVER crosswalk, in the codebooks).

>>> import io, eventkit
>>> from eventkit.formats import plover
>>> buffer = io.StringIO()
>>> plover.write([eventkit.Event(id="e1", cameo="190")], buffer)
1
>>> _ = buffer.seek(0)
>>> next(iter(plover.read(buffer))).plover
'ASSAULT'
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .._errors import FormatError, InvalidValueError
from .._models import Actor, Event, FuzzyDate, Location, Source, Span
from ._io import Errors, Reader, Target, open_for_reading, open_for_writing, undecodable
from ._io import Source as ReadSource
from ._tables import model_error

__all__ = ["from_record", "read", "to_record", "write"]

_SECTORS = {"government": "GOV", "military": "MIL", "police": "COP", "rebel": "REB",
            "militia": "UAF", "party": "PTY", "civilians": "CVL", "protesters": "CVL",
            "rioters": "CVL", "igo": "IGO", "ngo": "NGO", "media": "JRN", "person": "ELI",
            "organization": "BUS"}
_KINDS = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebel",
          "INS": "rebel", "UAF": "militia", "PTY": "party", "CVL": "civilians", "IGO": "igo",
          "NGO": "ngo", "JRN": "media", "MED": "media", "ELI": "person", "BUS": "organization"}


def _actor_record(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    record = {"name": actor.name, "country": actor.country,
              "sector": _SECTORS.get(actor.kind), "kind": actor.kind, "cameo": actor.cameo}
    return {key: value for key, value in record.items() if value not in (None, "unknown")}


def to_record(event: Event) -> dict[str, Any]:
    """The PLOVER record (a JSON-ready dict) of an event."""
    record = event.cameo_code
    event_type = event.plover or (record.plover if record else None)
    mode = event.plover_mode or (record.plover_mode if record and not event.plover else None)
    context = event.plover_context or (
        record.plover_context if record and not event.plover else None
    )
    date = event.date
    location = event.location
    out: dict[str, Any] = {
        "id": event.id,
        "date": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat()
        if date and date.end and date.end != date.start else None,
        "date_precision": date.precision if date and date.precision != "day" else None,
        "event_type": event_type,
        "mode": mode,
        "context": [part for part in (context or "").split(",") if part] or None,
        "actor": _actor_record(event.actor1),
        "recipient": _actor_record(event.actor2),
        "location": {
            key: value for key, value in {
                "name": location.name, "country": location.country, "admin1": location.admin1,
                "admin2": location.admin2, "lat": location.latitude, "lon": location.longitude,
                "geo_precision": location.geo_precision,
            }.items() if value is not None
        } if location is not None else None,
        "text_spans": [
            {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
            for s in event.evidence
        ] or None,
        "cameo": event.cameo,
        "modality": event.modality if event.modality != "actual" else None,
        "fatalities": event.fatalities,
        "source_urls": [s.url for s in event.sources if s.url] or None,
    }
    return {key: value for key, value in out.items() if value is not None}


def _actor(data: Any, member: str) -> Actor | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise FormatError(f"expected an object, got {type(data).__name__}", column=member)
    kind: Any = data.get("kind") or _KINDS.get(data.get("sector") or "", "unknown")
    try:
        return Actor(name=data.get("name") or data.get("cameo") or "unknown", kind=kind,
                     country=data.get("country"), cameo=data.get("cameo"))
    except InvalidValueError as error:
        raise FormatError(str(error), column=f"{member}.{error.field}") from None


def from_record(data: dict[str, Any]) -> Event:
    """The `~eventkit.Event` of one PLOVER record."""
    date = None
    if data.get("date"):
        try:
            start = dt.date.fromisoformat(data["date"])
            end = dt.date.fromisoformat(data.get("date_end") or data["date"])
        except (TypeError, ValueError):
            raise FormatError(f"not an ISO date: {data.get('date')!r}", column="date") from None
        date = FuzzyDate(start=start, end=end, precision=data.get("date_precision", "day"))
    place = data.get("location")
    try:
        location = Location(
            name=place.get("name") or "unknown", country=place.get("country"),
            admin1=place.get("admin1"), admin2=place.get("admin2"), latitude=place.get("lat"),
            longitude=place.get("lon"), geo_precision=place.get("geo_precision"),
        ) if isinstance(place, dict) else None
        context = data.get("context")
        return Event(
            id=data.get("id") or "",
            date=date,
            cameo=data.get("cameo"),
            plover=data.get("event_type"),
            plover_mode=data.get("mode"),
            plover_context=",".join(context) if isinstance(context, list) else context,
            actor1=_actor(data.get("actor"), "actor"),
            actor2=_actor(data.get("recipient"), "recipient"),
            location=location,
            evidence=[Span(start=s["start"], end=s["end"], label=s.get("label", ""),
                           text=s.get("text")) for s in data.get("text_spans") or ()],
            modality=data.get("modality") or "actual",
            fatalities=data.get("fatalities"),
            sources=[Source(url=url) for url in data.get("source_urls") or ()],
        )
    except InvalidValueError as error:
        raise model_error(error, {"plover": "event_type", "plover_mode": "mode",
                                  "latitude": "location.lat", "longitude": "location.lon"}
                          ) from None
    except (KeyError, TypeError, AttributeError) as error:
        raise FormatError(f"malformed record: {error}") from None


def write(events: Iterable[Event], dest: Target) -> int:
    """Write events as PLOVER JSON Lines; return the count."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    count = 0
    with open_for_writing(dest) as handle:
        for event in events:
            handle.write(dumps(to_record(event)))
            handle.write("\n")
            count += 1
    return count


def _records(src: ReadSource, encoding_errors: str = "strict") -> Iterator[Event | FormatError]:
    with open_for_reading(src, encoding_errors=encoding_errors) as (handle, name):
        number = 0
        lines = iter(handle)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as error:
                raise undecodable(src, error, name=name, line=number + 1) from None
            number += 1
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise FormatError("expected a JSON object")
                yield from_record(data)
            except (json.JSONDecodeError, RecursionError) as error:  # RecursionError: nesting
                yield FormatError(f"not valid JSON: {error}", file=name, line=number)
            except FormatError as error:
                yield FormatError(error.reason, file=name, line=number, column=error.column)


def read(
    src: ReadSource, *, errors: Errors = "raise", encoding_errors: str = "strict"
) -> Reader[Event]:
    """Stream the events of a PLOVER JSON Lines file; ``errors`` as in
    `eventkit.formats.jsonl.read`. Bytes that are not UTF-8 raise `FormatError` with the
    line and byte offset, or are replaced with ``encoding_errors="replace"``."""
    return Reader(_records(src, encoding_errors), errors)
