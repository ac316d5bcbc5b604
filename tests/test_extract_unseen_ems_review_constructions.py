"""A city's pre-hospital emergency plan and a national notice on older people's primary care (issue 14:
tests/documents/probe153 and probe154, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- a section headed …工作进展和存在的问题 reviews what was reached: its values are observations of its year;
- a designation a hospital wins (通过国家胸痛中心认证) and a kind of site (急救站点) name no institution; a district's
  hospital in an aside (（含柳江区人民医院）) is named, not the region's (区 ends 柳江区);
- public service numbers (120呼叫, 与110、119、122联动) are no values, 120辆 is;
- a table with one row per county and a 目标数 column: one fact per cell, read once.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """柳州市院前医疗急救体系建设三年行动方案（2025—2027年）
一、2024年工作进展和存在的问题
全市二级及以上综合医院设立老年医学科的比例由2023年的61.5%提高到68.9%，社区卫生服务中心设置康复科的比例仅为52.3%。全市已有9家医院通过国家胸痛中心认证，6家县级综合医院（含柳江区人民医院）建成卒中中心。
二、目标任务
到2027年，全市120呼叫满足率达到100%，市区急救站点服务半径不超过5公里，配置救护车120辆。推动120指挥调度平台与110、119、122联动。
表1 各县（区）急救站点配置目标
县（区）|2024年急救站点数（个）|2027年目标数（个）|2027年救护车配置目标（辆）
城中区|4|5|12
柳城县|3|5|13
""",
    "traditional": """柳州市院前醫療急救體系建設三年行動方案（2025—2027年）
一、2024年工作進(jìn)展和存在的問題
全市二級及以上綜合醫院設立老年醫學科的比例由2023年的61.5%提高到68.9%，社區衛生服務中心設置康復科的比例僅爲52.3%。全市已有9家醫院通過國家胸痛中心認(rèn)證，6家縣級綜合醫院（含柳(liǔ)江區人民醫院）建成卒中中心。
二、目標任務
到2027年，全市120呼(hū)叫滿足率達到100%，市區急救站點服務半徑不超過5公里，配置救護車120輛。推動120指揮調度平臺與110、119、122聯(lián)動。
表1 各縣（區）急救站點配置目標
縣（區）|2024年急救站點數（個）|2027年目標數（個）|2027年救護車配置目標（輛）
城(chéng)中區|4|5|12
柳城縣|3|5|13
""",
}

doc = per_script_document(TEXTS, "ems-review", "柳州市院前医疗急救体系建设三年行动方案（2025—2027年）", "柳州市",
                          "2025-03-21")


def test_a_section_of_progress_and_problems_holds_observations(doc):
    facts = quantities_on_line(doc, 2)
    assert {kind for kind, *_ in facts} == {"observation"}
    assert {(value, year) for _, _, value, unit, _, year in facts if unit == "percent"} == {
        (68.9, 2024), (61.5, 2023), (52.3, 2024)}


def test_designations_won_and_sites_name_no_institution(doc):
    assert names_on_line(doc, 2, "institution") == {"柳江区人民医院"}
    assert names_on_line(doc, 4, "institution") == set()


def test_service_numbers_are_no_values(doc):
    assert {(indicator, value, unit) for _, indicator, value, unit, _, _ in quantities_on_line(doc, 4)} == {
        ("120呼叫满足率", 100.0, "percent"), ("市区急救站点服务半径", 5.0, "kilometre"), ("配置救护车", 120.0, "count")}


def test_each_table_cell_read_once(doc):
    assert quantities_on_line(doc, 7) == {
        ("observation", "城中区急救站点数", 4.0, "count", "=", 2024),
        ("target", "城中区急救站点数", 5.0, "count", "=", 2027),
        ("target", "城中区救护车配置", 12.0, "count", ">=", 2027)}
