"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe17, a county health bureau's
annual 工作要点 whose tasks name the bureau's own offices), written twice: in simplified script and in traditional
script with pinyin noise. Expected values are written by hand.

- a bracket with two lists, 责任科室：… and 责任单位：…, under the rule 排第一位的为牵头科室，其余科室和所列责任单位为配合
  科室（单位）: the first office leads, the other offices and every listed unit support;
- a county bureau's offices (医政医管科, 人事科, 疾病预防控制科, 中医科, 党建办, 局办公室) are its internal
  departments, typed like the divisions of the same function one level up (医政医管处, 人事处);
- 局属各单位 / 局属各医疗机构 are the collectives of the units the bureau runs;
- 由X牵头，Y、Z配合: every listed supporting office supports;
- department requirements in a work plan's wording: 新增 a unit in a host (but 新增省级临床重点专科 is a designation
  won), hosts listed before 各开设 and a count with 以上, 规范运行发热门诊, a 配置率 share, 中医馆提档升级, and the
  platform departments listed before 等平台科室建设;
- a quoted name with a campaign word after it (深化“清廉医院”建设, 开展“大处方、大检查”专项治理) names a
  programme.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """某县卫生健康局2025年工作要点
以下各项任务后所列责任科室中，排第一位的为牵头科室，其余科室和所列责任单位为配合科室（单位）。
（一）加强党的建设。落实“第一议题”制度。（责任科室：党建办、人事科；责任单位：局属各单位）
（二）深化医共体建设。推进县域医共体统一管理。（责任科室：医政医管科、疾病预防控制科、中医科；责任单位：县人民医院、局属各医疗机构）
（三）严格督查考核。由局办公室牵头，党建办、规划财务科配合，建立任务清单。
（四）提升服务能力。在乡镇卫生院新增县乡联合病房2个，州级医院新增省级临床重点专科。在县人民医院、县中医院各开设无陪护病区1个以上，探索普惠型服务模式。
（五）加强平台建设。二级及以上医院规范运行发热门诊，二级及以上医疗机构母婴室配置率达到100%。加强县级医院麻醉科、病理科、检验科等平台科室建设，推进乡镇卫生院中医馆提档升级。
（六）加强行风建设。开展“大处方、大检查”专项治理，深化“清廉医院”建设。
""",
    "traditional": """某縣衛生健康局2025年工作要點
以下各項任務後所列責任科室中，排第一位的為牽頭科室，其餘科室和所列責任單位為配合科室（單位）。
（一）加強黨的建設。落實“第一議題”制度。（責任科室：黨建辦、人事科(kē)；責任單位：局屬各單位）
（二）深化醫共體建設。推進縣域醫共體統一管理。（責任科室：醫政醫管科、疾病預防控制科、中醫科；責任單位：縣人民醫院、局屬各醫療機構）
（三）嚴格督查考核。由局辦公室牽頭，黨建辦、規劃財務科配合，建立任務清單。
（四）提升服務能力。在鄉鎮衛生院新增縣鄉聯合病房2個，州級醫院新增省級臨床重點專科。在縣人民醫院、縣中醫院各開設無陪護病區1個以上，探索普惠型服務模式。
（五）加強平台建設。二級及以上醫院規範運行發熱門診，二級及以上醫療機構母嬰室配置率達到100%。加強縣級醫院麻醉科、病理科、檢驗科等平台科室建設，推進鄉鎮衛生院中醫館提檔升級(jí)。
（六）加強行風建設。開展“大處方、大檢查”專項治理，深化“清廉醫院”建設。
""",
}

doc = per_script_document(TEXTS, "bureau", "某县卫生健康局2025年工作要点", "德清县", "2025-03-10")


def roles_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_the_first_office_leads_and_the_listed_units_support(doc) -> None:
    assert roles_on_line(doc, 2) == {("党建办", "lead"), ("人事科", "support"), ("局属各单位", "support")}
    assert roles_on_line(doc, 3) == {("医政医管科", "lead"), ("疾病预防控制科", "support"), ("中医科", "support"),
                                     ("县人民医院", "support"), ("局属各医疗机构", "support")}


def test_offices_are_internal_departments_of_the_bureau(doc) -> None:
    types = {f.evidence.normalised_quote: f.agency.type_iri.rsplit("/", 1)[-1]
             for f in facts_on_line(doc, Responsibility, 3)}
    assert (types["医政医管科"], types["疾病预防控制科"], types["中医科"]) == (
        "dept-medical-administration", "dept-disease-control", "dept-tcm")
    assert all(f.agency.jurisdiction_iri.endswith("/330521") for f in facts_on_line(doc, Responsibility, 3))


def test_a_lead_and_a_list_of_supporting_offices(doc) -> None:
    assert roles_on_line(doc, 4) == {("局办公室", "lead"), ("党建办", "support"), ("规划财务科", "support")}


def requirements_on_line(doc, line: int) -> set[tuple]:
    return {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, line)}


def test_units_added_or_opened_in_named_hosts(doc) -> None:
    assert requirements_on_line(doc, 5) == {("县乡联合病房", "乡镇卫生院", None), ("无陪护病区", "县人民医院", None),
                                           ("无陪护病区", "县中医院", None)}


def test_units_run_shared_and_upgraded(doc) -> None:
    assert requirements_on_line(doc, 6) == {
        ("发热门诊", "二级及以上医院", None), ("母婴室", "二级及以上医疗机构", 100.0), ("麻醉科", "县级医院", None),
        ("病理科", "县级医院", None), ("检验科", "县级医院", None), ("中医馆", "乡镇卫生院", None)}


def test_quoted_names_with_a_campaign_word_are_programmes(doc) -> None:
    assert {f.name for f in facts_on_line(doc, NamedEntityMention, 7) if f.kind == "programme"} == {
        "大处方、大检查专项治理", "清廉医院建设"}
