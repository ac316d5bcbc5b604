"""A city's public-health emergency plan, a district's family-doctor plan and a province's maternal and child health
plan (issue 14: tests/documents/probe245, probe246 and probe247, whose keys read them so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- teams listed before 各1支 are each one team; drills listed before 均不少于2次 are each held so often;
- after a change of a measure (比2025年下降3%以上), a bare level (控制在278/10万以内) is that measure's;
- a year's value that names no measure after a ； (到2030年，达到95%以上) is the measure's before it;
- a kind of institution with 中有N个 … (县区疾控中心中有4个达到…) counts those that reach it;
- a share set aside (预留不低于20%的专家号源) is a share of what follows 的;
- 辖区 (the area's) is no part of a scope or of a measure's name;
- an autonomous county's short name (肃南县) heads its centre, after 新建 too; a region's name heads a college
  (河西学院); a year may open the clause before a street's centre; a national medical centre right before a
  hospital's name is that hospital's designation, no institution of its own.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """张掖市2026年公共卫生应急能力建设实施方案
一、发展基础
2025年，甲乙类法定传染病报告发病率为286.66/10万；县区疾控中心中有4个达到国家疾控机构建设标准，全市在岗疾控人员412人。
二、工作目标
到2026年底，甲乙类法定传染病报告发病率比2025年下降3%以上，控制在278/10万以内。到2027年，0—6岁儿童眼保健和视力检查覆盖率达到93%；到2030年，达到95%以上。
三、重点任务
1.加强应急队伍建设。组建市级突发急性传染病防控队和紧急医学救援队各1支，各县区开展桌面推演和实战演练均不少于2次。
2.夯实疾控机构基础。新建肃南县疾控中心业务用房2800平方米，依托河西学院实施公共卫生人才培养。
3.推进医共体联动。区人民医院要设立全专联合门诊，为签约居民预留不低于20%的专家号源。
4.强化科室建设。辖区社区卫生服务中心全科门诊设置率达到100%。
5.推广典型经验。2025年鹭江街道社区卫生服务中心通过优质服务评审，依托国家儿童医学中心复旦大学附属儿科医院，支持张掖市人民医院提升儿科能力。
""",
    "traditional": """張掖市2026年公共衛生應急能力建設實施方案
一、發展基礎
2025年，甲乙類法定傳染病報告發病率為286.66/10萬；縣區疾控中心中有4個達(dá)到國家疾控機構建設標準，全市在崗疾控人員412人。
二、工作目標
到2026年底，甲乙類法定傳染病報告發病率比2025年下降3%以上，控(kòng)制在278/10萬以內。到2027年，0—6歲兒童眼保健和視力檢查覆蓋率達到93%；到2030年，達到95%以上。
三、重點任務
1.加強應急隊伍建設。組建市級突發急性傳染病防控隊和緊急醫(yī)學救援隊各1支，各縣區開展桌面推演和實戰演練均不少於2次。
2.夯實疾控機構基礎。新建肅南縣疾控中心業務用房2800平方米，依託河西學(xué)院實施公共衛生人才培養。
3.推進醫共體聯動。區人民醫院要設立全專聯合門診，為簽約居民預(yù)留不低於20%的專家號源。
4.強化科室建設。轄區社區衛生服務中心全科門診設置率達到100%。
5.推廣典型經驗。2025年鷺江街道社區衛(wèi)生服務中心通過優質服務評審，依託國家兒童醫學中心復旦大學附屬兒科醫院，支持張掖市人民醫院提升兒科能力。
""",
}

doc = per_script_document(TEXTS, "zhangye-emergency", "张掖市2026年公共卫生应急能力建设实施方案", "张掖市",
                          "2026-02-09")


def _values(doc, line: int) -> dict[str, tuple]:
    return {wording: (kind, value, year) for kind, wording, value, _, _, year in quantities_on_line(doc, line)}


def test_teams_and_drills_listed_before_one_count_are_each_counted(doc) -> None:
    found = _values(doc, 6)
    assert found.get("市级突发急性传染病防控队", (None, None))[1] == 1.0, found
    assert found.get("紧急医学救援队", (None, None))[1] == 1.0, found
    assert sorted(v for _, v, _ in found.values() if v == 2.0) == [2.0, 2.0], found
    assert any(w.endswith("实战演练") for w in found), found


def test_a_bare_level_after_a_change_is_the_changed_measure(doc) -> None:
    found = {(w, v) for _, w, v, _, _, _ in quantities_on_line(doc, 4)}
    assert ("甲乙类法定传染病报告发病率", 278.0) in found, found
    assert ("甲乙类法定传染病报告发病率", 3.0) in found, found


def test_a_later_years_value_after_a_semicolon_is_the_measure_before(doc) -> None:
    found = {(w, v, y) for _, w, v, _, _, y in quantities_on_line(doc, 4)}
    assert ("0—6岁儿童眼保健和视力检查覆盖率", 95.0, 2030) in found, found
    assert ("0—6岁儿童眼保健和视力检查覆盖率", 93.0, 2027) in found, found


def test_a_kind_with_how_many_of_it_reach_something_counts_them(doc) -> None:
    found = _values(doc, 2)
    assert found.get("达到国家疾控机构建设标准的县区疾控中心数") == ("observation", 4.0, 2025), found


def test_a_share_set_aside_is_a_share_of_what_follows(doc) -> None:
    found = _values(doc, 8)
    assert found.get("为签约居民预留的专家号源比例") == ("target", 20.0, 2026), found


def test_the_areas_word_is_no_part_of_a_scope(doc) -> None:
    assert requirements_on_line(doc, 9) == {("全科门诊", "社区卫生服务中心", 100.0, 2026)}
    assert "社区卫生服务中心全科门诊设置率" in _values(doc, 9)


def test_short_county_names_regions_and_years_head_institutions(doc) -> None:
    assert names_on_line(doc, 7, "institution") == {"肃南县疾控中心", "河西学院"}
    assert names_on_line(doc, 10, "institution") == {"鹭江街道社区卫生服务中心", "复旦大学附属儿科医院", "张掖市人民医院"}
