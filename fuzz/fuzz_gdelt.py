"""Coverage-guided fuzzing of the GDELT, Phoenix and PETRARCH-output (tab-separated) readers."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from _common import consume, main, stream

    from eventkit.formats import gdelt, phoenix

READERS = (gdelt.read, phoenix.read, phoenix.read_petrarch)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    read = READERS[data[0] % len(READERS)]
    consume(read(stream(data[1:]), errors="collect"))


if __name__ == "__main__":
    main(test_one_input)
