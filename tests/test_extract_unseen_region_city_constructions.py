"""Constructions found missing on unseen plans (issue 14: tests/documents/probe42 to probe48: a sub-provincial city's
nursing plan, an autonomous region's opinions on ethnic medicine, a district's psychological services plan, a county's
healthy-villages plan, a province's emergency treatment plan, a city's integrated elderly care plan and a
municipality's chronic-disease plan), written twice: in simplified script and in traditional script with pinyin
noise. Expected values are written by hand.

- a verb inside a title (宁波市改善医院护理服务工作方案) and 我市医院 (the city's hospitals) name no institution;
- a hospital run by a 医疗中心 (宁波市医疗中心李惠利医院), a college named by its field (宁波卫生职业技术学院) or by a
  region (赣南医学院), a hospital named right after the designation it holds (…区域医疗中心中国中医科学院广安门医院广西医院),
  a dash joining two places (中国—东盟传统医药传承创新中心), botanical gardens, hotline centres, clinical laboratory
  centres, 康养中心; a university in brackets after a laboratory is its host, not its alias;
- two forms of one institution's name take the longer (广西药用植物园 / 广西壮族自治区药用植物园; 华西医院 /
  四川大学华西医院); a count before a designation (3个国家中医药传承创新中心) and 全区中医医院 name none;
- 部, 管 and 对 count things; telephone numbers and postcodes are no values;
- 建成后设置 sets up every listed unit; 建设成为…中心 sets up none; 设置规范的发热门诊 and 实施传染病区改扩建 do;
  县级及以上临床重点专科 is one unit; a later year's share (…设置率达到80%以上，2027年达到100%) is a requirement too;
- 人才培养工程 alone names no programme;
- an indicator table flattened one cell per line with a 责任单位 column assigns each row's units; 有关区（县、市）人民政府
  in a bracket of agencies is a collective, and the other agencies of the bracket keep their roles;
- a task table's content column (重点任务 | 主要内容) holds targets; a title cited without its version bracket is the
  same document (probe43–48);
- quality-management and pharmacy 部门 and analysis rooms are units; a requirement stated and then given its share in
  one sentence is one requirement; a heading's requirement restated by its body is the body's;
- national quality-control centres are named; a hospital in brackets after a national centre is its host;
  …医院管理研究所 is one name; 三级公立医院、二级公立医院…平均级别分别达到4.5级和3.5级 is two targets of one measure;
- 适时对各地行动 names no programme; a site's 网站标识码 is no value (probe49–50).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """宁波市改善医院护理服务工作方案
为持续提升我市医院护理服务质量，制定本方案。
宁波市第一医院、宁波市医疗中心李惠利医院等12家三级医院已全面实行责任制整体护理。
依托宁波卫生职业技术学院和宁波市护理质量控制中心，每年培训护理管理人员300名以上。
高标准建设国家中医（肿瘤）区域医疗中心中国中医科学院广安门医院广西医院，建成后重点设置肿瘤科、肿瘤放疗科和中医肿瘤康复病区。
依托广西国际壮医医院建设中国—东盟传统医药传承创新中心，支持广西壮族自治区药用植物园建设高水平科研平台。
依托广西药用植物园加强种质资源保存，建设3个国家中医药传承创新中心。
推进玉林中医药健康产业园建设成为面向东盟的中药材集散中心。
截至2020年底，全区中医医院达到107所。深入实施千县工程县医院综合能力提升工作。
到2025年完成壮瑶医药古籍文献整理300部以上，国家卫生健康委等12部门联合推进。
武侯区心理援助热线服务中心（热线电话：028-85561234）实行7×24小时服务。
联合四川师范大学心理学院培养学校心理辅导员。
实施人才培养工程，实施青苗人才培养工程。
主要指标
指标名称
2023年基线值
2025年目标值
2026年目标值
责任单位
严重精神障碍患者规范管理率(%)
91.2
≥92
≥95
市卫生健康委
精神科执业医师数(名)
360
400
450
市卫生健康委、市人力资源社会保障局
三、重点任务
四、保障措施
（一）加强发热门诊建设。有条件的专科医院和二级以上中医医院设置规范的发热门诊；支持宁波市第二医院实施传染病区改扩建。（市卫生健康委(牵头)、市发展改革委(牵头)、市财政局、有关区（县、市）人民政府）
（二）到2025年，二级以上综合医院戒烟门诊设置率达到80%以上，2027年达到100%；社区卫生服务中心健康小屋设置率达到90%以上。
（三）支持国家呼吸区域医疗中心中日友好医院福建医院建设，依托分子诊断学国家重点实验室（厦门大学）开展攻关，宁波市临床检验中心每年组织质评。
（四）支持赣南医学院、赣南卫生健康职业学院开设老年医学专业，推广章贡区福寿康养中心经验，支持四川大学华西医院、华西医院开展合作。
截至2022年底，医疗卫生机构与养老机构建立签约合作关系1126对，三级医院PCR实验室单日检测能力达到1万管。
研究制定《宁波市慢性病防治管理办法（试行）》，每个乡镇卫生院至少建设1个县级及以上临床重点专科。
序号|重点任务|主要内容|完成时限|责任单位
1|提升市传染病医院救治能力|新建传染病综合楼，新增负压病房60间|2025年底|市卫生健康委、市发展改革委
2|制定管理办法|制定宁波市慢性病防治管理办法|2025年12月|市卫生健康委、市司法局
地址：宁波市海曙区解放南路1号　　邮编：315000
二级以上医院要设置医疗质量管理部门，规范设置病案管理科和药学部门，三级综合医院要设立医疗质量数据分析室。
三级医院要设置日间手术中心，到2025年设置日间手术中心的三级医院比例达到80%以上。
发挥国家心血管病医学中心（中国医学科学院阜外医院）和国家病案管理医疗质量控制中心的作用，依托国家卫生健康委医院管理研究所开展数据分析。
到2025年，三级公立医院、二级公立医院电子病历系统应用水平分级评价平均级别分别达到4.5级和3.5级。
将适时对各地行动开展情况进行评估。
宁波市政务服务数据管理局　　网站标识码：3302000001
（五）完善医院日间病房设置。三级医院要设置日间病房。
""",
    "traditional": """寧波市改善醫院護(hù)理服務工作方案
爲持續提升我市醫院護理服務質量，制定本方案。
寧波市第一醫院、寧波市醫(yī)療中心李惠利醫院等12家三級醫院已全面實行責任制整體護理。
依託寧波衛生職(zhí)業技術學院和寧波市護理質量控制中心，每年培訓護理管理人員300名以上。
高標準建設國家中醫（腫(zhǒng)瘤）區域醫療中心中國中醫科學院廣安門醫院廣西醫院，建成後重點設置腫瘤科、腫瘤放療科和中醫腫瘤康復病區。
依託廣西國際壯(zhuàng)醫醫院建設中國—東盟傳統醫藥傳承創新中心，支持廣西壯族自治區藥用植物園建設高水平科研平臺。
依託廣西藥用植物園加強種質資源保存，建設3個國家中醫藥傳承創新中心。
推進玉林中醫藥健康產業園建設成爲面向東盟的中藥材集散中心。
截至2020年底，全區中醫醫院達到107所。深入實施千縣工程縣醫院綜合能力提升工作。
到2025年完成壯瑤醫藥古籍文獻(xiàn)整理300部以上，國家衛生健康委等12部門聯合推進。
武侯區心理援(yuán)助熱線服務中心（熱線電話：028-85561234）實行7×24小時服務。
聯合四川師(shī)範大學心理學院培養學校心理輔導員。
實施人才培養工程，實施青苗(miáo)人才培養工程。
主要指標
指標名稱
2023年基線值
2025年目標值
2026年目標值
責任單位
嚴重精神障礙患者規範管理率(%)
91.2
≥92
≥95
市衛生健康委
精神科執業醫師數(名)
360
400
450
市衛生健康委、市人力資源社會保障局
三、重點任務
四、保障措施
（一）加強發熱門診建設。有條件的專科醫院和二級以上中醫醫院設置規範的發熱門診；支持寧波市第二醫院實施傳染病區改擴建。（市衛(wèi)生健康委(牽頭)、市發展改革委(牽頭)、市財政局、有關區(qū)（縣、市）人民政府）
（二）到2025年，二級以上綜合醫院戒菸門診(zhěn)設置率達到80%以上，2027年達到100%；社區衛生服務中心健康小屋設置率達到90%以上。
（三）支持國家呼(hū)吸區域醫療中心中日友好醫院福建醫院建設，依託分子診斷學國家重點實驗室（廈門大學）開展攻關，寧波市臨牀檢驗中心每年組織質評。
（四）支持贛南醫學(xué)院、贛南衛生健康職業學院開設老年醫學專業，推廣章貢區福壽康養中心經驗，支持四川大學華西醫院、華西醫院開展合作。
截至2022年底，醫療衛生機構與養老機構建立簽(qiān)約合作關係1126對，三級醫院PCR實驗室單日檢測能力達到1萬管。
研究制定《寧波市慢性病防治管理辦法（試行）》，每個鄉鎮衛生院至少建設1個縣級及以上臨牀重點專(zhuān)科。
序號|重點任務|主要內容|完成時限|責任單位
1|提升市傳染病醫院救治能力|新建傳染病綜合樓，新增負(fù)壓病房60間|2025年底|市衛生健康委、市發展改革委
2|制定管理辦(bàn)法|制定寧波市慢性病防治管理辦法|2025年12月|市衛生健康委、市司法局
地址：寧波市海曙區解放南路1號　　郵編：315000
二級以上醫院要設置醫療質(zhì)量管理部門，規範設置病案管理科和藥學部門，三級綜合醫院要設立醫療質量數據分析室。
三級醫院要設置日間手術(shù)中心，到2025年設置日間手術中心的三級醫院比例達到80%以上。
發揮國家心血管病醫學中心（中國醫學科學院阜(fù)外醫院）和國家病案管理醫療質量控制中心的作用，依託國家衛生健康委醫院管理研究所開展數據分析。
到2025年，三級公立醫院、二級公立醫院電子病歷系統應用水平分級評(píng)價平均級別分別達到4.5級和3.5級。
將適時對各地行動開展情況進行評估(gū)。
寧波市政務服務數據管理局　　網站標識碼：3302000001
（五）完善醫院日間病房設置。三級醫院要設置日間病房(fáng)。
""",
}

doc = per_script_document(TEXTS, "ningbo-constructions", "宁波市改善医院护理服务工作方案", "宁波市", "2024-03-01")


def test_verbs_and_home_words_name_no_institution(doc) -> None:
    assert names_on_line(doc, 0, "institution") == set()
    assert names_on_line(doc, 1, "institution") == set()


def test_hospitals_run_by_a_centre_and_colleges_named_by_their_field(doc) -> None:
    assert names_on_line(doc, 2, "institution") == {"宁波市第一医院", "宁波市医疗中心李惠利医院"}
    assert {"宁波卫生职业技术学院", "宁波市护理质量控制中心"} <= names_on_line(doc, 3, "institution")
    assert names_on_line(doc, 34, "institution") == {"赣南医学院", "赣南卫生健康职业学院", "章贡区福寿康养中心",
                                                     "四川大学华西医院"}


def test_a_hospital_named_after_its_designation(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"中国中医科学院广安门医院广西医院"}
    assert "中日友好医院福建医院" in names_on_line(doc, 33, "institution")


def test_joined_places_gardens_hotlines_and_hosts(doc) -> None:
    assert names_on_line(doc, 5, "institution") == {"广西国际壮医医院", "中国—东盟传统医药传承创新中心",
                                                    "广西壮族自治区药用植物园"}
    assert names_on_line(doc, 6, "institution") == {"广西壮族自治区药用植物园"}  # 广西药用植物园, one institution
    assert names_on_line(doc, 10, "institution") == {"武侯区心理援助热线服务中心"}
    assert names_on_line(doc, 11, "institution") == {"四川师范大学心理学院"}
    assert names_on_line(doc, 33, "institution") == {"中日友好医院福建医院", "分子诊断学国家重点实验室", "厦门大学",
                                                     "宁波市临床检验中心"}


def test_counts_of_designations_and_region_wide_kinds_name_none(doc) -> None:
    assert names_on_line(doc, 7, "institution") == {"玉林中医药健康产业园"}
    assert names_on_line(doc, 8, "institution") == set()


def test_counting_words_and_numbers_that_are_no_values(doc) -> None:
    assert ("target", "完成壮瑶医药古籍文献整理", 300.0, "count", ">=", 2025) in quantities_on_line(doc, 9)
    assert all(q[2] != 12.0 for q in quantities_on_line(doc, 9))  # 12部门
    assert all(q[2] not in (28.0, 85561234.0) for q in quantities_on_line(doc, 10))
    assert quantities_on_line(doc, 35) == {
        ("observation", "医疗卫生机构与养老机构建立签约合作关系", 1126.0, "count", "=", 2022),
        ("observation", "三级医院PCR实验室单日检测能力", 1.0, "ten-thousand", "=", 2022)}
    assert quantities_on_line(doc, 40) == set()  # 邮编：315000


def test_units_set_up_after_building_and_not_by_becoming(doc) -> None:
    assert {d for d, *_ in requirements_on_line(doc, 4)} == {"肿瘤科", "肿瘤放疗科", "中医肿瘤康复病区"}
    assert requirements_on_line(doc, 7) == set()


def test_modified_units_rebuilt_wards_and_later_shares(doc) -> None:
    assert requirements_on_line(doc, 31) == {("发热门诊", "有条件的专科医院", None, None),
                                             ("发热门诊", "二级以上中医医院", None, None),
                                             ("传染病区", "宁波市第二医院", None, None)}
    assert {("戒烟门诊", "二级以上综合医院", 80.0, 2025), ("戒烟门诊", "二级以上综合医院", 100.0, 2027)} <= \
        requirements_on_line(doc, 32)
    assert {d for d, *_ in requirements_on_line(doc, 32)} == {"戒烟门诊", "健康小屋"}
    assert {d for d, *_ in requirements_on_line(doc, 36)} == {"县级及以上临床重点专科"}


def test_generic_programme_names(doc) -> None:
    assert names_on_line(doc, 12, "programme") == {"青苗人才培养工程"}


def roles(doc, line: int) -> set[tuple[str, str]]:
    """(agency key, role) of the responsibilities on a line."""
    return {(f.agency.iri.rsplit("/", 1)[-1], f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_indicator_table_with_a_responsibility_column(doc) -> None:
    assert roles(doc, 23) == {("health-commission", "responsible")}
    assert roles(doc, 28) == {("health-commission", "responsible"), ("human-resources-social-security", "responsible")}
    assert {f.task for f in facts_on_line(doc, Responsibility, 28)} == {"精神科执业医师数（名）"}


def test_relevant_lower_governments_in_a_bracket(doc) -> None:
    collective = [f for f in facts_on_line(doc, Responsibility, 31) if f.agency.collective]
    assert roles(doc, 31) - {(f.agency.iri.rsplit("/", 1)[-1], f.role) for f in collective} == {
        ("health-commission", "lead"), ("development-reform", "lead"), ("finance", "support")}
    assert len(collective) == 1 and collective[0].role == "support" and collective[0].agency.collective


def test_task_table_content_and_titles_without_their_version(doc) -> None:
    assert ("target", "新增负压病房", 60.0, "count", "=", 2025) in quantities_on_line(doc, 38)
    titles = {f.title for line in (36, 39) for f in facts_on_line(doc, Citation, line)}
    assert titles == {"宁波市慢性病防治管理办法（试行）"}


def test_management_departments_and_one_requirement_with_its_share(doc) -> None:
    assert requirements_on_line(doc, 41) == {("医疗质量管理部门", "二级以上医院", None, None),
                                             ("病案管理科", "二级以上医院", None, None),
                                             ("药学部门", "二级以上医院", None, None),
                                             ("医疗质量数据分析室", "三级综合医院", None, None)}
    assert requirements_on_line(doc, 42) == {("日间手术中心", "三级医院", 80.0, 2025)}
    assert requirements_on_line(doc, 47) == {("日间病房", "三级医院", None, None)}  # not the heading's 医院


def test_national_centres_their_hosts_and_institutes(doc) -> None:
    assert names_on_line(doc, 43, "institution") == {"国家心血管病医学中心", "中国医学科学院阜外医院",
                                                     "国家病案管理医疗质量控制中心", "国家卫生健康委医院管理研究所"}


def test_respectively_over_two_grades_of_one_measure(doc) -> None:
    assert {(q[1], q[2]) for q in quantities_on_line(doc, 44)} == {
        ("三级公立医院电子病历系统应用水平分级评价平均级别", 4.5), ("二级公立医院电子病历系统应用水平分级评价平均级别", 3.5)}


def test_no_programme_of_each_place_and_no_site_code(doc) -> None:
    assert names_on_line(doc, 45, "programme") == set()
    assert quantities_on_line(doc, 46) == set()
