"""Safe by default: updates and LOAD refused, SERVICE refused unless allowed (a loopback listener proves no
request leaves), explosive queries stopped at the timeout while another client is served."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
import requests

from graph_store.workers import Job, WorkerPool
from tests.oxigraph_server import free_port
from tests.test_endpoint_protocol import COUNT_DOCS, running_server
from web import create_app, shutdown

EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
EMPTY_RESULTS = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'


@contextmanager
def listener() -> Iterator[tuple[str, list[str]]]:
    """A tiny HTTP server on a free loopback port that counts requests (and answers empty SPARQL results)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            hits.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(EMPTY_RESULTS)))
            self.end_headers()
            self.wfile.write(EMPTY_RESULTS)

        do_GET = do_POST = _answer

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def app(seed_settings):
    app = create_app(replace(seed_settings, query_workers=2))
    yield app
    shutdown(app)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def test_updates_are_refused_with_403(client) -> None:
    update = "INSERT DATA { <http://e/a> <http://e/p> <http://e/o> }"
    for resp in (
        client.post("/sparql", data={"update": update}),
        client.post("/sparql", data=update.encode(), content_type="application/sparql-update"),
        client.get("/sparql", query_string={"query": update}),
        client.post("/sparql", data={"query": "DROP ALL"}),
        client.get("/sparql", query_string={"update": "CLEAR DEFAULT"}),
    ):
        assert resp.status_code == 403
        assert "read-only" in resp.get_data(as_text=True)
    assert json.loads(client.get("/sparql", query_string={"query": COUNT_DOCS}).data)[
        "results"]["bindings"][0]["n"]["value"] == "5"


def test_load_and_service_never_leave_the_machine(client) -> None:
    with listener() as (url, hits):
        load = client.post("/sparql", data={"query": f"LOAD <{url}>"})
        assert load.status_code == 403 and "LOAD" in load.get_data(as_text=True)
        service = client.get("/sparql", query_string={"query": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"})
        assert service.status_code == 403 and url in service.get_data(as_text=True)
        nested = f"ASK {{ {{ SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }} }} }}"
        assert client.get("/sparql", query_string={"query": nested}).status_code == 403
        # the words in a string or a comment are data, not a SERVICE call
        harmless = f'SELECT ?s WHERE {{ ?s ?p "SERVICE <{url}> {{}}" }} # SERVICE <{url}>'
        assert client.get("/sparql", query_string={"query": harmless}).status_code == 200
        time.sleep(0.2)
        assert hits == []


def test_workers_cannot_reach_the_network_even_past_the_parser(seed_store_path) -> None:
    pool = WorkerPool(str(seed_store_path), size=1, timeout=10, allow_service=False)
    try:
        with listener() as (url, hits):
            with pytest.raises(Exception):  # noqa: B017 - any failure is fine; what matters is the count
                pool.run(Job(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"))
            assert hits == []
    finally:
        pool.close()


def test_service_reaches_the_listener_when_allowed(seed_settings) -> None:
    """The positive control: with SERVICE allowed the same listener does get the request."""
    app = create_app(replace(seed_settings, query_workers=1, allow_service=True))
    try:
        with listener() as (url, hits):
            r = app.test_client().get("/sparql",
                                      query_string={"query": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"})
            assert r.status_code == 200
            assert len(hits) == 1
    finally:
        shutdown(app)


def test_explosive_query_is_stopped_while_another_client_is_served(seed_settings) -> None:
    settings = replace(seed_settings, query_workers=2, query_timeout=2.0, threads=4)
    with running_server(settings) as base:
        order: list[str] = []
        result: dict[str, requests.Response] = {}

        def explosive() -> None:
            result["explosive"] = requests.post(base + "/sparql", data={"query": EXPLOSIVE}, timeout=120)
            order.append("explosive")

        thread = threading.Thread(target=explosive)
        thread.start()
        time.sleep(0.3)
        simple = requests.get(base + "/sparql", params={"query": COUNT_DOCS}, timeout=60)
        order.append("simple")
        thread.join()
        assert simple.status_code == 200 and simple.json()["results"]["bindings"][0]["n"]["value"] == "5"
        assert order == ["simple", "explosive"]
        stopped = result["explosive"]
        assert stopped.status_code == 503 and "stopped after 2 s" in stopped.text
        # and the server keeps answering afterwards
        again = requests.get(base + "/sparql", params={"query": COUNT_DOCS}, timeout=60)
        assert again.status_code == 200


def test_a_canned_query_page_that_times_out_answers_503_with_its_form(seed_settings, tmp_path) -> None:
    """The gallery page keeps its form and says why, but a stopped query is the server's 503 (Retry-After), never a
    200 page that a monitor or a script would take for an answer; a bad parameter stays the client's 400."""
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "explosive.rq").write_text(
        "# id: explosive\n# title.zh: 爆炸\n# title.en: Explosive\n# description.zh: 测试\n# description.en: test\n"
        "# param: p | kind=iri | default=https://example.org/x | an IRI\n" + EXPLOSIVE + "\n", encoding="utf-8")
    app = create_app(replace(seed_settings, queries=folder, page_workers=1, query_timeout=1.0))
    try:
        client = app.test_client()
        stopped = client.get("/queries/explosive", query_string={"run": "1"}, headers={"Accept": "text/html"})
        assert stopped.status_code == 503 and stopped.headers["Retry-After"] == "2"
        assert "stopped after 1 s" in stopped.get_data(as_text=True) and "<form" in stopped.get_data(as_text=True)
        bad = client.get("/queries/explosive", query_string={"run": "1", "p": "not an iri"},
                         headers={"Accept": "text/html"})
        assert bad.status_code == 400
        assert client.get("/queries/explosive", headers={"Accept": "text/html"}).status_code == 200  # not run
    finally:
        shutdown(app)
