"""Tables with one row per place or institution found unread on unseen plans (issue 14: tests/documents/probe118,
probe122 and probe123, whose keys read every cell), written twice: in simplified script and in traditional script
with pinyin noise. Expected values are written by hand.

- a pipe table whose first column holds places or institutions (社区, 医院名称) and whose other columns name measures,
  under a caption that opens with a year: each cell is its row's measure of that year, an observation for a past
  year (2024年…情况), a target for a year ahead (2026年…控制目标), with the cell's own sign;
- a pipe table of places with year columns (市州 | 2024年达标数 | 2026年目标数) and a count without a year
  (村卫生室总数): that count is of the earliest year's status.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """关于加强村卫生室和合理用药工作的通知
一、工作基础
表1  2024年重点社区家庭医生签约服务情况
社区|家庭医生团队（个）|家庭医生签约服务覆盖率（%）
乌沙社区|11|41.2
沙头社区|9|36.8
二、工作目标
附表1  各市州村卫生室标准化建设目标
市州|村卫生室总数|2024年达标数|2026年目标数
兰州市|1286|1104|1235
金昌市|139|121|135
附表2  2026年二级以上公立医院合理用药重点指标控制目标
医院名称|住院患者抗菌药物使用强度（DDDs）|门诊处方合格率（%）
兰州市第一人民医院|≤40|≥96
兰州市中医医院|≤30|≥95
""",
    "traditional": """關於加強村衛生室和合理用藥工作的通知
一、工作基礎
表1  2024年重點社區家庭醫生簽(qiān)約服務情況
社區|家庭醫生團隊（個）|家庭醫生簽約服務覆蓋率（%）
烏沙社區|11|41.2
沙頭社區|9|36.8
二、工作目標
附表1  各市州村衛生室標準化建(jiàn)設目標
市州|村衛生室總數|2024年達標數|2026年目標數
蘭州市|1286|1104|1235
金昌市|139|121|135
附表2  2026年二級以上公立醫院合理用(yòng)藥重點指標控制目標
醫院名稱|住院患者抗菌藥物使用強度（DDDs）|門診處方合格率（%）
蘭州市第一人民醫院|≤40|≥96
蘭州市中醫醫院|≤30|≥95
""",
}

doc = per_script_document(TEXTS, "rowtables", "关于加强村卫生室和合理用药工作的通知", "甘肃省", "2025-03-14")


def test_a_past_years_table_of_places_and_measures(doc):
    assert quantities_on_line(doc, 4) == {
        ("observation", "乌沙社区家庭医生团队", 11.0, "count", "=", 2024),
        ("observation", "乌沙社区家庭医生签约服务覆盖率", 41.2, "percent", "=", 2024)}


def test_a_count_without_a_year_beside_year_columns(doc):
    facts = quantities_on_line(doc, 9)
    assert {(kind, value, year) for kind, _, value, _, _, year in facts} == {
        ("observation", 1286.0, 2024), ("observation", 1104.0, 2024), ("target", 1235.0, 2026)}
    assert ("observation", "兰州市村卫生室总数", 1286.0, "=", 2024) in {(k, i, v, c, y) for k, i, v, _, c, y in facts}


def test_a_later_years_table_of_institutions_and_measures(doc):
    assert {(kind, indicator, value, comparator, year) for kind, indicator, value, _, comparator, year
            in quantities_on_line(doc, 13)} == {
        ("target", "兰州市第一人民医院住院患者抗菌药物使用强度", 40.0, "<=", 2026),
        ("target", "兰州市第一人民医院门诊处方合格率", 96.0, ">=", 2026)}
