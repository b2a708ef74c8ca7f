"""What the extraction modules need so that mypyc can compile them (README, "Faster").

A compiled module checks at run time the types that mypy infers. In an attrs class body,
``field(factory=list)`` is typed ``list`` but holds attrs' field marker until the decorator
runs, so the compiled class body would fail its own check: these factories are typed ``Any``.

mypyc compiles a class decorated with ``attrs.define`` or ``attrs.frozen`` as a plain Python
class, whose fields compiled code reads by name, as the interpreter does. The records the
steps read in their innermost loops are therefore named tuples (immutable: tokens, sentences,
triggers, verb patterns; read by index) or ``attr.s(auto_attribs=True)`` classes (mutable:
mentions, events found, the document; mypyc makes them native classes, read at an offset).
A frozen ``attr.s`` class cannot be native: its frozen ``__setattr__`` needs a ``__dict__``.
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
