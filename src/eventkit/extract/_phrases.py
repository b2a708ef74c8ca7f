"""A token trie for dictionary phrases: longest match at each position, in linear time.

Phrases are stored by their tokens' normal forms. Each entry records how the text must be
cased to match (any case, capitalised, or upper case as written), so that "US" the country
does not match "us" and "Chad" the country does not match "chad".
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from ..gazetteer import fast_reduce
from ._text import TOKEN_PATTERN, Token, normalise

__all__ = ["ANY_CASE", "CAPITALIZED", "UPPER", "Entry", "PhraseIndex", "case_rule"]

ANY_CASE = 0
CAPITALIZED = 1
UPPER = 2

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
    """Phrases -> entries, matched over a token list.

    Flat tables rather than a trie of dicts: the default lexicon holds 190,000 phrases, and a
    dict per trie node and a list per phrase were 370,000 more objects to unpickle in each
    new process and for the cyclic garbage collector to walk. ``_entries`` maps a phrase's
    words to its entry (or a tuple of entries when several share the phrase), ``_prefixes``
    holds every shorter run of words some phrase starts with, and ``_first`` every first word.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], Entry | tuple[Entry, ...]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._first: set[str] = set()
        self.size = 0
        # Equal entries added under several phrases are kept once (73,000 of 160,000 in the
        # default lexicon); not pickled.
        self._shared: dict[tuple[str, int, int, int], Entry] = {}

    # Spelled out: a class compiled by mypyc has no ``__dict__``.
    def __getstate__(self) -> dict[str, Any]:
        return {"entries": self._entries, "prefixes": self._prefixes, "first": self._first,
                "size": self.size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._entries = state["entries"]
        self._prefixes = state["prefixes"]
        self._first = state["first"]
        self.size = state["size"]
        self._shared = {}

    def copy(self) -> PhraseIndex:
        """An index with the same phrases, which can be added to without changing this one."""
        copy = PhraseIndex()
        copy._entries = dict(self._entries)
        copy._prefixes = set(self._prefixes)
        copy._first = set(self._first)
        copy.size = self.size
        return copy

    def add(self, pattern: str, entry: Entry) -> None:
        # The default lexicon adds 190,000 phrases on first use: plain names skip the
        # tokenizer, and words are interned so that the pickled lexicon holds each once.
        if pattern.isascii() and pattern.replace(" ", "").isalpha():
            words: Iterable[str] = pattern.lower().split()
        else:
            words = phrase_key(pattern)
        key = tuple(map(sys.intern, words))
        if not key:
            return
        entry = self._shared.setdefault(
            (entry.kind, id(entry.record), entry.case, entry.priority), entry
        )
        existing = self._entries.get(key)
        if existing is None:
            self._entries[key] = entry
            self._first.add(key[0])
            if len(key) > 1:
                self._prefixes.update([key[:length] for length in range(1, len(key))])
        else:
            entries = (existing,) if isinstance(existing, Entry) else existing
            for other in entries:
                if other.kind == entry.kind and other.record is entry.record:
                    return
            self._entries[key] = (*entries, entry)
        self.size += 1

    def add_all(self, patterns: Iterable[str], entry: Entry) -> None:
        for pattern in patterns:
            self.add(pattern, entry)

    def starts(self, norm: str) -> bool:
        """Whether some phrase starts with this word."""
        return norm in self._first

    def openings(self, tokens: list[Token], norms: list[str] | None = None) -> list[int]:
        """The positions where some phrase may match: its first word is there, and the phrase
        is that word alone or goes on with the next one. One pass in a comprehension: most
        words start no phrase, and of those that do ("the", "of") most are not followed by
        the second word of one."""
        first, entries, prefixes = self._first, self._entries, self._prefixes
        if norms is None:
            norms = [token.norm for token in tokens]
        last = len(norms) - 1
        return [
            index for index in [i for i, word in enumerate(norms) if word in first]
            if (norms[index],) in entries or (index < last and (
                (pair := (norms[index], norms[index + 1])) in entries or pair in prefixes
            ))
        ]

    def longest(
        self, tokens: list[Token], start: int, all_caps: bool = False, limit: int = 12
    ) -> tuple[int, list[Entry]]:
        """The longest phrase starting at ``tokens[start]`` whose casing fits.

        Returns ``(end, entries)``, ``end`` one past its last token, or ``(start, [])``.
        """
        best_end = start
        best: list[Entry] = []
        if start >= len(tokens) or tokens[start].norm not in self._first:
            return best_end, best
        entries_of, prefixes = self._entries, self._prefixes
        stop = min(len(tokens), start + limit)
        key: tuple[str, ...] = (tokens[start].norm,)
        index = start + 1
        while True:
            found = entries_of.get(key)
            if found is not None:
                words = tokens[start:index]
                if isinstance(found, Entry):
                    if _fits(found.case, words, all_caps):
                        best_end, best = index, [found]
                else:
                    fits = {case: _fits(case, words, all_caps) for case in {e.case for e in found}}
                    fitting = [entry for entry in found if fits[entry.case]]
                    if fitting:
                        best_end, best = index, fitting
            if index >= stop or key not in prefixes:
                return best_end, best
            key = (*key, tokens[index].norm)
            index += 1

    def scan(
        self, tokens: list[Token], all_caps: bool = False, norms: list[str] | None = None
    ) -> Iterator[tuple[int, int, list[Entry]]]:
        """Non-overlapping longest matches, left to right (``norms``: the tokens' normal
        forms, when the caller has them)."""
        resume = 0
        for index in self.openings(tokens, norms):
            if index < resume:
                continue  # inside the match before
            end, entries = self.longest(tokens, index, all_caps)
            if entries:
                yield index, end, entries
                resume = end


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
# ("anti": ACLED writes "anti-Balaka".)
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "bin", "ibn", "de",
                        "anti"})
