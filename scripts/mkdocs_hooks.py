"""MkDocs hooks for the corpfacts site (named in mkdocs.yml under ``hooks:``).

corpfacts' docstrings use Sphinx cross-reference roles (``:class:`~corpfacts.Facts```),
which mkdocstrings renders literally as ":class:" before the code. This hook
turns each role into plain code, shortened as the ``~`` prefix asks.
"""

from __future__ import annotations

import re
from typing import Any

# ":class:<code>~corpfacts.Facts</code>" as Markdown renders a Sphinx role
_ROLE = re.compile(
    r"""
    :(?:py:)?(?:class|meth|func|attr|mod|data|exc|obj|const):   # the role name
    <code>(?P<tilde>~)?(?P<target>[^<]+)</code>                 # its target, maybe shortened with ~
    """,
    re.VERBOSE,
)


def _code(match: re.Match[str]) -> str:
    target = match["target"]
    if match["tilde"]:
        target = target.rsplit(".", 1)[-1]
    return f"<code>{target}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    """Render Sphinx roles in API docstrings as code."""
    return _ROLE.sub(_code, html)
