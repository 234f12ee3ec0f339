"""Built-in plugin ``companies``: company mentions and :class:`~corpfacts.Company` records.

A capitalised name becomes a company only on evidence the text gives: a
legal suffix ("Inc", "GmbH"), a business word ending the name ("Skyhop
Airways"), a descriptor before or after it ("messaging service Tango",
"Zulily, an online retailer"), a ticker ("(NYSE: BABA)"), a web-style name
("JD.com"), a business role ("a stake in Zulily", "Alibaba's Tmall site",
"Halden shareholders"), a list shared with a company, or the known-companies
table. Once a name is a company, its other forms in the text (possessives,
shorter forms, tickers and acronyms) become aliases of the same record.

The vocabulary below is data; the rules live in :mod:`._names_companies`.
Other plugins extend it through ``corpfacts_lexicon`` (``add_company_suffix``,
``add_company_descriptor``, ``add_company_name_word``, ``add_known_company``,
``add_non_company``).
"""

from __future__ import annotations

from corpfacts import Extractor, Lexicon, hookimpl

from ._names_companies import CompanyFinder

__all__ = ["corpfacts_lexicon", "corpfacts_extractors"]

#: Legal-form suffixes, written as they appear in names (dotted forms too).
LEGAL_SUFFIXES = (
    *("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Cos"),
    *("Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "PLC", "Plc", "plc", "LP", "L.P.", "LLP", "Pty", "Pte"),
    *("AG", "A.G.", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "GmbH", "SpA", "S.p.A.", "AB", "ASA", "A/S"),
    *("Oyj", "Oy", "KK", "K.K.", "SE", "Bhd", "Tbk", "CJSC", "OAO", "OOO", "PJSC", "AS", "A-S", "Pvt", "SAS"),
    *("Holdings", "Holding", "Group", "Bancorp", "Bancshares"),
)

#: Nouns that describe a business, before a name ("shipper ShopRunner") or
#: after it ("Zulily, an online retailer"). Plurals and "-maker" compounds
#: ("drugmaker", "carmakers") are recognised without listing them.
DESCRIPTORS = (
    *("company", "firm", "group", "business", "corporation", "conglomerate", "concern", "enterprise"),
    *("retailer", "e-tailer", "marketplace", "site", "website", "portal", "store", "chain", "shop"),
    *("service", "platform", "app", "startup", "start-up", "provider", "operator", "carrier", "airline"),
    *("maker", "manufacturer", "producer", "supplier", "distributor", "wholesaler", "shipper", "exporter"),
    *("importer", "developer", "builder", "contractor", "miner", "refiner", "brewer", "brewery", "distiller"),
    *("bank", "lender", "insurer", "broker", "brokerage", "fund", "investment house"),
    *("house", "utility", "giant", "major", "subsidiary", "unit", "division", "affiliate", "arm", "parent"),
    *("rival", "competitor", "vehicle", "consortium", "outfit", "label", "brand", "bankers", "brokers"),
    *("studio", "publisher", "broadcaster", "network", "telco", "club", "vendor", "operation"),
    *("consultancy", "institution", "multinational", "chipmaker", "automaker", "carmaker"),
    *("drugmaker", "steelmaker", "shipbuilder", "grocer", "supermarket", "restaurant", "hotelier"),
)

#: Capitalised words that mark a company when they end its name ("Skyhop Airways").
NAME_WORDS = (
    *("Airways", "Airlines", "Air", "Aviation", "Motors", "Motor", "Automotive", "Industries"),
    *("Pharmaceuticals", "Pharma", "Labs", "Laboratories", "Therapeutics", "Biotech", "Medical"),
    *("Brands", "Foods", "Food", "Beverages", "Breweries", "Studios", "Pictures", "Media", "Entertainment"),
    *("Tyres", "Tires", "Solutions", "Systems", "Technologies", "Technology", "Software", "Semiconductor"),
    *(
        "Electronics",
        "Electric",
        "Telecom",
        "Telecommunications",
        "Telesystems",
        "Networks",
        "Communications",
    ),
    *("Banc", "Securities", "Partners", "Investors", "Capital", "Investments", "Ventures", "Advisors"),
    *("Management", "Financial", "Insurance", "Assurance", "Trust", "Savings", "Leasing", "Bank"),
    *("Cruises", "Hotels", "Resorts", "Casinos", "Gaming", "Shipping", "Logistics", "Express", "Lines"),
    *("Resources", "Petroleum", "Oil", "Gas", "Energy", "Power", "Steel", "Metals", "Mining", "Minerals"),
    *("Chemicals", "Materials", "Paper", "Packaging", "Textiles", "Apparel", "Stores", "Enterprises"),
    *("Properties", "Realty", "Associates", "Distributors", "Distributor", "Fund", "Funds", "Services"),
    *("Products", "Instruments", "Devices", "Mills", "Works", "Acquisition", "Television", "Broadcasting"),
)

#: Last words of organisations that are not businesses (FORMAT.md's other_orgs).
NON_BUSINESS_HEADS = frozenset(
    (
        *("commission", "ministry", "department", "agency", "authority", "authorities", "bureau", "court"),
        *("council", "association", "university", "college", "institute", "school", "exchange", "bourse"),
        *("government", "parliament", "party", "federation", "committee", "board", "office", "senate"),
        *("congress", "newsroom", "journal", "magazine", "times", "telegraph", "index", "house", "treasury"),
        *("police", "army", "navy", "society", "church", "league", "union", "reserve", "nations", "market"),
        *(
            "field",
            "ministry",
            "tribunal",
            "assembly",
            "organisation",
            "organization",
            "programme",
            "program",
        ),
    )
)

#: Capitalised words and phrases that are never company names on their own:
#: sentence openers, calendar words, honorifics, and public bodies known by
#: short forms. Places, titles and demonyms come from the other plugins.
NON_COMPANIES = (
    *("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I"),
    *("Our", "Their", "His", "Her", "You", "Your", "In", "On", "At", "By", "For", "From", "With", "Of"),
    *("To", "As", "And", "But", "Or", "So", "If", "When", "While", "Since", "After", "Before", "Under"),
    *("Over", "Despite", "Although", "Though", "Because", "However", "Meanwhile", "Also", "Still", "Yet"),
    *("Both", "Each", "All", "Some", "Many", "Most", "Other", "Others", "Another", "One", "Two", "Three"),
    *("No", "Not", "There", "Here", "What", "Why", "How", "Who", "Which", "Where", "Last", "Next", "First"),
    *("Now", "Then", "Thus", "Even", "Only", "Such", "Further", "Earlier", "Later", "Days", "Shares"),
    *("Analysts", "Sales", "Revenue", "Profit", "Net", "Operating", "Earnings", "Company"),
    *("Group", "Chairman", "President", "Chief", "Executive", "Director", "Board", "Mr", "Mrs", "Ms", "Dr"),
    *("Sir", "Lord", "Lady", "Prof", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"),
    *("Nov", "Dec", "January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    *("Saturday", "Sunday", "GMT", "EST", "UTC", "CEO", "CFO", "COO", "IPO", "EPS", "EBIT", "EBITDA", "VAT"),
    *("LNG", "R&D", "IT", "TV", "PR", "OK", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "AFX", "AP", "BBC", "CNN"),
    *("SEC", "FTC", "FDA", "EU", "UN", "IMF", "WTO", "OPEC", "NATO", "ECB", "Fed", "NYSE", "Nasdaq"),
    *("Reuters", "Wall Street", "City", "Government", "Parliament", "Congress", "Internet", "Web"),
    *("World Bank", "International Monetary Fund", "European Central Bank", "Federal Reserve", "Treasury"),
    *("Securities and Exchange Commission", "European Commission", "White House", "Commission"),
    *("Christmas", "Easter", "God", "English", "Keywords", "Internet", "Euro", "Dollar", "Yen", "Sterling"),
    *("Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Eighteen", "Twenty"),
    *("EUR", "USD", "GBP", "JPY", "CNY", "HKD", "SEK", "NOK", "DKK", "CHF", "AUD", "CAD", "INR", "RUB"),
    *(
        "Finance",
        "Prime",
        "State",
        "Business",
        "Economy",
        "Markets",
        "Stock",
        "Stocks",
        "Exports",
        "Imports",
        "Growth",
    ),
)

#: Widely known cities and US states, which are never companies by themselves.
PLACES_NOT_COUNTRIES = (
    *("New York", "London", "Paris", "Tokyo", "Beijing", "Shanghai", "Shenzhen", "Frankfurt", "Berlin"),
    *("Munich", "Hamburg", "Zurich", "Geneva", "Basle", "Basel", "Milan", "Rome", "Madrid", "Barcelona"),
    *("Lisbon", "Amsterdam", "Rotterdam", "Brussels", "Antwerp", "Vienna", "Stockholm", "Oslo"),
    *("Copenhagen", "Helsinki", "Dublin", "Edinburgh", "Manchester", "Birmingham", "Moscow", "Warsaw"),
    *("Prague", "Budapest", "Athens", "Istanbul", "Dubai", "Abu Dhabi", "Mumbai", "Bombay", "Delhi"),
    *("New Delhi", "Bangalore", "Seoul", "Osaka", "Sydney", "Melbourne", "Toronto", "Montreal"),
    *("Vancouver", "Chicago", "Boston", "Seattle", "San Francisco", "Los Angeles", "Washington"),
    *("Houston", "Dallas", "Atlanta", "Miami", "Detroit", "Philadelphia", "Minneapolis", "Denver"),
    *("Silicon Valley", "Wall Street", "Tallinn", "Riga", "Vilnius", "St Petersburg", "Sao Paulo"),
    *("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware"),
    *("Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana"),
    *("Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana"),
    *("Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota"),
    *("Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota"),
    *("Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"),
)


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    for suffix in LEGAL_SUFFIXES:
        lexicon.add_company_suffix(suffix)
    for noun in DESCRIPTORS:
        lexicon.add_company_descriptor(noun)
    for word in NAME_WORDS:
        lexicon.add_company_name_word(word)
    for word in (*NON_COMPANIES, *PLACES_NOT_COUNTRIES):
        lexicon.add_non_company(word)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    finder = CompanyFinder(lexicon, NON_BUSINESS_HEADS, extractor="companies")
    return [Extractor("companies", finder.run, gives={"company_mentions", "companies"})]
