"""The relative rules of the ``dates`` scanner: forms resolved against the anchor date.

"Wednesday", "last year", "two years ago", "the year-ago quarter", "the end
of the year": each rule reads the anchor (the publication date or the last
dateline) and returns no value when there is none.
"""

from __future__ import annotations

import datetime as dt

import regex

from corpfacts import DateValue, Granularity

from ._dates_base import OFFSETS, Context, Hit, ScanBase, add_years, norm
from ._dates_resolve import (
    FUTURE,
    PAST,
    period_value,
    pick_half,
    pick_month,
    pick_quarter,
    pick_weekday,
    quarter_of,
    shift_months,
)
from ._dates_vocab import COUNT_WORDS, ORDINALS, SET_WORDS

__all__ = ["RelativeRules"]

_TITLE_AFTER = regex.compile(r"\s+\p{Lu}\w+")


class RelativeRules(ScanBase):
    """Rules for relative and vague forms."""

    def _rule_qrel(self, match: regex.Match[str], context: Context) -> list[Hit]:
        rel = norm(match.group("rel"))
        if rel in ("the", "the same"):
            last = context.last_period
            value = last if last is not None and last.granularity is Granularity.QUARTER else None
            return self._whole(match, value)
        if context.anchor is None:
            return self._whole(match, None)
        return self._whole(match, period_value(context.anchor, "quarter", OFFSETS.get(rel, 0)))

    def _rule_yearago(self, match: regex.Match[str], context: Context) -> list[Hit]:
        last = context.last_period
        if last is not None and last.granularity is Granularity.QUARTER:
            return self._whole(match, DateValue.quarter(last.first.year - 1, quarter_of(last.first)))
        if context.anchor is None:
            return self._whole(match, None)
        return self._whole(match, period_value(context.anchor, "quarter", -5))

    # -- edges and modifiers --------------------------------------------------------------------
    def _rule_edge(self, match: regex.Match[str], context: Context) -> list[Hit]:
        if match.group("qh"):
            # "the end of the third quarter": the quarter (or half) itself.
            number = ORDINALS[match.group("ord").casefold()]
            half = match.group("qh").casefold() == "half"
            year = self._year(match)
            if year is None and context.anchor is not None:
                pick = pick_half if half else pick_quarter
                year = pick(context.anchor, number, self._direction(match, context))
            if year is None or (half and number > 2):
                return self._whole(match, None)
            return self._whole(
                match, DateValue.half(year, number) if half else DateValue.quarter(year, number)
            )
        if match.group("mon"):
            month = self._month(match.group("mon"))
            year = self._year(match)
            if year is None and context.anchor is not None:
                year = pick_month(context.anchor, month, self._direction(match, context))
            return self._whole(match, None if year is None else DateValue.month(year, month))
        year = self._year(match)
        if year is not None:
            return self._whole(match, DateValue.year(year))
        if context.anchor is None:
            return self._whole(match, None)
        if match.group("unit"):
            offset = OFFSETS.get(norm(match.group("rel") or "this"), 0)
            return self._whole(match, period_value(context.anchor, match.group("unit").casefold(), offset))
        return self._whole(match, DateValue.year(self._relative_year(match.group("rel"), context) or 0))

    def _rule_modifier(self, match: regex.Match[str], context: Context) -> list[Hit]:
        return self._rule_edge(match, context)

    def _rule_yearend(self, match: regex.Match[str], context: Context) -> list[Hit]:
        anchor = context.anchor
        if anchor is None:
            return self._whole(match, None)
        # Early in the year, a past "year-end" is the one just gone.
        late = self._direction(match, context) == PAST and anchor.month <= 3
        return self._whole(match, DateValue.year(anchor.year - late))

    # -- relative expressions ----------------------------------------------------------------------
    def _rule_relword(self, match: regex.Match[str], context: Context) -> list[Hit]:
        if context.anchor is None:
            return self._whole(match, None)
        word = (match.group("word") or "").casefold()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        if match.group("last"):
            offset = -1
        return self._whole(match, DateValue.day(context.anchor + dt.timedelta(days=offset)))

    def _rule_relmonth(self, match: regex.Match[str], context: Context) -> list[Hit]:
        anchor = context.anchor
        if anchor is None:
            return self._whole(match, None)
        rel = norm(match.group("rel"))
        if match.group("wd"):
            weekday = self.weekdays[match.group("wd").casefold()]
            if rel in ("last", "this past"):
                return self._whole(match, DateValue.day(pick_weekday(anchor, weekday, PAST, strict=True)))
            if rel in ("next", "this coming"):
                return self._whole(match, DateValue.day(pick_weekday(anchor, weekday, FUTURE, strict=True)))
            return self._whole(
                match, DateValue.day(pick_weekday(anchor, weekday, self._direction(match, context)))
            )
        month = self._month(match.group("mon"))
        if match.group(0).casefold().endswith("year"):
            return self._whole(match, DateValue.month(anchor.year + OFFSETS.get(rel, 0), month))
        if rel in ("last", "this past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel in ("next", "this coming"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:
            year = anchor.year
        return self._whole(match, DateValue.month(year, month))

    def _rule_relperiod(self, match: regex.Match[str], context: Context) -> list[Hit]:
        anchor = context.anchor
        if anchor is None:
            return self._whole(match, None)
        unit = match.group("unit").casefold()
        offset = 0 if match.group("mod") else OFFSETS.get(norm(match.group("rel")), 0)
        if unit == "weekend":
            saturday = pick_weekday(anchor, 6, PAST if offset < 0 else FUTURE, strict=offset != 0)
            if offset == 0 and anchor.isoweekday() == 7:
                saturday = anchor - dt.timedelta(days=1)
            iso = saturday.isocalendar()
            return self._whole(match, DateValue.week(iso[0], iso[1]))
        return self._whole(match, period_value(anchor, unit, offset))

    def _rule_ago(self, match: regex.Match[str], context: Context) -> list[Hit]:
        anchor = context.anchor
        direction = match.group("dir").casefold()
        if anchor is None or direction in ("later", "after"):
            return self._whole(match, None)
        count_text = norm(match.group("count"))
        if count_text in ("a few", "few", "several"):
            return self._whole(match, None, vague=True)
        count = int(count_text) if count_text.isdigit() else COUNT_WORDS[count_text]
        unit = match.group("unit").casefold().rstrip("s")
        if match.group("today"):
            unit = "day" if unit != "year" else "year-day"
        if unit == "year-day":
            return self._whole(match, DateValue.day(add_years(anchor, -count)))
        if unit == "year":
            return self._whole(match, DateValue.year(anchor.year - count))
        if unit == "month":
            return self._whole(match, DateValue.month(*shift_months(anchor.year, anchor.month, -count)))
        if unit == "day":
            return self._whole(match, DateValue.day(anchor - dt.timedelta(days=count)))
        return self._whole(match, period_value(anchor, unit, -count))

    def _rule_before(self, match: regex.Match[str], context: Context) -> list[Hit]:
        if context.anchor is None:
            return self._whole(match, None)
        return self._whole(match, period_value(context.anchor, match.group("unit").casefold(), -1))

    def _rule_weekday(self, match: regex.Match[str], context: Context) -> list[Hit]:
        text = context.document.text
        before = self._word_before(text, match.start())
        if before in SET_WORDS or (before == "the" and _TITLE_AFTER.match(text, match.end())):
            return []
        if context.anchor is None:
            return self._whole(match, None)
        weekday = self.weekdays[match.group("wd").casefold()]
        direction = FUTURE if self._direction(match, context) == FUTURE else PAST
        return self._whole(match, DateValue.day(pick_weekday(context.anchor, weekday, direction)))

    # -- vague ---------------------------------------------------------------------------------------
    def _rule_vague(self, match: regex.Match[str], context: Context) -> list[Hit]:
        return self._whole(match, None, vague=True)

    def _rule_vaguen(self, match: regex.Match[str], context: Context) -> list[Hit]:
        return self._whole(match, None, vague=True)
