"""ACLED-style event descriptions, one or more per sub-event type, written by us from the ACLED
codebook's definitions (tests/data/acled_style.jsonl): the coder reads them as ACLED would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventkit
from eventkit.formats import acled

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "acled_style.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line
]


def _event(case: dict) -> eventkit.Event:
    found = eventkit.extract(case["text"])
    events = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert events, f"no ACLED event in {case['text']!r}"
    return events[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["sub_event_type"])
def test_event_and_sub_event_type(case: dict) -> None:
    event = _event(case)
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        case["event_type"], case["sub_event_type"]
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["sub_event_type"])
def test_fatalities(case: dict) -> None:
    assert (_event(case).fatalities or 0) == case["fatalities"]


@pytest.mark.parametrize("case", [c for c in CASES if "admin1" in c], ids=lambda c: c["admin1"])
def test_admin1_from_the_bracketed_region_as_acled_writes_it(case: dict) -> None:
    assert acled.to_row(_event(case))["admin1"] == case["admin1"]


def test_a_name_does_not_run_over_a_line_break() -> None:
    found = eventkit.extract("Iran and Armenia Hold Joint Military Drills\n\nA top general said.")
    assert all("\n" not in actor.name for actor in found.actors)


def test_an_announced_blockade_is_a_threat() -> None:
    found = eventkit.extract("Radical French farmers said they would blockade Paris on Monday.")
    assert any(e.root == "13" and e.modality == "actual" for e in found.events)


def test_a_promise_of_aid_is_an_expressed_intent_not_aid() -> None:
    found = eventkit.extract("Finland will give Tanzania a grant of 500 million shillings.")
    actual = {e.cameo for e in found.events if e.modality == "actual"}
    assert actual & {"033", "0331"} and not any(c.startswith("07") for c in actual)
    # the aid itself is coded as what it is: planned
    assert any(e.root == "07" and e.modality == "planned" for e in found.events)


def test_a_long_list_of_bracketed_places_is_read_in_one_pass() -> None:
    text = "Militants attacked Gwoza (Borno) and Boni (Mopti). " * 300
    found = eventkit.extract(text)
    places = {(loc.name, loc.country, loc.admin1): len(loc.mentions) for loc in found.locations}
    assert places[("Gwoza", "NGA", "Borno")] == 300
    assert places[("Boni", "MLI", "Mopti")] == 300  # not Germany's Boni, however often
    assert all(len(event.evidence) <= 64 for event in found.events)  # retellings are capped


def test_a_riot_the_police_dispersed_is_one_violent_demonstration() -> None:
    text = ("In Kisumu, a group of youths blocked roads with burning tires and threw stones at "
            "passing vehicles before police dispersed them.")
    (riot,) = [e for e in eventkit.extract(text, published="2025-06-13").events
               if e.root in ("14", "17")]
    assert riot.acled_sub_event_type == "Violent demonstration"
    text = ("Several hundred Christians staged a peaceful protest in Toba Tek Singh, demanding "
            "compensation for the families whose homes were burned.")
    assert {e.acled_sub_event_type for e in eventkit.extract(text, published="2023-06-20").events
            if e.root == "14"} == {"Peaceful protest"}


def test_a_weapon_doing_the_verb_is_an_attack_by_someone_unnamed() -> None:
    (strike,) = eventkit.extract(
        "Two S-300 missiles hit a residential building in Kharkiv shortly after 2 a.m.",
        published="2023-12-06").events
    assert strike.root == "19" and strike.acled_sub_event_type == (
        "Shelling/artillery/missile attack")
    # A verb without a doer and without a weapon stays uncoded.
    assert not eventkit.extract("Prices hit a record in Kharkiv.", published="2023-12-06").events


def test_armed_herders_are_a_militia_not_a_mob() -> None:
    (attack,) = [e for e in eventkit.extract(
        "On 16 May 2023, armed Fulani herders attacked several villages around Mangu "
        "(Plateau), killing 17 residents.").events if e.root == "19"]
    assert (attack.acled_event_type, attack.acled_sub_event_type) == (
        "Violence against civilians", "Attack")
    (riot,) = [e for e in eventkit.extract(
        "On 3 May 2023, youths attacked a police station in Gao.").events if e.root == "19"]
    assert riot.acled_event_type == "Riots"


def test_violence_someone_unnamed_did_to_someone_is_coded() -> None:
    (abduction,) = eventkit.extract(
        "On 11 August 2023, members of a criminal group kidnapped 5 young men in Lagos de "
        "Moreno (Jalisco).").events
    assert abduction.acled_sub_event_type == "Abduction/forced disappearance"
    # A passive toll without a doer is no new event after the violence it is the toll of,
    # but the only telling of violence its paragraph has is coded, by an unnamed doer.
    (attack,) = eventkit.extract("Gunmen attacked a bus near Kaduna. Five passengers were "
                                 "kidnapped.", published="2023-11-07").events
    assert attack.actor1 is not None and attack.actor1.name == "gunmen"
    (kidnapping,) = eventkit.extract("Five soldiers were kidnapped.",
                                     published="2023-11-07").events
    assert kidnapping.cameo.startswith("181") and kidnapping.actor2 is not None
    assert kidnapping.actor2.kind == "military"


# Rules found on the second blind set of descriptions, each tested here in our own words.
CODEBOOK_RULES = [
    # (text, sub-event type, fatalities) of the first actual ACLED event
    ("On 2 March 2024, unidentified gunmen shot dead a PDP ward chairman in Jos (Plateau).",
     "Attack", 1),
    ("On 4 April 2022, rioters looted and torched shops owned by migrants in Durban "
     "(KwaZulu-Natal).", "Mob violence", 0),
    ("On 9 May 2022, protesters looted and set fire to a ruling party office in Colombo "
     "(Western).", "Violent demonstration", 0),
    ("On 7 March 2023, lawyers protested outside the high court in Peshawar "
     "(Khyber Pakhtunkhwa) against the arrest of a colleague.", "Peaceful protest", 0),
    ("On 4 October 2022, hundreds of teachers gathered in Nairobi (Nairobi) to protest "
     "delayed salaries.", "Peaceful protest", 0),
    ("On 18 July 2024, police fired tear gas at students protesting in Dhaka (Dhaka), "
     "killing two.", "Excessive force against protesters", 2),
    ("On 4 April 2017, military forces of Syria dropped bombs containing sarin on Khan "
     "Shaykhun (Idlib), killing 89 people.", "Chemical weapon", 89),
    ("On 9 June 2023, the army and the rebels agreed to a seven-day ceasefire in Khartoum "
     "(Khartoum).", "Agreement", 0),
    ("On 2 May 2024, 40 al-Shabaab fighters surrendered to the army in Beledweyne "
     "(Hiraan).", "Agreement", 0),
    ("On 10 May 2024, Russian forces captured Vovchansk (Kharkiv).",
     "Non-state actor overtakes territory", 0),
    ("On 5 May 2021, 3 militants were killed when the bomb they were assembling exploded "
     "prematurely in Quetta (Balochistan).", "Disrupted weapons use", 3),
    ("On 1 July 2024, MS-13 gang members shot dead a taxi driver in San Salvador "
     "(San Salvador).", "Attack", 1),
    ("On 3 June 2023, JNIM militants clashed with Dozo hunters near Djibo (Sahel). "
     "Local sources said 7 hunters were killed.", "Armed clash", 7),
    ("On 3 May 2024, a bomb exploded next to a police van in Quetta (Balochistan), killing "
     "three policemen and a passer-by.", "Remote explosive/landmine/IED", 4),
    ("On 8 May 2024, gunmen attacked villagers in Zurak (Plateau). Reports put the death "
     "toll between 20 and 40.", "Attack", 20),
    ("On 6 May 2022, soldiers detained and killed a teacher in Kassala (Kassala).",
     "Attack", 1),
    ("On 2 April 2021, a mob tied up and beat a suspected thief in Ranchi (Jharkhand). He died "
     "of his injuries the next day.", "Mob violence", 1),
    ("On 28 July 2025, Thailand and Cambodia agreed on Monday to an immediate and "
     "unconditional ceasefire in Putrajaya (Putrajaya).", "Agreement", 0),
    ("On 7 January 2025, M23 rebels seized the town of Masisi (Nord-Kivu) after two days of "
     "fighting, residents said.", "Non-state actor overtakes territory", 0),
    ("On 6 December 2023, Russian missiles struck Kharkiv (Kharkiv), killing two people, while "
     "Russia said it had shot down 20 Ukrainian drones over Bryansk.",
     "Shelling/artillery/missile attack", 2),
    ("On 9 June 2023, bandits stormed a school in Kuriga (Kaduna) and kidnapped 40 pupils.",
     "Abduction/forced disappearance", 0),
    ("On 12 July 2024, the government declared a state of emergency in Goma (Nord-Kivu).",
     "Change to group/activity", 0),
    ("On 3 June 2023, farmers gathered outside the prefecture in Cusco (Cusco) to demand "
     "support after floods destroyed their crops.", "Peaceful protest", 0),
    ("On 2 May 2024, the junta decreed a general mobilisation in Niamey (Niamey).",
     "Change to group/activity", 0),
    ("On 1 July 2023, rioters burned cars in Lyon (Auvergne-Rhone-Alpes) during protests "
     "after the police killing of a teenager.", "Violent demonstration", 0),
    # the nouns of gunfire, and what a dispute "led to" happened
    ("On 3 March 2022, a shooting at a bar in Kingston (Kingston) left two patrons dead.",
     "Attack", 2),
    ("On 3 March 2022, a land dispute led to firing in Rampur (Uttar Pradesh), leaving one "
     "villager dead.", "Attack", 1),
    ("On 3 March 2022, rioters burned a bus in Sylhet (Sylhet) during a hartal.",
     "Violent demonstration", 0),
    # communities that clash without a death or a gun are a mob (ACLED); with deaths, militias
    ("On 5 May 2022, herders and farmers clashed near Kandi (Alibori) over crop damage. "
     "Police arrested two herders.", "Mob violence", 0),
    ("On 5 May 2022, herders and farmers clashed near Kandi (Alibori). Three people killed, "
     "several injured.", "Armed clash", 3),
    # the victims who are armed make a battle of a killing
    ("On 5 May 2022, gunmen shot dead a police member in Daraa (Dar'a).", "Armed clash", 1),
    ("On 5 May 2022, JNIM militants executed a Dozo near Djibo (Soum).", "Armed clash", 1),
    # the analyst's figure, a death coded apart, two tolls told side by side
    ("On 5 May 2022, soldiers shelled villages near Tal Tamr (Al Hasakeh), killing an unknown "
     "number of civilians. Unspecified fatalities coded to 5.",
     "Shelling/artillery/missile attack", 5),
    ("On 5 May 2022, RSF abducted a trader in Omdurman (Khartoum). He was later killed on "
     "9 May (coded separately).", "Abduction/forced disappearance", 0),
    ("On 5 May 2022, SAF reclaimed territory from the RSF in Omdurman (Khartoum). 2 soldiers "
     "were killed, whilst 4 RSF fighters were reportedly killed.",
     "Government regains territory", 6),
    # what is not a weapon used
    ("On 5 May 2022, pirates attacked a chemical tanker and kidnapped its crew off Lagos "
     "(Lagos).", "Abduction/forced disappearance", 0),
    # weapons told with the act, and the act one side blames on another
    ("On 5 May 2022, rebels attacked an army convoy with landmines near Loikaw (Kayah).",
     "Remote explosive/landmine/IED", 0),
    ("On 5 May 2022, the KNU accused the military of firing a mortar shell at Mutraw village "
     "(Kayin). Two villagers were injured.", "Shelling/artillery/missile attack", 0),
    ("On 5 May 2022, militants burned a bar and a forest ranger post in Kompienga (Est).",
     "Looting/property destruction", 0),
    ("On 5 May 2022, Abu Tira set fire to, and killed, several herders in Tawila (North "
     "Darfur). Unspecified fatalities coded as 3.", "Attack", 3),
    ("On 5 May 2022, soldiers clashed with RSF in Tawila (North Darfur). The army claimed it "
     "killed 300 fighters (unverified fatalities, coded as 10).", "Armed clash", 10),
    # a community's men who attack another people are its militia, a lynching is a mob's (in
    # a note dated in March), rioters who clash with the police riot
    ("On 5 May 2022, villagers attacked a Fulani settlement near Kalale (Borgou), wounding "
     "four herders.", "Attack", 0),
    ("On 12 March 2022, residents beat a suspected thief to death in Bohicon (Zou).",
     "Mob violence", 1),
    ("On 5 May 2022, rioters and police clashed in Tchaourou (Borgou), demanding a recount of "
     "the vote. One rioter was killed.", "Violent demonstration", 1),
    # a member of "a local armed group" is armed; deaths told as "succumbed"; a thing struck
    ("On 5 May 2022, gunmen shot dead a member of a local armed group in Nawa (Dar'a).",
     "Armed clash", 1),
    ("On 5 May 2022, militants flogged two traders in Djibo (Soum). One of them later "
     "succumbed to his wounds.", "Attack", 1),
    ("On 5 May 2022, an unexploded shell exploded as boys hit it with a stone in Sittwe "
     "(Rakhine). One boy died.", "Remote explosive/landmine/IED", 1),
    # drones downed in a battle are the battle's
    ("On 5 May 2022, the SDF repelled an army attack near Tishreen dam (Aleppo), killing two "
     "soldiers and downing three drones.", "Armed clash", 2),
]


@pytest.mark.parametrize(("text", "sub", "fatalities"), CODEBOOK_RULES,
                         ids=[sub for _, sub, _ in CODEBOOK_RULES])
def test_codebook_rules(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


def test_the_victims_of_one_sided_violence_are_civilians_with_their_party() -> None:
    event = _event({"text": "On 2 March 2024, unidentified gunmen shot dead a PDP ward "
                            "chairman in Jos (Plateau)."})
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_participle_after_the_object_is_no_verb_of_its_own() -> None:
    events = eventkit.extract("On 5 January 2024, a drone struck villagers gathered for a "
                              "wedding in Kafin Hausa (Jigawa). 12 people were killed.").events
    assert [e.acled_sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].fatalities == 12


def test_passives_through_degree_adverbs_and_the_one_told_is_no_subject() -> None:
    (clash,) = [e for e in eventkit.extract(
        "Police clashed with rioters in Lagos on Monday. Several people were lightly "
        "wounded.", published="2024-06-25").events if e.root in ("14", "18", "19")]
    assert clash.actor1 is not None and clash.actor1.name != "people"
    strike = [e for e in eventkit.extract(
        "A source told Reuters the depot had been hit.", published="2024-06-25").events]
    assert all(e.actor2 is None or e.actor2.name != "Reuters" for e in strike)


def test_a_toll_told_after_rescuers_pulled_bodies_and_no_one_killed() -> None:
    (strike,) = [e for e in eventkit.extract(
        "A missile slammed into an apartment building in Kryvyi Rih. Rescuers pulled six "
        "bodies from the rubble, and 19 people were wounded.", published="2025-02-05").events
        if e.modality == "actual"]
    assert strike.fatalities == 6
    (rockets,) = [e for e in eventkit.extract(
        "Militants fired rockets at Kiryat Shmona on Monday. No one was killed, but two people "
        "were lightly wounded.", published="2024-01-01").events if e.modality == "actual"]
    assert rockets.fatalities == 0


def test_a_gas_facility_is_no_chemical_weapon() -> None:
    (strike,) = eventkit.extract("On 3 February 2025, a drone hit a gas distribution facility in "
                                 "Bohodukhiv (Kharkiv).").events
    assert strike.acled_sub_event_type == "Air/drone strike"


def test_identity_militias_and_one_crowd() -> None:
    clash = _event({"text": "On 10 May 2021, Murle armed youth clashed with Dinka Bor armed "
                            "youth near Pibor (Jonglei)."})
    row = acled.to_row(clash)
    assert row["inter1"] == "Identity militia"
    march = _event({"text": "On 15 May 2019, teachers and students marched in Recife "
                            "(Pernambuco) against budget cuts."})
    assert march.acled_sub_event_type == "Peaceful protest" and march.actor2 is None


def test_a_vehicle_that_strikes_a_mine_is_its_victim_and_the_claimant_its_user() -> None:
    (blast,) = [e for e in eventkit.extract(
        "Three soldiers died on Monday when their truck hit a landmine outside Kidal, the army "
        "said. Ansar Dine claimed responsibility for the explosion on Tuesday.",
        published="2024-03-06").events if e.acled_event_type]
    assert blast.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert blast.actor2 is not None and blast.actor2.kind == "military"
    assert blast.actor1 is not None and blast.actor1.name == "Ansar Dine"
    (unclaimed,) = [e for e in eventkit.extract(
        "A minibus ran over a mine near Kidal on Monday, killing four passengers.",
        published="2024-03-06").events if e.acled_event_type]
    assert unclaimed.actor1 is not None and unclaimed.actor1.name == "Unidentified Armed Group"


def test_a_mob_burning_homes_is_violence_against_civilians() -> None:
    event = _event({"text": "On 4 June 2023, a mob burned 20 houses of Christian families in "
                            "Kamalia (Punjab)."})
    assert event.acled_sub_event_type == "Mob violence"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


# The conventions of ACLED's own notes (written here in our own words).

def test_the_place_before_the_brackets_is_the_location_and_the_last_bracketed_the_region() -> None:
    event = _event({"text": "On 4 March 2023, gunmen killed two herders near Kadafa village "
                            "(Kismaayo, Lower Juba)."})
    assert event.location is not None
    assert (event.location.name, event.location.admin1, event.location.country) == (
        "Kadafa", "Lower Juba", "SOM")
    myanmar = _event({"text": "On 6 May 2021, in Ywa Thit village (Minbya Township, Mrauk-U "
                              "District, Rakhine State), a landmine exploded, killing a farmer."})
    assert myanmar.location is not None
    assert (myanmar.location.name, myanmar.location.admin1) == ("Ywa Thit", "Rakhine")


def test_an_analysts_remark_on_the_coded_fatalities_is_the_figure() -> None:
    for text, fatalities in (
        ("On 5 May 2021, militants attacked a police post in Kerou (Atacora). Several police "
         "officers were killed. Unspecified number of fatalities coded as 3.", 3),
        ("On 5 May 2021, soldiers clashed with militants in Kerou (Atacora). 2 soldiers were "
         "killed and 4 militants died. Total fatalities coded as 6.", 6),
        ("On 5 May 2021, gunmen attacked Kerou (Atacora), killing 12. 12 fatalities split "
         "across 2 events and coded as 6 for this event.", 6),
        ("On 5 May 2021, gunmen shot a trader in Kerou (Atacora). 1 fatality.", 1),
    ):
        assert _event({"text": text}).fatalities == fatalities, text


def test_a_notes_label_codes_its_event() -> None:
    for text, sub in (
        ("Looting: On 3 May 2021, militants stole cattle from herders near Djibo (Soum).",
         "Looting/property destruction"),
        ("Non-violent activity: On 3 May 2021, militants ordered villagers to leave Djibo "
         "(Soum).", "Other"),
        ("Detonation: On 3 May 2021, an IED exploded while militants were planting it near "
         "Djibo (Soum). 2 militants were killed.", "Disrupted weapons use"),
    ):
        assert _event({"text": text}).acled_sub_event_type == sub, text
    assert _event({"text": "Detonation: On 3 May 2021, an IED exploded while militants were "
                           "planting it near Djibo (Soum). 2 militants were killed."}
                  ).fatalities == 2


def test_animals_are_no_fatalities_and_a_sponsor_no_crowd() -> None:
    event = _event({"text": "On 5 May 2021, herders protested in Narok (Narok) after 30 goats "
                            "were killed by a truck. [size=no report]"})
    assert (event.acled_sub_event_type, event.fatalities or 0) == ("Peaceful protest", 0)
    rally = _event({"text": "On 5 May 2021, people in Aden (Aden) took part in a STC-organized "
                            "demonstration. [size=no report]"})
    assert rally.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 4 June 2024, an Israeli drone carried out a strike on a car near Bint Jbeil "
     "(Nabatieh).", "Air/drone strike"),
    ("On 4 June 2024, Russian air forces launched a missile strike at Pavlohrad "
     "(Dnipropetrovsk).", "Air/drone strike"),
    ("On 4 June 2024, rebels targeted an army base near Tal Tamer (Al Hasakeh) with heavy "
     "weapons.", "Shelling/artillery/missile attack"),
    ("On 4 June 2024, M23 rebels clashed with FARDC soldiers near Sake (North Kivu), with heavy "
     "weapons used by both sides.", "Armed clash"),
    ("On 4 June 2024, soldiers shot dead a French national near Gao (Gao).", "Attack"),
    ("On 4 June 2024, youths demonstrated violently in Busia (Busia). [size=no report]",
     "Violent demonstration"),
    ("On 4 June 2024, angry residents looted and destroyed a clinic in Kisumu (Kisumu).",
     "Mob violence"),
])
def test_weapons_victims_and_crowds(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_walkout_launched_is_no_air_strike() -> None:
    found = eventkit.extract("On 4 June 2024, teachers launched a strike over pay in Nairobi.")
    assert all(e.acled_sub_event_type != "Air/drone strike" for e in found.events)


def test_throats_brackets_guns_and_uncertain_deaths() -> None:
    slit = _event({"text": "On 3 May 2022, gunmen slit the throat of a trader near Kerou "
                           "(Atacora). It is not known whether he died."})
    assert (slit.acled_sub_event_type, slit.fatalities or 0) == ("Attack", 0)
    unsure = _event({"text": "On 3 May 2022, gunmen (the sources are not clear) shot and killed a "
                             "trader near Kerou (Atacora)."})
    assert (unsure.modality, unsure.fatalities) == ("actual", 1)
    mixed = _event({"text": "On 3 May 2022, gunmen attacked a police patrol using grenades and "
                            "firearms in Celaya (Guanajuato). 3 fatalities."})
    assert mixed.acled_sub_event_type == "Armed clash"
    drove = _event({"text": "On 9 May 2020, at least 20 people drove in Babruysk (Mogilev) to "
                            "protest against the parade. [size=at least 20]"})
    assert (drove.acled_sub_event_type, drove.modality) == ("Peaceful protest", "actual")


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    ("Land seizure: On 1 May 2024, settlers fenced off farmland near Hebron (West Bank).",
     "Looting/property destruction", 0),
    ("On 1 May 2024, rebel reinforcements arrived at the front near Marib (Marib).",
     "Change to group/activity", 0),
    ("On 1 May 2024, 9 militants including 3 commanders were killed when troops repulsed their "
     "attack near Kunduz (Kunduz).", "Armed clash", 9),
    ("On 1 May 2024, two unidentified attackers hacked to death a village chief in Lamu (Lamu).",
     "Attack", 1),
    ("On 1 May 2024, Russian forces shot down a Ukrainian Su-25 aircraft near Pokrovsk "
     "(Donetsk).", "Shelling/artillery/missile attack", 0),
    ("On 1 May 2024, villagers heard artillery shell explosions near Pe Pa Don (Rakhine).",
     "Shelling/artillery/missile attack", 0),
    ("On 1 May 2024, a mob burnt down a neighborhood of Taneka Beri (Donga).", "Mob violence", 0),
    ("On 1 May 2024, 2 armed people shot at policemen in Seme-Krake (Oueme).", "Armed clash", 0),
    ("On 3 May 2021, a minibus drove over an unexploded ordnance near Baidoa (Bay), killing "
     "two passengers.", "Remote explosive/landmine/IED", 2),
    ("On 3 May 2021, a mortar shell fell on a house in Hpakant (Kachin). A woman died.",
     "Shelling/artillery/missile attack", 1),
    # remote violence its target answered, and an attack fought off: battles
    ("On 3 May 2021, militants threw a grenade at a police post in Beledweyne (Hiraan). The "
     "police returned fire.", "Armed clash", 0),
    ("On 3 May 2021, bandits attacked travellers near Funtua (Katsina) but were repelled by "
     "soldiers.", "Armed clash", 0),
    # what a crowd gathers doing, and the fires it lights
    ("On 3 May 2021, dozens of graduates gathered outside the oil ministry in Basra city, "
     "Basra province, demanding jobs.", "Peaceful protest", 0),
    ("On 3 May 2021, youths lit bonfires and blocked a highway in Ikorodu (Lagos) to protest "
     "a killing.", "Violent demonstration", 0),
    ("On 3 May 2021, in Natal (Rio Grande do Norte), a man was shot dead by gunmen. He had a "
     "criminal record for theft and drug trafficking.", "Armed clash", 1),
    ("On 5 June 2021, ADF rebels launched attacks including on Loselose village (Beni, "
     "Nord-Kivu). Nine women and two men were killed.", "Attack", 11),
    # deaths told in two clauses add up; "a soldier" is one of them
    ("On 5 June 2021, rebels clashed with FARDC troops near Oicha (Nord-Kivu). A soldier was "
     "killed and two other civilians were killed.", "Armed clash", 3),
    ("On 5 June 2021, rebels clashed with FARDC troops near Oicha (Nord-Kivu). A soldier and "
     "two civilians were killed.", "Armed clash", 3),
    ("On 5 June 2021, police clashed with gunmen in Bannu (Khyber Pakhtunkhwa). Three "
     "policemen were killed and two gunmen died.", "Armed clash", 5),
    # one person told by a pronoun who died of the violence
    ("On 5 June 2021, gunmen shot a trader in Garoua (Nord). He was badly injured "
     "and died in hospital.", "Attack", 1),
    # civilians who set off what others left: the explosive's harm, not a misfire; the verb
    # after "and" has the blast for its subject, not the first verb's object
    ("On 5 June 2021, in Mindat (Chin), villagers accidentally detonated an unexploded bomb. "
     "The explosion killed a woman and injured nine villagers.",
     "Remote explosive/landmine/IED", 1),
    # a list of victims closed by "and", whatever its first article
    ("On 5 June 2021, gunmen killed a teacher, his wife and their three children in Kachia "
     "(Kaduna).", "Attack", 5),
    ("On 5 June 2021, gunmen killed a trader, a farmer and his son in Kachia (Kaduna).",
     "Attack", 3),
    # the deaths the police caused stopping a crowd's violence are its toll, one event
    ("On 5 June 2021, residents attacked health workers in Beni (Nord-Kivu). Police "
     "intervened and killed one woman.", "Mob violence", 1),
    ("On 5 June 2021, rioters burned shops in Kano (Kano). Police intervened, killing two "
     "rioters.", "Mob violence", 2),
    # a death told as what moved a crowd is its cause, not its toll, and a body left no
    # count of the dead
    ("On 5 June 2021, residents attacked police in Kano (Kano) after a boy was killed.",
     "Mob violence", 0),
    ("On 5 June 2021, residents clashed with police in Kano (Kano) following the burial of a "
     "youth tortured to death in police detention.", "Mob violence", 0),
    ("On 5 June 2021, a mob attacked a prefect's residence in Lai (Tandjile), burning two "
     "police vehicles and abandoning a dead body.", "Mob violence", 0),
    # a hedge in brackets qualifies the attribution, not the explosion
    ("On 5 June 2021, an IED planted by an unknown armed group (likely Al Shabaab) exploded "
     "in Afgooye (Lower Shabelle). Two civilians were killed.",
     "Remote explosive/landmine/IED", 2),
    # an explosive thrown by hand is a grenade (ACLED's definition)
    ("On 5 June 2021, an unidentified assailant hurled an anti-personnel mine at the police "
     "station of Quezon (Northern Mindanao).", "Grenade", 0),
    # the rape that moved a crowd is not the crowd's violence
    ("On 5 June 2021, locals vandalized a company office in Bajhang (Sudurpashchim) after one "
     "of its labourers was involved in gang-raping a woman.", "Mob violence", 0),
    # dead told later as "other" or "more" add to the toll
    ("On 21 December 2020, militants ambushed an army patrol in Mogodyougou (Tillaberi). 7 "
     "soldiers and 4 militants were killed. The army reported that 7 other militants were "
     "killed in a counterattack.", "Armed clash", 18),
    ("On 5 June 2021, militants attacked a base in Gao (Gao). Three soldiers were killed. "
     "Another two soldiers died in hospital.", "Armed clash", 5),
    # property taken or destroyed in an attack that harmed no one is looting
    ("On 5 June 2021, a radio station in Monrovia (Montserrado) was attacked by an "
     "unidentified armed group, who stole the transmitter.", "Looting/property destruction", 0),
    ("On 5 June 2021, Al Shabaab militants stormed a construction site in Hagarsu (Mandera) "
     "and destroyed equipment.", "Looting/property destruction", 0),
    # stones thrown by gunmen at a protest are force against it, no riot
    ("On 5 June 2021, unidentified gunmen stopped a protest in Port Harcourt (Rivers), firing "
     "gunshots and throwing stones.", "Excessive force against protesters", 0),
    # the police's assault on a demonstration is force against it, no riot
    ("On 31 December 2020, supporters of the Coalition for Revolution demonstrated in Abuja "
     "(FCT). Police forces arrested at least five demonstrators and assaulted two others.",
     "Protest with intervention", 0),
    # unarmed people who throw a rock are a mob
    ("On 7 May 2023, in Aicuna (La Rioja), unidentified individuals threw a rock at the "
     "vehicle of a mayoral candidate.", "Mob violence", 0),
    # "coded at", and "all 5"
    ("On 13 November 2019, soldiers clashed with the Arakan Army near Kyauktaw (Rakhine). "
     "Seven soldiers were killed. [Fatalities coded at 5]", "Armed clash", 5),
    ("On 8 October 2023, in Ofaqim (HaDarom), police killed all 5 Hamas militants holding a "
     "couple hostage.", "Armed clash", 5),
    # traditional rulers are civilians to ACLED, not the government
    ("On 26 October 2021, armed men opened fire in a meeting of traditional rulers in Tema "
     "(Greater Accra), killing one.", "Attack", 1),
    # ACLED counts the suicide bomber among the dead
    ("On 19 January 2020, a suicide bomber detonated herself in Kaiga (Lac), and killed nine "
     "civilians.", "Suicide bomb", 10),
    # a bus carries civilians
    ("On 5 June 2021, a bus heading to Gorongosa (Sofala) was attacked with gunfire by "
     "gunmen. One person died.", "Attack", 1),
])
def test_more_of_acleds_notes(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


def test_their_attack_and_a_verbs_demonstration_and_an_accident_with_a_mine() -> None:
    attack = _event({"text": "On 19 March 2020, 10 Taliban militants were killed following "
                             "their attacks on Afghan forces in Alishing (Laghman)."})
    assert attack.actor1 is not None and attack.actor1.name == "Taliban"
    assert attack.fatalities == 10
    riot = _event({"text": "On 2 May 2020, residents held a violent demonstration in Mzuzu "
                           "(Mzimba, Northern). [size=no report]"})
    assert riot.acled_sub_event_type == "Violent demonstration"
    mine = _event({"text": "On 14 November 2023, a civilian car accidentally ran over an "
                           "explosive near Hryhorivka, Kharkiv region. 1 civilian was killed."})
    assert (mine.acled_sub_event_type, mine.fatalities) == ("Remote explosive/landmine/IED", 1)


def test_ages_are_no_counts_and_listed_persons_are() -> None:
    event = _event({"text": "On 6 December 2023, Russian missiles struck Kharkiv (Kharkiv). A "
                            "64-year-old man and a 47-year-old woman were killed."})
    assert event.fatalities == 2


@pytest.mark.parametrize(("text", "sub"), [
    ("On 31 March 2019, a couple was beaten and the woman gang-raped by party supporters in "
     "Bagga (Noakhali).", "Sexual violence"),
    ("On 5 April 2019, HTS fighters arrested a civilian in Tremseh (Idlib) over allegations of "
     "spying.", "Abduction/forced disappearance"),
    ("On 6 December 2022, dozens of newly recruited soldiers protested in front of the Treasury "
     "in Bangui (Bangui). [size=several dozens]", "Peaceful protest"),
    ("On 5 April 2019, Israeli forces suppressed the weekly march in Nilin (Ramallah) using stun "
     "grenades and tear gas. [size=no report]", "Protest with intervention"),
    ("On 16 May 2022, a militant was killed by a booby-trap near Waya (Mopti).",
     "Remote explosive/landmine/IED"),
    ("On 26 August 2019, soldiers allegedly opened fire on herdsmen in Medeho (Obock).",
     "Attack"),
])
def test_what_sample_notes_taught(text: str, sub: str) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.modality) == (sub, "actual")


def test_a_force_before_an_adverb_is_the_subject() -> None:
    event = _event({"text": "Police reportedly shot and wounded three refugees in Djibouti."})
    assert event.actor1 is not None and event.actor1.kind == "police"


def test_a_participle_after_a_comma_shares_the_clauses_subject() -> None:
    found = eventkit.extract("On 11 June 2021, rebels clashed with soldiers in Boyo (Ouham), "
                             "gaining control of the village.")
    (taken,) = [e for e in found.events
                if e.acled_sub_event_type == "Non-state actor overtakes territory"]
    assert taken.actor1 is not None and taken.actor1.name == "rebels"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 8 May 2019, road workers demonstrated in Balbala (Djibouti) to demand better working "
     "conditions. They reportedly burned tires. [size=no report]", "Violent demonstration"),
    ("On 3 April 2019, a protest of around 100 people took place in Bucharest (Bucuresti). The "
     "gendarmerie intervened when protesters tried to block a street. [size=100]",
     "Protest with intervention"),
    ("On 1 November 2019, a protest to denounce the arrest of an activist was held in Obock "
     "(Obock). [size=no report]", "Peaceful protest"),
])
def test_what_happened_at_a_protest_is_told_after_it(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_no_intervention_reported_is_a_peaceful_protest() -> None:
    event = _event({"text": "On 3 July 2024, teachers demonstrated in Kisumu (Kisumu), demanding "
                            "a pay deal. No intervention was reported."})
    assert event.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 April 2019, unidentified gunmen stopped a protest in Port Harcourt (Rivers), firing "
     "gunshots. [size=no report]", "Excessive force against protesters"),
    ("On 23 May 2015, a journalist was injured in Dinajpur (Rangpur) during an attack on a "
     "protest.", "Protest with intervention"),
    ("On 23 March 2019, armed men resorted to aerial firing and assaulted protesters in "
     "Faisalabad (Punjab). [size=no report]", "Excessive force against protesters"),
    ("On 1 April 2019, suspected Al Shabaab militants kidnapped a government worker and his two "
     "sons in Dharkinlay (Banadir).", "Abduction/forced disappearance"),
])
def test_violence_done_to_a_protest_and_suspected_doers(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_figure_spread_over_events_and_a_downed_jets_owner() -> None:
    event = _event({"text": "On 23 May 2015, Houthi forces shelled Saudi positions in Jazan "
                            "(Jazan), killing several soldiers. Unknown fatalities coded as 10 "
                            "and spread over 3 events."})
    assert event.fatalities == 3
    downed = _event({"text": "On 23 May 2015, Yemeni anti-aircraft units shot down a Saudi "
                             "fighter jet in Bani Al-Harith (Sanaa)."})
    assert downed.actor2 is not None and downed.actor2.country == "SAU"


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 1 December 2022, rebels ambushed travellers near Kolo (Mbomou) killing at least 4 and "
     "seven were wounded.", 4),
    ("On 25 February 2019, a 12 year old girl was found tortured and killed in Gaalkayco "
     "(Mudug).", 1),
    ("On 5 January 2020, a road manager was shot and killed by unidentified armed men in Soreka "
     "(Amhara).", 1),
    ("On 5 January 2020, unidentified assailants shoot and kill a soldier in El Fasher (North "
     "Darfur).", 1),
    ("On 7 January 2020, militants clashed with police guarding a mast in Saretho (Garissa). "
     "Children were also targeted in the attack. 4 civilians and 2 attackers were killed.", 6),
    ("On 5 April 2019, a mob set a bus on fire in Bolpur (West Bengal) after a girl was killed "
     "when a bus hit her bicycle. [size=300]", 0),
    ("On 23 May 2015, Houthi forces shelled Saudi positions in Jazan (Jazan). Unknown fatalities "
     "coded as 10 and spread over three events.", 3),
])
def test_counting_the_dead_in_acleds_notes(text: str, fatalities: int) -> None:
    assert (_event({"text": text}).fatalities or 0) == fatalities


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 2 June 2021, soldiers and rebels clashed on the Kaga (Ouham) and Bossangoa (Ouham) "
     "fronts. 20 fatalities split up between 3 events.", 7),
    ("On 2 June 2021, tribesmen and rebels clashed in Kaga (Ouham). According to local "
     "sources, the fighting killed at least 28 people. Fatalities split across four events.", 7),
    ("On 2 June 2021, tribesmen and rebels clashed in Kaga (Ouham). The clashes killed 9 "
     "fighters.", 9),
])
def test_a_figure_split_between_events_and_the_toll_of_the_fighting(
    text: str, fatalities: int
) -> None:
    assert _event({"text": text}).fatalities == fatalities


def test_a_capture_during_a_clash_is_the_battles_outcome() -> None:
    event = _event({"text": "On 3 June 2021, rebels clashed with soldiers in Boyo (Ouham), "
                            "gaining control of the village."})
    assert event.acled_sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2 is not None and event.actor2.kind == "military"


@pytest.mark.parametrize(("text", "sub"), [
    # a riot with no demonstration told is a mob's violence; with one, or with a grievance, a
    # violent demonstration
    ("On 4 April 2019, settlers threw rocks at Palestinian cars near Burin (West Bank).",
     "Mob violence"),
    ("On 4 April 2019, students of two communities threw stones at each other in Daloa "
     "(Haut-Sassandra) after a dispute. Police intervened.", "Mob violence"),
    ("On 4 April 2019, locals attacked health workers burying a body in Beni (Nord-Kivu).",
     "Mob violence"),
    ("On 4 April 2019, youths threw stones at police in Daloa (Haut-Sassandra) following the "
     "arrest of a local leader.", "Violent demonstration"),
    ("On 4 April 2019, dockers protested over unpaid wages in Tadjourah (Tadjourah). They "
     "burned tires. Police arrested several of them.", "Violent demonstration"),
    # force that hurts peaceful protesters is excessive (ACLED: serious injuries)
    ("On 4 April 2019, nurses protested in Rabat (Rabat-Sale-Kenitra). Police dispersed them "
     "and four nurses were taken to hospital.", "Excessive force against protesters"),
    ("On 4 April 2019, nurses protested in Rabat (Rabat-Sale-Kenitra). Police dispersed them; "
     "two policemen were injured.", "Protest with intervention"),
    # two sides that exchange artillery, or shelling told with clashes, fight a battle
    ("On 9 May 2020, rebels exchanged artillery with government forces on the Kirsh front "
     "(Lahij).", "Armed clash"),
    ("On 8 October 2023, fighters shelled YPG positions near Abla (Aleppo) as armed clashes "
     "went on between the two sides.", "Armed clash"),
    ("On 8 October 2023, fighters shelled YPG positions near Abla (Aleppo).",
     "Shelling/artillery/missile attack"),
    # a victim no text calls armed is a civilian
    ("On 9 May 2020, in Cuauhtemoc (Chihuahua), a man was found dead on a road with firearm "
     "injuries.", "Attack"),
    ("On 26 March 2019, security forces forced their way into houses in Tahab (Jammu and "
     "Kashmir) and assaulted people.", "Attack"),
    ("On 5 April 2019, students broke the windows of offices at a university in Kitwe "
     "(Copperbelt) in protest. Police arrested 6.", "Violent demonstration"),
    ("On 23 May 2015, four bombs were found around an electricity tower in Cairo (Cairo) and "
     "three of the bombs went off.", "Remote explosive/landmine/IED"),
    # the armed opposition's detentions are abductions (ACLED: arrests are by the state)
    ("On 3 April 2019, opposition factions detained the director of a music school in "
     "Jandairis (Aleppo).", "Abduction/forced disappearance"),
    # rubber bullets, stun grenades and tear gas disperse; live fire or wounds are excessive
    ("On 5 April 2019, Israeli forces used rubber coated bullets, stun grenades and tear gas "
     "against demonstrators in Nilin (West Bank).", "Protest with intervention"),
    ("On 5 April 2019, police beat protesters in Khartoum (Khartoum), injuring 12.",
     "Excessive force against protesters"),
    ("On 30 September 2022, security forces opened fire on protesters in Zahedan (Sistan and "
     "Baluchestan).", "Excessive force against protesters"),
    # a clash told with its air strikes, drones and shelling stays a battle; the sides of
    # "between X, backed by A, and Y" are X and Y
    ("On 27 September 2024, clashes between the RSF, backed by Arab militias, and the SAF "
     "continued in El Fasher (North Darfur), with SAF airstrikes and RSF drones. Later, RSF "
     "shelling hit a market.", "Armed clash"),
    # ACLED's Latin American notes: a victim with a record of drug trafficking was in a gang
    ("On 1 December 2023, in Araguaina (Tocantins), two men shot and killed a man. The "
     "deceased had a police record for drug trafficking.", "Armed clash"),
    ("On 1 December 2023, in Arapiraca (Alagoas), two men shot and killed a man. The deceased "
     "had a police record for theft.", "Attack"),
    # a ceasefire one side declares is a change to its activity, not an agreement
    ("On 12 August 2018, the ONLF announced a unilateral ceasefire in Jijiga (Somali).",
     "Change to group/activity"),
    # the Houthis hold a state's forces for ACLED: what they take, a government regains
    ("On 9 May 2020, Houthi forces took control of Nihm (Sanaa).",
     "Government regains territory"),
    # a robbery told with an assault by the same men: the assault, the most severe
    ("On 20 December 2020, soldiers tried to steal money from a man in Metuge (Cabo "
     "Delgado). The soldiers also assaulted the father of the man.", "Attack"),
    # men who shoot are armed, not a mob
    ("On 14 July 2023, in Arapiraca (Alagoas), two men shot and killed a man.", "Attack"),
    # a suspended or off-duty policeman is no armed side
    ("On 28 March 2019, Maoists killed a suspended police constable in Dantewada "
     "(Chhattisgarh).", "Attack"),
    # an apposition between the subject and its verb
    ("On 14 November 2023, military forces of Mali, supported by Wagner Group personnel, "
     "retook Kidal (Kidal) from rebels.", "Government regains territory"),
    # people captured are held, not ground taken; captives killed are attacked
    ("On 6 June 2023, vigilantes captured two suspected thieves in Zaria (Kaduna).",
     "Abduction/forced disappearance"),
    ("On 6 June 2023, vigilantes captured two suspected thieves and killed them in Zaria "
     "(Kaduna).", "Attack"),
    ("On 6 June 2023, rebels captured 20 soldiers near Rutshuru (Nord-Kivu).", "Armed clash"),
    ("On 6 June 2023, soldiers captured the militants' base near Kidal (Kidal).",
     "Government regains territory"),
    # an attack on no armed side is an attack on civilians: a place of civilian life, an
    # official who bears no arms, the people told as its dead
    ("On 3 May 2022, JNIM militants attacked a market in Boni (Hombori, Douentza).", "Attack"),
    ("On 3 May 2022, gunmen attacked the house of the district commissioner in Kapoeta "
     "(Eastern Equatoria).", "Attack"),
    # ... but the armed guards killed there fought (ACLED: "killing a bodyguard of the
    # official" is a battle)
    ("On 3 May 2022, gunmen attacked the house of the district commissioner in Kapoeta "
     "(Eastern Equatoria), killing his guard.", "Armed clash"),
    ("On 3 May 2022, ISWAP militants attacked Kukawa (Borno). Eleven people were killed.",
     "Attack"),
    ("On 3 May 2022, ISWAP militants attacked an army base in Kukawa (Borno). Eleven soldiers "
     "were killed.", "Armed clash"),
    # what a crowd of protesters does is its demonstration
    ("On 5 August 2018, protesters gathered in Hawassa (SNNP).", "Peaceful protest"),
    # the fighting a crowd marches over is no force used on it
    ("On 1 December 2023, about 200 protesters held a march in Chicago (Illinois) to call for "
     "a ceasefire in the wake of renewed fighting between Israel and Hamas.",
     "Peaceful protest"),
    ("On 3 November 2020, fifty women staged a demonstration in Ouahigouya (Yatenga) over "
     "water shortages.", "Peaceful protest"),
    ("On 5 August 2018, protesters assembled outside the regional council in Hawassa "
     "(SNNP).", "Peaceful protest"),
    # force told after the gathering is used against it, however many verbs tell the force
    ("On 2 December 2024, protesters gathered outside the city hall in Batumi (Adjara). Police "
     "used water cannons and pepper spray to disperse them.", "Protest with intervention"),
    # barricades and tyres set on fire are a demonstration's fires, not property destroyed
    ("On 30 November 2023, stevedores set barricades on fire in Valparaiso (Valparaiso) over "
     "unpaid bonuses.", "Violent demonstration"),
])
def test_riots_force_battles_and_bombs_as_acled_codes_them(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_two_clans_militias_that_clashed_are_both_sides() -> None:
    event = _event({"text": "On 2 April 2025, Habar Gedir and Leelkayse clan militias clashed "
                            "near Jiic boor village (Gaalkacyo, Mudug)."})
    row = acled.to_row(event)
    assert (row["inter1"], row["inter2"]) == ("Identity militia",) * 2  # not a village


@pytest.mark.parametrize(("text", "target"), [
    # an attack on a post of the state's forces is on those forces
    ("On 3 May 2024, militants attacked a police station in Quetta (Balochistan).",
     ("police", "PAK")),
    ("On 27 August 2024, Hezbollah hit equipment at Dovev Barracks (HaZafon) with an "
     "explosive drone.", ("military", "ISR")),
    ("On 3 May 2024, militias fired rockets at a US military base in Deir ez-Zor "
     "(Deir ez-Zor).", ("state", "USA")),
    # a group's own post is not the state's
    ("On 3 May 2024, soldiers attacked an al-Shabaab checkpoint near Jilib (Middle Juba).",
     ("rebel", "SOM")),
    # ACLED's looting is of civilians' goods
    ("On 18 November 2020, militants seized an ambulance near Gorom-Gorom (Oudalan). Looting.",
     ("civilians", "BFA")),
])
def test_whom_an_attack_with_no_named_target_struck(text: str, target: tuple[str, str]) -> None:
    event = _event({"text": text})
    assert event.actor2 is not None and (event.actor2.kind, event.actor2.country) == target


@pytest.mark.parametrize(("text", "sub", "kind"), [
    # a party's members who come to blows are rioters; armed or deadly, its militia
    ("On 4 May 2022, ANC supporters assaulted two journalists in Durban (KwaZulu-Natal).",
     "Mob violence", "rioters"),
    ("On 4 May 2022, supporters of the PTI clashed with the police in Lahore (Punjab).",
     "Mob violence", "rioters"),
    ("On 4 May 2022, ANC supporters attacked a family in Durban (KwaZulu-Natal) with "
     "machetes.", "Attack", "party"),
    # two parties' supporters: both sides are rioters
    ("On 3 May 2019, ZANU-PF and MDC supporters clashed in Harare (Harare).", "Mob violence",
     "rioters"),
])
def test_a_partys_members_who_fight_are_rioters(text: str, sub: str, kind: str) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.actor1 and event.actor1.kind) == (sub, kind)
    if "clashed" in text and "police" not in text:
        assert event.actor2 is not None and event.actor2.kind == kind


def test_a_bombing_by_a_states_forces_is_from_the_air() -> None:
    air = _event({"text": "On 9 October 2023, military aircraft bombed a camp for displaced "
                          "people in Laiza (Kachin), killing 9 people."})
    assert (air.acled_sub_event_type, air.fatalities) == ("Air/drone strike", 9)
    planted = _event({"text": "On 9 October 2023, militants bombed a bus in Quetta "
                              "(Balochistan)."})
    assert planted.acled_sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "fatalities"), [
    # a day with no year to resolve is still no count; one person named after the death word
    ("On March 25, in Puri (Odisha), unidentified men shot dead Youth Wing President Ravi "
     "Sahu.", 1),
    ("On 6 March, a man was shot dead and three others injured in Sector 49 in Chandigarh "
     "(Chandigarh).", 1),
    # the dead and the hurt told together are no count of the dead
    ("On 2 June 2021, soldiers and rebels clashed in Kaga (Ouham). 19 civilians were killed. "
     "A source said more than 100 were killed and wounded.", 19),
    ("Rebels captured the town of Lafon (Eastern Equatoria) - 50 soldiers were reportedly "
     "killed as well as 7 rebels", 57),
    ("On 2 June 2021, militants attacked villagers in Kaga (Ouham), killing 6. The fatalities "
     "were distributed across three events.", 2),
    # the dead told after, "also": more dead of the same fight (its sides told by their roles)
    ("On 4 May 2024, JNIM militants attacked an army post near Gao (Gao). Soldiers repelled "
     "the attack and killed 5 militants. 2 soldiers were also killed.", 7),
    # "they", "them": as many as the group counted before
    ("On 2 May 2024, 3 gunmen fired at a police patrol in Kano (Kano). They were killed when "
     "the police returned fire.", 3),
    ("On 6 June 2023, vigilantes captured two suspected thieves and killed them in Zaria "
     "(Kaduna).", 2),
    # ACLED's remarks: the total told, a figure shared between events
    ("On 20 March 2024, 12 people were killed in an airstrike on a house in Rafah (Gaza "
     "Strip). Also, a drone struck a car nearby, leaving 2 fatalities. Total fatalities were "
     "14.", 14),
    ("On 6 November 2020, soldiers killed an unspecified number of herders near Djibo (Soum). "
     "Unknown fatalities are split across two events and coded as 10.", 5),
    # two verbs of one act ("detonated, targeting"); "has been found killed"
    ("On 1 November 2021, an IED by al-Shabaab militants detonated near Kiunga (Lamu), "
     "targeting a Kenyan military vehicle. A ranger was killed and a driver injured.", 1),
    ("On 25 February 2020, a missing 12 year old girl has been found tortured and killed in "
     "Gaalkacyo (Mudug).", 1),
    # the number before an active death verb counts the killers
    ("On 14 July 2023, in Arapiraca (Alagoas), two men shot and killed a man.", 1),
    # a death that moved the crowd is not the crowd's toll
    ("On 30 November 2023, residents held a demonstration in Delmas 32 to decry the killing of "
     "a young man by a police officer. Demonstrators burned tires on the road.", 0),
    ("On 2 June 2024, residents set two trucks on fire in Tema (Greater Accra), after a "
     "ten-year-old boy was killed when a truck hit his bicycle.", 0),
    # what follows "killed during" or "killed in" is no toll ("an overnight raid")
    ("On 3 May 2021, two militants were killed during an overnight raid in Bannu (Khyber "
     "Pakhtunkhwa).", 2),
    ("On 3 May 2021, gunmen abducted a teacher in Kaduna (Kaduna). She was later raped and "
     "killed in an abandoned farm.", 1),
])
def test_counting_the_dead_in_terse_notes(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


def test_a_note_without_a_known_place_is_in_its_actors_country() -> None:
    event = _event({"text": "LRA rebels attacked Gumbo town but were repulsed by Sudanese "
                            "forces."})
    assert event.location is not None and event.location.country == "SDN"


def test_a_name_that_runs_on_is_no_town_abroad() -> None:
    event = _event({"text": "On 7 March 2019, a man was shot dead by suspected separatists in "
                            "Ban Buenae Pade in tambon Kadunong, Sai Buri district, Pattani."})
    assert event.location is not None and event.location.country == "THA"
    found = eventkit.extract("Students protested against action taken by military forces in "
                             "West Wollega.")
    assert all(actor.country != "CMR" for actor in found.actors)  # not Cameroon's West


def test_a_demonstrations_crowd_is_actor_one_even_under_fire() -> None:
    force = _event({"text": "On 2 April 2019, gunmen stopped a protest by party members in "
                            "Port Harcourt (Rivers), firing gunshots."})
    assert force.acled_sub_event_type == "Excessive force against protesters"
    assert force.actor1 is not None and force.actor1.kind == "protesters"
    assert force.actor2 is not None and force.actor2.kind == "militia"
    unnamed = _event({"text": "On 14 July 2023, in Trelew (Chubut), neighbours marched to the "
                              "municipality to repudiate a new fare system."})
    assert unnamed.actor1 is not None and unnamed.actor1.kind == "protesters"


@pytest.mark.parametrize(("text", "sub", "inter1"), [
    # a people's men who kill are its militia (ACLED's identity militias), not a mob
    ("In retaliation, Dogon farmers went to Ogossagou (Mopti) and killed the chief, his wife, "
     "his son and his two brothers.", "Attack", "Dogon Ethnic Militia"),
    ("During a wedding held by another community in Ber (Tombouctou), two Arab youths "
     "attacked and killed two guests.", "Attack", "Arab Ethnic Militia"),
    ("Two groups of the Nuer ethnic group battled near Malakal (Upper Nile) - 3 were killed.",
     "Armed clash", "Nuer Ethnic Militia"),
    # without a death or a weapon, a crowd
    ("On 6 April 2019, Dioula and Dida students threw stones at each other in Zikisso "
     "(Loh-Djiboua).", "Mob violence", None),
])
def test_a_peoples_men_who_kill_are_its_militia(text: str, sub: str, inter1: str | None) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    if inter1 is not None:
        assert event.actor1 is not None and event.actor1.name == inter1


@pytest.mark.parametrize(("text", "fatalities"), [
    ("In retaliation, Dogon farmers went to Ogossagou (Mopti) and killed the chief, his wife, "
     "his son and his two brothers.", 5),
    ("Gunmen killed the chief in Kaga (Ouham).", 1),
    ("Soldiers killed the militants in Kaga (Ouham).", 0),
    ("Soldiers were killing the", 0),  # nothing named after the article
    ("On 29 December 2019, a mob attacked a man who had allegedly killed his father in "
     "Ikurungu (Kirinyaga).", 0),
])
def test_the_dead_listed_after_the_word(text: str, fatalities: int) -> None:
    assert (_event({"text": text}).fatalities or 0) == fatalities


def test_a_retelling_by_role_is_the_same_battle() -> None:
    event = _event({"text": "On 29 December 2020, militants clashed with the Defense and "
                            "Security Forces near Monjane (Cabo Delgado). The militants "
                            "ambushed a military convoy; two soldiers and one militant were "
                            "killed."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 3)
    found = eventkit.extract("On 29 December 2020, militants clashed with the Defense and "
                             "Security Forces near Monjane (Cabo Delgado). The militants "
                             "ambushed a military convoy; two soldiers and one militant were "
                             "killed.")
    assert len([e for e in found.events if e.acled_event_type]) == 1


def test_arms_captured_in_a_battle_are_no_ground_taken() -> None:
    event = _event({"text": "On 13 August 2023, rebels clashed with the army in Kadugli "
                            "(South Kordofan). The army said it captured 2 tanks."})
    assert event.acled_sub_event_type == "Armed clash"


def test_a_villages_name_is_no_side_and_animals_are_no_toll() -> None:
    event = _event({"text": "On 4 April 2025, soldiers ambushed Al Shabaab and engaged them in "
                            "an armed clash in Nuur Gadow village (Middle Shabelle). More than "
                            "21 militants were killed."})
    assert event.actor2 is not None and event.actor2.kind == "rebel"
    assert event.fatalities == 21
    raid = eventkit.extract("On 16 December 2022, soldiers raided a camp near Guene (Alibori) "
                            "and burnt huts, and animals were killed.")
    assert all(not e.fatalities for e in raid.events)


def test_a_lynching_told_before_a_death_is_a_mobs() -> None:
    event = _event({"text": "On 5 December 2022, a mob lynched an alleged thief in Godomey "
                            "(Atlantique). The police arrived after the death of one of the two "
                            "robbers."})
    assert event.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(("text", "inter1", "inter2"), [
    # violence against civilians has civilians as its victims, whoever the text names
    ("On 16 December 2019, Al Shabaab killed 9 people in Harbul (Garissa).", "Rebel group",
     "Civilians"),
    ("On 12 December 2019, two unidentified attackers hacked to death a chief and his "
     "assistant in Mbwajumwali (Lamu).", "Political militia", "Civilians"),
    # ACLED's types for groups that are not what their kind says
    ("On 9 May 2020, Houthi forces clashed with pro-Hadi forces in Nihm (Sanaa).",
     "State forces", "State forces"),
    ("On 27 March 2022, Wagner Group fighters killed two JNIM militants near Yirma (Mopti).",
     "External/Other forces", "Rebel group"),
    ("On 5 September 2024, RSF shelling hit Omdurman (Khartoum), killing 3 civilians.",
     "Rebel group", "Civilians"),
])
def test_acled_actor_types_of_victims_and_groups(text: str, inter1: str, inter2: str) -> None:
    row = acled.to_row(_event({"text": text}))
    assert (row["inter1"], row["inter2"]) == (inter1, inter2)


def test_an_acronym_two_groups_share_reads_by_the_region_named() -> None:
    event = _event({"text": "On 2 April 2025, a government soldier (SNA) shot and injured a "
                            "driver at the Aymiska junction (Hodan, Banadir)."})
    assert event.actor1 is not None and event.actor1.country == "SOM"


def test_the_sides_of_clashes_that_took_place_between_them() -> None:
    event = _event({"text": "On 8 October 2023, armed clashes took place between Israeli "
                            "military forces and Hamas militants near Mefalsim (HaDarom)."})
    assert {event.actor1.kind if event.actor1 else None,
            event.actor2.kind if event.actor2 else None} == {"military", "militia"}
    assert event.symmetric


@pytest.mark.parametrize(("text", "sub"), [
    ("On 6 December 2022, dozens of newly recruited FACA soldiers protested in Bangui (Bangui) "
     "demanding their salaries.", "Peaceful protest"),
    ("On 4 April 2019, students who are ex-militants protested over unpaid fees in Ibusa "
     "(Delta).", "Peaceful protest"),
    ("On 14 July 2023, in Purmamarca (Jujuy), protesters blocked Route 9 to repudiate the "
     "constitutional reform.", "Peaceful protest"),
])
def test_who_protests_is_a_crowd(text: str, sub: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    assert event.actor1 is not None and event.actor1.kind == "protesters"


@pytest.mark.parametrize(("text", "sub", "inter1"), [
    ("Two villages clashed over election offices near Sao (Sikasso), leaving 8 dead.",
     "Armed clash", "Identity militia"),
    ("Rival clans fought in Beledweyne (Hiraan), killing 5.", "Armed clash", "Identity militia"),
    ("On 2 May 2021, farmers and herders clashed near Agatu (Benue). Two farmers died.",
     "Armed clash", "Identity militia"),
    ("On 4 June 2019, inhabitants of Doma and Keana clashed over farmland in Keana "
     "(Nasarawa). Six people were killed.", "Armed clash", "Identity militia"),
    ("On 4 June 2019, neighbouring villages clashed over a water point near Ansongo (Gao).",
     "Armed clash", "Identity militia"),
    ("Riot at Abdou Moumouni University in Niamey (Niamey) dispelled by security forces.",
     "Violent demonstration", "Rioters"),
    ("On 4 June 2019, refugees from two camps clashed near Kakuma (Turkana).",
     "Mob violence", "Rioters"),
])
def test_communities_that_fight_and_a_riot_told_as_one(text: str, sub: str, inter1: str) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, acled.to_row(event)["inter1"]) == (sub, inter1)


def test_a_crowds_purpose_is_its_protest_and_who_fired_on_it_its_second_actor() -> None:
    event = _event({"text": "On 3 March 2022, demonstrators answered the union's call for "
                            "strikes in Kosti (White Nile) to denounce the new fuel prices. "
                            "Police and army units fired live bullets at the crowd."})
    assert event.acled_sub_event_type == "Excessive force against protesters"
    assert event.actor1 is not None and event.actor1.kind == "protesters"
    assert event.actor2 is not None and event.actor2.kind in ("police", "military")
    urged = eventkit.extract("The union urged protesters to denounce the fuel prices.")
    assert not any(e.acled_event_type == "Protests" and e.modality == "actual"
                   for e in urged.events)


def test_coordinated_forces_that_fire_are_one_side_and_those_that_fight_two() -> None:
    fired = eventkit.extract("Police and soldiers fired live rounds in Lagos.")
    assert fired.events and all(e.actor2 is None for e in fired.events)
    fought = _event({"text": "The army and police fought in Juba (Central Equatoria)."})
    assert fought.actor2 is not None and fought.actor2.kind == "police"


@pytest.mark.parametrize(("text", "sub", "inter1"), [
    ("On 2 May 2024, settlers, under the protection of Israeli soldiers, raided Burin (Nablus, "
     "West Bank) and assaulted two shepherds.", "Mob violence", "Rioters"),
    ("On 2 May 2024, armed settlers attacked farmers near Susya (Hebron, West Bank).",
     "Mob violence", "Rioters"),
])
def test_settlers_violence_is_a_mobs_and_a_long_apposition_no_subject(
    text: str, sub: str, inter1: str
) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, acled.to_row(event)["inter1"]) == (sub, inter1)
    shooting = _event({"text": "On 2 May 2024, settlers shot and killed a farmer near Susya "
                               "(Hebron, West Bank)."})
    assert shooting.acled_sub_event_type == "Attack"  # their shootings are attacks


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    # a harm told "during" violence is that violence's toll, its victims one side
    ("On 4 June 2021, a robbery suspect was killed during a shootout with the police in "
     "Quezon City (Metro Manila). A policeman was killed during the shootout.",
     "Armed clash", 2),
    ("On 4 June 2021, two soldiers were killed in clashes with ADF rebels near Oicha "
     "(Nord-Kivu).", "Armed clash", 2),
    # "a police raid": the police did it; a suspect they kill is no armed side
    ("On 4 June 2021, a suspect was killed while two others were arrested during a police "
     "raid in Tondo (Metro Manila). Police said they seized shabu.", "Attack", 1),
    # men intercepted are fought, not missiles
    ("On 4 June 2021, ADF rebels heading to Oicha (Nord-Kivu) were intercepted by FARDC "
     "soldiers.", "Armed clash", 0),
])
def test_harm_during_violence_and_forces_named_before_it(
    text: str, sub: str, fatalities: int
) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)
    assert event.actor2 is not None and event.actor2.kind != "government"


def test_what_something_is_called_and_violence_prepared_are_no_events() -> None:
    called = eventkit.extract("The rebels said kidnappings are an attack on human dignity.")
    prepared = eventkit.extract("Extremist movements are preparing for violent actions, "
                                "including bombings and attacks on private property.")
    for found in (called, prepared):
        assert not any(e.root in ("18", "19", "20") and e.modality == "actual"
                       for e in found.events)


def test_the_one_accused_of_an_act_did_it() -> None:
    found = eventkit.extract("Residents accused the army of shelling Kutkai (Shan). The family "
                             "accused the police of killing him.")
    doers = {(e.acled_sub_event_type, e.actor1.kind if e.actor1 else None)
             for e in found.events if e.root in ("18", "19", "20")}
    assert {("Shelling/artillery/missile attack", "military"), ("Attack", "police")} <= doers


@pytest.mark.parametrize(("text", "sub"), [
    # force that hurt protesters, told in the next sentence, is excessive
    ("On 2 March 2021, police used batons on nurses protesting outside the health ministry "
     "in Karachi (Sindh). Several protesters were reported injured.",
     "Excessive force against protesters"),
    ("On 2 March 2021, police in Kinshasa (Kinshasa) dispersed a march by opposition "
     "supporters with tear gas. No injuries were reported.", "Protest with intervention"),
    # tear gas fired is no lethal force, and a few hurt are no serious injuries
    ("On 2 January 2018, students protested in Kathmandu (Bagmati) against fees. Police "
     "fired tear gas at the protesters, injuring a few.", "Protest with intervention"),
    # a typed "were": the protesters were hurt, they hurt no one
    ("On 2 March 2021, students demonstrated in Djibouti (Djibouti) against fees. Police "
     "fired live bullets and dozens of students where injured.",
     "Excessive force against protesters"),
    # men intercepted on a road with civilians aboard are attacked; a drone intercepted is
    # disrupted
    ("On 4 November 2020, militants intercepted and opened fire on a bus carrying marketgoers "
     "near Markoye (Oudalan).", "Attack"),
    ("On 4 November 2020, air defences intercepted a drone over Eilat (HaDarom).",
     "Disrupted weapons use"),
    # animals seized are looted, cattle rustlers arrested are people
    ("On 31 October 2020, militants seized livestock in Tokabangou (Oudalan).",
     "Looting/property destruction"),
    ("On 31 October 2020, police arrested 3 cattle rustlers in Isiolo (Isiolo).", "Arrests"),
    ("The government regained territory taken by mutinous soldiers near Gao (Gao) after "
     "nine days of fighting.", "Government regains territory"),
    # a crowd that blocks a road demonstrates; settlers who do are a mob (ACLED)
    ("On 5 April 2019, locals set a truck on fire and blocked the NH6 in Kolaghat (West "
     "Bengal) after a girl was killed in a road accident.", "Violent demonstration"),
    ("On 5 April 2019, settlers blocked route 60 near Burqa (Nablus, West Bank) and threw "
     "rocks at Palestinian vehicles.", "Mob violence"),
    # clashes reported are told as happening
    ("On 2 May 2021, armed clashes were reported in Tadjourah (Tadjourah) between two "
     "clans.", "Armed clash"),
    # arms recovered or seized are kept from use; homes bulldozed and pipelines sabotaged
    # are property destroyed; barricades erected make a demonstration violent
    ("On 2 July 2019, police recovered arms and ammunition from Maoist cadres in Silichong "
     "(Koshi).", "Disrupted weapons use"),
    ("On 2 July 2019, soldiers bulldozed homes in Silwan (East Jerusalem).",
     "Looting/property destruction"),
    ("On 2 July 2019, militants sabotaged a pipeline near Kirkuk (Kirkuk).",
     "Looting/property destruction"),
    ("On 2 July 2019, protesters erected barricades in Port-au-Prince (Ouest).",
     "Violent demonstration"),
    ("On 2 July 2019, youths went on a rampage in Kano (Kano), burning cars.", "Mob violence"),
    ("On 2 July 2019, soldiers dismantled an IED near Gao (Gao).", "Disrupted weapons use"),
    ("On 2 July 2019, militants launched rockets at Sderot (HaDarom).",
     "Shelling/artillery/missile attack"),
    ("On 2 July 2019, protesters set up roadblocks in Cochabamba (Cochabamba).",
     "Peaceful protest"),
    # a labour strike is a peaceful protest; a strike that kills is from the air
    ("On 2 July 2019, teachers went on strike over unpaid salaries in Kano (Kano).",
     "Peaceful protest"),
    ("On 2 July 2019, workers downed tools over wages in Durban (KwaZulu-Natal).",
     "Peaceful protest"),
    ("On 2 July 2019, a strike on a school killed 12 in Idlib (Idlib).", "Air/drone strike"),
    ("On 2 July 2019, soldiers found an arms cache near Gao (Gao).", "Disrupted weapons use"),
    ("On 2 July 2019, the rebels handed over the town of Kidal (Kidal) to the army.",
     "Non-violent transfer of territory"),
    # roads blocked with burning tyres make a violent demonstration; fans and inmates who
    # fight are a mob
    ("On 2 July 2019, protesters blocked roads with burning tyres in Kano (Kano).",
     "Violent demonstration"),
    ("On 2 July 2019, fans clashed with police after a match in Kano (Kano).", "Mob violence"),
    ("On 2 July 2019, inmates attacked guards in Kirikiri prison (Lagos).", "Mob violence"),
    # people seized are abducted, or arrested by a state's forces; goods seized are looted
    ("On 3 May 2021, gunmen seized two aid workers in Kano (Kano).",
     "Abduction/forced disappearance"),
    ("On 3 May 2021, soldiers seized two suspects in Gao (Gao).", "Arrests"),
    ("On 3 May 2021, militants seized livestock in Gao (Gao).", "Looting/property destruction"),
    # torture of the genitals is sexual violence
    ("On 21 March 2021, rebels tortured a man in Banangui (Haut-Mbomou), injuring his "
     "genitals.", "Sexual violence"),
    # an abduction with the rape told next is sexual violence
    ("On 25 March 2019, two women were abducted by assailants near Palembang (South "
     "Sumatra). One of them was later raped.", "Sexual violence"),
])
def test_what_the_fifth_sample_taught(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    # one building burned is property destroyed, as several are; a person burned to death
    # is killed, whatever building it happened in
    ("On 22 August 2020, gunmen burned the main building of the prosecutor's office in "
     "Jakarta (Jakarta).", "Looting/property destruction", 0),
    ("On 22 August 2020, gunmen burned a man to death in his house in Jos (Plateau).",
     "Attack", 1),
    # the murdered, and those who perished, are dead
    ("On 3 May 2021, gunmen attacked Kutemba (Kano). Five people perished.", "Attack", 5),
    ("On 3 May 2021, a councillor was murdered in Kano (Kano).", "Attack", 1),
    ("On 3 May 2021, three women were murdered in Kano (Kano).", "Attack", 3),
    # a count opening the sentence reaches its passive death word past a long name; men
    # "hailing from" a group come from it
    ("On 23 May 2019, at least four militants hailing from the Umar Khorasani group of the "
     "outlawed Tehreek-e-Taliban Pakistan (TTP) were killed in a police encounter in Karachi "
     "(Sindh).", "Armed clash", 4),
    # the death that moved a crowd, told after "after" with a relative clause, is no toll
    ("On 12 November 2021, residents stormed a police station in Khartoum (Khartoum), "
     "damaging vehicles, after a man who was arrested, died in police custody.",
     "Mob violence", 0),
])
def test_what_was_burned(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)


@pytest.mark.parametrize("text", [
    "On 7 March 2019, gunmen attacked Christians in Kajuru (Kaduna), killing 3.",
    "On 7 March 2019, Hindus were assaulted by armed men in Dhaka (Dhaka).",
    "On 7 March 2019, gunmen killed a Catholic priest in Makurdi (Benue).",
])
def test_believers_and_clergy_attacked_are_civilians(text: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_towns_country_is_no_subject_and_that_opens_a_relative_clause() -> None:
    event = _event({"text": "In Kano, Nigeria, gunmen attacked police officers."})
    assert event.actor1 is not None and event.actor1.kind == "militia"
    event = _event({"text": "On 9 May 2020, in Tlaxcala, Mexico, a video showed a group of "
                            "people that attacked police officers."})
    assert event.acled_sub_event_type == "Mob violence"
    # a participle after a speaker's "that" still qualifies a noun
    found = eventkit.extract("The military said that wounded soldiers were evacuated.")
    assert not [e for e in found.events if e.cameo and e.cameo.startswith("18")]


def test_a_group_named_before_including_is_the_subject_and_the_repeller_the_target() -> None:
    event = _event({"text": "On 9 July 2022, thousands of demonstrators including several "
                            "soldiers stormed the president's house in Colombo (Western). The "
                            "army fired at the demonstrators."})
    assert event.acled_sub_event_type == "Violent demonstration"
    event = _event({"text": "On 21 March 2020, 12 Taliban militants including 2 commanders "
                            "were killed when Afghan forces repulsed their attack in Dawlat "
                            "Abad district (Balkh)."})
    assert (event.actor1.kind, event.actor2.kind) == ("rebel", "military")  # type: ignore[union-attr]
    assert event.fatalities == 12


@pytest.mark.parametrize(("text", "sub", "victims"), [
    # gang members shot by the police fought a battle
    ("On 8 June 2023, in Valencia (Carabobo), police forces shot and killed five members of a "
     "gang in the Parque Valencia neighborhood.", "Armed clash", "militia"),
    # kin shot dead are civilians
    ("On 1 December 2023, troops opened fire and killed 2 brothers near a pharmacy in Gaza "
     "City (Gaza Strip).", "Attack", "civilians"),
    # so are displaced people
    ("On 2 May 2020, unknown gunmen attacked four IDPs fetching water near Kutum (North "
     "Darfur).", "Attack", "civilians"),
])
def test_who_the_victims_were(text: str, sub: str, victims: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    assert event.actor2 is not None and event.actor2.kind == victims


def test_a_march_an_armed_group_organised_is_its_supporters_protest() -> None:
    event = _event({"text": "On 1 December 2023, Hamas organized a march in Hebron city "
                            "(West Bank) to support Gazans."})
    assert event.acled_sub_event_type == "Peaceful protest"
    assert event.actor1 is not None and event.actor1.kind == "protesters"
    assert acled.to_row(event)["assoc_actor_1"] == "Hamas" and event.actor2 is None
    # armed men who block a road are no demonstrators
    found = eventkit.extract("On 1 December 2023, armed men blocked the road to Gao (Gao).")
    assert not [e for e in found.events if e.acled_event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, soldiers killed 5 militants near Zalingei (Central Darfur). 8 militants "
    "were captured.",
    "On 3 May 2021, soldiers killed 5 militants and 8 were captured near Zalingei (Central "
    "Darfur).",
])
def test_fighters_captured_are_prisoners_not_ground_nor_dead(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 5)


@pytest.mark.parametrize("text", [
    "On 11 July 2019, villagers clashed with Fulani herders in Doussoula (Boucle du Mouhoun), "
    "killing two.",
    "On 11 July 2019, inhabitants fought Fulani herders in Doussoula (Boucle du Mouhoun). One "
    "killed.",
])
def test_villagers_who_fight_a_peoples_militia_are_a_communal_militia(text: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == "Armed clash"
    assert {event.actor1.name, event.actor2.name} == {  # type: ignore[union-attr]
        "Communal Militia", "Fulani Ethnic Militia"}


def test_arrests_told_without_who_made_them_are_the_polices() -> None:
    event = _event({"text": "On 2 August 2018, over 80 traders were arrested in Kawangware "
                            "(Nairobi)."})
    assert event.acled_sub_event_type == "Arrests"
    assert event.actor1 is not None and (event.actor1.kind, event.actor1.country) == (
        "police", "KEN")
    assert acled.to_row(event)["inter1"] in ("1", "State forces")


@pytest.mark.parametrize("text", [
    "On 2 May 2021, Fulani and Dogon militias clashed near Bankass (Mopti), killing 3.",
    "On 2 May 2021, clashes between Misseriya and Salamat in Um Dukhum (Central Darfur) "
    "killed 5 people.",  # Salamat: a people here, not Chad's region
])
def test_two_peoples_militias_named_by_the_peoples(text: str) -> None:
    event = _event({"text": text})
    names = {event.actor1.name, event.actor2.name}  # type: ignore[union-attr]
    assert all(name.endswith("Ethnic Militia") for name in names) and len(names) == 2


def test_forces_firing_with_only_civilians_hurt_attacked_them() -> None:
    event = _event({"text": "On 6 December 2021, security forces opened fire in the Donki "
                            "Shatta area near Golo (North Darfur). Four people were injured."})
    assert event.acled_sub_event_type == "Attack"
    assert event.actor2 is not None and event.actor2.kind == "civilians"
    # two communities' armed youth who fought: a battle, whoever died
    event = _event({"text": "On 11 January 2022, armed youth from the Lou Nuer and Murle "
                            "communities fought near Pieri (Jonglei). 18 people were killed."})
    assert event.acled_sub_event_type == "Armed clash"


def test_a_participle_describing_the_subject_is_no_event_of_its_own() -> None:
    event = _event({"text": "On 25 October 2019, a town mayor arrested the previous day for "
                            "attacking a masseur was shot dead by unidentified assailants in "
                            "Cebu City (Central Visayas)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 1)
    # an active verb with its object, then a toll told after a dash: the capture stands
    event = _event({"text": "Rebels captured a crossroad at the town of Lafon (Eastern "
                            "Equatoria) - 50 soldiers were reportedly killed."})
    assert event.acled_sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "kind1", "kind2"), [
    # herders who kill are a communal militia; an activist killed is a civilian
    ("On 3 May 2021, herders attacked farmers in Agatu (Benue), killing 3.", "militia",
     "civilians"),
    ("On 3 May 2021, an activist was killed by gunmen in Kano (Kano).", "militia", "civilians"),
])
def test_who_kills_and_who_is_killed(text: str, kind1: str, kind2: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == "Attack"
    assert (event.actor1.kind, event.actor2.kind) == (kind1, kind2)  # type: ignore[union-attr]


def test_a_demonstration_halted_by_the_police_of_workers_linked_to_a_union() -> None:
    # "linked to" says who they are; "gathered ... in a demonstration" is the protest
    event = _event({"text": "On 5 March 2022, hundreds of teachers linked to the SINAPROF "
                            "gathered in Bissau (Bissau) in a demonstration against unpaid "
                            "salaries. They planned to march, but were halted by the police."})
    assert event.acled_sub_event_type == "Protest with intervention"
    assert event.actor1 is not None and event.actor1.kind != "state"


@pytest.mark.parametrize(("text", "sub", "deaths"), [
    # an attack a call was about is what was spoken of; the toll is the clash's
    ("On 2 June 2021, Nigerian troops clashed with bandits near Kaura (Zamfara) after a call "
     "from villagers about an imminent attack. At least 7 were killed.", "Armed clash", 7),
    # what the lynched man was accused of is no death of this event
    ("On 4 June 2021, a mob lynched a suspected thief in Kano (Kano) for allegedly killing "
     "two traders.", "Mob violence", 1),
    # gunmen who broke into a house did the shooting; a second victim told after
    ("On 9 June 2021, an aid worker was shot and killed in Bria (Haute-Kotto) when gunmen "
     "broke into his house. Another aid worker was also killed.", "Attack", 2),
    # two sides trading artillery fire fight a battle
    ("Exchange of heavy artillery fire near Zalambessa (Tigray) on 3 May 2000.",
     "Armed clash", 0),
])
def test_whose_deaths_and_which_event(text: str, sub: str, deaths: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, deaths)


def test_what_brackets_say_of_the_subject_is_no_subject() -> None:
    event = _event({"text": "On 1 December 2023, rioters (reportedly supporters of the BNP) "
                            "set two buses on fire in Bogra (Rajshahi)."})
    assert event.acled_event_type == "Riots"
    assert event.actor1 is not None and event.actor1.kind == "rioters"


def test_two_countries_forces_named_by_one_head_noun_fight_each_other() -> None:
    for text in ("On 3 May 2000, Ethiopian and Eritrean forces exchanged artillery fire "
                 "near Zalambessa (Tigray).",
                 "On 3 May 2020, Indian and Pakistani troops exchanged fire along the Line of "
                 "Control in Kupwara (Jammu and Kashmir)."):
        event = _event({"text": text})
        assert event.acled_sub_event_type == "Armed clash"
        assert event.actor1 is not None and event.actor2 is not None
        assert event.actor1.country != event.actor2.country


def test_the_central_african_prefectures_as_acled_names_them() -> None:
    event = _event({"text": "On 3 May 2021, gunmen killed a farmer in Kaga-Bandoro."})
    assert acled.to_row(event)["admin1"] == "Nana-Grebizi"


def test_is_the_group_is_no_auxiliary() -> None:
    # "IS shot and killed" is no passive "is shot": the gunmen shot a man
    event = _event({"text": "On 30 April 2020, gunmen believed to belong to IS shot and killed "
                            "a shepherd near Mayadin (Deir-ez-Zor)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 1)
    assert event.actor2 is not None and event.actor2.kind == "civilians"


def test_a_verb_after_a_spaced_dash_is_a_verb() -> None:
    # an apposition set off by dashes before the verb ("long-threatened" stays an adjective)
    event = _event({"text": "On 9 August 2019, two rival groups - the Ahbash sect and a "
                            "Salafi group - clashed in Kombolcha (Amhara)."})
    assert event.acled_sub_event_type == "Armed clash"


def test_a_toll_told_next_is_the_clashs_not_the_abduction_after_it() -> None:
    event = _event({"text": "On 7 April 2021, gunmen clashed with police guarding a quarry "
                            "near Gboko (Benue) and abducted two engineers. Four reported "
                            "fatalities."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 4)


@pytest.mark.parametrize("text", [
    "On 9 March 2020, gunmen shot dead a district official in addition to 2 of his "
    "relatives in Gardez (Paktia).",
    "On 9 March 2020, gunmen killed a district official along with 2 of his relatives in "
    "Gardez (Paktia).",
])
def test_dead_joined_as_with_and(text: str) -> None:
    assert _event({"text": text}).fatalities == 3


def test_food_and_goods_seized_are_looted_stolen_cattle_recovered_are_not() -> None:
    event = _event({"text": "On 6 May 2020, soldiers seized food supplies from villagers near "
                            "Buthidaung (Rakhine)."})
    assert event.acled_sub_event_type == "Looting/property destruction"
    found = eventkit.extract("On 7 April 2021, police seized 20 cattle stolen by bandits in "
                             "Gusau (Zamfara).")
    assert all(e.acled_sub_event_type != "Looting/property destruction" for e in found.events)


def test_a_suicide_bomber_stopped_is_the_target_not_the_weapon() -> None:
    event = _event({"text": "On 4 April 2021, Somali soldiers shot dead an al Shabaab suicide "
                            "bomber before he reached the checkpoint in Baidoa (Bay)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 1)
    event = _event({"text": "On 4 April 2021, six civilians were killed by a suicide bomber "
                            "at a market in Baidoa (Bay)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Suicide bomb", 7)  # and the bomber


def test_acid_poured_on_people_is_an_assault() -> None:
    event = _event({"text": "On 8 July 2022, unidentified assailants poured acid on two female "
                            "students in Kandahar (Kandahar)."})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")


def test_armed_after_a_preposition_describes_the_people_it_qualifies() -> None:
    found = eventkit.extract("On 2 May 2019, police clashed with armed members of the Fulani "
                             "community near Toro (Bauchi), killing 3.")
    (event,) = [e for e in found.events if e.acled_event_type is not None]
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 3)


def test_the_dead_of_clashes_they_were_killed_amid_are_the_clashes_toll() -> None:
    event = _event({"text": "On 4 June 2019, three herders were killed amid intercommunal "
                            "clashes near Djougou (Donga)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 3)


def test_people_an_armys_fighting_killed_are_not_a_communal_militia() -> None:
    found = eventkit.extract("On 4 June 2019, fighting broke out between the army and the RSF "
                             "in El Fasher (North Darfur). Medics said 27 people were killed in "
                             "the fighting.")
    (event,) = [e for e in found.events if e.acled_event_type is not None]
    assert event.actor2 is not None and event.actor2.name == "Rapid Support Forces"
    assert event.fatalities == 27


def test_a_raid_told_with_the_fight_it_became_is_a_battle() -> None:
    event = _event({"text": "On 30 April 2021, police raided a house in Tuyong (Pattani) and "
                            "killed two men in a gunbattle."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 2)


def test_forces_gunfire_that_hurt_only_a_bystander_is_an_attack() -> None:
    event = _event({"text": "On 3 March 2024, soldiers escorting a convoy opened gunfire to clear "
                            "a crowded road in Afgooye (Lower Shabelle). A civilian man selling "
                            "fruit by the road was wounded."})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 3 May 2020, rebels and soldiers clashed near Kassala (Kassala). 12 soldiers were "
     "killed. 4 rebels were killed.", 16),
    ("On 3 May 2020, rebels and soldiers clashed near Kassala (Kassala). 12 soldiers dead, "
     "4 rebels dead.", 16),
    # the same dead told again, or broken down, are not more dead
    ("On 3 May 2020, rebels ambushed soldiers near Kassala (Kassala), killing 12 soldiers. "
     "Officials said 12 soldiers were killed.", 12),
    ("On 3 May 2020, rebels and soldiers clashed near Kassala (Kassala). 16 people were "
     "killed. Among the dead were 12 soldiers.", 16),
])
def test_the_dead_of_each_side_told_apart_add_up(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


def test_the_sexual_misconduct_a_victim_was_accused_of_is_no_sexual_violence() -> None:
    event = _event({"text": "On 22 August 2025, Al Shabaab militants whipped a man in Jilib "
                            "(Middle Juba), accusing him of sexual misconduct."})
    assert event.acled_sub_event_type == "Attack"
    event = _event({"text": "On 22 August 2025, soldiers allegedly raped two women in Jilib "
                            "(Middle Juba)."})
    assert event.acled_sub_event_type == "Sexual violence"


def test_a_target_killed_with_his_bodyguards_is_a_battle() -> None:
    event = _event({"text": "On 9 March 2020, gunmen killed a district governor and two of his "
                            "bodyguards in Puli Alam (Logar)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 3)
    event = _event({"text": "On 9 March 2020, gunmen killed a night guard at a school in Puli "
                            "Alam (Logar)."})
    assert event.acled_sub_event_type == "Attack"


def test_the_abducted_killed_make_an_attack() -> None:
    event = _event({"text": "On 24 July 2021, gunmen abducted a trader near Goya (Kouango). The "
                            "victim was later found dead."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 1)
    found = eventkit.extract("On 16 June 2023, militants killed two farmers near Mpondwe "
                             "(Kasese). Bandits abducted six children in Bwera (Kasese).")
    assert [e.acled_sub_event_type for e in found.events] == [
        "Attack", "Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "A prominent cleric is gunned down in his home in Mombasa (Mombasa).",
    "On 2 May 2019, gunmen gunned down a cleric in Mombasa (Mombasa).",
    "A soldier killed at Kanyerus camp (Moroto) by a bomb.",
])
def test_one_dead_told_as_gunned_down_or_in_a_headline(text: str) -> None:
    assert _event({"text": text}).fatalities == 1


@pytest.mark.parametrize("text", [
    "On 29 July 2021, hundreds of people demonstrated in Obo (Haut-Mbomou) against the presence "
    "of foreign troops and their alleged violent conduct.",
    "On 29 November 2023, party members staged a rally in Bogra (Rajshahi) in support of the "
    "nationwide blockade called by the opposition.",
])
def test_the_violence_a_crowd_marches_about_is_not_its_own(text: str) -> None:
    found = eventkit.extract(text)
    codes = [e.acled_sub_event_type for e in found.events if e.acled_event_type]
    assert codes == ["Peaceful protest"]


def test_property_destroyed_in_the_fight_told_with_it_is_the_battle() -> None:
    event = _event({"text": "Rebels destroyed an army convoy after fighting for two days near "
                            "Gwa (Upper Nile) - 40 soldiers were killed."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 40)
    event = _event({"text": "On 3 May 2020, rebels looted and burned shops in Gwa (Upper Nile)."})
    assert event.acled_sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 3 May 2020, al Shabaab seized Moqokori (Hiraan).", "Non-state actor overtakes territory"),
    ("On 3 May 2020, soldiers seized Moqokori (Hiraan) from al Shabaab.",
     "Government regains territory"),
    ("On 3 May 2020, al Shabaab seized goats in Moqokori (Hiraan).", "Looting/property destruction"),
])
def test_a_place_seized_is_ground_goods_seized_are_looted(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize("word", ["shoot-out", "gun-battle", "fire-fight"])
def test_a_hyphenated_gunfight_is_a_battle(word: str) -> None:
    event = _event({"text": f"On 30 April 2020, a {word} took place in Cidade de Deus during a "
                            "police operation in Rio de Janeiro (Rio de Janeiro)."})
    assert event.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 30 April 2020, gunmen believed to belong to al Shabaab shot dead a man near Jilib "
    "(Middle Juba).",
    "On 30 April 2020, gunmen linked to al Shabaab shot dead a man near Jilib (Middle Juba).",
])
def test_armed_men_told_as_a_named_groups_are_that_group(text: str) -> None:
    event = _event({"text": text})
    assert event.actor1 is not None and event.actor1.name == "al-Shabaab"
    assert acled.to_row(event)["inter1"] == "Rebel group"


def test_another_dead_told_in_the_same_sentence_adds_one() -> None:
    event = _event({"text": "On 5 October 2021, a bomb exploded near a checkpoint in Thanlyin "
                            "(Yangon). A soldier died on the spot and another one died later at "
                            "the hospital."})
    assert event.fatalities == 2


def test_clashes_between_a_list_of_sides_set_its_last_against_its_first() -> None:
    event = _event({"text": "On 3 May 2020, clashes between police, soldiers and Fulani herders "
                            "left 3 dead in Toro (Bauchi)."})
    assert event.actor1 is not None and event.actor1.kind == "police"
    assert event.actor2 is not None and acled.to_row(event)["inter2"] == "Identity militia"


def test_armed_in_a_list_of_sides_qualifies_the_last_side() -> None:
    event = _event({"text": "On 3 May 2020, up to 12 people were killed in clashes between "
                            "police, troops and armed members of the Issa community in Balbala "
                            "(Djibouti)."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 12)
    assert event.actor1 is not None and event.actor1.kind == "police"
    shot = eventkit.extract("A municipal official who was shot between the eyes and killed this "
                            "week was buried in Soacha.")
    assert any(e.fatalities == 1 for e in shot.events)


@pytest.mark.parametrize("text", [
    "On 22 August 2025, 2 groups of unidentified clan militia clashed in Garowe (Nugaal) over a "
    "land dispute.",
    "On 22 August 2025, rival clan militias clashed in Garowe (Nugaal) over a land dispute.",
])
def test_groups_that_clash_among_themselves_are_both_sides(text: str) -> None:
    row = acled.to_row(_event({"text": text}))
    assert (row["inter1"], row["inter2"]) == ("Identity militia", "Identity militia")


def test_the_abducted_of_an_attack_told_just_before_make_it_an_abduction() -> None:
    event = _event({"text": "On 3 May 2021, gunmen attacked a bus near Bama (Borno). Five "
                            "passengers were abducted."})
    assert event.acled_sub_event_type == "Abduction/forced disappearance"
    event = _event({"text": "On 3 May 2021, gunmen attacked a bus near Bama (Borno), killing "
                            "two. Five passengers were abducted."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 2)


def test_a_toll_told_after_a_sentence_of_other_acts_is_the_fights() -> None:
    event = _event({"text": "Rebels and government forces clashed near Kassala (Kassala). The "
                            "rebels destroyed a camp and recovered weapons. 25 soldiers dead, 5 "
                            "rebels dead."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 30)


def test_a_toll_told_after_a_sentence_of_the_hurt_is_the_fights() -> None:
    event = _event({"text": "On 31 July 2021, rebels and soldiers clashed in Mann (Ouham-Pende). "
                            "Many buildings were destroyed and several people were injured. "
                            "Eleven fatalities were reported."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 11)


def test_an_attack_stopped_by_peacekeepers_is_a_battle() -> None:
    event = _event({"text": "On 2 May 2017, UPC fighters attacked a displacement site in Bambari "
                            "(Ouaka), but were stopped by the Portuguese contingent of MINUSCA. "
                            "Two civilians were killed."})
    assert event.acled_sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.name == "MINUSCA"


def test_running_battles_with_the_police_are_one_riot() -> None:
    found = eventkit.extract("On 3 May 2016, student protests over a fee increase in Nairobi "
                             "(Nairobi) descended into running battles with riot police.")
    assert "Battles" not in {e.acled_event_type for e in found.events}


@pytest.mark.parametrize("text", [
    "During the riots in Bamako (Bamako), one policeman was lynched. Two days later, "
    "journalists were arrested in relation to the officer's death.",
    "On 3 May 2016, a policeman was lynched in Bamako (Bamako). Interpol will send a team in "
    "the next 48 hours to identify the dead.",
])
def test_a_number_of_days_or_hours_counts_no_dead(text: str) -> None:
    found = eventkit.extract(text)
    assert max(e.fatalities or 0 for e in found.events) == 1


def test_an_attack_whose_victim_was_raped_next_is_sexual_violence() -> None:
    event = _event({"text": "On 30 April 2020, gunmen attacked three women collecting firewood "
                            "near Tawila (North Darfur). The gunmen took one of them away and "
                            "raped her."})
    assert event.acled_sub_event_type == "Sexual violence"
    event = _event({"text": "On 30 April 2020, gunmen attacked three women collecting firewood "
                            "near Tawila (North Darfur). One was raped and another was killed."})
    assert event.acled_sub_event_type == "Attack"


def test_a_person_of_a_given_age_seized_is_abducted() -> None:
    event = _event({"text": "On 3 May 2020, gunmen seized a 12 year-old girl near Tawila "
                            "(North Darfur)."})
    assert event.acled_sub_event_type == "Abduction/forced disappearance"


def test_goods_looted_and_people_abducted_in_one_raid_are_an_abduction() -> None:
    found = eventkit.extract("On 3 May 2014, Seleka militia looted goods and abducted 30 people "
                             "in Mbimbi (Kemo).")
    codes = [e.acled_sub_event_type for e in found.events if e.acled_event_type]
    assert codes == ["Abduction/forced disappearance"]


def test_the_dead_an_attack_left_are_its_toll_not_a_second_event() -> None:
    found = eventkit.extract("Gunmen raided a village near Kaga Bandoro, leaving three people "
                             "killed and two injured.")
    coded = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert [(e.acled_sub_event_type, e.fatalities) for e in coded] == [("Attack", 3)]


def test_an_attack_on_a_site_of_the_displaced_targets_civilians() -> None:
    event = _event({"text": "Armed men attacked the Saint Charles IDP site in Kaga Bandoro on "
                            "Monday night."})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")


def test_property_burned_by_unnamed_men_amid_unrest_is_mob_violence() -> None:
    event = _event({"text": "On 6 August 2024, unidentified assailants torched the house of a "
                            "local councillor in Rangpur, amid the unrest that followed the "
                            "resignation of the Prime Minister."})
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Riots", "Mob violence")
    assert event.actor1 is not None and event.actor1.kind == "rioters"
    # without the unrest, the same act by unnamed men is property destruction
    event = _event({"text": "On 6 August 2024, unidentified assailants torched the house of a "
                            "local councillor in Rangpur."})
    assert event.acled_sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the count opens a long subject; those "including" it are among them
        ("Five villagers including two members of the Peulh community and a local nurse were "
         "shot and killed by gunmen near Kandi.", 5),
        ("Residents lynch a suspected cattle thief near Kandi.", 1),  # a headline's tense
        ("Residents stormed the police station near Kandi in an attempt to free a suspect "
         "and lynch him. Police repelled them.", 0),  # what they meant to do
    ],
)
def test_tolls_of_long_subjects_headlines_and_aims(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "country", "inter2"),
    [
        # a foreign state's post is its forces abroad (ACLED's "external" forces)
        ("On 4 May 2024, SDF fighters shelled a Turkish base near Ain Issa (Ar-Raqqa).",
         "TUR", "External/Other forces"),
        ("On 4 May 2024, HTS fighters shelled Syrian regime positions near Saraqab (Idleb).",
         "SYR", "State forces"),
    ],
)
def test_the_post_attacked_names_whose_forces_were_hit(
    text: str, country: str, inter2: str
) -> None:
    event = _event({"text": text})
    assert event.actor2 is not None and event.actor2.kind == "military"
    assert event.actor2.country == country
    assert acled.to_row(event)["inter2"] == inter2


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2025, armed clashes broke out between two families in the village of Hajin "
        "(Deir ez Zor) over a land dispute.",
        "Clashes believed to be between the Ajuran and Murule clans left four men dead near "
        "Wajir.",
        "Four men are killed in clashes believed to be between the Ajuran and Murule clans "
        "near Wajir.",  # (the dead told first are no side)
    ],
)
def test_a_fight_between_two_families_or_clans_is_one_of_communal_militias(text: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor2 is not None
    row = acled.to_row(event)
    assert (row["inter1"], row["inter2"]) == ("Identity militia", "Identity militia")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen threw acid on three election officials in Baidoa.",
        "Pirates attacked an oil tanker off the coast of Lagos.",
        "Assailants attacked a transport company's office in Goma.",
    ],
)
def test_violence_on_officials_and_businesses_targets_civilians(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")


def test_a_raid_on_a_peoples_camp_in_search_of_militants_targets_its_people() -> None:
    event = _event({"text": "Soldiers raided a Peulh camp near Kandi in search of militants."})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.kind == "civilians"  # not the militants
    # the people's armed men are another matter
    event = _event({"text": "Soldiers raided a Fulani militia camp near Kandi."})
    assert event.acled_sub_event_type == "Armed clash"


def test_a_force_answering_an_attack_fights_the_same_battle_and_its_toll_follows() -> None:
    found = eventkit.extract(
        "On 2 May 2021, MPC rebels attacked army positions in Kaga Bandoro. Government "
        "soldiers responded to the attack and clashed with the rebels. In the clash, several "
        "houses were burned and many people were injured. Seven fatalities were reported.")
    battles = [e for e in found.events if e.acled_sub_event_type == "Armed clash"]
    assert len(battles) == 1 and battles[0].fatalities == 7


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway provided two million dollars in aid to Malawi.", "070"),
        ("Volunteers handed over three tonnes of medicine to the hospital in Gao.", "073"),
        ("Qatar donated five million dollars to the relief effort in Gaza.", "070"),
    ],
)
def test_aid_given_is_coded_as_aid(text: str, code: str) -> None:
    codes = [event.cameo for event in eventkit.extract(text).events]
    assert code in codes and all(event.plover == "AID" for event in eventkit.extract(text).events
                                 if event.cameo == code)


def test_arrests_at_a_protest_that_turned_violent_are_one_riot() -> None:
    # (a verb between the reports, "disrupted traffic", does not keep them apart)
    found = eventkit.extract(
        "Ugandan police arrested more than 60 people in Kampala as trader protests over a tax "
        "rise descended into running battles with riot police. The demonstrations were largely "
        "peaceful in the morning but quickly turned violent as the large crowd of traders from "
        "several markets disrupted traffic and reportedly robbed several people.")
    coded = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert [e.acled_sub_event_type for e in coded] == ["Violent demonstration"]


def test_the_injured_counted_after_a_passive_toll_are_no_doers() -> None:
    found = eventkit.extract("On 3 March 2024, Russian forces shelled Nikopol (Dnipropetrovsk). "
                             "Three civilians were killed and several others seriously injured.")
    coded = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert [(e.acled_sub_event_type, e.fatalities) for e in coded] == [
        ("Shelling/artillery/missile attack", 3)]


def test_an_attack_amid_general_unrest_after_demonstrations_is_mob_violence() -> None:
    found = eventkit.extract(
        "On 6 August 2024, unidentified assailants attacked and set ablaze a Hindu temple in "
        "Lalmonirhat town (Rangpur), amid the outbreak of violence after the fall of the "
        "government, following anti-government demonstrations.")
    coded = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert [e.acled_sub_event_type for e in coded] == ["Mob violence"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people counted as taken are prisoners of the fight, not ground
        ("Police killed four attackers and captured another five near Abyei.", "Armed clash"),
        # villages are ground, not people abducted
        ("Rebels captured three villages near Abyei.", "Non-state actor overtakes territory"),
    ],
)
def test_what_a_capture_took_people_or_ground(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a group that claims an attack by name did it
        ("On 9 March 2022, ISWAP claimed an IED attack against Nigerian troops near Bama "
         "(Borno), killing four soldiers.", "ISWAP"),
        ("A UN convoy struck an IED near Aguelhok (Kidal), killing one peacekeeper. JNIM claimed "
         "the attack.", "JNIM"),
        # the group a mine is said to have been laid by
        ("A police truck hit a Taliban-planted IED in Ghazni city, killing two officers.",
         "Taliban"),
    ],
)
def test_the_group_that_claimed_or_laid_it_did_the_attack(text: str, doer: str) -> None:
    event = _event({"text": text})
    assert event.acled_event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and doer in (event.actor1.name, *event.actor1.aliases)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, the Habar Gidir and Abgaal clans agreed to blood compensation in "
        "Adale (Middle Shabelle).",
        "On 2 March 2023, elders of the two communities reached a deal over grazing land in "
        "Marsabit.",
        "Rebels and the army reached an agreement on a prisoner release in Bunia (Ituri).",
    ],
)
def test_an_agreement_reached_or_compensation_agreed_is_an_agreement(text: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == "Agreement"


def test_armed_men_blocking_roads_in_protest_are_a_protest() -> None:
    protest = _event({"text": "On 9 May 2024, clan militia blocked the roads into Galkayo in "
                              "protest against new checkpoint fees."})
    assert protest.acled_sub_event_type == "Peaceful protest"
    # without the words, armed men on a road are no demonstrators
    found = eventkit.extract("Clan militia blocked the roads into Galkayo.")
    assert not [e for e in found.events if e.acled_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # what the victim was accused of, or what someone died warding off, was not done
        "Al Shabaab militants flogged a man in Jilib (Middle Juba). The militants accused him "
        "of sexual misconduct.",
        "Gunmen shot and killed a farmer in Nyala after he tried to defend his wife from sexual "
        "assault.",
    ],
)
def test_a_rape_only_accused_or_warded_off_makes_no_sexual_violence(text: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == "Attack"


def test_a_force_answering_an_attack_on_a_un_mission_with_allies_fights_the_same_battle() -> None:
    # "UN troops" are the mission's, and "supported by FACA" names an ally, not the doer
    found = eventkit.extract(
        "On 3 June 2021, 3R rebels attacked a MINUSCA base in Bocaranga (Ouham-Pende). UN "
        "troops responded to the attack, supported by FACA, and clashed with the rebels. Two "
        "rebels and a soldier were killed.")
    battles = [e for e in found.events if e.acled_event_type == "Battles"]
    assert len(battles) == 1 and battles[0].fatalities == 3


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # reports that conflict give the lowest toll (ACLED)
        ("On 4 May 2021, two ethnic militias clashed over farmland near Otukpo (Benue). Local "
         "sources report that 3 people were killed. Police sources report that nobody was "
         "killed.", 0),
        ("Bandits attacked a bus near Gusau (Zamfara), killing two passengers. Police said that "
         "no one was killed.", 0),
        # more dead denied are no conflict
        ("Bandits attacked a bus near Gusau (Zamfara), killing two passengers. No one else was "
         "killed.", 2),
    ],
)
def test_a_report_that_nobody_died_conflicts_with_a_toll(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # ACLED's abductions are of civilians: seizing police or soldiers is fighting them
        ("On 2 June 2021, gunmen abducted a police officer in Ilorin (Kwara).", "Armed clash"),
        ("On 2 June 2021, gunmen kidnapped two soldiers near Birnin Gwari (Kaduna).",
         "Armed clash"),
        ("On 2 June 2021, gunmen kidnapped two farmers near Birnin Gwari (Kaduna).",
         "Abduction/forced disappearance"),
        # a strike's own verb ("and hit camps") is no battle told with it
        ("On 2 June 2021, the Nigerian Airforce conducted air strikes in Kuyambana forest "
         "(Zamfara) and hit camps of Zamfara Communal Militias. 12 militiamen were killed.",
         "Air/drone strike"),
    ],
)
def test_who_was_seized_struck_or_cited_decides_the_event(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_reports_source_is_no_side() -> None:
    found = eventkit.extract(
        "On 2 June 2021, two anti-Balaka groups clashed in Bossangoa (Ouham). According to "
        "residents, they clashed after one group refused to join the coalition.")
    coded = [e for e in found.events if e.acled_event_type]
    assert coded and all(e.actor1 is not None and e.actor1.name != "residents" for e in coded)


def test_a_riot_that_broke_out_breaks_nothing() -> None:
    found = eventkit.extract("On 2 June 2021, a riot broke out among inmates of Kirikiri prison "
                             "in Lagos.")
    assert [e.acled_event_type for e in found.events if e.acled_event_type] == ["Riots"]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # a count's toll without its auxiliary, listed with the missing or the hurt
        ("On 3 May 2020, ISWAP attacked an army base in Monguno (Borno). Six soldiers killed "
         "and 20 are missing.", 6),
        ("On 3 May 2020, two communities clashed over farmland in Obi (Benue). 40 people were "
         "injured, 2 killed and 10 are missing.", 2),
        # a counted toll is the fight's, whatever else its sentence tells
        ("On 3 May 2020, troops clashed with bandits in Faskari (Katsina). Six reported "
         "fatalities and twelve kidnapped victims rescued.", 6),
        # the toll after a fight and the arms seized in it is the fight's
        ("On 3 May 2020, ISWAP attacked an army base in Monguno (Borno). BH seized weapons "
         "and escaped. Four soldiers killed and 10 are missing.", 4),
        # ACLED's notes share a toll between the events it is split over
        ("On 3 May 2020, SPLA recaptured Kaka (Upper Nile). 60 have been killed in two days of "
         "fighting (fatalities divided equally across two events).", 30),
        ("On 3 May 2020, militias clashed in Obi (Benue). One person was killed. Fatalities "
         "split between 2 events.", 1),
        # each side's killing of the other in one fight: both tolls
        ("On 3 May 2020, soldiers clashed with rebels near Bambari (Ouaka). The soldiers killed "
         "5 rebels. In retaliation, the rebels killed 2 soldiers.", 7),
        # a headline's one person; a list of the people killed
        ("Soldier killed near Kidal (Kidal) by an IED on 3 May 2020.", 1),
        ("On 3 May 2020, Dozo hunters raided a Fulani camp near Djenne (Mopti) and killed the "
         "chief, his wife and his two sons.", 4),
        # a fight's toll told after the heavy weapons reported with it
        ("On 3 May 2020, clashes between SAF and RSF continued in Bahri (Khartoum), with "
         "airstrikes and artillery shelling being reported. At least 9 civilians were killed.",
         9),
        # what someone said a gang had done is told; "the dead" counts no one before it
        ("Police said that the gang had killed three traders in Kano on 3 May 2020.", 3),
        ("On 3 May 2020, an army drone struck a wedding near Tarkint (Gao), killing at least "
         "five people. Two residents said the dead were civilians.", 5),
    ],
)
def test_tolls_told_as_acled_notes_tell_them(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


def test_a_crowd_that_had_been_protesting_still_protests() -> None:
    found = eventkit.extract("On 3 May 2020, the crowd that had been protesting in front of the "
                             "court in Mafikeng burst into songs.")
    assert "Peaceful protest" in [e.acled_sub_event_type for e in found.events]


def test_what_a_relative_clause_says_was_done_before_is_no_event() -> None:
    found = eventkit.extract(
        "On 3 May 2020, the SPLA recaptured the village of Kaka (Upper Nile) from the "
        "SPLM-IO, who had themselves recaptured the village the previous day. 20 have been "
        "killed.")
    coded = [e for e in found.events if e.acled_event_type]
    assert [(e.acled_sub_event_type, e.fatalities) for e in coded] == [
        ("Government regains territory", 20)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # an invasion that harms people is a raid on them, not ground taken
        ("On 4 May 2020, bandits invaded Kuda village (Zamfara) and killed 12 residents.",
         "Attack"),
        ("On 4 May 2020, a communal militia invaded three communities in Dandume (Katsina), "
         "abducting 30 residents.", "Abduction/forced disappearance"),
        ("On 4 May 2020, rebels invaded Kuda (Ituri).", "Non-state actor overtakes territory"),
        # a crowd named with its mood in a "by" phrase did it
        ("On 4 May 2020, two journalists were attacked by angry voters in Ikeja (Lagos).",
         "Mob violence"),
        # whom the crowd wants freed is what it protests, not force used on it
        ("On 4 May 2020, demonstrators marched in Salta to demand the release of activists "
         "who were detained in previous days.", "Peaceful protest"),
        # warning shots disperse
        ("On 4 May 2020, teachers demonstrated in Bor (Jonglei). An official fired several "
         "shots in the air to disperse them.", "Protest with intervention"),
        # a fight with no other side told is the attack on the victim told with it
        ("On 4 May 2020, four armed individuals tried to ambush a vehicle on the road near "
         "Tirua (Biobio). The victim sped away after seeing the armed individuals, and they "
         "shot him in the arm.", "Attack"),
    ],
)
def test_raids_crowds_and_warning_shots(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "inter1", "inter2"),
    [
        # the people an ACLED note's brackets say the attackers belong to: its militia
        ("On 3 March 2021, attackers (presumed to be from the Apuk section of the Rek Dinka) "
         "attacked Maper village (Gogrial East county, Warrap state), killing 4 civilians.",
         4, 7),
        # cattle raiders are a people's men
        ("On 3 March 2021, cattle raiders attacked Maper village (Gogrial East county, Warrap "
         "state), killing 4 civilians.", 4, 7),
        # peoples named on both sides of a fight, or a fight told as communal
        ("On 3 March 2021, members of the Apuk section of the Rek Dinka clashed with members "
         "of the Aguok section of the Rek Dinka near Kuajok (Warrap state).", 4, 4),
        ("On 3 March 2021, inter-communal clashes broke out between armed pastoralists at a "
         "cattle camp in Tonj South county (Warrap state).", 4, 4),
        # a people's men who fought among themselves
        ("On 3 March 2021, two sections of the Rek Dinka clashed near Kuajok (Warrap state). "
         "Five people were killed.", 4, 4),
        # whom ground was taken from is the other side
        ("On 3 March 2021, the SSPDF recaptured the village of Tonga (Upper Nile state) from "
         "the SPLM-IO.", 1, 2),
        # a people's armed men are its militia
        ("On 3 March 2021, Gedeo fighters attacked an Oromo village near Dilla, killing 3 "
         "villagers.", 4, 7),
        # a police officer or a soldier harmed is of the state's forces
        ("On 3 March 2021, in Recife (Pernambuco), armed suspects shot and injured a military "
         "police officer.", 3, 1),
    ],
)
def test_acled_actor_types_of_peoples_men_and_of_forces_harmed(
    text: str, inter1: int, inter2: int
) -> None:
    event = _event({"text": text})
    place = event.location.country if event.location else None
    assert (acled.inter_code(event.actor1, place), acled.inter_code(event.actor2, place)) == (
        inter1, inter2)


def test_deaths_of_the_clause_opening_a_sentence_came_before_its_event() -> None:
    found = eventkit.extract("After three traders were killed in Gao (Gao) on 2 March 2020, "
                             "police arrested 9 people on 3 May 2020.")
    arrests = [e for e in found.events if e.acled_sub_event_type == "Arrests"]
    assert len(arrests) == 1 and not arrests[0].fatalities


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # arrested for having protested: the state's arrests
        ("On 4 May 2021, police arrested 30 people in Minsk for participating in protests "
         "against the election results.", "Arrests"),
        # arrested at a protest: force used on it
        ("On 4 May 2021, police arrested 30 demonstrators at a protest in Minsk.",
         "Protest with intervention"),
    ],
)
def test_arrests_for_protesting_and_at_a_protest(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2021, a brawl between two groups of youths in Kisumu left one man dead.",
        "On 4 May 2021, a scuffle over a land dispute led to firing in Rampur (UP), leaving "
        "one person killed.",
    ],
)
def test_a_brawl_or_scuffle_of_unorganised_people_is_mob_violence(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == ("Mob violence", 1)


@pytest.mark.parametrize(
    "text",
    [
        # the side a crowd took is no actor of its protest
        "On 2 June 2021, some 200 people held a pro-Ukraine rally in Lyon (Auvergne-Rhone-Alpes).",
        "On 2 June 2021, an anti-Israel protest took place in Lyon (Auvergne-Rhone-Alpes).",
        # who was among the crowd is no subject of its march
        "On 2 June 2021, 3,000 demonstrators, including teachers, the town's mayor and members "
        "of two parties, marched to support the regional referendum in Lyon "
        "(Auvergne-Rhone-Alpes).",
        # the one who led the crowd does not make it his own
        "On 2 June 2021, members of the farmers' union led by a former senator held a sit-in "
        "outside the sugar factory in Lyon (Auvergne-Rhone-Alpes).",
    ],
)
def test_a_crowds_protest_whatever_it_supported_or_whoever_led_it(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Protests", "Peaceful protest")
    assert acled.inter_code(event.actor1, "FRA") == 6


def test_forces_stopping_protesters_from_acting_intervene_in_their_protest() -> None:
    event = _event({"text": "On 2 June 2021, soldiers prevented protesters from pitching tents "
                            "on the main square of Tripoli (North)."})
    assert event.acled_sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.kind == "military"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # shots only meant to scatter the crowd
        ("On 3 July 2022, police fired warning shots into the air to break up a protest of "
         "farmers demanding fertiliser in Kurunegala (Kurunegala, North Western).",
         "Protest with intervention"),
        # one protester hurt, a few held: no serious injury
        ("On 3 July 2022, nurses protested over unpaid wages in Leon (Leon). Police intervened; "
         "one nurse was injured and four others were detained for an hour.",
         "Protest with intervention"),
        ("On 3 July 2022, relatives of a detained activist held a vigil in Leon (Leon). A "
         "supporter of the ruling party assaulted one of the protesters.",
         "Protest with intervention"),
        # live rounds are lethal force, whatever else was fired
        ("On 3 July 2022, residents protested against evictions in Leon (Leon). Several "
         "protesters were hurt when police used live ammo and tear gas to disperse them.",
         "Excessive force against protesters"),
        # many hurt is serious
        ("On 3 July 2022, police beat students protesting in Leon (Leon), injuring 14.",
         "Excessive force against protesters"),
        # what happened at a protest years before is history, not this protest's
        ("On 3 July 2022, students held a peaceful protest in Leon (Leon) to mark a massacre. "
         "Eight years ago, on 3 July 2014, soldiers killed six people during a protest in the "
         "same town.", "Peaceful protest"),
    ],
)
def test_force_on_a_protest_is_excessive_only_when_lethal_or_seriously_hurting(
    text: str, sub: str
) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # "they" opening the next sentence is the crowd told before
        ("On 5 May 2021, nurses held a demonstration in Kandy (Kandy, Central) over unpaid "
         "overtime. They engaged in a physical clash with the police.",
         "Violent demonstration"),
        # a crowd blocking passage, then throwing stones: one violent demonstration
        ("On 5 May 2021, bus drivers blocked several sectors of Kandy (Kandy, Central) over "
         "fuel prices. They threw stones at police officers. Twelve drivers were arrested.",
         "Violent demonstration"),
        # a symbol burned is part of a peaceful protest
        ("On 5 May 2021, farmers staged a protest in Kandy (Kandy, Central) against the ban "
         "on fertiliser. Protesters burned an effigy of the agriculture minister.",
         "Peaceful protest"),
        ("On 5 May 2021, traders staged a protest in Kandy (Kandy, Central). They set fire "
         "to a coffin representing the economy.", "Peaceful protest"),
        # a building's door set on fire is a riot; the pupils of a school are the crowd
        ("On 5 May 2021, a group of pupils from Secondary School 9 marched to the education "
         "office in Kandy (Kandy, Central). The participants set its gate on fire.",
         "Violent demonstration"),
        ("On 5 May 2021, thousands of people protested in Kandy (Kandy, Central) against the "
         "governor. They attempted to barge into the governor's office.",
         "Violent demonstration"),
    ],
)
def test_what_the_crowd_did_makes_its_protest_peaceful_or_violent(text: str, sub: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    assert acled.inter_code(event.actor1, "LKA") in (5, 6)
    # (nothing the crowd did is told apart as a destruction of property)
    assert all(e.acled_sub_event_type != "Looting/property destruction"
               for e in eventkit.extract(text).events)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # groups fighting each other riot as mobs
        ("On 8 August 2021, a riot broke out between two hamlets in Bantul (Yogyakarta). "
         "Dozens of men from both hamlets engaged in a brawl over a football match.",
         "Mob violence"),
        ("On 8 August 2021, fans of a football club triggered a riot in Bantul (Yogyakarta) "
         "and started to fight with another group of supporters.", "Mob violence"),
        # the victim's past protests do not make his abduction by a crowd a demonstration
        ("On 8 August 2021, a group of people abducted a young man in Bantul (Yogyakarta) and "
         "beat him. The man had participated in protests against the regent.", "Mob violence"),
        # a riot over a grievance is a demonstration turned violent
        ("On 8 August 2021, street vendors rioted in Bantul (Yogyakarta) over their eviction "
         "from the market.", "Violent demonstration"),
    ],
)
def test_a_riot_is_a_mobs_unless_told_as_a_demonstration(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        # held, then hurt: the attack (ACLED codes the most severe)
        "On 9 March 2021, soldiers arrested and beat a local leader of the ONLF in Degehabur "
        "(Somali).",
        "On 9 March 2021, police detained and tortured a journalist in Degehabur (Somali).",
        # no one fights back a beating, whatever side the beaten man is on
        "On 9 March 2021, police beat an Oromo Liberation Army commander in Degehabur "
        "(Somali).",
        # a "by" phrase counted by a number, and the guards of a prison are state forces
        "On 9 March 2021, three inmates were beaten by 12 prison guards in Degehabur "
        "(Somali).",
        # the clashes a raid answered are not the raid
        "On 9 March 2021, soldiers raided a village near Degehabur (Somali) in response to "
        "the violent clashes there the week before. They tortured four villagers.",
    ],
)
def test_violence_done_to_the_defenceless_is_an_attack(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")
    assert acled.inter_code(event.actor1, "ETH") == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "one of them" is a part of the group counted before, not more dead
        ("On 12 October 2021, gunmen clashed with police at a checkpoint in Sorong (West "
         "Papua). Three officers were shot, and one of them died.", 1),
        # the death of a victim told after the doer's other blows belongs to the same attack
        ("On 12 October 2021, soldiers raided a student dormitory in Sorong (West Papua) and "
         "assaulted four students. They smashed windows and beat a young man. He died in "
         "hospital the next day.", 1),
    ],
)
def test_deaths_of_a_part_or_told_after_the_attack(text: str, deaths: int) -> None:
    assert _event({"text": text}).fatalities == deaths


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the count next to the injury is of others held, not of the hurt
        ("On 2 February 2022, 30 women marched against femicide in Esteli (Esteli). Police "
         "intervened; one marcher was injured and six others were detained.",
         "Protest with intervention"),
        # a mob that snatched things and attacked people: a riot, not looting
        ("On 2 February 2022, a mob of villagers snatched the notebooks of census workers and "
         "attacked them in Rampur village (Uttar Pradesh).", "Mob violence"),
        # blasts counted at a front, of no named weapon and harming no one: fire exchanged
        ("On 2 February 2022, monitors recorded a total of 7 explosions of undetermined origin "
         "near Avdiivka (Donetsk).", "Shelling/artillery/missile attack"),
        # a suicide bombing within a battle is the battle
        ("On 2 February 2022, ISWAP fighters launched a complex assault involving a suicide "
         "car bomb on an army base near Monguno (Borno). 9 soldiers and 14 fighters were "
         "killed.", "Armed clash"),
        # the past protests of the abducted man make no protest of his abduction
        ("On 2 February 2022, police abducted a student who participated in the 2018 "
         "demonstrations and beat him in Esteli (Esteli).", "Attack"),
    ],
)
def test_what_the_words_around_an_event_say_of_its_kind(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 14 January 2020, police seized 30 pistols from a workshop in Darra Adam Khel "
        "(Khyber Pakhtunkhwa).",
        "On 14 January 2020, police raided a house in Darra Adam Khel (Khyber Pakhtunkhwa) and "
        "confiscated 12 rifles and ammunition.",
    ],
)
def test_a_raid_that_seizes_guns_is_disrupted_weapons_use(text: str) -> None:
    event = _event({"text": text})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Strategic developments", "Disrupted weapons use")


def test_a_protest_and_the_fire_opened_on_it_are_one_event_with_its_dead() -> None:
    event = _event({"text": "On 26 April 2020, residents of Bodo demonstrated against an oil "
                            "company. Soldiers guarding the site opened fire on the "
                            "demonstrators and killed one."})
    assert (event.acled_sub_event_type, event.fatalities) == (
        "Excessive force against protesters", 1)


def test_a_riot_that_broke_out_between_inmates_is_a_mobs() -> None:
    event = _event({"text": "On 15 May 2023, a riot broke out between inmates of a police "
                            "station in Valencia (Carabobo). The motive of the fight is "
                            "unknown."})
    assert event.acled_sub_event_type == "Mob violence"


def test_a_weapon_someone_only_planned_to_use_is_not_the_weapon_of_the_attack() -> None:
    event = _event({"text": "On 12 August 2019, a mob attacked a man in Adama (Oromia) after "
                            "rumours that he was planning to bomb the town's market."})
    assert event.acled_sub_event_type == "Mob violence"


def test_sides_coordinated_across_a_pro_prefix_fight_each_other() -> None:
    event = _event({"text": "On 5 January 2024, Houthi forces and pro-government forces "
                            "clashed in Maqbanah district (Taizz)."})
    assert event.acled_sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.name == "Houthis"


def test_a_region_listed_in_brackets_is_no_person_of_that_surname() -> None:
    event = _event({"text": "On 5 January 2024, M23 rebels took control of Kitshanga (Masisi, "
                            "Nord-Kivu) after clashes with the FARDC."})
    assert event.actor2 is not None and event.actor2.name == "FARDC"


def test_weapons_found_are_disrupted_weapons_use() -> None:
    event = _event({"text": "On 5 January 2024, Iraqi security forces found a weapons cache in "
                            "Tarmiyah (Baghdad)."})
    assert event.acled_sub_event_type == "Disrupted weapons use"


def test_an_armed_groups_attack_on_a_village_that_burned_houses_is_an_attack() -> None:
    event = _event({"text": "On 5 January 2024, insurgents attacked Nanduadua village "
                            "(Macomia, Cabo Delgado) and burned houses."})
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 January 2024, the KNU announced the formation of a new armed wing in Hpapun "
         "(Kayin).", "Change to group/activity"),
        ("On 5 January 2024, Houthi forces erected new checkpoints on the road between Taizz "
         "and Aden.", "Headquarters or base established"),
    ],
)
def test_an_armed_groups_new_wing_or_checkpoints_are_strategic_developments(
    text: str, sub: str
) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "inter1"),
    [
        # a regime's forces are the state's
        ("On 28 April 2020, regime forces shelled Kafr Nabl in Idleb countryside (Idleb).", 1),
        # clan militiamen are an identity militia
        ("On 3 May 2020, Saleban clan militiamen clashed with a rival clan militia near "
         "Gaalkacyo (Mudug).", 4),
        # where a force is stationed does not stand for the force
        ("On 1 December 2023, the Myanmar military stationed in the Zay Kone monastery near "
         "Buthidaung (Rakhine) fired heavy weapons at the town.", 1),
        # a "by" phrase hedged as suspected members of a force
        ("On 10 December 2017, a student was shot by suspected members of the Indonesian "
         "Special Forces in Merauke (Papua).", 1),
    ],
)
def test_who_did_it_is_coded_as_acled_codes_its_kind(text: str, inter1: int) -> None:
    event = _event({"text": text})
    place = event.location.country if event.location else None
    assert acled.inter_code(event.actor1, place) == inter1


def test_two_owners_of_one_named_force_are_the_two_sides() -> None:
    event = _event({"text": "On 1 December 2023, Russian and Ukrainian military forces clashed "
                            "in Krynky (Kherson)."})
    assert event.actor1 is not None and event.actor2 is not None
    assert {event.actor1.country, event.actor2.country} == {"RUS", "UKR"}
    assert (acled.inter_code(event.actor1, "UKR"), acled.inter_code(event.actor2, "UKR")) == (8, 1)


def test_the_officer_a_mob_assaulted_is_its_second_side() -> None:
    event = _event({"text": "On 18 June 2022, a group of people assaulted a police officer at "
                            "a petrol station in Puttalam (Puttalam, North Western)."})
    assert event.acled_sub_event_type == "Mob violence"
    assert (acled.inter_code(event.actor1, "LKA"), acled.inter_code(event.actor2, "LKA")) == (5, 1)


def test_a_missile_told_with_its_interception_is_disrupted_weapons_use() -> None:
    event = _event({"text": "On 5 January 2024, Houthi forces launched a ballistic missile "
                            "towards Marib city (Marib), which was intercepted by the "
                            "Saudi-led coalition."})
    assert event.acled_sub_event_type == "Disrupted weapons use"
    assert event.actor1 is not None and event.actor1.name == "Saudi-led coalition"


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # a participle of consequence with its comma left out shares the clause's subject
        ("On 4 March 2023, police opened fire on traders protesting in Goma (Nord-Kivu) "
         "killing 2 people and injuring several others.",
         "Excessive force against protesters", 2),
        # an event's own word is not the cause a crowd acted over
        ("On 2 March 2023, tribesmen opened fire at residents in Ataq (Shabwah) over tribal "
         "revenge killing 2 civilians.", "Attack", 2),
        # a release of captives is an agreement (ACLED: prisoner releases)
        ("On 2 May 2023, Houthi forces released after tribal mediation 6 government soldiers "
         "who were captured in Marib (Marib) in 2020.", "Agreement", 0),
        # a mass grave found is a strategic development
        ("On 5 June 2023, a rights group discovered a mass grave containing the bodies of "
         "civilians near Sinjar (Ninewa).", "Other", 0),
        # burned alive: a killing, its victims counted
        ("On 7 June 2023, militiamen burned a member of the Hema community alive in Djugu "
         "(Ituri).", "Attack", 1),
        # a rape told as what came before the fight, or as what a killing punished, is not
        # the event's
        ("On 9 June 2023, tribesmen clashed with Houthi forces in Sirwah (Marib), killing 4. "
         "The clash followed reports that a Houthi commander had raped a boy from the tribe.",
         "Armed clash", 4),
        ("On 3 June 2023, the SSPP executed a detained man in Hsipaw (Shan). SSPP members shot "
         "him to death for the kidnap and rape of a girl.", "Attack", 1),
        # rape the next sentence tells of the same attacks
        ("On 2 May 2023, ADF militants killed 12 people in attacks near Beni (Nord-Kivu). "
         "Rapes were also reported during the attacks.", "Sexual violence", 12),
        # harm no one is said to have done, told with the police's dispersal or intervention
        ("On 4 May 2023, twenty students were wounded as police dispersed a march in Bukavu "
         "(Sud-Kivu).", "Excessive force against protesters", 0),
        ("On 6 May 2023, police intervened in an opposition rally in Kolwezi (Lualaba). Two "
         "people were killed and 15 others were arrested.",
         "Excessive force against protesters", 2),
    ],
)
def test_acleds_notes_of_the_sixth_sample(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a crowd cutting a road blocks it
        ("On 9 May 2023, tribesmen cut the road in Lawdar (Abyan) demanding the release of a "
         "detained relative.", "Peaceful protest"),
        # who backed the subject, told in an aside, is no subject
        ("On 2 May 2023, about 300 rallyists, with the support of the local government, "
         "demonstrated in Iloilo City (Iloilo).", "Peaceful protest"),
        # the dead of a clash between militias are no crowd
        ("On 3 May 2023, 2 people were killed in clashes between Bantu and Batwa ethnic "
         "militias near Kalemie (Tanganyika).", "Armed clash"),
        # "took place" takes nothing
        ("On 19 May 2023, the Myanmar army and the KIA clashed near Dima (Kachin). Another "
         "battle between the KIA and the Myanmar army took place between Mung Li and Dima "
         "village.", "Armed clash"),
        # an ambush with explosives and small arms on troops is a battle
        ("On 4 May 2023, 10 AA soldiers attacked the combined troops of the military and the "
         "police near Mrauk-U (Rakhine) using remote controlled explosives and small arms.",
         "Armed clash"),
        # party militants throwing stones at each other riot
        ("On 7 May 2023, militants of the Movement for the Liberation of Congo and those of the "
         "Common Front for Congo threw stones at each other in Gemena (Sud-Ubangi).",
         "Mob violence"),
        # the headline present tense, and the Burma Army's conquest
        ("The army regains control of Kamango (Nord-Kivu) from ADF militants.",
         "Government regains territory"),
        ("On 2 May 2023, the Burma Army conquered a KIA outpost near Laiza (Kachin).",
         "Government regains territory"),
    ],
)
def test_more_notes_of_the_sixth_sample(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # the count before an active killing verb counts the killers
        ("On 3 May 2020, a group of at least 8 militiamen attacked and beheaded civilians near "
         "Chai (Cabo Delgado). At least 12 civilians were killed.", "Attack", 12),
        # unidentified actors are an armed group; individuals are civilians
        ("On 8 May 2020, between Muidumbe and Miteda (Cabo Delgado), unidentified actors "
         "carried out a night attack on a village killing nine individuals and destroying "
         "several houses by arson.", "Attack", 9),
        # a riot's toll told after it
        ("On 17 May 2020, rioters tried to expel soldiers from their position in Chitunda "
         "(Cabo Delgado). Soldiers' tents were destroyed by people. During the confrontation, "
         "1 person died.", "Mob violence", 1),
        # two boys, each eight years old
        ("On 31 May 2020, in Hsihseng (Shan), 2 eight year old boys were shot dead by a member "
         "of an armed group.", "Attack", 2),
        # an aside between dashes is no subject; the forces of the operation did it
        ("On 30 May 2020, 3 farmers - accused by the police of being NPA militants - were shot "
         "dead in a police operation in Tapaz (Capiz).", "Attack", 3),
        # ACLED's plurals of unknown size: 10
        ("On 3 May 2020, Mbororo herders killed multiple civilians in Ango (Bas-Uele).",
         "Attack", 10),
        ("On 4 May 2020, rebels captured a garrison near Garabah (Kassala) and several "
         "government soldiers were killed.", "Armed clash", 10),
    ],
)
def test_counts_and_doers_of_the_sixth_sample(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


def test_the_forces_of_an_operation_did_its_killing() -> None:
    event = _event({"text": "On 30 May 2020, 3 farmers - accused by the police of being NPA "
                            "militants - were shot dead in a police operation in Tapaz (Capiz)."})
    assert event.actor1 is not None and event.actor1.kind == "police"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # South Asia's baton (lathi) charges on a crowd, the inflected word last
        ("On 10 May 2019, police baton-charged protesters in Kathmandu (Bagmati) who were "
         "demonstrating against the new guthi bill, injuring 10.",
         "Excessive force against protesters"),
        ("On 3 May 2019, police lathi-charged students protesting in Patna (Bihar).",
         "Protest with intervention"),
        # a bandh its callers enforce is held; a party's cadres are its members
        ("On 3 May 2019, Nepal Communist Party cadres enforced a bandh in Birgunj (Parsa).",
         "Peaceful protest"),
    ],
)
def test_south_asias_shutdowns_and_baton_charges(text: str, sub: str) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    assert event.actor1 is not None and event.actor1.kind in ("protesters", "party", "civilians")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 10 April 2020, the ADF split into two factions after the death of its commander "
         "in Beni (Nord-Kivu).", "Change to group/activity"),
        ("On 16 April 2020, the military launched a coup in Bamako (Bamako), arresting the "
         "president and prime minister.", "Other"),
    ],
)
def test_a_split_and_a_coup_are_strategic_developments(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_mines_collapse_is_no_explosion_and_no_ones_attack() -> None:
    found = eventkit.extract("On 27 April 2020, the Hpakant jade mine collapsed killing 50 miners "
                             "in Kachin State.")
    assert not [e for e in found.events if e.acled_event_type]


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # what the same crowd did in its protest's sentence, or told next, makes it a riot
        ("On 19 July 2023, locals in Saptari (Madhesh) staged a protest, burning tyres and "
         "blocking the highway.", "Violent demonstration", 0),
        ("On 12 July 2023, in Niamey (Niamey), thousands of people demonstrated in support of "
         "the junta. Some protesters attacked the French embassy, setting fire to its gate.",
         "Violent demonstration", 0),
        # the dead of each side, told by two verbs
        ("On 17 July 2023, CCMSR rebels attacked a military position near Kouri Bougoudi "
         "(Tibesti). The army said it killed 30 rebels and lost 2 soldiers.", "Armed clash", 32),
        # victims described by what was done to them before the report's event
        ("On 1 February 2023, teachers in Bobo-Dioulasso (Hauts-Bassins) staged a protest "
         "march in solidarity with two teachers assaulted a week earlier.",
         "Peaceful protest", 0),
    ],
)
def test_a_crowds_acts_and_the_dead_of_both_sides(text: str, sub: str, fatalities: int) -> None:
    found = eventkit.extract(text)
    coded = [e for e in found.events if e.acled_event_type and e.modality == "actual"]
    assert (coded[0].acled_sub_event_type, coded[0].fatalities or 0) == (sub, fatalities)
    if sub == "Peaceful protest":
        assert len(coded) == 1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a families' dispute that turned into a gunfight: communal militias fought
        ("On 7 January 2024, a dispute between two families in Baalbek (Baalbek-Hermel) "
         "escalated into a gunfight, killing 1 person and injuring 2.", "Armed clash"),
        # people, not weapons, intercepted and arrested at a border
        ("On 8 January 2024, the Lebanese army intercepted a group of Syrian nationals "
         "attempting to cross the border illegally in Wadi Khaled (Akkar) and arrested them.",
         "Arrests"),
    ],
)
def test_a_gunfight_and_people_intercepted(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_subject_that_met_yesterday_is_no_victim_described() -> None:
    codes = [e.cameo for e in eventkit.extract("The US, Russia, and Switzerland met yesterday",
                                               published="2015-06-09").events]
    assert "040" in codes


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # reports that conflict: the lower figure (ACLED)
        ("On 3 June 2024, Syrian regime forces shelled the town of Sarmin (Idleb). According to "
         "the White Helmets, 2 civilians were killed, while local sources reported 4 dead.", 2),
        ("On 2 June 2023, 2 people died in clashes between police and residents in Kasumbalesa "
         "(Haut-Katanga). Local sources report five people were killed.", 2),
        # "..., killing a child": its object, not the strikes counted before
        ("On 6 June 2024, Russian warplanes conducted at least 10 airstrikes on the outskirts of "
         "Idleb city (Idleb), killing a child and injuring 5 civilians.", 1),
    ],
)
def test_conflicting_reports_and_the_count_of_strikes(text: str, fatalities: int) -> None:
    assert _event({"text": text}).fatalities == fatalities


def test_the_toll_told_after_is_the_armed_violences_not_a_crowds_looting() -> None:
    event = _event({"text": "On 3 May 2020, a group of at least 8 militiamen attacked and beheaded "
                            "civilians near Chai (Cabo Delgado), after looting food. At least 12 "
                            "civilians were killed."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 12)


def test_an_armed_groups_cadres_are_its_men_and_a_crowd_is_people() -> None:
    event = _event({"text": "On 5 March 2019, the Netra Bikram Chand-led CPN cadres torched a "
                            "vehicle of the Ncell company in Gorkha (Gorkha, Gandaki)."})
    assert event.acled_sub_event_type == "Looting/property destruction"
    assert event.actor1 is not None and event.actor1.kind == "rebel"
    found = eventkit.extract("Police fired tear gas at a crowd in Nairobi.")
    assert "crowd" in [actor.name for actor in found.actors]


def test_a_strike_that_hit_a_house_is_from_the_air() -> None:
    event = _event({"text": "On 3 May 2024, an Israeli strike hit a house in Tyre (Tyre, South), "
                            "killing 2."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Air/drone strike", 2)


def test_killing_him_kills_one() -> None:
    event = _event({"text": "On 15 February 2024, armed men looted the house of a tribal leader "
                            "in Abu Kamal (Deir-ez-Zor) after killing him."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Attack", 1)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # displacement by fighting, the fight named as its cause (ACLED's Other)
        ("On 6 May 2020, near War Tho Kho village (Kayin), fighting between the Myanmar "
         "military and KNU battalion 9 forced over 480 villagers to flee their village.",
         "Other"),
        # the attack told by its own verb stays the event; "displaced people" displace no one
        ("On 6 May 2020, soldiers attacked the village of Kamango (Nord-Kivu) and forced "
         "residents to flee.", "Attack"),
    ],
)
def test_displacement_caused_by_a_fight(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # an army's "neutralised" armed men are its dead
        ("On 13 March 2020, the Nigerien army announced it had neutralised 63 Boko Haram "
         "militants near Diffa (Diffa).", "Armed clash", 63),
        ("On 6 July 2023, VDP and the army repelled an attack by JNIM militants on Djibo (Soum, "
         "Sahel). According to the army, about 40 militants were neutralised.", "Armed clash", 40),
        # more dead told after the event, counted once
        ("On 4 March 2020, Chadian army forces launched an offensive against Boko Haram in the "
         "Lake Chad region (Lac), claiming to have killed 1000 militants. 52 soldiers were also "
         "killed.", "Armed clash", 1052),
        # students who boycott classes protest
        ("On 9 March 2020, students at the University of N'Djamena (N'Djamena) boycotted "
         "classes to demand the payment of their scholarships.", "Peaceful protest", 0),
    ],
)
def test_neutralised_dead_counted_once_and_a_boycott(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


def test_an_explosive_neutralised_is_no_battle() -> None:
    found = eventkit.extract("On 3 May 2020, the army neutralized an IED near Djibo (Soum).")
    assert "Armed clash" not in [e.acled_sub_event_type for e in found.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # an older note's verbless headline; the "by" phrase is the killing's
        ("Protest in Mogadishu against the killing of civilians by AMISOM troops.",
         "Peaceful protest"),
        # a mission fighting beside the state's forces regains ground with them
        ("AMISOM and SNA forces recaptured Bulo Marer from Al Shabaab after heavy fighting.",
         "Government regains territory"),
    ],
)
def test_headline_notes_and_a_mission_beside_the_state(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # "killing the driver": one, whatever is told after the "and"
        ("On 1 March 2020, unknown gunmen attacked a vehicle on the road between Abeche and "
         "Adre (Ouaddai), killing the driver and stealing goods.", "Attack", 1),
        # locals padlocking an office in protest
        ("On 7 March 2020, locals padlocked the ward office in Janakpur (Dhanusha, Province 2) "
         "demanding the construction of a road.", "Peaceful protest", 0),
    ],
)
def test_killing_the_driver_and_a_padlocked_office(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # the vocabulary of ACLED notes: ground taken over, communal violence, explosives
        # removed, a long sit-in broken up, a centre burned, teargas in one word, a ban on
        # motorbikes (a security measure, as a curfew is)
        ("On 3 June 2020, JNIM militants took over the town of Boulkessi (Mopti) after "
         "heavy fighting.", "Non-state actor overtakes territory", 0),
        ("On 9 June 2020, intercommunal violence in Adikong (Ouaddai) left seven people "
         "dead.", "Armed clash", 7),
        ("On 12 June 2020, police removed two IEDs planted near a school in Beledweyne "
         "(Hiraan).", "Disrupted weapons use", 0),
        ("On 14 June 2020, police broke up a more than three-week long sit-in by nurses in "
         "Niamey.", "Protest with intervention", 0),
        ("On 15 June 2020, migrants burned the whole of the local registration center in "
         "Agadez.", "Mob violence", 0),
        ("On 16 June 2020, police fired teargas to disperse students protesting in Kisumu.",
         "Protest with intervention", 0),
        ("On 17 June 2020, the authorities announced a ban on the use of motorcycles in "
         "Diffa region.", "Change to group/activity", 0),
        ("On 18 June 2020, the governor imposed a curfew in Maiduguri (Borno).",
         "Change to group/activity", 0),
        # "shot dead the mayor": one dead; an unarmed office holder fired on is a civilian
        ("On 19 June 2020, gunmen shot dead the mayor of Tessit (Gao).", "Attack", 1),
        ("On 20 June 2020, soldiers opened fire on a car carrying the Deputy Minister of "
         "Health in Mogadishu.", "Attack", 0),
        # counts: "between eleven and fifteen" is the lower figure, a serial comma goes on
        # counting, an ACLED remark "N fatalities coded." gives the toll
        ("On 21 June 2020, gunmen killed between eleven and fifteen herders near Tillia "
         "(Tahoua).", "Attack", 11),
        ("On 22 June 2020, an airstrike killed four fighters, and two civilians near Idleb.",
         "Air/drone strike", 6),
        ("On 23 June 2020, gunmen attacked a village near Tillia (Tahoua), killing many "
         "herders. 9 fatalities coded.", "Attack", 9),
        # an accident's word in a group's name is no accident; a protest told in the passive
        ("On 24 June 2020, clashes took place between the Eastern Storm Brigade and "
         "Kurdish fighters in Azaz (Aleppo).", "Armed clash", 0),
        ("On 25 June 2020, a protest was staged in Maitighar (Kathmandu) against the budget.",
         "Peaceful protest", 0),
    ],
)
def test_session21_vocabulary_and_counts(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities or 0) == (sub, fatalities)


@pytest.mark.parametrize(
    "text",
    [
        "The general took over the presidency after the coup.",  # no ground taken
        "Five Killed In Road Accident In Kano",  # a headline's accident
        "Five people were killed in a road accident in Kano.",
    ],
)
def test_no_conflict_event_taken_over_or_in_an_accident(text: str) -> None:
    events = eventkit.extract(text).events
    assert not [e for e in events if e.acled_event_type in ("Battles", "Violence against civilians")
                and e.modality == "actual"]


def test_number_words_joined_by_and_only_after_a_scale() -> None:
    from eventkit.extract._numbers import number_value

    assert number_value("five and six".split(), 0) == (5, 1)
    assert number_value("one hundred and five".split(), 0) == (105, 4)


@pytest.mark.parametrize(
    ("text", "sub", "doer"),
    [
        # what the crowd condemns, told before its protest, is its grievance
        ("On 10 June 2020, condemning the arrest of their local chairman, members of the "
         "Wadani party demonstrated in Burao.", "Peaceful protest", None),
        # who the crowd are, told in a "who" clause, is no event of this report; the crowd
        # is the doer, not what the clause names
        ("On 11 June 2020, parents who say their sons were abducted by the PKK staged a "
         "sit-in in Diyarbakir.", "Peaceful protest", None),
        ("On 12 June 2020, workers who were dismissed by the textile company protested in "
         "Tangier.", "Peaceful protest", "workers"),
    ],
)
def test_a_crowds_grievance_and_description_are_not_events(
    text: str, sub: str, doer: str | None
) -> None:
    event = _event({"text": text})
    assert event.acled_sub_event_type == sub
    if doer is not None:
        assert event.actor1 is not None and event.actor1.name == doer


@pytest.mark.parametrize("written", ["N'Djamena", "NDjamena", "Ndjamena"])
def test_a_capital_written_without_its_apostrophe_in_its_own_region(written: str) -> None:
    event = _event({"text": f"On 2 June 2020, traders protested in {written} against taxes."})
    assert event.location is not None
    assert (event.location.name, event.location.country) == (written, "TCD")
    from eventkit.formats._countries import acled_admin1

    place = event.location
    assert acled_admin1(place.country, place.admin1, place.iso3166_2) == "N'Djamena"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the codebook: a suicide bombing's bomber is counted among its dead
        ("On 4 June 2020, a suicide bomber killed three soldiers at a checkpoint in Baidoa "
         "(Bay).", 4),
        # told already: "the bomber and", "including the bombers"
        ("On 5 June 2020, a suicide bomber struck a checkpoint in Baidoa (Bay). The bomber and "
         "two soldiers were killed.", 3),
        ("On 6 June 2020, suicide bombers struck a market in Konduga (Borno), killing 12 people "
         "including the bombers.", 12),
    ],
)
def test_a_suicide_bomber_is_counted_once(text: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == ("Suicide bomb", fatalities)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a community's men who harm others are its militia: an attack, not a riot
        ("On 3 July 2020, members of the Dogon community killed four herders near Bankass "
         "(Mopti).", "Attack"),
        ("On 4 July 2020, a member of the Zaghawa community beat two traders near Abeche "
         "(Ouaddai).", "Attack"),
        # war's remnants set off are a remote explosive, whatever shell or grenade they were
        ("On 5 July 2020, an unexploded grenade exploded in a field near Bol (Lac), killing "
         "two children.", "Remote explosive/landmine/IED"),
        # goods seized are looted; people taken with them make an abduction
        ("On 6 July 2020, JNIM militants seized two trucks of a transport company near Djibo "
         "(Soum).", "Looting/property destruction"),
        ("On 7 July 2020, JNIM militants seized a bus near Djibo (Soum) and abducted its "
         "passengers.", "Abduction/forced disappearance"),
        # "and two captured": prisoners of the fight, no ground taken
        ("On 8 July 2020, Arab militiamen and Fulani gunmen clashed near Tahoua. Three men were "
         "killed and two captured.", "Armed clash"),
        # "a clash ensued between demonstrators and the police": a riot
        ("On 9 July 2020, a clash ensued between demonstrators and the police in Birgunj "
         "(Parsa).", "Violent demonstration"),
    ],
)
def test_community_militias_war_remnants_goods_and_prisoners(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_bracket_listing_the_region_first_places_the_town() -> None:
    # ACLED's notes on Chad write "(Region, Department)": the region known, the department not
    event = _event({"text": "On 26 December 2020, Tama and Zaghawa militias clashed near Birak "
                            "(Wadi Fira, Dar Tama). Ten people were killed."})
    assert event.location is not None
    assert (event.location.name, event.location.admin1, event.location.country) == (
        "Birak", "Wadi Fira", "TCD")


def test_a_suicide_bomber_counted_in_the_toll_is_not_counted_again() -> None:
    event = _event({"text": "On 3 May 2020, a suicide bomber blew himself up at a checkpoint in "
                            "Mogadishu, killing four people including the bomber."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Suicide bomb", 4)


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # a summary told in the present ("militia shoots and kills chief X")
        ("12 August. Dassanech militia shoots and kills Ileret chief Lokwar Ekiru in Todenyang.",
         "Attack", 1),
        # "he was badly hurt and died": the victim's death told after the assault
        ("On 3 March 2021, four men beat a farmer over a land dispute in Pampangan village "
         "(Lampung province). He was badly injured and died in hospital.", "Mob violence", 1),
        ("On 4 March 2021, gunmen stabbed a shopkeeper in Baghdad. The man died on his way to "
         "hospital.", "Attack", 1),
        # the doers named again by their act ("the attackers") tell the same assault
        ("On 5 March 2021, three men assaulted a trader in Sukadana village (Lampung province). "
         "The trader argued over a debt when the attackers beat him with sticks. He later died "
         "at a clinic.", "Mob violence", 1),
        # a forced disappearance told by its verb; trees uprooted are property destroyed
        ("Around 2 May 2024 (as reported), Saudi police forcibly disappeared a woman activist "
         "in Riyadh.", "Abduction/forced disappearance", 0),
        ("On 9 January 2024, Israeli settler rioters uprooted 80 olive trees in Turmus Ayya "
         "(Ramallah, West Bank).", "Mob violence", 0),
        # gas bombs are tear gas, no explosive or chemical weapon
        ("Around 2 April 2024 (as reported), Egyptian police fired gas bombs and beat "
         "detainees with batons at Borg al-Arab prison in Alexandria.", "Attack", 0),
        # the crowd's verb after an aside set off by commas ("students, protesting ..., burn")
        ("14 June. Students of Kisumu Boys High School in Kisumu, protesting against their "
         "headteacher, burn their dormitory.", "Violent demonstration", 0),
    ],
)
def test_session22_present_tense_later_deaths_and_vocabulary(
    text: str, sub: str, fatalities: int
) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)


def test_egyptian_governorates_as_acled_spells_them() -> None:
    event = _event({"text": "On 22 February 2024, workers protested at a textile factory in "
                            "Al Mahallah al Kubra (Greater Mahala 1, Gharbia) over wages."})
    assert event.location is not None
    assert (event.location.country, acled.to_row(event)["admin1"]) == ("EGY", "Gharbia")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gunmen killed chief Lokwar Ekiru in Todenyang.", "Lokwar Ekiru"),
        ("Chief Justice David Maraga said the court would rule.", "Chief Justice David Maraga"),
        ("The plan was rejected, chief Palestinian negotiator Saeb Erakat said.", "Saeb Erakat"),
    ],
)
def test_a_chief_is_a_title_before_a_name_only(text: str, person: str) -> None:
    persons = [actor.name for actor in eventkit.extract(text).actors if actor.kind == "person"]
    assert persons == [person]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a crowd the source calls rioters demonstrated violently
        ("On 19 December 2020, dozens of rioters held a demonstration in front of the election "
         "office in Wamena town (Papua province).", "Violent demonstration"),
        # people with what is at hand fought: a mob's violence, no battle
        ("Around 8 April 2025 (as reported), members of two families clashed with sticks and "
         "stones in Minya over a land dispute.", "Mob violence"),
        # protesters tortured by the police suffered excessive force
        ("On 7 July 2017, 40 students staged a demonstration in Jayapura (Papua province). They "
         "were arrested by the police and tortured.", "Excessive force against protesters"),
        # what a crowd of protesters demands is its demonstration
        ("On 3 January 2024, protesters closed down the El Feel oil field (Murzuq, South), "
         "calling for the government to employ local graduates.", "Peaceful protest"),
        # a raid's force on residents is the raid, no protest; where people live is no act
        ("On 30 June 2017, police raided a complex of Nabire city (Papua province) mainly "
         "inhabited by Papuans, using tear gas against the residents, and killed one man.",
         "Attack"),
    ],
)
def test_session22_crowds_and_the_force_used_on_them(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


def test_a_crackdown_with_no_demonstration_codes_no_protest() -> None:
    found = eventkit.extract("In a crackdown on banditry, police burned a Pokot village near "
                             "Tiaty.")
    assert all(event.acled_event_type != "Protests" for event in found.events)


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # a body found is one dead
        ("On 22 July 2020, the body of a man who was shot was found in Basra.", "Attack", 1),
        # what was destroyed with an explosive was attacked with it
        ("On 7 April 2025, Saraya al Quds destroyed an Israeli tank with an IED in Gaza - "
         "Shujaiyya (Gaza City, Gaza Strip).", "Remote explosive/landmine/IED", 0),
        # held, then harmed by the same unnamed doer: the harm, a state's
        ("On 18 January 2024, the Internal Security Device arrested and tortured a football "
         "coach in Benghazi (Benghazi, East), killing him.", "Attack", 1),
        # a few men who attack the police fought them; a militant's knife too
        ("Two men attacked police at a checkpoint in Medan (North Sumatra), leaving one officer "
         "dead.", "Armed clash", 1),
        ("A militant stabbed two policemen at a mosque in Jakarta. He was shot dead after the "
         "police fired warning shots.", "Armed clash", 1),
    ],
)
def test_session22_bodies_weapons_and_armed_victims(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)


@pytest.mark.parametrize(
    ("town", "admin1"), [("Jakarta", "Jakarta"), ("Tangerang", "Banten"), ("Bandung", "West Java")]
)
def test_jakarta_and_banten_are_apart_from_west_java(town: str, admin1: str) -> None:
    event = _event({"text": f"On 3 May 2019, police arrested two students in {town}."})
    assert acled.to_row(event)["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # ground taken told in the passive
        ("20 January 2020. Kudhaa (Afmadow, Lower Juba) has been taken over by Jubaland security "
         "forces after a battle with Al Shabaab.", "Government regains territory"),
        # a participle after "of ..." with its doer told by "by" qualifies the dead
        ("On 17 November 2019, the bodies of four herders killed (two were shot) by suspected "
         "Boko Haram militants were found near Bol (Lac).", "Attack"),
        # an old explosive set off, told as such in the next sentence
        ("On 20 December 2024, a grenade exploded at a house in Saravan (Sistan and "
         "Baluchestan), killing two children. The children had found an unexploded grenade in "
         "a field.", "Remote explosive/landmine/IED"),
        # an explosive destroyed before it went off
        ("On 29 May 2021, an army demining team destroyed an IED planted by militants near "
         "Djibo (Soum).", "Disrupted weapons use"),
    ],
)
def test_session22_passives_participles_and_explosives(text: str, sub: str) -> None:
    assert _event({"text": text}).acled_sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a known name inside a longer Arabic one is not the town abroad
        ("On 31 December 2020, an Iraqi soldier was killed in an IS attack in An Nada on the "
         "outskirts of Mandali.", "An Nada"),
        ("On 22 July 2020, a PMF fighter was killed by gunmen near his house in Abu Saida, "
         "northeast of Diyala.", "Abu Saida"),
    ],
)
def test_a_known_name_inside_a_longer_arabic_one(text: str, location: str) -> None:
    event = _event({"text": text})
    assert event.location is not None
    assert (event.location.name, event.location.country) == (location, "IRQ")


def test_a_village_spelled_another_way_gets_its_region_and_keeps_the_texts_spelling() -> None:
    event = _event({"text": "On 24 September 2024, Syrian regime police detained three "
                            "civilians in Sarghaya in Rural Damascus."})
    assert event.location is not None
    assert (event.location.name, event.location.country, event.location.latitude is not None) == (
        "Sarghaya", "SYR", True)


@pytest.mark.parametrize(
    ("text", "actor1", "inter1"),
    [
        # a militia named by a word no dictionary knows is a people's or a clan's
        ("On 2 December 2020, an Ajuran militia clashed with a Degodia militia near Wajir.",
         "Ajuran Ethnic Militia", "Identity militia"),
        ("1 August. Ethiopian Nyangatom militia shoots and kills a herder in Lokitaung.",
         "Nyangatom Ethnic Militia", "Identity militia"),
        # a regional operations command is the army's
        ("On 30 December 2020, the Baghdad Operations Command destroyed an IED planted by IS "
         "near Tarmiyah.", "Military Forces of Iraq", "State forces"),
    ],
)
def test_militias_named_by_a_people_and_operations_commands(
    text: str, actor1: str, inter1: str
) -> None:
    row = acled.to_row(_event({"text": text}))
    assert (row["actor1"], row["inter1"]) == (actor1, inter1)


def test_a_town_named_alone_in_a_text_that_names_no_country() -> None:
    # nothing else places the text: the one town of that name anywhere
    event = _event({"text": "12 May. Gunmen killed two herders near Abeibara."})
    assert event.location is not None
    assert (event.location.name, event.location.country, event.location.admin1) == (
        "Abeibara", "MLI", "Kidal")


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # a strike of drivers over fees is a walkout, not a strike from the air
        ("On 3 March 2022, minibus drivers in Nairobi conducted a strike against new "
         "licence fees.",
         "Peaceful protest", 0),
        # barricades the police put up are no crowd's violence
        ("On 5 June 2021, police fired tear gas to disperse teachers protesting in "
         "Colombo. Police had earlier erected barricades on the road to the ministry.",
         "Protest with intervention", 0),
        # a participle after a weapon describes it; the same forces' harm is their intervention's
        ("On 2 May 2021, students demonstrated in Bamako against fees. Police fired tear "
         "gas. A student hit by a canister fired by the police died in hospital.",
         "Excessive force against protesters", 1),
        # a death told during a riot is the riot's
        ("On 4 May 2020, a man was killed during a riot in Gondar.",
         "Violent demonstration", 1),
        # an event noun opening a later clause: the sentence's subject did not do it
        ("On 9 March 2020, five students were injured after violent protests erupted at "
         "Jimma University.",
         "Violent demonstration", 0),
        # rockets that landed: a missile attack, whoever fired them
        ("On 2 June 2020, three rockets landed near Baghdad airport, causing no "
         "casualties.",
         "Shelling/artillery/missile attack", 0),
        # "they": the doer of the main clause before, not of a relative clause
        ("On 3 April 2021, residents demonstrated in Zalingei after the release of a man "
         "accused of theft. They blocked roads and burned tyres. Two people were killed.",
         "Violent demonstration", 2),
        # dead of the other side told after, in the fighting told before
        ("On 6 July 2019, clashes between the army and Al Shabaab in Bulo Burte left 4 "
         "militants dead and 2 wounded. 3 soldiers were killed during the fighting.",
         "Armed clash", 7),
        # "also included": dead of other groups besides
        ("On 6 July 2019, a battle between the army and Al Shabaab in Bulo Burte left 6 "
         "militants dead and several wounded. Fatalities also included 2 soldiers.",
         "Armed clash", 8),
        # deaths in a clause of what came before are not the clash's
        ("On 1 August 2019, Anti-Balaka and ex-Seleka militias clashed in Bambari, "
         "leaving 5 dead. The clash started after ex-Seleka killed a herder.",
         "Armed clash", 5),
    ],
)
def test_session23_crowds_strikes_and_tolls_across_sentences(
    text: str, sub: str, fatalities: int
) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)


@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        # a crewed aircraft shot down, its model in quotes: an attack on its crew
        ("On 2 March 2024, Russian forces shot down a Ukrainian 'MiG-29' aircraft near "
         "Pokrovsk, Donetsk.",
         "Shelling/artillery/missile attack", 0),
        # a drone downed whose debris still struck: the attacker's strike
        ("On 5 March 2024, a Russian drone was shot down by Ukrainian air defence over "
         "Kharkiv city. Debris of the drone damaged two houses.",
         "Air/drone strike", 0),
        # a police officer on duty killed by militants: a battle
        ("On 9 June 2020, IS militants shot and killed a police officer at a checkpoint "
         "in Tarmiyah (Baghdad).",
         "Armed clash", 1),
        # one off duty, at home, stays a civilian
        ("On 9 June 2020, gunmen shot and killed an off-duty police officer at his house "
         "in Tarmiyah (Baghdad).",
         "Attack", 1),
        # ground forces and aircraft together: a battle
        ("On 12 June 2020, Iraqi troops and Iraqi helicopters destroyed an IS hideout in "
         "Wadi Houran (Anbar), leaving 6 militants dead.",
         "Armed clash", 6),
        # an ambush thwarted: the thwarters fought it; a quoted participle is passive
        ("On 3 July 2021, the Malian army and air force thwarted an ambush by JNIM "
         "militants near Boni (Douentza, Mopti). Five militants were 'neutralized' "
         "(presumably killed).",
         "Armed clash", 5),
        # a wanted man who handed himself in was arrested; what he is wanted for is no event
        ("On 8 October 2024, a militia leader wanted for a kidnapping handed himself in "
         "to the police in Misrata (Misrata, West).",
         "Arrests", 0),
        # the analysts' label for war's leftovers, their dead counted
        ("Explosive remnants of war: On 2 October 2024, an old artillery shell exploded "
         "in a field in Sirte (Sirte, East), killing a shepherd.",
         "Other", 1),
        # "verbally and physically": an assault
        ("On 4 October 2024, members of the police verbally and physically assaulted a "
         "taxi driver in Benghazi (Benghazi, East).",
         "Attack", 0),
        # injuries sustained are suffered, no act; torture in prison is an attack
        ("On 6 May 2019, a detainee died from injuries sustained in Kality prison in "
         "Addis Ababa, reportedly due to torture.",
         "Attack", 1),
        # a killing after an act no trigger tells is an act of its own
        ("On 7 May 2019, a group of youths threw a man off a bridge in Adama (Oromia), "
         "killing him.",
         "Mob violence", 1),
        # an adverb between the auxiliary and an -ing verb
        ("On 8 May 2019, army units were still firing heavy artillery at rebel positions "
         "near Metema (Amhara).",
         "Shelling/artillery/missile attack", 0),
    ],
)
def test_session23_aircraft_forces_and_arrests(text: str, sub: str, fatalities: int) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "between" a few words after the fighting and its report; a bracket after a side
        ("Heavy fighting was reported over 7-9 May between regional special forces (supported by "
         "federal police) and Qemant farmers in Gondar.", ("military", "civilians")),
        ("On 3 May 2020, fighting between the army (backed by militias) and rebels took place "
         "in Gao.", ("military", "rebel")),
        # two peoples' names sharing one militia noun are the two sides
        ("Around 18 May 2021, Fulani and Nupe militias clashed at Kpada village (Edu LGA, "
         "Kwara).", ("Fulani Ethnic Militia", "Nupe Ethnic Militia")),
        ("Two people were killed in clashes between Bantu and Batwa ethnic militias in "
         "Kalemie.", ("Bantu Ethnic Militia", "Twa Ethnic Militia")),
    ],
)
def test_session23_the_sides_of_a_fight(text: str, sides: tuple[str, str]) -> None:
    event = _event({"text": text})
    assert event.actor1 is not None and event.actor2 is not None
    got = tuple(actor.name if " " in want else actor.kind
                for actor, want in zip((event.actor1, event.actor2), sides, strict=True))
    assert got == sides


def test_session23_allies_named_together_are_one_side() -> None:
    event = _event({"text": "On 28 April 2020, vigilantes and Kamuku communal militiamen "
                            "clashed with unidentified gunmen in Rafi (Niger)."})
    assert event.actor2 is not None and "Kamuku" not in event.actor2.name


_HEADLINES_REMARKS_AND_WHAT_A_NOTE_TELLS = [
    # a headline's present tense after a role word that opens the sentence
    ("Police disperse striking teachers in Kisumu.", "Protest with intervention", 0),
    ("Somali militia abducts two herders near Mandera.",
     "Abduction/forced disappearance", 0),
    ("Unknown attackers throw grenade at a bus stop in Garissa.", "Grenade", 0),
    # the analysts' remark on the figure coded: casualties, "at least"
    ("On 4 May 2021, ISWAP militants attacked an army base in Marte (Borno). Unknown "
     "number of casualties was coded as 3.",
     "Armed clash", 3),
    ("On 9 March 2024, Israeli drones struck two houses in Rafah (Rafah, Gaza Strip), "
     "killing three people. Later, Israeli warplanes struck a car in the same area, "
     "killing one person. Total fatalities coded as at least 4.",
     "Air/drone strike", 4),
    # an event the remark says is coded apart is background; a second place so marked
    # is that place's fight
    ("On 3 May 2024, two armed groups that clashed on 28 April (coded separately) signed "
     "a truce in Gharyan (Gharyan, West).",
     "Agreement", 0),
    ("On 3 May 2024, Dhulbahante and Habar Jeclo clan militias clashed in Oog and Guumays "
     "(coded separately). Fatalities unknown.",
     "Armed clash", 0),
    # stones carried as a load are thrown by no one; projectiles thrown are a riot's
    ("On 2 June 2023, dozens of lorry drivers transporting sand and stones protested "
     "against new road tolls in Santa Ana.",
     "Peaceful protest", 0),
    ("On 9 October 2024, youths blocked the highway by throwing projectiles at passing "
     "cars during a protest against fuel prices in Sitra (Northern).",
     "Violent demonstration", 0),
    # a passive's doers told as people demonstrating
    ("A church in Kandy was stoned by a crowd of people demonstrating outside it. Nobody "
     "was hurt.",
     "Violent demonstration", 0),
    # "a drone that hit": a relative clause after a weapon
    ("On 3 June 2024, Hezbollah launched an explosive drone that hit a house in Metula "
     "(HaZafon), killing 1 civilian.",
     "Air/drone strike", 1),
    # one person stabbed to death; "the chief of X and his driver": two
    ("A village headman was stabbed to death by two men in Matara over a boundary "
     "dispute.",
     "Attack", 1),
    ("On 2 May 2019, an armed group killed the chief of the Ndele district and his driver "
     "near Ndele.",
     "Attack", 2),
    # "the killing of N", "the death of N and M": counted after the noun
    ("On 1 May 2024, the army clashed with the SPLA-IO in Nasir. The clashes resulted in "
     "the injury of 3 soldiers and the killing of 2 rebels.",
     "Armed clash", 2),
    ("On 1 May 2024, Israeli warplanes struck a car near Tyre. The airstrike led to the "
     "death of two Hezbollah members, and one civilian.",
     "Air/drone strike", 3),
    # ground taken after fighting: the change of territory, by whoever took it
    ("On 3 May 2022, following clashes, Russian forces took the village of Novoselivka "
     "(Donetsk).",
     "Non-state actor overtakes territory", 0),
    ("On 3 May 2022, after clashes with the army, Al Shabaab captured the town of Bulo "
     "Burte (Hiraan).",
     "Non-state actor overtakes territory", 0),
    # fire returned makes an exchange of fire
    ("On 4 June 2020, Al Shabaab fired mortars at an AMISOM base in Baidoa (Bay). AMISOM "
     "troops responded by firing at the militants.",
     "Armed clash", 0),
    # the bomber among the dead: a suicide bombing, the target no checkpoint set up
    ("On 4 June 2020, Al Shabaab attacked an army checkpoint with a VBIED in Afgooye "
     "(Lower Shabelle). Five people were killed, including a suicide bomber.",
     "Suicide bomb", 5),
    ("On 5 June 2020, police retrieved weapons and ammunition from an abandoned house in "
     "Bangui.",
     "Disrupted weapons use", 0),
    ("On 6 April 2025, shrapnel from shells launched by an armed group fell on a school "
     "in Tripoli, wounding 2 pupils.",
     "Shelling/artillery/missile attack", 0),
    # men who set on a demonstration intervene in it; unarmed people fighting the police
    # riot
    ("On 7 May 2019, IDPs marched against evictions in Jaffna. A group of men attacked the "
     "protesters.",
     "Protest with intervention", 0),
    ("On 8 May 2019, police and hawkers clashed in a market in Kampala.", "Mob violence", 0),
    # the death that moved the crowd, told by a participle after its noun
    ("On 9 May 2021, demonstrators burned a police car in Warri over the death of a driver "
     "shot by a policeman.",
     "Violent demonstration", 0),
    # (not a place taken: people taken somewhere)
    ("On 9 May 2021, police arrested two men and took them to the village.", "Arrests", 0),
    # the means a participle names is no event of its own
    ("On 3 March 2022, Ukrainian forces using a portable missile system shot down a "
     "Russian attack helicopter near Izium (Kharkiv).",
     "Shelling/artillery/missile attack", 0),
    # strikes on the launch sites answer the rockets: an exchange of fire
    ("On 2 March 2024, Hezbollah fired three rockets toward Kiryat Shmona (HaZafon). The "
     "rockets fell in open areas. Israeli forces struck the launch sites.",
     "Armed clash", 0),
    # fighting told as what came before the violence the note tells
    ("On 3 April 2019, following clashes with a local self-defence group near Alindao, "
     "anti-Balaka militants burned down 12 villages and killed 30 civilians.",
     "Attack", 30),
    ("On 4 October 2020, a tribal conflict broke out between two clans in Al-Kahla "
     "(Maysan). Police arrested 6 members of the clans.",
     "Armed clash", 0),
    # the killing that sparked a protest is its cause
    ("On 5 May 2021, residents protested in Butembo. The protest was sparked by the "
     "killing of a trader by unidentified gunmen. Police dispersed the protest.",
     "Protest with intervention", 0),
    # "riot police" name a force, no riot; "a Kampala market" is a place, no government
    ("Riot police and hawkers clash in a Kampala market.", "Mob violence", 0),
]


def test_session24_a_comma_closes_an_opening_phrase() -> None:
    # "after clashes with the army, Al Shabaab ...": the army is no second doer
    event = _event({"text": "On 3 May 2022, after talks with the army, Al Shabaab attacked "
                            "the town of Bulo Burte (Hiraan)."})
    assert event.actor1 is not None and event.actor1.name == "al-Shabaab"


_HEADLINES_IN_THE_PRESENT_TENSE = [
    # older notes read as headlines: a role word, then its verb in the present tense
    ("Army shells rebel positions outside Malakal.", "Shelling/artillery/missile attack", 0),
    ("Navy shells rebel boats off the coast of Jaffna.",
     "Shelling/artillery/missile attack", 0),
    ("Police fire tear gas to disperse opposition supporters in Kampala.",
     "Protest with intervention", 0),
    ("Police tear gas students protesting fee hikes in Nairobi.",
     "Protest with intervention", 0),
    ("Police shoot dead 2 protesters in Nairobi.", "Excessive force against protesters", 2),
    ("Soldiers shoot dead 3 demonstrators in Conakry.",
     "Excessive force against protesters", 3),
    ("Mob lynches suspected thief in Bujumbura.", "Mob violence", 1),
    ("Crowd lynches alleged cattle thief in Kasese.", "Mob violence", 1),
    ("Unidentified gunmen kill village chief in Ituri.", "Attack", 1),
    ("Drone strike kills al Shabaab commander in Jilib.", "Air/drone strike", 1),
    ("Janjaweed militia attacks village, kills 12 civilians.", "Attack", 12),
    ("Army defuses bomb planted near market in Maiduguri.", "Disrupted weapons use", 0),
    ("Rebel group announces split into two factions.", "Change to group/activity", 0),
    # walkouts: traders and workers who strike over something
    ("Traders strike over new taxes in Kano.", "Peaceful protest", 0),
    ("Workers strike over unpaid wages in Harare.", "Peaceful protest", 0),
    # a raid told with the arrests it made; a grievance after which youths rioted
    ("Police raid opposition offices in Harare and detain 20 activists.", "Arrests", 0),
    ("Youths burn police station in Kisumu after a man dies in custody.",
     "Violent demonstration", 0),
    # (not a headline's verb: "Army attack kills 5")
    ("Army attack kills 5 in Gao.", "Armed clash", 5),
]


_REGIONAL_NOTES = [
    # notes written in the manner of ACLED's regional desks (Myanmar, Syria, Palestine,
    # Nigeria, Mali, Latin America, South Asia), one or more per common sub-event type
    ("On 12 March 2022, the PDF and KNDF jointly attacked a Myanmar military column near "
     "Demoso (Loikaw, Kayah). 5 soldiers were reportedly killed.",
     "Armed clash", 5),
    ("On 14 March 2022, the Myanmar military conducted airstrikes on Mindat town (Mindat, "
     "Chin). Casualties unknown.",
     "Air/drone strike", 0),
    ("On 15 March 2022, Myanmar military troops torched houses in Kin Ma village (Pauk, "
     "Magway). Around 50 houses were burned.",
     "Looting/property destruction", 0),
    ("On 16 March 2022, a PDF landmine exploded on a military truck near Kani (Sagaing), "
     "killing 3 soldiers.",
     "Remote explosive/landmine/IED", 3),
    ("On 17 March 2022, junta soldiers arrested 12 villagers accused of supporting the PDF"
     " in Monywa (Sagaing).",
     "Arrests", 0),
    ("On 18 March 2022, residents of Kale staged a flash mob protest against the military "
     "coup (Sagaing). No arrests were reported.",
     "Peaceful protest", 0),
    ("On 19 March 2022, Myanmar military soldiers shot and killed a civilian motorcyclist "
     "at a checkpoint in Yangon.",
     "Attack", 1),
    ("On 5 April 2021, regime forces shelled Kansafra (Ariha, Idleb) with artillery. No "
     "casualties were reported.",
     "Shelling/artillery/missile attack", 0),
    ("On 6 April 2021, Russian warplanes carried out airstrikes on the outskirts of Kabani"
     " (Jisr-Ash-Shugur, Idleb).",
     "Air/drone strike", 0),
    ("On 8 April 2021, an IED exploded targeting a vehicle of the SDF in Thiban (Deir-ez-"
     "Zor), wounding 2 SDF members.",
     "Remote explosive/landmine/IED", 0),
    ("On 10 April 2021, clashes broke out between regime forces and ISIS cells in Badiyah "
     "area (Homs). 3 regime soldiers and 2 ISIS members were killed.",
     "Armed clash", 5),
    ("On 3 May 2023, Israeli forces raided Jenin camp (Jenin, West Bank) and clashed with "
     "Palestinian militants. 2 militants were killed.",
     "Armed clash", 2),
    ("On 6 May 2023, Israeli forces demolished a Palestinian house in Silwan (East "
     "Jerusalem).",
     "Looting/property destruction", 0),
    ("On 7 May 2023, Israeli forces arrested 4 Palestinians during a raid in Hebron.",
     "Arrests", 0),
    ("On 8 May 2023, Palestinians held a march in Gaza city to commemorate the Nakba.",
     "Peaceful protest", 0),
    ("On 2 June 2022, bandits attacked Kurmin Kare village (Kajuru, Kaduna), killing 11 "
     "residents and abducting 20 others.",
     "Attack", 11),
    ("On 3 June 2022, ISWAP fighters ambushed a Nigerian army patrol near Damboa (Borno). "
     "6 soldiers were killed.",
     "Armed clash", 6),
    ("On 4 June 2022, gunmen kidnapped a Catholic priest in Kafanchan (Jema'a, Kaduna).",
     "Abduction/forced disappearance", 0),
    ("On 6 June 2022, members of the Academic Staff Union of Universities protested in "
     "Abuja over unpaid salaries.",
     "Peaceful protest", 0),
    ("On 2 July 2021, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). 2"
     " soldiers were killed.",
     "Armed clash", 2),
    ("On 3 July 2021, a FAMa vehicle hit an IED near Diafarabe (Tenenkou, Mopti), killing "
     "1 soldier.",
     "Remote explosive/landmine/IED", 1),
    ("On 4 July 2021, Dan Na Ambassagou militiamen killed 3 Fulani civilians in Bankass "
     "(Mopti).",
     "Attack", 3),
    ("On 5 July 2021, FAMa soldiers and Wagner Group forces arrested 15 civilians in Niono"
     " (Segou).",
     "Arrests", 0),
    ("On 6 July 2021, JNIM militants abducted 2 village chiefs in Macina (Segou).",
     "Abduction/forced disappearance", 0),
    ("On 3 February 2023, in Celaya (Guanajuato), armed men shot and killed a man inside "
     "his home.",
     "Attack", 1),
    ("On 4 February 2023, members of the CJNG and the Sinaloa Cartel clashed in Aguililla "
     "(Michoacan), leaving 6 dead.",
     "Armed clash", 6),
    ("On 5 February 2023, a social leader was murdered by unidentified gunmen in Tumaco "
     "(Narino).",
     "Attack", 1),
    ("On 7 February 2023, truck drivers blocked the Pan-American highway in Popayan "
     "(Cauca) to demand better fuel prices.",
     "Peaceful protest", 0),
    ("On 8 February 2023, residents of Morumbi (Sao Paulo) set fire to buses after police "
     "killed a young man during an operation.",
     "Violent demonstration", 0),
    ("On 9 February 2023, military police killed 3 suspected drug traffickers during an "
     "operation in Complexo da Mare (Rio de Janeiro).",
     "Armed clash", 3),
    ("On 10 February 2023, the body of a man with signs of torture was found in Culiacan "
     "(Sinaloa).",
     "Attack", 1),
    ("On 11 February 2023, dissidents of the FARC kidnapped two soldiers in Suarez "
     "(Cauca).",
     "Armed clash", 0),
    ("On 12 February 2023, in Tegucigalpa, students of the UNAH protested against the "
     "increase of tuition fees. Police used tear gas to disperse them.",
     "Protest with intervention", 0),
    ("On 1 March 2023, Maoists triggered an IED blast targeting a CRPF vehicle in Bijapur "
     "(Chhattisgarh), killing 2 jawans.",
     "Remote explosive/landmine/IED", 2),
    ("On 2 March 2023, security forces killed 3 Maoists in an encounter in Gadchiroli "
     "(Maharashtra).",
     "Armed clash", 3),
    ("On 4 March 2023, BJP and TMC supporters clashed in Cooch Behar (West Bengal), "
     "injuring 5.",
     "Mob violence", 0),
    ("On 5 March 2023, farmers held a sit-in outside the district collectorate in Bathinda"
     " (Punjab) demanding compensation.",
     "Peaceful protest", 0),
    ("On 6 March 2023, a mob lynched a man suspected of cattle theft in Alwar (Rajasthan).",
     "Mob violence", 1),
    ("On 7 March 2023, Pakistani troops fired mortar shells across the LoC in Poonch "
     "(Jammu and Kashmir), injuring 2 civilians.",
     "Shelling/artillery/missile attack", 0),
    ("On 8 March 2023, TTP militants attacked a police station in Lakki Marwat (Khyber "
     "Pakhtunkhwa), killing 4 policemen.",
     "Armed clash", 4),
    ("On 9 March 2023, unidentified men hurled a grenade at a police post in Pulwama "
     "(Jammu and Kashmir).",
     "Grenade", 0),
    ("On 10 March 2023, the Taliban arrested a women's rights activist in Kabul.",
     "Arrests", 0),
]


_STRATEGIC_DEVELOPMENTS_AND_REMOTE_VIOLENCE = [
    # strategic developments and remote violence, one or more of each kind
    ("On 3 March 2023, Wagner Group forces withdrew from their base in Menaka (Menaka), "
     "handing it over to FAMa.",
     "Non-violent transfer of territory", 0),
    ("On 4 March 2023, the M23 took control of Kitshanga (Masisi, Nord-Kivu) after FARDC "
     "troops withdrew without fighting.",
     "Non-violent transfer of territory", 0),
    ("On 5 March 2023, Al Shabaab established a new base in Ceel Buur (Galgaduud).",
     "Headquarters or base established", 0),
    ("On 6 March 2023, the Sudanese government and the SPLM-N signed a peace agreement in "
     "Juba.",
     "Agreement", 0),
    ("On 7 March 2023, the Houthis released 15 detained fishermen as part of a prisoner "
     "exchange in Sanaa.",
     "Agreement", 0),
    ("On 8 March 2023, JNIM militants imposed a blockade on the town of Boni (Douentza, "
     "Mopti), preventing supplies from entering.",
     "Other", 0),
    ("On 9 March 2023, the Kenyan Defence Forces deployed additional troops to Mandera "
     "(Mandera) amid rising tensions.",
     "Change to group/activity", 0),
    ("On 10 March 2023, police seized 12 AK-47 rifles and ammunition from a house in "
     "Isiolo (Isiolo).",
     "Disrupted weapons use", 0),
    ("On 11 March 2023, a Ukrainian air defence system intercepted 6 Russian drones over "
     "Kyiv.",
     "Disrupted weapons use", 0),
    ("On 12 March 2023, suspected ADF militants looted livestock and burned houses in Mbau"
     " (Beni, Nord-Kivu).",
     "Looting/property destruction", 0),
    ("On 13 March 2023, unidentified people vandalised a church in Bangui.",
     "Looting/property destruction", 0),
    ("On 14 March 2023, the government declared a state of emergency in Tigray.",
     "Change to group/activity", 0),
    ("On 16 March 2023, police arrested 3 suspected Al Shabaab members in Garissa.",
     "Arrests", 0),
    ("On 17 March 2023, army engineers defused an IED planted on the road to Kidal.",
     "Disrupted weapons use", 0),
    ("On 19 March 2023, an unexploded mortar shell detonated in a field near Aleppo, "
     "killing a shepherd.",
     "Remote explosive/landmine/IED", 1),
    ("On 20 March 2023, Russian forces shelled Kherson city with artillery, killing 2 "
     "civilians.",
     "Shelling/artillery/missile attack", 2),
    ("On 21 March 2023, a Turkish drone struck a vehicle near Qamishli (Al-Hasakeh), "
     "killing 3 SDF fighters.",
     "Air/drone strike", 3),
]


_AN_EVENT_TOLD_WITH_ITS_BACKGROUND = [
    # the event told with its background: what came days before, a cause, a relative
    # clause on who the doers are
    ("On 3 May 2023, amid ongoing tensions over land, Bororo herders attacked farmers in "
     "Bocaranga (Ouham-Pende), killing 4.",
     "Attack", 4),
    ("On 4 May 2023, in retaliation for the killing of a herder last week, Fulani "
     "militiamen attacked Ngamsa village (Bassa, Plateau), killing 7 villagers.",
     "Attack", 7),
    ("On 5 May 2023, a week after the army launched an offensive in the area, Al Shabaab "
     "militants attacked a SNA base in Bacadweyne (Galgaduud). 3 soldiers were killed.",
     "Armed clash", 3),
    ("On 6 May 2023, following the arrest of their leader, opposition supporters protested"
     " in Dakar. Police fired tear gas to disperse them.",
     "Protest with intervention", 0),
    ("On 7 May 2023, two days after clashes in the area, the army deployed additional "
     "troops to Djibo (Soum).",
     "Change to group/activity", 0),
    ("On 8 May 2023, the RSF, which had been besieging the town for weeks, shelled "
     "residential areas of El Fasher (North Darfur), killing 5 civilians.",
     "Shelling/artillery/missile attack", 5),
    ("On 9 May 2023, students of Makerere University, who had been on strike since Monday,"
     " marched to the ministry of education in Kampala to demand lower fees.",
     "Peaceful protest", 0),
    ("On 10 May 2023, gunmen believed to be members of ISWAP killed 3 farmers in Konduga "
     "(Borno).",
     "Attack", 3),
    ("On 12 May 2023, in Ituri, CODECO militiamen, who had been driven out of the area in "
     "April, returned and attacked the village of Ngazba, killing 9 civilians.",
     "Attack", 9),
]


_BATTLES_AND_VIOLENCE_AGAINST_CIVILIANS = [
    # battles and violence against civilians: who fought back, who could not
    ("On 2 May 2021, bandits attacked a police patrol near Gusau (Zamfara), killing 2 "
     "officers.",
     "Armed clash", 2),
    ("On 3 May 2021, vigilantes killed 5 suspected bandits in Tsafe (Zamfara).",
     "Armed clash", 5),
    ("On 4 May 2021, Fulani herders killed 3 farmers in Guma (Benue).",
     "Attack", 3),
    ("On 5 May 2021, soldiers tortured a detainee to death at a military barracks in "
     "Maiduguri (Borno).",
     "Attack", 1),
    ("On 6 May 2021, unidentified gunmen shot dead a soldier at a market in Bamenda "
     "(North-West).",
     "Armed clash", 1),
    ("On 7 May 2021, Ambazonian separatists killed a teacher in Kumba (South-West).",
     "Attack", 1),
    ("On 8 May 2021, Cameroonian soldiers killed 4 Ambazonian separatists in a raid on "
     "their camp near Bali (North-West).",
     "Armed clash", 4),
    ("On 9 May 2021, Cameroonian soldiers burned houses and killed 2 civilians in Mbengwi "
     "(North-West).",
     "Attack", 2),
    ("On 10 May 2021, militants attacked a village defended by Koglweogo self-defence "
     "militia in Seytenga (Seno, Sahel), killing 3 militia members.",
     "Armed clash", 3),
    ("On 11 May 2021, JNIM militants stopped a bus near Djibo (Soum, Sahel) and executed 4"
     " passengers.",
     "Attack", 4),
    ("On 12 May 2021, police shot dead a suspected robber during an exchange of fire in "
     "Eastleigh, Nairobi.",
     "Armed clash", 1),
    ("On 13 May 2021, police shot dead an unarmed motorcyclist at a roadblock in Kisumu.",
     "Attack", 1),
    ("On 14 May 2021, Al Shabaab militants stormed a police station in Lamu (Lamu), "
     "killing 3 police officers.",
     "Armed clash", 3),
    ("On 15 May 2021, Al Shabaab militants beheaded 2 Christian men in Lamu (Lamu).",
     "Attack", 2),
    ("On 16 May 2021, FARDC soldiers clashed with Mai-Mai militiamen in Lubero (Nord-"
     "Kivu), killing 6 militiamen.",
     "Armed clash", 6),
    ("On 17 May 2021, Mai-Mai militiamen looted a health centre and raped 2 women in "
     "Lubero (Nord-Kivu).",
     "Sexual violence", 0),
    ("On 18 May 2021, a local chief was shot dead by unknown gunmen in his home in Kiwanja"
     " (Rutshuru, Nord-Kivu).",
     "Attack", 1),
    ("On 19 May 2021, the army killed 12 ADF rebels in an offensive near Beni (Nord-Kivu).",
     "Armed clash", 12),
    ("On 20 May 2021, soldiers opened fire on a crowd of civilians gathered at a market in"
     " Bunia, killing 3.",
     "Attack", 3),
    ("On 21 May 2021, an off-duty soldier was stabbed to death by a neighbour in Goma.",
     "Attack", 1),
    # an attack whose toll is of armed men only is a battle; not a former soldier's killing
    ("On 5 June 2021, militants attacked a village in Seno, killing 3 soldiers.",
     "Armed clash", 3),
    ("On 5 June 2021, Taliban fighters detained and killed a former army soldier in Khost.",
     "Attack", 1),
    ("On 5 June 2021, soldiers opened fire on herdsmen following the killing of a soldier's "
     "dog in Obock. No fatalities reported.",
     "Attack", 0),
]


_DEMONSTRATIONS_AND_MOBS = [
    # demonstrations: peaceful, broken up, met with lethal force, turned violent; mobs
    ("On 3 June 2022, around 200 nurses held a sit-in outside the Ministry of Health in "
     "Nairobi, demanding better pay.",
     "Peaceful protest", 0),
    ("On 4 June 2022, police arrested 12 students who were protesting against fee "
     "increases at Moi University.",
     "Protest with intervention", 0),
    ("On 5 June 2022, police used water cannon to disperse supporters of the opposition "
     "gathered in Harare.",
     "Protest with intervention", 0),
    ("On 6 June 2022, security forces opened fire on protesters in Khartoum, killing 3.",
     "Excessive force against protesters", 3),
    ("On 7 June 2022, protesters burned tyres and blocked roads in Port-au-Prince over "
     "fuel shortages.",
     "Violent demonstration", 0),
    ("On 8 June 2022, residents of Kibera staged a demonstration against demolitions. "
     "Police beat several protesters, seriously injuring 4.",
     "Excessive force against protesters", 0),
    ("On 9 June 2022, hundreds of women marched peacefully in Bamako to denounce "
     "insecurity.",
     "Peaceful protest", 0),
    ("On 10 June 2022, taxi drivers went on strike and blocked the main road in Abidjan to"
     " protest new fees.",
     "Peaceful protest", 0),
    ("On 11 June 2022, demonstrators threw stones at police in Conakry, who responded with"
     " tear gas.",
     "Violent demonstration", 0),
    ("On 12 June 2022, a group of youths demonstrated in Lome against the arrest of a "
     "rapper. Police dispersed them with tear gas and arrested 5.",
     "Protest with intervention", 0),
    ("On 13 June 2022, members of the teachers' union held a rally in Accra to demand the "
     "payment of arrears.",
     "Peaceful protest", 0),
    ("On 14 June 2022, farmers protested against land grabbing in Morogoro. No "
     "intervention was reported.",
     "Peaceful protest", 0),
    ("On 15 June 2022, Shia protesters held a march in Baghdad to commemorate Ashura.",
     "Peaceful protest", 0),
    ("On 16 June 2022, a mob of residents attacked and burned the house of a suspected "
     "witch in Kasese.",
     "Mob violence", 0),
    ("On 17 June 2022, rival party supporters clashed with sticks and stones in Mombasa, "
     "injuring 6.",
     "Mob violence", 0),
]


_THE_EVENT_AFTER_AN_OPENING_CLAUSE = [
    # a note's event after an opening clause: what moved the crowd, what came before
    ("On 3 July 2022, following the killing of a trader by soldiers, residents protested "
     "in Beni (Nord-Kivu).",
     "Peaceful protest", 0),
    ("On 4 July 2022, after police arrested their leader, supporters of the party rioted "
     "in Conakry, burning tyres.",
     "Violent demonstration", 0),
    ("On 5 July 2022, in response to an ambush by JNIM the day before, the army conducted "
     "airstrikes near Djibo (Soum), killing 20 militants.",
     "Air/drone strike", 20),
    ("On 6 July 2022, a day after gunmen abducted 3 farmers, vigilantes attacked a bandit "
     "camp in Tsafe (Zamfara), killing 4 bandits.",
     "Armed clash", 4),
    ("On 7 July 2022, as part of an operation against Al Shabaab, SNA forces took control "
     "of Adan Yabaal (Middle Shabelle) without resistance.",
     "Non-violent transfer of territory", 0),
    ("On 8 July 2022, while demonstrating against the killing of a student, protesters "
     "were shot at by police in Nairobi, and 2 were killed.",
     "Excessive force against protesters", 2),
    ("On 9 July 2022, unidentified gunmen who had earlier attacked a police post killed 2 "
     "civilians in Mopti.",
     "Attack", 2),
    ("On 10 July 2022, to protest the arrest of their colleagues, lawyers boycotted courts"
     " in Lahore.",
     "Peaceful protest", 0),
    ("On 11 July 2022, despite a ban on gatherings, hundreds of people marched in "
     "Khartoum; security forces fired tear gas.",
     "Protest with intervention", 0),
    ("On 12 July 2022, in retaliation for cattle rustling, Dinka youths attacked a Nuer "
     "village in Jonglei, killing 8 people.",
     "Attack", 8),
]


_A_WARS_DAILY_NOTES = [
    # a war's daily notes: shelling, missiles, drones, guided bombs, ground changing hands
    ("On 3 August 2023, Russian forces shelled Kherson city (Kherson) with artillery, "
     "injuring 2 civilians.",
     "Shelling/artillery/missile attack", 0),
    ("On 4 August 2023, Russian forces launched a missile strike on Odesa city (Odesa), "
     "killing 3 civilians.",
     "Shelling/artillery/missile attack", 3),
    ("On 5 August 2023, Russian forces attacked Zaporizhzhia city with Shahed drones. 2 "
     "civilians were killed.",
     "Air/drone strike", 2),
    ("On 6 August 2023, Ukrainian forces shot down 15 Russian drones over Kyiv region.",
     "Disrupted weapons use", 0),
    ("On 7 August 2023, Ukrainian forces attacked Russian positions near Robotyne "
     "(Zaporizhzhia). Casualties unknown.",
     "Armed clash", 0),
    ("On 8 August 2023, Russian military forces dropped a guided aerial bomb on Vovchansk "
     "(Kharkiv), damaging houses.",
     "Air/drone strike", 0),
    ("On 9 August 2023, Russian forces recaptured Synkivka (Kharkiv) after clashes with "
     "Ukrainian forces.",
     "Non-state actor overtakes territory", 0),
    ("On 10 August 2023, Ukrainian forces regained control of Urozhaine (Donetsk).",
     "Government regains territory", 0),
    ("On 11 August 2023, a Ukrainian drone struck an oil depot in Novorossiysk "
     "(Krasnodar), Russia, causing a fire.",
     "Air/drone strike", 0),
    ("On 12 August 2023, a civilian was killed by a landmine near Izium (Kharkiv).",
     "Remote explosive/landmine/IED", 1),
    ("On 13 August 2023, Russian forces fired rockets from MLRS at Nikopol "
     "(Dnipropetrovsk). No casualties were reported.",
     "Shelling/artillery/missile attack", 0),
    ("On 14 August 2023, clashes between Russian and Ukrainian forces continued near "
     "Bakhmut (Donetsk).",
     "Armed clash", 0),
]


_VIOLENCE_AGAINST_CIVILIANS_IN_ITS_KINDS = [
    # violence against civilians in its kinds, and harm told within a fight
    ("On 3 September 2021, FARDC soldiers raped 2 women in Kalehe (Sud-Kivu).",
     "Sexual violence", 0),
    ("On 4 September 2021, a girl was raped by a man in uniform in Bunia (Ituri).",
     "Sexual violence", 0),
    ("On 5 September 2021, Al Shabaab militants kidnapped 3 teachers from a school in "
     "Mandera (Mandera).",
     "Abduction/forced disappearance", 0),
    ("On 6 September 2021, a journalist was abducted by unidentified armed men in Bamako. "
     "His whereabouts remain unknown.",
     "Abduction/forced disappearance", 0),
    ("On 7 September 2021, bandits looted cattle from a village in Shiroro (Niger).",
     "Looting/property destruction", 0),
    ("On 8 September 2021, unknown attackers threw a grenade into a bar in Bujumbura, "
     "injuring 5 people.",
     "Grenade", 0),
    ("On 9 September 2021, a female suicide bomber blew herself up at a market in Konduga "
     "(Borno), killing 4 civilians.",
     "Suicide bomb", 5),
    ("On 10 September 2021, gunmen shot dead a village chief in his home in Kakata.",
     "Attack", 1),
    ("On 11 September 2021, Anti-Balaka militiamen burned down 30 houses in Bambari "
     "(Ouaka).",
     "Looting/property destruction", 0),
    ("On 12 September 2021, a humanitarian worker was killed by unidentified gunmen on the"
     " road to Kaga-Bandoro.",
     "Attack", 1),
    ("On 13 September 2021, police tortured a suspect in custody in Kampala.",
     "Attack", 0),
    ("On 14 September 2021, a man was lynched by a mob in Goma after being accused of "
     "theft.",
     "Mob violence", 1),
    ("On 15 September 2021, unknown gunmen set fire to a health centre in Djibo (Soum).",
     "Looting/property destruction", 0),
    ("On 16 September 2021, a civilian was injured by a stray bullet during clashes "
     "between the army and JNIM in Tessit (Gao).",
     "Armed clash", 0),
    ("On 17 September 2021, ADF militants killed 6 civilians with machetes in Oicha (Beni,"
     " Nord-Kivu).",
     "Attack", 6),
]


_SOUTH_AND_SOUTHEAST_ASIA = [
    # South and Southeast Asia's notes ("vehicles engaged in road construction" fight no one)
    ("On 3 October 2019, a suspected drug user was shot dead by unidentified gunmen riding"
     " in tandem in Tondo, Manila.",
     "Attack", 1),
    ("On 4 October 2019, police killed a suspected drug pusher in a buy-bust operation in "
     "Caloocan (Metro Manila).",
     "Armed clash", 1),
    ("On 5 October 2019, NPA rebels ambushed a military patrol in Las Navas (Northern "
     "Samar), killing 2 soldiers.",
     "Armed clash", 2),
    ("On 6 October 2019, Abu Sayyaf militants beheaded a kidnapped fisherman in Patikul "
     "(Sulu).",
     "Attack", 1),
    ("On 7 October 2019, the Tatmadaw shelled villages in Kyauktaw (Rakhine), killing 3 "
     "civilians.",
     "Shelling/artillery/missile attack", 3),
    ("On 8 October 2019, Naxals set fire to 5 vehicles engaged in road construction in "
     "Dantewada (Chhattisgarh).",
     "Looting/property destruction", 0),
    ("On 9 October 2019, Awami League and BNP activists clashed in Feni (Chittagong), "
     "injuring 10.",
     "Mob violence", 0),
    ("On 11 October 2019, garment workers blocked the Dhaka-Mymensingh highway demanding "
     "unpaid wages in Gazipur.",
     "Peaceful protest", 0),
    ("On 12 October 2019, Taliban fighters attacked a police checkpoint in Kunduz, killing"
     " 4 police officers.",
     "Armed clash", 4),
    ("On 13 October 2019, an Afghan airstrike killed 5 civilians in Helmand.",
     "Air/drone strike", 5),
    ("On 14 October 2019, a magnetic IED attached to a car exploded in Kabul, killing the "
     "driver.",
     "Remote explosive/landmine/IED", 1),
]


_MIDDLE_EAST = [
    # the Middle East's notes: Yemen, Syria, Iran, Iraq
    ("On 3 November 2022, Houthi forces shelled government positions in Hays (Al "
     "Hudaydah). No casualties were reported.",
     "Shelling/artillery/missile attack", 0),
    ("On 4 November 2022, Houthi forces and government forces clashed in Harib (Marib), "
     "killing 4 Houthi fighters.",
     "Armed clash", 4),
    ("On 5 November 2022, a landmine planted by Houthi forces exploded in Maqbanah "
     "(Taizz), killing a child.",
     "Remote explosive/landmine/IED", 1),
    ("On 6 November 2022, Turkish forces shelled Tell Rifaat (Aleppo), injuring 3 "
     "civilians.",
     "Shelling/artillery/missile attack", 0),
    ("On 7 November 2022, ISIS cells attacked a checkpoint of the SDF in Shaddadi (Al-"
     "Hasakeh), killing 2 SDF members.",
     "Armed clash", 2),
    ("On 8 November 2022, a US drone strike targeted a car carrying ISIS leaders near Al-"
     "Bab (Aleppo), killing 2.",
     "Air/drone strike", 2),
    ("On 9 November 2022, protesters gathered in Sweida city to demand better living "
     "conditions.",
     "Peaceful protest", 0),
    ("On 11 November 2022, security forces fired live ammunition at protesters in Zahedan,"
     " killing 2.",
     "Excessive force against protesters", 2),
    ("On 12 November 2022, Iraqi security forces killed 3 ISIS militants in an operation "
     "in Kirkuk.",
     "Armed clash", 3),
    ("On 13 November 2022, a roadside bomb targeted a US-led coalition supply convoy in "
     "Diwaniyah (Al-Qadisiyah), causing no casualties.",
     "Remote explosive/landmine/IED", 0),
    ("On 14 November 2022, unidentified gunmen assassinated a tribal sheikh in Basra.",
     "Attack", 1),
]


_WHAT_THE_ELEVENTH_SAMPLE_TAUGHT = [
    # words: a picket, a vigilante group, riders, a gathering told with its demand
    ("Nurses picketed outside the general hospital in Mombasa to demand unpaid allowances.",
     "Peaceful protest", 0),
    ("Around 40 activists gathered outside the embassy in Berlin (Berlin) to urge the "
     "government to halt arms sales.", "Peaceful protest", 0),
    ("A vigilante group lynches a suspected cattle thief in Migori.", "Mob violence", 1),
    ("Motorcycle taxi riders burnt a bus in Kumasi after a road accident in which one of "
     "their colleagues died.", "Violent demonstration", 0),
    # clauses: a "led by" phrase, a coordinated headline verb, an aim, a prevention
    ("About 30 traders, led by the chairman of the market committee and a local councillor, "
     "gathered to protest outside the county offices in Kisumu.", "Peaceful protest", 0),
    ("Police shoot and kill three robbery suspects in Kayole, Nairobi.", "Attack", 3),
    ("Soldiers launched an operation to retake a hill held by Pokot raiders. The raiders put "
     "up heavy resistance.", "Armed clash", 0),
    ("Residents tried to kill a man who was suspected to have murdered a boy in Kitui.",
     "Mob violence", 0),
    ("Herders are accused of killing several farmers in Djugu.", "Attack", 10),
    # a crowd: its demand, its scuffle, its thrown explosives, the police's brief detentions
    ("Residents stormed the chief's office in Bungoma to demand the release of three youths.",
     "Violent demonstration", 0),
    ("Family members staged a demonstration outside the district hospital in Rohtak over a "
     "patient's death. The demonstrators also engaged in a scuffle with the staff.",
     "Violent demonstration", 0),
    ("Palestinian rioters threw homemade explosives at Israeli forces near Beita.",
     "Mob violence", 0),
    ("Police blocked the path of a car protest in Samara involving 30 people. Several "
     "protesters were briefly detained and fined.", "Protest with intervention", 0),
    ("Hundreds of protesters marched in Kabul and carried the bodies of victims killed in an "
     "attack (coded separately).", "Peaceful protest", 0),
    # targets: trucks, Palestinians shot at, "militants" in quotation marks, an individual
    ("Suspected bandits attacked two trucks on the Isiolo-Moyale road.", "Attack", 0),
    ("Israeli forces fired live bullets, rubber-coated bullets and tear gas canisters at "
     "Palestinians in Tubas.", "Attack", 0),
    ('Police shot dead two "militants" in Mandera town.', "Attack", 2),
    ("Unidentified gunmen targeted an individual in Jasim, killing him.", "Attack", 1),
    # weapons: IFVs, a launcher's rounds, mortars on a gold mine, an agency's "Air Force"
    ("Russian forces fired IFVs at Ukrainian positions near Avdiivka.",
     "Shelling/artillery/missile attack", 0),
    ("Army troops fired 20 rounds of 60 mm mortars at a gold mine near Hpakant.",
     "Shelling/artillery/missile attack", 0),
    ("Army troops fired 10 rounds of M79 grenade launcher on a village in Momauk township.",
     "Shelling/artillery/missile attack", 0),
    ("Members of the Air Force Intelligence Directorate kidnapped four men in Daraa.",
     "Abduction/forced disappearance", 0),
    # one fight: a harm by one side told after it, an ambush's blast then a gun battle
    ("On 3 March 2021, fighting broke out between an ADF member and Congolese soldiers near "
     "Beni. He was shot dead by the soldiers.", "Armed clash", 1),
    ("Jihadists ambushed a police patrol with an IED near Diapaga. The police and the "
     "jihadists then engaged in a gun battle. Two policemen were killed.", "Armed clash", 2),
    ("One 3R fighter and two soldiers were killed in clashes near Bocaranga.", "Armed clash",
     3),
]


_WHAT_OTHER_ROWS_OF_THOSE_PAGES_TAUGHT = [
    # words: "gang-raped", a block of rails, "regime members", exchanges of artillery
    ("Three soldiers gang-raped two women at a camp in Bunia.", "Sexual violence", 0),
    ("Students blocked the railway tracks in Morelia to reject the results of the "
     "negotiations.", "Peaceful protest", 0),
    ("Unidentified gunmen shot and killed a regime member in Nawa town.", "Armed clash", 1),
    ("An exchange of artillery took place between regime forces and HTS near Saraqib, "
     "killing a soldier.", "Armed clash", 1),
    ("Rebels attacked regime positions near Kabani, killing two soldiers, amid an exchange of "
     "artillery between both sides.", "Armed clash", 2),
    ("Rebels targeted an anti-tank missile base with sniper fire near Kafr Nabl.",
     "Armed clash", 0),
    # tolls: "the killing of a 'chief' and three", "between 2 to 4", "no fatalities"
    ("Militiamen attacked several farmers between Paoua and Pougole, causing the killing of a "
     "'chief' and three herders.", "Attack", 4),
    ("Rebels ambushed an army patrol near Koui. Between 2 to 4 soldiers were killed.",
     "Armed clash", 2),
    ("Gunmen abducted a trader in Boali, beating and wounding him. He was hospitalized for a "
     "week, but no fatalities were reported.", "Attack", 0),
    # what a crowd protested, and an attack repelled
    ("Residents blocked the highway at several points. The group was protesting the death of "
     "a trader who was murdered last week.", "Peaceful protest", 0),
    ("Relatives of people shot to death during police operations in 2019 held a protest in "
     "Recife to demand justice.", "Peaceful protest", 0),
    ("Al Shabaab attempted to attack an army base in Bulo Burte but were repelled. Two "
     "militants were killed in the fighting.", "Armed clash", 2),
]


_NOTES_OF_OUR_OWN_SESSION25 = [
    # an armed group's "al-" name is a name; party activists who burn; a new command
    ("A police officer is shot dead by suspected al-Shabaab militants in Mandera.",
     "Armed clash", 1),
    ("On 3 November 2023, BNP activists set fire to a bus in Dhaka during a hartal.",
     "Violent demonstration", 0),
    ("On 5 March 2022, Fano militia announced the formation of a unified command in Amhara.",
     "Change to group/activity", 0),
    # tolls: sources that differ, a toll that rose, "the driver and two passengers"
    ("On 4 June 2022, gunmen attacked Dan Sadau village. Residents said 12 people were "
     "killed. Police confirmed 7 deaths.", "Attack", 7),
    ("Soldiers clashed with militants near Gao. 12 soldiers were killed. The army said 7 "
     "militants were killed.", "Armed clash", 19),
    ("On 9 June 2022, bandits killed at least 32 people in Kanoma. The death toll later rose "
     "to 40.", "Attack", 40),
    ("On 11 June 2022, armed men attacked a bus on the Bamenda road, killing the driver and "
     "two passengers.", "Attack", 3),
    # the event a note tells: air strikes named, an attack days before, a soldier off duty,
    # a body found
    ("On 18 June 2022, the army said it had killed 20 militants in air strikes near Lake "
     "Chad over the past week.", "Air/drone strike", 20),
    ("On 21 June 2022, two days after the attack on the village, the army deployed troops to "
     "Bambari.", "Change to group/activity", 0),
    ("On 26 June 2022, unidentified gunmen killed a soldier on leave at his home in Mopti.",
     "Attack", 1),
    ("The bodies of three men were found in Kajuru with gunshot wounds.", "Attack", 3),
    # captives executed; a consequence's one dead; a crowd's vandalism; student groups; a
    # ground assault with mortars and small arms
    ("On 8 July 2022, IS militants executed two Taliban members captured in Nangarhar.",
     "Attack", 2),
    ("On 9 July 2022, soldiers and a local armed group clashed near Mweso, leaving a civilian "
     "dead.", "Armed clash", 1),
    ("On 8 August 2022, protesters vandalised shops during a demonstration in Beirut.",
     "Violent demonstration", 0),
    ("On 7 August 2022, rival student groups clashed at Dhaka University, leaving 20 injured.",
     "Mob violence", 0),
    ("On 7 September 2022, militants attacked a military post with mortars and small arms "
     "fire near Boni.", "Armed clash", 0),
    # "unknown people" are no crowd; "and the bomber" is one more dead
    ("On 17 February 2023, unknown people set fire to a police station in Kano. No "
     "casualties.", "Looting/property destruction", 0),
    ("On 23 February 2023, a suicide car bomb exploded at a checkpoint in Mogadishu, killing "
     "5 soldiers and the bomber.", "Suicide bomb", 6),
    ("On 8 May 2021, a group of armed men killed a family of four in Zacatecas.", "Attack", 4),
    ("On 15 March 2024, Somali forces, supported by US air strikes, recaptured the town of "
     "Harardhere from al-Shabaab.", "Government regains territory", 0),
    # an arrest with the detainee tortured or beaten is an attack
    ("Soldiers arrested and tortured a farmer in Hpakant township, accusing him of supporting "
     "the KIA.", "Attack", 0),
    ("On 9 January 2019, an activist was arrested and placed in a cell in Jayapura, where he "
     "was beaten, kicked and slapped by the officers.", "Attack", 0),
    # armed men seized by the forces, and repression's verb done to an armed side: battles
    ("On 9 May 2019, US forces raided Farsooleey and abducted three suspected IS militants.",
     "Armed clash", 0),
    ("Regime forces used heavy artillery during an ambush on anti-government forces near "
     "Gondar, which resulted in the death of 4 rebel fighters.", "Armed clash", 4),
    # a politician's supporters who attack are rioters; a town attacked and burnt, its people
    ("On 17 June 2021, anti-Gbagbo supporters attacked a bus transporting pro-Gbagbo "
     "supporters in Abidjan.", "Mob violence", 0),
    ("On 6 May 2020, Boko Haram attacked Debiro (Biu LGA, Borno) and burnt several public "
     "buildings, among them a church.", "Attack", 0),
]


def test_session25_who_a_note_names() -> None:
    # an unnamed band's mob justice: rioters; the named group mercenaries are "from"
    lynching = _event({"text": "Vigilantes lynched two suspected robbers in Kisii."})
    assert lynching.actor1 is not None and lynching.actor1.kind == "rioters"
    ambush = _event({"text": "On 5 August 2021, 3R rebels ambushed a convoy of Russian "
                             "mercenaries from Wagner group near Koui (Ouham-Pende)."})
    assert ambush.actor2 is not None and ambush.actor2.name == "Wagner Group"


def test_session26_who_did_what() -> None:
    # "and police arrested": a subject of its own, no owner of the place before it; a place
    # in a phrase about something else is not the region a town lies in
    (protest,) = eventkit.extract(
        "Around 50 people protested in Tunis and police arrested 3 of them.").events
    assert protest.acled_sub_event_type == "Protest with intervention"
    assert protest.actor2 is not None and protest.actor2.name == "police"
    protest = _event({"text": "On 4 May 2025, around 50 people protested in Tunis in "
                              "support of Palestinians in Gaza."})
    assert protest.location is not None and protest.location.country == "TUN"


def test_session25_a_place_the_note_puts_in_its_country() -> None:
    # "Eastleigh, Nairobi": not a town of that name in South Africa; "Ala village" where
    # everything else told is Nigerian: not a German town
    shooting = _event({"text": "Police shoot and kill two men in Eastleigh, Nairobi."})
    assert shooting.location is not None and shooting.location.country == "KEN"
    ambush = _event({"text": "On 18 November, Boko Haram ambushed a CJTF patrol at Ala "
                             "village using an IED."})
    assert ambush.location is not None and ambush.location.country == "NGA"


_NOTES_OF_OUR_OWN_SESSION26 = [
    # an agreement by another name; "an unknown number" is no count
    ("On 3 April 2025, two armed movements signed a founding charter in Nairobi.",
     "Agreement", 0),
    ("On 2 May 2025, US forces conducted an airstrike near Bosaso, killing an unknown number "
     "of militants.", "Air/drone strike", 0),
    # a raid and the fight it led to; raiders who fight the armed men they find
    ("On 2 June 2025, soldiers raided Kuda camp (Jenin, West Bank) and clashed with gunmen of "
     "the Jenin Brigade. Two gunmen were killed.", "Armed clash", 2),
    ("On 8 May 2024, police broke into a house where gunmen held a family hostage in Garissa. "
     "The police killed all 3 gunmen.", "Armed clash", 3),
    # two verbs of one doer on the same people, read once as victims and once as a militia
    ("On 4 May 2024, armed Pokot herders continued to attack and clashed with herders from "
     "Marakwet in Tot village (Marakwet East, Elgeyo Marakwet).", "Armed clash", 0),
    # the police among an attack's dead; ground taken told by "it"
    ("Al Shabaab attacked a bus near Lamu, killing two civilians and a police officer.",
     "Armed clash", 3),
    ("Militants attacked the village of Dabo and seized it after the police fled.",
     "Non-state actor overtakes territory", 0),
    # a body found is a killing, not a crowd's act; attack and abduction with someone hurt
    ("On 3 May 2020, a man was found dead in Culiacan, his hands tied.", "Attack", 1),
    ("Gunmen attacked and wounded 1 herder and abducted 3 others at a well near Bardera.",
     "Attack", 0),
    # an explosive named as the subject of "destroyed"; the dead of blasts aimed at others
    ("A roadside bomb planted by the Taliban destroyed an army vehicle in Helmand.",
     "Remote explosive/landmine/IED", 0),
    ("Three people were killed in two explosions targeting soldiers in Garissa.",
     "Remote explosive/landmine/IED", 3),
    # a party's youth, a purpose told by the verb; a politician's supporters who march
    ("Youth attached to the NDC smashed the windows of a party office in Ho to demonstrate "
     "against the list of candidates.", "Violent demonstration", 0),
    ("Supporters of the former president marched in Cotonou to demand his release.",
     "Peaceful protest", 0),
    # the police's tear gas arms no party's men; a death during a riot; "the ensuing clash"
    ("PML-N workers protesting an arrest clashed with police in Lahore; police fired tear "
     "gas and the workers threw stones.", "Violent demonstration", 0),
    ("A student is shot and killed by police during a student-led riot in Eldoret.",
     "Violent demonstration", 1),
    ("Angry residents blocked and damaged the gate of a quarry in Juapong to protest dust. "
     "One resident died in the ensuing clash with police.", "Violent demonstration", 1),
    # kidnappers are no mob; a headline's present tense; ground left to the rebels
    ("Unidentified men abducted a nurse in Kaduna.", "Abduction/forced disappearance", 0),
    ("Gunmen assassinate a district officer in Idlib.", "Attack", 1),
    ("Rebels take control of Ndele after the army withdraws.",
     "Non-violent transfer of territory", 0),
    ("The movement announced the creation of a new armed wing in Darfur.",
     "Change to group/activity", 0),
    # a clause after ";" opens like a sentence; a walkout or a blockade done to protest
    ("Students gather outside the ministry in Accra; police arrest 7.",
     "Protest with intervention", 0),
    ("Farmers protest in Patna over fertiliser prices; police shoot dead one farmer.",
     "Excessive force against protesters", 1),
    ("Shopkeepers shut their stores in Kano to protest new levies.", "Peaceful protest", 0),
    ("Nurses strike and demonstrate for unpaid allowances in Kisumu.", "Peaceful protest", 0),
    ("Dockers of the port authority march for better pay in Mombasa.", "Peaceful protest", 0),
    # a bomber who blew himself up is among the dead; a village chief; a crew taken
    ("A suicide bomber blows himself up at a checkpoint in Mogadishu, killing 3 soldiers.",
     "Suicide bomb", 4),
    ("Gunmen attacked the chief of Bawku, firing shots at him.", "Attack", 0),
    ("Pirates seized a tanker with 19 crew on board off Lome.",
     "Abduction/forced disappearance", 0),
    ("The bodies of a trader, his driver, and another man were found in a forest near Isiolo.",
     "Attack", 0),
    # a crowd's vandalism after a death; South Asian English's beating; a long object
    ("Locals vandalised the health post in Gaur after the death of a mother.",
     "Violent demonstration", 0),
    ("Villagers thrashed a man suspected of stealing a goat in Saptari.", "Mob violence", 0),
    ("Angry residents set the house of the ward chairman on fire in Lahan.", "Mob violence", 0),
    # those held for a theft and whipped are beaten civilians
    ("Koglweogo members detained and whipped three suspected thieves in Kongoussi.",
     "Attack", 0),
    # a dead patient's relatives, a community's members, pupils' parents: crowds
    ("Relatives of a dead patient assaulted two nurses at the hospital in Pokhara.",
     "Mob violence", 0),
    ("Community members attacked a surveyor in Busia.", "Mob violence", 0),
    ("Gunmen shot a trader in Maiduguri, killing him and his wife.", "Attack", 2),
]


_NOTES_OF_OUR_OWN_SESSION27 = [
    # a prison's riot is a mob's; a riot in a general strike is a demonstration's
    ("On 11 April 2021, prisoners rioted at the Tacumbu prison in Asuncion, setting mattresses "
     "on fire. One inmate was killed.", "Mob violence", 1),
    ("On 23 June 2019, party cadres vandalized a police post in Rautahat during a general "
     "strike.", "Violent demonstration", 0),
    # a party's factions who come to blows are rioters; unidentified rioters and youths a crowd
    ("On 29 April 2021, rival factions of the ruling party clashed at a party meeting in "
     "Harare, injuring several.", "Mob violence", 0),
    ("On 24 June 2019, unidentified rioters burned two vehicles of a mining company in "
     "Kamituga (Sud-Kivu).", "Mob violence", 0),
    ("On 11 March 2020, unidentified youths set fire to a polling station in Kabo (Ouham).",
     "Mob violence", 0),
    # headlines in the present: two sides told as the subject, a subject in a place, a
    # subject after a word of doubt
    ("Opposition supporters and police clash in Kibera.", "Mob violence", 0),
    ("Police and protesters clash in Kibera.", "Violent demonstration", 0),
    ("Traders in Kariobangi demonstrate against demolition of their stalls.",
     "Peaceful protest", 0),
    ("Suspected Al Shabaab militants plant IED that kills two police officers in Lamu.",
     "Remote explosive/landmine/IED", 2),
    # rivals' supporters who fight at a rally are a mob (the rally is where they fought)
    ("Supporters of two rival ODM aspirants clashed at a rally in Awendo. Youths threw stones "
     "at each other and two people were hurt.", "Mob violence", 0),
    # a demonstration turned violent, or its crowd's violence told with it, is a riot (not a
    # protest "that did not turn violent")
    ("On 2 February 2020, a protest turned violent in Bafang.", "Violent demonstration", 0),
    ("On 2 February 2020, a protest in Bafang did not turn violent.", "Peaceful protest", 0),
    ("On 3 February 2020, the demonstration degenerated into clashes with the police in "
     "Conakry. Several protesters were injured.", "Violent demonstration", 0),
    ("On 20 February 2020, truck drivers on strike blocked the road and damaged several trucks "
     "whose drivers refused to join them in Mombasa.", "Violent demonstration", 0),
    # the dead said in a bracket to be soldiers make a battle
    ("On 2 March 2020, insurgents attacked the village of Nanduli in Cabo Delgado province. "
     "7 people (believed to be soldiers) were killed.", "Armed clash", 7),
    # how often a man was shot is no count, nor are the dead of other incidents, nor cows
    ("On 27 August 2019, a man was shot several times and killed by a stranger in Wiwili. He "
     "was the brother-in-law of two men who were also killed in separate incidents.",
     "Attack", 1),
    ("On 2 December 2019, an IED planted by Boko Haram militants detonated in Kaiga "
     "Kindjiria, and killed six cows.", "Remote explosive/landmine/IED", 0),
    ("On 17 June 2019, angry villagers killed two suspected cattle rustlers in Kaabong.",
     "Mob violence", 2),
    # a crowd that breaks up a gathering riots (not the rain, not the police)
    ("On 4 January 2020, ODM youths disrupted the rally of the UDA candidate in Kisumu.",
     "Violent demonstration", 0),
    # "a policeman and his relatives": the policeman's act (no crowd's)
    ("On 28 November 2019, a senior policeman and his relatives abducted a man in NDjamena.",
     "Abduction/forced disappearance", 0),
    # forces that "struck" a building or positions struck from afar (not a soldier's blow)
    ("On 14 October 2024, the Israeli army struck a house in Khiam (Marjayoun, Nabatiye).",
     "Air/drone strike", 0),
    ("An Israeli soldier struck a Palestinian man in Hebron.", "Attack", 0),
    # an armed group that detains a state's soldier fights the state (police who arrest
    # militants make arrests)
    ("On 12 February 2025, QSD forces detained a Syrian army member near Dayr Hafir.",
     "Armed clash", 0),
    ("On 12 February 2025, police arrested two Boko Haram members in Maiduguri.", "Arrests", 0),
    # forces barring a way make no protest; a bomb disposed of is a weapon's use disrupted;
    # unidentified men who burn a school are no crowd
    ("On 26 September 2020, police officers blocked the entrance of a hotel in Diriamba where "
     "members of the National Coalition were to meet.", "Other", 0),
    ("On 26 September 2020, soldiers blocked the road in Bamako to protest unpaid wages.",
     "Peaceful protest", 0),
    ("On 18 May 2021, an IED was discovered and safely detonated by the bomb squad in Quetta.",
     "Disrupted weapons use", 0),
    ("On 16 May 2021, unidentified men burned a school in Bamenda (North-West).",
     "Looting/property destruction", 0),
    # forces who surround a sit-in intervene; arrests at a sit-in are an intervention
    ("On 3 June 2019, in Managua (Managua), riot police surrounded the Cathedral where "
     "students were holding a sit-in.", "Protest with intervention", 0),
    ("On 22 June 2019, in Amman (Amman), security forces arrested dozens of teachers taking "
     "part in a sit-in.", "Protest with intervention", 0),
    # ", injuring three" after the protesters' demand: the forces' harm, not the crowd's
    ("On 18 June 2019, in Deir-ez-Zor, SDF members opened fire on protesters demanding the "
     "departure of the SDF, injuring three.", "Excessive force against protesters", 0),
    # the government's and the opposition's people who come to blows are a mob
    ("On 6 June 2019, in Esteli (Esteli), pro-government supporters attacked opposition "
     "members who were waving blue and white flags.", "Mob violence", 0),
    # a town an armed group attacked, no fight nor armed side told: its people attacked
    ("On 3 October 2020, members of an Islamist militia attacked Bilibiza (Quissanga, Cabo "
     "Delgado). No injuries or deaths were reported.", "Attack", 0),
    # a death the crowd answered is no toll of its attack; a consulate burned is a riot's
    # violence, whatever force was used on the rioters
    ("On 15 May 2019, a group of people attacked a police post in Tambrauw (West Papua) after "
     "a villager died in custody.", "Violent demonstration", 0),
    ("On 28 November 2019, protesters burned the Iranian consulate in Najaf (Najaf). Security "
     "forces opened fire, killing 4 protesters.", "Violent demonstration", 4),
    # people "involved in a brawl" brawled; students who vandalise an office riot
    ("On 2 October 2019, residents of two villages in Central Maluku (Maluku) were involved in "
     "a brawl over a land dispute.", "Mob violence", 0),
    ("On 4 July 2019, students vandalised the office of the campus chief in Kathmandu "
     "(Bagmati) demanding a fee reduction.", "Violent demonstration", 0),
    # "a total of 12" is twelve; a note's own stated toll outweighs a vague amount
    ("On 7 May 2020, bandits killed a total of 12 villagers in attacks on three villages in "
     "Zurmi (Zamfara).", "Attack", 12),
    ("On 18 May 2020, armed men killed dozens of civilians in Djibasso (Kossi). 25 "
     "fatalities reported.", "Attack", 25),
    # houses burned are no toll, summed or not with the dead of the next clause
    ("On 5 April 2021, villagers clashed in Mokwa (Niger). Several houses were burned and 2 "
     "people were killed.", "Armed clash", 2),
]


def test_session27_who_did_it() -> None:
    # "prisoners at the La Esperanza prison": the prisoners, not the prison; no crowd
    # disrupted what the rain or the police did
    event = _event({"text": "On 25 April 2019, prisoners at the La Esperanza prison started a "
                            "demonstration in Tipitapa."})
    assert event.actor1 is not None and event.actor1.kind == "protesters"
    for text in ("On 4 January 2020, the rain disrupted the campaign in Kisumu.",
                 "On 4 January 2020, police disrupted a meeting of the opposition in Kisumu."):
        assert not [e for e in eventkit.extract(text).events if e.acled_event_type]


def test_session27_an_attack_fought_back_is_one_battle() -> None:
    # forces who fight the attackers right after the attack: one battle, the attackers
    # first, the forces second, with all its dead
    (event,) = [e for e in eventkit.extract(
        "On 11 March 2022, Al Shabaab militants stormed a hotel in Mogadishu (Banadir). "
        "Security forces fought the attackers for several hours. 9 civilians and 4 militants "
        "were killed.").events if e.acled_event_type]
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 13)
    assert event.actor1 is not None and event.actor1.name == "al-Shabaab"
    assert event.actor2 is not None and event.actor2.kind == "police"


def test_session27_a_bodys_initials_and_a_slashed_region() -> None:
    # "the Mothers of April Association (AMA)": initials, no town in a region; "Taita
    # Taveta County": the gazetteer's "Taita/Taveta"
    event = _event({"text": "On 4 Sept 2019, in Managua, Managua, members of the Mothers of "
                            "April Association (AMA) gathered in a hotel's parking lot to "
                            "protest."})
    assert event.location is not None and event.location.country == "NIC"
    event = _event({"text": "On 23 December 2019, a gang leader was killed and his body dumped "
                            "in Maungu, Taita Taveta County."})
    assert event.location is not None and event.location.country == "KEN"
    assert event.location.iso3166_2 == "KE-39"
    # "the Seven Seas Salt company": a firm, not Jordan's Salt
    event = _event({"text": "Angry youth damaged property at the Seven Seas Salt company "
                            "headquarters in Adina, Ketu South Municipality, to protest."})
    assert event.location is not None and event.location.name == "Adina"
    # "in Pangane beach (Macomia, Cabo Delgado)": the place before its noun
    event = _event({"text": "On 18 September 2020, 2 fishermen were kidnapped by militants in "
                            "Pangane beach (Macomia, Cabo Delgado)."})
    assert event.location is not None and event.location.name == "Pangane"


def test_session27_a_mine_struck_and_who_laid_it() -> None:
    # "hit an IED", "stepped on a landmine": a remote explosive; "planted by", "left by":
    # the group that laid it
    event = _event({"text": "On 12 March 2020, a convoy of the FDS hit an IED near Djibo "
                            "(Soum). 3 soldiers were killed."})
    assert (event.acled_sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 3)
    event = _event({"text": "On 6 August 2022, an army vehicle struck an IED planted by JNIM "
                            "militants near Boni (Mopti). 4 soldiers were killed."})
    assert event.actor1 is not None and event.actor1.name == "JNIM"


def test_session27_forces_who_came_and_an_exchange_of_fire() -> None:
    # "there was an exchange of fire" happened; the forces who came fought the attackers
    (event,) = [e for e in eventkit.extract(
        "On 12 February 2020, armed men attacked a village in Mecula district (Mecula, "
        "Niassa). Soldiers intervened and there was an exchange of fire which resulted in the "
        "death of 8 assailants.").events if e.acled_event_type]
    assert (event.acled_sub_event_type, event.fatalities) == ("Armed clash", 8)
    assert event.actor2 is not None and event.actor2.kind == "military"


def test_session27_a_country_in_a_place_bracket_is_no_actor() -> None:
    # "Mokwa (Niger)": Nigeria's Niger state, not the state of Niger acting; "Agadez (Niger)":
    # the town's own country, no region of Nigeria
    event = _event({"text": "On 5 April 2021, gunmen attacked Mokwa (Niger)."})
    assert event.actor2 is None
    assert event.location is not None and event.location.country == "NGA"
    event = _event({"text": "On 5 April 2021, gunmen attacked a village near Agadez (Niger)."})
    assert event.location is not None and event.location.country == "NER"


# The notes of sessions 24 to 27, each judged on its sub-event type and toll.
@pytest.mark.parametrize(
    ("text", "sub", "fatalities"),
    [
        *_WHAT_THE_ELEVENTH_SAMPLE_TAUGHT,
        *_WHAT_OTHER_ROWS_OF_THOSE_PAGES_TAUGHT,
        *_NOTES_OF_OUR_OWN_SESSION25,
        *_NOTES_OF_OUR_OWN_SESSION26,
        *_NOTES_OF_OUR_OWN_SESSION27,
        *_HEADLINES_REMARKS_AND_WHAT_A_NOTE_TELLS,
        *_HEADLINES_IN_THE_PRESENT_TENSE,
        *_REGIONAL_NOTES,
        *_STRATEGIC_DEVELOPMENTS_AND_REMOTE_VIOLENCE,
        *_AN_EVENT_TOLD_WITH_ITS_BACKGROUND,
        *_BATTLES_AND_VIOLENCE_AGAINST_CIVILIANS,
        *_DEMONSTRATIONS_AND_MOBS,
        *_THE_EVENT_AFTER_AN_OPENING_CLAUSE,
        *_A_WARS_DAILY_NOTES,
        *_VIOLENCE_AGAINST_CIVILIANS_IN_ITS_KINDS,
        *_SOUTH_AND_SOUTHEAST_ASIA,
        *_MIDDLE_EAST,
    ],
)
def test_written_notes_coded_by_sub_event_type_and_toll(
    text: str, sub: str, fatalities: int
) -> None:
    event = _event({"text": text})
    assert (event.acled_sub_event_type, event.fatalities) == (sub, fatalities)
