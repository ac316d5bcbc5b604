"""Citations: titles and 文号, implements / drafts / cites, self-references, resolution to corpus documents on
rebuild (titles without 《》: tests/test_extract_references_rules.py)."""

from __future__ import annotations

from loaders.build import build_graphs
from loaders.extract.citations import find_candidates, normalise_number, normalise_title
from loaders.extract.org_facts import Citation

PKG = "https://w3id.org/policykg/ontology#"
BASE = "https://w3id.org/policykg/"

CITY = """杭州市卫生健康事业发展实施方案
为深入贯彻落实《浙江省卫生健康事业发展规划》（浙政发〔2022〕5号）精神，结合我市实际，制定本方案。
一、重点任务
（一）加强健康教育。推广《中国居民膳食指南》，落实《基本医疗卫生与健康促进法》。按照《浙江省卫生健康事业发展规划》要求推进建设。
（二）推进信息化。执行国卫办发〔2021〕12号有关规定。
"""
CITY_MANIFEST = """[[document]]
id = "hangzhou-plan"
source_file = "hangzhou.txt"
title = "杭州市卫生健康事业发展实施方案"
jurisdiction = "杭州市"
"""
PROVINCE_MANIFEST = """[[document]]
id = "zhejiang-plan"
source_file = "zhejiang.txt"
title = "浙江省卫生健康事业发展规划"
jurisdiction = "浙江省"
doc_number = "浙政发[2022]5号"
"""


def citations(result, doc_id: str) -> list[Citation]:
    doc = next(d for d in result.documents if d.id == doc_id)
    return [f for f in doc.facts if isinstance(f, Citation)]


def test_candidates_attach_numbers_and_keep_chains() -> None:
    found = find_candidates("根据《A规划》《B纲要》等文件要求，落实《C意见》（中办发〔2023〕10号）和国办发〔2023〕3号。")
    assert [(c.title, c.number) for c in found] == [("A规划", ""), ("B纲要", ""), ("C意见", "中办发〔2023〕10号"),
                                                   ("", "国办发〔2023〕3号")]
    assert normalise_number("粤发[2023]1号") == normalise_number("粤发〔2023〕1号")
    assert normalise_title("中共广东省委 广东省人民政府关于") == normalise_title("中共广东省委广东省人民政府关于")


def cited_documents(result, doc_id: str) -> dict[tuple[int, int], str]:
    """(start, end) of each citation of `doc_id` → the IRI the links graph resolves it to."""
    prefix = f"{BASE}doc/{doc_id}/citation/"
    out = {}
    for q in result.graphs.get(BASE + "graph/links", []):
        if q.predicate.value == PKG + "citedDocument" and q.subject.value.startswith(prefix):
            start, end = q.subject.value[len(prefix):].split("-")
            out[(int(start), int(end))] = q.object.value
    return out


def test_external_then_resolved_after_the_cited_document_is_added(write_corpus) -> None:
    folder = write_corpus({"hangzhou.txt": CITY}, manifest=CITY_MANIFEST)
    result = build_graphs(folder, BASE, with_static=False)
    alone = citations(result, "hangzhou-plan")
    targets = cited_documents(result, "hangzhou-plan")
    by_title = {(c.title, c.evidence.start): c for c in alone}
    province = [c for c in alone if c.title == "浙江省卫生健康事业发展规划"]
    assert len(province) == 2 and all(c.implements for c in province)
    assert {c.number for c in province} == {"浙政发〔2022〕5号"}  # the second mention takes the number of the first
    province_targets = {targets[(c.evidence.start, c.evidence.end)] for c in province}
    assert len(province_targets) == 1 and next(iter(province_targets)).startswith(BASE + "cited/")
    assert not next(c for (t, _), c in by_title.items() if t == "中国居民膳食指南").implements
    assert not next(c for (t, _), c in by_title.items() if t == "基本医疗卫生与健康促进法").implements
    number_only = [c for c in alone if not c.title]
    assert [c.number for c in number_only] == ["国卫办发〔2021〕12号"]
    for c in alone:
        assert CITY[c.evidence.start:c.evidence.end] == c.evidence.quote

    folder = write_corpus({"hangzhou.txt": CITY, "zhejiang.txt": "浙江省卫生健康事业发展规划\n一、总则\n"},
                          manifest=CITY_MANIFEST + PROVINCE_MANIFEST)
    result = build_graphs(folder, BASE, with_static=False)
    targets = cited_documents(result, "hangzhou-plan")
    province = [c for c in citations(result, "hangzhou-plan") if c.title == "浙江省卫生健康事业发展规划"]
    assert {targets[(c.evidence.start, c.evidence.end)] for c in province} == {BASE + "doc/zhejiang-plan"}


def test_self_references_are_not_citations_and_redacted_titles_keep_their_redaction(seed_docs) -> None:
    zhongshan = [f for f in seed_docs["zhongshan"].facts if isinstance(f, Citation)]
    assert all("中山市推进卫生健康高质量发展实施方案" not in c.title for c in zhongshan)
    xiangtan = [f for f in seed_docs["xiangtan"].facts if isinstance(f, Citation)]
    redacted = [c for c in xiangtan if "\ue000" in c.evidence.normalised_quote]
    assert [(c.title, c.relation, c.evidence.quote) for c in redacted] == [
        ("(略)全民健身实施计划（2016-2020年）", "implements", "《 (略) 全民健身实施计划(2016-2020年)》")]


def test_drafted_and_bare_references_in_the_corpus(seed_docs) -> None:
    inner = {c.title: c.relation for c in seed_docs["inner_mongolia"].facts if isinstance(c, Citation)}
    assert inner["全区医养结合机构设置规划"] == "drafts"
    assert inner["公立医院政策性亏损补偿办法"] == inner["公立医院债务化解与管理办法"] == "drafts"
    xiangtan = {c.title: c.relation for c in seed_docs["xiangtan"].facts if isinstance(c, Citation)}
    assert xiangtan["国家残疾预防行动计划"] == "implements"


def test_zhongshan_implements_guangdong_in_the_corpus(seed_docs, seed_build) -> None:
    cited = [f for f in seed_docs["zhongshan"].facts if isinstance(f, Citation) and f.number == "粤发〔2023〕1号"]
    assert len(cited) == 1 and cited[0].implements
    targets = cited_documents(seed_build, "zhongshan-2023-health-high-quality-development")
    assert targets[(cited[0].evidence.start, cited[0].evidence.end)] == \
        BASE + "doc/guangdong-2023-health-high-quality-development"
