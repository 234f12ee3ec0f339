"""Regular expressions of the ``companies`` evidence rules, compiled once per pipeline.

Kept apart from the rules in :mod:`._names_context` so that each reads on its
own; every pattern is built from the lexicon and the word lists in
:mod:`._names_vocab`.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from corpfacts import Lexicon

from ._names_vocab import (
    ATTACHED_NOUNS,
    OWNED_NOUNS,
    PARENT_LINKS,
    PERSON_NOUNS,
    PUBLIC_TITLES,
    ROLE_AFTER,
    ROLE_BEFORE,
    SERVICE_NOUNS,
    UNIT_NOUNS,
)

__all__ = ["Patterns", "alternation", "BACKWARDS"]

#: Patterns that end at ``\Z`` (the words right before a name) are matched from the end: the
#: engine then tries the one end position instead of every start in the text before the name.
BACKWARDS = regex.REVERSE


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first: "chief executive officer" before "chief executive"."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


class Patterns:
    """The compiled patterns the company rules read."""

    def __init__(self, lexicon: Lexicon) -> None:
        titles = alternation(lexicon.titles) or "chairman"
        # Titles of company officers; "Minister X" and "Commissioner for X" say nothing of a business.
        corporate = alternation(t for t in lexicon.titles if t.split()[-1] not in PUBLIC_TITLES) or "chairman"
        # A ticker or acronym in brackets after a name: "(NYSE: BABA)", "(TELV.L)", "(TVK)".
        self.ticker = regex.compile(
            r"""
            \A\s?\(\s*
            (?:(?P<exchange>[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]+)?)\s?:\s?)?   # optional exchange and colon
            (?P<ticker>[A-Z][A-Z0-9&]{0,6}(?:\.[A-Z]{1,3})?)                 # the symbol, wire suffix ".L"
            \s*\)
            """,
            regex.VERBOSE,
        )
        # Financial-PhraseBank style "Telvik Oyj HEL : TELVV": exchange code, spaced colon, symbol.
        self.spaced_ticker = regex.compile(
            r"\A\s(?P<exchange>[A-Z]{2,5}|[A-Z]{2,5}\s[A-Z][a-z]+|NYSE|Nasdaq)\s?:\s?(?P<ticker>[A-Z][A-Z0-9]{1,7})\b"
        )
        # An acronym set off by commas right after the name: "..., NORBANK, said".
        self.acronym = regex.compile(r"\A,\s(?P<acronym>[A-Z][A-Z&]{1,7}),")
        self.role_before = regex.compile(
            rf"""
            (?<!(?-i:\p{{Lu}})[\w.&]*(?:'s|’s|')\s)   # not "Orvana's shares in London"
            \b(?:{"|".join(ROLE_BEFORE)})           # a deal or rivalry word
            \s+(?:its\s+)?\Z                         # right before the name
            """,
            regex.VERBOSE | regex.IGNORECASE | BACKWARDS,
        )
        self.title_of = regex.compile(
            rf"\b(?:{corporate})s?(?:\s[\w\-]+){{0,3}}?\s(?:of|at|for|with|from)\s\Z",
            regex.IGNORECASE | BACKWARDS,
        )
        # "Acme chairman John Smith", "NKB analyst Karl-Heinz Brenner": a title between company and person.
        self.title_person = regex.compile(rf"\A\s(?:{corporate})\s(?-i:\p{{Lu}})", regex.IGNORECASE)
        # A person, not a business: "John Smith, chief executive of", "said John Smith, an analyst".
        self.person_after = regex.compile(
            rf"""\A\s?,\s(?:who\s(?:is|was)\s)?(?:(?:a|an|the|its|now|currently|former|current|senior)\s)*
            (?:(?-i:\p{{Lu}})[\w.&\-]*(?:\s(?-i:\p{{Lu}})[\w.&\-]*)*(?:'s|’s)\s)?(?:[\w\-]+\s){{0,2}}?
            (?:{titles}|{alternation(PERSON_NOUNS)})s?\b""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        people = alternation(PERSON_NOUNS)
        # Not after a hyphen ("Parcelio-owner X") nor in "sector player X".
        self.person_before = regex.compile(
            rf"""(?<!-)(?<!(?:sector|market|industry)\s)\b(?:{titles}|{people})
            (?:\s(?:of|at|for)\s(?-i:\p{{Lu}})[\w.&\-]*(?:\s(?-i:\p{{Lu}})[\w.&\-]*)*  # "CEO of Velmar"
               (?:\s?(?:'s|’s)(?:\s(?-i:[a-z])[\w\-]*){{1,3}})?)?                    # 's local unit
            \s?,?\s\Z""",
            regex.VERBOSE | regex.IGNORECASE | BACKWARDS,
        )
        # "sued Dravo Partners, its longtime lender": a business serving the company named before.
        self.service_after = regex.compile(
            rf"""\A\s?,\s(?:its|their)\s
            (?:(?:former|new|main|lead|longtime|long-time|current|previous|sole|principal|biggest)\s)*
            (?:{alternation(SERVICE_NOUNS)})\b""",
            regex.VERBOSE,
        )
        # "appointed John Smith chief executive": the person appointed, not a business with a chief.
        self.appointed = regex.compile(
            r"\b(?:named|appointed|hired|promoted|elected|picked|chose|tapped|installed|nominated)\s\Z",
            BACKWARDS,
        )
        self.appointed_title = regex.compile(
            rf"\A\s(?:as\s)?(?:(?:its|the|their|a|an)\s)?(?:(?:new|next|interim|acting)\s)*(?:{corporate})\b",
            regex.IGNORECASE,
        )
        # ", headquartered in Helsinki", ", controlled by Acme": said only of businesses.
        self.business_clause = regex.compile(
            r"\A\s?,\s(?:headquartered|based)\sin\b|\A\s?,\s(?:controlled|owned|acquired|backed)\sby\b"
        )
        # "Karl Brenner of Harwood Securities", "Aino Salo, from Carl Halden".
        self.person_of = regex.compile(
            r"""
            (?<![\w.])(?P<person>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’\-]+)
            ,?\s(?:of|at)\s\Z
            """,
            regex.VERBOSE | BACKWARDS,
        )
        owned = alternation(OWNED_NOUNS)
        self.owned_poss = regex.compile(
            rf"\A\s?(?:'s|’s|')\s(?:[\w\-]+\s){{0,2}}?(?:{owned})\b", regex.IGNORECASE
        )
        self.attached = regex.compile(
            rf"\A\s(?:{alternation(ATTACHED_NOUNS)})\b(?!\s(?:exchange|market|index|markets))",
            regex.IGNORECASE,
        )
        self.said_it = regex.compile(
            r"""
            \A\s(?:has\s|had\s|also\s)?(?:said|says|announced|reported|added)
            (?:\s(?:on|late\son)\s\w+|\stoday|\syesterday|\sin\sa\sstatement)?
            (?:\sthat)?\s(?:it|its)\b
            """,
            regex.VERBOSE,
        )
        self.appositive = regex.compile(r"\A(?:\s\([^()]{1,30}\))?\s?,\s(?P<phrase>[^,;:()\"“”]{3,110})")
        self.is_a = regex.compile(
            r"""
            \A\s(?:\w+\s){0,3}?(?:is|was|became|become|remains)\s(?:now\s|still\s|also\s)?
            (?P<phrase>(?:a|an|the|one\sof|\p{Lu}[\w.]*(?:\s\p{Lu}[\w.]*)?(?:'s|’s))\s[^,;:()\"]{3,100})
            """,
            regex.VERBOSE,
        )
        self.role_after = regex.compile(
            rf"""\A\s(?:has\s|have\s|had\s|also\s|said\s(?:it\s)?(?:has\s|had\s|would\s|will\s)?)?
            (?:{"|".join(ROLE_AFTER)})\b""",
            regex.VERBOSE,
        )
        # "rival banks such as X", "chains including X": examples of a kind of business.
        self.such_as = regex.compile(
            r"\b(?P<desc>[a-z][\w\-]*),?\s(?:such\sas|including|like)\s\Z", BACKWARDS
        )
        self.parent_link = regex.compile(rf"\b(?:{'|'.join(PARENT_LINKS)})\s\Z", BACKWARDS)
        self.desc_after = regex.compile(
            r"\A\s(?:(?P<mod>[a-z][\w\-]*)\s)?(?P<desc>[a-z][\w\-]*)\b(?!-)(?:\s(?P<next>[a-z]+))?"
        )
        self.unit_after = regex.compile(rf"\A\s(?P<noun>{alternation(UNIT_NOUNS)})\b")
        self.list_gap = regex.compile(
            r"""
            \A(?:\s\([^()]{1,20}\))?                          # a ticker or figure in brackets
            (?:,\s(?:and\s|or\s)?(?:even\s)?|\s(?:and|or|&)\s)  # a comma or "and"
            (?P<words>(?:[a-z][\w\-]*\s){0,4})\Z                # a few describing words ("rival bank")
          | \A,\s(?:a|an|the)\s[^,;.()]{1,80},\s(?:and|or)\s\Z  # past an appositive
            """,
            regex.VERBOSE,
        )
        self.founded_re = regex.compile(
            r"\b(?:founded|established|set\sup|its\sfounding|formed|created)\s(?:in\s)?(?P<year>1[6-9]\d\d|20\d\d)\b"
        )

    # -- helpers ---------------------------------------------------------------------
