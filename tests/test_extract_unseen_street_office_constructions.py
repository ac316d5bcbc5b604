"""A street office's plan, a level the tests did not have (issue 14: tests/documents/probe108, whose key reads it so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a centre named by a street written X街 (石牌街社区卫生服务中心) is an institution, and it may be a responsible unit;
- a section headed 2024年工作情况 reviews what was reached: its values are observations;
- 责任单位：X；配合单位：Y — beside the support units, the responsible unit leads.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """石牌街道2025年家庭医生签约服务工作方案
一、2024年工作情况
全街道常住人口约11.8万人，家庭医生签约覆盖率为38.5%。
二、重点任务
1.优化家庭医生团队。由石牌街社区卫生服务中心组建家庭医生团队。
责任单位：石牌街社区卫生服务中心
2.推进签约服务。到2025年底，家庭医生签约覆盖率达到45%以上。
责任单位：街道公共服务办；配合单位：街道财政所、石牌街社区卫生服务中心
""",
    "traditional": """石牌街道2025年家庭醫生簽(qiān)約服務工作方案
一、2024年工作情況
全街道常(cháng)住人口約11.8萬人，家庭醫生簽約覆蓋率爲38.5%。
二、重點任務
1.優化家庭醫生團隊。由石牌街社區衛生服務中心組(zǔ)建家庭醫生團隊。
責任單位：石牌街社區衛生服務中心
2.推進簽約服務。到2025年底，家庭醫生簽約覆蓋率達到45%以上。
責任單位：街道公共服務辦；配合單位：街道財(cái)政所、石牌街社區衛生服務中心
""",
}

doc = per_script_document(TEXTS, "street", "石牌街道2025年家庭医生签约服务工作方案", "天河区", "2025-03-14")
CENTRE = "石牌街社区卫生服务中心"


def test_a_work_review_section_holds_observations(doc):
    assert {(kind, value, year) for kind, _, value, _, _, year in quantities_on_line(doc, 2)} == {
        ("observation", 11.8, 2024), ("observation", 38.5, 2024)}
    assert {(kind, value, year) for kind, _, value, _, _, year in quantities_on_line(doc, 6)} == {
        ("target", 45.0, 2025)}


def test_a_centre_named_by_its_street(doc):
    assert names_on_line(doc, 4, "institution") == {CENTRE}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 5)} == {(CENTRE, "responsible")}


def test_the_responsible_unit_leads_beside_support_units(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 7)} == {
        ("街道公共服务办", "lead"), ("街道财政所", "support"), (CENTRE, "support")}
