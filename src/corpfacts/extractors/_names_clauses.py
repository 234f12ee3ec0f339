"""Clause rules of the ``people`` plugin: roles a sentence gives a person away from the name.

:mod:`._names_people` reads titles written right beside a name; these rules
read the clauses news copy uses instead: "X, who runs Acme", "controlled by
entrepreneur X", "X, who ..., still holds a stake in the company", "X, who
... when she was finance director of the bank", and a second officer
introduced in parallel ("its CEO, X, and head of sales, Y").
Each pattern is compiled once from the lexicon's titles.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import regex

from corpfacts import Company, CompanyMention, Document, Span

from ._names_patterns import BACKWARDS
from ._names_scan import NameRun, Token, make_run
from ._names_vocab import PERSON_NOUNS

# Small patterns used inside the rules, compiled once.
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}{2,}")

__all__ = ["Clauses", "ClauseRoles", "RUN_VERBS", "inside", "run_span"]

_AND = regex.compile(r"\s(?:and|&)\s")

#: Verbs of running a company, and the role each gives: "X, who heads Acme".
RUN_VERBS = {
    "manage": "manager", "manages": "manager", "managed": "manager", "run": "head", "runs": "head",
    "ran": "head", "head": "head", "heads": "head", "headed": "head", "lead": "head", "leads": "head",
    "led": "head", "chair": "chairman", "chairs": "chairman", "chaired": "chairman", "founded": "founder",
    "co-founded": "founder", "owns": "owner", "own": "owner", "owned": "owner", "controls": "owner",
    "control": "owner", "controlled": "owner",
}  # fmt: skip

# Lower-case words that name what a person is, ending an appositive before the name:
# "the group's administrator, insolvency specialist Rino Valli".
_PEOPLE = "|".join(sorted(PERSON_NOUNS | {"veteran", "expert", "specialist"}, key=len, reverse=True))


class Clauses:
    """The compiled clause patterns; ``titles`` is the lexicon's title alternation."""

    def __init__(self, titles: str) -> None:
        verbs = "|".join(sorted(RUN_VERBS, key=len, reverse=True))
        # ", who now run Gorsk", ", who police say ran Acme's trading desk".
        self.who_runs = regex.compile(
            rf"""\A\s?,?\s(?:who|which)\s
            (?:(?:it|he|she|they|police|prosecutors|regulators)\s(?:says?|said|alleges?|alleged)\s)?
            (?:(?:currently|now|also|still|jointly|together|previously|once|formerly)\s)?
            (?P<verb>{verbs})\s(?:the\s)?""",
            regex.VERBOSE,
        )
        # "Ana Ortega founded Ortega Textiles", "Karl Brenner heads Velmar Bank": the name is the subject.
        self.subject_runs = regex.compile(
            r"""\A\s(?:(?:also|currently|now|jointly|later|then)\s)?
            (?P<verb>founded|co-founded|heads|headed|runs|ran|chairs|chaired|manages|managed)\s(?:the\s)?""",
            regex.VERBOSE,
        )
        # "Acme named John Smith as its new chief executive", "appointed Ann Lowe finance director".
        self.appointed_before = regex.compile(
            r"\b(?:named|appointed|hired|promoted|elected|picked|chose|tapped|installed|nominated)\s\Z",
            BACKWARDS,
        )
        self.appointed_after = regex.compile(
            rf"""\A\s(?:as\s)?(?:(?:its|the|their|a|an|our)\s)?(?:(?:new|next|interim|acting|permanent)\s)*
            (?P<title>{titles})(?:\s(?P<of>of|at)\s(?:the\s)?)?""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # "controlled by Danish entrepreneur Dr Lars Holm": the owner of the company before.
        self.owned_by = regex.compile(
            r"""\b(?:(?:majority|wholly|partly|jointly|part|family|privately)[\s\-])?
            (?:owned|controlled|run)\sby\s
            (?:(?:(?-i:\p{Lu})[\w\-]*\s)?(?:(?-i:[a-z])[\w\-]*\s){1,3})?   # Malaysian entrepreneur
            (?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s)?\Z""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # "X, who sold out of Acme in May, still holds a small stake in the company".
        self.holds_later = regex.compile(
            r"""\A,\s(?:who|which)\s[^.;"“”]{0,160}?,\s(?:[a-z][\w\-]*\s){0,3}?
            (?:hold|holds|held|own|owns|owned|keeps?|kept|retains?|retained)\s
            (?:[\w\-%.,]+\s){0,4}?(?:stake|interest|holding|shareholding)\s(?:in|of)\s(?:the\s)?""",
            regex.VERBOSE,
        )
        # "X, who was charged on Monday, said she was finance director of the bank until 2002".
        self.was_title = regex.compile(
            rf"""\A,\s(?:who|which)\s[^.;"“”]{{0,200}}?\b(?:he|she)\s
            (?:is|was|had\sbeen|has\sbeen|became|served\sas|worked\sas)\s
            (?:(?:the|its|a|an|former)\s)*(?P<title>{titles})\s(?:of|at|for)\s(?:the\s)?""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # ", and head of sales, Y" after "its CEO, X": a second officer of the same company.
        self.parallel = regex.compile(
            r"""\A,?\s(?:and|&)\s(?:(?:its|the|their)\s)?
            (?P<role>(?:[a-z][\w\-]*\s){0,3}[a-z][\w\-]*),\s\Z""",
            regex.VERBOSE,
        )
        # "the group's administrator, insolvency specialist Rino Valli".
        self.described = regex.compile(
            rf",\s(?:(?-i:[a-z])[\w\-]*\s){{0,2}}(?:{_PEOPLE})\s\Z", regex.IGNORECASE | BACKWARDS
        )
        # The company a clause points back at: "in the company", "of the bank".
        self.back = regex.compile(r"(?:company|firm|group|bank|business|concern)\b")


class ClauseRoles:
    """Company look-ups and the clause rules; :class:`~._names_people.PersonFinder` builds on it."""

    titles: dict[str, str]
    company_free: frozenset[str]
    places: Mapping[str, str]
    non_names: frozenset[str]
    title_words: frozenset[str]
    clauses: Clauses

    def _trim_lead(self, text: str, tokens: list[Token], run: NameRun) -> NameRun:
        """ "Norwegians Sven Dahl", "Tycoon Karl Brenner": a demonym or a word for a person opening
        the sentence describes the name after it."""
        first = run.first
        while run.last - first > 2:
            key = tokens[first].text.casefold()
            bare = key.rstrip("s")
            if not (key in self.places or bare in self.places or key in PERSON_NOUNS or bare in PERSON_NOUNS):
                break
            first += 1
        return run if first == run.first else make_run(text, tokens, first, run.last, set())

    def _sibling(
        self,
        text: str,
        tokens: list[Token],
        runs: list[NameRun],
        run: NameRun,
        cmentions: list[CompanyMention],
    ) -> NameRun | None:
        """A lone first name joined to a full name by "and": "Ivan and Pavel Petrov"."""
        if run.last - run.first != 2:
            return None
        i = bisect.bisect_left([r.start for r in runs], run.start) - 1
        if i < 0:
            return None
        prev = runs[i]
        word = prev.text.split()[-1]
        lead = prev.text.split()[:-1]
        if (
            any(
                w.casefold() not in self.places and w.casefold().rstrip("s") not in PERSON_NOUNS for w in lead
            )
            or not _AND.fullmatch(text[prev.end : run.start])
            or not _CAPITALISED.fullmatch(word)
            or word.casefold() in self.non_names
            or word.casefold() in self.places
            or word.casefold() in self.title_words
            or inside(prev, cmentions)
        ):
            return None
        return prev if not lead else make_run(text, tokens, prev.last - 1, prev.last, set())

    def _company_at(
        self, cmentions: list[CompanyMention], starts: list[int], owner: dict[Span, Company], lo: int, hi: int
    ) -> Company | None:
        """The first company mentioned between offsets ``lo`` and ``hi``."""
        i = bisect.bisect_left(starts, lo)
        while i < len(cmentions) and cmentions[i].start < hi:
            company = owner.get(cmentions[i].span)
            if company is not None:
                return company
            i += 1
        return None

    @staticmethod
    def _mention_before(
        cmentions: list[CompanyMention], starts: list[int], pos: int
    ) -> CompanyMention | None:
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and cmentions[i].end > pos:
            i -= 1
        return cmentions[i] if i >= 0 else None

    def _company_before(
        self,
        cmentions: list[CompanyMention],
        starts: list[int],
        owner: dict[Span, Company],
        pos: int,
        lo: int,
    ) -> Company | None:
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and cmentions[i].start >= lo:
            company = owner.get(cmentions[i].span)
            if company is not None:
                return company
            i -= 1
        return None

    def _clause_roles(
        self,
        document: Document,
        run: NameRun,
        before: str,
        after: str,
        cmentions: list[CompanyMention],
        starts: list[int],
        owner: dict[Span, Company],
        main: Company | None,
        company: Company | None,
        title: str | None,
    ) -> tuple[Company | None, bool, str | None]:
        """Roles given by a clause rather than a title beside the name (see :mod:`._names_clauses`)."""
        text = document.text
        sentence = document.sentence_of(run_span(document, run))
        stop = sentence.end if sentence is not None else len(text)
        runs_it = self.clauses.who_runs.match(after) or self.clauses.subject_runs.match(after)
        if runs_it:
            # "X, who heads Acme", "who police say ran Acme's trading desk".
            lo = run.end + runs_it.end()
            found = self._company_at(cmentions, starts, owner, lo, lo + 3)
            if found is not None:
                return found, True, self._role(title, RUN_VERBS[runs_it.group("verb")])
        appointed = self.clauses.appointed_after.match(after)
        if appointed and self.clauses.appointed_before.search(before):
            # "Acme named John Smith as its new chief executive": the title at the company named,
            # else at the subject of the sentence.
            lo = run.end + appointed.end()
            found = self._company_at(cmentions, starts, owner, lo, lo + 3) if appointed.group("of") else None
            if found is None:
                first = sentence.start if sentence is not None else max(0, run.start - 200)
                found = self._company_at(cmentions, starts, owner, first, run.start)
            if found is not None:
                return found, True, self._normal(appointed.group("title"))
        owned = None if run.possessive else self.clauses.owned_by.search(before)
        if owned:
            # "Lumen, which is controlled by entrepreneur X": the company before the clause.
            at = run.start - len(before) + owned.start()
            lo = sentence.start if sentence is not None else max(0, at - 160)
            found = self._company_before(cmentions, starts, owner, at, lo)
            if found is not None:
                return found, True, self._role(title, "owner")
        for pattern, default in ((self.clauses.holds_later, "shareholder"), (self.clauses.was_title, "")):
            clause = pattern.match(text[run.end : stop])
            if clause is None:
                continue
            lo = run.end + clause.end()
            found = self._company_at(cmentions, starts, owner, lo, lo + 3)
            if found is None and self.clauses.back.match(text, lo):
                found = self._subject(document, run, cmentions, starts, owner, main)
            if found is not None:
                named = clause.groupdict().get("title")
                return found, True, self._role(title, self._normal(named) if named else default)
        return company, False, title

    def _role(self, title: str | None, role: str) -> str:
        """The role a clause gives, unless a title tied to a company is already known: "tycoon X, who
        owns 5% of Acme" is Acme's shareholder, "Acme's chairman X, who owns 5%" its chairman."""
        return role if title is None or title in self.company_free else title

    def _subject(
        self,
        document: Document,
        run: NameRun,
        cmentions: list[CompanyMention],
        starts: list[int],
        owner: dict[Span, Company],
        main: Company | None,
    ) -> Company | None:
        """The company a sentence is about: its first company, else the story's main company."""
        sentence = document.sentence_of(run_span(document, run))
        if sentence is not None:
            first = self._company_at(cmentions, starts, owner, sentence.start, run.start)
            if first is not None:
                return first
        return main

    def _normal(self, title: str) -> str:
        parts = _AND.split(" ".join(title.casefold().split()))
        return " and ".join(self.titles.get(p, p) for p in parts)


def run_span(document: Document, run: NameRun) -> Span:
    return document.span(run.start, run.end)


def inside(run: NameRun, cmentions: list[CompanyMention]) -> bool:
    return any(m.start < run.end and run.start < m.end for m in cmentions)
