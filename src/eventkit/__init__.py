"""eventkit: structured conflict-event records from news text.

>>> import eventkit
>>> eventkit.Actor(name="Iran", kind="state", country="IRN", cameo="IRN").cameo
'IRN'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from ._errors import (
    EventkitError,
    EventkitWarning,
    ExtractionError,
    FormatError,
    InvalidValueError,
    UnknownCodeError,
)
from ._models import (
    Actor,
    Article,
    Event,
    Extraction,
    FuzzyDate,
    Location,
    MilitaryUnit,
    Source,
    Span,
    Statement,
)
from .extract import extract as extract  # the function; the package stays eventkit.extract
from .extract import resolve_actor
from .merge import merge_events

if TYPE_CHECKING:
    from .extract._lexicon import Lexicon

try:
    __version__ = version("eventkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventkitError",
    "EventkitWarning",
    "Extraction",
    "ExtractionError",
    "FormatError",
    "FuzzyDate",
    "InvalidValueError",
    "Lexicon",
    "Location",
    "MilitaryUnit",
    "Source",
    "Span",
    "Statement",
    "UnknownCodeError",
    "__version__",
    "extract",
    "merge_events",
    "resolve_actor",
]


def __getattr__(name: str) -> Any:
    if name == "Lexicon":  # imported on first use, like the dictionaries it reads
        from .extract._lexicon import Lexicon

        return Lexicon
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
