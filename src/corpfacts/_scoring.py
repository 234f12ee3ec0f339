"""The matching behind :mod:`corpfacts.evaluate` (private: import from there).

Mentions are matched by overlapping spans, records by names resolved to gold
companies; every function adds its errors to a list of :class:`Miss`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from .errors import InvalidInputError

#: The deal terms checked one by one on matched deals.
DEAL_TERMS = ("amount", "stake", "date", "seller")

Row = Mapping[str, Any]


@attrs.frozen
class Score:
    """True positives, false positives and false negatives of one row."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@attrs.frozen
class Miss:
    """One error: a gold item not found (``"missed"``), a prediction not in
    gold (``"false positive"``), or a matched pair whose value differs
    (``"wrong value"``: both ``gold`` and ``pred`` are set)."""

    row: str
    kind: str
    gold: Any = None
    pred: Any = None

    def describe(self) -> str:
        if self.kind == "wrong value":
            return f"{self.row}: wrong value: gold {_show(self.gold)} / predicted {_show(self.pred)}"
        return f"{self.row}: {self.kind}: {_show(self.gold if self.gold is not None else self.pred)}"


# -- helpers ---------------------------------------------------------------------


def _show(item: Any) -> str:
    if isinstance(item, Mapping):
        if "text" in item and "start" in item:
            value = item.get("value")
            extra = f" {item['currency']}" if item.get("currency") else ""
            return f"{item['text']!r}@{item['start']} = {value}{extra}"
        return ", ".join(f"{k}={v}" for k, v in item.items() if v not in (None, [], {}))
    return repr(item)


def _dec(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def amount_equal(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    g, p = _dec(gold.get("value")), _dec(pred.get("value"))
    if g is None or p is None or gold.get("currency") != pred.get("currency"):
        return False
    return abs(p - g) <= abs(g) * Decimal("0.005")


def percent_equal(gold: Any, pred: Any, tolerance: Decimal = Decimal(0)) -> bool:
    g, p = _dec(gold), _dec(pred)
    return g is not None and p is not None and abs(g - p) <= tolerance


# Legal-form words dropped from the end of company names before comparing.
_LEGAL = frozenset(
    (
        *("inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp", "llp"),
        *("ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "se", "kk", "pty", "pte", "bhd", "tbk"),
    )
)
_PUNCT = re.compile(r"[.,'’`\"]")


def normalize_name(name: str) -> str:
    """A company or person name folded for comparison: case, dots, commas and
    trailing legal suffixes ("Inc.", "Corp", "Ltd", "Plc", "Co") aside."""
    words = _PUNCT.sub("", name.casefold().replace("&", " & ")).split()
    while len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
        if len(words) > 1 and words[-1] == "&":
            words.pop()
    return " ".join(words)


# -- mentions --------------------------------------------------------------------


def _span(item: Mapping[str, Any]) -> tuple[int, int]:
    start = int(item["start"])
    end = item.get("end")
    return start, int(end) if end is not None else start + len(item.get("text") or "")


def mentions(row: Row, kind: str, side: str) -> list[Mapping[str, Any]]:
    items = _items(row, kind)
    for n, item in enumerate(items, 1):
        start, end = item.get("start"), item.get("end")
        if (
            not isinstance(start, int)
            or isinstance(start, bool)
            or (end is not None and not isinstance(end, int))
        ):
            raise InvalidInputError(
                f"{side} document {row.get('id')!r}: {kind} item {n} needs an integer 'start' "
                f"(and 'end', or the 'text' it spans); got start={start!r}, end={end!r}"
            )
    return items


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_mentions(
    name: str,
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    equal: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
    errors: list[Miss],
    vague: bool,
) -> tuple[Score, Score]:
    spans_p = [_span(p) for p in pred]
    used = [False] * len(pred)

    # Gold with a value first, so a prediction overlapping both a valued and a
    # vague (null) gold date is credited to the valued one.
    def optional(g: Mapping[str, Any]) -> bool:
        return vague and g.get("value") is None

    order = sorted(range(len(gold)), key=lambda i: (optional(gold[i]), _span(gold[i])))
    span, value = Score(), Score()
    for i in order:
        g = gold[i]
        gs = _span(g)
        candidates = [j for j in range(len(pred)) if not used[j] and _overlap(gs, spans_p[j])]
        if not candidates:
            if not optional(g):
                span += Score(fn=1)
                value += Score(fn=1)
                errors.append(Miss(f"{name}", "missed", gold=g))
            continue
        j = min(candidates, key=lambda j: (not equal(g, pred[j]), spans_p[j]))
        used[j] = True
        if optional(g):
            continue
        span += Score(tp=1)
        if equal(g, pred[j]):
            value += Score(tp=1)
        else:
            value += Score(fp=1, fn=1)
            errors.append(Miss(f"{name}.value", "wrong value", gold=g, pred=pred[j]))
    for j, p in enumerate(pred):
        if not used[j]:
            span += Score(fp=1)
            value += Score(fp=1)
            errors.append(Miss(f"{name}", "false positive", pred=p))
    return span, value


# -- records ---------------------------------------------------------------------


class Entities:
    """Resolves company names in records to gold companies.

    A name resolves to the index of the gold company that has it as name or
    alias, directly or through the prediction's own companies list (any name
    of the predicted company that is known to gold); otherwise to the folded
    name itself, so two unknown names still agree when they are the same.
    """

    def __init__(self, gold: Row, pred: Row) -> None:
        self.gold_index: dict[str, int] = {}
        for i, company in enumerate(_items(gold, "companies")):
            for form in _forms(company):
                self.gold_index.setdefault(form, i)
        self.pred_forms: dict[str, list[str]] = {}
        for company in _items(pred, "companies"):
            forms = _forms(company)
            for form in forms:
                self.pred_forms.setdefault(form, forms)

    def gold(self, name: Any) -> object:
        if not isinstance(name, str) or not name.strip():
            return None
        key = normalize_name(name)
        return self.gold_index.get(key, key)

    def pred(self, name: Any) -> object:
        if not isinstance(name, str) or not name.strip():
            return None
        key = normalize_name(name)
        for form in (key, *self.pred_forms.get(key, ())):
            if form in self.gold_index:
                return self.gold_index[form]
        return key


def _items(row: Row, key: str) -> list[Mapping[str, Any]]:
    value = row.get(key) or []
    return [item for item in value if isinstance(item, Mapping)]


def _forms(company: Mapping[str, Any]) -> list[str]:
    names = [company.get("name"), *(company.get("aliases") or [])]
    return list(dict.fromkeys(normalize_name(n) for n in names if isinstance(n, str) and n.strip()))


def _match(
    name: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    same: Callable[[Any, Any], bool],
    errors: list[Miss],
    *,
    optional: Callable[[Any], bool] = lambda g: False,
    ignored: Callable[[Any], bool] = lambda p: False,
    show: Callable[[Any], Any] = lambda x: x,
    prefer: Callable[[Any, Any], int] = lambda g, p: 0,
) -> tuple[Score, list[tuple[Any, Any]]]:
    """One-to-one greedy matching; required gold first, then optional gold."""
    used = [False] * len(pred)
    pairs: list[tuple[Any, Any]] = []
    result = Score()
    order = sorted(range(len(gold)), key=lambda i: optional(gold[i]))
    for i in order:
        g = gold[i]
        candidates = [j for j in range(len(pred)) if not used[j] and same(g, pred[j])]
        if candidates:
            j = max(candidates, key=lambda j: (prefer(g, pred[j]), -j))
            used[j] = True
            if not optional(g):
                result += Score(tp=1)
                pairs.append((g, pred[j]))
        elif not optional(g):
            result += Score(fn=1)
            errors.append(Miss(name, "missed", gold=show(g)))
    for j, p in enumerate(pred):
        if not used[j] and not ignored(p):
            result += Score(fp=1)
            errors.append(Miss(name, "false positive", pred=show(p)))
    return result, pairs


def score_companies(gold: Row, pred: Row, errors: list[Miss]) -> Score:
    other = {normalize_name(n) for n in gold.get("other_orgs") or [] if isinstance(n, str)}
    g_items, p_items = _items(gold, "companies"), _items(pred, "companies")
    g_forms = {id(c): set(_forms(c)) for c in g_items}
    p_forms = {id(c): set(_forms(c)) for c in p_items}
    result, _ = _match(
        "companies",
        g_items,
        p_items,
        lambda g, p: bool(g_forms[id(g)] & p_forms[id(p)]),
        errors,
        ignored=lambda p: bool(p_forms[id(p)] & other),
        show=lambda c: {"name": c.get("name"), "aliases": c.get("aliases")},
        prefer=lambda g, p: normalize_name(str(g.get("name"))) == normalize_name(str(p.get("name"))),
    )
    return result


def score_people(gold: Row, pred: Row, entities: Entities, errors: list[Miss]) -> Score:
    def same(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
        if normalize_name(str(g.get("name"))) != normalize_name(str(p.get("name"))):
            return False
        return not g.get("company") or entities.gold(g.get("company")) == entities.pred(p.get("company"))

    result, _ = _match(
        "people",
        _items(gold, "people"),
        _items(pred, "people"),
        same,
        errors,
        optional=lambda g: not g.get("company"),
        show=lambda p: {"name": p.get("name"), "title": p.get("title"), "company": p.get("company")},
    )
    return result


def _market_key(market: Mapping[str, Any]) -> str:
    code = market.get("code")
    if isinstance(code, str) and code:
        return code.upper()
    return "region:" + str(market.get("name") or "").casefold()


def score_markets(gold: Row, pred: Row, errors: list[Miss]) -> Score:
    result, _ = _match(
        "markets",
        _items(gold, "markets"),
        _items(pred, "markets"),
        lambda g, p: _market_key(g) == _market_key(p),
        errors,
        show=lambda m: {"name": m.get("name"), "code": m.get("code")},
    )
    return result


_RECORD_PERCENT = Decimal("0.01")


def score_stakes(gold: Row, pred: Row, entities: Entities, errors: list[Miss]) -> Score:
    def same(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
        return (
            entities.gold(g.get("holder")) == entities.pred(p.get("holder"))
            and entities.gold(g.get("target")) == entities.pred(p.get("target"))
            and percent_equal(g.get("percent"), p.get("percent"), _RECORD_PERCENT)
        )

    result, _ = _match(
        "stakes",
        _items(gold, "stakes"),
        _items(pred, "stakes"),
        same,
        errors,
        show=lambda s: {"holder": s.get("holder"), "target": s.get("target"), "percent": s.get("percent")},
    )
    return result


def _deal_show(deal: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("kind", "buyer", "seller", "target", "company", "parties", "amount", "stake", "date", "status")
    return {k: deal.get(k) for k in keys}


def score_deals(gold: Row, pred: Row, entities: Entities, errors: list[Miss]) -> tuple[Score, Score]:
    def subject(deal: Mapping[str, Any], resolve: Callable[[Any], object]) -> object:
        # The company bought, invested in or listed: an IPO's "company" and an
        # acquisition's "target" play the same part.
        return resolve(deal.get("target")) if deal.get("target") else resolve(deal.get("company"))

    def parties(deal: Mapping[str, Any], resolve: Callable[[Any], object]) -> set[object]:
        names = deal.get("parties") or [deal.get(r) for r in ("buyer", "target", "company")]
        return {resolve(n) for n in names if n}

    def same(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
        if g.get("kind") != p.get("kind"):
            return False
        if (g.get("target") or g.get("company")) and subject(g, entities.gold) != subject(p, entities.pred):
            return False
        if g.get("parties") and parties(g, entities.gold) != parties(p, entities.pred):
            return False
        return not g.get("buyer") or entities.gold(g.get("buyer")) == entities.pred(p.get("buyer"))

    def term_equal(term: str, g: Any, p: Any) -> bool:
        if term == "amount":
            return isinstance(g, Mapping) and isinstance(p, Mapping) and amount_equal(g, p)
        if term == "stake":
            return percent_equal(g, p, _RECORD_PERCENT)
        if term == "seller":
            return entities.gold(g) == entities.pred(p)
        return bool(g == p)

    def agreeing(g: Mapping[str, Any], p: Mapping[str, Any]) -> int:
        return sum(1 for t in DEAL_TERMS if g.get(t) is not None and term_equal(t, g.get(t), p.get(t)))

    deals, pairs = _match(
        "deals", _items(gold, "deals"), _items(pred, "deals"), same, errors, show=_deal_show, prefer=agreeing
    )
    terms = Score()
    for g, p in pairs:
        for term in DEAL_TERMS:
            g_value, p_value = g.get(term), p.get(term)
            label = f"deal_terms.{term} ({g.get('kind')} {g.get('target') or g.get('company') or ''})"
            if g_value is None and p_value is None:
                continue
            if g_value is None:
                terms += Score(fp=1)
                errors.append(Miss(label, "false positive", pred=p_value))
            elif p_value is None:
                terms += Score(fn=1)
                errors.append(Miss(label, "missed", gold=g_value))
            elif term_equal(term, g_value, p_value):
                terms += Score(tp=1)
            else:
                terms += Score(fp=1, fn=1)
                errors.append(Miss(label, "wrong value", gold=g_value, pred=p_value))
    return deals, terms
