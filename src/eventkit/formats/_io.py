"""What every format shares: opening a path or a file, atomic writes, and the error policy
(``errors="raise" | "skip" | "collect"``) of readers."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Generic, Literal, TypeVar

from .._errors import EventkitWarning, FormatError

__all__ = [
    "RECORD_ERRORS",
    "Errors",
    "Reader",
    "Source",
    "Target",
    "as_format_error",
    "open_for_reading",
    "open_for_writing",
    "undecodable",
]

Source = str | os.PathLike[str] | IO[str]
Target = str | os.PathLike[str] | IO[str]
Errors = Literal["raise", "skip", "collect"]
T = TypeVar("T")


def _name_of(handle: object) -> str | None:
    name = getattr(handle, "name", None)
    return name if isinstance(name, str) else None


@contextlib.contextmanager
def open_for_reading(
    src: Source, *, encoding: str = "utf-8", encoding_errors: str = "strict"
) -> Iterator[tuple[IO[str], str | None]]:
    """Yield a text handle on ``src`` (a path or an open text file) and its name."""
    if isinstance(src, (str, os.PathLike)):
        path = Path(src)
        with path.open("r", encoding=encoding, errors=encoding_errors, newline="") as handle:
            yield handle, str(path)
    elif isinstance(src, io.TextIOBase) or hasattr(src, "read"):
        yield src, _name_of(src)
    else:
        raise TypeError(f"expected a path or an open text file, got {type(src).__name__}")


def undecodable(
    src: object, error: UnicodeDecodeError, *, name: str | None, line: int, encoding: str = "utf-8"
) -> FormatError:
    """A `FormatError` for bytes of ``src`` that are not ``encoding``, naming the file, the line
    and the byte offset in the file. A text handle decodes ahead in chunks, so for a path the
    file is scanned again (only on this error path) to find the first bad line and byte."""
    offset = None
    if isinstance(src, (str, os.PathLike)):
        with contextlib.suppress(OSError), open(src, "rb") as raw:
            position = 0
            for number, chunk in enumerate(raw, start=1):
                try:
                    chunk.decode(encoding)
                except UnicodeDecodeError as found:
                    line, offset = number, position + found.start
                    break
                position += len(chunk)
    where = (
        f"at byte {offset} of the file"
        if offset is not None
        else f"at or after this line ({error.reason})"  # a stream: its bytes are gone
    )
    return FormatError(
        f"not valid {encoding} {where} (pass encoding_errors='replace' to read on)",
        file=name,
        line=line,
    )


@contextlib.contextmanager
def open_for_writing(dest: Target, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text handle on ``dest``. A path is written atomically: the data go to a temporary
    file beside it, renamed over the target only when writing finished without error."""
    if not isinstance(dest, (str, os.PathLike)):
        yield dest
        return
    path = Path(dest)
    fd, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent or "."
    )
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class Reader(Generic[T]):
    """An iterator over a file's records that applies the caller's error policy.

    With ``errors="raise"`` the first bad record raises `FormatError`. With ``"skip"`` each bad
    record is skipped with an `EventkitWarning` ``[EK201]``; with ``"collect"`` it is skipped
    silently. Either way every skipped record's error is kept in ``errors``, so nothing is lost
    without a trace.
    """

    def __init__(self, records: Iterator[T | FormatError], errors: Errors = "raise") -> None:
        if errors not in ("raise", "skip", "collect"):
            raise ValueError(f"errors must be 'raise', 'skip' or 'collect' (got {errors!r})")
        self._records = records
        self._policy = errors
        self.errors: list[FormatError] = []

    def __iter__(self) -> Reader[T]:
        return self

    def __next__(self) -> T:
        while True:
            record = next(self._records)
            if not isinstance(record, FormatError):
                return record
            if self._policy == "raise":
                raise record
            self.errors.append(record)
            if self._policy == "skip":
                warnings.warn(f"[EK201] skipped: {record}", EventkitWarning, stacklevel=2)


#: The exceptions a record's builder may raise for bad data (see `guarded`).
RECORD_ERRORS = (ValueError, TypeError, KeyError, LookupError, OverflowError)


def as_format_error(
    error: Exception, *, file: str | None, line: int, column: str | None = None
) -> FormatError:
    """``error`` (one of `RECORD_ERRORS`) as a `FormatError` at ``file:line``."""
    if isinstance(error, FormatError):
        if error.file is None and error.line is None:
            return FormatError(error.reason, file=file, line=line, column=error.column or column)
        return error
    field = getattr(error, "field", None) or column
    return FormatError(str(error), file=file, line=line, column=field)


def guarded(
    build: Callable[[], T], *, file: str | None, line: int, column: str | None = None
) -> T | FormatError:
    """Run ``build`` and turn a value error into a `FormatError` at ``file:line``."""
    try:
        return build()
    except RECORD_ERRORS as error:  # FormatError is a ValueError
        return as_format_error(error, file=file, line=line, column=column)
