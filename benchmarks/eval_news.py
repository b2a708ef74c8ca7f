"""Whole news articles -> events: found, coded (CAMEO root, ACLED sub-event type, modality),
counted (fatalities), placed and dated; and the sentences that must not become actual events.

    python benchmarks/eval_news.py [--verbose] [--cases FILE]

Two sets, ``benchmarks/data/news_heldout.jsonl`` (14 articles) and ``news_heldout2.jsonl``
(12, written a session later), hold wire-style articles written blind (by someone who had
not read the code and did not run it) with their gold events; both are scored unless
``--cases`` names one. A gold event
is found when an event's evidence overlaps the gold ``evidence`` (an exact substring of the
text); of the found ones, each coding is compared. A ``must_not`` item (a denied, feared,
planned or simulated act, or background) is violated when an actual material event (CAMEO
quad class 2 or 4: a strike, a clash, aid, a protest...) has evidence over it; the denial or
the threat itself, a verbal event, is what should be coded there.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import eventkit

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "benchmarks" / "data" / "news_heldout.jsonl",
        ROOT / "benchmarks" / "data" / "news_heldout2.jsonl"]
FIELDS = ("cameo_root", "acled_sub_event_type", "modality", "fatalities", "date", "location",
          "country", "actor1_country", "actor2_country")


def _span(text: str, evidence: str) -> tuple[int, int]:
    start = text.find(evidence)
    if start < 0:
        raise SystemExit(f"evidence not in its text: {evidence!r}")
    return start, start + len(evidence)


def _overlaps(event: Any, span: tuple[int, int]) -> bool:
    return any(e.start < span[1] and span[0] < e.end for e in event.evidence)


def _coded(event: Any) -> dict[str, Any]:
    location = event.location
    return {
        "cameo_root": event.root,
        "acled_sub_event_type": event.acled_sub_event_type,
        "modality": event.modality,
        "fatalities": event.fatalities,
        "date": event.date.start.isoformat() if event.date and event.date.start else None,
        "location": location.name if location else None,
        "country": location.country if location else None,
        "actor1_country": event.actor1.country if event.actor1 else None,
        "actor2_country": event.actor2.country if event.actor2 else None,
    }


def _agrees(field: str, want: Any, got: Any) -> bool:
    if field == "location" and isinstance(want, str) and isinstance(got, str):
        return want.lower() in got.lower() or got.lower() in want.lower()
    if field == "fatalities":
        return (got or 0) == (want or 0)
    return bool(got == want)


def _best(candidates: list[Any], gold: dict[str, Any]) -> Any:
    """Of the events over a gold event's evidence, the one that agrees on most of its coding."""
    return max(candidates, key=lambda event: sum(
        _agrees(field, gold.get(field), value) for field, value in _coded(event).items()
        if gold.get(field) is not None
    ))


def evaluate(cases: list[dict[str, Any]], verbose: bool) -> dict[str, tuple[int, int]]:
    scores: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for case in cases:
        text = case["text"]
        extraction = eventkit.extract(text, published=case.get("published"))
        events = list(extraction.events)
        for gold in case["events"]:
            span = _span(text, gold["evidence"])
            totals["found"] += 1
            candidates = [event for event in events if _overlaps(event, span)]
            if not candidates:
                if verbose:
                    print(f"MISSED {case['id']}: {gold['evidence']!r} (want {gold['cameo_root']} "
                          f"{gold.get('acled_sub_event_type')} {gold['modality']})")
                continue
            scores["found"] += 1
            coded = _coded(_best(candidates, gold))
            for field in FIELDS:
                want = gold.get(field)
                if want is None:
                    continue
                totals[field] += 1
                if _agrees(field, want, coded[field]):
                    scores[field] += 1
                elif verbose:
                    print(f"  {field:22s} {case['id']}: {gold['evidence'][:60]!r} want {want!r} "
                          f"got {coded[field]!r}")
        for item in case.get("must_not", ()):
            span = _span(text, item["evidence"])
            totals["must_not"] += 1
            wrong = [e for e in events if e.modality == "actual" and e.quad_class in (2, 4)
                     and _overlaps(e, span)]
            if wrong:
                scores["must_not"] += 1
                if verbose:
                    print(f"MUST_NOT {case['id']}: {item['evidence'][:70]!r} ({item['why']}) "
                          f"coded {[(e.cameo, e.acled_sub_event_type) for e in wrong]}")
        totals["events"] += len(case["events"])
        scores["events"] += sum(1 for e in events if e.modality == "actual")
    return {key: (scores[key], totals[key]) for key in totals}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=Path, action="append",
                        help="a set to score (repeatable; default: both sets in benchmarks/data)")
    parser.add_argument("--verbose", action="store_true", help="print each failure")
    args = parser.parse_args(argv)
    for path in args.cases or SETS:
        if not path.is_file():
            print(f"skipped: {path} not present")
            continue
        print(path.name)
        _score(path, args.verbose)
    return 0


def _score(path: Path, verbose: bool) -> None:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    result = evaluate(cases, verbose)
    found, gold = result.pop("found")
    print(f"{len(cases)} articles, {gold} gold events")
    print(f"  found (evidence overlaps)     {found / gold:6.1%} ({found}/{gold})")
    for field in FIELDS:
        if field in result:
            right, total = result[field]
            print(f"  {field:28s} {right / total:6.1%} ({right}/{total}, of those found)")
    bad, total = result.pop("must_not", (0, 0))
    print(f"  must_not coded as actual      {bad}/{total}")
    actual, gold_count = result.pop("events")
    print(f"  actual events coded           {actual} (gold {gold_count})")


if __name__ == "__main__":
    raise SystemExit(main())
