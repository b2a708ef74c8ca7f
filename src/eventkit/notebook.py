"""HTML views of extractions and events for Jupyter and other notebooks.

`extraction_html` draws the article with every actor, military unit, place, date, statement and
event trigger highlighted in its own colour, a legend, and a table of the events. Hovering a
highlight shows what it was resolved to (a ``title`` attribute: no JavaScript). The HTML is
self-contained (inline CSS) and every piece of article text is escaped.

Notebooks call these through ``Extraction._repr_html_`` and ``Event._repr_html_``; the plain
``repr`` stays one line.

>>> import eventkit
>>> from eventkit import notebook
>>> x = eventkit.extract("Rebels attacked a police station in Gao.", published="2025-04-10")
>>> html = notebook.extraction_html(x)
>>> 'class="ek-trigger"' in html and "<script" not in html
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from attrs import define, field

from ._models import (
    Actor,
    Event,
    Extraction,
    FuzzyDate,
    Location,
    MilitaryUnit,
    Span,
    Statement,
)

__all__ = ["COLOURS", "event_html", "events_html", "extraction_html"]

#: Highlight colour of each kind of finding, in legend order.
COLOURS: dict[str, str] = {
    "trigger": "#ff9e9e",
    "actor": "#b9d7ff",
    "unit": "#dcc6f7",
    "place": "#bfeccb",
    "date": "#ffe08a",
    "statement": "#fbe3ee",
}
_LABELS = {
    "trigger": "event trigger",
    "actor": "actor",
    "unit": "military unit",
    "place": "place",
    "date": "date",
    "statement": "statement",
}
#: When two findings cover exactly the same text, the first kind here gives the colour.
_PRIORITY = {kind: rank for rank, kind in enumerate(COLOURS)}

_STYLE = """
.ek-view{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;
 color:#1b1b1b;background:#fff;max-width:1100px;line-height:1.55}
.ek-view .ek-summary{color:#555;margin:0 0 6px 0}
.ek-view .ek-legend{margin:0 0 8px 0}
.ek-view .ek-legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px}
.ek-view .ek-article{white-space:pre-wrap;border:1px solid #ddd;border-radius:4px;
 padding:10px 12px;margin-bottom:12px}
.ek-view mark{color:inherit;border-radius:3px;padding:0 1px}
.ek-view mark.ek-trigger{font-weight:600}
.ek-view mark.ek-statement{font-style:italic}
.ek-view mark.ek-also{border-bottom:2px dashed #666}
.ek-view sup.ek-n{font-size:10px;color:#a00;margin-left:1px}
.ek-view table{border-collapse:collapse;font-size:13px}
.ek-view th,.ek-view td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.ek-view th{background:#f4f4f4}
.ek-view td.ek-num{text-align:right}
.ek-view td.ek-date{white-space:nowrap}
.ek-view .ek-muted{color:#888}
"""


@define
class _Mark:
    start: int
    end: int
    kinds: list[str] = field(factory=list)
    notes: list[str] = field(factory=list)
    events: list[int] = field(factory=list)
    children: list[_Mark] = field(factory=list)

    @property
    def kind(self) -> str:
        return min(self.kinds, key=lambda kind: _PRIORITY.get(kind, 99))


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _actor_note(actor: Actor) -> str:
    parts: list[str] = [actor.kind]
    if actor.title:
        parts.append(actor.title)
    if actor.country:
        parts.append(actor.country)
    if actor.cameo:
        parts.append(f"CAMEO {actor.cameo}")
    return f"actor → {actor.name} ({', '.join(parts)})"


def _unit_note(unit: MilitaryUnit) -> str:
    parts = [part for part in (unit.echelon or unit.kind, unit.branch, unit.country) if part]
    parent = f"; part of {unit.parent}" if unit.parent else ""
    detail = f" ({', '.join(parts)}{parent})" if parts or parent else ""
    return f"military unit → {unit.name}{detail}"


def _place_note(place: Location) -> str:
    parts = [part for part in (place.kind, place.country, place.admin1, place.iso3166_2) if part]
    if place.latitude is not None and place.longitude is not None:
        parts.append(f"{place.latitude:.4g}, {place.longitude:.4g}")
    return f"place → {place.name} ({', '.join(parts)})" if parts else f"place → {place.name}"


def _date_note(date: FuzzyDate) -> str:
    return f"date → {date} ({date.precision})"


def _statement_note(statement: Statement) -> str:
    speaker = statement.speaker.name if statement.speaker else "unknown speaker"
    how = "direct quote" if statement.direct else "reported speech"
    when = f", {statement.date}" if statement.date else ""
    cue = f", cue {statement.cue!r}" if statement.cue else ""
    return f"statement by {speaker} ({how}{cue}{when})"


def _codes(event: Event) -> str:
    parts = []
    if event.cameo:
        record = event.cameo_code
        parts.append(f"CAMEO {event.cameo}" + (f" {record.name}" if record else ""))
    if event.plover:
        parts.append(f"PLOVER {event.plover}")
    if event.acled_sub_event_type:
        parts.append(f"ACLED {event.acled_event_type} / {event.acled_sub_event_type}")
    return "; ".join(parts) or "uncoded"


def _event_note(number: int, event: Event) -> str:
    who = " → ".join(actor.name for actor in (event.actor1, event.actor2) if actor)
    parts = [f"event {number}: {_codes(event)}"]
    if who:
        parts.append(who)
    parts.append(event.modality)
    if event.fatalities is not None:
        parts.append(f"{event.fatalities} killed")
    if event.rule:
        parts.append(f"rule {event.rule}")
    return "; ".join(parts)


def _anchors(event: Event) -> tuple[Span, ...]:
    """The spans that show an event in the text: its triggers, or a statement's cue."""
    triggers = tuple(span for span in event.evidence if span.label == "trigger")
    return triggers or tuple(span for span in event.evidence if span.label == "cue")


def _findings(extraction: Extraction) -> Iterator[tuple[Span, str, str, int | None]]:
    """(span, kind, what it resolved to, event number) for everything found."""
    for actor in extraction.actors:
        for span in actor.mentions:
            yield span, "actor", _actor_note(actor), None
    for unit in extraction.units:
        for span in unit.mentions:
            yield span, "unit", _unit_note(unit), None
    for place in extraction.locations:
        for span in place.mentions:
            yield span, "place", _place_note(place), None
    for date in extraction.dates:
        for span in date.mentions:
            yield span, "date", _date_note(date), None
    for statement in extraction.statements:
        for span in statement.evidence:
            if span.label in ("quote", "cue"):
                note = _statement_note(statement)
                yield span, "statement", (f"speech cue: {note}" if span.label == "cue" else note), None
    for number, event in enumerate(extraction.events, start=1):
        for span in _anchors(event):
            yield span, "trigger", _event_note(number, event), number


def _nest(extraction: Extraction) -> list[_Mark]:
    """Findings as properly nested marks; identical spans merge, crossing spans are dropped
    (the one that starts first, or the longer, wins)."""
    size = len(extraction.article.text)
    merged: dict[tuple[int, int], _Mark] = {}
    for span, kind, note, number in _findings(extraction):
        if span.start >= span.end or span.end > size:
            continue
        mark = merged.setdefault((span.start, span.end), _Mark(span.start, span.end))
        if kind not in mark.kinds:
            mark.kinds.append(kind)
        if note not in mark.notes:
            mark.notes.append(note)
        if number is not None and number not in mark.events:
            mark.events.append(number)
    roots: list[_Mark] = []
    stack: list[_Mark] = []
    for mark in sorted(merged.values(), key=lambda m: (m.start, -m.end)):
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            continue  # crosses its enclosing mark: keep the outer one
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


def _render(text: str, marks: list[_Mark], start: int, end: int, out: list[str]) -> None:
    position = start
    for mark in marks:
        out.append(_esc(text[position:mark.start]))
        kind = mark.kind
        classes = f"ek-{kind}" + (" ek-also" if len(mark.kinds) > 1 else "")
        out.append(
            f'<mark class="{classes}" style="background:{COLOURS[kind]}" '
            f'title="{_esc(chr(10).join(mark.notes))}">'
        )
        _render(text, mark.children, mark.start, mark.end, out)
        out.append("</mark>")
        if mark.events:
            out.append(f'<sup class="ek-n">{",".join(map(str, mark.events))}</sup>')
        position = mark.end
    out.append(_esc(text[position:end]))


def _legend() -> str:
    items = "".join(
        f'<span class="ek-{kind}" style="background:{colour}">{_LABELS[kind]}</span>'
        for kind, colour in COLOURS.items()
    )
    return f'<div class="ek-legend">{items}<span class="ek-muted">hover for details</span></div>'


def _cell(value: object, css_class: str = "") -> str:
    if value is None or value == "":
        return '<td class="ek-muted">–</td>'
    css = f' class="{css_class}"' if css_class else ""
    return f"<td{css}>{_esc(value)}</td>"


_HEADERS = ("#", "date", "CAMEO", "PLOVER", "ACLED", "actor 1", "actor 2", "place",
            "fatalities", "modality", "evidence", "rule")


def _actor_cell(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return f"{actor.name} ({actor.cameo})" if actor.cameo else actor.name


def _row(number: int, event: Event) -> str:
    record = event.cameo_code
    cameo = f"{event.cameo} {record.name}" if event.cameo and record else event.cameo
    acled = event.acled_sub_event_type or event.acled_event_type
    evidence = "; ".join(span.text or "" for span in _anchors(event)) or None
    cells = (
        _cell(number, "ek-num"), _cell(event.date, "ek-date"), _cell(cameo), _cell(event.plover), _cell(acled),
        _cell(_actor_cell(event.actor1)), _cell(_actor_cell(event.actor2)),
        _cell(event.location.name if event.location else None),
        _cell(event.fatalities, "ek-num"), _cell(event.modality), _cell(evidence), _cell(event.rule),
    )
    return f'<tr title="{_esc(event.id)}">{"".join(cells)}</tr>'


def _table(events: Iterable[Event]) -> str:
    head = "".join(f"<th>{name}</th>" for name in _HEADERS)
    rows = "".join(_row(number, event) for number, event in enumerate(events, start=1))
    if not rows:
        return '<p class="ek-muted">No events.</p>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _page(body: str) -> str:
    return f'<div class="ek-view"><style>{_STYLE}</style>{body}</div>'


def extraction_html(extraction: Extraction) -> str:
    """The article with its findings highlighted, a legend, and the table of events.

    Hover text (``title``) says what each highlight resolved to: the actor and its CAMEO code,
    the place and its coordinates, the date and its precision, the statement's speaker, the
    event's codes. Where two findings overlap, nested ones nest; crossing ones keep the outer.
    """
    article = extraction.article
    counts = ", ".join(
        f"{len(getattr(extraction, name))} {name}"
        for name in ("events", "actors", "units", "statements", "locations", "dates")
    )
    heading = _esc(article.title) if article.title else "Extraction"
    published = f" · published {article.published}" if article.published else ""
    text: list[str] = []
    _render(article.text, _nest(extraction), 0, len(article.text), text)
    return _page(
        f"<p class=\"ek-summary\"><b>{heading}</b>{_esc(published)} · {_esc(counts)}</p>"
        f"{_legend()}<div class=\"ek-article\">{''.join(text)}</div>{_table(extraction.events)}"
    )


def events_html(events: Iterable[Event]) -> str:
    """A table of events: codes, actors, place, fatalities, modality and evidence."""
    return _page(_table(events))


def event_html(event: Event) -> str:
    """One event as a one-row table (what ``Event._repr_html_`` shows)."""
    return events_html([event])

