"""Constructions found missing on unseen plans (issue 14: tests/documents/probe126, probe127 and probe132, whose keys
read them), written twice: in simplified script and in traditional script with pinyin noise. Expected values are
written by hand.

- a table with one row per indicator and one column per place (指标 | 海拉尔区 | 满洲里市 …): each cell is the place's
  own target for the caption's year, a "—" cell none, and a share of a unit in a row is a requirement per place;
- a town's name may be long (乌布尔宝力格苏木卫生院), a 制剂中心 is an institution, a unit may open with 24小时;
- 按照《…》 between institutions and their verb, units set up by a verb closing their clause (…等平台科室全面规范
  建设), a share of the units named again in a later sentence (…2025年中医馆设置率达到85%以上，2027年达到100%) with
  the institutions the item named for them, other institutions' share (三级医院的设置率2026年底前达到100%);
- named institutions that 等 closes before their class (A医院、B医院等二级以上综合医院) are the class;
- 临床药学科 is a department, 民族医药学科 a discipline; a unit set up 在药房 or in the 门诊药房 of its institution.
"""

from __future__ import annotations

from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """呼伦贝尔市牧区基层医疗卫生服务能力提升方案（2025—2027年）
一、主要目标
表1　重点旗市区2027年主要指标目标值
指标|海拉尔区|满洲里市|新巴尔虎左旗|鄂温克族自治旗
每千人口执业（助理）医师数（人）|3.2|2.8|—|2.5
苏木乡镇卫生院中医馆设置率（%）|100|90|80|80
婴儿死亡率（‰）|≤5|≤6|≤6|≤7
注：表中数值均为2027年目标值。
二、重点任务
1.全面建设苏木乡镇卫生院中医馆。推进中医馆标准化建设，2025年中医馆设置率达到85%以上，2027年达到100%。
2.支持新巴尔虎左旗乌布尔宝力格苏木卫生院、鄂温克族自治旗伊敏河镇卫生院开设24小时急诊室，建设呼伦贝尔市蒙药制剂中心。
3.到2026年，80%以上的苏木乡镇卫生院按照《乡镇卫生院服务能力标准（2022版）》设置全科诊室。
4.到2025年底，旗县级人民医院设置儿科的比例达到100%，麻醉科、检验科和医学影像科等平台科室全面规范建设。
5.满洲里市人民医院、扎兰屯市人民医院等二级以上综合医院要设置心理门诊。
6.二级以上医院要独立设置临床药学科，到2025年底设置率达到80%，三级医院的设置率2026年底前达到100%。
7.二级以上医院门诊药房应当设置用药咨询窗口，社区卫生服务中心应当在药房设置用药咨询窗口。
8.依托内蒙古医科大学加强民族医药学科建设。
""",
    "traditional": """呼倫貝爾市牧區基層醫療衛生服務能力提升方案（2025—2027年）
一、主要目標
表1　重點旗市區2027年主要指標目標值
指標|海拉爾區|滿洲里市|新巴爾虎左旗|鄂溫克族自治旗
每千人口執業（助理）醫師(shī)數（人）|3.2|2.8|—|2.5
蘇木鄉鎮衛生院中醫(yī)館設置率（%）|100|90|80|80
嬰兒死亡率（‰）|≤5|≤6|≤6|≤7
注：表中數值均爲2027年目標值。
二、重點任務
1.全面建設蘇木鄉鎮衛生院中醫(yī)館。推進中醫館標準化建設，2025年中醫館設置率達到85%以上，2027年達到100%。
2.支持新巴爾虎左旗烏布爾寶力格蘇木衛生院、鄂溫克族自治旗伊敏河鎮衛生院開設24小時急診(zhěn)室，建設呼倫貝爾市蒙藥製劑中心。
3.到2026年，80%以上的蘇木鄉鎮衛生院按照《鄉鎮衛生院服務能力標準（2022版）》設置全科診室。
4.到2025年底，旗縣級人民醫院設置兒科的比例達到100%，麻醉科、檢驗科和醫學影像科等平臺(tái)科室全面規範建設。
5.滿洲里市人民醫院、扎蘭屯市人民醫院等二級以上綜合醫院要設置心理門(mén)診。
6.二級以上醫院要獨立設置臨牀藥學(xué)科，到2025年底設置率達到80%，三級醫院的設置率2026年底前達到100%。
7.二級以上醫院門診藥房應當設置用藥諮詢窗口，社區衛生服務中心應當在藥房設置用藥諮詢窗口。
8.依託內蒙古醫科大學加強民族醫藥學(xué)科建設。
""",
}

doc = per_script_document(TEXTS, "place-columns", "呼伦贝尔市牧区基层医疗卫生服务能力提升方案（2025—2027年）", "呼伦贝尔市",
                          "2025-04-10")


def test_a_column_per_place_gives_each_place_its_target(doc):
    physicians = "每千人口执业（助理）医师数"
    assert quantities_on_line(doc, 4) == {
        ("target", "海拉尔区" + physicians, 3.2, "per-1000-population", ">=", 2027),
        ("target", "满洲里市" + physicians, 2.8, "per-1000-population", ">=", 2027),
        ("target", "鄂温克族自治旗" + physicians, 2.5, "per-1000-population", ">=", 2027),
    }  # 新巴尔虎左旗: "—", no target
    assert quantities_on_line(doc, 6) == {
        ("target", "海拉尔区婴儿死亡率", 5.0, "per-mille", "<=", 2027),
        ("target", "满洲里市婴儿死亡率", 6.0, "per-mille", "<=", 2027),
        ("target", "新巴尔虎左旗婴儿死亡率", 6.0, "per-mille", "<=", 2027),
        ("target", "鄂温克族自治旗婴儿死亡率", 7.0, "per-mille", "<=", 2027),
    }


def test_a_unit_share_per_place_is_a_requirement_of_each_place(doc):
    assert requirements_on_line(doc, 5) == {
        ("中医馆", "海拉尔区苏木乡镇卫生院", 100.0, 2027),
        ("中医馆", "满洲里市苏木乡镇卫生院", 90.0, 2027),
        ("中医馆", "新巴尔虎左旗苏木乡镇卫生院", 80.0, 2027),
        ("中医馆", "鄂温克族自治旗苏木乡镇卫生院", 80.0, 2027),
    }


def test_a_later_sentence_gives_the_shares_of_the_item_units(doc):
    assert requirements_on_line(doc, 9) == {("中医馆", "苏木乡镇卫生院", 85.0, 2025),
                                            ("中医馆", "苏木乡镇卫生院", 100.0, 2027)}


def test_long_town_names_a_preparation_centre_and_a_24_hour_room(doc):
    assert names_on_line(doc, 10, "institution") == {"新巴尔虎左旗乌布尔宝力格苏木卫生院", "鄂温克族自治旗伊敏河镇卫生院",
                                                     "呼伦贝尔市蒙药制剂中心"}
    assert requirements_on_line(doc, 10) == {("24小时急诊室", "新巴尔虎左旗乌布尔宝力格苏木卫生院", None, None),
                                             ("24小时急诊室", "鄂温克族自治旗伊敏河镇卫生院", None, None)}


def test_a_standard_between_institutions_and_verb(doc):
    [found] = facts_on_line(doc, DepartmentRequirement, 11)
    assert (found.department, found.share, found.year) == ("全科诊室", 80.0, 2026)
    assert found.institution_scope.endswith("苏木乡镇卫生院")


def test_units_set_up_by_a_closing_verb_take_the_clause_before_institutions(doc):
    assert requirements_on_line(doc, 12) == {("儿科", "旗县级人民医院", 100.0, 2025), ("麻醉科", "旗县级人民医院", None, 2025),
                                             ("检验科", "旗县级人民医院", None, 2025),
                                             ("医学影像科", "旗县级人民医院", None, 2025)}


def test_named_institutions_closed_by_etc_are_their_class(doc):
    assert requirements_on_line(doc, 13) == {("心理门诊", "二级以上综合医院", None, None)}


def test_clinical_pharmacy_and_the_share_of_other_institutions(doc):
    assert requirements_on_line(doc, 14) == {("临床药学科", "二级以上医院", 80.0, 2025), ("临床药学科", "三级医院", 100.0, 2026)}


def test_a_unit_in_the_pharmacy_of_its_institution(doc):
    assert requirements_on_line(doc, 15) == {("用药咨询窗口", "二级以上医院", None, None),
                                             ("用药咨询窗口", "社区卫生服务中心", None, None)}


def test_a_discipline_is_no_department(doc):
    assert requirements_on_line(doc, 16) == set()
