"""Construct and validate N Events, round-trip them through JSON Lines, compare with plain json.

Prints events/s for each phase, the ratio of the JSON Lines round trip to ``json.dumps`` /
``json.loads`` of the equivalent plain dicts in the same run, and peak memory (max RSS of a child
process) for a small and a large file, to show that memory stays flat as the file grows.

    python benchmarks/bench_jsonl.py --rows 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

import eventkit as ek
from eventkit.formats import jsonl

IRAN = ek.Actor(
    name="Islamic Revolutionary Guard Corps", kind="military", country="IRN", cameo="IRNMIL"
)
ARMENIA = ek.Actor(name="Armenia", kind="state", country="ARM", cameo="ARM")
PLACE = ek.Location(
    name="Norduz",
    country="IRN",
    admin1="East Azerbaijan",
    latitude=38.87,
    longitude=46.2,
    geo_precision=1,
)


def make_events(count: int) -> Iterator[ek.Event]:
    start = dt.date(2025, 1, 1)
    for index in range(count):
        yield ek.Event(
            date=ek.FuzzyDate.day(start + dt.timedelta(days=index % 365)),
            cameo="062" if index % 2 else "190",
            plover="COOPERATE" if index % 2 else "ASSAULT",
            actor1=IRAN,
            actor2=ARMENIA,
            location=PLACE,
            fatalities=index % 7,
            evidence=[ek.Span(start=index % 1000, end=index % 1000 + 12, label="trigger")],
            tags=("seed",),
        )


def timed(label: str, count: int, function) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    function()
    seconds = time.perf_counter() - began
    print(f"{label:<42} {count / seconds:>12,.0f} events/s  ({seconds:.2f} s)")
    return seconds


def peak_rss_mb(rows: int) -> float:
    """Max RSS of a child process that writes and reads back ``rows`` events."""
    child = subprocess.run(
        [sys.executable, __file__, "--rows", str(rows), "--memory-child"],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(child.stdout.strip())


def memory_child(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "events.jsonl")
        jsonl.write(make_events(rows), path)
        for _ in jsonl.read(path):
            pass
    print(peak_of_this_process_mb())


def peak_of_this_process_mb() -> float:
    # VmHWM belongs to this process image; ru_maxrss would include the forking parent's peak.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.rows)
        return
    rows = args.rows
    print(f"eventkit {ek.__version__}, {rows:,} events, Python {sys.version.split()[0]}")
    timed("construct + validate Event", rows, lambda: sum(1 for _ in make_events(rows)))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "events.jsonl")
        plain_path = os.path.join(folder, "plain.jsonl")
        # A pool of distinct events, cycled: the write times unstructuring and dumping only.
        pool = list(make_events(1000))
        write_s = timed(
            "jsonl.write (unstructure + dumps)",
            rows,
            lambda: jsonl.write(itertools.islice(itertools.cycle(pool), rows), path),
        )
        read_s = timed(
            "jsonl.read (loads + structure + validate)",
            rows,
            lambda: sum(1 for _ in jsonl.read(path)),
        )

        # Baseline: the same records as plain dicts, json.dumps / json.loads line by line.
        with open(path, encoding="utf-8") as handle:
            plain = [json.loads(line) for line in handle]

        def plain_write() -> None:
            dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
            with open(plain_path, "w", encoding="utf-8") as out:
                for record in plain:
                    out.write(dumps(record))
                    out.write("\n")

        def plain_read() -> None:
            with open(plain_path, encoding="utf-8") as handle:
                for line in handle:
                    json.loads(line)

        base_write = timed("baseline json.dumps of plain dicts", rows, plain_write)
        base_read = timed("baseline json.loads of plain dicts", rows, plain_read)
        # The round trip includes building the events, as a pipeline would.
        ratio = (write_s + read_s) / (base_write + base_read)
        print(f"round-trip ratio to plain json: {ratio:.2f}x  (target <= 3x)")
        print(f"  write ratio {write_s / base_write:.2f}x, read ratio {read_s / base_read:.2f}x")
    small, large = max(rows // 10, 1000), rows
    small_mb, large_mb = peak_rss_mb(small), peak_rss_mb(large)
    print(
        f"peak RSS: {small:,} events {small_mb:.0f} MB, {large:,} events {large_mb:.0f} MB "
        f"(growth {large_mb / small_mb:.2f}x for {large / small:.0f}x the events)"
    )


if __name__ == "__main__":
    main()
