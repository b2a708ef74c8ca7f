"""eventkit.plots: timeline and map figures, and GeoJSON."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

import eventkit
from eventkit import plots

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402

GAO = eventkit.Location(name="Gao", country="MLI", latitude=16.27, longitude=-0.04)
KIDAL = eventkit.Location(name="Kidal", country="MLI", latitude=18.44, longitude=1.41)


def attack(day: int, fatalities: int | None = 2, **changes: object) -> eventkit.Event:
    fields: dict[str, object] = {
        "date": eventkit.FuzzyDate.day(dt.date(2025, 4, day)),
        "cameo": "190",
        "acled_sub_event_type": "Armed clash",
        "location": GAO,
        "fatalities": fatalities,
    }
    fields.update(changes)
    return eventkit.Event(**fields)  # type: ignore[arg-type]


EVENTS = [
    attack(1),
    attack(3, None, location=KIDAL),
    attack(4, 0, acled_sub_event_type="Peaceful protest", location=None),
    attack(5, date=eventkit.FuzzyDate.month(2025, 4)),
    attack(6, date=None),
]


def test_timeline_returns_a_figure() -> None:
    assert isinstance(plots.timeline(EVENTS), Figure)


def test_timeline_has_a_row_per_category() -> None:
    top = plots.timeline(EVENTS).axes[0]
    assert [label.get_text() for label in top.get_yticklabels()] == ["Protests", "Battles"]


def test_timeline_counts_undated_events_in_its_title() -> None:
    figure = plots.timeline(EVENTS)
    assert figure.get_suptitle() == "4 events by acled_event_type (1 without a date not shown)"


def test_timeline_groups_by_any_column() -> None:
    top = plots.timeline(EVENTS, by="cameo_root").axes[0]
    assert [label.get_text() for label in top.get_yticklabels()] == ["19"]


def test_timeline_rejects_an_unknown_column() -> None:
    with pytest.raises(ValueError, match="by must be one of"):
        plots.timeline(EVENTS, by="colour")


def test_timeline_of_no_events_still_draws() -> None:
    assert isinstance(plots.timeline([]), Figure)


def dots(figure: Figure) -> list[tuple[float, float]]:
    return [tuple(c.get_offsets()[0]) for c in figure.axes[0].collections
            if len(c.get_offsets())]


def test_map_draws_one_dot_per_place_and_category() -> None:
    assert len(dots(plots.map(EVENTS))) == 2  # Gao's three battles are one dot; Kidal


def test_map_keeps_categories_at_one_place_apart() -> None:
    protest = attack(2, acled_sub_event_type="Peaceful protest")
    assert len(set(dots(plots.map([attack(1), protest])))) == 2


def test_map_names_the_places() -> None:
    texts = {text.get_text() for text in plots.map(EVENTS).axes[0].texts}
    assert texts == {"Gao (MLI) · 3", "Kidal (MLI) · 1"}


def test_map_counts_events_without_coordinates() -> None:
    assert "(1 without coordinates not shown)" in plots.map(EVENTS).get_suptitle()


def test_figures_render_to_png(tmp_path: object) -> None:
    path = tmp_path / "timeline.png"  # type: ignore[operator]
    plots.timeline(EVENTS).savefig(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_geojson_has_a_point_per_located_event() -> None:
    collection = plots.to_geojson(EVENTS)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 4


def test_geojson_is_serialisable_with_iso_dates() -> None:
    feature = json.loads(json.dumps(plots.to_geojson(EVENTS)))["features"][0]
    assert feature["properties"]["date"] == "2025-04-01"
    assert feature["geometry"]["coordinates"] == [-0.04, 16.27]


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"eventkit\[plot\]"):
        plots.timeline(EVENTS)
