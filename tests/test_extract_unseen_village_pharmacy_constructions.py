"""Constructions found missing on unseen plans (issue 14: tests/documents/probe75, a province's medicine-supply plan;
probe77, a county's village-clinic plan; probe78, a city's mental-health plan), written twice: in simplified script
and in traditional script with pinyin noise. Expected values are written by hand.

- 药学部, 临床药学室, 咨询窗口 and 药库 as units; 建成率 as a share (probe75);
- 由X牵头，…等部门参加的机制; units 等部门和单位按照各自职责做好… after an item number (probe78);
- a pipe table of places with a count column and a year's column (镇（街道） | 村卫生室数（个） | 2026年达标数（个）):
  the yearless count is what exists, the year's column a target, no indicator named by a number (probe77).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """洛川县卫生健康服务能力提升方案（2025—2026年）
一、任务
1.县级公立医院临床药学室设置率达到100%，县级公立医院静脉用药调配中心建成率达到60%以上。三级医院设置药学部，乡镇卫生院应设置用药咨询窗口，依托牵头医院建设医共体中心药库。
2.建立由县卫生健康局牵头，县教育局、县民政局、县公安局等部门参加的工作协调机制。
3.县委政法委、县委宣传部、县残联等部门和单位按照各自职责做好相关工作。
表1 村卫生室标准化建设任务分解表
镇（街道） | 村卫生室数（个） | 2026年达标数（个）
凤栖街道 | 14 | 14
旧县镇 | 21 | 20
二、现状
截至2024年底，全县共有村卫生室157个。
""",
    "traditional": """洛川縣衛生健康服務能力提升方案（2025—2026年）
一、任務
1.縣級公立醫院臨牀藥學室設置率達到100%，縣級公立醫院靜脈用藥調配中心建成率達到60%以上。三級醫院設置藥學部，鄉鎮衛生院應設置用藥諮詢窗口，依託牽頭醫院建設醫共體中心藥庫。
2.建立由縣衛生健康局牽頭，縣教育局、縣民政局、縣公安局等部門參(cān)加的工作協調機制。
3.縣委政法委、縣委宣傳部、縣殘聯等部門和單位按照各自職(zhí)責做好相關工作。
表1 村衛生室標準化建設任務分解表
鎮（街道） | 村衛生室數（個） | 2026年達標數（個）
鳳棲(qī)街道 | 14 | 14
舊縣鎮 | 21 | 20
二、現狀
截至2024年底，全縣共有村衛生室157個。
""",
}

doc = per_script_document(TEXTS, "villages", "洛川县卫生健康服务能力提升方案（2025—2026年）", "洛川县", "2025-03-14")


def test_pharmacy_units_and_shares_built(doc):
    assert requirements_on_line(doc, 2) == {
        ("临床药学室", "县级公立医院", 100.0, 2026), ("静脉用药调配中心", "县级公立医院", 60.0, 2026),
        ("药学部", "三级医院", None, None),
        ("用药咨询窗口", "乡镇卫生院", None, None), ("医共体中心药库", "牵头医院", None, None)}


def test_units_taking_part_and_units_acting_by_their_duties(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 3)} == {
        ("县卫生健康局", "lead"), ("县教育局", "support"), ("县民政局", "support"), ("县公安局", "support")}
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 4)} == {
        ("县委政法委", "responsible"), ("县委宣传部", "responsible"), ("县残联", "responsible")}


def test_a_pipe_table_of_places_with_what_exists_and_a_years_target(doc):
    assert quantities_on_line(doc, 7) == {("observation", "凤栖街道村卫生室数", 14.0, "count", "=", 2024),
                                          ("target", "凤栖街道达标数", 14.0, "count", "=", 2026)}
    assert quantities_on_line(doc, 8) == {("observation", "旧县镇村卫生室数", 21.0, "count", "=", 2024),
                                          ("target", "旧县镇达标数", 20.0, "count", "=", 2026)}
