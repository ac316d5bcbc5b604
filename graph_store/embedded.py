"""Embedded on-disk pyoxigraph backend.

The store directory holds generations (graph_store.generations): each a complete pyoxigraph store (`rdf/`) plus
its index. A build writes a new generation (empty for a full build, a copy of the live one for an incremental
build: pyoxigraph's backup hard-links the data files, so the copy costs no time) and makes it live by one atomic
rename; readers notice on their next query and reopen. One graph is replaced inside a single SPARQL update,
which Oxigraph runs as one transaction.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat, Store

from graph_store.base import BuildSession, GraphStore, QueryResult
from graph_store.binding import bind_values
from graph_store.generations import RDF_DIR, Generations
from graph_store.safety import syntax_error
from graph_store.sidecar import INDEX
from graph_store.sparql_lexer import shape
from graph_store.terms import term_to_binding
from policykg.errors import QueryError, StoreError

log = logging.getLogger(__name__)


class EmbeddedBuild(BuildSession):
    """A new generation being written."""

    def __init__(self, gens: Generations, path: Path, store: Store, incremental: bool) -> None:
        self.gens = gens
        self.path = path
        self.store = store
        self.incremental = incremental
        self.index = path / INDEX
        self.open = True

    def load(self, data: bytes) -> None:
        if data:
            self.store.bulk_load(data, format=RdfFormat.N_QUADS)

    def drop_graphs(self, graphs: list[str]) -> None:
        for g in graphs:
            self.store.remove_graph(NamedNode(g)) if self.store.contains_named_graph(NamedNode(g)) else None

    def remove_subjects(self, graph: str, subjects: list[str]) -> None:
        g = NamedNode(graph)
        for s in subjects:
            for q in list(self.store.quads_for_pattern(NamedNode(s), None, None, g)):
                self.store.remove(q)

    def commit(self) -> None:
        try:
            self.store.flush()
            if not self.incremental:
                self.store.optimize()
        except OSError as exc:
            self.abort()
            raise StoreError(f"build failed, previous graph kept: {exc}", str(self.path)) from exc
        del self.store
        self.gens.publish(self.path)
        self._close()

    def abort(self) -> None:
        if not self.open:
            return
        self.store = None  # type: ignore[assignment]
        shutil.rmtree(self.path, ignore_errors=True)
        self._close()

    def _close(self) -> None:
        self.open = False
        self.gens.unlock()


class EmbeddedStore(GraphStore):
    """pyoxigraph on disk; `read_only=True` opens a frozen snapshot (servers, query workers)."""

    def __init__(self, path: str | Path, read_only: bool = False, union_default_graph: bool = True) -> None:
        self.root = Path(path)
        self.location = str(self.root)
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self.generations = Generations(self.root)
        self._store: Store | None = None
        self._generation: str | None = None

    # --- generations ---------------------------------------------------------------------
    def current_generation(self) -> str | None:
        return self.generations.current()

    def version(self) -> str:
        return self.current_generation() or "empty"

    def index_path(self) -> Path | None:
        path = self.generations.current_path()
        return path / INDEX if path and (path / INDEX).exists() else None

    def _open(self) -> Store:
        gen = self.current_generation()
        if self._store is not None and gen == self._generation:
            return self._store
        if gen is None:
            if self.read_only:
                raise StoreError("no graph has been built here yet (run `policykg build`)", self.location)
            self.begin_build().commit()  # an empty first generation
            gen = self.current_generation()
        path = self.root / str(gen) / RDF_DIR
        try:
            self._store = Store.read_only(str(path)) if self.read_only else Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open store: {exc}", str(path)) from exc
        self._generation = gen
        return self._store

    def begin_build(self, incremental: bool = False) -> EmbeddedBuild:
        if self.read_only:
            raise StoreError("store is open read-only", self.location)
        self.generations.lock()
        try:
            self.generations.prune()
            live = self.generations.current_path()
            path = self.generations.new()
            if incremental and live is not None:
                Store.read_only(str(live / RDF_DIR)).backup(str(path / RDF_DIR))
                if (live / INDEX).exists():
                    shutil.copyfile(live / INDEX, path / INDEX)
            else:
                incremental = False
            store = Store(str(path / RDF_DIR))
        except Exception:
            self.generations.unlock()
            raise
        self._store = None
        return EmbeddedBuild(self.generations, path, store, incremental)

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
        from pyoxigraph import serialize

        session = self.begin_build()
        try:
            for quads in graphs.values():
                session.load(serialize(list(quads), format=RdfFormat.N_QUADS) or b"")
        except Exception as exc:
            session.abort()
            raise StoreError(f"build failed, previous graph kept: {exc}", self.location) from exc
        session.commit()
        self._store = None

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
        text = bind_values(sparql, bindings, self.document_iri)
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

    def query_to(self, output: BinaryIO, sparql: str, fmt: str, bindings: Mapping[str, Any] | None = None) -> None:
        """Streamed by pyoxigraph's serialisers, straight from the query engine (exports of any size)."""
        from graph_store.formats import RDF_FORMATS, RESULT_FORMATS_OX

        text = bind_values(sparql, bindings, self.document_iri)
        try:
            answer = self._open().query(text, **dataset_arguments(text, None, None, self.union_default_graph))
        except SyntaxError as exc:
            raise syntax_error(text, str(exc)) from exc
        if fmt == "rows" and isinstance(answer, QuerySolutions):
            write_rows(output, answer)
        elif isinstance(answer, QuerySolutions | QueryBoolean):
            answer.serialize(output, format=RESULT_FORMATS_OX[fmt])
        else:
            answer.serialize(output, format=RDF_FORMATS[fmt])

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

    def dump_nquads(self, graph: str) -> bytes:
        """Serialised by the store itself (an export of 8 million quads: Python objects per quad took minutes)."""
        return with_graph(self._open().dump(format=RdfFormat.N_TRIPLES, from_graph=NamedNode(graph)) or b"", graph)

    def close(self) -> None:
        self._store = None


def with_graph(ntriples: bytes, graph: str) -> bytes:
    """N-Triples lines (each ending ` .`) as N-Quads lines of `graph`."""
    tail = f" <{graph}> .".encode()
    return b"".join(line[:-2] + tail + b"\n" for line in ntriples.splitlines() if line.endswith(b" ."))


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


def write_rows(output: BinaryIO, answer: QuerySolutions) -> None:
    """A JSON list of row objects (variable → value; unbound variables as ""), streamed row by row."""
    import json

    variables = [v.value for v in answer.variables]
    output.write(b"[")
    for n, solution in enumerate(answer):
        row = {v: (solution[v].value if solution[v] is not None else "") for v in variables}
        output.write((",\n " if n else "\n ").encode() + json.dumps(row, ensure_ascii=False).encode("utf-8"))
    output.write(b"\n]\n")


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
