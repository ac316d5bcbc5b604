"""A province's nursing plan (issue 14: tests/documents/probe189, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a section headed 规划背景 / “十三五”时期…发展成效 reviews what was reached: its statements are observations of the
  year before the plan, and require no unit.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """福建省护理事业发展规划（2021—2025年）
一、规划背景
（一）“十三五”时期护理事业发展成效。
护理服务持续改善。全省二级医院优质护理服务病房覆盖率达到96.7%，全省三级医院中已有72.5%开设了护理专科门诊。
二、总体要求
（一）发展目标。到2025年，二级医院优质护理服务病房覆盖率达到100%。
""",
    "traditional": """福建省護理事業發展規劃（2021—2025年）
一、規劃背景
（一）“十三五”時期(qī)護理事業發展成效。
護理服務持續改善。全省二級醫院優(yōu)質護理服務病房覆蓋率達到96.7%，全省三級醫院中已有72.5%開設(shè)了護理專科門診。
二、總體要求
（一）發展目標。到2025年，二級醫院(yuàn)優質護理服務病房覆蓋率達到100%。
""",
}

doc = per_script_document(TEXTS, "nursing-review", "福建省护理事业发展规划（2021—2025年）", "福建省", "2021-11-18")


def test_a_review_of_the_last_plans_results(doc):
    assert ("observation", "二级医院优质护理服务病房覆盖率", 96.7, "percent", "=", 2020) in quantities_on_line(doc, 3)
    assert not {q for q in quantities_on_line(doc, 3) if q[0] == "target"}
    assert requirements_on_line(doc, 3) == set()


def test_the_goal_after_it(doc):
    assert quantities_on_line(doc, 5) == {("target", "二级医院优质护理服务病房覆盖率", 100.0, "percent", ">=", 2025)}
    assert requirements_on_line(doc, 5) == {("优质护理服务病房", "二级医院", 100.0, 2025)}
