"""Plans of a province, a district and two cities (issue 14: tests/documents/probe265–probe268, whose keys read them
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by
hand.

- a university's faculty (西南大学心理学部) and a centre named with a 123xx service line (…12356心理援助热线中心)
  are institutions;
- a title drafted without 《》 keeps its trial status (…管理办法(试行));
- an emergency station a health centre sets up (120急救站点) is its unit; the sites an emergency centre adds to its
  network are not; a share before the institutions (90%以上的社区卫生服务中心) is no part of their name; a
  vocational college sets up a counselling centre;
- counts after what an institution can carry out (市疾控中心可开展检测项目286项) and of institutions that reached a
  standard (累计…个乡镇卫生院和社区卫生服务中心达到…标准) are values;
- the two-cancers screening, the birth-defect prevention programme and the dual-use infrastructure initiative are
  programmes.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """宜春市2026年心理健康和基层卫生工作要点
一、工作基础
截至2025年底，累计86个乡镇卫生院和社区卫生服务中心达到“优质服务基层行”基本标准，宜春市疾病预防控制中心可开展检测项目215项。
二、重点任务
（一）与南昌大学心理学部合作，依托宜春市12356心理援助热线中心开展服务，研究制定宜春市心理援助热线管理办法(试行)。
（二）到2026年底，90%以上的社区卫生服务中心设置心理咨询室，全市职业院校设立心理健康教育与咨询中心。
（三）每个中心乡镇卫生院设置120急救站点，市急救中心新增急救站点5个。
（四）实施农村适龄妇女“两癌”筛查项目和出生缺陷综合防治项目，推进“平急两用”公共基础设施建设。
""",
    "traditional": """宜春市2026年心理健康和基層衛生工作要點
一、工作基(jī)礎
截至2025年底，累計86個鄉鎮衛生院和社區衛生服務中心達到“優質服務基層行”基本標準，宜春市疾病預防控制中心可開(kāi)展檢測項目215項。
二、重點任務
（一）與南昌大學心理學部合作，依託宜春市12356心理援助熱(rè)線中心開展服務，研究制定宜春市心理援助熱線管理辦法(試行)。
（二）到2026年底，90%以上的社區衛生服務中心設置心理諮詢室，全市職業院校設立心理健康教育與諮(zī)詢中心。
（三）每個中心鄉鎮衛生院設置120急救站點，市急救中心新增急救站(zhàn)點5個。
（四）實施農村適齡婦女“兩癌”篩查項目和出生缺陷綜合防治項目，推進“平急兩用”公共基礎設施建設。
""",
}

doc = per_script_document(TEXTS, "yichun-mental-primary", "宜春市2026年心理健康和基层卫生工作要点", "宜春市",
                          "2026-02-16")


def test_counts_of_what_an_institution_can_do_and_of_those_that_reached_a_standard(doc) -> None:
    found = {(indicator, value) for kind, indicator, value, *_ in quantities_on_line(doc, 2) if kind == "observation"}
    assert ("达到优质服务基层行基本标准的乡镇卫生院和社区卫生服务中心", 86.0) in found, found
    assert any(value == 215.0 and "检测项目" in indicator for indicator, value in found), found


def test_a_faculty_and_a_hotline_centre_are_institutions(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {"南昌大学心理学部", "宜春市12356心理援助热线中心"}


def test_a_drafted_title_keeps_its_trial_status(doc) -> None:
    titles = {c.title for c in facts_on_line(doc, Citation, 4)}
    assert titles == {"宜春市心理援助热线管理办法（试行）"}, titles


def test_a_share_is_no_part_of_the_institutions_and_a_college_sets_up_a_centre(doc) -> None:
    assert requirements_on_line(doc, 5) == {("心理咨询室", "社区卫生服务中心", 90.0, 2026),
                                            ("心理健康教育与咨询中心", "职业院校", None, 2026)}


def test_an_emergency_station_of_a_health_centre_is_a_unit_and_the_networks_sites_are_not(doc) -> None:
    assert requirements_on_line(doc, 6) == {("120急救站点", "中心乡镇卫生院", None, None)}


def test_national_screening_and_infrastructure_programmes(doc) -> None:
    assert names_on_line(doc, 7, "programme") == {"农村适龄妇女两癌筛查项目", "出生缺陷综合防治项目",
                                                  "平急两用公共基础设施建设"}
