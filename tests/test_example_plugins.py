"""The example plugins under plugins/, exercised through the ``corpfacts`` command once installed.

CI runs ``pip install ./plugins/<each>``; these tests then check that
``corpfacts plugins`` lists each one as an entry point and that
``corpfacts extract`` output changes as their READMEs say. A plugin that is
not installed is skipped. Each plugin's own tests live in
``plugins/<name>/tests`` (``python -m pytest plugins/<name>/tests``).
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = {
    # distribution name: entry-point (plugin) name
    "corpfacts-known-companies": "known-companies",
    "corpfacts-funding-rounds": "funding-rounds",
}


def installed(distribution: str) -> bool:
    """Whether ``distribution`` is installed for a fresh interpreter (as ``corpfacts`` will see it).

    Asked in a subprocess: this process's sys.path may include a plugin's
    source tree (its tests add it), which is not an installation.
    """
    probe = f"import importlib.metadata as m; m.distribution({distribution!r})"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60, check=False)
    return done.returncode == 0


def requires(distribution: str) -> pytest.MarkDecorator:
    """Skip unless ``distribution`` is installed; under CI (CORPFACTS_CI=1) it must be."""
    if os.environ.get("CORPFACTS_CI") and not installed(distribution):
        raise RuntimeError(
            f"CORPFACTS_CI is set but {distribution} is not installed: .ci/run must install it"
        )
    return pytest.mark.skipif(
        not installed(distribution),
        reason=f"{distribution} is not installed (pip install ./plugins/{distribution})",
    )


def corpfacts(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> str:
    """Run ``python -m corpfacts ARGS`` and return its standard output."""
    environ = {k: v for k, v in os.environ.items() if k != "CORPFACTS_KNOWN_COMPANIES"}
    environ.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "corpfacts", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"corpfacts {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


def extract_json(text: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    out = json.loads(
        corpfacts("extract", "--published", "2024-05-14", "--format", "json", env=env, stdin=text)
    )
    assert isinstance(out, dict)
    return out


def company_names(row: dict[str, Any]) -> set[str]:
    return {form for c in row["companies"] for form in (c["name"], *c.get("aliases", ()))}


@pytest.mark.parametrize(
    "distribution",
    [pytest.param(dist, marks=requires(dist), id=name) for dist, name in PLUGINS.items()],
)
def test_corpfacts_plugins_lists_the_installed_plugin(distribution: str) -> None:
    listed = {p["name"]: p for p in json.loads(corpfacts("plugins", "--json"))}
    info = listed[PLUGINS[distribution]]
    assert info["source"] == "entry point"
    assert info["version"] == importlib.metadata.version(distribution)
    assert distribution in info["origin"]
    table = corpfacts("plugins")
    assert PLUGINS[distribution] in table


@requires("corpfacts-known-companies")
def test_known_companies_changes_extract_output(tmp_path: Path) -> None:
    # The README's example, run as the README shows it.
    listing = tmp_path / "companies.csv"
    listing.write_text("name,aliases,country\nHalvorsen Maritime ASA,Halvorsen,NO\n", encoding="utf-8")
    text = "Analysts expect Halvorsen to cut freight rates again.\n"
    before = extract_json(text)
    after = extract_json(text, env={"CORPFACTS_KNOWN_COMPANIES": str(listing)})
    assert "Halvorsen" not in company_names(before)
    assert "Halvorsen" in company_names(after)
    (company,) = [c for c in after["companies"] if "Halvorsen" in (c["name"], *c.get("aliases", ()))]
    assert company.get("country") == "NO"


@requires("corpfacts-known-companies")
def test_known_companies_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    done = subprocess.run(
        [sys.executable, "-m", "corpfacts", "extract", "--published", "2024-05-14"],
        input="Halvorsen said so.\n",
        capture_output=True,
        text=True,
        env={**os.environ, "CORPFACTS_KNOWN_COMPANIES": str(missing)},
        timeout=300,
        check=False,
    )
    assert done.returncode != 0
    assert str(missing) in done.stderr
    assert "Traceback" not in done.stderr


@requires("corpfacts-known-companies")
def test_known_companies_can_be_disabled(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    text = "Halvorsen said on Tuesday it would sell two of its oldest tankers.\n"
    out = corpfacts(
        "extract", "--disable", "known-companies", env={"CORPFACTS_KNOWN_COMPANIES": str(missing)}, stdin=text
    )
    assert json.loads(out)["text"] == text


@requires("corpfacts-funding-rounds")
def test_funding_rounds_changes_extract_output() -> None:
    text = "Brightwave Inc raised $50 million in a Series B round led by Sequoia Capital.\n"
    out = extract_json(text)
    (found,) = out["funding_rounds"]
    assert found["company"] in ("Brightwave Inc", "Brightwave")
    assert found["round"] == "Series B"
    assert (found["amount"]["value"], found["amount"]["currency"]) == (50000000, "USD")
    assert found["lead_investors"] == ["Sequoia Capital"]
    assert found["valuation"] is None
    without = json.loads(
        corpfacts("extract", "--published", "2024-05-14", "--disable", "funding-rounds", stdin=text)
    )
    assert "funding_rounds" not in without


@requires("corpfacts-funding-rounds")
def test_funding_rounds_in_jsonl_output(tmp_path: Path) -> None:
    rows = tmp_path / "docs.jsonl"
    rows.write_text(
        json.dumps(
            {"id": "a", "published": "2024-05-14", "text": "Loomly Inc closed a $3 million seed round."}
        )
        + "\n",
        encoding="utf-8",
    )
    (line,) = corpfacts("extract", "--format", "jsonl", str(rows)).splitlines()
    row = json.loads(line)
    assert row["id"] == "a"
    assert [(r["round"], r["amount"]["value"]) for r in row["funding_rounds"]] == [("seed", 3000000)]
