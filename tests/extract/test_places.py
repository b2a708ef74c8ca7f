"""Places and the capitals that stand for their governments: datelines, dates that look like
towns, lists of capitals."""

from __future__ import annotations

import pytest

import eventkit
from eventkit.formats import acled


def _first_coded(text: str) -> eventkit.Event:
    """The first event ACLED would code in a text, which has a place."""
    events = [e for e in eventkit.extract(text).events if e.acled_event_type]
    assert events and events[0].location is not None
    return events[0]


def _actors(text: str) -> list[str]:
    return [actor.name for actor in eventkit.extract(text).actors]


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(place.name, place.country, place.admin1)
            for place in eventkit.extract(text).locations]


def test_a_dateline_capital_is_a_place_not_its_government() -> None:
    for dateline in ("KHARTOUM, May 2 (Reuters) -", "KHARTOUM (Reuters) -",
                     "Khartoum, May 2 -"):
        text = f"{dateline} Rapid Support Forces fighters shelled a market in Omdurman."
        assert "Government of Sudan" not in _actors(text), dateline
        assert any(name == "Khartoum" for name, _, _ in _places(text)), dateline


def test_a_capital_that_acts_is_its_government() -> None:
    assert "Government of Iran" in _actors("Tehran, Kabul and Moscow condemned the strike.")
    assert "Government of Sudan" in _actors(
        "The talks stalled.\nKhartoum rejected the proposal on Monday."
    )


def test_a_month_and_a_day_are_a_date_not_a_town() -> None:
    text = "KABUL, March 3 - Taliban fighters attacked a checkpoint near Herat."
    assert all(name != "March" for name, _, _ in _places(text))
    # Cambridgeshire is a county of England, the first-level division (ACLED's admin1)
    assert ("March", "GBR", "England") in _places(
        "Police raided a house in March, Cambridgeshire."
    )


def test_a_list_of_capitals_is_no_town_in_a_region() -> None:
    places = _places("Officials in Tehran, Kabul and Moscow condemned the strike.")
    tehran = next(place for place in places if place[0] == "Tehran")
    assert tehran[1] == "IRN" and tehran[2] != "Kabul"
    assert ("Dansadau", "NGA", "Zamfara") in _places(
        "Gunmen attacked Dansadau, Zamfara state on Monday."
    )


def test_a_force_named_by_what_it_holds_is_the_target() -> None:
    for text, target in (
        ("The Rapid Support Forces attacked army positions in El Fasher.", "SDNMIL"),
        ("Gunmen attacked a police station in Gusau on Monday.", "NGACOP"),
    ):
        events = [e for e in eventkit.extract(text).events if e.root == "19"]
        assert events and events[0].actor2 is not None, text
        assert events[0].actor2.cameo == target, text
    # a modifier of anything else is not an actor: "army chief", "police reform"
    actors = eventkit.extract("Parliament debated police reform on Monday.").actors
    assert all(actor.kind != "police" for actor in actors)


def _said(text: str, published: str = "2025-06-13") -> list[eventkit.Location | None]:
    """The places of the events made from what persons said."""
    return [e.location for e in eventkit.extract(text, published=published).events
            if e.actor1 is not None and e.actor1.kind == "person" and e.statements]


def test_what_a_government_says_without_a_place_is_placed_at_its_seat() -> None:
    # The capital stands for the country, at ACLED's precision 3 (only the country is known).
    (place,) = _said("Kenya's interior minister warned on Thursday that protesters would be "
                     "arrested.")
    assert place is not None and (place.name, place.country, place.geo_precision) == (
        "Nairobi", "KEN", 3)
    # The dateline's town, when it lies in the speaker's country.
    (place,) = _said("MOMBASA, June 13 (Reuters) - Kenya's interior minister warned on Thursday "
                     "that protesters would be arrested.")
    assert place is not None and (place.name.title(), place.geo_precision) == ("Mombasa", 3)
    # A governor speaks where he governs: only his country is known.
    (place,) = _said("Russian Governor Alexander Bogomaz said on Tuesday that the depot had "
                     "burned.")
    assert place is not None and place.name == "Russia"


def test_a_place_beside_the_cue_is_where_it_was_said() -> None:
    places = _said("Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia would "
                   "retaliate.", "2023-12-06")
    assert places and all(p is not None and p.name == "Moscow" for p in places)
    # A place in what was said is not where it was said; an aside before "that" is.
    places = _said("U.S. President Donald Trump warned on Saturday, while visiting Scotland, "
                   "that Washington would not conclude trade deals.", "2025-07-27")
    assert [p.name if p else None for p in places] == ["Scotland"]


def test_congo_alone_is_the_democratic_republic() -> None:
    assert ("eastern Congo", "COD", None) in _places(
        "M23 rebels seized a town in eastern Congo on Monday."
    )
    assert any(country == "COG" for _, country, _ in _places("Clashes erupted in Congo-Brazzaville."))


def test_an_unknown_town_before_its_country_or_region_is_a_place_there() -> None:
    assert ("Boundore", "BFA", None) in _places(
        "Soldiers fought off an attack on their post at Boundore, Burkina Faso."
    )
    assert any(name == "Kufana" and country == "NGA" for name, country, _ in _places(
        "Gunmen abducted 37 worshippers from a church in Kufana, Kaduna state, on Sunday."
    ))


def test_a_surname_after_near_is_a_place_not_the_leader() -> None:
    x = eventkit.extract("Congolese army jets bombed rebel positions near Masisi on Tuesday.")
    assert all(actor.kind != "person" for actor in x.actors)
    assert [(place.name, place.country) for place in x.locations] == [("Masisi", "COD")]
    (event,) = x.events
    assert event.actor2 is not None and event.actor2.kind == "rebel"


def test_a_small_town_is_placed_from_the_towns_table_within_its_country() -> None:
    (sebba,) = eventkit.extract(
        "Soldiers fought off an attack on their post at Sebba, Burkina Faso."
    ).locations
    assert (sebba.name, sebba.country, sebba.admin1, sebba.admin2) == (
        "Sebba", "BFA", "Sahel", "Province du Yagha"
    )
    assert sebba.geo_precision == 1 and sebba.latitude == pytest.approx(13.44, abs=0.01)
    # The same name in a country where no such town is: a place there, without coordinates.
    places = eventkit.extract("Gunmen attacked a post at Sebba, Mali.").locations
    assert [(place.name, place.country, place.latitude) for place in places] == [
        ("Sebba", "MLI", None)
    ]


def test_a_report_goes_on_telling_the_place_of_its_lead() -> None:
    text = ("A mob set fire to 15 houses in the Pakistani town of Kamalia on Monday, police "
            "said.\n\nPolice arrested 47 people on Tuesday.")
    (arrest,) = [e for e in eventkit.extract(text, published="2023-06-20").events
                 if e.cameo == "173"]
    assert arrest.location is not None and arrest.location.name == "Kamalia"
    assert arrest.actor1 is not None and arrest.actor1.country == "PAK"


def test_a_town_after_at_or_in_is_looked_up_in_the_articles_country() -> None:
    text = ("OUAGADOUGOU, Sept 12 (Reuters) - Militants attacked a village in Burkina Faso on "
            "Sunday.\n\nSoldiers fought off an attack on their post at Sebba on Monday.")
    places = {location.name: location for location in
              eventkit.extract(text, published="2023-09-12").locations}
    assert "Sebba" in places and places["Sebba"].admin1 == "Sahel"
    # A capitalised word that is no town of the country stays unplaced.
    text = "Burkina Faso's army said on Monday at Christmas Eve the attacks had stopped."
    assert "Christmas Eve" not in {location.name for location in
                                   eventkit.extract(text, published="2023-09-12").locations}


def test_a_place_named_to_locate_another_is_not_the_events_place() -> None:
    (clash,) = [e for e in eventkit.extract(
        "Soldiers clashed with RSF fighters near the town of Um Kadada, about 180 km east of "
        "El Fasher, on Saturday.", published="2024-09-16").events if e.root == "19"]
    assert clash.location is not None and clash.location.name == "Um Kadada"
    # With nothing finer named, the reference town is the place (as ACLED codes it).
    (strike,) = [e for e in eventkit.extract(
        "US forces conducted an airstrike against al Shabaab fighters 35 km northeast of "
        "Kismayo.", published="2024-06-08").events if e.root == "19"]
    assert strike.location is not None and strike.location.name == "Kismayo"


def test_a_ship_named_after_someone_is_not_that_person() -> None:
    found = eventkit.extract("The Carney shot down four drones.", published="2024-03-12")
    assert all(actor.kind != "person" for actor in found.actors)


def test_the_same_sides_fighting_in_two_villages_are_two_events() -> None:
    events = [e for e in eventkit.extract(
        "The RSF shelled a camp in El Fasher on Sunday. Army warplanes also bombed a market in "
        "the RSF-held town of Kabkabiya on Sunday.", published="2024-09-16").events
        if e.root in ("18", "19", "20")]
    assert sorted(e.location.name for e in events if e.location) == ["El Fasher", "Kabkabiya"]


def test_a_village_before_its_district_and_region() -> None:
    found = eventkit.extract("Militiamen attacked a displacement site near Bule, Djugu territory "
                             "(Ituri).", published="2022-02-02")
    assert ("Bule", "COD", "Djugu") in [(p.name, p.country, p.admin2) for p in found.locations]


def test_a_town_known_abroad_gives_way_to_the_bracketed_region_and_its_neighbour() -> None:
    (killing,) = [e for e in eventkit.extract(
        "On 17 February 2024, Wagner Group mercenaries executed 25 civilians in Welingara near "
        "Nara (Koulikoro).").events if e.root in ("18", "19", "20")]
    assert killing.location is not None
    assert (killing.location.name, killing.location.country) == ("Welingara", "MLI")


def test_a_town_known_only_abroad_lies_in_the_region_named_after_it() -> None:
    # The gazetteer knows a Boni only in Germany; the region and the article say Mali.
    (blast,) = [e for e in eventkit.extract(
        "BAMAKO, Oct 9 - Malian troops fought rebels near Gao on Saturday. Two soldiers were "
        "killed on Sunday by a roadside bomb near the town of Boni in the central Mopti region.",
        published="2023-10-09").events if e.acled_sub_event_type == "Remote explosive/landmine/IED"]
    assert blast.location is not None
    assert (blast.location.name, blast.location.country, blast.location.admin1) == (
        "Boni", "MLI", "Mopti")


def test_compass_words_make_places_of_what_follows() -> None:
    found = eventkit.extract("Troops killed six militants in North Waziristan on Monday. "
                             "Gunmen stormed a checkpoint in northwest Pakistan.",
                             published="2024-10-22")
    places = {(p.name, p.kind) for p in found.locations}
    assert ("North Waziristan", "place") in places
    assert ("northwest Pakistan", "region") in places
    assert "South Korea" in {a.name for a in eventkit.extract("Talks in South Korea.").actors}


def test_a_second_level_division_lies_in_its_first_level_one() -> None:
    found = eventkit.extract("On 30 November 2020, militants stole cattle in Salmossi (Markoye, "
                             "Oudalan).")
    (event,) = [e for e in found.events if e.acled_event_type]
    assert event.location is not None
    assert (event.location.name, event.location.admin1, event.location.admin2) == (
        "Salmossi", "Sahel", "Oudalan")


def test_the_village_before_the_brackets_and_the_countrys_actors_decide() -> None:
    (shelling,) = [e for e in eventkit.extract(
        "On 7 January 2021, near Wa Shawng village (Waingmaw Township, Myitkyina District, "
        "Kachin State), a military column shelled Wa Shaga Bum, a rebel camp.").events
        if e.acled_event_type]
    assert shelling.location is not None and shelling.location.name == "Wa Shawng"
    (blast,) = [e for e in eventkit.extract(
        "On 27 December 2019, 2 Kenyan soldiers were killed when their vehicle ran over an IED "
        "on the Khorof Kharar road in Wajir.").events if e.acled_event_type]
    assert blast.location is not None and blast.location.country == "KEN"


def test_the_place_an_acled_note_says_it_coded_to() -> None:
    found = eventkit.extract("On 1 November 2024, protesters held a protest in Dawran Aness "
                             "district (coded to district center Dawran ad Daydah, Dhamar).")
    (protest,) = [e for e in found.events if e.acled_event_type]
    assert protest.location is not None
    assert (protest.location.name, protest.location.admin1) == ("Dawran ad Daydah", "Dhamar")


def test_a_square_is_coded_to_its_town() -> None:
    found = eventkit.extract("On 9 May 2020, medical interns protested in Bat Galim Square of "
                             "Haifa city, demanding shorter shifts.")
    (protest,) = [e for e in found.events if e.acled_event_type]
    assert protest.location is not None and protest.location.name == "Haifa"


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 25 February 2019, in Tirumayam (Puddukkottai, TN), two women were slapped.",
     "Tamil Nadu"),
    ("On 9 May 2020, gunmen shot a trader in Pipri, Kaushambi (UP).", "Uttar Pradesh"),
    ("On 9 May 2020, migrant workers protested in Menakuru village (Nellore, AP).",
     "Andhra Pradesh"),
])
def test_acleds_indian_notes_abbreviate_the_state(text: str, admin1: str) -> None:
    event = _first_coded(text)
    assert (event.location.country, event.location.admin1) == ("IND", admin1)


@pytest.mark.parametrize(("text", "where"), [
    # and its Pakistani ones
    ("On 1 December 2023, militants exchanged fire with police at a checkpoint (coded as "
     "Landi Kotal city, Khyber district, KP).", ("PAK", "Khyber Pakhtunkhwa", "Landi Kotal")),
    # the district listed first tells whose region it is
    ("On 23 November 2022, a farmer killed a herder near Ossokodjo (Ketou, Plateau).",
     ("BEN", "Plateau", "Ossokodjo")),
    ("On 2 May 2020, residents burned tyres in Mzuzu (Mzimba, Northern).",
     ("MWI", "Northern", "Mzuzu")),
    # with nothing to tell, the reading in the larger country
    ("On 30 October 2021, militiamen assaulted a chief in Krobo town (Lower Manya, Eastern).",
     ("GHA", "Eastern", "Krobo")),
    # a town named after its district, in ACLED's Palestinian region
    ("On 30 November 2023, militants detonated an IED near an Israeli bulldozer in Tulkarm "
     "(Tulkarm, West Bank).", ("PSE", "West Bank", "Tulkarm")),
    # a region named only by a direction is the known town's own ("Southern" and "South"
    # are regions of many countries)
    ("On 1 January 2023, relatives of the disappeared staged a protest in Vavuniya "
     "(Northern).", ("LKA", "Northern", "Vavuniya")),
    ("On 1 December 2023, a family held a protest in Riffa (Southern).",
     ("BHR", "Southern", "Riffa")),
    ("On 28 July 2024, an Israeli drone struck a house in Chihhine (Tyr, South).",
     ("LBN", "South", "Chihhine")),
    ("On 9 May 2022, a group attacked protesters in Kandy (K.F.G. & G. Korale, Central).",
     ("LKA", "Central", "Kandy")),
    # a second-level namesake (Italy's Bari, a metropolitan city) gives way to a region
    ("On 22 December 2025, clan militia ambushed vehicles near Ceel Daahir (Bossaso, Bari).",
     ("SOM", "Bari", "Ceel Daahir")),
])
def test_the_names_listed_in_an_acled_bracket_place_the_event(
    text: str, where: tuple[str, str, str]
) -> None:
    event = _first_coded(text)
    location = event.location
    assert (location.country, acled.to_row(event)["admin1"], location.name) == where


def test_a_lone_ap_in_brackets_is_the_news_agency() -> None:
    found = eventkit.extract("BANGKOK (AP) — Military jets bombed a village in Myanmar.")
    assert all(location.country != "IND" for location in found.locations)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a village the gazetteer knows only abroad lies in the regions listed after it
    ("On 2 December 2022, rebels ambushed civilians in Kolo near Bakouma (Bakouma, Mbomou).",
     "CAF", "Mbomou"),
    ("On 30 December 2020, police shot a farmer in Barangay Acuna (Tapaz, Capiz, Western "
     "Visayas).", "PHL", "Western Visayas"),
    # "East" names no region of Cameroon here
    ("On 10 August 2018, police killed 3 civilians in Babile woreda (East Harerge zone).",
     "ETH", "Oromia"),
])
def test_a_town_known_abroad_lies_in_the_regions_listed_after_it(
    text: str, country: str, admin1: str
) -> None:
    event = _first_coded(text)
    assert event.location.country == country
    assert acled.to_row(event)["admin1"].startswith(admin1)


@pytest.mark.parametrize(("text", "admin1"), [
    # an unknown village lies in the region named after it in the sentence
    ("On 13 November 2019, near Tha Yet Ta Pin Village, in Kyauktaw Township, in Rakhine "
     "State, soldiers clashed with the Arakan Army.", "Rakhine"),
    ("On 10 December 2023, clashes took place between SDF and tribal forces in the village of "
     "Abu Hardoub in the countryside of Deir ez Zor.", "Deir-ez-Zor"),
    # a village whose name ends with a town's abroad ("San", Mali)
    ("On 27 January 2019, in Kunlong Township, in Northern Shan State, the MNDAA abducted 11 "
     "villagers from Nam Kyin San village.", "Shan"),
])
def test_an_unknown_village_lies_in_the_region_named_after_it(text: str, admin1: str) -> None:
    event = _first_coded(text)
    assert acled.to_row(event)["admin1"] == admin1


def test_a_place_told_in_the_next_sentence_places_an_event_with_none_before() -> None:
    found = eventkit.extract("On 2 June 2022, two rival clan militias fought over grazing land. "
                             "The fighting took place in Dhusamareb (Galgaduud).")
    (fight,) = [e for e in found.events if e.acled_event_type]
    assert fight.location is not None
    assert (fight.location.name, fight.location.country) == ("Dhusamareb", "SOM")


@pytest.mark.parametrize(("text", "where"), [
    # ACLED's spelling of a region
    ("On 4 March 2021, soldiers beat a trader in Boali (Ombella-M'Poko).",
     ("Boali", "CAF", "Ombella-M'Poko", "")),
    # brackets that end with a town, not a region
    ("On 4 March 2021, rebels abducted two herders in Ndassima (Djoubissi, Bambari).",
     ("Ndassima", "CAF", "Ouaka", "Bambari")),
    # the place "coded to" lies in the region just named, whatever nationals the note names
    ("On 4 March 2021, gunmen abducted three Chinese engineers in Guma LGA (Benue) [coded to "
     "Tse Akaa].", ("Tse Akaa", "NGA", "Benue", "")),
    # an unknown name before a settlement or district noun
    ("On 4 March 2021, rioters burned a bus in Kharbari upazila (Natore, Rajshahi).",
     ("Kharbari", "BGD", "Rajshahi", "")),
    ("On 4 March 2021, a mob beat a thief to death in Gatwekera slum of Nairobi.",
     ("Gatwekera", "KEN", "Nairobi", "")),
])
def test_how_acled_notes_place_a_village(text: str, where: tuple[str, str, str, str]) -> None:
    event = _first_coded(text)
    row = acled.to_row(event)
    country = event.location.country
    assert (row["location"], country, row["admin1"], row["admin2"] if where[3] else "") == where


def test_a_place_listed_before_its_district_is_the_events_place_in_that_state() -> None:
    # Pipri is also a town of Maharashtra; here it lies in Kaushambi district, Uttar Pradesh
    event = _first_coded("On 9 May 2020, a land dispute led to firing in Pipri, Kaushambi (UP), "
                         "leaving one man dead.")
    assert (event.location.name, event.location.admin1) == ("Pipri", "Uttar Pradesh")


def test_a_town_naming_a_road_is_not_the_events_place() -> None:
    event = _first_coded("On 27 December 2019, two soldiers were killed when their vehicle hit "
                         "an IED on the Kutulo-Khorof Kharar road in Wajir.")
    assert (event.location.name, event.location.country) == ("Wajir", "KEN")


@pytest.mark.parametrize(("text", "where"), [
    # a longer Arabic name is not the short one a gazetteer knows (France's Ain, Al Ain)
    ("On 8 May 2024, drones struck a car in Ras al Ain, killing two.",
     ("Ras al Ain", None)),
    ("On 8 May 2024, clashes erupted in Ain Issa between the SDF and SNA.", ("Ain Issa", "SYR")),
    # a village named with its Arabic article and what it is; the one region the sentence
    # names holds it, whatever country the actors are from
    ("On 8 May 2024, Turkish forces shelled QSD positions in Al-Hawayij town in the "
     "countryside of Deir ez Zor.", ("Al-Hawayij", "SYR")),
    ("On 8 May 2024, SAF clashed with Amhara militias at Wad Kholy (El Quresha locality, "
     "Gedaref state).", ("Wad Kholy", "SDN")),
])
def test_villages_of_arabic_names_and_listed_localities(
    text: str, where: tuple[str, str | None]
) -> None:
    event = _first_coded(text)
    assert (event.location.name, event.location.country) == where


def test_a_site_lies_in_the_town_named_after_it_not_in_a_namesake_abroad() -> None:
    found = eventkit.extract("UPC rebels attacked the displaced people's site at 'St. Joseph' "
                             "in Bambari. At least 4 civilians were killed.")
    (event,) = [e for e in found.events if e.acled_event_type]
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Bambari", "CAF")


def test_the_place_acled_coded_to_lies_in_the_region_its_sentence_names() -> None:
    found = eventkit.extract(
        "On 10 February 2021, SAF forces reclaimed territory from Ethiopian troops (presumed to "
        "be Amhara Liyu Police) at an area in Greater El Fashaga (Gedaref state) some 15km from "
        "the disputed border [coded to Barakhat]. One SAF soldier was killed, whilst 5 "
        "Ethiopian soldiers were reportedly killed.")
    (event,) = [e for e in found.events if e.acled_event_type]
    assert event.location is not None and event.location.country == "SDN"
    assert event.acled_sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("On 3 May 2024, Turkish forces shelled Tell Marwan village in the northern Raqqa "
         "countryside. No casualties were reported.", "Tell Marwan", "Raqqa"),
        ("On 3 May 2024, a drone struck a car on the road to Khirbat Suleiman in the countryside "
         "of Deir ez-Zor, killing two men.", "Khirbat Suleiman", "Deir ez-Zor"),
        ("On 3 May 2024, Israeli jets hit a warehouse in the area between Umm Tuwaina in Rural "
         "Damascus and the border.", "Umm Tuwaina", "Rif Dimashq"),
        ("On 3 May 2024, regime forces shelled opposition positions on the Ain Dakna axis in the "
         "countryside of Idlib.", "Ain Dakna", "Idlib"),
        ("On 3 May 2024, militants attacked army posts on Kafr Batikh axis in the countryside "
         "of Idlib.", "Kafr Batikh", "Idlib"),
    ],
)
def test_a_village_the_gazetteer_lacks_is_the_place_in_the_region_named_after_it(
    text: str, place: str, admin1: str
) -> None:
    location = _first_coded(text).location
    assert location is not None
    assert (location.name, location.country, location.admin1) == (place, "SYR", admin1)


def test_a_district_of_a_town_is_coded_to_the_town() -> None:
    location = _first_coded("Gunmen killed a trader in the Lakouanga district of Bangui.").location
    assert location is not None and location.name == "Bangui"


def test_a_people_is_no_village() -> None:
    names = [name for name, _, _ in _places(
        "A mob descended on the Christian neighbourhood of the town and stormed Hindu temples."
    )]
    assert "Christian" not in names


def test_a_village_placed_nowhere_lies_in_the_region_the_article_names() -> None:
    event = _first_coded("Clan militia raided Bur Dhuxun village in Galcad constituency, killing "
                         "four herders. The Hiran regional governor condemned the attack.")
    assert event.location is not None
    assert (event.location.name, event.location.country, event.location.admin1) == (
        "Bur Dhuxun", "SOM", "Hiran")


def test_a_neighbourhood_is_coded_to_its_town() -> None:
    location = _first_coded("On 3 June 2021, residents beat up two suspected thieves in "
                            "Kissy neighbourhood of Freetown city (Western Area Urban, "
                            "Western).").location
    assert location is not None and location.name == "Freetown"


def test_a_neighbourhood_given_with_its_districts_in_brackets_is_the_place() -> None:
    location = _first_coded("On 4 August 2023, clashes between SAF and RSF continued in Al "
                            "Thawra neighborhood (Omdurman - Al Thawra, Omdurman, Khartoum), "
                            "with RSF shelling reported.").location
    assert location is not None and location.name == "Al Thawra"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # ACLED's "City - Zone (State)": the city
        ("On 4 May 2023, in Manaus - North Zone (Amazonas), a man was shot dead by unknown "
         "gunmen.", "Manaus", "BRA", "Amazonas"),
        # "in Town, Region", where the gazetteer reads the town's name as a region
        ("On 4 May 2023, in Caldas, Antioquia, a man was shot dead by unknown gunmen.",
         "Caldas", "COL", "Antioquia"),
        ("On 4 May 2023, in Santa Barbara, Heredia, residents protested against a "
         "condominium.", "Santa Barbara", "CRI", "Heredia"),
        # a town read abroad when its brackets place it in another country's region
        ("On 4 May 2021, a trader was shot dead by unknown gunmen at Lologo (a.k.a. Kuba) "
         "(Juba county, Central Equatoria state).", "Kuba", "SSD", "Central Equatoria"),
    ],
)
def test_towns_as_acled_notes_write_them(text: str, name: str, country: str,
                                         admin1: str) -> None:
    place = _first_coded(text).location
    assert place is not None
    assert (place.name, place.country, place.admin1) == (name, country, admin1)


def test_a_month_after_in_is_a_date_not_a_town() -> None:
    assert [name for name, _, _ in _places("Police arrested 9 people in Gao in March.")] == [
        "Gao"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the place an ACLED note says it was coded as
        ("On 4 May 2021, in Ta Kaw village (Hpapun township, Kayin state) (coded as Hpapun), "
         "the military shelled the village.", "Hpapun"),
        ("On 4 May 2021, French forces conducted an airstrike at an unspecified location in "
         "northern Burkina Faso (coded as Djibo at geoprecision 3), killing 15 militants.",
         "Djibo"),
    ],
)
def test_the_place_a_note_says_it_was_coded_as(text: str, name: str) -> None:
    place = _first_coded(text).location
    assert place is not None and place.name == name


def test_an_actor_coded_as_is_no_place() -> None:
    text = ("On 8 February 2021, Ethiopian soldiers (described as coming from the Amhara "
            "region, and coded as Liyu Hayl) attacked SAF forces near Jabal Halawa (Sennar "
            "state).")
    assert "Liyu Hayl" not in [name for name, _, _ in _places(text)]


def test_a_village_the_gazetteer_lacks_is_coded_to_the_place_it_is_told_near() -> None:
    place = _first_coded("On 4 May 2021, farmers clashed with nomads in Kurdaya village, close "
                         "to Feina (Jebel Marra). Four people were killed.").location
    assert place is not None and place.name == "Feina"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 5 January 2024, gunmen killed 2 civilians in Lashio (Shan-North).", "Shan-North"),
        ("On 5 January 2024, gunmen killed 2 civilians in Kyaukme (Kyaukme, Shan-North).",
         "Shan-North"),
        ("On 5 January 2024, gunmen killed 2 civilians in Taungoo (Bago-East).", "Bago-East"),
    ],
)
def test_acleds_part_of_a_large_region_is_kept_as_its_admin1(text: str, admin1: str) -> None:
    (event,) = [e for e in eventkit.extract(text).events if e.acled_event_type]
    assert event.location is not None and event.location.admin1 == admin1
    assert event.location.country == "MMR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a governorate spelled as the press does; a province by its name before it split
        ("On 5 January 2024, gunmen killed 2 civilians in Saadah (Saadah).", "YEM"),
        ("On 5 January 2024, gunmen killed 2 civilians in Datu Piang (Maguindanao).", "PHL"),
    ],
)
def test_a_region_by_a_common_or_former_name_places_the_event(text: str, country: str) -> None:
    (event,) = [e for e in eventkit.extract(text).events if e.acled_event_type]
    assert event.location is not None and event.location.country == country


def test_a_barangay_is_coded_to_the_town_written_after_it() -> None:
    (event,) = [e for e in eventkit.extract(
        "On 5 January 2024, NPA rebels clashed with soldiers in Barangay Lumbia, Rizal "
        "(Kalinga).").events if e.acled_event_type]
    assert event.location is not None and event.location.name == "Rizal"
    assert event.location.country == "PHL"


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 29 January 2020, in Nyunzu, militiamen burned two men alive.", "Tanganyika"),
    ("On 3 May 2021, police fired tear gas at protesters in Lubumbashi.", "Haut-Katanga"),
    # Iraq and Yemen as ACLED's exports of 2024 spell them
    ("On 2 January 2024, unknown militants shot dead a man in Basra (Basra).", "Al Basrah"),
    ("On 6 January 2024, tribesmen clashed in Ataq (Shabwa).", "Shabwah"),
])
def test_regions_as_acled_writes_them_today(text: str, admin1: str) -> None:
    event = _first_coded(text)
    assert acled.to_row(event)["admin1"] == admin1


def test_a_region_keeps_the_name_the_note_gives_it() -> None:
    # Nepal's Madhesh was "Province 2" in ACLED's notes and rows until 2022
    event = _first_coded("On 3 May 2019, locals protested in Birgunj (Parsa, Province 2) against "
                         "the killing of a youth.")
    assert acled.to_row(event)["admin1"] == "Province 2"
    assert event.location is not None and event.location.iso3166_2 == "NP-P2"
    # not a district's name, nor a rank word
    event = _first_coded("On 7 April 2021, militants abducted two miners in Boussourdou, in the "
                         "department of Thiou (Thiou, Yatenga).")
    assert acled.to_row(event)["admin1"] == "Nord"


@pytest.mark.parametrize(("text", "admin1"), [
    # the note's own spelling of a region by another of its names
    ("On 3 May 2024, IRGC forces killed a kolbar in Sardasht (West Azarbaijan).",
     "West Azarbaijan"),
    # Iran's provinces in English where the note names none
    ("On 3 May 2024, protesters gathered in Yasuj.", "Kohgiluyeh and Boyer-Ahmad"),
])
def test_irans_provinces_as_acled_and_its_notes_write_them(text: str, admin1: str) -> None:
    assert acled.to_row(_first_coded(text))["admin1"] == admin1
