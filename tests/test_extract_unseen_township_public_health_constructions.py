"""A town's basic public-health plan (issue 14: tests/documents/probe235, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- units of the town's health centre answer for tasks (责任科室：公共卫生科、预防接种门诊; 牵头科室：慢病管理科；
  配合科室：…): the town's units, not offices of the county's bureau;
- village clinics named after 确定 and 其中, and a city's centre after any verb (报告枝江市疾病预防控制中心);
- a quoted name before 攻坚行动 is a programme; a year's round of the national public-health service project is that
  project;
- populations listed before one measure (65岁及以上老年人、孕产妇和0—6岁儿童的健康管理率均…) give each its measure,
  and 及以上 splits no list; measures shared by a list of examinations or of patients (血常规、尿常规检查开展率,
  高血压、2型糖尿病患者失访率);
- a clause that gives no value but the last one again: 2026年不低于这一水平 (a target), …与之持平 (an observation of
  another measure);
- a verb of strengthening with a unit's 服务功能 is a department requirement (完善镇卫生院中医馆服务功能).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """枝江市问安镇2026年基本公共卫生服务项目实施方案
二、工作目标
65岁及以上老年人、孕产妇和0—6岁儿童的健康管理率均达到85%以上，新生儿访视率和产后访视率分别达到95%和92%。
2025年全镇高血压患者规范管理率为76.5%，2型糖尿病患者规范管理率与之持平；肺结核患者规则服药率2025年为95.2%，2026年不低于这一水平。
老年人健康体检血常规、尿常规检查开展率均不低于90%，高血压、2型糖尿病患者失访率控制在3%以内。
三、重点任务
（一）预防接种。镇卫生院要规范设置预防接种门诊，完善镇卫生院中医馆服务功能。（责任科室：公共卫生科、预防接种门诊）
（二）慢病管理。确定桥河村卫生室、石门村卫生室为智能随访试点单位，其中问安村卫生室年内完成标准化改造。发现聚集性疫情，第一时间报告枝江市疾病预防控制中心。
牵头科室：慢病管理科；配合科室：全科医疗科、各村卫生室
（三）健康教育。做好2026年基本公共卫生服务项目工作，深入推进“清源”攻坚行动。
""",
    "traditional": """枝江市問安鎮2026年基本公共衛生服務項目實施方案
二、工作目標
65歲及以上老年人、孕產婦和0—6歲兒童的健康管(guǎn)理率均達到85%以上，新生兒訪視率和產後訪視率分別達到95%和92%。
2025年全鎮高血壓患者規範管理率為76.5%，2型糖尿病患者規範管理率與之持平；肺結核患者規則服藥率2025年為95.2%，2026年不低於這一水平。
老年人健康體檢血常規、尿常規檢查開展率均不低於90%，高血壓、2型糖尿病患者失訪率控制在3%以內。
三、重點任務
（一）預防接種。鎮衛(wèi)生院要規範設置預防接種門診，完善鎮衛生院中醫館服務功能。（責任科室：公共衛生科、預防接種門診）
（二）慢病管理。確定橋河村衛生室、石門村衛生室為智能隨訪試點單位，其中問安村衛生室年內完成標準化改造。發現聚集性疫情，第一時間報告枝江市疾病預防控制中心。
牽頭科室：慢病管理科；配合科室：全科醫(yī)療科、各村衛生室
（三）健康教育。做好2026年基本公共衛生服務項目工作，深入推進“清源”攻堅行動。
""",
}

doc = per_script_document(TEXTS, "wenan-public-health", "枝江市问安镇2026年基本公共卫生服务项目实施方案", "枝江市",
                          "2026-02-12")


def _indicators(doc, line: int) -> dict[str, tuple]:
    return {indicator: (kind, value, comparator, year)
            for kind, indicator, value, _, comparator, year in quantities_on_line(doc, line)}


def _agencies(doc, line: int) -> dict[str, tuple[str, str]]:
    return {f.agency.written: (f.role, f.agency.label)
            for f in facts_on_line(doc, Responsibility, line)}


def test_populations_listed_before_one_measure_each_take_it(doc) -> None:
    found = _indicators(doc, 2)
    for population in ("65岁及以上老年人", "孕产妇", "0—6岁儿童"):
        assert found.get(population + "健康管理率") == ("target", 85.0, ">=", 2026), found
    assert not any(name.startswith(("以上", "65岁及")) and name != "65岁及以上老年人健康管理率" for name in found)


def test_a_list_of_examinations_or_patients_shares_its_measure(doc) -> None:
    found = _indicators(doc, 4)
    assert found.get("高血压患者失访率") == ("target", 3.0, "<=", 2026), found
    assert found.get("2型糖尿病患者失访率") == ("target", 3.0, "<=", 2026), found
    assert any(name.endswith("血常规检查开展率") for name in found), found
    assert found.get("尿常规检查开展率") == ("target", 90.0, ">=", 2026), found


def test_the_last_value_again_without_a_number(doc) -> None:
    found = quantities_on_line(doc, 3)
    assert ("observation", "2型糖尿病患者规范管理率", 76.5, "percent", "=", 2025) in found, found
    assert ("target", "肺结核患者规则服药率", 95.2, "percent", ">=", 2026) in found, found
    assert ("observation", "肺结核患者规则服药率", 95.2, "percent", "=", 2025) in found, found


def test_units_of_the_health_centre_answer_for_tasks(doc) -> None:
    found = _agencies(doc, 6)
    assert {name: role for name, (role, _) in found.items()} == {"公共卫生科": "responsible",
                                                                  "预防接种门诊": "responsible"}
    assert all(label.startswith("问安镇") for _, label in found.values()), found
    roles = {name: role for name, (role, _) in _agencies(doc, 8).items()}
    assert roles == {"慢病管理科": "lead", "全科医疗科": "support", "各村卫生室": "support"}, roles


def test_village_clinics_and_a_city_centre_are_named(doc) -> None:
    assert names_on_line(doc, 7, "institution") == {"桥河村卫生室", "石门村卫生室", "问安村卫生室",
                                                    "枝江市疾病预防控制中心"}


def test_quoted_campaign_and_the_national_project(doc) -> None:
    assert names_on_line(doc, 9, "programme") == {"国家基本公共卫生服务项目", "清源攻坚行动"}


def test_a_unit_whose_service_function_is_strengthened(doc) -> None:
    assert ("中医馆", "镇卫生院", None, None) in requirements_on_line(doc, 6)
