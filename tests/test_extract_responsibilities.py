"""Responsibility clauses in every written form, on documents written here, (quality against the independent keys: tests/test_extraction_quality.py)."""

from __future__ import annotations

from loaders.build import build_graphs
from loaders.extract.org_facts import Responsibility

BASE = "https://w3id.org/policykg/"


def manifest(doc_id: str, file: str, jurisdiction: str) -> str:
    return f'[[document]]\nid = "{doc_id}"\nsource_file = "{file}"\ntitle = "{doc_id}"\njurisdiction = "{jurisdiction}"\n'


def extract(write_corpus, text: str, jurisdiction: str = "杭州市") -> list[Responsibility]:
    folder = write_corpus({"plan.txt": text}, manifest=manifest("plan", "plan.txt", jurisdiction))
    doc = build_graphs(folder, BASE, with_static=False).documents[0]
    return [f for f in doc.facts if isinstance(f, Responsibility)]


def table(facts: list[Responsibility]) -> set[tuple[str, str, str]]:
    return {(f.provision, f.agency.label, f.role) for f in facts}


def test_marker_clauses_first_listed_rule_and_redactions(write_corpus) -> None:
    text = """杭州市健康城市建设实施方案
一、重点任务
1.加强健康教育。开展健康科普。（责任单位：市卫生健康委、市财政局。排在第一位的为牵头单位，下同。）
2.推进全民健身。建设健身步道。[责任单位：市体育局、市卫生健康委、各区县（市）人民政府]
3.保障食品安全。加强监管。（责任单位：（略）、市市场监管局、市（略）局）
"""
    got = table(extract(write_corpus, text))
    assert got == {
        ("1.1", "杭州市卫生健康委", "lead"), ("1.1", "杭州市财政局", "support"),
        ("1.2", "杭州市体育局", "lead"), ("1.2", "杭州市卫生健康委", "support"),
        ("1.2", "杭州市各区县（市）人民政府", "support"),
        ("1.3", "杭州市市场监管局", "support"),  # the redacted first unit is not the lead's slot for anyone else
    }


def test_explicit_lead_inherited_prefix_and_blanket_rule(write_corpus) -> None:
    text = """浙江省医疗服务体系建设方案
一、重点任务
1.建设区域医疗中心。推进建设。（责任单位：省卫生健康委、发展改革委、财政厅等部门，各市人民政府按职责分工负责。以下各项任务责任单位均包括各市人民政府，不再列出）
2.完善家庭医生制度。做实签约服务。（责任单位：省卫生健康委牵头负责）
3.深化薪酬制度改革。（责任单位：省人力资源社会保障厅牵头，省卫生健康委配合）
"""
    got = table(extract(write_corpus, text, "浙江省"))
    assert {(label, role) for p, label, role in got if p == "1.1"} == {  # no marking, no rule: no lead invented
        ("浙江省卫生健康委", "responsible"), ("浙江省发展改革委", "responsible"), ("浙江省财政厅", "responsible"),
        ("浙江省各市人民政府", "responsible")}
    assert ("1.2", "浙江省卫生健康委", "lead") in got and ("1.2", "浙江省各市人民政府", "responsible") in got
    assert ("1.3", "浙江省人力资源社会保障厅", "lead") in got and ("1.3", "浙江省卫生健康委", "support") in got
    assert ("1.3", "浙江省各市人民政府", "responsible") in got  # a blanket rule's units are responsible


def test_trailing_lists_after_measures(write_corpus) -> None:
    text = """杭州市推进卫生健康高质量发展实施方案
一、加强公共卫生
（一）推进卫生应急。完善应急体系（平战结合）。（市卫生健康局、市财政局、市公安局，各区县（市））
（二）加强急救。建设急救站点（含社区、乡镇）。
"""
    got = table(extract(write_corpus, text))
    assert got == {("1.1", "杭州市卫生健康局", "responsible"), ("1.1", "杭州市财政局", "responsible"),
                   ("1.1", "杭州市公安局", "responsible"), ("1.1", "杭州市各区县（市）", "responsible")}


def test_appendix_task_table_cells_cover_their_group(write_corpus) -> None:
    text = """杭州市实施方案
一、总体要求
附件：重点任务清单
附件
重点任务清单
主要任务
具体内容
责任部门
一、推进卫生应急
1.完善应急指挥机制。
市卫生健康局、市财政局和各区县（市）按职责负责
2.建立专家库。
二、构建医防融合平台
3.加强公共卫生科室建设。
市卫生健康局、市医保局按职责落实
二、构建医防融合平台
4.巩固爱国卫生工作网络。
"""
    facts = extract(write_corpus, text)
    by_item: dict[str, set[str]] = {}
    for f in facts:
        by_item.setdefault(f.provision, set()).add(f.agency.label)
    items = sorted(by_item)
    assert len(items) == 4
    first, second, third, fourth = (by_item[p] for p in items)
    assert first == second == {"杭州市卫生健康局", "杭州市财政局", "杭州市各区县（市）"}
    assert third == fourth == {"杭州市卫生健康局", "杭州市医保局"}
    assert all(f.form == "table-cell" for f in facts)


def test_evidence_quotes_are_raw_text(seed_docs) -> None:
    for doc in seed_docs.values():
        for f in doc.facts:
            if isinstance(f, Responsibility):
                assert doc.source.raw[f.evidence.start:f.evidence.end] == f.evidence.quote
                assert "\ue000" not in f.evidence.normalised_quote


