"""Terms of a deal: its kind refined by what is bought, amount, stake, date, status, exchange.

Every term comes from the sentence of the mention: the amount nearest the
trigger that is a price (not a revenue, not a price per share), the stake
percent of a stake on the same target, the date nearest the trigger, the
status from the verb and its modality, the exchange for a listing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

import regex

from corpfacts import DateMention, Money, Span, Stake

from ._deals_roles import Draft
from ._deals_vocab import NON_PRICE_WORDS, STATUS_CUES

# Small patterns used inside the rules, compiled once.
_CONTROL_WORD = regex.compile(r"\b(?:majority|controlling)\b", regex.IGNORECASE)

__all__ = [
    "build_exchange_pattern",
    "pick_amount",
    "pick_date",
    "pick_exchange",
    "pick_stake",
    "pick_status",
    "refine_kind",
]

_CONTROL = regex.compile(
    r"\b(?:majority|controlling|control|remaining|rest\s+of|all\s+(?:[\w-]+\s+)?(?:of|the|outstanding|shares|stock)|"
    r"whole|entire|outright|publicly\s+held|"
    r"outstanding\s+shares|100\s*(?:%|pct|percent))\b",
    regex.IGNORECASE,
)
_MINORITY = regex.compile(r"\b(?:stakes?|interests?|minority|holdings?|shareholdings?)\b", regex.IGNORECASE)
_SHARES = regex.compile(r"\b(?:shares?|stock|common)\b", regex.IGNORECASE)
_PERCENT_WORD = regex.compile(r"%|\b(?:pct|percent|per\s+cent)\b", regex.IGNORECASE)
_PER_SHARE_AFTER = regex.compile(
    r"^\s*(?:a|per|each|for\s+each|for\s+every)\s+(?:[\w-]+\s+){0,3}?(?:share|unit)", regex.I
)
_NON_PRICE_BEFORE = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in NON_PRICE_WORDS) + r")\b(?:\s+\S+){0,3}\s*$",
    regex.IGNORECASE,
)
_FROM_BEFORE = regex.compile(r"\b(?:from|up\s+to)\s+(?:about\s+|around\s+)?$", regex.IGNORECASE)
_TO_END = regex.compile(r"\bto\s+(?:about\s+|around\s+)?$", regex.IGNORECASE)
_TO_FROM = regex.compile(r"\s+from\b", regex.IGNORECASE)
_TO_LEVEL = regex.compile(r"\bto\s+(?:[\d,.]+\s+\w+,?\s+or\s+)?(?:about\s+)?$", regex.IGNORECASE)
_BARE_YEAR = regex.compile(r"(?:fiscal\s+)?\d{4}")
_EVENT_NOUN_AFTER = regex.compile(
    r"\s+(?:annual\s+|general\s+|first\s+|second\s+|full\s+|half\s+|year\s+)?(?:meeting|results|earnings|"
    r"profits?|sales|revenues?|budget|forecasts?|dividends?|accounts|season|election)\b",
    regex.IGNORECASE,
)
_RELATIVE_CLAUSE = regex.compile(r",\s+(?:which|who)\b[^,]*,")
_MAX_AFTER = 90
_MAX_BEFORE = 45
_PAST = regex.compile(r"(?:ed|bought|sold|took|led|spun|went|built|won|made|snapped)$", regex.IGNORECASE)
_TO_BEFORE = regex.compile(
    r"\b(?:to|will|would|may|might|could|should|can|not)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
_GENERIC_EXCHANGE = regex.compile(
    r"""
    \b(?:[A-Z][\w.&-]*\s+){1,3}          # "Nancy", "Hong Kong", "New York"
    (?:[Ss]tock\s+[Ee]xchange|[Bb]ourse|[Ss]ecurities\s+[Mm]arket)\b
    """,
    regex.VERBOSE,
)


def refine_kind(draft: Draft, stake: Decimal | None) -> str:
    """The kind a trigger's words give, refined by what is bought: a minority stake, or control."""
    kind = draft.kind
    frame = draft.trigger.trigger.frame
    phrase = draft.phrase
    control = bool(_CONTROL.search(phrase)) or (stake is not None and stake > 50)
    minority = (stake is not None and stake <= 50) or (bool(_MINORITY.search(phrase)) and not control)
    if frame == "buy" and kind in ("acquisition", "investment"):
        if control and (kind == "acquisition" or stake is not None or _MINORITY.search(phrase)):
            return "acquisition"
        shares = _SHARES.search(phrase) and not draft.trigger.is_noun  # an offer for shares seeks control
        if minority or (kind == "acquisition" and (_PERCENT_WORD.search(phrase) or shares)):
            return "stake"  # "bought 180,000 shares of X" is a stake, not the company
        return kind
    if frame == "buy" and kind == "stake" and _CONTROL_WORD.search(phrase):
        return "acquisition"
    if frame == "sell" and kind == "divestiture":
        if (minority or (_SHARES.search(phrase) and not control)) and draft.target is not None:
            return "stake"
        if draft.buyer is not None:
            return "acquisition"
    return kind


def pick_stake(draft: Draft, stakes: Sequence[Stake]) -> tuple[Decimal, Span] | None:
    """The share a deal is about: a stake on its target stated in its own words."""
    target = draft.target or draft.company
    if target is None:
        return None
    start = min(draft.trigger.start, target.start)
    lo, hi = max(draft.sentence.start, start - 40), min(draft.sentence.end, draft.end + 70)
    seller = None if draft.seller is None else draft.seller.company
    buyer = None if draft.buyer is None else draft.buyer.company
    best: tuple[int, Decimal, Span] | None = None
    for stake in stakes:
        if stake.target != target.company or not stake.evidence:
            continue
        if (
            draft.trigger.trigger.kind == "divestiture"
            and seller is not None
            and stake.holder == seller
            and any(
                _TO_LEVEL.search(draft.sentence.text[: s.start - draft.sentence.start])
                for s in stake.evidence
            )
        ):
            continue  # "the sale reduced its holding to 25 pct": what the seller keeps
        if buyer is not None and stake.holder is not None and stake.holder not in (buyer, seller):
            continue
        for span in stake.evidence:
            if lo <= span.start and span.end <= hi and _is_percent_span(span):
                distance = abs(span.start - draft.trigger.end)
                if best is None or distance < best[0]:
                    best = (distance, stake.percent, span)
    return None if best is None else (best[1], best[2])


def _is_percent_span(span: Span) -> bool:
    """Whether ``span`` is the share itself ("20 pct", "six pct", "a third"), not a name in its evidence."""
    return bool(_PERCENT_WORD.search(span.text)) or span.text.casefold() in _FRACTION_WORDS


_FRACTION_WORDS = frozenset(
    {"half", "a third", "two-thirds", "two thirds", "a quarter", "one third", "one-third"}
)


def pick_amount(text: str, draft: Draft, amounts: Sequence[Money]) -> Money | None:
    """The price or sum of the deal: the non-revenue, non-per-share amount nearest its trigger."""
    best: tuple[int, Money] | None = None
    trigger = draft.trigger
    for money in amounts:
        if not (draft.sentence.start <= money.start < draft.sentence.end) or money.per_share:
            continue
        if _PER_SHARE_AFTER.match(text[money.end : money.end + 60]):
            continue
        before = text[max(draft.sentence.start, money.start - 40) : money.start]
        if _NON_PRICE_BEFORE.search(before) or _FROM_BEFORE.search(before):
            continue
        if _TO_FROM.match(text, money.end) and _TO_END.search(before):
            continue  # "a capital increase to 540 mln crowns from 410 mln": a new level, not a price
        if money.start >= trigger.end:
            distance = money.start - draft.end if money.start >= draft.end else 0
            if (
                money.start - trigger.end > _MAX_AFTER + (draft.end - trigger.end)
                or ";" in text[trigger.end : money.start]
            ):
                continue
        elif money.end <= trigger.start:
            distance = trigger.start - money.end + 10
            if distance > _MAX_BEFORE:
                continue
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, money)
    return None if best is None else best[1]


def pick_date(draft: Draft, dates: Sequence[DateMention]) -> DateMention | None:
    """The date nearest the trigger in its sentence (a dateline opening the sentence included)."""
    best: tuple[int, DateMention] | None = None
    trigger = draft.trigger
    asides = [
        (draft.sentence.start + m.start(), draft.sentence.start + m.end())
        for m in _RELATIVE_CLAUSE.finditer(draft.sentence.text)
        if not (draft.sentence.start + m.start() <= trigger.start < draft.sentence.start + m.end())
    ]
    for date in dates:
        if any(lo <= date.start < hi for lo, hi in asides):
            continue  # "X, which last month forecast sales for 2005, bought Y": another event
        if date.value is None or date.vague:
            continue
        if _BARE_YEAR.fullmatch(date.text) and _EVENT_NOUN_AFTER.match(draft.trigger.source, date.end):
            continue  # "the 2016 annual meeting", "its 2015 results": the year of another event
        if not (draft.sentence.start <= date.start < draft.sentence.end):
            continue
        if best is not None and date.start > draft.end + 25:
            continue  # a date well after the deal's words dates something else, unless it is the only one
        if date.end <= trigger.start:
            distance = trigger.start - date.end
        elif date.start >= draft.end:
            distance = date.start - draft.end
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, date)
    return None if best is None else best[1]


def pick_status(text: str, draft: Draft, subject_start: int | None) -> str:
    """Status from the verb and its modality: "called off", "plans to", "agreed to", "completed"."""
    trigger = draft.trigger
    start = draft.sentence.start if subject_start is None else min(subject_start, trigger.start)
    start = max(draft.sentence.start, start - 20)
    around = text[start : trigger.start] + " _ " + text[trigger.end : min(draft.sentence.end, draft.end + 30)]
    window = " " + " ".join(around.split()).casefold() + " "
    for status, cues in STATUS_CUES:
        if status == "completed":
            break
        if any(cue in window for cue in cues):
            return status
    if any(cue in window for cue in dict(STATUS_CUES)["completed"]):
        return "completed"
    before = text[max(draft.sentence.start, trigger.start - 30) : trigger.start]
    if not trigger.is_noun and _PAST.search(trigger.text.split()[0]) and not _TO_BEFORE.search(before):
        return "completed"
    return "announced"


def build_exchange_pattern(exchanges: Mapping[str, str]) -> regex.Pattern[str]:
    """One pattern for every exchange form; short forms ("NYSE", "AIM") must be in capitals."""
    parts = []
    for form in sorted(exchanges, key=len, reverse=True):
        if len(form) <= 5 and " " not in form:
            parts.append(r"(?-i:" + regex.escape(form.upper()) + ")")
        else:
            parts.append(regex.escape(form).replace(r"\ ", r"\s+"))
    if not parts:
        return regex.compile(r"(?!)")
    return regex.compile(r"\b(?:" + "|".join(parts) + r")\b", regex.IGNORECASE)


def pick_exchange(
    pattern: regex.Pattern[str], exchanges: Mapping[str, str], text: str, draft: Draft
) -> tuple[str, Span] | None:
    """The exchange named in the sentence of a listing, known or "<Name> Stock Exchange"."""
    for found in (pattern, _GENERIC_EXCHANGE):
        match = found.search(text, draft.sentence.start, draft.sentence.end)
        if match is not None:
            words = " ".join(match.group().split())
            name = exchanges.get(words.casefold(), words) if found is pattern else words
            return name, Span(match.start(), match.end(), match.group())
    return None
