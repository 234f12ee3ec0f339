"""Calendar arithmetic and tense for the ``dates`` plugin.

Everything here is pure: values are computed from the anchor date (the
publication date, or a dateline in the text) and never from the clock.
"""

from __future__ import annotations

import datetime as dt

import regex

from corpfacts import DateValue

from ._dates_vocab import FUTURE_MARKERS, PAST_WORDS, REPORTING_VERBS

__all__ = [
    "FUTURE",
    "PAST",
    "NEAREST",
    "Tense",
    "shift_months",
    "quarter_of",
    "pick_weekday",
    "pick_month",
    "pick_day",
    "pick_quarter",
    "pick_half",
    "period_value",
    "century_year",
]

FUTURE = 1
PAST = -1
NEAREST = 0


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class Tense:
    """Decides which way a clause points in time, from the words around a mention.

    The words before the mention count first, but only those after the last
    reporting verb: in "said on Thursday it will ...", the date is the day
    of the saying, and in "said the vote will be on Monday" the clause after
    "said" is future. When nothing before the mention tells, and no
    reporting verb comes before it, the words after it, up to the next
    clause, decide ("Revenue in the three months through September rose",
    "On Monday, the board will vote").
    """

    def __init__(self) -> None:
        self._reporting = regex.compile(
            rf"(?i)\b(?:{_alternation(REPORTING_VERBS)})\b",
        )
        # Modal "may" is a marker only in lower case: "May" is the month.
        self._future = regex.compile(
            rf"(?<![\w'])(?:(?i:{_alternation(FUTURE_MARKERS)})|may|might)(?!\w)",
        )
        self._past = regex.compile(
            rf"""(?ix)
            # A past form, irregular or regular, but not a passive present or
            # future ("is arranged", "to be held", "will be made").
            (?<!\b(?:is|are|be|been|being|not|to|will|would|has|have|get|gets)\s+)
            \b(?:{_alternation(PAST_WORDS)}|[a-z]{{3,}}ed)\b
            """
        )
        # The clause after a mention ends at a stop, a relative word or a reporting verb.
        self._clause_end = regex.compile(
            rf"(?i)[;:.!?\n]|\b(?:that|which|who|while|but|and|as|when|after|before"
            rf"|{_alternation(REPORTING_VERBS)})\b"
        )

    def direction(self, text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> int:
        """FUTURE, PAST or NEAREST for the mention ``start:end`` in its sentence."""
        window = text[sentence_start:start]
        cut = max((m.end() for m in self._reporting.finditer(window)), default=-1)
        window = window[max(cut, 0) :]
        # The marker nearest the mention decides: in "plans to meet today to
        # consider the offer submitted March 1", "submitted" governs the date.
        future = max((m.start() for m in self._future.finditer(window)), default=-1)
        past = max((m.start() for m in self._past.finditer(window)), default=-1)
        if future >= 0 or past >= 0:
            return FUTURE if future >= past else PAST
        if cut >= 0:
            return NEAREST
        stop = self._clause_end.search(text, end + 1, sentence_end)
        after = text[end : stop.start() if stop else sentence_end]
        future_after = self._future.search(after)
        past_after = self._past.search(after)
        if future_after is None and past_after is None:
            return NEAREST
        if past_after is None:
            return FUTURE
        if future_after is None:
            return PAST
        return FUTURE if future_after.start() <= past_after.start() else PAST


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months``."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


def pick_weekday(anchor: dt.date, weekday: int, direction: int, *, strict: bool = False) -> dt.date:
    """The weekday (ISO number) on or before ``anchor`` (PAST or NEAREST) or on or after it (FUTURE).

    ``strict`` excludes the anchor itself ("next Monday", "last Monday").
    """
    if direction == FUTURE:
        days = (weekday - anchor.isoweekday()) % 7
        if strict and days == 0:
            days = 7
        return anchor + dt.timedelta(days=days)
    days = (anchor.isoweekday() - weekday) % 7
    if strict and days == 0:
        days = 7
    return anchor - dt.timedelta(days=days)


def pick_month(anchor: dt.date, month: int, direction: int) -> int:
    """The year of the nearest ``month`` in ``direction`` from ``anchor`` (the current month counts)."""
    if direction == FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == PAST:
        return anchor.year if month <= anchor.month else anchor.year - 1
    # Nearest: within six months either way; a tie goes to the past.
    delta = month - anchor.month
    if delta > 6:
        return anchor.year - 1
    if delta < -5:
        return anchor.year + 1
    return anchor.year


def pick_day(anchor: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """The nearest ``month``/``day`` in ``direction`` from ``anchor``, or None if no such day."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == FUTURE:
        later = [c for c in candidates if c >= anchor]
        return min(later) if later else None
    if direction == PAST:
        earlier = [c for c in candidates if c <= anchor]
        return max(earlier) if earlier else None
    if not candidates:
        return None
    # Nearest; a tie goes to the past.
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def pick_quarter(anchor: dt.date, quarter: int, direction: int) -> int:
    """The year of quarter ``quarter``: the latest one begun by ``anchor``, or the next one to end."""
    current = quarter_of(anchor)
    if direction == FUTURE:
        return anchor.year if quarter >= current else anchor.year + 1
    return anchor.year if quarter <= current else anchor.year - 1


def pick_half(anchor: dt.date, half: int, direction: int) -> int:
    current = 1 if anchor.month <= 6 else 2
    if direction == FUTURE:
        return anchor.year if half >= current else anchor.year + 1
    return anchor.year if half <= current else anchor.year - 1


def period_value(anchor: dt.date, unit: str, offset: int) -> DateValue:
    """The ``unit`` ("year", "month", "week", "day", "quarter") containing ``anchor``, moved by ``offset``."""
    if unit == "year":
        return DateValue.year(anchor.year + offset)
    if unit == "month":
        return DateValue.month(*shift_months(anchor.year, anchor.month, offset))
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + offset
        return DateValue.quarter(index // 4, index % 4 + 1)
    if unit == "week":
        iso = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return DateValue.week(iso[0], iso[1])
    if unit == "decade":
        return DateValue.decade(anchor.year + 10 * offset)
    return DateValue.day(anchor + dt.timedelta(days=offset))


def century_year(two_digits: int, anchor: dt.date | None) -> int:
    """A two-digit year in the century that puts it nearest ``anchor`` (or 19xx/20xx around 1950)."""
    if anchor is None:
        return 1900 + two_digits if two_digits >= 50 else 2000 + two_digits
    base = anchor.year - anchor.year % 100
    candidates = [base - 100 + two_digits, base + two_digits, base + 100 + two_digits]
    return min(candidates, key=lambda y: abs(y - anchor.year))
