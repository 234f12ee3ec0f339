"""The hook reference (docs/reference/hooks.md) matches corpfacts.hookspecs, and the docs site builds.

Every hook must have a docstring, a section in the reference with its
signature written as ``corpfacts_x(arg: Type) -> Ret``, and the right
"first answer wins" entry in the summary table. The strict MkDocs build runs
only where MkDocs is installed (``scripts/build_docs.sh`` installs it).
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from corpfacts import hookspecs

REPO = Path(__file__).resolve().parents[1]
HOOKS_DOC = REPO / "docs" / "reference" / "hooks.md"

#: A documented signature: `corpfacts_name(arg: Type, ...) -> Return`
_SIGNATURE = re.compile(
    r"^`(?P<name>corpfacts_\w+)\((?P<params>[^`]*)\)\s*->\s*(?P<returns>[^`]+)`\s*$", re.M
)
#: A row of the summary table: | `corpfacts_name` | ... | yes/no |
_TABLE_ROW = re.compile(
    r"^\|\s*`(?P<name>corpfacts_\w+)`\s*\|.*\|\s*(?P<first>yes|no)\s*\|\s*$", re.MULTILINE
)
#: Module prefixes that the docs may leave out of a type ("dt.date" is "date").
_PREFIXES = re.compile(r"\b(?:dt|datetime|collections\.abc|typing|corpfacts)\.")


def hook_specs() -> dict[str, Callable[..., Any]]:
    return {
        name: value
        for name, value in vars(hookspecs).items()
        if name.startswith("corpfacts_") and callable(value)
    }


def normalize(annotation: str) -> str:
    return " ".join(_PREFIXES.sub("", annotation).split())


def code_signature(function: Callable[..., Any]) -> str:
    signature = inspect.signature(function)
    params = ", ".join(f"{p.name}: {normalize(str(p.annotation))}" for p in signature.parameters.values())
    return f"{function.__name__}({params}) -> {normalize(str(signature.return_annotation))}"


def documented_signatures() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for match in _SIGNATURE.finditer(HOOKS_DOC.read_text(encoding="utf-8")):
        params = ", ".join(normalize(p) for p in match["params"].split(",") if p.strip())
        found.setdefault(match["name"], []).append(
            f"{match['name']}({params}) -> {normalize(match['returns'])}"
        )
    return found


HOOKS = [pytest.param(function, id=name) for name, function in sorted(hook_specs().items())]


def test_there_are_hooks() -> None:
    assert set(hook_specs()) >= {"corpfacts_lexicon", "corpfacts_extractors"}


@pytest.mark.parametrize("function", HOOKS)
def test_hook_has_a_docstring(function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    assert len(doc.split()) >= 10, f"{function.__name__} needs a docstring: when it runs, what to return"


@pytest.mark.parametrize("function", HOOKS)
def test_hook_is_documented_with_its_signature(function: Callable[..., Any]) -> None:
    text = HOOKS_DOC.read_text(encoding="utf-8")
    assert f"## {function.__name__}" in text, (
        f"docs/reference/hooks.md has no section for {function.__name__}"
    )
    documented = documented_signatures().get(function.__name__)
    assert documented, f"docs/reference/hooks.md gives no signature line for {function.__name__}"
    assert documented == [code_signature(function)], (
        f"the signature of {function.__name__} in docs/reference/hooks.md differs from corpfacts.hookspecs"
    )


@pytest.mark.parametrize("function", HOOKS)
def test_first_answer_wins_column_matches_the_spec(function: Callable[..., Any]) -> None:
    rows = {m["name"]: m["first"] for m in _TABLE_ROW.finditer(HOOKS_DOC.read_text(encoding="utf-8"))}
    opts = getattr(function, f"{hookspecs.PROJECT}_spec", {})
    expected = "yes" if opts.get("firstresult") else "no"
    assert rows.get(function.__name__) == expected


def test_no_documented_hook_is_missing_from_the_code() -> None:
    assert set(documented_signatures()) <= set(hook_specs())


# -- checks of the checker ------------------------------------------------------------


def test_a_changed_signature_is_caught() -> None:
    def corpfacts_lexicon(lexicon: int) -> None:
        """Stand-in for a hook whose argument type changed."""

    assert code_signature(corpfacts_lexicon) not in documented_signatures()["corpfacts_lexicon"]


def test_signature_rendering() -> None:
    spec = hook_specs()["corpfacts_publication_date"]
    assert code_signature(spec) == "corpfacts_publication_date(text: str) -> date | None"


# -- the site builds ------------------------------------------------------------------


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="MkDocs is not installed")
def test_docs_build_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]


# -- the site's build helpers -----------------------------------------------------------


def load_script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(":class:<code>~corpfacts.Facts</code>", "<code>Facts</code>", id="short"),
        pytest.param(":meth:<code>Document.get</code>", "<code>Document.get</code>", id="full"),
        pytest.param("a <code>plain</code> word", "a <code>plain</code> word", id="no-role"),
    ],
)
def test_sphinx_roles_render_as_code(html: str, expected: str) -> None:
    assert load_script("mkdocs_hooks").on_page_content(html) == expected


@pytest.mark.skipif(importlib.util.find_spec("griffe") is None, reason="griffe is not installed")
def test_doctests_in_docstrings_are_fenced() -> None:
    fence = load_script("griffe_doctests").fence
    text = "Build one.\n\n>>> p = Pipeline()\n>>> p.extract('x').amounts\n()\n\nMore text."
    assert fence(text) == (
        "Build one.\n\n```pycon\n>>> p = Pipeline()\n>>> p.extract('x').amounts\n()\n```\n\nMore text."
    )
