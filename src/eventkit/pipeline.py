"""Many articles: ``extract_many`` on all cores, in input order, with bounded memory.

>>> from eventkit.pipeline import extract_many
>>> batch = extract_many(["Rebels attacked a police station in Gao.", 42], workers=1,
...                      errors="collect")
>>> [len(x.events) for x in batch]
[1]
>>> [error.index for error in batch.errors]
[1]
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import gc
import itertools
import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

from attrs import frozen

from ._errors import EventkitError, EventkitWarning
from ._models import Article, Extraction

__all__ = ["ArticleError", "Batch", "as_article", "extract_many"]

ArticleInput = str | Article | Mapping[str, Any]


@frozen
class ArticleError:
    """An article that could not be processed: where it was in the input and why."""

    index: int
    id: str | None
    error: str


def as_article(item: ArticleInput, published: str | dt.date | None = None) -> Article:
    """An `Article` from text, an Article, or a mapping with ``text`` and optionally ``id``,
    ``published``, ``url``, ``title``, ``source``/``publisher``."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item, published=published)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise EventkitError("article has no 'text' string")
        return Article(
            text=text,
            id=None if item.get("id") is None else str(item.get("id")),
            published=item.get("published") or item.get("date") or published,
            url=item.get("url"),
            title=item.get("title"),
            publisher=item.get("source") or item.get("publisher"),
        )
    raise EventkitError(
        f"expected article text, an Article or a mapping, got {type(item).__name__}"
    )


def _work(
    job: tuple[int, Any, Any], then: Callable[[Extraction], Any] | None = None
) -> tuple[int, Any]:
    from .extract import extract

    index, item, published = job
    try:
        article = as_article(item, published)
        extraction = extract(article)
        return index, extraction if then is None else then(extraction)
    except Exception as error:
        identifier = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
        return index, ArticleError(
            index,
            None if identifier is None else str(identifier),
            f"{type(error).__name__}: {error}",
        )


def _warm() -> None:
    """Load the dictionaries in a process that will extract many articles (a worker, or the
    parent before it forks them) and put their quarter of a million long-lived objects out of
    the garbage collector's sight: else each full collection walks them (the first comes
    within the first articles), and a forked worker's collections copy the pages it shares
    with the parent. Only processes eventkit runs do this: `gc.freeze` also
    freezes whatever else the process holds."""
    from .extract import Lexicon

    Lexicon.default()
    gc.freeze()


class Batch:
    """The extractions of many articles, in input order, as they are ready.

    Iterate it for `Extraction` records (or what ``then`` made of them); articles that failed
    are listed in ``errors`` (with ``errors="skip"`` each also raises an `EventkitWarning`
    ``[EK301]``; with ``"raise"`` the first failure raises).
    """

    def __init__(self, results: Iterator[Any], errors: str) -> None:
        self._results = results
        self._policy = errors
        self.errors: list[ArticleError] = []
        self.done = 0

    def __iter__(self) -> Batch:
        return self

    def __next__(self) -> Any:
        while True:
            result = next(self._results)
            self.done += 1
            if not isinstance(result, ArticleError):
                return result
            if self._policy == "raise":
                raise EventkitError(f"article {result.index}: {result.error}")
            self.errors.append(result)
            if self._policy == "skip":
                warnings.warn(
                    f"[EK301] article {result.index} skipped: {result.error}",
                    EventkitWarning,
                    stacklevel=2,
                )


def _serial(jobs: Iterable[tuple[int, Any, Any]], then: Callable[[Extraction], Any] | None
            ) -> Iterator[Any]:
    for job in jobs:
        yield _work(job, then)[1]


def _work_chunk(
    jobs: list[tuple[int, Any, Any]], then: Callable[[Extraction], Any] | None
) -> list[Any]:
    return [_work(job, then)[1] for job in jobs]


_CHUNK = 8  # articles sent to a worker at once: fewer, larger messages between processes


def _parallel(
    jobs: Iterable[tuple[int, Any, Any]],
    workers: int,
    window: int,
    then: Callable[[Extraction], Any] | None,
) -> Iterator[Any]:
    # Fork where it exists: the workers inherit the dictionaries built once in this process.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _warm()
    context = multiprocessing.get_context(method)
    pending: collections.deque[concurrent.futures.Future[list[Any]]] = collections.deque()
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=None if method == "fork" else _warm
    ) as pool:
        iterator = iter(jobs)
        exhausted = False
        while True:
            # At most `window` articles are in flight: memory stays flat however long the input.
            while not exhausted and len(pending) * _CHUNK < window:
                chunk = list(itertools.islice(iterator, _CHUNK))
                if not chunk:
                    exhausted = True
                    break
                pending.append(pool.submit(_work_chunk, chunk, then))
            if not pending:
                return
            yield from pending.popleft().result()


def extract_many(
    articles: Iterable[ArticleInput],
    *,
    workers: int | None = None,
    published: str | dt.date | None = None,
    errors: Literal["raise", "skip", "collect"] = "skip",
    window: int | None = None,
    then: Callable[[Extraction], Any] | None = None,
) -> Batch:
    """Extract from many articles on all cores, yielding results in input order.

    Args:
        articles: texts, `Article` records or mappings (``id``, ``text``, ``published``,
            ``url``, ``source``), streamed: the iterable is consumed as work is done.
        workers: processes to use; all cores when None, in this process when 1.
        published: the publication date of articles that do not give one.
        errors: what to do with an article that fails (see `Batch`).
        window: how many articles may be in flight at once (default 32 per worker).
        then: a function applied to each `Extraction` where it was made, whose results the
            batch yields instead: turning extractions into rows in the workers ("the ACLED
            rows of each article") spares the parent from receiving whole extractions. With
            several workers it must be picklable (a module-level function); an exception it
            raises fails that article like an extraction error.

    >>> from eventkit.formats import acled
    >>> def rows(x):
    ...     return [acled.to_row(event)["event_type"] for event in x.events]
    >>> list(extract_many(["Rebels attacked a police station in Gao."], workers=1, then=rows))
    [['Battles']]
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect' (got {errors!r})")
    count = workers or os.cpu_count() or 1
    jobs = ((index, item, published) for index, item in enumerate(articles))
    if count <= 1:
        return Batch(_serial(jobs, then), errors)
    return Batch(_parallel(jobs, count, window or 32 * count, then), errors)
