"""ACLED-style event descriptions -> event type, sub-event type, fatalities, country, admin1,
location and the two actors' ACLED types.

    python benchmarks/eval_acled_style.py [--verbose] [--cases FILE] [--export FILE]

Three sets ship with the repository: ``tests/data/acled_style.jsonl`` (written alongside the
rules, one or more per sub-event type) and ``benchmarks/data/acled_heldout.jsonl`` and
``acled_heldout2.jsonl`` (100 descriptions each, written blind, a session apart, from the
ACLED codebook only, by someone who had not read the code; every sub-event type at least
three times). All are scored unless ``--cases`` names one.
A case's keys: text, event_type, sub_event_type, fatalities and optionally country (ISO
alpha-3), admin1, location, inter1, inter2 (state, rebel, political_militia,
identity_militia, rioters, protesters, civilians, external; inter2 null when there is none).

``--export FILE`` scores real ACLED rows instead: an ACLED CSV export (read with eventkit's own
ACLED reader), each row's ``notes`` coded and compared with the row's own codes. ACLED's terms
do not allow redistributing its data, so no such file ships; point it at your own export.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import eventkit
from eventkit import gazetteer
from eventkit.formats import acled

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "data" / "acled_style.jsonl",
        ROOT / "benchmarks" / "data" / "acled_heldout.jsonl",
        ROOT / "benchmarks" / "data" / "acled_heldout2.jsonl"]
KEYS = ("event_type", "sub_event_type", "fatalities", "country", "admin1", "location", "inter1",
        "inter2")
_INTER = {
    "State forces": "state", "Rebel group": "rebel", "Political militia": "political_militia",
    "Identity militia": "identity_militia", "Rioters": "rioters", "Protesters": "protesters",
    "Civilians": "civilians", "External/Other forces": "external",
}
# (older exports write the inter codes as numbers, 1 to 8, in the same order)
_INTER.update({str(code): kind for code, kind in enumerate(dict.fromkeys(_INTER.values()), 1)})


def coded(text: str) -> dict[str, object]:
    """What eventkit codes for the description: its first actual ACLED event."""
    found = eventkit.extract(text, published=None)
    events = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    if not events:
        return dict.fromkeys(KEYS)
    return _codes(events[0])


def _codes(event: eventkit.Event) -> dict[str, object]:
    """An event's ACLED codes, keyed as the cases are."""
    row = acled.to_row(event)
    location = event.location
    return {
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "fatalities": event.fatalities or 0,
        "country": location.country if location else None,
        "admin1": row["admin1"] or None,  # as ACLED spells it
        "location": location.name if location else None,
        "inter1": _INTER.get(row["inter1"]),
        "inter2": _INTER.get(row["inter2"]),
    }


def _matches(key: str, want: object, got: object) -> bool:
    if key == "location" and isinstance(want, str) and isinstance(got, str):
        return want.lower() in got.lower() or got.lower() in want.lower()
    if key == "admin1" and isinstance(want, str) and isinstance(got, str):
        # ACLED itself writes a region with or without hyphens ("Thi Qar", "Thi-Qar")
        return gazetteer.fold(want) == gazetteer.fold(got)
    return got == want


def export_cases(path: Path) -> list[dict[str, object]]:
    """The cases of an ACLED CSV export: each row's notes, with the row's codes."""
    cases = []
    for event in acled.read(path):
        if not event.notes:
            continue
        cases.append({"text": event.notes, **_codes(event)})
    return cases


def score(path: Path, verbose: bool, export: bool = False) -> dict[str, float]:
    if export:
        cases = export_cases(path)
    else:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line]
    hits = dict.fromkeys(KEYS, 0)
    counts = dict.fromkeys(KEYS, 0)
    for case in cases:
        got = coded(str(case["text"]))
        for key in KEYS:
            if key not in case:
                continue
            counts[key] += 1
            ok = _matches(key, case[key], got[key])
            hits[key] += ok
            if not ok and verbose:
                print(f"  ✗ {key}: want {case[key]!r} got {got[key]!r} | {case['text']!s:.100}")
    result = {key: hits[key] / counts[key] for key in KEYS if counts[key]}
    name = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
    print(f"{name} ({len(cases)} descriptions)")
    for key, value in result.items():
        print(f"  {key:<16} {value:6.1%} ({hits[key]}/{counts[key]})")
    return result


def main(argv: list[str] | None = None) -> dict[str, dict[str, float]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--cases", type=Path, action="append")
    parser.add_argument("--export", type=Path, action="append",
                        help="an ACLED CSV export whose notes to code (repeatable)")
    args = parser.parse_args(argv)
    if args.export:
        return {path.stem: score(path, args.verbose, export=True) for path in args.export}
    return {path.stem: score(path, args.verbose) for path in (args.cases or SETS)}


if __name__ == "__main__":
    main()
