"""The scorer, on small hand-made gold and prediction rows (FORMAT.md "Scoring")."""

from __future__ import annotations

from typing import Any

import pytest

from corpfacts import InvalidInputError
from corpfacts.evaluate import ROWS, Report, Score, normalize_name, score

TEXT = "Acme Corp paid $25 billion for 10 percent of Widget Inc on Wednesday, after a rival bid last year."


def amount(text: str, value: Any, currency: str | None = "USD", *, at: int | None = None) -> dict[str, Any]:
    start = TEXT.index(text) if at is None else at
    return {"text": text, "start": start, "value": value, "currency": currency}


def mention(text: str, value: Any, *, at: int | None = None, end: int | None = None) -> dict[str, Any]:
    start = TEXT.index(text) if at is None else at
    out: dict[str, Any] = {"text": text, "start": start, "value": value}
    if end is not None:
        out["end"] = end
    return out


def row(**fields: Any) -> dict[str, Any]:
    return {"id": "doc", "text": TEXT, **fields}


def run(gold: dict[str, Any], pred: dict[str, Any]) -> Report:
    return score([gold], [pred])


def counts(report: Report, name: str) -> tuple[int, int, int]:
    s = report[name]
    return (s.tp, s.fp, s.fn)


class TestScore:
    def test_ratios(self) -> None:
        s = Score(tp=3, fp=1, fn=2)
        assert (s.precision, s.recall) == (0.75, 0.6)
        assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)

    def test_nothing_to_find_and_nothing_found_is_perfect(self) -> None:
        assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)

    def test_all_missed(self) -> None:
        assert (Score(fn=2).precision, Score(fn=2).recall, Score(fn=2).f1) == (1.0, 0.0, 0.0)

    def test_sum(self) -> None:
        assert Score(1, 2, 3) + Score(10, 20, 30) == Score(11, 22, 33)


class TestMentions:
    @pytest.mark.parametrize(
        ("pred", "span", "value"),
        [
            pytest.param(amount("$25 billion", 25_000_000_000), (1, 0, 0), (1, 0, 0), id="exact"),
            pytest.param(amount("25 billion", 25_000_000_000), (1, 0, 0), (1, 0, 0), id="overlap-is-enough"),
            pytest.param(amount("paid $25", 25), (1, 0, 0), (0, 1, 1), id="overlap-wrong-value"),
            pytest.param(amount("$25 billion", 25_100_000_000), (1, 0, 0), (1, 0, 0),
                         id="within-half-percent"),
            pytest.param(amount("$25 billion", 25_200_000_000), (1, 0, 0), (0, 1, 1),
                         id="beyond-half-percent"),
            pytest.param(amount("$25 billion", 25_000_000_000, "CAD"), (1, 0, 0), (0, 1, 1),
                         id="currency-mismatch"),
            pytest.param(amount("$25 billion", 25_000_000_000, None), (1, 0, 0), (0, 1, 1),
                         id="currency-missing"),
            pytest.param(amount("Acme", 1), (0, 1, 1), (0, 1, 1), id="no-overlap"),
        ],
    )  # fmt: skip
    def test_amounts(
        self, pred: dict[str, Any], span: tuple[int, int, int], value: tuple[int, int, int]
    ) -> None:
        gold = row(amounts=[amount("$25 billion", 25_000_000_000)])
        report = run(gold, row(amounts=[pred]))
        assert counts(report, "amounts.span") == span
        assert counts(report, "amounts.value") == value

    def test_one_to_one(self) -> None:
        gold = row(percentages=[mention("10 percent", 10)])
        pred = row(percentages=[mention("10", 10), mention("10 percent", 10)])
        report = run(gold, pred)
        assert counts(report, "percentages.span") == (1, 1, 0)
        assert counts(report, "percentages.value") == (1, 1, 0)

    def test_prediction_end_is_used_when_given(self) -> None:
        # "end" past the start of the gold span makes these overlap; "text" alone would not.
        start = TEXT.index("10 percent")
        gold = row(percentages=[mention("10 percent", 10)])
        pred = row(percentages=[{"text": "", "start": start - 4, "end": start + 2, "value": 10}])
        assert counts(run(gold, pred), "percentages.span") == (1, 0, 0)

    def test_percentages_compare_exactly(self) -> None:
        gold = row(percentages=[mention("10 percent", 10)])
        pred = row(percentages=[mention("10 percent", 10.01)])
        assert counts(run(gold, pred), "percentages.value") == (0, 1, 1)

    def test_decimal_and_float_values_agree(self) -> None:
        gold = row(percentages=[mention("10 percent", 10)])
        pred = row(percentages=[mention("10 percent", 10.0)])
        assert counts(run(gold, pred), "percentages.value") == (1, 0, 0)

    def test_dates_compare_timex(self) -> None:
        gold = row(dates=[mention("Wednesday", "2015-05-13"), mention("last year", "2014")])
        pred = row(dates=[mention("Wednesday", "2015-05-13"), mention("last year", "2015")])
        report = run(gold, pred)
        assert counts(report, "dates.span") == (2, 0, 0)
        assert counts(report, "dates.value") == (1, 1, 1)


class TestVagueDates:
    """A gold date with value null: neither asked for nor counted against a prediction."""

    GOLD = row(dates=[mention("Wednesday", "2015-05-13"), mention("after", None)])

    @pytest.mark.parametrize(
        "pred_dates",
        [
            pytest.param([mention("Wednesday", "2015-05-13")], id="vague-date-missed"),
            pytest.param([mention("Wednesday", "2015-05-13"), mention("after", None)], id="found-no-value"),
            pytest.param([mention("Wednesday", "2015-05-13"), mention("after", "2015")], id="found-a-value"),
        ],
    )
    def test_vague_gold_is_optional(self, pred_dates: list[dict[str, Any]]) -> None:
        report = run(self.GOLD, row(dates=pred_dates))
        assert counts(report, "dates.span") == (1, 0, 0)
        assert counts(report, "dates.value") == (1, 0, 0)

    def test_prediction_overlapping_both_goes_to_the_valued_one(self) -> None:
        text = "in the coming year 2016"
        gold = {
            "id": "doc",
            "dates": [
                {"text": "the coming year", "start": 3, "value": None},
                {"text": "year 2016", "start": 14, "value": "2016"},
            ],
        }
        pred = {"id": "doc", "dates": [{"text": text[3:23], "start": 3, "end": 23, "value": "2016"}]}
        report = score([gold], [pred])
        assert counts(report, "dates.value") == (1, 0, 0)

    def test_predicted_null_against_a_valued_gold_is_wrong(self) -> None:
        gold = row(dates=[mention("last year", "2014")])
        pred = row(dates=[mention("last year", None)])
        assert counts(run(gold, pred), "dates.value") == (0, 1, 1)


class TestCompanies:
    @pytest.mark.parametrize(
        ("gold_name", "aliases", "pred_name"),
        [
            pytest.param("Acme Corp", [], "ACME CORP", id="case"),
            pytest.param("Acme Corp", [], "Acme Corporation", id="suffix-long-form"),
            pytest.param("Acme Corp", [], "Acme", id="suffix-dropped"),
            pytest.param("Widget Inc", [], "Widget, Inc.", id="comma-and-dot"),
            pytest.param("Telvik Discount Group Plc", [], "Telvik Discount Group PLC", id="plc"),
            pytest.param("Northern Petroleum Co Plc", [], "Northern Petroleum", id="two-suffixes"),
            pytest.param("Marsh & Pell Co", [], "Marsh & Pell", id="ampersand-kept"),
            pytest.param("Alibaba Group Holding Ltd", ["Alibaba"], "Alibaba", id="alias"),
        ],
    )
    def test_names_match(self, gold_name: str, aliases: list[str], pred_name: str) -> None:
        gold = row(companies=[{"name": gold_name, "aliases": [gold_name, *aliases]}])
        pred = row(companies=[{"name": pred_name, "aliases": [pred_name]}])
        assert counts(run(gold, pred), "companies") == (1, 0, 0)

    def test_pred_alias_matches_gold_name(self) -> None:
        gold = row(companies=[{"name": "Alibaba", "aliases": ["Alibaba"]}])
        pred = row(companies=[{"name": "Alibaba Group", "aliases": ["Alibaba Group", "Alibaba"]}])
        assert counts(run(gold, pred), "companies") == (1, 0, 0)

    def test_different_companies_do_not_match(self) -> None:
        gold = row(companies=[{"name": "Acme Corp", "aliases": []}])
        pred = row(companies=[{"name": "Acme Holdings", "aliases": []}])
        assert counts(run(gold, pred), "companies") == (0, 1, 1)

    def test_other_orgs_are_not_false_positives(self) -> None:
        gold = row(companies=[], other_orgs=["New York Stock Exchange", "Reuters"])
        pred = row(companies=[{"name": "New York Stock Exchange", "aliases": []}, {"name": "Reuters Ltd"}])
        assert counts(run(gold, pred), "companies") == (0, 0, 0)

    def test_a_duplicate_prediction_is_a_false_positive(self) -> None:
        gold = row(companies=[{"name": "Orvana Mining Holdings Ltd", "aliases": ["Orvana Mining"]}])
        pred = row(companies=[{"name": "Orvana Mining Holdings Ltd"}, {"name": "Orvana Mining"}])
        assert counts(run(gold, pred), "companies") == (1, 1, 0)


COMPANIES = [
    {"name": "Acme Corp", "aliases": ["Acme Corp", "Acme"]},
    {"name": "Widget Inc", "aliases": ["Widget Inc", "Widget"]},
    {"name": "Gizmo Ltd", "aliases": ["Gizmo Ltd"]},
]


class TestPeople:
    def test_name_and_company_through_aliases(self) -> None:
        gold = row(companies=COMPANIES, people=[{"name": "Jane Roe", "title": "CEO", "company": "Acme Corp"}])
        pred = row(
            companies=[{"name": "Acme", "aliases": ["Acme"]}],
            people=[{"name": "Jane Roe", "title": "chief executive", "company": "Acme"}],
        )
        assert counts(run(gold, pred), "people") == (1, 0, 0)

    def test_wrong_company(self) -> None:
        gold = row(companies=COMPANIES, people=[{"name": "Jane Roe", "company": "Acme Corp"}])
        pred = row(companies=COMPANIES, people=[{"name": "Jane Roe", "company": "Widget"}])
        assert counts(run(gold, pred), "people") == (0, 1, 1)

    @pytest.mark.parametrize(
        "pred_people",
        [
            pytest.param([], id="missed"),
            pytest.param([{"name": "John Doe", "title": "analyst", "company": None}], id="found"),
            pytest.param([{"name": "John Doe", "company": "Gizmo Ltd"}], id="found-with-a-company"),
        ],
    )
    def test_people_without_company_are_optional(self, pred_people: list[dict[str, Any]]) -> None:
        gold = row(companies=COMPANIES, people=[{"name": "John Doe", "title": "analyst", "company": None}])
        assert counts(run(gold, row(companies=COMPANIES, people=pred_people)), "people") == (0, 0, 0)


class TestMarkets:
    def test_by_code_or_region_name(self) -> None:
        gold = row(markets=[{"name": "China", "code": "CN"}, {"name": "Global", "code": None}])
        pred = row(
            markets=[
                {"name": "People's Republic of China", "code": "CN"},
                {"name": "global", "code": None},
                {"name": "Europe", "code": None},
            ]
        )
        assert counts(run(gold, pred), "markets") == (2, 1, 0)


class TestStakes:
    GOLD = row(companies=COMPANIES, stakes=[{"holder": "Acme Corp", "target": "Widget Inc", "percent": 10}])

    @pytest.mark.parametrize(
        ("stake", "expected"),
        [
            pytest.param({"holder": "Acme", "target": "Widget", "percent": 10}, (1, 0, 0), id="aliases"),
            pytest.param({"holder": "ACME CORP.", "target": "Widget, Inc.", "percent": 10.0}, (1, 0, 0),
                         id="case-and-suffix"),
            pytest.param({"holder": "Acme", "target": "Widget", "percent": 10.005}, (1, 0, 0),
                         id="within-a-hundredth"),
            pytest.param({"holder": "Acme", "target": "Widget", "percent": 11}, (0, 1, 1),
                         id="wrong-percent"),
            pytest.param({"holder": None, "target": "Widget", "percent": 10}, (0, 1, 1), id="holder-missing"),
            pytest.param({"holder": "Widget", "target": "Acme", "percent": 10}, (0, 1, 1), id="reversed"),
        ],
    )  # fmt: skip
    def test_holder_target_percent(self, stake: dict[str, Any], expected: tuple[int, int, int]) -> None:
        assert counts(run(self.GOLD, row(companies=COMPANIES, stakes=[stake])), "stakes") == expected


class TestDeals:
    def test_parties_then_terms(self) -> None:
        gold_deal = {
            "kind": "acquisition",
            "buyer": "Acme Corp",
            "target": "Widget Inc",
            "seller": "Gizmo Ltd",
            "amount": {"value": 25_000_000_000, "currency": "USD"},
            "date": "2015-05-13",
            "status": "announced",
        }
        pred_deal = {
            "kind": "acquisition",
            "buyer": "Acme",
            "target": "Widget",
            "amount": {"value": 25_050_000_000, "currency": "USD"},
            "stake": 100,
            "date": "2015-05",
        }
        report = run(row(companies=COMPANIES, deals=[gold_deal]), row(companies=COMPANIES, deals=[pred_deal]))
        assert counts(report, "deals") == (1, 0, 0)
        # amount right; stake a false positive; date wrong (fp + fn); seller missed.
        assert counts(report, "deal_terms") == (1, 2, 2)

    @pytest.mark.parametrize(
        ("pred_deal", "matches"),
        [
            pytest.param({"kind": "acquisition", "buyer": "Acme", "target": "Widget"}, True, id="same"),
            pytest.param({"kind": "merger", "buyer": "Acme", "target": "Widget"}, False, id="wrong-kind"),
            pytest.param({"kind": "acquisition", "buyer": "Gizmo", "target": "Widget"}, False,
                         id="wrong-buyer"),
            pytest.param({"kind": "acquisition", "target": "Widget"}, False, id="buyer-missing"),
            pytest.param({"kind": "acquisition", "buyer": "Acme", "target": "Gizmo Ltd"}, False,
                         id="wrong-target"),
        ],
    )  # fmt: skip
    def test_kind_and_parties(self, pred_deal: dict[str, Any], matches: bool) -> None:
        gold = row(
            companies=COMPANIES, deals=[{"kind": "acquisition", "buyer": "Acme Corp", "target": "Widget Inc"}]
        )
        report = run(gold, row(companies=COMPANIES, deals=[pred_deal]))
        assert counts(report, "deals") == ((1, 0, 0) if matches else (0, 1, 1))

    def test_buyer_only_checked_when_gold_names_one(self) -> None:
        gold = row(companies=COMPANIES, deals=[{"kind": "stake", "target": "Widget Inc", "stake": 5}])
        pred = row(
            companies=COMPANIES, deals=[{"kind": "stake", "buyer": "Gizmo", "target": "Widget", "stake": 5}]
        )
        report = run(gold, pred)
        assert counts(report, "deals") == (1, 0, 0)
        assert counts(report, "deal_terms") == (1, 0, 0)

    def test_ipo_company(self) -> None:
        gold = row(companies=COMPANIES, deals=[{"kind": "ipo", "company": "Acme Corp", "date": "2014"}])
        pred = row(companies=COMPANIES, deals=[{"kind": "ipo", "company": "Acme", "date": "2014"}])
        report = run(gold, pred)
        assert (counts(report, "deals"), counts(report, "deal_terms")) == ((1, 0, 0), (1, 0, 0))

    @pytest.mark.parametrize(
        ("parties", "matches"),
        [
            pytest.param(["Widget", "Acme"], True, id="any-order"),
            pytest.param(["Acme"], False, id="one-missing"),
            pytest.param(["Acme", "Widget", "Gizmo Ltd"], False, id="one-extra"),
        ],
    )
    def test_merger_parties(self, parties: list[str], matches: bool) -> None:
        gold = row(companies=COMPANIES, deals=[{"kind": "merger", "parties": ["Acme Corp", "Widget Inc"]}])
        pred = row(companies=COMPANIES, deals=[{"kind": "merger", "parties": parties}])
        assert counts(run(gold, pred), "deals") == ((1, 0, 0) if matches else (0, 1, 1))

    def test_terms_counted_only_over_matched_deals(self) -> None:
        gold = row(companies=COMPANIES, deals=[{"kind": "investment", "buyer": "Acme", "target": "Widget",
                                                 "amount": {"value": 5, "currency": "USD"}}])  # fmt: skip
        pred = row(companies=COMPANIES, deals=[{"kind": "investment", "buyer": "Acme", "target": "Gizmo Ltd",
                                                 "amount": {"value": 5, "currency": "USD"}}])  # fmt: skip
        report = run(gold, pred)
        assert counts(report, "deals") == (0, 1, 1)
        assert counts(report, "deal_terms") == (0, 0, 0)

    def test_the_best_of_two_candidates_is_matched(self) -> None:
        gold = row(
            companies=COMPANIES, deals=[{"kind": "stake", "buyer": "Acme", "target": "Widget", "stake": 10}]
        )
        pred = row(
            companies=COMPANIES,
            deals=[
                {"kind": "stake", "buyer": "Acme", "target": "Widget", "stake": 25},
                {"kind": "stake", "buyer": "Acme", "target": "Widget", "stake": 10},
            ],
        )
        report = run(gold, pred)
        assert counts(report, "deals") == (1, 1, 0)
        assert counts(report, "deal_terms") == (1, 0, 0)


class TestReport:
    def test_micro_average_over_documents(self) -> None:
        gold = [
            {"id": "a", "percentages": [{"text": "5%", "start": 0, "value": 5}]},
            {"id": "b", "percentages": [{"text": "6%", "start": 0, "value": 6},
                                        {"text": "7%", "start": 9, "value": 7}]},
        ]  # fmt: skip
        pred = [
            {"id": "b", "percentages": [{"text": "6%", "start": 0, "value": 6}]},
            {"id": "a", "percentages": [{"text": "5%", "start": 0, "value": 5}]},
        ]
        report = score(gold, pred)
        assert counts(report, "percentages.span") == (2, 0, 1)
        assert report["percentages.span"].recall == pytest.approx(2 / 3)

    def test_missing_and_extra_documents(self) -> None:
        gold = [{"id": "a", "amounts": [{"text": "$5", "start": 0, "value": 5, "currency": "USD"}]}]
        report = score(gold, [{"id": "zzz"}])
        assert (report.missing, report.extra) == (("a",), ("zzz",))
        assert counts(report, "amounts.span") == (0, 0, 1)

    def test_rows_and_dict(self) -> None:
        report = score([{"id": "a"}], [{"id": "a"}])
        data = report.to_dict()
        assert list(report.scores) == list(ROWS)
        assert data["deals"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
        assert data["documents"] == 1
        table = report.table()
        assert all(name in table for name in ROWS)

    def test_details_list_each_error(self) -> None:
        gold = row(amounts=[amount("$25 billion", 25_000_000_000)], markets=[{"name": "China", "code": "CN"}])
        pred = row(amounts=[amount("$25 billion", 25)], markets=[{"name": "Japan", "code": "JP"}])
        details = run(gold, pred).details()
        assert "== doc" in details
        assert "amounts.value: wrong value" in details
        assert "markets: missed: name=China, code=CN" in details
        assert "markets: false positive: name=Japan, code=JP" in details

    @pytest.mark.parametrize(
        ("gold", "pred", "message"),
        [
            pytest.param([{"text": "x"}], [], "gold row 1 has no 'id'", id="no-gold-id"),
            pytest.param([{"id": "a"}, {"id": "a"}], [], "repeats the id 'a'", id="repeated-id"),
            pytest.param([{"id": "a"}], [["not", "a", "row"]], "not a JSON object", id="not-an-object"),
            pytest.param(
                [{"id": "a"}],
                [{"id": "a", "dates": [{"text": "May", "value": "2015-05"}]}],
                "prediction document 'a': dates item 1 needs an integer 'start'",
                id="no-start",
            ),
        ],
    )
    def test_bad_rows(self, gold: list[Any], pred: list[Any], message: str) -> None:
        with pytest.raises(InvalidInputError, match=message):
            score(gold, pred)


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        pytest.param("Acme Corp.", "acme", id="corp"),
        pytest.param("Widget, Inc.", "widget", id="inc"),
        pytest.param("Orvana International Holdings Ltd", "orvana international holdings", id="ltd"),
        pytest.param("Smith & Co", "smith", id="and-co"),
        pytest.param("Co", "co", id="suffix-alone-kept"),
        pytest.param("JD.com", "jdcom", id="dot-com"),
    ],
)
def test_normalize_name(name: str, normal: str) -> None:
    assert normalize_name(name) == normal
