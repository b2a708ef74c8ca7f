"""Entities in article text: countries, governments, places, named actors, agents and persons.

One pass of the phrase index over the tokens finds every dictionary phrase; the grammar of
short noun phrases then composes them: an owner before an agent ("Nigerian troops"), a title
before a name ("Brigadier General Valiollah Madani"), a possessive ("Iran's foreign minister,
Abbas Araghchi"), an appositive, and later mentions by surname, title or pronoun.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import cast

import attr
from attrs import evolve, field

from .. import codebooks, gazetteer
from .._models import ACTOR_KINDS, Actor, ActorKind, Location, Span, replaced
from ..gazetteer import Country, NamedActor, Place, Subdivision
from ._dates import MONTH_NAMES
from ._lexicon import (
    ARABIC_ARTICLES,
    FACILITIES,
    KIND_OF_ROLE,
    AgentWord,
    Lexicon,
    common_title_words,
    person_title_words,
)
from ._mypyc import new_dict, new_list
from ._numbers import TENS, UNITS
from ._phrases import Entry
from ._text import ABBREVIATIONS, DETERMINERS, Document, Token, in_dateline

__all__ = [
    "UNPEOPLED",
    "ActorMention",
    "Entities",
    "LocationMention",
    "find_entities",
    "plausible_alone",
]

_PERSON_TITLE_WORDS = person_title_words()
_COMMON_TITLES = common_title_words()

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "my",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "without",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "until",
        "as",
        "than",
        "then",
        "when",
        "while",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "why",
        "how",
        "if",
        "though",
        "although",
        "because",
        "so",
        "not",
        "no",
        "yes",
        "all",
        "any",
        "each",
        "every",
        "some",
        "many",
        "much",
        "more",
        "most",
        "other",
        "another",
        "such",
        "both",
        "either",
        "neither",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "last",
        "next",
        "he",
        "she",
        "it",
        "they",
        "we",
        "you",
        "i",
        "me",
        "him",
        "them",
        "us",
        "there",
        "here",
        "also",
        "just",
        "only",
        "even",
        "still",
        "yet",
        "already",
        "very",
        "too",
        "about",
        "above",
        "across",
        "against",
        "along",
        "among",
        "around",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "despite",
        "down",
        "inside",
        "near",
        "off",
        "out",
        "outside",
        "past",
        "per",
        "through",
        "throughout",
        "toward",
        "towards",
        "up",
        "upon",
        "via",
        "within",
        "amid",
        "amidst",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "said",
        "says",
        "say",
        "told",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "outside",
        "inside",
        "around",
        "across",
        "toward",
        "towards",
        "through",
        "throughout",
        "via",
        "within",
        "between",
        "along",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
    ]
)
SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "warned",
        "stressed",
        "noted",
        "stated",
        "announced",
        "declared",
        "claimed",
        "insisted",
        "explained",
        "urged",
        "argued",
        "confirmed",
        "denied",
        "reiterated",
        "emphasized",
        "emphasised",
        "highlighted",
        "underscored",
        "according",
    ]
)
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "del",
        "da",
        "di",
        "van",
        "von",
        "der",
        "le",
        "la",
        "du",
        "dos",
        "das",
    ]
)
_INITIAL = re.compile(r"[A-Z]\.?")


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class ActorMention:
    """An actor named in the text: tokens ``[first, last)`` and the actor's registry key."""

    first: int
    last: int
    key: str
    how: str  # "country", "metonym", "named", "agent", "person", "surname", "title", "pronoun"
    possessive: bool = False


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class LocationMention:
    first: int
    last: int
    key: str


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class _ActorRecord:
    actor: Actor
    spans: list[Span] = field(factory=new_list)
    surname: str | None = None
    gender: str | None = None


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class _LocationRecord:
    location: Location
    spans: list[Span] = field(factory=new_list)


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class Entities:
    """Everything the entity step found, with token positions for the later steps."""

    actor_mentions: list[ActorMention] = field(factory=new_list)
    location_mentions: list[LocationMention] = field(factory=new_list)
    nationality_spans: list[tuple[int, int, str]] = field(factory=new_list)  # tokens, iso3
    # The same, indexed: start -> end, and token -> (start, iso3).
    nationality_ends: dict[int, int] = field(factory=new_dict)
    nationality_at: dict[int, tuple[int, str]] = field(factory=new_dict)
    actors: dict[str, _ActorRecord] = field(factory=new_dict)
    locations: dict[str, _LocationRecord] = field(factory=new_dict)
    _by_token: dict[int, ActorMention] | None = None
    _indexed: int = 0

    def actor(self, key: str) -> Actor:
        return self.actors[key].actor

    def mention_at(self, token: int) -> ActorMention | None:
        """The actor mention covering a token. The index grows with the mentions (found while
        the entity step still adds them: rebuilding it on each addition was quadratic)."""
        count = len(self.actor_mentions)
        if self._by_token is None or count < self._indexed:
            self._by_token, self._indexed = {}, 0
        if self._indexed < count:
            index = self._by_token
            for mention in self.actor_mentions[self._indexed :]:
                for position in range(mention.first, mention.last):
                    index.setdefault(position, mention)
            self._indexed = count
        return self._by_token.get(token)

    def final_actors(self) -> list[Actor]:
        """Actors in order of first mention, with all their mentions."""
        ordered = sorted(self.actors.values(), key=lambda r: r.spans[0].start if r.spans else 0)
        return [_with_mentions(record.actor, record.spans) for record in ordered]

    def ensure_actor(self, key: str, actor: Actor, span: Span) -> None:
        """Register an actor found by a later step (an owner adjective of an event noun)."""
        record = self.actors.get(key)
        if record is None:
            record = _ActorRecord(actor)
            self.actors[key] = record
        if span not in record.spans:
            record.spans.append(span)

    def final_actor(self, key: str) -> Actor:
        record = self.actors[key]
        return _with_mentions(record.actor, record.spans)

    def final_locations(self) -> list[Location]:
        ordered = sorted(self.locations.values(), key=lambda r: r.spans[0].start if r.spans else 0)
        return [_located(record.location, record.spans) for record in ordered]


def span_order(span: Span) -> tuple[int, int, str]:
    """Spans in text order, in a fixed order where two cover the same text: a set of spans
    iterates in an order that varies from one run to the next."""
    return span.start, span.end, span.label


def _with_mentions(actor: Actor, spans: list[Span]) -> Actor:
    return replaced(actor, mentions=tuple(sorted(set(spans), key=span_order)))


def _located(location: Location, spans: list[Span]) -> Location:
    return replaced(location, mentions=tuple(sorted(set(spans), key=span_order)))


# -- actors built from gazetteer records -----------------------------------------------------
def state_actor(country: Country) -> Actor:
    return Actor(name=country.name, kind="state", country=_iso(country), cameo=country.cameo)


def government_actor(country: Country) -> Actor:
    return Actor(
        name=f"Government of {country.name}",
        kind="government",
        country=_iso(country),
        cameo=f"{country.cameo}GOV",
    )


def military_actor(country: Country) -> Actor:
    return Actor(
        name=f"Military of {country.name}",
        kind="military",
        country=_iso(country),
        cameo=f"{country.cameo}MIL",
    )


def named_actor(record: NamedActor, day: dt.date | None) -> Actor:
    code = record.cameo_on(day) or None
    kind = record.kind if record.kind in _KINDS else "organization"
    if record.kind == "person" or code is None:
        pass
    elif kind in ("organization", "unknown") or (code != record.cameo and code[3:6] in KIND_OF_ROLE):
        # The code of the day says the kind: the Taliban were rebels (AFGREB) until 2021.
        kind = KIND_OF_ROLE.get(code[3:6], KIND_OF_ROLE.get(code[:3], kind))
    return Actor(
        name=record.name,
        kind=as_kind(kind),
        country=_armed_group_country(code) or record.country or None,
        cameo=code,
        title=record.title or None,
    )


# Non-state armed roles whose CAMEO prefix names the state the group comes from and fights.
_ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})


def _armed_group_country(code: str | None) -> str | None:
    """The country of an armed group is the state its code names (the FDLR, RWAREB, is a
    Rwandan group), not where it is based (eastern Congo): the gazetteer's ``country`` of such
    a group says where it operates, which still steers place names, but CAMEO, ACLED and the
    press give the group the nationality of the state it contests."""
    if not code or code[3:6] not in _ARMED_ROLES:
        return None
    state = gazetteer.country(code[:3])
    return _iso(state) if state is not None else None


_KINDS = frozenset(ACTOR_KINDS)


# Capitalised words that follow "in" without naming a place.
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_NOT_PLACES = _MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday english arabic french russian "
    "spanish chinese persian turkish hebrew parliament congress islam christianity judaism "
    "government power office court charge command control action general total part "
    "particular addition fact response return order support view light spite".split()
)
_DIRECTIONS = frozenset(
    "northern southern eastern western central north-eastern north-western south-eastern "
    "south-western northeastern northwestern southeastern southwestern".split()
)
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)
# The state abbreviations of ACLED's Indian notes ("(Chennai, TN)", "Kaushambi (UP)").
ABBREVIATED_STATES = {"TN": "IN-TN", "UP": "IN-UP", "AP": "IN-AP", "J&K": "IN-JK",
                      "JK": "IN-JK", "WB": "IN-WB", "MP": "IN-MP", "HP": "IN-HP", "KN": "IN-KA",
                      "KA": "IN-KA",
                      # and its Pakistani ones: "(Landi Kotal, Khyber district, KP)"
                      "KP": "PK-KP", "KPK": "PK-KP", "GB": "PK-GB", "AJK": "PK-JK"}
_PART_OF_TOWN = _COMPASS | frozenset("central downtown northern southern eastern western "
                                     "suburban greater".split())
_NAME_COMPASS = frozenset("North South East West Upper Lower".split())
# Verbs whose object is a place: "visited Turkey", "arrived in" is a preposition's work.
_VISITING = frozenset({"visit", "visits", "visited", "visiting", "toured", "tour"})
# Capitalised words that name a feature of a place rather than continue another name.
_FEATURE_WORDS = frozenset({"airport", "dam", "strip", "river", "bridge", "port", "base",
                            "camp", "valley", "mountains", "hills", "lake", "bay"})
_LISTING = frozenset({"including", "and", ",", "or"})
# words between a place and a role word that make the place no owner of it
_NOT_AN_OWNER = frozenset({",", "and", "or"})
# What follows a firm's name ("the Seven Seas Salt company")
_BUSINESS_HEADS = frozenset("company factory plant firm mill mine".split())
# Head nouns of a body's name, after which a bracket holds its initials, not a region
_ORGANISATION_HEADS = frozenset(
    "association movement front party union council committee alliance coalition network "
    "organisation organization federation league commission authority agency ministry "
    "company corporation foundation society institute assembly congress tribunal court "
    "bank group forces army brigade brigades battalion".split())
_UNIDENTIFIED = frozenset(["unidentified", "unknown", "masked", "suspected"])
_ANONYMOUS = frozenset(["CRM", "CVL", "UAF", "REB", "INS", ""])
# Petty criminals: the suspects of a theft, whom a crowd or a militia beats (no gang)
PETTY_CRIMINALS = frozenset("thief thieves pickpocket pickpockets burglar burglars".split())
# Verbs of taking ground: a capitalised name after them that no dictionary knows is a place.
_TAKEN_PLACE = frozenset({"captured", "recaptured", "seized", "retook", "overran", "encircled",
                          "besieged", "shelled", "bombarded", "stormed", "raided", "attacked",
                          "bombed"})
# The words after which _unknown_places looks for a place ("to" ends ACLED's "coded to").
_UNKNOWN_PLACE_CUES = _TAKEN_PLACE | {
    "near", "of", "in", "including", "at", "from", "mount", ",", "and", "to", "between", "on",
    "as",  # ACLED's "coded as"
}
# What ends the place of ACLED's "(coded as Hpapun)", "coded as Djibo at geoprecision 3".
_CODED_AS_ENDS = frozenset({")", "at", ",", "."})
_AT = frozenset({"at"})
# The ways a place is reached by: "the road to Kherbet Jamus".
_ROUTES = frozenset({"road", "route", "highway", "way"})

# Prepositions after which a bare surname is a place, not a person.
_WHERE = frozenset({"in", "near", "at", "outside", "around", "towards", "toward", "into"})

# What a force holds and is attacked through ("army positions", "a police convoy").
_HELD = FACILITIES | frozenset({"convoy", "convoys", "outpost", "outposts", "vehicle", "vehicles",
                                "patrol", "patrols", "garrison", "garrisons"})

# Past participles that modify a noun as adjectives do.
_PARTICIPLE_ADJECTIVES = frozenset(
    "armed united unidentified suspected alleged retired organized organised masked exiled "
    "banned allied based backed led sponsored trained supported elected appointed detained "
    "jailed wounded injured displaced armored armoured mechanized mechanised motorized "
    "specialized specialised combined disputed outlawed proscribed designated deposed ousted "
    "embattled unarmed uniformed hooded disgruntled renewed expanded isolated imprisoned "
    "kidnapped abducted besieged beleaguered assigned deployed stationed affiliated aligned "
    "unnamed veiled integrated unified registered licensed accredited invited "
    "reinforced".split()
)
# Past forms that do not end in -ed: a verb, not a modifier ("Britain sent troops").
IRREGULAR_PAST = frozenset(
    "beat beaten began begun blew blown broke broken brought cut drove fought found gave given "
    "held hit "
    "hurt kept led left lost made met ordered overran overrun burnt put ran retook slit said seized sent "
    "set shot slain sought struck taken threw thrown told took withdrawn withdrew won".split()
)


def _past_form(norm: str) -> bool:
    """A word that reads as a past-tense verb ("mobilized", "sent")."""
    return (len(norm) > 4 and norm.endswith("ed")) or norm in IRREGULAR_PAST


def _iso(country: Country) -> str | None:
    from .._validators import is_country

    return country.iso3 if is_country(country.iso3) else None


def country_location(country: Country, *, capital: bool = False) -> Location:
    """The country as a place, or its capital (the gazetteer's point is the capital's)."""
    return Location(
        name=country.capital if capital else country.name,
        country=_iso(country),
        latitude=country.latitude,
        longitude=country.longitude,
        geo_precision=1 if capital else 3,
        kind="capital" if capital else "country",
    )


def subdivision_location(record: Subdivision, lexicon: Lexicon) -> Location:
    top = first_level(record)
    return Location(
        name=record.name,
        country=record.country or None,
        admin1=top.name,
        admin2=record.name if top is not record else None,
        iso3166_2=record.code,
        geo_precision=3,
        kind=record.type or "region",
    )


# Parents ISO 3166-2 lists that are no administrative level of their own (Uganda's four
# regions, Indonesia's islands), or not the first level ACLED and GeoNames use (Ireland's
# provinces, Iraq's Kurdistan Region).
_NOT_FIRST_LEVEL = frozenset({"geographical region", "geographical unit", "chain (of islands)"})
_OWN_FIRST_LEVEL = frozenset({"IRL", "IRQ", "GNB"})


@functools.cache
def _town_counts() -> Counter[str]:
    return Counter(place.country for place in gazetteer.places())


def _towns_in(iso3: str | None) -> int:
    """How many towns the gazetteer has in a country: a prior for its size, where nothing
    else tells two readings of a name apart (loaded only then)."""
    return _town_counts()[iso3] if iso3 else 0


def first_level(record: Subdivision) -> Subdivision:
    """The first-level division a subdivision lies in (itself when it is one): a province of
    Burkina Faso lies in a region, ACLED's and GeoNames' admin1."""
    if not record.parent or record.country in _OWN_FIRST_LEVEL:
        return record
    parent = gazetteer.subdivision(record.parent)
    if parent is None or parent.type in _NOT_FIRST_LEVEL:
        return record
    return first_level(parent)


# Parts of a city its name may qualify ("a Nairobi slum", "the Kabul suburb of ...")
_PART_OF_CAPITAL = frozenset("slum slums suburb suburbs neighbourhood neighborhood district "
                             "districts street streets market township estate outskirts "
                             "hospital prison mosque church school university".split())


def _title_head(title: str) -> str:
    """The noun a title names its holder by: "officer" in "police officer", "minister" in
    "Minister of Defence" (not "police", which names the force)."""
    words = title.lower().split()
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def place_location(record: Place) -> Location:
    return Location(
        name=record.name,
        country=record.country or None,
        admin1=record.admin1 or None,
        iso3166_2=record.admin1_code or None,
        latitude=record.latitude,
        longitude=record.longitude,
        geo_precision=1 if record.kind in _TOWN_KINDS else 2,
        kind=record.kind or "city",
        feature_id=record.id,
    )


_TOWN_KINDS = frozenset({"city", "capital", "town", "village"})

# Territories without a permanent population (ISO 3166 lists them as countries): no state,
# government or people of theirs can act, so their names are places only. Antarctica has
# no sovereign at all (the Antarctic Treaty); the others are uninhabited dependencies.
UNPEOPLED = frozenset({"ATA", "ATF", "BVT", "HMD", "SGS", "UMI"})


class _Finder:
    """Finds and composes entity mentions in one document."""

    def __init__(self, doc: Document, lexicon: Lexicon, published: dt.date | None) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.lexicon = lexicon
        self.published = published
        self.found = Entities()
        self.taken = [False] * len(doc.tokens)
        self.country_votes: Counter[str] = Counter()
        self.region_votes: Counter[str] = Counter()  # countries of unambiguous regions named
        # Prepended agents ("MSF" of "MSF Arnor diplomat") by the token after them.
        self.prefixes: dict[int, tuple[int, AgentWord]] = {}
        self._location_by_last: dict[int, LocationMention] = {}  # token after a place -> it

    # -- registries ---------------------------------------------------------------------
    def span(self, first: int, last: int, label: str = "") -> Span:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        return Span(start=start, end=end, label=label, text=self.doc.text[start:end])

    def add_actor(
        self, key: str, actor: Actor, first: int, last: int, how: str, *, surname: str | None = None
    ) -> ActorMention:
        record = self.found.actors.get(key)
        if record is None:
            record = _ActorRecord(actor, surname=surname)
            self.found.actors[key] = record
        record.spans.append(self.span(first, last, "actor"))
        possessive = last < len(self.tokens) and self.tokens[last].norm == "'s"
        mention = ActorMention(first, last, key, how, possessive)
        self.found.actor_mentions.append(mention)
        for index in range(first, last):
            self.taken[index] = True
        return mention

    def add_location(self, key: str, location: Location, first: int, last: int) -> None:
        record = self.found.locations.get(key)
        if record is None:
            record = _LocationRecord(location)
            self.found.locations[key] = record
        record.spans.append(self.span(first, last, "location"))
        mention = LocationMention(first, last, key)
        self.found.location_mentions.append(mention)
        self._location_by_last[last] = mention
        for index in range(first, last):
            self.taken[index] = True

    # -- the pass -----------------------------------------------------------------------
    def run(self) -> Entities:
        matches = list(self.lexicon.phrases.scan(self.tokens, self.doc.all_caps, self.doc.norms))
        self._vote_countries(matches)
        for first, last, entries in matches:
            self._interpret(first, last, entries)
        self._unknown_places()
        self._parenthetical_regions()
        self._titled_persons()
        self._speaker_names()
        self._surnames_and_titles()
        self._title_nouns_to_persons()
        self._nationals()
        self._borders()
        self._descriptors()
        self._coordinated_peoples()
        self.found.actor_mentions.sort(key=lambda m: (m.first, m.last))
        self.found.location_mentions.sort(key=lambda m: (m.first, m.last))
        return self.found

    def _descriptors(self) -> None:
        """ "the paramilitary Rapid Support Forces", "rebel group M23", "Islamist militants
        al-Shabaab": a role word right before a named group describes it; the group is the
        actor, named over both."""
        named_at = {m.first: m for m in self.found.actor_mentions if m.how == "named"}
        for mention in [m for m in self.found.actor_mentions if m.how == "agent"]:
            following = named_at.get(mention.last)
            if following is None:
                continue
            described, actor = self.found.actor(mention.key), self.found.actor(following.key)
            if (described.kind == "military") != (actor.kind == "military") or not (
                described.kind in _ARMED_KINDS and actor.kind in _ARMED_KINDS
                and described.country in (None, actor.country)
            ):
                continue  # "Nigerian troops ISWAP fighters": two actors, a comma missing
            record = self.found.actors[mention.key]
            record.spans.remove(self.span(mention.first, mention.last, "actor"))
            if not record.spans:
                del self.found.actors[mention.key]
            record = self.found.actors[following.key]
            record.spans.remove(self.span(following.first, following.last, "actor"))
            self._drop_mention(mention)
            self._drop_mention(following)
            self.add_actor(following.key, actor, mention.first, following.last, "named")

    def _coordinated_peoples(self) -> None:
        """Two peoples whose militias fight, named by the peoples alone: "Fulani and Dogon
        militias clashed", "Fur and Arab militia", "clashes between Misseriya and Salamat"
        (there a people, not Chad's region). Each is its people's militia, as ACLED codes
        them."""
        tokens = self.tokens
        for joint in self.doc.positions(("and",)):
            if not (0 < joint < len(tokens) - 1 and tokens[joint - 1].text[:1].isupper()
                    and tokens[joint + 1].text[:1].isupper()):
                continue  # a people's name is capitalised, on both sides
            first = self._people_at(joint, before=True)
            second = self._people_at(joint + 1)
            if first is None or second is None or any(self.taken[joint - first[0] : joint]):
                continue
            index, end = joint - first[0], joint + 1 + second[0]
            militias = end < len(tokens) and tokens[end].norm in ("militia", "militias")
            between = index > 0 and tokens[index - 1].norm == "between"
            if not (militias or between):
                continue
            self._named(index, joint, first[1])
            place = next((m for m in self.found.location_mentions
                          if (m.first, m.last) == (joint + 1, end)), None)
            if place is not None and between:
                # "between Misseriya and Salamat": a place's name read as the people's
                self._drop_location(place)
                for position in range(joint + 1, end):
                    self.taken[position] = False
            if not any(self.taken[joint + 1 : end]):  # ("Fur and Arab militia": named)
                self._named(joint + 1, end, second[1])
                if militias:
                    self.taken[end] = True  # (the shared head noun)

    def _people_at(self, index: int, before: bool = False) -> tuple[int, NamedActor] | None:
        """The people or clan named, capitalised, in one or two words starting at a token (or
        ending right before it), with its militia's record: (words, record)."""
        for size in (2, 1):
            start = index - size if before else index
            words = self.tokens[max(0, start) : start + size]
            if start < 0 or len(words) < size or not all(t.text[:1].isupper() for t in words):
                continue
            record = self.lexicon.communities.get(" ".join(token.norm for token in words))
            if record is not None:
                return size, record
        return None

    def _vote_countries(self, matches: list[tuple[int, int, list[Entry]]]) -> None:
        for first, last, entries in matches:
            for entry in entries:
                if entry.kind in ("country", "adjective", "capital"):
                    self.country_votes[entry.record.iso3] += 1
            named = {e.record.country for e in entries if e.kind == "actor" and e.priority > 1
                     and e.record.kind not in ("person", "igo", "ngo", "media")}
            if len(named) == 1 and _valid_iso(next(iter(named))):
                # "the FARDC", "Congolese army": a country's own forces and parties
                self.country_votes[next(iter(named))] += 1
            regions = {e.record.country for e in entries if e.kind == "subdivision"}
            if last - first == 1 and self.tokens[first].norm in _COMMON_WORDS:
                continue  # "East Harerge zone": an ordinary word, no region of Cameroon
            if len(regions) == 1 and all(e.kind == "subdivision" for e in entries):
                # "(Hodan, Banadir)": a region only one country has; it breaks a tie between
                # two readings of a name ("SNA": Somalia's army, not Syria's rebels)
                self.region_votes[next(iter(regions))] += 1

    def _preceded_by(self, index: int, words: frozenset[str]) -> bool:
        return index > 0 and self.tokens[index - 1].norm in words

    def _interpret(self, first: int, last: int, entries: list[Entry]) -> None:
        if any(self.taken[first:last]):
            return
        entry = self._choose(first, last, entries)
        if entry is None:
            return
        kind, record = entry.kind, entry.record
        if kind in ("country", "adjective") and record.iso3 in UNPEOPLED:
            # Antarctica, Bouvet Island: places where things happen, never actors.
            if kind == "country":
                self.add_location(f"country:{record.iso3}", country_location(record), first, last)
            return
        if kind == "country":
            if first and (self.tokens[first - 1].norm in _DIRECTIONS or (
                self.tokens[first - 1].text in _COMPASS  # "in northwest Pakistan"
            )):
                # "northern Iraq", "Eastern Ukraine": a part of the country, a place
                part = self.surface(first - 1, last)
                location = evolve(country_location(record), name=part, kind="region")
                self.add_location(f"part:{part.lower()}", location, first - 1, last)
                return
            self.add_actor(f"state:{record.iso3}", state_actor(record), first, last, "country")
            # A country is a place where the text puts something in it ("fighting in Syria");
            # otherwise it is the state acting or acted upon.
            if self._locative_country(first, last):
                self.add_location(f"country:{record.iso3}", country_location(record), first, last)
        elif kind == "adjective":
            self._adjective(first, last, record)
        elif kind == "capital":
            self._capital(first, last, record, entries)
        elif kind == "seat":
            self.add_actor(f"gov:{record.iso3}", government_actor(record), first, last, "metonym")
        elif kind == "military_seat":
            self.add_actor(f"mil:{record.iso3}", military_actor(record), first, last, "metonym")
        elif kind == "subdivision":
            if last - first == 1 and self.tokens[first].norm in _COMMON_WORDS:
                return  # "Central", "Northern", "Capital": regions named by ordinary words
            if last - first == 1 and self.tokens[first].norm in _COMPASS and (
                last < len(self.tokens) and self.tokens[last].text[:1].isupper()
            ):
                return  # "West Wollega": a name that begins with a compass word
            location = evolve(
                subdivision_location(record, self.lexicon), name=self.surface(first, last)
            )
            self.add_location(f"sub:{record.code}", location, first, last)
        elif kind == "place":
            self._place(first, last, record)
        elif kind == "actor":
            self._named(first, last, record)
        elif kind == "agent":
            self._agent(first, last, record)

    def _choose(self, first: int, last: int, entries: list[Entry]) -> Entry | None:
        """Pick one reading: the most specific kind, then the one consistent with the article."""

        def score(entry: Entry) -> tuple[int, int, int, int, int]:
            country = _country_of(entry)
            votes = self.country_votes.get(country, 0) if country else 0
            regions = self.region_votes.get(country, 0) if country else 0
            population = entry.record.population if entry.kind == "place" else 0
            # Regions of two countries with one name ("Gaza": a Palestinian governorate and a
            # Mozambican province): the country whose other records (the Gaza Strip) carry the
            # name too is the one the name usually means.
            support = (
                sum(other is not entry and _country_of(other) == country for other in entries)
                if entry.kind == "subdivision" and country else 0
            )
            return (entry.priority, votes, regions, support, population)

        if self._inside_longer_name(first, last) or self._preceded_by(
            first, _WHERE | _TAKEN_PLACE
        ) or (last < len(self.tokens) and (
            # "eastern Congo's Masisi territory": a place named as one
            self.tokens[last].norm in _SETTLEMENT_NOUNS or self.tokens[last].norm in _REGION_NOUNS
        )):
            # "President Ibrahim Mohamed Solih" is not Anwar Ibrahim by his surname, nor
            # "Mansir Hassan" a Hassan known by that one name; "near Masisi", "captured
            # Masisi": a place, not Botswana's president.
            one_name = last - first == 1
            entries = [e for e in entries if not (e.kind == "actor" and (
                e.priority == 1 or (one_name and e.record.kind == "person")
            ))]
            if not entries:
                return None
        if last - first == 1 and first and self.tokens[first - 1].norm == "the":
            # "the Carney shot down four drones": a ship or a building named after someone,
            # not the person known by that one name
            entries = [e for e in entries if not (e.kind == "actor" and e.record.kind == "person")]
            if not entries:
                return None
        if not self.doc.all_caps and self._in_arabic_name(first, last):
            # "Ain al Arab", "Ain Issa", "Ras al Ain": a longer Arabic name, not France's Ain
            # nor the Emirates' Al Ain
            entries = [e for e in entries if e.kind not in _PLACE_KINDS]
            if not entries:
                return None
        best = entries[0] if len(entries) == 1 else max(entries, key=score)
        if best.kind == "place" and not self._place_plausible(first, last, best.record):
            others = [entry for entry in entries if entry.kind != "place"]
            return max(others, key=score) if others else None
        return best

    def _in_arabic_name(self, first: int, last: int) -> bool:
        """Whether a name stands inside a longer Arabic place name: an article and a
        capitalised word follow it ("Ain al Arab"), it is a toponym's first word before a
        capitalised one ("Ain Issa"), or it begins with an article after one ("Ras al Ain")."""
        tokens = self.tokens
        if last < len(tokens) and self._arabic_name(last):
            return True
        if last - first == 1 and tokens[first].norm in _ARABIC_PREFIXES and last < len(tokens) and (
            tokens[last].text[:1].isupper()
        ):
            return True
        if first > 1 and tokens[first - 1].norm in ARABIC_ARTICLES and (
            tokens[first - 1].text[:1].isupper() and not self._sentence_start(first - 1)
        ):
            return True  # "in An Nada": the article is the name's ("An Nada", not China's Nada)
        if first > 0 and tokens[first - 1].norm in _ARABIC_PREFIXES and (
            tokens[first - 1].text[:1].isupper() and not self._sentence_start(first - 1)
        ):
            return True  # "in Abu Saida": not Algeria's Saida
        return first > 0 and tokens[first].norm in ARABIC_ARTICLES and (
            tokens[first - 1].text[:1].isupper() and not self._sentence_start(first - 1)
        )

    def _inside_longer_name(self, first: int, last: int) -> bool:
        """Whether capitalised words (not a title) run on before or after these tokens."""
        if self.doc.all_caps:
            return False

        def name_word(index: int) -> bool:
            token = self.tokens[index]
            # "As Said", "Al Qaim": a capitalised Arabic article begins a longer name
            return token.is_word and token.text[:1].isupper() and (
                token.norm not in FUNCTION_WORDS or token.norm in ARABIC_ARTICLES
            )

        after = last < len(self.tokens) and name_word(last) and not any(
            # "the Biden Administration", "Putin Government": a role word, not more name
            e.kind in ("agent", "title") for e in self.lexicon.phrases.longest(self.tokens, last)[1]
        )
        before = first > 0 and name_word(first - 1) and not self._sentence_start(first - 1) and (
            not self.lexicon.titles.starts(self.tokens[first - 1].norm)
        )
        return after or before

    def _place_plausible(self, first: int, last: int, place: Place) -> bool:
        text = " ".join(token.text for token in self.tokens[first:last])
        if place.kind not in _TOWN_KINDS and place.kind not in ("", "city"):
            return True  # named features: straits, corridors, seas
        if any(
            self.tokens[index].norm in ("exercise", "operation")
            for index in range(max(0, first - 2), first)
        ):
            return False  # "Exercise Eager Lion", "Operation Desert Storm"
        if text.lower() in MONTH_NAMES and any(
            0 <= index < len(self.tokens) and self.tokens[index].text.isdigit()
            for index in (first - 1, last)
        ):
            return False  # "March 3", "3 March": a date, not the town
        following = self.tokens[last] if last < len(self.tokens) else None
        if (
            following is not None
            and not self.doc.all_caps
            and following.text[:1].isupper()
            and following.norm not in _PLACE_NOUNS
            and following.norm not in _FEATURE_WORDS
            and not any(  # "Oxford University", "Kano Police": an institution of the place
                e.kind == "agent" for e in self.lexicon.phrases.longest(self.tokens, last)[1]
            )
            and not (
                # after "in", a name the dictionaries know may follow ("in Kabul Afghan
                # police said"); a word they do not know continues the name ("in Pedro
                # Camejo municipality", "in Ban Buenae Pade": not Pedro, not Ban)
                self._preceded_by(first, LOCATIVE)
                and self.lexicon.phrases.longest(self.tokens, last)[1]
            )
        ):
            return False  # "Greenwich Mean Time": a name that runs on
        if following is not None and following.norm in _BUSINESS_HEADS and first >= 2 and all(
            self.tokens[index].text[:1].isupper() and not self._sentence_start(index)
            for index in (first - 2, first - 1)
        ):
            return False  # "the Seven Seas Salt company": a firm's name ends with it
        if following is not None and following.norm in ("village", "town") and first and (
            self._glued_name(first - 1, first)
            and self.lexicon.phrases.longest(self.tokens, first - 1)[0] != first
        ):
            return False  # "from Nam Kyin San village": the village's name ends with it
        if text.lower() in _MONTHS and not (following is not None and (
            following.norm == "(" or (following.norm == "," and any(
                entry.kind in ("place", "subdivision")
                for entry in self.lexicon.phrases.longest(self.tokens, last + 1)[1]))
        )):
            # "in Gao in March": the month, not the English town ("in March, Cambridgeshire"
            # is the town)
            return False
        if self._preceded_by(first, LOCATIVE) or self._preceded_by(first, frozenset({"of"})):
            return True
        if self._preceded_by(first, _LISTING) and any(
            self._location_ending(position) for position in range(max(0, first - 6), first)
        ):
            return True  # "Iraqi territory, including Tikrit", "in Aleppo and Homs"
        if (
            last < len(self.tokens)
            and self.tokens[last].norm == ","
            and last + 1 < len(self.tokens)
        ):
            follower = self.tokens[last + 1].norm
            if follower in {
                c.name.lower() for c in self.lexicon.countries() if c.iso3 == place.country
            }:
                return True
        if text.lower() in FUNCTION_WORDS or text.lower() in _COMMON_WORDS or (
            text.lower() in _NOT_PLACES
        ):
            return False  # "March" the month, not the town
        if place.population >= 100_000:
            return True
        sentence_start = first == self.doc.sentences[self.doc.sentence_of(first)].first
        return place.population >= 15_000 and not sentence_start and last - first > 1

    def _adjective(self, first: int, last: int, country: Country) -> None:
        self.found.nationality_spans.append((first, last, country.iso3))
        self.found.nationality_ends[first] = last
        for position in range(first, last):
            self.found.nationality_at[position] = (first, country.iso3)
        # "Iranian and Armenian special forces": the owner of a later head noun, kept as a
        # nationality; agents and titles consult it when they are composed.
        # A plural demonym is a noun ("Palestinians reached a deal"): it cannot modify one.
        plural = self.tokens[last - 1].norm.endswith("s") and self.tokens[last - 1].norm not in (
            "swiss", "burmese", "chinese", "japanese", "lebanese", "sudanese", "congolese",
        )
        if plural and (
            last >= len(self.tokens)
            or not self.tokens[last].is_word
            or self.tokens[last].norm in FUNCTION_WORDS
            or self.tokens[last].text[:1].islower()
        ):
            # "Iranians", "Palestinians": the people of the country.
            actor = Actor(
                name=self.doc.text[self.tokens[first].start : self.tokens[last - 1].end],
                kind="civilians",
                country=_iso(country),
                cameo=country.cameo,
            )
            self.add_actor(f"people:{country.iso3}", actor, first, last, "country")

    def _capital(self, first: int, last: int, country: Country, entries: list[Entry]) -> None:
        # A capital is a place (with the gazetteer town's region and point when it has one);
        # named as the doer of something it is its government ("Tehran says").
        town = next(
            (e.record for e in entries if e.kind == "place" and e.record.country == country.iso3),
            None,
        )
        place = country_location(country, capital=True)
        # named as the text spells it, as towns are ("NDjamena", "Kiev"; not a dateline's
        # capitals, "KHARTOUM")
        written = self.surface(first, last)
        name = place.name if written.isupper() else written
        if town is not None:
            place = evolve(place_location(town), name=name, kind="capital")
        elif name != place.name:
            place = evolve(place, name=name)
        self.add_location(f"capital:{country.iso3}", place, first, last)
        previous = self.tokens[first - 1].norm if first else ""
        if previous in _PART_OF_TOWN and first >= 2:
            previous = self.tokens[first - 2].norm  # "in central Maputo"
        following = self.tokens[last].norm if last < len(self.tokens) else ""
        if previous in _IN_PLACE or previous in _VISITING or "(" in (previous, following) or (
            # "in a Nairobi slum", "a Kabul suburb": the capital names a part of it
            previous in ("a", "an", "the") and following in _PART_OF_CAPITAL
        ) or (
            previous == "," and first >= 2 and self.tokens[first - 2].text[:1].isupper()
        ) or in_dateline(
            self.doc.text, self.tokens[first].start, self.tokens[last - 1].end
        ):
            # "in Nairobi", "Kabul (Kabul)", "in Karrada, Baghdad", a dateline ("KHARTOUM,
            # May 2 (Reuters) -"): only the place
            return
        self.add_actor(f"gov:{country.iso3}", government_actor(country), first, last, "metonym")

    def _place(self, first: int, last: int, place: Place) -> None:
        # Named as the text spells it ("Douma", not the gazetteer's "Dūmā"): that is the
        # spelling a reader and a dataset expect.
        location = place_location(place)
        if place.kind in _TOWN_KINDS:
            location = evolve(location, name=self.surface(first, last))
        self.add_location(f"place:{place.id}", location, first, last)

    def surface(self, first: int, last: int) -> str:
        return self.doc.text[self.tokens[first].start : self.tokens[last - 1].end]

    def _parenthetical_regions(self) -> None:
        """ACLED's "Gwoza (Borno)" and the press's "Dansadau forest, Zamfara state": the region
        after a place says where it is, and a gazetteer match in another country gives way to
        it; "Rugari of Rutshuru territory (Nord-Kivu)" names a village in a district. Other
        mentions of the same name take the same reading (one sense per text).

        Linear in the text: the mentions are indexed once, and what is withdrawn or re-read is
        applied in one pass at the end.
        """
        tokens = self.tokens
        count = len(tokens)
        ending = {mention.last: mention for mention in self.found.location_mentions}
        # The actors' countries weigh the regions' readings; no actor is added in this pass.
        actor_countries = Counter(record.actor.country for record in self.found.actors.values())
        withdrawn: list[LocationMention] = []
        states: set[int] = set()  # tokens of a bracket's region or country: no state acting
        readings: dict[str, tuple[str, Location]] = {}

        def withdraw(mention: LocationMention | None) -> None:
            if mention is not None and ending.get(mention.last) is mention:
                del ending[mention.last]
                withdrawn.append(mention)

        resume = 1
        for index in self.doc.positions(("(", ",")):
            if index < resume or index + 1 >= count:
                continue
            found = self._region_after(index)
            if found is None:
                continue
            region_first, region_last, candidates, resume = found  # resume: after the region
            if tokens[index].norm == "(" and tokens[index - 1].norm in _ORGANISATION_HEADS:
                continue  # "the Mothers of April Association (AMA)": a body's initials
            # "Seoni district (Madhya Pradesh)": the place before the noun
            noun = tokens[index - 1].norm in _PLACE_NOUNS | _DISTRICT_NOUNS
            before = (ending.get(index - 1) if noun else None) or ending.get(index)
            if before is not None and self.found.locations[before.key].location.kind == "country":
                continue
            start = before.first if before is not None else self._capitalised_start(index)
            if start is None:
                continue
            joined = ending.get(start)
            if before is None and joined is not None and self._glued_name(joined.first, start):
                # "Noma Tounga (Malanville, Alibori)": a gazetteer's "Noma" elsewhere is the
                # first word of the unknown village's name
                withdraw(joined)
                start = joined.first
            name_end = max(index - 1 if noun else index, start + 1)
            place = self.found.locations[before.key].location if before is not None else None
            if place is not None and index + 1 == region_first and self._names_country(
                region_first, region_last, place.country
            ):
                states.update(range(region_first, region_last))
                continue  # "Agadez (Niger)": the town's own country, no region
            if (
                tokens[index].norm == "," and resume == region_last and place is not None
                and place.country and all(country != place.country for country, _ in candidates)
            ):
                continue  # "Tehran, Kabul and Moscow": a list of places, not a region
            withdraw(before)  # the gazetteer's other reading of the name
            admin2 = None
            if tokens[index - 1].norm in _DISTRICT_NOUNS and start >= 2 and (
                tokens[start - 1].norm in ("of", "in", ",")
            ):
                # "Rugari of Rutshuru territory (Nord-Kivu)", "near Bule, Djugu territory
                # (Ituri)": the village, in a district
                village = ending.get(start - 1) or (
                    ending.get(start - 2) if tokens[start - 2].norm in _PLACE_NOUNS else None
                )  # "Rugari of ...", "Mo So village in ..."
                withdraw(village)
                village_start = village.first if village else self._capitalised_start(start - 1)
                if village_start is not None:
                    admin2 = self.surface(start, name_end)
                    start, name_end, place = village_start, start - 1, None
                    if tokens[name_end - 1].norm in _PLACE_NOUNS:
                        name_end -= 1  # "Mo So village in Hpruso township"
            region_last_word = region_last
            if region_last - region_first > 1 and tokens[region_last - 1].norm in _REGION_NOUNS:
                region_last_word -= 1  # "Rakhine State": the region is Rakhine
            region_text = self.surface(region_first, region_last_word)
            country, code = self._region_choice(candidates, place, actor_countries, region_text)
            name = self.surface(start, name_end)
            division = gazetteer.subdivision(code)
            admin1 = division.name if region_text in ABBREVIATED_STATES and division else (
                region_text)
            if division is not None and not self._names_region(region_first):
                # "Irabanda (Daho-Mboutou, Bria)": the brackets end with a town, whose region
                # is the place's first-level one
                admin1, admin2 = division.name, admin2 or region_text
            top = first_level(division) if division is not None else None
            if top is not None and top is not division:
                # "(Markoye, Oudalan)": Oudalan is a province of the Sahel region
                admin1, admin2 = top.name, admin2 or region_text
            part = self._region_part(region_last)
            if part and admin1:
                admin1 = f"{admin1}-{part}"  # ACLED's "Shan-North", "Bago-East"
            listed = region_first > index + 1  # "(Tulkarm, West Bank)": a district, a region
            if place is not None and place.country == country and not (
                # "Tulkarm (Tulkarm, West Bank)": the town, named after its district
                listed and place.iso3166_2 and place.geo_precision == 3
            ):
                updated = evolve(place, admin1=admin1, iso3166_2=code or place.iso3166_2)
                if admin2 is not None:
                    updated = evolve(updated, admin2=admin2)
            else:
                updated = Location(name=name, country=country or None, admin1=admin1,
                                   admin2=admin2, iso3166_2=code, geo_precision=1, kind="town")
            key = f"bracketed:{name.lower()}:{country}:{region_text.lower()}"
            for position in range(start, index):
                self.taken[position] = False
            self.add_location(key, updated, start, name_end)
            ending[name_end] = self.found.location_mentions[-1]
            states.update(range(region_first, region_last))  # "Mokwa (Niger)": a region
            readings.setdefault(name.lower(), (key, updated))
        self._withdraw_locations(withdrawn)
        self._withdraw_states(states)
        if readings:
            self._same_readings(readings)

    def _names_country(self, first: int, last: int, iso3: str | None) -> bool:
        """Whether tokens ``[first, last)`` are the name of the country ``iso3``."""
        end, entries = self.lexicon.phrases.longest(self.tokens, first, self.doc.all_caps)
        return end == last and any(
            entry.kind == "country" and entry.record.iso3 == iso3 for entry in entries)

    def _withdraw_states(self, tokens: set[int]) -> None:
        """Withdraw, in one pass, the countries' names read as their states acting that a
        bracket after a place showed to be its region or its country ("Mokwa (Niger)")."""
        if not tokens:
            return
        gone = [mention for mention in self.found.actor_mentions
                if mention.how == "country" and mention.first in tokens]
        if not gone:
            return
        ids = {id(mention) for mention in gone}
        self.found.actor_mentions = [m for m in self.found.actor_mentions if id(m) not in ids]
        spans: dict[str, set[Span]] = {}
        for mention in gone:
            spans.setdefault(mention.key, set()).add(
                self.span(mention.first, mention.last, "actor"))
        for key, removed in spans.items():
            record = self.found.actors[key]
            record.spans = [span for span in record.spans if span not in removed]
            if not record.spans:
                del self.found.actors[key]

    def _withdraw_locations(self, mentions: list[LocationMention]) -> None:
        """Withdraw location mentions (and the places left with none) in one pass."""
        if not mentions:
            return
        gone = {id(mention) for mention in mentions}
        spans: dict[str, set[tuple[int, int]]] = {}
        for mention in mentions:
            start, end = self.tokens[mention.first].start, self.tokens[mention.last - 1].end
            spans.setdefault(mention.key, set()).add((start, end))
        self.found.location_mentions = [
            m for m in self.found.location_mentions if id(m) not in gone
        ]
        for mention in mentions:
            if self._location_by_last.get(mention.last) is mention:
                del self._location_by_last[mention.last]
        for key, removed in spans.items():
            record = self.found.locations.get(key)
            if record is None:
                continue
            record.spans = [s for s in record.spans if (s.start, s.end) not in removed]
            if not record.spans:
                del self.found.locations[key]

    def _same_readings(self, readings: dict[str, tuple[str, Location]]) -> None:
        """Other mentions of a re-read name take its reading ("between Boni and Hombori, near
        Boni (Mopti)": both Bonis are in Mali)."""
        moved = []
        for mention in self.found.location_mentions:
            reading = readings.get(self.surface(mention.first, mention.last).lower())
            if reading is not None and mention.key != reading[0]:
                moved.append((mention, reading))
        self._withdraw_locations([mention for mention, _ in moved])
        for mention, (key, location) in moved:
            self.add_location(key, location, mention.first, mention.last)

    def _names_region(self, first: int) -> bool:
        """Whether the words at ``first`` name a region (not only a town)."""
        _, entries = self.lexicon.phrases.longest(self.tokens, first, self.doc.all_caps)
        return any(entry.kind == "subdivision" for entry in entries) or (
            self.tokens[first].text in ABBREVIATED_STATES)

    def _region_after(self, index: int) -> tuple[int, int, list[tuple[str, str | None]], int] | None:
        """A region written after a place: "(Borno)", ACLED's "(Kismaayo, Lower Juba)" (the
        district, then the region) or ", Zamfara state". Returns where the region's name is,
        the (country, ISO 3166-2 code) it may stand for, and where to go on."""
        tokens = self.tokens
        opening = tokens[index].norm
        if opening not in ("(", ","):
            return None
        region = index + 1
        if opening == "(":
            region = self._last_listed(index)
        end, entries = self.lexicon.phrases.longest(tokens, region, self.doc.all_caps)
        if opening == "(" and end < len(tokens) and tokens[end].norm in _REGION_NOUNS:
            end += 1  # "(Minbya Township, Mrauk-U District, Rakhine State)"
        candidates: list[tuple[str, str | None]] = []
        # Regions of that name first, the larger country's first: where the text tells nothing
        # else, "(Lower Manya, Eastern)" is Ghana's region, not Fiji's division (nor Uganda's
        # region, no level ACLED uses)
        regions = [entry.record for entry in entries if entry.kind == "subdivision"]
        if len(regions) > 1:
            regions.sort(key=lambda record: (record.type not in _NOT_FIRST_LEVEL,
                                             not record.parent,  # Italy's "Bari", a city
                                             _towns_in(record.country)), reverse=True)
        candidates.extend((record.country, record.code) for record in regions)
        for entry in entries:
            record = entry.record
            if entry.kind == "subdivision":
                continue
            elif opening == "(" and entry.kind == "place":
                candidates.append((record.country, record.admin1_code or None))
            elif opening == "(" and entry.kind == "capital":
                candidates.append((record.iso3, None))
        if not candidates and opening == "(":
            abbreviated = self._abbreviated_state(index, region)
            if abbreviated is not None:
                return abbreviated
            if region > index + 1:
                first_listed = self._region_listed_first(index, region)
                if first_listed is not None:
                    return first_listed
        if not candidates or end >= len(tokens):
            return None
        if opening == "(":
            if tokens[end].norm != ")" and not self._region_part(end):
                # (but "(Shan-North)", ACLED's part of Shan)
                return self._region_listed_first(index, region) if region > index + 1 else None
            if region > index + 1 and (len({country for country, _ in candidates}) > 1 or (
                _compass_only(self.surface(region, end))
            )):
                # "(Ketou, Plateau)": the district listed first tells whose Plateau it is,
                # and whose "South" ("(Tyr, South)")
                _, listed = self.lexicon.phrases.longest(tokens, index + 1, self.doc.all_caps)
                countries = {_country_of(entry) for entry in listed} - {None}
                candidates = [c for c in candidates if c[0] in countries] or (
                    # "(Mzimba, Northern)": Malawi's, whose region the gazetteer calls
                    # "Northern Region", in the text's spelling
                    [(country, None) for country in countries if country]
                    if len(countries) == 1 else candidates)
            return region, end, candidates, end + (3 if self._region_part(end) else 1)
        # ", Zamfara state": the region and its noun end the phrase.
        last = end + 1 if tokens[end].norm in _REGION_NOUNS else end
        following = tokens[last].norm if last < len(tokens) else "."
        if following.isalpha() and following not in FUNCTION_WORDS:
            return None
        return index + 1, end, [c for c in candidates if c[1]], last

    def _region_listed_first(
        self, bracket: int, last_listed: int
    ) -> tuple[int, int, list[tuple[str, str | None]], int] | None:
        """A bracket that lists the region first and a district it does not know last
        ("Birak (Wadi Fira, Dar Tama)", as ACLED's notes on Chad write it): that region."""
        tokens = self.tokens
        end, entries = self.lexicon.phrases.longest(tokens, bracket + 1, self.doc.all_caps)
        if end >= len(tokens) or tokens[end].norm != ",":
            return None
        candidates = [(entry.record.country, entry.record.code) for entry in entries
                      if entry.kind == "subdivision"]
        closing = next((i for i in range(last_listed, min(last_listed + 6, len(tokens)))
                        if tokens[i].norm == ")"), None)
        if not candidates or closing is None:
            return None
        return bracket + 1, end, candidates, closing + 1

    def _abbreviated_state(
        self, bracket: int, region: int
    ) -> tuple[int, int, list[tuple[str, str | None]], int] | None:
        """ACLED's Indian and Pakistani notes name the state by its abbreviation: "(Chennai,
        TN)", "(UP)", "(J&K)", "(Khyber district, KP)". Not a lone "(AP)": a news agency's."""
        closing = next((i for i in range(region, min(region + 4, len(self.tokens)))
                        if self.tokens[i].norm == ")"), None)
        if closing is None or closing == region:
            return None
        code = ABBREVIATED_STATES.get(self.surface(region, closing))
        if code is None or (region == bracket + 1 and code == "IN-AP"):
            return None
        state = gazetteer.subdivision(code)
        return region, closing, [(state.country if state else "IND", code)], closing + 1

    def _glued_name(self, first: int, start: int) -> bool:
        """Whether the capitalised words from ``first`` run on into a name at ``start``."""
        tokens = self.tokens
        return start - first <= 3 and all(
            tokens[index].text[:1].isupper() and tokens[index].norm not in FUNCTION_WORDS
            for index in range(first, start)
        ) and not self._sentence_start(first)

    def _last_listed(self, bracket: int) -> int:
        """Where the last of up to three names listed in a bracket starts ("(Kismaayo, Lower
        Juba)": "Lower"); right after the bracket when it lists one name, or is no list."""
        tokens = self.tokens
        last = bracket + 1
        for index in range(bracket + 1, min(bracket + 16, len(tokens))):
            norm = tokens[index].norm
            if norm == ")":
                return last
            if norm == ",":
                last = index + 1
            elif not tokens[index].text[:1].isupper() and norm not in (
                "-", "al", "el", "de", "&", "."  # "(K.F.G. & G. Korale, Central)"
            ) and norm not in _LISTED_NOUNS:  # "(El Quresha locality, Gedaref state)"
                break
        return bracket + 1

    def _region_choice(
        self,
        candidates: list[tuple[str, str | None]],
        place: Location | None,
        actors: Counter[str | None],
        region_text: str = "",
    ) -> tuple[str, str | None]:
        """The reading of a region name that fits the place, else the text's countries: those
        named, and those of the actors found (``actors``: "Fulani Ethnic Militia" is Nigerian,
        so "Mangu (Plateau)" is in Nigeria's Plateau, not Benin's)."""

        def weight(iso3: str | None) -> int:
            return self.country_votes[iso3] + actors[iso3] if iso3 else 0

        best = max(candidates, key=lambda c: weight(c[0]))  # (the first of equals)
        if place is not None:
            fitting = [c for c in candidates if c[0] == place.country]
            if fitting:
                return fitting[0]
            if place.country and (gazetteer.same_region(place.admin1, region_text) or (
                place.feature_id is not None and _compass_only(region_text)
            )):
                # "Vavuniya (Northern)", "Riffa (Southern)": the town's own region has the
                # bracket's name, or the name is only a direction, which regions of many
                # countries share: the town's country, in the text's spelling
                return place.country, None
            # Against a region the text names, a gazetteer town keeps its country only if the
            # text names that country more (not its forces: "US forces ... near Galcad").
            if place.country and (place.feature_id is not None or place.kind == "capital"):
                named = self.country_votes[place.country] - self.country_votes[best[0]]
                if named > 0 or (place.kind == "capital" and named == 0):
                    # a town the text supports, or a capital it does not contradict ("Colombo
                    # (Western)"): its country, with the text's spelling of the region
                    return place.country, None
        return best

    def _capitalised_start(self, bracket: int) -> int | None:
        """Where an unknown capitalised name right before a bracket starts ("Boni (Mopti)")."""
        start = bracket
        if start > 1 and self.tokens[start - 1].norm in _PLACE_NOUNS | _DISTRICT_NOUNS:
            start -= 1  # "Bal'ad town (Middle Shabelle)"
            bracket = start
        while start > 0 and bracket - start < 5:
            token = self.tokens[start - 1]
            following = self.tokens[start]
            if start < bracket and token.end == following.start and token.is_word != (
                following.is_word
            ) and start > 1 and self.tokens[start - 2].end == token.start:
                start -= 1  # "Bar-Sanguun", "Mazar-i-Sharif": the hyphens and what they join
                continue
            if self.taken[start - 1] or not token.is_word or token.norm in FUNCTION_WORDS or (
                not self.doc.all_caps and not token.text[:1].isupper()
            ):
                break
            start -= 1
        return start if start < bracket and self.tokens[start].is_word else None

    def _named(self, first: int, last: int, record: NamedActor) -> None:
        actor = named_actor(record, self.published)
        if actor.kind == "person" and last - first == 1 and self._listed_in_place_bracket(first):
            return  # "Kitshanga (Masisi, Nord-Kivu)": a territory, not President Masisi
        prefix = self.prefixes.get(first)
        if prefix is not None and actor.cameo:
            # "An MSF Arnor diplomat": the agent's code goes before the actor's (NGOARNGOV).
            start, word = prefix
            for mention in list(self.found.actor_mentions):
                if mention.first == start and mention.last == first:
                    self._drop_mention(mention)
            code = _prefixed(word.code, actor.cameo)
            actor = evolve(actor, cameo=code, name=self.surface(start, last))
            self.add_actor(f"prefixed:{code}:{record.id}", actor, start, last, "named")
            return
        if actor.kind in _BODIES and first:
            owner = self._take_adjacent_owner(first, actor.country)
            if owner is not None:
                # "Russia's Security Council", "Pakistan's Foreign Office", "Israel's Northern
                # Command": the country's own body, not the UN's or Britain's of that name
                start, owner_country = owner
                made = military_actor if actor.kind == "military" else government_actor
                actor = evolve(made(owner_country), name=self.surface(start, last))
                key = f"body:{_iso(owner_country)}:{record.id}"
                self.add_actor(key, actor, start, last, "named")
                return
        holder = self._title_holder(first)
        if holder is not None:
            # "Bree Prime Minister Romendacil": the name is the holder of the office just
            # named; one actor, coded by the office unless the name's own code says more.
            office = self.found.actor(holder.key)
            if not _more_specific(actor.cameo, office.cameo):
                self._extend(holder, last)
                return
        surname = None
        if record.kind == "person":
            surname = record.name.split()[-1].lower() if record.name.split() else None
            title, country = self._title_before(first)
            if title and not actor.title:
                actor = evolve(actor, title=title)
            if country and actor.country is None:
                actor = evolve(actor, country=country)
            first = self._title_start(first)
        if actor.kind == "military" and first:
            # "Ethiopian and Eritrean forces": the other country's forces are named too
            for other, other_start in self._coordinated_owners(first):
                self.add_actor(f"mil:{other.iso3}", evolve(
                    military_actor(other), name=self.surface(other_start, last)
                ), other_start, last, "agent")
        self.add_actor(f"named:{record.id}", actor, first, last, "named", surname=surname)

    def _take_adjacent_owner(self, first: int, own: str | None) -> tuple[int, Country] | None:
        """Another country than ``own`` named right before a word ("Russian", "Russia's") and
        where it starts; a possessive state's own mention is taken into the phrase."""
        held = self.found.nationality_at.get(first - 1)
        if held is not None:
            country = self.lexicon.country(held[1])
            return (held[0], country) if country is not None and held[1] != own else None
        if first >= 2 and self.tokens[first - 1].norm == "'s":
            mention = self._mention_ending(first - 1)
            if mention is not None and self.found.actor(mention.key).kind == "state":
                country = self.lexicon.country(self.found.actor(mention.key).country)
                if country is not None and country.iso3 != own:
                    self._drop_mention(mention)
                    return mention.first, country
        return None

    def _title_holder(self, first: int) -> ActorMention | None:
        """The mention ending right before ``first`` when it ends with a title and names an
        office with its country ("Fornost President", "Bree Prime Minister"), and a
        capitalised name follows."""
        if first >= len(self.tokens) or not self._is_name_start(first):
            return None
        holder = self._mention_ending(first)
        if holder is None or holder.how != "named" or holder.possessive:
            return None
        actor = self.found.actor(holder.key)
        if not actor.cameo or len(actor.cameo) < 6:
            return None  # an office has a country and a role
        for start in range(max(holder.first, first - 4), first):
            end, entries = self.lexicon.titles.longest(self.tokens, start)
            if end == first and entries:
                return holder
        return None

    def _extend(self, mention: ActorMention, last: int) -> None:
        """Let a mention run on to ``last`` (the words after it belong to the same actor)."""
        record = self.found.actors[mention.key]
        record.spans = [
            span for span in record.spans
            if span.start != self.tokens[mention.first].start
        ]
        record.spans.append(self.span(mention.first, last, "actor"))
        mention.last = last
        mention.possessive = last < len(self.tokens) and self.tokens[last].norm == "'s"
        for index in range(mention.first, last):
            self.taken[index] = True

    def _owner_before(self, first: int) -> tuple[Country | None, int]:
        """A nationality or country written before a head noun: "Nigerian troops",
        "Iran's foreign minister", "US-led coalition"; returns the country and where the
        phrase starts."""
        index = first - 1
        skipped = 0
        while index >= 0 and skipped < 3:
            token = self.tokens[index]
            if token.norm == "'s" and index > 0:
                mention = self._mention_ending(index)
                if mention is not None and self._is_owner(mention):
                    actor = self.found.actor(mention.key)
                    return self._owner_country(actor), mention.first
                return None, first
            held = self.found.nationality_at.get(index)
            if held is not None:
                return self.lexicon.country(held[1]), held[0]
            mention = self._mention_ending(index + 1)
            if mention is not None and self._is_owner(mention) and not (
                mention.how == "named" and self._verb_between(mention.last, first)
            ) and "," not in (t.norm for t in self.tokens[mention.last : first]):
                return self._owner_country(self.found.actor(mention.key)), mention.first
            if mention is not None and index + 1 < first and self.tokens[index + 1].norm in (
                "and", "or", ","
            ):
                # "the Danish media and government": coordinated agents share the owner
                shared = self._shared_owner(self.found.actor(mention.key))
                if shared is not None:
                    return shared, first
            place = self._location_ending(index + 1)
            if place is not None and _NOT_AN_OWNER.isdisjoint(
                t.norm for t in self.tokens[place.last : first]
            ):
                # "Kyiv police", "Kano State government": the place's country ("In Maputo,
                # police fired", "protested in Tunis and police arrested": no owner).
                location = self.found.locations[place.key].location
                return self.lexicon.country(location.country), place.first
            if token.is_word and token.norm not in FUNCTION_WORDS and (
                token.text[:1].islower() or not self.taken[index]
            ):
                if _past_form(token.norm) and token.norm not in _PARTICIPLE_ADJECTIVES and (
                    index == 0 or self.tokens[index - 1].norm != "-"
                ):
                    # "Britain mobilized reservists", "Kerry met the Foreign Secretary": a
                    # subject and its verb, not an owner ("Iran's newly appointed minister",
                    # "US-backed forces" are)
                    return None, first
                # "Nicaragua's Sandinista government": modifiers between owner and head.
                index -= 1
                skipped += 1
                continue
            if token.norm in ("and", ",", "-") or token.norm in {"the", "a", "an"}:
                index -= 1
                skipped += 1
                continue
            break
        return None, first

    def _verb_between(self, start: int, end: int) -> bool:
        """Whether a word the verb dictionary knows stands between a name and a role word:
        "Zembla flummox the envoys" is a clause, not Zembla's envoys."""
        verbs = self.lexicon.verbs
        return verbs is not None and any(
            self.tokens[index].norm in verbs.by_first_word for index in range(start, end)
        )

    def _shared_owner(self, actor: Actor) -> Country | None:
        """The owner of an agent-bearing actor ("Danish media", DNKMED -> DNK), for an agent
        coordinated with it."""
        code = actor.cameo or ""
        if actor.kind in ("person", "state") or len(code) < 6:
            return None
        country = self.lexicon.country(actor.country)
        if country is not None:
            return country
        return _pseudo_country(actor.name, code[:3]) if _country_like(code[:3]) else None

    def _locative_country(self, first: int, last: int) -> bool:
        """Whether a country's name here is a place: "in Syria", "near Raqqah, Syria", or a
        heading on its own line."""
        if self._preceded_by(first, _PLACE_PREPOSITIONS):
            return True
        if first >= 2 and self.tokens[first - 1].norm in ("the", ",") and (
            self.tokens[first - 2].norm in _PLACE_PREPOSITIONS
            or self._location_ending(first - 1) is not None
        ):
            return True
        if first >= 2 and self.tokens[first - 1].norm in ("and", "or") and (
            self._location_ending(first - 1) is not None
        ):
            return True  # "in Iraq and Syria"
        if first and self.tokens[first - 1].norm in _VISITING:
            return True  # "visited Turkey"
        sentence = self.doc.sentences[self.doc.sentence_of(first)]
        return sentence.first == first and sentence.last - last <= 1

    def _location_ending(self, last: int) -> LocationMention | None:
        return self._location_by_last.get(last)

    def _drop_mention(self, mention: ActorMention) -> None:
        """Withdraw a mention, looked for from the end: the one withdrawn is nearly always
        among the latest found (``list.remove`` compares from the start, which made a long text
        quadratic)."""
        mentions = self.found.actor_mentions
        for index in range(len(mentions) - 1, -1, -1):
            if mentions[index] is mention:
                del mentions[index]
                return
        mentions.remove(mention)  # (an equal one, not the same object: as before)

    def _mention_ending(self, last: int) -> ActorMention | None:
        for mention in reversed(self.found.actor_mentions):
            if mention.last == last:
                return mention
            if mention.last < last - 8:
                break
        return None

    def _agent(self, first: int, last: int, word: AgentWord) -> None:
        if word.prepend:
            self.prefixes[last] = (first, word)
        if word.pattern in _PLACE_NOUNS and first and (
            (self.tokens[first - 1].text[:1].isupper() and not self._sentence_start(first - 1))
            or self._preceded_by(first, LOCATIVE)
            or (self.tokens[first - 1].norm == "the" and self._preceded_by(first - 1, LOCATIVE))
        ):
            return  # "in Nuur Gadow village", "in the village": a place, not its people
        if word.title and last < len(self.tokens) and self._is_name_start(last):
            return  # a title before a name: the person step takes it
        if not self._agent_plausible(first, last, word):
            return
        named = self._mention_ending(first)
        if named is not None and named.how == "named" and _country_like(
            self.found.actor(named.key).cameo
        ) and not named.possessive:
            # "Nigerian student" where a dictionary names "Nigerian" [NGA] (a set too large
            # for its actor-agent phrases to be spelled out): the country's student, NGAEDU.
            actor = self.found.actor(named.key)
            self._drop_mention(named)
            self._add_agent(self._owner_country(actor), word, named.first, last)
            return
        if named is not None and named.how == "named" and (
            self.found.actor(named.key).kind == "person"
        ):
            # "pro-Hadi forces", "Haftar loyalists": the leader's side, of the leader's country
            actor = self.found.actor(named.key)
            self._drop_mention(named)
            start = named.first - 2 if self._supporting(named.first) else named.first
            self._add_agent(self._owner_country(actor), word, start, last)
            return
        if named is not None and named.how == "named":
            # "ISWAP militants", "Boko Haram fighters": the group itself.
            self.add_actor(named.key, self.found.actor(named.key), named.first, last, "named")
            self._drop_mention(named)
            return
        if self._proper_name_head(first, last, word):
            return
        before = self.tokens[first - 1].norm if first else ""
        if before in _UNIDENTIFIED and word.code in _ANONYMOUS and not (
            # "beat two suspected thieves": people suspected of a petty crime, no armed group
            # ("suspected drug traffickers" are a gang's men, for ACLED)
            before == "suspected" and self.tokens[last - 1].norm in PETTY_CRIMINALS
        ) and not (  # ("unidentified rioters", "unidentified youths": a crowd)
            word.kind in ("rioters", "protesters") or word.pattern == "youth"
        ):
            # "unidentified assailants", "unknown gunmen": an armed group nobody has named.
            word = AgentWord(word.pattern, "UAF", "militia", False)
            first -= 1
        country, start = self._owner_before(first)
        if country is not None and self._supporting(start):
            country = None  # "pro-Russian separatists" are not Russia's
        if country is not None and any(
            token.norm in ("and", "or", ",") for token in self.tokens[start:first]
        ) and self._owner_after(last)[0] is not None:
            # "Ithilen and the government of Gondor": the owner after the agent is its own;
            # the actor before the conjunction is another one.
            country, start = None, first
        if start and self.tokens[start - 1].norm == "armed" and word.code in _ANONYMOUS | {"AGR", "PPL"}:
            # "armed herders", "armed youth": an armed group, not civilians.
            word = AgentWord(word.pattern, "UAF", "militia", False)
            start -= 1
        if country is None:
            country, owner_end, state = self._owner_after(last)
            if country is not None and (self.tokens[last].norm == "from" or state):
                # "Soldiers from Gondor", "activists in Arnor": one actor, and the country no
                # second one ("police in Nairobi" keeps Nairobi as the place it is).
                self._absorb_owner(last, owner_end)
                if self.tokens[last].norm == "in" and country.iso3:
                    # ...and "in Syria" still says where
                    place = last + 2 if self.tokens[last + 1].norm == "the" else last + 1
                    self.add_location(f"country:{country.iso3}", country_location(country),
                                      place, owner_end)
                last = owner_end
        elif start > 0:
            # "Iranian and Armenian special forces": every coordinated owner gets the agent.
            for other, other_start in self._coordinated_owners(start):
                self._add_agent(other, word, other_start, last)
        held = last < len(self.tokens) and self.tokens[last].norm in _HELD
        if country is None and not (word.pattern == "military" and held) and not (
            self._definite_subject(start, last) and word.pattern in ("military", "forces")
        ) and (
            word.pattern in _ABSTRACT_AGENTS
            or (word.pattern.split()[-1] in _PLATFORMS and word.kind == "military")
        ):
            # "forces", "fighter jets", "artillery" name an actor only with an owner
            # ("U.S. forces", "American warplanes"); "a military convoy" names the army of
            # the place.
            return
        if start == first:
            start -= self._people_before(start)  # "Dogon farmers", "Lou Nuer youth"
        self._add_agent(country, word, start, last)

    def _definite_subject(self, start: int, last: int) -> bool:
        """ "the military carried out an airstrike", "clashed with the military": a role word
        standing alone as the clause's subject or a preposition's object names the state's
        forces (not "the military convoy")."""
        following = self.tokens[last].norm if last < len(self.tokens) else ""
        if start < 1 or self.tokens[start - 1].norm != "the":
            return False
        after_preposition = start >= 2 and self.tokens[start - 2].norm in (
            "between", "with", "by", "against")
        phrase_ends = last >= len(self.tokens) or not self.tokens[last].is_word or (
            following in FUNCTION_WORDS)  # ("with the military in Las Navas")
        if after_preposition and phrase_ends:
            return True  # "clashed with the military.", "between the military and rebels"
        return following in _FINITE or following in SPEECH_VERBS or (
            following in IRREGULAR_PAST or following.endswith("ed")
            or following in _HEADLINE_PRESENT)

    def _supporting(self, first: int) -> bool:
        """Whether "pro-" comes right before a token: the side supported, not the owner."""
        return first >= 2 and self.tokens[first - 1].norm == "-" and (
            self.tokens[first - 2].norm == "pro"
        )

    def _absorb_owner(self, start: int, end: int) -> None:
        for mention in list(self.found.actor_mentions):
            if start <= mention.first and mention.last <= end:
                self._drop_mention(mention)

    def _proper_name_head(self, first: int, last: int, word: AgentWord) -> bool:
        """ "European Community", "Oxford University", "National Police": a capitalised role
        word ending a capitalised name is an organisation named by the whole name."""
        if self.doc.all_caps or not self.tokens[first].text[:1].isupper():
            return False
        start = first
        while start > 0 and first - start < 5:
            token = self.tokens[start - 1]
            if not (token.is_word and token.text[:1].isupper()) or token.norm in FUNCTION_WORDS:
                break
            if self.taken[start - 1] and self._mention_ending(start) is None and (
                self._location_ending(start) is None
            ):
                break
            start -= 1
        if start == first or (self._sentence_start(start) and start == first - 1 and (
            self.tokens[start].norm in _COMMON_WORDS
        )):
            return False
        if self.tokens[start].norm in ("operation", "exercise", "battle", "camp"):
            return True  # "Operation Inherent Resolve" names an operation, not an actor
        country = None
        owned: set[int] = set()  # the words naming an owner: a country, a people, a place
        for mention in list(self.found.actor_mentions):
            if start <= mention.first and mention.last <= first:
                actor = self.found.actor(mention.key)
                country = country or self.lexicon.country(actor.country)
                self._drop_mention(mention)
                owned.update(range(mention.first, mention.last))
        for begin, end, iso3 in self.found.nationality_spans:
            if start <= begin and end <= first:
                country = country or self.lexicon.country(iso3)
                owned.update(range(begin, end))
        for place in list(self.found.location_mentions):
            if start <= place.first and place.last <= first:
                location = self.found.locations[place.key].location
                country = country or self.lexicon.country(location.country)
                owned.update(range(place.first, place.last))
        country = country or self._place_opening(start, first)
        name = self.surface(start, last)
        kind = as_kind(word.kind if word.kind in _KINDS else KIND_OF_ROLE.get(word.code, "organization"))
        if kind == "military" and self.tokens[last - 1].norm == "army" and any(
            index not in owned and self.tokens[index].norm not in _STATE_ARMY_WORDS
            for index in range(start, first)
        ):
            # "the Hmawbi Youths Army": an army named by more than its country is a group's
            kind, word = "rebel", evolve(word, code="REB")
        if word.title:
            kind = "person"  # "Foreign Office Minister", "the US Secretary of State"
        owner = country.cameo if country else self.lexicon.unowned_agent
        cameo = owner + word.code if word.code else None
        actor = Actor(
            name=name,
            kind=kind if word.title else (
                "organization" if kind in ("person", "civilians", "unknown") else kind
            ),
            country=_iso(country) if country else None,
            cameo=cameo if cameo and len(cameo) % 3 == 0 else None,
        )
        self.add_actor(f"org:{name.lower()}", actor, start, last, "named")
        return True

    def _place_opening(self, start: int, end: int) -> Country | None:
        """The country of a place that opens an institution's name ("Karachi Municipal
        Corporation", "Kano Emirate Council"): a place the running name kept from being read
        as one, but whose country is the institution's."""
        stop, entries = self.lexicon.phrases.longest(self.tokens, start, self.doc.all_caps)
        if stop > end:
            return None
        places = [e for e in entries if e.kind in ("place", "subdivision", "capital", "country")]
        if not places:
            return None
        best = max(places, key=lambda e: (
            self.country_votes.get(_country_of(e) or "", 0),
            e.record.population if e.kind == "place" else 0,
        ))
        return self.lexicon.country(_country_of(best))

    def _sentence_start(self, index: int) -> bool:
        return self.doc.sentences[self.doc.sentence_of(index)].first == index

    def _add_agent(self, country: Country | None, word: AgentWord, start: int, last: int) -> None:
        head = self.doc.text[self.tokens[start].start : self.tokens[last - 1].end]
        owner = country.cameo if country else self.lexicon.unowned_agent
        code = owner + word.code if word.code else None
        kind = word.kind if word.kind in _KINDS else KIND_OF_ROLE.get(word.code, "unknown")
        if word.title and not self.tokens[last - 1].norm.endswith("s"):
            kind = "person"  # "the foreign minister", "a spokesman": one person in a role
        before = [token.norm for token in self.tokens[max(0, start - 2) : start]]
        # (and "a former army soldier": the word before may qualify the role)
        former = [token.norm for token in self.tokens[max(0, start - 3) : start]]
        if kind in _ARMED_KINDS | {"military", "police"} and (
            before[-1:] in (["former"], ["retired"], ["suspended"]) or before == ["ex", "-"]
            or before == ["-", "duty"]
            or (former[:2] in (["a", "former"], ["the", "former"], ["a", "retired"])
                and former[2:3] in (["army"], ["police"], ["military"]))
        ):
            # "ex-militants", "former soldiers", "a suspended constable", "off-duty police":
            # not the armed men now
            kind = "civilians"
            code = owner + "CVL"
        if kind in _CROWD_KINDS and "armed" in before:
            # "armed youth", "armed Fulani herders": a communal militia, as ACLED has them,
            # not a crowd
            kind = "militia"
        if self._sentence_start(start) and self.tokens[start].norm[:4] == word.pattern[:4]:
            # "Soldiers repelled the attack": a role word, capitalised only where the sentence
            # begins, names nobody (a named group keeps its capital)
            head = head[:1].lower() + head[1:]
        actor = Actor(
            name=head,
            kind=as_kind(kind),
            country=_iso(country) if country else None,
            cameo=code if code and len(code) % 3 == 0 else None,
        )
        key = f"agent:{country.iso3 if country else ''}:{word.code}:{word.pattern}"
        if head[:1].isupper() and (head.split()[0].lower() in self.lexicon.communities or (
            " ".join(head.lower().split()[:2]) in self.lexicon.communities
        )):
            key += f":{head.split()[0].lower()}"  # the Dogon farmers are not the Peul ones
        self.add_actor(key, actor, start, last, "agent")

    def _people_before(self, index: int) -> int:
        """How many words right before a token name a people or clan whose militias the
        actor tables know ("Fulani", "Lou Nuer"), written capitalised: 0 when none."""
        for size in (2, 1):
            if index - size < 0 or not all(
                token.text[:1].isupper() for token in self.tokens[index - size : index]
            ):
                continue
            name = " ".join(token.norm for token in self.tokens[index - size : index])
            if name in self.lexicon.communities:
                return size
        return 0

    def _coordinated_owners(self, start: int) -> list[tuple[Country, int]]:
        owners = []
        index = start - 1
        while index > 0 and self.tokens[index].norm in ("and", ",", "or"):
            found = None
            for begin, end, iso3 in self.found.nationality_spans:
                if end == index:
                    found = (begin, iso3)
            if found is None:
                break
            country = self.lexicon.country(found[1])
            if country is not None:
                owners.append((country, found[0]))
            index = found[0] - 1
        return owners

    def _agent_plausible(self, first: int, last: int, word: AgentWord) -> bool:
        """Generic role words are often modifiers ("troop numbers", "military exercise") or
        ordinary nouns ("opposition to"): keep those that name people."""
        following = self.tokens[last] if last < len(self.tokens) else None
        if following is not None and following.norm == "-" and (
            following.start == self.tokens[last - 1].end and word.pattern == "gang"
        ):
            return False  # "gang-raped": the verb's first half
        if word.pattern in _NEEDS_CONTEXT:
            previous = self.tokens[first - 1].norm if first else ""
            owner = self._mention_ending(first) if first else None
            if first and (first - 1 in self.found.nationality_at or (
                owner is not None and self._is_owner(owner)
            )):
                return True  # "a Tunisian court", "the Kenyan opposition"
            if previous in ("a", "an") and following is not None and following.norm == "in":
                return True  # "a court in Guyana": an owner follows
            return previous == "the" and (following is None or following.norm not in ("to", "of"))
        plural = self.tokens[last - 1].norm != word.pattern.split()[-1] or word.pattern.endswith(
            "s"
        )
        if word.pattern == "village" and not plural and first and (
            self.tokens[first - 1].norm not in DETERMINERS and self.tokens[first - 1].norm != "one"
        ):
            return False  # "near Jiic boor village": a village's name, no one in it
        if (
            not plural  # "troops" never modifies a noun; "troop numbers" does
            and following is not None
            and following.is_word
            and following.text[:1].islower()
            and (
                following.norm not in _VERBISH
                and not following.norm.endswith("ed")
                and following.norm not in IRREGULAR_PAST  # "a mob burnt", "a soldier shot"
                and not following.norm.endswith("ly")  # "Police reportedly shot"
                and following.norm not in FUNCTION_WORDS
                and not self._present_verb(last)  # "militia shoots and kills a chief"
                and not self._headline_verb(first, last)
            )
            # "army positions", "a police station": the force is named as their holder
            and not (
                word.kind in ("military", "police", "rebel", "militia")
                and following.norm in _HELD
            )
        ):
            return False  # a modifier of the next noun
        # Part of a capitalised name ("Military Drills", "Police Station") is no agent.
        return not (
            following is not None
            and following.is_word
            and following.text[:1].isupper()
            and (not self.doc.all_caps and self.tokens[first].text[:1].isupper())
        )

    def _headline_verb(self, first: int, last: int) -> bool:
        """Whether the word after a role word that opens its sentence is the clause's verb
        in the present, as headlines and older notes tell ("Police disperse protesters",
        "Ethiopian militia abducts Kenyan civilians"): a verb some trigger knows, before the
        first word of its object (no function word, nor another verb)."""
        start = first
        if start and self.tokens[start - 1].norm == "the":
            start -= 1
        elif start - 1 in self.found.nationality_at:
            start = self.found.nationality_at[start - 1][0]
        elif start and (named := self._mention_ending(first)) is not None:
            start = named.first  # "Janjaweed militia attacks village"
        joint = False  # two sides told as the subject: a verb of both, with no object
        if start > 1 and self.tokens[start - 1].norm == "and" and (
            coordinated := self._mention_ending(start - 1)
        ) is not None:
            start, joint = coordinated.first, True  # "Opposition supporters and police clash"
        opens = self._sentence_start(start) or (start and self.tokens[start - 1].norm == ";")
        if not opens or last + 1 >= len(self.tokens):  # (";": "...; police arrest 5")
            return False
        verb, after = self.tokens[last].norm, self.tokens[last + 1].norm
        triggers = self.lexicon.trigger_index
        if verb.endswith(("ed", "ing")) or not triggers.starts_verb(verb):
            return False
        if after == "and" and last + 3 < len(self.tokens):
            # "Police shoot and kill two militants": verbs coordinated before their object
            verb, after = self.tokens[last + 2].norm, self.tokens[last + 3].norm
            if verb.endswith(("ed", "ing")) or not triggers.starts_verb(verb):
                return False
        # its object opens after it ("Army shells rebel positions", "Police fire tear gas",
        # "Mob lynches suspected thief"); not a clause's next word ("Army attack kills 5")
        return after in _OBJECT_OPENERS or after.isdigit() or after in UNITS or after in TENS or (
            after.isalpha() and after not in FUNCTION_WORDS and after not in _VERBISH
            and not (after.endswith("s") and triggers.starts_verb(after))
        ) or (joint and after in ("in", "at", "near", "outside", "over", "on", ","))

    def _present_verb(self, index: int, coordinated: bool = False) -> bool:
        """Whether the word at ``index`` reads as a verb in the present (a news summary's
        tense): a word in -s before an object's determiner or number, or coordinated with
        another such word that has one ("militia shoots and kills Chief X", "police raids a
        house"); "militia attacks in the north" and "militia attacks rose" stay nouns."""
        word = self.tokens[index].norm
        if not (word.endswith("s") and not word.endswith("ss") and word.isalpha()):
            return False
        if index + 1 >= len(self.tokens):
            return False
        after = self.tokens[index + 1]
        if after.norm == "and" and not coordinated and index + 2 < len(self.tokens):
            return self._present_verb(index + 2, coordinated=True)
        return after.norm in _OBJECT_OPENERS or after.norm.isdigit() or (
            after.norm in UNITS or after.norm in TENS
        ) or (coordinated and after.text[:1].isupper() and not self.doc.all_caps)

    def _owner_after(self, last: int) -> tuple[Country | None, int, bool]:
        """ "police in Nairobi", "the army of Nigeria", "soldiers from Gondor": a country or
        place right after; returns it, where the phrase ends, and whether the phrase names a
        state (not a town or a region)."""
        if last + 1 >= len(self.tokens) or self.tokens[last].norm not in ("in", "of", "from"):
            return None, last, False
        end, entries = self.lexicon.phrases.longest(self.tokens, last + 1, self.doc.all_caps)
        if last + 2 < len(self.tokens) and self.tokens[last + 1].norm == "the" and not entries:
            end, entries = self.lexicon.phrases.longest(self.tokens, last + 2, self.doc.all_caps)
        if entries and end < len(self.tokens) and not self.doc.all_caps and (
            self.tokens[end].text[:1].isupper() and self.tokens[end].norm not in FUNCTION_WORDS
            and self.tokens[end].norm not in _REGION_NOUNS
            and all(e.kind in ("place", "subdivision") for e in entries)
        ):
            return None, last, False  # "forces in West Wollega": a longer name, not the West
        state = any(e.kind in ("country", "actor") for e in entries) and not any(
            e.kind in ("place", "capital", "subdivision") for e in entries
        )
        for entry in entries:
            iso3 = _country_of(entry)
            if iso3 and self.lexicon.country(iso3) is not None:
                return self.lexicon.country(iso3), end, state
            if entry.kind == "actor" and _state_code(entry.record.cameo):
                # a dictionary's country (a set loaded alone has no gazetteer record of it)
                return _pseudo_country(entry.record.name, entry.record.cameo), end, state
        return None, last, False

    def _is_owner(self, mention: ActorMention) -> bool:
        if mention.how in ("country", "metonym"):
            return True
        actor = self.found.actor(mention.key)
        # A state, or an organisation whose members the agent names ("European Community
        # foreign ministers", "ISIL fighters" is handled as the group itself).
        return mention.how == "named" and bool(actor.cameo) and (
            actor.kind in ("state", "igo", "ngo", "party")
            # a dictionary's country-like actor ("ARNOR [ARN]"): "Arnor former officials"
            or _country_like(actor.cameo)
        )

    def _owner_country(self, actor: Actor) -> Country | None:
        """The country record of an owner; a state known only to a loaded dictionary (a
        PETRARCH test set's "Gondor") or an international body lends its code."""
        if actor.kind in ("igo", "ngo") and actor.cameo:
            return _pseudo_country(actor.name, actor.cameo)
        country = self.lexicon.country(actor.country)
        if country is None and actor.cameo and _state_code(actor.cameo):
            return _pseudo_country(actor.name, actor.cameo)
        return country

    # -- persons ------------------------------------------------------------------------
    def _is_name_start(self, index: int) -> bool:
        token = self.tokens[index]
        if self.doc.all_caps:
            return token.is_word and token.norm not in FUNCTION_WORDS
        return token.text[:1].isupper() and token.is_word and token.norm not in FUNCTION_WORDS

    def _only_place(self, index: int) -> bool:
        """A token claimed only by a place ("Kerry" in "John Kerry") can be part of a name."""
        if self.found.mention_at(index) is not None:
            return False
        return any(
            m.first <= index < m.last
            for m in reversed(self.found.location_mentions[-50:])  # the latest few
        )

    def _release_places(self, first: int, last: int) -> None:
        """A person's name wins over the places it contains."""
        for mention in list(self.found.location_mentions):
            if first <= mention.first and mention.last <= last:
                self._drop_location(mention)
                for position in range(mention.first, mention.last):
                    self.taken[position] = False

    def _drop_location(self, mention: LocationMention) -> None:
        """Withdraw one location mention (and its place when it was the only one)."""
        self._withdraw_locations([mention])

    def _name_end(self, index: int) -> int:
        """One past the last token of a capitalised name starting at ``index``."""
        end = index
        count = 0
        while end < len(self.tokens) and count < 5:
            token = self.tokens[end]
            if self.taken[end] and end > index and not self._only_place(end):
                break
            if end > index and "\n" in self.doc.text[self.tokens[end - 1].end : token.start]:
                break  # a name does not run over a line break (headlines, datelines)
            if (
                self._is_name_start(end)
                or (
                    count
                    and token.norm in NAME_PARTICLES
                    and end + 1 < len(self.tokens)
                    and self._is_name_start(end + 1)
                )
                or (
                    count
                    and token.text == "-"
                    and end + 1 < len(self.tokens)
                    and self.tokens[end + 1].is_word
                    and token.end == self.tokens[end + 1].start
                )
            ):
                end += 1
                count += 1
                continue
            if _INITIAL.fullmatch(token.text) and end + 1 < len(self.tokens):
                end += 1
                continue
            if token.text == "." and end > index and _INITIAL.fullmatch(self.tokens[end - 1].text):
                end += 1
                continue
            break
        while end > index and not self.tokens[end - 1].is_word:
            end -= 1
        return end

    def _title_before(self, first: int) -> tuple[str | None, str | None]:
        start = self._title_start(first)
        if start == first:
            return None, None
        words = [t for t in self.tokens[start:first] if t.is_word or t.text.endswith(".")]
        country = None
        for begin, _, iso3 in self.found.nationality_spans:
            if start <= begin < first:
                country = iso3
                words = [t for t in words if t.start >= self.tokens[begin].end]
        mention = self._mention_ending(start + 1) if start < first else None
        title = " ".join(t.text for t in words if t.norm not in ("'s", "the"))
        return (title or None), country or (
            _iso_of(self.found.actor(mention.key)) if mention else None
        )

    def _title_start(self, first: int) -> int:
        """Where a title (with its nationality) before ``first`` begins, or ``first``."""
        for length in range(min(first, 5), 0, -1):
            start = first - length
            end, entries = self.lexicon.titles.longest(self.tokens, start)
            if end == first and entries:
                begin = start
                while begin > 0 and begin - 1 in self.found.nationality_at:
                    begin -= 1  # "Iranian Foreign Minister": the nationality too
                return begin
        return first

    def _place_list_after(self, index: int) -> bool:
        """Whether an unknown capitalised name after "in" reads as a place: it is no month,
        day or language, and a comma, "and", a full stop or a preposition follows it."""
        tokens = self.tokens
        if self.taken[index] or tokens[index].norm in _NOT_PLACES or self._sentence_start(index):
            return False
        end = index
        while end < len(tokens) and end - index < 3 and tokens[end].text[:1].isupper() and (
            not self.taken[end]
        ):
            end += 1
        following = tokens[end].norm if end < len(tokens) else "."
        return end > index and following in (",", "and", ".", ";", "on", "near", "in", "of")

    def _region_follows(self, index: int) -> Location | None:
        """The country or region named after an unknown capitalised name and a comma ("Sebba,
        Burkina Faso"): the name is a place there."""
        tokens = self.tokens
        end = index
        while end < len(tokens) and end - index < 3 and tokens[end].text[:1].isupper() and (
            not self.taken[end] and tokens[end].norm not in FUNCTION_WORDS
        ):
            end += 1
        if end == index or end + 1 >= len(tokens) or tokens[end].norm not in (",", "in"):
            return None
        if tokens[index].norm in _NOT_PLACES or self._sentence_start(index):
            return None
        region = end + 1
        if tokens[end].norm == "in":
            # "Sarghaya in Rural Damascus", "Kherbet Jamus in the countryside of Al Hasakeh",
            # "Quran village in rural Ain al Arab": the words that place a name in a region
            while region < len(tokens) and region - end <= 4 and (
                tokens[region].norm in _REGION_LEAD_INS and tokens[region].text.islower()
            ):  # (not "Rural Damascus", the region's name)
                region += 1
            if region >= len(tokens):
                return None
        _, entries = self.lexicon.phrases.longest(tokens, region, self.doc.all_caps)
        for entry in entries:
            if entry.kind == "country":
                return country_location(entry.record)
            if entry.kind == "subdivision":
                return subdivision_location(entry.record, self.lexicon)
        return None

    @staticmethod
    def _town(name: str, country: str | None, region: Location | None) -> Location | None:
        """A place the main gazetteer lacks, found among the smaller towns (GeoNames
        cities1000): only in the country the text places it in, only when one town there has
        the name, and not when the region named with it is another one."""
        if country is None:
            return None
        found = gazetteer.town(name, country)
        if found is None:
            # "Sarghaya" for Sirghaya: the place the gazetteer spells another way (named as
            # the text writes it: ACLED's notes spell it as ACLED's own gazetteer does)
            found = gazetteer.town_spelled_otherwise(
                name, country, region.admin1 if region is not None else None)
        if found is None:
            return None
        if region is not None and region.admin1:
            wanted, got = gazetteer.fold(region.admin1), gazetteer.fold(found.admin1)
            if wanted not in got and got not in wanted:
                return None  # "Kufana, Kaduna state" with a Kufana only in another state
        return Location(
            name=name, country=country, admin1=found.admin1 or None,
            admin2=found.admin2 or None, latitude=found.latitude, longitude=found.longitude,
            geo_precision=1, kind="place",
        )

    def _arabic_name(self, index: int) -> bool:
        """Whether a capitalised Arabic article begins a name here ("in As Said")."""
        return self.tokens[index].norm in ARABIC_ARTICLES and index + 1 < len(self.tokens) and (
            self.tokens[index + 1].text[:1].isupper()
        )

    def _named_settlement(self, index: int, of: bool = True) -> bool:
        """Whether capitalised words not yet read and a settlement noun stand here ("Kanga
        village", "Korogocho slum"); with ``of`` false, not before "of" ("the Damala district
        of Begoua" is part of the town that ACLED codes)."""
        tokens = self.tokens
        end = index
        while end < len(tokens) and end - index < 5 and not self.taken[end] and (
            self._continues_name(end, index)
        ):
            end += 1
        return index < end < len(tokens) and tokens[end].norm in _SETTLEMENT_NOUNS and (
            tokens[end].text.islower() and not tokens[index].text.isupper()
            and tokens[index].text[:1].isupper()
        ) and (of or end + 1 == len(tokens) or tokens[end + 1].norm != "of")

    def _settlement_alone(self, index: int) -> bool:
        """A named settlement that is no part of another place ("the Damala district of
        Begoua") and not a people's ("on the Christian neighbourhood")."""
        return self._named_settlement(index, of=False) and not self._names_people(index)

    def _names_people(self, index: int) -> bool:
        """Whether a capitalised word names a people, a faith or its members ("Christian",
        "Bosnian", "Fulani"), not a place."""
        _, entries = self.lexicon.phrases.longest(self.tokens, index, self.doc.all_caps)
        return any(entry.kind in ("agent", "adjective") for entry in entries) or (
            self.tokens[index].norm in self.lexicon.communities)

    def _continues_name(self, index: int, start: int) -> bool:
        """Whether a token goes on a place's name begun at ``start``: capitalised words, and
        the hyphens and Arabic articles between them ("Dawran ad Daydah", "Al-Hawayij")."""
        token = self.tokens[index]
        if not (token.text[:1].isupper() or token.norm in ("al", "el", "-") or (
            token.norm in ARABIC_ARTICLES and index + 1 < len(self.tokens)
            and self.tokens[index + 1].text[:1].isupper()
        )):
            return False
        return token.norm not in FUNCTION_WORDS or self._arabic_name(index) or (
            index > start and self.tokens[index - 1].norm in ARABIC_ARTICLES)

    def _place_just_before(self, index: int, reach: int = 6) -> Location | None:
        """The place named in the few words (``reach``) before ``index``, if it has a
        country."""
        for last in range(index, max(0, index - reach), -1):
            mention = self._location_ending(last)
            if mention is not None:
                location = self.found.locations[mention.key].location
                return location if location.country and location.kind != "country" else None
        return None

    def _listed_unknown_place(self, index: int) -> bool:
        before = self._location_ending(index)
        return before is not None and before.key.startswith("unknown:")

    def _whole_name_before(self, start: int, ends: frozenset[str]) -> bool:
        """Whether capitalised words from ``start`` (one to four) run up to one of ``ends``."""
        tokens = self.tokens
        end = start
        while end < len(tokens) and end - start < 4 and tokens[end].text[:1].isupper():
            end += 1
        return start < end < len(tokens) and tokens[end].norm in ends

    def _region_part(self, end: int) -> str | None:
        """The compass part glued to a bracketed region's name ("(Shan-North)"): ACLED's own
        division of a large region, which the gazetteer does not hold."""
        tokens = self.tokens
        if end + 2 < len(tokens) and tokens[end].norm == "-" and (
            tokens[end + 1].norm in ("north", "south", "east", "west")
        ) and tokens[end + 2].norm == ")" and tokens[end - 1].end == tokens[end].start:
            return tokens[end + 1].norm.capitalize()
        return None

    def _listed_in_place_bracket(self, index: int) -> bool:
        """Whether one capitalised word opens ACLED's bracket of regions after a capitalised
        place and a comma follows it: "Kitshanga (Masisi, Nord-Kivu)"."""
        tokens = self.tokens
        return 2 <= index < len(tokens) - 2 and tokens[index - 1].norm == "(" and (
            tokens[index - 2].text[:1].isupper()) and tokens[index + 1].norm == "," and (
            tokens[index + 2].text[:1].isupper())

    def _bracket_after_place(self, index: int) -> bool:
        """Whether the bracket holding ``index`` opens right after a place: "in Ta Kaw Do Baw
        village (Hpapun township, ...) (coded as Hpapun)" (not "soldiers (... and coded as
        Liyu Hayl)", an actor's)."""
        opening = next((position for position in range(index - 1, max(-1, index - 8), -1)
                        if self.tokens[position].norm == "("), None)
        if opening is None or opening == 0:
            return False
        before = opening - 1
        return self.tokens[before].norm == ")" or self.tokens[before].norm in _SETTLEMENT_NOUNS or (
            self._location_ending(opening) is not None)

    def _unknown_places(self) -> None:
        """Villages and districts the gazetteer lacks, named where the grammar says they are
        places: "near Al Shadaddi", "the village of Kafr Nabl", "Tal Afar district"."""
        if self.doc.all_caps:
            return
        tokens = self.tokens
        count = len(tokens)
        votes = self.country_votes.most_common()
        # The countries the text most places things in, where a town the gazetteer lacks is
        # looked up; of two named as often, first the one whose forces are named ("LRA rebels
        # attacked Gumbo town but were repulsed by Sudanese forces": forces fight at home).
        leaders = [c for c, n in votes if n == votes[0][1] and c and _valid_iso(c)]
        if len(leaders) > 1:
            forces = {record.actor.country for record in self.found.actors.values()
                      if record.actor.kind in ("military", "police")}
            leaders.sort(key=lambda c: c not in forces)
        country = leaders[0] if leaders else None
        resume = 0
        for index in self.doc.positions(_UNKNOWN_PLACE_CUES):
            if index < resume:
                continue  # inside the place found before
            norm = tokens[index].norm
            start = None
            confirm = False  # only a town the gazetteer knows in the article's country
            within = None  # a region the grammar puts the place in
            if norm == "near" or (
                norm == "of" and index and tokens[index - 1].norm in _PLACE_NOUNS
            ) or (norm == "to" and index and tokens[index - 1].norm == "close"):
                start = index + 1  # ("near Feina", "close to Feina")
            elif norm in ("in", "of") and index + 1 < count and (
                norm == "in" or tokens[index - 1].norm == "out"
            ) and self._place_list_after(index + 1):
                start = index + 1  # "attacks in Qamenas, Sarmin and Talamenes", "out of Kobane"
            elif norm == "including" and index + 1 < count and any(
                self._location_ending(position) for position in range(max(0, index - 6), index + 1)
            ) and self._place_list_after(index + 1):
                start = index + 1  # "towns in northern Iraq including Rabiyah and Zumar"
            elif norm in _TAKEN_PLACE and index + 1 < count and self._place_list_after(
                index + 1
            ):
                start = index + 1  # "the rebels captured Masisi, the administrative centre"
            elif index + 1 < count and (
                norm in ("at", "in", "from", "between") or (norm == "to" and index and (
                    tokens[index - 1].norm in _ROUTES))
            ) and self._region_follows(index + 1):
                # "at Sebba, Burkina Faso", "in Kufana, Kaduna state", "between Sarghaya in
                # Rural Damascus and ...", "the road to Kherbet Jamus in the countryside of ..."
                start = index + 1
            elif index + 1 < count and coded_to(tokens, index):
                start = index + 1  # ACLED's "(coded to district center Dawran ad Daydah)"
                # "Ukum LGA (Benue) [coded to ...": the place named before it in its sentence
                sentence = self.doc.sentences[self.doc.sentence_of(index)]
                within = self._place_just_before(index, reach=min(index - sentence.first, 40))
                while start < count and tokens[start].text.isalpha() and (
                    not tokens[start].text[:1].isupper() and start - index < 4
                ):
                    start += 1
            elif norm == "as" and index and tokens[index - 1].norm == "coded" and (
                self._whole_name_before(index + 1, _AT)  # "at geoprecision 3"
                or (self._whole_name_before(index + 1, _CODED_AS_ENDS)
                    and self._bracket_after_place(index))
            ):
                # ACLED's "(coded as Hpapun)", "(coded as Djibo at geoprecision 3)": the place
                # coded ("coded as Lotuko militia", "coded as 10" name no place)
                start = index + 1
                sentence = self.doc.sentences[self.doc.sentence_of(index)]
                within = self._place_just_before(index, reach=min(index - sentence.first, 40))
            elif norm == "mount" and tokens[index].text[:1].isupper():
                start = index  # "Mount Sinjar"
            elif (norm in ("in", "at", "from") and self._named_settlement(index + 1)) or (
                (norm == "on" or norm in _TAKEN_PLACE) and self._settlement_alone(index + 1)
            ):
                # "in Kanga village", "in Baraigram upazila (Natore, ...)", "shelled Quran
                # village", "on Saraqab axis"
                start = index + 1
            elif norm in ("in", "at", "on") and index + 2 < count and (
                tokens[index + 1].norm == "the" and self._settlement_alone(index + 2)
            ):
                start = index + 2  # "on the Sad Tishreen axis"
            elif norm == "between" and index and tokens[index - 1].norm in _PLACE_NOUNS and (
                self._place_list_after(index + 1)
            ):
                start = index + 1  # "in the area between Abla and Hazwan"
            elif norm in ("in", "at", "from", "and") and index + 2 < count and (
                tokens[index + 1].norm in _ARABIC_PREFIXES and tokens[index + 1].text[:1].isupper()
                and self._continues_name(index + 2, index + 1) and not self.taken[index + 2]
            ):
                start = index + 1  # "in Ras al Ain", "and Ain Issa": an Arabic place name
            elif norm in ("in", "at", "from") and index + 2 < count and (
                tokens[index + 1].text in _NAME_COMPASS and not self.taken[index + 1]
                and tokens[index + 2].text[:1].isupper()
            ):
                start = index + 1  # "in North Waziristan": a compass word begins a place name
            elif norm in ("at", "in") and country and index + 1 < count and (
                not self.taken[index + 1]
            ):
                start, confirm = index + 1, True  # "their post at Sebba", in a Burkinabe story
            elif norm in (",", "and") and index and self._listed_unknown_place(index):
                start = index + 1  # the next name of such a list
            if (
                start is not None
                and start < count
                and not self.taken[start]
                and tokens[start].text[:1].isupper()
                and (tokens[start].norm not in FUNCTION_WORDS or self._arabic_name(start))
            ):
                end = start
                while (
                    end < count
                    and end - start < 4
                    and (not self.taken[end] or (
                        end > start and self._only_place(end) and not confirm
                    ))
                    and self._continues_name(end, start)
                ):
                    end += 1
                if end > start and self._only_place(end - 1):
                    for mention in list(self.found.location_mentions):
                        if start <= mention.first < end:
                            self._drop_location(mention)  # "Mount Sinjar", not Sinjar town
                while end > start and not tokens[end - 1].is_word:
                    end -= 1
                if end > start:
                    name = self.doc.text[tokens[start].start : tokens[end - 1].end]
                    region = self._region_follows(start) or within
                    if region is not None:
                        iso, town = region.country, self._town(name, region.country, region)
                    else:
                        towns = [(c, t) for c in leaders if (t := self._town(name, c, None))]
                        iso, town = towns[0] if len(towns) == 1 else (country, None)
                        if not leaders and len(name) >= _ALONE_TOWN_LENGTH and not any(
                            self.found.locations[m.key].location.country
                            for m in self.found.location_mentions
                        ):
                            # a text that places nothing in any country ("12 May. Gunmen
                            # killed two herders near Abeibara"): the one town so named anywhere
                            anywhere = gazetteer.town(name)
                            if anywhere is not None:
                                iso, town = anywhere.country, self._town(
                                    name, anywhere.country, None)
                    if confirm and town is None:
                        continue
                    location = town or Location(
                        name=name, country=iso, admin1=region.admin1 if region else None,
                        iso3166_2=region.iso3166_2 if region else None, geo_precision=2,
                        kind="place",
                    )
                    self.add_location(f"unknown:{name.lower()}", location, start, end)
                    resume = end

    def _titled_persons(self) -> None:
        """ "Brigadier General Valiollah Madani", "Azerbaijani President Ilham Aliyev",
        "Mr. Smith": a title, then a capitalised name not already claimed."""
        titles = self.lexicon.titles
        count = len(self.tokens)
        # (a token holds no full stop but in "U.S."-like initials: "Mr." is "Mr" and ".")
        personal_titles = self.doc.positions(_PERSON_TITLE_WORDS)
        resume = 0
        for index in sorted({*titles.openings(self.tokens, self.doc.norms), *personal_titles}):
            if index < resume:
                continue  # inside the person named before
            end, entries = titles.longest(self.tokens, index)
            capitalised = self.doc.all_caps or self.tokens[index].text[:1].isupper()
            personal = self.tokens[index].norm in _PERSON_TITLE_WORDS
            if not (entries or personal):
                continue
            if personal and not entries and self.tokens[index].norm in _COMMON_TITLES and (
                self.doc.all_caps or index + 1 >= count
                or self.tokens[index + 1].norm in _OFFICES_AFTER_CHIEF
                or index + 1 in self.found.nationality_at
            ):
                # "Chief Justice David Maraga" (an office, titled in full later), "chief
                # Palestinian negotiator", "THE CONTRA CHIEF SUGGESTED"
                continue
            if not entries:
                end = index + 1
            if end < count and self._abbreviation_dot(end):
                end += 1
            sentence = self.doc.sentence_of(index)
            while end < count and self.doc.sentence_of(end) == sentence:
                # "Lt. Gen.", "Deputy Minister of Defense Colonel-General"
                hyphen = self.tokens[end].text == "-" and end + 1 < count
                more, chained = self.lexicon.titles.longest(self.tokens, end + hyphen)
                if chained and (self.doc.all_caps or self.tokens[end + hyphen].text[:1].isupper()):
                    end = more + (1 if more < count and self._abbreviation_dot(more) else 0)
                    entries = chained
                    continue
                break
            if end < count and (not self.taken[end] or self._only_place(end)) and (
                self._is_name_start(end)
            ):
                name_end = self._name_end(end)
                # A title written in lower case ("opposition leader Ousmane Sonko") is one
                # only before a full name.
                if name_end > end and (capitalised or personal or name_end - end >= 2):
                    word = entries[0].record if entries else None
                    self._person(index, end, name_end, word)
                    resume = name_end
                    continue
            resume = max(end, index + 1)

    def _abbreviation_dot(self, index: int) -> bool:
        """Whether the full stop at ``index`` closes an abbreviated title ("Gen.", "Lt."),
        not a sentence ("...met the Foreign Secretary. Foreign Secretary Boris Johnson")."""
        if self.tokens[index].text != "." or index == 0:
            return False
        before = self.tokens[index - 1]
        return before.end == self.tokens[index].start and (
            before.norm in ABBREVIATIONS or len(before.text) <= 4
        )

    def _person(
        self, title_first: int, name_first: int, name_last: int, word: AgentWord | None
    ) -> None:
        self._release_places(name_first, name_last)
        name = self.doc.text[self.tokens[name_first].start : self.tokens[name_last - 1].end]
        title = (
            self.doc.text[self.tokens[title_first].start : self.tokens[name_first - 1].end]
            if (name_first > title_first)
            else ""
        )
        country, start = self._owner_before(title_first)
        affiliation_country, affiliation = self._affiliation_after(name_last)
        owner = self._mention_ending(title_first) if title_first < name_first else None
        holder = self._title_holder(name_first)
        if holder is not None and holder.first < title_first:
            # "Fornost President Umbardacil" where the set names "Fornost President":
            # the office's actor, run on over the name.
            self._release_places(name_first, name_last)
            self._extend(holder, name_last)
            return
        if affiliation is None and owner is not None and owner.how == "named":
            # "Arab League Secretary-General Chedli Klibi": the organisation he speaks for.
            affiliation = self.found.actor(owner.key)
            start = owner.first
            affiliation_country = self.lexicon.country(affiliation.country)
        country = country or affiliation_country
        role = word.code if word else ""
        if affiliation and affiliation.cameo and len(affiliation.cameo) >= 6:
            # A national body keeps country and role ("IRNMIL"); an international one, its code.
            code: str | None = (
                affiliation.cameo if affiliation.country is None else affiliation.cameo[:6]
            )
        elif country and role:
            code = country.cameo + role
        else:
            # no country: the role alone, after the set's unknown owner ("---GOV")
            code = country.cameo if country else (
                self.lexicon.unowned_agent + role if role else None
            )
        surname = self.tokens[name_last - 1].norm
        key = f"person:{name.lower()}"
        existing = self._person_key_by_name(name) or self._person_key_by_surname(name)
        if existing:
            key = existing
        actor = Actor(
            name=name,
            kind="person",
            country=_iso(country) if country else (affiliation.country if affiliation else None),
            cameo=code,
            title=title or None,
            affiliation=affiliation.name if affiliation else None,
        )
        if existing:
            actor = self.found.actor(existing)
        self.add_actor(key, actor, start, name_last, "person", surname=surname)

    def _person_key_by_name(self, name: str) -> str | None:
        lowered = name.lower()
        for key, record in self.found.actors.items():
            if record.actor.kind == "person" and record.actor.name.lower() == lowered:
                return key
        return None

    def _person_key_by_surname(self, name: str) -> str | None:
        if " " in name.strip():
            return None
        lowered = name.lower()
        for key, record in self.found.actors.items():
            if record.actor.kind == "person" and record.surname == lowered:
                return key
        return None

    def _affiliation_after(self, last: int) -> tuple[Country | None, Actor | None]:
        """ "… Madani of Iran's Islamic Revolutionary Guard Corps (IRGC)": the organisation
        a person belongs to, stated right after the name."""
        if last + 1 >= len(self.tokens) or self.tokens[last].norm != "of":
            return None, None
        for mention in self.found.actor_mentions:
            if last < mention.first <= last + 4 and mention.how in ("named", "country", "agent"):
                actor = self.found.actor(mention.key)
                country = self.lexicon.country(_iso_of(actor))
                if mention.how == "country":
                    # "of Iran's IRGC": keep looking for the organisation after the possessive.
                    for later in self.found.actor_mentions:
                        if mention.last < later.first <= mention.last + 2 and later.how == "named":
                            return country, self.found.actor(later.key)
                    return country, None
                return country, actor
        return None, None

    def _speaker_names(self) -> None:
        """Capitalised two-to-four word names next to a speech verb or in an appositive with
        a title ("Abbas Araghchi, Iran's foreign minister, said")."""
        if self.doc.all_caps:
            return
        count = len(self.tokens)
        resume = 0
        for index in self._capitalised_words():
            if index < resume or self.taken[index]:
                continue
            end = self._name_end(index)
            words = end - index
            if words < 2 or any(self.taken[index:end]):
                resume = max(end, index + 1)
                continue
            after = self.tokens[end].norm if end < count else ""
            before = self.tokens[index - 1].norm if index else ""
            appositive_title = after == "," and end + 1 < count and self._title_follows(end + 1)
            preceding_title = before == "," and self._title_precedes(index - 1)
            # "Isiah L. Booker": a middle initial marks a person's name.
            initial = any(
                len(t.text) == 1 and t.text.isupper() and nxt.text == "."
                for t, nxt in zip(
                    self.tokens[index + 1 : end - 1], self.tokens[index + 2 : end], strict=True
                )
            )
            if (
                after in SPEECH_VERBS
                or before in SPEECH_VERBS
                or appositive_title
                or preceding_title
                or initial
            ):
                self._person(index, index, end, None)
            resume = end

    def _capitalised_words(self) -> list[int]:
        """The positions where a name can start in mixed-case text (see `_is_name_start`)."""
        return [
            index for index, token in enumerate(self.tokens)
            if token.text[0].isupper() and token.text[0].isalpha()
            and token.norm not in FUNCTION_WORDS
        ]

    def _title_follows(self, index: int) -> bool:
        for offset in range(4):
            position = index + offset
            if position >= len(self.tokens):
                return False
            _, entries = self.lexicon.titles.longest(self.tokens, position)
            if entries:
                return True
        return False

    def _title_precedes(self, comma: int) -> bool:
        for length in range(1, 5):
            start = comma - length
            if start < 0:
                return False
            end, entries = self.lexicon.titles.longest(self.tokens, start)
            if entries and end == comma:
                return True
        return False

    def _title_nouns_to_persons(self) -> None:
        """ "A top Iranian general", "the general", "the foreign minister": a title noun that
        fits exactly one person of the article is that person."""
        persons = [
            (key, record)
            for key, record in self.found.actors.items()
            if record.actor.kind == "person" and record.actor.title
        ]
        if not persons:
            return
        for mention in list(self.found.actor_mentions):
            if mention.how != "agent":
                continue
            record = self.found.actors[mention.key]
            head = self.tokens[mention.last - 1].norm
            if head.endswith("s"):
                continue
            matches = [
                key
                for key, person in persons
                if head == _title_head(person.actor.title or "")
                and (record.actor.country in (None, person.actor.country))
            ]
            if len(matches) != 1:
                continue
            target = self.found.actors[matches[0]]
            span = self.span(mention.first, mention.last, "actor")
            record.spans.remove(span)
            if not record.spans:
                del self.found.actors[mention.key]
            target.spans.append(span)
            mention.key = matches[0]
            mention.how = "title"

    def _nationals(self) -> None:
        """ "Colombian coca growers", "Ukrainian drone operators": a demonym before a plural
        noun of people that no dictionary lists is a group of that nationality, role unknown."""
        for first, last, iso3 in self.found.nationality_spans:
            head = self._people_noun_after(last)
            country = self.lexicon.country(iso3)
            if head is None or country is None or iso3 in UNPEOPLED:
                continue
            # "an American national", "Colombian civilians": people who bear no arms
            kind: ActorKind = "civilians" if self.tokens[head].norm in _PRIVATE_PEOPLE else (
                "unknown")
            actor = Actor(name=self.surface(first, head + 1), kind=kind,
                          country=_iso(country), cameo=country.cameo)
            self.add_actor(f"nationals:{iso3}:{self.tokens[head].norm}", actor, first, head + 1,
                           "agent")

    def _people_noun_after(self, index: int) -> int | None:
        """The position of a plural noun of people in the (up to three) lower-case words from
        ``index`` that nothing else has taken."""
        for position in range(index, min(index + 3, len(self.tokens))):
            token = self.tokens[position]
            if (self.taken[position] or not token.is_word or not token.text.islower()
                    or token.norm in FUNCTION_WORDS):
                return None
            if _people_noun(token.norm):
                following = self.tokens[position + 1] if position + 1 < len(self.tokens) else None
                # "Bolivian growers' fields": a possessive group owns the next noun; the
                # owner rules, not this one, read it.
                if following is not None and following.norm in ("'s", "'"):
                    return None
                return position
        return None

    def _borders(self) -> None:
        """ "Iran's border with Armenia", "the Iran-Armenia border", "the border between Iran
        and Armenia": a border location between two countries."""
        states = [m for m in self.found.actor_mentions if m.how == "country"]
        by_first = {m.first: m for m in states}
        by_last = {m.last: m for m in states}
        tokens = self.tokens
        for index in self.doc.positions(_BORDER_WORDS):
            pair: tuple[ActorMention, ActorMention] | None = None
            first = index
            # "Iran's border with Armenia"
            if index >= 2 and tokens[index - 1].norm == "'s" and index - 1 in by_last:
                left = by_last[index - 1]
                if index + 2 < len(tokens) and tokens[index + 1].norm == "with":
                    right = by_first.get(index + 2)
                    if right is not None:
                        pair, first = (left, right), left.first
            # "the Iran-Armenia border"
            elif index >= 3 and tokens[index - 2].norm == "-" and index - 1 in by_last:
                right_end = by_last[index - 1]
                left_end = by_last.get(index - 2)
                if left_end is not None:
                    pair, first = (left_end, right_end), left_end.first
            # "the border between Iran and Armenia"
            elif index + 4 < len(tokens) and tokens[index + 1].norm == "between":
                first_state = by_first.get(index + 2)
                if first_state is not None and tokens[first_state.last].norm == "and":
                    second_state = by_first.get(first_state.last + 1)
                    if second_state is not None:
                        pair = (first_state, second_state)
            if pair is None:
                continue
            a = self.found.actor(pair[0].key)
            b = self.found.actor(pair[1].key)
            if a.country is None or b.country is None or a.country == b.country:
                continue
            ends = [index + 1, pair[0].last, pair[1].last]
            last = max(ends)
            location = Location(
                name=f"{a.name}-{b.name} border",
                country=a.country,
                kind="border",
                geo_precision=3,
            )
            record = self.found.locations.get(f"border:{a.country}:{b.country}")
            if record is None:
                record = _LocationRecord(location)
                self.found.locations[f"border:{a.country}:{b.country}"] = record
            record.spans.append(self.span(first, last, "location"))
            mention = LocationMention(first, last, f"border:{a.country}:{b.country}")
            self.found.location_mentions.append(mention)
            self._location_by_last[last] = mention

    def _surnames_and_titles(self) -> None:
        """Later mentions of a known person by surname ("Madani") or title ("General Madani")."""
        persons = {
            record.surname: key
            for key, record in self.found.actors.items()
            if record.actor.kind == "person" and record.surname
        }
        if not persons:
            return
        for index in self.doc.positions(persons):
            token = self.tokens[index]
            if self.taken[index] or not token.text[:1].isupper():
                continue
            key = persons[token.norm]
            start = index
            for length in range(1, 4):
                if index - length < 0:
                    break
                end, entries = self.lexicon.titles.longest(self.tokens, index - length)
                if entries and end == index:
                    start = index - length
                    break
            self.add_actor(key, self.found.actor(key), start, index + 1, "surname")


# The kinds of actor a role word may describe when a group's name follows it.
_ARMED_KINDS = frozenset({"rebel", "militia", "military", "political"})

_PLACE_PREPOSITIONS = frozenset(
    [
        "in",
        "into",
        "across",
        "throughout",
        "inside",
        "outside",
        "within",
        "near",
        "from",
        "to",
        "toward",
        "towards",
        "around",
        "through",
        "over",
        "at",
    ]
)
# Prepositions after which a capital's name is a place, not its government ("a warning from
# Moscow", "talks to Tehran" keep the government).
_IN_PLACE = _PLACE_PREPOSITIONS - {"from", "to", "toward", "towards", "over"}
_PLACE_NOUNS = frozenset(
    [
        "village",
        "town",
        "city",
        "district",
        "province",
        "governorate",
        "region",
        "area",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "municipality",
        "camp",
        "valley",
        "county",
        "state",
        "forest",
        "beach",
    ]
)

# Second-level divisions written after a village: "Rugari of Rutshuru territory".
_DISTRICT_NOUNS = frozenset({"district", "territory", "township", "county", "municipality",
                             "commune", "department", "lga", "tehsil", "subdistrict", "upazila",
                             "woreda", "cercle", "chiefdom", "arrondissement"})
# The words between "in" and a region's name that still place a name in it ("in the
# countryside of Idleb", "in rural northern Aleppo").
_REGION_LEAD_INS = frozenset("the rural countryside outskirts of northern southern eastern western "
                             "central north south east west northeastern northwestern "
                             "southeastern southwestern".split())
# What a place the gazetteer lacks is, written after its name: "in Kanga village", "on Saraqab
# axis".
_SETTLEMENT_NOUNS = _DISTRICT_NOUNS | frozenset({
    "village", "town", "city", "camp", "slum", "settlement", "hamlet", "kebele", "ward",
    "neighbourhood", "neighborhood", "locality", "garrison", "market", "axis"})
# What may follow a region's name: "Zamfara state", "Kherson oblast".
_REGION_NOUNS = frozenset({"state", "region", "province", "governorate", "oblast", "county",
                           "department", "prefecture"})

_PLACE_KINDS = frozenset({"place", "subdivision", "capital", "country"})
_ALONE_TOWN_LENGTH = 6  # letters of a town name looked up in every country
# Arabic words that begin place names ("Ain Issa", "Ras al Ain", "Kafr Nabl", "Deir Hafer").
_ARABIC_PREFIXES = frozenset("ain ras tell tal bir deir dayr kafr jabal jebel wadi khirbet kherbet "
                             "beit umm bab sidi hassi oued abu qaryat khirbat tall nahr jisr "
                             "bani".split())
# What names listed in ACLED's brackets may be followed by.
_LISTED_NOUNS = _REGION_NOUNS | _DISTRICT_NOUNS | frozenset(
    {"locality", "zone", "town", "city", "village", "division", "sub-district"})

_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})

# Bodies other countries have under the same name: the owner written before says whose.
_BODIES = frozenset({"igo", "government", "military"})
_NEEDS_CONTEXT = frozenset({"opposition", "administration", "authority", "party", "court"})
# Words after a subject that show it is one (auxiliaries and adverbs before a verb).
_FINITE = frozenset("has have had was were is are will would also later then reportedly "
                    "allegedly".split())
_ABSTRACT_AGENTS = frozenset({"actors", "actor", "forces", "force", "military", "elements"})
_PLATFORMS = frozenset(
    ["aircraft", "bomber", "bombers", "fighter", "fighters", "jet", "jets", "warplane", "warplanes", "drone", "drones", "helicopter", "helicopters", "gunship", "gunships", "artillery", "tank", "tanks", "missile", "missiles", "rocket", "rockets", "warship", "warships", "destroyer", "destroyers", "frigate", "frigates", "submarine", "submarines", "system", "systems", "vessel", "vessels", "carrier", "carriers", "plane", "planes", "uav", "uavs"]
)
# Present tenses of the notes' headline style ("The military regain control of")
_HEADLINE_PRESENT = frozenset("regain regains retake retakes recapture recaptures seize seizes "
                              "kill kills".split())
# Words that open a verb's object ("police raids a house", "kills two"); not "that" ("media
# reports that ...") or quantifiers.
_OBJECT_OPENERS = frozenset("the a an this these those their its his her our".split())

# Offices named "Chief ..." (or "... Elder"): the title goes on, no name begins there.
_OFFICES_AFTER_CHIEF = frozenset(
    "justice executive minister secretary whip inspector superintendent editor officer "
    "constable engineer judge magistrate prosecutor economist scientist rabbi imam of".split()
)

_VERBISH = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "have",
        "has",
        "had",
        "are",
        "were",
        "was",
        "is",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "do",
        "does",
        "who",
        "which",
        "that",
        "launched",
        "attacked",
        "killed",
        "fired",
        "opened",
        "clashed",
        # "police baton-charged", "lathi-charged": the verb's first word
        "baton", "lathi", "lathicharged", "cane",
    ]
) | _HEADLINE_PRESENT

# What a state's own army is called besides its country's name ("Royal Thai Army").
_STATE_ARMY_WORDS = frozenset("national royal armed defence defense federal regular popular "
                              "imperial republican".split())

_COMMON_WORDS = frozenset(
    [
        "police",
        "army",
        "navy",
        "union",
        "bar",
        "man",
        "split",
        "most",
        "nice",
        "mobile",
        "reading",
        "bath",
        "van",
        "sale",
        "gore",
        "hit",
        "of",
        "ur",
        "along",
        "march",
        "may",
        "june",
        "august",
        "colon",
        "victoria",
        "florence",
        "regina",
        "chance",
        "hope",
        "liberty",
        "independence",
        "unity",
        "progress",
        "freedom",
        "justice",
        "peace",
        "concord",
        "providence",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
        "old",
        "great",
        "upper",
        "lower",
        "capital",
        "centre",
        "center",
        "coast",
        "island",
        "islands",
        "lake",
        "river",
        "valley",
        "mount",
        "hill",
        "union",
        "republic",
        "al",
        "el",
    ]
)


# Plural nouns of people by their agentive endings ("growers", "operators", "activists",
# "technicians", "employees", "fishermen"), less the common nouns of things with those endings.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ees", "men", "women")
_PEOPLE_WORDS = frozenset(
    "students residents parents patients opponents dissidents migrants immigrants emigrants "
    "inhabitants participants peasants merchants tenants servants combatants assailants "
    "people children youths nationals citizens national citizen".split()
)
_PRIVATE_PEOPLE = frozenset("national nationals citizen citizens civilian civilians tourist "
                            "tourists residents villagers".split())
_THING_NOUNS = frozenset(
    "borders waters papers matters powers orders numbers centers centres quarters headquarters "
    "letters computers containers tankers carriers helicopters corridors monitors sectors "
    "factors motors reactors vectors towers layers offers others chambers barriers markers "
    "meters metres liters litres sensors scanners radars rivers shelters transfers "
    "transporters boosters thrusters launchers trailers indicators generators tractors "
    "interceptors destroyers bombers fighters cruisers freighters ".split()
)


def _people_noun(norm: str) -> bool:
    if norm in _PEOPLE_WORDS:
        return True
    return len(norm) > 4 and norm.endswith(_PEOPLE_ENDINGS) and norm not in _THING_NOUNS


_COMPASS_WORDS = frozenset("north south east west centre northeast northwest southeast "
                           "southwest far mid".split())


def _compass_only(region: str) -> bool:
    """Whether a region's name is only a direction ("Southern", "North Western"), as regions
    of many countries are named."""
    words = gazetteer.region_key(region).split()
    return bool(words) and all(word in _COMPASS_WORDS for word in words)


def plausible_alone(name: str, place: Place) -> bool:
    """Whether a phrase that is nothing but this place's name names the place: not when it is
    an ordinary word ("March", "Split", "Reading"), and a lone word only for a city (as in
    text, where a smaller town needs a second word or a preposition before it)."""
    lowered = name.lower()
    if lowered in FUNCTION_WORDS or lowered in _COMMON_WORDS or lowered in _NOT_PLACES:
        return False
    return " " in name.strip() or place.population >= 100_000


def _prefixed(agent: str, code: str) -> str:
    """An agent's code put before an actor's, its blocks the code already has left out."""
    have = {code[i : i + 3] for i in range(0, len(code), 3)}
    blocks = [agent[i : i + 3] for i in range(0, len(agent) - len(agent) % 3, 3)]
    return "".join(block for block in blocks if block not in have) + code


def _more_specific(code: str | None, than: str | None) -> bool:
    """Whether a name's own code says more than an office's: "USAGOVELI" over "USAGOV";
    not "BRE" (the country alone) over "BREGOV"."""
    if not code:
        return False
    if not than:
        return True
    return len(code) > len(than) or not than.startswith(code[:3])


def as_kind(value: str) -> ActorKind:
    """An actor kind from dictionary data; anything unknown is "unknown"."""
    return cast(ActorKind, value) if value in ACTOR_KINDS else "unknown"


def _state_code(code: str | None) -> bool:
    return bool(code) and len(code or "") == 3 and (code or "").isalpha()


def _country_like(code: str | None) -> bool:
    """A bare three-letter code that is no CAMEO role or sector ("ARN", "NGA"; not "MED",
    "IGO", "MNC"): a dictionary's country, whose agents it owns."""
    return _state_code(code) and code not in codebooks.cameo_actor_types


def _pseudo_country(name: str, code: str) -> Country:
    return Country(
        iso3="", iso2="", iso_numeric="", fips="", cameo=code, name=name, aliases=(),
        adjectives=(), capital="", seats=(), military_seats=(), latitude=None, longitude=None,
        acled_region=None,
    )


_CROWD_KINDS = frozenset({"civilians", "protesters", "rioters"})


def _valid_iso(code: str) -> bool:
    from .._validators import is_country

    return is_country(code)


def _nationality_end(found: Entities, start: int) -> int:
    return found.nationality_ends.get(start, start)


def _country_of(entry: Entry) -> str | None:
    record = entry.record
    if entry.kind in ("country", "adjective", "capital", "seat", "military_seat"):
        return str(record.iso3)
    if entry.kind in ("subdivision", "place"):
        return str(record.country) or None
    if entry.kind == "actor":
        return str(record.country) or None
    return None


def _iso_of(actor: Actor) -> str | None:
    return actor.country


def coded_to(tokens: Sequence[Token], index: int) -> bool:
    """Whether an ACLED analyst's "coded to" ends at this token: the place the note's event
    was coded to follows ("coded as" names actors and figures too)."""
    return index >= 1 and tokens[index].norm == "to" and tokens[index - 1].norm == "coded"


def find_entities(doc: Document, lexicon: Lexicon, published: dt.date | None) -> Entities:
    """Find and compose the entities of a parsed document."""
    return _Finder(doc, lexicon, published).run()


def tokens_text(tokens: Iterable[Token]) -> str:
    return " ".join(token.text for token in tokens)
