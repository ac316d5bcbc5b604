"""Constructions of a prefecture city's 15th five-year health plan (issue 14: tests/documents/probe210, whose key
reads them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- a bracketed region right after a division's name is part of an institution's name
  (江西省（赣西）心血管病区域医疗中心);
- a quoted count ending a list abbreviates it (名医、名科、名院“三名”工程 → 三名工程), while a field before a quoted
  count stays in the name (中医药“五个一”工程);
- 国家和省级重大项目 names no programme;
- two population groups sharing one measure (65岁及以上老年人和0—36个月儿童中医药健康管理率分别达到…): each group
  takes the whole measure after the last group's name, not only its last word (…管理率).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """瑞昌市卫生健康事业发展“十五五”规划（2026—2030年）
一、重点任务
1.支持市人民医院建成江西省（赣西）心血管病区域医疗中心。
2.启动名医、名科、名院“三名”工程，实施中医药“五个一”工程。
3.为我市争取国家和省级重大项目、引进高水平医疗资源创造了有利条件。
4.到2030年，65岁及以上老年人和0—36个月儿童中医药健康管理率分别达到75%和80%。
""",
    "traditional": """瑞昌市衛生健康事業發展“十五五”規劃（2026—2030年）
一、重點任務
1.支持市人民醫院建成江西省（贛西）心血管病區(qū)域醫療中心。
2.啟動名醫、名科、名院“三名”工程，實施中醫藥“五個一”工程。
3.為我市爭取國家和省級重大項(xiàng)目、引進高水平醫療資源創造了有利條件。
4.到2030年，65歲及以上老年人和0—36個月兒童中醫藥健康管(guǎn)理率分別達到75%和80%。
""",
}

doc = per_script_document(TEXTS, "city-2030", "瑞昌市卫生健康事业发展“十五五”规划（2026—2030年）", "江西省",
                          "2026-03-20")


def test_a_bracketed_region_inside_an_institution_name(doc) -> None:
    assert "江西省（赣西）心血管病区域医疗中心" in names_on_line(doc, 2, "institution")


def test_a_quoted_count_ending_a_list_names_the_programme(doc) -> None:
    assert names_on_line(doc, 3, "programme") == {"三名工程", "中医药五个一工程"}


def test_national_and_provincial_major_projects_name_no_programme(doc) -> None:
    assert names_on_line(doc, 4, "programme") == set()


def test_population_groups_sharing_one_measure(doc) -> None:
    found = {(indicator, value, year) for kind, indicator, value, _, _, year in quantities_on_line(doc, 5)}
    assert found == {("65岁及以上老年人中医药健康管理率", 75.0, 2030), ("0—36个月儿童中医药健康管理率", 80.0, 2030)}
