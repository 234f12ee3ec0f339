"""The :class:`Facts` of one document: every mention and record found."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar, cast

import attrs

from .extractor import Fact
from .records import Company, DateMention, Deal, Market, Money, Percentage, Person, Stake

__all__ = ["Facts"]

F = TypeVar("F", bound=Fact)


def _freeze(value: Mapping[str, tuple[Fact, ...]]) -> Mapping[str, tuple[Fact, ...]]:
    return MappingProxyType({key: tuple(facts) for key, facts in value.items()})


@attrs.frozen
class Facts:
    """Everything found in one document.

    The typed properties (:attr:`amounts`, :attr:`companies`, :attr:`deals`,
    ...) give the built-in collections in text order; :meth:`get` gives any
    collection, including those that plugins add. :meth:`to_dict` and
    :meth:`to_json` give the JSON shape of ``FORMAT.md``.
    """

    text: str
    published: dt.date | None
    id: str | None = None
    collections: Mapping[str, tuple[Fact, ...]] = attrs.field(factory=dict, converter=_freeze)

    def get(self, collection: str) -> tuple[Fact, ...]:
        """The facts in ``collection`` (empty when there are none)."""
        return self.collections.get(collection, ())

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
        """The company whose name or an alias is ``name`` (case aside), or ``None``."""
        for company in self.companies:
            if company.is_named(name):
                return company
        return None

    def people_of(self, company: Company) -> tuple[Person, ...]:
        """The people the text places at ``company``."""
        return tuple(p for p in self.people if p.company is not None and p.company == company)

    def to_dict(self) -> dict[str, Any]:
        """The FORMAT.md shape: mentions with text, start, end and value; records with names."""
        from .serialize import facts_to_dict

        return facts_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)
