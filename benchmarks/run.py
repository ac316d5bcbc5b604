"""Measure build and query speed on the seed corpus and on a scaled copy of it.

`python -m benchmarks.run [--scale N]` builds the seeds, then a corpus of N copies of the seeds (ids made
unique), into fresh embedded stores, times every canned query (median of 5 runs), and writes
benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import logging
import platform
import shutil
import statistics
import tempfile
import time
import tomllib
from pathlib import Path

from graph_store.catalogue import Catalogue
from graph_store.embedded import EmbeddedStore
from graph_store.workers import with_workers
from loaders.build import build_graphs
from policykg import __version__
from policykg.errors import QueryTimeout
from policykg.settings import ROOT, Settings

log = logging.getLogger(__name__)
OUT = ROOT / "benchmarks" / "results.md"


def scaled_corpus(source: Path, copies: int, target: Path) -> Path:
    """N copies of every corpus document with unique ids (manifest rewritten accordingly)."""
    manifest = tomllib.loads((source / "manifest.toml").read_text(encoding="utf-8"))
    entries = []
    for n in range(copies):
        for doc in manifest["document"]:
            name = f"copy{n:03d}-{doc['source_file']}"
            shutil.copy(source / doc["source_file"], target / name)
            fields = {k: v for k, v in doc.items() if k not in {"sources", "seed"}}
            fields.update(id=f"copy{n:03d}-{doc['id']}", source_file=name)
            entries.append(fields)
    lines = []
    for e in entries:
        lines.append("[[document]]")
        for k, v in e.items():
            lines.append(f"{k} = {_toml(v)}")
        lines.append("")
    (target / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    return target


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def measure_build(corpus: Path, store_dir: Path) -> dict[str, float]:
    started = time.perf_counter()
    result = build_graphs(corpus, Settings().base_iri)
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    EmbeddedStore(store_dir).replace_all(result.graphs)
    loaded = time.perf_counter() - started
    log.info("built %s: %d documents, %d triples, %.1f s + %.1f s", corpus, len(result.documents), result.triples,
             parsed, loaded)
    return {"documents": len(result.documents), "triples": result.triples, "extract_s": parsed, "load_s": loaded}


def measure_queries(store_dir: Path, runs: int = 5, timeout: float = 60.0) -> list[tuple[str, float, int]]:
    """Median time per canned query (ms) through the killable worker pool; a query over `timeout` is stopped
    and reported as NaN."""
    settings = Settings(store=str(store_dir), query_timeout=timeout, query_workers=1)
    store = with_workers(EmbeddedStore(store_dir, read_only=True), settings)
    out = []
    try:
        for q in Catalogue(ROOT / "queries").all():
            times, rows = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                try:
                    res = store.query(q.text, q.bindings())
                except QueryTimeout:
                    times, rows = [float("nan")], -1
                    break
                times.append(time.perf_counter() - started)
                rows = len(res.rows)
            out.append((q.id, statistics.median(times) * 1000, rows))
            log.info("%s: %.1f ms, %d rows", q.id, out[-1][1], rows)
    finally:
        store.close()
    return out


def _ms(value: float) -> str:
    return "—" if value != value else f"{value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=20, help="copies of the seed corpus for the scaled run")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        seed = measure_build(ROOT / "data" / "corpus", tmpdir / "seed-store")
        queries = measure_queries(tmpdir / "seed-store")
        (tmpdir / "big").mkdir()
        big_corpus = scaled_corpus(ROOT / "data" / "corpus", args.scale, tmpdir / "big")
        big = measure_build(big_corpus, tmpdir / "big-store")
        big_queries = {q: ms for q, ms, _ in measure_queries(tmpdir / "big-store", runs=3)}
    lines = [
        "# Benchmarks",
        "",
        f"policykg {__version__}, Python {platform.python_version()}, {platform.machine()}, "
        f"{time.strftime('%Y-%m-%d')}. Produced by `make bench` (`python -m benchmarks.run --scale {args.scale}`).",
        "",
        "## Build",
        "",
        "| corpus | documents | triples | parse + extract + RDF (s) | store load (s) |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| seeds | {seed['documents']} | {seed['triples']} | {seed['extract_s']:.2f} | {seed['load_s']:.2f} |",
        f"| seeds × {args.scale} | {big['documents']} | {big['triples']} | {big['extract_s']:.2f} "
        f"| {big['load_s']:.2f} |",
        "",
        "## Canned queries (embedded store, median of runs, ms)",
        "",
        f"| query | rows (seeds) | seeds (ms) | seeds × {args.scale} (ms) |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [f"| {q} | {rows} | {_ms(ms)} | {_ms(big_queries.get(q, float('nan')))} |" for q, ms, rows in queries]
    lines += ["", "(— : stopped at the 60 s timeout.)"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("wrote %s", OUT)


if __name__ == "__main__":
    main()
