"""Date expressions in English news and wire copy, resolved against the publication date.

Three entry points:

* `find_dates` scans a text and returns every date expression as a `DateMention`: character
  offsets, the `FuzzyDate` it denotes and whether the publication date was needed to get it.
* `resolve_relative` resolves one expression ("last week", "on Wednesday", "9 April 2025").
* `parse_date` reads the spellings data files use ("2023-02-16", "16-Feb-19", "20230216").

Conventions (the choices a reader of the output needs to know):

* **Spans** cover the date expression itself, without leading prepositions or articles:
  "on Wednesday" gives "Wednesday", "in March" gives "March", "during a March visit" gives
  "March". Words that change the meaning stay in: "last Wednesday", "late 2024", "mid-March",
  "Wednesday night", "between 9 and 11 April", "the day before yesterday", "the weekend".
  `FuzzyDate.text` holds the span exactly as written.
* **Case**: month and weekday names must begin with a capital letter, the rest of the word may
  be in any case ("April", "APRIL"); so lower-case "may" and "march" are never months. Relative
  words ("yesterday", "LAST NIGHT") match in any case.
* **Ambiguous month words** ("March", "May" and every abbreviation such as "Mar", "Jun") stand
  alone as a month only after one of in, during, since, until, till, by, of, from, before, after,
  through, throughout, a, an, or with last/next/this/early/mid/late; followed by a day number or
  a year they are always dates. Other full month names stand alone unless a capitalised word
  follows them ("April Smith"), which is read as a name.
* **Weekdays** ("on Wednesday") are the most recent such day on or before publication (the
  publication day itself when it is that weekday); "last Wednesday" is the one before that;
  "next Wednesday" (or "coming") the first one after publication; "this Wednesday" the one in the
  publication's ISO week. A weekday followed by a newspaper word ("Sunday Times") or preceded by
  a holiday word ("Bloody Sunday", "Good Friday") is not a date.
* **Missing years**: a day or month without a year takes the publication year, or the year
  before when its month is after the publication month ("in March" published in April 2025 is
  March 2025; "in May" is May 2024). Two-digit years ("12 JAN 90") take the century that puts
  them closest to the publication year; without a publication date, 69-99 are 19xx and 00-68
  are 20xx (as `time.strptime` does).
* **Without a publication date** relative expressions, weekdays and dates lacking a year yield
  no mention at all (never a mention of unknown date), so every `DateMention` has a start.
* **Precision** names the unit the source commits to. Ranges keep the unit of their bounds:
  "9-10 April 2025" is precision "day" from 9 to 10 April, "the 1990s" precision "year".
  Parts of a period are given one unit below the period: "early/mid/late 2024" are January-April,
  May-August and September-December at precision "month"; "early/mid/late April" are the 1st-10th,
  11th-20th and 21st-end at precision "week". "earlier this year" runs from 1 January to the
  publication day at precision "year" ("earlier this month", "earlier this week" likewise at
  "month" and "week"); "later this ..." runs from publication to the end of the period.
* Weekends ("over the weekend", "last weekend") are Saturday-Sunday at precision "week":
  "the weekend" is the latest one that has begun by publication, "this weekend" the one of the
  publication's ISO week, "last weekend" the one of the week before, "next weekend" the week after.
* "N days/weeks/months/years ago" give a day, the ISO week, the month and the year that far back.
  Vague words ("recently", "a few days ago", "overnight") give nothing.
* `relative` is True when the publication date was used to resolve the expression (relative
  words, weekdays, and day-month or month expressions lacking a year).

Every pattern is compiled once, with bounded repetition only, so a scan is linear in the length
of the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Final, TypeAlias

from attrs import frozen

from .._errors import InvalidValueError
from .._models import FuzzyDate, Precision, Span

__all__ = ["DateMention", "find_dates", "parse_date", "resolve_relative"]


@frozen
class DateMention:
    """One date expression found in a text: offsets ``[start, end)`` and what it denotes.

    >>> mention = find_dates("Talks ended on 9 April 2025.", None)[0]
    >>> (mention.start, mention.end, mention.text, str(mention.date), mention.relative)
    (15, 27, '9 April 2025', '2025-04-09', False)
    """

    start: int
    end: int
    date: FuzzyDate
    relative: bool

    @property
    def text(self) -> str:
        """The expression as written."""
        return self.date.text or ""


# --- vocabulary --------------------------------------------------------------------------------

_MONTH_WORDS: Final[tuple[tuple[str, ...], ...]] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_MONTHS: Final[dict[str, int]] = {
    word: number for number, words in enumerate(_MONTH_WORDS, start=1) for word in words
}
#: Month names and abbreviations, in lower case.
MONTH_NAMES: Final[frozenset[str]] = frozenset(_MONTHS)
#: Full month names that are rarely anything but months (a name may still follow them).
_PLAIN_MONTHS: Final[frozenset[str]] = frozenset(
    words[0] for words in _MONTH_WORDS if words[0] not in ("march", "may")
)
_WEEKDAYS: Final[tuple[str, ...]] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
_NUMBERS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
#: Words after which a lone month name is a month.
_MONTH_TRIGGERS: Final[frozenset[str]] = frozenset(
    (
        "in", "during", "since", "until", "till", "by", "of", "from", "before", "after", "through",
        "throughout", "a", "an",
    )
)
#: Words after which a lone four-digit number is a year.
_YEAR_TRIGGERS: Final[frozenset[str]] = frozenset(
    (
        "in", "during", "since", "until", "till", "by", "of", "from", "before", "after", "through",
        "throughout", "circa",
    )
)
#: Words that make a following weekday a newspaper's name.
_PAPERS: Final[frozenset[str]] = frozenset(
    (
        "times", "telegraph", "express", "mirror", "mail", "post", "herald", "independent",
        "tribune", "star", "observer", "standard", "world", "sport", "people", "business",
        "review", "journal", "news", "record", "sun", "age", "nation", "monitor", "chronicle",
        "gazette", "leader", "press", "today", "magazine", "edition", "supplement",
    )
)
#: Words that make a following weekday a holiday or an event's name.
_HOLIDAYS: Final[frozenset[str]] = frozenset(
    (
        "bloody", "black", "good", "super", "ash", "holy", "palm", "easter", "maundy", "cyber",
        "blue",
    )
)

# --- pattern pieces ----------------------------------------------------------------------------


def _capitalised(word: str) -> str:
    """``word`` with its first letter required upper case (the pattern is case-insensitive)."""
    return f"(?-i:{word[0].upper()}){word[1:]}"


def _month(group: str) -> str:
    # Any capitalised word of month-name length; rules check it is a month (see `_known_words`).
    # A dot may follow the abbreviations only, so "in May." ends before the full stop.
    abbreviations = "|".join(words[0][:3] for words in _MONTH_WORDS if len(words) > 1)
    return (
        rf"(?P<{group}>(?-i:[ADFJMNOS])[a-z]{{2,8}}\b"
        rf"(?:(?<={abbreviations})\.|(?<=sept)\.)?)"
    )


_WS = r"\s{1,3}"
_WEEKDAY = r"(?-i:[MTWFS])[a-z]{5,8}\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_ORD = r"(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_YY = r"\d\d(?=\s{0,3}(?:[^\w\s]|\Z))"  # two-digit year: only before punctuation or the end
_LEAD_WEEKDAY = rf"(?:(?P<lead>{_WEEKDAY}),?{_WS}(?:the{_WS})?)?"
_DASH = r"\s{0,2}[-–—]\s{0,2}"
_RANGE_SEP = rf"(?:{_DASH}|{_WS}(?P<conj>and|to|until|till|through){_WS})"
_MOD = r"(?P<mod>early|mid|late)(?:\s{1,2}|-)"
_PART = r"(?:night|morning|afternoon|evening)"
_FLAGS = re.IGNORECASE


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_ISO_RE = _compile(rf"(?<![\w/.-])(?P<y>{_YEAR})-(?P<mo>\d\d)-(?P<d>\d\d)(?!-?\d)")
_NUMERIC_RE = _compile(
    rf"(?<![\w/.-])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
    r"(?![\w/]|[.-]\d)"
)
_DAY_MONTH_RE = _compile(
    rf"{_LEAD_WEEKDAY}(?<![\w.,])(?P<d>{_DAY}){_ORD}(?:{_WS}of)?{_WS}{_month('m')}"
    rf"(?:(?:,|{_WS}of)?{_WS}(?P<y>{_YEAR})|{_WS}(?P<yy>{_YY}))?"
)
_MONTH_DAY_RE = _compile(
    rf"{_LEAD_WEEKDAY}{_month('m')}{_WS}(?:the{_WS})?(?P<d>{_DAY}){_ORD}"
    rf"(?:,?{_WS}(?P<y>{_YEAR}))?"
)
_DAY_RANGE_RE = _compile(
    rf"(?:(?P<pre>between|from){_WS})?(?<![\w.,])(?P<d1>{_DAY}){_ORD}"
    rf"(?:(?:{_WS}of)?{_WS}{_month('m1')})?{_RANGE_SEP}(?P<d2>{_DAY}){_ORD}"
    rf"(?:{_WS}of)?{_WS}{_month('m2')}(?:,?{_WS}(?P<y>{_YEAR}))?"
)
_MONTH_RANGE_RE = _compile(
    rf"(?:(?P<pre>between|from){_WS})?{_LEAD_WEEKDAY}{_month('m1')}{_WS}(?P<d1>{_DAY}){_ORD}"
    rf"{_RANGE_SEP}(?:{_month('m2')}{_WS})?(?P<d2>{_DAY}){_ORD}(?:,?{_WS}(?P<y>{_YEAR}))?"
)
_MONTH_YEAR_RE = _compile(rf"(?:{_MOD})?{_month('m')}(?:,|{_WS}of)?{_WS}(?P<y>{_YEAR})")
_LONE_MONTH_RE = _compile(rf"(?:{_MOD}|(?P<rel>last|next|this){_WS})?{_month('m')}")
_PART_OF_YEAR_RE = _compile(rf"\b{_MOD}(?P<y>{_YEAR})(?!['’]?s\b)")
_DECADE_RE = _compile(rf"\b(?:{_MOD})?(?P<y>(?:1[89]|20)\d0)['’]?s\b")
_YEAR_RANGE_RE = _compile(
    rf"(?:(?P<pre>between|from){_WS})?(?<![\w.,$£€/-])(?P<y1>{_YEAR})"
    rf"(?:{_DASH}|{_WS}(?P<conj>and|to|until|till|through){_WS})"
    rf"(?P<y2>{_YEAR}|\d\d(?!\d))(?![\w'’]|[-–/.,]\d)"
)
_LONE_YEAR_RE = _compile(rf"(?<![\w.,$£€/-])(?P<y>{_YEAR})(?![\w'’]|[-–/.,]\d)")
_WEEKDAY_RE = _compile(
    rf"(?:(?P<rel>last|next|this|past|coming){_WS})?(?P<wd>{_WEEKDAY})(?:{_WS}(?P<part>{_PART})\b)?"
)
_AGO_RE = _compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(_NUMBERS)}){_WS}(?P<unit>day|week|month|year)s?{_WS}ago\b"
)
_PART_OF_RELATIVE_RE = _compile(rf"\b{_MOD}(?P<rel>this|last|next){_WS}(?P<unit>year|month)\b")
_HOLIDAY_RE = _compile(
    rf"\b(?P<name>{_capitalised('christmas')}{_WS}(?:day|eve)|{_capitalised('boxing')}{_WS}day"
    rf"|{_capitalised('new')}{_WS}year['’]s{_WS}(?:day|eve))\b(?:,?{_WS}(?P<y>{_YEAR}))?"
)

#: Fixed relative phrases, by their words in lower case.
_PHRASES: Final[tuple[str, ...]] = (
    "the day before yesterday", "the day after tomorrow",
    "earlier this week", "later this week", "earlier this month", "later this month",
    "earlier this year", "later this year",
    "this week", "last week", "next week", "this month", "last month", "next month",
    "this year", "last year", "next year",
    "the weekend", "this weekend", "last weekend", "next weekend", "past weekend",
    "this morning", "this afternoon", "this evening", "last night", "tonight",
)
_PHRASE_RE = _compile(
    r"\b(?:"
    + "|".join(phrase.replace(" ", _WS) for phrase in _PHRASES)
    + rf"|(?P<deictic>yesterday|today|tomorrow)(?:{_WS}{_PART})?)\b"
)
_PREV_WORD_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,20})\s{1,3}\Z")
_NEXT_WORD_RE = re.compile(r"\s{1,3}([A-Za-z]{1,20})(?![A-Za-z])")
_LEADING_PREPOSITION_RE = _compile(
    r"\s{0,3}(?:(?:on|in|at|during|since|until|till|by|over|of|for|before|after|as\s{1,3}of"
    r"|through|throughout)\s{1,3})?\Z"
)

# --- calendar arithmetic -----------------------------------------------------------------------

_Period: TypeAlias = tuple[dt.date, dt.date, Precision]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _year_for(month: int, published: dt.date, future: bool = False) -> int:
    """The year of a month named without one: the publication year, or the one before (or,
    told of the future, "will be held on Aug. 4", the one after)."""
    if future:
        return published.year + 1 if month < published.month else published.year
    return published.year - 1 if month > published.month else published.year


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    if published is None:
        return (1900 if yy >= 69 else 2000) + yy
    century = published.year // 100 * 100
    return min((century - 100 + yy, century + yy, century + 100 + yy),
               key=lambda year: abs(year - published.year))


def _day(year: int, month: int, day: int) -> _Period | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date, date, "day"


def _month_period(year: int, month: int) -> _Period:
    return dt.date(year, month, 1), _month_end(year, month), "month"


def _year_period(year: int) -> _Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _week_period(any_day: dt.date) -> _Period:
    monday = any_day - dt.timedelta(days=any_day.weekday())
    return monday, monday + dt.timedelta(days=6), "week"


def _month_third(year: int, month: int, mod: str) -> _Period:
    last = _month_end(year, month)
    first_day, last_day = {"early": (1, 10), "mid": (11, 20)}.get(mod.lower(), (21, last.day))
    return dt.date(year, month, first_day), dt.date(year, month, last_day), "week"


def _year_third(year: int, mod: str) -> _Period:
    first, last = {"early": (1, 4), "mid": (5, 8)}.get(mod.lower(), (9, 12))
    return dt.date(year, first, 1), _month_end(year, last), "month"


def _weekend(week_offset: int, published: dt.date) -> _Period:
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=week_offset)
    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week"


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _capital_next(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` after one to three blanks."""
    after = text[end : end + 4]
    following = after.lstrip()
    return len(following) < len(after) and following[:1].isupper()


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD_RE.match(text, end)
    return match.group(1) if match else ""


# --- rules -------------------------------------------------------------------------------------
# A rule turns a match into (period, relative), or None to reject it. It is given the text and
# the word before the match ("in" for "in March"), in lower case, or "" when none is there.

_Resolved: TypeAlias = tuple[_Period, bool]
_Rule: TypeAlias = Callable[[re.Match[str], str, str, dt.date | None], _Resolved | None]


_WEEKDAY_NAMES: Final[frozenset[str]] = frozenset(_WEEKDAYS)
_CHECKED_GROUPS: Final[dict[str, frozenset[str]]] = {
    "lead": _WEEKDAY_NAMES, "wd": _WEEKDAY_NAMES,
    "m": frozenset(_MONTHS), "m1": frozenset(_MONTHS), "m2": frozenset(_MONTHS),
}


def _month_of(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")]


def _iso(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    period = _day(int(match["y"]), int(match["mo"]), int(match["d"]))
    return (period, False) if period else None


def _numeric(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    year, first, second = int(match["y"]), int(match["a"]), int(match["b"])
    period = _day(year, second, first) or _day(year, first, second)  # day/month unless impossible
    return (period, False) if period else None


def _day_month(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    month, day = _month_of(match["m"]), int(match["d"])
    if match["y"]:
        year, relative = int(match["y"]), False
    elif match.re.groupindex.get("yy") and match["yy"]:
        year, relative = _two_digit_year(int(match["yy"]), published), False
    elif published is not None:
        future = _future_before(text, match.start())
        year, relative = _year_for(month, published, future), True
    else:
        return None
    period = _day(year, month, day)
    return (period, relative) if period else None


def _range(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    conj = (match["conj"] or "").lower()
    if conj == "and" and (match["pre"] or "").lower() != "between":
        return None
    end_month = _month_of(match["m2"]) if match["m2"] else _month_of(match["m1"])
    start_month = _month_of(match["m1"]) if match["m1"] else end_month
    if match["y"]:
        year, relative = int(match["y"]), False
    elif published is not None:
        year, relative = _year_for(end_month, published), True
    else:
        return None
    first = _day(year - (start_month > end_month), start_month, int(match["d1"]))
    last = _day(year, end_month, int(match["d2"]))
    if first is None or last is None or last[0] <= first[0]:
        return None
    return (first[0], last[0], "day"), relative


def _month_year(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved:
    year, month = int(match["y"]), _month_of(match["m"])
    if match["mod"]:
        return _month_third(year, month, match["mod"]), False
    return _month_period(year, month), False


def _lone_month(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if published is None:
        return None
    token, month = match["m"], _month_of(match["m"])
    rel = (match["rel"] or "").lower()
    if not (match["mod"] or rel):
        plain = token.lower() in _PLAIN_MONTHS
        if before not in _MONTH_TRIGGERS and (
            not plain or _capital_next(text, match.end())
        ):
            return None
    if rel == "last":
        year = published.year if month < published.month else published.year - 1
    elif rel == "next":
        year = published.year if month > published.month else published.year + 1
    elif rel == "this":
        year = published.year
    else:
        year = _year_for(month, published)
    if match["mod"]:
        return _month_third(year, month, match["mod"]), True
    return _month_period(year, month), True


def _part_of_year(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved:
    return _year_third(int(match["y"]), match["mod"]), False


def _decade(match: re.Match[str], text: str, before: str, published: dt.date | None) -> _Resolved:
    first = int(match["y"])
    mod = (match["mod"] or "").lower()
    low, high = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(mod, (0, 9))
    return (dt.date(first + low, 1, 1), dt.date(first + high, 12, 31), "year"), False


def _year_range(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    """ "between 2008 and 2011", "from 2014 to 2016", "2008-2011", "2008–11"."""
    if (match["conj"] or "").lower() == "and" and (match["pre"] or "").lower() != "between":
        return None
    first, last = int(match["y1"]), match["y2"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if not first < end <= first + 50:
        return None
    return (dt.date(first, 1, 1), dt.date(end, 12, 31), "year"), False


def _lone_year(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if before not in _YEAR_TRIGGERS and not (before == "to" and _year_ends_phrase(text, match)):
        return None
    return _year_period(int(match["y"])), False


def _year_ends_phrase(text: str, match: re.Match[str]) -> bool:
    """ "dates back to 2012, when", "to 2012." — a year; "to 2000 people" — a count."""
    after = _next_word(text, match.end())
    rest = text[match.end() : match.end() + 2].lstrip(" ")
    return not after[:1].islower() or rest[:1] in (",", ".", ";", ")")


def _weekday(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if published is None:
        return None
    after = _next_word(text, match.end())
    if after[:1].isupper() and after.lower() in _PAPERS:
        return None
    if before in _HOLIDAYS:
        return None
    weekday = _WEEKDAYS.index(match["wd"].lower())
    back = (published.weekday() - weekday) % 7  # days back to the latest such day
    rel = (match["rel"] or "").lower()
    if not rel and _future_before(text, match.start()):
        # "will meet on Tuesday", "a strike starting on Monday": the first such day from the
        # publication on (the day itself when it is that day: wire copy names today so)
        back = -((weekday - published.weekday()) % 7)
    elif rel == "last":
        # That day of the week before the publication's (Monday to Sunday): "last Saturday"
        # in a Friday's report is six days back, "last Wednesday" in a Thursday's eight.
        back = published.weekday() + 7 - weekday
    elif rel in ("next", "coming"):
        back = -((weekday - published.weekday()) % 7 or 7)
    elif rel == "this":
        back = published.weekday() - weekday
    day = published - dt.timedelta(days=back)
    return (day, day, "day"), True


#: Words before a weekday that put it after publication, and words that end the search (the
#: weekday then dates the report: "said on Monday that they will...").
_FUTURE_MARKERS: Final[frozenset[str]] = frozenset(
    "will would shall starting scheduled due planned plans expected until".split()
)
_PAST_MARKERS: Final[frozenset[str]] = frozenset(
    "said says told announced warned reported added stated claimed was were had did".split()
)


def _future_before(text: str, start: int) -> bool:
    """Whether the words just before a weekday (in its sentence) speak of the future."""
    words = text[max(0, start - 80) : start].replace("\n", " . ").split()
    for word in reversed(words[-8:]):
        word = word.lower().strip(",;:\"'")
        if word.endswith(".") or word in _PAST_MARKERS:
            return False
        if word in _FUTURE_MARKERS:
            return True
    return False


def _phrase_period(words: str, published: dt.date) -> _Period:
    one_day = dt.timedelta(days=1)
    week_start, _, _ = _week_period(published)
    month_start, month_end, _ = _month_period(published.year, published.month)
    if words == "the day before yesterday":
        return _day_of(published - 2 * one_day)
    if words == "the day after tomorrow":
        return _day_of(published + 2 * one_day)
    if words == "last night" or words.startswith("yesterday"):
        return _day_of(published - one_day)
    if words.startswith("tomorrow"):
        return _day_of(published + one_day)
    if words.startswith(("today", "this ", "tonight")) and words.split()[-1] in (
        "today", "tonight", "morning", "afternoon", "evening", "night",
    ):
        return _day_of(published)
    table: dict[str, Callable[[], _Period]] = {
        "earlier this week": lambda: (week_start, published, "week"),
        "later this week": lambda: (published, week_start + 6 * one_day, "week"),
        "earlier this month": lambda: (month_start, published, "month"),
        "later this month": lambda: (published, month_end, "month"),
        "earlier this year": lambda: (dt.date(published.year, 1, 1), published, "year"),
        "later this year": lambda: (published, dt.date(published.year, 12, 31), "year"),
        "this week": lambda: _week_period(published),
        "last week": lambda: _week_period(published - 7 * one_day),
        "next week": lambda: _week_period(published + 7 * one_day),
        "this month": lambda: _month_period(published.year, published.month),
        "last month": lambda: _month_period(*_add_months(published.year, published.month, -1)),
        "next month": lambda: _month_period(*_add_months(published.year, published.month, 1)),
        "this year": lambda: _year_period(published.year),
        "last year": lambda: _year_period(published.year - 1),
        "next year": lambda: _year_period(published.year + 1),
        "the weekend": lambda: _weekend(0 if published.weekday() >= 5 else -1, published),
        "past weekend": lambda: _weekend(0 if published.weekday() >= 5 else -1, published),
        "this weekend": lambda: _weekend(0, published),
        "last weekend": lambda: _weekend(-1, published),
        "next weekend": lambda: _weekend(1, published),
    }
    return table[words]()


def _day_of(day: dt.date) -> _Period:
    return day, day, "day"


def _phrase(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if published is None:
        return None
    return _phrase_period(_words(match.group()), published), True


def _ago(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if published is None:
        return None
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = match["unit"].lower()
    try:
        if unit == "day":
            return _day_of(published - dt.timedelta(days=count)), True
        if unit == "week":
            return _week_period(published - dt.timedelta(weeks=count)), True
        if unit == "month":
            return _month_period(*_add_months(published.year, published.month, -count)), True
        return _year_period(published.year - count), True
    except (ValueError, OverflowError):
        return None


def _part_of_relative(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    if published is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
    if match["unit"].lower() == "year":
        return _year_third(published.year + shift, match["mod"]), True
    year, month = _add_months(published.year, published.month, shift)
    return _month_third(year, month, match["mod"]), True


def _holiday(
    match: re.Match[str], text: str, before: str, published: dt.date | None
) -> _Resolved | None:
    name = _words(match["name"]).replace("’", "'")
    month, day = {
        "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
        "new year's day": (1, 1), "new year's eve": (12, 31),
    }[name]
    if match["y"]:
        year, relative = int(match["y"]), False
    elif published is not None:
        year, relative = _year_for(month, published), True
    else:
        return None
    return _day_of(dt.date(year, month, day)), relative


_Checks: TypeAlias = tuple[tuple[str, frozenset[str]], ...]
_Entry: TypeAlias = tuple[re.Pattern[str], _Rule, _Checks]


def _entry(pattern: re.Pattern[str], rule: _Rule) -> _Entry:
    checks = tuple(
        (group, _CHECKED_GROUPS[group]) for group in pattern.groupindex if group in _CHECKED_GROUPS
    )
    return pattern, rule, checks


_ISO: Final = _entry(_ISO_RE, _iso)
_NUMERIC: Final = _entry(_NUMERIC_RE, _numeric)
_DAY_MONTH: Final = _entry(_DAY_MONTH_RE, _day_month)
_MONTH_DAY: Final = _entry(_MONTH_DAY_RE, _day_month)
_DAY_RANGE: Final = _entry(_DAY_RANGE_RE, _range)
_MONTH_RANGE: Final = _entry(_MONTH_RANGE_RE, _range)
_MONTH_YEAR: Final = _entry(_MONTH_YEAR_RE, _month_year)
_LONE_MONTH: Final = _entry(_LONE_MONTH_RE, _lone_month)
_PART_OF_YEAR: Final = _entry(_PART_OF_YEAR_RE, _part_of_year)
_DECADE: Final = _entry(_DECADE_RE, _decade)
_YEAR_RANGE: Final = _entry(_YEAR_RANGE_RE, _year_range)
_LONE_YEAR: Final = _entry(_LONE_YEAR_RE, _lone_year)
_WEEKDAY_ENTRY: Final = _entry(_WEEKDAY_RE, _weekday)
_PHRASE: Final = _entry(_PHRASE_RE, _phrase)
_AGO: Final = _entry(_AGO_RE, _ago)
_PART_OF_RELATIVE: Final = _entry(_PART_OF_RELATIVE_RE, _part_of_relative)
_HOLIDAY: Final = _entry(_HOLIDAY_RE, _holiday)

# Every expression starts at a word, and that word with the character after it says which rules
# can start there: a scan tries a few anchored matches at plausible words and nothing elsewhere.
_WORD_SPLIT = re.compile(r"(\w+)")
_DIGIT_RE = re.compile(r"\d")
_DATE_AFTER_WEEKDAY_RE = re.compile(r",?\s{1,3}(?:(?i:the)\s{1,3})?[0-9A-Z]")
_DASHES = "-–—"
_ORDINALS = ("st", "nd", "rd", "th")
_MONTH_STARTS: Final = (_MONTH_DAY, _MONTH_RANGE, _MONTH_YEAR, _LONE_MONTH)
_LONE_MONTH_ONLY: Final = (_LONE_MONTH,)
_WEEKDAY_STARTS: Final = (_WEEKDAY_ENTRY, _DAY_MONTH, _MONTH_DAY, _MONTH_RANGE)
_WEEKDAY_ONLY: Final = (_WEEKDAY_ENTRY,)
_HOLIDAY_WORDS: Final = frozenset(("christmas", "boxing", "new"))
#: Words in any case -> rules.
_WORD_STARTS: Final[dict[str, tuple[_Entry, ...]]] = {
    **{word: (_AGO,) for word in _NUMBERS},
    "between": (_DAY_RANGE, _MONTH_RANGE, _YEAR_RANGE),
    "from": (_DAY_RANGE, _MONTH_RANGE, _YEAR_RANGE),
    **{
        word: (_MONTH_YEAR, _LONE_MONTH, _PART_OF_YEAR, _DECADE, _PART_OF_RELATIVE)
        for word in ("early", "mid", "late")
    },
    **{word: (_LONE_MONTH, _WEEKDAY_ENTRY, _PHRASE) for word in ("last", "next", "this")},
    **{word: (_WEEKDAY_ENTRY, _PHRASE) for word in ("past", "coming")},
    **{
        word: (_PHRASE,)
        for word in ("the", "earlier", "later", "today", "tonight", "yesterday", "tomorrow")
    },
}

#: The words (in lower case) that can start an expression besides numbers.
_STARTS: Final = frozenset({*_MONTHS, *_WEEKDAY_NAMES, *_HOLIDAY_WORDS, *_WORD_STARTS})


def _number_rules(token: str, text: str, end: int) -> tuple[_Entry, ...]:
    """Rules that can start at a word made of (or starting with) digits."""
    glued = text[end : end + 1]
    size = len(token)
    if not token.isdigit():
        if token[-2:].lower() in _ORDINALS and glued.isspace():
            following = text[end : end + 4].lstrip()[:1]
            if following.isupper() or following in _DASHES:
                return (_DAY_MONTH, _DAY_RANGE)
            return (_DAY_MONTH, _DAY_RANGE) if following.islower() else ()
        return (_DECADE,) if size == 5 and token[-1] in "sS" else ()
    if size == 4:
        if glued == "-":
            return (_ISO, _YEAR_RANGE)
        if glued and glued in _DASHES:
            return (_YEAR_RANGE,)
        return (_DECADE,) if glued in ("'", "’") else (_YEAR_RANGE, _LONE_YEAR)
    if size > 3:
        return ()
    if glued and glued in "/." and size <= 2:
        return (_NUMERIC,)
    if glued and glued in _DASHES and size <= 2:
        return (_DAY_RANGE,)
    if not glued.isspace():
        return ()
    following = text[end : end + 4].lstrip()[:1]
    if size == 3:
        return (_AGO,) if following.islower() else ()
    if following.isupper():
        return (_DAY_MONTH, _DAY_RANGE)
    if following and following in _DASHES:
        return (_DAY_RANGE,)
    return (_DAY_MONTH, _DAY_RANGE, _AGO) if following.islower() else ()


def _names_known(match: re.Match[str], checks: _Checks) -> bool:
    """Whether the words a pattern took for month and weekday names are such names."""
    for group, names in checks:
        value = match[group]
        if value is not None and value.lower().rstrip(".") not in names:
            return False
    return True


def _rules_at(token: str, text: str, end: int, before: str) -> tuple[_Entry, ...]:
    """The rules that can match at a word, judged from the word and the words around it."""
    if token[0].isdigit():
        return _number_rules(token, text, end)
    lower = token.lower()
    if token[0].isupper():
        if lower in _MONTHS:
            following = text[end : end + 5].lstrip(" .,\t\r\n\xa0")[:1]
            if following.isdigit() or (
                following in ("o", "O", "t", "T") and _DIGIT_RE.search(text, end, end + 9)
            ):
                return _MONTH_STARTS
            if before in _MONTH_TRIGGERS or (
                lower in _PLAIN_MONTHS and not _capital_next(text, end)
            ):
                return _LONE_MONTH_ONLY  # the checks `_lone_month` makes, made early
            return ()
        if lower in _WEEKDAY_NAMES:
            if _DATE_AFTER_WEEKDAY_RE.match(text, end):
                return _WEEKDAY_STARTS
            return _WEEKDAY_ONLY
        if lower in _HOLIDAY_WORDS:
            return (_HOLIDAY,)
    return _WORD_STARTS.get(lower, ())


# --- entry points ------------------------------------------------------------------------------


def _as_date(published: dt.date | None) -> dt.date | None:
    return published.date() if isinstance(published, dt.datetime) else published


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text``, in text order, non-overlapping, longest first.

    >>> found = find_dates("On Wednesday, and in March", dt.date(2025, 4, 10))
    >>> [(mention.text, str(mention.date)) for mention in found]
    [('Wednesday', '2025-04-09'), ('March', '2025-03')]
    >>> find_dates("He said it yesterday.", None)
    []
    """
    published = _as_date(published)
    # Rules are judged where they match (their verdict does not depend on other matches); then
    # the longest expressions are kept first, each only where no longer one lies.
    candidates: list[tuple[int, int, int, _Resolved, str]] = []
    previous_end, previous_word = -9, ""
    # the words and what lies between them, in turn (one split in C: no match object a word)
    pieces = _WORD_SPLIT.split(text)
    after = 0
    for index in range(1, len(pieces), 2):
        word = pieces[index]
        position = after + len(pieces[index - 1])
        after = position + len(word)
        if not (word[0].isdigit() or word.lower() in _STARTS):
            previous_end, previous_word = after, word  # most words start no date
            continue
        before = ""
        if 0 < position - previous_end <= 3 and text[previous_end:position].isspace():
            before = previous_word.lower()
        rules = _rules_at(word, text, after, before)
        if rules:
            for pattern, rule, checks in rules:
                match = pattern.match(text, position)
                if match is None or not _names_known(match, checks):
                    continue
                resolved = rule(match, text, before, published)
                if resolved is not None:
                    end = match.end()
                    candidates.append((position - end, position, end, resolved, match.group()))
        previous_end, previous_word = after, word
    candidates.sort(key=lambda candidate: candidate[:2])
    taken = bytearray(len(text))
    found: list[DateMention] = []
    for _, start, end, resolved, expression in candidates:
        if taken.find(1, start, end) != -1:
            continue
        (first, last, precision), relative = resolved
        date = FuzzyDate(
            start=first,
            end=last,
            precision=precision,
            text=expression,
            mentions=(Span(start=start, end=end, label="date", text=expression),),
        )
        found.append(DateMention(start, end, date, relative))
        taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda mention: mention.start)
    return found


def resolve_relative(expr: str, published: dt.date | None) -> FuzzyDate | None:
    """The date one expression denotes, or None when it is not (only) a date expression.

    A leading preposition ("on", "in", "over", ...) and trailing punctuation are allowed.

    >>> resolve_relative("last week", dt.date(2025, 4, 10))
    FuzzyDate(start=datetime.date(2025, 3, 31), end=datetime.date(2025, 4, 6), precision='week', \
text='last week', mentions=(Span(start=0, end=9, label='date', text='last week'),))
    >>> resolve_relative("recently", dt.date(2025, 4, 10)) is None
    True
    """
    mentions = find_dates(expr, published)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if not _LEADING_PREPOSITION_RE.match(expr, 0, mention.start):
        return None
    if expr[mention.end :].strip(" \t\r\n.,;:!?)\"'"):
        return None
    return mention.date


_PARSE_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?"
    r"(?:Z|[+-]\d\d:?\d\d)?)?)?"
)
_PARSE_COMPACT_RE = re.compile(r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)")
_PARSE_YEAR_RE = re.compile(r"(?P<y>\d{4})")
_PARSE_DMY_RE = re.compile(
    r"(?P<d>\d{1,2})(?P<sep>[ /.-])(?P<m>\d{1,2}|[A-Za-z]{3,9}\.?)(?P=sep)(?P<y>\d{4}|\d\d)"
)
_PARSE_MDY_RE = re.compile(r"(?P<m>[A-Za-z]{3,9}\.?) (?P<d>\d{1,2}),? (?P<y>\d{4})")
_PARSE_MY_RE = re.compile(r"(?P<m>[A-Za-z]{3,9}\.?),? (?P<y>\d{4})")


def parse_date(value: str) -> FuzzyDate:
    """A date as data files spell it: a day, a month ("2023-02") or a year ("2023").

    Days may be ISO ("2023-02-16", a time after it is dropped), compact ("20230216"),
    day-month-year with a month name ("16 May 2025", "16-February-2018", "16-Feb-19") or with
    numbers, always day first ("16/02/2018", "16.02.2018"), or "May 16, 2025". Two-digit years
    69-99 are 19xx, 00-68 are 20xx. Raises ValueError (`InvalidValueError`) naming the value.

    >>> str(parse_date("16-Feb-19")), str(parse_date("2023-02")), str(parse_date("2023"))
    ('2019-02-16', '2023-02', '2023')
    >>> parse_date("16/13/2018")
    Traceback (most recent call last):
    ...
    eventkit._errors.InvalidValueError: 'date' must be a date like 2023-02-16, 16 May 2025, \
16/02/2018, 2023-02 or 2023 (got '16/13/2018')
    """
    text = " ".join(str(value).split())
    try:
        period = _parse_period(text)
    except (ValueError, KeyError, OverflowError):
        period = None
    if period is None:
        raise InvalidValueError(
            "date", "must be a date like 2023-02-16, 16 May 2025, 16/02/2018, 2023-02 or 2023",
            value,
        )
    first, last, precision = period
    return FuzzyDate(start=first, end=last, precision=precision, text=text)


def _parse_period(text: str) -> _Period | None:
    if len(text) > 40:
        return None
    if match := _PARSE_ISO_RE.fullmatch(text):
        year, month = int(match["y"]), int(match["m"])
        if match["d"] is None:
            return _month_period(year, month)
        return _day(year, month, int(match["d"]))
    if match := _PARSE_COMPACT_RE.fullmatch(text):
        return _day(int(match["y"]), int(match["m"]), int(match["d"]))
    if match := _PARSE_YEAR_RE.fullmatch(text):
        return _year_period(int(match["y"]))
    if (match := _PARSE_DMY_RE.fullmatch(text)) or (match := _PARSE_MDY_RE.fullmatch(text)):
        raw_month, raw_year = match["m"], match["y"]
        month = int(raw_month) if raw_month.isdigit() else _month_of(raw_month)
        year = int(raw_year) if len(raw_year) == 4 else _two_digit_year(int(raw_year), None)
        return _day(year, month, int(match["d"]))
    if match := _PARSE_MY_RE.fullmatch(text):
        return _month_period(int(match["y"]), _month_of(match["m"]))
    return None
