"""The scanner of the ``dates`` plugin: one pass of the pattern, one rule per form.

Each rule turns a match into zero or more ``(start, end, value, vague)``
hits: zero when the match is not a date after all ("1999 shares", "May"
the verb), more than one for "March 2 and 3". Relative forms are resolved
against the anchor: the publication date, or, when there is none, the
latest dateline seen so far in the text ("Norvik Wire - Feb 17, 2011 -").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from corpfacts import DateMention, DateValue, Document, Granularity, Lexicon

from ._dates_base import Context, Hit, end_year, valid
from ._dates_parse import MONTH_NAMES, WrittenDates, period_value_of
from ._dates_patterns import KINDS, DatePatterns, words_alternation
from ._dates_relative import RelativeRules
from ._dates_resolve import (
    Tense,
    century_year,
    period_value,
    pick_day,
    pick_half,
    pick_month,
    pick_quarter,
)
from ._dates_vocab import (
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    DAY_WORDS,
    MONTH_CUES,
    ORDINALS,
    QUANTITY_WORDS,
    SET_WORDS,
)

__all__ = ["DateScanner"]


class DateScanner(RelativeRules):
    """Finds and resolves the dates of a document; built once per pipeline."""

    def __init__(self, lexicon: Lexicon, *, day_first: bool = False, name: str = "dates") -> None:
        self.name = name
        self.day_first = day_first
        self.months = dict(lexicon.month_names)
        self.weekdays = dict(lexicon.weekday_names)
        self.patterns = DatePatterns(self.months, self.weekdays, lexicon.vague_dates)
        self.tense = Tense()
        # dateparser, for the irregular written days (built once, here: see _dates_parse.py).
        self.written = WrittenDates(day_first=day_first)
        month_words = words_alternation(self.months, capitalised=True)
        # "March 2 and 3": a second day of the same month.
        self._day_range = regex.compile(
            r"""\s*(?:and|to|through|-|–)\s*
                (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b
                (?![.,]?\d|\s*(?:%|(?i:pct|percent|mln|bln|billion|million|dlrs|shares|per|cents)\b))""",
            regex.VERBOSE,
        )
        # "January-September 2008": the first month takes the year of the second.
        self._month_range = regex.compile(
            rf"""\s*(?:-|–|to|through|and|or)\s*(?:{month_words})\.?\s*,?\s*(?P<year>(?:1\d|20)\d\d)\b""",
            regex.VERBOSE,
        )
        # "January 1 - December 31, 2012": the first day takes the year of the second.
        self._day_span = regex.compile(
            rf"""\s*(?:-|–|to|through|until|and)\s*(?P<mon>{month_words})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])
                 (?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:1\d|20)\d\d)\b""",
            regex.VERBOSE,
        )
        # Any year written in digits, to place a dated weekday ("Thursday 30 October") when nothing else does.
        self._any_year = regex.compile(r"(?<![\w$.,])(?:19|20)\d\d(?![\w%]|[.,]\d)")
        self._dateline_tail = regex.compile(r"\s*[-–—]")
        self._dateline_head = regex.compile(r"(?:[-–—]|\A|\n)\s*\Z")
        self._rules: dict[str, Callable[[regex.Match[str], Context], list[Hit]]] = {
            kind: getattr(self, f"_rule_{kind}") for kind in KINDS
        }

    # -- the scan ----------------------------------------------------------------
    def __call__(self, document: Document) -> list[DateMention]:
        context = Context(document)
        text = document.text
        hits: list[Hit] = []
        lookup = self.patterns.lookup
        for token in self.patterns.token.finditer(text):
            start = token.start()
            if start < context.skip_until:
                continue
            entry = lookup(text, token)
            if entry is None:
                continue
            pattern, kinds = entry
            match = pattern.match(text, start)
            if match is None:
                continue
            context.skip_until = match.end()
            kind = next(k for k in kinds if match.start(k) >= 0)
            try:
                found = self._rules[kind](match, context)
            except (ValueError, OverflowError):
                # An impossible calendar date ("February 30") or one past the
                # calendar's edge: not a date we can name.
                continue
            hits.extend(found)
        mentions = []
        published = document.published
        for start, end, value, vague in hits:
            if value is not None and published is not None and abs(value.first.year - published.year) > 100:
                value = None  # too far from the story to be what the text means
            mentions.append(
                DateMention(document.span(start, end), value=value, vague=vague, extractor=self.name)
            )
        return mentions

    def _day_hit(
        self, match: regex.Match[str], context: Context, month: int, day: int, year: int | None
    ) -> list[Hit]:
        value: DateValue | None = None
        if year is None:
            spanned = self._day_span.match(context.document.text, match.end())
            if spanned is not None:
                other = (self._month(spanned.group("mon")), int(spanned.group("day")))
                year = int(spanned.group("year")) - ((month, day) > other)
        if year is not None:
            date = dt.date(year, month, day)
            value = DateValue.day(date)
            text = context.document.text
            if (
                not context.dated
                and self._dateline_tail.match(text, match.end())
                and self._dateline_head.search(text, max(0, match.start() - 40), match.start())
            ):
                context.anchor = date  # a dateline in the middle of wire copy anchors what follows
        elif context.anchor is not None:
            picked = pick_day(context.anchor, month, day, self._direction(match, context))
            value = None if picked is None else DateValue.day(picked)
        hits: list[Hit] = [(match.start(), match.end(), value, False)]
        # A second day of the same month: "March 2 and 3".
        more = self._day_range.match(context.document.text, match.end())
        if more is not None and int(more.group("day")) > day and year is None:
            second: DateValue | None = None
            if value is not None:
                second = DateValue.day(value.first.replace(day=int(more.group("day"))))
            hits.append((more.start("day"), more.end("day"), second, False))
            context.skip_until = more.end("day")
        return hits

    def _day_number(self, match: regex.Match[str]) -> int:
        if match.group("day"):
            return int(match.group("day"))
        return DAY_WORDS[match.group("dayw").casefold()]

    # -- absolute days ---------------------------------------------------------------
    def _rule_wdate(self, match: regex.Match[str], context: Context) -> list[Hit]:
        month, day, year = self._month(match.group("mon")), int(match.group("day")), self._year(match)
        if year is None and context.anchor is not None:
            weekday = self.weekdays[match.group("wd").casefold()]
            fits = [
                y
                for y in (context.anchor.year, context.anchor.year - 1, context.anchor.year + 1)
                if valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday
            ]
            if fits:
                year = fits[0]
        elif year is None:
            weekday = self.weekdays[match.group("wd").casefold()]
            mentioned = {int(y.group()) for y in self._any_year.finditer(context.document.text)}
            fits = [
                y
                for y in mentioned
                if valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday
            ]
            if len(fits) == 1:
                year = fits[0]
        if year is None:
            return self._day_hit(match, context, month, day, None)
        return self._whole(match, DateValue.day(dt.date(year, month, day)))

    def _rule_iso(self, match: regex.Match[str], context: Context) -> list[Hit]:
        date = dt.date(int(match.group("year")), int(match.group("monn")), int(match.group("day")))
        return self._whole(match, DateValue.day(date))

    def _rule_slash(self, match: regex.Match[str], context: Context) -> list[Hit]:
        first, second, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
        month, day = (second, first) if self.day_first else (first, second)
        if month > 12 >= day:
            month, day = day, month  # "25/12/2015" can only be day first
        year = int(year_text) if len(year_text) == 4 else century_year(int(year_text), context.anchor)
        return self._whole(match, DateValue.day(dt.date(year, month, day)))

    def _rule_dashmon(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year_text = match.group("y")
        year = int(year_text) if len(year_text) == 4 else century_year(int(year_text), context.anchor)
        date = dt.date(year, self._month(match.group("mon")), int(match.group("day")))
        return self._whole(match, DateValue.day(date))

    def _rule_written(self, match: regex.Match[str], context: Context) -> list[Hit]:
        string = match.group()
        if match.group("mon"):
            # The month by its English name: dateparser then reads a name that a
            # plugin added to the lexicon ("Dezember") as well as the built-in ones.
            start, end = match.start("mon") - match.start(), match.end("mon") - match.start()
            string = string[:start] + MONTH_NAMES[self._month(match.group("mon")) - 1] + string[end:]
        found = self.written.read(string)
        if found is None:
            return []  # not a day dateparser can name ("30.02.2015"): no mention, like "February 30"
        date, period = found
        year = self._year(match)
        if year is not None and date.year != year:
            return []  # dateparser read the numbers another way than the pattern did
        if period in (None, "day", "time"):
            # A string without a year keeps only its month and day: the year is
            # picked from the anchor and the tense, as for "March 3".
            return self._day_hit(match, context, date.month, date.day, year)
        return self._whole(match, period_value_of(date, period) if year is not None else None)

    def _full_year(self, match: regex.Match[str], context: Context) -> int | None:
        """The year of the match, a two-digit "'15" in the century nearest the anchor."""
        if match.group("yy"):
            return century_year(int(match.group("yy")), context.anchor)
        return self._year(match)

    def _rule_md(self, match: regex.Match[str], context: Context) -> list[Hit]:
        month, day = self._month(match.group("mon")), self._day_number(match)
        return self._day_hit(match, context, month, day, self._full_year(match, context))

    def _rule_dm(self, match: regex.Match[str], context: Context) -> list[Hit]:
        month, day = self._month(match.group("mon")), int(match.group("day"))
        return self._day_hit(match, context, month, day, self._full_year(match, context))

    # -- months, years, decades --------------------------------------------------------
    def _rule_my(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._full_year(match, context)
        assert year is not None
        return self._whole(match, DateValue.month(year, self._month(match.group("mon"))))

    def _rule_month(self, match: regex.Match[str], context: Context) -> list[Hit]:
        text = context.document.text
        word = match.group("mon").rstrip(".").casefold()
        before = self._word_before(text, match.start())
        if before in SET_WORDS:
            return []
        ranged = self._month_range.match(text, match.end())
        if (word in AMBIGUOUS_MONTHS or (len(word) <= 4 and word not in ("may", "june", "july"))) and not (
            before.rstrip("-") in MONTH_CUES or ranged is not None or text[: match.start()].endswith("-")
        ):
            return []
        month = self._month(word)
        if ranged is not None:
            return self._whole(match, DateValue.month(int(ranged.group("year")), month))
        if context.anchor is None:
            return self._whole(match, None)
        year = pick_month(context.anchor, month, self._direction(match, context))
        return self._whole(match, DateValue.month(year, month))

    def _rule_year(self, match: regex.Match[str], context: Context) -> list[Hit]:
        text = context.document.text
        if match.start() > 0 and text[match.start() - 1] in "#@+":
            return []
        before = self._word_before(text, match.start())
        after = self._word_after(text, match.end())
        if before in QUANTITY_WORDS or after in COUNT_NOUNS or text[match.end() : match.end() + 1] in "%":
            return []
        year = self._year(match)
        assert year is not None
        return self._whole(match, DateValue.year(year))

    def _rule_yyear(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        return self._whole(match, DateValue.year(year))

    def _rule_yrange(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        end = end_year(year, match.group("y2"))
        if end is None or self._word_after(context.document.text, match.end()) in COUNT_NOUNS:
            return []
        return self._whole(match, DateValue.year(year))

    def _rule_decade(self, match: regex.Match[str], context: Context) -> list[Hit]:
        if match.group("dec"):
            return self._whole(match, DateValue.decade(int(match.group("dec"))))
        return self._whole(match, DateValue.decade(century_year(int(match.group("dec2")), context.anchor)))

    # -- fiscal years ---------------------------------------------------------------------
    def _rule_fyend(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        value = DateValue.year(year, fiscal=True)
        if match.group("fyday"):
            # "the financial year ended June 30, 2007": the day is a mention of its own.
            return self._whole(match, value)
        context.skip_until = match.end("year")
        return [(match.start(), match.end("year"), value, False)]

    def _rule_fyq(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        quarter = ORDINALS[match.group("ord").casefold()]
        return self._whole(match, DateValue.quarter(year, quarter, fiscal=True))

    def _rule_fyrel(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._relative_year(match.group("det"), context)
        return self._whole(match, None if year is None else DateValue.year(year, fiscal=True))

    def _rule_fy(self, match: regex.Match[str], context: Context) -> list[Hit]:
        if match.group("y") is not None:
            digits = match.group("y")
            year = int(digits) if len(digits) == 4 else century_year(int(digits), context.anchor)
            return self._whole(match, DateValue.year(year, fiscal=True))
        first = self._year(match)
        assert first is not None
        end = end_year(first, match.group("y2")) if match.group("y2") else first
        if end is None:
            return []
        return self._whole(match, DateValue.year(end, fiscal=True))

    # -- quarters and halves ------------------------------------------------------------------
    def _quarter_year(self, match: regex.Match[str], context: Context, quarter: int) -> int | None:
        year = self._year(match)
        if year is None and match.group("rel"):
            year = self._relative_year(match.group("rel"), context)
        if year is None and context.anchor is not None:
            year = pick_quarter(context.anchor, quarter, self._direction(match, context))
        return year

    def _rule_quarter(self, match: regex.Match[str], context: Context) -> list[Hit]:
        ordinal = match.group("ord").casefold()
        if ordinal == "last" and not match.group(0).casefold().startswith(("the", "its", "their")):
            # "last quarter": the one before the current quarter.
            value = None if context.anchor is None else period_value(context.anchor, "quarter", -1)
        else:
            quarter = ORDINALS[ordinal]
            context.last_quarter = quarter
            year = self._quarter_year(match, context, quarter)
            value = None if year is None else DateValue.quarter(year, quarter)
        if value is not None:
            context.last_period = value
        return self._whole(match, value)

    def _rule_qshort(self, match: regex.Match[str], context: Context) -> list[Hit]:
        quarter = int(match.group("qn"))
        context.last_quarter = quarter
        if match.group("y"):
            year: int | None = century_year(int(match.group("y")), context.anchor)
        else:
            year = self._year(match)
            if year is None and context.anchor is not None:
                year = pick_quarter(context.anchor, quarter, self._direction(match, context))
        value = None if year is None else DateValue.quarter(year, quarter)
        if value is not None:
            context.last_period = value
        return self._whole(match, value)

    def _rule_quarters2(self, match: regex.Match[str], context: Context) -> list[Hit]:
        pair = {ORDINALS[match.group("ord").casefold()], ORDINALS[match.group("ord2").casefold()]}
        if pair not in ({1, 2}, {3, 4}):
            return self._whole(match, None)
        half = 1 if pair == {1, 2} else 2
        year = self._year(match)
        if year is None and context.anchor is not None:
            year = pick_half(context.anchor, half, self._direction(match, context))
        return self._whole(match, None if year is None else DateValue.half(year, half))

    def _rule_half(self, match: regex.Match[str], context: Context) -> list[Hit]:
        half = ORDINALS[match.group("ord").casefold()]
        fiscal = bool(match.group("fyrel"))
        year = self._year(match)
        if year is None and match.group("rel"):
            year = self._relative_year(match.group("rel"), context)
        if year is None and context.anchor is not None:
            year = (
                context.anchor.year
                if fiscal
                else pick_half(context.anchor, half, self._direction(match, context))
            )
        value = None if year is None else DateValue.half(year, half, fiscal=fiscal)
        if value is not None:
            context.last_period = value
        return self._whole(match, value)

    def _rule_hshort(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        return self._whole(match, DateValue.half(year, int(match.group("hn"))))

    def _rule_samep(self, match: regex.Match[str], context: Context) -> list[Hit]:
        year = self._year(match)
        assert year is not None
        last = context.last_period
        if context.last_quarter and (last is None or last.granularity is not Granularity.HALF):
            return self._whole(match, DateValue.quarter(year, context.last_quarter))
        if last is not None and last.granularity is Granularity.HALF:
            return self._whole(match, DateValue.half(year, 1 if last.first.month == 1 else 2))
        return self._whole(match, DateValue.year(year))
