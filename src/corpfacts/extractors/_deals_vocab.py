"""Vocabulary of the ``stakes`` and ``deals`` plugins: data only, no logic.

Triggers are given in their base form; the deals extractor matches their
inflections ("acquire" -> "acquires", "acquired", "acquiring") and lets
short modifiers stand between the words of a phrase ("put down larger bets
on", "disclosed a roughly 10 percent stake").
"""

from __future__ import annotations

#: Built-in deal triggers: (phrase, kind). Plugins add more with
#: ``lexicon.add_deal_trigger``.
DEAL_TRIGGERS: tuple[tuple[str, str], ...] = (
    # acquisitions: control of a company, whole or in part
    ("acquire", "acquisition"),
    ("acquisition", "acquisition"),
    ("buy", "acquisition"),
    ("buyout", "acquisition"),
    ("purchase", "acquisition"),
    ("take over", "acquisition"),
    ("takeover", "acquisition"),
    ("tender offer", "acquisition"),
    ("bid for", "acquisition"),
    ("takeover bid", "acquisition"),
    ("offer for", "acquisition"),
    ("gain control of", "acquisition"),
    ("pay for", "acquisition"),
    ("take private", "acquisition"),
    ("bid", "acquisition"),
    ("cash offer", "acquisition"),
    ("takeover offer", "acquisition"),
    ("buyout offer", "acquisition"),
    ("take control of", "acquisition"),
    ("bidder", "acquisition"),
    # stakes: minority shares taken, raised, cut or disclosed
    ("take stake", "stake"),
    ("disclose stake", "stake"),
    ("build stake", "stake"),
    ("raise stake", "stake"),
    ("increase stake", "stake"),
    ("boost stake", "stake"),
    ("lift stake", "stake"),
    ("cut stake", "stake"),
    ("reduce stake", "stake"),
    ("lower stake", "stake"),
    ("trim stake", "stake"),
    ("raise holding", "stake"),
    ("increase holding", "stake"),
    ("boost holding", "stake"),
    # investments: money put in without a stated share
    ("invest", "investment"),
    ("back", "investment"),
    ("lead round", "investment"),
    ("put down bet on", "investment"),
    ("inject", "investment"),
    ("raise funds", "investment"),
    ("raise capital", "investment"),
    ("raise from", "investment"),
    ("place shares with", "stake"),
    # mergers and joint ventures
    ("merge", "merger"),
    ("merger", "merger"),
    ("combine with", "merger"),
    ("amalgamate", "merger"),
    ("merge into", "acquisition"),
    ("joint venture", "joint_venture"),
    ("form joint venture", "joint_venture"),
    ("team up with", "joint_venture"),
    # listings
    ("initial public offering", "ipo"),
    ("initial public offer", "ipo"),
    ("ipo", "ipo"),
    ("go public", "ipo"),
    ("float", "ipo"),
    ("flotation", "ipo"),
    ("list on", "ipo"),
    ("privatise", "ipo"),
    ("privatize", "ipo"),
    ("privatisation", "ipo"),
    ("privatization", "ipo"),
    # disposals: a named buyer turns them into acquisitions with a seller
    ("sell", "divestiture"),
    ("sale", "divestiture"),
    ("divest", "divestiture"),
    ("divestment", "divestiture"),
    ("divestiture", "divestiture"),
    ("spin off", "divestiture"),
    ("spinoff", "divestiture"),
    ("dispose of", "divestiture"),
    ("disposal", "divestiture"),
    ("offload", "divestiture"),
)

#: How a trigger assigns roles, when it is not the default of its kind.
#: "buy": subject buys the object (from a seller); "sell": subject sells the
#: object (to a buyer); "parties": everyone named takes part; "list": the
#: subject lists its shares; "raise": the subject takes money from a buyer;
#: "absorb": the subject is taken over by the object ("X was merged into Y");
#: "bidders": the companies listed after "bidders were" bid for the story's company.
TRIGGER_FRAMES: dict[str, str] = {
    "cut stake": "sell",
    "reduce stake": "sell",
    "lower stake": "sell",
    "trim stake": "sell",
    "raise funds": "raise",
    "raise capital": "raise",
    "raise from": "raise",
    "place shares with": "raise",
    "merge into": "absorb",
    "bidder": "bidders",
}

#: Triggers whose object stands inside the phrase: "take the company private".
OBJECT_INSIDE: frozenset[str] = frozenset({"take private"})

#: The frame of each built-in kind; kinds that plugins add use "buy".
KIND_FRAMES: dict[str, str] = {
    "acquisition": "buy",
    "stake": "buy",
    "investment": "buy",
    "merger": "parties",
    "joint_venture": "parties",
    "ipo": "list",
    "divestiture": "sell",
}

#: Irregular verb forms of trigger words, beyond the regular -s, -ed, -ing.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "buy": ("bought",),
    "sell": ("sold",),
    "take": ("took", "taken"),
    "lead": ("led",),
    "put": ("put",),
    "spin": ("spun", "spinning"),
    "go": ("goes", "went", "gone"),
    "bid": ("bidding",),
    "build": ("built",),
    "cut": ("cutting",),
    "win": ("won", "winning"),
    "make": ("made",),
    "pay": ("paid",),
    "snap": ("snapped", "snapping"),
    "set": ("setting",),
    "pick": ("picked",),
    "split": ("splitting",),
}

#: Trigger words whose bare form is too common to count ("back" in "came back").
NO_BASE_FORM: frozenset[str] = frozenset({"back"})

#: Inflections that are other words: "sales" is revenue, not a number of disposals.
EXCLUDED_FORMS: frozenset[str] = frozenset({"sales", "saled", "saling", "bids", "offers", "backs", "floats"})

#: Stock exchanges: (full name, short forms).
EXCHANGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("New York Stock Exchange", ("NYSE", "New York exchange", "Big Board")),
    ("Nasdaq", ("Nasdaq Stock Market", "NASDAQ")),
    ("London Stock Exchange", ("LSE",)),
    ("Alternative Investment Market", ("AIM",)),
    ("Hong Kong Stock Exchange", ("Hong Kong exchange", "HKEX", "Stock Exchange of Hong Kong")),
    ("Shanghai Stock Exchange", ("Shanghai exchange",)),
    ("Shenzhen Stock Exchange", ("Shenzhen exchange",)),
    ("Tokyo Stock Exchange", ("Tokyo exchange", "TSE")),
    ("Toronto Stock Exchange", ("TSX",)),
    ("Australian Securities Exchange", ("ASX", "Australian Stock Exchange")),
    ("Frankfurt Stock Exchange", ("Frankfurt exchange", "Deutsche Boerse", "Deutsche Börse")),
    ("Euronext", ("Euronext Paris", "Paris Bourse")),
    ("SIX Swiss Exchange", ("Swiss Exchange", "Zurich stock exchange")),
    ("Bombay Stock Exchange", ("BSE",)),
    ("National Stock Exchange of India", ("NSE",)),
    ("Singapore Exchange", ("SGX",)),
    ("Korea Exchange", ("KRX",)),
    ("Johannesburg Stock Exchange", ("JSE",)),
    ("American Stock Exchange", ("AMEX", "Amex")),
    ("Madrid Stock Exchange", ()),
    ("Milan Stock Exchange", ("Borsa Italiana",)),
    ("Stockholm Stock Exchange", ("Nasdaq Stockholm",)),
    ("Helsinki Stock Exchange", ("Nasdaq Helsinki",)),
    ("Oslo Stock Exchange", ("Oslo Bors",)),
    ("Unlisted Securities Market", ("USM",)),
)

#: Fractions written in words, as percentages (GUIDELINES: "a third" -> 33.33).
FRACTIONS: dict[str, str] = {
    "half": "50",
    "a half": "50",
    "one half": "50",
    "a third": "33.33",
    "one third": "33.33",
    "one-third": "33.33",
    "two thirds": "66.67",
    "two-thirds": "66.67",
    "a quarter": "25",
    "one quarter": "25",
    "one-quarter": "25",
    "three quarters": "75",
    "three-quarters": "75",
    "a fifth": "20",
    "one fifth": "20",
    "one-fifth": "20",
}

#: Nouns of an ownership share: "a 10 pct stake", "its 49% interest".
OWNERSHIP_NOUNS: tuple[str, ...] = (
    "stake",
    "stakes",
    "interest",
    "interests",
    "holding",
    "holdings",
    "shareholding",
    "ownership",
    "owner",
    "equity",
    "shares",
    "stock",
    "capital",
    "voting",
    "outstanding",
    "common",
)

#: Verbs of owning or changing ownership, which make "N pct of X" a stake.
OWNERSHIP_VERBS: tuple[str, ...] = (
    "own",
    "owns",
    "owned",
    "owning",
    "hold",
    "holds",
    "held",
    "holding",
    "has",
    "have",
    "had",
    "control",
    "controls",
    "controlled",
    "buy",
    "buys",
    "bought",
    "buying",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "purchase",
    "purchased",
    "sell",
    "sells",
    "sold",
    "selling",
    "offer",
    "offered",
    "bid",
    "tender",
    "take",
    "took",
    "taken",
    "seek",
    "seeks",
    "sought",
    "disclose",
    "disclosed",
    "raise",
    "raised",
    "lift",
    "lifted",
    "increase",
    "increased",
    "boost",
    "boosted",
    "cut",
    "reduce",
    "reduced",
    "lower",
    "lowered",
    "bring",
    "brings",
    "give",
    "gives",
    "giving",
    "retain",
    "retains",
    "keep",
    "keeps",
)

#: Nouns of a business part sold or bought on its own: "the European unit of X".
BUSINESS_PARTS: tuple[str, ...] = (
    "unit",
    "units",
    "business",
    "businesses",
    "division",
    "divisions",
    "operation",
    "operations",
    "arm",
    "subsidiary",
    "brand",
    "brands",
)

#: What a seller may sell without naming a company: a part, or its assets.
SOLD_PARTS: tuple[str, ...] = (*BUSINESS_PARTS, "assets")

#: Words before an amount that make it something other than a deal's price.
NON_PRICE_WORDS: tuple[str, ...] = (
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "profit",
    "profits",
    "earnings",
    "earning",
    "income",
    "loss",
    "losses",
    "debt",
    "debts",
    "borrowings",
    "loan",
    "credit",
    "dividend",
    "capitalisation",
    "capitalization",
    "market value",
    "assets",
    "deposits",
    "savings",
    "costs",
    "spending",
)

#: Status cues, strongest first: a cue of an earlier status wins.
STATUS_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "terminated",
        (
            "called off",
            "call off",
            "calls off",
            "abandon",
            "withdr",
            "terminat",
            "scrapp",
            "scrap ",
            "dropped",
            "ended talks",
            "ended its",
            "broke off",
            "walked away",
            "lost out",
            "lost its",
            "lost their",
            "rejected",
            "tried to",
            "collapsed",
            "failed",
            "blocked",
            "no longer",
        ),
    ),
    (
        "rumored",
        (
            "reportedly",
            "rumo",
            "speculat",
            "is said to",
            "are said to",
            "considering",
            "could be the target",
            "may ",
            "might ",
            "could ",
            "possible",
            "potential",
        ),
    ),
    (
        "planned",
        (
            "plans to",
            "plan to",
            "plans a ",
            "plans an ",
            "planned",
            "planning",
            "intends",
            "intend to",
            "wants to",
            "want to",
            "aims to",
            "seeks to",
            "seeking to",
            "hopes to",
            "is to ",
            "are to ",
            "in talks",
            "talks with",
            "expected to",
            "is required to",
            "will ",
            "would ",
            "proposed",
        ),
    ),
    (
        "announced",
        (
            "agreed",
            "agrees",
            "agree to",
            "signed",
            "offer",
            "bid",
            "announc",
            "is making",
            "is buying",
            "is selling",
            "to acquire",
            "to buy",
            "to merge",
        ),
    ),
    (
        "completed",
        (
            "completed",
            "closed",
            "finalised",
            "finalized",
            "wrapped up",
        ),
    ),
)

#: Nouns that refer back to a deal named earlier ("the deal is worth $2bn").
DEAL_ANAPHORS: tuple[str, ...] = (
    "deal",
    "transaction",
    "acquisition",
    "purchase",
    "takeover",
    "merger",
    "offer",
    "bid",
    "sale",
    "buyout",
    "offering",
    "ipo",
    "flotation",
    "investment",
    "issue",
)
