"""A school-health plan (issue 14: a fragment left by stop 38, 初中生9小时 after 小学生每天睡眠10小时), written twice:
in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a population group alone before a listed value takes the measure of the value before it, with the group in its
  place (小学生每天睡眠10小时、初中生9小时、高中生8小时: the populations vocabulary knows the school levels), and
  保障 opens no measure's name;
- 临床营养科 is a department type.
"""

from __future__ import annotations

from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """某市2026年学生健康促进工作方案
一、工作目标
到2026年，保障小学生每天睡眠10小时、初中生9小时、高中生8小时。
二级以上综合医院要设置临床营养科，设置率达到80%。
""",
    "traditional": """某市2026年學生健康促進工作方案
一、工作目標
到2026年，保障小學生每天睡(shuì)眠10小時、初中生9小時、高中生8小時。
二級以上綜合醫院要設置臨床營養科，設置率達到80%。
""",
}

doc = per_script_document(TEXTS, "student-health", "某市2026年学生健康促进工作方案", "武汉市", "2026-02-01")


def test_school_levels_listed_after_a_measure_each_take_it(doc) -> None:
    found = {(indicator, value) for _, indicator, value, *_ in quantities_on_line(doc, 2)}
    assert found == {("小学生每天睡眠", 10.0), ("初中生每天睡眠", 9.0), ("高中生每天睡眠", 8.0)}, found


def test_clinical_nutrition_is_a_department_type(doc) -> None:
    found = facts_on_line(doc, DepartmentRequirement, 3)
    assert [(f.department, f.share) for f in found] == [("临床营养科", 80.0)]
    assert found[0].department_iri.endswith("/department-type/clinical-nutrition"), found[0].department_iri
