"""Constructions of a city's primary-care capacity plan (issue 14: tests/documents/probe215, whose key reads them
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- a list one cell per line under `名称` / `重点建设科室` (no number column): each institution with the units of the
  line after it;
- 会同县 at the start of a line is the county, not the verb 会同 before a level word;
- two quoted names joined by 和 sharing a bare programme word (“优质服务基层行”和“社区医院建设”活动): two campaigns.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """怀化市基层卫生健康服务能力提升三年行动方案（2026—2028年）
首批县域医疗卫生次中心名单及重点建设科室（2026年底前建成）
名称
重点建设科室
溆浦县龙潭镇中心卫生院
全科医学科、中医馆、康复科
会同县若水镇中心卫生院
全科医学科、发热门诊
二、重点任务
持续开展“优质服务基层行”和“社区医院建设”活动，引导乡镇卫生院建设社区医院。
""",
    "traditional": """懷化市基層衛生健康服務能力提升三年行動方案（2026—2028年）
首批縣域醫療衛生次中心名單及重點建設科室（2026年底前建成）
名稱
重點建設科室
漵浦縣龍潭鎮中心衛生院
全科醫學科、中醫館、康(kāng)復科
會同縣若水鎮中心衛生院
全科醫學科、發熱門診
二、重點任務
持續開展“優質服務基層行”和“社區醫院建設”活動，引導鄉鎮衛生院建設社區醫(yī)院。
""",
}

doc = per_script_document(TEXTS, "sub-centres", "怀化市基层卫生健康服务能力提升三年行动方案（2026—2028年）", "怀化市",
                          "2026-02-26")


def _units(doc, line: int) -> set[tuple[str, str]]:
    return {(department, scope) for department, scope, _, _ in requirements_on_line(doc, line)}


def test_each_institution_with_the_units_of_the_line_after_it(doc) -> None:
    assert _units(doc, 5) == {("全科医学科", "溆浦县龙潭镇中心卫生院"), ("中医馆", "溆浦县龙潭镇中心卫生院"),
                              ("康复科", "溆浦县龙潭镇中心卫生院")}
    assert _units(doc, 7) == {("全科医学科", "会同县若水镇中心卫生院"), ("发热门诊", "会同县若水镇中心卫生院")}


def test_a_county_named_like_a_verb_at_a_line_start(doc) -> None:
    assert names_on_line(doc, 6, "institution") == {"会同县若水镇中心卫生院"}


def test_quoted_names_sharing_a_bare_programme_word(doc) -> None:
    assert names_on_line(doc, 9, "programme") == {"优质服务基层行活动", "社区医院建设活动"}
