"""A city's health and insurance work plan (issue 14: tests/documents/probe158, probe163, probe166, probe167 and
probe168, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- places sharing one programme (启动茅箭区、张湾区、郧阳区长期护理保险试点) are no programme each; a hospital's
  常规检测项目 and a centre's 主体工程 are no programmes;
- a 公共卫生临床中心 is an institution, and the hospital in brackets after it (市传染病医院) its other name, no unit
  answering for the task;
- a village clinic written after its town (上津镇津城村卫生室) is named by its village, written with its town;
- a table with one row per district under 区（市）, its yearless count columns (国家卫生乡镇（个）) of the earliest
  year's status;
- …，由X、Y按职责分工负责 / 按职责共同推进: each is responsible.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """十堰市卫生健康和医疗保障重点工作方案
一、重点任务
1.启动茅箭区、张湾区、郧阳区长期护理保险试点。将丙肝抗体检测纳入二级以上医疗机构住院和术前常规检测项目。
2.启动市公共卫生临床中心主体工程建设。依托市人民医院建设十堰市公共卫生临床中心（市传染病医院）。
3.在上津镇津城村卫生室、夹河镇桃园村卫生室开展中医阁建设试点。
表1 各区（市）健康村建设目标
区（市）|国家卫生乡镇（个）|2024年健康村数|2027年健康村目标|健康社区（个）
茅箭区|3|34|42|24
张湾区|—|18|24|15
二、保障措施
（一）明确分工。一是统筹人才招聘，由市人社局、市委编办按职责分工负责；二是开展文化宣传，由市委宣传部、市教育局按职责共同推进。
""",
    "traditional": """十堰市衛生健康和醫療保障重點工作方案
一、重點任務(wù)
1.啓動茅箭區、張灣區、鄖陽區長期護理保險試點。將丙肝抗(kàng)體檢測納入二級以上醫療機構住院和術前常規檢測項(xiàng)目。
2.啓動市公共衛生臨牀中心主體工程建設。依託市人民(mín)醫院建設十堰市公共衛生臨牀中心（市傳染病醫院）。
3.在上(shàng)津鎮津城村衛生室、夾河鎮桃園村衛生室開展中醫閣建(jiàn)設試點。
表1 各區（市）健康村建設目標
區（市）|國家衛生鄉鎮（個(gè)）|2024年健康村數|2027年健康村目標|健康社區（個）
茅箭區|3|34|42|24
張灣區|—|18|24|15
二(èr)、保障措施
（一）明確分工。一是統籌人才招聘，由市人社局、市(shì)委編辦按職責分工負責；二是開展文化宣傳，由市委宣傳(chuán)部、市教育局按職責共同推進。
""",
}

doc = per_script_document(TEXTS, "insurance-district", "十堰市卫生健康和医疗保障重点工作方案", "十堰市", "2025-03-01")


def test_places_of_one_programme_and_tests_are_no_programmes(doc):
    assert names_on_line(doc, 2, "programme") == {"郧阳区长期护理保险试点"}
    assert names_on_line(doc, 3, "programme") == set()


def test_a_public_health_clinical_centre_and_its_other_name(doc):
    assert names_on_line(doc, 3, "institution") == {"十堰市公共卫生临床中心", "十堰市人民医院"}
    assert facts_on_line(doc, Responsibility, 3) == []


def test_village_clinics_written_with_their_town(doc):
    mentions = facts_on_line(doc, NamedEntityMention, 4)
    assert {(m.name, m.written) for m in mentions if m.kind == "institution"} == {
        ("津城村卫生室", "上津镇津城村卫生室"), ("桃园村卫生室", "夹河镇桃园村卫生室")}


def test_a_row_per_district_with_yearless_counts(doc):
    assert quantities_on_line(doc, 7) == {("observation", "茅箭区国家卫生乡镇", 3.0, "count", "=", 2024),
                                          ("observation", "茅箭区健康村数", 34.0, "count", "=", 2024),
                                          ("target", "茅箭区健康村", 42.0, None, ">=", 2027),
                                          ("observation", "茅箭区健康社区", 24.0, "count", "=", 2024)}


def test_listed_units_acting_by_their_duties(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 10)} == {
        ("市人社局", "responsible"), ("市委编办", "responsible"), ("市委宣传部", "responsible"),
        ("市教育局", "responsible")}
