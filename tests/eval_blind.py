"""Blind evaluation of the target, responsibility and citation extractors against tests/gold_blind/.

Run: `.venv/bin/python -m tests.eval_blind [--json OUT]`. Builds the seeds in memory, matches extracted facts to
the blind gold labels one-to-one, prints per-document precision/recall (raw gold, and gold with the label
corrections of tests/gold_blind/corrections.json applied), and lists every false positive and miss.

Counting rules (see benchmarks/extraction_quality_blind.md):
- Gold items flagged `"ambiguous": true` are neutral: a fact matched to one is neither TP nor FP; if unmatched it is
  not a miss.
- Targets: candidates are QuantityFact facts plus DepartmentRequirement facts that state a share and do not merely
  restate an overlapping QuantityFact with the same value, comparator and year. A candidate
  matches a gold item when value, comparator and year are equal and its normalised span lies in the same sentence
  as (an occurrence of) the gold quote; candidates overlapping the quote are preferred.
- Responsibilities: (provision, core agency name, role) triples; the core name drops the jurisdiction prefixes
  内蒙古自治区/自治区 and the collective 各; the written name and the label of the extracted agency are both tried.
  Exact duplicate extracted triples are collapsed (reported separately).
- Citations: per citing document, extracted mentions are grouped by cited document (same title after light
  normalisation, or same 文号). A gold citation is a TP when a group matches it and some mention in the group has
  the gold relation (either relation when the gold marks `ambiguous_relation`). Groups matching no gold item are FPs;
  a group matching a gold item only with the wrong relation counts as one FP and one miss.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from loaders.build import build_graphs

log = logging.getLogger("eval_blind")

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold_blind"
CORPUS = ROOT / "data" / "corpus"
BASE = "https://w3id.org/policykg/"
SENTENCE_END = "。；！？\n"


@dataclass
class Score:
    """TP/FP/FN counts plus the offending items."""

    tp: int = 0
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        d = self.tp + len(self.fp)
        return self.tp / d if d else 1.0

    @property
    def recall(self) -> float:
        d = self.tp + len(self.fn)
        return self.tp / d if d else 1.0


# --- gold + corrections ------------------------------------------------------------------------


def load_gold(kind: str, doc_id: str) -> list[dict]:
    path = GOLD / kind / f"{doc_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def apply_corrections(kind: str, doc_id: str, items: list[dict]) -> list[dict]:
    """Apply label corrections (recorded after seeing the output) without touching the gold files."""
    path = GOLD / "corrections.json"
    if not path.exists():
        return items
    items = [dict(i) for i in items]
    for c in json.loads(path.read_text(encoding="utf-8")):
        if c["kind"] != kind or c["document"] != doc_id:
            continue
        if c["action"] == "add":
            items.append(c["item"])
        else:
            hits = [i for i in items if all(i.get(k) == v for k, v in c["match"].items())]
            if len(hits) != 1:
                raise ValueError(f"correction {c} matches {len(hits)} gold items")
            if c["action"] == "remove":
                items.remove(hits[0])
            elif c["action"] == "update":
                hits[0].update(c["set"])
    return items


# --- targets -----------------------------------------------------------------------------------


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_END) if i != -1]
    return a, (min(ends) + 1 if ends else len(text))


def target_candidates(doc) -> list[dict]:
    norm = doc.norm
    out = []
    for f in doc.facts:
        name = type(f).__name__
        if name == "QuantityFact":
            value, comparator, year, kind = f.value, f.comparator, f.year, f.kind
        elif name == "DepartmentRequirement" and f.share is not None:
            value, comparator, year, kind = f.share, f.comparator, f.year, "department-requirement"
        else:
            continue
        a, b = norm.normalised_offset(f.evidence.start), norm.normalised_offset(f.evidence.end)
        out.append({"type": name, "value": value, "comparator": comparator, "year": year, "kind": kind,
                    "indicator": getattr(f, "indicator", None) or getattr(f, "department", None),
                    "unit": getattr(f, "unit", None), "relative": getattr(f, "relative", None),
                    "span": (a, b), "quote": norm.text[a:b], "provision": f.provision})
    # A DepartmentRequirement that restates a QuantityFact of the same span (same value, comparator and year) is a
    # companion node for the departments table, not a second claim: drop it (first run counted these as FPs).
    quantities = [c for c in out if c["type"] == "QuantityFact"]
    return [c for c in out if c["type"] == "QuantityFact" or not any(
        same_number(q["value"], c["value"]) and q["comparator"] == c["comparator"] and q["year"] == c["year"]
        and q["span"][0] < c["span"][1] and c["span"][0] < q["span"][1] for q in quantities)]


def same_number(a, b) -> bool:
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def eval_targets(doc, gold: list[dict]) -> Score:
    text = doc.norm.text
    cands = target_candidates(doc)
    used: set[int] = set()
    score = Score()

    def occurrences(quote: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]

    def candidate_for(g: dict) -> int | None:
        best = None
        for qa, qb in occurrences(g["quote"]):
            sa, sb = sentence_of(text, qa)
            for i, c in enumerate(cands):
                if i in used:
                    continue
                if not (same_number(c["value"], g["value"]) and c["comparator"] == g["comparator"]
                        and c["year"] == g["year"]):
                    continue
                ca, cb = c["span"]
                if cb <= sa or ca >= sb:
                    continue
                overlap = min(cb, qb) - max(ca, qa)
                rank = (overlap > 0, overlap)
                if best is None or rank > best[0]:
                    best = (rank, i)
        return None if best is None else best[1]

    # unambiguous first, so an ambiguous item never steals a candidate from a clear one
    for g in sorted(gold, key=lambda g: bool(g.get("ambiguous"))):
        i = candidate_for(g)
        label = f"{g['value']} {g['comparator']} {g['year']} | {g['quote']}"
        if i is not None:
            used.add(i)
            if g.get("ambiguous"):
                score.neutral.append(f"matched ambiguous: {label}")
            else:
                score.tp += 1
        elif not g.get("ambiguous"):
            near = [c for c in cands if any(c["span"][0] < qb and c["span"][1] > qa
                                            for qa, qb in occurrences(g["quote"]))]
            hint = "; ".join(f"extracted {c['value']} {c['comparator']} {c['year']} {c['kind']}" for c in near)
            score.fn.append(label + (f"  [near: {hint}]" if hint else ""))
        else:
            score.neutral.append(f"unmatched ambiguous: {label}")
    for i, c in enumerate(cands):
        if i not in used:
            score.fp.append(f"{c['type']} {c['kind']} {c['value']} {c['comparator']} {c['year']} {c['unit'] or ''}"
                            f" [{c['provision']}] {c['indicator']!s:.30} | {c['quote'][:70]}")
    return score


# --- responsibilities --------------------------------------------------------------------------

PREFIXES = ("内蒙古自治区", "自治区", "各")


def core(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if name.startswith(p) and len(name) > len(p):
                name = name[len(p):]
                changed = True
    return name


def eval_responsibilities(doc, gold: list[dict]) -> Score:
    score = Score()
    extracted: dict[tuple[str, str, str], list[str]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    dups = 0
    for f in doc.facts:
        if type(f).__name__ != "Responsibility":
            continue
        names = {core(f.agency.written or ""), core(f.agency.label or "")}
        key = (f.provision, f.agency.written, f.role, f.agency.label)
        if key in seen:
            dups += 1
            continue
        seen.add(key)
        extracted[(f.provision, f.agency.written, f.role)] = sorted(n for n in names if n)
    if dups:
        score.notes.append(f"{dups} exact duplicate responsibility facts collapsed")
    remaining = dict(extracted)
    for g in gold:
        hit = next((k for k, names in remaining.items()
                    if k[0] == g["provision"] and k[2] == g["role"] and core(g["agency"]) in names), None)
        if hit:
            del remaining[hit]
            score.tp += 1
        else:
            other = [k for k, names in extracted.items() if k[0] == g["provision"] and core(g["agency"]) in names]
            hint = f"  [extracted role: {', '.join(k[2] for k in other)}]" if other else ""
            score.fn.append(f"{g['provision']} {g['agency']} {g['role']}{hint}")
    for k in remaining:
        score.fp.append(f"{k[0]} {k[1]} {k[2]}")
    return score


# --- citations ---------------------------------------------------------------------------------


def title_key(title: str | None) -> str:
    return re.sub(r"[\s“”\"'《》〈〉<>()（）\-—–]", "", title or "")


def eval_citations(doc, gold: list[dict]) -> Score:
    score = Score()
    groups: list[dict] = []
    for f in doc.facts:
        if type(f).__name__ != "Citation":
            continue
        rel = "implements" if f.implements else "cites"
        for g in groups:
            if (f.title and title_key(f.title) == title_key(g["title"])) or (f.number and f.number == g["number"]):
                g["relations"].add(rel)
                g["number"] = g["number"] or f.number
                break
        else:
            groups.append({"title": f.title, "number": f.number, "relations": {rel}, "provision": f.provision})

    def matches(grp: dict, g: dict) -> bool:
        return bool((g.get("title") and grp["title"] and title_key(g["title"]) == title_key(grp["title"]))
                    or (g.get("number") and grp["number"] and g["number"] == grp["number"]))

    used: set[int] = set()
    for g in gold:
        hit = next((i for i, grp in enumerate(groups) if i not in used and matches(grp, g)), None)
        label = f"《{g.get('title')}》 {g.get('number') or ''} {g['relation']}"
        if hit is None:
            (score.neutral if g.get("ambiguous") else score.fn).append(
                ("unmatched ambiguous: " if g.get("ambiguous") else "") + label)
            continue
        used.add(hit)
        grp = groups[hit]
        ok = g.get("ambiguous_relation") or g["relation"] in grp["relations"]
        if g.get("ambiguous"):
            score.neutral.append(f"matched ambiguous: {label} (extracted {sorted(grp['relations'])})")
        elif ok:
            score.tp += 1
            if g["relation"] not in grp["relations"]:
                score.notes.append(f"relation differs on ambiguous-relation item: {label} vs extracted "
                                   f"{sorted(grp['relations'])}")
        else:
            score.fn.append(f"{label}  [extracted relation {sorted(grp['relations'])}]")
            score.fp.append(f"《{grp['title']}》 {grp['number']} {sorted(grp['relations'])} (wrong relation)")
    for i, grp in enumerate(groups):
        if i not in used:
            score.fp.append(f"《{grp['title']}》 {grp['number']} {sorted(grp['relations'])} [{grp['provision']}]")
    return score


# --- driver ------------------------------------------------------------------------------------

TASKS = (
    ("targets", eval_targets),
    ("responsibilities", eval_responsibilities),
    ("citations", eval_citations),
)


def evaluate() -> dict:
    result = build_graphs(CORPUS, BASE)
    docs = {d.source.metadata.id: d for d in result.documents}
    report: dict = {}
    for kind, fn in TASKS:
        for path in sorted((GOLD / kind).glob("*.json")):
            doc_id = path.stem
            raw = load_gold(kind, doc_id)
            for variant, gold in (("raw", raw), ("corrected", apply_corrections(kind, doc_id, raw))):
                s = fn(docs[doc_id], gold)
                report.setdefault(kind, {}).setdefault(doc_id, {})[variant] = {
                    "gold": sum(1 for g in gold if not g.get("ambiguous")),
                    "ambiguous": sum(1 for g in gold if g.get("ambiguous")),
                    "tp": s.tp, "fp": len(s.fp), "fn": len(s.fn),
                    "precision": round(s.precision, 3), "recall": round(s.recall, 3),
                    "false_positives": s.fp, "misses": s.fn, "neutral": s.neutral, "notes": s.notes,
                }
    return report


def render(report: dict) -> str:
    lines = []
    for kind, docs in report.items():
        lines.append(f"\n## {kind}")
        for variant in ("raw", "corrected"):
            lines.append(f"\n### {variant} gold\n")
            lines.append("| document | gold | ambiguous | TP | FP | FN | precision | recall |")
            lines.append("|---|---|---|---|---|---|---|---|")
            tot = [0, 0, 0]
            for doc_id, v in docs.items():
                r = v[variant]
                tot = [tot[0] + r["tp"], tot[1] + r["fp"], tot[2] + r["fn"]]
                lines.append(f"| {doc_id} | {r['gold']} | {r['ambiguous']} | {r['tp']} | {r['fp']} | {r['fn']} | "
                             f"{r['precision']:.3f} | {r['recall']:.3f} |")
            p = tot[0] / (tot[0] + tot[1]) if tot[0] + tot[1] else 1.0
            rc = tot[0] / (tot[0] + tot[2]) if tot[0] + tot[2] else 1.0
            lines.append(f"| **all** | | | {tot[0]} | {tot[1]} | {tot[2]} | {p:.3f} | {rc:.3f} |")
            for doc_id, v in docs.items():
                r = v[variant]
                for what in ("false_positives", "misses", "neutral", "notes"):
                    for item in r[what]:
                        lines.append(f"- {doc_id[:12]} {what}: {item}")
    return "\n".join(lines)


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the full report as JSON")
    args = ap.parse_args()
    report = evaluate()
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(render(report))


if __name__ == "__main__":
    main()
