"""Score the plugin on its own annotated rows (funding_rounds_eval.jsonl, texts written for it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import corpfacts_funding_rounds as plugin
import pytest

import corpfacts

ROWS = Path(__file__).with_name("funding_rounds_eval.jsonl")
HAVE_BUILTINS = all(
    importlib.util.find_spec(f"corpfacts.extractors.{name}") is not None for name in ("money", "companies")
)
SUFFIXES = {"inc", "corp", "ltd", "plc", "gmbh", "ag", "sa", "as", "llc", "co"}


def norm(name: str | None) -> str | None:
    """A company name for matching: case and a trailing legal suffix aside (FORMAT.md's rule)."""
    if name is None:
        return None
    words = name.casefold().replace(".", "").replace(",", "").split()
    while words and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def money(value: dict[str, Any] | None) -> tuple[Any, Any] | None:
    return None if value is None else (value["value"], value["currency"])


def score(gold_rows: list[dict[str, Any]], predicted: list[list[dict[str, Any]]]) -> dict[str, float]:
    """Rounds match by company and round name; each term is then checked on its own."""
    tp = n_gold = n_pred = 0
    terms_right = terms_total = 0
    for row, pred in zip(gold_rows, predicted, strict=True):
        gold = row["funding_rounds"]
        n_gold += len(gold)
        n_pred += len(pred)
        unused = list(pred)
        for g in gold:
            match = next(
                (p for p in unused if norm(p["company"]) == norm(g["company"]) and p["round"] == g["round"]),
                None,
            )
            if match is None:
                continue
            unused.remove(match)
            tp += 1
            checks = [
                money(match["amount"]) == money(g["amount"]),
                sorted(map(norm, match["lead_investors"])) == sorted(map(norm, g["lead_investors"])),
                money(match["valuation"]) == money(g["valuation"]),
            ]
            terms_right += sum(checks)
            terms_total += len(checks)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "terms": terms_right / max(terms_total, 1)}


def test_scorer_on_perfect_and_empty_predictions() -> None:
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    perfect = score(rows, [row["funding_rounds"] for row in rows])
    assert perfect == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "terms": 1.0}
    assert score(rows, [[] for _ in rows])["recall"] == 0.0


@pytest.mark.skipif(not HAVE_BUILTINS, reason="built-in extractors not available")
def test_funding_rounds_score_on_own_rows(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    pipeline = corpfacts.Pipeline([plugin], entry_points=False)
    predicted = [
        pipeline.extract(row["text"], row["published"], id=row["id"]).to_dict().get("funding_rounds", [])
        for row in rows
    ]
    result = score(rows, predicted)
    with capsys.disabled():
        print("\nfunding_rounds on", ROWS.name, {k: round(v, 3) for k, v in result.items()})
    assert result["f1"] >= 0.85
    assert result["terms"] >= 0.9
