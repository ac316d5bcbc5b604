"""A province's primary-care opinion and a city's work points (issue 14: tests/documents/probe177 and probe178, whose
keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- 上述科室 stands for the units the paragraph required of the same institutions before, each with its own later
  share when the clause lists them (分别提高到…);
- a list whose last item carries a count and the shared head (胸痛、卒中、…危重孕产妇和危重新生儿救治“五大中心”):
  each item is its own centre, under the shortest name the vocabulary knows (创伤中心, 危重孕产妇救治中心).
"""

from __future__ import annotations

from tests.conftest import per_script_document, requirements_on_line

TEXTS = {
    "simplified": """江淮省医疗卫生强基工程实施意见（2025—2027年）
一、主要目标
到2025年，中心乡镇卫生院急诊科、手术室、血液透析室设置率分别达到90%、70%和30%以上。到2027年，中心乡镇卫生院上述科室设置率分别提高到100%、85%和50%。
二、重点任务
1.提升急危重症救治能力。县人民医院要持续推进胸痛、卒中、创伤、危重孕产妇和危重新生儿救治“五大中心”建设。
""",
    "traditional": """江淮省醫療衛生強基工程實施意見（2025—2027年）
一、主要目標
到2025年(nián)，中心鄉鎮衛生院急診科、手術室、血液透析室設置率分別(bié)達到90%、70%和30%以上。到2027年，中心鄉鎮衛生院上述科室設置率分別(bié)提高到100%、85%和50%。
二、重點任務
1.提升急危重症救治能力。縣人民醫(yī)院要持續推進胸痛、卒中、創傷、危重孕產婦和危重新生兒(ér)救治“五大中心”建設。
""",
}

doc = per_script_document(TEXTS, "primary-province", "江淮省医疗卫生强基工程实施意见（2025—2027年）", "江淮省",
                          "2025-04-10")


def test_units_named_again_by_pointing_back(doc):
    assert requirements_on_line(doc, 2) == {
        ("急诊科", "中心乡镇卫生院", 90.0, 2025), ("手术室", "中心乡镇卫生院", 70.0, 2025),
        ("血液透析室", "中心乡镇卫生院", 30.0, 2025), ("急诊科", "中心乡镇卫生院", 100.0, 2027),
        ("手术室", "中心乡镇卫生院", 85.0, 2027), ("血液透析室", "中心乡镇卫生院", 50.0, 2027)}


def test_a_counted_head_in_quotation_marks_after_and(doc):
    assert requirements_on_line(doc, 4) == {(f"{name}中心", "县人民医院", None, None) for name in (
        "胸痛", "卒中", "创伤", "危重孕产妇救治", "危重新生儿救治")}
