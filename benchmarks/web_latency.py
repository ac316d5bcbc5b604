"""Page latency on the seed build: p50/p95 per page type over a real waitress server (loopback).

    .venv/bin/python -m benchmarks.web_latency [--store DIR] [--rounds N] [--out benchmarks/web_latency.md]

Builds the seed corpus into a temporary store unless --store names a built one; each page is requested once to
warm caches (the label and search indexes are built once per store generation), then `rounds` times measured.
"""

from __future__ import annotations

import argparse
import logging
import socket
import statistics
import tempfile
import threading
import time
import urllib.request
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from policykg.settings import ROOT, load_settings

log = logging.getLogger(__name__)

DOC = "zhongshan-2023-health-high-quality-development"
PAGES = {
    "home": "/",
    "document (normalised)": f"/doc/{DOC}",
    "document (raw)": f"/doc/{DOC}?view=raw",
    "provision": f"/doc/{DOC}/p/2",
    "concept": "/vocab/indicator/life-expectancy",
    "document as Turtle": f"/doc/{DOC}.ttl",
    "compare (department)": "/compare?department=" + quote("https://w3id.org/policykg/vocab/department-type/geriatrics"),
    "compare (indicator)": "/compare?indicator=" + quote("https://w3id.org/policykg/vocab/indicator/beds-per-1000"),
    "agencies": "/agencies",
    "search (pinyin)": "/search?q=zhongshan",
    "search (traditional)": "/search?q=" + quote("衛生"),
    "canned query": "/queries/documents?run=1",
    "editor": "/query",
    "ontology": "/ontology",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> float:
    req = urllib.request.Request(url, headers={"Accept": "text/html"})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as resp:
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{url}: HTTP {resp.status}")
    return time.perf_counter() - started


def measure(store: str, rounds: int) -> dict[str, list[float]]:
    from waitress.server import create_server

    from web.app import create_app, shutdown

    settings = replace(load_settings(), store=store, port=_free_port())
    app = create_app(settings)
    server = create_server(app, host="127.0.0.1", port=settings.port, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    root = f"http://127.0.0.1:{settings.port}"
    try:
        for path in PAGES.values():
            _get(root + path)
        return {name: [_get(root + path) for _ in range(rounds)] for name, path in PAGES.items()}
    finally:
        server.close()
        shutdown(app)


def report(times: dict[str, list[float]], rounds: int, triples: str) -> str:
    every = [t for ts in times.values() for t in ts]
    lines = [
        "# Web page latency on the seed build",
        "",
        "Measured by `python -m benchmarks.web_latency`: waitress (4 threads) on loopback, query worker pool as in",
        f"`policykg serve`, {rounds} sequential requests per page after one warm-up request, {triples}.",
        "",
        f"**Overall p50: {statistics.median(every) * 1000:.0f} ms**, "
        f"p95: {statistics.quantiles(every, n=20)[18] * 1000:.0f} ms over {len(every)} requests.",
        "",
        "| page | p50 (ms) | p95 (ms) | max (ms) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, ts in times.items():
        p95 = statistics.quantiles(ts, n=20)[18] if len(ts) >= 2 else ts[0]
        lines.append(f"| {name} | {statistics.median(ts) * 1000:.0f} | {p95 * 1000:.0f} | {max(ts) * 1000:.0f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a built store (default: build the seed corpus into a temporary one)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "web_latency.md")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if not store:
            from graph_store.embedded import EmbeddedStore
            from loaders.build import build_graphs

            store = str(Path(tmp) / "store")
            built = build_graphs(ROOT / "data" / "corpus", load_settings().base_iri)
            EmbeddedStore(store).replace_all(built.graphs)
        from graph_store.embedded import EmbeddedStore

        triples = f"{EmbeddedStore(store, read_only=True).stats().triples} triples in the store"
        times = measure(store, args.rounds)
    text = report(times, args.rounds, triples)
    args.out.write_text(text, encoding="utf-8")
    log.warning("%s", text)


if __name__ == "__main__":
    main()
