"""Responsibilities in the plan of a street (or town) found missing on unseen plans (issue 14: tests/documents/probe108,
probe118 and probe129, whose keys read them), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- the street whose plan the document is (its title or issuer: 湖滨街道2025年…方案) is what 街道 (or 镇) before an
  agency's name stands for: 街道公共服务办 is 湖滨街道公共服务办, an agency of a local jurisdiction inside 上城区;
- a street's or town's offices are agencies (公共服务办, 社会事业局, 卫生健康办公室, 财政所 or 财政分局), and so are its
  communities' committees, each named one its own (青年路社区居委会), and all of them (各村（社区）);
- a bracket naming one body that 负责 (（街道社区卫生服务中心负责）) makes it the lead;
- a task table one cell per line whose task column is 重点工作 is read;
- the street's name heads an institution's (湖滨街道颐和护理院), a village's a community health station's
  (柳营村社区卫生服务站).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document

TEXTS = {
    "simplified": """湖滨街道2025年社区卫生服务和健康细胞建设工作方案
发布机构：杭州市上城区湖滨街道办事处
一、重点任务
1.提升社区卫生服务站能力。推进东坡路社区卫生服务站标准化建设。（街道公共服务办牵头，街道财政所、各社区居委会配合）
2.做实家庭医生签约服务。全年新增签约居民2000人。
责任单位：湖滨街道社区卫生服务中心；配合单位：青年路社区居委会、东坡路社区居委会
3.开展健康细胞建设。培育健康家庭100户。（街道社区卫生服务中心负责）
二、责任分工
序号
重点工作
牵头单位
配合单位
1
健康细胞建设
街道公共服务办
各村（社区）
三、保障措施
在湖滨街道颐和护理院、柳营村社区卫生服务站、东坡村社区卫生服务站设立医养结合服务点。
""",
    "traditional": """湖濱街道2025年社區衛生服務和健康細(xì)胞建設工作方案
發佈機構：杭州市上城區湖濱街道辦事處
一、重點任務
1.提升社區衛生服務(wù)站能力。推進東坡路社區衛生服務站標準化建設。（街道公共服務辦牽頭，街道財政(zhèng)所、各社區居委(wěi)會配合）
2.做實家庭醫生簽約服務。全年新增簽約居民2000人。
責任單位：湖濱街道社區衛生服務中心；配合單位：青年路社區居委會、東坡路社區居委會
3.開展健康細(xì)胞建設。培育健康家庭100戶。（街道社區衛生服務中心負責）
二、責任分工
序號
重點工作
牽頭單位
配合單位
1
健康細(xì)胞建設
街道公共服務辦
各村（社區）
三、保障措施
在湖濱街道頤和護(hù)理院、柳營村社區衛生服務站、東坡村社區衛生服務站設立醫養結合服務點。
""",
}

doc = per_script_document(TEXTS, "street", "湖滨街道2025年社区卫生服务和健康细胞建设工作方案", "上城区", "2025-03-01")

STREET = "湖滨街道"


def duties_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_the_street_stands_for_its_level_word(doc):
    assert duties_on_line(doc, 3) == {(STREET + "公共服务办", "lead"), (STREET + "财政所", "support"),
                                      (STREET + "各社区居委会", "support")}
    [office] = [f.agency for f in facts_on_line(doc, Responsibility, 3) if f.role == "lead"]
    assert office.jurisdiction_name == STREET and "/jurisdiction/local-" in office.jurisdiction_iri
    assert office.jurisdiction_within.endswith("/jurisdiction/330102")  # 上城区
    assert office.type_iri.endswith("/social-affairs-bureau")


def test_each_named_community_committee_is_its_own_agency(doc):
    assert duties_on_line(doc, 5) == {(STREET + "社区卫生服务中心", "lead"), (STREET + "青年路社区居委会", "support"),
                                      (STREET + "东坡路社区居委会", "support")}
    assert len({f.agency.iri for f in facts_on_line(doc, Responsibility, 5)}) == 3


def test_one_body_that_is_responsible_leads(doc):
    assert duties_on_line(doc, 6) == {(STREET + "社区卫生服务中心", "lead")}


def test_a_task_table_of_key_work(doc):
    assert duties_on_line(doc, 14) == {(STREET + "公共服务办", "lead")}
    assert duties_on_line(doc, 15) == {(STREET + "各村（社区）", "support")}


def test_institutions_named_by_the_street_or_a_village(doc):
    assert names_on_line(doc, 17, "institution") == {STREET + "颐和护理院", "柳营村社区卫生服务站", "东坡村社区卫生服务站"}
