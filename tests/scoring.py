"""Score the extractors against independent answer keys (tests/keys, tests/documents).

A key item is placed in the raw file by its `line` and exact `quote`; an extracted fact by its evidence offsets.
They match when the spans overlap (within a small slack, since a key quotes a clause and a fact may quote a cell or a
sentence) and the fact says what the key says: the same value (targets), department (requirements), name
(institutions, programmes), title or number (references), agency and task (responsibilities). Key items marked
`ambiguous` count neither as misses nor, when matched, as false positives. Every score lists its misses and its
false positives, so a failing test says which fact was lost.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extract.org_facts import Citation, NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from loaders.records import ParsedDocument

TYPES = ("targets", "observations", "departments", "institutions", "programmes", "references", "responsibilities")
SLACK = 12
"""Characters by which a fact's evidence may miss the key's quote and still be the same statement."""
UNIT_MULTIPLIER = {"hundred-million-yuan": 1e8, "ten-thousand-yuan": 1e4, "trillion-yuan": 1e12}


@lru_cache(maxsize=1)
def _t2s():  # opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def norm(text: str) -> str:
    """Comparable form of a name: simplified script, NFKC, no pinyin noise, spaces, quotes or brackets."""
    text = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text)
    text = _t2s().convert(unicodedata.normalize("NFKC", text))
    return re.sub(r"[\s“”‘’\"'《》〈〉<>()（）【】\[\]、，,.。:：·]", "", text)


@dataclass(frozen=True)
class KeyItem:
    kind: str
    start: int
    end: int
    item: dict[str, Any]

    @property
    def ambiguous(self) -> bool:
        return bool(self.item.get("ambiguous"))

    def describe(self) -> str:
        fields = ("indicator", "value", "department", "institution_scope", "name", "title", "number", "agency",
                  "task_label", "role")
        shown = ", ".join(f"{k}={self.item[k]}" for k in fields if self.item.get(k) not in (None, ""))
        return f"line {self.item.get('line')}: {self.item.get('quote', '')[:40]!r} ({shown})"


@dataclass
class Score:
    """Matches of one fact type in one document."""

    kind: str
    matched: int = 0
    found: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    restated: int = 0
    """Facts restating a matched fact (same indicator, value, unit and year elsewhere): neither matched nor false,
    and not counted in `found`."""
    attributes: dict[str, list[int]] = field(default_factory=dict)
    """attribute → [agreeing, compared] over matched pairs (comparator, year, kind, role, relation, share)."""

    @property
    def precision(self) -> float:
        return (self.found - len(self.false_positives)) / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def agree(self, attribute: str, same: bool) -> None:
        slot = self.attributes.setdefault(attribute, [0, 0])
        slot[0] += int(same)
        slot[1] += 1

    def summary(self) -> str:
        return f"{self.kind}: R {self.matched}/{self.expected} P {self.found - len(self.false_positives)}/{self.found}"


def line_starts(raw: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", raw):
        starts.append(m.end())
    return starts


def locate(raw: str, starts: list[int], line: int, quote: str, occurrence: int = 0) -> tuple[int, int]:
    """Raw offsets of a key quote (KeyError when the key does not fit the file)."""
    base = starts[line - 1]
    end_of_line = starts[line] if line < len(starts) else len(raw)
    text = raw[base:end_of_line]
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(quote, at + 1)
        if at < 0:
            raise KeyError(f"quote {quote!r} not on line {line}")
    return base + at, base + at + len(quote)


def load_key(path: Path, raw: str) -> dict[str, list[KeyItem]]:
    """A key file's items by fact type, placed in the raw text."""
    key = json.loads(path.read_text(encoding="utf-8"))
    raw = raw.removeprefix("\ufeff")
    starts = line_starts(raw)
    out: dict[str, list[KeyItem]] = {t: [] for t in TYPES}
    for lst in ("targets", "departments", "institutions", "programmes", "references", "responsibilities"):
        for item in key.get(lst, []):
            s, e = locate(raw, starts, item["line"], item["quote"], item.get("occurrence", 0))
            kind = lst
            if lst == "targets":
                kind = "observations" if item.get("kind") == "observation" else "targets"
            if lst == "responsibilities":
                ts, _ = locate(raw, starts, item["task_line"], item["task_quote"])
                item = {**item, "_task_at": ts}
            out[kind].append(KeyItem(kind, s, e, item))
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int], slack: int = SLACK) -> bool:
    return a[0] < b[1] + slack and b[0] < a[1] + slack


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def same_value(item: dict[str, Any], fact: QuantityFact) -> bool:
    value, multiplier = _number(item.get("value")), _number(item.get("multiplier")) or 1.0
    if value is None:
        return False
    mine = float(fact.value)
    scaled = mine * UNIT_MULTIPLIER.get(fact.unit or "", 1.0)
    return any(abs(a - b) <= 1e-6 * max(1.0, abs(a)) for a in (value, value * multiplier) for b in (mine, scaled))


def _assign(kind: str, keys: list[KeyItem], facts: list[Any], span: Any, fits: Any, describe_fact: Any,
            attributes: Any = None) -> Score:
    """Greedy one-to-one matching of facts to key items (closest spans first)."""
    score = Score(kind, expected=sum(1 for k in keys if not k.ambiguous), found=len(facts))
    pairs = []
    for i, k in enumerate(keys):
        for j, f in enumerate(facts):
            s = span(f)
            if overlaps((k.start, k.end), s) and fits(k, f):
                pairs.append((abs(k.start - s[0]) + abs(k.end - s[1]), i, j))
    used_k: set[int] = set()
    used_f: set[int] = set()
    for _, i, j in sorted(pairs):
        if i in used_k or j in used_f:
            continue
        used_k.add(i)
        used_f.add(j)
        if not keys[i].ambiguous:
            score.matched += 1
            if attributes:
                for name, same in attributes(keys[i], facts[j]):
                    score.agree(name, same)
    score.misses = [k.describe() for i, k in enumerate(keys) if i not in used_k and not k.ambiguous]
    score.false_positives = [describe_fact(f) for j, f in enumerate(facts) if j not in used_f]
    return score


def _ev(fact: Any) -> tuple[int, int]:
    return fact.evidence.start, fact.evidence.end


def score_quantities(kind: str, keys: list[KeyItem], doc: ParsedDocument) -> Score:
    wanted = "observation" if kind == "observations" else "target"
    facts = [f for f in doc.facts if isinstance(f, QuantityFact) and f.kind == wanted]

    def attributes(k: KeyItem, f: QuantityFact) -> Iterable[tuple[str, bool]]:
        comparator = k.item.get("comparator")
        if comparator:
            mapped = {"~": "~", ">": ">", "<": "<"}.get(comparator, comparator)
            yield "comparator", f.comparator == mapped
        if k.item.get("year") is not None:
            yield "year", f.year == int(k.item["year"])

    def describe(f: QuantityFact) -> str:
        return f"{f.evidence.quote[:40]!r} {f.indicator} {f.comparator} {f.value}"

    score = _assign(kind, keys, facts, _ev, lambda k, f: same_value(k.item, f), describe, attributes)
    # The guidelines key one item per (indicator, value): a value stated again elsewhere (an appendix table repeating
    # the text) cannot be a key item of its own, so a fact restating a matched fact is neither a match nor false.
    matched = [f for f in facts if describe(f) not in score.false_positives]
    for f in [f for f in facts if describe(f) in score.false_positives and any(_restates(f, g) for g in matched)]:
        if describe(f) in score.false_positives:  # two facts described alike: only the false one is removed
            score.false_positives.remove(describe(f))
            score.found -= 1
            score.restated += 1
    return score


def _restates(f: QuantityFact, g: QuantityFact) -> bool:
    """`f` states `g` again: same value, unit and year, and the same indicator (linked concept or wording)."""
    same_indicator = (f.indicator_iri and f.indicator_iri == g.indicator_iri) or norm(f.indicator) == norm(g.indicator)
    return bool(same_indicator) and f is not g and (f.value, f.unit, f.year) == (g.value, g.unit, g.year)


def score_departments(keys: list[KeyItem], doc: ParsedDocument) -> Score:
    facts = [f for f in doc.facts if isinstance(f, DepartmentRequirement)]

    def fits(k: KeyItem, f: DepartmentRequirement) -> bool:
        a, b = norm(k.item.get("department", "")), norm(f.department)
        return bool(a and b) and (a == b or a in b or b in a)

    def attributes(k: KeyItem, f: DepartmentRequirement) -> Iterable[tuple[str, bool]]:
        share = _number(k.item.get("share"))
        yield "share", (share is None and f.share is None) or (share is not None and f.share is not None
                                                               and abs(share - f.share) < 1e-6)

    def describe(f: DepartmentRequirement) -> str:
        return f"{f.evidence.quote[:40]!r} {f.institution_scope} 设置 {f.department}"

    score = _assign("departments", keys, facts, _ev, fits, describe, attributes)
    # A key item whose scope lists several institution types (乡镇卫生院和社区卫生服务中心) is one statement the
    # extractor writes as one requirement per type: the further types are parts of the matched item, not false.
    parts = [f for f in facts if describe(f) in score.false_positives and any(
        overlaps((k.start, k.end), _ev(f)) and fits(k, f) and _scope_part(f.institution_scope,
                                                                          k.item.get("institution_scope", ""))
        for k in keys)]
    for f in parts:
        if describe(f) in score.false_positives:
            score.false_positives.remove(describe(f))
    # The guidelines key one item per (department, institution scope): a plain mention of a requirement the text
    # states elsewhere with its share (普遍设立老年医学科 … 设立老年医学科的比例达到90%) is neither a match nor false.
    matched = [f for f in facts if describe(f) not in score.false_positives]
    for f in [f for f in facts if describe(f) in score.false_positives and f.share is None and any(
            g is not f and norm(g.department) == norm(f.department)
            and norm(g.institution_scope) == norm(f.institution_scope) for g in matched)]:
        if describe(f) in score.false_positives:
            score.false_positives.remove(describe(f))
            score.found -= 1
            score.restated += 1
    return score


def _scope_part(scope: str, key_scope: str) -> bool:
    """True when `scope` is one of several institution types the key's scope lists."""
    a, b = norm(scope), norm(key_scope)
    return bool(a) and a != b and a in b and re.search(r"[和、及与]", key_scope) is not None


def _names(item: dict[str, Any]) -> set[str]:
    return {norm(n) for n in (item.get("name", ""), item.get("full_name", ""), *item.get("aliases", [])) if n}


def score_entities(kind: str, keys: list[KeyItem], doc: ParsedDocument) -> Score:
    """Distinct named entities of the document (institutions or programmes), matched by name."""
    wanted = "institution" if kind == "institutions" else "programme"
    mentions = [f for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == wanted]
    by_entity: dict[str, set[str]] = {}
    for m in mentions:
        by_entity.setdefault(m.iri, set()).update({norm(m.name), norm(m.written)})
    entities = sorted(by_entity.items())
    score = Score(kind, expected=sum(1 for k in keys if not k.ambiguous), found=len(entities))
    used: set[str] = set()
    for k in keys:
        names = _names(k.item)
        hit = next((iri for iri, forms in entities if iri not in used and names & forms), None)
        if hit:
            used.add(hit)
            score.matched += not k.ambiguous
        elif not k.ambiguous:
            score.misses.append(k.describe())
    score.false_positives = [sorted(forms)[0] for iri, forms in entities if iri not in used]
    return score


def score_references(keys: list[KeyItem], doc: ParsedDocument) -> Score:
    """Distinct referenced documents, matched by normalised title or number; relation agreement among matches."""
    cites = [f for f in doc.facts if isinstance(f, Citation)]
    distinct: dict[str, list[Citation]] = {}
    for c in cites:
        distinct.setdefault(norm(c.title) or norm(c.number), []).append(c)
    score = Score("references", expected=sum(1 for k in keys if not k.ambiguous), found=len(distinct))
    used: set[str] = set()
    for k in keys:
        title, number = norm(k.item.get("title", "")), norm(k.item.get("number", ""))
        hit = next((key for key, cs in distinct.items() if key not in used and (
            (title and any(norm(c.title) == title for c in cs)) or (number and any(norm(c.number) == number
                                                                                  for c in cs)))), None)
        if hit:
            used.add(hit)
            if not k.ambiguous:
                score.matched += 1
                said = {c.relation for c in distinct[hit]}  # the first that applies: implements > drafts > cites
                relation = next(r for r in ("implements", "drafts", "cites") if r in said)
                score.agree("relation", relation == k.item.get("relation", "cites"))
        elif not k.ambiguous:
            score.misses.append(k.describe())
    score.false_positives = [key for key in distinct if key not in used]
    return score


def score_responsibilities(keys: list[KeyItem], doc: ParsedDocument) -> Score:
    facts = [f for f in doc.facts if isinstance(f, Responsibility)]
    spans = {p.path: (p.raw_start, p.raw_end) for p in doc.provisions}

    def agency_forms(f: Responsibility) -> set[str]:
        return {norm(f.agency.label), norm(f.agency.written)}

    def fits(k: KeyItem, f: Responsibility) -> bool:
        name = norm(k.item.get("agency", ""))
        forms = agency_forms(f)
        same_agency = bool(name) and any(name == x or x.endswith(name) or name.endswith(x) for x in forms if x)
        lo, hi = spans.get(f.provision, (-1, -1))
        return same_agency and lo <= k.item["_task_at"] < hi

    def attributes(k: KeyItem, f: Responsibility) -> Iterable[tuple[str, bool]]:
        role = k.item.get("role")
        if role in ("lead", "support", "responsible"):
            yield "role", f.role == role
        if role == "responsible":
            yield "no-lead-invented", f.role != "lead"

    return _assign("responsibilities", keys, facts, lambda f: (f.evidence.start, f.evidence.end), fits,
                   lambda f: f"{f.evidence.quote[:30]!r} {f.agency.label} {f.role} @{f.provision}", attributes)


def score_document(doc: ParsedDocument, key_path: Path) -> dict[str, Score]:
    keys = load_key(key_path, doc.source.raw)
    return {
        "targets": score_quantities("targets", keys["targets"], doc),
        "observations": score_quantities("observations", keys["observations"], doc),
        "departments": score_departments(keys["departments"], doc),
        "institutions": score_entities("institutions", keys["institutions"], doc),
        "programmes": score_entities("programmes", keys["programmes"], doc),
        "references": score_references(keys["references"], doc),
        "responsibilities": score_responsibilities(keys["responsibilities"], doc),
    }


def pooled(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Per fact type, the sums over documents."""
    out: dict[str, Score] = {}
    for per_doc in scores:
        for kind, s in per_doc.items():
            total = out.setdefault(kind, Score(kind))
            total.matched += s.matched
            total.found += s.found
            total.expected += s.expected
            total.misses += s.misses
            total.false_positives += s.false_positives
            for name, (a, n) in s.attributes.items():
                slot = total.attributes.setdefault(name, [0, 0])
                slot[0] += a
                slot[1] += n
    return out
