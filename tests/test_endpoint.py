"""The SPARQL endpoint over the seed store, through the Flask test client and a real waitress server."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
import urllib.request

import pytest

from tests.conftest import stop_waitress
from web import create_app


@pytest.fixture(scope="module")
def client(seed_settings):
    return create_app(seed_settings).test_client()


def test_ask_get(client) -> None:
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    assert json.loads(r.data) == {"head": {}, "boolean": True}


def test_select_post_form_and_direct(client) -> None:
    q = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/policykg/ontology#PolicyDocument> }"
    for r in (
        client.post("/sparql", data={"query": q}),
        client.post("/sparql", data=q.encode(), content_type="application/sparql-query"),
    ):
        assert r.status_code == 200
        assert json.loads(r.data)["results"]["bindings"][0]["n"]["value"] == "5"


def test_malformed_query_is_400_with_position(client) -> None:
    r = client.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert "1:" in r.get_data(as_text=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_waitress_server_answers_curl_style_request(seed_settings) -> None:
    from waitress.server import create_server

    port = _free_port()
    server = create_server(create_app(seed_settings), host="127.0.0.1", port=port, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK{?s ?p ?o}"})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        # create_server has bound and is listening: the request waits in the backlog until run() accepts it
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
            assert json.loads(resp.read())["boolean"] is True
    finally:
        stop_waitress(server, thread)
