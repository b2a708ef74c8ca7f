"""Extraction on a cluster: Dask DataFrames of ACLED-, GDELT- or Phoenix-shaped rows.

Needs the optional extra: ``pip install "eventkit[dask]"``. Nothing here is home-made
scheduling: `to_dask` maps `partition_to_rows` over the partitions of a Dask bag or DataFrame,
and the same `partition_to_rows` is what Spark's ``mapInPandas`` calls (see
``docs/distributed.md``).

- The output has exactly the format's columns (``eventkit.formats.<format>.COLUMNS``), in order,
  all strings (``string[pyarrow]``), one row per event, events in article order.
- Each row keeps the index label of the article it came from: the input DataFrame's index
  (like ``DataFrame.explode``), or the article's position in its partition for a bag.
- An article that fails (no text, a malformed date, an exception in extraction) is dropped,
  never the job; `to_dask_with_failures` returns those articles as a second DataFrame
  (``id``, ``error``) computed in the same pass, and each partition that dropped articles logs
  one warning on the ``eventkit.distributed`` logger (visible in the Dask worker logs).
  ``errors="raise"`` fails the job on the first bad article instead.
- The dictionaries are loaded once per worker process (`eventkit.Lexicon.default` caches them),
  not once per partition.

>>> import pandas as pd
>>> rows = partition_to_rows(pd.DataFrame({
...     "id": ["a1", "a2"], "published": ["2024-01-03", None],
...     "text": ["Rebels attacked a police station in Gao on Monday.", None]}), "acled")
>>> list(rows.columns[:3]), len(rows), rows.index.tolist()
(['event_id_cnty', 'event_date', 'year'], 1, [0])
>>> rows.loc[0, "event_date"], rows.loc[0, "source"]
('2024-01-01', 'a1')
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._errors import EventkitError
from ._models import Article, Event
from .pipeline import as_article

if TYPE_CHECKING:  # pragma: no cover - typing only; dask is an optional dependency
    import dask.bag  # type: ignore[import-not-found,unused-ignore]
    import dask.dataframe  # type: ignore[import-not-found,unused-ignore]

__all__ = [
    "FAILURE_COLUMNS",
    "DaskResult",
    "PartitionResult",
    "columns",
    "extract_partition",
    "meta",
    "partition_to_rows",
    "spark_schema",
    "to_dask",
    "to_dask_with_failures",
]

Format = Literal["acled", "gdelt", "phoenix"]
Errors = Literal["skip", "raise"]

#: The columns of the failures table: the article's ``id`` (when it had one) and the error.
FAILURE_COLUMNS: tuple[str, ...] = ("id", "error")

_STRING = "string[pyarrow]"
_ID = "__eventkit_id"
_ERROR = "__eventkit_error"
_INSTALL = 'pip install "eventkit[dask]"'

log = logging.getLogger("eventkit.distributed")


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(f"eventkit.distributed needs pandas: {_INSTALL}") from error


def _dask(module: str) -> Any:
    """``dask.<module>``, imported on first use (dask is an optional dependency)."""
    try:
        return importlib.import_module(f"dask.{module}")
    except ImportError as error:
        raise ImportError(
            f"eventkit.distributed needs dask[dataframe] (and distributed for a cluster): "
            f"{_INSTALL}"
        ) from error


def _converter(format: str) -> tuple[tuple[str, ...], Callable[[Event], Mapping[str, str]]]:
    from .formats import acled, gdelt, phoenix

    modules = {"acled": acled, "gdelt": gdelt, "phoenix": phoenix}
    if format not in modules:
        raise ValueError(f"format must be 'acled', 'gdelt' or 'phoenix' (got {format!r})")
    module = modules[format]
    return module.COLUMNS, module.to_row


def columns(format: Format) -> tuple[str, ...]:
    """The output columns for ``format``, in order (the format module's ``COLUMNS``).

    >>> columns("gdelt")[:3]
    ('GLOBALEVENTID', 'SQLDATE', 'MonthYear')
    """
    return _converter(format)[0]


def meta(format: Format, index: Any = None) -> Any:
    """An empty pandas DataFrame with the output's columns and dtypes (``string[pyarrow]``):
    the ``meta`` Dask needs; ``index`` is an empty index to use (int64 by default)."""
    pd = _pandas()
    names = columns(format)
    frame = pd.DataFrame({name: pd.Series([], dtype=_STRING) for name in names})
    if index is not None:
        frame.index = index[:0]
    else:
        frame.index = pd.Index([], dtype="int64")
    return frame


def spark_schema(format: Format) -> str:
    """The Spark DDL schema of the output (every column a string), for ``mapInPandas``.

    >>> spark_schema("acled")[:45]
    '`event_id_cnty` string, `event_date` string, '
    """
    return ", ".join(f"`{name}` string" for name in columns(format))


class PartitionResult(NamedTuple):
    """One partition's output: the rows, and the articles that failed (``FAILURE_COLUMNS``)."""

    rows: Any  # pandas.DataFrame
    failures: Any  # pandas.DataFrame


class DaskResult(NamedTuple):
    """`to_dask_with_failures`' output: two Dask DataFrames sharing one extraction pass."""

    rows: Any  # dask.dataframe.DataFrame
    failures: Any  # dask.dataframe.DataFrame


def _is_missing(pd: Any, value: Any) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _prepare(pd: Any, item: Any, text_column: str) -> Any:
    """A bag item or a DataFrame record ready for `as_article` (missing values dropped)."""
    if isinstance(item, Mapping):
        record = {key: value for key, value in item.items() if not _is_missing(pd, value)}
        if text_column != "text":
            record["text"] = record.pop(text_column, None)
        return record
    return item


def _identifier(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    return None if value is None else str(value)


def _one(
    item: Any, published: str | dt.date | None, to_row: Callable[[Event], Mapping[str, str]]
) -> list[Mapping[str, str]]:
    from .extract import extract

    article = as_article(item, published)
    if isinstance(item, Article) and article.published is None and published is not None:
        from attrs import evolve

        article = evolve(article, published=published)
    return [to_row(event) for event in extract(article).events]


_worker_ready = False


def _prepare_worker() -> None:
    """In a Dask worker process, once: load the dictionaries and freeze them out of the
    garbage collector's sight, as the pipeline's own workers do (`eventkit.pipeline._warm`:
    else each full collection walks their quarter of a million objects). Not under the
    threaded or synchronous scheduler, which run in the caller's own process."""
    global _worker_ready
    if _worker_ready:
        return
    _worker_ready = True
    try:
        from distributed import get_worker

        get_worker()
    except (ImportError, ValueError):
        return
    from .pipeline import _warm

    _warm()


def _extract_items(
    items: list[Any],
    index: Any,
    format: Format,
    published: str | dt.date | None,
    text_column: str,
    errors: Errors,
) -> PartitionResult:
    _prepare_worker()
    pd = _pandas()
    names, to_row = _converter(format)
    cells: list[list[str]] = []
    positions: list[int] = []
    failed: list[int] = []
    failures: list[list[str | None]] = []
    for position, raw in enumerate(items):
        item = _prepare(pd, raw, text_column)
        try:
            rows = _one(item, published, to_row)
        except Exception as error:
            message = f"{type(error).__name__}: {error}"
            if errors == "raise":
                raise EventkitError(
                    f"article {index[position]!r} (id {_identifier(item)!r}): {message}"
                ) from error
            failed.append(position)
            failures.append([_identifier(item), message])
            continue
        for row in rows:
            cells.append([row.get(name, "") for name in names])
            positions.append(position)
    if failures:
        log.warning(
            "%d of %d articles failed and were dropped; first: %s",
            len(failures), len(items), failures[0][1],
        )
    frame = pd.DataFrame(cells, columns=list(names), index=index.take(positions), dtype=_STRING)
    bad = pd.DataFrame(
        failures, columns=list(FAILURE_COLUMNS), index=index.take(failed), dtype=_STRING
    )
    return PartitionResult(frame, bad)


def _check(errors: str) -> None:
    if errors not in ("skip", "raise"):
        raise ValueError(f"errors must be 'skip' or 'raise' (got {errors!r})")


def extract_partition(
    pdf: Any,
    format: Format = "acled",
    *,
    published: str | dt.date | None = None,
    text_column: str = "text",
    errors: Errors = "skip",
) -> PartitionResult:
    """Extract every article of a pandas DataFrame (columns ``id``, ``text``, ``published``,
    ``url``, ``source``...; the text in ``text_column``): the rows of ``format``, and the
    articles that failed with their errors. Each output row keeps its article's index label."""
    _check(errors)
    _converter(format)
    items = pdf.to_dict("records")
    return _extract_items(items, pdf.index, format, published, text_column, errors)


def partition_to_rows(
    pdf: Any,
    format: Format = "acled",
    *,
    published: str | dt.date | None = None,
    text_column: str = "text",
    errors: Errors = "skip",
) -> Any:
    """The rows of ``format`` for every article of a pandas DataFrame: the plain-pandas building
    block of `to_dask`, and what Spark's ``mapInPandas`` calls. Articles that fail are dropped
    (with one log warning) or, with ``errors="raise"``, raise `EventkitError`."""
    return extract_partition(
        pdf, format, published=published, text_column=text_column, errors=errors
    ).rows


def _frame_partition(
    pdf: Any,
    format: Format,
    published: str | dt.date | None,
    text_column: str,
    errors: Errors,
    both: bool,
) -> Any:
    result = extract_partition(
        pdf, format, published=published, text_column=text_column, errors=errors
    )
    return _combine(result) if both else result.rows


def _bag_partition(
    items: Iterable[Any],
    format: Format,
    published: str | dt.date | None,
    text_column: str,
    errors: Errors,
    both: bool,
) -> Any:
    pd = _pandas()
    listed = list(items)
    index = pd.RangeIndex(len(listed))
    result = _extract_items(listed, index, format, published, text_column, errors)
    return _combine(result) if both else result.rows


def _combine(result: PartitionResult) -> Any:
    """Rows and failures in one frame (the failures' columns prefixed), so that the two Dask
    DataFrames derived from it share a single extraction pass."""
    pd = _pandas()
    failures = result.failures.rename(columns={"id": _ID, "error": _ERROR})
    return pd.concat([result.rows, failures])


def _combined_meta(format: Format, index: Any) -> Any:
    pd = _pandas()
    frame = meta(format, index)
    frame[_ID] = pd.Series([], dtype=_STRING, index=frame.index)
    frame[_ERROR] = pd.Series([], dtype=_STRING, index=frame.index)
    return frame


def _map(
    articles: Any,
    format: Format,
    published: str | dt.date | None,
    text_column: str,
    errors: Errors,
    both: bool,
) -> Any:
    _check(errors)
    _converter(format)
    dd = _dask("dataframe")
    bag = _dask("bag")
    delayed = _dask("delayed").delayed

    options = {
        "format": format,
        "published": published,
        "text_column": text_column,
        "errors": errors,
        "both": both,
    }
    if isinstance(articles, dd.DataFrame):
        if text_column not in articles.columns:
            raise EventkitError(f"the articles DataFrame has no {text_column!r} column")
        index = articles._meta.index
        shape = _combined_meta(format, index) if both else meta(format, index)
        return articles.map_partitions(_frame_partition, meta=shape, **options)
    if isinstance(articles, bag.Bag):
        shape = _combined_meta(format, None) if both else meta(format)
        parts = [
            delayed(_bag_partition)(part, **options)
            for part in articles.to_delayed(optimize_graph=True)
        ]
        return dd.from_delayed(parts, meta=shape, verify_meta=False)
    raise TypeError(
        "to_dask needs a dask.bag.Bag of articles (str, dict or Article) or a "
        f"dask.dataframe.DataFrame with a {text_column!r} column, not {type(articles).__name__}"
    )


def to_dask(
    articles: dask.bag.Bag | dask.dataframe.DataFrame,
    format: Format = "acled",
    *,
    published: str | dt.date | None = None,
    text_column: str = "text",
    errors: Errors = "skip",
) -> dask.dataframe.DataFrame:
    """A lazy Dask DataFrame of ``format`` rows (one per event) for a bag or DataFrame of
    articles.

    Args:
        articles: a ``dask.bag.Bag`` of texts, `Article` records or mappings (``id``, ``text``,
            ``published``, ``url``, ``source``), or a ``dask.dataframe.DataFrame`` with those
            columns (only the text is required).
        format: ``"acled"``, ``"gdelt"`` or ``"phoenix"``: the columns are that module's
            ``COLUMNS`` exactly, all strings.
        published: the publication date of articles that do not give one.
        text_column: where the text is, when not in ``text``.
        errors: ``"skip"`` drops articles that fail (see `to_dask_with_failures` to get them);
            ``"raise"`` fails the computation on the first one.
    """
    return _map(articles, format, published, text_column, errors, both=False)  # type: ignore[no-any-return]


def to_dask_with_failures(
    articles: dask.bag.Bag | dask.dataframe.DataFrame,
    format: Format = "acled",
    *,
    published: str | dt.date | None = None,
    text_column: str = "text",
) -> DaskResult:
    """`to_dask`'s rows, and the articles that failed (columns ``FAILURE_COLUMNS``: the article's
    ``id`` and the error; indexed like the rows), from one extraction pass: compute or write them
    together (``dask.compute(result.rows, result.failures)``) so that the articles are extracted
    once."""
    combined = _map(articles, format, published, text_column, "skip", both=True)
    names = list(columns(format))
    rows = combined[combined[_ERROR].isna()][names]
    failures = combined[~combined[_ERROR].isna()][[_ID, _ERROR]].rename(
        columns={_ID: "id", _ERROR: "error"}
    )
    return DaskResult(rows, failures)
