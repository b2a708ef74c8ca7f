"""The ``eventkit`` command: extract events from articles, convert and validate tables.

Exit codes: 0 success; 1 some articles or rows were skipped (see the report on stderr);
2 bad usage; 3 input that could not be read at all.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from ._errors import EventkitError, FormatError

__all__ = ["main"]

FORMATS = ("acled", "gdelt", "phoenix", "plover", "jsonl")

EPILOG = """examples:
  eventkit extract article.txt --published 2025-04-10 --to acled -o events.csv
  eventkit extract news/ --to jsonl --workers 4 -o events.jsonl
  cat articles.jsonl | eventkit extract - --to gdelt --errors collect > events.tsv
  eventkit convert export.csv --from acled --to gdelt -o events.tsv
  eventkit validate export.csv --format acled
"""


def _format(name: str) -> ModuleType:
    from .formats import acled, gdelt, jsonl, phoenix, plover

    return {"acled": acled, "gdelt": gdelt, "phoenix": phoenix, "plover": plover, "jsonl": jsonl}[
        name
    ]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit",
        description="Conflict events from news text, in the field's formats.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"eventkit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="extract events from articles",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "inputs",
        nargs="+",
        help="files, globs, folders, '-' for stdin; "
        ".jsonl files hold one article a line (id, text, published, url, source)",
    )
    extract.add_argument("--published", help="publication date (YYYY-MM-DD) of plain-text articles")
    extract.add_argument(
        "--to",
        choices=FORMATS,
        default="jsonl",
        help="output format (acled keeps the actual events ACLED covers)",
    )
    extract.add_argument("-o", "--output", help="output file (default: stdout)")
    extract.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    extract.add_argument(
        "--errors",
        choices=("raise", "skip", "collect"),
        default="skip",
        help="a failing article stops the run, or is skipped and reported",
    )
    extract.add_argument(
        "--merge",
        action="store_true",
        help="merge reports of the same event from different articles",
    )
    extract.add_argument("--dictionaries", help="a PETRARCH dictionary folder to code with")
    extract.add_argument("--progress", choices=("auto", "always", "never"), default="auto")

    convert = commands.add_parser("convert", help="convert an event table to another format")
    convert.add_argument("input", help="input file ('-' for stdin)")
    convert.add_argument("--from", dest="source", choices=FORMATS, required=True)
    convert.add_argument("--to", choices=FORMATS, required=True)
    convert.add_argument("-o", "--output", help="output file (default: stdout)")
    convert.add_argument("--errors", choices=("raise", "skip", "collect"), default="raise")

    validate = commands.add_parser("validate", help="check a file against its format")
    validate.add_argument("input")
    validate.add_argument("--format", choices=FORMATS, required=True)
    validate.add_argument("--max-errors", type=int, default=100)
    return parser


# -- inputs -------------------------------------------------------------------------------
def _expand(inputs: Sequence[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, _, files in sorted(os.walk(item)):
                for name in sorted(files):
                    if name.endswith((".txt", ".jsonl")):
                        yield os.path.join(root, name)
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no file matches {item!r}")
            yield from matches
        else:
            if not os.path.exists(item):
                raise FileNotFoundError(f"no such file: {item!r}")
            yield item


def _articles(inputs: Sequence[str], published: str | None) -> Iterator[Any]:
    for path in _expand(inputs):
        if path == "-":
            data = sys.stdin.read()
            yield from _articles_in(data, "<stdin>", published)
            continue
        data = Path(path).read_text(encoding="utf-8", errors="replace")
        if path.endswith(".jsonl"):
            yield from _articles_in(data, path, published, jsonl=True)
        else:
            yield {"id": path, "text": data, "published": published}


def _articles_in(data: str, name: str, published: str | None, jsonl: bool = False) -> Iterator[Any]:
    stripped = data.lstrip()
    if jsonl or stripped.startswith("{"):
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield {"id": f"{name}:{number}", "text": None, "error": str(error)}
                continue
            if isinstance(record, dict):
                record.setdefault("published", published)
                record.setdefault("id", f"{name}:{number}")
            yield record
    else:
        yield {"id": name, "text": data, "published": published}


class _Progress:
    """A one-line progress report on a terminal (rate and elapsed time); silent when piped."""

    def __init__(self, stream: TextIO, mode: str) -> None:
        self.stream = stream
        self.enabled = mode == "always" or (mode == "auto" and stream.isatty())
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, done: int, events: int, failed: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed else 0.0
        self.stream.write(
            f"\r{done:,} articles  {events:,} events  {failed:,} failed  "
            f"{rate:,.1f} articles/s  {elapsed:,.0f}s"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _open_output(path: str | None) -> Any:
    return path if path else sys.stdout


def _events_of(extraction: Any) -> tuple[Any, ...]:
    return tuple(extraction.events)


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import _warm, extract_many

    if args.dictionaries:
        from .extract import Lexicon

        Lexicon.use_default(Lexicon.from_petrarch(args.dictionaries))
    _warm()  # the command's own process: load the dictionaries and freeze them (see _warm)
    progress = _Progress(sys.stderr, args.progress)
    batch = extract_many(
        _articles(args.inputs, args.published),
        workers=args.workers,
        errors="raise" if args.errors == "raise" else "collect",
        then=_events_of,  # the workers send back the events alone, not whole extractions
    )
    counts = {"events": 0}

    def events() -> Iterator[Any]:
        for found in batch:
            counts["events"] += len(found)
            progress.update(batch.done, counts["events"], len(batch.errors))
            yield from found

    stream: Iterable[Any] = events()
    if args.to == "acled":
        # An ACLED table holds events that happened and that ACLED's categories cover.
        stream = (e for e in stream if e.acled_event_type and e.modality == "actual")
    if args.merge:
        from .merge import merge_events

        stream = merge_events(list(stream))
    _format(args.to).write(stream, _open_output(args.output))
    progress.close()
    for error in batch.errors:
        print(
            f"eventkit: skipped article {error.id or error.index}: {error.error}", file=sys.stderr
        )
    if batch.errors:
        print(f"eventkit: {len(batch.errors)} of {batch.done} articles skipped", file=sys.stderr)
        return 1
    return 0


def _convert(args: argparse.Namespace) -> int:
    source = sys.stdin if args.input == "-" else args.input
    reader = _format(args.source).read(
        source, errors="raise" if args.errors == "raise" else "collect"
    )
    _format(args.to).write(reader, _open_output(args.output))
    for error in reader.errors:
        print(f"eventkit: skipped {error}", file=sys.stderr)
    return 1 if reader.errors else 0


def _validate(args: argparse.Namespace) -> int:
    reader = _format(args.format).read(args.input, errors="collect")
    rows = sum(1 for _ in reader)
    for error in reader.errors[: args.max_errors]:
        print(error)
    if len(reader.errors) > args.max_errors:
        print(f"... and {len(reader.errors) - args.max_errors} more")
    total = rows + len(reader.errors)
    print(f"{args.input}: {rows:,} of {total:,} records valid ({args.format})", file=sys.stderr)
    return 1 if reader.errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    handlers = {"extract": _extract, "convert": _convert, "validate": _validate}
    try:
        return handlers[args.command](args)
    except FormatError as error:
        print(f"eventkit: {error}", file=sys.stderr)
        return 3
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        print(f"eventkit: {error}", file=sys.stderr)
        return 3
    except EventkitError as error:
        print(f"eventkit: {error}", file=sys.stderr)
        return 3
    except BrokenPipeError:  # `eventkit ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
