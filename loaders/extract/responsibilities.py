"""Responsibility clauses: which agencies lead, support or share the task of each provision (or table row).

Layouts (pattern tables below, no per-document code):
- marker clauses, in brackets after the task or on a line of their own: （责任单位：…） / [责任单位：…] /
  责任单位：… / 牵头单位：X 配合单位：Y 参与单位：Z — each marker's list runs to the next marker, the closing
  bracket or the line end (later sentences of a bracket hold rules);
- a paragraph-final list of agencies after a measure: …。（市卫生健康局、市财政局，各镇街）, or a line of its own
  that is a list of agencies with a duty tail: 县卫计局、县人社局按职责分工负责。;
- task tables with role columns (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), in pipe rows or one cell per line:
  each row is a task of its own (`Responsibility.task`);
- task lists under a 责任部门/责任单位 column whose tasks are numbered provisions: a cell after the first item of a
  group covers every item of the group up to the next cell; a group without a cell whose heading repeats the
  previous group's heading (a table split across pages) continues the previous cell;
- blanket rules: 以下各项任务责任单位均包括X、Y → X and Y share (responsible) every later task with a clause.
Roles: 牵头单位：/ a lead column / X牵头 / X（牵头） → lead; 配合单位：/ 参与单位：/ a support column / X配合 → support;
a unit marked 负责 beside units marked 配合 leads; a document rule such as 排第一的为牵头单位（下同） makes the
first listed unit of that and every later list the lead (unless the first unit is redacted) and the others
support; a list with no marking and no rule names units that are each `responsible`: no lead is invented.
Redacted items (GAP) are skipped, never glued to their neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.agencies import (
    INTERNAL_DEPARTMENT,
    LEVEL_PREFIXES,
    TOWN_GOVERNMENT,
    TOWN_NAME,
    TOWN_PREFIXES,
    Jurisdiction,
    doc_jurisdiction,
    resolve_agency,
)
from loaders.extract.indicator_linking import ITEM_NUMBER
from loaders.extract.org_facts import AgencyRef, Responsibility
from loaders.extract.registry import Extractor
from loaders.extract.row_tables import HEADER_CELL, Cell, cell, pipe_cells
from loaders.extract.row_tables import lines as _lines
from loaders.extract.tables import LABEL_HEADER, UNIT_HEADER, header_year, value_like
from loaders.records import GAP, ParsedDocument, Provision
from loaders.vocabulary import LOCAL_DIVISION

NAME, VERSION = "responsibilities", "1.6.56"

LEAD, SUPPORT, RESPONSIBLE = "lead", "support", "responsible"
MARKERS = {
    "责任单位": "", "责任部门": "", "责任主体": "", "负责单位": "", "负责部门": "", "主责单位": "", "主责部门": "",
    "责任科室": "", "责任处室": "", "责任股室": "",
    "牵头单位": LEAD, "牵头部门": LEAD, "牵头科室": LEAD, "牵头处室": LEAD,
    "配合单位": SUPPORT, "配合部门": SUPPORT, "参与单位": SUPPORT, "参与部门": SUPPORT, "协同单位": SUPPORT,
    "协同部门": SUPPORT, "协办单位": SUPPORT, "配合科室": SUPPORT, "配合处室": SUPPORT,
    "牵头股室": LEAD, "配合股室": SUPPORT,
    "责任站所": "", "牵头站所": LEAD, "配合站所": SUPPORT,  # a township's own stations (镇属各站所)
    "牵头": LEAD, "配合": SUPPORT, "参与": SUPPORT, "协同": SUPPORT, "协办": SUPPORT,
}
"""Marker words (as clause markers with ：, or as table column headers) and the role they give the units listed
under them ('' = read from the list: markings, the first-listed rule, else responsible); a bare role word with its
colon marks a list too (（牵头：社区卫生服务办；配合：财政办、…）)."""
_MARKER_WORDS = "|".join(sorted(MARKERS, key=len, reverse=True))
_MARKER = re.compile(rf"(?P<open>[【［〔])?(?P<word>{_MARKER_WORDS})(?(open)[】］〕]\s*[：:]?|\s*[：:])")
"""A marker with its colon (牵头单位：), or in lenticular brackets with or without one (【牵头单位】县卫生健康局)."""
_OPEN, _CLOSE = "（([［【〔", "）)]］】〕"
_LATER_MARKER = re.compile(rf"[；;]\s*(?:{_MARKER_WORDS})\s*[：:]")
"""A marker after a bracket's first list (（人事股牵头，医政医管股配合；责任单位：…）): the list before it is a
clause."""
_OWN_LINE_OPENING = re.compile(rf"\s*[{_OPEN}]?\s*(?:{_MARKER.pattern})?\s*")
"""What may precede a clause's list on a line of its own: an opening bracket, a marker (（规划司牵头…, 责任单位：…)."""
_COLUMN_HEADER = re.compile(r"^\s*(责任单位|责任部门|牵头单位|责任主体|负责单位)\s*$", re.M)
_TABLE_HEADER_CELL = re.compile(
    rf"^(?:{_MARKER_WORDS}|序号|编号|(?:重点|主要|具体|工作|建设){{0,2}}(?:任务|内容|事项|措施|项目)(?:内容|名称)?"
    r"|(?:重点|主要|具体)工作(?:内容|名称)?"
    r"|完成(?:时限|时间)|时间(?:节点|安排|要求)?|时限|进度安排|备注|(?:工作|预期)?目标|预期成效"
    r"|责任人|负责人|联系人|(?:分管|责任)领导)$")
"""Column headers of a task table (data): role columns and the usual others (序号, 重点任务, 完成时限 …; a column of
the persons in charge, 责任人, whose names are no agencies)."""
_NUMBER_CELL = re.compile(r"^\d{1,3}[.、．]?$")
_INDICATOR_HEADER_CELL = re.compile(rf"{LABEL_HEADER.pattern}|{UNIT_HEADER.pattern}|^(?:指标)?(?:属性|性质)$")
"""Column headers of an indicator table with a role column besides its year columns (指标名称 / 2023年基线值 /
2025年目标值 / 责任单位; a year's column is read by tables.header_year)."""
_TASK_COLUMN = re.compile(r"任务|内容|事项|措施|项目|指标|^(?:重点|主要|具体)工作")
_FIRST_LEADS = re.compile(r"(排|列|位)(在|于)?(第一|首)位?(的|者)?(单位|科室|处室)?(为|是)牵头"
                          r"(?P<lead>单位|科室|处室|部门)?(?P<rest>[^。；\n]{0,30})")
"""The first-listed rule. When it makes the first 科室 (a bureau's own office) the lead and the listed 责任单位
support (排第一位的为牵头科室，其余科室和所列责任单位为配合科室（单位）), a 责任单位 list beside the offices
only supports."""
_UNITS_SUPPORT = re.compile(r"(?:所列|列出的)?(?:责任)?单位[^。；]{0,4}为配合")
_OFFICE_MARKERS = ("责任科室", "责任处室", "责任股室")
_BLANKET = re.compile(r"以下各项(?:任务)?(?:的)?责任单位均(?:包括|含|为)(?P<items>[^。；）)\]]+?)"
                      r"(?:，不再列出|，不再一一列出|。|；|$)")
_ITEM_SPLIT = re.compile(r"[、，,；;/]|和(?=各|有关|相关)|及(?=各|有关|相关)|"
                         r"(?<=政府)[和及](?=[\u4e00-\u9fff]{0,8}?(?:办事处|管委会|管理委员会|政府))")
_BRACKETS = str.maketrans("〔〕［］", "（）（）")
"""Bracket variants a listed name may be written with (各市〔州〕人民政府), read as the name's （）."""
_DUTY_TAIL = (r"按职责分工负责|按职责分工落实|按职责负责|按职责落实|按职责分工|分工负责|负责落实|共同负责|"
              r"分别负责|各负其责")
_TAIL = re.compile(rf"({_DUTY_TAIL}|落实)$")
_LEAD = re.compile(r"(?:分别|共同)?(牵头负责|牵头落实|牵头|[（(]牵头[）)])$")
"""A lead marking; 分别牵头 / 共同牵头 after two units: both lead."""
_SUPPORT = re.compile(r"(配合落实|配合|协同(?:推进|落实)?|协助|参与|参加|[（(]配合[）)])(?:做好[\u4e00-\u9fff]{1,8})?$")
_PRINCIPAL = re.compile(r"(?<!职责)(?<!分工)负责$")
"""X负责 beside units marked 配合: X is the principal (lead)."""
_ETC = re.compile(r"等(部门|单位|相关部门|有关部门|[\u4e00-\u9fff]{0,12}单位)?$")
_NOT_AGENCY = re.compile(r"(各成员单位|相关|有关|其他)")
_RELEVANT_GOVERNMENTS = re.compile(r"(?:有关|相关)[\u4e00-\u9fff（）()、]{1,10}?(?:人民政府|政府|办事处|居委会|村委会|"
                                   r"党总支|党支部)(?:[（(][\u4e00-\u9fff]{2,8}(?:办事处|政府)[）)])?")
"""The relevant ones of a collective of lower governments or committees (有关设区市人民政府, 相关县（区）人民政府,
相关居民区党总支, 相关镇人民政府（街道办事处））."""
TASK_PREFIX = r"\d{1,2}[.、．][^。；：:\n]{2,40}?[：:]"
"""A numbered task of a 责任分工 list before its units (1.临床专科和“五大中心”建设：)."""
_LEAD_SENTENCE = re.compile(r"(?:^|(?<=[。；\n]))\s*(?:" + TASK_PREFIX + r")?"
                            r"(?:(?:此项|该项|本项|上述|以上|这项)(?:工作|任务))?由?"
                            r"(?P<list>[^。；：:\n（）()由]{3,200}?(?:牵头负责|牵头落实|牵头)"
                            r"(?:[^。；：:\n（）()]|[（(][^（）()。；：:\n]{1,8}[）)]){0,200}?)(?=[。；]|\n|$)")
"""A sentence of its own naming the lead and the others: 县卫生健康局牵头，县财政局、县医保局配合。, 此项工作由
省中医药局牵头，省教育厅、省文旅厅配合。(a collective's bracket among them: 和各镇（街道）协同推进), a line of a
责任分工 list after its task (1.临床专科建设：X牵头，Y配合。)
(建立由X牵头… is a mechanism inside a sentence: `_MECHANISM`)."""
_TASK_PRINCIPAL = re.compile(r"(?m)^\s*" + TASK_PREFIX + r"(?P<list>[^。；：:\n（）()由，,、]{3,40}?)负责[。；]?\s*$")
"""A line of a 责任分工 list giving a task to one unit (2.县级中医医院能力建设：省中医药管理局医政处负责。): it
leads."""
_MECHANISM = re.compile(r"由(?P<list>[^。；：:\n（）()由]{2,200}?(?:牵头负责|牵头)[，,、]"
                        r"[^。；：:\n（）()]{2,200}?(?:参与|参加|配合|协同))(?=的|[，,。；])")
"""A lead and its partners inside a sentence (建立由基层司牵头，医政司、财务司参与的工作机制; 完善…制度，由自治区
卫生健康委、中医药局牵头，自治区发展改革委、财政厅等部门配合，统筹协调…)."""
_DUTY_SENTENCE = re.compile(r"(?:(?:^|(?<=[。；\n]))\s*" + ITEM_NUMBER + r"?|(?<=[，,。；])由)"
                            r"(?P<list>[^。；：:\n，,（）()由]{3,120}?)"
                            r"(?=(?:等部门(?:和单位)?)?按(?:照)?(?:各自)?职责(?:分工)?(?:做好|负责|落实|推进|开展|抓好|共同))")
"""A sentence whose subject is a list of units acting by their duties (财务司、国家疾控局综合司按职责做好…), or a
clause or a sentence naming them after 由 (…，由县人社局、县委编办按职责分工负责; …由A、B按职责共同推进;
…评价办法。由市民政局、市卫生健康局按职责分工负责。)."""
_SECTOR_LIST = re.compile(r"(?:^|(?<=[。；\n]))\s*(?P<list>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){2,})"
                          r"等(?P<head>部门)(?=要|应|负责|按|共同|分别|密切|加强|各司其职|根据|依据)")
"""A sentence that opens with sectors sharing a head (卫生健康、财政等部门要加强政策协同): each is responsible."""
_SUBJECT = re.compile(r"(?:^|(?<=[。；\n])|(?<=[，,])(?=由))\s*(?P<numbered>" + ITEM_NUMBER + r")?"
                      r"(?:(?:此项|该项|本项|这项)(?:工作|任务))?由?"
                      r"(?P<list>(?:[\u4e00-\u9fff]{2,16}?(?:委员会|局|委|厅|办|(?<=[宣组统])[传织战]部)、){0,4}"
                      r"[\u4e00-\u9fff]{2,16}?(?:部门|委员会|局|委|厅|办|室|处|司|(?<=[宣组统])[传织战]部)|"
                      r"[\u4e00-\u9fff（）()、]{2,16}?(?:人民政府|政府)(?:（[\u4e00-\u9fff]{2,10}）)?(?=[：:]|负责)|"
                      r"(?P<body>[\u4e00-\u9fff（）()]{1,20}?(?:中心|医院|卫生院|保健院|研究院|研究所))(?=负责))"
                      r"(?=[：:]?(?:(?P<lead>(?:要|应当?)?(?:负责牵头|牵头))|要|应当?|负责|(?P<co>将?会同)))")
"""A sentence whose subject is one agency (or a short 、-list of them: 市委宣传部、市卫健委要…) with a duty verb
(财政部门要按照…; 卫生健康部门负责牵头编制…; 县财政局：负责… and 各乡镇人民政府：负责… in a section of duties,
though not 各区人民政府要落实属地责任; 由市卫生健康委牵头，…配合，按职责分工抓好落实; a clause …，由州卫生健康局
负责组织实施): that agency is responsible (the lead when it 牵头, or when it acts 会同 named agencies:
省卫生健康委会同省财政厅等部门制定…). The name must resolve to an agency, so 各地要 / 医疗机构要 are not. An agency
acting 会同有关部门 (evaluation and monitoring clauses) is left alone: the keys do not read it as a task."""
ADDRESSEES = re.compile(r"各(?:级|省级|地|省|市|县|区)?[\u4e00-\u9fff]{0,10}?(?:行政)?部门"
                        r"(?:[和、及与][\u4e00-\u9fff]{0,10}?(?:行政)?部门)*")
"""The kinds of department a notice addresses (各级卫生健康行政部门, 各省级中医药主管部门, 各级卫生健康行政部门和中医药
主管部门), not named agencies."""
_SUPPORT_SENTENCE = re.compile(r"(?:^|(?<=[。；\n]))\s*" + ITEM_NUMBER + r"?(?P<list>[^。；：:\n，,（）()]{3,120}?"
                               r"(?:(?:配合|协助|协同)(?=做好|开展|推进|落实|抓好|完成|实施)|参与(?=[\u4e00-\u9fff])))")
"""A sentence whose subject is a list of units that support (（六）市医疗保障局、市民政局配合做好…)."""
_CO_NAME = r"[\u4e00-\u9fff（）()]{2,16}?(?:部门|委员会|局|委|厅|办|室|科|处|司|部|人民政府|会|联)"
_CO_SUBJECT = re.compile(rf"[，,](?:要|应当?|将)?(?:会同(?P<with>{_CO_NAME}(?:、{_CO_NAME})*)(?=[，,]|等)|"
                         rf"(?P<list>{_CO_NAME}(?:、{_CO_NAME})*)(?:按照?职责(?:分工)?)?"
                         r"(?P<verb>配合|协助|协同|参与|给予支持))")
"""A later clause of a subject sentence naming supporting agencies (区人社局负责…，区委编办配合做好…, …按职责给予
支持; 由局办公室牵头，党建办、规划财务科配合…; 省中医药局牵头，会同省卫健委、省医保局，…): they support, and a subject
that 负责 beside them is the principal (lead)."""
_CO_AT = re.compile(rf"(?:要|应当?|将)?会同(?P<with>{_CO_NAME}(?:、{_CO_NAME})*)"
                    r"(?=[，,]|等|对|在|就|制定|开展|研究|组织|建立|推进|做好|完善|编制|修订|起草|出台|印发)")
"""Agencies a subject acts with, right after it (省卫生健康委会同省财政厅等部门制定…; …将会同省医保局对…开展评估)."""
_REPORTS = re.compile(r"(?:要|应当?|须|需)?(?:于[^，。；]{0,30}?(?:前|之前)，?)?(?:分别|按时|及时|定期)?"
                      r"(?:报送|上报|报告)")
"""A duty that is only to report (…要于2026年7月15日前和2027年1月15日前分别报送半年和全年工作进展)."""
EVALUATION = re.compile(r"评估|督导|督查|考核|总结|通报")
"""Words of a clause that evaluates the plan rather than assigning one of its tasks."""
_CO_PRINCIPAL = re.compile(rf"[，,](?P<list>{_CO_NAME})(?=负责)")
"""Another agency in charge in a later clause (省卫生健康委负责…，省财政厅参与…，省发展改革委负责…): like the
subject."""
_SENTENCE_END = re.compile(r"[。；\n]")
_DUTY_LINE = re.compile(r"^[ \t\u3000]*" + ITEM_NUMBER + r"?[ \t\u3000]*(?P<list>[^：:\n。；，,]{2,60}?)[：:]", re.M)
"""A paragraph of a duty section that opens with the units it is about (（二）市委宣传部（市文明办）：负责…;
（六）市交通运输局、市文化旅游广电局：按照各自职责…)."""
_DUTY_HEADING = re.compile(r"职责|分工")
_ALIAS = re.compile(r"[（(][^（）()]{2,12}[）)]$")
_DUTY_LEADS = re.compile(r"(?:负责|牵头|负总责|对[^，。；]{1,20}负总责|按照[^，。；]{1,20}原则，负责)")
"""The duty a section gives a unit as the one answering for it (市卫生健康委：负责…; …：对本辖区…工作负总责)."""
_DUTY_SUPPORTS = re.compile(r"(?:参与|协助|配合)")


def _duty(said: str) -> str:
    """The task a unit is given, without the verb that gives it (负责统筹… → 统筹…)."""
    return re.sub(r"^(?:负责牵头|牵头|要|应当|应|负责)", "", said).strip(" ，,")[:120]


def _duty_sections(doc: ParsedDocument) -> list[tuple[int, int]]:
    """Spans of the sections whose heading names duties (四、部门职责, （三）职责分工)."""
    return [(p.start, p.end) for p in doc.provisions if _DUTY_HEADING.search(p.heading or "") and len(p.heading) <= 12]
_LIST_LINE = re.compile(rf"^(?:(?:以上|上述|此项|该项|本项|这项)(?:工作|任务)由)?"
                        rf"(?P<list>[^。；：:\n]{{3,200}}?)(?:{_DUTY_TAIL}|负责)。?$")
"""A line of its own that is a list of units with a duty tail (县卫计局、县人社局按职责分工负责。; 以上工作由…按职责分工
负责。)."""


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
    support: bool = False
    principal: bool = False


@dataclass(frozen=True)
class Clause:
    """A responsibility statement: its list span, its provision, how it was written, the role its marker or column
    gives ('' = read from the list) and, for a table row, the row's task."""

    start: int
    end: int
    form: str
    provision: str
    role: str = ""
    task: str = ""
    head: str = ""
    """A head noun the listed names share (卫生健康、财政等部门: each is a 部门)."""
    beside_offices: bool = False
    """A 责任单位 list after a 责任科室 list in the same bracket (责任科室：A、B；责任单位：C)."""


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


_LEVEL_ONLY = re.compile(r"各?[省州市县区盟旗]")


def split_items(text: str, start: int, end: int) -> list[Item]:
    """The units of a list in text[start:end]: split on 、，；和各 (and 和 between two governments: 各镇人民政府和
    街道办事处), tails (按职责负责, 等部门) stripped, markings read
    (X牵头, X（牵头）, X负责 → lead marks; A、B配合 → both support; A、B牵头 → both lead)."""
    items: list[Item] = []
    pos, after_comma = start, False
    for piece in [*(m for m in _ITEM_SPLIT.finditer(text, start, end) if _depth(text, start, m.start()) == 0), None]:
        if piece and piece.group() == "、" and _LEVEL_ONLY.fullmatch(text[pos:piece.start()].strip()):
            continue  # 各州、市人民政府: the governments of the levels listed, one collective
        stop = piece.start() if piece else end
        raw = text[pos:stop]
        lead_trim = len(raw) - len(raw.lstrip())
        name = _TAIL.sub("", raw.strip())
        lead, name = bool(_LEAD.search(name)), _LEAD.sub("", name)
        support, name = bool(_SUPPORT.search(name)), _SUPPORT.sub("", name)
        principal, name = bool(_PRINCIPAL.search(name)), _PRINCIPAL.sub("", name)
        name = _TAIL.sub("", _ETC.sub("", name)).translate(_BRACKETS)  # 各市〔州〕人民政府: the name's brackets
        if name:
            s = pos + lead_trim
            items.append(Item(s, s + len(name), name, lead, GAP in name, after_comma, support, principal))
        if piece:
            after_comma = piece.group() in "，,；;"
            pos = piece.end()
    return _spread_marks(items)


def _spread_marks(items: list[Item]) -> list[Item]:
    """A 牵头 or 配合 after a run of units joined by 、 marks the whole run: 省卫生健康委、省人社厅牵头，省教育厅、
    省财政厅配合. Runs left unmarked between the lead and a later 配合 support too (县卫生健康委牵头，县发展改革委、
    县财政局，雩田镇、草林镇人民政府配合)."""
    out = list(items)
    run_start = 0
    for i, item in enumerate(items):
        if item.after_comma:
            run_start = i
        if item.lead or item.support:
            for j in range(run_start, i):
                if not (out[j].lead or out[j].support):
                    out[j] = replace(out[j], lead=item.lead, support=item.support)
    leads = [i for i, item in enumerate(out) if item.lead]
    supports = [i for i, item in enumerate(out) if item.support]
    if leads and supports:
        for j in range(leads[-1] + 1, supports[-1]):
            if not (out[j].lead or out[j].support or out[j].principal):
                out[j] = replace(out[j], support=True)
    return out


def _depth(text: str, start: int, pos: int) -> int:
    """Bracket depth at `pos` inside a list starting at `start` (、 inside 各县（市、区） does not split)."""
    chunk = text[start:pos]
    return sum(chunk.count(o) for o in "（(") - sum(chunk.count(c) for c in "）)")


def resolve_items(items: list[Item], home: Jurisdiction | None, ctx: BuildContext) -> list[tuple[Item, AgencyRef]]:
    """Agencies of a list, carrying a level prefix (自治区) and a 各… collective run to the next items."""
    out: list[tuple[Item, AgencyRef]] = []
    prefix, collective, owner = "", False, ""
    owned: set[str] = set()
    items = _shared_committee(items)
    for item in items:
        if item.gap:
            continue
        if item.after_comma:
            collective = False
        if _RELEVANT_GOVERNMENTS.fullmatch(item.name):  # 有关设区市人民政府: the collective 各有关设区市人民政府
            item = replace(item, name="各" + item.name)
        if item.name.startswith("各"):
            collective = True
        if _NOT_AGENCY.search(item.name.removeprefix("各有关").removeprefix("各相关")):
            continue
        ref = resolve_agency(item.name, home, ctx, inherited_prefix=prefix, collective=collective)
        if ref is None and (alias := _ALIAS.search(item.name)):  # 市委宣传部（市文明办）: the name before its alias
            ref = resolve_agency(item.name[:alias.start()], home, ctx, inherited_prefix=prefix, collective=collective)
            ref = replace(ref, written=item.name) if ref is not None else None
        if ref is None:
            continue
        department = _department_at(item.name, ref, ctx)
        if department == 0 and owner and item.name not in owned:
            # 国家疾控局综合监督司牵头，卫生与免疫规划司配合: the lead's administration (not 国家中医药局医政司、医政司,
            # where the same department named bare is another body's)
            ref = resolve_agency(owner + item.name, home, ctx, inherited_prefix=prefix) or ref
        elif department:
            owner = item.name[:department]
            owned.add(item.name[department:])
        own = next((p for p in LEVEL_PREFIXES if item.name.lstrip("各").startswith(p)), "")
        if own and not ctx.vocabulary.lookup("agency-type", item.name.lstrip("各")):
            prefix = own
        out.append((item, ref))
    return out


_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:村|社区|嘎查)$")
_TOWN = re.compile(rf"^{TOWN_NAME}$")
_TOWN_GOVERNMENT = re.compile(rf"(?<=[镇乡道木]){TOWN_GOVERNMENT}$")
_COUNTY = re.compile(rf"^{LOCAL_DIVISION.pattern}$")
_COUNTY_GOVERNMENT = re.compile(r"(?<=[区县市旗盟州])(?:人民政府|政府)$")
_COMMITTEE = re.compile(r"(?<=[村区])(?:村民委员会|居民委员会|村委会|居委会)$|(?<=嘎查)(?:村民委员会|委员会)$")


def _shared_committee(items: list[Item]) -> list[Item]:
    """Villages listed before the last one's committee share it (孟溪村、厚皋村、白彪村村民委员会); towns listed before
    a town's government share it (雩田镇、草林镇人民政府), and so do counties and districts (新罗区、永定区人民政府)."""
    out = list(items)
    for named, head in ((_VILLAGE, _COMMITTEE), (_TOWN, _TOWN_GOVERNMENT), (_COUNTY, _COUNTY_GOVERNMENT)):
        last = next((head.search(i.name) for i in reversed(out) if not i.gap), None)
        if last is not None:
            out = [replace(i, name=i.name + last.group()) if named.fullmatch(i.name) else i for i in out]
    return out


def _department_at(name: str, ref: AgencyRef, ctx: BuildContext) -> int | None:
    """Where the internal department of an administration starts in `name` (5 in 国家疾控局综合监督司; 0 when the
    name is the department alone), or None when the agency is no internal department."""
    vocab = ctx.vocabulary
    if not ref.type_iri or vocab.parent(ref.type_iri) != INTERNAL_DEPARTMENT:
        return None
    hits = [h for h in vocab.find_all("agency-type", name) if h[1] == len(name)]
    return hits[0][0] if hits else None


def list_end(text: str, start: int, end: int) -> int:
    """End of the list proper: the first sentence of the clause (later sentences hold rules)."""
    stop = text.find("。", start, end)
    return stop if stop >= 0 else end


# --- finding clauses ------------------------------------------------------------------------------------------


def marker_clauses(doc: ParsedDocument) -> list[Clause]:
    """Lists after a marker (责任单位：, 牵头单位：, 配合单位： …), bracketed or on a line of their own; a marker
    ending its line takes the next line (责任单位：⏎市卫生健康局、市财政局)."""
    text = doc.norm.text
    markers = list(_MARKER.finditer(text))
    clauses = []
    for i, m in enumerate(markers):
        container = _container_end(text, m.start())
        start = m.end()
        if text[start:container].strip() == "" and text[container:container + 1] == "\n":
            nxt = _container_end(text, container + 1)
            if "。" not in text[container + 1:nxt].rstrip("。"):  # a list, not the next task's sentences
                start, container = container + 1, nxt
        end = min(container, markers[i + 1].start()) if i + 1 < len(markers) else container
        beside = i > 0 and markers[i - 1].group("word") in _OFFICE_MARKERS and \
            _container_end(text, markers[i - 1].start()) == container and m.group("word") not in _OFFICE_MARKERS
        role = MARKERS[m.group("word")]
        others = {MARKERS[o.group("word")] for o in markers[max(0, i - 2):i + 3]
                  if o is not m and _container_end(text, o.start()) == container}
        if not role and not beside and m.group("word") not in _OFFICE_MARKERS and SUPPORT in others and \
                LEAD not in others:
            role = LEAD  # 责任单位：X；配合单位：Y — beside the support units (and no lead), the responsible unit leads
        if end > start:
            clauses.append(Clause(start, _trim_separators(text, start, end), "clause",
                                  task_provision(doc, m.start()), role, beside_offices=beside))
    return clauses


def task_provision(doc: ParsedDocument, pos: int) -> str:
    """The provision of the task a clause at `pos` follows: the provision there, unless that provision starts on
    the clause's own line (a clause line is no task: it belongs to the task before it)."""
    here = doc.provision_at(pos)
    line_start = doc.norm.text.rfind("\n", 0, pos) + 1
    own_line = not doc.norm.text[line_start:pos].strip(" " + _OPEN)
    if own_line and here.path != "0" and here.start >= line_start > 0:
        return doc.provision_at(line_start - 1).path
    if here.parent and here.start < line_start and _name_list_item(doc, here):
        return here.parent  # a paragraph after a numbered list of names (1. 长沙市中医医院 …) is the parent's
    return here.path


def _name_list_item(doc: ParsedDocument, item: Provision) -> bool:
    """An item of a list of names: its own first line and every earlier sibling are one short line without a
    sentence (1. 长沙市中医医院⏎2. 株洲市中医伤科医院), so a paragraph below the last one is not the item's."""
    text = doc.norm.text
    siblings = [p for p in doc.provisions if p.parent == item.parent and p.kind == item.kind and p.start <= item.start]
    if len(siblings) < 2:
        return False
    for p in siblings:
        first = text[p.start:p.end].split("\n", 1)[0]
        if len(first) > 30 or re.search(r"[。；，：]", first):
            return False
        if p is not item and text[p.start:p.end].strip().count("\n"):
            return False
    return True


def _container_end(text: str, pos: int) -> int:
    """Where a marker's clause ends: the bracket enclosing it on its line, else the line end."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened: list[int] = []
    for i in range(line_start, pos):
        if text[i] in _OPEN:
            opened.append(i)
        elif text[i] in _CLOSE and opened:
            opened.pop()
    if opened:
        close = matching_close(text, opened[-1])
        if close >= 0:
            return close
    line_end = text.find("\n", pos)
    return line_end if line_end >= 0 else len(text)


def _trim_separators(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ；;，,":
        end -= 1
    return end


_PARA_END = re.compile(r"[。．.]?\s*$")


_NAMED_BEFORE = re.compile(r"(?:省|市|县|区|州|旗)(?P<body>[\u4e00-\u9fff]{2,12})(?:医院|中心)$")
"""An institution's name right before a bracket (十堰市公共卫生临床中心（市传染病医院）)."""
_SETUP_WORDS = re.compile(r"建设|设立|设置|推进|加强|依托|提升|完善|成立|组建|开展")


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
        named = _NAMED_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if named and not _SETUP_WORDS.search(named.group("body")) and not re.search(
                r"[、，,；;]|负责|牵头|配合", text[m.start() + 1:close]):
            continue  # 十堰市公共卫生临床中心（市传染病医院）。: a name's other name, no unit answering for the task
        marked = _LATER_MARKER.search(text, m.start() + 1, close)  # （人事股牵头，…配合；责任单位：…）
        end = marked.start() if marked else close
        if _all_agencies(text, m.start() + 1, end, ctx, home) or (
                text[m.start() + 1] != "各" and _named_body(text, m.start() + 1, end, ctx, home)):  # （镇卫生院负责）
            clauses.append(Clause(m.start() + 1, end, "trailing-list", task_provision(doc, m.start())))
    return clauses


def list_lines(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None,
               taken: list[Clause]) -> list[Clause]:
    """Lines of their own that list agencies with a duty tail (县卫计局、县人社局按职责分工负责。), sentences opened by
    sectors sharing a head (卫生健康、财政等部门要…), sentences that are only agencies with their roles
    (县卫生健康局牵头，县财政局配合。), a lead and partners inside a sentence (建立由X牵头，Y、Z参与的机制) and
    sentences whose subject is a list of agencies acting by their duties (X、Y按职责做好…)."""
    text = doc.norm.text
    clauses: list[Clause] = []

    def add(start: int, end: int, slack: int, resolved: Callable[[], bool], head: str = "",
            form: str = "trailing-list", role: str = "", task: str = "") -> None:
        """A clause unless it overlaps one found already, lies before the first provision or names a non-agency."""
        if any(c.start - slack <= start < c.end or start <= c.start < end for c in [*taken, *clauses]):
            return
        if doc.provision_at(start).path != "0" and resolved():
            clauses.append(Clause(start, end, form, task_provision(doc, start), role, task, head))

    for m in re.finditer(r"[^\n]+", text):
        line = _LIST_LINE.match(m.group().strip())
        if line:
            stripped = m.start() + len(m.group()) - len(m.group().lstrip())
            start, end = stripped + line.start("list"), stripped + line.end("list")
            add(start, end, 0, lambda s=start, e=end: _all_agencies(text, s, e, ctx, home))
    for m in _SECTOR_LIST.finditer(text):
        named = [replace(i, name=i.name + m.group("head")) for i in split_items(text, m.start("list"), m.end("list"))
                 if not i.gap]
        add(m.start("list"), m.end("list"), 8,
            lambda named=named: bool(named) and len(resolve_items(named, home, ctx)) == len(named), m.group("head"))
    for m in _LEAD_SENTENCE.finditer(text):
        s, e = m.start("list"), m.end("list")
        add(s, e, 8, lambda s=s, e=e: _all_agencies(text, s, e, ctx, home))
    for m in _TASK_PRINCIPAL.finditer(text):
        s, e = m.start("list"), m.end("list")
        add(s, e, 8, lambda s=s, e=e: _all_agencies(text, s, e, ctx, home), role=LEAD)
    assigned = {c.provision for c in taken}
    for pattern in (_MECHANISM, _DUTY_SENTENCE, _SUPPORT_SENTENCE):
        for m in pattern.finditer(text):
            s, e = m.start("list"), m.end("list")
            if pattern is _MECHANISM and task_provision(doc, s) in assigned:
                continue  # the mechanism a task sets up, whose own 责任单位 list assigns it
            add(s, e, 8, lambda s=s, e=e: _all_agencies(text, s, e, ctx, home))
    duty_sections = _duty_sections(doc)
    for m in _DUTY_LINE.finditer(text):
        s, e = m.start("list"), m.end("list")
        if not any(a <= s < b for a, b in duty_sections):
            continue
        stop = _SENTENCE_END.search(text, m.end())
        said = text[m.end():stop.start() if stop else len(text)].strip(" ，,")
        role = LEAD if _DUTY_LEADS.match(said) else SUPPORT if _DUTY_SUPPORTS.match(said) else RESPONSIBLE
        duty = _duty(said)
        add(s, e, 0, lambda s=s, e=e: _all_agencies(text, s, e, ctx, home) or _named_body(text, s, e, ctx, home),
            form="sentence-subject", role=role, task=duty)
    for m in _SUBJECT.finditer(text):
        s, e = m.start("list"), m.end("list")
        stop = _SENTENCE_END.search(text, e)
        end = stop.start() if stop else len(text)
        said = e + len(text[e:end]) - len(text[e:end].lstrip("：:"))  # 县财政局：负责…, a duty paragraph
        duty = _duty(text[said:end])
        co = [c for c in (_CO_AT.match(text, e, end),) if c]
        supports = [(c.start(g), c.end(g)) for c in [*co, *_CO_SUBJECT.finditer(text, e, end)]
                    for g in ("with" if c.group("with") else "list",)
                    if _all_agencies(text, c.start(g), c.end(g), ctx, home)]
        principal = (bool(supports) or text[s - 1:s] == "由") and text.startswith("负责", said)  # 由X负责: X leads
        if m.group("co") and (not supports or EVALUATION.search(text, e, end)):
            continue  # X会同有关部门…, X会同Y组织年度评估: no task assigned (most keys read none)
        if _REPORTS.match(text, e, end):
            continue  # 各市州医保局、卫生健康委要于7月15日前报送工作进展: a report owed, no task of the plan
        principal = principal or bool(m.group("co")) or (bool(co) and not EVALUATION.search(text, e, end))
        # X要会同Y编制…: X acts with named agencies, X leads
        before = len(clauses)
        if m.group("body") and task_provision(doc, s) in assigned:
            continue  # an institution at work in a task whose own clause names the responsible units
        if ADDRESSEES.fullmatch(text, s, e) and not text.startswith("负责", said) and not (
                m.group("lead") and supports):
            continue  # 各省级卫生健康行政部门要…: a notice's addressees told what to do, no task of the plan assigned
        named = _named_body if m.group("body") else _all_agencies
        add(s, e, 8, lambda s=s, e=e, named=named: named(text, s, e, ctx, home), form="sentence-subject",
            role=LEAD if m.group("lead") or principal else RESPONSIBLE, task=duty)
        if len(clauses) > before:
            for a, b in supports:
                add(a, b, 0, lambda: True, form="sentence-subject", role=SUPPORT, task=duty)
            for c in _CO_PRINCIPAL.finditer(text, e, end):
                add(c.start("list"), c.end("list"), 0,
                    lambda c=c: _all_agencies(text, c.start("list"), c.end("list"), ctx, home),
                    form="sentence-subject", role=LEAD if principal or m.group("lead") else RESPONSIBLE, task=duty)
    return clauses


def _named_body(text: str, start: int, end: int, ctx: BuildContext, home: Jurisdiction | None) -> bool:
    """A body named as the subject of a duty (邹城市疾病预防控制中心负责…, 市妇幼保健院负责…, 各镇（街道）卫生院负责…):
    one unit of a place, the document's own or a collective of its lower levels, not a kind of institution."""
    items = [i for i in split_items(text, start, end) if not i.gap]
    if len(items) != 1 or _NOT_AGENCY.search(items[0].name):
        return False
    name = items[0].name
    towns = TOWN_PREFIXES if home and home.town else ()  # 镇社区卫生服务中心负责 in a town's plan
    placed = name.startswith(("各", *LEVEL_PREFIXES, *towns)) or any(
        at == 0 for at, _, _ in ctx.vocabulary.find_all("jurisdiction", name))
    resolved = resolve_items(items, home, ctx)
    return placed and bool(resolved) and bool(resolved[0][1].jurisdiction_iri or resolved[0][1].collective)


def _all_agencies(text: str, start: int, end: int, ctx: BuildContext, home: Jurisdiction | None) -> bool:
    if "：" in text[start:end] or end - start < 3:
        return False
    items = split_items(text, start, end)
    named = [i for i in items if not i.gap]
    resolved = resolve_items(items, home, ctx)
    return bool(named) and len(resolved) == len(named) and any(r.type_iri for _, r in resolved) and any(
        r.jurisdiction_iri or r.collective for _, r in resolved)


# --- task tables with role columns -------------------------------------------------------------------------------


def task_table_rows(doc: ParsedDocument) -> list[Clause]:
    """Role cells of task tables (pipe rows, or one cell per line) whose header names a role column."""
    text = doc.norm.text
    lines = _lines(text)
    clauses: list[Clause] = []
    i = 0
    while i < len(lines):
        header = pipe_cells(text, *lines[i]) if "|" in text[lines[i][0]:lines[i][1]] else None
        if header and (_is_header(names := [_role_column(c.text) for c in header]) or _numbered_header(names)):
            i = _pipe_rows(doc, lines, i, names, clauses)
            continue
        run = _header_run(text, lines, i)
        if run:
            i = _cell_rows(doc, lines, i, run, clauses)
            continue
        i += 1
    return clauses


def _role_column(header: str) -> str:
    """A role column's header without the alternative it adds in brackets (责任科室（单位） is a 责任科室 column)."""
    bare = _ALTERNATIVE.sub("", header)
    return bare if bare != header and bare in MARKERS else header


_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff、/]{1,6}[）)]$")


def _is_header(cells: list[str]) -> bool:
    return (len(cells) >= 2 and all(_TABLE_HEADER_CELL.match(c) for c in cells)
            and any(c in MARKERS for c in cells))


def _numbered_header(cells: list[str]) -> bool:
    """A pipe header opening with 序号 whose other cells are short names or a year's column (项目名称 | 主要建设内容 |
    建设年限 | 总投资（万元） | 责任单位; 指标名称 | 单位 | 2024年完成值 | 2025年目标值 | 责任处室), one of them a role
    column."""
    return (len(cells) >= 3 and cells[0] in ("序号", "编号")
            and all(HEADER_CELL.match(c) or header_year(c) for c in cells)
            and any(c in MARKERS for c in cells))


def _header_run(text: str, lines: list[tuple[int, int]], i: int) -> list[str]:
    """The column headers of a one-cell-per-line task table starting at line i, or []."""
    cells: list[str] = []
    j = i
    while j < len(lines) and _TABLE_HEADER_CELL.match(text[lines[j][0]:lines[j][1]].strip()):
        cells.append(_role_column(text[lines[j][0]:lines[j][1]].strip()))
        j += 1
    numbered = bool(cells) and cells[0] in ("序号", "编号")
    if numbered and _is_header(cells):
        return cells
    cells, j = [], i
    while j < len(lines):
        h = text[lines[j][0]:lines[j][1]].strip()
        if not (_INDICATOR_HEADER_CELL.match(h) or _TABLE_HEADER_CELL.match(h) or (header_year(h) and len(h) <= 9)):
            break
        cells.append(_role_column(h))
        j += 1
    # (a caption such as 主要指标 before 指标名称 is no column)
    indicator_table = (len(cells) >= 3 and bool(LABEL_HEADER.match(cells[0])) and not LABEL_HEADER.match(cells[1])
                       and any(header_year(c) for c in cells) and any(c in MARKERS for c in cells))
    return cells if indicator_table else []


def _pipe_rows(doc: ParsedDocument, lines: list[tuple[int, int]], i: int, header: list[str],
               clauses: list[Clause]) -> int:
    text = doc.norm.text
    j = i + 1
    while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]]:
        cells = pipe_cells(text, *lines[j])
        if len(cells) == len(header):
            _row_clauses(doc, header, cells, clauses)
        j += 1
    return j


def _cell_rows(doc: ParsedDocument, lines: list[tuple[int, int]], i: int, header: list[str],
               clauses: list[Clause]) -> int:
    """Rows of len(header) lines each, each starting at its number (the header's first column is 序号)."""
    text = doc.norm.text
    j = i + len(header)
    while j + len(header) <= len(lines):
        cells = [cell(text, a, b) for a, b in lines[j:j + len(header)]]
        if any(not c.text for c in cells):
            break
        if header[0] in ("序号", "编号") and not _NUMBER_CELL.match(cells[0].text):
            break
        if header[0] not in ("序号", "编号") and (value_like(cells[0].text) or not all(
                value_like(c.text) for c, h in zip(cells, header, strict=True) if header_year(h))):
            break  # an indicator table's row: a label, then values under its year columns
        _row_clauses(doc, header, cells, clauses)
        j += len(header)
    return j


def _row_clauses(doc: ParsedDocument, header: list[str], cells: list[Cell], clauses: list[Clause]) -> None:
    number = next((cells[k].text for k, h in enumerate(header) if h in ("序号", "编号")), "")
    task = next((cells[k].text for k, h in enumerate(header) if h not in MARKERS and _TASK_COLUMN.search(h)), "")
    label = " ".join(x for x in (number.rstrip(".、．"), task) if x)
    for k, h in enumerate(header):
        if h in MARKERS and cells[k].end > cells[k].start:
            clauses.append(Clause(cells[k].start, cells[k].end, "table-cell", doc.provision_at(cells[k].start).path,
                                  MARKERS[h], label or str(cells[k].start)))


# --- task lists under a 责任部门 column (tasks are provisions) -----------------------------------------------------


def table_cells(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None,
                taken: list[Clause]) -> list[Clause]:
    """Lines that are only an agency list, after a 责任部门/责任单位 column header (outside task tables)."""
    text = doc.norm.text
    header = _COLUMN_HEADER.search(text)
    if not header:
        return []
    cells = []
    for m in re.finditer(r"[^\n]+", text[header.end():]):
        start, end = header.end() + m.start(), header.end() + m.end()
        if any(c.start <= start < c.end or start <= c.start < end for c in taken):
            continue
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


# --- roles and facts ---------------------------------------------------------------------------------------------


def roles(clause: Clause, items: list[Item], resolved: list[tuple[Item, AgencyRef]], first_leads: bool) -> list[str]:
    """The role of each resolved unit of a clause (see the module docstring)."""
    if clause.role:
        return [clause.role] * len(resolved)
    marked_lead = any(i.lead for i, _ in resolved)
    principal_leads = not marked_lead and (any(i.support for i in items) or len(items) == 1) and any(
        i.principal for i in items)  # （镇社区卫生服务中心负责）: the one principal leads
    first = items[0] if items else None
    out = []
    for item, _ in resolved:
        if item.lead or (principal_leads and item.principal):
            out.append(LEAD)
        elif item.support or marked_lead or principal_leads:
            out.append(SUPPORT)
        elif first_leads:
            out.append(LEAD if item is first else SUPPORT)
        else:
            out.append(RESPONSIBLE)
    return out


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[Responsibility]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    text = doc.norm.text
    home = doc_jurisdiction(doc, ctx.vocabulary)
    rows = task_table_rows(doc)
    marked = [c for c in marker_clauses(doc) if not any(r.start <= c.start < r.end for r in rows)]
    statements: list[tuple[Clause, str]] = [(c, c.provision) for c in [*rows, *marked]]
    trailing = trailing_lists(doc, ctx, home, marked)
    statements += [(c, c.provision) for c in trailing]
    cells = table_cells(doc, ctx, home, [*rows, *marked, *trailing])
    statements += spread_cells(doc, cells)
    statements += [(c, c.provision) for c in list_lines(doc, ctx, home, [*rows, *marked, *trailing, *cells])]
    statements.sort(key=lambda s: (s[0].start, _path_key(s[1])))
    statements = spread_above(doc, group_closing(doc, statements))
    rule = _FIRST_LEADS.search(text)
    first_leads_from = _clause_start_of(rule.start(), statements) if rule else None
    units_support = bool(rule and rule.group("lead") in ("科室", "处室") and _UNITS_SUPPORT.search(rule.group("rest")))
    blankets = [(m, split_items(text, m.start("items"), m.end("items"))) for m in _BLANKET.finditer(text)]
    seen: dict[tuple[str, str, str], Responsibility] = {}
    for clause, path in statements:
        items = split_items(text, clause.start, list_end(text, clause.start, clause.end))
        if clause.head:
            items = [replace(i, name=i.name + clause.head) for i in items]
        resolved = resolve_items(items, home, ctx)
        first_leads = first_leads_from is not None and clause.start >= first_leads_from
        if first_leads and units_support and clause.beside_offices and not clause.role:
            clause = replace(clause, role=SUPPORT)
        said = roles(clause, items, resolved, first_leads)
        for (item, ref), role in zip(resolved, said, strict=True):
            _keep(seen, Responsibility(doc.evidence(item.start, item.end), path, extractor, ref, role, clause.form,
                                       clause.task))
        for rule_match, rule_items in blankets:
            if rule_match.start() < clause.start and not _inside(rule_match.start(), clause):
                for item, ref in resolve_items(rule_items, home, ctx):
                    _keep(seen, Responsibility(doc.evidence(item.start, item.end), path, extractor, ref,
                                               RESPONSIBLE, "blanket-rule", clause.task))
    yield from seen.values()


_ABOVE = re.compile(r"\s*(?:以上|上述)(?:各项|几项|[两二三四五六七八九十]项)?(?:任务|工作)[由均]?")
"""A clause that opens by pointing at the tasks above it (以上任务由市民政局牵头，…配合)."""


def _children(doc: ParsedDocument) -> dict[str, list[Provision]]:
    """The provisions under each provision's path, in text order."""
    children: dict[str, list[Provision]] = {}
    for p in doc.provisions:
        if "." in p.path:
            children.setdefault(p.path.rsplit(".", 1)[0], []).append(p)
    return children


def spread_above(doc: ParsedDocument, statements: list[tuple[Clause, str]]) -> list[tuple[Clause, str]]:
    """A clause on a line of its own after a group of numbered items (1. 2. …) that says 以上任务 is every item's:
    one statement per item of the group before it (not the group's heading alone); after the paragraphs of a
    heading without numbered items (（一）… 一是… 二是… 以上工作由…) it stays the heading's."""
    text = doc.norm.text
    by_path = {p.path: p for p in doc.provisions}
    children = _children(doc)
    out: list[tuple[Clause, str]] = []
    for clause, path in statements:
        line_start = text.rfind("\n", 0, clause.start) + 1
        node = by_path.get(path)
        if node is None or not _ABOVE.match(text, line_start, clause.start):
            out.append((clause, path))
            continue
        group = path if children.get(path) else node.parent if node.kind.startswith("ar-") else None
        items = [p for p in children.get(group or "", []) if p.start < line_start and p.kind.startswith("ar-")]
        out += [(clause, p.path) for p in items] if len(items) >= 2 else [(clause, path)]
    return out


def group_closing(doc: ParsedDocument, statements: list[tuple[Clause, str]]) -> list[tuple[Clause, str]]:
    """Clauses on a line of their own, or in brackets ending the last item, that each close a group of numbered items
    (（一）heading / 1.… / 2.…。（牵头单位：…） / （二）…) belong to the group's heading: when two or more do so
    and none sits between two items of one group or on an item before the last (that layout assigns each item its own
    clause), each is the heading's task."""
    text = doc.norm.text
    children = _children(doc)
    paths = {p.path for p in doc.provisions}
    moved: dict[int, str] = {}
    for k, (clause, path) in enumerate(statements):
        line_start = text.rfind("\n", 0, clause.start) + 1
        if "." not in path:
            continue
        parent = path.rsplit(".", 1)[0]
        siblings = children.get(parent, [])
        if parent not in paths or len(siblings) < 2:
            continue
        own_line = _OWN_LINE_OPENING.fullmatch(text, line_start, clause.start)
        closing = siblings[-1].path == path and _closes_line(text, clause)  # …。（牵头单位：…；配合单位：…）
        if not (own_line or closing):
            continue
        if not own_line and any(other != k and q in {p.path for p in siblings[:-1]}
                                for other, (_, q) in enumerate(statements)):
            continue  # the earlier items have clauses of their own: the last one's bracket is its own
        if any(p.start > clause.start for p in siblings):
            return statements  # a clause between two items of one group: each item has its own
        moved[k] = parent
    if len(set(moved.values())) < 2:
        return statements
    return [(c, moved.get(k, path)) for k, (c, path) in enumerate(statements)]


def _closes_line(text: str, clause: Clause) -> bool:
    """The clause is a bracket that ends its line after a sentence (…进企业。（牵头单位：…））."""
    end = text.find("\n", clause.end)
    end = len(text) if end < 0 else end
    opening = text.rfind("（", 0, clause.start)
    close = matching_close(text, opening) if opening > 0 else -1
    return close >= clause.end - 1 and text[opening - 1] in "。；\n" and not text[close + 1:end].strip(" 。")


def _inside(pos: int, clause: Clause) -> bool:
    return clause.start - 8 <= pos <= clause.end


def _clause_start_of(pos: int, statements: list[tuple[Clause, str]]) -> int:
    """The rule applies from the clause that states it (下同: and every later one)."""
    for clause, _ in statements:
        if clause.start - 8 <= pos <= clause.end:
            return clause.start
    return pos


_RANK = {LEAD: 2, SUPPORT: 1, RESPONSIBLE: 0}


def _keep(seen: dict[tuple[str, str, str], Responsibility], fact: Responsibility) -> None:
    key = (fact.provision, fact.task, fact.agency.iri)
    old = seen.get(key)
    if old is None or _RANK[fact.role] > _RANK[old.role]:
        seen[key] = fact


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("agencies",), assigns=("Responsibility",),
                      description="Responsibility clauses (bracketed or on their own line), trailing agency lists, "
                                  "task tables with role columns, task-list cells and blanket rules → provision "
                                  "(or table row), agency, lead / support / responsible.")
