"""A prefecture's ethnic-medicine plan and a national opinion on children's health (issue 14: tests/documents/probe240
and probe241, whose keys read them so), written twice: in simplified script and in traditional script with pinyin
noise. Expected values are written by hand.

- each of two hospitals sets up its own centre (A医院建设X中心、B医院建设Y中心), and a centre that spreads techniques
  (…适宜技术推广中心) is a unit of the hospital that sets it up;
- a quoted recurring event (“…文化节”) is a campaign;
- a hospital named …妇女儿童医疗中心, with its group's bracket (（集团）), and a national centre drawn on whose name
  holds 和 (发挥国家心理健康和精神卫生防治中心…作用).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """黔西南州中医药和民族医药发展规划（2026—2030年）
一、重点任务
1.到2028年，兴义市中医医院建设布依医药诊疗中心、安龙县中医医院建设苗医药诊疗中心。
2.每年举办“布依医药文化节”，推动中医药文化进校园。
3.支持深圳市妇女儿童医疗中心（集团）开展对口帮扶，发挥国家心理健康和精神卫生防治中心技术指导作用。
4.州中医医院要设置民族医药适宜技术推广中心，开展适宜技术培训。
""",
    "traditional": """黔西南州中醫藥和民族醫藥發展規劃（2026—2030年）
一、重點任務
1.到2028年，興義市中醫醫院建設布依醫藥診(zhěn)療中心、安龍縣中醫(yī)醫院建設苗醫藥診療中心。
2.每年舉辦“布依醫藥文化節”，推動中醫藥文化進校園。
3.支持深圳市婦女兒童醫療中心（集團）開展對口幫扶，發揮國家心理健康和精神衛生防治中心技術指導作用。
4.州中醫醫院要設置民族醫藥適宜技術推廣中心，開展適宜技術培訓。
""",
}

doc = per_script_document(TEXTS, "qianxinan-ethnic-medicine", "黔西南州中医药和民族医药发展规划（2026—2030年）",
                          "黔西南布依族苗族自治州", "2026-01-20")


def test_each_hospital_sets_up_its_own_centre(doc) -> None:
    found = {(department, scope) for department, scope, _, _ in requirements_on_line(doc, 2)}
    assert found == {("布依医药诊疗中心", "兴义市中医医院"), ("苗医药诊疗中心", "安龙县中医医院")}, found


def test_a_quoted_festival_is_a_campaign(doc) -> None:
    assert "布依医药文化节" in names_on_line(doc, 3, "programme")


def test_a_womens_and_childrens_medical_centre_and_a_national_centre_with_he(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"深圳市妇女儿童医疗中心（集团）", "国家心理健康和精神卫生防治中心"}


def test_a_centre_spreading_techniques_is_a_hospitals_unit(doc) -> None:
    assert {(department, scope) for department, scope, _, _ in requirements_on_line(doc, 5)} == {
        ("民族医药适宜技术推广中心", "州中医医院")}
