"""The held-out articles in tests/data/heldout.jsonl are well-formed gold.

The set measures generalization (``corpfacts evaluate tests/data/heldout.jsonl``)
and is never used to tune rules, so no test here asserts scores: these tests
only guard the annotations themselves against broken offsets and names.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import REPO

from corpfacts.evaluate import normalize_name

HELDOUT = REPO / "tests" / "data" / "heldout.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()
]
IDS = [row["id"] for row in ROWS]


def test_ids_are_unique() -> None:
    assert len(set(IDS)) == len(IDS) == 16


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_mentions_slice_back_in_text_order(row: dict[str, Any]) -> None:
    text = row["text"]
    for kind in ("amounts", "percentages", "dates"):
        starts = []
        for mention in row[kind]:
            start = mention["start"]
            assert text[start : start + len(mention["text"])] == mention["text"], (kind, mention)
            starts.append(start)
        assert starts == sorted(starts), kind


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_records_name_listed_companies(row: dict[str, Any]) -> None:
    names = {normalize_name(n) for c in row["companies"] for n in (c["name"], *c["aliases"])}
    people = {normalize_name(p["name"]) for p in row["people"]}
    for stake in row["stakes"]:
        assert normalize_name(stake["target"]) in names
        if stake["holder"] is not None:
            assert normalize_name(stake["holder"]) in names | people
    for deal in row["deals"]:
        for role in ("buyer", "seller", "target", "company"):
            if deal.get(role):
                assert normalize_name(deal[role]) in names | people, (role, deal)
        for party in deal.get("parties", ()):
            assert normalize_name(party) in names
