"""A SPARQL 1.1 server as the store: reads by the SPARQL Protocol (SPARQLWrapper), writes by the Graph Store
HTTP Protocol and SPARQL Update.

The store URL names the server's dataset. By default the Oxigraph server layout is assumed: queries at
`<url>/query`, updates at `<url>/update` and graphs at `<url>/store` (a URL ending in `/query` or `/sparql` is
taken as the query endpoint and the others sit next to it). Other servers name their endpoints in the URL
fragment, which never leaves this process, e.g. Virtuoso:
`http://127.0.0.1:8890/#query=/sparql&store=/sparql-graph-crud&union=none`, Fuseki:
`http://127.0.0.1:3030/ds#store=data&update=update` (a name is relative to the URL, a path starting with / to
the host).

A build streams: each batch of N-Quads is split by graph and POSTed (Graph Store Protocol, merge) into staging
graphs, so neither side holds the corpus in memory; the build is published by one SPARQL Update request that
MOVEs every staging graph onto its final name and drops the graphs the build removed — one transaction on the
server, so readers see the old dataset or the new one, never a mixture. The index beside the data
(graph_store.sidecar) lives in a local folder (settings.index_dir), one generation per build.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urldefrag, urljoin

import requests
from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

from graph_store.base import BuildSession, GraphStore, QueryResult
from graph_store.binding import bind_values
from graph_store.generations import Generations
from graph_store.sidecar import INDEX
from graph_store.sparql_lexer import shape
from policykg.errors import QueryError, QueryTimeout, StoreError

log = logging.getLogger(__name__)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
OPTIONS = {"query", "store", "update", "union"}


def endpoints(url: str) -> dict[str, str]:
    """Query, update and graph-store URLs (and the union mode) from a store URL and its fragment options."""
    base, fragment = urldefrag(url)
    options = dict(parse_qsl(fragment))
    unknown = set(options) - OPTIONS
    if unknown:
        raise StoreError(f"unknown store URL option(s) {sorted(unknown)} (known: {', '.join(sorted(OPTIONS))})", url)
    root = base.rstrip("/")
    for suffix in ("/query", "/sparql"):
        if root.endswith(suffix):
            options.setdefault("query", root)
            root = root[: -len(suffix)]
    joined = {k: urljoin(root + "/", options.get(k, k)) for k in ("query", "store", "update")}
    joined["union"] = options.get("union", "param")
    if joined["union"] not in {"param", "none"}:
        raise StoreError("store URL option union must be 'param' (Oxigraph's union-default-graph) or 'none'", url)
    return joined


def normalise_binding(term: dict[str, str]) -> dict[str, str]:
    """A server's JSON binding in the embedded store's form (no xsd:string datatype, lower-case language)."""
    out = {"type": "literal" if term.get("type") == "typed-literal" else term["type"], "value": term["value"]}
    if "xml:lang" in term:
        out["xml:lang"] = term["xml:lang"].lower()
    elif term.get("datatype") and term["datatype"] != XSD_STRING:
        out["datatype"] = term["datatype"]
    return out


class RemoteBuild(BuildSession):
    """A build written into staging graphs of the server, published by one update request."""

    def __init__(self, store: RemoteStore, gens: Generations, path: Path, incremental: bool) -> None:
        self.store = store
        self.gens = gens
        self.path = path
        self.index = path / INDEX
        self.incremental = incremental
        self.tag = hashlib.sha1(path.name.encode() + store.location.encode()).hexdigest()[:12]
        self.staged: dict[str, str] = {}
        """final graph → its staging graph"""
        self.dropped: set[str] = set()
        self.removals: list[str] = []
        self.open = True

    def _staging(self, graph: str) -> str:
        return self.staged.setdefault(graph, f"{graph}/staging-{self.tag}")

    def load(self, data: bytes) -> None:
        if not data:
            return
        by_graph: dict[str, list[Any]] = {}
        for q in parse(data, format=RdfFormat.N_QUADS):
            by_graph.setdefault(q.graph_name.value, []).append(q.triple)
        for graph, triples in sorted(by_graph.items()):
            body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
            resp = self.store._send("POST", self.store.endpoints["store"], params={"graph": self._staging(graph)},
                                    data=body, headers={"Content-Type": NTRIPLES},
                                    timeout=max(self.store.timeout, 300.0))
            self.store._check(resp, f"staging graph {graph}")

    def drop_graphs(self, graphs: list[str]) -> None:
        self.dropped.update(graphs)

    def remove_subjects(self, graph: str, subjects: list[str]) -> None:
        g = NamedNode(graph)
        self.removals += [f"DELETE WHERE {{ GRAPH {g} {{ {NamedNode(s)} ?p ?o }} }}" for s in subjects]

    def commit(self) -> None:
        ops = [f"DROP SILENT GRAPH {NamedNode(g)}" for g in sorted(self.dropped - set(self.staged))]
        if not self.incremental:
            stale = set(self.store.graphs()) - set(self.staged) - set(self.staged.values())
            ops += [f"DROP SILENT GRAPH {NamedNode(g)}" for g in sorted(stale)]
        ops += self.removals
        shared = [g for g in self.staged if g.endswith("/graph/shared")]
        for graph, staging in sorted(self.staged.items()):
            verb = "ADD" if self.incremental and graph in shared and graph not in self.dropped else "MOVE"
            ops.append(f"{verb} SILENT {NamedNode(staging)} TO {NamedNode(graph)}")
            if verb == "ADD":
                ops.append(f"DROP SILENT GRAPH {NamedNode(staging)}")
        if ops:
            self.store.update(" ;\n".join(ops))
        self.gens.publish(self.path)
        self._close()

    def abort(self) -> None:
        if not self.open:
            return
        try:
            if self.staged:
                self.store.update(" ;\n".join(f"DROP SILENT GRAPH {NamedNode(s)}" for s in self.staged.values()))
        except StoreError as exc:
            log.warning("could not drop the staging graphs of an aborted build: %s", exc)
        shutil.rmtree(self.path, ignore_errors=True)
        self._close()

    def _close(self) -> None:
        self.open = False
        self.gens.unlock()


class RemoteStore(GraphStore):
    """A SPARQL 1.1 Protocol + Graph Store Protocol server (Oxigraph server, Fuseki, Virtuoso, …)."""

    def __init__(self, url: str, user: str = "", password: str = "", union_default_graph: bool = True,
                 timeout: float = 60.0, index_dir: Path | None = None) -> None:
        self.url = url
        self.location = urldefrag(url)[0]
        self.endpoints = endpoints(url)
        self.union_default_graph = union_default_graph
        self.timeout = timeout
        self.user, self.password = user, password
        self.session = requests.Session()
        if user:
            self.session.auth = (user, password)
        self.session.headers["User-Agent"] = "policykg"
        digest = hashlib.sha1(self.location.encode()).hexdigest()[:12]
        self.generations = Generations((index_dir or Path("var/index")) / digest)

    # --- HTTP ------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(method, url, timeout=kwargs.pop("timeout", self.timeout), **kwargs)
        except requests.Timeout as exc:
            raise QueryTimeout(f"the SPARQL server did not answer within {self.timeout:g} s", url) from exc
        except requests.RequestException as exc:
            raise StoreError(f"cannot reach the SPARQL server: {exc}", url) from exc

    # --- reads (SPARQLWrapper) ---------------------------------------------------------------
    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        limit: int | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        started = time.perf_counter()
        text = bind_values(sparql, bindings, self.document_iri)
        if base_iri:
            text = f"BASE <{base_iri}> {text}"
        client = SPARQLWrapper(self.endpoints["query"], agent="policykg")
        client.setQuery(text)
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED)
        client.setTimeout(int(max(self.timeout, 1)))
        if self.user:
            client.setCredentials(self.user, self.password)
        for g in default_graphs or ():
            client.addDefaultGraph(g)
        for g in named_graphs or ():
            client.addNamedGraph(g)
        if self.union_default_graph and not (default_graphs or named_graphs) and not shape(text).dataset \
                and self.endpoints["union"] == "param":
            client.addParameter("union-default-graph", "true")
        client.addCustomHttpHeader("Accept", f"{RESULTS_JSON}, {NTRIPLES};q=0.9")
        try:
            response = client.query().response
            data = response.read()
            ctype = (response.headers.get("Content-Type") or "").split(";")[0].strip()
        except SPARQLWrapperException as exc:
            message = str(exc).split("Response:", 1)[-1].strip() or str(exc)
            if type(exc).__name__ in ("QueryBadFormed", "Unauthorized"):
                raise QueryError(message, self.endpoints["query"]) from None
            raise StoreError(f"SPARQL server failed: {message[:500]}", self.endpoints["query"]) from None
        except TimeoutError as exc:
            raise QueryTimeout(f"the SPARQL server did not answer within {self.timeout:g} s",
                               self.endpoints["query"]) from exc
        except OSError as exc:
            raise StoreError(f"cannot reach the SPARQL server: {exc}", self.endpoints["query"]) from exc
        if ctype in (RESULTS_JSON, "application/json"):
            import json

            return self._results(json.loads(data), limit, started)
        if ctype in (NTRIPLES, "text/plain"):
            return self._triples(data, limit, started)
        raise StoreError(f"SPARQL server sent unexpected content type {ctype!r}", self.endpoints["query"])

    @staticmethod
    def _results(doc: dict[str, Any], limit: int | None, started: float) -> QueryResult:
        if "boolean" in doc:
            return QueryResult("ask", boolean=bool(doc["boolean"]), elapsed=time.perf_counter() - started)
        variables = tuple(doc.get("head", {}).get("vars", ()))
        bindings = doc.get("results", {}).get("bindings", [])
        truncated = limit is not None and len(bindings) > limit
        rows = tuple({k: normalise_binding(v) for k, v in b.items()} for b in bindings[:limit])
        return QueryResult("select", variables, rows, truncated=truncated, elapsed=time.perf_counter() - started)

    @staticmethod
    def _triples(data: bytes, limit: int | None, started: float) -> QueryResult:
        triples = [f"{t.subject} {t.predicate} {t.object} ." for t in parse(data, format=RdfFormat.N_TRIPLES)]
        truncated = limit is not None and len(triples) > limit
        return QueryResult("graph", triples=tuple(triples[:limit]), truncated=truncated,
                           elapsed=time.perf_counter() - started)

    def graphs(self) -> list[str]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(r["g"]["value"] for r in res.rows if r.get("g", {}).get("type") == "uri")

    def dump(self, graph: str | None = None) -> list[Quad]:
        out: list[Quad] = []
        for g in [graph] if graph else self.graphs():
            resp = self._send("GET", self.endpoints["store"], params={"graph": g}, headers={"Accept": NTRIPLES})
            self._check(resp, f"reading graph {g}")
            out += [Quad(t.subject, t.predicate, t.object, NamedNode(g))
                    for t in parse(resp.content, format=RdfFormat.N_TRIPLES)]
        return out

    # --- versions and the index ----------------------------------------------------------------
    def version(self) -> str:
        return self.generations.current() or "remote"

    def index_path(self) -> Path | None:
        path = self.generations.current_path()
        return path / INDEX if path and (path / INDEX).exists() else None

    # --- writes ----------------------------------------------------------------------------
    def update(self, text: str) -> None:
        """One SPARQL Update request (one transaction on Oxigraph, Fuseki and Virtuoso)."""
        resp = self._send("POST", self.endpoints["update"], data=text.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-update"}, timeout=max(self.timeout, 600.0))
        self._check(resp, "update")

    def begin_build(self, incremental: bool = False) -> RemoteBuild:
        self.generations.lock()
        try:
            self.generations.prune()
            live = self.generations.current_path()
            path = self.generations.new()
            if incremental and live is not None and (live / INDEX).exists():
                shutil.copyfile(live / INDEX, path / INDEX)
            else:
                incremental = False
        except Exception:
            self.generations.unlock()
            raise
        return RemoteBuild(self, self.generations, path, incremental)

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
        resp = self._send("PUT", self.endpoints["store"], params={"graph": graph}, data=body,
                          headers={"Content-Type": NTRIPLES}, timeout=max(self.timeout, 300.0))
        self._check(resp, f"loading graph {graph} failed, previous graph kept")

    def replace_all(self, graphs: Mapping[str, Iterable[Quad]]) -> None:
        session = self.begin_build()
        try:
            for quads in graphs.values():
                session.load(serialize(list(quads), format=RdfFormat.N_QUADS) or b"")
        except BaseException:
            session.abort()
            raise
        session.commit()

    @staticmethod
    def _check(resp: requests.Response, what: str) -> None:
        if resp.status_code >= 300:
            raise StoreError(f"{what}: server answered {resp.status_code} {resp.text.strip()[:300]}", resp.url)

    def close(self) -> None:
        self.session.close()
