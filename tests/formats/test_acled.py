"""ACLED tables: column contract, round trips, derivations, bad input."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import Actor, Event, FormatError, FuzzyDate, Location
from eventkit.codebooks import acled_sub_event_types
from eventkit.formats import acled

FIXTURES = Path(__file__).parent / "fixtures"
CURRENT = FIXTURES / "acled_all_sub_event_types.csv"
LEGACY = FIXTURES / "acled_legacy_2019_api.csv"

HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
)


def test_columns_are_the_current_acled_header_in_order() -> None:
    assert ",".join(acled.COLUMNS) == HEADER


def test_fixture_covers_every_sub_event_type() -> None:
    found = {event.acled_sub_event_type for event in acled.read(CURRENT)}
    assert found == {record.sub_event_type for record in acled_sub_event_types}


def test_write_read_reproduces_the_fixture_byte_for_byte() -> None:
    buffer = io.StringIO()
    acled.write(acled.read(CURRENT), buffer)
    assert buffer.getvalue() == CURRENT.read_text(encoding="utf-8")


def test_write_to_a_path_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    acled.write(acled.read(CURRENT), target)
    assert target.read_bytes() == CURRENT.read_bytes()


def test_non_ascii_quotes_and_newlines_survive() -> None:
    events = {event.id: event for event in acled.read(CURRENT)}
    assert "\n" in (events["NGA1001"].notes or "")
    assert "北京" in (events["NGA1002"].notes or "")


def test_legacy_layout_reads_numeric_inter_codes_and_text_dates() -> None:
    events = list(acled.read(LEGACY))
    days = [dt.date(2019, 5, 16), dt.date(2018, 2, 16), dt.date(2019, 2, 16), dt.date(2018, 2, 16)]
    assert all(day in event.date for day, event in zip(days, events, strict=False) if event.date)
    assert [event.date.precision for event in events if event.date] == [
        "day", "day", "week", "month"
    ]
    assert events[0].actor2 is not None and events[0].actor2.kind == "militia"
    assert events[0].extra("iso3") == "ETH"
    assert events[0].extra("data_id") == "6580618"


def test_legacy_numeric_codes_are_kept_when_written_again() -> None:
    event = next(iter(acled.read(LEGACY)))
    assert acled.to_row(event)["interaction"] == "13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-02-16", dt.date(2023, 2, 16)),
        ("16 May 2025", dt.date(2025, 5, 16)),
        ("16-February-2018", dt.date(2018, 2, 16)),
        ("16-Feb-19", dt.date(2019, 2, 16)),
        ("16-02-2018", dt.date(2018, 2, 16)),
        # as exports reach users: the API's timestamps, a statistics package's compact date
        ("2021-01-02T00:00:00Z", dt.date(2021, 1, 2)),
        ("2021-01-02 00:00:00", dt.date(2021, 1, 2)),
        ("20201231", dt.date(2020, 12, 31)),
    ],
)
def test_parse_date_reads_every_acled_spelling(text: str, expected: dt.date) -> None:
    assert acled.parse_date(text) == expected


@pytest.mark.parametrize("text", ["20201331", "2021-01-02T25:00", "2021-01-02Tnoon"])
def test_parse_date_refuses_what_is_no_date(text: str) -> None:
    with pytest.raises(FormatError, match="event_date"):
        acled.parse_date(text)


def test_actor_kinds_come_from_inter_codes() -> None:
    kinds = {
        (e.actor1.name, e.actor1.kind) for e in acled.read(CURRENT) if e.actor1 is not None
    }
    assert ("Police Forces of Kenya (2022-)", "police") in kinds
    assert ("Protesters (Kenya)", "protesters") in kinds
    assert ("Fulani Ethnic Militia (Nigeria)", "militia") in kinds


def _event(**changes: object) -> Event:
    values: dict[str, object] = {
        "id": "IRN1",
        "date": FuzzyDate.day(dt.date(2025, 4, 10)),
        "acled_sub_event_type": "Armed clash",
        "actor1": Actor(name="Iranian army", kind="military", country="IRN"),
        "actor2": Actor(name="gunmen", kind="unknown"),
        "location": Location(name="Zahedan", country="IRN", latitude=29.4963,
                             longitude=60.8629, geo_precision=1),
        "fatalities": 2,
    }
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def test_derived_columns_follow_acled() -> None:
    row = acled.to_row(_event())
    assert row["actor1"] == "Military Forces of Iran"
    assert row["actor2"] == "Unidentified Armed Group (Iran)"
    assert (row["inter1"], row["inter2"], row["interaction"]) == (
        "State forces", "Political militia", "State forces-Political militia"
    )
    assert (row["disorder_type"], row["event_type"]) == ("Political violence", "Battles")
    assert (row["iso"], row["region"], row["country"]) == ("364", "Middle East", "Iran")
    assert (row["year"], row["time_precision"], row["geo_precision"]) == ("2025", "1", "1")


def test_state_forces_abroad_are_external_forces() -> None:
    event = _event(actor1=Actor(name="Military Forces of Russia", kind="military", country="RUS"))
    assert acled.to_row(event)["inter1"] == "External/Other forces"


def test_a_peaceful_protest_is_written_without_actor_2() -> None:
    # ACLED codes no second actor for any peaceful protest; the event keeps CAMEO's target
    ministry = Actor(name="Ministry of Health", kind="government", country="KEN")
    event = _event(acled_sub_event_type="Peaceful protest", actor2=ministry)
    row = acled.to_row(event)
    assert (row["actor2"], row["inter2"]) == ("", "")
    assert event.actor2 == ministry


@pytest.mark.parametrize("name", ["armed nomads", "pastoralist militias", "cow vigilantes"])
def test_armed_men_of_a_way_of_life_are_an_identity_militia(name: str) -> None:
    event = _event(actor1=Actor(name=name, kind="militia"))
    assert acled.to_row(event)["inter1"] == "Identity militia"


def test_associated_actors_are_joined_with_semicolon_space() -> None:
    event = _event(associated_actors1=[Actor(name="A"), Actor(name="B")])
    assert acled.to_row(event)["assoc_actor_1"] == "A; B"


def test_month_precision_writes_the_middle_of_the_month() -> None:
    row = acled.to_row(_event(date=FuzzyDate.month(2025, 4)))
    assert (row["event_date"], row["time_precision"]) == ("2025-04-15", "3")


def test_cameo_only_event_gets_a_crosswalked_type() -> None:
    row = acled.to_row(Event(cameo="195"))
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence", "Air/drone strike"
    )


def test_crosswalk_uses_actor_kinds_when_the_code_is_not_enough() -> None:
    civilians = Actor(name="villagers", kind="civilians")
    assert acled.crosswalk(Event(cameo="190", actor2=civilians)) == "Attack"
    assert acled.crosswalk(Event(cameo="190")) == "Armed clash"


def test_crosswalk_rows_name_real_codes() -> None:
    from eventkit.codebooks import cameo_events, read_tsv

    for row in read_tsv("cameo_to_acled.tsv"):
        assert row["cameo_code"] in cameo_events
        assert row["acled_sub_event_type"] in acled_sub_event_types
        assert row["justification"]


def test_spreadsheet_safety_is_off_by_default_and_neutralises_when_asked() -> None:
    event = _event(notes="=HYPERLINK(1)")
    plain, safe = io.StringIO(), io.StringIO()
    acled.write([event], plain)
    acled.write([event], safe, safe_for_spreadsheets=True)
    assert ",=HYPERLINK(1)," in plain.getvalue()
    assert ",'=HYPERLINK(1)," in safe.getvalue()
    assert ",29.4963," in safe.getvalue()  # numbers stay numbers


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
).map(str.strip).filter(bool)


@settings(max_examples=50, deadline=None)
@given(
    sub=st.sampled_from([record.sub_event_type for record in acled_sub_event_types]),
    day=st.dates(dt.date(1997, 1, 1), dt.date(2030, 12, 31)),
    notes=st.one_of(st.none(), _TEXT),
    fatalities=st.integers(0, 10_000),
    name=_TEXT,
)
def test_from_row_inverts_to_row(
    sub: str, day: dt.date, notes: str | None, fatalities: int, name: str
) -> None:
    event = _event(acled_sub_event_type=sub, date=FuzzyDate.day(day), notes=notes,
                   fatalities=fatalities, actor2=Actor(name=name, kind="rebel"))
    again = acled.from_row(acled.to_row(event))
    assert acled.to_row(again) == acled.to_row(event)
    assert (again.acled_sub_event_type, again.date, again.notes, again.fatalities) == (
        sub, FuzzyDate.day(day), notes, fatalities
    )


def _bad(text: str, **kwargs: object) -> FormatError:
    with pytest.raises(FormatError) as caught:
        list(acled.read(io.StringIO(text), **kwargs))  # type: ignore[arg-type]
    return caught.value


def _with(column: str, value: str) -> str:
    rows = list(csv.reader(io.StringIO(CURRENT.read_text(encoding="utf-8"))))
    row = dict(zip(acled.COLUMNS, rows[6], strict=False))
    row[column] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([acled.COLUMNS, list(row.values())])
    return buffer.getvalue()


def test_wrong_header_names_line_1_and_the_missing_column() -> None:
    error = _bad("id,date\n1,2\n")
    assert (error.line, error.column) == (1, "event_date")


def test_missing_field_names_line_and_column() -> None:
    error = _bad(HEADER + "\nX1,2024-01-01\n")
    assert (error.line, error.column) == (2, "year")


@pytest.mark.parametrize(
    ("column", "value"),
    [("event_date", "31/31/2024"), ("fatalities", "many"), ("latitude", "north"),
     ("sub_event_type", "Picnic"), ("inter1", "Wizards"), ("time_precision", "7")],
)
def test_bad_value_names_file_line_and_column(column: str, value: str) -> None:
    error = _bad(_with(column, value))
    assert (error.line, error.column) == (2, column)


def test_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(_with("fatalities", "x"), encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        list(acled.read(path))
    assert caught.value.file == str(path)


def test_collect_keeps_going_and_lists_each_skipped_row() -> None:
    good = CURRENT.read_text(encoding="utf-8")
    text = good + _with("fatalities", "x").split("\n", 1)[1]
    reader = acled.read(io.StringIO(text), errors="collect")
    events = list(reader)
    assert len(events) == 25
    assert [(error.line, error.column) for error in reader.errors] == [(28, "fatalities")]


def test_skip_warns_for_each_skipped_row() -> None:
    from eventkit import EventkitWarning

    reader = acled.read(io.StringIO(_with("fatalities", "x")), errors="skip")
    with pytest.warns(EventkitWarning, match="EK201"):
        assert list(reader) == []
    assert len(reader.errors) == 1


def _rows() -> list[dict[str, str]]:
    with CURRENT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_from_row_reads_columns_in_any_order() -> None:
    row = _rows()[3]
    event = acled.from_row(row)
    again = acled.from_row(dict(reversed(row.items())))
    assert sorted(again.extras) == sorted(event.extras)  # extras follow the row's order
    assert attrs.evolve(again, extras=event.extras) == event


def test_an_absent_inter_column_is_not_an_empty_one() -> None:
    row = _rows()[0]  # Military Forces of Nigeria (2023-), State forces
    absent = {name: value for name, value in row.items() if name not in ("inter1", "inter2")}
    empty = {**row, "inter1": "", "inter2": ""}
    for _ in range(2):  # the second time from the caches
        events = [acled.from_row(mapping) for mapping in (row, absent, empty)]
        kinds = [event.actor1.kind for event in events if event.actor1 is not None]
        assert kinds == ["military", "militia", "unknown"]  # inter 1, default 3, 0


def test_rows_with_the_same_cells_share_their_actors_places_and_dates() -> None:
    first, second = list(acled.read(CURRENT)), list(acled.read(CURRENT))
    assert first == second
    assert all(a.actor1 is b.actor1 and a.location is b.location and a.date is b.date
               for a, b in zip(first, second, strict=True))


def test_written_cells_never_come_from_an_object_that_is_gone() -> None:
    # Written cells are cached by object identity: a new object at a freed address must not
    # get the cells of the old one.
    for number in range(200):
        event = _event(
            date=FuzzyDate.day(dt.date(2000, 1, 1) + dt.timedelta(days=number)),
            actor1=Actor(name=f"Group {number}", kind="rebel"),
            location=Location(name=f"Place {number}", country="KEN", latitude=number / 10,
                              longitude=1.0),
        )
        row = acled.to_row(event)
        assert (row["event_date"], row["actor1"], row["location"], row["latitude"]) == (
            str(event.date), f"Group {number}", f"Place {number}", f"{number / 10:.4f}"
        )


def test_reading_from_many_threads_gives_the_same_events() -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = list(acled.read(CURRENT)) + list(acled.read(LEGACY))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(
            lambda _: list(acled.read(CURRENT)) + list(acled.read(LEGACY)), range(8)
        ))
    assert all(result == expected for result in results)


def test_admin1_is_written_as_acled_spells_it() -> None:
    from eventkit.formats._countries import acled_admin1

    assert acled_admin1("SYR", "Hasakah") == "Al Hasakeh"  # OCHA's spelling, by any name
    assert acled_admin1("SDN", "Northern Darfur") == "North Darfur"  # GeoNames' variant
    assert acled_admin1("COD", "Nord-Kivu") == "Nord-Kivu"  # a name the text gave stays
    assert acled_admin1("UGA", "Kagadi district") == "Kagadi"
    assert acled_admin1("PSE", "Gaza", "PS-GZA") == "Gaza Strip"  # ACLED's two regions
    assert acled_admin1("KEN", "Nairobi City", "KE-30") == "Nairobi"
    assert acled_admin1("IDN", "Kepulauan Bangka Belitung", "ID-BB") == "Bangka-Belitung"
    # GeoNames' Arabic rank word ("governorate of Kirkuk") is no part of the name
    assert acled_admin1("IRQ", "Muhafazat Kirkuk") == "Kirkuk"
    assert acled_admin1("SYR", "Muhafazat Halab") == "Aleppo"
    assert acled_admin1("NGA", "Nowhere Land") == "Nowhere Land"
    assert acled_admin1(None, "Kano") == "Kano"


@pytest.mark.parametrize(("country", "admin1", "code", "acled_spelling"), [
    # as ACLED's own rows of 2020-2024 write them
    ("COD", "North Kivu", "CD-NK", "Nord-Kivu"),
    ("IRQ", "Basra", None, "Al Basrah"),
    ("IRQ", "Qadisiyah", None, "Al Qadissiya"),
    ("IRQ", "Maysan", None, "Maysan"),
    ("IRQ", "Babylon", None, "Babil"),
    ("YEM", "Shabwa", None, "Shabwah"),
    ("YEM", "Taiz", None, "Taizz"),
    ("PHL", "Western Visayas (Region VI)", None, "Western Visayas"),
    ("PHL", "Autonomous Region in Muslim Mindanao", None,
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("IDN", "Sulawesi Barat", None, "West Sulawesi"),
])
def test_admin1_as_acled_spells_it(
    country: str, admin1: str, code: str | None, acled_spelling: str
) -> None:
    from eventkit.formats._countries import acled_admin1

    assert acled_admin1(country, admin1, code) == acled_spelling


@pytest.mark.parametrize(
    ("name", "admin2", "admin1"),
    [
        ("Kunlong", None, "Shan-North"),
        ("Pang Chin", "Namtu Township", "Shan-North"),
        ("Mongpan", None, "Shan-South"),
        ("Tachileik", None, "Shan-East"),
        ("Taungoo", None, "Bago-East"),
        ("Pyay", None, "Bago-West"),
        ("Mystery village", None, "Shan"),  # no part known: the region as the gazetteer has it
    ],
)
def test_acled_writes_shan_and_bago_in_parts(name: str, admin2: str | None, admin1: str) -> None:
    region, code = ("Bago", "MM-02") if admin1.startswith("Bago") else ("Shan", "MM-17")
    location = Location(name=name, country="MMR", admin1=region, admin2=admin2, iso3166_2=code)
    event = Event(cameo="190", location=location)
    assert acled.to_row(event)["admin1"] == admin1
