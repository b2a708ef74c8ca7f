"""Write and read back N ACLED rows and N GDELT rows; compare with csv.writer/csv.reader on the
same values as plain tuples, in the same run.

    python benchmarks/bench_tables.py            # 1,000,000 rows each
    python benchmarks/bench_tables.py --rows 20000
    python benchmarks/bench_tables.py --repeat 3 # each phase 3 times in turn, the best kept

Prints rows/s, the ratio to the plain csv baseline (target: writing <= 2.5x, reading <= 4x)
and the peak resident memory growth of each phase (flat: it must not grow with --rows).
Events are drawn in turn from a pool of distinct events, so building them is not timed. GDELT
rows have what real exports fill and eventkit does not model (counts, tone, the actors'
places, DATEADDED), kept in extras when read.
Times are the CPU time of this process (user + system), which other jobs on a shared machine
disturb far less than the wall clock; still, with ``--repeat`` the four phases run again in
turn and each keeps its fastest time (memory growth is that of the first run: peak resident
memory only grows).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import itertools
import os
import resource
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventkit import Actor, Event, FuzzyDate, Location
from eventkit.codebooks import acled_sub_event_types
from eventkit.formats import acled, gdelt

POOL = 5000


def _pool() -> list[Event]:
    subs = [record.sub_event_type for record in acled_sub_event_types]
    places = [("Maiduguri", "NGA", "Borno", 11.8333, 13.15), ("Nairobi", "KEN", "Nairobi",
              -1.2833, 36.8167), ("Zahedan", "IRN", "Sistan and Baluchestan", 29.4963, 60.8629),
              ("Goma", "COD", "Nord-Kivu", -1.6792, 29.2228)]
    actors = [Actor(name="Military Forces of Nigeria (2023-)", kind="military", country="NGA",
                    cameo="NGAMIL"),
              Actor(name="Protesters (Kenya)", kind="protesters", country="KEN", cameo="KENCVL"),
              Actor(name="Jaish al-Adl", kind="rebel", cameo="IRNREB"),
              Actor(name="M23: March 23 Movement", kind="rebel", cameo="CODREB"),
              Actor(name="Civilians (Nigeria)", kind="civilians", country="NGA", cameo="NGACVL")]
    codes = ["190", "193", "195", "141", "145", "173", "043", "062", "112", "010"]
    events = []
    for index in range(POOL):
        name, iso3, admin1, lat, lon = places[index % len(places)]
        events.append(Event(
            id=f"X{index}",
            date=FuzzyDate.day(dt.date(2024, 1, 1) + dt.timedelta(days=index % 700)),
            cameo=codes[index % len(codes)],
            acled_sub_event_type=subs[index % len(subs)],
            actor1=actors[index % len(actors)], actor2=actors[(index * 7 + 1) % len(actors)],
            location=Location(name=f"{name} {index % 50}", country=iso3, admin1=admin1,
                              latitude=round(lat + index % 97 / 1000, 4),
                              longitude=round(lon + index % 89 / 1000, 4), geo_precision=1),
            fatalities=index % 13,
            notes=f'On day {index}, "forces" clashed, near {name}; {index % 5} killed.',
            extras=(("source", "Reuters; BBC"), ("timestamp", str(1_700_000_000 + index)),
                    *_gdelt_filled(index, places)),
        ))
    return events


def _gdelt_filled(index: int, places: list[tuple[str, str, str, float, float]]) -> tuple[
    tuple[str, str], ...
]:
    """The GDELT columns a real export fills and eventkit does not model (counts, tone, the
    actors' places, DATEADDED): the reader keeps them in extras, which costs time per row."""
    name, _, _, lat, lon = places[(index * 3) % len(places)]
    return (
        ("IsRootEvent", str(index % 2)), ("NumMentions", str(1 + index % 9)),
        ("NumSources", str(1 + index % 3)), ("NumArticles", str(1 + index % 9)),
        ("AvgTone", f"{(index % 200 - 100) / 13:.6f}"),
        ("Actor1Geo_Type", "4"), ("Actor1Geo_FullName", name), ("Actor1Geo_Lat", str(lat)),
        ("Actor1Geo_Long", str(lon)), ("DATEADDED", str(20240101000000 + index % 96 * 1500)),
    )


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    before = _rss_mb()
    start = time.process_time()
    run()
    return time.process_time() - start, _rss_mb() - before


def _cycle(items: list[Event] | list[tuple[str, ...]], rows: int) -> Iterator[object]:
    return itertools.islice(itertools.cycle(items), rows)


def bench(
    name: str, module: object, rows: int, directory: Path, tsv: bool, repeat: int = 1
) -> None:
    pool = _pool()
    to_row = module.to_row  # type: ignore[attr-defined]
    tuples = [tuple(to_row(event).values()) for event in pool]
    path, plain = directory / f"{name}.out", directory / f"{name}.plain"
    dialect: dict[str, object] = (
        {"delimiter": "\t", "quoting": csv.QUOTE_NONE, "lineterminator": "\n"}
        if tsv else {"lineterminator": "\n"}
    )

    def write_plain() -> None:
        with plain.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, **dialect)  # type: ignore[arg-type]
            if not tsv:
                writer.writerow(acled.COLUMNS)
            writer.writerows(_cycle(tuples, rows))  # type: ignore[arg-type]

    def read_plain() -> None:
        with plain.open("r", encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, **{k: v for k, v in dialect.items()  # type: ignore[arg-type]
                                           if k != "lineterminator"})
            collections.deque((tuple(row) for row in reader), maxlen=0)

    def write_ours() -> None:
        module.write(_cycle(pool, rows), path)  # type: ignore[attr-defined]

    def read_ours() -> None:
        collections.deque(module.read(path), maxlen=0)  # type: ignore[attr-defined]

    results: dict[str, tuple[float, float]] = {}
    for _ in range(repeat):
        for label, run in (("csv.writer", write_plain), ("write", write_ours),
                           ("csv.reader", read_plain), ("read", read_ours)):
            seconds, grew = _timed(run)
            best, first_growth = results.get(label, (seconds, grew))
            results[label] = (min(best, seconds), first_growth)
    size = os.path.getsize(path) / 1e6
    print(f"\n{name}: {rows:,} rows, {size:.1f} MB")
    for ours, base in (("write", "csv.writer"), ("read", "csv.reader")):
        seconds, grew = results[ours]
        base_seconds, base_grew = results[base]
        print(f"  {ours:5s} {rows / seconds:12,.0f} rows/s  ({seconds:6.2f} s)  "
              f"x{seconds / base_seconds:4.1f} of {base} ({rows / base_seconds:,.0f} rows/s)  "
              f"peak RSS growth {grew:6.1f} MB (baseline {base_grew:.1f} MB)")


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--only", choices=("acled", "gdelt"))
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the phases this many times in turn; keep each one's best")
    args = parser.parse_args(list(argv) if argv is not None else None)
    with tempfile.TemporaryDirectory() as directory:
        if args.only in (None, "acled"):
            bench("acled", acled, args.rows, Path(directory), tsv=False, repeat=args.repeat)
        if args.only in (None, "gdelt"):
            bench("gdelt", gdelt, args.rows, Path(directory), tsv=True, repeat=args.repeat)


if __name__ == "__main__":
    main()
