"""Extract ACLED-shaped rows from articles with PySpark's ``mapInPandas``.

    pip install eventkit pandas pyarrow pyspark   # on the driver and every executor
    python examples/spark_pipeline.py [--format acled|gdelt|phoenix]

Each executor process calls `eventkit.distributed.partition_to_rows` on Arrow batches of the
articles DataFrame (columns id, text, published, url, source); the dictionaries are loaded once
per Python worker and reused across batches (keep ``spark.python.worker.reuse`` on, the default).
The output schema is `eventkit.distributed.spark_schema` (every column a string).

Without pyspark installed the example says so and runs the very same function on one pandas
batch, which is what each Spark task does.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

from eventkit.distributed import partition_to_rows, spark_schema

HERE = Path(__file__).parent

try:
    from pyspark.sql import SparkSession
except ImportError:  # pyspark is optional: only needed to run on Spark
    SparkSession = None


def articles() -> pd.DataFrame:
    text = (HERE / "iran_armenia_drills.txt").read_text(encoding="utf-8")
    return pd.DataFrame({
        "id": ["iran-armenia", "gao", "empty"],
        "text": [text, "Rebels attacked a police station in Gao on Monday.", None],
        "published": ["2025-04-10", "2024-01-03", "2024-01-03"],
        "url": [None, None, None],
        "source": ["example", "example", "example"],
    })


def rows_of(format: str) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The function ``mapInPandas`` calls: an iterator of article batches in, rows out."""

    def extract(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            # Bad articles are dropped (and logged in the executor's log); errors="raise"
            # would fail the task instead.
            yield partition_to_rows(batch, format)

    return extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--format", default="acled", choices=["acled", "gdelt", "phoenix"])
    args = parser.parse_args()

    if SparkSession is None:
        print("pyspark is not installed: running the mapInPandas function on one pandas batch")
        for rows in rows_of(args.format)(iter([articles()])):
            print(rows.iloc[:, :8].to_string())
        return

    spark = SparkSession.builder.appName("eventkit").getOrCreate()
    frame = spark.createDataFrame(articles())  # in practice: spark.read.parquet("articles/")
    events = frame.mapInPandas(rows_of(args.format), schema=spark_schema(args.format))
    events.show(truncate=40)
    # events.write.parquet("events/")
    spark.stop()


if __name__ == "__main__":
    main()
