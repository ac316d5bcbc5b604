"""SPARQL 1.1 Protocol conformance of /sparql: operations, dataset, content negotiation, description, limits,
CORS, errors; SPARQLWrapper and many concurrent clients against a real waitress server."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
import rdflib
from pyoxigraph import QueryResultsFormat, parse_query_results

from tests.conftest import stop_waitress
from tests.oxigraph_server import free_port, wait_until_up
from web import create_app, shutdown

PKG = "https://w3id.org/policykg/ontology#"
COUNT_DOCS = f"SELECT (COUNT(?d) AS ?n) WHERE {{ ?d a <{PKG}PolicyDocument> }}"
DOC_TITLES = f"SELECT ?d ?t WHERE {{ ?d a <{PKG}PolicyDocument> ; <http://purl.org/dc/terms/title> ?t }} ORDER BY ?d"
CONSTRUCT = f"CONSTRUCT {{ ?d a <{PKG}PolicyDocument> ; <http://purl.org/dc/terms/title> ?t }} " \
            f"WHERE {{ ?d a <{PKG}PolicyDocument> ; <http://purl.org/dc/terms/title> ?t }}"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


@contextmanager
def running_server(settings) -> Iterator[str]:
    """The app under waitress (several threads) on a free loopback port; yields the base URL."""
    from waitress.server import create_server

    app = create_app(settings)
    port = free_port()
    server = create_server(app, host="127.0.0.1", port=port, threads=settings.threads)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/sparql?query=ASK%7B%7D")
        yield base
    finally:
        stop_waitress(server, thread)
        shutdown(app)


@pytest.fixture(scope="module")
def settings(seed_settings):
    return replace(seed_settings, query_workers=2, result_limit=10000)


@pytest.fixture(scope="module")
def client(settings):
    app = create_app(settings)
    yield app.test_client()
    shutdown(app)


def _n(resp) -> int:
    return int(json.loads(resp.data)["results"]["bindings"][0]["n"]["value"])


# --- operations and dataset ---------------------------------------------------------------------
def test_get_post_form_and_post_direct_give_the_same_answer(client) -> None:
    answers = [
        client.get("/sparql", query_string={"query": COUNT_DOCS}),
        client.post("/sparql", data={"query": COUNT_DOCS}),
        client.post("/sparql", data=COUNT_DOCS.encode(), content_type="application/sparql-query"),
    ]
    assert [r.status_code for r in answers] == [200, 200, 200]
    assert {r.mimetype for r in answers} == {"application/sparql-results+json"}
    assert [_n(r) for r in answers] == [5, 5, 5]


def test_default_and_named_graph_uri_select_the_dataset(client, seed_store) -> None:
    doc_graphs = [g for g in seed_store.graphs() if "/graph/" in g and g.rsplit("/", 1)[1] not in
                  ("build", "ontology", "inferred")]
    one = doc_graphs[0]
    r = client.get("/sparql", query_string={"query": COUNT_DOCS, "default-graph-uri": one})
    assert _n(r) == 1
    r = client.post("/sparql?default-graph-uri=" + one, data=COUNT_DOCS.encode(),
                    content_type="application/sparql-query")
    assert _n(r) == 1
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.post("/sparql", data={"query": q, "named-graph-uri": doc_graphs[:2]})
    assert sorted(b["g"]["value"] for b in json.loads(r.data)["results"]["bindings"]) == sorted(doc_graphs[:2])


def test_union_default_graph_is_configurable(settings) -> None:
    app = create_app(replace(settings, union_default_graph=False, query_workers=1))
    try:
        r = app.test_client().get("/sparql", query_string={"query": COUNT_DOCS})
        assert _n(r) == 0  # every triple lives in a named graph
    finally:
        shutdown(app)


# --- content negotiation ------------------------------------------------------------------------
@pytest.mark.parametrize("accept,fmt,parse_as", [
    ("application/sparql-results+json", "json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "xml", QueryResultsFormat.XML),
    ("text/tab-separated-values", "tsv", QueryResultsFormat.TSV),
])
def test_select_results_formats_carry_the_same_rows(client, accept, fmt, parse_as) -> None:
    for resp in (client.get("/sparql", query_string={"query": DOC_TITLES}, headers={"Accept": accept}),
                 client.get("/sparql", query_string={"query": DOC_TITLES, "format": fmt})):
        assert resp.status_code == 200 and resp.mimetype == accept
        rows = [(s["d"].value, s["t"].value) for s in parse_query_results(resp.data, format=parse_as)]
        assert len(rows) == 5 and all(t for _, t in rows)


def test_csv_results(client) -> None:
    resp = client.get("/sparql", query_string={"query": DOC_TITLES}, headers={"Accept": "text/csv"})
    assert resp.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))
    assert len(rows) == 5 and rows[0]["d"].startswith("https://w3id.org/policykg/doc/")


@pytest.mark.parametrize("accept,fmt,rdflib_format", [
    ("text/turtle", "turtle", "turtle"), ("application/n-triples", "ntriples", "nt"),
    ("application/ld+json", "jsonld", "json-ld"), ("application/rdf+xml", "rdfxml", "xml"),
])
def test_construct_formats_carry_the_same_triples(client, accept, fmt, rdflib_format) -> None:
    graphs = []
    for resp in (client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept}),
                 client.post("/sparql", data={"query": CONSTRUCT, "format": fmt})):
        assert resp.status_code == 200 and resp.mimetype == accept
        graphs.append(rdflib.Graph().parse(data=resp.data, format=rdflib_format))
    assert len(graphs[0]) == 10 and graphs[0].isomorphic(graphs[1])


def test_ask_and_default_formats(client) -> None:
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "*/*"})
    assert r.mimetype == "application/sparql-results+json" and json.loads(r.data)["boolean"] is True
    r = client.get("/sparql", query_string={"query": CONSTRUCT})
    assert r.mimetype == "text/turtle"
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", query_string={"query": DOC_TITLES}, headers={"Accept": browser})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+xml"  # application/xml wins


def test_unsupported_accept_or_format_is_406(client) -> None:
    r = client.get("/sparql", query_string={"query": DOC_TITLES}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.get_data(as_text=True)
    r = client.get("/sparql", query_string={"query": DOC_TITLES, "format": "turtle"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_unknown_post_body_is_415(client) -> None:
    r = client.post("/sparql", data=b"ASK {}", content_type="text/plain")
    assert r.status_code == 415


# --- bare GET: service description or editor ----------------------------------------------------
def test_bare_get_describes_the_service(client) -> None:
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    service = rdflib.URIRef("http://localhost/sparql")
    assert (service, rdflib.RDF.type, SD.Service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.feature, SD.UnionDefaultGraph) in g
    formats = set(g.objects(service, SD.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats and len(formats) == 10
    dataset = g.value(service, SD.defaultDataset)
    assert int(g.value(dataset, VOID.triples)) > 1000
    names = {str(g.value(n, SD.name)) for n in g.objects(dataset, SD.namedGraph)}
    assert len([n for n in names if "/graph/" in n]) >= 7
    partitions = {str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities))
                  for p in g.objects(dataset, VOID.classPartition)}
    assert partitions[PKG + "PolicyDocument"] == 5


def test_bare_get_without_accept_is_turtle_and_void_is_published(client) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    r = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    g = rdflib.Graph().parse(data=r.data, format="json-ld")
    assert any(g.triples((None, VOID.sparqlEndpoint, None)))
    assert client.get("/.well-known/void", headers={"Accept": "image/png"}).status_code == 406


def test_browsers_are_sent_to_the_query_editor(client) -> None:
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["Location"].endswith("/query")


# --- limits, CORS, errors -----------------------------------------------------------------------
def test_result_limit_cuts_with_a_notice_in_every_format(settings) -> None:
    from rdflib.query import Result

    app = create_app(replace(settings, result_limit=3, query_workers=1))
    try:
        c = app.test_client()
        r = c.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 4"})
        doc = json.loads(r.data)
        assert set(doc) == {"head", "results"} and len(doc["results"]["bindings"]) == 3
        assert r.headers["X-PolicyKG-Truncated"] == "true" and r.headers["X-PolicyKG-Rows"] == "3"
        assert "3" in r.headers["X-PolicyKG-Notice"]
        assert len(list(parse_query_results(r.data, format=QueryResultsFormat.JSON))) == 3
        assert len(Result.parse(io.BytesIO(r.data), format="json")) == 3
        for fmt, oxi, rdflib_format, header in (("csv", None, "csv", 1),
                                                ("tsv", QueryResultsFormat.TSV, "tsv", 1),
                                                ("xml", QueryResultsFormat.XML, "xml", 0)):
            r = c.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 10001", "format": fmt})
            assert r.status_code == 200, r.data
            assert r.headers["X-PolicyKG-Truncated"] == "true"
            if oxi is not None:  # pyoxigraph reads no CSV results (the format is lossy)
                assert len(list(parse_query_results(r.data, format=oxi))) == 3
            assert len(Result.parse(io.BytesIO(r.data), format=rdflib_format)) == 3
            if header:
                assert len(r.data.decode().strip().splitlines()) == 3 + header
        r = c.get("/sparql", query_string={"query": COUNT_DOCS})
        assert r.headers["X-PolicyKG-Truncated"] == "false" and set(json.loads(r.data)) == {"head", "results"}
    finally:
        shutdown(app)


def test_cors_is_configurable(settings, client) -> None:
    r = client.get("/sparql", query_string={"query": COUNT_DOCS}, headers={"Origin": "https://a.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    pre = client.open("/sparql", method="OPTIONS", headers={"Origin": "https://a.example",
                                                             "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 204 and "POST" in pre.headers["Access-Control-Allow-Methods"]
    for origins, origin, expected in (("https://a.example,https://b.example", "https://b.example", "https://b.example"),
                                      ("https://a.example", "https://evil.example", None), ("", "https://a.example", None)):
        app = create_app(replace(settings, cors_origins=origins, query_workers=0))
        r = app.test_client().get("/sparql", query_string={"query": COUNT_DOCS}, headers={"Origin": origin})
        assert r.headers.get("Access-Control-Allow-Origin") == expected


def test_malformed_query_is_400_with_message_and_position(client) -> None:
    r = client.get("/sparql", query_string={"query": "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o > ) }"})
    body = r.get_data(as_text=True)
    assert r.status_code == 400 and r.mimetype == "text/plain"
    assert "syntax error at 3:" in body and "^" in body
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s nope:p ?o }"})
    assert r.status_code == 400 and "1:27" in r.get_data(as_text=True)  # oxigraph: prefix not found
    assert client.post("/sparql", data={"query": ""}).status_code == 400


# --- real server: SPARQLWrapper and concurrency ---------------------------------------------------
def test_sparqlwrapper_gets_json_xml_csv_and_turtle(settings) -> None:
    from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

    with running_server(settings) as base:
        sw = SPARQLWrapper(base + "/sparql")
        sw.setQuery(DOC_TITLES)
        sw.setReturnFormat(JSON)
        rows = sw.query().convert()["results"]["bindings"]
        assert len(rows) == 5
        sw.setReturnFormat(XML)
        xml = sw.query().convert()
        assert len(xml.getElementsByTagName("result")) == 5
        sw.setReturnFormat(CSV)
        table = list(csv.DictReader(io.StringIO(sw.query().convert().decode("utf-8"))))
        assert [r["d"] for r in table] == [r["d"]["value"] for r in rows]
        sw.setQuery(CONSTRUCT)
        sw.setReturnFormat(TURTLE)
        g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
        assert len(g) == 10
        sw.setMethod("POST")
        sw.setQuery(COUNT_DOCS)
        sw.setReturnFormat(JSON)
        assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "5"


def test_many_concurrent_clients(settings) -> None:
    import requests

    errors: list[str] = []
    counts: list[int] = []

    def client_loop(i: int) -> None:
        with requests.Session() as s:
            for j in range(8):
                r = s.get(base + "/sparql", params={"query": COUNT_DOCS if (i + j) % 2 else DOC_TITLES},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text}")
                    continue
                rows = r.json()["results"]["bindings"]
                counts.append(int(rows[0]["n"]["value"]) if "n" in rows[0] else len(rows))

    # all clients share one address: lift the per-client limit so every query really runs at once
    with running_server(replace(settings, threads=8, sparql_per_client=32)) as base:
        threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert counts == [5] * 96
