"""A vocabulary-only corpfacts plugin: your own list of known companies.

Set the environment variable ``CORPFACTS_KNOWN_COMPANIES`` to a CSV or JSON
file (several files: separate them with ``os.pathsep``, ":" on Linux and
macOS, ";" on Windows). Every pipeline built afterwards finds those
companies by name or alias, and knows their home country. When the variable
is unset or empty the plugin adds nothing.

CSV: a header row with ``name`` and optionally ``aliases`` (separated by
``|``) and ``country`` (ISO 3166-1 alpha-2)::

    name,aliases,country
    Halvorsen Maritime ASA,Halvorsen|HMAR,NO

JSON: a list of objects with ``name`` and optionally ``aliases`` (a list)
and ``country``, or an object whose ``companies`` key holds that list::

    [{"name": "Halvorsen Maritime ASA", "aliases": ["Halvorsen"], "country": "NO"}]

A missing, unreadable or malformed file raises
:class:`corpfacts.InputFileError`; a bad entry (an empty name, a country
that is not two letters) raises :class:`corpfacts.LexiconError`. Both name
the file and the row.

For a pipeline of your own, register :class:`KnownCompanies` explicitly
instead of (or besides) using the variable::

    corpfacts.Pipeline([KnownCompanies("companies.csv")])
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from corpfacts import InputFileError, KnownCompany, Lexicon, LexiconError, hookimpl

__all__ = [
    "ENV_VAR",
    "KnownCompanies",
    "add_known_companies",
    "corpfacts_lexicon",
    "paths_from_env",
    "read_known_companies",
]

#: The environment variable naming the file(s) to load.
ENV_VAR = "CORPFACTS_KNOWN_COMPANIES"
#: Name of this module as a plugin, the same as its entry-point name.
corpfacts_name = "known-companies"

#: Separator of aliases inside one CSV cell.
ALIAS_SEPARATOR = "|"
_CSV_COLUMNS = frozenset({"name", "aliases", "country"})
_JSON_KEYS = frozenset({"name", "aliases", "country"})
_FORMAT_HELP = (
    "Give a .csv file with a header row 'name,aliases,country' (aliases separated by '|') "
    "or a .json file holding a list of objects with 'name', 'aliases' and 'country'"
)


def paths_from_env(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The files named by ``CORPFACTS_KNOWN_COMPANIES`` (none when it is unset or empty)."""
    value = (os.environ if environ is None else environ).get(ENV_VAR, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def read_known_companies(path: str | os.PathLike[str]) -> list[KnownCompany]:
    """The companies listed in a CSV or JSON file, in file order."""
    return [company for _, company in _entries(Path(path))]


def add_known_companies(lexicon: Lexicon, paths: Iterable[str | os.PathLike[str]]) -> None:
    """Add every company listed in ``paths`` to ``lexicon``."""
    for path in paths:
        for where, company in _entries(Path(path)):
            try:
                lexicon.add_known_company(company.name, company.aliases, country=company.country)
            except LexiconError as error:
                raise LexiconError(f"{where}: {error}. Correct that entry in the file") from None


@hookimpl
def corpfacts_lexicon(lexicon: Lexicon) -> None:
    """Add the companies of the files named by ``CORPFACTS_KNOWN_COMPANIES``."""
    add_known_companies(lexicon, paths_from_env())


class KnownCompanies:
    """The same plugin for explicit registration, reading the files you name.

    ``name`` is the plugin's name in ``Pipeline.plugins`` (give another one to
    register several lists).
    """

    def __init__(self, *paths: str | os.PathLike[str], name: str = "known-companies-files") -> None:
        self.paths: tuple[Path, ...] = tuple(Path(p) for p in paths)
        self.corpfacts_name = name

    @hookimpl
    def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
        add_known_companies(lexicon, self.paths)


# -- reading the files ------------------------------------------------------------


def _entries(path: Path) -> list[tuple[str, KnownCompany]]:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise InputFileError(f"known-companies file {str(path)!r} has an unknown extension. {_FORMAT_HELP}")
    try:
        text = path.read_text(encoding="utf-8-sig")  # utf-8-sig: spreadsheets often write a BOM
    except FileNotFoundError:
        raise InputFileError(
            f"known-companies file {str(path)!r} does not exist (named by {ENV_VAR} or KnownCompanies). "
            f"Check the path, or unset {ENV_VAR}"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(
            f"cannot read known-companies file {str(path)!r}: {error}. Save it as UTF-8 text"
        ) from None
    if suffix == ".csv":
        return list(_from_csv(path, text))
    return list(_from_json(path, text))


def _from_csv(path: Path, text: str) -> Iterator[tuple[str, KnownCompany]]:
    rows = csv.reader(text.splitlines())
    header = next(rows, None)
    columns = [cell.strip().casefold() for cell in header or ()]
    if "name" not in columns or not set(columns) <= _CSV_COLUMNS:
        raise InputFileError(
            f"known-companies file {str(path)!r}: the first row must be a header naming the columns "
            f"name, aliases and country (only name is required), got {header!r}. {_FORMAT_HELP}"
        )
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue  # blank lines and comment lines
        if len(row) > len(columns):
            raise InputFileError(
                f"{path}, line {number}: {len(row)} cells for {len(columns)} columns; "
                "put a cell holding commas in double quotes"
            )
        cells = dict(zip(columns, (cell.strip() for cell in row), strict=False))  # short rows: missing cells
        aliases = [a.strip() for a in cells.get("aliases", "").split(ALIAS_SEPARATOR) if a.strip()]
        company = KnownCompany(cells.get("name", ""), tuple(aliases), cells.get("country") or None)
        yield f"{path}, line {number}", company


def _from_json(path: Path, text: str) -> Iterator[tuple[str, KnownCompany]]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(f"known-companies file {str(path)!r} is not valid JSON: {error}") from None
    if isinstance(data, dict) and "companies" in data:
        data = data["companies"]
    if not isinstance(data, list):
        raise InputFileError(f"known-companies file {str(path)!r} holds no list of companies. {_FORMAT_HELP}")
    for index, item in enumerate(data):
        where = f"{path}, entry {index}"
        if not isinstance(item, dict) or not set(item) <= _JSON_KEYS:
            raise InputFileError(
                f"{where}: expected an object with keys name, aliases and country, got {item!r}"
            )
        aliases = item.get("aliases") or []
        if isinstance(aliases, str) or not _all_strings(aliases):
            raise InputFileError(f"{where}: 'aliases' must be a list of strings, got {aliases!r}")
        country = item.get("country")
        if country is not None and not isinstance(country, str):
            raise InputFileError(f"{where}: 'country' must be a two-letter code or null, got {country!r}")
        yield where, KnownCompany(item.get("name", ""), tuple(aliases), country)


def _all_strings(values: Sequence[Any]) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)
