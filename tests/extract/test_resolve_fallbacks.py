"""resolve_actor when no dictionary phrase names the actor: a town's name alone, a demonym
before unknown words, a group's name in another romanisation; unpeopled territories."""

from __future__ import annotations

import pytest

from eventkit import extract, resolve_actor
from eventkit.extract._lexicon import Lexicon
from eventkit.extract._names import name_key


# -- a phrase that is a town's name ----------------------------------------------------------
def test_a_phrase_that_is_only_a_small_towns_name_is_its_people() -> None:
    actor = resolve_actor("Agua Prieta")
    assert actor is not None and (actor.country, actor.cameo) == ("MEX", "MEXCVL")
    assert actor.name == "Agua Prieta"


@pytest.mark.parametrize("word", ["March", "Reading", "Liberty"])
def test_an_ordinary_word_that_is_also_a_towns_name_is_no_town_alone(word: str) -> None:
    assert resolve_actor(word) is None


# -- a demonym before words no dictionary knows ----------------------------------------------
def test_a_demonym_before_an_unknown_noun_group_gives_its_country() -> None:
    actor = resolve_actor("two Chilean Harbour wardens")
    assert actor is not None and (actor.country, actor.cameo) == ("CHL", "CHL")


def test_two_demonyms_before_an_unknown_noun_give_no_country() -> None:
    assert resolve_actor("Chilean and Peruvian harbour wardens") is None


def test_a_demonym_alone_names_no_actor() -> None:
    assert resolve_actor("Chilean") is None


# -- another romanisation of a group's name --------------------------------------------------
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jabhat Tahrir al-Janubiyya", "Jebhat Tahrir al Janubiyyah"),
        ("Kata'ib Ahl al-Haqq", "Kataib Ahl ul-Haq"),
        ("Jama'at Ansar wal-Hijra", "Jamaat Ansar wa al Hijrah"),
    ],
)
def test_romanisations_of_a_name_share_a_key(one: str, other: str) -> None:
    assert name_key(one) and name_key(one) == name_key(other)


def test_different_names_have_different_keys() -> None:
    assert name_key("Jabhat Tahrir al-Janubiyya") != name_key("Jabhat Tahrir al-Shamaliyya")


def test_a_one_word_name_has_no_key() -> None:
    assert name_key("Hizbullah") == ""


def test_a_lexicon_finds_a_group_written_in_another_romanisation() -> None:
    lexicon = Lexicon()
    lexicon.add_actor(["Jabhat Tahrir al-Janubiyya"], name="Southern Liberation Front",
                      cameo="SYRREB", kind="rebel")
    found = lexicon.group_by_key("Jebhat Tahrir al Janubiyyah")
    assert found is not None and found.name == "Southern Liberation Front"


def test_two_groups_of_one_dictionary_with_one_key_are_not_guessed() -> None:
    lexicon = Lexicon()
    lexicon.add_actor(["Jabhat Tahrir Janub"], name="A", cameo="SYRREB", kind="rebel")
    lexicon.add_actor(["Jebhat Tahrir Janoub"], name="B", cameo="IRQREB", kind="rebel")
    assert lexicon.group_by_key("Jabhat al-Tahrir al-Janub") is None


def test_resolve_actor_reads_a_group_in_another_romanisation() -> None:
    actor = resolve_actor("Jamaat Nusrat al Islam wa al Muslimeen")
    assert actor is not None and actor.cameo == "MLIREB"


# -- territories without people --------------------------------------------------------------
def test_an_unpeopled_territory_is_a_place_not_an_actor() -> None:
    x = extract("The research team returned from Antarctica on Monday.")
    assert not any(actor.country == "ATA" for actor in x.actors)
    assert [place.country for place in x.locations] == ["ATA"]
    assert resolve_actor("Antarctica") is None


def test_a_name_spelled_otherwise_wins_over_a_known_word_inside_it() -> None:
    actor = resolve_actor("Kata'ib Hizballah")
    assert actor is not None and actor.cameo == "IRQUAF"


# -- a place opening an institution's name ---------------------------------------------------
def test_an_institution_named_after_its_town_has_the_towns_country() -> None:
    x = extract("The Quetta Municipal Corporation approved the budget on Monday.")
    named = [actor for actor in x.actors if actor.name == "Quetta Municipal Corporation"]
    assert [actor.country for actor in named] == ["PAK"]


# -- a demonym before a plural noun of people, in text ---------------------------------------
def test_a_demonym_before_a_plural_noun_of_people_is_a_group_of_that_nationality() -> None:
    x = extract("Bolivian llama shearers blocked the road to Oruro on Tuesday.",
                published="2024-05-07")
    assert [(a.name, a.country) for a in x.actors if a.kind == "unknown"] == [
        ("Bolivian llama shearers", "BOL")
    ]
    assert x.events and x.events[0].actor1 is not None
    assert x.events[0].actor1.country == "BOL"


@pytest.mark.parametrize(
    "text",
    ["Peruvian copper exports rose in March.", "The Peruvian borders were closed on Monday."],
)
def test_a_demonym_before_things_names_no_actor(text: str) -> None:
    assert not [a for a in extract(text).actors if a.kind == "unknown"]
