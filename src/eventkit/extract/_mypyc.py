"""What the extraction modules need so that mypyc can compile them (README, "Faster").

A compiled module checks at run time the types that mypy infers. In an attrs class body,
``field(factory=list)`` is typed ``list`` but holds attrs' field marker until the decorator
runs, so the compiled class body would fail its own check: these factories are typed ``Any``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["new_dict", "new_list", "new_set"]


def new_list() -> Any:
    return []


def new_dict() -> Any:
    return {}


def new_set() -> Any:
    return set()
