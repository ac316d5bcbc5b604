"""Responsibility clauses: which agency leads or supports the task of each provision.

Forms (pattern tables below, no per-document code):
- marker clauses （责任单位：…） / [责任单位：…] / （牵头单位：…）, brackets matched with nesting;
- a paragraph-final list of agencies after a measure: …。（市卫生健康局、市财政局，各镇街）;
- table cells of a task list under a 责任部门/责任单位 column: a cell after the first item of a group covers
  every item of the group up to the next cell; a group without a cell whose heading repeats the previous
  group's heading (a table split across pages) continues the previous cell;
- blanket rules: 以下各项任务责任单位均包括X、Y → X and Y support every later task with a clause;
- roles: X牵头 / X牵头负责 → lead; a document rule such as 排第一的为牵头单位（下同） makes the first listed
  unit of that and every later clause the lead — unless the first unit is redacted; otherwise support.
Redacted items (GAP) are skipped, never glued to their neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.context import BuildContext
from loaders.extract.agencies import LEVEL_PREFIXES, Jurisdiction, doc_jurisdiction, resolve_agency
from loaders.extract.org_facts import AgencyRef, Responsibility
from loaders.extract.registry import Extractor
from loaders.records import GAP, ParsedDocument, Provision

NAME, VERSION = "responsibilities", "1.0.0"

_MARKER = re.compile(r"[（(\[［【〔]\s*(?:责任单位|责任部门|牵头单位|责任主体|负责单位)\s*[：:]")
_OPEN, _CLOSE = "（([［【〔", "）)]］】〕"
_COLUMN_HEADER = re.compile(r"^\s*(责任单位|责任部门|牵头单位|责任主体|负责单位)\s*$", re.M)
_FIRST_LEADS = re.compile(r"(排|列|位)(在|于)?(第一|首)位?(的|者)?(单位)?(为|是)牵头(单位)?")
_BLANKET = re.compile(r"以下各项(?:任务)?(?:的)?责任单位均(?:包括|含|为)(?P<items>[^。；）)\]]+?)"
                      r"(?:，不再列出|，不再一一列出|。|；|$)")
_ITEM_SPLIT = re.compile(r"[、，,；;/]|和(?=各)|及(?=各)")
_TAIL = re.compile(r"(按职责分工负责|按职责分工落实|按职责负责|按职责落实|按职责分工|分工负责|负责落实|负责|落实|"
                   r"配合)$")
_LEAD = re.compile(r"(牵头负责|牵头落实|牵头)$")
_ETC = re.compile(r"等(部门|单位|相关部门|有关部门|[\u4e00-\u9fff]{0,12}单位)?$")
_NOT_AGENCY = re.compile(r"(各成员单位|相关|有关|其他)")
_EACH_RELEVANT = re.compile(r"^各(?:有关|相关)")


@dataclass(frozen=True)
class Item:
    """One listed unit: normalised-text span of its name, and what the list said about it."""

    start: int
    end: int
    name: str
    lead: bool
    gap: bool
    after_comma: bool
    """The item follows a ，/； (ends a 各… collective run) rather than a 、."""


@dataclass(frozen=True)
class Clause:
    """A responsibility statement: its list span, its provision(s) and how it was written."""

    start: int
    end: int
    form: str
    provision: str


def matching_close(text: str, open_at: int) -> int:
    """Index of the bracket closing the one at `open_at` (nesting-aware), or -1 at a line end."""
    depth = 0
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch == "\n":
            return -1
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return i
    return -1


def split_items(text: str, start: int, end: int) -> list[Item]:
    """The units of a list in text[start:end]: split on 、，；和各, tails (按职责负责, 等部门) stripped."""
    items: list[Item] = []
    pos, after_comma = start, False
    for piece in [*(m for m in _ITEM_SPLIT.finditer(text, start, end) if _depth(text, start, m.start()) == 0), None]:
        stop = piece.start() if piece else end
        raw = text[pos:stop]
        lead_trim = len(raw) - len(raw.lstrip())
        name = raw.strip()
        name = _TAIL.sub("", name)
        lead = bool(_LEAD.search(name))
        name = _LEAD.sub("", name)
        name = _ETC.sub("", name)
        name = _TAIL.sub("", name)
        if name:
            s = pos + lead_trim
            items.append(Item(s, s + len(name), name, lead, GAP in name, after_comma))
        if piece:
            after_comma = piece.group() in "，,；;"
            pos = piece.end()
    return items


def _depth(text: str, start: int, pos: int) -> int:
    """Bracket depth at `pos` inside a list starting at `start` (、 inside 各县（市、区） does not split)."""
    chunk = text[start:pos]
    return sum(chunk.count(o) for o in "（(") - sum(chunk.count(c) for c in "）)")


def resolve_items(items: list[Item], home: Jurisdiction | None, ctx: BuildContext) -> list[tuple[Item, AgencyRef]]:
    """Agencies of a list, carrying a level prefix (自治区) and a 各… collective run to the next items."""
    out: list[tuple[Item, AgencyRef]] = []
    prefix, collective = "", False
    for item in items:
        if item.gap:
            continue
        if item.after_comma:
            collective = False
        name = _EACH_RELEVANT.sub("各", item.name)
        if name.startswith("各"):
            collective = True
        if _NOT_AGENCY.search(name):
            continue
        ref = resolve_agency(name, home, ctx, inherited_prefix=prefix, collective=collective)
        if ref is None:
            continue
        own = next((p for p in LEVEL_PREFIXES if item.name.lstrip("各").startswith(p)), "")
        if own and not ctx.vocabulary.lookup("agency-type", item.name.lstrip("各")):
            prefix = own
        out.append((item, ref))
    return out


def list_end(text: str, start: int, end: int) -> int:
    """End of the list proper: the first sentence of the clause (later sentences hold rules)."""
    stop = text.find("。", start, end)
    return stop if stop >= 0 else end


def marker_clauses(doc: ParsedDocument) -> list[Clause]:
    text = doc.norm.text
    clauses = []
    for m in _MARKER.finditer(text):
        close = matching_close(text, m.start())
        end = close if close >= 0 else text.find("\n", m.end()) % (len(text) + 1)
        clauses.append(Clause(m.end(), end, "clause", doc.provision_at(m.start()).path))
    return clauses


_PARA_END = re.compile(r"[。．.]?\s*$")


def trailing_lists(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None,
                   taken: list[Clause]) -> list[Clause]:
    """Paragraph-final （…） whose every unredacted item is an agency: （市卫生健康局、市医保局，各镇街）."""
    text = doc.norm.text
    clauses = []
    for m in re.finditer(r"（", text):
        if any(c.start - 8 <= m.start() < c.end for c in taken):
            continue
        close = matching_close(text, m.start())
        if close < 0:
            continue
        line_end = text.find("\n", close)
        if not _PARA_END.fullmatch(text[close + 1: line_end if line_end >= 0 else len(text)]):
            continue
        if _all_agencies(text, m.start() + 1, close, ctx, home):
            clauses.append(Clause(m.start() + 1, close, "trailing-list", doc.provision_at(m.start()).path))
    return clauses


def _all_agencies(text: str, start: int, end: int, ctx: BuildContext, home: Jurisdiction | None) -> bool:
    if "：" in text[start:end] or end - start < 3:
        return False
    items = split_items(text, start, end)
    named = [i for i in items if not i.gap]
    resolved = resolve_items(items, home, ctx)
    return bool(named) and len(resolved) == len(named) and any(r.type_iri for _, r in resolved) and any(
        r.jurisdiction_iri or r.collective for _, r in resolved)


def table_cells(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None) -> list[Clause]:
    """Lines that are only an agency list, after a 责任部门/责任单位 column header."""
    text = doc.norm.text
    header = _COLUMN_HEADER.search(text)
    if not header:
        return []
    cells = []
    for m in re.finditer(r"[^\n]+", text[header.end():]):
        start, end = header.end() + m.start(), header.end() + m.end()
        if _all_agencies(text, start, end, ctx, home):
            cells.append(Clause(start, end, "table-cell", doc.provision_at(start).path))
    return cells


def spread_cells(doc: ParsedDocument, cells: list[Clause]) -> list[tuple[Clause, str]]:
    """(cell, item path) for every item a cell covers: its group up to the next cell; a group repeating the
    previous group's heading without a cell of its own continues the previous cell."""
    by_path = {p.path: p for p in doc.provisions}
    children: dict[str, list[Provision]] = {}
    for p in doc.provisions:
        children.setdefault(p.parent or "", []).append(p)
    cell_item = {c.start: c.provision for c in cells}
    groups: list[str] = []
    for c in cells:
        group = by_path[c.provision].parent or ""
        if group not in groups:
            groups.append(group)
    out: list[tuple[Clause, str]] = []
    covered: set[str] = set(groups)
    last_cell: Clause | None = None
    last_heading = ""
    for group in sorted({p.parent or "" for p in doc.provisions if p.parent} | set(groups), key=_path_key):
        items = children.get(group, [])
        group_node = by_path.get(group)
        heading = group_node.heading if group_node else ""
        own = [c for c in cells if (by_path[c.provision].parent or "") == group]
        if own:
            for item in items:
                before = [c for c in own if _path_key(cell_item[c.start]) <= _path_key(item.path)]
                out.append(((before[-1] if before else own[0]), item.path))
            last_cell, last_heading = own[-1], heading
        elif last_cell and heading and heading == last_heading and group not in covered and items:
            out.extend((last_cell, item.path) for item in items)
    return out


def _path_key(path: str) -> tuple[int, ...]:
    return tuple(int(x) for x in path.split(".") if x.isdigit())


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[Responsibility]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    text = doc.norm.text
    home = doc_jurisdiction(doc, ctx.vocabulary)
    marked = marker_clauses(doc)
    statements: list[tuple[Clause, str]] = [(c, c.provision) for c in marked]
    statements += [(c, c.provision) for c in trailing_lists(doc, ctx, home, marked)]
    statements += spread_cells(doc, table_cells(doc, ctx, home))
    statements.sort(key=lambda s: (s[0].start, _path_key(s[1])))
    rule = _FIRST_LEADS.search(text)
    first_leads_from = _clause_start_of(rule.start(), statements) if rule else None
    blankets = [(m, split_items(text, m.start("items"), m.end("items"))) for m in _BLANKET.finditer(text)]
    seen: dict[tuple[str, str], Responsibility] = {}
    for clause, path in statements:
        items = split_items(text, clause.start, list_end(text, clause.start, clause.end))
        resolved = resolve_items(items, home, ctx)
        explicit_lead = any(i.lead for i, _ in resolved)
        first_leads = first_leads_from is not None and clause.start >= first_leads_from
        first = items[0] if items else None
        for item, ref in resolved:
            lead = item.lead if explicit_lead else (first_leads and item is first)
            _keep(seen, Responsibility(doc.evidence(item.start, item.end), path, extractor, ref,
                                       "lead" if lead else "support", clause.form))
        for rule_match, rule_items in blankets:
            if rule_match.start() < clause.start and not _inside(rule_match.start(), clause):
                for item, ref in resolve_items(rule_items, home, ctx):
                    _keep(seen, Responsibility(doc.evidence(item.start, item.end), path, extractor, ref,
                                               "support", "blanket-rule"))
    yield from seen.values()


def _inside(pos: int, clause: Clause) -> bool:
    return clause.start - 8 <= pos <= clause.end


def _clause_start_of(pos: int, statements: list[tuple[Clause, str]]) -> int:
    """The rule applies from the clause that states it (下同: and every later one)."""
    for clause, _ in statements:
        if clause.start - 8 <= pos <= clause.end:
            return clause.start
    return pos


def _keep(seen: dict[tuple[str, str], Responsibility], fact: Responsibility) -> None:
    key = (fact.provision, fact.agency.iri)
    old = seen.get(key)
    if old is None or (fact.role == "lead" and old.role != "lead"):
        seen[key] = fact


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("agencies",), assigns=("Responsibility",),
                      description="Responsibility clauses, trailing agency lists, task-table cells and blanket "
                                  "rules → provision, agency, lead/support.")
