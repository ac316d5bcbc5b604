"""Numbers, comparators, units and years as written in Chinese health targets (parsing helpers, no facts).

Everything here is data (pattern tables) plus small pure functions, shared by the prose and table
extractors. Comparators are one of ">=", "<=", ">", "<", "=", "~" (see `COMPARATOR_WORDS`).
Relative changes (比2016年降低10%, 提高1岁左右, 翻50倍) carry a signed value: negative = decrease.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.numerals import chinese_to_int
from loaders.records import GAP

NUM = r"\d+(?:\.\d+)?"
CN_DIGITS = "一二两三四五六七八九十"

# Comparator words before a number (longest first) and after it.
PREFIX_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("不得低于", ">="), ("不得少于", ">="), ("至少有", ">="), ("不低于", ">="), ("不少于", ">="), ("不小于", ">="),
    ("至少", ">="), ("最少", ">="), ("≥", ">="), ("＞=", ">="),
    ("不得超过", "<="), ("不得高于", "<="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("不大于", "<="),
    ("控制在", "<="), ("≤", "<="),
    ("超过", ">"), ("高于", ">"), ("多于", ">"), ("大于", ">"), (">", ">"), ("＞", ">"),
    ("低于", "<"), ("少于", "<"), ("不足", "<"), ("小于", "<"), ("<", "<"), ("＜", "<"),
    ("约", "~"), ("大约", "~"), ("≈", "~"),
)
SUFFIX_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="), ("之内", "<="),
    ("左右", "~"),
)
COMPARATOR_WORDS = dict(PREFIX_COMPARATORS) | dict(SUFFIX_COMPARATORS)
"""Every comparator word → comparator (documentation and tests)."""

# Verbs that introduce a level ("to"): the value is absolute, comparator "=" unless a word says otherwise.
LEVEL_VERBS = (
    "达到", "达", "为", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至",
    "降低到", "降低至", "降到", "降至", "下降到", "下降至", "减少到", "减少至", "缩短到", "缩短至",
    "保持在", "稳定在", "扩大到", "扩大至",
)
# Verbs of change ("by"): the value is relative to a baseline.
INCREASE_VERBS = ("提高", "提升", "增加", "增长", "上升", "扩大")
DECREASE_VERBS = ("降低", "下降", "减少", "缩短", "压缩")

# Unit words right after a number → (unit slug in vocab/unit, count classifier or "").
UNIT_WORDS: tuple[tuple[str, str], ...] = (
    ("人/10万人口", "per-100000-population"), ("名/10万人口", "per-100000-population"),
    ("/10万人口", "per-100000-population"), ("/10万", "per-100000"), ("/万人", "per-10000-population"),
    ("/千人", "per-1000-population"),
    ("平方米", "square-metre-per-capita"), ("亿元", "hundred-million-yuan"),
    ("%", "percent"), ("‰", "per-mille"), ("岁", "year"), ("天", "day"),
    ("人次", "count"), ("张", "count"), ("人", "count"), ("名", "count"), ("所", "count"), ("个", "count"),
    ("家", "count"), ("支", "count"), ("床", "count"), ("辆", "count"), ("台", "count"), ("座", "count"),
    ("次", "count"), ("倍", "times"), ("公里", "kilometre"), ("小时", "hour"),
)
COUNT_CLASSIFIERS = "张人名所个家支床辆台座"

# Per-population denominators written before the indicator (每千人口 …) → unit slug.
PER_POPULATION: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"每(?:10|十)万(?:常住)?人口?"), "per-100000-population"),
    (re.compile(r"每万(?:常住)?人口?|城镇人口每万人"), "per-10000-population"),
    (re.compile(r"每千名儿童"), "per-1000-children"),
    (re.compile(r"每千(?:常住)?人口?"), "per-1000-population"),
    (re.compile(r"万车"), "per-10000-vehicles"),
)

FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}

_BY_YEAR = re.compile(
    r"(?:到|至|力争到|力争在|计划到|在)(?P<y>20\d{2})年(?:底|末)?(?:前|之前)?|(?P<y2>20\d{2})年(?:底|末)前"
)
_PLAN_PERIOD = re.compile(r"[“\"]?(?P<p>十[一二三四五]五)[”\"]?(?:期间|时期|末|规划)?")
_OBSERVED = re.compile(r"(?:截至|截止到?|至)(?P<y>(?:19|20)\d{2})年(?:底|末)?|(?P<y2>(?:19|20)\d{2})年(?:底|末)?，")
_RATIO = re.compile(rf"^1\s*[:：]\s*(?P<x>{NUM})")
_RANGE = re.compile(rf"^(?P<a>{NUM})\s*[-—–~～]\s*(?P<b>{NUM})")
_RELATIVE = re.compile(
    rf"^(?:(?:比|较)(?:[“\"]?(?P<plan>十[一二三四五]五)[”\"]?末|(?P<y>(?:19|20)\d{{2}})年(?:末|底)?)?)?"
    rf"(?P<verb>降低|下降|减少|提高|提升|增加|增长|上升)(?P<num>{NUM})(?P<unit>%|岁|个百分点)?(?P<suf>左右|以上)?$"
)
EMPTY_CELLS = ("——", "—", "-", "--", "/", "无", "")


@dataclass(frozen=True)
class Quantity:
    """A read value: comparator, number, unit slug, and for relative changes the baseline year."""

    value: float
    comparator: str = "="
    unit: str | None = None
    relative: bool = False
    baseline_year: int | None = None


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
        if text.startswith(word):
            return slug, len(word)
    return None, 0


def unit_in_label(label: str) -> str | None:
    """Unit slug of a table label's parenthesised unit: `人均预期寿命（岁）` → year; None if unreadable."""
    m = re.search(r"（([^（）]*)）\s*$", label)
    if not m or GAP in m.group(1):
        return None
    word = re.sub(r"^1(?=/)", "", m.group(1).strip()).replace("％", "%")
    slug, n = unit_after(word)
    return slug if n == len(word) else None


def per_population_unit(text: str) -> str | None:
    """Unit slug of a per-population denominator in an indicator wording (每千人口 …), if any."""
    for pattern, slug in PER_POPULATION:
        if pattern.search(text):
            return slug
    return None


def strip_unit_label(label: str) -> str:
    """`人均预期寿命（岁）` → `人均预期寿命` (a trailing parenthesised unit removed)."""
    m = re.search(r"（[^（）]{0,8}）\s*$", label)
    if m and (unit_in_label(label) or GAP in m.group(0) or re.search(r"[%‰/张人个所岁元米]", m.group(0))):
        return label[: m.start()].strip()
    return label.strip()


def prefix_comparator(before: str) -> tuple[str | None, int]:
    """Comparator word ending `before` (text right before a number) and its length."""
    for word, comp in sorted(PREFIX_COMPARATORS, key=lambda p: -len(p[0])):
        if before.endswith(word):
            return comp, len(word)
    return None, 0


def suffix_comparator(after: str) -> tuple[str | None, int]:
    """Comparator word starting `after` (text right after a number and its unit) and its length."""
    for word, comp in SUFFIX_COMPARATORS:
        if after.startswith(word):
            return comp, len(word)
    return None, 0


def combine(prefix: str | None, suffix: str | None) -> str:
    """One comparator from the words before and after a number (`控制在…以下` → <=; 左右 wins)."""
    if suffix == "~" or prefix == "~":
        return "~"
    return suffix or prefix or "="


def plan_year(text: str) -> int | None:
    """End year of the five-year plan named in `text` (`“十四五”期间` → 2025)."""
    m = _PLAN_PERIOD.search(text)
    return FIVE_YEAR_PLANS.get(m.group("p")) if m else None


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


def year_cut_by_gap(text: str) -> bool:
    """True when a year expression is cut by a redaction (`到2` + GAP): the year is unknown."""
    return bool(re.search(rf"(?:到|至)\d{{0,3}}{GAP}", text))


def observed_year_in(text: str) -> int | None:
    """The year of a statement of fact: `截至2020年末`, `2020年，` (a measured value)."""
    m = _OBSERVED.search(text)
    return int(m.group("y") or m.group("y2")) if m else None


def document_horizon(title: str, text: str) -> int | None:
    """The document's overall target year: a five-year plan in the title, else its most frequent
    `到20XX年` year (ties → the earliest)."""
    year = plan_year(title)
    if year:
        return year
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


def parse_cell(cell: str, label_unit: str | None = None) -> Cell:
    """Read one table cell: `8.2左右`, `≥90`, `< 25`, `78以上`, `1：1.20`, `全覆盖`, `比2016年降低10%`, `——`."""
    text = re.sub(r"\s+", "", cell)
    if text in EMPTY_CELLS:
        return Cell(empty=True)
    if GAP in text:
        return Cell(qualitative=text)
    if text in ("全覆盖", "100%覆盖"):
        return Cell(Quantity(100.0, "=", "percent"))
    if m := _RATIO.match(text):
        return Cell(Quantity(float(m.group("x")), "=", "ratio-one-to-x"))
    if m := _RELATIVE.match(text):
        return Cell(relative_quantity(m.group("verb"), float(m.group("num")), m.group("unit") or "",
                                      m.group("suf") or "", _baseline(m.group("y"), m.group("plan")), label_unit))
    comp, n = prefix_comparator_at_start(text)
    rest = text[n:]
    m = re.match(rf"({NUM})(.*)$", rest)
    if not m:
        return Cell(qualitative=text)
    value = float(m.group(1))
    tail = m.group(2)
    unit, k = unit_after(tail)
    tail = tail[k:]
    suffix, k2 = suffix_comparator(tail)
    if tail[k2:]:
        return Cell(qualitative=text)
    return Cell(Quantity(value, combine(comp, suffix), unit or label_unit))


def prefix_comparator_at_start(text: str) -> tuple[str | None, int]:
    """Comparator word at the start of a cell (`≥90`, `不低于90`)."""
    for word, comp in sorted(PREFIX_COMPARATORS, key=lambda p: -len(p[0])):
        if text.startswith(word):
            return comp, len(word)
    return None, 0


def _baseline(year: str | None, plan: str | None) -> int | None:
    if year:
        return int(year)
    return FIVE_YEAR_PLANS.get(plan) if plan else None


def relative_quantity(verb: str, number: float, unit_word: str, suffix: str, baseline_year: int | None,
                      label_unit: str | None = None) -> Quantity:
    """A change by `number` (negative for 降低/下降/减少), relative to `baseline_year` when stated."""
    sign = -1.0 if verb in DECREASE_VERBS else 1.0
    unit = {"%": "percent", "岁": "year", "个百分点": "percent"}.get(unit_word) or label_unit
    comp = {"左右": "~", "以上": ">="}.get(suffix, "=")
    return Quantity(sign * number, comp, unit, relative=True, baseline_year=baseline_year)
