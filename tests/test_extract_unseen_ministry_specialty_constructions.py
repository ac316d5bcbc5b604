"""Constructions found missing on unseen plans (issue 14: tests/documents/probe96, a national notice on child myopia;
probe97, a province's clinical key specialties plan), written twice: in simplified script and in traditional script
with pinyin noise. Expected values are written by hand.

- a ministry's department the vocabulary does not know (教育部体育卫生与艺术教育司, 教育部基础教育司) is an agency of
  its own, so the bracket naming it assigns the task (probe96's responsibilities 0.40 → 1.00);
- a table of the specialties institutions build (依托单位 | 专科名称 | 建设类别): each row's specialty in its
  institution (probe97's departments 0.54 → 1.00).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """关于做好临床重点专科建设和近视防控工作的通知
一、重点任务
1.加强儿童眼保健。开展视力检查。（教育部体育卫生与艺术教育司、国家卫生健康委疾控局牵头，国家卫生健康委妇幼司配合）
2.加强宣传教育。开展主题宣传。（教育部基础教育司牵头，国家卫生健康委宣传司配合）
附件
临床重点专科建设项目表
序号|依托单位|专科名称|建设类别
1|南昌大学第一附属医院|心血管内科|国家级
2|江西省人民医院|老年医学科|省级
""",
    "traditional": """關於做好臨牀重點專科建設和近視防控工作的通知
一、重點任務
1.加強兒童眼保健。開展視力檢查。（教育部體(tǐ)育衛生與藝術教育司、國家衛生健康委疾控局牽(qiān)頭，國家衛生健康委婦幼司配合）
2.加強宣傳教育。開展主題宣傳。（教育部基礎(chǔ)教育司牽頭，國家衛生健康委宣傳司配合）
附件
臨牀重點專科建設項目表
序號|依託單位|專科名稱|建設類別
1|南昌大學第一附屬醫院|心血(xuè)管內科|國家級
2|江西省人民醫院|老年醫(yī)學科|省級
""",
}

doc = per_script_document(TEXTS, "specialties", "关于做好临床重点专科建设和近视防控工作的通知", "中国", "2025-04-10")


def test_a_ministrys_departments_the_vocabulary_does_not_know(doc):
    assert {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, 2)} == {
        ("教育部体育卫生与艺术教育司", "lead"), ("国家卫生健康委疾控局", "lead"), ("国家卫生健康委妇幼司", "support")}
    assert {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, 3)} == {
        ("教育部基础教育司", "lead"), ("国家卫生健康委宣传司", "support")}
    two = {f.agency.iri for line in (2, 3) for f in facts_on_line(doc, Responsibility, line)
           if f.agency.label.startswith("教育部")}
    assert len(two) == 2  # two departments, two agencies


def test_a_table_of_specialties_by_institution(doc):
    assert requirements_on_line(doc, 7) == {("心血管内科", "南昌大学第一附属医院", None, None)}
    assert requirements_on_line(doc, 8) == {("老年医学科", "江西省人民医院", None, None)}
