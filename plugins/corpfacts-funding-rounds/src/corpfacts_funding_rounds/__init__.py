"""A corpfacts plugin that adds a new record kind: venture funding rounds.

"Brightwave raised $50 million in a Series B led by Sequoia" becomes a
:class:`FundingRound` with the company, the round ("Series B"), the amount,
the lead investors and the valuation when the text gives one, filed under
``funding_rounds`` in :class:`corpfacts.Facts` and in the JSON output.

Installed, the plugin is found through the ``corpfacts`` entry-point group;
or register it explicitly::

    import corpfacts, corpfacts_funding_rounds
    pipeline = corpfacts.Pipeline([corpfacts_funding_rounds], entry_points=False)
"""

from __future__ import annotations

from corpfacts import Extractor, Lexicon, hookimpl

from .extractor import make_extractor
from .records import FundingRound, Investor

__all__ = ["FundingRound", "Investor", "corpfacts_extractors"]

#: Name of this module as a plugin, the same as its entry-point name.
corpfacts_name = "funding-rounds"


@hookimpl
def corpfacts_extractors(lexicon: Lexicon) -> list[Extractor]:
    """The funding-round extractor (it reads amounts and companies, gives ``funding_rounds``)."""
    return [make_extractor()]
