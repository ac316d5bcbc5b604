"""A province's primary-care opinion and a city's work points (issue 14: tests/documents/probe177 and probe178, whose
keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- 上述科室 stands for the units the paragraph required of the same institutions before, each with its own later
  share when the clause lists them (分别提高到…);
- a list whose last item carries a count and the shared head (胸痛、卒中、…危重孕产妇和危重新生儿救治“五大中心”):
  each item is its own centre, under the shortest name the vocabulary knows (创伤中心, 危重孕产妇救治中心);
- a clause naming another unit and only its share (…，创伤中心建成比例达到60%) has the institutions before;
- units listed after the principal's clause with 按职责给予支持 / 按职责配合 support.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """安徽省医疗卫生强基工程实施意见（2025—2027年）
一、主要目标
到2025年，中心乡镇卫生院急诊科、手术室、血液透析室设置率分别达到90%、70%和30%以上。到2027年，中心乡镇卫生院上述科室设置率分别提高到100%、85%和50%。
二、重点任务
1.提升急危重症救治能力。县人民医院要持续推进胸痛、卒中、创伤、危重孕产妇和危重新生儿救治“五大中心”建设。
2.提升县级医院救治能力。到2026年，县级综合医院胸痛中心、卒中中心建成比例分别达到90%和80%，创伤中心建成比例达到60%。
3.加强儿科建设。省卫生健康委负责推进儿科能力建设，省委编办、省发展改革委、省财政厅按职责给予支持，省市场监管局按职责配合。
""",
    "traditional": """安徽省醫療衛生強基工程實施意見（2025—2027年）
一、主要目標
到2025年(nián)，中心鄉鎮衛生院急診科、手術室、血液透析室設置率分別(bié)達到90%、70%和30%以上。到2027年，中心鄉鎮衛生院上述科室設置率分別(bié)提高到100%、85%和50%。
二、重點任務
1.提升急危重症救治能力。縣人民醫(yī)院要持續推進胸痛、卒中、創傷、危重孕產婦和危重新生兒(ér)救治“五大中心”建設。
2.提升縣級醫院救治能力。到2026年，縣級綜合醫院胸痛中心、卒中中心建成比例分(fēn)別達到90%和80%，創傷中心建成比例達到60%。
3.加強兒科建設。省衛生健康委負責推進兒科能力建設，省委編辦、省發展改革委、省財政廳按職(zhí)責給予支持，省市場監管局按職責配合。
""",
}

doc = per_script_document(TEXTS, "primary-province", "安徽省医疗卫生强基工程实施意见（2025—2027年）", "安徽省",
                          "2025-04-10")


def test_units_named_again_by_pointing_back(doc):
    assert requirements_on_line(doc, 2) == {
        ("急诊科", "中心乡镇卫生院", 90.0, 2025), ("手术室", "中心乡镇卫生院", 70.0, 2025),
        ("血液透析室", "中心乡镇卫生院", 30.0, 2025), ("急诊科", "中心乡镇卫生院", 100.0, 2027),
        ("手术室", "中心乡镇卫生院", 85.0, 2027), ("血液透析室", "中心乡镇卫生院", 50.0, 2027)}


def test_a_counted_head_in_quotation_marks_after_and(doc):
    assert requirements_on_line(doc, 4) == {(f"{name}中心", "县人民医院", None, None) for name in (
        "胸痛", "卒中", "创伤", "危重孕产妇救治", "危重新生儿救治")}


def test_another_unit_with_only_its_share(doc):
    assert requirements_on_line(doc, 5) == {("胸痛中心", "县级综合医院", 90.0, 2026), ("卒中中心", "县级综合医院", 80.0, 2026),
                                            ("创伤中心", "县级综合医院", 60.0, 2026)}


def test_units_that_support_by_their_duties(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 6)} == {
        ("省卫生健康委", "lead"), ("省委编办", "support"), ("省发展改革委", "support"), ("省财政厅", "support"),
        ("省市场监管局", "support")}
