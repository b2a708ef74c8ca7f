"""Date expressions in news and wire copy: `find_dates`, `resolve_relative`, `parse_date`."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from eventkit import FuzzyDate
from eventkit.extract._dates import DateMention, find_dates, parse_date, resolve_relative

PUBLISHED = dt.date(2025, 4, 10)  # a Thursday
D = dt.date


def only(text: str, published: dt.date | None = PUBLISHED) -> DateMention:
    """The one mention in ``text``."""
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def period(text: str, published: dt.date | None = PUBLISHED) -> tuple[D | None, D | None, str]:
    date = only(text, published).date
    return date.start, date.end, date.precision


def key(date: FuzzyDate | None) -> tuple[D | None, D | None, str] | None:
    """What a date denotes, without its text (which takes part in equality)."""
    return None if date is None else (date.start, date.end, date.precision)


def spanned(text: str, published: dt.date | None = PUBLISHED) -> str:
    mention = only(text, published)
    return text[mention.start : mention.end]


# --- absolute dates ----------------------------------------------------------------------------


def test_day_month_year() -> None:
    date = only("Clashes on 9 April 2025 left two dead.").date
    assert key(date) == key(FuzzyDate.day(D(2025, 4, 9)))


def test_month_day_comma_year() -> None:
    assert period("April 9, 2025") == (D(2025, 4, 9), D(2025, 4, 9), "day")


def test_month_day_without_year_takes_the_publication_year() -> None:
    mention = only("Fighting resumed April 9 near the border.")
    assert (mention.date.start, mention.relative) == (D(2025, 4, 9), True)


def test_abbreviated_month_with_full_stop() -> None:
    assert (spanned("On Apr. 9 the talks began."), period("Apr. 9")[0]) == ("Apr. 9", D(2025, 4, 9))


def test_ordinal_of_month() -> None:
    assert period("the 9th of April") == (D(2025, 4, 9), D(2025, 4, 9), "day")


def test_span_leaves_out_the_preposition() -> None:
    assert spanned("It happened on 3 May 2020.") == "3 May 2020"


def test_iso_date_in_text() -> None:
    assert period("Report dated 2025-04-09.") == (D(2025, 4, 9), D(2025, 4, 9), "day")


def test_numeric_date_is_day_first() -> None:
    assert period("on 09/04/2025") == (D(2025, 4, 9), D(2025, 4, 9), "day")


def test_numeric_date_is_month_first_when_day_first_is_impossible() -> None:
    assert period("on 04/25/2025")[0] == D(2025, 4, 25)


def test_month_day_range() -> None:
    assert period("Talks were held April 9-10.") == (D(2025, 4, 9), D(2025, 4, 10), "day")


def test_day_range_month_year() -> None:
    assert period("9-10 April 2025") == (D(2025, 4, 9), D(2025, 4, 10), "day")


def test_between_day_and_day_month() -> None:
    text = "Raids took place between 9 and 11 April."
    assert (spanned(text), period(text)) == (
        "between 9 and 11 April",
        (D(2025, 4, 9), D(2025, 4, 11), "day"),
    )


def test_range_across_months() -> None:
    assert period("30 March - 2 April 2025") == (D(2025, 3, 30), D(2025, 4, 2), "day")


def test_and_without_between_is_not_a_range() -> None:
    assert spanned("on 9 and 11 April") == "11 April"


def test_month_year() -> None:
    assert key(only("in April 2025").date) == key(FuzzyDate.month(2025, 4))


def test_in_month_before_publication_is_this_year() -> None:
    assert key(only("in March", PUBLISHED).date) == key(FuzzyDate.month(2025, 3))


def test_in_month_after_publication_is_last_year() -> None:
    assert key(only("in June", PUBLISHED).date) == key(FuzzyDate.month(2024, 6))


def test_during_a_march_visit() -> None:
    mention = only("during a March visit")
    assert (mention.text, key(mention.date)) == ("March", key(FuzzyDate.month(2025, 3)))


def test_last_month_name() -> None:
    assert period("last March") == (D(2025, 3, 1), D(2025, 3, 31), "month")


def test_next_month_name() -> None:
    assert period("next March")[0] == D(2026, 3, 1)


def test_late_year_is_september_to_december_at_month_precision() -> None:
    assert period("in late 2024") == (D(2024, 9, 1), D(2024, 12, 31), "month")


def test_early_year() -> None:
    assert period("early 2024") == (D(2024, 1, 1), D(2024, 4, 30), "month")


def test_mid_year_with_hyphen() -> None:
    assert period("by mid-2024") == (D(2024, 5, 1), D(2024, 8, 31), "month")


def test_early_month_is_first_ten_days_at_week_precision() -> None:
    assert period("in early April") == (D(2025, 4, 1), D(2025, 4, 10), "week")


def test_late_month_runs_to_month_end() -> None:
    assert period("late February 2024") == (D(2024, 2, 21), D(2024, 2, 29), "week")


def test_in_year() -> None:
    mention = only("Fighting has gone on since 2019.")
    assert (mention.text, key(mention.date)) == ("2019", key(FuzzyDate.year(2019)))


def test_decade() -> None:
    assert period("in the 1990s") == (D(1990, 1, 1), D(1999, 12, 31), "year")


def test_christmas_day() -> None:
    assert key(only("on Christmas Day 2024").date) == key(FuzzyDate.day(D(2024, 12, 25)))


def test_weekday_before_full_date_is_part_of_it() -> None:
    mention = only("on Wednesday, April 9, 2025")
    assert (mention.text, mention.relative) == ("Wednesday, April 9, 2025", False)


def test_text_keeps_the_expression_as_written() -> None:
    assert only("ON 12 JANUARY", dt.date(1990, 1, 20)).date.text == "12 JANUARY"


def test_mention_records_its_span_on_the_date() -> None:
    mention = only("On 9 April 2025.")
    assert [(span.start, span.end) for span in mention.date.mentions] == [(3, 15)]


# --- weekdays ----------------------------------------------------------------------------------


def test_on_wednesday_is_the_day_before_a_thursday_publication() -> None:
    mention = only("Troops crossed on Wednesday.")
    assert (mention.text, key(mention.date), mention.relative) == (
        "Wednesday",
        key(FuzzyDate.day(D(2025, 4, 9))),
        True,
    )


def test_weekday_of_publication_is_publication_day() -> None:
    assert period("on Thursday")[0] == PUBLISHED


def test_weekday_after_publication_weekday_is_last_week() -> None:
    assert period("on Friday")[0] == D(2025, 4, 4)


def test_weekday_night() -> None:
    mention = only("Wednesday night")
    assert (mention.text, mention.date.start) == ("Wednesday night", D(2025, 4, 9))


def test_weekday_morning() -> None:
    assert period("on Tuesday morning")[0] == D(2025, 4, 8)


def test_next_weekday_is_after_publication() -> None:
    assert period("next Wednesday")[0] == D(2025, 4, 16)


def test_last_weekday_is_that_day_of_the_week_before() -> None:
    assert period("last Wednesday")[0] == D(2025, 4, 2)  # published on Thursday 10 April
    friday = dt.date(2024, 10, 25)
    assert [m.date.start for m in find_dates("the killing last Saturday", friday)] == [
        D(2024, 10, 19)]


def test_weekday_before_newspaper_name_is_not_a_date() -> None:
    assert find_dates("The Sunday Times reported it.", PUBLISHED) == []


def test_holiday_weekday_is_not_a_date() -> None:
    assert find_dates("the anniversary of Bloody Sunday", PUBLISHED) == []


# --- relative expressions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", (D(2025, 4, 10), D(2025, 4, 10), "day")),
        ("tonight", (D(2025, 4, 10), D(2025, 4, 10), "day")),
        ("yesterday", (D(2025, 4, 9), D(2025, 4, 9), "day")),
        ("the day before yesterday", (D(2025, 4, 8), D(2025, 4, 8), "day")),
        ("tomorrow", (D(2025, 4, 11), D(2025, 4, 11), "day")),
        ("last night", (D(2025, 4, 9), D(2025, 4, 9), "day")),
        ("this week", (D(2025, 4, 7), D(2025, 4, 13), "week")),
        ("last week", (D(2025, 3, 31), D(2025, 4, 6), "week")),
        ("next week", (D(2025, 4, 14), D(2025, 4, 20), "week")),
        ("this month", (D(2025, 4, 1), D(2025, 4, 30), "month")),
        ("last month", (D(2025, 3, 1), D(2025, 3, 31), "month")),
        ("next month", (D(2025, 5, 1), D(2025, 5, 31), "month")),
        ("this year", (D(2025, 1, 1), D(2025, 12, 31), "year")),
        ("last year", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("earlier this year", (D(2025, 1, 1), D(2025, 4, 10), "year")),
        ("earlier this month", (D(2025, 4, 1), D(2025, 4, 10), "month")),
        ("late last year", (D(2024, 9, 1), D(2024, 12, 31), "month")),
        ("two days ago", (D(2025, 4, 8), D(2025, 4, 8), "day")),
        ("three weeks ago", (D(2025, 3, 17), D(2025, 3, 23), "week")),
        ("a month ago", (D(2025, 3, 1), D(2025, 3, 31), "month")),
        ("last weekend", (D(2025, 4, 5), D(2025, 4, 6), "week")),
        ("this weekend", (D(2025, 4, 12), D(2025, 4, 13), "week")),
    ],
)
def test_relative_expression(text: str, expected: tuple[D, D, str]) -> None:
    mention = only(f"It was said {text}.")
    assert (mention.text, period(text), mention.relative) == (text, expected, True)


def test_this_week_is_the_iso_week_of_publication() -> None:
    assert key(only("this week").date) == key(FuzzyDate.week(D(2025, 4, 7)))


def test_last_month_of_a_april_publication_is_march() -> None:
    assert key(only("last month").date) == key(FuzzyDate.month(2025, 3))


def test_over_the_weekend_is_the_last_saturday_and_sunday() -> None:
    text = "Protests spread over the weekend."
    assert (spanned(text), period(text)) == ("the weekend", (D(2025, 4, 5), D(2025, 4, 6), "week"))


def test_the_weekend_published_on_a_sunday_is_that_weekend() -> None:
    assert period("over the weekend", D(2025, 4, 13))[:2] == (D(2025, 4, 12), D(2025, 4, 13))


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert key(only("last month", D(2025, 1, 15)).date) == key(FuzzyDate.month(2024, 12))


def test_recently_gives_no_date() -> None:
    assert find_dates("Officials recently said so.", PUBLISHED) == []


def test_relative_expressions_without_publication_date_give_nothing() -> None:
    assert find_dates("yesterday, on Wednesday, last week, in March, April 9", None) == []


def test_absolute_date_needs_no_publication_date() -> None:
    assert period("9 April 2025", None) == (D(2025, 4, 9), D(2025, 4, 9), "day")


def test_datetime_publication_is_taken_as_its_date() -> None:
    assert period("yesterday", dt.datetime(2025, 4, 10, 23, 59))[0] == D(2025, 4, 9)


# --- MUC-4 wire copy ---------------------------------------------------------------------------

MUC_PUBLISHED = dt.date(1990, 1, 13)


def test_all_caps_day_abbreviated_month_two_digit_year() -> None:
    assert period("12 JAN 90", MUC_PUBLISHED)[0] == D(1990, 1, 12)


def test_two_digit_year_without_publication_date_uses_the_strptime_pivot() -> None:
    assert period("12 JAN 90", None)[0] == D(1990, 1, 12)


def test_two_digit_year_goes_to_the_century_nearest_publication() -> None:
    assert period("12 JAN 19", dt.date(2025, 4, 10))[0] == D(2019, 1, 12)


def test_all_caps_month_day_year() -> None:
    assert period("JANUARY 12, 1990", MUC_PUBLISHED)[0] == D(1990, 1, 12)


def test_all_caps_on_day_month() -> None:
    assert spanned("ON 12 JANUARY", MUC_PUBLISHED) == "12 JANUARY"


@pytest.mark.parametrize(
    ("text", "expected"), [("LAST NIGHT", D(1990, 1, 12)), ("YESTERDAY", D(1990, 1, 12)),
                           ("TODAY", D(1990, 1, 13))]
)
def test_all_caps_relative_words(text: str, expected: D) -> None:
    assert period(f"THE ARMY SAID {text} THAT", MUC_PUBLISHED)[0] == expected


def test_dateline() -> None:
    text = "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN SAID"
    mention = only(text, None)
    assert (mention.text, mention.date.start) == ("12 JAN 90", D(1990, 1, 12))


def test_two_digit_number_after_a_month_is_not_a_year_in_running_text() -> None:
    assert spanned("on 9 April 50 people died") == "9 April"


# --- what is not a date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the 31st Ashura Operational Division",
        "Officials may meet; talks may resume.",
        "March on Washington",
        "May God protect them",
        "Theresa May said so",
        "1,000 people fled",
        "2025 people fled",
        "April Smith, a spokeswoman",
        "a march to the square",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_lower_case_may_is_never_a_month() -> None:
    assert find_dates("it may 2025", PUBLISHED) == []


def test_capitalised_march_needs_a_preceding_word_or_a_number() -> None:
    assert [m.text for m in find_dates("March on, they said in March.", PUBLISHED)] == ["March"]


def test_plain_month_stands_alone() -> None:
    assert key(only("the April attack").date) == key(FuzzyDate.month(2025, 4))


# --- selection ---------------------------------------------------------------------------------


def test_mentions_are_in_text_order_and_do_not_overlap() -> None:
    text = "On Wednesday, after talks on 3 May 2020 and last week, they left."
    assert [m.text for m in find_dates(text, PUBLISHED)] == ["Wednesday", "3 May 2020", "last week"]


def test_longest_match_wins() -> None:
    assert spanned("the day before yesterday") == "the day before yesterday"


# --- resolve_relative --------------------------------------------------------------------------


def test_resolve_relative_on_weekday() -> None:
    date = resolve_relative("on Wednesday", PUBLISHED)
    assert (key(date), date and date.text) == (key(FuzzyDate.day(D(2025, 4, 9))), "Wednesday")


def test_resolve_relative_absolute_expression() -> None:
    assert key(resolve_relative("9 April 2025", None)) == key(FuzzyDate.day(D(2025, 4, 9)))


def test_resolve_relative_rejects_a_non_date() -> None:
    assert resolve_relative("recently", PUBLISHED) is None


def test_resolve_relative_rejects_extra_words() -> None:
    assert resolve_relative("the army said yesterday", PUBLISHED) is None


def test_resolve_relative_without_publication_date_gives_none() -> None:
    assert resolve_relative("last week", None) is None


# --- parse_date --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-02-16", FuzzyDate.day(D(2023, 2, 16))),
        ("16 May 2025", FuzzyDate.day(D(2025, 5, 16))),
        ("16-February-2018", FuzzyDate.day(D(2018, 2, 16))),
        ("16-Feb-19", FuzzyDate.day(D(2019, 2, 16))),
        ("16/02/2018", FuzzyDate.day(D(2018, 2, 16))),
        ("20230216", FuzzyDate.day(D(2023, 2, 16))),
        ("2023-02", FuzzyDate.month(2023, 2)),
        ("2023", FuzzyDate.year(2023)),
        ("2023-02-16T08:30:00", FuzzyDate.day(D(2023, 2, 16))),
        (" 16 May 2025 ", FuzzyDate.day(D(2025, 5, 16))),
    ],
)
def test_parse_date(value: str, expected: FuzzyDate) -> None:
    assert key(parse_date(value)) == key(expected)


def test_parse_date_keeps_the_text() -> None:
    assert parse_date("16-Feb-19").text == "16-Feb-19"


@pytest.mark.parametrize("value", ["", "yesterday", "16/13/2018", "02/16/2018", "31 Feb 2020"])
def test_parse_date_failure_names_the_value(value: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(value))):
        parse_date(value)


# --- linear time on hostile input --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["7" * 1_000_000, "April " * 170_000, "," * 1_000_000, "1 " * 500_000, "1/" * 500_000],
    ids=["digits", "april", "commas", "spaced-digits", "slashes"],
)
def test_hostile_input_is_scanned_in_linear_time(text: str) -> None:
    began = time.perf_counter()
    find_dates(text, PUBLISHED)
    assert time.perf_counter() - began < 5


def test_a_weekday_after_will_is_the_next_one() -> None:
    from eventkit.extract._dates import find_dates

    published = dt.date(2025, 7, 29)  # a Tuesday
    # Wire copy names today by its weekday: in a Tuesday's report, "on Tuesday" is that day.
    future = find_dates("Commanders will meet early on Tuesday.", published)
    assert [m.date.start for m in future] == [dt.date(2025, 7, 29)]
    future = find_dates("Talks will resume on Monday.", published)
    assert [m.date.start for m in future] == [dt.date(2025, 8, 4)]
    future = find_dates("Commanders will meet next Tuesday.", published)
    assert [m.date.start for m in future] == [dt.date(2025, 8, 5)]
    said = find_dates("Officials said on Monday that talks would resume.", published)
    assert [m.date.start for m in said] == [dt.date(2025, 7, 28)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("fought between 2008 and 2011", 2008, 2011),
        ("from 2014 to 2016", 2014, 2016),
        ("the 2008-2011 clashes", 2008, 2011),
        ("in 2008–11", 2008, 2011),
    ],
)
def test_a_range_of_years(text: str, first: int, last: int) -> None:
    (mention,) = find_dates(text, dt.date(2025, 7, 28))
    assert (mention.date.start, mention.date.end, mention.date.precision) == (
        dt.date(first, 1, 1), dt.date(last, 12, 31), "year")


@pytest.mark.parametrize("text", ["scores of 2008 and 2011", "the 2015-2010 error",
                                  "between 2008 and 2091"])
def test_what_is_no_range_of_years(text: str) -> None:
    assert all(m.date.start == m.date.end.replace(month=1, day=1)
               for m in find_dates(text, dt.date(2025, 7, 28)))


def test_a_month_day_told_of_the_future_is_the_next_one() -> None:
    published = dt.date(2025, 11, 20)
    assert [str(m.date) for m in find_dates("Elections will be held on Jan. 10.", published)] == [
        "2026-01-10"]
    assert [str(m.date) for m in find_dates("Elections were held on Jan. 10.", published)] == [
        "2025-01-10"]
    assert [str(m.date) for m in find_dates("They clashed on Dec. 3.", published)] == [
        "2024-12-03"]
