"""The :class:`Document` an extractor reads: the text, its date, and the facts found so far."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TypeVar, cast

from .extractor import Fact
from .lexicon import Lexicon
from .records import (
    Company,
    CompanyMention,
    DateMention,
    Deal,
    Market,
    Money,
    Percentage,
    Person,
    PersonMention,
    PlaceMention,
    Span,
    Stake,
)
from .text import sentence_spans

__all__ = ["Document"]

F = TypeVar("F", bound=Fact)


class Document:
    """One text being processed, as extractors see it.

    Extractors read ``text``, ``published`` (``None`` when unknown), the
    pipeline's ``lexicon`` and the facts that earlier extractors gave
    (:meth:`get`, or the typed properties such as :attr:`amounts`). They
    never modify the document: they return their facts to the pipeline.
    """

    def __init__(
        self,
        text: str,
        *,
        published: dt.date | None,
        lexicon: Lexicon,
        id: str | None = None,
        resolve_currency: Callable[[str, Document], str | None] | None = None,
    ) -> None:
        self.text = text
        self.published = published
        self.lexicon = lexicon
        self.id = id
        self._facts: dict[str, list[Fact]] = {}
        self._resolve_currency = resolve_currency

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, published={self.published!r}, {len(self.text)} characters)"

    @cached_property
    def sentences(self) -> list[Span]:
        """The text split into sentence spans (see :func:`corpfacts.text.sentence_spans`)."""
        return sentence_spans(self.text)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence that contains the start of ``span``, if any."""
        for sentence in self.sentences:
            if sentence.start <= span.start < sentence.end:
                return sentence
        return None

    def span(self, start: int, end: int) -> Span:
        """The span ``start:end`` of this document's text."""
        return Span(start, end, self.text[start:end])

    def resolve_currency(self, sign: str) -> str | None:
        """Ask the plugins which ISO 4217 currency an ambiguous ``sign`` means here."""
        if self._resolve_currency is None:
            return None
        return self._resolve_currency(sign, self)

    # -- facts found so far ----------------------------------------------------
    def get(self, collection: str) -> tuple[Fact, ...]:
        """The facts filed under ``collection`` so far, in text order."""
        return tuple(self._facts.get(collection, ()))

    def _typed(self, collection: str, cls: type[F]) -> tuple[F, ...]:
        return cast("tuple[F, ...]", self.get(collection))

    def add(self, collection: str, facts: list[Fact]) -> None:
        """File ``facts`` under ``collection`` (the pipeline calls this)."""
        self._facts.setdefault(collection, []).extend(facts)

    @property
    def collections(self) -> dict[str, tuple[Fact, ...]]:
        return {name: tuple(facts) for name, facts in self._facts.items()}

    @property
    def amounts(self) -> tuple[Money, ...]:
        return self._typed("amounts", Money)

    @property
    def percentages(self) -> tuple[Percentage, ...]:
        return self._typed("percentages", Percentage)

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return self._typed("dates", DateMention)

    @property
    def company_mentions(self) -> tuple[CompanyMention, ...]:
        return self._typed("company_mentions", CompanyMention)

    @property
    def person_mentions(self) -> tuple[PersonMention, ...]:
        return self._typed("person_mentions", PersonMention)

    @property
    def place_mentions(self) -> tuple[PlaceMention, ...]:
        return self._typed("place_mentions", PlaceMention)

    @property
    def companies(self) -> tuple[Company, ...]:
        return self._typed("companies", Company)

    @property
    def people(self) -> tuple[Person, ...]:
        return self._typed("people", Person)

    @property
    def markets(self) -> tuple[Market, ...]:
        return self._typed("markets", Market)

    @property
    def stakes(self) -> tuple[Stake, ...]:
        return self._typed("stakes", Stake)

    @property
    def deals(self) -> tuple[Deal, ...]:
        return self._typed("deals", Deal)

    def company_named(self, name: str) -> Company | None:
        """The company found so far whose name or an alias is ``name`` (case aside)."""
        for company in self.companies:
            if company.is_named(name):
                return company
        return None
