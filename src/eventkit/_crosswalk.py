"""CAMEO -> ACLED: eventkit's documented crosswalk (no authoritative one exists).

The table is ``codebooks/data/cameo_to_acled.tsv``: one row per CAMEO code (or base or root
code) with the ACLED sub-event type and the reason from both codebooks; rows that need more
than the code carry a condition on the actors' kinds (``actor2=civilians``).
"""

from __future__ import annotations

import threading

from ._models import Actor, Event
from .codebooks import cameo_events, read_tsv

__all__ = ["ACLED_ACTOR_TYPES", "acled_sub_event_type"]

# Groups ACLED types otherwise than their kind says (its inter codes): the Houthis and Haftar's
# army hold a state's forces ("Military Forces of Yemen (2016-) Houthi"), Wagner is a foreign
# force in Africa, and since the 2023 war the RSF and the Darfur Joint Forces are rebel groups.
ACLED_ACTOR_TYPES = {
    "Houthis": 1, "Libyan National Army": 1, "Wagner Group": 8,
    "Rapid Support Forces": 2, "Joint Forces of the Armed Struggle Movements": 2,
}

_STATE_KINDS = frozenset({"state", "government", "military", "police"})
_lock = threading.Lock()
_table: dict[str, list[tuple[str, str]]] | None = None


def _load() -> dict[str, list[tuple[str, str]]]:
    global _table
    with _lock:
        if _table is None:
            table: dict[str, list[tuple[str, str]]] = {}
            for row in read_tsv("cameo_to_acled.tsv"):
                table.setdefault(row["cameo_code"], []).append(
                    (row["condition"], row["acled_sub_event_type"])
                )
            _table = table
        return _table


def _holds(condition: str, actor1: Actor | None, actor2: Actor | None) -> bool:
    if not condition:
        return True
    role, _, wanted = condition.partition("=")
    actor = actor1 if role == "actor1" else actor2
    kind = actor.kind if actor is not None else None
    if wanted == "state":
        return kind in _STATE_KINDS
    if wanted == "nonstate":
        return kind is not None and kind not in _STATE_KINDS
    return kind == wanted


def acled_sub_event_type(event: Event) -> str | None:
    """The ACLED sub-event type of a CAMEO-coded event, or None when ACLED has no counterpart.

    >>> acled_sub_event_type(Event(cameo="195"))
    'Air/drone strike'
    """
    return sub_event_type_of(event.cameo, event.actor1, event.actor2)


def sub_event_type_of(cameo: str | None, actor1: Actor | None, actor2: Actor | None) -> str | None:
    """`acled_sub_event_type` from the code and the sides alone (no `Event` to build)."""
    table = _table or _load()
    record = cameo_events.get(cameo) if cameo else None
    if record is None:
        return None
    for code in dict.fromkeys((record.code, record.base, record.root)):
        for condition, sub_event_type in table.get(code, ()):
            if _holds(condition, actor1, actor2):
                return sub_event_type
    return None
