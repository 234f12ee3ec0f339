"""Deal triggers: one pattern for every phrase of the lexicon, inflections included.

A trigger phrase is given in its base form ("acquire", "take over", "put down
bet on"). The first word is a verb or a noun and gets its inflections ("acquires",
"acquired", "acquiring", "bought", "IPOs"); later words may take a plural -s
("bets", "joint ventures"), and up to four short words may stand between two
words of a phrase ("disclosed a roughly 10 percent stake", "put down larger
bets on").
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import regex

from ._deals_vocab import EXCLUDED_FORMS, IRREGULAR_FORMS, KIND_FRAMES, NO_BASE_FORM, TRIGGER_FRAMES

__all__ = ["Trigger", "TriggerMatch", "build_trigger_pattern", "verb_forms"]

#: Words that never take a plural -s inside a phrase.
_FUNCTION_WORDS = frozenset(
    {"of", "on", "in", "for", "with", "up", "off", "over", "down", "out", "into", "to", "a"}
)

#: Phrases used as nouns: their roles read "X's purchase of Y", "the sale of Y to X".
_NOUN_HEADS = frozenset(
    {
        "acquisition",
        "buyout",
        "takeover",
        "merger",
        "ipo",
        "flotation",
        "sale",
        "divestment",
        "divestiture",
        "spinoff",
        "disposal",
        "privatisation",
        "privatization",
        "offer",
        "bid",
        "joint",
        "initial",
        "tender",
    }
)

# A word used as a noun follows a determiner or possessive, maybe with adjectives between.
_DETERMINER_BEFORE = regex.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|any|no|planned|proposed)|'s|’s|s')\s+(?:[\w-]+\s+){0,2}"
    r"(?<!\b(?:to|will|would|can|could|may|might|should|must|not|and)\s)$",
    regex.IGNORECASE,
)
_ADJECTIVE_BEFORE = regex.compile(r"\b(?:the|its|their|a|an|newly|recently)\s+(?:\w+ly\s+)?$", regex.I)
_PAST_IRREGULAR = frozenset(
    form for forms in IRREGULAR_FORMS.values() for form in forms if not form.endswith("ing")
)


@attrs.frozen
class Trigger:
    """A lexicon phrase with its kind and the frame that assigns its roles."""

    phrase: str
    kind: str
    frame: str


@attrs.frozen
class TriggerMatch:
    """A trigger found in the text."""

    trigger: Trigger
    start: int
    end: int
    text: str
    #: Whether a determiner or possessive stands before it ("its purchase", "X's last major purchase").
    determined: bool = False
    #: The whole text the trigger was found in.
    source: str = attrs.field(default="", repr=False, eq=False)

    @property
    def first_word(self) -> str:
        return self.text.split()[0].casefold()

    @property
    def is_noun(self) -> bool:
        """Whether the trigger is used as a noun ("the acquisition", "a bid for")."""
        word = self.first_word
        if word.endswith(("ed", "ing")):
            return False
        return self.determined or any(word.startswith(head) for head in _NOUN_HEADS)

    @property
    def is_participle(self) -> bool:
        """Whether the first word may be a past participle ("acquired", "bought")."""
        word = self.first_word
        return word.endswith("ed") or word in _PAST_IRREGULAR

    @property
    def is_gerund(self) -> bool:
        return self.first_word.endswith("ing")


def verb_forms(word: str) -> set[str]:
    """Regular and irregular inflections of a verb or noun ``word``, itself included."""
    forms = {word}
    if not word.isalpha():
        return forms
    forms.update(IRREGULAR_FORMS.get(word, ()))
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif not (word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u")):
        forms.update({word + "ed", word + "ing"})
    else:
        forms.add(word + "ing")
    return forms


def _word_pattern(word: str, first: bool) -> str:
    if first:
        forms = verb_forms(word) - NO_BASE_FORM - EXCLUDED_FORMS
    elif word in _FUNCTION_WORDS or not word.isalpha():
        forms = {word}
    else:
        forms = {word, word + "s", word + "es"}
    return "(?:" + "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    # Up to four short words may stand between two words of a phrase, never a comma or end mark.
    # Never a preposition or conjunction: "raised its holding in Capital Harbour" is no "raise capital".
    gap = r"(?:\s+(?!(?:in|of|on|for|to|from|with|at|by|and|or|that|which)\b)[^\s,;:.!?]+(?:\.\d+)?){0,4}?\s+"
    parts = [_word_pattern(w, i == 0) for i, w in enumerate(words)]
    return gap.join(parts)


def build_trigger_pattern(triggers: Mapping[str, str]) -> tuple[regex.Pattern[str], list[Trigger]]:
    """One pattern for all ``triggers`` (phrase -> kind); group ``i`` matches ``result[1][i - 1]``."""
    ordered = sorted(triggers.items(), key=lambda item: (-len(item[0].split()), -len(item[0]), item[0]))
    found: list[Trigger] = []
    parts: list[str] = []
    for phrase, kind in ordered:
        frame = TRIGGER_FRAMES.get(phrase, KIND_FRAMES.get(kind, "buy"))
        found.append(Trigger(phrase, kind, frame))
        parts.append("(" + _phrase_pattern(phrase) + ")")
    if not parts:
        return regex.compile(r"(?!)"), found
    # A word boundary first lets the engine skip most positions fast, when every phrase starts a word.
    start = r"\b" if all(regex.match(r"\w", phrase) for phrase in triggers) else ""
    pattern = regex.compile(
        start
        + r"""
        (?<![\w-])                    # a whole word: not inside "repurchase" or "re-list"
        (?:"""
        + "|".join(parts)
        + r""")
        (?![\w-])                     # nor "buy-back", "takeovers-" and the like
        (?!\s+back\b)                 # "buy back" shares is a buyback, not a deal
        (?!\s+(?:each|every)\b)       # "offering 42 dlrs for each share" prices a share
        # "back a bid" supports a deal, it puts no money in
        (?!(?<=\bback\w{0,3})\s+(?:a|an|the|any|its|their)\s+(?:[\w-]+\s+)?(?:bid|offer|plan|proposal|deal|move)s?\b)
        # "sold options to buy 5,000 shares": the options change hands, not the shares
        (?<!\b(?:sold|sell|sells|selling)\s+(?:its\s+|their\s+|the\s+)?(?:options|warrants|rights)\s+to\s+\w+)
        (?<!\b(?:receives?|received|receiving|gets?|got|wins?|won|with|without)\s+backing)  # support only
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    return pattern, found


def find_triggers(
    pattern: regex.Pattern[str], triggers: list[Trigger], text: str, start: int, end: int
) -> list[TriggerMatch]:
    """Trigger matches within ``text[start:end]``."""
    found = []
    for match in pattern.finditer(text, start, end):
        index = match.lastindex
        if index is None:
            continue
        before = text[max(start, match.start() - 40) : match.start()]
        determined = bool(_DETERMINER_BEFORE.search(before))
        if (
            determined
            and match.group().split()[0].casefold().endswith("ed")
            and _ADJECTIVE_BEFORE.search(before)
        ):
            continue  # "the newly acquired Harbour Plaza": an adjective, not a deal
        found.append(
            TriggerMatch(triggers[index - 1], match.start(), match.end(), match.group(), determined, text)
        )
    return found
