"""Vocabulary of the money and percentage extractors, kept apart from their logic.

Everything here is data: which signs and words name which ISO 4217 currency,
which words scale a number, which words bound an amount, and which words in
a story hint at the currency of an ambiguous sign such as "$". The
``money`` plugin puts the currency and scale tables into the shared
:class:`~corpfacts.Lexicon`, so other plugins can add to them.
"""

from __future__ import annotations

from decimal import Decimal

# -- currency signs, written before the number (case-sensitive) -----------------
#: "$" alone is ambiguous; it maps to USD here and the document may settle it
#: otherwise (see ``AMBIGUOUS``).
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "HK$": "HKD",
    "H.K.$": "HKD",
    "C$": "CAD",
    "Can$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "Aus$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "₪": "ILS",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$HK": "HKD",
    "$C": "CAD",
    "Australian $": "AUD",
    "Canadian $": "CAD",
    "New Zealand $": "NZD",
    "Hong Kong $": "HKD",
    "Singapore $": "SGD",
}

# -- currency words and codes (case-insensitive) ---------------------------------
#: Names, plurals and wire-service abbreviations, written after the number
#: ("15 mln dlrs", "1.5 billion yuan").
CURRENCY_WORDS: dict[str, str] = {
    # dollars: ambiguous, USD unless the story says otherwise
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "won": "KRW",
    "franc": "FRF",
    "francs": "FRF",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "swiss frs": "CHF",
    "belgian francs": "BEF",
    "french francs": "FRF",
    "cfa francs": "XOF",
    "sfr": "CHF",
    "chf": "CHF",
    "krona": "SEK",
    "kronor": "SEK",
    "swedish crowns": "SEK",
    "krone": "DKK",
    "kroner": "DKK",
    "danish crowns": "DKK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "rand": "ZAR",
    "reais": "BRL",
    "peso": "MXN",
    "pesos": "MXN",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "lira": "TRY",
    "lire": "ITL",
    "italian lire": "ITL",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "baht": "THB",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "shekels": "ILS",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "dm": "DEM",
    "guilders": "NLG",
    "schillings": "ATS",
    "pesetas": "ESP",
    "escudos": "PTE",
    "ecu": "XEU",
    "ecus": "XEU",
    "crowns": "SEK",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "kuwaiti dinars": "KWD",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "kr": "SEK",
}

#: Qualifiers that pin down which dollar is meant ("H.K. dlrs", "Canadian
#: dollars"); each is combined with every word of ``DOLLAR_WORDS``.
DOLLAR_QUALIFIERS: dict[str, str] = {
    "U.S.": "USD",
    "US": "USD",
    "American": "USD",
    "H.K.": "HKD",
    "HK": "HKD",
    "Hong Kong": "HKD",
    "Hongkong": "HKD",
    "Canadian": "CAD",
    "Can": "CAD",
    "Australian": "AUD",
    "Aust": "AUD",
    "N.Z.": "NZD",
    "NZ": "NZD",
    "New Zealand": "NZD",
    "Singapore": "SGD",
    "Singapore's": "SGD",
    "Taiwan": "TWD",
    "New Taiwan": "TWD",
    "Zimbabwe": "ZWD",
}
DOLLAR_WORDS = ("dollar", "dollars", "dlr", "dlrs")

#: ISO 4217 codes written in capitals before or after the number ("EUR 3.5 mn").
#: A curated list: price-parser's full table holds codes that are English
#: words (ALL, TOP, CUP, MAD, GEL) and would turn "ALL 5 MEMBERS" into money.
ISO_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "HKD", "INR", "CHF", "CAD", "AUD", "NZD", "SGD", "TWD",
    "KRW", "SEK", "NOK", "DKK", "ISK", "BRL", "MXN", "RUB", "ZAR", "TRY", "AED", "SAR", "THB",
    "MYR", "IDR", "PLN", "CZK", "HUF", "ILS", "PHP", "VND", "EGP", "NGN", "KES", "PKR", "QAR",
    "KWD", "ARS", "CLP", "COP", "PEN", "UAH", "RON", "BGN", "HRK",
)  # fmt: skip
#: Code-like abbreviations that are not ISO 4217 codes themselves.
CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "NTD": "TWD"}
#: Other words allowed before the number, as written ("Rs 500 crore", "euro742 million").
PREFIX_WORDS: dict[str, str] = {
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "SFr": "CHF",
    "SFr.": "CHF",
    "SFR": "CHF",
    "EURO": "EUR",
    "Euro": "EUR",
    "euro": "EUR",
    "Rmb": "CNY",
    "RMB": "CNY",
    "Dh": "AED",
    "DM": "DEM",
    "Skr": "SEK",
    "NKr": "NOK",
    "DKr": "DKK",
    "kr": "SEK",
    "kr.": "SEK",
    "Kr": "SEK",
    "Ps": "MXN",
    "Rp": "IDR",
    "RM": "MYR",
    "TL": "TRY",
    "Ksh": "KES",
}
#: Codes that carry a scale ("MEUR 311.4" is 311.4 million euros).
SCALED_PREFIXES: dict[str, tuple[str, int]] = {
    "MEUR": ("EUR", 1_000_000),
    "mEUR": ("EUR", 1_000_000),
    "MUSD": ("USD", 1_000_000),
    "TEUR": ("EUR", 1_000),
    "KEUR": ("EUR", 1_000),
    "EURm": ("EUR", 1_000_000),
    "EURbn": ("EUR", 1_000_000_000),
    "USDm": ("USD", 1_000_000),
    "GBPm": ("GBP", 1_000_000),
}

#: Minor units, written after the number: the currency of their major unit
#: (a sign or code) and how many of them make one major unit.
MINOR_UNITS: dict[str, tuple[str, int]] = {
    "cent": ("$", 100),
    "cents": ("$", 100),
    "cts": ("$", 100),
    "ct": ("$", 100),
    "pence": ("GBP", 100),
    "penny": ("GBP", 100),
    "pennies": ("GBP", 100),
    "euro cents": ("EUR", 100),
    "euro-cents": ("EUR", 100),
}
#: "p" glued to the number ("345p") is pence.
PENCE_MARK = "p"
#: Display resolutions that look like pence ("1080p").
NOT_PENCE = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})

#: Currency words that are also English verbs ("the Big 3 won the award",
#: "1987 marks a turning point"), and the words that follow them as verbs.
VERB_LIKE_WORDS = frozenset({"won", "marks"})
VERB_OBJECTS = (
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "by", "over", "against",
    "back", "out", "approval", "support", "praise", "control", "contracts", "orders", "awards",
)  # fmt: skip

# -- ambiguous signs and words --------------------------------------------------
#: Signs and words whose currency depends on the story, mapped to the sign
#: the ``corpfacts_resolve_currency`` hook is asked about.
AMBIGUOUS: dict[str, str] = {
    "$": "$",
    "dollar": "$",
    "dollars": "$",
    "dlr": "$",
    "dlrs": "$",
    "cent": "$",
    "cents": "$",
    "cts": "$",
    "ct": "$",
    "¥": "¥",
    "kr": "kr",
    "kr.": "kr",
    "Kr": "kr",
    "krone": "kr",
    "crowns": "kr",
    "kroner": "kr",
    "franc": "franc",
    "francs": "franc",
    "peso": "peso",
    "pesos": "peso",
    "rupee": "rupee",
    "rupees": "rupee",
    "riyal": "riyal",
    "riyals": "riyal",
}

# -- scales ------------------------------------------------------------------------
SCALES: dict[str, Decimal] = {
    "thousand": Decimal(1000),
    "k": Decimal(1000),
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
}
#: Scale words that are single letters: only when glued to the number or
#: followed by a non-word character, never before a word ("5 m in" is fine,
#: "5 b share" is not).
SHORT_SCALES = frozenset({"k", "m", "b"})

# -- number words --------------------------------------------------------------------
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Words that stand for one, only before a scale or a minor unit ("a million", "a cent").
ONE_WORDS = ("a single", "a", "an")

# -- qualifiers, written before the amount (outside its span) ----------------------
QUALIFIERS = (
    "about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
    "close to", "more than", "less than", "fewer than", "up to", "at least", "at most",
    "over", "under", "just over", "just under", "well over", "well under", "in excess of",
    "as much as", "as little as", "as many as", "no more than", "not more than",
    "no less than", "not less than", "an estimated", "estimated", "below", "above",
    "upwards of", "circa", "c.", "a little over", "a little under", "only", "just",
    "a minimum of", "a maximum of",
)  # fmt: skip

# -- phrases after an amount that make it a price per share -------------------------
PER_SHARE = (
    "a share", "per share", "/share", "each", "apiece",
    "per ordinary share", "an ordinary share", "per common share", "a common share",
    "per American depositary share", "per ADS", "per ADR", "a piece",
)  # fmt: skip

# -- words that may follow an amount whose currency is carried over ---------------
#: "240 mln francs after an estimated 215 mln this year": the second amount
#: names no currency; it is money only when what follows it is one of these
#: (and not a counted noun such as "shares").
ELLIPSIS_FOLLOWERS = (
    "in", "this", "last", "a", "an", "the", "for", "from", "to", "and", "or", "at", "on",
    "by", "compared", "versus", "vs", "year", "previously", "earlier", "before", "after",
    "during", "against", "while", "with", "but", "forecast", "expected", "reported",
    "respectively", "was", "were", "is", "had", "has", "previous", "prior", "net", "pretax",
    "pre-tax", "of",
)  # fmt: skip

# -- document hints for ambiguous signs ------------------------------------------------
#: Words whose presence in a story points to a currency for the ambiguous
#: sign they are listed under. Explicit mentions of a qualified currency are
#: found separately (from the lexicon), so these are places, demonyms and
#: dateline cities.
SIGN_HINTS: dict[str, dict[str, tuple[str, ...]]] = {
    "$": {
        "USD": ("U.S.", "United States", "American", "Wall Street", "New York", "Washington", "Nasdaq"),
        "AUD": (
            "Australia",
            "Australian",
            "Sydney",
            "Melbourne",
            "Perth",
            "Brisbane",
            "Canberra",
            "Adelaide",
        ),
        "NZD": ("New Zealand", "Wellington", "Auckland", "Christchurch"),
        "CAD": ("Canada", "Canadian", "Toronto", "Ottawa", "Montreal", "Vancouver", "Calgary"),
        "HKD": ("Hong Kong",),
        "SGD": ("Singapore",),
        "TWD": ("Taiwan", "Taiwanese", "Taipei"),
    },
    "¥": {
        "JPY": ("Japan", "Japanese", "Tokyo", "Osaka", "Nikkei"),
        "CNY": ("China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "yuan", "renminbi"),
    },
    "kr": {
        "SEK": ("Sweden", "Swedish", "Stockholm", "Gothenburg"),
        "NOK": ("Norway", "Norwegian", "Oslo", "Bergen"),
        "DKK": ("Denmark", "Danish", "Copenhagen", "Danske"),
        "ISK": ("Iceland", "Icelandic", "Reykjavik"),
    },
    "franc": {
        "CHF": ("Switzerland", "Swiss", "Zurich", "Geneva", "Basel", "Bern"),
        "FRF": ("France", "French", "Paris", "Lyon"),
        "BEF": ("Belgium", "Belgian", "Brussels", "Antwerp"),
    },
    "peso": {
        "MXN": ("Mexico", "Mexican"),
        "ARS": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
        "CLP": ("Chile", "Chilean", "Santiago"),
        "PHP": ("Philippines", "Philippine", "Filipino", "Manila"),
        "COP": ("Colombia", "Colombian", "Bogota"),
    },
    "rupee": {
        "INR": ("India", "Indian", "Mumbai", "Bombay", "New Delhi", "Delhi"),
        "PKR": ("Pakistan", "Pakistani", "Karachi", "Islamabad"),
        "LKR": ("Sri Lanka", "Sri Lankan", "Colombo"),
        "NPR": ("Nepal", "Nepalese", "Kathmandu"),
    },
    "riyal": {
        "SAR": ("Saudi", "Riyadh", "Jeddah"),
        "QAR": ("Qatar", "Qatari", "Doha"),
        "OMR": ("Oman", "Omani", "Muscat"),
    },
}
#: Currencies whose qualified form is the ambiguous sign's default ("US$"
#: settles nothing against "HK$"): explicit mentions of them do not count as
#: a hint away from the default.
HINT_DEFAULTS: dict[str, str] = {"$": "USD", "¥": "JPY", "kr": "SEK", "franc": "FRF", "peso": "MXN",
                                 "rupee": "INR", "riyal": "SAR"}  # fmt: skip
#: After this year, "francs" with no hint in the story means Swiss francs
#: (France and Belgium adopted the euro in 2002).
FRANC_LAST_YEAR = 2001

# -- percentages ---------------------------------------------------------------------
PERCENT_WORDS = ("percent", "per cent", "per-cent", "pct", "%")
