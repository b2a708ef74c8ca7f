"""Events as tables for analysis: pandas DataFrames, Arrow tables and Parquet files.

One row per event, in the columns of `COLUMNS`, with honest types:

* ``date`` is the day the event is placed on: the day itself for ``day`` precision and the
  middle of the period for ``week``, ``month`` and ``year`` precision (the day ACLED records);
  ``date_start`` and ``date_end`` bound the period, ``date_precision`` says how precise it is.
  pandas gets ``datetime64[ns]`` columns, Arrow ``date32``.
* codes (``cameo``, ``plover``, the ACLED types, actor kinds and countries, ``modality``...)
  are categoricals (Arrow: dictionary-encoded strings); ``date_precision``, ``modality`` and the
  actor kinds carry every allowed value as a category, the others only the values present.
* ``fatalities`` is a nullable integer (``Int64``): missing means *not reported*, not zero.
* ``quad_class`` is ``Int8``; ``goldstein``, ``confidence`` and the coordinates are floats.

`from_pandas` (and `from_arrow`, `read_parquet`) rebuild events from such a table. A table
carries less than an `~eventkit.Event`, so the way back is lossy; what comes back is exactly
what the columns hold:

* kept: id, the date's start, end and precision, the CAMEO, ACLED and PLOVER codes, both
  actors' name, kind, country and CAMEO code, the location's name, country, admin1 and
  coordinates, fatalities, modality, confidence, the first source's URL, and the rule;
* lost: the date's text, evidence offsets (``evidence`` holds the trigger's text only), units,
  statements, associated actors, other actor and location fields (titles, mentions, admin2,
  geo precision...), PLOVER mode and context, other sources, notes, tags and extras.

``root``, ``quad_class`` and ``goldstein`` derive from ``cameo`` and are not read back.

pandas and pyarrow are optional (``pip install 'eventkit[pandas]'`` / ``'eventkit[arrow]'``);
they are imported on first use.

>>> import eventkit
>>> from eventkit import frames
>>> event = eventkit.Event(cameo="190", fatalities=3, date=eventkit.FuzzyDate.month(2025, 3))
>>> frames.to_records([event])[0]["date"]  # the middle of March
datetime.date(2025, 3, 16)
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
import os
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._models import (
    ACTOR_KINDS,
    MODALITIES,
    PRECISIONS,
    Actor,
    Event,
    Extraction,
    FuzzyDate,
    Location,
    Source,
)

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "COLUMNS",
    "from_arrow",
    "from_pandas",
    "from_records",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "to_parquet",
    "to_records",
]

#: The columns of `to_pandas` and `to_arrow`, in order.
COLUMNS: tuple[str, ...] = (
    "id", "date", "date_start", "date_end", "date_precision",
    "cameo", "cameo_root", "quad_class", "goldstein", "plover",
    "acled_event_type", "acled_sub_event_type",
    "actor1_name", "actor1_kind", "actor1_country", "actor1_cameo",
    "actor2_name", "actor2_kind", "actor2_country", "actor2_cameo",
    "location_name", "location_country", "location_admin1", "latitude", "longitude",
    "fatalities", "modality", "confidence", "source_url", "rule", "evidence",
)

_DATES = ("date", "date_start", "date_end")
_FLOATS = ("goldstein", "latitude", "longitude", "confidence")
_STRINGS = ("id", "actor1_name", "actor1_cameo", "actor2_name", "actor2_cameo",
            "location_name", "location_admin1", "source_url", "rule", "evidence")
#: Categoricals with every allowed value as a category (the others: the values present).
_FIXED_CATEGORIES: dict[str, tuple[str, ...]] = {
    "date_precision": PRECISIONS,
    "modality": MODALITIES,
    "actor1_kind": ACTOR_KINDS,
    "actor2_kind": ACTOR_KINDS,
}
_CATEGORIES = ("date_precision", "cameo", "cameo_root", "plover", "acled_event_type",
               "acled_sub_event_type", "actor1_kind", "actor1_country", "actor2_kind",
               "actor2_country", "location_country", "modality")


def _require(module: str, extra: str, function: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"eventkit.frames.{function} needs {module}: pip install 'eventkit[{extra}]'"
        ) from error


def _events_of(events: Iterable[Event] | Extraction) -> Iterable[Event]:
    return events.events if isinstance(events, Extraction) else events


def _actor_cells(actor: Actor | None) -> tuple[str | None, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.name, actor.kind, actor.country, actor.cameo)


def _record(event: Event) -> dict[str, Any]:
    date = event.date
    start = end = day = None
    precision = None
    if date is not None:
        precision = date.precision
        start, end = date.start, date.end
        day = start if precision == "day" else date.midpoint
    location = event.location
    trigger = next((span.text for span in event.evidence if span.label == "trigger"), None)
    source = event.source
    values = (
        event.id, day, start, end, precision,
        event.cameo, event.root, event.quad_class, event.goldstein, event.plover,
        event.acled_event_type, event.acled_sub_event_type,
        *_actor_cells(event.actor1), *_actor_cells(event.actor2),
        location.name if location else None, location.country if location else None,
        location.admin1 if location else None, location.latitude if location else None,
        location.longitude if location else None,
        event.fatalities, event.modality, event.confidence,
        source.url if source else None, event.rule, trigger,
    )
    return dict(zip(COLUMNS, values, strict=True))


def to_records(events: Iterable[Event] | Extraction) -> list[dict[str, Any]]:
    """One plain dict per event, keyed by `COLUMNS` (Python values, None when missing).

    Needs neither pandas nor pyarrow.

    >>> import eventkit
    >>> to_records([eventkit.Event(cameo="062")])[0]["quad_class"]
    2
    """
    return [_record(event) for event in _events_of(events)]


def to_pandas(events: Iterable[Event] | Extraction) -> pd.DataFrame:
    """A DataFrame of events, one row each, in `COLUMNS` order (types: see the module).

    Args:
        events: events, or an `~eventkit.Extraction` (its events).

    Raises:
        ImportError: pandas is not installed (``pip install 'eventkit[pandas]'``).

    >>> import eventkit
    >>> frame = to_pandas([eventkit.Event(cameo="190", fatalities=2), eventkit.Event()])
    >>> frame["fatalities"].tolist(), str(frame["fatalities"].dtype)
    ([2, <NA>], 'Int64')
    """
    pd = _require("pandas", "pandas", "to_pandas")
    records = to_records(events)
    columns: dict[str, Any] = {}
    for name in COLUMNS:
        values = [record[name] for record in records]
        if name in _DATES:
            series = pd.Series(pd.to_datetime(values), dtype="datetime64[ns]")
        elif name in _CATEGORIES:
            fixed = _FIXED_CATEGORIES.get(name)
            categories = fixed if fixed is not None else sorted({v for v in values if v})
            series = pd.Series(pd.Categorical(values, categories=list(categories)))
        elif name == "quad_class":
            series = pd.Series(values, dtype="Int8")
        elif name == "fatalities":
            series = pd.Series(values, dtype="Int64")
        elif name in _FLOATS:
            series = pd.Series([math.nan if v is None else v for v in values], dtype="float64")
        else:
            series = pd.Series(values, dtype="string")
        columns[name] = series
    return pd.DataFrame(columns, columns=list(COLUMNS))


def to_arrow(events: Iterable[Event] | Extraction) -> pa.Table:
    """A pyarrow Table of events with the columns of `to_pandas`.

    Dates are ``date32``, codes dictionary-encoded strings, ``quad_class`` ``int8``,
    ``fatalities`` a nullable ``int64``.

    Raises:
        ImportError: pyarrow is not installed (``pip install 'eventkit[arrow]'``).

    >>> import eventkit
    >>> table = to_arrow([eventkit.Event(cameo="190", fatalities=2)])
    >>> str(table.schema.field("cameo").type), str(table.schema.field("date").type)
    ('dictionary<values=string, indices=int32, ordered=0>', 'date32[day]')
    """
    pa = _require("pyarrow", "arrow", "to_arrow")
    return pa.Table.from_pylist(to_records(events), schema=_schema(pa))


def _schema(pa: ModuleType) -> Any:
    fields = []
    for name in COLUMNS:
        if name in _DATES:
            kind = pa.date32()
        elif name in _CATEGORIES:
            kind = pa.dictionary(pa.int32(), pa.string())
        elif name == "quad_class":
            kind = pa.int8()
        elif name == "fatalities":
            kind = pa.int64()
        elif name in _FLOATS:
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def to_parquet(events: Iterable[Event] | Extraction, path: str | os.PathLike[str]) -> int:
    """Write events to a Parquet file (the table of `to_arrow`); return the row count.

    Raises:
        ImportError: pyarrow is not installed (``pip install 'eventkit[arrow]'``).
    """
    table = to_arrow(events)
    parquet = _require("pyarrow.parquet", "arrow", "to_parquet")
    parquet.write_table(table, os.fspath(path))
    return int(table.num_rows)


def read_parquet(path: str | os.PathLike[str]) -> list[Event]:
    """The events of a Parquet file written by `to_parquet` (lossy: see the module)."""
    parquet = _require("pyarrow.parquet", "arrow", "read_parquet")
    return from_arrow(parquet.read_table(os.fspath(path)))


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT are neither None nor float; both compare unequal to themselves
    # or refuse to be compared.
    try:
        return bool(value != value)
    except TypeError:
        return True


def _text(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    return None if _missing(value) else str(value)


def _day(value: object) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):  # also pandas.Timestamp
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _number(value: object) -> float | None:
    return None if _missing(value) else float(value)  # type: ignore[arg-type]


def _actor(record: Mapping[str, Any], prefix: str) -> Actor | None:
    name = _text(record, f"{prefix}_name")
    if name is None:
        return None
    return Actor(
        name=name,
        kind=_text(record, f"{prefix}_kind") or "unknown",  # type: ignore[arg-type]
        country=_text(record, f"{prefix}_country"),
        cameo=_text(record, f"{prefix}_cameo"),
    )


def _event(record: Mapping[str, Any]) -> Event:
    precision = _text(record, "date_precision")
    date = None
    if precision is not None:
        start = _day(record.get("date_start")) or _day(record.get("date"))
        end = _day(record.get("date_end"))
        date = FuzzyDate(start=start, end=end, precision=precision)  # type: ignore[arg-type]
    location = None
    place = _text(record, "location_name")
    if place is not None:
        location = Location(
            name=place,
            country=_text(record, "location_country"),
            admin1=_text(record, "location_admin1"),
            latitude=_number(record.get("latitude")),
            longitude=_number(record.get("longitude")),
        )
    fatalities: Any = record.get("fatalities")
    confidence = _number(record.get("confidence"))
    url = _text(record, "source_url")
    return Event(
        id=_text(record, "id") or "",
        date=date,
        cameo=_text(record, "cameo"),
        acled_event_type=_text(record, "acled_event_type"),
        acled_sub_event_type=_text(record, "acled_sub_event_type"),
        plover=_text(record, "plover"),
        actor1=_actor(record, "actor1"),
        actor2=_actor(record, "actor2"),
        location=location,
        fatalities=None if _missing(fatalities) else int(fatalities),
        modality=_text(record, "modality") or "actual",  # type: ignore[arg-type]
        confidence=1.0 if confidence is None else confidence,
        sources=(Source(url=url),) if url else (),
        rule=_text(record, "rule"),
    )


def from_records(records: Iterable[Mapping[str, Any]]) -> list[Event]:
    """Events from mappings keyed by `COLUMNS` (missing keys are missing values).

    >>> import eventkit
    >>> event = eventkit.Event(cameo="062", fatalities=0)
    >>> from_records(to_records([event]))[0] == event
    True
    """
    return [_event(record) for record in records]


def from_pandas(frame: pd.DataFrame) -> list[Event]:
    """Events from a DataFrame with (some of) the columns of `to_pandas`.

    Lossy: only what the columns carry comes back (see the module). ``date`` is used as the
    start when ``date_start`` is absent.

    Raises:
        eventkit.InvalidValueError: a value breaks a model rule (an unknown code...).
    """
    return from_records(frame.to_dict("records"))


def from_arrow(table: pa.Table) -> list[Event]:
    """Events from a pyarrow Table with (some of) the columns of `to_arrow` (lossy)."""
    return from_records(table.to_pylist())
