"""Constructions found missing on unseen plans (issue 14: tests/documents/probe33, a district's plan for hospice and
combined medical-elderly care with a one-cell-per-line list of wards to build; probe34, a province's plan for public
hospitals; probe35, a county's five-year plan with a one-cell-per-line indicator table and a pipe project table),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a list of what each institution builds (序号 / 建设单位 / 建设内容 / 床位数（张） / 完成时限, one cell per line): the
  content cell is a requirement of the row's institution by the row's deadline, the count cell a target of it;
- a project table (序号|项目名称|主要建设内容|建设年限|总投资（万元）|责任单位): the investment is the project's target by
  the last year of its period, the 责任单位 cell names who is responsible (a header with cells the task-table words
  do not list);
- an indicator table with a 单位 column whose cell reads like a value (1/10万) or says none (—): the unit, never a value;
- 到2020年…达到 in the review section of a 2022 plan: what was reached, an observation;
- units: a 省级区域医疗中心 as the institution that has them, 患者服务中心 and 警务室 of a hospital, a 服务部 of a maternal
  and child health centre, a ward to 改造, a 医养结合服务站 built on a community health centre;
- 社会福利院 names an institution; quoted names written one after another (“老年健康宣传周”“敬老月”等活动) are two
  programmes, each an occasion named without the generic 活动 after 等;
- a yearly minimum whose object comes first (每年至少为医务人员安排1次健康体检, 每年向县级医院派驻不少于1500名医师).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """某县卫生健康事业发展“十四五”规划
第一章　发展基础
到2020年，全县基层医疗卫生机构诊疗量占比达到62.3%，家庭医生签约服务覆盖率达到42.7%。
第二章　主要任务
（一）加强医院建设。到2024年，省级区域医疗中心胸痛中心、卒中中心设置率达到100%。二级以上公立医院要设置患者服务中心，要设立警务室。县妇幼保健院规范设置儿童保健部和计划生育技术服务部。县第二人民医院改造隔离病区。依托社区卫生服务中心设置医养结合服务站。支持县中医院与县社会福利院合作。
（二）关心医务人员。每年至少为医务人员安排1次健康体检。三级公立医院每年向县级医院派驻不少于1500名医师。结合“老年健康宣传周”“敬老月”等活动开展宣讲。
表1　主要指标
序号
主要指标
单位
2020年
2025年
指标性质
1
孕产妇死亡率
1/10万
9.8
≤12
预期性
2
医护比
—
1:1.09
1:1.2
预期性
表2　重点建设项目
序号|项目名称|主要建设内容|建设年限|总投资（万元）|责任单位
1|县精神卫生中心建设项目|新建病房楼1.5万平方米|2022—2025年|12000|县卫生健康委、县精神卫生中心
附件
序号
建设单位
建设内容
床位数（张）
完成时限
1
县人民医院
设置安宁疗护病区
30
2024年12月
2
城关镇中心卫生院
设置安宁疗护病房
8
2025年6月
""",
    "traditional": """某縣衛(wèi)生健康事業發展“十四五”規劃
第一章　發展基礎
到2020年，全縣基層醫(yī)療衛生機構診療量佔比達到62.3%，家庭醫生簽約服務覆蓋率達到42.7%。
第二章　主要任務
（一）加強醫院建設。到2024年，省級區域醫療中心胸痛中心、卒中中心設置率達到100%。二級以上公立醫院要設(shè)置患者服務中心，要設立警務室。縣婦幼保健院規範設置兒童保健部和計劃生育技術服務部。縣第二人民醫院改造隔離病區。依託社區衛生服務中心設置醫養結合服務站。支持縣中醫院與縣社會福利院合作。
（二）關心醫務人員。每年至少爲醫務人員安排1次健康體(tǐ)檢。三級公立醫院每年向縣級醫院派駐不少於1500名醫師。結合“老年健康宣傳週”“敬老月”等活動開展宣講。
表1　主要指標
序號
主要指標
單位
2020年
2025年
指標性質
1
孕產婦死亡率
1/10萬
9.8
≤12
預期性
2
醫護比
—
1:1.09
1:1.2
預期性
表2　重點建設項目
序號|項目名稱|主要建設內容|建設年限|總投資（萬元）|責任單位
1|縣精神衛生中心建設項目|新建病(bìng)房樓1.5萬平方米|2022—2025年|12000|縣衛生健康委、縣精神衛生中心
附件
序號
建設單位
建設內容
牀位數（張）
完成時限
1
縣人民醫院
設置安寧療護病區
30
2024年12月
2
城關鎮中心衛生院
設置安寧療護病房
8
2025年6月
""",
}

doc = per_script_document(TEXTS, "county-building-lists", "霍邱县卫生健康事业发展“十四五”规划", "霍邱县", "2022-03-11")


def test_a_building_list_row_is_a_requirement_and_a_target_of_its_institution(doc) -> None:
    assert requirements_on_line(doc, 36) == {("安宁疗护病区", "县人民医院", None, 2024)}
    assert quantities_on_line(doc, 37) == {("target", "县人民医院床位数", 30.0, "count", "=", 2024)}
    assert requirements_on_line(doc, 41) == {("安宁疗护病房", "城关镇中心卫生院", None, 2025)}
    assert quantities_on_line(doc, 42) == {("target", "城关镇中心卫生院床位数", 8.0, "count", "=", 2025)}


def test_a_project_table_gives_the_investment_and_who_is_responsible(doc) -> None:
    assert {(i, v, y) for _, i, v, _, _, y in quantities_on_line(doc, 27)} == {
        ("县精神卫生中心建设项目总投资", 12000.0, 2025), ("新建病房楼", 15000.0, 2025)}  # and the content cell, as text
    assert ("target", "县精神卫生中心建设项目总投资", 12000.0, "ten-thousand-yuan", "=", 2025) in quantities_on_line(doc, 27)
    agencies = {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 27)}
    assert agencies == {("县卫生健康委", "responsible"), ("县精神卫生中心", "responsible")}


def test_a_unit_cell_is_never_a_value(doc) -> None:
    assert quantities_on_line(doc, 14) == {("observation", "孕产妇死亡率", 9.8, "per-100000", "=", 2020),
                                          ("target", "孕产妇死亡率", 12.0, "per-100000", "<=", 2025)}
    assert quantities_on_line(doc, 20) == {("observation", "医护比", 1.09, "ratio-one-to-x", "=", 2020),
                                          ("target", "医护比", 1.2, "ratio-one-to-x", ">=", 2025)}


def test_a_past_year_in_the_review_is_an_observation(doc) -> None:
    assert {(kind, value, year) for kind, _, value, _, _, year in quantities_on_line(doc, 2)} == {
        ("observation", 62.3, 2020), ("observation", 42.7, 2020)}


def test_units_of_hospitals_centres_and_stations(doc) -> None:
    found = {(unit, scope) for unit, scope, _, _ in requirements_on_line(doc, 4)}
    assert found == {("胸痛中心", "省级区域医疗中心"), ("卒中中心", "省级区域医疗中心"),
                     ("患者服务中心", "二级以上公立医院"), ("警务室", "二级以上公立医院"),
                     ("儿童保健部", "县妇幼保健院"), ("计划生育技术服务部", "县妇幼保健院"),
                     ("隔离病区", "县第二人民医院"), ("医养结合服务站", "社区卫生服务中心")}


def test_a_welfare_home_and_quoted_names_one_after_another(doc) -> None:
    assert "霍邱县社会福利院" in names_on_line(doc, 4, "institution")
    assert names_on_line(doc, 5, "programme") == {"老年健康宣传周", "敬老月"}


def test_a_yearly_minimum_with_its_object_first(doc) -> None:
    assert quantities_on_line(doc, 5) == {
        ("target", "每年为医务人员安排健康体检", 1.0, "count", ">=", 2025),
        ("target", "三级公立医院每年向县级医院派驻医师", 1500.0, "count", ">=", 2025)}
