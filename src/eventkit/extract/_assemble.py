"""From found triggers to `Event` records: ACLED and PLOVER coding, place, date, units,
statement events, and one event per real occurrence within the article."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from attrs import evolve

from .. import codebooks, gazetteer
from .._crosswalk import ACLED_ACTOR_TYPES, sub_event_type_of
from .._models import (
    Actor,
    ActorKind,
    Event,
    FuzzyDate,
    Location,
    MilitaryUnit,
    Span,
    Statement,
    replaced,
)
from ._entities import (
    FUNCTION_WORDS,
    PETTY_CRIMINALS,
    coded_to,
    country_location,
    named_actor,
    span_order,
    state_actor,
)
from ._events import (
    ACCIDENTS,
    ACLED_BY_WEAPON,
    ARMED_KINDS,
    CAMEO_BY_WEAPON,
    CIVILIAN_WORDS,
    DEATH_WORDS,
    DOWNING_RULES,
    INJURY_WORDS,
    LABEL_RULE,
    PROTEST_CAUSES,
    REPELLED,
    SYMBOLS,
    THE_BOMBER,
    TOOK_PART,
    UNORGANISED_KINDS,
    WEAPON_PRECEDENCE,
    WEAPON_WORDS,
    _coded_apart,
    _token_index,
    crowds_cause,
    crowds_force,
    release_demanded,
)
from ._numbers import number_value
from ._text import DETERMINERS, in_dateline, tokenize

if TYPE_CHECKING:
    from ._events import _Coder, _Found

__all__ = ["assemble"]

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
PROTEST_INTERVENTION = frozenset(
    [
        "dispersed",
        "disperse",
        "dispersing",
        "tear",
        "teargas",
        "arrested",
        "detained",
        "broke",
        "cannon",  # (a water cannon: not "water" alone, "over water shortages")
        "cannons",
        "intervened",
        "intervention",
    ]
)
EXCESSIVE_FORCE = frozenset(["killed", "shot", "fired", "live", "ammunition", "ammo", "opened",
                             "bullets"])
RIOT_WORDS = frozenset(
    [
        "stones",
        "rocks",
        "torched",
        "burned",
        "vandalized",
        "vandalised",
        "looted",
        "clashed",
        "clash",  # "engaged in a physical clash with the police"
        "smashed",
        "rioted",
        "violently",
        "violent",
        "burnt",
        "barricades",
        "ransacked",
        "stoned",
        "projectiles",  # "blocked the road by throwing projectiles"
        "molotov",
        "windows",
        "vandalism",
        "barged",  # "attempted to forcibly barge inside the Secretariat"
        "barge",
        "bonfires",  # lit on a road, as burning tyres are (ACLED: a violent demonstration)
        "tyres",
        "tires",
    ]
)
# Armed people among the victims: not (only) civilians.
ARMED_VICTIMS = frozenset("soldier soldiers troops policemen police officers militants fighters "
                          "rebels personnel servicemen gunmen".split())
PROTEST_WORDS = frozenset(
    "protest protests protesting protesters protestors demonstration demonstrations "
    "demonstrators demonstrating rally rallies marchers marching picket vigil "  # not "march": the month
    "sit".split()  # ("a sit-in": the words split at the hyphen, "sit", "-", "in")
)
# Words that say where an arrested person was taken is unknown: a forced disappearance.
DISAPPEARANCE_WORDS = frozenset({"whereabouts", "unknown", "disappeared", "incommunicado"})
# Weapons of organised armed groups: violence with them is no riot.
_ORGANISED_WEAPONS = frozenset({"air", "drone", "artillery", "missile", "ied", "suicide",
                                "grenade", "chemical"})
_STATE = frozenset({"state", "government", "military", "police"})
# Territory changing hands without armed interaction is a strategic development.
_COMBAT = frozenset("clashes clash fighting fought battle battles firefight attack attacks "
                    "killed".split())
_UNOPPOSED = frozenset({"withdrew", "withdraw", "withdraws", "without", "unopposed", "handed",
                        "handover", "peacefully"})


def _acled(
    event: _Found,
    actor1: Actor | None,
    actor2: Actor | None,
    norms: list[str],
    refine: bool = True,
    after: Sequence[str] = (),
    cause: bool = False,
) -> str | None:
    """The ACLED sub-event type; ``refine``: let the weapon named refine the CAMEO code too
    (not when a PETRARCH set alone codes: its verb patterns' codes are the set's word);
    ``after``: the words of the sentences that follow in the paragraph; ``cause``: whether the
    event is told as what a crowd marched over ("protesting the attacks")."""
    sub = event.acled
    root = event.cameo[:2]
    weapon = event.weapon
    if sub is None and root == "14":
        # a dictionary verb's demonstration ("residents held a violent demonstration"): the
        # crosswalk's sub-type, refined below like a trigger's
        sub = sub_event_type_of(event.cameo, actor1, actor2)
    if sub is None and event.rule == "verb:MARCH" and actor1 is not None and (
        actor1.kind in _CROWD_KINDS
    ):
        # "demonstrators marched to support Venezuela's claim": CAMEO codes the support the
        # march voiced (051); for ACLED a crowd that marched demonstrated, whatever for
        sub = "Peaceful protest"
    if sub is None and event.cameo == "084" and _captives_released(actor2, norms):
        # "released 4 soldiers captured in 2019", "freed 20 detainees after mediation":
        # ACLED's agreements include prisoner releases
        sub, event.cameo = "Agreement", "0841"
    if event.rule == "trigger:t-intercept" and actor2 is not None and (
        actor2.kind in _UNARMED_VICTIMS or _unarmed(actor2)
    ):
        return None  # "intercepted a group of Syrian nationals crossing the border": no arms
    if event.rule in _DOWNED_CRAFT:
        return sub  # the aircraft named is the target, not the weapon
    if sub in ("Violent demonstration", "Mob violence") and actor1 is not None and (
        actor1.kind in ARMED_KINDS
    ) and event.rule.startswith(("verb:", "trigger:t-throw")):
        # stones thrown by gunmen are part of their attack, no riot ("gunmen stopped a
        # protest, firing gunshots, throwing stones"), as is the police's assault ("police
        # arrested five demonstrators and assaulted two others"): coded below as violence,
        # by its victims (a riot's word, "rioted", keeps soldiers who riot a riot)
        sub, event.cameo = "Attack", "190"
    if sub == "Looting/property destruction" and event.rule == "trigger:t-destroy" and any(
        word in WEAPON_WORDS and ("with" in norms[max(0, position - 4) : position] or (
            position < _destroyed_at(norms) and _armament(norms, position)))
        for position, word in enumerate(norms)
    ):
        # "destroyed an Israeli tank with a Thaqeb IED", "an IED planted by Taliban destroyed
        # an Afghan military vehicle": an attack, by the weapon named
        sub, event.cameo = "Attack", "190"
    elif sub == "Looting/property destruction" and event.rule == "trigger:t-destroy" and (
        actor1 is not None and actor2 is not None and actor2.kind in ARMED_KINDS
        and event.fatalities
    ):
        # "destroyed an IS vehicle ..., leaving 10 militants dead": an attack on the armed
        # men, no property destroyed
        sub, event.cameo = "Armed clash", "190"
    if root in VIOLENT_ROOTS or sub in ("Armed clash", "Attack") or sub in ACLED_BY_WEAPON.values():
        named = {
            "grenade" if _thrown_explosive(norms, position) else WEAPON_WORDS[word]
            for position, word in enumerate(norms)
            if word in WEAPON_WORDS and _armament(norms, position)
        } | {
            # "Russian air forces launched a missile strike": from the air; "heavy weapons":
            # artillery
            _TWO_WORD_WEAPONS[pair] for position, pair in enumerate(pairwise(norms))
            if pair in _TWO_WORD_WEAPONS and not (
                # "Air Force Intelligence Directorate members kidnapped": an agency's name
                pair[0] == "air" and norms[position + 2 : position + 3] == ["intelligence"])
        }
        if event.rule == "trigger:t-bomb-v" and actor1 is not None and actor1.kind == "military":
            weapon = "air"  # a state's forces that "bombed" did it from the air; groups plant
        if event.rule == "trigger:t-strike-v" and not named and _struck_from_afar(norms) and (
            actor1 is not None and actor1.kind == "military"
        ):
            weapon = "air"  # "the Israeli army struck a building": a strike, told as one
        if not named and event.rule in _GENERIC_BLASTS and _counted_blasts(norms):
            weapon = "artillery"  # "observed a total of 3 explosions": fire, not a bomb
        if weapon not in (None, "gun") and not (named and event.rule in _GENERIC_BLASTS):
            named.add(weapon)  # ("artillery shell explosions": the shells, not a bomb)
        if "grenade" in named and (_GUNS.intersection(norms) or "stun" in norms):
            # "stun grenades" scatter a crowd; used with firearms, grenades make a clash
            named.discard("grenade")
            if weapon == "grenade":
                weapon = None
        for candidate in WEAPON_PRECEDENCE:
            if candidate in named:
                weapon = candidate
                break
        if weapon in ("grenade", "artillery", "missile", "ied") and not (
            _WAR_REMNANTS.isdisjoint(norms) and _WAR_REMNANTS.isdisjoint(after)
        ):
            # "an unexploded grenade left from an exercise", "unexploded ordnance": war's
            # remnants set off are a remote explosive (the codebook: UXO)
            weapon = "ied"
        event.weapon = weapon
        victims_civilian = (actor2 is not None and (
            actor2.kind == "civilians" or _unarmed(actor2)
            # ("opened fire on a vehicle carrying the Deputy Minister": armed force, or deaths,
            # on one who bears no arms; not police who "surrounded" a car near an office)
            or (_unarmed_person(actor2) and _CLASHING.isdisjoint(norms)
                and (weapon is not None or bool(event.fatalities)))
            # "assaulted people", "beat two men", "the father of the man": people no text
            # calls armed
            or (actor2.kind == "unknown" and (
                _head(actor2) in _CROWD_NOUNS or _head(actor2) in CIVILIAN_WORDS))
            # "whipped two suspected thieves": people held for a crime, beaten (no gang
            # fought)
            or ((actor2.cameo or "").endswith("CRM") and event.cameo[:3] in _MISTREATING)
        )) or (actor2 is None and any(word in CIVILIAN_WORDS for word in norms))
        if victims_civilian and (actor2 is None or actor2.kind == "civilians") and (
            _forces_among_dead(norms)
        ) and actor1 is not None and actor1.kind in ("rebel", "militia"):
            # "launches an attack on a border town, killing three civilians and five police":
            # the forces it fought are among its dead, a battle (ACLED)
            victims_civilian = False
            sub = "Armed clash" if sub in ("Attack", None) else sub
        protesters = actor2 is not None and actor2.kind == "protesters"
        if weapon in ("ied", "grenade", "suicide") and _MISFIRED.intersection(norms) and not (
            event.rule.startswith(_STRUCK_BY_VICTIM)  # "a car accidentally ran over a mine"
            # "villagers accidentally detonated an unexploded bomb": civilians set off what
            # others left, the explosive's harm (ACLED)
            or (actor1 is not None and actor1.kind in _VICTIM_KINDS)
        ):
            # "killed when the device they were planting detonated prematurely": the attack
            # never happened (ACLED)
            sub = "Disrupted weapons use"
        elif weapon in ("ied", "grenade", "artillery", "missile") and not (
            _DISPOSED.isdisjoint(pairwise(norms))
        ) and not DEATH_WORDS.intersection(norms):
            # "an IED was discovered and safely detonated by the bomb squad": a bomb disposed
            # of, as one defused
            sub = "Disrupted weapons use"
        elif (weapon == "suicide" and (_CLASHING.intersection(norms) or (
            "complex" in norms and not _AMBUSHED.isdisjoint(norms))
        )) or (weapon == "ied" and actor2 is not None and actor2.kind in ARMED_KINDS and (
            not _SMALL_ARMS.isdisjoint(norms)
        )):
            # "a complex ambush involving a suicide motorcycle bomb": a suicide bombing in
            # a battle is the battle (ACLED's suicide bomb is one "absent an armed clash");
            # so is an ambush on troops fought with guns too ("using remote controlled
            # explosives and small arms")
            sub = "Armed clash"
        elif weapon == "air" and (_ground_and_air(event.actor1) or _ground_and_air(event.actor2)):
            # "Iraqi forces and Iraqi warplanes destroyed an IS vehicle": ground forces fought
            # with the aircraft's support, a battle (ACLED)
            sub = "Armed clash"
        elif weapon in ACLED_BY_WEAPON and (
            sub in (None, "Armed clash", "Attack") or sub in ACLED_BY_WEAPON.values()
        ) and not (weapon in _HEAVY_WEAPONS and (
            (event.symmetric and weapon in ("artillery", "missile"))
            or _CLASHING.intersection(norms)
            # "attacked a military post with mortars and small arms fire": a ground assault
            or (event.rule in _DONE_TO_ANOTHER and weapon == "artillery" and (
                not _GUNS.isdisjoint(norms) or ("small", "arms") in pairwise(norms)))
        )):
            # (two sides that "clashed" or "exchanged artillery fire" fought a battle, whatever
            # their guns, as does shelling "in conjunction with armed clashes"; one side's
            # shelling alone is remote violence)
            sub = ACLED_BY_WEAPON[weapon]
            if refine:
                event.cameo = _more_specific(event.cameo, CAMEO_BY_WEAPON[weapon])
        elif weapon in _HEAVY_WEAPONS and sub == ACLED_BY_WEAPON[weapon] and (
            _CLASHING.intersection(norms)
        ):
            # "shelled YPG positions as armed clashes went on", "clashes continued, with
            # airstrikes and artillery shelling": the battle, with its heavy weapons
            sub = "Armed clash"
        elif protesters and not (event.symmetric and sub == "Armed clash" and actor1 is not None):
            # (not "police and protesters clash": both fought, a riot, read below)
            # force that kills, shoots live rounds or hurts is excessive (ACLED); rubber
            # bullets, stun grenades and tear gas alone disperse
            # ("fired teargas": what was fired disperses)
            lethal = (_lethal_force(norms, _SHOOTING) and "rubber" not in norms and not (
                _warning_shots(norms))) or bool(event.fatalities)  # ("shoot dead 2 protesters")
            sub = "Excessive force against protesters" if lethal else _intervention(norms)
        elif sub in ("Armed clash", None) and victims_civilian and not event.symmetric and (
            event.cameo[:3] not in ("181", "192")  # an abduction or a capture stays one
        ):
            sub = "Attack"
        elif sub == "Attack" and actor2 is not None and actor2.kind in ARMED_KINDS and not (
            _official(actor2) or event.cameo[:3] == "182"  # (no one fights back a beating)
            # "executed two Taliban members captured in Nangarhar": captives, out of the
            # fight (ACLED: violence against civilians)
            or (not _EXECUTING.isdisjoint(norms) and not _CAPTIVE.isdisjoint(norms))
            # "killed a soldier on leave at his home": one off duty is a civilian (ACLED)
            or (actor2.kind in ("military", "police") and not _OFF_DUTY.isdisjoint(norms))
        ):
            sub = "Armed clash"
        elif sub in ("Attack", None) and event.rule == "verb:STAB" and actor1 is not None and (
            actor1.kind in ("rebel", "militia")
        ) and actor2 is not None and actor2.kind in ("police", "military"):
            # "a militant stabbed two policemen": an armed group's attack on the state's
            # forces, a battle (ACLED), whatever its weapon
            sub = "Armed clash"
        protest_context = any(word in PROTEST_WORDS and not _took_part_in(norms, index)
                              for index, word in enumerate(norms)) or any(
            # "shot and killed by police during a student-led riot": force used on a riot
            word in _RIOT_NAMES
            and not {"during", "amid"}.isdisjoint(norms[max(0, index - 5) : index])
            for index, word in enumerate(norms))
        if actor1 is not None and _crowd(actor1) and (
            weapon not in _ORGANISED_WEAPONS
            # "Palestinian rioters threw homemade explosives at Israeli forces": a crowd the
            # note calls rioters, its thrown explosives a riot's (ACLED)
            or (weapon == "grenade" and actor1.kind == "rioters")
        ) and not (
            actor1.kind == "unknown" and _FIRING.intersection(norms)  # "two men shot", armed
        ) and not (
            # "unidentified men abducted a priest": kidnappers, no mob (ACLED: an unidentified
            # armed group)
            actor1.kind == "unknown" and sub == "Abduction/forced disappearance"
        ) and not (
            # "people were killed in clashes between Bantu and Batwa ethnic militias": the
            # dead are no side; a fight with an armed group, away from any protest, is a battle
            sub == "Armed clash" and event.symmetric and not protest_context
            and actor1.kind not in ("protesters", "rioters")
            and actor2 is not None and actor2.kind in ("rebel", "militia")
        ):
            # Violence by a crowd, not an organised armed group: a riot (ACLED codes no
            # civilian as a perpetrator).
            sub = _riot(event, actor1, protest_context)
            if actor2 is not None and actor2.kind == "protesters" and actor1.kind != "protesters":
                # "a group of men attacked a number of protesters": rioters set on a
                # demonstration (the codebook: an intervention, excessive force when lethal)
                sub = "Excessive force against protesters" if event.fatalities else (
                    "Protest with intervention")
        elif actor1 is None and sub in ("Attack", "Armed clash") and (
            _by_demonstrators(norms) or (protest_context and _turned_violent(norms))
        ):
            # "the mosque was stoned by a group of people demonstrating in front of it", "the
            # demonstration degenerated into clashes with the police"
            event.cameo, sub = "145", "Violent demonstration"
        elif protest_context and sub in ("Attack", "Armed clash", None) and (
            weapon not in _ORGANISED_WEAPONS
        ) and (actor1 is None or actor1.kind in _STATE or not _crowd(actor1)) and not (
            # "protesters demanded the end of attacks", "in the wake of fighting between
            # Israel and Hamas": what the crowd marched over, not force used on it; "amid the
            # outbreak of violence ... following demonstrations": the unrest, no demonstration
            cause or event.symmetric or _amid_unrest(norms, _DISORDER)
        ):
            # violence done to a demonstration, by the police or by armed men: force against
            # protesters when they shot or killed, else an intervention ("injured during an
            # attack on a protest")
            # (forces that only surrounded it intervened: "riot police surrounded the
            # Cathedral where students were holding a sit-in")
            state = actor1 is not None and actor1.kind in _STATE and event.rule != "verb:ENCIRCLE"
            sub = "Excessive force against protesters" if (
                state or _SHOOTING.intersection(norms)
            ) and not _warning_shots(norms) else "Protest with intervention"

        if sub in _TERRITORIAL and _to_take(norms):
            # "launched an operation to retake police posts": an offensive whose aim was
            # ground, not ground taken (ACLED: the fight, an armed clash)
            sub, event.cameo = "Armed clash", "190"
        if sub in ("Government regains territory", "Non-state actor overtakes territory"):
            # (the Houthis hold a state's forces for ACLED)
            state = actor1 is not None and (  # (and a mission fighting for it: AMISOM)
                actor1.kind in _STATE or actor1.kind == "igo"
                or ACLED_ACTOR_TYPES.get(actor1.name) == 1)
            sub = "Government regains territory" if state else "Non-state actor overtakes territory"
            if any(word in _UNOPPOSED for word in norms) and not any(
                word in _COMBAT and _NO_SUCH.isdisjoint(norms[max(0, index - 2) : index])
                for index, word in enumerate(norms)
            ):
                # ("seized the town after the forces withdrew following clashes": taken in a
                # fight all the same)
                sub = "Non-violent transfer of territory"
    elif sub == "Looting/property destruction" and _killing_after(norms) and not (
        actor1 is not None and _crowd(actor1)
    ):
        # "set fire to, and killed, resident men": the killing is the event
        sub, event.cameo = "Attack", "190"
    elif sub == "Looting/property destruction" and actor1 is not None and _crowd(actor1) and (
        _UNKNOWN_PEOPLE.isdisjoint(pairwise(norms))
    ):
        # A crowd's looting and burning is a riot ("rioters looted and burnt shops", "angry
        # residents destroyed property"): ACLED codes no civilian as a perpetrator.
        sub = _riot(event, actor1, _protest_told(norms))
    elif sub == "Arrests":
        if any(word in DISAPPEARANCE_WORDS for word in norms) or (
            actor1 is not None and actor1.kind not in _STATE and actor1.kind not in (
                "igo", "person") and not _de_facto_authority(actor1)
        ):
            # (ACLED: arrests are by state forces; a rebel group's, a militia's or the armed
            # opposition's "arrest" of a civilian is an abduction)
            sub = "Abduction/forced disappearance"
            event.cameo = "181"
        elif (any(word in PROTEST_WORDS for word in norms) or (
            actor2 is not None and actor2.kind == "protesters"
        )) and not _for_protesting(norms):
            sub = "Protest with intervention"
        elif not _MISTREATED.isdisjoint(norms) or not _MISTREATED.isdisjoint(after[:25]):
            # "arrested and tortured a civilian", "was arrested ... and was beaten, kicked and
            # slapped": violence done to the detainee, an attack on a civilian (ACLED)
            sub, event.cameo = "Attack", "180"
    elif sub == "Peaceful protest" and actor1 is not None and event.acled is not None and (
        (actor1.kind in _STATE and not (actor1.cameo or "").endswith("JUD")
         and not _rank_and_file(actor1, norms))
        or actor1.kind in ("person", "igo")
        # ("Hamas organized a march": its supporters marched)
        or (actor1.kind in ("rebel", "militia") and event.rule not in _GATHERINGS_HELD
            and not _in_protest(norms))
    ):
        # A government or an official "protested": a diplomatic protest, no crowd (lawyers
        # and judges do march); armed men blocking a road are no demonstrators, unless the
        # text says they did it in protest ("clan militia blocked the main roads in protest
        # against the taxes": ACLED codes a protest).
        return None
    elif sub == "Protest with intervention":
        # "fired at students ..., killing one"; "used batons on teachers protesting ...
        # Several protesters were reported injured": force that hurt them is excessive
        sub = "Excessive force against protesters" if _killing_after(norms) or (
            event.fatalities) else _intervention(norms + list(after))
    elif sub == "Peaceful protest":
        # what the protest's sentence and the rest of its paragraph tell was done at it ("...
        # protested over unpaid fees. Police forces intervened to disperse them"), not what
        # it was held over ("a protest to denounce the arrest of Kako")
        told = norms + list(after)
        done = [word for index, word in enumerate(told) if (
                    not _cause_of_protest(told, index) or _violent_protest(told, index))
                and not _NO_SUCH.intersection(told[max(0, index - 4) : index])
                and not _others_violence(told, index) and not _symbolic_burning(told, index)
                and not _load(told, index)
                and not _barricades_of_forces(told, index)
                # "carried the bodies of victims killed in an attack (coded separately)"
                and not _coded_apart(told, index)]
        if (any(word in RIOT_WORDS for word in done) or any(
            pair in _SET_AFIRE for pair in pairwise(done)
        ) or _turned_violent(told)) and not _PEACEFUL.intersection(told):
            # the crowd's violence makes a riot whatever was done to it (ACLED); ("staged a
            # peaceful protest ... for the families whose homes were burned": the burning is
            # what they protest)
            sub = "Violent demonstration"
        elif (force := _lethal_force(done)) & EXCESSIVE_FORCE and (force & {
            "killed", "shot", "fire", "fired", "bullets", "ammunition", "ammo"
        } or ("live" in force and not _LIVE_ROUNDS.isdisjoint(done))) and not (
            ACCIDENTS.intersection(told)
        ):  # ("used live ammo and teargas to disperse")
            sub = "Excessive force against protesters"
        elif any(word in PROTEST_INTERVENTION for word in done) or any(
            word in _HALTED and following == "by" for word, following in pairwise(done)
        ):  # ("planned to march, but was halted by the police")
            sub = _intervention(done)
    if sub is None:
        sub = sub_event_type_of(event.cameo, actor1, actor2)
        if sub == "Looting/property destruction" and actor1 is not None and (
            actor1.kind in ("protesters", "rioters") or (
                actor1.kind == "civilians" and _head(actor1) in _CROWD_NOUNS
                and _UNKNOWN_PEOPLE.isdisjoint(pairwise(norms)))
        ):
            # "protesters vandalised shops", "locals vandalised the ward office": a
            # dictionary verb's destruction by a crowd, a riot (not "unidentified people
            # vandalised a church")
            sub = _riot(event, actor1, _protest_told(norms))
        elif sub == "Attack" and actor2 is not None and actor2.kind in ("rebel", "militia") and (
            _CAPTIVE.isdisjoint(norms)
        ):
            # "regime forces used heavy artillery during an ambush on anti-government forces":
            # repression's verb, done to an armed side, a battle
            sub = "Armed clash"
    if sub in ("Abduction/forced disappearance", "Arrests") and actor2 is not None and (
        actor1 is not None) and (
        # ("QSD forces detained a Syrian army member": a de facto authority's arrest of a
        # state's soldier is a fight between armed sides, as an abduction of one is)
        ((actor2.kind in ("military", "police") or (actor2.cameo or "")[-3:] in ("COP", "MIL"))
         and actor1.kind not in _STATE)
        # "US forces raided Farsooleey and abducted three suspected IS militants": armed men
        # seized in a raid (not "police arrested two Boko Haram members": ACLED's arrests)
        or (actor2.kind in ("rebel", "militia") and actor1.kind in _STATE
            and sub == "Abduction/forced disappearance")
    ):
        # ACLED's abductions are of civilians: gunmen seizing a police officer or soldiers
        # fight state forces, as forces that seize militants fight them
        sub = "Armed clash"
    if sub in _RAPE_OUTRANKS and any(
        word in _RAPE_WORDS and _rape_done(norms, index)
        and not (sub == "Mob violence" and crowds_cause(norms, index))
        for index, word in enumerate(norms)
    ):
        # "a couple was beaten and the woman gang-raped" (ACLED); not the rape that moved a
        # crowd ("vandalized the office after a labourer was involved in gang-raping a woman")
        sub = "Sexual violence"
    return sub


_CAPTIVES = frozenset("prisoners prisoner detainees detainee hostages hostage captives captive "
                      "abductees pows".split())
_HELD = frozenset("captured abducted kidnapped detained held imprisoned jailed seized taken "
                  "mediation mediations exchange swap".split())
_RELEASED_KINDS = frozenset({"military", "police", "rebel", "militia", "civilians", "person",
                             "unknown", "protesters"})


def _de_facto_authority(actor: Actor) -> bool:
    """A group ACLED takes for the authority where it rules, whose detentions are arrests
    ("State forces or other actors with de facto control"): the Houthis, the LNA, the SDF."""
    return ACLED_ACTOR_TYPES.get(actor.name) == 1 or actor.name in _DE_FACTO_AUTHORITIES


_DE_FACTO_AUTHORITIES = frozenset({"Syrian Democratic Forces"})


def _captives_released(actor2: Actor | None, norms: Sequence[str]) -> bool:
    """Whether the people a "release" frees were held: captives by name, or people the
    sentence says were captured, or freed by mediation ("released 4 soldiers that were
    captured"); not a statement or a film released."""
    if actor2 is None or actor2.kind not in _RELEASED_KINDS:
        return False
    return _head(actor2) in _CAPTIVES or not _HELD.isdisjoint(norms)


_VIOLENCE_REFERRED = frozenset("attack attacks raid raids assault assaults killings violence "
                               "incident attackers".split())


def _rape_told_next(coder: _Coder, index: int) -> bool:
    """ "ADF killed 36 people in attacks. Rapes were also reported in the attacks": rape the
    next sentence tells of the same violence, by naming it again, makes it sexual violence
    (ACLED)."""
    sentences = coder.doc.sentences
    if index + 1 >= len(sentences) or _RAPE_WORDS.isdisjoint(
        coder.norms[sentences[index + 1].first : sentences[index + 1].last]
    ):
        return False  # (most sentences tell no rape: the dearer reading after)
    told = _told_next(coder, index, 1)
    return any(_rape_done(told, position) for position in range(len(told))) and any(
        word in ("in", "during") and told[position + 1 : position + 2] == ["the"]
        and told[position + 2 : position + 3] != [] and told[position + 2] in _VIOLENCE_REFERRED
        for position, word in enumerate(told))


_TAKING = frozenset("take retake recapture capture seize regain reclaim liberate".split())
_TAKEN = frozenset("took taken retook retaken recaptured captured seized regained reclaimed "
                   "liberated overran overrun".split())


def _to_take(norms: Sequence[str]) -> bool:
    """Whether ground is told only as an aim ("launched an operation to retake the posts"),
    with no word of it taken."""
    return any(pair[0] == "to" and pair[1] in _TAKING for pair in pairwise(norms)) and not any(
        word in _TAKEN for word in norms)


# What was done to a detainee that makes the arrest an attack
_MISTREATED = frozenset("tortured torture torturing beaten beat beating kicked slapped "
                        "flogged whipped".split())
# "unknown people set fire to a police station": perpetrators no one named, no crowd
_UNKNOWN_PEOPLE = frozenset((unknown, people) for unknown in ("unknown", "unidentified")
                            for people in ("people", "persons", "individuals", "men"))
_EXECUTING = frozenset({"executed", "execute", "executes", "beheaded", "behead", "beheads"})
_CAPTIVE = frozenset({"captured", "detained", "captive", "captives", "prisoner", "prisoners",
                      "hostage", "hostages", "custody", "abducted", "kidnapped"})
_QUOTES_OPEN, _QUOTES_CLOSE = "\"\u201c'\u2018", "\"\u201d'\u2019"


def _scare_quoted(coder: _Coder, event: _Found) -> bool:
    """Whether the victims' word stands in quotation marks of its own ('two "militants"')."""
    text = coder.doc.text
    return any(span.label == "actor2" and span.start > 0 and span.end < len(text)
               and text[span.start - 1] in _QUOTES_OPEN and text[span.end] in _QUOTES_CLOSE
               for span in _actor_spans(coder, event))


def _demanding(norms: Sequence[str]) -> bool:
    """Whether a crowd's act is told with what it demanded ("stormed the police station to
    demand the arrest of gang members"): a demonstration turned violent (ACLED), not a mob's
    violence."""
    return "demanding" in norms or any(pair == ("to", "demand") for pair in pairwise(norms))


def _in_protest(norms: Sequence[str]) -> bool:
    """Whether the words say an act was done in protest ("in protest against", "to protest")."""
    return any(pair in (("in", "protest"), ("to", "protest")) for pair in pairwise(norms))


# A protest stopped by someone ("halted by the police"): not the crowd's "blocked the road".
_HALTED = frozenset({"halted", "stopped", "blocked", "prevented", "barred", "foiled",
                     "thwarted", "obstructed"})
# Rape told with other violence against someone makes the event sexual violence (ACLED).
_RAPE_WORDS = frozenset({"rape", "raped", "rapes", "raping", "gang-raped", "sexually",
                         "sexual", "genitals", "genital"})  # (torture of the genitals: ACLED)
# Words before a rape's word that say it was not done to the victim: what the victim was
# accused of ("accused the victim of sexual misconduct"), or what someone was killed
# warding off ("attempted to defend his daughters from RSF sexual violence"); (not
# "allegedly": "soldiers allegedly raped two women" is reported rape, coded as such)
_NOT_DONE_TO_VICTIM = frozenset({"accused", "accusing", "accuses", "accusation",
                                 "accusations", "charged", "defend", "defending", "protect",
                                 "protecting", "resist", "resisting", "resisted"})


def _rape_done(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` tells a rape done (see ``_NOT_DONE_TO_VICTIM``), not
    one done before the event ("the reason was that the leader had raped a boy") or one it
    punished ("shot him for the kidnap, rape and murder of a girl")."""
    before = words[max(0, index - 5) : index]
    if words[index] not in _RAPE_WORDS or not _NOT_DONE_TO_VICTIM.isdisjoint(before):
        return False
    if "had" in before[-3:]:
        return False
    reason = max((p for p, word in enumerate(before) if word == "for"), default=None)
    return reason is None or before[reason + 1 : reason + 2] not in (
        ["the"], ["his"], ["her"], ["their"], ["allegedly"], ["alleged"], ["having"])
_RAPE_OUTRANKS = frozenset({"Attack", "Abduction/forced disappearance", "Armed clash",
                            "Mob violence", "Arrests", "Protest with intervention"})
_STRUCK_BY_VICTIM = ("trigger:t-run-over-", "trigger:t-drive-over-", "trigger:t-step-on-",
                     "trigger:t-hit-mine", "trigger:t-hit-explosive", "trigger:t-hit-ordnance",
                     "trigger:t-strike-mine", "trigger:t-hit-ied", "trigger:t-strike-ied",
                     "trigger:t-hit-landmine", "trigger:t-strike-landmine")
_DOWNED_CRAFT = frozenset({"trigger:t-shoot-down-aircraft", "trigger:t-shoot-down-jet",
                          "trigger:t-shoot-down-plane", "trigger:t-shoot-down-helicopter"})
_BLASTS = frozenset({"explosions", "blasts"})


def _counted_blasts(norms: list[str]) -> bool:
    """ "a total of 3 explosions", "several explosions were heard": blasts told by their
    number, of no named weapon and harming no one, are fire exchanged over a front (ACLED:
    shelling), not one bomb ("two explosions killed five people at a market": bombs)."""
    if not DEATH_WORDS.isdisjoint(norms) or not INJURY_WORDS.isdisjoint(norms):
        return False
    return any(word in _BLASTS and position and (number_value(norms, position - 1)[0] or 0) >= 2
               for position, word in enumerate(norms))  # ("several": 10, as ACLED reads it)


# Triggers that name a blast, not its weapon.
_GENERIC_BLASTS = frozenset({"trigger:t-explosion", "trigger:t-blast", "trigger:t-explode",
                             "trigger:t-detonate", "trigger:t-bomb-blast",
                             "trigger:t-bomb-explosion"})
_GUNS = frozenset("firearms guns gunfire gunshots rifles gunbattle shootout".split())
_SHOOTING = frozenset("fired firing opened shot shooting gunshots gunfire killed killing live bullets "
                      "ammunition".split())
_FIRING = _GUNS | {"shot", "fired", "shooting", "opened"}
_TWO_WORD_WEAPONS = {
    ("air", "force"): "air", ("air", "forces"): "air", ("air", "raid"): "air",
    ("air", "raids"): "air", ("air", "strike"): "air", ("air", "strikes"): "air",
    ("aerial", "attack"): "air", ("aerial", "attacks"): "air",
    ("aerial", "strike"): "air", ("aerial", "strikes"): "air", ("aerial", "bombardment"): "air",
    ("aerial", "bombing"): "air",  # not "aerial firing": shots in the air
    ("heavy", "weapons"): "artillery", ("heavy", "weaponry"): "artillery",
    # "10 rounds of M79 grenade launcher": fired, as a mortar is
    ("grenade", "launcher"): "artillery", ("grenade", "launchers"): "artillery",
}

# The weapons of a battle's heavy fire, that a clash told with them keeps it a clash
_HEAVY_WEAPONS = frozenset({"artillery", "missile", "air", "drone"})
_AMBUSHED = frozenset({"ambush", "ambushes", "ambushed", "assault", "attack"})
_SMALL_ARMS = frozenset("arms rifles guns gunfire firearms gunshots".split())
_CLASHING = frozenset({"clash", "clashes", "clashed", "clashing", "gunbattle", "firefight",
                       "exchange", "exchanged", "infiltration"})  # ("amid exchange of artillery")
_DISPOSED = frozenset({("safely", "detonated"), ("bomb", "squad"), ("bomb", "disposal"),
                       ("controlled", "explosion"), ("controlled", "detonation"),
                       ("safely", "destroyed"), ("explosive", "ordnance")})
_MISFIRED = frozenset({"prematurely", "premature", "accidentally", "accidental", "mishandled",
                       "planting", "assembling"})


def _rank_and_file(actor: Actor, norms: Sequence[str] = ()) -> bool:
    """Soldiers or policemen as people ("newly recruited soldiers protested", "FACA soldiers
    protested": the words of the clause say so), not their force or government speaking."""
    return actor.kind in ("military", "police") and (
        _head(actor) in _SERVICE_PEOPLE or bool(_SERVICE_PEOPLE.intersection(norms))
    )


_SERVICE_PEOPLE = frozenset("soldiers policemen officers recruits veterans troops".split())


def _head(actor: Actor) -> str:
    """The last word of an actor's name, in lower case."""
    return actor.name.lower().rsplit(" ", 1)[-1]


# "No intervention was reported", "with no reports of police intervention": nothing done.
_NO_SUCH = frozenset({"no", "not", "without", "never", "nor"})


_GUARDS = frozenset({"guards", "guard", "bodyguards", "bodyguard", "escorts", "escort"})


def _bodyguards_harmed(words: list[str]) -> bool:
    """Whether someone's own guards are told among the harmed: "and two of his bodyguards",
    "killed the governor and his guards", "killing a bodyguard of the official" (men
    assigned to protect someone)."""
    harmed = not DEATH_WORDS.isdisjoint(words) or not INJURY_WORDS.isdisjoint(words)
    return harmed and any(
        word in _GUARDS and (words[position - 1] in ("his", "her", "their")
                             or words[position + 1 : position + 2] == ["of"])
        for position, word in enumerate(words) if position
    )


# Violence one side does to another ("fought", "clashed" tell two armed sides)
_DONE_TO_ANOTHER = frozenset(f"trigger:t-{name}" for name in (
    "attack", "attack-v", "raid", "raid-v", "ambush", "ambush-v", "open-fire", "gunfire", "shoot", "storm"))
# Who is armed, told among the dead or hurt: a fight's other side
_ARMED_WORDS = ARMED_VICTIMS | frozenset(
    "militant fighter policeman attackers assailants militiamen insurgents jihadists gendarmes "
    "guards combatants".split())


def _only_civilians_hurt(words: list[str]) -> bool:
    """Whether the words tell people of no armed kind hurt or killed ("Four people were
    injured", "killing two villagers") and no armed man among any harmed."""
    # (each harm's own words: "soldiers opened fire. A civilian man was wounded" names the
    # doers far from the harm)
    told = [words[max(0, index - 7) : index + 4] for index, word in enumerate(words)
            if word in INJURY_WORDS or word in DEATH_WORDS]
    if not told or any(_ARMED_WORDS.intersection(near) for near in told) or (
        _forces_among_dead(words)
    ):
        return False
    return any(CIVILIAN_WORDS.intersection(near) for near in told)


def _told_next(coder: _Coder, index: int, count: int = 3) -> list[str]:
    """The words of up to ``count`` sentences after this one in its paragraph."""
    sentences = coder.doc.sentences
    paragraph = sentences[index].paragraph
    own: list[dt.date] | None = None  # (this sentence's dates, read only when needed)
    words = []
    for position in range(index + 1, min(len(sentences), index + 1 + count)):
        sentence = sentences[position]
        if sentence.paragraph != paragraph:
            break
        told = [date.end for date in _told_dates(coder, position) if date.end]
        if told and own is None:
            own = [date.start for date in _told_dates(coder, index) if date.start]
        if own and told and max(told) < min(own) - _LONG_BEFORE:
            continue  # "Five years ago, on 8 December 2014, soldiers killed five": history
        words.extend(coder.norms[sentence.first : sentence.last])
    return words


_LONG_BEFORE = dt.timedelta(days=60)


# What tells a riot is a demonstration (ACLED's "violent demonstration": a crowd with a
# grievance; road-blocking with barricades or burning tires), not a mob's violence.
_DEMONSTRATING = PROTEST_WORDS | {"protested", "demonstrated", "marched", "rallied", "march",
                                  "riot", "riots", "rioted", "rioting", "tires", "tyres",
                                  "barricades", "barricaded", "roadblocks", "blocked",
                                  "hartal", "hartals", "blockade", "shutdown", "demanding",
                                  "demanded"}
_RIOT_NAMES = frozenset({"riot", "riots", "rioted", "rioting"})
# a workers' or a general strike, a crowd's demonstration (not an air strike)
_STRIKES = frozenset({("general", "strike"), ("on", "strike"), ("a", "bandh"), ("the", "bandh"),
                      ("national", "strike"), ("transport", "strike"), ("nationwide", "strike")})
_GROUPS_FIGHTING = frozenset({("each", "other"), ("another", "group"), ("rival", "groups"),
                              ("to", "fight"), ("two", "groups"), ("out", "between")})
_BRAWLS = frozenset({"brawl", "brawls", "fistfight", "fistfights"})
_IN_PRISON = frozenset("prison prisons prisoners inmates jail jails".split())
_HAD_TAKEN_PART = frozenset({("had", "participated"), ("had", "taken"), ("had", "joined"),
                             ("had", "attended")})
_GRIEVANCES = frozenset("killing arrest death murder shooting detention conviction accident "
                        "sentencing dies died killed".split())  # ("after a man dies in custody")


def _demonstration_told(coder: _Coder, index: int) -> bool:
    """Whether the paragraph of a sentence tells of a demonstration (within a few sentences:
    a long text stays linear), or the sentence of a riot "following the arrest of" someone."""
    sentences = coder.doc.sentences
    paragraph = sentences[index].paragraph
    told = [sentence for sentence in sentences[max(0, index - 5) : index + 6]
            if sentence.paragraph == paragraph]
    # "a riot broke out ... two villages engaged in a brawl", "started to fight with another
    # group": a riot of groups fighting each other is a mob's, not a demonstration's
    fighting = any(pair in _GROUPS_FIGHTING or pair[1] in _BRAWLS or pair[0] == "rival"
                   for sentence in told
                   for pair in pairwise(coder.norms[sentence.first : sentence.last]))
    # "prisoners rioted at the Tacumbu prison": a prison's riot is a mob's unless its demand
    # is told ("inmates attacked guards"), ACLED's convention
    fighting = fighting or not _IN_PRISON.isdisjoint(
        coder.norms[sentences[index].first : sentences[index].last])
    for sentence in told:
        norms = coder.norms[sentence.first : sentence.last]
        if _HAD_TAKEN_PART.intersection(pairwise(norms)):
            continue  # "he had participated in protests": who the victim was
        if any(norm in _DEMONSTRATING and sentence.first + position not in coder.date_tokens
               # ("supporters of two rival candidates clashed at a rally": where they fought)
               and not (fighting and (norm in _RIOT_NAMES or norm in ("rally", "rallies")))
               and norms[position + 1 : position + 2] != ["police"]  # (riot police)
               for position, norm in enumerate(norms)):
            return True  # (not the month of "On 30 March 2021")
    norms = coder.norms[sentences[index].first : sentences[index].last]
    return _demanding(norms) or not _TO_DEMONSTRATE.isdisjoint(pairwise(norms)) or not (
        _STRIKES.isdisjoint(pairwise(norms))) or any(
        norm in _GRIEVANCES and {"after", "following"}.intersection(
            norms[max(0, position - 3) : position])
        for position, norm in enumerate(norms)
    )


_DESCRIBING_HARM = frozenset("killed shot injured wounded arrested detained abducted".split())


def _others_violence(norms: list[str], index: int) -> bool:
    """ "violent" qualifying what is not the crowd or its protest ("against the troops'
    alleged violent activities", "a violent crackdown"): no riot of the crowd's."""
    if norms[index] != "violent" or index + 1 >= len(norms):
        return False
    following = norms[index + 1]
    return following[:1].isalpha() and following not in FUNCTION_WORDS and (
        following not in PROTEST_WORDS and following not in _CROWD_NOUNS
        and following not in _RIOTING)


def _barricades_of_forces(norms: list[str], index: int) -> bool:
    """ "Police earlier installed barricades on the road leading to the Parliament": the
    forces' barricades, no crowd's road-block."""
    return norms[index] in ("barricades", "barricade") and bool(
        _PUT_UP.intersection(norms[max(0, index - 3) : index])
    ) and bool(_FORCES_HURT.intersection(norms[max(0, index - 8) : index]))


_PUT_UP = frozenset("installed erected mounted placed put set raised".split())


def _violent_protest(norms: list[str], index: int) -> bool:
    """ "after violent demonstrations erupted": the protest itself called violent, whatever
    clause tells it."""
    return norms[index] == "violent" and index + 1 < len(norms) and (
        norms[index + 1] in PROTEST_WORDS or norms[index + 1] in _RIOTING)


def _turned_violent(norms: list[str]) -> bool:
    """ "the protest turned violent", "degenerated into clashes with the police": a
    demonstration that became a riot (not "did not turn violent")."""
    for index, word in enumerate(norms):
        if word not in _TURNING or not _NO_SUCH.isdisjoint(norms[max(0, index - 3) : index]):
            continue
        after = norms[index + 1 : index + 4]
        into = after[1:] if after[:1] == ["into"] else []
        if after[:1] == ["violent"] or (into[:1] != [] and into[0] in _VIOLENCE_NOUNS) or (
            into in _A_VIOLENCE
        ):
            return True
    return False


_TURNING = frozenset("turned turning turn became degenerated degenerating descended escalated "
                     "erupted".split())
_VIOLENCE_NOUNS = frozenset("violence clashes riots rioting confrontations "
                            "skirmishes".split())
_A_VIOLENCE = (["a", "riot"], ["a", "clash"], ["a", "melee"], ["a", "brawl"])  # ("into a riot")


def _symbolic_burning(norms: list[str], index: int) -> bool:
    """ "burned a makeshift dummy of the minister", "set fire to a coffin": a symbol burned at
    a protest, no riot (ACLED codes the protest peaceful)."""
    return norms[index] in _BURNING and not SYMBOLS.isdisjoint(norms[index + 1 : index + 6])


def _by_demonstrators(norms: list[str]) -> bool:
    """Whether a passive's "by" names people demonstrating ("stoned by an unidentified group
    of people demonstrating in front of it"): the crowd did it, in a demonstration."""
    for index, word in enumerate(norms):
        if word == "by":
            for after in norms[index + 1 : index + 8]:
                if after in _CROWD_PARTICIPLES:
                    return True
                if after in (",", ".", ";", "("):
                    break
    return False


_CROWD_PARTICIPLES = frozenset({"demonstrating", "protesting", "rallying", "rioting"})


def _load(norms: list[str], index: int) -> bool:
    """ "truck drivers carrying rocks and sand", "a concession to extract sand, rocks and
    minerals": stones as a load or a quarry's yield, none thrown."""
    return norms[index] in ("rocks", "stones") and not _LOADS.isdisjoint(
        norms[max(0, index - 3) : index + 3])


_LOADS = frozenset("carrying carried carry transporting transported extract extracting "
                   "extraction mining quarry quarrying sand gravel loaded laden".split())


# "set fire to the gate", "set the main door on fire"
_SET_AFIRE = frozenset({("set", "fire"), ("on", "fire"), ("set", "ablaze"), ("setting", "fire"),
                        ("sets", "fire"), ("setting", "ablaze")})
_BURNING = frozenset("burned burnt burning burn torched fire".split())


# What a violent crowd's violence is called ("violent clashes", "in a violent manner")
_RIOTING = frozenset("clash clashes riot riots rioting confrontation confrontations scuffle "
                     "scuffles unrest manner turn".split())


def _took_part_in(norms: list[str], index: int) -> bool:
    """ "abducted a young man who participated in the 2018 demonstrations": a protest told of
    who someone is, not one held here."""
    before = norms[max(0, index - 6) : index]
    return "who" in before and not TOOK_PART.isdisjoint(before[before.index("who") :])


def _cause_of_protest(norms: list[str], index: int) -> bool:
    """A violent word told as what the crowd protests ("protested after 30 goats were killed by
    a truck", "demanding justice for those shot"), not as what was done to it."""
    window = norms[max(0, index - 6) : index]
    if "." in window:  # ("... against fees. Police fired": the cause is told in its sentence)
        window = window[len(window) - window[::-1].index(".") :]
    # "family of a man killed at a gas station": who the dead were, told after "of"
    described = norms[index] in _DESCRIBING_HARM and (("of" in window[-4:-1] and (
        window[-1:] not in (["was"], ["were"], ["been"]))) or "whose" in window[-4:])
    # ("the mothers whose children were killed during the 2018 protests")
    return bool(PROTEST_CAUSES.intersection(window)) or described or release_demanded(norms, index)


def _killing_after(norms: list[str]) -> bool:
    """A death told as the act's outcome ("..., killing a student", "... and killed two"), not
    as what came before it ("over the killing of")."""
    return any(
        word in ("killing", "killed") and position and norms[position - 1] in (",", "and")
        for position, word in enumerate(norms)
    )


def _armament(norms: list[str], position: int) -> bool:
    """Whether a weapon word names the weapon used: "a gas attack", "toxic gas", "gas
    canisters", "chemical weapons" are chemical weapons, "tear gas", "a gas distribution
    facility" and "a chemical tanker" are not; a "suicide drone" is a drone."""
    word = norms[position]
    before = norms[position - 1] if position else ""
    after = norms[position + 1] if position + 1 < len(norms) else ""
    if not _DOWNING.isdisjoint(norms[max(0, position - 4) : position]):
        return False  # "downing six suicide drones": weapons stopped, not used
    if before == "to" and position >= 2 and norms[position - 2] in _INTENDING:
        return False  # "rumours that he was planning to bomb a rally": no bomb used
    if word in ("mine", "mines") and (before in _MINERALS or after in _MINE_WORKINGS):
        return False  # "the Hpakant jade mine collapsed", "a mine shaft": a pit, no weapon
    if position >= 2 and norms[position - 2 : position] == ["anti", "-"]:
        return False  # "anti-tank", "anti-aircraft": what a weapon is against
    if after in _WEAPON_SITES:
        return False  # "targeted an anti-tank missile base with sniper shots": the target
    if word in ("grenade", "grenades") and after in ("launcher", "launchers"):
        return False  # (a launcher's rounds are fired: see _TWO_WORD_WEAPONS)
    if word in ("bomb", "bombs") and before in _NOT_EXPLOSIVE_BOMBS:
        return False  # "fired gas bombs", "threw petrol bombs": no explosive weapon
    if word == "gas":
        return before in _TOXIC or after in _GAS_ARMS
    if word == "chemical":
        return after in _GAS_ARMS or after in ("gas", "agent", "agents", "substance", "substances")
    if word == "suicide":
        if after in ("bomber", "bombers"):
            # "forces shot and killed a suicide bomber before he carried out his attack": the
            # bomber stopped is the target; "killed by a suicide bomber": the weapon
            lead = norms[max(0, position - 6) : position]
            return "by" in lead or _STOPPED.isdisjoint(lead)
        return after not in ("drone", "drones")
    # a "suicide bomber" is a person, not an aircraft: "suicide" says what the weapon is
    return not (word in ("bomber", "bombers") and before == "suicide")


_WEAPON_SITES = frozenset("base bases depot depots warehouse warehouses factory factories "
                          "storage stockpile stockpiles".split())
_MINERALS = frozenset("jade gold coal copper cobalt diamond tin uranium iron mining "
                      "artisanal open-pit salt amber ruby gem gemstone lithium bauxite mineral "
                      "zinc silver".split())
_MINE_WORKINGS = frozenset("collapse collapsed collapses shaft shafts pit pits workers worker "
                           "site sites owner owners company concession".split())
_INTENDING = frozenset({"planning", "planned", "plans", "plan", "plotting", "plotted", "intended",
                        "intending", "wanted", "threatened", "threatening", "tried", "attempted"})
_STOPPED = frozenset({"shot", "killed", "arrested", "captured", "apprehended", "detained",
                      "intercepted", "neutralised", "neutralized", "stopped", "foiled"})
_DOWNING = frozenset({"downing", "downed", "intercepting", "intercepted", "intercept",
                      "jamming", "jammed"})
_NOT_EXPLOSIVE_BOMBS = frozenset({"gas", "tear", "teargas", "smoke", "sound", "stun", "petrol",
                                  "molotov", "gasoline", "paint", "fire", "water", "stink"})
_TOXIC = frozenset({"poison", "poisonous", "toxic", "nerve", "chlorine", "mustard", "sarin"})
# ("gas bombs", "gas canisters": tear gas as Egyptian and Palestinian reports name it; a
# poison gas is named as one: "chlorine gas canisters")
_GAS_ARMS = frozenset({"attack", "attacks", "shell", "shells", "cylinder", "cylinders",
                       "munitions", "weapons", "weapon"})


# Words that join two events told side by side: the weapons, victims and crowds of one are
# not the other's ("Russian missiles struck Kharkiv ..., while Russia said it had shot down
# 20 Ukrainian drones").
_CONTRASTS = frozenset({";", "while", "whereas", "but", "meanwhile"})


def _armed_dead(norms: list[str]) -> str | None:
    """The armed men an attack's own words give as its toll, when they are its only dead:
    "..., killing 3 soldiers", "killing three members of the militia", "2 militiamen were
    killed" (None otherwise)."""
    armed = None
    for index, word in enumerate(norms):
        if word in ("killing", "killed") and norms[index - 1 : index] not in (["were"], ["was"]):
            told = norms[index + 1 : index + 6]
            if (told[:1] and told[0] in _NOT_THE_KILLED) or not _CAUSE_BEFORE.isdisjoint(
                norms[max(0, index - 2) : index]
            ):
                # "killed by unknown gunmen", "killed during a police raid"; "following the
                # killing of a soldier's dog": a cause
                continue
        elif word in ("killed", "dead") and index >= 2 and norms[index - 1] in ("were", "was"):
            told = norms[max(0, index - 5) : index]
        else:
            continue
        if not CIVILIAN_WORDS.isdisjoint(told) or not _CROWD_NOUNS.isdisjoint(told) or (
            not _OFF_DUTY.isdisjoint(norms[index + 1 : index + 9])  # "a soldier on leave"
        ):
            return None
        armed = armed or next((
            noun for position, noun in enumerate(told) if noun in _ARMED_DEAD
            and told[position + 1 : position + 2] != ["'s"]  # ("a soldier's dog")
            and _NO_LONGER_ARMED.isdisjoint(told[max(0, position - 3) : position])
        ), None)
    return armed


_NOT_THE_KILLED = frozenset("by during in at on near after when while as with".split())
# ("a former Afghan army soldier", "an off-duty police officer": no armed side)
_NO_LONGER_ARMED = frozenset({"former", "ex", "retired", "off", "suspended", "demobilised",
                              "demobilized"})
_CAUSE_BEFORE = frozenset({"after", "following", "over"})
# The armed dead an attack's toll may name, with the kind and CAMEO role of the side they are
_ARMED_DEAD: dict[str, tuple[ActorKind, str]] = {
    **dict.fromkeys(("soldier", "soldiers", "troops", "personnel", "servicemen"),
                    ("military", "MIL")),
    **dict.fromkeys(("policemen", "police", "officers", "guards"), ("police", "COP")),
    **dict.fromkeys(("militants", "fighters", "rebels"), ("rebel", "REB")),
    **dict.fromkeys(("militiamen", "militia", "vigilantes", "gunmen"), ("militia", "UAF")),
}


def _own_part(coder: _Coder, event: _Found, sentence: Any) -> list[str]:
    """The words of the event's sentence between the contrasts around its trigger."""
    norms = coder.norms
    start = next((i + 1 for i in range(event.trigger_first - 1, sentence.first - 1, -1)
                  if norms[i] in _CONTRASTS), sentence.first)
    end = next((i for i in range(event.trigger_last, sentence.last) if norms[i] in _CONTRASTS),
               sentence.last)
    return norms[start:end]


# Words for a crowd among the people of no stated kind ("thousands of people", "a mob").
_CROWD_NOUNS = frozenset("people crowd crowds mob mobs group groups youths youth men women "
                         "residents locals villagers students pupils traders vendors "
                         "drivers".split())
_PARTY_MEMBERS = frozenset("cadres supporters workers activists members loyalists "
                           "followers youth youths factions faction".split())


_DISORDER = frozenset("violence unrest turmoil chaos disturbances".split())
_UNREST = _DISORDER | frozenset("protests demonstrations riots rioting".split())


def _amid_unrest(norms: list[str], unrest: frozenset[str] = _UNREST) -> bool:
    """Whether a sentence sets its act amid unrest ("amid the outbreak of violence", "during
    the protests")."""
    return any(word in ("amid", "amidst", "during") and unrest.intersection(
        norms[index + 1 : index + 5]) for index, word in enumerate(norms))


def _no_group_named(actor: Actor) -> bool:
    """Whether the text names no group behind an actor ("unidentified assailants", "unknown
    gunmen")."""
    return actor.name.lower().split(" ", 1)[0] in ("unidentified", "unknown")


def _crowd(actor: Actor) -> bool:
    """Whether an actor is a crowd, not an organised armed group: protesters, rioters,
    civilians, and people of no stated kind named as a crowd."""
    if actor.kind == "unknown":
        return bool(_CROWD_NOUNS.intersection(actor.name.lower().split()))
    # a party's members and supporters come to blows as rioters ("Congress cadres assaulted a
    # journalist"); the party's forces are an armed group
    return actor.kind in UNORGANISED_KINDS or (
        actor.kind == "party" and _head(actor) in _PARTY_MEMBERS
    )


_BARRICADES = frozenset("barricades barricade tires tyres tire tyre".split())
# Victims told as gang members, whom ACLED counts as members of an armed group
# (a record of drug trafficking, not of any crime: ACLED's Latin American notes)
_CRIMINAL_VICTIM = re.compile(
    r"\b(?:police|criminal) records? (?:of|for) (?:\w+ (?:and|or) )?drug trafficking\b"
    r"|\b(?:was|were) (?:an? )?(?:alleged |suspected )?(?:gang members?|drug (?:dealers?|traffickers?))\b",
    re.I)
_REPELLED = REPELLED | {"fought"}
# Remote violence its target can answer: when it fires back, the two fought a battle
_FOUGHT_BACK = frozenset({"Grenade", "Remote explosive/landmine/IED",
                          "Shelling/artillery/missile attack"})
_RETURNED_FIRE = re.compile(
    r"\b(?:returned|responded|reacted|retaliated) (?:the )?(?:fire|with (?:\w+ )?(?:gunfire|fire))"
    r"|\bfired back\b|\bexchanged? (?:of )?fire\b")
# Perpetrators whose violence ACLED codes as a mob's, whatever arms they carry
_MOBS_BY_CONVENTION = frozenset({"settlers", "settler"})
_FORCES_OWN_WORDS = {
    "police": frozenset({"police", "policemen", "officers"}),
    "military": frozenset({"soldier", "soldiers", "troops", "personnel", "servicemen"}),
}
_UNARMED_VICTIMS = frozenset({"civilians", "unknown", "person"})


# CAMEO roots of what a crowd does that is its demonstration: gathering (an "assembly" is
# CAMEO's consult), demanding, disapproving, rejecting, threatening, blocking
_CROWD_DOINGS = frozenset({"02", "04", "10", "11", "12", "13", "17"})


def _doer_mention(coder: _Coder, event: _Found) -> Any:
    """Where the event's sentence names its first doer (None when it names none there)."""
    if not event.actor1:
        return None
    mentions = coder.mentions_by_sentence.get(event.sentence, ())
    return next((m for m in mentions if m.key == event.actor1[0]), None)


def _both_sides(coder: _Coder, event: _Found) -> bool:
    """Whether the one actor of a clash names both its sides: "Habar Gedir-Sacad and
    Leelkayse clan militia clashed" (two clans' militias, the clans' names coordinated)."""
    mention = _doer_mention(coder, event)
    if mention is None or mention.last > event.trigger_first:
        return False
    subject = coder.norms[max(0, mention.first - 6) : mention.last]
    # ("2 groups of unidentified clan militia clashed", "rival clans fought", "two villages")
    return "and" in subject[:-1] or "rival" in subject or any(
        word in _GROUPS_OF_SIDES and position and subject[position - 1] in ("2", "two", "both")
        for position, word in enumerate(subject)
    ) or (subject[-1] in _COMMUNITIES and subject[-1].endswith("s"))


_GROUPS_OF_SIDES = frozenset({"groups", "factions", "families", "sides", "clans", "villages"})
# Words that bring a fight's other side after its verb ("clashed with", "fought against")
_WITH_OTHER = frozenset({"with", "against"})


def _between_communities(norms: list[str]) -> bool:
    """Whether a fight is told "between two families" (clans, villages), or as communal
    ("inter-communal clashes"), naming no side."""
    if any(word in _COMMUNAL and following in _FIGHT_NOUNS for word, following in pairwise(norms)):
        return True
    for index, word in enumerate(norms):
        if word == "between":
            after = norms[index + 1 : index + 4]
            if after[:1] == ["the"]:
                after = after[1:]
            if after[:1] in (["two"], ["2"], ["rival"]) and after[1:2] and (
                after[1] in _GROUPS_OF_SIDES and after[1] not in ("groups", "factions", "sides")
            ):
                return True
            # "between the Degodia and Gare clans": two names, one plural people's noun
            named = norms[index + 1 : index + 7]
            if named[:1] == ["the"]:
                named = named[1:]
            if "and" in named[1:3] and any(noun in _COMMUNITIES and noun.endswith("s")
                                           for noun in named[2:5]):
                return True
    return False


_COMMUNAL = frozenset({"communal", "inter-communal", "intercommunal", "intra-communal",
                       "inter-clan", "interclan", "intra-clan", "inter-ethnic", "interethnic"})
_FIGHT_NOUNS = frozenset({"clash", "clashes", "fighting", "fight", "fights", "violence"})


def _peoples_fighting(coder: _Coder, event: _Found, sentence: Any,
                      location: Location | None) -> tuple[Actor | None, Actor | None]:
    """The militias of the peoples a fight's sentence names on each side of its verb when
    no actor is told: "members of the Awan Chan section of the Rek Dinka clashed with members
    of ... the Malual Dinka"."""
    norms = coder.norms
    return (_militia_named_in(coder, norms[sentence.first : event.trigger_first], location),
            _militia_named_in(coder, norms[event.trigger_last : sentence.last], location))


def _coordinated_peoples(coder: _Coder, event: _Found, sentence: Any,
                         location: Location | None) -> tuple[Actor, Actor] | None:
    """The militias of two peoples named before one militia noun ("Fulani and Nupe
    militias", "Bantu and Batwa ethnic militias"): a people the tables know, or a capitalised
    name no dictionary knows. Not allies on one side ("X and Y militiamen clashed with
    gunmen")."""
    norms = coder.norms
    if not _WITH_OTHER.isdisjoint(norms[event.trigger_last : sentence.last]):
        return None  # (a pair before the verb is then one side)
    for index in range(sentence.first + 3, sentence.last):
        if norms[index] not in _MILITIA_NOUNS:
            continue
        second = index - 1
        while second > sentence.first and norms[second] in _IDENTITY_WORDS:
            second -= 1  # ("ethnic", "clan")
        first = second - 2
        if first < sentence.first or norms[second - 1] != "and":
            continue
        sides = [_people_at(coder, position, location) for position in (first, second)]
        if sides[0] is not None and sides[1] is not None and sides[0].name != sides[1].name:
            return sides[0], sides[1]
    return None


_MILITIA_NOUNS = frozenset("militia militias militiamen fighters warriors groups".split())


def _people_at(coder: _Coder, position: int, location: Location | None) -> Actor | None:
    """The militia of the people whose name is the word at ``position``."""
    record = coder.lexicon.communities.get(coder.norms[position])
    if record is not None:
        return _community_militia(coder, record, location)
    text = coder.tokens[position].text
    if coder.doc.all_caps or text.isupper():
        return None  # (an acronym is a group's name)
    # (a name no dictionary knows, as "an Auliyan militia" is read)
    militia = _peoples_named_militia(coder, _side(
        f"{text} militia", "militia", "UAF", location.country if location else None))
    return militia if militia is not None and militia.name.endswith("Ethnic Militia") else None


def _militia_named_in(coder: _Coder, words: Sequence[str],
                      location: Location | None) -> Actor | None:
    """The militia of the first people the words name ("the Rek Dinka", "Lou Nuer")."""
    for index in range(len(words)):
        record = coder.lexicon.communities.get(" ".join(words[index : index + 2])) or (
            coder.lexicon.communities.get(words[index]))
        if record is not None:
            return _community_militia(coder, record, location)
    return None


def _community_militia(coder: _Coder, record: Any, location: Location | None) -> Actor:
    """A people's militia as ACLED codes it, in the country of the event's place."""
    militia = named_actor(record, coder.article.published)
    country = location.country if location and location.country else None
    return evolve(militia, country=country or militia.country)


_PARTIES = frozenset({"party", "government"})  # (a ruling party is coded a government)
# (arms that make a party's men its militia)
# What comes to hand in a street fight (not a militia's arms: machetes, guns)
_STREET_ARMS = frozenset("sticks stones rocks knives clubs bricks bottles stick stone".split())
_ARMED = _FIRING | {"weapons", "lethal", "armed", "machetes", "knives", "swords", "axes"}


def _party_members(coder: _Coder, event: _Found, actor1: Actor, norms: list[str]) -> Actor | None:
    """A party's members who come to blows, without arms or deaths: rioters (ACLED), the
    party their association: "NPP supporters assaulted journalists", "supporters of the NPP",
    "PML-N workers clashed with the police", "Congress cadres", "activists from two parties"."""
    told = [*norms, *_told_next(coder, event.sentence, 1)]  # and the next ("with machetes")
    if _lethal_force(told, _ARMED) or DEATH_WORDS.intersection(norms):
        # (a party's men who bear arms or kill are its militia, for ACLED; not the police's
        # tear gas fired at them)
        return None
    mention = _doer_mention(coder, event)
    if mention is None:
        return None
    mentions = coder.mentions_by_sentence.get(event.sentence, ())
    n = coder.norms
    member = party = None
    # (and a politician's: "anti-Gbagbo supporters attacked a bus")
    if actor1.kind in _PARTIES or actor1.kind == "person":
        party = actor1
        for word in n[mention.last - 1 : mention.last + 1]:
            if word in _PARTY_MEMBERS:
                member = word  # "NPP supporters" (the word may be in the party's mention)
        other = next((m for m in mentions if m.first == mention.last + 1), None)
        if member is None and n[mention.last : mention.last + 1] == ["and"] and (
            other is not None and coder.entities.actor(other.key).kind in _PARTIES
        ):
            # "Renamo and Frelimo supporters", "ZANU-PF and MDC supporters"
            member = next((w for w in n[other.last - 1 : other.last + 1] if w in _PARTY_MEMBERS),
                          None)
        before = n[max(0, mention.first - 5) : mention.first]
        for position, word in enumerate(before[:-1]):
            if word in _PARTY_MEMBERS and (before[position + 1] in ("of", "from") or (
                tuple(before[position + 1 : position + 3]) in _ATTACHED
            )):
                member = word  # "supporters of the NPP", "youth attached to the NPP"
    elif _head(actor1) in _PARTY_MEMBERS:
        owner = next((m for m in mentions if m.last == mention.first), None)
        if owner is not None and coder.entities.actor(owner.key).kind in _PARTIES:
            party, member = coder.entities.actor(owner.key), _head(actor1)  # "Congress cadres"
    if party is None or member is None:
        return None
    # ("opposition supporters": the word may end the party's own name)
    name = party.name if party.name.lower().endswith(member) else f"{party.name} {member}"
    return Actor(name=name, kind="rioters", country=party.country, affiliation=party.name)


def _protest_clause_before(coder: _Coder, event: _Found, sentence: Any) -> bool:
    """Whether the clause before a ";" ahead of the event tells a protest."""
    norms = coder.norms[sentence.first : event.trigger_first]
    if ";" not in norms:
        return False
    clause = norms[: len(norms) - norms[::-1].index(";") - 1]
    return not _PROTESTED.isdisjoint(clause)


# A protest told by its noun or its verb
_PROTESTED = PROTEST_WORDS | frozenset("protested demonstrated marched gathered gather "
                                       "demonstrate".split())


def _protest_told(norms: list[str]) -> bool:
    """Whether the words tell of a protest, by its nouns or a crowd's purpose."""
    return any(word in PROTEST_WORDS for word in norms) or not _TO_DEMONSTRATE.isdisjoint(
        pairwise(norms))


# a crowd's purpose told by the verb ("destroyed the car ... to demonstrate against broken
# promises"; not "the attacks demonstrate the regime's cruelty")
_TO_DEMONSTRATE = frozenset({("demonstrate", "against"), ("demonstrate", "over")})
_ATTACHED = frozenset({("attached", "to"), ("affiliated", "to"), ("affiliated", "with"),
                       ("loyal", "to"), ("allied", "to"), ("allied", "with")})


def _for_protesting(norms: list[str]) -> bool:
    """Whether people are told arrested for having protested ("arrested ... for participating
    in protests supporting a blogger"), not at a protest: ACLED's arrests."""
    return any(word == "for" and norms[index + 1 : index + 2] in (
        ["participating"], ["taking"], ["joining"], ["organizing"], ["organising"],
        ["leading"], ["attending"]) and PROTEST_WORDS.intersection(norms[index + 2 : index + 6])
        for index, word in enumerate(norms))


def _riot(event: _Found, actor1: Actor, protest_context: bool) -> str:
    """ACLED's two riots: a demonstration turned violent (told as a protest), or a mob's
    violence outside one."""
    protesting = protest_context or actor1.kind == "protesters"
    if protesting or actor1.kind == "rioters":
        event.cameo = "145"  # a crowd said to be one: CAMEO's "protest violently, riot"
    return "Violent demonstration" if protesting else "Mob violence"


# A crowd's gathering an armed group can call or hold for its supporters
_GATHERINGS_HELD = frozenset(f"trigger:t-{name}" for name in ("march", "rally", "demonstration",
                                                               "protest", "sit-in", "vigil"))
_PEACEFUL = frozenset({"peaceful", "peacefully", "nonviolent", "non-violent"})

_DEMONSTRATORS: dict[str, ActorKind] = {
    "Peaceful protest": "protesters", "Protest with intervention": "protesters",
    "Violent demonstration": "rioters", "Mob violence": "rioters",
    "Excessive force against protesters": "protesters",
}
# Who can be said to demonstrate: not states, armed groups or international bodies.
_CROWD_KINDS = frozenset({"civilians", "unknown", "person", "organization", "party", "media",
                          "protesters", "rioters"})


def _demonstration_roles(
    sub: str | None, actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """ACLED's roles in a demonstration: the crowd is actor 1, coded as protesters (rioters
    when violent), and the force that intervenes is actor 2 ("police dispersed students")."""
    kind = _DEMONSTRATORS.get(sub or "")
    if kind is None:
        return actor1, actor2
    if sub in _FORCE_SUBS and actor1 is not None and actor2 is not None and (
        actor2.kind == "protesters" and actor1.kind in _CROWD_KINDS and actor1.kind != "protesters"
    ):
        # "a group of men attacked the protesters": the demonstration first, its attackers
        # the rioters who intervened
        actor1, actor2 = actor2, evolve(actor1, kind="rioters")
    if sub == "Mob violence" and actor1 is not None and actor1.kind == "militia" and (
        actor1.name[:1].islower()
    ):
        # "a vigilante group lynches two": an unnamed band's mob justice, its doers rioters
        actor1 = evolve(actor1, kind="rioters")
    if (actor1 is None or actor1.kind not in _CROWD_KINDS) and actor2 is not None and (
        actor2.kind in _CROWD_KINDS
    ):
        actor1, actor2 = actor2, actor1
    if actor1 is not None and actor1.kind in _CROWD_KINDS and actor1.kind != kind:
        actor1 = evolve(actor1, kind=kind)
    if sub == "Peaceful protest" and actor2 is not None and actor2.kind in _CROWD_KINDS:
        actor2 = None  # "teachers and students marched": one crowd; no one was acted on
    if actor2 is not None and actor2.kind in ("person", "igo") and not (
        sub == "Mob violence" or (actor2.cameo or "").endswith(("COP", "MIL"))
    ):
        # "protested calling for President Gnassingbe to step down": whom a crowd addresses
        # is no side of the demonstration (ACLED's actor 2 is who intervened); whom a mob
        # beats is, and so is a police officer ("assaulted a police officer")
        actor2 = None
    return actor1, actor2


_HURT = frozenset("injured injuring injuries wounded wounding hurt hospitalized hospitalised "
                  "hospital".split())
_FORCES_HURT = frozenset("police policemen policeman officers officer soldiers soldier "
                         "security gendarmes agents".split())


def _destroyed_at(norms: list[str]) -> int:
    """Where a clause's verb of destruction is (its length when there is none)."""
    return next((index for index, word in enumerate(norms) if word.startswith("destroy")),
                len(norms))


_MISTREATING = frozenset({"180", "181", "182"})  # assault, abduction, beating and torture


def _forces_among_dead(norms: list[str]) -> bool:
    """Whether the police or soldiers are counted in the toll told after an attack ("...,
    killing three civilians and five police"; not "former police officers")."""
    for index, word in enumerate(norms):
        if word != "killing" or not _NO_SUCH.isdisjoint(norms[max(0, index - 3) : index]):
            continue
        listed = norms[index + 1 : index + 8]
        if any(later in _FORCES_DEAD and _NO_LONGER_ARMED.isdisjoint(listed[max(0, at - 3) : at])
               for at, later in enumerate(listed)):
            return True
    return False


def _struck_from_afar(norms: list[str]) -> bool:
    """Whether forces "struck" a building, a place or positions, with no gun or hand told
    ("the Israeli army struck a building"): war reporting's strike, not a blow or gunfire."""
    return _GUNS.isdisjoint(norms) and "with" not in norms and any(
        word in ("struck", "strike", "strikes", "striking")
        and not _STRUCK_TARGETS.isdisjoint(norms[index + 1 : index + 5])
        for index, word in enumerate(norms))


_STRUCK_TARGETS = frozenset("building buildings house houses home homes positions position "
                            "targets target site sites town village area areas school "
                            "hospital depot headquarters infrastructure facility facilities "
                            "neighbourhood neighborhood outskirts launchers launcher".split())


def _dead_told_as_forces(norms: list[str]) -> bool:
    """Whether the dead are said in a bracket to be soldiers or police ("9 people (believed
    to be soldiers) were killed")."""
    for index, word in enumerate(norms):
        if word == "(" and not _FORCES_DEAD.isdisjoint(norms[index + 1 : index + 6]) and (
            DEATH_WORDS.intersection(norms[index + 1 : index + 12])
        ):
            closing = norms.index(")", index) if ")" in norms[index:] else len(norms)
            if closing - index <= 6 and _NO_SUCH.isdisjoint(norms[index + 1 : closing]):
                return True
    return False


_FORCES_DEAD = frozenset("police policemen policeman soldiers soldier troops gendarmes".split())


# What was fired that does not kill: "fired tear gas", "fired rubber bullets", "fired in the air"
_NOT_LETHAL = frozenset("tear teargas rubber water warning in into stun pepper plastic blank "
                        "blanks smoke".split())


def _warning_shots(norms: list[str]) -> bool:
    """ "fired warning shots", "fired into the air": shots that only scatter a crowd."""
    return any(pair in (("warning", "shots"), ("warning", "shot"), ("the", "air"))
               for pair in pairwise(norms))


def _lethal_force(done: list[str], force: frozenset[str] = EXCESSIVE_FORCE | {"fire"}) -> set[str]:
    """The words of lethal force among what was done, firing that only dispersed left out."""
    return {
        word for index, word in enumerate(done)
        if word in force
        and _NOT_LETHAL.isdisjoint(done[index + 1 : index + 3])
        and _NOT_LETHAL.isdisjoint(done[max(0, index - 1) : index])  # "rubber bullets"
        # "fired several shots in the air": warning shots
        and not any(pair in (("the", "air"), ("into", "air")) for pair in pairwise(
            done[index + 1 : index + 7]))
    }


# Injuries ACLED's excessive force asks for: serious, or many
_SERIOUS = frozenset("seriously severely critically badly gravely serious severe critical "
                     "grievous grievously hospitalized hospitalised hospital".split())
_MANY_HURT = frozenset("several many dozens scores hundreds numerous".split())


def _serious_hurt(done: list[str], index: int) -> bool:
    """Whether the injury told at ``index`` is serious or widespread ("injuring 12", "seriously
    injured", "several were hospitalised"), as ACLED's excessive force asks; one protester
    hurt, or three, is an intervention's."""
    around = done[max(0, index - 4) : index + 4]
    if not _SERIOUS.isdisjoint(around) or not _MANY_HURT.isdisjoint(around):
        return True
    # the count of the hurt: before the word ("14 were injured"), or after its participle
    # ("injuring 14"), not the count of others ("one was injured and five were detained")
    counted = done[max(0, index - 4) : index]
    if done[index].endswith("ing"):
        counted = done[index + 1 : index + 3]
    return any((number_value(counted, position)[0] or 0) >= 5 for position in range(len(counted)))


# What makes "live" lethal force ("live ammo", "live rounds", "live fire")
_LIVE_ROUNDS = frozenset("ammo ammunition rounds bullets fire".split())
_SLIGHT = frozenset("few minor slightly slight mildly light lightly".split())


def _intervention(done: list[str]) -> str:
    """Force used on a peaceful protest: excessive when it hurt the protesters (ACLED:
    "violence causing serious injuries"), else an intervention; the wounded told as the
    police's own are not theirs."""
    for index, word in enumerate(done):
        before = done[max(0, index - 5) : index]
        if word in _TORTURED and _NO_SUCH.isdisjoint(before[-3:]):
            return "Excessive force against protesters"  # "arrested by the police and tortured"
        if word in _HURT and _serious_hurt(done, index) and not _FORCES_HURT.intersection(before) and (
            _NO_SUCH.isdisjoint(before[-4:])  # "No injuries were reported"
        ) and _SLIGHT.isdisjoint(done[max(0, index - 2) : index + 3]):  # "injuring a few"
            return "Excessive force against protesters"
    return "Protest with intervention"


_TORTURED = frozenset({"tortured", "torture", "torturing"})
_THROWING = frozenset("hurled hurling hurl threw throwing thrown throw lobbed lobbing tossed "
                      "tossing".split())
_INCENDIARY = frozenset("petrol molotov gasoline incendiary fire".split())


def _thrown_explosive(norms: list[str], position: int) -> bool:
    """Whether an explosive was thrown by hand ("hurled an anti-personnel mine at the police
    station"): a grenade by ACLED's definition ("a grenade or other similar hand-thrown
    explosive"); not a petrol bomb."""
    if WEAPON_WORDS.get(norms[position]) != "ied" or norms[position] == "booby":
        return False
    before = norms[max(0, position - 5) : position]
    return not _THROWING.isdisjoint(before) and _INCENDIARY.isdisjoint(before[-3:])


def _more_specific(current: str, suggested: str) -> str:
    # Keep a code the trigger already refined (1952 drone) unless the weapon says otherwise.
    if current.startswith(suggested[:3]) and len(current) > len(suggested):
        return current
    return suggested if current[:2] in ("18", "19") or current == "190" else current


def _date_for(coder: _Coder, event: _Found) -> FuzzyDate | None:
    doc = coder.doc
    trigger_start = doc.tokens[event.trigger_first].start
    by_sentence = coder.dates_by_sentence()
    in_sentence = by_sentence.get(event.sentence)
    if in_sentence:
        told = _told_dates(coder, event.sentence)
        return min(told or in_sentence, key=lambda d: abs(d.mentions[0].start - trigger_start))
    # The closest date earlier in the same paragraph, then the lead's, then the publication
    # date.
    earlier = coder.latest_before(by_sentence, event.sentence)
    if earlier is not None:
        return by_sentence[earlier][-1]
    lead = _lead_date(coder)
    if lead is not None and coder.doc.sentences[event.sentence].paragraph > 0:
        return lead
    published = coder.article.published
    if published is not None:
        return FuzzyDate.day(published, text=None)
    return None


# History told as background: dated more than this before the report, outside its lead.
_BACKGROUND_DAYS = 60


def _background(coder: _Coder, event: _Found, date: FuzzyDate | None) -> bool:
    """Whether an event is history told as background ("In June 2021, gunmen killed 130 people
    in Solhan"), which ACLED and MUC-4 do not code from this report: the text dates it more
    than two months before the article was published, and it is not in the lead paragraph
    (a late report of an old event opens with it)."""
    published = coder.article.published
    if published is None or date is None or date.end is None or not date.text:
        return False
    if (published - date.end).days <= _BACKGROUND_DAYS:
        return False
    sentences = coder.doc.sentences
    return sentences[event.sentence].paragraph != sentences[0].paragraph


def _place_rank(coder: _Coder, mention: Any) -> tuple[bool, bool, int, bool, int]:
    """How fit a place named is to be an event's place, best highest (before its distance
    from the event's words); computed once for each mention."""
    rank = coder.place_ranks.get((mention.first, mention.last, mention.key))
    if rank is None:
        location = coder.entities.locations[mention.key].location
        rank = coder.place_ranks[(mention.first, mention.last, mention.key)] = (
            _coded_to(coder, mention),  # the place an ACLED note says it "coded to"
            # a square or a street is coded to its town ("Bat Galim Square of Haifa city",
            # "the Kutulo-Kharar road in Wajir")
            location.name.rsplit(" ", 1)[-1].lower() not in _STREET_LEVEL
            and not _part_of_town(coder.norms[mention.last : mention.last + 2]),
            _specificity(location),
            not _reference_point(coder, mention.first),  # ACLED's place when nothing finer
            _bracket_rank(coder, mention),  # ACLED's "Noma Tounga (Malanville, Alibori)"
        )
    return rank


def _location_for(coder: _Coder, event: _Found) -> Location | None:
    doc = coder.doc
    by_sentence = coder.locations_by_sentence()
    in_sentence = by_sentence.get(event.sentence, [])
    candidates = in_sentence
    for in_paragraph in (True, False):
        if candidates:
            break
        # The places of the latest sentence naming any, in the same paragraph, else earlier
        # in the article: a report goes on telling what happened there ("Police arrested 47
        # people on Tuesday" in the town whose riot the lead told); the finest of them, not
        # the region its brackets end with.
        earlier = coder.latest_before(by_sentence, event.sentence, in_paragraph=in_paragraph)
        if earlier is not None:
            candidates = by_sentence[earlier]
    if not candidates:
        # Nothing before it: the place the next sentences give ("... clashed over a mosque.
        # The event took place in Kombolcha").
        candidates = _places_told_next(coder, event.sentence)
    if not candidates:
        return None
    told = [m for m in candidates if not in_dateline(
        doc.text, doc.tokens[m.first].start, doc.tokens[m.last - 1].end
    )]
    candidates = told or candidates
    records = coder.entities.locations
    best = max(candidates, key=lambda m: (*_place_rank(coder, m),
                                          -abs(m.first - event.trigger_first)))
    best = _named_reference(
        coder, _town_of_barangay(coder, _town_of_zone(coder, best, candidates), candidates),
        candidates)
    location = records[best.key].location
    town = _town_named_with_region(coder, candidates) if _specificity(location) < _TOWN else None
    if town is not None:
        return town
    region = _containing_region(coder, in_sentence, best)
    # an unknown village, or one the text calls a village (not a town of that name abroad)
    guessed = (location.kind == "place" and location.feature_id is None) or (
        location.feature_id is not None and _called_village(coder, best))
    if region is not None and location.country != region.country and (guessed or (
        _country_weight(coder, in_sentence, region.country)
        > _country_weight(coder, in_sentence, location.country)
    )):
        # "in Welingara near Nara (Koulikoro)", "near the town of Boni in the central Mopti
        # region": the region the town is said to lie in, and the other places of the
        # sentence and the article, say which country; a town of that name abroad (the
        # Gambia's Welingara, a Boni in Germany) is not the one meant. (One against one,
        # "Bamenda (Nord-Ouest)" in an article that names nothing else, the town's reading
        # stands: Haiti has a Nord-Ouest too.)
        location = Location(name=location.name, country=region.country, admin1=region.admin1,
                            geo_precision=2, kind="place")
    elif region is not None and location.country == region.country and not location.admin1:
        # "near Tha Yet Ta Pin village, in Kyauktaw Township, in Rakhine State": a place the
        # gazetteer does not hold lies in the region named after it
        location = evolve(location, admin1=region.admin1, iso3166_2=region.iso3166_2)
    elif region is None and guessed and not location.admin1:
        # "in Kunlong Township, in Northern Shan State, ... from Nam Kyin San village",
        # "shelled Quran village in rural Ain al Arab in the northern Aleppo countryside": the
        # one region the sentence names holds the village the gazetteer lacks
        regions = {(place.country, place.admin1, place.iso3166_2) for m in in_sentence
                   for place in (records[m.key].location,)
                   if place.geo_precision == 3 and place.admin1 and place.kind != "country"}
        if len(regions) == 1:
            ((country, admin1, code),) = regions
            location = evolve(location, country=country, admin1=admin1, iso3166_2=code)
    elif region is not None and location.country == region.country and location.admin1 and (
        region.admin1 and not _same_admin1(location, region)
    ):
        # "Pipri, Kaushambi (UP)": not the Pipri of another state the gazetteer knows
        location = Location(name=location.name, country=region.country, admin1=region.admin1,
                            iso3166_2=region.iso3166_2, geo_precision=2, kind="place")
    elif region is not None and location.admin1 and _same_admin1(location, region):
        location = _as_the_text_names_it(coder, in_sentence, best, location)
    elif region is None and location.feature_id is not None:
        location = _abroad_alone(coder, in_sentence, best, location)
        location = _village_of_the_sides(coder, best, location)
    container = _town_it_lies_in(coder, in_sentence, best)
    # ("in Eastleigh, Nairobi": a part of the city, where the note puts it)
    comma = coder.norms[best.last : best.last + 1] == [","]
    if container is not None and container.country != location.country and (
        (weight := _country_weight(coder, in_sentence, container.country))
        > (abroad := _country_weight(coder, in_sentence, location.country))
        or (comma and weight >= abroad)
    ):
        # "the IDP site at 'St. Joseph' in Bambari": the site lies in the town named after
        # it, and a St. Joseph abroad, where nothing else of the text is, is not the one meant
        location = container
        if comma:  # (by the name the note gives it)
            location = Location(name=records[best.key].location.name, country=container.country,
                                admin1=container.admin1, iso3166_2=container.iso3166_2,
                                geo_precision=2, kind="place")
    if event.cameo[:2] in VIOLENT_ROOTS and (
        location.geo_precision in (3, None) or location.kind in ("country", "region")
    ):
        # "killed 27 civilians in a village in northeastern Burkina Faso ... Gunmen stormed
        # Boundore in Yagha province": the report names the place in the next sentences.
        location = _place_told_after(coder, event, location) or location
    return replaced(location, mentions=())


def _placed_in_text(
    coder: _Coder, village: Location, sides: tuple[Actor | None, Actor | None]
) -> Location:
    """A village the text does not place ("raided Gunane village in Tarbaj constituency. ...
    Wajir county commissioner ..."), put where the rest of the text is: the country of most of
    its places and actors, and the one region it names there."""
    home = _text_country(coder, sides)
    if home is None:
        return village
    country = home.country
    records = coder.entities.locations
    regions = {(place.admin1, place.iso3166_2) for m in coder.entities.location_mentions
               for place in (records[m.key].location,)
               if place.country == country and place.admin1 and place.kind != "country"}
    admin1, code = next(iter(regions)) if len(regions) == 1 else (None, None)
    return evolve(village, country=country, admin1=admin1, iso3166_2=code)


def _places_told_next(coder: _Coder, sentence: int) -> list[Any]:
    """The places of the first of the next two sentences of the paragraph that names any."""
    sentences, by_sentence = coder.doc.sentences, coder.locations_by_sentence()
    paragraph = sentences[sentence].paragraph
    for index in range(sentence + 1, min(sentence + 3, len(sentences))):
        if sentences[index].paragraph != paragraph:
            break
        if by_sentence.get(index):
            return by_sentence[index]
    return []


def _coded_to(coder: _Coder, mention: Any) -> bool:
    """Whether a place follows an ACLED analyst's "coded to" (a few words such as "district
    center" may come between), or is the whole of a "coded as" remark ("(coded as Hpapun)",
    "coded as Djibo at geoprecision 3"; "coded as Amhara Liyu Police" names an actor)."""
    first, norms = mention.first, coder.norms
    if norms[max(0, first - 2) : first] == ["coded", "as"]:
        return norms[mention.last : mention.last + 1] in ([")"], ["at"], [","], ["."])
    return any(coded_to(coder.doc.tokens, index) for index in range(max(1, first - 4), first))


_STREET_LEVEL = frozenset("square street road avenue roundabout junction bridge highway "
                          "boulevard crossroads".split())


def _part_of_town(following: list[str]) -> bool:
    """Whether the words after a place's name make it part of a town that ACLED codes
    instead ("the Kutulo-Kharar road", "Brookfields neighborhood of Freetown city"). (ACLED
    codes "the X area of Y district" both ways.)"""
    # (but "Wad Nubawi neighborhood (Omdurman - Wad Nubawi, Omdurman, Khartoum)": the place
    # an ACLED note gives with its districts in brackets is the one coded)
    return following[:1] == ["road"] or (
        following[:1] in (["neighborhood"], ["neighbourhood"], ["quarter"])
        and following[1:] != ["("])


def _abroad_alone(coder: _Coder, in_sentence: Sequence[Any], best: Any,
                  location: Location) -> Location:
    """A town read abroad when every other place of its sentence lies in one other country
    ("at Sirsiri (a.k.a. Kuba) (Juba county, Central Equatoria state)": not Brazil's Kuba)
    is a place of that country the gazetteer lacks, in the one region the sentence names."""
    records = coder.entities.locations
    norms = coder.norms
    others = [records[m.key].location for m in in_sentence if m is not best]
    countries = {other.country for other in others}
    # the brackets right after the town (past its own "a.k.a." brackets)
    opening = best.last if norms[best.last : best.last + 1] == ["("] else (
        best.last + 1 if norms[best.last : best.last + 2] == [")", "("] else None)
    if opening is None or len(countries) != 1 or None in countries or (
        location.country in countries
    ):
        return location
    closing = next((index for index in range(opening, min(opening + 16, len(norms)))
                    if norms[index] == ")"), opening)
    if not any(
        # a region in them, as a note gives it (not "fired missiles at Eilat (Israel) from
        # Sanaa (Sanaa governorate)")
        opening < m.first < closing and records[m.key].location.geo_precision == 3
        and records[m.key].location.kind not in ("country", "place")
        for m in in_sentence
    ):
        return location
    (country,) = countries
    regions = {(other.admin1, other.iso3166_2) for other in others
               if other.admin1 and other.geo_precision == 3}
    admin1, code = next(iter(regions)) if len(regions) == 1 else (None, None)
    return Location(name=location.name, country=country, admin1=admin1, iso3166_2=code,
                    geo_precision=2, kind="place")


_SMALL_PLACES = frozenset({"village", "hamlet", "settlement"})


def _called_village(coder: _Coder, mention: Any) -> bool:
    """Whether the text calls a place a village ("Ala village", "the village of Ala")."""
    following = coder.norms[mention.last : mention.last + 1]
    before = coder.norms[max(0, mention.first - 2) : mention.first]
    return (following != [] and following[0] in _SMALL_PLACES) or (
        len(before) == 2 and before[1] == "of" and before[0] in _SMALL_PLACES)


def _village_of_the_sides(coder: _Coder, best: Any, location: Location) -> Location:
    """A village the gazetteer reads abroad where nothing else of the text lies, while the
    actors and places told are all of one other country ("Boko Haram ambushed a patrol at
    Ala village": not a town of that name in Germany): a village of that country the
    gazetteer lacks."""
    if not _called_village(coder, best):
        return location
    counts = coder.mentioned_countries()
    told = [country for country, count in counts.items()
            if country is not None and country != location.country and count]
    if counts[location.country] > 1 or len(told) != 1:
        return location
    return Location(name=location.name, country=told[0], geo_precision=2, kind="place")


def _named_reference(coder: _Coder, mention: Any, candidates: Sequence[Any]) -> Any:
    """The place a village the gazetteer lacks is located by, as ACLED codes it: "in Hebry
    village, close to Feina", "in Kofounou near Karimama (Karimama, Alibori)"."""
    location = coder.entities.locations[mention.key].location
    if location.kind != "place" or location.feature_id is not None:
        return mention
    norms = coder.norms
    for other in candidates:
        between = norms[mention.last : other.first]
        if other is not mention and 0 < len(between) <= 4 and (
            between[-1:] == ["near"] or between[-2:] == ["close", "to"]
        ):
            return other
    return mention


def _town_of_zone(coder: _Coder, mention: Any, candidates: Sequence[Any]) -> Any:
    """The town before a dash, for a zone or district written after it, as ACLED's notes
    write them ("in Manaus - East Zone (Amazonas)", "Mogadishu - Yaqshid": the town)."""
    if mention.first < 2 or coder.norms[mention.first - 1] != "-":
        return mention
    records = coder.entities.locations
    return next((other for other in candidates if other.last == mention.first - 1 and (
        _specificity(records[other.key].location) >= _TOWN)), mention)


_BARANGAY = frozenset({"barangay", "brgy"})


def _town_of_barangay(coder: _Coder, mention: Any, candidates: Sequence[Any]) -> Any:
    """The town after a barangay ("in Barangay San Jose, Las Navas (Northern Samar)"): ACLED
    codes the Philippines' villages to their municipality."""
    if coder.norms[mention.first] not in _BARANGAY and (
        not mention.first or coder.norms[mention.first - 1] not in _BARANGAY
    ):
        return mention
    if coder.norms[mention.last : mention.last + 1] != [","]:
        return mention
    return next((other for other in candidates if other.first == mention.last + 1), mention)


def _town_named_with_region(coder: _Coder, candidates: Sequence[Any]) -> Location | None:
    """ACLED's "in Caldas, Antioquia", "in Santa Barbara, Heredia": a name the gazetteer
    reads as a region (Colombia's Caldas department, Honduras's Santa Barbara) written
    before a region and a comma, as a note names a town and its region, is the town (the
    last of a list, "in Kandahar, Helmand and Uruzgan", is no such pair)."""
    records = coder.entities.locations
    norms = coder.norms
    for first, second in pairwise(candidates):
        town, region = records[first.key].location, records[second.key].location
        if second.first == first.last + 1 and norms[first.last] == "," and (
            norms[first.first - 1 : first.first] == ["in"]
            and norms[second.last : second.last + 1] in ([","], ["."])
            and norms[second.last + 1 : second.last + 2] != ["and"]
            and all(other.first != second.last + 1 for other in candidates)
            and region.geo_precision == 3 and region.admin1
            and town.kind not in ("country", "place") and town.geo_precision == 3
        ):
            name = coder.doc.text[coder.doc.tokens[first.first].start
                                  : coder.doc.tokens[first.last - 1].end]
            return Location(name=name, country=region.country, admin1=region.admin1,
                            iso3166_2=region.iso3166_2, geo_precision=2, kind="place")
    return None


def _country_weight(coder: _Coder, mentions: Sequence[Any], country: str | None) -> tuple[int, int]:
    """How strongly the text places things in a country: its places in the sentence, then the
    places and actors of the whole article."""
    records = coder.entities.locations
    in_sentence = sum(records[m.key].location.country == country for m in mentions)
    return in_sentence, coder.mentioned_countries()[country]


def _town_it_lies_in(coder: _Coder, mentions: Sequence[Any], place: Any) -> Location | None:
    """The town named right after a place and "in" ("'St. Joseph' in Bambari"), or a comma
    ("Eastleigh, Nairobi")."""
    for mention in mentions:
        between = coder.norms[place.last : mention.first]
        if ("in" in between and len(between) <= 2) or between == [","]:
            # (empty for the places before it)
            location = coder.entities.locations[mention.key].location
            return location if location.geo_precision == 1 else None
    return None


def _containing_region(coder: _Coder, mentions: Sequence[Any], town: Any) -> Location | None:
    """A region named after a town in its sentence, as the one it lies in: in brackets, as
    ACLED writes "Gwoza (Borno)", or after "in" ("Boni in the central Mopti region")."""
    for mention in mentions:
        if mention.first < town.last or mention.first - town.last > 12:
            continue
        location = coder.entities.locations[mention.key].location
        between = coder.norms[town.last : mention.first]
        if location.admin1 and (
            (len(between) == 2 and between[1] == "of" and between[0] in _PLACE_NOUNS)
            or (between == [","] and coder.norms[mention.last : mention.last + 1] == ["("])
        ):
            # "Korogocho slum of Nairobi", "Pipri, Kaushambi (UP)": in that town's region
            return location
        if not location.country or location.geo_precision != 3 or location.kind in (
            "country", None
        ):
            continue
        if between[-1:] == ["("] or _in_the_region(between):
            return location
        if ("(" in between and ")" not in between) or all(
            word == "," or word in _ADMINISTRATIVE or coder.doc.tokens[index].is_capitalized
            for index, word in enumerate(between, start=town.last)
        ):
            # the last of the names listed in the brackets after it, or in commas: "Kolo near
            # Bakouma (Bakouma, Mbomou)", "Tabaj Hamid, Khanaqin district, Diyala"
            return location
    return None


def _in_the_region(between: Sequence[str]) -> bool:
    """The words between a town and a region say it lies there: "Boni in the central Mopti
    region", "Tha Yet Ta Pin village, in Kyauktaw Township"; not a phrase about something
    else that ends in a place ("Tunis in support of Palestinians in Gaza")."""
    if "in" not in between or len(between) > 6:
        return False
    at = between.index("in")
    return all(word == "," or word in _ADMINISTRATIVE or word in _PLACE_NOUNS
               for word in between[:at]) and not _LINKS.intersection(between[at + 1 :])


# words that start another phrase between a town and a later place
_LINKS = frozenset("in of with for to and against from by on at over".split())


def _as_the_text_names_it(coder: _Coder, mentions: Sequence[Any], town: Any,
                          location: Location) -> Location:
    """A town's region spelled as its sentence names it, when it names it by another of its
    names: "Birgunj (Parsa, Province 2)" (ACLED's name of Nepal's Madhesh until 2022),
    "Sardasht (West Azarbaijan)" (ACLED's spelling, which the note gives)."""
    from ..formats._countries import ACLED_ADMIN1  # (on first use: it imports pycountry)

    records = coder.entities.locations
    mention = next((m for m in mentions if 0 <= m.first - town.last <= 12
                    and records[m.key].location.iso3166_2 == location.iso3166_2
                    and records[m.key].location.geo_precision == 3), None)
    subdivision = gazetteer.subdivision(location.iso3166_2)
    if mention is None or subdivision is None or subdivision.parent or (
        location.admin1 != subdivision.name  # (a spelling set already: "Shan-North")
    ):
        return location  # (a first-level region only: not "Thiou (Thiou, Yatenga)")
    tokens = coder.doc.tokens
    spelled = coder.doc.text[tokens[mention.first].start : tokens[mention.last - 1].end]
    words = spelled.lower().split()
    if location.iso3166_2 in ACLED_ADMIN1 or spelled.isupper() or (
        _RANKS.intersection(words) and not any(word.isdigit() for word in words)
    ) or coder.norms[mention.last : mention.last + 1] == ["-"]:
        # ACLED's own spelling, where known, wins; no abbreviation ("KP"), no rank word
        # ("Sudurpashchim Province", but "Province 2" is a name), no part ("Shan-North")
        return location
    return evolve(location, admin1=spelled)


_ADMINISTRATIVE = frozenset("district province region governorate state county township tract "
                            "village town city zone woreda municipality".split())
_RANKS = _ADMINISTRATIVE | frozenset("department oblast prefecture division".split())


def _place_told_after(coder: _Coder, event: _Found, coarse: Location) -> Location | None:
    """The first town or village named in the three sentences after an event's, in the same
    or the next paragraph, and in the country of the event's coarse place."""
    sentences = coder.doc.sentences
    by_sentence = coder.locations_by_sentence()
    paragraph = sentences[event.sentence].paragraph
    for index in range(event.sentence + 1, min(event.sentence + 4, len(sentences))):
        if sentences[index].paragraph > paragraph + 1:
            break
        for mention in by_sentence.get(index, ()):
            place = coder.entities.locations[mention.key].location
            if place.geo_precision in (1, 2) and place.country == coarse.country and (
                coarse.admin1 is None or place.admin1 is None
                or gazetteer.same_region(place.admin1, coarse.admin1)
            ):
                return place
    return None


def _weapons_owner(coder: _Coder, event: _Found, actor1: Actor | None) -> Actor | None:
    """Whose drones or missiles were downed: the actor named inside the trigger ("shot down
    four Russian drones"), the side the interceptor fought."""
    # (a crewed aircraft's kind told past the trigger: "shot down Ukrainian 'Su-27' aircraft")
    last = event.trigger_last + (6 if event.rule in _DOWNED_CRAFT else 0)
    for mention in coder.mentions_by_sentence.get(event.sentence, ()):
        if event.trigger_first < mention.first and mention.last <= last:
            (actor,) = _actors(coder, [mention.key])
            if actor1 is None or actor.country != actor1.country:
                return actor
    return None


def _home(actor: Actor | None) -> Location | None:
    """The country of an actor as a place (the place of what it says, when the text names
    none)."""
    country = gazetteer.country(actor.country) if actor is not None and actor.country else None
    return country_location(country) if country is not None else None


_COMMUNITIES = frozenset("villages clans clan tribes tribe communities tribesmen".split())
# People of a place, who fight another community as its communal militia
_LOCALS = frozenset("villagers inhabitants residents locals youths youth farmers".split())
_PASTORAL = frozenset("herders farmers breeders pastoralists nomads herdsmen".split())
_DEADLY = frozenset("killed killing kill kills dead died shot armed guns gunmen rifles gunfire "
                    "firearms machetes".split())


def _community_harmed(coder: _Coder, event: _Found, sentence: Any) -> bool:
    """Whether the words after an act name a people it was done to ("a Fulani camp")."""
    after = coder.norms[event.trigger_last : min(sentence.last, event.trigger_last + 8)]
    return any(word in coder.lexicon.communities for word in after)


def _peoples_militia(
    coder: _Coder, actor: Actor | None, location: Location | None, fighting: bool = False,
    communal: bool = False,
) -> Actor | None:
    """The militia of the people or clan an unorganised actor is named by ("Fulani herders",
    "Lou Nuer youth"), as ACLED codes those who kill in its name, and of the herders or
    farmers who fight another community (``fighting``); other actors as they are."""
    if actor is None or actor.kind not in ("civilians", "unknown", "rioters", "militia"):
        return actor
    words = actor.name.lower().split()[:-1]  # not the head noun ("herders")
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            record = coder.lexicon.communities.get(" ".join(words[start : start + size]))
            if record is not None:
                return _community_militia(coder, record, location)
    head = actor.name.lower().split(" from ")[0].rsplit(" ", 1)[-1]  # "herders from Samburu"
    if head in _COMMUNITIES or (fighting and head in _PASTORAL) or (
        communal and (head in _LOCALS or head in ("people", "community"))
    ):
        # "two villages clashed", "rival clans fought", "farmers and herders clashed":
        # communities' men, a communal militia
        country = (location.country if location else None) or actor.country
        return evolve(_side("Communal Militia", "militia", "UAF", country), mentions=())
    return actor


def _taken_from(coder: _Coder, event: _Found, sentence: Any) -> Actor | None:
    """Whom ground was taken from: the actor right after "from" in the capture's clause
    ("the SPLA recaptured the village of Gabat ... from the SPLM-IO")."""
    norms = coder.norms
    for index in range(event.trigger_last, min(event.trigger_last + 24, sentence.last)):
        if norms[index] in (".", ";", ","):
            return None
        if norms[index] == "from":
            after = index + 2 if norms[index + 1 : index + 2] == ["the"] else index + 1
            mention = coder.entities.mention_at(after)
            if mention is None or mention.first != after:
                return None
            actor = _actors(coder, [mention.key])[0]
            # (not a country left, "withdrawal from Mali")
            return actor if actor.kind in ARMED_KINDS or (
                actor.kind in _STATE and actor.kind != "state") else None
    return None


def _peoples_fighters(coder: _Coder, actor: Actor | None,
                      location: Location | None) -> Actor | None:
    """The militia of the people whose armed men an unnamed actor is ("Gedeo fighters")."""
    # (the head noun in lower case: a description, not a group's name)
    if actor is None or actor.kind not in ("rebel", "militia") or (
        actor.name.rsplit(" ", 1)[-1] not in _FIGHTERS
    ):
        return actor
    probe = evolve(actor, kind="militia")
    militia = _peoples_militia(coder, probe, location, fighting=False)
    return actor if militia is probe else militia


_FIGHTERS = frozenset({"fighters", "fighter", "militiamen", "gunmen", "combatants", "warriors"})


def _people_in_brackets(coder: _Coder, event: _Found, location: Location | None) -> Actor | None:
    """The militia of the people an ACLED note's brackets say unnamed attackers belong to:
    "attackers (presumed to be from the Awan-Parek section of the Rek Dinka) attacked", "cattle
    raiders from Panyijiar county (and likely to be Dor and/or Nyong Nuer)"."""
    norms = coder.norms
    sentence = coder.doc.sentences[event.sentence]
    key = event.actor1[0]
    mention = next((m for index in range(sentence.first, event.trigger_first)
                    if (m := coder.entities.mention_at(index)) is not None and m.key == key),
                   None)
    if mention is None:
        return None
    opening = next((index for index in range(mention.last, min(mention.last + 6,
                                                                  event.trigger_first))
                    if norms[index] == "("), None)
    if opening is None:
        return None
    closing = next((index for index in range(opening, min(opening + 30, event.trigger_first))
                    if norms[index] == ")"), None)
    if closing is None:
        return None
    return _militia_named_in(coder, norms[opening + 1 : closing], location)


def _text_country(coder: _Coder, sides: tuple[Actor | None, Actor | None]) -> Location | None:
    """The country most of a text's places and actors belong to, as a place; between two
    named as often, the one whose state forces took part ("LRA rebels ... were repulsed by
    Sudanese forces": a state's forces fight at home)."""
    counts = coder.mentioned_countries()
    most = max((count for iso, count in counts.items() if iso), default=0)
    tied = [iso for iso, count in counts.items() if iso and count == most]
    if len(tied) > 1:
        tied = [a.country for a in sides if a and a.kind in _STATE and a.country in tied]
    if len(set(tied)) != 1:
        return None  # no telling
    return _home(Actor(name=tied[0], kind="state", country=tied[0]))


# Titles of offices held in a region or town, not in the capital.
_LOCAL_OFFICES = frozenset(
    "governor mayor regional provincial local district municipal county village".split()
)


def _said_where(coder: _Coder, finding: Any, statement: Statement) -> Location | None:
    """Where a statement was made.

    - A place named beside the cue, outside the speaker and what was said, after "in" or
      "at" or "visiting": "told reporters in Moscow that ...", "said at a rally in Tabriz".
    - Else, for a national government, army or state, the place the dateline gives when it
      lies in the speaker's country, or the capital (the seat of government), with ACLED's
      precision 3 (only the country is known; a point in it stands for the place).
    - Else the speaker's country.
    """
    speaker = statement.speaker
    index = getattr(finding, "sentence", None)
    doc = coder.doc
    if index is not None:
        said = [(span.start, span.end) for span in statement.evidence
                if span.label in ("quote", "speaker")]
        for mention in coder.locations_by_sentence().get(index, ()):
            start, end = doc.tokens[mention.first].start, doc.tokens[mention.last - 1].end
            if any(a <= start < b for a, b in said) or in_dateline(doc.text, start, end):
                continue
            if mention.first and coder.norms[mention.first - 1] in ("in", "at", "visiting"):
                return replaced(coder.entities.locations[mention.key].location, mentions=())
    home = _home(speaker)
    if speaker is None or home is None:
        return home
    role = (speaker.cameo or "")[3:6]
    national = speaker.kind in ("state", "government", "military") or role in ("GOV", "MIL")
    if not national or _LOCAL_OFFICES.intersection(gazetteer.fold(speaker.title or "").split()):
        return home
    dateline = _dateline_place(coder)
    if dateline is not None and dateline.country == speaker.country:
        return replaced(dateline, geo_precision=3, mentions=())
    country = gazetteer.country(speaker.country)
    if country is None or not country.capital:
        return home
    return evolve(country_location(country, capital=True), geo_precision=3)


def _dateline_place(coder: _Coder) -> Location | None:
    """The town the article's dateline names ("OUAGADOUGOU, Sept 12 (Reuters) -")."""
    doc = coder.doc
    for mention in coder.locations_by_sentence().get(0, ()):
        start, end = doc.tokens[mention.first].start, doc.tokens[mention.last - 1].end
        location = coder.entities.locations[mention.key].location
        if in_dateline(doc.text, start, end) and location.kind not in ("country", None):
            return location
    return None


def _specificity(location: Location) -> int:
    # A village the gazetteer lacks, named as one ("near the town of Um Kadada"), is as
    # precise a place as a town it knows.
    precision = 1 if location.kind == "place" and location.country else (
        location.geo_precision or 3
    )
    return {1: 3, 2: 2, 3: 1}.get(precision, 0) + (
        1 if location.kind not in ("country", None) else 0
    )


_TOWN = 4  # the specificity of a town or village

_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest "
                        "north-east north-west south-east south-west".split())


# Nouns after a village's name (not a district's: "near Mo So village in Hpruso township
# (Kayah)" is in Mo So).
_EQUIPMENT = frozenset("tank tanks vehicle vehicles weapons weapon arms ammunition drone drones "
                       "equipment rifles guns artillery".split())
_TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                          "Non-violent transfer of territory"})
_PLACE_NOUNS = frozenset("village town city area camp neighborhood neighbourhood locality slum"
                         .split())


_COMBATANTS = frozenset({"military", "police", "rebel"})
# What a capture takes as ground, not people: "captured two villages", "the town of Masisi"
_GROUND = _PLACE_NOUNS | frozenset("villages towns cities localities positions posts bases".split())


def _people_taken(coder: _Coder, event: _Found, actor2: Actor | None) -> bool:
    """Whether a capture's object, right after its verb, is people told by their role
    ("captured two bandits", "captured 20 soldiers"), not a place; or people counted as
    captured ("8 were captured")."""
    if event.rule != "trigger:t-capture":
        return False
    first = event.trigger_first
    passive = first >= 2 and coder.norms[first - 1] in ("was", "were")
    if passive and number_value(coder.norms, first - 2)[0] is not None:
        return True  # "150 were killed and 8 were captured": prisoners
    if first >= 2 and coder.norms[first - 2] == "and" and (
        number_value(coder.norms, first - 1)[0] is not None
    ):
        return True  # "three were killed and two captured": the verb left out, prisoners
    if actor2 is None:
        # "killed three attackers and captured another six": people counted are prisoners
        counted = event.trigger_last + (coder.norms[event.trigger_last : event.trigger_last + 1]
                                        == ["another"])
        value, length = number_value(coder.norms, counted) if counted < len(coder.norms) else (
            None, 0)
        return value is not None and _GROUND.isdisjoint(
            coder.norms[counted + length : counted + length + 2])
    if _head(actor2) in _GROUND or (
        actor2.kind in _STATE - _COMBATANTS
        or not _generic(actor2)  # "captured Vovchansk": a town; "the town of Masisi"
    ):
        return False
    if passive:
        return True  # "8 militants were captured"
    for index in range(event.trigger_last, min(event.trigger_last + 4, len(coder.norms))):
        mention = coder.entities.mention_at(index)
        if mention is not None:  # (not "the militants' base")
            return mention.key in event.actor2 and (
                coder.norms[mention.last : mention.last + 1] not in (["'s"], ["'"]))
    return False


_AGE_WORDS = frozenset({"year", "years", "-", "old", "young", "elderly", "female", "male"})


def _people_seized(coder: _Coder, event: _Found) -> bool:
    """Whether the object of "seized" is people ("seized two aid workers", "seized a
    suspect"), not goods or ground."""
    index = event.trigger_last
    if coder.norms[index : index + 1] in (["a"], ["an"], ["the"]):
        index += 1
    index += number_value(coder.norms, index)[1] if index < len(coder.norms) else 0
    while index < len(coder.norms) and coder.norms[index] in _AGE_WORDS:
        index += 1  # "seized a 12 year-old girl", "a 12-year-old female IDP"
    if index >= len(coder.norms) or coder.norms[index] in _GROUND:
        return False  # ("took the village of Lozova": ground)
    mention = coder.entities.mention_at(index)
    if mention is not None:
        return coder.entities.actor(mention.key).kind in (
            "civilians", "person", "ngo", "igo", "media", "unknown", "protesters")
    return coder.norms[index] in CIVILIAN_WORDS


def _bracket_rank(coder: _Coder, mention: Any) -> int:
    """ACLED writes the place of an event before the districts and the region it lies in, in
    brackets: that place first (2), the ones in brackets last (0)."""
    after = coder.norms[mention.last : mention.last + 2]
    if after[:1] == ["("] or (after[1:] == ["("] and after[0] in _PLACE_NOUNS):
        if mention.first > 1 and coder.norms[mention.first - 1] == "," and any(
            m.last == mention.first - 1 for m in _sentence_places(coder, mention.first)
        ):
            return 1  # "Pipri, Kaushambi (UP)": the district of the place before it
        return 2  # "Noma Tounga (...)", "Wa Shawng village (...)"
    if after[:1] == [","] and any(
        m.first == mention.last + 1 and coder.norms[m.last : m.last + 1] == ["("]
        for m in _sentence_places(coder, mention.first)
    ):
        return 2  # "Pipri, Kaushambi (UP)": the place, then its district
    for index in range(mention.first - 1, max(mention.first - 12, -1), -1):
        norm = coder.norms[index]
        if norm == "(":
            return 0
        if norm in (")", "."):
            break
    return 1


def _same_admin1(one: Location, other: Location) -> bool:
    """Whether two places lie in the same first-level region (by its code when both have one,
    as spellings differ: "Zaporizhia", "Zaporizhzhia")."""
    if one.iso3166_2 and other.iso3166_2:
        return one.iso3166_2.split("-")[:2] == other.iso3166_2.split("-")[:2]
    return gazetteer.same_region(one.admin1 or "", other.admin1 or "")


def _sentence_places(coder: _Coder, token: int) -> list[Any]:
    """The place mentions of the sentence holding a token."""
    return coder.locations_by_sentence().get(coder.doc.sentence_of(token), [])


def _reference_point(coder: _Coder, first: int) -> bool:
    """A place named to locate another ("180 km east of El Fasher", "north of Kyiv", "in
    Welingara near Nara")."""
    if first < 2:
        return False
    if coder.norms[first - 1] == "near":
        return any(m.last == first - 1 for m in _sentence_places(coder, first))
    if coder.norms[first - 1] == "of" and coder.norms[first - 2] in _PLACE_NOUNS:
        # "in Korogocho slum of Nairobi": the named place lies in this one
        return any(m.last == first - 2 for m in _sentence_places(coder, first))
    return coder.norms[first - 1] == "of" and coder.norms[first - 2] in _DIRECTIONS


_LOCAL_KINDS = frozenset(
    {"police", "military", "civilians", "protesters", "rioters", "militia", "rebel", "unknown"}
)
# CAMEO roles of sides that belong where they act: criminals, unidentified armed men.
_LOCAL_ROLES = frozenset({"CRM", "UAF"})


def _localized(actors: list[Actor], location: Location | None) -> list[Actor]:
    """ACLED's convention: police, troops, rebels, criminals, protesters or civilians with no
    stated country belong to the country where the event happened ("Police Forces of
    Kenya")."""
    if location is None or location.country is None:
        return actors
    country = gazetteer.country(location.country)
    result = []
    for actor in actors:
        titled = actor.kind == "person" and actor.title and actor.cameo and len(actor.cameo) == 3
        local = actor.kind in _LOCAL_KINDS or actor.cameo in _LOCAL_ROLES
        if actor.country is None and (local or titled) and country:
            actor = _of_country(actor, country)
        result.append(actor)
    return result


def _of_country(actor: Actor, country: gazetteer.Country) -> Actor:
    """An actor with no stated country, as the given country's: "police" -> KENCOP."""
    role = actor.cameo if actor.cameo and len(actor.cameo) == 3 else ""
    return replaced(actor, country=country.iso3, cameo=(country.cameo + role) or None)


# Attacks whose perpetrator the text does not name: ACLED codes them to an "Unidentified
# Armed Group" of the country (inter code 3), CAMEO to the country's unidentified armed
# forces (UAF).
_UNATTRIBUTED = frozenset({
    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
    "Abduction/forced disappearance", "Sexual violence", "Shelling/artillery/missile attack",
})


# Violence done to people who are not said to be armed: ACLED's actor 2 is then
# "Civilians (Country)".
_AGAINST_CIVILIANS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
_ONE_SIDED = frozenset({
    "Attack", "Abduction/forced disappearance", "Sexual violence", "Air/drone strike",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
    "Grenade", "Chemical weapon", "Looting/property destruction", "Mob violence",
})


# Kinds of actor that are not armed: when violence is done to them, to civilians.
# (a business, "a chemical tanker", is civilian too)
_UNARMED = frozenset({"party", "media", "ngo", "organization"})
_VICTIM_KINDS = _UNARMED | {"civilians"}
# The government's people who bear no arms: violence against them is against civilians (ACLED)
_OFFICIALS = frozenset("official officials minister ministers mayor mayors governor governors "
                       "councillor councillors councilor councilors lawmaker lawmakers "
                       "legislator legislators mp mps administrator administrators "
                       "commissioner commissioners".split())


def _unarmed(actor: Actor) -> bool:
    """Whether an actor bears no arms: a party, the media, an NGO, a business (not criminals,
    whom ACLED counts as armed), or officials."""
    return (actor.kind in _UNARMED and not (actor.cameo or "").endswith("CRM")) or (
        _official(actor))


def _official(actor: Actor) -> bool:
    """Whether an actor is officials the text does not name ("five officials", "an election
    official"), not a government acting as a state."""
    return actor.kind == "government" and _head(actor) in _OFFICIALS


# Words of war's remnants: what they set off is a remote explosive (the codebook's UXO)
_WAR_REMNANTS = frozenset({"unexploded", "uxo", "uxos", "ordnance", "ordnances", "leftover",
                           "remnant", "remnants"})
# The roles of office holders and professionals who bear no arms (CAMEO role codes)
_UNARMED_ROLES = frozenset({"GOV", "LEG", "ELI", "JUD", "MED", "HLH", "EDU", "BUS", "CVL"})


def _unarmed_person(actor: Actor) -> bool:
    """Whether an actor is one person holding an office or a trade that bears no arms ("the
    Deputy Minister of Health", "the NCP mayor"): ACLED counts them among civilians."""
    return actor.kind == "person" and (
        _head(actor) in _OFFICIALS or (actor.cameo or "")[-3:] in _UNARMED_ROLES)


_CIVILIAN_PROPERTY = frozenset({"shops", "homes", "houses", "market", "markets", "farmland",
                                "crops", "livestock", "cattle", "property", "properties"})


def _civilian_victims(
    coder: _Coder, event: _Found, sub: str, location: Location | None,
    doer: Actor | None = None,
) -> Actor | None:
    sentences = coder.doc.sentences
    # The victims are told after the trigger ("JNIM militants attacked Solhan, killing 132
    # civilians"), or in the next sentence ("... 4 civilians were killed.").
    end = sentences[event.sentence].last
    if event.sentence + 1 < len(sentences):
        end = sentences[event.sentence + 1].last
    # (or before it, when a harm told there is its toll: "a suspect was killed during a
    # police raid")
    start = event.trigger_first
    if _token_index(coder.doc, event.evidence[0].start) < start:
        start = sentences[event.sentence].first
    if event.rule.startswith(LABEL_RULE):  # after the note's first actor, its doer
        doers = [m.last for m in coder.mentions_by_sentence.get(event.sentence, ())
                 if m.first >= event.trigger_last]
        start = doers[0] if doers else start
    words = set(coder.norms[start:end])
    # (ACLED's looting is of civilians' goods, whatever the text names)
    looted = sub == "Looting/property destruction" or (
        sub == "Mob violence" and words & _CIVILIAN_PROPERTY)
    # (the doer's own men told are no victims: "a suspect was killed during a police raid.
    # Police said ...")
    armed = ARMED_VICTIMS - _FORCES_OWN_WORDS.get(doer.kind if doer else "", frozenset())
    if sub not in _AGAINST_CIVILIANS and (
        not (words & CIVILIAN_WORDS or looted) or words & armed
    ):
        return None  # (violence against civilians has civilians as its victims, by ACLED's
        # definition, whoever the text names)
    return _side("civilians", "civilians", "CVL", location.country if location else None)


# Places where people live, work, pray or gather, that an attack on is an attack on them
_CIVILIAN_PLACES = frozenset("bar bars home homes house houses residence residential market "
                             "markets church churches mosque mosques temple temples shrine "
                             "shrines monastery synagogue school schools hotel "
                             "restaurant shop shops mining farm farms wedding funeral festival "
                             "ceremony village villages hamlet".split())
# Vehicles people travel or trade in, not a force's ("a military truck" is)
_CIVILIAN_VEHICLES = frozenset("bus buses minibus minibuses lorry lorries truck trucks matatu "
                               "matatus taxi taxis car cars tanker tankers".split())
# Where the displaced live: an attack on such a site is one on civilians
_SHELTERS = frozenset("idp idps refugee refugees displaced displacement".split())
# Where a people lives ("a Fulani camp"), unless its armed men are meant ("a militia camp")
_SETTLED = frozenset("camp camps village villages settlement settlements hamlet hamlets "
                     "homes houses community".split())
_ARMED_PLACE_WORDS = frozenset("militia militias militants fighters rebels armed gunmen base "
                               "bases".split())


def _object_words(coder: _Coder, event: _Found, reach: int = 8) -> list[str]:
    """The words after a trigger up to the end of its object's noun phrase (a comma, a full
    stop or a preposition), at most ``reach`` of them."""
    words = []
    for word in coder.norms[event.trigger_last : event.trigger_last + reach]:
        if word in (",", ".", ";", "in", "near", "at", "on", "with", "and", "leaving"):
            break
        words.append(word)
    return words


# A village's or a community's leaders, who bear no arms (not an "army chief")
_LOCAL_LEADERS = frozenset("chief chiefs chieftain headman headmen elder elders imam pastor "
                           "priest".split())
# Verbs of one side's violence on another: on no armed side, an attack on civilians
_ATTACK_VERBS = frozenset({"trigger:t-attack-v", "trigger:t-raid-v", "trigger:t-ambush-v",
                           "trigger:t-raid", "trigger:t-ambush"})
_FORCES_ROLES: dict[str, ActorKind] = {"MIL": "military", "COP": "police"}
# A state's civil bodies, which bear no arms (a government named as a side is its forces)
_CIVIL_BODIES = frozenset("commission ministry office offices council secretariat corporation "
                          "board agency authority court parliament assembly municipality "
                          "department directorate".split())
_FIRED_BACK = frozenset({"clashed", "exchanged", "repelled", "repulsed", "engaged", "fought"})
_OFF_DUTY = frozenset({"off-duty", "off", "retired", "former", "ex", "home", "house", "residence",
                       "leave"})
# (not shelling: ACLED leaves the houses a shelling damaged without a second side)
_REMOTE_SUBS = frozenset({"Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
                          "Suicide bomb"})
_CIVILIAN_BUILDINGS = frozenset(
    "house houses home homes residential building buildings bar restaurant market marketplace "
    "school hospital mosque church shop shops hotel".split())
_SETTLEMENTS = frozenset("village villages town towns locality localities settlement "
                         "settlements hamlet hamlets community communities".split())


def _settlement_attacked(coder: _Coder, event: _Found) -> bool:
    """Whether an attack's object is a village or a town ("attacked Mucojo village and burned
    houses", "attacked Debiro and burnt several public buildings"): its people were attacked
    (ACLED), not only a site's property."""
    after = range(event.trigger_last, min(len(coder.norms), event.trigger_last + 4))
    if any(coder.norms[position] in _SETTLEMENTS for position in after):
        return True
    start = event.trigger_last + (coder.norms[event.trigger_last : event.trigger_last + 1]
                                  == ["the"])
    return start in coder.location_firsts()


_TAKEN_OR_DESTROYED = frozenset("stole stolen looted destroyed vandalized vandalised ransacked "
                                "torched burned burnt ablaze alight razed demolished".split())
_HARMED = frozenset("killed killing dead died death injured injuring wounded wounding shot "
                    "shooting fired firing gunfire clashed clash clashes exchanged abducted "
                    "kidnapped beat beaten assaulted hostage hostages casualties".split())
_LIVESTOCK = frozenset("livestock cattle cows goats sheep camels donkeys animals".split())
_INTERCEPTED_ARMS = frozenset("drone drones missile missiles rocket rockets projectile "
                              "projectiles aircraft uav uavs shell shells".split())
_ATTACKS_LAUNCHED = frozenset({"trigger:t-attack", "verb:START"})
# CAMEO roles of persons who bear arms (a general, a rebel commander)
_ARMED_ROLES = ("MIL", "COP", "REB", "INS", "UAF", "SPY")


def _attack_on_civilians(
    coder: _Coder, event: _Found, actor1: Actor | None, actor2: Actor | None,
    location: Location | None,
) -> str | None:
    """ "Attack" for one side's violence on no armed side: a person who bears no arms ("the
    city mayor"), a place of civilian life ("attacked a bar", "a mining site"), or civilians
    told as its victims ("... 8 people were killed")."""
    if actor2 is not None:
        unarmed = actor2.kind == "person" and not (actor2.cameo or "").endswith(_ARMED_ROLES)
        return "Attack" if unarmed else None
    told = coder.norms[event.trigger_last : event.trigger_last + 15]
    if _forces_among_dead(told):
        return None  # "attacked a bus, killing three civilians and a police officer"
    if _CIVILIAN_PLACES.intersection(coder.norms[event.trigger_last : event.trigger_last + 4]):
        return "Attack"
    if _settlement_attacked(coder, event) and not _TAKEN_OR_DESTROYED.isdisjoint(told) and (
        _ARMED_WORDS.isdisjoint(told)
    ):
        # "attacked Debiro and burnt several public buildings": a town and its people attacked,
        # no armed side told
        return "Attack"
    sentence = coder.doc.sentences[event.sentence]
    whole = coder.norms[sentence.first : sentence.last]
    if _settlement_attacked(coder, event) and _ARMED_WORDS.isdisjoint(whole) and (
        _HARMED.isdisjoint([*whole, *_told_next(coder, event.sentence, 1)])
    ) and actor1 is not None and actor1.kind in ("rebel", "militia"):
        # "an Islamist militia attacked Mahate (Quissanga, Cabo Delgado). No reports on
        # injuries": a town attacked, no armed side nor any fight told (ACLED: its people)
        return "Attack"
    target = _object_words(coder, event)
    if _CIVILIAN_VEHICLES.intersection(target) and ARMED_VICTIMS.isdisjoint(target) and (
        _FORCES_WORDS.keys().isdisjoint(target)
    ):
        return "Attack"  # "militia attack two lorries": the travellers in them
    if _SHELTERS.intersection(target):
        return "Attack"  # "attacked the Notre Dame de Fatima IDP site": the displaced there
    if _LOCAL_LEADERS.intersection(target) and _FORCES_WORDS.keys().isdisjoint(target) and (
        ARMED_VICTIMS.isdisjoint(target)
    ):
        return "Attack"  # "attacked the chief of Gomoa Kakraba": a village's leader, unarmed
    if any(word in coder.lexicon.communities for word in target) and (
        _SETTLED.intersection(target) and _ARMED_PLACE_WORDS.isdisjoint(target)
    ):
        return "Attack"  # "raided a Fulani camp": the people who live there
    return "Attack" if _civilian_victims(coder, event, "Armed clash", location, actor1) else None


# Violence whose target may be a post of the state's forces rather than people
_FORCES_TARGETED = frozenset({
    "Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
# Places of the state's forces: by themselves, or after "military", "army", "police"...
_FORCES_PLACES = frozenset("barracks garrison outpost outposts checkpoint checkpoints".split())
_FORCES_THINGS = frozenset("base bases post posts position positions convoy convoys patrol "
                           "patrols vehicle vehicles site sites camp camps station".split())
_FORCES_WORDS = {"military": "military", "army": "military", "security": "military",
                 "regime": "military",
                 "police": "police", "gendarmerie": "police"}


def _place_taken(coder: _Coder, event: _Found) -> bool:
    """Whether what the verb took is a place named right after it ("seized Moqokori"), or
    one named before it that "it" takes up ("attacked the village of Damase and seized it")."""
    places = coder.locations_by_sentence().get(event.sentence, ())
    if coder.norms[event.trigger_last : event.trigger_last + 1] == ["it"]:
        return any(mention.last <= event.trigger_first for mention in places)
    return any(mention.first in (event.trigger_last, event.trigger_last + 1) for mention in places)


_BOMBER_SPARED = frozenset({"arrested", "captured", "failed", "foiled", "thwarted", "shot",
                            "defused", "detained", "intercepted"})


def _bomber_told(coder: _Coder, event: _Found) -> bool:
    """Whether a suicide bombing's report counts its bomber already ("killing himself and 4
    others", "including the bomber") or tells one who did not die in the blast (arrested,
    shot before detonating, foiled)."""
    sentences = coder.doc.sentences
    first = sentences[event.sentence].first
    last = sentences[min(event.sentence + 1, len(sentences) - 1)].last
    norms = coder.norms[first:last]
    return not _BOMBER_SPARED.isdisjoint(norms) or any(
        # "killing himself and 4 others", "killed 23 people as well as themselves" (not
        # "blew himself up, killing 4 policemen")
        word in ("himself", "herself", "themselves") and index and (
            norms[index - 1] in ("killing", "killed", "kill", "kills", "including")
            or norms[max(0, index - 3) : index] == ["as", "well", "as"])
        for index, word in enumerate(norms)) or any(
        pair in THE_BOMBER for pair in pairwise(norms)) or any(
        # "Seven people were killed, including a suicide bomber"
        word == "bomber" and "including" in norms[max(0, index - 3) : index]
        for index, word in enumerate(norms))


def _ground_taken(coder: _Coder, event: _Found) -> bool:
    """Whether what the verb took is ground: a place named within a few words ("took over
    the town of Bulo Burte") or a word for one ("took over two military bases")."""
    after = event.trigger_last
    places = coder.locations_by_sentence().get(event.sentence, ())
    if event.trigger_first and coder.norms[event.trigger_first - 1] in ("been", "was", "were"):
        # "Bangeeni (Jamaame, Lower Juba) has been taken over by Jubaland forces": the ground
        # is the passive's subject
        return any(mention.last <= event.trigger_first for mention in places)
    return not _GROUND.isdisjoint(coder.norms[after : after + 4]) or any(
        after <= mention.first <= after + 3 for mention in places
    )


_GOODS = frozenset("vehicle vehicles car cars truck trucks lorry lorries bus buses motorbike "
                   "motorbikes motorcycle motorcycles boat boats tractor tractors ambulance "
                   "ambulances goods money cash phones property equipment food".split())


def _goods_seized(coder: _Coder, event: _Found) -> bool:
    """Whether what "seized" took, right after it, is goods ("seized a vehicle belonging to
    an NGO", "seized two trucks of food"), not people."""
    norms = coder.norms
    for index in range(event.trigger_last, min(event.trigger_last + 4, len(norms))):
        if norms[index] in _GOODS:
            return True
        if norms[index] not in DETERMINERS and number_value(norms, index)[0] is None and (
            not norms[index].isalpha() or coder.entities.mention_at(index) is not None
        ):
            return False  # (a person or a group named first: "seized the driver's car")
    return False


def _crew_taken(coder: _Coder, event: _Found) -> bool:
    """Whether what was seized is a vessel or a vehicle with its people aboard ("seized a
    tanker with 23 crew on board"): a hijacking, the people abducted (ACLED)."""
    told = coder.norms[event.trigger_last : event.trigger_last + 12]
    return not _CRAFT.isdisjoint(told[:6]) and not _ABOARD.isdisjoint(told)


_CRAFT = frozenset("ship vessel tanker boat trawler bus minibus truck lorry plane aircraft "
                   "helicopter".split())
_ABOARD = frozenset("crew crews passengers aboard sailors seafarers".split())


def _animals_taken(coder: _Coder, event: _Found) -> bool:
    """Whether what was seized is animals ("seized livestock", "took goats and camels"), not
    people named by them ("arrested cattle rustlers")."""
    norms = coder.norms
    for index in range(event.trigger_last, min(event.trigger_last + 4, len(norms) - 1)):
        if norms[index] in _LIVESTOCK:
            following = norms[index + 1]
            return not following[:1].isalpha() or following in FUNCTION_WORDS
    return False


def _intervening_force(
    coder: _Coder, event: _Found, acting: bool = False, peacekeepers: bool = False
) -> Actor | None:
    """The police or soldiers told after a demonstration as using force on it ("...
    protested in Khartoum North. Security forces fired teargas canisters"): its actor 2;
    ``acting``: only where their sentence tells them dispersing or firing tear gas (a riot's
    intervention, not the police a mob handed a thief to); ``peacekeepers``: an international
    force counts too ("were stopped by the Congolese contingent of MINUSCA")."""
    kinds = ("police", "military", "igo") if peacekeepers else ("police", "military")
    sentences = coder.doc.sentences
    paragraph = sentences[event.sentence].paragraph
    for index in range(event.sentence, min(event.sentence + 4, len(sentences))):
        if sentences[index].paragraph != paragraph:
            break
        sentence = sentences[index]
        if acting and PROTEST_INTERVENTION.isdisjoint(coder.norms[sentence.first : sentence.last]):
            continue
        for mention in coder.mentions_by_sentence.get(index, ()):
            actor = coder.entities.actor(mention.key)
            if actor.kind in kinds and (
                index > event.sentence or mention.first >= event.trigger_last
            ):
                return actor
    return None


def _forces_named_before(
    coder: _Coder, event: _Found, location: Location | None
) -> Actor | None:
    """The state's forces that a word before an event noun names as its doer ("a police
    raid", "an army offensive", "a military operation")."""
    first = event.trigger_first
    if not first or not event.rule.startswith("trigger:") or coder._looks_like_verb(
        first, allow_base=True
    ):
        return None
    kind = _FORCES_WORDS.get(coder.norms[first - 1])
    if kind is None:
        return None
    return _forces_side(kind, location.country if location else None)


def _forces_side(kind: str, country: str | None) -> Actor:
    """A country's military or police forces, as a side."""
    role = "COP" if kind == "police" else "MIL"
    return _side(f"{kind} forces", cast(ActorKind, kind), role, country)


def _forces_at(coder: _Coder, event: _Found, location: Location | None) -> Actor | None:
    """The state's forces an attack with no named target struck at their post ("hit
    equipment at Dovev Barracks", "attacked a police station", "an IED targeting a military
    vehicle"): the military (or police) of the country where it happened."""
    if location is None or location.country is None:
        return None
    norms = coder.norms
    kind = owner_at = None
    for index in range(event.trigger_last, min(event.trigger_last + 14, len(norms))):
        word = norms[index]
        if word in (".", ";"):
            break
        if word in _FORCES_PLACES:
            kind, owner_at = "military", index - 1
        elif word in _FORCES_THINGS and norms[index - 1] in _FORCES_WORDS:
            kind, owner_at = _FORCES_WORDS[norms[index - 1]], index - 2
        elif word in _FORCES_THINGS and word not in ("vehicle", "vehicles") and (
            index - 1 in coder.entities.nationality_at
        ):
            kind, owner_at = "military", index - 1  # "a Turkish base"
        if kind:
            break
    if kind is None or owner_at is None:
        return None
    nationality = coder.entities.nationality_at.get(owner_at)  # "Syrian regime positions"
    country = nationality[1] if nationality else location.country
    owner = coder.entities.mention_at(owner_at)
    if owner is not None:
        actor = coder.entities.actor(owner.key)
        if actor.kind not in _STATE:
            return None  # "a Taliban checkpoint": the group's own post
        country = actor.country or country  # "a US military base in Syria"
    return _forces_side(kind, country)


_OPERATIONS = frozenset("operation operations raid raids crackdown offensive".split())


def _forces_operating(coder: _Coder, event: _Found, location: Location | None) -> Actor | None:
    """The forces whose operation a harm with no doer was done in: "were shot dead in a
    police operation", "killed during a military raid" (the state's, where it happened)."""
    norms = coder.norms
    sentence = coder.doc.sentences[event.sentence]
    for index in range(event.trigger_last, min(event.trigger_last + 8, sentence.last - 2)):
        if norms[index] in (",", ";", "."):
            return None
        if norms[index] in ("in", "during") and norms[index + 1] in ("a", "an", "the"):
            force = _FORCES_WORDS.get(norms[index + 2])
            if force is not None and norms[index + 3 : index + 4] != [] and (
                norms[index + 3] in _OPERATIONS
            ):
                return _forces_side(force, location.country if location else None)
    return None


def _side(name: str, kind: ActorKind, role: str, iso3: str | None) -> Actor:
    """A side the text describes but does not name, in the country where it happened."""
    country = gazetteer.country(iso3) if iso3 else None
    return Actor(name=name, kind=kind, country=country.iso3 if country else None,
                 cameo=f"{country.cameo if country else ''}{role}")


def _attribute_unnamed(event: Event) -> Event:
    """Name the side a text leaves unnamed the way ACLED does: an unattributed attack's
    "Unidentified Armed Group (Country)", a demonstration's "Protesters (Country)" or
    "Rioters (Country)"."""
    sub = event.acled_sub_event_type
    if event.modality != "actual" or sub is None:
        return event
    location, victim = event.location, event.actor2
    iso3 = (location.country if location else None) or (victim.country if victim else None)
    if iso3 is None or gazetteer.country(iso3) is None:
        return event
    if sub in _UNATTRIBUTED and event.actor1 is None and any(
        span.label == "trigger" and (span.text or "").lower() in ("arrested", "detained")
        for span in event.evidence
    ):
        # "arrested and tortured a player": who arrests is a state's police (ACLED)
        return evolve(event, actor1=_police_of(iso3))
    if (sub in _UNATTRIBUTED or (sub == "Armed clash" and victim is not None)) and (
        event.actor1 is None
    ):
        # (a clash with one side named: the other is unidentified, "exchanged fire with
        # military police")
        return evolve(event, actor1=_side("Unidentified Armed Group", "militia", "UAF", iso3))
    if sub == "Arrests" and event.actor1 is None:
        # "over 80 traders were arrested": ACLED's arrests are a state's, by its police
        return evolve(event, actor1=_police_of(iso3))
    kind = _DEMONSTRATORS.get(sub) or ("protesters" if sub in _FORCE_SUBS else None)
    if kind is None:
        return event
    sides = [actor for actor in (event.actor1, event.actor2) if actor is not None]
    crowd = next((a for a in sides if a.kind in _CROWD_KINDS), None) or next(
        (a for a in sides if a.kind not in _STATE and a.kind not in ARMED_KINDS), None
    ) or _side(kind, kind, "CVL", iso3)
    other = next((a for a in sides if a is not crowd), None)  # the police, or a rival crowd
    if sub == "Peaceful protest" and other is not None and other.kind in ("rebel", "militia"):
        # "Hamas organized a march": the group's supporters marched (ACLED's associated actor)
        return evolve(event, actor1=crowd, actor2=None,
                      associated_actors1=(*event.associated_actors1, other))
    # (the crowd first, even when force was used on it: two thirds of ACLED's own
    # "Excessive force" rows we collected code the protesters as actor 1)
    return evolve(event, actor1=crowd, actor2=other)


def _few_individuals(coder: _Coder, event: _Found, actor: Actor) -> bool:
    """Whether the doers are a few men counted ("two men", "a man"), not a mob or a crowd."""
    if _head(actor) not in _INDIVIDUALS:
        return False
    mention = _doer_mention(coder, event)
    if mention is None or mention.first == 0:
        return False
    count, _ = number_value(coder.norms, mention.first - 1)
    return count is not None and count <= 4


_INDIVIDUALS = frozenset({"men", "man", "persons", "person", "individuals", "assailants",
                          "attackers", "youths"})


def _police_of(iso3: str) -> Actor:
    country = gazetteer.country(iso3)
    return _side(f"Police Forces of {country.name}" if country else "police", "police", "COP",
                 iso3)


def _actors(coder: _Coder, keys: list[str]) -> list[Actor]:
    """The actors of an event, without their mentions (those live on `Extraction.actors`)."""
    cache = coder.event_actors
    result = []
    for key in keys:
        actor = cache.get(key)
        if actor is None:
            actor = cache[key] = replaced(coder.entities.actor(key), mentions=())
        result.append(actor)
    return result


def _units_for(coder: _Coder, event: _Found) -> list[MilitaryUnit]:
    sentence = coder.doc.sentences[event.sentence]
    return [
        unit
        for unit, _ in coder.units
        if unit.mentions and sentence.start <= unit.mentions[0].start < sentence.end
    ]


# CAMEO codes a promise or a refusal: "Finland will give Tanzania a grant" is an expressed
# intent to provide economic aid (0331), which did happen; "refused to withdraw" is 1246.
_INTENT = {
    "04": "036", "05": "032", "057": "030", "060": "031", "061": "0311", "062": "0312",
    "063": "0313", "064": "0314", "07": "033", "070": "033", "071": "0331", "072": "0332",
    "073": "0333", "074": "0334", "08": "035", "081": "0351", "082": "0352", "083": "034",
    "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356",
}
_REFUSAL = {
    # "will not accept refugees": the refusal of what an intent (03x) would have promised
    "03": "120", "030": "120", "031": "121", "0311": "1211", "0312": "1212", "032": "120",
    "033": "122", "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224", "034": "123",
    "035": "124", "036": "125", "037": "126", "038": "126", "039": "127",
    "04": "125", "05": "120", "06": "121", "061": "1211", "062": "1212", "063": "1213",
    "064": "1214", "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "084": "1243", "0841": "1243", "085": "1244",
    "086": "1245", "087": "1246",
}
_REFUSING = frozenset(["refused", "refuses", "refusing", "declined", "declines", "rejected", "unwilling"])
_AGREEING = frozenset(
    ["agree", "agreed", "agrees", "agreeing", "accept", "accepted", "accepts", "consent", "consented", "commit", "committed", "offer", "offered", "offers", "promise", "promised", "pledge", "pledged", "vow", "vowed"]
)


def _agreement_reached(window: list[str]) -> bool:
    """ "agreed to a ceasefire", "accepted the deal": agreeing to a thing (a determiner after
    the verb) is the agreement, where "agreed to hold talks" promises an act."""
    last = max((i for i, word in enumerate(window) if word in _AGREEING), default=None)
    if last is None or window[last] not in _ACCEPTING:
        return False
    # "agreed to a ceasefire", "agreed on Monday to an immediate ceasefire"
    return bool({"a", "an", "the"}.intersection(window[last + 1 :]))


_ACCEPTING = frozenset({"agree", "agreed", "agrees", "agreeing", "accept", "accepted", "accepts",
                        "consented"})


def _extra_code(code: str) -> codebooks.CameoEventCode | None:
    """A loaded dictionary's own event code, outside CAMEO: coded as it is, with no
    Goldstein score, quad class or PLOVER type."""
    if code not in codebooks.extra_event_codes:
        return None
    return codebooks.CameoEventCode(
        code=code, name=code, goldstein=0.0, quad_class=0, quad_class_name="", root=code[:2],
        base=code[:3], level=len(code) - 1, plover=None, plover_mode=None, plover_context=None,
    )


def _stance_code(code: str, table: dict[str, str]) -> str | None:
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def _recode_stance(event: _Found, norms: list[str], coder: _Coder) -> tuple[str, str] | None:
    """Turn an announced action into what actually happened: a promise of cooperation is an
    expressed intent (CAMEO 03), a refusal a rejection (12), an announced coercion or use of
    force a threat (13) — "Nigeria will withdraw its peacekeepers", "farmers said they would
    blockade Paris". Returns the promised act's code and modality (planned, negated...) when
    it recodes, so that the act is also coded as what it is: not real."""
    window = coder.norms[max(0, event.trigger_first - 6) : event.trigger_first]
    future = any(w in ("will", "would", "shall") for w in window)
    if event.modality == "hypothetical" and future and not _CONDITIONAL.intersection(window) and (
        not coder.anyones_act(event.trigger_first, coder.doc.sentences[event.sentence])
    ):
        event.modality = "planned"  # "said they would blockade Paris": announced, not feared
    before = (event.cameo, event.modality)
    if event.cameo[:2] in ("03", "04", "05", "06", "07", "08"):
        if event.modality == "planned" or (
            event.modality == "actual" and any(w in _AGREEING for w in window)
            and not _agreement_reached(window)
        ):
            intent = _stance_code(event.cameo, _INTENT)
            if intent:
                # The promise happened; the promised act (an agreement, aid) has not yet.
                event.cameo, event.modality, event.acled = intent, "actual", None
        elif event.modality == "negated" and (
            future or any(w in _REFUSING for w in window)
        ):
            refusal = _stance_code(event.cameo, _REFUSAL)
            if refusal:
                event.cameo, event.modality = refusal, "actual"
    elif event.modality == "planned" and event.cameo[:2] in _THREAT and not any(
        w in ("threaten", "threatened", "threatens", "threatening") for w in window
    ):
        threat = _stance_code(event.cameo, _THREAT)
        if threat:
            event.cameo, event.modality = threat, "actual"
            event.acled = None
    recoded = (event.cameo, event.modality) != before and before[1] != "actual"
    return before if recoded else None


_DRONES = frozenset("drone drones uav uavs shahed shaheds".split())
_DEBRIS = frozenset("debris fragments wreckage shrapnel".split())
_DEBRIS_DID = frozenset("hit struck damaged damaging fell killed injured wounded destroyed "
                        "caused causing started sparked".split())


def _debris_struck(words: list[str]) -> bool:
    """ "Debris of the drone hit residential buildings", "falling wreckage damaged a house":
    what was downed still struck, harmed or damaged something."""
    return any(word in _DEBRIS and not _DEBRIS_DID.isdisjoint(words[position : position + 8])
               for position, word in enumerate(words))


def _ground_and_air(doers: list[str]) -> bool:
    """Whether the doers are forces on the ground and aircraft together ("Iraqi forces and
    Iraqi warplanes")."""
    air = ground = False
    for key in doers:
        kind = WEAPON_WORDS.get(key.rsplit(":", 1)[-1])
        if kind == "air" or key.endswith(("air force", "air forces")):
            air = True
        elif kind is None:  # (forces, not other arms: "helicopters and tanks shelled")
            ground = True
    return air and ground


def _crewed_aircraft(words: list[str]) -> bool:
    """ "shot down Ukrainian 'Su-27' aircraft", "downed a MiG-29": a crewed aircraft named
    by its kind or model (not an unmanned one)."""
    if _DRONES.intersection(words) or "unmanned" in words:
        return False
    return not _CREWED.isdisjoint(words) or any(
        word in _AIRCRAFT_MAKERS and words[position + 1 : position + 2] == ["-"]
        and words[position + 2 : position + 3] != [] and words[position + 2][:1].isdigit()
        for position, word in enumerate(words))


_CREWED = frozenset("aircraft jet jets plane planes helicopter helicopters warplane warplanes "
                    "fighter bomber bombers".split())
_AIRCRAFT_MAKERS = frozenset("su mig mi ka tu an il yak f".split())
_EXPLOSIVE_DESTROYED = frozenset({"trigger:t-destroy-ied", "trigger:t-destroy-explosive",
                                  "trigger:t-destroy-landmine"})
_REMNANT_KINDS = frozenset({"grenade", "ied", "artillery", "missile"})


def _crowds_acts(coder: _Coder, event: _Found, found: list[_Found]) -> list[str]:
    """The words of what the same crowd did in the sentence of its protest ("locals staged a
    protest, burning tyres and blocking the highway"): part of the demonstration."""
    if not event.actor1:
        return []
    return [word for other in coder.found_by_sentence(found).get(event.sentence, ())
            if other is not event and other.actor1[:1] == event.actor1[:1]
            and other.cameo[:3] in ("145", "171")
            for word in coder.norms[other.trigger_first : other.trigger_last]]


def _violence_told(coder: _Coder, found: list[_Found]) -> dict[int, int]:
    """For each paragraph, the first sentence telling violence with a doer or a weapon
    (not a passive toll alone)."""
    told: dict[int, int] = {}
    for event in found:
        if (event.cameo[:2] in VIOLENT_ROOTS or crowds_force(coder, event)) and not (
            not event.actor1 and event.rule.startswith("verb:") and coder.passive(event)
        ):
            paragraph = coder.doc.sentences[event.sentence].paragraph
            told.setdefault(paragraph, event.sentence)
    return told


def _untold_toll(coder: _Coder, event: _Found, violence_told: dict[int, int]) -> bool:
    """A passive harm with no doer ("Five soldiers were kidnapped near Gao") is the only
    telling of its violence when its paragraph told none before it or in its sentence: then
    it is coded, by an unnamed doer."""
    paragraph = coder.doc.sentences[event.sentence].paragraph
    told = violence_told.get(paragraph)
    return told is None or told > event.sentence


_CONDITIONAL = frozenset(
    "if unless could may might possible possibly fear fears feared whether".split()
)
_THREAT = {
    "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312",
    "164": "134", "165": "135", "166": "136", "17": "137", "172": "132", "1721": "1321",
    "1722": "1322", "1723": "1323", "1724": "1324", "18": "1383", "19": "138", "190": "1384",
    "191": "1381", "192": "1382", "20": "1383", "204": "1385", "2041": "1385",
}


def assemble(
    coder: _Coder, found: list[_Found], statements: Sequence[tuple[Statement, Any]]
) -> list[Event]:
    source = coder.article.source
    events: list[tuple[_Found, Event]] = []
    violence_told = _violence_told(coder, found)
    # ACLED's refinements (who is a militia, what a crowd did, whose the dead) apply to
    # articles; a PETRARCH test set's dictionaries code one event per pair, as they say
    refine = not coder.lexicon.one_event_per_pair
    for event in found:
        sentence = coder.doc.sentences[event.sentence]
        norms = coder.norms[sentence.first : sentence.last]
        promised = None
        if refine:  # a PETRARCH set's verbs code promises
            promised = _recode_stance(event, norms, coder)
        elif coder.norms[event.trigger_first] in _MEETING and not event.paired:
            event.symmetric = True  # PETRARCH-2 codes a meeting both ways
        location = _location_for(coder, event)
        actors1 = _localized(_actors(coder, event.actor1), location)
        actors2 = [
            a for a in _localized(_actors(coder, event.actor2), location) if a not in actors1
        ] or [
            # "two men shot a man": people of one description on both sides of the violence
            a for a in _localized(_actors(coder, event.actor2), location)
            if event.cameo[:2] in VIOLENT_ROOTS and not event.symmetric and _generic(a)
        ]
        actor1 = actors1[0] if actors1 else None
        actor2 = actors2[0] if actors2 else None
        if actor1 is not None and actor1.kind == "person" and _generic(actor1) and (
            (actor1.cameo or "")[-3:] in _FORCES_ROLES and event.cameo[:2] in VIOLENT_ROOTS
        ):
            # "a police officer raped a suspect", "a corporal shot a trader": the forces he
            # serves in did it (ACLED's state forces); one harmed off duty stays a civilian
            actor1 = evolve(actor1, kind=_FORCES_ROLES[(actor1.cameo or "")[-3:]])
        if actor2 is not None and actor2.kind == "person" and _generic(actor2) and (
            (actor2.cameo or "")[-3:] in _FORCES_ROLES and event.cameo[:2] in VIOLENT_ROOTS
            and refine and actor1 is not None and actor1.kind in ("rebel", "militia")
            and not _generic(actor1)
            and _OFF_DUTY.isdisjoint([*norms, *_told_next(coder, event.sentence, 2)])
        ):
            # "IS snipers shot and killed a rapid reaction police officer": an armed group's
            # attack on the forces he serves in (ACLED: a battle); one off duty, or shot by
            # unnamed assailants, stays a civilian
            actor2 = evolve(actor2, kind=_FORCES_ROLES[(actor2.cameo or "")[-3:]])
        violent = refine and event.cameo[:2] in VIOLENT_ROOTS
        if violent and actor2 is not None and actor2.kind in ("rebel", "militia") and (
            actor1 is not None and actor1.kind in ("police", "military")
            and event.modality == "actual" and _generic(actor2) and _scare_quoted(coder, event)
        ):
            # 'Police shoot and kill two "militants"': the forces' name for those they shot,
            # which the note holds at arm's length; ACLED codes them as civilians (not a
            # drill's "terrorist groups", nor an armed group's word for its foes)
            actor2 = _side("civilians", "civilians", "CVL", actor2.country)
        if actor1 is None and violent:
            actor1 = _forces_named_before(coder, event, location)
        if violent and actor1 is not None and event.actor1 and _generic(actor1) and (
            actor1.kind in ("militia", "rebel", "unknown")
        ):
            actor1 = _people_in_brackets(coder, event, location) or actor1
        if violent:
            # "Gedeo fighters", "Nuer gunmen": a people's armed men are its militia (ACLED)
            actor1, actor2 = (_peoples_fighters(coder, side, location) for side in (actor1, actor2))
        fighting = violent and (event.symmetric or event.rule == "trigger:t-fight-v")
        # "farmers attacked a Fulani camp", "people from Tchamonga killed 5 Fulani herders": a
        # community's men who attack another people are its militia (ACLED)
        harms_people = violent and not event.symmetric and _community_harmed(
            coder, event, sentence)
        if harms_people or (violent and (
            _DEADLY.intersection(coder.norms[sentence.first : sentence.last])
            or (event.symmetric and _DEADLY.intersection(_told_next(coder, event.sentence, 2)))
        )):
            # "Dogon farmers killed the chief": a people's men who kill are its militia; so
            # are herders and farmers who clash or kill ("herders attacked farmers, killing 3")
            actor1 = _peoples_militia(coder, actor1, location, fighting=True,
                                      communal=harms_people)
            if event.symmetric:  # "Nuer and Dinka youth clashed"
                actor2 = _peoples_militia(coder, actor2, location, fighting=True)
        if fighting and _DEADLY.intersection(_told_next(coder, event.sentence, 1)):
            # "Inhabitants fought Fulani herders ... One killed.", "Residents of Kayobogo and
            # Sirranikoro clashed over fishing rights. Eight people were killed.": the toll
            # told next (locals who fight locals, not the people an army's fighting killed)
            locals_fought = actor1 is not None and _crowd(actor1)
            actor1 = _peoples_militia(coder, actor1, location, fighting=True,
                                      communal=locals_fought)
            actor2 = _peoples_militia(coder, actor2, location, fighting=True,
                                      communal=locals_fought)
        elif fighting and (actor1 is None or _crowd(actor1)) and _between_communities(norms):
            # "armed clashes erupted between two families over an old dispute", "clashes
            # between the Degodia and Gare clans": both sides communal militias (ACLED)
            country = location.country if location else None
            # (the dead told with it, "Three men are killed in clashes between ...", are no side)
            actor1 = _side("Communal Militia", "militia", "UAF", country)
            actor2 = actor2 if actor2 is not None and not _crowd(actor2) else _side(
                "Communal Militia", "militia", "UAF", country)
        elif fighting and actor1 is not None and _head(actor1) in _COMMUNITIES:
            # "Two villages clashed over the location of election offices", "rival clans
            # fought": communities fight as their militias, told deaths or not (ACLED)
            actor1 = _peoples_militia(coder, actor1, location, fighting=True)
        elif violent and not event.symmetric and actor1 is not None and (
            _head(actor1) in _COMMUNITIES or _head(actor1) == "community"
        ):
            # "members from the Djerma community killed five herders", "a member of the
            # Zaghawa community tortured three men": a community's men who harm others are
            # its militia (ACLED)
            actor1 = _peoples_militia(coder, actor1, location, fighting=True, communal=True)
        if fighting and actor1 is None and actor2 is None:
            actor1, actor2 = _peoples_fighting(coder, event, sentence, location)
        if fighting and refine and (actor1 is None or _generic(actor1)) and all(
            side is None or side.kind not in _STATE for side in (actor1, actor2)
        ):
            # "Fulani and Nupe militias clashed", "clashes between Misseriya and Rizaygat
            # militia": two peoples' names sharing one militia noun are the two sides
            actor1, actor2 = _coordinated_peoples(coder, event, sentence, location) or (
                actor1, actor2)
        sides = (actor1, actor2)
        if fighting and all(sides):
            # "villagers clashed with Fulani herders, killing two": the village's men fought
            # a people's militia as a communal militia (ACLED)
            for index, side in enumerate(sides):
                other = sides[1 - index]
                if side is not None and other is not None and _head(side) in _LOCALS and (
                    other.kind == "militia" and other.name.endswith("Ethnic Militia")
                ):
                    communal = evolve(_side("Communal Militia", "militia", "UAF",
                                            (location.country if location else None)
                                            or side.country), mentions=())
                    actor1, actor2 = (communal, other) if index == 0 else (other, communal)
                    break
        if event.cameo[:2] == "14" and event.cameo[:3] != "145" and refine and (
            actor1 is not None and (actor1.kind in _PARTIES or actor1.kind == "person")
        ) and (members := _party_members(coder, event, actor1, norms)) is not None:
            # "Supporters of President Boni Yayi ... protest": his supporters, a crowd
            actor1 = evolve(members, kind="protesters")
        # (and a party's activists who burn and loot: "BNP activists set fire to a bus")
        if (violent or (refine and event.cameo[:3] == "171")) and actor1 is not None:
            members = _party_members(coder, event, actor1, norms)
            if members is not None and event.symmetric and actor2 is not None and (
                actor2.kind in _PARTIES
            ):
                # "ZANU-PF and MDC supporters clashed": both parties' men are rioters
                actor2 = Actor(name=f"{actor2.name} {_head(members)}", kind="rioters",
                               country=actor2.country, affiliation=actor2.name)
            actor1 = members or actor1
            if event.symmetric and actor2 is None and (_both_sides(coder, event) or (
                # "two subsections of the Ciec Dinka clashed", "Nuer youth from Ying and
                # Nyangore payams clashed": a people's men fought among themselves
                actor1.name.endswith(("Ethnic Militia", "Communal Militia"))
                and _WITH_OTHER.isdisjoint(coder.norms[event.trigger_last : sentence.last])
            )):
                actor2 = actor1  # "Habar Gedir and Leelkayse clan militias clashed"
        own_part = _own_part(coder, event, sentence)
        if event.rule in _EXPLOSIVE_DESTROYED and "with" in coder.norms[
            event.trigger_first : event.trigger_last
        ]:
            # "destroyed an Israeli tank with an IED": the explosive is the weapon, the tank
            # what it destroyed (not bomb disposal)
            event.rule, event.cameo, event.acled = (
                "trigger:t-destroy", "1712", "Looting/property destruction")
        if event.rule == "trigger:t-shoot-down" and _crewed_aircraft(
            coder.norms[event.trigger_last : min(sentence.last, event.trigger_last + 8)]
        ):
            # "shot down Ukrainian 'Su-27' aircraft" (the quotes and the model's parts too
            # far apart for the trigger's own pattern)
            event.rule, event.acled, event.weapon = (
                "trigger:t-shoot-down-aircraft", "Shelling/artillery/missile attack", "missile")
        if event.rule == "trigger:t-invade" and refine:
            # "bandits invaded Kuda village and killed 12 residents", "invaded three
            # communities, abducting 30 residents": a raid on people, not ground taken
            done = own_part[own_part.index(coder.norms[event.trigger_first]) + 1 :] if (
                coder.norms[event.trigger_first] in own_part) else []
            if not DEATH_WORDS.isdisjoint(done) or not INJURY_WORDS.isdisjoint(done):
                event.cameo, event.acled = "190", "Attack"
            elif not _ABDUCTING.isdisjoint(done):
                event.cameo, event.acled = "181", "Abduction/forced disappearance"
        actor1 = _peoples_named_militia(coder, actor1, _doer_mention(coder, event))
        actor2 = _peoples_named_militia(coder, actor2)
        sub = event.acled if event.rule.startswith(LABEL_RULE) else _acled(
            event, actor1, actor2, own_part,
            refine=refine,
            after=(norms if event.harm_folded else []) + _crowds_acts(coder, event, found)
            + _told_next(coder, event.sentence)
            # (and what an explosion was: "... discovered an unexploded grenade")
            if event.cameo[:2] == "14" or event.acled == "Protest with intervention"
            or event.weapon in _REMNANT_KINDS else (),
            cause=crowds_cause(norms, event.trigger_first - sentence.first))
        if sub == "Attack" and event.fatalities and actor1 is not None and (
            actor1.kind in ("rebel", "militia")) and (actor2 is None or actor2.kind == "civilians") and (
            _dead_told_as_forces([*norms, *_told_next(coder, event.sentence, 1)])
        ):
            sub = "Armed clash"  # "9 people (believed to be soldiers) were killed": a battle
        if sub in _RAPE_OUTRANKS and refine and _rape_told_next(coder, event.sentence):
            sub = "Sexual violence"
        if sub == "Arrests" and refine and not _PROTESTED.isdisjoint(norms) and (
            not _for_protesting(norms)
        ):
            # "Protesters gather outside parliament; police arrest 5": the protest's
            # arrests, told in its sentence (ACLED: an intervention)
            sub = "Protest with intervention"
        elif sub == "Attack" and refine and actor1 is not None and actor1.kind in _STATE and (
            _protest_clause_before(coder, event, sentence)
        ):
            # "Farmers protest in Patna over prices; police shoot dead one farmer": the
            # protest's clause, then the force used on it
            sub = "Excessive force against protesters" if event.fatalities or (
                not _SHOOTING.isdisjoint(own_part)) else _intervention(own_part)
        if sub == "Mob violence" and refine and actor1 is not None and actor2 is not None and (
            actor2.kind in ("police", "military") and _few_individuals(coder, event, actor1)
        ):
            # "Two men attacked police on guard at a checkpoint, leaving one officer dead":
            # a few armed men, no mob, fought the police (ACLED: an unidentified armed group)
            sub, event.cameo = "Armed clash", "190"
            actor1 = _side("Unidentified Armed Group", "militia", "UAF", actor1.country)
        if sub in _PROTEST_SUBS and refine and any(
            side is not None and side.name[:1].islower() and _head(side) in ("rioters", "rioter")
            for side in (actor1, actor2)
        ):
            # "dozens of Papuan rioters held a demonstration": the source calls the crowd
            # rioters, ACLED's word for a violent one
            sub, event.cameo = "Violent demonstration", "145"
        if sub in _FORCE_SUBS and event.rule in _CROWD_CONTROL and refine and not any(
            side is not None and (side.kind in ("protesters", "rioters") or (
                side.kind == "party" and _head(side) in _PARTY_MEMBERS))  # ("supporters")
            for side in (actor1, actor2)
        ) and not _demonstration_told(coder, event.sentence) and _DISPERSAL.isdisjoint(norms):
            # "In a crackdown on banditry, police set fire to a village", "police used tear
            # gas against the residents" in a raid: force with no demonstration told is
            # part of the violence told with it, no protest (a crowd dispersed is a
            # demonstration's: "used water cannon to disperse supporters gathered in Harare")
            sub = None
        if sub is None and actor1 is not None and actor1.kind == "protesters" and (
            event.cameo[:2] in _CROWD_DOINGS and refine
        ):
            # "protesters blocked Route 9 to repudiate the reform", "protesters gathered in
            # Addis Ababa", "demonstrators rejected the agreement": what a crowd of protesters
            # does is its demonstration, against no one (ACLED: "gathered outside the
            # Parliament" has no second actor), coded with what was done to it
            event.cameo, actor2 = "141", None
            sub = _acled(event, actor1, None, own_part, after=_told_next(coder, event.sentence))
        if sub == "Armed clash" and actor2 is None and actor1 is not None and (
            refine and actor1.kind in ARMED_KINDS and event.rule in _DONE_TO_ANOTHER
        ) and _only_civilians_hurt([*own_part, *_told_next(coder, event.sentence, 2)]):
            # "security forces opened fire in the Donki Shatta area ... Four people were
            # injured": with no other side told, those hurt were its target (ACLED)
            sub, event.cameo = "Attack", "190"
            actor2 = _side("civilians", "civilians", "CVL", location.country if location else None)
        if sub == "Armed clash" and refine and actor1 is None and actor2 is None and (
            _BRAWL.intersection(own_part)
        ):
            # "a scuffle over a property dispute led to firing in Pipri": no armed group, a
            # fight of unorganised people (ACLED: mob violence)
            sub = "Mob violence"
        if sub == "Attack" and (actor2 is None or actor2.kind in _UNARMED_VICTIMS) and (
            refine and _CRIMINAL_VICTIM.search(" ".join([*norms, *_told_next(coder, event.sentence, 2)]))
        ):
            # "Both had a police record of drug trafficking": ACLED codes the killing of gang
            # members as a clash between armed groups
            sub = "Armed clash"
            actor2 = _side("unidentified gang", "militia", "UAF",
                           location.country if location else None)
            actor1 = actor1 or actor2  # (ACLED: "Unidentified Gang" on both sides)
        dead = _armed_dead(own_part) if sub == "Attack" and refine else None
        if dead is not None and actor1 is not None and actor1.kind in ARMED_KINDS:
            # "militants attacked a village defended by a self-defence militia, killing 3
            # militiamen": its dead were armed, a battle (ACLED), with the men they were
            sub = "Armed clash"
            if actor2 is None or actor2.kind in _UNARMED_VICTIMS:
                kind, role = _ARMED_DEAD[dead]
                actor2 = _side(dead, kind, role, location.country if location else None)
        if sub in ("Attack", "Armed clash") and actor1 is not None and (
            _head(actor1) in _MOBS_BY_CONVENTION and refine
            and _FIRING.isdisjoint(own_part) and not _killing_after(own_part)
        ):
            # "armed Israeli settlers attacked Palestinian farmers": ACLED codes settlers'
            # violence as a mob's, their shootings and killings apart
            sub, actor1 = "Mob violence", evolve(actor1, kind="rioters")
        after_trigger = coder.norms[event.trigger_last : sentence.last]
        if sub == "Attack" and (
            _REPELLED.intersection(after_trigger) or ("stopped", "by") in pairwise(after_trigger)
        ) and refine:
            # "attacked motorists but were repelled by Nigerian military troops", "were stopped
            # by the Congolese contingent of MINUSCA": the forces fought them off, a battle
            # (ACLED)
            forces = _intervening_force(coder, event, peacekeepers=True)
            if forces is not None:
                sub, actor2 = "Armed clash", forces
        if sub in _FOUGHT_BACK and refine and _RETURNED_FIRE.search(
            " ".join([*own_part, *_told_next(coder, event.sentence, 1)])
        ):
            # "threw a hand grenade at a checkpoint. The forces reacted with gunfire": a
            # battle (ACLED), whatever weapon opened it
            sub, event.cameo = "Armed clash", "190"
        if sub == "Armed clash" and (
            event.rule in _ATTACK_VERBS
            # "ADF launched multiple attacks including on Mandumbi village": a doer's attacks
            or (event.rule in _ATTACKS_LAUNCHED and actor1 is not None)
        ) and refine:
            sub = _attack_on_civilians(coder, event, actor1, actor2, location) or sub
        if sub == "Armed clash" and refine and _STREET_ARMS.intersection(own_part) and (
            _FIRING.isdisjoint(own_part)
        ) and all(side is None or side.kind in _CROWD_KINDS for side in (actor1, actor2)):
            # "members of 2 families clashed with knives, sticks and stones": people with no
            # arms but what is at hand fought, a mob's violence (ACLED)
            sub, event.cameo = "Mob violence", "145"
            actor1, actor2 = (evolve(side, kind="rioters") if side is not None else None
                              for side in (actor1, actor2))
        if sub == "Armed clash" and refine and not event.symmetric and actor2 is not None and (
            actor2.kind == "government" and _head(actor2) in _CIVIL_BODIES
        ) and _FORCES_HURT.isdisjoint(own_part) and _FIRED_BACK.isdisjoint(own_part):
            # "gunmen attacked the office of the Independent National Electoral Commission":
            # a civil body of the state bears no arms, its office is no battlefield (ACLED:
            # violence against civilians, the body their associated actor)
            sub, event.cameo = "Attack", "190"
            actor2 = _side("civilians", "civilians", "CVL", actor2.country or (
                location.country if location else None))
        if sub == "Attack" and refine and _bodyguards_harmed(own_part):
            # "killed 1 council member in addition to 3 of his guards": the armed men who
            # guarded the target were a side of a fight (ACLED: a battle)
            sub, event.cameo = "Armed clash", "190"
        if sub in ("Armed clash", "Attack") and actor2 is None and (
            event.rule in _ATTACK_VERBS or event.rule == "trigger:t-storm"
        ) and _TAKEN_OR_DESTROYED.intersection(own_part) and _HARMED.isdisjoint(
            [*own_part, *_told_next(coder, event.sentence, 1)]
        ) and refine and not _settlement_attacked(coder, event):
            # "the station is attacked by an armed group, who stole the transmitter", "stormed
            # a construction site and destroyed equipment": property taken or destroyed, no
            # one harmed (ACLED: looting "outside the context of other violence")
            sub, event.cameo = "Looting/property destruction", "1711"
        if sub == "Looting/property destruction" and (actor1 is None or _crowd(actor1)) and (
            _BARRICADES.intersection(coder.norms[event.trigger_first : event.trigger_last + 3])
        ):
            # "set barricades on fire", "burnt tyres": a demonstration's fires, not property
            # destroyed (ACLED: a violent demonstration)
            sub, event.cameo = "Violent demonstration", "145"
        elif sub == "Looting/property destruction" and _amid_unrest(norms) and (
            actor1 is None or _crowd(actor1) or _no_group_named(actor1)
        ):
            # "unidentified assailants set alight the party office, amid the outbreak of
            # violence after the resignation": property burned in the unrest, mob violence,
            # the unnamed doers its rioters
            sub = "Mob violence"
            if actor1 is not None and _no_group_named(actor1):
                actor1 = _side("rioters", "rioters", "CVL", location.country if location else None)
        if sub == "Agreement" and {"unilateral", "unilaterally"}.intersection(norms):
            sub = "Change to group/activity"  # a ceasefire one side declares agrees nothing
        if sub == "Government regains territory" and actor1 is not None and location and (
            actor1.country and location.country and actor1.country != location.country
        ):
            sub = "Non-state actor overtakes territory"  # a foreign state's capture (ACLED)
        if sub in ("Abduction/forced disappearance", "Arrests") and _animals_taken(
            coder, event
        ) and refine:
            # "militants seized livestock", "seized goats and camels": animals taken, looting
            sub, event.cameo = "Looting/property destruction", "1711"
            actor2 = _civilian_victims(coder, event, sub, location)
        if sub == "Looting/property destruction" and refine and _crew_taken(coder, event):
            sub, event.cameo = "Abduction/forced disappearance", "181"
            actor2 = _civilian_victims(coder, event, sub, location)
        told_next = _told_next(coder, event.sentence, 1)
        if sub == "Abduction/forced disappearance" and event.fatalities and refine and (
            not DEATH_WORDS.isdisjoint(after_trigger) or not DEATH_WORDS.isdisjoint(told_next)
        ):
            # "abducted a trader ... The victim was tortured and killed": the abducted killed
            # make an attack (ACLED codes the most severe)
            sub = "Attack"
        if sub in ("Abduction/forced disappearance", "Attack") and any(
            word in _RAPE_WORDS and _rape_done(told_next, index)
            for index, word in enumerate(told_next)
        ) and DEATH_WORDS.isdisjoint([*own_part, *told_next]) and refine:
            # "were abducted by assailants. ... then raped", "gunmen attacked three women
            # collecting firewood. The gunmen seized a girl and raped her" (ACLED; a killing
            # would outrank it)
            sub = "Sexual violence"
        if sub in _TERRITORIAL and _EQUIPMENT.intersection(
            coder.norms[event.trigger_last : event.trigger_last + 5]
        ):
            continue  # "captured another 2 tanks": arms taken in a battle, no ground
        if event.rule == "trigger:t-take-over" and not _ground_taken(coder, event):
            continue  # "took over the presidency", "took over the company": no ground
        if sub == "Looting/property destruction" and event.rule == "verb:APPREHEND" and (
            refine and _place_taken(coder, event)
        ):
            # "al Shabaab seized Moqokori (Hiraan)": a place taken is ground, not goods
            state = actor1 is not None and actor1.kind in _STATE
            sub = "Government regains territory" if state else "Non-state actor overtakes territory"
            event.cameo, actor2 = "192", None
        if event.rule == "verb:APPREHEND" and sub in _HOLDING and _goods_seized(coder, event) and (
            _ABDUCTING.isdisjoint(coder.norms[sentence.first : sentence.last])
        ):  # (not "seized a vehicle ..., four passengers abducted")
            # "militants seized a vehicle belonging to an NGO": goods taken, no one held
            sub, event.cameo = "Looting/property destruction", "171"
        seized = event.rule == "verb:APPREHEND" and _people_seized(coder, event)
        if (sub in _TERRITORIAL and _people_taken(coder, event, actor2)) or (
            seized and (sub in _TERRITORIAL or sub == "Looting/property destruction")
        ):
            # "captured two armed bandits", "seized two aid workers": people seized, no
            # ground or goods; fighters captured in a fight are its prisoners (ACLED: part of
            # the battle)
            state = actor1 is not None and actor1.kind in _STATE
            sub, event.cameo = (
                ("Armed clash", "190") if (actor2 is None and not seized) or (
                    actor2 is not None and actor2.kind in _COMBATANTS)
                else ("Arrests", "173") if state
                else ("Abduction/forced disappearance", "181"))
        if sub in _TERRITORIAL and actor2 is not None and actor2.kind == "civilians" and (
            _head(actor2) in _PLACE_NOUNS
        ):
            actor2 = None  # "gaining control of the village": the ground taken, not a side
        if sub in _TERRITORIAL and sub != "Non-violent transfer of territory" and (
            actor2 is None and refine
        ):
            actor2 = _taken_from(coder, event, sentence)  # "recaptured Gabat from the SPLM-IO"
        if sub == "Armed clash" and refine and actor1 is not None and actor2 is not None:
            crowd = [side for side in (actor1, actor2) if side.kind in ("rioters", "protesters") or (
                # "Riot police and street vendors clash": unarmed people fighting the police
                # (not "heavy fighting between special forces and Qemant farmers")
                side.kind == "civilians" and event.symmetric and _ARMED.isdisjoint(norms)
                and _ARMED.isdisjoint(told_next)  # ("Prisoners seized machine guns")
                and (actor2 if side is actor1 else actor1).kind == "police")]
            if len(crowd) == 1:
                # "police and rioters clashed": a riot, the rioters its first actor (ACLED)
                other = actor2 if crowd[0] is actor1 else actor1
                actor1, actor2 = evolve(crowd[0], kind="rioters"), other
                sub, event.cameo = "Mob violence", "145"
        if sub == "Mob violence" and actor1 is not None and actor1.kind == "protesters" and (
            not event.rule.startswith(LABEL_RULE)
        ):
            # "the demonstrators engaged in a scuffle with hospital staff": a demonstration's
            # crowd come to blows, a violent demonstration
            sub = "Violent demonstration"
        elif sub in ("Violent demonstration", "Mob violence") and not event.rule.startswith(
            LABEL_RULE
        ) and not (actor1 is not None and actor1.kind == "protesters"):
            # a riot told with a demonstration or a grievance is a violent demonstration, else
            # a mob's violence (ACLED): "Settlers threw rocks at vehicles"
            told = _demonstration_told(coder, event.sentence) and not (
                actor1 is not None and _head(actor1) in _MOBS_BY_CONVENTION
            ) and not _amid_unrest(norms, _DISORDER)  # (in the general unrest, a mob's)
            sub = "Violent demonstration" if told else "Mob violence"
            if told and event.cameo[:2] == "14":
                event.cameo = "145"  # CAMEO's "protest violently, riot"
        if sub == "Disrupted weapons use" and event.rule == "trigger:t-intercept" and (
            _INTERCEPTED_ARMS.isdisjoint(coder.norms[event.trigger_last : event.trigger_last + 5])
        ) and not (
            # "launched a ballistic missile towards Marib, which was intercepted"
            coder.norms[event.trigger_first - 1 : event.trigger_first] in (["was"], ["were"])
            and not _INTERCEPTED_ARMS.isdisjoint(
                coder.norms[max(0, event.trigger_first - 12) : event.trigger_first])
        ):
            # "they were intercepted by MILF soldiers", "intercepted and opened fire against a
            # vehicle carrying marketgoers": men stopped, not missiles; on civilians an attack
            sub = _attack_on_civilians(coder, event, actor1, actor2, location) or "Armed clash"
        if (sub == "Disrupted weapons use" or event.rule in _DOWNED_CRAFT) and actor2 is None:
            actor2 = _weapons_owner(coder, event, actor1)  # "destroyed 23 Ukrainian drones"
        if sub == "Disrupted weapons use" and refine and event.rule.startswith(DOWNING_RULES) and (
            _debris_struck([*own_part, *_told_next(coder, event.sentence, 1)])
        ):
            # "a Russian drone was shot down ... Debris of the drone hit residential
            # buildings": the strike reached its target all the same (ACLED codes the
            # attacker's strike)
            arms = set(coder.norms[max(sentence.first, event.trigger_first - 4):
                                   event.trigger_last + 4])
            sub, event.cameo = (("Air/drone strike", "195") if _DRONES.intersection(arms)
                                else ("Shelling/artillery/missile attack", "194"))
            actor1, actor2 = actor2, None
        if refine:
            # ACLED's roles for a demonstration; a PETRARCH set's roles are CAMEO's own
            # ("soldiers cordoned off Mordor": the soldiers are the source)
            actor1, actor2 = _demonstration_roles(sub, actor1, actor2)
            if actor2 is None and sub in _FORCE_SUBS:
                actor2 = _intervening_force(coder, event)
            elif actor2 is None and sub in ("Violent demonstration", "Mob violence"):
                # "Students rioted ... Police responded with teargas": the force that
                # stopped the riot is its second side (ACLED)
                force = _intervening_force(coder, event, acting=True)
                actor2 = _localized([force], location)[0] if force is not None else None
            if sub in _AGAINST_CIVILIANS and actor2 is not None and actor2.kind in (
                "organization", "ngo", "igo", "unknown"
            ):
                # the victims of violence against civilians are civilians (ACLED): "a
                # businessman was abducted", "killed two captured bandits"
                actor2 = evolve(actor2, kind="civilians")
            if sub in _REMOTE_SUBS and actor2 is None and (
                _CIVILIAN_BUILDINGS.intersection(own_part) or (
                    sub == "Remote explosive/landmine/IED" and CIVILIAN_WORDS.intersection(own_part))
            ):
                # "warplanes struck houses west of Gaza City", "a grenade was detonated
                # outside a bar", "three villagers stepped on a landmine": civilians (ACLED; not
                # a village shelled, which ACLED leaves without a second side)
                actor2 = _side("civilians", "civilians", "CVL",
                               location.country if location else None)
        if sub == "Peaceful protest" and actor1 is not None and (
            actor1.kind in ("military", "police")
        ) and event.rule.startswith(("trigger:t-block-", "trigger:t-blockade-")) and (
            PROTEST_WORDS.isdisjoint(norms) and not _in_protest(norms)
        ):
            # "police officers blocked the entrance of a hotel where the opposition were to
            # meet": forces barring a way, no crowd's protest (ACLED: a strategic development)
            sub = "Other"
        elif sub == "Peaceful protest" and actor1 is not None and (
            actor1.kind in ("military", "police")
        ):
            actor1 = evolve(actor1, kind="protesters")  # soldiers who protest are a crowd
        if event.rule.startswith("trigger:t-disrupt-") and not (
            actor1 is not None and (_crowd(actor1) or actor1.kind in _PARTIES)
        ):
            continue  # "the rain disrupted the campaign": no crowd broke up a gathering
        if sub in _DEMONSTRATORS and actor1 is not None:
            actor1 = _localized([actor1], location)[0]  # "people" who are protesters here
        elif sub in _DEMONSTRATORS and refine:
            # "medical interns protested": a crowd the dictionaries do not name (ACLED's
            # "Protesters (Israel)")
            kind = _DEMONSTRATORS[sub]
            actor1 = _side(kind, kind, "CVL", location.country if location else None)
        if actor1 is None and sub in _ONE_SIDED and refine:
            actor1 = _forces_operating(coder, event, location)
        if actor2 is None and sub in _FORCES_TARGETED and event.modality == "actual" and refine:
            actor2 = _forces_at(coder, event, location)
        if actor2 is None and sub in _ONE_SIDED and event.modality == "actual":
            actor2 = _civilian_victims(coder, event, sub, location, actor1)
        elif actor2 is not None and sub in _ONE_SIDED and (
            _unarmed(actor2) or actor2.kind == "unknown"  # "killed 9 people"
            # a thief a mob beat is no gang ("a mob lynched a suspected thief")
            or (sub in _RIOTS and _head(actor2) in PETTY_CRIMINALS)
        ) and refine:
            # ACLED's victims of one-sided violence are "Civilians (Country)", their party
            # or office an associated actor ("a Morena municipal councillor").
            actors2.insert(0, _side("civilians", "civilians", "CVL",
                                    actor2.country or (location.country if location else None)))
            actor2 = actors2[0]
        code = codebooks.cameo_events.get(event.cameo) or _extra_code(event.cameo)
        if code is None:
            continue
        if actor1 is None and actor2 is None and sub is None:
            continue  # a verbal or cooperative event needs someone doing it
        if actor1 is None and event.rule.startswith("verb:") and not (
            code.root in VIOLENT_ROOTS and (
                (actor2 is not None and (
                    not coder.passive(event) or _untold_toll(coder, event, violence_told)
                ))
                or (event.trigger_first and coder.norms[event.trigger_first - 1] in WEAPON_WORDS)
            )
        ):
            # A dictionary verb with no source actor is too weak to code, but for violence
            # someone unnamed did to someone ("members of a criminal group kidnapped 5 young
            # men") or a weapon did ("Two S-300 missiles hit a residential building"). "were
            # killed", "was wounded" mostly tell the toll of an event told before.
            continue
        if not event.governed and code.root not in VIOLENT_ROOTS:
            continue  # "the ceasefire", "the talks" mentioned, not told as happening
        violent = code.root in VIOLENT_ROOTS or (
            sub is not None
            and sub
            not in (
                "Agreement",
                "Other",
                "Arrests",
                "Change to group/activity",
                "Headquarters or base established",
                "Non-violent transfer of territory",
                "Disrupted weapons use",
                "Looting/property destruction",
                "Peaceful protest",
                "Protest with intervention",
            )
        )
        fatalities = event.fatalities if violent else (0 if sub is not None else None)
        if violent and fatalities is None:
            fatalities = 0
        if sub == "Suicide bomb" and fatalities is not None and event.modality == "actual" and (
            not _bomber_told(coder, event)
        ):
            fatalities += 1  # ACLED counts the bomber among the dead
        date = _date_for(coder, event)
        if _background(coder, event, date):
            continue
        if location is None and code.root not in VIOLENT_ROOTS:
            location = _home(actor1)  # what a government or an official says, it says at home
        if location is None and sub is not None:
            # "Sudanese forces repulsed LRA rebels at Gumbo", a place no gazetteer knows: the
            # country the text's actors and places belong to
            location = _text_country(coder, (actor1, actor2))
        elif location is not None and location.country is None and location.kind == "place" and (
            sub is not None
        ):
            location = _placed_in_text(coder, location, (actor1, actor2))
        record = Event(
            date=date,
            cameo=code.code,
            acled_sub_event_type=sub,
            # PLOVER's AGREE covers agreeing itself ("agreed upon a pact"), which CAMEO codes
            # as diplomatic cooperation (05x, PLOVER SUPPORT).
            plover="AGREE"
            if coder.norms[event.trigger_first] in _AGREEING and code.root in ("03", "05")
            else code.plover,
            plover_mode=code.plover_mode,
            plover_context=code.plover_context,
            actor1=actor1,
            actor2=actor2,
            associated_actors1=actors1[1:],
            associated_actors2=actors2[1:],
            symmetric=event.symmetric,
            units=_units_for(coder, event),
            location=location,
            fatalities=fatalities if event.modality == "actual" else None,
            modality=event.modality,  # type: ignore[arg-type]
            evidence=event.evidence + _actor_spans(coder, event),
            sources=(source,) if (source.url or source.id) else (),
            confidence=event.confidence,
            rule=event.rule,
        )
        events.append((event, record))
        published = coder.article.published
        if promised is not None and published is not None and date is not None and (
            date.start is not None and date.start > published
        ):
            # "will meet on Tuesday": the promise is made now; the meeting is on Tuesday.
            events[-1] = (event, evolve(record, date=FuzzyDate.day(published)))
        if promised is not None:
            # The promised, refused or threatened act itself, as what it is: not (yet) real.
            cameo, modality = promised
            act = codebooks.cameo_events.get(cameo)
            if act is not None:
                events.append((event, evolve(
                    record, cameo=act.code, plover=act.plover, plover_mode=act.plover_mode,
                    plover_context=act.plover_context, acled_event_type=None,
                    acled_sub_event_type=None, modality=modality, fatalities=None,  # type: ignore[arg-type]
                    confidence=record.confidence * 0.8,
                )))
    if coder.lexicon.one_event_per_pair:
        # PETRARCH's conventions: one event per (source, target) pair, a pattern's paired
        # code coded back from target to source, and an event only between two actors.
        events = [
            (found, each)
            for found, record in events
            for pair in _pairs(record)
            for each in (pair, *_paired_back(found, pair))
            if each.actor1 is not None and each.actor2 is not None
        ]
    coded = [record for _, record in events]
    coded += _statement_events(coder, statements, source, coded)
    coded.sort(key=lambda record: min((s.start for s in record.evidence), default=0))
    records = _deduplicate(coder, _fold_tolls(coded, coder.doc.text))
    if coder.lexicon.one_event_per_pair:
        return records
    records = _coded_fatalities(coder, _claimed(coder, records))
    return [_attribute_unnamed(record) for record in records]


_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)
# How far back a claim of responsibility reaches for the attack it claims, in characters.
_CLAIM_REACH = 600


def _claimed(coder: _Coder, records: list[Event]) -> list[Event]:
    """The one who claimed responsibility did the attack the text told before without a doer
    ("Two soldiers were killed when their vehicle struck an IED ... JNIM claimed
    responsibility for the blast"), and the blast it names is that attack, not another."""
    result = list(records)
    for claim in records:
        if claim.cameo != "015" or claim.actor1 is None or not claim.evidence:
            continue
        said_at = min(span.start for span in claim.evidence)
        said_to = max(span.end for span in claim.evidence)
        named = [event for event in result if event.acled_event_type in _VIOLENT_TYPES
                 and said_at <= min((s.start for s in event.evidence), default=-1) < said_to]
        claimed = _claimed_attack(result, said_at)
        if claimed is None and named:
            # "ISWAP claimed an IED attack against Nigerian troops": the attack the claim names
            claimed = next(i for i, event in enumerate(result) if event is named[0])
            named = named[1:]
        if claimed is None:
            continue
        attack = result[claimed]
        if attack.actor1 is None or (
            attack.actor1.kind in ("rebel", "militia") and (
                _unnamed(coder, attack.actor1) or _unidentified(attack.actor1))
        ):
            attack = evolve(attack, actor1=claim.actor1)  # "Militants stormed ..."
        for event in named:
            attack = _merge(attack, evolve(event, actor1=attack.actor1, actor2=attack.actor2))
        result[claimed] = attack
        result = [event for event in result if not any(event is each for each in named)]
    return result


# ACLED analysts' remarks on the figure they coded, strongest first: "10 fatalities split
# across 2 events and coded as 5 for this event", "3 fatalities coded to this event", "Total
# fatalities coded as 4", "Unspecified number of fatalities coded as 3", "20 fatalities split
# up between 3 events", "1 fatality." (the whole sentence). Bounded and anchored: no
# backtracking to speak of.
_CODED_FATALITIES = (
    re.compile(r"\bcoded as (\d{1,6}) (?:fatalit(?:y|ies) )?(?:for|to) this event", re.I),
    re.compile(r"\b(\d{1,6}) fatalit(?:y|ies) (?:were )?coded (?:for|to) this event", re.I),
    re.compile(r"\btotal fatalities (?:were )?coded as (?:at least )?(\d{1,6})\b", re.I),
    re.compile(r"\btotal fatalities (?:were|are|stood at) (\d{1,6})\b", re.I),
    # "Unknown fatalities are split across two events and coded as 10": 10 shared
    re.compile(r"\bfatalities(?= (?:are |were )?(?:spread|split|distributed) [^.]{0,40}?"
               r"\bcoded as (\d{1,6})\b)", re.I),
    # ("Unknown number of casualties was coded as 3": ACLED counts no injuries)
    re.compile(r"\b(?:fatalit(?:y|ies)|casualties) (?:were |was )?coded (?:as|at|to) "
               r"(?:at least )?(\d{1,6})\b", re.I),
    re.compile(r"\b(\d{1,6}) fatalities(?= (?:are |were )?(?:spread|split|distributed|divided) )",
               re.I),
    re.compile(r"(?:^|(?<=[.!?] ))(\d{1,6}) fatalit(?:y|ies)(?: (?:were |was )?coded)?\.(?= |$)",
               re.I | re.M),  # "3 fatalities.", "13 fatalities coded."
    re.compile(r"\bfatalit[^.]{0,200}, coded as (\d{1,6})[.)]", re.I),
)
# "Fatalities split across four events": the figure the note told, shared.
_SPLIT_TOLD = re.compile(r"\bfatalities(?=(?: are| were)? (?:spread|split|distributed|divided) )",
                         re.I)
_SPREAD = re.compile(r"(?: and)?(?: are| were)? (?:spread|split|distributed|divided)(?: up)?"
                     r"(?: equally| evenly)? (?:over|between|across|among) (\w{1,6})\b", re.I)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}


def _share(value: int, match: re.Match[str], text: str) -> int:
    """A figure, or this event's share of it when the remark says it was "spread over three
    events". ACLED divides it as evenly as it can, so the share most of them got is the
    quotient rounded (half up: one death over two events is coded to one of them, the
    first told)."""
    spread = _SPREAD.match(text, match.end())
    if spread is None:
        return value
    parts = spread.group(1).lower()
    count = int(parts) if parts.isdigit() else _SMALL_NUMBERS.get(parts, 0)
    return (2 * value + count) // (2 * count) if count else value


def _coded_fatalities(coder: _Coder, records: list[Event]) -> list[Event]:
    """The figure an ACLED analyst's remark says was coded, for the event the note (the
    remark's paragraph) tells first: the notes of ACLED's own data carry such remarks, and a
    note tells one event."""
    text = coder.doc.text
    lowered = text.lower()
    if "fatalit" not in lowered and "casualt" not in lowered:
        return records
    result = list(records)
    sentences = coder.doc.sentences
    paragraph_starts = [sentence.start for index, sentence in enumerate(sentences)
                        if not index or sentences[index - 1].paragraph != sentence.paragraph]
    # weakest first, so that the strongest remark is the one set last
    for pattern in (_SPLIT_TOLD, *reversed(_CODED_FATALITIES)):
        for match in pattern.finditer(text):
            opening = max((p for p in paragraph_starts if p <= match.start()), default=0)
            for index, event in enumerate(result):
                start = min((span.start for span in event.evidence), default=-1)
                if opening <= start < match.start() and event.modality == "actual" and (
                    event.acled_event_type is not None
                ):
                    told = event.fatalities or 0 if pattern is _SPLIT_TOLD else None
                    value = int(match.group(1)) if told is None else told
                    result[index] = evolve(event, fatalities=_share(value, match, text))
                    break
    return result


def _peoples_named_militia(
    coder: _Coder, actor: Actor | None, mention: Any = None
) -> Actor | None:
    """ "an Auliyan militia", "Ethiopian Merrile militia": a militia named by a word no
    dictionary knows (not a place, a country or a group) is a people's or a clan's, an
    identity militia as ACLED codes it ("Merrile Ethnic Militia")."""
    if actor is None or actor.kind != "militia" or not actor.name.lower().endswith("militia"):
        return actor
    words = actor.name.split()[:-1]
    if not words and mention is not None and mention.first > 0 and (
        coder.norms[mention.first - 1] not in FUNCTION_WORDS
        and not coder.doc.all_caps
        and coder.doc.sentences[coder.doc.sentence_of(mention.first - 1)].first < mention.first - 1
    ):
        words = [coder.tokens[mention.first - 1].text]  # "an Auliyan militia"
    if words and any(entry.kind == "adjective"
                     for entry in coder.lexicon.phrases.longest(tokenize(words[0]), 0)[1]):
        words = words[1:]  # "Ethiopian Merrile militia": the people, of Ethiopia
    if not words or not all(word[:1].isupper() and word.isalpha() for word in words) or (
        _IDENTITY_WORDS.intersection(word.lower() for word in words)
    ):
        return actor  # (not one ACLED's tables already name: "Borana Ethnic Militia")
    tokens = tokenize(" ".join(words))
    if any(coder.lexicon.phrases.longest(tokens, index)[1] for index in range(len(tokens))):
        return actor  # a place's militia ("Zintan militia"), or a group's
    return evolve(actor, name=f"{' '.join(words)} Ethnic Militia", mentions=())


_IDENTITY_WORDS = frozenset({"ethnic", "communal", "clan", "tribal", "caste"})


def _unnamed(coder: _Coder, actor: Actor) -> bool:
    """Whether an actor is only described by a role word ("Militants", "gunmen")."""
    tokens = tokenize(actor.name)
    end, entries = coder.lexicon.phrases.longest(tokens, 0) if tokens else (0, [])
    return end == len(tokens) and any(entry.kind == "agent" for entry in entries)


def _claimed_attack(events: list[Event], said_at: int) -> int | None:
    """The index of the latest actual violent event told shortly before a claim."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        start = min((span.start for span in event.evidence), default=said_at)
        if start >= said_at or event.statements:
            continue
        if said_at - start > _CLAIM_REACH:
            return None
        if event.acled_event_type in _VIOLENT_TYPES and event.modality == "actual":
            return index
    return None


_MEETING = frozenset({"meet", "meets", "met", "meeting"})


def _paired_back(found: _Found, event: Event) -> list[Event]:
    """ "[031:032]": the event a dictionary codes back from the target to the source ("X met
    Y": X meets Y, 031, and Y is visited, 032)."""
    if not found.paired or event.actor1 is None or event.actor2 is None:
        return []
    code = codebooks.cameo_events.get(found.paired) or _extra_code(found.paired)
    if code is None:
        return []
    return [
        evolve(
            event, id="", cameo=code.code, actor1=event.actor2, actor2=event.actor1,
            plover=code.plover, plover_mode=code.plover_mode,
            plover_context=code.plover_context,
        )
    ]


def _pairs(event: Event) -> list[Event]:
    """PETRARCH's convention: one event per (source, target) pair of compound actors."""
    present1 = [a for a in (event.actor1, *event.associated_actors1) if a is not None]
    present2 = [a for a in (event.actor2, *event.associated_actors2) if a is not None]
    sources: list[Actor | None] = list(present1) or [None]
    targets: list[Actor | None] = list(present2) or [None]
    if event.symmetric and present2:
        # "Gondor and Osgiliath renewed ties", "the US, Russia and Switzerland met": each did
        # it with each of the others.
        everyone = present1 + present2
        return [
            evolve(event, id="", actor1=a, actor2=b, associated_actors1=(),
                   associated_actors2=())
            for a in everyone
            for b in everyone
            if a is not b and a.cameo != b.cameo
        ]
    if len(sources) == 1 and len(targets) == 1:
        return [event]
    return [
        evolve(event, id="", actor1=source, actor2=target, associated_actors1=(),
               associated_actors2=())
        for source in sources
        for target in targets
        if source is None or target is None or source.cameo != target.cameo
    ]


def _actor_spans(coder: _Coder, event: _Found) -> list[Span]:
    spans = []
    for label, keys in (("actor1", event.actor1), ("actor2", event.actor2)):
        for key in keys:
            for mention in coder.mentions_by_sentence.get(event.sentence, ()):
                if mention.key == key:
                    start = coder.doc.tokens[mention.first].start
                    end = coder.doc.tokens[mention.last - 1].end
                    spans.append(
                        Span(start=start, end=end, label=label, text=coder.doc.text[start:end])
                    )
                    break
    return spans


def _statement_events(
    coder: _Coder, statements: Sequence[tuple[Statement, Any]], source: Any,
    told: Sequence[Event] = (),
) -> list[Event]:
    results = []
    dated: dict[str, FuzzyDate] = {}
    told_at = sorted(((_first_evidence(event), event) for event in told), key=itemgetter(0))
    for statement, finding in statements:
        code = codebooks.cameo_events.get(getattr(finding, "cameo", None) or "010")
        speaker = statement.speaker
        if code is None or speaker is None:
            continue
        if speaker.country is None and speaker.kind in _STATE:
            # "The Interior Ministry said": the ministry of the country the report is from
            dateline = _dateline_place(coder)
            country = gazetteer.country(dateline.country) if dateline and dateline.country else None
            if country is not None:
                speaker = _of_country(speaker, country)
                statement = evolve(statement, speaker=speaker)
        speaker_key = getattr(finding, "speaker_key", None)
        addressee_key = getattr(finding, "addressee_key", None) or _target_after_cue(
            coder, finding, speaker_key, code.root
        )
        addressee = (
            replaced(coder.entities.final_actor(addressee_key), mentions=())
            if addressee_key and addressee_key in coder.entities.actors
            else None
        )
        if addressee is None and code.root == "11":
            addressee = _condemned(statement, speaker, told_at)
        if addressee is None and code.root in _TARGETED_ROOTS:
            addressee = _nation_after_cue(coder, finding, speaker)
        date = statement.date or (dated.get(speaker_key) if speaker_key else None)
        if date is None and code.root != "01":
            # "condemned the strike in a statement on Tuesday": the object of such a verb is
            # a thing, not a told event, so a date in its sentence is the act's.
            date = _sentence_date(coder, finding)
        if date is None:
            date = _paragraph_date(coder, getattr(finding, "sentence", None))
        if speaker_key and date is not None and date.text:
            dated.setdefault(speaker_key, date)
        if statement.date is None and date is not None:
            statement = evolve(statement, date=date)
        crowd = speaker.kind == "protesters" and code.root in _CROWD_DEMANDS and not (
            _demonstration_told_by_then(coder, finding, told_at)
        )
        if crowd:
            # "protesters closed down the oil field, calling for jobs": what a crowd of
            # protesters demands is said by its demonstration (ACLED), against no one
            code, addressee = codebooks.cameo_events.get("141") or code, None
        results.append(
            Event(
                date=date,
                cameo=code.code,
                acled_event_type="Protests" if crowd else None,
                acled_sub_event_type="Peaceful protest" if crowd else None,
                plover=code.plover,
                plover_mode=code.plover_mode,
                plover_context=code.plover_context,
                actor1=replaced(speaker, mentions=()),
                actor2=addressee,
                location=_said_where(coder, finding, statement),
                statements=(statement,),
                evidence=statement.evidence,
                sources=(source,) if (source.url or source.id) else (),
                confidence=0.8,
                rule=f"statement:{statement.cue or 'quote'}",
            )
        )
    return results


_TOLD_BEFORE = 5  # sentences
# What a crowd says that its demonstration says: appeals, demands, disapproval, rejection
_CROWD_DEMANDS = frozenset({"02", "10", "11", "12"})


def _demonstration_told_by_then(
    coder: _Coder, finding: Any, told: Sequence[tuple[int, Event]]
) -> bool:
    """Whether an event told in the statement's sentence, or before it in its paragraph, is
    already a demonstration ("Protesters marched in Tripoli. They demanded ...")."""
    sentences = coder.doc.sentences
    sentence = sentences[finding.sentence]
    first = finding.sentence
    while first > 0 and sentences[first - 1].paragraph == sentence.paragraph and (
        finding.sentence - first < _TOLD_BEFORE
    ):
        first -= 1
    start = coder.tokens[sentences[first].first].start
    end = coder.tokens[sentence.last - 1].end
    # (the events told there, found by bisection: a long text stays linear)
    window = told[bisect.bisect_left(told, start, key=itemgetter(0)) :
                  bisect.bisect_left(told, end, key=itemgetter(0))]
    return any(event.acled_event_type in ("Protests", "Riots") or (event.cameo or "")[:2] == "14"
               for _, event in window)


def _condemned(
    statement: Statement, speaker: Actor, told: Sequence[tuple[int, Event]]
) -> Actor | None:
    """Whom a condemnation that names no one is aimed at: the doer of the latest violence
    told before it, of another country than the speaker's ("Mikati condemned the strike on
    Aitaroun" after the Israeli strike on Aitaroun). ``told``: the events by where they are
    first told, in text order."""
    start = min((span.start for span in statement.evidence), default=0)
    before = bisect.bisect_left(told, start, key=itemgetter(0))
    for told_at, event in reversed(told[:before]):
        if told_at < start - _CONDEMNED_REACH:
            break  # (a long text stays linear)
        doer = event.actor1
        if (
            event.root in VIOLENT_ROOTS and event.modality == "actual" and doer is not None
            and doer.country and doer.country != speaker.country
        ):
            return doer
    return None


_CONDEMNED_REACH = 3000  # characters back from a condemnation to the violence it answers


_TARGETED_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})


def _target_after_cue(
    coder: _Coder, finding: Any, speaker_key: str | None, root: str
) -> str | None:
    """A threat, accusation or demand is aimed at someone: the first other actor named after
    the cue in its sentence ("warning of a new confrontation unless Armenia accepts")."""
    if root not in _TARGETED_ROOTS:
        return None
    start = getattr(finding, "cue_start", None)
    index = getattr(finding, "sentence", None)
    if start is None or index is None:
        return None
    sentence = coder.doc.sentences[index]
    speaker = coder.entities.actor(speaker_key) if speaker_key else None
    for mention in coder.mentions_by_sentence.get(index, ()):
        mention_start = coder.doc.tokens[mention.first].start
        if mention_start <= start or mention.first >= sentence.last:
            continue
        actor = coder.entities.actor(mention.key)
        if mention.key == speaker_key or (speaker and actor.country == speaker.country):
            continue
        if actor.kind in (
            "state",
            "government",
            "military",
            "rebel",
            "militia",
            "person",
            "party",
            "igo",
        ):
            return mention.key
    return None


def _nation_after_cue(coder: _Coder, finding: Any, speaker: Actor) -> Actor | None:
    """A threat or a demand aimed at a people named by an adjective ("warned that any
    Ukrainian strikes would be met with a response"): that state."""
    start, index = getattr(finding, "cue_start", None), getattr(finding, "sentence", None)
    if start is None or index is None:
        return None
    sentence = coder.doc.sentences[index]
    for first, _, iso3 in coder.entities.nationality_spans:
        if sentence.first <= first < sentence.last and coder.doc.tokens[first].start > start:
            country = coder.lexicon.country(iso3)
            if country is not None and iso3 != speaker.country:
                return state_actor(country)
    return None


def _sentence_date(coder: _Coder, finding: Any) -> FuzzyDate | None:
    """The date in a statement's sentence nearest its cue (a dateline's aside)."""
    sentence, cue = getattr(finding, "sentence", None), getattr(finding, "cue_start", -1)
    if sentence is None or cue is None or cue < 0:
        return None
    return min(_told_dates(coder, sentence),
               key=lambda date: abs(date.mentions[0].start - cue), default=None)


def _lead_date(coder: _Coder) -> FuzzyDate | None:
    """The first date the lead paragraph tells (its dateline's aside): a report goes on
    telling the lead's story ("police opened fire on Thursday ... In central Maputo, police
    fired tear gas")."""
    for index, sentence in enumerate(coder.doc.sentences):
        if sentence.paragraph > 0:
            break
        told = _told_dates(coder, index)
        if told:
            return told[0]
    return None


def _told_dates(coder: _Coder, sentence: int) -> list[FuzzyDate]:
    """The dates of a sentence but its dateline's ("KHARTOUM, May 2 (Reuters) -": the
    report's date, not an event's)."""
    text = coder.doc.text
    return [
        date for date in coder.dates_by_sentence().get(sentence, ())
        if not in_dateline(text, date.mentions[0].start, date.mentions[0].end)
    ]


def _paragraph_date(coder: _Coder, index: int | None) -> FuzzyDate | None:
    if index is None:
        published = coder.article.published
        return FuzzyDate.day(published) if published else None
    doc = coder.doc
    paragraph = doc.sentences[index].paragraph
    by_sentence = coder.dates_by_sentence()
    position = index - 1
    while position >= 0 and doc.sentences[position].paragraph >= paragraph - 1:
        if by_sentence.get(position):
            return by_sentence[position][-1]
        position -= 1
    published = coder.article.published
    return FuzzyDate.day(published) if published else None


def _same(a: Event, b: Event) -> bool:
    if a.cameo is None or b.cameo is None or a.modality != b.modality:
        return False
    gap = _gap(a, b)
    if gap is not None and gap > _RETELLING_DISTANCE:
        return False  # told again far away in a long text: another event
    if gap is not None and gap < _NEAR_RETELLING and _attack_fought_back(a, b) is not None:
        return True  # "... attacked a village. Military Forces intervened and there was an
        # exchange of fire": one battle
    paired = a.acled_sub_event_type in _PAIRED_SUBS or b.acled_sub_event_type in _PAIRED_SUBS
    if paired and _protest_and_force(a, b) is not None:
        # "Protesters gathered... Police dispersed them": ACLED codes one protest, with
        # intervention (or one riot, when the crowd was violent), in one place.
        same_place = a.location is None or b.location is None or (
            a.location.name == b.location.name
        )
        return same_place and (a.date is None or b.date is None or a.date.overlaps(b.date))
    if paired and (
        _held_then_harmed(a, b) is not None or _destroyed_in_fight(a, b) or _fire_in_fight(a, b)
        or _ambush_then_fight(a, b) is not None
        or _looted_and_taken(a, b) is not None or _raid_seizing(a, b) is not None
    ):
        return True
    if a.cameo[:2] != b.cameo[:2] and not (
        # "youths fought running battles with the police": one riot, told by a fight's verb
        # and a riot's noun
        a.acled_sub_event_type in _RIOTS and b.acled_sub_event_type in _RIOTS
    ) and not _one_assault(a, b) and not _protest_turned_riot(a, b, gap):
        return False
    # a side told only by its role is taken for a named one of its kind in the next
    # sentences, not paragraphs later ("the air force" striking on Sunday)
    near = gap is not None and gap < _NEAR_RETELLING
    # ("Israeli forces raided the camp and clashed with militants": the raid's victims, told
    # by no one, are the fight's other side)
    sides_a = [x for x in (a.actor1, a.actor2) if x and not (
        near and _raided_then_fought(a, b, x))]
    # (a harm told after a fight: not one told before, "had killed a wrestler ... A
    # firefight broke out")
    sides_b = [x for x in (b.actor1, b.actor2) if x and not (
        near and a.symmetric and _victim_untold(b, x))]
    # (a crowd told by two words, "staged a demonstration ... the demonstrators engaged in a
    # scuffle"; not a death told near a protest: "demanded justice for dozens killed")
    crowds = near and not (a.fatalities or b.fatalities)
    if sides_a and sides_b and not (_sides_within(sides_a, sides_b, near, crowds)
                                    or _sides_within(sides_b, sides_a, near, crowds)
                                    or _one_act(a, b) or _one_target_told(a, b)):
        return False
    if a.location and b.location and a.location.name != b.location.name and (
        _specificity(a.location) == _specificity(b.location) == _TOWN
    ):
        return False  # two towns: two events
    if not sides_a and not sides_b and a.acled_sub_event_type != b.acled_sub_event_type:
        return False
    if a.date and b.date and not a.date.overlaps(b.date):
        # A later mention without its own date ("this joint exercise") is the same event.
        if a.date.text and b.date.text:
            return False
        gap = abs((a.date.start or dt.date.min) - (b.date.start or dt.date.min)).days
        if gap > 7:
            return False
    return bool(a.statements) == bool(b.statements) and not a.statements


def _protest_turned_riot(a: Event, b: Event, gap: int | None) -> bool:
    """Whether a protest and a riot are one crowd's, told together ("truck drivers on strike
    blocked the road and damaged several trucks"): one violent demonstration (ACLED)."""
    protest, riot = (a, b) if a.acled_sub_event_type == "Peaceful protest" else (b, a)
    # (the protest told first: not "shot a man ... days before a taxi strike")
    return gap is not None and gap < _NEAR_RETELLING and (
        protest.acled_sub_event_type == "Peaceful protest") and (
        riot.acled_sub_event_type in _RIOTS) and _first_trigger(protest) < _first_trigger(
        riot) and protest.actor1 is not None and riot.actor1 is not None and (
        _one_crowd(protest.actor1, riot.actor1, near=True))


def _victim_untold(event: Event, side: Actor) -> bool:
    """Whether a side is a harm's victim the text does not name, only refers to ("a clash
    broke out between a TPNPB member and the police ... He was shot dead by the police"):
    civilians by default, which cannot tell the harm apart from a fight told just before
    (`_same` reads it as the fight's toll)."""
    return side is event.actor2 and side.kind == "civilians" and event.actor1 is not None and (
        all(span.label != "actor2" for span in event.evidence))


def _attackers_fought(attack: Event, fight: Event, side: Actor) -> bool:
    """Whether a side is an attack's untold victim, and forces fought the attackers right
    after ("militants stormed a hotel. Security forces fought the attackers for several
    hours"): one battle (ACLED)."""
    fought = fight.symmetric or (fight.acled_sub_event_type == "Armed clash" and (
        fight.actor2 is not None and fight.actor2.kind in ARMED_KINDS))
    if not (fought and fight.acled_event_type == "Battles" and attack.rule in _RAIDS_AND_ATTACKS
            and attack.actor1 is not None):
        return False
    # (or the forces who came, their foe untold: "Military Forces intervened and there was
    # an exchange of fire")
    answered = fight.actor2 is None and fight.actor1 is not None and (
        fight.actor1.kind in _FORCES and attack.actor1.kind in _ARMED_FAMILIES)
    return (_victim_untold(attack, side) or (answered and side is attack.actor2)) and (
        answered or any(other is not None and _sides_within([attack.actor1], [other], True)
                        for other in (fight.actor1, fight.actor2)))


def _raided_then_fought(raid: Event, fight: Event, side: Actor) -> bool:
    """Whether a side is a raid's untold victim, the raiders fighting armed men right after
    it ("police forces broke into the house ... The police killed all 5 militants")."""
    fought = fight.symmetric or (fight.acled_sub_event_type == "Armed clash" and (
        fight.actor2 is not None and fight.actor2.kind in ARMED_KINDS))
    return fought and raid.rule in _RAIDS_AND_ATTACKS and _victim_untold(raid, side) and (
        fight.actor1 is not None and raid.actor1 is not None
        and _identity(fight.actor1) == _identity(raid.actor1))


def _fight_after_raid(a: Event, b: Event) -> Event | None:
    """Of a raid and the fight told right after it, the fight (ACLED's one battle)."""
    for raid, fight in ((a, b), (b, a)):
        if raid.actor2 is not None and _raided_then_fought(raid, fight, raid.actor2):
            return fight
    return None


def _attack_fought_back(a: Event, b: Event) -> tuple[Event, Event] | None:
    """Of an attack and the fight against its attackers told right after it, (the attack,
    the fight): ACLED's one battle."""
    for attack, fight in ((a, b), (b, a)):
        if attack.actor2 is not None and _attackers_fought(attack, fight, attack.actor2):
            return attack, fight
    return None


_RAIDS_AND_ATTACKS = frozenset({"trigger:t-raid-v", "trigger:t-raid", "trigger:t-attack-v",
                                "trigger:t-storm", "trigger:t-break-into"})


def _gap(a: Event, b: Event) -> int | None:
    """Characters from the end of ``a``'s last evidence to the start of ``b``'s first (None
    when either has none)."""
    if not a.evidence or not b.evidence:
        return None
    first = min(span.start for span in b.evidence)
    last = max(span.end for span in a.evidence)
    return first - last


def _destroyed_in_fight(a: Event, b: Event) -> bool:
    """ "SPLA rebels destroyed a government convoy after fighting for three days": property
    its doer destroyed in the fight told with it is part of the battle (ACLED codes looting
    and destruction only outside other violence)."""
    for destroyed, fight in ((a, b), (b, a)):
        if destroyed.acled_sub_event_type == "Looting/property destruction" and (
            fight.acled_sub_event_type == "Armed clash"
        ) and destroyed.actor1 is not None and {
            _identity(side) for side in (fight.actor1, fight.actor2) if side is not None
        } <= {_identity(side) for side in (destroyed.actor1, destroyed.actor2) if side}:
            # (the fight's sides are the destroyer and what it destroyed, or untold)
            return abs(_first_evidence(a) - _first_evidence(b)) <= _ONE_FIGHT
    return False


_ONE_FIGHT = 120  # characters between the destruction and the fight's words


_RIOTS = frozenset({"Mob violence", "Violent demonstration"})
_BRAWL = frozenset({"scuffle", "scuffles", "brawl", "brawls", "altercation", "quarrel",
                    "fistfight"})
_ABDUCTING = frozenset({"abducted", "abducting", "kidnapped", "kidnapping", "abduct", "kidnap"})


def _one_act(a: Event, b: Event) -> bool:
    """Two verbs of one doer's one act, told together: "an IED by al-Shabaab detonated,
    targeting a military vehicle" (whom each verb names as its target differs)."""
    return (
        a.actor1 is not None and b.actor1 is not None
        and _identity(a.actor1) == _identity(b.actor1)
        and a.acled_sub_event_type is not None
        and a.acled_sub_event_type == b.acled_sub_event_type
        and abs(_first_evidence(a) - _first_evidence(b)) <= _ONE_ACT
    )


_ONE_ACT = 60  # characters between the verbs


def _one_target_told(a: Event, b: Event) -> bool:
    """Two verbs of one doer told of the same words for the other side ("Turkana pastoralists
    continued to attack and clashed with pastoralists from Samburu"): one act, however each
    verb reads that side (a civilian target, a communal militia fought)."""
    if a.actor1 is None or b.actor1 is None or _identity(a.actor1) != _identity(b.actor1):
        return False
    told_a, told_b = ({(span.start, span.end) for span in event.evidence if span.label == "actor2"}
                      for event in (a, b))
    return bool(told_a & told_b) and abs(_first_evidence(a) - _first_evidence(b)) <= _ONE_ACT


def _one_assault(a: Event, b: Event) -> bool:
    """ "Soldiers raided a dorm and assaulted five people ... They severely beat up a boy":
    one doer's attack on the same people, told verb after verb (a raid, a beating)."""
    return (
        a.acled_sub_event_type == b.acled_sub_event_type == "Attack"
        and a.actor1 is not None and b.actor1 is not None
        and _identity(a.actor1) == _identity(b.actor1)
        and a.actor2 is not None and b.actor2 is not None
        and _identity(a.actor2) == _identity(b.actor2)
        and abs(_first_evidence(a) - _first_evidence(b)) <= _NEAR_RETELLING
    )


def _sides_within(sides: list[Actor], others: list[Actor], loose: bool,
                  crowds: bool = False) -> bool:
    """Whether every side of one report is a side of the other: the same actor, or (when
    ``loose``) a side told only by its role ("a military convoy") and one of its kind ("the
    Mozambican Defense and Security Forces"); ``crowds``: a crowd by any word for one."""
    return all(any(_identity(side) == _identity(other) or _one_crowd(side, other, crowds) or (
        # "UN troops" answering an attack on "a MINUSCA base": the mission is the UN's
        loose and side.kind == other.kind == "igo" and side.cameo == other.cameo
        and None in (side.country, other.country)
    ) or (
        loose and (_generic(side) or _generic(other)) and (
            # ("rebels" told after the CPC, which the tables call a militia)
            _family(side) == _family(other) or {_family(side), _family(other)} <= _ARMED_FAMILIES)
        # "the army" and "the police", both told by their role, are two forces
        and not (_generic(side) and _generic(other) and side.kind != other.kind
                 and {side.kind, other.kind} <= _FORCES)
        and (side.country is None or other.country is None or side.country == other.country
             # armed groups cross borders: "militants" in Kenya near al-Shabaab are its own
             or _family(side) in _ARMED_FAMILIES)
    ) for other in others) for side in sides)


def _one_crowd(side: Actor, other: Actor, near: bool = False) -> bool:
    """Whether two sides are one crowd told protesting and rioting ("students, protesting
    against their principal, burn their dorm"; in the next sentences, by any word for a
    crowd: "staged a demonstration ... The demonstrators also engaged in a scuffle")."""
    return (side.name == other.name or (near and _generic(side) and _generic(other))) and (
        side.country == other.country) and {side.kind, other.kind} == {"protesters", "rioters"}


_ARMED_FAMILIES = frozenset({"rebel", "militia"})
_FORCES = frozenset({"military", "police"})


def _generic(actor: Actor) -> bool:
    """Whether an actor is told by its role ("gunmen", "the police"), not by its name
    ("al-Shabaab", "el-Fasher Resistance": an Arabic article before a capital)."""
    name = actor.name
    if not name[:1].islower():
        return False
    article, dash, rest = name.partition("-")
    return not (dash and len(article) <= 3 and rest[:1].isupper())


def _family(actor: Actor) -> str:
    if actor.kind in _STATE:
        return "state"
    return "civilians" if actor.kind == "unknown" else actor.kind  # "people" are civilians


def _identity(actor: Actor) -> str:
    """Who an actor is, for telling retellings apart: a side the text describes but does not
    name is its kind in its country, however the text calls it ("residents", "villagers";
    "a military base", "military forces of Somalia")."""
    if actor.name[:1].islower() and actor.country:
        return f"{actor.kind} of {actor.country}"
    return actor.name


# Told together, "took control ... after fighting" is a change of territory, not a clash.
_GENERIC_SUBS = frozenset({None, "Armed clash", "Attack"})


_FORCE_SUBS = frozenset({"Protest with intervention", "Excessive force against protesters"})
_DISPERSAL = frozenset({"disperse", "dispersed", "dispersing", "disperses"})
_PROTEST_SUBS = _FORCE_SUBS | {"Peaceful protest"}
# The triggers that name force against a crowd by its means ("crackdown", "tear gas")
_CROWD_CONTROL = frozenset({"trigger:t-crackdown", "trigger:t-tear-gas", "trigger:t-teargas",
                            "trigger:t-fire-tear-gas", "trigger:t-use-tear-gas",
                            "trigger:t-fire-teargas", "trigger:t-use-teargas",
                            "trigger:t-water-cannon", "trigger:t-use-water-cannon",
                            "trigger:t-use-water-cannons"})

# Told together, a crowd that turns violent makes the event a riot (ACLED: "Violent
# demonstration" whatever the police did), force against a peaceful one outranks its
# dispersal.
_CROWD_VIOLENCE = {"Protest with intervention": 1, "Excessive force against protesters": 2,
                   "Mob violence": 3, "Violent demonstration": 3}


_HOLDING = frozenset({"Arrests", "Abduction/forced disappearance"})
_ROBBED_REACH = 300  # characters: a robbery and the assault told in the next sentence
_HARMING = frozenset({"Attack", "Armed clash", "Mob violence"})


def _held_then_harmed(a: Event, b: Event) -> Event | None:
    """One act told by two verbs of one doer: "Taliban fighters detained and killed a former
    soldier" is a killing (ACLED codes the most severe), "gunmen stormed a college and
    kidnapped 39 students" an abduction (no further violence). Returns the act that codes
    both when the two are such a pair."""
    for held, harmed in ((a, b), (b, a)):
        reach = 80 if held.acled_sub_event_type in _HOLDING else (
            # "soldiers tried to steal money from a man ... also assaulted his father": the
            # assault, the most severe (ACLED)
            _ROBBED_REACH if held.acled_sub_event_type == "Looting/property destruction"
            and harmed.acled_sub_event_type in ("Attack", "Mob violence") else -1)
        # "gunmen attacked a bus ... Five passengers were abducted": the abducted of the
        # attack told just before, by no doer of their own
        untold = held.acled_sub_event_type in _HOLDING and (
            harmed.acled_sub_event_type == "Attack"  # (not a battle's prisoners)
            and _first_evidence(harmed) < _first_evidence(held)
            and (held.actor1 is None or _unidentified(held.actor1)))
        if untold:
            reach = _ROBBED_REACH
        same_doer = untold or (
            held.actor1 is not None and harmed.actor1 is not None
            and _sides_within([held.actor1], [harmed.actor1], loose=reach > 80)
        ) or (
            # "the Internal Security Device arrested and tortured a player": the second verb
            # has the first's doer, whom the text does not name as a known actor
            held.acled_sub_event_type in _HOLDING and held.actor1 is None
            and harmed.actor1 is None and _coordinated_verbs(held, harmed))
        if harmed.acled_sub_event_type in _HARMING and same_doer and (
            harmed.actor1 is not None or _coordinated_verbs(held, harmed)
        ) and (
            held.evidence and harmed.evidence
            and abs(held.evidence[0].start - harmed.evidence[0].start) <= reach
        ):
            if harmed.acled_sub_event_type == "Armed clash" and held.rule == "trigger:t-capture":
                # the armed men captured are harmed defenceless: "captured two bandits and
                # killed them" is an attack (ACLED)
                harmed = evolve(harmed, acled_event_type="Violence against civilians",
                                acled_sub_event_type="Attack")
            robbed = held.acled_sub_event_type not in _HOLDING
            # "arrested and beat an opposition leader": held, then hurt (ACLED: an attack)
            beaten = (harmed.cameo or "")[:3] == "182"
            # "attacked and injured 1 pastoralist and abducted 2 others": some hurt, an attack
            hurt = any(span.label == "trigger" and (span.text or "").lower() in _HURT_DONE
                       for span in harmed.evidence)  # ("detained and whipped two thieves")
            return harmed if harmed.fatalities or robbed or beaten or hurt else held
    return None


_HURT_DONE = INJURY_WORDS | frozenset("whipped flogged lashed caned tortured beaten beat".split())


def _coordinated_verbs(first: Event, second: Event) -> bool:
    """Whether the second event's word follows the first's with only "and" between
    ("arrested and tortured")."""
    if not (first.evidence and second.evidence):
        return False
    gap = second.evidence[0].start - first.evidence[0].end
    return 0 < gap <= len(" and ")


_LAUNCHED = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _intercepted(a: Event, b: Event) -> Event | None:
    """ "launched a ballistic missile towards Marib, which was intercepted", "fired rockets at
    Sderot. The rockets were shot down": the missile or drone told with its interception is
    the interception (ACLED: disrupted weapons use)."""
    for launch, interception in ((a, b), (b, a)):
        if launch.acled_sub_event_type in _LAUNCHED and not launch.fatalities and (
            interception.rule in ("trigger:t-intercept", "trigger:t-shoot-down")
            and interception.acled_sub_event_type == "Disrupted weapons use"
            # (the launcher's weapon told as intercepted, not "the Iron Dome intercepted at
            # least one rocket" of a barrage)
            and launch.actor1 is not None and interception.actor2 is not None
            and _identity(launch.actor1) == _identity(interception.actor2)
        ):
            return interception
    return None


_RAIDS = frozenset({"trigger:t-raid-v", "trigger:t-raid"})


def _raid_seizing(a: Event, b: Event) -> Event | None:
    """ "police raided an illegal weapon store and confiscated dozens of rifles": a raid that
    killed no one, told with the weapons its doer seized, is the seizure (ACLED: disrupted
    weapons use); "police raid opposition offices and detain 20 activists": the arrests."""
    for raid, seizure in ((a, b), (b, a)):
        if raid.rule in _RAIDS and not raid.fatalities and (
            seizure.acled_sub_event_type in ("Disrupted weapons use", "Arrests")
        ) and raid.actor1 is not None and seizure.actor1 is not None and (
            _identity(raid.actor1) == _identity(seizure.actor1)
        ) and abs(_first_evidence(a) - _first_evidence(b)) <= _ROBBED_REACH:
            return seizure
    return None


def _looted_and_taken(a: Event, b: Event) -> Event | None:
    """ "Seleka militia looted goods and abducted 30 people": one raid of one doer, coded by
    the people it took or violated (ACLED codes the most severe)."""
    for looted, taken in ((a, b), (b, a)):
        if looted.acled_sub_event_type == "Looting/property destruction" and (
            taken.acled_sub_event_type in ("Abduction/forced disappearance", "Sexual violence")
        ) and looted.actor1 is not None and taken.actor1 is not None and (
            _identity(looted.actor1) == _identity(taken.actor1)
        ) and abs(_first_evidence(a) - _first_evidence(b)) <= _ONE_ACT:
            return taken
    return None


def _unidentified(actor: Actor) -> bool:
    return actor.name == "Unidentified Armed Group"


def _protest_and_force(a: Event, b: Event) -> tuple[Event, Event] | None:
    """A protest (peaceful or violent) and the force used against it, in either order."""
    for protest, force in ((a, b), (b, a)):
        told_as_protest = protest.acled_sub_event_type in (
            "Peaceful protest", "Violent demonstration") or (
            # "Residents demonstrated ... Soldiers opened fire on the demonstrators": the
            # protest, coded by the force told after it, and that force
            (protest.cameo or "")[:2] == "14" and (force.cameo or "")[:2] != "14"
            and protest.acled_sub_event_type in _FORCE_SUBS
            and _first_evidence(protest) < _first_evidence(force))
        if told_as_protest and force.acled_sub_event_type in _FORCE_SUBS:
            return protest, force
    return None


def _merge(a: Event, b: Event) -> Event:
    """Keep the better-informed values of two reports of one event and both evidences."""
    pair = _protest_and_force(a, b)
    if pair is not None:
        protest, force = pair
        # who used force (the police, or armed men: "Hamas forces beat demonstrators"), and
        # the crowd
        state = next((x for x in (force.actor1, force.actor2)
                      if x and x.kind not in UNORGANISED_KINDS), None)
        crowd = protest.actor1 or next(
            (x for x in (force.actor1, force.actor2) if x and x.kind in UNORGANISED_KINDS), None
        )
        # ACLED: the protesters, then who intervened or used force
        a = evolve(force, actor1=crowd, actor2=state)
        b = evolve(protest, actor1=crowd, actor2=state)
    richer = (
        a
        if (a.actor2 is not None, a.actor1 is not None)
        >= (b.actor2 is not None, b.actor1 is not None)
        else b
    )
    other = b if richer is a else a
    fight = _fight_after_raid(a, b)
    if fight is not None:
        richer = evolve(richer, actor2=fight.actor2)  # the side the raiders fought
    fought_back = _attack_fought_back(a, b)
    if fought_back is not None:
        attack, fight = fought_back
        # the attackers first, then the forces who fought them
        defenders = next((x for x in (fight.actor1, fight.actor2) if x is not None and not (
            attack.actor1 is not None and _sides_within([attack.actor1], [x], True))), None)
        richer = evolve(attack, actor2=defenders or attack.actor2)
    if richer.actor1 is not None and _unidentified(richer.actor1) and (
        other.actor1 is not None and not _unidentified(other.actor1)
    ):
        richer = evolve(richer, actor1=other.actor1)  # the doer one report names
    told_first, told_next = sorted((a, b), key=_first_evidence)
    if told_first.actor1 is not None and told_next.actor2 is not None and (
        _identity(told_first.actor1) == _identity(told_next.actor2)
    ):
        # "Russian forces attacked near Nadiia but were repelled by the Ukrainian military":
        # the side told first as the doer started it (ACLED's actor 1)
        richer = evolve(richer, actor1=told_first.actor1,
                        actor2=told_first.actor2 or told_next.actor1)
    fatalities = [x for x in (a.fatalities, b.fatalities) if x is not None]
    dates = [d for d in (a.date, b.date) if d is not None and d.text]
    labelled = [e for e in (a, b) if e.rule and e.rule.startswith(LABEL_RULE)]
    interception = _intercepted(a, b)
    if interception is not None and interception.actor1 is not None:
        # (ACLED's actor 1 of an interception is who intercepted, actor 2 whose weapon it was)
        richer = evolve(richer, actor1=interception.actor1, actor2=interception.actor2)
    coded = labelled[0] if labelled else (
        _held_then_harmed(a, b) or _looted_and_taken(a, b) or _battle_with_fire(a, b)
        or _ambush_then_fight(a, b) or fight
        or _raid_seizing(a, b) or interception
    ) or max((a, b), key=lambda e: (
        # violence before a strategic development told with it (ACLED codes those only on
        # their own: drones downed in a battle are the battle's); a specific sub-type, then a
        # clash or an attack, then "Other" (a checkpoint named)
        e.acled_event_type != "Strategic developments" or not _violent_with(a, b),
        # "Somali forces, supported by US air strikes, recaptured the town": the ground taken
        # is the event, the strikes its support
        e.acled_sub_event_type in _TERRITORIAL,
        (e.acled_sub_event_type not in _GENERIC_SUBS) + (e.acled_sub_event_type
                                                         not in (None, "Other")),
        _CROWD_VIOLENCE.get(e.acled_sub_event_type or "", 0),
        # "raided a residence. A clash broke out and 3 suspects were killed": a fight told
        # is a battle, whoever died in it (ACLED)
        e.acled_sub_event_type == "Armed clash" and e.symmetric,
        # "tried to ambush a vehicle ... the group shot him": a fight with no other side told
        # is the attack on the victim told with it
        not (e.acled_sub_event_type == "Armed clash" and e.actor2 is None),
    ))
    if coded.actor2 is not None and _one_target_told(a, b):
        richer = evolve(richer, actor2=coded.actor2)  # that side as the coded act reads it
    if coded.actor1 is not None and richer.actor1 is not None and (
        _one_crowd(coded.actor1, richer.actor1, near=True)
    ):
        richer = evolve(richer, actor1=coded.actor1)  # the crowd as the coded act has it (rioters)
    return evolve(
        richer,
        cameo=coded.cameo,
        acled_event_type=coded.acled_event_type,
        acled_sub_event_type=coded.acled_sub_event_type,
        plover=coded.plover,
        plover_mode=coded.plover_mode,
        plover_context=coded.plover_context,
        id="",
        date=dates[0] if dates else richer.date,
        units=tuple(dict.fromkeys(richer.units + other.units)),
        location=richer.location or other.location,
        fatalities=(sum(fatalities) if _each_side_killed(a, b) else max(fatalities))
        if fatalities else None,
        evidence=tuple(sorted(set(a.evidence + b.evidence), key=span_order)),
        confidence=min(1.0, max(a.confidence, b.confidence) + 0.1),
    )


def _each_side_killed(a: Event, b: Event) -> bool:
    """Whether two reports merged tell each side's killing of the other ("Militants killed 6
    herders. In retaliation, the herders then killed the leader of the militants"): two
    tolls of one fight, added, where a retelling's tolls are one."""
    sides = (a.actor1, a.actor2, b.actor1, b.actor2)
    if not (a.fatalities and b.fatalities) or any(side is None for side in sides):
        return False
    deaths_a, deaths_b = (
        {(span.start, span.end) for span in event.evidence
         if (span.text or "").lower() in DEATH_WORDS} for event in (a, b))
    if not deaths_a or not deaths_b or deaths_a & deaths_b:
        return False  # (each report's own dead, told in its own words)
    first1, first2, second1, second2 = (_identity(side) for side in sides if side is not None)
    return first1 == second2 and first2 == second1 and first1 != first2


def _violent_with(a: Event, b: Event) -> bool:
    """Whether one of two events told together is a killing or a fight."""
    return any(e.acled_event_type in ("Battles", "Explosions/Remote violence") or (
        e.acled_event_type == "Violence against civilians" and e.fatalities) for e in (a, b))


_CROWD_ACTS = frozenset({"Mob violence", "Violent demonstration", "Looting/property destruction",
                         "Peaceful protest"})


def _death_moved_crowd(text: str, crowd: Event, death: Event) -> bool:
    """Whether a death is told as what moved a crowd ("locals set a truck on fire, after a
    girl was killed"): another event, not the crowd's toll."""
    if crowd.acled_sub_event_type not in _CROWD_ACTS:
        return False
    start = min(span.start for span in death.evidence)
    clause = max(text.rfind(",", 0, start), text.rfind(".", 0, start))
    return text[clause + 1 : start].lstrip().lower().startswith(("after ", "following "))


def _tolls(counts: list[int], added: bool) -> int:
    """The dead of an event and of the toll told after it: the larger count (a retelling),
    or both when the toll adds to the first."""
    return sum(counts) if added else max(counts)


_MORE_DEAD_BEFORE = ("also ", "also been ")
_MORE_DEAD_AFTER = (" as well", " too")


def _nobody_killed_in(text: str, event: Event) -> bool:
    """Whether a toll's death word is told of no one at all ("nobody was killed", not
    "no one else was killed")."""
    return any(
        text[max(0, span.start - 14) : span.start].lower().rstrip().endswith(
            ("nobody was", "no one was", "nobody had been", "no one had been"))
        for span in event.evidence if (span.text or "").lower() in DEATH_WORDS
    )


def _more_dead(text: str, event: Event) -> bool:
    """Whether a toll's death word tells further dead: "3 militants were also killed", "two
    civilians died as well"."""
    return any(
        text[max(0, span.start - 10) : span.start].lower().endswith(_MORE_DEAD_BEFORE)
        or (text[span.end : span.end + 8].lower().startswith(_MORE_DEAD_AFTER)
            and not text[span.end + 8 : span.end + 11].startswith(" as"))  # "as well as 7"
        for span in event.evidence if (span.text or "").lower() in DEATH_WORDS
    )


_HEAVY_FIRE = frozenset(ACLED_BY_WEAPON[weapon] for weapon in _HEAVY_WEAPONS)

# The sub-event types of which one of two reports must be for the pairs `_same` reads as one
# act (a protest and the force on it, people held then harmed, goods looted and people taken,
# a fight and its heavy weapons, a raid and the arms it seized): other pairs skip those tests.
_PAIRED_SUBS = _FORCE_SUBS | _HOLDING | _HEAVY_FIRE | {
    "Looting/property destruction", "Disrupted weapons use", "Remote explosive/landmine/IED"}
_AMBUSHES = frozenset({"trigger:t-ambush-v", "trigger:t-ambush"})


def _ambush_then_fight(a: Event, b: Event) -> Event | None:
    """An ambush with an explosive, then a gun battle with the ambushed ("Boko Haram
    ambushed a patrol using an IED. NAF, CJTF and BH got engaged in gun battle"): one
    battle (ACLED), the fight told after the blast."""
    if a.acled_sub_event_type != "Remote explosive/landmine/IED" or a.rule not in _AMBUSHES or (
        b.acled_sub_event_type != "Armed clash"
    ) or not 0 <= _first_evidence(b) - _first_evidence(a) <= _NEAR_RETELLING:
        return None
    # (a side in common, by name or by the words the text names it with: "NAF and CJTF")
    ambush = {_identity(side) for side in (a.actor1, a.actor2) if side is not None} | {
        span.text for span in a.evidence if span.label in ("actor1", "actor2")}
    fight = {_identity(side) for side in (b.actor1, b.actor2) if side is not None} | {
        span.text for span in b.evidence if span.label in ("actor1", "actor2")}
    return b if ambush & fight else None


def _battle_with_fire(a: Event, b: Event) -> Event | None:
    """A fight between two armed sides told with one side's shelling or air strikes ("clashes
    between RSF and SAF ... RSF shelling"): a battle with its heavy weapons (ACLED); not the
    strike's own verb ("conducted air strikes ... and hit camps of militias")."""
    for fight, fire in ((a, b), (b, a)):
        if fight.acled_sub_event_type == "Armed clash" and fight.symmetric and (
            fire.acled_sub_event_type in _HEAVY_FIRE
        ) and all(side is not None and side.kind in ARMED_KINDS
                  for side in (fight.actor1, fight.actor2)):
            return fight
    return None


def _fire_in_fight(a: Event, b: Event) -> bool:
    """Shelling or air strikes told by no one's name right after a fight between two armed
    sides ("clashes between SAF and RSF continued ..., with airstrikes and artillery shelling
    being reported"): the battle's heavy weapons, not another event."""
    for fight, fire in ((a, b), (b, a)):
        if fight.symmetric and fire.acled_sub_event_type in _HEAVY_FIRE and (
            fire.actor1 is None or _unidentified(fire.actor1)
        ) and _battle_with_fire(fight, fire) is fight:
            return 0 <= _first_evidence(fire) - _first_evidence(fight) <= _FIRE_IN_FIGHT
    return False


_FIRE_IN_FIGHT = 200  # characters from the fight's words to its weapons'


def _first_evidence(event: Event) -> int:
    return min((span.start for span in event.evidence), default=0)


def _first_trigger(event: Event) -> int:
    return min((span.start for span in event.evidence if span.label == "trigger"), default=0)


def _fold_tolls(events: list[Event], text: str) -> list[Event]:
    """ "5 militants were killed." after a clash: the toll of that clash, not a new event
    ("2 soldiers were also killed": more dead of it)."""
    result: list[Event] = []
    latest = -1  # the latest event in `result` ACLED codes (statements may come between)
    for event in events:
        previous = result[latest] if latest >= 0 else None
        if (
            previous is not None
            and event.actor1 is None
            and event.rule
            and event.rule.startswith(("trigger:t-kill", "verb:KILL"))
            and previous.modality == event.modality
            and event.evidence
            and previous.evidence
            and min(s.start for s in event.evidence) - max(s.end for s in previous.evidence) < 400
            and not _death_moved_crowd(text, previous, event)
        ):
            tolls = [x for x in (previous.fatalities, event.fatalities) if x]
            if event.fatalities == 0 and _nobody_killed_in(text, event):
                # "Local sources report that 2 people were killed. Police sources report
                # that nobody was killed": reports that conflict give the lowest toll (ACLED)
                tolls = [0]
            result[latest] = evolve(
                previous,
                fatalities=_tolls(tolls, _more_dead(text, event)) if tolls
                else previous.fatalities,
                evidence=tuple(previous.evidence) + tuple(event.evidence),
            )
            continue
        result.append(event)
        if event.acled_event_type is not None and not (
            # "attacked a base ... BH seized weapons and escaped. Five soldiers killed": the
            # attack's toll, not the seizure's
            event.acled_event_type == "Strategic developments" and latest >= 0
            and result[latest].acled_event_type in _VIOLENT_TYPES
        ):
            latest = len(result) - 1
    return result


def _attach_units(coder: _Coder, events: list[Event]) -> list[Event]:
    """A unit named in a sentence without an event of its own ("Madani confirmed the
    participation of the IRGC's 31st Division") took part in the latest military event."""
    attached = {u.mentions[0].start for e in events for u in e.units if u.mentions}
    for unit, _ in coder.units:
        if not unit.mentions or unit.mentions[0].start in attached:
            continue
        start = unit.mentions[0].start
        earlier = [
            (index, event)
            for index, event in enumerate(events)
            if event.cameo
            and event.cameo[:2] in _MILITARY_ROOTS
            and event.modality == "actual"
            and event.evidence
            and min(s.start for s in event.evidence) < start
        ]
        if earlier:
            index, event = earlier[-1]
            events[index] = evolve(event, units=(*event.units, unit))
    return events


_MILITARY_ROOTS = frozenset({"06", "15", "18", "19", "20"})


_DEDUP_WINDOW = 40
# An event that has gathered this many evidence spans takes no more retellings: a text that
# repeats itself thousands of times stays linear (a real article retells an event a few times).
_MAX_EVIDENCE = 64
_RETELLING_DISTANCE = 6000  # characters
_NEAR_RETELLING = 300


def _pair(event: Event) -> tuple[str | None, str | None]:
    return (event.actor1.cameo if event.actor1 else None,
            event.actor2.cameo if event.actor2 else None)


# What opens an event told as what the one before it answered ("raided the area in
# response to the violent clashes between TPN and the military")
_ANSWERED = frozenset({("response", "to"), ("retaliation", "for"), ("reprisal", "for"),
                       ("revenge", "for"), ("wake", "of")})


def _told_as_cause(coder: _Coder, event: Event) -> bool:
    """Whether an event's first word is a noun told as what another event answered: an
    earlier event, never a retelling of the answer."""
    if not event.evidence or not (event.rule or "").startswith("trigger:"):
        return False
    first = _token_index(coder.doc, event.evidence[0].start)
    before = coder.norms[max(0, first - 5) : first]
    while before and (before[-1] in ("the", "a", "an", "recent", "violent", "deadly", "heavy")
                      or before[-1].endswith("ed")):
        before = before[:-1]  # "in response to the violent clashes"
    return tuple(before[-2:]) in _ANSWERED


def _deduplicate(coder: _Coder, events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    pairwise = coder.lexicon.one_event_per_pair

    def retold(event: Event, last: int) -> int | None:
        """The report at ``last`` or before it that ``event`` retells. Retellings of one event
        come close together: look back a bounded distance, so a long article stays linear."""
        cause = None  # (whether the event is told as a cause: read once, when needed)
        for index in range(last, max(-1, last - _DEDUP_WINDOW), -1):
            if pairwise and _pair(merged[index]) != _pair(event):
                continue  # PETRARCH's convention: A->B and B->A are two events
            if len(merged[index].evidence) < _MAX_EVIDENCE and _same(merged[index], event):
                if cause is None:
                    cause = _told_as_cause(coder, event)
                if _told_as_cause(coder, merged[index]) == cause:
                    return index
        return None

    for event in events:
        index = retold(event, len(merged) - 1)
        if index is None:
            merged.append(event)
            continue
        merged[index] = _merge(merged[index], event)
        # Two reports merged can retell an earlier one that neither did alone ("Police used
        # water cannons": force against the protest told before, once the cannons are told),
        # also when other events were told between them.
        earlier = retold(merged[index], index - 1)
        if earlier is not None:
            merged[earlier] = _merge(merged[earlier], merged.pop(index))
    return _attach_units(coder, merged)  # merged events got fresh ids in _merge
