"""Scoring predictions against gold annotations, as ``shared/eval/FORMAT.md`` says.

Both sides are rows in the FORMAT.md shape (plain dicts, as read from JSON
Lines), paired by ``id``. :func:`score` returns a :class:`Report` with one
:class:`Score` (true positives, false positives, false negatives) per row of
the table, summed over documents (micro-averaged), and per-document detail
for error analysis.

Decisions the format leaves open, taken here (see ``docs/evaluation.md``):

* Mentions are matched one to one, gold in text order, each to an unmatched
  overlapping prediction (one with the right value first, then the earliest).
* A gold date whose ``value`` is null is optional in both the span and the
  span+value scores: missing it costs nothing and a prediction that overlaps
  it is neither right nor wrong.
* Amount ranges are scored on ``value`` (the low end); ``value_max`` is not scored.
* Percents inside records (stakes, deal stakes) may differ by 0.01, so that
  "a third" written as 33.33 or 33.333 agrees.
* With nothing to find and nothing found, precision and recall are 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._scoring import (
    Entities,
    Miss,
    Row,
    Score,
    amount_equal,
    mentions,
    normalize_name,
    percent_equal,
    score_companies,
    score_deals,
    score_markets,
    score_mentions,
    score_people,
    score_stakes,
)
from .errors import InvalidInputError

__all__ = [
    "ROWS",
    "Score",
    "Miss",
    "DocumentReport",
    "Report",
    "score",
    "score_document",
    "check_rows",
    "normalize_name",
]

#: The rows of the table, in the order they are printed.
ROWS = (
    "amounts.span",
    "amounts.value",
    "percentages.span",
    "percentages.value",
    "dates.span",
    "dates.value",
    "companies",
    "people",
    "markets",
    "stakes",
    "deals",
    "deal_terms",
)


@attrs.frozen
class DocumentReport:
    """The scores and errors of one document."""

    id: str
    scores: Mapping[str, Score]
    errors: tuple[Miss, ...] = ()


@attrs.frozen
class Report:
    """Scores per row summed over documents, and each document's detail.

    ``missing`` lists gold ids that had no prediction row (scored as empty
    predictions); ``extra`` lists prediction ids absent from gold (ignored).
    """

    documents: tuple[DocumentReport, ...]
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()

    @property
    def scores(self) -> dict[str, Score]:
        """Every row's score, micro-averaged (summed) over documents."""
        total = {row: Score() for row in ROWS}
        for doc in self.documents:
            for row, value in doc.scores.items():
                total[row] = total[row] + value
        return total

    def __getitem__(self, row: str) -> Score:
        return self.scores[row]

    def to_dict(self) -> dict[str, Any]:
        """Rows to {precision, recall, f1, tp, fp, fn}, plus ``documents`` and id notes."""
        out: dict[str, Any] = {row: s.to_dict() for row, s in self.scores.items()}
        out["documents"] = len(self.documents)
        if self.missing:
            out["missing"] = list(self.missing)
        if self.extra:
            out["extra"] = list(self.extra)
        return out

    def table(self) -> str:
        """The scores as an aligned text table."""
        lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for row, s in self.scores.items():
            lines.append(
                f"{row:18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
            )
        n = len(self.documents)
        lines.append(f"({n} document{'' if n == 1 else 's'})")
        return "\n".join(lines)

    def details(self) -> str:
        """Every document's errors, grouped by row, for error analysis."""
        out: list[str] = []
        for doc in self.documents:
            if not doc.errors:
                continue
            out.append(f"== {doc.id}")
            out.extend(f"  {miss.describe()}" for miss in doc.errors)
        return "\n".join(out)


def score_document(gold: Row, pred: Row) -> DocumentReport:
    """Score one document's prediction row against its gold row."""
    errors: list[Miss] = []
    scores: dict[str, Score] = {}
    for kind, equal in (
        ("amounts", amount_equal),
        ("percentages", lambda g, p: percent_equal(g.get("value"), p.get("value"))),
        ("dates", lambda g, p: g.get("value") == p.get("value")),
    ):
        # Only dates may be vague (value null, optional); other mentions are always required.
        vague = kind == "dates"
        g_items, p_items = mentions(gold, kind, "gold"), mentions(pred, kind, "prediction")
        span, value = score_mentions(kind, g_items, p_items, equal, errors, vague)
        scores[f"{kind}.span"], scores[f"{kind}.value"] = span, value

    entities = Entities(gold, pred)
    scores["companies"] = score_companies(gold, pred, errors)
    scores["people"] = score_people(gold, pred, entities, errors)
    scores["markets"] = score_markets(gold, pred, errors)
    scores["stakes"] = score_stakes(gold, pred, entities, errors)
    scores["deals"], scores["deal_terms"] = score_deals(gold, pred, entities, errors)
    return DocumentReport(str(gold.get("id")), scores, tuple(errors))


# -- documents ---------------------------------------------------------------------


def check_rows(rows: Iterable[Row], side: str = "gold") -> None:
    """Check that every row is an object with a unique ``id``.

    Raises :class:`~corpfacts.errors.InvalidInputError` naming the first bad row.
    """
    seen: dict[str, Row] = {}
    for n, row in enumerate(rows, 1):
        seen[_row_id(row, n, side, seen)] = row


def score(gold_rows: Iterable[Row], pred_rows: Iterable[Row]) -> Report:
    """Score prediction rows against gold rows, paired by ``id``.

    A gold document without a prediction is scored against an empty one;
    predictions for ids absent from gold are ignored (both are listed in the
    :class:`Report`). Raises :class:`~corpfacts.errors.InvalidInputError` when
    a row has no ``id`` or an id repeats.
    """
    gold_list = list(gold_rows)
    preds: dict[str, Row] = {}
    for n, row in enumerate(pred_rows, 1):
        preds[_row_id(row, n, "prediction", preds)] = row
    seen: dict[str, Row] = {}
    documents: list[DocumentReport] = []
    missing: list[str] = []
    for n, row in enumerate(gold_list, 1):
        doc_id = _row_id(row, n, "gold", seen)
        seen[doc_id] = row
        if doc_id not in preds:
            missing.append(doc_id)
        documents.append(score_document(row, preds.get(doc_id, {"id": doc_id})))
    extra = tuple(doc_id for doc_id in preds if doc_id not in seen)
    return Report(tuple(documents), tuple(missing), extra)


def _row_id(row: Row, n: int, side: str, seen: Mapping[str, Row]) -> str:
    if not isinstance(row, Mapping):
        raise InvalidInputError(f"{side} row {n} is a {type(row).__name__}, not a JSON object")
    doc_id = row.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise InvalidInputError(
            f"{side} row {n} has no 'id'; every row needs one so that gold and predictions can be paired"
        )
    if doc_id in seen:
        raise InvalidInputError(f"{side} row {n} repeats the id {doc_id!r}; ids must be unique")
    for key in _COLLECTIONS:
        items = row.get(key)
        if items is not None and not (
            isinstance(items, list) and all(isinstance(item, Mapping) for item in items)
        ):
            raise InvalidInputError(
                f"{side} row {n} ({doc_id!r}): {key!r} must be a list of JSON objects (FORMAT.md)"
            )
    return doc_id


#: The collections a row lists, each a list of objects.
_COLLECTIONS = ("amounts", "percentages", "dates", "companies", "people", "markets", "stakes", "deals")
