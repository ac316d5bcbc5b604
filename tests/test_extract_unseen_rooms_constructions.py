"""Rooms of primary care and hospitals found missing on unseen plans (issue 14: tests/documents/probe119 and probe123,
whose keys read them as department requirements), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- 高压氧舱室, 急诊急救室, 氧疗室, 公共卫生室, 调剂室 and 手术室 are rooms an institution sets up;
- a heading that builds a room at two levels (建设州县高压氧舱室) names no institution: the body does.
"""

from __future__ import annotations

from tests.conftest import per_script_document, requirements_on_line

TEXTS = {
    "simplified": """青海省高原医学和牧区急救能力提升方案
一、重点任务
1.建设州县高压氧舱室。
2.到2027年，县级人民医院高压氧舱室设置率不低于50%。
3.各乡镇卫生院要设置急诊急救室（抢救室），中心乡镇卫生院应设置氧疗室。
4.县中医医院要规范中药饮片调剂室和中药煎药室，县人民医院新建手术室。
""",
    "traditional": """青海省高原醫學和牧區急救能力提升方案
一、重點任務
1.建設州縣高壓氧艙室。
2.到2027年，縣級人民醫院高壓氧艙(cāng)室設置率不低於50%。
3.各鄉鎮衛生院要設置急診急救(jiù)室（搶救室），中心鄉鎮衛生院應設置氧療室。
4.縣中醫醫院要規範中藥飲片調(tiáo)劑室和中藥煎藥室，縣人民醫院新建手術室。
""",
}

doc = per_script_document(TEXTS, "rooms", "青海省高原医学和牧区急救能力提升方案", "青海省", "2025-03-12")


def test_a_heading_at_two_levels_is_no_requirement(doc):
    assert requirements_on_line(doc, 2) == set()


def test_rooms_with_a_share_and_without(doc):
    assert requirements_on_line(doc, 3) == {("高压氧舱室", "县级人民医院", 50.0, 2027)}
    assert requirements_on_line(doc, 4) == {("急诊急救室（抢救室）", "乡镇卫生院", None, None),
                                            ("氧疗室", "中心乡镇卫生院", None, None)}
    assert ("手术室", "县人民医院", None, None) in requirements_on_line(doc, 5)
