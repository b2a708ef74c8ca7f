"""Lazily loaded code tables in pycountry's shape: ``get`` returns None, ``lookup`` raises."""

from __future__ import annotations

import csv
import difflib
import io
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Generic, TypeVar

from .._errors import UnknownCodeError

T = TypeVar("T")


def read_tsv(filename: str, package: str = "eventkit.codebooks") -> list[dict[str, str]]:
    """Read one packaged TSV file (header row, tab-separated, no quoting)."""
    data = resources.files(package).joinpath("data").joinpath(filename)
    text = data.read_text(encoding="utf-8")
    return list(
        csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    )


class Codebook(Generic[T]):
    """A table of records keyed by code, read from package data on first use.

    Loading happens once, under a lock, so many threads may ask at the same time.
    """

    def __init__(
        self,
        name: str,
        filename: str,
        build: Callable[[dict[str, str]], T],
        key: Callable[[T], str],
        normalize: Callable[[str], str] = str.strip,
    ) -> None:
        self.name = name
        self._filename = filename
        self._build = build
        self._key = key
        self._normalize = normalize
        self._records: dict[str, T] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, T]:
        records = self._records
        if records is None:
            with self._lock:
                if self._records is None:
                    built = (self._build(row) for row in read_tsv(self._filename))
                    self._records = {self._key(record): record for record in built}
                records = self._records
        return records

    def get(self, code: str | None) -> T | None:
        """The record for ``code``, or None when there is none."""
        if code is None:
            return None
        records = self._records
        if records is None:  # models' validators ask for every record: spare them a call
            records = self._load()
        return records.get(self._normalize(str(code)))

    def lookup(self, code: str) -> T:
        """The record for ``code``; raises `UnknownCodeError` with the close matches."""
        record = self.get(code)
        if record is None:
            raise UnknownCodeError(self.name, code, self.close_matches(str(code)))
        return record

    def close_matches(self, code: str, n: int = 3) -> list[str]:
        """Codes that look like ``code``, best first."""
        return difflib.get_close_matches(self._normalize(code), list(self._load()), n=n, cutoff=0.6)

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str):
            return False
        records = self._records
        if records is None:
            records = self._load()
        return self._normalize(code) in records

    def __iter__(self) -> Iterator[T]:
        return iter(self._load().values())

    def __len__(self) -> int:
        return len(self._load())

    def codes(self) -> frozenset[str]:
        """Every code in the table."""
        return frozenset(self._load())

    def __repr__(self) -> str:
        state = f"{len(self._records)} records" if self._records is not None else "not loaded"
        return f"<Codebook {self.name!r}: {state}>"
