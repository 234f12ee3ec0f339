"""The rules of the ``companies`` plugin: evidence for names, then aliases.

Pass 1 cuts the text into capitalised name runs (:mod:`._names_scan`) and
tidies them (titles, honorifics and dates split a run; sentence openers and a
leading "US" fall off). Pass 2 looks at the words around each run for
evidence that it names a business. Pass 3 merges the names found into
companies and marks every other run that is a form of one of them (short
forms, possessives, tickers, acronyms) as a mention of it.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import attrs
import regex

from corpfacts import Company, CompanyMention, Document, Lexicon, Span

from ._names_context import Candidate, Context, is_web
from ._names_edges import PARTNERSHIP, RunEdges
from ._names_scan import NameRun, Token, is_capitalised, make_run, name_runs, tokenize
from ._names_vocab import SENTENCE_OPENERS

__all__ = ["CompanyFinder", "Entity", "fold", "core_words"]

# Lower-case words that may sit inside a name between capitalised words.
_PARTICLES = frozenset(("de", "du", "des", "et", "la", "le", "di", "da", "von", "van", "der", "den", "y"))
_JOINERS = frozenset(("and", "&", "of", "in", "for", *_PARTICLES))
_CALENDAR = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"),
        *("nov", "dec"),
    )
)
_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof", "messrs"))
# Title words that cut a run: "CTS Chairman George Sommer" is a company and a person.
_TITLE_CUTS = frozenset(("chief", "former", "deputy", "vice", "acting", "senior", "managing", "co-chief"))
_GENERATIONS = frozenset(("sr", "jr", "ii", "iii"))
# "5bn", "20m", "1990s": numbers with units look capitalised but are not names.
_MEASURE = regex.compile(r"\d+(?:[.,]\d+)?(?:bn|m|mn|mln|k|p|pc|s|st|nd|rd|th|am|pm|x|%)?", regex.IGNORECASE)
# Adverbs opening a sentence ("Separately Acme Corp said"), unlike names ending in -ly ("Tessaly").
_ADVERB = regex.compile(
    r"(?:ally|ately|ently|antly|ously|ively|edly|arly|fully|ingly|ibly|ably|ely|tly|arily|ckly|wly|nly)\Z"
)
_ARTICLES = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our")
)
# Parent nouns that take "of" + a place inside a name: "Bank of Montreal", "Orvana Corp of Canada".
_OF_PLACE = frozenset(("bank", "banc", "corp", "corporation", "co", "company", "group", "industries"))


def fold(name: str) -> str:
    """A name folded for comparison: case, dots and apostrophes aside."""
    return " ".join(name.casefold().replace(".", "").replace("’", "'").split())


def core_words(words: list[str], suffixes: Collection[str]) -> list[str]:
    """``words`` without trailing legal suffixes ("Acme Holdings Ltd" -> "Acme")."""
    out = list(words)
    while len(out) > 1 and fold(out[-1]) in suffixes:
        out.pop()
        if len(out) > 1 and out[-1] in ("&", "and"):
            out.pop()
    return out


@attrs.define
class Entity:
    """A company being assembled: the names that established it and every form it goes by."""

    names: list[Candidate]
    forms: dict[str, str]  # folded form -> a surface text
    first: int
    attributes: dict[str, Any] = attrs.field(factory=dict)
    mentions: list[Candidate] = attrs.field(factory=list)


class CompanyFinder:
    """Finds companies in one document; built once per pipeline from the frozen lexicon."""

    def __init__(self, lexicon: Lexicon, non_business_heads: Collection[str], *, extractor: str) -> None:
        self.extractor = extractor
        self.suffixes = frozenset(fold(s) for s in lexicon.company_suffixes)
        self.descriptors = lexicon.company_descriptors
        self.name_words = lexicon.company_name_words
        self.non_business = frozenset(non_business_heads)
        self.non_companies = frozenset(fold(w) for w in lexicon.non_companies)
        self.places: Mapping[str, str] = lexicon.places
        self.regions = lexicon.regions
        self.exchanges = frozenset(fold(e) for e in lexicon.exchanges)
        self.title_cuts = frozenset({phrase.split()[-1] for phrase in lexicon.titles} | _TITLE_CUTS)
        title_words = set(self.title_cuts)
        self.known: dict[str, str] = {}
        for known in lexicon.known_companies.values():
            self.known[fold(known.name)] = known.name
            for alias in known.aliases:
                self.known.setdefault(fold(alias), known.name)
        self.known_country = {fold(k.name): k.country for k in lexicon.known_companies.values()}
        self.known_forms = {k.name: (k.name, *k.aliases) for k in lexicon.known_companies.values()}
        self.context = Context(lexicon, self, title_words)
        self.edges = RunEdges(self)
        # Memo of blocked(): the answer depends only on the frozen lexicon.
        self._blocked: dict[str, bool] = {}

    # -- vocabulary checks -------------------------------------------------------
    def place_code(self, word: str) -> str | None:
        """The country code of a place word or demonym ("UK", "Chinese"), if it is one."""
        bare = word.strip()
        if bare in self.places:
            return self.places[bare]
        key = bare.casefold()
        if key in self.places and not (bare.isupper() and len(bare) <= 4 and key != bare):
            return self.places[key]
        return None

    def is_place(self, text: str) -> bool:
        key = fold(text)
        return (
            self.place_code(text) is not None or key in self.regions or key.replace("'s", "") in self.regions
        )

    def is_suffix(self, word: str) -> bool:
        return fold(word) in self.suffixes

    def is_head(self, word: str) -> bool:
        """A word that marks a business when it ends a capitalised name."""
        key = word.casefold()
        return key in self.name_words or key in self.suffixes or fold(word) in self.suffixes

    def is_descriptor(self, word: str) -> bool:
        key = word.casefold()
        if key in self.descriptors or key.endswith("maker") or key.endswith("makers"):
            return True
        return (key.endswith("s") and key[:-1] in self.descriptors) or (
            key.endswith("ies") and key[:-3] + "y" in self.descriptors
        )

    def blocked(self, text: str) -> bool:
        """Whether ``text`` can never be a company: a place, a public body, a plain word."""
        known = self._blocked.get(text)
        if known is None:
            known = self._blocked[text] = self._is_blocked(text)
        return known

    def _is_blocked(self, text: str) -> bool:
        key = fold(text)
        if not key or key in self.non_companies or key in self.exchanges or self.is_place(text):
            return True
        words = text.split()
        if words[-1].casefold() in self.non_business or "stock exchange" in key or "/" in text:
            return True
        measure = _MEASURE.fullmatch(words[0])
        if words[-1].casefold().rstrip(".") in _GENERATIONS or (
            measure and (len(words) == 1 or not words[0].isdigit())
        ):
            return True
        if len(words) == 1 and (
            not any(c.isalpha() for c in text) or self.is_head(text) or self.is_descriptor(text)
        ):
            return True
        if all(self.is_suffix(w) for w in words):
            return True
        return all(fold(w) in self.non_companies or self.is_place(w) or w in _JOINERS for w in words)

    # -- pass 1: runs --------------------------------------------------------------
    def runs(self, document: Document, tokens: list[Token]) -> list[NameRun]:
        text = document.text
        starts = self._sentence_starts(document, tokens)
        flags = [self._name_token(tokens, i) for i in range(len(tokens))]
        # Joiners ("of", "and", "&", "de") may sit between two name tokens.
        for i in range(1, len(tokens) - 1):
            word = tokens[i].text
            if not flags[i] and word in _JOINERS and flags[i - 1] and flags[i + 1]:
                flags[i] = not tokens[i - 1].possessive
        lower = {t.text for t in tokens if t.text.islower()}
        out: list[NameRun] = []
        for run in name_runs(text, tokens, flags, starts):
            for piece in self._tidy(text, tokens, run, starts, lower):
                out.append(self.edges.exchange_tail(text, tokens, piece, starts))
        out = self.edges.join_pieces(text, tokens, out, starts)
        return [self.edges.final_dot(text, tokens, run) for run in out]

    def _name_token(self, tokens: list[Token], i: int) -> bool:
        word = tokens[i].text
        if is_capitalised(word):
            key = word.casefold()
            return key not in _CALENDAR and key not in _HONORIFICS
        if is_web(word):
            return True  # "bookaroo.com" names a business even in lower case
        return word == "plc" and i > 0 and is_capitalised(tokens[i - 1].text)

    @staticmethod
    def _sentence_starts(document: Document, tokens: list[Token]) -> set[int]:
        token_starts = [t.start for t in tokens]
        starts: set[int] = set()
        for sentence in document.sentences:
            i = bisect.bisect_left(token_starts, sentence.start)
            # Skip opening quotes and dashes: the first word still opens the sentence.
            while i < len(tokens) and not tokens[i].text[:1].isalnum() and tokens[i].start < sentence.end:
                i += 1
            starts.add(i)
        return starts

    def _tidy(
        self, text: str, tokens: list[Token], run: NameRun, starts: set[int], lower: set[str]
    ) -> list[NameRun]:
        """Split a raw run at title words and loose joiners; drop leading openers."""
        pieces: list[tuple[int, int]] = []
        first = run.first
        for i in range(run.first, run.last):
            if i > first and tokens[i - 1].text.endswith(".") and fold(tokens[i].text) in self.non_companies:
                pieces.append((first, i))  # "... Gas Corp. He said", "Nordic Fund I. EUR 1.0"
                first = i
            if tokens[i].text.casefold() in self.title_cuts:
                if first < i:
                    pieces.append((first, i))
                first = i + 1
            elif tokens[i].text.casefold() in self.non_business and i + 1 < run.last and first < i:
                # "Securities and Exchange Commission Brenner": the body ends at its head word.
                pieces.append((first, i + 1))
                first = i + 1
        if first < run.last:
            pieces.append((first, run.last))
        out: list[NameRun] = []
        for a, b in pieces:
            for c, d in self._split_joiners(tokens, a, b):
                c, d = self._trim(tokens, c, d, starts, lower)
                if c < d:
                    out.append(make_run(text, tokens, c, d, starts))
        return out

    def _split_joiners(self, tokens: list[Token], a: int, b: int) -> Iterable[tuple[int, int]]:
        words = [t.text for t in tokens[a:b]]
        if words[-1].casefold() in self.non_business:
            yield a, b  # one public body, split or not: "Securities and Exchange Commission"
            return
        cut = a
        for k in range(a, b):
            word = tokens[k].text
            if word not in _JOINERS or k in (a, b - 1):
                continue
            if word == "&" or word in _PARTICLES:
                continue
            left = words[cut - a : k - a]
            right = words[k - a + 1 :]
            legal = self.is_suffix(right[-1])
            head = self.is_head(right[-1])
            if word == "of" and left:
                place_only = len(right) == 1 and self.is_place(right[0])
                if place_only and left[-1].casefold().rstrip(".") in _OF_PLACE:
                    continue
                if not place_only and (self.is_head(left[-1]) or self.is_descriptor(left[-1]) or legal):
                    continue
            generic = all(fold(w) in self.non_companies for w in left)
            if word in ("and", "in", "for") and left and not self.is_suffix(left[-1]) and not generic:
                listed = cut == a and a > 0 and tokens[a - 1].text == "," and len(left) == 1
                # "Harlow, Brenner and Co": "and Co" ends a partnership's name, never a list.
                listed = listed and not (len(right) == 1 and fold(right[0]) in PARTNERSHIP)
                # "Dakota Oil and Gas Corp", "Iron and Steel"; not "Fairhaven and Calder Bank".
                if not listed and (legal or (head and len(right) == 1 and not self.is_head(left[-1]))):
                    continue
            yield cut, k
            cut = k + 1
        yield cut, b

    def _trim(
        self, tokens: list[Token], a: int, b: int, starts: set[int], lower: set[str]
    ) -> tuple[int, int]:
        a, b = self._trim_once(tokens, a, b, starts, lower)
        while a < b and (tokens[a].text in _JOINERS or tokens[a].text == "plc"):
            a += 1  # "Shares of Acme Corp" loses "Shares", then "of"
        return a, b

    def _trim_once(
        self, tokens: list[Token], a: int, b: int, starts: set[int], lower: set[str]
    ) -> tuple[int, int]:
        while a < b and (tokens[a].text in _JOINERS or tokens[a].text == "plc"):
            a += 1
        while b > a and tokens[b - 1].text in _JOINERS:
            b -= 1
        while a < b - 1 and (
            tokens[a].text.casefold() in _ARTICLES
            or (tokens[a].text.isupper() and fold(tokens[a].text) in self.non_companies)
        ):
            a += 1
        if a in starts and a < b:
            word = tokens[a].text
            pair = f"{word} {tokens[a + 1].text}" if b - a > 1 else ""
            opener = word.casefold() in SENTENCE_OPENERS or bool(_ADVERB.search(word))
            common = opener or fold(word) in self.non_companies or word.casefold() in lower
            # "Sterling Insurance Group", "General Rail Corp": a common word opening a sentence
            # still starts a name that ends in a business word; "But Acme Corp" does not.
            named = (
                b - a > 1
                and self.is_head(tokens[b - 1].text)
                and not opener
                and (b - a > 2 or self.is_suffix(tokens[b - 1].text) or fold(word) not in self.non_companies)
            )  # "Business Insurance premiums rose": a listed common word before one business word
            if b - a == 1 and common:
                a += 1
            elif (
                b - a > 1
                and not self.is_place(pair)
                and ((common and not named) or (self.is_descriptor(word) and not self.is_head(word)))
            ):
                # "Miners Kestrel Hill": the descriptor opens the sentence, the name follows it.
                starts.add(a + 1)
                a += 1
        # A leading "US" or "UK" describes the company ("US Telvik Corporation").
        if b - a > 1:
            word = tokens[a].text
            rest = [t.text for t in tokens[a + 1 : b]]
            if word.replace(".", "").isupper() and self.place_code(word) and not all(map(self.is_head, rest)):
                a += 1
            elif b - a > 2 and self.is_place(f"{word} {tokens[a + 1].text}"):
                # "runs the South Korea Tunely shop": a country name before a name with no business word.
                tail = [t.text for t in tokens[a + 2 : b]]
                if not any(self.is_head(w) or self.is_suffix(w) for w in tail):
                    a += 2
        return a, b

    # -- pass 2 and 3 ---------------------------------------------------------------
    def run(self, document: Document) -> list[CompanyMention | Company]:
        text = document.text
        if not text.strip():
            return []
        tokens = tokenize(text)
        runs = self.runs(document, tokens)
        candidates = self.context.evidence(document, tokens, runs)
        entities = self._merge(candidates)
        self._propagate(text, tokens, runs, entities)
        self.context.founded(document, entities)
        return self._facts(document, entities)

    def _merge(self, candidates: list[Candidate]) -> list[Entity]:
        entities: list[Entity] = []
        for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
            if self.blocked(cand.text):
                continue
            target = self._find(entities, cand, establish=True)
            if target is None:
                target = Entity([], {}, cand.start)
                entities.append(target)
            target.names.append(cand)
            for key, value in cand.attributes.items():
                target.attributes.setdefault(key, value)
            self._add_forms(target, cand.text)
            for form in self.known_forms.get(cand.attributes.get("known", ""), ()):
                target.forms.setdefault(fold(form), form)
            for key in ("ticker", "acronym"):
                symbol = cand.attributes.get(key)
                if symbol:
                    target.forms.setdefault(fold(symbol), symbol)
                    base = symbol.split(".")[0]
                    if len(base) >= 2 and not self.blocked(base):
                        target.forms.setdefault(fold(base), base)
        return self.edges.defined_later(entities)

    def _find(self, entities: list[Entity], cand: Candidate, *, establish: bool) -> Entity | None:
        key = fold(cand.text)
        words = cand.text.split()
        core = fold(" ".join(core_words(words, self.suffixes)))
        for entity in entities:
            if key in entity.forms:
                return entity
        for entity in entities:
            for name in entity.names:
                other = fold(" ".join(core_words(name.text.split(), self.suffixes)))
                if core == other:
                    return entity
                # "Alibaba" then "Alibaba Group Holding Ltd": only legal words added.
                if (
                    establish
                    and key.startswith(other + " ")
                    and all(self.is_suffix(w) for w in cand.text.split()[len(other.split()) :])
                ):
                    return entity
        return None

    def _add_forms(self, entity: Entity, name: str) -> None:
        words = [w.rstrip(",") for w in name.split()]  # "Varga, Lund Capital": "Varga" is a form
        entity.forms.setdefault(fold(name), name)
        core = core_words(words, self.suffixes)
        plain = [w for w in core if not self.is_suffix(w)] or core
        for variant in (core, plain):
            for n in range(len(variant), 0, -1):
                prefix = variant[:n]
                if prefix[-1] in _JOINERS:
                    continue
                surface = " ".join(prefix)
                if n == 1 and not self._distinctive(prefix[0]):
                    continue
                if self.blocked(surface):
                    continue
                entity.forms.setdefault(fold(surface), surface)
        initials = "".join(w[0] for w in core if w[:1].isupper() and w not in _JOINERS)
        # "BOM" for "Bank of Montreal" counts the joiner too.
        joined = "".join(w[0].upper() for w in core if w[:1].isupper() or w in ("of", "and", "&"))
        for short in dict.fromkeys((initials, joined)):
            if len(core) >= 2 and len(short) >= 2 and short.isupper() and not self.blocked(short):
                entity.forms.setdefault(fold(short), short)

    def _distinctive(self, word: str) -> bool:
        key = fold(word)
        if len(key) < 2 or key in self.non_companies or self.is_place(word) or self.is_head(word):
            return False
        return not self.is_descriptor(word)

    def _propagate(self, text: str, tokens: list[Token], runs: list[NameRun], entities: list[Entity]) -> None:
        """Every run that is a form of a known company is a mention of it; the first company wins."""
        seen = {(c.start, c.end) for e in entities for c in e.names}
        for entity in entities:
            entity.mentions.extend(entity.names)
        for run in runs:
            if (run.start, run.end) in seen:
                continue
            key = fold(run.text)
            owner = next((e for e in entities if key in e.forms), None)
            if owner is None:
                continue
            owner.mentions.append(Candidate(run.start, run.end, run.text, "alias"))

    def _facts(self, document: Document, entities: list[Entity]) -> list[CompanyMention | Company]:
        out: list[CompanyMention | Company] = []
        for entity in entities:
            mentions = sorted(entity.mentions, key=lambda c: (c.start, c.end))
            spans: list[Span] = []
            aliases: list[str] = []
            for cand in mentions:
                span = document.span(cand.start, cand.end)
                spans.append(span)
                if fold(cand.text) not in {fold(a) for a in aliases}:
                    aliases.append(cand.text)
                attrs_ = cand.attributes
                out.append(
                    CompanyMention(
                        span,
                        name=cand.text,
                        evidence=cand.evidence,
                        ticker=attrs_.get("ticker"),
                        exchange=attrs_.get("exchange"),
                        industry=attrs_.get("industry"),
                        location=attrs_.get("location"),
                        country=attrs_.get("country"),
                        extractor=self.extractor,
                    )
                )
            ticker = entity.attributes.get("ticker")
            for symbol in (ticker, entity.attributes.get("acronym")):
                if symbol and fold(symbol) not in {fold(a) for a in aliases}:
                    aliases.append(symbol)
            # The fullest form; "Acme Ltd" rather than a sentence-final "Acme Ltd.".
            name = max(
                (c.text for c in entity.names), key=lambda t: (len(t.split()), not t.endswith("."), len(t))
            )
            canonical = entity.attributes.get("known")
            if canonical and fold(canonical) not in {fold(x) for x in aliases}:
                aliases.append(canonical)  # the name a plugin knows it by, for look-ups
            known = self.known_country.get(fold(canonical or name))
            a = entity.attributes
            out.append(
                Company(
                    name=name,
                    aliases=(name, *(x for x in aliases if fold(x) != fold(name))),
                    evidence=tuple(sorted(set(spans))),
                    location=a.get("location"),
                    country=a.get("country") or known,
                    industry=a.get("industry"),
                    founded=a.get("founded"),
                    ticker=ticker,
                    exchange=a.get("exchange"),
                    parent=a.get("parent"),
                    extractor=self.extractor,
                )
            )
        return out
