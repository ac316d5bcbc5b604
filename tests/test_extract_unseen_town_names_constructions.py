"""A league's primary-care work points (issue 14: tests/documents/probe244, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a sumu's (town's) name may hold 和 as its second character (伊和高勒苏木): no conjunction one character into a
  name, after its banner's name or after a function word alike; 和 between two towns stays a conjunction.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """锡林郭勒盟2026年基层卫生工作要点
一、重点任务
（一）以阿巴嘎旗伊和高勒苏木卫生院为试点，探索蒙医馆与嘎查村卫生室联动服务模式。
（二）以伊和乌拉苏木卫生院为试点，推广家庭医生签约服务。
（三）支持上都镇和宝格达苏木卫生院建设蒙医馆。
""",
    "traditional": """錫林郭勒盟2026年基層衛生工作要點
一、重點任務
（一）以阿巴嘎旗伊和高勒蘇木衛生院為試點，探索蒙醫館與嘎查村衛(wèi)生室聯動服務模式。
（二）以伊和烏拉蘇木衛生院為試點，推廣家庭醫生簽約服務。
（三）支持上都鎮和寶格達蘇木衛生院建設蒙醫館。
""",
}

doc = per_script_document(TEXTS, "xilinguole-primary-care", "锡林郭勒盟2026年基层卫生工作要点", "锡林郭勒盟",
                          "2026-02-10")


def test_a_town_name_may_hold_he_after_its_banner(doc) -> None:
    assert names_on_line(doc, 2, "institution") == {"阿巴嘎旗伊和高勒苏木卫生院"}


def test_a_town_name_may_hold_he_after_a_function_word(doc) -> None:
    assert names_on_line(doc, 3, "institution") == {"伊和乌拉苏木卫生院"}


def test_he_between_two_towns_is_a_conjunction(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"宝格达苏木卫生院"}
