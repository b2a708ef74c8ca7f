"""Extract the events, actors, units, places and statements of the example article.

    python examples/quickstart.py [ARTICLE.txt] [--published YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import eventkit

HERE = Path(__file__).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", default=HERE / "iran_armenia_drills.txt", type=Path)
    parser.add_argument("--published", default="2025-04-10")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    found = eventkit.extract(text, published=args.published)
    print(found)

    print("\nEvents")
    for event in found.events:
        actors = " -> ".join(a.cameo or a.name for a in (event.actor1, event.actor2) if a)
        acled = f" | ACLED {event.acled_sub_event_type}" if event.acled_sub_event_type else ""
        where = f" @ {event.location.name}" if event.location else ""
        units = f" | units: {', '.join(u.name for u in event.units)}" if event.units else ""
        print(f"  {event.date}  CAMEO {event.cameo} {event.plover or '-':<10} {actors:<16} "
              f"{event.modality:<12}{acled}{where}{units}")
        trigger = next((s.text for s in event.evidence if s.label == "trigger"), None)
        if trigger:
            print(f"      evidence: {trigger!r} ({event.rule})")

    print("\nActors")
    for actor in found.actors:
        print(f"  {actor.name:<36} {actor.kind:<11} {actor.cameo or '':<9} "
              f"{len(actor.mentions)} mention(s)")

    print("\nUnits")
    for unit in found.units:
        print(f"  {unit.name} ({unit.echelon or unit.kind}, {unit.country}, parent {unit.parent})")

    print("\nPlaces")
    for place in found.locations:
        print(f"  {place.name} ({place.kind}, {place.country}, {place.iso3166_2 or '-'})")

    print("\nStatements")
    for statement in found.statements:
        speaker = statement.speaker.name if statement.speaker else "?"
        kind = "said" if statement.direct else "reported"
        print(f"  {speaker} {kind} ({statement.cue}, {statement.date}): {statement.quote[:70]!r}")


if __name__ == "__main__":
    main()
