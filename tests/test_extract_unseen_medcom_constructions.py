"""A county's medical community plan (issue 14: tests/documents/probe165, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- in the review section (一、基本情况) of a plan written in 2024, a statement of 2024 is what was reached;
- a table with one row per town and the branch's name (乡镇 | 分院名称 | 2024年住院人次 | 2027年目标 | 胸痛救治单元):
  the plan's own year without 目标 beside a later target is the baseline, the trailing column of words no value, and
  a unit's column saying 2025年建成 a requirement of that row's institution by that year (已建成 is none);
- 分院 in 培训分院, 承担分院 or 医共体分院 names no branch.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """安远县紧密型县域医共体建设实施方案（2024—2027年）
一、基本情况
2024年，全县县域内就诊率为88.1%，县域内住院人次占比84.6%。
二、主要目标
到2027年，县域内就诊率稳定在90%以上。
表1 安远县医共体分院住院服务量及胸痛救治单元建设安排
乡镇|分院名称|2024年住院人次|2027年目标|胸痛救治单元
欣山镇|欣山镇中心卫生院|3126|3600|已建成
孔田镇|孔田镇卫生院|1032|1300|2025年建成
三、重点任务
1.县人民医院每年培训分院骨干医师100人次，消毒供应中心承担分院器械消毒工作。23家乡镇卫生院统一作为医共体分院。
""",
    "traditional": """安遠縣緊密型縣域醫共體建設實施方案（2024—2027年）
一、基本情況(kuàng)
2024年，全縣縣域內就診率爲88.1%，縣域內住院人次佔比84.6%。
二、主要目(mù)標
到2027年，縣域內就診率穩定在90%以上。
表1 安遠縣醫共體分院(yuàn)住院服務量及胸痛救治單元建設安排
鄉鎮|分院名稱|2024年(nián)住院人次|2027年目標|胸痛救治單元
欣山鎮|欣山鎮中心衛生(shēng)院|3126|3600|已建成
孔田鎮|孔田鎮衛生院|1032|1300|2025年建成
三、重點任務
1.縣人(rén)民醫院每年培訓分院骨幹醫師100人次，消毒供應中心承擔(dān)分院器械消毒工作。23家鄉鎮衛生院統一作爲醫共體分院(yuàn)。
""",
}

doc = per_script_document(TEXTS, "medcom", "安远县紧密型县域医共体建设实施方案（2024—2027年）", "安远县", "2024-06-12")


def test_the_review_of_the_plans_own_year_is_observed(doc):
    assert quantities_on_line(doc, 2) == {("observation", "县域内就诊率", 88.1, "percent", "=", 2024),
                                          ("observation", "县域内住院人次占比", 84.6, "percent", "=", 2024)}
    assert quantities_on_line(doc, 4) == {("target", "县域内就诊率", 90.0, "percent", ">=", 2027)}


def test_a_row_per_town_with_its_branch_and_a_baseline_of_the_own_year(doc):
    assert quantities_on_line(doc, 7) == {("observation", "欣山镇中心卫生院住院人次", 3126.0, None, "=", 2024),
                                          ("target", "欣山镇中心卫生院住院人次", 3600.0, None, ">=", 2027)}
    assert requirements_on_line(doc, 7) == set()  # 已建成


def test_a_units_column_saying_when_the_row_builds_it(doc):
    assert requirements_on_line(doc, 8) == {("胸痛救治单元", "孔田镇卫生院", None, 2025)}


def test_branches_in_general_are_no_names(doc):
    assert names_on_line(doc, 5, "institution") == set()
    assert names_on_line(doc, 10, "institution") == {"安远县人民医院"}
