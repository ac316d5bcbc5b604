"""A province's county hospital capacity plan and a city's infectious disease plan (issue 14:
tests/documents/probe227 and probe228, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- a 责任分工 list whose lines name a task before its units (1.临床专科建设：X牵头，Y配合。 / 2.…：X负责。): the lead,
  the support units, and a unit charged alone leads;
- a unit with a short form in brackets (危重儿童和新生儿救治中心（以下简称“五大中心”）) is the unit the vocabulary
  knows, not split at 和 and without its short form;
- a one-cell-per-line annex of hospitals with a 建设重点专科 column: each row's specialties in its hospital;
  相应专科 names no unit;
- an issuing agency's name before its issuer code (落实省疾控局黔疾控发〔2025〕7号文件要求): the number starts at
  the code.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """晋北省县级医院综合能力提升工程实施方案（2026—2028年）
一、重点任务
（一）提升急诊急救能力。县级医院要建设胸痛中心、危重儿童和新生儿救治中心（以下简称“两大中心”）。附件1所列医院要重点建设相应专科。落实省疾控局黔疾控发〔2025〕7号文件要求。
二、责任分工
1.临床专科建设：省卫生健康委医政处牵头，省中医药管理局医政处配合。
2.县级中医医院能力建设：省中医药管理局医政处负责。
附件1
序号
医院名称
所在市
建设重点专科
1
平遥县人民医院
晋中市
心血管内科
2
原平市第一人民医院
忻州市
呼吸内科、消化内科
""",
    "traditional": """晉北省縣級醫院綜合能力提升工程實施方案（2026—2028年）
一、重點任務
（一）提升急診急救能力。縣級醫院要建設胸痛中心、危重兒童和新生兒救治中心（以下簡稱“兩大中心”）。附件1所列醫院要重點建設相應專(zhuān)科。落實省疾控局黔疾控發〔2025〕7號文件要求。
二、責任分工
1.臨床專科建設：省衛生健康委醫政處牽頭，省中醫藥管理局醫政處配合。
2.縣級中醫醫院能力建設：省中醫藥管理局醫政處負責。
附件1
序號
醫院名稱
所在市
建設重點專科
1
平遙縣人民醫院
晉中市
心血管內科
2
原平市第一人民醫院
忻州市
呼吸內科、消化內科
""",
}

doc = per_script_document(TEXTS, "county-hospital", "晋北省县级医院综合能力提升工程实施方案（2026—2028年）", "山西省",
                          "2026-02-12")


def _roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_duty_list_names_each_tasks_units(doc):
    assert _roles(doc, 4) == {("省卫生健康委医政处", "lead"), ("省中医药管理局医政处", "support")}
    assert _roles(doc, 5) == {("省中医药管理局医政处", "lead")}


def test_a_unit_with_its_short_form_and_no_generic_specialty(doc):
    assert {r[0] for r in requirements_on_line(doc, 2)} == {"胸痛中心", "危重儿童和新生儿救治中心"}


def test_an_annex_of_hospitals_and_their_specialties(doc):
    assert {r[:2] for r in requirements_on_line(doc, 14)} == {("心血管内科", "平遥县人民医院")}
    assert {r[:2] for r in requirements_on_line(doc, 18)} == {("呼吸内科", "原平市第一人民医院"),
                                                              ("消化内科", "原平市第一人民医院")}


def test_an_issuers_name_before_its_code(doc):
    assert {f.number for f in facts_on_line(doc, Citation, 2) if f.number} == {"黔疾控发〔2025〕7号"}
