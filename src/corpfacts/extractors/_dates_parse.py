"""dateparser, for the irregular written days that the ``dates`` patterns find.

The patterns decide *where* a date is and which rule resolves it. The
regular forms ("March 3, 2015", "3/3/2015", "2015-03-03") are read by hand:
that is fast and exact. The irregular ones, whose separators, word order
or filler words vary ("03.03.2015", "2015/03/04", "Mar-3-2015", "March the
3rd", "the third of March"), go to dateparser's ``DateDataParser``, which
knows those shapes. It only ever sees the string a pattern matched, never
a whole text.

One parser is built per extractor, with settings that leave nothing to the
machine:

* ``RELATIVE_BASE`` is fixed (2000-01-01, a leap year, so "February the
  29th" parses). dateparser takes its settings once, when the parser is
  built, so a per-document base would mean a parser per document. The base
  never shows: a string with a year keeps its year, and for a string without
  one corpfacts keeps only the month and day and picks the year itself, by
  the tense rules every other form follows (see ``_dates_resolve.py``).
* ``TIMEZONE`` is UTC and results are naive, so the machine's time zone is
  never looked up; ``PREFER_DAY_OF_MONTH`` and ``PREFER_MONTH_OF_YEAR`` are
  "first", so a missing part never comes from today.
* ``PARSERS`` is the absolute parser only: no timestamps ("1425340800"), no
  relative phrases ("3 days ago", which the hand rules resolve against the
  publication date).
* ``REQUIRE_PARTS`` is the month: every form the patterns send names one.
* ``DATE_ORDER`` follows the plugin's ``day_first`` option.

dateparser's answer is cached by string, since it never depends on the
document. A string dateparser cannot read, or on which it raises, gives
``None``: the scanner then reports no mention, as it does for any other
impossible day ("February 30").
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import regex

from corpfacts import DateValue

from ._dates_vocab import DAY_ORDINALS

__all__ = ["MONTH_NAMES", "WrittenDates", "period_value_of"]

#: The fixed base of every reading; its year never reaches a value (see the module docstring).
BASE = dt.datetime(2000, 1, 1)
#: Readings kept per extractor before the cache is emptied.
CACHE_SIZE = 4096
#: Parsed once when the parser is built: dateparser loads its English data on first use.
WARM_UP = "March the 3rd, 2015"
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
#: The English month names dateparser is handed (the ``calendar`` module's follow the locale).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def suffixed(number: int) -> str:
    """``number`` as an English ordinal in digits: 1st, 2nd, 3rd, 4th, 11th, 21st."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return str(number) + _SUFFIXES.get(number % 10, "th")


def period_value_of(date: dt.date, period: str | None) -> DateValue:
    """The :class:`DateValue` of ``date`` at dateparser's ``period`` ("day", "week", "month", "year")."""
    if period == "year":
        return DateValue.year(date.year)
    if period == "month":
        return DateValue.month(date.year, date.month)
    if period == "week":
        iso = date.isocalendar()
        return DateValue.week(iso[0], iso[1])
    if period == "quarter":  # dateparser 1.5 and later
        return DateValue.quarter(date.year, (date.month - 1) // 3 + 1)
    return DateValue.day(date)  # "day", and "time" for a string that also gives a time


class WrittenDates:
    """Reads irregular written days with one ``DateDataParser``, built once."""

    def __init__(self, *, day_first: bool = False) -> None:
        # Imported here, when a pipeline is built: `import corpfacts` stays cheap,
        # and dateparser's own import-time work (it reads the clock once, for the
        # machine's UTC offset) never happens during extraction.
        from dateparser.date import DateDataParser

        self.settings: dict[str, Any] = {
            "RELATIVE_BASE": BASE,
            "DATE_ORDER": "DMY" if day_first else "MDY",
            "PREFER_LOCALE_DATE_ORDER": False,
            "PREFER_DATES_FROM": "current_period",
            "PREFER_DAY_OF_MONTH": "first",
            "PREFER_MONTH_OF_YEAR": "first",
            "TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "RETURN_TIME_AS_PERIOD": False,
            "PARSERS": ["absolute-time"],
            "REQUIRE_PARTS": ["month"],
        }
        self._parser = DateDataParser(languages=["en"], settings=self.settings)
        # One reading at a time: a DateDataParser keeps state between calls.
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[dt.date, str | None] | None] = {}
        words = sorted(DAY_ORDINALS, key=len, reverse=True)
        self._ordinal_words = regex.compile(
            rf"""(?<![\w-]) (?i:{"|".join(regex.escape(w) for w in words)}) (?![\w-])""", regex.VERBOSE
        )
        self.read(WARM_UP)

    @property
    def readings(self) -> int:
        """How many distinct strings are cached (the warm-up string included)."""
        return len(self._cache)

    def forget(self) -> None:
        """Empty the cache, so that every string is read by dateparser again (for benchmarks)."""
        self._cache.clear()

    def _digits(self, match: regex.Match[str]) -> str:
        return suffixed(DAY_ORDINALS[match.group().casefold()])

    def read(self, string: str) -> tuple[dt.date, str | None] | None:
        """(date, dateparser's period) for ``string``, or ``None`` when dateparser cannot read it.

        Ordinal words become digits first ("the third of March" -> "3rd of
        March"): dateparser reads "3rd", not "third".
        """
        key = self._ordinal_words.sub(self._digits, " ".join(string.split()))
        if key in self._cache:
            return self._cache[key]
        with self._lock:
            try:
                data = self._parser.get_date_data(key)
            except Exception:  # any failure of dateparser on one string must not end the scan
                data = None
        found: tuple[dt.date, str | None] | None = None
        if data is not None and data.date_obj is not None:
            found = (data.date_obj.date(), data.period)
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = found
        return found
