"""The seed article: what a careful analyst extracts from it (tests/data/*.gold.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventkit
from eventkit import Extraction

GOLD = json.loads(
    (Path(__file__).parents[1] / "data" / "iran_armenia_drills.gold.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Extraction:
    return eventkit.extract(seed_text, published=GOLD["published"])


def _mention_texts(record: object) -> set[str]:
    return {span.text for span in getattr(record, "mentions", ()) if span.text}


@pytest.mark.parametrize("gold", GOLD["actors"], ids=lambda g: g["name"])
def test_every_gold_actor_is_found_with_its_codes(seed: Extraction, gold: dict) -> None:
    found = [a for a in seed.actors if a.cameo == gold["cameo"] and a.country == gold["country"]]
    assert found, f"no actor with {gold['cameo']}/{gold['country']}"
    if gold["kind"] == "person":
        (person,) = [a for a in found if a.name == gold["name"]]
        assert person.title == gold["title"]
        texts = _mention_texts(person)
        for mention in gold["mentions_as"]:
            assert any(mention in text or text in mention for text in texts), mention


@pytest.mark.parametrize("gold", GOLD["metonyms"], ids=lambda g: g["text"])
def test_capitals_used_as_metonyms_are_their_governments(seed: Extraction, gold: dict) -> None:
    assert any(a.cameo == gold["cameo"] and gold["text"] in _mention_texts(a) for a in seed.actors)


@pytest.mark.parametrize("gold", GOLD["units"], ids=lambda g: g["name"])
def test_every_gold_unit_is_found(seed: Extraction, gold: dict) -> None:
    (unit,) = [u for u in seed.units if u.name == gold["name"]]
    assert unit.country == gold["country"]
    assert unit.echelon == gold["echelon"]
    if "number" in gold:
        assert unit.number == gold["number"]
    if "parent" in gold:
        assert unit.parent == gold["parent"]


@pytest.mark.parametrize("gold", GOLD["locations"], ids=lambda g: g["name"])
def test_every_gold_location_is_found(seed: Extraction, gold: dict) -> None:
    countries = gold["country"] if isinstance(gold["country"], list) else [gold["country"]]
    matches = [
        loc
        for loc in seed.locations
        if loc.country in countries
        and (
            loc.iso3166_2 == gold.get("iso3166_2")
            if gold.get("iso3166_2") and gold["kind"] != "city"
            else gold["name"].split()[0] in loc.name
        )
    ]
    assert matches, gold["name"]


def _accepted(event: eventkit.Event, gold: dict) -> bool:
    if event.cameo not in gold["cameo"] and event.root not in gold["cameo"]:
        return False
    if event.actor1 is None or event.actor1.country != gold["actor1_country"]:
        return False
    if "actor1_cameo" in gold and event.actor1.cameo != gold["actor1_cameo"]:
        return False
    if "actor2_country" in gold and (
        event.actor2 is None or event.actor2.country != gold["actor2_country"]
    ):
        return False
    return event.modality == gold.get("modality", event.modality)


@pytest.mark.parametrize("gold", GOLD["events"]["must"], ids=lambda g: g["what"][:40])
def test_every_must_event_is_found(seed: Extraction, gold: dict) -> None:
    found = [event for event in seed.events if _accepted(event, gold)]
    assert found, gold["what"]
    event = found[0]
    if "date" in gold:
        assert event.date is not None and str(event.date) == gold["date"]
    if "date_precision" in gold:
        assert any(e.date and e.date.precision == gold["date_precision"] for e in found)
    if "units_include" in gold:
        assert gold["units_include"] in {unit.name for unit in event.units}
    if "fatalities" in gold:
        assert event.fatalities == gold["fatalities"]
    if "acled_event_type" in gold:
        assert event.acled_event_type == gold["acled_event_type"]


def test_no_simulated_battle_is_coded_as_real(seed: Extraction) -> None:
    for event in seed.events:
        if event.modality == "actual":
            assert event.root not in ("18", "19", "20")
            assert event.acled_event_type not in (
                "Battles",
                "Violence against civilians",
                "Explosions/Remote violence",
            )


def test_the_feared_azerbaijani_thrust_is_not_an_actual_event(seed: Extraction) -> None:
    for event in seed.events:
        if event.actor1 is not None and event.actor1.country == "AZE":
            assert not (event.modality == "actual" and event.root in ("15", "18", "19", "20"))


def test_no_fatalities_are_reported(seed: Extraction) -> None:
    assert all(not event.fatalities for event in seed.events)


def test_events_come_in_order_of_first_evidence(seed: Extraction) -> None:
    starts = [min(span.start for span in event.evidence) for event in seed.events]
    assert starts == sorted(starts)


def test_every_evidence_span_quotes_the_article(seed: Extraction, seed_text: str) -> None:
    for event in seed.events:
        for span in event.evidence:
            assert span.text is None or seed_text[span.start : span.end] == span.text
