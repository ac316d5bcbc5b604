"""A county's tuberculosis plan (issue 14: tests/documents/probe185, whose key reads them so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- 防治站 and …病控制中心 are disease prevention institutions (县慢性病防治站, 广东省结核病控制中心);
- 会同 before 县 is the verb, not the county 会同县;
- a name after 至 (转诊至广州市胸科医院); 就近镇卫生院 is no town's health centre;
- the short name of the document's own county heads an industrial park (大埔产业转移工业园 in a plan of 大埔县).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """大埔县结核病防治行动计划（2024—2025年）
一、重点任务
1.完善防治机制。县慢性病防治站负责全县结核病防治的规划实施，县人民医院会同县慢性病防治站开展学校筛查。
2.加强耐药患者管理。积极与广东省结核病控制中心建立远程会诊，利福平耐药患者原则上转诊至广州市胸科医院诊治，出院后转诊至就近镇卫生院随访。
3.做好流动人口防控。以大埔产业转移工业园为重点，督促用人单位落实防控责任。
""",
    "traditional": """大埔縣結核病防治行動計劃（2024—2025年）
一、重點任務
1.完善防治機(jī)制。縣慢性病防治站負責全縣結核病防治的規劃實施，縣(xiàn)人民醫院會同縣慢性病防治站開展學校篩查。
2.加強耐藥(yào)患者管理。積極與廣東省結核病控制中心建立遠程會診(zhěn)，利福平耐藥患者原則上轉診至廣州市胸科醫院診治，出(chū)院後轉診至就近鎮衛生院隨訪。
3.做好流動人口防控。以大(dà)埔產業轉移工業園爲重點，督促用人單位落實防控責任(rèn)。
""",
}

doc = per_script_document(TEXTS, "tb-county", "大埔县结核病防治行动计划（2024—2025年）", "梅州市大埔县", "2024-04-26")


def test_a_prevention_station_and_the_verb_before_the_county(doc):
    assert names_on_line(doc, 2, "institution") == {"大埔县慢性病防治站", "大埔县人民医院"}


def test_names_after_zhi_and_no_nearby_town(doc):
    assert names_on_line(doc, 3, "institution") == {"广东省结核病控制中心", "广州市胸科医院"}


def test_the_countys_short_name_heads_a_park(doc):
    assert names_on_line(doc, 4, "institution") == {"大埔产业转移工业园"}
