"""Coverage-guided fuzzing of the ACLED reader: only `FormatError` may escape."""

from __future__ import annotations

import atheris

with atheris.instrument_imports():
    from _common import consume, main, stream

    from eventkit.formats import acled

HEADER = (",".join(acled.COLUMNS) + "\n").encode()


def test_one_input(data: bytes) -> None:
    # Half the inputs get a valid header, so rows are reached; the others test headers.
    if data[:1] and data[0] % 2:
        data = HEADER + data[1:]
    consume(acled.read(stream(data), errors="collect"))


if __name__ == "__main__":
    main(test_one_input)
