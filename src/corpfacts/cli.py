"""The ``corpfacts`` command line: ``extract``, ``plugins`` and ``evaluate``.

Only ``argparse`` and the standard library are imported up front; the
pipeline, the plugins and the scorer are imported by the command that needs
them, so ``corpfacts --help`` answers at once. Every error corpfacts raises
on purpose, and every bad input, ends in one line on standard error,
``corpfacts: error: ...``, with exit status 1 (2 for a usage error), never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import datetime as dt

    from .errors import ExtractionError
    from .pipeline import Pipeline

__all__ = ["main", "build_parser"]

PROG = "corpfacts"
#: Help is wrapped at a fixed width so that ``docs/cli.md`` can quote it verbatim.
HELP_WIDTH = 80


class _UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage dump, with a pointer to the help.
        raise _UsageError(f"{message} (see '{self.prog} --help')")


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, width=HELP_WIDTH, max_help_position=28)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``corpfacts`` command."""
    from . import __version__

    parser = _Parser(
        prog=PROG,
        formatter_class=_formatter,
        description="Structured, typed corporate facts from English business news.",
        epilog="Run 'corpfacts COMMAND --help' for the options of each command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = commands.add_parser(
        "extract",
        formatter_class=_formatter,
        help="extract facts from texts",
        description=(
            "Extract facts from text files, from standard input (no FILE, or '-'), or\n"
            "from JSON Lines files (*.jsonl) of {id, published, text} objects, one\n"
            "document a line (*.json: one such object, or a list of them)."
        ),
    )
    extract.add_argument(
        "files", nargs="*", metavar="FILE", help="text, .jsonl or .json files (default: stdin)"
    )
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) anchoring relative dates; a JSONL row's own 'published' wins",
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: pretty JSON (a list for several documents); jsonl: one line per "
        "document, with its id; table: a readable view (default: json)",
    )
    extract.add_argument("--jsonl", action="store_true", help="read every input, stdin too, as JSON Lines")
    _pipeline_options(extract)

    plugins = commands.add_parser(
        "plugins",
        formatter_class=_formatter,
        help="list the registered plugins",
        description="List every registered plugin: its name, version, source and hooks.",
    )
    plugins.add_argument("--hooks", action="store_true", help="list the hook specifications instead")
    plugins.add_argument("--json", action="store_true", help="print JSON instead of a table")

    evaluate = commands.add_parser(
        "evaluate",
        formatter_class=_formatter,
        help="score extraction against gold annotations",
        description=(
            "Score corpfacts against gold annotations in the shape of FORMAT.md (JSON\n"
            "Lines, or a .json file of one document or a list): extract each gold text\n"
            "with its id and published date, or read the predictions given with --pred,\n"
            "and print precision, recall and F1 per kind."
        ),
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="gold annotations (.jsonl or .json)")
    evaluate.add_argument(
        "--pred", metavar="PRED.jsonl", help="predictions (.jsonl or .json) to score instead of extracting"
    )
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--details", action="store_true", help="also list each document's misses and false positives"
    )
    _pipeline_options(evaluate)
    return parser


def _pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--disable",
        metavar="NAME",
        action="append",
        default=[],
        help="leave out the plugin NAME (repeatable; see 'corpfacts plugins')",
    )
    parser.add_argument(
        "--on-error",
        choices=("raise", "warn"),
        default="raise",
        help="when an extractor fails: stop (raise) or skip it with a warning (warn)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        handler = {"extract": _extract, "plugins": _plugins, "evaluate": _evaluate}[args.command]
        handler(args)
    except _UsageError as error:
        _say(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`corpfacts extract ... | head`): not an error. Point
        # stdout at /dev/null so that the interpreter's final flush stays quiet.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        from .errors import CorpfactsError, ExtractionError, InvalidInputError

        if not isinstance(error, CorpfactsError):
            raise
        _say(f"error: {_cli_message(error) if isinstance(error, ExtractionError) else error}")
        return 2 if isinstance(error, InvalidInputError) else 1
    return 0


def _cli_message(error: ExtractionError) -> str:
    """An extractor failure, with the fixes spelled as command-line options."""
    cause = error.__cause__
    if cause is None:
        return str(error)
    where = f"document {error.document!r}" if error.document is not None else "the document"
    return (
        f"extractor {error.extractor!r} of plugin {error.plugin!r} failed on {where}: "
        f"{type(cause).__name__}: {cause}. Fix or update the plugin, leave it out with "
        f"--disable {error.plugin}, or skip failing extractors with --on-error warn"
    )


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# -- reading input -----------------------------------------------------------------


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from .errors import InvalidInputError
    from .pipeline import parse_published

    try:
        return parse_published(value)
    except InvalidInputError:
        raise _UsageError(
            f"--published {value!r} is not a date; give it as YYYY-MM-DD, e.g. 2015-05-14"
        ) from None


def _read(path: str) -> str:
    from .errors import InputFileError

    name = "<stdin>" if path == "-" else repr(path)
    try:
        if path == "-":
            # Bytes, decoded here, so stdin is read exactly like a file whatever the locale
            # (a text stream without a buffer, as tests and embedders give, is read as it is).
            raw = getattr(sys.stdin, "buffer", None)
            return sys.stdin.read() if raw is None else raw.read().decode("utf-8")
        # newline="" keeps "\r\n" as written, so offsets match the file on disk.
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputFileError(f"cannot read {path!r}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputFileError(f"cannot read {path!r}: it is a directory; give the files inside it") from None
    except UnicodeDecodeError as error:
        raise InputFileError(
            f"cannot read {name}: not UTF-8 text (byte {error.start}); convert it to UTF-8 first"
        ) from None
    except OSError as error:
        raise InputFileError(
            f"cannot read {path!r}: {error.strerror or error}; check its permissions"
        ) from None


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (``-`` for stdin), blank lines skipped.

    Raises :class:`~corpfacts.errors.InputFileError` naming the file and line
    of anything that is not a JSON object.
    """
    from .errors import InputFileError

    name = "<stdin>" if path == "-" else path
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputFileError(
                f"{name}, line {number}: not valid JSON ({error.msg} at column {error.colno}); "
                "each line must hold one JSON object"
            ) from None
        if not isinstance(row, dict):
            raise InputFileError(
                f"{name}, line {number}: expected a JSON object, found {type(row).__name__}; "
                "each line must hold one JSON object"
            )
        yield row


def read_rows(path: str) -> list[dict[str, Any]]:
    """Document rows from a JSON Lines file, or from a ``.json`` file holding one object or a list."""
    from .errors import InputFileError

    if not path.endswith(".json"):
        return list(read_jsonl(path))
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as error:
        raise InputFileError(
            f"{path}, line {error.lineno}: not valid JSON ({error.msg} at column {error.colno})"
        ) from None
    rows = data if isinstance(data, list) else [data]
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise InputFileError(
                f"{path}: item {number} is not a JSON object; give one object or a list of them"
            )
    return rows


def _documents(args: argparse.Namespace) -> Iterator[tuple[str | None, object, str]]:
    """(id, published, text) for every input document."""
    from .errors import InputFileError, InvalidInputError
    from .pipeline import parse_published

    default = _published(args.published)
    for path in args.files or ["-"]:
        if args.jsonl or path.endswith((".jsonl", ".json")):
            name = "<stdin>" if path == "-" else path
            for number, row in enumerate(read_jsonl(path) if args.jsonl else read_rows(path), 1):
                text = row.get("text")
                if not isinstance(text, str):
                    raise InputFileError(
                        f"{name}: document {number} has no 'text' string; "
                        "each line must be an object with 'text' (and optionally 'id' and 'published')"
                    )
                doc_id = row.get("id")
                published = row.get("published") or default
                try:
                    parse_published(published)
                except InvalidInputError as error:
                    raise InputFileError(f"{name}: document {number}: {error}") from None
                yield (None if doc_id is None else str(doc_id)), published, text
        else:
            yield (None if path == "-" else path), default, _read(path)


def _pipeline(args: argparse.Namespace) -> Pipeline:
    from .pipeline import Pipeline

    return Pipeline(disable=args.disable, on_error=args.on_error)


def _extracting(pipeline: Pipeline, text: str, published: object, doc_id: str | None) -> dict[str, Any]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        facts = pipeline.extract(text, published, id=doc_id)
    for warning in caught:
        _say(f"warning: {warning.message}")
    return facts.to_dict()


# -- extract -------------------------------------------------------------------------


def _extract(args: argparse.Namespace) -> None:
    # Read (and check) every input before the slower pipeline is built, so that
    # a typo in a path or a bad JSON line fails at once.
    documents = list(_documents(args))
    pipeline = _pipeline(args)
    out = sys.stdout
    rows: list[dict[str, Any]] = []
    # jsonl and table write one document at a time; json needs them all first.
    for count, (doc_id, published, text) in enumerate(documents):
        row = _extracting(pipeline, text, published, doc_id)
        if args.format == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif args.format == "table":
            out.write(("\n" if count else "") + format_table(row))
        else:
            rows.append(row)
    if args.format == "json":
        data: Any = rows[0] if len(rows) == 1 else rows
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _number(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return "" if value is None else str(value)


def _money(amount: Any) -> str:
    if not isinstance(amount, dict):
        return ""
    text = _number(amount.get("value"))
    if amount.get("value_max") is not None:
        text += f"-{_number(amount['value_max'])}"
    return f"{text} {amount.get('currency') or '?'}"


def _columns(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = [f"{title} ({len(rows)})"]
    if not rows:
        return lines
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    for cells in (headers, *rows):
        lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return lines


def format_table(row: dict[str, Any]) -> str:
    """A readable terminal view of one document in the FORMAT.md shape."""
    title = row.get("id") or "document"
    lines = [f"== {title} (published {row.get('published') or 'unknown'})"]
    companies = [
        [
            c["name"],
            ", ".join(a for a in c.get("aliases", []) if a != c["name"]),
            " ".join(str(c[k]) for k in ("ticker", "country", "location", "industry") if c.get(k)),
        ]
        for c in row.get("companies", [])
    ]
    lines += _columns("Companies", ("name", "aliases", "details"), companies)
    people = [[p["name"], p.get("title") or "", p.get("company") or ""] for p in row.get("people", [])]
    lines += _columns("People", ("name", "title", "company"), people)
    deals = []
    for d in row.get("deals", []):
        target = d.get("target") or d.get("company") or " + ".join(d.get("parties", []))
        stake = "" if d.get("stake") is None else f"{_number(d['stake'])}%"
        deals.append(
            [
                d["kind"],
                d.get("buyer") or "",
                target,
                d.get("seller") or "",
                _money(d.get("amount")),
                stake,
                d.get("date") or "",
                d.get("status") or "",
            ]
        )
    headers = ("kind", "buyer", "target", "seller", "amount", "stake", "date", "status")
    lines += _columns("Deals", headers, deals)
    stakes = [
        [s.get("holder") or "?", s["target"], f"{_number(s['percent'])}%"] for s in row.get("stakes", [])
    ]
    lines += _columns("Stakes", ("holder", "target", "percent"), stakes)
    markets = [[m["name"], m.get("code") or "(region)"] for m in row.get("markets", [])]
    lines += _columns("Markets", ("name", "code"), markets)
    amounts = [[a["text"], str(a["start"]), _money(a)] for a in row.get("amounts", [])]
    lines += _columns("Amounts", ("text", "at", "value"), amounts)
    percents = [[p["text"], str(p["start"]), _number(p["value"])] for p in row.get("percentages", [])]
    lines += _columns("Percentages", ("text", "at", "value"), percents)
    dates = [[d["text"], str(d["start"]), d.get("value") or "(vague)"] for d in row.get("dates", [])]
    lines += _columns("Dates", ("text", "at", "value"), dates)
    return "\n".join(lines) + "\n"


# -- plugins -------------------------------------------------------------------------


def _plugins(args: argparse.Namespace) -> None:
    from .plugins import make_plugin_manager

    if args.hooks:
        # The specifications alone: no plugin needs to load for this.
        pm, _ = make_plugin_manager(entry_points=False, builtins=False)
        hooks = []
        for name in sorted(n for n in vars(pm.hook) if n.startswith("corpfacts_")):
            spec = getattr(pm.hook, name).spec
            doc = (spec.function.__doc__ or "").strip().splitlines()
            hooks.append(
                {
                    "name": name,
                    "firstresult": bool(spec.opts.get("firstresult")),
                    "summary": doc[0] if doc else "",
                }
            )
        if args.json:
            print(json.dumps(hooks, indent=2))
            return
        for hook in hooks:
            first = " (first answer wins)" if hook["firstresult"] else ""
            print(f"{hook['name']}{first}\n    {hook['summary']}")
        return
    _, infos = make_plugin_manager()
    if args.json:
        data = [
            {
                "name": i.name,
                "version": i.version,
                "source": i.source,
                "origin": i.origin,
                "hooks": list(i.hooks),
            }
            for i in infos
        ]
        print(json.dumps(data, indent=2))
        return
    rows = [[i.name, i.version or "-", i.source, i.origin, ", ".join(i.hooks)] for i in infos]
    print("\n".join(_columns("Plugins", ("name", "version", "source", "origin", "hooks"), rows)))


# -- evaluate ------------------------------------------------------------------------


def _evaluate(args: argparse.Namespace) -> None:
    from .evaluate import check_rows, score

    gold = read_rows(args.gold)
    check_rows(gold, "gold")  # before the extraction, which would carry a missing id along
    if args.pred is not None:
        predictions = read_rows(args.pred)
    else:
        pipeline = _pipeline(args)
        predictions = []
        from .errors import InputFileError, InvalidInputError
        from .pipeline import parse_published

        for number, row in enumerate(gold, 1):
            text = row.get("text")
            if not isinstance(text, str):
                raise InputFileError(f"{args.gold}, document {number}: no 'text' string to extract from")
            try:
                parse_published(row.get("published"))
            except InvalidInputError as error:
                raise InputFileError(f"{args.gold}, document {number}: {error}") from None
            doc_id = row.get("id")
            predictions.append(
                _extracting(pipeline, text, row.get("published"), None if doc_id is None else str(doc_id))
            )
    report = score(gold, predictions)
    if report.missing:
        ids = ", ".join(report.missing)
        _say(f"warning: no prediction for {len(report.missing)} gold document(s), scored as empty: {ids}")
    if report.extra:
        ids = ", ".join(report.extra)
        _say(f"warning: ignored {len(report.extra)} prediction(s) whose id is not in gold: {ids}")
    _print_report(report, args, sys.stdout)


def _print_report(report: Any, args: argparse.Namespace, out: IO[str]) -> None:
    if args.json:
        data = report.to_dict()
        if args.details:
            data["details"] = [
                {
                    "id": doc.id,
                    "errors": [
                        {"row": m.row, "kind": m.kind, "gold": m.gold, "pred": m.pred} for m in doc.errors
                    ],
                }
                for doc in report.documents
                if doc.errors
            ]
        out.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
        return
    if args.details:
        details = report.details()
        if details:
            out.write(details + "\n\n")
    out.write(report.table() + "\n")
