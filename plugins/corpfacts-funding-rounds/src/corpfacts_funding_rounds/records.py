"""The :class:`FundingRound` record this plugin adds to corpfacts."""

from __future__ import annotations

from typing import ClassVar

import attrs

from corpfacts import Company, Money, Record

__all__ = ["FundingRound", "Investor"]

#: A lead investor: the :class:`~corpfacts.Company` record when corpfacts
#: found one by that name, else the name as written.
Investor = Company | str


@attrs.frozen
class FundingRound(Record):
    """A venture funding round: who raised how much, in which round, led by whom.

    ``round`` is the round's normal name ("seed", "pre-seed", "angel",
    "Series B"), or ``None`` for a round the text does not name ("a funding
    round"). ``amount`` is the sum raised and ``valuation`` the company's
    value the text gives with it. Every field is ``None`` (or empty) when
    the text does not say.
    """

    collection: ClassVar[str] = "funding_rounds"

    company: Company | None = attrs.field(default=None, kw_only=True)
    round: str | None = attrs.field(default=None, kw_only=True)
    amount: Money | None = attrs.field(default=None, kw_only=True)
    lead_investors: tuple[Investor, ...] = attrs.field(default=(), kw_only=True)
    valuation: Money | None = attrs.field(default=None, kw_only=True)

    @property
    def lead_investor_names(self) -> tuple[str, ...]:
        """The lead investors' names, whether or not they are :class:`~corpfacts.Company` records."""
        return tuple(i.name if isinstance(i, Company) else i for i in self.lead_investors)
