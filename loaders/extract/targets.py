"""Targets and observations stated in prose (到2025年…比例达90%以上; 截至2020年末…达到426所).

Candidates come from `value_spans` per clause; the clause context decides what they are:
- the year: 到2025年 / 2025年底前 / “十四五”期间 earlier in the sentence, else the document's horizon
  (`document_horizon`); a year cut by a redaction stays unknown (never guessed);
- target or observation: 截至2020年末 (or a bare past year) makes the rest of the paragraph observations;
- the indicator: the words before the value (after the previous value of the clause), or, for
  `50%以上的乡镇卫生院达到…` and `建成1所医养结合机构`, the noun phrase after it;
- `其中 …` items and `、` lists inherit from their head item (其中公立医院5.2张 → 每千人口公立医院床位数);
- coverage: `实现X全覆盖` is X at 100 %;
- conditions (`…低于75%，…，不再增加床位`, `…20万人以下的，`) and ranges (1-2所) are not targets.
Qualitative goals (持续改善, 明显提升) carry no value and are not targets. Tables are read by `tables.py`
(this extractor skips table provisions); a prose sentence restating a table row is kept as its own fact.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.indicator_linking import (
    clean_wording,
    find_scope,
    indicator_unit,
    inherit,
    link_indicator,
    nature_of,
)
from loaders.extract.quantities import (
    PREFIX_COMPARATORS,
    Quantity,
    document_horizon,
    observed_year_in,
    per_population_unit,
    stated_target_years,
    target_year_in,
    year_cut_by_gap,
)
from loaders.extract.registry import Extractor
from loaders.extract.target_facts import QuantityFact
from loaders.extract.value_spans import BASELINE, ValueSpan, value_spans
from loaders.records import GAP, ParsedDocument

log = logging.getLogger(__name__)

NAME, VERSION = "targets", "1.0.0"

SENTENCE_END = re.compile(r"[。；！？!?]")
CLAUSE_END = re.compile(r"[，,]|[：:](?!\d)")
# Verbs after which a count or share names the thing counted: 建成1所医养结合机构, 50%以上的卫生院达到….
COUNT_VERBS = re.compile(
    r"(?:建设|建成|建好|打造|培育|推动|配备|设置|设立|选建|组建|培养|引进|创建|新增|实现|力争|拥有|支持|办好|"
    r"选派|推进|加快推进|争取|规划设置|建立|布局|形成|有|和|、|及|与)$"
)
NOUN_STOPS = ("和", "与", "及", "、", "并", "赴", "到", "进入", "探索", "开展", "参与", "达到", "建设", "等", "的建设")
STOP_AFTER = re.compile(r"^(?:$|[，。；、：）)]|（|\(|和|及|与|的[，。；]|并|等)")
CONSEQUENCE = re.compile(r"^(?:不再|则|不予|方可|不得再)")
CONDITION_TAIL = re.compile(r"^[^，。；]{0,12}的[，,]?$")
SIZE_CONDITION = re.compile(r"(?:人口|规模)(?:数)?(?:不足|低于|少于|超过|高于|在)?$")
"""A population or size threshold before the value, qualifying a noun with 的 (服务人口不足500人、…的行政村)."""
COMPARATOR_BEFORE_OF = re.compile(r"(不得低于|不低于|不少于|不得少于|不超过|不得超过|不高于)(?P<of>[^，。；]{1,20})的$")
PAST_MARKERS = ("截至", "截止")
COVERAGE = re.compile(r"全覆盖(?![\u4e00-\u9fff])")


@dataclass
class DocYears:
    """What a document says about years: its horizon, the years it sets targets for, its own year."""

    horizon: int | None
    stated: set[int]
    own: int | None

    def bare_year_kind(self, year: int) -> str:
        """A year written without 到/截至 (2025年底，…): a target if the document looks ahead to it."""
        if self.own:
            return "target" if year >= self.own else "observation"
        return "target" if year in self.stated or (self.horizon and year >= self.horizon) else "observation"


def doc_years(doc: ParsedDocument) -> DocYears:
    meta = doc.source.metadata
    own = int(meta.date[:4]) if meta.date[:4].isdigit() else None
    text = doc.norm.text
    return DocYears(document_horizon(meta.title, text), stated_target_years(text), own)


def pieces(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] split after each match of `pattern` (offsets into text)."""
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.end() > pos:
            yield pos, m.end()
        pos = m.end()
    if pos < end:
        yield pos, end


def lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


@dataclass
class Item:
    """One value found in a clause, before it becomes a fact (offsets into the document text)."""

    start: int
    end: int
    quantity: Quantity
    wording: str
    indicator_iri: str | None = None
    scope: str = ""
    scope_iri: str | None = None
    nature: str | None = None
    listed: bool = False
    """An item of a 其中/、 list (it does not become the head of later items)."""


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[QuantityFact]:
    """Prose targets and observations of one document."""
    text = doc.norm.text
    years = doc_years(doc)
    tables = [(p.start, p.end) for p in doc.provisions if p.kind == "table"]
    extractor = ctx.iris.extractor(NAME, VERSION)
    seen: set[tuple[int, int]] = set()
    for ls, le in lines(text):
        if ls == le or any(a <= ls < b for a, b in tables):
            continue
        state = {"observed": None}
        for ss, se in pieces(SENTENCE_END, text, ls, le):
            for fact in sentence_facts(doc, ctx, years, ss, se, state, extractor):
                key = (fact.evidence.start, fact.evidence.end)
                if key not in seen:
                    seen.add(key)
                    yield fact


def sentence_facts(doc: ParsedDocument, ctx: BuildContext, years: DocYears, ss: int, se: int,
                   state: dict, extractor: str) -> Iterator[QuantityFact]:
    """Facts of one sentence; `state["observed"]` carries an observation year through the paragraph."""
    text = doc.norm.text
    year: int | None = None
    year_unknown = False
    head: Item | None = None
    clauses = list(pieces(CLAUSE_END, text, ss, se))
    consequence = next((i for i, (cs, ce) in enumerate(clauses) if CONSEQUENCE.match(text[cs:ce])), None)
    for n, (cs, ce) in enumerate(clauses):
        clause = text[cs:ce]
        y = target_year_in(clause)
        if y:
            year, year_unknown, state["observed"] = y, False, None
        elif year_cut_by_gap(clause):
            year, year_unknown = None, True
        elif (oy := observed_year_in(clause)) is not None:
            if any(p in clause for p in PAST_MARKERS) or years.bare_year_kind(oy) == "observation":
                state["observed"] = oy
            else:
                year, state["observed"] = oy, None
        if consequence is not None and n < consequence:
            continue
        items = clause_items(clause, cs, ctx.vocabulary, head) + coverage_items(clause, cs, ctx.vocabulary)
        for item in items:
            if not item.listed:
                head = item
            observed = state["observed"]
            kind = "observation" if observed else "target"
            when = observed if observed else (year if year or year_unknown else years.horizon)
            yield make_fact(doc, item, kind, when, extractor)


def is_size_condition(before: str, after: str) -> bool:
    """服务人口不足500人、地域临近的行政村: a threshold describing which units a rule applies to, not a goal."""
    return bool(SIZE_CONDITION.search(before)) and "的" in re.split(r"[，。；]", after, maxsplit=1)[0]


def clause_items(clause: str, offset: int, vocab, head: Item | None) -> list[Item]:  # noqa: ANN001
    """Values of one clause with their indicator wording (and scope)."""
    items: list[Item] = []
    left = 0
    for span in value_spans(clause):
        before = clause[left:span.start]
        after = clause[span.end:]
        q = span.quantity
        skip = span.range_ or CONDITION_TAIL.match(after) or is_size_condition(before, after) or (
            q.unit is None and q.comparator == "=" and not q.relative and 1900 <= q.value <= 2100)
        item = None
        if not skip:
            noun_first = after[:1] and not STOP_AFTER.match(after) and (span.classifier or q.unit == "percent")
            if noun_first and (not clean_wording(before) or COUNT_VERBS.search(before.rstrip("的"))):
                item = noun_item(clause, offset, span, before, vocab)
            elif after.startswith("的比例"):
                item = rate_norm_item(clause, offset, span, before, vocab)
            elif STOP_AFTER.match(after):
                item = level_item(clause, offset, span, before, vocab, items[-1] if items else head)
        if item:
            items.append(item)
        left = span.end
    return items


def _scan_noun(rest: str) -> str:
    """The noun phrase at the start of `rest`, up to a list or verb boundary outside parentheses."""
    depth = 0
    for i, ch in enumerate(rest):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth <= 0 and (ch in "，。；：" or any(rest.startswith(s, i) for s in NOUN_STOPS)):
            return rest[:i]
    return rest


def noun_item(clause: str, offset: int, span: ValueSpan, before: str, vocab) -> Item | None:  # noqa: ANN001
    """`50%以上的苏木乡镇卫生院达到基本标准`, `至少配备1名公共卫生医师`: the value precedes what it counts."""
    rest = clause[span.end:]
    lead = len(rest) - len(rest.lstrip("的"))
    rest = rest[lead:]
    if GAP in rest[:12]:
        return None
    q = span.quantity
    if q.unit == "percent":
        wording = rest.rstrip("。，；")
        scope, scope_iri = find_scope(vocab, wording, force=True)
        end = span.end + lead + len(wording)
    else:
        noun = _scan_noun(rest)
        wording = noun
        end = span.end + lead + len(noun)
        scope, scope_iri = ("", None) if before.endswith(("和", "、", "及", "与")) else \
            find_scope(vocab, before, force=True, population=False)
        if q.comparator == "=":
            verb = COUNT_VERBS.search(before.rstrip("的"))
            head_text = before[: verb.start()] if verb else before
            comp = next((c for w, c in sorted(PREFIX_COMPARATORS, key=lambda p: -len(p[0]))
                         if head_text.endswith(w)), None)
            if comp:
                q = replace(q, comparator=comp)
        per = per_population_unit(before)
        if per and q.unit in (None, "count"):
            q = replace(q, unit=per)
    if len(wording) < 2 or GAP in wording:
        return None
    return Item(offset + span.start, offset + end, q, wording, link_indicator(vocab, wording), scope, scope_iri)


def rate_norm_item(clause: str, offset: int, span: ValueSpan, before: str, vocab) -> Item | None:  # noqa: ANN001
    """`疾病预防控制机构人员原则上按照每万人口1.75人的比例核定`: a staffing norm per population."""
    m = re.search(r"(?:原则上)?(?:按照?|依照)(每[^，。；]{1,8})$", before)
    if not m:
        return None
    subject = clean_wording(before[: m.start()])
    if len(subject) < 2 or GAP in subject:
        return None
    per = per_population_unit(m.group(1))
    q = replace(span.quantity, unit=per or span.quantity.unit)
    start = offset + clause.index(before) + (len(before) - len(before.lstrip(" ，、；：")))
    return Item(start, offset + span.end + len("的比例"), q, subject, link_indicator(vocab, subject))


def level_item(clause: str, offset: int, span: ValueSpan, before: str, vocab,  # noqa: ANN001
               head: Item | None) -> Item | None:
    """`每千人口执业（助理）医师数达到3.9人`: the indicator precedes the value."""
    q = span.quantity
    wording_src = before
    if (m := COMPARATOR_BEFORE_OF.search(before)) and q.comparator == "=":
        comp = dict(PREFIX_COMPARATORS)[m.group(1)]
        q = replace(q, comparator=comp)
        wording_src = before[: m.start()] + "占" + m.group("of") + "的比例"
    cut = 0
    if GAP in wording_src:
        cut = before.rfind(GAP) + 1
        wording_src = wording_src.rsplit(GAP, 1)[1]
        if link_indicator(vocab, clean_wording(BASELINE.sub("", wording_src))) is None:
            return None
    wording = clean_wording(BASELINE.sub("", wording_src))
    if len(wording) < 2:
        return None
    lead = len(before[cut:]) - len(before[cut:].lstrip(" ，、；：的"))
    start = offset + (span.start - len(before)) + cut + lead
    listed = before.lstrip().startswith(("其中", "、", "（其中")) or clause[: span.start - len(before)].endswith("、")
    iri = link_indicator(vocab, wording)
    nature = nature_of(before)
    unit = q.unit
    if head is not None and (listed or iri is None):
        if iri is None:
            wording, iri = inherit(vocab, wording, head.wording)
        nature = nature or head.nature
        head_per = per_population_unit(head.wording)
        if unit in (None, "count") and head_per and listed:
            unit = head_per
    q = replace(q, unit=unit)
    scope, scope_iri = find_scope(vocab, wording)
    return Item(start, offset + span.end, q, wording, iri, scope, scope_iri, nature, listed)


def coverage_items(clause: str, offset: int, vocab) -> list[Item]:  # noqa: ANN001
    """`实现县级中医医疗机构全覆盖`: the thing covered, at 100 %."""
    out: list[Item] = []
    left = 0
    for m in COVERAGE.finditer(clause):
        raw = clause[left:m.start()]
        left = m.end()
        wording = clean_wording(raw)
        wording = re.sub(r"^(?:力争|推进|推动|实现|基本|将)+", "", wording)
        wording = re.sub(r"(?:基本)?实现$", "", wording).rstrip("的")
        if len(wording) < 2 or GAP in raw:
            continue
        start = offset + m.start() - len(raw) + raw.index(wording[:2]) if wording[:2] in raw else offset
        scope, scope_iri = find_scope(vocab, wording, force=True, population=False)
        label = wording + "覆盖率"
        out.append(Item(start, offset + m.end(), Quantity(100.0, "=", "percent"), label,
                        link_indicator(vocab, label), scope, scope_iri))
    return out


def make_fact(doc: ParsedDocument, item: Item, kind: str, year: int | None, extractor: str) -> QuantityFact:
    """The fact of an item: evidence on its span, unit from the text or the per-population wording."""
    q = item.quantity
    unit = q.unit
    per = per_population_unit(item.wording) or indicator_unit(item.indicator_iri)
    if per and per not in ("count", "percent") and unit in (None, "count"):
        unit = per
    return QuantityFact(
        evidence=doc.evidence(item.start, item.end),
        provision=doc.provision_at(item.start).path,
        extractor=extractor,
        kind=kind,
        indicator=item.wording,
        indicator_iri=item.indicator_iri,
        comparator=q.comparator,
        value=q.value,
        unit=unit,
        year=year,
        baseline_year=q.baseline_year,
        relative=q.relative,
        scope=item.scope,
        scope_iri=item.scope_iri,
        nature=item.nature,
    )


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    run=run,
    requires=("tables",),
    assigns=("QuantityFact",),
    description="Targets and observations in prose: value, comparator, unit, year, scope, relative change.",
)
