"""A national document's agencies and institutions (issue 14: tests/documents/probe8): 国家 before a name is the nation whatever the
document's level; a department inside a ministry (基层司, 医政司, 综合司) is an agency of the body written before it
(国家中医药局医政司) or else of the health commission, so two 医政司 stay two agencies; a ministry keeps its own name
(财政部, never 国家财政部). Responsibilities read from a lead and partners inside a sentence (建立由基层司牵头，
医政司…参与的工作机制) and from a list of agencies acting by their duties (财务司、…按职责做好…). A national
centre named by its field (国家心血管病中心, 国家癌症中心) is an institution; a kind (国家区域医疗中心), a centre to be
created (创建国家…中心) or a certified kind (国家认证的胸痛中心) is not; a name may follow 组织 or 委托, and 协和 is a
name (和 joins two words only between two others). Written twice: simplified, and traditional with pinyin noise."""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention, Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """国家卫生健康委办公厅关于印发县域慢性病防治行动方案的通知
一、工作任务
（一）加强组织领导。国家卫生健康委建立由基层司牵头，医政司、财务司、国家中医药局医政司参与的工作机制。
（二）强化投入保障。财务司、国家疾控局综合司按职责做好资金测算工作。
（三）强化技术支撑。依托国家心血管病中心、国家癌症中心和国家呼吸医学中心，组织北京协和医院等开展培训，委托北京大学公共卫生学院开展评估，支持各地创建国家区域医疗中心和国家职业健康医学中心，推广国家认证的胸痛中心经验。
附件
重点任务分工
序号|重点任务|牵头单位|配合单位
1|健全防治网络|基层司|国家卫生健康委、财政部、教育部
""",
    "traditional": """國家衛生健康委辦公廳關於印發縣域慢性病防治行動方案的通知
一、工作任務
（一）加強組織領導。國家衛(wèi)生健康委建立由基層司牽頭，醫政司、財務司、國家中醫藥局醫政司參與的工作機制。
（二）強化投入保障。財務司、國家疾控局綜(zōng)合司按職責做好資金測算工作。
（三）強化技術支撐。依託國家心血管病中心、國家癌(ái)症中心和國家呼吸醫學中心，組織北京協和醫院等開展培訓，委託北京大學公共衛生學院開展評估，支持各地創建國家區域醫療中心和國家職業健康醫學中心，推廣國家認證的胸痛中心經驗。
附件
重點任務分工
序號|重點任務|牽頭單位|配合單位
1|健全防治網絡|基層司|國家衛生健康委、財政部、教育部
""",
}



doc = per_script_document(TEXTS, "national", "县域慢性病防治行动方案", "中华人民共和国", "2025-04-22")


def roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_lead_and_partners_inside_a_sentence(doc) -> None:
    assert roles(doc, 2) == {("国家卫生健康委基层司", "lead"), ("国家卫生健康委医政司", "support"),
                             ("国家卫生健康委财务司", "support"), ("国家中医药局医政司", "support")}


def test_two_medical_administration_departments_are_two_agencies(doc) -> None:
    iris = {f.agency.label: f.agency.iri for f in facts_on_line(doc, Responsibility, 2)}
    assert iris["国家卫生健康委医政司"] != iris["国家中医药局医政司"]


def test_agencies_acting_by_their_duties(doc) -> None:
    assert roles(doc, 3) == {("国家卫生健康委财务司", "responsible"), ("国家疾控局综合司", "responsible")}


def test_a_ministry_keeps_its_own_name(doc) -> None:
    assert roles(doc, 8) == {("国家卫生健康委基层司", "lead"), ("国家卫生健康委", "support"), ("财政部", "support"),
                             ("教育部", "support")}


def test_national_centres_and_hospitals_named_after_a_verb(doc) -> None:
    names = {f.name for f in facts_on_line(doc, NamedEntityMention, 4) if f.kind == "institution"}
    assert names == {"国家心血管病中心", "国家癌症中心", "国家呼吸医学中心", "北京协和医院", "北京大学公共卫生学院"}
