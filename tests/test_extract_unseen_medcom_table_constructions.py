"""A county's annual medical-community plan and a city's mental-health plan (issue 14: tests/documents/probe236 and
probe237, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a one-cell-per-line table with a 序号 column and year columns headed 完成值 / 目标值: the past year's column is an
  observation, the plan year's a target;
- 均已设置 is what exists, not a requirement;
- the one hospital a sentence opens with hosts the units of its later clause once (…总医院要设立A中心，完善远程影像、
  远程心电诊断中心功能), and the list shares 诊断中心;
- village clinics called 卫生所, each after its town, the first after a town whose name is a verb's word (支持联合乡…).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """永春县2026年基层卫生健康工作方案
一、工作目标
2025年，全县家庭医生签约服务覆盖率已达51.3%，22个乡镇卫生院均已设置中医馆；9个乡镇中仍有3个乡镇没有开设康复科的卫生院。
表1　2026年主要指标
序号
指标名称
2025年完成值
2026年目标值
1
高血压患者基层规范管理服务率（%）
61.2
≥65
2
县域外转诊率（%）
10.1
9
二、重点任务
1.深化医共体建设。永春县总医院要设立慢病管理中心和健康管理中心，完善远程影像、远程心电诊断中心功能。
2.推进乡村一体化管理。优先支持联合乡东山村卫生所、岵山镇茂霞村卫生所等服务人口较多的村卫生所。
""",
    "traditional": """永春縣2026年基層衛生健康工作方案
一、工作目標
2025年，全縣家庭醫生簽約服務覆蓋率已達51.3%，22個鄉鎮衛生院均已設置中醫館；9個鄉鎮中仍有3個鄉鎮沒有開設康復科的衛生院。
表1　2026年主要指標
序號
指標名稱
2025年完成值
2026年目標值
1
高血壓患者基層規範管(guǎn)理服務率（%）
61.2
≥65
2
縣域外轉診率（%）
10.1
9
二、重點任務
1.深化醫共體建設。永春縣總醫院要設立慢病管理中心和健康管理中心，完善遠程影像、遠程心電診斷中(zhōng)心功能。
2.推進鄉村一體化管理。優先支持聯合(hé)鄉東山村衛生所、岵山鎮茂霞村衛生所等服務人口較多的村衛生所。
""",
}

doc = per_script_document(TEXTS, "yongchun-medcom", "永春县2026年基层卫生健康工作方案", "永春县", "2026-03-10")


def test_a_cell_table_with_completed_and_target_year_columns(doc) -> None:
    # a row's facts are evidenced from its label's line
    assert quantities_on_line(doc, 9) == {("observation", "高血压患者基层规范管理服务率", 61.2, "percent", "=", 2025),
                                          ("target", "高血压患者基层规范管理服务率", 65.0, "percent", ">=", 2026)}
    assert quantities_on_line(doc, 13) == {("observation", "县域外转诊率", 10.1, "percent", "=", 2025),
                                           ("target", "县域外转诊率", 9.0, "percent", "<=", 2026)}


def test_what_exists_is_no_requirement(doc) -> None:
    assert requirements_on_line(doc, 2) == set()
    assert ("observation", "家庭医生签约服务覆盖率", 51.3, "percent", "=", 2025) in quantities_on_line(doc, 2)


def test_the_opening_hospital_hosts_a_later_clause_list_sharing_its_head(doc) -> None:
    found = requirements_on_line(doc, 17)
    assert ("远程影像诊断中心", "永春县总医院", None, None) in found, found
    assert ("远程心电诊断中心", "永春县总医院", None, None) in found, found


def test_village_clinics_called_weishengsuo_after_their_towns(doc) -> None:
    names = names_on_line(doc, 18, "institution")
    assert {n[-6:] for n in names} == {"东山村卫生所", "茂霞村卫生所"}, names
