"""A city's medical-group plan and a county's TCM work points (issue 14: tests/documents/probe263 and probe264, whose
keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- a master practitioner's studio named by the person (周明远名中医工作室, 许丽华基层名老中医药专家传承工作室) is
  an institution; a studio of a kind (建设县级名中医工作室) is not;
- a regional shared centre named by its city (南宁市区域医学影像诊断中心) is an institution; one of a kind is not;
- a city's close-knit medical groups (南宁市紧密型城市医疗集团) are a kind, not one institution;
- a referral service centre (双向转诊服务中心) is a unit of its hospital; a slogan of counted units (“三中心一平台”)
  is none;
- 农村订单定向医学生培养 and 中医治未病健康工程升级版 are programmes;
- a count after a redaction (依托(略)等地建设…基地3个) counts what the verb after it builds.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """南宁市2026年医疗集团和中医药工作要点
一、建强集团
（一）组建南宁市紧密型城市医疗集团3个，每个医疗集团牵头医院设立双向转诊服务中心。南宁市第一人民医院推进“三中心一平台”建设。
（二）依托南宁市第二人民医院建设南宁市区域医学影像诊断中心，各县建设区域医学影像诊断中心。
二、传承中医
（三）支持周明远名中医工作室和许丽华基层名老中医药专家传承工作室带教，建设县级名中医工作室5个。
（四）实施中医治未病健康工程升级版，与广西中医药大学联合开展农村订单定向医学生培养。
（五）依托(略)等地建设中医药健康文化体验基地3个。
""",
    "traditional": """南寧市2026年醫療集團和中醫(yī)藥工作要點
一、建強(qiáng)集團
（一）組建南寧市緊密型城市醫療集團3個，每個醫療集團牽頭醫院設立雙向轉診服務中心。南寧市第一人民醫院推進“三中心一平台”建設。
（二）依託南寧市第二人民醫院建設南寧市區域醫學影像診斷中心，各縣建(jiàn)設區域醫學影像診斷中心。
二、傳承中醫
（三）支持周明遠名中醫工作室和許麗華基層名老中醫藥專家傳承工作室帶教，建設縣級名中醫(yī)工作室5個。
（四）實施中醫治未病健康工程升級版，與廣西中醫藥大學聯合開(kāi)展農村訂單定向醫學生培養。
（五）依託(略)等地建設中醫藥健(jiàn)康文化體驗基地3個。
""",
}

doc = per_script_document(TEXTS, "nanning-groups-tcm", "南宁市2026年医疗集团和中医药工作要点", "南宁市",
                          "2026-02-10")


def test_a_citys_close_knit_groups_are_a_kind_and_a_referral_centre_a_unit(doc) -> None:
    assert "南宁市紧密型城市医疗集团" not in names_on_line(doc, 2, "institution")
    units = {department for department, _, _, _ in requirements_on_line(doc, 2)}
    assert "双向转诊服务中心" in units, units
    assert not any("三中心" in unit for unit in units), units


def test_a_regional_centre_named_by_its_city_is_an_institution(doc) -> None:
    assert names_on_line(doc, 3, "institution") == {"南宁市第二人民医院", "南宁市区域医学影像诊断中心"}


def test_studios_named_by_their_master_are_institutions(doc) -> None:
    assert names_on_line(doc, 5, "institution") == {"周明远名中医工作室", "许丽华基层名老中医药专家传承工作室"}


def test_national_tcm_and_training_programmes(doc) -> None:
    assert {"中医治未病健康工程升级版", "农村订单定向医学生培养"} <= names_on_line(doc, 6, "programme")


def test_a_count_after_a_redaction_counts_what_is_built(doc) -> None:
    assert quantities_on_line(doc, 7) == {("target", "中医药健康文化体验基地", 3.0, "count", "=", 2026)}
