"""Time pages on a store that is already built, in process (the app's own worker pools, no HTTP server).

    python -m benchmarks.page_times STORE URL [URL …] [--runs N]
    python -m benchmarks.page_times STORE @benchmarks/page_urls-1000.txt

An argument @FILE reads URLs from FILE, one per line (page_urls-1000.txt: the pages `make bench` measures, on the
1 000-document synthetic corpus of `python -m benchmarks.synthetic_corpus 1000 DIR`). Each URL is requested once
to warm it, then N times; the median is printed with the status and the body size.
A quick check of a page change at a size the full benchmark (`make bench`) takes an hour to reach; the numbers
leave out the HTTP server (waitress), so they are below the benchmark's.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store")
    p.add_argument("urls", nargs="+")
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    os.environ["POLICYKG_STORE"] = args.store
    from web.app import create_app, shutdown

    app = create_app()
    client = app.test_client()
    urls = [u for a in args.urls for u in (Path(a[1:]).read_text(encoding="utf-8").split() if a.startswith("@")
                                           else [a])]
    try:
        for url in urls:
            resp = client.get(url)
            times = []
            for _ in range(max(1, args.runs)):
                started = time.perf_counter()
                resp = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            print(f"{statistics.median(times):8.1f} ms  {resp.status_code}  {len(resp.data):8d} B  {url}")
    finally:
        shutdown(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
