"""The command line: input forms, output formats, plugins, evaluate, and clean errors.

Commands run in-process through ``main([...])``; the pipeline they build is
cached per (disable, on_error) so the module builds it once. A few tests run
a real subprocess to check the exit status and that no traceback escapes.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BUILTINS, SEED_GOLD, SEED_TEXT

import corpfacts
from corpfacts import Document, Extractor, Lexicon, Pipeline, cli, hookimpl
from corpfacts import plugins as plugins_module

SEED_PUBLISHED = "2015-05-14"

_CACHE: dict[tuple[tuple[str, ...], str], Pipeline] = {}


@pytest.fixture(autouse=True)
def cached_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reuse one pipeline per option set, and leave installed entry points out."""

    def build(args: Any) -> Pipeline:
        key = (tuple(args.disable), args.on_error)
        if key not in _CACHE:
            _CACHE[key] = Pipeline(disable=args.disable, on_error=args.on_error, entry_points=False)
        return _CACHE[key]

    monkeypatch.setattr(cli, "_pipeline", build)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(entry_points=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def docs_jsonl(tmp_path: Path) -> Path:
    rows = [
        {"id": "first", "published": "2021-03-04", "text": "Acme Corp said on Monday it paid $5 million."},
        {"id": "second", "text": "Widget Inc bought 20 percent of Gizmo Ltd last year."},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    return path


class TestExtract:
    def test_json_for_one_file(self, capsys: pytest.CaptureFixture[str], pipeline: Pipeline) -> None:
        status, out, err = run(capsys, "extract", str(SEED_TEXT), "--published", SEED_PUBLISHED)
        assert (status, err) == (0, "")
        expected = pipeline.extract(SEED_TEXT.read_text(), SEED_PUBLISHED, id=str(SEED_TEXT)).to_dict()
        assert json.loads(out) == expected
        assert out.startswith("{\n  "), "pretty-printed"

    def test_json_list_for_several(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        a, b = tmp_path / "a.txt", tmp_path / "b.txt"
        a.write_text("Acme Corp paid $5 million.")
        b.write_text("Shares rose 5 percent.")
        status, out, _ = run(capsys, "extract", str(a), str(b))
        data = json.loads(out)
        assert status == 0 and [d["id"] for d in data] == [str(a), str(b)]

    def test_jsonl_input_carries_ids_and_dates(
        self, capsys: pytest.CaptureFixture[str], docs_jsonl: Path, pipeline: Pipeline
    ) -> None:
        status, out, _ = run(
            capsys, "extract", "--format", "jsonl", "--published", "2019-12-31", str(docs_jsonl)
        )
        lines = [json.loads(line) for line in out.splitlines()]
        assert status == 0
        assert [(r["id"], r["published"]) for r in lines] == [
            ("first", "2021-03-04"),
            ("second", "2019-12-31"),
        ]
        assert lines[0] == pipeline.extract(lines[0]["text"], "2021-03-04", id="first").to_dict()

    def test_stdin(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        for argv in (["extract"], ["extract", "-"]):
            monkeypatch.setattr(sys, "stdin", io.StringIO("Acme Corp paid $5 million."))
            status, out, _ = run(capsys, *argv, "--published", "2020-02-02")
            data = json.loads(out)
            assert status == 0 and data["text"] == "Acme Corp paid $5 million."
            assert data["published"] == "2020-02-02" and "id" not in data

    def test_stdin_as_jsonl(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, docs_jsonl: Path
    ) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(docs_jsonl.read_text()))
        status, out, _ = run(capsys, "extract", "--jsonl", "--format", "jsonl")
        assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["first", "second"]

    def test_table(self, capsys: pytest.CaptureFixture[str], docs_jsonl: Path) -> None:
        status, out, _ = run(capsys, "extract", "--format", "table", str(docs_jsonl))
        assert status == 0
        assert "== first (published 2021-03-04)" in out and "== second (published unknown)" in out
        for heading in ("Companies (", "Deals (", "Stakes (", "Markets (", "Amounts (", "Dates ("):
            assert out.count(heading) == 2

    def test_disable(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "extract", str(SEED_TEXT), "--disable", "deals", "--disable", "stakes")
        data = json.loads(out)
        assert status == 0 and data["deals"] == [] and data["stakes"] == []


def test_format_table_layout() -> None:
    row = {
        "id": "story",
        "published": "2015-05-14",
        "amounts": [{"text": "$15 million", "start": 40, "value": 15000000, "currency": "USD"}],
        "percentages": [],
        "dates": [{"text": "the coming year", "start": 3, "value": None}],
        "companies": [{"name": "Acme Corp", "aliases": ["Acme Corp", "Acme"], "ticker": "ACME"}],
        "people": [{"name": "Jane Roe", "title": "CEO", "company": "Acme Corp"}],
        "markets": [{"name": "Global", "code": None}],
        "stakes": [{"holder": None, "target": "Acme Corp", "percent": 9.5}],
        "deals": [
            {
                "kind": "investment",
                "buyer": "Acme Corp",
                "target": "Widget",
                "amount": {"value": 15000000, "currency": "USD"},
                "date": "2014",
                "status": "completed",
            }
        ],
    }
    table = cli.format_table(row)
    assert table.splitlines()[0] == "== story (published 2015-05-14)"
    assert "  Acme Corp  Acme     ACME" in table
    assert "  investment  Acme Corp  Widget          15,000,000 USD         2014  completed" in table
    assert "  ?       Acme Corp  9.5%" in table
    assert "  Global  (region)" in table
    assert "  the coming year  3   (vague)" in table
    assert "Percentages (0)" in table


class TestPlugins:
    def test_lists_builtins(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "plugins")
        assert status == 0
        for name in BUILTINS:
            assert f"corpfacts.extractors.{name}" in out
        assert "built-in" in out and corpfacts.__version__ in out

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(capsys, "plugins", "--json")
        data = {p["name"]: p for p in json.loads(out)}
        assert set(BUILTINS) <= set(data)
        assert data["money"]["source"] == "built-in"
        assert "corpfacts_extractors" in data["money"]["hooks"]

    def test_entry_point_plugins_are_listed(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(plugins_module, "_entry_points", lambda: [_EntryPoint("quid", _Failing())])
        _, out, _ = run(capsys, "plugins")
        assert "corpfacts-quid" in out and "entry point" in out and "9.9" in out

    def test_hooks(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "plugins", "--hooks")
        assert status == 0
        for hook in ("corpfacts_lexicon", "corpfacts_extractors", "corpfacts_resolve_currency"):
            assert hook in out
        assert "corpfacts_resolve_currency (first answer wins)" in out
        assert "Add vocabulary to the shared lexicon." in out


class TestEvaluate:
    def test_predictions_equal_to_gold_score_one(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        gold = tmp_path / "gold.jsonl"
        gold.write_text(SEED_GOLD.read_text().replace("\n", " ") + "\n")
        status, out, _ = run(capsys, "evaluate", str(gold), "--pred", str(gold), "--json")
        data = json.loads(out)
        assert status == 0 and data["documents"] == 1
        for row in ("amounts.value", "companies", "deals", "deal_terms"):
            assert data[row]["f1"] == 1.0 and data[row]["tp"] > 0, row

    def test_extracts_the_gold_texts(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        gold = tmp_path / "gold.jsonl"
        gold.write_text(SEED_GOLD.read_text().replace("\n", " ") + "\n")
        status, out, _ = run(capsys, "evaluate", str(gold))
        assert status == 0
        assert out.splitlines()[0].split() == ["P", "R", "F1", "tp", "fp", "fn"]
        assert out.rstrip().endswith("(1 document)")

    def test_details(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        gold = tmp_path / "gold.jsonl"
        pred = tmp_path / "pred.jsonl"
        gold.write_text(json.dumps({"id": "d", "markets": [{"name": "China", "code": "CN"}]}) + "\n")
        pred.write_text(json.dumps({"id": "d", "markets": [{"name": "Japan", "code": "JP"}]}) + "\n")
        _, out, _ = run(capsys, "evaluate", str(gold), "--pred", str(pred), "--details")
        assert "== d\n  markets: missed: name=China, code=CN\n  markets: false positive: name=Japan" in out
        _, out, _ = run(capsys, "evaluate", str(gold), "--pred", str(pred), "--details", "--json")
        assert json.loads(out)["details"][0]["errors"][0]["kind"] == "missed"

    def test_missing_predictions_are_reported(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        gold = tmp_path / "gold.jsonl"
        pred = tmp_path / "pred.jsonl"
        gold.write_text(json.dumps({"id": "d"}) + "\n")
        pred.write_text(json.dumps({"id": "e"}) + "\n")
        status, _, err = run(capsys, "evaluate", str(gold), "--pred", str(pred))
        assert status == 0 and "no prediction for 1 gold document(s), scored as empty: d" in err
        assert "ignored 1 prediction(s) whose id is not in gold: e" in err


class _Failing:
    corpfacts_name = "quid"

    @hookimpl
    def corpfacts_extractors(self, lexicon: Lexicon) -> list[Extractor]:
        def run(document: Document) -> list[Any]:
            raise RuntimeError("boom")

        return [Extractor("quid_finder", run, gives="amounts")]


class _EntryPoint:
    def __init__(self, name: str, plugin: object) -> None:
        self.name, self.value, self._plugin = name, f"corpfacts_{name}:plugin", plugin

        class Dist:
            name = f"corpfacts-{self.name}"
            version = "9.9"

        self.dist = Dist()

    def load(self) -> object:
        return self._plugin


class TestErrors:
    @pytest.fixture
    def real_pipeline(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
        """Build pipelines the way the CLI does (entry points included), with a fake entry point."""
        monkeypatch.setattr(
            cli, "_pipeline", lambda args: Pipeline(disable=args.disable, on_error=args.on_error)
        )
        monkeypatch.setattr(plugins_module, "_entry_points", lambda: [_EntryPoint("quid", _Failing())])
        yield

    @pytest.mark.parametrize(
        ("argv", "status", "message"),
        [
            pytest.param(["extract", "no/such/file.txt"], 1, "cannot read 'no/such/file.txt': no such file",
                         id="missing-file"),
            pytest.param(["extract", "--published", "14/05/2015", "x.txt"], 2,
                         "--published '14/05/2015' is not a date; give it as YYYY-MM-DD", id="bad-published"),
            pytest.param(["extract", "--format", "xml"], 2, "argument --format: invalid choice",
                         id="bad-format"),
            pytest.param(["extract", "--disable", "nope", str(SEED_TEXT)], 1,
                         "cannot disable unknown plugin(s) nope", id="unknown-plugin"),
            pytest.param(["frobnicate"], 2, "invalid choice: 'frobnicate'", id="unknown-command"),
            pytest.param(["evaluate"], 2, "the following arguments are required: GOLD.jsonl", id="no-gold"),
        ],
    )  # fmt: skip
    def test_one_line_message(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], status: int, message: str
    ) -> None:
        code, out, err = run(capsys, *argv)
        assert code == status and out == ""
        assert err.startswith("corpfacts: error: ") and message in err
        assert err.count("\n") == 1

    def test_directory(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        code, _, err = run(capsys, "extract", str(tmp_path))
        assert code == 1 and "is a directory" in err

    def test_not_utf8(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "latin1.txt"
        path.write_bytes("Société Générale paid 5 mln francs".encode("latin-1"))
        code, _, err = run(capsys, "extract", str(path))
        assert code == 1 and "not UTF-8" in err

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            pytest.param('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "line 2: not valid JSON",
                         id="bad-json"),
            pytest.param('{"id": "a", "text": "x"}\n\n["a list"]\n', "line 3: expected a JSON object",
                         id="list"),
            pytest.param('{"id": "a", "body": "x"}\n', "document 1 has no 'text' string", id="no-text"),
        ],
    )  # fmt: skip
    def test_bad_jsonl(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
    ) -> None:
        path = tmp_path / "in.jsonl"
        path.write_text(content)
        code, _, err = run(capsys, "extract", str(path))
        assert code == 1 and err.startswith(f"corpfacts: error: {path}") and message in err

    def test_bad_gold_line(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "gold.jsonl"
        path.write_text('{"id": "a"}\nnot json\n')
        code, _, err = run(capsys, "evaluate", str(path))
        assert code == 1 and "line 2: not valid JSON" in err

    def test_gold_without_ids(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "gold.jsonl"
        path.write_text('{"text": "Acme paid $5."}\n')
        code, _, err = run(capsys, "evaluate", str(path))
        assert code == 2 and "gold row 1 has no 'id'" in err

    def test_failing_extractor_raises_or_warns(
        self, capsys: pytest.CaptureFixture[str], real_pipeline: None
    ) -> None:
        disable = [arg for name in BUILTINS for arg in ("--disable", name)]
        code, out, err = run(capsys, "extract", str(SEED_TEXT), *disable)
        assert code == 1 and out == ""
        assert (
            f"extractor 'quid_finder' of plugin 'quid' failed on document '{SEED_TEXT}': RuntimeError: boom"
            in err
        )
        assert "--disable quid" in err and "--on-error warn" in err
        code, out, err = run(capsys, "extract", str(SEED_TEXT), *disable, "--on-error", "warn")
        assert code == 0 and json.loads(out)["amounts"] == []
        assert err.startswith("corpfacts: warning: extractor 'quid_finder'")

    def test_no_command_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys)
        assert code == 2 and out.startswith("usage: corpfacts")


def _subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpfacts", *argv], capture_output=True, text=True, timeout=120, check=False
    )


def test_version_in_a_subprocess() -> None:
    result = _subprocess("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"corpfacts {corpfacts.__version__}")


def test_no_traceback_in_a_subprocess(tmp_path: Path) -> None:
    result = _subprocess("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and result.stdout == ""
    assert (
        result.stderr
        == f"corpfacts: error: cannot read '{tmp_path / 'missing.txt'}': no such file; check the path\n"
    )
