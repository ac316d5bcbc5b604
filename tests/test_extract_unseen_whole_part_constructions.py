"""A county-level city's review of its institutions (issue 14: tests/documents/probe242 and probe32, whose keys read
them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are
written by hand.

- a count of institutions and how many of them have a unit (14家乡镇卫生院中9家设置康复科、3家开设安宁疗护病区):
  the whole counts its kind, each part counts those that have it, and no part is lost;
- an age bound before 高龄老人 is part of the group's name, no value.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """启东市2026年医养结合工作实施方案
一、基本情况
截至2025年底，全市5家二级及以上综合医院中已有4家设置老年医学科，12家乡镇卫生院中8家设置康复科、2家开设安宁疗护病区；80周岁及以上高龄老人6.1万人。
""",
    "traditional": """啟東市2026年醫養結合工作實施方案
一、基本情況
截至2025年底，全市5家二級及以上綜合醫院中已有4家設置老年醫學科，12家鄉鎮衛(wèi)生院中8家設置康復科、2家開設安寧療護病區；80周歲及以上高齡老人6.1萬人。
""",
}

doc = per_script_document(TEXTS, "qidong-elderly-care", "启东市2026年医养结合工作实施方案", "启东市", "2026-02-05")


def test_wholes_and_their_parts_are_named_by_what_they_count(doc) -> None:
    found = {(indicator, value) for kind, indicator, value, unit, _, year in quantities_on_line(doc, 2)
             if kind == "observation" and year == 2025}
    assert {("二级及以上综合医院数", 5.0), ("设置老年医学科的二级及以上综合医院数", 4.0), ("乡镇卫生院数", 12.0),
            ("设置康复科的乡镇卫生院数", 8.0), ("开设安宁疗护病区的乡镇卫生院数", 2.0)} <= found, found


def test_an_age_bound_before_the_oldest_old_is_no_value(doc) -> None:
    found = {(indicator, value) for _, indicator, value, *_ in quantities_on_line(doc, 2)}
    assert ("80周岁及以上高龄老人", 6.1) in found, found
    assert not any(value == 80.0 for _, value in found), found
