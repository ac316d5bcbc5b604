"""Latency and throughput against an Oxigraph server, and the 50-client load test, on a store already built (the
scale benchmark's own measurements, without its builds):

    python -m benchmarks.server_load ROOT [--oxigraph DATA] [--out FILE.json]

ROOT holds `corpus/` (from `python -m benchmarks.synthetic_corpus N ROOT/corpus`) and `store/` (`policykg build
--store ROOT/store --corpus ROOT/corpus`); DATA is an Oxigraph database of the same data (`policykg export
--format nquads --with-build-log --store ROOT/store | oxigraph load --location DATA --format nq`). Each server is a
fresh process; the machine should be otherwise idle (the JSON records the CPU other processes used meanwhile).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from benchmarks import scale
from benchmarks.machine import OtherLoad

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server_load", description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path, help="folder with corpus/ and store/")
    parser.add_argument("--oxigraph", type=Path, help="an Oxigraph database of the same data (latency and "
                        "throughput ratios)")
    parser.add_argument("--out", type=Path, help="write the figures here (JSON)")
    parser.add_argument("--skip-load", action="store_true", help="latency and throughput only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    n = sum(1 for _ in (args.root / "corpus").glob("*.txt"))
    run = scale.SizeRun(n, args.root, scale.parse_args(["--work", str(args.root / "work")]))
    sel = scale.select_targets(run)
    variants = scale.canned_variants(sel)
    out: dict = {"documents": n}
    if args.oxigraph:
        with scale.policykg_server(run, "throughput") as pkg, \
                scale.oxigraph_server(run, args.oxigraph, "throughput") as ox, \
                OtherLoad(lambda: scale.servers_cpu(pkg, ox)) as load:
            out["latency"] = scale.latency(run, pkg, ox, variants)
            out["throughput"] = scale.throughput(run, pkg, ox, variants)
        out["throughput_machine"] = load.result
        for item in out["throughput"]:
            ratio = item["policykg"]["ok_per_second"] / max(item["oxigraph"]["ok_per_second"], 1e-9)
            log.info("%s: policykg / Oxigraph throughput %.2f", item["query"], ratio)
    if not args.skip_load:
        out["load"] = scale.load_test(run, sel, variants, "")
    if args.out:
        args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
