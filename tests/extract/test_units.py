"""find_units: numbered and named formations, generic special forces, parents, nationalities."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import MilitaryUnit
from eventkit._models import ECHELONS
from eventkit.extract._units import UnitMention, find_units

SEED = (
    "Madani confirmed the participation of the IRGC’s 31st Ashura Operational Division, "
    "calling the unit an example of “operational excellence.”"
)
SEED_JOINT = (
    "While details remained limited, the two-day exercise is centered around a simulated joint "
    "operation by Iranian and Armenian special forces to repel hypothetical “terrorist groups”."
)


def one(text: str) -> UnitMention:
    units = find_units(text)
    assert len(units) == 1, units
    return units[0]


def names(text: str) -> list[str]:
    return [unit.name for unit in find_units(text)]


# --- the seed article ------------------------------------------------------------------------


def test_seed_division_name_number_echelon_and_parent() -> None:
    unit = one(SEED)
    assert (unit.name, unit.number, unit.echelon, unit.parent_text) == (
        "31st Ashura Operational Division",
        31,
        "division",
        "IRGC",
    )


def test_seed_spans_point_at_the_name_and_the_parent() -> None:
    unit = one(SEED)
    assert SEED[unit.start : unit.end] == "31st Ashura Operational Division"
    assert unit.parent_span is not None
    assert SEED[unit.parent_span[0] : unit.parent_span[1]] == "IRGC"


def test_seed_coordinated_nationalities_give_two_special_forces_mentions() -> None:
    units = find_units(SEED_JOINT)
    assert [(u.nationality_text, u.kind, u.echelon) for u in units] == [
        ("Iranian", "special forces", None),
        ("Armenian", "special forces", None),
    ]
    assert [u.name for u in units] == ["Iranian special forces", "Armenian special forces"]


def test_coordinated_spans_run_from_each_nationality_to_the_noun() -> None:
    first, second = find_units(SEED_JOINT)
    assert SEED_JOINT[first.start : first.end] == "Iranian and Armenian special forces"
    assert SEED_JOINT[second.start : second.end] == "Armenian special forces"
    assert second.nationality_span is not None
    assert SEED_JOINT[second.nationality_span[0] : second.nationality_span[1]] == "Armenian"


def test_seed_revolutionary_guard_corps_is_not_a_unit() -> None:
    text = (
        "said Brigadier General Valiollah Madani of Iran’s Islamic Revolutionary Guard Corps "
        "(IRGC), speaking to Iranian media"
    )
    assert find_units(text) == []


def test_whole_seed_article_finds_the_division_and_the_special_forces(seed_text: str) -> None:
    assert names(seed_text) == [
        "Iranian special forces",
        "Armenian special forces",
        "31st Ashura Operational Division",
    ]


# --- numbered formations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "number", "echelon", "kind"),
    [
        (
            "Soldiers of the 82nd Airborne Division arrived.",
            "82nd Airborne Division",
            82,
            "division",
            "airborne",
        ),
        (
            "The 3rd Separate Assault Brigade held.",
            "3rd Separate Assault Brigade",
            3,
            "brigade",
            "assault",
        ),
        ("The 4th Armored Division moved.", "4th Armored Division", 4, "division", "armored"),
        ("The 58th Combined Arms Army withdrew.", "58th Combined Arms Army", 58, "army", None),
        ("The 20th Guards Army regrouped.", "20th Guards Army", 20, "army", None),
        (
            "The 155th Naval Infantry Brigade attacked.",
            "155th Naval Infantry Brigade",
            155,
            "brigade",
            "marine",
        ),
        ("The 3rd Squadron flew.", "3rd Squadron", 3, "squadron", None),
        ("The 36th Fighter Wing is at Andersen.", "36th Fighter Wing", 36, "wing", "fighter"),
        ("The 2nd Brigade Combat Team deployed.", "2nd Brigade Combat Team", 2, "brigade", None),
        (
            "The 31st Marine Expeditionary Unit sailed.",
            "31st Marine Expeditionary Unit",
            31,
            "unit",
            "marine",
        ),
        (
            "The 5th Special Forces Group trained.",
            "5th Special Forces Group",
            5,
            "group",
            "special forces",
        ),
        ("No. 617 Squadron flew.", "617 Squadron", 617, "squadron", None),
    ],
)
def test_numbered_formation(
    text: str, name: str, number: int, echelon: str, kind: str | None
) -> None:
    unit = one(text)
    assert (unit.name, unit.number, unit.echelon, unit.kind) == (name, number, echelon, kind)


def test_numbered_formation_with_nationality_possessive() -> None:
    text = "Ukraine's 47th Mechanized Brigade repelled the attack."
    unit = one(text)
    assert (unit.name, unit.kind, unit.nationality_text) == (
        "47th Mechanized Brigade",
        "mechanized",
        "Ukraine's",
    )
    assert unit.nationality_span == (0, 9)


def test_numbered_formation_with_demonym_before() -> None:
    unit = one("Russian 58th Combined Arms Army units crossed.")
    assert unit.nationality_text == "Russian"
    assert unit.parent_text is None


def test_number_word_ordinal() -> None:
    unit = one("The Seventh Fleet is based in Japan.")
    assert (unit.name, unit.number, unit.echelon, unit.branch) == (
        "Seventh Fleet",
        7,
        "fleet",
        "navy",
    )


def test_digit_ordinal_fleet() -> None:
    unit = one("The US 6th Fleet sailed.")
    assert (unit.name, unit.number, unit.nationality_text) == ("6th Fleet", 6, "US")


def test_roman_numeral_corps() -> None:
    unit = one("VIII Corps advanced on the town.")
    assert (unit.name, unit.number, unit.echelon) == ("VIII Corps", 8, "corps")


def test_roman_numeral_with_descriptor() -> None:
    unit = one("The XVIII Airborne Corps was alerted.")
    assert (unit.number, unit.echelon, unit.kind) == (18, "corps", "airborne")


def test_airborne_without_echelon_noun_is_a_division() -> None:
    text = "The 101st Airborne deployed."
    unit = one(text)
    assert (unit.name, unit.number, unit.echelon) == ("101st Airborne Division", 101, "division")
    assert text[unit.start : unit.end] == "101st Airborne"


def test_task_force_number() -> None:
    unit = one("Task Force 51 sailed from Bahrain.")
    assert (unit.name, unit.number, unit.echelon) == ("Task Force 51", 51, "task force")


def test_task_force_abbreviation_with_battalion_and_regiment() -> None:
    text = "A patrol from TF 1-28 came under fire."
    unit = one(text)
    assert (unit.name, unit.echelon) == ("Task Force 1-28", "task force")
    assert text[unit.start : unit.end] == "TF 1-28"


def test_named_task_force_after_hyphen() -> None:
    unit = one("Combined Joint Task Force-Operation Inherent Resolve said on Friday.")
    assert unit.name == "Combined Joint Task Force-Operation Inherent Resolve"
    assert unit.echelon == "task force"


def test_unit_number() -> None:
    unit = one("Israel's Unit 8200 intercepted the calls.")
    assert (unit.name, unit.number, unit.echelon) == ("Unit 8200", 8200, "unit")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Company C held the ridge.", "Company C"),
        ("Bravo Company held the ridge.", "Bravo Company"),
        ("C Company held the ridge.", "C Company"),
    ],
)
def test_lettered_company(text: str, name: str) -> None:
    unit = one(text)
    assert (unit.name, unit.echelon, unit.number) == (name, "company", None)


def test_carrier_strike_group_number_after() -> None:
    unit = one("Carrier Strike Group 12 entered the Gulf.")
    assert (unit.name, unit.number, unit.echelon) == ("Carrier Strike Group 12", 12, "group")


def test_detachment_numero_in_wire_copy() -> None:
    unit = one("THE SOLDIERS ARE FROM MILITARY DETACHMENT NO. 6 OF SONSONATE, THE ARMY SAID.")
    assert (unit.name, unit.number, unit.echelon) == ("Military Detachment No. 6", 6, "detachment")


# --- parents -----------------------------------------------------------------------------------


def test_battalion_with_parent_regiment_by_apposition() -> None:
    text = "Marines of the 1st Battalion, 5th Marines cleared the town."
    battalion, regiment = find_units(text)
    assert (battalion.name, battalion.echelon, battalion.parent_text) == (
        "1st Battalion",
        "battalion",
        "5th Marines",
    )
    assert (regiment.name, regiment.echelon, regiment.number, regiment.branch) == (
        "5th Marines",
        "regiment",
        5,
        "marines",
    )
    assert battalion.parent_span == (regiment.start, regiment.end)


def test_battalion_with_parent_infantry_regiment_by_apposition() -> None:
    battalion, regiment = find_units("The 2nd Battalion, 503rd Infantry Regiment jumped.")
    assert battalion.parent_text == "503rd Infantry Regiment"
    assert regiment.kind == "infantry"


def test_apposition_chain_company_battalion_regiment() -> None:
    units = find_units("Company C, 1st Battalion, 5th Marines took the hill.")
    assert [u.parent_text for u in units] == ["1st Battalion", "5th Marines", None]


def test_list_of_same_echelon_is_not_apposition() -> None:
    units = find_units("The 1st Battalion, 2nd Battalion and 3rd Battalion advanced.")
    assert [u.parent_text for u in units] == [None, None, None]


def test_parent_of_the_unit() -> None:
    units = find_units("the 1st Battalion of the 4th Regiment")
    assert units[0].parent_text == "the 4th Regiment"
    assert units[1].name == "4th Regiment"


def test_parent_of_the_named_army() -> None:
    unit = one("Soldiers of the 1st Battalion of the Russian Army surrendered.")
    assert unit.parent_text == "the Russian Army"
    assert unit.branch == "army"


def test_of_a_place_is_not_a_parent() -> None:
    unit = one("The 82nd Airborne Division of Fort Bragg deployed.")
    assert unit.parent_text is None


def test_possessive_parent_with_organisation_word() -> None:
    unit = one("The U.S. Army's 82nd Airborne Division deployed.")
    assert unit.parent_text == "U.S. Army"


def test_acronym_before_named_unit_is_parent() -> None:
    unit = one("The IRGC Quds Force is led by a general.")
    assert (unit.name, unit.parent_text, unit.kind) == ("Quds Force", "IRGC", "special forces")


def test_acronym_before_generic_special_forces_is_parent() -> None:
    unit = one("IRGC special forces took part.")
    assert (unit.name, unit.parent_text, unit.nationality_text) == ("special forces", "IRGC", None)


# --- named formations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "echelon"),
    [
        ("The Quds Force operates abroad.", "Quds Force", "force"),
        ("The Azov Brigade defended the city.", "Azov Brigade", "brigade"),
        ("The Azov Regiment defended the city.", "Azov Regiment", "regiment"),
        ("The Golani Brigade entered Gaza.", "Golani Brigade", "brigade"),
        ("The Givati Brigade entered Rafah.", "Givati Brigade", "brigade"),
        ("Delta Force carried out the raid.", "Delta Force", "force"),
        ("The Imam Hussein Brigade fought there.", "Imam Hussein Brigade", "brigade"),
        ("The Fatemiyoun Division fought there.", "Fatemiyoun Division", "division"),
        ("The Zainabiyoun Brigade fought there.", "Zainabiyoun Brigade", "brigade"),
        ("Hezbollah’s Radwan Force withdrew.", "Radwan Force", "force"),
        ("The Black Sea Fleet lost a ship.", "Black Sea Fleet", "fleet"),
        ("US Central Command said on Monday.", "Central Command", "command"),
        ("Army Group South advanced.", "Army Group South", "army group"),
        ("SEAL Team Six killed him.", "SEAL Team Six", "unit"),
    ],
)
def test_named_formation(text: str, name: str, echelon: str) -> None:
    unit = one(text)
    assert (unit.name, unit.echelon) == (name, echelon)


@pytest.mark.parametrize(
    "name", ["Republican Guard", "Special Republican Guard", "Presidential Guard", "Spetsnaz"]
)
def test_curated_named_unit_without_echelon(name: str) -> None:
    unit = one(f"The {name} was sent to the front.")
    assert (unit.name, unit.echelon) == (name, None)


def test_navy_seals_are_special_forces_of_the_navy() -> None:
    unit = one("Navy SEALs boarded the tanker.")
    assert (unit.name, unit.branch, unit.kind) == ("Navy SEALs", "navy", "special forces")


def test_demonym_before_named_unit_is_nationality() -> None:
    unit = one("The Russian Black Sea Fleet lost a ship.")
    assert (unit.name, unit.nationality_text) == ("Black Sea Fleet", "Russian")


# --- generic mentions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Special forces raided the compound.", "special forces", "special forces"),
        ("special operations forces were deployed", "special operations forces", "special forces"),
        ("commandos stormed the building", "commandos", "commando"),
        ("paratroopers landed near the airport", "paratroopers", "airborne"),
    ],
)
def test_generic_kind_without_echelon(text: str, name: str, kind: str) -> None:
    unit = one(text)
    assert (unit.name, unit.kind, unit.echelon, unit.number) == (name, kind, None, None)


def test_single_nationality_special_forces() -> None:
    text = "Iranian special forces arrived."
    unit = one(text)
    assert (unit.name, unit.nationality_text, unit.nationality_span) == (
        "Iranian special forces",
        "Iranian",
        (0, 7),
    )
    assert text[unit.start : unit.end] == "Iranian special forces"


def test_three_coordinated_nationalities() -> None:
    units = find_units("US, British and French special forces took part.")
    assert [u.nationality_text for u in units] == ["US", "British", "French"]


def test_abbreviated_nationality() -> None:
    assert one("U.S. special forces raided the village.").nationality_text == "U.S."


@pytest.mark.parametrize(
    "text",
    [
        "troops crossed the border",
        "soldiers were killed",
        "marines landed on the beach",
        "Iranian troops and soldiers",
    ],
)
def test_plain_troops_soldiers_marines_are_not_units(text: str) -> None:
    assert find_units(text) == []


# --- all-caps wire copy -----------------------------------------------------------------------


def test_all_caps_named_battalion() -> None:
    text = "THE ATLACATL BATTALION ATTACKED THE VILLAGE OF SAN JOSE LAST NIGHT."
    unit = one(text)
    assert (unit.name, unit.echelon) == ("Atlacatl Battalion", "battalion")
    assert text[unit.start : unit.end] == "ATLACATL BATTALION"


def test_all_caps_numbered_brigade() -> None:
    unit = one("TROOPS OF THE 1ST INFANTRY BRIGADE CLASHED WITH THE REBELS IN THE NORTH.")
    assert (unit.name, unit.number, unit.kind) == ("1st Infantry Brigade", 1, "infantry")


def test_all_caps_name_may_wrap_onto_the_next_line() -> None:
    unit = one("TROOPS FROM THE ATLACATL\nBATTALION SURROUNDED THE AREA LATE ON SUNDAY NIGHT.")
    assert unit.name == "Atlacatl Battalion"


def test_all_caps_generic_noun_phrase_is_not_a_unit() -> None:
    assert find_units("THE GOVERNMENT FORCE AND AN ARMY BATTALION MOVED INTO THE TOWN.") == []


def test_title_case_headline_needs_a_strong_echelon() -> None:
    assert find_units("Pentagon Deploys Carrier Strike Group To The Region Amid Tensions") == []


# --- must not match ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was the 31st anniversary of the war.",
        "Conflict in the 21st century is different.",
        "a division of labour between the allies",
        "the division between the two camps",
        "a force of 300 men attacked",
        "The UN Security Council met.",
        "Air Force One landed in Riyadh.",
        "The Air Force and the Armed Forces responded.",
        "The US Marine Corps said.",
        "The Wagner Group withdrew.",
        "The Syrian Arab Army advanced.",
        "The Israel Defense Forces said.",
        "the 3rd brigade moved",
        "The Revolutionary Guard Corps said.",
        "Yesterday the Brigade commander resigned.",
        "Brigade Brigade Brigade Division",
    ],
)
def test_not_a_unit(text: str) -> None:
    assert find_units(text) == []


# --- contracts ----------------------------------------------------------------------------------


def test_unit_mention_is_frozen() -> None:
    unit = one(SEED)
    with pytest.raises(AttributeError):
        unit.name = "x"  # type: ignore[misc]


def test_results_are_in_text_order() -> None:
    text = "The Golani Brigade and the 82nd Airborne Division and Delta Force."
    assert names(text) == ["Golani Brigade", "82nd Airborne Division", "Delta Force"]


def test_empty_text() -> None:
    assert find_units("") == []


def test_mentions_convert_to_military_units() -> None:
    unit = one(SEED)
    model = MilitaryUnit(
        name=unit.name, number=unit.number, echelon=unit.echelon, parent=unit.parent_text
    )
    assert model.echelon == "division"


_PIECES = [
    *"aAbBsS1234 ,.'’-\n",
    "Brigade ",
    "1st ",
    "of the ",
    "special forces ",
    "Task Force ",
    "Company ",
    "TF ",
    "VIII ",
    "Army ",
    "IRGC's ",
    "Iranian and ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_spans_lie_inside_the_text_and_echelons_are_known(text: str) -> None:
    for unit in find_units(text):
        assert 0 <= unit.start < unit.end <= len(text)
        assert unit.echelon is None or unit.echelon in ECHELONS
        for span in (unit.parent_span, unit.nationality_span):
            assert span is None or 0 <= span[0] < span[1] <= len(text)


# --- hostile input: linear time (generous bound so the test never flakes) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "1st " * 250_000,
        "Alpha Bravo Charlie Golani " * 40_000,
        "," * 1_000_000,
    ],
    ids=["ordinals", "capitalised-words", "commas"],
)
def test_hostile_input_is_fast(text: str) -> None:
    began = time.perf_counter()
    find_units(text)
    assert time.perf_counter() - began < 5.0
