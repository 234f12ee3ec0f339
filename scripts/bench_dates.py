"""The dates extractor beside dateparser's ``search_dates``: speed and accuracy on the same texts.

Usage (from the repository root)::

    .venv/bin/python scripts/bench_dates.py [GOLD.jsonl] [--repeat N]

Runs, over the texts of ``../shared/eval/dev.jsonl`` (or the JSON Lines
file given) in the same process:

* corpfacts' ``dates`` extractor alone (the other built-ins disabled),
  which hands the irregular written days its patterns find to dateparser
  (its cache is emptied before each pass);
* ``dateparser.search.search_dates(text, languages=["en"],
  settings={"RELATIVE_BASE": published})``.

It prints characters per second for each (CPU time of the process, best of
``--repeat`` timed passes after a warm-up pass, so that neither pays for
loading its data; turning results into rows is not timed) and each
tool's ``dates.span`` and ``dates.value`` scores from
:mod:`corpfacts.evaluate`. ``search_dates`` gives strings and datetimes, not
offsets: each string is located in the text after the previous one, and its
value is written at the granularity dateparser reports for that string
(``DateDataParser.get_date_data(...).period``), which is the kindest reading
of its output; that conversion is not timed. Texts without a publication date
get a fixed ``RELATIVE_BASE`` of 2000-01-01, so that dateparser never reads
the clock; gold gives their relative dates no value, so no score depends on it.

Not a test: the figures depend on the machine. Exits 0 with a message when
the texts are not there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpfacts import Pipeline
from corpfacts.plugins import BUILTIN_PLUGINS

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_BASE = dt.datetime(2000, 1, 1)

Row = dict[str, Any]


def corpfacts_extract(pipeline: Pipeline, row: Row) -> Any:
    return pipeline.extract(row["text"], row.get("published"), id=row["id"])


def corpfacts_rows(rows: Sequence[Row], facts: Sequence[Any]) -> list[Row]:
    return [{"id": row["id"], "dates": f.to_dict()["dates"]} for row, f in zip(rows, facts, strict=True)]


def _base(row: Row) -> dt.datetime:
    published = row.get("published")
    if not published:
        return FALLBACK_BASE
    return dt.datetime.combine(dt.date.fromisoformat(published[:10]), dt.time())


def dateparser_search(row: Row) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    found = search_dates(row["text"], languages=["en"], settings={"RELATIVE_BASE": _base(row)})
    return list(found or [])


def dateparser_rows(rows: Sequence[Row], found: Sequence[list[tuple[str, dt.datetime]]]) -> list[Row]:
    """``search_dates`` output as prediction rows: offsets located, values at dateparser's own period."""
    from dateparser.date import DateDataParser

    out = []
    for row, pairs in zip(rows, found, strict=True):
        parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": _base(row)})
        text, position, dates = row["text"], 0, []
        for string, moment in pairs:
            start = text.find(string, position)
            if start < 0:
                start = text.find(string)
            if start < 0:
                continue
            position = start + len(string)
            period = parser.get_date_data(string).period or "day"
            dates.append(
                {"text": string, "start": start, "end": start + len(string), "value": timex(moment, period)}
            )
        out.append({"id": row["id"], "dates": dates})
    return out


def timex(moment: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        iso = moment.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return moment.date().isoformat()


def best_time(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    result = run()  # warm-up: loads data, fills caches
    best = float("inf")
    for _ in range(repeat):
        # CPU time of this process: other work on the machine does not count.
        start = time.process_time()
        result = run()
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="?", type=Path, default=DEFAULT, help=f"gold JSONL (default: {DEFAULT})"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed passes for each tool (default: 5)")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"bench_dates skipped: {args.gold} is not on this machine")
        return 0
    try:
        from corpfacts.evaluate import score
    except ImportError:
        print("bench_dates skipped: corpfacts.evaluate is not available")
        return 0
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    chars = sum(len(row["text"]) for row in rows)

    pipeline = Pipeline(disable=[n for n in BUILTIN_PLUGINS if n != "dates"], entry_points=False)
    # dateparser reads the irregular written days; its readings are cached per
    # extractor. Each timed pass starts with an empty cache, as a fresh
    # pipeline would, so that dateparser's cost is counted in full.
    written: Any = pipeline.extractors[0].run.written

    def ours_pass() -> list[Any]:
        written.forget()
        return [corpfacts_extract(pipeline, row) for row in rows]

    ours_time, facts = best_time(ours_pass, args.repeat)
    read_by_dateparser = written.readings
    ours = corpfacts_rows(rows, facts)
    theirs_time, found = best_time(lambda: [dateparser_search(row) for row in rows], args.repeat)
    theirs = dateparser_rows(rows, found)

    ours_report, theirs_report = score(rows, ours), score(rows, theirs)
    print(f"{len(rows)} texts, {chars} characters; best of {args.repeat} passes after a warm-up")
    print(f"distinct strings corpfacts handed to dateparser in a pass: {read_by_dateparser}\n")
    header = f"{'tool':<34} {'chars/s':>10} {'span P/R/F1':>20} {'value P/R/F1':>20}"
    print(header)
    print("-" * len(header))
    for name, seconds, report in (
        ("corpfacts dates", ours_time, ours_report),
        ("dateparser search_dates (en)", theirs_time, theirs_report),
    ):
        span, value = report["dates.span"], report["dates.value"]
        print(
            f"{name:<34} {chars / seconds:>10,.0f} "
            f"{span.precision:>6.3f} {span.recall:.3f} {span.f1:.3f} "
            f"{value.precision:>6.3f} {value.recall:.3f} {value.f1:.3f}"
        )
    speedup = theirs_time / ours_time
    better = ours_report["dates.value"].f1 > theirs_report["dates.value"].f1
    print(f"\ncorpfacts is {speedup:.0f}x faster; more accurate on dates.value: {'yes' if better else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
