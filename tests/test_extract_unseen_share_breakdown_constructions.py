"""A county's health workforce plan (issue 14: tests/documents/probe157 and probe168, whose keys read them so), written
twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a share right after a count (其中具备执业（助理）医师资格的30人，占25%) is the share that part is of the whole;
- a later year's share after 进一步 (…比例达到60%以上，到2027年进一步提高到80%) is the same units' requirement then.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """房县基层卫生人才队伍建设方案（2025—2027年）
一、基本情况
2024年，全县在岗乡村医生120人，其中具备执业（助理）医师资格的30人，占25%。
二、重点任务
1.到2026年，设置康复科的乡镇卫生院比例达到60%以上，到2027年进一步提高到80%。
""",
    "traditional": """房縣基層衛生人才隊伍建設方案（2025—2027年）
一、基本情況
2024年，全縣(xiàn)在崗鄉村醫生120人，其中具備執業（助理）醫師資格的30人，佔25%。
二(èr)、重點任務
1.到2026年，設置康復科的鄉鎮衛生院比例達到60%以上(shàng)，到2027年進一步提高到80%。
""",
}

doc = per_script_document(TEXTS, "share-breakdown", "房县基层卫生人才队伍建设方案（2025—2027年）", "房县", "2025-03-01")


def test_a_share_after_a_count_is_that_parts(doc):
    assert quantities_on_line(doc, 2) == {
        ("observation", "在岗乡村医生", 120.0, "count", "=", 2024),
        ("observation", "具备执业（助理）医师资格", 30.0, "count", "=", 2024),
        ("observation", "具备执业（助理）医师资格占比", 25.0, "percent", "=", 2024)}


def test_a_later_share_after_further(doc):
    assert requirements_on_line(doc, 4) == {("康复科", "乡镇卫生院", 60.0, 2026), ("康复科", "乡镇卫生院", 80.0, 2027)}
