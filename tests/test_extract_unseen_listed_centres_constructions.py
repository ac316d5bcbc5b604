"""Units, programmes and centres misread on unseen plans (issue 14: tests/documents/probe118, probe124 and probe125,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- 病案管理科(室) is the 病案管理科, one requirement with the share the sentence goes on to give for it;
- 各临床科室 and an 归口管理部门 are no units to set up;
- towns or streets listed before a centre headed by the last of them each head the same label (陆家嘴、塘桥、
  高桥镇社区卫生服务中心), and institutions completing a designation (…完成创建) are no programme; units and roles
  listed before a centre (中医馆、全科诊室、; 为龙头、) are no towns.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """浦东新区社区医院建设三年行动方案
一、重点任务
1.二级以上医疗机构要独立设置病案管理科(室)，到2026年，二级以上医疗机构病案管理科设置率达到100%。
2.鼓励各临床科室开展日间手术，明确运行分析和自查自纠的归口管理部门。
3.重点支持陆家嘴、塘桥、张江、高桥镇社区卫生服务中心完成创建。
4.以浦东医院为龙头、川沙新镇社区卫生服务中心为枢纽，推进中医馆、全科诊室、合庆镇社区卫生服务中心建设。
""",
    "traditional": """浦東新區社區醫院建設三年行動方案
一、重點任務
1.二級以上醫療機構要獨立設置病案(àn)管理科(室)，到2026年，二級以上醫療機構病案管理科設置率達到100%。
2.鼓勵各臨牀科室開展日(rì)間手術，明確運行分析和自查自糾的歸口管理部門。
3.重點支持陸家嘴、塘橋、張江、高橋鎮社區衛生服務中心完成創(chuàng)建。
4.以浦東醫院爲龍頭、川沙新鎮社區衛生服務中心爲樞紐，推進中醫館、全科診室、合慶鎮社區衛生服務中心建設。
""",
}

doc = per_script_document(TEXTS, "pudong", "浦东新区社区医院建设三年行动方案", "上海市浦东新区", "2025-03-14")


def test_a_department_with_its_room_form(doc):
    assert requirements_on_line(doc, 2) == {("病案管理科", "二级以上医疗机构", 100.0, 2026)}


def test_each_clinical_department_and_an_office_in_charge_are_no_units(doc):
    assert requirements_on_line(doc, 3) == set()


def test_towns_listed_before_a_centre_share_its_label(doc):
    assert names_on_line(doc, 4, "institution") == {"陆家嘴社区卫生服务中心", "塘桥社区卫生服务中心",
                                                    "张江社区卫生服务中心", "高桥镇社区卫生服务中心"}
    assert names_on_line(doc, 4, "programme") == set()


def test_units_and_roles_before_a_centre_are_no_towns(doc):
    names = names_on_line(doc, 5, "institution")
    assert {"川沙新镇社区卫生服务中心", "合庆镇社区卫生服务中心"} <= names
    assert not [n for n in names if n.startswith(("龙头", "中医馆", "全科诊室"))]
