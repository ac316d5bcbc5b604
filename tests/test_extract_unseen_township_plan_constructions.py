"""A town's health work plan (issue 14: tests/documents/probe216, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a verb before 镇卫生院 is no town's name (探索镇卫生院…, 统筹镇卫生院…: the plan's own town's health centre, named
  by no place), while a town's name before it still names one (金渠镇卫生院).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """金渠镇2026年卫生健康工作实施方案
一、重点任务
1.探索镇卫生院与村卫生室一体化管理，统筹镇卫生院人员下沉村级。
2.支持金渠镇卫生院建设中医馆。
""",
    "traditional": """金渠鎮2026年衛生健康工作實施方案
一、重點任務
1.探索鎮衛生院與村衛生室一體化管(guǎn)理，統籌鎮衛生院人員下沉村級。
2.支持金渠鎮衛生院建設中醫館。
""",
}

doc = per_script_document(TEXTS, "township", "金渠镇2026年卫生健康工作实施方案", "银川市", "2026-02-20")


def test_a_verb_before_the_towns_health_centre_is_no_town(doc) -> None:
    assert names_on_line(doc, 2, "institution") == set()


def test_a_towns_name_before_it_still_names_one(doc) -> None:
    assert names_on_line(doc, 3, "institution") == {"金渠镇卫生院"}
