"""Typed records: spans, mentions and the facts built from them.

All classes are frozen, slotted attrs classes. Mentions are single spans of
the text with a normalized value (money, percentages, dates, names). Records
(:class:`Company`, :class:`Person`, :class:`Market`, :class:`Stake`,
:class:`Deal`) combine mentions and point back at their evidence.

Construction validates invariants only; finding and parsing live in the
extractors and in named classmethods such as :meth:`DateValue.day`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, ClassVar

import attrs

__all__ = [
    "Span",
    "Mention",
    "Money",
    "Percentage",
    "Granularity",
    "DateValue",
    "DateMention",
    "CompanyMention",
    "PersonMention",
    "PlaceMention",
    "Record",
    "Company",
    "Person",
    "Market",
    "Stake",
    "Deal",
    "DEAL_KINDS",
    "DEAL_STATUSES",
    "REGIONS",
]


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A stretch of the document text: ``text == document[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()
    text: str = attrs.field(order=False)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"span text {value!r} has length {len(value)}, "
                f"but the span {self.start}:{self.end} has length {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``start:end`` of ``text``."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Mention:
    """Base class of every single-span fact.

    ``extractor`` names the extractor that found it; ``collection`` (a class
    attribute) names the collection it belongs to in :class:`~corpfacts.Facts`
    and in the JSON output.
    """

    collection: ClassVar[str] = "mentions"

    span: Span
    extractor: str = attrs.field(default="", kw_only=True)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def spans(self) -> tuple[Span, ...]:
        """The spans this fact came from (one, for a mention)."""
        return (self.span,)


def _decimal(value: Any) -> Decimal:
    if isinstance(value, float):
        raise TypeError("use Decimal (or str or int), never float, for money and percentages")
    try:
        number = value if isinstance(value, Decimal) else Decimal(value)
    except (ArithmeticError, ValueError, TypeError):
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"a number must be finite, got {value!r}")
    return number


def _optional_decimal(value: Any) -> Decimal | None:
    return None if value is None else _decimal(value)


def _currency_code(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not (len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(f"currency must be an ISO 4217 code such as 'USD', got {value!r}")


@attrs.frozen
class Money(Mention):
    """An amount of money: ``value`` (and ``value_max`` for ranges) in units of ``currency``.

    ``currency`` is an ISO 4217 code, or ``None`` when the text does not tell.
    ``qualifier`` keeps a word outside the span that bounds the amount
    ("about", "more than", "up to"); ``per_share`` marks prices per share.
    """

    collection: ClassVar[str] = "amounts"

    value: Decimal = attrs.field(converter=_decimal, kw_only=True)
    currency: str | None = attrs.field(default=None, validator=_currency_code, kw_only=True)
    value_max: Decimal | None = attrs.field(default=None, converter=_optional_decimal, kw_only=True)
    qualifier: str | None = attrs.field(default=None, kw_only=True)
    per_share: bool = attrs.field(default=False, kw_only=True)


@attrs.frozen
class Percentage(Mention):
    """A percentage: ``value`` is the number of percent (``Decimal('9.3')`` for "9.3 pct")."""

    collection: ClassVar[str] = "percentages"

    value: Decimal = attrs.field(converter=_decimal, kw_only=True)
    value_max: Decimal | None = attrs.field(default=None, converter=_optional_decimal, kw_only=True)
    qualifier: str | None = attrs.field(default=None, kw_only=True)


class Granularity(enum.Enum):
    """How precise a :class:`DateValue` is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"


@attrs.frozen
class DateValue:
    """A calendar period with its granularity, printable as a TIMEX3 value.

    ``first`` and ``last`` are the first and last days of the period. Build
    values with the classmethods (:meth:`day`, :meth:`week`, :meth:`month`,
    :meth:`quarter`, :meth:`half`, :meth:`year`, :meth:`decade`); ``fiscal``
    marks a fiscal year ("fiscal 2016" -> ``FY2016``), whose exact days depend
    on the company, so ``first``/``last`` then describe the calendar year.
    """

    granularity: Granularity
    timex: str
    first: dt.date
    last: dt.date = attrs.field()
    fiscal: bool = False

    @last.validator
    def _check_last(self, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
        if value < self.first:
            raise ValueError(f"a period cannot end ({value}) before it starts ({self.first})")

    def __str__(self) -> str:
        return self.timex

    @classmethod
    def day(cls, date: dt.date) -> DateValue:
        return cls(Granularity.DAY, date.isoformat(), date, date)

    @classmethod
    def week(cls, iso_year: int, week: int) -> DateValue:
        first = dt.date.fromisocalendar(iso_year, week, 1)
        return cls(Granularity.WEEK, f"{iso_year:04d}-W{week:02d}", first, first + dt.timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls(Granularity.MONTH, f"{year:04d}-{month:02d}", first, nxt - dt.timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int, *, fiscal: bool = False) -> DateValue:
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be 1 to 4, got {quarter}")
        first = dt.date(year, 3 * quarter - 2, 1)
        last = cls.month(year, 3 * quarter).last
        prefix = "FY" if fiscal else ""
        return cls(Granularity.QUARTER, f"{prefix}{year:04d}-Q{quarter}", first, last, fiscal)

    @classmethod
    def half(cls, year: int, half: int, *, fiscal: bool = False) -> DateValue:
        if half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, got {half}")
        first = dt.date(year, 1 if half == 1 else 7, 1)
        last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        prefix = "FY" if fiscal else ""
        return cls(Granularity.HALF, f"{prefix}{year:04d}-H{half}", first, last, fiscal)

    @classmethod
    def year(cls, year: int, *, fiscal: bool = False) -> DateValue:
        prefix = "FY" if fiscal else ""
        return cls(
            Granularity.YEAR, f"{prefix}{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), fiscal
        )

    @classmethod
    def decade(cls, first_year: int) -> DateValue:
        start = first_year - first_year % 10
        return cls(Granularity.DECADE, f"{start // 10:03d}", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))


@attrs.frozen
class DateMention(Mention):
    """A date expression. ``value`` is ``None`` when the expression is vague
    ("recently", "in the coming years") or cannot be resolved (a relative date
    with no publication date)."""

    collection: ClassVar[str] = "dates"

    value: DateValue | None = attrs.field(default=None, kw_only=True)
    vague: bool = attrs.field(default=False, kw_only=True)


@attrs.frozen
class CompanyMention(Mention):
    """A name in the text that refers to a company.

    ``name`` is the name as a company would be listed (possessive "'s"
    dropped); ``evidence`` names the rule that found it ("suffix",
    "descriptor", "ticker", "lexicon", ...). Descriptive attributes found
    beside the name are kept when the text gives them.
    """

    collection: ClassVar[str] = "company_mentions"

    name: str = attrs.field(kw_only=True)
    evidence: str = attrs.field(default="", kw_only=True)
    ticker: str | None = attrs.field(default=None, kw_only=True)
    exchange: str | None = attrs.field(default=None, kw_only=True)
    industry: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    country: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class PersonMention(Mention):
    """A person's name, with the title and company stated beside it, if any."""

    collection: ClassVar[str] = "person_mentions"

    name: str = attrs.field(kw_only=True)
    title: str | None = attrs.field(default=None, kw_only=True)
    company: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class PlaceMention(Mention):
    """A reference to a country or world region, by name or adjective.

    ``code`` is the ISO 3166-1 alpha-2 code of a country, ``None`` for a
    region; ``name`` is the country's common name or one of :data:`REGIONS`.
    """

    collection: ClassVar[str] = "place_mentions"

    name: str = attrs.field(kw_only=True)
    code: str | None = attrs.field(default=None, kw_only=True)


#: The world regions a :class:`Market` may name (FORMAT.md).
REGIONS = (
    "Global",
    "Europe",
    "Asia",
    "Southeast Asia",
    "Middle East",
    "Africa",
    "Latin America",
    "North America",
    "Asia Pacific",
    "Oceania",
)


# Typed converters: ``converter=tuple`` would make type checkers reject tuples.
def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _companies(value: Iterable[Company]) -> tuple[Company, ...]:
    return tuple(value)


def _slots(value: Iterable[tuple[str, Span]]) -> tuple[tuple[str, Span], ...]:
    return tuple(value)


@attrs.frozen
class Record:
    """Base class of facts built from several mentions.

    ``evidence`` holds every span the record was built from, in text order.
    """

    collection: ClassVar[str] = "records"

    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans, kw_only=True)
    extractor: str = attrs.field(default="", kw_only=True)

    @property
    def spans(self) -> tuple[Span, ...]:
        return self.evidence


#: Legal-form words that :meth:`Company.is_named` ignores at the end of a name.
_LEGAL_FORMS = frozenset(
    (
        *("inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp", "llp"),
        *("ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "se", "kk", "pty", "pte", "bhd", "tbk"),
    )
)


def _bare_name(name: str) -> str:
    words = name.casefold().replace(".", "").replace(",", "").split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
        if len(words) > 1 and words[-1] in ("&", "and"):
            words.pop()
    return " ".join(words)


@attrs.frozen
class Company(Record):
    """A business named in the text, with every form of its name.

    ``name`` is the fullest plain form used; ``aliases`` every form in the
    text (``name`` included). Attributes are ``None`` unless the text states
    them. People who work there are :class:`Person` records pointing here
    (see :meth:`corpfacts.Facts.people_of`).
    """

    collection: ClassVar[str] = "companies"

    name: str = attrs.field(kw_only=True)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    country: str | None = attrs.field(default=None, kw_only=True)
    industry: str | None = attrs.field(default=None, kw_only=True)
    founded: int | None = attrs.field(default=None, kw_only=True)
    ticker: str | None = attrs.field(default=None, kw_only=True)
    exchange: str | None = attrs.field(default=None, kw_only=True)
    parent: str | None = attrs.field(default=None, kw_only=True)

    @property
    def mentions(self) -> tuple[Span, ...]:
        """Every span where the company is named."""
        return self.evidence

    def is_named(self, name: str) -> bool:
        """Whether ``name`` is this company's name or one of its aliases.

        Case, dots and trailing legal-form words aside: "Acme" names "Acme Corp.".
        """
        folded = _bare_name(name)
        return folded == _bare_name(self.name) or any(folded == _bare_name(a) for a in self.aliases)


@attrs.frozen
class Person(Record):
    """A named person, with a normalized title ("CEO", "chairman") and employer when stated."""

    collection: ClassVar[str] = "people"

    name: str = attrs.field(kw_only=True)
    title: str | None = attrs.field(default=None, kw_only=True)
    company: Company | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Market(Record):
    """A country (``code`` is ISO 3166-1 alpha-2) or world region (``code`` is ``None``).

    ``companies`` are the companies the text places in this market.
    """

    collection: ClassVar[str] = "markets"

    name: str = attrs.field(kw_only=True)
    code: str | None = attrs.field(default=None, kw_only=True)
    companies: tuple[Company, ...] = attrs.field(default=(), converter=_companies, kw_only=True)

    @property
    def is_region(self) -> bool:
        return self.code is None


@attrs.frozen
class Stake(Record):
    """An ownership share of ``holder`` (``None`` when unnamed) in ``target``."""

    collection: ClassVar[str] = "stakes"

    holder: Company | None = attrs.field(kw_only=True)
    target: Company = attrs.field(kw_only=True)
    percent: Decimal = attrs.field(converter=_decimal, kw_only=True)

    @percent.validator
    def _check_percent(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if not 0 < value <= 100:
            raise ValueError(f"a stake is more than 0 and at most 100 percent, got {value}")


#: Deal kinds known to the built-in extractors; plugins may add their own.
DEAL_KINDS = ("acquisition", "merger", "stake", "investment", "ipo", "joint_venture", "divestiture")
#: Deal statuses (FORMAT.md).
DEAL_STATUSES = ("announced", "completed", "planned", "rumored", "terminated")


def _status(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in DEAL_STATUSES:
        raise ValueError(f"deal status must be one of {', '.join(DEAL_STATUSES)} or None, got {value!r}")


@attrs.frozen
class Deal(Record):
    """A transaction: who bought, sold, invested in or listed what, on which terms.

    Parties are :class:`Company` records: ``buyer`` (acquirer or investor),
    ``seller``, ``target`` (the company bought or invested in), ``company``
    (for an IPO) and ``parties`` (for mergers and joint ventures). ``rule``
    names the rule that built the deal and ``slots`` maps each filled slot to
    the span it came from, so a user can see why.
    """

    collection: ClassVar[str] = "deals"

    kind: str = attrs.field(kw_only=True)
    buyer: Company | None = attrs.field(default=None, kw_only=True)
    seller: Company | None = attrs.field(default=None, kw_only=True)
    target: Company | None = attrs.field(default=None, kw_only=True)
    company: Company | None = attrs.field(default=None, kw_only=True)
    parties: tuple[Company, ...] = attrs.field(default=(), converter=_companies, kw_only=True)
    amount: Money | None = attrs.field(default=None, kw_only=True)
    stake: Decimal | None = attrs.field(default=None, converter=_optional_decimal, kw_only=True)
    date: DateMention | None = attrs.field(default=None, kw_only=True)
    exchange: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, validator=_status, kw_only=True)
    rule: str = attrs.field(default="", kw_only=True)
    slots: tuple[tuple[str, Span], ...] = attrs.field(default=(), converter=_slots, kw_only=True)

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value or not value.replace("_", "").isalnum() or not value.islower():
            raise ValueError(f"deal kind must be a lower-case word such as 'acquisition', got {value!r}")
