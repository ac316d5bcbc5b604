"""Tables of a city's capacity plan and a league's Mongolian medicine plan (issue 14: tests/documents/probe182 and
probe184, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a pipe table with one row per hospital and one column per measure, under a caption saying the year of its data
  (除注明外均为2023年数据), one column with its own year and aim (2025年目标CMI值): each value is the hospital's
  own measure, of the caption's year (an observation) or of its column's (a target); a rule line |---| is no row;
- a table one cell per line whose place column is 旗县市, with a 全盟 total.
"""

from __future__ import annotations

import pytest

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """赣南市医疗服务能力提升年实施方案（2024—2025年）
一、工作目标
表1 赣南市重点医院医疗服务能力主要指标（除注明外均为2023年数据）
| 医院名称 | 三、四级手术占比（%） | 平均住院日（天） | 2025年目标CMI值 |
|---|---|---|---|
| 赣南市人民医院 | 58.7 | 7.6 | 1.18 |
| 桐溪县人民医院 | 35.9 | 8.7 | 0.93 |
附件 各旗县市蒙医馆建设目标表
旗县市
2023年蒙医馆数（个）
2027年目标（个）
锡林浩特市
10
13
多伦县
6
7
全盟
16
20
""",
    "traditional": """贛南市醫療服務能力提升年實施方案（2024—2025年）
一、工作目標
表(biǎo)1 贛南市重點醫院醫療服務能力主要指標（除註明外均爲(wèi)2023年數據）
| 醫院名稱 | 三、四級手術佔比（%） | 平均住院日（天） | 2025年目標(biāo)CMI值 |
|---|---|---|---|
| 贛南市人民醫院 | 58.7 | 7.6 | 1.18 |
| 桐溪縣人民醫院 | 35.9 | 8.7 | 0.93 |
附件 各旗縣市蒙醫(yī)館建設目標表
旗縣市
2023年蒙醫館數（個）
2027年目標（個）
錫林浩特(tè)市
10
13
多倫縣
6
7
全盟
16
20
""",
}

doc = per_script_document(TEXTS, "measure-tables", "赣南市医疗服务能力提升年实施方案（2024—2025年）", "赣南市",
                          "2024-03-26")


@pytest.mark.parametrize(("line", "hospital", "share", "days", "cmi"), [
    (5, "赣南市人民医院", 58.7, 7.6, 1.18), (6, "桐溪县人民医院", 35.9, 8.7, 0.93)])
def test_a_row_per_hospital_and_a_column_per_measure(doc, line, hospital, share, days, cmi):
    assert quantities_on_line(doc, line) == {
        ("observation", f"{hospital}三、四级手术占比", share, "percent", "=", 2023),
        ("observation", f"{hospital}平均住院日", days, "day", "=", 2023),
        ("target", f"{hospital}CMI值", cmi, None, ">=", 2025)}


@pytest.mark.parametrize(("line", "place", "kind", "value", "comparator", "year"), [
    (12, "锡林浩特市", "observation", 10.0, "=", 2023), (13, "锡林浩特市", "target", 13.0, ">=", 2027),
    (15, "多伦县", "observation", 6.0, "=", 2023), (16, "多伦县", "target", 7.0, ">=", 2027),
    (18, "全盟", "observation", 16.0, "=", 2023), (19, "全盟", "target", 20.0, ">=", 2027)])
def test_a_row_per_banner_county_or_city(doc, line, place, kind, value, comparator, year):
    assert quantities_on_line(doc, line) == {(kind, f"{place}蒙医馆数", value, "count", comparator, year)}
