"""``extract``: the default pipeline, a list of steps over one parsed document."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .._errors import ExtractionError
from .._models import Actor, Article, Extraction, FuzzyDate, Span

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._text import Document

__all__ = ["extract", "resolve_actor"]

MAX_CHARACTERS = 20_000_000


def _article(text: str | Article, published: str | dt.date | None) -> Article:
    if isinstance(text, Article):
        if published is not None:
            from attrs import evolve

            return evolve(text, published=published)
        return text
    if isinstance(text, bytes):
        raise ExtractionError("extract() needs text (str), not bytes: decode it first")
    if not isinstance(text, str):
        raise ExtractionError(
            f"extract() needs article text (str) or an Article, not {type(text).__name__}"
        )
    return Article(text=text, published=published)


def extract(
    text: str | Article,
    published: str | dt.date | None = None,
    *,
    lexicon: Lexicon | None = None,
) -> Extraction:
    """Find the actors, units, places, dates, statements and events of an article.

    Args:
        text: the article's text, or an `Article`.
        published: the publication date (ISO string or date); relative dates ("on Wednesday",
            "last month") are resolved against it.
        lexicon: the dictionaries to code with; the package's default when None.

    >>> x = extract("Nigerian troops clashed with ISWAP militants near Gwoza on Monday.",
    ...             published="2020-05-05")
    >>> [actor.cameo for actor in x.actors][:2]
    ['NGAMIL', 'NGAREB']
    """
    from ._dates import find_dates
    from ._entities import find_entities
    from ._lexicon import Lexicon
    from ._text import Document

    article = _article(text, published)
    if len(article.text) > MAX_CHARACTERS:
        raise ExtractionError(
            f"article of {len(article.text):,} characters is longer than the limit of "
            f"{MAX_CHARACTERS:,}; split it first"
        )
    lexicon = lexicon or Lexicon.default()
    doc = Document.parse(article.text)
    found_dates = find_dates(article.text, article.published)
    # Who held an office or a name is a question of when: the publication date, or for an
    # undated text (an ACLED note) the first date it gives.
    as_of = article.published or next(
        (m.date.start for m in found_dates if m.date.start and m.date.precision != "year"), None
    )
    entities = find_entities(doc, lexicon, as_of)
    dates = [
        _mentioned(
            mention.date,
            Span(
                start=mention.start,
                end=mention.end,
                label="date",
                text=article.text[mention.start : mention.end],
            ),
        )
        for mention in found_dates
    ]
    units = _units(doc, entities, lexicon)
    from ._events import find_events
    from ._statements import find_statements

    statements = find_statements(doc, entities, dates, article)
    events = find_events(doc, entities, dates, units, statements, article, lexicon)
    return Extraction(
        article=article,
        events=events,
        actors=entities.final_actors(),
        units=[unit for unit, _ in units],
        statements=[statement for statement, _ in statements],
        locations=entities.final_locations(),
        dates=dates,
    )


def _mentioned(date: FuzzyDate, span: Span) -> FuzzyDate:
    from attrs import evolve

    return evolve(date, mentions=(span,))


def _units(doc: Document, entities: Any, lexicon: Lexicon) -> list[Any]:
    from ._units_step import resolve_units

    return resolve_units(doc, entities, lexicon)


def resolve_actor(
    phrase: str,
    date: str | dt.date | None = None,
    *,
    context: str | None = None,
    lexicon: Lexicon | None = None,
) -> Actor | None:
    """The actor a short phrase names: "Nigerian troops", "the DEA", "Kyiv police".

    Args:
        phrase: the phrase alone.
        date: the date the phrase refers to (for dictionary codes that changed over time).
        context: words that qualify the phrase ("German" for "Defense Minister").

    >>> resolve_actor("Nigerian troops").cameo
    'NGAMIL'
    """
    if not isinstance(phrase, str):
        raise ExtractionError(f"resolve_actor() needs a str, not {type(phrase).__name__}")
    from ._entities import find_entities
    from ._lexicon import Lexicon
    from ._text import Document

    day = Article(text="", published=date).published if date is not None else None
    lexicon = lexicon or Lexicon.default()
    text = f"{context} {phrase}" if context else phrase
    doc = Document.parse(text)
    entities = find_entities(doc, lexicon, day)
    if not entities.actor_mentions:
        if entities.location_mentions:
            # A place standing for its people ("Mariupol", "Sydney").
            place = entities.final_locations()[0]
            if place.country:
                country = lexicon.country(place.country)
                cameo = f"{country.cameo}CVL" if country else None
                return Actor(name=place.name, kind="civilians", country=place.country, cameo=cameo)
        return None
    # The head of a noun phrase is its last actor; prefer the widest mention ending last.
    best = max(entities.actor_mentions, key=lambda m: (m.last, m.last - m.first))
    return entities.final_actor(best.key)
