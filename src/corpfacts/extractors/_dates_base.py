"""Shared pieces of the ``dates`` scanner: the scan state and the small helpers every rule uses."""

from __future__ import annotations

import bisect
import datetime as dt

import regex

from corpfacts import DateValue, Document, Span

from ._dates_resolve import Tense

__all__ = ["Context", "Hit", "OFFSETS", "ScanBase", "add_years", "end_year", "norm", "valid"]

Hit = tuple[int, int, "DateValue | None", bool]

OFFSETS = {
    "this": 0, "the current": 0, "the same": 0, "its current": 0, "their current": 0, "our current": 0,
    "last": -1, "the previous": -1, "the prior": -1, "the last": -1, "its last": -1, "this past": -1,
    "next": 1, "the next": 1, "its next": 1, "the following": 1, "the latest": 0,
}  # fmt: skip

# The word before a match, and the word after it.
_WORD_BEFORE = regex.compile(r"([\w.'’-]+)[\s(\"']*\Z")
_WORD_AFTER = regex.compile(r"[\s\"')]*([\w.]+)")
# A newspaper named after a weekday ("the Sunday Times") is not a date.
_TITLE_AFTER = regex.compile(r"\s+\p{Lu}\w+")


def norm(words: str) -> str:
    return " ".join(words.casefold().split())


class Context:
    """The state of one scan: the anchor and the last quarter or half named."""

    __slots__ = (
        "anchor",
        "dated",
        "document",
        "last_period",
        "last_quarter",
        "sentences",
        "skip_until",
        "starts",
    )

    def __init__(self, document: Document) -> None:
        self.document = document
        self.anchor: dt.date | None = document.published
        self.dated = document.published is not None
        self.last_period: DateValue | None = None
        # The number of the last quarter named, even when its year is unknown.
        self.last_quarter = 0
        self.skip_until = 0
        self.starts: list[int] | None = None
        self.sentences: list[Span] = []

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        """The start and end of the sentence holding ``position``."""
        if self.starts is None:
            self.sentences = self.document.sentences
            self.starts = [s.start for s in self.sentences]
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return 0, len(self.document.text)
        return self.starts[index], self.sentences[index].end


class ScanBase:
    """Helpers shared by the rules; the scanner fills these attributes."""

    months: dict[str, int]
    weekdays: dict[str, int]
    tense: Tense

    # -- helpers -------------------------------------------------------------------
    def _direction(self, match: regex.Match[str], context: Context, group: str | int = 0) -> int:
        text = context.document.text
        start, end = match.span(group)
        sentence_start, sentence_end = context.sentence_bounds(start)
        return self.tense.direction(text, sentence_start, start, end, max(sentence_end, end))

    def _month(self, word: str) -> int:
        return self.months[word.rstrip(".").casefold()]

    @staticmethod
    def _year(match: regex.Match[str], group: str = "year") -> int | None:
        value = match.group(group)
        return int(value) if value else None

    @staticmethod
    def _word_before(text: str, start: int) -> str:
        found = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return found.group(1).casefold() if found else ""

    @staticmethod
    def _word_after(text: str, end: int) -> str:
        found = _WORD_AFTER.match(text, end, min(len(text), end + 40))
        return found.group(1).rstrip(".").casefold() if found else ""

    @staticmethod
    def _whole(match: regex.Match[str], value: DateValue | None, vague: bool = False) -> list[Hit]:
        return [(match.start(), match.end(), value, vague)]

    def _relative_year(self, rel: str | None, context: Context) -> int | None:
        if context.anchor is None or rel is None:
            return None
        return context.anchor.year + OFFSETS.get(norm(rel), 0)


def valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # February 29
        return date.replace(year=date.year + years, day=28)


def end_year(first: int, second: str) -> int | None:
    """The end of a year range "2005-06" or "2006-2007", or None if it is not one."""
    if len(second) == 2:
        end = first - first % 100 + int(second)
        if end < first:
            end += 100
    else:
        end = int(second)
    return end if first < end <= first + 20 else None
