"""Extraction speed: MB of article text per second on one core, against a plain ``re``
tokenization of the same text in the same run (each the fastest of five timed passes); the
entities stage alone; first-call load time
(from the lexicon cache, as every process after an installation's first has it, and built
without it); import time; peak memory.

    python benchmarks/bench_extract.py [--repeat 50]

The corpus is the example article plus the development articles in ../shared/corpus/dev when
present (read at run time, never copied).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
WORD = re.compile(r"\w+|[^\w\s]")
ROUNDS = 5


def corpus() -> list[str]:
    texts = [(ROOT / "examples" / "iran_armenia_drills.txt").read_text(encoding="utf-8")]
    if DEV.is_dir():
        texts += [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))]
    return texts


def seconds(command: str, **environment: str) -> float:
    run = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True,
                         check=True, env={**os.environ, **environment})
    return float(run.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    import_s = min(seconds("import time; t=time.perf_counter(); import eventkit; "
                           "print(time.perf_counter()-t)") for _ in range(3))
    load = ("import time, eventkit; t=time.perf_counter(); eventkit.Lexicon.default(); "
            "print(time.perf_counter()-t)")
    built_s = min(seconds(load, EVENTKIT_CACHE="off") for _ in range(2))
    seconds(load)  # writes the cache when there is none
    cached_s = min(seconds(load) for _ in range(3))
    print(f"import eventkit: {import_s:.3f} s (target < 0.2 s)")
    print(f"first call (dictionaries and gazetteers): {cached_s:.2f} s from the lexicon cache, "
          f"{built_s:.2f} s built without it (target < 1 s)")

    import eventkit
    from eventkit.extract._entities import find_entities
    from eventkit.extract._lexicon import Lexicon
    from eventkit.extract._text import Document

    lexicon = Lexicon.default()
    for text in corpus():  # warm the caches (token normal forms, lazy imports) first
        eventkit.extract(text, published="2025-04-10")
    # Each figure is the fastest of ROUNDS timed passes (as `timeit` reports): other work on
    # the machine only ever slows a pass down.
    texts = corpus() * max(1, args.repeat // ROUNDS)
    size = sum(len(text.encode("utf-8")) for text in texts)

    def fastest(step: Callable[[str], object]) -> float:
        times = []
        for _ in range(ROUNDS):
            began = time.perf_counter()
            for text in texts:
                step(text)
            times.append(time.perf_counter() - began)
        return min(times)

    baseline = fastest(WORD.findall)
    entities = fastest(lambda text: find_entities(Document.parse(text), lexicon, None))

    from eventkit.extract._statements import find_statements

    docs = [Document.parse(text) for text in texts]
    found = [find_entities(doc, lexicon, None) for doc in docs]
    began = time.perf_counter()
    for doc, entities_found in zip(docs, found, strict=True):
        find_statements(doc, entities_found, [], eventkit.Article(text=doc.text))
    statements = time.perf_counter() - began

    full = fastest(lambda text: eventkit.extract(text, published="2025-04-10"))

    mb = size / 1e6
    compiled = [name for name, module in sys.modules.items()
                if name.startswith("eventkit.") and not (module.__file__ or ".py").endswith(".py")]
    print(f"build: {'compiled by mypyc' if compiled else 'pure Python'} (README, \"Faster\")")
    print(f"corpus: {len(texts)} articles, {mb:.2f} MB, the fastest of {ROUNDS} passes")
    print(f"plain re tokenization: {mb / baseline:8.2f} MB/s")
    print(f"entities stage:        {mb / entities:8.2f} MB/s  ({entities / baseline:.0f}x the "
          f"re baseline; target >= 1 MB/s)")
    print(f"statements stage:      {statements:.2f} s, {statements / entities:.0%} of the "
          "entities stage (target <= 30%)")
    print(f"full extract:          {mb / full:8.2f} MB/s  ({full / baseline:.0f}x the re "
          f"baseline), {len(texts) / full:.0f} articles/s (target >= 0.5 MB/s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
