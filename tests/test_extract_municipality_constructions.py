"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe15, a municipality's plan for
disease control and public-health emergencies), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- levels of government named by one letter each (市、区两级, 省市县三级, 州、县两级) before 分别 and one value per level give one
  target per level, named with the level (市级…, 区级…);
- `A中心和各区B中心<measure>分别达到x和y`: each institution keeps its own qualifier and both share the measure;
- 份, 例 and 剂次 count things (3万份 is 30 000 samples, not 3 of nothing);
- a name written with an abbreviated type label (市疾控中心) and the full one (市疾病预防控制中心) in one text is one
  institution, named in full; two names whose labels are not abbreviations of each other (医科大学, 中医药大学)
  stay two;
- command centres, supplies reserve centres, crisis intervention centres and emergency rescue bases are
  institution types.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """某市疾病预防控制体系改革和公共卫生应急能力提升行动方案
到2025年，市、区两级疾控中心标准化建设达标率分别达到100%和80%。
省市县三级疾控机构实验室达标率分别达到100%、95%和90%，州、县两级妇幼保健机构达标率分别达到100%和85%。
市疾病预防控制中心和各区疾病预防控制中心单日最大核酸检测能力分别达到3万份和1万份以上。
到2025年，全年完成脑卒中高危人群筛查2000例，适龄儿童接种疫苗不少于5万剂次。
市疾控中心牵头，市疾病预防控制中心负责技术指导；依托市医科大学、市中医药大学等院校培养人才。
建成市公共卫生应急指挥中心和市公共卫生应急物资储备中心，依托市安定医院建设市心理危机干预中心，建设市紧急医学救援基地。
""",
    "traditional": """某市疾病預防控制體系改革和公共衛生應急能力提升行動方案
到2025年，市、區兩級疾控中心標準化建設達標率分別達到100%和80%。
省市縣三級疾控機構實驗室達標率分別達到100%、95%和90%，州、縣兩級婦幼保健機構達標率分別達到100%和85%。
市疾病預防控制中心和各區疾病預防控制中心單日最大核酸檢測能(néng)力分別達到3萬份和1萬份以上。
到2025年，全年完成腦卒中高危人群篩(shāi)查2000例，適齡兒童接種疫苗不少於5萬劑次。
市疾控中心牽頭，市疾病預防控制中心負責技術指導；依託市醫科大學、市中醫藥大學等院校培養人才。
建成市公共衛生應急指揮(huī)中心和市公共衛生應急物資儲備中心，依託市安定醫院建設市心理危機干預中心，建設市緊急醫學救援基地。
""",
}

doc = per_script_document(TEXTS, "municipality", "某市疾病预防控制体系改革和公共卫生应急能力提升行动方案", "天津市",
                          "2024-03-01")


def institutions_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.name, f.evidence.normalised_quote) for f in facts_on_line(doc, NamedEntityMention, line)
            if f.kind == "institution"}


def test_each_level_of_a_levels_list_gets_its_own_value(doc) -> None:
    assert quantities_on_line(doc, 1) == {
        ("target", "市级疾控中心标准化建设达标率", 100.0, "percent", ">=", 2025),
        ("target", "区级疾控中心标准化建设达标率", 80.0, "percent", ">=", 2025)}
    assert {(q[1], q[2]) for q in quantities_on_line(doc, 2)} == {
        ("省级疾控机构实验室达标率", 100.0), ("市级疾控机构实验室达标率", 95.0), ("县级疾控机构实验室达标率", 90.0),
        ("州级妇幼保健机构达标率", 100.0), ("县级妇幼保健机构达标率", 85.0)}


def test_listed_institutions_keep_their_own_qualifiers_and_share_the_measure(doc) -> None:
    assert {(q[1], q[2], q[3]) for q in quantities_on_line(doc, 3)} == {
        ("市疾病预防控制中心单日最大核酸检测能力", 3.0, "ten-thousand"),
        ("各区疾病预防控制中心单日最大核酸检测能力", 1.0, "ten-thousand")}


def test_cases_and_doses_are_counted(doc) -> None:
    assert {(q[2], q[3], q[4]) for q in quantities_on_line(doc, 4)} == {(2000.0, "count", "="),
                                                                       (5.0, "ten-thousand", ">=")}


def test_an_abbreviated_type_label_names_the_same_institution(doc) -> None:
    found = institutions_on_line(doc, 5)
    assert {name for name, _ in found} == {"天津市疾病预防控制中心", "天津市医科大学", "天津市中医药大学"}
    assert ("天津市疾病预防控制中心", "市疾控中心") in found
    assert len({f.iri for f in facts_on_line(doc, NamedEntityMention, 5) if "疾" in f.name}) == 1


def test_emergency_centres_and_bases_are_institutions(doc) -> None:
    assert {name for name, _ in institutions_on_line(doc, 6)} == {
        "天津市公共卫生应急指挥中心", "天津市公共卫生应急物资储备中心", "天津市安定医院", "天津市心理危机干预中心",
        "天津市紧急医学救援基地"}
