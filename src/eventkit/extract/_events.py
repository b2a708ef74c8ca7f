"""Events: triggers in each sentence, their actors, modality, fatalities, place and date, coded
in CAMEO, ACLED and PLOVER, each with the evidence spans and the rule that produced it."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from itertools import groupby, pairwise
from typing import Any

import attr
from attrs import field

from .. import codebooks
from .._models import Actor, Article, Event, FuzzyDate, MilitaryUnit, Span, Statement
from ._dates import MONTH_NAMES
from ._entities import (
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    LOCATIVE,
    SPEECH_VERBS,
    ActorMention,
    Entities,
)
from ._lexicon import Lexicon, person_title_words
from ._mypyc import new_list
from ._numbers import UNITS, number_value
from ._text import DETERMINERS, Document, Sentence, in_dateline
from ._triggers import Trigger
from ._verbs import COMPOUND, SOURCE, TARGET, Anchor, Verb, VerbPattern, match_side

__all__ = ["find_events"]

LIGHT_VERBS = frozenset(
    [
        "launch",
        "use",
        "used",
        "uses",
        "using",
        "fire",
        "fired",
        "fires",
        "firing",
        "launched",
        "launches",
        "launching",
        "carry",
        "carried",
        "carries",
        "carrying",
        "conduct",
        "conducted",
        "conducts",
        "conducting",
        "stage",
        "staged",
        "stages",
        "staging",
        "hold",
        "held",
        "holds",
        "holding",
        "begin",
        "began",
        "begun",
        "begins",
        "start",
        "started",
        "starts",
        "lead",
        "led",
        "leads",
        "mount",
        "mounted",
        "mounts",
        "made",
        "make",
        "makes",
        "making",
        "perpetrate",
        "perpetrated",
        "commit",
        "committed",
        "organize",
        "organized",
        "organised",
        "organise",
        "join",
        "joined",
        "participate",
        "participated",
        "took",
        "take",
        "exchange",
        "exchanged",
        "exchanging",
        "form",
        "formed",
        # "the demonstrators engaged in a scuffle with hospital staff"
        "engage",
        "engaged",
        "engages",
        "engaging",
        "involved",  # "residents of two villages were involved in a brawl"
    ]
)
AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "been",
        "being",
        "is",
        "are",
        "be",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "did",
        "do",
        "does",
        "to",
        "not",
        "never",
        "n't",
    ]
)
PASSIVE_AUX = frozenset(["was", "were", "been", "being", "is", "are", "be", "get", "got"])
MODAL_PLANNED = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "intending",
        "prepare",
        "prepares",
        "prepared",
        "preparing",
        "schedule",
        "scheduled",
        "will",
        "shall",
        "going",
        "aim",
        "aims",
        "aimed",
        "vow",
        "vowed",
        "vows",
        "pledge",
        "pledged",
        "pledges",
        "promise",
        "promised",
        "promises",
        "threaten",
        "threatened",
        "threatens",
        "threatening",
        "propose",
        "proposed",
        "proposes",
    ]
)
MODAL_HYPOTHETICAL = frozenset(
    ["could", "would", "may", "might", "possible", "possibly", "potential", "potentially", "fear", "fears", "feared", "fearing", "concern", "concerns", "concerned", "worry", "worries", "worried", "risk", "risks", "likely", "unlikely", "if", "unless", "whether", "hypothetical", "rumoured", "rumored", "must", "should", "ought"]
)
MODAL_SIMULATED = frozenset(
    [
        "simulated",
        "simulate",
        "simulating",
        "simulation",
        "scenario",
        "mock",
        "rehearsal",
        "rehearse",
        "rehearsed",
        "hypothetical",
    ]
)
NEGATION = frozenset(
    [
        "not",
        "never",
        "no",
        "n't",
        "neither",
        "nor",
        "without",
        "denied",
        "deny",
        "denies",
        "denying",
        "unwilling",
        "refused",
        "refuses",
        "refusing",
        "failed",
        "fails",
    ]
)
DEATH_WORDS = frozenset(
    ["killed", "dead", "died", "dies", "death", "deaths", "fatalities", "fatality", "bodies", "lives", "slain", "killing", "lynched", "assassinated", "beheaded", "executed", "kill", "kills", "murdered", "perished", "succumbed",
     # a headline's present tense ("Vigilantes lynch a suspected robber")
     "lynch", "lynches", "behead", "beheads", "execute", "executes", "assassinate",
     "assassinates"]
)
INJURY_WORDS = frozenset(["injured", "wounded", "hurt", "injuring", "wounding", "injuries", "injury"])
# When a sentence names several weapons, the most specific one decides the sub-event type.
WEAPON_PRECEDENCE = (
    "chemical",
    "suicide",
    "drone",
    "air",
    "ied",
    "missile",
    "artillery",
    "grenade",
)
WEAPON_WORDS = {
    "airstrike": "air",
    "airstrikes": "air",
    "warplane": "air",
    "warplanes": "air",
    "jets": "air",
    "helicopter": "air",
    "helicopters": "air",
    "bombers": "air",
    "drone": "drone",
    "drones": "drone",
    "uav": "drone",
    "uavs": "drone",
    "artillery": "artillery",
    "shelling": "artillery",
    "shells": "artillery",
    "mortar": "artillery",
    "mortars": "artillery",
    "tank": "artillery",
    "tanks": "artillery",
    "ifv": "artillery",  # an infantry fighting vehicle's cannon, as a tank's
    "ifvs": "artillery",
    "rocket": "missile",
    "rockets": "missile",
    "missile": "missile",
    "missiles": "missile",
    "ied": "ied",
    "ieds": "ied",
    "vbied": "ied",  # a vehicle-borne IED
    "vbieds": "ied",
    "svbied": "suicide",  # a suicide vehicle-borne IED
    "svbieds": "suicide",
    "landmine": "ied",
    "landmines": "ied",
    "mine": "ied",
    "bomb": "ied",
    "bombs": "ied",
    "explosive": "ied",
    "explosives": "ied",
    "dynamite": "ied",
    "booby": "ied",  # "booby-trap"
    "suicide": "suicide",
    "grenade": "grenade",
    "grenades": "grenade",
    "chemical": "chemical",
    "gas": "chemical",  # not after "tear"
    "chlorine": "chemical",
    "sarin": "chemical",
    "mustard": "chemical",
    "chloropicrin": "chemical",
    "phosgene": "chemical",
    "aircraft": "air",
    "jet": "air",
    "bomber": "air",
    "barrel": "air",  # barrel bombs are dropped from helicopters
}
ACLED_BY_WEAPON = {
    "air": "Air/drone strike",
    "drone": "Air/drone strike",
    "artillery": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
    "chemical": "Chemical weapon",
}
CAMEO_BY_WEAPON = {
    "air": "195",
    "drone": "1952",
    "artillery": "194",
    "missile": "194",
    "ied": "183",
    "suicide": "1831",
    "grenade": "183",
    "chemical": "2041",
}
ARMED_KINDS = frozenset({"military", "police", "rebel", "militia", "state", "government"})
CIVILIAN_WORDS = frozenset(
    [
        # a victim no text calls armed ("a man was found dead with firearm injuries")
        "man",
        "woman",
        # (a suspect the police kill is no armed side unless told as fighting back)
        "suspect",
        "suspects",
        "boy",
        "girl",
        "body",
        "bodies",
        "guests",
        "mourners",
        "pilgrims",
        "motorists",
        "travellers",
        "travelers",
        "commuters",
        "civilian",
        "civilians",
        "villagers",
        "villager",
        "residents",
        "resident",
        "passengers",
        "worshippers",
        "children",
        "women",
        "farmers",
        "students",
        "pupils",
        "journalists",
        "worker",
        "workers",
        "displaced",
        "refugees",
        "people",
        "individuals",
        "individual",
        # who works in an office, a school, a firm ("assaulted the director of the health
        # office")
        "director",
        "employee",
        "employees",
        "engineer",
        "engineers",
        "headmaster",
        "family",
        "families",
        "herders",
        "fishermen",
        "shoppers",
        "marketgoers",
        "occupant",
        "occupants",
        "traders",
        "trader",
        "passengers",
        "passenger",
        "teacher",
        "teachers",
        "doctor",
        "doctors",
        "nurses",
        "patients",
        "councillor",
        "councilor",
        "son",
        "daughter",
        # kin: "killed 2 Palestinian brothers", "his sons"
        "sons",
        "daughters",
        "brother",
        "brothers",
        "sister",
        "sisters",
        "father",
        "mother",
        "husband",
        "wife",
        "relatives",
        "relative",
        "cousins",
        "siblings",
        "woman",
        "child",
        "boy",
        "girl",
        "student",
        "pupil",
        "farmer",
        "herder",
        "worshipper",
        "driver",
        "motorists",
        "pedestrians",
        "passer-by",
        "elders",
        "priest",
        "pastor",
        "imam",
        "activist",
        "activists",
        "lawyer",
        "journalist",
        # public transport carries civilians ("a bus was attacked with gunfire by gunmen")
        "bus",
        "buses",
        "minibus",
        "minibuses",
    ]
)
SPEECH_CODES = ("01", "02", "10", "11", "12", "13")
_TWO = re.compile(r"(?:two|both)$")


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class _Found:
    trigger_first: int
    trigger_last: int
    sentence: int
    cameo: str
    rule: str
    acled: str | None = None
    weapon: str | None = None
    symmetric: bool = False
    actor1: list[str] = field(factory=new_list)  # registry keys
    actor2: list[str] = field(factory=new_list)
    modality: str = "actual"
    fatalities: int | None = None
    evidence: list[Span] = field(factory=new_list)
    location_key: str | None = None
    date: FuzzyDate | None = None
    units: list[MilitaryUnit] = field(factory=new_list)
    statements: list[Statement] = field(factory=new_list)
    confidence: float = 0.7
    # A noun event ("a ceasefire", "talks") is told as happening only when a verb governs it
    # ("agreed a ceasefire", "held talks") or its doer is named ("Russia's offensive").
    governed: bool = True
    generic: bool = False  # a bare noun naming a kind of event, not one that happened
    # The dictionary pattern that coded a verb, and where it puts the roles after the verb.
    pattern: VerbPattern | None = None
    anchors: list[Anchor] = field(factory=new_list)
    paired: str | None = None  # ``[031:032]``: the event coded back from target to source
    # harm told with no doer, folded into this intervention: its sentence tells what force did
    harm_folded: bool = False


# Adverbs that may stand between "were" and its participle in any passive: hedges, and the
# degrees of harm ("were lightly wounded", "was critically injured"), which qualify nothing
# but a participle. Other -ly adverbs only before a "by" phrase ("was fiercely opposed by").
_PASSIVE_ADVERBS = frozenset(
    {"reportedly", "allegedly", "also", "later", "not", "lightly", "slightly", "seriously",
     "critically", "severely", "badly", "fatally", "mortally", "gravely", "moderately",
     "briefly", "temporarily", "subsequently", "then", "eventually", "forcibly", "arbitrarily",
     "violently", "brutally",
     "reported", "said", "believed",  # ("were reported injured", "were said killed")
     "'", '"', "\u2018", "\u201c"}  # ("were 'neutralized'": a quoted participle)
)

# The CAMEO roots of acts that can kill: a toll told after them is theirs.
_FORCEFUL_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})

# Verbs of harm that always take an object: right after a noun phrase and before no object,
# such a participle is a passive without its auxiliary, as headlines and reduced relative
# clauses write it ("Two soldiers killed in an ambush", "among two men killed when...").
_HARM_NEEDING_OBJECT = frozenset(
    {"killed", "wounded", "injured", "abducted", "kidnapped", "arrested", "detained",
     "executed", "beheaded", "murdered", "slain", "lynched", "massacred", "tortured", "beaten",
     "stabbed", "stoned", "hacked"}
)
# Institutions an actor's name may stand for that are places after "at" or "in"
_INSTITUTIONS = frozenset("university universities school schools college colleges campus "
                          "hospital hospitals".split())
_GIVING_ONESELF_UP = ("himself-in", "herself-in", "themselves-in")  # (the triggers' ids)
# The rules of interceptions and downings (and their variants: "t-intercept-drones")
DOWNING_RULES = ("trigger:t-intercept", "trigger:t-shoot-down")
_OPENING_FILLERS = frozenset({"the", "a", "an", "on", "around", "about", ",", "(", ")", "as",
                             "reported", "between", "and", "of"})
_CORPSES = frozenset("body bodies corpse corpses remains".split())
_WOUNDS = frozenset("injuries injury wounds wound burns fractures".split())
_LATER_CLAUSES = frozenset("and but while as after before when because since where who which "
                           "that".split())
_PARTICLES = frozenset("off on out up down in over back away".split())
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
_PROJECTILES = frozenset("projectile projectiles bullet bullets shell shells rocket rockets "
                         "missile missiles round rounds canister canisters grenade grenades "
                         "stone stones".split())
_WEAPON_PREPOSITIONS = frozenset({"by", "with", "from", "of"})
# Harm verbs whose past participle is their past tense too: passive when "by" follows
_STRUCK = frozenset({"hit", "struck", "shot"})
_NO_OBJECT_AFTER = frozenset(
    {"when", "as", "while", "in", "during", "after", "near", "by", "on", "at", "since",
     "overnight", "yesterday", ".", ";", ")"}
)

# The rule of an event an ACLED note's label ("Looting:", "Other:") codes.
LABEL_RULE = "trigger:label-"

_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "(", ")"})
# Prepositions that make a noun after them a place ("near a checkpoint")
_LOCATIVE = frozenset({"near", "at", "outside", "around", "past", "through", "beside"})
# A crowd's participles ("while demonstrating against the killing of a student")
_DEMONSTRATING_NOW = frozenset({"demonstrating", "protesting", "marching", "rallying"})
# What people "engaged in" fight or riot in ("engaged in heavy clashes", "in an exchange of
# fire", "the prisoners that engaged in the demonstration")
_ENGAGED_IN = frozenset("clashes clash fighting fights fight battle battles combat gunfight "
                        "gunfights firefight firefights exchange hostilities shootout skirmishes "
                        "skirmish confrontation confrontations gunbattle gunbattles violence "
                        "demonstration demonstrations protest protests riot riots rioting "
                        "looting".split())
# What opens a note before its date ("On 7 May 2023, ...")
_DATE_OPENING = frozenset({",", "on", "around", "in", "early", "late", "(", ")"})
# What a walkout is over or for ("strike over new taxes", "struck for better pay")
_WALKOUT_OBJECTS = (["over"], ["against"], ["for"], ["demanding"], ["to"], ["in"], ["and"],
                    ["on"], [","], ["."])
_ATTACKED = frozenset({"attacked", "attacking", "attack", "attacks", "stormed", "raided",
                       "targeted", "struck", "overran", "ambushed", "on"})
# Prepositions before "the attack" that refer back to an attack told.
_REFERRING = frozenset({"in", "during", "by"})
_EARLIER_CLAUSE = frozenset({"after", "following", "since", "because"})
# Words between a harm and the violence it befell someone in ("killed during a shootout")
_WITHIN = frozenset({"in", "during", "amid", "amidst"})

# Participles that say whom a group belongs to: "militants linked to al-Qaeda", "fighters
# allied with the army".
_DESCRIBING = frozenset(
    "linked affiliated allied aligned associated attached connected related".split()
)
# Living somewhere: the dictionary's INHABIT and RESIDE ([192] with OCCUPY) say who lives
# where, no act of occupying.
_DWELLING = frozenset("inhabit inhabits inhabited inhabiting reside resides resided residing "
                      "populated".split())
_SPONSORING = frozenset(
    "organized organised sponsored backed led affiliated linked aligned allied run owned "
    "controlled supported funded called".split()
)
# A vehicle or a walker that strikes a mine is its victim, not its user: "their vehicle struck
# an improvised explosive device", "a bus ran over a landmine", "a boy stepped on a mine".
_RAN_INTO = frozenset({"struck", "strikes", "strike", "hit", "hits", "ran", "runs", "run",
                       "drove", "stepped", "steps", "triggered", "triggers"})
_EMPLACED = frozenset({"mine", "mines", "landmine", "landmines", "ied", "ieds", "roadside",
                       "explosive", "device", "devices", "ordnance", "uxo"})


class _Coder:
    def __init__(
        self,
        doc: Document,
        entities: Entities,
        dates: Sequence[FuzzyDate],
        units: Sequence[tuple[MilitaryUnit, Any]],
        article: Article,
        lexicon: Lexicon,
    ) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.norms = doc.norms
        self.entities = entities
        self.dates = dates
        self.units = units
        self.article = article
        self.lexicon = lexicon
        self.previous_in_sentence: _Found | None = None
        self._candidates: list[int] | None = None  # see _trigger_candidates
        self.previous_doer: _Found | None = None  # the latest event with a doer
        self.first_doers: dict[int, _Found] = {}  # each sentence's first event with a doer
        self._dates_by_sentence: dict[int, list[FuzzyDate]] | None = None
        self._locations_by_sentence: dict[int, list[Any]] | None = None
        self._location_firsts: frozenset[int] | None = None
        self._found_index: tuple[int, int, dict[int, list[_Found]]] | None = None
        self._mentioned_countries: Counter[str | None] | None = None
        self._latest: dict[tuple[int, bool], list[int | None]] = {}
        self.event_actors: dict[str, Actor] = {}
        self.cue_tokens: set[int] = set()
        # sentences whose toll went to an event told before ("... were killed during the
        # clash"): read once
        self.tolled_sentences: set[int] = set()
        self._toll_norms: dict[int, list[str]] = {}  # `_toll_words`, by first token
        # how fit a place is to be an event's, whatever the event (the assemble module's
        # `_location_for`), by the place's mention: read once
        self.place_ranks: dict[tuple[int, int, str], tuple[bool, bool, int, bool, int]] = {}
        # Words inside a name ("military forces", "Operation Desert Storm") are not verbs.
        self.entity_tokens = {
            index
            for mention in entities.actor_mentions
            for index in range(mention.first, mention.last)
        }
        self.date_tokens: set[int] = set()
        for date in dates:
            for span in date.mentions:
                first = _token_index(doc, span.start)
                while first < len(doc.tokens) and doc.tokens[first].start < span.end:
                    self.date_tokens.add(first)
                    first += 1
        for index, token in enumerate(doc.tokens if article.published is None else ()):
            # "On March 25" with no publication date to give it a year: still a day, no count
            if token.norm in MONTH_NAMES and token.text[:1].isupper():
                for other in (index - 1, index + 1):
                    if 0 <= other < len(doc.tokens) and doc.tokens[other].text.isdigit() and (
                        len(doc.tokens[other].text) <= 2
                    ):
                        self.date_tokens.add(other)
        self.mentions_by_sentence: dict[int, list[ActorMention]] = {}
        for mention in entities.actor_mentions:
            if in_dateline(doc.text, doc.tokens[mention.first].start, doc.tokens[mention.last - 1].end):
                continue  # "(AFP) -": the agency reports, it does not act
            self.mentions_by_sentence.setdefault(doc.sentence_of(mention.first), []).append(mention)

    def dates_by_sentence(self) -> dict[int, list[FuzzyDate]]:
        """The article's dates by the sentence they are written in (built once)."""
        if self._dates_by_sentence is None:
            index: dict[int, list[FuzzyDate]] = {}
            for date in self.dates:
                if date.mentions:
                    token = _token_index(self.doc, date.mentions[0].start)
                    index.setdefault(self.doc.sentence_of(token), []).append(date)
            self._dates_by_sentence = index
        return self._dates_by_sentence

    def latest_before(
        self, by_sentence: dict[int, list[Any]], sentence: int, *, in_paragraph: bool = True
    ) -> int | None:
        """The latest sentence before ``sentence``, in its paragraph (or anywhere before it),
        that ``by_sentence`` lists (its dates, its places); one pass per index, not a walk
        back per event."""
        key = (id(by_sentence), in_paragraph)  # each index lives as long as the coder
        table = self._latest.get(key)
        if table is None:
            table, latest, paragraph = [], None, None
            for index, each in enumerate(self.doc.sentences):
                if each.paragraph != paragraph and in_paragraph:
                    latest, paragraph = None, each.paragraph
                table.append(latest)
                if by_sentence.get(index):
                    latest = index
            self._latest[key] = table
        return table[sentence] if sentence < len(table) else None

    def mentioned_countries(self) -> Counter[str | None]:
        """How many place and actor mentions of the article belong to each country."""
        if self._mentioned_countries is None:
            places, actors = self.entities.locations, self.entities.actors
            counts = Counter(places[m.key].location.country
                             for m in self.entities.location_mentions)
            counts.update(actors[m.key].actor.country for m in self.entities.actor_mentions)
            self._mentioned_countries = counts
        return self._mentioned_countries

    def found_by_sentence(self, found: list[_Found]) -> dict[int, list[_Found]]:
        """The events of a list by sentence, built once for that list (as long as it keeps
        its length): a walk of all of them per event made a long text quadratic."""
        if self._found_index is None or self._found_index[:2] != (id(found), len(found)):
            index: dict[int, list[_Found]] = {}
            for event in found:
                index.setdefault(event.sentence, []).append(event)
            self._found_index = (id(found), len(found), index)
        return self._found_index[2]

    def location_firsts(self) -> frozenset[int]:
        """The tokens where a location mention starts (built once)."""
        if self._location_firsts is None:
            self._location_firsts = frozenset(
                mention.first for mention in self.entities.location_mentions)
        return self._location_firsts

    def locations_by_sentence(self) -> dict[int, list[Any]]:
        """The location mentions by sentence (built once)."""
        if self._locations_by_sentence is None:
            index: dict[int, list[Any]] = {}
            for mention in self.entities.location_mentions:
                index.setdefault(self.doc.sentence_of(mention.first), []).append(mention)
            self._locations_by_sentence = index
        return self._locations_by_sentence

    # -- triggers -----------------------------------------------------------------------
    def sentence_triggers(self, index: int, sentence: Sentence) -> list[_Found]:
        found: list[_Found] = []
        triggers = self.lexicon.trigger_index
        verbs = self.lexicon.verbs
        consequences = False  # a participle of consequence was told ("..., killing five")
        candidates = self._trigger_candidates()
        resume = sentence.first
        for position in candidates[
            bisect.bisect_left(candidates, sentence.first) : bisect.bisect_left(
                candidates, sentence.last)
        ]:
            if position < resume:
                continue  # inside the event found before
            norm = self.norms[position]
            if (
                position in self.cue_tokens
                or (norm in SPEECH_VERBS and self.lexicon.speech_from_statements)
                or (norm in FUNCTION_WORDS and norm not in ("march",) and not (
                    position == sentence.first and triggers.starts(norm)  # "Other: On 2 May"
                ))
            ):
                continue
            if norm in _CONSEQUENCES and position and (
                self.norms[position - 1] == ","
                or (self.norms[position - 1] == "and" and consequences)
            ) and (_forceful_told(found) if found else (
                norm not in _HARMING or self._forces_doing(index, position)
            )):
                # "..., killing five" (and "and wounding 20"): the toll of the event just told
                # ("Police intervened, killing two": a peaceful verb's, an act of its own; so
                # is one after an act no trigger tells, "threw a student off a roof, killing
                # him")
                consequences = True
                continue
            if consequences and (norm in DEATH_WORDS or norm in INJURY_WORDS) and (
                self._left_harmed(position, sentence.first)
            ):
                continue  # "..., leaving two people killed and one injured": the toll
            hit = triggers.starts(norm) and next(
                (
                    (end, trigger)
                    for end, trigger in triggers.matches(self.norms, position)
                    if self._trigger_ok(position, end, trigger)
                ),
                None,
            )
            if hit and hit[1].pos == "noun" and not norm.endswith(("s", "ing", "ed")) and (
                triggers.starts_verb(norm) and self._looks_like_verb(position)
            ):
                # "Riot police and street vendors clash in a slum": the base form after its
                # subject is the verb, when a verb trigger says the same words
                hit = next(((end, trigger) for end, trigger in triggers.matches(
                    self.norms, position) if trigger.pos == "verb" and end == hit[0]
                    and self._trigger_ok(position, end, trigger)), hit)
            if hit:
                end, trigger = hit
                found.append(self._from_trigger(position, end, trigger, index))
                resume = end
                continue
            if norm.startswith("engag") and self._engaged_elsewhere(position):
                continue  # (nor the verb dictionary's "engage")
            if norm == "using" and not WEAPON_WORDS.keys().isdisjoint(
                self.norms[position + 1 : position + 6]
            ):
                continue  # "forces using an airborne missile complex shot down": the means
            if verbs is not None and verbs.starts(norm) and (
                position not in self.entity_tokens
            ) and norm not in _DYING and self._looks_like_verb(position) and not (
                self._participle_of_object(position, found)
            ) and (norm, self.norms[position + 1] if position + 1 < len(self.norms) else "") not in (
                _OTHER_SENSE
            ):
                for end, verb in verbs.forms_at(self.norms, position):
                    code, pattern, anchors = self._verb_code(position, end, verb, sentence)
                    # Speech is the statements step's; a verb glued by a hyphen ("so-called")
                    # is part of a word.
                    speech = code is not None and code[:2] == "01"
                    if code is None or (speech and self.lexicon.speech_from_statements) or (
                        self._hyphenated(position)
                    ):
                        break
                    if code[:2] in ("18", "19") and self.norms[end : end + 1] == ["it"]:
                        break  # "children hit it against a tree": force on a thing, no assault
                    if verb.block == "ASSEMBLE" and self._gathered_to_demand(end, sentence):
                        code = "141"  # "activists gathered outside UNESCO ... to urge the UN"
                    if code in codebooks.cameo_events or code in codebooks.extra_event_codes:
                        event = _Found(position, end, index, code, f"verb:{verb.block}")
                        event.pattern, event.anchors = pattern, anchors
                        event.paired = pattern.paired if pattern is not None else verb.paired
                        found.append(event)
                        resume = end
                    break
        return found

    def _gathered_to_demand(self, end: int, sentence: Sentence) -> bool:
        """Whether a gathering's clause says what it was for, a demand ("gathered outside the
        UNESCO headquarters in Paris (Ile-de-France) to urge the UN ..."): a protest."""
        for index in range(end, min(end + 16, sentence.last - 1)):
            if self.norms[index] in (".", ";"):
                return False
            if self.norms[index] == "to" and self.norms[index + 1] in _DEMANDING_VERBS:
                return True
        return False

    def _forces_doing(self, sentence: int, position: int) -> bool:
        """Whether a state or its forces are named before ``position`` in the sentence
        ("Russia launched 100 drones at Ukraine, killing six"): an attack told in words no
        trigger knows, whose toll the participle tells."""
        return any(
            mention.last <= position
            and self.entities.actor(mention.key).kind in ("state", "military", "government")
            for mention in self.mentions_by_sentence.get(sentence, ())
        )

    def _layer_of_mine(self, event: _Found, after: list[ActorMention]) -> list[str]:
        """The group named as having laid the mine a vehicle struck ("a Taliban-planted IED",
        "an ISWAP-laid mine", "a landmine left by Russian forces")."""
        inside = [m for m in self.mentions_by_sentence.get(event.sentence, ())
                  if event.trigger_first < m.first and m.last <= event.trigger_last]
        for mention in [*inside, *after]:  # ("hit a Taliban-planted IED": one trigger)
            if mention.first - event.trigger_last > 6:
                break
            if self.norms[mention.last : mention.last + 2] in (
                ["-", "planted"], ["-", "laid"], ["-", "placed"]
            ) or self.norms[mention.first - 2 : mention.first] in (
                # "ran over a landmine left by Russian forces"
                ["left", "by"], ["planted", "by"], ["laid", "by"], ["placed", "by"]
            ):
                return [mention.key]
        return []

    def _left_harmed(self, position: int, first: int) -> bool:
        """Whether a death or injury word closes a "leaving" clause ("leaving two people
        killed and one injured"): the toll of the event told before it."""
        for index in range(position - 1, max(first, position - 8) - 1, -1):
            word = self.norms[index]
            if word == "leaving":
                return True
            if word in (".", ";") or (word == "," and self.norms[index + 1] != "leaving"):
                return False
        return False

    def _toll_after_passive(self, first: int) -> bool:
        """Whether a participle closes a second count joined to a passive toll ("were killed
        and an unspecified number of others seriously injured"): it shares the auxiliary."""
        for index in range(first - 1, max(first - 10, 2), -1):
            word = self.norms[index]
            if word in (".", ";", ","):
                return False
            if word == "and":
                before = self.norms[index - 1]
                return (before.endswith("ed") or before in IRREGULAR_PAST) and (
                    self.norms[index - 2] in PASSIVE_AUX)
        return False

    def _trigger_candidates(self) -> list[int]:
        """The positions where a trigger or a dictionary verb starts, or a participle of
        consequence stands: the only words `sentence_triggers` does anything with (computed
        once for the document)."""
        if self._candidates is None:
            triggers, verbs = self.lexicon.trigger_index, self.lexicon.verbs
            self._candidates = [
                index for index, norm in enumerate(self.norms)
                if triggers.starts(norm) or norm in _CONSEQUENCES
                or (verbs is not None and verbs.starts(norm))
            ]
        return self._candidates

    def gathering_to_protest(self, event: _Found, sentence: Sentence) -> None:
        """ "farmers gathered outside the regional government headquarters in Puno to demand
        state support": a crowd gathering for a demand is a demonstration (CAMEO 141)."""
        if event.cameo[:2] != "04" or self.norms[event.trigger_first] not in _GATHERING:
            return
        for index in range(event.trigger_last, min(sentence.last - 1, event.trigger_last + 25)):
            word = self.norms[index]
            if word == "," and (
                self.norms[index + 1] in _PROTESTING or self.tokens[index + 1].is_capitalized
            ):
                continue  # "gathered outside the depot, demanding jobs", "in Diwaniya, Qadissiya"
            if word in _CLAUSE_BOUNDARIES or word in (",", "."):
                return
            if (word == "to" and self.norms[index + 1] in _PROTEST_PURPOSES) or (
                word in _PROTESTING  # "gathered outside the depot demanding jobs"
            ) or (word in ("a", "an") and self.norms[index + 1] in _DEMONSTRATIONS and (
                self.norms[index - 1] in ("in", "for")  # "gathered ... in a demonstration"
            )):
                event.cameo, event.acled = "141", "Peaceful protest"
                return

    def _participle_of_object(self, position: int, found: list[_Found]) -> bool:
        """ "a drone struck villagers gathered for a celebration": a participle right after
        the object of the event just found modifies that object; it is no verb of its own."""
        if not found or not self.norms[position].endswith("ed") or not position:
            return False
        mention = self.entities.mention_at(position - 1)
        if mention is None or mention.last != position:
            return False
        previous = found[-1]
        return previous.trigger_last <= mention.first and mention.first - previous.trigger_last <= 3

    def _trigger_ok(self, first: int, end: int, trigger: Trigger) -> bool:
        if trigger.pos == "label":  # "Looting: On 30 November 2020, ...", a note's first words
            sentences = self.doc.sentences
            index = self.doc.sentence_of(first)
            return sentences[index].first == first and (
                index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph
            )
        token = self.tokens[first]
        mention = self.entities.mention_at(first)
        if mention is not None and (mention.first < first or mention.last > end):
            return False  # a word inside an actor's name: "riot police", "strike force"
        if (
            not self.doc.all_caps
            and token.text[:1].isupper()
            and first > 0
            and not (self._sentence_start(first))
        ):
            return False  # part of a name: "Operation Desert Storm", "Battle of ..."
        if trigger.id == "t-checkpoint" and (_LOCATIVE | _ATTACKED).intersection(
            self.norms[max(0, first - 3) : first]
        ):
            # "a bomb exploded near a checkpoint", "attacked an army checkpoint": a place or a
            # target, none set up
            return False
        if trigger.id in ("t-strike-v", "t-labour-strike-v"):
            # "Traders strike over new taxes", "teachers struck for better pay": a walkout
            told = self._sentence_norms(first)
            walkout = self.norms[end : end + 1] in _WALKOUT_OBJECTS and bool(
                _LABOUR.intersection(told)) and DEATH_WORDS.isdisjoint(told)
            if walkout != (trigger.id == "t-labour-strike-v"):
                return False
        if trigger.id == "t-engage" and self._engaged_elsewhere(first):
            return False
        if trigger.id == "t-labour-strike":
            # "teachers went on strike over unpaid salaries": a walkout, not a strike from
            # the air (which the other "strike" triggers code)
            told = self._sentence_norms(first)
            return (first > 0 and self.norms[first - 1] == "on") or (
                bool(_LABOUR.intersection(told)) and DEATH_WORDS.isdisjoint(told))
        if trigger.words[0] == "seize" and trigger.acled == "Looting/property destruction" and (
            _RECOVERED.intersection(self.norms[end : end + 4])
        ):
            return False  # "police seized 20 cattle stolen by bandits": recovered, not looted
        walkout_word = trigger.cameo[:2] != "14" and (
            (trigger.pos == "noun" and trigger.words[0] in ("strike", "strikes"))
            or (len(trigger.words) > 1 and trigger.words[-1] == "strike")  # "launched a strike"
        )
        if walkout_word and (
            (first and self.norms[first - 1] in ("on", "general", "hunger"))
            or _LABOUR.intersection(self._sentence_norms(first))
        ):
            return False  # "went on strike against", "a strike against pay cuts": a walkout
        if trigger.pos == "verb":
            if self._hyphenated(first) and self.norms[first - 2] != "gang":
                # "its long-threatened invasion": part of an adjective ("gang-raped" is a verb)
                return False
            if self.norms[first] == "met" and self.norms[first - 1] in PASSIVE_AUX and (
                end < len(self.norms) and self.norms[end] == "with"
            ):
                return False  # "would be met with a response": received, not a meeting
            return self._looks_like_verb(first, allow_base=True)
        # "a distress call about a reprisal attack": what was spoken of
        about = _nearest_before(self.norms, first, "about")
        return about is None or about + 1 == first or not (
            self.norms[about + 1] in ("a", "an", "the")
            and all(word.isalpha() for word in self.norms[about + 1 : first])
        )

    def _engaged_elsewhere(self, index: int) -> bool:
        """ "vehicles engaged in road construction": busy at something, not fighting or
        rioting ("engaged in heavy clashes", "in the demonstration" are)."""
        return self.norms[index + 1 : index + 2] == ["in"] and _ENGAGED_IN.isdisjoint(
            self.norms[index + 2 : index + 6])

    def _hyphenated(self, index: int) -> bool:
        """Whether a hyphen glued to the word joins it to the one before ("so-called",
        "long-threatened"); a spaced dash ends an apposition instead."""
        return index > 0 and self.norms[index - 1] == "-" and (
            self.tokens[index - 1].end == self.tokens[index].start
        )

    def _sentence_norms(self, index: int) -> list[str]:
        sentence = self.doc.sentences[self.doc.sentence_of(index)]
        return self.norms[sentence.first : sentence.last]

    def _sentence_start(self, index: int) -> bool:
        return self.doc.sentences[self.doc.sentence_of(index)].first == index

    def _blamed_on(self, index: int) -> bool:
        """Whether an active "accused"/"blamed" (and its object) comes shortly before."""
        for position in range(index - 2, max(0, index - 8), -1):
            if self.norms[position] in _ACCUSING:
                return self.norms[position - 1] not in PASSIVE_AUX
        return False

    def _looks_like_verb(self, index: int, allow_base: bool = False) -> bool:
        norm = self.norms[index]
        previous = self.norms[index - 1] if index else ""
        auxiliary = self._auxiliary_before(index)
        if previous in DETERMINERS and not (
            previous == "that" and (norm.endswith("ed") or norm in IRREGULAR_PAST)
            and index > 1 and (self.entities.mention_at(index - 2) is not None
                               or self.norms[index - 2] in WEAPON_WORDS)
        ):
            # "that attack"; but "people that attacked police", "a drone that hit an
            # apartment" are relative clauses
            return False
        if previous == "'s" or norm in _DWELLING:
            return False  # ("a complex mainly inhabited by Papuans": where people live)
        if norm in _DESCRIBING and self.norms[index + 1 : index + 2] in (["to"], ["with"]) and (
            not auxiliary
        ):
            return False  # "workers linked to the UNTG": who they are, nothing they did
        if norm.endswith("ed") or norm in IRREGULAR_PAST:
            # "the evacuation of wounded soldiers", "three injured policemen": a participle
            # before the noun it qualifies
            following = self.entities.mention_at(index + 1)
            if norm in _HEDGING_PARTICIPLES and following is not None and (
                following.first == index + 1
            ):
                return False  # "Suspected Al Shabaab militants kidnapped ...": an adjective
            if previous.endswith("ly") and index > 1:
                previous = self.norms[index - 2]  # "dozens of newly recruited soldiers"
            if self._participle_after_object(index):
                return False  # "the corpses of five villagers executed ... by ISWAP"
            return not (
                previous in _PREPOSITIONS  # "clashed with armed members": no verb follows
                # "clashes between police, troops and armed members of X": a list of sides
                or (previous in ("and", ",") and "between" in self.norms[max(0, index - 8) : index]
                    and self._noun_follows(index))
                or (following is not None and following.first == index + 1 and (
                    previous in _BEFORE_ADJECTIVE or previous[:1].isdigit() or previous in UNITS
                ))
            )
        if norm.endswith("ing"):
            if self.norms[index + 1 : index + 2] == ["of"] and previous not in AUXILIARIES:
                return False  # "to protest femicides and killing of Rojin Kabais": a noun
            # "were protesting", "after attacking", and the reduced relative clause
            # "demonstrators protesting the result".
            return previous in AUXILIARIES or auxiliary or previous in (
                "and", ",", "after", "before", "by"
            ) or (index > 0 and self.entities.mention_at(index - 1) is not None) or (
                # "KNA accused the army of firing a shell at the village": the act one side
                # blames on another (not a court's charge: "they are accused of killing")
                previous == "of" and self._blamed_on(index)
            )
        if previous in _BE and self.tokens[index].text[:1].isupper() and not self.doc.all_caps:
            return False  # "at the call of Rape is Rape": a name's words, no verb after "is"
        if auxiliary or previous in ("to",):
            return True
        if previous == "and" and any(
            word.endswith("ed") for word in self.norms[max(0, index - 4) : index - 1]
        ):
            return True  # "tied up and beat him": coordinated with a verb in the past
        if previous == "and" and self.lexicon.trigger_index.starts_verb(norm) and (
            self.norms[index + 1 : index + 2] != ["of"]  # ("the kidnap and rape of a girl")
        ) and any(
            self.lexicon.trigger_index.starts_verb(word) and not word.endswith("ing")
            and "for" not in self.norms[position:index]
            and self._looks_like_verb(position, allow_base=True)
            for position, word in enumerate(self.norms[max(0, index - 8) : index - 1],
                                            start=max(0, index - 8))
        ):
            return True  # a headline's "Police raid opposition offices and detain 20"
        mention = self.entities.mention_at(index - 1) if index else None
        if mention is None and index > 1 and previous.endswith("ly"):
            mention = self.entities.mention_at(index - 2)  # "Police violently disperse"
        if mention is not None and norm.endswith("s"):
            # "strikes on Hezbollah targets", "against army positions": after the object of
            # a preposition, a word in -s is the head of its noun phrase, not a verb.
            return not (mention.first > 0 and self.norms[mention.first - 1] in _OBJECT_OF)
        if mention is not None and norm.isalpha() and mention.first > 0 and (
            self.norms[mention.first - 1] == "and"
        ):
            # "The Philippines and France agree": the base form after a plural subject
            before = self.entities.mention_at(mention.first - 2)
            return before is not None or allow_base
        if mention is not None and norm.isalpha() and (
            self._opens_its_clause(mention, index)
            and index + 1 < len(self.norms)
            and (self.norms[index + 1] in _AFTER_BASE_VERB
                 or self.norms[index + 1].isdigit()  # "police arrest 5"
                 or self.entities.mention_at(index + 1) is not None
                 or self.lexicon.trigger_index.starts(self.norms[index + 1]))
        ):
            # "Ethiopia act on a resolution", "Unknown attackers throw grenade at a family":
            # a base form right after the clause's subject, before a preposition, an article,
            # an actor or an event's noun, is its verb.
            return True
        if previous == "," and norm.isalpha() and self._after_participle_aside(index):
            return True  # "Students in Mumias, protesting against their principal, burn ..."
        if mention is None and norm.isalpha() and not norm.endswith("s") and (
            index + 1 < len(self.norms) and self.norms[index + 1] in _AFTER_BASE_VERB
        ) and self._subject_with_of_phrase(index):
            return True  # "Employees of a supermarket chain demonstrate for higher pay"
        return allow_base and mention is not None

    def _opens_its_clause(self, mention: ActorMention, index: int) -> bool:
        """Whether an actor opens the clause of the word at ``index``, but for an article or a
        word of doubt before it ("Suspected Al Shabaab militants plant IED")."""
        start = self._clause_start(index)
        return mention.first >= start and all(
            word in _SUBJECT_LEAD_INS for word in self.norms[start : mention.first])

    def _subject_with_of_phrase(self, index: int) -> bool:
        """Whether a plural actor opens the clause, its "of" or "in" phrase reaching the word
        ("Employees of a supermarket chain | demonstrate", "Traders in Kariobangi |
        demonstrate")."""
        start = self._clause_start(index)
        subject = self.entities.mention_at(start)
        if subject is None or subject.first != start or not _plural(self.norms[subject.last - 1]):
            return False
        between = self.norms[subject.last : index]
        return 2 <= len(between) <= 6 and between[0] in ("of", "from", "in", "at") and all(
            word.isalpha() and not word.endswith("ed") and word not in AUXILIARIES
            for word in between)

    def _after_participle_aside(self, index: int) -> bool:
        """Whether the word follows an aside of a participle set off by commas right after
        the sentence's subject ("Students of X School, protesting against the principal,
        burn their dorm"): the aside closed, the subject's verb comes."""
        sentence_first = self.doc.sentences[self.doc.sentence_of(index)].first
        position = index - 2
        while position > sentence_first and index - position < 14 and self.norms[position] != ",":
            position -= 1
        if self.norms[position] != "," or not self.norms[position + 1].endswith("ing"):
            return False
        mentions = self.mentions_by_sentence.get(self.doc.sentence_of(index), ())
        subject = mentions[0] if mentions else None
        return subject is not None and subject.last <= position and (
            _plural(self.norms[subject.last - 1])
        ) and "," not in self.norms[subject.last : position]

    def _participle_after_object(self, index: int) -> bool:
        """Whether a participle qualifies the object of a preposition right before it, its
        doer told by "by" ("the corpses of five villagers executed (...) by militants"): a
        reduced relative clause, no verb of the sentence."""
        mention = self.entities.mention_at(index - 1)
        if mention is None:
            return False
        before = mention.first - 1
        if before > 0 and number_value(self.norms, before)[0] is not None:
            before -= 1  # "the corpses of five villagers"
        if before < 1 or self.norms[before] != "of" or (
            self.norms[before - 1] in _QUANTITIES  # "a number of villagers killed"
        ):
            return False
        sentence = self.doc.sentences[self.doc.sentence_of(index)]
        bracket = False  # (an aside in brackets: "executed (two were beheaded) by")
        for position in range(index + 1, min(sentence.last, index + 16)):
            word = self.norms[position]
            if word in ("(", ")"):
                bracket = word == "("
            elif bracket:
                continue
            elif word == "by":
                return True
            elif word in (",", ";") or word in DETERMINERS or word in AUXILIARIES or (
                word.endswith("ed")
            ):
                return False  # an object, or another verb: the participle is active
        return False

    def _auxiliary_before(self, index: int) -> bool:
        """Whether an auxiliary stands before the word, adverbs aside ("won't clash", "did
        not even ever clash", "has again appealed")."""
        position = index - 1
        while position >= 0 and index - position <= 4:
            word = self.norms[position]
            if (word in AUXILIARIES and self.entities.mention_at(position) is None) or (
                word.endswith("n't")
            ):  # ("IS" the group is no "is")
                return True
            if not (word.endswith("ly") or word in _ADVERBS):
                return False
            position -= 1
        return False

    def _verb_code(
        self, first: int, end: int, verb: Verb, sentence: Sentence
    ) -> tuple[str | None, VerbPattern | None, list[Anchor]]:
        """The code of a dictionary verb here: its first (longest) pattern that matches the
        words around it, else the verb's own code; with the pattern and its role anchors."""
        gap = self.lexicon.pattern_gap
        reach = max(12, gap + 10)
        after = self._pattern_words(end, min(sentence.last, end + reach))
        before = self._pattern_words(max(sentence.first, first - reach + 4), first)[::-1]
        near_after = set(after[: gap + 1]) | {word.rstrip("s") for word in after[: gap + 1]}
        near_before = set(before[: gap + 1]) | {word.rstrip("s") for word in before[: gap + 1]}
        for pattern in verb.patterns:
            if not pattern.size and not pattern.compound_first:
                continue  # markers alone say nothing of this use of the verb
            # A pattern's first word must be near the verb: test that before walking it.
            if pattern.lead_after and pattern.lead_after.isdisjoint(near_after):
                continue
            if pattern.lead_before and pattern.lead_before.isdisjoint(near_before):
                continue
            anchors = match_side(pattern.after, after, gap)
            if anchors is None or match_side(pattern.backwards, before, gap) is None:
                continue
            if pattern.compound_first and not self._compound_before(first):
                continue
            if any(e.kind == COMPOUND for e in pattern.after) and not self._compound_after(end):
                continue
            return pattern.code, pattern, anchors
        if verb.words[0] in WEAK_VERBS and self.lexicon.speech_from_statements:
            return None, None, []  # the default lexicon codes these only through a pattern
        return verb.code, None, []

    def _pattern_words(self, start: int, stop: int) -> list[str]:
        """The words a verb's patterns are matched against: a particle glued by a hyphen to
        the next word is part of that word ("assaulted two off-duty constables" is no verb
        with "off")."""
        words = self.norms[start:stop]
        for index, word in enumerate(words):
            if word in _PARTICLES and index + 2 < len(words) and words[index + 1] == "-" and (
                self.tokens[start + index].end == self.tokens[start + index + 1].start
            ):
                words[index] = word + "-"
        return words

    def _compound_before(self, first: int) -> bool:
        """Whether the verb's subject is several coordinated actors ("X and Y agree")."""
        clause = self._clause_start(first)
        before = [
            m for m in self.mentions_by_sentence.get(self.doc.sentence_of(first), ())
            if clause <= m.first and m.last <= first and not m.possessive
        ]
        return any(
            self._coordinated(a.last, b.first) for a, b in pairwise(before[-3:])
        )

    def _compound_after(self, end: int) -> bool:
        """Whether several coordinated actors follow the verb ("met with X and Y")."""
        after = [
            m for m in self.mentions_by_sentence.get(self.doc.sentence_of(end - 1), ())
            if m.first >= end
        ]
        return any(self._coordinated(a.last, b.first) for a, b in pairwise(after[:3]))

    def _from_trigger(self, first: int, end: int, trigger: Trigger, sentence: int) -> _Found:
        cameo, acled = trigger.cameo, trigger.acled
        if acled == "Looting/property destruction" and not SYMBOLS.isdisjoint(
            self.norms[first : end + 4]
        ):
            # "set fire to a coffin", "torched effigies of the minister": a crowd's symbol
            # burned, its protest (ACLED), no one's property destroyed
            cameo, acled = "141", "Peaceful protest"
        weapon = trigger.weapon
        if "*" in trigger.words and acled in ("Air/drone strike",
                                              "Shelling/artillery/missile attack"):
            # "launched a missile strike", "conducted drone strikes": the weapon a pattern's
            # gap names, over the pattern's own
            weapon = next((WEAPON_WORDS[word] for word in self.norms[first + 1 : end - 1]
                           if word in WEAPON_WORDS), weapon)
        return _Found(
            first,
            end,
            sentence,
            cameo,
            f"trigger:{trigger.id}",
            acled=acled,
            weapon=weapon,
            symmetric=trigger.symmetric,
        )

    # -- roles --------------------------------------------------------------------------
    def assign_roles(self, event: _Found, sentence: Sentence) -> None:
        if event.rule.startswith(LABEL_RULE):
            # A note's label names the kind of event; the note's first actors are its sides.
            told = [m for m in self.mentions_by_sentence.get(event.sentence, ())
                    if m.first >= event.trigger_last and not self._locative(m)]
            event.actor1 = [told[0].key] if told else []
            event.actor2 = [m.key for m in told[1:2] if m.key not in event.actor1]
            return
        visiting = event.cameo[:2] == "04"
        mentions = [
            m
            for m in self.mentions_by_sentence.get(event.sentence, ())
            if not self._locative(m) or (visiting and m.first >= event.trigger_last)
        ]
        before = [m for m in mentions if m.last <= event.trigger_first]
        after = [m for m in mentions if m.first >= event.trigger_last]
        passive = self.passive(event)
        noun = event.rule.startswith("trigger:") and not self._looks_like_verb(
            event.trigger_first, allow_base=True
        )
        # "between X and Y" ("between" also marks a place: the filter above dropped X)
        between = self._between(event, [
            m for m in self.mentions_by_sentence.get(event.sentence, ())
            if m.first >= event.trigger_last
        ])
        if between:
            event.actor1, event.actor2 = [between[0].key], [between[1].key]
            event.symmetric = True
            return
        agent = self._by_phrase(event, after)
        subject = self._shared_subject(event) or (
            [] if self._after_a_subjectless_verb(event, before) else self._subject(event, before)
        )
        target = self._object(event, after, skip=agent)
        if agent is not None and target is not None and target.first > agent.first:
            target = None  # "shelling by the regime and militias": both are the agent
        if passive:
            event.actor1 = [agent.key] if agent else []
            event.actor2 = subject
        elif noun:
            owner = (self._possessor(event, before) or self._nationality_owner(event)
                     or self._their(event, before) or self._ensuing(event))
            # The clause's subject did the event only through a light verb ("X launched an
            # attack"); "X condemned the attacks" says nothing of who attacked.
            light = self._light_verb_before(event) or (
                # "unions called for a general strike": the callers' planned protest
                event.cameo[:2] == "14" and _called_for(
                    self.norms[max(0, event.trigger_first - 5) : event.trigger_first]))
            # "Italy announced a suspension of air links", "Iran signed a deal": the subject
            # of a verb that makes the noun happen did it.
            doer = subject if light or self._governing_verb(event, before_only=True) or (
                self._participle_read_as_noun(event)) else []
            if doer and self._subject_of_its_clause(event, before, doer):
                # "students were hospitalized after violent demonstrations erupted": the noun
                # is the subject of a later clause, the sentence's subject none of its doers
                doer = []
            event.actor1 = [agent.key] if agent else owner or doer
            event.actor2 = self._with_coordinated(target, after)
            if subject and subject != event.actor1 and _REPELLING.intersection(
                self.norms[max(0, event.trigger_first - 3) : event.trigger_first]
            ) and (not event.actor2 or not event.actor1):
                # "Afghan forces repulsed their attack": its target; "the army thwarted an
                # ambush by routing JNIM militants": the attackers named after it
                if event.actor2 and event.actor2 != subject:
                    event.actor1 = event.actor2
                event.actor2 = subject
            if (doer or owner) and not agent and self.ran_into_mine(event):
                # "their truck hit a landmine"
                event.actor1, event.actor2 = self._layer_of_mine(event, after), doer or owner
            if not target and self._suffered(event):
                # "civilians face shelling by the regime", "a prisoner died of torture"
                event.actor1 = [agent.key] if agent else []
                event.actor2 = subject
            event.governed = bool(light or agent or owner or self._governing_verb(event)
                                  or self._headline_noun(event))
            if not (event.governed or event.actor1 or event.actor2) and self._bare(event) and (
                not self._harm_within(event)
            ):
                # "the truth regarding torture, disappearances and assassinations": a topic,
                # not a told event
                event.generic = True
            first = event.trigger_first
            if first >= 2 and self.norms[first - 1] in ("a", "an") and (
                self.norms[first - 2] in _COPULAS
            ) and not agent and self.norms[first - 3 : first - 2] != ["there"]:
                # (not "there was an exchange of fire": one that happened)
                # "these practices are an attack on liberty": what something is called, no
                # event told
                event.generic = True
        else:
            # An active verb's "by" phrase belongs to its object ("condemned an attack by
            # Osgiliath soldiers"): that actor is the target.
            target = self._object(event, after, skip=None)
            event.actor1 = subject
            event.actor2 = self._with_coordinated(target, after)
            if self.ran_into_mine(event):
                # "his vehicle hit a Taliban-planted IED": the group that laid it
                event.actor1, event.actor2 = self._layer_of_mine(event, after), subject
            if event.pattern is not None:
                # the pattern's own words tell where its actors are, places included
                self._pattern_roles(event, subject, [
                    m for m in self.mentions_by_sentence.get(event.sentence, ())
                    if m.first >= event.trigger_last
                ])
        if not event.actor2 and "them" in self.norms[event.trigger_last : event.trigger_last + 2]:
            event.actor2 = self._them(event)
        purpose = self._meeting_for(event)
        if purpose is not None and purpose.actor1 and not passive:
            # "summoned Niger's ambassador to complain of inaction", "met the envoy to discuss
            # the border": the one who met did it for that purpose
            event.actor1 = list(purpose.actor1)
        accused = self._accused(event)
        if accused is not None:
            # "residents accused the army of shelling the village": the one accused did it
            event.actor1 = [accused.key]
            event.generic, event.governed = False, True  # (a told act, however bare)
            if event.actor2 == event.actor1:
                event.actor2 = []
        if event.rule.endswith(_GIVING_ONESELF_UP):
            # "a militia leader handed himself in to the police": the police arrested him
            event.actor1, event.actor2 = event.actor2, event.actor1
        if len(event.actor1) >= 2 and not event.actor2 and not self._allies(event):
            # "Israel and the Palestinians reached a consensus": a joint act of both.
            event.symmetric = True
            event.actor2 = event.actor1[1:]
            event.actor1 = event.actor1[:1]

    def _meeting_for(self, event: _Found) -> _Found | None:
        """The meeting (summons, visit) told just before an infinitive of purpose ("summoned
        X to complain"), whose subject is the infinitive's."""
        previous = self.previous_in_sentence
        first = event.trigger_first
        if previous is None or previous.sentence != event.sentence or (
            previous.cameo[:2] != "04" or first < 1 or self.norms[first - 1] != "to"
        ):
            return None
        between = self.norms[previous.trigger_last : first - 1]
        return previous if len(between) <= 8 and not _CLAUSE_BREAKS.intersection(between) else None

    def _accused(self, event: _Found) -> ActorMention | None:
        """The actor accused of the act the trigger names ("accused the army of shelling",
        "blamed the RSF for killing")."""
        first = event.trigger_first
        if first < 3 or self.norms[first - 1] not in ("of", "for"):
            return None
        mention = self.entities.mention_at(first - 2)
        if mention is None or mention.last != first - 1:
            return None
        before = self.norms[max(0, mention.first - 2) : mention.first]
        return mention if _ACCUSING.intersection(before) else None

    def _allies(self, event: _Found) -> bool:
        """Whether the coordinated doers of a one-sided act are one side: "police and military
        forces fired live bullets" (one state's forces), unlike "X and Y clashed"."""
        if event.symmetric or event.cameo[:2] not in ("17", "18", "19", "20") or (
            self.norms[event.trigger_first] in _MUTUAL_ACTS
        ):
            return False
        actors = [self.entities.actor(key) for key in event.actor1]
        countries = {actor.country for actor in actors if actor.country}
        return len(countries) <= 1 and all(actor.kind in _FORCES for actor in actors)

    def ran_into_mine(self, event: _Found) -> bool:
        """Whether the trigger tells of a mine its subject struck: the verb "struck" before
        the mine, or the mine (the trigger) after such a verb."""
        first, last = event.trigger_first, event.trigger_last
        if _EMPLACED.intersection(self.norms[first:last]):
            # "ran over an explosive" (one trigger), "hit a landmine" (the verb before it)
            return self.norms[first] in _RAN_INTO or bool(
                _RAN_INTO.intersection(self.norms[max(0, first - 7) : first]))
        following = self.norms[last : last + 7]  # ("an Al Shabaab-planted landmine")
        return self.norms[first] in _RAN_INTO and bool(_EMPLACED.intersection(following)) and (
            following[:1] != ["by"]  # "was hit by a mine" is told the other way round
        )

    def _them(self, event: _Found) -> list[str]:
        """Whom "them" stands for ("troops pursuing the kidnappers clashed with them"): the
        latest other actor named before it, in its sentence or the one before."""
        sentences = [event.sentence - 1, event.sentence] if event.sentence else [event.sentence]
        earlier = [
            m for index in sentences for m in self.mentions_by_sentence.get(index, ())
            if m.last <= event.trigger_first and m.key not in event.actor1 and not m.possessive
        ]
        return [earlier[-1].key] if earlier else []

    def _pattern_roles(
        self, event: _Found, subject: list[str], after: list[ActorMention]
    ) -> None:
        """Roles a dictionary pattern places: ``+ * MONEY $`` (the subject is the target, the
        actor after "money" the source), ``* EID AT ^ WITH +`` (the target follows "with",
        the actor after "at" is passed over)."""
        pattern = event.pattern
        assert pattern is not None
        placed: dict[str, list[str]] = {}
        for anchor in event.anchors:
            start = event.trigger_last + anchor.offset
            candidates = [m for m in after if m.first >= start]
            if len(candidates) > anchor.skips:
                placed[anchor.kind] = self._with_coordinated(candidates[anchor.skips], after)
        if pattern.target_first:
            event.actor2 = subject
            event.actor1 = placed.get(SOURCE, [])
        else:
            if TARGET in placed:
                event.actor2 = placed[TARGET]
            if SOURCE in placed:
                event.actor1 = placed[SOURCE]

    def _locative(self, mention: ActorMention) -> bool:
        previous = self.norms[mention.first - 1] if mention.first else ""
        # (a named one only after a word of place: not "delivered goods to X School")
        named_place = mention.how == "named" and (previous in _LOCATIVE or previous == "in")
        if ((mention.how == "agent" and previous in LOCATIVE) or named_place) and (
            self.norms[mention.last - 1] in _INSTITUTIONS
        ):
            # "demonstrations erupted at Dire Dawa University", "outside Asha Kiran
            # Hospital": a place
            return True
        if mention.how not in ("metonym", "country"):
            return False
        if mention.key.startswith("people:") and previous != "in":
            return False  # "fired at Palestinians": a people, the shots' target, no place
        if previous in LOCATIVE or (previous in ("of",) and mention.how == "metonym"):
            return True
        if previous == "," and mention.how == "country" and self._place_named_before(
            mention.first - 1
        ):
            return True  # "in Kano, Nigeria, gunmen attacked": the town's country
        # "in Tondo (Metro Manila)": a bracket after a place names the place's region
        opening = self.norms[max(0, mention.first - 3) : mention.first]
        return mention.how == "metonym" and "(" in opening and ")" not in opening

    def _place_named_before(self, comma: int) -> bool:
        """Whether capitalized words after a locative preposition end at ``comma`` ("in San
        Mateo Capulhuac,")."""
        position = comma - 1
        while position >= max(0, comma - 4) and self.tokens[position].is_capitalized and (
            self.norms[position] not in LOCATIVE  # "In" opening the sentence
        ):
            position -= 1
        return position < comma - 1 and position >= 0 and self.norms[position] in LOCATIVE

    def passive(self, event: _Found) -> bool:
        first = event.trigger_first
        norm = self.norms[first]
        if not (norm.endswith("ed") or norm in IRREGULAR_PAST):
            return False
        following = self.norms[event.trigger_last] if event.trigger_last < len(self.norms) else ""
        if following == "to" and norm in _STANCES:
            return False  # "Israel is opposed to...": a stance, not a passive
        if first and self.norms[first - 1] == "," and following == "by":
            return True  # "Aliyev, backed by Ankara,"
        if following == "by" and first and self.entities.mention_at(first - 1) is not None and (
            self.entities.mention_at(event.trigger_last + 1) is not None
            or (self.norms[event.trigger_last + 1 : event.trigger_last + 2] in (["the"], ["a"])
                and self.entities.mention_at(event.trigger_last + 2) is not None)
        ):
            return True  # "protesters attacked by police fled": a reduced relative clause
        if self._glosses_a_passive(first):
            return True  # "Three militants were 'neutralized' (presumably killed)"
        if following == "by" and (norm in _HARM_NEEDING_OBJECT or norm in _STRUCK):
            return True  # "One student from the high school hit by a projectile succumbed"
        if first >= 3 and self.norms[first - 1] in ("and", "or") and (
            self.norms[first - 2].endswith("ed") or self.norms[first - 2] in IRREGULAR_PAST
        ):
            first -= 2  # "were killed and wounded": the second participle shares the auxiliary
        if first >= 2 and self.norms[first - 1] == "found" and self.norms[first - 2] in (
            PASSIVE_AUX
        ):
            return True  # "a girl was found tortured and killed"
        if norm in INJURY_WORDS and self._toll_after_passive(first):
            return True  # "5 people were killed and an unspecified number of others injured"
        for index in range(first - 1, max(first - 3, -1), -1):
            if (self.norms[index] in PASSIVE_AUX and self.entities.mention_at(index) is None) or (
                # ("gunmen belonging to IS shot": the group, no "is"); "dozens of protestors
                # where injured": a typed "were" (no place is "where injured")
                self.norms[index] == "where" and index == first - 1
                and norm in ("injured", "wounded", "killed", "arrested", "detained")
            ):
                return True
            adverb = self.norms[index].endswith("ly") and following == "by"
            if not adverb and self.norms[index] not in _PASSIVE_ADVERBS:
                break  # "was fiercely opposed by", "were reportedly killed"
        after = self.norms[event.trigger_last + 1 : event.trigger_last + 3]
        # "a youth tortured to death in detention" (not "stoned to death a police officer")
        to_death = following == "to" and after[:1] == ["death"] and (
            after[1:] == [] or after[1] in _NO_OBJECT_AFTER)
        # "Four people killed, several injured", "Five soldiers killed and 30 are missing": a
        # headline's toll, listed
        listed = (following == "," and not INJURY_WORDS.isdisjoint(after)) or (
            following == "and" and number_value(self.norms, event.trigger_last + 1)[0] is not None)
        if (norm not in _HARM_NEEDING_OBJECT and not (norm == "shot" and to_death)) or (
            not first
        ) or not (
            following in _NO_OBJECT_AFTER or to_death or listed
        ):
            return False
        if following == "at" and not {"least", "most"}.isdisjoint(
            self.norms[event.trigger_last + 1 : event.trigger_last + 3]
        ):
            return False  # "killed at (the) least 35 civilians": the object follows
        if number_value(self.norms, first - 1)[0] is not None and (
            first < 2 or self.norms[first - 2] in (",", ".", "and")
        ):
            return True  # "300 people were injured, 1 killed and 50 missing": a count's toll
        mention = self.entities.mention_at(first - 1)
        return mention is not None and mention.last == first and not mention.possessive

    def _agent_of_by(self, mention: ActorMention) -> bool:
        """Whether an actor is a "by" phrase's ("relatives of people killed by police
        protested"): the doer of a participle, never the subject of a later verb."""
        before = self.norms[max(0, mention.first - 3) : mention.first]
        if "by" not in before:
            return self._in_by_phrase(mention)
        # ("led by a former MP": the words between are the agent's own)
        between = before[len(before) - before[::-1].index("by") :]
        return all(word.isalpha() and word not in ("and", "or") for word in between)

    def _in_by_phrase(self, mention: ActorMention) -> bool:
        """Whether an actor stands in a participle's "by" phrase set off by commas ("20
        residents, led by the vice chairman of the township congress and the mayor,
        gathered"): the phrase says who led or backed the subject, none of it is one."""
        opening = next((index for index in range(mention.first - 1, max(-1, mention.first - 14),
                                                  -1) if self.norms[index] in _CLAUSE_ENDS), None)
        if opening is None or self.norms[opening] != "," or opening + 2 >= mention.first:
            return False
        if not (self.norms[opening + 1].endswith("ed") and self.norms[opening + 2] == "by"):
            return False
        closing = next((word for word in self.norms[mention.last : mention.last + 10]
                        if word in _CLAUSE_ENDS), None)
        return closing == ","

    def victim_described(self, event: _Found) -> bool:
        """ "the family of a man killed at a gas station", "the funeral of soldiers killed in
        the attack": a harm told as what describes someone named after "of" is background,
        no event this report tells."""
        first = event.trigger_first
        before = self.norms[max(0, first - 5) : first]
        if self.passive(event) and "whose" in before and "," not in before[before.index("whose"):]:
            return True  # "mothers whose children were killed during the protests"
        if "who" in before and TOOK_PART.intersection(before[before.index("who") :]) and (
            self.norms[first] in _GATHERING_NOUNS
        ):
            return True  # "a young man who participated in the 2018 demonstrations"
        return self.passive(event) and self._described_at(first)

    def coded_apart(self, event: _Found) -> bool:
        """Whether an ACLED analyst's remark after the event, in its clause, says it is
        coded apart ("groups that clashed on 4 April (coded separately) reached an
        agreement", "recaptured the refinery and clashed the next day (both coded
        separately)"): another note's event, background to this one's."""
        sentence = self.doc.sentences[event.sentence]
        for index in range(event.trigger_last, min(sentence.last, event.trigger_last + 20)):
            word = self.norms[index]
            if word in (";", ":"):
                return False
            if word == "coded":
                opening = index - 1 - (self.norms[index - 1] == "both")
                place = self.tokens[opening - 1]
                if place.text[:1].isupper() and "and" in self.norms[opening - 4 : opening - 1]:
                    return False  # "clashed in Jiic boor village and Saaxqurun (coded
                    # separately)": the second place's fight is the one coded apart
                between = self.norms[event.trigger_last : opening]
                joined = between.index("and") if "and" in between else len(between)
                if self.norms[index - 1] != "both" and any(
                    word in DEATH_WORDS or self.lexicon.trigger_index.starts(word)
                    for word in between[joined:]
                ):
                    return False  # "marched and carried the bodies of victims killed in an
                    # attack (coded separately)": the remark is the later clause's event
                return self.norms[index - 1 : index] in (["("], ["both"]) and (
                    _coded_apart(self.norms, index - 1))
        return False

    def done_before_told(self, event: _Found) -> bool:
        """ "from the SPLM-IO, who had themselves recaptured the village the previous day": what
        a relative clause says its subject had done describes the subject; the report tells
        another event (and the earlier one, when it counts, in a note of its own)."""
        first = event.trigger_first
        if self.norms[first].endswith("ing"):
            return False  # "the crowd that had been protesting": still at it
        for index in range(first - 1, max(first - 4, 1), -1):
            word = self.norms[index]
            if word == "had":
                pronoun = self.norms[index - 1]
                if not _CORPSES.isdisjoint(self.norms[max(0, index - 7) : index - 1]):
                    return False  # "the body of a man who had been shot was found": the
                    # killing the found body tells
                return pronoun in ("who", "which") or (
                    pronoun == "that" and self.norms[index - 2] not in _SAID)
            if word not in _PASSIVE_ADVERBS and word not in _PLUPERFECT_FILLERS:
                return False
        return False

    def _participle_after_noun(self, event: _Found) -> ActorMention | None:
        """The actor whose noun a past participle follows with no auxiliary ("a mayor
        arrested the previous day", "two teachers assaulted a week earlier"): what the
        participle may describe."""
        first = event.trigger_first
        norm = self.norms[first]
        if not (norm.endswith("ed") or norm in IRREGULAR_PAST) or self._auxiliary_before(first):
            return None
        mention = self.entities.mention_at(first - 1) if first else None
        return mention if mention is not None and mention.last == first else None

    def _glosses_a_passive(self, first: int) -> bool:
        """Whether the word at ``first`` opens a bracket, after at most an adverb, that
        follows a passive participle: "were 'neutralized' (presumably killed)"."""
        norms = self.norms
        index = first - 1
        if index > 0 and (norms[index].endswith("ly") or norms[index] in _PASSIVE_ADVERBS):
            index -= 1
        if index < 2 or norms[index] != "(":
            return False
        index -= 1
        while index > 0 and norms[index] in _QUOTES:
            index -= 1
        if not norms[index].endswith("ed"):
            return False
        index -= 1
        while index > 0 and (norms[index] in _QUOTES or norms[index] in _PASSIVE_ADVERBS):
            index -= 1
        return norms[index] in PASSIVE_AUX

    def their_toll(self, event: _Found) -> int | None:
        """ "The bodies of 3 men were found in Ansongo. They had been shot dead.": the dead a
        harm told of "they" counts are those the sentence before counted."""
        sentences = self.doc.sentences
        index = event.sentence
        if not index or self.norms[sentences[index].first] != "they" or not (
            event.cameo[:2] in ("18", "19", "20") and self.passive(event)
        ) or sentences[index - 1].paragraph != sentences[index].paragraph:
            return None
        return self.fatalities(event, sentences[index - 1]) or None

    def owner_of_the_weapon(self, event: _Found, found: list[_Found]) -> list[str]:
        """ "The Houthis launched a ballistic missile at Marib. The missile was intercepted":
        whose was the weapon an interception names by "the": the doer of the last event of
        the paragraph, within three sentences, that used that kind of weapon."""
        before = self.norms[max(0, event.trigger_first - 5) : event.trigger_first]
        if "the" not in before or not self.passive(event):
            return []
        kinds = {WEAPON_WORDS[word] for word in before if word in WEAPON_WORDS}
        codes = {CAMEO_BY_WEAPON[kind] for kind in kinds}
        paragraph = self.doc.sentences[event.sentence].paragraph
        for other in reversed(found):
            if self.doc.sentences[other.sentence].paragraph != paragraph or (
                event.sentence - other.sentence > 3
            ):
                break  # (the launch is told just before: a long text stays linear)
            if other.actor1 and kinds and (
                other.weapon in kinds or other.cameo in codes or other.cameo[:3] in codes
            ):
                return list(other.actor1)
        return []

    def weapon_described(self, event: _Found) -> bool:
        """ "hit by a projectile fired by the police", "wounded with a bullet shot from a
        rooftop": a participle after a weapon named as a preposition's object describes that
        weapon; the clause's own verb tells the event."""
        first = event.trigger_first
        norm = self.norms[first]
        if first < 2 or not (norm.endswith("ed") or norm in IRREGULAR_PAST) or (
            self.norms[first - 1] not in _PROJECTILES or self._auxiliary_before(first)
        ):
            return False
        return not _WEAPON_PREPOSITIONS.isdisjoint(self.norms[max(0, first - 4) : first - 1])

    def reduced_relative(self, event: _Found) -> bool:
        """ "a town mayor arrested the previous day for attacking a masseur was shot dead":
        an arrest told as a participle right after its subject's noun, with the clause's own
        passive verb still to come, describes the subject; the report tells the later verb
        ("a youth tortured to death in detention was buried": the torture is told)."""
        first = event.trigger_first
        if event.cameo[:2] != "17" or self._participle_after_noun(event) is None:
            return False
        sentence = self.doc.sentences[event.sentence]
        for index in range(event.trigger_last, min(sentence.last - 1, first + 16)):
            word = self.norms[index]
            if word in _RELATIVE_BREAKS:
                return False
            if word in ("was", "were") and self._looks_like_verb(index + 1):
                return True
        return False

    def _described_at(self, first: int) -> bool:
        """Whether the harm word at ``first`` describes someone named after "of", without
        an auxiliary ("relatives of 3 people killed by police")."""
        following = self.norms[first + 1] if first + 1 < len(self.norms) else "."
        if self.norms[first] == "shot" and self.norms[first + 1 : first + 3] == ["to", "death"]:
            following = self.norms[first + 3] if first + 3 < len(self.norms) else "."
        elif self.norms[first] not in _HARM_NEEDING_OBJECT:
            return False
        if not first or (
            self.norms[first - 1] in PASSIVE_AUX or following not in _NO_OBJECT_AFTER
        ):
            return False  # ("south of Baghdad killed two fighters": its object follows)
        mention = self.entities.mention_at(first - 1)
        if mention is None or mention.last != first:
            return False
        before = self.norms[max(0, mention.first - 3) : mention.first]
        while before and (before[-1] in ("a", "an", "the")
                          or number_value(before, len(before) - 1)[0] is not None):
            before.pop()  # "of a man", "of 3 people"
        return before[-1:] == ["of"]

    def _by_phrase(self, event: _Found, after: list[ActorMention]) -> ActorMention | None:
        for mention in after:
            if mention.first - event.trigger_last > 8:
                break
            # "by X", "by the X", "by the Asad regime", "by suspected members of the X": up to
            # four words between.
            for gap in range(1, 6):
                position = mention.first - gap
                if position < event.trigger_last:
                    break
                if self.norms[position] == "by":
                    # ("responded to the attack, supported by FACA": an ally, no doer;
                    # "protest against the killing of civilians by AMISOM troops": the
                    # killing's doer, not the protest's)
                    allied = position - 1 > event.trigger_last and (
                        self.norms[position - 1] in _ALLIED_BY)
                    other_act = not _ACTS_NAMED.isdisjoint(
                        self.norms[event.trigger_last : position])
                    return None if allied or other_act else mention
                token = self.tokens[position]
                if token.norm.isdigit():
                    continue  # "by 15 prison guards"
                if not token.is_word or (
                    token.text[:1].islower() and token.norm not in ("the", "a", "an")
                    and token.norm not in UNITS  # "by four men"
                    and token.norm not in _PARTITIVES  # "by a group of anti-Balaka youths"
                    and token.norm not in _HEARSAY  # "by suspected members of"
                    and not (gap == 1 and self.norms[position - 1] == "by")  # "by angry voters"
                ):
                    break
        return None

    def _subject(self, event: _Found, before: list[ActorMention]) -> list[str]:
        """The nearest actor before the trigger in its clause, and actors coordinated with it
        ("Iran and Armenia launched"); appositions and possessives are skipped."""
        if not before:
            return self._two_of_them(event)
        clause_start = self._clause_start(event.trigger_first)
        if event.cameo[:2] == "14" and clause_start and self.norms[clause_start - 1] == "who" and (
            _CLAUSE_ENDS.isdisjoint(self.norms[clause_start : event.trigger_first])
        ) and any(
            word in AUXILIARIES or self._looks_like_verb(index)
            for index, word in enumerate(self.norms[clause_start : event.trigger_first - 1],
                                         start=clause_start)
        ):
            # "miners who were fired from their company protested": a crowd's protest told
            # after a "who" clause with a verb of its own is the main clause's; its subject
            # stands before the pronoun, and no one the relative clause names is. (Other
            # verbs so placed are as often reduced relatives: "formed by lawmakers ousted in
            # the takeover".)
            relative = clause_start - 1
            clause_start = self._clause_start(relative)
            before = [m for m in before if m.first < relative]
            if not before:
                return self._two_of_them(event)
        hearer = next((m for m in reversed(before) if m.first >= clause_start and m.first and (
            self.norms[m.first - 1] in _TELLING)), None)
        if hearer is not None:
            # "a source told Reuters the depot had been hit": the one told is no subject;
            # what was told is a clause of its own.
            clause_start = hearer.last
        candidates = [m for m in before if m.first >= clause_start and not m.possessive
                      and not self._sponsor(m) and not self._agent_of_by(m)
                      and not self._source(m)]
        outside = [m for m in candidates if not self._bracketed_before(m, event.trigger_first)]
        if outside:
            # "rioters (likely supporters of BNP and JeI) set 3 buses on fire": what the
            # brackets say of the subject is no subject
            candidates = outside
        if not candidates and self._owner_of_subject(before[-1], event, clause_start):
            return [before[-1].key]
        if not candidates and hearer is not None:
            return self._two_of_them(event)
        if not candidates:
            candidates = [m for m in before if not m.possessive and not self._source(m)
                          and not self._sponsor(m)][-2:]
            if len(candidates) == 2 and not self._object_before_and(
                candidates[0], candidates[1], event
            ):
                candidates = candidates[1:]
            if not candidates or event.trigger_first - candidates[-1].last > 25:
                return self._two_of_them(event)
        chosen = candidates[-1]
        if len(candidates) > 1 and self._object_before_and(candidates[-2], chosen, event):
            chosen = candidates[-2]  # "the military used a villager as a guide and destroyed"
        previous = self.previous_in_sentence
        if (
            previous is not None and previous.sentence == event.sentence
            and clause_start <= previous.trigger_first and previous.trigger_last <= chosen.first
            and (self.norms[previous.trigger_last - 1] in ("on", "against")
                 # "Heavy fighting between the army and the RSF in El Fasher ... killed 38"
                 or (self.norms[previous.trigger_last] == "between" and previous.actor1))
        ):
            # "A strike on a school in Khan Younis killed 12": the subject is the event named
            # first, and the actor after its "on" its target; the event's doer did this too.
            return list(previous.actor1)
        # An appositive "X, the Iranian foreign minister," or "X of Y" ("prisoners at the La
        # Esperanza prison"), or a reduced relative clause "troops pursuing the kidnappers",
        # "fighters loyal to Y": go back to its head.
        for mention in reversed(candidates[:-1]):
            between = self.norms[mention.last : chosen.first]
            if between and len(between) <= 4 + 2 * (between[0] == ",") + 4 * (
                between[0] in _PLACED  # "the military stationed in Ah Lo Taw Pyae monastery"
                # "miners who were fired from their company protested": a relative clause
                or between[0] in _RELATIVE_PRONOUNS
            ) and (
                between[0] in ("of", "at") or between[0] in _POSTMODIFIERS
                or (between[0] in _RELATIVE_PRONOUNS and _CLAUSE_ENDS.isdisjoint(between))
                # "gunmen believed to belong to IS shot ...": who they are thought to be
                or (between[0] in _HEARSAY and between[1:2] == ["to"])
                # an apposition closes with a comma: "X, the Iranian foreign minister, said",
                # "settlers, under the protection of Israeli forces, raided" ("held by the
                # Kounta ethnic group, two Arab youths attacked": no)
                or (between[0] == "," and "," in self.norms[chosen.last : event.trigger_first])
                or (between[0].endswith("ing") and between[0] not in _NOT_PARTICIPLES)
                or (between[0] == "from" and self._people_of(mention, chosen))
            ):
                if self._group_named_after(mention, chosen, between):
                    break  # "gunmen linked to al Shabaab": the group named is the doer
                chosen = mention
        listed = next((m for m in candidates if m.first < chosen.first and self.norms[
            m.last : m.last + 2] in _ASIDES and "," in self.norms[
            chosen.last : event.trigger_first]), None)
        if listed is not None:
            # "42,000 demonstrators, including party members and the governor, marched": who
            # was among them is no subject, nor who backed them ("rallyists, with the support
            # of the police, demonstrated")
            chosen = listed
        keys = [chosen.key]
        # Coordination: "X and Y", "X, Y and Z".
        index = candidates.index(chosen) if chosen in candidates else -1
        for mention in reversed(candidates[:index] if index > 0 else []):
            if len(keys) == 1 and {"and", "or"}.isdisjoint(
                self.norms[mention.last : chosen.first]
            ) and mention.last < chosen.first:
                # "After clashes with the army, Al Shabaab captured the town": a list's last
                # two are joined by "and"; a comma alone closes an opening phrase
                break
            # ("Indian and Pakistani troops": two owners of one head noun)
            if self._coordinated(mention.last, chosen.first) or (
                mention.first < chosen.first < mention.last <= chosen.last
                # ("Russian and Ukrainian military forces": the first owner's mention ends
                # inside the second's)
                and self.norms[mention.first + 1] in ("and", ",")
            ):
                keys.insert(0, mention.key)
                chosen = mention
            else:
                break
        nxt = candidates[index + 1 :] if index >= 0 else []
        for mention in nxt:
            if self._coordinated(chosen.last, mention.first):
                keys.append(mention.key)
                chosen = mention
        two = self._two_of_them(event)
        if two and event.trigger_first - candidates[-1].last > 6:
            return two
        return list(dict.fromkeys(keys))

    def _people_of(self, people: ActorMention, place: ActorMention) -> bool:
        """ "students from High School 5", "residents from the Cooperative": people of an
        unarmed body are the subject, not the body."""
        body = self.entities.actor(place.key)
        # ("doctors from two American aid groups": the groups, whose country they share)
        return self.entities.actor(people.key).kind in ("civilians", "protesters") and (
            body.kind not in ARMED_KINDS and body.country is None)

    def _group_named_after(
        self, head: ActorMention, group: ActorMention, between: list[str]
    ) -> bool:
        """Whether unnamed armed men are told as a named armed group's ("gunmen believed to
        belong to IS", "militants affiliated with JNIM"): ACLED codes the group."""
        men, named = self.entities.actor(head.key), self.entities.actor(group.key)
        return (
            men.name.islower() and men.kind in ("militia", "rebel", "unknown")
            and not named.name.islower() and named.kind in ("militia", "rebel")
            and not _AFFILIATING.isdisjoint(between)
        )

    def _bracketed_before(self, mention: ActorMention, end: int) -> bool:
        """Whether a mention stands inside brackets that close before ``end``."""
        between = self.norms[mention.last : end]
        if ")" in between and between.count(")") > between.count("("):
            return True
        # or between spaced dashes: "3 farmers - accused by the police of being NPA
        # militants - were shot dead"
        start = max(0, mention.first - 12)
        if "-" not in between or "-" not in self.norms[start : mention.first]:
            return False
        return any(self._spaced_dash(index) for index in range(mention.last, end)) and any(
            self._spaced_dash(index) for index in range(start, mention.first))

    def _spaced_dash(self, index: int) -> bool:
        tokens = self.tokens
        return self.norms[index] == "-" and index > 0 and index + 1 < len(tokens) and (
            tokens[index].start > tokens[index - 1].end
            and tokens[index + 1].start > tokens[index].end)

    def _object_before_and(
        self, subject: ActorMention, mention: ActorMention, event: _Found
    ) -> bool:
        """Whether ``mention`` is the object of a verb coordinated with the event's by "and"
        ("Myanmar military used a villager as a guide and destroyed his motorcycle"): the
        actor before that verb is the subject of both."""
        after = self.norms[mention.last : event.trigger_first]
        if "and" not in after[-3:] or any(w in (",", ";", "who", "which", "that") for w in after):
            return False
        between = range(subject.last, mention.first)
        return 0 < len(between) <= 3 and any(
            (self.norms[index].endswith("ed") or self.norms[index] in IRREGULAR_PAST)
            and self._looks_like_verb(index)
            for index in range(max(subject.last, mention.first - 3), mention.first)
        ) and not any(self.norms[index] in (",", "and", "or", ";") for index in between)

    def _owner_of_subject(self, mention: ActorMention, event: _Found, clause: int) -> bool:
        """ "Eriador's death toll has risen": the owner heading the clause's subject, when no
        actor is the subject itself (the possessed noun, then at most auxiliaries)."""
        if not mention.possessive or any(
            not (index in self.date_tokens or self.norms[index] in _OPENING_FILLERS)
            for index in range(clause, mention.first)
        ):
            return False  # ("On 9 August 2021, the army's 5th division took": a date first)
        between = self.norms[mention.last + 1 : event.trigger_first]
        nouns = 0
        for index, word in enumerate(between, start=mention.last + 1):
            if word in AUXILIARIES or word in _ADVERBS:
                continue
            if nouns < 3 and (self.tokens[index].is_word or (
                word[:1].isdigit() and word.endswith(("st", "nd", "rd", "th"))  # "5th"
            )) and word not in FUNCTION_WORDS and not self._auxiliary_before(index):
                nouns += 1
                continue
            return False
        return nouns > 0

    def _suffered(self, event: _Found) -> bool:
        # "suffered an attack", "died as a result of torture" (not across a comma)
        start = self.doc.sentences[event.sentence].first
        window = self.norms[max(start, event.trigger_first - 6) : event.trigger_first]
        if "," in window or ";" in window:
            window = window[max(window.index(w) for w in window if w in (",", ";")) + 1 :]
        return any(word in _SUFFERING for word in window)

    def _governing_verb(self, event: _Found, before_only: bool = False) -> bool:
        clause = self._clause_start(event.trigger_first)
        # up to eight words back: "agreed on Monday to an immediate and unconditional ceasefire"
        window = self.norms[max(clause, event.trigger_first - 8) : event.trigger_first]
        after = [] if before_only else self.norms[event.trigger_last : event.trigger_last + 4]
        return any(word in _GOVERNING for word in window) or any(
            word in _HAPPENING for word in after
        ) or (after[:1] in (["was"], ["were"]) and after[1:2] != [] and after[1] in _GOVERNING
              ) or any(pair in _THERE_WAS for pair in pairwise(window[-4:]))
        # ("a protest was staged in Maitighar": its governing verb, in the passive; "there was
        # an exchange of fire": one told to have happened)

    def named_again(self, event: _Found, found: Sequence[_Found]) -> bool:
        """ "Mikati condemned the strike on Aitaroun": an event noun that a verb of judging
        takes as its object names an event of that kind the article has told already."""
        if not event.rule.startswith("trigger:"):
            return False
        for index in range(event.trigger_first - 1, max(event.trigger_first - 5, -1), -1):
            word = self.norms[index]
            if word in _JUDGING:
                return any(other.cameo[:2] == event.cameo[:2] for other in found)
            if word in DETERMINERS or word == "'s":
                continue
            if word in FUNCTION_WORDS or not self.tokens[index].is_word:
                return False  # "condemned the killing of ... and the strike": another phrase
        return False

    def told_before(self, event: _Found, found: Sequence[_Found]) -> _Found | None:
        """The violent event of the paragraph a definite event noun after a preposition refers
        back to ("were also targeted in the attack", "wounded during the clashes")."""
        first = event.trigger_first
        if event.cameo[:2] not in ("18", "19", "20") or first < 2 or not (
            self.norms[first - 1] == "the" and (
                self.norms[first - 2] in _REFERRING or self._placeless_subject(event)
            )
        ) or self._looks_like_verb(first, allow_base=True):
            return None
        paragraph = self.doc.sentences[event.sentence].paragraph
        weak = None
        for other in reversed(found):
            if self.doc.sentences[other.sentence].paragraph != paragraph:
                break
            if other.sentence == event.sentence and self.harm_told(other):
                continue  # "A police officer was killed during the shootout": its toll
            if other.cameo[:2] in ("18", "19", "20") and other.modality == "actual":
                if other.actor1 or not other.rule.startswith("verb:"):
                    return other
                # "Clashes ... left 7 dead and 9 wounded. 13 police were killed during the
                # fighting": a dictionary verb with no doer is no event of its own; the
                # violence told with it is
                weak = weak or other
        return weak

    def cause_told_after(self, event: _Found) -> bool:
        """ "The clash was allegedly started after ex-Seleka killed an old man": the deaths
        after the noun told in a clause of what came before it, not its toll."""
        last = self.doc.sentences[event.sentence].last
        for word in self.norms[event.trigger_last : last]:
            if word in DEATH_WORDS:
                return False
            if word in _EARLIER_CLAUSE:
                return True
        return False

    def harm_told(self, event: _Found) -> bool:
        """Whether the event is harm told in the passive without its doer ("a suspect was
        killed"), as a toll of violence is."""
        return not event.actor1 and event.cameo[:2] in ("18", "19", "20") and self.passive(event)

    def _placeless_subject(self, event: _Found) -> bool:
        """ "..., the fighting killed at least 28 people": a definite event noun opening its
        clause, in a sentence that names no place of its own."""
        sentence = self.doc.sentences[event.sentence]
        opening = event.trigger_first - 1 == sentence.first or (
            self.norms[event.trigger_first - 2] == ","
        )
        return opening and not self.locations_by_sentence().get(event.sentence)

    def _harm_within(self, event: _Found) -> bool:
        """ "two Fulani were killed amid intercommunal clashes": a harm told within the
        violence the noun names, which did happen."""
        norms = self.norms
        for index in range(max(1, event.trigger_first - 3), event.trigger_first):
            if norms[index] in _WITHIN and (
                norms[index - 1] in DEATH_WORDS or norms[index - 1] in INJURY_WORDS
            ):
                return True
        return False

    def _noun_follows(self, index: int) -> bool:
        """Whether a content word follows the word at ``index`` ("armed members")."""
        following = self.norms[index + 1] if index + 1 < len(self.norms) else "."
        return following[:1].isalpha() and following not in FUNCTION_WORDS

    def _bare(self, event: _Found) -> bool:
        """A noun with no article, number or possessive before it."""
        for index in range(event.trigger_first - 1, max(event.trigger_first - 4, -1), -1):
            word = self.norms[index]
            if word in DETERMINERS or word == "'s" or word[:1].isdigit():
                return False
            if not self.tokens[index].is_word or word in FUNCTION_WORDS:
                return True
        return True

    def _light_verb_before(self, event: _Found) -> bool:
        clause = self._clause_start(event.trigger_first)
        window = self.norms[max(clause, event.trigger_first - 6) : event.trigger_first]
        if any(word in LIGHT_VERBS for word in window):
            return True
        # A noun standing as the clause's subject or alone ("Clashes erupted", headlines).
        return not any(
            self.norms[index] in SPEECH_VERBS
            or (self.norms[index].endswith(("ed", "es", "s")) and self._looks_like_verb(index))
            for index in range(clause, event.trigger_first)
        )

    def _subject_of_its_clause(
        self, event: _Found, before: list[ActorMention], subject: list[str]
    ) -> bool:
        """Whether an event noun opens a clause after the one its sentence's subject is in
        ("... after clashes erupted"), with no verb between that clause's start and it."""
        clause = self._clause_start(event.trigger_first)
        following = event.trigger_last
        if clause == self.doc.sentences[event.sentence].first or not (
            following < len(self.norms) and (
                self.norms[following].endswith("ed") or self.norms[following] in IRREGULAR_PAST)
            and self._looks_like_verb(following)  # ("after a battle with": a preposition's)
        ) or any(
            mention.key in subject and mention.first >= clause for mention in before
        ) or any(word in LIGHT_VERBS for word in self.norms[clause : event.trigger_first]):
            return False
        return not any(
            self.norms[index].endswith(("ed", "es", "s")) and self._looks_like_verb(index)
            for index in range(clause, event.trigger_first)
        )

    def _main_subject(self, event: _Found) -> list[str]:
        """ "Gunmen stopped a protest by party members, firing gunshots": a participle after a
        comma shares the sentence's subject (its first actor, not an owner), when no event
        with a doer came before it."""
        first = event.trigger_first
        if self.norms[first - 1 : first] != [","] or not self.norms[first].endswith("ing"):
            return []
        return self._first_actor(event)

    def _first_actor(self, event: _Found) -> list[str]:
        """The first actor its sentence names before the event, not an owner."""
        mentions = [m for m in self.mentions_by_sentence.get(event.sentence, ())
                    if m.last <= event.trigger_first and not m.possessive]
        return [mentions[0].key] if mentions else []

    def _headline_noun(self, event: _Found) -> bool:
        """ "Protest in Mogadishu against the killing of civilians.": an event noun opening a
        sentence with no verb, as older notes and headlines tell what happened."""
        sentence = self.doc.sentences[event.sentence]
        if event.trigger_first != sentence.first:
            return False
        return not any(
            (word.endswith("ed") or word in IRREGULAR_PAST or word in AUXILIARIES)
            and self._looks_like_verb(index)
            for index, word in enumerate(self.norms[sentence.first : sentence.last],
                                         start=sentence.first)
            if index >= event.trigger_last)

    def _participle_read_as_noun(self, event: _Found) -> bool:
        """ "..., killing 3 people": a noun trigger's word that is a participle of
        consequence here (no determiner before it, no "of" after it), whose doer is the
        clause's subject."""
        first = event.trigger_first
        return self.norms[first] in _CONSEQUENCES and first > 0 and (
            self.norms[first - 1] not in DETERMINERS and self.norms[first - 1] != "'s"
        ) and self.norms[event.trigger_last : event.trigger_last + 1] != ["of"]

    def _comma_left_out(self, event: _Found, previous: _Found, between: list[str]) -> bool:
        """ "opened fire on protesters demonstrating in Sanaa killing 3 people": a participle
        of consequence told after its event's place or object with no comma (ACLED's notes
        often leave it out), not right after an actor it could qualify."""
        first = event.trigger_first
        if self.norms[first] not in _CONSEQUENCES or not previous.actor1 or any(
            word in _CONSEQUENCE_BREAKS for word in _outside_brackets(between)
        ):
            return False  # (the commas of "(Assafiyah, Amanat al Asimah)" break no clause)
        return not any(m.last == first for m in self.mentions_by_sentence.get(event.sentence, ())
                       if not self._locative(m))

    def _shared_subject(self, event: _Found) -> list[str]:
        """ "Militants overran a base and took control of the town": a verb coordinated with
        an earlier one shares its subject."""
        previous = self.previous_doer
        if previous is not None and previous.sentence != event.sentence and (
            self._they_did(event, previous)
        ):
            # "Students held a demonstration. They clashed": the doer of the main clause
            # (not "residents demonstrated after the release of a man accused of killing
            # one. They erected barricades")
            return list(self.first_doers[previous.sentence].actor1)
        if previous is None or previous.sentence != event.sentence:
            return self._main_subject(event)
        between = self.norms[previous.trigger_last : event.trigger_first]
        participle = between[-1:] == [","] and self.norms[event.trigger_first].endswith("ing")
        if not participle and between[-1:] == ["and"] and self.norms[
            event.trigger_first
        ].endswith("ing") and self.norms[previous.trigger_first].endswith("ing"):
            participle = True  # "fired on a march, killing three and wounding 20"
        if participle:
            return list(previous.actor1)  # "clashed with soldiers, gaining control of Boyo"
        if self._comma_left_out(event, previous, between):
            # the sentence's subject: the event before may be a participle of the object
            # ("protesters demonstrating")
            return self._first_actor(event) or list(previous.actor1)
        if "but" in between and all(
            word in AUXILIARIES or word in _ADVERBS
            for word in between[len(between) - between[::-1].index("but") :]
        ):
            return list(previous.actor1)  # "attacked motorists but were repelled by troops"
        if "and" not in between[-3:] or any(w in (".", ";", "but", "while") for w in between):
            return []
        conjunction = event.trigger_first - between[::-1].index("and") - 1
        if any(conjunction < m.first and m.last <= event.trigger_first and not self._locative(m)
               and all((word in AUXILIARIES or word in _ADVERBS) and word != "to"
                       for word in self.norms[m.last : event.trigger_first])
               for m in self.mentions_by_sentence.get(event.sentence, ())):
            return []  # "people protested in Tunis, and police arrested three": its own subject
        if not self._looks_like_verb(event.trigger_first, allow_base=True) and not (
            self.norms[event.trigger_first].endswith("ed")
        ):
            return []
        return list(previous.actor1)

    def _they_did(self, event: _Found, previous: _Found) -> bool:
        """Whether an active verb's subject is "they" opening its sentence, told just after
        the sentence of the latest doer in the paragraph: that doer."""
        sentences = self.doc.sentences
        if not 0 < event.sentence - previous.sentence <= 2 or (
            sentences[event.sentence].paragraph != sentences[previous.sentence].paragraph
        ):
            return False
        position = event.trigger_first - 1
        while position > 0 and (self.norms[position] in _ADVERBS
                                or self.norms[position] in AUXILIARIES):
            position -= 1  # "They also", "they then"
        return self.norms[position] == "they" and position == sentences[event.sentence].first and (
            not self.passive(event))  # (the dearer look last)

    def _after_a_subjectless_verb(self, event: _Found, before: list[ActorMention]) -> bool:
        """ "The explosion killed a woman and injured nine villagers": a verb coordinated with
        an earlier event that no actor did has no actor subject either; the actor between
        them is the earlier one's object."""
        previous = self.previous_in_sentence
        if previous is None or previous.sentence != event.sentence or previous.actor1 or (
            self.passive(previous) or self.passive(event)
        ):
            return False
        between = self.norms[previous.trigger_last : event.trigger_first]
        if "and" not in between[-3:] or any(w in (".", ";", "but", "while") for w in between):
            return False
        clause = self._clause_start(previous.trigger_first)
        return self._looks_like_verb(event.trigger_first) and not any(
            clause <= m.first and m.last <= previous.trigger_first for m in before
        )

    def _clause_start(self, index: int) -> int:
        sentence = self.doc.sentences[self.doc.sentence_of(index)]
        position = index - 1
        while position > sentence.first:
            norm = self.norms[position]
            if norm in _CLAUSE_BOUNDARIES:
                return position + 1
            position -= 1
        return sentence.first

    def _two_of_them(self, event: _Found) -> list[str]:
        """ "the two countries", "both sides": the last two states named before."""
        start = max(self._clause_start(event.trigger_first) - 1, 0)
        window = self.norms[start : event.trigger_first]
        if not any(_TWO.match(word) for word in window) or not any(
            word
            in (
                "countries",
                "nations",
                "sides",
                "states",
                "neighbours",
                "neighbors",
                "governments",
                "armies",
                "militaries",
            )
            for word in window
        ):
            return []
        states: list[str] = []
        for mention in reversed(self.entities.actor_mentions):
            if mention.first >= event.trigger_first:
                continue
            actor = self.entities.actor(mention.key)
            if (
                actor.kind in ("state", "government")
                and actor.country
                and not any(self.entities.actor(key).country == actor.country for key in states)
            ):
                states.append(mention.key)
            if len(states) == 2:
                return list(reversed(states))
        return []

    def _nationality_owner(self, event: _Found) -> list[str]:
        """ "a Russian drone strike", "Israeli airstrikes": the adjective names who struck —
        the country's armed forces for a use of force, the state otherwise."""
        from ._entities import military_actor, state_actor

        for gap in (1, 2):
            held = self.entities.nationality_at.get(event.trigger_first - gap)
            if held is None:
                continue
            first, iso3 = held
            last = self.entities.nationality_ends[first]
            if 0 <= event.trigger_first - last <= 1:
                country = self.lexicon.country(iso3)
                if country is None:
                    return []
                violent = event.cameo[:2] in ("15", "18", "19", "20")
                actor = military_actor(country) if violent else state_actor(country)
                key = f"{'mil' if violent else 'state'}:{iso3}"
                start, end = self.tokens[first].start, self.tokens[last - 1].end
                span = Span(start=start, end=end, label="actor", text=self.doc.text[start:end])
                self.entities.ensure_actor(key, actor, span)
                return [key]
        return []

    def days_before(self, event: _Found) -> bool:
        """ "On 7 May, two days after clashes in the area, the army deployed troops": what a
        phrase opening the sentence says came days or weeks before is the background of the
        event its main clause tells (not "The agreement came two days after the ELN freed
        a police officer": an event of its own, told after the main clause)."""
        first = self.doc.sentences[event.sentence].first
        for index in range(event.trigger_first - 1, max(first, event.trigger_first - 5), -1):
            if self.norms[index] not in ("after", "following"):
                continue
            span = index - 1
            if self.norms[span].rstrip("s") not in ("day", "week", "month") or (
                self.norms[index + 1 : index + 2] in (["the"], ["this"], ["that"])
                and event.sentence > 0
            ):  # (not "a month after the attack": the attack told before, named again; a
                # note's first sentence has told nothing before)
                return False
            opening = span - 1
            while opening >= first and (
                number_value(self.norms, opening)[0] is not None
                or self.norms[opening] in ("a", "few", "several", "some")
            ):
                opening -= 1
            return self._only_date_before(first, opening + 1)
        return False

    def _only_date_before(self, first: int, end: int) -> bool:
        """Whether the words from ``first`` to ``end`` are a note's opening date and nothing
        else ("On 7 May 2023, ...")."""
        return all(position in self.date_tokens or self.norms[position] in _DATE_OPENING
                   for position in range(first, end))

    def done_earlier_to(self, event: _Found) -> bool:
        """ "in solidarity with two teachers assaulted a week earlier": a participle right
        after its victims' noun, dated before the report's event, describes them."""
        if event.cameo[:2] not in _FORCEFUL_ROOTS or event.cameo[:2] == "14":
            return False
        mention = self._participle_after_noun(event)
        if mention is None:
            return False
        before = mention.first - 1
        while before > 0 and (self.norms[before] in DETERMINERS
                              or number_value(self.norms, before)[0] is not None):
            before -= 1  # ("with two teachers")
        if self.norms[before] not in _NAMING_VICTIMS:
            return False  # the victims a phrase names, not a subject ("Switzerland met")
        following = self.norms[event.trigger_last : event.trigger_last + 3]
        if following[:1] in (["yesterday"], ["earlier"]) or following[:2] in (
            ["last", "week"], ["last", "month"], ["last", "year"], ["the", "previous"],
            ["the", "day"]  # "the day before"
        ):
            return True
        return len(following) == 3 and following[2] in ("earlier", "ago", "before") and (
            following[1].rstrip("s") in ("day", "week", "month", "year")
            and (following[0] in ("a", "one") or number_value(following, 0)[0] is not None))

    def displacement_cause(self, event: _Found, told: list[_Found]) -> bool:
        """ "fighting between the army and the KNU forced 480 villagers to flee": a fight
        named as the subject of the displacement it caused is told for that displacement,
        which ACLED codes (a strategic development), not as a battle of its own."""
        first = self.norms[event.trigger_first]
        if event.cameo[:2] not in ("18", "19", "20") or first.endswith("ed") or (
            first in IRREGULAR_PAST  # (a verb's event: "attacked the village and forced")
        ):
            return False
        return any(
            other.rule in _DISPLACING and other.trigger_first > event.trigger_last
            and _CLAUSE_MARKS.isdisjoint(self.norms[event.trigger_last : other.trigger_first])
            and not _RELATIVE_BREAKS.intersection(
                self.norms[event.trigger_last : other.trigger_first]) - {"and"}
            for other in told)

    def punished_for(self, event: _Found) -> bool:
        """Whether an event noun is what someone was punished or arrested for: "shot him to
        death for the kidnap, rape and murder of a girl", "sentenced for the killing of" (an
        act before this report's, its victim's)."""
        if self._looks_like_verb(event.trigger_first, allow_base=True):
            return False
        position = event.trigger_first - 1
        while position >= max(0, event.trigger_first - 7) and (
            self.norms[position] in _LISTED_CRIMES or self.norms[position] in DETERMINERS
        ):
            position -= 1
        if position < 1 or self.norms[position] != "for":
            return False
        return not _PUNISHING.isdisjoint(self.norms[max(0, position - 4) : position])

    def protested_over(self, event: _Found, told: list[_Found]) -> bool:
        """Whether an event noun is what a protest told before it is held over: "a protest to
        denounce the arrest of an activist", "marched against the killing of a student" (an
        earlier event, not this report's)."""
        if self._looks_like_verb(event.trigger_first, allow_base=True):
            if any(other.cameo[:2] == "14" and other.trigger_first >= event.trigger_last
                   and _CLAUSE_ENDS.isdisjoint(
                       self.norms[event.trigger_last : other.trigger_first])
                   for other in told) and self._describes_the_crowd(event):
                return True  # "families who say their sons were abducted staged a sit-in"
            if any(other.cameo[:2] == "14" and other.trigger_last <= event.trigger_first
                   for other in told) and release_demanded(self.norms, event.trigger_first):
                return True  # "marched to demand the release of protesters who were detained"
            if self._crowd_after_opening(event, told):
                # "after police arrested their leader, supporters of the party rioted": the
                # act an opening clause tells moved the crowd the main clause tells
                return True
            crowd_before = any(
                other.trigger_last <= event.trigger_first and other.actor1 and (
                    self.entities.actor(other.actor1[0]).kind in UNORGANISED_KINDS)
                for other in told)
            if crowd_before and self.norms[event.trigger_first - 1].isalpha() and (
                self.norms[event.trigger_first - 1] not in AUXILIARIES
                # "protesting the death of a mechanic who was murdered": his, described
                or self.norms[event.trigger_first - 2] in ("who", "that")
            ) and not (
                _DEATH_NOUNS.isdisjoint(self.norms[max(0, event.trigger_first - 8)
                                                   : event.trigger_first])
            ) and crowds_cause(self.norms[: event.trigger_first + 1], event.trigger_first):
                # "stormed the police station over the death of one of their colleagues
                # killed by a police operative": the killing that moved the crowd
                return True
            # "Residents attacked police after a boy was killed": a harm told in the passive
            # in the clause "after" opens is what moved the crowd
            return self.passive(event) and not event.actor1 and any(
                other.trigger_last <= event.trigger_first and other.actor1 and (
                    self.entities.actor(other.actor1[0]).kind in UNORGANISED_KINDS)
                for other in told
            ) and crowds_cause(self.norms[: event.trigger_first + 1], event.trigger_first) and (
                not _CAUSE_CLAUSES.isdisjoint(
                    self.norms[max(0, event.trigger_first - 6) : event.trigger_first]))
        demonstrating = not _DEMONSTRATING_NOW.isdisjoint(
            self.norms[max(0, event.trigger_first - 6) : event.trigger_first])
        if not demonstrating and not any(
            other.cameo[:2] == "14" and other is not event for other in told
        ):
            return False  # (told before it or after: "Condemning the arrest of their
            # chairman, party members demonstrated"; "while demonstrating against the
            # killing of a student, protesters were shot at")
        before = self.norms[max(0, event.trigger_first - 4) : event.trigger_first]
        # ("in support of the ongoing nationwide blockade": what the rally backs)
        backing = pairwise(self.norms[max(0, event.trigger_first - 6) : event.trigger_first])
        return bool(PROTEST_CAUSES.intersection(before)) or ("support", "of") in backing

    def _crowd_after_opening(self, event: _Found, told: list[_Found]) -> bool:
        """Whether the event stands in a clause that "after" or "following" opens at the
        sentence's start (after its date), and a crowd's protest or riot follows it in the
        main clause."""
        first = self.doc.sentences[event.sentence].first
        opener = next((index for index in range(event.trigger_first - 1,
                                                max(first - 1, event.trigger_first - 8), -1)
                       if self.norms[index] in ("after", "following")
                       or self.norms[index] in _CLAUSE_MARKS), None)
        if opener is None or self.norms[opener] not in ("after", "following") or not (
            self._only_date_before(first, opener)
        ):
            return False
        return any(other.trigger_first > event.trigger_last and (
            other.cameo[:2] == "14" or (other.actor1 and self.entities.actor(
                other.actor1[0]).kind in UNORGANISED_KINDS | {"party"})
        ) for other in told)

    def _describes_the_crowd(self, event: _Found) -> bool:
        """Whether a verb stands in a "who" clause, unbroken by a comma, that says who the
        crowd marching after it are ("miners who were fired from the company protested")."""
        start = self.doc.sentences[event.sentence].first
        window = self.norms[max(start, event.trigger_first - 10) : event.trigger_first]
        if "who" not in window:
            return False
        clause = window[len(window) - window[::-1].index("who") :]
        return _CLAUSE_ENDS.isdisjoint(clause)

    def _source(self, mention: ActorMention) -> bool:
        """A report's source ("According to residents, they clashed"): no subject."""
        return self.norms[max(0, mention.first - 2) : mention.first] == ["according", "to"]

    def _sponsor(self, mention: ActorMention) -> bool:
        """An actor that qualifies a noun ("a STC-organized demonstration", "Houthi-sponsored
        protest", "Iran-backed militias"): no subject of the clause."""
        following = self.norms[mention.last : mention.last + 2]
        if len(following) == 2 and following[0] == "-" and following[1] in _SPONSORING:
            return True
        # "a pro-Israel protest", "an anti-Russia rally": the side the crowd took ("pro-Iran
        # militias" are Iran's side's)
        return mention.first >= 2 and self.norms[mention.first - 1] == "-" and (
            self.norms[mention.first - 2] in ("pro", "anti")) and (
            following[:1] != [] and following[0] in _GATHERING_NOUNS)

    def _their(self, event: _Found, before: list[ActorMention]) -> list[str]:
        """Whom "their" before an event noun stands for: "10 militants were killed following
        their attacks on Afghan forces" (the militants), "12 militants were killed when Afghan
        forces repulsed their attack" (not the forces: an active verb's subject is not its
        object's owner)."""
        first = event.trigger_first
        if not {"their", "its"}.intersection(self.norms[max(0, first - 2) : first]):
            return []
        mentions = [m for m in before if not m.possessive and first - m.last <= 25
                    # "militants including 2 commanders": a part of the group, not its name
                    and "including" not in self.norms[max(0, m.first - 2) : m.first]]
        if not mentions:
            return []
        last = mentions[-1]
        for index in range(last.last, first):
            word = self.norms[index]
            if (word.endswith("ed") or word in IRREGULAR_PAST) and self._looks_like_verb(index) and (
                self.norms[index - 1] not in PASSIVE_AUX
            ):
                return [mentions[-2].key] if len(mentions) > 1 else []
        return [last.key]

    def _ensuing(self, event: _Found) -> list[str]:
        """Who did what an "ensuing" event noun follows from ("youth besieged the company's
        headquarters ... At least one youth died in the ensuing clash with police"): the
        latest doer, in its sentence or the one before in the paragraph."""
        previous = self.previous_doer
        sentences = self.doc.sentences
        if self.norms[max(0, event.trigger_first - 1) : event.trigger_first] != ["ensuing"] or (
            previous is None or not 0 <= event.sentence - previous.sentence <= 1
            or sentences[previous.sentence].paragraph != sentences[event.sentence].paragraph
        ):
            return []
        return list(previous.actor1)

    def _possessor(self, event: _Found, before: list[ActorMention]) -> list[str]:
        for mention in reversed(before):
            if mention.possessive and event.trigger_first - mention.last <= 4:
                return [mention.key]
        return []

    def _object(
        self, event: _Found, after: list[ActorMention], skip: ActorMention | None
    ) -> ActorMention | None:
        for mention in after:
            if mention is skip:
                continue
            between = self.norms[event.trigger_last : mention.first]
            if mention.first - event.trigger_last > 10:
                if self._fired_at(event, mention):
                    return mention
                break
            if between[-2:] in (["search", "of"], ["search", "for"], ["looking", "for"]):
                break  # "raided a camp in search of militants": whom they sought, no side
            if any(
                word in (".", ";", "said", "says", "while", "which", "who") for word in between
            ) or any(
                word == "," and not self._comma_in_noun_phrase(event.trigger_last + offset)
                for offset, word in enumerate(between)
            ):
                if self._fired_at(event, mention):
                    return mention
                break
            return self._their_group(mention, after) or mention
        return None

    def _their_group(self, men: ActorMention, after: list[ActorMention]) -> ActorMention | None:
        """The named armed group unnamed armed men are told to be of ("a convoy of Russian
        mercenaries from Wagner group"): ACLED codes the group."""
        following = self.norms[men.last : men.last + 2]
        if not following or following[0] not in ("from", "of"):
            return None
        start = men.last + 1 + (following[1:] == ["the"])
        group = next((m for m in after if m.first == start), None)
        if group is None or men.how != "agent":
            return None
        named = self.entities.actor(group.key)
        armed = self.entities.actor(men.key).kind in ("militia", "rebel", "unknown")
        return group if armed and not named.name.islower() and named.kind in (
            "militia", "rebel") else None

    def _fired_at(self, event: _Found, mention: ActorMention) -> bool:
        """Whether an actor is the target "at" the end of a list of what was fired ("fired
        live and rubber-coated bullets, tear gas canisters, and stun grenades at
        Palestinians"): only lower-case words, commas and "and" between."""
        start, end = event.trigger_last, mention.first
        if end - start > 20 or self.norms[end - 1] != "at" or (
            self.norms[start - 1] not in _FIRED_VERBS
        ):
            return False
        return all(self.tokens[index].text.islower() or self.norms[index] in (",", "-")
                   for index in range(start, end - 1))

    def _comma_in_noun_phrase(self, index: int) -> bool:
        """A comma between two adjectives of one noun phrase ("complete, full diplomatic
        ties"): lower-case content words on both sides, a third word after them."""

        def modifier(position: int) -> bool:
            if not 0 <= position < len(self.tokens):
                return False
            token = self.tokens[position]
            word = token.norm
            return (
                token.is_word
                and token.text.islower()
                and word not in FUNCTION_WORDS
                and not word.endswith(("ing", "ed"))
                and word not in IRREGULAR_PAST
            )

        return modifier(index - 1) and modifier(index + 1) and modifier(index + 2)

    def _with_coordinated(
        self, target: ActorMention | None, after: list[ActorMention]
    ) -> list[str]:
        """The target and the actors coordinated with it ("ties with Gondor and Osgiliath")."""
        if target is None:
            return []
        keys = [target.key]
        closed = 1  # the keys up to the last joined by "and" or "or"
        previous = target
        for mention in after:
            if mention.first <= previous.first:
                continue
            if not self._coordinated(previous.last, mention.first):
                break
            keys.append(mention.key)
            if not {"and", "or"}.isdisjoint(self.norms[previous.last : mention.first]):
                closed = len(keys)
            previous = mention
        if self.norms[previous.last : previous.last + 1] == ["and"] or (
            self.norms[previous.last : previous.last + 2] == [",", "and"]
        ):
            closed = len(keys)  # "by Saudi Arabia, the United Arab Emirates and other neighbours"
        # ("clashes with the army, Al Shabaab captured": a list ends with "and"; a comma
        # alone closes the phrase, and the next clause's subject follows)
        return list(dict.fromkeys(keys[:closed]))

    def _coordinated(self, start: int, end: int) -> bool:
        """Whether the words between two actors join them: "and", ",", ", and", "or", with
        articles and an adjective ("Evil Mordor, the awful Arnor, and good Gondor")."""
        joins = 0
        adjectives = 0
        for index in range(start, end):
            word = self.norms[index]
            if word in (",", "and", "or"):
                joins += 1
            elif word in ("the", "a", "an", "his", "her", "their", "its") or word in _PARTITIVES:
                continue  # "Fabius and a group of deputies", "a policeman and his relatives"
            elif word == "-" and index > start and self.norms[index - 1] in ("pro", "anti"):
                continue  # "Houthi forces and pro-government forces"
            elif self.tokens[index].text.islower() and not (
                word in FUNCTION_WORDS or word in SPEECH_VERBS or _past_or_ing(word)
            ):
                adjectives += 1
            else:
                return False
        return 1 <= joins <= 2 and adjectives <= 1

    def _between(self, event: _Found, after: list[ActorMention]) -> list[ActorMention]:
        end = event.trigger_last
        while end < len(self.norms) and self.norms[end] in _OCCURRED and (
            end - event.trigger_last < 3
        ):
            end += 1  # "clashes took place between", "fighting broke out between"
        if not (end < len(self.norms) and self.norms[end] == "between") and not (
            end + 1 < len(self.norms) and self.norms[end + 1] == "between"
        ):
            end = self._between_told_later(event)  # "fighting was reported on 7-9 November
            # between ..."
        if (end < len(self.norms) and self.norms[end] == "between") or (
            end + 1 < len(self.norms) and self.norms[end + 1] == "between"
        ):
            # (the sides after "between", not the object before it: "attacked several RRR
            # officers between Paoua and Pougole")
            pair = [m for m in after if 0 < m.first - end <= 12][:2]
            if len(pair) == 2 and "and" in self.norms[pair[0].last : pair[1].first]:
                return pair
            if pair and self.norms[pair[0].last : pair[0].last + 1] == ["("]:
                # "between regional forces (supported by federal police) and Kimant farmers":
                # the side after the bracket's close
                second = self._after_bracket(pair[0].last, after)
                if second is not None:
                    return [pair[0], second]
            if len(pair) == 2 and self.norms[pair[0].last : pair[1].first] == [","]:
                # "between police, troops and armed members of the community": the list's
                # last side against its first
                last = next((m for m in after if m.first > pair[1].last
                             and m.first - pair[1].last <= 8
                             and self.norms[pair[1].last] == "and"
                             and _CLAUSE_MARKS.isdisjoint(self.norms[pair[1].last : m.first])),
                            None)
                if last is not None:
                    return [pair[0], last]
            if pair and self.norms[pair[0].last : pair[0].last + 1] == [","]:
                # "between RSF, backed by Arab militias (...), and SAF": the side after the
                # appositive's closing ", and"
                second = self._after_apposition(pair[0].last, after)
                if second is not None:
                    return [pair[0], second]
        return []

    def _between_told_later(self, event: _Found) -> int:
        """Where "between" stands a few words after an event noun and its verb of report
        ("fighting was reported over 7-9 November between"), or the trigger's end."""
        if event.cameo[:2] not in ("18", "19", "20"):
            return event.trigger_last  # (a mediation "between" two sides names no fighters)
        sentence_end = self.doc.sentences[event.sentence].last
        for index in range(event.trigger_last, min(sentence_end, event.trigger_last + 9)):
            word = self.norms[index]
            if word == "between":
                return index
            if word in _CLAUSE_MARKS or word in _CLAUSE_BOUNDARIES or word in _LATER_CLAUSES or (
                word in ("during", "amid", "amidst") or self.lexicon.trigger_index.starts(word)
            ):
                break  # ("injured by a stray bullet during clashes between": the clashes')
        return event.trigger_last

    def _after_bracket(self, bracket: int, after: list[ActorMention]) -> ActorMention | None:
        """The actor named right after the "and" that follows the bracket opened at
        ``bracket``."""
        depth = 0
        for index in range(bracket, min(bracket + 25, len(self.norms) - 1)):
            depth += (self.norms[index] == "(") - (self.norms[index] == ")")
            if depth == 0 and self.norms[index] == ")":
                if self.norms[index + 1] != "and":
                    return None
                return next((m for m in after if index + 2 <= m.first <= index + 4), None)
        return None

    def _after_apposition(self, comma: int, after: list[ActorMention]) -> ActorMention | None:
        """The actor named right after the ", and" that closes an apposition opened at
        ``comma`` (within a short reach, outside brackets)."""
        depth = 0
        for index in range(comma + 1, min(comma + 25, len(self.norms) - 1)):
            word = self.norms[index]
            depth += (word == "(") - (word == ")")
            if depth == 0 and word == "," and self.norms[index + 1] == "and":
                return next((m for m in after if index + 2 <= m.first <= index + 4), None)
        return None

    # -- qualifiers ---------------------------------------------------------------------
    def modality(self, event: _Found, sentence: Sentence) -> str:
        """What kind of reality the clause gives the event: done, planned, feared or possible,
        simulated (an exercise's scenario), or denied."""
        clause = self._clause_start(event.trigger_first)
        window = self.norms[
            max(clause - 1, sentence.first, event.trigger_first - 12) : event.trigger_first
        ]
        before = self.norms[sentence.first : event.trigger_first]
        material = event.cameo[:2] in ("14", "15", "17", "18", "19", "20", "12")
        if material and any(word in MODAL_SIMULATED for word in before[-15:]):
            return "simulated"
        # "won't", "didn't": the tokenizer keeps a contraction in one token
        denied = any(word in NEGATION or word.endswith("n't")
                     for word in _outside_brackets(window)[-5:])
        if denied and not self._negation_coded(event):
            return "negated"
        if self._denied_content(event.trigger_first, sentence):
            return "negated"
        if window[-1:] == ["from"] and self.norms[event.trigger_first].endswith("ing") and (
            not _PREVENTING.isdisjoint(window[-8:])
        ):
            return "negated"  # "prevented the youth from lynching the driver": not done
        if event.rule.startswith("trigger:") and self._possible_thing(event, sentence):
            return "hypothetical"
        if self.anyones_act(event.trigger_first, sentence):
            return "hypothetical"
        if len(window) >= 2 and window[-1] == "to" and window[-2] in _TRYING and (
            event.cameo[:2] in ("18", "19") and not {"repelled", "repulsed"}.isdisjoint(
                self.norms[event.trigger_last : sentence.last])
        ):
            return "actual"  # "attempted to attack a position, but got repelled": a fight
        if len(window) >= 2 and window[-1] == "to" and window[-2] not in _IMPLICATIVE and not (
            # "thousands gathered in Yogyakarta to protest the law": gathering to protest is
            # the protest
            event.cameo[:2] == "14" and _GATHERING.intersection(window)
        ) and not self._crowds_purpose(event, before) and (
            self._looks_like_verb(event.trigger_first, allow_base=True)
            or event.rule.startswith("verb:")
        ):
            # An infinitive names an act not (yet) done: "decided to kill", "easy to kill";
            # "managed to", "went on to" are the exceptions that report it done. The subject's
            # own commitment makes it a plan; someone else's wish ("urged Iran to") does not.
            return "planned" if _COMMISSIVE.intersection(window) else "hypothetical"
        # a hedge in brackets qualifies what the brackets say ("an IED planted by an unknown
        # armed group (likely Al Shabaab) exploded"), not the event
        inside = _bracketed(window) if ")" in window else set()
        outside = [word for offset, word in enumerate(window) if offset not in inside]
        if any(word in MODAL_PLANNED for word in outside[-8:]):
            return "planned"
        if event.cameo[:2] == "14" and _called_for(outside[-5:]):
            return "planned"  # "called for a nationwide general strike starting on Monday"
        start = event.trigger_first - len(window)
        for offset, word in enumerate(window):
            # "may" the modal, not "May" the month.
            if word in MODAL_HYPOTHETICAL and offset not in inside and not (
                word == "may" and self.tokens[start + offset].text[:1].isupper()
            ):
                return "hypothetical"
        return "actual"

    @staticmethod
    def _crowds_purpose(event: _Found, before: list[str]) -> bool:
        """ "demonstrators responded to the call for demonstrations to reject the agreement":
        what protesters do to demand, reject or denounce is their protest, done, unless they
        only meant or were told to."""
        return (
            event.cameo[:2] in _PROTEST_ROOTS
            and not _PROTESTING_CROWDS.isdisjoint(before)
            and _COMMISSIVE.isdisjoint(before)
            and _DIRECTIVE.isdisjoint(before)
        )

    def _possible_thing(self, event: _Found, sentence: Sentence) -> bool:
        """An event noun told as possible: "any Ukrainian strikes on refineries", "a real
        blockade could cut off imports" (the noun is the subject of a modal)."""
        if self._looks_like_verb(event.trigger_first, allow_base=True):
            return False
        start = max(self._clause_start(event.trigger_first), event.trigger_first - 3)
        if "any" in self.norms[start : event.trigger_first]:
            return True
        for index in range(event.trigger_last, min(sentence.last, event.trigger_last + 8)):
            word = self.norms[index]
            if word in _POSSIBLE:
                return not self.tokens[index].text[:1].isupper()  # "may", not "May"
            if word in (",", ";", ":", ".") or word in AUXILIARIES or (
                word.endswith("ed") and self._looks_like_verb(index)
            ):
                return False
        return False

    def _denied_content(self, index: int, sentence: Sentence) -> bool:
        """Whether the word is told in what someone denied: "denied a U.N. report that
        Rwandan troops had fought alongside M23", "denied claims that detainees had been
        beaten", "rejected allegations that ..."."""
        norms = self.norms
        that = next((i for i in range(index - 1, max(sentence.first, index - 25) - 1, -1)
                     if norms[i] == "that"), None)
        if that is None:
            return False
        before = norms[max(sentence.first, that - 9) : that]
        denial = max((i for i, word in enumerate(before) if word in _DENYING), default=None)
        if denial is None:
            return False
        between = before[denial + 1 :]
        return not between or bool(_CLAIM_NOUNS.intersection(between))

    def anyones_act(self, index: int, sentence: Sentence) -> bool:
        """Whether the word is the act of a generic relative clause: "would deal firmly with
        anyone who attacked officers or destroyed property" tells of no attack done."""
        near = self.norms[max(sentence.first, index - 8) : index]
        return "whoever" in near or any(
            word in ("who", "that") and near[position - 1] in _GENERIC_HEADS
            for position, word in enumerate(near) if position
        )

    @staticmethod
    def _negation_coded(event: _Found) -> bool:
        """Whether the pattern that coded the verb holds the negation itself ("- NOT *
        [112]": "did not allow" is a refusal, told as done)."""
        if event.pattern is None:
            return False
        return any(
            word in NEGATION or word.endswith("n't")
            for word in event.pattern.words_before()
        )

    def _toll_words(self, sentence: Sentence) -> list[str]:
        """A sentence's words as tolls are read: dates marked, a spaced dash no name's, the
        ways of saying "killed" and "died" made those words. Made once a sentence (read-only:
        every event of the sentence reads it)."""
        norms = self._toll_norms.get(sentence.first)
        if norms is not None:
            return norms
        norms = list(self.norms[sentence.first : sentence.last])
        for index in range(sentence.first, sentence.last):
            if index in self.date_tokens:
                norms[index - sentence.first] = "#date"
            elif norms[index - sentence.first] == "-" and index and (
                self.tokens[index].start > self.tokens[index - 1].end
            ):
                norms[index - sentence.first] = "--"  # "Lafon - 50 soldiers": a dash, no name
            elif norms[index - sentence.first] == "succumbed" and (
                self.norms[index + 1 : index + 2] == ["to"]
            ):
                norms[index - sentence.first] = "died"  # "succumbed to her wounds"
            elif norms[index - sentence.first] == "gunned" and (
                self.norms[index + 1 : index + 2] == ["down"]
            ):
                norms[index - sentence.first] = "killed"  # "a cleric was gunned down"
            elif norms[index - sentence.first] == "dead" and index > sentence.first + 1 and (
                self.norms[index - 1] == "shot" and self.norms[index - 2] not in AUXILIARIES
            ):
                norms[index - sentence.first] = "killed"  # "shot dead the mayor": killed
            elif norms[index - sentence.first] in ("neutralised", "neutralized") and (
                number_value(self.norms, index + 1)[0] is not None
                or self.norms[index - 1] in ("were", "was")
            ):
                # "neutralised 63 militants", "40 militants were neutralised": an army's
                # word for killing them
                norms[index - sentence.first] = "killed"
            elif norms[index - sentence.first] == "lost" and (
                number_value(self.norms, index + 1)[0] is not None
                and self.norms[index + 2 : index + 3] != []
                and self.norms[index + 2] in _SERVICE_DEAD
            ):
                norms[index - sentence.first] = "killed"  # "the army ... lost 2 soldiers"
            elif norms[index - sentence.first] == "alive" and index - sentence.first >= 2:
                for burned in range(index - 1, max(sentence.first, index - 10) - 1, -1):
                    if self.norms[burned] in _BURNED_ALIVE:
                        norms[burned - sentence.first] = "killed"  # "burned a man alive"
                        break
        self._toll_norms[sentence.first] = norms
        return norms

    def fatalities(self, event: _Found, sentence: Sentence) -> int | None:
        """Deaths reported in the event's sentence: "killed five", "12 people were killed",
        "4 soldiers and 6 assailants were killed", "left 3 dead", "killing a commander".
        Injuries are not deaths; numbers inside dates are not counts."""
        norms = self._toll_words(sentence)
        best: int | None = None
        previous: int | None = None  # the last death word counted
        # a crowd's act told with the death it answers ("set a bus on fire after a girl was
        # killed"): the death is its cause
        protest = event.cameo[:2] == "14" or event.acled in (
            "Looting/property destruction", "Mob violence") or bool(
            event.actor1 and self.entities.actor(event.actor1[0]).kind in (
                "rioters", "civilians", "protesters")
        )  # "residents clashed with police following the burial of a youth tortured to death"
        # "After three tourists were killed in February, police arrested 9 people": the
        # deaths of the clause that opens the sentence came before its event
        before_event = _opening_clause_end(norms, event.trigger_first - sentence.first)
        for index, word in enumerate(norms):
            if word not in DEATH_WORDS or index < before_event:
                continue
            if protest and crowds_cause(norms, index) and (
                sentence.first + index != event.trigger_first  # (its own word is no cause)
            ):
                continue  # "protesting the killing of a teenager": why they marched
            if self._described_at(sentence.first + index):
                continue  # "relatives of 3 people killed by police protested"
            if {"if", "whether"}.intersection(norms[max(0, index - 5) : index]):
                continue  # "It is not confirmed if he died of his injuries": not counted
            if "had" in norms[max(0, index - 2) : index] and norms[index - 1] != "been" and any(
                word in ("who", "which") or (word == "that" and norms[position - 1] not in _SAID)
                for position, word in enumerate(norms[: index - 1])
                if position >= index - 4 and position
            ):
                continue  # "a man who had allegedly killed his father": what came before
                # ("police said that the gang had killed three traders": what is told)
            if _for_doing(norms, index) or _suspected_of(norms, index):
                continue  # "lynched a soldier for allegedly killing five civilians": why
            if word in _BASE_DEATH_VERBS and _aimed_at(norms, index):
                continue  # "in an attempt to take back two suspects, and lynch them": an aim
            if _coded_apart(norms, index) or _in_separate_incidents(norms, index):
                # "He was later killed on 25 November (coded separately)", "two men ... were
                # also killed in separate incidents": other events' dead
                continue
            if word in _DEATH_NOUNS and _EARLIER_DEATH.intersection(
                norms[max(0, index - 4) : index]
            ) and {"the", "a", "an"}.intersection(norms[max(0, index - 3) : index]):
                continue  # "rioted following the police killing of a teenager": its cause
            if word in _DYING and _died_before(norms, index):
                continue  # "attacked a police post after a villager died in custody": why
            value = self._deaths_at(norms, index)
            if value is None and word == "died" and _one_persons_death(norms, index):
                value = 1  # "He was severely injured and died at a health clinic"
            if value is None and (word == "killed" or (
                word == "dead" and norms[index - 1] == "found"
            ) or (word == "death" and norms[index - 1] == "to")) and (
                "was" in norms[max(0, index - 6) : index]
            ):
                # "the priest was then subsequently raped and killed", "was found dead", "was
                # stabbed to death"
                value = 1
            if value is None and (norms[max(0, index - 2) : index] == ["they", "were"] or (
                word in ("killed", "killing", "kill") and norms[index + 1 : index + 2] == ["them"]
            )):
                value = self._antecedent_count(sentence.first + index)
            if value is None:
                continue
            if best is not None and previous is not None and _other_report(norms, previous, index):
                best = min(best, value)  # "2 were killed, while local sources reported 4 dead"
            elif best is not None and previous is not None and _another_clause(
                norms, previous, index
            ):
                best += value  # "A soldier was killed and three civilians were killed"
            else:
                best = value if best is None else max(best, value)
            previous = index
        if best is None:
            best = self._person_named_dead(sentence)
        if best is None and any(
            word == "body" and norms[position + 1 : position + 2] == ["of"]
            and norms[position - 1 : position] in (["the"], ["a"])
            for position, word in enumerate(norms)
        ):
            best = 1  # "the body of a man who was stabbed was found": one dead
        if (
            best is None
            and any(w in ("no", "without") for w in norms)
            and any(w in ("fatalities", "casualties", "deaths", "killed") for w in norms)
        ):
            return 0
        return best

    def _antecedent_count(self, at: int) -> int | None:
        """"They were killed", "killed them": as many as the last group counted before the
        pronoun ("2 armed people shot at the police ... They were killed")."""
        for position in range(at - 1, max(-1, at - _ANTECEDENT_REACH), -1):
            if position in self.date_tokens:
                continue
            value, length = number_value(self.norms, position)
            if value is None or value < 2 or (position and self.norms[position - 1] == "-"):
                continue  # "them" are several; "M-23" is a name
            for after in range(position + length, position + length + 3):
                mention = self.entities.mention_at(after)
                if mention is not None and self.entities.actor(mention.key).kind not in (
                    "state", "government", "igo"
                ):
                    return value
        return None

    def _person_named_dead(self, sentence: Sentence) -> int | None:
        """ "shot dead Youth Wing President Jashowant Parida", "killed Mayor X": the one person
        named right after the death word."""
        for index in range(sentence.first, sentence.last - 1):
            word = self.norms[index]
            if word not in _KILLING_NAMED and word not in ("kills", "killing", "kill") and not (
                word == "dead" and index > sentence.first and self.norms[index - 1] == "shot"
            ):
                continue
            for after in range(index + 1, min(index + 8, sentence.last)):
                mention = self.entities.mention_at(after)
                if mention is not None and self.entities.actor(mention.key).kind == "person":
                    return 1
                if mention is None and not self.tokens[after].text[:1].isupper() and (
                    self.norms[after] not in _PERSON_TITLE_WORDS
                ):
                    break  # only the titles and names of one person ("Todonyang chief X")
        return None

    def _deaths_at(self, norms: list[str], index: int) -> int | None:
        if norms[index + 1 : index + 2] in (["and"], ["or"]) and (
            norms[index + 2 : index + 3] in (["wounded"], ["injured"])
        ):
            return None  # "100 were killed and wounded": the dead and the hurt together
        count = self._counted_deaths(norms, index)
        if count is None:
            return None
        if norms[index + 1 : index + 4] == ["as", "well", "as"]:
            more, _ = number_value(norms, index + 4)
            if more and more != count:  # (the count read after the word is that one)
                count += more  # "50 soldiers were killed as well as 7 rebels"
        # ACLED counts the attacker who died too: "the bomber and 4 soldiers were killed",
        # "killing herself and 3 traders", "84 were killed in addition to the bomber".
        window = norms[max(0, index - 12) : index + 6]
        pairs = set(pairwise(window))
        triples = zip(window, window[1:], window[2:], strict=False)
        if (pairs & _SELF_AND or norms[index + 1 : index + 4] == ["in", "addition", "to"]
                or _AND_THE_BOMBER.intersection(triples)) and not (
            "including" in window and pairs & THE_BOMBER
        ):  # ("killing four people including the bomber": counted in the four)
            count += 1
        return count

    def _counted_deaths(self, norms: list[str], index: int) -> int | None:
        word = norms[index]
        if index and norms[index - 1] == "no" and word in _TOLL_NOUNS:
            return 0  # "hospitalized for one week, but no fatalities were reported"
        if word == "dead" and index >= 3 and norms[index - 3] in ("leaving", "left") and (
            norms[index - 2] in ("a", "an", "one")
        ):
            return 1  # "clashed near Mweso, leaving a civilian dead"
        if word == "death" and norms[index + 1 : index + 2] == ["toll"]:
            # "the death toll later rose to 40", "the death toll stood at 12"
            for position in range(index + 2, min(len(norms) - 1, index + 8)):
                if norms[position] in (".", ";", ","):
                    break
                if norms[position] in ("to", "at"):
                    value, _ = number_value(norms, position + 1)
                    if value is not None:
                        return value
        if word == "dead" and norms[index - 1 : index] in (["a"], ["an"], ["the"]):
            # "abandoning a dead body": a body left, no count of the dead; "two residents
            # told Reuters the dead were civilians": the count before is of others
            return None
        if word == "dead" and index and norms[index - 1] not in (
            "shot", "found", "left", "shoot", "shoots"
        ) and (
            index + 1 >= len(norms) or norms[index + 1] not in ("a", "an", "one")
        ):
            return self._counted_before(norms, index)  # "12 dead", not "shot dead a man"
        # "killing 17 residents": the count follows (a number before it counts something
        # else: "attacked several villages, killing 17").
        follows = index + 1 < len(norms) and number_value(norms, index + 1)[0] is not None
        if follows and (word in ("killed", "killing", "kill", "kills") or (
            word == "dead" and norms[index - 1] in ("shot", "shoot", "shoots")
        )):
            return self._counted_after(norms, index)  # ("police shot dead 2 protesters")
        if word == "killing" and index and norms[index - 1] == "," and (
            norms[index + 1 : index + 2] in (["a"], ["an"], ["the"], ["one"])
        ):
            # "conducted at least 10 airstrikes ..., killing a child": its object, not the
            # strikes counted before
            return self._counted_after(norms, index)
        if word == "death" and index and norms[index - 1] == "to" and (
            follows or norms[index + 1 : index + 2] in (["a"], ["an"])
        ):
            return self._counted_after(norms, index)  # "hacked to death a chief and his aide"
        if word == "death" and norms[index - 2 : index] in (["him", "to"], ["her", "to"]):
            return 1  # "shot him to death"
        if word in ("killed", "killing", "kill") and norms[index + 1 : index + 2] in (
            ["him"], ["her"]
        ):
            # "after killing him"; "killing him and his son": one more, of his family
            return 2 if norms[index + 2 : index + 4] in (["and", "his"], ["and", "her"]) and (
                number_value(norms, index + 4)[0] is None) else 1
        if (word in ("killed", "kill", "kills") or word in _KILLING_NAMED) and (
            _active_with_object(norms, index)
        ):
            return self._counted_after(norms, index)  # "two men shot and killed a man": one
        if word in ("killing", "death", "deaths") and norms[index + 1 : index + 2] == ["of"]:
            value, length = number_value(norms, index + 2)
            if value is not None:
                # "resulted in the injury of 2 fighters and the killing of 1", "led to the
                # death of three Hezbollah members, and two civilians"
                return value + _more_after(norms, index + 2 + length)
            if norms[index + 2 : index + 3] in (["a"], ["an"]):
                return self._counted_after(norms, index)  # "the killing of a general and
                # three fighters", not a count before it ("attacked several officers")
        before = self._counted_before(norms, index)
        if before is not None:
            return before
        # "a farmer was killed", "beat a fellow student to death": one person; "a 64-year-old
        # man and a 47-year-old woman were killed": one each.
        were = index - 2 if norms[index - 2 : index] == ["were", "shot"] else index - 1
        if norms[were : were + 1] == ["were"]:  # (and "were shot dead")
            persons = self._persons_listed(norms, were)
            if persons:
                return persons
        clause = norms[max(0, index - 12) : index]
        if len(clause) >= 3 and clause[-1] == "and" and clause[-3] in ("was", "is", "found"):
            clause = clause[:-2]  # "a manager was shot and killed", "was found tortured and"
        if clause[-1:] in (["found"], ["shot"]):
            clause = clause[:-1]  # "was found dead", "a man was shot dead"
        singular = clause[-1:] in (["was"], ["is"], ["to"]) or word in ("died", "dies") or (
            clause[-2:] in (["has", "been"], ["had", "been"]))  # "has been found killed"
        if singular and ({"a", "an"} & set(clause) or clause[-2:-1] in (["he"], ["she"])):
            return 1  # ("He was shot dead after the police fired")
        if word == "killed" and clause[-2:-1] in (["a"], ["an"]) and clause[-1][:1].isalpha():
            return 1  # "A soldier killed in Kanyerus by a bomb" (a headline's participle)
        if word == "killed" and index == 1 and clause[-1][:1].isalpha() and (
            not clause[-1].endswith("s") and clause[-1] in CIVILIAN_WORDS | _ONE_ARMED_PERSON
        ):
            return 1  # "Officer killed at Kanyerus camp": a headline's one person
        if word in ("died", "dies") and clause[-1:] in (["he"], ["she"]):
            return 1  # "He died of his injuries"
        return self._counted_after(norms, index)

    @staticmethod
    def _persons_listed(norms: list[str], end: int) -> int:
        """How many people "a X and a Y" or "a X and his Y" names right before ``end`` (0 when
        it is no such list)."""
        start = end
        while start > 0 and end - start < 16 and norms[start - 1] not in _LIST_BOUNDARIES:
            start -= 1
        words = norms[start:end]
        if words[:1] not in (["a"], ["an"]):
            return 0
        joined = sum(1 for position, word in enumerate(words[:-1])
                     if word == "and" and words[position + 1] in ("a", "an", "his", "her"))
        return 1 + joined if joined else 0

    def _counted_before(self, norms: list[str], index: int) -> int | None:
        if _ANIMALS.intersection(norms[max(0, index - 2) : index]):
            return None  # "burnt huts and animals killed": the dead are animals
        # Before the death word: "5 militants were killed", "4 soldiers and 6 assailants
        # were killed" (a sum), "12 dead"; "between 18 and 25" is a range (ACLED takes the
        # lower figure); "10 jawans and their driver" adds one.
        total = 0
        first_count = None
        found = False
        counted = index  # where the latest count summed stands
        position = index - 1
        # "At least four militants hailing from ... (TTP) were killed": a count that opens
        # the sentence as its subject reaches a passive death word further on
        # (also through "were shot and killed")
        passive = norms[index - 1 : index] in (["were"], ["was"]) or (
            norms[index - 3 : index - 2] in (["were"], ["was"]) and norms[index - 1] == "and"
        ) or norms[index - 2 : index + 1] in (["were", "shot", "dead"], ["was", "shot", "dead"])
        reach = 25 if passive else 14
        while position >= 0 and index - position <= reach:
            if index - position > 14 and not _opens_clause(norms, position):
                position -= 1
                continue
            value, length = number_value(norms, position)
            if value is not None and _animals_counted(
                norms[position + length : position + length + 3]
            ):
                value = None  # "32 sheep were killed": ACLED counts people
            elif value is not None and _AGE.intersection(
                norms[position + length : position + length + 2]
            ) and number_value(norms, position + length)[0] is None:
                # "a 47-year-old woman", "a 12 year old girl": an age ("2 eight year old boys":
                # two, each eight)
                value = None
            elif value is not None and norms[position + length : position + length + 1] in (
                ["days"], ["weeks"], ["hours"], ["minutes"], ["times"]
            ):
                # "Two days later, ... in relation to the officer's death": a time; "shot
                # several times and killed": how often, not how many
                value = None
            elif (position and norms[position - 1] == "-") or _glued_letter(
                norms[position + length : position + length + 1]
            ):
                value = None  # "MS-13 gang members", "M-23", "One 3R rebel": a name's number
            elif (position and norms[position - 1] == "no" and norms[position] == "one") or (
                norms[position] == "nobody"
            ):
                value, length = 0, 1  # "no one was killed", "nobody was killed"
            if value is not None and length and position + length <= index:
                between = norms[position + length : index]
                if norms[index] == "dead" and between[-1:] == ["shot"]:
                    between = between[:-1]  # "were shot dead": one harm, the death
                if any(w in INJURY_WORDS or w in (".", ";") or w in DEATH_WORDS
                       for w in between):
                    break  # (the count of other harm, or of a death told before)
                if found and not _CLAUSE_VERBS.isdisjoint(norms[position + length : counted]):
                    break  # "Several houses were burned and 2 people were killed": its own clause
                if position > 0 and norms[position - 1] == "between":
                    return value
                if position > 1 and norms[position - 1] == "to" and (
                    (lower := number_value(norms, position - 2)[0]) is not None
                ):
                    return lower  # "between 2 to 4 members were killed": the lower figure
                if between[:2] in (["of", "them"], ["of", "whom"], ["of", "those"]):
                    return value  # "two soldiers were shot, and one of them died": a part
                if "including" in between:
                    between = between[: between.index("including")]  # (those are among them)
                if first_count is None and _ONE_MORE.intersection(
                    pairwise(between)
                ):
                    total += 1
                first_count = value
                total += value
                found, counted = True, position
                if position > 0 and norms[position - 1] == "including":
                    # "12 militants including 2 commanders were killed": the 2 are among the
                    # 12; the count before "including" is the toll
                    total, first_count, found = 0, None, False
                # Keep summing only across "and"/"," joined counts.
                elif position > 0 and norms[position - 1] not in ("and", ","):
                    break
                elif norms[position - 1] == "and" and _one_named_before(norms, position - 1):
                    total += 1  # "a soldier and three civilians were killed"
                    break
            position -= 1
        return total if found else None

    def _counted_after(self, norms: list[str], index: int) -> int | None:
        word = norms[index]
        # After it: "killed five civilians", "killing a commander", "death toll of 20".
        for start in range(index + 1, min(len(norms), index + 5)):
            if norms[start] in _NOT_THE_DEAD:
                break  # "killed by a truck", "killed during an overnight raid": no toll
            if norms[start : start + 3] == ["a", "total", "of"]:
                continue  # "killed a total of 12 villagers": the count after it
            value, length = number_value(norms, start)
            if value is not None:
                following = norms[start + length : start + length + 2]
                if _animals_counted(norms[start + length : start + length + 3]):
                    return None  # "killed six cows": ACLED counts people
                if following[:1] and (following[0] in INJURY_WORDS or (
                    following[0] not in ("and", ",") and following[1:] and following[1] in INJURY_WORDS
                )):
                    return None  # "killed 3 injured", "shot dead and three others injured"
                if norms[start - 1] == "between":
                    return value  # "between 100 and 200": ACLED takes the lower figure
                return value + _more_after(norms, start + length)
            if norms[start] in ("the", "his", "her", "their") and start == index + 1 and (
                (listed := _persons_after(norms, start)) > 1
            ):
                return listed  # "killed the chief, his wife, his son and his two brothers"
            if norms[start] in ("a", "an", "one") and word in (
                "death",
                "killed",
                "killing",
                "kill",
                "kills",
                "lynched",
                "executed",
                "assassinated",
                "beheaded",
                "dead",
                "murdered",
                "lynch",
                "lynches",
                "behead",
                "beheads",
                "assassinate",
                "assassinates",
            ):
                if norms[start + 1] in _UNTOLD and norms[start + 2 : start + 3] == ["number"]:
                    return None  # "killing an unknown number of militants": no count
                if norms[start + 1 : start + 3] == ["family", "of"] and (
                    (members := number_value(norms, start + 3)[0]) is not None
                ):
                    return members  # "killed a family of four"
                # "killed a social leader and his son": two; "a woman and two of her sons":
                # three; "a teacher, his wife and their three children": five.
                listed = _persons_after(norms, start)
                if listed > 1:
                    return listed
                # (quotation marks skipped: "the killing of a RRR 'general' and three fighters")
                kept = [position for position in range(start + 1, min(len(norms), start + 9))
                        if norms[position] not in _QUOTES][:6]
                following = [norms[position] for position in kept]
                joint = next((offset for offset in range(3) if _joining(following, offset)), None)
                if joint is not None:
                    after_and = kept[joint] + _joining(following, joint)
                    value, _ = number_value(norms, after_and) if after_and < len(norms) else (
                        None, 0
                    )
                    if value is not None:
                        return 1 + value
                more = _ONE_MORE.intersection(pairwise(following))
                return 2 if more else 1
            if start == index + 1 and norms[start] in ("the", "his", "her", "their") and word in (
                "killed", "killing", "kill", "kills", "executed", "beheaded"
            ):
                listed = _persons_after(norms, start)
                if listed:
                    return listed  # "killed the chief, his wife, his son and his two brothers"
                following = norms[start + 1 : start + 4]
                if following[:1] and following[0].isalpha() and not _plural(following[0]) and (
                    following[1:2] == ["and"]
                ) and (joined := number_value(norms, start + 3))[0] is not None:
                    # "killing the driver and two passengers": the one, and those counted
                    count, length = joined
                    return 1 + (count or 0) + _more_after(norms, start + 3 + length)
                if following[:1] and following[0].isalpha() and not _plural(following[0]) and (
                    following[1:2] != ["and"] or following[2:3] == [] or not (
                        following[2] in _LISTED_PERSON
                        or number_value(following, 2)[0] is not None)
                ):
                    return 1  # "killing the driver (and stealing goods)", not "the chief and
                    # his wife" (a list, read above)
        if word in ("lynched", "assassinated", "beheaded", "executed", "murdered") and not (
            _plural(norms[index + 1]) if index + 1 < len(norms) else False
        ):
            return 1  # (not "beheaded civilians": how many, untold)
        if word in _PRESENT_KILLING and _one_named_after(norms, index):
            return 1  # a headline's "Drone strike kills al Shabaab commander"
        return None


# A headline's present tense of killing, its victim named after it
_PRESENT_KILLING = frozenset({"kills", "lynches", "executes", "beheads", "murders", "kill",
                              "lynch", "execute", "behead", "murder"})


def _one_named_after(norms: list[str], index: int) -> bool:
    """Whether the words after a verb name one person: a noun phrase whose head, before a
    preposition or the clause's end, is singular ("kills al Shabaab commander in Jilib",
    "lynches suspected thief"; not "kills Kenyan soldiers")."""
    head = None
    for word in norms[index + 1 : index + 6]:
        if not word.isalpha() or word in FUNCTION_WORDS:
            break
        head = word
    return head is not None and not _plural(head)


# The words that open each person of a listed victims ("the chief, his wife and a guard").
_LISTED_PERSON = frozenset({"the", "his", "her", "their", "a", "an"})


def _opens_clause(norms: list[str], position: int) -> bool:
    """Whether a count opens the sentence or the clause after its dateline ("On 23 May,
    at least four militants ...")."""
    if norms[max(0, position - 2) : position] == ["at", "least"]:
        position -= 2
    return position == 0 or norms[position - 1] == ","


def _persons_after(norms: list[str], start: int) -> int:
    """How many people a list of noun phrases names ("the chief, his wife, his son and his
    two brothers-in-law": five; "a teacher, his wife and their three children": five); 0 when
    the words are no such list (a list of several closes with "and")."""
    count, position, items, joined = 0, start, 0, False
    while position < len(norms) and items < 8:
        if norms[position] not in _LISTED_PERSON:
            return 0
        value, length = number_value(norms, position + 1)
        position += 1 + length
        head = position
        while position < len(norms) and (norms[position].isalpha() or norms[position] == "-") and (
            norms[position] not in ("and", "in", "on", "at", "near", "after", "when", "while",
                                    "before", "during", "of", "by", "with", "as")
        ):
            head = position
            position += 1
        if head >= len(norms):
            return 0  # "killed the" and nothing after it
        if value is None and _plural(norms[head]):
            return 0  # "killed the militants": how many, untold
        if norms[position : position + 1] == ["of"]:
            # "the mayor of the Cocho-Toulou district and his accountant": whose mayor
            end = position + 1
            while end < min(len(norms), position + 7) and (
                norms[end].isalpha() or norms[end] == "-") and norms[end] != "and":
                end += 1
            if norms[end : end + 1] in ([","], ["and"]):
                position = end
        count += value if value is not None else 1
        if position + 1 < len(norms) and norms[position] in (",", "and"):
            position += 1
            if norms[position - 1] == "and" or norms[position] == "and":
                joined = True
                position += norms[position] == "and"
            items += 1
            continue
        break
    return count if joined or not items else 0


def _plural(noun: str) -> bool:
    return (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))) or noun in (
        "men", "women", "children", "people", "police")


def _outside_brackets(words: list[str]) -> list[str]:
    """The words not in a closed bracket: "(sources are not clear) shot and killed" denies
    nothing."""
    if ")" not in words:
        return words
    inside = _bracketed(words)
    return [word for index, word in enumerate(words) if index not in inside]


def _bracketed(words: list[str]) -> set[int]:
    """The positions of the words in closed brackets, the brackets included."""
    inside: set[int] = set()
    opened: int | None = None
    for index, word in enumerate(words):
        if word == "(":
            opened = index
        elif word == ")" and opened is not None:
            inside.update(range(opened, index + 1))
            opened = None
    return inside


_VEHICLES = frozenset("truck lorry car vehicle bus train motorbike motorcycle tractor".split())


def _run_over(norms: list[str], index: int) -> bool:
    """ "killed by a speeding truck", "hit by a car", "killed when a bus hit the cycle": a
    road accident, no one's violence."""
    following = norms[index : index + 5]
    return following[:1] in (["by"], ["when"]) and following[1:2] in (
        ["a"], ["an"], ["the"]
    ) and bool(_VEHICLES.intersection(following[2:5]))


_AGE = frozenset({"year", "years", "month", "months"})


def _vehicle_did(norms: list[str], first: int) -> bool:
    """Whether a vehicle is the subject of the verb at ``first`` ("a bus hit her bicycle"), not
    the object of a preposition ("gunmen on a motorcycle shot")."""
    return first >= 2 and norms[first - 1] in _VEHICLES and not {
        "on", "in", "by", "from", "with", "inside", "aboard", "to", "under"}.intersection(
        norms[max(0, first - 4) : first - 1])  # ("a bomb attached to a motorcycle exploded")


_LIST_BOUNDARIES = frozenset({".", ";", ",", "when", "after", "as", "that", "while"})
def _animals_counted(words: list[str]) -> bool:
    """Whether the words after a count name animals ("32 sheep", "six cows", "200 heads of
    cattle"), not people named after them ("two suspected cattle rustlers")."""
    return not _ANIMALS.isdisjoint(words) and _ANIMAL_PEOPLE.isdisjoint(words)


_ANIMAL_PEOPLE = frozenset("rustlers rustler herders herder thieves thief traders trader "
                           "owners owner keepers breeders farmers".split())
_ANIMALS = frozenset("sheep goats goat cattle cows cow camels camel livestock animals donkeys "
                     "horses dogs chickens pigs heads".split())


# Words that add people to those counted, as "and" does: "a council member in addition to 3
# of his guards", "a chief along with two of his sons".
_JOINING = (("and",), ("as", "well", "as"), ("along", "with"), ("together", "with"),
            ("in", "addition", "to"), ("plus",))


def _joining(norms: list[str], position: int) -> int:
    """The length of a joining phrase at ``position`` (see `_JOINING`), or 0."""
    for phrase in _JOINING:
        if tuple(norms[position : position + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _more_after(norms: list[str], index: int) -> int:
    """ "killing three soldiers and a passer-by", "killing 12 villagers and two soldiers": the
    dead joined to a count by "and" (or "in addition to", "along with": `_JOINING`)."""
    for position in range(index, min(len(norms) - 1, index + 4)):
        word = norms[position]
        joint = _joining(norms, position)
        if joint:
            added = position + joint  # the first word after the joining phrase
            if INJURY_WORDS.intersection(norms[added : added + 7]):
                return 0  # "killing at least 4 and seven were wounded": the hurt, not the dead
            if added >= len(norms):
                return 0
            if norms[added] in ("a", "an", "one"):
                return 1
            value, length = number_value(norms, added)
            told = norms[added + length : added + length + 2]
            if told[:1] in (["were"], ["was"]) and not DEATH_WORDS.intersection(told[1:]):
                return 0  # "killed 5 militants and 8 were captured": a count of its own
            return value or 0
        if not word.isalpha() and not (word == "," and norms[position + 1] == "and"):
            return 0  # (", and two civilians": a serial comma goes on counting)
    return 0


# What a protest is about, before a death word: the death is its cause, not its toll.
PROTEST_CAUSES = frozenset({"following", "over", "for", "after", "protesting", "demanding",
                             "against", "mourning", "demand", "justice", "denounce",
                             "denouncing", "condemn", "condemning", "protest", "protested",
                             "decry", "decrying", "decried", "mourn", "demanded", "wake",
                             # what a crowd remembers: "to mark a massacre"
                             "mark", "marking", "commemorate", "commemorating", "remember",
                             # "the protest was sparked by the killing of a farmer"
                             "sparked", "triggered", "prompted"})


def release_demanded(norms: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` tells who a crowd demands freed ("demand the release of
    protesters from Jujuy who were detained in mass arrests"): what it protests."""
    window = norms[max(0, index - 10) : index]
    if "." in window:
        window = window[len(window) - window[::-1].index(".") :]
    return any(pair in (("release", "of"), ("freedom", "of")) for pair in pairwise(window))


# A death named as what came before ("after the killing of", "over the death of"): another
# event's toll.
_DEATH_NOUNS = frozenset({"killing", "killings", "death", "deaths", "murder", "murders"})
_EARLIER_DEATH = frozenset({"following", "after", "over", "avenge", "avenging", "revenge",
                            "retaliation", "protesting", "mourning"})
def _died_before(norms: list[str], index: int) -> bool:
    """Whether a death is told in a clause of what came before the act ("after a villager
    died in custody", "following the death"), not as its outcome."""
    for position in range(max(0, index - 5), index):
        if norms[position] in ("after", "following") and norms[position + 1 : position + 2] in (
            ["a"], ["an"], ["the"], ["his"], ["her"], ["their"], ["one"]
        ):
            return not _CLAUSE_BREAKS.intersection(norms[position + 1 : index])
    return False


_CLAUSE_BREAKS = frozenset({",", ";", ".", "and"})
# Dying is no event of its own ("43 civilians died"): a toll, counted by `fatalities`.
_DYING = frozenset({"die", "died", "dies", "dying", "perished", "perish", "succumbed"})
# Words that open a clause of what moved a crowd, however far back.
_CAUSE_CLAUSES = frozenset({"after", "following"})
# Actor kinds of people no organisation arms: a crowd, not an armed group
UNORGANISED_KINDS = frozenset({"rioters", "civilians", "protesters"})
# How far back (in tokens) "they" and "them" look for the group they count.
_ANTECEDENT_REACH = 60


def crowds_cause(norms: list[str], index: int) -> bool:
    """Whether the word at ``index`` of a sentence's words is told as what moved a crowd:
    "protesting the killing of a teenager", "set a bus on fire, after a seven-year-old girl
    was killed" (the clause that "after" opens reaches further)."""
    clause = norms[max(0, index - 18) : index]
    boundaries = [p for p, word in enumerate(clause) if word in (",", ";", ".")]
    for number in range(len(boundaries) - 1, -1, -1):
        position = boundaries[number]
        opened = boundaries[number - 1] + 1 if number else 0
        if clause[position] == "," and number == len(boundaries) - 1 and {"who", "which"} & set(
            clause[opened:position]
        ):
            continue  # "after a man who was arrested, died": the comma closes "who ..."
        clause = clause[position + 1 :]
        break
    cause = next((position for position in range(len(clause) - 1, -1, -1)
                  if clause[position] in PROTEST_CAUSES), None)
    # ("protesting the death of a motorcycle mechanic who was murdered": the death noun the
    # crowd protested, and the words that describe its victim)
    return (cause is not None and (cause >= len(clause) - 8 or not _DEATH_NOUNS.isdisjoint(
        clause[cause + 1 : cause + 4]))) or bool(_CAUSE_CLAUSES.intersection(clause))


def _active_with_object(norms: list[str], index: int) -> bool:
    """Whether a death verb is active with its object after it ("two men shot and killed a
    man"): the number before it counts the killers, not the dead."""
    if norms[index + 1 : index + 2] not in (["a"], ["an"], ["one"]) and not (
        # "8 militiamen attacked and beheaded civilians": the dead named after, uncounted
        norms[index] in _KILLING_NAMED and norms[index + 1 : index + 2] != []
        and norms[index + 1] in CIVILIAN_WORDS
    ):
        return False
    before = index - 1
    if before >= 1 and norms[before] == "and":
        before -= 1  # "shot and killed"
        if not (norms[before].endswith("ed") or norms[before] in ("shot", "hit", "beat")):
            return False
    return before >= 1 and norms[before - 1] not in PASSIVE_AUX and norms[before] not in (
        PASSIVE_AUX)


_CLAUSE_VERBS = frozenset({"was", "were", "had", "have", "has"})
_PARTITIVES = frozenset({"group", "of", "number", "delegation", "members", "some", "several"})
_STANCES = frozenset({"opposed", "committed", "dedicated", "devoted"})


def _running_total(norms: list[str]) -> bool:
    """"More than 12,000 people have been killed since the war began" (or "so far",
    "according to a tally"): a running total over months or years, background to the news,
    not an event."""
    if not {"has", "have"} & set(norms):
        return False
    if "tally" in norms or "cumulative" in norms or any(
        pair in (("so", "far"), ("to", "date")) for pair in pairwise(norms)
    ):
        return True  # "have been killed, according to an AFP tally", "so far"
    if "since" not in norms:
        return False
    since = norms.index("since")
    after = norms[since + 1 : since + 6]
    return any(
        (word.isdigit() and len(word) == 4) or word in _BEGINNINGS for word in after
    )


_BEGINNINGS = frozenset({"began", "begun", "beginning", "start", "started", "outbreak", "onset",
                         "takeover", "coup", "invasion", "uprising", "revolution", "war",
                         "conflict", "insurgency", "independence"})


def _past_or_ing(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in IRREGULAR_PAST


# "... and his son", "... and their driver": one more person in a list of the dead.
_ONE_MORE = frozenset(("and", det) for det in ("a", "an", "his", "her", "their", "its", "the"))
# "the bomber and 4 soldiers", "in addition to the bomber", "including the bombers": the
# bomber told with the toll (counted in it or not, as the toll says)
THE_BOMBER = frozenset(("the", word) for word in ("bomber", "bombers", "attacker", "attackers"))
# "killing 5 soldiers and the bomber"
_AND_THE_BOMBER = frozenset(("and", "the", word) for word in ("bomber", "attacker"))
# ("a suicide bomber detonated herself ..., and killed nine civilians", "blew himself up,
# killing five": a toll without the bomber, whom the bombing's coding adds)
_SELF_AND = frozenset({("bomber", "and"), ("himself", "and"), ("herself", "and"),
                       ("and", "himself"), ("and", "herself"), ("including", "himself")})


# Verbs that make a noun event happen ("agreed a ceasefire", "held talks", "signed a deal").
_GOVERNING = frozenset(
    ["agree", "agreed", "agrees", "reach", "reached", "reaches", "sign", "signed", "signs", "declare", "declared", "declares", "decree", "decreed", "decrees", "announce", "announced", "announces", "broker", "brokered", "accept", "accepted", "hold", "held", "holds", "began", "begin", "begins", "resume", "resumed", "resumes", "start", "started", "starts", "open", "opened", "opens", "conclude", "concluded", "implement", "implemented", "enter", "entered", "extend", "extended", "violate", "violated", "violates", "breach", "breached", "breaches", "stage", "staged", "organise", "organised", "organize", "organized", "form", "formed", "forms", "launch", "launched", "launches",
     # a thing found ("discovered a mass grave")
     "discovered", "found", "uncovered", "unearthed", "exhumed"]
)
# Or a verb after it ("the ceasefire took effect", "talks began", "clashes erupted").
_HAPPENING = frozenset(
    ["took", "began", "begun", "started", "erupted", "broke", "resumed", "continued", "ended", "collapsed", "held", "came", "killed", "left", "reported"]
)

# Verbs whose subject undergoes the event named by their object.
_SUFFERING = frozenset(
    ["face", "faces", "facing", "faced", "suffer", "suffers", "suffering", "suffered", "endure", "endured", "endures", "under", "withstand", "withstood", "survive", "survived", "died", "dies", "die", "subjected"]
)
# Frequent verbs that the CAMEO dictionary codes by default but that rarely report an event
# on their own ("face", "need", "help"): coded only through one of their patterns.
WEAK_VERBS = frozenset(
    ["face", "need", "help", "aid", "make", "take", "give", "get", "have", "go", "come", "put", "see", "say", "tell", "ask", "call", "press", "determine", "determined", "select", "show", "find", "keep", "bring", "set", "run", "turn", "move", "use",
     "struggle"]  # ("many of whom are still struggling": hardship, no fight)
)

# Words that follow a verb, not a noun, after a clause's subject ("Ethiopia act on").
_AFTER_BASE_VERB = frozenset("on with against for over that the a an outside near dead".split())
# Adverbs that come between an auxiliary and its verb ("has again appealed").
_ADVERBS = frozenset(
    "again also already even ever just never not now often once soon still then yet".split()
)
_COMMISSIVE = frozenset(
    """agree agreed agrees decide decided decides plan plans planned intend intends intended
    promise promised promises pledge pledged pledges vow vowed vows offer offered offers
    prepare prepared ready willing threaten threatened threatens aim aims aimed hope hopes
    hoped want wants wanted seek seeks sought""".split()
)
_ACCUSING = frozenset("accused accuses accusing blamed blames blaming".split())
# Participles whose "by" phrase names an ally of the one who acts, not the doer.
_ALLIED_BY = frozenset("supported backed assisted aided accompanied reinforced escorted "
                       "joined".split())
_IMPLICATIVE = frozenset(
    "managed managing manages went began begun begins started starts continued continues "
    "proceeded used tried "
    # "led to firing", "resorted to shelling", "due to shelling": "to" before a noun
    "led leading leads resorted resorting due owing".split()
)
# An accident kills without a perpetrator: not a political event.
ACCIDENTS = frozenset(
    "crash crashed crashes accident accidents earthquake quake flood floods storm collision "
    "collided drowned landslide frost drought cyclone hurricane wildfire locusts".split()
)


def _pit_collapsed(norms: list[str]) -> bool:
    """ "the jade mine collapsed, killing 50 miners": a mine's or a pit's collapse."""
    return any(word in ("mine", "pit", "shaft") and norms[index + 1 : index + 2] in (
        ["collapsed"], ["collapse"], ["collapses"]) for index, word in enumerate(norms))


# Verbs of fighting an attack off: "the attack was repelled by troops"
REPELLED = frozenset({"repelled", "repulsed", "foiled", "thwarted"})
# ... and their other forms: whose subject was the target of the attack they govern
# ("repulsed their attack")
_REPELLING = REPELLED | {"resisted", "repulse", "repel", "foil", "thwart", "resist", "repulsing",
                         "repelling"}
# Words that end a reduced relative clause's reach or open a clause of their own
_RELATIVE_BREAKS = frozenset({"who", "which", "that", "and", "but", ",", ";", ":", "(", "-",
                              "after", "before", "when", "while", "as"})  # (dashes fold to "-")
# A verb and the particle that gives it another sense than the dictionary's: "militants
# hailing from the TTP" come from it (no acclaim), "a riot broke out" began (nothing broken).
_OTHER_SENSE = frozenset(
    [(form, "from") for form in ("hail", "hails", "hailed", "hailing")]
    + [(form, "out") for form in ("break", "breaks", "broke", "breaking")]
    # "another battle took place": it happened, no one took anything
    + [(form, "place") for form in ("take", "takes", "took", "taken", "taking")]
)
# Words that open a phrase after a noun which describes it ("fighters loyal to Y").
# ... and where a force is ("the military stationed in the monastery"), which may run longer
_PLACED = frozenset("stationed deployed positioned posted garrisoned based".split())
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which"})
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "(", ")"})
_THERE_WAS = frozenset({("there", "was"), ("there", "were"), ("there", "had")})
# Words that may stand before a clause's subject ("Suspected Al Shabaab militants plant IED")
_SUBJECT_LEAD_INS = frozenset("the a an suspected alleged unidentified unknown armed".split())
_POSTMODIFIERS = frozenset(
    "loyal backed led supported allied aligned linked affiliated close including".split()
) | _PLACED
# Words after a death word that open what is not its toll: the doer, the time, the event
_NOT_THE_DEAD = frozenset({"by", "during", "in", "on", "near", "while", "when", "after",
                           "before", "amid", "amidst", "since"})
_RECOVERED = frozenset({"stolen", "rustled", "looted", "taken"})
# Words that tie men to a group: "linked to", "belonging to", "affiliated with"
_AFFILIATING = frozenset("linked affiliated belong belonging belongs allied aligned loyal "
                         "associated".split())
_HEARSAY = frozenset({"believed", "thought", "suspected", "alleged", "reported", "said"})
_NOT_PARTICIPLES = frozenset({"during", "according", "including", "notwithstanding"})
_GENERIC_HEADS = frozenset({"anyone", "anybody"})
# Words between an event noun and its sides ("clashes took place between", "fighting broke
# out between")
_OCCURRED = frozenset({"took", "place", "erupted", "broke", "out", "occurred", "continued",
                       "ensued", "flared", "reportedly", "also", "again", "resumed",
                       # "clashes suspected to be between"
                       "suspected", "believed", "thought", "to", "be"})
_CALLING = frozenset({"call", "calls", "called", "calling"})


def _called_for(words: list[str]) -> bool:
    """Whether words end a call for something ("called for a nationwide"): the call, then
    only the words of one noun phrase."""
    for index in range(len(words) - 1, 0, -1):
        if words[index] == "for" and words[index - 1] in _CALLING:
            return True
        if words[index] in ("and", ",", "or") or words[index].endswith("ed"):
            return False
    return False


_SUSPECTING = frozenset({"suspected", "accused", "alleged", "believed", "thought"})


def _suspected_of(norms: list[str], index: int) -> bool:
    """Whether a death word tells what someone is suspected of ("a man who was suspected to
    have murdered a child", "accused of killing two traders"): an accusation, no death of
    this event."""
    for length in (1, 2):  # "suspected of", "suspected to have", "accused of having"
        suspecting = index - length - 1
        if suspecting < 1 or norms[suspecting] not in _SUSPECTING or (
            norms[suspecting + 1 : index] not in (["of"], ["to", "have"], ["of", "having"])
        ):
            continue
        # a description of someone ("a man accused of killing", "who was suspected to
        # have murdered"), not the note's own report ("pastoralists are accused of killing")
        return norms[suspecting - 1] not in PASSIVE_AUX or "who" in norms[
            max(0, suspecting - 4) : suspecting]
    return False


_BASE_DEATH_VERBS = frozenset({"kill", "lynch", "behead"})
_TRYING = frozenset({"attempted", "tried", "attempting", "trying"})


def _glued_letter(following: list[str]) -> bool:
    """Whether a number is followed by a lone letter, as in a name the tokenizer split
    ("3R" as "3", "r"): no count."""
    return bool(following) and len(following[0]) == 1 and following[0].isalpha() and (
        following[0] not in ("a", "i"))


_BE = PASSIVE_AUX - {"get", "got"}  # the forms of "be"
# What a crowd gathers to do that makes its gathering a protest ("gathered to urge the UN")
_DEMANDING_VERBS = frozenset("demand urge denounce condemn call protest press voice oppose "
                             "reject express".split())
_PREVENTING = frozenset("prevented prevent prevents preventing stopped stop stops stopping "
                        "barred deterred dissuaded kept blocked".split())
_FIRED_VERBS = frozenset({"fired", "fire", "fires", "firing", "threw", "throw", "throws",
                          "hurled", "lobbed", "launched"})
_AIMS = frozenset("attempt attempted attempting tried trying try plan planned planning plot "
                  "plotted threatened threatening vowed wanted intended aimed sought".split())


def _aimed_at(norms: list[str], index: int) -> bool:
    """Whether a base-form death verb is what someone meant to do ("in an attempt to ... and
    lynch them", "threatened to kill"), in its clause."""
    for position in range(index - 1, max(0, index - 12) - 1, -1):
        word = norms[position]
        if word in (".", ";"):
            return False
        if word == "to" and position and norms[position - 1] in _AIMS:
            return True
    return False


_PERSON_TITLE_WORDS = person_title_words()
_KILLING_NAMED = frozenset({"killed", "assassinated", "executed", "murdered", "lynched",
                            "beheaded", "assassinate", "assassinates"})
_SERVICE_DEAD = frozenset("soldiers soldier troops men fighters policemen officers members "
                          "gendarmes militants".split())
_BURNED_ALIVE = frozenset({"burned", "burnt", "burn", "burns", "burning", "buried"})
_HARMING = frozenset({"killing", "wounding", "injuring"})


def _forceful_told(found: list[_Found]) -> bool:
    """Whether the act a participle of consequence follows is forceful: the latest found, or
    the one before it when the latest is a word of its object's ("opened fire on protesters
    demanding the departure of the SDF, injuring three")."""
    if found[-1].cameo[:2] in _FORCEFUL_ROOTS:
        return True
    return len(found) > 1 and found[-1].cameo[:2] in _SAYING_ROOTS and (
        found[-2].cameo[:2] in _FORCEFUL_ROOTS)


_SAYING_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_CONSEQUENCE_BREAKS = frozenset({".", ";", ",", "and", "but", "who", "which", "that", "while",
                                 "after", "when", "as", "before"})
_CONSEQUENCES = frozenset(
    [
        "killing",
        "leaving",
        "wounding",
        "injuring",
        "destroying",
        "damaging",
        "forcing",
        "displacing",
    ]
)

# Words after which a participle before a noun qualifies it ("of wounded soldiers").
_HEDGING_PARTICIPLES = frozenset({"suspected", "alleged", "presumed", "purported", "reported"})
_BEFORE_ADJECTIVE = frozenset({"of", "for", "with", "among", "to", "on", "from", "several",
                               "many", "dozens", "hundreds", "some", "other"})
_PREPOSITIONS = frozenset({"of", "for", "with", "among", "from"})
_POSSIBLE = frozenset({"could", "would", "might", "may"})
_DENYING = frozenset({"denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed",
                      "dismisses", "refuted", "refutes", "disputed"})
_CLAIM_NOUNS = frozenset({"report", "reports", "claim", "claims", "accusation", "accusations",
                          "allegation", "allegations", "suggestion", "suggestions", "charge",
                          "charges", "assertion", "assertions", "rumours", "rumors"})
# What a crowd gathers to do when it demonstrates.
_PROTEST_PURPOSES = frozenset({"demand", "protest", "denounce", "condemn", "oppose", "decry",
                               "press", "call", "demonstrate", "rally", "voice", "express"})
_FORCES = frozenset({"military", "police"})
_MUTUAL_ACTS = frozenset({"fought", "fight", "fighting", "battled", "battle", "skirmished"})
# What a crowd burns to make a point, harming no one's property
SYMBOLS = frozenset("effigy effigies dummy dummies coffin coffins flag flags poster posters "
                    "portrait portraits picture pictures photo photos photographs image images "
                    "copies".split())
# Verbs of a relative clause telling who someone is by a gathering they joined ("a man who
# participated in the 2018 demonstrations")
TOOK_PART = frozenset({"participated", "joined", "attended", "took", "led", "organised",
                        "organized"})
# Nouns of a crowd's gathering ("a pro-Israel rally")
_GATHERING_NOUNS = frozenset("protest protests rally rallies demonstration demonstrations march "
                             "marches sit-in vigil vigils gathering picket pickets procession "
                             "processions".split())
_PROTESTING_CROWDS = frozenset({"demonstrators", "protesters", "protestors", "marchers"})
# CAMEO roots of a crowd's purpose that is its protest: demanding, disapproving, rejecting,
# threatening, protesting
_PROTEST_ROOTS = frozenset({"10", "11", "12", "13", "14"})
# Verbs by which someone else wants an act done ("urged protesters to reject")
_DIRECTIVE = frozenset(
    "asked called told urged ordered forced allowed permitted encouraged invited instructed "
    "compelled persuaded prevented refused failed expected".split()
)
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "constitutes", "constitute"})
_PROTESTING = frozenset({"demanding", "protesting", "denouncing", "condemning", "opposing",
                         "decrying", "chanting", "calling"})
_DEMONSTRATIONS = frozenset({"demonstration", "protest", "rally", "march", "vigil"})
_GATHERING = frozenset({"gathered", "rallied", "marched", "assembled", "converged", "massed",
                        "poured", "thronged", "streets", "drove", "walked", "went", "came",
                        "travelled", "traveled", "rode", "returned",
                        # a walkout or a blockade done to protest ("Traders shut shops in
                        # Onitsha to protest multiple taxation")
                        "shut", "closed", "blocked", "block", "barricaded", "downed",
                        "boycotted", "staged", "gather", "march"})
_TELLING = frozenset({"told", "tell", "tells", "telling", "informed", "assured"})
_CLAUSE_BOUNDARIES = frozenset(
    [
        ";",
        ":",
        '"',
        "while",
        "whereas",
        "but",
        "as",
        "when",
        "after",
        "before",
        "which",
        "who",
        "where",
        "unless",
        "if",
        "whether",
        "although",
        "though",
        "because",
        "since",
        "so",
    ]
)




def _nearest_before(norms: list[str], index: int, word: str, reach: int = 3) -> int | None:
    """The position of ``word`` at most ``reach`` words before ``index``, the nearest."""
    return next((position for position in range(index - 1, max(-1, index - reach - 1), -1)
                 if norms[position] == word), None)


def _coded_apart(norms: list[str], index: int) -> bool:
    """Whether an ACLED analyst's remark after a death says it is another event's: "(coded
    separately)", "(coded as a separate event)"."""
    after = norms[index + 1 : index + 14]
    return "coded" in after and ("separately" in after or "separate" in after)


def _for_doing(norms: list[str], index: int) -> bool:
    """Whether the harm word at ``index`` tells why someone was punished: "for (allegedly)
    killing", "for having killed", "in connection with the killing"."""
    if "connection" in norms[max(0, index - 4) : index - 1] and "with" in norms[index - 3 : index]:
        return True  # "a warrant for his arrest in connection with the killing of a smuggler"
    reason = _nearest_before(norms, index, "for")
    return reason is not None and _REASON_HEDGES.issuperset(norms[reason + 1 : index]) and (
        norms[index].endswith("ing") or norms[index - 1] == "having"
    )


_REASON_HEDGES = frozenset({"allegedly", "reportedly", "supposedly", "apparently", "having"})


def _one_persons_death(norms: list[str], index: int) -> bool:
    """Whether "died" is said of one person told by a pronoun or as the victim ("he later
    died", "the victim died of his wounds", "the man died on his way to hospital"), also
    when it is coordinated with what the clause told of him first ("where he remained in a
    coma ... and eventually died")."""
    for position in range(index - 1, max(-1, index - 8), -1):
        word = norms[position]
        if word in ("he", "she") or (word == "victim" and norms[position - 1] == "the"):
            return True
        if word in (",", ";", ".", "who", "and") and position < index - 1 and not (
            word == "and" and norms[position - 1] in INJURY_WORDS
        ):
            break
    position = index - 1
    while position >= 0 and (norms[position] in _ADVERBS_OF_TIME or norms[position].endswith("ly")):
        position -= 1  # "the officer later died"
    if position <= 0:
        return False
    if norms[position] == "and":
        start = position
        while start > 0 and index - start < 30 and norms[start - 1] not in (",", ";", "--", "("):
            start -= 1
        opening = norms[start : start + 2]
        return opening[:1] in (["he"], ["she"]) or (
            opening[:1] in (["where"], ["then"], ["later"]) and opening[1:] in (["he"], ["she"])
        )
    if norms[position - 1 : position + 1] in (
        ["under", "arrest"], ["in", "custody"], ["in", "detention"]
    ):
        position -= 2  # "a political activist under arrest died"
    if not (norms[position].isalpha() and not _plural(norms[position])
            and norms[position] not in _NOT_ONE_PERSON):
        return False
    # "the man died", "a political activist died": one person's noun phrase
    article = next((first for first in range(position - 1, max(-1, position - 4), -1)
                    if not norms[first].isalpha() or norms[first] in ("the", "a", "an")), None)
    return article is not None and (
        norms[article] == "the" or (norms[article] in ("a", "an") and article < position - 1))


# Nouns after "the" that are no one person dying ("the rest died", "the fire died down").
_NOT_ONE_PERSON = frozenset({"rest", "other", "others", "remainder", "majority", "crowd",
                             "family", "group", "unit", "fire", "wind", "protest", "bomb"})
_ADVERBS_OF_TIME = frozenset({"later", "soon", "then", "also", "subsequently", "afterwards",
                              "eventually", "both"})


def _other_report(norms: list[str], earlier: int, later: int) -> bool:
    """Whether a second toll is another source's figure for the same dead ("According to
    the White Helmets, 2 civilians were killed, while local sources reported 4 dead"): ACLED
    takes the lower."""
    between = norms[earlier + 1 : later]
    contrast = next((p for p, word in enumerate(between) if word in _CONTRASTING), None)
    return contrast is not None and not _REPORTING.isdisjoint(between[contrast:])


_CONTRASTING = frozenset({"while", "whereas", "but", "however"})
_REPORTING = frozenset({"reported", "reports", "report", "said", "says", "claimed", "claims",
                        "put", "according", "sources", "confirmed", "stated"})
_TOLL_ROSE = frozenset({"rose", "risen", "climbed", "increased", "reached", "jumped"})
# Who a toll counts when it names no group: anyone ("7 deaths", "12 people")
_ANYONE_COUNTED = frozenset({"death", "people", "person", "fatality", "casualty", "dead", "body",
                             "live"})


def _another_clause(norms: list[str], earlier: int, later: int) -> bool:
    """Whether a second death clause with its own subject follows the first ("... was killed
    and three other civilians were killed", "Four policemen were killed and two attackers
    died")."""
    between = norms[earlier + 1 : later]
    if between[-1:] and between[-1].endswith("ly"):
        between = between[:-1]  # "were reportedly killed"
    if {"killed", "dead", "died"}.intersection(between):
        return False
    if between[-1:] == ["and"] and norms[earlier] in ("killed", "killing") and (
        norms[later] in ("killed", "killing") and later + 1 < len(norms)
        and number_value(norms, earlier + 1)[0] is not None
        and number_value(norms, later + 1)[0] is not None
    ):
        return True  # "said it killed 30 rebels and lost 2 soldiers": two counts of dead
    if "another" in between[-4:] and "and" in between:
        return True  # "1 soldier died on the spot and another one died later at hospital"
    return len(between) >= 2 and between[0] in ("and", ",", ";", "while", "whilst", "whereas") and (
        # ("25 soldiers dead, 5 rebels dead": a toll without its verb)
        between[-1] in ("was", "were", "being") or norms[later] in ("died", "dead")
    )


# what makes "an ... number of" dead a number nobody gave
_UNTOLD = frozenset("unknown undisclosed unspecified undetermined unconfirmed".split())


def _one_named_before(norms: list[str], conjunction: int) -> bool:
    """Whether "a" or "an" opens the short phrase before the "and" ("A FARDC soldier and
    ..."): one more person, uncounted."""
    for position in range(conjunction - 1, max(-1, conjunction - 4), -1):
        word = norms[position]
        if word in ("a", "an"):
            return position < conjunction - 1
        if not word[:1].isalpha() or word in FUNCTION_WORDS:
            return False
    return False


def _token_index(doc: Document, offset: int) -> int:
    low, high = 0, len(doc.tokens) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if doc.tokens[middle].start <= offset:
            low = middle
        else:
            high = middle - 1
    return low


# Verbs whose object is an event already told ("condemned the strike", "welcomed the truce").
_JUDGING = frozenset({
    "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
    "deplore", "deplores", "deplored", "decry", "decries", "decried", "criticise", "criticised",
    "criticize", "criticized", "welcome", "welcomes", "welcomed", "praise", "praised", "hail",
    "hailed", "mourn", "mourned", "blame", "blamed",
})

# Words of a labour dispute: a "strike" among them is a walkout, not an attack.
_LABOUR = frozenset({"union", "unions", "workers", "teachers", "doctors", "nurses", "employees",
                     "staff", "pay", "wage", "wages", "salary", "salaries", "pension", "pensions",
                     "walkout", "picket", "pickets", "labour", "labor", "dockers", "miners",
                     "students", "sit-in", "boycott", "indefinite", "hour", "hours",
                     "drivers", "truckers", "transporters", "traders", "shopkeepers",
                     "merchants", "vendors", "lawyers", "fares", "fees"})

# Prepositions whose object may be a name followed by the noun it qualifies.
_OBJECT_OF = frozenset({"on", "against", "at", "near", "toward", "towards", "into", "from", "of",
                        "targeting"})
# Words that count the people after "of" ("a number of villagers"), the phrase's subject
_QUANTITIES = frozenset("number group groups dozens hundreds thousands scores some many most all "
                        "several couple crowd band".split())
_NAMING_VICTIMS = _OBJECT_OF | {"with", "for", "to"}  # ("in solidarity with two teachers")


def _accident_told(coder: _Coder, sentence: Sentence, start: int, stop: int) -> bool:
    """Whether an accident is told among the sentence's tokens [start, stop): an accident's
    word, not one of a name written in capitals inside the sentence ("clashes between
    Northern Storm Brigade and the police"; a headline's capitals are no name's)."""
    tokens = coder.doc.tokens
    stop = min(stop, sentence.last)
    for index in range(start, stop):
        if coder.norms[index] in ACCIDENTS:
            if index == sentence.first or not tokens[index].is_capitalized:
                return True
            words = [token for token in tokens[sentence.first : sentence.last]
                     if token.is_word and len(token.text) > 3]  # (not "of", "in", "and")
            if 5 * sum(token.is_capitalized for token in words) > 4 * len(words):
                return True  # a headline, in title case
    return False


def find_events(
    doc: Document,
    entities: Entities,
    dates: Sequence[FuzzyDate],
    units: Sequence[tuple[MilitaryUnit, Any]],
    statements: Sequence[tuple[Statement, Any]],
    article: Article,
    lexicon: Lexicon,
) -> list[Event]:
    """The events of a document, in order of first evidence."""
    from ._assemble import assemble

    coder = _Coder(doc, entities, dates, units, article, lexicon)
    if not lexicon.speech_from_statements:
        statements = ()  # the set's own verbs code speech
    for _, finding in statements:
        start = getattr(finding, "cue_start", None)
        if start is not None:
            index = _token_index(doc, start)
            coder.cue_tokens.add(index)
    found: list[_Found] = []
    from ._petrarch import discarded

    for index, sentence in enumerate(doc.sentences):
        if discarded(coder.norms, (sentence.first, sentence.last), lexicon):
            continue
        told = coder.sentence_triggers(index, sentence)
        if told and told[0].rule.startswith(LABEL_RULE):
            # The note's label codes the event its sentence tells, whatever words tell it
            # ("Detonation: an IED exploded while Al Shabaab were planting it").
            told = told[:1] + [e for e in told[1:] if not e.acled and e.cameo[:2] not in (
                "14", "15", "17", "18", "19", "20")]
        for event in told:
            coder.gathering_to_protest(event, sentence)
            coder.assign_roles(event, sentence)
            coder.previous_in_sentence = event
            if event.actor1 and (
                coder._looks_like_verb(event.trigger_first, allow_base=True)
                or coder._participle_read_as_noun(event)  # ("..., killing 3 and injuring")
            ) and not coder.passive(event):
                # (not "a protest by party members", nor "forces led by General X", whose
                # doer is no subject of the clause)
                coder.previous_doer = event
                coder.first_doers.setdefault(event.sentence, event)
            if coder.norms[event.trigger_first].startswith("sustain") and not _WOUNDS.isdisjoint(
                coder.norms[max(0, event.trigger_first - 2) : event.trigger_last + 3]
            ):
                continue  # "died from injuries sustained in prison": harm suffered, no act
            if event.cameo[:2] == "11" and "physically" in coder.norms[
                max(sentence.first, event.trigger_first - 3) : event.trigger_first
            ]:
                event.cameo = "190"  # "verbally and physically assaulted": not words only
            if event.rule.startswith(DOWNING_RULES) and not event.actor2 and found:
                event.actor2 = coder.owner_of_the_weapon(event, found)
            if event.cameo[:3] == "145" and event.actor1 and (
                coder.entities.actor(event.actor1[0]).kind in ("police", "military")
            ):
                continue  # "police erected barricades on the road": no riot of theirs
            if event.cameo[:2] == "17" and ACCIDENTS.intersection(
                coder.norms[max(sentence.first, event.trigger_first - 2) : event.trigger_first]
            ):
                continue  # "after frost destroyed their crops": no one's act
            if event.cameo[:2] in ("18", "19", "20") and (
                _running_total(coder.norms[sentence.first : sentence.last])
                or ((_accident_told(coder, sentence, sentence.first, sentence.last)
                     or _pit_collapsed(coder.norms[sentence.first : sentence.last]))
                    and not event.actor1)
                # "a classmate killed in a road accident"
                or _accident_told(coder, sentence, event.trigger_last, event.trigger_last + 5)
                or _run_over(coder.norms, event.trigger_last)
                or (_vehicle_did(coder.norms, event.trigger_first)  # "a bus hit her bicycle"
                    and not coder.ran_into_mine(event))
            ):
                continue
            if event.generic or coder.weapon_described(event) or coder.named_again(
                event, found
            ) or coder.protested_over(
                event, told
            ) or coder.victim_described(event) or coder.reduced_relative(event) or (
                coder.done_before_told(event) or coder.coded_apart(event)
                or coder.days_before(event)
            ) or coder.punished_for(event) or coder.done_earlier_to(event) or (
                coder.displacement_cause(event, told)
            ):
                continue
            told_before = coder.told_before(event, found)
            if told_before is not None:
                # "Children were also targeted in the attack", "The clashes killed 20": the
                # attack told already, and its toll
                if not told_before.actor2:
                    told_before.actor2 = event.actor2
                # the harms told in this sentence before the noun are the toll below (`found`
                # is in text order: they are at its end)
                index = len(found) - 1
                while index >= 0 and found[index].sentence == event.sentence:
                    if found[index] is not told_before and coder.harm_told(found[index]):
                        told_before.evidence.extend(found.pop(index).evidence)
                    index -= 1
                toll = 0 if coder.cause_told_after(event) else coder.fatalities(event, sentence)
                coder.tolled_sentences.add(event.sentence)
                if toll and told_before.fatalities and told_before.sentence != event.sentence:
                    # "A suspect was killed during a shootout with the police. A police
                    # officer was killed during the shootout": more dead of it
                    told_before.fatalities += toll
                elif toll and toll > (told_before.fatalities or 0):
                    told_before.fatalities = toll
                continue
            event.modality = coder.modality(event, sentence)
            event.fatalities = coder.fatalities(event, sentence) or coder.their_toll(event)
            first, last = event.trigger_first, event.trigger_last
            start, end = doc.tokens[first].start, doc.tokens[last - 1].end
            event.evidence.append(
                Span(start=start, end=end, label="trigger", text=doc.text[start:end])
            )
            found.append(event)
    _tolls_told_after(coder, found)
    _fighting_told_again(coder, found)
    _capture_after_fighting(coder, found)
    _fire_returned(coder, found)
    _bomber_among_dead(coder, found)
    _victims_of_the_violence_named(coder, found)
    _deaths_of_the_intervention(coder, found)
    _harm_of_the_dispersal(coder, found)
    return assemble(coder, found, statements)


_INTERVENING = frozenset({"intervened", "intervene", "intervenes", "dispersed", "disperse"})


def _deaths_of_the_intervention(coder: _Coder, found: list[_Found]) -> None:
    """ "Locals attacked health workers. Police intervened and killed one woman.": the deaths
    the forces caused stopping a crowd's violence are that event's toll (ACLED codes one
    event), not an event of their own."""
    paragraphs = [sentence.paragraph for sentence in coder.doc.sentences]
    entities = coder.entities
    folded: set[int] = set()
    killings: dict[int, _Found] = {}  # the first killing told in each sentence
    for other in found:
        if other.fatalities and other.cameo[:2] in ("18", "19"):
            killings.setdefault(other.sentence, other)
    for event in found:
        if event.fatalities or not (
            event.cameo[:2] in ("17", "18", "19", "20") or event.cameo[:3] == "145"  # a riot
        ) or not event.actor1 or (
            entities.actor(event.actor1[0]).kind not in UNORGANISED_KINDS
        ) or event.modality != "actual":
            continue
        following = event.sentence + 1
        killing = killings.get(following)
        if killing is None or paragraphs[following] != paragraphs[event.sentence] or not (
            killing.actor1 and entities.actor(killing.actor1[0]).kind in ("police", "military")
        ):
            continue
        sentence = coder.doc.sentences[following]
        if _INTERVENING.isdisjoint(coder.norms[sentence.first : killing.trigger_first]):
            continue
        event.fatalities = killing.fatalities
        event.evidence.extend(killing.evidence)
        folded.add(id(killing))
        del killings[following]  # (one crowd's violence per intervention)
    if folded:
        found[:] = [event for event in found if id(event) not in folded]


# What may stand between "for" and a crime it punished: "for the kidnap, rape and murder of"
_LISTED_CRIMES = frozenset(",  and or alleged allegedly attempted suspected kidnap kidnapping "
                           "abduction rape rapes murder murders killing killings theft robbery "
                           "assault torture looting arson".split())
_PUNISHING = frozenset("shot killed executed sentenced convicted jailed imprisoned punished "
                       "lynched beaten beat tortured hanged stoned flogged whipped arrested "
                       "detained charged death wanted".split())
# A comma and the word opening an aside on the subject: who was among it, or who backed it
_ASIDES = [[",", word] for word in ("including", "with", "backed", "supported", "accompanied",
                                    "assisted", "aided", "escorted", "alongside", "joined")]
_DISPLACING = frozenset({"trigger:t-force-to-flee"})
# Event nouns whose own "by" phrase may follow another event's noun
_ACTS_NAMED = frozenset("killing killings murder murders death deaths attack attacks arrest "
                        "arrests abduction abductions shelling bombing assault".split())
_ELSEWHERE = frozenset({"separately", "meanwhile", "elsewhere", "separate", "unrelated"})


def _in_separate_incidents(norms: list[str], index: int) -> bool:
    """Whether a death word is told as other incidents' ("two men who were also killed in
    separate incidents"; not "killed 2 civilians in separate attacks": this event's dead)."""
    after = norms[index + 1 : index + 4]
    if "." in after:
        after = after[: after.index(".")]
    return "also" in norms[max(0, index - 2) : index] and not {
        "separate", "separately"}.isdisjoint(after)


def _harm_of_the_dispersal(coder: _Coder, found: list[_Found]) -> None:
    """ "Fifteen activists were wounded as police dispersed a march", "Police intervened in a
    rally. One person was killed and nine others were arrested": harm and arrests no one is
    said to have done, or the same forces did ("... hit by a canister fired by the police"),
    told with the forces' intervention in a demonstration (in its sentence or the next), are
    that intervention's (ACLED codes one event: its force against the protesters)."""
    paragraphs = [sentence.paragraph for sentence in coder.doc.sentences]
    entities = coder.entities
    folded: set[int] = set()
    for event in found:
        if event.cameo != "175" or event.modality != "actual" or not event.actor1 or (
            entities.actor(event.actor1[0]).kind not in ("police", "military", "state")
        ):
            continue
        for other in found:
            if other is event or (other.actor1 and (
                other.actor1 != event.actor1 or not coder.passive(other)
            )) or (
                other.modality != "actual"
            ) or not (
                other.cameo[:2] in ("18", "19", "20") or other.cameo[:3] == "173"
            ) or id(other) in folded or other.weapon not in (None, "gun") or not (
                other.sentence == event.sentence or (
                    other.sentence == event.sentence + 1
                    and paragraphs[other.sentence] == paragraphs[event.sentence])
            ):
                continue
            sentence = coder.doc.sentences[other.sentence]
            if not _ELSEWHERE.isdisjoint(coder.norms[sentence.first : sentence.last]):
                continue  # "Separately, two people were killed in Goma"
            if other.fatalities:
                event.fatalities = max(event.fatalities or 0, other.fatalities)
            event.evidence.extend(other.evidence)
            event.harm_folded = event.harm_folded or other.cameo[:3] != "173"
            folded.add(id(other))
    if folded:
        found[:] = [event for event in found if id(event) not in folded]


def _victims_of_the_violence_named(coder: _Coder, found: list[_Found]) -> None:
    """"Luz Leon was seriously wounded today during an attack in Villavicencio": the one a
    passive harm befell with no doer is the target of the violence its sentence then names
    ("an attack", "an explosion") when that names no target of its own."""
    # `found` is in text order: a sentence's events are neighbours, looked up in one pass
    folded: list[_Found] = []
    for _, group in groupby(found, key=lambda event: event.sentence):
        events = list(group)
        for position, harm in enumerate(events):
            if not coder.harm_told(harm):
                continue
            for event in events[position + 1 :]:
                if (
                    event.trigger_first < harm.trigger_last
                    or not (event.cameo[:2] in ("18", "19", "20") or event.cameo[:3] == "145")
                    or coder.passive(event)
                ):
                    continue
                before = coder.norms[max(0, event.trigger_first - 5) : event.trigger_first]
                if "-" not in before:  # ("during a student-led riot": a compound before it)
                    before = before[-3:]
                within = _WITHIN.intersection(before)
                if within and (not harm.actor2 or not event.actor2 or event.cameo[:3] == "145" or (
                    # "two people were killed in two explosions targeting police officers":
                    # whom a blast or a strike aimed at is not all it killed
                    event.cameo[:3] in _REMOTE_CODES
                ) or (
                    # "12 people were killed in clashes between police and X" (not "in the
                    # fighting", which refers back to fighting told before)
                    event.symmetric and coder.norms[event.trigger_first - 1] != "the"
                    and (not event.actor1 or harm.actor2 != event.actor1)
                )):
                    # "a suspect was killed during a shootout with the police", "three
                    # soldiers died in clashes with rebels": the harm is that event's toll,
                    # its victims one of its sides
                    if harm.actor2 and (not event.actor2 or event.cameo[:3] == "145"):
                        event.actor2 = list(harm.actor2)  # (a riot's victim, not its place)
                    elif harm.actor2 and not event.actor1 and event.cameo[:3] not in (
                        _REMOTE_CODES
                    ):
                        event.actor1 = list(harm.actor2)
                    event.fatalities = max(event.fatalities or 0, harm.fatalities or 0) or None
                    event.evidence[:0] = harm.evidence
                    event.governed = True  # ("killed during a riot": the riot told happening)
                    folded.append(harm)
                elif harm.actor2 and not event.actor2:
                    event.actor2 = list(harm.actor2)
                break
    if folded:
        gone = {id(harm) for harm in folded}
        found[:] = [event for event in found if id(event) not in gone]


_REMOTE_CODES = frozenset({"183", "194", "195"})  # bombings, shelling, air strikes


def _returned_fire(norms: list[str], first: int) -> bool:
    """Whether the word at ``first`` is fire returned: "responded by firing", "returned
    fire", "retaliated by shooting", "struck the launch sites"."""
    word = norms[first]
    return ((word.startswith("fir") or word.startswith("shoot")) and (
        norms[max(0, first - 2) : first] in (["responded", "by"], ["retaliated", "by"])
        or norms[first - 1 : first] in (["returned"], ["returning"])
    )) or any(pair in _SOURCES_OF_FIRE for pair in pairwise(norms[first + 1 : first + 6]))


# What fire returned aims at ("Israeli forces struck the launch sites")
_SOURCES_OF_FIRE = frozenset({("launch", "sites"), ("launch", "site"), ("launching", "sites"),
                              ("launching", "site"), ("launch", "pads"), ("source", "of"),
                              ("sources", "of")})


def _fire_returned(coder: _Coder, found: list[_Found]) -> None:
    """ "Al Shabaab attacked the base with six mortar shells. ENDF responded by firing
    towards the attackers": fire returned makes the attack told just before an exchange of
    fire, a battle (ACLED), whatever its weapon; the response is part of it."""
    folded: set[int] = set()
    for index, response in enumerate(found):
        if response.cameo[:2] not in ("19", "20") or not _returned_fire(
            coder.norms, response.trigger_first
        ):
            continue
        # the attack told with a doer, a few events back (not "The two rockets fell in open
        # areas")
        start = next((position for position in range(index - 1, max(-1, index - 9), -1)
                      if id(found[position]) not in folded and found[position].actor1), None)
        if start is None:
            continue
        attack = found[start]
        if attack.cameo[:2] not in ("18", "19", "20") or (
            response.sentence - attack.sentence > 2 or attack.actor1 == response.actor1
        ):
            continue
        attack.cameo, attack.acled, attack.weapon, attack.symmetric = (
            "190", "Armed clash", None, True)
        if not attack.actor2:
            attack.actor2 = list(response.actor1)  # who fired back is the other side
        # the response, and the attack told again between by no one ("The two rockets fell
        # in open areas")
        for told in found[start + 1 : index + 1]:
            if id(told) not in folded and (told is response or (
                not told.actor1 and told.cameo[:2] in ("18", "19", "20")
            )):
                attack.evidence.extend(told.evidence)
                attack.fatalities = max(attack.fatalities or 0, told.fatalities or 0)
                folded.add(id(told))
    if folded:
        found[:] = [event for event in found if id(event) not in folded]


def _bomber_among_dead(coder: _Coder, found: list[_Found]) -> None:
    """ "Al Shabaab targeted a convoy with a VBIED. Seven people were killed, including a
    suicide bomber": the bomber counted among the dead makes the attack told just before a
    suicide bombing, not a second event."""
    for index in range(len(found) - 1, 0, -1):
        bomber, attack = found[index], found[index - 1]
        sentence = coder.doc.sentences[bomber.sentence]
        if bomber.cameo == "1831" and not bomber.actor1 and any(
            pair == ("suicide", "bomber") and "including" in coder.norms[position - 3 : position]
            for position, pair in enumerate(pairwise(coder.norms[sentence.first : sentence.last]),
                                            start=sentence.first)
        ) and attack.cameo[:2] in ("18", "19", "20") and bomber.sentence - attack.sentence <= 1:
            attack.cameo, attack.acled, attack.weapon = bomber.cameo, bomber.acled, "suicide"
            attack.fatalities = max(attack.fatalities or 0, bomber.fatalities or 0)
            attack.evidence.extend(bomber.evidence)
            found.pop(index)


def _capture_after_fighting(coder: _Coder, found: list[_Found]) -> None:
    """ "Following clashes with the army, Al Shabaab captured the town", "took the village
    after heavy fighting": the fighting that won the ground is the capture's battle (ACLED
    codes the change of territory), its other side the capture's. So is fighting told as
    what came before violence against civilians ("Following clashes with a self-defence
    militia, the UPC burned down 19 villages"): the note tells that violence."""
    by_sentence: dict[int, list[_Found]] = {}
    for event in found:
        by_sentence.setdefault(event.sentence, []).append(event)
    folded: set[int] = set()  # (the ids of the fights folded into a capture)
    for capture in [event for event in found if event.cameo[:3] == "192" or (
        event.cameo[:2] in ("17", "18", "19", "20") and event.actor1 and event.actor2
        and coder.entities.actor(event.actor2[0]).kind in ("civilians", "unknown")
    )]:
        if id(capture) in folded:
            continue
        for fight in by_sentence[capture.sentence]:
            if id(fight) in folded:
                continue
            first = fight.trigger_first
            if fight.cameo[:2] != "19" or (
                fight is capture or fight.cameo[:3] == "192"
            ) or _FOLLOWING.isdisjoint(coder.norms[max(0, first - 2) : first]) or not (
                _ARMS_TAKEN.isdisjoint(coder.norms[max(0, capture.trigger_first - 6)
                                                   : capture.trigger_last + 6])
            ):  # ("weapons and military equipment were also captured": no ground)
                continue
            if not capture.actor2 and fight.actor2 and fight.actor2 != capture.actor1:
                capture.actor2 = list(fight.actor2)
            capture.evidence.extend(fight.evidence)
            capture.fatalities = max(capture.fatalities or 0, fight.fatalities or 0)
            folded.add(id(fight))
            break
    if folded:
        found[:] = [event for event in found if id(event) not in folded]


_FOLLOWING = frozenset({"after", "following"})
_ARMS_TAKEN = frozenset("weapons arms ammunition equipment vehicles tanks".split())


def _fighting_told_again(coder: _Coder, found: list[_Found]) -> None:
    """"Heavy fighting between the army and the RSF ... Clashes broke out on Friday": fighting
    told without its sides is between the sides of the fighting told just before (within
    three sentences), as a reader takes it."""
    sides: _Found | None = None
    for event in found:
        if event.cameo[:2] != "19":
            continue
        if event.actor1 and event.actor2:
            sides = event
        elif sides is not None and event.symmetric and not event.actor1 and (
            event.sentence - sides.sentence <= 3
        ):
            event.actor1, event.actor2 = list(sides.actor1), list(sides.actor2)


_CROWD_DOERS = UNORGANISED_KINDS | {"unknown"}  # ("tents were destroyed by people")


def crowds_force(coder: _Coder, event: _Found) -> bool:
    """ "Soldiers' tents were destroyed by rioters": a crowd's riot or destruction, whose
    toll told after is its own (ACLED counts a riot's dead)."""
    return event.cameo[:3] in ("145", "171") and bool(event.actor1) and (
        coder.entities.actor(event.actor1[0]).kind in _CROWD_DOERS)


def _tolls_told_after(coder: _Coder, found: list[_Found]) -> None:
    """"At least 43 civilians died." after an attack, in a sentence with no event of its
    own: the toll of the last violent event before it, in the same paragraph."""
    sentences = coder.doc.sentences
    # ("Rescuers pulled six bodies from the rubble, and 19 people were wounded": a dictionary
    # verb with no doer is too weak to be the sentence's own event, a harm told in the
    # passive a toll too)
    # ("... clashed with rebels. In the clash, many buildings were destroyed. Eleven
    # fatalities were reported": "the clash" refers back, no event of its own sentence)
    found = [event for event in found if not _referring_back(coder, event)]
    with_events = {event.sentence for event in found
                   if event.actor1 or not (event.rule.startswith("verb:") or coder.passive(event))
                   } | coder.tolled_sentences
    last_violent: dict[int, _Found] = {}
    for event in found:
        if event.rule.startswith("verb:") and not event.actor1 and coder.passive(event):
            continue  # "several people were injured": a harm told, itself no toll's owner
        crowds = event.cameo[:2] not in ("18", "19", "20") and crowds_force(coder, event)
        if (event.cameo[:2] in ("18", "19", "20") or crowds) and event.modality == "actual":
            told = last_violent.get(event.sentence)
            if crowds and told is not None:
                continue  # (the sentence's armed violence keeps its toll)
            if told is not None and event.cameo[:3] == "181" and told.cameo[:3] != "181":
                continue  # "clashed with the police and abducted the workers. Three
                # fatalities": the clash's dead, not the abduction's
            if told is not None and told.symmetric and event.rule.startswith("verb:") and (
                not told.rule.startswith("verb:") and event.actor1
                and event.actor1[0] in (told.actor1 + told.actor2)
            ):
                continue  # "a battle between X and Y left 11 dead and several wounded": the
                # verb's subject is the battle, whose sides the verb took for its doer
            last_violent[event.sentence] = event
    for index, event in last_violent.items():
        following = index + 1
        own = sentences[index]
        counted = _counted_groups(coder.norms[own.first : own.last]) if event.fatalities else set()
        while following < min(len(sentences), index + _TOLL_REACH) and not (
            following in with_events and following in last_violent
        ) and sentences[following].paragraph == sentences[index].paragraph:
            norms = coder.norms[sentences[following].first : sentences[following].last]
            toll = None if following in with_events and not (
                # "Eight reported fatalities and twenty-three kidnapped victims rescued": a
                # toll told by its count alone is the fight's, whatever else the sentence tells
                following not in last_violent and _counted_toll(norms)
                and DEATH_WORDS.intersection(norms) <= _TOLL_NOUNS
            ) else coder.fatalities(event, sentences[following])
            if toll == 0 and event.fatalities and _no_one_died(norms):
                # "Local sources report that 2 people were killed. Police sources report that
                # nobody was killed": reports that conflict give the lowest toll (ACLED)
                event.fatalities = 0
                break
            if not toll:
                # passed over: a sentence of other, non-violent acts ("... clash near Kassala.
                # The NDA destroyed the camp. 25 Sudanese forces dead"), or one that counts no
                # dead ("... several people were injured. Eleven fatalities were reported")
                following += 1
                continue
            groups = _counted_groups(norms)
            if event.fatalities and _stated_toll(norms):
                # "killed dozens of civilians. 25 fatalities reported.": the note's own
                # figure, over a vague amount
                event.fatalities = toll
                _toll_given_up(coder, found, following, 0)
                break
            if event.fatalities and "toll" in norms and not _TOLL_ROSE.isdisjoint(norms):
                # "killed at least 32 people ... The death toll later rose to 40": the
                # figure as it stood last
                event.fatalities = max(event.fatalities, toll)
                _toll_given_up(coder, found, following, 0)
                break
            if event.fatalities and toll != event.fatalities and (
                _another_source(norms) or (
                    # "Residents said 12 people were killed. Police confirmed 7 deaths": a
                    # source's own count of the same dead (not "7 militants" after "12
                    # soldiers": more dead)
                    not _REPORTING.isdisjoint(norms[1:4]) and (
                        groups <= _ANYONE_COUNTED or not groups.isdisjoint(counted)))
            ) and not _counts_other_dead(norms):  # ("reported that 7 other militants were killed")
                # "2 people had died ... Local sources report five people had been killed":
                # reports that conflict give the lowest toll (ACLED), the other report's
                # harm told without a doer too
                event.fatalities = min(event.fatalities, toll)
                _toll_given_up(coder, found, following, event.fatalities)
                break
            if not event.fatalities:
                event.fatalities = toll
            elif _counts_other_dead(norms) or (
                groups and counted and groups.isdisjoint(counted)
                and (_RESTATED_TOLL.isdisjoint(norms) or _also_included(norms))
            ):
                # "7 soldiers and 4 militants were killed. The army reported that 7 other
                # militants were killed in a counterattack", "54 soldiers killed. 21
                # civilians killed.": more dead of the same event (counted once: the
                # sentence's harm told without a doer gives its toll up)
                event.fatalities = (event.fatalities or 0) + toll
                _toll_given_up(coder, found, following, 0)
            else:
                break
            counted |= groups
            following += 1


def _toll_given_up(
    coder: _Coder, found: list[_Found], sentence: int, fatalities: int
) -> None:
    """The harm a sentence tells without a doer, once its toll is the event's told before:
    its dead are that event's (counted once)."""
    for other in coder.found_by_sentence(found).get(sentence, ()):
        if not other.actor1 and other.fatalities:
            other.fatalities = fatalities


def _another_source(norms: list[str]) -> bool:
    """ "Local sources report five people had been killed", "Other sources put the toll at
    12": a sentence giving another source's figure."""
    return not _SOURCES_SAID.isdisjoint(norms[:6]) and not _REPORTING.isdisjoint(norms[:8])


_SOURCES_SAID = frozenset({"sources", "source", "according"})
_TOLL_NOUNS = frozenset({"fatalities", "fatality", "deaths", "dead"})


def _stated_toll(norms: list[str]) -> bool:
    """Whether a sentence only states a toll, as ACLED's notes do ("25 fatalities reported.",
    "3 fatalities."), not split across events."""
    value, length = number_value(norms, 0)
    return value is not None and norms[length : length + 1] in (["fatalities"], ["fatality"]) and (
        "split" not in norms) and len(norms) <= length + 4
# Words that end the object of a verb ("met X, and ..."): what follows is no purpose of it.
_CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "who", "which", "that", "after", "before"})
# Verbs of saying before "that": what follows is told, not a relative clause.
_SAID = frozenset({"said", "says", "say", "reported", "reports", "claimed", "claims", "stated",
                   "added", "confirmed", "announced", "alleged", "noted", "believed", "feared"})
# One armed person, as a headline names him ("Officer killed at Kanyerus camp").
_ONE_ARMED_PERSON = frozenset({"officer", "soldier", "policeman", "commander", "militant",
                               "fighter", "guard", "gendarme"})
# Words between "had" and its participle ("who had themselves recaptured", "had been").
_PLUPERFECT_FILLERS = frozenset({"themselves", "himself", "herself", "itself", "already",
                                 "previously", "earlier", "recently", "been", "just"})


def _counted_toll(norms: list[str]) -> bool:
    """Whether a toll noun is counted right before it ("Eight reported fatalities", "12
    dead"; not "the dead were civilians")."""
    return any(word in _TOLL_NOUNS and any(
        number_value(norms, position)[0] is not None for position in range(max(0, index - 2), index)
    ) for index, word in enumerate(norms))


def _opening_clause_end(norms: list[str], trigger: int) -> int:
    """The end of a clause opening a sentence with "After" or "Following", when the event's
    trigger comes after it (0 otherwise)."""
    if norms[:1] not in (["after"], ["following"]) or "," not in norms[:trigger]:
        return 0
    return norms.index(",")


def _no_one_died(norms: list[str]) -> bool:
    """Whether a sentence says that no one at all died ("nobody was killed"; not "no one
    else", "no other deaths", "no soldiers were killed")."""
    return ("nobody" in norms or ("no", "one") in pairwise(norms)) and not (
        DEATH_WORDS.isdisjoint(norms)) and _OTHER_DEAD.isdisjoint(norms)


_OTHER_DEAD = frozenset({"else", "other", "others", "among", "further", "more"})


def _referring_back(coder: _Coder, event: _Found) -> bool:
    """Whether an event is a definite noun with no side of its own ("In the clash, ...",
    "during the attack"): the event told before, named again."""
    first = event.trigger_first
    if event.rule.startswith("trigger:") and not (event.actor1 or event.actor2) and (
        first > 0 and coder.norms[first - 1] in ("the", "this", "that")
    ):
        return True
    # "five men assaulted a civilian ... when the perpetrators beat him up. He died at a
    # clinic": the doers named again by what they did, the assault told again
    if not event.actor1 or event.sentence == 0:
        return False
    doer = next((m for m in coder.mentions_by_sentence.get(event.sentence, ())
                 if m.key == event.actor1[0]), None)
    return doer is not None and doer.first > 0 and coder.norms[doer.first - 1] == "the" and (
        coder.norms[doer.last - 1] in _DOERS_AGAIN
    )


# The words that name an event's doers again by the act ("the perpetrators", "the attackers")
_DOERS_AGAIN = frozenset({"perpetrators", "perpetrator", "attackers", "attacker", "assailants",
                          "assailant", "culprits", "culprit", "assaulters"})


# Sentences after a violent event its toll may be told in (a bound: a long paragraph of
# sentences with no toll is not walked once per event)
_TOLL_REACH = 6
# Words of a toll that restates, breaks down or splits the dead already counted
_RESTATED_TOLL = frozenset({"total", "among", "including", "includes", "included", "overall",
                            "all", "them", "whom", "toll", "split", "spread", "events"})


def _also_included(norms: list[str]) -> bool:
    """ "Fatalities also included 2 federal soldiers": dead of other groups besides those
    counted, not the toll told again ("the dead included 3 soldiers")."""
    return "also" in norms and _RESTATED_TOLL.intersection(norms) <= _INCLUDED


_INCLUDED = frozenset({"included", "includes", "including"})


def _counted_groups(norms: list[str]) -> set[str]:
    """The words that follow the numbers of a sentence that counts dead, in the singular: who
    was counted ("54 soldiers killed" -> {"soldier"}, "two presumed JNIM militants" ->
    {"presumed", "jnim", "militant"}, "25 Sudanese forces dead, 5 NDA dead")."""
    if DEATH_WORDS.isdisjoint(norms):
        return set()
    groups = set()
    for position in range(len(norms)):
        value, length = number_value(norms, position)
        if value is None:
            continue
        for word in norms[position + length : position + length + 3]:
            if not word[:1].isalpha() or word in FUNCTION_WORDS or word in DEATH_WORDS:
                break
            groups.add(_singular(word))
    return groups


def _singular(word: str) -> str:
    """A plural's singular, roughly: "militants" -> "militant", "fatalities" -> "fatality"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts_other_dead(norms: list[str]) -> bool:
    """Whether a sentence counts dead besides those already told: "7 other militants", "three
    more bodies", "another two"."""
    return any(
        (word in ("other", "more", "additional", "further") and position
         and number_value(norms, position - 1)[0] is not None)
        or (word == "another" and position + 1 < len(norms)
            and number_value(norms, position + 1)[0] is not None)
        for position, word in enumerate(norms)
    )
