"""Finding amounts of money in running text: one compiled pattern and the rules that read its matches.

The pattern is built once per pipeline from the lexicon (currency signs,
words and codes, scales), so vocabulary that any plugin adds is found with
every form the built-in vocabulary has: scales, ranges, qualifiers.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from corpfacts import Lexicon

from ._money_numbers import (
    CARDINAL_WORDS,
    DIGITS,
    SP,
    SPACED_DIGITS,
    WORDS,
    parse_digits,
    parse_words,
    phrase_pattern,
    tidy,
)
from ._money_tables import (
    AMBIGUOUS,
    DOLLAR_QUALIFIERS,
    ELLIPSIS_FOLLOWERS,
    MINOR_UNITS,
    NOT_PENCE,
    PER_SHARE,
    QUALIFIERS,
    SCALED_PREFIXES,
    VERB_LIKE_WORDS,
    VERB_OBJECTS,
)

__all__ = ["AmountFinder", "Candidate", "qualifier_before"]

_QUALIFIER = re.compile(rf"(?<![\w.])(?P<q>{phrase_pattern(QUALIFIERS)}){SP}+\Z", re.IGNORECASE)


def qualifier_before(text: str, start: int) -> str | None:
    """The bounding word ("about", "more than") written right before ``start``, lower-cased."""
    found = _QUALIFIER.search(text, max(0, start - 30), start)
    return " ".join(found.group("q").casefold().split()) if found else None


_PER_SHARE = re.compile(
    rf"""
    {SP}*,?{SP}*               # "$5, a share" happens in wire copy
    (?:{phrase_pattern(PER_SHARE)})
    (?![\w])
    (?!{SP}+(?:year|month|week|day|quarter|time|season)s?\b)   # "$5 million each year"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d\Z")
# "pushed the euro 0.5 percent higher": a number followed by a percent word is no amount.
_PERCENT_AFTER = re.compile(rf"{SP}*-?{SP}*(?:%|(?i:percent|per{SP}*cent|pct)(?![\w]))")
_CODE_THEN_NUMBER = re.compile(rf"{SP}?[-\u2212]?\d")
_WEIGHT = re.compile(rf"{SP}+of\b")
_VERB_OBJECT = re.compile(rf"{SP}+(?:{phrase_pattern(VERB_OBJECTS)})\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|between)\s+(?:of\s+)?(?:from\s+)?\Z", re.IGNORECASE)
_ELLIPSIS_NEXT = re.compile(
    rf"{SP}*(?:[,.;:)\n]|\Z|(?:{phrase_pattern(ELLIPSIS_FOLLOWERS)})(?![\w]))", re.IGNORECASE
)
_IN_BRACKETS = re.compile(r"\([^()]*\Z")
# "now holds 1.2 mln, or 12 pct": a number followed by its share of the total counts shares.
_SHARE_OF_TOTAL = re.compile(
    rf"{SP}*,?{SP}*or{SP}+(?:about{SP}+|some{SP}+)?[\d.]+{SP}*(?:%|pct|percent|per{SP}cent)"
)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s+[\"'(]?[A-Z]|\n")
# "$" inside a web address or inline code is not money.
_NOT_TEXT = re.compile(r"https?://\S+|www\.\S+|`[^`\n]*`")
#: How far back an amount that names no currency may borrow one.
ELLIPSIS_REACH = 150


@attrs.frozen
class Candidate:
    """An amount found in the text, before its ambiguous currency (if any) is settled."""

    start: int
    end: int
    value: Decimal
    currency: str | None
    ambiguous: str | None = None
    value_max: Decimal | None = None
    qualifier: str | None = None
    per_share: bool = False
    scaled: bool = False


@attrs.frozen
class _Unit:
    """What a currency sign or word says: code, sign to settle, and factors."""

    code: str | None
    ambiguous: str | None
    multiplier: Decimal = Decimal(1)
    divisor: int = 1


class AmountFinder:
    """Finds :class:`Candidate` amounts; built once from a frozen lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._signs = dict(lexicon.currency_signs)
        self._words = dict(lexicon.currencies)
        self._scales = dict(lexicon.scales)
        # Codes (three letters) may also stand before the number, in capitals.
        self._codes = {
            w.upper(): c for w, c in self._words.items() if len(w) == 3 and w.isascii() and w.isalpha()
        }
        self._minor: dict[str, tuple[str, int]] = {k.casefold(): v for k, v in MINOR_UNITS.items()}
        for qualifier, code in DOLLAR_QUALIFIERS.items():
            for word in ("cent", "cents", "cts"):
                self._minor[f"{qualifier} {word}".casefold()] = (code, 100)
        self._pattern = self._compile()

    def _compile(self) -> re.Pattern[str]:
        prefixes = phrase_pattern([*self._signs, *self._codes, *SCALED_PREFIXES])
        suffixes = phrase_pattern([*self._words, *self._minor])
        scales = phrase_pattern(self._scales)
        scale = rf"(?i:{scales})(?:{SP}+(?i:{scales}))?(?![\w])"
        half = rf"{SP}+and{SP}+a{SP}+half(?![\w])"
        return re.compile(
            rf"""
            (?<![\w.,/%])(?<!\d-)                     # not inside a word, a number or a range
            (?:(?P<pre>{prefixes}){SP}{{0,2}})?       # "$", "US$ ", "EUR ", "Rs ", "MEUR "
            (?P<neg>(?(pre)[-\u2212]{SP}?|(?!)))?     # "EUR -2.2 mn": a sign only after a prefix
            (?P<n1>(?(pre){SPACED_DIGITS}|(?!))|{DIGITS}|{WORDS})
            (?P<half1>{half})?                        # "two and a half billion"
            (?:(?:{SP}{{0,2}}|-)(?P<s1>{scale}))?     # "million", "mln", "bn", "m", "crore"
            (?:                                       # a second number makes a range
                (?P<sep>{SP}*[-\u2013\u2014]{SP}*|{SP}+(?i:to|and){SP}+)
                (?:(?P<pre2>{prefixes}){SP}{{0,2}})?
                (?P<n2>(?(pre2){SPACED_DIGITS}|(?!))|{DIGITS}|{CARDINAL_WORDS})
                (?:(?:{SP}{{0,2}}|-)(?P<s2>{scale}))?
            )?
            (?(pre)|                                  # a currency word after the number
                (?:
                    (?:{SP}+|-)?(?P<post>(?i:{suffixes}))(?![\w])(?P<half2>{half})?
                  | (?P<pence>p)(?![\w])                # "345p"
                )?
            )
            """,
            re.VERBOSE,
        )

    # -- reading the parts of a match ----------------------------------------------
    def _prefix(self, text: str) -> _Unit:
        key = " ".join(text.split())
        if key in SCALED_PREFIXES:
            scaled_code, multiplier = SCALED_PREFIXES[key]
            return _Unit(scaled_code, None, Decimal(multiplier))
        return _Unit(self._signs.get(key) or self._codes.get(key), AMBIGUOUS.get(key))

    def _suffix(self, text: str) -> _Unit:
        key = " ".join(text.casefold().split())
        if key in self._minor:
            major, divisor = self._minor[key]
            if major in self._signs:
                return _Unit(self._signs[major], AMBIGUOUS.get(major), divisor=divisor)
            return _Unit(major, None, divisor=divisor)
        return _Unit(self._words.get(key), AMBIGUOUS.get(key))

    def _scale(self, text: str | None) -> Decimal | None:
        if text is None:
            return None
        words = text.casefold().split()
        whole = " ".join(words)
        if whole in self._scales:
            return self._scales[whole]
        # Two scales in a row ("lakh crore"), each possibly of several words.
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            if first in self._scales and second in self._scales:
                return self._scales[first] * self._scales[second]
        return None

    @staticmethod
    def _number(text: str) -> Decimal | None:
        if text[0].isdigit() or text[0] == ".":
            return parse_digits(text)
        return parse_words(text)

    # -- finding --------------------------------------------------------------------------
    def find(self, text: str) -> list[Candidate]:
        """Every amount in ``text``, in text order."""
        found: list[Candidate] = []
        bare: list[Candidate] = []
        pos = 0
        while True:
            match = self._pattern.search(text, pos)
            if match is None:
                break
            pos = self._read(match, text, found, bare)
        if bare:
            found = self._with_ellipses(text, found, bare)
        if "://" in text or "www." in text or "`" in text:
            zones = [(m.start(), m.end()) for m in _NOT_TEXT.finditer(text)]
            found = [c for c in found if not any(s <= c.start < e for s, e in zones)]
        return found

    def _read(self, m: re.Match[str], text: str, found: list[Candidate], bare: list[Candidate]) -> int:
        """Read one match into ``found`` (or ``bare``); return where to search next."""
        skip = m.end("n1")  # on rejection, look again right after the first number
        pre, post, pence, s1 = m.group("pre", "post", "pence", "s1")
        if pre is None and post is None and pence is None and s1 is None:
            return skip  # a bare number: the common case, dropped at once
        end = m.end()
        if post is not None and post.isupper() and len(post) == 3 and _CODE_THEN_NUMBER.match(text, end):
            # "2009 EUR 5 mn": the code belongs to the next number.
            return m.start("post")
        n1 = m.group("n1")
        if _PERCENT_AFTER.match(text, end):
            return skip
        if pre is not None:
            if pre.isalpha() and len(pre) != 3 and m.group("s1") is None and _YEAR.match(n1):
                return skip  # "Euro 2008" is a football championship
            unit = self._prefix(pre)
        elif post is not None:
            unit = self._suffix(post)
        elif pence is not None:
            if m.group("n1") in NOT_PENCE:  # "1080p" is a screen resolution
                return skip
            unit = _Unit("GBP", None, divisor=100)
        else:
            unit = _Unit(None, None)
        n2 = m.group("n2")
        s2 = m.group("s2")
        word1 = not (n1[0].isdigit() or n1[0] == ".")
        if word1 and n1.split()[0].casefold() in ("a", "an", "half") and s1 is None and unit.divisor == 1:
            return skip  # "a" is one only in "a million", "a cent"
        if unit.code is None:
            if not word1 and (s1 is not None or s2 is not None):
                self._bare(m, bare)
            return max(skip, m.end("s1") if s1 else skip)
        if pre is None and post is not None and unit.divisor == 1:
            if n2 is None and s1 is None and _YEAR.match(n1):
                return skip  # "2015 dollars", "in 1987 marks"
            if post.casefold() in ("pound", "pounds") and s1 is None and _WEIGHT.match(text, end):
                return skip  # "500 pounds of beef"
            if post.casefold() in VERB_LIKE_WORDS and s1 is None and _VERB_OBJECT.match(text, end):
                return skip  # "the Big 3 won the award"
        v1 = self._number(n1)
        if v1 is None:
            return skip
        if m.group("half1"):
            v1 += Decimal("0.5")
        if m.group("half2") and n2 is None:
            v1 += Decimal("0.5")
        sign = -1 if m.group("neg") else 1
        per_share = _PER_SHARE.match(text, end) is not None
        factor = unit.multiplier / unit.divisor
        sc1 = self._scale(s1)
        if n2 is None:
            found.append(
                self._make(text, m.start(), end, sign * v1 * (sc1 or 1) * factor, unit, per_share, sc1)
            )
            return end
        v2 = self._number(n2)
        if v2 is None:
            return skip
        sc2 = self._scale(s2)
        first_end = m.end("s1") if s1 else m.end("half1") if m.group("half1") else m.end("n1")
        if m.group("pre2") is not None:
            # Each end names its own currency: two amounts ("$4.2bn to $4.35bn").
            unit2 = self._prefix(m.group("pre2"))
            if pre is not None:
                low = v1 * (sc1 or sc2 or 1) * factor
                found.append(self._make(text, m.start(), first_end, sign * low, unit, per_share, sc1 or sc2))
            high = v2 * (sc2 or 1) * unit2.multiplier
            found.append(self._make(text, m.start("pre2"), end, high, unit2, per_share, sc2))
            return end
        if sc1 is None and sc2 is not None and v1 <= v2:
            sc1 = sc2  # "10-15 million": the scale is written once
        if sc1 is None and sc2 is None and n2.endswith(",000") and v1 * 100 < v2:
            sc1 = Decimal(1000) ** n2.count(",000")  # "$50-100,000"
        low, high = v1 * (sc1 or 1), v2 * (sc2 or 1)
        sep = m.group("sep").strip().casefold()
        before = text[max(0, m.start() - 40) : m.start()]
        if sep == "and":
            one = _BETWEEN.search(before) is not None and low < high
        elif sep == "to":
            # "rose 2 to 57.85 francs" is a change, not a range: the ends of a range are close.
            one = low < high <= 10 * low and (
                _FROM.search(before) is None or _RANGING.search(before) is not None
            )
        else:
            one = low < high
        if one:
            found.append(
                self._make(
                    text, m.start(), end, sign * low * factor, unit, per_share, sc1 or sc2, high * factor
                )
            )
            return end
        keep_first = sep != "to" or pre is not None or _FROM.search(before) is not None
        if keep_first and not (pre is None and _YEAR.match(n1)):
            # "34.782 and 34.750 dlrs", "from 10 to 15 mln dlrs": two amounts, one currency.
            found.append(self._make(text, m.start(), first_end, sign * low * factor, unit, per_share, sc1))
        if sep == "and" and pre is not None and post is None:
            # "$1.2m and 800,000 shares": the sign belongs to the first number only.
            return m.start("n2")
        found.append(self._make(text, m.start("n2"), end, high * factor, unit, per_share, sc2))
        return end

    @staticmethod
    def _make(
        text: str,
        start: int,
        end: int,
        value: Decimal,
        unit: _Unit,
        per_share: bool,
        scale: Decimal | None,
        value_max: Decimal | None = None,
    ) -> Candidate:
        return Candidate(
            start,
            end,
            tidy(value),
            unit.code,
            unit.ambiguous,
            value_max=None if value_max is None else tidy(value_max),
            qualifier=qualifier_before(text, start),
            per_share=per_share,
            scaled=scale is not None,
        )

    def _bare(self, m: re.Match[str], bare: list[Candidate]) -> None:
        """Keep "160 mln" (a scaled number without currency) to test against its neighbours later."""
        scale = m.group("s1")
        if (
            m.group("n2") is not None
            or scale is None
            or len(scale) < 2
            or "-" in m.string[m.end("n1") : m.start("s1")]
        ):
            return  # "the 400m race", "its 10-K": a one-letter or hyphenated scale is no amount alone
        value = parse_digits(m.group("n1"))
        if value is None:
            return
        bare.append(
            Candidate(m.start(), m.end("s1"), tidy(value * (self._scale(scale) or 1)), None, scaled=True)
        )

    def _with_ellipses(self, text: str, found: list[Candidate], bare: list[Candidate]) -> list[Candidate]:
        """Give a bare scaled number the currency of the scaled amount just before it, in its sentence.

        "240 mln francs after an estimated 215 mln this year": the second
        amount is francs too. Not when a noun follows ("1.5 mln shares").
        """
        out: list[Candidate] = []
        items = sorted([*found, *bare], key=lambda c: c.start)
        last: Candidate | None = None
        for item in items:
            if item.currency is not None:
                out.append(item)
                # A converted amount in brackets ("64m euros (£45m; $83m), up from 31m")
                # is not the one a later bare number continues.
                if not _IN_BRACKETS.search(text, max(0, item.start - 60), item.start):
                    last = item
                continue
            if (
                last is not None
                and last.scaled
                and 0 <= item.start - last.end <= ELLIPSIS_REACH
                and _SENTENCE_BREAK.search(text, last.end, item.start) is None
                and _ELLIPSIS_NEXT.match(text, item.end) is not None
                and _SHARE_OF_TOTAL.match(text, item.end) is None
            ):
                item = attrs.evolve(
                    item,
                    currency=last.currency,
                    ambiguous=last.ambiguous,
                    qualifier=qualifier_before(text, item.start),
                )
                out.append(item)
                last = item
        return out
