"""Constructions found missing on unseen plans (issue 14: tests/documents/probe87, a municipality's community-health
plan; probe88, a city's 健康韶关行动 with twelve actions; probe89, a province's medical-insurance plan; probe90, a
prefecture's AIDS plan), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- responsibilities: a bracket ending the last item of each action (…。（牵头单位：…；配合单位：…）), or on a line of its
  own with two markers, is the action's (the group heading's) task; 科协 is an agency;
- departments: a named hospital's 市级危重孕产妇救治中心, 儿童早期发展门诊 (早期发展 is no verb), another institution
  type with only its share (…设置率达到100%，二级综合医院不低于80%), 独立设置率, 心电图室, 在…服务区内设置…室;
- observations: 从2015年的3.8%下降到2024年的0.42% (both years'); an indicator named after （一） keeps no 一）;
- programmes: “按人头付费”改革试点, “凉山好家风”移风易俗行动, …项目中的…, “阳光体育”运动, but no 中医传统运动 and no
  年度工作计划.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """韶关市健康促进行动方案（2025—2030年）
一、重大行动
（一）健康知识普及行动
1.完善健康科普工作机制。依托市健康教育与促进中心组建健康科普资源库。
2.打造健康科普品牌。推动健康知识进农村、进社区。（牵头单位：市卫生健康局；配合单位：市教育局、市科协）
（二）合理膳食行动
1.深入开展“三减三健”专项行动。推行营养健康食堂。
2.加强临床营养工作。三级医院临床营养科设置率达到100%，二级综合医院不低于80%。（牵头单位：市卫生健康局；配合单位：市市场监管局）
（三）妇幼健康促进行动
1.粤北人民医院、市第一人民医院规范建设市级危重孕产妇救治中心，县级妇幼保健院普遍开设儿童早期发展门诊。
2.社区卫生服务中心配置心电图室，在中医药综合服务区内设置中医治未病室，推广八段锦、太极拳等中医传统运动。
（牵头单位：市卫生健康局、市妇联；配合单位：市教育局）
二、保障措施
（一）二级及以上定点医疗机构医保办独立设置率达到100%。吸毒人群艾滋病新发感染率从2015年的3.8%下降到2024年的0.42%。
（二）开展“按人头付费”改革试点和“凉山好家风”移风易俗行动，做实国家基本公共卫生服务项目中的老年人健康管理，纳入年度工作计划，开展“阳光体育”运动。
""",
    "traditional": """韶關市健康促進行動方案（2025—2030年）
一、重大行動
（一）健康知識普及行動
1.完善健康科(kē)普工作機制。依託市健康教育與促進中心組建健康科普資源庫。
2.打造健康科普品牌。推動健康知識進農村、進社區。（牽頭單位：市衛生健康局；配合單位：市教育局、市科(kē)協）
（二）合理膳食行動
1.深入開展“三減三健”專項行動。推行營養健康食堂。
2.加強臨牀營養工作。三級醫院臨牀營(yíng)養科設置率達到100%，二級綜合醫院不低於80%。（牽頭單位：市衛生健康局；配合單位：市市場監管局）
（三）婦幼健康促進行動
1.粵北人民醫院、市第一人民醫院規範建設市級危(wēi)重孕產婦救治中心，縣級婦幼保健院普遍開設兒童早期發展門診。
2.社區衛生服務中心配置心電(diàn)圖室，在中醫藥綜合服務區內設置中醫治未病(bìng)室，推廣八段錦、太極拳等中醫傳統運動。
（牽頭單位：市衛生健康局、市婦聯；配合單(dān)位：市教育局）
二、保障措施
（一）二級及以上定點醫療機構醫(yī)保辦獨立設置率達到100%。吸(xī)毒人羣艾滋病新發感染率從2015年的3.8%下降到2024年的0.42%。
（二）開展“按人頭(tóu)付費”改革試點和“涼山好家風”移風(fēng)易俗行動，做實國家基本公共衛生服務項目中的老年人健康管理，納入年度工作計劃，開展“陽(yáng)光體育”運動。
""",
}

doc = per_script_document(TEXTS, "actions", "韶关市健康促进行动方案（2025—2030年）", "韶关市", "2025-03-18")


def _heading_path(doc, words: str) -> str:
    return next(p.path for p in doc.provisions if words in p.heading)


def test_a_bracket_closing_each_actions_last_item_is_the_actions_task(doc):
    for line, action in ((4, "健康知识普及行动"), (7, "合理膳食行动"), (11, "妇幼健康促进行动")):
        assert {f.provision for f in facts_on_line(doc, Responsibility, line)} == {_heading_path(doc, action)}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 4)} == {
        ("市卫生健康局", "lead"), ("市教育局", "support"), ("市科协", "support")}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 11)} == {
        ("市卫生健康局", "lead"), ("市妇联", "lead"), ("市教育局", "support")}


def test_another_institution_type_with_only_its_share(doc):
    assert requirements_on_line(doc, 7) == {("临床营养科", "三级医院", 100.0, 2030), ("临床营养科", "二级综合医院", 80.0, 2030)}


def test_a_named_hospitals_city_level_centre_and_an_early_development_clinic(doc):
    assert requirements_on_line(doc, 9) == {
        ("市级危重孕产妇救治中心", "粤北人民医院", None, None), ("市级危重孕产妇救治中心", "市第一人民医院", None, None),
        ("儿童早期发展门诊", "县级妇幼保健院", None, None)}


def test_rooms_in_a_community_centre_and_no_programme_of_traditional_exercises(doc):
    assert requirements_on_line(doc, 10) == {("心电图室", "社区卫生服务中心", None, None),
                                             ("中医治未病室", "社区卫生服务中心", None, None)}
    assert names_on_line(doc, 10, "programme") == set()


def test_an_independent_set_up_rate_and_values_from_one_year_to_another(doc):
    assert requirements_on_line(doc, 13) == {("医保办", "二级及以上定点医疗机构", 100.0, 2030)}
    assert quantities_on_line(doc, 13) == {
        ("target", "二级及以上定点医疗机构医保办独立设置率", 100.0, "percent", ">=", 2030),
        ("observation", "吸毒人群艾滋病新发感染率", 3.8, "percent", "=", 2015),
        ("observation", "吸毒人群艾滋病新发感染率", 0.42, "percent", "=", 2024)}


def test_quoted_names_with_a_reform_or_custom_word_and_a_programme_before_zhongde(doc):
    assert names_on_line(doc, 14, "programme") == {"按人头付费改革试点", "凉山好家风移风易俗行动", "国家基本公共卫生服务项目",
                                                   "阳光体育运动"}
