"""Actor resolution from the gazetteers: armed groups' countries, named fleets and commands,
former city names."""

from __future__ import annotations

import pytest

from eventkit import extract, resolve_actor
from eventkit.extract._entities import named_actor
from eventkit.extract._lexicon import Lexicon
from eventkit.gazetteer import NamedActor


def _group(cameo: str, country: str) -> NamedActor:
    return NamedActor(id="t", name="Liberation Front", patterns=(), cameo=cameo, history=(),
                      kind="rebel", country=country, title="", source="test")


# -- an armed group's country -----------------------------------------------------------------
def test_a_rebel_group_based_abroad_has_the_country_its_code_names() -> None:
    assert named_actor(_group("RWAREB", "COD"), None).country == "RWA"


def test_a_group_whose_code_names_no_state_keeps_the_dictionary_country() -> None:
    assert named_actor(_group("IGOREB", "COD"), None).country == "COD"


def test_a_state_force_keeps_the_dictionary_country() -> None:
    record = _group("RUSMIL", "UKR")
    assert named_actor(record, None).country == "UKR"


# -- named fleets, districts and commands ----------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "cameo"),
    [
        ("the Caspian Flotilla", "RUSMIL"),
        ("Southern Military District", "RUSMIL"),
        ("the 6th Fleet", "USAMIL"),
        ("North Sea Fleet", "CHNMIL"),
        ("Operational Command South", "UKRMIL"),
    ],
)
def test_a_named_formation_is_its_countrys_military(phrase: str, cameo: str) -> None:
    actor = resolve_actor(phrase)
    assert actor is not None and actor.cameo == cameo and actor.kind == "military"


def test_a_fleet_name_two_navies_share_gets_no_country_of_its_own() -> None:
    actor = resolve_actor("Pacific Fleet")
    assert actor is None or actor.country is None


def test_a_unit_that_is_a_named_formation_takes_its_country() -> None:
    x = extract("A frigate of the Caspian Flotilla fired at a tanker on Monday.",
                published="2024-03-04")
    assert [(unit.name, unit.country) for unit in x.units] == [("Caspian Flotilla", "RUS")]


# -- former city names -----------------------------------------------------------------------
def test_an_institution_named_after_a_citys_former_name_has_the_citys_country() -> None:
    actor = resolve_actor("Bombay High Court")
    assert actor is not None and actor.cameo == "INDJUD"


def test_a_former_city_name_is_a_place_in_text() -> None:
    x = extract("Shelling was reported near Artemivsk on Tuesday.", published="2015-02-03")
    assert [(place.name, place.country) for place in x.locations] == [("Artemivsk", "UKR")]


# -- regions of two countries with one name --------------------------------------------------
def test_a_region_name_two_countries_share_goes_to_the_one_whose_other_places_carry_it() -> None:
    x = extract("Heavy shelling was reported in Gaza on Wednesday.", published="2024-01-10")
    assert [place.country for place in x.locations] == ["PSE"]


def test_the_other_country_named_next_to_the_region_still_wins() -> None:
    x = extract("Floods hit Chokwe in Gaza, Mozambique, on Wednesday.", published="2024-01-10")
    assert "MOZ" in {place.country for place in x.locations}
    assert "PSE" not in {place.country for place in x.locations}


# -- hyphens in names --------------------------------------------------------------------------
def test_a_hyphen_in_a_dictionary_name_may_be_written_as_a_space() -> None:
    lexicon = Lexicon()
    lexicon.add_actor(["Jabhat Tahrir al-Janub"], name="Southern Front", cameo="SYRREB",
                      kind="rebel")
    x = extract("Jabhat Tahrir al Janub fighters shelled the town on Friday.", lexicon=lexicon)
    assert [actor.name for actor in x.actors] == ["Southern Front"]


def test_a_one_name_person_inside_another_full_name_is_someone_else() -> None:
    # The dictionaries know a Jordanian by the one name "Hassan"; "Mansir Hassan" is not he.
    actors = extract("Police spokesman Mansir Hassan said no one was killed.",
                     published="2021-10-17").actors
    assert [(a.name, a.country) for a in actors if a.kind == "person"] == [("Mansir Hassan", None)]
    # With a title, the one name is still that person.
    actors = extract("Prince Hassan said no one was killed.", published="2021-10-17").actors
    assert [a.country for a in actors] == ["JOR"]


def test_a_countrys_own_body_named_like_the_uns() -> None:
    actors = extract("The Russian Security Council met on Monday.",
                              published="2024-01-01").actors
    assert [(a.kind, a.country) for a in actors] == [("government", "RUS")]


def test_resistance_fighters_and_a_military_convoy() -> None:
    actors = extract("Resistance fighters ambushed a military convoy near Kani "
                              "(Sagaing).", published="2024-05-20").actors
    assert [a.kind for a in actors] == ["rebel", "military"]


def test_the_owner_written_before_a_body_says_whose_it_is() -> None:
    actors = extract("Pakistan's Foreign Office said on Monday.", published="2024-01-01").actors
    assert ("government", "PAK") in [(a.kind, a.country) for a in actors]
    assert "GBR" not in [a.country for a in actors]


def test_a_ministry_without_a_country_is_the_datelines() -> None:
    found = extract("TBILISI, Dec 1 (Reuters) - The Interior Ministry said on Sunday that 107 "
                    "people had been detained.", published="2024-12-01")
    (said,) = [e for e in found.events if e.root == "01"]
    assert said.actor1 is not None and said.actor1.cameo == "GEOGOV"


def test_the_force_a_title_names_is_not_the_titled_person() -> None:
    found = extract("District police officer Abdul Rauf said the mob had fled. Police "
                             "arrested 47 people on Tuesday.", published="2023-06-20")
    (arrest,) = [e for e in found.events if e.acled_sub_event_type == "Arrests"]
    assert arrest.actor1 is not None and arrest.actor1.kind == "police"


def test_a_leaders_forces_are_his_countrys_and_pro_does_not_own() -> None:
    forces = resolve_actor("pro-Hadi forces")
    assert forces is not None and (forces.kind, forces.country) == ("military", "YEM")
    separatists = resolve_actor("pro-Russian separatists")
    assert separatists is not None and separatists.country is None


def test_a_surname_inside_a_longer_name_is_no_leader() -> None:
    found = extract("Tribesmen clashed with rebels in As Said on Friday.", published="2015-05-23")
    assert "OMN" not in [a.country for a in found.actors]
    assert "As Said" in [location.name for location in found.locations]


def test_a_place_then_a_comma_owns_nothing() -> None:
    found = extract("In central Maputo, police fired tear gas at a march, killing three people "
                    "and wounding 20.", published="2024-10-25")
    assert [a.name for a in found.actors if a.kind == "police"] == ["police"]
    assert all(a.kind != "government" for a in found.actors)  # "in Maputo": a place
    force = [e for e in found.events if e.acled_event_type]
    assert [e.acled_sub_event_type for e in force] == ["Excessive force against protesters"]


def test_an_army_named_by_more_than_its_country_is_a_group() -> None:
    found = extract("The Hmawbi Youth Army bombed a telecom tower. The Royal Thai Army "
                             "and the Somali National Army held talks.")
    kinds = {actor.name: actor.kind for actor in found.actors}
    assert kinds["Hmawbi Youth Army"] == "rebel"
    assert kinds["Royal Thai Army"] == kinds["Somali National Army"] == "military"


def test_cpc_is_the_central_african_coalition_in_a_central_african_story() -> None:
    found = extract("On 31 July 2021, 3R rebels from CPC attacked FACA positions near "
                             "Bocaranga (Ouham-Pende).")
    assert "Coalition of Patriots for Change" in {actor.name for actor in found.actors}
    found = extract("The CPC Central Committee met in Beijing on Monday.")
    assert "Chinese Communist Party" in {actor.name for actor in found.actors}


def test_a_group_named_after_a_lower_case_prefix_does_the_killing() -> None:
    # ACLED writes the Central African militia "anti-Balaka"; "a group of" is no other doer
    found = extract("A soldier was killed by a group of anti-Balaka youths in Bossangoa.")
    event = next(e for e in found.events if e.acled_event_type)
    assert event.actor1 is not None and event.actor1.name == "Anti-Balaka"


def test_the_one_who_met_did_what_the_meeting_was_for() -> None:
    found = extract(
        "Kenya's foreign minister Raychelle Omamo summoned Uganda's ambassador Emmanuel Hatega "
        "to complain about the detention of Kenyan fishermen.")
    complaint = next(e for e in found.events
                     if any(span.text == "complain" for span in e.evidence))
    assert complaint.actor1 is not None and complaint.actor1.country == "KEN"


def test_a_surname_written_before_a_place_noun_is_a_place() -> None:
    found = extract("M23 rebels seized Nyabiondo in eastern Congo's Masisi territory on Sunday.")
    assert "Mokgweetsi Masisi" not in [actor.name for actor in found.actors]
