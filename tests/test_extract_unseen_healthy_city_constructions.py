"""A city's healthy-city plan (issue 14: tests/documents/probe205, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a quoted name that is all of the words before 和 (“泰山健康大讲堂”和健康科普“五进”活动) is a member of its own:
  the programme after 和 is named alone, not joined to it;
- campaigns named …保卫战 / …攻坚战 after 打好 are programmes, one per member of a list.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """泰安市健康城市建设行动方案（2024—2027年）
一、重点任务
1.普及健康知识。持续开展“泰山健康大讲堂”和健康科普“五进”活动。
2.改善环境质量。深入打好蓝天保卫战、碧水保卫战和净土保卫战。
""",
    "traditional": """泰安市健康城市建設行動方案（2024—2027年）
一、重點任務
1.普及健康(kāng)知識。持續開展“泰山健康大講堂”和健康科普“五進”活動。
2.改(gǎi)善環境質量。深入打好藍天保衛戰、碧水保衛戰和淨土保(bǎo)衛戰。
""",
}

doc = per_script_document(TEXTS, "healthy-city", "泰安市健康城市建设行动方案（2024—2027年）", "泰安市", "2024-05-16")


def test_a_quoted_member_before_和(doc):
    assert "健康科普五进活动" in names_on_line(doc, 2, "programme")
    assert not {n for n in names_on_line(doc, 2, "programme") if "和" in n}


def test_campaigns(doc):
    assert names_on_line(doc, 3, "programme") == {"蓝天保卫战", "碧水保卫战", "净土保卫战"}
