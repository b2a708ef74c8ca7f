"""What did not happen is not coded as done: denied reports, possible acts, exercises'
scenarios, background years, participles that are adjectives."""

from __future__ import annotations

import eventkit

PUBLISHED = "2024-05-20"


def _material(text: str) -> list[eventkit.Event]:
    """The actual material events (CAMEO quad class 2 or 4: strikes, clashes, protests)."""
    return [e for e in eventkit.extract(text, published=PUBLISHED).events
            if e.modality == "actual" and e.root in ("14", "15", "17", "18", "19", "20")]


def test_what_a_report_that_is_denied_tells_is_negated() -> None:
    assert not _material("Kenya denied a report by a local paper that its troops had shelled "
                         "a village in Gedo.")
    assert not _material("The ministry rejected claims that detainees had been beaten.")
    # Denying and telling are not the same: the report alone is told as done.
    assert _material("A local paper reported that Kenyan troops had shelled a village in Gedo.")


def test_an_event_noun_told_as_possible_is_hypothetical() -> None:
    assert not _material("Analysts say a blockade could cut off the island's fuel imports.")
    assert not _material("He warned that any strikes on the refineries would be met with a "
                         "response.")
    assert _material("A blockade of the port began on Monday.")


def test_an_old_year_in_the_sentence_dates_its_event() -> None:
    text = ("BAMAKO, May 20 (Reuters) - Troops retook Anefis on Saturday.\n\n"
            "The conflict dates back to 2012, when rebels seized control of Kidal.")
    assert [e.location.name for e in _material(text) if e.location] == ["Anefis"]


def test_a_participle_before_its_noun_is_no_event() -> None:
    assert not _material("The exercise practised the evacuation of wounded soldiers.")


def test_a_protest_called_for_or_announced_is_planned() -> None:
    for text in ("The teachers' union called for a general strike on Monday.",
                 "Opposition supporters said they would return to the streets on Friday."):
        found = eventkit.extract(text)
        protests = [e for e in found.events if e.cameo and e.cameo.startswith("14")]
        assert protests and all(e.modality == "planned" for e in protests), text
        # the call or the announcement itself is a stated intent to protest (CAMEO 133)
        assert any(e.cameo == "133" and e.modality == "actual" for e in found.events), text
