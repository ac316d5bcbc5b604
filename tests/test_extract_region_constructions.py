"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe14, an autonomous region's plan for
county health sub-centres), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a table with one row per place and one column per year (设区市 / 截至2023年底已建成数（个） / 2025年底前累计建成数
  （个）), cells one per line: each value is the place's own, of its column's year; a year before the document's own
  is an observation; a count to build is exact; the total row is the whole region's (全区);
- 次中心 (县域医疗卫生次中心) is a kind of institution: it scopes department requirements, is never a department
  itself and never ends one institution's name;
- a law named without 《》 may be followed by 关于 (…促进法关于…的规定).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """广西壮族自治区县域医疗卫生次中心建设实施方案
一、重点任务
次中心应当设置康复医学科，设置康复医学科的次中心比例达到70%以上。自治区县域医疗卫生次中心建设稳步推进。
落实基本医疗卫生与健康促进法关于政府举办基层医疗卫生机构的规定。
附件
各设区市次中心建设任务表
设区市
截至2023年底已建成数（个）
2025年底前累计建成数（个）
南宁市
8
17
柳州市
6
13
合计
14
30
""",
    "traditional": """廣西壯族自治區縣域醫療衛生次中心建設實施方案
一、重點任務
次中心應當設置康復醫學科，設置康復醫學科的次中(zhōng)心比例達到70%以上。自治區縣域醫療衛生次中心建設穩步推進。
落實基本醫療衛生與健(jiàn)康促進法關於政府舉辦基層醫療衛生機構的規定。
附件
各設區市次中心建設任務表
設區市
截至2023年底已建成數（個）
2025年底前累計建成數（個）
南寧市
8
17
柳(liǔ)州市
6
13
合計
14
30
""",
}

doc = per_script_document(TEXTS, "region", "广西壮族自治区县域医疗卫生次中心建设实施方案", "广西壮族自治区",
                          "2024-05-20")


def test_a_table_of_places_by_year(doc) -> None:
    facts = {(f.kind, f.indicator, f.value, f.comparator, f.year) for f in doc.facts
             if isinstance(f, QuantityFact) and doc.source.raw.count("\n", 0, f.evidence.start) >= 8}
    assert facts == {("observation", "南宁市已建成数", 8.0, "=", 2023), ("target", "南宁市累计建成数", 17.0, "=", 2025),
                     ("observation", "柳州市已建成数", 6.0, "=", 2023), ("target", "柳州市累计建成数", 13.0, "=", 2025),
                     ("observation", "全区已建成数", 14.0, "=", 2023), ("target", "全区累计建成数", 30.0, "=", 2025)}


def test_sub_centres_scope_requirements_and_name_no_institution(doc) -> None:
    found = {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, 2)}
    assert ("康复医学科", "次中心", 70.0) in found
    assert all(f.department != "次中心" for f in doc.facts if isinstance(f, DepartmentRequirement))
    assert not [f for f in doc.facts if isinstance(f, NamedEntityMention) and f.name.endswith("次中心")]


def test_a_law_followed_by_about(doc) -> None:
    assert [f.title for f in facts_on_line(doc, Citation, 3)] == ["基本医疗卫生与健康促进法"]
