"""A county plan's indicator table copied from a web page (issue 14: tests/documents/probe212, whose key reads it
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- a table whose cells are apart by spaces with one row broken inside a cell across two lines, as scraped text
  breaks it (`疾病防控  以乡镇为单位适龄儿童免疫规划疫苗` / `接种率  %  96  ≥95  约束性`): the row is one row again and
  the rows after it stay in the table (before, the table ended at the break and its later rows were lost).
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """沙河县卫生与健康事业发展“十三五”规划
表1  主要指标
类别  指标  单位  2015年  2020年  属性
健康水平  婴儿死亡率  ‰  5.3  <5  约束性
疾病防控  以乡镇为单位适龄儿童免疫规划疫苗
接种率  %  96  ≥95  约束性
医疗资源  每千人口执业（助理）医师数  人  1.48  ≥2.2  预期性
医疗服务  县域内就诊率  %  82  90以上  约束性
注：指标解释(略)
""",
    "traditional": """沙河縣衛生與健康事業發展“十三五”規劃
表1  主要指標
類別  指標  單位  2015年  2020年  屬性
健康水平  嬰兒死亡率  ‰  5.3  <5  約束性
疾病防控  以鄉鎮為單位適齡兒童免疫規劃疫(yì)苗
接種率  %  96  ≥95  約束性
醫療資源  每千人口執業（助理）醫師數  人  1.48  ≥2.2  預期性
醫療服務  縣域內就診率  %  82  90以上  約束性
註：指標解釋(略)
""",
}

doc = per_script_document(TEXTS, "broken-row", "沙河县卫生与健康事业发展“十三五”规划", "河南省", "2017-03-20")


def _values(doc, line: int) -> set[tuple]:
    return {(kind, value, comparator, year) for kind, _, value, _, comparator, year in quantities_on_line(doc, line)}


def test_the_row_broken_inside_a_cell_is_one_row(doc) -> None:
    found = {(kind, indicator, value, year) for kind, indicator, value, _, _, year in quantities_on_line(doc, 4)}
    assert found == {("observation", "以乡镇为单位适龄儿童免疫规划疫苗接种率", 96.0, 2015),
                     ("target", "以乡镇为单位适龄儿童免疫规划疫苗接种率", 95.0, 2020)}


def test_the_rows_after_the_break_stay_in_the_table(doc) -> None:
    assert _values(doc, 6) == {("observation", 1.48, "=", 2015), ("target", 2.2, ">=", 2020)}
    assert _values(doc, 7) == {("observation", 82.0, "=", 2015), ("target", 90.0, ">=", 2020)}
