"""Built-in plugin ``people``: named people with their titles and companies.

A capitalised name of two to four words is a person when a title stands
beside it ("new CEO Daniel Zhang", "Daniel Zhang, Alibaba's chief
executive", "said Jack Ma, chairman of Alibaba", "Acme chairman Karl
Brenner") or when it is placed at a company ("Karl Brenner of Acme Bank").
Titles are normalised through the lexicon's title table ("chief executive
officer" -> "CEO"); later surname-only mentions ("Zhang said") attach to the
person. The company is the one the words name; for company officers with
no company named nearby, the company the text was last talking about.
"""

from __future__ import annotations

from corpfacts import Extractor, Lexicon, hookimpl

from ._names_people import PersonFinder

__all__ = ["corpfacts_lexicon", "corpfacts_extractors", "TITLES", "COMPANY_FREE_TITLES"]

#: Job titles and their normal short forms.
TITLES = {
    "chief executive officer": "CEO", "chief executive": "CEO", "ceo": "CEO", "co-chief executive": "co-CEO",
    "co-ceo": "co-CEO", "chief financial officer": "CFO", "cfo": "CFO", "finance director": "CFO",
    "chief operating officer": "COO", "coo": "COO", "chief technology officer": "CTO", "cto": "CTO",
    "chief economist": "chief economist", "chairman": "chairman", "chairwoman": "chairman",
    "chair": "chairman", "executive chairman": "chairman", "deputy chairman": "deputy chairman",
    "vice chairman": "vice chairman", "president": "president", "vice president": "vice president",
    "executive vice president": "vice president", "senior vice president": "vice president",
    "founder": "founder", "co-founder": "founder", "spokesman": "spokesman", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "analyst": "analyst", "director": "director",
    "managing director": "managing director", "executive director": "director",
    "non-executive director": "director", "general manager": "general manager", "manager": "manager",
    "fund manager": "fund manager", "head": "head", "economist": "economist", "strategist": "strategist",
    "partner": "partner", "managing partner": "partner", "owner": "owner", "administrator": "administrator",
    "chief investment officer": "CIO", "treasurer": "treasurer", "general counsel": "general counsel",
    "investor": "investor", "shareholder": "shareholder", "minister": "minister",
    "finance minister": "finance minister", "prime minister": "prime minister", "secretary": "secretary",
    "commissioner": "commissioner", "governor": "governor", "financier": "financier", "tycoon": "tycoon",
    "entrepreneur": "entrepreneur", "businessman": "businessman", "businesswoman": "businessman",
    "majority owner": "owner", "majority shareholder": "shareholder", "boss": "head", "chief": "head",
}  # fmt: skip

#: Titles that do not place a person at the company nearby: officials and
#: outsiders are given a company only when the text names it beside them.
COMPANY_FREE_TITLES = frozenset(
    (
        *("analyst", "economist", "strategist", "investor", "shareholder", "minister", "finance minister"),
        *("prime minister", "secretary", "commissioner", "governor", "fund manager", "chief economist"),
        *("financier", "tycoon", "entrepreneur", "businessman"),
    )
)


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    for phrase, normalized in TITLES.items():
        lexicon.add_title(phrase, normalized)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    finder = PersonFinder(lexicon, COMPANY_FREE_TITLES, extractor="people")
    return [
        Extractor(
            "people",
            finder.run,
            gives={"person_mentions", "people"},
            needs={"companies", "company_mentions"},
        )
    ]
