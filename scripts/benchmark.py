"""Throughput of the whole pipeline, and each extractor's share of the time.

Usage (from the repository root)::

    .venv/bin/python scripts/benchmark.py [TEXTS.jsonl] [--repeat N]

Runs every extractor over the texts of ``../shared/eval/dev.jsonl`` (or the
JSON Lines file given), after one warm-up pass, and prints characters per
second for the whole pipeline and the time each extractor took. Not a test:
the figures depend on the machine. Exits 0 with a message when the texts are
not there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from corpfacts import Document, Extractor, Pipeline

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "eval" / "dev.jsonl"


def timed(extractor: Extractor, totals: dict[str, float]) -> Extractor:
    """The same extractor, adding the time each run takes to ``totals[name]``."""
    run = extractor.run

    def timed_run(document: Document) -> Iterable[Any]:
        start = time.perf_counter()
        facts = list(run(document) or ())  # a generator does its work when consumed
        totals[extractor.name] = totals.get(extractor.name, 0.0) + time.perf_counter() - start
        return facts

    return attrs.evolve(extractor, run=timed_run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "texts", nargs="?", type=Path, default=DEFAULT, help=f"JSONL of texts (default: {DEFAULT})"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the texts (default: 3)")
    args = parser.parse_args(argv)
    if not args.texts.exists():
        print(f"benchmark skipped: {args.texts} is not on this machine")
        return 0
    rows = [json.loads(line) for line in args.texts.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [(row["text"], row.get("published"), row.get("id")) for row in rows]
    chars = sum(len(text) for text, _, _ in documents)

    start = time.perf_counter()
    pipeline = Pipeline(entry_points=False)
    build = time.perf_counter() - start
    totals: dict[str, float] = {}
    # The pipeline runs whatever is in .extractors; timing wrappers change nothing else.
    pipeline.extractors = tuple(timed(ex, totals) for ex in pipeline.extractors)

    def extract() -> None:
        for text, published, doc_id in documents:
            pipeline.extract(text, published, id=doc_id)

    extract()  # warm-up: lazy imports, caches
    totals.clear()
    start = time.perf_counter()
    for _ in range(args.repeat):
        extract()
    elapsed = time.perf_counter() - start

    total_chars = chars * args.repeat
    print(f"texts: {len(documents)} documents, {chars:,} characters, {args.repeat} timed passes")
    print(f"pipeline build: {build * 1000:.0f} ms")
    per_pass = elapsed / args.repeat * 1000
    print(f"whole pipeline: {total_chars / elapsed:,.0f} chars/s ({per_pass:.0f} ms per pass)")
    in_extractors = sum(totals.values())
    print(f"{'extractor':16} {'share':>6} {'ms/pass':>8} {'chars/s':>12}")
    for name, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        rate = total_chars / seconds if seconds else float("inf")
        print(f"{name:16} {seconds / elapsed:6.1%} {seconds / args.repeat * 1000:8.1f} {rate:12,.0f}")
    overhead = elapsed - in_extractors
    print(f"{'(pipeline)':16} {overhead / elapsed:6.1%} {overhead / args.repeat * 1000:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
