"""A county health commission's work summary and work points (issue 14: tests/documents/probe248, whose key reads
it so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- 较2024年分别提高1.2个和2.5个百分点 after two shares: each share's change, both in percentage points (the first
  value writes 个 alone);
- a count after what a task carried out (帮助开展新技术新项目35项) and the people a benefit reached
  (为1286名重度失能人员落实长期护理保险待遇) are values;
- screenings listed before 各不少于1.8万人 are each counted (宫颈癌筛查, 乳腺癌筛查);
- a law promoted and carried out (宣传贯彻基本医疗卫生与健康促进法) is cited by its name, without the verbs.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """兰考县卫生健康委员会2025年工作总结和2026年工作要点
一、2025年工作总结
（一）医改纵深推进。县域内住院就诊率达到91.3%，基层医疗卫生机构诊疗量占比达到66.2%，较2024年分别提高1.2个和2.5个百分点。
（二）能力持续增强。省级医院选派12名专家常驻县人民医院，帮助开展新技术新项目35项。
（三）老龄健康加快发展。全县累计为1286名重度失能人员落实长期护理保险待遇。
二、2026年工作要点
1.持续实施农村适龄妇女免费筛查项目，宫颈癌、乳腺癌筛查各不少于1.8万人。
2.深入宣传贯彻基本医疗卫生与健康促进法。
""",
    "traditional": """蘭考縣衛生健康委員會2025年工作總結和2026年工作要點
一、2025年工作總結
（一）醫改縱深推進。縣域內住院就診率達到91.3%，基層醫療衛生機構診療量佔比達到66.2%，較2024年分別提(tí)高1.2個和2.5個百分點。
（二）能力持續增強。省級醫院選派12名專家常駐縣人民醫院，幫助開展新技(jì)術新項目35項。
（三）老齡健康加快發展。全縣累計為1286名重度失能人員落實長期護理保險待(dài)遇。
二、2026年工作要點
1.持續實施農村適齡婦女免費篩查項目，宮頸癌、乳腺癌篩(shāi)查各不少於1.8萬人。
2.深入宣傳貫徹基本醫療衛生與健康促進法。
""",
}

doc = per_script_document(TEXTS, "lankao-summary", "兰考县卫生健康委员会2025年工作总结和2026年工作要点", "兰考县",
                          "2026-01-20")


def test_changes_of_two_shares_in_percentage_points_go_to_each(doc) -> None:
    found = {(w, v, u) for _, w, v, u, _, _ in quantities_on_line(doc, 2)}
    assert ("县域内住院就诊率", 1.2, "percentage-point") in found, found
    assert ("基层医疗卫生机构诊疗量占比", 2.5, "percentage-point") in found, found
    assert not any(u == "count" for _, _, u in found), found


def test_counts_of_what_was_carried_out_and_whom_it_reached(doc) -> None:
    assert ("observation", 35.0, 2025) in {(k, v, y) for k, _, v, _, _, y in quantities_on_line(doc, 3)}
    assert ("observation", 1286.0, 2025) in {(k, v, y) for k, _, v, _, _, y in quantities_on_line(doc, 4)}


def test_screenings_listed_before_ge_are_each_counted(doc) -> None:
    found = {(w, v) for _, w, v, _, _, _ in quantities_on_line(doc, 6)}
    assert found == {("宫颈癌筛查", 1.8), ("乳腺癌筛查", 1.8)}, found


def test_a_promoted_law_is_cited_without_the_verbs(doc) -> None:
    assert {f.title for f in facts_on_line(doc, Citation, 7)} == {"基本医疗卫生与健康促进法"}
