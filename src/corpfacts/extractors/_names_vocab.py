"""Word lists the name rules read besides the lexicon: the grammar of business news.

These are closed-class words (roles, nouns that only a business has, words
for people) rather than open vocabulary, so they are not lexicon tables.
"""

from __future__ import annotations

__all__ = [
    "OWNED_NOUNS",
    "ATTACHED_NOUNS",
    "PERSON_NOUNS",
    "ROLE_BEFORE",
    "PARENT_LINKS",
    "UNIT_NOUNS",
    "PUBLIC_TITLES",
    "ROLE_AFTER",
    "SENTENCE_OPENERS",
    "SERVICE_NOUNS",
]

#: Function words that open a sentence right before a name ("But Acme Corp said", "Yesterday
#: Acme Corp"); capitalised content words ("Sterling", "General") may instead start a name.
SENTENCE_OPENERS = frozenset(
    (
        *("the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we"),
        *("i", "our", "their", "his", "her", "you", "your", "in", "on", "at", "by", "for", "from", "with"),
        *("of", "to", "as", "and", "but", "or", "so", "if", "when", "while", "since", "after", "before"),
        *("under", "over", "despite", "although", "though", "because", "however", "meanwhile", "also"),
        *("still", "yet", "both", "each", "all", "some", "many", "most", "other", "others", "another"),
        *("no", "not", "there", "here", "what", "why", "how", "who", "which", "where", "last", "next"),
        *("now", "then", "thus", "even", "only", "such", "further", "earlier", "later", "yesterday"),
        *("today", "tomorrow", "once", "until", "unlike", "like", "against", "about", "during", "without"),
        *("whether", "whereas", "instead", "analysts", "shares", "sales", "days"),
    )
)

#: Services a company buys from another business: "sued Dravo Partners, its longtime lender".
SERVICE_NOUNS = frozenset(
    (
        *("banker", "bankers", "auditor", "auditors", "lender", "lenders", "underwriter", "underwriters"),
        *("insurer", "insurers", "broker", "brokers", "supplier", "suppliers", "landlord", "creditor"),
        *("creditors", "distributor", "distributors", "contractor", "contractors"),
    )
)

#: Titles of public office: "Finance Minister X" does not make "Finance" a company.
PUBLIC_TITLES = frozenset(
    ("minister", "secretary", "commissioner", "governor", "senator", "mayor", "ambassador", "chancellor")
)

#: Nouns that only a business owns, after "X's" ("Alibaba's shares", "Telvik's sales").
OWNED_NOUNS = (
    *("shares", "share", "stock", "stocks", "stake", "stakes", "shareholders", "shareholder", "stockholders"),
    *("board", "directors", "management", "executives", "officials", "spokesman", "spokeswoman", "staff"),
    *("employees", "workforce", "subsidiary", "subsidiaries", "unit", "units", "division", "parent", "arm"),
    *(
        "affiliate",
        "sales",
        "revenue",
        "revenues",
        "profit",
        "profits",
        "earnings",
        "customers",
        "operations",
    ),
    *("business", "businesses", "brands", "products", "services", "network", "order", "ipo", "headquarters"),
    *("bid", "offer", "takeover", "acquisition", "purchase", "merger", "plant", "plants", "factories"),
    *("stores", "outlets", "site", "website", "debt", "dividend", "results", "turnover", "equity"),
    *(
        "capitalisation",
        "capitalization",
        "holders",
        "annual",
        "chairman",
        "chief",
        "ceo",
        "cfo",
        "president",
    ),
    *("founder", "portfolio", "clients", "competitor", "rival", "rivals", "market", "listing", "assets"),
    *("agreement", "deal", "order", "investment", "interest", "net", "operating", "pre-tax", "share"),
    *("representative", "representatives", "distributor", "director", "manager", "boss", "officer"),
)

#: Nouns right after a bare name that make it a business ("Halden shareholders", "Corvida board").
ATTACHED_NOUNS = (
    *("shares", "share", "stock", "shareholders", "stockholders", "holders", "board", "directors"),
    *("management", "officials", "executives", "spokesman", "spokeswoman", "spokesperson", "employees"),
    *("subsidiary", "subsidiaries", "unit", "division", "affiliate", "chairman", "ceo", "cfo", "president"),
    *("chief", "stake", "shareholder", "common", "preferred", "bonds", "options", "warrants"),
)

#: Words for people: a name after or beside them is a person, not a company.
PERSON_NOUNS = frozenset(
    (
        *("investor", "tycoon", "businessman", "businesswoman", "financier", "magnate", "entrepreneur"),
        *("banker", "lawyer", "attorney", "administrator", "expert", "economist", "manager", "trader"),
        *("billionaire", "millionaire", "founder", "co-founder", "owner", "heir", "son", "daughter"),
        *("wife", "husband", "brother", "sister", "father", "mother", "minister", "secretary", "senator"),
        *("governor", "mayor", "president", "chairman", "chairwoman", "analyst", "director", "spokesman"),
        *("spokeswoman", "executive", "officer", "head", "partner", "consultant", "player", "coach"),
        *("shareholder", "commissioner", "dealer", "broker", "strategist", "specialist", "agent"),
    )
)

#: Words that put a business right after them: deals and rivalries. "best-selling X" is a product.
ROLE_BEFORE = (
    *(r"stakes?\s+in", r"shares\s+in", r"shares\s+of", r"holdings?\s+in", r"interest\s+in"),
    *(
        r"investments?\s+in",
        r"invest(?:s|ed|ing)?(?:\s+\S+){0,4}?\s+in",
        r"bets?\s+on",
        r"bid\s+for",
        r"offer\s+for",
    ),
    *(r"takeover\s+of", r"acquisition\s+of", r"purchase\s+of", r"merger\s+with", r"merge\s+with"),
    *(r"acquire[sd]?", r"acquiring", r"to\s+buy", r"bought", r"buys", r"agreed\s+to\s+buy", r"(?<!-)buying"),
    *(
        r"took\s+over",
        r"take\s+over",
        r"takes\s+over",
        r"snapped\s+up",
        r"(?<!-)sold",
        r"to\s+sell",
        r"(?<!-)selling",
    ),
    *(r"talks\s+with", r"deal\s+with", r"agreement\s+with", r"joint\s+venture\s+with", r"rival"),
    *(r"competitor\s+for", r"competition\s+from", r"bid\s+from", r"offer\s+from", r"control\s+of"),
    *(r"subsidiary\s+of", r"unit\s+of", r"division\s+of", r"part\s+of", r"member\s+of", r"affiliate\s+of"),
    *(r"owned\s+by", r"controlled\s+by", r"acquired\s+by", r"bought\s+by", r"backed\s+by", r"led\s+by"),
    *(r"spun\s+off", r"spin\s+off", r"team\s+up\s+with", r"teamed\s+up\s+with", r"lost\s+out\s+to"),
    *(r"relationship\s+with", r"partnership\s+with", r"contract\s+with", r"alliance\s+with"),
    # "Ivan Petrov, who now runs Gorsk", "its founder, who ran Velmar until 2001".
    r"(?:who|which)\s+(?:currently\s+|now\s+|also\s+|jointly\s+)?(?:manages?|managed|runs?|ran|heads?|headed)",
    # "upgraded to buy from hold by Harwood Securities": brokers rate shares.
    r"(?:up|down)graded(?:\s+\S+){0,8}?\s+by",
)

#: Deal verbs after a name that make it the buyer or investor: "Acme has invested $5m in".
ROLE_AFTER = (
    *(r"agreed\s+to\s+(?:buy|acquire|purchase|merge|sell|take\s+over)", r"acquired", r"bought", r"invested"),
    *(
        r"took\s+over",
        r"raised\s+its\s+stake",
        r"cut\s+its\s+stake",
        r"disclosed\s+an?\s+(?:\w+\s+){0,3}stake",
    ),
    *(
        r"plans\s+to\s+(?:buy|acquire|invest)",
        r"offered\s+to\s+(?:buy|acquire)",
        r"made\s+an?\s+(?:\w+\s+)?(?:offer|bid)",
    ),
    *(r"launched\s+an?\s+(?:\w+\s+)?(?:offer|bid)", r"holds\s+an?\s+(?:\w+\s+){0,3}stake", r"owns\s+\d"),
    *(
        r"controls\s+(?:an?\s+)?(?:further\s+)?\d",
        r"employs\s+[\d,.]+(?:\s+(?:mln|million))?\s+(?:staff|people|workers)",
    ),
)

#: Links in an appositive that name the parent: "Zulily, a unit of Acme".
PARENT_LINKS = (
    r"(?:subsidiary|unit|division|member|affiliate|arm|part)\s+of(?:\s+the)?",
    r"(?:owned|controlled)\s+by(?:\s+the)?",
)

#: Nouns after "X's Y" that make Y a business of X ("Alibaba's Tmall site").
UNIT_NOUNS = frozenset(
    (
        *("site", "website", "unit", "subsidiary", "division", "arm", "brand", "business", "store"),
        *("chain", "label", "affiliate", "operation", "operations", "service", "platform", "marketplace"),
        *("bank", "fund", "group", "company", "firm", "venture", "airline", "network", "portal"),
    )
)
