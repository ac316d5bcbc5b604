"""SHACL shapes: a well-formed fact conforms; broken targets, evidence and roles are caught."""

from __future__ import annotations

import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

from loaders.shacl import ValidationReport, validate

PKG = Namespace("https://w3id.org/policykg/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
DCT = Namespace("http://purl.org/dc/terms/")
BASE = "https://w3id.org/policykg/"
DOC = URIRef(BASE + "doc/jiaohe")
IND = URIRef(BASE + "vocab/indicator/physicians-per-1000")
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def _evidence(g: rdflib.Graph, node: URIRef, quote: str = "每千人口执业（助理）医师数3.9人", start: int = 10,
              end: int = 25) -> None:
    ann, target = URIRef(node + "/evidence"), URIRef(node + "/evidence/target")
    q, p = URIRef(node + "/evidence/quote"), URIRef(node + "/evidence/position")
    g.add((node, PKG.evidence, ann))
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, node))
    g.add((ann, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, DOC))
    g.add((target, OA.hasSelector, q))
    g.add((target, OA.hasSelector, p))
    g.add((q, RDF.type, OA.TextQuoteSelector))
    g.add((q, OA.exact, Literal(quote)))
    g.add((p, RDF.type, OA.TextPositionSelector))
    g.add((p, OA.start, Literal(start)))
    g.add((p, OA.end, Literal(end)))


def _base_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.add((DOC, RDF.type, PKG.PolicyDocument))
    g.add((DOC, DCT.title, Literal("蛟河市“十四五”医疗卫生服务体系规划", lang="zh-Hans")))
    g.add((DOC, DCT.source, Literal("jiaohe.txt")))
    g.add((DOC, PKG.jurisdictionName, Literal("蛟河市", lang="zh-Hans")))
    g.add((DOC, PKG.jurisdiction, URIRef(BASE + "vocab/jurisdiction/220281")))
    prov_node = URIRef(DOC + "/p/3")
    g.add((prov_node, RDF.type, PKG.Provision))
    g.add((prov_node, ELI.is_part_of, DOC))
    g.add((prov_node, PKG.path, Literal("3")))
    g.add((prov_node, PKG.rawStart, Literal(0)))
    g.add((prov_node, PKG.rawEnd, Literal(100)))
    return g


def _target(g: rdflib.Graph, comparator: str = ">=", value: Literal | None = None, evidence: bool = True) -> URIRef:
    t = URIRef(DOC + "/target/10-25")
    g.add((t, RDF.type, PKG.Target))
    g.add((t, PKG.indicator, IND))
    g.add((t, PKG.comparator, Literal(comparator)))
    g.add((t, PKG.value, value if value is not None else Literal("3.9", datatype=DECIMAL)))
    g.add((t, PKG.targetYear, Literal(2025)))
    g.add((t, PKG.nature, PKG.Expected))
    g.add((t, PKG.scope, URIRef(BASE + "vocab/population/residents")))
    g.add((t, PROV.wasGeneratedBy, URIRef(BASE + "extractor/targets/1")))
    if evidence:
        _evidence(g, t)
    return t


def _messages(report: ValidationReport) -> str:
    return "\n".join(f"{r.focus} {r.path} {r.message}" for r in report.results)


def test_well_formed_target_conforms() -> None:
    g = _base_graph()
    _target(g)
    report = validate(g)
    assert report.conforms, report.text


def test_bad_comparator_is_a_violation() -> None:
    g = _base_graph()
    _target(g, comparator="!!")
    report = validate(g)
    assert not report.conforms
    assert any(r.path.endswith("#comparator") for r in report.results), _messages(report)


def test_non_decimal_value_is_a_violation() -> None:
    g = _base_graph()
    _target(g, value=Literal("abc"))
    report = validate(g)
    assert not report.conforms
    assert any(r.path.endswith("#value") for r in report.results), _messages(report)


def test_missing_evidence_is_a_violation() -> None:
    g = _base_graph()
    _target(g, evidence=False)
    report = validate(g)
    assert not report.conforms
    assert any(r.path.endswith("#evidence") for r in report.results), _messages(report)


def test_year_out_of_range_and_evidence_offsets() -> None:
    g = _base_graph()
    t = _target(g, evidence=False)
    g.set((t, PKG.targetYear, Literal(2300)))
    _evidence(g, t, start=30, end=20)
    report = validate(g)
    paths = {r.path.rsplit("#", 1)[-1] for r in report.results}
    assert {"targetYear", "start"} <= paths, _messages(report)


def test_empty_quote_is_a_violation() -> None:
    g = _base_graph()
    t = _target(g, evidence=False)
    _evidence(g, t, quote="")
    report = validate(g)
    assert any(r.path.endswith("#exact") for r in report.results), _messages(report)


def test_responsibility_role_must_be_lead_or_support() -> None:
    g = _base_graph()
    agency = URIRef(BASE + "agency/220281/health-commission")
    g.add((agency, RDF.type, PKG.Agency))
    g.add((agency, RDFS.label, Literal("蛟河市卫生健康局", lang="zh-Hans")))
    for role in (PKG.Lead, PKG.Owner):
        r = URIRef(DOC + "/responsibility/" + role.rsplit("#", 1)[-1])
        g.add((r, RDF.type, PKG.Responsibility))
        g.add((r, PKG.provision, URIRef(DOC + "/p/3")))
        g.add((r, PKG.agency, agency))
        g.add((r, PKG.role, role))
        g.add((r, PROV.wasGeneratedBy, URIRef(BASE + "extractor/responsibilities/1")))
        _evidence(g, r)
    report = validate(g)
    bad = {r.focus for r in report.results}
    assert str(DOC) + "/responsibility/Owner" in bad
    assert str(DOC) + "/responsibility/Lead" not in bad


def test_department_requirement_needs_scope_and_department() -> None:
    g = _base_graph()
    d = URIRef(DOC + "/department/1-2")
    g.add((d, RDF.type, PKG.DepartmentRequirement))
    g.add((d, PKG.departmentType, URIRef(BASE + "vocab/department-type/geriatrics")))
    g.add((d, PKG.share, Literal("120", datatype=DECIMAL)))
    g.add((d, PROV.wasGeneratedBy, URIRef(BASE + "extractor/departments/1")))
    _evidence(g, d)
    report = validate(g)
    paths = {r.path.rsplit("#", 1)[-1] for r in report.results if r.focus == str(d)}
    assert {"institutionScope", "share"} <= paths, _messages(report)


def test_accepts_pyoxigraph_quads() -> None:
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import NamedNode, Quad

    g = NamedNode(BASE + "graph/x")
    quads = [Quad(NamedNode(DOC), NamedNode(str(RDF.type)), NamedNode(str(PKG.PolicyDocument)), g),
             Quad(NamedNode(DOC), NamedNode(str(DCT.title)), OxLiteral("标题", language="zh-Hans"), g)]
    report = validate(quads)
    paths = {r.path.rsplit("/", 1)[-1] for r in report.results}
    assert not report.conforms
    assert "source" in paths
