"""Shared paths and helpers for the test suite.

Each test module builds its own pipeline once (module-scoped fixture):
building one loads every plugin and compiles their patterns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpfacts.plugins import BUILTIN_PLUGINS

#: The repository root (the directory holding pyproject.toml).
REPO = Path(__file__).resolve().parent.parent
#: The shared evaluation data, beside the repository; absent on some machines.
SHARED_EVAL = REPO.parent / "shared" / "eval"
#: The seed article and its gold facts.
SEED_TEXT = REPO / "seeds" / "alibaba-goes-global.txt"
SEED_GOLD = REPO / "seeds" / "alibaba-goes-global.gold.json"
#: The names of the built-in plugins, to switch them all off in core tests.
BUILTINS = tuple(BUILTIN_PLUGINS)


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    """The seed article's gold row (FORMAT.md shape)."""
    data: dict[str, Any] = load_json(SEED_GOLD)
    return data
