"""Department requirements: institutions of a type must set up a department, clinic, ward or service unit.

Two sources:
- quantified statements already extracted by `tables` and `targets` whose indicator names an institution type
  and a department (二级及以上公立综合性医院设立老年医学科比例达90%以上, a table row 设置中医馆的…比例,
  旗县级及以上公立综合医院中医科全覆盖): the share, comparator and year come from that target;
- prose without a share: an institution type, a set-up verb (设置/设立/开设/建设/发展/建立 …) and one or more
  departments (推动二级以上综合医院发展老年医学科和老年康复科 → two requirements, no share).
`全部/所有` before the institutions means a share of 100 %. Departments come from vocab/department-types;
a unit ending in 科/门诊/病房/诊室 that the vocabulary lacks becomes a local (unmapped) concept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from loaders.context import BuildContext
from loaders.extract.quantities import target_year_in
from loaders.extract.registry import Extractor
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from loaders.extract.targets import CLAUSE_END, SENTENCE_END, lines, pieces
from loaders.records import GAP, ParsedDocument

log = logging.getLogger(__name__)

NAME, VERSION = "departments", "1.0.0"

SETUP_VERBS = re.compile(
    r"(?:规范|标准化|独立|单独|逐步|全面|普遍|均|要|应当?|须|必须)?(?:设置|设立|开设|增设|建设|发展|建立|组建)(?:有|了)?"
)
GROUP_JOINERS = re.compile(r"^[、和及与或，]?$|^(?:（[^（）]{1,8}）)?[、和及与或]?$")
ALL_WORDS = re.compile(r"(?:全部|所有|每个|每所)的?$")
LOCAL_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff（）]{1,10}?(?:科|门诊|病房|病区|诊室)(?![\u4e00-\u9fff])")
ADJACENT = re.compile(r"^(?:[、和及与]|（[^（）]*）)*(?:设置|设立|开设|建立)?(?:有)?(?:病房的)?的?$")
PARENTHETICAL = re.compile(r"（(?:含|不含|包括|下同)[^（）]*）")
DEPT_JOINERS = re.compile(r"^(?:[、和及与]|（[^（）]*）)*$")


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[DepartmentRequirement]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    seen: set[tuple[int, str, str]] = set()
    for fact in doc.facts:
        if isinstance(fact, QuantityFact) and fact.kind == "target":
            for req in from_target(doc, ctx, fact, extractor):
                key = (req.evidence.start, req.department_iri or req.department, req.institution_scope)
                if key not in seen:
                    seen.add(key)
                    yield req
    covered = [(f.evidence.start, f.evidence.end) for f in doc.facts if isinstance(f, QuantityFact)]
    for req in from_prose(doc, ctx, extractor):
        if any(a <= req.evidence.start < b or a < req.evidence.end <= b for a, b in covered):
            continue
        key = (req.evidence.start, req.department_iri or req.department, req.institution_scope)
        if key not in seen:
            seen.add(key)
            yield req


def from_target(doc: ParsedDocument, ctx: BuildContext, fact: QuantityFact,
                extractor: str) -> Iterator[DepartmentRequirement]:
    """A share (or count) target whose wording names institutions and a department."""
    vocab = ctx.vocabulary
    wording = fact.indicator
    departments = vocab.find_all("department-type", wording)
    institutions = vocab.find_all("institution-type", wording)
    if not departments or not institutions:
        return
    share = fact.value if fact.unit == "percent" and not fact.relative else None
    for ds, de, diri in departments:
        near = [i for i, (is_, ie, _) in enumerate(institutions)
                if ADJACENT.match(wording[ie:ds] if ie <= ds else wording[de:is_])]
        keep = set(near)
        for i in near:  # institutions joined to an adjacent one by 、/和 share its department
            j = i - 1
            while j >= 0 and DEPT_JOINERS.match(wording[institutions[j][1]:institutions[j + 1][0]]):
                keep.add(j)
                j -= 1
            j = i + 1
            while j < len(institutions) and DEPT_JOINERS.match(wording[institutions[j - 1][1]:institutions[j][0]]):
                keep.add(j)
                j += 1
        for i in sorted(keep):
            is_, ie, iiri = institutions[i]
            yield DepartmentRequirement(fact.evidence, fact.provision, extractor, wording[ds:de], diri,
                                        wording[is_:ie], iiri, fact.comparator if share is not None else None,
                                        share, fact.year)


def from_prose(doc: ParsedDocument, ctx: BuildContext, extractor: str) -> Iterator[DepartmentRequirement]:
    """Requirements stated without a share: institution(s) + set-up verb + department(s)."""
    text = doc.norm.text
    vocab = ctx.vocabulary
    for ls, le in lines(text):
        if ls == le:
            continue
        for ss, se in pieces(SENTENCE_END, text, ls, le):
            year = None
            scope: list[tuple[int, int, str]] = []
            share = None
            for cs, ce in pieces(CLAUSE_END, text, ss, se):
                clause = text[cs:ce]
                year = target_year_in(clause) or year
                for m in SETUP_VERBS.finditer(clause):
                    before = clause[: m.start()]
                    found = institution_group(vocab, before)
                    after_hits = vocab.find_all("institution-type", clause[m.end():])
                    verb_end = m.end()
                    if not found and after_hits and after_hits[0][0] == 0:
                        found = [(m.end() + a, m.end() + b, iri) for a, b, iri in after_hits[:1]]
                        verb_end = found[0][1]
                    if found:
                        scope = [(cs + a, cs + b, iri) for a, b, iri in found]
                        lead = before[: found[0][0]]
                        share = 100.0 if ALL_WORDS.search(lead) else None
                    elif vocab.find_all("institution-type", before):
                        continue  # institutions in this clause, but not the verb's subject
                    if not scope:
                        continue
                    departments = department_list(vocab, clause[verb_end:])
                    for da, db, diri in departments:
                        start = min(scope[0][0], cs + m.start())
                        end = cs + verb_end + db
                        if GAP in text[start:end]:
                            continue
                        for ia, ib, iiri in scope:
                            yield DepartmentRequirement(
                                doc.evidence(start, end), doc.provision_at(start).path, extractor,
                                clause[verb_end + da:verb_end + db], diri, text[ia:ib], iiri,
                                "=" if share is not None else None, share, year,
                            )


def institution_group(vocab, before: str) -> list[tuple[int, int, str]]:  # noqa: ANN001
    """The institution types named right before a verb (a 、/和 list), nearest last."""
    masked = PARENTHETICAL.sub(lambda m: "·" * len(m.group(0)), before)
    hits = vocab.find_all("institution-type", masked)
    if not hits:
        return []
    tail = before[hits[-1][1]:]
    if len(tail) > 8 or re.search(r"[，。；]", tail):
        return []
    group = [hits[-1]]
    for hit in reversed(hits[:-1]):
        gap = before[hit[1]:group[0][0]]
        if not GROUP_JOINERS.match(gap):
            break
        group.insert(0, hit)
    return group


def department_list(vocab, after: str) -> list[tuple[int, int, str | None]]:  # noqa: ANN001
    """Departments right after a verb: `老年医学科和老年康复科`, `公共卫生科等…` (offsets into `after`)."""
    hits = vocab.find_all("department-type", after)
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    for a, b, iri in hits:
        lead = after[pos:a]
        if out and not DEPT_JOINERS.match(lead):
            break
        if not out and (len(lead) > 6 or re.search(r"[，。；、]", lead)):
            break
        out.append((a, b, iri))
        pos = b
    if not out and (m := LOCAL_DEPARTMENT.match(after)) and m.group(0).count("（") == m.group(0).count("）") \
            and not re.search(r"(?:专科|学科|本科|科室)$", m.group(0)):
        out.append((0, m.end(), None))
    return out


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    run=run,
    requires=("tables", "targets"),
    assigns=("DepartmentRequirement",),
    description="Department requirements: institution type, department type, share and year when stated.",
)
