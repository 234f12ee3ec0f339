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
from ._deals_subject import THAT_SOMEONE, inside_brackets, person_subject, subject_of
from ._deals_triggers import TriggerMatch
from ._deals_vocab import BUSINESS_PARTS, OBJECT_INSIDE, SOLD_PARTS

# Small patterns used inside the rules, compiled once.
_THOUSANDS_COMMA = regex.compile(r"\d,\d")  # "1,200": a comma inside a number
_PARTNER_WORD = regex.compile(r"\b(?:with|between|and)\b")
_COMMA_ONLY = regex.compile(r"\s*,\s*")
_OF_WORD = regex.compile(r"\bof\b")

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
    r"^(?:\s*,\s*(?![a-z]+ing\s)|\s*,?\s+and\s+|\s*,?\s+as\s+well\s+as\s+)(?:[\w'’-]+\s+){0,3}$"
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
# "purchases to make its Corvida unit ...": a purpose clause, not the thing bought.
_PURPOSE = regex.compile(
    r"\bto\s+(?:make|create|become|help|build|expand|boost|strengthen|allow|enable|fund|finance|pay|reduce|cut|"
    r"use|meet|give|bring|keep|avoid|focus)\b",
    regex.IGNORECASE,
)
# Asides that may stand inside a phrase: "(TELV.L)", ", or about 33 pct,".
_ASIDE = regex.compile(
    r"""
    \([^()]*\)
  | ,\s+or\s+(?:about\s+|around\s+|some\s+|roughly\s+)?[\d.,]+\s*(?:%|pct|percent|per\s+cent)\s*,?
  | (?-i:[A-Z][\w.]*,\s+[A-Z][\w.]*-based)\b   # "Dayton, Ohio-based": a place, its comma no boundary
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BE_BEFORE = regex.compile(
    r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
_POSSESSED = regex.compile(r"^\s*(?:\([^()]*\))?(?:'s?|’s?)\s+(?:[\w.-]+\s+){0,3}$")
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
_BID = regex.compile(r"\b(?:bid|offer)\b", regex.IGNORECASE)
_DEFINITE_BEFORE = regex.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
_OBJECT_AFTER = regex.compile(r"\s+(?:of|for|between|with)\b", regex.IGNORECASE)
# A new sentence the splitter kept ("... Ltd. Skerry Seafoods agreed"): no phrase runs across it.
_SENTENCE_GAP = regex.compile(r"(?<![A-Z])\.\s+(?:[A-Z]|$)")
_FUTURE_BE = regex.compile(r"\b(?:to|will)\s+be\s+$", regex.IGNORECASE)
_STATIVE_LISTING = regex.compile(
    r"\b(?:is|are|was|were|been|remains?|being)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
# "buying it outright": "it" as the object of a verb trigger, not the subject of the next clause
_IT_OBJECT = regex.compile(r"\s+it\b(?!\s+(?:is|was|would|will|has|had|said|says)\b)", regex.IGNORECASE)
# "... and X had received offers": after "and", a company followed by a verb opens a new clause
_NEW_SUBJECT = regex.compile(r"\b(?:and|but)\s+$", regex.IGNORECASE)
_VERB_AFTER = regex.compile(
    r"\s+(?:had|has|have|was|were|is|are|said|says|will|would|also|then|later|received|agreed)\b", regex.I
)
# "sell to the general public its 35 pct holding": a public offering, not a sale to a buyer
# "bidders were X and Y", "bidders include X"
_COPULA_LIST = regex.compile(r"\s+(?:were|are|was|is|include[sd]?|including)\b", regex.IGNORECASE)
# "... but lost out to drinks group Z": the rival won what the subject sought
_LOST_TO = regex.compile(
    r"\b(?:lost\s+out\s+to|was\s+beaten\s+by|were\s+beaten\s+by|was\s+outbid\s+by|lost\s+to)\s+"
    r"(?:[\w-]+\s+){0,4}?(?=(?-i:[A-Z]))",
    regex.IGNORECASE,
)
# "the far bigger Dutch group": a description of a company named before
_DESCRIBED_AFTER = regex.compile(
    r"\s+(the\s+(?:[\w-]+\s+){0,3}(?:firm|company|group|concern|bank|rival|parent))\b", regex.IGNORECASE
)
_TO_THE_PUBLIC = regex.compile(r"\bto\s+the\s+(?:general\s+)?public\b", regex.IGNORECASE)
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
            gap = _COPULA.sub(" ", gap)  # "its latest purchase was a quarter of X"
        if last_object is not None and _COORDINATION.match(gap):
            roles.objects.append(named)
            last_object = named
            position = roles.end = named.end
            continue
        if _NEW_SUBJECT.search(gap) and not _COORDINATION.match(gap) and _VERB_AFTER.match(text, named.end):
            break  # "the sale of its assets and X had received offers": X opens a new clause
        if (
            _BOUNDARY.search(gap)
            or _SENTENCE_GAP.search(gap)
            or _PURPOSE.search(gap)
            or words_between(gap) > _MAX_OBJECT_WORDS
            or "," in _THOUSANDS_COMMA.sub("", gap)
        ):
            break
        preps = _PREPOSITION.findall(gap)
        prep = preps[-1].casefold() if preps else ""
        if _BY_AND.search(gap):
            prep = "by"  # "by managers of its unit and X": X is one of the buyers
        if frame == "parties" and _PARTNER_WORD.search(gap):
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
            # "Telvik's US affiliate Orvana Labs": the company owned is the object.
            roles.objects[-1] = last_object = named
        elif bare_first and roles.second is None:
            # "sold Velmar four pct of X": a second object after a bare first one.
            roles.second = named
        else:
            break
        position = roles.end = named.end
    return roles


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
        and _COMMA_ONLY.fullmatch(text[subject.end : trigger.start])
    ):
        passive = True  # "Kestrel, acquired on 9 May, ...": a reduced relative clause is passive
    received = (
        trigger.is_noun
        and subject is not None
        and roles.agent is None
        and bool(_RECEIVE.search(text, subject.end, trigger.start))
    )
    passive = passive or received  # "X received a takeover bid": X is the target, whoever bids
    if passive and subject is not None and words_between(text[subject.end : trigger.start]) > 6:
        subject = None  # "X said its existing 7.2 pct holding was bought in 2019": X is not what was bought
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
        return drafts  # "will fund the purchase by ...": a deal named before

    def draft(
        rule: str,
        *,
        buyer: Named | None = None,
        seller: Named | None = None,
        target: Named | None = None,
        company: Named | None = None,
        parties: list[Named] | None = None,
        as_kind: str = kind,
    ) -> Draft:
        d = Draft(
            kind=as_kind,
            trigger=trigger,
            sentence=sentence,
            rule=f"{rule}:{base}",
            buyer=buyer,
            seller=seller,
            target=target,
            company=company,
            parties=parties or [],
        )
        d.end = max(trigger.end, roles.end)
        owned = d.target or d.company
        if owned is not None and owned.start >= trigger.end:
            # the words up to the target, and what follows it: "X common shares"
            tail = " ".join(text[owned.end : min(sentence.end, owned.end + 30)].split()[:2])
            d.phrase = text[trigger.start : owned.start] + " _ " + tail
        elif owned is not None and owned.end <= trigger.start:
            d.phrase = text[owned.start : d.end]  # "its shares were purchased": what is bought comes first
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
        if roles.objects and _OF_WORD.search(text[trigger.end : roles.objects[0].start]):
            company = roles.objects[0]
        company = company or subject
        if company is not None:
            drafts.append(draft("list", company=company))
        return drafts

    buyer: Named | None
    if frame == "bidders":
        # "The other bidders were X and Y": each bids; the deals extractor names what for
        copula = _COPULA_LIST.match(text, trigger.end)
        if copula is None:
            return drafts
        listed = scan_after(index, copula.end(), limit, "buy")
        for named in [*listed.objects, *([listed.second] if listed.second else [])]:
            drafts.append(draft("bidders", buyer=named))
        return drafts

    if frame == "absorb":
        # "X, merged into Y in 2003": Y takes X over
        into = roles.objects[0] if roles.objects else None
        described = _DESCRIBED_AFTER.match(text, trigger.end)
        if into is None and subject is not None and described is not None:
            # "merged into the far bigger Dutch group": the company named last before X
            earlier = [n for n in index.between(0, subject.start) if n.company != subject.company]
            if earlier:
                into = Named(described.start(1), described.end(), earlier[-1].company, pronoun=True)
        if subject is not None and into is not None and into.company != subject.company:
            drafts.append(draft("absorb", buyer=into, target=subject))
        return drafts

    if frame == "raise":
        buyer = roles.agent or roles.source
        if buyer is None and roles.objects and trigger.text.casefold().endswith(("from", "by", "with")):
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
            # "sold Velmar four pct of X": the first object is the buyer, the second what is sold.
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
        if buyer is None and _TO_THE_PUBLIC.search(text, trigger.end, max(trigger.end, roles.end)):
            # "to sell to the general public its 35 pct holding in X": a public offering of X's shares
            return [draft("sell-public", company=d.target, as_kind="ipo") for d in drafts if d.target]
        return drafts

    # "buy" and every kind a plugin adds
    if trigger.is_noun and roles.agent is None and roles.source is not None and _BID.search(trigger.text):
        roles.agent, roles.source = roles.source, None  # "a takeover bid from X": X bids
        passive = True
    if passive and roles.agent is not None:
        buyer = roles.agent
        if subject is None and not roles.objects:
            # "two-thirds of X was bought by Y": what was bought may follow a preposition
            subject = next(
                (
                    n
                    for n in reversed(index.candidates(sentence.start, trigger.start))
                    if n.company != buyer.company and not inside_brackets(text, n, trigger.start)
                ),
                None,
            )
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
        it = None if targets or trigger.is_noun else _IT_OBJECT.match(text, trigger.end)
        if it is not None and buyer is not None:
            # "may raise its stake in X, even buying it outright": "it" is the company named last
            earlier = index.between(sentence.start, trigger.start)
            owned = next((n for n in reversed(earlier) if n.company != buyer.company), None)
            if owned is not None:
                targets = [Named(it.end() - 2, it.end(), owned.company, pronoun=True)]
        if (
            buyer is None
            and trigger.is_noun
            and targets
            and not index.candidates(sentence.start, trigger.start)
        ):
            # "despite the recent acquisition of X": the company the story is about made it.
            buyer = index.topic_before(sentence.start)
            rule = "buy-topic"
        if (
            buyer is None
            and not trigger.is_noun
            and not _OWNERSHIP_WORDS.search(text[trigger.start : roles.end])
            and not person_subject(index, sentence, trigger)
            and not THAT_SOMEONE.search(text, sentence.start, trigger.start)
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
            if rule == "buy-topic":
                # "..., who dropped a takeover plan for X": the story's company is what was sought
                drafts.append(draft("buy", seller=seller, target=target))
            continue
        drafts.append(draft(rule, buyer=buyer, seller=seller, target=target))
        rival = _LOST_TO.search(text, max(trigger.end, roles.end), sentence.end)
        if rival is not None:
            # "X tried to buy Y but lost out to Z": Z bought Y
            winner = next(iter(index.between(rival.end(), rival.end() + 40)), None)
            if winner is not None and winner.company != target.company:
                drafts.append(draft("buy-rival", buyer=winner, target=target))
    return drafts
