"""Extract ACLED-shaped rows from articles on a local Dask cluster and write them to Parquet.

    pip install "eventkit[dask]"
    python examples/dask_pipeline.py [ARTICLE.txt ...] [--format acled|gdelt|phoenix]
        [--workers 2] [--out events.parquet]

With no articles given it uses the example article. On a real cluster, replace the LocalCluster
with ``Client("tcp://scheduler:8786")`` and the bag with your own source, e.g.
``dask.dataframe.read_parquet("s3://bucket/articles/")`` (columns id, text, published, url,
source) or ``dask.bag.read_text(...)``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

from eventkit.distributed import to_dask_with_failures

HERE = Path(__file__).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="*", type=Path,
                        default=[HERE / "iran_armenia_drills.txt"])
    parser.add_argument("--format", default="acled", choices=["acled", "gdelt", "phoenix"])
    parser.add_argument("--published", default="2025-04-10")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, help="write the rows to this Parquet directory")
    args = parser.parse_args()

    articles = [
        {"id": path.stem, "text": path.read_text(encoding="utf-8"), "url": path.as_uri()}
        for path in args.articles
    ]
    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        print(f"dashboard: {client.dashboard_link}")
        bag = db.from_sequence(articles, npartitions=min(len(articles), 4 * args.workers))
        result = to_dask_with_failures(bag, args.format, published=args.published)
        if args.out:
            # Both outputs come from the same extraction pass: write them together.
            dask.compute(
                result.rows.to_parquet(args.out, compute=False),
                result.failures.to_parquet(args.out.with_suffix(".failures"), compute=False),
            )
            print(f"wrote {args.out} and {args.out.with_suffix('.failures')}")
            return
        rows, failures = dask.compute(result.rows, result.failures)
    print(f"{len(rows)} rows from {len(articles)} articles ({len(failures)} failed)")
    print(rows.iloc[:, :8].to_string())


if __name__ == "__main__":
    main()
