"""A township's plan with one table row per village (issue 14: tests/documents/probe142, whose key reads it so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a table whose place column is headed 村委会 has one row per village: each value is the village's own, a column
  without a year (村卫生室数) is of the earliest year column's status, 2026年乡村医生数目标 is a target of 乡村医生数
  with the 2024 column as its baseline, and a count of people to reach is a floor, not an exact number;
- the total row (合计) is the whole township (全乡);
- rooms and points of a village clinic: 诊断室, 公共卫生室 (a room, not a clinic), 预防接种点, 特色诊疗点;
- village clinics named by their village, 和 inside a village's name in a list of such clinics (清和村卫生室、…),
  never a count (东坪村村卫生室数), a verb's object (指导村卫生室), an aside (含东坪村卫生室…) or the township's
  class (石门乡村卫生室);
- an institution that works with the subject (与县人民医院建设…) is a partner, not the host;
- the township's central school (乡中心学校) is a unit that takes on tasks; 由乡卫生院负责，各村委会协同… on a line of
  its own: the health centre leads, the village committees support.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from loaders.extract.target_facts import QuantityFact
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """石门乡2025年村卫生室能力提升工作方案
一、基本情况
全乡现有村卫生室6个（含东坪村卫生室分室），家庭医生签约率为55.0%。
二、目标任务
村委会|村卫生室数（个）|2024年乡村医生数（人）|2026年乡村医生数目标（人）|2026年家庭医生签约率目标（%）
东坪村|2|3|4|70
和平村|1|2|3|66
西岭村|1|1|2|60
合计|4|6|9|≥65
注：东坪村村卫生室数含分室。
三、重点任务
1.规范村卫生室布局。新建村卫生室至少设置诊断室、治疗室、公共卫生室和药房。清和村卫生室、西岭村卫生室要于2025年底前迁入村级公共服务用房。2025年在西岭村卫生室设立预防接种点。（乡社会事务办牵头，乡卫生院、乡中心学校、各村委会配合）
2.推进中医药服务进村。以乡卫生院中医馆为依托，指导村卫生室建设中医阁，支持东坪村卫生室建设民族医药特色诊疗点。加强急救能力建设，与县人民医院建设胸痛救治单元。
由乡卫生院负责，各村委会协同做好入户服务。
附件：石门乡村卫生室建设任务分解表（略）
""",
    "traditional": """石門鄉2025年村衛生室能力提升工作方案
一、基本情況
全鄉現有村衛生室6個（含東坪村衛生室分室），家庭醫生簽約率爲55.0%。
二、目標任務
村委會|村衛生室數（個）|2024年鄉村醫生數（人）|2026年鄉村醫生數目標（人）|2026年家庭醫生簽約率目標（%）
東坪村|2|3|4|70
和平村|1|2|3|66
西嶺村|1|1|2|60
合(hé)計|4|6|9|≥65
注：東坪村村衛生室數含分室。
三、重點任務
1.規範村衛生室佈局。新建村衛生室至少設置診斷室、治療室、公共衛生室和藥房。清和村衛生室、西嶺村衛生室要於2025年底前遷入村級公共服務用房。2025年在西嶺村衛生室設立預防接(jiē)種點。（鄉社會事務辦牽頭，鄉衛(wèi)生院、鄉中心學校、各村委會配合）
2.推進中醫藥服務進村。以鄉衛(wèi)生院中醫館爲依託，指導村衛生室建設中醫閣，支持東坪村衛生室建設民族醫藥特色診療點。加強急救能力建設，與縣人民醫院建設胸痛救治單元。
由鄉衛(wèi)生院負責，各村委會協(xié)同做好入戶服務。
附件：石門鄉村衛生室建設任務分解表（略）
""",
}

doc = per_script_document(TEXTS, "village-rows", "石门乡2025年村卫生室能力提升工作方案", "洱源县", "2025-03-01")


def test_a_row_per_village(doc):
    assert quantities_on_line(doc, 5) == {
        ("observation", "东坪村村卫生室数", 2.0, "count", "=", 2024),
        ("observation", "东坪村乡村医生数", 3.0, "count", "=", 2024),
        ("target", "东坪村乡村医生数", 4.0, "count", ">=", 2026),
        ("target", "东坪村家庭医生签约率", 70.0, "percent", ">=", 2026)}
    assert {(kind, value) for kind, _, value, *_ in quantities_on_line(doc, 7)} == {
        ("observation", 1.0), ("target", 2.0), ("target", 60.0)}


def test_a_target_column_has_the_status_column_as_baseline(doc):
    target = next(f for f in facts_on_line(doc, QuantityFact, 6) if f.kind == "target" and f.unit == "count")
    assert (target.indicator, target.value, target.baseline_value, target.baseline_year) == (
        "和平村乡村医生数", 3.0, 2.0, 2024)


def test_the_total_row_is_the_whole_township(doc):
    assert quantities_on_line(doc, 8) == {
        ("observation", "全乡村卫生室数", 4.0, "count", "=", 2024),
        ("observation", "全乡乡村医生数", 6.0, "count", "=", 2024),
        ("target", "全乡乡村医生数", 9.0, "count", ">=", 2026),
        ("target", "全乡家庭医生签约率", 65.0, "percent", ">=", 2026)}


def test_rooms_and_points_of_village_clinics(doc):
    assert requirements_on_line(doc, 11) == {
        ("诊断室", "村卫生室", None, None), ("治疗室", "村卫生室", None, None), ("公共卫生室", "村卫生室", None, None),
        ("药房", "村卫生室", None, None), ("预防接种点", "西岭村卫生室", None, 2025)}
    assert {(d, s) for d, s, *_ in requirements_on_line(doc, 12)} == {
        ("中医阁", "村卫生室"), ("民族医药特色诊疗点", "东坪村卫生室"), ("胸痛救治单元", "")}


def test_village_clinics_named_by_their_village(doc):
    assert names_on_line(doc, 2, "institution") == set()
    assert names_on_line(doc, 9, "institution") == set()
    assert names_on_line(doc, 11, "institution") == {"清和村卫生室", "西岭村卫生室"}
    assert "洱源县人民医院" in names_on_line(doc, 12, "institution")
    assert not any("指导" in n for n in names_on_line(doc, 12, "institution"))
    assert names_on_line(doc, 14, "institution") == set()


def test_township_units_and_a_line_of_roles(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 11)} == {
        ("乡社会事务办", "lead"), ("乡卫生院", "support"), ("乡中心学校", "support"), ("各村委会", "support")}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 13)} == {
        ("乡卫生院", "lead"), ("各村委会", "support")}
