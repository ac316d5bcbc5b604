"""Numbers, units, magnitudes and years as written in Chinese health targets (parsing helpers, no facts).

Everything here is data (pattern tables) plus small pure functions, shared by the prose and table extractors.
Comparator words and how a value without one is read live in `comparators.py`; a `Quantity` keeps the comparator
its words state (None when unsaid), the level verb before it and, for a relative change (比2016年降低10%, 提高1岁左右,
翻50倍), the size of the change as written with its direction (`increase` / `decrease`).

Magnitude words (万, 亿, 万亿 before the unit or the counted thing) make a unit with a multiplier: 64.8万人 is the
value 64.8 in the unit `ten-thousand` (×10 000 of a count), 3000亿元 the value 3000 in `hundred-million-yuan`.
`1/10万` is a unit (per 100 000), never a value of 1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.extract.comparators import LEVEL_VERBS, combine, word_after, word_at_start
from loaders.numerals import chinese_to_int
from loaders.records import GAP

NUM = r"\d+(?:\.\d+)?"
CN_DIGITS = "一二两三四五六七八九十"

# Verbs of change ("by"): the value is relative to a baseline.
INCREASE_VERBS = ("提高", "提升", "增加", "增长", "上升", "扩大")
DECREASE_VERBS = ("降低", "下降", "减少", "缩短", "压缩")

# Unit words right after a number (and its magnitude word) → unit slug in ontology/vocab/units.ttl.
UNIT_WORDS: tuple[tuple[str, str], ...] = (
    ("人/10万人口", "per-100000-population"), ("名/10万人口", "per-100000-population"),
    ("/10万人口", "per-100000-population"), ("/10万", "per-100000"), ("/万人", "per-10000-population"),
    ("/千人", "per-1000-population"),
    ("平方米", "square-metre"), ("亩", "mu"), ("元", "yuan"),
    ("个百分点", "percentage-point"), ("百分点", "percentage-point"),
    ("%", "percent"), ("‰", "per-mille"), ("岁", "year"), ("天", "day"), ("个月", "month"),
    ("人次", "count"), ("户次", "count"), ("家次", "count"), ("人份", "count"), ("张", "count"), ("人", "count"),
    ("名", "count"), ("所", "count"),
    ("个", "count"),
    ("家", "count"), ("支", "count"), ("床", "count"), ("辆", "count"), ("台", "count"), ("座", "count"),
    ("场次", "count"), ("场", "count"), ("种", "count"), ("项", "count"), ("类", "count"), ("条", "count"),
    ("次", "count"),
    ("份", "count"), ("例", "count"), ("剂次", "count"), ("间", "count"), ("处", "count"), ("部", "count"),
    ("管", "count"), ("对", "count"), ("起", "count"), ("页", "count"), ("首", "count"), ("只次", "count"),
    ("只", "count"), ("头", "count"), ("株", "count"),
    ("治疗量", "count"), ("单位", "count"),
    ("倍", "times"), ("公里", "kilometre"),
    ("小时", "hour"), ("分钟", "minute"), ("秒", "second"), ("课时", "count"), ("学时", "count"),
    ("级", "grade-level"), ("千克", "kilogram"), ("公斤", "kilogram"), ("吨", "tonne"), ("户", "count"),
    ("批次", "count"),
    ("克", "gram"),
    ("DDDs/100人天", "ddd-per-100-patient-days"), ("DDDs/百人天", "ddd-per-100-patient-days"),
    ("DDDs", "ddd-per-100-patient-days"), ("DDD", "ddd-per-100-patient-days"),
)
COUNT_CLASSIFIERS = "张人名所个家支床辆台座场种项次间处"
DURATION_UNITS = ("hour", "minute", "second", "day", "month")
AMOUNT_UNITS = frozenset({"count", "ten-thousand", "hundred-million", "yuan", "ten-thousand-yuan",
                          "hundred-million-yuan", "trillion-yuan", "kilometre", "mu", "ten-thousand-mu",
                          "kilogram", "tonne"})
"""Units of amounts (things, money, length, land) rather than rates: a bare amount to build is exact (=)."""

MAGNITUDES: tuple[tuple[str, float], ...] = (("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4))
"""Magnitude words written between a number and its unit (longest first)."""

MAGNITUDE_UNITS: dict[tuple[float, str | None], str] = {
    (1e4, "count"): "ten-thousand", (1e8, "count"): "hundred-million",
    (1e4, None): "ten-thousand", (1e8, None): "hundred-million",
    (1e4, "yuan"): "ten-thousand-yuan", (1e8, "yuan"): "hundred-million-yuan", (1e12, "yuan"): "trillion-yuan",
    (1e4, "mu"): "ten-thousand-mu",
}
"""(multiplier, unit) → the unit with that multiplier in units.ttl; other combinations are scaled into the unit."""

# Per-population denominators written before the indicator (每千人口 …) → unit slug.
PER_POPULATION: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"每(?:10|十)万(?:常住)?人口?"), "per-100000-population"),
    (re.compile(r"每万(?:名)?(?:常住)?人口?|城镇人口每万人"), "per-10000-population"),
    (re.compile(r"每千名儿童"), "per-1000-children"),
    (re.compile(r"每千名老年人"), "per-1000-elderly"),
    (re.compile(r"每千(?:名)?(?:常住)?人口?"), "per-1000-population"),
    (re.compile(r"万车"), "per-10000-vehicles"),
)

FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}

_BY_YEAR = re.compile(
    r"(?<![截止])(?:到|至|力争到|力争在|计划到|在)(?P<y>20\d{2})年(?:底|末)?(?:前|之前)?"
    r"(?!的?基础|的?[\d.]+[^\d，。；]{0,4}?的?基础)|"
    r"(?P<y2>20\d{2})年(?:\d{1,2}月)?(?:底|末)前"
)
_PLAN_PERIOD = re.compile(r"[“\"]?(?P<p>十[一二三四五]五)[”\"]?(?:期间|时期|末|规划)?")
_OBSERVED = re.compile(r"(?:截至|截止到?|至)(?P<y>(?:19|20)\d{2})年(?:底|末)?|(?P<y2>(?:19|20)\d{2})年(?:底|末)?，")
_BARE_YEAR = re.compile(
    r"(?<![\d比较以由从自—\-~～、])(?P<y>(?:19|20)\d{2})年(?:底|末|全年)?(?![\d度起以来至—\-~～、版]|的?基础)")
"""A year that dates what follows it (2022年末常住人口…, 2030年达到…), not a baseline (比2020年) or a range."""
_RATIO = re.compile(rf"^1\s*[:：]\s*(?P<x>{NUM})")
_RELATIVE = re.compile(
    rf"^(?:(?:比|较)(?:[“\"]?(?P<plan>十[一二三四五]五)[”\"]?末|(?P<y>(?:19|20)\d{{2}})年(?:末|底)?)?)?"
    rf"(?P<verb>降低|下降|减少|提高|提升|增加|增长|上升)(?P<num>{NUM})(?P<unit>%|岁|个百分点)?(?P<suf>左右|以上)?$"
)
_CELL_YEAR = re.compile(r"[（(]\s*(?P<y>(?:19|20)\d{2})\s*年?\s*[)）]$")
EMPTY_CELLS = ("——", "—", "-", "--", "/", "无", "")


@dataclass(frozen=True)
class Quantity:
    """A read value: number, the comparator its words state, unit slug and magnitude, and for a relative change
    its direction and baseline year."""

    value: float
    comparator: str | None = None
    """Stated by a word or sign written with the number (不低于, 以上, ≤, 左右); None when unsaid."""
    unit: str | None = None
    relative: bool = False
    baseline_year: int | None = None
    direction: str | None = None
    """`increase` / `decrease` for a relative change."""
    verb: str = ""
    """The level verb right before the value (达到, 控制在, 为 …), if any."""
    multiplier: float = 1.0
    """The magnitude of the unit (万 → 10 000): value × multiplier is the amount in the unit's base."""
    year: int | None = None
    """A year written with the value itself (a table cell `77.6（2021年）`)."""
    classifier: str = ""
    """The count classifier written after the number (张, 所, 名 …), if any: what kind of thing is counted."""


def parse_number(text: str) -> float | None:
    """`8.2` → 8.2, `三` → 3.0; None when unreadable or when the text contains a redaction."""
    if not text or GAP in text:
        return None
    if re.fullmatch(NUM, text):
        return float(text)
    n = chinese_to_int(text)
    return float(n) if n is not None and text and all(c in CN_DIGITS + "百零" for c in text) else None


def unit_after(text: str) -> tuple[str | None, int]:
    """Unit slug of the unit word at the start of `text` and its length; (None, 0) when none."""
    if text.startswith(GAP) or text.startswith("/" + GAP):
        return None, 0
    for word, slug in UNIT_WORDS:
        if text.startswith(word) and not (word == "人" and text.startswith("人口")) and not (
                word == "部" and text.startswith(("部门", "部分", "部委"))) and not (
                word == "管" and text.startswith(("管理", "管控", "管护", "管网", "管道"))) and not (
                word == "对" and (text.startswith(("对口", "对接", "对象", "对于", "对应")) or text[1:2].isdigit())):
            return slug, len(word)
    return None, 0


def magnitude_after(text: str) -> tuple[float, int]:
    """The magnitude word starting `text` (万, 亿, 万亿 …) as a multiplier and its length; (1.0, 0) if none.

    `/10万` and `万车` are denominators, not magnitudes."""
    for word, factor in MAGNITUDES:
        if text.startswith(word) and not text.startswith("万车"):
            return factor, len(word)
    return 1.0, 0


def per_capita(unit: str | None, wording: str) -> str | None:
    """An area of 人均… is square metres per capita (人均体育场地面积2.3平方米); a building's stays square metres."""
    return "square-metre-per-capita" if unit == "square-metre" and "人均" in wording else unit


def with_magnitude(value: float, unit: str | None, multiplier: float) -> tuple[float, str | None, float]:
    """(value, unit, multiplier) of a value written with a magnitude word: the unit with that multiplier when
    units.ttl has one (64.8万人 → 64.8 ten-thousand), else the value scaled into its unit (multiplier 1)."""
    if multiplier == 1.0:
        return value, unit, 1.0
    composite = MAGNITUDE_UNITS.get((multiplier, unit))
    if composite:
        return value, composite, multiplier
    return value * multiplier, unit, 1.0


def unit_in_label(label: str) -> str | None:
    """Unit slug of a table label's parenthesised unit: `人均预期寿命（岁）` → year; None if unreadable."""
    return unit_and_magnitude_in_label(label)[0]


def unit_and_magnitude_in_label(label: str) -> tuple[str | None, float]:
    """(unit slug, multiplier) of a table label's unit: `健康产业总规模（亿元）` → (hundred-million-yuan, 1e8),
    `经常参加体育锻炼人数（万人）` → (ten-thousand, 1e4)."""
    m = re.search(r"[（(]([^（）()]*)[）)]\s*$", label)
    if not m or GAP in m.group(1):
        return None, 1.0
    word = re.sub(r"^1(?=/)", "", m.group(1).strip()).replace("％", "%")
    factor, k = magnitude_after(word) if not word.startswith("/") else (1.0, 0)
    slug, n = unit_after(word[k:])
    if k + n != len(word) or (slug is None and not k):
        return None, 1.0
    _, unit, multiplier = with_magnitude(1.0, slug, factor)
    return unit, multiplier


def per_population_unit(text: str) -> str | None:
    """Unit slug of a per-population denominator in an indicator wording (每千人口 …), if any."""
    for pattern, slug in PER_POPULATION:
        if pattern.search(text):
            return slug
    return None


def strip_unit_label(label: str) -> str:
    """`人均预期寿命（岁）` → `人均预期寿命` (a trailing parenthesised unit removed)."""
    m = re.search(r"[（(][^（）()]{0,8}[）)]\s*$", label)
    if m and (unit_in_label(label) or GAP in m.group(0) or re.search(r"[%‰/张人个所岁元米亩]", m.group(0))):
        return label[: m.start()].strip()
    return label.strip()


def plan_year(text: str) -> int | None:
    """End year of the five-year plan named in `text` (`“十四五”期间` → 2025)."""
    m = _PLAN_PERIOD.search(text)
    return FIVE_YEAR_PLANS.get(m.group("p")) if m else None


REVIEW_HEADING = re.compile(r"(?:发展|工作|现实|良好)基础|发展现状|^现状|基本情况|取得的?(?:成效|成就|成绩)|发展成效|"
                            r"规划背景|"
                            r"主要(?:成效|成就)|工作成效|发展成就|回顾|(?:^|年)工作(?:总结|完成情况|开展情况|情况)$|^工作总结|"
                            r"(?:^|年)工作进展|进展情况$|存在的(?:主要)?问题$")
"""A section that reviews what was reached (一、发展基础): its lines are observations, of the year it last named,
unless a clause sets a target year (targets.py), and require no department (departments.py)."""


def target_year_in(text: str) -> int | None:
    """The year a clause sets a target for: `到2025年`, `2025年底前`, `“十四五”期间` (→ 2025)."""
    m = _BY_YEAR.search(text)
    if m and text[: m.start()].endswith(("截", "截止")):
        return None
    if m:
        return int(m.group("y") or m.group("y2"))
    if "期间" in text or "时期" in text:
        return plan_year(text)
    return None


def past_plan_year(text: str, own: int | None) -> int | None:
    """The end year of an earlier five-year plan a clause reports on (“十三五”期间 / 末 / 以来 in a document written
    after it), or None."""
    m = _PLAN_PERIOD.search(text)
    year = FIVE_YEAR_PLANS.get(m.group("p")) if m else None
    return year if year and own and year < own else None


def year_cut_by_gap(text: str) -> bool:
    """True when a year expression is cut by a redaction (`到2` + GAP): the year is unknown."""
    return bool(re.search(rf"(?:到|至)\d{{0,3}}{GAP}", text))


def observed_year_in(text: str) -> int | None:
    """The year of a statement of fact: `截至2020年末`, `2020年，` (a measured value)."""
    m = _OBSERVED.search(text)
    return int(m.group("y") or m.group("y2")) if m else None


_TITLE = re.compile(r"《[^《》]*》")


def bare_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of each year that dates what follows it (`2022年末常住人口…`, `2030年达到…`); a year
    after 比 / 较 / 以 / 由 or before 基础 (a baseline), in a range (2016—2020年), a list of years (2018年、2019年),
    an edition (2018年版) or a cited title (《…2023—2025年…》) is not one."""
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    return [(int(m.group("y")), m.start(), m.end()) for m in _BARE_YEAR.finditer(text)
            if not any(a < m.start() < b for a, b in titles)]


_TITLE_PERIOD = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*[—–\-~～至到]+\s*(?P<end>(?:19|20)\d{2})\s*年")
"""A plan's period in its title: 三年行动方案（2024—2026年） ends in 2026."""


_ANNUAL_PLAN = re.compile(r"(?<![\d—–\-~～至到])(?P<y>(?:19|20)\d{2})年度?(?![\d—–\-~～至到])[^\d《》]{0,24}?"
                          r"(?:工作|任务|服务项目)(?:要点|计划|方案|实施方案|安排)[”’」』]?$")
"""A year's work plan in the title (丰乐镇2026年卫生健康工作实施方案, 2024年全市卫生健康工作要点, 问安镇2026年基本公共
卫生服务项目实施方案): its year."""


def document_horizon(title: str, text: str) -> int | None:
    """The document's overall target year: a five-year plan or a period (2024—2026年) in the title, the year of a
    year's work plan, else its most frequent `到20XX年` year (ties → the earliest)."""
    year = plan_year(title)
    if year:
        return year
    period = _TITLE_PERIOD.search(title)
    if period:
        return int(period.group("end"))
    annual = _ANNUAL_PLAN.search(title)
    if annual:
        return int(annual.group("y"))
    counts = Counter(int(m.group("y") or m.group("y2")) for m in _BY_YEAR.finditer(text))
    if not counts:
        return None
    best = max(counts.values())
    return min(y for y, c in counts.items() if c == best)


def stated_target_years(text: str) -> set[int]:
    """Every year the document sets targets for (`到2020年`, `2025年底前`)."""
    return {int(m.group("y") or m.group("y2")) for m in _BY_YEAR.finditer(text)}


@dataclass(frozen=True)
class Cell:
    """A table cell read: a quantity, or empty (——), or qualitative (持续改善) text without a value."""

    quantity: Quantity | None = None
    qualitative: str = ""
    empty: bool = False


def parse_cell(cell: str, label_unit: str | None = None, label_multiplier: float = 1.0) -> Cell:
    """Read one table cell: `8.2左右`, `≥90`, `< 25`, `78以上`, `1：1.20`, `全覆盖`, `比2016年降低10%`, `——`,
    `77.6（2021年）` (a value of its own year)."""
    text = re.sub(r"\s+", "", cell)
    if text in EMPTY_CELLS:
        return Cell(empty=True)
    if GAP in text:
        return Cell(qualitative=text)
    year = None
    if (y := _CELL_YEAR.search(text)) and y.start() > 0:
        year, text = int(y.group("y")), text[: y.start()]
    if text in ("全覆盖", "100%覆盖"):
        return Cell(Quantity(100.0, None, "percent", year=year))
    if m := _RATIO.match(text):
        return Cell(Quantity(float(m.group("x")), None, "ratio-one-to-x", year=year))
    sign, k = word_at_start(text)
    if k and (m := _RATIO.match(text[k:].lstrip())):  # ≥1:0.85: a bound on a ratio
        return Cell(Quantity(float(m.group("x")), sign, "ratio-one-to-x", year=year))
    if m := _RELATIVE.match(text):
        return Cell(relative_quantity(m.group("verb"), float(m.group("num")), m.group("unit") or "",
                                      m.group("suf") or "", _baseline(m.group("y"), m.group("plan")), label_unit))
    comp, n = word_at_start(text)
    if not n:  # a level verb opening the cell (提高到80%, 控制在5以内): its bound, unless a word says otherwise
        verb = next((v for v, _ in sorted(LEVEL_VERBS, key=lambda p: -len(p[0])) if text.startswith(v)), "")
        comp, n = dict(LEVEL_VERBS).get(verb), len(verb)
    rest = text[n:]
    m = re.match(rf"({NUM})(.*)$", rest)
    if not m:
        return Cell(qualitative=text)
    value = float(m.group(1))
    tail = m.group(2)
    factor, k0 = magnitude_after(tail)
    unit, k = unit_after(tail[k0:])
    tail = tail[k0 + k:]
    suffix, k2 = word_after(tail)
    if tail[k2:]:
        return Cell(qualitative=text)
    if k0:
        value, unit, multiplier = with_magnitude(value, unit, factor)
    else:
        unit, multiplier = unit or label_unit, (label_multiplier if not unit else 1.0)
    return Cell(Quantity(value, combine(comp, suffix), unit, multiplier=multiplier, year=year))


def _baseline(year: str | None, plan: str | None) -> int | None:
    if year:
        return int(year)
    return FIVE_YEAR_PLANS.get(plan) if plan else None


def relative_quantity(verb: str, number: float, unit_word: str, suffix: str, baseline_year: int | None,
                      label_unit: str | None = None) -> Quantity:
    """A change by `number` in the direction of `verb`, relative to `baseline_year` when stated."""
    direction = "decrease" if verb in DECREASE_VERBS else "increase"
    unit = {"%": "percent", "岁": "year", "个百分点": "percentage-point"}.get(unit_word) or label_unit
    comp = {"左右": "~", "以上": ">="}.get(suffix)
    return Quantity(number, comp, unit, relative=True, baseline_year=baseline_year, direction=direction)
