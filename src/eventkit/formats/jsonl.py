"""Lossless JSON Lines: one record a line, every field of every model kept.

Each line is a JSON object with a ``"type"`` member naming the model (``"Event"``,
``"Actor"``...) and the model's fields; fields at their default value are left out.
``read(write(records)) == records`` for every model.

>>> import io, eventkit
>>> from eventkit.formats import jsonl
>>> buffer = io.StringIO()
>>> jsonl.write([eventkit.Event(cameo="062")], buffer)
1
>>> _ = buffer.seek(0)
>>> [event.cameo for event in jsonl.read(buffer)]
['062']
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any, Optional

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter as _make_json_converter

from .._errors import FormatError
from .._models import (
    Actor,
    Article,
    Event,
    Extraction,
    FuzzyDate,
    Location,
    MilitaryUnit,
    Source,
    Span,
    Statement,
)
from ._io import (
    Errors,
    Reader,
    Target,
    guarded,
    open_for_reading,
    open_for_writing,
    undecodable,
)
from ._io import Source as ReadSource

__all__ = ["MODELS", "make_converter", "read", "write"]

#: The models a JSON Lines file may hold, by the name written in each line's ``"type"``.
MODELS: dict[str, type[Any]] = {
    model.__name__: model
    # Inner models first: each generated hook captures the hooks of the fields it holds.
    for model in (
        Span,
        FuzzyDate,
        Source,
        Location,
        Actor,
        MilitaryUnit,
        Statement,
        Article,
        Event,
        Extraction,
    )
}


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A cattrs converter for eventkit's models as JSON-ready dicts (dates as ISO strings).

    With ``detailed_validation`` errors carry the path of the bad field; without it
    structuring is faster.
    """
    converter = _make_json_converter(detailed_validation=detailed_validation)
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    # Optional scalars: the models' own converters and validators check them, so pass them on
    # as they are instead of going through cattrs' generic Optional dispatch (3x faster reads).
    for scalar in (str, int, float):
        converter.register_structure_hook(Optional[scalar], _checked_scalar(scalar))  # noqa: UP045
    converter.register_structure_hook(
        Optional[dt.date],  # noqa: UP045 - cattrs matches typing.Optional
        lambda value, _: None if value is None else dt.date.fromisoformat(value),
    )
    for model in MODELS.values():
        converter.register_unstructure_hook(
            model, make_dict_unstructure_fn(model, converter, _cattrs_omit_if_default=True)
        )
        structure = make_dict_structure_fn(model, converter)
        if model in _SHARED:
            structure = _shared(structure)
        converter.register_structure_hook(model, structure)
        converter.register_structure_hook(Optional[model], _optional(structure, model))  # noqa: UP045
    return converter


# Event files repeat the same actors, places and dates on many lines; the records are
# immutable, so one record per distinct value is read once and shared.
_SHARED = (Actor, Location, FuzzyDate)
_SHARED_LIMIT = 4096


def _shared(structure: Any) -> Any:
    cache: dict[tuple[Any, ...], Any] = {}

    def read(value: Any, model: Any) -> Any:
        try:
            key = tuple(
                (name, tuple(item) if isinstance(item, list) else item)
                for name, item in value.items()
            )
            hash(key)
        except (TypeError, AttributeError):  # nested mentions, or not a mapping: no sharing
            return structure(value, model)
        record = cache.get(key)
        if record is None:
            record = structure(value, model)
            if len(cache) >= _SHARED_LIMIT:
                cache.clear()
            cache[key] = record
        return record

    return read


def _checked_scalar(scalar: type[Any]) -> Any:
    accepted = (int, float) if scalar is float else scalar

    def structure(value: Any, _: Any) -> Any:
        if value is None or (isinstance(value, accepted) and not isinstance(value, bool)):
            return value
        raise TypeError(f"expected {scalar.__name__} or null, got {type(value).__name__}")

    return structure


def _optional(structure: Any, model: type[Any]) -> Any:
    return lambda value, _: None if value is None else structure(value, model)


_converter = make_converter()
# Reading goes through the fast converter; a record that fails is structured again by the
# detailed one, only to say where it failed.
_fast_converter = make_converter(detailed_validation=False)


def _unstructure(record: object) -> dict[str, Any]:
    name = type(record).__name__
    if MODELS.get(name) is not type(record):
        raise TypeError(f"cannot write {type(record).__name__} as eventkit JSON Lines")
    data: dict[str, Any] = _converter.unstructure(record)
    return {"type": name, **data}


def write(records: Iterable[object], dest: Target) -> int:
    """Write ``records`` (any eventkit models) to ``dest``, a path or an open text file.

    Returns the number of records written. Writing to a path is atomic.
    """
    count = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open_for_writing(dest) as handle:
        for record in records:
            handle.write(dumps(_unstructure(record)))
            handle.write("\n")
            count += 1
    return count


def _describe(error: BaseException, type_: Any) -> str:
    if isinstance(error, (ValueError, LookupError)) and str(error):
        return str(error)
    return cattrs.v.format_exception(error, type_)


def _structure(text: str, expected: type[Any] | None) -> Any:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise FormatError(f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise FormatError(f"expected a JSON object, got {type(data).__name__}")
    name = data.pop("type", None)
    model = expected if name is None else MODELS.get(name) if isinstance(name, str) else None
    if model is None:
        if name is None:
            raise FormatError("no 'type' member and no type= given", column="type")
        raise FormatError(
            f"unknown record type {name!r}; expected one of {', '.join(MODELS)}", column="type"
        )
    if expected is not None and model is not expected:
        raise FormatError(f"expected {expected.__name__}, got {name}", column="type")
    try:
        return _fast_converter.structure(data, model)
    except Exception:
        pass
    try:
        return _converter.structure(data, model)
    except cattrs.BaseValidationError as error:
        detail = "; ".join(
            cattrs.transform_error(error, path=f"$({model.__name__})", format_exception=_describe)
        )
        raise FormatError(detail) from None
    except RecursionError:
        raise FormatError("nesting too deep") from None


def _lines(src: ReadSource, encoding_errors: str) -> Iterator[tuple[int, str] | FormatError]:
    """Number the lines of ``src``. Paths are decoded line by line, so that a byte that is not
    UTF-8 is reported with its line and its byte offset in the file."""
    if not isinstance(src, (str, os.PathLike)):
        with open_for_reading(src) as (handle, name):
            number = 0
            try:
                for number, line in enumerate(handle, start=1):
                    yield number, line
            except UnicodeDecodeError as error:  # a text stream cannot resume after it
                raise undecodable(src, error, name=name, line=number + 1) from None
        return
    with open(src, "rb") as handle:
        offset = 0
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode("utf-8", errors=encoding_errors)
            except UnicodeDecodeError as error:
                yield FormatError(
                    f"invalid UTF-8 at byte {offset + error.start} of the file (pass "
                    "encoding_errors='replace' to read on)",
                    file=str(src),
                    line=number,
                )
            offset += len(raw)


def _records(
    src: ReadSource, expected: type[Any] | None, encoding_errors: str
) -> Iterator[Any | FormatError]:
    name = str(src) if isinstance(src, (str, os.PathLike)) else getattr(src, "name", None)
    for item in _lines(src, encoding_errors):
        if isinstance(item, FormatError):
            yield item
            continue
        number, line = item
        if line.strip():
            yield guarded(partial(_structure, line, expected), file=name, line=number)


def read(
    src: ReadSource,
    *,
    type: type[Any] | None = None,
    errors: Errors = "raise",
    encoding_errors: str = "strict",
) -> Reader[Any]:
    """Stream the records of a JSON Lines file (a path or an open text file).

    Args:
        src: where to read from.
        type: the model every line must hold; lines may then leave out ``"type"``.
        errors: ``"raise"`` on the first bad line (a `FormatError` with file, line and field
            path), ``"skip"`` to warn and go on, ``"collect"`` to go on silently; skipped lines
            are listed in the returned reader's ``errors``.
        encoding_errors: ``"strict"`` or ``"replace"`` for bytes that are not UTF-8.
    """
    return Reader(_records(src, type, encoding_errors), errors)
