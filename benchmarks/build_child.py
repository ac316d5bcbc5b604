"""One build in its own process, for the scale benchmark: `policykg build` through the same library call, with the
BuildSummary written as JSON and progress written to a small status file the parent reads.

    python -m benchmarks.build_child --store S --corpus C --summary OUT.json --status STATUS [--full]

Settings come from the environment as for `policykg build` (POLICYKG_CACHE_DIR, POLICYKG_INDEX_DIR, …); the
command-line values override them, exactly as the CLI's flags do.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.build_child", description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--summary", type=Path, required=True, help="write the BuildSummary here (JSON)")
    parser.add_argument("--status", type=Path, help="progress file: 'done total step' rewritten as documents finish")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)

    from policykg.pipeline import build
    from policykg.settings import load_settings

    settings = load_settings().with_overrides(store=args.store, corpus=args.corpus, build_workers=args.workers)
    last = [0.0]

    def progress(step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if args.status and (now - last[0] > 0.5 or done == total):
            last[0] = now
            tmp = args.status.with_suffix(".tmp")
            tmp.write_text(f"{done} {total} {step}\n", encoding="utf-8")
            os.replace(tmp, args.status)

    summary = build(settings, progress=progress, full=args.full)
    args.summary.write_text(json.dumps(asdict(summary), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
