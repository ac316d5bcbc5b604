"""The query worker pool: answers, real timeouts (the worker is killed and replaced), errors, no network, shutdown."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from graph_store import workers
from graph_store.embedded import EmbeddedStore
from graph_store.workers import Job, PooledStore, WorkerPool
from policykg.errors import QueryError, QueryRefused, QueryTimeout, StoreError

EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
DOCS = "SELECT ?d WHERE { ?d a <https://w3id.org/policykg/ontology#PolicyDocument> } ORDER BY ?d"


@pytest.fixture(scope="module")
def pool(seed_store_path):
    pool = WorkerPool(str(seed_store_path), size=2, timeout=1.5)
    yield pool
    pool.close()


def test_pool_answers_like_the_embedded_store(pool, seed_store_path) -> None:
    direct = EmbeddedStore(seed_store_path, read_only=True).query(DOCS)
    assert pool.run(Job(DOCS)).rows == direct.rows
    serialized = pool.run(Job(DOCS, fmt="csv"))
    assert serialized.data.decode().splitlines()[1:] == [r["d"] for r in direct.values()]


def test_timeout_kills_the_worker_while_the_other_keeps_answering(pool) -> None:
    assert pool.wait_ready() == 2
    before = {w.process.pid for w in pool._all}
    answered: list[str] = []
    explosive_done = threading.Event()

    def simple_client() -> None:
        pool.run(Job(DOCS), timeout=30)
        answered.append("done before explosive query ended" if not explosive_done.is_set() else "after")

    thread = threading.Thread(target=simple_client)
    thread.start()
    with pytest.raises(QueryTimeout, match="stopped after 1.5 s"):
        pool.run(Job(EXPLOSIVE))
    explosive_done.set()
    thread.join()
    assert answered == ["done before explosive query ended"]
    assert pool.stats["timeouts"] >= 1
    # the killed worker is gone and replaced; the pool still answers
    assert pool.run(Job("ASK { ?s ?p ?o }"), timeout=60).boolean is True
    assert pool.wait_ready() == 2
    after = {w.process.pid for w in pool._all if w.process.is_alive()}
    assert before - after and len(after) == 2


def test_errors_come_back_typed(pool) -> None:
    with pytest.raises(QueryError, match="1:"):
        pool.run(Job("SELECT ?s WHERE { ?s ?p }"))


def test_workers_have_no_network_unless_service_is_allowed(pool) -> None:
    pool.run(Job("ASK {}"))
    assert pool.network_isolated is True


def test_pooled_store_checks_and_binds(pool, seed_store_path) -> None:
    store = PooledStore(EmbeddedStore(seed_store_path, read_only=True), pool)
    res = store.query("SELECT ?d WHERE { ?d a ?type }",
                      {"type": __import__("pyoxigraph").NamedNode("https://w3id.org/policykg/ontology#PolicyDocument")})
    assert len(res.rows) == 5
    with pytest.raises(QueryRefused):
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    with pytest.raises(QueryRefused):
        store.query("DROP ALL")


def test_close_stops_every_worker(seed_store_path) -> None:
    pool = WorkerPool(str(seed_store_path), size=2, timeout=5)
    pool.run(Job("ASK {}"), timeout=60)
    processes = [w.process for w in pool._all]
    assert processes and all(p.is_alive() for p in processes)
    pool.close()
    assert not any(p.is_alive() for p in processes)


def test_a_worker_that_cannot_open_the_store_says_why(tmp_path, caplog) -> None:
    not_a_store = tmp_path / "store"
    not_a_store.write_text("not a store directory")
    pool = WorkerPool(str(not_a_store), size=1, timeout=2)
    try:
        assert pool.wait_ready(timeout=30) == 0
        with pytest.raises(StoreError, match="could not open the store: NotADirectoryError"):
            pool.run(Job("ASK {}"))
    finally:
        pool.close()
    assert any("could not open the store" in r.getMessage() and r.levelname == "ERROR" for r in caplog.records)


def test_a_start_abandoned_at_shutdown_is_no_error(seed_store_path, monkeypatch, caplog) -> None:
    pool = WorkerPool(str(seed_store_path), size=1, timeout=2)

    def lost_pipe() -> None:
        raise EOFError("got end of file during message")

    monkeypatch.setattr(pool, "_spawn", lost_pipe)
    monkeypatch.setattr(workers, "_exiting", lambda: True)
    pool._add()
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    monkeypatch.setattr(workers, "_exiting", lambda: False)
    pool._add()
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        "cannot start a query worker: got end of file during message"]
    pool.close()


EXIT_EARLY = """
import logging, sys, time
from graph_store.workers import WorkerPool
if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    WorkerPool(sys.argv[1], size=2, timeout=5).start()
    time.sleep(float(sys.argv[2]))
"""


@pytest.mark.parametrize("delay", ["0", "0.05", "0.1", "0.2", "0.4"])
def test_a_server_stopping_while_workers_start_stays_quiet(seed_store_path, tmp_path, delay) -> None:
    script = tmp_path / "exit_early.py"
    script.write_text(EXIT_EARLY)
    done = subprocess.run([sys.executable, str(script), str(seed_store_path), delay], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "ERROR" not in done.stderr, done.stderr
