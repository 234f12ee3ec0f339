"""Settling ambiguous currency signs from what the rest of the story says.

"$" is US dollars unless the story places it elsewhere; "¥" is yen unless the
story is about China; "kr" depends on the Nordic country; "francs" on the
country, or on the year. The built-in ``corpfacts_resolve_currency`` answer
(see :mod:`corpfacts.extractors.money`) reads three kinds of hints, strongest
first:

1. explicit mentions of one qualified form of the same sign ("HK$", "H.K.
   dlrs", "NZ$"): a writer who says "HK$" once and "$" later means HK$;
2. the dateline ("WELLINGTON, Oct 19 -"): wire copy uses the local dollar;
3. the story's place words, when one country clearly dominates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ._money_numbers import phrase_pattern
from ._money_tables import (
    CURRENCY_SIGNS,
    DOLLAR_QUALIFIERS,
    DOLLAR_WORDS,
    FRANC_LAST_YEAR,
    HINT_DEFAULTS,
    SIGN_HINTS,
)

__all__ = ["resolve_sign"]

#: Explicit, unambiguous forms of each ambiguous sign's currencies.
_EXPLICIT_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "$": {},
    "¥": {"CNY": ("yuan", "renminbi", "RMB", "Rmb"), "JPY": ("yen",)},
    "kr": {
        "SEK": ("SEK", "kronor", "Swedish crowns"),
        "NOK": ("NOK", "Norwegian crowns", "Norwegian kroner"),
        "DKK": ("DKK", "Danish crowns", "Danish kroner"),
        "ISK": ("ISK",),
    },
    "franc": {
        "CHF": ("Swiss francs", "Swiss franc", "SFr", "CHF"),
        "FRF": ("French francs",),
        "BEF": ("Belgian francs",),
    },
}
for _sign, _code in CURRENCY_SIGNS.items():
    if "$" in _sign and _sign != "$":
        _EXPLICIT_FORMS["$"].setdefault(_code, ())
        _EXPLICIT_FORMS["$"][_code] += (_sign,)
for _qualifier, _code in DOLLAR_QUALIFIERS.items():
    _EXPLICIT_FORMS["$"].setdefault(_code, ())
    _EXPLICIT_FORMS["$"][_code] += tuple(f"{_qualifier} {word}" for word in DOLLAR_WORDS)


# A number, perhaps with a scale, right before a currency word ("500 mln Australian dlrs").
_NUMBER_BEFORE = r"\d[\d.,]*\s*(?:[a-z]{1,8}\s+)?"


def _forms_pattern(
    forms: dict[str, tuple[str, ...]], *, bound: bool
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every form, and the code of each form (case-folded, spaces normalised).

    With ``bound``, a form counts only where it names the currency of an
    amount: a sign or code before a digit ("HK$5", "SEK 40"), a word after a
    number ("5 mln H.K. dlrs"). "The Australian dollar fell" says nothing
    about the story's "$".
    """
    code_of: dict[str, str] = {}
    for code, spellings in forms.items():
        for spelling in spellings:
            code_of[" ".join(spelling.casefold().split())] = code

    def alternation(items: list[str]) -> str:
        return phrase_pattern(items)

    if not bound:
        # Forms that end in a letter must end a word ("yen", not "yenta").
        pattern = rf"(?<![\w$])(?P<form>{alternation(list(code_of))})(?![a-z])"
        return re.compile(pattern, re.IGNORECASE), code_of
    signs = [f for f in code_of if "$" in f or (len(f) == 3 and f.isalpha() and f.isascii())]
    words = [f for f in code_of if f not in signs]
    pattern = rf"""
        (?<![\w$])(?P<sign>{alternation(signs)})(?=\s?\d)
      | {_NUMBER_BEFORE}(?P<word>{alternation(words)})(?![a-z])
    """
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE), code_of


_EXPLICIT = {sign: _forms_pattern(forms, bound=True) for sign, forms in _EXPLICIT_FORMS.items()}
_PLACES = {sign: _forms_pattern(dict(hints), bound=False) for sign, hints in SIGN_HINTS.items()}

# A dateline: "HONG KONG, June 24 -", "GRENOBLE, France, April 9 -",
# "SYDNEY (Reuters) -". Only the place before the first comma or bracket matters.
_DATELINE = re.compile(
    r"""
    \A\s*
    (?P<place>[A-Z][A-Za-z.'\ ]{1,30}?)         # the place, in capitals or title case
    (?:,\s*[A-Z][A-Za-z.'\ ]{1,30}?)?           # optionally its country
    (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?       # the date
    \s*(?:\([A-Za-z]+\))?                       # the agency
    \s+[-\u2013\u2014]{1,2}\s
    """,
    re.VERBOSE,
)


#: The lead of a story: where it says what (and where) it is about.
_LEAD = 300


def _count(pattern: tuple[re.Pattern[str], dict[str, str]], text: str) -> Counter[str]:
    regex, code_of = pattern
    return Counter(code_of[" ".join(_form(m).casefold().split())] for m in regex.finditer(text))


def _form(match: re.Match[str]) -> str:
    for group in ("form", "sign", "word"):
        if group in match.re.groupindex and match.group(group):
            return match.group(group)
    return match.group()


def _single(codes: Iterable[str], default: str) -> str | None:
    others = {c for c in codes if c != default}
    return others.pop() if len(others) == 1 else None


def resolve_sign(sign: str, text: str, year: int | None) -> str | None:
    """The currency ``sign`` means in ``text`` (published in ``year``), or ``None`` if nothing tells."""
    if sign not in SIGN_HINTS:
        return None
    default = HINT_DEFAULTS[sign]
    explicit = _count(_EXPLICIT[sign], text) if sign in _EXPLICIT else Counter()
    if explicit:
        if default in explicit and sign in ("$", "¥"):
            # The writer marks both kinds; the bare sign keeps its default meaning.
            return None
        chosen = _single(explicit, default) if sign in ("$", "¥") else explicit.most_common(1)[0][0]
        if chosen is not None:
            return chosen
    places = _count(_PLACES[sign], text)
    dateline = _DATELINE.match(text)
    if dateline:
        place = _count(_PLACES[sign], dateline.group("place"))
        if place:
            return place.most_common(1)[0][0]
    if places:
        (best, n), *rest = places.most_common()
        runner_up = rest[0][1] if rest else 0
        if sign == "$":
            # A dollar story is about one country when that country's words clearly
            # dominate, and the lead already names it.
            lead = _count(_PLACES[sign], text[:_LEAD])
            if best != default and n >= 3 and n > 2 * places.get(default, 0) and best in lead:
                return best
        elif n > runner_up:
            return best
    if sign == "franc" and year is not None and year > FRANC_LAST_YEAR:
        return "CHF"
    return None
