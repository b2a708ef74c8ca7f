"""Extract the events, actors, units, places and statements of the example article.

python examples/quickstart.py [ARTICLE.txt] [--published YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import eventkit

HERE = Path(__file__).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", default=HERE / "iran_armenia_drills.txt", type=Path)
    parser.add_argument("--published", default="2025-04-10")
    args = parser.parse_args()
    article = eventkit.Article(
        text=args.article.read_text(encoding="utf-8"), published=args.published
    )
    print(article)
    print(f"{len(article.text):,} characters, published {article.published}")


if __name__ == "__main__":
    main()
