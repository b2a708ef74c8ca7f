"""Coverage-guided fuzzing of the PETRARCH / TABARI dictionary readers (actors, agents,
discards, issues, verbs)."""

from __future__ import annotations

import contextlib
import os
import tempfile

import atheris

with atheris.instrument_imports():
    from _common import main

    from eventkit import FormatError
    from eventkit.extract import _petrarch
    from eventkit.extract._verbs import VerbDictionary

_FOLDER = tempfile.mkdtemp(prefix="fuzz_petrarch_")
_PATH = os.path.join(_FOLDER, "dictionary.txt")
READERS = (_petrarch.read_actors, _petrarch.read_agents, _petrarch.read_discards)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    choice = data[0] % 5
    with open(_PATH, "wb") as handle:
        handle.write(data[1:])
    if choice < 3:
        errors: list[FormatError] = []
        READERS[choice](_PATH, errors)  # lenient reading never raises
        with contextlib.suppress(FormatError):
            READERS[choice](_PATH)
    elif choice == 3:
        with contextlib.suppress(FormatError):
            _petrarch.read_issues(_PATH)
    else:
        lines = data[1:].decode("utf-8", errors="replace").splitlines(keepends=True)
        with contextlib.suppress(FormatError):
            VerbDictionary.parse(lines, "fuzz")


if __name__ == "__main__":
    main(test_one_input)
