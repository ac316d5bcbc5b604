"""Canned queries and exports of issue 5 on the seed build: exact columns and real answer rows."""

from __future__ import annotations

import csv
import io

import pytest

from graph_store.catalogue import Catalogue
from policykg.cli import main
from policykg.settings import ROOT
from tests.conftest import run_query

CATALOGUE = Catalogue(ROOT / "queries")
COLUMNS = {
    "responsibilities": "document,jurisdiction,provision,task,agency,agency_type,role,quote,start,end,iri",
    "references": "document,jurisdiction,cited_title,cited_number,relation,resolved_document,quote,start,end",
    "institutions": "document,jurisdiction,name,type,quote,start,end,iri",
    "programmes": "document,jurisdiction,name,type,quote,start,end,iri",
}
QUERIES = ("responsibilities", "references", "institutions", "programmes", "lead-agencies",
           "shared-health-medsec-tasks", "implementation-chain", "institutions-by-jurisdiction", "city-to-province-plan")
ZS, GD = "zhongshan-2023-health-high-quality-development", "guangdong-2023-health-high-quality-development"


def run(store, name: str, **params: str) -> list[dict[str, str]]:
    return run_query(store, name, **params)


@pytest.mark.parametrize("what", sorted(COLUMNS))
def test_exports_have_the_exact_columns(what: str, seed_settings, capsys) -> None:
    assert main(["export", what, "--format", "csv", "--store", seed_settings.store]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == COLUMNS[what].split(",")
    assert len(rows) > 1


def test_responsibilities_rows(seed_store) -> None:
    rows = run(seed_store, "responsibilities", document="xiangtan-undated-healthy-xiangtan-2030")
    first = [r for r in rows if r["provision"] == "2.1.1"]
    assert {(r["agency"], r["role"]) for r in first} >= {("湘潭市委宣传部", "lead"), ("湘潭市卫生计生委", "support")}
    assert all(r["jurisdiction"] == "湘潭市" and r["quote"] and int(r["end"]) > int(r["start"]) for r in rows)


def test_references_resolve_zhongshan_to_guangdong(seed_store) -> None:
    rows = run(seed_store, "references", document=ZS)
    assert any(r["cited_number"] == "粤发〔2023〕1号" and r["relation"] == "implements" and r["resolved_document"] == GD
               for r in rows)


def test_lead_agencies_rank_the_health_commission_first(seed_store) -> None:
    rows = run(seed_store, "lead-agencies", jurisdiction_name="内蒙古自治区")
    assert rows and rows[0]["agency"] == "内蒙古自治区卫生健康委" and int(rows[0]["tasks_led"]) >= 10
    xiangtan = run(seed_store, "lead-agencies", jurisdiction_name="湘潭市")
    assert xiangtan[0]["agency"] == "湘潭市卫生计生委"


def test_shared_health_and_medical_security_tasks(seed_store) -> None:
    rows = run(seed_store, "shared-health-medsec-tasks", document=ZS)
    assert {"2.2", "3.1", "8.2.1"} <= {r["provision"] for r in rows}
    assert {r["health_agency"] for r in rows} == {"中山市卫生健康局"} and {r["medsec_agency"] for r in rows} == {"中山市医保局"}


def test_implementation_chain_both_directions(seed_store) -> None:
    down = run(seed_store, "implementation-chain", document=GD)
    assert {(r["direction"], r["other_document"]) for r in down} == {("implemented by", ZS)}
    up = run(seed_store, "implementation-chain", document=ZS)
    assert ("implements", GD) in {(r["direction"], r["other_document"]) for r in up}


def test_institutions_by_jurisdiction(seed_store) -> None:
    rows = run(seed_store, "institutions-by-jurisdiction", jurisdiction_name="中山市")
    names = {r["institution"] for r in rows}
    assert {"中山市人民医院", "中山市中医院", "小榄人民医院"} <= names
    assert all(int(r["mentions"]) >= 1 and ZS in r["documents"] for r in rows)


def test_city_to_province_plan(seed_store) -> None:
    rows = run(seed_store, "city-to-province-plan", document=ZS)
    assert rows == [{"document": ZS, "jurisdiction": "中山市", "higher_document": GD, "higher_jurisdiction": "广东省",
                     "link": "implements"}]
