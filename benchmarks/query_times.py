"""Time the benchmark's canned-query and page-query variants on a store that is already built, without a server.

    python -m benchmarks.query_times STORE CORPUS [--only NAME] [--timeout S]

STORE is a policykg store built from CORPUS (a synthetic corpus of `benchmarks.synthetic_corpus`, whose manifest
chooses the document, agency and fact the variants bind, as `make bench` does). Each variant runs twice through a
one-worker pool with the given timeout (as the server runs queries) and the second time is printed: a quick check
of a query change at a size the full benchmark takes an hour to reach. Numbers are single runs, not p50s.
"""

from __future__ import annotations

import argparse
import logging
import time
import types
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks import scale
    from graph_store import open_store
    from graph_store.workers import PooledStore, WorkerPool
    from policykg.settings import load_settings

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store", type=Path)
    p.add_argument("corpus", type=Path)
    p.add_argument("--only", default="", help="only variants of queries whose name contains this")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds after which a query is stopped")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    n = sum(1 for _ in args.corpus.glob("*.txt"))
    run = types.SimpleNamespace(store=args.store, corpus=args.corpus, n=n, root=args.store.parent)
    sel = scale.select_targets(run)
    variants = [v for v in scale.canned_variants(sel) + scale.page_query_variants(sel) if args.only in v.query]
    pool = WorkerPool(str(args.store), size=1, timeout=args.timeout)
    pool.start()
    store = PooledStore(open_store(load_settings().with_overrides(store=str(args.store)), read_only=True), pool)
    print(f"{n} documents; {len(variants)} variants; second of two runs each")
    try:
        for v in variants:
            for _ in range(2):
                started = time.perf_counter()
                try:
                    if v.paged or v.rows:  # as the pages ask for them (scale.sparql_text)
                        rows, note = len(store.query(scale.sparql_text(v), limit=10000).rows), ""
                    else:  # parameters bound by the store, as the gallery and /sparql clients bind them
                        q = scale.catalogue().get(v.query)
                        rows, note = len(store.query(q.text, q.bindings(v.values), limit=10000).rows), ""
                except Exception as exc:
                    rows, note = -1, str(exc)[:80]
                took = time.perf_counter() - started
            print(f"{took * 1000:9.1f} ms {rows:6d} rows  {v.query} ({v.variant}) {note}")
    finally:
        pool.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
