"""The known-companies plugin: reading the files, configuration, errors, and the effect on extraction."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import corpfacts_known_companies as plugin
import pytest

import corpfacts
from corpfacts import KnownCompany, Lexicon
from corpfacts.plugins import BUILTIN_PLUGINS

BUILTINS = list(BUILTIN_PLUGINS)  # switched off where only the plugin itself is tested
HAVE_BUILTINS = importlib.util.find_spec("corpfacts.extractors.companies") is not None

CSV_TEXT = """name,aliases,country
Halvorsen Maritime ASA,Halvorsen|HMAR,NO
# a comment line, skipped

Brightwave Analytics,Brightwave,
"Kestrel, Finch & Co",Kestrel,GB
"""
JSON_ROWS = [
    {"name": "Halvorsen Maritime ASA", "aliases": ["Halvorsen", "HMAR"], "country": "NO"},
    {"name": "Brightwave Analytics", "aliases": ["Brightwave"]},
    {"name": "Kestrel, Finch & Co", "aliases": ["Kestrel"], "country": "gb"},
]
EXPECTED = [
    KnownCompany("Halvorsen Maritime ASA", ("Halvorsen", "HMAR"), "NO"),
    KnownCompany("Brightwave Analytics", ("Brightwave",), None),
    KnownCompany("Kestrel, Finch & Co", ("Kestrel",), "GB"),
]


def write(directory: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = directory / name
    path.write_text(content, encoding=encoding)
    return path


def lexicon_from(*paths: Path) -> Lexicon:
    lexicon = Lexicon()
    plugin.add_known_companies(lexicon, paths)
    return lexicon


# -- reading files ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("companies.csv", CSV_TEXT, id="csv"),
        pytest.param("companies.json", json.dumps(JSON_ROWS), id="json-list"),
        pytest.param("companies.json", json.dumps({"companies": JSON_ROWS}), id="json-object"),
        pytest.param("COMPANIES.CSV", "\ufeff" + CSV_TEXT, id="csv-with-bom-upper-case-extension"),
    ],
)
def test_files_are_read_into_the_lexicon(tmp_path: Path, name: str, content: str) -> None:
    lexicon = lexicon_from(write(tmp_path, name, content))
    found = sorted(lexicon.known_companies.values(), key=lambda c: c.name)
    assert found == sorted(EXPECTED, key=lambda c: c.name)
    assert lexicon.source_of("known_companies", "Halvorsen Maritime ASA") is not None


def test_read_known_companies_keeps_file_order(tmp_path: Path) -> None:
    assert plugin.read_known_companies(write(tmp_path, "c.csv", CSV_TEXT)) == [
        KnownCompany("Halvorsen Maritime ASA", ("Halvorsen", "HMAR"), "NO"),
        KnownCompany("Brightwave Analytics", ("Brightwave",), None),
        KnownCompany("Kestrel, Finch & Co", ("Kestrel",), "GB"),
    ]


def test_a_name_only_csv_is_enough(tmp_path: Path) -> None:
    lexicon = lexicon_from(write(tmp_path, "c.csv", "name\nOrlov Timber\n"))
    assert list(lexicon.known_companies.values()) == [KnownCompany("Orlov Timber", (), None)]


# -- configuration ----------------------------------------------------------------


def test_unset_variable_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(plugin.ENV_VAR, raising=False)
    lexicon = Lexicon()
    plugin.corpfacts_lexicon(lexicon)
    assert dict(lexicon.known_companies) == {}


def test_empty_variable_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(plugin.ENV_VAR, "")
    assert plugin.paths_from_env() == []


def test_variable_names_several_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write(tmp_path, "a.csv", "name,aliases\nOrlov Timber,Orlov\n")
    second = write(tmp_path, "b.json", json.dumps([{"name": "Tamsin Foods"}]))
    monkeypatch.setenv(plugin.ENV_VAR, f"{first}{plugin.os.pathsep}{second}")
    lexicon = Lexicon()
    plugin.corpfacts_lexicon(lexicon)
    assert sorted(c.name for c in lexicon.known_companies.values()) == ["Orlov Timber", "Tamsin Foods"]


def test_pipeline_reads_the_variable_when_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(plugin.ENV_VAR, str(write(tmp_path, "a.csv", "name\nOrlov Timber\n")))
    pipeline = corpfacts.Pipeline([plugin], entry_points=False, disable=BUILTINS)
    assert "orlov timber" in pipeline.lexicon.known_companies
    assert [p.name for p in pipeline.plugins] == ["known-companies"]


def test_explicit_registration_needs_no_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(plugin.ENV_VAR, raising=False)
    path = write(tmp_path, "a.csv", "name\nOrlov Timber\n")
    pipeline = corpfacts.Pipeline([plugin.KnownCompanies(path)], entry_points=False, disable=BUILTINS)
    assert "orlov timber" in pipeline.lexicon.known_companies
    assert [p.name for p in pipeline.plugins] == ["known-companies-files"]


# -- errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("c.txt", "name\nX\n", "unknown extension", id="wrong-extension"),
        pytest.param("c.csv", "company,country\nX,NO\n", "header", id="csv-without-name-column"),
        pytest.param("c.csv", "", "header", id="csv-empty"),
        pytest.param("c.csv", "name,aliases\nX,Y,Z\n", "line 2", id="csv-too-many-cells"),
        pytest.param("c.json", "[{'name': 'X'}]", "not valid JSON", id="json-syntax"),
        pytest.param("c.json", '{"name": "X"}', "no list of companies", id="json-not-a-list"),
        pytest.param("c.json", '[{"name": "X", "alias": ["Y"]}]', "entry 0", id="json-misspelt-key"),
        pytest.param("c.json", '[{"name": "X", "aliases": "Y"}]', "list of strings", id="json-aliases-str"),
        pytest.param("c.json", '[{"name": "X", "country": 49}]', "two-letter", id="json-country-number"),
    ],
)
def test_malformed_files_raise_input_file_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(corpfacts.InputFileError, match=message) as raised:
        lexicon_from(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        pytest.param("c.csv", "name,country\nOrlov Timber,Norway\n", "line 2", id="csv-country-name"),
        pytest.param("c.csv", "name,aliases\n,Orlov\n", "line 2", id="csv-empty-name"),
        pytest.param("c.json", '[{"name": "A"}, {"aliases": ["B"]}]', "entry 1", id="json-no-name"),
    ],
)
def test_bad_entries_raise_lexicon_error_naming_the_row(
    tmp_path: Path, name: str, content: str, where: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(corpfacts.LexiconError) as raised:
        lexicon_from(path)
    assert f"{path}, {where}" in str(raised.value)
    assert "Correct that entry" in str(raised.value)


def test_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.csv"
    with pytest.raises(corpfacts.InputFileError) as raised:
        lexicon_from(missing)
    assert str(missing) in str(raised.value)
    assert plugin.ENV_VAR in str(raised.value)


def test_unreadable_encoding_is_an_input_file_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"name\nK\xf8benhavn Shipping\n")  # Latin-1, not UTF-8
    with pytest.raises(corpfacts.InputFileError, match="UTF-8"):
        lexicon_from(path)


def test_pipeline_build_fails_with_a_corpfacts_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere.json"
    monkeypatch.setenv(plugin.ENV_VAR, str(missing))
    with pytest.raises(corpfacts.CorpfactsError) as raised:
        corpfacts.Pipeline([plugin], entry_points=False, disable=BUILTINS)
    assert str(missing) in str(raised.value)
    assert "known-companies" in str(raised.value)


# -- effect on extraction ---------------------------------------------------------

needs_builtins = pytest.mark.skipif(not HAVE_BUILTINS, reason="built-in companies extractor not available")


@pytest.fixture(scope="module")
def pipelines(tmp_path_factory: pytest.TempPathFactory) -> tuple[corpfacts.Pipeline, corpfacts.Pipeline]:
    path = write(tmp_path_factory.mktemp("known"), "companies.csv", CSV_TEXT)
    with_list = corpfacts.Pipeline([plugin.KnownCompanies(path)], entry_points=False)
    without = corpfacts.Pipeline(entry_points=False)
    return with_list, without


@needs_builtins
@pytest.mark.parametrize(
    ("text", "alias"),
    [
        pytest.param("Halvorsen reported record freight income on Tuesday.", "Halvorsen", id="alias-subject"),
        pytest.param("Brightwave and its rivals cut prices in May.", "Brightwave", id="alias-before-and"),
        pytest.param("Analysts expect Kestrel to cut prices again.", "Kestrel", id="alias-object"),
    ],
)
def test_listed_aliases_become_companies(
    pipelines: tuple[corpfacts.Pipeline, corpfacts.Pipeline], text: str, alias: str
) -> None:
    with_list, without = pipelines
    assert with_list.extract(text, published="2024-03-08").company(alias) is not None
    assert without.extract(text, published="2024-03-08").company(alias) is None


@needs_builtins
def test_full_name_and_alias_are_one_company(
    pipelines: tuple[corpfacts.Pipeline, corpfacts.Pipeline],
) -> None:
    with_list, _ = pipelines
    facts = with_list.extract(
        "Halvorsen Maritime ASA said on Monday it would sell two tankers. Halvorsen gave no price.",
        published="2024-03-08",
    )
    company = facts.company("Halvorsen")
    assert company is not None
    assert company.is_named("Halvorsen Maritime ASA")
    assert [c for c in facts.companies if c.is_named("Halvorsen")] == [company]
