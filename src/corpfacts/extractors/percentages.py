"""Built-in plugin ``percentages``: "10%", "9.3 pct", "ten per cent", "10-12%", "minus 5%".

Each becomes a :class:`~corpfacts.Percentage` whose ``value`` is the number
of percent as a ``Decimal`` (negative for "minus 5%" and "-5%"), with
``value_max`` for a range written once ("10-12%") and ``qualifier`` for a
bounding word before it ("roughly"). Percentage points and basis points are
not percentages and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from corpfacts import Document, Extractor, Lexicon, Percentage, hookimpl

from ._money_find import qualifier_before
from ._money_numbers import CARDINAL_WORDS, DIGITS, SP, WORDS, parse_digits, parse_words, phrase_pattern, tidy
from ._money_tables import PERCENT_WORDS

__all__ = ["corpfacts_extractors"]

NAME = "percentages"

# "%" or a percent word that ends a word ("percent", not "percentage").
# "pc" only glued to the number ("up 10pc"): "10 PCs" are computers.
_WORD_OR_SIGN = rf"%|(?i:{phrase_pattern(w for w in PERCENT_WORDS if w != '%')})(?![\w])|(?<=\d)pc(?![\w])"

_PERCENT = re.compile(
    rf"""
    (?<![\w.,/%])(?<!\d-)                          # not inside a word, a number or a range ("10%-12%")
    (?P<neg>(?i:minus|negative){SP}+|[-\u2212](?=[.\d]))?
    (?P<n1>{DIGITS}|{WORDS})
    (?:                                            # "10-12%", "10 to 12 percent", "between 10 and 12 pct"
        (?P<sep>{SP}*[-\u2013\u2014]{SP}*|{SP}+(?i:to|and){SP}+)
        (?P<n2>{DIGITS}|{CARDINAL_WORDS})
    )?
    (?:{SP}{{0,2}}|-)                              # "10 %", "10-percent"
    (?P<pct>{_WORD_OR_SIGN})
    (?!{SP}*-?{SP}*(?i:points?|pts?)(?![\w]))      # "2 percentage points" is not a percentage
    """,
    re.VERBOSE,
)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d\Z")


def _number(text: str) -> Decimal | None:
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    if text.split()[0].casefold() in ("a", "an"):
        return None  # "a percent" is not written in news; "a" here is an article
    return parse_words(text)


def find_percentages(text: str) -> Iterator[tuple[int, int, Decimal, Decimal | None, str | None]]:
    """``(start, end, value, value_max, qualifier)`` for every percentage in ``text``."""
    for m in _PERCENT.finditer(text):
        v1 = _number(m.group("n1"))
        if v1 is None:
            continue
        if m.group("neg"):
            v1 = -v1
        n2 = m.group("n2")
        if n2 is None:
            yield m.start(), m.end(), tidy(v1), None, qualifier_before(text, m.start())
            continue
        v2 = _number(n2)
        if v2 is None:
            continue
        sep = m.group("sep").strip().casefold()
        one = v1 < v2 and (
            sep != "and" or _BETWEEN.search(text, max(0, m.start() - 10), m.start()) is not None
        )
        if one:
            yield m.start(), m.end(), tidy(v1), tidy(v2), qualifier_before(text, m.start())
        else:
            # "5 and 10 percent respectively": two percentages, the sign written once;
            # but in "0.6% in 2004 and 0.8%" the year is no percentage.
            if not _YEAR.match(m.group("n1")):
                yield m.start(), m.end("n1"), tidy(v1), None, qualifier_before(text, m.start())
            yield m.start("n2"), m.end(), tidy(v2), None, None


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    """The ``percentages`` extractor."""

    def run(document: Document) -> Iterator[Percentage]:
        for start, end, value, value_max, qualifier in find_percentages(document.text):
            yield Percentage(
                document.span(start, end),
                value=value,
                value_max=value_max,
                qualifier=qualifier,
                extractor=NAME,
            )

    return [Extractor(NAME, run, gives={"percentages"})]
