"""Small attrs validators whose messages name the field, the rule and the value."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

import attrs
import pycountry

from ._errors import InvalidValueError, UnknownCodeError
from .codebooks import Codebook

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# Codes that pycountry lacks but that the field's data use for real places (Kosovo).
_USER_ASSIGNED_COUNTRIES = frozenset({"XKX", "KSV"})
_countries: frozenset[str] | None = None

# PETRARCH writes "---" for the unknown owner of an agent ("---GOV": some government).
_CAMEO_ACTOR_CODE = re.compile(r"(?:[A-Z0-9]{3}|---[A-Z0-9]{3})(?:[A-Za-z0-9]{3})*")


def is_country(code: str) -> bool:
    """True when ``code`` is an ISO 3166-1 alpha-3 code (or Kosovo's XKX)."""
    global _countries
    if _countries is None:
        _countries = frozenset(c.alpha_3 for c in pycountry.countries) | _USER_ASSIGNED_COUNTRIES
    return code in _countries


def _check(field: str, ok: bool, rule: str, value: object) -> None:
    if not ok:
        raise InvalidValueError(field, rule, value)


def country(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not is_country(value):
        raise InvalidValueError(attribute.name, "must be an ISO 3166-1 alpha-3 country code", value)


def one_of(options: Collection[object]) -> Validator:
    rule = f"must be one of {', '.join(repr(option) for option in options)}"

    def check(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and value not in options:
            raise InvalidValueError(attribute.name, rule, value)

    return check


def in_codebook(book: Codebook[Any]) -> Validator:
    def check(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and value not in book:
            close = book.close_matches(value)
            hint = f" (close matches: {', '.join(close)})" if close else ""
            error = UnknownCodeError(book.name, value, close)
            raise InvalidValueError(
                attribute.name, f"must be in {book.name}{hint}", value
            ) from error

    return check


def cameo_actor_code(_: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    # Any dictionary may define its own codes (PETRARCH test sets use Middle-earth ones), so only
    # the shape is checked: three-character blocks, the first upper case (or PETRARCH's "---"
    # before an agent's code).
    if value is not None and not _CAMEO_ACTOR_CODE.fullmatch(value):
        raise InvalidValueError(
            attribute.name, "must be a CAMEO actor code made of 3-character blocks", value
        )


def at_least(minimum: float) -> Validator:
    rule = f"must be >= {minimum}"  # built once: validators run on every construction

    def check(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
        if value is not None and not value >= minimum:
            raise InvalidValueError(attribute.name, rule, value)

    return check


def between(low: float, high: float) -> Validator:
    rule = f"must be between {low} and {high}"

    def check(_: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
        if value is not None and not low <= value <= high:
            raise InvalidValueError(attribute.name, rule, value)

    return check


def not_empty(_: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    _check(attribute.name, bool(value), "must not be empty", value)
