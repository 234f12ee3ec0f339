"""Capitalised-name scanning shared by the companies, people and markets plugins.

The text is cut once into word tokens; runs of capitalised tokens separated by
single spaces become *name runs* ("Orvana Mining International Holdings Ltd",
"JD.com", "Alibaba's"). The evidence rules of each plugin then look at the
words around a run. Only :mod:`regex` and the public API are used, so a
third-party plugin could do the same.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

__all__ = ["Token", "NameRun", "tokenize", "name_runs", "ABBREVIATIONS", "is_capitalised"]

# A word with inner punctuation kept ("JD.com", "U.S.", "P&O", "O'Leary",
# "T-Mobile", "Alibaba's"), an optional trailing dot (decided later: "Inc."
# keeps it, "Zulily." does not), or any single other character.
_TOKEN = regex.compile(
    r"""
    [\p{L}\p{N}]                              # a word starts with a letter or digit
    (?:[\p{L}\p{M}\p{N}&'’.\-/]*[\p{L}\p{M}\p{N}&])?   # inner punctuation, not at the end
    (?:'|’)?                                  # a bare possessive apostrophe ("Velmaris'")
    \.?                                       # a trailing dot, kept or split below
  | \S                                        # punctuation, one character at a time
    """,
    regex.VERBOSE,
)

# Abbreviations whose trailing dot belongs to the word; others end a sentence.
ABBREVIATIONS = frozenset(
    (
        *("inc", "corp", "co", "ltd", "bros", "cia", "alex", "jr", "sr", "st", "mr", "mrs", "ms", "dr"),
        *("no", "plc", "intl", "mfg", "assn", "dept", "univ", "int", "cos", "hldgs", "grp"),
    )
)
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}?\.?")  # U.S., L.P., E.F., S.A.
_POSSESSIVE = regex.compile(r"(?:'s|’s|'|’)$")
# Words glued to a name with a hyphen that describe rather than name it.
_HYPHEN_TAILS = regex.compile(
    r"-(based|owned|listed|controlled|backed|led|registered|headquartered|born|owner|made|quoted|traded)$",
    regex.IGNORECASE,
)


class Token(NamedTuple):
    """One word or punctuation mark. ``text`` drops a possessive and a sentence-final dot."""

    start: int
    end: int
    text: str
    possessive: bool  # followed by "'s" or a bare apostrophe
    tail: str  # a hyphenated describing tail ("based" in "US-based"), else ""


def is_capitalised(word: str) -> bool:
    """Whether ``word`` can be part of a name: "Alibaba", "eVelmar", "iKorva", "1stdibs", "3M"."""
    if not word:
        return False
    first = word[0]
    if first.isupper():
        return True
    if first.islower():
        # eVelmar, iKorva: one lower-case letter, then a capitalised word.
        return len(word) > 2 and word[1].isupper() and any(c.islower() for c in word[2:])
    if first.isdigit():
        # 1stdibs, 3M, 7-Eleven: digits glued to letters.
        return any(c.isalpha() for c in word) and not word.rstrip(".").replace(",", "").isdigit()
    return False


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens of ``text``, possessives and final dots split off."""
    return list(_tokenize(text))


@lru_cache(maxsize=4)
def _tokenize(text: str) -> tuple[Token, ...]:
    # Cached: the companies and people plugins both tokenise the same document.
    tokens: list[Token] = []
    skip_s = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if start == skip_s:
            continue
        possessive = False
        tail = ""
        dot = False
        if len(word) > 1 and word.endswith(".") and not _keeps_dot(word):
            end -= 1
            word = word[:-1]
            dot = True
        found = _POSSESSIVE.search(word) if len(word) > 2 and word[0].isalnum() else None
        if found is not None and (found.group() not in ("'", "’") or word[-2] in "sSzZ"):
            possessive = True
            end -= len(found.group())
            word = word[: -len(found.group())]
        hyphen = _HYPHEN_TAILS.search(word)
        if hyphen is not None and hyphen.start() > 0:
            tail = hyphen.group(1).casefold()
            end -= len(hyphen.group())
            word = word[: hyphen.start()]
        if word in ("'", "’") and tokens and _detached_possessive(text, tokens, start, word):
            if text[start + 1 : start + 2] == "s":
                skip_s = start + 1
            continue
        tokens.append(Token(start, end, word, possessive, tail))
        if dot:
            stop = match.end()
            tokens.append(Token(stop - 1, stop, ".", False, ""))
    return tuple(tokens)


def _detached_possessive(text: str, tokens: list[Token], start: int, word: str) -> bool:
    """Tokenised copy writes possessives apart ("Telvik 's sales"): glue them back on."""
    prev = tokens[-1]
    gap = text[prev.end : start]
    rest = text[start + 1 : start + 3]
    if gap != " " or not prev.text[:1].isalnum() or prev.possessive:
        return False
    if not (rest[:1].isspace() and prev.text.endswith(("s", "S"))) and not (
        rest[:1] == "s" and rest[1:2].isspace()
    ):
        return False
    tokens[-1] = prev._replace(possessive=True)
    return True


def _keeps_dot(word: str) -> bool:
    bare = word[:-1]
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "Karl F. Brenner"
    if _DOTTED.fullmatch(word):
        return True
    return bare.casefold() in ABBREVIATIONS


class NameRun(NamedTuple):
    """Capitalised tokens in a row: ``tokens[first:last]`` of the document."""

    first: int
    last: int  # exclusive
    start: int
    end: int
    text: str
    possessive: bool
    sentence_start: bool


def name_runs(text: str, tokens: list[Token], is_name: list[bool], starts: set[int]) -> list[NameRun]:
    """Maximal runs of tokens flagged in ``is_name`` separated by single spaces.

    A possessive token or a describing hyphen tail ends a run. ``starts``
    holds the indexes of tokens that open a sentence.
    """
    runs: list[NameRun] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_name[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and is_name[j]
            and not tokens[j - 1].possessive
            and not tokens[j - 1].tail
            and (j not in starts or _abbreviation_inside(tokens, j))
            and not (tokens[j - 1].text.endswith(".") and tokens[j].text.casefold() in _OPENERS)
            and not _after_legal_dot(tokens, j)
            and _single_space(text, tokens[j - 1].end, tokens[j].start)
        ):
            j += 1
        runs.append(_run(text, tokens, i, j, starts))
        i = j
    return runs


# Words that open a sentence after an abbreviation such as "Corp.": "... Gas Corp. He said".
_OPENERS = frozenset(
    ("he", "she", "it", "they", "we", "the", "this", "that", "in", "on", "at", "but", "and", "its")
)


# Dotted legal forms that end a name: "Lumen Systems Corp. Harbor Tech said" is two names,
# while "Hanil Steel Co. Ltd." goes on (one legal form after another).
_LEGAL_DOTTED = frozenset(("inc", "corp", "co", "ltd", "plc", "cos", "llc", "pty", "pte", "bhd"))


def _after_legal_dot(tokens: list[Token], j: int) -> bool:
    prev = tokens[j - 1].text
    if not prev.endswith(".") or prev[:-1].casefold() not in _LEGAL_DOTTED:
        return False
    return tokens[j].text.rstrip(".").casefold() not in _LEGAL_DOTTED


def _abbreviation_inside(tokens: list[Token], j: int) -> bool:
    """A splitter may end a sentence at "Alex." or "Cia."; the name goes on unless a clause starts."""
    prev = tokens[j - 1].text
    return (
        prev.endswith(".")
        and prev[:-1].casefold() in ABBREVIATIONS
        and tokens[j].text.casefold() not in _OPENERS
    )


def _single_space(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return gap == " " or (0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap)


def _run(text: str, tokens: list[Token], first: int, last: int, starts: set[int]) -> NameRun:
    start, end = tokens[first].start, tokens[last - 1].end
    return NameRun(first, last, start, end, text[start:end], tokens[last - 1].possessive, first in starts)


def make_run(text: str, tokens: list[Token], first: int, last: int, starts: set[int]) -> NameRun:
    """The run ``tokens[first:last]`` (used when rules trim or split a run)."""
    return _run(text, tokens, first, last, starts)
