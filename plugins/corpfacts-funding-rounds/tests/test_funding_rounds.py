"""The funding-rounds plugin: the record, its JSON, the plugin contract, and sentences end to end."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

import corpfacts_funding_rounds as plugin
import pytest
from corpfacts_funding_rounds import FundingRound

import corpfacts
from corpfacts import Company, Money, Span
from corpfacts.plugins import BUILTIN_PLUGINS

BUILTINS = list(BUILTIN_PLUGINS)  # switched off where only the plugin itself is tested
HAVE_BUILTINS = all(
    importlib.util.find_spec(f"corpfacts.extractors.{name}") is not None for name in ("money", "companies")
)
needs_builtins = pytest.mark.skipif(not HAVE_BUILTINS, reason="built-in extractors not available")

# -- the record and the plugin contract ----------------------------------------------


def test_record_is_a_frozen_corpfacts_record() -> None:
    text = "Brightwave raised $50 million."
    amount = Money(Span.of(text, 18, 29), value=Decimal(50_000_000), currency="USD")
    record = FundingRound(company=Company(name="Brightwave"), round="Series B", amount=amount)
    assert isinstance(record, corpfacts.Record)
    assert FundingRound.collection == "funding_rounds"
    with pytest.raises(AttributeError):
        record.round = "Series C"  # type: ignore[misc]
    assert record.lead_investor_names == ()


def test_record_serializes_field_by_field() -> None:
    text = "Brightwave raised $50 million in a Series B led by Sequoia, valuing it at $400 million."
    amount = Money(Span.of(text, 18, 29), value=Decimal(50_000_000), currency="USD")
    valuation = Money(Span.of(text, 74, 86), value=Decimal(400_000_000), currency="USD")
    record = FundingRound(
        company=Company(name="Brightwave"),
        round="Series B",
        amount=amount,
        lead_investors=("Sequoia",),
        valuation=valuation,
        evidence=(Span.of(text, 0, 10), amount.span),
    )
    facts = corpfacts.Facts(text=text, published=None, collections={"funding_rounds": (record,)})
    assert facts.to_dict()["funding_rounds"] == [
        {
            "company": "Brightwave",
            "round": "Series B",
            "amount": {"text": "$50 million", "start": 18, "end": 29, "value": 50000000, "currency": "USD"},
            "lead_investors": ["Sequoia"],
            "valuation": {
                "text": "$400 million",
                "start": 74,
                "end": 86,
                "value": 400000000,
                "currency": "USD",
            },
        }
    ]


def test_plugin_gives_one_extractor_with_its_needs() -> None:
    pipeline = corpfacts.Pipeline([plugin], entry_points=False, disable=BUILTINS)
    assert [p.name for p in pipeline.plugins] == ["funding-rounds"]
    assert [p.hooks for p in pipeline.plugins] == [("corpfacts_extractors",)]
    (extractor,) = pipeline.extractors
    assert extractor.gives == {"funding_rounds"}
    assert extractor.needs == {"amounts", "companies", "company_mentions"}


def test_without_amounts_or_companies_nothing_breaks() -> None:
    pipeline = corpfacts.Pipeline([plugin], entry_points=False, disable=BUILTINS)
    facts = pipeline.extract("Brightwave raised money in a Series B led by Sequoia.")
    (record,) = facts.get("funding_rounds")
    assert isinstance(record, FundingRound)
    assert record.round == "Series B"
    assert record.amount is None
    assert record.lead_investor_names == ("Sequoia",)


# -- sentences end to end, with the built-in extractors ------------------------------


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline([plugin], entry_points=False)


def rounds(pipeline: corpfacts.Pipeline, text: str) -> list[FundingRound]:
    found = pipeline.extract(text, published="2024-05-14").get("funding_rounds")
    assert all(isinstance(r, FundingRound) for r in found)
    return [r for r in found if isinstance(r, FundingRound)]


def same_name(company: Company | None, name: str | None) -> bool:
    if company is None or name is None:
        return company is None and name is None
    return company.is_named(name) or company.name.casefold().startswith(name.casefold())


ROUNDS = [
    # (text, company, round, amount, currency, leads, valuation)
    pytest.param(
        "Brightwave raised $50 million in a Series B led by Sequoia Capital.",
        "Brightwave",
        "Series B",
        "50000000",
        "USD",
        ["Sequoia Capital"],
        None,
        id="issue-example",
    ),
    pytest.param(
        "Loomly Inc has closed a $3 million seed round led by Accel, with participation from angels.",
        "Loomly Inc",
        "seed",
        "3000000",
        "USD",
        ["Accel"],
        None,
        id="seed-round-participation-is-not-a-lead",
    ),
    pytest.param(
        "Drifthaus GmbH secured €4 million in a pre-seed round led by Point Nine.",
        "Drifthaus GmbH",
        "pre-seed",
        "4000000",
        "EUR",
        ["Point Nine"],
        None,
        id="pre-seed-euros",
    ),
    pytest.param(
        "Quillfeather Inc raised $200 million in a Series D led by Coatue Management, "
        "valuing it at $2.5 billion.",
        "Quillfeather Inc",
        "Series D",
        "200000000",
        "USD",
        ["Coatue Management"],
        "2500000000",
        id="valuing-it-at",
    ),
    pytest.param(
        "Corvane Inc raised $120 million in a Series C at a $1.2 billion valuation.",
        "Corvane Inc",
        "Series C",
        "120000000",
        "USD",
        [],
        "1200000000",
        id="at-a-valuation",
    ),
    pytest.param(
        "Tessara Bio Inc has raised $35 million in Series A financing co-led by Arch Venture Partners and "
        "Polaris Partners.",
        "Tessara Bio Inc",
        "Series A",
        "35000000",
        "USD",
        ["Arch Venture Partners", "Polaris Partners"],
        None,
        id="co-led-two-leads",
    ),
    pytest.param(
        "Index Ventures led a €15 million Series A round in Nordgrid AS.",
        "Nordgrid AS",
        "Series A",
        "15000000",
        "EUR",
        ["Index Ventures"],
        None,
        id="active-led-round-in-company",
    ),
    pytest.param(
        "Halcyon Robotics Ltd raised £8 million in new funding led by Balderton Capital, bringing its total "
        "to £20 million.",
        "Halcyon Robotics Ltd",
        None,
        "8000000",
        "GBP",
        ["Balderton Capital"],
        None,
        id="unnamed-round-total-is-not-the-amount",
    ),
    pytest.param(
        "Verdant Mills Corp raised $40 million in a Series B-2 round led by existing investor Lightspeed.",
        "Verdant Mills Corp",
        "Series B-2",
        "40000000",
        "USD",
        ["Lightspeed"],
        None,
        id="sub-series-and-existing-investor",
    ),
]


@needs_builtins
@pytest.mark.parametrize(("text", "company", "name", "amount", "currency", "leads", "valuation"), ROUNDS)
def test_one_round_per_sentence(
    pipeline: corpfacts.Pipeline,
    text: str,
    company: str,
    name: str | None,
    amount: str,
    currency: str,
    leads: list[str],
    valuation: str | None,
) -> None:
    (record,) = rounds(pipeline, text)
    assert same_name(record.company, company)
    assert record.round == name
    assert record.amount is not None
    assert (record.amount.value, record.amount.currency) == (Decimal(amount), currency)
    assert [n.casefold() for n in record.lead_investor_names] == [n.casefold() for n in leads]
    assert (record.valuation and record.valuation.value) == (valuation and Decimal(valuation))
    assert all(text[s.start : s.end] == s.text for s in record.evidence)


@needs_builtins
def test_a_later_sentence_fills_in_the_leads(pipeline: corpfacts.Pipeline) -> None:
    (record,) = rounds(
        pipeline,
        "Acme Corp raised $12 million in new funding. The round was led by Index Ventures, the company said.",
    )
    assert same_name(record.company, "Acme Corp")
    assert record.lead_investor_names == ("Index Ventures",)


@needs_builtins
def test_other_sentences_do_not_fill_in_the_round(pipeline: corpfacts.Pipeline) -> None:
    (record,) = rounds(
        pipeline,
        "Acme Corp raised $12 million in new funding. Rival Orbix Inc, led by Tom Ray, is valued at "
        "$2 billion. The round was led by Index Ventures.",
    )
    assert record.lead_investor_names == ("Index Ventures",)
    assert record.valuation is None


@needs_builtins
def test_led_by_its_founder_is_not_a_lead_investor(pipeline: corpfacts.Pipeline) -> None:
    (record,) = rounds(pipeline, "Acme Corp, led by its founder Jane Roe, raised $5 million in a seed round.")
    assert (record.round, record.lead_investor_names) == ("seed", ())


@needs_builtins
def test_a_headline_and_its_story_are_one_round(pipeline: corpfacts.Pipeline) -> None:
    found = rounds(
        pipeline,
        "Ostara Health raises $60 million Series B\n"
        "Ostara Health Inc said on Tuesday it raised $60 million in a Series B led by General Catalyst.",
    )
    assert [(r.round, r.lead_investor_names) for r in found] == [("Series B", ("General Catalyst",))]


@needs_builtins
def test_two_rounds_in_one_sentence(pipeline: corpfacts.Pipeline) -> None:
    found = rounds(
        pipeline, "Kelvra Systems Inc raised $25 million in a Series B and $9 million in a Series A."
    )
    assert [(r.round, r.amount and r.amount.value) for r in found] == [
        ("Series B", Decimal(25_000_000)),
        ("Series A", Decimal(9_000_000)),
    ]


@needs_builtins
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mervyn Logistics Corp issued $300 million of Series B preferred shares.", id="securities"
        ),
        pytest.param("Farmers paid $5 million for seed and fertiliser last year.", id="seed-as-a-plant"),
        pytest.param("Acme Corp agreed to buy Widget Inc for $5 million.", id="acquisition"),
        pytest.param("The World Series drew record audiences, the league said.", id="sports"),
        pytest.param("Pyrrhic Chemicals Plc raised its dividend to $1.20 a share.", id="dividend"),
        pytest.param("The company said the funding round would close next month.", id="no-sum-no-verb"),
    ],
)
def test_not_funding_rounds(pipeline: corpfacts.Pipeline, text: str) -> None:
    assert rounds(pipeline, text) == []


@needs_builtins
def test_json_output_has_funding_rounds(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("Brightwave raised $50 million in a Series B led by Sequoia Capital.")
    (out,) = facts.to_dict()["funding_rounds"]
    assert out["round"] == "Series B"
    assert out["amount"]["value"] == 50000000
    assert out["amount"]["text"] == "$50 million"
    assert out["lead_investors"] == ["Sequoia Capital"]
