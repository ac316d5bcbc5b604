"""A national notice on geriatrics departments (issue 14: tests/documents/probe197, whose key reads it so), written
twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- after a share of units, 其中 A达到x、B达到y gives each institution its own share of the same units, and a later
  clause (三级综合医院设立比例达到100%，二级综合医院不低于70%) goes on with the units of the clause before;
- 设立比例 is a rate word like 设置比例;
- a count after 患有 (患有一种及以上慢性病) qualifies the people counted, no value;
- beds directed to fields (新增床位重点向老年护理、康复…等短缺领域倾斜) require no unit.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """国家卫生健康委办公厅关于加强二级及以上综合医院老年医学科建设的通知
一、工作目标
到2025年，二级及以上综合医院设立老年医学科的比例达到65%以上，其中三级综合医院达到90%以上、二级综合医院达到55%以上。
到2027年，二级及以上综合医院设立老年医学科的比例提高到80%以上，三级综合医院设立比例达到100%，二级综合医院不低于70%。
二、工作基础
2023年，全国约1.9亿老年人患有一种及以上慢性病。
三、重点任务
1.合理控制公立医院床位规模，新增床位重点向老年护理、康复、精神卫生、儿科等短缺领域倾斜。
""",
    "traditional": """國家衛生健康委辦公廳關於加強二級及以上綜合醫院(yuàn)老年醫學科建設的通知
一、工作目標
到2025年，二級及以上綜(zōng)合醫院設立老年醫學科的比例達到65%以上，其中三級綜合(hé)醫院達到90%以上、二級綜合醫院達到55%以上。
到2027年，二級及以上(shàng)綜合醫院設立老年醫學科的比例提高到80%以上，三級綜合(hé)醫院設立比例達到100%，二級綜合醫院不低於70%。
二、工作基礎
2023年(nián)，全國約1.9億老年人患有一種及以上慢性病。
三、重點任務
1.合(hé)理控制公立醫院牀位規模，新增牀位重點向老年護理、康(kāng)復、精神衛生、兒科等短缺領域傾斜。
""",
}

doc = per_script_document(TEXTS, "geriatrics-national", "国家卫生健康委办公厅关于加强二级及以上综合医院老年医学科建设的通知",
                          "中华人民共和国", "2024-06-17")


def test_each_institution_its_own_share_after_其中(doc):
    assert requirements_on_line(doc, 2) == {("老年医学科", "二级及以上综合医院", 65.0, 2025),
                                            ("老年医学科", "三级综合医院", 90.0, 2025),
                                            ("老年医学科", "二级综合医院", 55.0, 2025)}


def test_later_clauses_go_on_with_the_units_before(doc):
    assert requirements_on_line(doc, 3) == {("老年医学科", "二级及以上综合医院", 80.0, 2027),
                                            ("老年医学科", "三级综合医院", 100.0, 2027),
                                            ("老年医学科", "二级综合医院", 70.0, 2027)}


def test_a_count_of_diseases_qualifies_the_people(doc):
    assert not {q for q in quantities_on_line(doc, 5) if q[2] == 1.0}


def test_fields_beds_are_directed_to_are_no_units(doc):
    assert requirements_on_line(doc, 7) == set()
