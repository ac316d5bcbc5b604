"""Names, shares, programmes and agencies found missing on unseen plans (issue 14: tests/documents/probe101, probe102,
probe103, probe106 and probe107, whose keys read them so), written twice: in simplified script and in traditional
script with pinyin noise. Expected values are written by hand.

- a name headed by a division starts after 吸纳, 有, 改扩建 (verbs before which a name starts); a street's name may
  hold 村 (梅村街道); a development zone heads the street of a name (经开区华庄街道社区卫生服务中心); 相邻村 is no
  village's name;
- a past statement (截至2024年底，…；…均确定了至少1家) holds observations, not duties;
- 其中A、B分别达到x和y gives each institution type its own share of the units before;
- the national public-health service projects and the health actions of the nation or a province are programmes
  without a cue (国家基本公共卫生服务项目 and 基本公共卫生服务项目 are one), and so is a special action of the nation's
  (职业健康保护行动, ontology/vocab/programmes.ttl);
- a tier of divisions before an agency type (省级卫生健康行政部门, 省级疾控主管部门, 设区市卫生健康委) is an agency: a
  collective;
- 爱国卫生运动 is a programme after any verb; a count before a name (不少于2次“净烟”专项行动) is no part of it.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """关于推进城市医疗集团和慢性病防控工作的通知
一、工作基础
截至2024年底，全国备案职业健康检查机构3600家；300个地市均确定了至少1家职业病诊断机构。
二、重点任务
1.以无锡市人民医院为牵头医院，吸纳梁溪区北大街街道社区卫生服务中心、经开区华庄街道社区卫生服务中心为成员单位，成员单位还有梅村街道社区卫生服务中心。
2.改扩建无锡市人民医院住院楼，由相邻村卫生室提供巡诊服务。
3.到2026年，二级及以上综合医院设置老年医学科的比例达到80%，其中三级综合医院、县级综合医院分别达到100%和70%。
4.国家基本公共卫生服务项目和重大公共卫生服务项目全面落实，基本公共卫生服务项目资金及时拨付。
5.职业健康保护行动是健康中国行动的重要内容，把健康企业建设作为健康江苏行动的重点。
三、职责分工
（一）各省级卫生健康行政部门负责统筹协调；省级疾控主管部门负责督促医疗机构落实科室设置要求。
（二）各省级疾控主管部门负责组织申报，省级卫生健康行政部门配合做好相关指标的核查。
四、保障措施
（一）融入爱国卫生运动，开展不少于2次“净烟”专项行动，统筹国家基本公共卫生服务项目资金。
（二）设区市卫生健康委负责统筹协调，县（市、区）卫生健康行政部门配合做好核查。
""",
    "traditional": """關於推進城市醫療集團和慢性病防控工作的通知
一、工作基礎
截至2024年底，全國備案職業健康檢查機構3600家；300個地市均確定了至少1家職業病診斷機構。
二、重點任務
1.以無錫市人民醫院爲牽(qiān)頭醫院，吸納梁溪區北大街街道社區衛生服務中心、經開區華莊街道社區衛生服務中心爲成員單位，成員單位還有梅村街道社區衛生服務中心。
2.改擴建無錫市人民醫院住院樓，由相鄰村衛生室提供巡(xún)診服務。
3.到2026年，二級及以上綜合醫院設置老年醫(yī)學科的比例達到80%，其中三級綜合醫院、縣級綜合醫院分別達到100%和70%。
4.國家基本公共衛生服務項目和重大公共衛生服務項目全面落實，基本公共衛生服務項目資金及時撥(bō)付。
5.職業健康保護行動是健康中國行動的重要內容，把健康企業建設作爲健康江蘇行動的重點。
三、職責分工
（一）各省級衛生健康行政部門負責統(tǒng)籌協調；省級疾控主管部門負責督促醫療機構落實科室設置要求。
（二）各省級疾控主管部門負責組織申報，省級衛生健康行政部門配合做好相關指標的核(hé)查。
四、保障措施
（一）融入愛國衛生運動，開展不少於2次“淨煙”專項行動，統(tǒng)籌國家基本公共衛生服務項目資金。
（二）設區市衛生健康委負責統籌協調，縣（市、區）衛生健康行政部門配合做好覈查。
""",
}

doc = per_script_document(TEXTS, "groups", "关于推进城市医疗集团和慢性病防控工作的通知", "全国", "2025-03-21")


def test_a_past_statement_holds_observations_not_duties(doc):
    facts = quantities_on_line(doc, 2)
    assert ("observation", "备案职业健康检查机构", 3600.0, "count", "=", 2024) in facts
    assert {(kind, year) for kind, _, _, _, _, year in facts} == {("observation", 2024)}


def test_names_after_verbs_streets_with_cun_and_zones(doc):
    assert names_on_line(doc, 4, "institution") == {"无锡市人民医院", "梁溪区北大街街道社区卫生服务中心",
                                                    "经开区华庄街道社区卫生服务中心", "梅村街道社区卫生服务中心"}
    assert names_on_line(doc, 5, "institution") == {"无锡市人民医院"}  # 改扩建…; 相邻村卫生室 names no village


def test_other_institution_types_with_their_shares_in_order(doc):
    assert requirements_on_line(doc, 6) == {("老年医学科", "二级及以上综合医院", 80.0, 2026),
                                            ("老年医学科", "三级综合医院", 100.0, 2026),
                                            ("老年医学科", "县级综合医院", 70.0, 2026)}


def test_national_projects_and_health_actions_need_no_cue(doc):
    assert names_on_line(doc, 7, "programme") == {"国家基本公共卫生服务项目", "国家重大公共卫生服务项目"}
    mentions = [f for f in facts_on_line(doc, NamedEntityMention, 7) if f.name == "国家基本公共卫生服务项目"]
    assert {f.written for f in mentions} == {"国家基本公共卫生服务项目", "基本公共卫生服务项目"}  # one, with or without 国家
    assert names_on_line(doc, 8, "programme") == {"健康中国行动", "健康江苏行动", "职业健康保护行动"}


def test_a_tier_of_divisions_before_an_agency_type_is_a_collective(doc):
    line10 = facts_on_line(doc, Responsibility, 10)
    assert {(f.agency.written, f.agency.collective) for f in line10} == {("各省级卫生健康行政部门", True),
                                                                       ("省级疾控主管部门", True)}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 11)} == {
        ("各省级疾控主管部门", "lead"), ("省级卫生健康行政部门", "support")}
    tiers = {f.agency.iri for f in line10} | {f.agency.iri for f in facts_on_line(doc, Responsibility, 11)}
    assert len(tiers) == 2  # with and without 各: one collective each


def test_nationwide_programmes_after_any_verb_and_a_count_is_no_part_of_a_name(doc):
    assert names_on_line(doc, 13, "programme") == {"爱国卫生运动", "净烟专项行动", "国家基本公共卫生服务项目"}


def test_prefecture_level_cities_as_a_tier(doc):
    assert {(f.agency.written, f.agency.collective) for f in facts_on_line(doc, Responsibility, 14)} >= {
        ("设区市卫生健康委", True)}
