"""Constructions found missing on unseen plans (issue 14: tests/documents/probe134 and probe135, whose keys read
them), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- a table one cell per line whose header is 指标 and places gives each value as its place's target for the caption's
  year (a "—" none), a unit's share per place as a requirement of each place's institutions, and a count row
  (新建中医阁（个）) is no unit to set up;
- units whose closing verb says what standard they reach (…建设达到二级甲等中医医院评审标准);
- duties in prose: a later clause's agency 负责 leads like the subject, 参与 supports, an agency acting 会同 named
  agencies leads them (not in an evaluation of the plan);
- 医疗急救中心 and 急救分站 are institutions, 通信管理局 an agency.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """昭通市县域中医药服务提升方案（2025—2027年）
一、主要目标
表1　重点县（市、区）主要指标（2027年目标值）
指标
昭阳区
鲁甸县
镇雄县
乡镇卫生院中医馆设置率（%）
100
95
—
新建中医阁（个）
12
8
20
二、重点任务
1.提升县级中医医院能力。县级中医医院急诊科、重症医学科建设达到二级甲等中医医院评审标准。
2.推进信息平台建设。市卫生健康委负责平台总体设计，市数据管理局参与数据共享，市通信管理局配合做好通信保障，市发展改革委负责项目立项。
3.规范管理办法。市卫生健康委会同市财政局等部门制定中医药服务补助办法。
4.落实补助资金。市财政局参与补助资金的筹集和监管。
5.加强督导评估。市卫生健康委将会同市医保局对本方案实施情况开展年度评估。
6.提升急救能力。昭通市医疗急救中心、镇雄县急救分站、鲁甸县急救分站完成标准化改造。
""",
    "traditional": """昭通市縣域中醫藥服務提升方案（2025—2027年）
一、主要目標
表1　重點縣（市、區）主要指標（2027年目標值）
指標
昭陽區
魯甸縣
鎮雄縣
鄉鎮衛生院中醫(yī)館設置率（%）
100
95
—
新建中醫閣（個）
12
8
20
二、重點任務
1.提升縣級中醫醫院能力。縣級中醫醫院急診科、重症醫(yī)學科建設達到二級甲等中醫醫院評審標準。
2.推進信息平臺建設。市衛生健康委負責平臺總體設計，市數據(jù)管理局參與數據共享，市通信管理局配合做好通信保障，市發展改革委負責項目立項。
3.規範管理辦法。市衛生健康委會同(tóng)市財政局等部門制定中醫藥服務補助辦法。
4.落實補助資金。市財政局參與補助資金的籌集和監管。
5.加強督導評估。市衛生健康委將會同市醫保局對本方案實施情況開展年度評估。
6.提升急救能力。昭通市醫療急救中心、鎮雄縣急救分站、魯甸縣急救(jiù)分站完成標準化改造。
""",
}

doc = per_script_document(TEXTS, "cell-places", "昭通市县域中医药服务提升方案（2025—2027年）", "昭通市", "2025-04-01")


def duties_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_place_column_table_one_cell_per_line(doc):
    assert quantities_on_line(doc, 8) == {("target", "昭阳区乡镇卫生院中医馆设置率", 100.0, "percent", ">=", 2027)}
    assert quantities_on_line(doc, 9) == {("target", "鲁甸县乡镇卫生院中医馆设置率", 95.0, "percent", ">=", 2027)}
    assert quantities_on_line(doc, 10) == set()  # 镇雄县: "—"
    assert quantities_on_line(doc, 14) == {("target", "镇雄县新建中医阁", 20.0, "count", "=", 2027)}
    assert requirements_on_line(doc, 7) == {("中医馆", "昭阳区乡镇卫生院", 100.0, 2027),
                                            ("中医馆", "鲁甸县乡镇卫生院", 95.0, 2027)}
    assert requirements_on_line(doc, 11) == set()  # 新建中医阁（个）: a count row


def test_units_reaching_a_standard(doc):
    assert requirements_on_line(doc, 16) == {("急诊科", "县级中医医院", None, None), ("重症医学科", "县级中医医院", None, None)}


def test_duties_in_prose(doc):
    assert duties_on_line(doc, 17) == {("昭通市卫生健康委", "lead"), ("昭通市数据管理局", "support"),
                                       ("昭通市通信管理局", "support"), ("昭通市发展改革委", "lead")}
    assert duties_on_line(doc, 18) == {("昭通市卫生健康委", "lead"), ("昭通市财政局", "support")}
    assert duties_on_line(doc, 19) == {("昭通市财政局", "support")}
    assert duties_on_line(doc, 20) == set()  # an evaluation of the plan


def test_emergency_centres_and_stations(doc):
    assert names_on_line(doc, 21, "institution") == {"昭通市医疗急救中心", "镇雄县急救分站", "鲁甸县急救分站"}
