"""The pattern of the ``dates`` plugin, built once from the lexicon.

Every date form is one named alternative of a verbose pattern. At a given
position the first alternative that matches wins, so longer forms come
before the shorter forms they contain ("the third quarter of 2015" before
"2015"). Month and weekday names are matched capitalised ("March",
"MARCH"), never lower-case: "may" and "march" are verbs. Alternatives reuse
group names (``mon``, ``day``, ``year``, ...), which the ``regex`` module
allows.

For speed the pattern is split by the token a form can begin with
(:data:`FIRSTS`): :class:`DatePatterns` compiles, for each such token, only
the forms that may start there, and rules out most tokens ("the" before a
word no date follows, a number glued to a decimal point) before any pattern
is tried. A test checks that these guards never hide a date the whole
pattern would find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from ._dates_vocab import DAY_CUES, DAY_ORDINALS, DAY_WORDS, ORDINAL_NOUNS, ORDINALS

__all__ = ["KINDS", "FIRSTS", "DatePatterns", "build_dateline_pattern", "words_alternation"]

# Classes of first tokens: a date form is tried only where a token of one of
# its classes begins, which keeps the scan fast (most words start no date).
DIGIT = "#digit"  # "2015", "3/3/2015", "1st"
NAME = "#name"  # a month or weekday name, capitalised
LETTERS = "#letters"  # "Q3", "H2", "FY2016"
APOSTROPHE = "#apostrophe"  # "'90s"
ORDINAL = "#ordinal"  # "first", "third", "last"
COUNT = "#count"  # "two years ago", "a few days ago"
VAGUE_FIRST = "#vague"  # the first word of a vague phrase
DAY_ORDINAL = "#dayordinal"  # "third", "twenty" (of "twenty-first"): "the third of March"

#: Every form of the pattern, in the order they are tried, with the tokens it may begin with.
FIRSTS: dict[str, tuple[str, ...]] = {
    "wdate": (NAME,),
    "iso": (DIGIT,),
    "slash": (DIGIT,),
    "dashmon": (DIGIT,),
    "written": (DIGIT, NAME, DAY_ORDINAL),
    "fyend": ("the", "its", "their"),
    "fyq": ("the", ORDINAL, DIGIT, "fiscal", "financial"),
    "fyrel": ("this", "last", "next", "the", "its", "their", "our"),
    "fy": ("the", "fiscal", "financial", LETTERS),
    "quarters2": ("the", ORDINAL, DIGIT),
    "quarter": ("the", "its", "their", ORDINAL, DIGIT),
    "qshort": (LETTERS, DIGIT),
    "qrel": ("this", "last", "next", "the"),
    "yearago": ("the",),
    "half": ("the", "its", "their", ORDINAL, DIGIT),
    "hshort": (LETTERS, DIGIT),
    "decade": ("the", "early", "mid", "late", DIGIT, APOSTROPHE),
    "edge": ("the", "beginning", "start", "end", "middle", "close", "turn", ORDINAL, DIGIT),
    "modifier": ("early", "mid", "late", "end"),
    "yearend": ("the", "year", "end"),
    "relword": (
        "earlier",
        "later",
        "late",
        "early",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "this",
        "last",
    ),
    "relmonth": ("last", "next", "this", NAME),
    "relperiod": ("earlier", "later", "this", "last", "next", "the"),
    "ago": (COUNT, DIGIT),
    "before": ("the",),
    "vaguen": ("the", "recent", "years", "months", "decades", "weeks"),
    "vague": (VAGUE_FIRST,),
    "samep": ("the",),
    "md": (NAME,),
    "dm": (DIGIT,),
    "my": (NAME,),
    "yyear": ("the", "calendar"),
    "yrange": (DIGIT,),
    "year": (DIGIT,),
    "month": (NAME,),
    "weekday": (NAME,),
}
#: The forms, in the order they are tried.
KINDS = tuple(FIRSTS)

#: Words that may follow a determiner at the start of a date ("the first
#: quarter", "its current fiscal year", "a year ago"): at any other "the" or
#: "a" no date begins, so the pattern is not even tried there. Digits and
#: "'" always may ("the 1990s", "the '90s"); vague phrases add their own.
SECOND_WORDS: dict[str, frozenset[str]] = {
    "the": frozenset(
        {
            *ORDINALS, "year", "years", "month", "months", "week", "weeks", "day", "quarter", "decades",
            "current", "previous", "prior", "next", "following", "latest", "same", "corresponding",
            "comparable", "coming", "past", "end", "beginning", "start", "middle", "close", "turn", "fiscal",
            "financial", "business", "budget", "early", "mid", "late",
        }
    ),
    "a": frozenset({"year", "month", "week", "day", "decade", "quarter", "few", "couple"}),
}  # fmt: skip
_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
                    "decade", "decades"})  # fmt: skip
_FISCAL_NEXT = frozenset({"year"})  # and digits: "fiscal 2016", "financial year 2014"
SECOND_WORDS.update(its=SECOND_WORDS["the"], their=SECOND_WORDS["the"], our=SECOND_WORDS["the"])
SECOND_WORDS.update(an=SECOND_WORDS["a"], few=_UNITS, several=_UNITS)
SECOND_WORDS.update(dict.fromkeys(("fiscal", "financial", "business", "budget", "calendar"), _FISCAL_NEXT))
SECOND_WORDS.update(year=frozenset({"end"}), recent=_UNITS | {"times"})
SECOND_WORDS.update(dict.fromkeys(("years", "months", "decades", "weeks"), frozenset({"ahead", "to"})))

_COUNT_WORDS = (
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "few", "several",
)  # fmt: skip


def words_alternation(words: Iterable[str], *, capitalised: bool) -> str:
    """An alternation of ``words``, longest first; ``capitalised`` adds Title and UPPER forms only."""
    forms: set[str] = set()
    for word in words:
        if capitalised:
            forms.add(word[:1].upper() + word[1:])
            forms.add(word.upper())
        else:
            forms.add(word)
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _pieces(months: Iterable[str], weekdays: Iterable[str]) -> dict[str, str]:
    weekdays = [w.casefold() for w in weekdays]
    # Abbreviations ("Mon", "Sun", "Wed") are too often words: only full
    # names (those that shorten no other name in the table) match alone.
    full_weekdays = [w for w in weekdays if not any(o != w and o.startswith(w) for o in weekdays)]
    months = list(months)
    short = [m for m in months if len(m) <= 4 and m.casefold() not in ("may", "june", "july")]
    full_months = words_alternation([m for m in months if m not in short], capitalised=True) or r"(?!)"
    # An empty alternation would match everywhere: a placeholder that never matches stands in.
    short_months = words_alternation(short, capitalised=True) or r"(?!)"
    day_words = words_alternation(DAY_WORDS, capitalised=False)
    ordinals = words_alternation(ORDINALS, capitalised=False)
    return {
        # A month name, optionally abbreviated with a dot ("Mar.", "Sept.").
        # A month name; only an abbreviation takes a dot ("Mar.", "Sept."), so
        # "in March." ends before the full stop.
        "MON": rf"(?:(?P<mon>{full_months})\b|(?P<mon>{short_months})(?:\.(?!\d)|\b))",
        # A full weekday name ("Mon" and "Sun" alone are too often words).
        "WD": rf"(?P<wd>{words_alternation(full_weekdays, capitalised=True) or '(?!)'})\b",
        # A four-digit year, not glued to more digits.
        "YEAR": r"(?P<year>(?:1\d|20)\d\d)(?![\d])",
        # A year in two digits after an apostrophe ("'15"), not a decade ("'90s")
        # nor a quotation that goes on ("'15 dollars'").
        "YY": r"['’](?P<yy>\d\d)(?![\w'’])",
        # A day of the month in digits ("3", "03", "3rd"), not the start of a
        # number or of an amount ("March 3 pct" is not a date).
        "DAY": r"""(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?
                     (?![\d]|[.,]\d|\s*(?:%|(?i:pct|percent|per\s+cent|mln|bln|billion|million|dlrs)\b)))""",
        # A day written as a word ("March Five" in old wire copy), not
        # followed by a plural noun ("March five companies").
        "DAYW": rf"(?P<dayw>(?i:{day_words}))(?![\w-])(?!\s+[a-z]+s\b)",
        "ORD": rf"(?P<ord>(?i:{ordinals}))",
        # A day of the month as an ordinal word: "third", "twenty-first".
        "DAYORD": rf"(?P<dayo>(?i:{words_alternation(DAY_ORDINALS, capitalised=False)}))(?![\w-])",
        # Nouns that make "March third" mean something else ("the March third quarter").
        "ORDNOUN": rf"(?i:{words_alternation(ORDINAL_NOUNS, capitalised=False)})\b",
        # A word that introduces a day ("on", "until"), just before a month.
        "DAYCUE": rf"(?<=(?<![\w-])(?i:{words_alternation(DAY_CUES, capitalised=False)})\s{{1,3}})",
        "ORD2": rf"(?P<ord2>(?i:{ordinals}))",
        # A relative year: "this year", "last year", "the current year".
        "RELYEAR": r"""(?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+prior|the\s+same))
                       \s+(?i:year)""",
        "COUNT": r"""(?P<count>(?i:a\s+few|few|several|a\s+couple\s+of|a|an|one|two|three|four|five|six
                     |seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)|\d{1,3})""",
        "UNIT": r"(?P<unit>(?i:years?|months?|weeks?|days?|quarters?|decades?))",
    }


_TEMPLATE = r"""
  # Weekday and date together: "Thursday 30 October", "Wednesday, March 3, 2015".
  (?P<wdate> «WD» ,?\s+ (?: «MON» \s+ «DAY» (?:\s*,?\s*«YEAR»)? | «DAY» \s+ «MON» (?:\s*,?\s*«YEAR»)? ) )
  # ISO dates: "2015-03-03".
| (?P<iso> (?<![\d-]) «YEAR» - (?P<monn>0[1-9]|1[0-2]) - (?P<day>0[1-9]|[12]\d|3[01]) (?![\d-]) )
  # Numeric dates: "3/3/2015", "03/12/15" (month first unless configured).
| (?P<slash> (?<![\d/.]) (?P<a>\d{1,2}) / (?P<b>\d{1,2}) / (?P<y>\d{4}|\d{2}) (?![\d/]) )
  # Day, abbreviated month and year joined by dashes: "26-FEB-1987".
| (?P<dashmon> (?<![\d-]) «DAY» - «MON» - (?P<y>\d{4}|\d{2}) (?![\d-]) )
  # Irregular written days, read by dateparser (see _dates_parse.py): numbers
  # with dots or dashes ("03.03.2015", "3-4-2015"), the year first
  # ("2015/03/04", "2015.3.4", "2015-3-4"), a month and a year in numbers
  # ("03/2015"), a month name between dashes ("Mar-3-2015"), "the" before the
  # day ("March the 3rd"), and days as ordinal words: "on March third, 2015"
  # and "on March the first" after a word that introduces a day (in "in March
  # first sales rose" and "in March the first ships came" the ordinal is no
  # day), and "the third of March", whose span starts after "the" as "3rd of
  # March" does.
| (?P<written>
      (?<![\d./-]) \d{1,2} (?P<sep>[.-]) \d{1,2} (?P=sep) «YEAR» (?![.-]?\d)
    | (?<![\d./-]) «YEAR» (?P<sep>[./-]) (?:0?[1-9]|1[0-2]) (?P=sep) (?:0?[1-9]|[12]\d|3[01]) (?![./-]?\d)
    | (?<![\d./-]) (?:0?[1-9]|1[0-2]) / «YEAR» (?![/-]?\d)
    | «MON» - (?:0?[1-9]|[12]\d|3[01]) - «YEAR» (?!-?\d)
    | «MON» \s+ (?i:the) \s+ (?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)(?![\w-]) (?: \s*,?\s* «YEAR» )?
    | «DAYCUE» «MON» \s+ (?:(?i:the)\s+)? «DAYORD» (?!\s+«ORDNOUN») (?: \s*,?\s* «YEAR» )?
    | (?<=(?i:\bthe)\s{1,3}) «DAYORD» \s+ (?i:of) \s+ «MON» (?: \s*,?\s* «YEAR» )? )
  # A fiscal year told by its end: "the year ending March 1994", "the
  # financial year ended June 30, 2007" (the day is then a mention of its own).
| (?P<fyend> (?i:(?:the|its|their)\s+(?:(?:fiscal|financial|business)\s+)?year)
      (?= \s+ (?i:ending|ended|to) \s+ «MON» \s* (?P<fyday>\d{1,2}\b)? \s*,?\s* «YEAR» ) )
  # Fiscal quarters: "the third quarter of fiscal 2016", "fiscal 2016 third-quarter".
| (?P<fyq> (?:(?i:the)\s+)? «ORD» [-\s]+ (?i:fiscal\s+)? (?i:quarter) \s+ (?i:of\s+)?
           (?i:fiscal|financial) (?:\s+(?i:year))? \s+ «YEAR»
         | (?i:fiscal|financial) (?:\s+(?i:year))? \s+ «YEAR» \s+ «ORD» [-\s]+ (?i:quarter) )
  # Relative fiscal years: "this financial year", "its current fiscal year".
| (?P<fyrel> (?P<det>(?i:this|last|next|the\s+current|the\s+previous|the\s+prior|the\s+next|the\s+last
                    |its\s+current|its\s+last|its\s+next|their\s+current|our\s+current))
             \s+ (?i:fiscal|financial) \s+ (?i:year) \b (?!\s*(?:[-–]|\d)) )
  # Fiscal years: "fiscal 2016", "fiscal year 2016", "fiscal 2005-06",
  # "FY2016", "FY16", "the 2006-2007 fiscal year", "the 2006 financial year".
| (?P<fy> (?:(?i:the)\s+)? (?i:fiscal|financial) (?:\s+(?i:year))? \s+ «YEAR»
          (?:\s*[-/–]\s*(?P<y2>\d{4}|\d{2})(?!\d))?
        | (?<![\w$]) FY \s?-?\s? (?P<y>\d{4}|\d{2}) (?![\d])
        | (?i:the) \s+ «YEAR» (?:\s*[-/–]\s*(?P<y2>\d{4}|\d{2})(?!\d))?
          \s+ (?i:fiscal|financial) \s+ (?i:year) )
  # Two quarters at once: "the first and second quarters of 1994" (a half).
| (?P<quarters2> (?:(?i:the)\s+)? «ORD» \s+ (?i:and) \s+ «ORD2» \s+ (?i:quarters)
                 (?:\s+(?i:of|in)\s+«YEAR»)? )
  # Quarters: "the first quarter", "the third quarter of 2015", "fourth-quarter",
  # "the second quarter of this year", "the first quarter last year".
| (?P<quarter> (?:(?i:the|its|their)\s+)? «ORD» [-\s] (?i:quarter) \b
               (?: \s+ (?i:of|in) \s+ (?: «YEAR» | (?:(?i:the)\s+)? «RELYEAR» | (?i:the\s+year\b) )
                 | ,?\s+ «YEAR» | \s+ «RELYEAR» )? )
| (?P<qshort> (?<![\w$]) (?: Q(?P<qn>[1-4])
                             (?: \s+ (?i:of\s+)? «YEAR» | \s?['’]?(?P<y>\d{2})(?!\d) | \s*,?\s+«YEAR»)?
                           | «YEAR» \s+ Q(?P<qn>[1-4]) | (?P<qn>[1-4])Q \s?(?:«YEAR»|(?P<y>\d{2})) ) \b )
  # Relative quarters: "this quarter", "last quarter", "the current quarter", "the quarter".
| (?P<qrel> (?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+latest|the\s+same|the))
            \s+ (?i:quarter) \b (?![-]) )
  # The same quarter a year before: "the year-ago quarter", "the year-earlier period".
| (?P<yearago> (?i:the\s+(?:year-ago|year-earlier|prior-year|prior\s+year|year\s+ago)\s+(?:quarter|period)) )
  # Halves: "the first half", "first-half", "the second half of 2015", "first half 1986".
| (?P<half> (?:(?i:the|its|their)\s+)? (?P<ord>(?i:first|second|1st|2nd)) [-\s] (?i:half) \b
            (?!-year|\s+(?i:dozen|point|percent|pct))
            (?: \s+ (?i:of|in) \s+ (?: «YEAR» | (?:(?i:the)\s+)? «RELYEAR»
                                    | (?P<fyrel>(?i:the|its)\s+current\s+(?:fiscal|financial)\s+year)
                                    | (?i:the\s+year\b) )
              | ,?\s+ «YEAR» | \s+ «RELYEAR» )? )
| (?P<hshort> (?<![\w$]) (?: H(?P<hn>[12]) \s+ «YEAR» | «YEAR» \s+ H(?P<hn>[12])
                           | (?P<hn>[12])H \s?«YEAR» ) \b )
  # Decades: "the 1990s", "the early 1990s", "mid-1990s", "the '90s".
| (?P<decade> (?:(?i:the)\s+)? (?:(?P<part>(?i:early|mid|late))[-\s]?)?
              (?: (?P<dec>(?:1\d|20)\d0)s | ['’](?P<dec2>\d0)s ) \b )
  # The edge of a period: "the end of 1987", "the middle of 2006", "the end of
  # September", "the beginning of the year", "the end of this year".
| (?P<edge> (?:(?i:the)\s+)? (?i:beginning|start|end|middle|close|turn|first\s+days|last\s+days)
            \s+ (?i:of) \s+
            (?: «MON» (?:\s*,?\s*«YEAR»)? | «YEAR» | «RELYEAR»
              | (?P<rel>(?i:this|last|next))\s+(?P<unit>(?i:month|quarter|week))
              | (?:(?i:the)\s+)? «ORD» [-\s] (?P<qh>(?i:quarter|half)) (?:\s+(?i:of)\s+«YEAR»)?
              | (?i:the)\s+(?P<unit>(?i:year|month|quarter|week)) ) \b )
  # "mid-2015", "late 1987", "early March", "mid-February".
| (?P<modifier> (?<![\w-]) (?i:early|mid|late|end|end\s+of) (?:-|\s+)
                (?: «YEAR» | «MON» (?:\s*,?\s*«YEAR»)? ) )
  # "year-end", "the year-end", "year end".
| (?P<yearend> (?:(?i:the)\s+)? (?i:year[-\s]end|end[-\s]year) \b
               (?![-\s](?:results|figures|accounts|dividend|profits?|bonus)) )
  # Day words: "today", "yesterday", "later today", "this morning", "last night".
| (?P<relword> (?:(?P<mod>(?i:earlier|later|late|early))\s+)?
               (?P<word>(?i:today|tonight|yesterday|tomorrow))\b
               (?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?
             | (?P<this>(?i:this))\s+(?P<tod>(?i:morning|afternoon|evening))\b
             | (?P<last>(?i:last))\s+(?P<tod>(?i:night))\b )
  # Months and weekdays relative to today: "last March", "next Monday",
  # "October last year", "this past weekend".
| (?P<relmonth> (?P<rel>(?i:last|next|this|this\s+past|this\s+coming)) \s+ (?: «MON» | «WD» )
              | «MON» \s+ «RELYEAR» )
  # Relative periods: "last year", "this month", "earlier this month", "later
  # this year", "next week", "this past weekend", "the previous year".
| (?P<relperiod> (?:(?P<mod>(?i:earlier|later))\s+(?i:this|in\s+the)\s+
                 | (?P<rel>(?i:this\s+past|this|last|next|the\s+current|the\s+previous|the\s+prior
                             |the\s+following|the\s+latest))\s+ )
                 (?P<unit>(?i:year|month|week|weekend|quarter)) \b (?!-|\s+(?i:ago|earlier|before)) )
  # "two years ago", "a year earlier", "a year ago today".
| (?P<ago> «COUNT» \s+ «UNIT» \s+ (?P<dir>(?i:ago|earlier|before)) \b (?:\s+(?P<today>(?i:today)))? )
  # "the year before", "the month earlier".
| (?P<before> (?i:the) \s+ (?P<unit>(?i:year|month|week|day)) \s+ (?P<dir>(?i:before|earlier)) \b )
  # Vague stretches: "the coming years", "recent months", "the past three
  # years", "the next few weeks", "decades to come".
| (?P<vaguen> (?i:the\s+(?:coming|past|next|previous|last|following)\s+
                 (?:few\s+|several\s+|couple\s+of\s+|\d{1,3}\s+
                 |(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|fifteen)\s+)?
                 (?:years|months|weeks|days|decades|year|month|week|decade)
               | the\s+(?:coming|past)\s+(?:year|month|week|decade)s?
               | recent\s+(?:years|months|weeks|days|times|decades|quarters|weeks)
               | (?:the\s+)?(?:years|months|decades|weeks)\s+(?:ahead|to\s+come)) \b )
| (?P<vague> «VAGUE» )
  # "the same period of 2003", "the corresponding period in 2011".
| (?P<samep> (?i:the\s+(?:same|corresponding|comparable)\s+(?:period|quarter|time)\s+(?:of|in|last)\s+)
             «YEAR» )
  # Month and day, with an optional year: "March 3, 2015", "Mar. 3",
  # "October 31 , 2006", "March Five", "Mar 3 '15".
| (?P<md> «MON» \s* (?: «DAY» | «DAYW» ) (?: \s*,?\s* (?: «YEAR» | «YY» ) )? )
  # Day and month, with an optional year: "3 March 2015", "2 July, 2007", "3rd of March", "3 Mar '15".
| (?P<dm> (?<![\d.,]) «DAY» \s+ (?i:of\s+)? «MON» (?: \s*,?\s* (?: «YEAR» | «YY» ) )? )
  # Month and year: "March 2015", "January, 1986", "March '15".
| (?P<my> «MON» \s* ,?\s* (?i:of\s+)? (?: «YEAR» | «YY» ) )
  # "the 2005 year", "calendar 2015".
| (?P<yyear> (?i:the) \s+ «YEAR» \s+ (?i:year) \b | (?i:calendar)(?:\s+(?i:year))? \s+ «YEAR» )
  # Year ranges: "2007-2008", "2005-06" (the value is the first year).
| (?P<yrange> (?<![\w$£€¥.,/-]) «YEAR» \s*[-–/]\s* (?P<y2>\d{4}|\d{2}) (?![\d%]|[.,]\d) )
  # A bare year: "1999" (filtered in code: "1999 shares", "$2015" are not years).
| (?P<year> (?<![\w$£€¥.,/-]) «YEAR» (?![.,]\d|-\d|%) )
  # A month alone: "March", "in May" (ambiguous names are checked in code).
| (?P<month> «MON» (?!-[a-z]) )
  # A weekday alone: "Wednesday" (plural "Mondays" is a set, not a date).
| (?P<weekday> «WD» (?!s\b) )
"""


class DatePatterns:
    """The date pattern, split by the token a date can begin with.

    :meth:`lookup` gives, for a token of the text, the compiled alternatives
    that may start there (with their names, in order), or ``None`` when no
    date begins with that token.
    """

    # The word after a determiner (or its first character, when a digit or "'").
    _NEXT = re.compile(r"[\s-]+([^\W\d_]+|[\d'’])")

    def __init__(self, months: Iterable[str], weekdays: Iterable[str], vague: Iterable[str]) -> None:
        months, weekdays, vague = list(months), list(weekdays), list(vague)
        pieces = _pieces(months, weekdays)
        vague_words = words_alternation(vague, capitalised=False) or r"(?!)"
        # "soon" alone, not "as soon as"; "now" not in "know-how" or "now-defunct".
        pieces["VAGUE"] = rf"(?<![\w-])(?<!(?i:as)\s)(?i:{vague_words})(?![\w-])(?!\s+as\b)"
        sources = _split(_TEMPLATE, pieces)
        classes: dict[str, set[str]] = {
            ORDINAL: set(ORDINALS),
            COUNT: set(_COUNT_WORDS),
            VAGUE_FIRST: {phrase.split()[0] for phrase in vague if phrase.split()},
            DAY_ORDINAL: {word.split("-")[0] for word in DAY_ORDINALS},
        }
        by_token: dict[str, list[str]] = {}
        for kind, firsts in FIRSTS.items():
            for first in firsts:
                for token in classes.get(first, {first}):
                    by_token.setdefault(token, []).append(kind)
        names = {f for word in (*months, *weekdays) for f in (word[:1].upper() + word[1:], word.upper())}
        for name in names:
            # A name that is also a trigger word ("Last" is not, but a plugin's might be).
            by_token[name] = [*by_token.get(NAME, []), *by_token.get(name.casefold(), [])]
        for letters in ("Q", "H", "FY"):
            by_token[letters] = by_token[LETTERS]
        for token in list(by_token):
            if token[0].isdigit():  # "1st" and "2nd" also begin days: "1st of March"
                by_token[token] = [*by_token[token], *by_token[DIGIT]]
        self._second: dict[str, set[str]] = {word: set(seconds) for word, seconds in SECOND_WORDS.items()}
        for word in _COUNT_WORDS:
            self._second.setdefault(word, set()).update(_UNITS)
        for word in DAY_ORDINALS:
            # "twenty-first": "twenty" also counts ("twenty years ago"), so its
            # guard lets the second half of an ordinal through too.
            head, _, tail = word.partition("-")
            if tail and head in self._second:
                self._second[head].add(tail)
        # A word that only opens vague phrases ("for now", "at present") needs
        # one of their second words after it; a phrase of one word needs nothing.
        singles = {phrase for phrase in vague if len(phrase.split()) == 1}
        for phrase in vague:
            words = phrase.split()
            if len(words) < 2 or words[0] in singles:
                continue
            if words[0] in self._second or by_token.get(words[0]) == ["vague"]:
                self._second.setdefault(words[0], set()).add(words[1])
        for single in singles:
            if by_token.get(single) == ["vague"]:
                self._second.pop(single, None)
        # Every group name of the whole pattern, so that a rule may ask any sub-pattern for any group.
        groups = {kind: set(_GROUP_NAME.findall(source)) for kind, source in sources.items()}
        every_group = set().union(*groups.values())
        compiled: dict[tuple[str, ...], tuple[regex.Pattern[str], tuple[str, ...]]] = {}
        self._entries: dict[str, tuple[regex.Pattern[str], tuple[str, ...]]] = {}
        for token, kinds in by_token.items():
            ordered = tuple(k for k in KINDS if k in kinds)
            if ordered not in compiled:
                source = "|".join(sources[k] for k in ordered)
                # Groups of other forms, in a branch that never matches.
                present = set().union(*(groups[k] for k in ordered))
                missing = "".join(f"(?P<{g}>)" for g in sorted(every_group - present))
                pattern = regex.compile(rf"{_START}(?:{source}|(?!){missing})", regex.VERBOSE)
                compiled[ordered] = (pattern, ordered)
            self._entries[token] = compiled[ordered]
        self._digit = self._entries[DIGIT]
        self._sources = sources
        self._apostrophe = self._entries[APOSTROPHE]
        # What may follow a number of one to three digits that begins a date: "/"
        # or "-" ("3/3/2015", "26-FEB-1987"), "Q" or "H" ("1Q 2015"), a month
        # ("3 March", "3rd of March") or a unit ("two years ago", "10 days ago").
        month_names = "|".join(sorted((regex.escape(n) for n in names), key=len, reverse=True)) or "(?!)"
        self._small_number_next = re.compile(
            rf"[/-]|\.\d{{1,2}}\.\d{{4}}|[QH](?![a-z])|\s*,?\s*(?:of\s+)?(?:{month_names})(?!\w)"
            r"|\s+(?i:years?|months?|weeks?|days?|quarters?|decades?)(?!\w)"
        )
        #: Words, numbers and "'9": the tokens :meth:`lookup` is asked about. The
        #: standard library's ``re`` splits text into words several times faster
        #: than one pattern of every trigger word finds them.
        self.token = re.compile(r"[^\W\d_]+|\d+(?:st|nd|rd|th)?|['’]\d")

    def everything(self) -> tuple[regex.Pattern[str], tuple[str, ...]]:
        """Every form in one pattern, with no token guard (for tests: the guards must not change results)."""
        source = "|".join(self._sources.values())
        return regex.compile(rf"{_START}(?:{source})", regex.VERBOSE), KINDS

    def lookup(self, text: str, token: re.Match[str]) -> tuple[regex.Pattern[str], tuple[str, ...]] | None:
        """The alternatives that may begin at ``token`` of ``text``, or ``None``."""
        word = token.group()
        first = word[0]
        if first.isdigit():
            start = token.start()
            # Digits after a point, comma, currency sign or slash continue a number
            # ("1.5", "1,999", "$2015", "3/3/2015"); five or more digits are no date.
            if (start and text[start - 1] in _NUMBER_GLUE) or (len(word) > 4 and word.isdigit()):
                return None
            if len(word) < 4 and word.isdigit() and not self._small_number_next.match(text, token.end()):
                return None
            return self._entries.get(word) or self._digit
        if first in "'’":
            return self._apostrophe
        if (first in "QH" and len(word) == 1) or word == "FY":
            # "Q3", "H2", "FY2016": the letters stand before the digits.
            if word == "FY" or text[token.end() : token.end() + 1].isdigit():
                return self._entries[LETTERS]
            return None
        folded = word.casefold()
        entry = self._entries.get(word) or self._entries.get(folded)
        if entry is None:
            return None
        seconds = self._second.get(folded)
        if seconds is not None:
            after = self._NEXT.match(text, token.end())
            if after is None:
                return None
            following = after.group(1)
            if not (following[0] in "'’" or following[0].isdigit() or following.casefold() in seconds):
                return None
        return entry


# Characters after which digits continue a number rather than begin a date.
_NUMBER_GLUE = ".,$£€¥/"
# The start of every form: not inside a word, and no digits glued to a number.
_START = rf"(?<![\w])(?:(?!\d)|(?<![{regex.escape(_NUMBER_GLUE)}]))"
_GROUP_NAME = regex.compile(r"\(\?P<(\w+)>")


def _split(template: str, pieces: dict[str, str]) -> dict[str, str]:
    """Each named alternative of ``template``, placeholders filled in."""
    for name in sorted(pieces, key=len, reverse=True):
        template = template.replace(f"«{name}»", pieces[name])
    if "«" in template:
        raise AssertionError("unfilled placeholder in the date pattern")
    sources: dict[str, str] = {}
    for part in regex.split(r"\n\|(?=\s\(\?P<)", template):
        found = regex.search(r"\(\?P<(\w+)>", part)
        if found is None:
            raise AssertionError("an alternative of the date pattern has no name")
        # A newline ends the comment that may close the part.
        sources[found.group(1)] = part + "\n"
    if tuple(sources) != KINDS:
        raise AssertionError(f"the date pattern's forms {tuple(sources)} differ from FIRSTS")
    return sources


def build_dateline_pattern(months: Iterable[str]) -> regex.Pattern[str]:
    """A dateline or date line at the top of a text: "NEW YORK, March 3, 2015 -", "March 3, 2015"."""
    pieces = _pieces(list(months), ())
    source = r"""
      \A \s*
      (?: [\p{Lu}][\w.'&()-]* (?:[ \t]+[\w.'&()-]+)* \s*,\s* )*     # place words, "NEW YORK, N.Y.,"
      (?: (?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday) \s*,?\s* )?
      (?: «MON» \s* «DAY» \s*,?\s* «YEAR» | «DAY» \s+ «MON» \s*,?\s* «YEAR»
        | «YEAR»-(?P<monn>\d\d)-(?P<day>\d\d) )
      (?= \s* (?:[-–—(/]|\n|\Z) )                                   # then a dash or the end of the line
    """
    for name in sorted(pieces, key=len, reverse=True):
        source = source.replace(f"«{name}»", pieces[name])
    return regex.compile(source, regex.VERBOSE)
