"""Rows of task and building lists with named columns: which institution builds what, how much and by when.

A list is a pipe table (`| 序号 | 建设单位 | 建设内容 | 床位数（张） | 完成时限 |`) or a table flattened to one cell
per line: a run of header cells opening with 序号 or 编号, then rows of as many lines, each opening with its number.
Each row maps its column headers to its cells (spans in the normalised text). The departments extractor reads a
row's content cell with the row's institution as its subject and the row's deadline as its year (区中医院 /
设置中西医结合安宁疗护病区 / 2025年6月); the tables extractor reads its count cells as the row's targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()、/]{2,14}$")
NUMBER_CELL = re.compile(r"^\d{1,3}[.、．]?$")
HOST_COLUMN = re.compile(r"^(?:建设|实施|承建|承担|申报|项目|试点|依托)?(?:单位|机构|医院|分院)(?:名称)?$|"
                         r"^(?:医疗)?机构名称$|"
                         r"^医疗(?:卫生)?机构$|^建设主体$|^(?:医疗集团|医联体|医共体|学校|基地)名称$|"
                         r"^(?:乡镇|街道|社区|中心|村)?(?:卫生院|社区卫生服务中心|卫生服务中心|社区卫生服务站|卫生服务站|"
                         r"卫生室|服务站)名称$|^(?:乡镇|中心)?卫生院$|^社区卫生服务中心$")
"""The column of the institution a row is about (建设单位, 实施机构, 医院名称, 医疗集团名称); never a role column
(责任单位)."""
SPECIALTY_COLUMN = re.compile(
    r"^(?:重点)?(?:建设|发展|扶持|培育)?(?:重点)?(?:专科|科室|学科)(?:名称)?$|^(?:提升|建设|发展)方向$")
"""The column of the specialty or department a row builds in its institution (依托单位 | 专科名称 | 建设类别)."""
TYPE_COLUMN = re.compile(r"^(?:医疗)?(?:卫生)?(?:机构|单位)(?:类别|类型|层级|级别)$|^(?:类别|类型|层级)$")
"""The column of the institution types a row is about (机构类别 | 应设置的科室 | 2028年设置比例)."""
UNIT_COLUMN = re.compile(r"^(?:应|须|需)?(?:设置|设立|开设|建设)?的?(?:科室|专科|门诊|诊室|服务|单元)"
                         r"(?:或(?:服务|门诊|科室))?(?:名称|内容)?$")
"""The column of the unit each row's institutions set up (应设置的科室或服务)."""
SHARE_COLUMN = re.compile(r"^(?P<year>(?:19|20)\d{2})年(?:底|末)?(?:目标)?(?:设置|建设|开设)?(?:比例|率)"
                          r"(?:[（(]%[）)])?$")
"""A column of the share of the row's institutions with the unit by a year (2028年设置比例)."""


def share_table_columns(header: list[str]) -> tuple[int, int, list[tuple[int, int]]] | None:
    """(type column, unit column, [(share column, year)]) of a header `机构类别 | 应设置的科室或服务 | 2026年设置比例 |
    2028年设置比例`, else None (read by the departments and the tables extractors alike)."""
    names = [h.strip() for h in header]
    types = next((i for i, h in enumerate(names) if TYPE_COLUMN.match(h)), -1)
    units = next((i for i, h in enumerate(names) if UNIT_COLUMN.match(h)), -1)
    shares = [(i, int(m.group("year"))) for i, h in enumerate(names) if (m := SHARE_COLUMN.match(h))]
    return (types, units, shares) if types >= 0 and units >= 0 and shares else None
CONTENT_COLUMN = re.compile(r"^(?:主要|工作|重点)?(?:建设)?(?:内容|任务)(?:内容|名称)?$")
PROJECT_COLUMN = re.compile(r"^(?:(?:重大|重点|建设)?项目名称|工程名称|项目)$")
PLACE_COLUMN = re.compile(r"^(?:镇（街道）|乡镇（街道）|街道（镇）|镇街|乡镇|街道|县（市、区）|县（市）|县（区）|"
                          r"县市区|设区市|市州|市（州）)$")
"""The column of the place a row is about (镇（街道） | 老年人健康管理任务数（人）)."""
TASK_COLUMN = re.compile(r"^(?:重点|主要|具体)?任务(?:名称)?$")
"""The column naming a row's task (重点任务), when a content column (主要内容) says what it holds."""
PROJECT_OF = re.compile(r"^(?P<host>[\u4e00-\u9fff（）()]{2,30}?(?:医院|卫生院|保健院|中心|服务站|卫生站|卫生室))"
                        r"(?:新建|改扩建|扩建|迁建|提质改造|改造提升|改造|提升|标准化|能力)*(?:建设)?(?:工程|项目)$")
"""A project named by the institution it builds (平湖街道社区健康服务中心新建项目): that institution is the row's
host."""
DEADLINE_COLUMN = re.compile(r"^(?:完成|建成)?(?:时限|时间)(?:节点|要求)?$|^(?:建设|实施)(?:年限|期限|周期|年度)$|"
                             r"^(?:完成|建成)(?:年度|年份|年限)$")
COUNT_COLUMN = re.compile(r"^(?:(?:19|20)\d{2}年(?:底|末)?)?(?P<noun>[\u4e00-\u9fff]{1,12}?)(?:数|数量)?[（(]"
                          r"(?P<unit>张|人|名|个|家|所|辆|台|套|"
                          r"万元|亿元|元)[）)]$")
"""A column of counts or amounts with its unit (床位数（张）, 新增床位（张）, 培训人数（人）, 总投资（万元）)."""


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Row:
    """One row: its cells by column header."""

    cells: dict[str, Cell]

    def column(self, pattern: re.Pattern[str]) -> tuple[str, Cell] | None:
        """The first (header, cell) whose header matches `pattern` and whose cell is not empty."""
        return next(((h, c) for h, c in self.cells.items() if pattern.match(h) and c.text), None)

    @property
    def host(self) -> Cell | None:
        found = self.column(HOST_COLUMN)
        return found[1] if found else None

    @property
    def named_host(self) -> Cell | None:
        """The row's institution: its host column, else the institution its project is named by
        (平湖街道社区健康服务中心新建项目 → 平湖街道社区健康服务中心)."""
        if (host := self.host) is not None:
            return host
        project = self.column(PROJECT_COLUMN)
        if project is None or (m := PROJECT_OF.match(project[1].text)) is None:
            return None
        return Cell(project[1].start, project[1].start + m.end("host"), m.group("host"))

    @property
    def name(self) -> Cell | None:
        """What the row is about: its institution, else its project (霍邱县精神卫生中心建设项目)."""
        found = self.column(HOST_COLUMN) or self.column(PROJECT_COLUMN) or self.column(PLACE_COLUMN) or \
            self.column(TASK_COLUMN)
        return found[1] if found else None

    @property
    def content(self) -> Cell | None:
        """The row's content cell: a 内容 column before a 任务 one (重点任务 | 主要内容: the task names, the content
        holds)."""
        found = next(((h, c) for h, c in self.cells.items() if CONTENT_COLUMN.match(h) and "内容" in h and c.text),
                     None) or self.column(CONTENT_COLUMN)
        return found[1] if found else None

    @property
    def year(self) -> int | None:
        """The year of the row's deadline cell (2025年6月, 2025年底前; the last of a period, 2021—2024年)."""
        found = self.column(DEADLINE_COLUMN)
        years = re.findall(r"(?:19|20)\d{2}", found[1].text) if found else []
        return int(years[-1]) if years else None


@lru_cache(maxsize=4)
def rows(text: str) -> tuple[Row, ...]:
    """Rows of every list in `text` that has an institution, project or task column and a content or count column (read
    once per document: the departments, tables, programmes and targets extractors all ask)."""
    spans = lines(text)
    out: list[Row] = []
    i = 0
    while i < len(spans):
        a, b = spans[i]
        if "|" in text[a:b]:
            header = pipe_cells(text, a, b)
            if _wanted([c.text for c in header]):
                i = _pipe_rows(text, spans, i + 1, [c.text for c in header], out)
                continue
            i += 1
            continue
        header = _header_run(text, spans, i)
        if header:
            i = _cell_rows(text, spans, i + len(header), header, out)
            continue
        i += 1
    return tuple(out)


def _wanted(header: list[str]) -> bool:
    """A list naming its rows' institutions or projects, with content or counts (or the specialty each builds); or
    naming tasks, with content; or a schedule of work (序号 | 工作任务 | 责任单位 | 完成时限): its cells are the
    content (a 重点任务 column names tasks, whose titles are read where the text states them)."""
    named = any(HOST_COLUMN.match(h) or PROJECT_COLUMN.match(h) for h in header) and any(
        CONTENT_COLUMN.match(h) or COUNT_COLUMN.match(h) for h in header)
    places = any(PLACE_COLUMN.match(h) for h in header) and any(COUNT_COLUMN.match(h) for h in header)
    tasks = any(TASK_COLUMN.match(h) for h in header) and any(
        CONTENT_COLUMN.match(h) and not TASK_COLUMN.match(h) for h in header)
    specialties = any(HOST_COLUMN.match(h) for h in header) and any(SPECIALTY_COLUMN.match(h) for h in header)
    scheduled = any(CONTENT_COLUMN.match(h) and not TASK_COLUMN.match(h) for h in header) and any(
        DEADLINE_COLUMN.match(h) for h in header)
    return named or tasks or places or specialties or scheduled


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, blank lines included."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def cell(text: str, a: int, b: int) -> Cell:
    """text[a:b] as a cell, surrounding spaces trimmed."""
    raw = text[a:b]
    start = a + len(raw) - len(raw.lstrip())
    return Cell(start, start + len(raw.strip()), raw.strip())


def pipe_cells(text: str, a: int, b: int) -> list[Cell]:
    """The cells of a pipe row text[a:b], empty cells at either end dropped (| a | b | → a, b)."""
    cells, pos = [], a
    for part in text[a:b].split("|"):
        cells.append(cell(text, pos, pos + len(part)))
        pos += len(part) + 1
    while cells and not cells[-1].text:
        cells.pop()
    while cells and not cells[0].text:
        cells.pop(0)
    return cells


def _pipe_rows(text: str, lines: list[tuple[int, int]], j: int, header: list[str], out: list[Row]) -> int:
    while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]]:
        cells = pipe_cells(text, *lines[j])
        if len(cells) == len(header):
            out.append(Row(dict(zip(header, cells, strict=True))))
        j += 1
    return j


NAMED_HOST = "机构名称"
"""The header a bare 名称 stands for above a specialty column (名称 / 重点建设科室, one cell per line)."""
NAMED_HOST_CELL = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:医院|卫生院|中心|保健院)$")
"""A row's first cell under it: an institution's name (溆浦县龙潭镇中心卫生院)."""


def _header_run(text: str, lines: list[tuple[int, int]], i: int) -> list[str]:
    """The headers of a one-cell-per-line list starting at line i (序号 first, or 名称 before a specialty column), or
    []."""
    first = text[lines[i][0]:lines[i][1]].strip()
    if first == "名称" and i + 1 < len(lines) and SPECIALTY_COLUMN.match(text[slice(*lines[i + 1])].strip()):
        return [NAMED_HOST, text[slice(*lines[i + 1])].strip()]  # 名称 / 重点建设科室: institutions and their units
    if first not in ("序号", "编号"):
        return []
    cells = [first]
    for a, b in lines[i + 1:i + 10]:
        cell = text[a:b].strip()
        if not HEADER_CELL.match(cell) or NUMBER_CELL.match(cell):
            break
        cells.append(cell)
    return cells if _wanted(cells) else []


def _cell_rows(text: str, lines: list[tuple[int, int]], j: int, header: list[str], out: list[Row]) -> int:
    width = len(header)
    first = NAMED_HOST_CELL if header[0] == NAMED_HOST else NUMBER_CELL
    while j + width <= len(lines):
        cells = [cell(text, a, b) for a, b in lines[j:j + width]]
        if any(not c.text for c in cells) or not first.search(cells[0].text):
            break
        out.append(Row(dict(zip(header, cells, strict=True))))
        j += width
    return j


def content_cells(text: str) -> list[tuple[Cell, Cell, int | None]]:
    """(content cell, the row's institution, the row's year) of each row that has both, in text order."""
    return [(row.content, host, row.year) for row in rows(text)
            if (host := row.named_host) is not None and row.content is not None]


def count_cells(text: str) -> Iterator[tuple[Row, str, Cell]]:
    """(row, column header, cell) of every count cell of a row that names its institution or project."""
    for row in rows(text):
        if row.name is None:
            continue
        for header, cell in row.cells.items():
            if COUNT_COLUMN.match(header) and re.fullmatch(r"\d+(?:\.\d+)?", cell.text):
                yield row, header, cell
