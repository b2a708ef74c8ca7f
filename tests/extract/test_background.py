"""History told as background is not coded as news; a dateline's date is the report's."""

from __future__ import annotations

import datetime as dt

import eventkit

ARTICLE = """OUAGADOUGOU, Sept 12 (Reuters) - Militants killed 27 villagers in Seytenga on Sunday, \
the army said.

In June 2021, gunmen killed more than 130 people in Solhan, the worst attack in the country's \
history."""


def _killings(text: str, published: str) -> list[eventkit.Event]:
    return [e for e in eventkit.extract(text, published=published).events if e.root == "19"]


def test_an_event_dated_long_before_the_report_outside_its_lead_is_background() -> None:
    events = _killings(ARTICLE, "2023-09-12")
    assert [event.location.name for event in events if event.location] == ["Seytenga"]


def test_an_old_event_reported_late_in_the_lead_is_coded() -> None:
    text = "In June 2021, gunmen killed more than 130 people in Solhan, a report said on Monday."
    assert _killings(text, "2023-09-12")


def test_without_a_publication_date_nothing_is_background() -> None:
    assert len(_killings(ARTICLE, "")) == 2  # type: ignore[arg-type]


def test_the_dateline_date_is_not_the_event_date() -> None:
    (event,) = _killings(ARTICLE, "2023-09-12")
    assert event.date is not None and event.date.start == dt.date(2023, 9, 10)  # Sunday


def test_the_agency_of_a_dateline_does_no_deed() -> None:
    text = ("BEIRUT, Nov 7 (AFP) - An Israeli air strike on a house in the south Lebanon town of "
            "Aitaroun killed a woman and two of her sons on Monday.")
    events = eventkit.extract(text, published="2023-11-07").events
    assert all(e.actor1 is None or e.actor1.kind != "media" for e in events)
    strike = next(e for e in events if e.root == "19")
    assert strike.fatalities == 3  # a woman and two of her sons


def test_downing_drones_is_disrupted_weapons_use_and_a_mob_riots() -> None:
    found = eventkit.extract("Russia said its air defences destroyed 23 Ukrainian drones overnight.")
    downed = next(e for e in found.events if e.acled_sub_event_type == "Disrupted weapons use")
    assert downed.actor2 is not None and downed.actor2.country == "UKR"  # whose drones
    found = eventkit.extract("A mob ransacked and set fire to houses in Kamalia on Monday.")
    riot = next(e for e in found.events if e.acled_sub_event_type == "Mob violence")
    assert riot.cameo == "145"


def test_an_act_anyone_might_do_is_not_done() -> None:
    events = eventkit.extract(
        "The interior minister warned on Thursday that police would deal firmly with anyone "
        "who attacked officers or destroyed property.", published="2025-06-13").events
    acts = [e for e in events if e.root in ("17", "18", "19")]
    assert acts and all(e.modality == "hypothetical" for e in acts)
    # A relative clause on a particular actor tells what it did.
    (attack,) = [e for e in eventkit.extract(
        "Gunmen who attacked a convoy killed five soldiers.", published="2025-06-13").events
        if e.root == "19"]
    assert attack.modality == "actual"



def test_a_running_tally_is_no_event() -> None:
    for text in ("At least 60 fighters have been killed on the Lebanese side of the border, "
                 "according to an AFP tally.",
                 "More than 300 soldiers have been killed so far."):
        assert not [e for e in eventkit.extract(text, published="2023-11-07").events
                    if e.root in ("18", "19") and e.modality == "actual"], text


def test_a_later_paragraph_without_a_date_goes_on_with_the_leads_day() -> None:
    text = ("MAPUTO, Oct 25 (Reuters) - Police opened fire on protesters on Thursday, killing "
            "three people.\n\nIn central Maputo, police fired tear gas at a march heading "
            "towards the election offices.")
    dates = {e.cameo: e.date.start for e in eventkit.extract(text, published="2024-10-25").events
             if e.date is not None}
    assert dates and set(dates.values()) == {dt.date(2024, 10, 24)}

