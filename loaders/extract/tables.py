"""Targets and baselines read from flattened indicator tables, and from lines that give an indicator's values by year.

Layouts, found through the section tree's `table` provisions or their own key words:
- pipe tables (`领域|指标|2020年|2030年|` then rows; a row one cell short carries the group cell over);
- one-cell-per-line tables with a nature column (指标名称 / 2020年数值 / 2025年目标值 / 指标性质): a row
  ends at its nature cell (预期性 / 约束性), the label is the last non-value cell before it, group cells
  split over several lines come before the label;
- one-cell-per-line reference tables (床位 / 人力资源配置参考): a header of group names, years and leaf
  cells (总数, 千人口数), then one row per place (蛟河市 …); groups are (total, rate, rate) triples or
  (ratio, ratio) pairs, rebuilt from the column headers and the shape of the values;
- plain one-cell-per-line tables: `指标` / `2022年` / `2025年`, then a label and one value per year column;
- line tables: `领域：… 指标：… 2015年：… 2020年：…` records;
- lines of values by year: `4.重大慢性病过早死亡率：2025年比2020年降低10%，2030年比2020年降低20%。` and
  `2025年、2030年均控制在8以下` (one value for each year); the prose extractor leaves what is read here.
A year column is an observation when its year is before the document's own; else by its header (基期/现状 vs
目标/规划); else by the document's own date (earlier = observation); else by whether the document sets targets
for that year (到2020年 …): a plan written before 2020 may set a 2020 goal, a 2022 plan's 2020 column is its
baseline. Cells: `8.2左右` (~), `≥90`, `< 25`, `78以上`, `1：1.20`, `全覆盖` (100 %), `比2016年降低10%` (relative:
the size of the change, its direction), `77.6（2021年）` (a value of its own year), `——` (empty: no fact),
`持续改善` (qualitative: no value, no fact). A target cell without a sign states the indicator's polarity
(`comparators.py`): >= when higher is better, <= for mortality, incidence, out-of-pocket shares …; a column of
centres or specialties to build states exact counts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.agencies import doc_jurisdiction
from loaders.extract.comparators import target_comparator
from loaders.extract.indicator_linking import (
    GENERIC_INDICATORS,
    NOT_AN_INDICATOR,
    clean_wording,
    find_scope,
    generic_indicator,
    indicator_direction,
    indicator_unit,
    inherit,
    link_indicator,
)
from loaders.extract.quantities import (
    Cell,
    Quantity,
    observed_year_in,
    parse_cell,
    per_capita,
    strip_unit_label,
    unit_and_magnitude_in_label,
)
from loaders.extract.registry import Extractor
from loaders.extract.row_tables import HOST_COLUMN, count_cells, share_table_columns
from loaders.extract.target_facts import QuantityFact
from loaders.extract.targets import DocYears, doc_years
from loaders.extract.value_spans import value_spans
from loaders.records import GAP, ParsedDocument

log = logging.getLogger(__name__)

NAME, VERSION = "tables", "2.1.63"

YEAR_CELL = re.compile(r"^(?P<y>(?:19|20)\d{2})年")
GENERIC_IRIS = frozenset(iri for *_, iri in GENERIC_INDICATORS)
BUILT_THINGS = frozenset(iri for iri in GENERIC_IRIS if iri.endswith(("/number-of-institutions",
                                                                     "/number-of-departments")))
YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}年(?:底|末)?(?:目标值?|基期值?|基线值?|现状值?|规划值?|预期值|数值|值|"
                         r"(?:实际)?完成(?:值|情况|数)?|实际值|预计(?:完成)?值?)?$")
LABEL_HEADER = re.compile(r"^(?:主要)?(?:指标|指标名称|项目|内容)$")
LEVEL_LABEL_HEADER = re.compile(r"^(?P<level>[一二三四五])级指标(?:名称)?$")
"""Indicator columns by level (一级指标 | 二级指标 | 分值 | 2024年目标值): the deepest level names each row's
indicator, the others group the rows."""
UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
"""A table column of units (`序号 | 指标名称 | 单位 | 2023年 | 2027年`): each row's unit, never its indicator."""
NATURE_CELL = re.compile(r"^(预期|约束)性?$")
TARGET_HEADER = re.compile(r"目标|规划|预期值|期末")
OBSERVED_HEADER = re.compile(r"基期|现状|基线|实际|基数|完成|现值")
LEAF_CELL = re.compile(r"^(?:床位)?总数$|^(?P<per>[千万])人口数$|^(?:10|十)万人口数$|^数值$|^目标值$")
PLACE_LEVELS = "市|县|区|旗|州|盟|镇|街道"
PLACE_CELL = re.compile(rf"^[\u4e00-\u9fff]{{1,10}}(?:{PLACE_LEVELS})$")
COLUMN_PLACE = re.compile(rf"^(?!城乡$)[\u4e00-\u9fff]{{1,10}}(?:{PLACE_LEVELS}|乡|苏木|(?<!大)街)$")
"""A place heading a column of a table (townships too: 阿力麻土东乡族乡)."""
PLACE_HEADER = re.compile(r"^(?:设区市|地市|市州|市（州）|地区|县（市、区）|县（市）|县（区）|县（市、区、旗）|"
                          r"县市区|县区|旗县（市、区）|旗县市|旗县区|旗县|旗市|盟市|市|县|区|辖区|街道|乡镇|镇|街道（镇）|"
                          r"镇（街道）|乡镇（街道）|"
                          r"街镇|苏木（乡镇）|(?:乡|镇|街道|苏木)+(?:（[乡镇街道苏木、]+）)?|区（市）|区（县）|区（县、市）|"
                          r"区（市、县）|县（区）)$")
"""The place column's header of a table with one row per place (townships too: 苏木镇, 乡（镇）)."""
CAPTION_NUMBER = r"(?:附?表\s*\d+[\s：:.、]*)?"
"""The number opening a table's caption (表1, 附表2：)."""
CAPTION_UNIT = re.compile(r"[（(]单位[：:]\s*([^（）()]{1,8})[）)]")
"""A caption's unit for the whole table (表1 …目标（单位：个）)."""
CAPTION_YEAR = re.compile(r"^" + CAPTION_NUMBER + r"((?:19|20)\d{2})年")
"""A table caption that opens with its year (表1 2024年重点社区…情况; 2025年…控制目标)."""
CAPTION_DATA_YEAR = re.compile(r"(?:均为|为|均系)((?:19|20)\d{2})年(?:底|末)?(?:的)?数据")
"""A caption's note of the year its data are of (除注明外均为2023年数据)."""
RULE_CELL = re.compile(r"[-—:：\s]*")
COLUMN_LEAD_AIM = re.compile(r"^(?:目标|规划|预期)(?:值)?")
"""A column's word for its aim before the measure (2025年目标CMI值): the measure is the rest."""
COMMUNITY_HEADER = re.compile(r"^(?:社区|村|村（社区）|社区（村）|行政村|村委会|村民委员会|村（居）委会|居委会|"
                              r"嘎查|嘎查村)(?:名称)?$")
"""A column of communities or villages (社区 | 家庭医生团队（个） | …; 村委会 | 村卫生室数（个） | 2026年…目标)."""
VILLAGE_CELL = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:村|社区|嘎查)$")
"""A village or community heading a row of a table whose place column is a COMMUNITY_HEADER (牛街村)."""
TOTAL_CELL = re.compile(r"^(?:合计|总计|全[省市县区旗盟乡镇](?:合计)?)$")
"""The row of a table with one row per place that sums them: the whole of the plan's division."""
COUNTED_NOUN = re.compile(r"(?:床位|数|数量|个数|总数)$")
"""A column naming a count without its unit (现有床位, 嘎查村卫生室数): its values count things."""
COUNTED_INSTITUTIONS = re.compile(r"(?:室|院|站|所|机构|中心)(?:数|数量|个数)?$")
"""A column counting institutions (嘎查村卫生室数): a count of the row's place, not of the row's named host."""
COLUMN_AIM = re.compile(r"(?:目标|目标值|目标数|规划值|预期值)$")
"""A year column's word for its aim after the measure (2026年乡村医生数目标（人）): the measure is the rest."""
BUILD_HEADER = re.compile(r"建成|新建|建设|改扩建|改造|设置|投资")
"""A count column of things to build or set up: its targets are exact (2025年底前累计建成数（个）)."""
STATUS_HEADER = re.compile(r"(?:总数|总量|数量|个数|人口|(?<!目标|任务|达标|建成|完成|新增)数)(?:（[^（）]*）)?$|"
                           r"^[\u4e00-\u9fff]{2,12}（(?:个|家|所|张|人|名)）$")
"""A column of how many there are, without a year, beside year columns (村卫生室总数 | 2024年达标数;
村卫生室数（个）)."""
HEADER_YEAR_PHRASE = re.compile(r"^(?:截至|截止|到)?(?:19|20)\d{2}年(?:底|末)?(?:前|之前)?")
"""A column header's year phrase (截至2023年底, 2025年底前): what remains names the column's count."""
QUALITATIVE_FRAGMENTS = re.compile(r"^(?:同比例|提高|持续|改善|逐步|稳步|提升|下降|降低|增加)+$")
SUB_ITEM = re.compile(r"^其中[：:]?")


@dataclass(frozen=True)
class TCell:
    """One table cell: its text and normalised-text span."""

    start: int
    end: int
    text: str


def column_kind(header: str, year: int, years: DocYears) -> str:
    """`target` or `observation` for a year column: a year before the document's own is never a target."""
    if years.own and year < years.own:
        return "observation"
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
    read: set[tuple[int, int]] = set()  # cells a table reader read: a list's count column does not read them again
    for p in doc.provisions:
        if p.kind != "table":
            continue
        block = doc.norm.text[p.start:p.end]
        facts = list(reader.pipe_table(p.start, p.end, p.heading) if "|" in block else
                     reader.cell_table(p.start, p.end, p.heading))
        read |= {(f.evidence.start, f.evidence.end) for f in facts}
        yield from facts
    yield from reader.line_tables()
    yield from reader.year_lines()
    yield from (f for f in reader.list_counts() if (f.evidence.start, f.evidence.end) not in read)


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
                  parent: str | None, unit_cell: str = "") -> Iterator[QuantityFact]:
        """Facts of one indicator row: one per readable value cell; targets get the row's baseline. A cell with a
        year of its own (`77.6（2021年）`) is a value of that year. The unit is the label's own (`床位数（张）`) or
        the row's cell in a unit column."""
        wording, iri = self.indicator(label.text, parent)
        if not wording:
            return
        label_unit, label_multiplier = unit_and_magnitude_in_label(label.text)
        if label_unit is None and unit_cell:
            label_unit, label_multiplier = unit_and_magnitude_in_label(f"（{unit_cell}）")
        read: list[tuple[Column, TCell, Cell]] = [(c, v, parse_cell(v.text, label_unit, label_multiplier))
                                                  for c, v in zip(columns, values, strict=False)]
        baseline = None
        for column, _, cell in read:
            q = cell.quantity
            if q and not q.relative and self.cell_kind(column, q) == "observation":
                baseline = (q.year or column.year, q)
                break
        for column, value, cell in read:
            q = cell.quantity
            if q is None:
                continue
            kind = self.cell_kind(column, q)
            yield self.fact(label.start, value.end, kind, wording, iri, q, q.year or column.year, nature_,
                            baseline if kind == "target" else None)

    def cell_kind(self, column: Column, q: Quantity) -> str:
        """The column's kind, unless the cell dates itself at or before the document (an observation)."""
        if q.year and self.years.bare_year_kind(q.year) == "observation":
            return "observation"
        return column.kind

    def fact(self, start: int, end: int, kind: str, wording: str, iri: str | None, q: Quantity, year: int | None,
             nature_: str | None, baseline: tuple[int, Quantity] | None = None,
             unit: str | None = None) -> QuantityFact:
        unit = unit or q.unit
        if iri is None:
            iri = generic_indicator(self.ctx.vocabulary, wording, unit, q.relative)
        vocab_unit = indicator_unit(iri)
        if vocab_unit and q.multiplier == 1.0 and (
                (unit in (None, "count") and vocab_unit not in ("count",)) or vocab_unit.startswith(f"{unit}-per-")):
            unit = vocab_unit
        unit = per_capita(unit, wording)
        scope, scope_iri = find_scope(self.ctx.vocabulary, wording, force=iri in GENERIC_IRIS, population=False) \
            if iri in GENERIC_IRIS else find_scope(self.ctx.vocabulary, wording)
        built = iri in BUILT_THINGS and unit == "count"  # a column of centres or specialties to build: exact counts
        comparator = target_comparator(q.comparator, kind, wording, indicator_direction(iri), q.relative, q.verb,
                                       exact_count=built)
        return QuantityFact(
            evidence=self.doc.evidence(start, end),
            provision=self.doc.provision_at(start).path,
            extractor=self.extractor,
            kind=kind,
            indicator=wording,
            indicator_iri=iri,
            comparator=comparator,
            value=q.value,
            unit=unit,
            year=year,
            baseline_value=baseline[1].value if baseline and not (q.relative and q.baseline_year) else None,
            baseline_year=q.baseline_year or (baseline[0] if baseline else None),
            relative=q.relative,
            scope=scope,
            scope_iri=scope_iri,
            nature=nature_,
            source="table",
            direction=q.direction,
            multiplier=q.multiplier,
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

    def pipe_table(self, start: int, end: int, caption: str = "") -> Iterator[QuantityFact]:
        text = self.doc.norm.text
        rows = [split_pipe(text, a, b) for a, b in _lines(text, start, end) if text.count("|", a, b) >= 1]
        header_at = next((i for i, r in enumerate(rows) if any(header_year(c.text) for c in r)), None)
        caption = caption or _caption_above(text, start)
        edged = [_inner_cells(r) for r in rows]
        if header_at == 0 and edged[0] and HOST_COLUMN.match(edged[0][0].text.strip()) and \
                (facts := list(self.entity_metric_table(edged, caption))):
            yield from facts  # 医院名称 | 三、四级手术占比（%） | … | 2025年目标CMI值: a row per institution
            return
        if header_at is None:
            facts = list(self.place_column_table(rows, caption, end))
            yield from facts or self.entity_metric_table(rows, caption)
            return
        header = [c.text for c in rows[header_at]]
        if PLACE_HEADER.match(header[0].strip()) or COMMUNITY_HEADER.match(header[0].strip()):
            # 市州 | 村卫生室总数 | 2024年达标数 | 2026年目标数, 村委会 | …: a row per place or village
            facts = list(self.place_year_table([c for r in rows[header_at:] for c in r if c.text.strip()], caption))
            if facts:
                yield from facts
                return
        while header and not header[-1]:
            header.pop()
        year_cols = [i for i, h in enumerate(header) if header_year(h)]
        columns = [Column(header_year(header[i]), header[i], column_kind(header[i], header_year(header[i]), self.years))
                   for i in year_cols]
        unit_col = next((i for i in range(year_cols[0]) if UNIT_HEADER.match(header[i].strip())), None)
        levels = {"一二三四五".index(m.group("level")): i for i in range(year_cols[0])
                  if (m := LEVEL_LABEL_HEADER.match(header[i].strip()))}
        label_col = levels[max(levels)] if levels else \
            next((i for i in range(year_cols[0]) if LABEL_HEADER.match(header[i].strip())),
                 year_cols[0] - (2 if unit_col == year_cols[0] - 1 else 1))
        nature_col = next((i for i, h in enumerate(header) if re.search(r"性质|属性", h)), None)
        shares = share_table_columns(header)
        type_col = shares[0] if shares and shares[1] == label_col and {i for i, _ in shares[2]} == set(year_cols) \
            else None
        parent: str | None = None
        for row in rows[header_at + 1:]:
            cells = list(row)
            while cells and not cells[-1].text:
                cells.pop()
            shift = len(header) - len(cells)
            if shift < 0 or shift > label_col or not cells:
                continue
            label = cells[label_col - shift]
            if type_col is not None and type_col - shift >= 0:  # 机构类别 | 应设置的科室 | 2028年设置比例: the share
                host = cells[type_col - shift]                   # of the row's institutions with its unit
                label = TCell(host.start, label.end, f"{host.text.strip()}设置{label.text.strip()}的比例")
            if value_like(label.text):
                continue  # a row of places (凤栖街道 | 14 | 14): list_counts reads it
            values = [cells[i - shift] for i in year_cols if 0 <= i - shift < len(cells)]
            nat = nature(cells[nature_col - shift].text) if nature_col is not None and nature_col - shift < len(cells) \
                else None
            unit = cells[unit_col - shift].text if unit_col is not None and 0 <= unit_col - shift < len(cells) else ""
            yield from self.row_facts(label, values, columns, nat, parent if SUB_ITEM.match(label.text) else None,
                                      unit)
            if not SUB_ITEM.match(label.text):
                parent = self.indicator(label.text, None)[0]

    def entity_metric_table(self, rows: list[list[TCell]], caption: str) -> Iterator[QuantityFact]:
        """`医院名称 | 住院患者抗菌药物使用强度（DDDs） | 门诊处方合格率（%）` under a caption with a year
        (2025年…控制目标, 2024年重点社区…情况): one row per institution or place, each value its own measure of the
        caption's year (a target when the document looks ahead to it, else an observation)."""
        m = CAPTION_YEAR.search(caption) or CAPTION_DATA_YEAR.search(caption)
        first = rows[0][0].text.strip() if rows and rows[0] else ""
        rows = [r for r in rows if not all(RULE_CELL.fullmatch(c.text) for c in r)]  # |---|---|: a rule line
        if len(rows) < 2 or len(rows[0]) < 2 or not (
                HOST_COLUMN.match(first) or PLACE_HEADER.match(first) or COMMUNITY_HEADER.match(first)):
            return
        stated = int(m.group(1)) if m else None
        heads = rows[0][1:]
        # a column's own year (2025年目标CMI值) wins over the caption's (除注明外均为2023年数据)
        years = [header_year(h.text) or stated for h in heads]
        kinds = ["target" if y and TARGET_HEADER.search(h.text) and (self.years.own or y) <= y else
                 self.years.bare_year_kind(y) if y else "" for h, y in zip(heads, years, strict=True)]
        nouns = [COLUMN_LEAD_AIM.sub("", column_noun(h.text)) for h in heads]  # 2030年规划床位（张）: 床位
        for row in rows[1:]:
            if len(row) != len(rows[0]) or value_like(row[0].text.strip()) or not row[0].text.strip():
                continue
            for head, cell, year, kind, noun in zip(heads, row[1:], years, kinds, nouns, strict=True):
                unit, multiplier = unit_and_magnitude_in_label(head.text)
                q = parse_cell(cell.text, unit, multiplier).quantity
                if q is None or year is None:
                    continue
                if q.comparator is None and (q.unit or unit) == "count":
                    q = replace(q, comparator="=")
                yield self.fact(cell.start, cell.end, kind, row[0].text.strip() + noun, None, q, year, None,
                                unit=q.unit or unit)

    def place_column_table(self, rows: list[list[TCell]], caption: str, end: int) -> Iterator[QuantityFact]:
        """`指标 | 锡林浩特市 | 二连浩特市 | 阿巴嘎旗`: one row per indicator, one column per place, every value the
        place's own for the table's year: the latest year of the caption (表1 …2027年主要指标目标值), else of a note
        right below the table (注：表中数值均为2027年目标值), else the plan's horizon. A unit column may stand before
        the places."""
        if len(rows) < 2 or not rows[0] or not LABEL_HEADER.match(rows[0][0].text.strip()):
            return
        header = [c.text.strip() for c in rows[0]]
        unit_col = 1 if len(header) > 2 and UNIT_HEADER.match(header[1]) else None
        first = 2 if unit_col else 1
        places = header[first:]
        if len(places) < 2 or not all(COLUMN_PLACE.match(p) for p in places):
            return
        text = self.doc.norm.text
        note_end = text.find("\n", end + 1)
        note = text[end:note_end if note_end >= 0 else len(text)].strip()
        stated = [int(m.group("y")) for m in ONE_YEAR.finditer(caption)] or (
            [int(m.group("y")) for m in ONE_YEAR.finditer(note)] if note.startswith(("注", "说明")) else [])
        year = max(stated) if stated else self.years.horizon
        if year is None:
            return
        kind = column_kind(caption + note, year, self.years)
        for row in rows[1:]:
            if len(row) != len(header) or value_like(row[0].text):
                continue
            wording, iri = self.indicator(row[0].text, None)
            if not wording:
                continue
            unit, multiplier = unit_and_magnitude_in_label(row[0].text)
            if unit is None and unit_col:
                unit, multiplier = unit_and_magnitude_in_label(f"（{row[unit_col].text}）")
            for place, cell in zip(places, row[first:], strict=True):
                q = parse_cell(cell.text, unit, multiplier).quantity
                if q is None:
                    continue
                yield self.fact(cell.start, cell.end, kind, place + wording, iri, q, q.year or year, None)

    # --- one cell per line ---------------------------------------------------------------------------------

    def cell_table(self, start: int, end: int, caption: str) -> Iterator[QuantityFact]:
        text = self.doc.norm.text
        cells = [TCell(a, b, text[a:b].strip()) for a, b in _lines(text, start, end) if text[a:b].strip()]
        if cells and cells[0].text == caption.strip():
            cells = cells[1:]
        if (rows := _place_column_rows(cells)) and (facts := list(self.place_column_table(rows, caption, end))):
            yield from facts  # 指标 / 麒麟区 / 沾益区 …, then per row a label and one value per place
            return
        if any(NATURE_CELL.match(c.text) for c in cells):
            yield from self.nature_table(cells)
        else:
            facts = list(self.place_year_table(cells, caption)) or list(self.reference_table(cells))
            yield from facts or self.simple_table(cells)

    def simple_table(self, cells: list[TCell]) -> Iterator[QuantityFact]:
        """`指标 / 2022年 / 2025年`, then per row a label and one value per year column."""
        start = next((i for i in range(len(cells) - 1) if LABEL_HEADER.match(cells[i].text)
                      and YEAR_HEADER.match(cells[i + 1].text)), None)
        if start is None:
            return
        end = start + 1
        while end < len(cells) and (YEAR_HEADER.match(cells[end].text) or LEAF_CELL.match(cells[end].text)):
            end += 1
        columns = _year_columns(cells[start + 1:end], self.years)
        width = len(columns)
        i = end
        parent: str | None = None
        while i + width < len(cells):
            label, values = cells[i], cells[i + 1:i + 1 + width]
            if value_like(label.text) or not all(value_like(v.text) for v in values):
                i += 1
                continue
            is_sub = bool(SUB_ITEM.match(label.text))
            yield from self.row_facts(label, values, columns, None, parent if is_sub else None)
            if not is_sub:
                parent = self.indicator(label.text, None)[0]
            i += 1 + width

    def nature_table(self, cells: list[TCell]) -> Iterator[QuantityFact]:
        """Rows ending at a nature cell: [group fragments…] label value… nature."""
        first_row = next(i for i, c in enumerate(cells) if NATURE_CELL.match(c.text))
        header_end = _header_end(cells, first_row)
        header = cells[:header_end]
        columns = _year_columns(header, self.years)
        if not columns:
            return
        unit_column = any(UNIT_HEADER.match(c.text) for c in header)
        row: list[TCell] = []
        parent: str | None = None
        continuing = False
        for cell in cells[header_end:]:
            if not NATURE_CELL.match(cell.text):
                row.append(cell)
                continue
            label_at = max((i for i, c in enumerate(row) if not value_like(c.text)), default=None)
            unit, values_at = "", (label_at or 0) + 1
            width = len(columns)
            if unit_column and len(row) >= width + 2 and not value_like(row[-width - 2].text) and (
                    label_at is None or label_at >= len(row) - width - 2):
                # a unit cell that reads like a value (1/10万, 1:1) or says none (—): the label is before it
                label_at, unit, values_at = len(row) - width - 2, row[-width - 1].text, len(row) - width
                unit = "" if re.fullmatch(r"[—\-–/]+", unit) else unit
            elif unit_column and label_at and unit_and_magnitude_in_label(f"（{row[label_at].text}）")[0]:
                unit = row[label_at].text  # the row's cell in the 单位 column (%, 万人次): the label is before it
                label_at = max((i for i in range(label_at) if not value_like(row[i].text)), default=None)
            if label_at is not None:
                label = row[label_at]
                values = _merge_values(row[values_at:], len(columns))
                is_sub = bool(SUB_ITEM.match(label.text))
                own = link_indicator(self.ctx.vocabulary, strip_unit_label(SUB_ITEM.sub("", label.text)))
                use_parent = parent if (is_sub or (continuing and own is None)) else None
                if values is not None:
                    yield from self.row_facts(label, values, columns, nature(cell.text), use_parent, unit)
                if not is_sub and not use_parent:
                    parent = self.indicator(label.text, None)[0]
                continuing = is_sub or bool(use_parent)
            row = []

    def list_counts(self) -> Iterator[QuantityFact]:
        """Counts and amounts in a task or project list (row_tables): the row's institution or project and the
        column's noun name the indicator (区人民医院 + 床位数（张） 30; …建设项目 + 总投资（万元） 68000), the
        row's deadline its year; an amount to build or spend is stated exactly."""
        for row, header, cell in count_cells(self.doc.norm.text):
            unit, multiplier = unit_and_magnitude_in_label(header)
            q = parse_cell(cell.text, unit, multiplier).quantity
            name = row.name
            if q is None or name is None:
                continue
            year = row.year or header_year(header)
            kind = "observation" if year and self.years.bare_year_kind(year) == "observation" else "target"
            if year is None and (as_of := _as_of_caption(self.doc.norm.text, cell.start)):
                kind, year = "observation", as_of  # 名单（截至2025年3月）: what the table lists exists
            elif year is None and any(header_year(h) for h in row.cells if h != header):
                kind, year = "observation", self.status_year()  # 村卫生室数（个） beside 2026年达标数（个）: what is
            noun = column_noun(header)
            yield self.fact(cell.start, cell.end, kind, name.text + noun, None, replace(q, comparator="="), year,
                            None, unit=q.unit or unit)

    def place_year_table(self, cells: list[TCell], caption: str = "") -> Iterator[QuantityFact]:
        """A header of a place column and one column per year (`设区市 / 截至2023年底已建成数（个） / 2025年底前累计
        建成数（个）`), then one row per place: each value is the place's own, of its column's year (a year before the
        document's own is an observation), a count that exists or one of things to build (累计建成数) an exact number, a
        count to reach (2025年目标（辆）) a floor. Under a column of villages or communities (村委会)
        the rows are villages (牛街村). A total row (合计) is the whole of the plan's division (全乡) and ends the
        table. A name column after the place (卫生院名称, 分院名称) gives each row's institution its measures, except
        counts of institutions (嘎查村卫生室数, the place's) and a caption's measure of each place
        (各社区家庭医生签约率); trailing columns of words (胸痛救治单元: 已建成) are skipped; beside a later target,
        the plan's own year without 目标 is the baseline."""
        place_column = next((i for i, c in enumerate(cells[:8])
                             if PLACE_HEADER.match(c.text) or COMMUNITY_HEADER.match(c.text)), None)
        if place_column is None:
            return
        row_place = VILLAGE_CELL if COMMUNITY_HEADER.match(cells[place_column].text) else COLUMN_PLACE
        first = next((i for i in range(place_column + 2, len(cells)) if row_place.match(cells[i].text)), None)
        if first is None:
            return
        hosts = int(HOST_COLUMN.match(cells[place_column + 1].text) is not None)  # 苏木镇 | 卫生院名称 | …
        named = re.search("各" + re.escape(cells[place_column].text) + r"(?P<rest>.{0,8})", caption)
        per_place = named is not None and not CAPTION_HOSTS.match(named.group("rest"))
        # 表1 …各社区家庭医生签约率: the places' own measures (各街道社区卫生服务中心…: the centres')
        heads = [h.text for h in cells[place_column + 1 + hosts:first]]
        years = [header_year(re.sub(r"^(?:截至|截止)", "", h)) or
                 (self.status_year() if CURRENT_HEADER.match(h) else None) for h in heads]
        extra = 0  # trailing columns of words (胸痛救治单元: 已建成 / 2025年建成), read by no value column
        while len(heads) - extra > 1 and years[-1 - extra] is None and not STATUS_HEADER.search(heads[-1 - extra]):
            extra += 1
        heads, years = heads[:len(heads) - extra], years[:len(years) - extra]
        known = [y for y in years if y]
        status = [not y and STATUS_HEADER.search(h) is not None for h, y in zip(heads, years, strict=True)]
        if known and any(status) and min(known) <= (self.years.own or 0):
            # 市州 | 村卫生室总数 | 2024年达标数 | 2026年目标数: a count without a year is of the earliest year's status
            years = [min(known) if now else y for y, now in zip(years, status, strict=True)]
        if not all(years):
            return
        title = _table_subject(cells[place_column - 1].text if place_column else caption)
        stated = CAPTION_UNIT.search(caption)  # 表1 …配置目标（单位：个）: the unit of columns that name none
        default = unit_and_magnitude_in_label(f"（{stated.group(1)}）") if stated else (None, 1.0)
        labelled = [unit_and_magnitude_in_label(h) for h in heads]
        columns = [(year, "observation" if CURRENT_HEADER.match(h) or now else column_kind(h, year, self.years),
                    COLUMN_AIM.sub("", column_noun(h)),
                    *(label if label[0] else default))
                   for year, h, now, label in zip(years, heads, status, labelled, strict=True)]
        if any(k == "target" and y > (self.years.own or y) for y, k, *_ in columns):
            # 2024年住院人次 | 2027年目标 in a 2024 plan: the own year's column without 目标 is the baseline
            columns = [(y, "observation" if k == "target" and y == self.years.own and not TARGET_HEADER.search(h)
                        else k, *rest) for (y, k, *rest), h in zip(columns, heads, strict=True)]
        built = [BUILD_HEADER.search(h) is not None for h in heads]
        named = next((noun for _, _, noun, _, _ in columns if not GENERIC_COLUMN.match(noun)), "")
        if named and not (title and title.endswith(named)):  # 现有救护车（辆） / 2025年目标（辆）: one measure
            columns = [(y, k, _same_unit_noun(columns, n) or named if GENERIC_COLUMN.match(noun) else noun, u, m)
                       for n, (y, k, noun, u, m) in enumerate(columns)]
        elif title:  # `2023年现状值（%）`: the column names no measure, the table's title does (县域内就诊率现状及目标)
            columns = [(y, k, title if GENERIC_COLUMN.match(noun) or title.endswith(noun) else noun, u, m)
                       for y, k, noun, u, m in columns]  # 签约率 under 家庭医生签约率目标: the title's fuller name
        i = first
        while i < len(cells) and (row_place.match(cells[i].text) or TOTAL_CELL.match(cells[i].text)):
            place, values = cells[i], cells[i + 1 + hosts:i + 1 + hosts + len(columns)]
            if len(values) < len(columns) or not all(value_like(v.text) for v in values):
                return
            total = TOTAL_CELL.match(place.text) is not None
            name = self.whole_division(place.text) if total else place.text
            host = cells[i + 1].text if hosts and not total and not value_like(cells[i + 1].text) else ""
            read = [(column, cell, parse_cell(cell.text, column[3], column[4]).quantity)
                    for column, cell in zip(columns, values, strict=True)]
            bases = {noun: (year, q) for (year, kind, noun, _, _), _, q in read
                     if q and kind == "observation" and not q.relative}
            for ((year, kind, noun, unit, _), cell, q), build in zip(read, built, strict=True):
                if q is None:
                    continue
                if q.comparator is None and (q.unit or unit) == "count" and (kind == "observation" or build):
                    q = replace(q, comparator="=")  # a count that exists, or of things to build (累计建成数)
                subject = host if host and not per_place and not COUNTED_INSTITUTIONS.search(noun) else name
                counted = "count" if COUNTED_NOUN.search(noun) and q.unit is None and unit is None else None
                yield self.fact(cell.start, cell.end, kind, subject + noun, None, q, year, None,
                                bases.get(noun) if kind == "target" else None, unit=q.unit or unit or counted)
            if total:
                return
            i += 1 + hosts + len(columns) + extra

    def whole_division(self, total: str) -> str:
        """The name a table's total row (合计) stands for: the whole of the plan's town or division (全乡, 全县)."""
        if total.startswith("全"):
            return total.removesuffix("合计")
        home = doc_jurisdiction(self.doc, self.ctx.vocabulary)
        name = (home.town or home.name) if home else ""
        level = next((w for w in ("街道", *"省市州县区旗盟乡镇") if name.endswith(w)), "")
        return f"全{level}" if level else total

    def status_year(self) -> int | None:
        """The year a column of what exists (现有救护车（辆）) stands for: the latest year before the document's own
        that the text names, else the document's year."""
        own = self.years.own
        named = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", self.doc.norm.text) if not own or int(y) < own]
        return max(named) if named else own

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
                baseline = (y1, base) if kind == "target" and base else None
                yield self.fact(cell.start, cell.end, kind, rate_wording, iri, q, year, None, baseline,
                                unit=q.unit or group.unit)

    # --- 指标：2025年…，2030年… --------------------------------------------------------------------------------

    def year_lines(self) -> Iterator[QuantityFact]:
        """Lines giving one indicator's values by year (`指标：2025年达到4.8人，2030年达到5.2人`; `2025年、2030年均
        控制在8以下` is a value for each year). Reading stops at the first clause that does not start with a year."""
        text = self.doc.norm.text
        tables = [(p.start, p.end) for p in self.doc.provisions if p.kind == "table"]
        for m in YEAR_LINE.finditer(text):
            if any(a <= m.start() < b for a, b in tables):
                continue
            label = m.group("label")
            if NOT_AN_INDICATOR.search(strip_unit_label(label)):
                continue
            wording, iri = self.indicator(label, None)
            wording = clean_wording(wording)
            if len(wording) < 2 or GAP in wording:
                continue
            label_unit, label_multiplier = unit_and_magnitude_in_label(label)
            line_end = text.find("\n", m.end())
            pos, stop = m.end(), len(text) if line_end < 0 else line_end
            while pos < stop:
                c = YEAR_CLAUSE.match(text, pos, stop)
                if not c:
                    break
                spans = value_spans(c.group("rest"))
                if spans and spans[0].start <= YEAR_CLAUSE_LEAD:
                    yield from self.year_clause_facts(c, spans[0], wording, iri, label_unit, label_multiplier)
                pos = c.end()
                while pos < stop and text[pos] in "，,；; \t":
                    pos += 1

    def year_clause_facts(self, c: re.Match[str], span, wording: str, iri: str | None,  # noqa: ANN001
                          label_unit: str | None, label_multiplier: float) -> Iterator[QuantityFact]:
        """One fact per year of a clause `2018年、2019年、2020年均控制在10%以内` (evidence: from its year on)."""
        q = span.quantity
        if q.unit is None and label_unit:
            q = replace(q, unit=label_unit, multiplier=label_multiplier)
        end = c.start("rest") + span.end
        ahead = bool(TO_YEAR.search(c.group("years")))
        for y in ONE_YEAR.finditer(c.group(0), 0, len(c.group("years"))):
            year = int(y.group("y"))
            kind = "target" if ahead else self.years.bare_year_kind(year)
            yield self.fact(c.start() + y.start(), end, kind, wording, iri, q, year, None)

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


YEAR_LINE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])?[ \t\u3000]*"
    r"(?P<label>[^：:\n，。；]{2,40}?)[：:][ \t\u3000]*(?=(?:力争)?(?:到|至|在)?(?:19|20)\d{2}年)", re.M)
"""`4.重大慢性病过早死亡率：2025年比2020年降低10%，2030年比2020年降低20%。`: an indicator and its values by year."""
YEAR_CLAUSE = re.compile(
    r"(?P<years>(?:(?:力争)?(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?(?:前)?[、和及]?)+)(?P<rest>[^，。；,;\n]*)")
TO_YEAR = re.compile(r"到|至|在|力争")
"""到2025年: the year a goal is set for (a target whatever the document's date)."""
YEAR_CLAUSE_LEAD = 8
"""At most this many characters between a line's year and its value (2025年比2020年降低10%)."""
ONE_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:底|末)?")


LINE_KEY = re.compile(r"(?P<key>领域|指标名称|指标(?!性质|属性)|(?:19|20)\d{2}年[^\n：:\d]{0,5}|"
                      r"指标性质|指标属性|性质|属性)[：:]")
"""The keys of a record's lines; a year key with any short word after it, as LINE_RECORD takes it (2023年基数：,
2025年目标值：)."""
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


def _place_column_rows(cells: list[TCell]) -> list[list[TCell]]:
    """A table one cell per line whose header is 指标 and two or more places, as rows of a label and one value per
    place (the header first); [] for any other table."""
    at = next((i for i, c in enumerate(cells[:3]) if LABEL_HEADER.match(c.text)), None)
    if at is None:
        return []
    n = next((k for k, c in enumerate(cells[at + 1:]) if not COLUMN_PLACE.match(c.text)), len(cells) - at - 1)
    if n < 2:
        return []
    rows = [cells[at:at + 1 + n]]
    i = at + 1 + n
    while i + n < len(cells) and not value_like(cells[i].text) and all(value_like(c.text)
                                                                        for c in cells[i + 1:i + 1 + n]):
        rows.append(cells[i:i + 1 + n])
        i += 1 + n
    return rows if len(rows) > 1 else []


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


def value_like(text: str) -> bool:
    """A cell that holds a value, none (——), a word of one (持续提高) or a redacted one ((略)), not a label."""
    cell = parse_cell(text)
    return cell.quantity is not None or cell.empty or bool(QUALITATIVE_FRAGMENTS.match(text)) or text.strip() == GAP


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


HEADER_YEAR = re.compile(r"^(?:19|20)\d{2}(?=年)|(?<=[（(])(?:19|20)\d{2}(?=年[）)])")
"""The year of a column header: `2025年`, `2025年目标值`, `基期值（2022年）`."""


CURRENT_HEADER = re.compile(r"^(?:现有|现状|目前|当前)")
"""A column of what exists now, without a year (现有救护车（辆）)."""


def column_noun(header: str) -> str:
    """What a column header counts, without its year phrase, its word for now and its unit (2023年底现有床位（张）
    → 床位)."""
    return strip_unit_label(CURRENT_HEADER.sub("", HEADER_YEAR_PHRASE.sub("", header)))
GENERIC_COLUMN = re.compile(r"^(?:现状|目标|基期|基线|规划|预期|实际)?值?$|^数值$")
"""A year column's header that names no measure (2023年现状值, 2026年目标值)."""
_TITLE_PLACES = re.compile(r"^" + CAPTION_NUMBER +
                           r"(?:[\u4e00-\u9fff]{2,8}?(?:[省市区县州旗盟镇乡]|街道|苏木)(?=各|全))?(?:各|全)?"
                           r"(?:[县市区州旗盟镇村]|设区市|街道|乡镇|社区|嘎查)(?:（[^（）]{1,8}）)?")
CAPTION_HOSTS = re.compile(r"(?:社区卫生服务中心|社区卫生服务站|卫生服务站|中心卫生院|卫生院|卫生室|医院|分院)")
"""Institutions a caption names after its places (各街道社区卫生服务中心…): the rows' measures are theirs."""
_TITLE_TAIL = re.compile(r"(?:的)?(?:现状(?:值)?(?:及|和|与)?目标(?:值)?|目标(?:值)?|现状|情况|一览表|分解表|表)$")


def _inner_cells(row: list[TCell]) -> list[TCell]:
    """A pipe row's cells without the empty ones its outer pipes make (|医院名称|…|)."""
    start = 1 if row and not row[0].text else 0
    end = len(row) - 1 if len(row) > start and not row[-1].text else len(row)
    return row[start:end]


def _caption_above(text: str, pos: int) -> str:
    """The caption line right above the pipe table holding `pos` ('' when the table opens the text)."""
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start > 0 and "|" in text[line_start:text.find("\n", line_start)]:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    caption = text[line_start:text.find("\n", line_start)]
    return "" if "|" in caption else caption.strip()


def _as_of_caption(text: str, pos: int) -> int | None:
    """The year of 截至… in the caption line right above the pipe table holding `pos`, or None."""
    caption = _caption_above(text, pos)
    return observed_year_in(caption) if re.search(r"截至|截止", caption) else None


def _same_unit_noun(columns: list[tuple], at: int) -> str:
    """The measure of the nearest column before `at` with the same unit (常住人口（人） | 2024年签约率（%） |
    2026年目标（%）: the target is of 签约率), or ''."""
    unit = columns[at][3]
    return next((noun for _, _, noun, u, _ in reversed(columns[:at]) if u == unit and unit
                 and not GENERIC_COLUMN.match(noun)), "")


def _table_subject(title: str) -> str:
    """The measure a table of places is about, from its title (各县（市）县域内就诊率现状及目标 → 县域内就诊率)."""
    subject = _TITLE_TAIL.sub("", _TITLE_PLACES.sub("", title.strip()))
    return subject if 2 <= len(subject) <= 20 and not value_like(subject) else ""


def header_year(header: str) -> int | None:
    m = HEADER_YEAR.search(header.strip())
    return int(m.group()) if m else None


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
