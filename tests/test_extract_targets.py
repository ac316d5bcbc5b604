"""Prose targets and observations: parsing helpers, a fictional 杭州市 plan written in the seeds' sentence styles,
(quality against the independent keys: tests/test_extraction_quality.py)."""

from __future__ import annotations

import pytest

from loaders.build import build_graphs
from loaders.extract.comparators import COMPARATOR_WORDS
from loaders.extract.quantities import (
    document_horizon,
    parse_cell,
    target_year_in,
    unit_in_label,
)
from loaders.extract.target_facts import QuantityFact
from loaders.extract.value_spans import value_spans
from loaders.records import GAP
from tests.conftest import build_written

BASE = "https://w3id.org/policykg/"

HANGZHOU = """杭州市“十四五”卫生健康服务体系规划

一、发展基础
截至2020年末，全市医疗卫生机构达到5210所，其中基层医疗机构4100所；卫生人员12万名。每千人口拥有医疗卫生机构床位数6.10张、执业（助理）医师4.05人、注册护士4.30人。
二、发展目标
到2025年，二级及以上公立综合性医院设立老年医学科比例达95%以上，全市每千人口执业（助理）医师数达到4.5人，孕产妇死亡率控制在8/10万以下，县域内住院人次占比不低于90%。
到2025年，每千人口医疗卫生机构床位数的预期性指标为7.5张左右，其中公立医院5.0张左右。医护比达到1：1.25。
力争实现县级中医医疗机构全覆盖。到2030年，城市空气质量优良天数比率超过92%，儿童伤害死亡率以2015年为基础下降1/4。
乡镇卫生院至少配备1名公共卫生医师，选建2所以上中心乡镇卫生院。
“十四五”期间推动50个县级医院重点专科建设。
到2(略)，护理型养老床位达到机构养老床位总数的60%。
公立综合医院床位使用率低于75%，平均住院日高于9天，不再增加床位。
落实《健康中国2030规划纲要》，推进5G应用，完善3岁以下婴幼儿照护服务。
"""

MANIFEST = """
[[document]]
id = "hangzhou-2022-plan"
source_file = "hangzhou-2022-plan.txt"
title = "杭州市“十四五”卫生健康服务体系规划"
jurisdiction = "杭州市"
date = "2022-03-01"
"""


@pytest.fixture(scope="module")
def hangzhou(tmp_path_factory):
    doc = build_written(tmp_path_factory.mktemp("hz"), {"hangzhou-2022-plan.txt": HANGZHOU}, MANIFEST)[0]
    return doc, [f for f in doc.facts if isinstance(f, QuantityFact)]


def find(facts, wording_part: str, value: float) -> QuantityFact:
    hits = [f for f in facts if wording_part in f.indicator and abs(f.value - value) < 1e-9]
    assert len(hits) == 1, [(f.indicator, f.value) for f in facts]
    return hits[0]


# --- helpers ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "comparator"), [
    ("以上", ">="), ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("≥", ">="),
    ("以下", "<="), ("以内", "<="), ("不超过", "<="), ("控制在", "<="), ("≤", "<="),
    ("左右", "~"), ("约", "~"), ("超过", ">="), ("高于", ">="), ("低于", "<="), ("少于", "<"),
    ("达到", ">="), ("降至", "<="),
])
def test_comparator_words(word: str, comparator: str) -> None:
    assert COMPARATOR_WORDS[word] == comparator


@pytest.mark.parametrize(("clause", "value", "comparator", "verb", "unit"), [
    ("比例达90%以上", 90, ">=", "达", "percent"),
    ("床位数的预期性指标为8.2张左右", 8.2, "~", "为", "count"),
    ("孕产妇死亡率控制在12/10万以下", 12, "<=", "控制在", "per-100000"),
    ("精神科注册护士数量不低于8.68人/10万人口", 8.68, ">=", "", "per-100000-population"),
    ("医护比达到1：1.20", 1.2, None, "达到", "ratio-one-to-x"),
    ("人均体育场地面积不低于2.3平方米", 2.3, ">=", "", "square-metre"),
    ("比例超过75%", 75, ">=", "", "percent"),
    ("健康产业总规模达到3000亿元", 3000, None, "达到", "hundred-million-yuan"),
    ("人均预期寿命达到79.8岁", 79.8, None, "达到", "year"),
])
def test_value_spans_read_number_comparator_unit(clause: str, value: float, comparator: str | None, verb: str,
                                                 unit: str) -> None:
    (span,) = value_spans(clause)
    q = span.quantity
    assert (q.value, q.comparator, q.verb, q.unit) == (value, comparator, verb, unit)


def test_relative_changes_keep_their_size_and_direction_with_baseline() -> None:
    (down,) = value_spans("死亡率比2016年降低10%")
    q = down.quantity
    assert (q.value, q.direction, q.relative, q.baseline_year) == (10, "decrease", True, 2016)
    (up,) = value_spans("人均预期寿命提高1岁左右")
    q = up.quantity
    assert (q.value, q.direction, q.comparator, q.unit, q.relative) == (1, "increase", "~", "year", True)
    (times,) = value_spans("医药产业总量较“十二五”末翻50倍")
    assert (times.quantity.value, times.quantity.baseline_year, times.quantity.relative) == (50, 2015, True)


def test_not_values_years_codes_titles_and_gaps() -> None:
    assert value_spans("到2025年，推进5G应用，落实《健康中国2030规划纲要》") == []
    assert value_spans(f"年服务人数达到{GAP}人次") == []
    (cut,) = value_spans(f"肺结核发病率下降到30/{GAP}以下")  # the unit is redacted, the value is not
    assert (cut.quantity.value, cut.quantity.unit, cut.quantity.verb) == (30, None, "下降到")


def test_years_and_horizon() -> None:
    assert target_year_in("到2025年") == 2025
    assert target_year_in("2025年底前在全区") == 2025
    assert target_year_in("“十四五”期间推动") == 2025
    assert target_year_in("截至2020年末") is None
    assert document_horizon("某市“十四五”规划", "") == 2025
    assert document_horizon("某市实施意见", "到2020年，…到2030年，…到2030年，…") == 2030


def test_cells() -> None:
    assert parse_cell("8.2左右").quantity.comparator == "~"
    assert parse_cell("全覆盖").quantity.value == 100
    assert parse_cell("——").empty and parse_cell("持续改善").quantity is None
    assert unit_in_label("每千人口床位数（张）") == "count"
    assert unit_in_label(f"孕产妇死亡率（1/{GAP}）") is None


# --- a fictional plan from another province ----------------------------------------------------------------------

def test_observations_in_a_paragraph_opened_by_jiezhi(hangzhou) -> None:
    _, facts = hangzhou
    total = find(facts, "医疗卫生机构", 5210)
    assert (total.kind, total.year, total.unit) == ("observation", 2020, "count")
    assert find(facts, "基层医疗机构", 4100).kind == "observation"
    staff = find(facts, "卫生人员", 12)  # 12万名: 12 in units of ten thousand
    assert (staff.kind, staff.unit, staff.multiplier) == ("observation", "ten-thousand", 10000)
    nurses = find(facts, "注册护士", 4.30)  # a 、 list item inherits 每千人口 from its head
    assert (nurses.kind, nurses.indicator_iri.rsplit("/", 1)[-1], nurses.unit) == \
        ("observation", "nurses-per-1000", "per-1000-population")


def test_targets_with_year_comparator_unit_and_concept(hangzhou) -> None:
    _, facts = hangzhou
    share = find(facts, "老年医学科", 95)
    assert (share.kind, share.comparator, share.unit, share.year) == ("target", ">=", "percent", 2025)
    assert share.scope_iri.endswith("/secondary-plus-public-general-hospital")
    doctors = find(facts, "执业（助理）医师数", 4.5)
    assert doctors.indicator_iri.endswith("/physicians-per-1000") and doctors.unit == "per-1000-population"
    mmr = find(facts, "孕产妇死亡率", 8)
    assert (mmr.comparator, mmr.unit) == ("<=", "per-100000")
    beds = find(facts, "床位数", 7.5)
    assert (beds.comparator, beds.nature) == ("~", "expected")
    public = find(facts, "公立医院", 5.0)  # 其中公立医院 … read with its head
    assert public.indicator_iri.endswith("/public-hospital-beds-per-1000") and public.unit == "per-1000-population"
    ratio = find(facts, "医护比", 1.25)
    assert ratio.unit == "ratio-one-to-x" and ratio.indicator_iri.endswith("/doctor-nurse-ratio")


def test_coverage_counts_relative_and_horizon(hangzhou) -> None:
    _, facts = hangzhou
    coverage = find(facts, "县级中医医疗机构", 100)
    assert (coverage.unit, coverage.year) == ("percent", 2025)  # inherits the plan's 十四五 horizon
    air = find(facts, "空气质量", 92)
    assert (air.comparator, air.year) == (">=", 2030)  # 超过92%: a floor
    injury = find(facts, "儿童伤害死亡率", 25)
    assert (injury.relative, injury.direction, injury.comparator, injury.baseline_year) == \
        (True, "decrease", ">=", 2015)
    assert find(facts, "公共卫生医师", 1).comparator == ">="
    assert find(facts, "中心乡镇卫生院", 2).comparator == ">="
    assert find(facts, "县级医院重点专科", 50).year == 2025


def test_gap_year_stays_unknown_and_conditions_are_skipped(hangzhou) -> None:
    doc, facts = hangzhou
    nursing = find(facts, "护理型养老床位", 60)
    assert nursing.year is None  # 到2(略): never guessed, never inherited
    assert not [f for f in facts if f.value in (75, 9, 2030, 3)]
    assert not [f for f in facts if "5G" in f.evidence.quote or "《" in f.evidence.quote]
    for f in facts:
        assert f.evidence.quote == doc.source.raw[f.evidence.start:f.evidence.end]
        assert GAP not in f.evidence.normalised_quote or f.year is None


def test_counts_link_to_the_generic_count_concept_with_their_institution_type(hangzhou) -> None:
    _, facts = hangzhou
    primary = find(facts, "基层医疗机构", 4100)
    assert primary.indicator_iri.endswith("/number-of-institutions")
    assert primary.scope_iri.endswith("/primary-care-institution")


def test_geriatrics_share_sentence_in_inner_mongolia(seed_docs) -> None:
    facts = [f for f in seed_docs["inner_mongolia"].facts if isinstance(f, QuantityFact)]
    share = find(facts, "老年医学科", 90)
    assert (share.comparator, share.year, share.unit) == (">=", 2025, "percent")
    assert share.evidence.quote.startswith("二級及以上公立綜合性醫院")


def test_size_thresholds_qualifying_a_noun_are_conditions_not_targets(write_corpus):
    text = ("某县卫生规划\n一、主要任务\n"
            "（一）优化布局。服务人口不足800人、交通便利的行政村，可与邻村联合设置卫生室。"
            "常住人口超过10万人的乡镇，设置1所中心卫生院。到2025年，村卫生室覆盖率达到95%以上。\n")
    folder = write_corpus({"mou-xian-2024.txt": text})
    doc = build_graphs(folder, "https://example.org/", with_static=False).documents[0]
    facts = [f for f in doc.facts if isinstance(f, QuantityFact)]
    values = sorted(f.value for f in facts)
    assert 800 not in values and 10 not in values and 100000 not in values
    assert 95 in values


def test_a_relative_decrease_is_written_as_a_signed_change_with_the_comparator_bounding_it(tmp_path) -> None:
    """下降1/4 (a decrease of at least 25 %): the fact keeps the size as written (25, >=); the graph states the signed
    change and the comparator that bounds it (change <= -25), so a query reading value and comparator together is
    right."""
    (tmp_path / "hangzhou-2022-plan.txt").write_text(HANGZHOU, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    result = build_graphs(tmp_path, BASE, with_static=False)
    injury = find([f for f in result.documents[0].facts if isinstance(f, QuantityFact)], "儿童伤害死亡率", 25)
    assert (injury.signed_value, injury.signed_comparator) == (-25.0, "<=")
    node = f"{BASE}doc/hangzhou-2022-plan/target/{injury.evidence.start}-{injury.evidence.end}"
    quads = {(q.predicate.value.rsplit("#", 1)[-1], q.object.value)
             for q in result.graphs[BASE + "graph/hangzhou-2022-plan"] if q.subject.value == node}
    assert {("comparator", "<="), ("value", "-25"), ("relative", "true")} <= quads
    assert ("comparator", ">=") not in quads


@pytest.mark.parametrize("text", [
    "某区基层服务网络规划\n一、目标\n（一）完善网络。到2026年，新建2个社区卫生服务中心；乡镇卫生院规范设置发热诊室。\n",
    "某區基層服務網絡規劃\n一、目標\n（一）完善網絡。到2026年，新建2個社區衛(wèi)生服務中心；鄉鎮衛生院規範設置發熱診室。\n",
])
def test_a_count_of_new_builds_is_a_target(tmp_path, text: str) -> None:
    """新建2个社区卫生服务中心 counts what is to be built (found on a district plan of a style the tests lacked)."""
    manifest = ('[[document]]\nid = "district-2024-plan"\nsource_file = "p.txt"\ntitle = "某区基层服务网络规划"\n'
                'jurisdiction = "海拉尔区"\ndate = "2024-03-15"\n')
    facts = [f for f in build_written(tmp_path, {"p.txt": text}, manifest)[0].facts if isinstance(f, QuantityFact)]
    hit = find(facts, "社区卫生服务中心", 2)
    assert (hit.kind, hit.comparator, hit.year) == ("target", "=", 2026)


@pytest.mark.parametrize("text", [
    "某县乡村医生队伍建设方案\n一、目标\n（一）完善设施。到2025年，人均体育场地面积不低于2.3平方米，村卫生室业务用房使用面积不低于60平方米，"
    "县疾控中心新增业务用房1.2万平方米。\n",
    "某縣鄉村醫生隊伍建設方案\n一、目標\n（一）完善設施。到2025年，人均體育場地面積不低於2.3平方米，村衛(wèi)生室業務用房使用面積不低於60平方米，"
    "縣疾控中心新增業務用房1.2萬平方米。\n",
])
def test_areas_are_square_metres_and_per_capita_only_when_per_head(tmp_path, text: str) -> None:
    """A building's area is square metres; 人均… is square metres per capita."""
    manifest = ('[[document]]\nid = "county-2023-plan"\nsource_file = "p.txt"\ntitle = "某县乡村医生队伍建设方案"\n'
                'jurisdiction = "隆回县"\ndate = "2023-06-12"\n')
    facts = [f for f in build_written(tmp_path, {"p.txt": text}, manifest)[0].facts if isinstance(f, QuantityFact)]
    assert (find(facts, "人均体育场地面积", 2.3).unit, find(facts, "业务用房使用面积", 60).unit) == (
        "square-metre-per-capita", "square-metre")
    built = find(facts, "新增业务用房", 12000)
    assert (built.unit, built.multiplier) == ("square-metre", 1.0)
