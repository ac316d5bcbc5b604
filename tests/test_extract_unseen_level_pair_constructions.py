"""A province's surveillance plan and a city's workforce plan (issue 14: tests/documents/probe258 and probe261, whose
keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- levels listed before 两级 may be a level of two characters or more (省、设区市两级疾控中心): each level's measure;
- a comparator before the first value of a 分别 list (分别不少于3000株和300株) bounds every value; 株 counts strains;
- 农村订单定向免费医学生培养 is the national training programme whichever way its words run.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """浙江省传染病监测预警与应急处置能力提升行动方案（2026—2027年）
一、工作目标
到2027年，省、设区市两级疾控中心每年开展病原体基因组测序分别不少于3000株和300株。
二、重点任务
1.继续实施农村订单定向免费医学生培养，开展住院医师规范化培训。
""",
    "traditional": """浙江省傳染病監測預警與應急處置能力提升行動方案（2026—2027年）
一、工作目標
到2027年，省、設區市兩級疾控中心每年開展病原體基因組測序分別不少於3000株和300株。
二、重點任務
1.繼續實施農村訂單定向免費醫(yī)學生培養，開展住院醫師規範化培訓。
""",
}

doc = per_script_document(TEXTS, "zhejiang-surveillance", "浙江省传染病监测预警与应急处置能力提升行动方案（2026—2027年）",
                          "浙江省", "2026-02-27")


def test_two_levels_each_take_their_value_and_the_comparator_before_the_first(doc) -> None:
    found = {(w, v, c) for _, w, v, _, c, _ in quantities_on_line(doc, 2)}
    assert found == {("省级疾控中心每年开展病原体基因组测序", 3000.0, ">="),
                     ("设区市级疾控中心每年开展病原体基因组测序", 300.0, ">=")}, found


def test_the_rural_ordered_training_in_either_word_order(doc) -> None:
    assert names_on_line(doc, 4, "programme") == {"农村订单定向免费医学生培养", "住院医师规范化培训"}
