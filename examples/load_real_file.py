"""Load a real GDELT or ACLED file and look at it as a table.

    python examples/load_real_file.py [FILE --format acled|gdelt]

Without arguments, reads the small real GDELT 2.0 sample that the tests use
(``tests/formats/fixtures/gdelt2_spark_gdelt.export.CSV``, rows from the GDELT project) and
the hand-made ACLED sample beside it. Bad rows are collected, not fatal.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventkit.formats import acled, gdelt

FIXTURES = Path(__file__).parents[1] / "tests" / "formats" / "fixtures"
SAMPLES = (
    (FIXTURES / "gdelt2_spark_gdelt.export.CSV", "gdelt"),
    (FIXTURES / "acled_all_sub_event_types.csv", "acled"),
)
READERS = {"acled": acled.read, "gdelt": gdelt.read}


def show(path: Path, format_name: str) -> None:
    reader = READERS[format_name](path, errors="collect")
    events = list(reader)
    print(f"{path.name}: {len(events)} events ({format_name}), {len(reader.errors)} bad rows")
    for error in reader.errors:
        print(f"  {error}")
    for event in events[:5]:
        actors = " -> ".join(a.name for a in (event.actor1, event.actor2) if a)
        where = event.location.name if event.location else "-"
        print(f"  {event.date}  CAMEO {event.cameo or '-':<4} "
              f"{event.acled_sub_event_type or '-':<28} {actors[:40]:<40} @ {where[:30]}")
    try:
        from eventkit import frames

        frame = frames.to_pandas(events)
    except ImportError:
        print("  (pip install 'eventkit[pandas]' to see the events as a DataFrame)")
        return
    columns = ["date", "cameo", "quad_class", "acled_event_type", "fatalities", "location_country"]
    print(frame[columns].head().to_string(index=False))
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--format", choices=sorted(READERS), default="acled")
    args = parser.parse_args()
    samples = [(args.file, args.format)] if args.file else SAMPLES
    for path, format_name in samples:
        show(path, format_name)


if __name__ == "__main__":
    main()
