"""A county's healthy-village plan (issue 14: tests/documents/probe192, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a rate of how far institutions meet a standard (村卫生室标准化建设达标率达到95%) shares no unit of the clause before;
- units that reach every institution (…，家庭医生工作室实现全覆盖) after a clause of units with their share: a share
  of 100 % in the same institutions;
- 做精 builds up the units it names, like 做强;
- in a bracket of responsibilities, units left unmarked between the lead and a later 配合 support; towns listed
  before a town's government share it (雩田镇、草林镇人民政府), and each town's government is its own agency, not
  the county's.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """遂川县健康乡村建设实施方案（2024—2027年）
一、工作目标
到2025年，乡镇卫生院康复科、家庭医生工作室设置率分别达到60%和80%，村卫生室标准化建设达标率达到95%以上。到2027年，乡镇卫生院康复科设置率达到80%以上，家庭医生工作室实现全覆盖。
二、重点任务
1.做强县级医院龙头。县中医院设置治未病科，做精骨伤科、针灸科等中医特色专科。（县卫生健康委牵头，县发展改革委、县财政局，雩田镇、草林镇人民政府配合）
2.建设县域医疗次中心。将雩田镇中心卫生院打造为县域医疗次中心。（县卫生健康委牵头，雩田镇人民政府、草林镇人民政府配合）
""",
    "traditional": """遂川縣健康鄉村建設實施方案（2024—2027年）
一、工作目標
到2025年，鄉鎮(zhèn)衛生院康復科、家庭醫生工作室設置率分別達到60%和80%，村衛(wèi)生室標準化建設達標率達到95%以上。到2027年，鄉鎮衛生院康復(fù)科設置率達到80%以上，家庭醫生工作室實現全覆蓋。
二、重點(diǎn)任務
1.做強縣級醫院龍頭。縣中醫院設置治未病科，做精骨(gǔ)傷科、針灸科等中醫特色專科。（縣衛生健康委牽頭，縣發展(zhǎn)改革委、縣財政局，雩田鎮、草林鎮人民政府配合）
2.建設縣域(yù)醫療次中心。將雩田鎮中心衛生院打造為縣域醫療次中(zhōng)心。（縣衛生健康委牽頭，雩田鎮人民政府、草林鎮人民政府(fǔ)配合）
""",
}

doc = per_script_document(TEXTS, "healthy-village", "遂川县健康乡村建设实施方案（2024—2027年）", "遂川县", "2024-06-12")


def roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_shares_of_units_and_a_standard_of_the_institutions(doc):
    assert requirements_on_line(doc, 2) == {
        ("康复科", "乡镇卫生院", 60.0, 2025), ("家庭医生工作室", "乡镇卫生院", 80.0, 2025),
        ("康复科", "乡镇卫生院", 80.0, 2027), ("家庭医生工作室", "乡镇卫生院", 100.0, 2027)}


def test_units_built_up(doc):
    assert requirements_on_line(doc, 4) == {("治未病科", "县中医院", None, None), ("骨伤科", "县中医院", None, None),
                                            ("针灸科", "县中医院", None, None)}


def test_unmarked_units_between_lead_and_support_and_a_shared_town_government(doc):
    assert roles(doc, 4) == {("遂川县卫生健康委", "lead"), ("遂川县发展改革委", "support"),
                             ("遂川县财政局", "support"), ("雩田镇人民政府", "support"), ("草林镇人民政府", "support")}


def test_each_towns_government_is_its_own(doc):
    towns = {f.agency.iri for f in facts_on_line(doc, Responsibility, 5) if f.role == "support"}
    county = {f.agency.iri for f in facts_on_line(doc, Responsibility, 5) if f.role == "lead"}
    assert len(towns) == 2 and not towns & county and all("/government" in iri for iri in towns)
