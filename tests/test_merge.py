from __future__ import annotations

import datetime as dt

import eventkit as ek
from eventkit.merge import same_event

IRAN = ek.Actor(name="Iran", kind="state", country="IRN")
ARMENIA = ek.Actor(name="Armenia", kind="state", country="ARM")
DAY = dt.date(2025, 4, 9)


def _report(outlet: str, **changes: object) -> ek.Event:
    fields: dict[str, object] = dict(
        cameo="062", actor1=IRAN, actor2=ARMENIA, symmetric=True,
        date=ek.FuzzyDate.day(DAY), sources=[ek.Source(url=f"https://{outlet}/a")],
        evidence=[ek.Span(start=0, end=5, label="trigger", text=outlet[:5])],
    )
    fields.update(changes)
    return ek.Event(**fields)  # type: ignore[arg-type]


def test_seven_outlets_one_before_the_event_make_one_event() -> None:
    reports = [_report(f"outlet{n}.example") for n in range(6)]
    reports.append(_report("early.example", modality="planned",
                           date=ek.FuzzyDate.day(DAY - dt.timedelta(days=3))))
    (merged,) = ek.merge_events(reports)
    assert len(merged.sources) == 7
    assert merged.modality == "actual"
    assert "7 reports" in (merged.extra("eventkit:merge") or "")


def test_a_meeting_a_month_later_stays_separate() -> None:
    later = _report("x.example", date=ek.FuzzyDate.day(DAY + dt.timedelta(days=30)))
    assert len(ek.merge_events([_report("a.example"), later])) == 2


def test_reversed_actors_of_a_symmetric_event_merge() -> None:
    reversed_ = _report("b.example", actor1=ARMENIA, actor2=IRAN)
    assert len(ek.merge_events([_report("a.example"), reversed_])) == 1


def test_different_kinds_stay_apart() -> None:
    ok, reason = same_event(_report("a.example"), _report("b.example", cameo="190"))
    assert not ok and "kinds" in reason


def test_conflicting_tolls_keep_the_most_conservative() -> None:
    a = _report("a.example", cameo="190", fatalities=12, symmetric=False)
    b = _report("b.example", cameo="190", fatalities=9, symmetric=False)
    (merged,) = ek.merge_events([a, b])
    assert merged.fatalities == 9


def test_a_town_merges_with_its_region() -> None:
    town = ek.Location(name="Gwoza", country="NGA", admin1="Borno", geo_precision=1)
    region = ek.Location(name="Borno", country="NGA", admin1="Borno", geo_precision=3)
    a = _report("a.example", location=town)
    b = _report("b.example", location=region)
    assert len(ek.merge_events([a, b])) == 1


def test_merged_evidence_keeps_every_span() -> None:
    (merged,) = ek.merge_events([_report("aaaaa.example"), _report("bbbbb.example")])
    assert {span.text for span in merged.evidence} == {"aaaaa", "bbbbb"}
