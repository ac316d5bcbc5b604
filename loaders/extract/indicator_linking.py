"""Indicator wording → vocabulary concept, and the scope (institution type or population) of a share.

Linking tries the wording as written, then variants (filler words dropped, 数 added or removed), then the
longest indicator label inside the wording — only when the wording names no other population group (建档立卡贫困人口
家庭医生签约率 is not the residents' contract rate) and no other denominator (每千名老年人 is not 每千人口) than the
concept's. Shares of institutions with a department map to the generic share indicator; counts, funds and coverage
rates that name no specific indicator map to generic ones (number of institutions, departments, beds, health workers,
teams; funding for a purpose; industry size; coverage of institutions) whose subject is the fact's scope and wording.
Anything else stays unmapped (the writer mints a local concept flagged pkg:unmapped), never dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.records import GAP

if TYPE_CHECKING:
    from loaders.vocabulary import Vocabulary

INDICATORS_TTL = Path(__file__).resolve().parents[2] / "ontology" / "vocab" / "indicators.ttl"
IND = "https://w3id.org/policykg/vocab/indicator/"
SHARE_WITH_DEPARTMENT = IND + "share-of-institutions-with-department"

MONEY_UNITS = ("yuan", "ten-thousand-yuan", "hundred-million-yuan", "trillion-yuan")
COUNT_UNITS = ("count", "ten-thousand", "hundred-million", None)
GENERIC_INDICATORS: tuple[tuple[tuple[str | None, ...], str, re.Pattern[str], str], ...] = (
    (COUNT_UNITS, "个所家座",
     re.compile(r"(?:设置|设立|开设|建有|设有)[^，。；]{1,16}(?:科|门诊|病区|病房|诊室|中心|室)$"),
     IND + "number-of-institutions-with-department"),
    (COUNT_UNITS, "张床", re.compile(r"(?:床位?|病房|病区|监护病房)(?:总)?(?:数量|数|总数)?$"), IND + "number-of-beds"),
    (COUNT_UNITS, "个", re.compile(r"(?:专科|科室|学科|工作室|诊室|病区|病房|门诊)(?:项目)?(?:数量|数)?$"),
     IND + "number-of-departments"),
    (COUNT_UNITS, "个所家座",
     re.compile(r"(?:医院|卫生院|卫生室|中心|机构|基地|服务站|诊所|门诊部|医共体|实验室|分院|院区|公园|平台|采血点|站点|站|院)"
                r"(?:[（(][^（）()]{1,8}[）)])?(?:数量|数)?$"),
     IND + "number-of-institutions"),
    (COUNT_UNITS, "名人", re.compile(r"(?:医师|医生|护士|药师|技师|治疗师|人员|人才|专家|指导员|骨干|员|医学生)"
                                   r"(?:数量|数|人数)?$"), IND + "number-of-health-workers"),
    (COUNT_UNITS, "支个", re.compile(r"(?:队|队伍|分队)(?:数量|数)?$"), IND + "number-of-teams"),
    (COUNT_UNITS, "家个户", re.compile(r"企业(?:数量|数|户数)?$"), IND + "number-of-enterprises"),
    (COUNT_UNITS, "种个", re.compile(r"病种(?:数量|数)?$"), IND + "number-of-disease-types"),
    (COUNT_UNITS, "人名次", re.compile(r"培训(?:人次|人数)?$"), IND + "training-person-times"),
    (MONEY_UNITS, "", re.compile(r"(?:资金|经费)(?:投入)?(?:总额|总量)?$"), IND + "funding-for-purpose"),
    (MONEY_UNITS, "", re.compile(r"产业(?:总)?(?:规模|总量|产值)|主营业务收入"), IND + "industry-size"),
    (("percent",), "", re.compile(r"覆盖率$"), IND + "coverage-of-institutions"),
)
"""(units, classifiers, wording pattern, concept): generic indicators whose subject (the kind of institution,
department, worker or fund) is given by the fact's scope and wording; used when no specific indicator matches. A count
whose classifier is not among the listed ones (8.2张 after 二级医院) counts something else."""
COUNT_LEADING_VERBS = re.compile(
    r"^(?:已经|已|新建改建|新建|改建|扩建|建设|建成|建好|打造|培育|培养|引进培育|引进|组建|设置|设立|选建|办好|推动|支持|创建|"
    r"累计|规划设置|建立|举办|培训|选派|派驻|招录|储备)+")
"""Verbs before a counted thing (建成国家区域医疗中心2个): not part of what is counted."""

LEADING_FILLERS = re.compile(
    r"^(?:[，、；：（(]|其中|并且?|同时|力争|确保|基本|逐步|进一步|实现|使得?|要|均|原则上|全面|持续|稳步|将|年内|年底前|保障(?![性金经资])|"
    r"在(?![册岗职编校读院园孕])|共有|现有|已有|"
    r"(?:全|我)(?:市|区|省|县|州|旗|国)(?![a-z])|各地|辖区内?)+"
)
NOT_AN_INDICATOR = re.compile(r"(?:目标|任务|要求|原则|时间|期限|安排|进度|阶段|日期|时限|措施|内容)$")
"""Labels of plan sections or schedules (总体目标：2025年…), not indicators."""
NATURE = re.compile(r"(预期性|约束性)指标")
SHARE_WORDS = ("比例", "占比", "比重", "率", "覆盖")


LEADING_YEAR = re.compile(r"^(?:(?:到|至)?(?:19|20)\d{2}年(?:底|末)?(?:前|之前)?[，,]?|(?:前|之前)(?=\d))")
LEADING_PLAN = re.compile(r"^[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末)?[，,]?")
ITEM_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))"
"""The number of a list item or paragraph (三、, （二）, 4.; not 4.5)."""
LEADING_NUMBER = re.compile("^" + ITEM_NUMBER)
"""A paragraph's number before its first clause (三、全市人均…, （二）…, 4.…): not part of an indicator."""
TRAILING = re.compile(r"(?:的?(?:预期性|约束性)指标值?|达到|达|为|是)$")
TRAILING_ADVERB = re.compile(r"(?:已经|已|将|要|均|力争|可|原则上)$")


def clean_wording(text: str) -> str:
    """Indicator wording without leading fillers (全市, 力争, 其中 …) and trailing 的预期性指标 etc."""
    text = text.strip(" ，、；：")
    prev = None
    while prev != text:
        prev = text
        text = LEADING_NUMBER.sub("", text)  # before the fillers strip the （ of （一）
        text = LEADING_FILLERS.sub("", text, count=1)
        text = LEADING_YEAR.sub("", text)
        text = LEADING_PLAN.sub("", text)
    text = TRAILING.sub("", text)
    text = TRAILING_ADVERB.sub("", text)
    text = text.strip(" ，、；：的")
    return text + "率" if text.endswith(("年均增长", "年均递增")) else text  # 总产值年均增长10%: a growth rate


def nature_of(text: str) -> str | None:
    """`expected` / `binding` when the wording says 预期性 / 约束性."""
    m = NATURE.search(text)
    if not m:
        return None
    return "expected" if m.group(1) == "预期性" else "binding"


def variants(wording: str) -> list[str]:
    """Wordings to try against the vocabulary labels, best first."""
    out = [wording]
    for w in list(out):
        if w.endswith("总数"):
            out += [w + "的比例", w + "比例"]
        if w.endswith("数量"):
            out.append(w[:-2] + "数")
        if w.endswith("数"):
            out.append(w[:-1])
        else:
            out.append(w + "数")
        out.append(re.sub(r"^每(千|万)人(?!口)", r"每\1人口", w))
        out.append(w.replace("拥有", ""))
    return list(dict.fromkeys(v for v in out if v))


_CACHE: dict[tuple[int, str], str | None] = {}


def _link(vocab: Vocabulary, wording: str) -> str | None:
    key = (id(vocab), wording)
    if key not in _CACHE:
        _CACHE[key] = _link_uncached(vocab, wording)
    return _CACHE[key]


PER_POPULATION_SCALES = ("每千人口", "每万人口", "每十万人口", "每10万人口", "每千常住人口", "每万常住人口")
"""Denominators of one population at different scales: 每万人口执业（助理）医师数 is the physician density the
vocabulary states per 1000 (the fact keeps its own unit; comparisons convert by the QUDT multipliers)."""


def _rescaled(wording: str) -> list[str]:
    head = next((p for p in PER_POPULATION_SCALES if wording.startswith(p)), "")
    if not head:
        return []
    return [p + wording[len(head):] for p in PER_POPULATION_SCALES if p != head]


def _link_uncached(vocab: Vocabulary, wording: str) -> str | None:
    for w in variants(wording):
        iri = vocab.lookup("indicator", w)
        if iri:
            return iri
    for w in (r for v in variants(wording) for r in _rescaled(v)):
        iri = vocab.lookup("indicator", w)
        if iri:
            return iri
    hits = vocab.find_all("indicator", wording)
    if hits:
        start, end, iri = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
        if same_population(vocab, wording, start, end, iri) and same_denominator(wording, start, end, iri):
            if end - start >= 4 or end - start == len(wording):
                return iri
            if end == len(wording) and vocab.lookup("institution-type", wording[:start]):
                return iri  # 公立医院医护比: a short label read for one institution type (the scope)
    if any(s in wording for s in ("比例", "占比", "设置率", "开设率", "设立率", "建成率")) and (
            vocab.find_all("department-type", wording) or DEPARTMENT_HEAD.search(wording)) \
            and (vocab.find_all("institution-type", wording) or SETUP_VERB.search(wording)):
        return SHARE_WITH_DEPARTMENT
    return None


DEPARTMENT_HEAD = re.compile(r"(?:科|门诊|病房|病区|诊室|中医馆|中医阁|国医堂)(?:[（(][^（）()]{1,10}[）)])?"
                             r"的?(?:(?:设置|开设|设立|建成)(?:率|比例)|比例|占比)")
"""A department named before a share word (设置儿科病房的比例): a share of institutions with that department."""
SETUP_VERB = re.compile(r"设置|设立|开设|建有|设有|建成")


def same_population(vocab: Vocabulary, wording: str, start: int, end: int, iri: str) -> bool:
    """False when the wording names a population group outside the matched label that the concept is not about
    (建档立卡贫困人口 + 家庭医生签约率 is not the residents' contract rate)."""
    wanted = _indicator_properties()[2].get(iri)
    for s, e, pop in vocab.find_all("population", wording):
        if (e <= start or s >= end) and pop != wanted and not pop.endswith("/residents"):
            return False
    return True


def same_denominator(wording: str, start: int, end: int, iri: str) -> bool:
    """False when the wording's per-population denominator (每千名老年人) differs from the concept's unit."""
    from loaders.extract.quantities import per_population_unit

    per = per_population_unit(wording[:start] + wording[end:])
    unit = indicator_unit(iri)
    return not per or not unit or per == unit


def link_indicator(vocab: Vocabulary, wording: str) -> str | None:
    """The indicator concept of a wording, or None (unmapped)."""
    if not wording or GAP in wording:
        return None
    return _link(vocab, wording)


def generic_indicator(vocab: Vocabulary, wording: str, unit: str | None, relative: bool = False,
                      classifier: str = "") -> str | None:
    """The generic indicator (number of institutions, departments, beds, health workers, teams; funding; industry
    size; coverage of institutions) a wording without a specific concept belongs to, or None. A relative change
    (翻50倍, 增长20%) is a change of the indicator its wording names, whatever its unit."""
    if not wording or GAP in wording:
        return None
    if unit in COUNT_UNITS and classifier[:1] in ("个", "") and not relative:
        units_named = vocab.find_all("department-type", wording)
        if units_named and units_named[-1][1] == len(wording):  # 胸痛中心8个: departments inside hospitals
            return IND + "number-of-departments"
    for units, classifiers, pattern, iri in GENERIC_INDICATORS:
        if classifier and classifiers and classifier[:1] not in classifiers:
            continue  # 8.2张 counts beds, not the hospitals named before it
        if (unit in units or (relative and units is MONEY_UNITS)) and pattern.search(wording):
            if iri == IND + "coverage-of-institutions" and not find_scope(vocab, wording, force=True)[1]:
                continue
            return iri
    return None


def count_wording(wording: str) -> str:
    """The counted thing of a count's wording: leading verbs (建成, 打造, 培养 …) dropped."""
    return COUNT_LEADING_VERBS.sub("", wording) or wording


def find_scope(vocab: Vocabulary, wording: str, force: bool = False, population: bool = True) -> tuple[str, str | None]:
    """(scope wording, concept) of a share-like wording: the institution type (or population) it is of.

    `force` looks for a scope even without a share word (比例, 占比, 率, 覆盖)."""
    if not force and not any(s in wording for s in SHARE_WORDS):
        return "", None
    hits = vocab.find_all("institution-type", wording)
    if hits:
        start, end, iri = hits[0]
        return wording[start:end], iri
    hits = vocab.find_all("population", wording) if population else []
    if hits:
        start, end, iri = hits[0]
        return wording[start:end], iri
    return "", None


@lru_cache(maxsize=1)
def _indicator_properties() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(unit slug, direction, population) of every indicator concept of indicators.ttl, read once."""
    from pyoxigraph import RdfFormat, parse

    from ontology.namespaces import ONTOLOGY

    units: dict[str, str] = {}
    directions: dict[str, str] = {}
    populations: dict[str, str] = {}
    if not INDICATORS_TTL.exists():
        return units, directions, populations
    with INDICATORS_TTL.open("rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            if t.predicate.value == ONTOLOGY + "unit":
                units[t.subject.value] = t.object.value.rsplit("/", 1)[-1]
            elif t.predicate.value == ONTOLOGY + "direction":
                directions[t.subject.value] = DIRECTIONS.get(t.object.value.rsplit("#", 1)[-1], "")
            elif t.predicate.value == ONTOLOGY + "population":
                populations[t.subject.value] = t.object.value
    return units, directions, populations


DIRECTIONS = {"HigherIsBetter": "higher", "LowerIsBetter": "lower"}


def indicator_unit(iri: str | None) -> str | None:
    """The unit slug the vocabulary gives an indicator (pkg:unit), e.g. per-1000-population."""
    return _indicator_properties()[0].get(iri) if iri else None


def indicator_direction(iri: str | None) -> str | None:
    """`higher` or `lower` (which values are better) as the vocabulary gives it (pkg:direction), or None."""
    return _indicator_properties()[1].get(iri) or None if iri else None


def inherit(vocab: Vocabulary, wording: str, parent: str) -> tuple[str, str | None]:
    """An item of a 其中/、 list read with its head: 公立医院 + 每千人口…床位数 → 每千人口公立医院床位数; a member
    that drops the head's opening words takes them (传染病报告率、报告及时率 → 传染病报告及时率)."""
    m = re.match(r"^(每(?:10|十)?[千万](?:名)?(?:常住)?(?:人口|人|儿童|老年人)(?:拥有)?)", parent)
    candidates = []
    if m:
        candidates += [m.group(1) + wording, m.group(1) + wording + "数", m.group(1) + wording + parent[m.end():]]
    candidates += [wording + parent[-k:] for k in range(2, len(parent))]
    candidates += [parent[:p] + wording for p in range(1, len(parent) - 1) if parent.startswith(wording[:2], p)]
    for c in candidates:  # exact labels only: a scan would find the parent's own label inside c
        iri = next((i for v in variants(c) if (i := vocab.lookup("indicator", v))), None)
        if iri:
            return c, iri
    if m:
        return m.group(1) + wording, None
    return wording, None


def inherit_share(vocab: Vocabulary, wording: str, parent: str) -> tuple[str, str | None] | None:
    """`专业技术人员占编制总额的比例不低于85%，其中卫生技术人员不低于70%`: a share item read with its head's
    denominator; None when the head is no share of something."""
    share = re.search(r"占[^占]{1,20}(?:的)?(?:比例|比重)$", parent)
    if not share:
        return None
    composed = wording + share.group(0)
    return composed, link_indicator(vocab, composed)
