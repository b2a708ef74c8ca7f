"""The dictionaries the extractor reads with: entity phrases, titles and event triggers.

A `Lexicon` is built from the package's gazetteers on first use and can be extended with a
user's own entries (or replaced by a PETRARCH dictionary set).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import ClassVar

from attrs import frozen

from .. import gazetteer
from ..gazetteer import Agent, Country, NamedActor, Place, Subdivision
from . import _cache
from ._names import name_key
from ._phrases import ANY_CASE, CAPITALIZED, Entry, PhraseIndex, case_rule
from ._triggers import Trigger, TriggerIndex, load_triggers
from ._verbs import VerbDictionary

__all__ = ["FACILITIES", "AgentWord", "Lexicon"]

# ACLED-relevant kind for each CAMEO role code an agent or actor carries.
KIND_OF_ROLE = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "SPY": "government",
    "JUD": "government",
    "LEG": "government",
    "REB": "rebel",
    "INS": "rebel",
    "SEP": "rebel",
    "UAF": "militia",
    "PRM": "militia",
    "OPP": "party",
    "PTY": "party",
    "MED": "media",
    "JRN": "media",
    "NGO": "ngo",
    "IGO": "igo",
    "CVL": "civilians",
    "REF": "civilians",
    "AGR": "civilians",
    "EDU": "civilians",
    "LAB": "civilians",
    "HLH": "civilians",
    "BUS": "organization",
    "CRM": "militia",  # gangs, cartels, bandits: ACLED codes them as political militias
    "REL": "organization",
    "ELI": "person",
    "HRI": "ngo",
    "SOC": "ngo",
    "PRE": "state",
}

# Titles that, written before a capitalised name, make it a person's name.
_PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "sheikh",
    "ayatollah",
    "imam",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sultan",
    "rev",
    "father",
    "cardinal",
    "bishop",
}
# Local leaders and clergy, civilians by what they are ("killed chief Ekal Lochamin"): common
# nouns too ("the chief difference", "chief Palestinian negotiator"), so titles only before a
# name in a text not all in capitals.
_COMMON_TITLES = frozenset({"chief", "headman", "elder", "pastor", "priest", "deacon", "rabbi",
                            "cleric"})


@frozen
class AgentWord:
    """A generic role word with its CAMEO role code and the kind of actor it names."""

    pattern: str
    code: str
    kind: str
    title: bool  # can stand before a name as a title ("General", "Foreign Minister")
    prepend: bool = False  # PETRARCH's ``[NGO~]``: its code goes before its owner's


_SLASH = re.compile(r"\s*/\s*")  # a slash joining two names, spaced or not
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


def _spellings(name: str) -> tuple[str, ...]:
    """A place's name, and the name without its apostrophes, as notes and wires write it
    ("NDjamena", "Ndjamena" for N'Djamena)."""
    bare = _WORD_APOSTROPHE.sub("", name)
    return (name,) if bare == name else (name, bare)


# The kinds of named actor whose names are keyed for other romanisations.
_KEYED_KINDS = frozenset({"rebel", "militia", "party"})

_TITLE_KINDS = {"government", "military", "police", "party", "media", "person"}
_NOT_TITLES = frozenset(
    [
        "army",
        "navy",
        "forces",
        "troops",
        "police",
        "military",
        "government",
        "authorities",
        "administration",
        "regime",
        "junta",
        "court",
        "parliament",
        "cabinet",
        "militia",
        "party",
        "opposition",
        "media",
        "forces",
        "air",
        "force",
    ]
)


# The last word of a title names one person in a role.
_TITLE_HEADS = frozenset(
    ["minister", "president", "general", "colonel", "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "secretary", "chief", "governor", "mayor", "officer", "official", "leader", "lieutenant", "captain", "major", "sergeant", "admiral", "marshal", "premier", "chancellor", "king", "queen", "prince", "envoy", "director", "head", "chairman", "chairwoman", "chair", "deputy", "senator", "lawmaker", "legislator", "judge", "prosecutor", "commissioner", "adviser", "advisor", "aide", "diplomat", "emir", "sheikh", "cleric", "imam", "mufti", "ayatollah", "pope", "bishop", "archbishop", "brigadier", "corporal", "private", "commandant", "superintendent", "inspector", "attorney-general", "speaker", "mp", "vice-president", "president-elect", "counsellor", "consul", "attache", "governor-general", "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "adm.", "cpl.", "pvt.", "cmdr.", "brig.", "gen", "col", "lt", "maj", "capt", "sgt", "adm"]
)


FACILITIES = frozenset(
    ["base", "bases", "camp", "camps", "station", "stations", "headquarters", "checkpoint", "checkpoints", "post", "posts", "barracks", "airport", "airports", "port", "ports", "facility", "facilities", "compound", "compounds", "position", "positions"]
)


def _surnames(record: NamedActor) -> list[str]:
    """How the press names a curated figure by surname alone: "Zelensky"; "Assad" and
    "al-Assad" for "Bashar al-Assad". Only office holders and past leaders are named so."""
    if record.kind != "person" or record.source != "curated":
        return []
    if record.cameo.endswith("ELI") and not any(t in record.title for t in _LEADER_TITLES):
        return []
    words = record.name.replace("-", " ").split()
    if len(words) < 2:
        return []
    last = record.name.split()[-1]
    forms = [last]
    article, dash, rest = last.partition("-")
    if dash and article.lower() in ARABIC_ARTICLES and rest[:1].isupper():
        forms.append(rest)
    # A surname is written capitalised, or with its article ("al-Assad").
    return [
        form
        for form in forms
        if len(form) >= 4
        and form.lower() not in _COMMON_SURNAME_WORDS
        and form.lower() not in _COMMON_SURNAMES
        and (form[:1].isupper() or form.partition("-")[0].lower() in ARABIC_ARTICLES)
    ]


_LEADER_TITLES = ("President", "Prime Minister", "King", "Emir", "Supreme Leader",
                  "Chancellor", "Premier", "Sultan")
# Surnames (and given names taken for them) too common to stand for one person alone.
_COMMON_SURNAMES = frozenset(
    "khan ali ahmed ahmad said saeed omar hassan hussein hussain mohamed mohammed muhammad mahmoud ibrahim "
    "abdullah singh kumar lee kim park wang zhang chen liu li smith johnson brown jones "
    "williams miller davis wilson taylor martin thomas moore clark lewis walker hall allen "
    "wright scott baker adams nelson hill campbell mitchell roberts carter phillips evans "
    "turner parker collins edwards stewart morris murphy cook rogers morgan cooper bell "
    "kelly howard ward james hughes price long foster ross powell russell perry butler "
    "fisher jordan graham wallace gray west cole ford marshall kennedy jonathan power "
    "magyar boko montenegro george john paul peter francis charles david daniel samuel "
    "joseph michael monday tuesday wednesday thursday friday saturday sunday january february "
    "march april june july august september october november december".split()
)
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ud"})


_COMMON_SURNAME_WORDS = frozenset(["king", "young", "white", "black", "green", "brown", "long", "love", "hope", "may"])


def _is_title(agent: Agent) -> bool:
    words = agent.pattern.split()
    return (
        agent.kind in _TITLE_KINDS
        and agent.pattern not in _NOT_TITLES
        and 0 < len(words) <= 4
        # "foreign minister"; "secretary of state", "minister of defence", "chief of staff"
        and (words[-1] in _TITLE_HEADS or (len(words) >= 3 and words[1] == "of"
                                           and words[0] in _TITLE_HEADS))
    )


# Countries whose place names are Arabic: their regions may be written with the article.
_ARABIC_NAMING = frozenset(
    "ARE BHR DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SYR TUN YEM".split()
)


# "Dogon Ethnic Militia", "Issa Clan Militia" (and its alias "Peul militia"): the people a
# militia is of.
_COMMUNITY_MILITIA = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:Ethnic|Communal|Clan|"
                                r"Tribal) Militia$")
_PEOPLES_MILITIA = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:militias?|militiamen)$")


class Lexicon:
    """Entity phrases (countries, places, named actors, agents, titles) for the extractor.

    >>> lexicon = Lexicon.default()
    >>> lexicon.country("IRN").name
    'Iran'
    """

    _default: ClassVar[Lexicon | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self.phrases = PhraseIndex()
        self.titles = PhraseIndex()
        self._countries: dict[str, Country] = {}
        self.triggers: list[Trigger] = []
        self.trigger_index = TriggerIndex(())
        self.verbs: VerbDictionary | None = None
        # Speech is coded by the statements step (its cues, not its verbs); a PETRARCH set
        # alone codes speech with its own verbs.
        self.speech_from_statements = True
        self._shared_surnames: set[str] = set()
        # PETRARCH's convention: "A and B met C" is two events, A-C and B-C.
        self.one_event_per_pair = False
        # Names of armed groups and parties, keyed by their transliteration skeleton on first
        # use (see `group_by_key`).
        self._group_names: list[tuple[str, NamedActor]] = []
        self._group_keys: dict[str, NamedActor | None] | None = None
        # How many words may come between two words of a verb pattern that a space (not
        # TABARI's ``_``) separates. The default lexicon's patterns were written for parse
        # trees: a short window stands in for the phrase; a TABARI/PETRARCH set's patterns
        # span the clause.
        self.pattern_gap = 2
        # The code an agent with no owner gets before its own: "" ("GOV"), or PETRARCH's
        # "---" ("---GOV": some government).
        self.unowned_agent = ""
        # Agents whose code goes before the actor's they stand before ("MSF Arnor diplomat"
        # -> NGO + ARNGOV).
        self.prepended_agents: set[str] = set()
        # Peoples, clans and communities whose militias the actor tables name ("Dogon Ethnic
        # Militia", alias "Dogon militia"), keyed by the people's name in lower case.
        self.communities: dict[str, NamedActor] = {}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon built from the package's gazetteers (built once, then shared; kept
        on disk for the next process, see `eventkit.extract._cache`)."""
        lexicon = cls._default
        if lexicon is None:
            with cls._default_lock:
                if cls._default is None:
                    with gazetteer.paused_gc():
                        built = _cache.load(cls)
                        if built is None:
                            built = cls()
                            built._load_gazetteers()
                            _cache.save(built)
                    cls._default = built
                lexicon = cls._default
        return lexicon

    @classmethod
    def from_petrarch(
        cls,
        directory: str | Path,
        *,
        base: Lexicon | None = None,
        files: Mapping[str, str | Sequence[str]] | None = None,
        strict: bool = True,
    ) -> Lexicon:
        """A lexicon from a PETRARCH (or TABARI) dictionary set.

        ``directory`` holds the set's files, found by name (``*actors*`` — several allowed —,
        ``*agents*``, ``*verbs*``, ``*discards*``, ``*issues*``; case-insensitive), unless
        ``files`` names them (``{"actors": [...], "verbs": "..."}``, relative to the folder).
        Without ``base`` the lexicon holds only the set's entries (no gazetteer countries, no
        curated triggers); with it, the base's entries plus the set's (the set's win on equal
        matches). Malformed entries raise `eventkit.FormatError` with the file and line;
        with ``strict=False`` they are skipped (and listed in the lexicon's ``errors``), which
        the standard OEDA set needs (it has a few, e.g. ``[ARMUNR 9008223-911221]``).
        """
        from ._petrarch import build_lexicon

        return build_lexicon(directory, base=base, files=files, strict=strict)

    @classmethod
    def use_default(cls, lexicon: Lexicon | None) -> None:
        """Make ``lexicon`` the one `Lexicon.default` returns, process-wide (None: go back
        to the package's own, built on next use). Worker processes forked later inherit it."""
        with Lexicon._default_lock:
            Lexicon._default = lexicon

    def _load_gazetteers(self) -> None:
        for record in gazetteer.countries():
            self.add_country(record)
        for sub in gazetteer.subdivisions():
            self.add_subdivision(sub)
        for place in gazetteer.places():
            self.add_place(place)
        actors = gazetteer.named_actors()
        # A surname two curated figures share names neither of them alone.
        counts = Counter(form.lower() for actor in actors for form in _surnames(actor))
        self._shared_surnames = {form for form, count in counts.items() if count > 1}
        for actor in actors:
            self.add_named_actor(actor)
        for agent in sorted(gazetteer.agents(), key=lambda a: a.source != "curated"):
            self.add_agent(agent)
        self.set_triggers(load_triggers())
        verbs = resources.files("eventkit.extract").joinpath("data").joinpath("CAMEO.2.0.txt")
        with verbs.open("r", encoding="utf-8", errors="replace") as handle:
            self.verbs = VerbDictionary.parse(handle, "CAMEO.2.0.txt")

    def set_triggers(self, triggers: Iterable[Trigger]) -> None:
        """Use these event triggers (see ``data/triggers.tsv`` for the columns)."""
        self.triggers = list(triggers)
        self.trigger_index = TriggerIndex(self.triggers)

    def add_country(self, record: Country) -> None:
        self._countries[record.iso3] = record
        for name in (record.name, *record.aliases):
            self.phrases.add(name, Entry("country", record, _case(name), 5))
            if name.lower().startswith("the "):
                self.phrases.add(name[4:], Entry("country", record, _case(name[4:]), 5))
        for adjective in record.adjectives:
            self.phrases.add(adjective, Entry("adjective", record, _case(adjective), 4))
        if record.capital:
            for spelling in _spellings(record.capital):
                self.phrases.add(spelling, Entry("capital", record, CAPITALIZED, 4))
        for seat in record.seats:
            self.phrases.add(seat, Entry("seat", record, _case(seat), 6))
        for seat in record.military_seats:
            self.phrases.add(seat, Entry("military_seat", record, _case(seat), 6))

    def add_subdivision(self, record: Subdivision) -> None:
        from ..formats._countries import ACLED_ADMIN1

        names = [record.name, *record.aliases]
        if record.code in ACLED_ADMIN1:
            names.append(ACLED_ADMIN1[record.code])  # as ACLED's notes spell it: "Ombella-M'Poko"
        if record.country in _ARABIC_NAMING:
            # "Al Nabatieh", "Al-Hasakeh": the article Arabic names may carry in the press
            names += [f"{article}{name}" for name in names if not name.lower().startswith(
                ("al ", "al-", "el ", "el-", "ad ", "ash ", "as ", "ar ")
            ) for article in ("Al ", "Al-")]
        # "Taita/Taveta" is written "Taita Taveta" and "Taita-Taveta" too
        names += [joined for name in names if "/" in name.strip("/")
                  for joined in (_SLASH.sub(" ", name), _SLASH.sub("-", name))]
        for name in names:
            self.phrases.add(name, Entry("subdivision", record, _case(name), 3))

    def add_place(self, record: Place) -> None:
        for name in (record.name, *record.aliases):
            if len(name) > 2:
                for spelling in _spellings(name):
                    self.phrases.add(spelling, Entry("place", record, _case(spelling), 2))

    def add_named_actor(self, record: NamedActor) -> None:
        keyed = record.kind in _KEYED_KINDS
        for pattern in (record.name, *record.patterns):
            if len(pattern) > 1:
                self.phrases.add(pattern, Entry("actor", record, _case(pattern), 7))
                if "-" in pattern:
                    # The press writes "al-Shabaab" and "al Shabaab", "Lashkar-e-Taiba" and
                    # "Lashkar e Taiba": a hyphen between letters may be a space.
                    spaced = _WORD_HYPHEN.sub(" ", pattern)
                    if spaced != pattern:
                        self.phrases.add(spaced, Entry("actor", record, _case(spaced), 7))
                if keyed:
                    self._group_names.append((pattern, record))
        if keyed:
            self._group_keys = None
        if record.kind == "militia" and _COMMUNITY_MILITIA.match(record.name):
            for pattern in (record.name, *record.patterns):
                people = _COMMUNITY_MILITIA.match(pattern) or _PEOPLES_MILITIA.match(pattern)
                if people is not None:
                    self.communities.setdefault(people.group(1).lower(), record)
        for surname in _surnames(record):
            if surname.lower() in self._shared_surnames:
                continue
            # Leaders named by surname alone ("Assad", "Zelensky"): only for the curated
            # current figures, whose surnames are distinctive; priority below places.
            self.phrases.add(surname, Entry("actor", record, CAPITALIZED, 1))

    def add_agent(self, record: Agent) -> None:
        if record.pattern.split()[-1:] and record.pattern.split()[-1] in FACILITIES:
            return  # "military base", "police station": places, not actors
        word = AgentWord(
            record.pattern,
            record.code,
            record.kind,
            _is_title(record),
            record.pattern.lower() in self.prepended_agents,
        )
        for form in {record.pattern, record.plural}:
            if form:
                self.phrases.add(form.lower(), Entry("agent", word, ANY_CASE, 1))
        if word.title:
            self.titles.add(record.pattern.lower(), Entry("title", word, ANY_CASE))

    def add_actor(
        self,
        patterns: Iterable[str],
        *,
        name: str,
        cameo: str,
        kind: str,
        country: str = "",
        title: str = "",
    ) -> None:
        """Teach the extractor a named actor (a group, an organisation, a person)."""
        patterns = tuple(patterns)
        self.add_named_actor(
            NamedActor(
                id=f"user:{name}",
                name=name,
                patterns=patterns,
                cameo=cameo,
                history=(),
                kind=kind,
                country=country,
                title=title,
                source="user",
            )
        )

    # -- lookups ------------------------------------------------------------------------
    def group_by_key(self, name: str) -> NamedActor | None:
        """The armed group or party a name spells in another romanisation ("Ahlu Sunnah
        Wa-Jama" for "Ahlu Sunna Waljama'a"), by the skeleton key of `name_key`; None when
        no group, or two different groups, have that key."""
        key = name_key(name)
        if not key:
            return None
        keys = self._group_keys
        if keys is None:
            # Built on the first look-up, not with the lexicon: most texts never need it.
            keys = {}
            for pattern, record in self._group_names:
                pattern_key = name_key(pattern)
                if pattern_key:
                    # Two groups of one dictionary with one key name neither; a group that
                    # two dictionaries list (curated and OEDA rows, curated first) keeps the
                    # first row.
                    known = keys.get(pattern_key, record)
                    same = known is not None and (
                        known.cameo == record.cameo or known.source != record.source
                    )
                    keys[pattern_key] = known if same else None
            self._group_keys = keys
        return keys.get(key)

    def country(self, iso3: str | None) -> Country | None:
        return self._countries.get(iso3) if iso3 else None

    def countries(self) -> Iterable[Country]:
        return self._countries.values()


_case = case_rule


def person_title_words() -> frozenset[str]:
    return frozenset(_PERSON_TITLES) | _COMMON_TITLES


def common_title_words() -> frozenset[str]:
    return _COMMON_TITLES
