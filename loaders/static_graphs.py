"""The ontology, vocabularies and inferred class hierarchy as named graphs of the build."""

from __future__ import annotations

import logging
from pathlib import Path

from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, parse

from loaders.iris import IriMinter

log = logging.getLogger(__name__)

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_files() -> list[Path]:
    """The ontology and every SKOS vocabulary (sorted, shapes excluded)."""
    files = sorted(ONTOLOGY_DIR.glob("*.ttl")) + sorted((ONTOLOGY_DIR / "vocab").glob("*.ttl"))
    return [f for f in files if f.name not in {"shapes.ttl", "inferred.ttl"}]


GENID = ".well-known/genid/"
"""Skolem IRIs (RDF 1.1 §3.5) replace the ontology's blank nodes, so every store keeps the same names for them
(a store relabels loaded blank nodes) and exports stay byte-identical."""


def read_turtle(path: Path, graph: str, base: str) -> list[Quad]:
    """A Turtle file's triples in `graph`; blank nodes skolemised by order of appearance (stable output)."""
    g = NamedNode(graph)
    labels: dict[BlankNode, NamedNode] = {}

    def stable(term):  # noqa: ANN001
        if isinstance(term, BlankNode):
            if term not in labels:
                labels[term] = NamedNode(f"{base}{GENID}{path.stem}-{len(labels)}")
            return labels[term]
        return term

    with path.open("rb") as fh:
        return [Quad(stable(t.subject), t.predicate, stable(t.object), g) for t in parse(fh, format=RdfFormat.TURTLE)]


def static_graphs(iris: IriMinter) -> dict[str, list[Quad]]:
    """Ontology and vocabularies in one graph; the reasoner's inferred class hierarchy in another."""
    quads: set[Quad] = set()
    for path in ontology_files():
        quads.update(read_turtle(path, iris.ontology_graph, iris.base))
    graphs = {iris.ontology_graph: sorted(quads, key=str)}
    graphs[iris.inferred_graph] = inferred_hierarchy(iris)
    return graphs


def inferred_hierarchy(iris: IriMinter) -> list[Quad]:
    """The reasoner's class hierarchy (HermiT, cached by ontology digest in var/cache)."""
    from loaders.ontology_check import inferred_hierarchy_quads

    return inferred_hierarchy_quads(iris.inferred_graph)
