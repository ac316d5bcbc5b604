"""A county-level city's elderly-care plan and a province's hospital-performance plan (issue 14: tests/documents/
probe242 and probe243, whose keys read them so; probe147's key reads the other layout), written twice: in simplified
script and in traditional script with pinyin noise. Expected values are written by hand.

- 以上任务由X牵头，Y配合 on a line after a group of numbered items (1. 2.) is each item's; after a heading's
  paragraphs without numbered items (一是… 二是…) it stays the heading's;
- a rank threshold (进入全国前100名) is no value; the number of hospitals that reach it is;
- occasions before 等活动 are the programmes, a three-character one too (老年健康宣传周、敬老月等活动).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """海门市2026年医养结合工作实施方案
一、重点任务
（一）健全老年医疗服务网络
1.加强老年医学科建设。二级及以上综合医院全面设置老年医学科。
2.提升基层康复能力。乡镇卫生院规范设置康复科。
以上任务由市卫生健康委牵头，市医保局、市财政局配合。
（二）加强老年健康教育
一是普及老年健康知识。二是开展老年健康宣传周活动。
以上工作由市卫生健康委牵头，市民政局配合。
二、工作目标
2025年，全市有3家医院进入全省前50名；到2026年，力争不少于5家医院进入全省前50名。
三、宣传引导
结合老年健康宣传周、敬老月等活动，普及失能预防知识。
""",
    "traditional": """海門市2026年醫養結合工作實施方案
一、重點任務
（一）健全老年醫療(liáo)服務網絡
1.加強老年醫學科建設。二級及以上綜合醫(yī)院全面設置老年醫學科。
2.提升基層(céng)康復能力。鄉鎮衛生院規範設置康復科。
以上任務由市衛生健康委牽頭，市醫保局、市財政局配合。
（二）加強老年健康教育
一是普及老年健康知(zhī)識。二是開展老年健康宣傳周活動。
以上工作由市衛生健康委牽頭，市民政局配合。
二、工作目標
2025年，全市有3家醫院進入全省前50名；到2026年，力(lì)爭不少於5家醫院進入全省前50名。
三、宣傳引導
結合老年健康宣傳周、敬老月等活動，普及失能預防知識。
""",
}

doc = per_script_document(TEXTS, "haimen-elderly-care", "海门市2026年医养结合工作实施方案", "海门市", "2026-02-10")


def _by_task(doc) -> dict[str, set[tuple[str, str]]]:
    raw = doc.source.raw
    out: dict[str, set[tuple[str, str]]] = {}
    for f in doc.facts:
        if isinstance(f, Responsibility):
            line = raw.count("\n", 0, f.evidence.start)
            heading = next(p.label for p in doc.provisions if p.path == f.provision)
            out.setdefault(f"{line}:{heading}", set()).add((f.agency.written, f.role))
    return out


def test_the_tasks_above_are_each_numbered_items(doc) -> None:
    found = _by_task(doc)
    want = {("市卫生健康委", "lead"), ("市医保局", "support"), ("市财政局", "support")}
    assert found.get("5:1.") == want and found.get("5:2.") == want, found


def test_after_paragraphs_without_numbers_the_heading_keeps_them(doc) -> None:
    found = _by_task(doc)
    assert found.get("8:（二）") == {("市卫生健康委", "lead"), ("市民政局", "support")}, found
    assert not any(key.startswith("8:") and key != "8:（二）" for key in found), found


def test_a_rank_threshold_is_no_value(doc) -> None:
    values = {value for _, _, value, *_ in quantities_on_line(doc, 10)}
    assert values == {3.0, 5.0}, values


def test_occasions_before_deng_huodong_are_programmes(doc) -> None:
    assert names_on_line(doc, 12, "programme") == {"老年健康宣传周", "敬老月"}
