"""Values whose words name their measure only with the clause or value before them (issue 14: indicator names keep
the words that define them; 131 targets of the probe plans were named 设置率, 设置比例, 这一比例, 农村地区, 二级医院 …),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a bare rate of setting up (设置率, 设置比例) after the clause that says what is set up where: the rate of that unit
  in those institutions, a share of institutions with a department;
- 这一比例 / 该比例: the line's last measure of the same unit, in the same sentence or the next;
- a count named only by its verb (建成15个, 累计达到10个): what the value before counts, else what the clause before
  builds;
- a list of institution types before one measure (三级医院、二级医院床护比分别…): the measure of each;
- an area or institution type alone (农村地区, 二级医院) after a value of a measure stated for another one: that
  measure there; after a clause that names the measure without a value (…的比例逐年提高，三级医院不低于25%), the
  clause's measure there.
"""

from __future__ import annotations

import pytest

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """滇西市卫生健康事业发展行动方案（2026—2028年）
一、主要任务
（一）二级以上综合医院要规范设置老年医学科，到2027年设置率达到90%以上。
（二）各县级医院应当设置临床营养科，设置比例不低于80%。
（三）到2026年，不少于50%的乡镇卫生院设置康复科，2028年这一比例达到80%以上。
（四）城市地区急救平均反应时间控制在12分钟以内，农村地区控制在25分钟以内。
（五）二级及以上医院日间手术占择期手术的比例逐年提高，到2028年三级医院不低于25%，二级医院不低于12%。
（六）开设护理专科门诊的三级医院比例达到90%以上，二级医院不低于60%。
（七）到2027年底，全市30%以上的村卫生室建成中医阁；2028年底前，该比例提高到60%以上。
（八）在中心城区社区卫生服务中心打造国医堂，2027年建成15个，2028年累计达到30个。
（九）在乡镇卫生院新增县乡联合病房2个，累计达到10个。
（十）三级医院要按照《静脉用药调配中心建设与管理指南（试行）》建设静脉用药调配中心，建成率2027年底达到90%。
（十一）到2028年，三级医院、二级医院床护比分别不低于1:0.8和1:0.7。
（十二）市办及以上医院每千常住人口床位数控制在1.6张以内，县办医院达到2.2张，基层医疗卫生机构不低于1.4张。
（十三）社区卫生服务中心要规范设置安宁疗护科，床位原则上不少于10张。
""",
    "traditional": """滇西市衛生健康事業發展行動方案（2026—2028年）
一、主要任務
（一）二級以上綜合醫院要規範設置老年醫學科(kē)，到2027年設置率達到90%以上。
（二）各縣級醫院應當設置臨床營養科，設置比例不低於80%。
（三）到2026年，不少於50%的鄉鎮衛生院設置康復科，2028年這一比例達到80%以上。
（四）城市地區急救平均反應時間控制在12分鐘以內，農村地區(qū)控制在25分鐘以內。
（五）二級及以上醫院日間手術佔擇期手術的比例逐年提高，到2028年三級醫院不低於25%，二級醫院(yuàn)不低於12%。
（六）開設護理專科門診的三級醫院比例達到90%以上，二級醫院不低於60%。
（七）到2027年底，全市30%以上的村衛生室建成中醫閣；2028年底前，該比例提高到60%以上。
（八）在中心城區社區衛生服務中心打造國醫堂(táng)，2027年建成15個，2028年累計達到30個。
（九）在鄉鎮衛生院新增縣鄉聯合病房2個，累計達到10個。
（十）三級醫院要按照《靜脈用藥調配中心建設與管理指南（試行）》建設靜脈用藥調配中心，建成率2027年底達到90%。
（十一）到2028年，三級醫院、二級醫院床護比分別不低於1:0.8和1:0.7。
（十二）市辦及以上醫院每千常住人口床位數控制在1.6張以內，縣辦醫院(yuàn)達到2.2張，基層醫療衛生機構不低於1.4張。
（十三）社區衛生服務中心要規範設置安寧療護科，床位原則上不少於10張。
""",
}

doc = per_script_document(TEXTS, "dianxi-anaphora", "滇西市卫生健康事业发展行动方案（2026—2028年）", "滇西市",
                          "2026-03-01")
SHARE = "https://w3id.org/policykg/vocab/indicator/share-of-institutions-with-department"


def _iri(doc, line: int, value: float) -> str | None:
    from loaders.extract.target_facts import QuantityFact
    from tests.conftest import facts_on_line

    return next(f.indicator_iri for f in facts_on_line(doc, QuantityFact, line) if f.value == value)


@pytest.mark.parametrize(("line", "expected", "value"), [
    (2, ("target", "二级以上综合医院老年医学科设置率", 90.0, "percent", ">=", 2027), 90.0),
    (3, ("target", "县级医院临床营养科设置比例", 80.0, "percent", ">=", 2028), 80.0),
])
def test_a_bare_setup_rate_names_the_unit_and_the_institutions_before_it(doc, line, expected, value) -> None:
    assert expected in quantities_on_line(doc, line)
    assert _iri(doc, line, value) == SHARE


@pytest.mark.parametrize(("line", "expected"), [
    (4, {("target", "乡镇卫生院设置康复科", 50.0, "percent", ">=", 2026),
         ("target", "乡镇卫生院设置康复科", 80.0, "percent", ">=", 2028)}),
    (8, {("target", "村卫生室建成中医阁", 30.0, "percent", ">=", 2027),
         ("target", "村卫生室建成中医阁", 60.0, "percent", ">=", 2028)}),
])
def test_this_share_or_that_share_is_the_last_measure_of_its_unit(doc, line, expected) -> None:
    assert quantities_on_line(doc, line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    (5, {("target", "城市地区急救平均反应时间", 12.0, "minute", "<=", 2028),
         ("target", "农村地区急救平均反应时间", 25.0, "minute", "<=", 2028)}),
    (6, {("target", "三级医院日间手术占择期手术的比例", 25.0, "percent", ">=", 2028),
         ("target", "二级医院日间手术占择期手术的比例", 12.0, "percent", ">=", 2028)}),
    (7, {("target", "开设护理专科门诊的三级医院比例", 90.0, "percent", ">=", 2028),
         ("target", "开设护理专科门诊的二级医院比例", 60.0, "percent", ">=", 2028)}),
])
def test_an_area_or_institution_type_alone_takes_the_measure_before_it(doc, line, expected) -> None:
    assert quantities_on_line(doc, line) == expected


def test_the_rescoped_measure_keeps_its_concept(doc) -> None:
    assert _iri(doc, 5, 25.0) == _iri(doc, 5, 12.0) is not None
    assert _iri(doc, 6, 12.0) == _iri(doc, 6, 25.0) is not None


@pytest.mark.parametrize(("line", "expected"), [
    (9, {("target", "国医堂", 15.0, "count", "=", 2027), ("target", "国医堂", 30.0, "count", ">=", 2028)}),
    (10, {("target", "乡镇卫生院新增县乡联合病房", 2.0, "count", "=", 2028),
          ("target", "乡镇卫生院县乡联合病房", 10.0, "count", ">=", 2028)}),
])
def test_a_count_named_by_its_verb_counts_what_was_named_before(doc, line, expected) -> None:
    assert quantities_on_line(doc, line) == expected


def test_the_setting_up_clause_names_the_institutions_before_its_modal_verb(doc) -> None:
    assert quantities_on_line(doc, 11) == {("target", "三级医院静脉用药调配中心建成率", 90.0, "percent", ">=", 2027)}


@pytest.mark.parametrize(("line", "expected"), [
    (12, {("target", "三级医院床护比", 0.8, "ratio-one-to-x", ">=", 2028),
          ("target", "二级医院床护比", 0.7, "ratio-one-to-x", ">=", 2028)}),
    (13, {("target", "市办及以上医院每千常住人口床位数", 1.6, "per-1000-population", "<=", 2028),
          ("target", "县办医院每千常住人口床位数", 2.2, "per-1000-population", ">=", 2028),
          ("target", "基层医疗卫生机构每千常住人口床位数", 1.4, "per-1000-population", ">=", 2028)}),
])
def test_each_institution_type_takes_the_measure_with_its_own_qualifiers(doc, line, expected) -> None:
    assert quantities_on_line(doc, line) == expected


def test_a_norm_word_after_the_measure_is_no_part_of_it(doc) -> None:
    assert quantities_on_line(doc, 14) == {("target", "床位", 10.0, "count", ">=", 2028)}
    assert _iri(doc, 14, 10.0) == "https://w3id.org/policykg/vocab/indicator/number-of-beds"
