"""Properties of the funding-round extractor on arbitrary text (Hypothesis)."""

from __future__ import annotations

import corpfacts_funding_rounds as plugin
import pytest

import corpfacts
from corpfacts.plugins import BUILTIN_PLUGINS

hypothesis = pytest.importorskip("hypothesis")
strategies = pytest.importorskip("hypothesis.strategies")

# Words that make the extractor's patterns fire, mixed with arbitrary text.
WORDS = strategies.sampled_from(
    [
        "raised", "Series B", "seed round", "led by", "Sequoia", "Acme Corp", "$5 million", "valuing it at",
        "co-led by", "and", ",", ".", "\n", "The round was", "It", "in a", "funding round", "Series A-2",
    ]
)  # fmt: skip
TEXTS = strategies.one_of(
    strategies.text(max_size=300),
    strategies.lists(strategies.one_of(WORDS, strategies.text(max_size=8)), max_size=40).map(" ".join),
)


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    # The plugin alone: the properties must hold whatever other extractors find.
    return corpfacts.Pipeline([plugin], entry_points=False, disable=list(BUILTIN_PLUGINS))


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(text=TEXTS)
def test_any_text_gives_rounds_whose_evidence_slices_back(pipeline: corpfacts.Pipeline, text: str) -> None:
    first = pipeline.extract(text)
    for record in first.get("funding_rounds"):
        assert isinstance(record, plugin.FundingRound)
        assert all(text[s.start : s.end] == s.text for s in record.evidence)
        assert list(record.evidence) == sorted(record.evidence)
    assert pipeline.extract(text) == first
