"""One event per real-world event: ``merge_events`` groups reports from different articles.

Two reports are the same event when they are of the same kind (CAMEO root, or ACLED sub-event
type when both have one), their actors agree (the same countries or names, in either order for
symmetric events, a missing side agreeing with anything), their dates overlap within their
precision, and their places are the same or one contains the other. A report of a plan ("will
meet on Friday") merges with the report of the event itself. Each merged event says why in
``extras["eventkit:merge"]`` and lists the ids it replaced in ``extras["eventkit:merged_ids"]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from attrs import evolve

from ._models import Actor, Event, Location

__all__ = ["merge_events", "same_event"]

_COMPATIBLE_MODALITIES = {"actual", "planned"}


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.name.lower()


def _actors_agree(a: Event, b: Event) -> tuple[bool, str]:
    pair_a = (_actor_key(a.actor1), _actor_key(a.actor2))
    pair_b = (_actor_key(b.actor1), _actor_key(b.actor2))

    def fits(x: tuple[str | None, str | None], y: tuple[str | None, str | None]) -> bool:
        return all(p is None or q is None or p == q for p, q in zip(x, y, strict=True))

    if fits(pair_a, pair_b):
        return True, f"actors {'/'.join(k or '?' for k in pair_a)}"
    if (a.symmetric or b.symmetric) and fits(pair_a, (pair_b[1], pair_b[0])):
        return True, f"actors {'/'.join(k or '?' for k in pair_a)} (symmetric)"
    return False, ""


def _dates_agree(a: Event, b: Event) -> tuple[bool, str]:
    if a.date is None or b.date is None or a.date.start is None or b.date.start is None:
        return True, "date unknown on one side"
    if a.date.overlaps(b.date):
        return True, f"dates overlap ({a.date} / {b.date})"
    # A report of a plan is dated when it was written; the plan's own date comes later.
    if "planned" in (a.modality, b.modality):
        gap = abs((a.date.start - b.date.start).days)
        if gap <= 7:
            return True, f"plan reported {gap} days before"
    return False, ""


def _place_agrees(a: Location | None, b: Location | None) -> tuple[bool, str]:
    if a is None or b is None:
        return True, "place unknown on one side"
    if a.country and b.country and a.country != b.country:
        return False, ""
    if a.name == b.name:
        return True, f"same place ({a.name})"
    # Nested: a town inside the region or country the other names.
    for inner, outer in ((a, b), (b, a)):
        if outer.kind == "country" or outer.name in (inner.admin1, inner.admin2, inner.admin3):
            return True, f"{inner.name} lies in {outer.name}"
        if outer.iso3166_2 and outer.iso3166_2 == inner.iso3166_2 and outer.geo_precision == 3:
            return True, f"{inner.name} lies in {outer.name}"
    if (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3:
        return a.country == b.country, "same country"
    return False, ""


def same_event(a: Event, b: Event) -> tuple[bool, str]:
    """Whether two reports tell of one event, and why (or why not)."""
    if a.cameo and b.cameo and a.cameo[:2] != b.cameo[:2]:
        return False, "different kinds of event"
    if (
        a.acled_sub_event_type
        and b.acled_sub_event_type
        and (a.acled_sub_event_type != b.acled_sub_event_type)
    ):
        return False, "different ACLED sub-event types"
    if not (a.modality == b.modality or {a.modality, b.modality} <= _COMPATIBLE_MODALITIES):
        return False, "one is not reported as real"
    reasons = [f"same kind ({a.cameo or a.acled_sub_event_type})"]
    for check in (_actors_agree(a, b), _dates_agree(a, b), _place_agrees(a.location, b.location)):
        ok, reason = check
        if not ok:
            return False, "no"
        reasons.append(reason)
    return True, "; ".join(reasons)


def _combine(group: list[Event], reasons: list[str]) -> Event:
    # The best-informed report leads: actual over planned, most precise date, most fields.
    def richness(event: Event) -> tuple[int, int, int, float]:
        precision = {"day": 4, "week": 3, "month": 2, "year": 1}.get(
            event.date.precision if event.date else "", 0
        )
        filled = sum(
            x is not None for x in (event.actor1, event.actor2, event.location, event.fatalities)
        )
        return (event.modality == "actual", precision, filled, event.confidence)

    lead = max(group, key=richness)
    if len(group) == 1:
        return lead
    sources = tuple(dict.fromkeys(s for event in group for s in event.sources))
    evidence = tuple(dict.fromkeys(s for event in group for s in event.evidence))
    tolls = [event.fatalities for event in group if event.fatalities is not None]
    extras = dict(lead.extras)
    extras["eventkit:merge"] = f"{len(group)} reports: " + " | ".join(reasons)
    extras["eventkit:merged_ids"] = " ".join(event.id for event in group)
    return evolve(
        lead,
        id="",
        sources=sources,
        evidence=evidence,
        # ACLED's rule for conflicting reports: the most conservative figure.
        fatalities=min(tolls) if tolls else None,
        location=lead.location or next((e.location for e in group if e.location), None),
        units=tuple(dict.fromkeys(u for event in group for u in event.units)),
        statements=tuple(dict.fromkeys(s for event in group for s in event.statements)),
        confidence=min(1.0, lead.confidence + 0.05 * (len(group) - 1)),
        extras=extras,
    )


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Group reports of the same real-world event into one event that keeps every source and
    evidence span; events that only look alike (same actors, another day) stay apart.

    >>> from eventkit import Actor, Event, FuzzyDate
    >>> iran, armenia = Actor(name="Iran", country="IRN"), Actor(name="Armenia", country="ARM")
    >>> day = FuzzyDate.day(dt.date(2025, 4, 9))
    >>> later = FuzzyDate.day(dt.date(2025, 5, 9))
    >>> a = Event(cameo="042", actor1=iran, actor2=armenia, date=day)
    >>> b = Event(cameo="042", actor1=iran, actor2=armenia, date=day, notes="second outlet")
    >>> c = Event(cameo="042", actor1=iran, actor2=armenia, date=later)
    >>> len(merge_events([a, b, c]))
    2
    """
    ordered = sorted(events, key=lambda e: e.date.start if e.date and e.date.start else dt.date.min)
    groups: list[tuple[list[Event], list[str]]] = []
    for event in ordered:
        for members, reasons in groups:
            ok, reason = same_event(members[0], event)
            if ok and all(same_event(other, event)[0] for other in members[1:]):
                members.append(event)
                reasons.append(reason)
                break
        else:
            groups.append(([event], []))
    return [_combine(members, reasons) for members, reasons in groups]
