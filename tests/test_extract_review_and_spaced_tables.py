"""Constructions found missing on unseen plans (issue 14: tests/documents/probe6 and probe7), written twice: in
simplified script with ASCII spaces between table cells, and in traditional script with pinyin noise and
full-width spaces between cells. Expected values are written by hand.

- a section that reviews what was reached (一、发展基础) states observations, of the year it last named
  (“十三五”时期 → 2020), on every line, even without a year or a past marker;
- `由2015年的38.6%下降至2020年的27.3%` in a plan of 2022: two observations, the second of its own year, named by
  the indicator before 由 (not by 下降至2020年);
- 秒 and 课时 are units; 由2023年的9支扩充至12支 has its base; `市级、县级分别组建不少于1支…` is one value for each
  level; `每年至少组织1次…演练` counts a yearly event, the comparator a verb away;
- 中药房, …保健部 and 急救分站 are units institutions set up, a 覆盖率 of a unit is its share; a section that reviews
  what was reached requires no department; …大学医学部 is an institution, 设立 is no part of the name after it;
- a table copied from a web page with its cells apart by spaces (`类别 序号 指标 单位 2020年 2025年 指标性质`,
  one row per line, the group cell only on a group's first row) is read as a table: the 2020 column is the
  baseline, the 2025 column the targets, the unit column gives each row's unit.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

SIMPLIFIED = """某市“十四五”卫生健康发展规划
一、发展基础
“十三五”时期，全市卫生健康事业取得显著成就。
医药卫生体制改革纵深推进。组建城市医疗集团4个，重点人群签约率达到68.5%；全市公立医院药占比由2015年的38.6%下降至2020年的27.3%。
中医药特色优势进一步彰显，全市社区卫生服务中心全部建成中医馆。
二、发展目标
到2025年，县域内就诊率提高到90%，急救呼叫平均受理时间控制在60秒以内。
省级紧急医学救援队伍由2023年的9支扩充至12支，市级、县级分别组建不少于1支综合性紧急医学救援队伍，每年至少组织1次全市紧急医学救援综合演练。
中小学校每学年开展急救知识教育不少于2课时。
二级以上公立综合医院全部设置中医科和中药房，县级妇幼保健机构全部设置孕产保健部，有条件的中心乡镇卫生院设置急救分站，乡镇卫生院中医馆覆盖率达到100%。
依托延安大学医学部设立延安市紧急医学救援中心。
表1 主要指标
类别 序号 指标 单位 2020年 2025年 指标性质
健康水平 1 人均预期寿命 岁 78.42 79.5 预期性
2 孕产妇死亡率 1/10万 9.76 ≤10 预期性
健康服务 3 每千人口医疗卫生机构床位数 张 6.92 7.5 预期性
"""

TRADITIONAL = """某市“十四五”衛生健康發展規劃
一、發展基礎
“十三五”時期，全市衛(wèi)生健康事業取得顯著成就(jiù)。
醫(yī)藥衛(wèi)生體制改革縱深推進。組建城市醫療集團4個，重點人羣簽(qiān)約率達到68.5%；全市公立醫院藥佔比由2015年的38.6%下降至2020年的27.3%。
中醫藥特色優勢進一步彰顯，全市社區衛生服務中心全部建成中醫館。
二、發展目標
到2025年，縣域內就(jiù)診率提高到90%，急(jí)救呼叫平均受理時間控制在60秒以內。
省級緊急(jí)醫(yī)學救援隊伍由2023年的9支擴充至12支，市級、縣級分別組建不少於1支綜合性緊急醫學救援隊伍，每年至少組織1次全市緊急醫學救援綜合演練。
中小學校每學年開展急救知識教育不少於2課時。
二級以上公立綜合醫(yī)院全部設置中醫科和中藥房，縣級婦幼保健機構全部設置孕產保健部，有條件的中心鄉鎮衛(wèi)生院設置急(jí)救分站，鄉鎮衛生院中醫館覆蓋率達到100%。
依託延安大學醫(yī)學部設立延安市緊急(jí)醫學救援中心。
表1　主要指標
類別　序號　指標　單位　2020年　2025年　指標性質
健康水平　1　人均預期壽(shòu)命　歲　78.42　79.5　預期性
2　孕產婦死亡率　1/10萬　9.76　≤10　預期性
健康服務　3　每千人口醫療衛生機構牀位數　張　6.92　7.5　預期性
"""



doc = per_script_document({"simplified": SIMPLIFIED, "traditional": TRADITIONAL}, "review", "某市“十四五”卫生健康发展规划",
                          "某市", "2022-03-18")


quantities = quantities_on_line


def departments(doc, line: int) -> set[tuple]:
    return {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, line)}


def test_a_review_section_states_observations_of_the_year_it_named(doc) -> None:
    facts = quantities(doc, 3)
    assert {f[0] for f in facts} == {"observation"}
    assert {(f[2], f[5]) for f in facts} == {(4.0, 2020), (68.5, 2020), (38.6, 2015), (27.3, 2020)}


def test_a_value_at_a_past_year_is_named_by_the_indicator_before_it(doc) -> None:
    assert {f[1] for f in quantities(doc, 3) if f[2] in (38.6, 27.3)} == {"公立医院药占比"}


def test_the_goal_section_still_sets_targets(doc) -> None:
    assert quantities(doc, 6) == {("target", "县域内就诊率", 90.0, "percent", ">=", 2025),
                                  ("target", "急救呼叫平均受理时间", 60.0, "second", "<=", 2025)}


def test_a_review_section_requires_no_department(doc) -> None:
    assert departments(doc, 4) == set()


def test_teams_by_level_a_base_year_and_a_yearly_drill(doc) -> None:
    assert quantities(doc, 7) >= {("observation", "省级紧急医学救援队伍", 9.0, "count", "=", 2023),
                                  ("target", "省级紧急医学救援队伍", 12.0, "count", ">=", 2025),
                                  ("target", "市级综合性紧急医学救援队伍", 1.0, "count", ">=", 2025),
                                  ("target", "县级综合性紧急医学救援队伍", 1.0, "count", ">=", 2025)}
    drill = [f for f in quantities(doc, 7) if "演练" in f[1]]
    assert [(f[1], f[2], f[4]) for f in drill] == [("每年全市紧急医学救援综合演练", 1.0, ">=")]


def test_class_hours_are_counted(doc) -> None:
    assert {(f[2], f[3], f[4]) for f in quantities(doc, 8)} == {(2.0, "count", ">=")}


def test_pharmacies_health_divisions_ambulance_substations_and_coverage_rates(doc) -> None:
    assert departments(doc, 9) >= {("中医科", "二级以上公立综合医院", 100.0), ("中药房", "二级以上公立综合医院", 100.0),
                                   ("孕产保健部", "县级妇幼保健机构", 100.0), ("急救分站", "有条件的中心乡镇卫生院", None),
                                   ("中医馆", "乡镇卫生院", 100.0)}


def test_a_medical_faculty_and_a_centre_set_up(doc) -> None:
    names = {f.name for f in facts_on_line(doc, NamedEntityMention, 10) if f.kind == "institution"}
    assert names == {"延安大学医学部", "延安市紧急医学救援中心"}


def test_a_table_with_cells_apart_by_spaces(doc) -> None:
    assert quantities(doc, 13) == {("observation", "人均预期寿命", 78.42, "year", "=", 2020),
                                  ("target", "人均预期寿命", 79.5, "year", ">=", 2025)}
    assert ("target", "孕产妇死亡率", 10.0, "per-100000", "<=", 2025) in quantities(doc, 14)
    assert ("target", "每千人口医疗卫生机构床位数", 7.5, "per-1000-population", ">=", 2025) in quantities(doc, 15)


def test_the_raw_quote_of_a_cell_is_exact(doc) -> None:
    cell = next(f for f in doc.facts if isinstance(f, QuantityFact) and f.value == 79.5)
    assert doc.source.raw[cell.evidence.start:cell.evidence.end] == cell.evidence.quote
    assert cell.evidence.quote.endswith("79.5")
