"""Hook specifications: the whole contract between corpfacts and its plugins.

Built-in extractors implement these hooks exactly as third-party plugins do.
Hooks run in this order for a :class:`~corpfacts.Pipeline`:

1. ``corpfacts_lexicon`` once, when the pipeline is built;
2. ``corpfacts_extractors`` once, right after, with the finished lexicon;
3. per document: ``corpfacts_publication_date`` (only when no publication
   date was given), then every extractor in dependency order;
   ``corpfacts_resolve_currency`` whenever an extractor asks the document
   to settle an ambiguous currency sign.

Hooks may grow new keyword arguments in later versions; pluggy passes an
implementation only the arguments it names, so old plugins keep working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .document import Document
    from .extractor import Extractor
    from .lexicon import Lexicon

__all__ = ["hookspec", "hookimpl", "PROJECT"]

PROJECT = "corpfacts"
hookspec = pluggy.HookspecMarker(PROJECT)
#: Marker for hook implementations, for built-ins and third-party plugins alike.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    """Add vocabulary to the shared lexicon.

    Runs once per :class:`~corpfacts.Pipeline`, for every plugin, before any
    extractor is built. Call ``lexicon.add_*`` methods; return nothing.
    Entries from every plugin are kept; when two plugins add the same key,
    the plugin whose name sorts last wins, whatever the registration order.
    """


@hookspec
def corpfacts_extractors(lexicon: Lexicon) -> Sequence[Extractor] | None:
    """Return the extractors this plugin contributes, built for ``lexicon``.

    Runs once per pipeline, after every ``corpfacts_lexicon`` call, with the
    finished (frozen) lexicon, so an extractor can compile its patterns from
    it once. Return a sequence of :class:`~corpfacts.Extractor`, or ``None``
    (or an empty sequence) to contribute none. Every plugin's answer is used;
    the pipeline orders extractors by what they need and give, ties by name.
    """


@hookspec(firstresult=True)
def corpfacts_resolve_currency(sign: str, document: Document) -> str | None:
    """Settle the ISO 4217 code of an ambiguous currency sign in ``document``.

    Called by extractors through :meth:`Document.resolve_currency` for signs
    such as "$", "¥" or "kr", whose currency depends on the story. Return an
    ISO 4217 code, or ``None`` to leave the decision to other plugins. The
    first non-``None`` answer wins; plugins are asked in name order
    (``tryfirst`` ones first) and the built-in answer is given last
    (``trylast``), so any plugin can override it.
    """


@hookspec(firstresult=True)
def corpfacts_publication_date(text: str) -> dt.date | None:
    """Find the publication date in ``text`` when the caller gave none.

    Called once per document, only when ``published`` is ``None``. Return
    the date (from a dateline such as "NEW YORK, March 3, 2015 -"), or
    ``None`` when the text does not tell. The first non-``None`` answer wins;
    the built-in answer is given last. Never read the clock here.
    """
