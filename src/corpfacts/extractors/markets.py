"""Built-in plugin ``markets``: countries and world regions the text refers to.

A country counts when the text names it ("China", "the US", "U.K."),
describes something by it ("Chinese goods", "British", "US-based"), or puts
it in a dateline ("HONG KONG, June 24 -"); a region when it is named
("Europe", "Asian", "the Middle East") or, for Global, when business is said
to be "global", "worldwide", "international" or "overseas". Cities and states
are not markets. Names inside a company name ("Bank of Ireland", "British
Skyhop Airways") and currency names ("US$", "Swiss francs") do not count.

The country table comes from :mod:`pycountry` (imported only when a pipeline
is built); short forms and demonyms below are data, extended by any plugin
with ``lexicon.add_place`` / ``add_demonym`` / ``add_region``.
"""

from __future__ import annotations

from corpfacts import Extractor, Lexicon, hookimpl

from ._names_places import PlaceFinder

__all__ = ["corpfacts_lexicon", "corpfacts_extractors", "SHORT_FORMS", "DEMONYMS", "REGION_WORDS"]

#: Short and common forms of country names that ISO does not list.
SHORT_FORMS = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "UAE": "AE", "U.A.E.": "AE",
    "Emirates": "AE", "Holland": "NL", "The Netherlands": "NL", "Korea": "KR", "South Korea": "KR",
    "North Korea": "KP", "Russia": "RU", "Taiwan": "TW", "Vietnam": "VN", "Iran": "IR", "Syria": "SY",
    "Laos": "LA", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Czechia": "CZ",
    "Czech Republic": "CZ", "Macedonia": "MK", "Ivory Coast": "CI", "Hongkong": "HK", "Macau": "MO",
    "Macao": "MO", "Burma": "MM", "Brunei": "BN", "Cape Verde": "CV", "Swaziland": "SZ", "Vatican": "VA",
    "Mainland China": "CN", "PRC": "CN", "Palestine": "PS", "Congo": "CG", "West Germany": "DE",
    "East Germany": "DD", "Soviet Union": "SU", "USSR": "SU", "Yugoslavia": "YU", "Czechoslovakia": "CS",
}  # fmt: skip

#: Adjectives and nouns for a country's people or things ("Chinese goods", "Irishmen").
DEMONYMS = {
    "American": "US", "Americans": "US", "British": "GB", "Briton": "GB", "Britons": "GB", "English": "GB",
    "Scottish": "GB", "Scots": "GB", "Welsh": "GB", "Chinese": "CN", "Japanese": "JP", "Korean": "KR",
    "South Korean": "KR", "North Korean": "KP", "Taiwanese": "TW", "Indian": "IN", "Pakistani": "PK",
    "Bangladeshi": "BD", "Sri Lankan": "LK", "Indonesian": "ID", "Malaysian": "MY", "Singaporean": "SG",
    "Thai": "TH", "Vietnamese": "VN", "Filipino": "PH", "Philippine": "PH", "Australian": "AU",
    "New Zealand": "NZ", "New Zealander": "NZ",
    "New Zealanders": "NZ", "Kiwi": "NZ", "Canadian": "CA", "Mexican": "MX", "Brazilian": "BR",
    "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL", "Colombian": "CO", "Peruvian": "PE",
    "Venezuelan": "VE", "Cuban": "CU", "French": "FR", "Frenchman": "FR", "German": "DE", "Germans": "DE",
    "Italian": "IT", "Italians": "IT", "Spanish": "ES", "Spaniard": "ES", "Portuguese": "PT", "Dutch": "NL",
    "Belgian": "BE", "Luxembourgish": "LU", "Swiss": "CH", "Austrian": "AT", "Irish": "IE",
    "Irishman": "IE", "Irishmen": "IE", "Swedish": "SE", "Swede": "SE", "Norwegian": "NO", "Danish": "DK",
    "Dane": "DK", "Finnish": "FI", "Finn": "FI", "Finns": "FI", "Icelandic": "IS", "Estonian": "EE",
    "Latvian": "LV", "Lithuanian": "LT", "Polish": "PL", "Czech": "CZ", "Slovak": "SK", "Hungarian": "HU",
    "Romanian": "RO", "Bulgarian": "BG", "Greek": "GR", "Turkish": "TR", "Russian": "RU", "Russians": "RU",
    "Ukrainian": "UA", "Belarusian": "BY", "Serbian": "RS", "Croatian": "HR", "Slovenian": "SI",
    "Israeli": "IL", "Iranian": "IR", "Iraqi": "IQ", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA",
    "Kuwaiti": "KW", "Egyptian": "EG", "Moroccan": "MA", "Nigerian": "NG", "Kenyan": "KE",
    "South African": "ZA", "Ghanaian": "GH", "Ethiopian": "ET", "Algerian": "DZ", "Tunisian": "TN",
    "Lebanese": "LB", "Syrian": "SY", "Jordanian": "JO", "Kazakh": "KZ", "Maltese": "MT", "Cypriot": "CY",
}  # fmt: skip

#: Words for world regions (FORMAT.md's list); "global" words mean the whole world as a market.
REGION_WORDS = {
    "Europe": "Europe", "European": "Europe", "Europeans": "Europe", "EU": "Europe", "eurozone": "Europe",
    "euro zone": "Europe", "Western Europe": "Europe", "Eastern Europe": "Europe", "Scandinavia": "Europe",
    "Scandinavian": "Europe", "Nordic": "Europe", "Asia": "Asia", "Asian": "Asia", "Southeast Asia":
    "Southeast Asia", "South-East Asia": "Southeast Asia", "South East Asia": "Southeast Asia",
    "Southeast Asian": "Southeast Asia", "Middle East": "Middle East", "Middle Eastern": "Middle East",
    "Mideast": "Middle East", "Gulf states": "Middle East", "Africa": "Africa", "African": "Africa",
    "North Africa": "Africa", "North African": "Africa", "sub-Saharan Africa": "Africa",
    "Latin America": "Latin America", "Latin American": "Latin America", "South America": "Latin America",
    "South American": "Latin America", "Central America": "Latin America", "Caribbean": "Latin America",
    "North America": "North America", "North American": "North America", "Asia Pacific": "Asia Pacific",
    "Asia-Pacific": "Asia Pacific", "APAC": "Asia Pacific", "Pacific Rim": "Asia Pacific",
    "Oceania": "Oceania", "Australasia": "Oceania", "global": "Global", "globally": "Global",
    "worldwide": "Global", "world-wide": "Global", "international": "Global", "internationally": "Global",
    "overseas": "Global", "around the world": "Global", "across the world": "Global",
    "all over the world": "Global",
}  # fmt: skip

#: Words that name more than one market: regions by name, countries by code.
MULTI_REGIONS = {
    "Americas": ("North America", "Latin America"),
    "East and West Germany": ("DD", "DE"),
}

#: Names a place match must not take: states and regions that contain a
#: country's name, and country names that are mostly something else.
NOT_COUNTRIES = (
    *("New Mexico", "New Jersey", "New South Wales", "New England", "Georgia", "Chad", "Jersey City"),
    *("Indian Ocean", "Papua", "Western Australia", "South Australia", "British Columbia", "Baltic"),
    *("Latin", "Panama Canal", "Suez Canal", "Gulf of Mexico", "Jersey City", "Mexico City"),
)

#: Common names for countries whose ISO names read oddly in a report.
COMMON_NAMES = {
    "US": "United States", "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea",
    "RU": "Russia", "TW": "Taiwan", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "CZ": "Czech Republic",
    "MK": "North Macedonia", "CD": "Democratic Republic of the Congo", "DD": "East Germany",
    "SU": "Soviet Union", "YU": "Yugoslavia", "CS": "Czechoslovakia", "PS": "Palestine", "FM": "Micronesia",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "BQ": "Caribbean Netherlands",
    "SH": "Saint Helena", "HK": "Hong Kong", "MO": "Macau",
}  # fmt: skip


def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> common English name, from pycountry plus :data:`COMMON_NAMES`."""
    import pycountry  # slow to import: only when a pipeline is built

    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(COMMON_NAMES)
    return names


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    for code, name in country_names().items():
        if "," not in name and "(" not in name:
            lexicon.add_place(name, code)
    for word, code in {**SHORT_FORMS, **DEMONYMS}.items():
        lexicon.add_place(word, code)
    for word, region in REGION_WORDS.items():
        lexicon.add_region(word, region)


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    finder = PlaceFinder(lexicon, country_names(), MULTI_REGIONS, NOT_COUNTRIES, extractor="markets")
    return [
        Extractor(
            "markets",
            finder.run,
            gives={"place_mentions", "markets"},
            needs={"company_mentions", "companies", "amounts"},
        )
    ]
