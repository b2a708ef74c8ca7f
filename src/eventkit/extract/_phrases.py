"""A token trie for dictionary phrases: longest match at each position, in linear time.

Phrases are stored by their tokens' normal forms. Each entry records how the text must be
cased to match (any case, capitalised, or upper case as written), so that "US" the country
does not match "us" and "Chad" the country does not match "chad".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from ..gazetteer import fast_reduce
from ._text import TOKEN_PATTERN, Token, normalise

__all__ = ["ANY_CASE", "CAPITALIZED", "UPPER", "Entry", "PhraseIndex", "case_rule"]

ANY_CASE = 0
CAPITALIZED = 1
UPPER = 2

_END = ""  # the trie key under which a node keeps the entries of the phrase ending there


class Entry(NamedTuple):
    """What a dictionary phrase means: a kind ("country", "agent"...) and the record it names.

    A named tuple rather than an attrs class: the default lexicon makes 190,000 of them.
    """

    kind: str
    record: Any
    case: int = CAPITALIZED
    priority: int = 0

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)


def case_rule(pattern: str) -> int:
    """The casing a pattern needs: acronyms match upper case only; names, capitalised."""
    if pattern.islower():
        return ANY_CASE
    if pattern.isupper() and len(pattern) <= 8 and " " not in pattern:
        return UPPER
    return CAPITALIZED


def phrase_key(pattern: str) -> tuple[str, ...]:
    """The normal forms of a pattern's tokens, as `tokenize` would give them."""
    if pattern.isascii() and pattern.replace(" ", "").isalpha():
        return tuple(pattern.lower().split())  # the common case, without the tokenizer
    return tuple(normalise(text) for text in TOKEN_PATTERN.findall(pattern))


class PhraseIndex:
    """Phrases -> entries, matched over a token list."""

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}
        self.size = 0

    def add(self, pattern: str, entry: Entry) -> None:
        # The default lexicon adds 190,000 phrases on first use: no dict is built to be thrown
        # away (as `setdefault` would), and plain names skip the tokenizer.
        if pattern.isascii() and pattern.replace(" ", "").isalpha():
            key: Iterable[str] = pattern.lower().split()
        else:
            key = phrase_key(pattern)
        node = self._root
        empty = True
        for part in key:
            empty = False
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            node = child
        if empty:
            return
        entries = node.get(_END)
        if entries is None:
            node[_END] = [entry]
        else:
            for existing in entries:
                if existing.kind == entry.kind and existing.record is entry.record:
                    return
            entries.append(entry)
        self.size += 1

    def add_all(self, patterns: Iterable[str], entry: Entry) -> None:
        for pattern in patterns:
            self.add(pattern, entry)

    def starts(self, norm: str) -> bool:
        """Whether some phrase starts with this word."""
        return norm in self._root

    def longest(
        self, tokens: list[Token], start: int, all_caps: bool = False, limit: int = 12
    ) -> tuple[int, list[Entry]]:
        """The longest phrase starting at ``tokens[start]`` whose casing fits.

        Returns ``(end, entries)``, ``end`` one past its last token, or ``(start, [])``.
        """
        node = self._root
        best_end, best = start, []
        index = start
        stop = min(len(tokens), start + limit)
        while index < stop:
            child: dict[str, Any] | None = node.get(tokens[index].norm)
            if child is None:
                break
            node = child
            index += 1
            entries = node.get(_END)
            if entries:
                fitting = [e for e in entries if _fits(e.case, tokens[start:index], all_caps)]
                if fitting:
                    best_end, best = index, fitting
        return best_end, best

    def scan(
        self, tokens: list[Token], all_caps: bool = False
    ) -> Iterator[tuple[int, int, list[Entry]]]:
        """Non-overlapping longest matches, left to right."""
        index = 0
        count = len(tokens)
        root = self._root
        while index < count:
            if tokens[index].norm not in root:  # most words start no phrase
                index += 1
                continue
            end, entries = self.longest(tokens, index, all_caps)
            if entries:
                yield index, end, entries
                index = end
            else:
                index += 1


def _fits(case: int, tokens: list[Token], all_caps: bool) -> bool:
    if case == ANY_CASE:
        return True
    if all_caps:
        # In wire copy written all in capitals "IS", "US" or "WHO" are words, not acronyms.
        return not (case == UPPER and len(tokens) == 1 and tokens[0].norm in _SHORT_WORDS)
    first = tokens[0].text
    if case == UPPER:
        return all(token.text.isupper() or not token.is_word for token in tokens)
    # Capitalised: the first word must start upper case (a lower-case word inside a name,
    # "Zangezur corridor", "Bab el-Mandeb", is as the dictionary writes it).
    if first[:1].isupper() or first[:1].isdigit():
        return True
    # "al-Shabaab", "ad-Dawla", "bin Laden": a lower-case particle before a capitalised name.
    return first in _PARTICLES and any(t.text[:1].isupper() for t in tokens[1:])


_SHORT_WORDS = frozenset(
    """a i an as at be by do go he if in is it me my no of on or so to up us we am are was
    who why how can may all any our its his her him she one two new now not but and for
    the man men war law act aid end""".split()
)
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "bin", "ibn", "de"})
