"""The SPARQL 1.1 service description of /sparql and the VoID description of the dataset.

Served at a bare `GET /sparql` (non-browsers) and at `/.well-known/void` (the VoID convention), in
Turtle, N-Triples, JSON-LD or RDF/XML by content negotiation. The counts come from the canned queries
`dataset-statistics` and `classes` plus the store's per-graph statistics, cached for a minute.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Blueprint, Response, current_app, request
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from graph_store.base import GraphStore
from graph_store.catalogue import Catalogue
from graph_store.formats import GRAPH_FORMATS, RESULT_FORMATS, Format
from ontology.namespaces import DCTERMS, ONTOLOGY, PREFIXES, RDF, RDFS, SD, VOID, XSD
from policykg import __version__
from policykg.errors import PolicyKGError
from policykg.settings import Settings

bp = Blueprint("service_description", __name__)

CACHE_SECONDS = 60.0
FORMATS_NS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
               "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG"}
VOCABULARIES = (ONTOLOGY, PREFIXES["eli"], PREFIXES["skos"], PREFIXES["prov"], PREFIXES["oa"], DCTERMS,
                PREFIXES["org"], PREFIXES["qudt"])


@dataclass(frozen=True)
class DatasetFacts:
    """What the VoID description states about the data."""

    totals: dict[str, int]
    graphs: dict[str, int]
    classes: list[tuple[str, int]]


def dataset_facts(store: GraphStore, catalogue: Catalogue) -> DatasetFacts:
    """Counts for VoID, from the canned statistics queries and the store's graph statistics."""
    stats = catalogue.get("dataset-statistics")
    row = store.query(stats.text, stats.bindings()).values()
    totals = {k: int(v or 0) for k, v in row[0].items()} if row else {}
    classes = catalogue.get("classes")
    per_class = [(r["class"], int(r["instances"])) for r in store.query(classes.text, classes.bindings()).values()
                 if r["class"].startswith(("http://", "https://"))]
    return DatasetFacts(totals, store.stats().graphs, per_class)


def cached_facts() -> DatasetFacts:
    cache = current_app.extensions.setdefault("policykg.void_cache", {})
    if cache.get("at", -CACHE_SECONDS) + CACHE_SECONDS < time.monotonic():
        cache["facts"] = dataset_facts(current_app.extensions["policykg.store"],
                                       current_app.extensions["policykg.catalogue"])
        cache["at"] = time.monotonic()
    return cache["facts"]


def describe(endpoint: str, settings: Settings, facts: DatasetFacts) -> list[Triple]:
    """Triples of the service description (sd:) and the dataset's VoID description."""
    out: list[Triple] = []

    def add(s: NamedNode | BlankNode, p: str, o: NamedNode | BlankNode | Literal) -> None:
        out.append(Triple(s, NamedNode(p), o))

    def count(n: int) -> Literal:
        return Literal(str(n), datatype=NamedNode(XSD + "integer"))

    service = NamedNode(endpoint)
    dataset = NamedNode(endpoint + "#dataset")
    add(service, RDF + "type", NamedNode(SD + "Service"))
    add(service, SD + "endpoint", service)
    add(service, SD + "supportedLanguage", NamedNode(SD + "SPARQL11Query"))
    for name in (*RESULT_FORMATS, *GRAPH_FORMATS):
        add(service, SD + "resultFormat", NamedNode(FORMATS_NS + FORMAT_IRIS[name]))
    if settings.allow_service:
        add(service, SD + "feature", NamedNode(SD + "BasicFederatedQuery"))
    if settings.union_default_graph:
        add(service, SD + "feature", NamedNode(SD + "UnionDefaultGraph"))
    add(service, RDFS + "label", Literal(f"policykg {__version__} SPARQL endpoint (read-only)", language="en"))
    add(service, RDFS + "comment", Literal(
        f"Read-only SPARQL 1.1 Query endpoint; updates and LOAD are refused, SERVICE is "
        f"{'allowed' if settings.allow_service else 'refused'}; queries stop after {settings.query_timeout:g} s; "
        f"at most {settings.result_limit} results per answer.", language="en"))
    add(service, SD + "defaultDataset", dataset)
    add(dataset, RDF + "type", NamedNode(SD + "Dataset"))
    add(dataset, RDF + "type", NamedNode(VOID + "Dataset"))
    default_graph = BlankNode("defaultGraph")
    add(dataset, SD + "defaultGraph", default_graph)
    add(default_graph, RDF + "type", NamedNode(SD + "Graph"))
    add(default_graph, VOID + "triples", count(facts.totals.get("triples", 0) if settings.union_default_graph else 0))
    for i, (graph, triples) in enumerate(sorted(facts.graphs.items())):
        named, inner = BlankNode(f"namedGraph{i}"), BlankNode(f"graph{i}")
        add(dataset, SD + "namedGraph", named)
        add(named, RDF + "type", NamedNode(SD + "NamedGraph"))
        add(named, SD + "name", NamedNode(graph))
        add(named, SD + "graph", inner)
        add(inner, RDF + "type", NamedNode(SD + "Graph"))
        add(inner, VOID + "triples", count(triples))
    add(dataset, DCTERMS + "title", Literal("policykg：中国卫生健康政策文件知识图谱", language="zh-hans"))
    add(dataset, DCTERMS + "title", Literal("policykg: knowledge graph of Chinese health-policy documents",
                                            language="en"))
    add(dataset, VOID + "sparqlEndpoint", service)
    add(dataset, VOID + "uriSpace", Literal(settings.base_iri))
    for vocabulary in VOCABULARIES:
        add(dataset, VOID + "vocabulary", NamedNode(vocabulary))
    names = {"triples": "triples", "subjects": "distinctSubjects", "properties": "properties",
             "objects": "distinctObjects", "classes": "classes"}
    for key, prop in names.items():
        if key in facts.totals:
            add(dataset, VOID + prop, count(facts.totals[key]))
    for i, (cls, n) in enumerate(facts.classes):
        partition = BlankNode(f"class{i}")
        add(dataset, VOID + "classPartition", partition)
        add(partition, VOID + "class", NamedNode(cls))
        add(partition, VOID + "entities", count(n))
    return out


def render_description(fmt: Format) -> Response:
    """The description of this endpoint in `fmt`."""
    settings: Settings = current_app.config["POLICYKG"]
    endpoint = request.url_root.rstrip("/") + "/sparql"
    triples = describe(endpoint, settings, cached_facts())
    rdf = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
           "rdfxml": RdfFormat.RDF_XML, "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}[fmt.name]
    prefixes = {p: PREFIXES[p] for p in ("sd", "void", "dcterms", "rdfs", "xsd")}
    data = serialize(triples, format=rdf, prefixes=prefixes if fmt.name in ("turtle", "rdfxml") else None) or b""
    resp = Response(data, mimetype=fmt.mimetype)
    resp.vary.add("Accept")
    return resp


@bp.route("/.well-known/void")
def void() -> Response:
    """The VoID description (with the service description), by content negotiation or `format=`."""
    from web.sparql import negotiate

    return render_description(negotiate(GRAPH_FORMATS, request.args.get("format", "")))


def _register_errors() -> None:
    from web.sparql import protocol_error

    bp.register_error_handler(PolicyKGError, protocol_error)


_register_errors()
