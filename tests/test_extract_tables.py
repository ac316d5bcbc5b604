"""Flattened tables: a pipe table whose first year column is itself a goal, a one-cell-per-line table with a
nature column, a reference table rebuilt from its column headers, and a `领域：… 指标：…` line table — all in
fictional documents from another province, plus the seed tables."""

from __future__ import annotations

import pytest

from loaders.extract.target_facts import QuantityFact
from tests.conftest import build_written

BASE = "https://w3id.org/policykg/"

HUZHOU = """健康湖州建设实施意见
（三）主要目标
到2020年，主要健康指标优于全省平均水平。到2030年，主要健康指标达到全国前列水平。
健康湖州建设主要指标
领域|指标| 2020年| 2030年|
健康水平|人均预期寿命（岁）| 80 | 81.5 |
婴儿死亡率（‰）|持续改善|≤4 | |
孕产妇死亡率（1/(略)）|持续改善|≤10 | |
健康服务|重大慢性病过早死亡率（%）|比2015年降低10% |比2015年降低30% |
个人卫生支出占卫生总费用的比重（%）| <28 | <25 | |
健康产业|健康产业总规模（亿元）| 800 | —— |
二、主要任务
"""

TONGLU_CELLS = ["指标", "维度", "指标名称", "2020年", "数值", "2025年", "目标值", "指标", "性质",
                "资源", "配置", "每千人口医疗卫生机构床位数（张）", "5.60", "6.5左右", "预期",
                "其中：市办及以上公立医院（张）", "1.20", "1.6左右", "预期",
                "每千人口执业（助理）医师数（人）", "3.10", "3.60", "约束",
                "医护比", "1：1.05", "1：1.25", "预期",
                "二级及以上综合性医院设置老年医学科的比例（%）", "40", "80", "预期",
                "健康", "水平", "人均预期寿命（岁）", "80以上", "提高1岁左右", "预期",
                "人均健康预期寿命（岁）", "——", "同比例", "提高", "预期"]
TONGLU_REF = ["县（市）区", "2020年", "人口", "总数", "2020年", "2025年", "公立医院（张）", "市办及以上公立", "医院（张）",
              "床位总数", "千人口数", "千人口数", "2020年", "2025年", "床位总数", "千人口数", "千人口数", "2020年", "2025年",
              "床位总数", "千人口数", "千人口数",
              "桐庐县", "420000", "2352", "5.60", "6.5", "1680", "4.00", "4.6", "504", "1.20", "1.6"]


def cells(items: list[str]) -> str:
    return "\n\n".join(items)


TONGLU = f"""桐庐县“十四五”医疗卫生服务体系规划
二、发展目标
到2025年，基本建成优质高效的整合型医疗卫生服务体系。
主要发展指标

{cells(TONGLU_CELLS)}

三、资源配置
1.床位。到2025年，每千人口医疗卫生机构床位数达到6.5张左右。
“十四五”全县医疗卫生机构床位资源配置参考

{cells(TONGLU_REF)}

四、监测指标
领域：健康水平 指标：婴儿死亡率（‰） 2015年：5.2 2020年：4.0 2025年目标值：3.5 属性：预期性
领域：健康服务 指标：每万人口全科医生数（人） 2015年：2.1 2020年：3.0 2025年目标值：4.0 属性：约束性
"""

MANIFEST = """
[[document]]
id = "huzhou-undated-healthy-huzhou"
source_file = "huzhou.txt"
title = "健康湖州建设实施意见"
jurisdiction = "湖州市"

[[document]]
id = "tonglu-2023-plan"
source_file = "tonglu.txt"
title = "桐庐县“十四五”医疗卫生服务体系规划"
jurisdiction = "桐庐县"
date = "2023-04-01"
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    written = build_written(tmp_path_factory.mktemp("tables"), {"huzhou.txt": HUZHOU, "tonglu.txt": TONGLU}, MANIFEST)
    return {d.id.split("-")[0]: d for d in written}


def table_facts(doc, caption: str = "") -> list[QuantityFact]:
    """Table facts of a document (of the table whose caption contains `caption`)."""
    return [f for f in doc.facts if isinstance(f, QuantityFact) and f.source == "table"
            and caption in doc.provision_at(doc.norm.normalised_offset(f.evidence.start)).heading]


def one(facts, part: str, value: float, kind: str | None = None) -> QuantityFact:
    hits = [f for f in facts if part in f.indicator and abs(f.value - value) < 1e-9 and kind in (None, f.kind)]
    assert len(hits) == 1, [(f.indicator, f.value, f.kind) for f in facts]
    return hits[0]


def test_pipe_table_first_year_column_is_a_goal_when_the_document_targets_it(docs) -> None:
    facts = table_facts(docs["huzhou"])
    le2020 = one(facts, "人均预期寿命", 80)
    le2030 = one(facts, "人均预期寿命", 81.5)
    assert (le2020.kind, le2020.year, le2030.kind, le2030.year) == ("target", 2020, "target", 2030)
    assert le2020.indicator_iri.endswith("/life-expectancy") and le2020.unit == "year"
    infant = one(facts, "婴儿死亡率", 4)  # a row one cell short: the group cell carries over
    assert (infant.comparator, infant.year, infant.unit) == ("<=", 2030, "per-mille")
    assert not [f for f in facts if "婴儿" in f.indicator and f.year == 2020]  # 持续改善: qualitative, no value


def test_pipe_table_cells_relative_strict_empty_and_gap_units(docs) -> None:
    facts = table_facts(docs["huzhou"])
    ncd = one(facts, "过早死亡率", 30)
    assert (ncd.relative, ncd.direction, ncd.comparator, ncd.baseline_year, ncd.year) == \
        (True, "decrease", ">=", 2015, 2030)
    assert one(facts, "个人卫生支出", 25).comparator == "<"
    assert [f.year for f in facts if "健康产业" in f.indicator] == [2020]  # —— is empty
    mmr = one(facts, "孕产妇死亡率", 10)
    assert "(略)" not in mmr.indicator and mmr.comparator == "<="


def test_cell_table_rows_end_at_the_nature_cell(docs) -> None:
    facts = table_facts(docs["tonglu"], "主要发展指标")
    beds_2020 = one(facts, "每千人口医疗卫生机构床位数", 5.60, "observation")
    beds_2025 = one(facts, "每千人口医疗卫生机构床位数", 6.5, "target")
    assert (beds_2020.year, beds_2025.year, beds_2025.comparator, beds_2025.nature) == (2020, 2025, "~", "expected")
    assert (beds_2025.baseline_value, beds_2025.baseline_year) == (5.60, 2020)
    city = one(facts, "市办及以上公立医院", 1.6, "target")  # 其中： row read with its parent
    assert city.indicator_iri.endswith("/city-public-hospital-beds-per-1000")
    assert one(facts, "执业（助理）医师数", 3.60, "target").nature == "binding"
    assert one(facts, "医护比", 1.25, "target").unit == "ratio-one-to-x"
    le = one(facts, "人均预期寿命", 1, "target")
    assert (le.relative, le.comparator, le.baseline_year, le.baseline_value) == (True, "~", 2020, 80)
    assert not [f for f in facts if "健康预期寿命" in f.indicator]  # —— and 同比例提高


def test_reference_table_rebuilt_from_headers(docs) -> None:
    facts = table_facts(docs["tonglu"], "参考")
    assert one(facts, "人口总数", 420000).kind == "observation"
    assert one(facts, "床位总数", 2352).unit == "count"
    total = one(facts, "每千人口床位数", 6.5, "target")
    assert total.indicator_iri.endswith("/beds-per-1000") and total.baseline_value == 5.60
    merged = one(facts, "市办及以上公立医院", 1.6, "target")  # 市办及以上公立 + 医院（张） merged
    assert merged.indicator_iri.endswith("/city-public-hospital-beds-per-1000")
    assert one(facts, "公立医院床位总数", 1680).kind == "observation"


def test_line_table_records(docs) -> None:
    facts = table_facts(docs["tonglu"])
    assert one(facts, "婴儿死亡率", 5.2).kind == "observation"
    target = one(facts, "婴儿死亡率", 3.5)
    assert (target.kind, target.year, target.nature, target.unit) == ("target", 2025, "expected", "per-mille")
    gp = one(facts, "全科医生", 4.0)
    assert (gp.kind, gp.nature, gp.unit) == ("target", "binding", "per-10000-population")


def test_every_table_fact_quotes_the_raw_file(docs) -> None:
    for doc in docs.values():
        for f in table_facts(doc):
            assert f.evidence.quote == doc.source.raw[f.evidence.start:f.evidence.end]


def test_seed_tables(seed_docs) -> None:
    xiangtan = table_facts(seed_docs["xiangtan"])
    assert one(xiangtan, "人均预期寿命", 79).kind == "target"  # the 2020 column is itself a goal
    assert one(xiangtan, "居民健康素养水平", 20).comparator == ">="
    jiaohe = table_facts(seed_docs["jiaohe"])
    ger = one(jiaohe, "老年病医学科", 60, "target")
    assert (ger.baseline_value, ger.baseline_year, ger.nature) == (50, 2020, "expected")
    assert one(jiaohe, "每千人口公立中医医院床位数", 0.85, "target").year == 2025
    assert len([f for f in jiaohe if f.indicator_iri and f.indicator_iri.endswith("/doctor-nurse-ratio")]) == 2


def test_a_tab_separated_table_in_traditional_script(tmp_path) -> None:
    """A table pasted with tabs (a county plan, traditional script): the 2020 column is the baseline."""
    from loaders.extract.target_facts import QuantityFact
    from tests.conftest import build_written

    text = ("婺源縣“十四五”衛生健康事業發展規劃\n一、發展目標\n主要指標\n指標\t2020年\t2025年\t屬性\n"
            "每千人口註冊護士數（人）\t2.9\t3.8\t預期性\n每千人口醫療衛生機構床位數（張）\t5.8\t6.5\t預期性\n")
    (doc,) = build_written(tmp_path, {"wuyuan.txt": text})
    got = sorted((f.kind, f.indicator_iri.rsplit("/", 1)[1], f.comparator, f.value, f.year, f.baseline_value)
                 for f in doc.facts if isinstance(f, QuantityFact))
    assert got == [("observation", "beds-per-1000", "=", 5.8, 2020, None),
                   ("observation", "nurses-per-1000", "=", 2.9, 2020, None),
                   ("target", "beds-per-1000", ">=", 6.5, 2025, 5.8),
                   ("target", "nurses-per-1000", ">=", 3.8, 2025, 2.9)]
    for f in doc.facts:
        if isinstance(f, QuantityFact):
            assert text[f.evidence.start:f.evidence.end] == f.evidence.quote and "\t" in f.evidence.quote


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_table_with_number_and_unit_columns_reads_the_name_column(tmp_path, script) -> None:
    """`序号 | 指标名称 | 单位 | 2023年(基期) | 2027年 | 指标性质`: the indicator is the name column (never the unit
    column before the years), the unit column gives each row's unit, the base-year column is the baseline."""
    from loaders.extract.target_facts import QuantityFact
    from tests.conftest import build_written

    text = ("某县基层卫生健康能力提升方案\n二、主要目标\n到2027年，基层服务能力明显提升。\n"
            "序号 | 指标名称 | 单位 | 2023年(基期) | 2027年 | 指标性质\n"
            "1 | 每千人口执业(助理)医师数 | 人 | 3.12 | 3.6 | 预期性\n"
            "2 | 孕产妇死亡率 | 1/10万 | 14.2 | 12 | 预期性\n"
            "3 | 每千人口医疗卫生机构床位数 | 张 | 6.8 | 7.2 | 预期性\n")
    if script == "traditional":
        text = (text.replace("某县基层卫生健康能力提升方案", "某縣基層衛生健康能力提升方案")
                .replace("序号 | 指标名称 | 单位", "序號 | 指標名稱 | 單位").replace("指标性质", "指標性質")
                .replace("执业(助理)医师", "執業(助理)醫師").replace("孕产妇", "孕產婦").replace("预期性", "預期性")
                .replace("医疗卫生机构床位数", "醫療衛生機構床位數").replace("万", "萬"))
    (doc,) = build_written(tmp_path, {"county.txt": text})
    got = sorted((f.kind, f.indicator_iri.rsplit("/", 1)[1], f.unit, f.value, f.year)
                 for f in doc.facts if isinstance(f, QuantityFact) and f.source == "table")
    assert got == [("observation", "beds-per-1000", "per-1000-population", 6.8, 2023),
                   ("observation", "maternal-mortality-ratio", "per-100000", 14.2, 2023),
                   ("observation", "physicians-per-1000", "per-1000-population", 3.12, 2023),
                   ("target", "beds-per-1000", "per-1000-population", 7.2, 2027),
                   ("target", "maternal-mortality-ratio", "per-100000", 12.0, 2027),
                   ("target", "physicians-per-1000", "per-1000-population", 3.6, 2027)]
    assert not [f for f in doc.facts if isinstance(f, QuantityFact) and f.indicator in ("人", "张", "1/10万")]
