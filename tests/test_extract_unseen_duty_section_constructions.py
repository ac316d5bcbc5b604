"""Constructions found missing on unseen plans (issue 14: tests/documents/probe61, a county-level city's basic
public health services plan, and probe62, a provincial DRG/DIP and TCM notice, and the probes after them), written
twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a section of duties, one numbered paragraph per unit (（一）区卫生健康局负责…), whose subject may be an institution of
  a place or a collective of them (兰山区疾病预防控制中心负责…, 各街道社区卫生服务中心负责…), and a numbered paragraph of
  units that support (（五）区医疗保障局、区民政局配合做好…); an institution at work in a task whose own bracket names
  the responsible units is not assigned it, nor is a kind of institution (医疗机构负责…) (probe61);
- a paragraph after a numbered list of names (1. 兰山区人民医院 …) belongs to the task above the list, with its
  bracket of responsible units (probe62).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """临沂市兰山区2025年基本公共卫生服务项目实施方案
一、重点任务
（一）加强儿童健康管理。兰山区妇幼保健院负责全区0—6岁儿童健康管理的业务指导。
（二）开展按病种付费试点。首批试点医院如下：
1. 兰山区人民医院
2. 兰山区中医医院
3. 临沂市第二人民医院
区医保局、区卫生健康局联合制定试点管理办法，2025年6月底前印发实施。（区医保局牵头，区卫生健康局配合）
（三）强化质量控制。兰山区疾病预防控制中心负责技术指导。（区卫生健康局牵头）
二、职责分工
（一）区卫生健康局负责项目的组织协调和绩效评价工作。
（二）区财政局负责项目经费保障。
（三）兰山区疾病预防控制中心负责疾病预防控制类项目的质量控制。
（四）各街道社区卫生服务中心负责辖区项目的组织实施。
（五）区医疗保障局、区民政局配合做好重点人群健康管理相关工作。
（六）医疗机构负责做好信息登记。
""",
    "traditional": """臨沂市蘭山區2025年基本公共衛生服務項目實施方案
一、重點任務
（一）加強兒童健康管理。蘭山區婦幼保(bǎo)健院負責全區0—6歲兒童健康管理的業務指導。
（二）開展按病種付費試點。首批試點醫院如下：
1. 蘭山區人民醫院
2. 蘭山區中醫醫院
3. 臨沂市第二人民醫院
區醫保局、區衛生健康局聯(lián)合制定試點管理辦法，2025年6月底前印發實施。（區醫保局牽頭，區衛生健康局配合）
（三）強化質量控制。蘭山區疾病預防控制中心負責技術指導。（區衛生健康局牽頭）
二、職責分工
（一）區衛生健康局負責項目的組織協調和績效評價工作。
（二）區財(cái)政局負責項目經費保障。
（三）蘭山區疾病預防控制中心負責疾病預防控制類項目的質量控制。
（四）各街道社區衛生服務中心負責轄區項目的組織實施。
（五）區醫療保障局、區民政局配合做(zuò)好重點人羣健康管理相關工作。
（六）醫療機構負責做好信息登記。

""",
}

doc = per_script_document(TEXTS, "duty", "临沂市兰山区2025年基本公共卫生服务项目实施方案", "兰山区", "2025-02-01")


def roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_duty_section_assigns_each_paragraph_to_its_subject(doc):
    assert roles(doc, 10) == {("兰山区卫生健康局", "responsible")}
    assert roles(doc, 11) == {("兰山区财政局", "responsible")}
    assert {f.task for f in facts_on_line(doc, Responsibility, 11)} == {"项目经费保障"}


def test_institutions_of_a_place_and_collectives_are_subjects_of_duties(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 2)} == {
        ("兰山区妇幼保健院", "responsible")}
    assert {f.agency.written for f in facts_on_line(doc, Responsibility, 12)} == {"兰山区疾病预防控制中心"}
    collective = facts_on_line(doc, Responsibility, 13)
    assert [(f.agency.collective, f.role) for f in collective] == [(True, "responsible")]


def test_units_that_support_in_a_paragraph_of_their_own(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 14)} == {
        ("区医疗保障局", "support"), ("区民政局", "support")}


def test_no_assignment_to_a_kind_of_institution_nor_beside_a_bracket(doc):
    assert facts_on_line(doc, Responsibility, 15) == []
    assert {f.agency.written for f in facts_on_line(doc, Responsibility, 8)} == {"区卫生健康局"}


def test_a_paragraph_after_a_list_of_names_belongs_to_the_task_above(doc):
    task = next(p for p in doc.provisions if p.label == "（二）" and p.parent == "1")
    assigned = facts_on_line(doc, Responsibility, 7)
    assert {(f.agency.written, f.role) for f in assigned} == {("区医保局", "lead"), ("区卫生健康局", "support")}
    assert {f.provision for f in assigned} == {task.path}
