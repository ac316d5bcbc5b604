"""Real SPARQL clients against a real waitress server over the seed store: SPARQLWrapper and rdflib's SPARQLStore.

Every answer is checked for its values (the five PolicyDocument IRIs of the seed corpus and their titles, as
the corpus manifest states them), not only for its status, and every client conversion runs with the
client's own content-type warnings turned into errors. A second server with a tiny result limit checks that
cut answers still parse with both clients.
"""

from __future__ import annotations

import csv
import io
import tomllib
import warnings
from collections.abc import Iterator
from dataclasses import replace

import pytest
import rdflib
from pyoxigraph import QueryResultsFormat, parse_query_results
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

from policykg.settings import ROOT
from tests.conftest import BASE, SEEDS
from tests.test_endpoint_protocol import running_server

PKG = rdflib.Namespace(BASE + "ontology#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
PREFIXES = f"PREFIX pkg: <{PKG}>\nPREFIX dct: <{DCT}>\n"
DOC_TITLES = PREFIXES + "SELECT ?d ?t WHERE { ?d a pkg:PolicyDocument ; dct:title ?t } ORDER BY ?d"
CONSTRUCT_TITLES = PREFIXES + "CONSTRUCT { ?d dct:title ?t } WHERE { ?d a pkg:PolicyDocument ; dct:title ?t }"

_MANIFEST = tomllib.loads((ROOT / "data" / "corpus" / "manifest.toml").read_text(encoding="utf-8"))
TITLES = {f"{BASE}doc/{d['id']}": d["title"] for d in _MANIFEST["document"] if d["id"] in SEEDS.values()}
"""The seed documents' IRIs → their titles, from the corpus manifest (not from the graph under test)."""
DOCS = sorted(TITLES)
GUANGDONG = f"{BASE}doc/{SEEDS['guangdong']}"
GUANGDONG_GRAPH = f"{BASE}graph/{SEEDS['guangdong']}"
ZHONGSHAN_GRAPH = f"{BASE}graph/{SEEDS['zhongshan']}"

pytestmark = pytest.mark.filterwarnings(  # SPARQLWrapper's and rdflib's own code use rdflib's deprecated API
    "ignore:(ConjunctiveGraph|Dataset.default_context) is deprecated:DeprecationWarning")


def test_expected_values_cover_the_five_seeds() -> None:
    assert len(TITLES) == 5 and all(TITLES.values())


@pytest.fixture(scope="module")
def settings(seed_settings):
    return replace(seed_settings, query_workers=1, page_workers=0, threads=4, result_limit=10000)


@pytest.fixture(scope="module")
def endpoint(settings) -> Iterator[str]:
    with running_server(settings) as base:
        yield base + "/sparql"


@pytest.fixture(scope="module")
def cut_endpoint(settings) -> Iterator[str]:
    """A server whose answers are cut after 3 results."""
    with running_server(replace(settings, result_limit=3)) as base:
        yield base + "/sparql"


def run(sw: SPARQLWrapper):
    """Query and convert, with SPARQLWrapper's warnings (e.g. an unexpected Content-Type) as errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        return sw.query().convert()


def wrapper(endpoint: str, query: str, fmt: str, method: str = GET, request_method: str = URLENCODED) -> SPARQLWrapper:
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setRequestMethod(request_method)
    return sw


def titles_of_graph(g: rdflib.Graph) -> dict[str, str]:
    found = {str(s): o for s, o in g.subject_objects(DCT.title)}
    assert {o.language for o in found.values()} == {"zh-hans"}
    return {s: str(o) for s, o in found.items()}


# --- SPARQLWrapper: SELECT ----------------------------------------------------------------------------
@pytest.mark.parametrize("method,request_method", [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_sparqlwrapper_select_json(endpoint, method, request_method) -> None:
    doc = run(wrapper(endpoint, DOC_TITLES, JSON, method, request_method))
    assert doc["head"]["vars"] == ["d", "t"]
    rows = doc["results"]["bindings"]
    assert [r["d"]["value"] for r in rows] == DOCS
    assert {r["d"]["value"]: r["t"]["value"] for r in rows} == TITLES
    assert {(r["d"]["type"], r["t"]["type"], r["t"]["xml:lang"]) for r in rows} == {("uri", "literal", "zh-hans")}


def test_sparqlwrapper_select_xml(endpoint) -> None:
    dom = run(wrapper(endpoint, DOC_TITLES, XML))
    found = {}
    for result in dom.getElementsByTagName("result"):
        values = {b.getAttribute("name"): b for b in result.getElementsByTagName("binding")}
        iri = values["d"].getElementsByTagName("uri")[0].firstChild.data
        literal = values["t"].getElementsByTagName("literal")[0]
        assert literal.getAttribute("xml:lang") == "zh-hans"
        found[iri] = literal.firstChild.data
    assert found == TITLES


def test_sparqlwrapper_select_csv(endpoint) -> None:
    data = run(wrapper(endpoint, DOC_TITLES, CSV, POST))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert [r["d"] for r in rows] == DOCS
    assert {r["d"]: r["t"] for r in rows} == TITLES


def test_sparqlwrapper_select_tsv(endpoint) -> None:
    data = run(wrapper(endpoint, DOC_TITLES, TSV))
    assert data.decode("utf-8").splitlines()[0] == "?d\t?t"
    solutions = list(parse_query_results(data, format=QueryResultsFormat.TSV))
    assert {s["d"].value: s["t"].value for s in solutions} == TITLES
    assert {s["t"].language for s in solutions} == {"zh-hans"}


# --- SPARQLWrapper: CONSTRUCT, DESCRIBE, ASK ---------------------------------------------------------------
@pytest.mark.parametrize("fmt", [RDFXML, XML, JSONLD])
def test_sparqlwrapper_construct_as_rdflib_graph(endpoint, fmt) -> None:
    """RDF/XML and JSON-LD answers come back from SPARQLWrapper as rdflib graphs."""
    g = run(wrapper(endpoint, CONSTRUCT_TITLES, fmt, POST))
    assert isinstance(g, rdflib.Graph)
    assert len(g) == 5 and titles_of_graph(g) == TITLES


@pytest.mark.parametrize("fmt", [TURTLE, N3])
def test_sparqlwrapper_construct_as_turtle(endpoint, fmt) -> None:
    sw = wrapper(endpoint, CONSTRUCT_TITLES, fmt)
    answer = sw.query()
    assert answer.info()["content-type"].startswith("text/turtle")
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        data = answer.convert()
    g = rdflib.Graph().parse(data=data, format="turtle")
    assert len(g) == 5 and titles_of_graph(g) == TITLES


def test_sparqlwrapper_describe(endpoint) -> None:
    data = run(wrapper(endpoint, f"DESCRIBE <{GUANGDONG}>", TURTLE))
    g = rdflib.Graph().parse(data=data, format="turtle")
    doc = rdflib.URIRef(GUANGDONG)
    assert (doc, rdflib.RDF.type, PKG.PolicyDocument) in g
    assert str(g.value(doc, DCT.title)) == TITLES[GUANGDONG]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(endpoint, fmt) -> None:
    def ask(query: str) -> bool:
        answer = run(wrapper(endpoint, PREFIXES + query, fmt, POST))
        if fmt == JSON:
            return answer["boolean"]
        return answer.getElementsByTagName("boolean")[0].firstChild.data == "true"

    assert ask(f"ASK {{ <{GUANGDONG}> a pkg:PolicyDocument ; dct:title \"{TITLES[GUANGDONG]}\"@zh-hans }}") is True
    assert ask(f"ASK {{ <{GUANGDONG}> dct:title \"{TITLES[GUANGDONG]}\"@en }}") is False


# --- SPARQLWrapper: the dataset -------------------------------------------------------------------------------
def test_sparqlwrapper_query_with_from(endpoint) -> None:
    q = PREFIXES + f"SELECT ?d ?t FROM <{GUANGDONG_GRAPH}> WHERE {{ ?d a pkg:PolicyDocument ; dct:title ?t }}"
    for method in (GET, POST):
        rows = run(wrapper(endpoint, q, JSON, method))["results"]["bindings"]
        assert [(r["d"]["value"], r["t"]["value"]) for r in rows] == [(GUANGDONG, TITLES[GUANGDONG])]
    q = PREFIXES + (f"SELECT DISTINCT ?g ?d FROM NAMED <{GUANGDONG_GRAPH}> FROM NAMED <{ZHONGSHAN_GRAPH}> "
                    "WHERE { GRAPH ?g { ?d a pkg:PolicyDocument } } ORDER BY ?g")
    rows = run(wrapper(endpoint, q, JSON))["results"]["bindings"]
    assert [(r["g"]["value"], r["d"]["value"]) for r in rows] == [
        (GUANGDONG_GRAPH, GUANGDONG), (ZHONGSHAN_GRAPH, f"{BASE}doc/{SEEDS['zhongshan']}")]


def test_sparqlwrapper_default_graph_parameter_overrides_from(endpoint) -> None:
    q = PREFIXES + f"SELECT ?d FROM <{ZHONGSHAN_GRAPH}> WHERE {{ ?d a pkg:PolicyDocument }}"
    sw = wrapper(endpoint, q, JSON)
    sw.addParameter("default-graph-uri", GUANGDONG_GRAPH)
    assert [r["d"]["value"] for r in run(sw)["results"]["bindings"]] == [GUANGDONG]


# --- rdflib's SPARQLStore -------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt,method", [("xml", "GET"), ("json", "POST"), ("json", "POST_FORM"), ("tsv", "GET")])
def test_rdflib_sparqlstore_select(endpoint, fmt, method) -> None:
    g = rdflib.Graph(SPARQLStore(endpoint, returnFormat=fmt, method=method))
    result = g.query(DOC_TITLES)
    assert [str(v) for v in result.vars] == ["d", "t"]
    rows = list(result)
    assert [str(r.d) for r in rows] == DOCS and all(isinstance(r.d, rdflib.URIRef) for r in rows)
    assert {str(r.d): str(r.t) for r in rows} == TITLES
    assert {r.t.language for r in rows} == {"zh-hans"}


def test_rdflib_sparqlstore_graph_api(endpoint, seed_store) -> None:
    store = SPARQLStore(endpoint, returnFormat="json")
    g = rdflib.Graph(store)
    assert sorted(str(s) for s in g.subjects(rdflib.RDF.type, PKG.PolicyDocument)) == DOCS
    assert {d: str(g.value(rdflib.URIRef(d), DCT.title)) for d in DOCS} == TITLES
    assert (rdflib.URIRef(GUANGDONG), rdflib.RDF.type, PKG.PolicyDocument) in g
    assert (rdflib.URIRef(GUANGDONG), rdflib.RDF.type, PKG.Nothing) not in g
    direct = int(seed_store.query("SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }").values()[0]["c"])
    assert len(g) == direct > 1000
    assert g.query(PREFIXES + f"ASK {{ <{GUANGDONG}> a pkg:PolicyDocument }}").askAnswer is True
    # CONSTRUCT needs an RDF type in Accept: rdflib's "xml" sends application/rdf+xml (its "json" asks only for
    # SPARQL JSON results, which no graph comes in: 406)
    constructed = rdflib.Graph(SPARQLStore(endpoint, returnFormat="xml")).query(CONSTRUCT_TITLES).graph
    assert len(constructed) == 5 and titles_of_graph(constructed) == TITLES


def test_rdflib_sparqlstore_dataset(endpoint, seed_store) -> None:
    """Dataset over the store: contexts are the named graphs; one graph's view is sent as default-graph-uri."""
    store = SPARQLStore(endpoint, returnFormat="xml", method="POST")
    ds = rdflib.Dataset(store=store)
    # `SELECT ?name WHERE { GRAPH ?name {} }`: every named graph (Dataset.graphs() itself would then try to
    # add the default graph to the store, which a read-only SPARQLStore refuses: an rdflib limitation)
    names = {str(name) for name in store.contexts()}
    assert names == set(seed_store.graphs()) and GUANGDONG_GRAPH in names
    one = ds.get_context(rdflib.URIRef(GUANGDONG_GRAPH))
    assert list(one.subjects(rdflib.RDF.type, PKG.PolicyDocument)) == [rdflib.URIRef(GUANGDONG)]
    direct = seed_store.query(f"SELECT (COUNT(*) AS ?c) WHERE {{ GRAPH <{GUANGDONG_GRAPH}> {{ ?s ?p ?o }} }}")
    assert len(one) == int(direct.values()[0]["c"]) > 0
    rows = list(ds.query(PREFIXES + "SELECT ?g ?d WHERE { GRAPH ?g { ?d a pkg:PolicyDocument } } ORDER BY ?d"))
    assert [(str(r.g), str(r.d)) for r in rows] == [(f"{BASE}graph/{d.rsplit('/', 1)[1]}", d) for d in DOCS]


# --- a cut answer parses with both clients ------------------------------------------------------------------
def test_truncated_results_parse_with_sparqlwrapper(cut_endpoint) -> None:
    answer = wrapper(cut_endpoint, DOC_TITLES, JSON).query()
    headers = answer.info()
    assert headers["x-policykg-truncated"] == "true" and headers["x-policykg-rows"] == "3"
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        doc = answer.convert()
    assert set(doc) == {"head", "results"}
    rows = doc["results"]["bindings"]
    assert [r["d"]["value"] for r in rows] == DOCS[:3]
    assert all(r["t"]["value"] == TITLES[r["d"]["value"]] for r in rows)
    dom = run(wrapper(cut_endpoint, DOC_TITLES, XML))
    assert len(dom.getElementsByTagName("result")) == 3
    g = rdflib.Graph().parse(data=run(wrapper(cut_endpoint, CONSTRUCT_TITLES, TURTLE)), format="turtle")
    assert len(g) == 3 and all(TITLES[s] == t for s, t in titles_of_graph(g).items())


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_truncated_results_parse_with_rdflib(cut_endpoint, fmt) -> None:
    g = rdflib.Graph(SPARQLStore(cut_endpoint, returnFormat=fmt))
    rows = list(g.query(DOC_TITLES))
    assert [str(r.d) for r in rows] == DOCS[:3]
    assert all(str(r.t) == TITLES[str(r.d)] for r in rows)
    assert len(list(g.triples((None, rdflib.RDF.type, None)))) == 3
    constructed = rdflib.Graph(SPARQLStore(cut_endpoint, returnFormat="xml")).query(CONSTRUCT_TITLES).graph
    assert len(constructed) == 3 and all(TITLES[s] == t for s, t in titles_of_graph(constructed).items())
