"""Coverage-guided fuzzing of the JSON Lines and PLOVER readers."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from _common import consume, main, stream

    from eventkit.formats import jsonl, plover


def test_one_input(data: bytes) -> None:
    if not data:
        return
    read = jsonl.read if data[0] % 2 else plover.read
    consume(read(stream(data[1:]), errors="collect"))


if __name__ == "__main__":
    main(test_one_input)
