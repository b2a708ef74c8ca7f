"""Plot events on a timeline and a map, and export them as GeoJSON.

    python examples/plot_events.py [EVENTS.csv] [-o OUTDIR]

EVENTS.csv is an ACLED-style file (e.g. from ``build_dataset.py``); without it, the events of
the example article and of the ACLED sample in ``tests/formats/fixtures`` are used. Writes
``timeline.png``, ``map.png`` and ``events.geojson`` to OUTDIR (default: the current folder).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import eventkit
from eventkit import plots  # figures are drawn off-screen: no window, no pyplot
from eventkit.formats import acled

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "tests" / "formats" / "fixtures" / "acled_all_sub_event_types.csv"


def default_events() -> list[eventkit.Event]:
    text = (HERE / "iran_armenia_drills.txt").read_text(encoding="utf-8")
    events = list(eventkit.extract(text, published="2025-04-10").events)
    if SAMPLE.exists():
        events += list(acled.read(SAMPLE))
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("events", nargs="?", type=Path)
    parser.add_argument("-o", "--outdir", type=Path, default=Path("."))
    parser.add_argument("--by", default="acled_event_type", help="column to colour and group by")
    args = parser.parse_args()
    events = list(acled.read(args.events)) if args.events else default_events()
    args.outdir.mkdir(parents=True, exist_ok=True)
    plots.timeline(events, by=args.by).savefig(args.outdir / "timeline.png", dpi=110)
    plots.map(events, by=args.by).savefig(args.outdir / "map.png", dpi=110)
    geojson = plots.to_geojson(events)
    (args.outdir / "events.geojson").write_text(json.dumps(geojson, indent=1), encoding="utf-8")
    print(f"{len(events)} events: timeline.png, map.png, events.geojson "
          f"({len(geojson['features'])} located) in {args.outdir}")


if __name__ == "__main__":
    main()
