"""The one error tree of eventkit, rooted in builtins so callers can catch what they know.

Every message names what was wrong, where, and the value seen, e.g.
``'fatalities' must be >= 0 (got -3)``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "EventkitError",
    "EventkitWarning",
    "ExtractionError",
    "FormatError",
    "InvalidValueError",
    "UnknownCodeError",
]


class EventkitError(Exception):
    """Root of every error raised on purpose by eventkit."""


class InvalidValueError(EventkitError, ValueError):
    """A model was given a value that breaks one of its rules.

    Attributes:
        field: the attribute name, e.g. ``"fatalities"``.
        value: the offending value.
    """

    def __init__(self, field: str, rule: str, value: object) -> None:
        self.field = field
        self.rule = rule
        self.value = value
        super().__init__(f"{field!r} {rule} (got {value!r})")


class UnknownCodeError(EventkitError, LookupError):
    """A code is not in its codebook.

    Attributes:
        codebook: the codebook's name, e.g. ``"CAMEO event codes"``.
        code: the code looked up.
        close_matches: codes that look alike, best first.
    """

    def __init__(self, codebook: str, code: object, close_matches: Sequence[str] = ()) -> None:
        self.codebook = codebook
        self.code = code
        self.close_matches = tuple(close_matches)
        hint = f"; close matches: {', '.join(self.close_matches)}" if self.close_matches else ""
        super().__init__(f"{code!r} is not in {codebook}{hint}")


class FormatError(EventkitError, ValueError):
    """A file or record does not follow its format.

    Attributes:
        reason: what was wrong.
        file: the file's name when known.
        line: the 1-based line (or record) number when known.
        column: the column or field path when known.
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
        where = ":".join(str(part) for part in (file, line) if part is not None)
        if column is not None:
            where = f"{where} column {column!r}" if where else f"column {column!r}"
        super().__init__(f"{where}: {reason}" if where else reason)

    def __reduce__(self) -> tuple[object, ...]:  # picklable across processes
        return (_rebuild_format_error, (self.reason, self.file, self.line, self.column))


def _rebuild_format_error(
    reason: str, file: str | None, line: int | None, column: str | None
) -> FormatError:
    return FormatError(reason, file=file, line=line, column=column)


class ExtractionError(EventkitError, TypeError):
    """``extract`` was given something that is not article text."""


class EventkitWarning(UserWarning):
    """Warnings from eventkit carry a stable code in brackets, e.g. ``[EK101]``."""
