"""The statements step: quotes, partial quotes and reported speech with their speakers."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from attrs import evolve

import eventkit
from eventkit._models import FuzzyDate, Span, Statement
from eventkit.extract._dates import find_dates
from eventkit.extract._entities import find_entities
from eventkit.extract._lexicon import Lexicon
from eventkit.extract._statements import (
    StatementFinding,
    find_quotes,
    find_statements,
    parse_cue_table,
    speech_cues,
)
from eventkit.extract._text import Document

SEED = Path(__file__).resolve().parents[2] / "examples" / "iran_armenia_drills.txt"
PUBLISHED = dt.date(2025, 4, 10)

Found = list[tuple[Statement, StatementFinding]]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


@pytest.fixture(scope="module")
def read(lexicon: Lexicon):  # type: ignore[no-untyped-def]
    def run(text: str, published: dt.date | None = PUBLISHED) -> Found:
        doc = Document.parse(text)
        entities = find_entities(doc, lexicon, published)
        dates: list[FuzzyDate] = [
            evolve(m.date, mentions=(Span(start=m.start, end=m.end, label="date"),))
            for m in find_dates(text, published)
        ]
        return find_statements(doc, entities, dates, None)

    return run


def speakers(found: Found) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s, _ in found]


# -- the seed article ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(read) -> Found:  # type: ignore[no-untyped-def]
    if not SEED.is_file():
        pytest.skip("examples/iran_armenia_drills.txt is not present")
    return read(SEED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("speaker", "direct", "quote_starts", "cue", "date"),
    [
        ("Valiollah Madani", True, "This joint exercise is a proactive measure", "said",
         "2025-04-09"),
        ("Valiollah Madani", True, "the strategic importance of our border with Armenia",
         "stressing", "2025-04-09"),
        ("Valiollah Madani", False, "strategic importance", "highlighted", "2025-04-09"),
        ("Valiollah Madani", False, "operational excellence", "calling", None),
        ("Ilham Aliyev", False, "new military confrontation", "warning", "2025-04-07"),
        ("Abbas Araghchi", False, "categorical opposition", "reiterating", "2025-03-01"),
    ],
)
def test_seed_statement_is_found_with_its_speaker(
    seed: Found, speaker: str, direct: bool, quote_starts: str, cue: str, date: str | None
) -> None:
    matches = [s for s, _ in seed if s.quote.startswith(quote_starts)]
    assert len(matches) == 1
    statement = matches[0]
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert (statement.direct, statement.cue) == (direct, cue)
    if date is not None:
        assert statement.date is not None and statement.date.start == dt.date.fromisoformat(date)


def test_seed_statements_are_in_text_order_and_never_misattributed(seed: Found) -> None:
    starts = [min(span.start for span in s.evidence) for s, _ in seed]
    assert starts == sorted(starts)
    allowed = {"Valiollah Madani", "Ilham Aliyev", "Abbas Araghchi"}
    assert set(speakers(seed)) <= allowed


def test_seed_warning_of_military_confrontation_is_a_military_threat(seed: Found) -> None:
    codes = {s.cue: f.cameo for s, f in seed}
    assert codes["warning"] == "138"
    assert codes["said"] == "010"


# -- quote styles and attribution ---------------------------------------------------------------
def test_quote_then_inverted_said_takes_the_speaker_after(read) -> None:  # type: ignore[no-untyped-def]
    found = read("“We will not retreat from the border,” said Ilham Aliyev on Monday.")
    (statement, finding), = found
    assert statement.direct and statement.cue == "said"
    assert statement.quote == "We will not retreat from the border"
    assert speakers(found) == ["Ilham Aliyev"]
    assert finding.sentence == 0 and finding.cameo == "010"


def test_straight_quotes_then_name_said(read) -> None:  # type: ignore[no-untyped-def]
    found = read('"The talks have failed," Abbas Araghchi said.')
    assert speakers(found) == ["Abbas Araghchi"]
    assert found[0][0].quote == "The talks have failed"


def test_colon_then_quote(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Abbas Araghchi said: «Iran respects the border of Armenia.»")
    (statement, _), = found
    assert statement.direct and statement.quote.startswith("Iran respects the border")
    assert speakers(found) == ["Abbas Araghchi"]


def test_single_quotes_are_quotes_when_clearly_delimited(read) -> None:  # type: ignore[no-untyped-def]
    found = read("‘Our soldiers’ families are safe now,’ said Abbas Araghchi.")
    (statement, _), = found
    assert statement.quote == "Our soldiers’ families are safe now"


def test_split_quote_is_one_statement_with_two_quote_spans(read) -> None:  # type: ignore[no-untyped-def]
    found = read("“The drills are defensive,” Abbas Araghchi said, “and they will end soon.”")
    (statement, finding), = found
    quotes = [span for span in statement.evidence if span.label == "quote"]
    assert len(quotes) == 2
    assert statement.quote == "The drills are defensive and they will end soon."
    assert finding.rule == "split-quote"


def test_quote_over_two_paragraphs_is_one_statement(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Abbas Araghchi said: “The first point is the border.\n\n"
        "“The second point is the corridor,” he added."
    )
    found = read(text)
    (statement, _), = found
    assert "first point" in statement.quote and "second point" in statement.quote
    assert speakers(found) == ["Abbas Araghchi"]


def test_told_names_the_addressee(read) -> None:  # type: ignore[no-untyped-def]
    found = read("“We are ready,” Abbas Araghchi told Armenia.")
    (statement, finding), = found
    assert statement.addressee is not None and statement.addressee.name == "Armenia"
    assert finding.addressee_key == "state:ARM"


def test_pronoun_speaker_resolves_to_the_last_person(read) -> None:  # type: ignore[no-untyped-def]
    text = "Ilham Aliyev visited Armenia on Monday. “The corridor will open,” he said."
    assert speakers(read(text)) == ["Ilham Aliyev"]


def test_according_to_names_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    found = read("According to Abbas Araghchi, the talks will resume in May.")
    (statement, finding), = found
    assert not statement.direct and statement.cue == "according"
    assert statement.quote == "the talks will resume in May"
    assert speakers(found) == ["Abbas Araghchi"]
    assert finding.rule == "according-to"


def test_appositive_between_subject_and_cue_is_skipped(read) -> None:  # type: ignore[no-untyped-def]
    text = "Ilham Aliyev, backed by Turkey, has repeatedly threatened to attack Armenia."
    found = read(text)
    (statement, finding), = found
    assert speakers(found) == ["Ilham Aliyev"]
    assert finding.cameo == "138"
    assert statement.quote == "to attack Armenia"


def test_accuse_names_the_addressee_and_codes_112(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Armenia accused Azerbaijan of shelling border villages.")
    (statement, finding), = found
    assert speakers(found) == ["Armenia"]
    assert statement.addressee is not None and statement.addressee.name == "Azerbaijan"
    assert statement.quote == "shelling border villages"
    assert finding.cameo == "112"


def test_deny_codes_016(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Iran denied sending troops to the border.")
    assert [f.cameo for _, f in found] == ["016"]


def test_call_on_is_an_appeal_to_the_addressee(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Armenia called on Azerbaijan to withdraw its troops.")
    (statement, finding), = found
    assert finding.cameo == "020"
    assert statement.addressee is not None and statement.addressee.name == "Azerbaijan"


def test_condemn_codes_111(read) -> None:  # type: ignore[no-untyped-def]
    assert [f.cameo for _, f in read("Armenia condemned the shelling of Goris.")] == ["111"]


def test_reported_said_that_takes_the_clause(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Abbas Araghchi said on Monday that the border would stay open.")
    (statement, _), = found
    assert statement.quote == "the border would stay open"
    assert statement.date is not None and statement.date.start == dt.date(2025, 4, 7)


def test_participial_cue_takes_the_main_clause_subject(read) -> None:  # type: ignore[no-untyped-def]
    text = "Abbas Araghchi met officials in Yerevan, stressing that “peace is close.”"
    found = read(text)
    (statement, _), = found
    assert statement.direct and statement.cue == "stressing"
    assert speakers(found) == ["Abbas Araghchi"]


def test_partial_quote_is_a_reported_statement(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Abbas Araghchi described the plan as “a dangerous gamble” for the region.")
    (statement, _), = found
    assert not statement.direct and statement.quote == "a dangerous gamble"
    assert statement.cue == "described"


def test_scare_quotes_without_a_cue_are_no_statement(read) -> None:  # type: ignore[no-untyped-def]
    assert read("Troops repelled hypothetical “terrorist groups” near the border.") == []


def test_headline_cue_is_no_statement(read) -> None:  # type: ignore[no-untyped-def]
    assert read("Iran Underscores Strategic Ties With Armenia") == []


def test_title_noun_speaker_resolves_to_the_person(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brigadier General Valiollah Madani spoke in Tehran.\n\n"
        "“The exercise was a success,” the general said."
    )
    assert speakers(read(text)) == ["Valiollah Madani"]


def test_unattributed_quote_after_a_statement_continues_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” said Abbas Araghchi. “We have always been ready.”"
    found = read(text)
    assert len(found) == 1 and "always been ready" in found[0][0].quote


def test_statement_paragraphs_after_said_colon(read) -> None:  # type: ignore[no-untyped-def]
    text = "Abbas Araghchi said:\n\nThe border must stay open.\n\nTrade must continue."
    (statement, _), = read(text)
    assert statement.direct and statement.quote.endswith("Trade must continue.")


def test_all_caps_wire_copy(read) -> None:  # type: ignore[no-untyped-def]
    found = read('"WE WILL CONTINUE OUR OPERATIONS," SAID ABBAS ARAGHCHI.', None)
    assert speakers(found) == ["Abbas Araghchi"]


def test_passive_is_no_cue(read) -> None:  # type: ignore[no-untyped-def]
    assert read("The ceasefire announced by Turkey held for a day.") == []


# -- the cue table -----------------------------------------------------------------------------
def test_cue_table_is_package_data_with_codebook_codes() -> None:
    cues = speech_cues()
    assert cues["said"].cameo == "010" and cues["accused"].addressee
    assert cues["denied"].cameo == "016" and cues["threatened"].cameo == "130"


def test_cue_table_rows_can_be_parsed_from_user_text() -> None:
    table = parse_cue_table("# mine\nlemma\tforms\tcameo\tdirection\tnote\nslam\tslammed\t111\t\t\n")
    assert table["slammed"].lemma == "slam" and "slam" not in table


# -- hostile text ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "“" + "word " * 2_000_000,
        '"' * 1_000_000,
        "“" * 500_000,
        "«“‘" * 100_000 + "’”»" * 100_000,
        "'a " * 300_000,
    ],
    ids=["unclosed-10MB", "million-straight", "million-curly", "nested", "apostrophes"],
)
def test_quote_scan_is_linear_on_hostile_text(text: str) -> None:
    started = time.perf_counter()
    quotes = find_quotes(text, [0], [len(text)])
    assert time.perf_counter() - started < 30  # generous: quadratic would take hours
    assert all(quote.close - quote.open <= 5_002 for quote in quotes)


def test_unclosed_quote_in_a_long_article_is_bounded(read) -> None:  # type: ignore[no-untyped-def]
    text = "Abbas Araghchi said “the border " + "is open and " * 2_000 + "trade goes on."
    assert all(len(s.quote) <= 5_000 for s, _ in read(text))


def test_dev_articles_run_without_error(read, dev_corpus: Path) -> None:  # type: ignore[no-untyped-def]
    for path in sorted((dev_corpus / "articles").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = "\n".join(line for line in lines if not line.startswith("# "))
        for statement, finding in read(body):
            assert statement.quote
            assert finding.cameo.isdigit()


def test_a_condemnation_naming_no_one_is_aimed_at_the_doer_of_the_violence_told() -> None:
    text = ("BEIRUT, Nov 7 (AFP) - An Israeli air strike on a house in the southern village of "
            "Aitaroun killed a woman and her two daughters on Monday.\n\nCaretaker Prime "
            "Minister Najib Mikati condemned the strike on Aitaroun in a statement on Tuesday.")
    (condemnation,) = [e for e in eventkit.extract(text, published="2023-11-07").events
                       if e.root == "11"]
    assert condemnation.actor2 is not None and condemnation.actor2.country == "ISR"


def test_a_threat_aimed_at_a_people_named_by_an_adjective() -> None:
    events = eventkit.extract("Former President Dmitry Medvedev warned that any Ukrainian "
                              "strikes on refineries would be met with a devastating response.",
                              published="2025-02-05").events
    (threat,) = [e for e in events if e.root == "13"]
    assert threat.actor2 is not None and threat.actor2.country == "UKR"


def test_a_date_between_the_speaker_and_the_cue() -> None:
    found = eventkit.extract("The U.S. State Department on Monday urged Beijing to exercise "
                             "restraint.", published="2025-05-19")
    (appeal,) = [e for e in found.events if e.root == "02"]
    assert appeal.actor1 is not None and appeal.actor1.country == "USA"
    assert appeal.actor2 is not None and appeal.actor2.country == "CHN"


def test_an_obligation_reported_of_a_long_subject_is_a_demand() -> None:
    found = eventkit.extract("The French foreign minister said on Monday that the Malian "
                             "junta and the armed groups in the north must return to talks.")
    said = next(e for e in found.events if e.rule.startswith("statement:"))
    assert said.cameo == "100" and said.plover == "REQUEST"


def test_a_speaker_placed_by_a_participle_phrase_is_still_the_speaker() -> None:
    found = eventkit.extract("The Red Cross operating in Yemen said the port had to reopen.")
    assert [s.speaker.name for s in found.statements if s.speaker] == ["ICRC"]
