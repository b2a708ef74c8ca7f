"""ACLED-style notes written for eventkit from the codebook's definitions: one sentence
or two per note, in the phrasings analysts use across regions (clashes and ambushes, raids on
villages, strikes and shelling, protests and riots, arrests, looting, territory, tolls told
several ways). Each is coded as a whole by `extract` and judged on its sub-event type and
its fatalities; none is copied from ACLED's data."""

from __future__ import annotations

import pytest

import eventkit

CASES = [
    ("Attack", 0,
     "On 3 May 2021, unidentified gunmen attacked the office of the Independent National "
     "Electoral Commission in Enugu (Enugu)."),
    ("Disrupted weapons use", 0,
     "On 13 March 2019, the Special Task Force uncovered a large haul of weapons in a house in "
     "Vavuniya (Northern)."),
    ("Disrupted weapons use", 0,
     "On 3 May 2021, soldiers discovered weapons and ammunition hidden in a house in Kidal "
     "(Kidal)."),
    ("Mob violence", 0,
     "On 8 December 2019, a group of three men assaulted two off-duty police constables in a "
     "restaurant in Anamaduwa (North Western)."),
    ("Chemical weapon", 0,
     "On 12 April 2018, government helicopters dropped chlorine gas canisters on a "
     "neighbourhood of Douma (Rural Damascus), injuring 12 people."),
    ("Other", 0,
     "On 3 May 2021, a mass grave containing 20 bodies was discovered in Djibo (Soum, Sahel)."),
    ("Abduction/forced disappearance", 0,
     "On 5 October 2022, Ansaroul Islam militants abducted 5 civilians in Gao (Gao)."),
    ("Abduction/forced disappearance", 0,
     "On 5 October 2022, unidentified armed men kidnapped a local chief in Gao (Gao)."),
    ("Abduction/forced disappearance", 0,
     "On 5 October 2022, gunmen took 3 aid workers hostage near Gao (Gao)."),
    ("Abduction/forced disappearance", 0,
     "On 15 September 2023, bandits kidnapped 12 passengers travelling on the road near "
     "Kalehe (Sud-Kivu)."),
    ("Abduction/forced disappearance", 0,
     "On 9 August 2021, ISWAP militants abducted 4 aid workers on the road to Kalemie "
     "(Tanganyika)."),
    ("Abduction/forced disappearance", 0,
     "On 17 March 2020, masked gunmen abducted an activist from his home in Quetta "
     "(Balochistan)."),
    ("Abduction/forced disappearance", 0,
     "On 22 June 2019, militants abducted 7 people in Kidal (Kidal). They were released "
     "two days later after a ransom was paid."),
    ("Agreement", 0,
     "On 5 October 2022, Ansaroul and the government signed a ceasefire agreement in Gao "
     "(Gao)."),
    ("Agreement", 0,
     "On 9 August 2021, the government and the rebels signed a peace deal in Kalemie "
     "(Tanganyika)."),
    ("Air/drone strike", 7,
     "On 5 October 2022, a drone strike by Malian forces hit a Ansaroul position near Gao "
     "(Gao), killing 7 militants."),
    ("Air/drone strike", 0,
     "On 5 October 2022, the air force carried out airstrikes on Ansaroul positions near "
     "Gao (Gao). Casualties unknown."),
    ("Air/drone strike", 0,
     "On 15 September 2023, a Russian UAV struck a car in Kalehe (Sud-Kivu), wounding 2 "
     "civilians."),
    ("Air/drone strike", 3,
     "On 15 September 2023, military forces conducted airstrikes on a village near Kalehe "
     "(Sud-Kivu), killing 3 civilians."),
    ("Air/drone strike", 0,
     "On 15 September 2023, a Ukrainian drone attacked a power substation in Kalehe "
     "(Sud-Kivu), causing a fire."),
    ("Air/drone strike", 6,
     "On 9 August 2021, an Israeli airstrike hit a house in Kalemie (Tanganyika), killing "
     "6 people including 3 children."),
    ("Air/drone strike", 0,
     "On 17 March 2020, coalition warplanes carried out 5 airstrikes on Houthi positions "
     "in Quetta (Balochistan)."),
    ("Armed clash", 3,
     "On 5 October 2022, Malian forces clashed with Ansaroul Islam militants near Gao "
     "(Gao). 3 militants were killed."),
    ("Armed clash", 2,
     "On 5 October 2022, Ansaroul Islam militants attacked a military post in Gao (Gao), "
     "killing 2 soldiers."),
    ("Armed clash", 0,
     "On 5 October 2022, Ansaroul Islam militants ambushed a Malian army patrol near Gao "
     "(Gao). Casualties unknown."),
    ("Armed clash", 5,
     "On 5 October 2022, fighting broke out between Malian forces and Ansaroul Islam "
     "militants in Gao (Gao), leaving 5 dead."),
    ("Armed clash", 4,
     "On 5 October 2022, Malian forces repelled an attack by Ansaroul Islam militants on "
     "Gao (Gao), killing 4 assailants."),
    ("Armed clash", 1,
     "On 5 October 2022, Ansaroul Islam militants shot dead a soldier at a checkpoint in "
     "Gao (Gao)."),
    ("Armed clash", 2,
     "On 5 October 2022, Malian forces engaged Ansaroul Islam militants in a firefight "
     "near Gao (Gao). 2 militants were neutralized."),
    ("Armed clash", 5,
     "On 15 September 2023, members of the Nuer community clashed with Dinka youth in "
     "Kalehe (Sud-Kivu) over cattle. 5 people were killed."),
    ("Armed clash", 0,
     "On 15 September 2023, Fano militia and ENDF clashed in Kalehe (Sud-Kivu). Fatalities "
     "unknown."),
    ("Armed clash", 2,
     "On 15 September 2023, farmers and herders clashed in Kalehe (Sud-Kivu), leaving 2 "
     "dead."),
    ("Armed clash", 15,
     "On 15 September 2023, the army announced it had killed 15 terrorists in Kalehe "
     "(Sud-Kivu)."),
    ("Armed clash", 0,
     "On 15 September 2023, the Rapid Support Forces attacked Sudanese army positions in "
     "Kalehe (Sud-Kivu). Casualties unknown."),
    ("Armed clash", 2,
     "On 9 August 2021, police killed 2 suspected robbers in a shootout in Kalemie "
     "(Tanganyika)."),
    ("Armed clash", 1,
     "On 9 August 2021, a civilian was killed by a stray bullet during clashes between two "
     "armed groups in Kalemie (Tanganyika)."),
    ("Armed clash", 1,
     "On 9 August 2021, clashes erupted between the police and smugglers in Kalemie "
     "(Tanganyika); one smuggler was killed."),
    ("Armed clash", 4,
     "On 9 August 2021, ELN and FARC dissidents fought in Kalemie (Tanganyika), leaving 4 "
     "combatants dead."),
    ("Armed clash", 3,
     "On 17 March 2020, members of two rival gangs exchanged fire in Quetta (Balochistan), "
     "leaving 3 gang members dead."),
    ("Armed clash", 2,
     "On 17 March 2020, the New People's Army ambushed a police patrol in Quetta "
     "(Balochistan), killing 2 policemen."),
    ("Armed clash", 7,
     "On or around 22 June 2019, soldiers clashed with militants in Kidal (Kidal). "
     "According to local sources, 7 people were killed, including 5 militants and 2 "
     "soldiers."),
    ("Armed clash", 3,
     "Between 22 and 23 June 2019, fighting took place between the army and rebels in "
     "Kidal (Kidal). At least 3 rebels were reportedly killed."),
    ("Armed clash", 0,
     "As reported on 22 June 2019, the army clashed with militants in Kidal (Kidal). "
     "Fatalities unknown."),
    ("Armed clash", 10,
     "On 22 June 2019, the army killed several militants in Kidal (Kidal). The army "
     "claimed 10 militants were killed."),
    ("Armed clash", 20,
     "On 22 June 2019, heavy fighting between the army and rebels in Kidal (Kidal) left at "
     "least 20 fighters dead on both sides."),
    ("Armed clash", 6,
     "On 22 June 2019, the army repulsed an attack by militants on its base in Kidal "
     "(Kidal). Four militants and two soldiers were killed."),
    ("Arrests", 0,
     "On 5 October 2022, police arrested 3 suspected militants in Gao (Gao)."),
    ("Arrests", 0,
     "On 15 September 2023, police raided a house in Kalehe (Sud-Kivu) and arrested 4 "
     "members of a criminal gang."),
    ("Arrests", 0,
     "On 9 August 2021, the SDF arrested 10 suspected IS members in a raid in Kalemie "
     "(Tanganyika)."),
    ("Arrests", 0,
     "On 9 August 2021, Houthi forces detained 3 journalists in Kalemie (Tanganyika)."),
    ("Arrests", 0,
     "On 17 March 2020, authorities arrested a prominent opposition leader in Quetta "
     "(Balochistan)."),
    ("Attack", 4,
     "On 5 October 2022, Ansaroul Islam militants killed 4 civilians in Gao (Gao)."),
    ("Attack", 2,
     "On 5 October 2022, unidentified gunmen shot dead 2 traders in Gao (Gao)."),
    ("Attack", 1,
     "On 5 October 2022, Ansaroul Islam militants beheaded a farmer in Gao (Gao)."),
    ("Attack", 0,
     "On 5 October 2022, Malian forces beat and injured a civilian at a checkpoint in Gao "
     "(Gao)."),
    ("Attack", 3,
     "On 5 October 2022, Ansaroul Islam militants stormed a village near Gao (Gao) and "
     "killed 3 villagers."),
    ("Attack", 1,
     "On 5 October 2022, the body of a man who had been shot by unknown gunmen was found "
     "in Gao (Gao)."),
    ("Attack", 3,
     "On 15 September 2023, unidentified armed men (presumably Fulani militia) attacked a "
     "village near Kalehe (Sud-Kivu), killing 3 civilians and burning houses."),
    ("Attack", 0,
     "On 15 September 2023, Israeli forces fired at Palestinian farmers near Kalehe "
     "(Sud-Kivu). No injuries were reported."),
    ("Attack", 1,
     "On 15 September 2023, a man was stabbed to death by unknown assailants in Kalehe "
     "(Sud-Kivu)."),
    ("Attack", 3,
     "On 15 September 2023, the bodies of 3 men were found in Kalehe (Sud-Kivu). They had "
     "been shot dead."),
    ("Attack", 1,
     "On 15 September 2023, unknown gunmen assassinated a local councillor in Kalehe "
     "(Sud-Kivu)."),
    ("Attack", 5,
     "On 9 August 2021, an unidentified armed group attacked the village of Kabwe near "
     "Kalemie (Tanganyika), killing 5 civilians."),
    ("Attack", 2,
     "On 9 August 2021, soldiers killed 2 civilians in Kalemie (Tanganyika), accusing them "
     "of collaborating with the militants."),
    ("Attack", 0,
     "On 9 August 2021, members of the Imbonerakure beat up a man in Kalemie (Tanganyika)."),
    ("Attack", 1,
     "On 9 August 2021, the Taliban executed a former soldier in Kalemie (Tanganyika)."),
    ("Attack", 1,
     "On 9 August 2021, gang members shot dead a bus driver in Kalemie (Tanganyika)."),
    ("Attack", 15,
     "On 9 August 2021, Wagner forces and Malian soldiers killed 15 civilians in Kalemie "
     "(Tanganyika)."),
    ("Attack", 1,
     "On 9 August 2021, a trader was hacked to death with machetes by suspected Mai-Mai "
     "militiamen in Kalemie (Tanganyika)."),
    ("Attack", 0,
     "On 9 August 2021, unidentified gunmen opened fire on a bus in Kalemie (Tanganyika), "
     "injuring 4 passengers."),
    ("Attack", 1,
     "On 17 March 2020, members of a drug cartel killed a journalist in Quetta "
     "(Balochistan)."),
    ("Attack", 2,
     "On 17 March 2020, the military junta's soldiers shot and killed 2 villagers in "
     "Quetta (Balochistan)."),
    ("Attack", 0,
     "On 17 March 2020, unidentified assailants threw acid at a woman in Quetta "
     "(Balochistan)."),
    ("Attack", 1,
     "On 17 March 2020, a prisoner died in custody in Quetta (Balochistan) after being "
     "tortured by police."),
    ("Attack", 10,
     "On the night of 22 June 2019, gunmen raided a village in Kidal (Kidal) and killed "
     "between 10 and 15 civilians."),
    ("Attack", 12,
     "On 22 June 2019, militants attacked a village in Kidal (Kidal), killing a dozen "
     "civilians."),
    ("Attack", 2,
     "On 22 June 2019, a woman and her son were shot dead by unidentified gunmen in Kidal "
     "(Kidal)."),
    ("Attack", 3,
     "On 22 June 2019, militants attacked civilians in Kidal (Kidal). Three bodies were "
     "recovered."),
    ("Attack", 1,
     "On 22 June 2019, a child was killed and 3 others wounded when unidentified gunmen "
     "fired on a school bus in Kidal (Kidal)."),
    ("Change to group/activity", 0,
     "On 5 October 2022, Malian forces deployed reinforcements to Gao (Gao)."),
    ("Change to group/activity", 0,
     "On 15 September 2023, the government imposed a curfew in Kalehe (Sud-Kivu) following "
     "clashes."),
    ("Disrupted weapons use", 0,
     "On 5 October 2022, Malian forces defused an IED planted on a road near Gao (Gao)."),
    ("Disrupted weapons use", 0,
     "On 5 October 2022, Malian forces seized a weapons cache belonging to Ansaroul Islam "
     "militants in Gao (Gao)."),
    ("Disrupted weapons use", 0,
     "On 15 September 2023, the Houthis launched a ballistic missile at Kalehe (Sud-Kivu). "
     "The missile was intercepted by air defenses."),
    ("Excessive force against protesters", 2,
     "On 5 October 2022, security forces opened fire on protesters in Gao (Gao), killing "
     "2."),
    ("Excessive force against protesters", 1,
     "On 15 September 2023, police shot dead a protester during a demonstration against "
     "rising prices in Kalehe (Sud-Kivu)."),
    ("Excessive force against protesters", 3,
     "On 9 August 2021, soldiers fired live rounds at demonstrators in Kalemie "
     "(Tanganyika), killing 3."),
    ("Excessive force against protesters", 0,
     "On 17 March 2020, police fired rubber bullets and live ammunition at protesters in "
     "Quetta (Balochistan), seriously injuring 6."),
    ("Government regains territory", 6,
     "On 5 October 2022, Malian forces recaptured Gao (Gao) from Ansaroul Islam militants "
     "after heavy fighting. 6 militants were killed."),
    ("Government regains territory", 0,
     "On 9 August 2021, the army's 5th division took control of Kalemie (Tanganyika) after "
     "the militants fled."),
    ("Grenade", 0,
     "On 5 October 2022, unidentified men threw a grenade at a bar in Gao (Gao), injuring "
     "3 people."),
    ("Grenade", 0,
     "On 15 September 2023, Al Shabaab militants hurled grenades at an AMISOM base in "
     "Kalehe (Sud-Kivu). No casualties were reported."),
    ("Headquarters or base established", 0,
     "On 5 October 2022, Ansaroul Islam militants established a base in Gao (Gao)."),
    ("Looting/property destruction", 0,
     "On 5 October 2022, Ansaroul Islam militants looted shops and burned houses in Gao "
     "(Gao)."),
    ("Looting/property destruction", 0,
     "On 15 September 2023, Israeli settlers uprooted 50 olive trees belonging to "
     "Palestinians in Kalehe (Sud-Kivu)."),
    ("Looting/property destruction", 0,
     "On 15 September 2023, Israeli forces demolished 3 Palestinian houses in Kalehe "
     "(Sud-Kivu)."),
    ("Looting/property destruction", 0,
     "On 9 August 2021, an unidentified group set fire to a school in Kalemie "
     "(Tanganyika)."),
    ("Looting/property destruction", 0,
     "On 17 March 2020, unknown persons vandalized the office of a political party in "
     "Quetta (Balochistan)."),
    ("Mob violence", 1,
     "On 5 October 2022, a mob lynched a suspected thief in Gao (Gao)."),
    ("Mob violence", 0,
     "On 5 October 2022, residents attacked and injured two suspected witches in Gao "
     "(Gao)."),
    ("Mob violence", 0,
     "On 15 September 2023, supporters of two rival parties clashed with sticks and stones "
     "in Kalehe (Sud-Kivu). Several people were injured."),
    ("Mob violence", 1,
     "On 9 August 2021, villagers lynched a man accused of witchcraft in Kalemie "
     "(Tanganyika)."),
    ("Mob violence", 0,
     "On 17 March 2020, a group of men armed with sticks attacked a Christian family in "
     "Quetta (Balochistan), injuring 3 people."),
    ("Mob violence", 0,
     "On 17 March 2020, a crowd beat a suspected kidnapper in Quetta (Balochistan) before "
     "police intervened."),
    ("Non-state actor overtakes territory", 0,
     "On 5 October 2022, Ansaroul Islam militants seized control of Gao (Gao) after "
     "government forces withdrew following clashes."),
    ("Non-violent transfer of territory", 0,
     "On 5 October 2022, Malian forces withdrew from Gao (Gao), and Ansaroul Islam "
     "militants took control of the town without fighting."),
    ("Peaceful protest", 0,
     "On 5 October 2022, traders protested in Gao (Gao) against new market taxes."),
    ("Peaceful protest", 0,
     "On 5 October 2022, hundreds of residents held a demonstration in Gao (Gao) to "
     "denounce insecurity."),
    ("Peaceful protest", 0,
     "On 15 September 2023, a group of around 50 people staged a sit-in in front of the "
     "governorate building in Kalehe (Sud-Kivu), demanding jobs."),
    ("Peaceful protest", 0,
     "On 15 September 2023, hundreds of supporters of the ruling party marched in Kalehe "
     "(Sud-Kivu) to celebrate the election result."),
    ("Peaceful protest", 0,
     "On 15 September 2023, students boycotted classes in Kalehe (Sud-Kivu) to protest "
     "against fee increases."),
    ("Peaceful protest", 0,
     "On 9 August 2021, 200 teachers held a protest in front of the Ministry of Education "
     "in Kalemie (Tanganyika) over unpaid salaries."),
    ("Peaceful protest", 0,
     "On 9 August 2021, women marched in Kalemie (Tanganyika) to demand the release of "
     "abducted schoolgirls."),
    ("Peaceful protest", 0,
     "On 17 March 2020, lawyers staged a walkout in Quetta (Balochistan) to protest the "
     "arrest of a colleague."),
    ("Peaceful protest", 0,
     "On 17 March 2020, around 300 Rohingya refugees rallied in Quetta (Balochistan) "
     "demanding repatriation."),
    ("Peaceful protest", 0,
     "On 17 March 2020, relatives of missing persons held a vigil in Quetta (Balochistan)."),
    ("Protest with intervention", 0,
     "On 5 October 2022, police dispersed students protesting in Gao (Gao) over unpaid "
     "grants."),
    ("Protest with intervention", 0,
     "On 5 October 2022, police arrested 10 demonstrators during a protest against fuel "
     "prices in Gao (Gao)."),
    ("Protest with intervention", 0,
     "On 15 September 2023, police fired tear gas to disperse supporters of the opposition "
     "who were protesting in Kalehe (Sud-Kivu)."),
    ("Protest with intervention", 0,
     "On 17 March 2020, police baton-charged members of the opposition party who were "
     "holding a rally in Quetta (Balochistan)."),
    ("Remote explosive/landmine/IED", 2,
     "On 5 October 2022, a Malian military vehicle hit an IED near Gao (Gao), killing 2 "
     "soldiers."),
    ("Remote explosive/landmine/IED", 0,
     "On 5 October 2022, an IED exploded near a market in Gao (Gao). No casualties were "
     "reported."),
    ("Remote explosive/landmine/IED", 1,
     "On 5 October 2022, a landmine left from the war exploded in a field near Gao (Gao), "
     "killing a shepherd."),
    ("Remote explosive/landmine/IED", 0,
     "On 15 September 2023, a roadside bomb targeting a police patrol exploded in Kalehe "
     "(Sud-Kivu), wounding 3 officers."),
    ("Remote explosive/landmine/IED", 2,
     "On 15 September 2023, a civilian vehicle ran over a landmine near Kalehe (Sud-Kivu), "
     "killing 2 occupants."),
    ("Remote explosive/landmine/IED", 0,
     "On 9 August 2021, an explosive device planted by unknown persons detonated near a "
     "police station in Kalemie (Tanganyika)."),
    ("Remote explosive/landmine/IED", 4,
     "On 17 March 2020, a bomb attached to a motorcycle exploded in a market in Quetta "
     "(Balochistan), killing 4 people."),
    ("Sexual violence", 0,
     "On 5 October 2022, Malian forces raped 2 women in Gao (Gao)."),
    ("Sexual violence", 0,
     "On 9 August 2021, a woman was raped by an FDLR combatant in Kalemie (Tanganyika)."),
    ("Shelling/artillery/missile attack", 0,
     "On 5 October 2022, Ansaroul Islam militants fired mortars at a military camp in Gao "
     "(Gao). No casualties reported."),
    ("Shelling/artillery/missile attack", 1,
     "On 5 October 2022, Malian forces shelled a village near Gao (Gao), killing a child."),
    ("Shelling/artillery/missile attack", 2,
     "On 15 September 2023, Russian forces shelled residential areas of Kalehe (Sud-Kivu), "
     "killing 2 civilians and injuring 5."),
    ("Shelling/artillery/missile attack", 0,
     "On 9 August 2021, Turkish forces shelled SDF positions near Kalemie (Tanganyika)."),
    ("Shelling/artillery/missile attack", 0,
     "On 9 August 2021, Hezbollah fired anti-tank missiles at an IDF post near Kalemie "
     "(Tanganyika)."),
    ("Shelling/artillery/missile attack", 0,
     "On 17 March 2020, a Katyusha rocket hit the Green Zone in Quetta (Balochistan), "
     "causing no casualties."),
    ("Suicide bomb", 5,
     "On 5 October 2022, a suicide bomber blew himself up at a checkpoint in Gao (Gao), "
     "killing 4 soldiers."),
    ("Suicide bomb", 13,
     "On 9 August 2021, al-Shabaab carried out a suicide car bomb attack on a hotel in "
     "Kalemie (Tanganyika), killing 12 people."),
    ("Violent demonstration", 0,
     "On 5 October 2022, youths burned tyres and blocked roads in Gao (Gao) to protest the "
     "killing of a motorcyclist."),
    ("Violent demonstration", 0,
     "On 5 October 2022, demonstrators threw stones at police in Gao (Gao) during a "
     "protest over power cuts."),
    ("Violent demonstration", 0,
     "On 15 September 2023, angry residents set fire to a police station in Kalehe "
     "(Sud-Kivu) after the death of a man in custody."),
    ("Violent demonstration", 0,
     "On 9 August 2021, residents blocked the main road in Kalemie (Tanganyika) with "
     "burning tyres to protest against power cuts."),
    ("Violent demonstration", 0,
     "On 17 March 2020, protesters stormed the provincial council building in Quetta "
     "(Balochistan) and set part of it on fire."),
]


@pytest.mark.parametrize(("sub", "fatalities", "text"), CASES)
def test_a_note_is_coded_by_its_sub_event_type_and_toll(sub: str, fatalities: int, text: str) -> None:
    coded = [event for event in eventkit.extract(text).events
             if event.acled_event_type and event.modality == "actual"]
    assert coded, f"no ACLED event in {text!r}"
    assert (coded[0].acled_sub_event_type, coded[0].fatalities) == (sub, fatalities)


def test_every_sub_event_type_is_covered() -> None:
    from eventkit import codebooks

    covered = {sub for sub, _, _ in CASES}
    assert covered == {row.sub_event_type for row in codebooks.acled_sub_event_types}
