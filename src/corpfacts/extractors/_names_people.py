"""The rules of the ``people`` plugin: a name, the title beside it, its company."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

import attrs
import regex

from corpfacts import Company, CompanyMention, Document, Lexicon, Person, PersonMention, Span

from ._names_clauses import ClauseRoles, Clauses, inside, run_span
from ._names_patterns import BACKWARDS
from ._names_scan import NameRun, Token, is_capitalised, name_runs, tokenize

__all__ = ["PersonFinder"]

_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof", "messrs"))
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "du", "da", "di", "bin", "al", "le", "la", "a"))
_GENERATIONS = frozenset(("sr", "jr", "ii", "iii", "iv"))
# A name word: "Zhang", "O'Leary", "McAllister", "Peter-Thilo", "Jón"; an initial "F."; "JP".
_NAME_WORD = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}\p{Lu}[\p{Ll}]+|\p{Lu}\.?|\p{Lu}{2}"
)
# Between a company and its officer's title: "Acme's new", "Acme Corp".
_ADJACENT = regex.compile(r"(?:'s|’s|')?\s(?:(?:new|former|acting|interim|current|deputy|senior)\s)*")
# A quoted speaker: "says Baltic Bank's Anna Kerr", "Acme's John Smith said".
_SPEAKS = regex.compile(
    r"\b(?:says|said|according\sto|told|added)\s\Z|\A,?\s(?:said|says|told|added|noted|warned)\b"
)
# Where the words after a title stop naming its company: "director of X, who ...".
_CLAUSE_END = regex.compile(r"[,.;:()]")
# "Acme Bank's Simon Rudd", also written apart: "Acme Bank 's Simon Rudd".
_POSSESSIVE_GAP = regex.compile(r"\s?(?:'s|’s|')\s")
_COORDINATED = regex.compile(r",?\s(?:and|&)\s|,\s")
_AND = regex.compile(r"\s(?:and|&)\s")
# Pronouns and nouns that point back at the company the text is about.
_BACK = regex.compile(
    r"(?:\b(?:its|the\s(?:company|firm|group|bank)(?:'s|’s)?)|\bCompany)\s*\Z", regex.IGNORECASE
)


@attrs.define
class _Found:
    name: str
    span: Span
    title: str | None
    company: Company | None


class PersonFinder(ClauseRoles):
    """Finds people in one document; built once per pipeline from the frozen lexicon."""

    def __init__(self, lexicon: Lexicon, company_free: Collection[str], *, extractor: str) -> None:
        self.extractor = extractor
        self.titles = dict(lexicon.titles)
        self.company_free = frozenset(company_free)
        self.places = lexicon.places
        self.non_names = frozenset(w.casefold() for w in lexicon.non_companies)
        self.heads = frozenset(lexicon.company_name_words) | {
            s.casefold().strip(".") for s in lexicon.company_suffixes
        }
        titles = "|".join(regex.escape(t) for t in sorted(self.titles, key=len, reverse=True)) or "chairman"
        title = rf"(?:{titles})(?:\s(?:and|&)\s(?:{titles}))?"
        self.title_words = frozenset(w for t in self.titles for w in t.split())
        # "... Acme chairman", "the company's new CEO,", "Former President": a title right before the name.
        self.title_before = regex.compile(
            rf"""
            (?P<title>{title})s?                          # the title (two joined by "and")
            (?P<comma>,)?\s\Z                             # then the name, maybe after a comma
            """,
            regex.VERBOSE | regex.IGNORECASE | BACKWARDS,
        )
        self.title_of_before = regex.compile(
            rf"""(?P<title>{title})\s(?:of|at|for)\s
            (?P<company>(?-i:\p{{Lu}})[\w.&'’\-]*(?:\s(?-i:\p{{Lu}})[\w.&'’\-]*){{0,4}})   # CEO of Velmar
            (?:\s?(?:'s|’s)(?:\s(?-i:[a-z])[\w\-]*){{1,3}})?\s?,\s\Z                    # 's local unit""",
            regex.VERBOSE | regex.IGNORECASE | BACKWARDS,
        )
        self.owner_clause = regex.compile(
            r"""\A(?:\s(?:and|&)\s(?:Mr\s|Ms\s)?\p{Lu}[\w.'’\-]*(?:\s\p{Lu}[\w.'’\-]*){0,3})?  # and a name
            (?:\s(?:and|&)\s[a-z][^,.;]{0,50})?                                   # and relatives
            ,?\s(?:who|which)\s(?:together\s)?(?:own|owns|hold|holds|control|controls)\s
            [^.;]{0,60}?(?:stake\sin|interest\sin|of)\s(?:the\s)?                  # ... a 29% stake in
            """,
            regex.VERBOSE,
        )
        self.founded_by = regex.compile(
            r"""\b(?:co-)?(?:founded|set\sup|started|established|created)\sby\s
            (?:(?:(?-i:[a-z])[\w\-]*|(?-i:\p{Lu})[\w]*-based)\s){0,4}\Z""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # "..., chairman of Acme", ", an analyst at Acme", ", who is chairman and CEO of Acme".
        self.title_after = regex.compile(
            rf"""
            \A(?:,\s(?:aged\s)?\d{{2}}(?=,))?                            # an age: "John Smith, 54, chief ..."
            (?:\s?,\s|\s-\s|\s(?:is|was|has\sbeen|will\sbe|becomes)\s)   # ", " or " - " or " is "
            (?:who\sis\s|who\swas\s)?(?:(?:now|currently|also|the|a|an|its|current|former|new|senior|both)\s)*
            (?:(?P<owner>(?-i:\p{{Lu}})[\w.&\-]*(?:\s(?-i:\p{{Lu}})[\w.&\-]*){{0,4}})   # "X's", or
               (?:\s?(?:'s|’s)\s|(?<=\b(?:a|an)\s(?-i:\p{{Lu}})[^,]{{0,60}})\s))?      # "a X spokeswoman"
            (?:(?-i:[a-z])[\w\-]*\s){{0,2}}?                  # telecoms analyst
            (?P<title>{title})s?
            (?:\s(?:of|at|for|with)\s(?:both\s)?(?:(?-i:[a-z])[\w\-]*\s){{0,4}})?  # of (marketing for)
            """,
            regex.VERBOSE | regex.IGNORECASE,
        )
        self.clauses = Clauses(title)
        self.of_company = regex.compile(r"\A,?\s(?:of|at|from|with)\s(?:[a-z][\w\-]*\s){0,3}\Z")

    # -- names -------------------------------------------------------------------
    def _runs(self, text: str, tokens: list[Token]) -> list[NameRun]:
        flags = []
        for i, tok in enumerate(tokens):
            word = tok.text
            key = word.casefold().rstrip(".")
            if key in _HONORIFICS or (
                key in self.title_words and word[:1].isupper() and key not in _GENERATIONS
            ):
                flags.append(False)
            elif is_capitalised(word) or (word in _PARTICLES and 0 < i < len(tokens) - 1):
                flags.append(True)
            else:
                flags.append(False)
        return name_runs(text, tokens, flags, set())

    def _looks_like_name(self, run: NameRun) -> bool:
        words = run.text.split()
        if not 2 <= len(words) <= 5 or words[0] in _PARTICLES or words[-1] in _PARTICLES:
            return False
        if (
            run.text.casefold() in self.non_names
            or run.text in self.places
            or run.text.casefold() in self.places
        ):
            return False
        for word in words:
            key = word.casefold().rstrip(".")
            if word in _PARTICLES or key in _GENERATIONS:
                continue
            if key in self.heads or key in self.non_names or not _NAME_WORD.fullmatch(word):
                return False
            if word in self.places or key in self.places:
                return False
        return True

    # -- the rules ---------------------------------------------------------------------
    def run(self, document: Document) -> list[PersonMention | Person]:
        text = document.text
        if not text.strip():
            return []
        tokens = tokenize(text)
        runs = self._runs(text, tokens)
        cmentions = sorted(document.company_mentions, key=lambda m: m.start)
        starts = [m.start for m in cmentions]
        owner = {m.span: c for c in document.companies for m in cmentions if m.span in c.evidence}
        counts = Counter(owner[m.span].name for m in cmentions if m.span in owner)
        main = (
            max(document.companies, key=lambda c: (counts[c.name], -c.evidence[0].start)) if counts else None
        )
        found: list[_Found] = []
        for run in runs:
            if run.last - run.first == 1 and found:
                # "Mr Brenner has been finance director of Corvida": a known person's new role.
                again = self._surname_role(document, run, found, cmentions, starts, owner)
                if again is not None:
                    found.append(again)
                continue
            run = self._trim_lead(text, tokens, run)
            if not self._looks_like_name(run) or inside(run, cmentions):
                continue
            hit = self._person(document, run, cmentions, starts, owner, main)
            gap = text[found[-1].span.end : run.start] if found else ""
            if hit is None and found and _COORDINATED.fullmatch(gap):
                # "chief executives Karl Brenner and Aino Salo": the second shares the title.
                last = found[-1]
                hit = _Found(run.text, run_span(document, run), last.title, last.company)
            parallel = self.clauses.parallel.fullmatch(gap) if hit is None and found else None
            if parallel is not None and found[-1].company is not None:
                # "its CEO, Jon Berg, and head of sales, Ann Lowe": a second officer, same company.
                hit = _Found(
                    run.text, run_span(document, run), self._normal(parallel.group("role")), found[-1].company
                )
            if hit is not None:
                sibling = self._sibling(text, tokens, runs, run, cmentions)
                if sibling is not None:
                    # "Ivan and Pavel Petrov, who run Acme": both Petrovs hold the role.
                    found.append(
                        _Found(
                            f"{sibling.text} {run.text.split()[-1]}",
                            run_span(document, sibling),
                            hit.title,
                            hit.company,
                        )
                    )
                found.append(hit)
                also = self._second_company(text, hit, cmentions, owner)
                if also is not None:
                    found.append(_Found(hit.name, hit.span, hit.title, also))
        return self._facts(document, runs, found)

    def _surname_role(
        self,
        document: Document,
        run: NameRun,
        found: list[_Found],
        cmentions: list[CompanyMention],
        starts: list[int],
        owner: dict[Span, Company],
    ) -> _Found | None:
        person = next((f for f in reversed(found) if f.name.split()[-1] == run.text), None)
        if person is None:
            return None
        after = document.text[run.end : run.end + 160]
        match = self.title_after.match(after)
        if match is None or match.group("owner"):
            return None
        lo = run.end + match.end()
        company = self._company_at(cmentions, starts, owner, lo, lo + 3)
        if company is None or any(f.name == person.name and f.company == company for f in found):
            return None
        return _Found(person.name, run_span(document, run), self._normal(match.group("title")), company)

    @staticmethod
    def _second_company(
        text: str, hit: _Found, cmentions: list[CompanyMention], owner: dict[Span, Company]
    ) -> Company | None:
        """ "chairman of both Cityline and Wexmoor": the person holds the title at both."""
        if hit.company is None:
            return None
        spans = [s for s in hit.company.evidence if s.start > hit.span.end and s.start - hit.span.end < 120]
        for span in spans[:1]:
            for mention in cmentions:
                if mention.start > span.end and _AND.fullmatch(text[span.end : mention.start]):
                    other = owner.get(mention.span)
                    if (
                        other is not None
                        and other != hit.company
                        and "both" in text[hit.span.end : span.start]
                    ):
                        return other
        return None

    def _person(
        self,
        document: Document,
        run: NameRun,
        cmentions: list[CompanyMention],
        starts: list[int],
        owner: dict[Span, Company],
        main: Company | None,
    ) -> _Found | None:
        text = document.text
        before = text[max(0, run.start - 80) : run.start]
        after = text[run.end : run.end + 160]
        title: str | None = None
        company: Company | None = None
        explicit = False
        match = self.title_of_before.search(before)
        if match:
            # "CEO of Velmar, Karl Brenner": the company named between title and name.
            title = self._normal(match.group("title"))
            at = run.start - len(before) + match.start("company")
            company = self._company_at(cmentions, starts, owner, at, at + 2)
            explicit = company is not None
            match = None
        else:
            match = self.title_before.search(before)
            described = None if match else self.clauses.described.search(before)
            if described is not None:
                # "the group's administrator, insolvency specialist Rino Valli": skip the description.
                match = self.title_before.search(before[: described.start()] + " ")
        if match:
            title = self._normal(match.group("title"))
            title_start = run.start - len(before) + match.start()
            lead = before[: match.start()]
            prev = self._mention_before(cmentions, starts, title_start)
            if prev is not None and _ADJACENT.fullmatch(text[prev.end : title_start]):
                company, explicit = owner.get(prev.span), prev.span in owner
            elif _BACK.search(lead):
                company, explicit = self._subject(document, run, cmentions, starts, owner, main), True
        m_after = self.title_after.match(after)
        if m_after:
            title = title or self._normal(m_after.group("title"))
            if m_after.group("owner"):
                named = document.company_named(m_after.group("owner").strip())
                if named is not None:
                    # The title tied to a company wins: "Fund manager X - Acme's largest investor".
                    company, explicit, title = named, True, self._normal(m_after.group("title"))
            else:
                lo = run.end + m_after.end()
                # The company may follow a description: "director of London-based group Quillon".
                stop = _CLAUSE_END.search(text[lo : lo + 60])
                hi = lo + (stop.start() if stop else 60)
                found = self._company_at(cmentions, starts, owner, lo, max(hi, lo + 3))
                if found is not None:
                    company, explicit, title = found, True, self._normal(m_after.group("title"))
        if not explicit:
            company, explicit, title = self._clause_roles(
                document, run, before, after, cmentions, starts, owner, main, company, title
            )
        holder = self.owner_clause.match(after)
        if holder and not explicit:
            # "Sean Tully and Liam Fay, who own a 31% stake in Harwood Bank": shareholders.
            lo = run.end + holder.end()
            found = self._company_at(cmentions, starts, owner, lo, lo + 3)
            if found is not None:
                company, explicit, title = found, True, self._role(title, "shareholder")
        founder = self.founded_by.search(before)
        if founder and not explicit:
            # "Skyhop, which was founded by travel agent Ravi Mehta".
            at = run.start - len(before) + founder.start()
            title = "founder"
            company = self._company_before(cmentions, starts, owner, at, max(0, at - 80))
            explicit = company is not None
        if not explicit:
            # "Karl Brenner of Acme Bank", "says Acme Bank's Simon Rudd", "Pierre Lacombe's Lumen group".
            nxt = self._company_at(cmentions, starts, owner, run.end, run.end + 60)
            if nxt is not None:
                gap = text[
                    run.end : min((s.start for s in nxt.evidence if s.start >= run.end), default=run.end)
                ]
                owned = run.possessive and len(gap) <= 4 and text[run.end : run.end + 2] in ("'s", "’s")
                if self.of_company.match(gap) or owned:
                    company, explicit = nxt, True
            earlier = self._company_before(cmentions, starts, owner, run.start, run.start - 40)
            last = max((s for s in earlier.evidence if s.end <= run.start), default=None) if earlier else None
            if not explicit and last is not None:
                speaking = _SPEAKS.search(text[max(0, last.start - 12) : last.start]) or _SPEAKS.match(after)
                if _POSSESSIVE_GAP.fullmatch(text[last.end : run.start]) and speaking:
                    company, explicit = earlier, True
        if title is None and not explicit:
            return None
        if company is None and title is not None and title not in self.company_free:
            sentence = document.sentence_of(run_span(document, run))
            lo = sentence.start if sentence is not None else run.start - 300
            company = self._company_before(cmentions, starts, owner, run.start, max(0, lo - 400)) or main
        if title in self.company_free and not explicit:
            company = None
        return _Found(run.text, run_span(document, run), title, company)

    def _facts(
        self, document: Document, runs: list[NameRun], found: list[_Found]
    ) -> list[PersonMention | Person]:
        out: list[PersonMention | Person] = []
        people: dict[tuple[str, str | None], tuple[_Found, list[Span]]] = {}
        for hit in found:
            key = (hit.name, hit.company.name if hit.company else None)
            if key in people:
                people[key][1].append(hit.span)
                continue
            # A name first seen without a company takes one given later.
            people[key] = (hit, [hit.span])
        surnames = {hit.name.split()[-1]: hit for hit in found}
        seen = {hit.span for hit in found}
        mentions: list[tuple[Span, _Found]] = [(hit.span, hit) for hit in found]
        for run in runs:
            span = run_span(document, run)
            if span in seen:
                continue
            words = run.text.split()
            while len(words) > 1 and words[0].casefold() in self.non_names:
                words = words[1:]  # "Later Moss left"
            named = surnames.get(" ".join(words))
            if named is not None and run.start > named.span.start:
                span = document.span(run.end - len(words[-1]), run.end)
                mentions.append((span, named))
                key = (named.name, named.company.name if named.company else None)
                people[key][1].append(span)
        for span, hit in sorted(mentions, key=lambda m: m[0].start):
            out.append(
                PersonMention(
                    span,
                    name=hit.name,
                    title=hit.title,
                    company=hit.company.name if hit.company else None,
                    extractor=self.extractor,
                )
            )
        for (name, _), (hit, spans) in people.items():
            title = next(
                (h.title for h in found if h.name == name and h.company == hit.company and h.title), None
            )
            out.append(
                Person(
                    name=name,
                    title=title,
                    company=hit.company,
                    evidence=tuple(sorted(spans)),
                    extractor=self.extractor,
                )
            )
        return out
