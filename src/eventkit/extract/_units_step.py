"""Military units: the mentions `find_units` returns, resolved against the article's actors
("the IRGC's 31st Ashura Operational Division" -> parent Islamic Revolutionary Guard Corps,
country IRN; "Iranian special forces" -> IRN)."""

from __future__ import annotations

import bisect

from .._models import MilitaryUnit, Span
from ._entities import Entities
from ._lexicon import Lexicon
from ._phrases import Entry
from ._text import Document, tokenize
from ._units import UnitMention, find_units

__all__ = ["resolve_units"]


def _country_of_text(text: str, lexicon: Lexicon, all_caps: bool) -> str | None:
    tokens = tokenize(text)
    for index in range(len(tokens)):
        _, entries = lexicon.phrases.longest(tokens, index, all_caps)
        for entry in entries:
            iso3 = _entry_country(entry)
            if iso3:
                return iso3
    return None


def _entry_country(entry: Entry) -> str | None:
    if entry.kind in ("country", "adjective", "capital"):
        return str(entry.record.iso3)
    if entry.kind == "actor" and entry.record.country:
        return str(entry.record.country)
    return None


def _actor_at(
    doc: Document, entities: Entities, span: tuple[int, int], starts: list[int]
) -> str | None:
    start, end = span
    index = bisect.bisect_right(starts, start) - 1
    while 0 <= index < len(doc.tokens) and doc.tokens[index].start < end:
        mention = entities.mention_at(index)
        if mention is not None:
            return mention.key
        index += 1
    return None


def resolve_units(
    doc: Document, entities: Entities, lexicon: Lexicon
) -> list[tuple[MilitaryUnit, UnitMention]]:
    """Every unit mention as a `MilitaryUnit` with its country and parent, in text order.

    Several mentions of one unit become one record with all its mentions.
    """
    records: dict[tuple[str, str | None], tuple[MilitaryUnit, UnitMention]] = {}
    starts = [token.start for token in doc.tokens]
    for mention in find_units(doc.text):
        country = None
        parent = None
        if mention.parent_span is not None:
            key = _actor_at(doc, entities, mention.parent_span, starts)
            if key is not None:
                actor = entities.actor(key)
                parent, country = actor.name, actor.country
        if parent is None and mention.parent_text:
            parent = mention.parent_text
            country = _country_of_text(mention.parent_text, lexicon, doc.all_caps)
        if mention.nationality_text:
            country = _country_of_text(mention.nationality_text, lexicon, doc.all_caps) or country
        if country is None:
            # A unit that is itself a named formation ("the Northern Fleet", "the 7th Fleet")
            # has the country of the armed force the dictionary gives it.
            key = _actor_at(doc, entities, (mention.start, mention.end), starts)
            if key is not None and entities.actor(key).kind == "military":
                country = entities.actor(key).country
        span = Span(
            start=mention.start,
            end=mention.end,
            label="unit",
            text=doc.text[mention.start : mention.end],
        )
        identity = (mention.name.lower(), country)
        if identity in records:
            unit, first = records[identity]
            records[identity] = (
                MilitaryUnit(
                    name=unit.name,
                    number=unit.number,
                    echelon=unit.echelon,
                    branch=unit.branch,
                    kind=unit.kind,
                    country=unit.country,
                    parent=unit.parent or parent,
                    mentions=(*unit.mentions, span),
                ),
                first,
            )
            continue
        unit = MilitaryUnit(
            name=mention.name,
            number=mention.number,
            echelon=mention.echelon,
            branch=mention.branch,
            kind=mention.kind,
            country=country,
            parent=parent,
            mentions=(span,),
        )
        records[identity] = (unit, mention)
    return sorted(records.values(), key=lambda pair: pair[0].mentions[0].start)
