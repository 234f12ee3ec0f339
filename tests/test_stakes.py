"""The ``stakes`` plugin: every ownership share of a named company.

Sentences written for these tests; expected stakes worked out from the text
by hand as ``"holder -> target percent"`` (holder ``-`` when unnamed).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_deals import PUBLISHED, KnownNames

from corpfacts import Pipeline

STAKE_CASES = [
    pytest.param(
        "Orbis Capital Corp disclosed a 7.5 percent stake in Halcyon Retail Inc.",
        ["Orbis Capital Corp -> Halcyon Retail Inc 7.5"],
        id="disclosed",
    ),
    pytest.param(
        "Fennec Partners LP raised its stake in Drummond Textiles Inc to 15 pct from 10 pct.",
        ["Fennec Partners LP -> Drummond Textiles Inc 15"],
        id="raised-to-from-gives-new-level-only",
    ),
    pytest.param(
        "Merrow Asset Management Inc said it raised its stake in Oakham Steel Corp to 812,000 shares, "
        "or 6.1 pct, from 640,000 shares, or 4.8 pct.",
        ["Merrow Asset Management Inc -> Oakham Steel Corp 6.1"],
        id="shares-or-percent-from-old-level",
    ),
    pytest.param(
        "Sterling Insurance Group owns 17.8 pct of Cardinal Re Ltd.",
        ["Sterling Insurance Group -> Cardinal Re Ltd 17.8"],
        id="owns-percent-of",
    ),
    pytest.param(
        "Larch Holdings Ltd, which already holds 26 pct of Osier Textiles Ltd, made an offer.",
        ["Larch Holdings Ltd -> Osier Textiles Ltd 26"],
        id="relative-clause-holder",
    ),
    pytest.param(
        "Galloway Trust Plc sold a 24 pct stake in Hebrides Salmon Ltd to Skerry Seafoods Ltd.",
        ["Skerry Seafoods Ltd -> Hebrides Salmon Ltd 24"],
        id="sold-to-buyer-who-now-holds-it",
    ),
    pytest.param(
        "Kendal Mills Plc plans to sell its 65 pct interest in Lune Fabrics Ltd.",
        ["Kendal Mills Plc -> Lune Fabrics Ltd 65"],
        id="sell-its-interest-no-buyer",
    ),
    pytest.param(
        "Tolland Industries Inc acquired a third of Brisk Beverages Inc in 2010.",
        ["Tolland Industries Inc -> Brisk Beverages Inc 33.33"],
        id="a-third",
    ),
    pytest.param(
        "The remaining two-thirds of Brisk Beverages Inc was bought by Juniper Drinks Corp.",
        ["Juniper Drinks Corp -> Brisk Beverages Inc 66.67"],
        id="two-thirds-passive-holder",
    ),
    pytest.param(
        "Hawthorne Mutual Inc holds half of Elmira Bancorp Inc.",
        ["Hawthorne Mutual Inc -> Elmira Bancorp Inc 50"],
        id="half",
    ),
    pytest.param(
        "Investors who own 30 pct of Ridgeway Homes Corp backed the plan.",
        ["- -> Ridgeway Homes Corp 30"],
        id="unnamed-holder",
    ),
    pytest.param(
        "Juniper Telecom Inc acquired 67 pct of Saffron Networks Ltd's US affiliate Tarragon Mobile Inc.",
        ["Juniper Telecom Inc -> Tarragon Mobile Inc 67"],
        id="possessive-chain-to-the-owned-company",
    ),
    pytest.param(
        "Corbel Investments Inc is a 12 pct owner of Ashdown Brewing Plc.",
        ["Corbel Investments Inc -> Ashdown Brewing Plc 12"],
        id="percent-owner-of",
    ),
    pytest.param(
        "Pinnacle Foods Corp said the bid for the outstanding 38% of Harvest Snacks Inc is worth $75 "
        "million.",
        ["Pinnacle Foods Corp -> Harvest Snacks Inc 38"],
        id="speaker-seeks-the-stake",
    ),
    pytest.param(
        "Quillon Ventures LP cut its stake in Aster Biotech Inc to 4.2 pct. It will lower its stake to 3 pct "
        "next year.",
        ["Quillon Ventures LP -> Aster Biotech Inc 4.2", "Quillon Ventures LP -> Aster Biotech Inc 3"],
        id="its-stake-refers-to-the-last-target",
    ),
    pytest.param(
        "Ennis Dairy Plc said its board met. Ennis Dairy Plc rejected a rival plan. Wexford Capital Ltd, "
        "which has bid before, offered to buy 40 pct of the company's stock.",
        ["Wexford Capital Ltd -> Ennis Dairy Plc 40"],
        id="the-company-is-the-story-topic",
    ),
    pytest.param(
        "Larch Holdings (Europe), which is controlled by Corbel Investments Inc and which has applied to "
        "regulators, wants to buy up to 30 pct of Osier Textiles Ltd.",
        ["Larch Holdings (Europe) -> Osier Textiles Ltd 30"],
        id="relative-clause-after-a-bracketed-name",
    ),
    pytest.param(
        "Ridgeway Homes Corp agreed to the offer. Ridgeway Homes Corp said holders of 62 pct of the shares "
        "had accepted.",
        ["- -> Ridgeway Homes Corp 62"],
        id="of-the-shares-is-the-story-company",
    ),
    pytest.param(
        "Halcyon Retail Inc rejected the bid. Halcyon Retail Inc said the bidder already owns 14 pct.",
        ["- -> Halcyon Retail Inc 14"],
        id="bare-owns-percent-is-the-story-company",
    ),
    pytest.param(
        "Aster Biotech Inc shares fell. The investor, who sued Aster Biotech Inc last year, still has "
        "11 pct, a filing showed.",
        ["- -> Aster Biotech Inc 11"],
        id="still-has-percent",
    ),
    pytest.param(
        "Wexford Capital Ltd bought 1.7 mln shares of Ennis Dairy Plc, or 6.3 pct of the company's shares.",
        ["Wexford Capital Ltd -> Ennis Dairy Plc 6.3"],
        id="the-company-is-the-company-named-last",
    ),
]

# Rules added for holders named through "its stake ... to", "it holds", appositions, vehicles.
STAKE_CASES += [
    pytest.param(
        "Thornbury Capital Ltd said it sold warrants in Lindale Foods Inc, reducing its stake in the "
        "group to 975,000 shares, or 7.3 pct, from 1,320,000 shares, or 9.9 pct.",
        ["Thornbury Capital Ltd -> Lindale Foods Inc 7.3"],
        id="reducing-its-stake-in-the-group-is-the-subjects",
    ),
    pytest.param(
        "Ardmore Mills Plc, which owns cotton farms, cut its holding in Fairlie Yarns Ltd to 12 pct.",
        ["Ardmore Mills Plc -> Fairlie Yarns Ltd 12"],
        id="its-holding-to-owner-is-the-subject",
    ),
    pytest.param(
        "Norland Steel AB sold Ostrava Metals AG four pct of Kladno Wire AS and the remaining seven pct "
        "it holds stays in trust.",
        ["Ostrava Metals AG -> Kladno Wire AS 4", "Norland Steel AB -> Kladno Wire AS 7"],
        id="remaining-pct-it-holds-stays-with-the-seller",
    ),
    pytest.param(
        "Selwyn Group Plc has obtained irrevocable undertakings to accept its offer in respect of 37 pct "
        "of Thornbury Stores Plc shares from the company's founders.",
        ["- -> Thornbury Stores Plc 37"],
        id="undertakings-leave-the-holders-unnamed",
    ),
    pytest.param(
        "The sale was forced by Corbel Investments Inc, a unit of the Dutch Ashdown group, which holds a "
        "62 pct stake in Halcyon Retail Inc.",
        ["Corbel Investments Inc -> Halcyon Retail Inc 62"],
        id="relative-clause-after-an-apposition-is-the-head",
    ),
    pytest.param(
        "Elmira Bancorp Inc said its stake will be 14.2 pct of Cardinal Re Ltd's existing shares and "
        "12.4 pct of the enlarged capital.",
        ["Elmira Bancorp Inc -> Cardinal Re Ltd 12.4"],
        id="enlarged-capital-share-wins-over-existing",
    ),
    pytest.param(
        "Osier Textiles Ltd agreed to acquire Lune Fabrics Ltd for new shares, which would give former "
        "Lune Fabrics Ltd shareholders a 35 pct stake in the combined group.",
        ["- -> Osier Textiles Ltd 35"],
        id="combined-company-is-the-buyer-and-former-owners-unnamed",
    ),
    pytest.param(
        "Two brothers who own 18% of Aster Biotech Inc oppose the bid. The brothers own their holding "
        "via the Quillon Ventures LP vehicle.",
        ["Quillon Ventures LP -> Aster Biotech Inc 18"],
        id="stake-held-through-a-vehicle",
    ),
    pytest.param(
        "Galloway Trust Plc sold 20 pct of Hebrides Salmon Ltd to Skerry Pension Fund. It will sell the "
        "fund a further 6 pct of Hebrides Salmon Ltd next year.",
        ["Skerry Pension Fund -> Hebrides Salmon Ltd 20", "Skerry Pension Fund -> Hebrides Salmon Ltd 6"],
        id="the-fund-is-the-company-named-fund",
    ),
]

NOT_STAKES = [
    pytest.param("Shares of Halcyon Retail Inc rose 4% on Monday.", id="share-price-change"),
    pytest.param("Sales at Cardinal Re Ltd grew by 12 pct.", id="sales-growth"),
    pytest.param("Osier Textiles Ltd controls 8 pct of the European market.", id="market-share"),
    pytest.param("Oakham Steel Corp is about 7% smaller than Drummond Textiles Inc.", id="comparison"),
    pytest.param(
        "The offer requires that Fennec Partners LP raise its stake in Aster Biotech Inc to at least 20 pct.",
        id="threshold-at-least",
    ),
    pytest.param("Ridgeway Homes Corp cut prices by 10 percent.", id="price-cut"),
    pytest.param("Elmira Bancorp Inc pays a dividend yield of 3.5%.", id="yield"),
    pytest.param(
        "Elmira Bancorp Inc expanded. Elmira Bancorp Inc will own 30% of the new branch network.",
        id="owns-percent-of-a-project",
    ),
    pytest.param(
        "Cardinal Re Ltd grew. Cardinal Re Ltd said eight pct of the new capital being raised is for staff.",
        id="percent-of-new-capital",
    ),
]

NOT_STAKES += [
    pytest.param(
        "Elmira Bancorp Inc expanded. It wants investors to take as much as 35 pct in the tower, "
        "the company said.",
        id="pct-in-a-project-then-the-company-said",
    ),
]

NAMES = (
    "Orbis Capital Corp",
    "Halcyon Retail Inc",
    "Fennec Partners LP",
    "Drummond Textiles Inc",
    "Merrow Asset Management Inc",
    "Oakham Steel Corp",
    "Sterling Insurance Group",
    "Cardinal Re Ltd",
    "Larch Holdings Ltd",
    "Osier Textiles Ltd",
    "Galloway Trust Plc",
    "Hebrides Salmon Ltd",
    "Skerry Seafoods Ltd",
    "Kendal Mills Plc",
    "Lune Fabrics Ltd",
    "Tolland Industries Inc",
    "Brisk Beverages Inc",
    "Juniper Drinks Corp",
    "Hawthorne Mutual Inc",
    "Elmira Bancorp Inc",
    "Ridgeway Homes Corp",
    "Juniper Telecom Inc",
    "Saffron Networks Ltd",
    "Tarragon Mobile Inc",
    "Corbel Investments Inc",
    "Ashdown Brewing Plc",
    "Pinnacle Foods Corp",
    "Harvest Snacks Inc",
    "Quillon Ventures LP",
    "Aster Biotech Inc",
    "Wexford Capital Ltd",
    "Ennis Dairy Plc",
    "Larch Holdings (Europe)",
    "Thornbury Capital Ltd",
    "Lindale Foods Inc",
    "Ardmore Mills Plc",
    "Fairlie Yarns Ltd",
    "Norland Steel AB",
    "Ostrava Metals AG",
    "Kladno Wire AS",
    "Selwyn Group Plc",
    "Thornbury Stores Plc",
    "Skerry Pension Fund",
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline([KnownNames(NAMES)], entry_points=False, disable=["companies"])


def stakes_of(pipeline: Pipeline, text: str) -> list[str]:
    facts = pipeline.extract(text, PUBLISHED)
    return sorted(
        f"{'-' if s.holder is None else s.holder.name} -> {s.target.name} {s.percent.normalize():f}"
        for s in facts.stakes
    )


@pytest.mark.parametrize(("text", "expected"), STAKE_CASES)
def test_stakes(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert stakes_of(pipeline, text) == sorted(expected)


@pytest.mark.parametrize("text", NOT_STAKES)
def test_not_stakes(pipeline: Pipeline, text: str) -> None:
    assert stakes_of(pipeline, text) == []


def test_stake_points_at_its_evidence(pipeline: Pipeline) -> None:
    text = "Orbis Capital Corp disclosed a 7.5 percent stake in Halcyon Retail Inc."
    (stake,) = pipeline.extract(text, PUBLISHED).stakes
    assert stake.percent == Decimal("7.5")
    assert [s.text for s in stake.evidence] == ["Orbis Capital Corp", "7.5 percent", "Halcyon Retail Inc"]
    assert all(text[s.start : s.end] == s.text for s in stake.evidence)


def test_full_pipeline_finds_the_seed_stake() -> None:
    pipeline = Pipeline(entry_points=False)
    text = (
        "Lambeth Retail Plc has few stores abroad. Last week, it disclosed a roughly 8 percent stake in "
        "Moxie Toys Inc, a toy retailer."
    )
    facts = pipeline.extract(text, PUBLISHED)
    assert [(s.holder and s.holder.name, s.target.name, s.percent) for s in facts.stakes] == [
        ("Lambeth Retail Plc", "Moxie Toys Inc", Decimal(8))
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Orbis Capital Corp owns 5 pct of Halcyon Retail Inc, its stake .%")),
        max_size=120,
    )
)
def test_arbitrary_text_never_raises(text: str) -> None:
    pipeline = _SHARED.setdefault(
        "pipeline", Pipeline([KnownNames(NAMES)], entry_points=False, disable=["companies"])
    )
    facts = pipeline.extract(text, PUBLISHED)
    for stake in facts.stakes:
        assert all(text[s.start : s.end] == s.text for s in stake.evidence)


_SHARED: dict[str, Pipeline] = {}
