"""A district health commission's annual work points (issue 14: tests/documents/probe223, whose key reads it so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- 户次 and 家次 count inspections and audits (监督检查不少于1800户次, 内部审计不少于8家次);
- 在2025年建成5个社区医院的基础上，全区社区医院达到7个: the base is an observation of 2025, and the target after it
  is of the plan's own year, not of the base's;
- 运行 is a verb before a branch's name (规范运行区人民医院李家沱分院);
- a collective of institutions in a 责任单位 list (各基层医疗卫生机构) answers for the task beside its offices.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """2026年全区卫生健康工作要点
各项工作排第一位的为牵头科室（单位），其余为配合科室（单位）。
一、重点工作
1.全年开展医疗卫生综合监督检查不少于1800户次，开展内部审计不少于8家次。（责任科室：综合监督科）
2.在2025年建成5个社区医院的基础上，全区社区医院达到7个。（责任科室：基层卫生科；责任单位：各镇街、各基层医疗卫生机构）
3.规范运行区人民医院李家沱分院。（责任科室：医政医管科）
""",
    "traditional": """2026年全區衛生健康工作要點
各項工作排第一位的為牽頭科室（單位），其餘為配合科室（單位）。
一、重點工作
1.全年開展醫療衛生綜合監督檢查不少於1800戶次，開展內部審(shěn)計不少於8家次。（責任科室：綜合監督科）
2.在2025年建成5個社區醫院的基(jī)礎上，全區社區醫院達到7個。（責任科室：基層衛生科；責任單位：各鎮街、各基層醫療衛生機構）
3.規範運(yùn)行區人民醫院李家沱分院。（責任科室：醫政醫管科）
""",
}

doc = per_script_document(TEXTS, "work-points-district", "2026年全区卫生健康工作要点", "重庆市巴南区", "2026-02-10")


def test_household_and_unit_visits_are_counted(doc):
    assert {(q[2], q[3], q[4]) for q in quantities_on_line(doc, 3)} == {(1800.0, "count", ">="), (8.0, "count", ">=")}


def test_a_base_of_a_past_year_and_the_target_after_it(doc):
    assert {(q[0], q[2], q[5]) for q in quantities_on_line(doc, 4)} == {("observation", 5.0, 2025),
                                                                         ("target", 7.0, 2026)}


def test_a_collective_of_institutions_answers_beside_the_offices(doc):
    written = {f.agency.written for f in facts_on_line(doc, Responsibility, 4)}
    assert {"各镇街", "各基层医疗卫生机构"} <= written


def test_a_branch_after_a_verb(doc):
    assert names_on_line(doc, 5, "institution") == {"巴南区人民医院李家沱分院"}
