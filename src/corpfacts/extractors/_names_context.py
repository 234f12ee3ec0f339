"""Evidence rules of the ``companies`` plugin: the words around a name run.

Each rule looks at the tokens or the few characters before or after one run
and, when they show a business, files a :class:`Candidate` naming the rule
("suffix", "descriptor", "ticker", "role", ...) with any attributes the
words state (location, industry, country, ticker, exchange, parent).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

import attrs
import regex

from corpfacts import Document, Lexicon

from ._names_patterns import Patterns
from ._names_scan import NameRun, Token
from ._names_vocab import PERSON_NOUNS

if TYPE_CHECKING:
    from ._names_companies import CompanyFinder, Entity

__all__ = ["Candidate", "Context", "is_web"]

_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "one", "of"))
# Words that end a run of modifiers before a descriptor: "a stake in | Seattle e-commerce company".
_BREAKS = frozenset(
    (
        *("in", "on", "at", "for", "by", "with", "from", "to", "into", "and", "or", "but", "as", "than"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "will", "would"),
        *("million", "billion", "percent", "pct", "per", "cent", "shares", "that", "which", "who", "while"),
    )
)
# Nouns for a related business that may stand before a comma and its name.
_RELATIONS = frozenset(
    ("rival", "competitor", "parent", "subsidiary", "unit", "affiliate", "partner", "owner")
)
# Examples of these are products, not businesses: "brands including Chivas Regal".
_PRODUCT_WORDS = frozenset(("brand", "brands", "label", "labels"))
_MARKET_ROLES = frozenset(("player", "players", "leader", "leaders"))
_MARKET_WORDS = frozenset(("sector", "market", "industry"))
# The reporting and auxiliary verbs that most often follow a company's name.
_NAME_VERBS = ("said", "says", "has", "had", "is", "was", "will", "would")
# Verbs right after "the company" show a clause, not an appositive: ", the company said".
_VERBS = frozenset(
    (
        *_NAME_VERBS,
        *("added", "announced", "reported", "did", "does", "could", "may", "might", "must", "should"),
        *("can", "also", "told", "agreed", "expects"),
    )
)
# Words that may follow a descriptor written after a name ("Velmar group, ...", "Acme unit said").
_AFTER_DESCRIPTOR = frozenset(
    (
        *_NAME_VERBS,
        *("which", "that", "in", "of", "to", "for", "and", "with", "on", "at", "by", "from"),
        *("told", "announced", "reported", "agreed", "plans", "also"),
        *("have", "are", "were", "could", "may", "can", "did", "does", "owns", "holds", "controls", "made"),
    )
)


@attrs.define
class Candidate:
    """A stretch of text that some rule says names a business."""

    start: int
    end: int
    text: str
    evidence: str
    attributes: dict[str, Any] = attrs.field(factory=dict)


class Context(Patterns):
    """The evidence rules, compiled once from the lexicon."""

    def __init__(self, lexicon: Lexicon, finder: CompanyFinder, title_words: set[str]) -> None:
        super().__init__(lexicon)
        self.f = finder
        self.title_words = frozenset(title_words)

    def _blocked_run(self, run: NameRun) -> bool:
        return self.f.blocked(run.text)

    def _candidate(self, run: NameRun, evidence: str, **attributes: Any) -> Candidate:
        clean = {k: v for k, v in attributes.items() if v}
        return Candidate(run.start, run.end, run.text, evidence, clean)

    def _words_before(self, tokens: list[Token], index: int, text: str) -> list[Token]:
        """Word tokens right before ``index``, nearest last, up to a determiner or punctuation."""
        out: list[Token] = []
        i = index - 1
        while i >= 0 and len(out) < 6:
            tok = tokens[i]
            if not tok.text[:1].isalnum() or (tok.possessive and out) or tok.text.casefold() in _BREAKS:
                break
            if tok.text.isdigit() and out:
                break
            if "\n" in text[tok.end : tokens[i + 1].start]:
                break
            out.append(tok)
            if tok.text.casefold() in _DETERMINERS or tok.possessive:
                break
            i -= 1
        out.reverse()
        return out

    # -- the rules -----------------------------------------------------------------------
    def evidence(self, document: Document, tokens: list[Token], runs: list[NameRun]) -> list[Candidate]:
        text = document.text
        found: dict[tuple[int, int], Candidate] = {}

        def add(cand: Candidate) -> None:
            key = (cand.start, cand.end)
            if key not in found:
                found[key] = cand
            else:
                for k, v in cand.attributes.items():
                    found[key].attributes.setdefault(k, v)

        by_first = {run.first: n for n, run in enumerate(runs)}
        people: set[tuple[int, int]] = set()  # runs that name a person, never listed as companies
        for n, run in enumerate(runs):
            if self._blocked_run(run):
                continue
            words = run.text.split()
            after = text[run.end : run.end + 140]
            before = text[max(0, run.start - 90) : run.start]
            last = words[-1]
            tail = tokens[run.last - 1].tail
            if tail in ("owner", "parent"):
                add(self._candidate(run, "role"))  # "Parcelio-owner Velmar Post"
            if tail in ("based", "headquartered", "registered", "born"):
                continue  # "Seattle-based": a place, not a name
            if len(words) > 1 and any(self.f.is_suffix(w) for w in words[1:]):
                add(self._candidate(run, "suffix"))
            elif len(words) > 1 and self.f.is_head(last):
                add(self._candidate(run, "name-word"))
            elif len(words) > 2 and any(w == "of" and self.f.is_head(p) for p, w in pairwise(words)):
                add(self._candidate(run, "name-word"))  # "Bank of Westmarch"
            canonical = self.f.known.get(_fold(run.text))
            if canonical:
                add(self._candidate(run, "known", known=canonical))
            if any(is_web(tokens[i].text) for i in range(run.first, run.last)):
                add(self._candidate(run, "web"))
            self._ticker(run, after, add)
            appointed = self.appointed.search(before) and self.appointed_title.match(after)
            if self.service_after.match(after):
                add(self._candidate(run, "role"))
            elif appointed or self.person_after.match(after) or self.person_before.search(before):
                people.add((run.start, run.end))
                continue  # a person's name: "John Smith, chief executive of ..."
            prev_tok = tokens[run.first - 1] if run.first > 0 else None
            if prev_tok is not None and prev_tok.tail in ("based", "headquartered", "registered", "listed"):
                code = self.f.place_code(prev_tok.text)
                add(
                    self._candidate(run, "descriptor", country=code, location=None if code else prev_tok.text)
                )
            if self.title_person.match(after) or self.business_clause.match(after):
                add(self._candidate(run, "role"))
            self._descriptor_before(text, tokens, run, add)
            self._after(run, after, add, runs, n, by_first, text, tokens)
            examples = self.such_as.search(before)
            kind = examples.group("desc") if examples else ""
            if kind and self.f.is_descriptor(kind) and kind not in _PRODUCT_WORDS:
                add(self._candidate(run, "descriptor"))  # "snack chains such as Rollin' Donuts"
            if self._role(before) or self.title_of.search(before):
                add(self._candidate(run, "role"))
            person = self.person_of.search(before)
            who = person.group("person") if person else ""
            if who and not self.f.blocked(who) and not any(self.f.is_head(w) for w in who.split()):
                add(self._candidate(run, "role"))
            prev = run.first - 1
            if prev >= 0 and tokens[prev].possessive and run.start - tokens[prev].end <= 5:
                code = self.f.place_code(tokens[prev].text)
                if code:
                    add(self._candidate(run, "place", country=code))
        self._lists(text, runs, found, add, people)
        return list(found.values())

    def _role(self, before: str) -> bool:
        match = self.role_before.search(before)
        if match is None:
            return False
        # "Acme shares in London": after a name, "shares in" names a place, not a business.
        if match.group().casefold().startswith("shares"):
            words = before[: match.start()].split()
            last = words[-1] if words else ""
            if (
                last[:1].isupper()
                and last.casefold() not in _DETERMINERS
                and not last.endswith((".", "!", "?"))
            ):
                return False
        return True

    def _ticker(self, run: NameRun, after: str, add: Any) -> None:
        if run.possessive:
            return
        match = self.ticker.match(after)
        if match:
            symbol = match.group("ticker")
            exchange = match.group("exchange")
            if self.f.is_place(symbol) and not exchange and "." not in symbol:
                add(self._candidate(run, "ticker", acronym=symbol))
                return
            initials = "".join(w[0] for w in run.text.split() if w[:1].isupper())
            if exchange or "." in symbol or symbol != initials:
                add(self._candidate(run, "ticker", ticker=symbol, exchange=exchange))
            else:
                add(self._candidate(run, "ticker", acronym=symbol))
            return
        match = self.spaced_ticker.match(after)
        if match:
            add(
                self._candidate(run, "ticker", ticker=match.group("ticker"), exchange=match.group("exchange"))
            )
            return
        match = self.acronym.match(after)
        if match and len(run.text.split()) >= 2:
            add(self._candidate(run, "acronym", acronym=match.group("acronym")))

    def _descriptor_before(self, text: str, tokens: list[Token], run: NameRun, add: Any) -> None:
        index = run.first
        if index >= 2 and tokens[index - 1].text == "," and tokens[index - 2].text.casefold() in _RELATIONS:
            index -= 1  # "its main competitor, Royal Meridian"
        words = self._words_before(tokens, index, text)
        number = ""
        if words and words[-1].text.isdigit() and len(words[-1].text) <= 4:
            number = words[-1].text
            words = words[:-1]
        if not words:
            return
        desc = words[-1]
        tail_owner = desc.tail in ("owner", "parent")
        opener = desc.text[:1].isupper() and (
            len(words) == 1 and (run.first < 2 or tokens[run.first - 2].text == ".")
        )
        # "sector player Hafner Europe", "market leader Velmar": a business, unlike "team player".
        market_role = desc.text in _MARKET_ROLES and len(words) > 1 and words[-2].text in _MARKET_WORDS
        if (
            not tail_owner
            and not market_role
            and ((not desc.text.islower() and not opener) or not self.f.is_descriptor(desc.text))
        ):
            return
        if desc.text.casefold() in PERSON_NOUNS and not market_role:
            return
        if number and run.last - run.first > 2:
            return
        location = country = None
        industry: list[str] = []
        for tok in words[:-1]:
            code = self.f.place_code(tok.text)
            if code:
                country = country or code
            elif tok.text[:1].isupper() and tok.text.casefold() not in _DETERMINERS:
                location = location or tok.text
            elif tok.text.islower() and tok.text not in _DETERMINERS:
                industry.append(tok.text)
        if not tail_owner:
            industry.append(desc.text.casefold())
        start = run.start
        if number:
            start = next(
                t.start for t in tokens if t.text == number and t.end <= run.start and t.start >= start - 6
            )
        cand = Candidate(start, run.end, text[start : run.end], "descriptor")
        for key, value in (("location", location), ("country", country), ("industry", " ".join(industry))):
            if value:
                cand.attributes[key] = value
        add(cand)

    def _after(
        self,
        run: NameRun,
        after: str,
        add: Any,
        runs: list[NameRun],
        n: int,
        by_first: dict[int, int],
        text: str,
        tokens: list[Token],
    ) -> None:
        nxt = runs[n + 1] if n + 1 < len(runs) else None
        if run.possessive:
            if self.owned_poss.match(after):
                add(self._candidate(run, "role"))
            # "Alibaba's Tmall site": both are businesses, the first owns the second.
            if nxt is not None and 0 < nxt.start - run.end <= 5 and not self._blocked_run(nxt):
                unit = self.unit_after.match(text[nxt.end : nxt.end + 20])
                if unit:
                    add(self._candidate(run, "role"))
                    add(self._candidate(nxt, "role", parent=run.text))
            return
        if self.attached.match(after) or self.said_it.match(after) or self.role_after.match(after):
            add(self._candidate(run, "role"))
        desc = self.desc_after.match(after)
        if desc:
            head = desc.group("desc")
            mod = desc.group("mod")
            follower = desc.group("next")
            rest = after[desc.end("desc") : desc.end("desc") + 2]
            if len(rest) == 2 and rest[0] == " " and (rest[1].isupper() or rest[1].isdigit()):
                follower = "<name>"
            if (
                self.f.is_descriptor(head)
                and head.casefold() not in PERSON_NOUNS
                and not (mod and (mod in _DETERMINERS or mod in _BREAKS))
                and (follower is None or follower in _AFTER_DESCRIPTOR)
            ):
                industry = f"{mod} {head}" if mod else head
                add(self._candidate(run, "descriptor", industry=industry))
        for pattern in (self.appositive, self.is_a):
            match = pattern.match(after)
            if match:
                self._appositive(run, match.group("phrase"), run.end + match.start("phrase"), add, runs, n)

    def _appositive(
        self, run: NameRun, phrase: str, offset: int, add: Any, runs: list[NameRun], n: int
    ) -> None:
        words = phrase.split()
        if not words:
            return
        first = words[0].casefold()
        if first not in ("a", "an", "the", "its", "one", "now", "part") and not words[0].endswith(
            ("'s", "’s")
        ):
            return
        for k, word in enumerate(words[:10]):
            bare = word.strip(".,").casefold()
            if bare in PERSON_NOUNS or bare in self.title_words:
                return
            if bare in ("who", "which", "that", "said", "says", "told"):
                return
            following = words[k + 1].strip(".,").casefold() if k + 1 < len(words) else ""
            if following in PERSON_NOUNS or following in self.title_words or following in _VERBS:
                return
            if self.f.is_descriptor(bare) and word[:1].islower():
                kept = [w.strip(".,") for w in words[1 : k + 1] if w.islower() and w not in _DETERMINERS]
                industry = " ".join(kept)
                add(self._candidate(run, "descriptor", industry=industry or bare))
                self._parent(phrase, offset, add, runs, n, run)
                return

    def _parent(
        self, phrase: str, offset: int, add: Any, runs: list[NameRun], n: int, child: NameRun
    ) -> None:
        for later in runs[n + 1 : n + 6]:
            if later.start - offset > len(phrase):
                return
            if self.parent_link.search(phrase[: later.start - offset]) and not self._blocked_run(later):
                add(self._candidate(later, "role"))
                add(self._candidate(child, "descriptor", parent=later.text))
                return

    def _lists(
        self,
        text: str,
        runs: list[NameRun],
        found: dict[tuple[int, int], Candidate],
        add: Any,
        people: set[tuple[int, int]],
    ) -> None:
        """A name listed beside a company is a company: "Halden, Corvida and Marsh & Pell"."""
        marked = {(r.start, r.end) for r in runs if (r.start, r.end) in found}
        for _ in range(3):
            changed = False
            pairs = [(a, b) for n, a in enumerate(runs) for b in runs[n + 1 : n + 4]]
            for a, b in pairs:
                gap = text[a.end : b.start]
                match = self.list_gap.match(gap) if not a.possessive and len(gap) <= 100 else None
                if match is None:
                    continue
                described = (match.group("words") or "").split()
                if described and not self.f.is_descriptor(described[-1]):
                    continue
                ka, kb = (a.start, a.end), (b.start, b.end)
                for have, other, key in ((ka, b, kb), (kb, a, ka)):
                    if (
                        have in marked
                        and key not in marked
                        and key not in people
                        and not self._blocked_run(other)
                    ):
                        add(self._candidate(other, "list"))
                        marked.add(key)
                        changed = True
            if not changed:
                break

    def founded(self, document: Document, entities: list[Entity]) -> None:
        """ "Since its founding in 1999, Alibaba ...": the year goes to the company the sentence names."""
        for match in self.founded_re.finditer(document.text):
            sentence = document.sentence_of(document.span(match.start(), match.end()))
            if sentence is None:
                continue
            best: tuple[int, Entity] | None = None
            for entity in entities:
                for mention in entity.mentions:
                    if sentence.start <= mention.start < sentence.end:
                        distance = abs(mention.start - match.start())
                        if best is None or distance < best[0]:
                            best = (distance, entity)
            if best is not None:
                best[1].attributes.setdefault("founded", int(match.group("year")))


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").replace("’", "'").split())


_WEB = regex.compile(r"[\p{L}\d][\p{L}\d\-]*\.(?:com|net|co\.uk|de|cn|jp|fr|in|io)", regex.IGNORECASE)


def is_web(word: str) -> bool:
    """Whether ``word`` is a web-style name ("JD.com", "bookaroo.com")."""
    return bool(_WEB.fullmatch(word))
