"""The runnable examples stay runnable: each script on a short input, and the tour notebook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[1] / "examples"
SEED = EXAMPLES / "iran_armenia_drills.txt"


def run(*args: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_quickstart_prints_the_events_of_the_seed_article() -> None:
    assert "CAMEO 062" in run(EXAMPLES / "quickstart.py")


def test_build_dataset_writes_an_acled_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "drills.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "gao.txt").write_text("Rebels attacked a police station in Gao.", encoding="utf-8")
    out = tmp_path / "events.csv"
    run(EXAMPLES / "build_dataset.py", folder, "-o", out, "--published", "2025-04-10",
        "--workers", "1")
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")


def test_load_real_file_reads_the_gdelt_and_acled_samples() -> None:
    output = run(EXAMPLES / "load_real_file.py")
    assert "gdelt2_spark_gdelt.export.CSV: 5 events (gdelt), 0 bad rows" in output
    assert "acled_all_sub_event_types.csv:" in output


def test_plot_events_writes_pngs_and_geojson(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    run(EXAMPLES / "plot_events.py", "-o", tmp_path)
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "events.geojson").exists()


def test_the_tour_notebook_runs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    notebook = nbformat.read(EXAMPLES / "tour.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    assert any("text/html" in output.get("data", {}) for output in outputs)
    assert any("image/png" in output.get("data", {}) for output in outputs)
