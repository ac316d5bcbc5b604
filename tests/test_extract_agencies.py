"""Agency recognition and normalisation: jurisdiction prefixes, variants merged, types, collectives, issuers."""

from __future__ import annotations

import pytest

from loaders.build import build_graphs
from loaders.context import BuildContext
from loaders.extract.agencies import Jurisdiction, resolve_agency
from loaders.extract.org_facts import AgencyMention, DocumentLink, Responsibility
from loaders.iris import IriMinter

BASE = "https://w3id.org/policykg/"
AT = "https://w3id.org/policykg/vocab/agency-type/"
J = "https://w3id.org/policykg/vocab/jurisdiction/"
HANGZHOU = Jurisdiction(J + "330100", "杭州市")

MANIFEST = """
[[document]]
id = "hangzhou-plan"
source_file = "hangzhou.txt"
title = "杭州市卫生健康事业发展实施方案"
jurisdiction = "杭州市"
issuers = ["杭州市人民政府"]
"""
TEXT = """杭州市人民政府关于印发杭州市卫生健康事业发展实施方案的通知
各区、县（市）人民政府，市政府各部门：现将方案印发给你们，请径向市卫健委反映。
一、重点任务
（一）加强公共卫生。市卫生健康委员会要会同省卫生健康委做好指导。（责任单位：市卫健委、市财政局）
"""


@pytest.fixture(scope="module")
def ctx() -> BuildContext:
    return BuildContext(IriMinter(BASE))


@pytest.fixture
def hangzhou(write_corpus):
    folder = write_corpus({"hangzhou.txt": TEXT}, manifest=MANIFEST)
    return build_graphs(folder, BASE, with_static=False).documents[0]


def test_city_prefix_expands_to_the_documents_jurisdiction(ctx) -> None:
    ref = resolve_agency("市卫生健康局", HANGZHOU, ctx)
    assert ref is not None
    assert (ref.label, ref.written) == ("杭州市卫生健康局", "市卫生健康局")
    assert ref.type_iri == AT + "health-commission" and ref.jurisdiction_iri == J + "330100"


def test_spelling_variants_of_one_agency_share_an_iri(ctx) -> None:
    names = ["市卫生健康局", "市卫健委", "杭州市卫生健康委员会", "市卫生计生委"]
    iris = {resolve_agency(n, HANGZHOU, ctx).iri for n in names}  # type: ignore[union-attr]
    assert iris == {BASE + "agency/330100/health-commission"}
    assert resolve_agency("市财政局", HANGZHOU, ctx).iri != resolve_agency("市卫健委", HANGZHOU, ctx).iri  # type: ignore[union-attr]


def test_province_prefix_walks_up_the_jurisdiction_tree(ctx) -> None:
    ref = resolve_agency("省卫生健康委", HANGZHOU, ctx)
    assert ref is not None and ref.label == "浙江省卫生健康委" and ref.jurisdiction_iri == J + "330000"


def test_inherited_prefix_collectives_and_redactions(ctx) -> None:
    inner = Jurisdiction(J + "150000", "内蒙古自治区")
    ref = resolve_agency("发展改革委", inner, ctx, inherited_prefix="自治区")
    assert ref is not None and ref.label == "内蒙古自治区发展改革委"
    each = resolve_agency("各区县人民政府", HANGZHOU, ctx)
    assert each is not None and each.collective and each.label == "杭州市各区县人民政府"
    assert resolve_agency("市\ue000局", HANGZHOU, ctx) is None
    assert resolve_agency("相关商业保险机构", HANGZHOU, ctx) is None


def test_free_text_mentions_issuer_and_jurisdiction_links(hangzhou) -> None:
    mentions = [f for f in hangzhou.facts if isinstance(f, AgencyMention)]
    labels = {f.agency.label for f in mentions}
    assert "浙江省卫生健康委" in labels
    assert {f.agency.iri for f in mentions if f.agency.type_iri == AT + "health-commission"
            and f.agency.jurisdiction_iri == J + "330100"} == {BASE + "agency/330100/health-commission"}
    for f in mentions:
        assert hangzhou.source.raw[f.evidence.start:f.evidence.end] == f.evidence.quote
    links = {f.relation: f for f in hangzhou.facts if isinstance(f, DocumentLink)}
    assert links["jurisdiction"].target_iri == J + "330100"
    assert links["issuer"].agency is not None and links["issuer"].agency.label == "杭州市人民政府"
    assert links["issuer"].agency.type_iri == AT + "government"
    assert any(isinstance(f, Responsibility) for f in hangzhou.facts)


def test_seed_agencies_are_agencies_of_their_own_jurisdiction(seed_docs) -> None:
    def agency_of(doc, written: str):
        return next(f.agency for f in doc.facts if isinstance(f, Responsibility)
                    and f.evidence.normalised_quote == written)

    zs = agency_of(seed_docs["zhongshan"], "市卫生健康局")
    xt = agency_of(seed_docs["xiangtan"], "市卫生计生委")
    assert zs.iri != xt.iri and zs.type_iri == xt.type_iri == AT + "health-commission"
    assert (zs.label, xt.label) == ("中山市卫生健康局", "湘潭市卫生计生委")
    issuers = [f for f in seed_docs["jiaohe"].facts if isinstance(f, DocumentLink) and f.relation == "issuer"]
    assert issuers and issuers[0].agency.label == "蛟河市卫生健康局"  # type: ignore[union-attr]
    mentioned = {f.agency.iri for f in seed_docs["jiaohe"].facts if isinstance(f, AgencyMention)
                 and f.agency.type_iri == AT + "health-commission"}
    assert mentioned == {issuers[0].agency.iri}  # type: ignore[union-attr]  # 市卫生健康委员 merges with the issuer


def test_seed_document_links_are_written(seed_build) -> None:
    quads = seed_build.graphs[BASE + "graph/zhongshan-2023-health-high-quality-development"]
    doc = BASE + "doc/zhongshan-2023-health-high-quality-development"
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in quads}
    assert (doc, "https://w3id.org/policykg/ontology#jurisdiction", J + "442000") in triples
    assert (doc, "http://data.europa.eu/eli/ontology#passed_by", BASE + "agency/442000/government") in triples


def test_abbreviated_bureaus_merge_with_their_type(ctx) -> None:
    kelan = Jurisdiction(J + "140929", "岢岚县")
    for short, full, slug in (("县卫计局", "县卫生健康局", "health-commission"), ("县发改局", "县发展改革局",
                              "development-reform"), ("县医保分局", "县医保局", "medical-security"),
                              ("县人力社保局", "县人社局", "human-resources-social-security")):
        a, b = resolve_agency(short, kelan, ctx), resolve_agency(full, kelan, ctx)
        assert a is not None and b is not None and a.iri == b.iri == BASE + f"agency/140929/{slug}", short
        assert a.label == "岢岚" + short  # the written variant keeps its own label
    for name, slug in (("市扶贫办", "poverty-alleviation-office"), ("市教科局", "education-science"),
                       ("市委政法委", "political-legal-committee"), ("市直机关工委", "organs-work-committee"),
                       ("市城市管理执法局", "urban-management"), ("市投资促进局", "investment-promotion")):
        ref = resolve_agency(name, HANGZHOU, ctx)
        assert ref is not None and ref.type_iri == AT + slug, name


def test_collectives_of_lower_levels_and_stationed_units(ctx) -> None:
    xiangtan = Jurisdiction(J + "430300", "湘潭市")
    towns = resolve_agency("各乡镇（街道）", HANGZHOU, ctx)
    assert towns is not None and towns.collective and towns.label == "杭州市各乡镇（街道）"
    relevant, plain = resolve_agency("各有关镇街", HANGZHOU, ctx), resolve_agency("各镇街", HANGZHOU, ctx)
    assert relevant is not None and plain is not None and relevant.iri == plain.iri
    assert relevant.written == "各有关镇街" and relevant.label == "杭州市各镇街"
    stationed = resolve_agency("各驻潭单位", xiangtan, ctx)
    assert stationed is not None and stationed.collective and stationed.label == "湘潭市各驻潭单位"
    assert resolve_agency("驻潭单位", xiangtan, ctx) is None  # only as a collective
    assert resolve_agency("各相关部门", HANGZHOU, ctx) is None


def test_issuer_named_only_in_the_portal_header(write_corpus) -> None:
    text = ("发文机关：杭州市卫生健康委员会\n成文日期：2023年05月26日\n"
            "杭州市卫生健康服务体系规划\n一、总体要求\n（一）强化责任。市卫生健康委会同有关部门推进实施。\n")
    manifest = MANIFEST.replace('issuers = ["杭州市人民政府"]', 'issuers = ["杭州市卫生健康委员会"]')
    doc = build_graphs(write_corpus({"hangzhou.txt": text}, manifest=manifest), BASE, with_static=False).documents[0]
    issuer = next(f for f in doc.facts if isinstance(f, DocumentLink) and f.relation == "issuer")
    assert (issuer.evidence.start, issuer.evidence.end, issuer.evidence.quote) == (5, 15, "杭州市卫生健康委员会")
    assert issuer.agency is not None and issuer.agency.iri == BASE + "agency/330100/health-commission"
    mentioned = {f.agency.label for f in doc.facts if isinstance(f, AgencyMention)
                 and f.agency.iri == issuer.agency.iri}
    assert mentioned == {"杭州市卫生健康委员会"}  # the issuer's name labels the agency in this document


ABBREVIATED = [
    ("县编委办", "縣編委辦", "organisation-staffing"), ("县委编办", "縣委編辦", "organisation-staffing"),
    ("县政府督查室", "縣政府督查室", "inspection-office"), ("县卫健局", "縣衛健局", "health-commission"),
    ("县发改局", "縣發改局", "development-reform"), ("县人社局", "縣人社局", "human-resources-social-security"),
    ("县医保局", "縣醫保局", "medical-security"), ("县市场监管局", "縣市場監管局", "market-regulation"),
    ("县文广旅局", "縣文廣旅局", "culture-tourism"), ("县委网信办", "縣委網信辦", "cyberspace-office"),
    ("县退役军人事务局", "縣退役軍人事務局", "veterans-affairs"), ("县爱卫办", "縣愛衛辦", "patriotic-health-office"),
]


@pytest.mark.parametrize(("simplified", "traditional", "slug"), ABBREVIATED)
def test_abbreviated_agency_names_of_a_county_resolve_to_their_type(write_corpus, simplified, traditional,
                                                                     slug) -> None:
    """Common abbreviations at county level, written in either script, are agencies of the county with a type."""
    manifest = '[[document]]\nid = "p"\nsource_file = "p.txt"\ntitle = "p"\njurisdiction = "安吉县"\n'
    for name in (simplified, traditional):
        folder = write_corpus({"p.txt": f"安吉县实施方案\n一、任务\n（一）加强保障。{name}负责落实。\n"}, manifest=manifest)
        doc = build_graphs(folder, BASE, with_static=False).documents[0]
        refs = {f.agency.label: f.agency for f in doc.facts if isinstance(f, AgencyMention)}
        label = "安吉" + simplified
        assert label in refs, (name, sorted(refs))
        assert refs[label].type_iri == AT + slug and refs[label].jurisdiction_iri == J + "330523"


def test_a_label_carrying_its_own_level_word_belongs_to_that_level(ctx) -> None:
    """市委编办 / 市委宣传部 in a county plan name the city's offices, not the county's."""
    anji = Jurisdiction(J + "330523", "安吉县")
    for written, label in (("市委编办", "湖州市委编办"), ("市委宣传部", "湖州市委宣传部"), ("县委编办", "安吉县委编办")):
        ref = resolve_agency(written, anji, ctx)
        assert ref is not None and ref.label == label
    assert resolve_agency("市委编办", anji, ctx).jurisdiction_iri == J + "330500"  # type: ignore[union-attr]
