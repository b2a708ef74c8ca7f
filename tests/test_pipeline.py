from __future__ import annotations

import pytest

import eventkit
from eventkit.pipeline import ArticleError, extract_many

ARTICLES = [
    "Nigerian troops clashed with Boko Haram militants near Maiduguri, killing four.",
    "Protesters marched in Nairobi on Friday.",
    "Iran and Armenia held a joint military exercise.",
]


def test_results_come_in_input_order() -> None:
    batch = extract_many(ARTICLES, workers=2, published="2024-05-10")
    texts = [x.article.text for x in batch]
    assert texts == ARTICLES


def test_one_process_gives_the_same_results_as_several() -> None:
    serial = [x.events for x in extract_many(ARTICLES, workers=1, published="2024-05-10")]
    parallel = [x.events for x in extract_many(ARTICLES, workers=2, published="2024-05-10")]
    assert serial == parallel


def test_a_bad_article_does_not_end_the_batch() -> None:
    batch = extract_many([ARTICLES[0], None, ARTICLES[1]], workers=1, errors="collect")  # type: ignore[list-item]
    assert len(list(batch)) == 2
    assert batch.errors == [batch.errors[0]]
    assert isinstance(batch.errors[0], ArticleError) and batch.errors[0].index == 1


def test_skip_warns_about_the_skipped_article() -> None:
    batch = extract_many([None], workers=1)  # type: ignore[list-item]
    with pytest.warns(eventkit.EventkitWarning, match=r"\[EK301\]"):
        assert list(batch) == []


def test_raise_stops_at_the_first_bad_article() -> None:
    with pytest.raises(eventkit.EventkitError, match="article 0"):
        list(extract_many([None], workers=1, errors="raise"))  # type: ignore[list-item]


def test_mappings_carry_id_url_and_date() -> None:
    (x,) = extract_many(
        [{"id": "a1", "text": ARTICLES[1], "published": "2024-05-10", "url": "http://x"}],
        workers=1,
    )
    assert (x.article.id, x.article.url, str(x.article.published)) == (
        "a1", "http://x", "2024-05-10"
    )


def test_the_input_is_consumed_lazily() -> None:
    consumed = []

    def articles():  # type: ignore[no-untyped-def]
        for index in range(1000):
            consumed.append(index)
            yield ARTICLES[index % 3]

    batch = extract_many(articles(), workers=2, window=4)
    next(batch)
    assert len(consumed) <= 8


def _event_codes(extraction: eventkit.Extraction) -> list[str]:
    return [event.cameo for event in extraction.events]


def _fails_on_gao(extraction: eventkit.Extraction) -> int:
    if "Gao" in extraction.article.text:
        raise ValueError("no rows for Gao")
    return len(extraction.events)


@pytest.mark.parametrize("workers", [1, 2])
def test_then_runs_where_the_extraction_is_made(workers: int) -> None:
    texts = [f"Troops clashed with rebels near Gao on day {n}." for n in range(6)]
    expected = [_event_codes(eventkit.extract(text)) for text in texts]
    assert list(extract_many(texts, workers=workers, then=_event_codes)) == expected


def test_a_failing_then_fails_only_its_article() -> None:
    batch = extract_many(["Rebels attacked Gao.", "Rebels attacked Kidal."], workers=2,
                         errors="collect", then=_fails_on_gao)
    assert list(batch) == [1]
    assert [(error.index, error.error) for error in batch.errors] == [
        (0, "ValueError: no rows for Gao")
    ]
