from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings

import eventkit as ek
from eventkit import testing
from eventkit.formats import jsonl


def _round_trip(records: list[object]) -> list[object]:
    buffer = io.StringIO()
    jsonl.write(records, buffer)
    buffer.seek(0)
    return list(jsonl.read(buffer))


@settings(max_examples=60, deadline=None)
@given(testing.events())
def test_events_round_trip(event: ek.Event) -> None:
    assert _round_trip([event]) == [event]


@settings(max_examples=30, deadline=None)
@given(testing.actors(), testing.military_units(), testing.statements(), testing.locations())
def test_other_models_round_trip(
    actor: ek.Actor, unit: ek.MilitaryUnit, statement: ek.Statement, location: ek.Location
) -> None:
    assert _round_trip([actor, unit, statement, location]) == [actor, unit, statement, location]


@settings(max_examples=30, deadline=None)
@given(testing.fuzzy_dates())
def test_date_mentions_survive_the_round_trip(date: ek.FuzzyDate) -> None:
    import attrs

    mentioned = attrs.evolve(date, mentions=[ek.Span(start=3, end=9)])
    (back,) = _round_trip([mentioned])
    assert isinstance(back, ek.FuzzyDate) and back.mentions == mentioned.mentions


def test_writing_to_a_path_and_reading_it_back(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert jsonl.write([ek.Event(cameo="062"), ek.Event(cameo="190")], path) == 2
    assert [event.cameo for event in jsonl.read(path)] == ["062", "190"]


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"

    def broken() -> object:
        yield ek.Event()
        raise RuntimeError("crash")

    with pytest.raises(RuntimeError):
        jsonl.write(broken(), path)
    assert list(tmp_path.iterdir()) == []


BAD = '{"type":"Event","cameo":"062"}\n{"type":"Event","fatalities":-2}\nnot json\n'


def test_a_bad_line_raises_with_its_line_number_and_reason() -> None:
    with pytest.raises(ek.FormatError, match=r"^2: 'fatalities' must be >= 0") as caught:
        list(jsonl.read(io.StringIO(BAD)))
    assert caught.value.line == 2


def test_the_file_name_is_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ek.FormatError) as caught:
        list(jsonl.read(path))
    assert caught.value.file == str(path)


def test_collect_keeps_going_and_lists_what_was_skipped() -> None:
    reader = jsonl.read(io.StringIO(BAD), errors="collect")
    assert [event.cameo for event in reader] == ["062"]
    assert [error.line for error in reader.errors] == [2, 3]


def test_skip_warns_for_each_skipped_line() -> None:
    reader = jsonl.read(io.StringIO(BAD), errors="skip")
    with pytest.warns(ek.EventkitWarning, match=r"\[EK201\]"):
        assert len(list(reader)) == 1
    assert len(reader.errors) == 2


def test_a_nested_error_names_the_field_path() -> None:
    line = '{"type":"Event","actor1":{"name":"x","kind":"wizard"}}\n'
    with pytest.raises(ek.FormatError, match=r"actor1"):
        list(jsonl.read(io.StringIO(line)))


def test_an_unknown_record_type_is_an_error() -> None:
    with pytest.raises(ek.FormatError, match="unknown record type 'Battle'"):
        list(jsonl.read(io.StringIO('{"type":"Battle"}\n')))


def test_type_argument_reads_lines_without_a_type_member() -> None:
    (actor,) = jsonl.read(io.StringIO('{"name":"Iran","country":"IRN"}\n'), type=ek.Actor)
    assert actor == ek.Actor(name="Iran", country="IRN")


def test_invalid_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"type":"Event"}\n{"type":"Event","notes":"\xff"}\n')
    with pytest.raises(ek.FormatError, match="invalid UTF-8 at byte 42 of the file") as caught:
        list(jsonl.read(path))
    assert caught.value.line == 2


def test_invalid_utf8_can_be_replaced(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"type":"Event","notes":"a\xffb"}\n')
    (event,) = jsonl.read(path, encoding_errors="replace")
    assert event.notes == "a\ufffdb"


def test_deeply_nested_json_is_a_format_error() -> None:
    line = '{"type":"Event","notes":' + "[" * 100_000 + "]" * 100_000 + "}\n"
    with pytest.raises(ek.FormatError):
        list(jsonl.read(io.StringIO(line)))
