"""Who does what in a deal: roles from the words around a trigger.

Each trigger has a frame. "buy": the subject buys the object, a company
after "from" sells it, and a company after "by" is the buyer in the passive
("Y was acquired by X", "the takeover of Y by X"). "sell": the subject sells
the object to a company after "to". "parties": everyone named around the
trigger takes part (merger, joint venture). "list": the subject, or the
company after "of", lists its shares. "raise": the subject takes money from a
company after "from" or "led by".

The subject is the company named (or the pronoun resolved) nearest before the
trigger in its sentence; after "and" joining two verbs ("X opened a shop and
invested in Y") it is the sentence's first company.
"""

from __future__ import annotations

import attrs
import regex

from corpfacts import Company, Span

from ._deals_context import CompanyIndex, Named, words_between
from ._deals_parties import parties_before
from ._deals_triggers import TriggerMatch
from ._deals_vocab import BUSINESS_PARTS, OBJECT_INSIDE, SOLD_PARTS

__all__ = ["Draft", "Roles", "assign_roles"]

_MAX_OBJECT_WORDS = 12

# A gap that ends the phrase after a trigger: another clause starts.
_BOUNDARY = regex.compile(
    r"""
    [;:]
  | \b(?:said|says|which|who|whose|where|including|such\s+as|but|or|while|although|because|after|before|when|
        whereas|following|than|if|unless|plans|expects|is|are|was|were|will|would|has|have|had|can|could|
        should|must|may|might)\b
  | ,\s+(?:the|a|an|it|its|and\s+(?:said|is|was|has|will))\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "X, Y and messaging service Z": commas and "and", then up to three describing words
# (but ", valuing the company" is a new clause, not another company).
_COORDINATION = regex.compile(
    r"^(?:\s*,\s*(?![a-z]+ing\s)|\s*,?\s+and\s+|\s*,?\s+as\s+well\s+as\s+)(?:[\w-]+\s+){0,3}$"
)
# The preposition that introduces a company after a trigger decides its role.
_PREPOSITION = regex.compile(r"\b(?P<prep>by|from|to|with|of|in|into|on|for|between)\b", regex.IGNORECASE)
_BY_AND = regex.compile(r"\bby\b.*\band\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE | regex.DOTALL)
_ASSETS_AFTER = regex.compile(
    r"^\s+(?:properties|assets|buildings|plants|land|mines?|stores|hotels?)\b", regex.I
)
# "to" before a verb is an infinitive, not the recipient of a sale.
_INFINITIVE = regex.compile(
    r"\bto\s+(?:buy|acquire|purchase|sell|take|raise|invest|merge|form|make|list|float|bid|offer|pay|help|use|"
    r"finance|fund|give|bring|accept|consider)\b",
    regex.IGNORECASE,
)
# "purchases to make its Sandoz unit ...": a purpose clause, not the thing bought.
_PURPOSE = regex.compile(
    r"\bto\s+(?:make|create|become|help|build|expand|boost|strengthen|allow|enable|fund|finance|pay|reduce|cut|"
    r"use|meet|give|bring|keep|avoid|focus)\b",
    regex.IGNORECASE,
)
# Asides that may stand inside a phrase: "(KWIK.L)", ", or about 33 pct,".
_ASIDE = regex.compile(
    r"\([^()]*\)|,\s+or\s+(?:about\s+|around\s+|some\s+|roughly\s+)?[\d.,]+\s*(?:%|pct|percent|per\s+cent)\s*,?",
    regex.IGNORECASE,
)
# A company named just before a preposition is the object of something else ("the board of X").
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:of|to|for|in|by|from|with|on|at|against|over)\s+(?:the\s+)?$", regex.I
)
# "X raised its stake in Y to 80% and bought Z": the verbs share their subject.
_VP_AND = regex.compile(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)*$", regex.IGNORECASE)
_BE_BEFORE = regex.compile(
    r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
_POSSESSED = regex.compile(r"^\s*(?:\([^()]*\))?(?:'s?|’s?)\s+(?:[\w.-]+\s+){0,3}$")
_POSSESSIVE_AFTER = regex.compile(r"^(?:'s?|’s?)(?!\w)")
_PART_AFTER = regex.compile(
    r"^(?:'s?|’s?)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(BUSINESS_PARTS) + r")\b", regex.IGNORECASE
)
_PART_BEFORE = regex.compile(r"\b(?:" + "|".join(BUSINESS_PARTS) + r")\s+(?:of|from)\s+(?:[\w-]+\s+){0,2}$")
_PART_SOLD = regex.compile(
    r"^\s+(?:(?:its|their|the|a|an|some|all|part\s+of|[\w-]+)\s+){0,4}?(?:" + "|".join(SOLD_PARTS) + r")\b",
    regex.IGNORECASE,
)
_NOUN_THEN_VERB = regex.compile(
    r"^\s+(?!(?:proposed|planned|expected|agreed|announced|rumoured|rumored)\b)\w+ed\b"
)
_COPULA = regex.compile(r"^\s+(?:was|is|were|are)\b")
_OWNERSHIP_WORDS = regex.compile(r"%|\b(?:pct|percent|per\s+cent|stake|interest|holding|shares)\b", regex.I)
_RECEIVE = regex.compile(
    r"\b(?:receive[sd]?|receiving|faces?|facing|attract(?:s|ed)?|rejected|rebuffed)\b", regex.I
)
_TALKS_WITH = regex.compile(
    r"\b(?:talks|discussions|negotiations)\s+(?P<with>with)\s+[^,;]{1,60}?\s+(?:about|over|on|regarding|for)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    regex.IGNORECASE,
)
_SALE_OBJECT = regex.compile(
    r"\s+of\s+(?:(?:its|their|the|a|an|some|all|majority|minority|part|[\w-]+)\s+){0,4}?(?:stake|interest|shares|"
    + "|".join(SOLD_PARTS)
    + r")\b",
    regex.IGNORECASE,
)
_THAT_SOMEONE = regex.compile(r"\bthat\s+(?:(?-i:[A-Z])[\w.]*\s+){1,3}(?:\w+\s+){0,4}$", regex.IGNORECASE)
# ", who are seeking to acquire X in a hostile offer,": companies in such a clause are not the subject.
_RELATIVE_ASIDE = regex.compile(r",\s*(?:who|which)\b[^,;]*,")
_BID = regex.compile(r"\b(?:bid|offer)\b", regex.IGNORECASE)
_DEFINITE_BEFORE = regex.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
_OBJECT_AFTER = regex.compile(r"\s+(?:of|for|between|with)\b", regex.IGNORECASE)
# A new sentence the splitter kept ("... Ltd. Skerry Seafoods agreed"): no phrase runs across it.
_SENTENCE_GAP = regex.compile(r"(?<![A-Z])\.\s+(?:[A-Z]|$)")
_FUTURE_BE = regex.compile(r"\b(?:to|will)\s+be\s+$", regex.IGNORECASE)
_STATIVE_LISTING = regex.compile(
    r"\b(?:is|are|was|were|been|remains?|being)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
_LEAD_BY = regex.compile(r"\bled\s+by\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE)


@attrs.define
class Roles:
    """What the words after a trigger say: objects and companies after by, from, to, with."""

    objects: list[Named] = attrs.field(factory=list)
    agent: Named | None = None
    source: Named | None = None
    recipient: Named | None = None
    partners: list[Named] = attrs.field(factory=list)
    second: Named | None = None
    end: int = 0


@attrs.define
class Draft:
    """One mention of a deal, before terms and merging."""

    kind: str
    trigger: TriggerMatch
    sentence: Span
    rule: str
    buyer: Named | None = None
    seller: Named | None = None
    target: Named | None = None
    company: Named | None = None
    parties: list[Named] = attrs.field(factory=list)
    #: The words between the trigger and the target ("a 20 pct stake in").
    phrase: str = ""
    #: Where the words of this deal end in the sentence.
    end: int = 0

    def named(self) -> list[tuple[str, Named]]:
        slots = [
            ("buyer", self.buyer),
            ("seller", self.seller),
            ("target", self.target),
            ("company", self.company),
        ]
        found = [(slot, n) for slot, n in slots if n is not None]
        found.extend(("party", n) for n in self.parties)
        return found


def subject_of(index: CompanyIndex, trigger: TriggerMatch, sentence: Span) -> Named | None:
    """The company doing the action of ``trigger``: nearest before it in its sentence."""
    text = index.text
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, sentence.start, trigger.start)]
    candidates = [
        n
        for n in index.candidates(sentence.start, trigger.start)
        if not _inside_brackets(text, n, trigger.start) and not any(a <= n.start < b for a, b in asides)
    ]
    inside = [n for n in index.between(trigger.start, trigger.end) if _POSSESSIVE_AFTER.match(text[n.end :])]
    if inside:
        return inside[0]  # "raise Jardine's stake in X": the owner of the stake
    if not candidates:
        return None
    nearest = candidates[-1]
    people = [p for p in index.document.person_mentions if nearest.end <= p.start and p.end <= trigger.start]
    if people and not nearest.pronoun and words_between(text[people[-1].end : trigger.start]) <= 6:
        return None  # "X has long said Dr Khoo intends to take the company private": a person acts
    if _THAT_SOMEONE.search(text, nearest.end, trigger.start):
        return None  # "It has long been reported that Dr Khoo intends to ...": someone unnamed as a company
    if regex.fullmatch(r"\s*to\s+", text[nearest.end : trigger.start]) and regex.search(
        r"\bby\s+$", text[sentence.start : nearest.start]
    ):
        return nearest  # "an offer by X to acquire Y"
    if regex.fullmatch(r"\s*,\s*", text[nearest.end : trigger.start]):
        return nearest  # "X, bought by Y last year": a reduced relative clause
    if not trigger.is_noun and _VP_AND.search(text[nearest.end : trigger.start]) and len(candidates) > 1:
        return candidates[0]
    # A company after a preposition is the object of another word ("the board of X", "controlled by X").
    free = [
        n for n in candidates if n.pronoun or not _PREPOSITION_BEFORE.search(text[sentence.start : n.start])
    ]
    return free[-1] if free else None


def _inside_brackets(text: str, named: Named, limit: int) -> bool:
    before = text[: named.start]
    return before.rfind("(") > before.rfind(")") and ")" in text[named.end : limit]


def scan_after(
    index: CompanyIndex,
    start: int,
    limit: int,
    frame: str,
    noun: bool = False,
    exclude: Company | None = None,
) -> Roles:
    """Objects and prepositional companies in the phrase that follows a trigger."""
    text = index.text
    roles = Roles(end=start)
    position = start
    last_object: Named | None = None
    bare_first = False
    for named in index.objects_between(start, limit, exclude):
        gap = _ASIDE.sub(" ", text[position : named.start])
        if position == start and noun:
            if _NOUN_THEN_VERB.match(gap):
                break  # "a possible takeover boosted X's shares": X is not the object
            gap = _COPULA.sub(" ", gap)  # "its last purchase was a third of X"
        if last_object is not None and _COORDINATION.match(gap):
            roles.objects.append(named)
            last_object = named
            position = roles.end = named.end
            continue
        if (
            _BOUNDARY.search(gap)
            or _SENTENCE_GAP.search(gap)
            or _PURPOSE.search(gap)
            or words_between(gap) > _MAX_OBJECT_WORDS
            or "," in regex.sub(r"\d,\d", "", gap)
        ):
            break
        preps = _PREPOSITION.findall(gap)
        prep = preps[-1].casefold() if preps else ""
        if _BY_AND.search(gap):
            prep = "by"  # "by managers of its unit and X": X is one of the buyers
        if frame == "parties" and regex.search(r"\b(?:with|between|and)\b", gap):
            roles.partners.append(named)
        elif prep == "by" or _LEAD_BY.search(gap):
            roles.agent = roles.agent or named
        elif prep == "from":
            roles.source = roles.source or named
        elif prep == "to" and not _INFINITIVE.search(gap):
            roles.recipient = roles.recipient or named
        elif prep in ("with", "between"):
            roles.partners.append(named)
        elif not roles.objects:
            roles.objects.append(named)
            last_object = named
            bare_first = not gap.strip()
        elif last_object is not None and _POSSESSED.match(gap) and position == last_object.end:
            # "Hexal's US affiliate Eon Labs": the company owned is the object.
            roles.objects[-1] = last_object = named
        elif bare_first and roles.second is None:
            # "sold Aga six pct of X": a second object after a bare first one.
            roles.second = named
        else:
            break
        position = roles.end = named.end
    return roles


def _person_subject(index: CompanyIndex, sentence: Span, trigger: TriggerMatch) -> bool:
    """Whether a named person is the nearest subject before ``trigger`` ("Dr Khoo intends to take ...")."""
    people = [
        p for p in index.document.person_mentions if sentence.start <= p.start and p.end <= trigger.start
    ]
    return bool(people) and words_between(index.text[people[-1].end : trigger.start]) <= 6


def _part_owner(text: str, named: Named, gap: str) -> bool:
    """Whether ``named`` owns the business part that is really traded ("X's unit", "the unit of X")."""
    after = text[named.end : named.end + 60]
    return bool(_PART_AFTER.match(after) or _ASSETS_AFTER.match(after) or _PART_BEFORE.search(gap))


def assign_roles(index: CompanyIndex, trigger: TriggerMatch, sentence: Span, limit: int) -> list[Draft]:
    """The deals ``trigger`` speaks of, with their parties (before terms).

    ``limit`` is where the next trigger of the sentence starts: a phrase
    never reaches into the next deal's words.
    """
    frame = trigger.trigger.frame
    subject = subject_of(index, trigger, sentence)
    scan_from = trigger.end
    if trigger.trigger.phrase in OBJECT_INSIDE:
        scan_from = trigger.start + len(trigger.text.split()[0])
    roles = scan_after(
        index, scan_from, limit, frame, trigger.is_noun, None if subject is None else subject.company
    )
    text = index.text
    passive = (trigger.is_participle or trigger.is_noun) and (
        roles.agent is not None or bool(_BE_BEFORE.search(text[sentence.start : trigger.start]))
    )
    if (
        trigger.is_participle
        and subject is not None
        and not subject.pronoun
        and regex.fullmatch(r"\s*,\s*", text[subject.end : trigger.start])
    ):
        passive = True  # "Orcon, acquired on 2 July, ...": a reduced relative clause is passive
    received = (
        trigger.is_noun
        and subject is not None
        and roles.agent is None
        and bool(_RECEIVE.search(text, subject.end, trigger.start))
    )
    passive = passive or received  # "X received a takeover bid": X is the target, whoever bids
    if passive and subject is not None and words_between(text[subject.end : trigger.start]) > 6:
        subject = None  # "X said the current 5.4 pct stake was acquired": X is not what was bought
    base = trigger.trigger.phrase
    kind = trigger.trigger.kind
    drafts: list[Draft] = []
    if (
        frame in ("buy", "sell")
        and trigger.is_noun
        and _DEFINITE_BEFORE.search(text[sentence.start : trigger.start])
        and not _OBJECT_AFTER.match(text[trigger.end : trigger.end + 12])
        and not roles.objects
        and roles.agent is None
    ):
        return drafts  # "will finance the acquisition by ...": a deal named before

    def draft(rule: str, **slots: object) -> Draft:
        d = Draft(kind=kind, trigger=trigger, sentence=sentence, rule=f"{rule}:{base}", **slots)  # type: ignore[arg-type]
        d.end = max(trigger.end, roles.end)
        target = d.target or d.company
        if target is not None and target.start >= trigger.end:
            # the words up to the target, and what follows it: "X common shares"
            tail = " ".join(text[target.end : min(sentence.end, target.end + 30)].split()[:2])
            d.phrase = text[trigger.start : target.start] + " _ " + tail
        elif target is not None and target.end <= trigger.start:
            d.phrase = text[target.start : d.end]  # "its shares were purchased": what is bought comes first
        else:
            d.phrase = text[trigger.start : d.end]
        return d

    if frame == "parties":
        parties = parties_before(index, subject, sentence, trigger) + roles.partners + roles.objects
        unique: list[Named] = []
        for named in parties:
            if all(named.company != u.company for u in unique):
                unique.append(named)
        if len(unique) >= 2:
            drafts.append(draft("parties", parties=unique))
        return drafts

    if frame == "list":
        before = text[sentence.start : trigger.start]
        if (
            trigger.first_word.startswith("list")
            and _STATIVE_LISTING.search(before)
            and not _FUTURE_BE.search(before)
        ):
            return drafts  # "X is listed on ..." states a fact, it is no listing
        company = None
        if roles.objects and regex.search(r"\bof\b", text[trigger.end : roles.objects[0].start]):
            company = roles.objects[0]
        company = company or subject
        if company is not None:
            drafts.append(draft("list", company=company))
        return drafts

    buyer: Named | None
    if frame == "raise":
        buyer = roles.agent or roles.source
        if buyer is None and roles.objects and trigger.text.casefold().endswith(("from", "by")):
            buyer = roles.objects[0]  # "raised $12 million from X": the trigger ends in its preposition
        if subject is not None and buyer is not None:
            drafts.append(draft("raise", target=subject, buyer=buyer))
        return drafts

    if frame == "sell":
        buyer = roles.recipient
        talks = _TALKS_WITH.search(text, sentence.start, trigger.start) if trigger.is_noun else None
        if buyer is None and talks is not None and (roles.objects or _SALE_OBJECT.match(text, trigger.end)):
            # "in talks with X over the sale of a stake in Y": X is the would-be buyer, the subject sells.
            buyer = next(iter(index.between(talks.start("with"), talks.end())), None)
            if buyer is not None:
                seller_named = index.nearest_before(
                    sentence.start, talks.start(), exclude=(buyer.company,), free=True
                )
                subject = seller_named if seller_named is not None else subject
        objects = list(roles.objects)
        if passive and (roles.agent is not None or not trigger.is_noun):
            seller: Named | None = roles.agent
            targets: list[Named | None] = [subject] if subject is not None else [None]
            rule = "sell-passive"
        else:
            seller = subject
            targets = list(objects) or [None]
            rule = "sell"
        if buyer is None and roles.second is not None and roles.objects:
            # "sold Aga six pct of X": the first object is the buyer, the second what is sold.
            buyer, targets = roles.objects[0], [roles.second]
        after = text[trigger.end : min(sentence.end, trigger.end + 60)]
        for target in targets:
            if target is not None and _part_owner(text, target, text[trigger.end : target.start]):
                seller, target = seller or target, None
            sold_part = _PART_SOLD.search(after) or rule == "sell-passive"
            if target is None and buyer is None and (seller is None or not sold_part):
                continue  # "helps brands sell online": nothing named is sold
            own = seller is not None and target is not None and seller.company == target.company
            # "X's sale of a stake in itself": the company is the target, no seller
            drafts.append(draft(rule, seller=None if own else seller, target=target, buyer=buyer))
        return drafts

    # "buy" and every kind a plugin adds
    if trigger.is_noun and roles.agent is None and roles.source is not None and _BID.search(trigger.text):
        roles.agent, roles.source = roles.source, None  # "a takeover bid from X": X bids
        passive = True
    if passive and roles.agent is not None:
        buyer = roles.agent
        targets = list(roles.objects) or ([subject] if subject is not None else [])
        rule = "buy-passive" if not roles.objects else "buy-agent"
    elif passive and (received or not trigger.is_noun):
        buyer = None
        targets = [subject] if subject is not None else []
        rule = "buy-passive"
    else:
        buyer = subject
        targets = list(roles.objects)
        rule = "buy"
        if (
            buyer is None
            and trigger.is_noun
            and targets
            and not index.candidates(sentence.start, trigger.start)
        ):
            # "despite the major acquisition of X": the company the story is about made it.
            buyer = index.topic_before(sentence.start)
            rule = "buy-topic"
        if (
            buyer is None
            and not trigger.is_noun
            and not _OWNERSHIP_WORDS.search(text[trigger.start : roles.end])
            and not _person_subject(index, sentence, trigger)
            and not _THAT_SOMEONE.search(text, sentence.start, trigger.start)
        ):
            # "shoppers can buy X snacks": no company buys; "investors bought 5 pct of X" and
            # "investor John Smith bought X" count, with the buyer unnamed as a company.
            return drafts
    seller = roles.source
    for target in targets:
        if target is None:
            continue
        gap = text[trigger.end : target.start] if target.start >= trigger.end else ""
        if _part_owner(text, target, gap):
            drafts.append(draft(rule, buyer=buyer, seller=seller or target, target=None))
            continue
        if buyer is not None and buyer.company == target.company:
            continue
        drafts.append(draft(rule, buyer=buyer, seller=seller, target=target))
    return drafts
