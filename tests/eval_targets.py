"""Precision and recall of target/observation extraction against the hand-labelled gold (tests/gold/targets/).

How we count
- A gold item is located by its `anchor` (a substring of the normalised text; `occurrence` picks the n-th
  match): its context is the enclosing sentence (bounded by 。；！？ or a line break), or the whole table when
  the anchor lies in a table provision (gold table items are anchored on the table caption).
- An extracted fact matches a gold item when its evidence overlaps the item's context and it has the same value
  (±1e-6), comparator and year, and the same indicator concept: the same vocabulary concept when the gold item
  names one, else a similar wording (one contains the other, or character overlap ≥ 0.5).
- Matching is one-to-one, greedy in gold order. Gold items marked `ambiguous` (conditions, ranges, redacted
  parts) are not required; a fact matching one (same context and value) counts neither way.
- precision = matched facts / (facts − facts matching only ambiguous items); recall = matched gold / gold.

Run `python -m tests.eval_targets` (after nothing else: it builds the seed corpus in memory) to print the table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.extract.target_facts import QuantityFact
from loaders.records import ParsedDocument

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "targets"
_BOUNDARY = re.compile(r"[。；！？\n]")
_FOLD = re.compile(r"[的（）()、\s“”《》]")


@dataclass(frozen=True)
class Score:
    document: str
    gold: int
    extracted: int
    matched: int
    neutral: int
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def precision(self) -> float:
        counted = self.extracted - self.neutral
        return self.matched / counted if counted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def load_gold(doc_id: str) -> list[dict]:
    return json.loads((GOLD_DIR / f"{doc_id}.json").read_text(encoding="utf-8"))["items"]


def context(doc: ParsedDocument, anchor: str, occurrence: int = 0) -> tuple[int, int]:
    """Normalised span of the sentence (or table) an anchor lies in."""
    text = doc.norm.text
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(anchor, pos + 1)
        if pos < 0:
            raise ValueError(f"{doc.id}: anchor {anchor!r} (occurrence {occurrence}) not in the text")
    for p in doc.provisions:
        if p.kind == "table" and p.start <= pos < p.end:
            return p.start, p.end
    start = max((m.end() for m in _BOUNDARY.finditer(text, 0, pos)), default=0)
    m = _BOUNDARY.search(text, pos + len(anchor))
    return start, (m.start() if m else len(text))


def fact_span(doc: ParsedDocument, fact: QuantityFact) -> tuple[int, int]:
    start = doc.norm.normalised_offset(fact.evidence.start)
    return start, start + max(1, len(fact.evidence.normalised_quote))


def similar(a: str, b: str) -> bool:
    a, b = _FOLD.sub("", a), _FOLD.sub("", b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return len(set(a) & set(b)) / len(set(a) | set(b)) >= 0.5


def matches(doc: ParsedDocument, fact: QuantityFact, item: dict, span: tuple[int, int]) -> bool:
    fs, fe = fact_span(doc, fact)
    if fe <= span[0] or fs >= span[1] or abs(fact.value - float(item["value"])) > 1e-6:
        return False
    if item.get("ambiguous"):
        return True
    if fact.comparator != item["comparator"] or fact.year != item["year"]:
        return False
    if item.get("concept"):
        return bool(fact.indicator_iri) and fact.indicator_iri.rsplit("/", 1)[-1] == item["concept"]
    return similar(fact.indicator, item["indicator"])


def evaluate(doc: ParsedDocument, gold: list[dict]) -> Score:
    facts = [f for f in doc.facts if isinstance(f, QuantityFact)]
    spans = [context(doc, g["anchor"], g.get("occurrence", 0)) for g in gold]
    used: set[int] = set()
    missed: list[str] = []
    matched = 0
    for g, span in zip(gold, spans, strict=True):
        if g.get("ambiguous"):
            continue
        hit = next((i for i, f in enumerate(facts) if i not in used and matches(doc, f, g, span)), None)
        if hit is None:
            missed.append(f"{g['indicator']} {g['comparator']} {g['value']} ({g['year']}) @ {g['anchor']}")
        else:
            used.add(hit)
            matched += 1
    neutral = 0
    false_positives: list[str] = []
    for i, f in enumerate(facts):
        if i in used:
            continue
        if any(g.get("ambiguous") and matches(doc, f, g, span) for g, span in zip(gold, spans, strict=True)):
            neutral += 1
        else:
            false_positives.append(f"{f.indicator} {f.comparator} {f.value} ({f.year}) :: {f.evidence.normalised_quote}")
    n_gold = sum(1 for g in gold if not g.get("ambiguous"))
    return Score(doc.id, n_gold, len(facts), matched, neutral, tuple(false_positives), tuple(missed))


def main() -> None:
    from loaders.build import build_graphs
    from policykg.settings import ROOT

    result = build_graphs(ROOT / "data" / "corpus", "https://w3id.org/policykg/", with_static=False)
    print("| document | gold | extracted | matched | neutral | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for doc in result.documents:
        s = evaluate(doc, load_gold(doc.id))
        print(f"| {s.document} | {s.gold} | {s.extracted} | {s.matched} | {s.neutral} | {s.precision:.3f} | {s.recall:.3f} |")
        for fp in s.false_positives:
            print(f"|   FP: {fp} |")
        for m in s.missed:
            print(f"|   missed: {m} |")


if __name__ == "__main__":
    main()
