"""The ``markets`` plugin: countries and world regions, by name, short form or adjective.

Sentences are written for these tests; expected markets were checked by hand.
A market is written as its ISO code, or as its region name for regions.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SEED_TEXT

from corpfacts import Pipeline

OTHERS = ["percentages", "dates", "stakes", "deals"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    # money stays on: currency amounts ("US$5m") are not markets.
    return Pipeline(disable=OTHERS, entry_points=False)


def markets(pipeline: Pipeline, text: str) -> set[str]:
    return {m.code or m.name for m in pipeline.extract(text).markets}


def case(id: str, text: str, *expected: str, **kw: Any) -> Any:
    return pytest.param(text, set(expected), id=id, **kw)


NAMES = [
    case("country", "Sales in Finland rose 4 percent.", "FI"),
    case("two-countries", "It exports to Norway and Sweden.", "NO", "SE"),
    case("possessive", "Germany's biggest bank cut jobs.", "DE"),
    case("multiword", "The plant is in South Africa.", "ZA"),
    case("new-zealand", "New Zealand investment activity grew.", "NZ"),
    case("saudi-arabia", "The group won a contract in Saudi Arabia.", "SA"),
    case("hong-kong", "It listed in Hong Kong last year.", "HK"),
    case("dateline-caps", "HONG KONG, June 24 - Prices rose.", "HK"),
    case("dateline-city-country", "GRENOBLE, France, April 9 - The bank was sold.", "FR"),
    case("dateline-city-only", "LONDON, March 12 - Shares fell."),
    case("official-odd-name", "Exports to South Korea and Russia slowed.", "KR", "RU"),
    case("taiwan-vietnam", "Factories in Taiwan and Vietnam were busy.", "TW", "VN"),
    case("iran-syria", "Sanctions on Iran and Syria hurt trade.", "IR", "SY"),
    case("west-germany", "Buyers came from France, Austria and West Germany.", "FR", "AT", "DE"),
    case("east-germany", "It had branches in East Germany.", "DD"),
    case("east-and-west-germany", "It has branches in Austria, East and West Germany.", "AT", "DD", "DE"),
    case("czech", "The Czech Republic joined the scheme.", "CZ"),
    case("netherlands", "The Netherlands cut taxes.", "NL"),
    case("uae", "The UAE and Qatar signed the pact.", "AE", "QA"),
    case("ivory-coast", "Cocoa from Ivory Coast rose.", "CI"),
    case("macau", "Casinos in Macau boomed.", "MO"),
]

SHORT_FORMS = [
    case("us", "In the US, the firm opened a store.", "US"),
    case("u-s-dotted", "The U.S. trade deficit widened.", "US"),
    case("usa", "It sells in the USA and Canada.", "US", "CA"),
    case("uk", "The UK economy grew.", "GB"),
    case("u-k-dotted", "The U.K. market offers good returns.", "GB"),
    case("britain", "Britain's biggest grocer cut prices.", "GB"),
    case("england", "The stadium in England was sold.", "GB"),
    case("holland", "Flowers from Holland sold well.", "NL"),
    case("america-corporate", "It dented confidence in corporate America.", "US"),
    case("us-based", "It bought US-based shipper Parcelio.", "US"),
    case("uk-dutch", "The UK-Dutch venture will hold 45%.", "GB", "NL"),
    case("korea-plain", "Korea's exports rose.", "KR"),
]

DEMONYMS = [
    case("chinese", "It sells Chinese goods abroad.", "CN"),
    case("british", "British shoppers spent less.", "GB"),
    case("swiss", "Swiss drugmaker Velmont grew.", "CH"),
    case("finnish", "Finnish paper group Koskela Oyj closed a mill.", "FI"),
    case("french", "The French government will sell its stake.", "FR"),
    case("german", "German football club Dortmund warned on profit.", "DE"),
    case("irish", "Irish billionaires hold the shares.", "IE"),
    case("irishmen", "Irishmen Sean Tully and Liam Fay own 29%.", "IE"),
    case("italians", "Italians are dipping into savings.", "IT"),
    case("malaysian", "She heads a Malaysian retailer.", "MY"),
    case("icelandic", "The Icelandic investment firm withdrew.", "IS"),
    case("israeli", "An Israeli drug firm bought it.", "IL"),
    case("south-african", "The South African group will report.", "ZA"),
    case("welsh", "It shut one of its three Welsh plants.", "GB"),
    case("russian", "Its share of the Russian coatings market rose.", "RU"),
    case("american-noun", "Its American retail arm grew.", "US"),
    case("new-zealanders", "Most New Zealanders now shop online.", "NZ"),
    case("new-zealander", "The New Zealander runs a dairy farm.", "NZ"),
]

REGIONS = [
    case("europe", "Demand in Europe slowed.", "Europe"),
    case("european", "European trading partners may resist.", "Europe"),
    case("eu", "Prices match other EU countries.", "Europe"),
    case("eurozone", "Greece is among the eurozone's weakest economies.", "GR", "Europe"),
    case("asia", "It expanded in Asia.", "Asia"),
    case("southeast-asia", "Southeast Asia is its fastest-growing market.", "Southeast Asia"),
    case("middle-east", "It signed a deal with a Middle Eastern buyer.", "Middle East"),
    case("africa", "Demand in Saudi Arabia and in North Africa grew.", "SA", "Africa"),
    case("latin-america", "Latin America accounted for 10% of sales.", "Latin America"),
    case("north-america", "It will ship coal to North America and Europe.", "North America", "Europe"),
    case("americas", "Its stores in the Americas and Europe.", "North America", "Latin America", "Europe"),
    case("asia-pacific", "Growth in Asia-Pacific slowed.", "Asia Pacific"),
    case("oceania", "Sales in Oceania were flat.", "Oceania"),
    case("north-american-operations", "It will concentrate on North American operations.", "North America"),
]

GLOBAL = [
    case("go-global", "Alvora wants to go global in a big way.", "Global"),
    case("worldwide", "There are 150 drugmakers worldwide.", "Global"),
    case("international-growth", "It is making international growth its mission.", "Global"),
    case("international-sales", "International sales fell by 23 % .", "Global"),
    case("overseas", "It will invest in overseas operations.", "Global"),
    case("overseas-adverb", "The label sells well in Portugal and overseas.", "PT", "Global"),
    case("globally", "Copper prices rose by 6% globally.", "Global"),
    case("around-the-world", "Our users around the world are happy.", "Global"),
    case("countries", "It employs people in more than 140 countries.", "Global"),
    case("international-capital-in-name", "Harbour Light International Holdings Ltd said profit rose."),
    case(
        "global-in-name",
        "Shoppers use Zendo's Marketa site and units including Crafto, a marketplace, and Marketa Global.",
    ),
    case("worlds-biggest", "It is the world's biggest retailer."),
    # The reach of a firm describes the firm; it names no market.
    case("international-firm", "Analysts said a larger international firm may now bid for Corvida."),
    case("global-banks", "Big global banks have cut lending to the sector."),
    case("global-leader-is-market", "Velmar is a global leader in ceramic tiles.", "Global"),
    case(
        "international-sales-company", "Overseas, it sells through its international sales network.", "Global"
    ),
]

NOT_MARKETS = [
    case(
        "city",
        "The meeting took place in Seattle.",
    ),
    case("state", "The plant in Texas will close."),
    case("new-jersey", "It moved to New Jersey."),
    case("new-mexico", "Its mine in New Mexico shut."),
    case("new-south-wales", "Floods hit New South Wales."),
    case("georgia-state", "Its headquarters are in Atlanta, Georgia."),
    case("us-dollars", "It made 14 mln U.S. Dlrs last year."),
    case("us-dollar-sign", "Profit was US$2.19bn."),
    case("swiss-francs", "The shares closed at 43.15 Swiss francs."),
    case("company-name", "Bank of Ireland cut fees."),
    case("company-demonym", "British Skyhop Airways added flights."),
    case("company-country-word", "Orvana Chemie France Corp sold a plant."),
    case("lowercase-china", "She collects fine china and old turkey plates."),
    case("pronoun-us", "Let us wait, he said."),
    case("chad-name", "Chad Miller joined the board."),
    case("canal", "Tankers pass through the Panama Canal."),
]

ALL = NAMES + SHORT_FORMS + DEMONYMS + REGIONS + GLOBAL + NOT_MARKETS


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_country_names(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_short_forms(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), DEMONYMS)
def test_demonyms(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_regions(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), GLOBAL)
def test_global(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_MARKETS)
def test_not_markets(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert markets(pipeline, text) == expected


def test_table_size() -> None:
    assert len(ALL) >= 80


def test_names_and_codes(pipeline: Pipeline) -> None:
    facts = pipeline.extract("Sales in the US, the UK, South Korea, Russia and Asia rose.")
    assert [(m.name, m.code) for m in facts.markets] == [
        ("United States", "US"),
        ("United Kingdom", "GB"),
        ("South Korea", "KR"),
        ("Russia", "RU"),
        ("Asia", None),
    ]
    assert all(m.is_region == (m.code is None) for m in facts.markets)


def test_place_mentions_keep_their_spans(pipeline: Pipeline) -> None:
    text = "China, where Chinese buyers shop, and China's rivals."
    facts = pipeline.extract(text)
    mentions = facts.get("place_mentions")
    assert [m.text for m in mentions] == ["China", "Chinese", "China"]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    (china,) = facts.markets
    assert [s.text for s in china.evidence] == ["China", "Chinese", "China"]


def test_market_lists_companies_placed_there(pipeline: Pipeline) -> None:
    facts = pipeline.extract("It invested in US interior-design firm Loftwise and Swiss drugmaker Velmont.")
    placed = {m.code: [c.name for c in m.companies] for m in facts.markets}
    assert placed == {"US": ["Loftwise"], "CH": ["Velmont"]}


def test_seed_markets_exactly(pipeline: Pipeline) -> None:
    facts = pipeline.extract(SEED_TEXT.read_text(encoding="utf-8"), "2015-05-14")
    assert {(m.name, m.code) for m in facts.markets} == {
        ("China", "CN"),
        ("United States", "US"),
        ("Global", None),
    }
