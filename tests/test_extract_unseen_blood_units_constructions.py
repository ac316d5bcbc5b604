"""Units found missing on unseen plans (issue 14: tests/documents/probe94, a city's blood-supply plan; probe95, a
county's She-medicine plan), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand: blood counted in 单位 and 治疗量, donors in 人份, prescriptions in 首.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line

TEXTS = {
    "simplified": """银川市无偿献血和畲医药工作方案（2025—2027年）
一、工作基础
2024年，全市采集全血11.82万单位，采集机采血小板1.53万治疗量，累计动员造血干细胞捐献志愿者入库1.2万人份。
2024年，县畲医药研究所已收集整理畲医药验方单方1126首。
二、工作目标
到2027年，收集整理畲医药验方单方累计达到1500首。
""",
    "traditional": """銀川市無償獻血和畲醫藥工作方案（2025—2027年）
一、工作基礎
2024年，全市採集全血11.82萬單位，採集機採血小(xiǎo)板1.53萬治療量，累計動員造血幹細胞捐獻志願(yuàn)者入庫1.2萬人份。
2024年，縣畲醫藥研究所已收集整理畲醫藥驗方(fāng)單方1126首。
二、工作目標
到2027年，收集整理畲醫藥驗方單方累計達到1500首。
""",
}

doc = per_script_document(TEXTS, "units", "银川市无偿献血和畲医药工作方案（2025—2027年）", "银川市", "2025-03-26")


def test_blood_and_donors_counted_in_their_own_units(doc):
    assert {(value, unit) for _, _, value, unit, _, _ in quantities_on_line(doc, 2)} == {
        (11.82, "ten-thousand"), (1.53, "ten-thousand"), (1.2, "ten-thousand")}


def test_prescriptions_counted_in_shou(doc):
    assert {(kind, value, unit, year) for kind, _, value, unit, _, year in quantities_on_line(doc, 3)} == {
        ("observation", 1126.0, "count", 2024)}
    assert {(kind, value, unit, year) for kind, _, value, unit, _, year in quantities_on_line(doc, 5)} == {
        ("target", 1500.0, "count", 2027)}
