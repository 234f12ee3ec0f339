"""The seed article, end to end: corpfacts reproduces every gold fact.

The gold file (seeds/alibaba-goes-global.gold.json) was annotated by hand;
every rule the article needs is also tested on other sentences in the
extractor tests. A failure prints the scorer's list of misses and false
positives.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from conftest import SEED_TEXT, SHARED_EVAL

from corpfacts import Facts, Pipeline
from corpfacts.evaluate import ROWS, Report, score


@pytest.fixture(scope="module")
def facts(seed_gold: dict[str, Any]) -> Facts:
    pipeline = Pipeline(entry_points=False)
    return pipeline.extract(SEED_TEXT.read_text(encoding="utf-8"), seed_gold["published"], id=seed_gold["id"])


@pytest.fixture(scope="module")
def report(facts: Facts, seed_gold: dict[str, Any]) -> Report:
    return score([seed_gold], [facts.to_dict()])


def test_gold_text_is_the_seed_text(seed_gold: dict[str, Any]) -> None:
    assert seed_gold["text"] == SEED_TEXT.read_text(encoding="utf-8")


def test_shared_seed_matches(seed_gold: dict[str, Any]) -> None:
    shared = SHARED_EVAL / "seed.jsonl"
    if not shared.exists():
        pytest.skip(f"{shared} is not on this machine")
    (row,) = [json.loads(line) for line in shared.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert row["text"] == seed_gold["text"] and row["published"] == seed_gold["published"]


@pytest.mark.parametrize("row", ROWS)
def test_every_gold_fact(report: Report, row: str) -> None:
    s = report[row]
    assert (s.fp, s.fn) == (0, 0), report.details()


def test_amounts(facts: Facts) -> None:
    assert [(a.text, a.value, a.currency) for a in facts.amounts] == [
        ("$25 billion", Decimal(25_000_000_000), "USD"),
        ("$15 million", Decimal(15_000_000), "USD"),
    ]


def test_resolved_dates(facts: Facts) -> None:
    resolved = [(d.text, str(d.value)) for d in facts.dates if d.value is not None]
    assert resolved == [
        ("Wednesday", "2015-05-13"),
        ("Thursday", "2015-05-14"),
        ("1999", "1999"),
        ("last year", "2014"),
        ("Thursday", "2015-05-14"),
        ("March", "2015-03"),
        ("last year", "2014"),
        ("Last week", "2015-W19"),
    ]


def test_person(facts: Facts) -> None:
    assert [(p.name, p.title, p.company.name if p.company else None) for p in facts.people] == [
        ("Daniel Zhang", "CEO", "Alibaba")
    ]


def test_ipo_on_the_exchange(facts: Facts) -> None:
    (ipo,) = [d for d in facts.deals if d.kind == "ipo"]
    assert ipo.company is not None and ipo.company.name == "Alibaba"
    assert ipo.exchange == "New York Stock Exchange"
    assert ipo.amount is not None and ipo.amount.value == Decimal(25_000_000_000)
    assert ipo.date is not None and str(ipo.date.value) == "2014"
