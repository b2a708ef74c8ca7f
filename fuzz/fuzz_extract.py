"""Coverage-guided fuzzing of `eventkit.extract`: any text gives an `Extraction`."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from _common import main, text_of

    import eventkit

eventkit.Lexicon.default()  # build the lexicon once, before fuzzing starts


def test_one_input(data: bytes) -> None:
    text = text_of(data)
    result = eventkit.extract(text, published="2024-04-10")
    for event in result.events:
        for span in event.evidence:
            assert 0 <= span.start <= span.end <= len(text), span


if __name__ == "__main__":
    main(test_one_input)
