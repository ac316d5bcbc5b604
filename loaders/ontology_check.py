"""Reason over the ontology and vocabularies with HermiT (owlready2, Java 17) and export the inferred hierarchy.

`check_ontology(out_path)` loads ontology/policykg.ttl and ontology/vocab/*.ttl (Turtle → N-Triples with rdflib,
since owlready2 has no Turtle parser), runs HermiT (no property-value inference), fails with
`OntologyInconsistent` on an inconsistent ontology or an unsatisfiable named class, and writes every
rdfs:subClassOf between named classes that holds after reasoning (the transitive closure, asserted and
inferred, reflexive pairs and owl:Thing left out) as sorted Turtle. A query for "targets on public hospitals"
then needs a single `rdfs:subClassOf` step (or `rdfs:subClassOf?` to include the class itself).
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ontology.namespaces import OWL, RDFS
from policykg.errors import OntologyInconsistent

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
CACHE_DIR = Path("var/cache")
"""Relative to the working directory, like the store (an installed package never writes into site-packages)."""


@dataclass(frozen=True)
class CheckReport:
    """Outcome of one reasoner run."""

    consistent: bool
    classes: int
    subclass_pairs: int
    inferred_only: int
    seconds: float
    output: Path | None

    def __str__(self) -> str:
        where = f", hierarchy written to {self.output}" if self.output else ""
        return (f"ontology consistent: {self.classes} named classes, {self.subclass_pairs} subclass pairs "
                f"({self.inferred_only} inferred, not asserted), HermiT {self.seconds:.1f}s{where}")


def ontology_sources(directory: Path = ONTOLOGY_DIR) -> list[Path]:
    """The ontology and every vocabulary file, sorted (shapes and derived files excluded)."""
    files = sorted(directory.glob("*.ttl")) + sorted((directory / "vocab").glob("*.ttl"))
    return [f for f in files if f.name not in {"shapes.ttl", "inferred.ttl"}]


def ontology_digest(directory: Path = ONTOLOGY_DIR) -> str:
    """SHA-256 over the names and bytes of the ontology sources (the cache key of the inferred hierarchy)."""
    h = hashlib.sha256()
    for path in ontology_sources(directory):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _merged_ntriples(directory: Path, target: Path) -> set[tuple[str, str]]:
    """Write ontology + vocab as N-Triples; return the asserted (sub, super) pairs between named classes.

    Punned institution types keep their class axioms but lose their individual typing (`it:hospital a
    skos:Concept, pkg:InstitutionType`): those types carry no axioms the reasoner needs, and owlready2 would
    read HermiT's inferred individual types back as super-classes of the class with the same IRI."""
    import rdflib

    graph = rdflib.Graph()
    for path in ontology_sources(directory):
        graph.parse(path, format="turtle")
    punned = (set(graph.subjects(rdflib.RDF.type, rdflib.OWL.Class))
              & set(graph.subjects(rdflib.RDF.type, rdflib.SKOS.Concept)))
    for s in punned:
        for o in list(graph.objects(s, rdflib.RDF.type)):
            if o != rdflib.OWL.Class:
                graph.remove((s, rdflib.RDF.type, o))
    graph.serialize(target, format="nt", encoding="utf-8")
    return {(str(s), str(o)) for s, o in graph.subject_objects(rdflib.RDFS.subClassOf)
            if isinstance(s, rdflib.URIRef) and isinstance(o, rdflib.URIRef)}


def reason(directory: Path = ONTOLOGY_DIR) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int, float]:
    """Run HermiT; return (all subclass pairs after reasoning, asserted pairs, named classes, seconds)."""
    import owlready2

    with tempfile.TemporaryDirectory(prefix="policykg-owl-") as tmp:
        nt = Path(tmp) / "ontology.nt"
        asserted = _merged_ntriples(directory, nt)
        world = owlready2.World()
        onto = world.get_ontology(nt.as_uri()).load(format="ntriples")
        # Load every class as a Python object first: owlready2 applies HermiT's results to loaded entities only.
        classes = [c for c in world.classes() if isinstance(getattr(c, "iri", None), str)]
        started = time.perf_counter()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise OntologyInconsistent("HermiT: the ontology and vocabularies are inconsistent",
                                       location=str(directory)) from exc
        seconds = time.perf_counter() - started
        unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if hasattr(c, "iri"))
        if unsatisfiable:
            raise OntologyInconsistent("HermiT: unsatisfiable classes: " + ", ".join(unsatisfiable),
                                       location=str(directory))
        pairs: set[tuple[str, str]] = set()
        thing = OWL + "Thing"
        for cls in classes:
            for anc in cls.ancestors(include_self=False):
                iri = getattr(anc, "iri", None)
                if isinstance(iri, str) and iri not in {thing, cls.iri}:
                    pairs.add((cls.iri, iri))
            for eq in cls.equivalent_to:  # named equivalents are mutual sub-classes
                iri = getattr(eq, "iri", None)
                if isinstance(iri, str) and iri != cls.iri:
                    pairs.update({(cls.iri, iri), (iri, cls.iri)})
        world.close()
    closure = _transitive(pairs)
    return closure, asserted, len(classes), seconds


def _transitive(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    supers: dict[str, set[str]] = {}
    for a, b in pairs:
        supers.setdefault(a, set()).add(b)
    out: set[tuple[str, str]] = set()
    for start in supers:
        stack, seen = list(supers[start]), set()
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            stack.extend(supers.get(node, ()))
        out.update((start, s) for s in seen if s != start)
    return out


def hierarchy_turtle(pairs: set[tuple[str, str]]) -> str:
    """Sorted Turtle of the subclass pairs (full IRIs, one triple per line)."""
    lines = ["# GENERATED by `policykg ontology check`: rdfs:subClassOf closure after HermiT reasoning.\n"]
    lines += [f"<{a}> <{RDFS}subClassOf> <{b}> .\n" for a, b in sorted(pairs)]
    return "".join(lines)


def check_ontology(out_path: Path | str | None = None, directory: Path = ONTOLOGY_DIR) -> CheckReport:
    """Reason with HermiT; raise `OntologyInconsistent` on failure; write the hierarchy to `out_path` if given."""
    pairs, asserted, classes, seconds = reason(directory)
    out = Path(out_path) if out_path else None
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(hierarchy_turtle(pairs), encoding="utf-8")
    report = CheckReport(True, classes, len(pairs), len(pairs - _transitive(asserted)), seconds, out)
    log.info("%s", report)
    return report


def inferred_hierarchy_quads(graph: str, directory: Path = ONTOLOGY_DIR, cache_dir: Path = CACHE_DIR) -> list:
    """The inferred hierarchy as pyoxigraph quads in `graph`, cached by ontology digest (HermiT runs once)."""
    from pyoxigraph import NamedNode, Quad, RdfFormat, parse

    cache = cache_dir / f"inferred-{ontology_digest(directory)[:16]}.ttl"
    if not cache.exists():
        pairs, _, _, _ = reason(directory)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(hierarchy_turtle(pairs), encoding="utf-8")
            tmp.replace(cache)
        except OSError:
            log.warning("cannot cache the inferred hierarchy in %s", cache_dir)
            text = hierarchy_turtle(pairs).encode("utf-8")
            return sorted((Quad(t.subject, t.predicate, t.object, NamedNode(graph))
                           for t in parse(text, format=RdfFormat.TURTLE)), key=str)
    g = NamedNode(graph)
    with cache.open("rb") as fh:
        return sorted((Quad(t.subject, t.predicate, t.object, g) for t in parse(fh, format=RdfFormat.TURTLE)), key=str)
