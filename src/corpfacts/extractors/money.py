"""Built-in plugin ``money``: amounts of money in running text, normalized.

Finds "$25 billion", "146.6 mln stg", "EUR 3.5 mn", "Rs 500 crore", "345p",
"$10-15 million", "fifteen million dollars" and their kin, and gives each a
:class:`~corpfacts.Money` with a ``Decimal`` value in units of an ISO 4217
currency. Vocabulary (currency signs and words, scales) goes into the shared
lexicon, so a plugin that adds ``lexicon.add_currency("quid", "GBP")`` gets
"5 million quid" and "2-3 mln quid" found with no code of its own.

Ambiguous signs ("$", "dlrs", "¥", "kr", "francs") are settled per document
through :meth:`corpfacts.Document.resolve_currency`; the built-in answer
(this module's ``corpfacts_resolve_currency``, ``trylast``) reads hints in the
story, and any plugin may answer first.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpfacts import Document, Extractor, Lexicon, Money, hookimpl

from ._money_find import AmountFinder, Candidate
from ._money_resolve import resolve_sign
from ._money_tables import (
    CODE_ALIASES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_QUALIFIERS,
    DOLLAR_WORDS,
    ISO_CODES,
    PREFIX_WORDS,
    SCALES,
)

__all__ = ["corpfacts_extractors", "corpfacts_lexicon", "corpfacts_resolve_currency"]

NAME = "money"


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    """Add currency signs, currency words and codes, and scale words."""
    for sign, code in {**CURRENCY_SIGNS, **PREFIX_WORDS}.items():
        lexicon.add_currency_sign(sign, code)
    for word, code in CURRENCY_WORDS.items():
        lexicon.add_currency(word, code)
    for code, iso in {**{c: c for c in ISO_CODES}, **CODE_ALIASES}.items():
        lexicon.add_currency(code, iso)
    for qualifier, code in DOLLAR_QUALIFIERS.items():
        for word in DOLLAR_WORDS:
            lexicon.add_currency(f"{qualifier} {word}", code)
    for word, multiplier in SCALES.items():
        lexicon.add_scale(word, multiplier)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    """The ``money`` extractor, its patterns compiled once from ``lexicon``."""
    finder = AmountFinder(lexicon)

    def run(document: Document) -> Iterator[Money]:
        resolved: dict[str, str | None] = {}

        def currency(candidate: Candidate) -> str | None:
            if candidate.ambiguous is None:
                return candidate.currency
            if candidate.ambiguous not in resolved:
                resolved[candidate.ambiguous] = document.resolve_currency(candidate.ambiguous)
            return resolved[candidate.ambiguous] or candidate.currency

        for found in finder.find(document.text):
            yield Money(
                document.span(found.start, found.end),
                value=found.value,
                value_max=found.value_max,
                currency=currency(found),
                qualifier=found.qualifier,
                per_share=found.per_share,
                extractor=NAME,
            )

    return [Extractor(NAME, run, gives={"amounts"})]


@hookimpl(trylast=True)
def corpfacts_resolve_currency(sign: str, document: Document) -> str | None:
    """Settle "$", "¥", "kr", "franc", "peso", "rupee" and "riyal" from hints in the story."""
    year = document.published.year if document.published is not None else None
    return resolve_sign(sign, document.text, year)
