"""The core: records and their invariants, the plugin manager, the pipeline.

These tests need no built-in extractor: they switch the built-ins off and
register small plugins written here, exactly as a third party would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from conftest import BUILTINS
from hypothesis import given
from hypothesis import strategies as st

import corpfacts
from corpfacts import (
    DateValue,
    Deal,
    Document,
    ExtractionError,
    Extractor,
    Granularity,
    InvalidInputError,
    Lexicon,
    LexiconError,
    Money,
    Percentage,
    Pipeline,
    PluginLoadError,
    Span,
    Stake,
    UnknownPluginError,
    hookimpl,
    parse_published,
)
from corpfacts import plugins as plugins_module

# -- small plugins -------------------------------------------------------------------


class TinyMoney:
    """A self-contained money finder: a number followed by a currency word of the lexicon."""

    corpfacts_name = "tiny_money"

    @hookimpl
    def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
        currencies = dict(lexicon.currencies)
        if not currencies:
            return []
        words = "|".join(re.escape(w) for w in sorted(currencies, key=len, reverse=True))
        pattern = re.compile(
            rf"""
            (?P<number>\d+(?:\.\d+)?)   # the amount
            \s+
            (?P<word>{words})\b          # a currency word from the lexicon
            """,
            re.VERBOSE | re.IGNORECASE,
        )

        def run(document: Document) -> Iterator[Money]:
            for match in pattern.finditer(document.text):
                yield Money(
                    document.span(match.start(), match.end()),
                    value=match["number"],
                    currency=currencies[match["word"].casefold()],
                    extractor="tiny_money",
                )

        return [Extractor("tiny_money", run, gives="amounts")]


class Quid:
    """A lexicon-only plugin: teaches corpfacts one currency word, no extractor."""

    corpfacts_name = "quid"

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        lexicon.add_currency("quid", "GBP")


def _percent_plugin(name: str) -> object:
    """A plugin whose extractor (named ``name``) finds "<n>%" as a percentage."""
    pattern = re.compile(r"(?P<n>\d+)%")

    class Plugin:
        corpfacts_name = name

        @hookimpl
        def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
            def run(document: Document) -> Iterator[Percentage]:
                for m in pattern.finditer(document.text):
                    yield Percentage(document.span(m.start(), m.end()), value=m["n"], extractor=name)

            return [Extractor(name, run, gives="percentages")]

    return Plugin()


def _lexicon_plugin(name: str, word: str, code: str) -> object:
    class Plugin:
        corpfacts_name = name

        @hookimpl
        def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
            lexicon.add_currency(word, code)

    return Plugin()


def _failing_plugin(name: str = "broken") -> object:
    class Plugin:
        corpfacts_name = name

        @hookimpl
        def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
            def run(document: Document) -> list[Money]:
                raise ZeroDivisionError("the plugin has a bug")

            return [Extractor(name, run, gives="amounts")]

    return Plugin()


def _answering(name: str, code: str | None) -> object:
    """A plugin (named ``name``) that answers every currency question with ``code``."""

    class Plugin:
        corpfacts_name = name

        @hookimpl
        def corpfacts_resolve_currency(self, sign: str, document: Document) -> str | None:
            return code

    return Plugin()


def core(*plugins: object, **kwargs: Any) -> Pipeline:
    """A pipeline with only the given plugins: no built-ins, no entry points."""
    return Pipeline(list(plugins), disable=BUILTINS, entry_points=False, **kwargs)


@pytest.fixture(scope="module")
def money_pipeline() -> Pipeline:
    return core(TinyMoney(), Quid())


# -- records -------------------------------------------------------------------------


class TestSpan:
    def test_of_slices_the_text(self) -> None:
        text = "Acme paid $5 million."
        span = Span.of(text, 10, 20)
        assert span == Span(10, 20, "$5 million")
        assert len(span) == 10

    @pytest.mark.parametrize(
        ("start", "end", "text"),
        [
            pytest.param(-1, 2, "abc", id="negative-start"),
            pytest.param(5, 3, "", id="end-before-start"),
            pytest.param(0, 3, "ab", id="text-length-differs"),
        ],
    )
    def test_invalid_spans_are_refused(self, start: int, end: int, text: str) -> None:
        with pytest.raises(ValueError):
            Span(start, end, text)

    def test_overlap_and_containment(self) -> None:
        a, b, c = Span(0, 5, "x" * 5), Span(4, 8, "x" * 4), Span(5, 9, "x" * 4)
        assert a.overlaps(b) and b.overlaps(a)
        assert not a.overlaps(c), "touching spans share no character"
        assert Span(0, 9, "x" * 9).contains(b)
        assert not b.contains(a)

    @given(st.text(max_size=40), st.data())
    def test_of_always_slices_back(self, text: str, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert Span.of(text, start, end).text == text[start:end]


class TestMentionInvariants:
    def test_money_refuses_float(self) -> None:
        with pytest.raises(TypeError, match="Decimal"):
            Money(Span(0, 2, "$5"), value=5.0, currency="USD")

    def test_money_value_becomes_decimal(self) -> None:
        money = Money(Span(0, 2, "$5"), value="5", currency="USD")
        assert money.value == Decimal(5) and isinstance(money.value, Decimal)

    @pytest.mark.parametrize("code", ["usd", "US", "DOLLAR"])
    def test_money_currency_must_be_iso(self, code: str) -> None:
        with pytest.raises(ValueError, match="ISO 4217"):
            Money(Span(0, 2, "$5"), value=5, currency=code)

    def test_stake_percent_is_decimal(self) -> None:
        target = corpfacts.Company(name="Zulily")
        assert Stake(holder=None, target=target, percent="9.5").percent == Decimal("9.5")

    @pytest.mark.parametrize("percent", ["0", "100.5", "-3"])
    def test_stake_percent_is_within_0_and_100(self, percent: str) -> None:
        with pytest.raises(ValueError, match="at most 100"):
            Stake(holder=None, target=corpfacts.Company(name="Zulily"), percent=percent)

    @pytest.mark.parametrize("value", ["NaN", "Infinity", "abc"])
    def test_numbers_must_be_finite(self, value: str) -> None:
        with pytest.raises(ValueError):
            Money(Span(0, 2, "$5"), value=value, currency="USD")

    def test_a_period_cannot_end_before_it_starts(self) -> None:
        with pytest.raises(ValueError, match="before it starts"):
            DateValue(Granularity.DAY, "2015-01-02", dt.date(2015, 1, 2), dt.date(2014, 1, 1))

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            pytest.param("kind", "Takeover Bid", id="kind-not-a-word"),
            pytest.param("status", "maybe", id="unknown-status"),
        ],
    )
    def test_deal_validators(self, field: str, value: str) -> None:
        args: dict[str, Any] = {"kind": "acquisition", field: value}
        with pytest.raises(ValueError):
            Deal(**args)


class TestDateValue:
    @pytest.mark.parametrize(
        ("value", "timex", "granularity", "first", "last"),
        [
            pytest.param(DateValue.day(dt.date(2015, 5, 13)), "2015-05-13", Granularity.DAY, "2015-05-13",
                         "2015-05-13", id="day"),
            pytest.param(DateValue.week(2015, 19), "2015-W19", Granularity.WEEK, "2015-05-04", "2015-05-10",
                         id="iso-week"),
            pytest.param(DateValue.month(2014, 12), "2014-12", Granularity.MONTH, "2014-12-01", "2014-12-31",
                         id="december"),
            pytest.param(DateValue.month(2016, 2), "2016-02", Granularity.MONTH, "2016-02-01", "2016-02-29",
                         id="leap-february"),
            pytest.param(DateValue.quarter(2015, 3), "2015-Q3", Granularity.QUARTER, "2015-07-01",
                         "2015-09-30", id="quarter"),
            pytest.param(DateValue.quarter(1987, 2, fiscal=True), "FY1987-Q2", Granularity.QUARTER,
                         "1987-04-01", "1987-06-30", id="fiscal-quarter"),
            pytest.param(DateValue.half(2015, 2), "2015-H2", Granularity.HALF, "2015-07-01", "2015-12-31",
                         id="second-half"),
            pytest.param(DateValue.year(2016, fiscal=True), "FY2016", Granularity.YEAR, "2016-01-01",
                         "2016-12-31", id="fiscal-year"),
            pytest.param(DateValue.decade(1995), "199", Granularity.DECADE, "1990-01-01", "1999-12-31",
                         id="decade"),
        ],
    )  # fmt: skip
    def test_timex(
        self, value: DateValue, timex: str, granularity: Granularity, first: str, last: str
    ) -> None:
        assert (str(value), value.granularity) == (timex, granularity)
        assert (value.first.isoformat(), value.last.isoformat()) == (first, last)

    @pytest.mark.parametrize(
        "build", [lambda: DateValue.quarter(2015, 5), lambda: DateValue.half(2015, 3)], ids=["Q5", "H3"]
    )
    def test_out_of_range_parts(self, build: Any) -> None:
        with pytest.raises(ValueError):
            build()


# -- published -------------------------------------------------------------------------


class TestPublished:
    @pytest.mark.parametrize(
        "value",
        [
            pytest.param(dt.date(2015, 5, 14), id="date"),
            pytest.param(dt.datetime(2015, 5, 14, 23, 59), id="datetime"),
            pytest.param("2015-05-14", id="iso-string"),
            pytest.param("2015-05-14T08:30:00Z", id="iso-timestamp"),
            pytest.param(" 2015-05-14 ", id="padded"),
        ],
    )
    def test_accepted(self, value: object) -> None:
        assert parse_published(value) == dt.date(2015, 5, 14)

    def test_none_is_unknown(self) -> None:
        assert parse_published(None) is None

    @pytest.mark.parametrize(
        "value",
        [
            pytest.param("14/05/2015", id="day-first"),
            pytest.param("May 14, 2015", id="words"),
            pytest.param("yesterday", id="relative"),
            pytest.param(20150514, id="int"),
            pytest.param(1431561600.0, id="timestamp"),
            pytest.param("2015-05-14 garbage", id="trailing-words"),
        ],
    )
    def test_refused_with_a_clear_error(self, value: object) -> None:
        with pytest.raises(InvalidInputError, match="published") as info:
            parse_published(value)
        assert isinstance(info.value, ValueError)
        assert "2015-05-14" in str(info.value) or "ISO" in str(info.value)

    def test_pipeline_refuses_bad_published(self, money_pipeline: Pipeline) -> None:
        with pytest.raises(InvalidInputError):
            money_pipeline.extract("5 quid", published="last Tuesday")

    def test_pipeline_refuses_non_text(self, money_pipeline: Pipeline) -> None:
        with pytest.raises(InvalidInputError, match="str"):
            money_pipeline.extract(b"5 quid")  # type: ignore[arg-type]


# -- the plugin manager ----------------------------------------------------------------


class TestPluginManager:
    def test_unknown_hook_fails_at_load_naming_the_plugin(self) -> None:
        class Speller:
            corpfacts_name = "speller"

            @hookimpl
            def corpfacts_lexcon(self, lexicon: Lexicon) -> None:  # misspelled on purpose
                pass

        with pytest.raises(PluginLoadError, match=r"'speller'.*hook corpfacts does not have"):
            core(Speller())

    def test_wrong_hook_arguments_fail_at_load(self) -> None:
        class Confused:
            corpfacts_name = "confused"

            @hookimpl
            def corpfacts_lexicon(self, vocabulary: Lexicon) -> None:
                pass

        with pytest.raises(PluginLoadError, match="'confused'"):
            core(Confused())

    def test_duplicate_names_are_refused(self) -> None:
        with pytest.raises(PluginLoadError, match="two plugins are named 'twin'"):
            core(_percent_plugin("twin"), _percent_plugin("twin"))

    def test_disable_unknown_name_lists_the_registered_ones(self) -> None:
        with pytest.raises(UnknownPluginError) as info:
            Pipeline([Quid()], disable=[*BUILTINS, "quids"], entry_points=False)
        assert isinstance(info.value, LookupError)
        message = str(info.value)
        assert "quids" in message and "quid" in message and "money" in message

    def test_disabled_plugin_contributes_nothing(self) -> None:
        pipeline = Pipeline([TinyMoney(), Quid()], disable=[*BUILTINS, "quid"], entry_points=False)
        assert [p.name for p in pipeline.plugins] == ["tiny_money"]
        assert pipeline.extract("It cost 5 quid.").amounts == ()

    def test_plugin_info(self, money_pipeline: Pipeline) -> None:
        info = {p.name: p for p in money_pipeline.plugins}
        assert info["quid"].source == "explicit"
        assert info["quid"].hooks == ("corpfacts_lexicon",)
        assert info["tiny_money"].hooks == ("corpfacts_extractors",)

    def test_entry_point_load_failure_names_plugin_and_fix(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(plugins_module, "_entry_points", lambda: [FakeEntryPoint("exploding", None)])
        with pytest.raises(PluginLoadError) as info:
            Pipeline(disable=BUILTINS)
        message = str(info.value)
        assert "'exploding'" in message and "corpfacts-exploding" in message
        assert "--disable exploding" in message
        assert isinstance(info.value.__cause__, ImportError)

    def test_entry_point_plugin_is_registered(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(plugins_module, "_entry_points", lambda: [FakeEntryPoint("quid", Quid())])
        pipeline = Pipeline([TinyMoney()], disable=BUILTINS)
        info = {p.name: p for p in pipeline.plugins}
        assert (info["quid"].source, info["quid"].version) == ("entry point", "1.2.3")
        assert [a.currency for a in pipeline.extract("It cost 5 quid.").amounts] == ["GBP"]

    def test_entry_point_can_be_disabled_without_loading(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(plugins_module, "_entry_points", lambda: [FakeEntryPoint("exploding", None)])
        pipeline = Pipeline(disable=[*BUILTINS, "exploding"])
        assert pipeline.plugins == ()


class FakeDistribution:
    def __init__(self, name: str) -> None:
        self.name = f"corpfacts-{name}"
        self.version = "1.2.3"


class FakeEntryPoint:
    """Stands in for importlib.metadata.EntryPoint; ``plugin=None`` makes load() fail."""

    def __init__(self, name: str, plugin: object | None) -> None:
        self.name = name
        self.value = f"corpfacts_{name}:plugin"
        self.dist = FakeDistribution(name)
        self._plugin = plugin

    def load(self) -> object:
        if self._plugin is None:
            raise ImportError("No module named 'numpy'")
        return self._plugin


# -- the pipeline ------------------------------------------------------------------------


class TestThirdPartyPlugins:
    def test_a_currency_word_changes_the_output(self) -> None:
        text = "The painting sold for 300 quid at auction."
        assert core(TinyMoney()).extract(text).amounts == ()
        amounts = core(TinyMoney(), Quid()).extract(text).amounts
        assert [(a.text, a.value, a.currency) for a in amounts] == [("300 quid", Decimal(300), "GBP")]

    def test_lexicon_is_frozen_once_built(self, money_pipeline: Pipeline) -> None:
        with pytest.raises(LexiconError, match="frozen"):
            money_pipeline.lexicon.add_currency("clams", "USD")

    def test_lexicon_conflict_won_by_the_name_that_sorts_last(self) -> None:
        first = _lexicon_plugin("aaa_dollars", "bucks", "USD")
        last = _lexicon_plugin("zzz_dollars", "bucks", "CAD")
        for order in ([first, last], [last, first]):
            lexicon = core(*order).lexicon
            assert lexicon.currencies["bucks"] == "CAD"
            assert lexicon.source_of("currencies", "bucks") == "zzz_dollars"

    def test_output_independent_of_registration_order(self) -> None:
        text = "Shares rose 5% after a 12% jump; it cost 7 quid."
        plugins = [_percent_plugin("alpha"), _percent_plugin("beta"), TinyMoney(), Quid()]
        forward = core(*plugins).extract(text, published="2020-01-02")
        backward = core(*reversed(plugins)).extract(text, published="2020-01-02")
        assert forward.to_dict() == backward.to_dict()
        # Same span from two extractors: ordered by extractor name.
        assert [(p.text, p.extractor) for p in forward.percentages] == [
            ("5%", "alpha"),
            ("5%", "beta"),
            ("12%", "alpha"),
            ("12%", "beta"),
        ]

    def test_to_dict_has_the_format_shape(self, money_pipeline: Pipeline) -> None:
        out = money_pipeline.extract("It cost 5 quid.", published="2020-01-02", id="d1").to_dict()
        assert out["id"] == "d1" and out["published"] == "2020-01-02"
        for key in ("amounts", "percentages", "dates", "companies", "people", "markets", "stakes", "deals"):
            assert key in out
        assert out["amounts"] == [{"text": "5 quid", "start": 8, "end": 14, "value": 5, "currency": "GBP"}]


class TestExtractorContract:
    def test_failure_names_plugin_and_document(self) -> None:
        pipeline = core(_failing_plugin("broken"))
        with pytest.raises(ExtractionError) as info:
            pipeline.extract("Anything at all.", id="doc-7")
        error = info.value
        assert (error.plugin, error.extractor, error.document) == ("broken", "broken", "doc-7")
        assert "'broken'" in str(error) and "doc-7" in str(error) and "on_error='warn'" in str(error)
        assert isinstance(error.__cause__, ZeroDivisionError)

    def test_warn_skips_the_failing_extractor(self) -> None:
        pipeline = core(_failing_plugin("broken"), TinyMoney(), Quid(), on_error="warn")
        with pytest.warns(RuntimeWarning, match="'broken'.*skipped"):
            facts = pipeline.extract("It cost 5 quid.")
        assert [a.extractor for a in facts.amounts] == ["tiny_money"]

    def test_failing_publication_date_hook_names_its_plugin(self) -> None:
        class BadDateline:
            corpfacts_name = "bad_dateline"

            @hookimpl
            def corpfacts_publication_date(self, text: str) -> dt.date | None:
                raise KeyError("no month table")

        pipeline = core(BadDateline(), TinyMoney(), Quid())
        with pytest.raises(ExtractionError) as info:
            pipeline.extract("LONDON - It cost 5 quid.", id="wire-1")
        assert info.value.plugin == "bad_dateline"
        assert "corpfacts_publication_date" in str(info.value) and "wire-1" in str(info.value)
        # With a publication date given, the hook is not called at all.
        assert pipeline.extract("It cost 5 quid.", published="2020-01-01").amounts

    def test_failing_currency_hook_names_its_plugin_not_the_caller(self) -> None:
        class Asks:
            corpfacts_name = "asks"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
                def run(document: Document) -> list[Money]:
                    code = document.resolve_currency("$")
                    return [Money(document.span(0, 2), value=5, currency=code, extractor="asks")]

                return [Extractor("asks", run, gives="amounts")]

        class BadCurrency:
            corpfacts_name = "bad_currency"

            @hookimpl
            def corpfacts_resolve_currency(self, sign: str, document: Document) -> str | None:
                raise ValueError("cannot decide")

        with pytest.raises(ExtractionError) as info:
            core(Asks(), BadCurrency()).extract("$5 only")
        assert info.value.plugin == "bad_currency"
        with pytest.warns(RuntimeWarning, match="'bad_currency'.*skipped"):
            facts = core(Asks(), BadCurrency(), on_error="warn").extract("$5 only")
        assert facts.amounts == ()

    def test_first_currency_answer_wins_and_none_passes_on(self) -> None:
        pipeline = core(_answering("silent", None), _answering("aussie", "AUD"))
        document = pipeline.document("A$ story", published="2020-01-01")
        assert document.resolve_currency("$") == "AUD"

    def test_first_currency_answer_does_not_depend_on_registration_order(self) -> None:
        answers = set()
        for plugins in (
            [_answering("aaa", "AUD"), _answering("zzz", "CAD")],
            [_answering("zzz", "CAD"), _answering("aaa", "AUD")],
        ):
            document = core(*plugins).document("A $ story", published="2020-01-01")
            answers.add(document.resolve_currency("$"))
        assert answers == {"AUD"}  # plugins answer in name order: "aaa" first

    def test_a_currency_answer_must_be_an_iso_code(self) -> None:
        class Wordy:
            corpfacts_name = "wordy"

            @hookimpl
            def corpfacts_resolve_currency(self, sign: str, document: Document) -> str | None:
                return "dollars"

        document = core(Wordy()).document("A $ story", published="2020-01-01", id="d1")
        with pytest.raises(ExtractionError, match=r"'wordy'.*ISO 4217") as info:
            document.resolve_currency("$")
        assert info.value.plugin == "wordy"

    def test_hook_wrappers_are_refused_at_load(self) -> None:
        class Wrapper:
            corpfacts_name = "wrapper"

            @hookimpl(wrapper=True)
            def corpfacts_resolve_currency(self, sign: str, document: Document) -> Iterator[None]:
                return (yield)

        with pytest.raises(PluginLoadError, match=r"'wrapper'.*wrapper"):
            core(Wrapper())

    def test_a_span_that_is_not_in_the_text_is_refused(self) -> None:
        class Liar:
            corpfacts_name = "liar"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
                def run(document: Document) -> list[Money]:
                    return [Money(Span(2, 6, "abcd"), value=5, currency="USD", extractor="liar")]

                return [Extractor("liar", run, gives="amounts")]

        with pytest.raises(ExtractionError, match=r"document\.span") as info:
            core(Liar()).extract("It cost 5 dollars.", id="d2")
        assert (info.value.plugin, info.value.document) == ("liar", "d2")

    @pytest.mark.parametrize(
        "item", [{"id": "x"}, 42, {"text": 7}], ids=["no-text", "number", "text-not-str"]
    )
    def test_extract_many_refuses_bad_items(self, item: object) -> None:
        with pytest.raises(InvalidInputError, match="document 2"):
            list(core(TinyMoney(), Quid()).extract_many(["5 quid", item]))

    def test_declared_collections_are_present_even_when_empty(self) -> None:
        facts = core(TinyMoney(), Quid()).extract("Nothing to find here.")
        assert facts.get("amounts") == () and "amounts" in facts.collections
        assert facts.to_dict()["amounts"] == []

    def test_on_error_must_be_known(self) -> None:
        with pytest.raises(InvalidInputError, match="on_error"):
            core(on_error="ignore")  # type: ignore[arg-type]

    def test_undeclared_collection_is_an_error(self) -> None:
        class Sneaky:
            corpfacts_name = "sneaky"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
                def run(document: Document) -> list[Money]:
                    return [Money(document.span(0, 1), value=1, extractor="sneaky")]

                return [Extractor("sneaky", run, gives="percentages")]

        with pytest.raises(ExtractionError, match=r"'amounts'.*does not declare"):
            core(Sneaky()).extract("1 dollar")

    def test_non_extractor_is_refused_at_build(self) -> None:
        class Wrong:
            corpfacts_name = "wrong"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[object]:
                return [lambda document: []]

        with pytest.raises(PluginLoadError, match=r"'wrong'.*Extractor"):
            core(Wrong())

    @pytest.mark.parametrize("name", ["", "two words", "semi;colon"])
    def test_extractor_names_are_words(self, name: str) -> None:
        with pytest.raises(ValueError):
            Extractor(name, lambda document: [], gives="amounts")

    def test_readers_run_after_givers_whatever_their_names(self) -> None:
        seen: list[int] = []

        class Reader:
            corpfacts_name = "aaa_reader"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
                def run(document: Document) -> list[Money]:
                    seen.append(len(document.percentages))
                    return []

                return [Extractor("aaa_reader", run, gives="amounts", needs="percentages")]

        core(Reader(), _percent_plugin("zzz_giver")).extract("Up 5% and 6%.")
        assert seen == [2]

    def test_dependency_cycle_is_refused(self) -> None:
        class Cycle:
            corpfacts_name = "cycle"

            @hookimpl
            def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
                return [
                    Extractor("one", lambda d: [], gives="amounts", needs="percentages"),
                    Extractor("two", lambda d: [], gives="percentages", needs="amounts"),
                ]

        with pytest.raises(PluginLoadError, match="cycle"):
            core(Cycle())
