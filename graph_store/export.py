"""Whole-dataset export in N-Quads, TriG or Turtle, streamed graph by graph.

Graphs are written in IRI order and each graph's statements sorted, so equal data gives equal bytes, and memory
holds one graph at a time (the largest is the shared-entities graph), never the dataset: an export of ten
thousand documents streams.
"""

from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import RdfFormat, serialize

from graph_store.base import GraphStore
from ontology.namespaces import PREFIXES

FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG, "turtle": RdfFormat.TURTLE}


def export_graph(store: GraphStore, fmt: str, output: BinaryIO, include_build_log: bool = False) -> int:
    """Write every named graph (the build log only when asked) to `output`; the number of statements written.

    Turtle has no graphs: it is the statements of every graph, graph after graph (an RDF graph is a set, so a
    statement in two graphs is one statement)."""
    written = 0
    first = True
    for graph in store.graphs():
        if graph.endswith("/graph/build") and not include_build_log:
            continue
        if fmt == "nquads":  # sorted lines: equal data, equal bytes
            lines = sorted(set(store.dump_nquads(graph).splitlines()))
            if lines:
                output.write(b"\n".join(lines) + b"\n")
                written += len(lines)
            continue
        quads = sorted(store.dump(graph), key=str)
        if not quads:
            continue
        if fmt == "turtle":
            triples = sorted({q.triple for q in quads}, key=str)
            output.write(serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES if first else None) or b"")
        else:
            output.write(serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES if first else None) or b"")
        first = False
        written += len(quads)
    return written
