"""The ``percentages`` plugin: percentages in business-news sentences.

Each row gives every percentage expected as (text, value, value_max),
checked by hand against the sentence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import BUILTINS
from hypothesis import given, settings
from hypothesis import strategies as st

import corpfacts

Row = tuple[str, str, "str | None"]


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline(disable=[n for n in BUILTINS if n != "percentages"], entry_points=False)


def percentages(pipeline: corpfacts.Pipeline, text: str) -> list[Row]:
    return [
        (p.text, str(p.value), None if p.value_max is None else str(p.value_max))
        for p in pipeline.extract(text).percentages
    ]


FORMS = [
    pytest.param("Sales rose 10% in the quarter.", [("10%", "10", None)], id="sign"),
    pytest.param("It owns 12.5 % of the shares.", [("12.5 %", "12.5", None)], id="sign-spaced"),
    pytest.param("Profit fell 10 percent.", [("10 percent", "10", None)], id="percent"),
    pytest.param("Costs rose 10 per cent.", [("10 per cent", "10", None)], id="per-cent"),
    pytest.param("Turnout was 45.5 per-cent.", [("45.5 per-cent", "45.5", None)], id="per-hyphen-cent"),
    pytest.param("Exports grew 9.3 pct in May.", [("9.3 pct", "9.3", None)], id="pct"),
    pytest.param("It holds 5.4 PCT of the stock.", [("5.4 PCT", "5.4", None)], id="pct-capitals"),
    pytest.param("Margins rose ten percent.", [("ten percent", "10", None)], id="ten-percent"),
    pytest.param("Ten pct of the capital will be sold.", [("Ten pct", "10", None)], id="ten-pct-capitalised"),
    pytest.param(
        "Shares jumped twenty-five percent.", [("twenty-five percent", "25", None)], id="twenty-five"
    ),
    pytest.param("Rates fell half a percent.", [("half a percent", "0.5", None)], id="half-a-percent"),
    pytest.param("A margin of 0.5% was reported.", [("0.5%", "0.5", None)], id="fraction"),
    pytest.param("Shares are up 1,000% in five years.", [("1,000%", "1000", None)], id="thousands"),
    pytest.param("The firm owns 100% of the unit.", [("100%", "100", None)], id="hundred"),
    pytest.param("It disclosed a roughly 10 percent stake.", [("10 percent", "10", None)], id="seed-style"),
    pytest.param("It bought a 10-percent stake.", [("10-percent", "10", None)], id="hyphen-adjective"),
    pytest.param("Profit rose 3.3-percent.", [("3.3-percent", "3.3", None)], id="hyphen-decimal"),
    pytest.param("It owns a 51 per cent stake.", [("51 per cent", "51", None)], id="per-cent-stake"),
    pytest.param("The group holds a .5% interest.", [(".5%", "0.5", None)], id="leading-dot"),
    pytest.param("Rates rose to 12-1/2 pct.", [("12-1/2 pct", "12.5", None)], id="wire-fraction"),
    pytest.param("Shares were up 10pc on the day.", [("10pc", "10", None)], id="pc-glued"),
]

SIGNED = [
    pytest.param("Revenue changed by minus 5% on the year.", [("minus 5%", "-5", None)], id="minus-word"),
    pytest.param("Earnings changed by -5% on the year.", [("-5%", "-5", None)], id="minus-sign"),
    pytest.param("Growth was −2.5 percent.", [("−2.5 percent", "-2.5", None)], id="unicode-minus"),
    pytest.param("Margins were negative 3 pct.", [("negative 3 pct", "-3", None)], id="negative-word"),
    pytest.param("Sales fell 5% in May.", [("5%", "5", None)], id="fell-stays-positive"),
]

RANGES = [
    pytest.param("Growth is seen at 10-12%.", [("10-12%", "10", "12")], id="hyphen"),
    pytest.param("Earnings should grow by 20-25% this year.", [("20-25%", "20", "25")], id="hyphen-earnings"),
    pytest.param("Growth of 5 to 7 percent is expected.", [("5 to 7 percent", "5", "7")], id="to"),
    pytest.param("It expects growth between 3 and 4 percent.", [("3 and 4 percent", "3", "4")], id="between"),
    pytest.param(
        "Prices rose between 40% and 50%.", [("40%", "40", None), ("50%", "50", None)], id="each-end-own-sign"
    ),
    pytest.param(
        "The units grew 5 and 8 pct respectively.",
        [("5", "5", None), ("8 pct", "8", None)],
        id="and-two-values",
    ),
    pytest.param(
        "Sales rose 20% in 2004 and 15% in 2005.",
        [("20%", "20", None), ("15%", "15", None)],
        id="years-between",
    ),
    pytest.param(
        "Margins were 0.7% in 2011 and 0.9% in 2010.",
        [("0.7%", "0.7", None), ("0.9%", "0.9", None)],
        id="year-and-value",
    ),
    pytest.param(
        "Growth was 10%-12% last year.", [("10%", "10", None), ("12%", "12", None)], id="two-signs-hyphen"
    ),
    pytest.param(
        "The stake rose to 15 pct from 10 pct.",
        [("15 pct", "15", None), ("10 pct", "10", None)],
        id="to-from",
    ),
]

NEGATIVES = [
    pytest.param("Inflation rose 2.5 percentage points.", [], id="percentage-points"),
    pytest.param("The bank raised rates by 25 basis points.", [], id="basis-points"),
    pytest.param("The yield rose 30 bps.", [], id="bps"),
    pytest.param("The rate was 4% points higher.", [], id="sign-points"),
    pytest.param("The gap narrowed by 3 pct points.", [], id="pct-points"),
    pytest.param("The percentage of women rose.", [], id="percentage-word"),
    pytest.param("A percent sign was missing.", [], id="a-percent"),
    pytest.param("The firm paid $10 million.", [], id="money"),
    pytest.param("It was founded in 1999.", [], id="year"),
    pytest.param("Half of the staff left.", [], id="fraction-word"),
    pytest.param("It bought a third of the company.", [], id="a-third"),
    pytest.param("The fund has 25 partners.", [], id="count"),
    pytest.param("The office bought 10 PCs.", [], id="pcs"),
]

CASES = [*FORMS, *SIGNED, *RANGES, *NEGATIVES]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_percentages(pipeline: corpfacts.Pipeline, text: str, expected: list[Row]) -> None:
    assert percentages(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        pytest.param("It disclosed a roughly 10 percent stake.", "roughly", id="roughly"),
        pytest.param("It holds about 7.6 pct of the stock.", "about", id="about"),
        pytest.param("The fund may acquire up to 45 pct of the brewer.", "up to", id="up-to"),
        pytest.param("Holders of at least 90 pct must accept.", "at least", id="at-least"),
        pytest.param("Sales rose more than 10% on Friday.", "more than", id="more-than"),
        pytest.param("Sales rose 10%.", None, id="none"),
    ],
)
def test_qualifier_is_kept_outside_the_span(
    pipeline: corpfacts.Pipeline, text: str, qualifier: str | None
) -> None:
    (percentage,) = pipeline.extract(text).percentages
    assert percentage.qualifier == qualifier
    assert qualifier is None or qualifier not in percentage.text


def test_seed_article(pipeline: corpfacts.Pipeline, seed_gold: dict[str, Any]) -> None:
    facts = pipeline.extract(seed_gold["text"], seed_gold["published"])
    assert [(p.text, p.start, p.value, p.qualifier) for p in facts.percentages] == [
        ("10 percent", 2110, Decimal(10), "roughly")
    ]


PIECES = st.sampled_from(
    ["10", "9.3", ".5", "1,000", "%", " percent", " per cent", " pct", "-", "minus ", " to ", " and ",
     "between ", "ten", "twenty-five", "half a", " points", " ", ",", "\n", "roughly ", "a"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES | st.text(max_size=4), max_size=25).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_properties(pipeline: corpfacts.Pipeline, text: str) -> None:
    first = pipeline.extract(text).percentages
    for percentage in first:
        assert text[percentage.start : percentage.end] == percentage.text
        assert isinstance(percentage.value, Decimal)
        assert percentage.value_max is None or isinstance(percentage.value_max, Decimal)
    assert pipeline.extract(text).percentages == first
