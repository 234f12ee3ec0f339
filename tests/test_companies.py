"""The ``companies`` plugin: evidence for company names, aliases and attributes.

Every sentence here is written for these tests (invented companies in
real-world news style); the expected names were checked against the text by
hand. Each table groups one kind of evidence.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SEED_TEXT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpfacts import Company, Lexicon, Pipeline, hookimpl

OTHERS = ["money", "percentages", "dates", "stakes", "deals"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    # people and markets stay on: their titles and places tell names apart.
    return Pipeline(disable=OTHERS, entry_points=False)


def names(pipeline: Pipeline, text: str) -> set[str]:
    return {c.name for c in pipeline.extract(text).companies}


def case(id: str, text: str, *expected: str, **kw: Any) -> Any:
    return pytest.param(text, set(expected), id=id, **kw)


SUFFIX = [
    case("inc", "Brightwater Inc said on Monday it would cut 200 jobs.", "Brightwater Inc"),
    case("corp-dot", "Shares of Kestrel Mining Corp. fell 3 percent.", "Kestrel Mining Corp."),
    case("ltd", "Harbour Light Ltd posted a loss for the year.", "Harbour Light Ltd"),
    case("plc", "Greystone Plc raised its dividend.", "Greystone Plc"),
    case("plc-lower", "Analysts upgraded Tamworth Brewers plc to buy.", "Tamworth Brewers plc"),
    case("llc", "The lawsuit names Redfern Capital LLC as a defendant.", "Redfern Capital LLC"),
    case("ag", "Munich-based Vortex Anlagen AG will list its shares.", "Vortex Anlagen AG"),
    case("gmbh", "The parts come from Keller Werkzeug GmbH in Bavaria.", "Keller Werkzeug GmbH"),
    case("sa", "Lisbon utility Alva Energia SA signed the contract.", "Alva Energia SA"),
    case("nv", "Dutch shipper Van Loon Logistiek NV cut its forecast.", "Van Loon Logistiek NV"),
    case("spa", "Fiorella Tessuti SpA agreed to the terms.", "Fiorella Tessuti SpA"),
    case("ab", "Swedish truck maker Nordvik AB reported higher sales.", "Nordvik AB"),
    case("oyj", "Finnish paper group Koskela Oyj closed a mill.", "Koskela Oyj"),
    case("kk", "Tokyo trading house Hinode Shoji KK opened an office.", "Hinode Shoji KK"),
    case("holdings", "Pinnacle Harbour Holdings said talks had ended.", "Pinnacle Harbour Holdings"),
    case("group", "Larkspur Group expects growth to slow.", "Larkspur Group"),
    # The one dot ends both "Co." and the sentence: the name is written without it.
    case("and-co", "The bonds were arranged by Whitlow Brothers and Co.", "Whitlow Brothers and Co"),
    case("ampersand", "Fenwick & Dale Inc bought the building.", "Fenwick & Dale Inc"),
    case("of-place", "Tristar Corp of America lifted its payout.", "Tristar Corp of America"),
    case("and-inside", "Ashford Iron and Coal Corp hired a new auditor.", "Ashford Iron and Coal Corp"),
]

NAME_WORDS = [
    case("airways", "Passengers of Meridian Airways faced delays.", "Meridian Airways"),
    case("bank", "The loan came from Eastgate Bank.", "Eastgate Bank"),
    case("securities", "Traders at Holloway Securities expect a rebound.", "Holloway Securities"),
    case("pharmaceuticals", "Corvan Pharmaceuticals won approval for the drug.", "Corvan Pharmaceuticals"),
    case("partners", "The fund is run by Blue Heron Partners.", "Blue Heron Partners"),
    case("foods", "Meadowbrook Foods recalled some products.", "Meadowbrook Foods"),
    case("labs", "Research firm Quillon Labs was sold.", "Quillon Labs"),
    case("bank-of", "Customers of Bank of Westmarch complained about fees.", "Bank of Westmarch"),
    case("steel", "Output at Northcliff Steel rose 4 percent.", "Northcliff Steel"),
    case("cruises", "Azure Coast Cruises cancelled two sailings.", "Azure Coast Cruises"),
]

DESCRIPTOR_BEFORE = [
    case("firm-place", "It invested in US interior-design firm Loftwise last year.", "Loftwise"),
    case("company-city", "It holds a stake in Denver e-commerce company Cartwheel.", "Cartwheel"),
    case("service", "Users flocked to messaging service Chirply this year.", "Chirply"),
    case("shipper", "Larger bets went on US-based shipper ParcelPoint.", "ParcelPoint"),
    case("site-number", "The group opened the retail site 42 Elm in New York.", "42 Elm"),
    case("maker", "Swiss drugmaker Velmont raised its outlook.", "Velmont"),
    case("retailer", "Online retailer Bazaarly cut prices.", "Bazaarly"),
    case("giant", "US oil giant Redstone signed a supply deal.", "Redstone"),
    case("bank-desc", "Rival bank Kingsmere reported weaker profits.", "Kingsmere"),
    case("airline", "Budget airline SkyHop added ten routes.", "SkyHop"),
    case("group-gaming", "Four tracks were put up for auction by gaming group Wexford.", "Wexford"),
    case("digit-name", "She founded furniture marketplace 1stchair in 2010.", "1stchair"),
    case("digit-name-2", "Hobbyists use print service 3dhubble for parts.", "3dhubble"),
    case("store-number", "It runs the online store 7 Oaks for home goods.", "7 Oaks"),
    case("camel", "Auction site eTrove reported more users.", "eTrove"),
    case("sentence-start-plural", "Miners Stoneridge and Coalport raised prices.", "Stoneridge", "Coalport"),
    case("unit-of", "The deal was done through its unit Harlow Finance.", "Harlow Finance"),
    case("owner-tail", "Bidders may include Speedex-owner Eastwind Post.", "Speedex", "Eastwind Post"),
]

DESCRIPTOR_AFTER = [
    case("an-online-retailer", "Shopwell, an online retailer, said sales doubled.", "Shopwell"),
    case("the-countrys", "Velora, the country's biggest airline, cut fares.", "Velora"),
    case("possessive-country", "Trakto, Brazil's largest logistics firm, hired 500 people.", "Trakto"),
    case("one-of", "Glenbrae, one of Scotland's oldest whisky firms, was sold.", "Glenbrae"),
    case("is-a", "Fernhill is an international film distributor.", "Fernhill"),
    case("became", "Orbix became the country's leading payments company in 2012.", "Orbix"),
    case(
        "subsidiary-of",
        "Copperline, a subsidiary of Marlow Mining Corp, shut a smelter.",
        "Copperline",
        "Marlow Mining Corp",
    ),
    case(
        "unit-of-after",
        "Tideway, a unit of Harcastle Group, filed its results.",
        "Tideway",
        "Harcastle Group",
    ),
    case("marketplace", "Craftory, a cross-border marketplace, opened in Spain.", "Craftory"),
    case("bank-after", "He works for Nordholm investment bank in Oslo.", "Nordholm"),
    case("headquartered", "Polarix , headquartered in Espoo , makes sensors.", "Polarix"),
    case(
        "controlled-by",
        "Brewmark, controlled by Ostara Holdings, sold a brand.",
        "Brewmark",
        "Ostara Holdings",
    ),
]

TICKERS = [
    case("nyse", "Solvane Energy (NYSE: SVE) rose in early trading.", "Solvane Energy"),
    case("nasdaq", "Pixelry (Nasdaq: PXLY) agreed to the offer.", "Pixelry"),
    case("wire-l", "The offer values Marlow Foods Plc (MRLW.L) at 80 mln stg.", "Marlow Foods Plc"),
    case("wire-hk", "Lotus Harbour (LTHB.HK) denied the report.", "Lotus Harbour"),
    case("bare", "Gantry Systems Inc (GSI) declined to comment.", "Gantry Systems Inc"),
    case("bare-no-suffix", "Wexley (WXL) bought back shares.", "Wexley"),
    case("spaced-colon", "Finnish maker Sorvo Oyj HEL : SRV1V said profit fell.", "Sorvo Oyj"),
    case("acronym", "Northern Parcel Services (NPS) hired a banker.", "Northern Parcel Services"),
    case("acronym-comma", "Banque Rive Gauche, BRG, was sold to investors.", "Banque Rive Gauche"),
    case(
        "exchange-not-company",
        "Tavira Mining listed on the New York Stock Exchange (NYSE) today.",
        "Tavira Mining",
    ),
]

WEB = [
    case("dotcom", "Rival Shopzy.com cut its delivery fees.", "Shopzy.com"),
    case("dotcom-lower", "Travel site bookaroo.com was sold.", "bookaroo.com"),
    case("dotde", "Preisfuchs.de opened a warehouse in Leipzig.", "Preisfuchs.de"),
    case("dotcom-and", "Amazonia and KD.com are major players there.", "KD.com"),
    case("dotcom-possessive", "Gadgetly.com's sales doubled.", "Gadgetly.com"),
    case(
        "not-url",
        "Read more at www.example.com today.",
        "www.example.com",
        marks=pytest.mark.xfail(strict=True),
    ),
]

ROLES = [
    case(
        "agreed-to-buy", "Cardinal Brands agreed to buy Fernway for $2 billion.", "Cardinal Brands", "Fernway"
    ),
    case("stake-in", "Last week it disclosed a 10 percent stake in Oakhurst.", "Oakhurst"),
    case("has-invested", "Velmora has invested $20 million in the project.", "Velmora"),
    case("acquired", "Torvik acquired two rivals last year.", "Torvik"),
    case("agreed-to-buy-subject", "Stenholm agreed to buy a mill in Oregon.", "Stenholm"),
    case("disclosed-stake", "Last week Quorin disclosed a roughly 5 percent stake in it.", "Quorin"),
    case("invested-in", "The fund invested heavily in Quantix last year.", "Quantix"),
    case("bets-on", "It also put down bets on Loomly and Sparkfin.", "Loomly", "Sparkfin"),
    case("possessive-unit-site", "Shoppers can buy on Zendo's Marketa site.", "Zendo", "Marketa"),
    case("possessive-shares", "Brightfield's shares fell 9 percent.", "Brightfield"),
    case("shareholders", "Halloran shareholders approved the merger.", "Halloran"),
    case("said-it", "Vantor said it would close two plants.", "Vantor"),
    case("shares-in", "Shares in Ravensworth rose on Friday.", "Ravensworth"),
    case("takeover-of", "The takeover of Millbrook was completed in May.", "Millbrook"),
    case("merger-with", "It confirmed talks on a merger with Stellarine.", "Stellarine"),
    case("title-person", "Orwell chairman John Prentice said the bid was too low.", "Orwell"),
    case("analyst-at", "said Mark Ellis, an analyst at Greyfriars Securities.", "Greyfriars Securities"),
    case("person-of", "said Ann Corby of Whitcombe Partners in London.", "Whitcombe Partners"),
    case("poss-person", "says Harcourt Bank's Simon Rudd.", "Harcourt Bank"),
    case("detached-possessive", "Kivalo 's net sales rose 8 % .", "Kivalo"),
    case("country-possessive", "Shares in Norway's Fjordline slipped.", "Fjordline"),
    case("country-possessive-2", "Japan's Sakuragi agreed terms.", "Sakuragi"),
    case("based", "Bracknell-based Parcelforce Direct is valued at 1 bln stg.", "Parcelforce Direct"),
    case("such-as", "Rival chains such as Pantry Mart and Grocerly cut prices.", "Pantry Mart", "Grocerly"),
    case("including", "Lenders including Fairhaven and Calder Bank withdrew.", "Fairhaven", "Calder Bank"),
    case("market-leader", "The remainder was acquired by market leader Distilco.", "Distilco"),
    case("sector-player", "It bought German sector player Hafner Europe.", "Hafner Europe"),
    case("employs", "Brightmoor employs 2,300 staff in five countries.", "Brightmoor"),
    case("controls", "Torsten controls a further 7 % of the company.", "Torsten"),
    case("relationship-with", "It agreed a long-term relationship with Quellon.", "Quellon"),
    case("representative", "Norvale's representative in Oman signed it.", "Norvale"),
]

LISTS = [
    case(
        "customers",
        "Its customers include Boltons, Carrow, Finch and retail giant Harwood.",
        "Boltons",
        "Carrow",
        "Finch",
        "Harwood",
    ),
    case(
        "financial-institutions",
        "Defendants include the banks Ashcombe Bank, Pelham and Crane Securities.",
        "Ashcombe Bank",
        "Pelham",
        "Crane Securities",
    ),
    case(
        "with-suffix",
        "Tiverton, Brandt and Mosley Holdings Co filed suits.",
        "Tiverton",
        "Brandt",
        "Mosley Holdings Co",
    ),
    case(
        "including-appositive",
        "It plans to invest in units including Larkfield, a furniture marketplace, and Larkfield Global.",
        "Larkfield",
        "Larkfield Global",
    ),
    case("and-web", "In China, where Pandora and LD.com are big players.", "Pandora", "LD.com"),
]

# Where a name starts and ends: sentence ends, openers, and punctuation inside names.
NAME_EDGES = [
    # A dotted legal form ends a name; the next capitalised word opens a new sentence, so the
    # dot ended the sentence too and is not written in the name.
    case(
        "legal-dot-then-sentence",
        "It bought Lumen Systems Corp. Harbor Tech said it would bid too.",
        "Lumen Systems Corp",
        "Harbor Tech",
    ),
    case(
        "inc-dot-then-sentence",
        "Rivals include Quarry Foods Inc. Brenton Mills Ltd is the largest.",
        "Quarry Foods Inc",
        "Brenton Mills Ltd",
    ),
    case("co-dot-ltd", "Hanil Steel Co. Ltd. said profit rose.", "Hanil Steel Co. Ltd."),
    # The one dot that ends "Inc." and the sentence is not written in the name.
    case(
        "final-dot",
        "Analysts said Vantor bought Teller Software Inc. The deal closed.",
        "Vantor",
        "Teller Software Inc",
    ),
    case("final-dot-end-of-text", "The plant was sold to Corvina Metals Ltd.", "Corvina Metals Ltd"),
    case("final-dot-quote", 'He said: "We will sell to Ridgeway Corp."', "Ridgeway Corp"),
    case("mid-sentence-dot-kept", "Teller Software Inc. said it would cut jobs.", "Teller Software Inc."),
    case("dot-before-ticker-kept", "Ardmore Corp. (NYSE: ADM) said it grew.", "Ardmore Corp."),
    case(
        "final-dot-then-new-line",
        "It sold the unit to Ardmore Corp.\nVelmar Ltd said no.",
        "Ardmore Corp",
        "Velmar Ltd",
    ),
    case(
        "dot-before-title-kept",
        "Ostrava Glass Corp. Chairman Karel Novak said sales rose.",
        "Ostrava Glass Corp.",
    ),
    # A capitalised common word opening the sentence still starts a name that ends in a business word.
    case(
        "currency-word-opens-name", "Sterling Insurance Group raised its offer.", "Sterling Insurance Group"
    ),
    case("adjective-opens-name", "General Rail Corp cut 400 jobs.", "General Rail Corp"),
    case("state-opens-name", "State Harbour Bank lent the money.", "State Harbour Bank"),
    case("function-word-falls-off", "But Velmar Bank said no.", "Velmar Bank"),
    case("word-also-lower-case", "General Tyres said general costs rose.", "General Tyres"),
    case("listed-word-and-one-business-word", "Business Insurance premiums rose."),
    case(
        "country-before-name",
        "Zendo Inc runs the South Korea Tunely shop.",
        "Zendo Inc",
        "Tunely",
    ),
    case("country-before-name-with-legal-form", "United States Tin Corp cut jobs.", "United States Tin Corp"),
    case(
        "comma-after-surname",
        "Symbex Inc said Varga, Lund Capital Co L.P. will bid for it.",
        "Symbex Inc",
        "Varga, Lund Capital Co L.P.",
    ),
    case(
        "comma-list-not-joined",
        "Shares of Acme, Velmar Corp and Dyno Inc rose.",
        "Acme",
        "Velmar Corp",
        "Dyno Inc",
    ),
    case("comma-speaker-not-joined", "The unit was sold to Acme, Velmar Corp said.", "Acme", "Velmar Corp"),
    # Names ending in -ly are not adverbs; adverbs still fall off.
    case("ly-name", "Tessaly Bio Inc said profit rose.", "Tessaly Bio Inc"),
    case("ly-name-two", "Kimberly Foods Ltd cut prices.", "Kimberly Foods Ltd"),
    case("ly-adverb", "Separately Acme Corp said it would cut jobs.", "Acme Corp"),
    case("ly-adverb-two", "Additionally Norvik Shipping Ltd sold two ships.", "Norvik Shipping Ltd"),
    # Brackets, plural possessives and commas inside a name.
    case("bracket-inside", "Orvana Resources (Overseas) Ltd owns 5 pct.", "Orvana Resources (Overseas) Ltd"),
    case(
        "bracket-inside-two",
        "The bid came from Kestrel Holdings (Asia) Ltd on Monday.",
        "Kestrel Holdings (Asia) Ltd",
    ),
    case("bracket-ticker-not-inside", "Ardent Stores (ARDS) Inc cut prices.", "Ardent Stores"),
    case(
        "plural-possessive-fund",
        "The Iron Workers' Retirement Fund holds 6 pct of it.",
        "Iron Workers' Retirement Fund",
    ),
    case(
        "plural-possessive-trust",
        "Shares were sold to the Farmers' Mutual Trust last week.",
        "Farmers' Mutual Trust",
    ),
    case(
        "company-possessive-not-joined",
        "Velmar Holdings' Pension Fund sold its shares.",
        "Velmar Holdings",
        "Pension Fund",
    ),
    case(
        "partnership-commas", "The firm hired Harlow, Brenner and Co to advise it.", "Harlow, Brenner and Co"
    ),
    case(
        "partnership-commas-three",
        "The advisers, Pryce, Oakley, Dunn and Company, found the offer fair.",
        "Pryce, Oakley, Dunn and Company",
    ),
    case(
        "list-not-partnership",
        "Fairhaven, Calder and Velmar Corp bid for it.",
        "Fairhaven",
        "Calder",
        "Velmar Corp",
    ),
    # A ticker written after the legal form in wire copy is not part of the name.
    case("symbol-after-legal-form", "Velmar Bank A-S VELM DC cut its outlook.", "Velmar Bank A-S"),
    case("symbol-after-oyj", "Koskela Oyj KOSK1V rose 2 pct.", "Koskela Oyj"),
]

# Roles that show a business where the name alone could be a person's.
MORE_ROLES = [
    case(
        "its-former-banker",
        "Halden Foods sued Carter Hale, its longtime lender, on Tuesday.",
        "Halden Foods",
        "Carter Hale",
    ),
    case("their-auditors", "The creditors sued Morrow Clark, their auditors.", "Morrow Clark"),
    case(
        "who-manage",
        "Ivan and Pavel Petrov, who now run Gorsk and Tuvan, kept the stake.",
        "Gorsk",
        "Tuvan",
    ),
    case("who-runs", "Her brother, who runs Dalby, declined to comment.", "Dalby"),
    case("upgraded-by", "The shares were upgraded to buy from hold by Ostrander Hill.", "Ostrander Hill"),
    case("downgraded-by", "Velmar was downgraded by Pell Marsh on Monday.", "Pell Marsh"),
    case("television", "Rights went to Coastline Television.", "Coastline Television"),
    case("broadcasting", "Harrowgate Broadcasting will show the games.", "Harrowgate Broadcasting"),
    # A hyphenated "-selling" or "-sold" describes a product, not a sale of a business.
    case("best-selling-product", "Zendo is the maker of the world's best-selling Zed Phone.", "Zendo"),
    case("most-sold-product", "Tarvo Ltd makes the most-sold Echo Speaker in Europe.", "Tarvo Ltd"),
    case("possessive-director", "Norvale's managing director quit on Friday.", "Norvale"),
    # A person appointed to a title is not a business with a chief.
    case("appointed-person", "Velmar Corp appointed John Smith chief executive on Monday.", "Velmar Corp"),
    case("named-person-as", "The board named Ann Lowe as its new chairman of Dalby Plc.", "Dalby Plc"),
]

# Capitalised words that are not companies: each sentence names none, or only those listed.
NEGATIVES = [
    case("sentence-start", "Days after taking over, she told staff the plan."),
    case("weekday", "On Wednesday the shares rose."),
    case("month", "In March the board met in private."),
    case("person-title", "Chief executive Laura Pike stepped down."),
    case("person-ceo", "The company's new CEO, Martin Shaw, spoke on Monday."),
    case("person-said", '"We must grow," Shaw said.'),
    case("country", "Exports from China rose 5 percent."),
    case("country-possessive-lower", "China's leading online company grew fast."),
    case("demonym", "Chinese goods sold well in Europe."),
    case("city", "The meeting took place in Seattle."),
    case("city-based", "The Seattle-based designer opened a shop."),
    case("state", "The plant in Texas will close."),
    case("exchange", "The shares trade on the New York Stock Exchange."),
    case("regulator", "The Securities and Exchange Commission opened an inquiry."),
    case("regulator-short", "The SEC said it had settled the case."),
    case("government", "The French government will sell its holding."),
    case("ministry", "The Finance Ministry declined to comment."),
    case("central-bank", "The European Central Bank kept rates on hold."),
    case("university", "The University of Leeds published the study."),
    case("commission", "The European Commission approved the plan."),
    case("parliament", "Parliament will vote on the bill."),
    case("news-agency", "The talks were first reported by Reuters."),
    case("title-alone", "The Chairman resigned."),
    case("ceo-word", "The CEO said growth would return."),
    case("ipo", "The IPO raised less than hoped."),
    case("gmt", "By 1200 GMT the index was flat."),
    case("currency", "The EUR weakened against the dollar."),
    case("honorific", "Mr Berwick said he would not sell."),
    case("prime-minister", "Prime Minister Alan Grey visited the plant."),
    case("minister", "Finance Minister Olga Varga announced the sale."),
    case("secretary", "Treasury Secretary Dan Cole spoke to reporters."),
    case("investor", "New York investor Paul Fenner raised his stake."),
    case("tycoon", "The club was bought by US tycoon Walter Brand."),
    case("analyst-name", '"It is a good deal," said Tom Reid, an analyst.'),
    case("number-word", "Eighteen former directors agreed to pay."),
    case("measure", "Revenue reached 5bn euros in 2004."),
    case("wall-street", "Wall Street had expected more."),
    case("white-house", "The White House backed the policy."),
    case("holiday", "Sales peaked before Christmas."),
    case("region", "Demand in Asia and Latin America slowed."),
    case("overseas", "Overseas sales rose sharply."),
    case("adverb-opener", "Additionally, the firm plans to hire."),
    case("quote-opener", '"Clearly demand is still weak," he said.'),
    case("country-name-possessive", "Italy's economy shrank."),
    case("dateline-city", "LONDON, March 12 - Prices fell."),
    case("dateline-country", "HONG KONG, June 24 - Prices rose."),
    case("field", "It owns half of the giant Harlow Field in west Texas."),
    case("index", "The FTSE 100 Index rose 1 percent."),
    case("exchange-short", "Its shares fell on Nasdaq."),
    case("stock-exchange-named", "The bank will be quoted on the Lyon stock exchange."),
    case("union", "The European Union set new rules."),
    case("court", "A Boston Federal court heard the case."),
    case("department", "The Commerce Department released the figures."),
    case("title-of-country", "The president of France met the board."),
    case("person-from", "Jane Porter, from Leeds, won the prize."),
    case("person-sr", "The deal needs Robert Vance Sr to stay."),
    case("person-list", "Directors Alan Cobb and Rita Moss resigned."),
    case("keywords", "Keywords : results, profit"),
    case("person-apposition", "Anna Ferris, chief executive of the group, spoke."),
    case("person-coordinated-title", "Former chief executives Ken Ward and Jim Lowe face charges."),
    case("brands-including", "Its brands including Velvet Crown whisky sold well."),
    case("commissioner-for", "European Commissioner for Competition Lena Holm spoke."),
    case("team-player", "He is a team player, Ann Lowe said."),
]

ALL_SENTENCE_TABLES = (
    SUFFIX
    + NAME_WORDS
    + DESCRIPTOR_BEFORE
    + DESCRIPTOR_AFTER
    + TICKERS
    + WEB
    + ROLES
    + LISTS
    + NAME_EDGES
    + MORE_ROLES
)


@pytest.mark.parametrize(("text", "expected"), SUFFIX)
def test_legal_suffix(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_EDGES)
def test_name_edges(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), MORE_ROLES)
def test_business_roles_beside_person_like_names(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_WORDS)
def test_business_word_ends_name(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIPTOR_BEFORE)
def test_descriptor_before(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIPTOR_AFTER)
def test_descriptor_after(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), TICKERS)
def test_tickers(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), WEB)
def test_web_names(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert expected <= names(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_business_roles(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_capitalised_non_companies(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert names(pipeline, text) == expected


def test_table_sizes() -> None:
    assert len(ALL_SENTENCE_TABLES) + len(NEGATIVES) + len(ALIASES) + len(ATTRIBUTES) >= 150
    assert len(NEGATIVES) >= 50


# -- aliases ---------------------------------------------------------------------------

ALIASES = [
    pytest.param(
        "Harbour Light International Holdings Ltd said it would bid. Harbour Light said financing was ready, "
        "and Harbour Light's stake would rise.",
        "Harbour Light International Holdings Ltd",
        {"Harbour Light International Holdings Ltd", "Harbour Light"},
        id="short-form-and-possessive",
    ),
    pytest.param(
        "Acme said sales rose. Later, Acme Group Holding Ltd confirmed the figures.",
        "Acme Group Holding Ltd",
        {"Acme", "Acme Group Holding Ltd"},
        id="legal-words-added-later",
    ),
    pytest.param(
        "Great Western Stores Plc (GWS.L) made an offer. GWS said the offer was final.",
        "Great Western Stores Plc",
        {"Great Western Stores Plc", "GWS", "GWS.L"},
        id="ticker-base-alias",
    ),
    pytest.param(
        "The regulator said Mark Dunne headed VLM's sales arm. Velmar Funds (VLM) denied it.",
        "Velmar Funds",
        {"Velmar Funds", "VLM"},
        id="acronym-used-before-defined",
    ),
    pytest.param(
        "KTB's shares fell. Kestrel Transport Bank (KTB) said it would appeal.",
        "Kestrel Transport Bank",
        {"Kestrel Transport Bank", "KTB"},
        id="acronym-possessive-before-defined",
    ),
    pytest.param(
        "United Freight Lines (UFL) cut jobs. UFL said more cuts may follow.",
        "United Freight Lines",
        {"United Freight Lines", "UFL"},
        id="acronym-defined",
    ),
    pytest.param(
        "Bank of Westmarch cut fees. BOW said more cuts would follow.",
        "Bank of Westmarch",
        {"Bank of Westmarch", "BOW"},
        id="initials-with-of",
    ),
    pytest.param(
        "Sorrel Bank Holdings Ltd reported a loss. Sorrel Bank said bad loans rose.",
        "Sorrel Bank Holdings Ltd",
        {"Sorrel Bank Holdings Ltd", "Sorrel Bank"},
        id="short-form-keeps-name-word",
    ),
    pytest.param(
        "Online retailer Pebblo sold more. Pebblo's rivals struggled.",
        "Pebblo",
        {"Pebblo"},
        id="possessive-merges",
    ),
]


@pytest.mark.parametrize(("text", "name", "aliases"), ALIASES)
def test_aliases_merge(pipeline: Pipeline, text: str, name: str, aliases: set[str]) -> None:
    facts = pipeline.extract(text)
    company = facts.company(name)
    assert company is not None
    assert company.name == name
    assert set(company.aliases) == aliases
    assert all(c is company or not c.is_named(name) for c in facts.companies)


def test_extension_after_short_name_is_another_company(pipeline: Pipeline) -> None:
    text = (
        "Shoppers use Zendo's Marketa site. "
        "It also runs units including Crafto, a craft marketplace, and Marketa Global."
    )
    facts = pipeline.extract(text)
    assert {c.name for c in facts.companies} == {"Zendo", "Marketa", "Crafto", "Marketa Global"}


def test_first_company_keeps_a_shared_short_form(pipeline: Pipeline) -> None:
    text = (
        "Norberg Corp International Ltd, a unit of Norberg Corp Holdings Ltd, said Norberg Corp would sell."
    )
    facts = pipeline.extract(text)
    first = facts.company("Norberg Corp International Ltd")
    assert first is not None and "Norberg Corp" in first.aliases


def test_pronouns_never_create_companies(pipeline: Pipeline) -> None:
    facts = pipeline.extract("The company said it would grow. It expects the firm to hire.")
    assert facts.companies == ()


# -- attributes ------------------------------------------------------------------------

ATTRIBUTES = [
    pytest.param(
        "It bought a stake in Seattle e-commerce company Cartwheel.",
        "Cartwheel",
        {"location": "Seattle", "industry": "e-commerce company"},
        id="location-industry",
    ),
    pytest.param(
        "It invested in US interior-design firm Loftwise.",
        "Loftwise",
        {"country": "US", "industry": "interior-design firm"},
        id="country-demonym-code",
    ),
    pytest.param(
        "Bets went on US-based shipper ParcelPoint.",
        "ParcelPoint",
        {"country": "US", "industry": "shipper"},
        id="country-based",
    ),
    pytest.param(
        "Shares of Solvane Energy (NYSE: SVE) rose.",
        "Solvane Energy",
        {"ticker": "SVE", "exchange": "NYSE"},
        id="ticker-exchange",
    ),
    pytest.param(
        "Copperline, a subsidiary of Marlow Mining Corp, shut a smelter.",
        "Copperline",
        {"parent": "Marlow Mining Corp"},
        id="parent-appositive",
    ),
    pytest.param(
        "Shoppers buy on Zendo's Marketa site.", "Marketa", {"parent": "Zendo"}, id="parent-possessive"
    ),
    pytest.param(
        "Since its founding in 2003, online retailer Brightcart has grown fast.",
        "Brightcart",
        {"founded": 2003},
        id="founded",
    ),
    pytest.param(
        "Swiss drugmaker Velmont raised its outlook.",
        "Velmont",
        {"country": "CH", "industry": "drugmaker"},
        id="country-demonym",
    ),
]


@pytest.mark.parametrize(("text", "name", "attributes"), ATTRIBUTES)
def test_attributes(pipeline: Pipeline, text: str, name: str, attributes: dict[str, Any]) -> None:
    company = pipeline.extract(text).company(name)
    assert company is not None
    for key, value in attributes.items():
        assert getattr(company, key) == value, key


def test_mentions_point_at_their_text(pipeline: Pipeline) -> None:
    text = "Kivalo said it grew. Kivalo's rivals did not, said Kivalo."
    facts = pipeline.extract(text)
    mentions = facts.get("company_mentions")
    assert [m.text for m in mentions] == ["Kivalo", "Kivalo", "Kivalo"]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    (company,) = facts.companies
    assert list(company.evidence) == [m.span for m in mentions]


# -- the seed article and plugins --------------------------------------------------------


def test_seed_companies_exactly(pipeline: Pipeline) -> None:
    facts = pipeline.extract(SEED_TEXT.read_text(encoding="utf-8"), "2015-05-14")
    assert {c.name for c in facts.companies} == {
        "Alibaba", "Amazon", "JD.com", "Tmall", "AliExpress", "Tmall Global",
        "11 Main", "1stdibs", "ShopRunner", "Tango", "Zulily",
    }  # fmt: skip


class KnownCompanyPlugin:
    corpfacts_name = "test-known-company"

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        lexicon.add_known_company("Quorra", ["Quorra Systems"], country="FI")
        lexicon.add_demonym("Ruritanian", "RU")


def test_plugin_adds_known_company_and_demonym() -> None:
    pipeline = Pipeline([KnownCompanyPlugin()], disable=OTHERS, entry_points=False)
    facts = pipeline.extract("Quorra hired 40 engineers to serve Ruritanian clients.")
    company = facts.company("Quorra")
    assert company is not None and company.country == "FI"
    assert [m.code for m in facts.markets] == ["RU"]


def test_companies_plugin_can_be_switched_off() -> None:
    pipeline = Pipeline(disable=[*OTHERS, "companies"], entry_points=False)
    assert pipeline.extract("Brightwater Inc said it grew.").companies == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_arbitrary_text_never_raises(pipeline: Pipeline, text: str) -> None:
    facts = pipeline.extract(text)
    for fact in (*facts.get("company_mentions"), *facts.get("person_mentions"), *facts.get("place_mentions")):
        for span in fact.spans:
            assert text[span.start : span.end] == span.text


def test_company_records_are_typed(pipeline: Pipeline) -> None:
    assert all(isinstance(c, Company) for c in pipeline.extract("Brightwater Inc grew.").companies)
