"""Rules for quantified targets and observations (issue 14), each on a fictional plan written in simplified script
and again in traditional script with pinyin noise: observations in prose, 分别 enumerations, tables with year
columns, lines of values by year, magnitude words, the comparator the text means, and indicator linking by
population and unit. Expected values are written by hand; quotes are compared with the raw text written here."""

from __future__ import annotations

import pytest

from loaders.extract.comparators import (
    AFTER_DURATION,
    AFTER_NUMBER,
    BEFORE_NUMBER,
    COMPARATOR_WORDS,
    LEVEL_VERBS,
    polarity,
    resolve,
)
from loaders.extract.quantities import parse_cell, unit_and_magnitude_in_label
from loaders.extract.target_facts import QuantityFact, known_units
from loaders.extract.value_spans import value_spans
from loaders.normalise import normalise
from tests.conftest import build_written

IND = "https://w3id.org/policykg/vocab/indicator/"

# --- the comparator table, pinned word by word -------------------------------------------------------------------

EXPECTED_COMPARATORS = {
    # a level to reach: a floor
    "达到": ">=", "达": ">=", "提高到": ">=", "提高至": ">=", "提升到": ">=", "提升至": ">=", "增加到": ">=",
    "增加至": ">=", "增长到": ">=", "增长至": ">=", "上升到": ">=", "上升至": ">=", "扩大到": ">=", "扩大至": ">=",
    "扩充到": ">=", "扩充至": ">=", "突破": ">=", "满足": ">=",
    # a level not to exceed: a ceiling
    "降低到": "<=", "降低至": "<=", "降到": "<=", "降至": "<=", "下降到": "<=", "下降至": "<=", "减少到": "<=",
    "减少至": "<=", "缩短到": "<=", "缩短至": "<=", "控制在": "<=", "控制到": "<=", "控制于": "<=",
    # words and signs before the number
    "不得低于": ">=", "不得少于": ">=", "至少有": ">=", "不低于": ">=", "不少于": ">=", "不小于": ">=", "至少": ">=",
    "最少": ">=", "超过": ">=", "高于": ">=", "≥": ">=", ">=": ">=", "＞=": ">=",
    "不得超过": "<=", "不得高于": "<=", "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "低于": "<=",
    "≤": "<=", "<=": "<=", "＜=": "<=",
    "大于": ">", "多于": ">", ">": ">", "＞": ">", "小于": "<", "少于": "<", "不足": "<", "<": "<", "＜": "<",
    "大约": "~", "约": "~", "≈": "~",
    # words after the number
    "及以上": ">=", "以上": ">=", "及以下": "<=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "~",
}
NO_DIRECTION = {"为", "保持在", "稳定在", "维持在", "保持", "维持"}
"""Level verbs that state no bound of their own: the indicator's polarity decides (targets), or = (observations)."""


@pytest.mark.parametrize(("word", "comparator"), sorted(EXPECTED_COMPARATORS.items()))
def test_every_comparator_word_maps_as_written_here(word: str, comparator: str) -> None:
    assert COMPARATOR_WORDS[word] == comparator


def test_the_table_has_no_word_this_test_does_not_pin() -> None:
    words = {w for w, _ in BEFORE_NUMBER} | {w for w, _ in AFTER_NUMBER} | {w for w, _ in LEVEL_VERBS}
    assert words == set(EXPECTED_COMPARATORS) | NO_DIRECTION
    assert set(COMPARATOR_WORDS) == set(EXPECTED_COMPARATORS)
    assert {w for w, c in LEVEL_VERBS if c is None} == NO_DIRECTION
    assert dict(AFTER_DURATION) == {"内": "<="}  # 2小时内: only after a duration


def test_resolution_order() -> None:
    assert resolve("~", "target", verb="达到") == "~"  # a word with the number wins
    assert resolve(None, "observation", verb="达到") == "="  # a measured value is exact
    assert resolve(None, "target", relative=True, verb="") == ">="  # 比2020年下降10%: at least the change
    assert resolve(None, "target", verb="达到", exact_count=True) == ">="  # 达到1000张: a floor
    assert resolve(None, "target", verb="控制在") == "<="
    assert resolve(None, "target", verb="为", exact_count=True) == "="  # 建成3个中心: an exact count
    assert resolve(None, "target", verb="为", bound="<=") == "<="  # a table's column: the indicator's polarity
    assert polarity("孕产妇死亡率") == "<=" and polarity("平均住院日") == "<="
    assert polarity("设置老年医学科的比例") is None and polarity("x", "higher") == ">="


# --- numbers, magnitudes, units ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("clause", "value", "unit", "multiplier"), [
    ("常住人口约86.4万人", 86.4, "ten-thousand", 1e4),
    ("常住人口約86.4萬人", 86.4, "ten-thousand", 1e4),
    ("全年诊疗人次达到1.12亿人次", 1.12, "hundred-million", 1e8),
    ("產業規模達到3000億元", 3000, "hundred-million-yuan", 1e8),
    ("中医药产业规模达到1.2万亿元", 1.2, "trillion-yuan", 1e12),
    ("专项资金不少于800万元", 800, "ten-thousand-yuan", 1e4),
    ("種植面積穩定在200萬畝左右", 200, "ten-thousand-mu", 1e4),
    ("孕产妇死亡率控制在10/10万以下", 10, "per-100000", 1.0),
])
def test_magnitude_words_make_a_unit_with_a_multiplier(clause: str, value: float, unit: str, multiplier: float) -> None:
    (span,) = value_spans(normalise(clause).text)  # the helpers read normalised (simplified) text
    assert (span.quantity.value, span.quantity.unit, span.quantity.multiplier) == (value, unit, multiplier)
    assert unit in known_units()  # every unit the extractors write is a concept of units.ttl


def test_one_per_hundred_thousand_is_a_unit_and_age_limits_are_names() -> None:
    assert value_spans("孕产妇死亡率（1/10万）") == []
    assert value_spans("60周岁及以上老年人健康素养水平") == []
    assert value_spans(normalise("12歲兒童患齲率").text) == []
    assert unit_and_magnitude_in_label("经常参加体育锻炼人数（万人）") == ("ten-thousand", 1e4)
    assert unit_and_magnitude_in_label(normalise("健康服務業總規模（億元）").text) == ("hundred-million-yuan", 1e8)


def test_cells_with_their_own_year_and_ranges() -> None:
    cell = parse_cell("76.5（2021年）").quantity
    assert (cell.value, cell.year, cell.comparator) == (76.5, 2021, None)
    (span,) = value_spans("力争1-2所县级医院达到三级医院水平")
    assert (span.quantity.value, span.quantity.comparator, span.range_) == (1, ">=", True)


# --- a plan in both scripts ----------------------------------------------------------------------------------------

SIMPLIFIED = """云川市“十四五”卫生健康发展规划
一、发展基础
截至2022年底，全市共有医疗卫生机构1520个，其中医院86家。2021年全市孕产妇死亡率为9.8/10万，2022年末常住人口约86.4万人。近五年来，累计新增床位3200张。全市婴儿死亡率已降至3.1‰。
二、发展目标
到2025年，二级及以上综合医院设置老年医学科、康复医学科的比例分别达到70%和50%，负压救护车、急救站点分别达到30辆和45个。健康服务业总规模突破2000亿元，中医药产业规模达到1.2万亿元。市财政每年安排专项资金不少于800万元。孕产妇死亡率控制在10/10万以下，人均预期寿命提高到80岁左右，建成3个区域医疗中心，力争1-2所县级医院达到三级医院水平。三级公立医院平均住院日降至7.5天，二级公立医院降至8天。60周岁及以上老年人健康素养水平达到25%，每千名老年人养老床位数达到35张，贫困人口家庭医生签约率达到95%，每千人口医疗卫生机构床位数由2020年的5.8张提高到6.9张。在疫情发生时能迅速开放的传染病病床，10万—30万人口的不低于20张。城市地区急救平均反应时间下降到12分钟以内，实现市域内1小时内救援全覆盖。
三、主要指标
1.人均预期寿命（岁）：2025年达到79.5，2030年达到80.5。
2.婴儿死亡率（‰）：2025年、2030年均控制在3以下。
3.孕产妇死亡率（1/10万）：2025年控制在9以下。
4.重大慢性病过早死亡率：2025年比2020年降低10%。
云川市卫生健康主要发展指标
指标 | 2020年 | 2025年 | 属性
人均预期寿命（岁） | 76.5（2021年） | 78 | 预期性
重大慢性病过早死亡率（%） | 16.1 | 比2020年下降10% | 预期性
孕产妇死亡率（1/10万） | 9.6 | 9 | 预期性
经常参加体育锻炼人数（万人） | 98 | 115 | 预期性
国家区域医疗中心（个） | —— | 2 | 预期性
每千人口执业（助理）医师数（人） | 2.9 | ≥3.3 | 约束性
四、保障措施
附表
重大疫情救治能力主要指标
指标
2022年
2025年
每10万人口重症医学床位数（张）
3.6
10
突发公共卫生事件报告及时率（%）
98.5
100
"""

TRADITIONAL = """雲川市“十四五”衛(wèi)生健康發展規劃
一、發展基礎
截至2022年底，全市共有醫療衛(wèi)生機構1520個，其中醫(yī)院86家。2021年全市孕產婦死亡率爲9.8/10萬，2022年末常住人口約86.4萬人。近五年來，累計新增牀位3200張。全市嬰兒死亡率已降至3.1‰。
二、發展目標
到2025年，二級及以上綜合醫(yī)院設置老年醫學科、康復醫學科的比例(lì)分別達(dá)到70%和50%，負壓救護車、急救站點分別達(dá)到30輛和45個。健康服務業總規模突破2000億元，中醫藥產業規模達(dá)到1.2萬億元。市財政每年安排專項資金不少於800萬元。孕產婦死亡率控制在10/10萬以下，人均預(yù)期壽命提高到80歲左右，建成3個區域醫療中心，力爭1-2所縣級醫(yī)院達(dá)到三級醫(yī)院水平。三級公立醫(yī)院平均住院日降至7.5天，二級公立醫(yī)院降至8天。60週歲及以上老年人健康素養水平達(dá)到25%，每千名老年人養老牀位數達(dá)到35張，貧困人口家庭醫生簽約率達(dá)到95%，每千人口醫療衛(wèi)生機構牀位數由2020年的5.8張提高到6.9張。在疫情發生時能迅速開放的傳染病病牀，10萬—30萬人口的不低於20張。城市地區急救平均反應時間下降到12分鐘以內，實現市域內1小時內救援全覆蓋。
三、主要指標
1.人均預(yù)期壽命（歲）：2025年達(dá)到79.5，2030年達(dá)到80.5。
2.嬰兒死亡率（‰）：2025年、2030年均控制在3以下。
3.孕產婦死亡率（1/10萬）：2025年控制在9以下。
4.重大慢性病過早死亡率：2025年比2020年降低10%。
雲川市衛(wèi)生健康主要發展指標
指標 | 2020年 | 2025年 | 屬性
人均預(yù)期壽命（歲） | 76.5（2021年） | 78 | 預(yù)期性
重大慢性病過早死亡率（%） | 16.1 | 比2020年下降10% | 預(yù)期性
孕產婦死亡率（1/10萬） | 9.6 | 9 | 預(yù)期性
經常參加體育鍛煉人數（萬人） | 98 | 115 | 預(yù)期性
國家區域醫療中心（個） | —— | 2 | 預(yù)期性
每千人口執業（助理）醫師數（人） | 2.9 | ≥3.3 | 約束性
四、保障措施
附表
重大疫情救治能力主要指標
指標
2022年
2025年
每10萬人口重症醫學牀位數（張）
3.6
10
突發公共衛(wèi)生事件報告及時率（%）
98.5
100
"""

MANIFEST = """
[[document]]
id = "yunchuan-2023-plan"
source_file = "yunchuan.txt"
title = "云川市“十四五”卫生健康发展规划"
jurisdiction = "杭州市"
date = "2023-02-01"

[[document]]
id = "yunchuan-2023-plan-hant"
source_file = "yunchuan-hant.txt"
title = "雲川市“十四五”衛生健康發展規劃"
jurisdiction = "杭州市"
date = "2023-02-01"
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    docs = build_written(tmp_path_factory.mktemp("rules"), {"yunchuan.txt": SIMPLIFIED,
                                                            "yunchuan-hant.txt": TRADITIONAL}, MANIFEST)
    return {("simplified" if d.id.endswith("plan") else "traditional"): d for d in docs}


SCRIPTS = ("simplified", "traditional")


def facts_of(doc) -> list[QuantityFact]:
    return [f for f in doc.facts if isinstance(f, QuantityFact)]


def one(doc, quote: str, value: float) -> QuantityFact:
    hits = [f for f in facts_of(doc) if f.evidence.quote == quote and abs(f.value - value) < 1e-9]
    assert len(hits) == 1, [(f.evidence.quote, f.value) for f in facts_of(doc)]
    return hits[0]


def q(script: str, simplified: str, traditional: str) -> str:
    return simplified if script == "simplified" else traditional


@pytest.mark.parametrize("script", SCRIPTS)
def test_observations_in_prose_carry_their_year(plans, script: str) -> None:
    doc = plans[script]
    total = one(doc, q(script, "全市共有医疗卫生机构1520个", "全市共有醫療衛(wèi)生機構1520個"), 1520)
    assert (total.kind, total.year, total.comparator, total.indicator) == ("observation", 2022, "=", "医疗卫生机构")
    assert total.indicator_iri == IND + "number-of-institutions"
    mmr = one(doc, q(script, "2021年全市孕产妇死亡率为9.8/10万", "2021年全市孕產婦死亡率爲9.8/10萬"), 9.8)
    assert (mmr.kind, mmr.year, mmr.unit) == ("observation", 2021, "per-100000")
    population = one(doc, q(script, "2022年末常住人口约86.4万人", "2022年末常住人口約86.4萬人"), 86.4)
    assert (population.kind, population.year, population.comparator, population.unit, population.multiplier) == \
        ("observation", 2022, "~", "ten-thousand", 1e4)
    beds = one(doc, q(script, "累计新增床位3200张", "累計新增牀位3200張"), 3200)
    assert (beds.kind, beds.year) == ("observation", None)  # 近五年来: a past period, no year
    infant = one(doc, q(script, "全市婴儿死亡率已降至3.1‰", "全市嬰兒死亡率已降至3.1‰"), 3.1)
    assert (infant.kind, infant.comparator, infant.indicator) == ("observation", "=", "婴儿死亡率")


@pytest.mark.parametrize("script", SCRIPTS)
def test_fenbie_gives_each_value_its_own_member(plans, script: str) -> None:
    doc = plans[script]
    geriatrics = one(doc, q(script, "老年医学科、康复医学科的比例分别达到70%",
                            "老年醫學科、康復醫學科的比例(lì)分別達(dá)到70%"), 70)
    rehab = one(doc, q(script, "康复医学科的比例分别达到70%和50%", "康復醫學科的比例(lì)分別達(dá)到70%和50%"), 50)
    assert geriatrics.indicator == "二级及以上综合医院设置老年医学科的比例"
    assert rehab.indicator == "二级及以上综合医院设置康复医学科的比例"
    assert geriatrics.comparator == rehab.comparator == ">="
    assert rehab.indicator_iri == IND + "share-of-institutions-with-department"
    ambulances = one(doc, q(script, "负压救护车、急救站点分别达到30辆", "負壓救護車、急救站點分別達(dá)到30輛"), 30)
    stations = one(doc, q(script, "急救站点分别达到30辆和45个", "急救站點分別達(dá)到30輛和45個"), 45)
    assert (ambulances.indicator, stations.indicator) == ("负压救护车", "急救站点")
    assert ambulances.indicator_iri == IND + "number-of-ambulances"
    assert stations.comparator == ">="  # the verb before the first value holds for all


@pytest.mark.parametrize("script", SCRIPTS)
def test_comparators_as_the_text_means_them(plans, script: str) -> None:
    doc = plans[script]
    assert one(doc, q(script, "孕产妇死亡率控制在10/10万以下", "孕產婦死亡率控制在10/10萬以下"), 10).comparator == "<="
    le = one(doc, q(script, "人均预期寿命提高到80岁左右", "人均預(yù)期壽命提高到80歲左右"), 80)
    assert (le.comparator, le.unit) == ("~", "year")
    centres = one(doc, q(script, "3个区域医疗中心", "3個區域醫療中心"), 3)
    assert (centres.comparator, centres.indicator_iri) == ("=", IND + "number-of-institutions")
    county = one(doc, q(script, "1-2所县级医院", "1-2所縣級醫(yī)院"), 1)  # a range: its lower end, a floor
    assert (county.comparator, county.scope_iri.rsplit("/", 1)[-1]) == (">=", "county-level-hospital")
    los = one(doc, q(script, "二级公立医院降至8天", "二級公立醫(yī)院降至8天"), 8)
    assert (los.comparator, los.indicator, los.indicator_iri) == \
        ("<=", "二级公立医院平均住院日", IND + "average-length-of-stay")  # a parallel clause: the head's indicator
    size = one(doc, q(script, "健康服务业总规模突破2000亿元", "健康服務業總規模突破2000億元"), 2000)
    assert (size.comparator, size.unit, size.multiplier) == (">=", "hundred-million-yuan", 1e8)
    fund = one(doc, q(script, "市财政每年安排专项资金不少于800万元", "市財政每年安排專項資金不少於800萬元"), 800)
    assert (fund.comparator, fund.unit, fund.indicator_iri) == (">=", "ten-thousand-yuan", IND + "funding-for-purpose")
    rescue = one(doc, q(script, "实现市域内1小时内救援", "實現市域內1小時內救援"), 1)
    assert (rescue.comparator, rescue.unit) == ("<=", "hour")
    assert not [f for f in facts_of(doc) if "全覆" in f.evidence.quote]  # the coverage carries its own value
    response = one(doc, q(script, "城市地区急救平均反应时间下降到12分钟以内", "城市地區急救平均反應時間下降到12分鐘以內"), 12)
    assert (response.comparator, response.unit, response.indicator_iri) == \
        ("<=", "minute", IND + "emergency-response-time")


@pytest.mark.parametrize("script", SCRIPTS)
def test_baseline_of_you_dao_and_conditional_norms(plans, script: str) -> None:
    doc = plans[script]
    goal = one(doc, q(script, "每千人口医疗卫生机构床位数由2020年的5.8张提高到6.9张",
                      "每千人口醫療衛(wèi)生機構牀位數由2020年的5.8張提高到6.9張"), 6.9)
    assert (goal.kind, goal.comparator, goal.baseline_value, goal.baseline_year, goal.unit) == \
        ("target", ">=", 5.8, 2020, "per-1000-population")
    base = one(doc, q(script, "由2020年的5.8张", "由2020年的5.8張"), 5.8)
    assert (base.kind, base.year, base.comparator) == ("observation", 2020, "=")
    norm = one(doc, q(script, "10万—30万人口的不低于20张", "10萬—30萬人口的不低於20張"), 20)
    assert (norm.comparator, norm.indicator) == (">=", "疫情发生时能迅速开放的传染病病床")
    assert not [f for f in facts_of(doc) if f.value in (10, 100000) and "人口的" in f.evidence.quote]


@pytest.mark.parametrize("script", SCRIPTS)
def test_indicator_linking_respects_population_and_unit(plans, script: str) -> None:
    doc = plans[script]
    literacy = one(doc, q(script, "60周岁及以上老年人健康素养水平达到25%",
                          "60週歲及以上老年人健康素養水平達(dá)到25%"), 25)
    assert (literacy.indicator, literacy.indicator_iri) == \
        ("60周岁及以上老年人健康素养水平", IND + "elderly-health-literacy")
    elderly_beds = one(doc, q(script, "每千名老年人养老床位数达到35张", "每千名老年人養老牀位數達(dá)到35張"), 35)
    assert (elderly_beds.unit, elderly_beds.indicator_iri) == \
        ("per-1000-elderly", IND + "elderly-care-beds-per-1000-elderly")
    poor = one(doc, q(script, "贫困人口家庭医生签约率达到95%", "貧困人口家庭醫生簽約率達(dá)到95%"), 95)
    assert poor.indicator_iri == IND + "poor-population-family-doctor-contract-rate"


@pytest.mark.parametrize("script", SCRIPTS)
def test_lines_of_values_by_year(plans, script: str) -> None:
    doc = plans[script]
    le = one(doc, q(script, "2030年达到80.5", "2030年達(dá)到80.5"), 80.5)
    assert (le.kind, le.year, le.comparator, le.indicator_iri) == ("target", 2030, ">=", IND + "life-expectancy")
    both = [f for f in facts_of(doc) if f.indicator_iri == IND + "infant-mortality-rate" and f.value == 3]
    assert sorted((f.year, f.comparator, f.unit) for f in both) == [(2025, "<=", "per-mille"), (2030, "<=", "per-mille")]
    assert one(doc, "2025年、2030年均控制在3以下", 3).year == 2025
    mmr = one(doc, "2025年控制在9以下", 9)
    assert (mmr.unit, mmr.comparator) == ("per-100000", "<=")  # the label's 1/10万 is its unit, not a value
    assert not [f for f in facts_of(doc) if f.value == 1 and "10" in f.evidence.quote]
    ncd = one(doc, "2025年比2020年降低10%", 10)
    assert (ncd.relative, ncd.direction, ncd.comparator, ncd.baseline_year, ncd.year) == \
        (True, "decrease", ">=", 2020, 2025)


@pytest.mark.parametrize("script", SCRIPTS)
def test_tables_with_year_columns(plans, script: str) -> None:
    doc = plans[script]
    table = [f for f in facts_of(doc) if f.source == "table" and "|" in f.evidence.quote]
    by = {(f.indicator_iri.rsplit("/", 1)[-1] if f.indicator_iri else f.indicator, f.year): f for f in table}
    le_base, le_goal = by[("life-expectancy", 2021)], by[("life-expectancy", 2025)]
    assert (le_base.kind, le_base.value, le_goal.kind, le_goal.comparator) == ("observation", 76.5, "target", ">=")
    assert (le_goal.baseline_value, le_goal.baseline_year) == (76.5, 2021)  # the cell's own year
    mmr = by[("maternal-mortality-ratio", 2025)]
    assert (mmr.comparator, mmr.value, by[("maternal-mortality-ratio", 2020)].kind) == ("<=", 9, "observation")
    ncd = by[("premature-ncd-mortality", 2025)]
    assert (ncd.relative, ncd.direction, ncd.comparator, ncd.value) == (True, "decrease", ">=", 10)
    exercise = by[("regular-exercise-population", 2025)]
    assert (exercise.value, exercise.unit, exercise.multiplier) == (115, "ten-thousand", 1e4)
    centres = by[("number-of-institutions", 2025)]
    assert (centres.comparator, centres.value) == ("=", 2)  # centres to build: an exact count
    assert ("number-of-institutions", 2020) not in by  # —— is empty
    assert by[("physicians-per-1000", 2025)].comparator == ">="
    cells = [f for f in facts_of(doc) if f.source == "table" and "\n" in f.evidence.quote]
    icu = {(f.kind, f.year): f.value for f in cells if f.indicator_iri == IND + "icu-beds-per-100000"}
    assert icu == {("observation", 2022): 3.6, ("target", 2025): 10}


def test_a_plan_before_2020_sets_2020_goals(tmp_path) -> None:
    text = ("某县健康扶贫实施方案\n一、工作目标\n到2020年，贫困人口看病难问题有效缓解。\n主要指标\n"
            "指标 | 2017年 | 2020年\n孕产妇死亡率（1/10万） | 20.5 | 18\n县域内就诊率（%） | 82.1 | 90\n二、重点任务\n")
    manifest = '[[document]]\nid = "mou-2018"\nsource_file = "mou.txt"\ntitle = "某县健康扶贫实施方案"\ndate = "2018-05-01"\n'
    (doc,) = build_written(tmp_path, {"mou.txt": text}, manifest)
    facts = {(f.indicator_iri.rsplit("/", 1)[-1], f.year): f for f in facts_of(doc) if f.indicator_iri}
    assert facts[("maternal-mortality-ratio", 2017)].kind == "observation"
    assert (facts[("maternal-mortality-ratio", 2020)].kind, facts[("maternal-mortality-ratio", 2020)].comparator) == \
        ("target", "<=")
    assert facts[("in-county-hospitalisation-share", 2020)].comparator == ">="


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_fact_quotes_the_raw_file(plans, script: str) -> None:
    doc = plans[script]
    assert len(facts_of(doc)) >= 45
    for f in facts_of(doc):
        assert f.evidence.quote == doc.source.raw[f.evidence.start:f.evidence.end]


DISTRACTORS = {
    "simplified": """某市深化医改实施方案
一、总体要求
坚持“1+3+N”工作思路，依托3家三甲医院组建紧密型医联体，实施“369”人才工程。每半年调度一次，每年开展2次督导检查，召开3次专题会议。
二、工作任务
（一）2023年12月底前完成全市医疗机构摸底。服务人口不足500人的行政村可与邻村联合设置卫生室。床位使用率低于75%的医院，不再增加床位。
（二）总体目标：2025年底前，全市二级以上医院全部设置老年医学科。
（三）到2025年，全市每千人口床位数达到6.5张。二级医院达到8.2张。
""",
    "traditional": """某市深化醫改實施方案
一、總體要求
堅持“1+3+N”工作思路，依託3家三甲醫(yī)院組建緊密型醫聯體，實施“369”人才工程。每半年調度一次，每年開展2次督導檢查，召開3次專題會議。
二、工作任務
（一）2023年12月底前完成全市醫療機構摸底。服務人口不足500人的行政村可與鄰村聯合設置衛(wèi)生室。牀位使用率低於75%的醫(yī)院，不再增加牀位。
（二）總體目標：2025年底前，全市二級以上醫(yī)院全部設置老年醫學科。
（三）到2025年，全市每千人口牀位數達到6.5張。二級醫(yī)院達到8.2張。
""",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_names_schedules_conditions_and_section_labels_are_not_targets(tmp_path, script: str) -> None:
    manifest = '[[document]]\nid = "mou-2023"\nsource_file = "mou.txt"\ntitle = "某市深化医改实施方案"\ndate = "2023-05-01"\n'
    (doc,) = build_written(tmp_path, {"mou.txt": DISTRACTORS[script]}, manifest)
    facts = facts_of(doc)
    assert sorted(f.value for f in facts) == [6.5, 8.2]
    beds = next(f for f in facts if f.value == 8.2)
    assert beds.indicator_iri is None  # 8.2张 counts beds, not the 二级医院 named before it
    assert next(f for f in facts if f.value == 6.5).indicator_iri == IND + "beds-per-1000"


LABELLED = {
    "simplified": """某市卫生健康规划
二、主要指标
1.人均预期寿命：到2025年达到79.5岁，到2030年达到80岁。
（二）孕产妇死亡率：2025年，控制在9/10万以下。
3.居民健康素养水平：力争到2025年，达到30%。
主要目标：到2025年，达到95%。
""",
    "traditional": """某市衛(wèi)生健康規劃
二、主要指標
1.人均預期壽命：到2025年達(dá)到79.5歲，到2030年達(dá)到80歲。
（二）孕產婦死亡率：2025年，控制在9/10萬以下。
3.居民健康素養水平：力爭到2025年，達(dá)到30%。
主要目標：到2025年，達(dá)到95%。
""",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_indicator_label_before_a_colon_names_the_values_after_it(tmp_path, script: str) -> None:
    manifest = '[[document]]\nid = "mou-2022"\nsource_file = "mou.txt"\ntitle = "某市卫生健康规划"\ndate = "2022-05-01"\n'
    (doc,) = build_written(tmp_path, {"mou.txt": LABELLED[script]}, manifest)
    facts = {(f.value, f.year): f for f in facts_of(doc)}
    assert sorted(facts) == [(9, 2025), (30, 2025), (79.5, 2025), (80, 2030)]  # 主要目标 names no indicator
    assert facts[(80, 2030)].indicator_iri == IND + "life-expectancy" and facts[(80, 2030)].kind == "target"
    mmr = facts[(9, 2025)]
    assert (mmr.indicator, mmr.comparator, mmr.unit) == ("孕产妇死亡率", "<=", "per-100000")
    assert mmr.evidence.quote == q(script, "控制在9/10万以下", "控制在9/10萬以下")
    literacy = facts[(30, 2025)]
    assert (literacy.indicator_iri, literacy.comparator) == (IND + "health-literacy-rate", ">=")


EARLIER_PLAN = {
    "simplified": """某市“十四五”卫生健康规划
一、发展基础
“十三五”期间，全市新建医院12所，每千人口床位数达到5.8张。截至目前，全市已建成胸痛中心8个。
二、发展目标
到2025年，每千人口执业（助理）医师数、注册护士数分别达到3.2人、3.8人，家庭医生签约率比2020年提高5个百分点。
""",
    "traditional": """某市“十四五”衛生健康規劃
一、發展基礎
“十三五”期間，全市新建醫(yī)院12所，每千人口牀位數達(dá)到5.8張。截至目前，全市已建成胸痛中心8個。
二、發展目標
到2025年，每千人口執業（助理）醫師數、註冊護士數分別達(dá)到3.2人、3.8人，家庭醫生簽約率比2020年提高5個百分點。
""",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_earlier_plan_period_reports_observations_and_lists_share_denominators(tmp_path, script: str) -> None:
    manifest = '[[document]]\nid = "mou-2022"\nsource_file = "mou.txt"\ntitle = "某市“十四五”卫生健康规划"\ndate = "2022-05-01"\n'
    (doc,) = build_written(tmp_path, {"mou.txt": EARLIER_PLAN[script]}, manifest)
    facts = {f.value: f for f in facts_of(doc)}
    assert (facts[12].kind, facts[12].year, facts[12].indicator_iri) == ("observation", 2020, IND + "number-of-institutions")
    assert (facts[5.8].kind, facts[5.8].year, facts[5.8].comparator) == ("observation", 2020, "=")
    chest = facts[8]
    assert (chest.kind, chest.indicator, chest.indicator_iri) == ("observation", "胸痛中心", IND + "number-of-departments")
    nurses = facts[3.8]
    assert (nurses.indicator, nurses.indicator_iri, nurses.kind) == ("每千人口注册护士数", IND + "nurses-per-1000", "target")
    assert facts[3.2].indicator == "每千人口执业（助理）医师数"
    points = facts[5]
    assert (points.unit, points.relative, points.direction, points.baseline_year, points.comparator) == \
        ("percentage-point", True, "increase", 2020, ">=")
