"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe12, a prefecture's plan with its
indicators written as records, one per line), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- divisions of one level listed before a name headed by the last of them each head it (延吉市、珲春市、敦化市人民医院
  → three hospitals), each quoted from its division to the name's end; a level list (市、县人民医院) names none;
- a department share read from an indicator record (指标：…设置老年医学科的比例；2022年：41%；2025年：≥60%) is quoted
  with its cell;
- a regulation named without 《》 may hold 和 inside its name (医疗纠纷预防和处理条例) and be followed by a verb;
  two laws joined by 和 stay two;
- 政务服务和数字化建设管理局 is the data administration (an agency of a responsibility list).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """延边州医疗服务能力提升三年行动方案
一、主要指标
指标：二级及以上综合医院设置老年医学科的比例；2022年：41%；2025年：≥60%；属性：预期性
二、重点任务
到2025年，延吉市、珲春市、敦化市人民医院达到三级医院服务能力，加强市、县人民医院建设。
依照医疗纠纷预防和处理条例妥善化解医疗纠纷，严格执行传染病防治法和突发事件应对法。
在延吉市开展“互联网+护理服务”试点。（州卫生健康委、州政务服务和数字化建设管理局按职责分工负责）
""",
    "traditional": """延邊州醫療服務能力提升三年行動方案
一、主要指標
指標：二級及以上綜合(hé)醫院設置老年醫學科(kē)的比例；2022年：41%；2025年：≥60%；屬性：預期性
二、重點任務
到2025年，延吉市、琿春市、敦化市人(rén)民醫院達到三級醫院服務能力，加強市、縣人民醫院建設。
依照醫療糾紛預防和處理條例妥善化解醫療(liáo)糾紛，嚴格執行傳染病防治法和突發事件應對法。
在延吉市開展“互聯網+護理服務(wù)”試點。（州衛生健康委、州政務(wù)服務和數字化建設管理局按職責分工負責）
""",
}

doc = per_script_document(TEXTS, "record", "延边州医疗服务能力提升三年行动方案", "延边朝鲜族自治州", "2023-04-18")


def test_a_department_share_from_an_indicator_record_is_quoted_with_its_cell(doc) -> None:
    found = facts_on_line(doc, DepartmentRequirement, 2)
    assert [(f.department, f.institution_scope, f.share, f.comparator, f.year) for f in found] == [
        ("老年医学科", "二级及以上综合医院", 60.0, ">=", 2025)]
    assert found[0].evidence.quote.endswith("≥60%")


def test_listed_divisions_each_head_the_name(doc) -> None:
    found = {(f.name, f.evidence.normalised_quote) for f in facts_on_line(doc, NamedEntityMention, 4)
             if f.kind == "institution"}
    assert found == {("延吉市人民医院", "延吉市、珲春市、敦化市人民医院"), ("珲春市人民医院", "珲春市、敦化市人民医院"),
                     ("敦化市人民医院", "敦化市人民医院")}


def test_a_regulation_with_and_inside_its_name(doc) -> None:
    assert {f.title for f in facts_on_line(doc, Citation, 5)} == {"医疗纠纷预防和处理条例", "传染病防治法", "突发事件应对法"}


def test_the_data_administration_shares_the_task(doc) -> None:
    found = {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, 6)}
    assert found == {("延边朝鲜族自治州卫生健康委", "responsible"),
                     ("延边朝鲜族自治州政务服务和数字化建设管理局", "responsible")}
