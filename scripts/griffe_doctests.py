"""A griffe extension for the corpfacts site: doctest examples in docstrings become code blocks.

mkdocstrings renders docstrings as Markdown, where ">>> code" lines read as
nested block quotes. This extension (named in mkdocs.yml) fences each run of
doctest lines, with the output lines that follow them, as a ``pycon`` block.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

# A run of doctest lines: ">>> " or "... " prompts and the output lines after them, up to a blank line
_DOCTEST = re.compile(
    r"""
    ^(?P<indent>[ ]*)>>>[ ].*\n           # the first prompt
    (?:(?P=indent)(?!\s*$).*\n?)*         # every following non-blank line: prompts and output
    """,
    re.MULTILINE | re.VERBOSE,
)


def fence(text: str) -> str:
    """``text`` with every doctest run fenced as a ``pycon`` code block."""

    def wrap(match: re.Match[str]) -> str:
        indent = match["indent"]
        body = match.group().rstrip("\n")
        return f"{indent}```pycon\n{body}\n{indent}```\n"

    return _DOCTEST.sub(wrap, text if text.endswith("\n") else text + "\n").rstrip("\n")


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every docstring."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>> " in obj.docstring.value:
            obj.docstring.value = fence(obj.docstring.value)
