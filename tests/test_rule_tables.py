"""Every entry of the extractors' rule tables pinned by hand (issue 12): unit words and magnitude words, the
responsibility markers and the lead and support marks after a name, and the verbs that decide a reference's
relation. Each expected value is written here by hand from what the Chinese word means, never read from the
table under test; a test also fails when the table gains an entry nobody pinned. (Comparator words are pinned in
test_extract_quantities_rules.py; department and institution words by construction in the *_rules tests.)"""

from __future__ import annotations

import pytest

from loaders.extract import citations, quantities, responsibilities
from loaders.extract.org_facts import Citation, Responsibility
from loaders.extract.quantities import parse_cell
from tests.conftest import build_written

# --- unit words: `<number><word>` in a table cell → (unit, multiplier) --------------------------------------------

UNITS = {
    "人/10万人口": "per-100000-population", "名/10万人口": "per-100000-population", "/10万人口": "per-100000-population",
    "/10万": "per-100000", "/万人": "per-10000-population", "/千人": "per-1000-population",
    "平方米": "square-metre", "亩": "mu", "元": "yuan", "个百分点": "percentage-point",
    "百分点": "percentage-point", "%": "percent", "‰": "per-mille", "岁": "year", "天": "day", "个月": "month", "人次": "count",
    "户次": "count", "家次": "count", "张": "count", "人": "count", "名": "count", "所": "count", "个": "count", "家": "count", "支": "count",
    "床": "count", "辆": "count", "台": "count", "座": "count", "场": "count", "种": "count", "项": "count",
    "类": "count", "条": "count", "次": "count",
    "份": "count", "例": "count", "剂次": "count", "间": "count", "处": "count", "部": "count", "管": "count", "对": "count", "起": "count", "场次": "count", "页": "count", "首": "count", "只次": "count", "只": "count", "头": "count", "株": "count", "人份": "count", "治疗量": "count", "单位": "count", "倍": "times", "公里": "kilometre", "小时": "hour", "分钟": "minute",
    "秒": "second", "课时": "count", "学时": "count", "级": "grade-level",
    "克": "gram", "千克": "kilogram", "公斤": "kilogram", "吨": "tonne", "户": "count", "批次": "count",
    "DDDs/100人天": "ddd-per-100-patient-days", "DDDs/百人天": "ddd-per-100-patient-days",
    "DDDs": "ddd-per-100-patient-days", "DDD": "ddd-per-100-patient-days",
}


def test_every_unit_word_is_pinned() -> None:
    assert {w for w, _ in quantities.UNIT_WORDS} == set(UNITS)


@pytest.mark.parametrize(("word", "unit"), sorted(UNITS.items()))
def test_unit_word(word: str, unit: str) -> None:
    q = parse_cell(f"12.5{word}").quantity
    assert q is not None and (q.value, q.unit, q.multiplier) == (12.5, unit, 1.0)


# magnitude words between the number and its unit: a unit with a multiplier where units.ttl has one, else the value
# scaled into the plain unit (never a bare number, never a value of 1)
MAGNITUDES = {
    ("万", "人"): (3.0, "ten-thousand", 1e4), ("亿", "人"): (3.0, "hundred-million", 1e8),
    ("万", "元"): (3.0, "ten-thousand-yuan", 1e4), ("亿", "元"): (3.0, "hundred-million-yuan", 1e8),
    ("万亿", "元"): (3.0, "trillion-yuan", 1e12), ("万", "亩"): (3.0, "ten-thousand-mu", 1e4),
    ("千万", "元"): (3e7, "yuan", 1.0), ("百万", "元"): (3e6, "yuan", 1.0), ("万", "张"): (3.0, "ten-thousand", 1e4),
    ("万", "平方米"): (3e4, "square-metre", 1.0), ("万", "吨"): (3e4, "tonne", 1.0),
}


def test_every_magnitude_word_is_pinned() -> None:
    assert {w for w, _ in quantities.MAGNITUDES} == {w for w, _ in MAGNITUDES}


@pytest.mark.parametrize(("words", "expected"), sorted(MAGNITUDES.items()))
def test_magnitude_word(words: tuple[str, str], expected: tuple[float, str, float]) -> None:
    magnitude, unit = words
    q = parse_cell(f"3{magnitude}{unit}").quantity
    assert q is not None and (q.value, q.unit, q.multiplier) == expected


@pytest.mark.parametrize(("label", "expected"), [
    ("健康产业总规模（亿元）", ("hundred-million-yuan", 1e8)), ("经常参加体育锻炼人数（万人）", ("ten-thousand", 1e4)),
    ("卫生总费用（万亿元）", ("trillion-yuan", 1e12)), ("人均预期寿命（岁）", ("year", 1.0)),
    ("孕产妇死亡率（1/10万）", ("per-100000", 1.0)), ("婴儿死亡率（‰）", ("per-mille", 1.0)),
])
def test_unit_and_magnitude_in_a_table_label(label: str, expected: tuple[str, float]) -> None:
    assert quantities.unit_and_magnitude_in_label(label) == expected


# --- responsibility markers: `<marker>：县卫生健康局` on the line after a task → role -----------------------------

MARKERS = {
    "责任单位": "responsible", "责任部门": "responsible", "责任主体": "responsible", "负责单位": "responsible",
    "负责部门": "responsible", "主责单位": "responsible", "主责部门": "responsible",
    "牵头单位": "lead", "牵头部门": "lead",
    "配合单位": "support", "配合部门": "support", "参与单位": "support", "参与部门": "support",
    "协同单位": "support", "协同部门": "support", "协办单位": "support",
    "责任科室": "responsible", "责任处室": "responsible", "责任股室": "responsible", "牵头科室": "lead", "牵头处室": "lead",
    "配合科室": "support", "配合处室": "support", "牵头股室": "lead", "配合股室": "support",
    "责任站所": "responsible", "牵头站所": "lead", "配合站所": "support",
    "牵头": "lead", "配合": "support", "参与": "support", "协同": "support", "协办": "support",
}
"""A single unit under a marker that names no role is responsible (no lead is invented)."""


def test_every_marker_is_pinned() -> None:
    assert set(responsibilities.MARKERS) == set(MARKERS)


@pytest.fixture(scope="module")
def marker_roles(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    files = {f"m{i:02d}.txt": f"安吉县卫生健康实施方案\n二、重点任务\n（一）加强基层医疗卫生服务能力建设。\n{word}：县卫生健康局\n"
             for i, word in enumerate(MARKERS)}
    docs = build_written(tmp_path_factory.mktemp("markers"), files)
    return {word: [(f.agency.label, f.role) for f in d.facts if isinstance(f, Responsibility)]
            for word, d in zip(MARKERS, docs, strict=True)}


@pytest.mark.parametrize(("word", "role"), sorted(MARKERS.items()))
def test_marker(marker_roles, word: str, role: str) -> None:
    assert [r for _, r in marker_roles[word]] == [role]
    assert marker_roles[word][0][0].endswith("卫生健康局")


# marks after an agency's name in a list under 责任单位：(the first unit, marked) → its role; the second is unmarked
MARKS_AFTER_NAME = {
    "（牵头）": ("lead", "support"), "(牵头)": ("lead", "support"), "牵头": ("lead", "support"),
    "（配合）": ("support", "lead"), "(配合)": ("support", "lead"),
}
# verbs after the agencies in a trailing clause: `县卫生健康局<lead>，县财政局<support>。`
LEAD_VERBS = ("牵头负责", "牵头落实", "牵头")
SUPPORT_VERBS = ("配合落实", "配合", "协同", "协助", "参与")


@pytest.fixture(scope="module")
def mark_roles(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    cases = {f"after:{m}": f"责任单位：县卫生健康局{m}、县财政局" if "牵头" in m else f"责任单位：县卫生健康局{m}、县财政局（牵头）"
             for m in MARKS_AFTER_NAME}
    cases |= {f"verbs:{lead}/{support}": f"县卫生健康局{lead}，县财政局{support}。"
              for lead in LEAD_VERBS for support in SUPPORT_VERBS}
    cases["由"] = "由縣衛(wèi)生健康局牽頭，縣財政局、縣醫保局配合。"  # traditional script, pinyin noise
    files = {f"k{i:02d}.txt": f"安吉县卫生健康实施方案\n二、重点任务\n（一）加强基层医疗卫生服务能力建设。\n{line}\n"
             for i, line in enumerate(cases.values())}
    docs = build_written(tmp_path_factory.mktemp("marks"), files)
    return {key: sorted((f.agency.label, f.role) for f in d.facts if isinstance(f, Responsibility))
            for key, d in zip(cases, docs, strict=True)}


@pytest.mark.parametrize(("mark", "roles"), sorted(MARKS_AFTER_NAME.items()))
def test_mark_after_a_name(mark_roles, mark: str, roles: tuple[str, str]) -> None:
    assert mark_roles[f"after:{mark}"] == sorted([("安吉县卫生健康局", roles[0]), ("安吉县财政局", roles[1])])


@pytest.mark.parametrize("lead", LEAD_VERBS)
@pytest.mark.parametrize("support", SUPPORT_VERBS)
def test_lead_and_support_verbs(mark_roles, lead: str, support: str) -> None:
    assert mark_roles[f"verbs:{lead}/{support}"] == [("安吉县卫生健康局", "lead"), ("安吉县财政局", "support")]


def test_a_lead_sentence_with_by_in_traditional_script(mark_roles) -> None:
    assert mark_roles["由"] == [("安吉县医保局", "support"), ("安吉县卫生健康局", "lead"), ("安吉县财政局", "support")]


# --- reference relations: a verb before a title without 《》 → relation -------------------------------------------

DRAFT_VERBS = ("制定", "制订", "修订", "修改", "起草", "出台", "颁布", "编制", "制定出台", "修订完善", "制定并实施",
               "制定并出台", "制定印发")
IMPLEMENT_VERBS = ("贯彻落实", "贯彻实施", "贯彻执行", "贯彻", "根据", "依据", "按照", "遵照", "遵循")
COMPLY_VERBS = ("严格执行", "执行", "实施", "依照", "遵守", "宣传", "宣贯", "学习", "落实", "用好", "将", "把", "符合",
                "宣传贯彻", "学习贯彻", "学习宣传")
CASES = (
    [(f"{v}杭州市院前医疗急救管理办法。", "杭州市院前医疗急救管理办法", "drafts") for v in DRAFT_VERBS]
    + [(f"{v}国家残疾预防行动计划。", "国家残疾预防行动计划", "implements") for v in IMPLEMENT_VERBS]
    + [(f"{v}中医药法。", "中医药法", "cites") for v in IMPLEMENT_VERBS]  # a law is complied with: cited
    + [(f"{v}中医药法{'纳入培训内容' if v in ('将', '把') else ''}。", "中医药法", "cites") for v in COMPLY_VERBS]
)


def test_every_relation_verb_is_pinned() -> None:
    assert set(citations._IMPLEMENT_VERBS) == set(IMPLEMENT_VERBS)
    assert set(citations._COMPLY_VERBS) == set(COMPLY_VERBS)


@pytest.fixture(scope="module")
def relations(tmp_path_factory) -> list[list[tuple[str, str]]]:
    files = {f"r{i:02d}.txt": f"杭州市卫生健康实施方案\n一、重点任务\n（一）加强法治保障。{sentence}\n"
             for i, (sentence, _, _) in enumerate(CASES)}
    docs = build_written(tmp_path_factory.mktemp("relations"), files)
    return [[(c.title, c.relation) for c in d.facts if isinstance(c, Citation)] for d in docs]


@pytest.mark.parametrize(("i", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_relation_verb(relations, i: int, case: tuple[str, str, str]) -> None:
    _, title, relation = case
    assert relations[i] == [(title, relation)]


# --- indicator linking across scales of one population denominator ------------------------------------------------

@pytest.mark.parametrize(("wording", "concept"), [
    ("每万人口执业（助理）医师数", "physicians-per-1000"),  # the vocabulary states it per 1000
    ("每千人口执业（助理）医师数", "physicians-per-1000"),
    ("每万人口注册护士数", "nurses-per-1000"),
    ("每千人口全科医生数", "general-practitioners-per-10000"),
    ("每万人口床位数", "beds-per-1000"),
    ("每千名老年人养老床位数", "elderly-care-beds-per-1000-elderly"),  # another population: not rescaled
])
def test_a_population_density_links_whatever_its_scale(wording: str, concept: str) -> None:
    from loaders.extract.indicator_linking import link_indicator
    from loaders.vocabulary import Vocabulary

    assert link_indicator(Vocabulary.load(), wording) == "https://w3id.org/policykg/vocab/indicator/" + concept


def test_a_density_per_10000_keeps_its_own_unit(tmp_path) -> None:
    from loaders.extract.target_facts import QuantityFact

    text = "某市卫生健康规划\n一、主要目标\n到2025年，每万人口执业（助理）医师数达到25人。\n"
    (doc,) = build_written(tmp_path, {"a.txt": text})
    (fact,) = [f for f in doc.facts if isinstance(f, QuantityFact)]
    assert (fact.indicator_iri.rsplit("/", 1)[1], fact.value, fact.unit, fact.comparator, fact.year) == (
        "physicians-per-1000", 25.0, "per-10000-population", ">=", 2025)


# --- the order in which a target's comparator is decided (loaders/extract/comparators.py), case by case ----------

def test_the_indicators_direction_decides_before_its_wording() -> None:
    from loaders.extract.comparators import polarity

    assert polarity("每千人口床位数", "lower") == "<="
    assert polarity("孕产妇死亡率", "higher") == ">="
    assert polarity("孕产妇死亡率") == "<="  # the wording, when the vocabulary gives no direction
    assert polarity("每千人口床位数") is None


@pytest.mark.parametrize(("args", "kwargs", "expected"), [
    ((None, "target", "每千人口床位数", None), {}, ">="),           # nothing said: a floor by default
    ((None, "target", "孕产妇死亡率", None), {}, "<="),             # lower is better: a ceiling
    ((None, "target", "每千人口床位数", "lower"), {}, "<="),        # the vocabulary's direction
    ((None, "target", "孕产妇死亡率", None), {"verb": "达到"}, ">="),  # a level verb before polarity
    ((None, "target", "孕产妇死亡率", None), {"verb": "控制在"}, "<="),
    ((None, "target", "孕产妇死亡率", None), {"verb": "为"}, "<="),  # 为 states no bound
    ((None, "target", "胸痛中心", None), {"exact_count": True}, "="),  # a count of things to build
    ((None, "target", "孕产妇死亡率", None), {"relative": True}, ">="),  # a change of at least the stated size
    (("~", "target", "孕产妇死亡率", None), {"verb": "达到"}, "~"),  # a word with the number first
    ((None, "observation", "孕产妇死亡率", None), {"verb": "达到"}, "="),  # what was measured is exact
])
def test_target_comparator_resolution_order(args: tuple, kwargs: dict, expected: str) -> None:
    from loaders.extract.comparators import target_comparator

    assert target_comparator(*args, **kwargs) == expected


def test_a_bare_nei_bounds_only_a_duration() -> None:
    from loaders.extract.comparators import level_verb_before, word_after

    assert word_after("内") == (None, 0)
    assert word_after("内", duration=True) == ("<=", 1)
    assert word_after("以内") == ("<=", 2)
    assert level_verb_before("在城市地区") == ""
    assert level_verb_before("到2025年，每千人口床位数达到") == "达到"


# --- table cells, read by hand: (value, comparator, unit, relative, baseline year, direction, multiplier, year) ----

CELLS = {
    "全覆盖": (100.0, None, "percent", False, None, None, 1.0, None),
    "100%覆盖": (100.0, None, "percent", False, None, None, 1.0, None),
    "1：1.20": (1.2, None, "ratio-one-to-x", False, None, None, 1.0, None),
    "1:1.2（2025年）": (1.2, None, "ratio-one-to-x", False, None, None, 1.0, 2025),
    "比2016年降低10%": (10.0, None, "percent", True, 2016, "decrease", 1.0, None),
    "较“十三五”末提高5个百分点": (5.0, None, "percentage-point", True, 2020, "increase", 1.0, None),
    "下降10%以上": (10.0, ">=", "percent", True, None, "decrease", 1.0, None),
    "77.6（2021年）": (77.6, None, None, False, None, None, 1.0, 2021),
    "90%（2025年）": (90.0, None, "percent", False, None, None, 1.0, 2025),
    "≥90%": (90.0, ">=", "percent", False, None, None, 1.0, None),
    "< 25": (25.0, "<", None, False, None, None, 1.0, None),
    "78以上": (78.0, ">=", None, False, None, None, 1.0, None),
    "8.2左右": (8.2, "~", None, False, None, None, 1.0, None),
    "不低于 95": (95.0, ">=", None, False, None, None, 1.0, None),
    "3 万人": (3.0, None, "ten-thousand", False, None, None, 1e4, None),
    "1.2万亿元": (1.2, None, "trillion-yuan", False, None, None, 1e12, None),
    "提高到80%": (80.0, ">=", "percent", False, None, None, 1.0, None),
    "控制在9/10万以下": (9.0, "<=", "per-100000", False, None, None, 1.0, None),
    "降低到5‰": (5.0, "<=", "per-mille", False, None, None, 1.0, None),
    "为100%": (100.0, None, "percent", False, None, None, 1.0, None),
}


@pytest.mark.parametrize(("cell", "expected"), sorted(CELLS.items()))
def test_table_cell(cell: str, expected: tuple) -> None:
    q = parse_cell(cell).quantity
    assert q is not None
    assert (q.value, q.comparator, q.unit, q.relative, q.baseline_year, q.direction, q.multiplier, q.year) == expected


@pytest.mark.parametrize("cell", ["——", "—", "-", "/", "无", ""])
def test_empty_cells(cell: str) -> None:
    assert parse_cell(cell).empty and parse_cell(cell).quantity is None


@pytest.mark.parametrize("cell", ["稳步提高", "（略）", "逐步完善"])
def test_cells_without_a_number_stay_text(cell: str) -> None:
    got = parse_cell(cell)
    assert got.quantity is None and not got.empty and got.qualitative == cell


def test_a_cell_takes_the_unit_and_magnitude_of_its_label() -> None:
    q = parse_cell("8.2", "per-1000-population").quantity
    assert (q.value, q.unit, q.multiplier) == (8.2, "per-1000-population", 1.0)
    q = parse_cell("64.8", "ten-thousand", 1e4).quantity
    assert (q.value, q.unit, q.multiplier) == (64.8, "ten-thousand", 1e4)
    q = parse_cell("90%", "per-1000-population").quantity  # a unit in the cell wins over the label's
    assert (q.value, q.unit, q.multiplier) == (90.0, "percent", 1.0)


@pytest.mark.parametrize(("text", "number"), [("三", 3.0), ("十二", 12.0), ("二十五", 25.0), ("8.2", 8.2),
                                              ("", None), ("一百", 100.0), ("三个", None)])
def test_numbers(text: str, number: float | None) -> None:
    from loaders.extract.quantities import parse_number

    assert parse_number(text) == number
