"""Constructions found missing on unseen plans (issue 14: tests/documents/probe6 and probe7), written twice: in
simplified script with ASCII spaces between table cells, and in traditional script with pinyin noise and
full-width spaces between cells. Expected values are written by hand.

- a section that reviews what was reached (一、发展基础) states observations, of the year it last named
  (“十三五”时期 → 2020), on every line, even without a year or a past marker;
- `由2015年的38.6%下降至2020年的27.3%` in a plan of 2022: two observations, the second of its own year, named by
  the indicator before 由 (not by 下降至2020年);
- a table copied from a web page with its cells apart by spaces (`类别 序号 指标 单位 2020年 2025年 指标性质`,
  one row per line, the group cell only on a group's first row) is read as a table: the 2020 column is the
  baseline, the 2025 column the targets, the unit column gives each row's unit.
"""

from __future__ import annotations

import pytest

from loaders.extract.target_facts import QuantityFact
from tests.conftest import build_in_script, quantities_on_line

SIMPLIFIED = """某市“十四五”卫生健康发展规划
一、发展基础
“十三五”时期，全市卫生健康事业取得显著成就。
医药卫生体制改革纵深推进。组建城市医疗集团4个，重点人群签约率达到68.5%；全市公立医院药占比由2015年的38.6%下降至2020年的27.3%。
二、发展目标
到2025年，县域内就诊率提高到90%。
表1 主要指标
类别 序号 指标 单位 2020年 2025年 指标性质
健康水平 1 人均预期寿命 岁 78.42 79.5 预期性
2 孕产妇死亡率 1/10万 9.76 ≤10 预期性
健康服务 3 每千人口医疗卫生机构床位数 张 6.92 7.5 预期性
"""

TRADITIONAL = """某市“十四五”衛生健康發展規劃
一、發展基礎
“十三五”時期，全市衛(wèi)生健康事業取得顯著成就。
醫藥衛生體制改革縱深推進。組建城市醫療集團4個，重點人羣簽(qiān)約率達到68.5%；全市公立醫院藥佔比由2015年的38.6%下降至2020年的27.3%。
二、發展目標
到2025年，縣域內就(jiù)診率提高到90%。
表1　主要指標
類別　序號　指標　單位　2020年　2025年　指標性質
健康水平　1　人均預期壽(shòu)命　歲　78.42　79.5　預期性
2　孕產婦死亡率　1/10萬　9.76　≤10　預期性
健康服務　3　每千人口醫療衛生機構牀位數　張　6.92　7.5　預期性
"""

MANIFEST = """
[[document]]
id = "{id}"
source_file = "{id}.txt"
title = "某市“十四五”卫生健康发展规划"
jurisdiction = "某市"
date = "2022-03-18"
script = "{script}"
"""


@pytest.fixture(scope="module", params=["simplified", "traditional"])
def doc(request, tmp_path_factory):
    return build_in_script(request.param, tmp_path_factory.mktemp(request.param),
                           {"simplified": SIMPLIFIED, "traditional": TRADITIONAL}, MANIFEST, "review")


quantities = quantities_on_line


def test_a_review_section_states_observations_of_the_year_it_named(doc) -> None:
    facts = quantities(doc, 3)
    assert {f[0] for f in facts} == {"observation"}
    assert {(f[2], f[5]) for f in facts} == {(4.0, 2020), (68.5, 2020), (38.6, 2015), (27.3, 2020)}


def test_a_value_at_a_past_year_is_named_by_the_indicator_before_it(doc) -> None:
    assert {f[1] for f in quantities(doc, 3) if f[2] in (38.6, 27.3)} == {"公立医院药占比"}


def test_the_goal_section_still_sets_targets(doc) -> None:
    assert quantities(doc, 5) == {("target", "县域内就诊率", 90.0, "percent", ">=", 2025)}


def test_a_table_with_cells_apart_by_spaces(doc) -> None:
    assert quantities(doc, 8) == {("observation", "人均预期寿命", 78.42, "year", "=", 2020),
                                  ("target", "人均预期寿命", 79.5, "year", ">=", 2025)}
    assert ("target", "孕产妇死亡率", 10.0, "per-100000", "<=", 2025) in quantities(doc, 9)
    assert ("target", "每千人口医疗卫生机构床位数", 7.5, "per-1000-population", ">=", 2025) in quantities(doc, 10)


def test_the_raw_quote_of_a_cell_is_exact(doc) -> None:
    cell = next(f for f in doc.facts if isinstance(f, QuantityFact) and f.value == 79.5)
    assert doc.source.raw[cell.evidence.start:cell.evidence.end] == cell.evidence.quote
    assert cell.evidence.quote.endswith("79.5")
