"""Properties of the ``dates`` plugin: robustness, determinism, no clock; its hooks and options."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpfacts
from corpfacts.extractors import dates as dates_plugin
from corpfacts.plugins import BUILTIN_PLUGINS

OTHERS = [name for name in BUILTIN_PLUGINS if name != "dates"]


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline(disable=OTHERS, entry_points=False)


# Text built from date-like pieces and noise, so that the properties reach
# the rules and not only the "nothing found" path.
PIECES = [
    "March", "May", "3", "31", "2015", "1999", "0001", "9999", "Q3", "H2", "FY16", "fiscal", "the", "first",
    "quarter", "half", "of", "last", "next", "this", "year", "week", "weekend", "month", "ago", "two", "a",
    "earlier", "today", "yesterday", "tomorrow", "Monday", "Sunday", "will", "said", "in", "on", "mid-",
    "late", "the 1990s", "'90s", "26-FEB-1987", "2015-03-03", "3/3/15", "29/02/2000", "February 29",
    "now", "recently", "year-end", "the year-ago quarter", "-", ",", ".", "\n", " - ", "$", "%", "Sept.",
    "Thursday 30 October", "January-September", "and", "17", "2007-2008", "fiscal 2005-06", "NEW YORK,",
    "03.03.2015", "2015/03/04", "3-4-2015", "30.02.2015", "06/2012", "Mar-3-2015", "the third of",
    "March the", "3rd", "twenty-first", "'15", "3 Mar '15", "on March third",
]  # fmt: skip
date_text = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=200), date_text)


@settings(max_examples=300, deadline=None)
@given(text=any_text, published=st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_slice_back(pipeline: corpfacts.Pipeline, text: str, published: Any) -> None:
    facts = pipeline.extract(text, published)
    for mention in facts.dates:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text.strip() == mention.text
        if mention.vague:
            assert mention.value is None


@settings(max_examples=300, deadline=None)
@given(text=date_text, published=st.dates())
def test_values_stay_within_a_century_of_publication(
    pipeline: corpfacts.Pipeline, text: str, published: dt.date
) -> None:
    for mention in pipeline.extract(text, published).dates:
        if mention.value is not None:
            assert abs(mention.value.first.year - published.year) <= 100


@settings(max_examples=100, deadline=None)
@given(text=any_text, published=st.one_of(st.none(), st.dates()))
def test_same_input_same_output(pipeline: corpfacts.Pipeline, text: str, published: Any) -> None:
    first = pipeline.extract(text, published).dates
    second = pipeline.extract(text, published).dates
    assert first == second


@settings(max_examples=200, deadline=None)
@given(text=any_text, published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1))))
def test_token_guards_hide_no_date(
    pipeline: corpfacts.Pipeline, text: str, published: Any, monkeypatch_scanner: Any
) -> None:
    # The scanner tries the pattern only at tokens that may begin a date; trying
    # every form at every token must find exactly the same dates.
    assert monkeypatch_scanner(text, published) == pipeline.extract(text, published).dates


@pytest.fixture(scope="module")
def monkeypatch_scanner() -> Any:
    unguarded = corpfacts.Pipeline(disable=OTHERS, entry_points=False)
    scanner: Any = unguarded.extractors[0].run
    everything = scanner.patterns.everything()
    scanner.patterns.lookup = lambda text, token: everything
    return lambda text, published: unguarded.extract(text, published).dates


GUARD_TEXTS = [
    "The board met on the 3rd of March 2015 and in the year-ago quarter, a year ago, at present.",
    "For now, at the moment, as we speak; for a few days; at 10 years ago; 26-FEB-1987 and 3/3/2015.",
    "Year-end, the year end, year end results, calendar 2014, fiscal 2016, financial year 2013.",
    "Recent years, recent times, years ahead, decades to come, 1Q 2015, Q3, H2 2013, FY16, the '90s.",
]


@pytest.mark.parametrize("text", GUARD_TEXTS)
def test_token_guards_on_known_texts(
    pipeline: corpfacts.Pipeline, text: str, monkeypatch_scanner: Any
) -> None:
    assert monkeypatch_scanner(text, "2015-05-14") == pipeline.extract(text, "2015-05-14").dates


class _NoClockDate(dt.date):
    @classmethod
    def today(cls) -> Any:
        raise AssertionError("the dates plugin read the clock (date.today)")


class _NoClockDateTime(dt.datetime):
    @classmethod
    def now(cls, tz: Any = None) -> Any:
        raise AssertionError("the dates plugin read the clock (datetime.now)")

    @classmethod
    def today(cls) -> Any:
        raise AssertionError("the dates plugin read the clock (datetime.today)")

    @classmethod
    def utcnow(cls) -> Any:
        raise AssertionError("the dates plugin read the clock (datetime.utcnow)")


class _PlaceholderDateTime(_NoClockDateTime):
    """dateparser's clock: ``now`` raises; ``today`` answers a day long past.

    dateparser's strptime helper asks ``datetime.today()`` for a placeholder
    year when it reads a lone day number ("3rd" in "March the 3rd"), then
    drops it. Answering 1901-01-01 (not a leap year, and far from any story)
    shows that the answer never reaches a value.
    """

    @classmethod
    def today(cls) -> Any:
        return cls(1901, 1, 1)


class _NoClockModule:
    """A stand-in for the ``datetime`` module whose clock functions raise."""

    date = _NoClockDate
    datetime = _NoClockDateTime
    timedelta = dt.timedelta


def _forbid_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpfacts.extractors import _dates_base, _dates_parse, _dates_relative, _dates_resolve, _dates_scan

    for module in (dates_plugin, _dates_base, _dates_parse, _dates_relative, _dates_resolve, _dates_scan):
        monkeypatch.setattr(module, "dt", _NoClockModule)

    def no_clock(*args: Any) -> Any:
        raise AssertionError("the dates plugin read the clock or the time zone")

    for name in ("time", "time_ns", "localtime", "gmtime", "ctime", "strftime"):
        monkeypatch.setattr(time, name, no_clock)
    # dateparser's modules import ``datetime`` by name; they also look up the
    # machine's time zone through ``_get_localzone`` (never, with our settings).
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "dateparser" or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            if value is dt.datetime:
                monkeypatch.setattr(module, attribute, _PlaceholderDateTime)
            elif value is dt.date:
                monkeypatch.setattr(module, attribute, _NoClockDate)
            elif attribute in ("_get_localzone", "get_localzone"):
                monkeypatch.setattr(module, attribute, no_clock)


NO_CLOCK_TEXTS = [
    "The company said Wednesday it would sell the unit it bought last year.",
    "Sales rose in March and will rise again next quarter, two years after the 2013 slump.",
    "NEW YORK, March 9 - Acme said today it would report first-half results later this year.",
    "Shares fell yesterday; the deal closes on June 30 or by year-end, a year earlier than planned.",
    # Irregular days, which dateparser reads.
    "The filing of 03.03.2015 was amended on 2015/04/07 and again on Mar-9-2015.",
    "Acme said it sold the unit on the third of March and will vote on June the 2nd.",
    "The option granted February the 29th, 2012 vests on the twenty-first of July.",
]


@pytest.mark.parametrize("published", [None, "2015-05-14"])
@pytest.mark.parametrize("text", NO_CLOCK_TEXTS)
def test_no_clock_reads(monkeypatch: pytest.MonkeyPatch, published: str | None, text: str) -> None:
    expected = corpfacts.Pipeline(disable=OTHERS, entry_points=False).extract(text, published).dates
    # Building may read the clock (dateparser does, once, when it is first
    # imported, for the machine's UTC offset); extracting never does.
    pipeline = corpfacts.Pipeline(disable=OTHERS, entry_points=False)
    _forbid_clock(monkeypatch)
    assert pipeline.extract(text, published).dates == expected


def test_without_published_relative_dates_keep_no_value(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("Acme said on Monday that sales rose last year and would rise in 2016.")
    assert facts.published is None
    assert [(d.text, d.value) for d in facts.dates][:2] == [("Monday", None), ("last year", None)]
    assert str(facts.dates[2].value) == "2016"


# -- the publication-date hook ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("NEW YORK, March 3, 2015 - Acme Corp said ...", dt.date(2015, 3, 3), id="dateline"),
        pytest.param("WASHINGTON, Oct 19, 1987 - The group said", dt.date(1987, 10, 19), id="abbreviated"),
        pytest.param("LONDON, 14 May 2015 - Shares rose", dt.date(2015, 5, 14), id="day-first-dateline"),
        pytest.param("March 3, 2015\nAcme said it would sell its unit.", dt.date(2015, 3, 3), id="date-line"),
        pytest.param(
            "  Thursday, May 14, 2015\n\nAlibaba wants to go global.", dt.date(2015, 5, 14), id="weekday"
        ),
        pytest.param("2015-05-14\nAlibaba wants to go global.", dt.date(2015, 5, 14), id="iso-line"),
        pytest.param("NEW YORK, March 9 - Acme Corp said ...", None, id="no-year"),
        pytest.param("Acme said on March 3, 2015 that it sold the unit.", None, id="not-at-top"),
        pytest.param("", None, id="empty"),
        pytest.param("NEW YORK, February 30, 2015 - Acme", None, id="impossible-day"),
    ],
)
def test_publication_date_hook(text: str, expected: dt.date | None) -> None:
    assert dates_plugin.corpfacts_publication_date(text) == expected


def test_dateline_sets_published(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("LONDON, May 14, 2015 - Acme said on Wednesday it bought Beta.")
    assert facts.published == dt.date(2015, 5, 14)
    assert [(d.text, str(d.value)) for d in facts.dates] == [
        ("May 14, 2015", "2015-05-14"),
        ("Wednesday", "2015-05-13"),
    ]


def test_given_published_wins_over_dateline(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("LONDON, May 14, 2015 - Acme said today it bought Beta.", "2015-05-15")
    assert str(facts.dates[1].value) == "2015-05-15"


# -- options and vocabulary ------------------------------------------------------------
def test_day_first_option() -> None:
    pipeline = corpfacts.Pipeline(
        plugins=[dates_plugin.DatesPlugin(day_first=True)], disable=[*OTHERS, "dates"], entry_points=False
    )
    facts = pipeline.extract("The notice was dated 4/5/2014 and 12/25/2014.", "2015-05-14")
    assert [str(d.value) for d in facts.dates] == ["2014-05-04", "2014-12-25"]


def test_month_first_by_default(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("The notice was dated 4/5/2014.", "2015-05-14")
    assert [str(d.value) for d in facts.dates] == ["2014-04-05"]


class _GermanMonths:
    corpfacts_name = "german_months"

    @corpfacts.hookimpl
    def corpfacts_lexicon(self, lexicon: corpfacts.Lexicon) -> None:
        lexicon.add_month_name("Dezember", 12)
        lexicon.add_weekday_name("Montag", 1)
        lexicon.add_vague_date("in the fullness of time")


def test_plugin_adds_date_vocabulary() -> None:
    pipeline = corpfacts.Pipeline(plugins=[_GermanMonths()], disable=OTHERS, entry_points=False)
    text = (
        "Acme sold it on 3 Dezember 2014, filed on Dezember-5-2014 and met Montag; "
        "more will follow in the fullness of time."
    )
    facts = pipeline.extract(text, "2015-05-14")
    assert [(d.text, None if d.value is None else str(d.value), d.vague) for d in facts.dates] == [
        ("3 Dezember 2014", "2014-12-03", False),
        ("Dezember-5-2014", "2014-12-05", False),
        ("Montag", "2015-05-11", False),
        ("in the fullness of time", None, True),
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(lambda lx: lx.add_month_name("Brumaire", 13), "1 to 12", id="bad-month"),
        pytest.param(lambda lx: lx.add_weekday_name("Funday", 0), "1 (Monday)", id="bad-weekday"),
        pytest.param(lambda lx: lx.add_vague_date("  "), "non-empty", id="empty-vague"),
    ],
)
def test_lexicon_rejects_bad_date_words(call: Any, message: str) -> None:
    with pytest.raises(corpfacts.LexiconError, match=re.escape(message)):
        call(corpfacts.Lexicon())


def test_mentions_keep_granularity_and_range(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("Profit fell in the third quarter of 2015.", "2015-11-02")
    value = facts.dates[0].value
    assert value is not None
    assert value.granularity is corpfacts.Granularity.QUARTER
    assert (value.first, value.last) == (dt.date(2015, 7, 1), dt.date(2015, 9, 30))
    assert facts.dates[0].extractor == "dates"


def test_serialized_shape(pipeline: corpfacts.Pipeline) -> None:
    facts = pipeline.extract("Sales rose last year and will rise soon.", "2015-05-14")
    assert facts.to_dict()["dates"] == [
        {"text": "last year", "start": 11, "end": 20, "value": "2014", "granularity": "year"},
        {"text": "soon", "start": 35, "end": 39, "value": None, "vague": True},
    ]


def test_dateparser_loads_with_the_pipeline_not_with_corpfacts() -> None:
    # `import corpfacts` stays cheap; dateparser is imported, and warmed up,
    # when a pipeline with the dates plugin is built, never during extraction.
    code = (
        "import sys, corpfacts\n"
        "from corpfacts.extractors import dates\n"
        "from corpfacts.plugins import BUILTIN_PLUGINS\n"
        "assert 'dateparser' not in sys.modules\n"
        "corpfacts.Pipeline(disable=['dates'], entry_points=False)\n"
        "assert 'dateparser' not in sys.modules\n"
        "p = corpfacts.Pipeline(disable=[n for n in BUILTIN_PLUGINS if n != 'dates'], entry_points=False)\n"
        "assert 'dateparser' in sys.modules\n"
        "loaded = set(sys.modules)\n"
        "p.extract('Acme said on 03.03.2015 it sold the unit on the third of March.')\n"
        "assert set(sys.modules) == loaded, set(sys.modules) - loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
