"""A township's yearly health work plan (issue 14: tests/documents/probe216, whose key reads it so), written twice:
in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a tab-separated indicator table whose last column is 责任站所 (the township's own stations: 镇属各站所) gives
  each row's listed units as responsible for that row's indicator;
- an ordinal before an occasion is no part of its name (第38个爱国卫生月活动 → 爱国卫生月活动); a campaign taken
  into homes and given as talks names an 活动 (健康进万家巡讲活动); 适量运动 among lifestyle habits is exercise,
  not a campaign (爱国卫生运动 is one);
- a unit that some institutions of a type may set up (有条件的村卫生室设立中医阁) and the share of that type that
  must have it, in the same sentence, are one requirement with its share; a year's work plan (丰乐镇2026年…工作
  实施方案) sets it for that year.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TOWNSHIP = {
    "simplified": """丰乐镇2026年卫生健康工作实施方案
一、主要目标
主要指标见下表：
序号\t指标\t2025年完成值\t2026年目标值\t责任站所
1\t家庭医生签约服务覆盖率（%）\t61.5\t≥65\t镇卫生院
2\t孕产妇系统管理率（%）\t92.4\t≥95\t镇卫生院、镇妇联
二、重点任务
1.组织开展第36个爱国卫生月活动，开展健康进万家巡讲活动。
2.深入开展爱国卫生运动。鼓励各村将讲卫生、戒烟限酒、适量运动等健康生活方式内容纳入村规民约。
3.支持有条件的村卫生室设立中医阁，建设中医阁的村卫生室占比不低于50%。
""",
    "traditional": """豐樂鎮2026年衛生健康工作實施方案
一、主要目標
主要指標見下表：
序號\t指標\t2025年完成值\t2026年目標值\t責任站所
1\t家庭醫生簽約服(fú)務覆蓋率（%）\t61.5\t≥65\t鎮衛生院
2\t孕產婦系統管理率（%）\t92.4\t≥95\t鎮衛生院、鎮婦聯
二、重點任務
1.組織開展第36個愛國衛(wèi)生月活動，開展健康進萬家巡講活動。
2.深入開展愛國衛生運動。鼓勵各村將講衛(wèi)生、戒煙限酒、適量運(yùn)動等健康生活方式內容納入村規民約。
3.支持有條件的村衛生室設立中醫閣，建設中醫閣的村衛(wèi)生室佔比不低於50%。
""",
}

doc = per_script_document(TOWNSHIP, "township-station", "丰乐镇2026年卫生健康工作实施方案", "丰乐镇", "2026-02-10")


def _agencies(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_station_column_names_each_rows_responsible_units(doc):
    assert _agencies(doc, 4) == {("镇卫生院", "responsible")}
    assert _agencies(doc, 5) == {("镇卫生院", "responsible"), ("镇妇联", "responsible")}


def test_the_station_column_is_no_part_of_the_rows_targets(doc):
    from tests.conftest import quantities_on_line

    assert {(q[2], q[5]) for q in quantities_on_line(doc, 5) if q[0] == "target"} == {(95.0, 2026)}


def test_an_ordinal_before_an_occasion_and_a_campaign_taken_into_homes(doc):
    assert names_on_line(doc, 7, "programme") == {"爱国卫生月活动", "健康进万家巡讲活动"}


def test_exercise_among_lifestyle_habits_is_no_campaign(doc):
    assert names_on_line(doc, 8, "programme") == {"爱国卫生运动"}


def test_a_conditional_unit_and_its_share_are_one_requirement(doc):
    assert requirements_on_line(doc, 9) == {("中医阁", "村卫生室", 50.0, 2026)}
