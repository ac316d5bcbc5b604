"""Ontology: parses, documents every own term, HermiT finds it consistent and infers the institution hierarchy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, URIRef

from loaders.ontology_check import check_ontology, hierarchy_turtle, ontology_sources
from policykg.errors import OntologyInconsistent

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "policykg.ttl"
PKG = "https://w3id.org/policykg/ontology#"
IT = "https://w3id.org/policykg/vocab/institution-type/"
ELI = "http://data.europa.eu/eli/ontology#"
# ELI terms the ontology relies on; each is a term of the ELI ontology (http://data.europa.eu/eli/ontology#).
ELI_TERMS = {"LegalResource", "LegalResourceSubdivision", "is_part_of", "has_part", "cites", "implements",
             "passed_by", "is_about", "date_document", "id_local", "title"}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def inferred(tmp_path_factory: pytest.TempPathFactory) -> tuple[rdflib.Graph, object]:
    out = tmp_path_factory.mktemp("owl") / "inferred.ttl"
    report = check_ontology(out)
    return rdflib.Graph().parse(out), report


def test_every_source_parses() -> None:
    for path in [*ontology_sources(), ROOT / "ontology" / "shapes.ttl"]:
        assert len(rdflib.Graph().parse(path)) > 0, path


def test_own_terms_have_labels_definitions_and_a_reason(onto: rdflib.Graph) -> None:
    own = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(PKG)}
    assert len(own) > 80
    for term in own:
        langs = {lbl.language for lbl in onto.objects(term, RDFS.label)}
        assert {"zh-Hans", "en"} <= langs, term
        assert onto.value(term, RDFS.comment) or onto.value(term, SKOS.definition), term
        if (term, RDF.type, OWL.NamedIndividual) not in onto:
            assert onto.value(term, SKOS.editorialNote), f"{term}: say why it is our own"


def test_core_classes_and_reuse(onto: rdflib.Graph) -> None:
    sub = {(str(s), str(o)) for s, o in onto.subject_objects(RDFS.subClassOf)}
    assert (PKG + "PolicyDocument", ELI + "LegalResource") in sub
    assert (PKG + "Provision", ELI + "LegalResourceSubdivision") in sub
    assert (PKG + "Agency", "http://www.w3.org/ns/org#Organization") in sub
    for fact in ("Target", "Observation", "DepartmentRequirement", "Responsibility", "Citation"):
        assert (PKG + fact, PKG + "ExtractedFact") in sub
    subprop = {(str(s), str(o)) for s, o in onto.subject_objects(RDFS.subPropertyOf)}
    assert (PKG + "implements", PKG + "cites") in subprop
    assert (PKG + "cites", ELI + "cites") in subprop
    assert (PKG + "institutionScope", PKG + "scope") in subprop
    used_eli = {str(t)[len(ELI):] for t in set(onto.subjects()) | set(onto.objects()) if str(t).startswith(ELI)}
    assert used_eli <= ELI_TERMS


def test_domains_and_ranges_are_declared_terms(onto: rdflib.Graph) -> None:
    declared = set(onto.subjects(RDF.type, OWL.Class)) | set(onto.subjects(RDF.type, RDFS.Datatype))
    for prop, target in [*onto.subject_objects(RDFS.domain), *onto.subject_objects(RDFS.range)]:
        builtin = str(target).startswith("http://www.w3.org/2001/XMLSchema#") or target in (RDF.langString,
                                                                                           RDF.PlainLiteral)
        if isinstance(target, URIRef) and not builtin:
            assert target in declared, f"{prop} points to undeclared {target}"


def test_hermit_consistent_and_infers_public_hospital(inferred: tuple[rdflib.Graph, object]) -> None:
    graph, report = inferred
    assert report.consistent and report.inferred_only > 0
    sub = URIRef(IT + "secondary-plus-public-general-hospital")
    supers = set(graph.objects(sub, RDFS.subClassOf))
    for parent in ("public-hospital", "general-hospital", "hospital", "public-general-hospital",
                   "secondary-plus-hospital", "medical-institution"):
        assert URIRef(IT + parent) in supers, parent
    # the definitions do the work: none of these is asserted in the vocabulary
    vocab = rdflib.Graph().parse(ROOT / "ontology" / "vocab" / "institution-types.ttl")
    assert not set(vocab.objects(sub, RDFS.subClassOf))
    assert URIRef(IT + "secondary-plus-public-general-hospital") not in set(
        graph.subjects(RDFS.subClassOf, URIRef(IT + "tertiary-hospital")))
    assert URIRef(IT + "tertiary-public-hospital") in set(
        graph.subjects(RDFS.subClassOf, URIRef(IT + "secondary-plus-public-hospital")))
    assert (URIRef(IT + "hospital"), RDFS.subClassOf, URIRef(PKG + "InstitutionType")) not in graph


def test_hierarchy_output_is_sorted_and_stable() -> None:
    pairs = {("urn:b", "urn:c"), ("urn:a", "urn:b")}
    text = hierarchy_turtle(pairs)
    assert text == hierarchy_turtle(set(reversed(sorted(pairs))))
    assert text.index("<urn:a>") < text.index("<urn:b> <")


def test_inconsistency_is_reported(tmp_path: Path) -> None:
    for path in ontology_sources():
        if path.name == "jurisdictions.ttl":
            continue
        rel = path.relative_to(ROOT / "ontology")
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, tmp_path / rel)
    (tmp_path / "vocab" / "broken.ttl").write_text(
        "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n"
        "<urn:x:fact> a pkg:Target , pkg:Observation .\n", encoding="utf-8")
    with pytest.raises(OntologyInconsistent):
        check_ontology(None, directory=tmp_path)


def test_query_for_public_hospital_targets_uses_the_inferred_hierarchy(inferred: tuple[rdflib.Graph, object]) -> None:
    from pyoxigraph import RdfFormat, Store

    graph, _ = inferred
    store = Store()
    store.load(graph.serialize(format="nt").encode("utf-8"), format=RdfFormat.N_TRIPLES)
    store.load(f"""
        <urn:req:im-geriatrics> a <{PKG}DepartmentRequirement> ;
            <{PKG}institutionScope> <{IT}secondary-plus-public-general-hospital> .
        <urn:req:township> a <{PKG}DepartmentRequirement> ; <{PKG}institutionScope> <{IT}township-health-centre> .
        <urn:target:public> a <{PKG}Target> ; <{PKG}scope> <{IT}public-hospital> .
    """.encode(), format=RdfFormat.TURTLE)
    rows = store.query(f"""
        PREFIX pkg: <{PKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?t WHERE {{ ?t pkg:scope|pkg:institutionScope ?s . ?s rdfs:subClassOf? <{IT}public-hospital> }}
        ORDER BY ?t""")
    assert [str(r["t"].value) for r in rows] == ["urn:req:im-geriatrics", "urn:target:public"]


def test_generated_docs_are_up_to_date(tmp_path: Path) -> None:
    from loaders.ontology_docs import main

    out = main(tmp_path / "ontology.md")
    assert out.read_bytes() == (ROOT / "docs" / "ontology.md").read_bytes(), "run `python -m loaders.ontology_docs`"
    text = out.read_text(encoding="utf-8")
    for term in ("pkg:Target", "pkg:Observation", "pkg:DepartmentRequirement", "pkg:Responsibility", "pkg:evidence",
                 "ind:physicians-per-1000", "it:secondary-plus-public-general-hospital", "dep:geriatrics"):
        assert f"`{term}`" in text, term
