"""A city's hospital layout plan (issue 14: tests/documents/probe207, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a table whose cells are apart by spaces, under a header opening with a name column (医院名称) and holding a
  column of a year or of counts with their unit, is a table: each row's counts are the row's institution's, of the
  column's year (what exists at a past year an observation, a later year's plan a target), and each unit of its key
  specialty column (重点建设专科) is a requirement of that institution;
- `上述两项指标分别…a和b`: the values go, in order, to the two measures the line named before.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """岳州市医疗机构设置规划（2024—2030年）
一、发展目标
到2025年，每千人口执业（助理）医师数达到3.1人，每千人口注册护士数达到3.9人；到2030年，上述两项指标分别提高到3.5人和4.6人。
二、医院设置
表2　岳州市公立医院床位规划
医院名称  等级  2023年末实有床位（张）  2030年规划床位（张）  重点建设专科
岳州市第一人民医院  三级甲等  1850  2200  胸外科、肿瘤科
岳州市中医医院  三级乙等  900  1200  康复医学科、治未病科
平江县人民医院  二级甲等  600  800  儿科
注：床位为编制床位。
""",
    "traditional": """岳州市醫療機構設置規劃（2024—2030年）
一、發展目標
到2025年，每千人口執業（助理）醫師數達到3.1人，每千人口註冊護(hù)士數達到3.9人；到2030年，上述兩項指標分別提高到3.5人和4.6人。
二、醫院設置
表2　岳州市公立醫院床位規劃
醫院名稱  等級  2023年末實有床位（張）  2030年規劃床位（張）  重點建設專科
岳州市第一人民醫(yī)院  三級甲等  1850  2200  胸外科、腫瘤科
岳州市中醫醫院  三級乙等  900  1200  康復醫學科、治未病科
平江縣人民醫院  二級甲等  600  800  兒科
註：床位為編制床位。
""",
}

doc = per_script_document(TEXTS, "beds", "岳州市医疗机构设置规划（2024—2030年）", "岳阳市", "2024-05-20")

PHYSICIANS, NURSES = "每千人口执业（助理）医师数", "每千人口注册护士数"


def test_values_pointing_back_to_two_measures(doc):
    found = {(indicator, value, year) for kind, indicator, value, _, _, year in quantities_on_line(doc, 2)}
    assert found == {(PHYSICIANS, 3.1, 2025), (NURSES, 3.9, 2025), (PHYSICIANS, 3.5, 2030), (NURSES, 4.6, 2030)}


def test_a_spaced_table_of_hospitals_and_their_beds(doc):
    rows = {6: ("岳州市第一人民医院", 1850.0, 2200.0), 7: ("岳州市中医医院", 900.0, 1200.0),
            8: ("平江县人民医院", 600.0, 800.0)}
    for line, (hospital, now, planned) in rows.items():
        found = {(kind, value, year) for kind, indicator, value, _, _, year in quantities_on_line(doc, line)
                 if indicator.startswith(hospital) and "床位" in indicator}
        assert found == {("observation", now, 2023), ("target", planned, 2030)}, line
    assert not quantities_on_line(doc, 9)  # the note under the table


def test_a_key_specialty_column_gives_each_hospital_its_units(doc):
    assert requirements_on_line(doc, 6) == {("胸外科", "岳州市第一人民医院", None, None),
                                            ("肿瘤科", "岳州市第一人民医院", None, None)}
    assert requirements_on_line(doc, 7) == {("康复医学科", "岳州市中医医院", None, None),
                                            ("治未病科", "岳州市中医医院", None, None)}
    assert requirements_on_line(doc, 8) == {("儿科", "平江县人民医院", None, None)}
