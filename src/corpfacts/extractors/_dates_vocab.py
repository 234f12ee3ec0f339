"""Vocabulary of the ``dates`` plugin: data only, no logic.

The month names, weekday names and vague phrases go into the shared
lexicon (so other plugins can add more); the closed-class words below
(ordinals, number words, tense markers) are grammar and stay here.
"""

from __future__ import annotations

#: Month names and the abbreviations news copy uses.
MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1,
    "February": 2, "Feb": 2,
    "March": 3, "Mar": 3,
    "April": 4, "Apr": 4,
    "May": 5,
    "June": 6, "Jun": 6,
    "July": 7, "Jul": 7,
    "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10,
    "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}  # fmt: skip

#: Month names that are also common words or given names ("May" the verb,
#: "March" the verb, "April" the name): alone, they need a preposition or a
#: determiner before them to count as dates.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "april", "june", "august", "jan"})

#: Weekday names, ISO numbering (Monday is 1).
WEEKDAYS: dict[str, int] = {
    "Monday": 1, "Mon": 1,
    "Tuesday": 2, "Tues": 2, "Tue": 2,
    "Wednesday": 3, "Wed": 3,
    "Thursday": 4, "Thurs": 4, "Thu": 4,
    "Friday": 5, "Fri": 5,
    "Saturday": 6, "Sat": 6,
    "Sunday": 7, "Sun": 7,
}  # fmt: skip

#: Vague expressions of time: mentions with no calendar value (GUIDELINES.md).
VAGUE: tuple[str, ...] = (
    "now",
    "right now",
    "for now",
    "just now",
    "currently",
    "presently",
    "at present",
    "at the moment",
    "recently",
    "soon",
    "due course",
    "the period under review",
    "the review period",
    "as we speak",
    "the past",
    "the future",
    "the long term",
    "the short term",
    "decades to come",
    "years to come",
    "months to come",
)

#: Day numbers written as words ("March Five" in old wire copy).
DAY_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24, "twenty-five": 25,
    "twenty-six": 26, "twenty-seven": 27, "twenty-eight": 28, "twenty-nine": 29, "thirty": 30,
    "thirty-one": 31,
}  # fmt: skip

#: Small counts before "years ago", "months earlier".
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
    "twenty": 20, "fifteen": 15, "thirty": 30,
}  # fmt: skip

#: Ordinals of quarters and halves.
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

#: Words that make a clause future ("will vote on Monday"): weekdays and
#: dates without a year then point forward from the publication date.
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "'ll", "shall", "won't", "would", "going to", "expected to", "expects to", "expect to",
    "plans to", "plan to", "planned", "planning", "scheduled", "is to", "are to", "due to", "due",
    "to be held", "intends to", "set to", "upcoming", "forthcoming", "until", "till", "begin", "begins",
    "next", "to be", "later", "should", "could", "aims to", "hopes to", "seeks to", "on track to",
)  # fmt: skip

#: Verbs that report speech: a tense marker before them belongs to another clause.
REPORTING_VERBS: tuple[str, ...] = ("said", "says", "say", "told", "tells", "added", "stated")

#: Irregular past forms that make a clause past ("was", "bought on May 3").
PAST_WORDS: tuple[str, ...] = (
    "was", "were", "had", "did", "ago", "earlier", "previously", "bought", "sold", "paid", "made",
    "rose", "fell", "began", "took", "won", "met", "came", "went", "saw", "held", "left", "quit",
    "traded", "ended", "closed",
)  # fmt: skip

#: Plural nouns that turn a year-like number into a count ("1999 shares").
COUNT_NOUNS: tuple[str, ...] = (
    "shares", "share", "employees", "workers", "jobs", "people", "staff", "units", "cars", "vehicles",
    "tonnes", "tons", "barrels", "stores", "shops", "branches", "outlets", "customers", "users",
    "members", "homes", "houses", "flights", "passengers", "acres", "hectares", "kilometres", "km",
    "miles", "metres", "meters", "feet", "points", "pct", "percent", "per", "dlrs", "dollars", "euros",
    "pounds", "pence", "cents", "yen", "yuan", "francs", "marks", "lire", "rupees", "stg", "mln", "million",
    "billion", "bln", "contracts", "options", "warrants", "bonds", "notes", "copies", "titles", "rooms",
    "beds", "seats", "planes", "aircraft", "ships", "vessels", "machines", "sites", "patients", "students",
    "hours", "gmt", "est", "edt", "bst", "cet", "local", "hrs", "am", "pm", "a.m.", "p.m.",
)  # fmt: skip

#: Words before a year-like number that make it a quantity ("about 2000").
QUANTITY_WORDS: tuple[str, ...] = (
    "about", "some", "nearly", "almost", "approximately", "around", "roughly", "over", "than", "only",
    "just", "least", "most", "total", "totalling", "totaling", "no", "nos", "number", "page", "room",
    "route", "flight", "model", "version", "windows", "office", "section", "article", "rule", "chapter",
    "item", "code", "box", "suite", "unit", "up", "down", "index", "at",
)  # fmt: skip

#: Words before a weekday or month that make it a set, not a date ("every Monday").
SET_WORDS: frozenset[str] = frozenset({"every", "each", "per", "a", "an", "most", "all"})

#: Words before an ambiguous month name that make it a date ("in May", "since March").
MONTH_CUES: frozenset[str] = frozenset(
    {
        "in", "on", "since", "by", "until", "till", "from", "through", "thru", "to", "during", "of",
        "before", "after", "early", "mid", "late", "last", "next", "this", "the", "end", "between",
        "and", "or", "for", "around", "about", "that", "each", "in-", "mid-", "late-",
        "early-", "as", "beginning", "start", "middle", "close", "past", "coming",
    }
)  # fmt: skip

#: Fiscal year words.
FISCAL_WORDS: tuple[str, ...] = ("fiscal", "financial", "business", "budget")

#: Days of the month as ordinal words ("the third of March", "March
#: twenty-first"): dateparser reads digits ("3rd"), so these are rewritten
#: before a string is handed to it.
DAY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

#: Nouns after "March first", "June second" that make the ordinal an
#: adjective of something else ("the March third quarter", "May second time").
ORDINAL_NOUNS: tuple[str, ...] = (
    "quarter", "quarters", "half", "halves", "time", "times", "place", "round", "straight", "consecutive",
    "largest", "biggest", "week", "weeks", "day", "days", "month", "months", "year", "years", "phase",
    "stage", "tranche", "batch", "issue", "edition", "anniversary",
)  # fmt: skip

#: Words before "March third" that make it a day ("on March third"): without
#: one, "in March first rose" is a month and an adverb.
DAY_CUES: tuple[str, ...] = (
    "on", "by", "until", "till", "from", "since", "before", "after", "through", "to", "of", "and", "or",
    "dated", "effective", "between", "starting", "as of",
)  # fmt: skip
