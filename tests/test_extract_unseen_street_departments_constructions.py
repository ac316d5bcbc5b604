"""A street office's plan found misread on unseen plans (issue 14: tests/documents/probe141, whose key reads it),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by
hand.

- a division's name inside a road's (延安路, 临汾路) names no division: the plan is the street's, in the district its
  issuer names, not the city 延安市's or 临汾市's;
- a street office's departments (社区服务办, 社区管理办, 财务所) are agencies, and so are its residential areas' party
  branches, each named one its own (华山居民区党总支) and the relevant ones (相关居民区党总支);
- a unit that 配合做好 something supports (各居委会配合做好需求摸排);
- a 长者照护之家 is an institution, named by its neighbourhood (汾西长者照护之家), and a unit's host.
"""

from __future__ import annotations

import pytest

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """延安路街道2025年社区健康工作计划
一、重点任务
1.推进家庭病床建设。为失能老人建立家庭病床。（街道社区卫生服务中心负责，各居委会配合做好需求摸排）
2.建设长者照护之家。（街道社区服务办牵头，街道社区管理办、华山居民区党总支配合）
3.开展健康讲座。（街道社区管理办牵头，街道财务所、相关居民区党总支配合）
4.推进长者照护之家建设。汾西长者照护之家、阳曲长者照护之家增设护理站。（街道社区服务办负责）
""",
    "traditional": """延安路街道2025年社區健康工作計劃
一、重點任務
1.推進家庭病牀建設。爲失能老人建立家庭病牀。（街道社區衛生服務中心負責，各居委會配合做好需求摸排）
2.建設長者照護之家。（街道社區服務辦牽(qiān)頭，街道社區管理辦、華山居民區黨總支配合）
3.開展健康講(jiǎng)座。（街道社區管理辦牽頭，街道財務所、相關居民區黨總支配合）
4.推進長者照護之家建設。汾西長者照護(hù)之家、陽曲長者照護之家增設護理站。（街道社區服務辦負責）
""",
}

doc = per_script_document(TEXTS, "street-departments", "延安路街道2025年社区健康工作计划", "长宁区", "2025-02-01")

STREET = "延安路街道"


def duties_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


@pytest.mark.parametrize(("title", "district"), [
    ("延安路街道2025年社区健康工作计划 上海市长宁区延安路街道办事处", "长宁区"),
    ("临汾路街道2025年养老服务工作计划 上海市静安区临汾路街道办事处", "静安区"),
])
def test_a_road_in_the_street_name_is_no_division(title: str, district: str) -> None:
    from loaders.corpus import infer_jurisdiction

    assert infer_jurisdiction(title, "") == district


def test_a_support_that_does_something(doc):
    assert duties_on_line(doc, 2) == {(STREET + "社区卫生服务中心", "lead"), (STREET + "各居委会", "support")}


def test_street_office_departments_and_party_branches(doc):
    assert duties_on_line(doc, 3) == {(STREET + "社区服务办", "lead"), (STREET + "社区管理办", "support"),
                                      (STREET + "华山居民区党总支", "support")}
    assert duties_on_line(doc, 4) == {(STREET + "社区管理办", "lead"), (STREET + "财务所", "support"),
                                      (STREET + "各居民区党总支", "support")}
    [office] = [f.agency for f in facts_on_line(doc, Responsibility, 3) if f.role == "lead"]
    assert office.jurisdiction_name == STREET and office.jurisdiction_within.endswith("/jurisdiction/310105")


def test_care_homes_named_by_their_neighbourhood(doc):
    assert names_on_line(doc, 5, "institution") == {"汾西长者照护之家", "阳曲长者照护之家"}
    assert requirements_on_line(doc, 5) == {("护理站", "汾西长者照护之家", None, None), ("护理站", "阳曲长者照护之家", None, None)}
    assert duties_on_line(doc, 5) == {(STREET + "社区服务办", "lead")}
