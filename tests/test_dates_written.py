"""Irregular written days, which the ``dates`` patterns find and dateparser reads.

Sentences written for these tests. Each case gives the publication date, a
sentence, and every date it holds as ``(text, TIMEX3 value or None)``. The
values were worked out by hand from the calendar: 2015-05-14 is a Thursday,
1987-03-24 a Tuesday. Numeric dates are month first unless the plugin is
built with ``day_first=True``; a date without a year takes the year the
tense points to, as "March 3" does (past: on or before the publication
date; future: on or after it; no tense: the nearest).
"""

from __future__ import annotations

from typing import Any

import pytest

import corpfacts
from corpfacts.extractors.dates import DatesPlugin
from corpfacts.plugins import BUILTIN_PLUGINS

P1 = "2015-05-14"  # Thursday
P2 = "1987-03-24"  # Tuesday
OTHERS = [name for name in BUILTIN_PLUGINS if name != "dates"]


@pytest.fixture(scope="module")
def pipeline() -> corpfacts.Pipeline:
    return corpfacts.Pipeline(disable=OTHERS, entry_points=False)


@pytest.fixture(scope="module")
def day_first() -> corpfacts.Pipeline:
    return corpfacts.Pipeline(
        plugins=[DatesPlugin(day_first=True)], disable=[*OTHERS, "dates"], entry_points=False
    )


def found(pipeline: corpfacts.Pipeline, text: str, published: str | None) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for mention in pipeline.extract(text, published).dates:
        assert text[mention.start : mention.end] == mention.text
        out.append((mention.text, None if mention.value is None else mention.value.timex))
    return out


def case(id: str, published: str | None, text: str, *expected: tuple[str, Any]) -> Any:
    return pytest.param(published, text, list(expected), id=id)


# Numbers with dots or dashes, or with the year first: dateparser reads them.
NUMERIC = [
    case("dots-padded", P1, "The filing is dated 03.03.2015.", ("03.03.2015", "2015-03-03")),
    case("dots-day-over-twelve", P1, "The notice is dated 25.12.2014.", ("25.12.2014", "2014-12-25")),
    case("dots-month-first", P1, "The contract of 4.7.2013 was cancelled.", ("4.7.2013", "2013-04-07")),
    case("dashes-month-first", P1, "Payment was due 12-31-2014, the filing said.",
         ("12-31-2014", "2014-12-31")),
    case("dashes-day-over-twelve", P1, "The shares were issued on 28-2-2013.", ("28-2-2013", "2013-02-28")),
    case("year-first-slashes", P1, "The board approved the plan on 2015/03/04.",
         ("2015/03/04", "2015-03-04")),
    case("year-first-dots", P1, "The record date is 2014.11.20 for all holders.",
         ("2014.11.20", "2014-11-20")),
    case("year-first-unpadded", P1, "The offer lapsed on 2015-3-9.", ("2015-3-9", "2015-03-09")),
    case("month-slash-year", P1, "The bonds, issued 06/2012, mature in 2022.",
         ("06/2012", "2012-06"), ("2022", "2022")),
    case("month-name-dashes", P1, "The shares were bought on Mar-3-2015.", ("Mar-3-2015", "2015-03-03")),
    case("abbreviation-dashes", P2, "The accord dated Sept-15-1986 was void.",
         ("Sept-15-1986", "1986-09-15")),
    case("leap-day-dots", P1, "The option was granted on 02.29.2012.", ("02.29.2012", "2012-02-29")),
]  # fmt: skip

# Days as words, or with "the" between the month and the day.
WORDED = [
    case("month-the-day-past", P1, "The deal closed on March the 3rd.", ("March the 3rd", "2015-03-03")),
    case("month-the-day-year-future", P1, "The vote will be held on June the 2nd, 2016.",
         ("June the 2nd, 2016", "2016-06-02")),
    case("month-the-day-no-tense", P1, "The offer expires June the 12th.", ("June the 12th", "2015-06-12")),
    case("the-ordinal-of-month-past", P1, "The company sold the unit on the third of March.",
         ("third of March", "2015-03-03")),
    case("the-ordinal-of-month-future", P1, "The board will meet on the twenty-first of July.",
         ("twenty-first of July", "2015-07-21")),
    case("the-ordinal-of-month-year", P2, "Shares were suspended on the first of December, 1986.",
         ("first of December, 1986", "1986-12-01")),
    case("month-ordinal-word-year", P1, "The plant reopened on April fifth, 2013.",
         ("April fifth, 2013", "2013-04-05")),
    case("month-ordinal-word-past", P2, "Talks collapsed on March third.", ("March third", "1987-03-03")),
    case("month-the-ordinal-word-future", P1, "Results are due on August the fourteenth.",
         ("August the fourteenth", "2015-08-14")),
    case("on-month-the-ordinal-word", P1, "On March the first, the plant restarted.",
         ("March the first", "2015-03-01")),
    case("until-month-ordinal", P1, "The offer runs until October thirty-first.",
         ("October thirty-first", "2015-10-31")),
    case("leap-day-words", P1, "Options vested on February the 29th, 2012.",
         ("February the 29th, 2012", "2012-02-29")),
]  # fmt: skip

# Two-digit years after an apostrophe, in the century nearest the publication date (read by hand).
APOSTROPHE = [
    case("day-month-yy", P1, "The unit was sold on 3 Mar '15.", ("3 Mar '15", "2015-03-03")),
    case("month-day-yy", P1, "Shares peaked on Oct. 9, '07.", ("Oct. 9, '07", "2007-10-09")),
    case("month-yy", P1, "Sales have slumped since March '09.", ("March '09", "2009-03")),
    case("month-yy-older-story", P2, "The mill closed in June '85.", ("June '85", "1985-06")),
    case("yy-previous-century", P1, "The firm was founded in May '68.", ("May '68", "1968-05")),
]  # fmt: skip

# Dates with times, and forms read by hand before this table existed, for comparison.
SAME_AS_BEFORE = [
    case("time-left-out", P1, "The deal closed on March 3rd, 2015 at noon.",
         ("March 3rd, 2015", "2015-03-03")),
    case("sept-dot-no-comma", P1, "The deal closed Sept. 3 2015.", ("Sept. 3 2015", "2015-09-03")),
    case("digits-ordinal-of-month", P1, "The vote on the 3rd of March 2015 was close.",
         ("3rd of March 2015", "2015-03-03")),
    case("fiscal-slash-not-a-month", P1, "Sales in 2009/10 rose.", ("2009/10", "2009")),
]  # fmt: skip

# Nothing to find, or not the irregular form.
NEGATIVES = [
    case("century", P1, "Banks must adapt to the 21st century."),
    case("day-alone-unsupported", P1, "The offer closes on the 21st."),
    case("impossible-day", P1, "The notice is dated 30.02.2015."),
    case("impossible-month", P1, "The code 13.13.2015 is a part number."),
    case("version-number", P1, "The app version 10.4.11 shipped."),
    case("ip-address", P1, "The server at 192.168.1.1 failed."),
    case("phone-number", P1, "Call 555-12-2015 for details."),
    case("score", P1, "The team won 3-1 at home."),
    case("ordinal-without-month", P1, "He finished the fifth of six races."),
    case("first-of-its-kind", P1, "It was the first of its kind in Europe."),
    case("fraction-then-month", P1, "A third of March sales came from Asia.", ("March", "2015-03")),
    case("month-then-adverb", P1, "In March first sales rose, then fell.", ("March", "2015-03")),
    case("month-ordinal-noun", P1, "On March first quarter sales were published.",
         ("March", "2015-03"), ("first quarter", "2015-Q1")),
    case("month-the-ordinal-without-cue", P1, "In March the first ships arrived.", ("March", "2015-03")),
    case("decimal-then-year", P1, "Output rose 3.5 percent in 2014.", ("2014", "2014")),
]  # fmt: skip

# Without a publication date: a year in the string keeps its value; a day without one keeps none.
UNPUBLISHED = [
    case("no-published-with-year", None, "Acme sold the unit on 09.05.2014.", ("09.05.2014", "2014-09-05")),
    case("no-published-no-year", None, "Acme said it sold the unit on the ninth of May.",
         ("ninth of May", None)),
    case("no-published-month-the-day", None, "Acme will vote on May the 20th.", ("May the 20th", None)),
    case("no-published-yy", None, "Acme was listed on 3 Mar '15.", ("3 Mar '15", "2015-03-03")),
]  # fmt: skip

DAY_FIRST = [
    case("day-first-dots", P1, "The notice was dated 04.05.2014.", ("04.05.2014", "2014-05-04")),
    case("day-first-dashes", P1, "The notice was dated 04-05-2014.", ("04-05-2014", "2014-05-04")),
    case("day-first-month-over-twelve", P1, "The notice was dated 12.25.2014.", ("12.25.2014", "2014-12-25")),
    case("day-first-year-first", P1, "The plan was filed on 2015/03/04.", ("2015/03/04", "2015-03-04")),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [*NUMERIC, *WORDED, *APOSTROPHE, *SAME_AS_BEFORE])
def test_written_days(pipeline: corpfacts.Pipeline, published: str, text: str, expected: list[Any]) -> None:
    assert found(pipeline, text, published) == expected


@pytest.mark.parametrize(("published", "text", "expected"), NEGATIVES)
def test_not_written_days(
    pipeline: corpfacts.Pipeline, published: str, text: str, expected: list[Any]
) -> None:
    assert found(pipeline, text, published) == expected


@pytest.mark.parametrize(("published", "text", "expected"), UNPUBLISHED)
def test_written_days_without_publication_date(
    pipeline: corpfacts.Pipeline, published: None, text: str, expected: list[Any]
) -> None:
    assert found(pipeline, text, published) == expected


@pytest.mark.parametrize(("published", "text", "expected"), DAY_FIRST)
def test_written_days_day_first(
    day_first: corpfacts.Pipeline, published: str, text: str, expected: list[Any]
) -> None:
    assert found(day_first, text, published) == expected


def test_table_size() -> None:
    assert len(NUMERIC) + len(WORDED) + len(APOSTROPHE) + len(UNPUBLISHED) + len(DAY_FIRST) >= 20
    assert len(NEGATIVES) >= 10


def test_dateparser_failure_gives_no_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever dateparser raises on a string stays inside the extractor: the
    # candidate is dropped, the rest of the text is still read.
    pipeline = corpfacts.Pipeline(disable=OTHERS, entry_points=False)
    written: Any = pipeline.extractors[0].run.written

    def broken(string: str) -> Any:
        raise RuntimeError("dateparser broke")

    monkeypatch.setattr(written._parser, "get_date_data", broken)
    text = "Acme sold it on 03.03.2015 and Beta on March 4, 2015."
    assert found(pipeline, text, None) == [("March 4, 2015", "2015-03-04")]


def test_readings_are_cached(pipeline: corpfacts.Pipeline) -> None:
    written: Any = pipeline.extractors[0].run.written
    first = written.read("the ninth of May, 2014")
    assert first is not None and str(first[0]) == "2014-05-09"
    assert written.read("the  ninth of May,\n2014") is first  # the same string, spaces aside
