"""Extraction quality against the independent keys: `make quality` writes benchmarks/extraction_quality.md.

Four sets: the corpus (keys in tests/keys/v1, made by annotators who saw only the raw text and the guidelines),
the ten development documents of tests/documents/dev, the four held-out documents of tests/documents/heldout
(written, with their keys, by a separate session; the held-out ones are not read while working on the rules) and
the probe plans of tests/documents/probe (written the same way; read like the development documents once scored).
Test documents carry no manifest entry: their metadata is inferred from their text, as for any unlisted file.

    .venv/bin/python -m benchmarks.quality [--set corpus|dev|heldout|probe|probe2|…|probe11|all|seen]
                                             [--out FILE] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from loaders.build import build_graphs
from policykg.settings import ROOT
from tests.scoring import TYPES, Score, pooled, score_document

log = logging.getLogger(__name__)
BASE = "https://w3id.org/policykg/"
OUT = ROOT / "benchmarks" / "extraction_quality.md"
"""Where `make quality` writes the report (benchmarks/extraction_quality_baseline.md is the one before the rules
of issue 14 changed, kept for comparison)."""
DOCUMENTS = ROOT / "tests" / "documents"
PROBES = sorted((p.name for p in DOCUMENTS.glob("probe*") if p.is_dir()), key=lambda name: int(name[5:] or 1))
"""The probe plans, one folder each with its keys and SHA256SUMS (probe, probe2, …; tests/documents/README.md)."""
SETS = {
    "corpus": (ROOT / "data" / "corpus", ROOT / "tests" / "keys" / "v1"),
    **{name: (DOCUMENTS / name, DOCUMENTS / name) for name in ("dev", "heldout", *PROBES)},
}


LINKED: dict[str, tuple[int, int]] = {}
"""Per set: (targets whose indicator is a vocabulary concept with an English label, targets) — issue 14's goal."""


def _english_linked(docs: list) -> tuple[int, int]:
    from loaders.extract.target_facts import QuantityFact
    from loaders.vocabulary import Vocabulary

    vocab = Vocabulary.load()
    targets = [f for d in docs for f in d.facts if isinstance(f, QuantityFact) and f.kind == "target"]
    linked = [f for f in targets if f.indicator_iri and vocab.labels(f.indicator_iri).get("en")]
    return len(linked), len(targets)


def score_set(name: str) -> dict[str, dict[str, Score]]:
    """Per document id, the scores of every fact type."""
    texts, keys = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for txt in sorted(texts.glob("*.txt")):
            shutil.copy(txt, folder / txt.name)
        if (texts / "manifest.toml").exists():
            shutil.copy(texts / "manifest.toml", folder / "manifest.toml")
        docs = build_graphs(folder, BASE, with_static=False).documents
    LINKED[name] = _english_linked(docs)
    out = {}
    for doc in docs:
        key = keys / (Path(doc.source.metadata.source_file).stem + ".json")
        if key.exists():
            out[doc.id] = score_document(doc, key)
    return out


def _pct(x: float) -> str:
    return f"{x:.2f}"


def table(scores: dict[str, dict[str, Score]]) -> list[str]:
    lines = ["| document | " + " | ".join(TYPES) + " |", "|---" * (len(TYPES) + 1) + "|"]
    for doc, per in sorted(scores.items()):
        cells = [f"R {s.matched}/{s.expected} · P {s.found - len(s.false_positives)}/{s.found}"
                 for s in (per[t] for t in TYPES)]
        lines.append(f"| {doc} | " + " | ".join(cells) + " |")
    total = pooled(scores.values())
    lines.append("| **pooled** | " + " | ".join(
        f"**R {_pct(total[t].recall)} · P {_pct(total[t].precision)}**" for t in TYPES) + " |")
    attrs = []
    for t in TYPES:
        for name, (agree, n) in sorted(total[t].attributes.items()):
            attrs.append(f"{t} {name}: {agree}/{n}" + (f" ({agree / n:.2f})" if n else ""))
    lines += ["", "Attributes of matched facts: " + "; ".join(attrs) + "."]
    return lines


def misses(scores: dict[str, dict[str, Score]], limit: int = 12) -> list[str]:
    lines = []
    for doc, per in sorted(scores.items()):
        for t in TYPES:
            s = per[t]
            if s.misses or s.false_positives:
                lines.append(f"- **{doc} / {t}**: missed {len(s.misses)}"
                             + (": " + "; ".join(s.misses[:limit]) if s.misses else "")
                             + (" …" if len(s.misses) > limit else "")
                             + f" — false positives {len(s.false_positives)}"
                             + (": " + "; ".join(s.false_positives[:limit]) if s.false_positives else "")
                             + (" …" if len(s.false_positives) > limit else ""))
    return lines


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "loaders", "ontology"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + (" (+ uncommitted changes to loaders/ontology)" if dirty else "")
    except OSError:
        return "unknown"


def report(results: dict[str, dict[str, dict[str, Score]]]) -> str:
    lines = ["# Extraction quality against independent keys", "",
             f"Generated by `make quality` (`python -m benchmarks.quality`) on {datetime.now(UTC):%Y-%m-%d} "
             f"at commit {commit()}; never edited by hand.", "",
             "Keys: `tests/keys/v1` (the five corpus documents, labelled by annotators who saw only the raw text and "
             "tests/keys/GUIDELINES.md; checksums in tests/keys/SHA256SUMS) and "
             "`tests/documents/{dev,heldout,probe,probe2,…}` (plans written with their keys "
             "by separate sessions; each probe committed before the extractor changes it first measured, see "
             "tests/documents/README.md). R = matched key items / key items "
             "(ambiguous items excluded); P = extracted facts matching a key item / extracted facts. Institutions, "
             "programmes and references count distinct entities per document; the others count statements. A key "
             "department item whose scope lists several institution types (乡镇卫生院和社区卫生服务中心) is matched "
             "by one requirement; the extractor's requirements for the other listed types are parts of it, not "
             "false positives (scorer rule since 2026-11-29; before it, corpus departments scored P 0.87). The "
             "guidelines key one item per (indicator, value): a target or observation restating a matched fact "
             "elsewhere (same indicator, value, unit and year, as an appendix table repeating the text) is neither "
             "matched nor false and is not counted as extracted (scorer rule since 2026-11-29, stop 21; the sets "
             "it changed are listed in the closing note of that stop).", ""]
    for name, scores in results.items():
        lines += [f"## {name}", "", *table(scores), ""]
        if name in LINKED:
            linked, n = LINKED[name]
            lines += [f"Targets whose indicator links to a vocabulary concept with an English label: {linked} of {n}"
                      + (f" ({linked / n:.3f})" if n else "") + "; the rest are local concepts flagged pkg:unmapped.",
                      ""]
        if name != "heldout":  # the held-out texts stay unread: their misses would show them
            lines += ["<details><summary>misses and false positives</summary>", "", *misses(scores), "",
                      "</details>", ""]
    return "\n".join(lines)


def floors(results: dict[str, dict[str, dict[str, Score]]]) -> dict[str, dict[str, dict[str, int]]]:
    """Per set and document, per fact type: matched key items (at least) and false positives (at most)."""
    return {f"{name}/{doc}": {t: {"matched": s.matched, "false_positives": len(s.false_positives)}
                              for t, s in per.items()}
            for name, scores in results.items() if name != "heldout" for doc, per in scores.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="all",
                        choices=(*SETS, "all", "seen"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--json", type=Path, help="also write the pooled numbers as JSON")
    parser.add_argument("--floors", type=Path, help="write the matched / false-positive counts per document and fact "
                        "type as the floors tests/test_extraction_quality.py holds the extractors to")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    seen = [name for name in SETS if name != "heldout"]
    names = {"all": list(SETS), "seen": seen}.get(args.set, [args.set])
    results = {name: score_set(name) for name in names}
    args.out.write_text(report(results), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({n: {t: {"recall": s.recall, "precision": s.precision}
                                             for t, s in pooled(r.values()).items()} for n, r in results.items()},
                                        indent=1), encoding="utf-8")
    if args.floors:
        args.floors.write_text(json.dumps(floors(results), indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    for name, scores in results.items():
        total = pooled(scores.values())
        print(name, " ".join(f"{t}: R {total[t].recall:.2f} P {total[t].precision:.2f}" for t in TYPES),
              "indicators with English labels: {}/{}".format(*LINKED.get(name, (0, 0))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
