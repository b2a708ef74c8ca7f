"""Noun phrases that decide an event's roles: a role word describing the named group after
it, a strike on a target against a walkout, a word in -s heading a prepositional object."""

from __future__ import annotations

import pytest

import eventkit


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(event.cameo, event.actor1 and event.actor1.name, event.actor2 and event.actor2.name)
            for event in eventkit.extract(text, published="2024-05-13").events]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fighting between Sudan's army and the paramilitary Rapid Support Forces killed 38.",
         "Rapid Support Forces"),
        ("Somali militant group al-Shabaab attacked a police station in Mogadishu.",
         "al-Shabaab"),
        ("Islamist militants Boko Haram killed 12 villagers in Borno on Monday.", "Boko Haram"),
    ],
)
def test_a_role_word_before_a_group_name_describes_the_group(text: str, group: str) -> None:
    actors = [actor.name for actor in eventkit.extract(text).actors]
    assert group in actors
    assert not {"paramilitary", "militant group", "militants"} & set(actors)
    assert any(group in (actor1, actor2) for _, actor1, actor2 in _events(text))


def test_two_actors_side_by_side_stay_two() -> None:
    actors = [actor.name for actor in eventkit.extract("Nigerian troops ISWAP fighters clashed.")
              .actors]
    assert "ISWAP" in actors and len(actors) == 2


def test_a_strike_on_a_target_is_an_attack_with_its_target() -> None:
    events = _events("The Israeli military said its jets carried out strikes on Hezbollah "
                     "targets in southern Lebanon.")
    assert ("195", "Israel Defense Forces", "Hezbollah") in events
    assert not any(actor1 == "Hezbollah" for _, actor1, _ in events)  # "targets" is no verb


@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike against the new pay law.",
        "The union called a strike against the government's reforms on Monday.",
    ],
)
def test_a_walkout_is_no_attack(text: str) -> None:
    assert not [code for code, _, _ in _events(text) if code and code.startswith("19")]


_AITAROUN = (
    "BEIRUT, Nov 7 (AFP) - An Israeli air strike on a house in Aitaroun killed a woman on "
    "Monday.\n\nHezbollah said it fired rockets at Kiryat Shmona on Monday evening.\n\n"
    "Caretaker Prime Minister Najib Mikati condemned the strike on Aitaroun in a statement on "
    "Tuesday."
)


def test_a_condemned_strike_is_the_strike_told_before_not_another() -> None:
    events = eventkit.extract(_AITAROUN, published="2023-11-07").events
    strikes = [event for event in events if event.cameo and event.cameo.startswith("195")]
    assert len(strikes) == 1 and str(strikes[0].date.start) == "2023-11-06"  # type: ignore[union-attr]


def test_a_judging_verb_takes_the_date_of_its_own_sentence() -> None:
    events = eventkit.extract(_AITAROUN, published="2023-11-07").events
    (condemned,) = [event for event in events if event.cameo == "111"]
    assert condemned.date is not None and condemned.date.text == "Tuesday"


def test_the_target_of_an_event_noun_is_not_the_subject_of_its_verb() -> None:
    # "A strike on a school ... killed 12": the school is the strike's target, not a killer.
    events = _events("A strike on a school in Khan Younis killed 12 people.")
    assert events and all(actor1 != "school" for _, actor1, _ in events)
    assert ("195", "Military of Israel", "woman") in _events(
        "An Israeli strike on a house in Aitaroun killed a woman on Monday."
    )


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in eventkit.extract(text, published="2025-01-01").events]


def test_a_reduced_relative_clause_is_passed_over_to_its_head() -> None:
    # "pursuing the kidnappers" describes the troops: they clashed, and "them" is the
    # kidnappers.
    assert ("190", "Nigerian troops", "kidnappers") in _sides(
        "Nigerian troops pursuing the kidnappers clashed with them in a forest on Monday.")
    assert ("190", "soldiers", "rebels") in _sides(
        "Soldiers loyal to the president attacked rebels near Gao on Monday.")
    assert ("190", "militias", "United States") in _sides(
        "Militias backed by Iran attacked US troops in Syria on Monday.")


def test_rebels_and_criminals_without_a_country_belong_where_they_act() -> None:
    (clash,) = [e for e in eventkit.extract(
        "Troops clashed with kidnappers near Kajuru, Kaduna state, on Monday.",
        published="2025-01-01").events if e.root == "19"]
    assert clash.actor2 is not None and clash.actor2.country == "NGA"


def test_fighting_told_again_is_between_the_sides_told_before() -> None:
    text = ("Heavy fighting between Sudan's army and the Rapid Support Forces erupted in El "
            "Fasher on Saturday. Clashes broke out again on Sunday evening in the city.")
    clashes = [e for e in eventkit.extract(text, published="2024-05-13").events
               if e.root == "19" and any(s.text == "Clashes" for s in e.evidence)]
    assert clashes and all(e.actor1 is not None and e.actor2 is not None for e in clashes)


def test_the_harmed_told_by_a_reporting_passive_are_its_victims() -> None:
    # "were reported injured" is a passive as "were reportedly injured" is: the protesters
    # were hurt, they hurt no one
    events = eventkit.extract("Police fired tear gas at teachers protesting in Karachi on "
                              "Monday. Several protesters were reported injured.",
                              published="2025-01-01").events
    assert not [e for e in events if e.actor1 and e.actor1.kind == "rioters"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # a headline's passive without its auxiliary, and a reduced relative clause
        ("Two soldiers killed in an ambush near Gao on Monday.", "soldiers"),
        ("A journalist was among two men killed when gunmen opened fire in Bhojpur.", "men"),
        ("Three civilians abducted by militants in Borno on Sunday.", "civilians"),
        ("A youth tortured to death in detention was buried on Monday in Kano.", "youth"),
    ],
)
def test_harm_needing_an_object_told_without_one_is_a_passive(text: str, victims: str) -> None:
    events = eventkit.extract(text, published="2025-01-01").events
    harmed = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert harmed
    assert all(e.actor1 is None or e.actor1.name != victims for e in harmed)
    assert any(e.actor2 is not None and e.actor2.name in (victims, "civilians") for e in harmed)


def test_harm_needing_an_object_keeps_its_object_after_at_least() -> None:
    # "killed at least 35 civilians" names the object after "at": still the active voice
    events = eventkit.extract("On 24 December 2021, Myanmar soldiers killed at least 35 "
                              "civilians near Mo So (Kayah).", published=None).events
    assert events[0].acled_sub_event_type == "Attack"
    assert events[0].actor1 is not None and events[0].actor1.kind == "military"


def test_the_agent_after_by_and_a_number_word_did_it() -> None:
    events = eventkit.extract("On 5 June 2021, in Kalaw (Shan), villagers were assaulted by "
                              "four soldiers.", published=None).events
    assert [(e.actor1 and e.actor1.kind, e.actor2 and e.actor2.name) for e in events] == [
        ("military", "villagers")]


def test_a_day_named_like_a_group_is_a_date() -> None:
    # the Phoenix dictionaries' Greek "May 15" group: the bare date is no name
    found = eventkit.extract("On May 15, residents in Kano burned tyres.", published=None)
    assert [actor.name for actor in found.actors] == ["residents"]


def test_the_object_of_a_verb_before_and_is_not_the_next_verbs_subject() -> None:
    events = eventkit.extract("On 26 December 2020, in Man Pang village (Kutkai, Shan State), "
                              "Myanmar military used a villager as a guide and destroyed his "
                              "motorcycle.", published=None).events
    assert [(e.actor1 and e.actor1.kind) for e in events] == ["military"]


def test_an_abstract_noun_is_no_actor() -> None:
    # the Phoenix agents' "governance": what a crowd protests, not a government
    assert eventkit.resolve_actor("governance") is None


def test_a_harm_describing_someone_after_of_is_background() -> None:
    # the dead a crowd's members are relatives of: the protest's reason, no event, no toll
    events = eventkit.extract("On 6 May 2023, relatives of 3 people killed by police "
                              "protested in Rosario (Santa Fe).", published=None).events
    assert [(e.acled_sub_event_type, e.fatalities, e.actor1 and e.actor1.kind)
            for e in events] == [("Peaceful protest", 0, "protesters")]


def test_a_participle_before_by_is_a_passive_whose_doer_is_no_subject() -> None:
    events = eventkit.extract("On 25 October 2021, military forces of Sudan led by General "
                              "Abdel Fattah al-Burhan detained Prime Minister Abdalla Hamdok "
                              "in Khartoum.", published=None).events
    arrest = next(e for e in events if e.acled_sub_event_type == "Arrests")
    assert arrest.actor1 is not None and arrest.actor1.kind == "military"
    attacked = eventkit.extract("Protesters attacked by police fled to a church in Lagos.",
                                published=None).events
    # the protesters were attacked: force against a demonstration, not a riot
    assert [e.acled_event_type for e in attacked] == ["Protests"]


@pytest.mark.parametrize("text", [
    "On 26 October 2019, the military carried out an airstrike on an NPA camp in Las Navas.",
    "On 26 October 2019, NPA rebels clashed with the military in Las Navas.",
    "On 30 December 2020, the Nigerian Airforce conducted air strikes against ISWAP in Borno.",
])
def test_the_military_alone_is_the_states_forces(text: str) -> None:
    events = eventkit.extract(text, published=None).events
    assert any(actor is not None and actor.kind == "military"
               for e in events for actor in (e.actor1, e.actor2))


def test_the_victims_of_violence_against_civilians_are_civilians() -> None:
    # a businessman is a civilian to ACLED, not an "other" organisation
    event = eventkit.extract("On 5 May 2020, a businessman was abducted by armed men in "
                             "Chimoio (Manica).", published=None).events[0]
    assert event.acled_sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 is not None and event.actor2.kind == "civilians"


@pytest.mark.parametrize(("phrase", "kind", "country"), [
    # ACLED's types: the Somali region's special police are state forces; the Central
    # African armed groups of the CPC coalition are political militias
    ("Liyu Police paramilitaries", "police", "ETH"),
    ("suspected UPC fighters", "militia", "CAF"),
    ("3R rebels", "militia", "CAF"),
])
def test_groups_typed_as_acled_types_them(phrase: str, kind: str, country: str) -> None:
    actor = eventkit.resolve_actor(phrase)
    assert actor is not None and (actor.kind, actor.country) == (kind, country)


@pytest.mark.parametrize(("text", "civilians"), [
    ("On 21 March 2024, Israeli warplanes struck houses west of Gaza City.", True),
    ("On 7 May 2023, a grenade was detonated outside a bar in La Mulata (Tachira).", True),
    # a village shelled has no second side in ACLED's rows
    ("On 27 August 2024, regime forces shelled the vicinity of Afes village (Idleb).", False),
])
def test_remote_violence_on_homes_and_haunts_hits_civilians(text: str, civilians: bool) -> None:
    event = eventkit.extract(text, published=None).events[0]
    assert (event.actor2 is not None and event.actor2.kind == "civilians") == civilians


def test_the_force_that_stopped_a_riot_is_its_second_side() -> None:
    event = eventkit.extract("On 2 May 1997, students rioted in Bamako (Bamako), burning tires in "
                             "the street. Police responded with teargas.", published=None).events[0]
    assert event.acled_sub_event_type == "Violent demonstration"
    assert event.actor2 is not None and (event.actor2.kind, event.actor2.country) == (
        "police", "MLI")
    # not the police a mob handed its victim to
    event = eventkit.extract("On 2 May 2020, villagers beat a suspected thief in Kano (Kano) "
                             "and handed him to the police.", published=None).events[0]
    assert event.actor2 is None or event.actor2.kind != "police"


def test_a_serviceman_who_does_violence_is_his_force_and_one_harmed_a_civilian() -> None:
    raped = eventkit.extract("On 13 March 2019, a police officer raped a woman in custody in "
                             "Kagadi (Western).", published=None).events[0]
    assert raped.actor1 is not None and raped.actor1.kind == "police"
    shot = eventkit.extract("On 28 December 2020, a police officer was shot dead by "
                            "unidentified assailants in Dasmarinas (Cavite).",
                            published=None).events[0]
    assert shot.acled_sub_event_type == "Attack"  # off duty: ACLED's civilian victim


@pytest.mark.parametrize("text", [
    "On 2 January 2021, six artillery shells landed in Pang Chin village (Namtu, Shan State).",
    "On 30 November 2023, in Macapa (Amapa), a drug trafficking suspect exchanged fire with "
    "military police.",
])
def test_a_side_left_unnamed_is_an_unidentified_armed_group(text: str) -> None:
    event = eventkit.extract(text, published=None).events[0]
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
