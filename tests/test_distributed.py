"""eventkit.distributed: Dask bags and DataFrames of articles -> ACLED/GDELT/Phoenix rows.

Most tests run on Dask's synchronous scheduler (fast, in this process); one runs on a real
LocalCluster with two worker processes, as a cluster would.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys

import pytest

pytest.importorskip("dask.dataframe", reason="eventkit[dask] is not installed")
pd = pytest.importorskip("pandas")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import eventkit  # noqa: E402
from eventkit import distributed  # noqa: E402
from eventkit.formats import acled, gdelt, phoenix  # noqa: E402

GAO = "Rebels attacked a police station in Gao on Monday."
GWOZA = "Nigerian troops clashed with ISWAP militants near Gwoza on Monday."
NAIROBI = "Protesters marched in Nairobi on Tuesday."


@pytest.fixture(autouse=True)
def synchronous() -> object:
    with dask.config.set(scheduler="synchronous"):
        yield


def expected(texts: list[str], published: str, to_row: object) -> list[dict[str, str]]:
    return [
        to_row(event)  # type: ignore[operator]
        for text in texts
        for event in eventkit.extract(text, published=published).events
    ]


def records(frame: object) -> list[dict[str, str]]:
    return frame.astype(object).where(frame.notna(), "").to_dict("records")  # type: ignore[attr-defined]


def test_bag_of_texts_gives_the_acled_columns_in_order() -> None:
    bag = db.from_sequence([GAO, GWOZA, NAIROBI], npartitions=2)
    result = distributed.to_dask(bag, "acled", published="2024-01-03")
    assert isinstance(result, dd.DataFrame)
    assert tuple(result.columns) == acled.COLUMNS
    frame = result.compute()
    assert tuple(frame.columns) == acled.COLUMNS
    assert all(str(dtype) == "string" for dtype in frame.dtypes)
    assert records(frame) == expected([GAO, GWOZA, NAIROBI], "2024-01-03", acled.to_row)
    assert frame["event_date"].iloc[0] == "2024-01-01"  # "Monday" before 3 January 2024


def test_bag_of_mappings_and_articles() -> None:
    items = [
        {"id": "g1", "text": GWOZA, "published": "2020-05-05", "source": "Wire"},
        eventkit.Article(text=GAO, id="m1"),
    ]
    frame = distributed.to_dask(db.from_sequence(items, npartitions=1), published="2024-01-03")
    frame = frame.compute()
    assert list(frame["source"]) == ["Wire", "m1"]  # ACLED's source: publisher, URL or id
    assert list(frame["event_date"]) == ["2020-05-04", "2024-01-01"]


def test_dataframe_input_keeps_the_article_index_and_divisions() -> None:
    articles = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "body": [GAO, NAIROBI, GWOZA],
            "published": pd.to_datetime(["2024-01-03", "2024-01-03", "2020-05-05"]),
            "url": ["https://example.invalid/a", None, None],
        },
        index=pd.Index([10, 20, 30], name="article"),
    )
    ddf = dd.from_pandas(articles, npartitions=2)
    result = distributed.to_dask(ddf, "acled", text_column="body")
    assert result.divisions == ddf.divisions
    frame = result.compute()
    assert tuple(frame.columns) == acled.COLUMNS
    assert frame.index.name == "article"
    assert list(frame.index) == [10, 20, 30]
    assert list(frame["source"]) == ["https://example.invalid/a", "b", "c"]
    assert records(frame) == [
        acled.to_row(event)
        for article in (
            eventkit.Article(text=GAO, id="a", published="2024-01-03",
                             url="https://example.invalid/a"),
            eventkit.Article(text=NAIROBI, id="b", published="2024-01-03"),
            eventkit.Article(text=GWOZA, id="c", published="2020-05-05"),
        )
        for event in eventkit.extract(article).events
    ]


def test_gdelt_and_phoenix_output() -> None:
    bag = db.from_sequence([GAO, GWOZA], npartitions=2)
    frame = distributed.to_dask(bag, "gdelt", published=dt.date(2024, 1, 3)).compute()
    assert tuple(frame.columns) == gdelt.COLUMNS
    assert len(gdelt.COLUMNS) == 61
    assert records(frame) == expected([GAO, GWOZA], "2024-01-03", gdelt.to_row)
    assert list(frame["SQLDATE"]) == ["20240101", "20240101"]
    frame = distributed.to_dask(bag, "phoenix", published="2024-01-03").compute()
    assert tuple(frame.columns) == phoenix.COLUMNS


def test_a_bad_article_does_not_kill_the_job() -> None:
    items = [GAO, {"id": "empty", "text": None}, 42, {"id": "ok", "text": NAIROBI}]
    bag = db.from_sequence(items, npartitions=2)
    frame = distributed.to_dask(bag, published="2024-01-03").compute()
    assert len(frame) == 2
    result = distributed.to_dask_with_failures(bag, published="2024-01-03")
    rows, failures = dask.compute(result.rows, result.failures)
    assert tuple(rows.columns) == acled.COLUMNS
    assert len(rows) == 2
    assert tuple(failures.columns) == distributed.FAILURE_COLUMNS
    assert failures["id"].tolist()[0] == "empty"
    assert pd.isna(failures["id"].tolist()[1])
    assert "no 'text'" in failures["error"].iloc[0]
    assert "int" in failures["error"].iloc[1]


def test_rows_and_failures_share_one_extraction_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = distributed.extract_partition

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(distributed, "extract_partition", counting)
    ddf = dd.from_pandas(pd.DataFrame({"text": [GAO, None, NAIROBI]}), npartitions=2)
    result = distributed.to_dask_with_failures(ddf, published="2024-01-03")
    rows, failures = dask.compute(result.rows, result.failures)
    assert (len(rows), len(failures)) == (2, 1)
    assert len(calls) == ddf.npartitions


def test_errors_raise_fails_the_job() -> None:
    bag = db.from_sequence([GAO, 42], npartitions=1)
    with pytest.raises(eventkit.EventkitError, match="article 1"):
        distributed.to_dask(bag, errors="raise").compute()


def test_bad_arguments() -> None:
    bag = db.from_sequence([GAO])
    with pytest.raises(ValueError, match="format"):
        distributed.to_dask(bag, "csv")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="errors"):
        distributed.to_dask(bag, errors="collect")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        distributed.to_dask([GAO])  # type: ignore[arg-type]
    ddf = dd.from_pandas(pd.DataFrame({"body": [GAO]}), npartitions=1)
    with pytest.raises(eventkit.EventkitError, match="'text' column"):
        distributed.to_dask(ddf)


def test_partition_to_rows_is_plain_pandas() -> None:
    pdf = pd.DataFrame({"id": ["a", "b"], "text": [GAO, 7], "published": ["2024-01-03", None]})
    rows = distributed.partition_to_rows(pdf, "gdelt")
    assert isinstance(rows, pd.DataFrame)
    assert tuple(rows.columns) == gdelt.COLUMNS
    assert rows.index.tolist() == [0]
    result = distributed.extract_partition(pdf.iloc[:0], "acled")
    assert tuple(result.rows.columns) == acled.COLUMNS
    assert len(result.rows) == len(result.failures) == 0
    schema = distributed.spark_schema("gdelt")
    assert schema.count(" string") == 61
    assert schema.startswith("`GLOBALEVENTID` string, `SQLDATE` string")


def test_empty_partitions() -> None:
    bag = db.from_sequence([GAO], npartitions=1).filter(lambda _: False)
    frame = distributed.to_dask(bag).compute()
    assert len(frame) == 0
    assert tuple(frame.columns) == acled.COLUMNS


def test_local_cluster_with_worker_processes() -> None:
    distributed_module = pytest.importorskip("distributed")
    import dask

    texts = [GAO, GWOZA, NAIROBI, {"id": "bad", "text": None}] * 2
    # Generous time-outs: on a loaded machine starting two worker processes (and their
    # dictionaries) can take longer than Dask's defaults allow.
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "120s",
                         "distributed.comm.timeouts.tcp": "120s",
                         "distributed.deploy.lost-worker-timeout": "120s"}),
        distributed_module.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed_module.Client(cluster) as client,
    ):
        result = distributed.to_dask_with_failures(
            db.from_sequence(texts, npartitions=4), "acled", published="2024-01-03"
        )
        rows, failures = client.compute([result.rows, result.failures], sync=True)
        assert len(client.scheduler_info()["workers"]) == 2
    assert tuple(rows.columns) == acled.COLUMNS
    assert records(rows) == expected([GAO, GWOZA, NAIROBI] * 2, "2024-01-03", acled.to_row)
    assert failures["id"].tolist() == ["bad", "bad"]


def test_missing_dask_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['dask.dataframe'] = None\n"
        "from eventkit import distributed\n"
        "try:\n"
        "    distributed.to_dask(None)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "eventkit[dask]"' in run.stdout


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is not None, reason="pyspark installed")
def test_spark_example_runs_without_pyspark() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "spark_pipeline.py"
    run = subprocess.run([sys.executable, str(example)], capture_output=True, text=True,
                         check=True, timeout=120)
    assert "pyspark is not installed" in run.stdout
    assert "event_id_cnty" in run.stdout
