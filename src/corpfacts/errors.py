"""The corpfacts exception hierarchy.

Every error corpfacts raises on purpose derives from :class:`CorpfactsError`.
Leaves also derive from the matching builtin (``ValueError``, ``LookupError``,
``OSError``) so that callers who already catch those keep working.

Finding nothing is never an error: extractors return empty results.
"""

from __future__ import annotations

__all__ = [
    "CorpfactsError",
    "InvalidInputError",
    "InputFileError",
    "PluginError",
    "PluginLoadError",
    "UnknownPluginError",
    "ExtractionError",
    "LexiconError",
]


class CorpfactsError(Exception):
    """Root of every error corpfacts raises on purpose."""


class InvalidInputError(CorpfactsError, ValueError):
    """An argument has the wrong type or form (a bad ``published`` date, say)."""


class InputFileError(CorpfactsError, OSError):
    """An input file is missing, unreadable, or not in the expected format."""


class LexiconError(CorpfactsError, ValueError):
    """A lexicon entry is malformed (an unknown currency code, an empty word)."""


class PluginError(CorpfactsError):
    """Base class of every problem caused by a plugin."""


class PluginLoadError(PluginError):
    """A plugin could not be imported, registered or validated."""


class UnknownPluginError(PluginError, LookupError):
    """A plugin name given to ``disable=`` or ``--disable`` is not registered."""


class ExtractionError(PluginError):
    """An extractor raised while processing a document.

    The original exception is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, plugin: str, extractor: str, document: str | None) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.extractor = extractor
        self.document = document
