"""A city's primary-care opinions and a province's work points (issue 14: tests/documents/probe233 and probe234,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- districts listed before the last one's government share it (三元区、沙县区人民政府): each district's government;
- a provincial bureau with a longer name (省卫生健康综合监督执法局) among the units after a task is an agency, and
  the others in its bracket are not dropped with it.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """三明市人民政府办公室关于推进医疗卫生强基工程的实施意见
各县（市、区）人民政府，市直有关单位：
一、重点任务
1.推进次中心建设。每个县（市、区）至少建成1个县域医疗卫生次中心。
责任单位：市卫健委、市住建局，三元区、沙县区人民政府
2.强化依法执业监管。开展母婴保健专项技术服务机构执业情况专项检查。（市卫健委法规科牵头，市卫健委妇幼科、省卫生健康综合监督执法局配合）
""",
    "traditional": """三明市人民政府辦公室關於推進醫療衛生強基工程的實施意見
各縣（市、區）人民政府，市直有關單位：
一、重點任務
1.推進次中心建設。每個縣（市、區）至少建成1個縣域醫療衛生次中心。
責任單位：市衛健委、市住建局，三元區、沙縣區人民政府
2.強化依法執業監管。開展母嬰保健專項技術服(fú)務機構執業情況專項檢查。（市衛健委法規科牽頭，市衛健委婦幼科、省衛生健康綜合監督執法局配合）
""",
}

doc = per_script_document(TEXTS, "sanming-primary-care", "三明市人民政府办公室关于推进医疗卫生强基工程的实施意见", "三明市",
                          "2026-03-06")


def _agencies(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_districts_listed_before_a_government_share_it(doc) -> None:
    written = {w for w, _ in _agencies(doc, 4)}
    assert {"三元区人民政府", "沙县区人民政府"} <= {w.replace("區", "区").replace("縣", "县") for w in written}, written


def test_a_provincial_bureau_with_a_long_name_supports_the_task(doc) -> None:
    roles = {role for w, role in _agencies(doc, 5) if w.endswith(("综合监督执法局", "綜合監督執法局"))}
    assert roles == {"support"}
    assert len(_agencies(doc, 5)) == 3
