"""Built-in plugin ``stakes``: every ownership share of a named company.

A percentage (or a fraction in words, "a third") is a stake when the words
around it speak of owning ("stake", "interest", "owns", "bought", "of X's
stock") and a company is named as what is owned. The holder is the subject
of the clause, a pronoun resolved to the company it stands for, the buyer
when the share was sold ("sold a 25 pct stake in X to Y"), or ``None`` when
unnamed. "raised its stake to 15 pct from 10 pct" gives one stake at the new
level: a percentage after "from" is the old level and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex

from corpfacts import Company, Document, Extractor, Lexicon, Span, Stake, hookimpl

from ._deals_context import CompanyIndex, Named, build_pronoun_pattern, words_between
from ._deals_vocab import FRACTIONS, OWNERSHIP_NOUNS, OWNERSHIP_VERBS

# Small patterns used inside the rules, compiled once.
_POSSESSIVE_AFTER = regex.compile(r"^(?:\s*\([^()]*\))?(?:'s?|’s?)")  # "(TELV.L)'s", "'s"
_NEW_COMPANY = regex.compile(r"\b(?:new|combined)\b")  # "the new company" names none found before
_TO_WORD = regex.compile(r"\bto\b")
_BRACKETED = regex.compile(r"\([^()]*\)")

__all__ = ["corpfacts_extractors", "find_stakes"]

NAME = "stakes"

_OWNERSHIP_NOUN = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in OWNERSHIP_NOUNS) + r")\b", regex.IGNORECASE
)
_OWNERSHIP_VERB = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in OWNERSHIP_VERBS) + r")\b", regex.IGNORECASE
)

_FRACTION = regex.compile(
    r"""
    \b(?P<words>"""
    + "|".join(regex.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))
    + r""")
    (?=\s+(?:of|stake|interest|holding)\b|-stake\b)   # only a share of something
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A percentage that measures a change, not a share: "rose 4%", "down 8.5%".
_CHANGE_BEFORE = regex.compile(
    r"""
    \b(?:rose|rises|rising|risen|fell|falls|falling|fallen|up|down|gained|gains|lost|jumped|slipped|
        dropped|climbed|increased|decreased|grew|grown|declined|added|surged|slumped|soared|plunged|
        by|growth\s+of|premium\s+of|discount\s+of|rate\s+of|margin\s+of)
    \s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|just\s+)?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_CHANGE_AFTER = regex.compile(
    r"^\s*(?:rise|increase|gain|drop|fall|decline|jump|higher|lower|growth|smaller|bigger|larger|more|less"
    r"|premium|discount|of\s+(?:its|their)\s+(?:sales|revenue|profit|market))\b",
    regex.IGNORECASE,
)

# The old level in "to 15 pct from 10 pct" and "to 6.8 pct, from 37,400 shares, or 4.3 pct".
_OLD_LEVEL = regex.compile(
    r"""
    \bfrom\s+(?:the\s+)?(?:present|current|previous|prior|earlier|about|around|some)?\s*
    (?:[\d,.]+(?:\s+(?:mln|million))?(?:\s+common)?(?:\s+shares)?,?\s+or\s+)?(?:about\s+|around\s+)?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Where the clause of the percentage starts: after reported speech or a relative pronoun.
_CLAUSE_START = regex.compile(r"\b(?:said|says|told|that|who|which|whom|while|but)\b|;", regex.IGNORECASE)
_RELATIVE = regex.compile(r",\s*(?:who|which)\s*$", regex.IGNORECASE)
_SELL = regex.compile(r"\b(?:sell|sells|sold|selling|offload\w*|dispos\w+|divest\w*)\b", regex.IGNORECASE)
_BAD_GAP = regex.compile(
    r"[;:()]|\b(?:said|says|which|who|that|while|but|because|after|before|from|than|to|and)\b",
    regex.IGNORECASE,
)
_THRESHOLD_BEFORE = regex.compile(r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of)\s+$", regex.IGNORECASE)
_OWNED_CHAIN = regex.compile(r"^(?:\s*\([^()]*\))?(?:'s?|’s?)\s+(?:[\w.-]+\s+){0,3}$")
_FAR_GAP = regex.compile(r"\b(?:for|following|at|on|by|with|as|under)\b", regex.IGNORECASE)
_SPEECH = regex.compile(r"\b(?:said|says|told)\b", regex.IGNORECASE)
_RELATIVE_ANY = regex.compile(r",\s*(?:who|which)\b", regex.IGNORECASE)
_OWNER_BEFORE = regex.compile(r"\b(?P<owner>its|their)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
_OF_THE_SHARES = regex.compile(
    r"^\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:shares|stock)\b(?!\s+of\b)", regex.IGNORECASE
)
_CLAUSE_END = regex.compile(r"^\s*(?:[.,;]|$)")
_BARE_HOLDING = regex.compile(
    r"\b(?:has|have|owns|own|holds|hold)\s+(?:about\s+|some\s+|nearly\s+)?$", regex.I
)
_OF_IN = regex.compile(r"\b(?:of|in)\b", regex.IGNORECASE)
_STAKE_IN_BEFORE = regex.compile(
    r"\b(?:stake|interest|holding|holdings|shareholding|ownership)\s+(?:[\w-]+\s+){0,4}?(?:in|of)\s+"
    r"(?:[\w.,-]+\s+){0,3}$",
    regex.IGNORECASE,
)
_AGENT_AFTER = regex.compile(
    r"^(?:'s?)?[^,;]{0,40}?\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?(?:bought|acquired|held|owned|taken|"
    r"purchased)\s+by\s+(?:[\w-]+\s+){0,3}$",
    regex.IGNORECASE,
)
_TO_BUYER = regex.compile(r"^[^;:]{0,80}?\bto\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", regex.IGNORECASE)
# "cutting its holding in the group to 11.6 pct", "their combined holding to 9 pct": the owner of "its".
_ITS_STAKE_TO = regex.compile(
    r"""
    \b(?:its|their)\s+(?:[\w-]+\s+)?(?:stake|holding|holdings|interest|shareholding|ownership)\b
    [^;]{0,80}?\bto\s+
    (?:[\d,.]+\s+(?:mln\s+|million\s+)?(?:[\w-]+\s+)?shares,?\s+or\s+)?   # "to 356,200 shares, or"
    (?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "the remaining seven pct of the shares it still owns": the share the subject keeps, whoever it sells to.
_IT_HOLDS_AFTER = regex.compile(
    r"""
    ^\s+(?:of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:stock|shares|capital|equity)\s+)?
    (?:that\s+|which\s+)?(?:it|they)\s+(?:still\s+|already\s+|now\s+)?(?:holds?|owns?|held|owned|retains?)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "received irrevocable undertakings ... in respect of 39 pct": shares of those who gave them, unnamed.
_UNDERTAKINGS = regex.compile(
    r"\b(?:undertakings?|acceptances?|irrevocables?|commitments?\s+to\s+accept)\b[^;]{0,80}$",
    regex.IGNORECASE,
)
# "14.8 pct of its current shares and 12.9 pct of the expanded capital": the share after the issue counts.
_EXISTING_THEN_ENLARGED = regex.compile(
    r"""
    ^\s+of\s+(?:[\w'’.-]+\s+){0,4}?(?:existing|current|present)\s+(?:[\w-]+\s+)?(?:shares|stock|capital)
    \s+and\s+(?:about\s+)?[\d.]+\s*(?:%|pct|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+)?
    (?:enlarged|expanded|increased|diluted)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "X, a unit of the Y group, which holds": the relative clause may follow an apposition of X.
_APPOSITION = regex.compile(r"^\s*,\s+(?:a|an|the)\s+[^,;()]*(?:\([^()]*\)[^,;()]*)*$", regex.IGNORECASE)
_HELD_THROUGH = regex.compile(
    r"""
    \b(?:hold|holds|held|own|owns|owned)\s+(?:their|its|his|her|the|this|that)\s+(?:[\w-]+\s+)?
    (?:stake|holding|interest|shares)\b
    (?:\s+in\s+[^,;.]{1,40}?)?                # "in the club"
    \s+(?:through|via)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_VEHICLE_GAP = regex.compile(r"\s+(?:(?:their|its|his|her|an?|the)\s+)?", regex.IGNORECASE)
_AFTER_DEAL = regex.compile(r"\b(?:combined|enlarged)\b", regex.IGNORECASE)
_ACQUIRE = regex.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|buy|buys|bought|buying|purchas(?:e|es|ed|ing)|take\s+over|took\s+over)\b",
    regex.IGNORECASE,
)
# "former Y owners", "Y's shareholders": a company name that only qualifies the holders.
_OWNERS_AFTER = regex.compile(
    r"^(?:'s?|’s?)?\s+(?:owners|shareholders|stockholders|holders|investors|directors)\b", regex.IGNORECASE
)
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:of|to|for|in|by|from|with|on|at|against|over)\s+(?:the\s+)?$", regex.IGNORECASE
)
_STAKE_NOUN_NEAR = regex.compile(
    r"\b(?:stake|interest|holding|holdings|shareholdings?)\b(?!\s+(?:in|of)\b)", regex.IGNORECASE
)

_MAX_TARGET_WORDS = 9


class _Finder:
    """Finds the stakes of one document."""

    def __init__(self, document: Document, pronouns: regex.Pattern[str]) -> None:
        self.document = document
        self.text = document.text
        self.index = CompanyIndex(document, pronouns)
        self.found: dict[tuple[str | None, str, Decimal], Stake] = {}
        self.last_target: Company | None = None

    def shares(self) -> Iterator[tuple[Span, Decimal]]:
        for pct in self.document.percentages:
            yield pct.span, pct.value
        for match in _FRACTION.finditer(self.text):
            value = Decimal(FRACTIONS[match.group("words").casefold()])
            yield self.document.span(*match.span("words")), value

    def run(self) -> list[Stake]:
        for span, value in sorted(self.shares(), key=lambda item: item[0].start):
            self.consider(span, value)
        for match in _HELD_THROUGH.finditer(self.text):
            self.held_through(match.start(), match.end())
        return list(self.found.values())

    def held_through(self, start: int, end: int) -> None:
        """ "... who own their holding via the X fund": X holds the unattributed stake named last."""
        vehicle = next(iter(self.index.between(end, end + 80)), None)
        if vehicle is None or not _VEHICLE_GAP.fullmatch(self.text[end : vehicle.start]):
            return
        for key, stake in reversed(self.found.items()):
            if stake.evidence and stake.evidence[0].start < start:
                if stake.holder is None and stake.target != vehicle.company:
                    del self.found[key]
                    span = self.document.span(vehicle.start, vehicle.end)
                    self.add(vehicle.company, stake.target, stake.percent, *stake.evidence, span)
                return

    def consider(self, span: Span, value: Decimal) -> None:
        if value <= 0 or value > 100 or not self.index.sentences:
            return
        sentence = self.index.sentences[self.index.sentence_index(span.start)]
        before = self.text[sentence.start : span.start]
        after = self.text[span.end : sentence.end]
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after) or _OLD_LEVEL.search(before):
            return
        if _THRESHOLD_BEFORE.search(before):
            return  # "at least 15 pct" is a condition, not a share anyone holds
        target = self.target_after(span, sentence.end, sentence.start) or self.target_before(
            span, sentence.start
        )
        if target is None and (
            _OF_THE_SHARES.match(after) or (_BARE_HOLDING.search(before) and _CLAUSE_END.match(after))
        ):
            # "holders of 76.4 pct of the stock", "he still has 11.4 pct.": the story's company
            topic = self.topic()
            if topic is not None:
                holder = self.holder(span, sentence, topic, None)
                self.add(holder, topic, value, span, None, self.holder_span(holder, sentence, span))
            return
        if target is None:
            # "its stake will rise to 9 pct": the company a stake was last found in
            fallback = self.last_target
            near = self.text[max(sentence.start, span.start - 100) : span.end + 20]
            if fallback is None or not (_STAKE_NOUN_NEAR.search(near) or _IT_HOLDS_AFTER.match(after)):
                return
            target_company, target_span = fallback, None
        else:
            target_company, target_span = target.company, self.document.span(target.start, target.end)
        if _EXISTING_THEN_ENLARGED.match(after):
            self.last_target = target_company
            return  # the share of the capital before an issue; the one after it follows
        holder = self.holder(span, sentence, target_company, target)
        self.add(holder, target_company, value, span, target_span, self.holder_span(holder, sentence, span))

    # -- what is owned -------------------------------------------------------------
    def target_after(self, span: Span, limit: int, sentence_start: int) -> Named | None:
        candidates = self.index.candidates(span.end, limit)
        for i, named in enumerate(candidates):
            gap = self.text[span.end : named.start]
            if (
                words_between(gap) > _MAX_TARGET_WORDS
                or _BAD_GAP.search(gap)
                or not _OF_IN.search(gap)
                or _FAR_GAP.search(gap)
            ):
                return None
            tail = " ".join(_POSSESSIVE_AFTER.sub("", self.text[named.end : named.end + 40]).split()[:3])
            before = self.text[max(0, span.start - 80) : span.start]
            cue = (
                _OWNERSHIP_NOUN.search(gap)
                or _OWNERSHIP_NOUN.search(tail)
                or _OWNERSHIP_VERB.search(tail)
                or _OWNERSHIP_VERB.search(" ".join(before.split()[-6:]))
            )
            if not cue:
                return None
            if named.pronoun:
                if "," in gap:
                    return None  # "40 pct in the venture, the group said": a new clause
                words = self.text[named.start : named.end].casefold()
                if _AFTER_DEAL.search(words):
                    # "agreed to acquire Y ..., giving Y's owners 60 pct of the combined company": the buyer
                    verb = _ACQUIRE.search(self.text, sentence_start, span.start)
                    buyer = None if verb is None else self._clause_subject(sentence_start, verb.start())
                    return None if buyer is None else Named(named.start, named.end, buyer, pronoun=True)
                if words in ("it", "its", "they", "their") or _NEW_COMPANY.search(words):
                    return None  # "the new company" is none of the companies named before
                # "6.3 pct of the group's shares": the company named last, not the subject.
                # The holder is not what it owns: skip the company the clause is about.
                subject = self.index.nearest_before(sentence_start, span.start, free=True)
                exclude = () if subject is None else (subject.company,)
                topic = self.topic(exclude)
                if topic is not None:
                    # "the company" in a story is most often the company the story is about
                    return Named(named.start, named.end, topic, pronoun=True)
                previous = self.index.nearest_before(0, named.start, exclude=exclude)
                return previous if previous is not None and not previous.pronoun else None
            # "58.4% of Telvik's US affiliate Orvana Labs": the company owned is the last of the chain.
            for nxt in candidates[i + 1 :]:
                if not _OWNED_CHAIN.match(self.text[named.end : nxt.start]) or nxt.pronoun:
                    break
                named = nxt
            return named
        return None

    def topic(self, exclude: tuple[Company, ...] = ()) -> Company | None:
        """The company named most often in the document (the first named, on a tie), if named twice."""
        counts: dict[str, int] = {}
        first: dict[str, Company] = {}
        for named in self.index.mentions:
            if named.company in exclude:
                continue
            counts[named.company.name] = counts.get(named.company.name, 0) + 1
            first.setdefault(named.company.name, named.company)
        if not counts:
            return None
        best = max(counts, key=lambda name: counts[name])  # max keeps the first of equal counts
        return first[best] if counts[best] >= 2 else None

    def target_before(self, span: Span, sentence_start: int) -> Named | None:
        # "raised its stake in X to 356,200 shares, or 10.7 pct"
        for named in reversed(self.index.candidates(sentence_start, span.start)):
            gap = self.text[named.end : span.start]
            if words_between(gap) > 12 or ";" in gap or not _TO_WORD.search(gap):
                continue
            if _STAKE_IN_BEFORE.search(self.text[max(sentence_start, named.start - 60) : named.start]):
                if named.pronoun:
                    # "its holding in the group to 8.45 pct": the company named last, not the subject.
                    subject = self._clause_subject(sentence_start, named.start)
                    previous = next(
                        (
                            n
                            for n in reversed(self.index.between(0, named.start))
                            if subject is None or n.company != subject
                        ),
                        None,
                    )
                    return None if previous is None else Named(named.start, named.end, previous.company, True)
                return named
        return None

    # -- who owns it -----------------------------------------------------------------
    def _clause_subject(self, start: int, end: int) -> Company | None:
        """The first company named (or referred to) in ``start:end`` that follows no preposition."""
        for named in self.index.candidates(start, end):
            if named.pronoun or not _PREPOSITION_BEFORE.search(self.text, start, named.start):
                return named.company
        return None

    def holder(
        self, span: Span, sentence: Span, target: Company, target_named: Named | None
    ) -> Company | None:
        clause_start = sentence.start
        boundary = ""
        speech_at = -1
        for match in _CLAUSE_START.finditer(self.text, sentence.start, span.start):
            clause_start = match.end()
            boundary = match.group().casefold()
            if _SPEECH.fullmatch(boundary):
                speech_at = match.start()
        relative_subject: Company | None = None
        if boundary in ("which", "who"):
            # "X, which already holds 31.5 pct" (also "X, which ... and which has applied to buy 50 pct")
            for rel in _RELATIVE_ANY.finditer(self.text, sentence.start, clause_start):
                named = self.index.nearest_before(sentence.start, rel.start())
                between = _BRACKETED.sub("", self.text[named.end : rel.start()]) if named else ""
                if named is not None and not between.strip(" ,"):
                    relative_subject = named.company
                    continue
                for head in reversed(self.index.between(sentence.start, rel.start())):
                    if _APPOSITION.match(self.text[head.end : rel.start()]):
                        relative_subject = head.company  # "X, a unit of the Y group, which holds"
                        break
        clause = self.text[clause_start : span.start]
        if _UNDERTAKINGS.search(clause):
            return None  # those who gave the undertakings hold the shares, and are not named
        own = _ITS_STAKE_TO.search(self.text, clause_start, span.start)
        if own is not None:
            # "said it sold options, reducing its stake to 12 pct": the owner of "its" is the subject.
            owner = self._clause_subject(clause_start, own.start()) or self.index.resolve(own.start())
            return None if owner == target else owner
        if _IT_HOLDS_AFTER.match(self.text[span.end : sentence.end]):
            # "sold Y four pct of Z and the remaining seven pct it owns": the seller keeps it.
            sale = _SELL.search(self.text, sentence.start, span.start)
            if sale is not None:
                seller = self.index.nearest_before(sentence.start, sale.start(), exclude=(target,), free=True)
                if seller is not None:
                    return seller.company
        if _SELL.search(clause):
            speaker = None
            if speech_at >= 0 and boundary not in ("which", "who"):
                speaker = self.index.resolve(speech_at)
            return self.buyer_of_sale(clause_start, span, sentence.end, target_named, speaker)
        if target_named is not None:
            agent = self.agent_after(target_named, sentence.end)
            if agent is not None:
                return agent
        if relative_subject is not None and relative_subject != target:
            return relative_subject
        named = self.index.nearest_before(clause_start, span.start, exclude=(target,), free=True)
        if named is not None and not named.pronoun and _OWNERS_AFTER.match(self.text[named.end : span.start]):
            return None  # "give former Y shareholders 60 pct": the owners are not named
        if named is None and speech_at >= 0 and boundary not in ("which", "who"):
            # "X said the bid for the outstanding 41.3 pct ...": the speaker seeks the stake.
            speaker = self.index.resolve(speech_at)
            return speaker if speaker != target else None
        return None if named is None else named.company

    def buyer_of_sale(
        self, clause_start: int, span: Span, limit: int, target: Named | None, speaker: Company | None
    ) -> Company | None:
        sale = _SELL.search(self.text, clause_start, span.start)
        if sale is not None and _OWNER_BEFORE.search(self.text, sale.end(), span.start):
            # "sell its 65 pct interest": the seller holds it until the sale, and is the sale's subject.
            seller = self.index.nearest_before(clause_start, sale.start(), free=True)
            return speaker if seller is None else seller.company
        if sale is not None:
            # "sold Velmar four pct of X": the buyer is the first object.
            first = self.index.candidates(sale.end(), span.start)
            if first and not self.text[sale.end() : first[0].start].strip():
                return first[0].company
        start = target.end if target is not None else span.end
        for named in self.index.between(start, limit):
            if _TO_BUYER.match(self.text[start : named.start]):
                return named.company
            break
        return None

    def agent_after(self, target: Named, limit: int) -> Company | None:
        for named in self.index.between(target.end, limit):
            if _AGENT_AFTER.match(self.text[target.end : named.start]):
                return named.company
            return None
        return None

    def holder_span(self, holder: Company | None, sentence: Span, span: Span) -> Span | None:
        """Where the holder is named (or referred to) nearest the share, in its sentence."""
        if holder is None:
            return None
        found = [n for n in self.index.candidates(sentence.start, sentence.end) if n.company == holder]
        if not found:
            return None
        best = min(found, key=lambda n: abs(n.start - span.start))
        return self.document.span(best.start, best.end)

    def add(self, holder: Company | None, target: Company, value: Decimal, *spans: Span | None) -> None:
        if holder is not None and holder == target:
            holder = None
        key = (None if holder is None else holder.name, target.name, value)
        evidence = tuple(sorted(s for s in spans if s is not None))
        old = self.found.get(key)
        if old is not None:
            evidence = tuple(sorted(set(old.evidence) | set(evidence)))
        self.found[key] = Stake(
            holder=holder,
            target=target,
            percent=value,
            evidence=evidence,
            extractor=NAME,
        )
        self.last_target = target


def find_stakes(document: Document, pronouns: regex.Pattern[str]) -> list[Stake]:
    """Every stake in ``document`` (the ``stakes`` extractor's work)."""
    return _Finder(document, pronouns).run()


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    pronouns = build_pronoun_pattern(lexicon)

    def run(document: Document) -> list[Stake]:
        return find_stakes(document, pronouns)

    return [Extractor(NAME, run, gives={"stakes"}, needs={"companies", "company_mentions", "percentages"})]
