"""Embedded on-disk pyoxigraph backend.

The store directory holds generations (`gen-000001/`, …) and a `CURRENT` file naming the live one.
A whole rebuild bulk-loads a new generation and swaps `CURRENT` atomically (os.replace); readers
notice the change on their next query and reopen. One graph is replaced inside a single SPARQL
update, which Oxigraph runs as one transaction.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryBoolean, QuerySolutions, Store

from graph_store.base import GraphStore, QueryResult
from graph_store.binding import bind_values
from graph_store.safety import syntax_error
from graph_store.sparql_lexer import shape
from graph_store.terms import term_to_binding
from policykg.errors import QueryError, StoreError

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
KEEP_GENERATIONS = 2


class EmbeddedStore(GraphStore):
    """pyoxigraph on disk; `read_only=True` opens a frozen snapshot (servers, query workers)."""

    def __init__(self, path: str | Path, read_only: bool = False, union_default_graph: bool = True) -> None:
        self.root = Path(path)
        self.location = str(self.root)
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self._store: Store | None = None
        self._generation: str | None = None

    # --- generations ---------------------------------------------------------------------
    def current_generation(self) -> str | None:
        marker = self.root / CURRENT
        return marker.read_text().strip() if marker.exists() else None

    def _open(self) -> Store:
        gen = self.current_generation()
        if self._store is not None and gen == self._generation:
            return self._store
        if gen is None:
            if self.read_only:
                raise StoreError("no graph has been built here yet (run `policykg build`)", self.location)
            gen = self._new_generation_name()
            (self.root / gen).mkdir(parents=True)
            self._write_current(gen)
        path = self.root / gen
        try:
            self._store = Store.read_only(str(path)) if self.read_only else Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open store: {exc}", str(path)) from exc
        self._generation = gen
        return self._store

    def _new_generation_name(self) -> str:
        existing = sorted(p.name for p in self.root.glob("gen-*")) if self.root.exists() else []
        last = int(existing[-1].split("-")[1]) if existing else 0
        return f"gen-{last + 1:06d}"

    def _write_current(self, gen: str) -> None:
        tmp = self.root / (CURRENT + ".tmp")
        tmp.write_text(gen + "\n")
        os.replace(tmp, self.root / CURRENT)

    # --- writes --------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        if self.read_only:
            raise StoreError("store is open read-only", self.location)
        store = self._open()
        g = NamedNode(graph)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        try:
            store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"loading graph {graph} failed, previous graph kept: {exc}", self.location) from exc

    def replace_all(self, graphs: Mapping[str, Iterable[Quad]]) -> None:
        if self.read_only:
            raise StoreError("store is open read-only", self.location)
        self.root.mkdir(parents=True, exist_ok=True)
        gen = self._new_generation_name()
        path = self.root / gen
        try:
            fresh = Store(str(path))
            fresh.bulk_extend(q for quads in graphs.values() for q in quads)
            fresh.flush()
            fresh.optimize()
            del fresh
        except Exception as exc:
            shutil.rmtree(path, ignore_errors=True)
            raise StoreError(f"build failed, previous graph kept: {exc}", self.location) from exc
        self._store = None
        self._write_current(gen)
        self._prune(keep=gen)

    def _prune(self, keep: str) -> None:
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir())
        for old in gens[:-KEEP_GENERATIONS]:
            if old.name != keep:
                shutil.rmtree(old, ignore_errors=True)

    # --- reads ---------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        limit: int | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        store = self._open()
        started = time.perf_counter()
        text = bind_values(sparql, bindings)
        kwargs = dataset_arguments(text, default_graphs, named_graphs, self.union_default_graph)
        if base_iri:
            kwargs["base_iri"] = base_iri
        try:
            answer = store.query(text, **kwargs)
            return collect(answer, limit, started)
        except SyntaxError as exc:
            raise syntax_error(text, str(exc)) from exc
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def graphs(self) -> list[str]:
        store = self._open()
        return sorted(g.value for g in store.named_graphs() if isinstance(g, NamedNode))

    def dump(self, graph: str | None = None) -> list[Quad]:
        store = self._open()
        if graph:
            return list(store.quads_for_pattern(None, None, None, NamedNode(graph)))
        return [q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, DefaultGraph)] + [
            q for q in store.quads_for_pattern(None, None, None, DefaultGraph())
        ]

    def close(self) -> None:
        self._store = None


def dataset_arguments(text: str, default_graphs: list[str] | None, named_graphs: list[str] | None,
                      union_default_graph: bool) -> dict[str, Any]:
    """pyoxigraph's dataset arguments, as SPARQL defines the dataset.

    Protocol parameters win (Protocol §2.1.4): `default-graph-uri` names the default graph; `named-graph-uri`
    alone leaves it empty. Without them, FROM / FROM NAMED in the query define it (Query §13.2). Only when
    neither says anything is the default graph the union of all graphs (when configured)."""
    kwargs: dict[str, Any] = {}
    if default_graphs or named_graphs:
        kwargs["default_graph"] = [NamedNode(g) for g in default_graphs or ()]
        if named_graphs:
            kwargs["named_graphs"] = [NamedNode(g) for g in named_graphs]
    elif not shape(text).dataset:
        kwargs["use_default_graph_as_union"] = union_default_graph
    return kwargs


def collect(answer: Any, limit: int | None, started: float) -> QueryResult:
    """Turn pyoxigraph's answer into a QueryResult, keeping at most `limit` rows."""
    if isinstance(answer, QueryBoolean):
        return QueryResult("ask", boolean=bool(answer), elapsed=time.perf_counter() - started)
    if isinstance(answer, QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        rows = []
        truncated = False
        for solution in answer:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append({v: term_to_binding(solution[v]) for v in variables if solution[v] is not None})
        return QueryResult("select", variables, tuple(rows), truncated=truncated,
                           elapsed=time.perf_counter() - started)
    triples = []
    truncated = False
    for t in answer:
        if limit is not None and len(triples) >= limit:
            truncated = True
            break
        triples.append(f"{t.subject} {t.predicate} {t.object} .")
    return QueryResult("graph", triples=tuple(triples), truncated=truncated, elapsed=time.perf_counter() - started)
