"""Military units in English news text: numbered and named formations, generic special forces.

``find_units(text)`` returns one :class:`UnitMention` per unit mentioned, with character offsets
into ``text`` and the surface text of a stated parent and nationality (the caller resolves those
to actors and countries; this module has no gazetteer).

How it works, and why it is linear in the length of the text:

1. One compiled alternation of literal anchor words (echelon nouns such as ``Division``,
   ``special``, ``Quds``...) finds candidate positions; no anchor, no further work.
2. Around each anchor a window of at most ``_WINDOW`` characters on each side is tokenised
   (windows that touch are merged, so every character is tokenised at most once).
3. Each anchor is parsed by hand-written bounded walks over the tokens: backwards from the
   echelon noun over at most ``_MAX_MODS`` name words to a number ("31st", "Seventh", "VIII"),
   forwards to an identifier ("Task Force 51", "Company C", "Unit 8200").
4. Overlapping candidates are resolved longest first; then parents are attached: possessive
   ("the IRGC's 31st ..."), "X of the Y" and comma apposition ("1st Battalion, 5th Marines").

Spans: ``start``/``end`` cover the unit's own name ("31st Ashura Operational Division"; a stated
parent or nationality has its own span). Generic mentions ("Iranian special forces") are the
exception: their name includes the nationality, and their span runs from the nationality word
to the end of the noun phrase. With coordinated nationalities ("Iranian and Armenian special
forces") one mention is returned per nationality; the span of each runs from its own nationality
word to the end of "special forces", so the first one covers "Iranian and Armenian special
forces" and the second "Armenian special forces". Both spans lie inside the text.

Case: in running mixed-case prose an echelon noun and every name word must be capitalised
("a division of labour" is never a unit). In all-caps wire copy (MUC-4) and title-case headlines
capitalisation says nothing, so the rules tighten: numbers and echelon nouns are the anchors,
and an unnumbered unit needs a strong echelon noun (battalion, brigade, division, regiment) and
exactly one name word ("THE ATLACATL BATTALION").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from attrs import evolve, field, frozen

from .._models import Echelon

__all__ = ["UnitMention", "find_units"]


@frozen(kw_only=True)
class UnitMention:
    """One mention of a military unit, with offsets into the text it was found in.

    >>> UnitMention(start=0, end=12, name="6th Fleet", number=6, echelon="fleet").echelon
    'fleet'
    """

    start: int
    end: int
    name: str
    number: int | None = None
    echelon: Echelon | None = None
    branch: str | None = None
    kind: str | None = None
    parent_text: str | None = None
    parent_span: tuple[int, int] | None = field(default=None)
    nationality_text: str | None = None
    nationality_span: tuple[int, int] | None = field(default=None)


# --------------------------------------------------------------------------------------------
# Word tables (rules are data: module-level tuples and dicts, easy to extend).


def _words(table: str) -> frozenset[str]:
    """A word table written as whitespace-separated words."""
    return frozenset(table.split())


# Echelon nouns: lower-case head word -> (echelon, rule).
#   std    numbered, or named with a proper word ("Golani Brigade")
#   num    numbered only ("58th Combined Arms Army", "5th Marines", "36th Fighter Wing")
#   letter numbered or lettered ("Company C", "Bravo Company", "3rd Platoon")
#   unit   numbered before ("31st Marine Expeditionary Unit") or digits after ("Unit 8200")
#   group  only in compounds ("Army Group", "Carrier Strike Group", "Special Forces Group")
_HEADS: dict[str, tuple[Echelon, str]] = {
    "army": ("army", "num"),
    "corps": ("corps", "std"),
    "division": ("division", "std"),
    "brigade": ("brigade", "std"),
    "regiment": ("regiment", "std"),
    "group": ("group", "group"),
    "battalion": ("battalion", "std"),
    "company": ("company", "letter"),
    "battery": ("battery", "letter"),
    "troop": ("troop", "letter"),
    "platoon": ("platoon", "letter"),
    "squad": ("squad", "letter"),
    "section": ("section", "num"),
    "detachment": ("detachment", "letter"),
    "squadron": ("squadron", "std"),
    "wing": ("wing", "num"),
    "fleet": ("fleet", "std"),
    "flotilla": ("flotilla", "std"),
    "command": ("command", "std"),
    "force": ("force", "std"),
    "unit": ("unit", "unit"),
    "marines": ("regiment", "num"),  # "5th Marines" is the 5th Marine Regiment
}
_STRONG_HEADS = frozenset({"battalion", "brigade", "division", "regiment"})
_ROMAN_HEADS = frozenset({"corps", "army", "force", "fleet", "group"})  # "VIII Corps", "I MEF"
_BARE_NUMBER_HEADS = frozenset({"squadron", "wing", "flotilla"})  # "No. 617 Squadron"
_DIGITS_AFTER_HEADS = frozenset({"unit", "group", "detachment", "squadron"})  # "Strike Group 12"
_NUMERO_HEADS = frozenset({"detachment", "squadron"})  # "Military Detachment No. 6"
_GROUP_COMPOUND_PREV = frozenset({"army", "strike", "forces", "ready"})
# Unnumbered "X Corps"/"X Force"/"X Command" where X is one of these is a service or an
# organisation, not a unit: "Revolutionary Guard Corps", "Marine Corps", "Air Force".
_EXCLUDED_BEFORE: dict[str, frozenset[str]] = {
    "corps": frozenset({"guard", "guards", "marine", "peace", "press", "diplomatic", "medical"}),
    "force": frozenset(
        {
            "air",
            "ground",
            "aerospace",
            "space",
            "defense",
            "defence",
            "security",
            "police",
            "border",
            "naval",
            "navy",
            "army",
            "armed",
            "peacekeeping",
            "interim",
            "protection",
            "stabilisation",
            "stabilization",
            "multinational",
            "national",
            "self",
            "labor",
            "labour",
            "work",
            "reserve",
            "volunteer",
            "quick",
            "reaction",
        }
    ),
    "command": frozenset({"high", "supreme", "military", "police", "joint", "unified"}),
}
_ECHELON_RANK: dict[str, int] = {
    "squad": 1,
    "section": 1,
    "platoon": 2,
    "company": 3,
    "battery": 3,
    "troop": 3,
    "battalion": 4,
    "squadron": 4,
    "regiment": 5,
    "group": 5,
    "wing": 5,
    "brigade": 6,
    "division": 7,
    "corps": 8,
    "army": 9,
    "army group": 10,
}

# Words allowed inside a unit name that do not by themselves make it a *named* unit.
_DESCRIPTORS = _words(
    """
    airborne air assault mechanized mechanised armored armoured tank infantry marine marines
    naval navy motor motorized motorised rifle commando commandos artillery cavalry ranger
    rangers mountain special forces operations operation operational reconnaissance recon
    engineer engineers aviation fighter bomber airlift missile defense defence signal logistics
    expeditionary strike carrier amphibious ready combat support heavy light mobile separate
    independent guards guard combined arms joint army ground field military police national
    security government territorial rapid reaction deployment parachute sustainment fires
    sniper medical task anti aircraft helicopter attack patrol coastal border interior internal
    elite new premier league championship united regional local state federal
    """
)
_STOPWORDS = _words(
    """
    the a an this that these those his her its their our your my of in on at by for from with
    to and or but as is was were be been are said says told after before during while when
    where which who whom whose what why how not no all any both each some such than then there
    here into onto over under about against between through across near since until via per
    mr mrs ms dr gen general col colonel maj major capt captain lt lieutenant sgt sergeant
    president minister commander chief brigadier admiral spokesman spokeswoman
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow
    however meanwhile also only even still yet so if though although because
    """
)
# Capitalised words that are never a nationality directly before a unit.
_NOT_NATIONALITY = _STOPWORDS | _words(
    """
    elite allied foreign enemy rebel rebels government western eastern northern southern
    local regional federal state opposition pro anti insurgent insurgents militant militants
    """
)
_ORG_WORDS = _words(
    """
    army navy air force forces corps guard guards marines marine military command fleet
    division brigade regiment battalion ministry militia coast
    """
)
_COUNTRY_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK", "KSA", "RF"})
_DEMONYMS = _words(
    """
    us u.s. uk u.k. american british french dutch swiss thai greek czech afghan welsh scottish
    irish danish polish turkish russia ukraine iran israel syria iraq china turkey lebanon yemen
    egypt jordan libya sudan india pakistan armenia azerbaijan georgia belarus america britain
    france germany german japan japanese korea saudi emirati qatari kuwaiti omani mexican
    """
)
_DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "iani", "ani", "aqi", "eli", "udi")
_PHONETIC = _words(
    """
    alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu
    able baker dog easy fox george how item jig king love nan oboe peter queen roger sugar
    """
)
_ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
}
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"})

# Kind: first rule whose words appear consecutively in the lower-cased name wins.
_KIND_RULES: tuple[tuple[str, str], ...] = (
    ("special forces", "special forces"),
    ("special operations", "special forces"),
    ("naval infantry", "marine"),
    ("air assault", "air assault"),
    ("motor rifle", "motorized"),
    ("airborne", "airborne"),
    ("parachute", "airborne"),
    ("commando", "commando"),
    ("commandos", "commando"),
    ("marine", "marine"),
    ("marines", "marine"),
    ("mechanized", "mechanized"),
    ("mechanised", "mechanized"),
    ("armored", "armored"),
    ("armoured", "armored"),
    ("tank", "armored"),
    ("motorized", "motorized"),
    ("motorised", "motorized"),
    ("assault", "assault"),
    ("ranger", "ranger"),
    ("rangers", "ranger"),
    ("mountain", "mountain"),
    ("cavalry", "cavalry"),
    ("artillery", "artillery"),
    ("reconnaissance", "reconnaissance"),
    ("fighter", "fighter"),
    ("bomber", "bomber"),
    ("airlift", "airlift"),
    ("aviation", "aviation"),
    ("engineer", "engineer"),
    ("infantry", "infantry"),
    ("rifle", "infantry"),
)

# Named units that the grammar cannot find (or would find without their kind): lower-case words,
# display name, echelon, branch, kind, and whether the first word may be lower case.
_CuratedUnit = tuple[tuple[str, ...], str, Echelon | None, str | None, str | None, bool]
_CURATED: tuple[_CuratedUnit, ...] = (
    (("quds", "force"), "Quds Force", "force", None, "special forces", False),
    (("delta", "force"), "Delta Force", "force", "army", "special forces", False),
    (("navy", "seals"), "Navy SEALs", None, "navy", "special forces", False),
    (("seal", "team", "six"), "SEAL Team Six", "unit", "navy", "special forces", False),
    (("seal", "team", "6"), "SEAL Team Six", "unit", "navy", "special forces", False),
    (("spetsnaz",), "Spetsnaz", None, None, "special forces", True),
    (("green", "berets"), "Green Berets", None, "army", "special forces", False),
    (("special", "republican", "guard"), "Special Republican Guard", None, None, None, False),
    (("republican", "guard"), "Republican Guard", None, None, None, False),
    (("presidential", "guard"), "Presidential Guard", None, None, None, False),
    (("sayeret", "matkal"), "Sayeret Matkal", "unit", None, "special forces", False),
    (("shayetet", "13"), "Shayetet 13", "unit", "navy", "special forces", False),
    (
        ("special", "air", "service"),
        "Special Air Service",
        "regiment",
        "army",
        "special forces",
        False,
    ),
    (("special", "boat", "service"), "Special Boat Service", None, "navy", "special forces", False),
    (
        ("joint", "special", "operations", "command"),
        "Joint Special Operations Command",
        "command",
        None,
        "special forces",
        False,
    ),
    (
        ("special", "operations", "command"),
        "Special Operations Command",
        "command",
        None,
        "special forces",
        False,
    ),
)
_CURATED_BY_FIRST: dict[str, tuple[_CuratedUnit, ...]] = {}
for _entry in sorted(_CURATED, key=lambda entry: -len(entry[0])):
    _CURATED_BY_FIRST[_entry[0][0]] = (*_CURATED_BY_FIRST.get(_entry[0][0], ()), _entry)
del _entry

# Generic kinds: (lower-case words, display phrase, kind). Any case, no echelon.
_GENERIC: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("special", "operations", "forces"), "special operations forces", "special forces"),
    (("special", "operation", "forces"), "special operations forces", "special forces"),
    (("special", "-", "forces"), "special forces", "special forces"),
    (("special", "forces"), "special forces", "special forces"),
    (("commandos",), "commandos", "commando"),
    (("paratroopers",), "paratroopers", "airborne"),
)
_GENERIC_FIRST = frozenset(words[0] for words, _, _ in _GENERIC)

_ANCHOR_WORDS = set(_HEADS) | set(_CURATED_BY_FIRST) | _GENERIC_FIRST | {"tf", "airborne"}

# --------------------------------------------------------------------------------------------
# Regular expressions: compiled once; literal alternations or bounded repetitions only.


def _trie(words: list[str]) -> str:
    """A regex alternation of literal ``words`` factored by common prefixes (faster to scan)."""
    groups: dict[str, list[str]] = {}
    optional = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            optional = True
    alternatives = [re.escape(char) + _trie(rest) for char, rest in sorted(groups.items())]
    if not alternatives:
        return ""
    if len(alternatives) == 1 and not optional:
        return alternatives[0]
    body = "(?:" + "|".join(alternatives) + ")"
    return body + "?" if optional else body


_ANCHOR_PATTERN = r"\b" + _trie(sorted(_ANCHOR_WORDS)) + r"\b"
_ANCHOR_RE = re.compile(_ANCHOR_PATTERN, re.IGNORECASE)
# The same words sought in lower-cased text: a case-sensitive scan is twice as fast.
_ANCHOR_LOWER_RE = re.compile(_ANCHOR_PATTERN)
_TOKEN_SPLIT = re.compile(r"([^\W_]+|\S)")
_ORDINAL_DIGITS_RE = re.compile(r"([0-9]{1,5})(?:st|nd|rd|th|d)", re.IGNORECASE)
_ROMAN_RE = re.compile(r"(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})")
_DIGITS_RE = re.compile(r"[0-9]{1,6}")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}

_WINDOW = 200  # characters tokenised on each side of an anchor
_MAX_MODS = 6  # name words between a number and its echelon noun
_MAX_PHRASE = 4  # words in a parent or possessor phrase
_CONTEXT = 15  # tokens on each side used to decide whether capitalisation is informative
_APOSTROPHES = frozenset({"'", "’", "ʼ"})


# --------------------------------------------------------------------------------------------
# Tokens of one window of text.


class _Tokens:
    """Tokens of ``text[lo:hi]`` with their offsets and case statistics."""

    __slots__ = ("allcaps_pre", "cap_pre", "ends", "low", "n", "starts", "text", "tx", "word_pre")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        tx: list[str] = []
        # one split in C gives the text between tokens and the tokens in turn
        pieces = _TOKEN_SPLIT.split(text[lo:hi])
        position = lo
        for index in range(1, len(pieces), 2):
            token = pieces[index]
            position += len(pieces[index - 1])
            starts.append(position)
            position += len(token)
            ends.append(position)
            tx.append(token)
        # A window edge may cut a word in two: drop the partial tokens.
        if starts and lo > 0 and starts[0] == lo and not text[lo - 1].isspace():
            del starts[0], ends[0], tx[0]
        if starts and hi < len(text) and ends[-1] == hi and not text[hi].isspace():
            del starts[-1], ends[-1], tx[-1]
        self.starts, self.ends, self.tx = starts, ends, tx
        self.low = [t.lower() for t in tx]
        self.n = len(tx)
        word_pre, cap_pre, allcaps_pre = [0], [0], [0]
        words = caps = upper = 0
        for token in tx:
            if token[0].isalpha():
                words += 1
                caps += token[0].isupper()
                upper += token.isupper()
            word_pre.append(words)
            cap_pre.append(caps)
            allcaps_pre.append(upper)
        self.word_pre, self.cap_pre, self.allcaps_pre = word_pre, cap_pre, allcaps_pre

    def strict(self, i: int) -> bool:
        """Whether capitalisation around token ``i`` is uninformative (all caps or title case)."""
        lo, hi = max(0, i - _CONTEXT), min(self.n, i + _CONTEXT + 1)
        words = self.word_pre[hi] - self.word_pre[lo]
        caps = self.cap_pre[hi] - self.cap_pre[lo]
        return words >= 6 and caps >= 0.75 * words

    def allcaps(self, i: int) -> bool:
        lo, hi = max(0, i - _CONTEXT), min(self.n, i + _CONTEXT + 1)
        words = self.word_pre[hi] - self.word_pre[lo]
        upper = self.allcaps_pre[hi] - self.allcaps_pre[lo]
        return words >= 6 and upper >= 0.9 * words

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches token ``i - 1`` (no space between)."""
        return 0 < i < self.n and self.ends[i - 1] == self.starts[i]

    def newline_before(self, i: int) -> bool:
        """Whether a paragraph break (a blank line) separates token ``i`` from token ``i - 1``.

        A single newline is a soft wrap in wire copy ("THE ATLACATL\nBATTALION").
        """
        return 0 < i < self.n and self.text.count("\n", self.ends[i - 1], self.starts[i]) >= 2

    def capitalised(self, i: int) -> bool:
        token = self.tx[i]
        return token[0].isupper()

    def acronym(self, i: int, allcaps: bool) -> bool:
        token = self.tx[i]
        return not allcaps and len(token) >= 2 and token.isupper() and token.isalpha()

    def surface(self, i: int, j: int) -> str:
        """Text of tokens ``i..j`` inclusive."""
        return self.text[self.starts[i] : self.ends[j]]


def _roman_value(token: str) -> int | None:
    if len(token) > 6 or not _ROMAN_RE.fullmatch(token):
        return None
    total = 0
    for k, char in enumerate(token):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[token[k + 1]] if k + 1 < len(token) else 0
        total += -value if value < following else value
    return total


def _ordinal(tk: _Tokens, i: int, strict: bool) -> int | None:
    """Value of an ordinal token ("31st", "2d", "Seventh"), else None."""
    token = tk.tx[i]
    if len(token) <= 8:
        match = _ORDINAL_DIGITS_RE.fullmatch(token)
        if match:
            return int(match.group(1))
    value = _ORDINAL_WORDS.get(tk.low[i])
    if value is not None and (strict or tk.capitalised(i)):
        return value
    return None


def _is_demonym(word: str) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    return low in _DEMONYMS or (len(low) > 4 and low.endswith(_DEMONYM_SUFFIXES))


# --------------------------------------------------------------------------------------------
# Candidates.


class _Cand:
    __slots__ = (
        "branch",
        "echelon",
        "first",
        "kind",
        "last",
        "name",
        "nat",
        "nat_group",
        "number",
        "parent",
        "prio",
    )

    def __init__(
        self,
        first: int,
        last: int,
        name: str,
        *,
        number: int | None = None,
        echelon: Echelon | None = None,
        branch: str | None = None,
        kind: str | None = None,
        prio: int = 1,
    ) -> None:
        self.first, self.last, self.name = first, last, name
        self.number, self.echelon, self.branch, self.kind = number, echelon, branch, kind
        self.prio = prio
        self.nat: tuple[int, int] | None = None  # token range of a nationality
        self.parent: tuple[int, int] | None = None  # token range of a stated parent
        self.nat_group: list[tuple[int, int]] = []  # coordinated nationalities (generic only)


def _title(part: str) -> str:
    if len(part) <= 6 and _ROMAN_RE.fullmatch(part):
        return part
    if part[:1].isdigit():
        return part.lower()
    return part[:1] + part[1:].lower()


def _display(surface: str) -> str:
    """Display name: whitespace collapsed; all-caps text title-cased ("1ST" -> "1st")."""
    words = surface.split()
    if not surface.isupper() or not any(len(w) > 1 and w.isalpha() for w in words):
        return " ".join(words)
    return " ".join("-".join(_title(part) for part in word.split("-")) for word in words)


def _classify(name_low: str, echelon: str | None) -> tuple[str | None, str | None]:
    """(kind, branch) from the words of a unit's name."""
    padded = f" {name_low} "
    kind = next((k for words, k in _KIND_RULES if f" {words} " in padded), None)
    words = set(name_low.split())
    branch: str | None = None
    if words & {"naval", "navy"} or echelon in ("fleet", "flotilla"):
        branch = "navy"
    elif words & {"marine", "marines"}:
        branch = "marines"
    elif (
        words & {"fighter", "bomber", "airlift"}
        or echelon == "wing"
        or ("air" in words and kind != "air assault")
    ):
        branch = "air force"
    elif "army" in words:
        branch = "army"
    return kind, branch


def _walk_back(
    tk: _Tokens, head: int, rule_head: str, strict: bool, allcaps: bool
) -> tuple[int | None, int | None, list[int]]:
    """From just before ``head``: (number token, number, name-word tokens nearest first)."""
    mods: list[int] = []
    i = head - 1
    while i >= 0 and len(mods) < _MAX_MODS and not tk.newline_before(i + 1):
        token, low = tk.tx[i], tk.low[i]
        if token == "-" and tk.glued(i) and tk.glued(i + 1) and i > 0 and mods:
            i -= 1
            continue
        value = _ordinal(tk, i, strict)
        if value is not None:
            return i, value, mods
        if rule_head in _ROMAN_HEADS and token.isupper():
            roman = _roman_value(token)
            if roman is not None and (token != "I" or not mods or not allcaps):
                return i, roman, mods
        if rule_head in _BARE_NUMBER_HEADS and not mods and _DIGITS_RE.fullmatch(token):
            return i, int(token), mods
        if not token[0].isalpha():
            break
        if low in _NAME_PARTICLES and i + 2 < tk.n and tk.tx[i + 1] == "-" and tk.glued(i + 1):
            mods.append(i)
            i -= 1
            continue
        if not tk.capitalised(i) or low in _STOPWORDS or tk.acronym(i, allcaps):
            break
        if low in _HEADS and low != "army":  # "Brigade Brigade": one echelon noun per unit
            break
        if low in _ORDINAL_WORDS or (
            low in _PHONETIC and rule_head in ("company", "battery", "troop", "platoon")
        ):
            break
        mods.append(i)
        i -= 1
    return None, None, mods


def _is_proper(tk: _Tokens, i: int) -> bool:
    low = tk.low[i]
    return low not in _DESCRIPTORS and low not in _NAME_PARTICLES and tk.tx[i][0].isalpha()


def _formation(tk: _Tokens, h: int) -> _Cand | None:
    """A numbered or named formation whose echelon noun is token ``h``."""
    low = tk.low[h]
    if not tk.capitalised(h):
        return None
    strict, allcaps = tk.strict(h), tk.allcaps(h)
    echelon, rule = _HEADS[low]
    first_head = last = h
    if low == "force" and h > 0 and tk.low[h - 1] == "task" and tk.capitalised(h - 1):
        echelon, rule, first_head = "task force", "task", h - 1
    elif low == "group":
        if h == 0 or tk.low[h - 1] not in _GROUP_COMPOUND_PREV or not tk.capitalised(h - 1):
            return None
        if tk.low[h - 1] == "army":
            echelon, first_head = "army group", h - 1
    elif low == "army" and h + 1 < tk.n and tk.low[h + 1] in ("group", "corps"):
        return None  # the compound is found from its last word
    if low == "brigade" and h + 2 < tk.n and tk.low[h + 1] == "combat" and tk.low[h + 2] == "team":
        last = h + 2
    number_at, number, mods = _walk_back(tk, first_head, low, strict, allcaps)
    ident = False
    # Identifier after the echelon noun.
    j = last + 1
    if j < tk.n and not tk.newline_before(j):
        nxt = tk.tx[j]
        if rule == "task":
            if nxt == "-" and tk.glued(j) and j + 1 < tk.n and tk.glued(j + 1):
                j += 1
                nxt = tk.tx[j]
            k = j
            if _DIGITS_RE.fullmatch(nxt):
                ident, last = True, j
                if number is None:
                    number = int(nxt)
                if (
                    k + 2 < tk.n
                    and tk.tx[k + 1] == "-"
                    and tk.glued(k + 1)
                    and tk.glued(k + 2)
                    and _DIGITS_RE.fullmatch(tk.tx[k + 2])
                ):
                    last, number = k + 2, None  # "Task Force 1-28": battalion 1, regiment 28
            else:
                while (
                    k < tk.n
                    and k - j < 3
                    and tk.capitalised(k)
                    and tk.tx[k][0].isalpha()
                    and tk.low[k] not in _STOPWORDS
                    and not tk.newline_before(k)
                ):
                    ident, last = True, k
                    k += 1
        elif (rule == "unit" or low in _DIGITS_AFTER_HEADS) and number is None:
            k = j
            if low in _NUMERO_HEADS and tk.low[k] == "no" and k + 1 < tk.n:  # "Detachment No. 6"
                k += 2 if tk.tx[k + 1] == "." and k + 2 < tk.n else 1
            if _DIGITS_RE.fullmatch(tk.tx[k]):
                ident, last, number = True, k, int(tk.tx[k])
        if (
            rule == "letter"
            and len(nxt) == 1
            and "A" <= nxt <= "Z"
            and number is None
            and not (j + 1 < tk.n and tk.tx[j + 1] == "." and tk.glued(j + 1))
        ):
            ident, last = True, j
        if (
            echelon == "army group"
            and number is None
            and not ident
            and tk.capitalised(j)
            and tk.tx[j][0].isalpha()
            and tk.low[j] not in _STOPWORDS
        ):
            ident, last = True, j
    first = first_head
    if number_at is not None:
        first = number_at
    elif mods:
        first = mods[-1]
    # Letter or phonetic word before: "C Company", "Bravo Company".
    if rule == "letter" and number is None and not ident and first_head > 0:
        prev = tk.tx[first_head - 1]
        if (len(prev) == 1 and "B" <= prev <= "Z" and prev != "I") or (
            tk.low[first_head - 1] in _PHONETIC and tk.capitalised(first_head - 1)
        ):
            ident, first = True, first_head - 1
    if number is None and not ident:
        if rule != "std" or (strict and low not in _STRONG_HEADS):
            return None
        if mods and tk.low[mods[0]] in _EXCLUDED_BEFORE.get(low, ()):
            return None
        if low == "force" and last + 1 < tk.n and tk.low[last + 1] == "one":
            return None  # "Air Force One"
        if strict:  # keep descriptors up to the nearest proper word only
            for k, m in enumerate(mods):
                if _is_proper(tk, m):
                    mods = mods[: k + 1]
                    break
        propers = [m for m in mods if _is_proper(tk, m)]
        if not propers:
            return None
        nat: tuple[int, int] | None = None
        leftmost = mods[-1]
        if len(propers) > 1 and leftmost == propers[-1] and _is_demonym(tk.tx[leftmost]):
            nat = (leftmost, leftmost)
            mods = mods[:-1]
        first = mods[-1]
        cand = _make(tk, first, last, echelon, None, rule)
        cand.nat = nat
        return cand
    if rule == "task" and number is None and not ident:
        return None
    return _make(tk, first, last, echelon, number, rule)


def _make(
    tk: _Tokens, first: int, last: int, echelon: Echelon | None, number: int | None, rule: str
) -> _Cand:
    surface = tk.surface(first, last)
    name = _display(surface)
    if rule == "task" and tk.tx[first] == "TF":
        name = "Task Force " + name[2:].lstrip()
    kind, branch = _classify(name.lower(), echelon)
    return _Cand(first, last, name, number=number, echelon=echelon, branch=branch, kind=kind)


def _task_force_abbrev(tk: _Tokens, i: int) -> _Cand | None:
    """'TF 1-28', 'TF 51'."""
    if tk.tx[i] != "TF" or i + 1 >= tk.n or not _DIGITS_RE.fullmatch(tk.tx[i + 1]):
        return None
    last: int = i + 1
    number: int | None = int(tk.tx[last])
    if (
        i + 3 < tk.n
        and tk.tx[i + 2] == "-"
        and tk.glued(i + 2)
        and tk.glued(i + 3)
        and _DIGITS_RE.fullmatch(tk.tx[i + 3])
    ):
        last, number = i + 3, None  # battalion 1 of regiment 28: no single number
    return _make(tk, i, last, "task force", number, "task")


def _airborne(tk: _Tokens, i: int) -> _Cand | None:
    """'101st Airborne' (the division, named without its echelon noun)."""
    if i == 0 or not tk.capitalised(i):
        return None
    number = _ordinal(tk, i - 1, tk.strict(i))
    if number is None:
        return None
    name = _display(tk.surface(i - 1, i)) + " Division"
    return _Cand(i - 1, i, name, number=number, echelon="division", kind="airborne")


def _curated(tk: _Tokens, i: int) -> _Cand | None:
    for words, name, echelon, branch, kind, any_case in _CURATED_BY_FIRST.get(tk.low[i], ()):
        end = i + len(words)
        if end > tk.n or tuple(tk.low[i:end]) != words:
            continue
        if not any_case and not tk.capitalised(i):
            continue
        if words[-1] == "seals" and not tk.tx[end - 1].startswith("SEAL"):
            continue
        if any(tk.newline_before(k) for k in range(i + 1, end)):
            continue
        number = 6 if words[-1] in ("six", "6") else (13 if words[-1] == "13" else None)
        return _Cand(
            i, end - 1, name, number=number, echelon=echelon, branch=branch, kind=kind, prio=0
        )
    return None


def _generic(tk: _Tokens, i: int) -> _Cand | None:
    for words, phrase, kind in _GENERIC:
        end = i + len(words)
        if end <= tk.n and tuple(tk.low[i:end]) == words:
            return _Cand(i, end - 1, phrase, kind=kind, prio=2)
    return None


# --------------------------------------------------------------------------------------------
# Nationalities and parents.


def _phrase_back(tk: _Tokens, i: int, allcaps: bool) -> int | None:
    """First token of a capitalised phrase ending at token ``i`` ("U.S. Army"), else None."""
    words, first = 0, None
    while i >= 0 and words < _MAX_PHRASE:
        token = tk.tx[i]
        if (
            token == "."
            and i > 0
            and tk.glued(i)
            and len(tk.tx[i - 1]) == 1
            and tk.tx[i - 1].isupper()
        ):
            i -= 1
            continue
        if token == "-" and first is not None and tk.glued(i) and tk.glued(i + 1):
            i -= 1
            continue
        if not token[0].isalpha() or not token[0].isupper() or tk.low[i] in _STOPWORDS:
            break
        first, words = i, words + 1
        if first > 0 and tk.newline_before(first):
            break
        i -= 1
    return first


def _phrase_fwd(tk: _Tokens, i: int) -> int | None:
    """Last token of a capitalised phrase starting at token ``i``, else None."""
    words, last = 0, None
    while i < tk.n and words < _MAX_PHRASE + 1:
        token = tk.tx[i]
        if last is not None and tk.newline_before(i):
            break
        if token == "." and last is not None and tk.glued(i) and len(tk.tx[i - 1]) == 1:
            last = i
            i += 1
            continue
        if token == "-" and last is not None and tk.glued(i) and tk.glued(i + 1):
            i += 1
            continue
        if not token[0].isalpha() or not token[0].isupper() or tk.low[i] in _STOPWORDS:
            break
        last, words = i, words + 1
        i += 1
    return last


def _has_org_word(tk: _Tokens, first: int, last: int) -> bool:
    return any(tk.low[k] in _ORG_WORDS for k in range(first, last + 1))


def _before(tk: _Tokens, i: int) -> tuple[str, int, int] | None:
    """What directly precedes a unit whose first token is ``i + 1``, ending at token ``i``.

    Returns ("parent" | "nationality", first token, last token) or None.
    """
    if i < 0 or tk.newline_before(i + 1):
        return None
    allcaps, strict = tk.allcaps(i), tk.strict(i)
    # Possessive: "the IRGC's", "Ukraine’s", "the U.S. Army's".
    if (
        tk.low[i] == "s"
        and i >= 2
        and tk.tx[i - 1] in _APOSTROPHES
        and tk.glued(i)
        and tk.glued(i - 1)
    ):
        first = _phrase_back(tk, i - 2, allcaps)
        if first is None:
            return None
        if _has_org_word(tk, first, i - 2) or (
            first == i - 2 and tk.acronym(first, allcaps) and tk.tx[first] not in _COUNTRY_ACRONYMS
        ):
            return "parent", first, i - 2
        if first == i - 2 and tk.low[first] in _NOT_NATIONALITY:
            return None
        return "nationality", i - 2, i
    # "U.S. special forces"
    if (
        tk.tx[i] == "."
        and i >= 3
        and tk.glued(i)
        and tk.glued(i - 1)
        and tk.glued(i - 2)
        and tk.tx[i - 2] == "."
        and len(tk.tx[i - 1]) == 1
        and len(tk.tx[i - 3]) == 1
        and tk.tx[i - 1].isupper()
        and tk.tx[i - 3].isupper()
    ):
        return "nationality", i - 3, i
    token = tk.tx[i]
    if not token[0].isalpha() or not token[0].isupper() or tk.low[i] in _NOT_NATIONALITY:
        return None
    if tk.low[i] in _DESCRIPTORS or tk.low[i] in _HEADS:
        return None
    if tk.acronym(i, allcaps):
        kind = "nationality" if token in _COUNTRY_ACRONYMS else "parent"
        return kind, i, i
    if strict and not _is_demonym(token):
        return None
    if len(token) > 3 and tk.low[i].endswith("s") and not _is_demonym(token):
        return "parent", i, i  # a plural name is a body, not a nationality: "Carabineros"
    return "nationality", i, i


def _coordinated(tk: _Tokens, cand: _Cand) -> None:
    """Nationalities of a generic mention: "Iranian and Armenian special forces"."""
    i = cand.first - 1
    found: list[tuple[int, int]] = []
    while len(found) < 4:
        before = _before(tk, i)
        if before is None:
            break
        role, first, last = before
        if role == "parent":
            if not found:
                cand.parent = (first, last)
            break
        found.append((first, last))
        i = first - 1
        if i >= 0 and tk.low[i] in ("and", "or", ","):
            i -= 1
            if i >= 0 and tk.low[i] == "," and tk.low[i + 1] != ",":
                i -= 1
        else:
            break
    cand.nat_group = found


def _attach(tk: _Tokens, cands: list[_Cand]) -> None:
    """Parents and nationalities of the accepted candidates of one window, in text order."""
    by_first = {c.first: c for c in cands}
    for k, cand in enumerate(cands):
        if cand.prio == 2:
            _coordinated(tk, cand)
            continue
        # Comma apposition: "1st Battalion, 5th Marines".
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if (
            nxt is not None
            and nxt.first == cand.last + 2
            and tk.tx[cand.last + 1] == ","
            and nxt.number is not None
            and _ECHELON_RANK.get(nxt.echelon or "", 0) > _ECHELON_RANK.get(cand.echelon or "", 99)
        ):
            cand.parent = (nxt.first, nxt.last)
        # "the 1st Battalion of the 4th Regiment", "of the Russian Army".
        j = cand.last + 1
        if cand.parent is None and j + 1 < tk.n and tk.low[j] == "of":
            p = j + 2 if tk.low[j + 1] == "the" else j + 1
            start = j + 1
            if p < tk.n and not tk.newline_before(p):
                target = by_first.get(p)
                if target is not None and (
                    _ECHELON_RANK.get(target.echelon or "", 99)
                    > _ECHELON_RANK.get(cand.echelon or "", 0)
                ):
                    cand.parent = (start, target.last)
                elif target is None:
                    last = _phrase_fwd(tk, p)
                    if last is not None and (
                        _has_org_word(tk, p, last) or (p == last and tk.acronym(p, tk.allcaps(p)))
                    ):
                        cand.parent = (start, last)
        before = _before(tk, cand.first - 1)
        if before is not None:
            role, first, last = before
            if role == "parent" and cand.parent is None:
                cand.parent = (first, last)
            elif role == "nationality" and cand.nat is None:
                cand.nat = (first, last)


_IRGC_GROUND = frozenset({"division", "brigade", "battalion", "regiment"})


def _branch_from_parent(parent: str, echelon: str | None) -> str | None:
    low = parent.lower()
    if "irgc" in low or "revolutionary guard" in low:
        return "IRGC Ground Force" if echelon in _IRGC_GROUND else None
    for word, branch in (
        ("navy", "navy"),
        ("naval", "navy"),
        ("air force", "air force"),
        ("marine", "marines"),
        ("army", "army"),
    ):
        if word in low:
            return branch
    return None


def _mentions(tk: _Tokens, cands: list[_Cand]) -> Iterator[UnitMention]:
    text = tk.text
    for cand in cands:
        start, end = tk.starts[cand.first], tk.ends[cand.last]
        parent_text: str | None = None
        parent_span: tuple[int, int] | None = None
        if cand.parent is not None:
            parent_span = (tk.starts[cand.parent[0]], tk.ends[cand.parent[1]])
            parent_text = " ".join(text[parent_span[0] : parent_span[1]].split())
        branch = cand.branch
        if branch is None and parent_text is not None:
            branch = _branch_from_parent(parent_text, cand.echelon)
        base = UnitMention(
            start=start,
            end=end,
            name=cand.name,
            number=cand.number,
            echelon=cand.echelon,
            branch=branch,
            kind=cand.kind,
            parent_text=parent_text,
            parent_span=parent_span,
        )
        if cand.prio == 2 and cand.nat_group:
            for first, last in reversed(cand.nat_group):
                nat_span = (tk.starts[first], tk.ends[last])
                nat_text = text[nat_span[0] : nat_span[1]]
                yield evolve(
                    base,
                    start=nat_span[0],
                    name=f"{nat_text} {cand.name}",
                    nationality_text=nat_text,
                    nationality_span=nat_span,
                )
        elif cand.nat is not None:
            nat_span = (tk.starts[cand.nat[0]], tk.ends[cand.nat[1]])
            yield evolve(
                base, nationality_text=text[nat_span[0] : nat_span[1]], nationality_span=nat_span
            )
        else:
            yield base


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first (then curated, formal, generic), in text order."""
    ordered = sorted(cands, key=lambda c: (c.first - c.last, c.prio, c.first))
    starts: list[int] = []
    lasts: list[int] = []
    kept: list[_Cand] = []
    for cand in ordered:
        pos = bisect_left(starts, cand.first)
        if pos > 0 and lasts[pos - 1] >= cand.first:
            continue
        if pos < len(starts) and starts[pos] <= cand.last:
            continue
        starts.insert(pos, cand.first)
        lasts.insert(pos, cand.last)
        kept.insert(pos, cand)
    return kept


def _windows(text: str) -> Iterator[tuple[int, int, set[int]]]:
    """Merged windows ``(lo, hi, anchor starts)`` around anchor words."""
    n = len(text)
    lo = hi = -1
    anchors: set[int] = set()
    lowered = text.lower()
    # (lower-casing keeps every offset but for a few letters: "İ" becomes two characters)
    matches = (_ANCHOR_LOWER_RE.finditer(lowered) if len(lowered) == n
               else _ANCHOR_RE.finditer(text))
    for match in matches:
        a_lo, a_hi = max(0, match.start() - _WINDOW), min(n, match.end() + _WINDOW)
        if anchors and a_lo <= hi:
            hi = a_hi
        else:
            if anchors:
                yield lo, hi, anchors
            lo, hi, anchors = a_lo, a_hi, set()
        anchors.add(match.start())
    if anchors:
        yield lo, hi, anchors


def find_units(text: str) -> list[UnitMention]:
    """Find military units mentioned in ``text``, in text order.

    Numbered formations ("82nd Airborne Division", "Seventh Fleet", "VIII Corps", "Task Force
    51", "1st Battalion, 5th Marines"), named ones ("Golani Brigade", "Quds Force", "THE ATLACATL
    BATTALION") and generic special forces, commandos and paratroopers. Time is linear in
    ``len(text)``.

    >>> [u] = find_units("Madani confirmed the participation of the IRGC’s 31st Ashura "
    ...                  "Operational Division.")
    >>> u.name, u.number, u.echelon, u.parent_text
    ('31st Ashura Operational Division', 31, 'division', 'IRGC')
    >>> [(u.name, u.nationality_text) for u in find_units("Iranian and Armenian special forces")]
    [('Iranian special forces', 'Iranian'), ('Armenian special forces', 'Armenian')]
    """
    found: list[UnitMention] = []
    for lo, hi, anchors in _windows(text):
        tk = _Tokens(text, lo, hi)
        cands: list[_Cand] = []
        for i in range(tk.n):
            if tk.starts[i] not in anchors:
                continue
            low = tk.low[i]
            for cand in (
                _formation(tk, i) if low in _HEADS else None,
                _curated(tk, i) if low in _CURATED_BY_FIRST else None,
                _generic(tk, i) if low in _GENERIC_FIRST else None,
                _task_force_abbrev(tk, i) if low == "tf" else None,
                _airborne(tk, i) if low == "airborne" else None,
            ):
                if cand is not None:
                    cands.append(cand)
        kept = _resolve(cands)
        _attach(tk, kept)
        found.extend(_mentions(tk, kept))
    found.sort(key=lambda m: (m.start, m.end))
    return found
