from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventkit.cli import main

SEED = Path(__file__).parents[1] / "examples" / "iran_armenia_drills.txt"


def test_extract_writes_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    code = main(["extract", str(SEED), "--published", "2025-04-10", "--to", "jsonl",
                 "-o", str(out), "--workers", "1"])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["type"] == "Event" for line in lines)


def test_extract_to_acled_keeps_actual_acled_events(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert main(["extract", str(SEED), "--published", "2025-04-10", "--to", "acled",
                 "-o", str(out), "--workers", "1"]) == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("event_id_cnty,event_date")
    assert len(rows) >= 2


def test_extract_reads_a_folder_and_json_lines_of_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rebels attacked a police post in Gao.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "Troops clashed with rebels.", "published": "2024-01-02"})
        + "\n", encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--workers", "1"]) == 0


def test_a_skipped_article_gives_exit_code_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": 5}\n', encoding="utf-8")
    assert main(["extract", str(bad), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"]) == 1
    assert "skipped article x" in capsys.readouterr().err


def test_a_missing_file_gives_exit_code_three(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "no/such/file.txt"]) == 3
    assert "no such file" in capsys.readouterr().err


def test_convert_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = tmp_path / "events.jsonl"
    main(["extract", str(SEED), "--published", "2025-04-10", "-o", str(events), "--workers", "1"])
    table = tmp_path / "events.tsv"
    assert main(["convert", str(events), "--from", "jsonl", "--to", "gdelt", "-o", str(table)]) == 0
    assert main(["validate", str(table), "--format", "gdelt"]) == 0
    assert "records valid" in capsys.readouterr().err


def test_validate_reports_bad_rows_with_their_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type":"Event","fatalities":-1}\n', encoding="utf-8")
    assert main(["validate", str(bad), "--format", "jsonl"]) == 1
    assert ":1:" in capsys.readouterr().out


def test_usage_errors_exit_with_two() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["extract"])
    assert caught.value.code == 2
