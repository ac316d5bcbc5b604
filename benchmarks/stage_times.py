"""Where a document's build time goes: CPU per stage of extraction and output, per document, in this process.

    python -m benchmarks.stage_times CORPUS [--limit N] [--out benchmarks/stage_times.md]

CORPUS is a corpus folder (`python -m benchmarks.synthetic_corpus 100 /tmp/syn100` makes one). Each document is
read, normalised and parsed, run through every extractor in order, then turned into its build output (graph, shared
descriptions, search, compare, page and task rows) exactly as `policykg build` does in an extraction worker; the
CPU time (`time.process_time`) of each stage is summed and printed per document. Loading into the store and the
index is not included (see `make bench` for whole builds). A quick way to see what a change of the extractors or
writers costs, at a size the full benchmark takes an hour to reach; run it at two commits to compare them. With
--out, the table is also written as Markdown with the commit and the machine.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import loaders.build as build
from benchmarks.machine import code_state, machine
from loaders.corpus import list_corpus, read_source

log = logging.getLogger(__name__)

OUTPUT_PARTS = ("write_document", "GraphIndex", "nquads", "compare_rows", "page_rows", "task_rows",
                "document_statistics", "vocabularies_of_quads")
"""What `build.output_of` calls, timed one by one (the rest of it is search rows and bookkeeping)."""


def _timed(totals: Counter, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - started
    return wrapper


def stage_times(corpus: Path, limit: int = 0) -> tuple[int, Counter]:
    """(documents, CPU seconds per stage summed over them)."""
    refs = list_corpus(corpus)[:limit or None]
    totals: Counter = Counter()
    originals = {name: getattr(build, name) for name in OUTPUT_PARTS}
    for name, fn in originals.items():
        setattr(build, name, _timed(totals, f"output: {name}", fn))
    try:
        worker = build._Worker("https://w3id.org/policykg/", None)
        worker.ctx.vocabulary  # noqa: B018 - loaded once, outside the timings
        for ref in refs:
            started = time.process_time()
            source = read_source(ref)
            doc = build.parse_document(source)
            totals["read and parse"] += time.process_time() - started
            for extractor in worker.registry:
                started = time.process_time()
                doc = replace(doc, facts=doc.facts + tuple(extractor.run(doc, worker.ctx)))
                totals[f"extract: {extractor.name}"] += time.process_time() - started
            started = time.process_time()
            build.output_of(doc, worker.ctx, "")
            totals["output (all)"] += time.process_time() - started
    finally:
        for name, fn in originals.items():
            setattr(build, name, fn)
    return len(refs), totals


def report(corpus: Path, n: int, totals: Counter) -> str:
    """The table as Markdown, with the commit measured and the machine."""
    code, box = code_state(), machine(corpus)
    whole = sum(v for k, v in totals.items() if not k.startswith("output: "))
    lines = [
        "# Where a document's build time goes",
        "",
        f"Written by `python -m benchmarks.stage_times {corpus} --out …` at commit `{code['commit'][:10]}`"
        + (f" (files changed against it: {len(code['dirty_files'])})" if code["dirty_files"] else "")
        + f", on {time.strftime('%Y-%m-%d')}: {box['cpu_model']}, {box['cores']} cores, "
        f"{box['ram_bytes'] / 2 ** 30:.0f} GiB, Python {box['python']}, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end. CPU time of one process per stage, summed "
        f"over {n} documents and divided by {n}; loading into the store and the index is not included. "
        "Rows named `output: …` are parts of `output (all)`.",
        "",
        "| stage | ms per document |",
        "| --- | ---: |",
        *(f"| {name} | {seconds / n * 1000:.1f} |" for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1])),
        f"| **per document in all** | **{whole / n * 1000:.1f}** |",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--limit", type=int, default=0, help="the first N documents only")
    p.add_argument("--out", type=Path, help="also write the table as Markdown to this file")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    n, totals = stage_times(args.corpus, args.limit)
    if not n:
        log.error("no documents in %s", args.corpus)
        return 1
    whole = sum(v for k, v in totals.items() if not k.startswith("output: "))
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{seconds / n * 1000:8.1f} ms  {name}")
    print(f"{whole / n * 1000:8.1f} ms  per document in all ({n} documents)")
    if args.out:
        args.out.write_text(report(args.corpus, n, totals), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
