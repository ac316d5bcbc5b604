"""Scale benchmark: build, page, query and load figures at N synthetic documents → benchmarks/results.md.

    .venv/bin/python -m benchmarks.scale [--sizes 100,1000,10000] [--serve-sizes 1000,10000]
        [--remote-build-sizes 1000] [--work /tmp/policykg-bench] [--keep] [--snapshot] [--resume]
        [--continue] [--report-only [--include-partial]] [--cold-only] [--no-oxigraph]

For each size N (benchmarks.synthetic_corpus, seed 0, so document i is the same at every N > i):

1. Builds, each in its own process (benchmarks.build_child: the library call behind `policykg build`) with the
   memory of its whole process tree (main + extraction workers) sampled from /proc: a cold full build (fresh
   extraction cache and store), a rebuild with nothing changed, one after adding document N, one after removing
   it again, and a `--full` rebuild with the warm cache. Store size on disk of the live generation, quads,
   BuildSummary phases.
2. At the serve sizes: `policykg serve` (real waitress, free port) on that store; each page warmed once, then
   timed `--rounds` times (p50/p95); every canned query through /sparql (defaults, the first page as the gallery
   asks for it, bound to one document or jurisdiction) against policykg and an Oxigraph server holding the same
   data (`policykg build --store http://…` at the remote-build sizes, else `policykg export` piped into
   `oxigraph load`), latency ratio and throughput at 8 clients; 50 clients for 20 s on a fresh server.

Each size's raw figures go to results-<N>.json (in --results-dir, default benchmarks/; results-<N>.partial.json
while it runs, saved after every step, page and query), and results.md is regenerated from every results-*.json
there (--report-only does just that). Temporary data live under --work and are removed unless --keep; a run kept
with --keep that was interrupted goes on from its last finished step with --continue (without --snapshot, from the
snapshot folder it ran in, so that the code stays the one measured).
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from tqdm import tqdm

from benchmarks import measure, report
from benchmarks.machine import ROOT, SNAPSHOT_ENV, OtherLoad, busy_delta, code_state, cpu_times, machine, pressure
from benchmarks.measure import Client, Request, client_address, timed_series

log = logging.getLogger("benchmarks.scale")

BIN = Path(sys.executable).parent
GB = 1024**3
DEFAULT_STORE_BYTES_PER_DOC = 3.2e6
"""Disk per document of one live store generation, when no measured size tells better (100 documents: ~2.9 MB)."""
DISK_COPIES = 2.3
"""Store generations alive at once (the live one and the one an incremental build writes) plus the extraction
cache and slack; the Oxigraph copy is made after the older generation is gone."""
COLD_ONLY_COPIES = 1.2
"""With --cold-only --no-oxigraph: one generation and the extraction cache."""
INDICATOR = "vocab/indicator/physicians-per-1000"
COMPARE_INDICATOR = "vocab/indicator/beds-per-1000"
COMPARE_DEPARTMENT = "vocab/department-type/geriatrics"
SEARCHES = (("search (Chinese)", "卫生健康"), ("search (pinyin)", "weisheng"), ("search (English)", "hospital"))
PKG = "https://w3id.org/policykg/ontology#"
SPARQL_JSON = "application/sparql-results+json"


# --------------------------------------------------------------------------------------------- one size


@dataclass
class SizeRun:
    """Paths, environment and options of the run at one size."""

    n: int
    root: Path
    args: argparse.Namespace
    results: dict = field(default_factory=dict)

    @property
    def corpus(self) -> Path:
        return self.root / "corpus"

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def logs(self) -> Path:
        path = self.root / "logs"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def env(self, **extra: str) -> dict[str, str]:
        """Environment of every policykg process: this size's cache and index folders, nothing inherited that
        would point elsewhere."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
        env.update(POLICYKG_CACHE_DIR=str(self.cache), POLICYKG_INDEX_DIR=str(self.root / "index"),
                   PYTHONUNBUFFERED="1", **extra)
        return env

    def save(self) -> None:
        path = self.args.results_dir / f"results-{self.n}.partial.json"
        path.write_text(json.dumps(self.results, indent=1, ensure_ascii=False), encoding="utf-8")


def generate(run: SizeRun, n: int | None = None) -> dict:
    """Write the synthetic corpus of `n` (default: the run's size) documents into the run's corpus folder;
    a document beyond `n` left from before is removed."""
    from benchmarks.synthetic_corpus import generate as write_corpus

    n = run.n if n is None else n
    started = time.perf_counter()
    entries = write_corpus(n, run.corpus)
    keep = {e["source_file"] for e in entries}
    for extra in run.corpus.glob("*.txt"):
        if extra.name not in keep:
            extra.unlink()
    size = sum((run.corpus / name).stat().st_size for name in keep)
    return {"documents": len(entries), "bytes": size, "seconds": time.perf_counter() - started}


def disk_bytes(path: Path) -> int:
    """Disk space used by the file `path` or the files under it (allocated blocks)."""
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def live_generation(store: Path) -> Path | None:
    try:
        name = (store / "CURRENT").read_text().strip()
    except OSError:
        return None
    return store / name if name else None


def prune_generations(store: Path) -> None:
    """Remove the store generations that are not live (the previous one a build keeps), so at most two copies of
    the store exist while the next build writes: at 10 000 documents a generation is tens of GB."""
    live = live_generation(store)
    for gen in sorted(store.glob("gen-*")):
        if gen != live:
            shutil.rmtree(gen, ignore_errors=True)


class BuildFailed(RuntimeError):
    def __init__(self, message: str, wall: float) -> None:
        super().__init__(message)
        self.wall = wall


def build(run: SizeRun, label: str, full: bool = False, store: str | None = None,
          server: measure.Server | None = None) -> dict:
    """One build in a child process: wall time, CPU, peak memory of the process tree, BuildSummary, store size.
    `server`: the SPARQL server a remote build writes into (its CPU is the build's, not other processes')."""
    target = store or str(run.store)
    if not store:
        prune_generations(run.store)
    summary_path = run.logs / f"build-{label}.json"
    status_path = run.logs / f"build-{label}.status"
    summary_path.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "benchmarks.build_child", "--store", target, "--corpus", str(run.corpus),
           "--summary", str(summary_path), "--status", str(status_path)] + (["--full"] if full else [])
    if run.args.workers:
        cmd += ["--workers", str(run.args.workers)]
    bar = tqdm(total=0, unit="doc", desc=f"{run.n}: build {label}", mininterval=1, leave=False)

    def progress() -> None:
        try:
            done, total = (int(x) for x in status_path.read_text(encoding="utf-8").split()[:2])
            if (done, total) != (bar.n, bar.total):  # a refresh per change, not per sample
                bar.total, bar.n = total, done
                bar.refresh()
        except (OSError, ValueError):
            pass

    load = OtherLoad(lambda: servers_cpu(server)).start()
    try:
        result = measure.run_measured(cmd, run.env(), run.logs / f"build-{label}.log", cwd=ROOT, on_sample=progress)
    finally:
        bar.close()
    if result.returncode != 0:
        raise BuildFailed(f"build {label} failed ({result.returncode}) after {result.wall:.0f} s:\n"
                          f"{measure.tail(run.logs / f'build-{label}.log')}", result.wall)
    out = result.as_dict()
    server_cpu = servers_cpu(server) - load.o0
    out["machine"] = load.finish(max(result.memory.cpu_s, result.user_cpu + result.system_cpu) + server_cpu)
    out["summary"] = json.loads(summary_path.read_text(encoding="utf-8"))
    out["full"] = full
    if not store:
        live = live_generation(run.store)
        if live:
            out["store_bytes"] = disk_bytes(live)
            out["store_rdf_bytes"] = disk_bytes(live / "rdf")
            out["store_index_bytes"] = disk_bytes(live / "index.sqlite") if (live / "index.sqlite").exists() else 0
        out["store_dir_bytes"] = disk_bytes(run.store)
    s = out["summary"]
    log.info("%d docs, build %s: %.1f s wall (%s), peak tree RSS %.2f GB, %d quads", run.n, label,
             result.wall, s.get("mode"), result.memory.peak_rss / GB, s.get("triples", 0))
    return out


def measure_builds(run: SizeRun) -> dict:
    """Cold full build, no-change rebuild, add one document, remove it, warm-cache full rebuild (the store the
    pages are measured on: freshly written like a cold build)."""
    shutil.rmtree(run.store, ignore_errors=True)
    shutil.rmtree(run.cache, ignore_errors=True)
    builds: dict[str, dict] = {}
    builds["cold_full"] = build(run, "cold-full", full=True)
    run.results["builds"] = builds
    run.save()
    if run.args.cold_only:
        return builds
    builds["no_change"] = build(run, "no-change")
    generate(run, run.n + 1)
    builds["add_one"] = build(run, "add-one")
    generate(run, run.n)
    builds["remove_one"] = build(run, "remove-one")
    builds["warm_full"] = build(run, "warm-full", full=True)
    prune_generations(run.store)
    return builds


# --------------------------------------------------------------------------------------------- what to request


def _rows(store, text: str) -> list[dict[str, str]]:
    return store.query(text).values()


def select_targets(run: SizeRun) -> dict:
    """The document, provision, agency, institution, fact and numbers the pages and queries ask for, chosen
    deterministically: among documents 0–4 (the same at every N), the one with the most evidence-bearing facts
    (and, for a second document page, the one with the longest text)."""
    from benchmarks.synthetic_corpus import plan
    from graph_store import open_store
    from policykg.settings import load_settings

    settings = load_settings().with_overrides(store=str(run.store))
    base = settings.base_iri
    manifest = {d["id"]: d for d in tomllib.loads((run.corpus / "manifest.toml").read_text("utf-8"))["document"]}
    first = [a.id for a in plan(min(5, run.n))]
    store = open_store(settings, read_only=True)
    try:
        facts = {}
        for doc in first:
            rows = _rows(store, f"PREFIX pkg: <{PKG}> SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{base}graph/{doc}> "
                                f"{{ ?f pkg:evidence ?e }} }}")
            facts[doc] = int(rows[0]["n"])
        doc = max(first, key=lambda d: (facts[d], d))
        longest = max(first, key=lambda d: ((run.corpus / manifest[d]["source_file"]).stat().st_size, d))
        graph = f"<{base}graph/{doc}>"
        provision = _rows(store, f"PREFIX pkg: <{PKG}> SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} "
                                 f"{{ ?f pkg:provision ?p }} }} GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1")
        agency = _rows(store, f"PREFIX pkg: <{PKG}> SELECT ?a (COUNT(DISTINCT ?g) AS ?docs) (COUNT(*) AS ?n) "
                              f"WHERE {{ {{ SELECT DISTINCT ?a WHERE {{ GRAPH {graph} {{ ?f pkg:agency ?a }} }} }} "
                              f"GRAPH ?g {{ ?x pkg:agency ?a }} }} GROUP BY ?a ORDER BY DESC(?docs) DESC(?n) ?a "
                              f"LIMIT 1")
        institution = _rows(store, f"PREFIX pkg: <{PKG}> SELECT ?i (COUNT(DISTINCT ?g) AS ?docs) WHERE {{ "
                                   f"GRAPH <{base}graph/shared> {{ ?i a pkg:Institution }} GRAPH ?g {{ ?x ?p ?i }} "
                                   f"FILTER(?g != <{base}graph/shared>) }} GROUP BY ?i ORDER BY DESC(?docs) ?i "
                                   f"LIMIT 1")
        fact = _rows(store, f"PREFIX pkg: <{PKG}> SELECT ?f WHERE {{ GRAPH {graph} {{ ?f a pkg:Target }} }} "
                            f"ORDER BY ?f LIMIT 1") or \
            _rows(store, f"PREFIX pkg: <{PKG}> SELECT ?f WHERE {{ GRAPH {graph} {{ ?f pkg:evidence ?e }} }} "
                         f"ORDER BY ?f LIMIT 1")  # a document without targets: any fact with evidence
        targets = {d: int(_rows(store, f"PREFIX pkg: <{PKG}> SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH "
                                       f"<{base}graph/{d}> {{ ?t a pkg:Target }} }}")[0]["n"]) for d in first}
        target_doc = max(first, key=lambda d: (targets[d], d))  # target queries bound to a document with targets
        label_iris = _rows(store, f"PREFIX pkg: <{PKG}> SELECT DISTINCT ?f WHERE {{ GRAPH {graph} "
                                  f"{{ ?f pkg:evidence ?e }} }} ORDER BY ?f LIMIT 400")
    finally:
        store.close()
    number_doc = next((d for d in [doc, *first] if manifest[d].get("doc_number")), doc)
    return {
        "base": base,
        "document": doc,
        "document_facts": facts[doc],
        "target_document": target_doc,
        "longest_document": longest,
        "provision": provision[0]["p"] if provision else "",
        "agency": agency[0]["a"] if agency else "",
        "agency_documents": int(agency[0]["docs"]) if agency else 0,
        "institution": institution[0]["i"] if institution else "",
        "institution_documents": int(institution[0]["docs"]) if institution else 0,
        "fact": fact[0]["f"] if fact else "",
        "label_iris": [r["f"] for r in label_iris],
        "doc_number": manifest[number_doc].get("doc_number", ""),
        "jurisdiction_name": manifest[doc].get("jurisdiction", ""),
    }


def path_of(iri: str, base: str) -> str:
    """The page of an IRI under the base (policykg serves https://w3id.org/policykg/x at /x)."""
    return "/" + iri.removeprefix(base) if iri.startswith(base) else "/resource?" + urlencode({"iri": iri})


def page_list(sel: dict, home_next: str) -> list[tuple[str, str, str]]:
    """(name, path, Accept) of every page measured, canned-query runs excepted."""
    base, doc = sel["base"], sel["document"]
    pages = [("home", "/", "text/html")]
    if home_next:
        pages.append(("home page 2", home_next, "text/html"))
    pages += [
        ("document (normalised)", f"/doc/{doc}", "text/html"),
        ("document (raw)", f"/doc/{doc}?view=raw", "text/html"),
    ]
    if sel["longest_document"] != doc:
        pages.append(("document, longest text", f"/doc/{sel['longest_document']}", "text/html"))
    for name, key in (("provision", "provision"), ("agency", "agency"), ("institution", "institution")):
        if sel[key]:
            pages.append((name, path_of(sel[key], base), "text/html"))
    pages += [
        ("indicator concept", "/" + INDICATOR, "text/html"),
        ("compare (default)", "/compare", "text/html"),
        ("compare (indicator)", "/compare?" + urlencode({"indicator": base + COMPARE_INDICATOR}), "text/html"),
        ("compare (department type)", "/compare?" + urlencode({"department": base + COMPARE_DEPARTMENT}),
         "text/html"),
        ("agencies", "/agencies", "text/html"),
    ]
    pages += [(name, "/search?" + urlencode({"q": q}), "text/html") for name, q in SEARCHES]
    if sel["doc_number"]:
        pages.append(("search (文号)", "/search?" + urlencode({"q": sel["doc_number"]}), "text/html"))
    pages += [
        ("compare as CSV", "/compare.csv?" + urlencode({"indicator": base + COMPARE_INDICATOR}), "text/csv"),
        ("query gallery", "/queries", "text/html"),
        ("SPARQL editor", "/query", "text/html"),
        ("editor terms (JSON)", "/api/terms", "application/json"),
        ("ontology", "/ontology", "text/html"),
        ("VoID statistics", "/.well-known/void", "text/turtle"),
        ("SPARQL service description", "/sparql", "text/turtle"),
        ("document as Turtle", f"/doc/{doc}.ttl", "text/turtle"),
    ]
    if sel["agency"]:
        pages.append(("agency as Turtle", path_of(sel["agency"], base) + ".ttl", "text/turtle"))
    return pages


def catalogue():
    """The canned queries policykg serves (settings.queries)."""
    from graph_store.catalogue import Catalogue
    from policykg.settings import load_settings

    return Catalogue(load_settings().queries)


@dataclass(frozen=True)
class Variant:
    """One way of running a canned query: its parameter values and what they stand for."""

    query: str
    variant: str
    values: dict[str, str]
    paged: bool = False
    """The first page, as the gallery (public queries) or the entity page (ui-entity-in/-evidence) asks for it."""
    rows: tuple[str, tuple[str, ...]] | None = None
    """A parameter bound to several IRIs at once (VALUES list), as the pages bind ui-labels-of."""

    @property
    def ui(self) -> bool:
        return self.query.startswith("ui-")


def canned_variants(sel: dict) -> list[Variant]:
    """Every public canned query with its defaults (required parameters bound to the selected document or fact),
    its first page as the gallery asks for it, and, for a `document` or `jurisdiction_name` parameter, bound (a
    query tagged `targets` to the first documents' one with the most targets, so that it reads some)."""
    out = []
    for q in catalogue().all():
        if "ui" in q.tags or q.id.startswith("ui-"):
            continue
        document = sel.get("target_document", sel["document"]) if "targets" in q.tags else sel["document"]
        bound = {"document": document, "fact": sel["fact"], "jurisdiction_name": sel["jurisdiction_name"]}
        required = {p.name: bound.get(p.name, "") for p in q.params if p.required}
        if any(not v for v in required.values()):
            log.warning("no value for a required parameter of %s; skipped", q.id)
            continue
        out.append(Variant(q.id, "defaults" if not required else "bound: " + ", ".join(required), required))
        if not required:
            out.append(Variant(q.id, "page 1", {}, paged=True))
        for name in ("document", "jurisdiction_name"):
            if any(p.name == name and not p.required for p in q.params):
                out.append(Variant(q.id, f"bound: {name}", {**required, name: bound[name]}))
    return out


def page_query_variants(sel: dict) -> list[Variant]:
    """The queries behind the pages (queries/ui-*.rq), bound as the home, document and entity pages bind them:
    the document's five, the entity page's five for the indicator concept and the agency, labels for 400 IRIs."""
    doc = f"{sel['base']}doc/{sel['document']}"
    out = [Variant("ui-home-counts", "home", {})]
    out += [Variant(q, "document", {"doc": doc}) for q in ("ui-document", "ui-document-outline",
                                                           "ui-document-facts", "ui-document-fact-details",
                                                           "ui-document-links")]
    for name, iri in (("indicator concept", sel["base"] + INDICATOR), ("agency", sel["agency"])):
        if not iri:
            continue
        out += [Variant(q, name, {"iri": iri}) for q in ("ui-entity-exists", "ui-entity-out")]
        out += [Variant(q, f"{name}, first page", {"iri": iri}, paged=True) for q in ("ui-entity-in",
                                                                                      "ui-entity-evidence")]
        out.append(Variant("ui-entity-describe", f"{name} (RDF twin)", {"iri": iri}))
    if sel.get("label_iris"):
        out.append(Variant("ui-labels-of", f"{len(sel['label_iris'])} IRIs of the document", {},
                           rows=("s", tuple(sel["label_iris"]))))
    return [v for v in out if _has_query(v.query)]


def _has_query(name: str) -> bool:
    from policykg.errors import NotFound

    try:
        catalogue().get(name)
    except NotFound:  # a query renamed or removed in the code measured
        log.warning("no canned query %s in the code measured; skipped", name)
        return False
    return True


def sparql_text(v: Variant) -> str:
    """The query text /sparql receives for a variant: parameters bound by the escaped VALUES block (as the remote
    store binds them); first pages (graph_store.paging) as the gallery or the entity page asks for them."""
    from pyoxigraph import NamedNode

    from graph_store.binding import bind_rows, bind_values
    from graph_store.paging import paged
    from web.pages.entities import PAGE as ENTITY_PAGE
    from web.pages.query import PAGE

    q = catalogue().get(v.query)
    text = q.text
    if v.rows:
        text = bind_rows(text, v.rows[0], [NamedNode(i) for i in v.rows[1]])
    if v.rows:  # as web.pages.data.rows_for binds the other parameters
        text = bind_values(text, {p.name: p.term(v.values[p.name]) for p in q.params if p.name in v.values})
    else:
        text = bind_values(text, q.bindings(v.values))
    if v.paged and v.ui:  # web.pages.entities: page_rows(…, PAGE, offset, keep_order=False)
        text = paged(text, ENTITY_PAGE + 1, 0, keep_order=False)
    elif v.paged:  # as web.pages.query._run asks for the first page of a query left at its defaults
        narrowed = not any(not p.required for p in q.params)
        text = paged(text, PAGE + 1, 0, keep_order=narrowed or not q.params)
    return text


def gallery_path(v: Variant) -> str:
    return f"/queries/{v.query}?" + urlencode({**v.values, "run": "1"})


# --------------------------------------------------------------------------------------------- servers


def policykg_server(run: SizeRun, label: str):
    """`policykg serve` on the run's store (a fresh process)."""
    exe = BIN / "policykg"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "policykg.cli"]
    return measure.server(f"policykg-{label}", lambda port: [*cmd, "serve", "--store", str(run.store),
                                                             "--port", str(port)],
                          run.env(), run.logs / f"serve-{label}.log", cwd=ROOT)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    return found


def oxigraph_server(run: SizeRun, location: Path, label: str):
    """`oxigraph serve` on `location`, with the same query time limit as policykg's default (10 s)."""
    return measure.server(f"oxigraph-{label}", lambda port: [oxigraph_binary(), "serve", "--location",
                                                             str(location), "--bind", f"127.0.0.1:{port}",
                                                             "--timeout-s", str(run.args.query_timeout)],
                          run.env(), run.logs / f"oxigraph-{label}.log")


def servers_cpu(*servers: measure.Server | None) -> float:
    """CPU seconds so far of the servers' process trees."""
    total = 0.0
    for srv in servers:
        if srv is not None:
            srv.sampler.sample()
            total += srv.sampler.memory.cpu_s
    return total


def server_memory(srv: measure.Server) -> dict:
    srv.sampler.sample()
    return {"peak_rss_tree_bytes": srv.sampler.memory.peak_rss, "peak_pss_tree_bytes": srv.sampler.memory.peak_pss}


# --------------------------------------------------------------------------------------------- pages and queries


def _series(client: Client, name: str, req: Request, run: SizeRun, on_warm=None,
            server: measure.Server | None = None) -> dict:
    s = timed_series(client, name, req, run.args.rounds, run.args.budget, run.args.min_rounds, on_warm,
                     (lambda: servers_cpu(server)) if server else None)
    return {**s.as_dict(), "loadavg": float(Path("/proc/loadavg").read_text().split()[0])}


def _page_error(into: dict):
    """A warm-up callback storing the error a canned-query page shows (the gallery answers 200 with the message
    when the query failed or ran out of time)."""

    def inspect(r: measure.Response) -> None:
        found = re.search(rb'class="error-msg"[^>]*>(.*?)</p>', r.body, re.S)
        if found:
            text = html.unescape(re.sub(r"<[^>]+>", " ", found.group(1).decode("utf-8", errors="replace")))
            into["page_error"] = " ".join(text.split())[:200]

    return inspect


def measure_pages(run: SizeRun, srv: measure.Server, sel: dict, variants: list[Variant]) -> dict:
    """Every page, then every canned-query page run (?run=1), warmed once and timed."""
    client = Client(srv.base, client_address(0))
    first = client.get("/?format=json", "application/json", keep_body=True)
    home_next = json.loads(first.body).get("next", "") if first.status == 200 else ""
    pages = page_list(sel, home_next)
    gallery = [v for v in variants if not v.paged and not v.ui]
    items: list[dict] = []
    run.results["pages"] = {"items": items, "incomplete": True}  # saved as it grows (results-<N>.partial.json)
    bar = tqdm(total=len(pages) + len(gallery), desc=f"{run.n}: pages", unit="page", leave=False)
    with OtherLoad(lambda: servers_cpu(srv)) as load, bar:
        for name, path, accept in pages:
            items.append({"kind": "page", **_series(client, name, Request(path, accept), run, server=srv)})
            run.save()
            bar.update()
        for v in gallery:
            item = {"kind": "canned page", "query": v.query, "variant": v.variant}
            item.update(_series(client, f"{v.query} ({v.variant})", Request(gallery_path(v)), run,
                                _page_error(item), srv))
            items.append(item)
            run.save()
            bar.update()
    client.close()
    for it in items:
        log.info("%d docs, %-45s p50 %7.1f ms  %s", run.n, it["name"][:45], (it["p50_s"] or math.nan) * 1000,
                 it["statuses"] or it["error"])
    return {"items": items, "server": server_memory(srv), "machine": load.result}


def sparql_request(endpoint: str, text: str, union: bool, accept: str = SPARQL_JSON) -> Request:
    """A SPARQL Protocol query by POST (form-encoded), as SPARQLWrapper and policykg's remote store send them;
    `union`: Oxigraph's union-default-graph parameter (policykg's /sparql has the union as default graph)."""
    params = {"query": text}
    if union:
        params["union-default-graph"] = "true"
    return Request(endpoint, accept, urlencode(params, quote_via=quote).encode("ascii"))


NTRIPLES = "application/n-triples"


def accept_for(text: str) -> str:
    """SPARQL JSON results for SELECT and ASK, N-Triples for CONSTRUCT and DESCRIBE."""
    from graph_store.sparql_lexer import shape

    return NTRIPLES if shape(text).form in ("CONSTRUCT", "DESCRIBE") else SPARQL_JSON


def _count_rows(into: dict, key: str):
    """A warm-up callback storing the number of result rows (or triples) of an answer (None unless 200)."""

    def inspect(r: measure.Response) -> bool:
        into[key] = None
        if r.status != 200:
            return False
        if r.headers.get("content-type", "").startswith(NTRIPLES):
            lines = [line for line in r.body.splitlines() if line.strip()]
            if lines and not lines[-1].rstrip().endswith(b"."):
                into[key + "_cut"] = True
                return False
            into[key] = len(lines)
            return True
        try:
            doc = json.loads(r.body)
        except ValueError:  # 200, then the body cut off: a server that times out while it streams (Oxigraph)
            into[key + "_cut"] = True
            return False
        into[key] = len(doc["results"]["bindings"]) if "results" in doc else 1
        return True

    return inspect


def measure_queries(run: SizeRun, pkg: measure.Server, ox: measure.Server | None,
                    variants: list[Variant]) -> list[dict]:
    """Every canned-query variant through policykg's /sparql and (if given) the Oxigraph server, one after the
    other per query so both see the same machine load."""
    pc = Client(pkg.base, client_address(1))
    oc = Client(ox.base, client_address(2)) if ox else None
    out: list[dict] = []
    run.results.setdefault("oxigraph", {})["queries"] = out  # saved as it grows (results-<N>.partial.json)
    for v in tqdm(variants, desc=f"{run.n}: /sparql", unit="query", leave=False):
        text = sparql_text(v)
        item = {"query": v.query, "variant": v.variant, "values": v.values, "paged": v.paged, "ui": v.ui}
        accept = accept_for(text)
        preq = sparql_request("/sparql", text, union=False, accept=accept)
        item["policykg"] = _series(pc, v.query, preq, run, _count_rows(item, "policykg_rows"), pkg)
        if oc is not None:
            oreq = sparql_request("/query", text, union=True, accept=accept)
            item["oxigraph"] = _series(oc, v.query, oreq, run, _count_rows(item, "oxigraph_rows"), ox)
        out.append(item)
        run.save()
        log.info("%d docs, /sparql %-28s %-22s policykg %7.1f ms, oxigraph %s", run.n, v.query, v.variant,
                 (item["policykg"]["p50_s"] or math.nan) * 1000,
                 f"{(item['oxigraph']['p50_s'] or math.nan) * 1000:.1f} ms" if oc else "—")
    pc.close()
    if oc:
        oc.close()
    return out


THROUGHPUT_QUERIES = (("implementation-chain", "bound: document"), ("document-targets", "bound: document"))
"""Small queries of the throughput comparison (the first decides the goal): what one document implements (a few
rows: the servers' own overhead dominates), one document's targets."""


def throughput(run: SizeRun, pkg: measure.Server, ox: measure.Server, variants: list[Variant]) -> list[dict]:
    """Each small query from 8 concurrent clients (distinct addresses), the servers taking THROUGHPUT_ROUNDS turns
    each; answers per second over all of a server's turns."""
    out = []
    slot = run.args.throughput_seconds / THROUGHPUT_ROUNDS
    for key in THROUGHPUT_QUERIES:
        v = next(v for v in variants if (v.query, v.variant) == key)
        text = sparql_text(v)
        item: dict = {"query": v.query, "variant": v.variant, "clients": run.args.throughput_clients,
                      "rounds": THROUGHPUT_ROUNDS}
        sides = (("policykg", pkg, sparql_request("/sparql", text, union=False)),
                 ("oxigraph", ox, sparql_request("/query", text, union=True)))
        turns: dict[str, list[dict]] = {name: [] for name, _, _ in sides}
        for _name, srv, req in sides:
            Client(srv.base, client_address(3)).send(req)
        for _ in range(THROUGHPUT_ROUNDS):
            for name, srv, req in sides:
                cpu0 = servers_cpu(srv)
                turn = measure.concurrent_clients(srv.base, [req], run.args.throughput_clients, slot, first_address=10)
                turn["server_cpu_s"] = servers_cpu(srv) - cpu0
                turns[name].append(turn)
        for name, _, _ in sides:
            done = turns[name]
            seconds = sum(t["seconds"] for t in done)
            statuses: dict[str, int] = {}
            for t in done:
                for code, n in t["statuses"].items():
                    statuses[code] = statuses.get(code, 0) + n
            item[name] = {"seconds": seconds, "statuses": statuses,
                          "ok_per_second": statuses.get("200", 0) / seconds if seconds else 0.0,
                          "turns_ok_per_second": [round(t["ok_per_second"], 1) for t in done],
                          "server_cpu_s": sum(t["server_cpu_s"] for t in done),
                          "p50_s": measure.percentile([t["p50_s"] for t in done], 50)}
            log.info("%d docs, %d clients, %s on %s: %.1f answers/s (turns %s; %s)", run.n,
                     run.args.throughput_clients, v.query, name, item[name]["ok_per_second"],
                     item[name]["turns_ok_per_second"], statuses)
        out.append(item)
    return out


LATENCY_ROUNDS = 300
"""Sequential requests per query and server in the latency comparison (after one warm-up)."""

THROUGHPUT_ROUNDS = 3
"""Turns each server takes in the throughput comparison (each --throughput-seconds / THROUGHPUT_ROUNDS long):
this machine's speed drifts by tens of percent within minutes, so the servers alternate instead of running one
after the other."""


def latency(run: SizeRun, pkg: measure.Server, ox: measure.Server, variants: list[Variant]) -> list[dict]:
    """One client per server, one request at a time, the two servers alternating request by request (so a drift in
    the machine's speed falls on both): the smallest query there is (`ASK {}`: the servers' own overhead alone)
    and the throughput queries. p50/p95 per server, the ratio of the p50s, and server CPU per request."""
    texts = [("ask-empty", "", "ASK {}")]
    for key in THROUGHPUT_QUERIES:
        v = next(v for v in variants if (v.query, v.variant) == key)
        texts.append((v.query, v.variant, sparql_text(v)))
    sides = (("policykg", pkg, "/sparql", False), ("oxigraph", ox, "/query", True))
    out = []
    for query, variant, text in texts:
        item: dict = {"query": query, "variant": variant, "rounds": LATENCY_ROUNDS}
        clients = {name: Client(srv.base, client_address(4)) for name, srv, _, _ in sides}
        requests = {name: sparql_request(endpoint, text, union=union) for name, _, endpoint, union in sides}
        times: dict[str, list[float]] = {name: [] for name in clients}
        statuses: dict[str, dict[str, int]] = {name: {} for name in clients}
        cpu: dict[str, float] = {}
        for name in clients:
            clients[name].send(requests[name])  # warm
        for name, srv, _, _ in sides:
            cpu[name] = -servers_cpu(srv)
        for _ in range(LATENCY_ROUNDS):
            for name in clients:
                r = clients[name].send(requests[name])
                times[name].append(r.seconds)
                statuses[name][str(r.status)] = statuses[name].get(str(r.status), 0) + 1
        for name, srv, _, _ in sides:
            cpu[name] += servers_cpu(srv)
            clients[name].close()
            item[name] = {"p50_s": measure.percentile(times[name], 50), "p95_s": measure.percentile(times[name], 95),
                          "statuses": statuses[name], "server_cpu_per_request_s": cpu[name] / LATENCY_ROUNDS}
        item["ratio_p50"] = item["policykg"]["p50_s"] / max(item["oxigraph"]["p50_s"], 1e-9)
        log.info("%d docs, latency of %s: policykg p50 %.2f ms, Oxigraph %.2f ms (%.2f×)", run.n, query,
                 item["policykg"]["p50_s"] * 1000, item["oxigraph"]["p50_s"] * 1000, item["ratio_p50"])
        out.append(item)
    return out


# --------------------------------------------------------------------------------------------- Oxigraph


def oxigraph_load(run: SizeRun, location: Path) -> dict:
    """Put this size's data into an Oxigraph database at `location`: by `policykg build --store http://…` into a
    running server at the remote-build sizes (measured), else `policykg export --format nquads --with-build-log`
    piped into `oxigraph load` (timed)."""
    shutil.rmtree(location, ignore_errors=True)
    shutil.rmtree(run.root / "index", ignore_errors=True)
    location.mkdir(parents=True)
    failed: dict = {}
    if run.n in run.args.remote_build_sizes:
        try:
            with oxigraph_server(run, location, "remote-build") as ox:
                out = build(run, "remote", full=True, store=ox.base, server=ox)
                out["oxigraph_server"] = server_memory(ox)
            out["method"] = "policykg build --store http://… (warm extraction cache)"
            out["oxigraph_bytes"] = disk_bytes(location)
            return out
        except BuildFailed as exc:
            log.error("%d docs: the remote build failed; loading Oxigraph by export | load instead:\n%s", run.n,
                      exc)
            failed = {"method": "policykg build --store http://… (warm extraction cache)", "failed": True,
                      "wall_s": exc.wall, "error": str(exc)[-1500:]}
            shutil.rmtree(location, ignore_errors=True)
            location.mkdir(parents=True)
    exe = BIN / "policykg"
    export = [str(exe)] if exe.exists() else [sys.executable, "-m", "policykg.cli"]
    export += ["export", "--format", "nquads", "--with-build-log", "--store", str(run.store)]
    load = [oxigraph_binary(), "load", "--location", str(location), "--format", "nq"]
    started = time.perf_counter()
    with (run.logs / "export.log").open("ab") as elog, (run.logs / "oxigraph-load.log").open("ab") as llog:
        exporter = subprocess.Popen(export, env=run.env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=elog)
        loader = subprocess.Popen(load, stdin=exporter.stdout, stdout=llog, stderr=subprocess.STDOUT)
        exporter.stdout.close()  # the loader holds the pipe now
        codes = (exporter.wait(), loader.wait())
    if any(codes):
        raise RuntimeError(f"export | oxigraph load failed {codes}:\n{measure.tail(run.logs / 'export.log')}\n"
                           f"{measure.tail(run.logs / 'oxigraph-load.log')}")
    out = {"method": "policykg export --format nquads --with-build-log | oxigraph load",
           "wall_s": time.perf_counter() - started, "oxigraph_bytes": disk_bytes(location)}
    if failed:
        out["remote_build"] = failed
    return out


def count_quads(client: Client, endpoint: str) -> int | None:
    """Quads in every named graph (None when the server refuses or times out)."""
    text = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.send(sparql_request(endpoint, text, union=False), keep_body=True)
    if r.status != 200:
        return None
    try:
        return int(json.loads(r.body)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError):  # 200, then cut off by the server's time limit while streaming
        return None


def oxigraph_compare(run: SizeRun, variants: list[Variant]) -> dict:
    """Load the data into Oxigraph, then canned queries on both servers, and throughput at 8 clients."""
    location = run.root / "oxigraph"
    loaded = run.results.get("oxigraph", {}).get("load")
    if loaded and run.args.continue_run and location.is_dir() and any(location.iterdir()):
        log.info("%d documents: the Oxigraph database loaded by the interrupted run is used", run.n)
        out: dict = {"load": loaded}
    else:
        out = {"load": oxigraph_load(run, location)}
    run.results["oxigraph"] = out
    run.save()
    with oxigraph_server(run, location, "compare") as ox, policykg_server(run, "queries") as pkg:
        out["quads"] = {"oxigraph": count_quads(Client(ox.base, timeout=600), "/query")}
        with OtherLoad(lambda: servers_cpu(pkg, ox)) as load:
            out["queries"] = measure_queries(run, pkg, ox, variants)
        out["queries_machine"] = load.result
        with OtherLoad(lambda: servers_cpu(pkg, ox)) as load:
            out["throughput"] = throughput(run, pkg, ox, variants)
        out["throughput_machine"] = load.result
        out["policykg_server"] = server_memory(pkg)
        out["oxigraph_server"] = server_memory(ox)
    if not run.args.keep:
        shutil.rmtree(location, ignore_errors=True)
    return out


def queries_only(run: SizeRun, variants: list[Variant]) -> dict:
    """The canned queries through policykg's /sparql alone (--no-oxigraph: a size at which loading an Oxigraph
    copy would take longer than the rest of the run; no ratios, no throughput)."""
    out: dict = {"skipped": "Oxigraph comparison not run (--no-oxigraph)"}
    run.results["oxigraph"] = out
    with policykg_server(run, "queries") as pkg:
        with OtherLoad(lambda: servers_cpu(pkg)) as load:
            out["queries"] = measure_queries(run, pkg, None, variants)
        out["queries_machine"] = load.result
        out["policykg_server"] = server_memory(pkg)
    return out


# --------------------------------------------------------------------------------------------- load


def load_test(run: SizeRun, sel: dict, variants: list[Variant], home_next: str) -> dict:
    """50 clients (distinct addresses) for 20 s on a freshly started server, mixing pages and /sparql queries."""
    mix = [Request(path, accept) for _, path, accept in page_list(sel, home_next)]
    small = [v for v in variants if v.variant.startswith("bound: document") or v.variant == "page 1"]
    mix += [sparql_request("/sparql", sparql_text(v), union=False) for v in small[:8]]
    with policykg_server(run, "load") as srv, OtherLoad(lambda: servers_cpu(srv)) as load:
        out = measure.concurrent_clients(srv.base, mix, run.args.load_clients, run.args.load_seconds,
                                         first_address=100, timeout=run.args.load_timeout)
        out["planned_seconds"] = run.args.load_seconds
        after = Client(srv.base, client_address(99)).get("/")
        out["home_after"] = after.status
        out["server"] = server_memory(srv)
        out["server_alive"] = srv.process.poll() is None
    out["machine"] = load.result
    out["mix"] = len(mix)
    log.info("%d docs, load: %d requests in %.0f s, %s, p50 %.0f ms, p95 %.0f ms; / afterwards %d", run.n,
             out["requests"], out["seconds"], out["statuses"], out["p50_s"] * 1000, out["p95_s"] * 1000,
             out["home_after"])
    return out


# --------------------------------------------------------------------------------------------- orchestration


def check_disk(run: SizeRun) -> None:
    """Refuse a size the free disk cannot hold (two store generations + Oxigraph's copy at the serve sizes)."""
    per_doc = DEFAULT_STORE_BYTES_PER_DOC
    for data in report.load_results(run.args.results_dir):
        try:
            per_doc = max(per_doc, data["builds"]["cold_full"]["store_bytes"] / data["size"])
        except (KeyError, ZeroDivisionError, TypeError):
            continue
    copies = COLD_ONLY_COPIES if run.args.cold_only and run.args.no_oxigraph else DISK_COPIES
    need = per_doc * run.n * copies
    free = shutil.disk_usage(run.root.parent if run.root.parent.exists() else Path("/")).free
    if free < need:
        raise SystemExit(f"not enough disk for {run.n} documents under {run.root}: {free / GB:.1f} GB free, about "
                         f"{need / GB:.1f} GB needed ({per_doc / 1e6:.1f} MB per document per store generation, "
                         f"{copies} copies at once); choose another --work or free space")


def run_size(n: int, args: argparse.Namespace) -> dict:
    """Every measurement at one size; its folder under --work is removed afterwards unless --keep. With
    --continue, an interrupted run kept with --keep (results-<N>.partial.json and its folder) goes on from its
    last finished step."""
    run = SizeRun(n, args.work / f"n{n}", args)
    partial = args.results_dir / f"results-{n}.partial.json"
    if args.continue_run and partial.exists() and live_generation(run.store):
        run.results = json.loads(partial.read_text(encoding="utf-8"))
        run.results.setdefault("continued", []).append(time.strftime("%Y-%m-%d %H:%M:%S"))
        log.info("%d documents: continuing the interrupted run of %s (%s)", n, run.results.get("started"),
                 ", ".join(k for k in ("builds", "pages", "oxigraph") if k in run.results))
    else:
        shutil.rmtree(run.root, ignore_errors=True)
        run.root.mkdir(parents=True)
    try:
        if not run.results:
            check_disk(run)
        return _measure_size(run)
    finally:
        if not args.keep:
            shutil.rmtree(run.root, ignore_errors=True)


def _measure_size(run: SizeRun) -> dict:
    n, args = run.n, run.args
    before = cpu_times()
    settings = {"rounds": args.rounds, "min_rounds": args.min_rounds, "budget_s": args.budget,
                "query_timeout_s": args.query_timeout, "workers": args.workers or os.cpu_count()}
    built = "cold_full" if args.cold_only else "warm_full"
    if built not in run.results.get("builds", {}):
        run.results = {"size": n, "machine": machine(args.work), "code": code_state(),
                       "command": " ".join(["python -m benchmarks.scale", *sys.argv[1:]]), "note": args.note,
                       "started": time.strftime("%Y-%m-%d %H:%M:%S"), "settings": settings}
        log.info("%d documents: generating the corpus", n)
        run.results["corpus"] = generate(run)
        run.results["builds"] = measure_builds(run)
        run.save()
    elif run.results.get("settings") != settings:
        run.results["settings_continued"] = settings  # the settings of the steps measured after the interruption
    if n in args.serve_sizes:
        sel = run.results.get("selection") or select_targets(run)
        run.results["selection"] = sel
        variants = canned_variants(sel) + page_query_variants(sel)
        if "server" not in run.results.get("pages", {}):
            with policykg_server(run, "pages") as srv:
                run.results["pages"] = measure_pages(run, srv, sel, variants)
            run.save()
        home_next = next((it["path"] for it in run.results["pages"]["items"] if it["name"] == "home page 2"), "")
        run.results["oxigraph"] = queries_only(run, variants) if args.no_oxigraph else oxigraph_compare(run, variants)
        run.save()
        run.results["load"] = load_test(run, sel, variants, home_next)
    run.results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    run.results["machine_cpu_shares"] = busy_delta(before, cpu_times())
    run.results["cpu_pressure_at_end"] = pressure()
    code_end = code_state()
    if code_end["extraction_code_digest"] != run.results["code"]["extraction_code_digest"] or \
            code_end["commit"] != run.results["code"]["commit"]:
        log.warning("the code changed during the run (commit or extraction code): figures may mix versions")
        run.results["code_at_end"] = code_end
    final = args.results_dir / f"results-{n}.json"
    final.write_text(json.dumps(run.results, indent=1, ensure_ascii=False), encoding="utf-8")
    (args.results_dir / f"results-{n}.partial.json").unlink(missing_ok=True)
    return run.results


def run_snapshot(args: argparse.Namespace, argv: Sequence[str]) -> int:
    """Run this benchmark on a copy of the committed code (HEAD, by `git archive`) under --work, with the
    benchmarks/*.py of the working tree and its web/static/vendor assets, so that edits made in the working tree
    while it runs (hours at 10 000 documents) change nothing measured. Results still go to --results-dir."""
    import io
    import tarfile

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    src = args.work / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit], capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(src, filter="data")
    (src / "benchmarks").mkdir(exist_ok=True)
    for path in (ROOT / "benchmarks").glob("*.py"):
        shutil.copy2(path, src / "benchmarks" / path.name)
    vendor = ROOT / "web" / "static" / "vendor"
    if vendor.is_dir():
        shutil.copytree(vendor, src / "web" / "static" / "vendor", dirs_exist_ok=True)
    log.info("measuring a snapshot of %s (HEAD) in %s", commit[:10], src)
    env = {**os.environ, "PYTHONPATH": str(src), SNAPSHOT_ENV: str(ROOT), "POLICYKG_BENCH_COMMIT": commit}
    rest = [a for a in argv if a != "--snapshot"]
    try:
        return subprocess.call([sys.executable, "-m", "benchmarks.scale", *rest, "--results-dir",
                                str(args.results_dir.resolve()), "--work", str(args.work.resolve())], cwd=src, env=env)
    finally:
        if not args.keep:
            shutil.rmtree(src, ignore_errors=True)


def _sizes(text: str) -> list[int]:
    return [int(x.replace("_", "")) for x in text.split(",") if x.strip()]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__.split("\n")[0])
    p.add_argument("--sizes", type=_sizes, default=[100, 1000, 10000], help="documents per run (default 100,1000,"
                   "10000)")
    p.add_argument("--serve-sizes", type=_sizes, default=[1000, 10000],
                   help="sizes at which pages, queries, Oxigraph and load are measured (default 1000,10000)")
    p.add_argument("--remote-build-sizes", type=_sizes, default=[1000],
                   help="sizes at which Oxigraph is loaded by `policykg build --store http://…` (measured); "
                   "elsewhere by export | oxigraph load (default 1000)")
    p.add_argument("--work", type=Path, default=Path("/tmp/policykg-bench"), help="temporary data")
    p.add_argument("--results-dir", type=Path, default=ROOT / "benchmarks",
                   help="where results-<N>.json and results.md go (default benchmarks/)")
    p.add_argument("--keep", action="store_true", help="keep the temporary data")
    p.add_argument("--snapshot", action="store_true",
                   help="measure the committed code (HEAD) from a copy, not the working tree as it changes")
    p.add_argument("--resume", action="store_true", help="skip sizes whose results-<N>.json exists")
    p.add_argument("--continue", dest="continue_run", action="store_true",
                   help="go on with an interrupted run kept with --keep (results-<N>.partial.json and its store "
                   "under --work) from its last finished step instead of starting the size again")
    p.add_argument("--report-only", action="store_true", help="only regenerate results.md from results-*.json")
    p.add_argument("--include-partial", action="store_true",
                   help="with --report-only: also report an interrupted run's results-<N>.partial.json (marked "
                   "incomplete)")
    p.add_argument("--workers", type=int, default=0, help="extraction processes (default: one per core)")
    p.add_argument("--rounds", type=int, default=20, help="timed requests per page or query after one warm-up")
    p.add_argument("--min-rounds", type=int, default=5,
                   help="fewest timed requests when --budget is spent (slow pages)")
    p.add_argument("--budget", type=float, default=60.0,
                   help="seconds of timed requests per page or query after which it stops at --min-rounds")
    p.add_argument("--query-timeout", type=int, default=10, help="Oxigraph server --timeout-s (policykg's is 10)")
    p.add_argument("--throughput-clients", type=int, default=8)
    p.add_argument("--throughput-seconds", type=float, default=15.0)
    p.add_argument("--load-clients", type=int, default=50)
    p.add_argument("--load-seconds", type=float, default=20.0)
    p.add_argument("--load-timeout", type=float, default=120.0, help="client timeout of one load-test request")
    p.add_argument("--cold-only", action="store_true",
                   help="measure the cold full build only (no rebuilds): the pages are served from its store")
    p.add_argument("--no-oxigraph", action="store_true",
                   help="canned queries through policykg only: no Oxigraph copy, ratios or throughput")
    p.add_argument("--note", default="", help="a remark printed with the results (e.g. the machine was shared)")
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    args.results_dir.mkdir(parents=True, exist_ok=True)
    if args.snapshot and not args.report_only:
        args.work.mkdir(parents=True, exist_ok=True)
        return run_snapshot(args, argv)
    if not args.report_only:
        args.work.mkdir(parents=True, exist_ok=True)
        try:
            for n in args.sizes:
                if args.resume and (args.results_dir / f"results-{n}.json").exists():
                    log.info("%d documents: results-%d.json exists, skipped (--resume)", n, n)
                    continue
                run_size(n, args)
                report.write_results(args.results_dir)
        finally:
            if not args.keep:
                try:
                    args.work.rmdir()  # only when empty: --work may name a folder holding other things
                except OSError:
                    pass
    out = report.write_results(args.results_dir, partial=args.report_only and args.include_partial)
    log.info("%s written from %s", out, ", ".join(p.name for p in sorted(args.results_dir.glob("results-*.json"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
