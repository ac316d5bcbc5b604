"""Validate a built graph against ontology/shapes.ttl with pyshacl.

`validate(data)` accepts pyoxigraph quads/triples (e.g. `store.dump()`), an rdflib Graph or Dataset, N-Quads /
N-Triples / Turtle text or bytes, or a path. Named graphs are merged into one graph (facts, provisions and
build records are checked together) and the ontology's class axioms are added so `sh:class` sees sub-classes;
no RDFS/OWL inference runs, which keeps ~100k triples well under a minute.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ontology.namespaces import SH

log = logging.getLogger(__name__)

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, flattened for printing and tests."""

    severity: str
    focus: str
    path: str
    value: str
    message: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """pyshacl's verdict: `conforms`, a readable `text`, and the individual `results`."""

    conforms: bool
    text: str
    results: list[ValidationResult] = field(default_factory=list)
    seconds: float = 0.0


@lru_cache(maxsize=2)
def _shapes(path: Path) -> Any:
    import rdflib

    return rdflib.Graph().parse(path, format="turtle")


@lru_cache(maxsize=2)
def _class_axioms(path: Path) -> tuple[tuple[Any, Any, Any], ...]:
    """rdfs:subClassOf triples of the ontology and the institution types (what sh:class needs)."""
    import rdflib

    graph = rdflib.Graph().parse(path, format="turtle")
    types = path.parent / "vocab" / "institution-types.ttl"
    if types.exists():
        graph.parse(types, format="turtle")
    return tuple((s, p, o) for s, p, o in graph.triples((None, rdflib.RDFS.subClassOf, None))
                 if isinstance(o, rdflib.URIRef))


def _to_graph(data: Any) -> Any:
    """Any supported input as one rdflib Graph (named graphs merged)."""
    import rdflib

    if isinstance(data, rdflib.Dataset | rdflib.ConjunctiveGraph):
        merged = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    if isinstance(data, rdflib.Graph):
        return data
    if isinstance(data, Path) or (isinstance(data, str) and "\n" not in data and Path(data).exists()):
        path = Path(data)
        fmt = {".nq": "nquads", ".nt": "nt", ".ttl": "turtle", ".trig": "trig"}.get(path.suffix, "nquads")
        return _to_graph(rdflib.Dataset().parse(path, format=fmt) if fmt in {"nquads", "trig"}
                         else rdflib.Graph().parse(path, format=fmt))
    if isinstance(data, bytes | str):
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return _to_graph(rdflib.Dataset().parse(data=text, format="nquads"))
    return _from_oxigraph(data)


def _from_oxigraph(items: Iterable[Any]) -> Any:
    """pyoxigraph Quads or Triples → rdflib Graph, via N-Triples (graph names dropped)."""
    import rdflib
    from pyoxigraph import RdfFormat, Triple, serialize

    triples = [Triple(q.subject, q.predicate, q.object) for q in items]
    data = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def validate(data: Any, shapes: Path = SHAPES, ontology: Path | None = ONTOLOGY_DIR / "policykg.ttl",
             inference: str = "none") -> ValidationReport:
    """Run the SHACL shapes over `data`; warnings do not break conformance, violations do."""
    import pyshacl

    started = time.perf_counter()
    graph = _to_graph(data)
    if ontology is not None:
        if graph is data:  # never modify the caller's graph
            import rdflib

            copy = rdflib.Graph()
            for t in graph:
                copy.add(t)
            graph = copy
        for t in _class_axioms(ontology.resolve()):
            graph.add(t)
    conforms, results_graph, text = pyshacl.validate(
        graph, shacl_graph=_shapes(shapes.resolve()), inference=inference, abort_on_first=False,
        allow_warnings=True, advanced=False, meta_shacl=False, debug=False)
    results = _results(results_graph)
    seconds = time.perf_counter() - started
    log.info("SHACL: %s, %d results, %.1fs", "conforms" if conforms else "does not conform", len(results), seconds)
    return ValidationReport(bool(conforms), str(text), results, seconds)


def _results(report: Any) -> list[ValidationResult]:
    import rdflib

    sh = rdflib.Namespace(SH)
    out = []
    for r in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        def one(p: Any, r: Any = r) -> str:
            v = report.value(r, p)
            return "" if v is None else str(v)

        out.append(ValidationResult(one(sh.resultSeverity).rsplit("#", 1)[-1], one(sh.focusNode), one(sh.resultPath),
                                    one(sh.value), one(sh.resultMessage), one(sh.sourceShape)))
    return sorted(out, key=lambda x: (x.focus, x.path, x.message))
