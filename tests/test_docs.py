"""The documentation site: it builds without warnings, its generated tables are current, and
the examples on its pages run."""

from __future__ import annotations

import doctest
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```pycon\n(.*?)^```", re.S | re.M)
PAGES = sorted(path for path in DOCS.rglob("*.md") if FENCE.search(path.read_text("utf-8")))
#: pages whose examples need an optional dependency
NEEDS = {"analysis.md": "pandas"}


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(DOCS)))
def test_the_examples_on_a_page_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    needed = NEEDS.get(page.name)
    if needed:
        pytest.importorskip(needed)
    monkeypatch.chdir(ROOT)  # pages open examples/ relative to the repository
    text = "\n".join(block for block in FENCE.findall(page.read_text("utf-8")))
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} example(s) failed in {page.name}"


def test_the_generated_tables_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(DOCS / "gen_tables.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + " (run python docs/gen_tables.py)"


def test_the_site_builds_without_warnings(tmp_path: Path) -> None:
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python"):
        if importlib.util.find_spec(module.split(".")[0]) is None:
            pytest.skip(f"{module} is not installed (pip install 'eventkit[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
