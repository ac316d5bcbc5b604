"""A prefecture's rational drug use plan and a district's school health plan (issue 14: tests/documents/probe155 and
probe156, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a unit and its 开设比例 (…药学门诊开设比例不低于60%) is a requirement with its share;
- a guide named between the institutions and their verb (按照…建设与管理指南（试行）建设…) keeps them the host;
- a centre named after an agency and 与 (区教委与喀什市精神卫生中心) starts at its division; 借助 opens a name;
  学校卫生 is a field, no school.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """喀什地区合理用药和学校卫生工作方案
一、重点任务
1.鼓励二级以上医院开设药学门诊，到2027年二级以上医院药学门诊开设比例不低于60%。
2.三级医院要按照静脉用药调配中心建设与管理指南（试行）建设静脉用药调配中心。
3.区教委与喀什市精神卫生中心签订医教协同合作协议。借助新疆医科大学第一附属医院专家资源开展会诊。
""",
    "traditional": """喀什地區合理用藥和學(xué)校衛生工作方案
一、重點任務
1.鼓勵二級以上醫院開設藥學門診，到2027年二級以上醫院藥(yào)學門診開設比例不低於60%。
2.三級醫院要按照靜脈用藥調配中心建設與管理指(zhǐ)南（試行）建設靜脈用藥調配中心。
3.區教(jiào)委與喀什市精神衛生中心簽訂醫教協同合作協議。借(jiè)助新疆醫科大學第一附屬醫院專家資源開展會診。
""",
}

doc = per_script_document(TEXTS, "pharmacy-school", "喀什地区合理用药和学校卫生工作方案", "喀什地区", "2025-03-26")


def test_a_units_opening_share(doc):
    assert requirements_on_line(doc, 2) == {("药学门诊", "二级以上医院", 60.0, 2027)}


def test_a_guide_before_the_verb(doc):
    assert requirements_on_line(doc, 3) == {("静脉用药调配中心", "三级医院", None, None)}


def test_names_after_an_agency_and_a_means(doc):
    assert names_on_line(doc, 0, "institution") == set()
    assert names_on_line(doc, 4, "institution") == {"喀什市精神卫生中心", "新疆医科大学第一附属医院"}
