"""From article text to records: ``extract(text, published=...)``.

The pipeline is a list of steps over one parsed document: tokens and sentences, dictionary
and gazetteer matching, persons and military units, dates, statements, then events. Every
finding keeps the character spans that justify it.
"""

from __future__ import annotations

from ._lexicon import Lexicon
from ._pipeline import extract, resolve_actor

__all__ = ["Lexicon", "extract", "resolve_actor"]
