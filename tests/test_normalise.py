"""Normalisation passes and the raw-offset map."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import normalise
from loaders.records import GAP


def test_pinyin_removed_real_parentheses_kept() -> None:
    n = normalise("為(wèi)深入貫徹(地區)和(市、區)推進(DRGs)付費，行(xíng)動")
    assert n.text == "为深入贯彻（地区）和（市、区）推进（DRGs）付费，行动"


def test_traditional_to_simplified_keeps_original_via_offsets() -> None:
    raw = "醫療衛生服務體系"
    n = normalise(raw)
    assert n.text == "医疗卫生服务体系"
    start, end = n.raw_span(2, 4)
    assert raw[start:end] == "衛生"


def test_redactions_become_gaps() -> None:
    n = normalise("建设健康 (略) 人民，孕产妇死亡率(1/#)")
    assert n.text.count(GAP) == 2
    assert len(n.gaps) == 2
    assert n.crosses_gap(0, len(n.text))
    assert not n.crosses_gap(0, 4)


def test_markdown_heading_hashes_are_not_gaps() -> None:
    n = normalise("## 第一章\n正文#")
    assert n.text.startswith("##")
    assert n.text.endswith(GAP)


def test_width_and_spaces_unified() -> None:
    n = normalise("领 域 | 指 标 ：１２３，ａ  b\u3000中")
    assert "领域" in n.text and "指标" in n.text
    assert "123" in n.text and "a b" in n.text


def test_seed_guangdong_has_no_pinyin_and_no_traditional(seed_docs) -> None:
    import opencc

    text = seed_docs["guangdong"].norm.text
    assert not re.search(r"[\u4e00-\u9fff]（[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*）", text)
    assert opencc.OpenCC("t2s").convert(text) == text
    assert "卫生健康高质量发展" in text


def test_every_seed_span_maps_back(seed_docs) -> None:
    for doc in seed_docs.values():
        n, raw = doc.norm, doc.source.raw
        assert len(n.starts) == len(n.ends) == len(n.text)
        assert all(a < b for a, b in zip(n.starts, n.ends, strict=True))
        assert list(n.starts) == sorted(n.starts)
        for i in range(0, len(n.text), 101):
            a, b = n.raw_span(i, min(i + 7, len(n.text)))
            assert 0 <= a < b <= len(raw)


_alphabet = st.sampled_from([*list("為醫療衛生發展中国人民健康，。、,;:()（）略# \u3000\n1.2aA̓"), "(wèi)", "(yī)", "(略)", "(地區)"])


@given(st.lists(_alphabet, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_offset_map_property(raw) -> None:
    """Mapping any normalised span back yields a raw span whose normalisation contains it."""
    n = normalise(raw)
    assert len(n.starts) == len(n.text)
    for i in range(len(n.text)):
        for j in range(i + 1, min(len(n.text), i + 4) + 1):
            a, b = n.raw_span(i, j)
            assert 0 <= a <= b <= len(raw)
            piece = n.text[i:j].strip()
            # '#' is context-dependent by design: a Markdown heading marker at a line start, else a placeholder gap
            if piece and GAP not in piece and "#" not in piece and len(piece) == j - i:
                assert piece in normalise(raw[a:b]).text


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
@settings(max_examples=200, deadline=None)
def test_normalise_never_crashes_and_map_is_monotonic(raw) -> None:
    n = normalise(raw)
    assert list(n.starts) == sorted(n.starts)
    assert all(0 <= s < e <= len(raw) for s, e in zip(n.starts, n.ends, strict=True))


def test_variant_forms_t2s_misses_are_folded_offsets_kept() -> None:
    raw = "區衞(wèi)生健康局負責安甯療護，衹"
    n = normalise(raw)
    assert n.text == "区卫生健康局负责安宁疗护，只"
    a, b = n.raw_span(1, 3)
    assert raw[a:b] == "衞(wèi)生"
    assert normalise("显著").text == "显著"


def test_toneless_pinyin_goes_when_it_reads_the_character_before() -> None:
    raw = "機構的(de)綜合性，做好了(le)準備(bèi)，醫院(hospital)，指標(a)"
    n = normalise(raw)
    assert n.text == "机构的综合性，做好了准备，医院（hospital），指标（a）"
    a, b = n.raw_span(2, 4)
    assert raw[a:b] == "的(de)綜"


def test_tab_separated_cells_become_pipe_cells_with_offsets_exact() -> None:
    raw = "主要指標\n指標\t2020年\t2025年\n每千人口註冊護士數（人）\t2.9\t\t3.8\n到2025年，全縣\t推進。\n"
    norm = normalise(raw)
    assert "指标|2020年|2025年\n" in norm.text and "每千人口注册护士数（人）|2.9|3.8\n" in norm.text
    at = norm.text.index("3.8")
    start, end = norm.raw_span(at, at + 3)
    assert raw[start:end] == "3.8"
    assert "\t" not in norm.text and norm.text.count("|") == 5  # a tab inside prose becomes a cell too: one line


def test_space_separated_table_cells_become_pipe_cells_with_offsets_exact() -> None:
    raw = ("表1 主要指標\n類別　序號　指標　單位　2020年　2025年\n健康水平　1　人均預期壽命　歲　78.42　79.5\n"
           "2 孕產婦死亡率 1/10萬 9.76 ≤10\n全市 共有 醫院 12家。\n")
    norm = normalise(raw)
    assert "类别|序号|指标|单位|2020年|2025年\n健康水平|1|人均预期寿命|岁|78.42|79.5\n2|孕产妇死亡率|1/10万|9.76|≤10\n" \
        in norm.text
    assert "全市共有医院12家。" in norm.text  # a sentence after the table keeps its spaces squeezed, no cells
    assert "表1主要指标" in norm.text  # the caption is no row
    at = norm.text.index("79.5")
    start, end = norm.raw_span(at, at + 4)
    assert raw[start:end] == "79.5"


def test_spaces_in_prose_without_a_table_header_stay_squeezed() -> None:
    raw = "指標 說明\n到2025年 全市 醫院 床位 達到 5000張 2030年 達到 6000張\n一 二 三 四\n"
    norm = normalise(raw)
    assert "|" not in norm.text
