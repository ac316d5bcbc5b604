"""Constructions of a city's elderly health action plan (issue 14: tests/documents/probe209, whose key reads them
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- named occasions listed before 等活动 (老年健康宣传周、全国敬老月等活动; 世界无烟日、全国爱牙日等主题宣传活动): each
  day, week or month is the campaign's name, the generic 活动 after 等 is no part of it; a list whose members are no
  occasions still shares its tail (健康体重、健康口腔等专项行动);
- a plan and a generic category joined by 和 after an implementing verb (纳入经济社会发展规划和民生实事项目) name no
  programme; a programme after a plan still does (纳入国家免疫规划和健康促进行动 → the campaign);
- a document number after a verb of benefit (享受黑政办发〔2024〕12号文件规定的政策): the number without the verb.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document

TEXTS = {
    "simplified": """松江市老年健康服务能力提升三年行动计划（2025—2027年）
一、重点任务
1.结合老年健康宣传周、全国敬老月等活动，广泛宣传老年健康政策。
2.依托世界无烟日、全国爱牙日等主题宣传活动，普及健康知识。
3.开展健康体重、健康口腔等专项行动。
4.各县（市）区要将老年健康工作纳入本地区经济社会发展规划和民生实事项目统筹推进。
5.将老年人健康管理纳入基本公共卫生服务规划和老年心理关爱行动。
6.社会力量举办医养结合机构在用地保障、税费减免等方面享受黑政办发〔2024〕12号文件规定的支持政策。
""",
    "traditional": """松江市老年健康服務能力提升三年行動計劃（2025—2027年）
一、重點任務
1.結合老年健康宣傳周、全國敬老月等活動，廣泛宣傳(chuán)老年健康政策。
2.依託世界無煙日、全國愛牙日等主題宣傳活動，普及健康知識。
3.開展健康體重、健康口腔等專項行(xíng)動。
4.各縣（市）區要將老年健康工作納入本地區經濟社會發展規劃和民生實事項(xiàng)目統籌推進。
5.將老年人健康管理納入基本公共衛生服務規劃和老年心理關愛行動。
6.社會力量舉辦醫養結合機構在用地保障、稅費減免等方面享受黑政辦發〔2024〕12號文件規定的支持政策。
""",
}

doc = per_script_document(TEXTS, "elderly-action", "松江市老年健康服务能力提升三年行动计划（2025—2027年）", "上海市",
                          "2025-03-18")


def test_named_occasions_before_a_generic_activity_are_the_names(doc) -> None:
    assert names_on_line(doc, 2, "programme") == {"老年健康宣传周", "全国敬老月"}
    assert names_on_line(doc, 3, "programme") == {"世界无烟日", "全国爱牙日"}


def test_heads_that_are_no_occasions_still_share_the_tail(doc) -> None:
    assert names_on_line(doc, 4, "programme") == {"健康体重专项行动", "健康口腔专项行动"}


def test_a_plan_and_a_generic_category_name_no_programme(doc) -> None:
    assert names_on_line(doc, 5, "programme") == set()
    assert names_on_line(doc, 6, "programme") == {"老年心理关爱行动"}


def test_a_document_number_after_a_verb_of_benefit(doc) -> None:
    assert [c.number for c in facts_on_line(doc, Citation, 7)] == ["黑政办发〔2024〕12号"]
