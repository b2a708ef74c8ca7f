"""The phrase index: longest match, casing, copies, pickling."""

from __future__ import annotations

import pickle

import pytest

from eventkit.extract._phrases import ANY_CASE, CAPITALIZED, UPPER, Entry, PhraseIndex
from eventkit.extract._text import Document


def _index() -> PhraseIndex:
    index = PhraseIndex()
    index.add("New York", Entry("place", "NY"))
    index.add("New York City", Entry("place", "NYC"))
    index.add("US", Entry("country", "USA", UPPER))
    index.add("riot police", Entry("agent", "police", ANY_CASE))
    return index


def _tokens(text: str) -> list:  # type: ignore[type-arg]
    return Document.parse(text).tokens


def test_the_longest_phrase_that_fits_wins() -> None:
    index = _index()
    tokens = _tokens("They flew to New York City and New York.")
    matches = [(start, end, [e.record for e in entries])
               for start, end, entries in index.scan(tokens)]
    assert [record for _, _, record in matches] == [["NYC"], ["NY"]]
    # A prefix alone ("New") is no phrase; a phrase past the limit is not read.
    assert index.longest(tokens, 3, limit=2) == (5, [Entry("place", "NY")])
    assert index.longest(tokens, len(tokens)) == (len(tokens), [])


def _records(index: PhraseIndex, text: str) -> list[str]:
    return [e.record for _, _, entries in index.scan(_tokens(text)) for e in entries]


def test_casing_rules() -> None:
    index = _index()
    assert _records(index, "Tell us what riot police did.") == ["police"]  # "us" is no "US"
    assert _records(index, "US riot police") == ["USA", "police"]
    assert _records(index, "the new york") == []  # a name must be capitalised


def test_several_entries_share_a_phrase_and_repeats_are_kept_once() -> None:
    index = PhraseIndex()
    georgia_country, georgia_state = Entry("country", "GEO"), Entry("subdivision", "US-GA")
    index.add("Georgia", georgia_country)
    index.add("Georgia", georgia_state)
    index.add("Georgia", Entry("country", "GEO"))  # the same record again
    _, entries = index.longest(_tokens("Georgia"), 0)
    assert entries == [georgia_country, georgia_state]
    assert index.size == 2


def test_a_copy_is_independent_and_a_pickle_is_the_same_index() -> None:
    index = _index()
    copy = index.copy()
    copy.add("Tbilisi", Entry("capital", "GEO", CAPITALIZED))
    assert copy.starts("tbilisi") and not index.starts("tbilisi")
    loaded = pickle.loads(pickle.dumps(index))
    tokens = _tokens("New York City")
    assert loaded.longest(tokens, 0) == index.longest(tokens, 0)
    loaded.add("Boston", Entry("place", "BOS"))  # still takes new phrases after loading
    assert loaded.longest(_tokens("Boston"), 0)[1] == [Entry("place", "BOS")]


def test_a_trigger_id_used_twice_is_a_clear_error() -> None:
    from eventkit import FormatError
    from eventkit.extract._triggers import load_triggers

    header = "id\tpattern\tpos\tcameo\tacled\tweapon\tsymmetric\tnote"
    rows = [header, "t-a\tambush\tnoun\t190\t\t\tn\t", "t-a\traid\tnoun\t190\t\t\tn\t"]
    with pytest.raises(FormatError, match="t-a"):
        load_triggers(rows)


def test_entries_sharing_a_phrase_are_kept_by_their_own_casing() -> None:
    index = PhraseIndex()
    index.add("US", Entry("country", "USA", UPPER))
    index.add("us", Entry("word", "pronoun", ANY_CASE))
    index.add("Us", Entry("name", "a band", CAPITALIZED))
    assert _records(index, "US troops") == ["USA", "pronoun", "a band"]
    assert _records(index, "told us so") == ["pronoun"]
    assert _records(index, "Us and them") == ["pronoun", "a band"]
