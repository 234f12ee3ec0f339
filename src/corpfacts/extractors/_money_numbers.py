"""Numbers as business news writes them: patterns to find them, functions to read them.

Shared by the ``money`` and ``percentages`` plugins. Digit strings are read
with price-parser's ``parse_number`` once the decimal separator is settled
here: price-parser guesses that "12.999" has no decimal point (a shop price
convention), while in English news "34.782 dlrs" has one, so the separator
is always decided from the shape of the string and handed to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from price_parser.parser import parse_number

from ._money_tables import TENS, UNITS

__all__ = [
    "SP",
    "phrase_pattern",
    "DIGITS",
    "SPACED_DIGITS",
    "WORDS",
    "CARDINAL_WORDS",
    "parse_digits",
    "parse_words",
    "tidy",
]

#: A number in digits, without sign: "12-1/2" (a wire-style fraction) and
#: the usual forms. Thousands groups must be whole (three
#: digits); a comma followed by one, two or four and more digits is a decimal
#: comma ("US$1,8 billion"). The look-aheads stop a number inside a longer one.
DIGITS = r"""
    (?:
        \d{1,4}(?:-|\ )\d{1,2}/\d{1,3}(?![\d/])       # 12-1/2 and 3 3/4: wire-style fractions
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]?\d)     # 1,200 and 1,200.50
      | \d{1,3}(?:\.\d{3})+,\d+(?!\d)                # 1.200,50 (continental)
      | \d{1,3}(?:\.\d{3}){2,}(?![\d.]?\d)           # 1.200.000 (continental)
      | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)  # 1 200 with a typographic space
      | \d+,\d+(?![\d,])                             # 1,8 and 1,8923: a decimal comma
      | \d*\.\d+                                     # 12.5 and .5
      | \d+
    )
"""

#: Forms only trusted right after a currency prefix, where they cannot be
#: two numbers in a row: "EUR 1 200" (thousands after a plain space) and
#: "EUR0 .71", the tokenised form of "EUR0.71" found in some corpora.
SPACED_DIGITS = r"""
    (?:
        \d{1,3}(?:\ \d{3})+(?![\d.,]?\d)             # 1 200 000
      | \d+\ \.\d+                                   # 0 .71
    )
"""


#: Spaces inside one amount: never a line break.
SP = r"[ \t\u00a0\u202f]"


def phrase_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a trie, longer words first, inner spaces matching runs of spaces.

    A trie ("d(?:lrs?|ollars?)") lets the regex engine drop a position after
    one character instead of trying hundreds of words one by one, which keeps
    a lexicon-sized alternation fast at every position of the text.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[_END] = {}
    return _trie_pattern(trie) or "(?!)"


_END = ""


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (rf"{SP}+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: the longer word is tried first, the shorter one if the rest fails.
    return f"(?:{body})?" if _END in node else body


_UNIT = phrase_pattern(w for w in UNITS if w != "zero")
_TENS = phrase_pattern(TENS)
_BASIC = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNIT}))?|(?:{_UNIT}))"

#: A number in words, one to nine hundred and ninety-nine ("twenty-five",
#: "three hundred"). Case-insensitive.
CARDINAL_WORDS = rf"""
    (?i:{_BASIC}(?:\s+hundred(?:\s+(?:and\s+)?{_BASIC})?)?)(?![\w])
"""

#: :data:`CARDINAL_WORDS`, or "a"/"an"/"a single"/"half a", which the caller
#: accepts only before a scale or a minor unit ("a million", "a cent").
WORDS = rf"""
    (?:
        {CARDINAL_WORDS}
      | (?i:half\s+an?|a\s+single|an?(?=\s))(?![\w])
    )
"""

_SPACES = re.compile(r"\s+")


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros or exponent noise (``Decimal('146600000')``, ``Decimal('2.05')``)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_digits(text: str) -> Decimal | None:
    """The value of a digit string found by :data:`DIGITS` or :data:`SPACED_DIGITS`."""
    if "/" in text:
        whole, _, fraction = text.replace("-", " ").rpartition(" ")
        numerator, _, denominator = fraction.partition("/")
        if (
            not (whole.strip().isdigit() and numerator.isdigit() and denominator.isdigit())
            or denominator == "0"
        ):
            return None
        return Decimal(whole.strip()) + Decimal(numerator) / Decimal(denominator)
    num = _SPACES.sub("", text.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", ""))
    separator: str | None
    if "." in num and "," in num:
        separator = "." if num.rfind(".") > num.rfind(",") else ","
    elif "," in num:
        groups = num.split(",")[1:]
        separator = None if all(len(g) == 3 for g in groups) else ","
    elif num.count(".") > 1:
        separator = None
    else:
        separator = "."
    if separator == "." and num.startswith("."):
        num = "0" + num
    try:
        value = parse_number(num, decimal_separator=separator)
    except (InvalidOperation, ValueError):  # pragma: no cover - parse_number returns None instead
        return None
    return value if isinstance(value, Decimal) and value.is_finite() else None


def parse_words(text: str) -> Decimal | None:
    """The value of a number in words found by :data:`WORDS` ("twenty-five", "a", "half a")."""
    words = [w for w in re.split(r"[\s-]+", text.casefold()) if w]
    if not words:
        return None
    if words[0] == "half":
        return Decimal("0.5")
    if words[0] in ("a", "an"):
        return Decimal(1)
    total = 0
    for word in words:
        if word == "hundred":
            total *= 100
        elif word in UNITS:
            total += UNITS[word]
        elif word in TENS:
            total += TENS[word]
        elif word != "and":
            return None
    return Decimal(total)
