"""Targets and baselines read from flattened indicator tables.

Three layouts, all found through the section tree's `table` provisions or their own key words:
- pipe tables (`领域|指标|2020年|2030年|` then rows; a row one cell short carries the group cell over);
- one-cell-per-line tables with a nature column (指标名称 / 2020年数值 / 2025年目标值 / 指标性质): a row
  ends at its nature cell (预期性 / 约束性), the label is the last non-value cell before it, group cells
  split over several lines come before the label;
- one-cell-per-line reference tables (床位 / 人力资源配置参考): a header of group names, years and leaf
  cells (总数, 千人口数), then one row per place (蛟河市 …); groups are (total, rate, rate) triples or
  (ratio, ratio) pairs, rebuilt from the column headers and the shape of the values;
- line tables: `领域：… 指标：… 2015年：… 2020年：…` records.
A year column is an observation or a target by its header (基期/现状 vs 目标/规划), else by the document's
own date (earlier = observation), else by whether the document sets targets for that year (到2020年 …).
Cells: `8.2左右` (~), `≥90`, `< 25`, `78以上`, `1：1.20`, `全覆盖` (100 %), `比2016年降低10%` (relative),
`——` (empty: no fact), `持续改善` (qualitative: no value, no fact).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.context import BuildContext
from loaders.extract.indicator_linking import find_scope, indicator_unit, inherit, link_indicator
from loaders.extract.quantities import Cell, Quantity, parse_cell, strip_unit_label, unit_in_label
from loaders.extract.registry import Extractor
from loaders.extract.target_facts import QuantityFact
from loaders.extract.targets import DocYears, doc_years
from loaders.records import GAP, ParsedDocument

log = logging.getLogger(__name__)

NAME, VERSION = "tables", "1.0.0"

YEAR_CELL = re.compile(r"^(?P<y>(?:19|20)\d{2})年")
NATURE_CELL = re.compile(r"^(预期|约束)性?$")
TARGET_HEADER = re.compile(r"目标|规划|预期值|期末")
OBSERVED_HEADER = re.compile(r"基期|现状|基线|实际|基数|完成|现值")
LEAF_CELL = re.compile(r"^(?:床位)?总数$|^(?P<per>[千万])人口数$|^(?:10|十)万人口数$|^数值$|^目标值$")
PLACE_CELL = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:市|县|区|旗|州|盟|镇|街道)$")
QUALITATIVE_FRAGMENTS = re.compile(r"^(?:同比例|提高|持续|改善|逐步|稳步|提升|下降|降低|增加)+$")
SUB_ITEM = re.compile(r"^其中[：:]?")


@dataclass(frozen=True)
class TCell:
    """One table cell: its text and normalised-text span."""

    start: int
    end: int
    text: str


def column_kind(header: str, year: int, years: DocYears) -> str:
    """`target` or `observation` for a year column."""
    if TARGET_HEADER.search(header):
        return "target"
    if OBSERVED_HEADER.search(header):
        return "observation"
    return years.bare_year_kind(year)


def nature(cell: str) -> str | None:
    m = NATURE_CELL.match(cell.strip())
    return None if not m else ("expected" if m.group(1) == "预期" else "binding")


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[QuantityFact]:
    """Facts of every table of a document."""
    years = doc_years(doc)
    extractor = ctx.iris.extractor(NAME, VERSION)
    reader = TableReader(doc, ctx, years, extractor)
    for p in doc.provisions:
        if p.kind != "table":
            continue
        block = doc.norm.text[p.start:p.end]
        if "|" in block:
            yield from reader.pipe_table(p.start, p.end)
        else:
            yield from reader.cell_table(p.start, p.end, p.heading)
    yield from reader.line_tables()


@dataclass
class Column:
    """A value column: its year, header text and kind."""

    year: int
    header: str
    kind: str


@dataclass
class TableReader:
    doc: ParsedDocument
    ctx: BuildContext
    years: DocYears
    extractor: str

    # --- facts -------------------------------------------------------------------------------------------

    def row_facts(self, label: TCell, values: list[TCell], columns: list[Column], nature_: str | None,
                  parent: str | None) -> Iterator[QuantityFact]:
        """Facts of one indicator row: one per readable value cell; targets get the row's baseline."""
        wording, iri = self.indicator(label.text, parent)
        if not wording:
            return
        label_unit = unit_in_label(label.text)
        read: list[tuple[Column, TCell, Cell]] = [(c, v, parse_cell(v.text, label_unit))
                                                  for c, v in zip(columns, values, strict=False)]
        baseline = next(((c, cell.quantity) for c, _, cell in read if c.kind == "observation" and cell.quantity
                         and not cell.quantity.relative), None)
        for column, value, cell in read:
            if cell.quantity is None:
                continue
            yield self.fact(label.start, value.end, column.kind, wording, iri, cell.quantity, column.year,
                            nature_, baseline if column.kind == "target" else None)

    def fact(self, start: int, end: int, kind: str, wording: str, iri: str | None, q: Quantity, year: int,
             nature_: str | None, baseline: tuple[Column, Quantity] | None = None,
             unit: str | None = None) -> QuantityFact:
        unit = unit or q.unit
        vocab_unit = indicator_unit(iri)
        if vocab_unit and unit in (None, "count") and vocab_unit not in ("count",):
            unit = vocab_unit
        scope, scope_iri = find_scope(self.ctx.vocabulary, wording)
        return QuantityFact(
            evidence=self.doc.evidence(start, end),
            provision=self.doc.provision_at(start).path,
            extractor=self.extractor,
            kind=kind,
            indicator=wording,
            indicator_iri=iri,
            comparator=q.comparator,
            value=q.value,
            unit=unit,
            year=year,
            baseline_value=baseline[1].value if baseline and not (q.relative and q.baseline_year) else None,
            baseline_year=q.baseline_year or (baseline[0].year if baseline else None),
            relative=q.relative,
            scope=scope,
            scope_iri=scope_iri,
            nature=nature_,
            source="table",
        )

    def indicator(self, label: str, parent: str | None) -> tuple[str, str | None]:
        """Wording and concept of a row label; `其中：X` rows and their followers read with their parent."""
        if GAP in strip_unit_label(label):
            return "", None
        wording = SUB_ITEM.sub("", strip_unit_label(label)).strip()
        iri = link_indicator(self.ctx.vocabulary, wording)
        if iri is None and parent:
            wording, iri = inherit(self.ctx.vocabulary, wording, parent)
        return wording, iri

    # --- pipe tables ---------------------------------------------------------------------------------------

    def pipe_table(self, start: int, end: int) -> Iterator[QuantityFact]:
        text = self.doc.norm.text
        rows = [split_pipe(text, a, b) for a, b in _lines(text, start, end) if text.count("|", a, b) >= 1]
        header_at = next((i for i, r in enumerate(rows) if sum(bool(YEAR_CELL.match(c.text)) for c in r) >= 1), None)
        if header_at is None:
            return
        header = [c.text for c in rows[header_at]]
        while header and not header[-1]:
            header.pop()
        year_cols = [i for i, h in enumerate(header) if YEAR_CELL.match(h)]
        columns = [Column(int(YEAR_CELL.match(header[i]).group("y")), header[i],
                          column_kind(header[i], int(YEAR_CELL.match(header[i]).group("y")), self.years))
                   for i in year_cols]
        label_col = year_cols[0] - 1
        nature_col = next((i for i, h in enumerate(header) if re.search(r"性质|属性", h)), None)
        parent: str | None = None
        for row in rows[header_at + 1:]:
            cells = list(row)
            while cells and not cells[-1].text:
                cells.pop()
            shift = len(header) - len(cells)
            if shift < 0 or shift > label_col or not cells:
                continue
            label = cells[label_col - shift]
            values = [cells[i - shift] for i in year_cols if 0 <= i - shift < len(cells)]
            nat = nature(cells[nature_col - shift].text) if nature_col is not None and nature_col - shift < len(cells) \
                else None
            yield from self.row_facts(label, values, columns, nat, parent if SUB_ITEM.match(label.text) else None)
            if not SUB_ITEM.match(label.text):
                parent = self.indicator(label.text, None)[0]

    # --- one cell per line ---------------------------------------------------------------------------------

    def cell_table(self, start: int, end: int, caption: str) -> Iterator[QuantityFact]:
        text = self.doc.norm.text
        cells = [TCell(a, b, text[a:b].strip()) for a, b in _lines(text, start, end) if text[a:b].strip()]
        if cells and cells[0].text == caption.strip():
            cells = cells[1:]
        if any(NATURE_CELL.match(c.text) for c in cells):
            yield from self.nature_table(cells)
        else:
            yield from self.reference_table(cells)

    def nature_table(self, cells: list[TCell]) -> Iterator[QuantityFact]:
        """Rows ending at a nature cell: [group fragments…] label value… nature."""
        first_row = next(i for i, c in enumerate(cells) if NATURE_CELL.match(c.text))
        header_end = _header_end(cells, first_row)
        header = cells[:header_end]
        columns = _year_columns(header, self.years)
        if not columns:
            return
        row: list[TCell] = []
        parent: str | None = None
        continuing = False
        for cell in cells[header_end:]:
            if not NATURE_CELL.match(cell.text):
                row.append(cell)
                continue
            label_at = max((i for i, c in enumerate(row) if not _value_like(c.text)), default=None)
            if label_at is not None:
                label = row[label_at]
                values = _merge_values(row[label_at + 1:], len(columns))
                is_sub = bool(SUB_ITEM.match(label.text))
                own = link_indicator(self.ctx.vocabulary, strip_unit_label(SUB_ITEM.sub("", label.text)))
                use_parent = parent if (is_sub or (continuing and own is None)) else None
                if values is not None:
                    yield from self.row_facts(label, values, columns, nature(cell.text), use_parent)
                if not is_sub and not use_parent:
                    parent = self.indicator(label.text, None)[0]
                continuing = is_sub or bool(use_parent)
            row = []

    def reference_table(self, cells: list[TCell]) -> Iterator[QuantityFact]:
        """Header of groups, years and leaves, then one row per place."""
        first = next((i for i, c in enumerate(cells) if PLACE_CELL.match(c.text) and i + 1 < len(cells)
                      and parse_cell(cells[i + 1].text).quantity), None)
        if first is None:
            return
        header = [c.text for c in cells[:first]]
        rows: list[list[TCell]] = []
        for c in cells[first:]:
            if PLACE_CELL.match(c.text):
                rows.append([c])
            elif rows:
                rows[-1].append(c)
        layout = _reference_layout(header, rows[0][1:])
        if layout is None:
            log.debug("%s: reference table at %d not understood", self.doc.id, cells[0].start)
            return
        for row in rows:
            yield from self.reference_row(row, layout)

    def reference_row(self, row: list[TCell], layout: RefLayout) -> Iterator[QuantityFact]:
        values = row[1:]
        pos = 0
        if layout.population_year is not None and values:
            q = parse_cell(values[0].text).quantity
            if q:
                yield self.fact(values[0].start, values[0].end, "observation", "人口总数", None, q,
                                layout.population_year, None, unit="count")
            pos = 1
        for group in layout.groups:
            take = 2 if group.ratio else 3
            chunk = values[pos:pos + take]
            pos += take
            if len(chunk) < take:
                return
            y1, y2 = group.years
            k1 = column_kind("", y1, self.years)
            k2 = column_kind("", y2, self.years)
            rate_wording = group.rate_wording
            iri = link_indicator(self.ctx.vocabulary, rate_wording)
            if group.ratio:
                pairs = [(chunk[0], y1, k1), (chunk[1], y2, k2)]
            else:
                total = parse_cell(chunk[0].text).quantity
                if total:
                    yield self.fact(chunk[0].start, chunk[0].end, column_kind("", y1, self.years), group.total_wording,
                                    link_indicator(self.ctx.vocabulary, group.total_wording), total, y1, None,
                                    unit="count")
                pairs = [(chunk[1], y1, k1), (chunk[2], y2, k2)]
            base = parse_cell(pairs[0][0].text).quantity if k1 == "observation" else None
            for cell, year, kind in pairs:
                q = parse_cell(cell.text, group.unit).quantity
                if q is None:
                    continue
                baseline = (Column(y1, "", k1), base) if kind == "target" and base else None
                yield self.fact(cell.start, cell.end, kind, rate_wording, iri, q, year, None, baseline,
                                unit=q.unit or group.unit)

    # --- 领域：… 指标：… 2015年：… ----------------------------------------------------------------------------

    def line_tables(self) -> Iterator[QuantityFact]:
        text = self.doc.norm.text
        for m in LINE_RECORD.finditer(text):
            record_start, record_end = m.start(), m.end()
            pairs = [(k.group("key"), k.start(), k.end()) for k in LINE_KEY.finditer(text, record_start, record_end)]
            fields: list[tuple[str, TCell]] = []
            for n, (key, _ks, ke) in enumerate(pairs):
                ve = pairs[n + 1][1] if n + 1 < len(pairs) else record_end
                raw = text[ke:ve]
                value = raw.strip(" \t\n；;，,")
                vs = ke + (len(raw) - len(raw.lstrip(" \t\n")))
                fields.append((key, TCell(vs, vs + len(value), value)))
            label = next((c for k, c in fields if k.startswith("指标")), None)
            if label is None:
                continue
            columns, values = [], []
            for key, cell in fields:
                if y := YEAR_CELL.match(key):
                    year = int(y.group("y"))
                    columns.append(Column(year, key, column_kind(key, year, self.years)))
                    values.append(cell)
            nat = next((nature(c.text) for k, c in fields if k in ("性质", "属性", "指标性质", "指标属性")), None)
            yield from self.row_facts(label, values, columns, nat, None)


LINE_KEY = re.compile(r"(?P<key>领域|指标名称|指标(?!性质|属性)|(?:19|20)\d{2}年(?:目标值?|基期值?|现状值?|规划值?)?|"
                      r"指标性质|指标属性|性质|属性)[：:]")
LINE_RECORD = re.compile(r"(?:领域[：:][^\n]*\n?\s*)?指标(?:名称)?[：:][^\n]*(?:\n\s*(?:(?:19|20)\d{2}年[^\n：:]*|"
                         r"指标性质|指标属性|性质|属性)[：:][^\n]*)*")


@dataclass(frozen=True)
class Group:
    name: str
    years: tuple[int, int]
    ratio: bool
    per: str
    unit: str | None

    @property
    def base(self) -> str:
        return strip_unit_label(self.name)

    @property
    def rate_wording(self) -> str:
        if self.ratio or self.base.startswith("每"):
            return self.base
        beds = "床位数" if self.unit_word == "张" and "床" not in self.base else ("数" if self.base == "床位" else "")
        return f"每{self.per}人口{self.base}{beds}"

    @property
    def total_wording(self) -> str:
        base = re.sub(r"^每(?:10|十)?[千万]人口", "", self.base)
        beds = "床位" if self.unit_word == "张" and "床" not in base else ""
        return f"{base}{beds}总数".replace("数总数", "总数")

    @property
    def unit_word(self) -> str:
        m = re.search(r"（([^（）]*)）$", self.name)
        return m.group(1) if m else ""


@dataclass(frozen=True)
class RefLayout:
    population_year: int | None
    groups: tuple[Group, ...]


def _reference_layout(header: list[str], sample: list[TCell]) -> RefLayout | None:
    """Groups of a reference table from its header and the shape of its first row's values."""
    cells = header[1:] if header and not YEAR_CELL.match(header[0]) else header
    population_year = None
    i = 0
    rest: list[str] = []
    while i < len(cells):
        c = cells[i]
        if YEAR_CELL.match(c) and i + 1 < len(cells) and "人口" in cells[i + 1] and not LEAF_CELL.match(cells[i + 1]):
            population_year = int(YEAR_CELL.match(c).group("y"))
            i += 2
            if i < len(cells) and cells[i] in ("总数", "数"):
                i += 1
            continue
        rest.append(c)
        i += 1
    years = [int(YEAR_CELL.match(c).group("y")) for c in rest if YEAR_CELL.match(c)]
    leaves = [c for c in rest if LEAF_CELL.match(c)]
    names = [c for c in rest if not YEAR_CELL.match(c) and not LEAF_CELL.match(c)]
    first_name = next((k for k, c in enumerate(rest) if c in names), len(rest))
    implicit = sum(1 for c in rest[:first_name] if YEAR_CELL.match(c)) >= 2
    values = sample[1:] if population_year is not None else sample
    shapes: list[bool] = []
    k = 0
    while k < len(values):
        ratio = parse_cell(values[k].text).quantity
        is_ratio = bool(ratio and ratio.unit == "ratio-one-to-x")
        shapes.append(is_ratio)
        k += 2 if is_ratio else 3
    if k != len(values):
        return None
    named = len(shapes) - (1 if implicit else 0)
    names = _merge_names(names, named)
    if names is None or len(years) < 2 * len(shapes):
        return None
    per_leaves = [m.group("per") for c in leaves if (m := LEAF_CELL.match(c)) and m.group("per")]
    groups: list[Group] = []
    leaf_i = 0
    all_names = (["床位"] if implicit else []) + names
    if implicit and leaves and leaves[0].startswith("床位"):
        all_names[0] = "床位（张）"
    for n, (name, ratio) in enumerate(zip(all_names, shapes, strict=True)):
        y = (years[2 * n], years[2 * n + 1])
        per = "千"
        if not ratio and leaf_i < len(per_leaves):
            per = per_leaves[leaf_i]
            leaf_i += 2
        if re.match(r"^每万", name):
            per = "万"
        groups.append(Group(name, y, ratio, per, "ratio-one-to-x" if ratio else None))
    return RefLayout(population_year, tuple(groups))


def _merge_names(names: list[str], wanted: int) -> list[str] | None:
    """Join group names split over two lines (市办及以上公立 + 医院（张）) until there are `wanted`."""
    names = list(names)
    while len(names) > wanted:
        candidates = [i for i in range(len(names) - 1) if not names[i].endswith("）") and "（" in names[i + 1]]
        if not candidates:
            return None
        i = min(candidates, key=lambda j: len(names[j + 1]))
        names[i:i + 2] = [names[i] + names[i + 1]]
    return names if len(names) == wanted else None


def _value_like(text: str) -> bool:
    cell = parse_cell(text)
    return cell.quantity is not None or cell.empty or bool(QUALITATIVE_FRAGMENTS.match(text))


def _merge_values(cells: list[TCell], n: int) -> list[TCell] | None:
    """Exactly `n` value cells: extra trailing fragments (同比例 / 提高) are joined into the last one."""
    if len(cells) < n:
        return None
    if len(cells) == n:
        return cells
    head, tail = cells[: n - 1], cells[n - 1:]
    return [*head, TCell(tail[0].start, tail[-1].end, "".join(c.text for c in tail))]


def _header_end(cells: list[TCell], first_nature: int) -> int:
    """Index where the body starts: after the last header cell (years, 数值/目标值, 性质) before the first row."""
    end = 0
    for i, c in enumerate(cells[:first_nature]):
        if YEAR_CELL.match(c.text) or LEAF_CELL.match(c.text) or re.search(r"性质|属性|指标名称|维度", c.text):
            end = i + 1
    return end


def _year_columns(header: list[TCell], years: DocYears) -> list[Column]:
    """Value columns from header cells: a year cell plus the leaf after it (2025年 + 目标值)."""
    columns: list[Column] = []
    for i, c in enumerate(header):
        if m := YEAR_CELL.match(c.text):
            label = c.text + (header[i + 1].text if i + 1 < len(header) and LEAF_CELL.match(header[i + 1].text)
                              else "")
            year = int(m.group("y"))
            columns.append(Column(year, label, column_kind(label, year, years)))
    return columns


def split_pipe(text: str, a: int, b: int) -> list[TCell]:
    """Cells of a pipe row with their spans (surrounding spaces trimmed)."""
    cells: list[TCell] = []
    pos = a
    for part in text[a:b].split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(TCell(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(part) + 1
    return cells


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    run=run,
    requires=(),
    assigns=("QuantityFact",),
    description="Targets and baselines from pipe, one-cell-per-line, reference and `指标：` line tables.",
)
