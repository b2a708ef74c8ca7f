"""eventkit.notebook: the HTML views behind Extraction._repr_html_ and Event._repr_html_."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import eventkit
from eventkit import notebook

SEED = Path(__file__).parents[1] / "examples" / "iran_armenia_drills.txt"


@pytest.fixture(scope="module")
def seed() -> eventkit.Extraction:
    return eventkit.extract(SEED.read_text(encoding="utf-8"), published="2025-04-10")


@pytest.fixture(scope="module")
def seed_html(seed: eventkit.Extraction) -> str:
    return seed._repr_html_()


class _Marks(HTMLParser):
    """Collects each <mark>'s class, title and text, and checks tags balance."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.open: list[dict[str, str]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            mark = {"class": "", "title": "", "text": "", **{k: v or "" for k, v in attrs}}
            self.marks.append(mark)
            self.open.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for mark in self.open:
            mark["text"] += data


def marks(page: str) -> list[dict[str, str]]:
    parser = _Marks()
    parser.feed(page)
    assert parser.open == []
    return parser.marks


def test_every_kind_of_finding_is_highlighted(seed_html: str) -> None:
    classes = {mark["class"].split()[0] for mark in marks(seed_html)}
    assert classes == {"ek-trigger", "ek-actor", "ek-unit", "ek-place", "ek-date",
                       "ek-statement"}


def test_the_legend_names_every_kind(seed_html: str) -> None:
    legend = re.search(r'<div class="ek-legend">(.*?)</div>', seed_html)
    assert legend is not None
    for label in ("event trigger", "actor", "military unit", "place", "date", "statement"):
        assert f">{label}</span>" in legend.group(1)


def test_hovering_an_actor_says_what_it_resolved_to(seed_html: str) -> None:
    ankara = next(mark for mark in marks(seed_html) if mark["text"] == "Ankara")
    assert "actor → Government of Turkey (government, TUR, CAMEO TURGOV)" in ankara["title"]


def test_a_mention_that_is_two_things_lists_both(seed_html: str) -> None:
    ankara = next(mark for mark in marks(seed_html) if mark["text"] == "Ankara")
    assert "place → Ankara" in ankara["title"] and "ek-also" in ankara["class"]


def test_hovering_a_trigger_gives_the_event_codes(seed_html: str) -> None:
    repel = next(mark for mark in marks(seed_html) if mark["text"] == "repel")
    assert "CAMEO 190" in repel["title"] and "simulated" in repel["title"]


def test_a_date_says_its_precision(seed_html: str) -> None:
    week = next(mark for mark in marks(seed_html) if mark["text"] == "this week")
    assert week["title"] == "date → 2025-04-07/2025-04-13 (week)"


def test_findings_inside_a_quote_nest_in_it(seed_html: str) -> None:
    quote = next(mark for mark in marks(seed_html)
                 if mark["text"].startswith("the participation of the IRGC"))
    assert "ek-statement" in quote["class"]
    assert "31st Ashura Operational Division" in quote["text"]
    assert any(mark["text"] == "31st Ashura Operational Division" and "ek-unit" in mark["class"]
               for mark in marks(seed_html))


def test_the_text_is_kept_whole(seed: eventkit.Extraction, seed_html: str) -> None:
    article = re.search(r'<div class="ek-article">(.*?)</div>', seed_html, re.S)
    assert article is not None
    text = re.sub(r"<sup[^>]*>.*?</sup>|<[^>]+>", "", article.group(1))
    assert html.unescape(text) == seed.article.text


def test_the_table_has_a_row_per_event(seed: eventkit.Extraction, seed_html: str) -> None:
    assert seed_html.count("<tr title=") == len(seed.events)


def test_article_text_is_escaped() -> None:
    text = 'Rebels attacked <script>alert("x")</script> a police station in Gao.'
    page = eventkit.extract(text, published="2025-04-10")._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_crossing_spans_keep_the_outer_one() -> None:
    article = eventkit.Article(text="abcdefghij")
    outer = eventkit.Actor(name="A", mentions=[eventkit.Span(start=0, end=6, label="actor")])
    crossing = eventkit.Location(name="B", mentions=[eventkit.Span(start=4, end=9)])
    page = notebook.extraction_html(
        eventkit.Extraction(article=article, actors=[outer], locations=[crossing]))
    assert [mark["text"] for mark in marks(page)] == ["abcdef"]


def test_an_extraction_without_findings_says_no_events() -> None:
    page = eventkit.Extraction(article=eventkit.Article(text="Nothing."))._repr_html_()
    assert "No events." in page and "Nothing." in page


def test_the_view_needs_no_javascript(seed_html: str) -> None:
    assert "<script" not in seed_html and "onmouse" not in seed_html


def test_plain_repr_stays_one_short_line(seed: eventkit.Extraction) -> None:
    assert "\n" not in repr(seed) and len(repr(seed)) < 200


def test_an_event_renders_as_a_one_row_table(seed: eventkit.Extraction) -> None:
    page = seed.events[1]._repr_html_()
    assert page.count("<tr title=") == 1 and "062 Cooperate militarily" in page
