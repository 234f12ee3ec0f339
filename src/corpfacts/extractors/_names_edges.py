"""Where a company name starts and ends: the edges of the runs the ``companies`` plugin reads.

Runs of capitalised words are cut at spaces and punctuation; these rules put
back the punctuation some names carry ("Harlow, Brenner and Co", "Orvana
Resources (Overseas) Ltd", "Iron Workers' Retirement Fund"), take off what
is not part of a name (a sentence's final dot, a wire ticker after the legal
form, an exchange code), and join an acronym used before it is defined to
the company it stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._names_scan import NameRun, Token, make_run

if TYPE_CHECKING:
    from ._names_companies import CompanyFinder, Entity

__all__ = ["RunEdges", "PARTNERSHIP"]


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").replace("’", "'").split())


# "Telvik Oyj HEL : TELVV": an exchange code and symbol after a spaced colon.
_SPACED_COLON = regex.compile(r"\s?:\s?[A-Z0-9]")

# What follows a name that ends its sentence: the end of the text or line, or a new capitalised
# word ("Inc. The deal"); a bracket after "Corp." is a ticker in the same sentence.
_SENTENCE_AFTER = regex.compile(r"[\"'’”)\]]*(?:\s*\Z|[ \t]*\n|\s+[\"'‘“]?\p{Lu})")

# After "X, Y Corp": a list goes on, or a speaker clause shows two names.
_NOT_ONE_NAME = regex.compile(
    r"\s?(?:,|\s(?:and|or|&)\s)|\s(?:said|says|told|added|announced|reported|stated|confirmed)\b"
)

# Legal forms of partnerships written after a list of surnames: "Harlow, Brenner and Co".
PARTNERSHIP = frozenset(("co", "company", "cos", "partners", "associates", "sons", "llp"))

# "Teachers' Retirement Fund": plurals of people, then a body that their members own.
_PEOPLE_PLURAL = regex.compile(r"\p{Ll}(?:ers|ors|ists|ians|ees|ants|ents|men)\Z")
_MEMBERS_HEADS = frozenset(("fund", "funds", "trust", "bank", "society", "cooperative", "co-operative"))


class RunEdges:
    """The edge rules, bound to the finder whose vocabulary checks they use."""

    def __init__(self, finder: CompanyFinder) -> None:
        self.f = finder

    def final_dot(self, text: str, tokens: list[Token], run: NameRun) -> NameRun:
        """ "... bought Teller Software Inc." : the one dot ends the sentence too, and the name
        is "Teller Software Inc"; mid-sentence ("Inc. said") the dot stays as written."""
        last = tokens[run.last - 1].text
        if not last.endswith(".") or len(last) < 3 or not self.f.is_suffix(last):
            return run
        nxt = tokens[run.last] if run.last < len(tokens) else None
        if nxt is not None and not _SENTENCE_AFTER.match(text, run.end):
            return run
        if nxt is not None and nxt.text.casefold() in self.f.title_cuts:
            return run  # "Acme Corp. Chairman Karl Brenner": a title, not a new sentence
        return run._replace(end=run.end - 1, text=run.text[:-1])

    def join_pieces(
        self, text: str, tokens: list[Token], runs: list[NameRun], starts: set[int]
    ) -> list[NameRun]:
        """Names written with commas, brackets or a plural possessive inside them:
        "Harlow, Brenner and Co", "Orvana Resources (Overseas) Ltd", "Iron Workers' Pension Fund"."""
        out: list[NameRun] = []
        for run in runs:
            joined = self.joined(text, tokens, out, run)
            if joined is None:
                out.append(run)
                continue
            first, drop = joined
            del out[len(out) - drop :]
            out.append(make_run(text, tokens, first, run.last, starts))
        return out

    def joined(
        self, text: str, tokens: list[Token], out: list[NameRun], run: NameRun
    ) -> tuple[int, int] | None:
        """Where ``run`` joins the names before it: (first token, runs absorbed), else None."""
        if not out:
            return None
        prev = out[-1]
        words = [t.text for t in tokens[run.first : run.last]]
        gap = tokens[prev.last : run.first]
        # "Orvana Resources (Overseas) Ltd": a bracketed word or two, then only legal words.
        if (
            len(out) >= 2
            and all(self.f.is_suffix(w) for w in words)
            and prev.last + 1 == run.first
            and tokens[prev.last].text == ")"
            and out[-2].last + 1 == prev.first
            and tokens[out[-2].last].text == "("
            and prev.last - prev.first <= 3
            and not any(t.text.isupper() for t in tokens[prev.first : prev.last])  # not a ticker
            and out[-2].last - out[-2].first >= 1
            and not self.f.blocked(out[-2].text)
        ):
            return out[-2].first, 2
        # "Iron Workers' Retirement Fund": a plural possessive inside a fund's or
        # union's name, when the word is a common plural rather than a company's own name.
        owner = tokens[prev.last - 1]
        if (
            not gap
            and prev.possessive
            and text[owner.end : owner.end + 1] in ("'", "’")
            and text[owner.end + 1 : owner.end + 2] == " "
            and _PEOPLE_PLURAL.search(owner.text)
            and not self.f.is_head(owner.text)
            and len(words) >= 2
            and words[-1].casefold() in _MEMBERS_HEADS
        ):
            return prev.first, 1
        # "Harlow, Brenner and Co": surnames in a list ending in a partnership's "and Co".
        if (
            len(words) >= 3
            and words[-2] in ("and", "&")
            and _fold(words[-1]) in PARTNERSHIP
            and len(words) == 3
        ):
            first, drop = run.first, 0
            while drop < len(out):
                before = out[-1 - drop]
                if not (
                    before.last - before.first == 1
                    and before.last + 1 == first
                    and tokens[before.last].text == ","
                    and not self.f.blocked(before.text)
                    and not before.possessive
                ):
                    break
                first, drop = before.first, drop + 1
            if drop:
                return first, drop
        # "said Varga, Lund Capital Co L.P. will bid": one surname, a comma, then a named firm;
        # not a list ("Acme, Velmar Corp and Dyno") nor a speaker ("sold to Acme, Velmar Corp said").
        if (
            len(words) >= 2
            and self.f.is_suffix(words[-1])
            and prev.last - prev.first == 1
            and prev.last + 1 == run.first
            and tokens[prev.last].text == ","
            and prev.first > 0
            and tokens[prev.first - 1].text.islower()
            and not self.f.blocked(prev.text)
            and not prev.possessive
            and not _NOT_ONE_NAME.match(text, run.end)
        ):
            return prev.first, 1
        return None

    def exchange_tail(self, text: str, tokens: list[Token], run: NameRun, starts: set[int]) -> NameRun:
        """Cut a trailing exchange code off a name: "Telvik Oyj HEL : TELVV"."""
        if not _SPACED_COLON.match(text, run.end):
            return self.symbol_tail(text, tokens, run, starts)
        last = run.last
        while last - run.first > 1:
            word = tokens[last - 1].text
            if not (
                (word.isupper() and len(word) <= 5)
                or _fold(word) in self.f.exchanges
                or _fold(word) in self.f.non_companies
            ):
                break
            last -= 1
        return make_run(text, tokens, run.first, last, starts) if last != run.last else run

    def symbol_tail(self, text: str, tokens: list[Token], run: NameRun, starts: set[int]) -> NameRun:
        """Wire copy writes the ticker after the legal form: "Velmar Bank A-S VELM DC"."""
        words = [t.text for t in tokens[run.first : run.last]]
        legal = [k for k, w in enumerate(words) if k > 0 and self.f.is_suffix(w)]
        if not legal or legal[-1] == len(words) - 1:
            return run
        tail = words[legal[-1] + 1 :]
        if len(tail) > 2 or not all(
            w.isalnum() and w.isupper() and len(w) <= 7 and not self.f.is_place(w) for w in tail
        ):
            return run
        return make_run(text, tokens, run.first, run.first + legal[-1] + 1, starts)

    @staticmethod
    def defined_later(entities: list[Entity]) -> list[Entity]:
        """ "VLM's sales ... Velmar Funds (VLM)": an acronym used before the text defines it joins
        the company it turns out to stand for."""
        out: list[Entity] = []
        for entity in entities:
            short = {_fold(c.text) for c in entity.names}
            if len(short) == 1 and all(c.text.isupper() and " " not in c.text for c in entity.names):
                key = next(iter(short))
                owner = next(
                    (
                        e
                        for e in entities
                        if e is not entity
                        and key
                        in {_fold(str(e.attributes.get(k, "")).split(".")[0]) for k in ("acronym", "ticker")}
                    ),
                    None,
                )
                if owner is not None:
                    owner.names.extend(entity.names)
                    owner.first = min(owner.first, entity.first)
                    continue
            out.append(entity)
        return out
