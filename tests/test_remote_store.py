"""The SPARQL-server backend against a real Oxigraph server: Graph Store writes, Protocol reads, CLI build/serve."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests
from pyoxigraph import Literal, NamedNode, Quad

from graph_store.embedded import EmbeddedStore
from graph_store.remote import RemoteStore, endpoints
from policykg.errors import QueryError, StoreError
from tests.oxigraph_server import free_port, oxigraph_server, wait_until_up

EX = "http://example.org/"


def quad(s: str, o: str, g: str = "g1") -> Quad:
    return Quad(NamedNode(EX + s), NamedNode(EX + "p"), Literal(o), NamedNode(EX + g))


@pytest.fixture
def server(tmp_path):
    with oxigraph_server(tmp_path / "ox") as url:
        yield url


def test_endpoint_layout_from_the_url() -> None:
    assert endpoints("http://h:7878")["store"] == "http://h:7878/store"
    assert endpoints("http://h:7878/query")["query"] == "http://h:7878/query"
    virtuoso = endpoints("http://h:8890/#query=/sparql&store=/sparql-graph-crud&union=none")
    assert (virtuoso["query"], virtuoso["store"], virtuoso["union"]) == (
        "http://h:8890/sparql", "http://h:8890/sparql-graph-crud", "none")
    with pytest.raises(StoreError):
        endpoints("http://h:1/#bogus=1")


def test_replace_all_graph_by_graph_and_query(server, tmp_path) -> None:
    store = RemoteStore(server, index_dir=tmp_path / "index")
    store.replace_all({EX + "g1": [quad("a", "一")], EX + "g2": [quad("b", "二", "g2")]})
    assert store.graphs() == [EX + "g1", EX + "g2"]
    assert [r["o"] for r in store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o").values()] == ["一", "二"]
    store.replace_all({EX + "g3": [quad("c", "三", "g3")]})  # a whole build replaces everything
    assert store.graphs() == [EX + "g3"]
    store.replace_graph(EX + "g3", [quad("d", "四", "g3"), quad("e", "五", "g3")])
    store.replace_graph(EX + "g4", [quad("f", "六", "g4")])
    assert store.stats().graphs == {EX + "g3": 2, EX + "g4": 1}
    assert {str(q) for q in store.dump(EX + "g4")} == {str(quad("f", "六", "g4"))}


def test_bindings_limits_dataset_and_errors(server, tmp_path) -> None:
    store = RemoteStore(server, index_dir=tmp_path / "index")
    store.replace_all({EX + "g1": [quad("a", 'x" } ; DROP ALL ; #'), quad("b", "y")], EX + "g2": [quad("c", "z", "g2")]})
    assert store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": 'x" } ; DROP ALL ; #'}).values() == [{"s": EX + "a"}]
    assert store.stats().triples == 3
    res = store.query("SELECT ?s WHERE { ?s ?p ?o }", limit=2)
    assert len(res.rows) == 2 and res.truncated
    only = store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[EX + "g2"]).values()
    assert only == [{"s": EX + "c"}]
    assert store.query("ASK { ?s ?p \"z\" }").boolean is True
    assert len(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples) == 3
    with pytest.raises(QueryError, match="1:"):
        store.query("SELECT ?s WHERE { ?s ?p }")


def test_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore(f"http://127.0.0.1:{free_port()}").query("ASK {}")


def test_same_build_gives_same_quads_as_embedded(server, seed_build, tmp_path) -> None:
    remote = RemoteStore(server, index_dir=tmp_path / "index")
    remote.replace_all(seed_build.graphs)
    embedded = EmbeddedStore(tmp_path / "emb")
    embedded.replace_all(seed_build.graphs)
    assert remote.stats().graphs == embedded.stats().graphs

    def named(quads):  # blank-node labels differ between stores
        return {str(q) for q in quads if not str(q).startswith("_:") and "_:" not in str(q)}

    assert named(remote.dump()) == named(embedded.dump())


def test_cli_build_query_and_serve_against_oxigraph_server(server, write_corpus, tmp_path, monkeypatch) -> None:
    from policykg.cli import main

    corpus = write_corpus({"mou-shi-2024-plan.txt": "某市卫生健康事业发展规划\n\n一、总体要求\n到2025年，建成优质高效的医疗卫生服务体系。\n"})
    monkeypatch.setenv("POLICYKG_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("POLICYKG_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["build", "--store", server, "--corpus", str(corpus)]) == 0
    assert RemoteStore(server).query(
        "ASK { ?d a <https://w3id.org/policykg/ontology#PolicyDocument> }").boolean is True
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "serve", "--store", server, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/sparql?query=ASK%7B%7D")
        r = requests.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { "
                                                            "?d a <https://w3id.org/policykg/ontology#PolicyDocument> }"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "1"
        assert requests.post(base + "/sparql", data={"update": "DROP ALL"}, timeout=30).status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)
