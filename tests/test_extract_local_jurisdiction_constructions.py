"""Constructions found missing on an unseen plan (issue 14: tests/documents/probe16, a city's 实施意见 on elderly
health services, whose city the vocabulary lacks), written twice: in simplified script and in traditional script
with pinyin noise. Expected values are written by hand. The city, 青岚市, is invented: no vocabulary has it.

- a plan of a division the vocabulary lacks (a new district, a renamed city) gets a local jurisdiction: named in the
  manifest after the division it lies in (江西省青岚市), or inferred from its issuer (青岚市人民政府办公室) and the
  province the text names; its level-prefixed agencies (市卫生健康委) and the institutions its name heads
  (青岚市康复医院, 青岚卫生学校) are resolved, and the jurisdiction is described (label, province) in the data;
- a task's 责任单位 list assigns it even when the task sets up a mechanism led by some of the same agencies
  (建立由市卫生健康委牵头…参与的…机制); words of a clause (建立由…) are never part of an agency's name; a sentence
  opened by 由X牵头 names its lead;
- a local office of the national financial regulator (…监管分局) is an agency;
- 内设 sets up units; 护理站 is a unit of a named host (not of 社会力量, which opens stations of its own); a number of
  institutions to have a unit (设置认知障碍照护专区的养老机构达到40家) is a requirement without a share;
- programmes after 做好, and a pilot whose extent grows (扩大…试点范围);
- a standard's number (GB/T 42195—2022) is no value.
"""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from loaders.build import build_graphs
from loaders.extract.org_facts import DocumentLink, NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from tests.conftest import BASE, facts_on_line, per_script_document

TEXTS = {
    "simplified": """青岚市人民政府办公室关于推进老年健康服务体系建设的实施意见
为贯彻《江西省人民政府办公厅关于推进医养结合高质量发展的实施意见》，提出以下意见。（以下各项任务中，列第一位的为牵头单位，其余为配合单位）
（一）加强康复护理服务。支持青岚市康复医院提升服务能力，支持养老机构按规定内设医务室、护理站，鼓励社会力量开办护理站。到2027年，全市设置认知障碍照护专区的养老机构达到40家。（责任单位：市卫生健康委、市民政局）
（二）强化政策支持。扎实做好国家基本公共卫生服务项目中老年人健康管理服务，稳步扩大居民长期护理保险试点范围，推广应用《老年人能力评估规范》（GB/T 42195—2022）。（责任单位：市医保局、市财政局、国家金融监督管理总局青岚监管分局）
（三）加强组织领导。建立由市卫生健康委牵头，市民政局、市医保局等部门参与的医养结合工作协调机制。依托青岚卫生学校培养护理人员。（责任单位：市卫生健康委、市民政局、市医保局）
（四）强化督导。由市卫生健康委牵头，市民政局配合，按职责分工抓好落实。
""",
    "traditional": """青嵐市人民政府辦公室關於推進老年健康服務體系建設的實施意見
為貫徹《江西省人民政府辦公廳關於推進醫養結合高質量發展的實施意見》，提出以下意見。（以下各項任務中，列第一位的為牽頭單位，其餘為配合單位）
（一）加強康復護理服務。支持青嵐市康復醫院提升服務能力，支持養老機構按規定內設醫務室、護理站(zhàn)，鼓勵社會力量開辦護理站。到2027年，全市設置認知障礙照護專區的養老機構達到40家。（責任單位：市衛生健康委、市民政局）
（二）強化政策支持。紮實做好國家基本公共衛生服務項目中老年人健康管理服務，穩步擴大居民長期護理保險試(shì)點範圍，推廣應用《老年人能力評估規範》（GB/T 42195—2022）。（責任單位：市醫保局、市財政局、國家金融監督管理總局青嵐監管分局）
（三）加強組織領導。建立由市(shì)衛生健康委牽頭，市民政局、市醫保局等部門參與的醫養結合工作協調機制。依託青嵐衛生學校培養護理人員。（責任單位：市衛生健康委、市民政局、市醫保局）
（四）強化督導。由市衛生健康委牽頭，市民政局配合，按職責分工抓好落實。
""",
}

doc = per_script_document(TEXTS, "local", "青岚市人民政府办公室关于推进老年健康服务体系建设的实施意见", "江西省青岚市",
                          "2025-06-18")
JIANGXI = "https://w3id.org/policykg/vocab/jurisdiction/360000"


def roles_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_the_plan_gets_a_local_jurisdiction_within_its_province(doc) -> None:
    links = [f for f in doc.facts if isinstance(f, DocumentLink) and f.relation == "jurisdiction"]
    assert len(links) == 1
    assert links[0].target_iri.startswith("https://w3id.org/policykg/vocab/jurisdiction/local-")
    assert (links[0].local_name, links[0].within) == ("青岚市", JIANGXI)


def test_level_prefixed_agencies_are_the_local_jurisdictions(doc) -> None:
    assert roles_on_line(doc, 2) == {("青岚市卫生健康委", "lead"), ("青岚市民政局", "support")}
    agencies = {f.agency.jurisdiction_iri for f in facts_on_line(doc, Responsibility, 2)}
    assert len(agencies) == 1 and "/jurisdiction/local-" in agencies.pop()


def test_a_national_regulators_local_office_is_an_agency(doc) -> None:
    labels = {label for label, _ in roles_on_line(doc, 3)}
    assert {"青岚市医保局", "青岚市财政局"} <= labels
    assert any(label.endswith("青岚监管分局") for label in labels)


def test_the_task_list_assigns_a_task_that_sets_up_a_mechanism(doc) -> None:
    found = facts_on_line(doc, Responsibility, 4)
    assert {(f.agency.label, f.role) for f in found} == {
        ("青岚市卫生健康委", "lead"), ("青岚市民政局", "support"), ("青岚市医保局", "support")}
    assert all(f.evidence.normalised_quote.startswith("市") for f in found)  # from the list, not 建立由…


def test_a_sentence_opened_by_you_names_its_lead(doc) -> None:
    assert ("青岚市卫生健康委", "lead") in roles_on_line(doc, 5)


def test_the_local_name_heads_institutions(doc) -> None:
    names = {f.name for line in (2, 4) for f in facts_on_line(doc, NamedEntityMention, line)
             if f.kind == "institution"}
    assert names == {"青岚市康复医院", "青岚卫生学校"}


def test_units_set_up_inside_a_named_host(doc) -> None:
    found = {(f.department, f.institution_scope, f.share, f.year) for f in facts_on_line(doc, DepartmentRequirement, 2)}
    assert found == {("医务室", "养老机构", None, None), ("护理站", "养老机构", None, None),
                     ("认知障碍照护专区", "养老机构", None, 2027)}


def test_programmes_after_zuohao_and_a_pilot_whose_extent_grows(doc) -> None:
    names = {f.name for f in facts_on_line(doc, NamedEntityMention, 3) if f.kind == "programme"}
    assert names == {"国家基本公共卫生服务项目", "居民长期护理保险试点"}


def test_a_standards_number_is_no_value(doc) -> None:
    assert [f.value for f in facts_on_line(doc, QuantityFact, 3)] == []


@pytest.fixture(scope="module")
def inferred(tmp_path_factory):
    """The simplified text without a manifest entry: its jurisdiction inferred from the issuer."""
    folder = tmp_path_factory.mktemp("inferred")
    (folder / "qinglan-2025-opinions.txt").write_text(TEXTS["simplified"], encoding="utf-8")
    return build_graphs(folder, BASE, with_static=False)


def test_the_jurisdiction_is_inferred_from_the_issuer_and_described(inferred) -> None:
    built = inferred.documents[0]
    assert built.source.metadata.jurisdiction == "江西省青岚市"
    assert ("青岚市卫生健康委", "lead") in roles_on_line(built, 2)
    shared = inferred.graphs[next(g for g in inferred.graphs if g.endswith("/graph/shared"))]
    local = next(f.target_iri for f in built.facts if isinstance(f, DocumentLink) and f.relation == "jurisdiction")
    described = {(q.predicate.value.rsplit("#", 1)[-1], q.object.value) for q in shared if q.subject == NamedNode(local)}
    assert {("prefLabel", "青岚市"), ("within", JIANGXI), ("unmapped", "true")} <= described


@pytest.mark.parametrize("title", ["全市卫生健康委关于印发工作要点的通知", "我县卫生健康局2025年工作要点",
                                   "市县卫生健康部门工作方案", "各区卫生健康局工作要点"])
def test_words_for_this_or_every_place_are_no_division(title: str) -> None:
    """全市, 我县, 市县 and 各区 before an agency's name are no division the vocabulary lacks."""
    from loaders.corpus import infer_jurisdiction
    from loaders.vocabulary import Vocabulary

    assert "/local-" not in (Vocabulary.load().place(infer_jurisdiction(title, "")) or ("",))[0]
    assert Vocabulary.load().place(title[:2]) is None
