"""Section trees of the seeds and of small documents written here."""

from __future__ import annotations

from collections import Counter

import pytest

from loaders.normalise import normalise
from loaders.structure import parse_structure


def kinds(doc, depth=None):
    return Counter(p.kind for p in doc.provisions if depth is None or p.depth == depth)


@pytest.mark.parametrize(
    ("seed", "top", "measures", "tasks"),
    [
        ("guangdong", 10, 31, 0),
        ("inner_mongolia", 3, 9, 23),
        ("xiangtan", 3, 13, 53),
        ("jiaohe", 9, 34, 60),
        ("zhongshan", 7, 25, 67),
    ],
)
def test_seed_section_counts(seed_docs, seed, top, measures, tasks) -> None:
    doc = seed_docs[seed]
    assert kinds(doc, 1)["cn-dun"] == top
    assert kinds(doc)["cn-paren"] == measures
    assert kinds(doc)["ar-dot"] == tasks


def test_inner_mongolia_tasks_numbered_1_to_23_under_key_tasks(seed_docs) -> None:
    doc = seed_docs["inner_mongolia"]
    tasks = [p for p in doc.provisions if p.kind == "ar-dot"]
    assert [p.number for p in tasks] == list(range(1, 24))
    assert all(p.path.startswith("2.") and p.depth == 3 for p in tasks)
    assert tasks[0].heading == "推进高水平医疗中心建设"


def test_xiangtan_tasks_keep_their_written_numbers(seed_docs) -> None:
    doc = seed_docs["xiangtan"]
    numbers = [p.number for p in doc.provisions if p.kind == "ar-dot"]
    assert numbers[:4] == [1, 2, 3, 4]
    assert 57 in numbers and 5 not in numbers  # the text skips 5, 6, 31, 32
    assert all(p.path.startswith("2.") for p in doc.provisions if p.kind == "ar-dot")


def test_zhongshan_measures_and_appendix(seed_docs) -> None:
    doc = seed_docs["zhongshan"]
    measures = {p.number: p for p in doc.provisions if p.kind == "cn-paren"}
    assert set(range(3, 23)) <= set(measures)
    assert measures[3].heading == "推进卫生应急管理能力现代化"
    appendix = [p for p in doc.provisions if p.kind == "appendix"]
    assert len(appendix) == 1 and appendix[0].depth == 1 and appendix[0].heading == "重点任务清单"
    items = [p for p in doc.provisions if p.kind == "ar-dot"]
    assert [p.number for p in items] == list(range(1, 68))
    assert all(p.path.startswith(appendix[0].path + ".") for p in items)
    item1 = items[0]
    text = doc.norm.text[item1.start:item1.end]
    assert text.startswith("1.完善卫生应急指挥机制") and "市卫生健康局" in text


def test_tables_are_provisions(seed_docs) -> None:
    xt = [p for p in seed_docs["xiangtan"].provisions if p.kind == "table"]
    assert [p.heading for p in xt] == ["健康湘潭建设主要指标"]
    jh = [p.heading for p in seed_docs["jiaohe"].provisions if p.kind == "table"]
    assert jh == ["主要发展指标", "“十四五”全市医疗卫生机构床位资源配置参考", "“十四五”全市卫生人力资源配置参考"]


def test_spans_nest_and_map_to_raw(seed_docs) -> None:
    for doc in seed_docs.values():
        by_path = {p.path: p for p in doc.provisions}
        for p in doc.provisions:
            assert 0 <= p.start <= p.end <= len(doc.norm.text)
            assert doc.source.raw[p.raw_start:p.raw_end]
            if p.parent:
                parent = by_path[p.parent]
                assert parent.start <= p.start and p.end <= parent.end


def parse(text):
    return parse_structure(normalise(text))


def test_small_document_all_marker_styles() -> None:
    text = "\n".join([
        "某省卫生健康规划", "第一章 总则", "一、总体要求", "（一）指导思想。坚持人民至上。",
        "1.加强领导。各地要落实。", "（1）细化分工。", "①明确牵头。", "②明确配合。",
        "2.强化保障。", "二、主要任务", "第二章 附则", "本规划自印发之日起施行。",
    ])
    ps = {p.path: p for p in parse(text)}
    assert ps["1"].kind == "chapter" and ps["1"].heading == "总则"
    assert ps["1.1"].kind == "cn-dun"
    assert ps["1.1.1"].heading == "指导思想"
    assert ps["1.1.1.1"].heading == "加强领导"
    assert ps["1.1.1.1.1"].kind == "ar-paren"
    assert ps["1.1.1.1.1.2"].kind == "circled" and ps["1.1.1.1.1.2"].number == 2
    assert ps["1.1.1.2"].heading == "强化保障"
    assert ps["1.2"].heading == "主要任务"
    assert ps["2"].kind == "chapter"


def test_markdown_headings_and_decimals_are_not_items() -> None:
    ps = parse("# 规划\n## 目标\n1.8\n2.3左右\n1. 第一项任务\n## 任务\n")
    kinds_ = [(p.path, p.kind) for p in ps]
    assert ("1", "md1") in kinds_ and ("1.1", "md2") in kinds_ and ("1.2", "md2") in kinds_
    assert [p.heading for p in ps if p.kind == "ar-dot"] == ["第一项任务"]


def test_appendix_with_repeated_numbering_starts_new_top_level() -> None:
    ps = parse("一、总体\n二、任务\n附件\n重点任务清单\n一、第一组\n1.任务甲\n二、第二组\n2.任务乙\n")
    top = [p for p in ps if p.depth == 1]
    assert [p.kind for p in top] == ["cn-dun", "cn-dun", "appendix"]
    assert [p.heading for p in ps if p.kind == "ar-dot"] == ["任务甲", "任务乙"]
