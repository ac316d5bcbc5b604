"""Run canned `ui` queries for the pages, and the per-store label index they share.

Views never hold SPARQL text: they name a query of `queries/` and pass parameters, which
`graph_store` binds safely. Results come back as plain dicts of strings (missing values as "").
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g, has_request_context

from graph_store.base import GraphStore, QueryResult
from graph_store.catalogue import Catalogue

log = logging.getLogger(__name__)


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


def ask(name: str, **params: str) -> bool:
    return bool(run_query(name, **params).boolean)


def generation() -> str:
    """An id of the store's current content, so caches follow rebuilds (embedded stores swap generations).

    Looked up once per request (a page asks for its label index hundreds of times)."""
    if has_request_context() and "policykg_generation" in g:
        return g.policykg_generation
    gen = _generation()
    if has_request_context():
        g.policykg_generation = gen
    return gen


def _generation() -> str:
    backend = getattr(store(), "inner", store())
    current = getattr(backend, "current_generation", None)
    return str(current()) if callable(current) else "remote"


@dataclass
class LabelIndex:
    """Labels of every IRI by language (display), every label text (search), and types."""

    pref: dict[str, dict[str, str]] = field(default_factory=dict)
    """iri → lang ('zh', 'en', '') → preferred label"""
    texts: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    """iri → [(label, lang, kind)] with kind pref | alt | number"""
    types: dict[str, set[str]] = field(default_factory=dict)

    def label(self, iri: str, lang: str = "zh") -> str:
        """The best label of `iri` in `lang` (then the other language, then any), or ''."""
        by_lang = self.pref.get(iri, {})
        other = "en" if lang == "zh" else "zh"
        return by_lang.get(lang) or by_lang.get(other) or by_lang.get("") or ""


def _lang_key(tag: str) -> str:
    tag = tag.lower()
    if tag.startswith("zh"):
        return "zh-hant" if "hant" in tag else "zh"
    return "en" if tag.startswith("en") else ""


def build_label_index() -> LabelIndex:
    index = LabelIndex()
    for row in run_query("ui-labels").rows:
        iri, label, kind = row["s"]["value"], row["label"]["value"], row["kind"]["value"]
        lang = _lang_key(row["label"].get("xml:lang", ""))
        index.texts.setdefault(iri, []).append((label, lang, kind))
        if kind == "pref" and lang != "zh-hant":
            index.pref.setdefault(iri, {}).setdefault(lang, label)
    for row in run_query("ui-types").rows:
        index.types.setdefault(row["s"]["value"], set()).add(row["type"]["value"])
    return index


_lock = threading.RLock()


def cached(key: str, build: Any) -> Any:
    """A value computed once per store generation (label index, search index), shared by all threads."""
    cache: dict[str, tuple[str, Any]] = current_app.extensions.setdefault("policykg.page_cache", {})
    gen = generation()
    hit = cache.get(key)
    if hit and hit[0] == gen:
        return hit[1]
    with _lock:
        hit = cache.get(key)
        if hit and hit[0] == gen:
            return hit[1]
        log.info("building %s for store generation %s", key, gen)
        value = build()
        cache[key] = (gen, value)
        return value


def labels() -> LabelIndex:
    return cached("labels", build_label_index)


def jurisdiction_tree() -> list[dict[str, str]]:
    """Every jurisdiction with name, level and parent (a few thousand rows; cached per store generation)."""
    return cached("jurisdiction-tree", lambda: rows("ui-jurisdiction-tree"))


