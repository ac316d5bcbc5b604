"""The SPARQL 1.1 service description of /sparql and the VoID description of the dataset.

Served at a bare `GET /sparql` (non-browsers) and at `/.well-known/void` (the VoID convention), in
Turtle, N-Triples, JSON-LD or RDF/XML by content negotiation. The counts come from the canned queries
`dataset-statistics` and `classes` plus the store's per-graph statistics, cached for a minute.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, current_app, request
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from graph_store.base import GraphStore
from graph_store.catalogue import Catalogue
from graph_store.formats import GRAPH_FORMATS, RESULT_FORMATS, Format
from graph_store.sidecar import IndexReader
from ontology.namespaces import DCTERMS, PREFIXES, RDF, RDFS, SD, VOID, XSD
from policykg import __version__
from policykg.errors import PolicyKGError
from policykg.settings import Settings

bp = Blueprint("service_description", __name__)

FORMATS_NS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
               "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG"}


@dataclass(frozen=True)
class DatasetFacts:
    """What the VoID description states about the data."""

    totals: dict[str, int]
    graphs: dict[str, int]
    classes: list[tuple[str, int]]
    vocabularies: list[str]
    modified: str = ""


def dataset_facts(store: GraphStore, catalogue: Catalogue) -> DatasetFacts:
    """Counts for VoID, as the build recorded them (build graph statistics, the index's graph sizes): nothing is
    counted at request time."""
    stats = catalogue.get("dataset-statistics")
    row = store.query(stats.text, stats.bindings()).values()
    totals: dict[str, int] = {}
    vocabularies: list[str] = []
    modified = ""
    if row:
        totals = {k: int(row[0][k] or 0) for k in ("triples", "documents", "classes")}
        modified = row[0]["modified"]
        used = catalogue.get("ui-dataset-vocabularies")
        vocabularies = [r["vocabulary"] for r in store.query(used.text).values()]
    classes = catalogue.get("classes")
    per_class = [(r["class"], int(r["instances"])) for r in store.query(classes.text, classes.bindings()).values()
                 if r["class"].startswith(("http://", "https://"))]
    path = store.index_path()
    graphs = dict(IndexReader(path).graph_sizes()) if path else {}
    return DatasetFacts(totals, graphs, per_class, vocabularies, modified)


def cached_facts() -> DatasetFacts:
    """The dataset facts of the live store version (computed once per version)."""
    store: GraphStore = current_app.extensions["policykg.store"]
    cache = current_app.extensions.setdefault("policykg.void_cache", {})
    version = store.version()
    if cache.get("version") != version:
        cache["facts"] = dataset_facts(store, current_app.extensions["policykg.catalogue"])
        cache["version"] = version
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
    for vocabulary in facts.vocabularies:
        add(dataset, VOID + "vocabulary", NamedNode(vocabulary))
    add(dataset, VOID + "dataDump", NamedNode(endpoint.rsplit("/", 1)[0] + "/dump.nq"))
    add(dataset, DCTERMS + "license", NamedNode("https://creativecommons.org/publicdomain/zero/1.0/"))
    if facts.modified:
        add(dataset, DCTERMS + "modified", Literal(facts.modified, datatype=NamedNode(XSD + "dateTime")))
    names = {"triples": "triples", "classes": "classes", "documents": "documents"}
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


@bp.route("/dump.nq")
def dump() -> Response:
    """The whole dataset as N-Quads (void:dataDump), streamed graph by graph (graph_store.export)."""
    import io

    from graph_store.export import export_graph

    store: GraphStore = current_app.extensions["policykg.store"]
    source = getattr(store, "inner", store)

    def chunks():
        for graph in source.graphs():
            buf = io.BytesIO()
            one = _OneGraph(source, graph)
            export_graph(one, "nquads", buf, include_build_log=True)
            yield buf.getvalue()

    return Response(chunks(), mimetype="application/n-quads",
                    headers={"Content-Disposition": 'attachment; filename="policykg.nq"'})


class _OneGraph:
    """A store seen as holding one of its graphs (to stream an export graph by graph)."""

    def __init__(self, store: GraphStore, graph: str) -> None:
        self.store, self.graph = store, graph

    def graphs(self) -> list[str]:
        return [self.graph]

    def dump(self, graph: str | None = None) -> list:
        return self.store.dump(self.graph)


@bp.route("/.well-known/void")
def void() -> Response:
    """The VoID description (with the service description), by content negotiation or `format=`."""
    from web.sparql import negotiate

    return render_description(negotiate(GRAPH_FORMATS, request.args.get("format", "")))


def _register_errors() -> None:
    from web.sparql import protocol_error

    bp.register_error_handler(PolicyKGError, protocol_error)


_register_errors()
