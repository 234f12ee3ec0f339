"""The funding-round extractor: sentences about raising money in a round, as :class:`FundingRound` records.

It reads what the built-in extractors found (amounts, company mentions and
companies) and adds the round's name, its lead investors and the valuation.
One record per round: a later sentence that names the lead investors or the
valuation of a round already found ("The round was led by ...") fills that
record in.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from corpfacts import Company, CompanyMention, Document, Extractor, Money, Span

from ._patterns import Patterns, build_patterns
from .records import FundingRound, Investor

__all__ = ["NAME", "make_extractor"]

NAME = "funding_rounds"
#: Characters of context looked at around a money mention to tell a valuation or a total.
_WINDOW = 60


@attrs.define
class _Draft:
    """A round being assembled, possibly over several sentences."""

    company: Company | None = None
    round: str | None = None
    amount: Money | None = None
    leads: list[tuple[Investor, Span]] = attrs.field(factory=list)
    valuation: Money | None = None
    evidence: list[Span] = attrs.field(factory=list)

    def build(self) -> FundingRound:
        spans = sorted(set(self.evidence))
        return FundingRound(
            company=self.company,
            round=self.round,
            amount=self.amount,
            lead_investors=tuple([investor for investor, _ in self.leads]),
            valuation=self.valuation,
            evidence=spans,
            extractor=NAME,
        )


def make_extractor() -> Extractor:
    """The extractor, with its patterns compiled once."""
    patterns = build_patterns()

    def run(document: Document) -> Iterator[FundingRound]:
        return (draft.build() for draft in _Finder(document, patterns).drafts())

    return Extractor(NAME, run, gives={"funding_rounds"}, needs={"amounts", "companies", "company_mentions"})


class _Finder:
    def __init__(self, document: Document, patterns: Patterns) -> None:
        self.doc = document
        self.p = patterns
        self.text = document.text

    # -- per document ------------------------------------------------------------
    def drafts(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        for sentence in self.doc.sentences:
            self._sentence(sentence, drafts)
        return drafts

    def _sentence(self, sentence: Span, drafts: list[_Draft]) -> None:
        s, e = sentence.start, sentence.end
        rounds = [m for m in self.p.round.finditer(self.text, s, e)]
        verb = self.p.raise_verb.search(self.text, s, e)
        led_by = self.p.led_by.search(self.text, s, e)
        active = None if led_by else self.p.led_active.search(self.text, s, e)
        moneys = [m for m in self.doc.amounts if s <= m.start and m.end <= e and not m.per_share]
        valuation = next((m for m in moneys if self._is_valuation(m)), None)
        amounts = [m for m in moneys if m is not valuation and not self._is_total(m)]

        if rounds:
            # The round the sentence is about: the first one after the raising verb, if any.
            chosen = next((m for m in rounds if verb and m.start() >= verb.start()), rounds[0])
            named = chosen["letter"] or chosen["stage"]
            if not (verb or led_by or active or amounts) or (
                not named and not (amounts and (verb or active))
            ):
                rounds = []
        if not rounds:
            # No new round here. A sentence about the round ("The round was led by ...", "The funding
            # values it at ...") fills in the last one; other sentences' "led by" and values are not ours.
            about = self.p.round_reference.search(self.text, s, e)
            if drafts and about is not None:
                lead = led_by if led_by is not None and led_by.start() > about.start() else None
                self._fill(drafts[-1], sentence, lead, valuation)
            return
        if led_by is not None and led_by.start() < chosen.start():
            led_by = None  # "Acme, led by its founder, raised ...": not the round's lead

        draft = _Draft(round=_round_name(chosen))
        draft.evidence.append(self.doc.span(*chosen.span()))
        draft.amount = _amount_for(chosen, rounds, amounts, verb.end() if verb else s, e)
        if draft.amount is not None:
            draft.evidence.append(draft.amount.span)
        if valuation is not None:
            draft.valuation = valuation
            draft.evidence.append(valuation.span)
        if led_by:
            draft.leads = self._names(led_by.end(), self._lead_end(led_by.end(), e))
        elif active:
            draft.leads = self._names(self._clause_start(s, active.start()), active.start())
        draft.evidence.extend(span for _, span in draft.leads)
        self._find_company(draft, sentence, chosen, verb, active)

        found = [draft, *self._other_rounds(draft, rounds, amounts, verb.end() if verb else s, e)]
        for new in found:
            previous = next((d for d in reversed(drafts) if _same_round(d, new)), None)
            if previous is None:
                drafts.append(new)
            else:
                _merge(previous, new)

    def _other_rounds(
        self, draft: _Draft, rounds: list[regex.Match[str]], amounts: list[Money], start: int, end: int
    ) -> Iterator[_Draft]:
        """Further named rounds in the sentence ("$25 million in a Series B and $9 million in a Series A").

        Each takes the company of the main round and the sum written with it.
        """
        for match in rounds:
            name = _round_name(match)
            if not (match["letter"] or match["stage"]) or name == draft.round:
                continue
            amount = _amount_for(match, rounds, amounts, start, end)
            if amount is None or amount is draft.amount:
                continue
            other = _Draft(company=draft.company, round=name, amount=amount)
            other.evidence.extend([self.doc.span(*match.span()), amount.span])
            yield other

    def _fill(
        self, draft: _Draft, sentence: Span, led_by: regex.Match[str] | None, valuation: Money | None
    ) -> None:
        if led_by and not draft.leads:
            draft.leads = self._names(led_by.end(), self._lead_end(led_by.end(), sentence.end))
            draft.evidence.extend(span for _, span in draft.leads)
        if valuation is not None and draft.valuation is None:
            draft.valuation = valuation
            draft.evidence.append(valuation.span)

    # -- money -------------------------------------------------------------------
    def _is_valuation(self, money: Money) -> bool:
        before = self.text[max(0, money.start - _WINDOW) : money.start]
        after = self.text[money.end : money.end + _WINDOW]
        return bool(self.p.valuation_before.search(before) or self.p.valuation_after.match(after))

    def _is_total(self, money: Money) -> bool:
        before = self.text[max(0, money.start - _WINDOW) : money.start]
        after = self.text[money.end : money.end + _WINDOW]
        return bool(self.p.total_before.search(before) or self.p.total_after.match(after))

    # -- investors ---------------------------------------------------------------
    def _lead_end(self, start: int, end: int) -> int:
        stop = self.p.lead_stop.search(self.text, start, end)
        while stop is not None and self._inside_mention(stop.start()):
            stop = self.p.lead_stop.search(self.text, stop.end(), end)
        return end if stop is None else stop.start()

    def _clause_start(self, sentence_start: int, end: int) -> int:
        """Start of the subject before an active "led": after the last comma or "said" outside a name."""
        start = sentence_start
        for match in regex.finditer(r",\s*|\bsaid\s+(?:that\s+)?", self.text[sentence_start:end]):
            if not self._inside_mention(sentence_start + match.start()):
                start = sentence_start + match.end()
        return start

    def _names(self, start: int, end: int) -> list[tuple[Investor, Span]]:
        """The names listed in ``text[start:end]``, as companies where corpfacts knows them."""
        pieces: list[tuple[int, int]] = []
        cursor = start
        for sep in self.p.name_separator.finditer(self.text, start, end):
            # A comma inside a company name ("Kestrel, Finch & Co") does not separate names; "and"
            # does, even inside a mention, since lists of investors are often read as one name.
            if "," in sep.group() and self._inside_mention(sep.start()):
                continue
            pieces.append((cursor, sep.start()))
            cursor = sep.end()
        pieces.append((cursor, end))
        names: list[tuple[Investor, Span]] = []
        for a, b in pieces:
            a, b = self._trim(a, b)
            if a >= b or not (self.text[a].isupper() or self.text[a].isdigit()):
                continue  # "several investors", an empty piece
            span = self.doc.span(a, b)
            names.append((self._company_within(span) or span.text, span))
        return names

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and (self.text[b - 1].isspace() or self.text[b - 1] in ",.'’\""):
            b -= 1
        qualifier = self.p.qualifier.match(self.text, a, b)
        if qualifier is not None and qualifier.end() < b:
            a = qualifier.end()
        return a, b

    # -- the company that raised -----------------------------------------------------
    def _find_company(
        self,
        draft: _Draft,
        sentence: Span,
        chosen: regex.Match[str],
        verb: regex.Match[str] | None,
        active: regex.Match[str] | None,
    ) -> None:
        lead_spans = [span for _, span in draft.leads]
        mentions = [
            m
            for m in self.doc.company_mentions
            if sentence.contains(m.span) and not any(m.span.overlaps(x) for x in lead_spans)
        ]
        if active is not None:
            # "Sequoia led a $50 million round in Acme": the company comes after the round.
            after = [m for m in mentions if m.start >= chosen.end()]
            if after:
                self._set_company(draft, after[0])
                return
            target = self.p.target.match(self.text, chosen.end(), sentence.end)
            if target is not None:
                span = self.doc.span(*target.span("name"))
                draft.company = self._company_at(span) or _new_company(span.text, span)
                draft.evidence.append(span)
            return
        limit = verb.start() if verb is not None else chosen.start()
        before = [m for m in mentions if m.start < limit]
        if before:
            self._set_company(draft, before[0])
            return
        subject = self.p.subject.match(self.text, sentence.start, sentence.end)
        if subject is not None:
            span = self.doc.span(*subject.span("name"))
            if not any(span.overlaps(x) for x in lead_spans):
                draft.company = self._company_at(span) or _new_company(span.text, span)
                draft.evidence.append(span)
                return
        if self.p.reference.match(self.text, sentence.start, limit) or self.p.said_it.search(
            self.text, sentence.start, limit
        ):
            # "It raised ...", "The startup said it raised ...": the last company named before.
            investors = {span for _, span in draft.leads}
            earlier = [
                m for m in self.doc.company_mentions if m.end <= sentence.start and m.span not in investors
            ]
            if earlier:
                draft.company = self._company_for(earlier[-1])

    def _set_company(self, draft: _Draft, mention: CompanyMention) -> None:
        draft.company = self._company_for(mention)
        draft.evidence.append(mention.span)

    def _company_for(self, mention: CompanyMention) -> Company:
        return (
            self._company_at(mention.span)
            or self.doc.company_named(mention.name)
            or _new_company(mention.name, mention.span)
        )

    def _company_at(self, span: Span) -> Company | None:
        """The company record with a mention inside ``span``, if any."""
        for company in self.doc.companies:
            if any(span.contains(m) or m.contains(span) for m in company.evidence):
                return company
        for mention in self.doc.company_mentions:
            if span.contains(mention.span) or mention.span.contains(span):
                return self.doc.company_named(mention.name)
        return None

    def _company_within(self, span: Span) -> Company | None:
        """The company named by a mention that ``span`` holds whole (an investor's name)."""
        for company in self.doc.companies:
            if any(span.contains(m) and len(m) * 2 > len(span) for m in company.evidence):
                return company
        return None

    def _inside_mention(self, offset: int) -> bool:
        return any(m.start <= offset < m.end for m in self.doc.company_mentions)


def _new_company(name: str, span: Span) -> Company:
    """A company the built-in extractors did not find, named where the round names it."""
    # attrs' converter=tuple confuses mypy's attrs plugin about the argument type
    return Company(name=name, aliases=(name,), evidence=(span,), extractor=NAME)


def _round_name(match: regex.Match[str]) -> str | None:
    if match["letter"]:
        return f"Series {match['letter']}" + (f"-{match['sub']}" if match["sub"] else "")
    if match["stage"]:
        stage = match["stage"].casefold().replace(" ", "-")
        return "pre-seed" if stage in ("preseed", "pre-seed") else stage
    return None


def _amount_for(
    match: regex.Match[str], rounds: list[regex.Match[str]], amounts: list[Money], start: int, end: int
) -> Money | None:
    """The sum raised in the round ``match``.

    The last sum written between the raising verb (or the previous round)
    and the round ("raised $25 million in a Series B"), else the first sum
    after it and before the next round ("a Series B round of $25 million").
    """
    before = max([start, *(r.end() for r in rounds if r.end() <= match.start())])
    after = min([end, *(r.start() for r in rounds if r.start() >= match.end())])
    preceding = [m for m in amounts if before <= m.start and m.end <= match.start()]
    if preceding:
        return preceding[-1]
    following = [m for m in amounts if match.end() <= m.start and m.end <= after]
    if following:
        return following[0]
    # A sum before the raising verb: "Acme's $5 million Series A, announced ...".
    earlier = [m for m in amounts if m.end <= match.start()]
    return earlier[-1] if earlier else None


def _same_round(old: _Draft, new: _Draft) -> bool:
    """Whether ``new`` repeats ``old`` (a headline and its story, say)."""
    if old.round != new.round:
        return False
    if old.company is not None and new.company is not None:
        return old.company.is_named(new.company.name) or new.company.is_named(old.company.name)
    if old.amount is not None and new.amount is not None:
        return old.amount.value == new.amount.value and old.amount.currency == new.amount.currency
    return new.company is None and new.amount is None


def _merge(old: _Draft, new: _Draft) -> None:
    old.company = old.company or new.company
    old.amount = old.amount or new.amount
    old.valuation = old.valuation or new.valuation
    if not old.leads:
        old.leads = new.leads
    old.evidence.extend(new.evidence)
