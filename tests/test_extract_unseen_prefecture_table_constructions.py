"""Constructions found missing on unseen plans (issue 14: tests/documents/probe36, a provincial health commission's
annual work priorities with an indicator table whose 责任处室 column names the divisions; probe37, an autonomous
prefecture's three-year plan with a county-by-county table and Tibetan-medicine units), written twice: in simplified
script and in traditional script with pinyin noise. Expected values are written by hand.

- a table of places with a 县（市） column whose year columns name no measure (2023年现状值（%）): the table's title
  names it (各县（市）县域内就诊率现状及目标 → 县域内就诊率), the earlier year an observation;
- an indicator table with year columns and a 责任处室 column, under a rule that the first listed leads: each row's
  divisions are responsible for its indicator, the first one leading;
- a traditional-medicine hall or pavilion of an ethnic medicine (藏医馆, 藏医阁) is a unit like 中医馆, a research
  room (研究室) a unit of its host;
- 对照 before a document number is no part of it.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """某州县级医院能力提升三年行动方案（2024—2026年）
一、主要任务
（一）到2026年，乡镇卫生院藏医馆设置率达到100%，建成藏医阁的村卫生室比例达到40%以上。州藏医院设立藏医药研究室。对照国卫办医函〔2021〕538号文件明确的要求，逐院制定达标计划。
附件1
各县（市）县域内就诊率现状及目标
县（市）
2023年现状值（%）
2026年目标值（%）
康定市
88.2
92
泸定县
86.5
90
附件2
2025年主要指标及责任分工
（责任处室栏中列第一位的为牵头处室）
序号|指标名称|单位|2024年完成值|2025年目标值|责任处室
1|孕产妇死亡率|1/10万|8.6|≤10|妇幼健康处、医政医管处
2|居民健康素养水平|%|31.4|33|爱国卫生与健康促进处、省疾控局
""",
    "traditional": """某州縣級醫院能力提升三年行動方案（2024—2026年）
一、主要任務
（一）到2026年，鄉鎮衛(wèi)生院藏醫館設(shè)置率達到100%，建成藏醫閣的村衛生室比例達到40%以上。州藏醫院設立藏醫藥研(yán)究室。對照國衛辦醫函〔2021〕538號文件明確的要求，逐院制定達標計劃。
附件1
各縣（市）縣域內就診(zhěn)率現狀及目標
縣（市）
2023年現狀值（%）
2026年目標值（%）
康定市
88.2
92
瀘定縣
86.5
90
附件2
2025年主要指標及責任分工
（責任處室欄中列第一位的爲牽頭處室）
序號|指標名稱|單位|2024年完成值|2025年目標值|責任處室
1|孕產婦死(sǐ)亡率|1/10萬|8.6|≤10|婦幼健康處、醫政醫管處
2|居民健康素養水平|%|31.4|33|愛國衛生與健康促進處、省疾控局
""",
}

doc = per_script_document(TEXTS, "prefecture-county-tables", "甘孜州县级医院能力提升三年行动方案（2024—2026年）",
                          "甘孜藏族自治州", "2024-05-20")


def test_a_table_of_places_takes_its_measure_from_its_title(doc) -> None:
    assert quantities_on_line(doc, 9) == {("observation", "康定市县域内就诊率", 88.2, "percent", "=", 2023)}
    assert quantities_on_line(doc, 10) == {("target", "康定市县域内就诊率", 92.0, "percent", ">=", 2026)}
    assert quantities_on_line(doc, 13) == {("target", "泸定县县域内就诊率", 90.0, "percent", ">=", 2026)}


def test_an_indicator_table_with_a_column_of_responsible_divisions(doc) -> None:
    roles = {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 18)}
    assert roles == {("妇幼健康处", "lead"), ("医政医管处", "support")}
    roles = {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 19)}
    assert roles == {("爱国卫生与健康促进处", "lead"), ("省疾控局", "support")}
    assert quantities_on_line(doc, 18) == {("observation", "孕产妇死亡率", 8.6, "per-100000", "=", 2024),
                                          ("target", "孕产妇死亡率", 10.0, "per-100000", "<=", 2025)}


def test_ethnic_medicine_halls_and_a_research_room(doc) -> None:
    assert requirements_on_line(doc, 2) == {("藏医馆", "乡镇卫生院", 100.0, 2026), ("藏医阁", "村卫生室", 40.0, 2026),
                                           ("藏医药研究室", "州藏医院", None, 2026)}


def test_a_document_number_after_dui_zhao(doc) -> None:
    assert {f.number for f in facts_on_line(doc, Citation, 2)} == {"国卫办医函〔2021〕538号"}
