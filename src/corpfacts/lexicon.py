"""Vocabulary, kept apart from the code that uses it.

A :class:`Lexicon` holds every table the extractors read: currency words,
scale words, company suffixes and descriptors, known companies, titles,
places and demonyms, regions, deal triggers. Built-in plugins fill it through
the ``corpfacts_lexicon`` hook exactly as third-party plugins do, so teaching
corpfacts that "quid" means GBP is one data entry::

    @hookimpl
    def corpfacts_lexicon(lexicon):
        lexicon.add_currency("quid", "GBP")

Keys of word tables are stored case-folded unless the table says otherwise
(currency signs and company suffixes keep their case). Once a pipeline has
built its extractors the lexicon is frozen: further ``add_*`` calls raise
:class:`~corpfacts.errors.LexiconError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from .errors import LexiconError
from .records import DEAL_KINDS, REGIONS

__all__ = ["Lexicon", "KnownCompany"]


@attrs.frozen
class KnownCompany:
    """A company known by name before reading the text, with its other names."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


def _word(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{what} must be a non-empty string, got {value!r}")
    return " ".join(value.split())


class Lexicon:
    """Every vocabulary table the extractors read.

    Tables are read through the properties (read-only mappings and
    frozensets) and filled through the ``add_*`` methods, which validate
    their input and raise :class:`~corpfacts.errors.LexiconError` on a bad
    entry. The plugin that is filling the lexicon is recorded beside each
    entry (see :meth:`source_of`) so conflicts can be reported.
    """

    def __init__(self) -> None:
        self._currencies: dict[str, str] = {}
        self._currency_signs: dict[str, str] = {}
        self._scales: dict[str, Decimal] = {}
        self._company_suffixes: set[str] = set()
        self._company_descriptors: set[str] = set()
        self._company_name_words: set[str] = set()
        self._known_companies: dict[str, KnownCompany] = {}
        self._non_companies: set[str] = set()
        self._titles: dict[str, str] = {}
        self._places: dict[str, str] = {}
        self._regions: dict[str, str] = {}
        self._deal_triggers: dict[str, str] = {}
        self._deal_kinds: set[str] = set(DEAL_KINDS)
        self._exchanges: dict[str, str] = {}
        self._month_names: dict[str, int] = {}
        self._weekday_names: dict[str, int] = {}
        self._vague_dates: set[str] = set()
        self._sources: dict[tuple[str, str], str] = {}
        self._frozen = False
        #: Name of the plugin currently adding entries (set by the pipeline).
        self.current_plugin = ""

    # -- state -------------------------------------------------------------
    def freeze(self) -> None:
        """Forbid further additions (the pipeline calls this once extractors are built)."""
        self._frozen = True

    @property
    def frozen(self) -> bool:
        return self._frozen

    def _check_open(self, table: str, key: str) -> None:
        if self._frozen:
            raise LexiconError(
                f"cannot add {key!r} to the {table} table: the lexicon is frozen once a "
                "Pipeline is built; add vocabulary from a corpfacts_lexicon hook instead"
            )
        self._sources[(table, key)] = self.current_plugin

    def source_of(self, table: str, key: str) -> str | None:
        """The plugin that added ``key`` to ``table``, or ``None`` if it is not there."""
        return self._sources.get((table, key.casefold() if table not in ("currency_signs",) else key))

    # -- money ---------------------------------------------------------------
    def add_currency(self, word: str, code: str) -> None:
        """A currency word or code written before or after a number ("quid", "dlrs", "EUR").

        Matching is case-insensitive. For signs glued to the number, such as
        "HK$", use :meth:`add_currency_sign`.
        """
        word = _word(word, "currency word")
        code = self._iso_currency(code)
        key = word.casefold()
        self._check_open("currencies", key)
        self._currencies[key] = code

    def add_currency_sign(self, sign: str, code: str) -> None:
        """A currency sign or prefix written before the number ("HK$", "€"); case-sensitive."""
        sign = _word(sign, "currency sign")
        code = self._iso_currency(code)
        self._check_open("currency_signs", sign)
        self._currency_signs[sign] = code

    @staticmethod
    def _iso_currency(code: str) -> str:
        if not (isinstance(code, str) and len(code) == 3 and code.isascii() and code.isalpha()):
            raise LexiconError(f"currency code must be three letters of ISO 4217 such as 'GBP', got {code!r}")
        return code.upper()

    def add_scale(self, word: str, multiplier: int | str | Decimal) -> None:
        """A scale word written after a number ("mln" -> 1000000); case-insensitive."""
        word = _word(word, "scale word")
        try:
            value = Decimal(multiplier)
        except (ArithmeticError, ValueError, TypeError):
            raise LexiconError(f"scale multiplier must be a number, got {multiplier!r}") from None
        if value <= 0:
            raise LexiconError(f"scale multiplier must be positive, got {multiplier!r}")
        key = word.casefold()
        self._check_open("scales", key)
        self._scales[key] = value

    @property
    def currencies(self) -> Mapping[str, str]:
        return MappingProxyType(self._currencies)

    @property
    def currency_signs(self) -> Mapping[str, str]:
        return MappingProxyType(self._currency_signs)

    @property
    def scales(self) -> Mapping[str, Decimal]:
        return MappingProxyType(self._scales)

    # -- companies -----------------------------------------------------------
    def add_company_suffix(self, suffix: str) -> None:
        """A legal-form suffix that marks a company name ("Inc", "GmbH"); case-sensitive."""
        suffix = _word(suffix, "company suffix")
        self._check_open("company_suffixes", suffix.casefold())
        self._company_suffixes.add(suffix)

    def add_company_descriptor(self, noun: str) -> None:
        """A noun that describes a business ("retailer", "shipper", "firm")."""
        noun = _word(noun, "company descriptor").casefold()
        self._check_open("company_descriptors", noun)
        self._company_descriptors.add(noun)

    def add_known_company(
        self, name: str, aliases: Iterable[str] = (), *, country: str | None = None
    ) -> None:
        """A company to find by name, with its other names and optionally its home country."""
        name = _word(name, "company name")
        forms = tuple(dict.fromkeys(_word(a, "company alias") for a in aliases))
        if country is not None:
            country = self._country_code(country)
        key = name.casefold()
        self._check_open("known_companies", key)
        self._known_companies[key] = KnownCompany(name, forms, country)

    def add_company_name_word(self, word: str) -> None:
        """A capitalised word that marks a company when it ends a name ("Airlines", "Securities").

        Unlike a legal suffix it is part of the plain name, so short forms keep
        it ("Skyhop Airways" is not shortened to "Skyhop" for being an airline).
        Matching is case-insensitive.
        """
        word = _word(word, "company name word").casefold()
        self._check_open("company_name_words", word)
        self._company_name_words.add(word)

    def add_non_company(self, word: str) -> None:
        """A capitalised word or phrase that is never a company name ("Chairman")."""
        word = _word(word, "non-company word").casefold()
        self._check_open("non_companies", word)
        self._non_companies.add(word)

    @property
    def company_suffixes(self) -> frozenset[str]:
        return frozenset(self._company_suffixes)

    @property
    def company_descriptors(self) -> frozenset[str]:
        return frozenset(self._company_descriptors)

    @property
    def known_companies(self) -> Mapping[str, KnownCompany]:
        """Known companies keyed by their case-folded name."""
        return MappingProxyType(self._known_companies)

    @property
    def company_name_words(self) -> frozenset[str]:
        return frozenset(self._company_name_words)

    @property
    def non_companies(self) -> frozenset[str]:
        return frozenset(self._non_companies)

    # -- people --------------------------------------------------------------
    def add_title(self, phrase: str, normalized: str) -> None:
        """A job title and its normal short form ("chief executive officer" -> "CEO")."""
        phrase = _word(phrase, "title").casefold()
        normalized = _word(normalized, "normalized title")
        self._check_open("titles", phrase)
        self._titles[phrase] = normalized

    @property
    def titles(self) -> Mapping[str, str]:
        return MappingProxyType(self._titles)

    # -- places --------------------------------------------------------------
    @staticmethod
    def _country_code(code: str) -> str:
        if not (isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha()):
            raise LexiconError(f"country code must be ISO 3166-1 alpha-2 such as 'GB', got {code!r}")
        return code.upper()

    def add_place(self, word: str, code: str) -> None:
        """A country name, short form or demonym and its ISO 3166-1 alpha-2 code.

        ("Britain" -> "GB", "British" -> "GB", "U.S." -> "US").
        Matching is case-sensitive for all-capital short forms ("US") and
        case-insensitive otherwise.
        """
        word = _word(word, "place word")
        code = self._country_code(code)
        key = word if word.isupper() and len(word) <= 4 else word.casefold()
        self._check_open("places", key)
        self._places[key] = code

    add_demonym = add_place

    def add_region(self, word: str, region: str) -> None:
        """A word that names a world region ("worldwide" -> "Global", "European" -> "Europe")."""
        word = _word(word, "region word").casefold()
        if region not in REGIONS:
            raise LexiconError(f"region must be one of {', '.join(REGIONS)}; got {region!r}")
        self._check_open("regions", word)
        self._regions[word] = region

    @property
    def places(self) -> Mapping[str, str]:
        return MappingProxyType(self._places)

    @property
    def regions(self) -> Mapping[str, str]:
        return MappingProxyType(self._regions)

    # -- deals ---------------------------------------------------------------
    def add_deal_kind(self, kind: str) -> None:
        """A new deal kind (a lower-case word, such as "funding_round")."""
        kind = _word(kind, "deal kind")
        if not kind.replace("_", "").isalnum() or not kind.islower():
            raise LexiconError(f"deal kind must be a lower-case word such as 'funding_round', got {kind!r}")
        self._check_open("deal_kinds", kind)
        self._deal_kinds.add(kind)

    def add_deal_trigger(self, phrase: str, kind: str) -> None:
        """A verb or noun phrase that signals a deal of ``kind`` ("snap up" -> "acquisition").

        Give the base form; the deal extractor also matches its inflections
        ("snaps up", "snapped up", "snapping up").
        """
        phrase = _word(phrase, "deal trigger").casefold()
        if kind not in self._deal_kinds:
            raise LexiconError(
                f"unknown deal kind {kind!r} for trigger {phrase!r}; known kinds: "
                f"{', '.join(sorted(self._deal_kinds))} (add one with add_deal_kind)"
            )
        self._check_open("deal_triggers", phrase)
        self._deal_triggers[phrase] = kind

    def add_exchange(self, name: str, aliases: Iterable[str] = ()) -> None:
        """A stock exchange by its full name, with short forms ("NYSE")."""
        name = _word(name, "exchange name")
        for form in (name, *aliases):
            form = _word(form, "exchange alias")
            self._check_open("exchanges", form.casefold())
            self._exchanges[form.casefold()] = name

    @property
    def deal_kinds(self) -> frozenset[str]:
        return frozenset(self._deal_kinds)

    @property
    def deal_triggers(self) -> Mapping[str, str]:
        return MappingProxyType(self._deal_triggers)

    @property
    def exchanges(self) -> Mapping[str, str]:
        """Exchange names and short forms (case-folded) mapped to the full name."""
        return MappingProxyType(self._exchanges)

    # -- dates ---------------------------------------------------------------
    def add_month_name(self, word: str, month: int) -> None:
        """A month name or abbreviation and its number ("Sept" -> 9).

        Matched when written with a capital ("Sept", "SEPT"); lower-case
        "may" and "march" are verbs, never months.
        """
        word = _word(word, "month name").rstrip(".")
        if not (isinstance(month, int) and 1 <= month <= 12):
            raise LexiconError(f"month must be a number from 1 to 12, got {month!r} for {word!r}")
        key = word.casefold()
        self._check_open("month_names", key)
        self._month_names[key] = month

    def add_weekday_name(self, word: str, weekday: int) -> None:
        """A weekday name or abbreviation and its ISO number (Monday is 1, Sunday is 7)."""
        word = _word(word, "weekday name").rstrip(".")
        if not (isinstance(weekday, int) and 1 <= weekday <= 7):
            raise LexiconError(f"weekday must be a number from 1 (Monday) to 7 (Sunday), got {weekday!r}")
        key = word.casefold()
        self._check_open("weekday_names", key)
        self._weekday_names[key] = weekday

    def add_vague_date(self, phrase: str) -> None:
        """A phrase that names time without a calendar value ("in due course", "recently")."""
        phrase = _word(phrase, "vague date phrase").casefold()
        self._check_open("vague_dates", phrase)
        self._vague_dates.add(phrase)

    @property
    def month_names(self) -> Mapping[str, int]:
        """Month names and abbreviations (case-folded, no final dot) mapped to 1-12."""
        return MappingProxyType(self._month_names)

    @property
    def weekday_names(self) -> Mapping[str, int]:
        """Weekday names and abbreviations (case-folded) mapped to ISO weekday numbers."""
        return MappingProxyType(self._weekday_names)

    @property
    def vague_dates(self) -> frozenset[str]:
        """Phrases that name time vaguely (case-folded)."""
        return frozenset(self._vague_dates)
