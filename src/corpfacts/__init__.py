"""corpfacts: structured, typed corporate facts from English business news.

>>> import corpfacts
>>> facts = corpfacts.extract("Acme Corp said on Monday it paid $5 million.", published="2020-01-08")
>>> [(str(a.value), a.currency) for a in facts.amounts]
[('5000000', 'USD')]

The public names are imported lazily (PEP 562), on first use, so that
``import corpfacts`` stays cheap for the command line and for tools that only
need one corner of the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document
    from .errors import (
        CorpfactsError,
        ExtractionError,
        InputFileError,
        InvalidInputError,
        LexiconError,
        PluginError,
        PluginLoadError,
        UnknownPluginError,
    )
    from .extractor import Extractor, Fact
    from .facts import Facts
    from .hookspecs import hookimpl
    from .lexicon import KnownCompany, Lexicon
    from .pipeline import Pipeline, extract, parse_published
    from .records import (
        Company,
        CompanyMention,
        DateMention,
        DateValue,
        Deal,
        Granularity,
        Market,
        Mention,
        Money,
        Percentage,
        Person,
        PersonMention,
        PlaceMention,
        Record,
        Span,
        Stake,
    )

__version__ = "0.1.0"

#: Public name -> the submodule that defines it.
_LAZY: dict[str, str] = {
    "extract": "pipeline",
    "Pipeline": "pipeline",
    "parse_published": "pipeline",
    "Facts": "facts",
    "Document": "document",
    "Extractor": "extractor",
    "Fact": "extractor",
    "Lexicon": "lexicon",
    "KnownCompany": "lexicon",
    "hookimpl": "hookspecs",
    **dict.fromkeys(
        (
            "Span",
            "Mention",
            "Money",
            "Percentage",
            "DateMention",
            "DateValue",
            "Granularity",
            "CompanyMention",
            "PersonMention",
            "PlaceMention",
            "Record",
            "Company",
            "Person",
            "Market",
            "Stake",
            "Deal",
        ),
        "records",
    ),
    **dict.fromkeys(
        (
            "CorpfactsError",
            "InvalidInputError",
            "InputFileError",
            "LexiconError",
            "PluginError",
            "PluginLoadError",
            "UnknownPluginError",
            "ExtractionError",
        ),
        "errors",
    ),
}

__all__ = [
    "__version__",
    "extract",
    "Pipeline",
    "Facts",
    "Document",
    "Extractor",
    "Fact",
    "Lexicon",
    "KnownCompany",
    "hookimpl",
    "parse_published",
    "Span",
    "Mention",
    "Money",
    "Percentage",
    "DateMention",
    "DateValue",
    "Granularity",
    "CompanyMention",
    "PersonMention",
    "PlaceMention",
    "Record",
    "Company",
    "Person",
    "Market",
    "Stake",
    "Deal",
    "CorpfactsError",
    "InvalidInputError",
    "InputFileError",
    "LexiconError",
    "PluginError",
    "PluginLoadError",
    "UnknownPluginError",
    "ExtractionError",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'corpfacts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
