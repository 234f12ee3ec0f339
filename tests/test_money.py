"""The ``money`` plugin: amounts of money in business-news sentences.

Tables of sentences written for these tests, grouped by what they test;
each row gives every amount expected, as (text, value, currency,
value_max, per_share), checked by hand against the sentence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import BUILTINS
from hypothesis import given, settings
from hypothesis import strategies as st

import corpfacts
from corpfacts import Document, Lexicon, hookimpl

Row = tuple[str, str, "str | None", "str | None", bool]


def _others(*keep: str) -> list[str]:
    return [name for name in BUILTINS if name not in keep]


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline(disable=_others("money"), entry_points=False)


def amounts(pipeline: corpfacts.Pipeline, text: str, published: str | None = None) -> list[Row]:
    facts = pipeline.extract(text, published)
    return [
        (a.text, str(a.value), a.currency, None if a.value_max is None else str(a.value_max), a.per_share)
        for a in facts.amounts
    ]


def one(
    text: str, value: str, currency: str | None, value_max: str | None = None, per_share: bool = False
) -> Row:
    return (text, value, currency, value_max, per_share)


SIGNS = [
    pytest.param(
        "The group paid US$1.2bn for the mine.", [one("US$1.2bn", "1200000000", "USD")], id="us-dollar-sign"
    ),
    pytest.param(
        "It raised U.S.$500 million in bonds.",
        [one("U.S.$500 million", "500000000", "USD")],
        id="u.s.-dollar-sign",
    ),
    pytest.param(
        "Shares closed at HK$12.40 in trading.", [one("HK$12.40", "12.4", "HKD")], id="hk-dollar-sign"
    ),
    pytest.param(
        "The firm sold the unit for C$350 million.",
        [one("C$350 million", "350000000", "CAD")],
        id="canadian-dollar-sign",
    ),
    pytest.param(
        "The deal is worth A$2.1 billion.",
        [one("A$2.1 billion", "2100000000", "AUD")],
        id="australian-dollar-sign",
    ),
    pytest.param(
        "It paid NZ$45 million for the farm.", [one("NZ$45 million", "45000000", "NZD")], id="nz-dollar-sign"
    ),
    pytest.param(
        "The bank lent S$800m to the developer.",
        [one("S$800m", "800000000", "SGD")],
        id="singapore-dollar-sign",
    ),
    pytest.param(
        "Revenue rose to NT$1.2 trillion.",
        [one("NT$1.2 trillion", "1200000000000", "TWD")],
        id="taiwan-dollar-sign",
    ),
    pytest.param(
        "The miner will invest R$15 billion.", [one("R$15 billion", "15000000000", "BRL")], id="real-sign"
    ),
    pytest.param("The fine was €2.4bn.", [one("€2.4bn", "2400000000", "EUR")], id="euro-sign"),
    pytest.param("Profit fell to £340m.", [one("£340m", "340000000", "GBP")], id="pound-sign"),
    pytest.param(
        "The carmaker earned ¥120bn in the quarter.", [one("¥120bn", "120000000000", "JPY")], id="yen-sign"
    ),
    pytest.param(
        "The group will spend ₹5,000 crore on the plant.",
        [one("₹5,000 crore", "50000000000", "INR")],
        id="rupee-sign-crore",
    ),
    pytest.param(
        "The chipmaker posted ₩10 trillion in profit.",
        [one("₩10 trillion", "10000000000000", "KRW")],
        id="won-sign",
    ),
    pytest.param(
        "The brand was sold for CHF 1.5 billion.",
        [one("CHF 1.5 billion", "1500000000", "CHF")],
        id="chf-prefix",
    ),
    pytest.param(
        "The drugmaker paid SFr 2.3bn for the stake.",
        [one("SFr 2.3bn", "2300000000", "CHF")],
        id="sfr-prefix",
    ),
    pytest.param(
        "Revenue was € 580 million in the period.",
        [one("€ 580 million", "580000000", "EUR")],
        id="euro-sign-spaced",
    ),
    pytest.param(
        "Net sales were US $332 million.", [one("US $332 million", "332000000", "USD")], id="us-space-dollar"
    ),
    pytest.param(
        "The unit earned Australian $12 million.",
        [one("Australian $12 million", "12000000", "AUD")],
        id="australian-space-dollar",
    ),
    pytest.param(
        "A ticket costs £ 0.79 online.", [one("£ 0.79", "0.79", "GBP")], id="pound-sign-spaced-pence"
    ),
    pytest.param(
        "The deal is worth $US5 million.", [one("$US5 million", "5000000", "USD")], id="dollar-us-sign"
    ),
    pytest.param("Its shares rose $A1.20 on the day.", [one("$A1.20", "1.2", "AUD")], id="dollar-a-sign"),
    pytest.param(
        "The fund raised Rp 5 trillion.", [one("Rp 5 trillion", "5000000000000", "IDR")], id="rupiah-prefix"
    ),
    pytest.param(
        "The plant cost RM 500 million.", [one("RM 500 million", "500000000", "MYR")], id="ringgit-prefix"
    ),
]

CODES = [
    pytest.param("The loan totals USD 5m.", [one("USD 5m", "5000000", "USD")], id="code-before"),
    pytest.param("It booked a 5m USD charge.", [one("5m USD", "5000000", "USD")], id="code-after"),
    pytest.param(
        "Sales reached EUR 3.5 mn in the period.", [one("EUR 3.5 mn", "3500000", "EUR")], id="code-before-mn"
    ),
    pytest.param("Operating profit rose to EUR80m.", [one("EUR80m", "80000000", "EUR")], id="code-glued"),
    pytest.param(
        "The fund holds RMB 12 billion in bonds.",
        [one("RMB 12 billion", "12000000000", "CNY")],
        id="rmb-code",
    ),
    pytest.param(
        "Turnover was 813.5 mln eur last year.",
        [one("813.5 mln eur", "813500000", "EUR")],
        id="code-lower-after",
    ),
    pytest.param(
        "Sales were EUR 640,000 USD 851,000 in the year.",
        [one("EUR 640,000", "640000", "EUR"), one("USD 851,000", "851000", "USD")],
        id="two-codes-in-a-row",
    ),
    pytest.param(
        "Revenue grew to euro742 million.", [one("euro742 million", "742000000", "EUR")], id="euro-glued"
    ),
    pytest.param(
        "Sales rose to euro 5.3 million.", [one("euro 5.3 million", "5300000", "EUR")], id="euro-word-before"
    ),
    pytest.param(
        "Net sales in 2012 reached MEUR 287.6 overall.",
        [one("MEUR 287.6", "287600000", "EUR")],
        id="meur-prefix",
    ),
    pytest.param(
        "The contract is worth EUR12 .4 m in total.",
        [one("EUR12 .4 m", "12400000", "EUR")],
        id="tokenised-decimal",
    ),
    pytest.param("In 2009 EUR 5 mn was spent.", [one("EUR 5 mn", "5000000", "EUR")], id="year-before-code"),
]

NAMES = [
    pytest.param(
        "The contract is valued at 120 million dollars.",
        [one("120 million dollars", "120000000", "USD")],
        id="dollars",
    ),
    pytest.param("A single share costs one dollar.", [one("one dollar", "1", "USD")], id="dollar-singular"),
    pytest.param(
        "The firm raised 500 million euros.", [one("500 million euros", "500000000", "EUR")], id="euros"
    ),
    pytest.param(
        "The club was sold for 300 million pounds.",
        [one("300 million pounds", "300000000", "GBP")],
        id="pounds",
    ),
    pytest.param(
        "It has reserves of 1.2 billion pounds sterling.",
        [one("1.2 billion pounds sterling", "1200000000", "GBP")],
        id="pounds-sterling",
    ),
    pytest.param(
        "The carmaker will spend 2 trillion yen.", [one("2 trillion yen", "2000000000000", "JPY")], id="yen"
    ),
    pytest.param(
        "The bank lent 4 billion yuan to the builder.",
        [one("4 billion yuan", "4000000000", "CNY")],
        id="yuan",
    ),
    pytest.param(
        "Assets rose to 800 billion renminbi.",
        [one("800 billion renminbi", "800000000000", "CNY")],
        id="renminbi",
    ),
    pytest.param(
        "The listing raised 20 billion rupees.", [one("20 billion rupees", "20000000000", "INR")], id="rupees"
    ),
    pytest.param(
        "Exports were worth 500 billion rupiah.",
        [one("500 billion rupiah", "500000000000", "IDR")],
        id="rupiah",
    ),
    pytest.param(
        "The plant cost 2.5 billion ringgit.", [one("2.5 billion ringgit", "2500000000", "MYR")], id="ringgit"
    ),
    pytest.param(
        "The chipmaker invested 1.5 trillion won.",
        [one("1.5 trillion won", "1500000000000", "KRW")],
        id="won",
    ),
    pytest.param(
        "The truckmaker paid 3 billion kronor.", [one("3 billion kronor", "3000000000", "SEK")], id="kronor"
    ),
    pytest.param(
        "The bank earned 2.1 billion kroner.", [one("2.1 billion kroner", "2100000000", "DKK")], id="kroner"
    ),
    pytest.param(
        "The mine was sold for 10 billion rand.", [one("10 billion rand", "10000000000", "ZAR")], id="rand"
    ),
    pytest.param(
        "The miner posted profit of 5 billion reais.",
        [one("5 billion reais", "5000000000", "BRL")],
        id="reais",
    ),
    pytest.param(
        "The cement maker owes 200 billion pesos.",
        [one("200 billion pesos", "200000000000", "MXN")],
        id="pesos",
    ),
    pytest.param(
        "The gas group paid 50 billion rubles.", [one("50 billion rubles", "50000000000", "RUB")], id="rubles"
    ),
    pytest.param(
        "The oil group paid 40 billion roubles.",
        [one("40 billion roubles", "40000000000", "RUB")],
        id="roubles",
    ),
    pytest.param(
        "The operator earned 3 billion lira.", [one("3 billion lira", "3000000000", "TRY")], id="lira"
    ),
    pytest.param(
        "The developer sold plots for 2 billion dirhams.",
        [one("2 billion dirhams", "2000000000", "AED")],
        id="dirhams",
    ),
    pytest.param(
        "The refiner paid 10 billion riyals.", [one("10 billion riyals", "10000000000", "SAR")], id="riyals"
    ),
    pytest.param(
        "The utility invested 20 billion baht.", [one("20 billion baht", "20000000000", "THB")], id="baht"
    ),
    pytest.param(
        "Shares rose 2% to 43.15 Swiss francs.",
        [one("43.15 Swiss francs", "43.15", "CHF")],
        id="swiss-francs",
    ),
    pytest.param(
        "The bank's shares closed at 17.58 euros.",
        [one("17.58 euros", "17.58", "EUR")],
        id="euros-share-price",
    ),
]

WIRE = [
    pytest.param(
        "It earned 12 mln dlrs in the year.", [one("12 mln dlrs", "12000000", "USD")], id="mln-dlrs"
    ),
    pytest.param("Net profit was 8.5 mln stg.", [one("8.5 mln stg", "8500000", "GBP")], id="mln-stg"),
    pytest.param(
        "The engineering group paid 1.2 billion marks.",
        [one("1.2 billion marks", "1200000000", "DEM")],
        id="marks",
    ),
    pytest.param(
        "The chemicals group earned 900 mln DM last year.",
        [one("900 mln DM", "900000000", "DEM")],
        id="dm-after",
    ),
    pytest.param(
        "The broker lost 30 billion yen.", [one("30 billion yen", "30000000000", "JPY")], id="wire-yen"
    ),
    pytest.param(
        "It raised its offer to 3,820 francs.", [one("3,820 francs", "3820", "FRF")], id="wire-francs"
    ),
    pytest.param(
        "It bought the stake for 1.4 billion dlr.",
        [one("1.4 billion dlr", "1400000000", "USD")],
        id="dlr-singular",
    ),
    pytest.param(
        "The 180 mln dlr loan was repaid.", [one("180 mln dlr", "180000000", "USD")], id="dlr-adjective"
    ),
    pytest.param(
        "The company paid 2,178,000 dlrs to settle.",
        [one("2,178,000 dlrs", "2178000", "USD")],
        id="dlrs-full-number",
    ),
    pytest.param(
        "It had credit lines of 45 mln stg.", [one("45 mln stg", "45000000", "GBP")], id="stg-facilities"
    ),
    pytest.param("The bank lent 500 mln ECUs.", [one("500 mln ECUs", "500000000", "XEU")], id="ecus"),
    pytest.param(
        "The group paid 3.5 billion crowns.", [one("3.5 billion crowns", "3500000000", "SEK")], id="crowns"
    ),
    pytest.param(
        "It paid 400 mln Hongkong dlrs.",
        [one("400 mln Hongkong dlrs", "400000000", "HKD")],
        id="hongkong-one-word",
    ),
]

QUALIFIED = [
    pytest.param(
        "The bid values the group at 2.2 billion H.K. dlrs.",
        [one("2.2 billion H.K. dlrs", "2200000000", "HKD")],
        id="hk-dlrs",
    ),
    pytest.param(
        "It bought the tower for 500 mln Hong Kong dollars.",
        [one("500 mln Hong Kong dollars", "500000000", "HKD")],
        id="hong-kong-dollars",
    ),
    pytest.param(
        "Sales were 300 mln Canadian dlrs.",
        [one("300 mln Canadian dlrs", "300000000", "CAD")],
        id="canadian-dlrs",
    ),
    pytest.param(
        "The loan is 50 mln Australian dlrs.",
        [one("50 mln Australian dlrs", "50000000", "AUD")],
        id="australian-dlrs",
    ),
    pytest.param(
        "The stake cost 75 mln Canadian dollars.",
        [one("75 mln Canadian dollars", "75000000", "CAD")],
        id="canadian-dollars",
    ),
    pytest.param(
        "It made 14 mln U.S. Dlrs pre-tax.",
        [one("14 mln U.S. Dlrs", "14000000", "USD")],
        id="us-dlrs-capital",
    ),
    pytest.param(
        "Each share has a par value of one U.S. Cent.", [one("one U.S. Cent", "0.01", "USD")], id="us-cent"
    ),
]

SCALES = [
    pytest.param("The startup raised $500k in seed money.", [one("$500k", "500000", "USD")], id="k"),
    pytest.param("The firm paid $3 thousand in fees.", [one("$3 thousand", "3000", "USD")], id="thousand"),
    pytest.param("The company lost $4.5bn last year.", [one("$4.5bn", "4500000000", "USD")], id="bn"),
    pytest.param("Debt stands at $12 bln.", [one("$12 bln", "12000000000", "USD")], id="bln"),
    pytest.param("It spent $2.5 mn on marketing.", [one("$2.5 mn", "2500000", "USD")], id="mn"),
    pytest.param("The rights sold for $40M.", [one("$40M", "40000000", "USD")], id="capital-m"),
    pytest.param("The fund bought $3B of bonds.", [one("$3B", "3000000000", "USD")], id="capital-b"),
    pytest.param(
        "The group holds $1.1 trillion in assets.",
        [one("$1.1 trillion", "1100000000000", "USD")],
        id="trillion",
    ),
    pytest.param("The budget is $3tn.", [one("$3tn", "3000000000000", "USD")], id="tn"),
    pytest.param(
        "The refiner raised Rs 1,200 crore.", [one("Rs 1,200 crore", "12000000000", "INR")], id="crore"
    ),
    pytest.param("The unit earned Rs 45 lakh.", [one("Rs 45 lakh", "4500000", "INR")], id="lakh"),
    pytest.param(
        "The rights were sold for $1.5 billion.",
        [one("$1.5 billion", "1500000000", "USD")],
        id="decimal-billion",
    ),
    pytest.param(
        "The plan needs Rs 1.5 lakh crore.",
        [one("Rs 1.5 lakh crore", "1500000000000", "INR")],
        id="lakh-crore",
    ),
]

WORDS = [
    pytest.param(
        "A million dollars was wired.", [one("A million dollars", "1000000", "USD")], id="a-million"
    ),
    pytest.param(
        "The project will cost half a billion euros.",
        [one("half a billion euros", "500000000", "EUR")],
        id="half-a-billion",
    ),
    pytest.param(
        "The lawsuit seeks fifteen million dollars.",
        [one("fifteen million dollars", "15000000", "USD")],
        id="fifteen-million",
    ),
    pytest.param(
        "The deal is worth two and a half billion euros.",
        [one("two and a half billion euros", "2500000000", "EUR")],
        id="two-and-a-half-billion",
    ),
    pytest.param(
        "It sold for ninety-five million pounds.",
        [one("ninety-five million pounds", "95000000", "GBP")],
        id="hyphenated-tens",
    ),
    pytest.param(
        "The tower cost three hundred million dollars.",
        [one("three hundred million dollars", "300000000", "USD")],
        id="hundred",
    ),
    pytest.param("Holders get three dlrs in cash.", [one("three dlrs", "3", "USD")], id="three-dlrs"),
    pytest.param(
        "It walked away from an eight billion dlr bid.",
        [one("eight billion dlr", "8000000000", "USD")],
        id="eight-billion-dlr",
    ),
    pytest.param(
        "Holders will not get the eight pence dividend.",
        [one("eight pence", "0.08", "GBP")],
        id="eight-pence",
    ),
    pytest.param(
        "Shares were down a single penny.", [one("a single penny", "0.01", "GBP")], id="a-single-penny"
    ),
    pytest.param(
        "The euro was a cent and a half weaker.",
        [one("a cent and a half", "0.015", "USD")],
        id="a-cent-and-a-half",
    ),
    pytest.param(
        "It warned of a five-cent hit to earnings.", [one("five-cent", "0.05", "USD")], id="five-cent"
    ),
    pytest.param(
        "The paid-up capital is one mln stg.", [one("one mln stg", "1000000", "GBP")], id="one-mln-stg"
    ),
]

FORMATS = [
    pytest.param(
        "It paid $1,200.50 per ton.", [one("$1,200.50", "1200.5", "USD")], id="comma-thousands-dot-decimal"
    ),
    pytest.param(
        "Sales were 1.200,50 euros.",
        [one("1.200,50 euros", "1200.5", "EUR")],
        id="dot-thousands-comma-decimal",
    ),
    pytest.param("The price is €1 200 per unit.", [one("€1 200", "1200", "EUR")], id="space-thousands"),
    pytest.param(
        "Revenue rose to EUR 1 200 000.",
        [one("EUR 1 200 000", "1200000", "EUR")],
        id="space-thousands-million",
    ),
    pytest.param("The group wrote off $.5bn.", [one("$.5bn", "500000000", "USD")], id="leading-dot"),
    pytest.param(
        "The charge was about .5bn euros.", [one(".5bn euros", "500000000", "EUR")], id="leading-dot-words"
    ),
    pytest.param(
        "The bid was US$1,8 billion.", [one("US$1,8 billion", "1800000000", "USD")], id="decimal-comma"
    ),
    pytest.param(
        "The shares traded at 29.625 dlrs.", [one("29.625 dlrs", "29.625", "USD")], id="three-decimals"
    ),
    pytest.param(
        "Assets were $1,234,567 at year end.",
        [one("$1,234,567", "1234567", "USD")],
        id="two-thousands-groups",
    ),
    pytest.param(
        "Revenue hit 1.200.000 euros.", [one("1.200.000 euros", "1200000", "EUR")], id="dot-thousands-groups"
    ),
    pytest.param(
        "EBIT was EUR -2.2 mn in the quarter.",
        [one("EUR -2.2 mn", "-2200000", "EUR")],
        id="negative-after-code",
    ),
    pytest.param(
        "The group recorded a 4bn-euro hole.",
        [one("4bn-euro", "4000000000", "EUR")],
        id="hyphenated-adjective",
    ),
    pytest.param(
        "Holders get 12-1/2 dlrs a share.",
        [one("12-1/2 dlrs", "12.5", "USD", None, True)],
        id="wire-fraction",
    ),
    pytest.param("The stock rose 3 3/4 dlrs.", [one("3 3/4 dlrs", "3.75", "USD")], id="spaced-fraction"),
]

RANGES = [
    pytest.param(
        "The group expects revenue of $10-15 million.",
        [one("$10-15 million", "10000000", "USD", "15000000")],
        id="dollar-hyphen-range",
    ),
    pytest.param(
        "Analysts see a loss of 2-3 mln stg.",
        [one("2-3 mln stg", "2000000", "GBP", "3000000")],
        id="wire-hyphen-range",
    ),
    pytest.param(
        "The bid is worth 1.2 to 1.5 billion euros.",
        [one("1.2 to 1.5 billion euros", "1200000000", "EUR", "1500000000")],
        id="to-range-one-currency",
    ),
    pytest.param(
        "The price will be between 20 and 25 dlrs a share.",
        [one("20 and 25 dlrs", "20", "USD", "25", True)],
        id="between-and-range",
    ),
    pytest.param(
        "Shares were bought at prices ranging from 10.50 to 11.25 dlrs.",
        [one("10.50 to 11.25 dlrs", "10.5", "USD", "11.25")],
        id="ranging-from-range",
    ),
    pytest.param(
        "Fines of between $50-100,000 were imposed.",
        [one("$50-100,000", "50000", "USD", "100000")],
        id="thousands-written-once",
    ),
    pytest.param(
        "It sold the unit for $10 million to $15 million.",
        [one("$10 million", "10000000", "USD"), one("$15 million", "15000000", "USD")],
        id="each-end-own-currency-to",
    ),
    pytest.param(
        "Costs will be between $1bn and $2bn.",
        [one("$1bn", "1000000000", "USD"), one("$2bn", "2000000000", "USD")],
        id="each-end-own-currency-between",
    ),
    pytest.param(
        "The tracks were valued at between £40m-£50m.",
        [one("£40m", "40000000", "GBP"), one("£50m", "50000000", "GBP")],
        id="each-end-own-currency-hyphen",
    ),
    pytest.param(
        "Each side paid $5-$6 million.",
        [one("$5", "5000000", "USD"), one("$6 million", "6000000", "USD")],
        id="scale-written-once-two-signs",
    ),
    pytest.param(
        "Shares were bought at 34.78 and 34.75 dlrs a share.",
        [one("34.78", "34.78", "USD", None, True), one("34.75 dlrs", "34.75", "USD", None, True)],
        id="and-without-between-two-amounts",
    ),
    pytest.param(
        "He was paid a salary of $1.2m and a bonus of 800,000.",
        [one("$1.2m", "1200000", "USD")],
        id="and-then-article-is-no-range",
    ),
    pytest.param(
        "It paid $1.2m and 800,000 shares.",
        [one("$1.2m", "1200000", "USD")],
        id="sign-before-first-number-only",
    ),
    pytest.param(
        "Profit rose from 10 to 15 mln dlrs.",
        [one("10", "10000000", "USD"), one("15 mln dlrs", "15000000", "USD")],
        id="from-to-is-a-change",
    ),
    pytest.param(
        "The bid was raised 35 cts to 8.45 dlrs.",
        [one("35 cts", "0.35", "USD"), one("8.45 dlrs", "8.45", "USD")],
        id="raised-by-to",
    ),
    pytest.param(
        "Shares rose 2 to 57.85 Swiss francs.",
        [one("57.85 Swiss francs", "57.85", "CHF")],
        id="rise-to-not-range",
    ),
]

QUALIFIERS = [
    pytest.param("The company paid about $5 million.", [one("$5 million", "5000000", "USD")], id="about"),
    pytest.param("It raised roughly £40m.", [one("£40m", "40000000", "GBP")], id="roughly"),
    pytest.param(
        "The firm holds more than $2bn in cash.", [one("$2bn", "2000000000", "USD")], id="more-than"
    ),
    pytest.param(
        "The fund will invest up to 500 mln dlrs.", [one("500 mln dlrs", "500000000", "USD")], id="up-to"
    ),
    pytest.param("The sale fetched nearly €900m.", [one("€900m", "900000000", "EUR")], id="nearly"),
    pytest.param(
        "It expects to save at least $100 million.", [one("$100 million", "100000000", "USD")], id="at-least"
    ),
    pytest.param("The bank lent some 40 mln dlrs.", [one("40 mln dlrs", "40000000", "USD")], id="some"),
    pytest.param(
        "The unit is worth approximately $3bn.", [one("$3bn", "3000000000", "USD")], id="approximately"
    ),
    pytest.param("Losses were over $1bn.", [one("$1bn", "1000000000", "USD")], id="over"),
    pytest.param("The deal was valued at under £10m.", [one("£10m", "10000000", "GBP")], id="under"),
    pytest.param(
        "The company lost almost $2 billion.", [one("$2 billion", "2000000000", "USD")], id="almost"
    ),
    pytest.param(
        "About $5 million was spent.", [one("$5 million", "5000000", "USD")], id="capitalised-about"
    ),
]

PER_SHARE = [
    pytest.param("The offer is $68 a share.", [one("$68", "68", "USD", None, True)], id="a-share"),
    pytest.param(
        "Holders will receive 12.50 dlrs per share.",
        [one("12.50 dlrs", "12.5", "USD", None, True)],
        id="per-share",
    ),
    pytest.param(
        "Shares were sold at 4.50 stg each.", [one("4.50 stg", "4.5", "GBP", None, True)], id="each"
    ),
    pytest.param(
        "The dividend is 15 cents a share.", [one("15 cents", "0.15", "USD", None, True)], id="cents-a-share"
    ),
    pytest.param("The bid is 950p a share.", [one("950p", "9.5", "GBP", None, True)], id="pence-a-share"),
    pytest.param(
        "Investors get EUR 0.02 per share.", [one("EUR 0.02", "0.02", "EUR", None, True)], id="code-per-share"
    ),
    pytest.param(
        "The stock was placed at 6.35 H.K. dlrs each.",
        [one("6.35 H.K. dlrs", "6.35", "HKD", None, True)],
        id="qualified-each",
    ),
    pytest.param(
        "It will pay $31 apiece for the shares.", [one("$31", "31", "USD", None, True)], id="apiece"
    ),
    pytest.param(
        "The firm pays $5 million each year.",
        [one("$5 million", "5000000", "USD")],
        id="each-year-is-not-per-share",
    ),
]

MINOR = [
    pytest.param(
        "Shares rose 12p to 345p.", [one("12p", "0.12", "GBP"), one("345p", "3.45", "GBP")], id="pence-glued"
    ),
    pytest.param("Shares were up 56 pence at the close.", [one("56 pence", "0.56", "GBP")], id="pence-word"),
    pytest.param("The price is 25 euro cents.", [one("25 euro cents", "0.25", "EUR")], id="euro-cents"),
    pytest.param("Shares fell 3 U.S. cents.", [one("3 U.S. cents", "0.03", "USD")], id="us-cents"),
    pytest.param("Options closed at 55 cents.", [one("55 cents", "0.55", "USD")], id="cents"),
    pytest.param("The offer was cut by 75 cts.", [one("75 cts", "0.75", "USD")], id="cts"),
    pytest.param("Shares fell to 10.75p.", [one("10.75p", "0.1075", "GBP")], id="decimal-pence"),
]

ELLIPSIS = [
    pytest.param(
        "Profit will be 240 mln francs after an estimated 215 mln this year.",
        [one("240 mln francs", "240000000", "FRF"), one("215 mln", "215000000", "FRF")],
        id="currency-carried-over",
    ),
    pytest.param(
        "Capital rose to 410 mln francs from 352 mln, the bank said.",
        [one("410 mln francs", "410000000", "FRF"), one("352 mln", "352000000", "FRF")],
        id="carried-over-before-comma",
    ),
    pytest.param(
        "It made 13 mln dlrs in 1986 and 7.0 mln in the first half.",
        [one("13 mln dlrs", "13000000", "USD"), one("7.0 mln", "7000000", "USD")],
        id="carried-over-and",
    ),
    pytest.param(
        "It paid 10 mln dlrs for 1.5 mln shares.",
        [one("10 mln dlrs", "10000000", "USD")],
        id="not-carried-to-shares",
    ),
    pytest.param(
        "It paid 5 mln dlrs and now holds 1.2 mln, or 12 pct, of the stock.",
        [one("5 mln dlrs", "5000000", "USD")],
        id="not-carried-to-share-of-total",
    ),
    pytest.param(
        "The group paid $5 million, according to its 10-K.",
        [one("$5 million", "5000000", "USD")],
        id="not-carried-to-form-name",
    ),
    pytest.param(
        "Sponsors paid $5 million for the 400m.",
        [one("$5 million", "5000000", "USD")],
        id="not-carried-to-one-letter-scale",
    ),
    pytest.param(
        "It paid 10 mln dlrs. The unit has 2 mln in the bank.",
        [one("10 mln dlrs", "10000000", "USD")],
        id="not-carried-across-sentences",
    ),
]

NEGATIVES = [
    pytest.param("The company was founded in 1999.", [], id="year"),
    pytest.param("Since its founding in 1999, it has grown fast.", [], id="year-after-in"),
    pytest.param("Call 1-800-555-0199 for details.", [], id="phone-us"),
    pytest.param("Call +44 20 7946 0958 for details.", [], id="phone-uk"),
    pytest.param("The firm hopes to reach millions of customers.", [], id="millions-of-customers"),
    pytest.param("It could find potentially millions of new customers.", [], id="potentially-millions"),
    pytest.param("It plans to sell 1.5 mln shares.", [], id="share-count-mln"),
    pytest.param("It issued 2 million new shares.", [], id="share-count-million"),
    pytest.param("The stock traded 2.5 million shares.", [], id="traded-shares"),
    pytest.param("The airline ordered 20 Avro 748 jets.", [], id="model-number"),
    pytest.param("The A380 carried 800 passengers.", [], id="model-number-letters"),
    pytest.param("Model X100 sold 5,000 units.", [], id="model-and-units"),
    pytest.param("The startup closed its Series A round.", [], id="series-a"),
    pytest.param("Visit https://example.com/pay?amount=$5 to pay.", [], id="dollar-in-url"),
    pytest.param("See www.example.com/$10 for terms.", [], id="dollar-in-www-url"),
    pytest.param("Set it with `price = $5` in the script.", [], id="dollar-in-code"),
    pytest.param("The index rose 35 points to 2,450.", [], id="index-points"),
    pytest.param("The plant employs 4,500 people.", [], id="headcount"),
    pytest.param("About 300 million people use the service.", [], id="people-count"),
    pytest.param("A million customers signed up.", [], id="a-million-customers"),
    pytest.param("Sales rose in 2015 dollars terms.", [], id="constant-dollars-year"),
    pytest.param("It shipped 500 pounds of coffee.", [], id="pounds-weight"),
    pytest.param("The firm has 12,000 employees in 40 countries.", [], id="employees-countries"),
    pytest.param("The 2014 deal closed in March.", [], id="year-adjective"),
    pytest.param("The vote passed 52 to 48.", [], id="vote-count"),
    pytest.param("Production rose to 1.2 million barrels a day.", [], id="barrels"),
    pytest.param("The group produced 3 mln tonnes of steel.", [], id="tonnes"),
    pytest.param("The Big 3 won the award.", [], id="won-verb"),
    pytest.param("The company said 1987 marks a turning point.", [], id="marks-verb"),
    pytest.param("Room 101 is on the left.", [], id="room-number"),
    pytest.param("It had a 4-3 win.", [], id="score"),
    pytest.param("It cut 1,200 jobs.", [], id="jobs"),
    pytest.param("The town has 20,000 inhabitants.", [], id="inhabitants"),
    pytest.param("Please pay $ at the desk.", [], id="sign-without-number"),
    pytest.param("The camera records 1080p video.", [], id="video-resolution"),
    pytest.param("The fund owns 10 percent of the bank.", [], id="percentage-not-money"),
    pytest.param("The euro rose against the dollar.", [], id="currency-names-without-number"),
    pytest.param("It sold a euro bond last year.", [], id="a-euro-bond"),
    pytest.param("Dollar sales rose in the third quarter.", [], id="dollar-adjective"),
    pytest.param("Revenue rose 5.4 pct in the third quarter.", [], id="pct-not-money"),
    pytest.param("The merger created the No. 2 player.", [], id="rank"),
    pytest.param("Flight 370 left at 11 pm.", [], id="flight-number"),
    pytest.param("The firm has 3 mln customers and 200 stores.", [], id="customers-mln"),
    pytest.param("The rate rose 25 basis points.", [], id="basis-points"),
    pytest.param("It ran the 400m race in Paris.", [], id="metres"),
    pytest.param("The firm has 10 PCs.", [], id="pcs"),
    pytest.param("Tickets for Euro 2008 sold out.", [], id="euro-championship"),
    pytest.param("The data pushed the euro 0.5 percent higher.", [], id="currency-name-before-percentage"),
]

CASES = [*SIGNS, *CODES, *NAMES, *WIRE, *QUALIFIED, *SCALES, *WORDS, *FORMATS, *RANGES, *QUALIFIERS]
CASES += [*PER_SHARE, *MINOR, *ELLIPSIS, *NEGATIVES]


def test_table_size() -> None:
    assert len(CASES) >= 150
    assert len(NEGATIVES) >= 40


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_amounts(pipeline: corpfacts.Pipeline, text: str, expected: list[Row]) -> None:
    assert amounts(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        pytest.param("The company paid about $5 million.", "about", id="about"),
        pytest.param("The firm holds more than $2bn in cash.", "more than", id="more-than"),
        pytest.param("The fund will invest up to 500 mln dlrs.", "up to", id="up-to"),
        pytest.param("It expects to save at least $100 million.", "at least", id="at-least"),
        pytest.param("About $5 million was spent.", "about", id="capitalised"),
        pytest.param("The unit paid $5 million.", None, id="none"),
        pytest.param("The group will earn roughly 2-3 mln stg.", "roughly", id="range"),
    ],
)
def test_qualifier_is_kept_outside_the_span(
    pipeline: corpfacts.Pipeline, text: str, qualifier: str | None
) -> None:
    (amount,) = pipeline.extract(text).amounts
    assert amount.qualifier == qualifier
    assert qualifier is None or qualifier not in amount.text.casefold()


def test_seed_article(pipeline: corpfacts.Pipeline, seed_gold: dict[str, Any]) -> None:
    facts = pipeline.extract(seed_gold["text"], seed_gold["published"])
    got = [(a.text, a.start, a.value, a.currency) for a in facts.amounts]
    assert got == [
        ("$25 billion", 608, Decimal(25_000_000_000), "USD"),
        ("$15 million", 1927, Decimal(15_000_000), "USD"),
    ]


# -- ambiguous signs settled by the story ---------------------------------------------
STORIES = [
    pytest.param(
        "SYDNEY, March 3 - The airline said it would spend $500 million on new planes.",
        None,
        [one("$500 million", "500000000", "AUD")],
        id="dateline-australia-dollar",
    ),
    pytest.param(
        "WELLINGTON, Oct 19 - The property group said its stake is worth 34.2 mln dlrs.",
        None,
        [one("34.2 mln dlrs", "34200000", "NZD")],
        id="dateline-new-zealand-dlrs",
    ),
    pytest.param(
        "The Australian miner said its Australian mines earned $2 billion. "
        "Australia takes most of its output, and the Australian dollar fell.",
        None,
        [one("$2 billion", "2000000000", "AUD")],
        id="australian-story-dollar",
    ),
    pytest.param(
        "The retailer will raise HK$1.2 billion. It will spend 500 mln dlrs on stores.",
        None,
        [one("HK$1.2 billion", "1200000000", "HKD"), one("500 mln dlrs", "500000000", "HKD")],
        id="explicit-hk-dollar-then-dlrs",
    ),
    pytest.param(
        "The carrier earned NZ$11.9 million, up from $9.8 million.",
        None,
        [one("NZ$11.9 million", "11900000", "NZD"), one("$9.8 million", "9800000", "NZD")],
        id="explicit-nz-dollar-then-dollar",
    ),
    pytest.param(
        "The bank raised HK$2 billion and US$300 million; it paid $5 million in fees.",
        None,
        [
            one("HK$2 billion", "2000000000", "HKD"),
            one("US$300 million", "300000000", "USD"),
            one("$5 million", "5000000", "USD"),
        ],
        id="both-marked-dollar-stays-usd",
    ),
    pytest.param(
        "The Chinese retailer, based in Beijing, raised ¥5 billion from Chinese banks.",
        None,
        [one("¥5 billion", "5000000000", "CNY")],
        id="yen-sign-in-china-story",
    ),
    pytest.param(
        "The Tokyo carmaker said profit rose to ¥300bn.",
        None,
        [one("¥300bn", "300000000000", "JPY")],
        id="yen-sign-in-japan-story",
    ),
    pytest.param(
        "The Swedish bank, based in Stockholm, earned kr 4 billion.",
        None,
        [one("kr 4 billion", "4000000000", "SEK")],
        id="kr-sweden",
    ),
    pytest.param(
        "The Norwegian oil firm in Oslo paid 3 billion kroner.",
        None,
        [one("3 billion kroner", "3000000000", "NOK")],
        id="kroner-norway",
    ),
    pytest.param(
        "The Danish shipper based in Copenhagen earned 3 billion kroner.",
        None,
        [one("3 billion kroner", "3000000000", "DKK")],
        id="kroner-denmark",
    ),
    pytest.param(
        "The Zurich insurer lifted profit to 2.5bn francs.",
        "2005-01-01",
        [one("2.5bn francs", "2500000000", "CHF")],
        id="francs-swiss-story",
    ),
    pytest.param(
        "PARIS, June 2 - The gas group offered 4,000 francs a share.",
        "1987-06-02",
        [one("4,000 francs", "4000", "FRF", None, True)],
        id="francs-french-1987",
    ),
    pytest.param(
        "The club's shares fell to 5 francs after the results.",
        "2006-03-01",
        [one("5 francs", "5", "CHF")],
        id="francs-after-the-euro",
    ),
    pytest.param(
        "The U.S. group said the Australian dollar fell, and it paid $5 million.",
        None,
        [one("$5 million", "5000000", "USD")],
        id="currency-name-without-amount-is-no-hint",
    ),
    pytest.param(
        "The American group paid $4 billion for the unit.",
        None,
        [one("$4 billion", "4000000000", "USD")],
        id="dollar-default",
    ),
    pytest.param(
        "The Canadian unit of the U.S. group paid $40 million in Toronto and New York.",
        None,
        [one("$40 million", "40000000", "USD")],
        id="mixed-story-dollar-stays-usd",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), STORIES)
def test_story_settles_ambiguous_signs(
    pipeline: corpfacts.Pipeline, text: str, published: str | None, expected: list[Row]
) -> None:
    assert amounts(pipeline, text, published) == expected


# -- plugins ------------------------------------------------------------------------------
class QuidPlugin:
    """Teaches corpfacts one currency word, with no extractor of its own."""

    corpfacts_name = "quid"

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        lexicon.add_currency("quid", "GBP")


class LoonieOverride:
    """Says every "$" in a story that mentions Ottawa is a Canadian dollar."""

    corpfacts_name = "loonie"

    @hookimpl
    def corpfacts_resolve_currency(self, sign: str, document: Document) -> str | None:
        if sign == "$" and "Ottawa" in document.text:
            return "CAD"
        return None


@pytest.fixture(scope="module")
def quid_pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline([QuidPlugin(), LoonieOverride()], disable=_others("money"), entry_points=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The flat sold for 5 million quid.", [one("5 million quid", "5000000", "GBP")], id="scale"
        ),
        pytest.param("He lost 2-3 mln quid.", [one("2-3 mln quid", "2000000", "GBP", "3000000")], id="range"),
        pytest.param("It cost fifty quid.", [one("fifty quid", "50", "GBP")], id="words"),
        pytest.param(
            "Tickets are 20 quid each.", [one("20 quid", "20", "GBP", None, True)], id="per-share-phrase"
        ),
        pytest.param(
            "It cost between 10 and 12 quid.", [one("10 and 12 quid", "10", "GBP", "12")], id="between"
        ),
    ],
)
def test_plugin_currency_word(quid_pipeline: corpfacts.Pipeline, text: str, expected: list[Row]) -> None:
    assert amounts(quid_pipeline, text) == expected


def test_plugin_overrides_the_builtin_currency_answer(quid_pipeline: corpfacts.Pipeline) -> None:
    text = "OTTAWA - The Australian group, with Australian mines, said in Ottawa it paid $5 million."
    assert amounts(quid_pipeline, text) == [one("$5 million", "5000000", "CAD")]
    # Without the hint the plugin answers None and the built-in rules decide.
    assert amounts(quid_pipeline, "The firm paid $5 million.") == [one("$5 million", "5000000", "USD")]


def test_money_can_be_switched_off() -> None:
    pipeline = corpfacts.Pipeline(disable=BUILTINS, entry_points=False)
    assert pipeline.extract("It paid $5 million.").amounts == ()


# -- properties -------------------------------------------------------------------------
PIECES = st.sampled_from(
    [
        "$", "US$", "€", "£", "¥", "HK$", "5", "1,200", "1.200,50", ".5", "-", " to ", " and ", "between ",
        "mln", "bn", "million", "m", "k", "dlrs", "stg", "euros", "yen", "p", "cents", " ", "  ", ",", ".",
        "a", "half a", "fifteen", "about ", " a share", "EUR", "Rs", "crore", "1999", "\n", "(", ")", "%",
        "https://x.io/$5", "`", "0 .7", "won", "pounds of", "quid",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES | st.text(max_size=4), max_size=25).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_properties(pipeline: corpfacts.Pipeline, text: str) -> None:
    first = pipeline.extract(text).amounts
    for amount in first:
        assert text[amount.start : amount.end] == amount.text
        assert isinstance(amount.value, Decimal)
        assert amount.value_max is None or isinstance(amount.value_max, Decimal)
        assert amount.value.is_finite()
    assert pipeline.extract(text).amounts == first
