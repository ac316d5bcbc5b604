"""A city's care-medical integration plan (issue 14: tests/documents/probe202, whose key reads it so), written twice:
in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- 推行 is a verb before a type of institution (石门县推行乡镇卫生院… names no institution);
- one unit's shares for the years the sentence opens with (到2025年和2027年，…的比例分别达到90%和100%): a target and a
  requirement for each year; 及 in 二级及以上 joins no list.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """常德市医养结合高质量发展实施方案
一、现状
石门县推行乡镇卫生院与敬老院“两院一体”运营。
二、重点任务
1.加强康复医疗服务。到2025年和2027年，二级及以上综合医院设置康复医学科的比例分别达到90%和100%。
""",
    "traditional": """常德市醫養結合高質量發展實施方案
一、現狀
石門縣推(tuī)行鄉鎮衛生院與敬老院“兩院一體”運營。
二、重點任務
1.加強(qiáng)康復醫療服務。到2025年和2027年，二級及以上綜合醫院設置康復(fù)醫學科的比例分別達到90%和100%。
""",
}

doc = per_script_document(TEXTS, "eldercare-city", "常德市医养结合高质量发展实施方案", "常德市", "2024-05-20")


def test_a_verb_before_a_type_of_institution_names_none(doc):
    assert names_on_line(doc, 2, "institution") == set()


def test_one_units_share_for_each_year(doc):
    assert quantities_on_line(doc, 4) == {
        ("target", "二级及以上综合医院设置康复医学科的比例", 90.0, "percent", ">=", 2025),
        ("target", "二级及以上综合医院设置康复医学科的比例", 100.0, "percent", ">=", 2027)}
    assert requirements_on_line(doc, 4) == {("康复医学科", "二级及以上综合医院", 90.0, 2025),
                                            ("康复医学科", "二级及以上综合医院", 100.0, 2027)}
