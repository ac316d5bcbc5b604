"""A prefecture's echinococcosis and TB work plan, a district's mental-health plan and a national notice (issue 14:
tests/documents/probe251, probe252 and probe253, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- animals counted with 只 (家犬16.2万只) are a count;
- a table row one cell per line whose base-year cell is redacted ((略)) keeps its label and its target; a rate of
  loss to follow-up (失访率) is lower-is-better, a ceiling in a table without signs;
- a unit named with Latin letters (B超室) after another unit and 和;
- a public-health clinical medical centre (四川省公共卫生临床医疗中心) is an infectious-disease hospital; a centre a
  national commission runs is an institution wherever it stands (国家卫生健康委统计信息中心);
- a regulation named before its revision (配合做好四川省精神卫生条例修订工作) is drafted.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """甘孜州2026年包虫病和结核病防治工作方案
一、基本情况
传染源管控方面，全州登记管理家犬16.2万只，累计收容流浪犬2.6万只。
二、主要指标
表1  主要指标
序号
指标名称
2025年
2028年
指标性质
1
精神障碍社区康复服务覆盖率（%）
(略)
≥70
预期性
2
在册严重精神障碍患者失访率（%）
1.8
1.0
约束性
三、重点任务
1.完善防治网络。石渠县人民医院于2026年6月底前设置包虫病专病门诊和B超室，耐药肺结核患者统一转诊至四川省公共卫生临床医疗中心诊治。
2.加强法治保障。积极配合做好四川省精神卫生条例修订工作。国家卫生健康委统计信息中心要做好数据质量控制。
""",
    "traditional": """甘孜州2026年包蟲病和結核病防治工作方案
一、基本情況
傳染源管控方面，全州登記管理家犬16.2萬隻，累計收(shōu)容流浪犬2.6萬隻。
二、主要指標
表1  主要指標
序號
指標名稱
2025年
2028年
指標性質
1
精神障礙社區康復(fù)服務覆蓋率（%）
(略)
≥70
預(yù)期性
2
在冊嚴重精神障礙患者失訪(fǎng)率（%）
1.8
1.0
約(yuē)束性
三、重點任務
1.完善防治網絡。石渠縣人民醫院於2026年6月底前設置包蟲病專病門診和B超室，耐藥肺結核患者統一轉診至四川省公共衛生臨床醫(yī)療中心診治。
2.加強法治保障。積極配合做好四川省精神衛生條例修(xiū)訂工作。國家衛生健康委統計信息中心要做好數據質量控制。
""",
}

doc = per_script_document(TEXTS, "ganzi-endemic", "甘孜州2026年包虫病和结核病防治工作方案", "甘孜藏族自治州",
                          "2026-02-26")


def test_animals_counted_with_zhi_are_a_count(doc) -> None:
    assert {(w, v) for _, w, v, _, _, _ in quantities_on_line(doc, 2)} == {("登记管理家犬", 16.2), ("收容流浪犬", 2.6)}


def test_a_row_with_a_redacted_base_keeps_its_target(doc) -> None:
    assert {(k, w, v, c) for k, w, v, _, c, _ in quantities_on_line(doc, 11)} == {
        ("target", "精神障碍社区康复服务覆盖率", 70.0, ">=")}


def test_loss_to_follow_up_is_a_ceiling(doc) -> None:
    assert ("target", 1.0, "<=") in {(k, v, c) for k, _, v, _, c, _ in quantities_on_line(doc, 16)}


def test_a_unit_with_latin_letters_after_another(doc) -> None:
    assert {d for d, *_ in requirements_on_line(doc, 21)} == {"包虫病专病门诊", "B超室"}


def test_clinical_centres_and_a_commissions_centre_are_institutions(doc) -> None:
    assert names_on_line(doc, 21, "institution") == {"石渠县人民医院", "四川省公共卫生临床医疗中心"}
    assert names_on_line(doc, 22, "institution") == {"国家卫生健康委统计信息中心"}


def test_a_regulation_before_its_revision_is_drafted(doc) -> None:
    assert {(f.title, f.relation) for f in facts_on_line(doc, Citation, 22)} == {("四川省精神卫生条例", "drafts")}
