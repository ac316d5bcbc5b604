"""The store interface every backend implements, and the query result record."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pyoxigraph import Quad

from policykg.errors import StoreError

if TYPE_CHECKING:
    from graph_store.formats import Serialized

Binding = dict[str, dict[str, str]]
"""One solution in SPARQL 1.1 JSON results form: var → {"type", "value", "xml:lang"|"datatype"}."""


@dataclass(frozen=True)
class QueryResult:
    """A query's answer: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples (as N-Triples lines)."""

    kind: str
    """select | ask | graph"""
    variables: tuple[str, ...] = ()
    rows: tuple[Binding, ...] = ()
    boolean: bool | None = None
    triples: tuple[str, ...] = ()
    truncated: bool = False
    elapsed: float = 0.0
    extra: Mapping[str, Any] = field(default_factory=dict)

    def values(self) -> list[dict[str, str]]:
        """Rows as plain strings (missing bindings as empty strings)."""
        return [{v: row[v]["value"] if v in row else "" for v in self.variables} for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (standard members only; truncation is told by the caller)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {"head": {"vars": list(self.variables)}, "results": {"bindings": list(self.rows)}}


@dataclass(frozen=True)
class StoreStats:
    """Counts for `policykg stats` and the home page."""

    graphs: dict[str, int]
    triples: int
    location: str


class BuildSession(ABC):
    """A new version of the dataset being written: invisible to readers until `commit`, discarded by `abort`.

    A full build starts empty; an incremental one starts as a copy of the live version. `index` is the path of the
    index file (graph_store.sidecar) that belongs to this version."""

    incremental: bool
    index: Path

    @abstractmethod
    def load(self, data: bytes) -> None:
        """Add N-Quads (any graphs); duplicates of quads already there are kept once."""

    @abstractmethod
    def drop_graphs(self, graphs: list[str]) -> None:
        """Remove these named graphs entirely."""

    @abstractmethod
    def remove_subjects(self, graph: str, subjects: list[str]) -> None:
        """Remove every triple of `graph` whose subject is one of `subjects`."""

    @abstractmethod
    def commit(self) -> None:
        """Make this version live, atomically; the previous one keeps serving until then."""

    @abstractmethod
    def abort(self) -> None:
        """Discard this version; the live one is untouched."""


class GraphStore(ABC):
    """Load document graphs atomically, query, export, count."""

    location: str

    def begin_build(self, incremental: bool = False) -> BuildSession:
        """A new version of the dataset to write into (see BuildSession)."""
        raise StoreError("this store cannot be built into", self.location)

    def index_path(self) -> Path | None:
        """The live version's index file (graph_store.sidecar), or None before the first build."""
        return None

    def version(self) -> str:
        """An id of the live version's content (changes with every build), for caches and ETags."""
        return "unversioned"

    @abstractmethod
    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace one named graph in a single transaction (the old graph stays if it fails)."""

    @abstractmethod
    def replace_all(self, graphs: Mapping[str, Iterable[Quad]]) -> None:
        """Replace the whole dataset with these graphs, atomically."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        limit: int | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a read-only SPARQL query; `bindings` substitutes variables with RDF terms (never pasted).

        The dataset follows SPARQL: `default_graphs`/`named_graphs` (the protocol's parameters) win, then
        the query's FROM / FROM NAMED, then the union default graph when configured. Relative IRIs in the
        query resolve against `base_iri`."""

    def document_iri(self, identifier: str) -> str | None:
        """The IRI of the one policy document with this corpus id (dcterms:identifier), else None: lets a query bound
        by a document id start from that document's graph (graph_store.binding.resolve_document_ids). Read from the
        build's index when the version has one (no query), else asked of the store."""
        from pyoxigraph import Literal

        from graph_store.terms import sparql_term

        path = self.index_path()
        if path is not None:
            from graph_store.sidecar import IndexReader

            row = IndexReader(path).document(identifier)
            return row["iri"] if row else None
        ident = sparql_term(Literal(identifier))
        rows = self.query(f"SELECT ?d WHERE {{ ?d <http://purl.org/dc/terms/identifier> {ident} ; "
                          f"a <https://w3id.org/policykg/ontology#PolicyDocument> }} LIMIT 2").rows
        return rows[0]["d"]["value"] if len(rows) == 1 and rows[0]["d"]["type"] == "uri" else None

    def query_serialized(
        self,
        sparql: str,
        fmt: str,
        bindings: Mapping[str, Any] | None = None,
        limit: int | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> Serialized:
        """The answer serialised in `fmt` (see graph_store.formats); backends may do it where the query runs."""
        from graph_store.formats import serialize_result

        return serialize_result(self.query(sparql, bindings, limit, default_graphs, named_graphs, base_iri), fmt)

    def query_to(self, output: BinaryIO, sparql: str, fmt: str, bindings: Mapping[str, Any] | None = None) -> None:
        """Write every answer of `sparql` to `output` in `fmt` (a result format, a graph format, or `rows`: a JSON
        list of row objects); no result limit; backends stream where they can."""
        import json

        if fmt == "rows":
            output.write(json.dumps(self.query(sparql, bindings).values(), ensure_ascii=False, indent=1).encode())
            return
        output.write(self.query_serialized(sparql, fmt, bindings).data)

    @abstractmethod
    def graphs(self) -> list[str]:
        """Named graph IRIs, sorted."""

    @abstractmethod
    def dump(self, graph: str | None = None) -> list[Quad]:
        """All quads (or one graph's), for export."""

    def dump_nquads(self, graph: str) -> bytes:
        """One named graph as N-Quads lines (any order); backends override it with their native serialiser."""
        from pyoxigraph import RdfFormat, serialize

        return serialize(self.dump(graph), format=RdfFormat.N_QUADS) or b""

    def stats(self) -> StoreStats:
        """Triples per graph: as the build recorded them in the version's index, else counted graph by graph."""
        path = self.index_path()
        if path is not None:
            from graph_store.sidecar import IndexReader

            sizes = dict(IndexReader(path).graph_sizes(limit=None))
            if sizes:
                return StoreStats(dict(sorted(sizes.items())), sum(sizes.values()), self.location)
        counts = {}
        for g in self.graphs():
            res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": _iri(g)})
            counts[g] = int(res.rows[0]["n"]["value"]) if res.rows else 0
        return StoreStats(counts, sum(counts.values()), self.location)

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release resources."""


def _iri(value: str):
    from pyoxigraph import NamedNode

    return NamedNode(value)
