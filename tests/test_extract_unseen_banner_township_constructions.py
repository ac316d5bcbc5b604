"""A banner's primary-care plan and a county's elderly-care and epidemic plan (issue 14: tests/documents/probe157,
probe158 and probe159, whose keys read them so), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- a table with one row per township (苏木镇 | 卫生院名称 | 现有床位 | 2027年床位 | 嘎查村卫生室数) gives each row's
  hospital its beds now and by 2027, each township its village clinics, and the total row the whole banner;
- 和 inside a Mongolian town's name (伊和高勒苏木卫生院) is no conjunction; 力争 opens a name; a role (牵头医院) and a
  class (阿巴嘎旗苏木乡镇卫生院) are no names; village clinics of 嘎查 have names of up to five characters, and a
  village's name after its town may hold numerals (五一村卫生室);
- a unit's 建成率 or 建成比例 is its share (院内 is no part of its name), with a later year after 、; units listed
  before 等特色科室 keep their own names; 等专科诊疗能力 closes a list of units a verb of strengthening names; a share
  may follow a season (每年5月至10月…高发季节肠道门诊开诊率); 在夏秋季 stands between the institutions and the verb;
  “五大中心” is a collective, no unit; 康复训练室 is a room;
- 城关镇 is a town; 每年 is no part of a programme's name; a 、-list of agencies with 要 are each responsible.
"""

from __future__ import annotations

import pytest

from loaders.extract.org_facts import Responsibility
from loaders.extract.target_facts import QuantityFact
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

BANNER = {
    "simplified": """阿巴嘎旗基层医疗卫生服务能力提升行动方案（2025—2027年）
一、主要目标
截至2024年底，全旗共有苏木乡镇卫生院2所。
苏木镇|卫生院名称|现有床位|2027年床位|嘎查村卫生室数
别力古台镇|别力古台镇中心卫生院|30|50|12
伊和高勒苏木|伊和高勒苏木卫生院|10|20|8
合计|—|40|70|20
二、重点任务
1.以旗人民医院为牵头医院、旗蒙医医院为重要成员，组建医疗健康集团。力争别力古台镇中心卫生院建成社区医院。
2.以巴彦图嘎查卫生室、乌兰图嘎嘎查卫生室为样板，优先完成宝格都乌拉嘎查卫生室、额很乌苏嘎查卫生室和别力古台镇五一村卫生室的改造提升。
3.表2　阿巴嘎旗苏木乡镇卫生院设备配置表。
""",
    "traditional": """阿巴嘎旗基層醫療衛生服務能力提升行動方案（2025—2027年）
一、主(zhǔ)要目標
截至2024年底，全旗共有蘇木鄉鎮衛生院2所。
蘇木鎮|衛(wèi)生院名稱|現有牀位|2027年牀位|嘎查村衛生室數
別力古臺鎮(zhèn)|別力古臺鎮中心衛生院|30|50|12
伊和高勒蘇木|伊和高勒蘇木衛(wèi)生院|10|20|8
合計|—|40|70|20
二、重點任務
1.以旗人民醫院爲牽頭醫院、旗蒙醫(yī)醫院爲重要成員，組建醫療健康集團。力爭別力古臺鎮中(zhōng)心衛生院建成社區醫院。
2.以巴彥圖嘎查衛生室、烏蘭圖嘎(gā)嘎查衛生室爲樣板，優先完成寶格都烏拉嘎查衛生室、額(é)很烏蘇嘎查衛生室和別力古臺鎮五一村衛生室的改造(zào)提升。
3.表2　阿巴嘎旗蘇木鄉鎮衛生院設備配置表。
""",
}

CARE = {
    "simplified": """卢龙县老年健康和传染病防控工作方案
一、重点任务
1.二级医院静脉用药调配中心建成率2026年达到50%以上，三级医院院内静脉血栓栓塞症防治中心建成率2025年底前达到100%。
2.乡镇卫生院数字化预防接种门诊建成比例2025年达到40%、2027年达到100%。
3.加强中医馆、康复室等特色科室建设。提升县人民医院老年医学科、康复医学科、安宁疗护科等专科诊疗能力。
4.依托县社会福利中心建设县级医养结合示范机构，该中心内设护理站和康复训练室。
5.做好肠道传染病防控。二级以上综合医院要规范设置发热门诊和肠道门诊，每年5月至10月肠道传染病高发季节肠道门诊开诊率达到100%；有条件的乡镇卫生院在夏秋季开设肠道门诊。
6.县级医院“五大中心”建成率达到100%。
7.推进安宁疗护。城关镇社区卫生服务中心开设安宁疗护病区。结合每年“敬老月”活动开展义诊。
二、保障措施
（一）营造良好氛围。县委宣传部、县卫生健康局要充分利用广播电视等渠道广泛宣传；县教育局要督促学校落实晨午检制度。
""",
    "traditional": """盧龍縣老年健康和傳染病防控工作方案
一、重點任務
1.二(èr)級醫院靜脈用藥調配中心建成率2026年達到50%以上，三級醫院(yuàn)院內靜脈血栓栓塞症防治中心建成率2025年底前達到100%。
2.鄉鎮(zhèn)衛生院數字化預防接種門診建成比例2025年達到40%、2027年達到100%。
3.加(jiā)強中醫館、康復室等特色科室建設。提升縣人民醫院老年(nián)醫學科、康復醫學科、安寧療護科等專科診療能力。
4.依託縣(xiàn)社會福利中心建設縣級醫養結合示範機構，該中心內設(shè)護理站和康復訓練室。
5.做好腸道傳染病防控。二級以上綜(zōng)合醫院要規範設置發熱門診和腸道門診，每年5月至10月腸(cháng)道傳染病高發季節腸道門診開診率達到100%；有條件的鄉鎮(zhèn)衛生院在夏秋季開設腸道門診。
6.縣級醫院“五大中心”建成(chéng)率達到100%。
7.推進安寧療護。城關鎮社區衛生服務中心開設安(ān)寧療護病區。結合每年“敬老月”活動開展義診。
二、保障措施(shī)
（一）營造良好氛圍。縣委宣傳部、縣衛生健康局要充分利用(yòng)廣播電視等渠道廣泛宣傳；縣教育局要督促學校落實晨(chén)午檢制度。
""",
}

banner = per_script_document(BANNER, "banner-township", "阿巴嘎旗基层医疗卫生服务能力提升行动方案（2025—2027年）",
                             "阿巴嘎旗", "2025-03-01")
care = per_script_document(CARE, "county-care", "卢龙县老年健康和传染病防控工作方案", "卢龙县", "2025-03-01")


def values_on_line(doc, line: int) -> set[tuple]:
    """(kind, value, comparator, year) of the quantities on a 0-based raw line, with the words their indicator
    ends in."""
    return {(f.kind, f.value, f.comparator, f.year, f.indicator.removesuffix("数"))
            for f in facts_on_line(doc, QuantityFact, line)}


@pytest.mark.parametrize(("line", "host", "town", "now", "later", "clinics"), [
    (4, "别力古台镇中心卫生院", "别力古台镇", 30.0, 50.0, 12.0),
    (5, "伊和高勒苏木卫生院", "伊和高勒苏木", 10.0, 20.0, 8.0),
    (6, "全旗", "全旗", 40.0, 70.0, 20.0),
])
def test_a_row_per_township_with_its_hospital(banner, line, host, town, now, later, clinics):
    assert values_on_line(banner, line) == {
        ("observation", now, "=", 2024, f"{host}床位"),
        ("target", later, ">=", 2027, f"{host}床位"),
        ("observation", clinics, "=", 2024, f"{town}嘎查村卫生室"),
    }
    assert {f.unit for f in facts_on_line(banner, QuantityFact, line)} == {"count"}  # 现有床位: beds counted


def test_the_rows_name_their_hospitals(banner):
    assert names_on_line(banner, 4, "institution") == {"别力古台镇中心卫生院"}
    assert names_on_line(banner, 5, "institution") == {"伊和高勒苏木卫生院"}


def test_roles_classes_and_aims_are_no_names(banner):
    assert names_on_line(banner, 8, "institution") == {"阿巴嘎旗人民医院", "阿巴嘎旗蒙医医院", "别力古台镇中心卫生院"}
    assert names_on_line(banner, 10, "institution") == set()


def test_village_clinics_of_gacha_and_a_village_after_its_town(banner):
    assert names_on_line(banner, 9, "institution") == {
        "巴彦图嘎查卫生室", "乌兰图嘎嘎查卫生室", "宝格都乌拉嘎查卫生室", "额很乌苏嘎查卫生室", "五一村卫生室"}


def test_a_build_rate_is_a_share(care):
    assert requirements_on_line(care, 2) == {("静脉用药调配中心", "二级医院", 50.0, 2026),
                                             ("静脉血栓栓塞症防治中心", "三级医院", 100.0, 2025)}
    assert requirements_on_line(care, 3) == {("数字化预防接种门诊", "乡镇卫生院", 40.0, 2025),
                                             ("数字化预防接种门诊", "乡镇卫生院", 100.0, 2027)}


def test_units_before_a_class_and_before_their_capacity(care):
    assert requirements_on_line(care, 4) == {
        ("中医馆", "", None, None), ("康复室", "", None, None),
        ("老年医学科", "县人民医院", None, None), ("康复医学科", "县人民医院", None, None),
        ("安宁疗护科", "县人民医院", None, None)}


def test_a_training_room(care):
    assert requirements_on_line(care, 5) == {("护理站", "县社会福利中心", None, None),
                                             ("康复训练室", "县社会福利中心", None, None)}


def test_a_share_after_a_season_and_a_season_before_the_verb(care):
    assert requirements_on_line(care, 6) == {("发热门诊", "二级以上综合医院", None, None),
                                             ("肠道门诊", "二级以上综合医院", 100.0, 2025),
                                             ("肠道门诊", "有条件的乡镇卫生院", None, None)}


def test_a_collective_of_centres_is_no_unit(care):
    assert requirements_on_line(care, 7) == set()


def test_a_county_seat_town_and_a_yearly_campaign(care):
    assert names_on_line(care, 8, "institution") == {"城关镇社区卫生服务中心"}
    assert names_on_line(care, 8, "programme") == {"敬老月活动"}


def test_listed_agencies_each_responsible(care):
    assert {(f.agency.written, f.role) for f in facts_on_line(care, Responsibility, 10)} == {
        ("县委宣传部", "responsible"), ("县卫生健康局", "responsible"), ("县教育局", "responsible")}
