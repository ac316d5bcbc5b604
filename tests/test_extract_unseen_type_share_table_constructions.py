"""A provincial mental health plan's table of the units each institution type sets up by a year (issue 14:
tests/documents/probe214, whose key reads it so), written twice: in simplified script and in traditional script
with pinyin noise. Expected values are written by hand.

- a pipe table `机构类别 | 应设置的科室或服务 | 2026年设置比例 | 2028年设置比例`: each row's unit in each institution
  type of its first cell (a cell may list two types joined by 和), at the share of the latest year column; each
  year's share a target whose indicator is the share of those institutions with the unit.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """甘肃省心理健康和精神卫生服务能力提升三年行动方案（2026—2028年）
一、工作目标
表1 各级各类机构心理健康和精神卫生科室（服务）设置目标
| 机构类别 | 应设置的科室或服务 | 2026年设置比例 | 2028年设置比例 |
| --- | --- | --- | --- |
| 三级综合医院 | 精神（心理）科 | 70% | 100% |
| 二级综合医院 | 心理门诊 | 40% | 60% |
| 社区卫生服务中心和乡镇卫生院 | 心理咨询室 | 35% | 50% |
注：设置比例以全省同类机构总数为分母计算。
""",
    "traditional": """甘肅省心理健康和精神衛生服務能力提升三年行動方案（2026—2028年）
一、工作目標
表1 各級各類機構心理健康和精神衛(wèi)生科室（服務）設置目標
| 機構類別 | 應設置的科室或服務 | 2026年設置比例 | 2028年設置比例 |
| --- | --- | --- | --- |
| 三級綜合醫院 | 精神（心理）科 | 70% | 100% |
| 二級綜合醫(yī)院 | 心理門診 | 40% | 60% |
| 社區衛生服務中心和鄉鎮衛生院 | 心理諮詢室 | 35% | 50% |
註：設置比例以全省同類機構總數為分母計算。
""",
}

doc = per_script_document(TEXTS, "type-share", "甘肃省心理健康和精神卫生服务能力提升三年行动方案（2026—2028年）",
                          "甘肃省", "2026-03-16")


def test_each_row_gives_its_unit_to_its_types_at_the_latest_share(doc) -> None:
    assert requirements_on_line(doc, 5) == {("精神（心理）科", "三级综合医院", 100.0, 2028)}
    assert requirements_on_line(doc, 6) == {("心理门诊", "二级综合医院", 60.0, 2028)}


def test_a_row_of_two_institution_types(doc) -> None:
    assert requirements_on_line(doc, 7) == {("心理咨询室", "社区卫生服务中心", 50.0, 2028),
                                            ("心理咨询室", "乡镇卫生院", 50.0, 2028)}


def test_the_rows_shares_are_targets_of_the_type_and_unit(doc) -> None:
    found = {(kind, indicator, value, year) for kind, indicator, value, _, _, year in quantities_on_line(doc, 5)}
    assert found == {("target", "三级综合医院设置精神（心理）科的比例", 70.0, 2026),
                     ("target", "三级综合医院设置精神（心理）科的比例", 100.0, 2028)}
