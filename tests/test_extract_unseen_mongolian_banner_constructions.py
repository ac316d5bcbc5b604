"""A banner's Mongolian medicine plan (issue 14: tests/documents/probe199, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- units each with its own rate and one share (苏木乡镇卫生院蒙医馆建成率、蒙医科设置率均达到100%): one target per
  rate, the first member's institutions holding for the second, and one requirement per unit; 建成率 is a rate, not
  a verb of setting up;
- a Mongolian medicine service corner (蒙医药服务角) is a unit;
- a town's name may have six characters (巴雅尔图胡硕镇) and spell its sounds with 其 (乌额格其苏木).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """扎鲁特旗蒙医药振兴发展三年行动方案（2024—2026年）
一、主要目标
到2026年，苏木乡镇卫生院蒙医馆建成率、蒙医科设置率均达到100%，嘎查村卫生室蒙医药服务角覆盖率达到85%以上。
二、重点任务
1.做优做强旗蒙医医院。旗蒙医医院规范设置治未病科，做实急诊科和重症医学科。
2.推进蒙医馆建设。支持巨日合镇中心卫生院、巴雅尔图胡硕镇中心卫生院完成蒙医馆提档升级；2026年6月底前，乌额格其苏木卫生院建成蒙医馆。
""",
    "traditional": """扎魯特旗蒙醫藥振興發展三年行動方案（2024—2026年）
一、主要目標(biāo)
到2026年，蘇木鄉鎮衛生院蒙醫館建成率、蒙醫科設置率均達(dá)到100%，嘎查村衛生室蒙醫藥服務角覆蓋率達到85%以上。
二、重點(diǎn)任務
1.做優做強旗蒙醫醫院。旗蒙醫醫院規範設置治未病(bìng)科，做實急診科和重症醫學科。
2.推進蒙醫館建設。支持巨日(rì)合鎮中心衛生院、巴雅爾圖胡碩鎮中心衛生院完成蒙醫(yī)館提檔升級；2026年6月底前，烏額格其蘇木衛生院建成蒙醫館(guǎn)。
""",
}

doc = per_script_document(TEXTS, "mongolian-banner", "扎鲁特旗蒙医药振兴发展三年行动方案（2024—2026年）", "扎鲁特旗",
                          "2024-04-12")


def test_units_each_with_its_own_rate(doc):
    assert quantities_on_line(doc, 2) == {
        ("target", "苏木乡镇卫生院蒙医馆建成率", 100.0, "percent", ">=", 2026),
        ("target", "苏木乡镇卫生院蒙医科设置率", 100.0, "percent", ">=", 2026),
        ("target", "嘎查村卫生室蒙医药服务角覆盖率", 85.0, "percent", ">=", 2026)}
    assert requirements_on_line(doc, 2) == {("蒙医馆", "苏木乡镇卫生院", 100.0, 2026),
                                            ("蒙医科", "苏木乡镇卫生院", 100.0, 2026),
                                            ("蒙医药服务角", "嘎查村卫生室", 85.0, 2026)}


def test_long_town_names(doc):
    assert names_on_line(doc, 5, "institution") == {"巨日合镇中心卫生院", "巴雅尔图胡硕镇中心卫生院", "乌额格其苏木卫生院"}
