"""PETRARCH / TABARI dictionary sets: the readers, `Lexicon.from_petrarch`, and coding with a set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import eventkit
from eventkit.extract._petrarch import (
    combine,
    discarded,
    read_actors,
    read_agents,
    read_discards,
    read_issues,
)
from eventkit.extract._text import Document

ACTORS = """\
<!-- A TOY ACTOR DICTIONARY -->
<!--
# a header comment over
# several lines
-->
ZEMBLA [ZEM]  # a country
+ZEMBLAN
+THE_NORTHERN_KINGDOM
BORDURIA [BOR]
OTTOKAR
+KING_OTTOKAR
\t[BORGOV <20000101]
\t[BORMIL 20000101-20101231]
\t[BORELI >20101231]
NOBODY_IN_PARTICULAR [---]
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
SOLDIER [~MIL]
POLICE {} [~COP]
GOOSE {GEESE} [~GSE]
CHARITY [NGO~]
MILITIA!PERSON! [~UAF]
"""
VERBS = """\
&WEAPON
+SWORD
+SPEAR

--- FLUMMOX [112] ---
FLUMMOX
- * &WEAPON [123]
"""
DISCARDS = """\
# story discards start with +
FOOTBALL
+CHESS OLYMPIAD
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def toy_set(tmp_path: Path) -> Path:
    _write(tmp_path, "Toy.actors.txt", ACTORS)
    _write(tmp_path, "Toy.agents.txt", AGENTS)
    _write(tmp_path, "Toy.verbs.txt", VERBS)
    _write(tmp_path, "Toy.discards.txt", DISCARDS)
    return tmp_path


# -- actors -----------------------------------------------------------------------------------
def test_actor_synonyms_belong_to_the_actor_before(tmp_path: Path) -> None:
    actors = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))
    assert actors[0].names == ("ZEMBLA", "ZEMBLAN", "THE NORTHERN KINGDOM")
    assert actors[0].code == "ZEM"


def test_actor_comments_are_ignored(tmp_path: Path) -> None:
    actors = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))
    assert [actor.names[0] for actor in actors] == [
        "ZEMBLA",
        "BORDURIA",
        "OTTOKAR",
        "NOBODY IN PARTICULAR",
    ]


def test_actor_date_restricted_codes_follow_the_date(tmp_path: Path) -> None:
    ottokar = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))[2]
    assert ottokar.code_on(dt.date(1995, 5, 5)) == "BORGOV"
    assert ottokar.code_on(dt.date(2005, 5, 5)) == "BORMIL"
    assert ottokar.code_on(dt.date(2015, 5, 5)) == "BORELI"


def test_actor_null_code_is_empty(tmp_path: Path) -> None:
    nobody = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))[3]
    assert nobody.code == ""


def test_tabari_six_digit_dates_are_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.actors", "GOLLUM\n\t[HOB <950601]\n\t[HOBREB >950601]\n")
    gollum = read_actors(path)[0]
    assert gollum.code_on(dt.date(1994, 1, 1)) == "HOB"
    assert gollum.code_on(dt.date(1996, 1, 1)) == "HOBREB"


def test_unclosed_code_bracket_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.actors.txt", "ZEMBLA [ZEM]\nBORDURIA [BOR\n")
    with pytest.raises(eventkit.FormatError) as caught:
        read_actors(path)
    assert caught.value.file == str(path)
    assert caught.value.line == 2
    assert "never closed" in str(caught.value)


def test_date_restriction_not_yyyymmdd_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.actors.txt", "ZEMBLA\n\n\t[ZEM >2001011]\n")
    with pytest.raises(eventkit.FormatError) as caught:
        read_actors(path)
    assert caught.value.line == 3
    assert "YYYYMMDD" in str(caught.value)


def test_synonym_before_any_actor_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.actors.txt", "# nothing yet\n+ZEMBLAN\n")
    with pytest.raises(eventkit.FormatError) as caught:
        read_actors(path)
    assert caught.value.line == 2


def test_lenient_reading_keeps_the_errors_and_the_rest(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.actors.txt", "ZEMBLA [ZEM >2001011]\nBORDURIA [BOR]\n")
    errors: list[eventkit.FormatError] = []
    actors = read_actors(path, errors)
    assert [error.line for error in errors] == [1]
    assert actors[-1].code == "BOR"


# -- agents -----------------------------------------------------------------------------------
def test_agent_regular_plural(tmp_path: Path) -> None:
    soldier = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))[0]
    assert (soldier.pattern, soldier.plurals, soldier.code) == ("SOLDIER", ("SOLDIERS",), "MIL")


def test_agent_empty_braces_mean_no_plural(tmp_path: Path) -> None:
    police = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))[1]
    assert police.plurals == ()


def test_agent_irregular_plural(tmp_path: Path) -> None:
    goose = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))[2]
    assert goose.plurals == ("GEESE",)


def test_agent_tilde_placement(tmp_path: Path) -> None:
    agents = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))
    assert not agents[0].prepend  # [~MIL]
    assert agents[3].prepend  # [NGO~]
    assert combine("ZEM", "MIL") == "ZEMMIL"
    assert combine("ZEM", "NGO", prepend=True) == "NGOZEM"


def test_agent_codes_already_in_the_actor_code_are_not_repeated() -> None:
    assert combine("USAGOV", "GOV") == "USAGOV"


def test_agent_substitution_sets_are_expanded(tmp_path: Path) -> None:
    agents = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))
    assert [a.pattern for a in agents if a.code == "UAF"] == [
        "MILITIAMAN",
        "MILITIAMEN",
        "MILITIAWOMAN",
        "MILITIAWOMEN",
    ]


def test_agent_without_code_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.agents.txt", "SOLDIER [~MIL]\nGENERAL\n")
    with pytest.raises(eventkit.FormatError) as caught:
        read_agents(path)
    assert (caught.value.file, caught.value.line) == (str(path), 2)


# -- discards and issues ----------------------------------------------------------------------
def test_discards_story_and_sentence(tmp_path: Path) -> None:
    discards = read_discards(_write(tmp_path, "a.discards.txt", DISCARDS))
    assert discards.sentence == {("football",)}
    assert discards.story == {("chess", "olympiad")}


def test_issues_are_read(tmp_path: Path) -> None:
    text = '<ISSUE CATEGORY="EDU">\nn:school reform [EDUCATION_REFORM]\n~money literacy\n</ISSUE>\n'
    issues = read_issues(_write(tmp_path, "a.issues.txt", text))
    assert issues == {("school", "reform"): "EDUCATION_REFORM"}


# -- a loaded set -----------------------------------------------------------------------------
def test_from_petrarch_holds_only_the_set(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    assert lexicon.country("IRN") is None
    assert lexicon.triggers == []


def test_from_petrarch_on_a_base_keeps_the_base(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set, base=eventkit.Lexicon.default())
    assert lexicon.country("IRN") is not None
    assert eventkit.Lexicon.default().phrases.size < lexicon.phrases.size


def test_from_petrarch_without_dictionaries_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(eventkit.FormatError):
        eventkit.Lexicon.from_petrarch(tmp_path)


def test_use_default_replaces_the_default(toy_set: Path) -> None:
    original = eventkit.Lexicon.default()
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    try:
        eventkit.Lexicon.use_default(lexicon)
        assert eventkit.Lexicon.default() is lexicon
    finally:
        eventkit.Lexicon.use_default(original)


def test_extract_codes_with_the_set(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    x = eventkit.extract("Zembla flummoxed Borduria.", published="2020-01-01", lexicon=lexicon)
    assert [
        (e.actor1.cameo, e.actor2.cameo, e.cameo) for e in x.events if e.actor1 and e.actor2
    ] == [("ZEM", "BOR", "112")]


def test_extract_uses_the_verb_pattern(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    x = eventkit.extract(
        "Zembla flummoxed the spear of Borduria.", published="2020-01-01", lexicon=lexicon
    )
    assert [e.cameo for e in x.events] == ["123"]


def test_extract_composes_actor_and_agent(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    x = eventkit.extract(
        "Zemblan soldiers flummoxed Borduria.", published="2020-01-01", lexicon=lexicon
    )
    assert [e.actor1.cameo for e in x.events if e.actor1] == ["ZEMMIL"]


def test_extract_chooses_the_code_of_the_article_date(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    x = eventkit.extract("King Ottokar flummoxed Zembla.", published="2005-06-01", lexicon=lexicon)
    assert [e.actor1.cameo for e in x.events if e.actor1] == ["BORMIL"]


def test_discard_sentence_yields_no_events(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    doc = Document.parse("Zembla flummoxed Borduria at football. Zembla flummoxed Borduria.")
    norms = [token.norm for token in doc.tokens]
    first, second = doc.sentences
    assert discarded(norms, (first.first, first.last), lexicon)
    assert not discarded(norms, (second.first, second.last), lexicon)


def test_story_discard_discards_every_sentence(toy_set: Path) -> None:
    lexicon = eventkit.Lexicon.from_petrarch(toy_set)
    doc = Document.parse("Zembla flummoxed Borduria. The chess olympiad opened.")
    norms = [token.norm for token in doc.tokens]
    first = doc.sentences[0]
    assert discarded(norms, range(first.first, first.last), lexicon)
