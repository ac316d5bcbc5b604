"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe13, a county's plan for primary-care
traditional Chinese medicine), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a one-cell-per-line indicator table with a 单位 column: each row's unit cell is its unit, the cell before it
  its indicator (序号 / 指标 / 单位 / 2022年 / 2025年 / 指标性质);
- a clause that opens with a later year and a value after a clause naming the indicator states the same
  indicator's value for that year (2022年…面积为14.2万亩，到2025年稳定在15万亩以上);
- 新设 sets a unit up, …服务室 is a room, and a host's units built in some number are required of the host
  (在县中医医院建设…工作室3个); designations counted without a host are not (建设国家临床重点专科15个);
- with only a verb of strengthening, a host's unit closing the clause is required (完善县中医医院发热门诊), not a
  unit followed by what is strengthened (中医馆服务能力) nor campuses planned (规划建设多院区、多中心);
- a name never starts with 即 or 到 (即隆回县中医医院, 选派骨干到湖南中医药大学第一附属医院) and may start after
  选择 or 遴选; a centre spreading a field's techniques (…适宜技术推广中心) is named by a longer body.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """某县基层中医药服务能力提升行动方案
一、基本情况
全县共有公立中医医院1所，即隆回县中医医院。2022年全县中药材种植面积为14.2万亩，到2025年稳定在15万亩以上。
二、重点任务
县中医医院新设老年病科，在乡镇卫生院设置治未病服务室，在县中医医院建设名老中医药专家传承工作室3个。
“十四五”期间建设国家临床重点专科15个。选派骨干到湖南中医药大学第一附属医院跟师学习。
在县中医医院设立隆回县基层中医药适宜技术推广中心，选择隆回县人民医院开展试点。
完善县中医医院发热门诊，提升乡镇卫生院中医馆服务能力，支持高水平医院合理规划建设多院区、多中心。
附件：主要指标
序号
指标
单位
2022年
2025年
指标性质
1
县中医医院编制床位数
张
650
800
预期性
""",
    "traditional": """某縣基層中醫藥服務能力提升行動方案
一、基本情況
全縣共有公立中醫醫院1所，即隆回縣中醫醫院。2022年全縣中藥材種植面積為14.2萬畝，到2025年穩定在15萬畝以上。
二、重點任務
縣中醫醫院新設老年病科，在鄉鎮衛(wèi)生院設置治未病服務室，在縣中醫醫院建設名老中醫藥專家傳承工作室3個。
“十四五”期間建設國家臨床重點專科15個。選派骨幹到湖南中醫藥大學第一附屬醫院跟師學習。
在縣中醫醫院設立隆回縣基層中醫藥適宜技術推(tuī)廣中心，選擇隆回縣人民醫院開展試點。
完善縣中醫醫院發熱門(mén)診，提升鄉鎮衛生院中醫館服務能力，支持高水平醫院合理規劃建設多院區、多中心。
附件：主要指標
序號
指標
單位
2022年
2025年
指標性質
1
縣中醫醫院編制牀位數
張
650
800
預期性
""",
}

doc = per_script_document(TEXTS, "tcm", "某县基层中医药服务能力提升行动方案", "隆回县", "2023-06-15")


def test_a_unit_column_is_no_indicator(doc) -> None:
    rows = {(f[0], f[1], f[2], f[5]) for line in (16, 17, 18) for f in quantities_on_line(doc, line)}
    assert rows == {("observation", "县中医医院编制床位数", 650.0, 2022), ("target", "县中医医院编制床位数", 800.0, 2025)}


def test_a_later_year_clause_states_the_indicator_named_before(doc) -> None:
    assert {(f[0], f[1], f[2], f[4], f[5]) for f in quantities_on_line(doc, 2)} == {
        ("observation", "公立中医医院", 1.0, "=", None),  # 全县共有…1所: what exists
        ("observation", "中药材种植面积", 14.2, "=", 2022), ("target", "中药材种植面积", 15.0, ">=", 2025)}


def test_units_set_up_by_a_host_and_no_designations_without_one(doc) -> None:
    found = {(f.department, f.institution_scope) for f in facts_on_line(doc, DepartmentRequirement, 4)}
    assert found == {("老年病科", "县中医医院"), ("治未病服务室", "乡镇卫生院"), ("名老中医药专家传承工作室", "县中医医院")}
    assert facts_on_line(doc, DepartmentRequirement, 5) == []


def test_a_name_starts_after_ie_and_to(doc) -> None:
    names = {(f.name, f.evidence.normalised_quote) for line in (2, 5) for f in facts_on_line(doc, NamedEntityMention, line)
             if f.kind == "institution"}
    assert names == {("隆回县中医医院", "隆回县中医医院"), ("湖南中医药大学第一附属医院", "湖南中医药大学第一附属医院")}


def test_a_technique_centre_and_a_name_after_choose(doc) -> None:
    names = {f.name for f in facts_on_line(doc, NamedEntityMention, 6) if f.kind == "institution"}
    assert names == {"隆回县中医医院", "隆回县基层中医药适宜技术推广中心", "隆回县人民医院"}  # 县中医医院: the county's


def test_a_host_unit_closing_a_clause_after_a_verb_of_strengthening(doc) -> None:
    found = {(f.department, f.institution_scope) for f in facts_on_line(doc, DepartmentRequirement, 7)}
    assert found == {("发热门诊", "县中医医院")}
