"""Constructions found missing on unseen plans (issue 14: tests/documents/probe71, a city's health tourism plan;
probe72, a province's urban medical groups; probe73, a district's myopia and school health plan; probe74, a national
notice on vaccination services), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- titles without 《》 named by their edition (预防接种工作规范（2023年版）, …和…指导原则（2020年版）); a law named short
  after its full name is the same law; an issuer code of seven characters (国疾控综卫免函〔2024〕18号) (probe74);
- the disease-control administration's 综合监督司 (probe74);
- units a CDC runs under its name, medical groups after their lead hospital, schools (probe72–74);
- counts after the thing a clause builds or selects (培育…线路5条, 遴选推广…20项), no value in a size band (600名学生以上
  的…学校) (probe71, probe73);
- a pipe table of medical groups whose caption says 截至…: each group's count an observation of that year (probe72).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """国家疾控局综合司关于提升预防接种服务质量的通知
各省、自治区、直辖市疾控局：
为贯彻《中华人民共和国疫苗管理法》，根据预防接种工作规范（2023年版）有关要求，现通知如下。
一、重点任务
1.严格执行疫苗储存和运输管理规范（2017年版）和非免疫规划疫苗使用指导原则（2020年版），依据疫苗管理法等法律法规加强监督。（国家疾控局综合监督司牵头，卫生与免疫规划司配合）
2.中国疾病预防控制中心病毒病预防控制所、中国疾病预防控制中心免疫规划中心等单位提供技术支持。组建哈尔滨市第一医院医疗集团和大庆市人民医院医疗集团。在黄埔区香雪小学、广州市第八十六中学开展试点。
3.培育中医药健康旅游精品线路5条，遴选推广壮瑶医适宜技术20项。600名学生以上的非寄宿制学校应当设立卫生室。
4.各地要按照国疾控综卫免函〔2024〕18号文件要求报送数据。
紧密型城市医疗集团名单（截至2025年3月）
序号|试点城市|医疗集团名称|牵头医院|成员单位（家）
1|哈尔滨市|哈尔滨市第一医院医疗集团|哈尔滨市第一医院|18
2|大庆市|大庆龙南医疗集团|大庆龙南医院|8
""",
    "traditional": """國家疾控局綜合司關於提升預防接種服務質量的通知
各省、自治區、直轄市疾控局：
爲貫徹《中華人民共和國疫苗管理法》，根據預防接種工作規範（2023年版）有關要求，現通知如下。
一、重點任務
1.嚴格執行疫苗儲(chǔ)存和運輸管理規範（2017年版）和非免疫規劃疫苗使用指導原則（2020年版），依據疫苗管理法等法律法規加強監督。（國家疾控局綜合監督(dū)司牽頭，衛生與免疫規劃司配合）
2.中國疾病預防控制中心病毒病預(yù)防控制所、中國疾病預防控制中心免疫規劃中心等單位提供技術支持。組建哈爾濱市第一醫院醫療集團和大慶市人民醫院醫療集團。在黃埔區香雪小學(xué)、廣州市第八十六中學開展試點。
3.培育中醫藥健康旅遊精品線(xiàn)路5條，遴選推廣壯瑤醫適宜技術20項。600名學生以上的非寄宿制學校應當設立衛生室。
4.各地要按照國疾控綜衛免函〔2024〕18號文件要求報送數據。
緊密型城市醫療集團名單（截至2025年3月）
序號|試點城市|醫療集團名(míng)稱|牽頭醫院|成員單位（家）
1|哈爾濱市|哈爾濱市第一醫院醫療集團|哈爾濱市第一醫院|18
2|大慶市|大慶龍南醫療集團|大慶龍南醫院|8
""",
}

doc = per_script_document(TEXTS, "vaccination", "国家疾控局综合司关于提升预防接种服务质量的通知", "中华人民共和国",
                          "2025-03-14")


def test_titles_by_their_edition_short_laws_and_long_issuer_codes(doc):
    assert {f.title for f in facts_on_line(doc, Citation, 2)} == {"中华人民共和国疫苗管理法", "预防接种工作规范（2023年版）"}
    assert {f.title for f in facts_on_line(doc, Citation, 4)} == {
        "疫苗储存和运输管理规范（2017年版）", "非免疫规划疫苗使用指导原则（2020年版）", "中华人民共和国疫苗管理法"}
    assert {f.number for f in facts_on_line(doc, Citation, 7)} == {"国疾控综卫免函〔2024〕18号"}


def test_a_national_administrations_supervision_department(doc):
    assert {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, 4)} == {
        ("国家疾控局综合监督司", "lead"), ("国家疾控局卫生与免疫规划司", "support")}


def test_units_a_cdc_runs_medical_groups_and_schools(doc):
    assert names_on_line(doc, 5, "institution") == {
        "中国疾病预防控制中心病毒病预防控制所", "中国疾病预防控制中心免疫规划中心", "哈尔滨市第一医院医疗集团",
        "大庆市人民医院医疗集团", "黄埔区香雪小学", "广州市第八十六中学"}


def test_counts_after_what_a_clause_builds_and_no_value_in_a_size_band(doc):
    assert quantities_on_line(doc, 6) == {("target", "中医药健康旅游精品线路", 5.0, "count", "=", None),
                                          ("target", "遴选推广壮瑶医适宜技术", 20.0, "count", "=", None)}


def test_a_table_of_groups_as_of_its_captions_date(doc):
    assert quantities_on_line(doc, 10) == {("observation", "哈尔滨市第一医院医疗集团成员单位", 18.0, "count", "=", 2025)}
    assert quantities_on_line(doc, 11) == {("observation", "大庆龙南医疗集团成员单位", 8.0, "count", "=", 2025)}
