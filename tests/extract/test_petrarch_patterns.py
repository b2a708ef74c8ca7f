"""Coding with a PETRARCH / TABARI set alone: verb-pattern semantics and PETRARCH's actor
conventions (invented sentences and a toy set)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventkit
from eventkit.extract import _petrarch
from eventkit.extract._verbs import VerbDictionary

ACTORS = """\
ZEMBLA [ZEM]
BORDURIA [BOR]
SYLDAVIA [SYL]
KINBOTE [ZEM]
NOVA ZEMBLA [NZM]
KENYA [KEN]
+KENYAN
THE_NORTHERN_MARCHES [NMA]
"""
AGENTS = """\
SOLDIER [~MIL]
PRESIDENT [~GOV]
ENVOY [~GOV]
CHARITY [NGO~]
COURT [~JUD]
"""
VERBS = """\
&WEAPON
+SWORD
+SPEAR

--- FLUMMOX [112] ---
FLUMMOX

&COIN
+GOLD DUCATS
+SILVER_MARKS
+&WEAPON

--- DONATE [070] ---
DONATE
- * WOODEN &WEAPON [074]
- * &COIN [071]
- LATELY_* [072]
- NOT * [075]

--- RECEIVE [033] ---
RECEIVE
- + * TRIBUTE $ [071]

--- HOST [042] ---
HOST
- * FEAST AT ^ WITH + [043]

--- GREET [031:032] ---
GREET
- % * [036]

--- SHUN [110] ---
SHUN
- * {WOODEN SPEARS} [111]

--- SHELL [190] ---
SHELL
- * ARTILLERY [180]

--- BLOCKADE [144] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}

--- SLUMP [---] ---
SLUMP
- GRAIN HARVEST * [061]
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> eventkit.Lexicon:
    folder: Path = tmp_path_factory.mktemp("toyset")
    for name, text in (
        ("Toy.actors.txt", ACTORS),
        ("Toy.agents.txt", AGENTS),
        ("Toy.verbs.txt", VERBS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return eventkit.Lexicon.from_petrarch(folder)


def _coded(text: str, lexicon: eventkit.Lexicon) -> list[tuple[str, str, str]]:
    x = eventkit.extract(text, published="2020-01-01", lexicon=lexicon)
    return sorted(
        (e.actor1.cameo or "", e.actor2.cameo or "", e.cameo or "")
        for e in x.events
        if e.actor1 and e.actor2 and e.modality not in ("negated", "simulated")
    )


def test_synonym_sets_may_be_defined_between_blocks_and_include_others() -> None:
    verbs = VerbDictionary.parse(VERBS.splitlines())
    donate = next(v for v in verbs.verbs if v.words == ("donate",))
    coins = next(p for p in donate.patterns if p.code == "071").after[0].words
    assert {("gold", "ducats"), ("silver", "marks"), ("spear",)} <= coins


def test_a_multi_word_synonym_fills_a_slot(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla donated gold ducats to Borduria.", lexicon) == [("ZEM", "BOR", "071")]


def test_words_a_space_separates_may_lie_a_clause_apart(lexicon: eventkit.Lexicon) -> None:
    text = "Zembla donated to Borduria, after a long debate in the old hall, wooden spears."
    assert _coded(text, lexicon) == [("ZEM", "BOR", "074")]


def test_an_underscore_joins_words(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla lately donated grain to Borduria.", lexicon) == [("ZEM", "BOR", "072")]
    assert _coded("Zembla lately has donated grain to Borduria.", lexicon) == [
        ("ZEM", "BOR", "070")
    ]


def test_a_negation_the_pattern_holds_is_coded_not_denied(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla did not donate grain to Borduria.", lexicon) == [("ZEM", "BOR", "075")]


def test_pattern_markers_place_source_and_target(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Borduria received tribute from Zembla.", lexicon) == [("ZEM", "BOR", "071")]


def test_a_skipped_actor_is_not_the_target(lexicon: eventkit.Lexicon) -> None:
    text = "Zembla hosted a feast at Syldavia with Borduria."
    assert _coded(text, lexicon) == [("ZEM", "BOR", "043")]


def test_a_paired_code_codes_the_event_back(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla greeted Borduria.", lexicon) == [
        ("BOR", "ZEM", "032"),
        ("ZEM", "BOR", "031"),
    ]


def test_a_compound_marker_needs_several_actors(lexicon: eventkit.Lexicon) -> None:
    assert ("BOR", "SYL", "036") in _coded("Zembla and Borduria greeted Syldavia.", lexicon)


def test_an_event_needs_a_source_and_a_target(lexicon: eventkit.Lexicon) -> None:
    x = eventkit.extract("Zembla flummoxed everyone.", published="2020-01-01", lexicon=lexicon)
    assert x.events == ()


def test_an_agent_without_owner_has_an_unknown_actor(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Soldiers flummoxed Borduria.", lexicon) == [("---MIL", "BOR", "112")]


def test_a_name_after_an_office_is_its_holder(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla President Kinbote flummoxed Borduria.", lexicon) == [
        ("ZEMGOV", "BOR", "112")
    ]
    assert _coded("Zembla President Shade flummoxed Borduria.", lexicon) == [
        ("ZEMGOV", "BOR", "112")
    ]


def test_a_noun_phrase_in_braces_runs_together_near_the_verb(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla shunned wooden spears from Borduria.", lexicon) == [
        ("ZEM", "BOR", "111")
    ]
    assert _coded("Zembla shunned wooden and iron spears from Borduria.", lexicon) == [
        ("ZEM", "BOR", "110")
    ]


def test_a_set_alone_keeps_its_pattern_code_whatever_the_weapon(
    lexicon: eventkit.Lexicon,
) -> None:
    assert _coded("Zembla shelled Borduria with artillery.", lexicon) == [("ZEM", "BOR", "180")]


def test_adverbs_may_stand_between_auxiliary_and_verb(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla won't ever flummox Borduria.", lexicon) == []  # denied
    assert _coded("Zembla has again flummoxed Borduria.", lexicon) == [("ZEM", "BOR", "112")]
    assert _coded("Zembla will soon flummox Borduria.", lexicon) == [("ZEM", "BOR", "112")]


def test_the_owner_heading_the_subject_is_the_source(lexicon: eventkit.Lexicon) -> None:
    text = "Zembla's grain harvest has slumped in the quarrel with Borduria."
    assert _coded(text, lexicon) == [("ZEM", "BOR", "061")]


def test_a_prepended_agent_goes_before_the_actor_code(lexicon: eventkit.Lexicon) -> None:
    assert _coded("A charity Zembla envoy flummoxed Borduria.", lexicon) == [
        ("NGOZEMGOV", "BOR", "112")
    ]


def test_an_underscore_joins_the_words_of_a_name(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Nova_Zembla flummoxed Borduria.", lexicon) == [("NZM", "BOR", "112")]


def test_a_base_form_after_the_subject_is_its_verb(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla flummox the envoys of Borduria.", lexicon) == [
        ("ZEM", "BORGOV", "112")
    ]


def test_a_dictionary_country_owns_an_agent_across_an_adjective(
    lexicon: eventkit.Lexicon,
) -> None:
    assert _coded("Zembla retired soldiers flummoxed Borduria.", lexicon) == [
        ("ZEMMIL", "BOR", "112")
    ]


def test_the_owner_after_an_agent_beats_an_actor_before_a_conjunction(
    lexicon: eventkit.Lexicon,
) -> None:
    assert _coded("Syldavia and the soldiers of Zembla flummoxed Borduria.", lexicon) == [
        ("SYL", "BOR", "112"),
        ("ZEMMIL", "BOR", "112"),
    ]


def test_coordinated_agents_share_their_owner(lexicon: eventkit.Lexicon) -> None:
    assert _coded("The Zembla soldiers and envoys flummoxed Borduria.", lexicon) == [
        ("ZEMGOV", "BOR", "112"),
        ("ZEMMIL", "BOR", "112"),
    ]


def test_a_country_named_before_an_agent_owns_it_in_a_large_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A set too large for its actor-agent phrases to be spelled out still composes them.
    monkeypatch.setattr(_petrarch, "_COMPOSE_LIMIT", 0)
    for name, text in (("L.actors.txt", ACTORS), ("L.agents.txt", AGENTS), ("L.verbs.txt", VERBS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    lexicon = eventkit.Lexicon.from_petrarch(tmp_path)
    assert _coded("Zembla soldiers flummoxed Borduria.", lexicon) == [("ZEMMIL", "BOR", "112")]
    assert _coded("A Kenyan court flummoxed Borduria.", lexicon) == [("KENJUD", "BOR", "112")]


def test_a_set_keeps_cameo_roles_where_acled_would_swap_them(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Soldiers from Zembla have cordoned off the roads into Borduria.", lexicon) == [
        ("ZEMMIL", "BOR", "144")
    ]


def test_a_court_is_an_actor_with_an_owner(lexicon: eventkit.Lexicon) -> None:
    # Kenya's code is a real country's, which a set loaded alone has no gazetteer record of.
    assert _coded("A court in Kenya flummoxed Borduria.", lexicon) == [("KENJUD", "BOR", "112")]
    assert _coded("A Kenyan court flummoxed Borduria.", lexicon) == [("KENJUD", "BOR", "112")]


def test_an_actor_named_with_the_may_have_it_in_lower_case(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla and the Northern Marches flummoxed Borduria.", lexicon) == [
        ("NMA", "BOR", "112"),
        ("ZEM", "BOR", "112"),
    ]


def test_a_comma_between_adjectives_does_not_end_the_object(lexicon: eventkit.Lexicon) -> None:
    assert _coded("Zembla donated fine, costly grain to Borduria.", lexicon) == [
        ("ZEM", "BOR", "070")
    ]
    assert _coded("Zembla flummoxed everyone, Borduria said.", lexicon) == []


def test_synonym_sets_that_include_each_other_are_read_at_once() -> None:
    names = [f"&S{number}" for number in range(30)]
    lines = []
    for name in names:
        lines += [name, f"+{name[1:]}WORD", *(f"+{other}" for other in names), ""]
    lines += ["--- FLUMMOX [112] ---", "FLUMMOX", "- * &S0 [123]"]
    verbs = VerbDictionary.parse(lines)
    slot = verbs.verbs[0].patterns[0].after[0]
    assert len(slot.words) == 30


def test_a_pattern_word_in_a_later_clause_does_not_count(lexicon: eventkit.Lexicon) -> None:
    text = (
        "Zembla donated grain to Borduria on Monday after the long talks in the capital of the"
        " north had ended, and Syldavia sold gold ducats."
    )
    assert ("ZEM", "BOR", "070") in _coded(text, lexicon)


def test_a_titled_person_with_no_country_has_an_unknown_owner(lexicon: eventkit.Lexicon) -> None:
    assert _coded("President Shade flummoxed Borduria.", lexicon) == [("---GOV", "BOR", "112")]


def test_only_words_are_verbs_not_the_commas_in_braces_nor_the_rules() -> None:
    verbs = VerbDictionary.parse([
        "---  SELECT   [---]  ---",
        "+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]",
        "~ a (a b ATTACK) SAY = a b 015",
    ])
    assert {"is", "was", "be"} <= set(verbs.by_first_word)
    assert all(word[:1].isalpha() for word in verbs.by_first_word)
