"""Department requirements: shares from targets and tables, requirements without a share from prose, in a fictional
plan from another province and in the seeds (each construction in both scripts: tests/test_extract_departments_rules.py).
"""

from __future__ import annotations

import pytest

from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import build_written

BASE = "https://w3id.org/policykg/"

SUZHOU = """苏州市卫生健康高质量发展实施方案
一、主要目标
到2025年，二级及以上公立综合性医院设立老年医学科比例达90%以上。
二、重点任务
（一）推动二级以上综合医院发展老年医学科和老年康复科。
（二）社区卫生服务中心、乡镇卫生院要设立精神（心理）科门诊。县级医院（含中医医院）设置感染性疾病科。
（三）到2024年，实现全部乡镇卫生院和社区卫生服务中心设置中医馆。在有条件的社区医疗卫生机构设立科学健身门诊。
（四）加强综合性医院老年医学科建设。以设置老年医学科的综合性医院为主体，完善老年健康服务体系。
"""

MANIFEST = """
[[document]]
id = "suzhou-2023-plan"
source_file = "suzhou.txt"
title = "苏州市卫生健康高质量发展实施方案"
jurisdiction = "苏州市"
date = "2023-06-01"
"""


@pytest.fixture(scope="module")
def reqs(tmp_path_factory) -> list[DepartmentRequirement]:
    doc = build_written(tmp_path_factory.mktemp("dep"), {"suzhou.txt": SUZHOU}, MANIFEST)[0]
    return [f for f in doc.facts if isinstance(f, DepartmentRequirement)]


def slug(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]


def table(reqs) -> set[tuple]:
    return {(slug(r.department_iri) or r.department, slug(r.institution_iri), r.comparator, r.share, r.year) for r in reqs}


def test_share_year_and_scope_from_the_target(reqs) -> None:
    assert ("geriatrics", "secondary-plus-public-general-hospital", ">=", 90.0, 2025) in table(reqs)


def test_requirements_without_share(reqs) -> None:
    rows = table(reqs)
    assert ("geriatrics", "secondary-plus-general-hospital", None, None, None) in rows
    assert ("geriatric-rehabilitation", "secondary-plus-general-hospital", None, None, None) in rows
    assert ("psychological-clinic", "community-health-centre", None, None, None) in rows
    assert ("psychological-clinic", "township-health-centre", None, None, None) in rows
    assert ("infectious-diseases", "county-level-hospital", None, None, None) in rows  # not the （含中医医院） aside


def test_all_institutions_mean_a_full_share(reqs) -> None:
    rows = table(reqs)
    assert ("tcm-hall", "township-health-centre", ">=", 100.0, 2024) in rows
    assert ("tcm-hall", "community-health-centre", ">=", 100.0, 2024) in rows


def test_unknown_department_is_kept_unmapped(reqs) -> None:
    local = [r for r in reqs if r.department_iri is None]
    assert [r.department for r in local] == ["科学健身门诊"]


def test_strengthening_is_a_requirement_describing_is_not(reqs) -> None:
    geriatrics = {(slug(r.institution_iri), r.evidence.quote) for r in reqs if slug(r.department_iri) == "geriatrics"}
    assert geriatrics == {("secondary-plus-public-general-hospital", "二级及以上公立综合性医院设立老年医学科比例达90%以上"),
                          ("secondary-plus-general-hospital", "二级以上综合医院发展老年医学科"),
                          ("general-hospital", "加强综合性医院老年医学科")}
    assert all("为主体" not in r.evidence.quote for r in reqs)


def test_evidence_is_the_raw_quote(reqs, tmp_path) -> None:
    for r in reqs:
        assert r.evidence.quote and r.evidence.end > r.evidence.start


def test_seed_geriatrics_requirements(seed_docs) -> None:
    def rows(name: str) -> set[tuple]:
        return table([f for f in seed_docs[name].facts if isinstance(f, DepartmentRequirement)])

    assert ("geriatrics", "secondary-plus-public-general-hospital", ">=", 90.0, 2025) in rows("inner_mongolia")
    assert ("geriatrics", "secondary-plus-general-hospital", ">=", 60.0, 2025) in rows("jiaohe")
    jiaohe = {(f.department, f.share) for f in seed_docs["jiaohe"].facts if isinstance(f, DepartmentRequirement)
              and slug(f.department_iri) == "geriatrics" and f.share is not None}
    assert jiaohe == {("老年病医学科", 60.0), ("老年医学科", 60.0)}  # the table row and the prose
    zhongshan = rows("zhongshan")
    assert ("geriatrics", "secondary-plus-general-hospital", None, None, None) in zhongshan
    assert ("geriatric-rehabilitation", "secondary-plus-general-hospital", None, None, None) in zhongshan
    assert not [r for r in rows("xiangtan") if r[0] == "geriatrics"]
