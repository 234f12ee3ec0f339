"""Compare corpfacts with other tools on the same annotated texts (a script, not a test).

    python scripts/compare.py                      # ../shared/eval/dev.jsonl
    python scripts/compare.py GOLD.jsonl --json    # another gold file; JSON output

Every tool's output is turned into rows of the FORMAT.md shape and scored by
corpfacts' own scorer (``corpfacts.evaluate.score``), so all tools are
judged by the same rules on the same texts:

* corpfacts: the built-in plugins only (installed plugins are left out);
* dateparser: ``search_dates(text, languages=["en"], settings={"RELATIVE_BASE": published})``,
  each found string located in the text, its value the date dateparser gives
  at the granularity (day, week, month, year) that ``DateDataParser`` reports
  for the string;
* price-parser: a simple chunking regex finds candidate strings (a currency
  sign or code, a number, an optional scale word, or a number with a
  currency word after it); ``Price.fromstring`` parses each; the scale word
  multiplies the amount;
* quantulum3 (if installed): percentages and currency amounts among the
  quantities it parses;
* spaCy (if installed with the ``en_core_web_sm`` model): ORG entities as
  companies, DATE entities as date spans, MONEY entities as amount spans.

Speeds are characters per CPU second (``time.process_time``) over all
texts, after each tool's set-up (building the pipeline, loading the model).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "dev.jsonl"

Row = dict[str, Any]

# -- price-parser behind a chunking regex -------------------------------------------

_SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
_CURRENCY_WORDS = {
    "$": "USD",
    "us$": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "hk$": "HKD",
    "c$": "CAD",
    "a$": "AUD",
    "nz$": "NZD",
    "s$": "SGD",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "pounds": "GBP",
    "stg": "GBP",
    "sterling": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "yuan": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "rupees": "INR",
    "francs": "CHF",
    "marks": "DEM",
}
_CHUNK = re.compile(
    r"""
    (?:
        (?P<pre>US\$|HK\$|NZ\$|C\$|A\$|S\$|\$|€|£|¥|Rs\.?|[A-Z]{3}(?=\s?\d))\s?   # sign or code first
        (?P<num>\d[\d,]*(?:\.\d+)?)
        (?:\s?(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|m|k)\b)?
      |
        (?P<num2>\d[\d,]*(?:\.\d+)?)\s?                                        # number first
        (?:(?P<scale2>thousand|million|billion|trillion|mln|bln|mn|bn)\s)?
        (?P<post>dollars|dlrs|euros|pounds|stg|sterling|yen|yuan|rupees|francs|marks
                 |USD|EUR|GBP|JPY|CNY|HKD|INR|CAD|AUD|CHF)\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def price_parser_rows(rows: list[Row]) -> list[Row]:
    from price_parser import Price

    out = []
    for row in rows:
        amounts = []
        for match in _CHUNK.finditer(row["text"]):
            price = Price.fromstring(match.group())
            if price.amount is None:
                continue
            scale = (match["scale"] or match["scale2"] or "").casefold()
            value = price.amount * _SCALES.get(scale, 1)
            word = (price.currency or match["pre"] or match["post"] or "").casefold()
            code = _CURRENCY_WORDS.get(word) or (word.upper() if re.fullmatch(r"[a-z]{3}", word) else None)
            amounts.append(_mention(match.group(), match.start(), value=_number(value), currency=code))
        out.append({"id": row["id"], "amounts": amounts})
    return out


# -- dateparser ---------------------------------------------------------------------


def _timex(when: dt.datetime, period: str) -> str:
    """A dateparser result as a TIMEX3 value at the granularity dateparser reports."""
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.date().isoformat()


def dateparser_rows(rows: list[Row]) -> list[Row]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out = []
    for row in rows:
        settings: dict[str, Any] = {}
        if row.get("published"):
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(row["published"])
        found = search_dates(row["text"], languages=["en"], settings=settings) or []
        # search_dates gives no granularity; DateDataParser's "period" of each string does.
        periods = DateDataParser(languages=["en"], settings=settings)
        dates, cursor = [], 0
        for text, when in found:
            start = row["text"].find(text, cursor)
            if start < 0:
                start = row["text"].find(text)
            if start < 0:
                continue
            cursor = start + len(text)
            period = periods.get_date_data(text).period or "day"
            dates.append(_mention(text, start, value=_timex(when, period)))
        out.append({"id": row["id"], "dates": dates})
    return out


# -- quantulum3 ----------------------------------------------------------------------


def quantulum_rows(rows: list[Row]) -> list[Row]:
    from quantulum3 import parser

    out = []
    for row in rows:
        percentages, amounts = [], []
        for q in parser.parse(row["text"]):
            start, end = q.span
            surface = row["text"][start:end]
            if q.unit.name == "percentage":
                percentages.append(_mention(surface, start, value=q.value))
            elif getattr(q.unit.entity, "name", "") == "currency":
                code = getattr(q.unit, "currency_code", None)
                amounts.append(_mention(surface, start, value=q.value, currency=code))
        out.append({"id": row["id"], "percentages": percentages, "amounts": amounts})
    return out


# -- spaCy ---------------------------------------------------------------------------


#: The spaCy pipeline to load (--spacy-model); any installed package or path with the en_core_web_sm model.
SPACY_MODEL = ["en_core_web_sm"]


def spacy_loader() -> Callable[[list[Row]], list[Row]]:
    import spacy

    nlp = spacy.load(SPACY_MODEL[0])

    def run(rows: list[Row]) -> list[Row]:
        out = []
        for row in rows:
            doc = nlp(row["text"])
            companies: dict[str, Row] = {}
            dates, amounts = [], []
            for ent in doc.ents:
                if ent.label_ == "ORG":
                    companies.setdefault(ent.text, {"name": ent.text, "aliases": [ent.text]})
                elif ent.label_ == "DATE":
                    dates.append(_mention(ent.text, ent.start_char, value=None))
                elif ent.label_ == "MONEY":
                    amounts.append(_mention(ent.text, ent.start_char, value=None, currency=None))
            out.append(
                {"id": row["id"], "companies": list(companies.values()), "dates": dates, "amounts": amounts}
            )
        return out

    return run


# -- corpfacts -----------------------------------------------------------------------


def corpfacts_loader() -> Callable[[list[Row]], list[Row]]:
    import corpfacts

    pipeline = corpfacts.Pipeline(entry_points=False)

    def run(rows: list[Row]) -> list[Row]:
        return [pipeline.extract(r["text"], r.get("published"), id=r["id"]).to_dict() for r in rows]

    return run


# -- running and scoring ---------------------------------------------------------------


def _mention(text: str, start: int, **values: Any) -> Row:
    return {"text": text, "start": start, "end": start + len(text), **values}


def _number(value: Decimal) -> int | float:
    try:
        return int(value) if value == value.to_integral_value() else float(value)
    except (InvalidOperation, ValueError):
        return float(value)


#: tool -> (loader returning the run function, the score rows the tool is judged on)
TOOLS: dict[str, tuple[Callable[[], Callable[[list[Row]], list[Row]]], tuple[str, ...]]] = {
    "corpfacts": (
        corpfacts_loader,
        (
            "amounts.span",
            "amounts.value",
            "percentages.span",
            "percentages.value",
            "dates.span",
            "dates.value",
            "companies",
            "deals",
        ),
    ),
    "dateparser": (lambda: dateparser_rows, ("dates.span", "dates.value")),
    "price-parser": (lambda: price_parser_rows, ("amounts.span", "amounts.value")),
    "quantulum3": (
        lambda: quantulum_rows,
        ("amounts.span", "amounts.value", "percentages.span", "percentages.value"),
    ),
    "spacy": (spacy_loader, ("amounts.span", "dates.span", "companies")),
}


def measure(name: str, gold: list[Row]) -> dict[str, Any]:
    """Run one tool over the gold texts; its scores, speed and set-up time, or why it was skipped."""
    from corpfacts.evaluate import score

    loader, kinds = TOOLS[name]
    started = time.perf_counter()
    try:
        run = loader()
        if name in ("dateparser", "price-parser", "quantulum3"):
            run([{"id": "warm-up", "text": "It cost $5 on May 3, 10% more.", "published": "2020-01-01"}])
    except (ImportError, OSError) as error:
        return {"tool": name, "skipped": f"{type(error).__name__}: {error}"}
    setup = time.perf_counter() - started
    texts = [{"id": r["id"], "text": r["text"], "published": r.get("published")} for r in gold]
    # CPU time, not wall time: other work on a shared machine must not change the figure.
    started = time.process_time()
    predictions = run(texts)
    seconds = time.process_time() - started
    report = score(gold, predictions)
    chars = sum(len(r["text"]) for r in gold)
    return {
        "tool": name,
        "setup_s": round(setup, 2),
        "chars_per_s": round(chars / seconds) if seconds else None,
        "scores": {kind: report[kind].to_dict() for kind in kinds},
    }


def table(results: Iterable[dict[str, Any]]) -> str:
    lines = ["| tool | row | P | R | F1 | chars/s |", "|---|---|---|---|---|---|"]
    skipped = []
    for result in results:
        if "skipped" in result:
            skipped.append(f"- {result['tool']}: not measured ({result['skipped']})")
            continue
        for kind, s in result["scores"].items():
            speed = f"{result['chars_per_s']:,}"
            scores = f"{s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f}"
            lines.append(f"| {result['tool']} | {kind} | {scores} | {speed} |")
    return "\n".join(lines + ([""] if skipped else []) + skipped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "gold", nargs="?", default=str(DEFAULT_GOLD), help="gold JSONL (default: %(default)s)"
    )
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tools (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    parser.add_argument("--spacy-model", default=SPACY_MODEL[0], help="spaCy pipeline (default: %(default)s)")
    args = parser.parse_args(argv)
    SPACY_MODEL[0] = args.spacy_model
    path = Path(args.gold)
    if not path.exists():
        print(f"error: no gold file at {path}; give one as the first argument", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [measure(name.strip(), gold) for name in args.tools.split(",") if name.strip()]
    chars = sum(len(r["text"]) for r in gold)
    if args.json:
        print(
            json.dumps({"gold": path.name, "documents": len(gold), "characters": chars, "results": results})
        )
    else:
        print(f"{path.name}: {len(gold)} documents, {chars:,} characters\n")
        print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
