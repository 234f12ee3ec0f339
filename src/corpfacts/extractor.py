"""The :class:`Extractor`: one named step of the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from .records import Mention, Record

if TYPE_CHECKING:
    from .document import Document

__all__ = ["Extractor", "Fact"]

#: Anything an extractor may yield.
Fact = Mention | Record


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value)


@attrs.frozen
class Extractor:
    """A named function from a :class:`~corpfacts.Document` to facts.

    ``gives`` names the collections it fills ("amounts", "companies",
    "deals", or a new one of a plugin's own); ``needs`` the collections it
    reads, so that it runs after every extractor that gives them. A needed
    collection that nobody gives is simply empty. ``run`` returns or yields
    :class:`~corpfacts.records.Mention` and :class:`~corpfacts.records.Record`
    instances; each is filed under its class's ``collection``, which must be
    one of ``gives``.

    Example::

        Extractor("tickers", run=find_tickers, gives={"tickers"})
    """

    name: str = attrs.field()
    run: Callable[[Document], Iterable[Fact]] = attrs.field(repr=False)
    gives: frozenset[str] = attrs.field(converter=_names)
    needs: frozenset[str] = attrs.field(default=frozenset(), converter=_names)

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value or not value.replace("_", "").replace("-", "").replace(".", "").isalnum():
            raise ValueError(f"extractor name must be a word such as 'money', got {value!r}")

    @gives.validator
    def _check_gives(self, attribute: attrs.Attribute[frozenset[str]], value: frozenset[str]) -> None:
        if not value:
            raise ValueError(f"extractor {self.name!r} must give at least one collection")
