"""References written without 《》 and their relation (implements / drafts / cites), on texts written here in
simplified and in traditional script with pinyin noise; the document's own title is no reference."""

from __future__ import annotations

import pytest

from loaders.build import build_graphs
from loaders.extract.citations import is_self_reference
from loaders.extract.org_facts import Citation
from loaders.iris import IriMinter
from loaders.links import CitationRecord, CorpusDocument, links_graph
from loaders.records import DocumentMetadata, Evidence

BASE = "https://w3id.org/policykg/"
PKG = "https://w3id.org/policykg/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"

SIMPLIFIED = """杭州市卫生健康事业发展实施方案
为贯彻落实《浙江省卫生健康事业发展规划》，结合我市实际，制定本方案。
一、重点任务
（一）加强法治保障。贯彻实施传染病防治法和突发事件应对法，严格执行浙江省爱国卫生条例。
（二）完善制度。研究制定公立医院运营补偿办法和债务管理办法。修订杭州市突发公共卫生事件应急预案。制定《杭州市医疗机构设置规划》。
（三）推进康复。贯彻实施国家残疾预防行动计划。
（四）其他。各地要制定实施方案，按照三级医院标准建设，落实相关规定，推广中医疗法，按照国家卫生健康委的规定执行，合理制定资源配置标准，实施健康扶贫工程，遵守医疗机构管理条例和护士条例。
"""
TRADITIONAL = """杭州市健康城市建設方案
一、重點任務
（一）強化法治。認真貫徹實施中醫(yī)藥法，依照精神衛(wèi)生法和未成年人保護法有關規定開展服務。修訂杭州市愛國衛(wèi)生管理辦法。
（二）全民健身。貫徹落實《（略）全民健身實施計劃》，推廣《中國居民膳食指南》。
"""
NOTICE = """杭州市人民政府关于印发杭州市老年健康服务实施方案的通知
各区、县（市）人民政府：
现将《杭州市老年健康服务实施方案》印发给你们，请认真贯彻执行。
杭州市老年健康服务实施方案
为贯彻落实《浙江省老年健康服务规划》，结合实际，制定本方案。
"""
MANIFEST = """[[document]]
id = "{id}"
source_file = "{file}"
title = "{title}"
jurisdiction = "杭州市"
"""


def citations_of(write_corpus, text: str, title: str) -> list[Citation]:
    folder = write_corpus({"plan.txt": text}, manifest=MANIFEST.format(id="plan", file="plan.txt", title=title))
    doc = build_graphs(folder, BASE, with_static=False).documents[0]
    found = [f for f in doc.facts if isinstance(f, Citation)]
    for c in found:  # evidence is the raw text, offsets exact
        assert text[c.evidence.start:c.evidence.end] == c.evidence.quote
    return found


def test_laws_plans_and_drafted_documents_without_brackets(write_corpus) -> None:
    found = citations_of(write_corpus, SIMPLIFIED, "杭州市卫生健康事业发展实施方案")
    got = [(c.title, c.relation, c.evidence.quote) for c in found]
    assert got == [
        ("浙江省卫生健康事业发展规划", "implements", "《浙江省卫生健康事业发展规划》"),
        ("传染病防治法", "cites", "传染病防治法"),  # a law complied with is cited
        ("突发事件应对法", "cites", "突发事件应对法"),  # coordinated with 和 under the same verb
        ("浙江省爱国卫生条例", "cites", "浙江省爱国卫生条例"),
        ("公立医院运营补偿办法", "drafts", "公立医院运营补偿办法"),
        ("公立医院债务管理办法", "drafts", "债务管理办法"),  # the leading scope distributes
        ("杭州市突发公共卫生事件应急预案", "drafts", "杭州市突发公共卫生事件应急预案"),
        ("杭州市医疗机构设置规划", "drafts", "《杭州市医疗机构设置规划》"),
        ("国家残疾预防行动计划", "implements", "国家残疾预防行动计划"),  # a plan is implemented
        ("医疗机构管理条例", "cites", "医疗机构管理条例"),
        ("护士条例", "cites", "护士条例"),  # laws and regulations carry their full name: no shared scope
    ]
    assert all(c.implements == (c.relation == "implements") for c in found)


def test_traditional_script_with_pinyin_noise_and_a_redacted_title(write_corpus) -> None:
    found = citations_of(write_corpus, TRADITIONAL, "杭州市健康城市建设方案")
    got = [(c.title, c.relation, c.evidence.quote) for c in found]
    assert got == [
        ("中医药法", "cites", "中醫(yī)藥法"),
        ("精神卫生法", "cites", "精神衛(wèi)生法"),
        ("未成年人保护法", "cites", "未成年人保護法"),
        ("杭州市爱国卫生管理办法", "drafts", "杭州市愛國衛(wèi)生管理辦法"),
        ("(略)全民健身实施计划", "implements", "《（略）全民健身實施計劃》"),
        ("中国居民膳食指南", "cites", "《中國居民膳食指南》"),
    ]


def test_the_covering_notice_of_the_document_itself_is_no_reference(write_corpus) -> None:
    found = citations_of(write_corpus, NOTICE, "杭州市人民政府关于印发杭州市老年健康服务实施方案的通知")
    assert [(c.title, c.relation) for c in found] == [("浙江省老年健康服务规划", "implements")]
    notice = DocumentMetadata("x", "x.txt", title="杭州市人民政府关于印发杭州市老年健康服务实施方案的通知")
    assert is_self_reference(notice, "杭州市老年健康服务实施方案", "")
    untitled = DocumentMetadata("x", "x.txt")
    assert is_self_reference(untitled, "杭州市老年健康服务实施方案", "", "已经市政府同意，现印发给你们，请认真执行。")
    assert is_self_reference(untitled, "杭州市老年健康服务实施方案", "", "现予印发，请遵照执行。")
    assert not is_self_reference(untitled, "浙江省老年健康服务规划", "", "，结合实际，制定本方案。")
    assert not is_self_reference(untitled, "浙江省老年健康服务规划", "", "印发实施以来，全省老年健康服务不断完善。")


@pytest.mark.parametrize("sentence", [
    "各地要制定实施方案。", "按照三级医院标准建设。", "落实相关规定。", "推广中医疗法和针灸疗法。",
    "按照国家卫生健康委的规定执行。", "合理制定资源配置标准。", "实施健康扶贫工程和健康乡村计划。", "依法执业。",
    "制定考核办法。", "建立健全卫生健康法规和标准体系。", "修订完善各类应急预案。",
])
def test_generic_phrases_are_no_reference(write_corpus, sentence: str) -> None:
    text = f"杭州市实施方案\n一、重点任务\n（一）加强管理。{sentence}\n"
    assert citations_of(write_corpus, text, "杭州市实施方案") == []


PROMOTED = """杭州市基层卫生服务能力提升方案
一、重点任务
（一）推进医防融合。加强基本医疗卫生与健康促进法宣传普及，深入开展医师法学习宣传，持续开展控烟条例执法检查。
加强传染病防治法和疫苗管理法宣传，做好中医药法、护士条例学习培训。
（二）强化监管。开展执法宣传和普法宣传，加强依法执业宣传，做好传染病防治法律法规宣传，推广中医疗法培训，加强科学方法学习。
"""
PROMOTED_TRADITIONAL = """杭州市基層衛生服務能力提升方案
一、重點任務
（一）推進醫防融合。加強基本醫療衛生與健康促進法宣傳(xuān chuán)普及，深入開展醫師法學習宣傳，持續開展控煙條例執法檢查。
加強傳染病防治法和疫苗管理法宣傳，做好中醫藥法、護士條例學習培訓。
（二）強化監管。開展執法宣傳和普法宣傳，加強依法執業宣傳，做好傳染病防治法律法規宣傳，推廣中醫療法培訓，加強科學方法學習。
"""


@pytest.mark.parametrize("text", [PROMOTED, PROMOTED_TRADITIONAL])
def test_a_law_named_as_what_is_promoted_or_enforced_is_cited(write_corpus, text: str) -> None:
    """加强X法宣传 / 深入开展X法学习宣传 / 持续开展X条例执法检查 cite X, and so do laws coordinated with X before
    the promotion word; 执法, 普法, 依法, 法律法规, 疗法, 方法 in the same context name no law."""
    found = citations_of(write_corpus, text, "杭州市基层卫生服务能力提升方案")
    assert [(c.title, c.relation) for c in found] == [
        ("基本医疗卫生与健康促进法", "cites"), ("医师法", "cites"), ("控烟条例", "cites"), ("传染病防治法", "cites"),
        ("疫苗管理法", "cites"), ("中医药法", "cites"), ("护士条例", "cites")]
    assert [c.evidence.quote for c in found][1:3] == (["医师法", "控烟条例"] if text is PROMOTED
                                                      else ["醫師法", "控煙條例"])


def test_citation_relation_is_consistent_with_the_implements_flag() -> None:
    ev = Evidence("d", 0, 4, "《甲》")
    assert Citation(ev, "1", "x", title="甲", number="", implements=True).relation == "implements"
    assert Citation(ev, "1", "x", title="甲", number="", implements=False).relation == "cites"
    assert Citation(ev, "1", "x", title="甲", number="", implements=False, relation="drafts").relation == "drafts"
    with pytest.raises(ValueError):
        Citation(ev, "1", "x", title="甲", number="", implements=True, relation="drafts")


def test_links_write_the_drafting_relation_between_documents() -> None:
    iris = IriMinter(BASE)
    records = [CitationRecord(BASE + "doc/a/citation/1-9", "a", "杭州市医疗机构设置规划", "", False, "drafts"),
               CitationRecord(BASE + "doc/a/citation/20-29", "a", "浙江省卫生健康事业发展规划", "", True)]
    corpus = [CorpusDocument("a", "杭州市实施方案", ""), CorpusDocument("b", "浙江省卫生健康事业发展规划", "")]
    edges = {(q.subject.value, q.predicate.value, q.object.value) for q in links_graph(records, corpus, iris)}
    drafted = iris.entity("cited", "杭州市医疗机构设置规划")
    doc_a, doc_b = iris.document("a"), iris.document("b")
    assert (doc_a, PKG + "drafts", drafted) in edges and (doc_a, ELI + "cites", drafted) in edges
    assert (doc_a, PKG + "implements", drafted) not in edges and (doc_a, PKG + "cites", drafted) not in edges
    assert (doc_a, PKG + "implements", doc_b) in edges and (doc_a, ELI + "implements", doc_b) in edges
