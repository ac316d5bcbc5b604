"""A SPARQL 1.1 server as the store: reads by the SPARQL Protocol, writes by the Graph Store HTTP Protocol.

The store URL names the server's dataset. By default the Oxigraph server layout is assumed: queries at
`<url>/query` and graphs at `<url>/store` (a URL ending in `/query` or `/sparql`
is taken as the query endpoint and the store endpoint sits next to it). Other servers name their endpoints in
the URL fragment, which never leaves this process, e.g. Virtuoso:
`http://127.0.0.1:8890/#query=/sparql&store=/sparql-graph-crud&union=none`, Fuseki:
`http://127.0.0.1:3030/ds#store=data` (a name is relative to the URL, a path starting with / to the host).

Each document is one named graph replaced by a single Graph Store `PUT` (atomic on the server); a whole
build is one `PUT` of N-Quads to the store (Oxigraph and Fuseki replace the dataset in one transaction)
or, where the server has no dataset endpoint, one `PUT` per graph plus deletion of graphs not rebuilt.
Parameters are bound with the same escaped `VALUES` block as the embedded store.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urldefrag, urljoin

import requests
from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

from graph_store.base import GraphStore, QueryResult
from graph_store.binding import bind_values
from policykg.errors import QueryError, QueryTimeout, StoreError

log = logging.getLogger(__name__)

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
DATASET_FALLBACK = {400, 404, 405, 415, 501}
"""Statuses meaning 'this endpoint does not take a whole dataset': fall back to one PUT per graph."""


def endpoints(url: str) -> dict[str, str]:
    """Query and graph-store URLs (and the union mode) from a store URL and its fragment options."""
    base, fragment = urldefrag(url)
    options = dict(parse_qsl(fragment))
    unknown = set(options) - {"query", "store", "union"}
    if unknown:
        raise StoreError(f"unknown store URL option(s) {sorted(unknown)} (known: query, store, union)", url)
    root = base.rstrip("/")
    for suffix in ("/query", "/sparql"):
        if root.endswith(suffix):
            options.setdefault("query", root)
            root = root[: -len(suffix)]
    joined = {k: urljoin(root + "/", options.get(k, k)) for k in ("query", "store")}
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


class RemoteStore(GraphStore):
    """A SPARQL 1.1 Protocol + Graph Store Protocol server (Oxigraph server, Fuseki, Virtuoso, …)."""

    def __init__(self, url: str, user: str = "", password: str = "", union_default_graph: bool = True,
                 timeout: float = 60.0) -> None:
        self.url = url
        self.location = urldefrag(url)[0]
        self.endpoints = endpoints(url)
        self.union_default_graph = union_default_graph
        self.timeout = timeout
        self.session = requests.Session()
        if user:
            self.session.auth = (user, password)
        self.session.headers["User-Agent"] = "policykg"

    # --- HTTP ------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(method, url, timeout=kwargs.pop("timeout", self.timeout), **kwargs)
        except requests.Timeout as exc:
            raise QueryTimeout(f"the SPARQL server did not answer within {self.timeout:g} s", url) from exc
        except requests.RequestException as exc:
            raise StoreError(f"cannot reach the SPARQL server: {exc}", url) from exc

    # --- reads -----------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        limit: int | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        started = time.perf_counter()
        text = bind_values(sparql, bindings)
        if base_iri:
            text = f"BASE <{base_iri}> {text}"
        form: list[tuple[str, str]] = [("query", text)]
        form += [("default-graph-uri", g) for g in default_graphs or ()]
        form += [("named-graph-uri", g) for g in named_graphs or ()]
        if self.union_default_graph and not default_graphs and self.endpoints["union"] == "param":
            form.append(("union-default-graph", ""))
        resp = self._send("POST", self.endpoints["query"], data=form,
                          headers={"Accept": f"{RESULTS_JSON}, {NTRIPLES};q=0.9"})
        if resp.status_code != 200:
            message = resp.text.strip() or resp.reason
            if resp.status_code in (400, 403):
                raise QueryError(message, self.endpoints["query"])
            raise StoreError(f"SPARQL server answered {resp.status_code}: {message[:500]}", self.endpoints["query"])
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype in (RESULTS_JSON, "application/json"):
            return self._results(resp.json(), limit, started)
        if ctype in (NTRIPLES, "text/plain"):
            return self._triples(resp.content, limit, started)
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
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"]["value"] for r in res.rows if r.get("g", {}).get("type") == "uri")

    def dump(self, graph: str | None = None) -> list[Quad]:
        out: list[Quad] = []
        for g in [graph] if graph else self.graphs():
            resp = self._send("GET", self.endpoints["store"], params={"graph": g}, headers={"Accept": NTRIPLES})
            self._check(resp, f"reading graph {g}")
            out += [Quad(t.subject, t.predicate, t.object, NamedNode(g))
                    for t in parse(resp.content, format=RdfFormat.N_TRIPLES)]
        return out

    # --- writes ----------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
        resp = self._send("PUT", self.endpoints["store"], params={"graph": graph}, data=body,
                          headers={"Content-Type": NTRIPLES}, timeout=max(self.timeout, 300.0))
        self._check(resp, f"loading graph {graph} failed, previous graph kept")

    def replace_all(self, graphs: Mapping[str, Iterable[Quad]]) -> None:
        materialised = {g: list(quads) for g, quads in graphs.items()}
        body = serialize([q for quads in materialised.values() for q in quads], format=RdfFormat.N_QUADS) or b""
        resp = self._send("PUT", self.endpoints["store"], data=body, headers={"Content-Type": "application/n-quads"},
                          timeout=max(self.timeout, 600.0))
        if resp.status_code < 300:
            log.info("replaced the whole dataset at %s in one request", self.location)
            return
        if resp.status_code not in DATASET_FALLBACK:
            self._check(resp, "build failed, previous graph kept")
        log.info("%s takes no whole dataset (%d): replacing graph by graph", self.location, resp.status_code)
        stale = set(self.graphs()) - set(materialised)
        for g, quads in materialised.items():
            self.replace_graph(g, quads)
        for g in sorted(stale):
            resp = self._send("DELETE", self.endpoints["store"], params={"graph": g})
            self._check(resp, f"removing stale graph {g}")

    @staticmethod
    def _check(resp: requests.Response, what: str) -> None:
        if resp.status_code >= 300:
            raise StoreError(f"{what}: server answered {resp.status_code} {resp.text.strip()[:300]}", resp.url)

    def close(self) -> None:
        self.session.close()
