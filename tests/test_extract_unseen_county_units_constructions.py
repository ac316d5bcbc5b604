"""Constructions found missing or misread on unseen plans (issue 14: tests/documents/probe136, probe137 and probe138,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- a place-column table whose columns are towns and townships (北塬乡);
- 分设 sets units up; an institution that 完善 a unit closing its clause requires it; a 指导室 is a room;
- places listed before 等 and an institution type (韩集、土桥等6个乡镇卫生院) are institutions, no units;
- 指定专门科室 names no unit; 分别与 ends no institution's name.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """临夏县妇幼健康服务提升方案（2025—2027年）
一、主要目标
表1　各乡镇2027年主要目标
指标|城关镇|土桥镇|北塬乡|莲花镇
孕产妇系统管理率（%）|≥93|≥92|≥91|—
二、重点任务
1.加强儿科建设。县人民医院加强儿科建设，分设儿科门诊和儿科病区；县妇幼保健院完善儿童保健科，开设儿童早期发展门诊。
2.城关镇卫生院设立儿童早期发展指导室。
3.加强韩集、土桥等6个乡镇卫生院和县疾控中心建设。
4.县人民医院、县妇幼保健院和兰州大学第二医院分别与乡镇卫生院共建儿科联合门诊。
5.二级以上医院要设立公共卫生科或指定专门科室。
""",
    "traditional": """臨夏縣婦幼健康服務提升方案（2025—2027年）
一、主要目標
表1　各鄉鎮2027年主要目標
指標|城關鎮|土橋鎮|北塬鄉|蓮花鎮
孕產婦系統(tǒng)管理率（%）|≥93|≥92|≥91|—
二、重點任務
1.加強兒科建設。縣人民醫院加強兒科建設，分設(shè)兒科門診和兒科病區；縣婦幼保健院完善兒童保健科，開設兒童早期發展門診。
2.城關鎮衛生院設立兒童早期發展指(zhǐ)導室。
3.加強韓集、土橋等6個鄉鎮衛生院和縣疾控(kòng)中心建設。
4.縣人民醫院、縣婦幼保健院和蘭州大學第二醫院分別與鄉鎮衛生院共建兒科聯合(hé)門診。
5.二級以上醫院要設立公共衛生科或指定專門科室。
""",
}

doc = per_script_document(TEXTS, "county-units", "临夏县妇幼健康服务提升方案（2025—2027年）", "临夏县", "2025-03-20")


def test_towns_and_townships_as_columns(doc):
    assert quantities_on_line(doc, 4) == {
        ("target", "城关镇孕产妇系统管理率", 93.0, "percent", ">=", 2027),
        ("target", "土桥镇孕产妇系统管理率", 92.0, "percent", ">=", 2027),
        ("target", "北塬乡孕产妇系统管理率", 91.0, "percent", ">=", 2027),
    }


def test_units_set_apart_completed_and_rooms(doc):
    assert requirements_on_line(doc, 6) == {("儿科", "县人民医院", None, None), ("儿科门诊", "县人民医院", None, None),
                                            ("儿科病区", "县人民医院", None, None), ("儿童保健科", "县妇幼保健院", None, None),
                                            ("儿童早期发展门诊", "县妇幼保健院", None, None)}
    assert requirements_on_line(doc, 7) == {("儿童早期发展指导室", "城关镇卫生院", None, None)}


def test_institutions_listed_before_their_type_are_no_units(doc):
    assert requirements_on_line(doc, 8) == set()


def test_names_end_before_a_pairing(doc):
    assert names_on_line(doc, 9, "institution") == {"临夏县人民医院", "临夏县妇幼保健院", "兰州大学第二医院"}


def test_an_office_designated_is_no_unit(doc):
    assert requirements_on_line(doc, 10) == {("公共卫生科", "二级以上医院", None, None)}
