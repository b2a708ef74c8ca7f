"""Instructions per pass of `extract` over the example and development articles, counted by
valgrind's callgrind: a figure other work on the machine does not disturb, unlike seconds.

    python benchmarks/bench_instructions.py

Two runs under callgrind, one extracting the articles once and one three times after the same
start (imports, dictionaries, a first pass to warm the caches); half their difference is one
pass. Takes about two minutes (callgrind runs Python some fifty times slower). Needs valgrind.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PASSES = """
import sys
sys.path.insert(0, {benchmarks!r})
from bench_extract import corpus
import eventkit
texts = corpus()
for _ in range(1 + int(sys.argv[1])):
    for text in texts:
        eventkit.extract(text, published="2025-04-10")
"""


def instructions(script: Path, passes: int, directory: str) -> int:
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={directory}/out.%p",
         sys.executable, str(script), str(passes)],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed")
        return
    import eventkit

    eventkit.Lexicon.default()  # writes the lexicon cache, so that both runs load it
    with tempfile.TemporaryDirectory() as directory:
        script = Path(directory) / "passes.py"
        script.write_text(PASSES.format(benchmarks=str(ROOT / "benchmarks")), encoding="utf-8")
        once, thrice = (instructions(script, passes, directory) for passes in (1, 3))
    print(f"extract: {(thrice - once) / 2 / 1e6:.1f} million instructions per pass over the "
          "example and development articles")


if __name__ == "__main__":
    main()
