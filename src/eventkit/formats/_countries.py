"""Country codes the table formats need: ISO alpha-3 <-> ISO numeric, FIPS 10-4 (GDELT's geo
fields), ACLED's country names and regions.

Read lazily from the gazetteer's ``countries.tsv`` when it is installed, else from this
package's ``data/fips.tsv``; pycountry fills what both lack. ACLED's spellings of country
names are kept in `ACLED_NAMES` and win over either table.
"""

from __future__ import annotations

import csv
import functools
import threading
from importlib import resources

import pycountry

from ..codebooks import acled_regions

__all__ = [
    "ACLED_ADMIN1",
    "ACLED_NAMES",
    "acled_admin1",
    "acled_name",
    "acled_region",
    "fips_to_iso3",
    "iso3_from_acled_name",
    "iso3_from_numeric",
    "iso3_to_fips",
    "iso_numeric",
]

#: ISO alpha-3 -> the country name as ACLED writes it.
ACLED_NAMES: dict[str, str] = {
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "CIV": "Ivory Coast",
    "CZE": "Czech Republic", "SWZ": "eSwatini", "CPV": "Cape Verde", "PSE": "Palestine",
    "TLS": "East Timor", "VAT": "Vatican City", "MKD": "North Macedonia", "GMB": "Gambia",
    "BHS": "Bahamas", "BES": "Caribbean Netherlands", "MAC": "Macau", "XKX": "Kosovo",
    "FSM": "Micronesia", "STP": "Sao Tome and Principe", "TUR": "Turkey", "IRN": "Iran",
    "RUS": "Russia", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos",
    "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova",
    "TWN": "Taiwan", "BRN": "Brunei", "USA": "United States", "GBR": "United Kingdom",
}

#: ISO 3166-2 code -> the first-level region's name as ACLED writes it, where it differs from
#: the gazetteer's English press name (ACLED follows the humanitarian (OCHA) spellings for
#: Syria and Yemen, French names for Cameroon); written from general knowledge of the names.
ACLED_ADMIN1: dict[str, str] = {
    "SY-HA": "Al Hasakeh", "SY-RA": "Ar Raqqa", "SY-SU": "As-Sweida", "SY-ID": "Idleb",
    "SY-LA": "Lattakia", "SY-DR": "Dara", "SY-DY": "Deir-ez-Zor", "SY-RD": "Rural Damascus",
    "SY-TA": "Tartous",
    "CM-AD": "Adamaoua", "CM-CE": "Centre", "CM-EN": "Extreme-Nord", "CM-ES": "Est",
    "CM-NO": "Nord", "CM-NW": "Nord-Ouest", "CM-OU": "Ouest", "CM-SU": "Sud",
    "CM-SW": "Sud-Ouest",
    "YE-SD": "Sadah", "YE-SU": "Suqutra", "YE-HU": "Al Hudaydah", "YE-SA": "Amanat al Asimah",
    "YE-DA": "Ad Dali", "YE-BA": "Al Bayda", "YE-HD": "Hadramawt", "YE-JA": "Al Jawf",
    "YE-MR": "Al Mahrah", "YE-MW": "Al Mahwit", "YE-SN": "Sanaa", "YE-SH": "Shabwah",
    "YE-TA": "Taizz",
    "SD-GZ": "Al Jazirah", "ET-SN": "Southern Nations", "SA-09": "Jizan",
    "IL-D": "HaDarom", "IL-Z": "HaZafon", "IL-M": "HaMerkaz", "IL-HA": "Haifa",
    "IL-JM": "Jerusalem", "IL-TA": "Tel Aviv",
    "SO-SH": "Lower Shabelle", "SO-SD": "Middle Shabelle", "SO-HI": "Hiraan",
    "NG-FC": "Federal Capital Territory", "TG-M": "Maritime", "BD-B": "Chittagong",
    "BD-A": "Barisal", "UA-30": "Kyiv City", "LK-1": "Western", "LK-2": "Central",
    "LK-3": "Southern", "LK-4": "Northern", "LK-5": "Eastern", "LK-6": "North Western",
    "LK-7": "North Central", "LK-8": "Uva", "LK-9": "Sabaragamuwa", "KE-30": "Nairobi",
    "MW-N": "Northern", "MW-C": "Central", "MW-S": "Southern",
    "CD-NK": "Nord-Kivu", "CD-SK": "Sud-Kivu", "CF-MP": "Ombella-M'Poko",
    "CF-KB": "Nana-Grebizi", "CF-SE": "Sangha-Mbaere", "CF-HS": "Mambere-Kadei",
    "CF-KG": "Kemo", "TD-ND": "N'Djamena", "TD-MO": "Mayo-Kebbi Ouest",
    "TD-ME": "Mayo-Kebbi Est",
    "TT-TUP": "Tunapuna/Piarco", "LB-JA": "South", "LB-AS": "North", "LB-NA": "Al Nabatieh",
    # Iraq as ACLED's exports of 2024 write it
    "IQ-BA": "Al Basrah", "IQ-QA": "Al Qadissiya", "IQ-NI": "Ninewa", "IQ-SD": "Salah Al Din",
    "IQ-DQ": "Thi Qar", "IQ-WA": "Wassit", "IQ-KA": "Kerbala", "IQ-MA": "Maysan",
    "IQ-BB": "Babil", "IQ-AR": "Erbil", "IQ-SU": "Al Sulaymaniyah", "IQ-DA": "Duhok",
    "IQ-MU": "Al Muthanna", "IQ-AN": "Al Anbar",
    # Egypt, Jordan, Bahrain and Saudi Arabia as ACLED's exports of 2024-25 write them (Egypt's
    # Cairo, Dakahlia, Fayoum, Gharbia, Port Said, Qena and the Sinais, Jordan's Amman, Irbid
    # and Madaba, Ar Riyadh seen in exports; the rest the
    # English names of the same style)
    "EG-DK": "Dakahlia", "EG-FYM": "Fayoum", "EG-GH": "Gharbia", "EG-PTS": "Port Said",
    "EG-KN": "Qena", "EG-BH": "Beheira", "EG-BNS": "Beni Suef",
    "EG-DT": "Damietta", "EG-IS": "Ismailia", "EG-KB": "Qalyubia", "EG-KFS": "Kafr El Sheikh",
    "EG-LX": "Luxor", "EG-MN": "Minya", "EG-MNF": "Monufia", "EG-SHG": "Sohag",
    "EG-SHR": "Sharqia", "EG-SUZ": "Suez", "EG-WAD": "New Valley", "EG-MT": "Matrouh",
    "JO-AM": "Amman", "JO-AQ": "Aqaba", "JO-AZ": "Zarqa", "JO-BA": "Balqa", "JO-KA": "Karak",
    "JO-MA": "Mafraq", "JO-AJ": "Ajloun", "JO-AT": "Tafilah", "JO-JA": "Jerash", "JO-MN": "Maan",
    "BH-15": "Muharraq",  # (not Bahrain's "Northern", "Southern", "Capital": every name
    # here is also a name to find in text, and those are any country's words)
    "SA-01": "Ar Riyadh",
    # Iran's provinces in English
    "IR-14": "Chaharmahal and Bakhtiari", "IR-17": "Kohgiluyeh and Boyer-Ahmad",
    "IR-28": "North Khorasan", "IR-29": "South Khorasan",
    # the Philippines' regions without their numbers
    "PH-01": "Ilocos", "PH-02": "Cagayan Valley", "PH-03": "Central Luzon", "PH-05": "Bicol",
    "PH-06": "Western Visayas", "PH-07": "Central Visayas", "PH-08": "Eastern Visayas",
    "PH-09": "Zamboanga Peninsula", "PH-10": "Northern Mindanao", "PH-11": "Davao",
    "PH-12": "Soccsksargen", "PH-13": "Caraga",
    "PH-14": "Bangsamoro Autonomous Region in Muslim Mindanao",
    "PH-15": "Cordillera Administrative Region", "PH-40": "Calabarzon", "PH-41": "Mimaropa",
    # Indonesia's provinces in English, as ACLED and the English press write them
    "ID-SU": "North Sumatra", "ID-SB": "West Sumatra", "ID-SS": "South Sumatra",
    "ID-KR": "Riau Islands", "ID-BB": "Bangka-Belitung", "ID-JB": "West Java",
    "ID-JT": "Central Java", "ID-JI": "East Java", "ID-JK": "Jakarta",
    "ID-NB": "West Nusa Tenggara", "ID-NT": "East Nusa Tenggara", "ID-KB": "West Kalimantan",
    "ID-KT": "Central Kalimantan", "ID-KS": "South Kalimantan", "ID-KI": "East Kalimantan",
    "ID-KU": "North Kalimantan", "ID-SA": "North Sulawesi", "ID-ST": "Central Sulawesi",
    "ID-SN": "South Sulawesi", "ID-SG": "Southeast Sulawesi", "ID-SR": "West Sulawesi",
    "ID-MU": "North Maluku", "ID-PB": "West Papua", "ID-PD": "Southwest Papua",
    "ID-PS": "South Papua", "ID-PT": "Central Papua", "ID-PE": "Highland Papua",
    # ACLED's Palestine has two regions; the governorates are its second level
    **dict.fromkeys(("PS-DEB", "PS-GZA", "PS-KYS", "PS-NGZ", "PS-RFH"), "Gaza Strip"),
    **dict.fromkeys(("PS-BTH", "PS-HBN", "PS-JEM", "PS-JEN", "PS-JRH", "PS-NBS", "PS-QQA",
                     "PS-RBH", "PS-SLT", "PS-TBS", "PS-TKM"), "West Bank"),
}

# Other spellings met in older ACLED files and elsewhere, read only.
_READ_ALIASES: dict[str, str] = {
    "democratic republic of the congo": "COD", "drc": "COD", "republic of the congo": "COG",
    "congo": "COG", "cote d'ivoire": "CIV", "côte d'ivoire": "CIV", "swaziland": "SWZ",
    "czechia": "CZE", "eswatini": "SWZ", "palestinian territory": "PSE", "myanmar (burma)": "MMR",
    "burma": "MMR", "timor-leste": "TLS", "macedonia": "MKD", "the gambia": "GMB",
    "cabo verde": "CPV", "türkiye": "TUR", "turkiye": "TUR", "united states of america": "USA",
}

_lock = threading.Lock()
_tables: _Tables | None = None


class _Tables:
    def __init__(self) -> None:
        self.numeric: dict[str, str] = {}
        self.by_numeric: dict[str, str] = {}
        self.fips: dict[str, str] = {}
        self.by_fips: dict[str, str] = {}
        self.name: dict[str, str] = {}
        self.region: dict[str, str] = {}
        self.by_name: dict[str, str] = {}


def _rows() -> list[dict[str, str]]:
    try:
        data = resources.files("eventkit.gazetteer").joinpath("data").joinpath("countries.tsv")
        if data.is_file():
            with data.open("r", encoding="utf-8") as handle:
                return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (ModuleNotFoundError, OSError, TypeError):  # pragma: no cover - gazetteer not installed
        pass
    data = resources.files("eventkit.formats").joinpath("data").joinpath("fips.tsv")
    with data.open("r", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _build() -> _Tables:
    tables = _Tables()
    for country in pycountry.countries:
        iso3 = country.alpha_3
        tables.numeric[iso3] = str(int(country.numeric))
        tables.name[iso3] = getattr(country, "common_name", None) or country.name
    for row in _rows():
        iso3 = (row.get("iso3") or "").strip().upper()
        if not iso3:
            continue
        numeric = (row.get("iso_numeric") or "").strip()
        if numeric and iso3 not in tables.numeric:
            tables.numeric[iso3] = str(int(numeric))
        fips = (row.get("fips") or "").strip().upper()
        if fips:
            tables.fips[iso3] = fips
            tables.by_fips.setdefault(fips, iso3)
        name = (row.get("acled_name") or row.get("name") or "").strip()
        if name:
            tables.name[iso3] = name
        region = (row.get("acled_region") or "").strip()
        if region.isdigit():  # the gazetteer gives ACLED's region number
            record = acled_regions.get(region)
            region = record.name if record is not None else ""
        if region:
            tables.region[iso3] = region
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                tables.by_name.setdefault(alias.strip().casefold(), iso3)
    tables.name.update(ACLED_NAMES)
    tables.numeric.setdefault("XKX", "0")
    for iso3, numeric in tables.numeric.items():
        tables.by_numeric.setdefault(numeric, iso3)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                tables.by_name.setdefault(value.casefold(), country.alpha_3)
    for iso3, name in tables.name.items():
        tables.by_name[name.casefold()] = iso3
    tables.by_name.update(_READ_ALIASES)
    return tables


def _get() -> _Tables:
    global _tables
    tables = _tables
    if tables is None:
        with _lock:
            if _tables is None:
                _tables = _build()
            tables = _tables
    return tables


def acled_name(iso3: str) -> str | None:
    """ACLED's name of a country: ``acled_name("COD") == "Democratic Republic of Congo"``."""
    return _get().name.get(iso3)


def acled_admin1(country: str | None, admin1: str | None, code: str | None = None) -> str | None:
    """ACLED's spelling of a first-level region, known by its ISO 3166-2 code or by any of
    the gazetteer's names of it: ``acled_admin1("SYR", "Hasakah") == "Al Hasakeh"``; the
    name as given when ACLED spells it so too, or it is unknown."""
    if code in ACLED_ADMIN1:
        return ACLED_ADMIN1[code]
    if not admin1 or not country:
        return admin1
    exact, folded = _admin1_names()
    words = admin1.lower().split()
    if (country, admin1.lower()) in exact and (
        not _RANK_WORDS.intersection(words) or any(word.isdigit() for word in words)
    ):
        # a name the text or gazetteer gave as such (Nepal's "Province 2": a rank word and
        # a number are the name)
        return exact[(country, admin1.lower())]
    return folded.get((country, _fold(admin1)), admin1)


@functools.cache
def _admin1_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(country, a region's name or alias in lower case) -> ACLED's name of it if
    `ACLED_ADMIN1` has it, else the spelling itself; and (country, folded name) -> ACLED's
    name, else the gazetteer's ("Northern Darfur", GeoNames' spelling, is "North Darfur";
    "Kagadi district" is "Kagadi")."""
    from ..gazetteer import subdivisions  # (loaded on first use, not at import)

    exact: dict[tuple[str, str], str] = {}
    table: dict[tuple[str, str], str] = {}
    # first-level regions first: a district named like its division ("Chattogram") is not the
    # one an admin1 name means
    for record in sorted(subdivisions(), key=lambda record: bool(record.parent)):
        name = ACLED_ADMIN1.get(record.code, record.name)
        for spelling in (record.name, *record.aliases):
            exact.setdefault((record.country, spelling.lower()),
                             ACLED_ADMIN1.get(record.code, spelling))
            table.setdefault((record.country, _fold(spelling)), name)
    return exact, table


#: ACLED splits two of Myanmar's regions as the humanitarian (MIMU) coding does: Shan State
#: into Shan-North, Shan-South and Shan-East, Bago Region into Bago-East and Bago-West, by
#: district. Districts and the townships most named in conflict reports, by part; written from
#: general knowledge of Myanmar's administrative divisions.
ACLED_REGION_PARTS: dict[str, dict[str, str]] = {
    "MM-17": {
        **dict.fromkeys(
            "lashio kyaukme muse kunlong laukkaing laukkai hopang mongmit matman hsipaw namtu "
            "manton namhsan namhkan kutkai mabein nawnghkio tangyan mongyai hseni monglon "
            "mongmao pangsang konkyan chinshwehaw".split(), "Shan-North"),
        **dict.fromkeys(
            "taunggyi loilen langkho hopong hsihseng laihka mongkaing kunhing kyethi mongnai "
            "mongpan mawkmai pekon pinlaung nyaungshwe kalaw ywangan pindaya lawksawk "
            "namsang".split(), "Shan-South"),
        **dict.fromkeys(
            "kengtung kyaingtong monghsat tachileik mongphyat mongla monghpyak mongton "
            "mongyang mongkhet mongping".split(), "Shan-East"),
    },
    "MM-02": {
        **dict.fromkeys("bago pegu taungoo toungoo kyaukkyi shwegyin daik-u nyaunglebin "
                        "waw kawa thanatpin oktwin htantabin yedashe phyu".split(), "Bago-East"),
        **dict.fromkeys("pyay prome thayarwady tharrawaddy paungde shwedaung paukkhaung "
                        "nattalin letpadan minhla okpho gyobingauk zigon monyo "
                        "thegon".split(), "Bago-West"),
    },
}


def acled_region_part(code: str | None, *names: str | None) -> str | None:
    """ACLED's part of a region it splits, known by the district or township among ``names``
    (a place's name and its second and third levels): ``acled_region_part("MM-17",
    "Kunlong") == "Shan-North"``."""
    parts = ACLED_REGION_PARTS.get(code or "")
    if not parts:
        return None
    for name in names:
        if name:
            # ("Mong Pan township": the parts' keys are written as one word, "mongpan")
            key = "".join(name.lower().replace(" district", "").replace(" township", "").split())
            if key in parts:
                return parts[key]
    return None


def _fold(name: str) -> str:
    """A region's name as the gazetteer compares spellings ("Northern Darfur" and "North
    Darfur State" fold alike), also without an Arabic article or "city", and with one of each
    doubled letter ("Shabeelle" and "Shabelle")."""
    from ..gazetteer import region_key

    folded = " ".join(w for w in region_key(name).split() if w not in _ALSO_DROPPED)
    return "".join(c for i, c in enumerate(folded) if not i or c != folded[i - 1])


# (and the Arabic rank words GeoNames' regions begin with: "Muhafazat Kirkuk")
_ALSO_DROPPED = frozenset({"al", "as", "ar", "ad", "city", "muhafazat", "muhafazah",
                           "wilayat", "wilayah"})
# A given spelling with one of these is no name of its own ("Kagadi district").
_RANK_WORDS = frozenset({"governorate", "province", "region", "state", "district", "city"})


def acled_region(iso3: str) -> str | None:
    """The ACLED region of a country (``"Eastern Africa"``), or None."""
    return _get().region.get(iso3)


def iso_numeric(iso3: str) -> str | None:
    """ISO 3166 numeric code without leading zeros, as ACLED writes it (``"4"`` for AFG)."""
    return _get().numeric.get(iso3)


def iso3_from_numeric(code: str) -> str | None:
    """ISO alpha-3 of an ISO numeric code (``"231"`` or ``"004"``)."""
    try:
        return _get().by_numeric.get(str(int(code)))
    except ValueError:
        return None


def iso3_to_fips(iso3: str) -> str | None:
    """FIPS 10-4 code of a country (``"IR"`` for IRN), or None."""
    return _get().fips.get(iso3)


def fips_to_iso3(fips: str) -> str | None:
    """ISO alpha-3 of a FIPS 10-4 country code, or None."""
    return _get().by_fips.get(fips.upper())


def iso3_from_acled_name(name: str) -> str | None:
    """ISO alpha-3 of a country name in ACLED's (or a common) spelling, or None."""
    return _get().by_name.get(name.strip().casefold())
