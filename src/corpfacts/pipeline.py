"""The :class:`Pipeline`: plugins in, :class:`~corpfacts.Facts` out."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import pluggy

from .document import Document
from .errors import ExtractionError, InvalidInputError, PluginError, PluginLoadError
from .extractor import Extractor, Fact
from .facts import Facts
from .lexicon import Lexicon
from .plugins import PluginInfo, make_plugin_manager

__all__ = ["Pipeline", "extract", "parse_published"]

OnError = Literal["raise", "warn"]


def parse_published(value: object) -> dt.date | None:
    """``published`` as a date: accepts ``None``, a ``date``, a ``datetime`` or an ISO string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
        raise InvalidInputError(
            f"published={value!r} is not an ISO date; give it as 'YYYY-MM-DD' (for example '2015-05-14'), "
            "a datetime.date or a datetime.datetime"
        )
    raise InvalidInputError(
        f"published must be a datetime.date, a datetime.datetime, an ISO string such as '2015-05-14' "
        f"or None, not {type(value).__name__}"
    )


class Pipeline:
    """A reusable extraction pipeline.

    Building one loads the plugins (built-ins, the ``corpfacts`` entry-point
    group unless ``entry_points=False``, and ``plugins``), fills the lexicon
    and builds the extractors once; :meth:`extract` then runs them on one
    text. ``disable`` names plugins to leave out. With ``on_error="warn"`` an
    extractor that raises is skipped with a warning instead of failing the
    document.

    >>> pipeline = Pipeline(disable=["deals"])
    >>> facts = pipeline.extract("Acme Corp paid $5 million.", published="2020-01-02")
    """

    def __init__(
        self,
        plugins: Sequence[object] = (),
        *,
        disable: Iterable[str] = (),
        entry_points: bool = True,
        on_error: OnError = "raise",
    ) -> None:
        if on_error not in ("raise", "warn"):
            raise InvalidInputError(f"on_error must be 'raise' or 'warn', not {on_error!r}")
        self.on_error: OnError = on_error
        self._pm, self._infos = make_plugin_manager(plugins, disable=disable, entry_points=entry_points)
        self.lexicon = self._build_lexicon()
        self._owner: dict[str, str] = {}  # extractor name -> plugin name, filled by _build_extractors
        self.extractors: tuple[Extractor, ...] = self._build_extractors()
        self._gives = sorted({name for ex in self.extractors for name in ex.gives})

    # -- set-up ------------------------------------------------------------------
    @property
    def plugins(self) -> tuple[PluginInfo, ...]:
        """The registered plugins, in registration order."""
        return tuple(self._infos)

    @property
    def plugin_manager(self) -> pluggy.PluginManager:
        """The underlying pluggy manager (for advanced use and tests)."""
        return self._pm

    def _impls(self, hook: str) -> list[Any]:
        caller = getattr(self._pm.hook, hook)
        return sorted(caller.get_hookimpls(), key=lambda impl: impl.plugin_name)

    def _call(self, impl: Any, **kwargs: Any) -> Any:
        args = {name: kwargs[name] for name in impl.argnames}
        try:
            return impl.function(**args)
        except PluginError:
            raise
        except Exception as error:
            raise PluginLoadError(
                f"plugin {impl.plugin_name!r} raised {type(error).__name__} "
                f"in {impl.function.__name__}: {error}"
            ) from error

    def _build_lexicon(self) -> Lexicon:
        lexicon = Lexicon()
        # Sorted by plugin name so that the result never depends on registration order.
        for impl in self._impls("corpfacts_lexicon"):
            lexicon.current_plugin = impl.plugin_name
            self._call(impl, lexicon=lexicon)
        lexicon.current_plugin = ""
        lexicon.freeze()
        return lexicon

    def _build_extractors(self) -> tuple[Extractor, ...]:
        found: list[Extractor] = []
        for impl in self._impls("corpfacts_extractors"):
            result = self._call(impl, lexicon=self.lexicon)
            for extractor in result or ():
                if not isinstance(extractor, Extractor):
                    raise PluginLoadError(
                        f"plugin {impl.plugin_name!r} returned {extractor!r} from corpfacts_extractors; "
                        "return corpfacts.Extractor instances"
                    )
                if extractor.name in self._owner:
                    raise PluginLoadError(
                        f"extractor name {extractor.name!r} is used by plugins "
                        f"{self._owner[extractor.name]!r} and {impl.plugin_name!r}; "
                        "extractor names must be unique"
                    )
                self._owner[extractor.name] = impl.plugin_name
                found.append(extractor)
        return _order(found)

    # -- extraction ------------------------------------------------------------------
    def _first_answer(self, hook: str, document_id: str | None, **kwargs: Any) -> tuple[Any, str]:
        """Call a first-result hook plugin by plugin, so a failure can name its plugin.

        Returns the first answer that is not ``None`` and the plugin that gave it.
        """
        caller = getattr(self._pm.hook, hook)
        # tryfirst answers first and trylast last; within each group, by plugin name,
        # so the answer never depends on the order in which plugins were registered.
        ordered = sorted(
            caller.get_hookimpls(), key=lambda impl: (not impl.tryfirst, impl.trylast, impl.plugin_name)
        )
        for impl in ordered:
            args = {name: kwargs[name] for name in impl.argnames}
            try:
                answer = impl.function(**args)
            except PluginError:
                raise
            except Exception as error:
                where = f"document {document_id!r}" if document_id is not None else "the document"
                raise ExtractionError(
                    f"plugin {impl.plugin_name!r} failed in {hook} on {where}: "
                    f"{type(error).__name__}: {error}. Fix or update the plugin, or disable it "
                    f"with disable=[{impl.plugin_name!r}]",
                    plugin=impl.plugin_name,
                    extractor=hook,
                    document=document_id,
                ) from error
            if answer is not None:
                return answer, impl.plugin_name
        return None, ""

    def _resolve_currency(self, sign: str, document: Document) -> str | None:
        answer, plugin = self._first_answer(
            "corpfacts_resolve_currency", document.id, sign=sign, document=document
        )
        if answer is None:
            return None
        if not (isinstance(answer, str) and len(answer) == 3 and answer.isascii() and answer.isupper()):
            raise ExtractionError(
                f"plugin {plugin!r} answered corpfacts_resolve_currency({sign!r}) with {answer!r}; "
                "return an ISO 4217 code such as 'AUD', or None to leave the decision to others",
                plugin=plugin,
                extractor="corpfacts_resolve_currency",
                document=document.id,
            )
        return answer

    def _publication_date(self, text: str, document_id: str | None) -> dt.date | None:
        answer, _ = self._first_answer("corpfacts_publication_date", document_id, text=text)
        if isinstance(answer, dt.datetime):
            return answer.date()
        return answer if isinstance(answer, dt.date) else None

    def document(self, text: str, published: object = None, *, id: str | None = None) -> Document:
        """A fresh :class:`Document` for ``text``, before any extractor has run."""
        if not isinstance(text, str):
            raise InvalidInputError(f"text must be a str, not {type(text).__name__}")
        date = parse_published(published)
        if date is None:
            date = self._publication_date(text, id)
        return Document(
            text, published=date, lexicon=self.lexicon, id=id, resolve_currency=self._resolve_currency
        )

    def extract(self, text: str, published: object = None, *, id: str | None = None) -> Facts:
        """Run every extractor on ``text`` and return its :class:`Facts`.

        ``published`` (a ``date``, ``datetime``, ISO string or ``None``)
        anchors relative dates; when ``None``, a dateline in the text is used
        if a plugin finds one, else relative dates keep no value.
        """
        document = self.document(text, published, id=id)
        for extractor in self.extractors:
            facts = self._run(extractor, document)
            by_collection: dict[str, list[Fact]] = {}
            for fact in facts:
                self._check_spans(fact, extractor, document)
                collection = type(fact).collection
                if collection not in extractor.gives:
                    raise ExtractionError(
                        f"extractor {extractor.name!r} (plugin {self._owner[extractor.name]!r}) returned a "
                        f"{type(fact).__name__} for collection {collection!r}, which it does not declare in "
                        f"gives={sorted(extractor.gives)}",
                        plugin=self._owner[extractor.name],
                        extractor=extractor.name,
                        document=id,
                    )
                by_collection.setdefault(collection, []).append(fact)
            for collection, items in by_collection.items():
                document.add(collection, items)
        # Every declared collection is present, empty when nothing was found.
        collections: dict[str, tuple[Fact, ...]] = {name: () for name in self._gives}
        collections.update(document.collections)
        return Facts(text=text, published=document.published, id=id, collections=collections)

    def _check_spans(self, fact: Fact, extractor: Extractor, document: Document) -> None:
        """Every span must slice back out of this document's text."""
        for span in fact.spans:
            if document.text[span.start : span.end] != span.text:
                plugin = self._owner[extractor.name]
                raise ExtractionError(
                    f"extractor {extractor.name!r} (plugin {plugin!r}) returned a {type(fact).__name__} "
                    f"whose span {span.start}:{span.end} {span.text!r} is not that stretch of the "
                    "document's text; "
                    "build spans with document.span(start, end)",
                    plugin=plugin,
                    extractor=extractor.name,
                    document=document.id,
                )

    def _run(self, extractor: Extractor, document: Document) -> list[Fact]:
        try:
            return list(extractor.run(document) or ())
        except ExtractionError as error:
            # Raised by a hook the extractor called (currency resolution): it names its own plugin.
            if self.on_error == "warn":
                warnings.warn(f"{error} (skipped)", RuntimeWarning, stacklevel=3)
                return []
            raise
        except Exception as error:
            plugin = self._owner[extractor.name]
            where = f"document {document.id!r}" if document.id is not None else "the document"
            message = (
                f"extractor {extractor.name!r} of plugin {plugin!r} failed on {where}: "
                f"{type(error).__name__}: {error}"
            )
            if self.on_error == "warn":
                warnings.warn(f"{message} (skipped)", RuntimeWarning, stacklevel=3)
                return []
            raise ExtractionError(
                f"{message}. Fix or update the plugin, disable it with disable=[{plugin!r}], "
                "or pass on_error='warn' to skip failing extractors",
                plugin=plugin,
                extractor=extractor.name,
                document=document.id,
            ) from error

    def extract_many(self, documents: Iterable[Any]) -> Iterator[Facts]:
        """Extract from many documents.

        Each item is a ``str`` text or a mapping with ``text`` (and optionally
        ``id`` and ``published``).
        """
        for number, item in enumerate(documents, start=1):
            if isinstance(item, str):
                yield self.extract(item)
            elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
                yield self.extract(item["text"], item.get("published"), id=item.get("id"))
            else:
                raise InvalidInputError(
                    f"document {number} is neither a text nor a mapping with a 'text' string: {item!r:.80}"
                )


def _order(extractors: list[Extractor]) -> tuple[Extractor, ...]:
    """Extractors in dependency order (givers before readers), ties by name."""
    givers: dict[str, set[str]] = {}
    for ex in extractors:
        for collection in ex.gives:
            givers.setdefault(collection, set()).add(ex.name)
    by_name = {ex.name: ex for ex in extractors}
    deps = {ex.name: {g for c in ex.needs for g in givers.get(c, ()) if g != ex.name} for ex in extractors}
    ordered: list[Extractor] = []
    done: set[str] = set()
    while len(done) < len(by_name):
        ready = sorted(name for name, d in deps.items() if name not in done and d <= done)
        if not ready:
            stuck = sorted(name for name in by_name if name not in done)
            raise PluginLoadError(
                f"extractors {', '.join(stuck)} need each other's collections in a cycle; "
                "break the cycle in their needs= declarations"
            )
        # Take one at a time so that a later-ready extractor sorts by name only among its peers.
        name = ready[0]
        done.add(name)
        ordered.append(by_name[name])
    return tuple(ordered)


def extract(text: str, published: object = None, *, id: str | None = None) -> Facts:
    """Extract facts from ``text`` with a default :class:`Pipeline` (built once per process).

    For plugins, ``disable`` or many documents, build a :class:`Pipeline`
    and reuse it.
    """
    return _default_pipeline().extract(text, published, id=id)


_DEFAULT: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    # A cache, not a global manager: it is only ever used by extract(), and
    # building it lazily keeps `import corpfacts` fast.
    if not _DEFAULT:
        _DEFAULT.append(Pipeline())
    return _DEFAULT[0]
