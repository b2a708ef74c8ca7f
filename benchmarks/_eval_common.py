"""Shared helpers of the evaluation programs ``benchmarks/eval_*.py``.

The evaluation material is never copied into the repository: it is read at run time from
``../shared/corpus/`` (relative to the repository root). When the development corpus is absent the
programs print ``skipped: ../shared/corpus/dev not present`` and exit 0.

Helpers: where the corpus is, a JSON Lines reader, lenient date parsing, one-to-one span matching
(exact or overlapping), precision/recall/F1, country comparison that understands the non-ISO
CAMEO codes (IGO, UNO, EUR, ...), the seed article and its gold, and a tiny report printer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
DEV = CORPUS / "dev"
SEED = CORPUS / "seed"
SKIPPED_DEV = "skipped: ../shared/corpus/dev not present"

SEED_NAME = "iran_armenia_drills"


# ---------------------------------------------------------------------------------------------
# command line and data


def parse_args(argv: Sequence[str] | None, description: str) -> argparse.Namespace:
    """``--limit N`` (records per data set) and ``--verbose`` (print every failure)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--limit", type=int, default=None, help="at most N records per data set")
    parser.add_argument("--verbose", action="store_true", help="print each failure")
    return parser.parse_args(list(argv) if argv is not None else None)


def dev_present() -> bool:
    return DEV.is_dir()


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The records of a JSON Lines file (blank lines skipped), at most ``limit`` of them."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def seed_extraction(report: Any, title: str) -> tuple[Any, dict[str, Any]] | None:
    """Open a report section on the seed article and extract it: ``(extraction, gold)``, or
    None (with a line saying so) when the seed is not present."""
    report.section(f"{title} (iran_armenia_drills.gold.json)")
    seed = seed_files()
    if seed is None:
        report.line("seed", "skipped: seed article not present")
        return None
    text, gold = seed
    extract, _ = api()
    return extract(text, published=gold.get("published")), gold


def seed_files() -> tuple[str, dict[str, Any]] | None:
    """The seed article's text and gold: ``../shared/corpus/seed``, else the repository's copies."""
    candidates = [
        (SEED / f"{SEED_NAME}.txt", SEED / f"{SEED_NAME}.gold.json"),
        (ROOT / "examples" / f"{SEED_NAME}.txt",
         ROOT / "tests" / "data" / f"{SEED_NAME}.gold.json"),
    ]
    for text_path, gold_path in candidates:
        if text_path.is_file() and gold_path.is_file():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            return text_path.read_text(encoding="utf-8"), gold
    return None


_API: dict[str, Any] = {}


def api() -> tuple[Any, Any]:
    """``(extract, resolve_actor)``, with the dictionaries built once (the first call is slow)."""
    if not _API:
        from eventkit.extract import extract, resolve_actor

        extract("Nigerian troops clashed with ISWAP militants near Gwoza.", published="2020-05-05")
        _API["extract"], _API["resolve_actor"] = extract, resolve_actor
    return _API["extract"], _API["resolve_actor"]


_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}


def parse_date(value: Any) -> dt.date | None:
    """ISO dates, "10 May 2015", "October 1, 2021"; None for "today", "" and anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)
    if m and m.group(2).lower() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
    if m and m.group(1).lower() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# codes

# CAMEO "country" codes that are not ISO 3166 alpha-3 countries: international and regional
# organisations and other collectives. An expected code from this set counts as matched when the
# actor's CAMEO code starts with it, or when the actor is an IGO (kind == "igo").
NON_ISO_CODES = frozenset({
    "IGO", "UNO", "EUR", "NGO", "NGM", "MNC", "AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF",
    "EEU", "LAM", "MEA", "MDE", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
    "SCN", "BFR", "INT", "IMG", "UIS", "PKO",
})


def country_ok(expected: str, actor: Any) -> bool:
    """Does ``actor`` (an Actor or None) carry the expected CAMEO country code?

    '' means no country is expected: right when there is no actor or it has no country.
    Non-ISO codes (IGO, UNO, EUR, ...): right when actor.cameo starts with the code or the actor
    is an IGO. Otherwise compare with actor.country, falling back to actor.cameo[:3].
    """
    expected = (expected or "").strip().upper()
    if not expected:
        return actor is None or actor.country is None
    if actor is None:
        return False
    cameo = (actor.cameo or "").upper()
    if expected in NON_ISO_CODES:
        return cameo.startswith(expected) or actor.kind == "igo"
    return actor.country == expected or (actor.country is None and cameo[:3] == expected)


def code_found(expected: str, codes: Iterable[str | None], *, root: bool = False) -> bool:
    """Is the CAMEO event code among ``codes`` (or, with ``root``, its two-digit root)?"""
    found = [c for c in codes if c]
    if expected in found:
        return True
    return root and any(c[:2] == expected[:2] for c in found)


# ---------------------------------------------------------------------------------------------
# spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, exact: bool = False
) -> list[tuple[int, int]]:
    """One-to-one matching of gold and predicted (start, end) spans; returns index pairs.

    Exact: identical offsets. Lenient: any character overlap, the largest overlaps first.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if exact:
                if g == p:
                    candidates.append((1, i, j))
            else:
                size = overlap(g, p)
                if size > 0:
                    candidates.append((size, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------------------------------------
# reporting


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "  n/a (0/0)"


class Report:
    """Prints aligned sections and collects the one-line summary."""

    def __init__(self, title: str, *, verbose: bool = False) -> None:
        self.verbose = verbose
        self.summary: list[str] = []
        self.failures: Counter[str] = Counter()
        self.examples: dict[str, str] = {}
        print(title)
        print("=" * len(title))

    def section(self, title: str) -> None:
        print()
        print(title)
        print("-" * len(title))

    def line(self, label: str, value: Any, target: str | None = None) -> None:
        suffix = f"   (target {target})" if target else ""
        print(f"  {label:<44} {value}{suffix}")

    def ratio(self, label: str, n: int, d: int, target: float | None = None) -> str:
        mark = ""
        if target is not None and d:
            mark = "  ok" if n / d >= target else "  BELOW"
        tgt = f">= {100 * target:.0f}%" if target is not None else None
        self.line(label, pct(n, d) + mark, tgt)
        return f"{100 * n / d:.1f}%" if d else "n/a"

    def prf(self, label: str, tp: int, fp: int, fn: int, target: float | None = None) -> str:
        p, r, f = prf(tp, fp, fn)
        mark = ""
        if target is not None and tp + fp + fn:
            mark = "  ok" if f >= target else "  BELOW"
        tgt = f"F1 >= {target:.2f}" if target is not None else None
        self.line(label, f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn}){mark}", tgt)
        return f"{f:.2f}"

    def item(self, ok: bool, text: str) -> None:
        print(f"    {'✓' if ok else '✗'} {text}")

    def fail(self, pattern: str, detail: str) -> None:
        """Record a failure under a pattern; print it with --verbose."""
        self.failures[pattern] += 1
        self.examples.setdefault(pattern, detail)
        if self.verbose:
            print(f"    ✗ [{pattern}] {detail}")

    def patterns(self, title: str = "failure patterns", top: int = 10) -> None:
        if not self.failures:
            return
        print(f"  {title} (count, pattern, first example):")
        for pattern, count in self.failures.most_common(top):
            print(f"    {count:4d}  {pattern}")
            print(f"          e.g. {clip(self.examples[pattern], 110)}")
        self.failures.clear()
        self.examples.clear()

    def add(self, text: str) -> None:
        self.summary.append(text)

    def finish(self) -> None:
        print()
        print("SUMMARY: " + "; ".join(self.summary))


def clip(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def iter_limited(items: Iterable[Any], limit: int | None) -> Iterator[Any]:
    for n, item in enumerate(items):
        if limit is not None and n >= limit:
            return
        yield item
