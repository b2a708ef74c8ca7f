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
from collections.abc import Iterable, Iterator

from attrs import define, field, frozen

from .._errors import FormatError

__all__ = ["Verb", "VerbDictionary", "VerbPattern", "verb_forms"]

_BLOCK = re.compile(r"^-{3}\s+(\S+)\s+\[([^\]]*)\]")
# An opening bracket stops the scan: linear on "[[[[..." (a bracket is never nested).
_CODE = re.compile(r"\[([^\[\]]*)\]")
_BRACES = re.compile(r"\{([^{}]*)\}")
_MARKERS = frozenset({"$", "+", "^", "%", "-"})


@frozen
class VerbPattern:
    """Words before and after the verb (each a set of accepted words) and the code."""

    before: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], ...]
    code: str | None  # None: this use of the verb is not an event

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@frozen
class Verb:
    """A verb (maybe several words, "shoot down") with its code and patterns."""

    words: tuple[str, ...]
    code: str | None
    block: str
    patterns: tuple[VerbPattern, ...] = ()
    irregular: tuple[tuple[str, ...], ...] = ()  # inflections the regular rules miss


@define
class VerbDictionary:
    """All verbs of a dictionary, indexed by the first word of each inflected form."""

    verbs: list[Verb] = field(factory=list)
    by_first_word: dict[str, list[tuple[tuple[str, ...], Verb]]] = field(factory=dict)

    @classmethod
    def parse(cls, lines: Iterable[str], name: str = "<verbs>") -> VerbDictionary:
        return _Parser(name).parse(lines)

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
        self.synsets: dict[str, set[str]] = {}
        self.dictionary = VerbDictionary()
        self.block = ""
        self.block_code: str | None = None
        self.block_verbs: list[tuple[tuple[str, ...], str | None, set[str]]] = []
        self.block_patterns: list[VerbPattern] = []
        self.current_synset: str | None = None

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
            self.current_synset = None
            return
        if line.startswith("&") and not self.block:
            self.current_synset = line.split()[0].upper()
            self.synsets[self.current_synset] = set()
            return
        if line.startswith("+") and self.current_synset and not self.block:
            self.synsets[self.current_synset].add(line[1:].strip().rstrip("_").lower())
            return
        if line.startswith("-"):
            self._pattern(line[1:])
            return
        if self.block:
            self._verb(line)

    def _verb(self, line: str) -> None:
        code_match = _CODE.search(line)
        code = _code(code_match.group(1)) if code_match else self.block_code
        forms: set[str] = set()
        braces = _BRACES.search(line)
        if braces:
            forms = {f.strip("+").replace("_", " ").lower() for f in braces.group(1).split() if f}
        head = _BRACES.sub(" ", _CODE.sub(" ", line)).split()
        if not head:
            return
        word = head[0].strip("+").replace("_", " ").lower().strip()
        self.block_verbs.append((tuple(word.split()), code, forms))

    def _pattern(self, text: str) -> None:
        code_match = _CODE.search(text)
        if code_match is None:
            return
        code = _code(code_match.group(1))
        body = text[: code_match.start()]
        if "*" not in body:
            return
        before_text, after_text = body.split("*", 1)
        self.block_patterns.append(
            VerbPattern(self._elements(before_text), self._elements(after_text), code)
        )

    def _elements(self, text: str) -> tuple[frozenset[str], ...]:
        elements = []
        for raw in (
            text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split()
        ):
            word = raw.strip()
            if not word or word in _MARKERS:
                continue
            if word.startswith("&"):
                members = self.synsets.get(word.upper().rstrip("_"), self.synsets.get(word.upper()))
                if members:
                    elements.append(frozenset(members))
                continue
            word = word.rstrip("_").replace("_", " ").lower()
            for part in word.split():
                elements.append(frozenset({part}))
        return tuple(elements)

    def _close_block(self) -> None:
        patterns = tuple(sorted(self.block_patterns, key=lambda p: -p.size))
        for words, code, forms in self.block_verbs:
            irregular = tuple(sorted(tuple(form.split()) for form in forms))
            self.dictionary.verbs.append(Verb(words, code, self.block, patterns, irregular))
        self.block_verbs = []
        self.block_patterns = []


def _inflections(verb: Verb) -> set[tuple[str, ...]]:
    head, rest = verb.words[0], verb.words[1:]
    return {(form, *rest) for form in verb_forms(head)} | set(verb.irregular) | {verb.words}
