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
