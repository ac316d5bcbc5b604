"""Golden cases: tests/golden/<case>/input.txt (+ optional manifest.toml) → expected.nq.

`python -m tests.golden_cases` (make goldens) regenerates every expected.nq; review the diff before committing.
Only the document's own named graph is compared (ontology, inferred hierarchy and build log are excluded).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from loaders.build import build_graphs
from loaders.rdf_writer import to_nquads

GOLDEN = Path(__file__).resolve().parent / "golden"
BASE = "https://w3id.org/policykg/"


def cases() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if (p / "input.txt").exists())


def document_nquads(case: Path) -> bytes:
    """Sorted N-Quads of the case's document graph(s), built in a scratch corpus folder."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for name in ("input.txt", "manifest.toml"):
            if (case / name).exists():
                shutil.copy(case / name, corpus / name)
        result = build_graphs(corpus, BASE, with_static=False)
    graphs = [g for g in result.graphs if not g.endswith("/graph/build")]
    return to_nquads(q for g in sorted(graphs) for q in result.graphs[g])


def main() -> int:
    for case in cases():
        (case / "expected.nq").write_bytes(document_nquads(case))
        print(f"wrote {case / 'expected.nq'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
