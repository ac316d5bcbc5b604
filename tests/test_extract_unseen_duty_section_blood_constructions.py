"""Constructions found missing on unseen plans (issue 14: tests/documents/probe91, a district's emergency-care plan;
probe92, a city's smart-healthcare plan; probe93, a province's health-literacy plan; probe94, a city's blood-supply
plan), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written
by hand.

- departments: a centre built 依托 a named hospital (远程会诊中心) or set up in one (区域远程影像诊断中心), but not a
  list of designations so built (…救治中心、技术指导中心和远程会诊中心); 健康教育室, 储血点, 血库;
- institutions: emergency stations and hospitals named by a proper name in a list (金盏急救工作站, 中日友好医院), not
  kinds of hospital (康复医院、老年医院);
- a section of duties: each paragraph's units (with an alias in brackets, or several) and their role by what they do
  (负责: lead; 参与: support; 按照各自职责: responsible); 红十字会 is an agency;
- a quoted programme after 和 (and the national week before it: ontology/vocab/programmes.ttl); 见专栏1 is no value.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from loaders.extract.target_facts import QuantityFact
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """银川市卫生健康服务能力提升方案（2025—2027年）
一、重点任务
1.依托银川市第一人民医院建设远程会诊中心，在银川市第二人民医院设立区域远程影像诊断中心。
2.依托宁夏医科大学总医院建设自治区级疑难危重传染病救治中心、技术指导中心和远程会诊中心。
3.乡镇卫生院和社区卫生服务中心要设立健康教育室，巩固贺兰县人民医院储血点建设成果，其他用血医疗机构应当设立血库。
4.2025年重点建成金盏急救工作站、孙河急救工作站。
5.支持中日友好医院、民航总医院建设胸痛中心，鼓励康复医院、老年医院发展。
6.结合全国老年健康宣传周和“智慧助老”行动开展科普，具体指标见专栏1。
二、部门职责
（一）市卫生健康委：负责本方案的组织实施。
（二）市委宣传部（市文明办）：负责宣传动员。
（三）市交通运输局、市园林管理局：按照各自职责落实相关工作。
（四）市红十字会：参与宣传动员和表彰工作。
""",
    "traditional": """銀川市衛生健康服務能力提升方案（2025—2027年）
一、重點任務
1.依託銀川市第一人民醫院建設遠程會(huì)診中心，在銀川市第二人民醫院設立區域遠程影(yǐng)像診斷中心。
2.依託寧夏醫科大學總醫院建設自治區級疑難危重傳染病救治中心、技術指導中心和遠程會診中心。
3.鄉鎮衛生院和社區衛生服務中心要設立健康教(jiào)育室，鞏固賀蘭縣人民醫院儲(chǔ)血點建設成果，其他用血醫療機構應當設立血庫。
4.2025年重點建成金盞急救工作站、孫(sūn)河急救工作站。
5.支持中日友好醫院、民航總醫院建設胸痛中心，鼓勵康復醫院、老年醫院發展。
6.結合全國老年健康宣傳週和“智慧助(zhù)老”行動開展科普，具體指標見專欄1。
二、部門職責
（一）市衛生健康委：負責本方案的組(zǔ)織實施。
（二）市委宣傳部（市文明(míng)辦）：負責宣傳動員。
（三）市交通運輸局、市園(yuán)林管理局：按照各自職責落實相關工作。
（四）市紅(hóng)十字會：參與宣傳動員和表彰工作。
""",
}

doc = per_script_document(TEXTS, "blood", "银川市卫生健康服务能力提升方案（2025—2027年）", "银川市", "2025-03-26")


def roles_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_centres_a_named_hospital_hosts(doc):
    assert requirements_on_line(doc, 2) == {("远程会诊中心", "银川市第一人民医院", None, None),
                                            ("区域远程影像诊断中心", "银川市第二人民医院", None, None)}
    assert requirements_on_line(doc, 3) == set()


def test_health_education_rooms_blood_storage_points_and_blood_banks(doc):
    assert requirements_on_line(doc, 4) == {
        ("健康教育室", "乡镇卫生院", None, None), ("健康教育室", "社区卫生服务中心", None, None),
        ("储血点", "贺兰县人民医院", None, None), ("血库", "其他用血医疗机构", None, None)}


def test_emergency_stations_and_hospitals_named_in_a_list(doc):
    assert names_on_line(doc, 5, "institution") == {"金盏急救工作站", "孙河急救工作站"}
    assert names_on_line(doc, 6, "institution") == {"中日友好医院", "民航总医院"}


def test_a_quoted_programme_after_he_and_no_value_in_a_box_reference(doc):
    assert names_on_line(doc, 7, "programme") == {"智慧助老行动", "全国老年健康宣传周"}  # a national week too
    assert facts_on_line(doc, QuantityFact, 7) == []


def test_a_section_of_duties(doc):
    assert roles_on_line(doc, 9) == {("银川市卫生健康委", "lead")}
    assert roles_on_line(doc, 10) == {("银川市委宣传部", "lead")}
    assert roles_on_line(doc, 11) == {("银川市交通运输局", "responsible"), ("银川市园林管理局", "responsible")}
    assert roles_on_line(doc, 12) == {("银川市红十字会", "support")}
