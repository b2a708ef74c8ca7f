"""Adversarial inputs for every regular expression in eventkit, for `extract` and for each
reader: time at 10 KB, 100 KB and 1 MB, and the growth ratio (linear is ~10x per 10x).

Run: ``python benchmarks/bench_regex.py [--sizes 10000,100000,1000000] [--quick]``

Each pattern is collected from the package's module globals (every ``re.Pattern``), plus the
few written inline. For each pattern and each adversarial text (long runs of what patterns
repeat: letters, digits, spaces, dots, commas, quotes, brackets left open, ``a.a.a.``...),
``finditer`` (search semantics) and ``fullmatch`` are timed. A pattern whose time grows more
than 30x per 10x of input is reported as SUPERLINEAR; larger sizes are then not run (a
quadratic pattern on 1 MB would take hours). Benchmarks are programs, not tests: nothing
here fails on timing, but the exit status is 1 when a pattern is superlinear.

The reference is a plain baseline measured in the same run: ``str.count`` over the same text.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import pkgutil
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator

import eventkit

SUPERLINEAR = 30.0  # growth per 10x of input above which a pattern is reported
#: Patterns written inline (``re.search(r"...", text)``), which module globals do not hold.
INLINE = {
    "extract._petrarch (agent code)": re.compile(r"[A-Z0-9]+"),
    "extract._petrarch (agent braces)": re.compile(r"\{([^{}]*)\}"),
    "extract._petrarch (substitution)": re.compile(r"!(\w+)!"),
    "extract._petrarch (issue prefix)": re.compile(r"\b[a-z]:"),
    "extract._statements (content words)": re.compile(r"[a-z]+"),
}


def patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern in eventkit's modules, by ``module.NAME``."""
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(eventkit.__path__, "eventkit."):
        if info.name.rsplit(".", 1)[-1].startswith(("build_", "plots", "notebook", "distributed")):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # optional extras (pandas, dask...) not installed
            continue
        for name, value in vars(module).items():
            prefix = f"{info.name.removeprefix('eventkit.')}.{name}"
            if isinstance(value, re.Pattern) and value.pattern:
                found.setdefault(prefix, value)
            elif isinstance(value, tuple):  # a family of patterns ("_CODED_FATALITIES")
                for index, member in enumerate(value):
                    if isinstance(member, re.Pattern) and member.pattern:
                        found.setdefault(f"{prefix}[{index}]", member)
    for name, value in INLINE.items():
        found[name] = value
    return found


#: Adversarial texts: ``make(size)`` returns about ``size`` characters.
def _run(unit: str, tail: str = "") -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit)) + tail


TEXTS: dict[str, Callable[[int], str]] = {
    "letters": _run("a", "!"),
    "capitals": _run("A", "!"),
    "digits": _run("1", "x"),
    "sign+digits": lambda size: "-" + "1" * size + "x",
    "spaces": _run(" ", "x"),
    "newlines": _run("\n", "x"),
    "blank lines": _run("\n \t", "x"),
    "dots": _run("."),
    "initials a.a.": _run("a.", "b"),
    "numbers 1,1,": _run("1,", "x"),
    "a million commas": _run(","),
    "dashes": _run("-", "x"),
    "- - -": _run(" - ", "\nx"),
    "unclosed quotes": _run('"', "x"),
    "unclosed quote then text": lambda size: '"' + "word " * (size // 5),
    "open brackets": _run("["),
    "close then open brackets": lambda size: "]" * (size // 2) + "[" * (size // 2),
    "open braces": _run("{"),
    "close then open braces": lambda size: "}" * (size // 2) + "{" * (size // 2),
    "parentheses": _run("("),
    "words": _run("word ", "!"),
    "word'word'": _run("a'", "'"),
    "digit words 1st": _run("1st ", "x"),
    "month day runs": _run("May 1 ", "x"),
    "dates 1/1/": _run("1/1/", "x"),
    "weekday runs": _run("Monday ", "x"),
    "mixed punctuation": _run("a-1.b,c'd\"e(f", "!"),
    "code blocks AAA": _run("ABC", "!"),
    "substitutions !X!": _run("!X", "!"),
    "nested quotes": lambda size: "\u201c'\"" * (size // 3),
    "Government of": lambda size: "Government of " + " - " * (size // 3) + "\nx",
}


def _time(function: Callable[[], object], budget: float = 0.05) -> float:
    """Best of a few runs (at least one; more while under ``budget`` seconds)."""
    best = float("inf")
    spent = 0.0
    while spent < budget:
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        if elapsed > budget / 3:
            break
    return best


def _regex_work(pattern: re.Pattern[str], text: str) -> Callable[[], object]:
    def work() -> object:
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        return pattern.fullmatch(text)

    return work


def grow(work: Callable[[str], Callable[[], object]], make: Callable[[int], str],
         sizes: list[int]) -> tuple[list[float], float]:
    """Times at each size and the worst growth ratio per 10x; stops at the first superlinear
    step (or when a step takes over 20 s)."""
    times: list[float] = []
    worst = 0.0
    for size in sizes:
        text = make(size)
        seconds = _time(work(text))
        if times:
            factor = size / sizes[len(times) - 1]
            ratio = _ratio(times[-1], seconds, factor)
            if ratio > SUPERLINEAR:  # on a shared machine, measure again before flagging
                times[-1] = min(times[-1], _time(work(make(sizes[len(times) - 1])), 0.5))
                seconds = min(seconds, _time(work(text), 0.5))
                ratio = _ratio(times[-1], seconds, factor)
            worst = max(worst, ratio)
        times.append(seconds)
        if worst > SUPERLINEAR or seconds > 20:
            break
    return times, worst


def _ratio(before: float, after: float, factor: float) -> float:
    """Growth per 10x of input; below 0.1 ms the clock is noise, so that is the floor."""
    return (max(after, 1e-4) / max(before, 1e-4)) ** (1 / max(1e-9, _log10(factor)))


def _log10(value: float) -> float:
    import math

    return math.log10(value)


def bench_regexes(sizes: list[int], only: str | None = None) -> list[tuple[str, str, float]]:
    flagged = []
    found = patterns()
    print(f"{len(found)} patterns x {len(TEXTS)} adversarial texts; sizes {sizes}\n")
    print(f"{'pattern':<48} {'worst text':<26} " + " ".join(f"{s:>10,}" for s in sizes)
          + "   growth/10x")
    for name, pattern in sorted(found.items()):
        if only and only not in name:
            continue
        worst_name, worst_times, worst_ratio = "", [], 0.0
        for text_name, make in TEXTS.items():
            times, ratio = grow(lambda text, p=pattern: _regex_work(p, text), make, sizes)
            total = sum(times)
            if ratio > worst_ratio or ((not worst_times or total > sum(worst_times)) and (
                ratio >= worst_ratio
            )):
                worst_name, worst_times, worst_ratio = text_name, times, ratio
        mark = "  SUPERLINEAR" if worst_ratio > SUPERLINEAR else ""
        cells = " ".join(f"{t * 1000:>8.2f}ms" for t in worst_times)
        print(f"{name:<48} {worst_name:<26} {cells}   {worst_ratio:6.1f}x{mark}", flush=True)
        if mark:
            flagged.append((name, worst_name, worst_ratio))
    return flagged


# -- extract and the readers on the same kinds of text -------------------------------------------

def _extract_work(text: str) -> Callable[[], object]:
    return lambda: eventkit.extract(text, published="2024-01-01")


def _acled_text(cell: str) -> str:
    from eventkit.formats import acled

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(acled.COLUMNS)
    row = ["" for _ in acled.COLUMNS]
    row[acled.COLUMNS.index("notes")] = cell
    row[acled.COLUMNS.index("actor1")] = "Government of " + cell[:200]
    writer.writerow(row)
    return buffer.getvalue()


def _reader_work(reader: str) -> Callable[[str], Callable[[], object]]:
    from eventkit.formats import acled, gdelt, jsonl, phoenix, plover

    def work(text: str) -> Callable[[], object]:
        if reader == "acled (one field)":
            data = _acled_text(text)
            return lambda: (r := acled.read(io.StringIO(data), errors="collect"), list(r))
        if reader == "acled (raw text)":
            data = ",".join(acled.COLUMNS) + "\n" + text
            return lambda: (r := acled.read(io.StringIO(data), errors="collect"), list(r))
        if reader == "gdelt":
            return lambda: (r := gdelt.read(io.StringIO(text), errors="collect"), list(r))
        if reader == "phoenix":
            return lambda: (r := phoenix.read(io.StringIO(text), errors="collect"), list(r))
        if reader == "petrarch output":
            return lambda: (r := phoenix.read_petrarch(io.StringIO(text), errors="collect"),
                            list(r))
        if reader == "jsonl (one string)":
            data = json.dumps({"type": "Event", "notes": text}) + "\n"
            return lambda: list(jsonl.read(io.StringIO(data), errors="collect"))
        if reader == "plover (raw text)":
            return lambda: list(plover.read(io.StringIO(text), errors="collect"))
        raise ValueError(reader)

    return work


READER_TEXTS = ("a million commas", "unclosed quotes", "newlines", "words", "open brackets",
                "- - -", "digits", "mixed punctuation")
EXTRACT_TEXTS = ("words", "unclosed quote then text", "a million commas", "initials a.a.",
                 "nested quotes", "mixed punctuation", "month day runs", "newlines",
                 "capitals", "open brackets")


def bench_pipeline(sizes: list[int]) -> list[tuple[str, str, float]]:
    flagged = []
    print(f"\n{'extract / reader':<48} {'text':<26} " + " ".join(f"{s:>10,}" for s in sizes)
          + "   growth/10x")
    jobs: list[tuple[str, str, Callable[[str], Callable[[], object]]]] = [
        ("extract", name, _extract_work) for name in EXTRACT_TEXTS
    ]
    for reader in ("acled (one field)", "acled (raw text)", "gdelt", "phoenix",
                   "petrarch output", "jsonl (one string)", "plover (raw text)"):
        jobs += [(reader, name, _reader_work(reader)) for name in READER_TEXTS]
    for label, text_name, work in jobs:
        times, ratio = grow(work, TEXTS[text_name], sizes)
        mark = "  SUPERLINEAR" if ratio > SUPERLINEAR else ""
        cells = " ".join(f"{t * 1000:>8.1f}ms" for t in times)
        print(f"{label:<48} {text_name:<26} {cells}   {ratio:6.1f}x{mark}", flush=True)
        if mark:
            flagged.append((label, text_name, ratio))
    return flagged


def bench_bounds() -> None:
    """The issue's sizes: a 100 MB CSV field, a 10 MB article, a million-line file."""
    from eventkit.formats import acled

    print("\nbounds (time, peak traced memory)")

    def report(label: str, function: Callable[[], object], baseline: float | None = None) -> None:
        tracemalloc.start()
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ratio = f"  ({elapsed / baseline:.1f}x the baseline)" if baseline else ""
        print(f"  {label:<56} {elapsed:8.2f}s  peak {peak / 2**20:8.1f} MiB{ratio}", flush=True)

    previous_limit = csv.field_size_limit(200_000_000)  # the documented way to read it
    field = _acled_text("x" * 100_000_000)
    start = time.perf_counter()
    list(csv.reader(io.StringIO(field)))
    baseline = time.perf_counter() - start
    print(f"  {'csv.reader on the same 100 MB field (baseline)':<56} {baseline:8.2f}s")
    report("acled.read: one 100 MB field", lambda: list(acled.read(io.StringIO(field))), baseline)
    field = ""  # free the 100 MB before the next case
    csv.field_size_limit(previous_limit)
    lines = "".join(_lines())
    report("acled.read: a 1,000,000-line file (errors='collect')",
           lambda: _count(acled.read(io.StringIO(lines), errors="collect")))
    lines = ""
    # In a child with a time limit: extraction is still superlinear in the number of mentions
    # (docs/hardening.md, "What remains"), and 10 MB of news sentences is all mentions.
    import multiprocessing

    child = multiprocessing.get_context("fork").Process(target=_extract_10mb)
    start = time.perf_counter()
    child.start()
    child.join(EXTRACT_LIMIT)
    if child.is_alive():
        child.terminate()
        child.join()
        print(f"  {'extract: a 10 MB article':<56} did not finish in {EXTRACT_LIMIT} s")
    else:
        print(f"  {'extract: a 10 MB article':<56} {time.perf_counter() - start:8.2f}s")


EXTRACT_LIMIT = 600


def _extract_10mb() -> None:
    article = ("Nigerian troops clashed with ISWAP militants near Gwoza on Monday, the army "
               "said. ") * (10_000_000 // 80)
    eventkit.extract(article, published="2020-05-05")


def _lines() -> Iterator[str]:
    from eventkit.formats import acled

    yield ",".join(acled.COLUMNS) + "\n"
    row = ",".join("" for _ in acled.COLUMNS) + "\n"
    for _ in range(1_000_000):
        yield row


def _count(iterable: Iterator[object]) -> int:
    return sum(1 for _ in iterable)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", help="only patterns whose name contains this")
    parser.add_argument("--skip-pipeline", action="store_true")
    parser.add_argument("--skip-bounds", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    start = time.perf_counter()
    sample = "word " * (sizes[-1] // 5)
    base = _time(lambda: sample.count("w"))
    print(f"baseline: str.count over {sizes[-1]:,} characters: {base * 1000:.2f} ms\n")
    flagged = bench_regexes(sizes, args.only)
    if not args.skip_pipeline and not args.only:
        flagged += bench_pipeline(sizes)
    if not args.skip_bounds and not args.only:
        bench_bounds()
    print(f"\n{len(flagged)} superlinear; total {time.perf_counter() - start:.0f} s")
    for name, text, ratio in flagged:
        print(f"  SUPERLINEAR {name} on {text!r}: {ratio:.0f}x per 10x")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
