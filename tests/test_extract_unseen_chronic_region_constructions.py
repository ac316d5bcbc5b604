"""An autonomous region's chronic disease plan and a city's service system plan (issue 14: tests/documents/probe172 and
probe176, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a research centre named by its field after the region's short name (宁夏慢性病防治研究中心);
- an institution's second name after 暨, before the verb of its task (…中医医院暨中医研究院研究制定…);
- designations a hospital passes (通过国家胸痛中心、卒中中心认证) name no institution;
- a national training and a programme joined by 和 after 实施 (全科医生转岗培训和…免费培养项目): two programmes
  (probe172's key lists both).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """宁夏回族自治区慢性病综合防治行动方案（2024—2027年）
一、重点任务
1.健全防治体系。依托宁夏医科大学总医院组建宁夏慢性病防治研究中心，依托宁夏回族自治区中医医院暨中医研究院研究制定中医药防治技术方案。
2.加强心脑血管疾病防治。到2025年，每个县（市、区）至少有1家医院通过国家胸痛中心、卒中中心认证。
3.加快人才培养。实施全科医生转岗培训和农村订单定向医学生免费培养项目。
""",
    "traditional": """寧夏回族自治區慢性病綜合防治行動方案（2024—2027年）
一、重點任(rèn)務
1.健全防治體系。依託寧夏醫科大學總醫院組建寧夏慢(màn)性病防治研究中心，依託寧夏回族自治區中醫醫院暨中(zhōng)醫研究院研究制定中醫藥防治技術方案。
2.加強心腦血管(guǎn)疾病防治。到2025年，每個縣（市、區）至少有1家醫院通過國家胸痛(tòng)中心、卒中中心認證。
3.加快人才培養。實施全科醫生轉崗培(péi)訓和農村訂單定向醫學生免費培養項目。
""",
}

doc = per_script_document(TEXTS, "chronic-region", "宁夏回族自治区慢性病综合防治行动方案（2024—2027年）", "宁夏回族自治区",
                          "2024-06-12")


def test_a_research_centre_and_a_second_name(doc):
    assert names_on_line(doc, 2, "institution") == {"宁夏医科大学总医院", "宁夏慢性病防治研究中心",
                                                   "宁夏回族自治区中医医院暨中医研究院"}


def test_designations_passed_are_no_institutions(doc):
    assert names_on_line(doc, 3, "institution") == set()


def test_an_activity_and_a_programme(doc):
    assert names_on_line(doc, 4, "programme") == {"全科医生转岗培训", "农村订单定向医学生免费培养项目"}
