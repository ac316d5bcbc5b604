"""A city's five-year health plan and a province's payment notice (issue 14: tests/documents/probe254 and probe256,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- an agency that 要会同 named agencies 编制 a plan leads it, they support;
- a duty only to report (要于…前分别报送…进展) assigns no task of the plan;
- a plan drafted without 《》 keeps its period in brackets (…专项规划（2026—2035年）); 等级 inside a title is no
  list's 等 (…失能等级评估实施细则);
- 确定 ends the words before an institution's name (确定三峡大学第一临床医学院为…).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document

TEXTS = {
    "simplified": """宜昌市卫生健康事业发展规划（2026—2030年）
第十章 保障措施
（三）强化规划衔接。市卫生健康委要会同市发展改革委、市自然资源和规划局编制宜昌市医疗卫生设施布局专项规划（2026—2035年），将医疗卫生设施用地纳入国土空间规划。
（四）强化监测评估。各区县医保局、卫生健康局要于2026年7月15日前分别报送半年工作进展。
（五）完善配套政策。研究制定宜昌市长期护理保险失能等级评估实施细则，确定三峡大学第一临床医学院为中医优势病种付费试点医院。
""",
    "traditional": """宜昌市衛生健康事業發展規劃（2026—2030年）
第十章 保障措施
（三）強化規劃銜接。市衛生健康委要會同市發展改革委、市自然資源和規劃局編(biān)制宜昌市醫療衛生設施佈局專項規劃（2026—2035年），將醫療衛生設施用地納入國土空間規劃。
（四）強化監測評估。各區縣醫保局、衛生健康局要於2026年7月15日前分別報(bào)送半年工作進展。
（五）完善配套政策。研究制定宜昌市長期護理保險失能等級評估實施細則，確定三峽大學第一臨床醫學院為中醫優勢病種付費試點醫院。
""",
}

doc = per_script_document(TEXTS, "yichang-safeguards", "宜昌市卫生健康事业发展规划（2026—2030年）", "宜昌市",
                          "2026-03-20")


def test_an_agency_acting_with_named_agencies_leads_them(doc) -> None:
    found = {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 2)}
    assert found == {("市卫生健康委", "lead"), ("市发展改革委", "support"), ("市自然资源和规划局", "support")}


def test_a_duty_to_report_assigns_no_task(doc) -> None:
    assert facts_on_line(doc, Responsibility, 3) == []


def test_drafted_titles_keep_their_period_and_their_grades(doc) -> None:
    assert {(f.title, f.relation) for f in facts_on_line(doc, Citation, 2)} == {
        ("宜昌市医疗卫生设施布局专项规划（2026—2035年）", "drafts")}
    assert {(f.title, f.relation) for f in facts_on_line(doc, Citation, 4)} == {
        ("宜昌市长期护理保险失能等级评估实施细则", "drafts")}


def test_queding_ends_the_words_before_a_name(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"三峡大学第一临床医学院"}
