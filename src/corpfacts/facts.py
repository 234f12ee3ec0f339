"""The :class:`Facts` of one document: every mention and record found."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ._access import CollectionAccess
from .extractor import Fact
from .records import Company, Person

__all__ = ["Facts"]


def _freeze(value: Mapping[str, tuple[Fact, ...]]) -> Mapping[str, tuple[Fact, ...]]:
    return MappingProxyType({key: tuple(facts) for key, facts in value.items()})


@attrs.frozen
class Facts(CollectionAccess):
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
