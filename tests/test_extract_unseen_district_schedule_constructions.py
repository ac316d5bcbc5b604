"""A district's public-health work points and a province's critical-care notice (issue 14: tests/documents/probe238
and probe239, whose keys read them so), written twice: in simplified script and in traditional script. Expected
values are written by hand.

- a deadline between institutions and their verb (…要于9月底前完成, …年内建成), a quoted kind of renovation after a
  unit (发热门诊“平急两用”改造; not a programme's “435”建设计划), 新设成人… (成人 is no 设成), a hospital's branch as
  the institution (…人民医院城东分院), towns listed before one town's institution (在北海街道、塔山街道社区卫生服务中心
  各建成…), ICU wards written in Latin letters (NICU), a unit two departments run together (…科和…科联合诊疗中心);
- programmes after 入选 and before the part of them an object names (…建设项目优先支持范围);
- units listed after a lead that 协同推进, a collective's bracket among them (和各镇（街道）协同推进);
- the next count of a built list (新建健康主题公园3个、健康步道5条) and a vaccine's valency inside its name (13价);
- a schedule of work (序号 / 工作任务 / 责任单位 / 完成时限): its task cells are read as text, with the row's year;
- an institution's units (温州医科大学各附属医院) name the institution.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """绍兴市越城区2026年公共卫生工作要点
各街道、镇，区级有关单位，温州医科大学各附属医院：
一、主要目标
年内新建健康主题公园3个、健康步道5条，为辖区65周岁及以上户籍老年人免费接种13价肺炎球菌多糖疫苗2万剂次。
二、重点工作
（一）越城区人民医院、绍兴市人民医院城东分院要于9月底前完成发热门诊“平急两用”改造，府山街道社区卫生服务中心新设成人预防接种门诊。
（二）年内在北海街道、塔山街道社区卫生服务中心各建成1个心理咨询室，力争每个镇至少有1家医疗机构设置NICU。
（三）绍兴市中医院年内建成脾胃病科和治未病科联合诊疗中心，实施临床重点专科“435”建设计划。
（四）将重症医学科纳入省级临床重点专科建设项目优先支持范围，已有2个专科入选国家临床重点专科建设项目。
（五）深入开展爱国卫生运动。由区爱卫办牵头，区综合执法局、区住建局和各镇（街道）协同推进。
附件：越城区2026年公共卫生重点项目清单
序号
工作任务
责任单位
完成时限
1
全区养老机构医养结合服务覆盖率达到90%
区卫健局、区民政局
2026年12月底
2
完成区疾控中心实验室信息管理系统升级
区疾控中心
2026年9月底
3
建成区级心理援助热线平台
区卫健局
2026年6月底
""",
    "traditional": """紹興市越城區2026年公共衛生工作要點
各街道、鎮，區級有關單位，溫州醫科大學各附屬醫院：
一、主要目(mù)標
年內新建健康主題公園3個、健康步道5條，為轄區65周歲及以上戶籍老年人免費接種13價肺炎球菌多糖疫苗2萬劑次。
二、重點(diǎn)工作
（一）越城區人民醫院、紹興市人民醫院城東分院要於9月底前完成發熱門診“平急兩用”改造，府山街道社區衛生服務中心新設成人預防接種門診。
（二）年內在北海街道、塔山街道社區衛生服務中心各建成1個心理諮詢室，力爭每個鎮至少有1家醫療機構設置NICU。
（三）紹興市中醫院年內建成脾胃病科和治未病科聯合診療中心，實施臨床重點專(zhuān)科“435”建設計劃。
（四）將重症醫學科納入省級臨床重點專科建設項目優先支持範圍，已有2個專科入選國家臨床重點專科建設項目。
（五）深入開展愛國衛生運動。由區愛衛辦牽頭，區綜合執法局、區住建局和各鎮（街道）協同推進。
附件：越城區2026年公共衛(wèi)生重點項目清單
序號
工作任(rèn)務
責任單位
完成時限
1
全區養老機構醫養結合服務覆蓋率達到90%
區衛健局、區民政局
2026年12月底
2
完成區疾控中心實驗室信息管(guǎn)理系統升級
區疾控中心
2026年9月底
3
建成區級心理援(yuán)助熱線平台
區衛健局
2026年6月底
""",
}

doc = per_script_document(TEXTS, "yuecheng-public-health", "绍兴市越城区2026年公共卫生工作要点", "越城区",
                          "2026-02-20")


def _units(doc, line: int) -> set[tuple[str, str]]:
    return {(department, scope) for department, scope, _, _ in requirements_on_line(doc, line)}


def test_deadlines_quoted_renovations_branches_and_new_units(doc) -> None:
    assert _units(doc, 5) == {("发热门诊", "越城区人民医院"), ("发热门诊", "绍兴市人民医院城东分院"),
                              ("成人预防接种门诊", "府山街道社区卫生服务中心")}


def test_towns_sharing_an_institution_and_an_icu_ward_in_latin_letters(doc) -> None:
    found = _units(doc, 6)
    assert {("心理咨询室", "北海街道社区卫生服务中心"), ("心理咨询室", "塔山街道社区卫生服务中心")} <= found, found
    assert "NICU" in {department for department, _ in found}, found


def test_a_joint_unit_is_one_and_a_programme_is_no_unit(doc) -> None:
    assert _units(doc, 7) == {("脾胃病科和治未病科联合诊疗中心", "绍兴市中医院")}


def test_programmes_after_ruxuan_and_before_their_scope(doc) -> None:
    assert names_on_line(doc, 8, "programme") == {"省级临床重点专科建设项目", "国家临床重点专科建设项目"}


def test_units_that_work_together_with_the_lead_support(doc) -> None:
    roles = {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 9)}
    assert roles == {("区爱卫办", "lead"), ("区综合执法局", "support"), ("区住建局", "support"),
                     ("各镇（街道）", "support")}, roles


def test_a_built_list_counts_each_thing_and_a_vaccine_keeps_its_valency(doc) -> None:
    found = {(indicator, value, unit) for _, indicator, value, unit, _, _ in quantities_on_line(doc, 3)}
    assert {("健康主题公园", 3.0, "count"), ("健康步道", 5.0, "count")} <= found, found
    assert any(indicator.endswith("13价肺炎球菌多糖疫苗") and "65周岁及以上户籍老年人" in indicator and value == 2.0
               for indicator, value, _ in found), found


def test_a_schedule_of_work_reads_its_task_cells(doc) -> None:
    assert quantities_on_line(doc, 16) == {("target", "养老机构医养结合服务覆盖率", 90.0, "percent", ">=", 2026)}


def test_an_institutions_units_name_the_institution(doc) -> None:
    assert names_on_line(doc, 1, "institution") == {"温州医科大学"}
