"""Typed access to fact collections, shared by :class:`Document` and :class:`Facts`."""

from __future__ import annotations

from typing import TypeVar, cast

from .extractor import Fact
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
    Stake,
)

__all__ = ["CollectionAccess"]

F = TypeVar("F", bound=Fact)


class CollectionAccess:
    """The built-in collections as typed properties, in text order.

    Subclasses provide :meth:`get`; plugin collections are read with it.
    """

    __slots__ = ()

    def get(self, collection: str) -> tuple[Fact, ...]:
        raise NotImplementedError

    def _typed(self, collection: str, cls: type[F]) -> tuple[F, ...]:
        return cast("tuple[F, ...]", self.get(collection))

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

    def company(self, name: str) -> Company | None:
        """The company whose name or an alias is ``name`` (case, dots and legal forms aside)."""
        for company in self.companies:
            if company.is_named(name):
                return company
        return None
