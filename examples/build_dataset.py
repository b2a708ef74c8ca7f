"""Build an ACLED-style dataset from a folder of articles.

    python examples/build_dataset.py FOLDER -o events.csv [--published YYYY-MM-DD] [--workers N]

Every ``*.txt`` file in FOLDER is one article (its name is its id). Articles are extracted on
all cores (`eventkit.pipeline.extract_many`), events describing the same real-world event are
merged (`eventkit.merge_events`), and the result is written in ACLED's 31 columns.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import eventkit
from eventkit.formats import acled
from eventkit.pipeline import extract_many


def articles(folder: Path) -> Iterator[dict[str, str]]:
    for path in sorted(folder.glob("*.txt")):
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("events.csv"))
    parser.add_argument("--published", help="publication date of articles (YYYY-MM-DD)")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: all)")
    args = parser.parse_args()

    batch = extract_many(articles(args.folder), workers=args.workers, published=args.published)
    found = [event for extraction in batch for event in extraction.events]
    events = eventkit.merge_events(found)
    rows = acled.write(events, args.output)
    print(f"{len(found)} events, {rows} after merging, written to {args.output}")
    for error in batch.errors:
        print(f"skipped article {error.id or error.index}: {error.error}")


if __name__ == "__main__":
    main()
