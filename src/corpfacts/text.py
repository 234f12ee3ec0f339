"""Text helpers shared by extractors: sentence spans.

Public so that third-party extractors split text exactly as built-ins do.
"""

from __future__ import annotations

import regex

from .records import Span

__all__ = ["sentence_spans"]

# A sentence ends at . ! or ? (optionally followed by closing quotes or
# brackets) before white space and an upper-case letter, digit or opening
# quote; or at a blank line. Common abbreviations and initials do not end a
# sentence: "U.S.", "Corp.", "Mr.", "J. P. Morgan", "Inc." followed by a
# lower-case word.
_BOUNDARY = regex.compile(
    r"""
    (?:
        (?<!                                  # not after an abbreviation
            \b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Jr|Sr|vs|No|Nos|Co|Corp|Inc|Ltd|Bros
               |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|dept|Fig|Mt|Ft)
        )
        (?<!\b[A-Z])                          # not after an initial ("J. P. Morgan", "U.S")
        (?<!\b[A-Z]\.[A-Z])                   # "U.S." handled by the line above and this one
        [.!?]+["'\u2019\u201d)\]]*            # the end mark and closing quotes
        (?=\s+["'\u2018\u201c(\[]?[\p{Lu}\d]) # white space, then a capital or digit
      |
        (?=\n\s*\n)                           # a blank line
      |
        (?<=\S)(?=\n)                         # a line break (news copy puts one paragraph a line)
    )
    """,
    regex.VERBOSE,
)


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, white space trimmed.

    Every returned span satisfies ``text[span.start:span.end] == span.text``.
    Empty stretches are skipped.
    """
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        _append(text, start, match.end(), spans)
        start = match.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end, text[start:end]))
