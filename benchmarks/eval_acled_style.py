"""ACLED-style event descriptions (our own, written from the ACLED codebook's definitions,
one or more per sub-event type) -> event type, sub-event type, fatalities, admin1, location.

    python benchmarks/eval_acled_style.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import eventkit

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "acled_style.jsonl"
_DATE = re.compile(r"On (\d{1,2} \w+ \d{4})")


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    scores = {"event_type": 0, "sub_event_type": 0, "fatalities": 0, "admin1": 0, "location": 0}
    counts = dict.fromkeys(scores, 0)
    for case in cases:
        found = eventkit.extract(case["text"], published=None)
        acled = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
        event = acled[0] if acled else None
        got = {
            "event_type": event.acled_event_type if event else None,
            "sub_event_type": event.acled_sub_event_type if event else None,
            "fatalities": (event.fatalities or 0) if event else None,
            "admin1": event.location.admin1 if event and event.location else None,
            "location": event.location.name if event and event.location else None,
        }
        for key in scores:
            if key not in case:
                continue
            counts[key] += 1
            want = case[key]
            ok = got[key] == want or (
                key == "location" and got[key] is not None and want.lower() in got[key].lower()
            )
            scores[key] += ok
            if not ok and args.verbose:
                print(f"✗ {key}: want {want!r} got {got[key]!r} | {case['text'][:90]}")
    result = {key: scores[key] / counts[key] for key in scores if counts[key]}
    for key, value in result.items():
        print(f"{key:<16} {value:6.1%} ({scores[key]}/{counts[key]})")
    return result


if __name__ == "__main__":
    main()
