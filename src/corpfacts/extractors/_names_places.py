"""The rules of the ``markets`` plugin: place words in the text, then markets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import regex

from corpfacts import Company, Document, Lexicon, Market, PlaceMention

__all__ = ["PlaceFinder"]

# A place word used as a currency name is money, not a market: "US$5", "Swiss francs".
_CURRENCY_AFTER = regex.compile(
    r"""
    \A(?:\s?\$|\s(?:dollars?|dlrs?|cents?|cts|francs?|pounds?|kroner|krona|kronor|krone|yen|yuan
    |rupees?|won|euros?|marks?|lire|lira|pesos?|rand|ringgit|baht|rupiah|shekels?|roubles?|rubles?)\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "in more than 140 countries": business all over the world.
# A business described by its reach: "an international firm", "global banks".
_SCOPE_OF_FIRM = regex.compile(
    r"\s(?:(?:[a-z][\w\-]*)\s)?(?:firm|company|group|bank|conglomerate)s?\b(?!\s(?:sales|expansion|markets?))"
)
_COUNTRIES = regex.compile(r"\b(?:\d{2,3}|dozens\sof|scores\sof)\s(?:other\s)?countries\b")


class PlaceFinder:
    """Finds place mentions and builds markets; built once per pipeline."""

    def __init__(
        self,
        lexicon: Lexicon,
        names: Mapping[str, str],
        multi_regions: Mapping[str, tuple[str, ...]],
        not_countries: Iterable[str],
        *,
        extractor: str,
    ) -> None:
        self.extractor = extractor
        self.names = dict(names)
        self.exact: dict[str, str | None] = {}  # case-sensitive keys (all-capital short forms)
        self.folded: dict[str, str | None] = {}  # case-insensitive keys
        for key, code in lexicon.places.items():
            if key.isupper() or (not key.islower() and key.replace(".", "").isupper()):
                self.exact[key] = code
            else:
                self.folded[key] = code
        self.regions = dict(lexicon.regions)
        self.multi = {k.casefold(): v for k, v in multi_regions.items()}
        self.blockers = {w.casefold() for w in not_countries}
        folded_words = [*self.folded, *self.regions, *self.multi, *self.blockers]
        # Region words may be written in lower case ("global", "eurozone"); countries may not.
        starts = regex.escape(
            "".join(sorted({w[0] for w in [*self.regions, *self.multi] if w[:1].islower()}))
        )
        self.pattern = regex.compile(
            rf"""
            (?<![\p{{L}}\p{{N}}&])                 # a whole word ...
            (?=[\p{{Lu}}{starts}])                  # cheap test first: a capital or a region's first letter
            (?:
                (?P<exact>{_alternation(self.exact)})
              | (?i:(?P<folded>{_alternation(folded_words)}))
            )
            (?![\p{{L}}\p{{N}}&]|\.\p{{L}})        # ... not the start of a longer word or "U.S.A"
            """,
            regex.VERBOSE,
        )

    def run(self, document: Document) -> list[PlaceMention | Market]:
        text = document.text
        if not text.strip():
            return []
        inside = sorted((m.start, m.end) for m in document.company_mentions)
        taken = [(a.start, a.end) for a in document.amounts]
        mentions: list[PlaceMention] = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if _within(start, end, inside) or _within(start, end, taken):
                continue
            for name, code in self._meaning(match, text):
                mentions.append(
                    PlaceMention(document.span(start, end), name=name, code=code, extractor=self.extractor)
                )
        for match in _COUNTRIES.finditer(text):
            span = document.span(match.start(), match.end())
            mentions.append(PlaceMention(span, name="Global", code=None, extractor=self.extractor))
        mentions.sort(key=lambda m: (m.start, m.end))
        return [*mentions, *self._markets(mentions, document.companies)]

    def _meaning(self, match: regex.Match[str], text: str) -> list[tuple[str, str | None]]:
        word = match.group()
        if _CURRENCY_AFTER.match(text[match.end() : match.end() + 12]):
            return []
        if match.group("exact") is not None:
            code = self.exact[word]
            return [(self.names.get(code, word), code)] if code else []
        key = " ".join(word.casefold().split())
        if key in self.blockers:
            return []
        if key in self.multi:
            # A region by name, or a country by its code: "the Americas", "East and West Germany".
            return [
                (self.names.get(item, item), item) if len(item) == 2 and item.isupper() else (item, None)
                for item in self.multi[key]
            ]
        if key in self.folded:
            # Country names and demonyms are proper nouns: "china" and "turkey" are not places.
            if not word[:1].isupper():
                return []
            code = self.folded[key]
            return [(self.names.get(code, word), code)] if code else []
        if key in self.regions:
            if self.regions[key] == "Global" and _SCOPE_OF_FIRM.match(text, match.end()):
                return []  # "a larger international firm may bid": the firm's reach, not a market
            return [(self.regions[key], None)]
        return []

    def _markets(self, mentions: list[PlaceMention], companies: tuple[Company, ...]) -> list[Market]:
        grouped: dict[str, list[PlaceMention]] = {}
        for mention in mentions:
            grouped.setdefault(mention.code or "region:" + mention.name, []).append(mention)
        markets: list[Market] = []
        for items in grouped.values():
            code = items[0].code
            placed = tuple(c for c in companies if code is not None and c.country == code)
            markets.append(
                Market(
                    name=items[0].name,
                    code=code,
                    companies=placed,
                    evidence=tuple(m.span for m in items),
                    extractor=self.extractor,
                )
            )
        return markets


def _within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, built as a trie.

    Several hundred country names in one flat alternation make the engine
    try each in turn at every position; sharing prefixes keeps the scan fast.
    """
    trie: dict[str, Any] = {}
    for word in {w for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for char in sorted(c for c in node if c):
        piece = r"\s+" if char == " " else regex.escape(char)
        branches.append(piece + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy, so the longest name wins ("South Africa" over "South"); an end here makes the rest optional.
    return f"(?:{body})?" if ends else body
