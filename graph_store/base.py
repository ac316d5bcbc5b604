"""The store interface every backend implements, and the query result record."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pyoxigraph import Quad

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


class GraphStore(ABC):
    """Load document graphs atomically, query, export, count."""

    location: str

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

    @abstractmethod
    def graphs(self) -> list[str]:
        """Named graph IRIs, sorted."""

    @abstractmethod
    def dump(self, graph: str | None = None) -> list[Quad]:
        """All quads (or one graph's), for export."""

    def stats(self) -> StoreStats:
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
