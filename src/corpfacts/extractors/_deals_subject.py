"""The subject of a deal trigger: the company doing what the trigger says.

The company named (or the pronoun resolved) nearest before the trigger in
its sentence, with the exceptions news prose needs: a possessive before a
noun trigger ("X's takeover by Y"), a participle clause that borrows the
main clause's subject ("X said it sold shares, reducing its stake"), verbs
joined by "and", a relative clause on a noun that is no company ("the
agency, which agreed to sell"), and people acting for themselves.
"""

from __future__ import annotations

import regex

from corpfacts import Span

from ._deals_context import CompanyIndex, Named, words_between
from ._deals_triggers import TriggerMatch

# Small patterns used inside the rules, compiled once.
_TO_ONLY = regex.compile(r"\s*to\s+")
_BY_AT_END = regex.compile(r"\bby\s+$")
_COMMA_ONLY = regex.compile(r"\s*,\s*")

__all__ = ["THAT_SOMEONE", "inside_brackets", "person_subject", "subject_of"]

# A company named just before a preposition is the object of something else ("the board of X").
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:of|to|for|in|by|from|with|on|at|against|over)\s+(?:the\s+)?$", regex.I
)
# "X raised its stake in Y to 80% and bought Z": the verbs share their subject.
_VP_AND = regex.compile(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)*$", regex.IGNORECASE)
_POSSESSIVE_AFTER = regex.compile(r"^(?:'s?|’s?)(?!\w)")
THAT_SOMEONE = regex.compile(r"\bthat\s+(?:(?-i:[A-Z])[\w.]*\s+){1,3}(?:\w+\s+){0,4}$", regex.IGNORECASE)
# ", who are seeking to acquire X in a hostile offer,": companies in such a clause are not the subject.
_RELATIVE_ASIDE = regex.compile(r",\s*(?:who|which)\b[^,;]*,")
# "the agency, which agreed to sell": the relative clause's antecedent acts, and it is no company
_RELATIVE_BEFORE = regex.compile(r"(?<=\w)\s*,?\s+(?:which|who)\s+(?:[\w-]+\s+){0,4}$", regex.IGNORECASE)
# ... unless the clause follows the company itself or an apposition to it ("X, a unit of Y, which")
_APPOSITION_START = regex.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s+(?:a|an|the)\s|$)", regex.IGNORECASE)
# ", reducing its stake": a participle clause after a comma shares the main clause's subject
_ADJUNCT_BEFORE = regex.compile(r",\s+(?:even\s+|thus\s+|further\s+|so\s+)?$", regex.IGNORECASE)
# Reported speech starts the clause whose subject the participle borrows.
_SPEECH = regex.compile(r"\b(?:said|says|told|that)\b", regex.IGNORECASE)
# "X's takeover by Y", "X's last major purchase": the possessive names a party even after a preposition
_OWNER_OF_TRIGGER = regex.compile(r"(?:'s?|’s?)\s+(?:[\w-]+\s+){0,2}")


def subject_of(index: CompanyIndex, trigger: TriggerMatch, sentence: Span) -> Named | None:
    """The company doing the action of ``trigger``: nearest before it in its sentence."""
    text = index.text
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, sentence.start, trigger.start)]
    candidates = [
        n
        for n in index.candidates(sentence.start, trigger.start)
        if not inside_brackets(text, n, trigger.start) and not any(a <= n.start < b for a, b in asides)
    ]
    inside = [n for n in index.between(trigger.start, trigger.end) if _POSSESSIVE_AFTER.match(text[n.end :])]
    if inside:
        return inside[0]  # "raise Jardine's stake in X": the owner of the stake
    if not candidates:
        return None
    relative = _RELATIVE_BEFORE.search(text, candidates[-1].end, trigger.start)
    if relative is not None and not _APPOSITION_START.match(text[candidates[-1].end : relative.start()]):
        return None  # "courted the state agency, which agreed to sell": a noun, not a company, acts
    if trigger.is_gerund and _ADJUNCT_BEFORE.search(text, sentence.start, trigger.start):
        # "X said it sold options, reducing its stake ...": the main clause's subject acts
        start = max(
            (m.end() for m in _SPEECH.finditer(text, sentence.start, trigger.start)), default=sentence.start
        )
        for named in candidates:
            if named.start >= start and (
                named.pronoun or not _PREPOSITION_BEFORE.search(text[sentence.start : named.start])
            ):
                return named
    nearest = candidates[-1]
    people = [p for p in index.document.person_mentions if nearest.end <= p.start and p.end <= trigger.start]
    if people and not nearest.pronoun and words_between(text[people[-1].end : trigger.start]) <= 6:
        return None  # "X has often said Ms Varga plans to buy out the minority": a person acts
    if THAT_SOMEONE.search(text, nearest.end, trigger.start):
        return None  # "It was widely rumoured that Ms Varga plans to ...": someone unnamed as a company
    if _TO_ONLY.fullmatch(text[nearest.end : trigger.start]) and _BY_AT_END.search(
        text[sentence.start : nearest.start]
    ):
        return nearest  # "an offer by X to acquire Y"
    if _COMMA_ONLY.fullmatch(text[nearest.end : trigger.start]):
        return nearest  # "X, bought by Y last year": a reduced relative clause
    if _OWNER_OF_TRIGGER.fullmatch(text[nearest.end : trigger.start]):
        return nearest  # "after X's takeover by Y", "X's purchase of Y": the possessive acts or is acted on
    if not trigger.is_noun and _VP_AND.search(text[nearest.end : trigger.start]) and len(candidates) > 1:
        return candidates[0]
    # A company after a preposition is the object of another word ("the board of X", "controlled by X").
    free = [
        n for n in candidates if n.pronoun or not _PREPOSITION_BEFORE.search(text[sentence.start : n.start])
    ]
    return free[-1] if free else None


def inside_brackets(text: str, named: Named, limit: int) -> bool:
    before = text[: named.start]
    return before.rfind("(") > before.rfind(")") and ")" in text[named.end : limit]


def person_subject(index: CompanyIndex, sentence: Span, trigger: TriggerMatch) -> bool:
    """Whether a named person is the nearest subject before ``trigger`` ("Ms Varga plans to buy ...")."""
    people = [
        p for p in index.document.person_mentions if sentence.start <= p.start and p.end <= trigger.start
    ]
    return bool(people) and words_between(index.text[people[-1].end : trigger.start]) <= 6
