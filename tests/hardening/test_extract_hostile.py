"""`extract` on hostile text: it always finishes and returns an `Extraction`.

Sizes here are kept small enough for the suite (a few seconds); the 10 KB -> 1 MB growth curves
and the 10 MB article are in benchmarks/bench_regex.py. Texts that make many events or mentions
(repeated news sentences) are smaller: extraction is still superlinear in the number of
mentions (see docs/hardening.md, "What remains"). Time guards are generous (no flakes):
they catch hangs and quadratic blow-ups, not slowness.
"""

from __future__ import annotations

import random
import time

import pytest
from _fuzzing import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

import eventkit
from eventkit import Extraction, ExtractionError
from eventkit.extract._pipeline import MAX_CHARACTERS

GUARD = 60.0  # seconds; every case below takes well under 2 s on a shared 2-core machine

_WORDS = ("the", "army", "said", "Nigerian", "troops", "clashed", "with", "militants", "near",
          "Gwoza", "on", "Monday", "killing", "four", "protesters", "in", "Nairobi", '"', "'",
          ",", ".", "(", ")", "U.S.", "Iran", "1st", "Brigade", "May", "2024", "\n", "\n\n")


def _random_words(size: int) -> str:
    chooser = random.Random(10)
    parts: list[str] = []
    length = 0
    while length < size:
        word = chooser.choice(_WORDS)
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)


HOSTILE = {
    "empty": "",
    "whitespace": " \t\n\r\x0b\x0c\u00a0\u2028" * 1000,
    "binary junk as latin-1": bytes(random.Random(1).randrange(256) for _ in range(20_000)).decode(
        "latin-1"),
    "NUL bytes": "Troops\x00 clashed\x00\x00 in Gwoza.\x00" * 300,
    "mixed line endings": "Iran held drills.\r\nArmenia joined.\rTurkey protested.\n" * 200,
    "a run of one letter": "a" * 100_000,
    "a run of capitals": "A" * 100_000,
    "a run of digits": "1" * 100_000,
    "initials a.a.a.": "a." * 20_000 + "b",
    "random words": _random_words(10_000),
    "nested quotes": "\u201c'\"\u00ab" * 5_000 + " said the army.",
    "nested brackets": "(" * 20_000 + "troops clashed" + ")" * 20_000,
    "an unclosed quote": 'The minister said "' + "troops clashed near Gwoza and " * 300,
    "a million commas": "," * 1_000_000,
    "dates and numbers": "on May 1, 2024, 1/1/2020 and 3rd Brigade of 5,000 " * 300,
    "one long word": "x" * 300_000,
    "surrogate-free astral": "\U0001f600 troops \U00010348 clashed. " * 300,
    "combining marks": "a\u0301\u0302\u0303" * 10_000,
    "right-to-left": "\u0642\u0648\u0627\u062a \u200f" * 5_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_gives_an_extraction_in_bounded_time(text: str) -> None:
    start = time.perf_counter()
    result = eventkit.extract(text, published="2024-04-10")
    assert time.perf_counter() - start < GUARD
    assert isinstance(result, Extraction)
    for event in result.events:
        for span in event.evidence:
            assert 0 <= span.start <= span.end <= len(text)


@fuzz_settings
@given(st.text(max_size=2000))
def test_any_text_gives_an_extraction(text: str) -> None:
    assert isinstance(eventkit.extract(text), Extraction)


@fuzz_settings
@given(st.lists(st.sampled_from(_WORDS), max_size=300).map(" ".join))
def test_any_sequence_of_news_words_gives_an_extraction(text: str) -> None:
    result = eventkit.extract(text, published="2024-04-10")
    assert all(0 <= s.start <= s.end <= len(text) for e in result.events for s in e.evidence)


@pytest.mark.parametrize("value", [b"troops clashed", None, 42, 3.5, ["text"], {"text": "x"}])
def test_what_is_not_text_is_an_extraction_error(value: object) -> None:
    with pytest.raises(ExtractionError):
        eventkit.extract(value)  # type: ignore[arg-type]


def test_text_over_the_limit_is_an_extraction_error_before_any_work() -> None:
    text = "a" * (MAX_CHARACTERS + 1)
    start = time.perf_counter()
    with pytest.raises(ExtractionError, match="longer than the limit"):
        eventkit.extract(text)
    assert time.perf_counter() - start < 1.0  # checked before tokenising


def test_extraction_error_is_a_type_error_and_an_eventkit_error() -> None:
    with pytest.raises(TypeError):
        eventkit.extract(None)  # type: ignore[arg-type]
    assert issubclass(ExtractionError, eventkit.EventkitError)
