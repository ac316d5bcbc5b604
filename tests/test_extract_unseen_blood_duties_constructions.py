"""A district's mental health plan and a province's blood supply opinions (issue 14: tests/documents/probe147 and
probe148, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a closing line 以上工作由X、Y按职责分工负责。 makes each unit responsible for the task;
- 各市〔州〕人民政府和贵安新区管委会: two governments joined by 和 are two units, and a name's 〔〕 are its （）;
- a province's 血液中心 and a city's 中心血站 are blood stations named by their division;
- a value of a trigger (库存低于5天用量时启动…) is no target; 将输血科纳入…重点专科 sets up no unit.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """贵州省血液供应保障实施意见
一、工作基础
全省已建成贵州省血液中心1个，与重庆市血液中心、四川省血液中心建立区域协作。
二、重点任务
（一）完善库存预警。血液库存低于5天用量时启动黄色预警、低于3天时启动红色预警。支持将输血科纳入省级临床重点专科建设项目。
以上工作由省卫生健康委、省财政厅按职责分工负责。
（二）强化属地责任。推动遵义市中心血站完成业务用房标准化改造。
以上工作由省卫生健康委牵头，省医保局，各市〔州〕人民政府和贵安新区管委会配合。
""",
    "traditional": """貴州省血液供應保障實施意見
一、工作基礎
全省已建成貴州省血(xuè)液中心1個，與重慶市血液中心、四川省血液中心建立區域協作。
二、重點任務
（一）完善庫存預警。血液庫存低於5天用量時啓動黃(huáng)色預警、低於3天時啓動紅色預警。支持將輸血科納(nà)入省級臨牀重點專科建設項目。
以上工作由省衛生健康委、省財(cái)政廳按職責分工負責。
（二）強化屬地責任。推動遵義市中心血站完成業務用房標準化改造。
以上工作由省衛生健康委牽頭，省醫保局，各市〔州〕人民政府和貴安新區管(guǎn)委會配合。
""",
}

doc = per_script_document(TEXTS, "blood-duties", "贵州省血液供应保障实施意见", "贵州省", "2025-03-01")


def test_blood_stations_named_by_their_division(doc):
    assert names_on_line(doc, 2, "institution") == {"贵州省血液中心", "重庆市血液中心", "四川省血液中心"}
    assert names_on_line(doc, 6, "institution") == {"遵义市中心血站"}


def test_a_trigger_is_no_target_and_inclusion_no_unit(doc):
    assert quantities_on_line(doc, 4) == set()
    assert requirements_on_line(doc, 4) == set()


def test_a_closing_line_of_responsible_units(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 5)} == {
        ("省卫生健康委", "responsible"), ("省财政厅", "responsible")}


def test_two_governments_joined_by_he(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 7)} == {
        ("省卫生健康委", "lead"), ("省医保局", "support"), ("各市（州）人民政府", "support"), ("贵安新区管委会", "support")}
