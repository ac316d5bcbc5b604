"""Constructions found missing on unseen plans (issue 14: tests/documents/probe79, a province's elderly-care plan;
probe80, a county's medical-community plan; probe81, a city's infectious-disease plan; probe82, a district's
medical-quality plan; probe76–77, island and village clinics), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- departments: a deadline or a basis between the institutions and their verb (要于2025年底前设立, 可根据病种结构设置,
  要按照…确定的进度完成…建设), a place in the institution (在门诊设置), a standard named before the verb (次中心要按照
  二级综合医院标准规范设置…: the subject is 次中心), 巩固/完成/做强 as verbs, a centre in a later clause of the
  sentence naming its host (…，2026年内建成高级卒中中心), a postposed 建成 (县人民医院胸痛中心、卒中中心建成),
  预检分诊点 as a unit;
- shares: one per institution after 分别, 到2030年均不低于80% for each of them, a later year's share right after the
  first (设置率2027年达到85%、2030年达到95%), for the targets too;
- institutions: clinics named by their village or island, a town named 永乡 or 旧县, a two-character county of the
  document's city (攸县疾病预防控制中心), a CDC's name not joined to the next one by 与, command and telemedicine centres;
- responsibilities: 各县市区人民政府负责落实，…配合 (the government leads), 由A、B分别牵头 (both lead).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """株洲市传染病防控和医疗质量提升方案（2025—2027年）
一、主要任务
1.区人民医院、区中医院要于2025年底前设立日间手术中心，其他二级医院可根据病种结构设置日间病房。
2.区人民医院巩固胸痛中心建设成果，2026年内建成高级卒中中心。
3.二级及以上医院在门诊设置“一站式”服务中心，各级各类医疗机构要规范设置预检分诊点。
4.乡镇卫生院和社区卫生服务中心要按照主要指标表确定的进度完成发热诊室建设。
5.到2025年底，县人民医院胸痛中心、卒中中心建成并通过国家标准版认证。
6.推动县中医医院创建三级中医医院，做强骨伤科、针灸推拿科、脑病科等中医优势专科。
7.次中心要按照二级综合医院标准规范设置外科、儿科和康复医学科。
8.到2027年，三级综合医院、三级中医医院设置安宁疗护病区的比例分别达到60%和40%，到2030年均不低于80%。
9.二级及以上综合医院要规范设置老年医学科，设置率2027年达到85%、2030年达到95%。
10.选择凤栖街道谷咀村卫生室、旧县镇阿寺村卫生室等中心村卫生室，在东头山岛卫生室、特呈岛卫生室开展试点，推动村卫生室标准化建设。
11.支持醴陵市疾病预防控制中心、攸县疾病预防控制中心建成实验室，建立市疾控中心与湖南省疾病预防控制中心的协作机制。
12.完善以市紧急医疗救援指挥中心为核心的网络，建设株洲市远程医疗服务中心，永乡镇卫生院、旧县镇中心卫生院设置全科诊室。
13.各县市区人民政府负责落实，市疾控局、市委编办配合。
14.由市教育局、市民政局分别牵头，市卫生健康委、市司法局配合。
""",
    "traditional": """株洲市傳染病防控和醫療質量提升方案（2025—2027年）
一、主要任務
1.區人民醫院、區中醫院要於2025年底前設立日間手術中心，其他二級醫院可根據病種結構設置日間病(bìng)房。
2.區人民醫院鞏固胸痛中心建設成果，2026年內建成高級卒(cù)中中心。
3.二級及以上醫院在門診設置“一站式”服務中心，各級各類醫療機構要規範設置預檢分診點。
4.鄉鎮衛生院和社區衛生服務中心要按照主要指標表確定的進度完成發熱診室建設。
5.到2025年底，縣人民醫院胸痛中心、卒(cù)中中心建成並通過國家標準版認證。
6.推動縣中醫醫院創建三級中醫醫院，做強骨傷科、鍼灸推拿科、腦病科等中醫優勢專科。
7.次中心要按照二級綜合醫院標準規範設置外科、兒(ér)科和康復醫學科。
8.到2027年，三級綜合醫院、三級中醫醫院設置安寧(níng)療護病區的比例分別達到60%和40%，到2030年均不低於80%。
9.二級及以上綜合醫院要規範設置老年醫(yī)學科，設置率2027年達到85%、2030年達到95%。
10.選擇鳳棲(qī)街道谷咀村衛生室、舊縣鎮阿寺村衛生室等中心村衛生室，在東頭(tóu)山島衛生室、特呈島衛生室開展試點，推動村衛生室標準化建設。
11.支持醴陵市疾病預防控制中心、攸縣疾病預(yù)防控制中心建成實驗室，建立市疾控中心與湖南省疾病預防控制中心的協作機制。
12.完善以市緊急醫(yī)療救援指揮中心爲核心的網絡，建設株洲市遠程醫療服務中心，永鄉鎮衛生院、舊縣鎮中心衛生院設置全科診(zhěn)室。
13.各縣市區人民政府負責(zé)落實，市疾控局、市委編辦配合。
14.由市教育局、市民政局分別牽(qiān)頭，市衛生健康委、市司法局配合。
""",
}

doc = per_script_document(TEXTS, "quality", "株洲市传染病防控和医疗质量提升方案（2025—2027年）", "株洲市", "2025-03-21")


def test_a_deadline_or_a_basis_between_institutions_and_their_verb(doc):
    assert requirements_on_line(doc, 2) == {("日间手术中心", "区人民医院", None, 2025), ("日间手术中心", "区中医院", None, 2025),
                                            ("日间病房", "其他二级医院", None, 2025)}
    assert requirements_on_line(doc, 5) == {("发热诊室", "乡镇卫生院", None, None),
                                            ("发热诊室", "社区卫生服务中心", None, None)}


def test_a_centre_of_a_later_clause_hosted_by_the_sentences_institution(doc):
    assert requirements_on_line(doc, 3) == {("胸痛中心", "区人民医院", None, None), ("高级卒中中心", "区人民医院", None, None)}


def test_a_place_in_the_institution_and_a_triage_point(doc):
    assert requirements_on_line(doc, 4) == {("一站式服务中心", "二级及以上医院", None, None),
                                            ("预检分诊点", "各级各类医疗机构", None, None)}


def test_units_the_institution_has_built_and_units_it_builds_up(doc):
    assert requirements_on_line(doc, 6) == {("胸痛中心", "县人民医院", None, 2025), ("卒中中心", "县人民医院", None, 2025)}
    assert requirements_on_line(doc, 7) == {("骨伤科", "县中医医院", None, None), ("针灸推拿科", "县中医医院", None, None),
                                            ("脑病科", "县中医医院", None, None)}


def test_a_standard_named_before_the_verb_is_not_the_subject(doc):
    assert requirements_on_line(doc, 8) == {("外科", "次中心", None, None), ("儿科", "次中心", None, None),
                                            ("康复医学科", "次中心", None, None)}


def test_shares_per_institution_and_a_later_year_for_each(doc):
    assert requirements_on_line(doc, 9) == {
        ("安宁疗护病区", "三级综合医院", 60.0, 2027), ("安宁疗护病区", "三级中医医院", 40.0, 2027),
        ("安宁疗护病区", "三级综合医院", 80.0, 2030), ("安宁疗护病区", "三级中医医院", 80.0, 2030)}
    assert quantities_on_line(doc, 9) == {
        ("target", "三级综合医院设置安宁疗护病区的比例", 60.0, "percent", ">=", 2027),
        ("target", "三级中医医院设置安宁疗护病区的比例", 40.0, "percent", ">=", 2027),
        ("target", "三级综合医院设置安宁疗护病区的比例", 80.0, "percent", ">=", 2030),
        ("target", "三级中医医院设置安宁疗护病区的比例", 80.0, "percent", ">=", 2030)}


def test_a_later_years_share_right_after_the_first(doc):
    assert requirements_on_line(doc, 10) == {("老年医学科", "二级及以上综合医院", 85.0, 2027),
                                             ("老年医学科", "二级及以上综合医院", 95.0, 2030)}
    assert {(value, comparator, year) for _, _, value, _, comparator, year in quantities_on_line(doc, 10)} == {
        (85.0, ">=", 2027), (95.0, ">=", 2030)}


def test_village_and_island_clinics_by_name_not_after_a_verb(doc):
    assert names_on_line(doc, 11, "institution") == {"谷咀村卫生室", "阿寺村卫生室", "东头山岛卫生室", "特呈岛卫生室"}


def test_a_county_of_the_city_and_two_centres_joined_by_yu(doc):
    assert names_on_line(doc, 12, "institution") == {"醴陵市疾病预防控制中心", "攸县疾病预防控制中心", "株洲市疾控中心",
                                                     "湖南省疾病预防控制中心"}


def test_command_and_telemedicine_centres_and_towns_named_with_xiang_or_xian(doc):
    assert names_on_line(doc, 13, "institution") == {"株洲市紧急医疗救援指挥中心", "株洲市远程医疗服务中心", "永乡镇卫生院",
                                                     "旧县镇中心卫生院"}


def test_a_government_that_answers_for_a_task_leads_it(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 14)} == {
        ("各县市区人民政府", "lead"), ("市疾控局", "support"), ("市委编办", "support")}


def test_two_units_that_each_lead(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 15)} == {
        ("市教育局", "lead"), ("市民政局", "lead"), ("市卫生健康委", "support"), ("市司法局", "support")}
