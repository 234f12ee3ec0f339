"""Vocabulary and compiled patterns of the funding-round extractor.

Every pattern is built once, when the plugin's extractor is built, never per
document.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["Patterns", "build_patterns"]

#: Verbs that report a company taking in money (base and inflected forms are spelled out).
RAISE_VERBS = (
    r"rais(?:e|es|ed|ing)",
    r"secur(?:e|es|ed|ing)",
    r"clos(?:e|es|ed|ing)",
    r"land(?:s|ed|ing)?",
    r"complet(?:e|es|ed|ing)",
    r"receiv(?:e|es|ed|ing)",
    r"bag(?:s|ged|ging)?",
    r"pull(?:s|ed|ing)?\s+in",
    r"obtain(?:s|ed|ing)?",
    r"(?:get|gets|got|getting)",
    r"announc(?:e|es|ed|ing)",
)

#: Nouns that make "seed", "angel" or "growth" a funding stage rather than a plant or a person.
ROUND_NOUNS = r"(?:round|funding|financing|investment|capital|money|stage)"

#: Words before a lead investor's name that are not part of it ("existing investor Sequoia").
INVESTOR_QUALIFIERS = r"""
    (?:existing|new|returning|previous|prior|early|lead)\s+(?:investors?|backers?)
  | (?:venture(?:[-\s]capital)?|VC|private[-\s]equity|growth(?:[-\s]equity)?|investment|crossover)\s+
    (?:firms?|funds?|investors?|groups?|companies|company)
  | (?:investors?|backers?|firms?|funds?)
  | the
"""

#: Phrases that refer back to the company that raised the money.
COMPANY_REFERENCES = (
    r"it",
    r"the\s+(?:company|startup|start-up|firm|group|business|fintech|platform|developer|maker|provider)",
)


@attrs.frozen
class Patterns:
    """The compiled patterns, built once per pipeline by :func:`build_patterns`."""

    round: regex.Pattern[str]
    raise_verb: regex.Pattern[str]
    led_by: regex.Pattern[str]
    round_reference: regex.Pattern[str]
    led_active: regex.Pattern[str]
    lead_stop: regex.Pattern[str]
    name_separator: regex.Pattern[str]
    qualifier: regex.Pattern[str]
    valuation_before: regex.Pattern[str]
    valuation_after: regex.Pattern[str]
    total_before: regex.Pattern[str]
    total_after: regex.Pattern[str]
    subject: regex.Pattern[str]
    reference: regex.Pattern[str]
    said_it: regex.Pattern[str]
    target: regex.Pattern[str]


def build_patterns() -> Patterns:
    """Compile every pattern the extractor uses."""
    verbs = "|".join(RAISE_VERBS)
    return Patterns(
        round=regex.compile(
            rf"""
            \b(?:
                # "Series B", "Series B-2"; not securities such as "Series B preferred shares"
                (?i:series)[ ](?P<letter>[A-H])(?:-?(?P<sub>[1-9]))?\b(?![-\w])
                (?!\s+(?i:preferred|shares?|stock|notes?|bonds?|debentures?|warrants?|convertible))
              | # early and late stages, which need a funding noun after them
                (?P<stage>(?i:pre-?seed|seed|angel|growth|bridge|mezzanine))
                (?=[-\s]+(?i:{ROUND_NOUNS})\b)
              | # an unnamed round: "a funding round", "a venture round"
                (?P<generic>(?i:(?:funding|financing|investment|venture|equity)\s+round))
              | # "raised $12 million in new funding"
                (?<=\bin\s)(?P<funding>(?i:(?:new|fresh|venture|equity|additional)\s+){{0,2}}(?:funding|financing))\b
            )
            """,
            regex.VERBOSE,
        ),
        raise_verb=regex.compile(rf"\b(?i:{verbs})\b", regex.VERBOSE),
        led_by=regex.compile(
            r"""
            \b(?i:(?:co-?)?led\s+by)\s+
            (?!(?i:its|his|her|their|the\s+company's|chief|CEO|founders?|co-founders?|president|chairman|former)\b)
            """,
            regex.VERBOSE,
        ),
        # Words by which a later sentence refers back to the round ("The round was led by ...")
        round_reference=regex.compile(
            r"\b(?i:round|funding|financing|investment|fundraising|raise)\b", regex.VERBOSE
        ),
        # "Sequoia led the round": the subject of an active "led" are the lead investors
        led_active=regex.compile(
            r"""\b(?i:co-?led|led|leads|is\s+leading|was\s+leading)\s+(?i:the|a|an|its|this|their)\b""",
            regex.VERBOSE,
        ),
        # Where a "led by" list of names ends
        lead_stop=regex.compile(
            r"""
            \s*[;(:—–]
          | ,?\s+(?i:with|at|valuing|bringing|according|which|who|that|to|as|for|on|after|in)\b
          | ,\s*(?i:the|it|and\s+\w+ed|and\s+(?:will|plans|would|is|was|has|had|said))\b
          | \s+and\s+(?i:will|plans|would|is|was|has|had|said|also)\b
          | ,?\s+(?i:said|says|according)\b
          | \.(?=\s|$)
            """,
            regex.VERBOSE,
        ),
        name_separator=regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", regex.VERBOSE),
        qualifier=regex.compile(
            rf"(?:(?:{INVESTOR_QUALIFIERS})\s+)+",
            regex.VERBOSE | regex.IGNORECASE,
        ),
        # Money that is a valuation: "valuing it at $1 billion", "a valuation of $2 bn", "at a $1bn valuation"
        valuation_before=regex.compile(
            r"""
            (?:valu(?:ed|es|ing)\b[^.;$]{0,40}?\b(?:at|of|to)|valuation\s+(?:of|at|to)|worth)
            \s*(?:about|around|roughly|nearly|almost|more\s+than|over|some|just\s+(?:over|under)|an?\s+estimated)?\s*$
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        valuation_after=regex.compile(r"^\s*(?:pre-money\s+|post-money\s+)?valuation\b", regex.IGNORECASE),
        # Money that is a running total, not this round: "bringing its total funding to $80 million"
        total_before=regex.compile(
            r"""
            (?:total(?:ing|ling|s)?|bring(?:s|ing)?\b[^.;$]{0,40}?\bto|to\s+date\s+(?:of|to))
            \s*(?:about|around|roughly|nearly|more\s+than|over|some)?\s*$
            """,
            regex.VERBOSE | regex.IGNORECASE,
        ),
        total_after=regex.compile(
            r"^\s*(?:in\s+total|to\s+date|so\s+far|altogether|since)\b", regex.IGNORECASE
        ),
        # A capitalised name opening the sentence (used with .match): the raiser when no company was
        # found there
        subject=regex.compile(
            r"""
            (?:(?:\p{L}[\p{L}-]*\s+){0,3}(?i:startup|start-up|company|firm|maker|developer|provider)\s+)?
            (?P<name>
                (?!(?:The|It|This|That|A|An|On|In|Its|Their|Investors?|Last|Earlier)\b)
                \p{Lu}[\p{L}\d&'’.-]*
                (?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|&|of|de))*?
            )
            (?=\s*,|\s+(?:has|have|had|said|says|on|announced|today|this|last|recently)\b|\s+(?&verb))
            (?(DEFINE)(?P<verb>"""
            + verbs
            + r"""))""",
            regex.VERBOSE,
        ),
        # Used with .match at the start of a sentence ("It raised ...", "The startup raised ...")
        reference=regex.compile(rf"(?:{'|'.join(COMPANY_REFERENCES)})\b", regex.IGNORECASE),
        said_it=regex.compile(r"\bsaid\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b", regex.IGNORECASE),
        # After an active "led ... round": the company invested in ("... Series A round in Nordgrid")
        target=regex.compile(
            r"""
            (?:\s+(?i:round|funding|financing|investment))?
            \s+(?i:in|into|for|of)\s+
            (?P<name>\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*)*?)
            (?='s\b|’s\b|[\s,.;]|$)
            """,
            regex.VERBOSE,
        ),
    )
