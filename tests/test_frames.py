"""eventkit.frames: events as DataFrames, Arrow tables and Parquet files, and back."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventkit
from eventkit import frames
from eventkit.testing import events as event_strategy

pd = pytest.importorskip("pandas")

IRAN = eventkit.Actor(name="Iran", kind="state", country="IRN", cameo="IRN")
ARMENIA = eventkit.Actor(name="Armenia", kind="state", country="ARM", cameo="ARM")
YEREVAN = eventkit.Location(name="Yerevan", country="ARM", admin1="Yerevan",
                            latitude=40.18, longitude=44.51)


def drill(**changes: object) -> eventkit.Event:
    fields: dict[str, object] = {
        "date": eventkit.FuzzyDate.day(dt.date(2025, 4, 9)),
        "cameo": "062",
        "acled_sub_event_type": "Other",
        "plover": "COOPERATE",
        "actor1": IRAN,
        "actor2": ARMENIA,
        "location": YEREVAN,
        "fatalities": 0,
        "evidence": [eventkit.Span(start=0, end=8, label="trigger", text="exercise")],
        "sources": [eventkit.Source(url="https://example.org/a")],
        "rule": "trigger:t-joint-military-exercise",
    }
    fields.update(changes)
    return eventkit.Event(**fields)  # type: ignore[arg-type]


def test_to_pandas_has_the_documented_columns_in_order() -> None:
    assert tuple(frames.to_pandas([drill()]).columns) == frames.COLUMNS


def test_dates_are_datetimes() -> None:
    frame = frames.to_pandas([drill()])
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert frame["date"][0] == pd.Timestamp("2025-04-09")


def test_a_month_is_placed_on_its_middle_with_its_bounds_alongside() -> None:
    row = frames.to_pandas([drill(date=eventkit.FuzzyDate.month(2025, 3))]).iloc[0]
    assert (row["date"], row["date_start"], row["date_end"], row["date_precision"]) == (
        pd.Timestamp("2025-03-16"), pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-31"),
        "month",
    )


def test_unreported_fatalities_are_missing_not_zero() -> None:
    frame = frames.to_pandas([drill(fatalities=None), drill(fatalities=0)])
    assert str(frame["fatalities"].dtype) == "Int64"
    assert frame["fatalities"].isna().tolist() == [True, False]


def test_codes_are_categoricals() -> None:
    frame = frames.to_pandas([drill()])
    for name in ("cameo", "plover", "acled_event_type", "date_precision", "modality"):
        assert isinstance(frame[name].dtype, pd.CategoricalDtype), name


def test_modality_categories_are_every_modality() -> None:
    frame = frames.to_pandas([drill()])
    assert tuple(frame["modality"].cat.categories) == eventkit._models.MODALITIES


def test_derived_cameo_fields_are_filled() -> None:
    row = frames.to_pandas([drill()]).iloc[0]
    assert (row["cameo_root"], row["quad_class"], row["goldstein"]) == ("06", 2, 7.4)


def test_evidence_is_the_trigger_text() -> None:
    assert frames.to_pandas([drill()])["evidence"][0] == "exercise"


def test_an_extraction_is_accepted_for_its_events() -> None:
    article = eventkit.Article(text="exercise")
    extraction = eventkit.Extraction(article=article, events=[drill()])
    assert len(frames.to_pandas(extraction)) == 1


def test_an_empty_list_gives_an_empty_frame_with_the_columns() -> None:
    frame = frames.to_pandas([])
    assert frame.empty and tuple(frame.columns) == frames.COLUMNS


def test_from_pandas_rebuilds_what_the_columns_carry() -> None:
    event = drill(evidence=())
    assert frames.from_pandas(frames.to_pandas([event])) == [event]


def test_from_pandas_drops_evidence_offsets() -> None:
    (back,) = frames.from_pandas(frames.to_pandas([drill()]))
    assert back.evidence == () and back.id == drill().id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event_strategy(), max_size=3))
def test_a_table_survives_a_round_trip_through_events(events: list[eventkit.Event]) -> None:
    frame = frames.to_pandas(events).drop(columns="evidence")
    again = frames.to_pandas(frames.from_pandas(frame)).drop(columns="evidence")
    pd.testing.assert_frame_equal(frame, again)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"eventkit\[pandas\]"):
        frames.to_pandas([drill()])


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"eventkit\[arrow\]"):
        frames.to_arrow([drill()])


class TestArrow:
    pa = pytest.importorskip("pyarrow")

    def test_types_are_date32_dictionary_and_nullable_ints(self) -> None:
        schema = frames.to_arrow([drill()]).schema
        pa = self.pa
        assert schema.field("date").type == pa.date32()
        assert schema.field("cameo").type == pa.dictionary(pa.int32(), pa.string())
        assert schema.field("quad_class").type == pa.int8()
        assert schema.field("fatalities").type == pa.int64()

    def test_columns_match_pandas(self) -> None:
        assert tuple(frames.to_arrow([drill()]).column_names) == frames.COLUMNS

    def test_parquet_round_trip_keeps_what_the_columns_carry(self, tmp_path: object) -> None:
        path = tmp_path / "events.parquet"  # type: ignore[operator]
        event = drill(evidence=())
        assert frames.to_parquet([event, drill(fatalities=None, evidence=())], path) == 2
        assert frames.read_parquet(path) == [event, drill(fatalities=None, evidence=())]
