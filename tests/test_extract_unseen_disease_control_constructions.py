"""Constructions found missing on unseen plans (issue 14: tests/documents/probe39, a prefecture city's plan for its
disease-control system; probe35, a county's five-year plan), written twice: in simplified script and in traditional
script with pinyin noise. Expected values are written by hand.

- rooms and places are counted (负压病房不少于20间, 隔离医学观察场所1处, 隔离房间不少于300间): 间 and 处 are count
  units, and a ward counted right after its name is still a unit of the hospital that sets it up;
- a construction standard's code (建标127—2021) holds no value.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """某市疾病预防控制体系建设实施方案（2024—2027年）
（一）加强能力建设。对照《疾病预防控制中心建设标准》（建标127—2021）要求，到2026年市疾病预防控制中心新增业务用房1.2万平方米。
（二）强化救治能力。市第二人民医院完成传染病病区改造，设置负压病房不少于20间。
（三）完善隔离场所。到2027年，规划建设平急两用隔离医学观察场所1处，可提供隔离房间不少于300间。
""",
    "traditional": """某市疾病預防控制體系建設實施方案（2024—2027年）
（一）加強能力建設。對照《疾病預防控制中心建設標準》（建(jiàn)標127—2021）要求，到2026年市疾病預防控制中心新增業務用房1.2萬平方米。
（二）強化救治能力。市第二人民醫院完成傳染病病區改造，設置負(fù)壓病房不少於20間。
（三）完善隔離場所。到2027年，規劃建設平急兩用隔離醫學觀察場所1處，可提供隔離房(fáng)間不少於300間。
""",
}

doc = per_script_document(TEXTS, "city-disease-control", "牡丹江市疾病预防控制体系建设实施方案（2024—2027年）", "牡丹江市",
                          "2024-06-14")


def test_rooms_and_places_are_counted(doc) -> None:
    assert quantities_on_line(doc, 2) == {("target", "负压病房", 20.0, "count", ">=", 2027)}
    # 完成传染病病区改造 renovates a ward: a requirement of its own (probe39's key reads it so)
    assert requirements_on_line(doc, 2) == {("负压病房", "市第二人民医院", None, None),
                                            ("传染病病区", "市第二人民医院", None, None)}
    assert quantities_on_line(doc, 3) == {("target", "规划建设平急两用隔离医学观察场所", 1.0, "count", "=", 2027),
                                         ("target", "可提供隔离房间", 300.0, "count", ">=", 2027)}


def test_a_standards_code_holds_no_value(doc) -> None:
    assert {value for _, _, value, *_ in quantities_on_line(doc, 1)} == {12000.0}
