"""The ACLED-style descriptions written blind from the ACLED codebook
(benchmarks/data/acled_heldout.jsonl and acled_heldout2.jsonl): the scores must not fall below
what the coder reached when they were last measured (see benchmarks/RESULTS.md), so a rule
that helps one sentence and breaks others shows up here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
eval_acled_style = pytest.importorskip("eval_acled_style")

# Floors a little under the measured figures. First set: event type 0.93, sub-event type
# 0.90, fatalities 0.95, country 0.96, admin1 0.92, location 0.96, actor types 0.81 / 0.74.
# Second set: 0.94, 0.91, 0.94, 0.94, 0.91, 0.93, 0.78 / 0.73.
FLOORS = {
    "acled_heldout": {"event_type": 0.90, "sub_event_type": 0.87, "fatalities": 0.92,
                      "country": 0.93, "admin1": 0.89, "location": 0.93, "inter1": 0.78,
                      "inter2": 0.71},
    "acled_heldout2": {"event_type": 0.91, "sub_event_type": 0.88, "fatalities": 0.91,
                       "country": 0.91, "admin1": 0.88, "location": 0.90, "inter1": 0.75,
                       "inter2": 0.70},
}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return {name: eval_acled_style.score(ROOT / "benchmarks" / "data" / f"{name}.jsonl", False)
            for name in FLOORS}


@pytest.mark.parametrize(("name", "key"),
                         [(name, key) for name, floors in FLOORS.items() for key in sorted(floors)])
def test_heldout_score_stays_above_floor(
    scores: dict[str, dict[str, float]], name: str, key: str
) -> None:
    got, floor = scores[name][key], FLOORS[name][key]
    assert got >= floor, f"{name} {key}: {got:.1%} < {floor:.0%}"
