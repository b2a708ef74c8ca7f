"""Gazetteers shipped with eventkit: countries, subdivisions, places, named actors and agents.

Data files live in ``data/`` (provenance and licences in ``data/SOURCES.md``; rebuilt by
``scripts/build_gazetteer.py``). Each table is read on first use, under a lock, and cached.

>>> from eventkit import gazetteer
>>> gazetteer.country("IRN").capital
'Tehran'
>>> gazetteer.country("XYZ") is None
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import gzip
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from importlib import resources
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from .._errors import UnknownCodeError

__all__ = [
    "Agent",
    "Country",
    "NamedActor",
    "Place",
    "Subdivision",
    "agents",
    "countries",
    "country",
    "lookup_country",
    "named_actors",
    "paused_gc",
    "places",
    "region_key",
    "same_region",
    "subdivision",
    "subdivisions",
    "town",
    "town_spelled_otherwise",
]

T = TypeVar("T")
_lock = threading.RLock()


def _split(value: str) -> tuple[str, ...]:
    return tuple(item for item in value.split("|") if item)


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _table(filename: str) -> tuple[dict[str, int], list[list[str]]]:
    """A data file's column positions and its rows as lists of cells."""
    # The files are plain TSV (no quoting, no tab or newline inside a value: the build script
    # guarantees it), so splitting is exact and several times faster than the csv module.
    lines = _text(filename).split("\n")
    header = {name: index for index, name in enumerate(lines[0].split("\t"))}
    width = len(header)
    rows = []
    for line in lines[1:]:
        if line:
            cells = line.split("\t")
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            rows.append(cells)
    return header, rows


def _text(filename: str) -> str:
    """A data file's text (decompressed when it ends in .gz)."""
    data = resources.files(__package__ or "eventkit.gazetteer").joinpath("data").joinpath(filename)
    raw = data.read_bytes()
    if filename.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8").replace("\r", "")


def _rows(filename: str) -> list[dict[str, str]]:
    header, rows = _table(filename)
    names = list(header)
    return [dict(zip(names, cells, strict=False)) for cells in rows]


def _cached(load: Callable[[], T]) -> Callable[[], T]:
    """Load once, under the module lock, however many threads ask at once.

    The collector is paused while a table loads: building tens of thousands of small
    records otherwise triggers it hundreds of times for nothing.
    """
    loaded: list[T] = []  # the table once loaded: later calls take neither lock nor pause

    @functools.wraps(load)
    def wrapper() -> T:
        if not loaded:
            with _lock, paused_gc():
                if not loaded:
                    loaded.append(load())
        return loaded[0]

    return wrapper


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large tables of records."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def fast_reduce(record: tuple[Any, ...]) -> tuple[Any, ...]:
    """Pickle a named tuple as ``tuple.__new__(cls, fields)``: unpickled in C, without the
    named tuple's Python-level ``__new__``. The cached default lexicon holds 250,000 such
    records; this makes loading it about twice as fast."""
    return (tuple.__new__, (type(record), tuple(record)))


class Country(NamedTuple):
    """A country with the names the press uses for it and for its people and government."""

    iso3: str
    iso2: str
    iso_numeric: str
    fips: str
    cameo: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    seats: tuple[str, ...]
    military_seats: tuple[str, ...]
    latitude: float | None
    longitude: float | None
    acled_region: int | None

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)


@_cached
def countries() -> tuple[Country, ...]:
    """Every country and territory, sorted by ISO alpha-3 code."""
    return tuple(
        Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            iso_numeric=row["iso_numeric"],
            fips=row["fips"],
            cameo=row["cameo"] or row["iso3"],
            name=row["name"],
            aliases=_split(row["aliases"]),
            adjectives=_split(row["adjectives"]),
            capital=row["capital"],
            seats=_split(row["seats"]),
            military_seats=_split(row["military_seats"]),
            latitude=_float(row["lat"]),
            longitude=_float(row["lon"]),
            acled_region=int(row["acled_region"]) if row["acled_region"] else None,
        )
        for row in _rows("countries.tsv")
    )


@_cached
def _countries_by_code() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for record in countries():
        for code in (record.iso2, record.cameo, record.iso3):
            if code:
                index[code] = record
    return index


def country(code: str | None) -> Country | None:
    """The country with this ISO alpha-3, alpha-2 or CAMEO code, or None."""
    return _countries_by_code().get(code.strip().upper()) if code else None


def lookup_country(code: str) -> Country:
    """Like `country`, but raises `UnknownCodeError` for an unknown code."""
    record = country(code)
    if record is None:
        raise UnknownCodeError("countries", code)
    return record


class Subdivision(NamedTuple):
    """An ISO 3166-2 subdivision (province, region, state...)."""

    code: str
    country: str
    name: str
    aliases: tuple[str, ...]
    type: str
    parent: str

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)


@_cached
def subdivisions() -> tuple[Subdivision, ...]:
    return tuple(
        Subdivision(
            code=row["code"],
            country=row["country"],
            name=row["name"],
            aliases=_split(row["aliases"]),
            type=row["type"],
            parent=row["parent"],
        )
        for row in _rows("subdivisions.tsv")
    )


@_cached
def _subdivisions_by_code() -> dict[str, Subdivision]:
    return {record.code: record for record in subdivisions()}


def subdivision(code: str | None) -> Subdivision | None:
    """The subdivision with this ISO 3166-2 code, or None."""
    return _subdivisions_by_code().get(code.strip().upper()) if code else None


class Place(NamedTuple):
    """A town, city or named feature (border, corridor, strait) with coordinates."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    admin1: str
    admin1_code: str
    latitude: float | None
    longitude: float | None
    population: int
    kind: str

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)


@_cached
def places() -> tuple[Place, ...]:
    # By column position: 34,000 rows, and building a dict for each is most of the time.
    column, rows = _table("places.tsv.gz")
    ident, name, ascii_name, aliases = (column[c] for c in ("geonameid", "name", "ascii_name",
                                                             "aliases"))
    country, admin1, admin1_code = column["country"], column["admin1"], column["admin1_code"]
    lat, lon, population, kind = column["lat"], column["lon"], column["population"], column["kind"]
    # Former names ("Madras", "Leningrad") that institutions and archives still use: kept in
    # their own small curated file, since the build keeps only a city's five nearest spellings.
    former = {row["geonameid"]: _split(row["former"]) for row in _rows("former_names.tsv")}
    regions = _regions_by_name()
    split = _split_regions()
    records = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        names = _split(row[aliases])
        if row[ascii_name] and row[ascii_name] != row[name]:
            names = (row[ascii_name], *names)
        if row[ident] in former:
            names = (*names, *former[row[ident]])
        region, code = row[admin1], row[admin1_code]
        if region and not code:
            # GeoNames' older spelling of a region ("Shamal Kurdufan", "Liban-Sud"): the
            # subdivision table knows it as an alias
            known = regions.get((row[country], region_key(region)))
            if known is not None:
                region, code = known.name, known.code
        latitude, longitude = _float(row[lat]), _float(row[lon])
        if row[country] in split:
            region, code = _current_region(row[country], region, code, latitude, longitude)
            seen.add((row[country], fold(row[name])))
        records.append(
            Place(row[ident], row[name], names, row[country], region, code,
                  latitude, longitude, int(row[population] or 0), row[kind])
        )
    # the split table's towns GeoNames lacks ("Irumu", "Mahagi")
    for by_region in split.values():
        for part in (part for parts in by_region.values() for part in parts):
            if (part.country, fold(part.town)) not in seen:
                seen.add((part.country, fold(part.town)))
                records.append(Place(
                    f"s-{part.country.lower()}-{fold(part.town)}", part.town, (),
                    part.country, _subdivisions_by_code()[part.code].name, part.code,
                    part.latitude, part.longitude, 0, "town"))
    return tuple(records)


def _current_region(country: str, region: str, code: str, latitude: float | None,
                    longitude: float | None) -> tuple[str, str]:
    """GeoNames still files DR Congo's towns under the provinces of before 2015 ("Katanga")
    and Nepal's under the development regions of before 2015 ("Central Region"): the region
    now is the one whose listed seats and towns lie nearest (``split_regions.tsv``)."""
    by_region = _split_regions().get(country)
    parts = by_region.get(region_key(region)) if by_region and region else None
    if not parts or latitude is None or longitude is None:
        return region, code
    code = min(parts, key=lambda part: (part.latitude - latitude) ** 2
               + (part.longitude - longitude) ** 2).code
    return _subdivisions_by_code()[code].name, code


class _RegionPart(NamedTuple):
    country: str
    code: str
    town: str
    latitude: float
    longitude: float


@_cached
def _split_regions() -> dict[str, dict[str, list[_RegionPart]]]:
    """country -> former region (as `region_key` compares it) -> the towns of the regions it
    was split into (``split_regions.tsv``)."""
    parts: dict[str, dict[str, list[_RegionPart]]] = {}
    for row in _rows("split_regions.tsv"):
        parts.setdefault(row["country"], {}).setdefault(
            region_key(row["former_region"]), []).append(
            _RegionPart(row["country"], row["code"], row["town"], float(row["lat"]),
                        float(row["lon"])))
    return parts


def _regions_by_name() -> dict[tuple[str, str], Subdivision]:
    """(country, a name or alias as `region_key` compares it) -> the first-level subdivision
    so named ("Northern Darfur" is North Darfur)."""
    index: dict[tuple[str, str], Subdivision] = {}
    for record in subdivisions():
        if not record.parent:
            for spelling in (record.name, *record.aliases):
                index.setdefault((record.country, region_key(spelling)), record)
    return index


class Town(NamedTuple):
    """A town or village of GeoNames cities1000 that `places` lacks (see `town`)."""

    name: str
    country: str
    admin1: str
    admin2: str
    latitude: float
    longitude: float


def fold(name: str) -> str:
    """A place name as the towns table is keyed: lower case, accents and punctuation
    dropped ("Ségou" -> "segou", "Jurf al-Sakhar" -> "jurf al sakhar")."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_PUNCTUATION.sub(" ", name.lower()).split())


_PUNCTUATION = re.compile(r"[^\w ]+")

# Words that name a region's rank, and compass adjectives, which sources spell their own way:
# GeoNames' "Northern Darfur" is ISO 3166-2's "North Darfur State".
_REGION_WORDS = frozenset(
    "region state province governorate oblast kray krai district department prefecture "
    "county division territory municipality rayon of the".split()
)
_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
            "central": "centre", "center": "centre"}


def region_key(name: str) -> str:
    """A region's name as spellings of it compare: folded, rank words dropped, compass
    adjectives made nouns ("Northern Darfur State" -> "north darfur")."""
    words = [_COMPASS.get(word, word) for word in fold(name).split()]
    return " ".join(word for word in words if word not in _REGION_WORDS)


def same_region(first: str | None, second: str | None) -> bool:
    """Whether two spellings of a first-level region name the same one, as far as their
    letters tell: rank words and compass adjectives aside, equal, or one the other's start
    when only an ending differs ("Sagain" and "Sagaing Region", "Sverdlovsk" and
    "Sverdlovskaya oblast"). False when either is missing.

    >>> same_region("Northern Darfur", "North Darfur State"), same_region("Sahel", "Centre")
    (True, False)
    """
    if not first or not second:
        return False
    one, other = sorted((region_key(first), region_key(second)), key=len)
    if one == other:
        return bool(one)
    return len(one) >= 5 and other.startswith(one) and " " not in other[len(one):]


@_cached
def _towns() -> dict[str, str]:
    """Folded name -> the table's lines (without the key) of the towns so named, joined
    by newlines.

    111,000 towns: kept as their text lines, one string per name, and split only when one is
    asked for, so that the table costs a few megabytes and no work for the garbage collector.
    It is loaded on the first lookup, which only an unknown place name in a text makes.
    """
    index: dict[str, str] = {}
    previous = ""
    for line in _text("towns.tsv.gz").split("\n")[1:]:  # sorted by their key: namesakes are adjacent
        key, _, rest = line.partition("\t")
        if key == previous:
            index[key] += "\n" + rest
        elif key:
            index[key] = rest
            previous = key
    return index


def town(name: str, country: str | None = None, admin1: str | None = None) -> Town | None:
    """The one town or village of this name (in ``country``, an ISO alpha-3 code, and
    ``admin1`` when given), or None when there is none or several could be meant.

    Only towns that `places` lacks are here: GeoNames cities1000 (population 1,000 or more)
    beyond the 34,000 cities of `places`.
    """
    found = _towns().get(fold(name))
    if found is None:
        return None
    matches = []
    split = _split_regions()
    for line in found.split("\n"):
        cells = line.split("\t")
        if cells[1] in split:
            cells[2] = _current_region(cells[1], cells[2], "", _float(cells[4]),
                                       _float(cells[5]))[0]
        if (country is None or cells[1] == country) and (
            admin1 is None or same_region(cells[2], admin1)
        ):
            matches.append(cells)
    if len(matches) != 1:
        return None
    place, iso3, first_level, second_level, lat, lon = matches[0]
    return Town(place, iso3, first_level, second_level, float(lat), float(lon))


def town_spelled_otherwise(name: str, country: str, admin1: str | None = None) -> Town | None:
    """The one town or city of ``country`` whose name is ``name`` spelled another way:
    the same consonants in the same order, vowels, doubled letters, spaces and hyphens aside
    ("Laascaannod" is Laascaanood, "Sarghaya" Sirghaya, "Noshki" Nushki); None when the name
    is short (its consonants say too little) or several places could be meant.

    >>> town_spelled_otherwise("Laascaannod", "SOM").name
    'Laascaanood'
    """
    key = _skeleton(name)
    if len(key) < _SKELETON_MIN:
        return None
    with _lock:
        by_key = _skeletons.get(country)
        if by_key is None:
            by_key = _skeletons[country] = _country_skeletons(country)
    length = len(fold(name).replace(" ", ""))
    # about as long ("Dadumajra" is no "Dumjor"); closer still when no region is named with
    # it ("Mallapora" in Kashmir is no "Malpura" in Rajasthan)
    slack = _LENGTH_SLACK if admin1 else _LENGTH_SLACK - 1
    found = [town for town in by_key.get(key, ())
             if (admin1 is None or same_region(town.admin1, admin1))
             and abs(len(fold(town.name).replace(" ", "")) - length) <= slack]
    return found[0] if len(found) == 1 else None


_SKELETON_MIN = 4  # consonants
_LENGTH_SLACK = 2  # letters
_VOWELS = str.maketrans("", "", "aeiouy")
# country -> skeleton -> its places and towns, made on the first lookup in that country
_skeletons: dict[str, dict[str, list[Town]]] = {}


def _skeleton(name: str) -> str:
    """A name's consonants in order, the first letter kept and doubled letters once."""
    folded = fold(name).replace(" ", "")
    if not folded.isalpha():
        return ""
    key = folded[0] + folded[1:].translate(_VOWELS)
    return "".join(letter for index, letter in enumerate(key)
                   if not index or letter != key[index - 1])


def _country_skeletons(country: str) -> dict[str, list[Town]]:
    """The cities and towns of one country by skeleton. The main table is read as text, only
    its lines of the country kept: its records (`places`) are not in memory when the lexicon
    came from its cache, and loading them all for one country's names would cost more than
    the lookup is worth."""
    marker = f"\t{country}\t"
    # (name, admin1, latitude, longitude) of each
    header, *lines = _text("places.tsv.gz").split("\n")
    column = {name: position for position, name in enumerate(header.split("\t"))}
    fields = itemgetter(column["name"], column["admin1"], column["lat"], column["lon"])
    kind = column["kind"]
    found = [fields(cells) for line in lines if marker in line
             for cells in (line.split("\t"),) if cells[kind] in _SETTLEMENTS]
    for lines_of_name in _towns().values():
        if marker in lines_of_name:
            # (a towns line: name, country, admin1, admin2, lat, lon)
            found += [(cells[0], cells[2], cells[4], cells[5])
                      for line in lines_of_name.split("\n")
                      for cells in (line.split("\t"),) if cells[1] == country]
    split = country in _split_regions()
    index: dict[str, list[Town]] = {}
    for name, admin1, lat, lon in found:
        latitude, longitude = _float(lat), _float(lon)
        if split:
            admin1 = _current_region(country, admin1, "", latitude, longitude)[0]
        town = Town(name, country, admin1, "", latitude or 0.0, longitude or 0.0)
        index.setdefault(_skeleton(name), []).append(town)
    return index


_SETTLEMENTS = frozenset({"city", "town", "capital"})


class NamedActor(NamedTuple):
    """An organisation, armed group or person known by name, with its CAMEO code history.

    ``history`` holds ``(code, start, end)`` periods (None = open); ``cameo`` is the latest.
    """

    id: str
    name: str
    patterns: tuple[str, ...]
    cameo: str
    history: tuple[tuple[str, dt.date | None, dt.date | None], ...]
    kind: str
    country: str
    title: str
    source: str

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)

    def cameo_on(self, day: dt.date | None) -> str:
        """The CAMEO code valid on ``day`` (the latest code when ``day`` is None)."""
        if day is not None:
            for code, start, end in self.history:
                if (start is None or start <= day) and (end is None or day <= end):
                    return code
        return self.cameo


def _yyyymmdd(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _history(value: str) -> tuple[tuple[str, dt.date | None, dt.date | None], ...]:
    periods = []
    for item in _split(value):
        code, _, span = item.partition("@")
        start_text, _, end_text = span.partition("-")
        start = _yyyymmdd(start_text) if start_text else None
        end = _yyyymmdd(end_text) if end_text else None
        periods.append((code, start, end))
    return tuple(periods)


@_cached
def named_actors() -> tuple[NamedActor, ...]:
    column, rows = _table("actors.tsv")
    ident, name, patterns, cameo, history, kind, country, title, source = (
        column[c] for c in ("id", "name", "patterns", "cameo", "cameo_history", "kind",
                            "country", "title", "source")
    )
    return tuple(
        NamedActor(row[ident], row[name], _split(row[patterns]), row[cameo],
                   _history(row[history]) if row[history] else (), row[kind], row[country],
                   row[title], row[source])
        for row in rows
    )


class Agent(NamedTuple):
    """A generic role word ("troops", "police", "protesters") with its CAMEO role code."""

    pattern: str
    plural: str
    code: str
    kind: str
    source: str

    def __reduce__(self) -> tuple[Any, ...]:
        return fast_reduce(self)


@_cached
def agents() -> tuple[Agent, ...]:
    return tuple(
        Agent(
            pattern=row["pattern"],
            plural=row["plural"],
            code=row["code"],
            kind=row["kind"],
            source=row["source"],
        )
        for row in _rows("agents.tsv")
    )
