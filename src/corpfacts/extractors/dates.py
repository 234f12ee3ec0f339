"""The built-in ``dates`` plugin: every calendar expression, resolved against the publication date.

It gives the ``dates`` collection: one :class:`~corpfacts.DateMention` per
expression, whose ``value`` (a :class:`~corpfacts.DateValue`) keeps the
granularity the text gives ("2014" stays a year) and prints as a TIMEX3
value (``2015-05-13``, ``2015-W19``, ``2015-03``, ``2015-Q1``, ``2015-H2``,
``2014``, ``199``, ``FY2016``). Relative forms ("Wednesday", "last year",
"in March") are resolved against ``Document.published``; without it they
keep no value. Vague forms ("recently", "the coming year") are mentions
with ``vague=True`` and no value. The clock is never read.

Month names, weekday names and vague phrases are lexicon data, so a plugin
can add more (``lexicon.add_month_name("Sept", 9)``). Numeric dates such as
"3/4/2015" are read month first; for day-first copy register
``DatesPlugin(day_first=True)`` and disable this module (see docs/dates.md).

The regular forms are read by hand. Irregular written days that the
patterns find ("03.03.2015", "2015/03/04", "March the 3rd", "the third of
March") are read by dateparser, imported and set up once when the
extractor is built (see ``_dates_parse.py``).
"""

from __future__ import annotations

import datetime as dt

import regex

from corpfacts import Extractor, Lexicon, hookimpl

from ._dates_patterns import build_dateline_pattern
from ._dates_scan import DateScanner
from ._dates_vocab import MONTHS, VAGUE, WEEKDAYS

__all__ = ["DatesPlugin", "corpfacts_lexicon", "corpfacts_extractors", "corpfacts_publication_date"]

_DATELINE: list[regex.Pattern[str]] = []


def _dateline() -> regex.Pattern[str]:
    # Built on first use: importing the plugin stays cheap.
    if not _DATELINE:
        _DATELINE.append(build_dateline_pattern(MONTHS))
    return _DATELINE[0]


def add_vocabulary(lexicon: Lexicon) -> None:
    """Add the built-in month names, weekday names and vague phrases to ``lexicon``."""
    for word, month in MONTHS.items():
        lexicon.add_month_name(word, month)
    for word, weekday in WEEKDAYS.items():
        lexicon.add_weekday_name(word, weekday)
    for phrase in VAGUE:
        lexicon.add_vague_date(phrase)


def publication_date(text: str) -> dt.date | None:
    """The date of a dateline or date line at the top of ``text``, if it gives a year.

    "NEW YORK, March 3, 2015 - ..." and a first line "March 3, 2015" give
    2015-03-03; "NEW YORK, March 9 - ..." gives ``None`` (the year is
    unknown, and the clock is never asked).
    """
    match = _dateline().match(text[:300])
    if match is None:
        return None
    try:
        year = int(match.group("year"))
        day = int(match.group("day"))
        if match.group("mon"):
            month = MONTHS[
                next(k for k in MONTHS if k.casefold() == match.group("mon").rstrip(".").casefold())
            ]
        else:
            month = int(match.group("monn"))
        return dt.date(year, month, day)
    except (ValueError, StopIteration):
        return None


class DatesPlugin:
    """The dates plugin as an object, for a configured copy of the built-in.

    ``DatesPlugin(day_first=True)`` reads "3/4/2015" as 3 April. Register it
    with ``Pipeline(plugins=[DatesPlugin(day_first=True)], disable=["dates"])``.
    """

    def __init__(self, *, day_first: bool = False, name: str | None = None) -> None:
        self.day_first = day_first
        self.corpfacts_name = name or ("dates_day_first" if day_first else "dates_configured")

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        add_vocabulary(lexicon)

    @hookimpl
    def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
        scanner = DateScanner(lexicon, day_first=self.day_first, name="dates")
        return [Extractor("dates", run=scanner, gives={"dates"})]

    @hookimpl(trylast=True)
    def corpfacts_publication_date(self, text: str) -> dt.date | None:
        return publication_date(text)


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    """Month names, weekday names and vague phrases."""
    add_vocabulary(lexicon)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    """The ``dates`` extractor, compiled once for ``lexicon``."""
    scanner = DateScanner(lexicon, name="dates")
    return [Extractor("dates", run=scanner, gives={"dates"})]


@hookimpl(trylast=True)
def corpfacts_publication_date(text: str) -> dt.date | None:
    """The dateline date at the top of ``text`` ("NEW YORK, March 3, 2015 -"), when it has a year."""
    return publication_date(text)
