"""Who takes part in a merger or joint venture named before its trigger.

"X and Y said they would merge", "X said it and Y agreed to merge", "X is in
talks with Y about a joint venture": the subject, the companies joined to it
by "and", and those it is "with".
"""

from __future__ import annotations

import regex

from corpfacts import Span

from ._deals_context import CompanyIndex, Named
from ._deals_triggers import TriggerMatch

__all__ = ["first_group", "parties_before"]

_WITH_BEFORE = regex.compile(r"\b(?:with|and)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
_JOINED = regex.compile(r"\s*(?:,|,?\s*and)\s*")


def parties_before(
    index: CompanyIndex, subject: Named | None, sentence: Span, trigger: TriggerMatch
) -> list[Named]:
    """The subject of a merger with the companies joined to it by "and" ("X and Y said they would merge")."""
    if subject is None:
        return []
    text = index.text
    before = [n for n in index.candidates(sentence.start, trigger.start) if n.end <= subject.start]
    if subject.pronoun and text[subject.start : subject.end].casefold() in ("they", "their"):
        # "they" stands for the companies joined by "and" that open the sentence, or the previous one.
        group = first_group(index, sentence.start, subject.start)
        if not group:
            previous = index.sentence_index(sentence.start) - 1
            if previous >= 0:
                prev = index.sentences[previous]
                group = first_group(index, prev.start, prev.end)
        return group or [subject]
    group = [subject]
    # "X is in talks with Y about a joint venture": Y takes part too.
    group.extend(
        n
        for n in index.between(subject.end, trigger.start)
        if _WITH_BEFORE.search(text, subject.end, n.start) and n.company != subject.company
    )
    for named in reversed(before):
        gap = text[named.end : group[0].start]
        if _JOINED.fullmatch(gap):
            group.insert(0, named)
        else:
            break
    return group


def first_group(index: CompanyIndex, start: int, end: int) -> list[Named]:
    """Two or more companies joined by "and" at the start of ``start:end`` (else none)."""
    named = index.between(start, end)
    if not named:
        return []
    group = [named[0]]
    for n in named[1:]:
        if _JOINED.fullmatch(index.text[group[-1].end : n.start]):
            group.append(n)
        else:
            break
    return group if len(group) > 1 else []
