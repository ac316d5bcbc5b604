"""Canned queries of targets and department requirements: exact export columns, the geriatrics answer, parameters,
the inferred institution hierarchy, and a city's targets next to its province's and the nation's."""

from __future__ import annotations

import csv
import io

from graph_store.catalogue import Catalogue
from policykg.cli import main
from policykg.settings import ROOT
from tests.conftest import run_query

CATALOGUE = Catalogue(ROOT / "queries")
TARGET_COLUMNS = ("document,jurisdiction,indicator,indicator_en,scope,kind,comparator,value,unit,year,baseline_value,"
                  "baseline_year,relative,quote,start,end,iri").split(",")
DEPARTMENT_COLUMNS = ("document,jurisdiction,department,department_en,institution_scope,comparator,share,year,quote,"
                      "start,end,iri").split(",")
QUERIES = ("targets", "departments", "geriatrics-department-share", "department-requirements", "indicator-comparison",
           "targets-due", "document-targets", "scope-public-hospitals", "city-province-nation")


def run(store, name: str, **params: str) -> list[dict[str, str]]:
    return run_query(store, name, **params)


def test_export_targets_csv_has_the_exact_columns(seed_settings, seed_build, capsys) -> None:
    assert main(["export", "targets", "--format", "csv", "--store", seed_settings.store]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == TARGET_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    # the Zhongshan plan sets no quantified target (its keys list none)
    assert {r["jurisdiction"] for r in body} == {"广东省", "内蒙古自治区", "湘潭市", "蛟河市"}
    assert {r["kind"] for r in body} == {"target", "observation"}
    assert {r["comparator"] for r in body} <= {">=", "<=", ">", "<", "=", "~"}
    assert {r["relative"] for r in body} == {"true", "false"}
    raw = {d.id: d.source.raw for d in seed_build.documents}
    for r in body:
        float(r["value"])
        assert "e" not in r["value"].lower()
        assert r["year"] == "" or r["year"].isdigit()
        assert raw[r["document"]][int(r["start"]):int(r["end"])] == r["quote"]
    share = [r for r in body if r["document"].startswith("inner-mongolia") and r["value"] == "90"]
    assert share and share[0]["unit"] == "percent" and share[0]["year"] == "2025" and share[0]["comparator"] == ">="
    assert share[0]["scope"] == "二级及以上公立综合性医院"


def test_export_departments_csv_has_the_exact_columns(seed_settings, capsys) -> None:
    assert main(["export", "departments", "--format", "csv", "--store", seed_settings.store]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == DEPARTMENT_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert any(r["department_en"] and r["share"] == "" for r in body)


def test_geriatrics_department_share(seed_store) -> None:
    rows = run(seed_store, "geriatrics-department-share")
    by_place = {(r["jurisdiction"], r["share"], r["comparator"], r["year"]) for r in rows}
    assert ("内蒙古自治区", "90", ">=", "2025") in by_place
    assert ("蛟河市", "60", ">=", "2025") in by_place
    assert ("中山市", "", "", "") in by_place
    assert rows[0]["share"] == "90" and "老年醫學科" in rows[0]["quote"]
    assert not [r for r in rows if r["jurisdiction"] == "湘潭市"]


def test_parameters(seed_store) -> None:
    fever = run(seed_store, "department-requirements")
    assert fever and all(r["department_label"] == "发热门诊" for r in fever)
    tcm = run(seed_store, "department-requirements",
              department="https://w3id.org/policykg/vocab/department-type/tcm-hall")
    # 社区卫生服务中心建立中医馆 (Xiangtan line 67), 社区卫生中心中医馆 (Zhongshan line 55)
    assert {r["jurisdiction"] for r in tcm} == {"内蒙古自治区", "蛟河市", "湘潭市", "中山市"}
    physicians = run(seed_store, "indicator-comparison")
    assert {r["jurisdiction"] for r in physicians} == {"湘潭市", "蛟河市"}
    assert {(r["kind"], r["year"], r["value"]) for r in physicians if r["jurisdiction"] == "蛟河市"} >= \
        {("observation", "2020", "3.34"), ("target", "2025", "3.9")}
    due = run(seed_store, "targets-due")
    assert due and "湘潭市" not in {r["jurisdiction"] for r in due}
    assert {r["jurisdiction"] for r in run(seed_store, "targets-due", year="2030")} >= {"湘潭市", "蛟河市"}
    grouped = run(seed_store, "document-targets", document="jiaohe-2023-health-service-system-plan-draft")
    beds = [r for r in grouped if r["concept"].endswith("/beds-per-1000")]
    assert beds and int(beds[0]["statements"]) >= 4
    one_doc = run(seed_store, "targets", document="xiangtan-undated-healthy-xiangtan-2030")
    assert one_doc and {r["document"] for r in one_doc} == {"xiangtan-undated-healthy-xiangtan-2030"}


def test_scope_public_hospitals_follows_the_inferred_hierarchy(seed_store) -> None:
    rows = run(seed_store, "scope-public-hospitals")
    scopes = {r["scope"] for r in rows}
    assert "二级及以上公立综合性医院" in scopes  # a sub-class, not public-hospital itself
    assert any(r["type"] == "department requirement" and r["subject"] == "老年医学科" for r in rows)
    assert not [r for r in rows if r["scope"] in ("乡镇卫生院", "社区卫生服务中心")]


ZHEJIANG = "浙江省卫生健康事业发展“十四五”规划\n到2025年，每千人口执业（助理）医师数达到4.0人，孕产妇死亡率控制在6/10万以下。\n"
NATION = "“十四五”国民健康规划\n到2025年，每千人口执业（助理）医师数达到3.2人，孕产妇死亡率控制在14.5/10万以下。\n"
HANGZHOU = "杭州市卫生健康事业发展“十四五”规划\n到2025年，每千人口执业（助理）医师数达到4.5人，孕产妇死亡率控制在8/10万以下。\n"
MANIFEST = """
[[document]]
id = "zhejiang-2021-plan"
source_file = "zhejiang.txt"
title = "浙江省卫生健康事业发展“十四五”规划"
jurisdiction = "浙江省"
date = "2021-05-01"

[[document]]
id = "national-2022-plan"
source_file = "national.txt"
title = "“十四五”国民健康规划"
jurisdiction = "全国"
date = "2022-04-27"

[[document]]
id = "hangzhou-2022-plan"
source_file = "hangzhou.txt"
title = "杭州市卫生健康事业发展“十四五”规划"
jurisdiction = "杭州市"
date = "2022-06-01"
"""


def test_city_province_nation(write_corpus, tmp_path) -> None:
    from graph_store.embedded import EmbeddedStore
    from loaders.build import build_graphs

    folder = write_corpus({"zhejiang.txt": ZHEJIANG, "national.txt": NATION, "hangzhou.txt": HANGZHOU},
                          manifest=MANIFEST)
    store = EmbeddedStore(tmp_path / "store")
    store.replace_all(build_graphs(folder, "https://w3id.org/policykg/").graphs)
    rows = run(store, "city-province-nation") + run(
        store, "city-province-nation", indicator="https://w3id.org/policykg/vocab/indicator/maternal-mortality-ratio")
    got = {(r["city"], r["higher"], r["city_value"], r["higher_value"], r["more_ambitious"]) for r in rows}
    assert ("杭州市", "浙江省", "4.5", "4", "city") in got  # physicians: higher is better
    assert ("杭州市", "中华人民共和国", "4.5", "3.2", "city") in got
    assert ("杭州市", "浙江省", "8", "6", "higher level") in got  # maternal mortality: lower is better
    assert ("杭州市", "中华人民共和国", "8", "14.5", "city") in got
    assert ("浙江省", "中华人民共和国", "4", "3.2", "city") in got
    physicians = run(store, "city-province-nation",
                     indicator="https://w3id.org/policykg/vocab/indicator/physicians-per-1000")
    assert physicians and {r["indicator_label"] for r in physicians} == {"每千人口执业（助理）医师数"}
    # each pair is a jurisdiction and one of its ancestors: no jurisdiction beside itself, none beside a lower one
    assert {(r["city"], r["higher"]) for r in physicians} == {("杭州市", "浙江省"), ("杭州市", "中华人民共和国"),
                                                              ("浙江省", "中华人民共和国")}
