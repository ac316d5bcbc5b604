"""Every canned query answers the corpus with rows written by hand from the texts (line numbers cite the raw files).

The parity test of test_canned_queries.py compares two stores, so two equal wrong answers pass it; here each
query's key rows are stated as a person reading the document would state them. Queries whose key rows are checked
in another test module are listed in ELSEWHERE with that test; a new canned query must be added to one of the two.
"""

from __future__ import annotations

import pytest

from policykg.settings import ROOT
from tests.conftest import run_query

GD, IM = "guangdong-2023-health-high-quality-development", "inner-mongolia-2023-healthcare-service-system"
XT, JH = "xiangtan-undated-healthy-xiangtan-2030", "jiaohe-2023-health-service-system-plan-draft"
ZS = "zhongshan-2023-health-high-quality-development"

EXPECTED: dict[str, tuple[dict[str, str], list[dict[str, str]]]] = {
    # the manifest, itself written from each text's title lines, covering notices and portal headers
    "documents": ({}, [
        {"document": GD, "jurisdiction": "广东省", "level": "Province", "date": "2023-01-07",
         "doc_number": "粤发〔2023〕1号", "status": "final"},
        {"document": IM, "title": "内蒙古自治区进一步完善医疗卫生服务体系实施方案", "jurisdiction": "内蒙古自治区",
         "level": "Autonomous region", "date": "2023-09-28", "doc_number": "", "status": "final"},
        {"document": XT, "jurisdiction": "湘潭市", "level": "Prefecture-level city", "date": ""},
        {"document": JH, "jurisdiction": "蛟河市", "level": "County-level city", "date": "2023-05-26", "status": "draft"},
        {"document": ZS, "title": "中山市推进卫生健康高质量发展实施方案", "date": "2023-09-11",
         "doc_number": "中府函〔2023〕225号"},
    ]),
    # IM line 23: 到2025年,二級及以上公立綜合性醫院設立老年醫學科比例達90%以上
    "departments": ({"document": IM}, [
        {"department": "老年医学科", "institution_scope": "二级及以上公立综合性医院", "comparator": ">=", "share": "90",
         "year": "2025"},
    ]),
    # IM line 17: 加強公立醫療衛生機構發熱門診 …; JH: 二级以上综合医院设置发热门诊
    "department-requirements": ({}, [
        {"jurisdiction": "内蒙古自治区", "department_label": "发热门诊"},
        {"jurisdiction": "蛟河市", "department_label": "发热门诊"},
    ]),
    # ZS lines 41, 45, 123, 153: 市第二人民医院, 市人民医院, 市第三人民医院, 市博爱医院, 市中医院
    "institutions": ({"document": ZS}, [
        {"name": "中山市人民医院", "jurisdiction": "中山市"}, {"name": "中山市第二人民医院"},
        {"name": "中山市第三人民医院"}, {"name": "中山市博爱医院"}, {"name": "中山市中医院"},
    ]),
    # XT lines 53, 61, 68: 实施农村饮水安全巩固提升工程 / 继续实施食品安全放心工程 / 实施中医治未病健康工程
    "programmes": ({"document": XT}, [
        {"name": "农村饮水安全巩固提升工程", "jurisdiction": "湘潭市"}, {"name": "食品安全放心工程"},
        {"name": "中医治未病健康工程"},
    ]),
    # ZS (四)实施重大疾病防治行动 … (市卫生健康局、市医保局,各镇街): three units, no lead named
    "responsibilities": ({"document": ZS}, [
        {"provision": "2.2", "task": "实施重大疾病防治行动", "agency": "中山市卫生健康局", "role": "responsible"},
        {"provision": "2.2", "task": "实施重大疾病防治行动", "agency": "中山市医保局", "role": "responsible"},
    ]),
    # IM line 6: 根据《…印發〈關于進一步完善醫療衛生服務體系的意見〉的通知》(中辦發〔2023〕10號)要求
    "references": ({"document": IM}, [
        {"cited_number": "中办发〔2023〕10号", "relation": "implements", "resolved_document": ""},
    ]),
    # XT line 15 and its indicator table (line 23): 人均预期寿命达到79.8岁 by 2030
    "targets-due": ({"year": "2030"}, [
        {"jurisdiction": "湘潭市", "indicator": "人均预期寿命", "comparator": ">=", "value": "79.8", "unit": "year"},
    ]),
    # JH line 409: 到2025年,全市每千人口注册护士数达到4.65人,每千人口执业(助理)医师数3.9人
    "targets": ({"document": JH}, [
        {"indicator": "每千人口执业（助理）医师数", "kind": "target", "comparator": ">=", "value": "3.9",
         "year": "2025"},
        {"indicator": "每千人口注册护士数", "kind": "target", "comparator": ">=", "value": "4.65", "year": "2025"},
    ]),
}

ELSEWHERE = {
    "city-province-nation": "tests/test_queries_targets.py::test_city_province_nation",
    "city-to-province-plan": "tests/test_queries_org.py::test_city_to_province_plan",
    "classes": "tests/test_canned_queries.py::test_classes_counts_documents_and_provisions",
    "dataset-statistics": "tests/test_canned_queries.py::test_dataset_statistics_agree_with_the_store",
    "document-targets": "tests/test_queries_targets.py::test_parameters",
    "fact-provenance": "tests/test_canned_queries.py::test_fact_provenance_on_seed_facts_quotes_the_raw_file",
    "geriatrics-department-share": "tests/test_queries_targets.py::test_geriatrics_department_share",
    "implementation-chain": "tests/test_queries_org.py::test_implementation_chain_both_directions",
    "indicator-comparison": "tests/test_queries_targets.py::test_parameters",
    "institutions-by-jurisdiction": "tests/test_queries_org.py::test_institutions_by_jurisdiction",
    "lead-agencies": "tests/test_queries_org.py::test_lead_agencies_rank_the_health_commission_first",
    "provisions": "tests/test_canned_queries.py::test_provisions_outline_matches_the_parsed_document",
    "scope-public-hospitals": "tests/test_queries_targets.py::test_scope_public_hospitals_follows_the_inferred_hierarchy",
    "search-labels": "tests/test_canned_queries.py::test_search_labels_finds_every_label_containing_the_text",
    "shared-health-medsec-tasks": "tests/test_queries_org.py::test_shared_health_and_medical_security_tasks",
}


def _matches(row: dict[str, str], want: dict[str, str]) -> bool:
    return all(row.get(k, "") == v for k, v in want.items())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_key_rows_written_by_hand(name: str, seed_store) -> None:
    params, wanted = EXPECTED[name]
    rows = run_query(seed_store, name, **params)
    missing = [w for w in wanted if not any(_matches(r, w) for r in rows)]
    assert not missing, f"{name}: rows not in the answer: {missing}; first rows: {rows[:5]}"


def test_documents_answer_is_exactly_the_corpus(seed_store) -> None:
    assert sorted(r["document"] for r in run_query(seed_store, "documents")) == sorted([GD, IM, XT, JH, ZS])


def test_every_canned_query_has_hand_written_rows_somewhere() -> None:
    names = {p.stem for p in (ROOT / "queries").glob("*.rq") if not p.stem.startswith("ui-")}
    assert names == set(EXPECTED) | set(ELSEWHERE), names ^ (set(EXPECTED) | set(ELSEWHERE))
    for where in ELSEWHERE.values():
        path, test = where.split("::")
        assert f"def {test}(" in (ROOT / path).read_text(encoding="utf-8"), where
