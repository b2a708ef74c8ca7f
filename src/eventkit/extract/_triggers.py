"""Event triggers as data: verbs, nouns and phrases with the CAMEO code they signal.

Two sources, both data files a user can extend or replace: the project's own lexicon of the
vocabulary of today's wars (``data/triggers.tsv``: drone strike, shelling, IED, ceasefire,
joint exercise...) and a PETRARCH verb dictionary (by default the OEDA ``CAMEO.2.0.txt``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import NamedTuple

from .._errors import FormatError
from ._verbs import verb_forms

__all__ = ["Trigger", "TriggerIndex", "load_triggers"]

IRREGULAR = {
    "shoot": ("shot",),
    "fight": ("fought",),
    "strike": ("struck", "stricken"),
    "hold": ("held",),
    "meet": ("met",),
    "take": ("took", "taken"),
    "set": ("set",),
    "overrun": ("overran", "overrun"),
    "retake": ("retook", "retaken"),
    "beat": ("beaten",),
    "throw": ("threw", "thrown"),
    "lead": ("led",),
    "seize": ("seized",),
    "hit": ("hit",),
    "sign": ("signed",),
    "cut": ("cut",),
    "withdraw": ("withdrew", "withdrawn"),
    "blow": ("blew", "blown"),
    "begin": ("began", "begun"),
    "round": ("rounded",),
    "open": ("opened",),
    "put": ("put",),
    "break": ("broke", "broken"),
    "give": ("gave", "given"),
    "shoot down": ("shot down",),
    "run": ("ran",),
    "drive": ("drove", "driven"),
    "step": ("stepped",),
    "slit": ("slit",),
    "steal": ("stole", "stolen"),
    "burn": ("burnt",),
    "burn down": ("burnt down",),
    "find": ("found",),
    "seek": ("sought",),
    "send": ("sent",),
}


class Trigger(NamedTuple):
    """One trigger: its words, whether it is a verb or a noun, and what it codes (a named
    tuple: the compiled build reads its fields by index)."""

    id: str
    words: tuple[str, ...]  # "*" stands for up to `_GAP` words, "**" for `_LONG_GAP`,
    # "***" for `_LIST_GAP`
    pos: str  # "verb" or "noun"
    cameo: str
    acled: str | None
    weapon: str | None
    symmetric: bool
    source: str = "eventkit"


def load_triggers(lines: Iterable[str] | None = None) -> list[Trigger]:
    """Read a triggers TSV (the package's own when ``lines`` is None)."""
    if lines is None:
        text = resources.files("eventkit.extract").joinpath("data").joinpath("triggers.tsv")
        lines = io.StringIO(text.read_text(encoding="utf-8"))
    triggers = []
    seen: set[str] = set()
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row["id"] in seen:
            # two rows of one id would code the same words two ways, the first silently
            raise FormatError(f"trigger id {row['id']!r} is used twice", file="triggers",
                              line=reader.line_num, column="id")
        seen.add(row["id"])
        triggers.append(
            Trigger(
                id=row["id"],
                words=_pattern_words(row["pattern"]),
                pos=row["pos"],
                cameo=row["cameo"],
                acled=row["acled"] or None,
                weapon=row["weapon"] or None,
                symmetric=row["symmetric"] == "y",
            )
        )
    return triggers


# Words a "*" may stand for: enough for "entered Kherson city (Kherson) without".
_GAP = 5
# Words a "**" may stand for, before a closing word that ends no other phrase ("burned a
# member of the Twa community alive").
_LONG_GAP = 8
# Words a "***" may stand for, commas and "and" among them: a list of the dead between "the
# bodies of" and "were found" ("the bodies of the ICT manager, Chris Msando, and another
# youth were found").
_LIST_GAP = 20
_GAPS = {"*": _GAP, "**": _LONG_GAP, "***": _LIST_GAP}


def _pattern_words(pattern: str) -> tuple[str, ...]:
    """A pattern's words as the tokenizer splits text: "sit-in" is "sit", "-", "in"."""
    words: list[str] = []
    for word in pattern.lower().split():
        parts = word.split("-")
        for index, part in enumerate(parts):
            if index:
                words.append("-")
            if part:
                words.append(part)
    return tuple(words)


def _plural(word: str) -> frozenset[str]:
    forms = _PLURALS.get(word)
    if forms is None:
        if word.endswith(("s", "x", "ch", "sh")):
            forms = frozenset({word, word + "es"})
        elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
            forms = frozenset({word, word[:-1] + "ies"})
        else:
            forms = frozenset({word, word + "s"})
        _PLURALS[word] = forms  # (a pattern's words: a few hundred, matched over and over)
    return forms


_PLURALS: dict[str, frozenset[str]] = {}


class TriggerIndex:
    """Triggers indexed by the inflected forms of their first word."""

    # (``()`` by default: unpickling makes a compiled index empty first, then fills it)
    def __init__(self, triggers: Iterable[Trigger] = ()) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
        for trigger in triggers:
            for words in self._variants(trigger):
                self._by_first.setdefault(words[0], []).append((words, trigger))
        for entries in self._by_first.values():
            entries.sort(key=lambda item: -len(item[0]))

    @staticmethod
    def _variants(trigger: Trigger) -> Iterator[tuple[str, ...]]:
        words = trigger.words
        if trigger.pos == "verb":
            head = words[0]
            forms = verb_forms(head) | set(IRREGULAR.get(head, ()))
            for form in forms:
                yield (form, *words[1:])
        else:
            last = words[-1]
            for form in _plural(last):
                yield (*words[:-1], form)

    def starts(self, norm: str) -> bool:
        """Whether some trigger starts with this word (most words start none)."""
        return norm in self._by_first

    def starts_verb(self, norm: str) -> bool:
        """Whether some verb trigger starts with this form of its verb ("abducts")."""
        return any(trigger.pos == "verb" for _, trigger in self._by_first.get(norm, ()))

    def match(self, norms: list[str], index: int) -> tuple[int, Trigger] | None:
        """The longest trigger starting at ``norms[index]``: ``(end, trigger)``."""
        return next(self.matches(norms, index), None)

    def matches(self, norms: list[str], index: int) -> Iterator[tuple[int, Trigger]]:
        """Every trigger starting at ``norms[index]``, longest first ("torture" the verb,
        then the noun)."""
        for words, trigger in self._by_first.get(norms[index], ()):
            end = _match_words(norms, index, words)
            if end is not None:
                yield end, trigger


def _match_words(norms: list[str], index: int, words: tuple[str, ...]) -> int | None:
    position = index
    pending_gap = 0
    for word in words:
        if word in ("*", "**", "***"):
            pending_gap = _GAPS[word]
            continue
        limit = position + (pending_gap + 1 if pending_gap else 1)
        found = None
        for candidate in range(position, min(limit, len(norms))):
            if norms[candidate] == word or (pending_gap and norms[candidate] in _plural(word)):
                found = candidate
                break
            if norms[candidate] in (".", ";", ",", "and") and pending_gap and (
                pending_gap != _LIST_GAP or norms[candidate] in (".", ";")
            ):
                break
        if found is None:
            return None
        position = found + 1
        pending_gap = 0
    return position
