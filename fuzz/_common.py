"""What every fuzz target shares: the exceptions eventkit documents for bad input."""

from __future__ import annotations

import io
import sys

from eventkit import ExtractionError, FormatError

#: Raised on purpose for bad input; anything else is a bug the fuzzer reports (it crashes).
DOCUMENTED = (FormatError, ExtractionError)


def text_of(data: bytes) -> str:
    """The input as text, undecodable bytes replaced (readers get bytes as well, elsewhere)."""
    return data.decode("utf-8", errors="replace")


def consume(reader: object) -> None:
    """Read every record with ``errors="collect"``; only `FormatError` may be raised."""
    try:
        for _ in reader:  # type: ignore[attr-defined]
            pass
    except FormatError:
        pass
    for error in reader.errors:  # type: ignore[attr-defined]
        assert isinstance(error, FormatError), error


def stream(data: bytes) -> io.TextIOWrapper:
    """A text file over the raw bytes, strict UTF-8: decoding errors must be `FormatError`."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")


def main(test_one_input: object) -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
