"""Constructions of a provincial plan for county medical communities (issue 14: tests/documents/probe211, whose key
reads them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- a college headed by a historical region's name (荆楚理工学院, beside 湖北医药学院 in one list);
- a centre the department vocabulary knows as a unit, built 依托 institution types (各县依托县级综合医院或妇幼保健院
  建成危重孕产妇救治中心和危重新生儿救治中心): a department of those institutions, not an institution of its own;
- a quoted count abbreviating the list it ends, with words between it and the programme word (高血压、糖尿病、
  高脂血症“三高”共管试点 → 三高共管试点); not when the members before are programmes of their own
  (…营养改善项目、农村妇女“两癌”免费检查项目) nor when no list comes before (中医药“一村一阁”建设工程).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """湖北省推进紧密型县域医疗卫生共同体建设实施方案（2026—2028年）
一、重点任务
1.支持湖北医药学院、湖北中医药大学、荆楚理工学院为县域定向培养医学生。
2.各县（市、区）要依托县级综合医院或妇幼保健院建成危重孕产妇救治中心和危重新生儿救治中心。
3.开展高血压、糖尿病、高脂血症“三高”共管试点。
4.开展贫困地区儿童营养改善项目、农村妇女“两癌”免费检查项目。
5.实施中医药“一村一阁”建设工程。
""",
    "traditional": """湖北省推進緊密型縣域醫療衛生共同體建設實施方案（2026—2028年）
一、重點任務
1.支持湖北醫藥學院、湖北中醫藥大學、荊楚理工學(xué)院為縣域定向培養醫學生。
2.各縣（市、區）要依託縣級綜合醫院或婦幼保健院建成危重孕產婦救治中心和危重新生兒救(jiù)治中心。
3.開展高血壓、糖尿病、高脂血症“三高”共管試(shì)點。
4.開展貧困地區兒童營養改善項目、農村婦女“兩癌”免費檢查項目。
5.實施中醫藥“一村一閣”建設工程。
""",
}

doc = per_script_document(TEXTS, "county-community", "湖北省推进紧密型县域医疗卫生共同体建设实施方案（2026—2028年）",
                          "湖北省", "2026-02-10")


def test_a_college_headed_by_a_historical_region(doc) -> None:
    assert names_on_line(doc, 2, "institution") == {"湖北医药学院", "湖北中医药大学", "荆楚理工学院"}


def test_centres_built_on_institution_types_are_their_departments(doc) -> None:
    scope = "县级综合医院或妇幼保健院"
    assert requirements_on_line(doc, 3) == {("危重孕产妇救治中心", scope, None, None),
                                            ("危重新生儿救治中心", scope, None, None)}
    assert names_on_line(doc, 3, "institution") == set()


def test_a_quoted_count_abbreviating_its_list(doc) -> None:
    assert names_on_line(doc, 4, "programme") == {"三高共管试点"}


def test_a_quoted_count_that_abbreviates_no_list_keeps_its_head(doc) -> None:
    assert names_on_line(doc, 5, "programme") == {"贫困地区儿童营养改善项目", "农村妇女两癌免费检查项目"}
    assert names_on_line(doc, 6, "programme") == {"中医药一村一阁建设工程"}
