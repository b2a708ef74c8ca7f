"""``extract``: the default pipeline, a list of steps over one parsed document."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .._errors import ExtractionError
from .._models import Actor, Article, Extraction, FuzzyDate, Span, replaced

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
    # Every span found is a slice of the article's text: the findings are set on the record
    # without walking all their spans again (`Extraction` checks those it is given).
    return replaced(
        Extraction(article=article),
        events=tuple(events),
        actors=tuple(entities.final_actors()),
        units=tuple(unit for unit, _ in units),
        statements=tuple(statement for statement, _ in statements),
        locations=tuple(entities.final_locations()),
        dates=tuple(dates),
    )


def _mentioned(date: FuzzyDate, span: Span) -> FuzzyDate:
    return replaced(date, mentions=(span,))


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

    When no dictionary phrase names the actor, the phrase may still say whose it is: a
    group's name in another romanisation ("Ahlu Sunnah Wa-Jama"), a demonym before unknown
    words ("Panamanian Immigration inspectors": a Panamanian actor of unknown role), or a
    town's name alone (its people).

    >>> resolve_actor("Nigerian troops").cameo
    'NGAMIL'
    >>> resolve_actor("Panamanian Immigration inspectors").country
    'PAN'
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
    stretch = _capitalised_stretch(phrase, len(text) - len(phrase))
    if entities.actor_mentions:
        # The head of a noun phrase is its last actor; prefer the widest mention ending last.
        best = max(entities.actor_mentions, key=lambda m: (m.last, m.last - m.first))
        actor = entities.final_actor(best.key)
        covered = (doc.tokens[best.first].start, doc.tokens[best.last - 1].end) == stretch
        if covered or stretch is None:
            return actor
        # A known word inside a name spelled otherwise ("Kata'ib Hizballah" is not Hezbollah):
        # the whole name, if it is a group's, says more than the word.
        return _group_spelled_otherwise(text, stretch, lexicon, day) or actor
    return (
        _group_spelled_otherwise(text, stretch, lexicon, day)
        or _of_nationality(doc, entities, lexicon)
        or _people_of_place(doc, entities, lexicon)
    )


def _capitalised_stretch(phrase: str, offset: int) -> tuple[int, int] | None:
    """From the phrase's first capital to the end of the word holding its last, as offsets
    into the parsed text (the context, a space, then the phrase: ``offset`` is where the
    phrase starts)."""
    capitals = [index for index, char in enumerate(phrase) if char.isupper()]
    if not capitals:
        return None
    end = phrase.find(" ", capitals[-1])
    return offset + capitals[0], offset + (end if end >= 0 else len(phrase))


def _group_spelled_otherwise(
    text: str, stretch: tuple[int, int] | None, lexicon: Lexicon, day: dt.date | None
) -> Actor | None:
    """An armed group or party in another romanisation ("Ahlu Sunnah Wa-Jama"): the
    capitalised stretch of the phrase, looked up by its transliteration key."""
    from ._entities import named_actor

    if stretch is None:
        return None
    record = lexicon.group_by_key(text[stretch[0] : stretch[1]])
    return named_actor(record, day) if record is not None else None


def _of_nationality(doc: Document, entities: Any, lexicon: Lexicon) -> Actor | None:
    """"Panamanian Immigration inspectors": a demonym before words the dictionaries do not
    know still says whose people the phrase names."""
    from ._entities import FUNCTION_WORDS

    countries = {iso3 for _, _, iso3 in entities.nationality_spans}
    if len(countries) != 1:
        return None
    first, last, iso3 = entities.nationality_spans[0]
    head = [token for token in doc.tokens[last:] if token.is_word]
    country = lexicon.country(iso3)
    if not head or country is None or head[-1].norm in FUNCTION_WORDS:
        return None
    # Named from its first word that is not an article ("two Panamanian inspectors").
    start = next(
        (token.start for token in doc.tokens[:first] if token.norm not in FUNCTION_WORDS),
        doc.tokens[first].start,
    )
    return Actor(name=doc.text[start : doc.tokens[-1].end], kind="unknown", country=iso3,
                 cameo=country.cameo)


def _people_of_place(doc: Document, entities: Any, lexicon: Lexicon) -> Actor | None:
    """A place standing for its people ("Mariupol", "Sydney")."""
    from attrs import evolve

    from ._entities import UNPEOPLED, place_location, plausible_alone

    if entities.location_mentions:
        place = entities.final_locations()[0]
    else:
        # The whole phrase a town's name ("Puerto Penasco"): the sentence-start rule that
        # keeps a smaller town's name from being read as one does not apply to a phrase
        # alone; ordinary words and lone words of small towns still name no town.
        start = 1 if doc.tokens and doc.tokens[0].norm == "the" else 0
        end, entries = lexicon.phrases.longest(doc.tokens, start, doc.all_caps)
        towns = [entry.record for entry in entries if entry.kind == "place"]
        if end != len(doc.tokens) or not towns:
            return None
        town = max(towns, key=lambda town: town.population)
        name = doc.text[doc.tokens[start].start : doc.tokens[-1].end]
        if not plausible_alone(name, town):
            return None
        place = evolve(place_location(town), name=name)
    if not place.country or place.country in UNPEOPLED:
        return None
    country = lexicon.country(place.country)
    cameo = f"{country.cameo}CVL" if country else None
    return Actor(name=place.name, kind="civilians", country=place.country, cameo=cameo)
