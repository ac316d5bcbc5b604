"""The W3C SPARQL 1.1 Protocol test suite (rdf-tests, `sparql/sparql11/protocol/manifest.ttl`), query part,
run over real HTTP against /sparql under waitress; one test function per W3C test id, named after it.

Data substitution: the W3C cases load `http://kasei.us/2009/09/sparql/data/data0.rdf` … `data3.rdf` from the
web. No network is reachable here, so the module builds a small embedded store whose named graphs carry
those very IRIs as graph names, each holding the same kind of small content the W3C files have: the
document itself typed `foaf:Document`, a `dc:title` and a number, all different between the files except the
type. The assertions are the W3C ones (status codes, media types, and the dataset each request defines:
`default-graph-uri` / `named-graph-uri` override FROM / FROM NAMED in the query; `named-graph-uri` alone
leaves the default graph empty), made stronger where a small known store allows it (the exact rows).

This endpoint is read-only, so the W3C update cases (positive and negative) become "refused": the request
gets a 4xx (403 for updates the endpoint recognises) and the store's quads are unchanged afterwards.

Further protocol checks follow the W3C cases: relative IRIs resolve against the endpoint's URL (or BASE),
long flat queries, strict request reading, the `format=` names SPARQLWrapper sends, and `Vary: Accept`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import rdflib
import requests
from pyoxigraph import Literal, NamedNode, Quad, QueryBoolean, QueryResultsFormat, parse_query_results

from graph_store.embedded import EmbeddedStore
from policykg.settings import Settings
from tests.test_endpoint_protocol import running_server

DATA = "http://kasei.us/2009/09/sparql/data/"
DATA0, DATA1, DATA2, DATA3 = (f"{DATA}data{n}.rdf" for n in range(4))
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FOAF = "http://xmlns.com/foaf/0.1/"
DC = "http://purl.org/dc/terms/"
EX = "http://example.org/protocol-test#"
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")

RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values")
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml", "application/n-quads": "nquads", "application/trig": "trig"}
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"

pytestmark = pytest.mark.filterwarnings(  # rdflib's own parsers use its deprecated API
    "ignore:(ConjunctiveGraph|Dataset.default_context) is deprecated:DeprecationWarning")


def _graph(n: int) -> list[Quad]:
    doc, g = NamedNode(f"{DATA}data{n}.rdf"), NamedNode(f"{DATA}data{n}.rdf")
    return [Quad(doc, NamedNode(RDF_TYPE), NamedNode(FOAF + "Document"), g),
            Quad(doc, NamedNode(DC + "title"), Literal(f"Data {n}", language="en"), g),
            Quad(doc, NamedNode(EX + "number"), Literal(str(n), datatype=XSD_INTEGER), g)]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("w3c") / "store"
    EmbeddedStore(path).replace_all({f"{DATA}data{n}.rdf": _graph(n) for n in range(4)})
    return path


@pytest.fixture(scope="module")
def base(store_path) -> Iterator[str]:
    """The base URL of a waitress server over the W3C store (one query worker, as in production)."""
    settings = Settings(store=str(store_path), query_workers=1, page_workers=0, threads=4, query_timeout=10.0,
                        result_limit=1000)
    with running_server(settings) as url:
        yield url


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


@pytest.fixture
def endpoint(base) -> str:
    return base + "/sparql"


# --- reading answers ------------------------------------------------------------------------------
def media(resp: requests.Response) -> str:
    return resp.headers.get("Content-Type", "").split(";")[0].strip()


def answer(resp: requests.Response):
    """The parsed SPARQL results of a 200 answer (JSON, XML, CSV or TSV, per its Content-Type)."""
    assert resp.status_code == 200, resp.text
    assert media(resp) in RESULT_TYPES, media(resp)
    return parse_query_results(resp.content, format=QueryResultsFormat.from_media_type(media(resp)))


def boolean(resp: requests.Response) -> bool:
    parsed = answer(resp)
    assert isinstance(parsed, QueryBoolean)
    return bool(parsed)


def rows(resp: requests.Response) -> list[dict[str, str]]:
    """SELECT rows as plain values (CSV, which pyoxigraph does not read, through the csv module)."""
    if resp.status_code == 200 and media(resp) == "text/csv":
        return [{k: v for k, v in row.items() if v} for row in csv.DictReader(io.StringIO(resp.content.decode()))]
    parsed = answer(resp)
    names = [v.value for v in parsed.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in parsed]


def graph(resp: requests.Response) -> rdflib.Graph:
    assert resp.status_code == 200, resp.text
    assert media(resp) in RDF_TYPES, media(resp)
    if media(resp) in ("application/n-quads", "application/trig"):
        ds = rdflib.Dataset()
        ds.parse(data=resp.content, format=RDF_TYPES[media(resp)])
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    return rdflib.Graph().parse(data=resp.content, format=RDF_TYPES[media(resp)])


def is_client_error(resp: requests.Response) -> bool:
    return 400 <= resp.status_code < 500


def quads(store_path: Path) -> list[str]:
    """Every quad of the store (default graph included), read from disk, not through the endpoint."""
    return sorted(str(q) for q in EmbeddedStore(store_path, read_only=True).dump())


@pytest.fixture
def refused(store_path) -> Iterator:
    """`refused(resp, *allowed)`: the request got a 4xx (one of `allowed` if given); the data stays unchanged."""
    before = quads(store_path)
    assert len(before) == 12

    def check(resp: requests.Response, *allowed: int) -> None:
        assert is_client_error(resp), (resp.status_code, resp.text)
        if allowed:
            assert resp.status_code in allowed, (resp.status_code, resp.text)

    yield check
    assert quads(store_path) == before


# === W3C query cases ==============================================================================
def test_query_get(http, endpoint) -> None:
    r = http.get(endpoint, params={"query": "ASK {}"})
    assert media(r) in ("application/sparql-results+xml", "application/sparql-results+json")
    assert boolean(r) is True


def test_query_post_form(http, endpoint) -> None:
    r = http.post(endpoint, data={"query": "ASK {}"})
    assert r.request.headers["Content-Type"] == FORM
    assert media(r) in ("application/sparql-results+xml", "application/sparql-results+json")
    assert boolean(r) is True


def test_query_post_direct(http, endpoint) -> None:
    r = http.post(endpoint, data=b"ASK {}", headers={"Content-Type": DIRECT})
    assert media(r) in ("application/sparql-results+xml", "application/sparql-results+json")
    assert boolean(r) is True
    r = http.post(endpoint, data="ASK { FILTER(\"é\" != \"\") }".encode(),
                  headers={"Content-Type": DIRECT + "; charset=UTF-8"})
    assert boolean(r) is True


def test_query_dataset_default_graph(http, endpoint) -> None:
    """Direct POST with `default-graph-uri` in the URL: that graph alone is the default graph."""
    url = f"{endpoint}?default-graph-uri={quote(DATA1, safe='')}"
    r = http.post(url, data=f"ASK {{ <{DATA1}> ?p ?o }}".encode(), headers={"Content-Type": DIRECT})
    assert boolean(r) is True
    r = http.post(url, data=f"ASK {{ <{DATA2}> ?p ?o }}".encode(), headers={"Content-Type": DIRECT})
    assert boolean(r) is False  # not the union of all graphs any more


ASK_BOTH = f"ASK {{ <{DATA1}> ?p ?o . <{DATA2}> ?p ?o }}"


def test_query_dataset_default_graphs_get(http, endpoint) -> None:
    """GET with two `default-graph-uri`: the default graph is their merge."""
    r = http.get(endpoint, params=[("query", ASK_BOTH), ("default-graph-uri", DATA1), ("default-graph-uri", DATA2)])
    assert boolean(r) is True
    r = http.get(endpoint, params=[("query", ASK_BOTH), ("default-graph-uri", DATA1)])
    assert boolean(r) is False


def test_query_dataset_default_graphs_post(http, endpoint) -> None:
    """Form POST with two `default-graph-uri` in the body."""
    r = http.post(endpoint, data=[("query", ASK_BOTH), ("default-graph-uri", DATA1), ("default-graph-uri", DATA2)])
    assert boolean(r) is True
    r = http.post(endpoint, data=[("query", ASK_BOTH), ("default-graph-uri", DATA2), ("default-graph-uri", DATA3)])
    assert boolean(r) is False


ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{DATA1}> ?p ?o }} GRAPH ?g2 {{ <{DATA2}> ?p ?o }} }}"
NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def _named_graphs_case(send) -> None:
    named = [("named-graph-uri", DATA1), ("named-graph-uri", DATA2)]
    assert boolean(send([("query", ASK_NAMED), *named])) is True
    assert sorted(r["g"] for r in rows(send([("query", NAMED_GRAPHS), *named]))) == [DATA1, DATA2]
    # `named-graph-uri` alone: the default graph is empty
    assert boolean(send([("query", "ASK { ?s ?p ?o }"), *named])) is False
    assert boolean(send([("query", ASK_NAMED), ("named-graph-uri", DATA1)])) is False


def test_query_dataset_named_graphs_post(http, endpoint) -> None:
    _named_graphs_case(lambda params: http.post(endpoint, data=params))


def test_query_dataset_named_graphs_get(http, endpoint) -> None:
    _named_graphs_case(lambda params: http.get(endpoint, params=params))


def test_query_dataset_full(http, endpoint) -> None:
    """default-graph-uri data3 and named-graph-uri data1, data2: joins across default and named graphs."""
    q = "SELECT ?g ?x ?s { ?x ?y ?o GRAPH ?g { ?s ?p ?o } }"
    r = http.get(endpoint, params=[("query", q), ("default-graph-uri", DATA3), ("named-graph-uri", DATA1),
                                   ("named-graph-uri", DATA2)])
    found = sorted((b["g"], b["x"], b["s"]) for b in rows(r))
    assert found == [(DATA1, DATA3, DATA1), (DATA2, DATA3, DATA2)]  # data0 is in the store but not the dataset


def test_query_multiple_dataset(http, endpoint) -> None:
    """FROM in the query and `default-graph-uri` in the request: the protocol's dataset wins."""
    q = f"ASK FROM <{DATA2}> {{ <{DATA1}> ?p ?o }}"
    assert boolean(http.get(endpoint, params={"query": q, "default-graph-uri": DATA1})) is True
    assert boolean(http.get(endpoint, params={"query": q})) is False  # without it, FROM defines the dataset
    q = f"ASK FROM NAMED <{DATA2}> {{ GRAPH ?g {{ <{DATA1}> ?p ?o }} }}"
    assert boolean(http.get(endpoint, params={"query": q, "named-graph-uri": DATA1})) is True
    assert boolean(http.get(endpoint, params={"query": q})) is False


def test_query_content_type_select(http, endpoint) -> None:
    q = "SELECT (1 AS ?value) {}"
    r = http.get(endpoint, params={"query": q})
    assert media(r) in RESULT_TYPES and rows(r) == [{"value": "1"}]
    for accept in RESULT_TYPES:
        r = http.get(endpoint, params={"query": q}, headers={"Accept": accept})
        assert media(r) == accept and rows(r) == [{"value": "1"}]
    w3c_accept = "application/sparql-results+xml, application/sparql-results+json;q=0.9, text/csv;q=0.5"
    assert media(http.get(endpoint, params={"query": q}, headers={"Accept": w3c_accept})) == RESULT_TYPES[1]


def test_query_content_type_ask(http, endpoint) -> None:
    for accept in (None, "application/sparql-results+xml", "application/sparql-results+json"):
        r = http.post(endpoint, data={"query": "ASK {}"}, headers={"Accept": accept} if accept else {})
        assert media(r) in RESULT_TYPES[:2] and (accept is None or media(r) == accept)
        assert boolean(r) is True


def test_query_content_type_describe(http, endpoint) -> None:
    r = http.get(endpoint, params={"query": "DESCRIBE <http://example.org/>"})
    assert media(r) in RDF_TYPES and len(graph(r)) == 0
    for accept in RDF_TYPES:
        r = http.get(endpoint, params={"query": f"DESCRIBE <{DATA1}>"}, headers={"Accept": accept})
        assert media(r) == accept
        g = graph(r)
        assert len(g) == 3 and (rdflib.URIRef(DATA1), rdflib.RDF.type, rdflib.URIRef(FOAF + "Document")) in g


def test_query_content_type_construct(http, endpoint) -> None:
    """The W3C query uses relative IRIs: they resolve against the endpoint's URL."""
    q = "CONSTRUCT { <s> <p> 1 } WHERE {}"
    for accept in (None, *RDF_TYPES):
        r = http.post(endpoint, data={"query": q}, headers={"Accept": accept} if accept else {})
        assert media(r) in RDF_TYPES and (accept is None or media(r) == accept)
        g = graph(r)
        base = endpoint.rsplit("/", 1)[0] + "/"
        assert set(g) == {(rdflib.URIRef(base + "s"), rdflib.URIRef(base + "p"), rdflib.Literal(1))}


def test_bad_query_method(http, endpoint) -> None:
    for method in ("PUT", "DELETE", "PATCH"):
        r = http.request(method, endpoint, params={"query": "ASK {}"})
        assert is_client_error(r), (method, r.status_code)
        assert r.status_code == 405


def test_405_names_the_allowed_methods(http, endpoint) -> None:
    r = http.put(endpoint, data=b"ASK {}", headers={"Content-Type": DIRECT})
    assert r.status_code == 405
    assert {m.strip() for m in r.headers.get("Allow", "").split(",")} >= {"GET", "POST"}


def test_bad_multiple_queries(http, endpoint) -> None:
    r = http.get(endpoint, params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert r.status_code == 400
    r = http.post(endpoint, data=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert r.status_code == 400
    r = http.post(endpoint + "?query=ASK%20%7B%7D", data=b"ASK {}", headers={"Content-Type": DIRECT})
    assert r.status_code == 400


def test_bad_query_wrong_media_type(http, endpoint) -> None:
    r = http.post(endpoint, data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert is_client_error(r) and r.status_code == 415


def test_bad_query_missing_form_type(http, endpoint) -> None:
    r = http.post(endpoint, data=b"query=ASK%20%7B%7D")
    assert "Content-Type" not in r.request.headers
    assert is_client_error(r)


def test_bad_query_missing_direct_type(http, endpoint) -> None:
    r = http.post(endpoint, data=b"ASK {}")
    assert "Content-Type" not in r.request.headers
    assert is_client_error(r)


def test_bad_query_non_utf8(http, endpoint) -> None:
    """A direct POST in UTF-16 (the W3C request says so in its charset): refused, with or without a BOM."""
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        r = http.post(endpoint, data="ASK {}".encode(encoding),
                      headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
        assert r.status_code == 400, (encoding, r.status_code, r.text)


def test_bad_query_syntax(http, endpoint) -> None:
    r = http.get(endpoint, params={"query": "ASK {"})
    assert r.status_code == 400 and media(r) == "text/plain" and "syntax error" in r.text


# === W3C update cases: refused, the data unchanged =================================================
UPDATE_DATASET = (
    "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
    f"CLEAR ALL ;\nINSERT DATA {{ GRAPH <{DATA1}> {{ <{DATA1}> a foaf:Document }} }} ;\n"
    "INSERT { GRAPH <http://example.org/protocol-update-dataset-test/> { ?s a dc:BibliographicResource } }\n"
    "WHERE { ?s a foaf:Document }")


def test_update_dataset_default_graph(http, endpoint, refused) -> None:
    refused(http.post(f"{endpoint}?using-graph-uri={quote(DATA1, safe='')}", data=UPDATE_DATASET.encode(),
                      headers={"Content-Type": UPDATE}), 403)


def test_update_dataset_default_graphs(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=[("using-graph-uri", DATA1), ("using-graph-uri", DATA2),
                                      ("update", UPDATE_DATASET)]), 403)


def test_update_dataset_named_graphs(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=[("using-named-graph-uri", DATA1), ("using-named-graph-uri", DATA2),
                                      ("update", UPDATE_DATASET)]), 403)


def test_update_dataset_full(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=[("using-graph-uri", DATA3), ("using-named-graph-uri", DATA1),
                                      ("using-named-graph-uri", DATA2), ("update", UPDATE_DATASET)]), 403)


def test_update_post_form(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data={"update": "CLEAR ALL"}), 403)
    refused(http.post(endpoint, data={"update": f"INSERT DATA {{ GRAPH <{DATA0}> {{ <a:s> <a:p> <a:o> }} }}"}), 403)


def test_update_post_direct(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=b"CLEAR ALL", headers={"Content-Type": UPDATE}), 403)
    refused(http.post(endpoint, data=b"DROP GRAPH <http://kasei.us/2009/09/sparql/data/data0.rdf>",
                      headers={"Content-Type": UPDATE}), 403)


def test_update_base_uri(http, endpoint, refused) -> None:
    body = ("CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ;\n"
            "INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> "
            "<http://example.org/p> <test> } }")
    refused(http.post(endpoint, data=body.encode(), headers={"Content-Type": UPDATE}), 403)


def test_bad_update_get(http, endpoint, refused) -> None:
    refused(http.get(endpoint, params={"update": "CLEAR ALL"}))


def test_bad_multiple_updates(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=[("update", "CLEAR NAMED"), ("update", "CLEAR DEFAULT")]))


def test_bad_update_wrong_media(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=b"CLEAR NAMED", headers={"Content-Type": "text/plain"}))


def test_bad_update_missing_form_type(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data=b"update=CLEAR%20NAMED"))


def test_bad_update_non_utf8(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data="CLEAR NAMED".encode("utf-16"),
                      headers={"Content-Type": "application/sparql-update; charset=UTF-16"}))


def test_bad_update_syntax(http, endpoint, refused) -> None:
    refused(http.post(endpoint, data={"update": "CLEAR XYZ"}))


def test_bad_update_dataset_conflict(http, endpoint, refused) -> None:
    body = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nWITH <http://example.org/protocol-update-dataset-test/>\n"
            "DELETE { ?s a foaf:Document } WHERE { ?s a foaf:Document }")
    refused(http.post(endpoint, data=[("using-named-graph-uri", DATA1), ("update", body)]))


def test_updates_sent_as_queries_are_refused(http, endpoint, refused) -> None:
    """An update in `query=` or a sparql-query body is still an update: 403, nothing changes."""
    for text in ("CLEAR ALL", f"DROP GRAPH <{DATA1}>", f"LOAD <{DATA1}>",
                 f"INSERT DATA {{ GRAPH <{DATA0}> {{ <a:s> <a:p> <a:o> }} }}",
                 f"PREFIX foaf: <{FOAF}> DELETE WHERE {{ GRAPH ?g {{ ?s a foaf:Document }} }}"):
        refused(http.get(endpoint, params={"query": text}), 403)
        refused(http.post(endpoint, data={"query": text}), 403)
        refused(http.post(endpoint, data=text.encode(), headers={"Content-Type": DIRECT}), 403)


# === beyond the W3C cases ============================================================================
def test_relative_iris_resolve_against_the_endpoint_url(http, base, endpoint) -> None:
    q = "SELECT ?x ?y WHERE { BIND(<rel> AS ?x) BIND(<../up/x?y#z> AS ?y) }"
    expected = [{"x": f"{base}/rel", "y": f"{base}/up/x?y#z"}]
    assert rows(http.get(endpoint, params={"query": q})) == expected
    assert rows(http.post(endpoint, data={"query": q})) == expected
    assert rows(http.post(endpoint + "?format=json", data=q.encode(), headers={"Content-Type": DIRECT})) == expected


def test_base_in_the_query_wins_over_the_endpoint_url(http, endpoint) -> None:
    q = "BASE <http://example.org/a/b> SELECT ?x ?y WHERE { BIND(<rel> AS ?x) BIND(<#frag> AS ?y) }"
    assert rows(http.get(endpoint, params={"query": q})) == [{"x": "http://example.org/a/rel",
                                                             "y": "http://example.org/a/b#frag"}]
    q = f"BASE <{DATA}> ASK {{ GRAPH <data1.rdf> {{ <data1.rdf> ?p ?o }} }}"
    assert boolean(http.get(endpoint, params={"query": q})) is True


def test_a_flat_query_of_100_triple_patterns_is_accepted(http, endpoint) -> None:
    patterns = " .\n".join(f"?doc <{EX}number> ?n{i}" if i % 2 else f"?doc <{DC}title> ?t{i}" for i in range(100))
    q = f"SELECT ?doc ?n1 WHERE {{\n{patterns} .\n}} ORDER BY ?n1"
    assert q.count("?doc <") == 100
    found = rows(http.post(endpoint, data={"query": q}))
    assert [r["doc"] for r in found] == [DATA0, DATA1, DATA2, DATA3]
    assert [r["n1"] for r in found] == ["0", "1", "2", "3"]


def test_two_query_parameters_are_400(http, endpoint) -> None:
    r = http.get(endpoint + "?query=ASK%20%7B%7D&query=ASK%20%7B%7D")
    assert r.status_code == 400 and "2 `query` parameters" in r.text


def test_empty_query_is_400(http, endpoint) -> None:
    for r in (http.get(endpoint + "?query="), http.get(endpoint + "?query=%20%0A"),
              http.post(endpoint, data={"query": ""}), http.post(endpoint, data=b"", headers={"Content-Type": DIRECT})):
        assert r.status_code == 400, (r.status_code, r.text)


def test_malformed_utf8_in_the_query_is_400(http, endpoint) -> None:
    r = http.get(endpoint + "?query=ASK%20%7B%20FILTER(%22%FF%FE%22)%20%7D")
    assert r.status_code == 400 and "UTF-8" in r.text
    r = http.post(endpoint, data=b"query=ASK%20%7B%FF%FE%7D", headers={"Content-Type": FORM})
    assert r.status_code == 400 and "UTF-8" in r.text
    r = http.post(endpoint, data=b"ASK { FILTER(\"\xff\xfe\") }", headers={"Content-Type": DIRECT})
    assert r.status_code == 400 and "UTF-8" in r.text


def _with_format(endpoint: str, query: str, name: str) -> str:
    """The request SPARQLWrapper builds: `format`, `output` and `results` all set to the name."""
    value = quote(name, safe="")
    return f"{endpoint}?query={quote(query, safe='')}&format={value}&output={value}&results={value}"


SELECT_TITLES = f"SELECT ?doc ?title WHERE {{ ?doc <{DC}title> ?title }} ORDER BY ?doc"
CONSTRUCT_TITLES = f"CONSTRUCT {{ ?doc <{DC}title> ?title }} WHERE {{ ?doc <{DC}title> ?title }}"


@pytest.mark.parametrize("name,expected", [
    ("xml", "application/sparql-results+xml"), ("json", "application/sparql-results+json"),
    ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
    ("application/sparql-results+json", "application/sparql-results+json"), ("srx", "application/sparql-results+xml"),
])
def test_format_names_for_select(http, endpoint, name, expected) -> None:
    r = http.get(_with_format(endpoint, SELECT_TITLES, name), headers={"Accept": "*/*"})
    assert media(r) == expected
    assert [row["title"] for row in rows(r)] == ["Data 0", "Data 1", "Data 2", "Data 3"]


@pytest.mark.parametrize("name,expected", [
    ("xml", "application/rdf+xml"), ("json", "application/ld+json"), ("json-ld", "application/ld+json"),
    ("n3", "text/turtle"), ("turtle", "text/turtle"), ("nquads", "application/n-quads"),
    ("n-quads", "application/n-quads"), ("trig", "application/trig"), ("application/trig", "application/trig"),
    ("nt", "application/n-triples"), ("rdf+xml", "application/rdf+xml"),
])
def test_format_names_for_construct(http, endpoint, name, expected) -> None:
    r = http.get(_with_format(endpoint, CONSTRUCT_TITLES, name), headers={"Accept": "*/*"})
    assert media(r) == expected
    g = graph(r)
    assert sorted(str(o) for o in g.objects(None, rdflib.URIRef(DC + "title"))) == [f"Data {n}" for n in range(4)]
    assert {o.language for o in g.objects()} == {"en"}


def test_sparqlwrapper_doubled_format_values(http, endpoint) -> None:
    """SPARQLWrapper sends `format=json-ld&format=application/ld+json` (and tsv / rdf+xml likewise)."""
    for query, first, second, expected in ((CONSTRUCT_TITLES, "json-ld", "application/ld+json", "application/ld+json"),
                                           (CONSTRUCT_TITLES, "rdf+xml", "application/rdf+xml", "application/rdf+xml"),
                                           (SELECT_TITLES, "tsv", "text/tab-separated-values",
                                            "text/tab-separated-values")):
        params = [("query", query)] + [(k, v) for k in ("format", "output", "results") for v in (first, second)]
        r = http.get(endpoint, params=params)
        assert r.status_code == 200 and media(r) == expected


def test_format_names_that_do_not_fit_the_form_are_406(http, endpoint) -> None:
    for query, name in ((SELECT_TITLES, "turtle"), (SELECT_TITLES, "json-ld"), (CONSTRUCT_TITLES, "csv"),
                        (CONSTRUCT_TITLES, "tsv"), (SELECT_TITLES, "nonsense")):
        r = http.get(_with_format(endpoint, query, name))
        assert r.status_code == 406, (query, name, r.status_code)


def _vary(resp: requests.Response) -> set[str]:
    return {v.strip().lower() for v in resp.headers.get("Vary", "").split(",") if v.strip()}


def test_vary_accept_on_every_negotiated_response(http, endpoint, base) -> None:
    cases = {
        "select json": http.get(endpoint, params={"query": SELECT_TITLES}),
        "select csv": http.get(endpoint, params={"query": SELECT_TITLES}, headers={"Accept": "text/csv"}),
        "select format=": http.get(endpoint, params={"query": SELECT_TITLES, "format": "xml"}),
        "ask": http.post(endpoint, data={"query": "ASK {}"}),
        "construct": http.post(endpoint, data=CONSTRUCT_TITLES.encode(), headers={"Content-Type": DIRECT}),
        "describe": http.get(endpoint, params={"query": f"DESCRIBE <{DATA1}>"}, headers={"Accept": "text/turtle"}),
        "406 accept": http.get(endpoint, params={"query": SELECT_TITLES}, headers={"Accept": "image/png"}),
        "406 format": http.get(endpoint, params={"query": SELECT_TITLES, "format": "turtle"}),
        "400": http.get(endpoint, params={"query": "ASK {"}),
        "403": http.get(endpoint, params={"query": "CLEAR ALL"}),
        "415": http.post(endpoint, data=b"ASK {}", headers={"Content-Type": "text/plain"}),
        "description": http.get(endpoint, headers={"Accept": "text/turtle"}),
        "description 406": http.get(endpoint, headers={"Accept": "image/png"}),
        "browser redirect": http.get(endpoint, headers={"Accept": "text/html"}, allow_redirects=False),
        "void": http.get(base + "/.well-known/void", headers={"Accept": "application/ld+json"}),
    }
    statuses = {name: r.status_code for name, r in cases.items()}
    assert statuses["406 accept"] == statuses["406 format"] == statuses["description 406"] == 406
    assert statuses["browser redirect"] == 303
    missing = [name for name, r in cases.items() if "accept" not in _vary(r)]
    assert missing == [], statuses


def test_service_description_lists_every_format_it_serves(http, endpoint) -> None:
    """sd:resultFormat names exactly the formats the endpoint answers in (results and graphs)."""
    r = http.get(endpoint, headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(io.BytesIO(r.content), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = {str(o).rsplit("/", 1)[1] for o in g.objects(rdflib.URIRef(endpoint), sd.resultFormat)}
    assert formats == {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                       "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"}
    assert (rdflib.URIRef(endpoint), sd.supportedLanguage, sd.SPARQL11Query) in g
    assert not set(g.objects(rdflib.URIRef(endpoint), sd.supportedLanguage)) - {sd.SPARQL11Query}  # no Update
