"""From article text to records: ``extract(text, published=...)``.

The pipeline is a list of steps over one parsed document: tokens and sentences, dictionary
and gazetteer matching, persons and military units, dates, statements, then events. Every
finding keeps the character spans that justify it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._pipeline import extract, resolve_actor

if TYPE_CHECKING:
    from ._lexicon import Lexicon

__all__ = ["Lexicon", "extract", "resolve_actor"]


def __getattr__(name: str) -> Any:
    # The dictionaries' machinery is imported on first use: `import eventkit` stays fast.
    if name == "Lexicon":
        from ._lexicon import Lexicon

        return Lexicon
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
