"""A city's health workforce plan and a county-level city's public health emergency plan (issue 14:
tests/documents/probe219 and probe220, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- the national training programmes for doctors (全科医生转岗培训, 公共卫生医师规范化培训, 农村订单定向医学生免费培养)
  are programmes, not their bases or pass rates;
- 一支 before a list of qualities of a body (一支数量充足、结构合理的人才队伍) is rhetoric, no count;
- a time window inside a rate's name (急救呼叫10秒内接听率) stays in the measure's words, no value of its own;
- a unit followed by its beds (设置负压病房不少于10张) is a requirement; the plan's own city written in full or by its
  level (桦甸市中医院, 市中医院) is one host, so a table repeating the text adds no requirement;
- a station named by its town, with the emergency number (红石砬子镇120急救分站), is an institution, no department;
  存在 is a verb, no part of a name.
"""

from __future__ import annotations

from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """桦川市卫生健康人才和应急能力提升方案（2026—2028年）
一、总体要求
加快建设一支数量充足、结构合理、素质优良的卫生健康人才队伍。
二、重点任务
1.持续开展全科医生转岗培训，开展公共卫生医师规范化培训，完善住院医师规范化培训基地建设，继续实施农村订单定向医学生免费培养。
2.到2027年，急救呼叫10秒内接听率达到95%以上。
3.市人民医院设置负压病房不少于10张；桦川市中医院建设隔离病区。
4.2026年建成红石砬子镇120急救分站，我市仍存在疾控实验室检测能力不足等短板。
附件：重点任务分工表
序号|重点任务|牵头单位|完成时限
1|建设市中医院隔离病区|市卫生健康局|2026年底
""",
    "traditional": """樺川市衛生健康人才和應急能力提升方案（2026—2028年）
一、總體要求
加快建設一支數(shù)量充足、結構合理、素質優良的衛生健康人才隊伍。
二、重點任務
1.持續開展全科醫生轉崗培(péi)訓，開展公共衛生醫師規範化培訓，完善住院醫師規範化培訓基地建設，繼續實施農村訂單定向醫學生免費培養。
2.到2027年，急救呼叫10秒內接聽率達(dá)到95%以上。
3.市人民醫院設置負壓病房不少於10張；樺川市中醫院建設隔(gé)離病區。
4.2026年建成紅石砬子鎮120急救分站，我市仍存在疾控實驗(yàn)室檢測能力不足等短板。
附件：重點任務分工表
序號|重點任務|牽頭單位|完成時限
1|建設市中醫院隔離病區|市衛生健康局|2026年底
""",
}

doc = per_script_document(TEXTS, "workforce-emergency", "桦川市卫生健康人才和应急能力提升方案（2026—2028年）",
                          "桦川市", "2026-02-26")


def test_national_trainings_are_programmes_not_their_bases(doc):
    assert names_on_line(doc, 4, "programme") == {"全科医生转岗培训", "公共卫生医师规范化培训", "农村订单定向医学生免费培养"}


def test_one_team_described_by_its_qualities_is_no_count(doc):
    assert quantities_on_line(doc, 2) == set()


def test_a_time_window_stays_in_the_rates_words(doc):
    assert {(q[1], q[2]) for q in quantities_on_line(doc, 5)} == {("急救呼叫10秒内接听率", 95.0)}


def test_a_unit_with_its_beds_and_one_host_written_two_ways(doc):
    assert ("负压病房", "市人民医院", None, None) in requirements_on_line(doc, 6)
    wards = [f for f in doc.facts if isinstance(f, DepartmentRequirement) and f.department == "隔离病区"]
    assert len(wards) == 1 and wards[0].institution_scope == "桦川市中医院"


def test_a_town_station_is_an_institution_and_a_verb_starts_no_name(doc):
    assert names_on_line(doc, 7, "institution") == {"红石砬子镇120急救分站"}
    assert not facts_on_line(doc, DepartmentRequirement, 7)
