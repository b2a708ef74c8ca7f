"""Evaluate quotes and reported speech.

    python benchmarks/eval_statements.py [--limit N] [--verbose]

Seed: a predicted statement matches a gold statement (one-to-one) when the speaker's surname is
the gold speaker's surname and the quote contains the gold ``quote_starts`` (case and quote marks
ignored). Precision/recall/F1 over (speaker, statement) pairs; over matched pairs, how often the
direct flag, the cue and the date (day, or the stated precision) agree.
Dev articles (``corpus/dev/articles/*.txt``, no statement gold): counts, and each statement's
speaker, flag, cue and first 60 characters, for eyeballing. ``# key: value`` header lines are
dropped; ``# date:`` is the publication date when it parses.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval_common import (
    DEV,
    SKIPPED_DEV,
    Report,
    api,
    clip,
    dev_present,
    parse_args,
    parse_date,
    seed_extraction,
)


def _norm(text: str) -> str:
    text = re.sub(r"[“”\"‘’']", "", text.casefold())
    return " ".join(text.split())


def _surname(name: str | None) -> str:
    return (name or "").split()[-1].casefold() if name and name.split() else ""


def _date_ok(g: dict[str, Any], s: Any) -> bool | None:
    d = s.date
    if "date" in g:
        return d is not None and d.start is not None and d.start.isoformat() == g["date"] and (
            d.precision == "day")
    if "date_precision" in g:
        return d is not None and d.precision == g["date_precision"]
    return None


def _seed(report: Report) -> list[str]:
    found = seed_extraction(report, "seed statements")
    if found is None:
        return []
    x, gold = found
    preds = list(x.statements)
    golds = gold.get("statements", [])
    used: set[int] = set()
    matched: list[tuple[dict[str, Any], Any]] = []
    for g in golds:
        want = _norm(g["quote_starts"])
        surname = _surname(g["speaker"])
        hit = None
        for j, s in enumerate(preds):
            if j in used or want not in _norm(s.quote):
                continue
            if _surname(s.speaker.name if s.speaker else None) == surname:
                hit = j
                break
        if hit is None:
            near = [s for s in preds if want in _norm(s.quote)]
            why = ("quote found, speaker " + repr(near[0].speaker.name if near[0].speaker else None)
                   if near else "quote not found")
            report.item(False, f"{g['speaker']:<18} {clip(g['quote_starts'], 44):<44} {why}")
            report.fail("seed: " + why.split(",")[0], f"{g['speaker']}: {g['quote_starts']!r}")
            continue
        used.add(hit)
        s = preds[hit]
        matched.append((g, s))
        flags = [f"direct {'ok' if s.direct == g['direct'] else 'WRONG'}",
                 f"cue {s.cue!r}" + ("" if (s.cue or "") == g["cue"] else f" (want {g['cue']!r})")]
        date = _date_ok(g, s)
        if date is not None:
            flags.append(f"date {'ok' if date else 'WRONG'} ({_fmt_date(s.date)})")
        report.item(True, f"{g['speaker']:<18} {clip(g['quote_starts'], 44):<44} "
                    + ", ".join(flags))
    for j, s in enumerate(preds):
        if j not in used:
            who = s.speaker.name if s.speaker else None
            report.item(False, f"extra: {who!s:<11} {clip(s.quote, 44):<44} cue {s.cue!r}")
            report.fail("seed: extra statement", f"{who}: {clip(s.quote, 60)!r}")
    tp = len(matched)
    f1 = report.prf("(speaker, statement)", tp, len(preds) - tp, len(golds) - tp)
    report.ratio("direct flag right (matched)", sum(s.direct == g["direct"] for g, s in matched),
                 tp)
    report.ratio("cue right (matched)", sum((s.cue or "") == g["cue"] for g, s in matched), tp)
    dated = [(g, s) for g, s in matched if _date_ok(g, s) is not None]
    report.ratio("date right (matched, dated gold)", sum(bool(_date_ok(g, s)) for g, s in dated),
                 len(dated))
    report.patterns()
    return [f"seed statements F1 {f1} ({tp}/{len(golds)} gold, {len(preds)} predicted)"]


def _fmt_date(d: Any) -> str:
    if d is None:
        return "None"
    return f"{d.start}..{d.end} {d.precision}" if d.end and d.end != d.start else (
        f"{d.start} {d.precision}")


def _article(path: Path) -> tuple[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    published = None
    body = []
    for line in lines:
        m = re.match(r"#\s*(\w+):\s*(.*)", line)
        if m and not body:
            if m.group(1) == "date":
                published = parse_date(m.group(2))
            continue
        body.append(line)
    return "\n".join(body).strip("\n"), published


def _dev(report: Report, limit: int | None) -> list[str]:
    report.section("dev articles (corpus/dev/articles, no gold: for eyeballing)")
    extract, _ = api()
    paths = sorted((DEV / "articles").glob("*.txt"))
    if limit is not None:
        paths = paths[:limit]
    total = direct = unattributed = 0
    for path in paths:
        text, published = _article(path)
        x = extract(text, published=published)
        n_direct = sum(s.direct for s in x.statements)
        print(f"  {path.name}: {len(x.statements)} statements ({n_direct} direct), "
              f"published {published}")
        for s in x.statements:
            who = s.speaker.name if s.speaker else "—"
            kind = "direct  " if s.direct else "reported"
            print(f"    {who[:26]:<26} {kind} {str(s.cue)[:12]:<12} {clip(s.quote, 60)}")
        total += len(x.statements)
        direct += n_direct
        unattributed += sum(s.speaker is None for s in x.statements)
    report.line("articles", len(paths))
    report.line("statements (direct / without speaker)", f"{total} ({direct} / {unattributed})")
    return [f"dev articles {total} statements in {len(paths)} articles"]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv, __doc__.splitlines()[0])
    if not dev_present():
        print(SKIPPED_DEV)
        return 0
    report = Report("eventkit statement evaluation", verbose=args.verbose)
    report.summary += _seed(report)
    report.summary += _dev(report, args.limit)
    report.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
