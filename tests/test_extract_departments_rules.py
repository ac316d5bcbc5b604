"""Department requirements, one construction of Chinese plans per paragraph, each written twice: in simplified script
and in traditional script with pinyin noise. Expected values are written by hand; evidence is compared with the raw
text written here."""

from __future__ import annotations

import pytest

from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import build_written

IT = "https://w3id.org/policykg/vocab/institution-type/"
DEP = "https://w3id.org/policykg/vocab/department-type/"

SIMPLIFIED = """某市卫生健康事业发展“十四五”规划
一、乡镇卫生院和社区卫生服务中心全部设置康复治疗室。
二、到2025年，二级及以上综合医院设置老年医学科的比例达到60%以上，设置精神科、感染性疾病科的比例分别达到80%和95%。
三、两家县级医院均要建成胸痛、卒中、创伤中心。
四、加强呼吸、重症、麻醉等专科建设。
五、加强公立医院公共卫生科室标准化建设。
六、县人民医院设置远程会诊中心，县中医院设置中医康复科。
七、每个县（市、区）至少有1所县级公立医院设置精神科病房。
八、建设区域医疗中心，推进老年友善医疗机构建设，组建儿科专科联盟，加强重点学科建设。
九、依托市人民医院建设市级临床检验中心。全市共有31家综合医院设置儿科门诊。以设置安宁疗护科的综合性医院为主体，完善服务体系。
十、社区卫生服务中心设立科学健身门诊。
十一、力争实现基层医疗卫生机构中医阁全覆盖。中小学校心理辅导室设置率达到100%。
十二、二级综合医院要设置急诊科，并规范设置发热门诊和留观室。
十三、医共体牵头医院或总医院建设相对独立的传染病区。
十四、加强传染病医院和综合医院可转换传染病区建设。
十五、设置治未病科的中医医院比例达到90%。
十六、社区卫生服务中心全部设置康复治疗室。
十七、全市二级及以上综合医院普遍开设精神（心理）门诊，设置率达到80%。
十八、县中医医院要加快建设胸痛、危重新生儿救治中心。
十九、合理布局养老机构与医疗机构康复医学科。
二十、乡镇卫生院(略)设置儿科。
二十一、二级以上中医医院设置老年病科的比例2024年达到70%。
二十二、推进县级妇幼保健院危重孕产妇救治中心建设，到2024年实现全覆盖。
二十三、市疾病预防控制中心建设生物安全三级实验室。
二十四、乡镇卫生院原则上不再设置住院病房。
"""

TRADITIONAL = """某市衛生健康事業發展“十四五”規劃
一、鄉鎮衛(wèi)生院和社區衛生服務中心全部設置康復治療室。
二、到2025年，二級及以上綜合醫(yī)院設置老年醫學科的比例(lì)達到60%以上，設置精神科、感染性疾病科的比例分別達到80%和95%。
三、兩家縣級醫院均要建成胸痛、卒中、創傷中心。
四、加強呼吸、重症、麻醉等專科建設。
五、加強公立醫院公共衛生科室標準化建設。
六、縣人民醫院設置遠程會診中心，縣中醫院設置中醫康復科。
七、每個縣（市、區）至少有1所縣級公立醫院設置精神科病房。
八、建設區域醫療中心，推進老年友善醫療機構建設，組建兒科專科聯盟，加強重點學科建設。
九、依託市人民醫院建設市級臨床檢驗中心。全市共有31家綜合醫院設置兒科門診。以設置安寧療護科的綜合性醫院為主體，完善服務體系。
十、社區衛生服務中心設立科學健身門診。
十一、力爭實現基層醫療衛生機構中醫閣全覆蓋。中小學校心理輔導室設置率達到100%。
十二、二級綜合醫院要設置急診科，並規範設置發熱門診和留觀室。
十三、醫共體牽頭醫院或總醫院建設相對獨立的傳染病區。
十四、加強傳染病醫院和綜合醫院可轉換傳染病區建設。
十五、設置治未病科的中醫醫院比例達到90%。
十六、社區衛生服務中心全部設置康復治療室。
十七、全市二級及以上綜合醫院普遍開設精神（心理）門診，設置率達到80%。
十八、縣中醫醫院要加快建設胸痛、危重新生兒救治中心。
十九、合理佈局養老機構與醫療機構康復醫學科。
二十、鄉鎮衛(wèi)生院(略)設置兒科。
二十一、二級以上中醫醫院設置老年病科的比例2024年達到70%。
二十二、推進縣級婦幼保健院危重孕產婦救治中心建設，到2024年實現全覆蓋。
二十三、市疾病預防控制中心建設生物安全三級實驗室。
二十四、鄉鎮衛生院原則上不再設置住院病房。
"""

MANIFEST = """
[[document]]
id = "{id}"
source_file = "{id}.txt"
title = "某市卫生健康事业发展“十四五”规划"
jurisdiction = "苏州市"
date = "2022-03-01"
script = "{script}"
"""


def requirements(folder, text: str, doc_id: str, script: str) -> tuple[str, list[DepartmentRequirement]]:
    doc = build_written(folder, {f"{doc_id}.txt": text}, MANIFEST.format(id=doc_id, script=script))[0]
    return doc.source.raw, [f for f in doc.facts if isinstance(f, DepartmentRequirement)]


@pytest.fixture(scope="module", params=["simplified", "traditional"])
def doc(request, tmp_path_factory) -> tuple[str, str, list[DepartmentRequirement]]:
    text = SIMPLIFIED if request.param == "simplified" else TRADITIONAL
    raw, reqs = requirements(tmp_path_factory.mktemp(request.param), text, f"rules-{request.param}", request.param)
    return request.param, raw, reqs


def line_of(raw: str, req: DepartmentRequirement) -> int:
    return raw.count("\n", 0, req.evidence.start)


def rows(doc, line: int) -> set[tuple]:
    """(department, department type, institution wording, institution type, comparator, share, year) on a line."""
    _, raw, reqs = doc
    return {(r.department, (r.department_iri or "").removeprefix(DEP), r.institution_scope,
             (r.institution_iri or "").removeprefix(IT), r.comparator, r.share, r.year)
            for r in reqs if line_of(raw, r) == line}


def test_all_institutions_of_two_types_mean_a_full_share_each(doc) -> None:
    assert rows(doc, 1) == {
        ("康复治疗室", "rehabilitation-therapy-room", "乡镇卫生院", "township-health-centre", ">=", 100.0, 2025),
        ("康复治疗室", "rehabilitation-therapy-room", "社区卫生服务中心", "community-health-centre", ">=", 100.0, 2025),
    }


def test_shares_one_each_and_the_subject_carried(doc) -> None:
    assert rows(doc, 2) == {
        ("老年医学科", "geriatrics", "二级及以上综合医院", "secondary-plus-general-hospital", ">=", 60.0, 2025),
        ("精神科", "psychiatry", "二级及以上综合医院", "secondary-plus-general-hospital", ">=", 80.0, 2025),
        ("感染性疾病科", "infectious-diseases", "二级及以上综合医院", "secondary-plus-general-hospital", ">=", 95.0,
         2025),
    }


def test_centres_sharing_their_head(doc) -> None:
    assert {(d, t, s) for d, t, s, *_ in rows(doc, 3)} == {
        ("胸痛中心", "chest-pain-centre", "县级医院"),
        ("卒中中心", "stroke-centre", "县级医院"),
        ("创伤中心", "trauma-centre", "县级医院"),
    }
    assert {(it, share) for _, _, _, it, _, share, _ in rows(doc, 3)} == {("county-level-hospital", None)}


def test_specialties_sharing_the_head_after_etc(doc) -> None:
    assert {(d, s, it, share) for d, _, s, it, _, share, _ in rows(doc, 4)} == {
        ("呼吸专科", "", "medical-and-health-institution", None),
        ("重症专科", "", "medical-and-health-institution", None),
        ("麻醉专科", "", "medical-and-health-institution", None),
    }


def test_strengthening_a_unit_of_institutions_named_after_the_verb(doc) -> None:
    assert rows(doc, 5) == {("公共卫生科室", "public-health", "公立医院", "public-hospital", None, None, None)}


def test_named_institutions_are_scopes(doc) -> None:
    assert {(d, t, s, it) for d, t, s, it, *_ in rows(doc, 6)} == {
        ("远程会诊中心", "remote-consultation-centre", "县人民医院", "hospital"),
        ("中医康复科", "tcm-rehabilitation", "县中医院", "tcm-hospital"),
    }


def test_at_least_one_institution_per_county(doc) -> None:
    assert {(d, t, s, it, share) for d, t, s, it, _, share, _ in rows(doc, 7)} == {
        ("精神科病房", "psychiatric-ward", "县级公立医院", "county-level-public-hospital", None)}


def test_institutions_designations_alliances_and_disciplines_are_no_units(doc) -> None:
    assert rows(doc, 8) == set()


def test_centres_built_on_a_hospital_counts_and_descriptions_are_no_requirements(doc) -> None:
    assert rows(doc, 9) == set()


def test_a_unit_the_vocabulary_lacks_is_kept_as_written(doc) -> None:
    assert rows(doc, 10) == {("科学健身门诊", "", "社区卫生服务中心", "community-health-centre", None, None, None)}


def test_coverage_and_setting_rate(doc) -> None:
    assert {(d, t, s, it, c, share) for d, t, s, it, c, share, _ in rows(doc, 11)} == {
        ("中医阁", "tcm-corner", "基层医疗卫生机构", "primary-care-institution", ">=", 100.0),
        ("心理辅导室", "school-counselling-room", "中小学校", "school", ">=", 100.0),
    }


def test_the_subject_holds_for_the_next_clause(doc) -> None:
    assert {(d, t, s) for d, t, s, *_ in rows(doc, 12)} == {
        ("急诊科", "emergency", "二级综合医院"),
        ("发热门诊", "fever-clinic", "二级综合医院"),
        ("留观室", "observation-room", "二级综合医院"),
    }


def test_alternatives_joined_by_or_are_one_institution(doc) -> None:
    assert {(d, t, s, it) for d, t, s, it, *_ in rows(doc, 13)} == {
        ("传染病区", "infectious-disease-ward", "医共体牵头医院或总医院", "hospital")}


def test_a_specialist_hospital_is_no_host_of_its_own_specialty(doc) -> None:
    assert {(d, s) for d, _, s, *_ in rows(doc, 14)} == {("可转换传染病区", "综合医院")}


def test_units_of_the_institutions_counted(doc) -> None:
    assert rows(doc, 15) == {("治未病科", "preventive-tcm", "中医医院", "tcm-hospital", ">=", 90.0, 2025)}


def test_a_restated_requirement_is_kept_once(doc) -> None:
    assert rows(doc, 16) == set()
    _, _, reqs = doc
    assert len([r for r in reqs if r.department == "康复治疗室" and r.institution_scope == "社区卫生服务中心"]) == 1


def test_a_share_in_the_next_clause(doc) -> None:
    assert rows(doc, 17) == {("精神（心理）门诊", "psychological-clinic", "二级及以上综合医院",
                              "secondary-plus-general-hospital", ">=", 80.0, 2025)}


def test_the_shared_head_the_vocabulary_knows(doc) -> None:
    assert {(d, t) for d, t, *_ in rows(doc, 18)} == {("胸痛中心", "chest-pain-centre"),
                                                        ("危重新生儿救治中心", "critical-neonatal-care-centre")}


def test_with_pairs_institutions_only_the_second_has_the_unit(doc) -> None:
    assert {(d, s, it) for d, _, s, it, *_ in rows(doc, 19)} == {("康复医学科", "医疗机构", "medical-institution")}


def test_a_redaction_hides_the_institution(doc) -> None:
    _, raw, reqs = doc
    assert {(r.department, r.institution_scope, r.evidence.quote) for r in reqs if line_of(raw, r) == 20} == {
        ("儿科", "", "设置儿科" if doc[0] == "simplified" else "設置兒科")}


def test_a_year_inside_the_share(doc) -> None:
    assert {(d, t, c, share, y) for d, t, _, _, c, share, y in rows(doc, 21)} == {
        ("老年病科", "geriatrics", ">=", 70.0, 2024)}


def test_coverage_stated_in_the_next_clause(doc) -> None:
    assert rows(doc, 22) == {("危重孕产妇救治中心", "critical-maternal-care-centre", "县级妇幼保健院",
                              "county-level-mch-institution", ">=", 100.0, 2024)}


def test_a_laboratory_of_a_named_institution(doc) -> None:
    assert {(d, t, s, it) for d, t, s, it, *_ in rows(doc, 23)} == {
        ("生物安全三级实验室", "biosafety-level-3-laboratory", "市疾病预防控制中心", "cdc")}


def test_what_is_no_longer_set_up_is_no_requirement(doc) -> None:
    assert rows(doc, 24) == set()


EVIDENCE = {
    "simplified": {
        1: ["乡镇卫生院和社区卫生服务中心全部设置康复治疗室"] * 2,
        2: ["二级及以上综合医院设置老年医学科的比例达到60%以上"] + ["设置精神科、感染性疾病科的比例分别达到80%和95%"] * 2,
        11: ["基层医疗卫生机构中医阁全覆盖", "中小学校心理辅导室设置率达到100%"],
        17: ["二级及以上综合医院普遍开设精神（心理）门诊，设置率达到80%"],
        7: ["县级公立医院设置精神科病房"],
        13: ["医共体牵头医院或总医院建设相对独立的传染病区"],
    },
    "traditional": {
        1: ["鄉鎮衛(wèi)生院和社區衛生服務中心全部設置康復治療室"] * 2,
        2: ["二級及以上綜合醫(yī)院設置老年醫學科的比例(lì)達到60%以上"] + ["設置精神科、感染性疾病科的比例分別達到80%和95%"] * 2,
        11: ["基層醫療衛生機構中醫閣全覆蓋", "中小學校心理輔導室設置率達到100%"],
        17: ["二級及以上綜合醫院普遍開設精神（心理）門診，設置率達到80%"],
        7: ["縣級公立醫院設置精神科病房"],
        13: ["醫共體牽頭醫院或總醫院建設相對獨立的傳染病區"],
    },
}


def test_evidence_is_the_raw_clause(doc) -> None:
    script, raw, reqs = doc
    for line, quotes in EVIDENCE[script].items():
        found = sorted(r.evidence.quote for r in reqs if line_of(raw, r) == line)
        assert found == sorted(quotes)
    for r in reqs:
        assert raw[r.evidence.start:r.evidence.end] == r.evidence.quote


def test_the_share_of_a_row_comes_from_its_table_target(tmp_path) -> None:
    text = ("某县医疗卫生服务体系规划（2021—2025年）\n主要指标\n"
            "|指标|2020年|2025年|\n|设置中医馆的乡镇卫生院比例（%）|80|100|\n")
    raw, reqs = requirements(tmp_path, text, "table", "simplified")
    assert [(r.department, r.institution_scope, r.share, r.year) for r in reqs] == [("中医馆", "乡镇卫生院", 100.0, 2025)]
    assert reqs[0].evidence.quote in raw.splitlines()[3]
