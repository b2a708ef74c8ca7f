"""GDELT event tables: 2.0 and 1.0 layouts, decomposition, round trips, bad input."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import Actor, Event, FormatError, FuzzyDate, Location
from eventkit.formats import gdelt

FIXTURES = Path(__file__).parent / "fixtures"
V2 = FIXTURES / "gdelt2_spark_gdelt.export.CSV"
V1 = FIXTURES / "gdelt1_spark_gdelt.export.CSV"
HANDMADE = FIXTURES / "gdelt2_handmade.export.CSV"


def test_columns_pin_the_61_gdelt_2_columns() -> None:
    assert len(gdelt.COLUMNS) == 61
    assert gdelt.COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert gdelt.COLUMNS[25:31] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"
    )
    assert gdelt.COLUMNS[51:] == (
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    )


def test_columns_v1_drop_the_adm2_codes() -> None:
    assert len(gdelt.COLUMNS_V1) == 58
    assert not [name for name in gdelt.COLUMNS_V1 if "ADM2" in name]


@pytest.mark.parametrize(("path", "version"), [(V2, 2), (HANDMADE, 2), (V1, 1)])
def test_write_read_reproduces_real_rows(path: Path, version: int) -> None:
    buffer = io.StringIO()
    gdelt.write(gdelt.read(path), buffer, version=version)  # type: ignore[arg-type]
    assert buffer.getvalue() == path.read_text(encoding="utf-8")


def test_handmade_fixture_covers_every_quad_class() -> None:
    assert {event.quad_class for event in gdelt.read(HANDMADE)} == {1, 2, 3, 4}


def test_geo_country_codes_are_fips_converted_to_iso() -> None:
    event = list(gdelt.read(V2))[2]
    assert event.location is not None
    assert event.location.country == "PRK"  # GDELT writes FIPS "KN"
    assert gdelt.to_row(event)["ActionGeo_CountryCode"] == "KN"


def test_actor_codes_are_decomposed() -> None:
    assert gdelt.decompose("USAGOV") == ("USA", "", "", "", "", "GOV", "", "")
    assert gdelt.decompose("nepGOV")[2] == "nep"


def test_quad_class_and_goldstein_come_from_the_codebook() -> None:
    row = gdelt.to_row(Event(cameo="1823"))
    assert (row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("182", "18", "4")
    assert row["GoldsteinScale"] == "-10.0"


def test_dates_are_written_as_gdelt_writes_them() -> None:
    row = gdelt.to_row(Event(date=FuzzyDate.day(dt.date(2008, 3, 25))))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"], row["FractionDate"]) == (
        "20080325", "200803", "2008", "2008.2329"
    )


def test_version_1_rows_are_read() -> None:
    events = list(gdelt.read(V1))
    assert events[2].cameo == "190"
    assert events[2].location is not None and events[2].location.country == "RUS"


def test_a_tab_in_a_value_is_an_error_not_a_corrupt_file() -> None:
    event = Event(actor1=Actor(name="A\tB"))
    with pytest.raises(FormatError) as caught:
        gdelt.write([event], io.StringIO())
    assert caught.value.column == "Actor1Name"


def test_fatalities_are_none_for_gdelt() -> None:
    assert all(event.fatalities is None for event in gdelt.read(V2))


def _line(**changes: str) -> str:
    cells = V2.read_text(encoding="utf-8").split("\n")[0].split("\t")
    for name, value in changes.items():
        cells[gdelt.COLUMNS.index(name)] = value
    return "\t".join(cells) + "\n"


@pytest.mark.parametrize(
    ("column", "value"),
    [("SQLDATE", "2008-03-25"), ("EventCode", "999"), ("NumMentions", "four"),
     ("ActionGeo_Lat", "x"), ("AvgTone", "calm")],
)
def test_bad_value_names_line_and_column(column: str, value: str) -> None:
    text = V2.read_text(encoding="utf-8") + _line(**{column: value})
    with pytest.raises(FormatError) as caught:
        list(gdelt.read(io.StringIO(text)))
    assert (caught.value.line, caught.value.column) == (6, column)


def test_wrong_width_is_an_error() -> None:
    with pytest.raises(FormatError, match="expected 61 fields"):
        list(gdelt.read(io.StringIO("1\t2\t3\n")))


def test_collect_reports_each_skipped_row() -> None:
    text = _line(SQLDATE="x") + V2.read_text(encoding="utf-8") + _line(EventCode="999")
    reader = gdelt.read(io.StringIO(text), errors="collect")
    assert len(list(reader)) == 5
    assert [(e.line, e.column) for e in reader.errors] == [(1, "SQLDATE"), (7, "EventCode")]


_NAME = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF,
                                       blacklist_characters="\t\x7f"), max_size=15)


@settings(max_examples=50, deadline=None)
@given(
    code=st.sampled_from(["010", "043", "062", "112", "1823", "193", "195", "204"]),
    day=st.dates(dt.date(1979, 1, 1), dt.date(2030, 12, 31)),
    name=_NAME.map(str.strip).filter(bool),
    lat=st.floats(-90, 90, allow_nan=False),
)
def test_from_row_inverts_to_row(code: str, day: dt.date, name: str, lat: float) -> None:
    event = Event(
        id="7", cameo=code, date=FuzzyDate.day(day),
        actor1=Actor(name=name.upper(), cameo="IRNMIL", kind="military", country="IRN"),
        location=Location(name=name, country="IRN", latitude=lat, longitude=1.5,
                          kind="WORLDCITY", geo_precision=1),
    )
    again = gdelt.from_row(gdelt.to_row(event))
    assert gdelt.to_row(again) == gdelt.to_row(event)
    assert (again.cameo, again.date, again.location) == (code, event.date, event.location)


def test_a_row_without_an_id_gets_the_content_id_and_round_trips() -> None:
    line = _line(GLOBALEVENTID="")
    event = next(iter(gdelt.read(io.StringIO(line))))
    assert event.id.startswith("ev-") and event.extra("GLOBALEVENTID") == ""
    buffer = io.StringIO()
    gdelt.write([event], buffer)
    assert buffer.getvalue() == line


def test_counts_and_tone_are_kept_in_extras() -> None:
    event = next(iter(gdelt.read(V2)))
    row = V2.read_text(encoding="utf-8").split("\n")[0].split("\t")
    for name in ("NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED"):
        assert event.extra(name) == row[gdelt.COLUMNS.index(name)]


def test_from_row_reads_a_version_1_mapping_as_read_does() -> None:
    lines = V1.read_text(encoding="utf-8").splitlines()
    for line, event in zip(lines, gdelt.read(V1), strict=True):
        cells = line.split("\t")
        assert gdelt.from_row(dict(zip(gdelt.COLUMNS_V1, cells, strict=False))) == event


def test_events_with_the_same_url_share_their_source() -> None:
    first, second = list(gdelt.read(V2)), list(gdelt.read(V2))
    assert first == second
    assert all(a.source is b.source for a, b in zip(first, second, strict=True))


def test_written_cells_never_come_from_an_object_that_is_gone() -> None:
    # Written cells are cached by object identity: a new object at a freed address must not
    # get the cells of the old one.
    for number in range(200):
        event = Event(
            id=str(number), cameo="190",
            date=FuzzyDate.day(dt.date(2000, 1, 1) + dt.timedelta(days=number)),
            actor1=Actor(name=f"Group {number}", cameo="IRNMIL"),
            location=Location(name=f"Place {number}", latitude=number / 10, longitude=1.0),
        )
        row = gdelt.to_row(event)
        assert (row["SQLDATE"], row["Actor1Name"], row["ActionGeo_FullName"]) == (
            str(event.date).replace("-", ""), f"GROUP {number}", f"Place {number}"
        )
        assert row["ActionGeo_Lat"] == str(number / 10)


def test_an_agent_with_an_unknown_owner_reads_back() -> None:
    event = Event(cameo="112", actor1=Actor(name="x", kind="government", cameo="---GOV"))
    buffer = io.StringIO()
    gdelt.write([event], buffer)
    (back,) = list(gdelt.read(io.StringIO(buffer.getvalue())))
    assert back.actor1 is not None and back.actor1.cameo == "---GOV"
