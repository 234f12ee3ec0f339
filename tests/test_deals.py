"""The ``deals`` plugin: who bought, sold, merged, invested in or listed what.

Every sentence here was written for these tests (none comes from the
evaluation data) and its expected deal was worked out from the text by
hand. An expectation reads ``"kind | slot=value | ..."``; roles and terms not
listed must be empty, ``status`` and ``exchange`` are checked only when
listed. All texts are dated 2016-06-15, a Wednesday in ISO week 24.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpfacts import (
    Company,
    CompanyMention,
    Deal,
    Document,
    Extractor,
    Fact,
    Facts,
    Lexicon,
    Pipeline,
    Span,
    hookimpl,
)

PUBLISHED = "2016-06-15"


_SUFFIXES = ("Inc", "Corp", "Ltd", "Plc", "LLC", "LP", "AG", "AB", "Oy", "GmbH", "SA", "AS", "Co")


class KnownNames:
    """A test-only companies plugin: finds exactly the names it is given.

    The deal rules are tested apart from the companies extractor's own
    choices; a name ending in a legal suffix is also found without it
    ("Harbor Tech" for "Harbor Tech Inc").
    """

    corpfacts_name = "known_names"

    def __init__(self, names: Iterable[str]) -> None:
        self.forms: dict[str, str] = {}
        for name in names:
            self.forms[name] = name
            head, _, last = name.rpartition(" ")
            if last in _SUFFIXES and head:
                self.forms.setdefault(head, name)

    @hookimpl
    def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
        alternation = "|".join(regex.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        pattern = regex.compile(rf"(?<![\w&])(?:{alternation})(?![\w&])")

        def run(document: Document) -> list[Fact]:
            mentions: list[Fact] = []
            spans: dict[str, list[Span]] = {}
            for match in pattern.finditer(document.text):
                name = self.forms[match.group()]
                span = document.span(*match.span())
                mentions.append(CompanyMention(span, name=name, extractor="known_names"))
                spans.setdefault(name, []).append(span)
            companies: list[Fact] = [
                Company(
                    name=name,
                    aliases=tuple(dict.fromkeys(s.text for s in found)),
                    evidence=found,
                    extractor="known_names",
                )
                for name, found in spans.items()
            ]
            return mentions + companies

        return [Extractor("known_names", run, gives={"companies", "company_mentions"})]


def names_in(expected: Iterable[str]) -> set[str]:
    found = set()
    for line in expected:
        for key, value in list(parse(line).items())[1:]:
            if key in ("buyer", "seller", "target", "company"):
                found.add(value)
            elif key == "parties":
                found.update(value.split(";"))
    return found


def describe(deal: Deal) -> dict[str, str]:
    """A deal as the flat slot -> text mapping the expectations use."""
    out = {"kind": deal.kind}
    for role in ("buyer", "seller", "target", "company"):
        company = getattr(deal, role)
        if company is not None:
            out[role] = company.name
    if deal.parties:
        out["parties"] = ";".join(sorted(c.name for c in deal.parties))
    if deal.amount is not None:
        out["amount"] = f"{deal.amount.value.normalize():f} {deal.amount.currency}"
    if deal.stake is not None:
        out["stake"] = f"{deal.stake.normalize():f}"
    if deal.date is not None and deal.date.value is not None:
        out["date"] = deal.date.value.timex
    if deal.exchange is not None:
        out["exchange"] = deal.exchange
    if deal.status is not None:
        out["status"] = deal.status
    return out


def parse(expected: str) -> dict[str, str]:
    kind, *slots = (part.strip() for part in expected.split("|"))
    out = {"kind": kind}
    for slot in slots:
        key, _, value = slot.partition("=")
        if key == "parties":
            value = ";".join(sorted(value.split(";")))
        out[key] = value
    return out


_OPTIONAL = ("status", "exchange")


def check(facts: Facts, expected: list[str]) -> None:
    found = [describe(d) for d in facts.deals]
    wanted = [parse(e) for e in expected]
    for want in wanted:
        matches = [
            got
            for got in found
            if all(got.get(k) == v for k, v in want.items())
            and all(k in want for k in got if k not in _OPTIONAL)
        ]
        assert matches, f"expected {want}\n  found {found}"
        found.remove(matches[0])
    assert not found, f"unexpected deals {found}"


def extract(pipeline: Pipeline, text: str) -> Facts:
    return pipeline.extract(text, PUBLISHED)


# -- acquisitions, active voice ------------------------------------------------------
ACQUISITIONS_ACTIVE = [
    pytest.param(
        "Harbor Tech Inc agreed to acquire Lumen Systems Corp for $1.2 billion.",
        [
            "acquisition | buyer=Harbor Tech Inc | target=Lumen Systems Corp | amount=1200000000 USD | "
            "status=announced"
        ],
        id="agreed-to-acquire-with-price",
    ),
    pytest.param(
        "Omni Brands Ltd bought Kestrel Foods Plc for 45 mln stg last year.",
        [
            "acquisition | buyer=Omni Brands Ltd | target=Kestrel Foods Plc | amount=45000000 GBP | "
            "date=2015 "
            "| status=completed"
        ],
        id="bought-wire-style-amount",
    ),
    pytest.param(
        "Granite Holdings Corp has completed its purchase of Teller Software Inc.",
        ["acquisition | buyer=Granite Holdings Corp | target=Teller Software Inc | status=completed"],
        id="completed-purchase-of",
    ),
    pytest.param(
        "Osprey Airlines Ltd said on Monday it will buy Condor Regional Inc.",
        [
            "acquisition | buyer=Osprey Airlines Ltd | target=Condor Regional Inc | date=2016-06-13 | "
            "status=planned"
        ],
        id="pronoun-subject-it-will-buy",
    ),
    pytest.param(
        "Meridian Bank Corp is acquiring Westfield Savings Inc in a deal valued at $640 million.",
        ["acquisition | buyer=Meridian Bank Corp | target=Westfield Savings Inc | amount=640000000 USD"],
        id="is-acquiring-valued-at",
    ),
    pytest.param(
        "Tessera Chemicals AG took over Rhine Coatings GmbH in March.",
        [
            "acquisition | buyer=Tessera Chemicals AG | target=Rhine Coatings GmbH | date=2016-03 | "
            "status=completed"
        ],
        id="took-over",
    ),
    pytest.param(
        "Polaris Media Inc launched a tender offer for Crescent Publishing Corp on Tuesday.",
        ["acquisition | buyer=Polaris Media Inc | target=Crescent Publishing Corp | date=2016-06-14"],
        id="tender-offer-for",
    ),
    pytest.param(
        "Atlas Freight Corp made a 2.1 billion dlr bid for Summit Logistics Inc.",
        [
            "acquisition | buyer=Atlas Freight Corp | target=Summit Logistics Inc | amount=2100000000 USD "
            "| status=announced"
        ],
        id="amount-before-bid-for",
    ),
    pytest.param(
        "Norrland Paper AB acquired Baltic Pulp Oy from Fenwick Industries Plc for 90 million euros.",
        [
            "acquisition | buyer=Norrland Paper AB | seller=Fenwick Industries Plc | target=Baltic Pulp Oy "
            "| amount=90000000 EUR"
        ],
        id="acquired-from-seller",
    ),
    pytest.param(
        "Cobalt Energy Inc paid $310 million for Prairie Wind Corp.",
        ["acquisition | buyer=Cobalt Energy Inc | target=Prairie Wind Corp | amount=310000000 USD"],
        id="paid-for",
    ),
    pytest.param(
        "Redwood Retail Inc offered to acquire Maple Outlets Corp for 18 dlrs a share.",
        ["acquisition | buyer=Redwood Retail Inc | target=Maple Outlets Corp | status=announced"],
        id="per-share-price-is-not-the-amount",
    ),
    pytest.param(
        "Quarry Stone Ltd lost its bid for Basalt Ltd; instead it acquired Flint Aggregates Ltd.",
        [
            "acquisition | buyer=Quarry Stone Ltd | target=Basalt Ltd | status=terminated",
            "acquisition | buyer=Quarry Stone Ltd | target=Flint Aggregates Ltd",
        ],
        id="second-clause-after-semicolon",
    ),
    pytest.param(
        "Vireo Health Corp opened two clinics and bought Larkspur Diagnostics Inc.",
        ["acquisition | buyer=Vireo Health Corp | target=Larkspur Diagnostics Inc"],
        id="coordinated-verbs-share-subject",
    ),
    pytest.param(
        "Helix Instruments Inc acquired Corvid Optics Inc and Pelican Sensors Corp for a total of $80 "
        "million.",
        [
            "acquisition | buyer=Helix Instruments Inc | target=Corvid Optics Inc",
            "acquisition | buyer=Helix Instruments Inc | target=Pelican Sensors Corp",
        ],
        id="coordinated-targets-total-belongs-to-none",
    ),
    pytest.param(
        "Amberly Group Plc will buy all outstanding shares of Trent Valley Water Plc.",
        ["acquisition | buyer=Amberly Group Plc | target=Trent Valley Water Plc | status=planned"],
        id="all-outstanding-shares-is-control",
    ),
    pytest.param(
        "Lodestar Mining Corp gained control of Copperhead Resources Ltd in 2014.",
        ["acquisition | buyer=Lodestar Mining Corp | target=Copperhead Resources Ltd | date=2014"],
        id="gained-control-of",
    ),
]

# -- acquisitions, passive voice, appositions and nouns -------------------------------
ACQUISITIONS_PASSIVE = [
    pytest.param(
        "Kestrel Foods Plc was acquired by Omni Brands Ltd last year.",
        ["acquisition | buyer=Omni Brands Ltd | target=Kestrel Foods Plc | date=2015 | status=completed"],
        id="was-acquired-by",
    ),
    pytest.param(
        "Westfield Savings Inc agreed to be bought by Meridian Bank Corp for $640 million.",
        [
            "acquisition | buyer=Meridian Bank Corp | target=Westfield Savings Inc | amount=640000000 USD "
            "| status=announced"
        ],
        id="agreed-to-be-bought-by",
    ),
    pytest.param(
        "Crescent Publishing Corp said it had been taken over by Polaris Media Inc.",
        ["acquisition | buyer=Polaris Media Inc | target=Crescent Publishing Corp"],
        id="pronoun-passive-taken-over-by",
    ),
    pytest.param(
        "Rhine Coatings GmbH, bought by Tessera Chemicals AG in 2012, makes industrial paint.",
        ["acquisition | buyer=Tessera Chemicals AG | target=Rhine Coatings GmbH | date=2012"],
        id="apposition-bought-by",
    ),
    pytest.param(
        "Harbor Tech Inc's purchase of Lumen Systems Corp closed on Friday.",
        [
            "acquisition | buyer=Harbor Tech Inc | target=Lumen Systems Corp | date=2016-06-10 | "
            "status=completed"
        ],
        id="possessive-purchase-of",
    ),
    pytest.param(
        "The acquisition of Baltic Pulp Oy by Norrland Paper AB was approved by regulators.",
        ["acquisition | buyer=Norrland Paper AB | target=Baltic Pulp Oy"],
        id="acquisition-of-by",
    ),
    pytest.param(
        "Shares of Summit Logistics Inc jumped after it received a takeover bid from Atlas Freight Corp.",
        ["acquisition | buyer=Atlas Freight Corp | target=Summit Logistics Inc"],
        id="received-a-bid-from",
    ),
    pytest.param(
        "Maple Outlets Corp is being bought by Redwood Retail Inc.",
        ["acquisition | buyer=Redwood Retail Inc | target=Maple Outlets Corp | status=announced"],
        id="is-being-bought-by",
    ),
    pytest.param(
        "Condor Regional Inc will be acquired by Osprey Airlines Ltd for 275 mln dlrs.",
        [
            "acquisition | buyer=Osprey Airlines Ltd | target=Condor Regional Inc | amount=275000000 USD "
            "| status=planned"
        ],
        id="will-be-acquired-by",
    ),
    pytest.param(
        "Polaris Media Inc's $900 million takeover of Crescent Publishing Corp was completed in May.",
        [
            "acquisition | buyer=Polaris Media Inc | target=Crescent Publishing Corp | amount=900000000 USD "
            "| date=2016-05 | status=completed"
        ],
        id="possessive-amount-takeover-of",
    ),
    pytest.param(
        "Regulators cleared the takeover of Trent Valley Water Plc by Amberly Group Plc.",
        ["acquisition | buyer=Amberly Group Plc | target=Trent Valley Water Plc"],
        id="takeover-of-by",
    ),
    pytest.param(
        "Summit Logistics Inc has received a takeover offer.",
        ["acquisition | target=Summit Logistics Inc"],
        id="received-an-offer-is-the-target",
    ),
    pytest.param(
        "Trent Valley Water Plc faces a takeover bid, people familiar with the matter said.",
        ["acquisition | target=Trent Valley Water Plc"],
        id="faces-a-bid-is-the-target",
    ),
    pytest.param(
        "Osprey Airlines Ltd flies to 40 cities. It said Condor Regional Inc, acquired in 2012, would keep "
        "its name.",
        ["acquisition | target=Condor Regional Inc | date=2012"],
        id="reduced-relative-participle-is-passive",
    ),
    pytest.param(
        "Tessera Chemicals AG reported higher profit. Sales rose despite the costly acquisition of Rhine "
        "Coatings GmbH.",
        ["acquisition | buyer=Tessera Chemicals AG | target=Rhine Coatings GmbH"],
        id="noun-with-no-subject-takes-the-story-topic",
    ),
    pytest.param(
        "Flint Aggregates Ltd, which was bought by Quarry Stone Ltd, employs 300 people.",
        ["acquisition | buyer=Quarry Stone Ltd | target=Flint Aggregates Ltd"],
        id="relative-clause-was-bought-by",
    ),
]

# -- stakes -------------------------------------------------------------------------
STAKES = [
    pytest.param(
        "Last week, Orbis Capital Corp disclosed a 7.5 percent stake in Halcyon Retail Inc.",
        ["stake | buyer=Orbis Capital Corp | target=Halcyon Retail Inc | stake=7.5 | date=2016-W23"],
        id="disclosed-stake-last-week",
    ),
    pytest.param(
        "Fennec Partners LP raised its stake in Drummond Textiles Inc to 15 pct from 10 pct.",
        ["stake | buyer=Fennec Partners LP | target=Drummond Textiles Inc | stake=15 | status=completed"],
        id="raised-stake-new-level",
    ),
    pytest.param(
        "Sterling Insurance Group bought a 20% stake in Cardinal Re Ltd for $150 million.",
        ["stake | buyer=Sterling Insurance Group | target=Cardinal Re Ltd | amount=150000000 USD | stake=20"],
        id="bought-minority-stake-with-price",
    ),
    pytest.param(
        "Larch Holdings Ltd took a 12 pct stake in Osier Textiles Ltd.",
        ["stake | buyer=Larch Holdings Ltd | target=Osier Textiles Ltd | stake=12"],
        id="took-a-stake",
    ),
    pytest.param(
        "Calder Engineering Plc agreed to buy a majority stake in Tyne Castings Ltd.",
        ["acquisition | buyer=Calder Engineering Plc | target=Tyne Castings Ltd | status=announced"],
        id="majority-stake-is-acquisition",
    ),
    pytest.param(
        "Pinnacle Foods Corp will acquire the remaining 49% of Harvest Snacks Inc.",
        ["acquisition | buyer=Pinnacle Foods Corp | target=Harvest Snacks Inc | stake=49"],
        id="remaining-shares-is-acquisition",
    ),
    pytest.param(
        "Quillon Ventures LP cut its stake in Aster Biotech Inc to 4.2 pct.",
        ["stake | seller=Quillon Ventures LP | target=Aster Biotech Inc | stake=4.2"],
        id="cut-stake-makes-a-seller",
    ),
    pytest.param(
        "Merrow Asset Management Inc said it bought 1.2 mln shares of Oakham Steel Corp.",
        ["stake | buyer=Merrow Asset Management Inc | target=Oakham Steel Corp"],
        id="bought-shares-without-percent",
    ),
    pytest.param(
        "Tolland Industries Inc acquired a third of Brisk Beverages Inc in 2010.",
        ["stake | buyer=Tolland Industries Inc | target=Brisk Beverages Inc | stake=33.33 | date=2010"],
        id="a-third-in-words",
    ),
    pytest.param(
        "Galloway Trust Plc sold a 24 pct stake in Hebrides Salmon Ltd to Skerry Seafoods Ltd.",
        [
            "stake | buyer=Skerry Seafoods Ltd | seller=Galloway Trust Plc | target=Hebrides Salmon Ltd | "
            "stake=24"
        ],
        id="sold-stake-to-buyer",
    ),
    pytest.param(
        "Corbel Investments Inc increased its holding in Ridgeway Homes Corp to 9.8 pct on Monday.",
        ["stake | buyer=Corbel Investments Inc | target=Ridgeway Homes Corp | stake=9.8 | date=2016-06-13"],
        id="increased-holding",
    ),
    pytest.param(
        "Ashdown Capital Ltd built a 5.1 percent stake in Wexford Brewing Plc.",
        ["stake | buyer=Ashdown Capital Ltd | target=Wexford Brewing Plc | stake=5.1"],
        id="built-a-stake",
    ),
    pytest.param(
        "Hawthorne Mutual Inc is seeking to buy 40 pct of Elmira Bancorp Inc.",
        ["stake | buyer=Hawthorne Mutual Inc | target=Elmira Bancorp Inc | stake=40 | status=planned"],
        id="seeking-to-buy-percent",
    ),
    pytest.param(
        "Juniper Telecom Inc acquired 67 pct of Saffron Networks Ltd.",
        ["acquisition | buyer=Juniper Telecom Inc | target=Saffron Networks Ltd | stake=67"],
        id="control-percent-is-acquisition",
    ),
]

# -- investments --------------------------------------------------------------------
INVESTMENTS = [
    pytest.param(
        "Cedar Ventures LLC invested $8 million in Quokka Robotics Inc last year.",
        [
            "investment | buyer=Cedar Ventures LLC | target=Quokka Robotics Inc | amount=8000000 USD | "
            "date=2015"
        ],
        id="invested-in-last-year",
    ),
    pytest.param(
        "Brightwater Capital led a $20 million funding round in Nimbus Labs Inc.",
        ["investment | buyer=Brightwater Capital | target=Nimbus Labs Inc | amount=20000000 USD"],
        id="led-a-round",
    ),
    pytest.param(
        "Sorrel Partners LLC has put down bets on Vesper Games Inc and Larkin Apps Inc.",
        [
            "investment | buyer=Sorrel Partners LLC | target=Vesper Games Inc",
            "investment | buyer=Sorrel Partners LLC | target=Larkin Apps Inc",
        ],
        id="put-down-bets-coordinated",
    ),
    pytest.param(
        "Tamarind Fund LP is backing Orla Energy Inc with $5 million.",
        ["investment | buyer=Tamarind Fund LP | target=Orla Energy Inc | amount=5000000 USD"],
        id="backing",
    ),
    pytest.param(
        "Nimbus Labs Inc is backed by Brightwater Capital.",
        ["investment | buyer=Brightwater Capital | target=Nimbus Labs Inc"],
        id="passive-backed-by",
    ),
    pytest.param(
        "Ostrava Steel AS will invest 200 million euros in Silesia Rolling Mills SA.",
        [
            "investment | buyer=Ostrava Steel AS | target=Silesia Rolling Mills SA | amount=200000000 EUR "
            "| status=planned"
        ],
        id="will-invest-euros",
    ),
    pytest.param(
        "Quokka Robotics Inc raised $12 million from Cedar Ventures LLC.",
        ["investment | buyer=Cedar Ventures LLC | target=Quokka Robotics Inc | amount=12000000 USD"],
        id="raised-funds-from",
    ),
    pytest.param(
        "Kinross Digital Inc said it injected $3 million into Tallis Media Corp in January.",
        [
            "investment | buyer=Kinross Digital Inc | target=Tallis Media Corp | amount=3000000 USD | "
            "date=2016-01"
        ],
        id="injected-into",
    ),
    pytest.param(
        "Marlow Capital Partners invested in Pike Fitness Inc, US-based shipper Drayton Freight Inc "
        "and Ember Foods Inc.",
        [
            "investment | buyer=Marlow Capital Partners | target=Pike Fitness Inc",
            "investment | buyer=Marlow Capital Partners | target=Drayton Freight Inc",
            "investment | buyer=Marlow Capital Partners | target=Ember Foods Inc",
        ],
        id="three-coordinated-targets",
    ),
    pytest.param(
        "Hollis Group Plc invested $40 million for a 15 pct stake in Renfrew Software Ltd.",
        ["stake | buyer=Hollis Group Plc | target=Renfrew Software Ltd | amount=40000000 USD | stake=15"],
        id="investment-for-a-stake-is-a-stake",
    ),
]

# -- mergers -------------------------------------------------------------------------
MERGERS = [
    pytest.param(
        "Vantage Motors Inc and Solace Energy Corp said they would merge.",
        ["merger | parties=Vantage Motors Inc;Solace Energy Corp | status=planned"],
        id="x-and-y-said-they-would-merge",
    ),
    pytest.param(
        "Alder Bancorp Inc agreed to merge with Birchwood Financial Corp in a $1.5 billion deal.",
        [
            "merger | parties=Alder Bancorp Inc;Birchwood Financial Corp | amount=1500000000 USD | "
            "status=announced"
        ],
        id="merge-with",
    ),
    pytest.param(
        "The merger of Calloway Foods Inc and Dunmore Dairy Inc was completed on Monday.",
        ["merger | parties=Calloway Foods Inc;Dunmore Dairy Inc | date=2016-06-13 | status=completed"],
        id="merger-of-x-and-y",
    ),
    pytest.param(
        "Ferro Logistics AG said it and Gantry Shipping AG had signed an agreement to merge.",
        ["merger | parties=Ferro Logistics AG;Gantry Shipping AG | status=announced"],
        id="it-and-y-agreed-to-merge",
    ),
    pytest.param(
        "Halden Group will combine with Iverson Brands Inc to create the largest snack maker.",
        ["merger | parties=Halden Group;Iverson Brands Inc | status=planned"],
        id="combine-with",
    ),
    pytest.param(
        "Talks on a merger between Juno Air Inc and Kappa Airways Inc collapsed in April.",
        ["merger | parties=Juno Air Inc;Kappa Airways Inc | date=2016-04 | status=terminated"],
        id="merger-between-collapsed",
    ),
    pytest.param(
        "Lark Telecom Plc merged with Mistral Mobile Plc in 2009.",
        ["merger | parties=Lark Telecom Plc;Mistral Mobile Plc | date=2009 | status=completed"],
        id="merged-with-past",
    ),
    pytest.param(
        "Nettle Software Inc and Oriel Systems Inc plan to merge next year.",
        ["merger | parties=Nettle Software Inc;Oriel Systems Inc | date=2017 | status=planned"],
        id="plan-to-merge-next-year",
    ),
]

# -- joint ventures --------------------------------------------------------------------
JOINT_VENTURES = [
    pytest.param(
        "Petra Oil Corp and Quest Gas Inc formed a joint venture to drill off Norway.",
        ["joint_venture | parties=Petra Oil Corp;Quest Gas Inc | status=completed"],
        id="x-and-y-formed-jv",
    ),
    pytest.param(
        "Rowan Motors Inc will form a joint venture with Sakai Electric Co to build batteries.",
        ["joint_venture | parties=Rowan Motors Inc;Sakai Electric Co | status=planned"],
        id="form-jv-with",
    ),
    pytest.param(
        "Tavistock Media Plc teamed up with Umbra Studios Ltd last month.",
        ["joint_venture | parties=Tavistock Media Plc;Umbra Studios Ltd | date=2016-05"],
        id="teamed-up-with",
    ),
    pytest.param(
        "Vale Chemicals Inc set up a $300 million joint venture with Wynn Plastics Corp.",
        ["joint_venture | parties=Vale Chemicals Inc;Wynn Plastics Corp | amount=300000000 USD"],
        id="jv-with-amount",
    ),
    pytest.param(
        "Xenon Lighting Inc said it is in talks with Yarrow Glass Corp about a joint venture.",
        ["joint_venture | parties=Xenon Lighting Inc;Yarrow Glass Corp | status=planned"],
        id="in-talks-about-jv",
    ),
    pytest.param(
        "The joint venture between Zephyr Foods Inc and Acorn Farms Inc will open in May.",
        ["joint_venture | parties=Zephyr Foods Inc;Acorn Farms Inc | date=2017-05"],
        id="jv-between",
    ),
]

# -- listings ---------------------------------------------------------------------------
IPOS = [
    pytest.param(
        "Sable Mining Plc plans to list on the London Stock Exchange next year.",
        ["ipo | company=Sable Mining Plc | date=2017 | exchange=London Stock Exchange | status=planned"],
        id="plans-to-list-on",
    ),
    pytest.param(
        "Tundra Apparel Inc raised $400 million in its initial public offering on the NYSE in May.",
        [
            "ipo | company=Tundra Apparel Inc | amount=400000000 USD | date=2016-05 | exchange=New York "
            "Stock Exchange"
        ],
        id="ipo-short-exchange-name",
    ),
    pytest.param(
        "Umber Payments Inc went public on Nasdaq last year.",
        ["ipo | company=Umber Payments Inc | date=2015 | exchange=Nasdaq | status=completed"],
        id="went-public",
    ),
    pytest.param(
        "Vellum Books Plc floated on the London Stock Exchange for 200 mln stg in 2005.",
        [
            "ipo | company=Vellum Books Plc | amount=200000000 GBP | date=2005 | exchange=London Stock "
            "Exchange"
        ],
        id="floated-on",
    ),
    pytest.param(
        "Wicker Homes Ltd's IPO was delayed until September.",
        ["ipo | company=Wicker Homes Ltd | date=2016-09"],
        id="possessive-ipo",
    ),
    pytest.param(
        "The flotation of Yellowfin Seafoods Ltd raised HK$2.4 billion on the Hong Kong Stock Exchange.",
        ["ipo | company=Yellowfin Seafoods Ltd | amount=2400000000 HKD | exchange=Hong Kong Stock Exchange"],
        id="flotation-of",
    ),
    pytest.param(
        "Zircon Materials Corp will be listed on the Toronto Stock Exchange on Friday.",
        [
            "ipo | company=Zircon Materials Corp | date=2016-06-17 | exchange=Toronto Stock Exchange | "
            "status=planned"
        ],
        id="will-be-listed-on",
    ),
    pytest.param(
        "Aurora Cinemas Inc filed for an initial public offering.",
        ["ipo | company=Aurora Cinemas Inc"],
        id="filed-for-ipo",
    ),
    pytest.param(
        "Bramble Energy Ltd plans an IPO on AIM in the first quarter.",
        ["ipo | company=Bramble Energy Ltd | date=2016-Q1 | exchange=Alternative Investment Market"],
        id="ipo-on-aim",
    ),
]

# -- disposals -----------------------------------------------------------------------------
DISPOSALS = [
    pytest.param(
        "Orchid Pharma Inc sold its generics unit to Halden Group for 300 mln euros.",
        [
            "acquisition | buyer=Halden Group | seller=Orchid Pharma Inc | amount=300000000 EUR | "
            "status=completed"
        ],
        id="sold-unit-to-named-buyer",
    ),
    pytest.param(
        "Carrick Steel Plc plans to sell its wire division.",
        ["divestiture | seller=Carrick Steel Plc | status=planned"],
        id="sell-division-no-buyer",
    ),
    pytest.param(
        "Delmar Foods Inc agreed to sell Ebony Coffee Co to Fairfax Beverages Inc for $75 million.",
        [
            "acquisition | buyer=Fairfax Beverages Inc | seller=Delmar Foods Inc | target=Ebony Coffee Co "
            "| amount=75000000 USD | status=announced"
        ],
        id="sell-company-to-buyer",
    ),
    pytest.param(
        "Garnet Holdings Plc will spin off Harlow Chemicals Plc next year.",
        [
            "divestiture | seller=Garnet Holdings Plc | target=Harlow Chemicals Plc | date=2017 | "
            "status=planned"
        ],
        id="spin-off",
    ),
    pytest.param(
        "Inverness Whisky Ltd was sold to Jura Spirits Plc in 2013.",
        ["acquisition | buyer=Jura Spirits Plc | target=Inverness Whisky Ltd | date=2013"],
        id="passive-was-sold-to",
    ),
    pytest.param(
        "Kendal Mills Plc divested its 70 pct interest in Lune Fabrics Ltd.",
        ["divestiture | seller=Kendal Mills Plc | target=Lune Fabrics Ltd | stake=70"],
        id="divested-controlling-interest",
    ),
    pytest.param(
        "Marsh Paper Inc completed the sale of its packaging business to Norwood Box Corp.",
        ["acquisition | buyer=Norwood Box Corp | seller=Marsh Paper Inc | status=completed"],
        id="completed-the-sale-of-business-to",
    ),
    pytest.param(
        "Oakridge Capital Inc sold its 5 pct holding in Pembroke Mining Corp.",
        ["stake | seller=Oakridge Capital Inc | target=Pembroke Mining Corp | stake=5"],
        id="sold-minority-holding",
    ),
    pytest.param(
        "Quantock Hotels Plc agreed to offload its Scottish operations to Rannoch Leisure Ltd.",
        ["acquisition | buyer=Rannoch Leisure Ltd | seller=Quantock Hotels Plc"],
        id="offload-operations-to",
    ),
    pytest.param(
        "Carrick Steel Plc said it is in talks with Dunlin Metals Plc over the sale of its wire division.",
        ["acquisition | buyer=Dunlin Metals Plc | seller=Carrick Steel Plc | status=planned"],
        id="talks-with-buyer-over-the-sale",
    ),
    pytest.param(
        "Garnet Holdings Plc ended talks with Harlow Chemicals Plc about a possible sale of several assets.",
        ["acquisition | buyer=Harlow Chemicals Plc | seller=Garnet Holdings Plc | status=terminated"],
        id="ended-talks-about-the-sale-of-assets",
    ),
    pytest.param(
        "Advisers held talks with Kendal Mills Plc over a possible bond sale.",
        [],
        id="talks-over-a-bond-sale-is-no-deal",
    ),
    pytest.param(
        "Selwyn Group Plc bought the retail unit of Thornbury Stores Plc.",
        ["acquisition | buyer=Selwyn Group Plc | seller=Thornbury Stores Plc"],
        id="bought-unit-of-seller",
    ),
]

# -- status from verb and modality ----------------------------------------------------------
STATUSES = [
    pytest.param(
        "Ulster Dairies Plc called off its bid for Verity Cheese Ltd.",
        ["acquisition | buyer=Ulster Dairies Plc | target=Verity Cheese Ltd | status=terminated"],
        id="called-off",
    ),
    pytest.param(
        "Wolsey Motors Inc is in talks to buy Yeoman Trucks Inc.",
        ["acquisition | buyer=Wolsey Motors Inc | target=Yeoman Trucks Inc | status=planned"],
        id="in-talks",
    ),
    pytest.param(
        "Zenith Hotels Corp reportedly plans a takeover of Arbor Inns Inc.",
        ["acquisition | buyer=Zenith Hotels Corp | target=Arbor Inns Inc | status=rumored"],
        id="reportedly-rumored",
    ),
    pytest.param(
        "Brecon Water Plc abandoned its offer for Cymru Utilities Plc.",
        ["acquisition | buyer=Brecon Water Plc | target=Cymru Utilities Plc | status=terminated"],
        id="abandoned",
    ),
    pytest.param(
        "Dorset Cider Ltd intends to acquire Exmoor Orchards Ltd.",
        ["acquisition | buyer=Dorset Cider Ltd | target=Exmoor Orchards Ltd | status=planned"],
        id="intends-to",
    ),
    pytest.param(
        "Fairlight Audio Inc has signed a definitive agreement to acquire Gable Speakers Inc.",
        ["acquisition | buyer=Fairlight Audio Inc | target=Gable Speakers Inc | status=announced"],
        id="signed-agreement",
    ),
    pytest.param(
        "Hesketh Motors Plc withdrew its takeover bid for Ingram Garages Plc.",
        ["acquisition | buyer=Hesketh Motors Plc | target=Ingram Garages Plc | status=terminated"],
        id="withdrew",
    ),
    pytest.param(
        "Jarrow Shipping Plc is considering a bid for Keel Marine Ltd.",
        ["acquisition | buyer=Jarrow Shipping Plc | target=Keel Marine Ltd | status=rumored"],
        id="considering-a-bid",
    ),
    pytest.param(
        "Lancer Defence Plc finalised its acquisition of Mace Armour Ltd.",
        ["acquisition | buyer=Lancer Defence Plc | target=Mace Armour Ltd | status=completed"],
        id="finalised",
    ),
    pytest.param(
        "Nore Ferries Ltd tried to buy Orwell Shipping Ltd but failed.",
        ["acquisition | buyer=Nore Ferries Ltd | target=Orwell Shipping Ltd | status=terminated"],
        id="tried-to",
    ),
]

# -- dates: the sentence that first mentions the deal, datelines included ---------------------
DATES = [
    pytest.param(
        "LONDON, June 3 - Pelham Insurance Plc said it agreed to buy Quorn Assurance Ltd.",
        ["acquisition | buyer=Pelham Insurance Plc | target=Quorn Assurance Ltd | date=2016-06-03"],
        id="dateline-opens-the-sentence",
    ),
    pytest.param(
        "Redcar Chemicals Plc, which last month reported record profits for 2015, bought Stockton Resins "
        "Ltd.",
        ["acquisition | buyer=Redcar Chemicals Plc | target=Stockton Resins Ltd"],
        id="date-in-relative-clause-dates-another-event",
    ),
    pytest.param(
        "Tarn Outdoor Ltd bought Ullswater Boats Ltd for 9 mln stg. The deal was announced on Thursday.",
        [
            "acquisition | buyer=Tarn Outdoor Ltd | target=Ullswater Boats Ltd | amount=9000000 GBP | "
            "date=2016-06-09"
        ],
        id="date-tied-to-the-deal-in-a-later-sentence",
    ),
    pytest.param(
        "Early in 2014, Vickers Tools Plc acquired Wardle Drills Ltd.",
        ["acquisition | buyer=Vickers Tools Plc | target=Wardle Drills Ltd | date=2014"],
        id="fronted-date",
    ),
]

# -- passages: several sentences, one deal -------------------------------------------------
PASSAGES = [
    pytest.param(
        "Harbor Tech Inc agreed to acquire Lumen Systems Corp. Harbor Tech will pay $1.2 billion for Lumen "
        "Systems Corp, the companies said.",
        ["acquisition | buyer=Harbor Tech Inc | target=Lumen Systems Corp | amount=1200000000 USD"],
        id="later-sentence-fills-amount",
    ),
    pytest.param(
        "Atlas Freight Corp bid for Summit Logistics Inc. Under Atlas Freight Corp's offer, holders can take "
        "cash or a bond with a nominal value of 40 dlrs. Atlas Freight Corp's offer puts a price of 2.1 "
        "billion dlrs on Summit Logistics Inc.",
        ["acquisition | buyer=Atlas Freight Corp | target=Summit Logistics Inc | amount=2100000000 USD"],
        id="nominal-value-is-no-price-possessive-anaphor",
    ),
    pytest.param(
        "Omni Brands Ltd is buying Kestrel Foods Plc. The transaction is valued at 45 mln stg.",
        ["acquisition | buyer=Omni Brands Ltd | target=Kestrel Foods Plc | amount=45000000 GBP"],
        id="anaphor-the-transaction-valued-at",
    ),
    pytest.param(
        "Meridian Bank Corp is one of the largest lenders in Ohio. It said on Tuesday it would buy "
        "Westfield Savings Inc.",
        ["acquisition | buyer=Meridian Bank Corp | target=Westfield Savings Inc | date=2016-06-14"],
        id="it-is-the-previous-subject",
    ),
    pytest.param(
        "Polaris Media Inc has grown fast. The company acquired Crescent Publishing Corp in 2015.",
        ["acquisition | buyer=Polaris Media Inc | target=Crescent Publishing Corp | date=2015"],
        id="the-company-is-the-previous-subject",
    ),
    pytest.param(
        "Atlas Freight Corp bid for Summit Logistics Inc in January. Summit Logistics Inc rejected Atlas "
        "Freight Corp's offer for Summit Logistics Inc in February.",
        ["acquisition | buyer=Atlas Freight Corp | target=Summit Logistics Inc | date=2016-01"],
        id="two-mentions-one-deal",
    ),
    pytest.param(
        "Cedar Ventures LLC invested in Quokka Robotics Inc. The investment totalled $8 million.",
        ["investment | buyer=Cedar Ventures LLC | target=Quokka Robotics Inc | amount=8000000 USD"],
        id="anaphor-investment-totalled",
    ),
    pytest.param(
        "Tundra Apparel Inc plans an initial public offering. The offering could raise $400 million.",
        ["ipo | company=Tundra Apparel Inc | amount=400000000 USD"],
        id="anaphor-offering-raise",
    ),
    pytest.param(
        "Vantage Motors Inc and Solace Energy Corp agreed to merge. The merger is worth $3 billion. "
        "Separately, Solace Energy Corp sold its solar unit to Tarrant Power Inc.",
        [
            "merger | parties=Vantage Motors Inc;Solace Energy Corp | amount=3000000000 USD",
            "acquisition | buyer=Tarrant Power Inc | seller=Solace Energy Corp",
        ],
        id="two-deals-in-a-passage",
    ),
    pytest.param(
        "Galloway Trust Plc said it would sell Hebrides Salmon Ltd. Skerry Seafoods Ltd agreed to buy "
        "Hebrides Salmon Ltd for 60 mln stg.",
        [
            "acquisition | buyer=Skerry Seafoods Ltd | seller=Galloway Trust Plc | target=Hebrides Salmon "
            "Ltd "
            "| amount=60000000 GBP"
        ],
        id="sale-then-buyer-is-one-acquisition",
    ),
    pytest.param(
        "Calder Engineering Plc is in talks to acquire a majority stake in Tyne Castings Ltd. If Calder "
        "Engineering Plc buys a stake in Tyne Castings Ltd, it will double in size.",
        ["acquisition | buyer=Calder Engineering Plc | target=Tyne Castings Ltd | status=planned"],
        id="unquantified-stake-is-the-acquisition-said-again",
    ),
    pytest.param(
        "Fennec Partners LP raised its stake in Drummond Textiles Inc to 15 pct. Fennec Partners LP "
        "bought 200,000 Drummond Textiles Inc shares in May.",
        ["stake | buyer=Fennec Partners LP | target=Drummond Textiles Inc | stake=15 | date=2016-05"],
        id="stake-mentions-merge-later-date-fills",
    ),
    pytest.param(
        "In New York, Ravel Studios Inc has opened an office and invested $2 million in Sonata Films Inc "
        "last year. It also put down larger bets on streaming service Tempo Music Inc and gaming site "
        "Uplay Arcade Inc.",
        [
            "investment | buyer=Ravel Studios Inc | target=Sonata Films Inc | amount=2000000 USD | date=2015",
            "investment | buyer=Ravel Studios Inc | target=Tempo Music Inc",
            "investment | buyer=Ravel Studios Inc | target=Uplay Arcade Inc",
        ],
        id="seed-shape-invest-then-bets",
    ),
    pytest.param(
        "Kestrel Air Corp has expanded fast since 2001. It then used that growth to launch the biggest "
        "initial public offering in its sector last year, raising $2 billion on the New York Stock Exchange.",
        [
            "ipo | company=Kestrel Air Corp | amount=2000000000 USD | date=2015 | exchange=New York Stock "
            "Exchange"
        ],
        id="seed-shape-it-launched-ipo",
    ),
    pytest.param(
        "Lambeth Retail Plc has made few moves abroad. Last week, it disclosed a roughly 8 percent stake "
        "in Seattle toy retailer Moxie Toys Inc.",
        ["stake | buyer=Lambeth Retail Plc | target=Moxie Toys Inc | stake=8 | date=2016-W23"],
        id="seed-shape-disclosed-stake",
    ),
]

# -- not deals ---------------------------------------------------------------------------
NEGATIVES = [
    pytest.param("Harbor Tech Inc bought back 2 million of its own shares.", [], id="buyback-bought-back"),
    pytest.param("Omni Brands Ltd announced a $500 million share buyback.", [], id="share-buyback-noun"),
    pytest.param("Meridian Bank Corp will repurchase 5 pct of its stock.", [], id="repurchase"),
    pytest.param("Polaris Media Inc launched a new tablet on Tuesday.", [], id="product-launch"),
    pytest.param(
        "Atlas Freight Corp plans to invest heavily in new and existing overseas operations, including "
        "Summit Express, a parcel service.",
        [],
        id="plans-to-invest-in-operations",
    ),
    pytest.param(
        "Cobalt Energy Inc reported sales of $310 million for the quarter.", [], id="revenue-figure"
    ),
    pytest.param("Sales at Redwood Retail Inc rose 4% to $2.1 billion.", [], id="sales-rose"),
    pytest.param(
        "Vireo Health Corp is listed on the New York Stock Exchange.", [], id="is-listed-is-no-listing"
    ),
    pytest.param(
        "Helix Instruments Inc said it will invest $30 million in a new plant.", [], id="invest-in-plant"
    ),
    pytest.param(
        "Amberly Group Plc sells its tea in more than 40 countries.", [], id="sells-products-not-a-company"
    ),
    pytest.param("Lodestar Mining Corp shares rose 5 pct on the news.", [], id="share-price-move"),
    pytest.param("Shoppers can buy Kestrel Foods Plc snacks online.", [], id="consumers-buy-products"),
    pytest.param("Orbis Capital Corp said profit fell 12% in the first quarter.", [], id="profit-figure"),
    pytest.param("Granite Holdings Corp will merge two of its divisions.", [], id="merge-internal-divisions"),
    pytest.param("Tessera Chemicals AG offered customers discounts of 10 pct.", [], id="offered-discounts"),
    pytest.param("The firm came back to profit in 2015.", [], id="came-back-is-not-backing"),
    pytest.param(
        "Kestrel Foods Plc shares rose. Analysts have long suspected that Sir Alan Grey plans to take the "
        "company private.",
        ["acquisition | target=Kestrel Foods Plc | status=planned"],
        id="a-person-takes-the-company-private",
    ),
    pytest.param(
        "Wicker Homes Ltd climbed 5 pct as investors bet that Miles Dunmore will take the company private.",
        ["acquisition | target=Wicker Homes Ltd | status=planned"],
        id="take-private-after-that",
    ),
    pytest.param(
        "Omni Brands Ltd said the recently acquired Kestrel Foods Plc brand sold well.",
        [],
        id="participle-used-as-adjective",
    ),
    pytest.param(
        "Polaris Media Inc will integrate the newly acquired Crescent Publishing Corp titles.",
        [],
        id="newly-acquired-adjective",
    ),
]

# -- rules for owners after a preposition, participle clauses, public sales, levels ---------
ACQUISITIONS_PASSIVE += [
    pytest.param(
        "Two-thirds of Redwood Retail Inc was bought by Granite Holdings Corp in 2012.",
        [
            "acquisition | buyer=Granite Holdings Corp | target=Redwood Retail Inc | stake=66.67 | "
            "date=2012 | status=completed"
        ],
        id="share-of-x-was-bought-by-y",
    ),
    pytest.param(
        "Since Kestrel Foods Plc's takeover by Amberly Group Plc, margins have improved.",
        ["acquisition | buyer=Amberly Group Plc | target=Kestrel Foods Plc"],
        id="possessive-takeover-by-after-a-preposition",
    ),
]
STAKES += [
    pytest.param(
        "Tessera Chemicals AG said it sold 420,000 shares of Helix Instruments Inc, reducing its stake in "
        "the group to 4.8 pct.",
        ["stake | seller=Tessera Chemicals AG | target=Helix Instruments Inc | stake=4.8"],
        id="participle-clause-takes-the-main-subject",
    ),
    pytest.param(
        "Orbis Capital Corp sold options to buy 90,000 Cobalt Energy Inc shares.",
        ["stake | seller=Orbis Capital Corp | target=Cobalt Energy Inc"],
        id="sold-options-to-buy-is-a-sale-not-a-purchase",
    ),
    pytest.param(
        "Harbor Tech Inc sold Omni Brands Ltd four pct of Summit Express.",
        ["stake | buyer=Omni Brands Ltd | seller=Harbor Tech Inc | target=Summit Express | stake=4"],
        id="stake-in-words-four-pct",
    ),
]
STAKES += [
    pytest.param(
        "Harbor Tech Inc gained the support of the state agency, which agreed to sell Omni Brands Ltd its "
        "12 pct stake in Summit Express.",
        ["stake | buyer=Omni Brands Ltd | target=Summit Express | stake=12 | status=announced"],
        id="relative-clause-on-a-noun-leaves-the-seller-unnamed",
    ),
    pytest.param(
        "Atlas Freight Corp agreed to sell Granite Holdings Corp 5 pct of Dayton, Ohio-based Redwood Retail "
        "Inc.",
        [
            "stake | buyer=Granite Holdings Corp | seller=Atlas Freight Corp | target=Redwood Retail Inc | "
            "stake=5"
        ],
        id="city-state-based-comma-is-no-boundary",
    ),
    pytest.param(
        "Cobalt Energy Inc said it may raise its stake in Vireo Health Corp, even buying it outright.",
        [
            "stake | buyer=Cobalt Energy Inc | target=Vireo Health Corp | status=rumored",
            "acquisition | buyer=Cobalt Energy Inc | target=Vireo Health Corp | status=rumored",
        ],
        id="buying-it-outright-is-the-company-named-last",
    ),
    pytest.param(
        "Helix Instruments Inc sold 10 pct of Polaris Media Inc to Meridian Pension Fund. It will sell the "
        "fund a further 4 pct of Polaris Media Inc next year.",
        [
            "stake | buyer=Meridian Pension Fund | seller=Helix Instruments Inc | target=Polaris Media Inc | "
            "stake=10 | status=completed",
            "stake | buyer=Meridian Pension Fund | seller=Helix Instruments Inc | target=Polaris Media Inc | "
            "stake=4 | date=2017 | status=planned",
        ],
        id="the-fund-is-the-company-whose-name-says-fund",
    ),
]
DISPOSALS += [
    pytest.param(
        "Summit Express said it had held talks with Granite Holdings Corp about the sale of several of its "
        "units and Summit Express had received rival approaches.",
        ["acquisition | buyer=Granite Holdings Corp | seller=Summit Express | status=planned"],
        id="company-opening-a-new-clause-is-not-what-is-sold",
    ),
]
STATUSES += [
    pytest.param(
        "Shares of Redwood Retail Inc rose. Analysts said a retired investor, who dropped a hostile takeover "
        "plan for Redwood Retail Inc in May, still holds shares.",
        ["acquisition | target=Redwood Retail Inc | date=2016-05 | status=terminated"],
        id="story-company-sought-by-an-unnamed-bidder",
    ),
]
DATES += [
    pytest.param(
        "Atlas Freight Corp agreed to buy Vireo Health Corp, subject to approval at the 2017 annual meeting.",
        ["acquisition | buyer=Atlas Freight Corp | target=Vireo Health Corp | status=announced"],
        id="year-of-a-meeting-does-not-date-the-deal",
    ),
]
IPOS += [
    pytest.param(
        "Cobalt Energy Inc's flotation will follow a share issue earning about 40 mln stg in new funds.",
        ["ipo | company=Cobalt Energy Inc | status=planned"],
        id="money-a-share-issue-earns-is-not-the-price",
    ),
]
STAKES += [
    pytest.param(
        "Fennec Partners LP launched a tender offer to purchase up to 35 pct of Drummond Textiles Inc's "
        "shares. Fennec Partners LP already owns 25 pct of Drummond Textiles Inc and would own 60 pct of "
        "Drummond Textiles Inc if the offer succeeds.",
        ["acquisition | buyer=Fennec Partners LP | target=Drummond Textiles Inc | stake=35"],
        id="tender-offer-that-gives-control-is-an-acquisition",
    ),
    pytest.param(
        "Fennec Partners LP is making a tender offer for 20 pct of Drummond Textiles Inc. The offer will "
        "bring its stake in Drummond Textiles Inc to 25 pct.",
        ["stake | buyer=Fennec Partners LP | target=Drummond Textiles Inc | stake=20"],
        id="tender-offer-for-a-minority-stays-a-stake",
    ),
    pytest.param(
        "Halden Group said it will fund the purchase by placing 15 mln shares with Orbis Capital Corp for "
        "a total of 75 mln dlrs.",
        ["stake | buyer=Orbis Capital Corp | target=Halden Group | amount=75000000 USD | status=planned"],
        id="placing-shares-with-an-investor",
    ),
]
ACQUISITIONS_PASSIVE += [
    pytest.param(
        "Ebony Coffee Co was merged into Fairfax Beverages Inc in 2014.",
        ["acquisition | buyer=Fairfax Beverages Inc | target=Ebony Coffee Co | date=2014 | status=completed"],
        id="merged-into-is-taken-over-by",
    ),
    pytest.param(
        "Fairfax Beverages Inc has grown fast; Ebony Coffee Co, merged into the larger firm in 2014, doubled "
        "its sales.",
        ["acquisition | buyer=Fairfax Beverages Inc | target=Ebony Coffee Co | date=2014"],
        id="merged-into-a-description-of-the-company-named-before",
    ),
]
PASSAGES += [
    pytest.param(
        "Selwyn Group Plc launched a takeover bid for Thornbury Stores Plc in March. The other bidders were "
        "Corbel Investments Inc and Germany's Ashdown Brewing Plc. Selwyn Group Plc's offer values the "
        "company at 90 mln stg.",
        [
            "acquisition | buyer=Selwyn Group Plc | target=Thornbury Stores Plc | amount=90000000 GBP | "
            "date=2016-03",
            "acquisition | buyer=Corbel Investments Inc | target=Thornbury Stores Plc",
            "acquisition | buyer=Ashdown Brewing Plc | target=Thornbury Stores Plc",
        ],
        id="other-bidders-bid-for-the-latest-target",
    ),
    pytest.param(
        "Selwyn Group Plc launched a takeover bid for Thornbury Stores Plc. Larch Holdings Ltd agreed to buy "
        "Ashdown Brewing Plc. Selwyn Group Plc's offer values the chain at 90 mln stg.",
        [
            "acquisition | buyer=Selwyn Group Plc | target=Thornbury Stores Plc | amount=90000000 GBP",
            "acquisition | buyer=Larch Holdings Ltd | target=Ashdown Brewing Plc",
        ],
        id="possessive-offer-refers-to-that-buyers-deal",
    ),
]
NEGATIVES += [
    pytest.param(
        "The bidders were Corbel Investments Inc and Larch Holdings Ltd.",
        [],
        id="bidders-with-no-deal-before-bid-for-nothing-known",
    ),
]
PASSAGES += [
    pytest.param(
        "Halcyon Retail Inc rejected a bid from Orbis Capital Corp. Halcyon Retail Inc prefers an offer from "
        "Wexford Capital Ltd. Orbis Capital Corp offered to buy 40 pct of the company's shares for cash and "
        "the rest for stock.",
        ["acquisition | buyer=Orbis Capital Corp | target=Halcyon Retail Inc | status=terminated"],
        id="the-company-is-what-the-stake-found-and-the-rest-means-all",
    ),
]
ACQUISITIONS_ACTIVE += [
    pytest.param(
        "Orbis Capital Corp agreed to buy 30 pct of Halcyon Retail Inc for cash and the rest of its shares "
        "for stock.",
        ["acquisition | buyer=Orbis Capital Corp | target=Halcyon Retail Inc | status=announced"],
        id="a-share-and-the-rest-is-the-whole-company",
    ),
]
STATUSES += [
    pytest.param(
        "Last year Kestrel Foods Plc tried to buy Ebony Coffee Co, a roaster, but lost out to drinks group "
        "Fairfax Beverages Inc.",
        [
            "acquisition | buyer=Kestrel Foods Plc | target=Ebony Coffee Co | date=2015 | status=terminated",
            "acquisition | buyer=Fairfax Beverages Inc | target=Ebony Coffee Co | date=2015 | "
            "status=completed",
        ],
        id="lost-out-to-a-rival-who-bought-it",
    ),
]
NEGATIVES += [
    pytest.param(
        "Kestrel Foods Plc bought Ebony Coffee Co after Fairfax Beverages Inc lost market share to rivals.",
        ["acquisition | buyer=Kestrel Foods Plc | target=Ebony Coffee Co | status=completed"],
        id="lost-share-to-rivals-names-no-rival-buyer",
    ),
]
IPOS += [
    pytest.param(
        "The state will sell to the general public its 30 pct holding in Cobalt Energy Inc next month.",
        ["ipo | company=Cobalt Energy Inc | stake=30 | date=2016-07 | status=planned"],
        id="sell-to-the-public-is-a-public-offering",
    ),
    pytest.param(
        "Atlas Freight Corp plans an IPO after a capital increase to 90 mln dlrs from 60 mln dlrs.",
        ["ipo | company=Atlas Freight Corp | status=planned"],
        id="capital-raised-to-a-level-is-no-price",
    ),
]
NEGATIVES += [
    pytest.param(
        "Meridian Bank Corp will not back the proposal for Polaris Media Inc.",
        [],
        id="back-a-proposal-is-support-not-money",
    ),
    pytest.param(
        "Polaris Media Inc has won backing from Meridian Bank Corp for its plan.",
        [],
        id="won-backing-is-support-not-money",
    ),
]

ALL = (
    ACQUISITIONS_ACTIVE
    + ACQUISITIONS_PASSIVE
    + STAKES
    + INVESTMENTS
    + MERGERS
    + JOINT_VENTURES
    + IPOS
    + DISPOSALS
    + STATUSES
    + DATES
    + PASSAGES
    + NEGATIVES
)


#: Companies named in the texts but in no expected deal.
OTHER_NAMES = (
    "Basalt Ltd",
    "Summit Express",
    "Harbor Tech Inc",
    "Omni Brands Ltd",
    "Meridian Bank Corp",
    "Polaris Media Inc",
    "Atlas Freight Corp",
    "Cobalt Energy Inc",
    "Redwood Retail Inc",
    "Vireo Health Corp",
    "Helix Instruments Inc",
    "Amberly Group Plc",
    "Lodestar Mining Corp",
    "Kestrel Foods Plc",
    "Orbis Capital Corp",
    "Granite Holdings Corp",
    "Tessera Chemicals AG",
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    names = names_in(e for p in ALL for e in p.values[1]) | set(OTHER_NAMES)
    return Pipeline([KnownNames(names)], entry_points=False, disable=["companies"])


@pytest.mark.parametrize(("text", "expected"), ACQUISITIONS_ACTIVE)
def test_acquisitions_active(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), ACQUISITIONS_PASSIVE)
def test_acquisitions_passive_and_nouns(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), STAKES)
def test_stake_deals(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), INVESTMENTS)
def test_investments(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), MERGERS)
def test_mergers(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), JOINT_VENTURES)
def test_joint_ventures(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), IPOS)
def test_ipos(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), DISPOSALS)
def test_disposals(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), STATUSES)
def test_statuses(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_passages(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_not_deals(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    check(extract(pipeline, text), expected)


def test_table_is_large_enough() -> None:
    assert len(ALL) >= 120
    kinds = {parse(e)["kind"] for p in ALL for e in p.values[1]}
    assert kinds == {"acquisition", "merger", "stake", "investment", "ipo", "joint_venture", "divestiture"}


# -- explainability ------------------------------------------------------------------------
def test_deal_names_its_rule_and_slot_spans(pipeline: Pipeline) -> None:
    text = "Westfield Savings Inc agreed to be bought by Meridian Bank Corp for $640 million last week."
    (deal,) = extract(pipeline, text).deals
    assert deal.rule == "buy-passive:buy"
    slots = {slot: span.text for slot, span in deal.slots}
    assert slots == {
        "trigger": "bought",
        "buyer": "Meridian Bank Corp",
        "target": "Westfield Savings Inc",
        "amount": "$640 million",
        "date": "last week",
    }
    for _, span in deal.slots:
        assert text[span.start : span.end] == span.text
    assert {s.text for s in deal.evidence} == set(slots.values())


def test_repeated_mentions_merge_with_every_span_as_evidence(pipeline: Pipeline) -> None:
    text = (
        "Atlas Freight Corp made a bid for Summit Logistics Inc on Monday. "
        "Summit Logistics Inc rejected the bid. Atlas Freight Corp raised its bid for Summit Logistics Inc "
        "to $2.4 billion on Tuesday."
    )
    (deal,) = extract(pipeline, text).deals
    assert (deal.kind, deal.buyer and deal.buyer.name, deal.target and deal.target.name) == (
        "acquisition",
        "Atlas Freight Corp",
        "Summit Logistics Inc",
    )
    assert deal.date is not None and deal.date.text == "Monday"  # the first mention's date
    assert deal.amount is not None and deal.amount.value == Decimal("2400000000")  # filled later
    triggers = [s.text for s in deal.evidence if s.text.startswith("bid")]
    assert len(triggers) == 2


def test_to_dict_shape(pipeline: Pipeline) -> None:
    facts = extract(pipeline, "Cedar Ventures LLC invested $8 million in Quokka Robotics Inc last year.")
    (row,) = facts.to_dict()["deals"]
    assert row == {
        "kind": "investment",
        "buyer": "Cedar Ventures LLC",
        "target": "Quokka Robotics Inc",
        "amount": {"value": 8000000, "currency": "USD"},
        "date": "2015",
        "status": "completed",
        "rule": "buy:invest",
    }


# -- the seed article, with the full pipeline ------------------------------------------------
def test_seed_article_gives_exactly_its_five_deals() -> None:
    from conftest import SEED_GOLD, SEED_TEXT, load_json

    gold = load_json(SEED_GOLD)
    facts = Pipeline(entry_points=False).extract(SEED_TEXT.read_text(encoding="utf-8"), gold["published"])
    rows = [{k: v for k, v in row.items() if k not in ("status", "rule")} for row in facts.to_dict()["deals"]]
    assert rows == gold["deals"]
    assert facts.to_dict()["stakes"] == gold["stakes"]


# -- plugins ------------------------------------------------------------------------------
class SnapUp:
    """A plugin that only teaches a new verb."""

    corpfacts_name = "snap_up"

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        lexicon.add_deal_trigger("snap up", "acquisition")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Omni Brands Ltd snaps up Kestrel Foods Plc.", id="snaps-up"),
        pytest.param("Omni Brands Ltd snapped up Kestrel Foods Plc last year.", id="snapped-up"),
        pytest.param("Omni Brands Ltd is snapping up Kestrel Foods Plc.", id="snapping-up"),
    ],
)
def test_plugin_adds_a_trigger_through_the_lexicon(text: str) -> None:
    plain = Pipeline(
        [KnownNames(["Omni Brands Ltd", "Kestrel Foods Plc"])], entry_points=False, disable=["companies"]
    )
    taught = Pipeline(
        [KnownNames(["Omni Brands Ltd", "Kestrel Foods Plc"]), SnapUp()],
        entry_points=False,
        disable=["companies"],
    )
    assert plain.extract(text, PUBLISHED).deals == ()
    (deal,) = taught.extract(text, PUBLISHED).deals
    assert (deal.kind, deal.buyer and deal.buyer.name, deal.target and deal.target.name) == (
        "acquisition",
        "Omni Brands Ltd",
        "Kestrel Foods Plc",
    )
    assert deal.rule == "buy:snap up"


@attrs.frozen
class FundingRound(Deal):
    """A deal of a plugin's own kind, with a field of its own."""

    series: str = attrs.field(default="", kw_only=True)


class FundingRounds:
    """A plugin that adds a deal kind and the extractor that builds its records."""

    corpfacts_name = "funding_rounds"

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        lexicon.add_deal_kind("funding_round")

    @hookimpl
    def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
        pattern = regex.compile(r"\bSeries\s+(?P<series>[A-H])\s+(?:funding\s+)?round\b")

        def run(document: Document) -> list[Fact]:
            found: list[Fact] = []
            for match in pattern.finditer(document.text):
                sentence = document.sentence_of(document.span(*match.span()))
                if sentence is None:
                    continue
                mentions = [m for m in document.company_mentions if sentence.contains(m.span)]
                amounts = [a for a in document.amounts if sentence.contains(a.span)]
                if not mentions:
                    continue
                target = document.company_named(mentions[0].name)
                found.append(
                    FundingRound(
                        kind="funding_round",
                        target=target,
                        amount=amounts[0] if amounts else None,
                        series=match.group("series"),
                        rule="funding_rounds:series",
                        evidence=(mentions[0].span, document.span(*match.span())),
                        extractor="funding_rounds",
                    )
                )
            return found

        return [
            Extractor(
                "funding_rounds", run, gives={"deals"}, needs={"companies", "company_mentions", "amounts"}
            )
        ]


def test_plugin_adds_a_deal_kind_with_its_own_record() -> None:
    pipeline = Pipeline(
        [KnownNames(["Nimbus Labs Inc"]), FundingRounds()], entry_points=False, disable=["companies"]
    )
    assert "funding_round" in pipeline.lexicon.deal_kinds
    facts = pipeline.extract("Nimbus Labs Inc raised $20 million in a Series B round.", PUBLISHED)
    rounds = [d for d in facts.deals if d.kind == "funding_round"]
    assert len(rounds) == 1
    (found,) = rounds
    assert isinstance(found, FundingRound)
    assert found.series == "B"
    assert found.target is not None and found.target.name == "Nimbus Labs Inc"
    assert found.amount is not None and found.amount.value == Decimal(20000000)
    assert facts.to_dict()["deals"][0]["kind"] in ("funding_round", "investment")


# -- properties -----------------------------------------------------------------------------
_WORDS = st.sampled_from(
    [
        "Omni Brands Ltd",
        "Kestrel Foods Plc",
        "bought",
        "was acquired by",
        "agreed to buy",
        "its",
        "it",
        "a 20 pct stake in",
        "$5 million",
        "last year",
        "merge with",
        "and",
        ",",
        ".",
        "sold",
        "to",
        "IPO",
        "the company",
        "invested in",
        "for",
        "on Monday",
        "the deal",
        "valued at",
        "\n",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_arbitrary_word_salad_never_raises_and_spans_slice_back(text: str) -> None:
    pipeline = _PROPERTY_PIPELINE.setdefault(
        "p",
        Pipeline(
            [KnownNames(["Omni Brands Ltd", "Kestrel Foods Plc"])], entry_points=False, disable=["companies"]
        ),
    )
    facts = pipeline.extract(text, PUBLISHED)
    for deal in facts.deals:
        assert deal.kind in pipeline.lexicon.deal_kinds
        for span in (*deal.evidence, *(s for _, s in deal.slots)):
            assert text[span.start : span.end] == span.text


_PROPERTY_PIPELINE: dict[str, Pipeline] = {}
