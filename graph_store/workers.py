"""Query worker processes: SPARQL with a real per-query timeout over the embedded store.

pyoxigraph has no query timeout and a running query ignores signals, so queries run in a pool of
worker processes, each holding the store open read-only (`Store.read_only`). A query that outlives
its timeout is stopped by killing its worker (SIGKILL), which a background thread replaces; the other
workers go on serving. Workers come from a `forkserver` (a clean process with the modules preloaded,
so a replacement starts in a fraction of a second and no pyoxigraph store crosses a fork). When SERVICE
is not allowed, each worker also drops its network access (a fresh network namespace), so neither
SERVICE nor LOAD can reach anything even if a query slipped past the parser check.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pyoxigraph import Quad

from graph_store.base import GraphStore, QueryResult
from graph_store.binding import bind_values
from graph_store.formats import Serialized, serialize_result
from graph_store.safety import check_query
from policykg import errors
from policykg.errors import Overloaded, PolicyKGError, QueryTimeout, StoreError, WorkerCrashed

log = logging.getLogger(__name__)

READY_TIMEOUT = 60.0
"""Seconds a new worker may take to start before it is given up."""

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class Job:
    """One query for a worker: the final (already bound) text and how to answer."""

    sparql: str
    limit: int | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    fmt: str | None = None
    """None → a QueryResult; else a Serialized answer in this format."""
    base_iri: str | None = None
    """Base IRI against which relative IRIs in the query resolve (the endpoint's URL)."""


def isolate_network() -> bool:
    """Move this (single-threaded) process into new user+network namespaces: no interface but a dead loopback."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        log.warning("query worker keeps network access: unshare failed (%s)", os.strerror(ctypes.get_errno()))
        return False
    return True


def _watch_parent(server: int) -> None:
    """Exit when the server (or the forkserver between us) is gone: a worker must never outlive the server."""
    parent = os.getppid()
    while True:
        time.sleep(1.0)
        try:
            os.kill(server, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            pass
        if os.getppid() != parent:
            os._exit(0)


def worker_main(conn: Connection, path: str, union_default_graph: bool, no_network: bool, parent: int) -> None:
    """A worker's loop: open the store read-only, answer jobs until the pipe closes."""
    from graph_store.embedded import EmbeddedStore

    try:
        isolated = isolate_network() if no_network else False
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
        store = EmbeddedStore(path, read_only=True, union_default_graph=union_default_graph)
        try:
            store.query("ASK {}")  # warm: the first real query should not pay for opening the store
        except StoreError:
            pass  # nothing built yet: each query reports it
    except Exception as exc:  # the server is told why, instead of reading the end of the pipe
        _send_quietly(conn, ("failed", f"{type(exc).__name__}: {exc}"))
        return
    if not _send_quietly(conn, ("ready", isolated)):
        return  # the server stopped while this worker started
    while True:
        try:
            job: Job | None = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = store.query(job.sparql, None, job.limit, list(job.default_graphs) or None,
                                 list(job.named_graphs) or None, base_iri=job.base_iri)
            conn.send(("ok", serialize_result(result, job.fmt) if job.fmt else result))
        except PolicyKGError as exc:
            conn.send(("error", type(exc).__name__, exc.message, exc.location))
        except Exception as exc:  # any engine failure becomes a query error for the caller
            conn.send(("error", "QueryError", f"query failed: {exc}", ""))


def _send_quietly(conn: Connection, message: tuple) -> bool:
    """Send `message`; False when the server's end of the pipe is already closed."""
    try:
        conn.send(message)
    except (BrokenPipeError, EOFError, OSError):
        return False
    return True


def _exiting() -> bool:
    """True once the interpreter is shutting down (the main thread has finished)."""
    return not threading.main_thread().is_alive()


class _Worker:
    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=2.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2.0)
        self.conn.close()


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["graph_store.workers", "graph_store.embedded"])
        return ctx
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """`size` worker processes over the embedded store at `path`; `run(job)` answers within `timeout` seconds."""

    def __init__(self, path: str, size: int = 2, timeout: float = 10.0, union_default_graph: bool = True,
                 allow_service: bool = False) -> None:
        self.path = path
        self.size = max(1, size)
        self.timeout = timeout
        self.union_default_graph = union_default_graph
        self.allow_service = allow_service
        self.network_isolated: bool | None = None
        self.stats = {"queries": 0, "timeouts": 0, "replaced": 0}
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self._start_error = ""
        self._finalizer = weakref.finalize(self, WorkerPool._shutdown, self._all)
        atexit.register(self._finalizer)

    # --- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers (in the background; called on first use)."""
        with self._lock:
            if self._started or self._closed:
                return
            self._started = True
        for _ in range(self.size):
            self._replace_in_background()

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> int:
        """Start the pool if needed and wait until all `size` workers are up (or `timeout`); the number up."""
        self.start()
        deadline = time.monotonic() + timeout
        while len(self._all) < self.size and time.monotonic() < deadline and not self._closed:
            time.sleep(0.05)
        return len(self._all)

    def _spawn(self) -> _Worker:
        ctx = _context()
        parent_conn, child_conn = ctx.Pipe()
        process = ctx.Process(target=worker_main, name="policykg-query-worker", daemon=True,
                              args=(child_conn, self.path, self.union_default_graph, not self.allow_service,
                                    os.getpid()))
        process.start()
        child_conn.close()
        worker = _Worker(process, parent_conn)
        if not parent_conn.poll(READY_TIMEOUT):
            worker.stop(kill=True)
            raise StoreError("a query worker did not start in time", self.path)
        status, detail = parent_conn.recv()
        if status != "ready":
            worker.stop(kill=True)
            raise StoreError(f"a query worker could not open the store: {detail}", self.path)
        self.network_isolated = detail
        return worker

    def _add(self) -> None:
        try:
            worker = self._spawn()
        except (StoreError, OSError, EOFError, RuntimeError) as exc:
            if self._closed or _exiting():  # the pool or the process stopped while this worker started
                log.debug("query worker start abandoned at shutdown: %s", exc)
                return
            log.error("cannot start a query worker: %s", exc)
            self._start_error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return
        self._start_error = ""
        with self._lock:
            if self._closed:
                worker.stop(kill=True)
                return
            self._all.add(worker)
        self._idle.put(worker)

    def _replace_in_background(self) -> None:
        threading.Thread(target=self._add, name="policykg-worker-start", daemon=True).start()

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop(kill=True)
        if not self._closed:
            self._count("replaced")
            self._replace_in_background()

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
        self._finalizer()

    @staticmethod
    def _shutdown(workers: set[_Worker]) -> None:
        for worker in list(workers):
            worker.stop()
        workers.clear()

    # --- queries ----------------------------------------------------------------------------
    def run(self, job: Job, timeout: float | None = None) -> Any:
        """The worker's answer to `job`.

        QueryTimeout when it runs longer than `timeout` (the worker is killed and replaced); Overloaded when no
        worker becomes free within `timeout`; WorkerCrashed when the worker dies under the query (logged)."""
        if self._closed:
            raise StoreError("the query worker pool is closed", self.path)
        self.start()
        timeout = self.timeout if timeout is None else timeout
        try:
            worker = self._idle.get(timeout=max(timeout, 1.0))
        except queue.Empty:
            if self._start_error and not self._all:
                raise StoreError(f"no query worker could start: {self._start_error}", self.path) from None
            raise Overloaded(f"all {self.size} query workers stayed busy for {max(timeout, 1.0):g} s; "
                             "try again shortly") from None
        self._count("queries")
        try:
            worker.conn.send(job)
            answered = worker.conn.poll(timeout)
            reply = worker.conn.recv() if answered else None
        except (EOFError, OSError) as exc:
            cause = self._death_cause(worker)
            self._retire(worker)
            log.error("query worker %s died under a query (%s; %s); query: %.200r", worker.process.pid, cause,
                      type(exc).__name__, job.sparql)
            raise WorkerCrashed(f"the query engine failed on this query ({cause}); it was not answered") from exc
        if reply is None:
            self._count("timeouts")
            self._retire(worker)
            log.warning("query stopped after %.3g s", timeout)
            raise QueryTimeout(f"query stopped after {timeout:g} s (the query timeout); simplify it or add a LIMIT")
        self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        _, name, message, location = reply
        raise getattr(errors, name, errors.QueryError)(message, location)

    def _count(self, key: str) -> None:
        with self._lock:
            self.stats[key] += 1

    @staticmethod
    def _death_cause(worker: _Worker) -> str:
        """How a worker ended: `killed by SIGSEGV`, `exit status 1`, or `still running`."""
        worker.process.join(timeout=1.0)
        code = worker.process.exitcode
        if code is None:
            return "worker still running, pipe closed"
        if code < 0:
            try:
                return f"worker killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"worker killed by signal {-code}"
        return f"worker exit status {code}"


class PooledStore(GraphStore):
    """An embedded store whose queries run in a WorkerPool (timeouts, SERVICE policy); writes go to `inner`."""

    def __init__(self, inner: GraphStore, pool: WorkerPool) -> None:
        self.inner = inner
        self.pool = pool
        self.location = inner.location

    def _job(self, sparql: str, bindings: Mapping[str, Any] | None, limit: int | None,
             default_graphs: list[str] | None, named_graphs: list[str] | None, fmt: str | None,
             base_iri: str | None) -> Job:
        check_query(sparql, self.pool.allow_service)
        return Job(bind_values(sparql, bindings, self.document_iri), limit, tuple(default_graphs or ()),
                   tuple(named_graphs or ()), fmt, base_iri)

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None, limit: int | None = None,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> QueryResult:
        return self.pool.run(self._job(sparql, bindings, limit, default_graphs, named_graphs, None, base_iri))

    def query_serialized(self, sparql: str, fmt: str, bindings: Mapping[str, Any] | None = None,
                         limit: int | None = None, default_graphs: list[str] | None = None,
                         named_graphs: list[str] | None = None, base_iri: str | None = None) -> Serialized:
        return self.pool.run(self._job(sparql, bindings, limit, default_graphs, named_graphs, fmt, base_iri))

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        self.inner.replace_graph(graph, quads)

    def replace_all(self, graphs: Mapping[str, Iterable[Quad]]) -> None:
        self.inner.replace_all(graphs)

    def graphs(self) -> list[str]:
        return self.inner.graphs()

    def index_path(self) -> Path | None:
        return self.inner.index_path()

    def version(self) -> str:
        return self.inner.version()

    def dump(self, graph: str | None = None) -> list[Quad]:
        return self.inner.dump(graph)

    def dump_nquads(self, graph: str) -> bytes:
        return self.inner.dump_nquads(graph)

    def close(self) -> None:
        self.pool.close()
        self.inner.close()


def with_workers(store: GraphStore, settings: Any, size: int | None = None) -> GraphStore:
    """The store a server should query: an embedded store behind its own WorkerPool of `size` workers (default
    settings.query_workers), a remote one with the timeout set."""
    from graph_store.embedded import EmbeddedStore

    size = settings.query_workers if size is None else size
    if isinstance(store, EmbeddedStore) and size > 0:
        pool = WorkerPool(store.location, size, settings.query_timeout, settings.union_default_graph,
                          settings.allow_service)
        return PooledStore(store, pool)
    if hasattr(store, "timeout"):
        store.timeout = settings.query_timeout
    return store
