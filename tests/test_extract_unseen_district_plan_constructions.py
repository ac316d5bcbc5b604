"""Constructions of a city district's implementation plan (issue 14: tests/documents/probe213, whose key reads them
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- two satisfaction measures sharing one value after 均 (门诊和住院患者满意度均达到92%以上): one target each;
- a street named by its quarter of the city heads its community health centre (城东街道社区卫生服务中心), in a list;
- a hospital named after another hospital and a province is that hospital's branch there
  (国家区域医疗中心上海市第六人民医院福建医院), not the parent hospital.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """丰泽区“十五五”医疗卫生服务体系建设实施方案（2026—2030年）
一、主要目标
到2027年，区属公立医院门诊和住院患者满意度均达到92%以上。
二、重点任务
1.支持丰泽街道社区卫生服务中心、城东街道社区卫生服务中心按照社区医院标准完善功能设置。
2.积极对接国家区域医疗中心上海市第六人民医院福建医院，开展专科共建。
""",
    "traditional": """豐澤區“十五五”醫療衛生服務體系建設實施方案（2026—2030年）
一、主要目標
到2027年，區屬公立醫院門診和住院患者滿(mǎn)意度均達到92%以上。
二、重點任務
1.支持豐澤街道社區衛生服務中心、城東街道社區衛(wèi)生服務中心按照社區醫院標準完善功能設置。
2.積極對接國家區域醫療中心上海市第六人民醫院福建醫(yī)院，開展專科共建。
""",
}

doc = per_script_document(TEXTS, "district-plan", "丰泽区“十五五”医疗卫生服务体系建设实施方案（2026—2030年）",
                          "泉州市", "2026-03-18")


def test_two_satisfaction_measures_sharing_one_value(doc) -> None:
    found = {(kind, indicator, value, comparator, year)
             for kind, indicator, value, _, comparator, year in quantities_on_line(doc, 2)}
    assert found == {("target", "区属公立医院门诊患者满意度", 92.0, ">=", 2027),
                     ("target", "住院患者满意度", 92.0, ">=", 2027)}


def test_a_street_named_by_its_quarter_of_the_city(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"丰泽街道社区卫生服务中心", "城东街道社区卫生服务中心"}


def test_a_hospital_branch_named_by_a_province(doc) -> None:
    assert names_on_line(doc, 5, "institution") == {"上海市第六人民医院福建医院"}
