"""Constructions found missing on unseen plans (issue 14: tests/documents/probe63, a county plan on the disease-control
system; probe64, a provincial health-workforce plan; probe65, a city's smart-health plan; probe66, a district plan on
community TCM services), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- 由2020年的312项增加至2024年的468项: values of the years they name, counted in 项; events counted in 起 (probe63);
- a neighbourhood's community health centres in a list (四季青…、学院路社区卫生服务中心: 学院 before 路 is a street's
  name, no type label); a hospital's own 互联网医院; an alias after 以下简称; no institution across 会同, after 我区以,
  or through 共建; an administration's 人才发展中心 (probe64–66);
- 已建成的中医馆要…: 已 qualifies a noun, the values after it are targets; 在现有…基础上 is no statement of what
  exists for the clauses after it; 新组建A和B队伍各1支: one count per member; 每年至少组织开展1次… (probe63, probe66);
- units of a 、-list joined inside by 与 (慢性病与地方病防制科), offices and management departments, 1个A和1个B, shares
  of 规范化建设达标率, a quoted 一站式服务中心 and a hospital's 远程医学中心 as units (probe63–65);
- 依托…计划 followed by the clause's own verb, 推介活动, a quoted name with 系列活动, no programme in 运动项目 (probe64,
  probe66); laws coordinated whatever their kind (…法、…条例), 符合…条例 (probe66);
- 各区、县人民政府 as one collective; a responsible institution whose name holds 〇 (probe64–65).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import (
    facts_on_line,
    names_on_line,
    per_script_document,
    quantities_on_line,
    requirements_on_line,
)

TEXTS = {
    "simplified": """海淀区社区卫生人才和智慧医疗建设方案（2025—2027年）
一、现状
近年来，区疾控中心实验室可检测项目由2020年的312项增加至2024年的468项，规范处置突发公共卫生事件和聚集性疫情23起。
四季青社区卫生服务中心、学院路社区卫生服务中心中医馆被确定为示范单位。绵阳市中心医院互联网医院上线运行。
二、任务
1.依托北京市海淀区中医医院（以下简称区中医医院）等优质资源，打造精品国医堂。
2.已建成的中医馆要实施提档升级，规范设置中医诊室、煎药室和中药房，其中中医诊室不少于4间。
3.在现有传染病防控队伍基础上，新组建中毒处置和心理危机干预队伍各1支，每年至少组织开展1次全区综合应急演练。
4.区疾控中心规范设置传染病防制科、免疫规划科、慢性病与地方病防制科和卫生应急办公室。二级及以上医院发热门诊、社区卫生服务中心发热诊室规范化建设达标率到2027年均达到100%。
5.二级及以上公立医院应当设立继续医学教育办公室，三级医院要设置独立的科研教学管理部门。每个街道依托区级医院至少建成1个医学影像中心和1个远程心电诊断中心。有条件的二级医院可设立“一站式”服务中心，区中医医院设立远程医学中心。
6.依托兴滇英才支持计划累计遴选名医专项人才412名。组织开展最美医生宣传推介活动，持续举办“杏林惠民·中医药进社区”系列活动，推广八段锦、太极拳等中医传统运动项目。
7.落实中华人民共和国中医药法、北京市中医药条例有关规定，中医阁的设置应当符合医疗机构管理条例有关要求。
8.市卫生健康委会同市大数据中心制定标准，我区以全民健康信息平台为枢纽。与首都医科大学医学院共建公共卫生人才实训基地。依托北京市卫生健康人才发展中心开展培训。
9.每年开展中医药健康文化宣传活动不少于200场次。（区卫生健康委牵头，区财政局，各区、县人民政府按职责分工负责）
序号|项目名称|完成时限|责任单位
1|互联网医院建设项目|2025年12月|四川绵阳四〇四医院、区卫生健康委
""",
    "traditional": """海淀區社區衛生人才和智慧醫療建設方案（2025—2027年）
一、現狀
近年來，區疾控中心實驗室可檢(jiǎn)測項目由2020年的312項增加至2024年的468項，規範處置突發公共衛生事件和聚集性疫情23起。
四季青社區衛生服務中心、學院路(lù)社區衛生服務中心中醫館被確定爲示範單位。綿陽市中心醫院互聯網醫院上線運行。
二、任務
1.依託北京市海淀區中醫醫院（以下簡稱區中醫醫院）等優質資源，打造精品國醫堂。
2.已建成的中醫館要實施提檔(dàng)升級，規範設置中醫診室、煎藥室和中藥房，其中中醫診室不少於4間。
3.在現有傳染病防控隊伍基礎上，新組建中毒處置和心理危機(jī)干預隊伍各1支，每年至少組織開展1次全區綜合應急演練。
4.區疾控中心規範設置傳染病防制科、免疫規劃科、慢性病與地(dì)方病防制科和衛生應急辦公室。二級及以上醫院發熱門診、社區衛生服務中心發熱診室規範化建設達標率到2027年均達到100%。
5.二級及以上公立醫院應當設立繼續(xù)醫學教育辦公室，三級醫院要設置獨立的科研教學管理部門。每個街道依託區級醫院至少建成1個醫學影像中心和1個遠程心電診斷中心。有條件的二級醫院可設立“一站式”服務中心，區中醫醫院設立遠程醫學中心。
6.依託興滇英才支持計劃累計遴(lín)選名醫專項人才412名。組織開展最美醫生宣傳推介活動，持續舉辦“杏林惠民·中醫藥進社區”系列活動，推廣八段錦、太極拳等中醫傳統運動項目。
7.落實中華人民共和國中醫藥法、北京市中醫藥條例有關規定，中醫閣的設置應當符合醫療機構(gòu)管理條例有關要求。
8.市衛生健康委會同市大數據中心制定標準，我區以全民健康信息平臺爲樞紐。與首都醫科大學醫學院共建公共衛生人才實訓基地。依託北京市衛生健康人才發展中心開展培訓。
9.每年開展中醫藥健康文化宣傳活動不少於200場次。（區衛生健康委牽頭，區財政局，各區、縣人民政府按職責分工負責）
序號|項目名稱|完成時限|責任單位
1|互聯網醫院建設項目|2025年12月|四川綿(mián)陽四〇四醫院、區衛生健康委
""",
}

doc = per_script_document(TEXTS, "workforce", "海淀区社区卫生人才和智慧医疗建设方案（2025—2027年）", "海淀区",
                          "2025-02-01")


def test_values_of_the_years_they_name_and_counted_events(doc):
    assert quantities_on_line(doc, 2) == {
        ("observation", "区疾控中心实验室可检测项目", 468.0, "count", "=", 2024),
        ("observation", "区疾控中心实验室可检测项目", 312.0, "count", "=", 2020),
        ("observation", "规范处置突发公共卫生事件和聚集性疫情", 23.0, "count", "=", 2024)}


def test_named_community_centres_internet_hospitals_and_aliases(doc):
    assert names_on_line(doc, 3, "institution") == {"四季青社区卫生服务中心", "学院路社区卫生服务中心",
                                                    "绵阳市中心医院互联网医院"}
    assert names_on_line(doc, 5, "institution") == {"北京市海淀区中医医院"}
    assert names_on_line(doc, 12, "institution") == {"北京市大数据中心", "首都医科大学医学院",
                                                     "北京市卫生健康人才发展中心"}


def test_targets_after_an_attributive_already_and_a_current_base(doc):
    assert quantities_on_line(doc, 6) == {("target", "中医诊室", 4.0, "count", ">=", 2027)}
    assert quantities_on_line(doc, 7) == {
        ("target", "新组建中毒处置队伍", 1.0, "count", "=", 2027),
        ("target", "新组建心理危机干预队伍", 1.0, "count", "=", 2027),
        ("target", "每年全区综合应急演练", 1.0, "count", ">=", 2027)}
    assert quantities_on_line(doc, 13) == {("target", "每年开展中医药健康文化宣传活动", 200.0, "count", ">=", 2027)}


def test_units_joined_inside_offices_counts_and_shares(doc):
    assert requirements_on_line(doc, 6) == {(u, "", None, None) for u in ("中医诊室", "煎药室", "中药房")}
    assert requirements_on_line(doc, 8) == {
        ("传染病防制科", "区疾控中心", None, None), ("免疫规划科", "区疾控中心", None, None),
        ("慢性病与地方病防制科", "区疾控中心", None, None), ("卫生应急办公室", "区疾控中心", None, None),
        ("发热门诊", "二级及以上医院", 100.0, 2027), ("发热诊室", "社区卫生服务中心", 100.0, 2027)}
    assert requirements_on_line(doc, 9) == {
        ("继续医学教育办公室", "二级及以上公立医院", None, None), ("科研教学管理部门", "三级医院", None, None),
        ("医学影像中心", "区级医院", None, None), ("远程心电诊断中心", "区级医院", None, None),
        ("一站式服务中心", "有条件的二级医院", None, None), ("远程医学中心", "区中医医院", None, None)}


def test_programmes_after_a_means_and_campaigns(doc):
    assert names_on_line(doc, 10, "programme") == {"兴滇英才支持计划", "最美医生宣传推介活动",
                                                   "杏林惠民·中医药进社区系列活动"}


def test_coordinated_laws_and_regulations_complied_with(doc):
    assert {f.evidence.normalised_quote for f in facts_on_line(doc, Citation, 11)} == {"中华人民共和国中医药法", "北京市中医药条例", "医疗机构管理条例"}


def test_a_collective_of_levels_and_an_institution_with_a_ling(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 13)} == {
        ("区卫生健康委", "lead"), ("区财政局", "support"), ("各区、县人民政府", "support")}
    assert {f.agency.written for f in facts_on_line(doc, Responsibility, 15)} == {
        "四川绵阳四〇四医院", "区卫生健康委"}
