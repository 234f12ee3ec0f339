"""One serializer: facts to the JSON shape of FORMAT.md.

Numbers (``Decimal``) become JSON integers when whole and floats otherwise;
records name companies by their ``name``. Collections that plugins add are
serialized field by field with the same conversions.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .records import (
    Company,
    DateMention,
    DateValue,
    Deal,
    Market,
    Mention,
    Money,
    Percentage,
    Person,
    Record,
    Span,
    Stake,
)

if TYPE_CHECKING:
    from .facts import Facts

__all__ = ["facts_to_dict", "fact_to_dict", "number"]

#: Collections written in this order, before any plugin collections.
_ORDER = (
    "amounts",
    "percentages",
    "dates",
    "companies",
    "people",
    "markets",
    "stakes",
    "deals",
)
#: Intermediate collections, kept out of the output unless asked for.
_INTERNAL = frozenset({"company_mentions", "person_mentions", "place_mentions"})


def number(value: Decimal) -> int | float:
    """A ``Decimal`` as a JSON number: an ``int`` when whole, else a ``float``."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _name(company: Company | None) -> str | None:
    return None if company is None else company.name


def _mention(m: Mention) -> dict[str, Any]:
    return {"text": m.text, "start": m.start, "end": m.end}


def _money(m: Money) -> dict[str, Any]:
    out = _mention(m)
    out["value"] = number(m.value)
    out["currency"] = m.currency
    if m.value_max is not None:
        out["value_max"] = number(m.value_max)
    if m.qualifier:
        out["qualifier"] = m.qualifier
    if m.per_share:
        out["per_share"] = True
    return out


def _percentage(m: Percentage) -> dict[str, Any]:
    out = _mention(m)
    out["value"] = number(m.value)
    if m.value_max is not None:
        out["value_max"] = number(m.value_max)
    if m.qualifier:
        out["qualifier"] = m.qualifier
    return out


def _date(m: DateMention) -> dict[str, Any]:
    out = _mention(m)
    out["value"] = None if m.value is None else m.value.timex
    if m.value is not None:
        out["granularity"] = m.value.granularity.value
    if m.vague:
        out["vague"] = True
    return out


def _company(c: Company) -> dict[str, Any]:
    out: dict[str, Any] = {"name": c.name, "aliases": list(c.aliases)}
    for field in ("location", "country", "industry", "founded", "ticker", "exchange", "parent"):
        value = getattr(c, field)
        if value is not None:
            out[field] = value
    return out


def _person(p: Person) -> dict[str, Any]:
    return {"name": p.name, "title": p.title, "company": _name(p.company)}


def _market(m: Market) -> dict[str, Any]:
    out: dict[str, Any] = {"name": m.name, "code": m.code}
    if m.companies:
        out["companies"] = [c.name for c in m.companies]
    return out


def _stake(s: Stake) -> dict[str, Any]:
    return {"holder": _name(s.holder), "target": s.target.name, "percent": number(s.percent)}


def _deal(d: Deal) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": d.kind}
    for role in ("buyer", "seller", "target", "company"):
        company = getattr(d, role)
        if company is not None:
            out[role] = company.name
    if d.parties:
        out["parties"] = [c.name for c in d.parties]
    if d.amount is not None:
        out["amount"] = {"value": number(d.amount.value), "currency": d.amount.currency}
    if d.stake is not None:
        out["stake"] = number(d.stake)
    if d.date is not None and d.date.value is not None:
        out["date"] = d.date.value.timex
    if d.exchange is not None:
        out["exchange"] = d.exchange
    if d.status is not None:
        out["status"] = d.status
    if d.rule:
        out["rule"] = d.rule
    return out


_WRITERS: dict[type[Any], Any] = {
    Money: _money,
    Percentage: _percentage,
    DateMention: _date,
    Company: _company,
    Person: _person,
    Market: _market,
    Stake: _stake,
    Deal: _deal,
}


def _value(value: Any) -> Any:
    """Generic conversion for the fields of plugin-defined facts."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, Company):
        return value.name
    if isinstance(value, Span):
        return {"text": value.text, "start": value.start, "end": value.end}
    if isinstance(value, DateValue):
        return value.timex
    if isinstance(value, Mention):
        return fact_to_dict(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_value(v) for v in value]
    return value


def fact_to_dict(fact: Mention | Record) -> dict[str, Any]:
    """One mention or record in the FORMAT.md shape (plugin facts: field by field)."""
    for cls in type(fact).__mro__:
        writer = _WRITERS.get(cls)
        if writer is not None and cls is not Mention and cls is not Record:
            return writer(fact)  # type: ignore[no-any-return]
    out: dict[str, Any] = _mention(fact) if isinstance(fact, Mention) else {}
    for field in attrs.fields(type(fact)):
        if field.name in ("span", "evidence", "extractor"):
            continue
        out[field.name] = _value(getattr(fact, field.name))
    return out


def facts_to_dict(facts: Facts, *, internal: bool = False) -> dict[str, Any]:
    """The whole document in the FORMAT.md shape.

    ``internal=True`` also writes the intermediate mention collections
    (company, person and place mentions).
    """
    out: dict[str, Any] = {}
    if facts.id is not None:
        out["id"] = facts.id
    out["published"] = None if facts.published is None else facts.published.isoformat()
    out["text"] = facts.text
    for name in _ORDER:
        out[name] = [fact_to_dict(f) for f in facts.get(name)]
    for name in sorted(facts.collections):
        if name in out or (name in _INTERNAL and not internal):
            continue
        out[name] = [fact_to_dict(f) for f in facts.get(name)]
    return out
