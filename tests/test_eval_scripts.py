"""Smoke tests of the evaluation programs ``benchmarks/eval_*.py`` (a few records each).

Without ``../shared/corpus/dev`` each program must print the skip line and exit 0; with it, each
must run on three records per data set and print its summary line.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = ["eval_entities", "eval_events", "eval_statements"]


def _load(name: str) -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SCRIPTS)
def test_skips_without_corpus(name: str, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    module = _load(name)
    monkeypatch.setattr(module, "dev_present", lambda: False)
    assert module.main(["--limit", "3"]) == 0
    assert "skipped: ../shared/corpus/dev not present" in capsys.readouterr().out


@pytest.mark.parametrize("name", SCRIPTS)
def test_runs_on_a_few_records(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    module = _load(name)
    if not module.dev_present():
        pytest.skip("../shared/corpus/dev is not present")
    assert module.main(["--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "SUMMARY: " in out


def test_the_news_evaluation_scores_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    text = ("KHARTOUM, May 2 (Reuters) - The Rapid Support Forces attacked army positions in "
            "El Fasher on Wednesday, killing 12 soldiers, the army said.\n\nIn June 2021, "
            "gunmen killed more than 130 people in Solhan.")
    case = {"id": "t1", "published": "2024-05-02", "text": text, "events": [{
        "evidence": "The Rapid Support Forces attacked army positions in El Fasher",
        "cameo_root": "19", "acled_sub_event_type": "Armed clash", "modality": "actual",
        "actor1_country": "SDN", "actor2_country": "SDN", "fatalities": 12,
        "date": "2024-05-01", "location": "El Fasher", "country": "SDN"}],
        "must_not": [{"evidence": "gunmen killed more than 130 people in Solhan",
                      "why": "background"}]}
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert _load("eval_news").main(["--cases", str(cases)]) == 0
    out = capsys.readouterr().out
    assert "found (evidence overlaps)     100.0% (1/1)" in out
    assert "must_not coded as actual      0/1" in out


def test_the_news_set_quotes_its_evidence_exactly() -> None:
    import json

    path = BENCHMARKS / "data" / "news_heldout.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for item in (*case["events"], *case["must_not"]):
            assert item["evidence"] in case["text"], (case["id"], item["evidence"])
