"""Text handling that never loses an offset: tokens and sentences over the original text.

Nothing here rewrites the text. Each token keeps its ``start``/``end`` in the article and a
normalised form (``norm``: lower case, straight quotes, mojibake repaired) used for matching.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Container
from operator import itemgetter
from typing import NamedTuple

import attr
from attrs import field

__all__ = ["Document", "Sentence", "Token", "sentences", "tokenize"]

# Mojibake of UTF-8 punctuation read as cp1252: repaired in the token's normal form.
_MOJIBAKE = {
    "â€™": "'",
    "â€˜": "'",
    "â€œ": '"',
    "â€\x9d": '"',
    "â€": '"',
    "â€“": "-",
    "â€”": "-",
    "Ã©": "é",
    "Ã¨": "è",
    "Ã¼": "ü",
    "Ã¶": "ö",
    "Ã¤": "ä",
    "Ã§": "ç",
    "Ã±": "ñ",
}
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
    }
)

# One alternative per token kind, each consuming at least one character, and no alternative
# repeats a group that can match the empty string: matching is linear in the text length.
TOKEN_PATTERN = re.compile(
    r"""
    â€[™˜œ\x9d“”]?|Ã[©¨¼¶¤§±]                   # mojibake of quotes, dashes, accents
    |[A-Za-z]\.(?:[A-Za-z]\.){1,11}(?![A-Za-z])  # U.S. U.N. U.S.A. (bounded: a.a.a... is linear;
                                                # a word fails at its second letter, before
                                                # the repeat is entered)
    |\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![^\W\d_])   # 1,000  9:30  31st  1990s
    |[^\W\d_]+(?:['’][^\W\d_s][^\W\d_]*|['’](?=[^\W\d_]{2}))*  # words, O'Brien, don't
    |['’]s(?![^\W\d_])                          # possessive 's
    |(?!_)\S                                    # any other single character; an underscore
                                                # joins words (TABARI-prepared texts write
                                                # names so: "Dol_Amroth") and is no token
    """,
    re.VERBOSE,
)

_TOKEN_SPLIT = re.compile(f"({TOKEN_PATTERN.pattern})", re.VERBOSE)

# Words that open a noun phrase before its noun ("the village", "their troops").
DETERMINERS = frozenset(
    "the a an this that these those their its his her our "
    "your my any some no every each all another such".split()
)
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "cdr",
        "brig",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "vs",
        "etc",
        "al",
        "approx",
        "dept",
        "est",
        "fig",
        "govt",
        "int'l",
    ]
)
_OPENING_QUOTES = frozenset("\"'“‘«")
_CLOSING_QUOTES = frozenset("\"'”’»")


class Token(NamedTuple):
    """A token: its offsets in the article, its text as written and its normal form.

    A named tuple: an article has thousands, and attrs' frozen init would dominate the time.
    """

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


_NORMS: dict[str, str] = {}  # normal forms already made: most words recur
_NORMS_KEPT = 65536  # (forgotten past this many: a long run reads millions of words)


def normalise(text: str) -> str:
    """A token's normal form: lower case, straight quotes and dashes, mojibake repaired."""
    norm = _NORMS.get(text)
    if norm is None:
        repaired = _MOJIBAKE.get(text)
        if repaired is not None:
            norm = repaired
        elif text.isascii():
            norm = text.lower()
        else:
            norm = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
        if len(_NORMS) >= _NORMS_KEPT:
            _NORMS.clear()
        _NORMS[text] = norm
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [t.text for t in tokenize("Iran’s IRGC held drills in the U.S. on 9 April.")]
    ['Iran', '’s', 'IRGC', 'held', 'drills', 'in', 'the', 'U.S.', 'on', '9', 'April', '.']
    """
    stop = len(text) if end is None else end
    # One split in C gives the text between tokens and the tokens in turn (the pattern in a
    # group): offsets are the running sum of their lengths, with no match object per token.
    pieces = _TOKEN_SPLIT.split(text if start == 0 and stop == len(text) else text[start:stop])
    new = tuple.__new__  # a named tuple made in C, without its Python-level __new__
    norms = _NORMS
    tokens: list[Token] = []
    position = start
    for index in range(1, len(pieces), 2):
        word = pieces[index]
        position += len(pieces[index - 1])
        after = position + len(word)
        norm = norms.get(word)
        tokens.append(new(Token, (position, after, word, norm if norm is not None
                                   else normalise(word))))
        position = after
    return tokens


class Sentence(NamedTuple):
    """A sentence: its offsets and the range of its tokens in the document's token list.

    A named tuple, as `Token` is: the steps read its fields in their innermost loops, and the
    compiled build reads a named tuple's by index, an attrs class's by name.
    """

    start: int
    end: int
    first: int  # index of the first token
    last: int  # index one past the last token
    paragraph: int


_LETTER = re.compile(r"[^\W\d_]")  # what str.isalpha() takes, but for a few numerals
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
#: A run of text without a full stop (an unclosed quote, a list, junk) is cut into sentences
#: of at most this many tokens: the steps that work sentence by sentence stay linear.
MAX_SENTENCE_TOKENS = 400


def _ends_sentence(tokens: list[Token], index: int, text: str) -> bool:
    token = tokens[index]
    if token.norm not in (".", "!", "?") and not (
        token.norm == "."
        or (token.text.endswith(".") and len(token.text) > 2 and token.text[-2] == ".")
    ):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return True
    gap = text[token.end : following.start]
    if not gap and following.text not in _CLOSING_QUOTES:
        return False
    if token.norm == "." and index > 0:
        before = tokens[index - 1]
        # "Gen." "Jan." "No. 5": an abbreviation does not end a sentence, nor does an initial.
        if before.end == token.start and (
            before.norm in ABBREVIATIONS or (len(before.text) == 1 and before.text.isupper())
        ):
            return False
    if token.text.endswith(".") and len(token.text) > 2:  # "U.S." ends one only before a capital
        return (following.is_capitalized and following.norm not in ("s",) and "\n" not in gap) or (
            "\n\n" in gap
        )
    nxt = following.text[:1]
    return (
        nxt.isupper()
        or nxt.isdigit()
        or nxt in _OPENING_QUOTES
        or nxt in "(["
        or (not following.is_word)
    )


def sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Split the tokens into sentences; paragraph breaks (blank lines) always end one."""
    count = len(tokens)
    if not count:
        return []
    # Only a few tokens can end a sentence: those ending in a full stop, "!" or "?", the last
    # before each paragraph break, and the last of all; the rest are not looked at.
    starts = [token.start for token in tokens]
    at_break = set()
    for match in _PARAGRAPH_BREAK.finditer(text):
        before = bisect.bisect_right(starts, match.start()) - 1  # the last token before it
        if 0 <= before < count - 1:
            at_break.add(before)
    candidates = sorted(
        at_break.union(
            [index for index, token in enumerate(tokens) if token.norm[-1:] in ".!?"],
            [count - 1],
        )
    )
    result: list[Sentence] = []
    paragraph = first = 0

    def close(last: int) -> None:
        nonlocal first
        result.append(Sentence(tokens[first].start, tokens[last].end, first, last + 1, paragraph))
        first = last + 1

    for index in candidates:
        if index < first:
            continue  # a closing quote taken into the sentence before
        while index + 1 - first > MAX_SENTENCE_TOKENS:
            close(first + MAX_SENTENCE_TOKENS - 1)  # a long run without a full stop
        end_here = _ends_sentence(tokens, index, text)
        if end_here:
            # Closing quotes and brackets right after the full stop belong to the sentence.
            while (
                index + 1 < count
                and tokens[index + 1].text in _CLOSING_QUOTES | {")", "]"}
                and tokens[index + 1].start == tokens[index].end
            ):
                index += 1
        broken = index in at_break
        if end_here or broken or index + 1 == count or index + 1 - first >= MAX_SENTENCE_TOKENS:
            close(index)
            if broken:
                paragraph += 1
    return result


@attr.s(auto_attribs=True)  # (not define: compiled, attr.s makes a native class)
class Document:
    """The article being read: its text, tokens and sentences, shared by every step."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    all_caps: bool
    _sentence_of_token: list[int] | None = None
    #: The tokens' normal forms, by themselves: the steps that look over every token for a
    #: few words go faster through a list of strings than through the tokens' fields.
    norms: list[str] = field(init=False)
    _positions: dict[str, list[int]] | None = field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        self.norms = list(map(itemgetter(3), self.tokens))

    @classmethod
    def parse(cls, text: str) -> Document:
        tokens = tokenize(text)
        return cls(text, tokens, sentences(text, tokens), _mostly_capitals(text[:20_000]))

    def positions(self, words: Container[str]) -> list[int]:
        """The indexes of the tokens whose normal form is one of ``words``: most steps look
        at a few words only, found in one pass (a set or tuple of them in the index of the
        words' positions, made on first use)."""
        if isinstance(words, (frozenset, set, tuple)):
            where = self._positions
            if where is None:
                where = self._positions = {}
                for index, norm in enumerate(self.norms):
                    where.setdefault(norm, []).append(index)
            if len(words) == 1:
                return list(where.get(next(iter(words)), ()))
            unique = frozenset(words) if isinstance(words, tuple) else words
            return sorted(index for word in unique for index in where.get(word, ()))
        return [index for index, norm in enumerate(self.norms) if norm in words]

    def sentence_of(self, token_index: int) -> int:
        """The index of the sentence holding a token (a table built on first use)."""
        table = self._sentence_of_token
        if table is None:
            table = [0] * len(self.tokens)
            for number, sentence in enumerate(self.sentences):
                for position in range(sentence.first, sentence.last):
                    table[position] = number
            self._sentence_of_token = table
        if 0 <= token_index < len(table):
            return table[token_index]
        return len(self.sentences) - 1 if token_index >= len(table) and self.sentences else 0


def _mostly_capitals(sample: str) -> bool:
    """Whether more than 80% of the letters are capitals (wire copy written all in caps)."""
    # Counted in C: the ASCII letters a translation deletes, then the few other characters
    # (curly quotes, accented names) one by one.
    data = sample.encode("ascii", "ignore")
    upper = len(data) - len(data.translate(None, _ASCII_UPPER))
    letters = upper + len(data) - len(data.translate(None, _ASCII_LOWER))
    if not sample.isascii():
        found = "".join(_LETTER.findall("".join(_NON_ASCII.findall(sample))))
        letters, upper = letters + len(found), upper + sum(map(str.isupper, found))
    return bool(letters) and upper / letters > 0.8


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a dateline: what opens a line before a dash, all
    in capitalised words, numbers and punctuation ("KHARTOUM, May 2 (Reuters) -", "GOMA,
    Democratic Republic of Congo, Jan 8 -"). Its place, date and agency are the report's, not
    an event's."""
    # A dateline is short: look back a bounded way (linear on a text without line breaks).
    line_start = text.rfind("\n", max(0, start - 100), start) + 1
    if line_start == 0 and start > 100:
        return False
    head = text[line_start : line_start + 80]
    dash = min((head.find(mark) for mark in (" - ", " – ", " — ") if mark in head), default=-1)
    if dash < 0 or end > line_start + dash:
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or word in ("of", "the", "and")
        for word in head[:dash].replace(",", " ").replace("(", " ").replace(")", " ").split()
    )
