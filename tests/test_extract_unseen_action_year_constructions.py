"""Constructions found missing on unseen plans (issue 14: tests/documents/probe24, a city's 健康X行动 plan; probe25, a
provincial notice on geriatrics departments), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- `到2025年和2030年，X分别不低于a和b`: one measure, its values for the two years in order;
- a numbered item whose first sentence is a programme's name (（一）老年健康促进行动。…) names it; 各专项行动 names none;
- 设置X的Y占比达到… is a share of hosts with the unit; 其中 opens no host's name;
- a table row with a column per year gives the unit's share for each year whose share differs (30% 30% is one);
- a branch named by a province's one-character name and a direction (…鄂西分中心);
- 此项工作由委医政医管处牵头，委老龄健康处配合: 委 is the issuing commission, its divisions lead and support;
- (probe26, a State Council 意见) centres a host runs for others to share, built 依托 it (医学影像中心, 消毒供应中心),
  are its units, where a 区域医疗中心 so built is an institution; 中国 + a type is the nation's own institution
  (中国疾病预防控制中心); a value 已提高到 in the document's own year is an observation;
- (probe27) hosts listed before a unit each have it when a later host's name holds a type label of its own
  (…、华中科技大学同济医学院附属同济医院: 大学 inside the name joins nothing);
- (probe29) 由X、Y牵头，A、B等部门配合，… inside a sentence; a verb (融入) opens no programme's name;
- (probe30) three years listed without 到 give three values their years; 标准见川卫办发〔…〕 cites 川卫办发〔…〕;
- (probe32) an indicator record whose year keys carry any short word (2023年基数：85%) splits at each key.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """湖北省老年健康促进行动方案（2024—2030年）
到2025年和2030年，居民健康素养水平分别不低于25%和30%；人均预期寿命分别达到79.2岁和80岁。
（一）老年健康促进行动。到2025年底，全省设置老年医学科的二级及以上综合性医院占比达到70%以上，其中三级综合医院老年医学科设置率达到100%。支持国家老年疾病临床医学研究中心鄂西分中心建设。
（二）加强督导评估。各专项行动要加强评估。此项工作由委医政医管处牵头，委老龄健康处配合，每年开展评估。
指标 2024年 2025年
二级及以上中医医院老年病科设置率 50% 60%
三级综合医院记忆门诊设置率 30% 30%
依托县级医院建设医学影像中心、心电诊断中心和消毒供应中心，依托省人民医院建设区域医疗中心。
中国疾病预防控制中心要加强技术指导。
2024年人均基本公共卫生服务经费补助标准已提高到94元。
支持武汉市第一医院、华中科技大学同济医学院附属同济医院加强全科医学科建设。
（三）加强组织领导。完善联席会议制度，由省卫生健康委、中医药局牵头，省发展改革委、财政厅等部门配合，统筹协调重大问题。推动中医药融入健康湖北行动。
2024年、2025年和2026年，全省院前急救平均反应时间分别控制在15分钟、13分钟和12分钟以内。建设标准见鄂卫办发〔2023〕45号。
指标名称：乡镇卫生院达到服务能力基本标准比例
2023年基数：85%
2025年目标：95%
""",
    "traditional": """湖北省老年健康促進行動方案（2024—2030年）
到2025年和2030年，居民健康素養水平分別不低於25%和30%；人均預期壽命分別達到79.2歲和80歲。
（一）老年健康促進行動。到2025年底，全省設置老年醫學科的二級及以上綜合性醫院佔比達到70%以上，其中三級綜合醫院老年醫學科設置率達到100%。支持國家老年疾病臨牀醫學研究中心鄂西分中心建設。
（二）加強督導評估。各專項行動要加強評估。此項工作由委醫政醫管處牽頭，委老齡健(jiàn)康處配合，每年開展評估。
指標 2024年 2025年
二級及以上中醫醫院老年病科設置率 50% 60%
三級綜合醫院記憶門(mén)診設置率 30% 30%
依託縣級醫院建設醫學影像中心、心電診斷中心和消毒供應中心，依託省人民醫院建設區域醫療中心。
中國疾病預防控制中心要加強技術指(zhǐ)導。
2024年人均基本公共衛生服務經費補助標準已提高到94元。
支持武漢市第一醫院、華中科技大學同濟醫學院附屬同濟醫院加強全科醫學科建設。
（三）加強組織領導。完善聯席會議制度，由省衛生健康委、中醫藥局牽頭，省發展改革委、財政廳等部門配合，統籌協調重大問題。推動中醫藥融入健康湖北行動。
2024年、2025年和2026年，全省院前急救平均反應時間分別控制在15分鐘、13分鐘和12分鐘以內。建設標準見鄂衛辦發〔2023〕45號。
指標名稱：鄉鎮衛(wèi)生院達到服務能力基本標準比例
2023年基數：85%
2025年目標：95%
""",
}

doc = per_script_document(TEXTS, "action-years", "湖北省老年健康促进行动方案（2024—2030年）", "湖北省", "2024-03-15")




def test_one_measure_with_a_value_for_each_year(doc) -> None:
    assert quantities_on_line(doc, 1) == {
        ("target", "居民健康素养水平", 25.0, "percent", ">=", 2025), ("target", "居民健康素养水平", 30.0, "percent", ">=", 2030),
        ("target", "人均预期寿命", 79.2, "year", ">=", 2025), ("target", "人均预期寿命", 80.0, "year", ">=", 2030)}


def test_an_action_named_by_its_item(doc) -> None:
    assert names_on_line(doc, 2, "programme") == {"老年健康促进行动"}
    assert names_on_line(doc, 3, "programme") == set()
    assert "国家老年疾病临床医学研究中心鄂西分中心" in names_on_line(doc, 2, "institution")


def test_a_share_of_hosts_and_a_host_after_qizhong(doc) -> None:
    assert requirements_on_line(doc, 2) == {("老年医学科", "二级及以上综合性医院", 70.0, 2025),
                                           ("老年医学科", "三级综合医院", 100.0, 2025)}


def test_the_commissions_own_divisions(doc) -> None:
    assert {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 3)} == {
        ("委医政医管处", "lead"), ("委老龄健康处", "support")}


def test_a_table_row_with_a_share_for_each_year(doc) -> None:
    assert requirements_on_line(doc, 5) == {("老年病科", "二级及以上中医医院", 50.0, 2024),
                                           ("老年病科", "二级及以上中医医院", 60.0, 2025)}
    assert requirements_on_line(doc, 6) == {("记忆门诊", "三级综合医院", 30.0, 2024)}


def test_shared_centres_built_on_a_host_are_its_units(doc) -> None:
    assert requirements_on_line(doc, 7) == {("医学影像中心", "县级医院", None, None), ("心电诊断中心", "县级医院", None, None),
                                           ("消毒供应中心", "县级医院", None, None)}


def test_the_nations_own_institution(doc) -> None:
    assert names_on_line(doc, 8, "institution") == {"中国疾病预防控制中心"}


def test_a_value_reached_in_the_documents_own_year_is_an_observation(doc) -> None:
    assert {q[0] for q in quantities_on_line(doc, 9)} == {"observation"}


def test_every_listed_host_whose_name_holds_another_label(doc) -> None:
    assert requirements_on_line(doc, 10) == {("全科医学科", "武汉市第一医院", None, None),
                                            ("全科医学科", "华中科技大学同济医学院附属同济医院", None, None)}


def test_a_lead_and_partners_inside_a_sentence(doc) -> None:
    assert {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 11)} == {
        ("省卫生健康委", "lead"), ("中医药局", "lead"), ("省发展改革委", "support"), ("财政厅", "support")}
    assert names_on_line(doc, 11, "programme") == {"健康湖北行动"}


def test_three_listed_years_and_a_number_after_jian(doc) -> None:
    assert quantities_on_line(doc, 12) == {
        ("target", "院前急救平均反应时间", 15.0, "minute", "<=", 2024),
        ("target", "院前急救平均反应时间", 13.0, "minute", "<=", 2025),
        ("target", "院前急救平均反应时间", 12.0, "minute", "<=", 2026)}
    assert [f.number for f in facts_on_line(doc, Citation, 12)] == ["鄂卫办发〔2023〕45号"]


def test_a_record_with_a_base_year_key(doc) -> None:
    facts = quantities_on_line(doc, 13) | quantities_on_line(doc, 14) | quantities_on_line(doc, 15)
    assert {(k, ind, v, y) for k, ind, v, _, _, y in facts} == {
        ("observation", "乡镇卫生院达到服务能力基本标准比例", 85.0, 2023),
        ("target", "乡镇卫生院达到服务能力基本标准比例", 95.0, 2025)}
