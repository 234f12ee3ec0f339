"""Built-in plugin ``deals``: who bought, sold, merged, invested in or listed what.

For every trigger of the lexicon (``lexicon.add_deal_trigger``), the words
around it give the parties (:mod:`._deals_roles`) and the terms
(:mod:`._deals_terms`). Mentions of the same transaction are then merged
into one :class:`~corpfacts.Deal` whose evidence lists every span: later
mentions fill the terms the first one lacked, and a sentence that only
refers back to a deal ("the transaction is valued at 102 mln dlrs") gives
the most recent deal its amount. Each deal names the rule that built it and
the span of every slot.

A plugin teaches new verbs with one line in its ``corpfacts_lexicon`` hook::

    lexicon.add_deal_trigger("snap up", "acquisition")
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs
import regex

from corpfacts import Company, DateMention, Deal, Document, Extractor, Lexicon, Money, Span, hookimpl

from ._deals_context import CompanyIndex, Named, build_pronoun_pattern
from ._deals_roles import Draft, assign_roles
from ._deals_subject import subject_of
from ._deals_terms import (
    build_exchange_pattern,
    pick_amount,
    pick_date,
    pick_exchange,
    pick_stake,
    pick_status,
    refine_kind,
)
from ._deals_triggers import Trigger, build_trigger_pattern, find_triggers
from ._deals_vocab import DEAL_ANAPHORS, DEAL_TRIGGERS, EXCHANGES

__all__ = ["corpfacts_extractors", "corpfacts_lexicon"]

NAME = "deals"

# "the transaction", "the deal" ... but not "the sale of its office": that names a new object.
_ANAPHOR = regex.compile(
    r"(?:\b(?:the|this|that|its)|\w's)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(DEAL_ANAPHORS)
    + r")\b(?!\s+(?:of|by)\b)",
    regex.IGNORECASE,
)
_VALUE_CUE = regex.compile(
    r"(?<!\b(?:nominal|face|par)\s)"  # "a nominal value of 2,750 marks" prices a bond, not the deal
    r"\b(?:valued?|value\s+of|worth|price\s+of|priced\s+at|for|totall?ing|raise[sd]?|raising|cost|spen[dt]|"
    r"paid|pay|paying|total\s+of)\s+"
    r"(?:(?:of|at|about|around|some|roughly|nearly|almost|more\s+than|over|an?|indicated|total|least|up\s+to)\s+)"
    r"{0,3}$"
    # "values the company at 90 mln stg", "valuing it at about $2bn"
    r"|\bvalu(?:es|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?at\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    regex.IGNORECASE,
)
_ROLES = ("buyer", "seller", "target", "company")
#: The deals an anaphoric noun may refer to ("the merger" is no stake); other nouns refer to any.
_ANAPHOR_KINDS: dict[str, frozenset[str]] = {
    "merger": frozenset({"merger"}),
    "issue": frozenset({"stake", "investment", "ipo"}),
    "offering": frozenset({"ipo"}),
    "ipo": frozenset({"ipo"}),
    "flotation": frozenset({"ipo"}),
    "investment": frozenset({"investment", "stake"}),
    "acquisition": frozenset({"acquisition", "stake"}),
    "takeover": frozenset({"acquisition"}),
    "purchase": frozenset({"acquisition", "stake"}),
    "buyout": frozenset({"acquisition"}),
    "sale": frozenset({"acquisition", "divestiture", "stake"}),
    "offer": frozenset({"acquisition", "ipo"}),
    "bid": frozenset({"acquisition"}),
}


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    for phrase, kind in DEAL_TRIGGERS:
        lexicon.add_deal_trigger(phrase, kind)
    for name, aliases in EXCHANGES:
        lexicon.add_exchange(name, aliases)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    finder = DealFinder(lexicon)
    return [
        Extractor(
            NAME,
            finder,
            gives={"deals"},
            needs={"companies", "company_mentions", "amounts", "percentages", "dates", "stakes"},
        )
    ]


@attrs.define
class _Mention:
    """One mention of a deal, with its terms, ready to merge."""

    draft: Draft
    kind: str
    amount: Money | None = None
    stake: tuple[Decimal, Span] | None = None
    date: DateMention | None = None
    exchange: tuple[str, Span] | None = None
    status: str | None = None

    def company(self, slot: str) -> Company | None:
        named: Named | None = getattr(self.draft, slot)
        return None if named is None else named.company


@attrs.define
class _Deal:
    """A transaction being assembled from its mentions."""

    kind: str
    rule: str
    roles: dict[str, Company | None]
    parties: list[Company]
    amount: Money | None
    stake: Decimal | None
    date: DateMention | None
    exchange: str | None
    status: str | None
    slots: list[tuple[str, Span]]
    evidence: set[Span]

    def build(self) -> Deal:
        return Deal(
            kind=self.kind,
            buyer=self.roles["buyer"],
            seller=self.roles["seller"],
            target=self.roles["target"],
            company=self.roles["company"],
            # The converters of Record fields are typed loosely in records.py; the values are right.
            parties=tuple(self.parties),
            amount=self.amount,
            stake=self.stake,
            date=self.date,
            exchange=self.exchange,
            status=self.status,
            rule=self.rule,
            slots=tuple(self.slots),
            evidence=tuple(sorted(self.evidence)),
            extractor=NAME,
        )


class DealFinder:
    """The ``deals`` extractor, its patterns compiled once for a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.pattern, self.triggers = build_trigger_pattern(lexicon.deal_triggers)
        self.pronouns = build_pronoun_pattern(lexicon)
        self.exchanges = dict(lexicon.exchanges)
        self.exchange_pattern = build_exchange_pattern(self.exchanges)

    def __call__(self, document: Document) -> list[Deal]:
        return [deal.build() for deal in self.assemble(document)]

    # -- mentions --------------------------------------------------------------
    def mentions(self, document: Document, index: CompanyIndex) -> Iterator[_Mention | Span]:
        """Deal mentions in text order; a bare :class:`Span` is a sentence that only refers back."""
        text = document.text
        for sentence in index.sentences:
            found = False
            triggers = find_triggers(self.pattern, self.triggers, text, sentence.start, sentence.end)
            limits = [t.start for t in triggers[1:]] + [sentence.end] if triggers else []
            for trigger, limit in zip(triggers, limits, strict=True):
                drafts = _unique(
                    [_as_stakes_say(document, d) for d in assign_roles(index, trigger, sentence, limit)]
                )
                for draft in drafts:
                    found = True
                    yield self.terms(document, index, draft, drafts)
            if not found:
                yield sentence

    def terms(self, document: Document, index: CompanyIndex, draft: Draft, siblings: list[Draft]) -> _Mention:
        stake = pick_stake(draft, document.stakes)
        if (
            stake is not None
            and draft.kind == "investment"
            and not draft.trigger.start <= stake[1].start < draft.end
        ):
            stake = None  # "invested $3m in X ... it will keep a 14.5 pct holding": not this deal's share
        kind = refine_kind(draft, None if stake is None else stake[0])
        if kind == "investment" and stake is not None:
            kind = "stake"
        if kind == "stake" and _takes_control(document, draft):
            kind = "acquisition"  # "a tender offer for 33 pct ... will then own 59 pct": control is sought
        if kind == "stake" and _AND_THE_REST.match(document.text, draft.end, draft.sentence.end):
            # "to buy 60 pct of X in cash, and the rest in new shares": all of it, no share stated
            kind, stake = "acquisition", None
        subject = subject_of(index, draft.trigger, draft.sentence)
        mention = _Mention(draft, kind)
        shared = sum(1 for other in siblings if other.trigger is draft.trigger) > 1
        # A total for several companies bought at once belongs to none of them.
        mention.amount = None if shared else pick_amount(document.text, draft, document.amounts)
        mention.stake = stake if kind in ("stake", "acquisition", "divestiture", "ipo") else None
        mention.date = pick_date(draft, document.dates)
        mention.status = pick_status(document.text, draft, None if subject is None else subject.start)
        if draft.rule.startswith("buy-rival:"):
            mention.status = "completed"  # the rival the subject lost out to won
        if kind == "ipo":
            mention.exchange = pick_exchange(self.exchange_pattern, self.exchanges, document.text, draft)
        return mention

    # -- merging ---------------------------------------------------------------
    def assemble(self, document: Document) -> list[_Deal]:
        index = CompanyIndex(document, self.pronouns)
        deals: list[_Deal] = []
        for item in self.mentions(document, index):
            if isinstance(item, Span):
                self.refer_back(document, index, item, deals)
                continue
            if item.draft.rule.startswith("bidders:") and not _bid_for_latest(item, deals):
                continue
            for deal in reversed(deals):
                if _same(deal, item):
                    _fill(deal, item)
                    break
            else:
                deals.append(_new(item))
        return _drop_shadowed(deals)

    def refer_back(self, document: Document, index: CompanyIndex, sentence: Span, deals: list[_Deal]) -> None:
        """A sentence naming "the deal" with a price gives the latest deal of that kind its missing amount."""
        text = document.text
        anaphor = _ANAPHOR.search(text, sentence.start, sentence.end)
        if anaphor is None:
            return
        noun = anaphor.group("noun").casefold()
        kinds = _ANAPHOR_KINDS.get(noun)
        fitting = [d for d in deals if kinds is None or d.kind in kinds]
        # "X's offer": the latest deal X takes part in, when there is one
        owner = next(
            (
                n.company
                for n in index.candidates(sentence.start, anaphor.start("noun"))
                if anaphor.start() <= n.end
                and (_POSSESSIVE.match(text, n.end) or text[n.start : n.end].casefold() in ("its", "their"))
            ),
            None,
        )
        own = [d for d in fitting if owner is not None and owner in (d.roles["buyer"], d.roles["target"])]
        deal = next(reversed(own or fitting), None)
        if deal is None:
            return
        anaphor_span = document.span(*anaphor.span())
        target = deal.roles["target"] or deal.roles["company"]
        if deal.stake is None and target is not None and deal.kind in ("stake", "ipo"):
            for stake in document.stakes:
                span = next((s for s in stake.evidence if sentence.contains(s)), None)
                if stake.target == target and span is not None and stake.holder == deal.roles["buyer"]:
                    deal.stake = stake.percent
                    deal.slots.append(("stake", span))
                    deal.evidence.update({anaphor_span, span})
                    break
        if deal.date is None:
            # "The deal was announced on Thursday": a date the text ties to the deal.
            date = next(
                (d for d in document.dates if sentence.contains(d.span) and d.value is not None), None
            )
            if date is not None:
                deal.date = date
                deal.slots.append(("date", date.span))
                deal.evidence.update({anaphor_span, date.span})
        if deal.amount is not None:
            return
        for money in document.amounts:
            if not sentence.contains(money.span) or money.per_share:
                continue
            if _VALUE_CUE.search(text[max(sentence.start, money.start - 40) : money.start]):
                deal.amount = money
                deal.slots.append(("amount", money.span))
                deal.evidence.update({anaphor_span, money.span})
                return


_TENDER = regex.compile(r"\b(?:tender\s+offer|takeover\s+bid|takeover\s+offer)\b", regex.IGNORECASE)


def _takes_control(document: Document, draft: Draft) -> bool:
    """Whether a tender offer gives its bidder more than half of the target, by a stake the text states."""
    if draft.buyer is None or draft.target is None:
        return False
    if not _TENDER.search(document.text, draft.sentence.start, draft.end):
        return False
    buyer, target = draft.buyer.company, draft.target.company
    return any(s.holder == buyer and s.target == target and s.percent > 50 for s in document.stakes)


_POSSESSIVE = regex.compile(r"'s?|’s?")
_AND_THE_REST = regex.compile(r"[^;.]{0,60}?,?\s+and\s+(?:for\s+)?the\s+(?:remaining|rest)\b", regex.I)


def _as_stakes_say(document: Document, draft: Draft) -> Draft:
    """A target the deal reads from a description ("the company's stock") is the one the stake found there."""
    target = draft.target
    if target is None or not target.pronoun:
        return draft
    for stake in document.stakes:
        buyer = None if draft.buyer is None else draft.buyer.company
        if (
            stake.target != target.company
            and stake.target != buyer
            and any(s.start == target.start and s.end == target.end for s in stake.evidence)
        ):
            draft.target = Named(target.start, target.end, stake.target, pronoun=True)
            break
    return draft


def _bid_for_latest(mention: _Mention, deals: list[_Deal]) -> bool:
    """Name the company that listed bidders bid for: the target of the latest acquisition (else drop them)."""
    sought = next((d for d in reversed(deals) if d.kind == "acquisition" and d.roles["target"]), None)
    if sought is None or sought.roles["target"] is None or sought.roles["target"] == mention.company("buyer"):
        return False
    trigger = mention.draft.trigger
    mention.draft.target = Named(trigger.start, trigger.end, sought.roles["target"], pronoun=True)
    return True


def _unique(drafts: list[Draft]) -> list[Draft]:
    """Drafts with different parties ("X and the company" may name one company twice)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for draft in drafts:
        key = tuple(None if n is None else n.company.name for n in (draft.buyer, draft.seller, draft.target))
        if key not in seen:
            seen.add(key)
            kept.append(draft)
    return kept


def _names(mention: _Mention) -> dict[str, Company | None]:
    return {slot: mention.company(slot) for slot in _ROLES}


def _compatible(a: Company | None, b: Company | None) -> bool:
    return a is None or b is None or a == b


_QUANTIFIED = regex.compile(r"\d|%|\b(?:pct|percent|per\s+cent|shares)\b", regex.IGNORECASE)
_SIDES = frozenset({"acquisition", "divestiture"})


def _same(deal: _Deal, mention: _Mention) -> bool:
    """Whether ``mention`` speaks of the transaction ``deal`` (same kind and parties).

    A sale with no buyer named and a purchase of the same company by a named
    buyer are two sides of one acquisition.
    """
    roles = _names(mention)
    if (
        deal.kind == "acquisition"
        and mention.kind == "stake"
        and mention.stake is None
        and not _QUANTIFIED.search(mention.draft.phrase)
    ):
        # "If Halden buys a stake in Corvida": an unquantified stake in a company already being bought.
        return (
            roles["target"] is not None
            and roles["target"] == deal.roles["target"]
            and _compatible(deal.roles["buyer"], roles["buyer"])
        )
    if deal.kind != mention.kind and {deal.kind, mention.kind} != _SIDES:
        return False
    if mention.kind in ("merger", "joint_venture"):
        parties = {n.company.name for n in mention.draft.parties}
        return len(parties & {c.name for c in deal.parties}) >= 2
    if mention.stake is not None and deal.stake is not None and mention.stake[0] != deal.stake:
        return False
    if not all(_compatible(deal.roles[slot], roles[slot]) for slot in _ROLES):
        return False
    key = "company" if mention.kind == "ipo" else "target"
    if roles[key] is not None and deal.roles[key] is not None:
        return True
    return roles["buyer"] is not None and roles["buyer"] == deal.roles["buyer"] and roles["target"] is None


def _new(mention: _Mention) -> _Deal:
    draft = mention.draft
    deal = _Deal(
        kind=mention.kind,
        rule=draft.rule,
        roles=dict.fromkeys(_ROLES),
        parties=[n.company for n in draft.parties],
        amount=None,
        stake=None,
        date=None,
        exchange=None,
        status=mention.status,
        slots=[("trigger", Span(draft.trigger.start, draft.trigger.end, draft.trigger.text))],
        evidence=set(),
    )
    _fill(deal, mention)
    return deal


def _fill(deal: _Deal, mention: _Mention) -> None:
    """Add ``mention``'s evidence to ``deal`` and fill the roles and terms it lacks."""
    draft = mention.draft
    trigger = Span(draft.trigger.start, draft.trigger.end, draft.trigger.text)
    deal.evidence.add(trigger)
    if deal.kind == "divestiture" and mention.kind == "acquisition":
        deal.kind = "acquisition"
    filled = {slot for slot, _ in deal.slots}
    taken = {c for c in deal.roles.values() if c is not None}
    for slot, named in draft.named():
        if slot != "party" and slot not in filled and named.company in taken:
            continue  # a company plays one role in a deal
        span = Span(named.start, named.end, _text(mention, named))
        deal.evidence.add(span)
        if slot == "party":
            if named.company not in deal.parties:
                deal.parties.append(named.company)
            if named.company not in [deal.parties[i] for i in range(len(deal.parties) - 1)]:
                deal.slots.append(("party", span))
        elif slot not in filled:
            deal.roles[slot] = deal.roles[slot] or named.company
            deal.slots.append((slot, span))
    terms: tuple[tuple[str, object, Span | None], ...] = (
        ("amount", mention.amount, mention.amount.span if mention.amount else None),
        ("stake", *(mention.stake or (None, None))),
        ("date", mention.date, mention.date.span if mention.date else None),
        ("exchange", *(mention.exchange or (None, None))),
    )
    for term, value, where in terms:
        # A term already filled by an earlier mention of the deal is kept.
        if value is not None and where is not None and getattr(deal, term) is None:
            setattr(deal, term, value)
            deal.slots.append((term, where))
            deal.evidence.add(where)


def _text(mention: _Mention, named: Named) -> str:
    return mention.draft.trigger.source[named.start : named.end]


def _drop_shadowed(deals: list[_Deal]) -> list[_Deal]:
    """An "investment" with the same buyer and target as a stake or acquisition is that deal, said again."""
    kept: list[_Deal] = []
    for deal in deals:
        if deal.kind == "investment":
            twin = next(
                (
                    d
                    for d in deals
                    if d.kind in ("stake", "acquisition")
                    and d.roles["target"] == deal.roles["target"]
                    and _compatible(d.roles["buyer"], deal.roles["buyer"])
                ),
                None,
            )
            if twin is not None:
                twin.evidence |= deal.evidence
                continue
        kept.append(deal)
    return kept


__all__ += ["DealFinder", "Trigger"]
