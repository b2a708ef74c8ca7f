"""Pictures of events: a timeline, a map, and GeoJSON for interactive maps.

`timeline` and `map` return a `matplotlib.figure.Figure` built without pyplot (nothing is shown
or kept open behind your back: display it in a notebook, or ``fig.savefig("events.png")``).
`to_geojson` needs nothing but the standard library.

The map is a longitude/latitude scatter with the places named; no basemap or coastline is drawn
and nothing is downloaded. For a map with tiles, give `to_geojson` to folium, kepler.gl or
geojson.io.

matplotlib is optional (``pip install 'eventkit[plot]'``) and imported on first use.

>>> import eventkit
>>> from eventkit import plots
>>> place = eventkit.Location(name="Gao", country="MLI", latitude=16.27, longitude=-0.04)
>>> plots.to_geojson([eventkit.Event(cameo="190", location=place)])["features"][0]["geometry"]
{'type': 'Point', 'coordinates': [-0.04, 16.27]}
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._models import Event, Extraction
from .frames import COLUMNS, to_records

if TYPE_CHECKING:  # pragma: no cover - for annotations only
    from matplotlib.figure import Figure  # type: ignore[import-not-found, unused-ignore]

__all__ = ["map", "timeline", "to_geojson"]

_NONE = "(none)"
#: Colours for categories, in order of first appearance (matplotlib's tab10, colour-blind safe).
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf")


def _require(module: str, function: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"eventkit.plots.{function} needs matplotlib: pip install 'eventkit[plot]'"
        ) from error


def _records(events: Iterable[Event] | Extraction, by: str) -> list[dict[str, Any]]:
    if by not in COLUMNS:
        raise ValueError(f"by must be one of the columns of eventkit.frames.COLUMNS (got {by!r})")
    return to_records(events)


def _label(value: object) -> str:
    return _NONE if value is None else str(value)


def _colours(labels: Iterable[str]) -> dict[str, str]:
    ordered = sorted(set(labels), key=lambda label: (label == _NONE, label))
    return {label: _PALETTE[index % len(_PALETTE)] for index, label in enumerate(ordered)}


def _size(fatalities: int | None) -> float:
    """Marker area: fatalities on a square-root scale; unreported ones get the smallest."""
    return 30.0 + 25.0 * math.sqrt(fatalities or 0)


def _figure(width: float, height: float) -> Figure:
    figure_module = _require("matplotlib.figure", "figure")
    figure: Figure = figure_module.Figure(figsize=(width, height), layout="constrained")
    return figure


def _legend_sizes(axes: Any, largest: int) -> list[Any]:
    handles = []
    for count in sorted({0, *(value for value in (1, 10, 100, 1000) if value <= largest)}):
        handles.append(axes.scatter([], [], s=_size(count), facecolor="none", edgecolor="#444",
                                    label=f"{count} killed"))
    handles.append(axes.scatter([], [], s=_size(None), facecolor="none", edgecolor="#444",
                                linestyle=":", label="not reported"))
    return handles


def timeline(
    events: Iterable[Event] | Extraction,
    *,
    by: str = "acled_event_type",
    title: str | None = None,
) -> Figure:
    """A timeline: one row per value of ``by``, a dot per event sized by its fatalities, and
    fatalities per day in a panel below.

    Args:
        events: events, or an `~eventkit.Extraction`.
        by: a column of `eventkit.frames.COLUMNS` to group rows by (``"acled_event_type"``,
            ``"cameo_root"``, ``"plover"``, ``"modality"``, ``"actor1_country"``...).
        title: the figure's title (default: a count of events).

    Events are placed on `eventkit.frames` ``date`` (the middle of a week or a month), with a
    bar over the period when it is longer than a day. Dots with a dotted edge did not report
    fatalities. Events without a date are left out and counted in the title.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'eventkit[plot]'``).
        ValueError: ``by`` is not a column.
    """
    records = _records(events, by)
    dated = [record for record in records if record["date"] is not None]
    undated = len(records) - len(dated)
    figure = _figure(10, 2.6 + 0.32 * len({_label(r[by]) for r in dated}))
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=(3, 1))
    colours = _colours(_label(record[by]) for record in dated)
    rows = {label: index for index, label in enumerate(reversed(list(colours)))}
    for record in dated:
        label = _label(record[by])
        row, colour = rows[label], colours[label]
        start, end = record["date_start"], record["date_end"]
        if start is not None and end is not None and end > start:
            top.plot([start, end], [row, row], color=colour, alpha=0.3, linewidth=2,
                     solid_capstyle="butt")
        reported = record["fatalities"] is not None
        top.scatter([record["date"]], [row], s=_size(record["fatalities"]), color=colour,
                    alpha=0.75, edgecolor="#333" if reported else colour,
                    linestyle="-" if reported else ":", linewidth=0.8, zorder=3)
    top.set_yticks(list(rows.values()), list(rows))
    top.set_ylim(-0.7, max(len(rows) - 0.3, 0.7))
    top.grid(axis="x", color="#ddd")
    top.set_axisbelow(True)
    largest = max((r["fatalities"] or 0 for r in dated), default=0)
    top.legend(handles=_legend_sizes(top, largest), loc="upper left", bbox_to_anchor=(1.01, 1),
               frameon=False, fontsize="small", title="fatalities", title_fontsize="small")
    per_day: dict[dt.date, int] = {}
    for record in dated:
        per_day[record["date"]] = per_day.get(record["date"], 0) + (record["fatalities"] or 0)
    days = sorted(per_day)
    bottom.bar(days, [per_day[day] for day in days], width=0.8, color="#a33")
    bottom.set_ylabel("fatalities")
    if not any(per_day.values()):
        reported = any(record["fatalities"] is not None for record in dated)
        bottom.set_ylim(0, 1)
        bottom.text(0.5, 0.5, "no one reported killed" if reported else "no fatalities reported",
                    transform=bottom.transAxes, ha="center", va="center", color="#777")
    bottom.grid(axis="y", color="#ddd")
    bottom.set_axisbelow(True)
    if len(days) == 1:  # a single day: give the axis some room around it
        bottom.set_xlim(days[0] - dt.timedelta(days=3), days[0] + dt.timedelta(days=3))
    date_module = _require("matplotlib.dates", "timeline")
    locator = date_module.AutoDateLocator(maxticks=8)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(date_module.ConciseDateFormatter(locator))
    heading = title or f"{len(dated)} events by {by}"
    if undated:
        heading += f" ({undated} without a date not shown)"
    figure.suptitle(heading)
    return figure


def map(  # the natural name; builtins.map is not used in this module
    events: Iterable[Event] | Extraction,
    *,
    by: str = "acled_event_type",
    title: str | None = None,
) -> Figure:
    """A map of events: a dot per place, sized by fatalities and coloured by ``by``, with the
    places named (longitude/latitude axes, no basemap).

    Events at the same place are drawn as one dot with their fatalities summed; events
    without coordinates are left out and counted in the title.

    Raises:
        ImportError: matplotlib is not installed (``pip install 'eventkit[plot]'``).
        ValueError: ``by`` is not a column.
    """
    records = _records(events, by)
    placed = [r for r in records if r["latitude"] is not None and r["longitude"] is not None]
    figure = _figure(9, 6)
    axes = figure.subplots()
    colours = _colours(_label(record[by]) for record in placed)
    groups: dict[tuple[float, float, str], list[dict[str, Any]]] = {}
    for record in placed:
        group = (record["longitude"], record["latitude"], _label(record[by]))
        groups.setdefault(group, []).append(record)
    if placed:
        lons = [r["longitude"] for r in placed]
        lats = [r["latitude"] for r in placed]
        spread = max(max(lons) - min(lons), max(lats) - min(lats), 2.0)
    else:
        spread = 2.0
    at_place: dict[tuple[float, float], list[str]] = {}
    for lon, lat, label in groups:
        at_place.setdefault((lon, lat), []).append(label)
    for (lon, lat, label), members in groups.items():
        # several categories at one place: a small ring around it, so none hides another
        labels = at_place[(lon, lat)]
        radius = 0.02 * spread if len(labels) > 1 else 0.0
        angle = 2 * math.pi * labels.index(label) / len(labels)
        x, y = lon + radius * math.cos(angle), lat + radius * math.sin(angle)
        reported = [m["fatalities"] for m in members if m["fatalities"] is not None]
        axes.scatter([x], [y], s=_size(sum(reported) if reported else None) * 1.5,
                     color=colours[label], alpha=0.75, edgecolor="#333" if reported else "#777",
                     linestyle="-" if reported else ":", zorder=3)
    names: dict[tuple[float, float], str] = {}
    for record in placed:
        key = (record["longitude"], record["latitude"])
        country = f" ({record['location_country']})" if record["location_country"] else ""
        names.setdefault(key, f"{record['location_name']}{country}")
    for (lon, lat), name in names.items():
        count = sum(1 for r in placed if (r["longitude"], r["latitude"]) == (lon, lat))
        axes.annotate(f"{name} · {count}", (lon, lat), xytext=(6, 6),
                      textcoords="offset points", fontsize="small", zorder=4)
    if placed:
        pad = max(1.0, 0.15 * max(max(lons) - min(lons), max(lats) - min(lats)))
        axes.update_datalim([(max(min(lons) - pad, -180), max(min(lats) - pad, -90)),
                             (min(max(lons) + pad * 2, 180), min(max(lats) + pad, 90))])
        axes.autoscale_view()
        middle = math.radians((min(lats) + max(lats)) / 2)
        # keep a degree of longitude as long as it is at that latitude; fill the box
        axes.set_aspect(1 / max(math.cos(middle), 0.1), adjustable="datalim")
    else:
        axes.set_xlim(-180, 180)
        axes.set_ylim(-90, 90)
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.grid(color="#e4e4e4")
    axes.set_axisbelow(True)
    handles = [axes.scatter([], [], s=60, color=colour, label=label)
               for label, colour in colours.items()]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False,
                    fontsize="small", title=by, title_fontsize="small")
    heading = title or f"{len(placed)} events at {len(names)} places"
    if len(records) > len(placed):
        heading += f" ({len(records) - len(placed)} without coordinates not shown)"
    figure.suptitle(heading)
    return figure


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_geojson(events: Iterable[Event] | Extraction) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: a Point per event with coordinates, its properties the
    event's `eventkit.frames` columns (dates as ISO strings).

    Events without coordinates are left out. ``json.dumps`` the result for folium,
    kepler.gl, QGIS or geojson.io.
    """
    features = []
    for record in to_records(events):
        lon, lat = record["longitude"], record["latitude"]
        if lon is None or lat is None:
            continue
        properties = {
            name: _json_value(value)
            for name, value in record.items()
            if name not in ("latitude", "longitude")
        }
        features.append({
            "type": "Feature",
            "id": record["id"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}
