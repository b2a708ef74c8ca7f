"""PETRARCH and TABARI dictionaries: actors, agents, verbs, discards and issues.

`Lexicon.from_petrarch` reads one dictionary set (a folder holding its actors, agents, verbs and
discards files) into the lexicon objects the default coder uses. The formats, as the headers of
the Open Event Data Alliance dictionaries and the PETRARCH documentation give them:

Actors (``*actors*``, TABARI ``.actors``)
    ``NAME [CODE]``; ``_`` or a space joins the words of a name (a trailing ``_`` marks a
    complete word); ``+SYNONYM`` lines name the preceding actor again; codes may be restricted
    to dates, ``[CODE >YYYYMMDD]`` (after), ``[CODE <YYYYMMDD]`` (before) or
    ``[CODE YYYYMMDD-YYYYMMDD]`` (between; TABARI's ``YYMMDD`` is read too), one per line
    under the name; the unrestricted code is the default; ``[---]`` is a null code (the actor
    is recognised but not coded). ``#`` starts a comment, ``<!-- ... -->`` brackets one.
Agents (``*agents*``)
    ``NAME {PLURALS} [~CODE]``: the code is appended to its owner's (``[~GOV]``) or put before
    it (``[NGO~]``); ``{}`` means "no plural", no braces "the regular plural";
    ``!PERSON! = MAN, MEN, WOMAN`` defines a substitution set used as ``CONGRESS!PERSON!``.
Discards (``*discards*``)
    one phrase a line: ``+PHRASE`` discards the whole story, a plain phrase the sentence.
Issues (``*issues*`` / ``*IssueCoding*``)
    ``phrase [ISSUE]`` lines inside ``<ISSUE CATEGORY="...">`` blocks; ``~phrase`` excludes.
Verbs (``*verbs*``)
    read by `eventkit.extract._verbs.VerbDictionary`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import attr
from attrs import field, frozen

from .._errors import FormatError
from ..codebooks import register_event_codes
from ..gazetteer import Agent, NamedActor
from ._lexicon import KIND_OF_ROLE, Lexicon
from ._mypyc import new_set
from ._phrases import CAPITALIZED, UPPER, Entry, phrase_key
from ._verbs import Verb, VerbDictionary

__all__ = [
    "Discards",
    "PetrarchActor",
    "PetrarchAgent",
    "PetrarchLexicon",
    "build_lexicon",
    "discarded",
    "find_files",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_issues",
]

Period = tuple[str, dt.date | None, dt.date | None]

# Priorities of a set's entries: above the gazetteers' when the set extends a base lexicon.
_ACTOR_PRIORITY = 9
_AGENT_PRIORITY = 2
# Above this many actor-phrase x agent-phrase pairs, composed phrases ("Osgiliath soldiers")
# are not spelled out in the phrase index (the standard Phoenix set would need millions).
_COMPOSE_LIMIT = 150_000
# TABARI: words of a pattern a space separates may have other words between them, within
# the clause; up to twelve stand in for it (news sentences run on over several clauses, and
# a pattern word found in the next one codes the wrong event).
_CLAUSE_GAP = 12


@frozen
class PetrarchActor:
    """An actor entry: its names, its default code and its date-restricted codes."""

    names: tuple[str, ...]  # words joined by spaces, upper case as written
    code: str  # the unrestricted code; "" = null code (recognised, not coded)
    periods: tuple[Period, ...]
    file: str
    line: int

    def code_on(self, day: dt.date | None) -> str:
        if day is not None:
            for code, start, end in self.periods:
                if (start is None or start <= day) and (end is None or day <= end):
                    return code
        return self.code


@frozen
class PetrarchAgent:
    """An agent entry: a role word, its plurals, its code and where the code goes."""

    pattern: str
    plurals: tuple[str, ...]
    code: str
    prepend: bool  # ``[NGO~]``: the code goes before the owner's
    file: str
    line: int


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class Discards:
    """Phrases (as token normal forms) that discard a sentence or a whole story."""

    sentence: set[tuple[str, ...]] = field(factory=new_set)
    story: set[tuple[str, ...]] = field(factory=new_set)


class PetrarchLexicon(Lexicon):
    """A `Lexicon` read from a PETRARCH dictionary set, with the set's discards and issues."""

    def __init__(self) -> None:
        super().__init__()
        self.discards: set[tuple[str, ...]] = set()
        self.story_discards: set[tuple[str, ...]] = set()
        self.issues: dict[tuple[str, ...], str] = {}
        self.petrarch_actors: list[PetrarchActor] = []
        self.petrarch_agents: list[PetrarchAgent] = []
        self.sources: list[str] = []
        self.errors: list[FormatError] = []  # entries skipped by a lenient reading


# -- reading ----------------------------------------------------------------------------------
def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """Numbered lines with comments removed (``#`` to the end, ``<!-- ... -->`` blocks)."""
    in_comment = False
    # Read whole (dictionaries are a few MB at most), so that the file is closed when a
    # caller stops at an error midway, compiled or not.
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.readlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                continue
        while "<!" in line:
            before, _, after = line.partition("<!")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line = before
                in_comment = True
        line = line.split("#", 1)[0]
        if line.strip().startswith("~~FINISH"):  # TABARI's end-of-file marker
            return
        yield number, line


def _words(text: str) -> str:
    """``PRESIDENT_GEORGE_W._BUSH`` -> ``PRESIDENT GEORGE W. BUSH``."""
    return " ".join(text.replace("_", " ").split())


def _date(text: str, file: str, line: int) -> dt.date:
    if not text.isdigit() or len(text) not in (6, 8):
        raise FormatError(
            f"date restriction {text!r} is not YYYYMMDD (or TABARI's YYMMDD)", file=file, line=line
        )
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise FormatError(
            f"date restriction {text!r} is not a date", file=file, line=line
        ) from None


_CODE_AND_REST = re.compile(r"^(?P<code>[A-Za-z0-9/]+|-+|\++)\s*(?P<rest>.*)$")
_BEFORE_AFTER = re.compile(r"^(?P<op>[<>])\s*(?P<date>\S+)$")
_RANGE = re.compile(r"^(?P<start>\S+?)\s*-\s*(?P<end>\S+)$")


def _code_text(code: str) -> str:
    code = code.strip().upper()
    return "" if not code or set(code) <= {"-", "+"} else code


def _restriction(text: str, file: str, line: int) -> tuple[str, Period | None]:
    """The code of a bracket and its date restriction (None when unrestricted)."""
    body = text.strip()
    if not body:
        raise FormatError("empty code bracket []", file=file, line=line)
    match = _CODE_AND_REST.match(body)
    if match is None:
        raise FormatError(f"cannot read code {body!r}", file=file, line=line)
    raw, rest = match.group("code"), match.group("rest").strip()
    if raw.isdigit():
        raise FormatError(f"code bracket [{body}] has no code, only a date", file=file, line=line)
    code = _code_text(raw)
    if not rest:
        return code, None
    restricted = _BEFORE_AFTER.match(rest)
    if restricted:
        day = _date(restricted.group("date"), file, line)
        if restricted.group("op") == "<":
            return code, (code, None, day - dt.timedelta(days=1))
        return code, (code, day + dt.timedelta(days=1), None)
    span = _RANGE.match(rest)
    if span:
        start = _date(span.group("start"), file, line)
        end = _date(span.group("end"), file, line)
        if end < start:
            raise FormatError(f"date range [{body}] ends before it starts", file=file, line=line)
        return code, (code, start, end)
    raise FormatError(
        f"date restriction {rest!r} in [{body}] is not <YYYYMMDD, >YYYYMMDD or YYYYMMDD-YYYYMMDD",
        file=file,
        line=line,
    )


def _failed(error: FormatError, errors: list[FormatError] | None) -> None:
    """Raise ``error``, or keep it in ``errors`` (lenient reading) and go on."""
    if errors is None:
        raise error
    errors.append(error)


def _brackets(text: str, file: str, line: int) -> tuple[str, list[str]]:
    """The text before the first ``[`` and the contents of each ``[...]``."""
    head, _, rest = text.partition("[")
    if not _:
        if "]" in text:
            raise FormatError(f"']' without '[' in {text.strip()!r}", file=file, line=line)
        return text, []
    codes = []
    rest = "[" + rest
    while rest.strip():
        rest = rest.strip()
        if not rest.startswith("["):
            break  # text after the codes is a comment (PETRARCH ignores it too)
        close = rest.find("]")
        if close < 0:
            raise FormatError(
                f"code bracket never closed in {text.strip()!r}", file=file, line=line
            )
        codes.append(rest[1:close])
        rest = rest[close + 1 :]
    return head, codes


def read_actors(path: str | Path, errors: list[FormatError] | None = None) -> list[PetrarchActor]:
    """The actors of a PETRARCH (or TABARI ``.actors``) dictionary.

    Malformed entries raise `FormatError` (file and line), or, when an ``errors`` list is
    given, are recorded there and skipped.
    """
    reader = _ActorReader(str(path))
    for number, line in _lines(path):
        text = line.strip()
        if text:
            try:
                reader.line(text, number)
            except FormatError as error:
                _failed(error, errors)
    reader.close()
    return reader.actors


class _ActorReader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.actors: list[PetrarchActor] = []
        self.names: list[str] = []
        self.default: str | None = None
        self.periods: list[Period] = []
        self.first_line = 0

    def close(self) -> None:
        if not self.names:
            return
        default = self.default
        if default is None:
            # only restricted codes: outside them the actor keeps the latest one
            default = self.periods[-1][0] if self.periods else ""
        self.actors.append(
            PetrarchActor(
                tuple(self.names), default, tuple(self.periods), self.name, self.first_line
            )
        )
        self.names = []

    def code(self, body: str, number: int) -> None:
        code, period = _restriction(body, self.name, number)
        if period is None:
            if self.default is None:
                self.default = code
        else:
            self.periods.append(period)

    def line(self, text: str, number: int) -> None:
        if text.startswith(("+", "[")):
            if not self.names:
                raise FormatError(
                    f"{'synonym' if text[0] == '+' else 'code'} {text!r} before any actor",
                    file=self.name,
                    line=number,
                )
            head, codes = _brackets(text.lstrip("+"), self.name, number)
            if text.startswith("+") and _words(head):
                self.names.append(_words(head).upper())
        else:
            head, codes = _brackets(text, self.name, number)
            actor_name = _words(head)
            if not actor_name:
                raise FormatError(
                    f"actor entry without a name: {text!r}", file=self.name, line=number
                )
            self.close()
            self.names = [actor_name.upper()]
            self.default = None
            self.periods = []
            self.first_line = number
        for body in codes:
            self.code(body, number)


_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
# Phrases one agent line may expand to through !SUBSTITUTION! sets (the OEDA sets need 16).
_EXPANSION_LIMIT = 10_000
_SUBSTITUTION_DEPTH = 32


def plural(word: str) -> str:
    """The regular plural of an English noun phrase's last word (PETRARCH's rule)."""
    head, _, last = word.rpartition(" ")
    upper = last.upper()
    if upper.endswith(("S", "X", "Z", "CH", "SH")):
        last = last + "ES"
    elif upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        last = last[:-1] + "IES"
    elif upper.endswith("MAN"):
        last = last[:-3] + "MEN"
    else:
        last = last + "S"
    return f"{head} {last}" if head else last


def read_agents(path: str | Path, errors: list[FormatError] | None = None) -> list[PetrarchAgent]:
    """The agents of a PETRARCH (or TABARI ``.agents``) dictionary (``errors``: as
    `read_actors`)."""
    name = str(path)
    substitutions: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for number, line in _lines(path):
        text = line.strip()
        if not text:
            continue
        sub = _SUBSTITUTION.match(text)
        if sub:
            substitutions[sub.group(1).upper()] = [
                _words(item).upper() for item in sub.group(2).split(",") if item.strip()
            ]
            continue
        try:
            agents.extend(_agent_line(text, name, number, substitutions))
        except FormatError as error:
            _failed(error, errors)
    return agents


def _agent_line(
    text: str, name: str, number: int, substitutions: Mapping[str, list[str]]
) -> list[PetrarchAgent]:
    agents = []
    if text.count("{") != text.count("}"):
        raise FormatError(f"plural braces never closed in {text!r}", file=name, line=number)
    head, codes = _brackets(text, name, number)
    if not codes:
        raise FormatError(f"agent {head.strip()!r} has no [CODE]", file=name, line=number)
    raw_code = codes[0].strip().upper()
    if raw_code.count("~") > 1:
        raise FormatError(f"agent code {codes[0]!r} has several '~'", file=name, line=number)
    prepend = raw_code.endswith("~") and not raw_code.startswith("~")
    code = raw_code.strip("~ ")
    if not code or not re.fullmatch(r"[A-Z0-9]+", code):
        raise FormatError(f"cannot read agent code {codes[0]!r}", file=name, line=number)
    plurals_text = None
    brace = re.search(r"\{([^{}]*)\}", head)  # "{" stops the scan: linear on "}}{{{"
    if brace:
        plurals_text = brace.group(1)
        head = head[: brace.start()] + head[brace.end() :]
    pattern = head.strip()
    if not pattern:
        raise FormatError(f"agent entry without a name: {text!r}", file=name, line=number)
    for count, (expanded, substituted) in enumerate(
        _expand(pattern, substitutions, name, number), start=1
    ):
        if count > _EXPANSION_LIMIT:  # a hostile set would otherwise grow without bound
            raise FormatError(
                f"agent {pattern!r} expands to more than {_EXPANSION_LIMIT:,} phrases",
                file=name,
                line=number,
            )
        words = _words(expanded).upper()
        if plurals_text is not None:
            plurals = tuple(_words(p).upper() for p in plurals_text.split() if p.strip())
        elif substituted or expanded.endswith("_"):
            plurals = ()
        else:
            plurals = (plural(words),)
        agents.append(PetrarchAgent(words, plurals, code, prepend, name, number))
    return agents


def _expand(
    pattern: str, substitutions: Mapping[str, list[str]], file: str, line: int, depth: int = 0
) -> Iterator[tuple[str, bool]]:
    match = re.search(r"!(\w+)!", pattern)
    if match is None:
        yield pattern, False
        return
    if depth >= _SUBSTITUTION_DEPTH:  # "!X! = !X!" or hundreds of sets in one pattern
        raise FormatError(
            f"more than {_SUBSTITUTION_DEPTH} nested substitutions in {pattern[:80]!r}",
            file=file,
            line=line,
        )
    values = substitutions.get(match.group(1).upper())
    if values is None:
        raise FormatError(f"unknown substitution set !{match.group(1)}!", file=file, line=line)
    for value in values:
        for expanded, _ in _expand(
            pattern[: match.start()] + value + pattern[match.end() :],
            substitutions,
            file,
            line,
            depth + 1,
        ):
            yield expanded, True


def _key(text: str) -> tuple[str, ...]:
    return phrase_key(_words(text).lower())


def read_discards(path: str | Path, errors: list[FormatError] | None = None) -> Discards:
    """Story-level (``+PHRASE``) and sentence-level discard phrases (``errors``: as
    `read_actors`)."""
    name = str(path)
    discards = Discards()
    for number, line in _lines(path):
        text = line.strip()
        if not text:
            continue
        story = text.startswith("+")
        phrase = text[1:] if story else text
        key = _key(phrase)
        if "[" in phrase or "]" in phrase or not key:
            problem = "has a code bracket" if key else "is empty"
            _failed(FormatError(f"discard {text!r} {problem}", file=name, line=number), errors)
            continue
        (discards.story if story else discards.sentence).add(key)
    return discards


def read_issues(path: str | Path) -> dict[tuple[str, ...], str]:
    """Issue phrases and their issue codes (``~phrase`` exclusions are left out)."""
    name = str(path)
    issues: dict[tuple[str, ...], str] = {}
    for number, line in _lines(path):
        text = line.strip()
        if not text or text.startswith(("<", "~")):
            continue
        head, codes = _brackets(text, name, number)
        if not codes:
            continue
        phrase = re.sub(r"\b[a-z]:", "", head).replace("+", " ")
        key = _key(phrase)
        if key:
            issues[key] = codes[0].strip()
    return issues


# -- finding a set's files -------------------------------------------------------------------
_KINDS = ("actors", "agents", "verbs", "discards", "issues")


def find_files(directory: str | Path) -> dict[str, list[Path]]:
    """The dictionary files of a folder by kind, from their names (case-insensitive)."""
    folder = Path(directory)
    if not folder.is_dir():
        raise FormatError(f"no dictionary folder {str(folder)!r}", file=str(folder))
    found: dict[str, list[Path]] = {kind: [] for kind in _KINDS}
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        lower = path.name.lower()
        for kind in _KINDS:
            if kind in lower or (kind == "issues" and "issuecoding" in lower):
                found[kind].append(path)
                break
        else:
            # TABARI extensions: .actors, .agents, .verbs
            suffix = path.suffix.lower().lstrip(".")
            if suffix in ("actors", "agents", "verbs"):
                found[suffix].append(path)
    return found


# -- building a lexicon ----------------------------------------------------------------------
def _display(words: str) -> str:
    return " ".join(word[:1] + word[1:].lower() for word in words.split())


def _actor_case(pattern: str) -> int:
    words = pattern.split()
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha():
        return UPPER  # "US", "UN": not "us", "un"
    return CAPITALIZED


def _shaped(code: str) -> str:
    """A code cut to whole 3-character blocks (``YEMNO`` -> ``YEM``); "" when none is left."""
    code = code.split("/")[0]
    return code[: len(code) - len(code) % 3] if re.fullmatch(r"[A-Z0-9]+", code) else ""


def _kind(code: str) -> str:
    return KIND_OF_ROLE.get(code[3:6], KIND_OF_ROLE.get(code[:3], "organization"))


def _country(code: str) -> str:
    from .._validators import is_country

    return code[:3] if code and is_country(code[:3]) else ""


def _named(actor: PetrarchActor, index: int, agent: PetrarchAgent | None = None) -> NamedActor:
    def compose(code: str) -> str:
        code = _shaped(code)
        if agent is None or not code:
            return code
        return combine(code, agent.code, prepend=agent.prepend)

    history = tuple((compose(code), start, end) for code, start, end in actor.periods)
    code = compose(actor.code)
    display = _display(actor.names[0])
    if agent is not None:
        display = f"{display} {_display(agent.pattern)}"
    kind = _kind(code) if code else "unknown"
    if agent is not None:
        kind = KIND_OF_ROLE.get(agent.code[:3], kind)
    return NamedActor(
        id=f"petrarch:{Path(actor.file).name}:{actor.line}" + (f":{agent.line}" if agent else ""),
        name=display,
        patterns=(),
        cameo=code,
        history=history,
        kind=kind,
        country=_country(code),
        title="",
        source="petrarch",
    )


def combine(actor_code: str, agent_code: str, *, prepend: bool = False) -> str:
    """An actor's code with an agent's: ``CAL`` + ``~GOV`` -> ``CALGOV``, ``ARN`` + ``NGO~``
    -> ``NGOARN``; 3-character blocks the actor's code already has are not repeated
    (``USAGOV`` + ``~GOV`` -> ``USAGOV``, ``HGWGOVMED`` + ``~GOVMED`` -> ``HGWGOVMED``)."""
    have = {actor_code[i : i + 3] for i in range(0, len(actor_code), 3)}
    extra = "".join(
        block
        for block in (agent_code[i : i + 3] for i in range(0, len(agent_code), 3))
        if block not in have
    )
    return _shaped(extra + actor_code if prepend else actor_code + extra)


def _agent_forms(agent: PetrarchAgent) -> list[str]:
    return [agent.pattern, *agent.plurals]


def add_set(
    lexicon: PetrarchLexicon,
    actors: Sequence[PetrarchActor],
    agents: Sequence[PetrarchAgent],
) -> None:
    """Put a set's actors and agents in the lexicon's phrase index."""
    phrases = lexicon.phrases
    lexicon.prepended_agents.update(
        form.lower() for agent in agents if agent.prepend for form in _agent_forms(agent)
    )
    for index, actor in enumerate(actors):
        record = _named(actor, index)
        for pattern in actor.names:
            phrases.add(
                pattern.lower(), Entry("actor", record, _actor_case(pattern), _ACTOR_PRIORITY)
            )
            if pattern.startswith("THE ") and len(pattern) > 4:
                # "THE_SHIRE": "the Shire" inside a sentence, its article in lower case
                phrases.add(
                    pattern[4:].lower(),
                    Entry("actor", record, _actor_case(pattern[4:]), _ACTOR_PRIORITY),
                )
    for agent in agents:
        lexicon.add_agent(
            Agent(
                pattern=agent.pattern.lower(),
                plural=agent.plurals[0].lower() if agent.plurals else "",
                code=agent.code,
                kind=KIND_OF_ROLE.get(agent.code[:3], "unknown"),
                source="petrarch",
            )
        )
        for extra in agent.plurals[1:]:
            lexicon.add_agent(
                Agent(
                    extra.lower(),
                    "",
                    agent.code,
                    KIND_OF_ROLE.get(agent.code[:3], "unknown"),
                    "petrarch",
                )
            )
    # An actor named before an agent is the agent's owner: "Osgiliath soldiers" (OSGMIL),
    # "Gondor's foreign minister" (GONGOVFRM). Spelled out for sets small enough.
    pairs = sum(len(a.names) for a in actors) * sum(len(_agent_forms(g)) for g in agents)
    if pairs > _COMPOSE_LIMIT:
        return
    for index, actor in enumerate(actors):
        if not actor.code and not actor.periods:
            continue
        for agent in agents:
            record = _named(actor, index, agent)
            for name in actor.names:
                case = _actor_case(name)
                for form in _agent_forms(agent):
                    entry = Entry("actor", record, case, _ACTOR_PRIORITY)
                    phrases.add(f"{name} {form}".lower(), entry)
                    phrases.add(f"{name} 's {form}".lower(), entry)


def build_lexicon(
    directory: str | Path | None = None,
    *,
    base: Lexicon | None = None,
    files: Mapping[str, str | Path | Sequence[str | Path]] | None = None,
    strict: bool = True,
) -> PetrarchLexicon:
    """A lexicon from a set's files: found by name in ``directory``, unless ``files`` names
    them by kind (``{"actors": [...], "verbs": "..."}``, relative to ``directory``).
    ``strict=False``: malformed entries are skipped and kept in the lexicon's ``errors``
    instead of raising."""
    folder = Path(directory) if directory is not None else None
    found = find_files(folder) if folder is not None else {kind: [] for kind in _KINDS}
    named = dict(files or {})
    unknown = set(named) - set(_KINDS)
    if unknown:
        raise ValueError(f"unknown dictionary kinds {sorted(unknown)}; expected {_KINDS}")

    def chosen(kind: str) -> list[Path]:
        given = named.get(kind)
        if given is None:
            return found[kind]
        items = [given] if isinstance(given, (str, Path)) else list(given)
        paths = [folder / item if folder is not None else Path(item) for item in items]
        for path in paths:
            if not path.is_file():
                raise FormatError(f"no {kind} file {str(path)!r}", file=str(path))
        return paths

    actor_files = chosen("actors")
    agent_files = chosen("agents")
    verb_files = chosen("verbs")
    discard_files = chosen("discards")
    issue_files = chosen("issues")
    if not (actor_files or agent_files or verb_files) and base is None:
        raise FormatError(
            "no PETRARCH dictionaries (files named *actors*, *agents*, *verbs*) found",
            file=str(folder),
        )

    lexicon = PetrarchLexicon()
    errors: list[FormatError] | None = None if strict else lexicon.errors
    if base is not None:
        lexicon.phrases = base.phrases.copy()
        lexicon.titles = base.titles.copy()
        lexicon._countries = dict(base._countries)
        lexicon._group_names = list(base._group_names)  # for names in other romanisations
        lexicon.triggers = list(base.triggers)
        lexicon.trigger_index = base.trigger_index
        if isinstance(base, PetrarchLexicon):
            lexicon.discards |= base.discards
            lexicon.story_discards |= base.story_discards
            lexicon.issues.update(base.issues)
    actor_records = [actor for path in actor_files for actor in read_actors(path, errors)]
    agent_records = [agent for path in agent_files for agent in read_agents(path, errors)]
    lexicon.petrarch_actors = actor_records
    lexicon.petrarch_agents = agent_records
    add_set(lexicon, actor_records, agent_records)

    dictionaries = []
    for path in verb_files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            dictionaries.append(VerbDictionary.parse(handle, str(path)))
    if base is not None and base.verbs is not None:
        dictionaries.append(base.verbs)
    lexicon.verbs = _merge_verbs(dictionaries) if dictionaries else None
    # A set may code events outside CAMEO's 318 codes (the PETRARCH test sets do).
    register_event_codes(
        code
        for dictionary in dictionaries
        for verb in dictionary.verbs
        for code in (verb.code, *(pattern.code for pattern in verb.patterns))
        if code
    )
    # Coding with a set alone follows PETRARCH: its verbs code every event, speech included,
    # and a sentence with several actors on a side yields one event per pair.
    lexicon.speech_from_statements = base is not None
    lexicon.one_event_per_pair = base is None
    lexicon.pattern_gap = _CLAUSE_GAP if base is None else lexicon.pattern_gap
    lexicon.unowned_agent = "---" if base is None else lexicon.unowned_agent

    for path in discard_files:
        read = read_discards(path, errors)
        lexicon.discards |= read.sentence
        lexicon.story_discards |= read.story
    for path in issue_files:
        lexicon.issues.update(read_issues(path))
    lexicon.sources = [
        str(path) for path in (*actor_files, *agent_files, *verb_files, *discard_files)
    ]
    return lexicon


def _merge_verbs(dictionaries: Sequence[VerbDictionary]) -> VerbDictionary:
    """One verb dictionary from several; the earlier ones' forms are tried first."""
    if len(dictionaries) == 1:
        return dictionaries[0]
    merged = VerbDictionary()
    index: dict[str, list[tuple[tuple[str, ...], Verb]]] = {}
    for dictionary in dictionaries:
        merged.verbs.extend(dictionary.verbs)
        for word, forms in dictionary.by_first_word.items():
            index.setdefault(word, []).extend(forms)
    merged.by_first_word = index
    return merged


# -- discards --------------------------------------------------------------------------------
def _contains(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    for phrase in phrases:
        length = len(phrase)
        first = phrase[0]
        for start in range(len(words) - length + 1):
            if words[start] == first and tuple(words[start : start + length]) == phrase:
                return True
    return False


def discarded(
    doc_tokens_norms: Sequence[str], sentence_range: tuple[int, int] | range, lexicon: Lexicon
) -> bool:
    """Whether the lexicon's discards rule out events in this sentence: a story-level discard
    phrase anywhere in the document, or a sentence-level one inside the sentence.

    ``doc_tokens_norms`` are the normal forms of the document's tokens; ``sentence_range`` the
    sentence's tokens, ``(first, last)`` (last excluded) or a ``range``.
    """
    story: set[tuple[str, ...]] = getattr(lexicon, "story_discards", set())
    sentence: set[tuple[str, ...]] = getattr(lexicon, "discards", set())
    if not story and not sentence:
        return False
    if story and _contains(doc_tokens_norms, story):
        return True
    if isinstance(sentence_range, range):
        first, last = sentence_range.start, sentence_range.stop
    else:
        first, last = sentence_range
    return bool(sentence) and _contains(doc_tokens_norms[first:last], sentence)
