"""PETRARCH/TABARI verb dictionaries: verbs with their CAMEO codes and phrase patterns.

The default lexicon reads the Open Event Data Alliance's ``CAMEO.2.0.txt`` (MIT, shipped in
``data/``); `eventkit.Lexicon.from_petrarch` reads a user's set the same way. The format:

- ``---  NAME   [CODE]  ---`` opens a block; the verbs under it take its code unless they
  give their own (``MURDER [190]``), with irregular forms in braces (``SLAY {SLAYS SLAIN}``);
- ``- BEFORE * AFTER   [CODE]`` is a pattern: words around the verb (``*``) that refine the
  code; ``[---]`` means "no event"; ``&NAME`` refers to a synonym set; ``{A B}`` and ``(A B)``
  group words; ``$``, ``+``, ``^`` and ``%`` mark the source, target and skipped phrases;
- ``&NAME`` followed by ``+WORD`` lines defines a synonym set.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attr
from attrs import field, frozen

from .._errors import FormatError
from ._mypyc import new_dict, new_list

__all__ = [
    "Anchor",
    "Element",
    "Verb",
    "VerbDictionary",
    "VerbPattern",
    "match_side",
    "reversed_elements",
    "verb_forms",
]

_BLOCK = re.compile(r"^-{3}\s+(\S+)\s+\[([^\]]*)\]")
# An opening bracket stops the scan: linear on "[[[[..." (a bracket is never nested).
_CODE = re.compile(r"\[([^\[\]]*)\]")
_BRACES = re.compile(r"\{([^{}]*)\}")
_MARKERS = frozenset({"$", "+", "^", "%", "-"})


Alternative = tuple[str, ...]  # one way to fill a pattern slot: one word or several

# Marker kinds of a pattern slot: a word (or a synonym set), the source ``$``, the target
# ``+``, an actor skipped ``^``, a compound (several coordinated actors) ``%``.
WORD, SOURCE, TARGET, SKIP, COMPOUND = "word", "$", "+", "^", "%"


class Element(NamedTuple):
    """One slot of a pattern: the words that fill it (a word slot) or a role marker.

    ``joined`` (TABARI's ``_`` connector): the slot must come right next to the one before
    it in reading order (or to the verb, for the first slot after it or the last before it);
    otherwise other words may come between.

    Named tuples, this and the pattern and verb records: every verb found in a text walks its
    patterns, and the compiled build reads a named tuple's fields by index."""

    kind: str
    words: frozenset[Alternative] = frozenset()
    joined: bool = False
    # PETRARCH-2's ``{noun phrase}``: its words run together, and it begins within a few
    # words (articles, numbers, adjectives) of the slot before it or of the verb.
    near: bool = False

    def first_words(self) -> frozenset[str]:
        return frozenset(alternative[0] for alternative in self.words)


class VerbPattern(NamedTuple):
    """Words before and after the verb (each a slot of accepted words) and the code.

    ``code`` is the event from source to target; ``paired`` (``[031:032]``) an event the
    pattern also codes from the target back to the source. Made by `verb_pattern`, which
    counts the derived fields once."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str | None  # None: this use of the verb is not an event
    paired: str | None
    backwards: tuple[Element, ...]  # ``before`` read from the verb backwards
    # The words that may stand first after (before) the verb when a word slot is nearest
    # it: a cheap test before the pattern is walked (empty: no such slot).
    lead_after: frozenset[str]
    lead_before: frozenset[str]
    # How many word slots the pattern has (patterns are tried most specific first).
    size: int
    target_first: bool  # ``+ * ... $``: the actor before the verb is the target
    compound_first: bool  # ``% * ...``: only when several actors do it together

    def words_before(self) -> frozenset[str]:
        return frozenset(w for e in self.before for alt in e.words for w in alt)


def verb_pattern(
    before: tuple[Element, ...], after: tuple[Element, ...], code: str | None,
    paired: str | None = None,
) -> VerbPattern:
    backwards = reversed_elements(before)
    return VerbPattern(
        before, after, code, paired, backwards, _lead(after), _lead(backwards),
        sum(e.kind == WORD for e in (*before, *after)),
        any(e.kind == TARGET for e in before),
        any(e.kind == COMPOUND for e in before),
    )


class Verb(NamedTuple):
    """A verb (maybe several words, "shoot down") with its code and patterns."""

    words: tuple[str, ...]
    code: str | None
    block: str
    patterns: tuple[VerbPattern, ...] = ()
    irregular: tuple[tuple[str, ...], ...] = ()  # inflections the regular rules miss
    paired: str | None = None  # ``[031:032]``: the event coded back from target to source


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class VerbDictionary:
    """All verbs of a dictionary, indexed by the first word of each inflected form."""

    verbs: list[Verb] = field(factory=new_list)
    by_first_word: dict[str, list[tuple[tuple[str, ...], Verb]]] = field(factory=new_dict)

    @classmethod
    def parse(cls, lines: Iterable[str], name: str = "<verbs>") -> VerbDictionary:
        return _Parser(name).parse(lines)

    def starts(self, word: str) -> bool:
        """Whether some verb form starts with this word."""
        return word in self.by_first_word

    def forms_at(self, words: list[str], index: int) -> Iterator[tuple[int, Verb]]:
        """The verbs whose form starts at ``words[index]``: ``(end, verb)``, longest first."""
        candidates = self.by_first_word.get(words[index], ())
        found = []
        for form, verb in candidates:
            end = index + len(form)
            if tuple(words[index:end]) == form:
                found.append((end, verb))
        found.sort(key=lambda item: -item[0])
        return iter(found)


def _code(text: str) -> str | None:
    code = text.split(":")[0].strip()
    if not code or code.startswith("-"):
        return None
    return code


def _paired(text: str) -> str | None:
    """The second code of a pair, ``[031:032]`` -> ``032`` (None without one)."""
    _, colon, second = text.partition(":")
    return _code(second) if colon else None


def _words_of(text: str) -> Alternative:
    """A dictionary phrase as token normal forms: ``WO N'T`` (TreeBank's split) -> ``won't``,
    as the tokenizer keeps a contraction in one token."""
    words: list[str] = []
    for word in text.replace("_", " ").lower().split():
        word = word.strip("+")
        if word == "n't" and words:
            words[-1] += word
        elif word:
            words.append(word)
    return tuple(words)


def verb_forms(word: str) -> set[str]:
    """Regular inflections of an English verb: attack -> attacks, attacked, attacking."""
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing" if not word.endswith("ee") else word + "ing"})
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        if (
            len(word) >= 3
            and word[-1] not in "aeiouwxy"
            and word[-2] in "aeiou"
            and word[-3] not in "aeiou"
            and len(word) <= 5
        ):
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


class _Parser:
    def __init__(self, name: str) -> None:
        self.name = name
        # A synonym set's members: phrases, and the names of sets it includes (``+&OTHER``).
        self.synsets: dict[str, set[Alternative]] = {}
        self.included: dict[str, list[str]] = {}
        self.dictionary = VerbDictionary()
        self.block = ""
        self.block_code: str | None = None
        self.block_paired: str | None = None
        self.block_verbs: list[tuple[Alternative, str | None, str | None, set[str]]] = []
        self.block_patterns: list[tuple[str, str | None, str | None]] = []
        # Verbs with their patterns' text: patterns are read once every synonym set is known
        # (a set may be defined after the block that uses it).
        self.pending: list[tuple[
            str,
            list[tuple[Alternative, str | None, str | None, set[str]]],
            list[tuple[str, str | None, str | None]],
        ]] = []
        self.current_synset: str | None = None
        self._resolved: dict[str, frozenset[Alternative]] = {}
        self._elements: dict[tuple[str, bool], Element | None] = {}

    def parse(self, lines: Iterable[str]) -> VerbDictionary:
        for number, raw in enumerate(lines, start=1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                self.current_synset = None if not raw.strip() else self.current_synset
                continue
            try:
                self._line(line.strip())
            except (ValueError, IndexError) as error:
                raise FormatError(
                    f"cannot read verb entry: {error}", file=self.name, line=number
                ) from None
        self._close_block()
        for block, verbs, raw_patterns in self.pending:
            # One tuple of patterns for the whole block: its verbs share them.
            patterns = []
            for body, pattern_code, pattern_paired in raw_patterns:
                before, after = self._sides(body)
                patterns.append(verb_pattern(before, after, pattern_code, pattern_paired))
            patterns.sort(key=lambda p: -p.size)
            shared = tuple(patterns)
            for words, code, paired, forms in verbs:
                irregular = tuple(sorted(tuple(form.split()) for form in forms))
                self.dictionary.verbs.append(
                    Verb(words, code, block, shared, irregular, paired)
                )
        index: dict[str, list[tuple[tuple[str, ...], Verb]]] = defaultdict(list)
        for verb in self.dictionary.verbs:
            for form in _inflections(verb):
                index[form[0]].append((form, verb))
        self.dictionary.by_first_word = dict(index)
        return self.dictionary

    def _line(self, line: str) -> None:
        if line.startswith("####"):
            return
        block = _BLOCK.match(line)
        if block:
            self._close_block()
            self.block = block.group(1)
            self.block_code = _code(block.group(2))
            self.block_paired = _paired(block.group(2))
            self.current_synset = None
            return
        if line.startswith("&"):
            # A synonym set, defined between verb blocks as well as before the first one.
            self.current_synset = line.split()[0].upper().rstrip("_")
            self.synsets.setdefault(self.current_synset, set())
            return
        if line.startswith("+") and self.current_synset:
            member = line[1:].strip()
            if member.startswith("&"):
                self.included.setdefault(self.current_synset, []).append(
                    member.split()[0].upper().rstrip("_")
                )
            elif _words_of(member):
                self.synsets[self.current_synset].add(_words_of(member))
            return
        if line.startswith("-"):
            self._pattern(line[1:])
            return
        if self.block:
            self._verb(line)

    def _verb(self, line: str) -> None:
        code_match = _CODE.search(line)
        code = _code(code_match.group(1)) if code_match else self.block_code
        paired = _paired(code_match.group(1)) if code_match else self.block_paired
        forms: set[str] = set()
        braces = _BRACES.search(line)
        if braces:
            # (a verb is words: not the commas of "{+WAS_DETERMINED , +BE_DETERMINED}", nor the
            # "~" of the transformation rules at the end of PETRARCH-2's file)
            forms = {" ".join(words) for f in braces.group(1).split()
                     for words in (_words_of(f),) if words and words[0][:1].isalpha()}
        head = _BRACES.sub(" ", _CODE.sub(" ", line)).split()
        if not head:
            return
        words = _words_of(head[0])
        if words and words[0][:1].isalpha():
            self.block_verbs.append((words, code, paired, forms))

    def _pattern(self, text: str) -> None:
        code_match = _CODE.search(text)
        if code_match is None:
            return
        body = text[: code_match.start()]
        if "*" not in body:
            return
        self.block_patterns.append(
            (body, _code(code_match.group(1)), _paired(code_match.group(1)))
        )

    def _members(self, name: str) -> frozenset[Alternative]:
        """A synonym set's phrases, with those of the sets it includes (each set walked
        once: "&A includes &B includes &A" stops, and a web of sets stays linear)."""
        if name in self._resolved:
            return self._resolved[name]
        members: set[Alternative] = set()
        seen = {name}
        pending = [name]
        while pending:
            current = pending.pop()
            members |= self.synsets.get(current, set())
            for other in self.included.get(current, ()):
                if other not in seen:
                    seen.add(other)
                    pending.append(other)
        self._resolved[name] = frozenset(members)
        return self._resolved[name]

    def _sides(self, body: str) -> tuple[tuple[Element, ...], tuple[Element, ...]]:
        """The slots before and after the verb (``*``) of a pattern's text.

        ``_`` joins neighbours (``RECENTLY_*``, ``NEW_&TIETYPES_RELATIONS``: no word may
        come between them); a space lets other words come between. PETRARCH-2's
        ``{noun phrase}`` and ``(prepositional phrase)`` brackets only group words."""
        items: list[tuple[str, bool]] = []  # (text, joined to the item before)
        join_next = False
        body = _NOUN_PHRASE.sub(
            lambda m: " " + _NEAR + "_".join(m.group(1).split()) + " ", body
        )
        for raw in body.translate(_GROUPING).split():
            pieces = raw.split("_")
            for number, piece in enumerate(pieces):
                joined = join_next if number == 0 else True
                join_next = False
                if piece:
                    items.append((piece, joined))
                elif number == len(pieces) - 1 and number > 0:
                    join_next = True  # "WAS_ *": joined to what follows
                elif number == 0 and items:
                    join_next = True  # "_OUT" after a space
        star = next((i for i, (text, _) in enumerate(items) if text == "*"), len(items))
        after = tuple(
            element
            for text, joined in items[star + 1 :]
            if (element := self._element(text, joined)) is not None
        )
        before_items = items[:star]
        before = []
        for position, (text, _) in enumerate(before_items):
            # A slot before the verb is joined to its neighbour nearer the verb.
            following = items[position + 1] if position + 1 < len(items) else ("", False)
            element = self._element(text, following[1])
            if element is not None:
                before.append(element)
        return tuple(before), after

    def _element(self, text: str, joined: bool) -> Element | None:
        # The same slot recurs across thousands of patterns ("TO", "&CEASEFIRE"): one object.
        key = (text, joined)
        if key not in self._elements:
            self._elements[key] = self._new_element(text, joined)
        return self._elements[key]

    def _new_element(self, text: str, joined: bool) -> Element | None:
        if text.startswith(_NEAR):
            element = self._element(text[1:], joined)
            return element._replace(near=True) if element is not None else None
        if text in _MARKERS:
            kind = {"$": SOURCE, "+": TARGET, "^": SKIP, "%": COMPOUND}.get(text)
            return Element(kind, joined=joined) if kind else None
        if text.startswith("&"):
            members = self._members(text.upper().rstrip("_"))
            return Element(WORD, members, joined) if members else None
        words = _words_of(text)
        return Element(WORD, frozenset({words}), joined) if words else None

    def _close_block(self) -> None:
        if self.block_verbs:
            self.pending.append((self.block, self.block_verbs, self.block_patterns))
        self.block_verbs = []
        self.block_patterns = []


def _lead(elements: tuple[Element, ...]) -> frozenset[str]:
    if elements and elements[0].kind == WORD:
        return elements[0].first_words()
    return frozenset()


_GROUPING = str.maketrans("{}()", "    ")
_NOUN_PHRASE = re.compile(r"\{([^{}]*)\}")  # "{" stops the scan: linear on "{{{{"
_NEAR = "\x01"  # marks the first word of a noun phrase while a pattern is read


def _inflections(verb: Verb) -> set[tuple[str, ...]]:
    head, rest = verb.words[0], verb.words[1:]
    return {(form, *rest) for form in verb_forms(head)} | set(verb.irregular) | {verb.words}


@frozen
class Anchor:
    """Where a pattern puts a role after the verb: the actor at ``offset`` words after it,
    once ``skips`` actors (``^``) are passed over."""

    kind: str
    offset: int
    skips: int


def _found_at(element: Element, words: Sequence[str], start: int, limit: int) -> tuple[int, int]:
    """The first place in ``words[start:limit+1]`` where one of the slot's phrases begins:
    ``(index, length)``, or ``(-1, 0)``. A plural fills a singular's slot ("talks", "talk")."""
    for index in range(start, min(limit, len(words) - 1) + 1):
        word = words[index]
        for alternative in element.words:
            size = len(alternative)
            if alternative[0] != word and (size > 1 or word.rstrip("s") != alternative[0]):
                continue
            if size == 1 or tuple(words[index + 1 : index + size]) == alternative[1:]:
                return index, size
    return -1, 0


_NOUN_PHRASE_GAP = 3


def match_side(
    elements: Sequence[Element], words: Sequence[str], gap: int
) -> list[Anchor] | None:
    """Whether the slots occur in order in ``words`` (the words after the verb, or those
    before it nearest first with the slots and their phrases reversed): a joined slot right
    after the previous one, another within ``gap`` words of it. Returns the role anchors
    (None: no match)."""
    position = 0
    skips = 0
    slack = 0  # an actor's name the pattern passed over (``^``, ``$``) may come between
    anchors: list[Anchor] = []
    for element in elements:
        if element.kind == WORD:
            reach = min(gap, _NOUN_PHRASE_GAP) if element.near else gap
            limit = position if element.joined and not slack else position + reach + slack
            index, size = _found_at(element, words, position, limit)
            if index < 0:
                return None
            position = index + size
            skips = slack = 0
        elif element.kind == SKIP:
            skips += 1
            slack += 6
        elif element.kind in (SOURCE, TARGET):
            anchors.append(Anchor(element.kind, position, skips))
            skips = 0
            slack += 6
    return anchors


def reversed_elements(elements: Sequence[Element]) -> tuple[Element, ...]:
    """The slots before a verb read backwards from it (each phrase reversed too)."""
    return tuple(
        Element(e.kind, frozenset(tuple(reversed(a)) for a in e.words), e.joined)
        for e in reversed(elements)
    )
