"""National programmes named the way county, city and provincial plans name them (issue 14: tests/documents/probe248
and probe249, written blind, missed most of them; ontology/vocab/programmes.ttl curates them), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a name of the programme vocabulary is a programme wherever it stands, without a cue or quotation marks
  (落实国家组织药品集中带量采购中选结果), with quotation marks inside it (医疗人才“组团式”帮扶);
- it is linked to its concept (pkg:programmeConcept) and carries the concept's English name; the forms a text writes
  (老年健康宣传周, 2025年全国老年健康宣传周, 第二批全国安宁疗护试点) are one entity per national programme;
- a level word before it makes it that level's programme (省级安宁疗护试点), unlinked; a division's name before it
  makes it the division's own (吉林省癌症防治行动), left to the other rules;
- a name a measure or a count is made of is no mention (国家免疫规划疫苗接种率, 获批国家临床重点专科建设项目2个).
"""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode

from loaders.build import build_graphs
from loaders.extract.org_facts import NamedEntityMention
from tests.conftest import BASE, facts_on_line, names_on_line

TEXTS = {
    "simplified": """兰考县2026年卫生健康工作要点
一、重点任务
1.全面落实国家组织药品集中带量采购中选结果，深化医疗人才“组团式”帮扶。
2.深入实施心脑血管疾病防治行动和癌症防治行动，办好老年健康宣传周。
3.巩固省级安宁疗护试点工作成果，积极申报第二批全国安宁疗护试点。
4.适龄儿童国家免疫规划疫苗接种率保持在95%以上，县人民医院累计获批国家临床重点专科建设项目2个。
5.以“2025年全国老年健康宣传周”为契机，学习吉林省癌症防治行动经验。
""",
    "traditional": """蘭考縣2026年衛生健康工作要點
一、重點任務
1.全面落實國家組織藥品集中帶量採購中選結果，深化醫療人才「組團式」幫(bāng)扶。
2.深入實施心腦血管疾病防治行動和癌症防治行動，辦好老年健康宣傳週。
3.鞏固省級安寧療護試點工作成果，積極申報第二批全國安寧療(liáo)護試點。
4.適齡兒童國家免疫規劃疫苗接種率保持在95%以上，縣人民醫院累計獲批國家臨床重點專科建設項目2個。
5.以「2025年全國老年健康宣傳週」為契機，學習吉林省癌症防治行動經驗。
""",
}

PROGRAMME = "https://w3id.org/policykg/vocab/programme/"
MANIFEST = ('[[document]]\nid = "{id}"\nsource_file = "{id}.txt"\ntitle = "兰考县2026年卫生健康工作要点"\n'
            'jurisdiction = "兰考县"\ndate = "2026-01-20"\nscript = "{script}"\n')


@pytest.fixture(scope="module", params=list(TEXTS))
def built(request, tmp_path_factory):
    """The build of the text in one script: its document and its graphs."""
    script = request.param
    folder = tmp_path_factory.mktemp(script)
    doc_id = f"lankao-programmes-{script}"
    (folder / f"{doc_id}.txt").write_text(TEXTS[script], encoding="utf-8")
    (folder / "manifest.toml").write_text(MANIFEST.format(id=doc_id, script=script), encoding="utf-8")
    return build_graphs(folder, BASE, with_static=False)


@pytest.fixture(scope="module")
def doc(built):
    return built.documents[0]


def _concepts(doc, line: int) -> dict[str, str]:
    return {f.name: f.concept_iri for f in facts_on_line(doc, NamedEntityMention, line) if f.kind == "programme"}


def test_vocabulary_names_need_no_cue_nor_quotation_marks(doc) -> None:
    assert names_on_line(doc, 2, "programme") == {"国家组织药品集中带量采购", "医疗人才组团式帮扶"}
    assert _concepts(doc, 2) == {"国家组织药品集中带量采购": PROGRAMME + "volume-based-procurement",
                                 "医疗人才组团式帮扶": PROGRAMME + "group-medical-talent-aid"}


def test_listed_national_actions_are_each_linked(doc) -> None:
    assert _concepts(doc, 3) == {"心脑血管疾病防治行动": PROGRAMME + "cardiovascular-disease-action",
                                 "癌症防治行动": PROGRAMME + "cancer-action",
                                 "老年健康宣传周": PROGRAMME + "elderly-health-week"}


def test_a_level_word_makes_a_local_programme_and_a_batch_stays_the_national_one(doc) -> None:
    assert _concepts(doc, 4) == {"省级安宁疗护试点": "", "全国安宁疗护试点": PROGRAMME + "hospice-care-pilot"}


def test_names_inside_a_measure_or_counted_are_no_mentions(doc) -> None:
    assert names_on_line(doc, 5, "programme") == set()


def test_a_years_round_is_the_programme_and_a_divisions_own_action_is_not(doc) -> None:
    concepts = _concepts(doc, 6)
    assert concepts.get("2025年全国老年健康宣传周") == PROGRAMME + "elderly-health-week", concepts
    assert PROGRAMME + "cancer-action" not in concepts.values(), concepts
    week = {f.iri for f in doc.facts if isinstance(f, NamedEntityMention) and f.concept_iri.endswith("health-week")}
    assert len(week) == 1, week


def test_the_entity_carries_its_concept_and_english_name(built) -> None:
    doc = built.documents[0]
    iri = next(f.iri for f in doc.facts if isinstance(f, NamedEntityMention)
               and f.concept_iri == PROGRAMME + "hospice-care-pilot")
    quads = [q for qs in built.graphs.values() for q in qs if q.subject == NamedNode(iri)]
    objects = {(q.predicate.value.rsplit("#", 1)[-1], q.object) for q in quads}
    assert ("programmeConcept", NamedNode(PROGRAMME + "hospice-care-pilot")) in objects, objects
    assert ("prefLabel", Literal("National Hospice and Palliative Care Pilot", language="en")) in objects, objects
    assert {o for p, o in objects if p in ("label", "prefLabel") and o.language != "en"} == {
        Literal("国家安宁疗护试点", language="zh-Hans")}, objects
