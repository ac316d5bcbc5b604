"""Constructions found missing on unseen plans (issue 14: tests/documents/probe8 and probe9), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a yearly count with a minimum is a target named by its subject and period (乡镇卫生院每年至少开展1项新技术,
  每年下派不少于30名…); without a minimum a count of events is a schedule (每年开展2次督导检查);
- 个月 is a unit of time (服务时间不少于6个月);
- 配备 sets a unit up (配备肺功能检查室), …透析室 is a room, a unit's 开设率 is its share;
- a list of causes inside one rate (因心脑血管疾病、癌症…和糖尿病导致的过早死亡率) is one indicator, not one per cause;
- 通过 and 确定为 introduce a programme (通过万名医师支援农村卫生工程, 确定为…建设试点县: the 县 is no part of it);
- a name may start a sentence (。元厚镇中心卫生院…), and …高等专科学校 ends a college's name.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """某县紧密型县域医共体建设实施方案
一、工作目标
到2027年，乡镇卫生院每年至少开展1项新技术、新项目，医共体牵头医院每年下派不少于30名中级及以上职称医务人员，每名驻点人员服务时间不少于6个月。
每年开展2次督导检查。
县级医院要配备肺功能检查室，有条件的中心卫生院开设血液透析室，乡镇卫生院慢病一体化门诊开设率达到100%。
县域内30—70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率较2024年下降5%以上。
通过万名医师支援农村卫生工程，组织城市医师下沉。
2019年我市被确定为全国紧密型县域医疗卫生共同体建设试点县以来，改革持续深化。
开放床位达到80张以上。元厚镇中心卫生院、官渡镇中心卫生院参照标准建设，与遵义医药高等专科学校合作定向培养乡村医生。
""",
    "traditional": """某縣緊密型縣域醫共體建設實施方案
一、工作目標
到2027年，鄉鎮衛(wèi)生院每年至少開展1項新技術、新項目，醫共體牽頭醫院每年下派不少於30名中級及以上職稱醫務人員，每名駐點人員服務時間不少於6個(gè)月。
每年開展2次督導檢查。
縣級醫院要配備肺功能檢(jiǎn)查室，有條件的中心衛生院開設血液透析室，鄉鎮衛生院慢病一體化門診開設率達到100%。
縣域內30—70歲人羣因心腦血管疾病、癌(ái)症、慢性呼吸系統疾病和糖尿病導致的過早死亡率較2024年下降5%以上。
通過萬名醫師支援農村衛生工程，組織城市醫師下沉。
2019年我市被確定為全國緊密型縣域醫療衛生共同體建(jiàn)設試點縣以來，改革持續深化。
開放牀位達到80張以上。元厚鎮中心(xīn)衛生院、官渡鎮中心衛生院參照標準建設，與遵義醫藥高等專(zhuān)科學校合作定向培養鄉村醫生。
""",
}



doc = per_script_document(TEXTS, "county", "某县紧密型县域医共体建设实施方案", "赤水市", "2024-06-01")


def test_yearly_counts_with_a_minimum_and_a_stay_in_months(doc) -> None:
    facts = {(f[2], f[3], f[4], f[5]) for f in quantities_on_line(doc, 2)}
    assert facts == {(1.0, "count", ">=", 2027), (30.0, "count", ">=", 2027), (6.0, "month", ">=", 2027)}
    named = {f[1] for f in quantities_on_line(doc, 2)}
    assert any(n.startswith("乡镇卫生院每年") for n in named) and any(n.startswith("医共体牵头医院每年") for n in named)


def test_a_schedule_is_no_target(doc) -> None:
    assert quantities_on_line(doc, 3) == set()


def test_rooms_equipped_and_a_share_of_clinics_opened(doc) -> None:
    found = {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, 4)}
    assert found == {("肺功能检查室", "县级医院", None), ("血液透析室", "有条件的中心卫生院", None),
                     ("慢病一体化门诊", "乡镇卫生院", 100.0)}


def test_causes_inside_one_rate(doc) -> None:
    (fact,) = quantities_on_line(doc, 5)
    assert fact[1].endswith("糖尿病导致的过早死亡率") and fact[2] == 5.0


def test_a_programme_after_tongguo(doc) -> None:
    assert {f.name for f in facts_on_line(doc, NamedEntityMention, 6) if f.kind == "programme"} == {
        "万名医师支援农村卫生工程"}


def test_a_pilot_a_county_was_chosen_for(doc) -> None:
    assert {f.name for f in facts_on_line(doc, NamedEntityMention, 7) if f.kind == "programme"} == {
        "全国紧密型县域医疗卫生共同体建设试点"}


def test_names_after_a_full_stop_and_a_college(doc) -> None:
    assert {f.name for f in facts_on_line(doc, NamedEntityMention, 8) if f.kind == "institution"} == {
        "元厚镇中心卫生院", "官渡镇中心卫生院", "遵义医药高等专科学校"}
