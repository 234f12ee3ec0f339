"""What the ``stakes`` and ``deals`` extractors share: companies by position.

:class:`CompanyIndex` maps every company mention of a document to its
:class:`~corpfacts.Company` and resolves pronoun subjects ("it", "the
company", "its") to the company they most likely stand for: a company named
earlier in the same sentence, else the subject of the nearest preceding
sentence that has one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex

from corpfacts import Company, CompanyMention, Document, Lexicon, Span

# Small patterns used inside the rules, compiled once.
_NEW_COMPANY = regex.compile(r"\b(?:new|combined)\b")  # "the new company" names none found before
_LIST_JOIN = regex.compile(r"\s*(?:,|,?\s*and)\s*")  # ", ", " and ", ", and "

# A company named right after a preposition is rarely the subject a pronoun stands for.
_AFTER_PREPOSITION = regex.compile(
    r"\b(?:of|to|for|in|by|from|with|on|at|against|over)\s+(?:the\s+)?$", regex.I
)

# "the company" and "the group" may stand for any company, whatever its name says.
_GENERIC_NOUNS = frozenset({"company", "group", "firm", "concern"})

__all__ = ["CompanyIndex", "Named", "build_pronoun_pattern", "words_between"]


@attrs.frozen
class Named:
    """A company at a place in the text: a mention, or a pronoun resolved to one."""

    start: int
    end: int
    company: Company
    pronoun: bool = False


def build_pronoun_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """Pronouns and definite descriptions that stand for a company named before."""
    nouns = sorted(
        {"company", "group", "firm", "concern", "fund", "bank", *lexicon.company_descriptors},
        key=len,
        reverse=True,
    )
    noun_alternation = "|".join(regex.escape(n) for n in nouns)
    return regex.compile(
        rf"""
        \b(?:
            (?P<subject>it|they)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:likely|possible|unclear|expected|said|reported))
          | (?P<possessive>its|their)\b
          | the\s+(?:(?:same|latter|former|new|combined|parent|whole|entire)\s+)?
              (?P<noun>{noun_alternation})\b
              (?!\s+(?:of|which|that)\b)       # "the company of ..." is not anaphoric
              (?!(?-i:\s+[A-Z]))                # "the giant Yates Field": a title before a name
              (?!\s+(?:acquisition|purchase|takeover|merger|deal|bid|offer|stake|sale|shares?|shareholders?|
                    board|chairman|executive|unit|division)\b)   # "the giant takeover": an adjective
        )
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def words_between(text: str) -> int:
    """The number of words in ``text``."""
    return len(text.split())


class CompanyIndex:
    """Company mentions of one document, in text order, with pronouns resolved."""

    def __init__(self, document: Document, pronouns: regex.Pattern[str]) -> None:
        self.document = document
        self.text = document.text
        self.sentences: Sequence[Span] = document.sentences
        self._sentence_starts = [s.start for s in self.sentences]
        by_span: dict[tuple[int, int], Company] = {}
        for company in document.companies:
            for span in company.evidence:
                by_span[(span.start, span.end)] = company
        named: list[Named] = []
        for mention in document.company_mentions:
            found = by_span.get((mention.start, mention.end)) or self._by_name(document, mention)
            if found is not None:
                named.append(Named(mention.start, mention.end, found))
        named.sort(key=lambda n: (n.start, n.end))
        # A ticker in brackets after a name repeats it: "Velmar Land Co Ltd (VLMR.HK)".
        named = [
            n
            for i, n in enumerate(named)
            if not (
                i
                and self.text[named[i - 1].end : n.start].strip() == "("
                and self.text[n.end : n.end + 1] == ")"
            )
        ]
        self.mentions = named
        self._starts = [n.start for n in named]
        self._subjects: dict[int, Company | None] = {}
        self._pronouns = self._find_pronouns(pronouns)

    @staticmethod
    def _by_name(document: Document, mention: CompanyMention) -> Company | None:
        return document.company_named(mention.name)

    def _find_pronouns(self, pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
        found = []
        for match in pattern.finditer(self.text):
            start, end = match.span()
            if self._inside_mention(start, end):
                continue
            found.append((start, end))
        return found

    def _inside_mention(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self.mentions[i].end > start

    # -- lookups ---------------------------------------------------------------
    def sentence_index(self, position: int) -> int:
        """The index of the sentence holding ``position`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, position) - 1)

    def between(self, start: int, end: int) -> list[Named]:
        """The company mentions lying wholly within ``start:end``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [n for n in self.mentions[lo:hi] if n.end <= end]

    def pronouns_between(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self._pronouns if start <= s and e <= end]

    def candidates(self, start: int, end: int) -> list[Named]:
        """Mentions and resolved pronouns within ``start:end``, in text order."""
        found = list(self.between(start, end))
        for s, e in self.pronouns_between(start, end):
            if self.text[s:e].casefold() in ("they", "their"):
                group = self.group_before(s)
                company = group[0].company if group else None
            else:
                company = self.described(s, e) or self.resolve(s)
            if company is not None:
                found.append(Named(s, e, company, pronoun=True))
        found.sort(key=lambda n: (n.start, n.end))
        return found

    def objects_between(self, start: int, end: int, exclude: Company | None) -> list[Named]:
        """Mentions within ``start:end``, and descriptions ("the company", "the whole firm") resolved
        to the company named last before them that is not ``exclude`` (the one doing the buying)."""
        found = list(self.between(start, end))
        for s, e in self.pronouns_between(start, end):
            words = self.text[s:e].casefold()
            if not words.startswith("the ") or _NEW_COMPANY.search(words):
                continue
            described = self.described(s, e)
            if described is not None and described != exclude:
                found.append(Named(s, e, described, pronoun=True))
                continue
            skip = () if exclude is None else (exclude,)
            previous = next(
                (n for n in reversed(self.between(0, s)) if all(n.company != c for c in skip)), None
            )
            if previous is not None:
                found.append(Named(s, e, previous.company, pronoun=True))
        found.sort(key=lambda n: (n.start, n.end))
        return found

    def described(self, start: int, end: int) -> Company | None:
        """The company that "the fund" or "the bank" at ``start:end`` names: the last one named before
        whose name holds that noun ("Harbor Pension Fund" for "the fund"), if any."""
        words = self.text[start:end].casefold().split()
        if len(words) < 2 or words[0] != "the" or words[-1] in _GENERIC_NOUNS:
            return None
        for named in reversed(self.between(0, start)):
            if words[-1] in named.company.name.casefold().split():
                return named.company
        return None

    def resolve(self, position: int) -> Company | None:
        """The company a pronoun at ``position`` stands for.

        The first company named earlier in the same sentence (usually its
        subject: "X said it would ..."), else the subject of the nearest
        preceding sentence that has one.
        """
        index = self.sentence_index(position)
        sentence = self.sentences[index] if self.sentences else None
        if sentence is not None:
            before = self.between(sentence.start, position)
            free = [n for n in before if not _AFTER_PREPOSITION.search(self.text, sentence.start, n.start)]
            if free:
                return free[-1].company  # "X said Y raised its offer": its = Y
            if before:
                return before[0].company
        for i in range(index - 1, -1, -1):
            subject = self.subject(i)
            if subject is not None:
                return subject
        return None

    def group_before(self, position: int) -> list[Named]:
        """Companies joined by "and" that open the sentence of ``position`` or the one before ("they")."""
        index = self.sentence_index(position)
        for i in (index, index - 1):
            if i < 0:
                break
            sentence = self.sentences[i]
            named = self.between(sentence.start, min(sentence.end, position))
            best: list[Named] = []
            group: list[Named] = []
            for n in named:
                if group and _LIST_JOIN.fullmatch(self.text[group[-1].end : n.start]):
                    group.append(n)
                else:
                    group = [n]
                if len(group) > 1:
                    best = list(group)  # the nearest group before the pronoun
            if best:
                return best
        return []

    def topic_before(self, position: int) -> Named | None:
        """Where the subject of the nearest earlier sentence with one is named (or referred to)."""
        for i in range(self.sentence_index(position) - 1, -1, -1):
            company = self.subject(i)
            if company is None:
                continue
            sentence = self.sentences[i]
            for named in self.candidates(sentence.start, sentence.end):
                if named.company == company:
                    return named
            return None
        return None

    def subject(self, index: int) -> Company | None:
        """The company a sentence is about: its first company, named or pronoun."""
        if index in self._subjects:
            return self._subjects[index]
        self._subjects[index] = None  # guards against cycles
        sentence = self.sentences[index]
        mentions = self.between(sentence.start, sentence.end)
        pronouns = self.pronouns_between(sentence.start, sentence.end)
        first_mention = mentions[0].start if mentions else None
        result: Company | None = None
        if pronouns and (first_mention is None or pronouns[0][0] < first_mention):
            for i in range(index - 1, -1, -1):
                result = self.subject(i)
                if result is not None:
                    break
        if result is None and mentions:
            result = mentions[0].company
        self._subjects[index] = result
        return result

    def nearest_before(
        self, start: int, end: int, exclude: Iterable[Company] = (), *, free: bool = False
    ) -> Named | None:
        """The last mention or pronoun within ``start:end`` not naming a company of ``exclude``.

        With ``free``, skip companies named right after a preposition ("chairman of X").
        """
        skip = list(exclude)
        for named in reversed(self.candidates(start, end)):
            if free and not named.pronoun and _AFTER_PREPOSITION.search(self.text, start, named.start):
                continue
            if all(named.company != c for c in skip):
                return named
        return None
