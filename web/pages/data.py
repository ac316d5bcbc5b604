"""What pages read: canned `ui` queries (bounded by what they are bound to), one page of a list, the store
version's index (search, documents, facets, topics), and the labels of the IRIs a page shows.

Views never hold SPARQL text: they name a query of `queries/` and pass parameters, which `graph_store` binds
safely. Results come back as plain dicts of strings (missing values as ""). Nothing here reads the whole corpus:
labels are fetched for the IRIs on the page (one query per page), vocabulary labels come from the static
ontology graph (its size does not grow with the corpus; cached per store version), and counts come from the
build's statistics and index.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g, has_request_context

from graph_store.base import GraphStore, QueryResult
from graph_store.binding import bind_rows
from graph_store.catalogue import Catalogue
from graph_store.paging import paged
from graph_store.sidecar import INDEX_SCHEMA, IndexReader
from policykg.errors import StoreError

log = logging.getLogger(__name__)

LABEL_BATCH = 400
"""IRIs per labels query."""


def store() -> GraphStore:
    return current_app.extensions["policykg.store"]


def catalogue() -> Catalogue:
    return current_app.extensions["policykg.catalogue"]


def run_query(name: str, limit: int | None = None, **params: str) -> QueryResult:
    """Run the canned query `name` with `params` bound (values as strings, typed by the query header)."""
    query = catalogue().get(name)
    return store().query(query.text, query.bindings({k: v for k, v in params.items() if v}), limit=limit)


def rows(name: str, **params: str) -> list[dict[str, str]]:
    """The rows of a canned SELECT query as plain strings."""
    return run_query(name, **params).values()


def page_rows(name: str, limit: int, offset: int = 0, keep_order: bool = True, **params: str) \
        -> tuple[list[dict[str, str]], bool]:
    """One page of a canned query (graph_store.paging) and whether another page follows."""
    query = catalogue().get(name)
    text = paged(query.text, limit + 1, offset, keep_order)
    found = store().query(text, query.bindings({k: v for k, v in params.items() if v})).values()
    return found[:limit], len(found) > limit


def rows_for(name: str, variable: str, iris: list[str], **params: str) -> list[dict[str, str]]:
    """Rows of a canned query for each of several resources at once (`VALUES ?variable { … }`), in one query."""
    from pyoxigraph import NamedNode

    if not iris:
        return []
    query = catalogue().get(name)
    text = bind_rows(query.text, variable, [NamedNode(i) for i in iris])
    bound = {k: v for k, v in params.items() if v}
    others = {p.name: p.term(bound[p.name]) for p in query.params if p.name in bound}
    return store().query(text, others).values()


def ask(name: str, **params: str) -> bool:
    return bool(run_query(name, **params).boolean)


def version() -> str:
    """An id of the store's current content, looked up once per request (caches and ETags follow rebuilds)."""
    if has_request_context() and "policykg_version" in g:
        return g.policykg_version
    found = store().version()
    if has_request_context():
        g.policykg_version = found
    return found


def index() -> IndexReader:
    """The index of the live store version (StoreError before the first build)."""
    if has_request_context() and "policykg_index" in g:
        return g.policykg_index
    path = store().index_path()
    if path is None:
        raise StoreError("no index: the store has not been built with this version of policykg (run `policykg build`)",
                         store().location)
    reader = IndexReader(path)
    layouts: dict[str, str] = current_app.extensions.setdefault("policykg.index_layouts", {})
    if str(path) not in layouts:  # a generation's index never changes once built: read its layout once
        layouts[str(path)] = reader.layout()
    if layouts[str(path)] != INDEX_SCHEMA:
        raise StoreError(f"the index was written by another version of policykg (layout "
                         f"{layouts[str(path)] or 'unknown'}, this version reads {INDEX_SCHEMA}): run `policykg build`",
                         str(path))
    if has_request_context():
        g.policykg_index = reader
    return reader


# --- labels ------------------------------------------------------------------------------------------

def _lang_key(tag: str) -> str:
    tag = tag.lower()
    if tag.startswith("zh"):
        return "zh-hant" if "hant" in tag else "zh"
    return "en" if tag.startswith("en") else ""


@dataclass
class Labels:
    """Labels by language, types and organisation types of the IRIs fetched so far."""

    pref: dict[str, dict[str, str]] = field(default_factory=dict)
    """iri → lang ('zh', 'en', '') → preferred label"""
    types: dict[str, set[str]] = field(default_factory=dict)
    org_types: dict[str, str] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)

    def label(self, iri: str, lang: str = "zh") -> str:
        """The best label of `iri` in `lang` (then the other language, then any), or ''."""
        by_lang = self.pref.get(iri, {})
        other = "en" if lang == "zh" else "zh"
        return by_lang.get(lang) or by_lang.get(other) or by_lang.get("") or ""

    def add_rows(self, found: Iterable[dict[str, Any]]) -> None:
        for r in found:
            iri = r["s"]["value"]
            self.known.add(iri)
            kind = r.get("kind", {}).get("value", "")
            if kind in ("pref", "label") and "label" in r:
                lang = _lang_key(r["label"].get("xml:lang", ""))
                if lang != "zh-hant":
                    slot = self.pref.setdefault(iri, {})
                    if kind == "pref" or lang not in slot:
                        slot[lang] = r["label"]["value"]
            elif kind == "type" and "value" in r:
                self.types.setdefault(iri, set()).add(r["value"]["value"])
            elif kind == "org-type" and "value" in r:
                self.org_types[iri] = r["value"]["value"]


def fetch_labels(target: Labels, iris: Iterable[str]) -> None:
    """Fetch labels and types of the given IRIs (those not fetched yet), a batch per query."""
    wanted = sorted({i for i in iris if i and i.startswith(("http://", "https://")) and i not in target.known})
    query = catalogue().get("ui-labels-of")
    from pyoxigraph import NamedNode

    for n in range(0, len(wanted), LABEL_BATCH):
        batch = wanted[n:n + LABEL_BATCH]
        text = bind_rows(query.text, "s", [NamedNode(i) for i in batch])
        target.add_rows(store().query(text).rows)
        target.known.update(batch)


_vocab_lock = threading.Lock()


def vocabulary_labels() -> Labels:
    """Labels of the ontology and vocabularies (a fixed-size graph), fetched once per store version."""
    cache: dict[str, Labels] = current_app.extensions.setdefault("policykg.vocabulary_labels", {})
    ver = version()
    if ver in cache:
        return cache[ver]
    with _vocab_lock:
        if ver not in cache:
            found = Labels()
            found.add_rows(run_query("ui-vocabulary-labels").rows)
            cache.clear()
            cache[ver] = found
    return cache[ver]


def labels() -> Labels:
    """The request's labels: the vocabularies' plus whatever the page prefetched (`prefetch`)."""
    if has_request_context() and "policykg_labels" in g:
        return g.policykg_labels
    vocab = vocabulary_labels()
    merged = Labels({k: dict(v) for k, v in vocab.pref.items()}, {k: set(v) for k, v in vocab.types.items()},
                    dict(vocab.org_types), set(vocab.known))
    if has_request_context():
        g.policykg_labels = merged
    return merged


def prefetch(iris: Iterable[str]) -> Labels:
    """Make sure the labels of `iris` are known for this request (one query per LABEL_BATCH IRIs)."""
    found = labels()
    fetch_labels(found, iris)
    return found


def jurisdiction_tree() -> list[dict[str, str]]:
    """Every jurisdiction of the vocabulary with name, level and parent (a fixed-size vocabulary, not the corpus;
    fetched once per store version)."""
    cache: dict[str, list[dict[str, str]]] = current_app.extensions.setdefault("policykg.jurisdiction_tree", {})
    ver = version()
    if ver not in cache:
        with _vocab_lock:
            if ver not in cache:
                found = rows("ui-jurisdiction-tree")
                cache.clear()
                cache[ver] = found
    return cache[ver]
