"""Every example in README.md and docs/ runs, and the CLI reference matches ``--help``.

* ```python blocks of one file run in order in one namespace (from the
  repository root); a block right after an ``<!-- no-test -->`` comment is
  skipped.
* ```console / ```bash blocks whose first line is ``$ corpfacts ...`` run
  each ``$`` command; when the block shows output, it must match (``...``
  stands for any text, as in doctest's ELLIPSIS).
* The ``--help`` of ``corpfacts`` and of each subcommand appears verbatim in
  ``docs/cli.md``.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from conftest import REPO

from corpfacts import cli

DOC_FILES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
NO_TEST = "<!-- no-test -->"
_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def blocks(path: Path, languages: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line number, body) of each fenced block in ``languages``, skipping ``no-test`` ones."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        if match["lang"] not in languages:
            continue
        before = text[: match.start()].rstrip().splitlines()
        if before and before[-1].strip() == NO_TEST:
            continue
        found.append((text.count("\n", 0, match.start()) + 1, match["body"]))
    return found


def _rel(path: Path) -> str:
    return str(path.relative_to(REPO))


PYTHON_FILES = [pytest.param(p, id=_rel(p)) for p in DOC_FILES if blocks(p, ("python",))]


@pytest.mark.parametrize("path", PYTHON_FILES)
def test_python_blocks_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    for line, body in blocks(path, ("python",)):
        code = compile(body, f"{_rel(path)}:{line}", "exec")
        exec(code, namespace)


def console_commands(path: Path) -> list[tuple[int, list[str], list[str]]]:
    """(line, argv after 'corpfacts', expected output lines) of each ``$ corpfacts`` command."""
    found = []
    for line, body in blocks(path, ("console", "bash", "shell")):
        lines = body.splitlines()
        if not lines or not lines[0].startswith("$ corpfacts"):
            continue
        command: list[str] | None = None
        expected: list[str] = []
        for text in [*lines, "$ "]:
            if text.startswith("$ "):
                if command:
                    found.append((line, command, expected))
                words = shlex.split(text[2:], comments=True)
                # Pipes and redirections need a shell: not run here.
                plain = words and words[0] == "corpfacts" and not {"|", ">", "<", "&&"} & set(words)
                command = words[1:] if plain else None
                expected = []
            else:
                expected.append(text)
    return found


CONSOLE = [
    pytest.param(argv, expected, id=f"{_rel(p)}:{line}:{' '.join(argv)}")
    for p in DOC_FILES
    for line, argv, expected in console_commands(p)
]


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Doctest-style comparison: ``...`` stands for any text, line breaks included."""
    want = "\n".join(e.rstrip() for e in expected)
    pattern = ".*?".join(re.escape(part) for part in want.split("..."))
    return re.fullmatch(pattern, "\n".join(a.rstrip() for a in actual), re.DOTALL) is not None


@pytest.mark.parametrize(("argv", "expected"), CONSOLE)
def test_console_examples(
    argv: list[str], expected: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    try:
        status = cli.main(argv)
    except SystemExit as exit:  # --help and --version exit through argparse
        status = int(exit.code or 0)
    out = capsys.readouterr().out
    assert status == 0
    while expected and not expected[-1].strip():
        expected.pop()
    if expected:
        assert _matches(expected, out.splitlines()), out


HELP = [
    pytest.param([], id="corpfacts"),
    pytest.param(["extract"], id="extract"),
    pytest.param(["plugins"], id="plugins"),
    pytest.param(["evaluate"], id="evaluate"),
]


@pytest.mark.parametrize("command", HELP)
def test_cli_reference_quotes_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    help_text = capsys.readouterr().out
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert help_text.strip() in reference, (
        f"docs/cli.md is out of date: paste the output of `corpfacts {' '.join(command)} --help`"
    )
