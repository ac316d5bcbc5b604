"""Whole-graph export in N-Quads, TriG or Turtle, sorted so equal graphs give equal bytes."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Quad, RdfFormat, serialize

from graph_store.base import GraphStore
from ontology.namespaces import PREFIXES

FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG, "turtle": RdfFormat.TURTLE}


def export_graph(store: GraphStore, fmt: str, include_build_log: bool = False) -> bytes:
    """Every named graph (Turtle merges them into one graph); the build log only when asked."""
    quads = [q for q in store.dump() if include_build_log or not str(q.graph_name).endswith("/graph/build>")]
    quads.sort(key=str)
    if fmt == "nquads":
        lines = sorted(set((serialize(quads, format=RdfFormat.N_QUADS) or b"").decode("utf-8").splitlines()))
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if fmt == "turtle":
        triples = sorted({q.triple for q in quads}, key=str)
        quads = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples]
        return serialize([q.triple for q in quads], format=RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return serialize(quads, format=FORMATS[fmt], prefixes=PREFIXES) or b""
