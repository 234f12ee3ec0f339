"""The :class:`Document` an extractor reads: the text, its date, and the facts found so far."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from functools import cached_property

from ._access import CollectionAccess
from .extractor import Fact
from .lexicon import Lexicon
from .records import Company, Span
from .text import sentence_spans

__all__ = ["Document"]


def _order(fact: Fact) -> tuple[int, int, str]:
    spans = fact.spans
    if spans:
        return (spans[0].start, spans[0].end, fact.extractor)
    return (-1, -1, fact.extractor)


class Document(CollectionAccess):
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

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence that contains the start of ``span``, if any."""
        index = bisect.bisect_right(self._sentence_starts, span.start) - 1
        if index >= 0 and span.start < self.sentences[index].end:
            return self.sentences[index]
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

    def add(self, collection: str, facts: list[Fact]) -> None:
        """File ``facts`` under ``collection`` (the pipeline calls this).

        The collection stays sorted by span, then by extractor name, so the
        output never depends on the order in which plugins were registered.
        """
        merged = self._facts.setdefault(collection, [])
        merged.extend(facts)
        merged.sort(key=_order)

    @property
    def collections(self) -> dict[str, tuple[Fact, ...]]:
        return {name: tuple(facts) for name, facts in self._facts.items()}

    def company_named(self, name: str) -> Company | None:
        """The company found so far whose name or an alias is ``name`` (same as :meth:`company`)."""
        return self.company(name)
