"""A township health centre's annual plan (issue 14: tests/documents/probe255, whose key reads it so), written twice:
in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a schedule of work one cell per line whose header holds a column of persons in charge (序号 / 工作任务 / 责任科室 /
  责任人 / 完成时限) is a task table: each row's 责任科室 cell gives its units, the first the lead by the caption's
  rule, and the person's name is no agency;
- 辖区 is no village's name (辖区村卫生室 is the area's clinics); 邀请 and 指导 end the words before an institution's
  name (邀请县人民医院专家…, 指导平原村卫生室…).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document

TEXTS = {
    "simplified": """大埔县高陂镇中心卫生院2026年度工作计划
一、2025年工作回顾
辖区村卫生室中医阁设置率达到80%以上。
二、重点工作
（一）提升医疗服务能力。邀请县人民医院专家定期到我院坐诊，2026年内指导平原村卫生室、桃星村卫生室建成中医阁。
附表：2026年度重点工作任务分解表（责任科室栏中排第一位的为牵头科室，其余为配合科室）
序号
工作任务
责任科室
责任人
完成时限
1
夯实基本公共卫生服务，做好居民健康档案动态管理
公共卫生科、各村卫生室
钟伟东
2026年12月31日
2
设置康复科，规范开设发热诊室和心理咨询室
医务科、院办
杨志强
2026年6月30日
""",
    "traditional": """大埔縣高陂鎮中心衛生院2026年度工作計劃
一、2025年工作回顧
轄區村衛生室中醫閣設置率達到80%以上。
二、重點工作
（一）提升醫療服務能力。邀請縣人民醫院專家定期到我院坐(zuò)診，2026年內指導平原村衛生室、桃星村衛(wèi)生室建成中醫閣。
附表：2026年度重點工作任務分解表（責任科室欄中排第一位的為牽頭科室，其餘為配合科室）
序號
工作任務
責任科室
責(zé)任人
完成時限
1
夯實基本公共衛生服務，做好居民健康檔案動態管理
公共衛生科、各村衛生室
鍾偉東
2026年12月31日
2
設置康復科，規範開設發熱診室和心理諮(zī)詢室
醫務科、院辦
楊志強
2026年6月30日
""",
}

doc = per_script_document(TEXTS, "gaopi-annual", "大埔县高陂镇中心卫生院2026年度工作计划", "大埔县", "2026-01-15")


def _units(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_schedule_with_persons_in_charge_is_a_task_table(doc) -> None:
    assert _units(doc, 13) == {("公共卫生科", "lead"), ("各村卫生室", "support")}
    assert _units(doc, 18) == {("医务科", "lead"), ("院办", "support")}
    assert not any(f.agency.written in ("钟伟东", "杨志强") for f in doc.facts if isinstance(f, Responsibility))


def test_the_areas_clinics_are_no_village_and_verbs_end_the_words_before_a_name(doc) -> None:
    assert names_on_line(doc, 2, "institution") == set()
    assert names_on_line(doc, 4, "institution") == {"大埔县人民医院", "平原村卫生室", "桃星村卫生室"}
