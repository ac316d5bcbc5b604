"""A freshly started server under real concurrent clients: distinct queries and pages at once, then 50 clients.

Every test here starts its own `policykg serve` process (a cold process: nothing parsed or cached before the
first burst), because a warmed process hides faults of shared state between request threads.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from graph_store.binding import bind_values
from graph_store.catalogue import Catalogue
from graph_store.embedded import EmbeddedStore
from policykg.settings import ROOT
from tests.oxigraph_server import free_port

EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PAGES = ("/", "/compare", "/agencies", "/search?q=%E5%8C%BB%E9%99%A2", "/queries",
         "/doc/inner-mongolia-2023-healthcare-service-system")
JSON = {"Accept": "application/sparql-results+json"}


@contextmanager
def server_process(store: Path, **env: str) -> Iterator[str]:
    """`policykg serve` in a new process on a free port; yields its base URL, stops it afterwards."""
    port = free_port()
    environ = {**os.environ, "POLICYKG_CONFIG": str(ROOT / "tests" / "no-such-policykg.toml"),
               "POLICYKG_STORE": str(store), "POLICYKG_PORT": str(port), **env}
    log = open(store.parent / f"serve-{port}.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "serve"], cwd=ROOT, env=environ,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"server exited with {proc.returncode}:\n{log.read()}")
            try:
                requests.get(base + "/sparql", params={"query": "ASK {}"}, headers=JSON, timeout=5)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    pytest.fail("server did not start listening within 60 s")
                time.sleep(0.1)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


REQUIRED = {"document": "inner-mongolia-2023-healthcare-service-system",
            "fact": "https://w3id.org/policykg/doc/inner-mongolia-2023-healthcare-service-system/responsibility/2.2.5/"
                    "150000-organisation-staffing"}


def canned_requests() -> list[tuple[str, str]]:
    """(id, final text) of every canned query that is not a page's own, with its default (or required) parameters
    bound; queries that take a document also run once for the whole corpus (their export form)."""
    out = []
    for q in Catalogue(ROOT / "queries").all():
        if "ui" in q.tags or q.id.startswith("ui-"):
            continue
        out.append((q.id, bind_values(q.text, q.bindings({p.name: REQUIRED[p.name] for p in q.params
                                                           if p.required}))))
        if any(p.name == "document" and not p.required for p in q.params):
            out.append((q.id + "@doc", bind_values(q.text, q.bindings({"document": REQUIRED["document"]}))))
    return out


def rows_of(doc: dict) -> list[str]:
    """Order-free comparable rows of a SPARQL JSON answer."""
    if "boolean" in doc:
        return [str(doc["boolean"])]
    return sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in doc["results"]["bindings"])


def test_fresh_server_answers_distinct_queries_and_pages_at_once_then_50_clients(seed_store_path) -> None:
    queries = canned_requests()
    assert len(queries) >= 24
    direct = EmbeddedStore(seed_store_path, read_only=True)
    expected = {qid: rows_of(direct.query(text).to_json()) for qid, text in queries}

    with server_process(seed_store_path, POLICYKG_SPARQL_PER_CLIENT="64", POLICYKG_THREADS="32") as base:
        # 1. one burst on the cold process: every distinct query and six pages released at the same moment
        start = threading.Barrier(len(queries) + len(PAGES))
        answers: dict[str, tuple[int, str]] = {}

        def ask(qid: str, text: str) -> None:
            start.wait()
            r = requests.post(base + "/sparql", data={"query": text}, headers=JSON, timeout=120)
            answers[qid] = (r.status_code, r.text)

        def page(path: str) -> None:
            start.wait()
            r = requests.get(base + path, headers={"Accept": "text/html"}, timeout=120)
            answers[path] = (r.status_code, r.text[:300])

        threads = [threading.Thread(target=ask, args=q) for q in queries]
        threads += [threading.Thread(target=page, args=(p,)) for p in PAGES]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        failed = {k: v for k, v in answers.items() if v[0] != 200}
        assert failed == {}
        wrong = [qid for qid, _ in queries if rows_of(json.loads(answers[qid][1])) != expected[qid]]
        assert wrong == [], f"answers under concurrency differ from the store's own: {wrong}"

        # 2. fifty clients for twenty seconds, mixing queries and pages
        statuses: Counter[int] = Counter()
        lock = threading.Lock()
        stop = time.monotonic() + 20

        def client(i: int) -> None:
            with requests.Session() as s:
                n = i
                while time.monotonic() < stop:
                    n += 1
                    if n % 4 == 0:
                        r = s.get(base + PAGES[n % len(PAGES)], headers={"Accept": "text/html"}, timeout=120)
                    else:
                        r = s.post(base + "/sparql", data={"query": queries[n % len(queries)][1]}, headers=JSON,
                                   timeout=120)
                    with lock:
                        statuses[r.status_code] += 1
                        if r.status_code == 503:  # load shed: the query limit or the worker queue, said so
                            shed[r.headers.get("X-PolicyKG-Error", "") or r.headers.get("Retry-After", "")] += 1

        shed: Counter[str] = Counter()
        clients = [threading.Thread(target=client, args=(i,)) for i in range(50)]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        assert sum(statuses.values()) > 100
        # on a loaded 2-core machine some requests may be shed with 503 and a stated cause (never a 500, never
        # an unexplained 503); most are answered
        assert set(statuses) <= {200, 503}, statuses
        assert "" not in shed, shed
        assert statuses[200] > 0.75 * sum(statuses.values()), statuses
        assert requests.get(base + "/", timeout=30).status_code == 200
        r = requests.post(base + "/sparql", data={"query": queries[0][1]}, headers=JSON, timeout=30)
        assert r.status_code == 200 and rows_of(r.json()) == expected[queries[0][0]]


def test_one_client_cannot_take_every_worker_and_pages_keep_their_own(seed_store_path) -> None:
    with server_process(seed_store_path, POLICYKG_QUERY_TIMEOUT="4", POLICYKG_SPARQL_PER_CLIENT="2") as base:
        running = threading.Barrier(3)
        results: list[tuple[int, float]] = []

        def heavy() -> None:
            running.wait()
            r = requests.get(base + "/sparql", params={"query": EXPLOSIVE}, headers=JSON, timeout=60)
            results.append((r.status_code, time.monotonic()))

        heavies = [threading.Thread(target=heavy) for _ in range(2)]
        for t in heavies:
            t.start()
        running.wait()
        time.sleep(0.5)  # both heavy queries are now running in the two /sparql workers
        third = requests.get(base + "/sparql", params={"query": "ASK {}"}, headers=JSON, timeout=60)
        assert third.status_code == 429 and third.headers["Retry-After"] == "1"
        home = requests.get(base + "/", headers={"Accept": "text/html"}, timeout=60)
        home_done = time.monotonic()
        for t in heavies:
            t.join()
        assert home.status_code == 200
        assert sorted(s for s, _ in results) == [503, 503]  # stopped by the query timeout
        assert all(home_done < done for _, done in results), "the home page waited for the SPARQL workers"


def test_a_crashing_query_is_a_logged_5xx_and_the_worker_is_replaced(seed_store_path) -> None:
    deep = "SELECT * WHERE { " + " UNION ".join(f"{{ ?s <http://ex/p{i}> ?o }}" for i in range(40000)) + " }"
    with server_process(seed_store_path) as base:
        r = requests.post(base + "/sparql", data={"query": deep}, headers=JSON, timeout=120)
        assert r.status_code == 500 and "query engine failed" in r.text
        assert "SIG" in r.text  # the cause (the signal that ended the worker) is told, and logged
        after = requests.post(base + "/sparql", data={"query": "ASK { ?s ?p ?o }"}, headers=JSON, timeout=60)
        assert after.status_code == 200 and after.json()["boolean"] is True
