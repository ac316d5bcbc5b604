"""A county's TCM and herb industry plan and a provincial notice on medical quality (issue 14:
tests/documents/probe152 and probe151, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- tonnes (吨) with a magnitude word (19.8万吨) are an amount;
- a preparation room (中药制剂室) is a unit;
- a quality control centre (质量控制中心) is named by its field after a division or a level word (吉林省医疗质量控制中心,
  省病案质量控制中心); 医院感染管理 is a field, no hospital (省医院感染管理质量控制中心 names no 省医院).
"""

from __future__ import annotations

from loaders.extract.target_facts import QuantityFact
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """陇西县中医药产业和医疗质量工作方案
一、基本情况
2024年，全县中药材总产量19.8万吨。吉林省医疗质量控制中心组织开展省级质控督查4轮。
二、重点任务
1.县中医医院要加快建设中药制剂室。到2027年新建产地冷链仓储库容5万吨。
2.由省医院感染管理质量控制中心负责督导，省病案质量控制中心负责制定评分标准。
""",
    "traditional": """隴西縣中醫藥產業和醫療質量工作方案
一、基本情況
2024年，全縣中藥材總產(chǎn)量19.8萬噸。吉林省醫療質(zhì)量控制中心組織開展省級質控督查4輪。
二、重點任務
1.縣中醫醫院要加快建設中藥製(zhì)劑室。到2027年新建產地冷鏈倉儲庫容5萬噸。
2.由省醫院感(gǎn)染管理質量控制中心負責督導，省病(bìng)案質量控制中心負責制定評分標準。
""",
}

doc = per_script_document(TEXTS, "herb-quality", "陇西县中医药产业和医疗质量工作方案", "陇西县", "2025-03-12")


def test_tonnes_with_a_magnitude(doc):
    assert {(f.kind, f.indicator, f.value, f.unit) for f in facts_on_line(doc, QuantityFact, 2)} == {
        ("observation", "中药材总产量", 198000.0, "tonne")}
    assert {(f.kind, f.value, f.unit, f.year) for f in facts_on_line(doc, QuantityFact, 4)} == {
        ("target", 50000.0, "tonne", 2027)}


def test_a_preparation_room(doc):
    assert requirements_on_line(doc, 4) == {("中药制剂室", "县中医医院", None, None)}


def test_quality_control_centres(doc):
    assert names_on_line(doc, 2, "institution") == {"吉林省医疗质量控制中心"}
    assert names_on_line(doc, 5, "institution") == {"甘肃省病案质量控制中心"}
