"""A province's elderly-health notice (issue 14: tests/documents/probe249, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a commission's TCM medical-administration division (中医医政处) is a division of its own, not its 医政处, and it
  shares no 中医 with the division listed after it (规划发展与信息化处).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """黑龙江省卫生健康委员会关于做好2026年老年健康与医养结合工作的通知
一、重点任务
1.扩大康复护理服务供给。二级及以上中医医院要设置康复科。（医政处牵头，中医医政处、规划发展与信息化处配合）
""",
    "traditional": """黑龍江省衛生健康委員會關於做好2026年老年健康與醫養結合工作的通知
一、重點任務
1.擴大康復護理服務供給。二級及以上中醫醫院要設置康復科。（醫政處牽頭，中醫醫(yī)政處、規劃發展與信息化處配合）
""",
}

doc = per_script_document(TEXTS, "heilongjiang-elderly", "黑龙江省卫生健康委员会关于做好2026年老年健康与医养结合工作的通知",
                          "黑龙江省", "2026-02-06")


def test_the_tcm_medical_division_is_a_division_of_its_own(doc) -> None:
    found = {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, 2)}
    assert found == {("黑龙江省卫生健康委医政处", "lead"), ("黑龙江省卫生健康委中医医政处", "support"),
                     ("黑龙江省卫生健康委规划发展与信息化处", "support")}, found
