"""Constructions found missing on unseen plans (issue 14: tests/documents/probe20, a national notice whose tasks are
assigned to the ministry's departments; probe21, a district's mental-health plan), written twice: in simplified script
and in traditional script with pinyin noise. Expected values are written by hand.

- a responsibility clause on a line of its own after the last numbered item of each task (（一）heading / 1.… / 2.… /
  （规划司牵头，…）) is the task's, when every such clause closes its group; 宣传司 is a department of the ministry;
- a covering sentence that issues the plan in the next sentence (…研究制定了《X》。现印发给你们) cites nothing, nor
  does 按规定 (经费按规定纳入预算);
- a share of units a service covers (航空医疗救援服务覆盖90%以上的地市级行政区);
- a university's campus in brackets (香港中文大学（深圳）), a mental-health service centre;
- one department in several hosts with one share each after 分别 (妇幼保健院、综合医院心理门诊设置率分别达到90%和80%),
  and hosts sharing the department of the last (中小学、高校心理咨询室设置率 → 中小学心理咨询室设置率).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """紧急医学救援体系建设工作方案（2024—2027年）
国家卫生健康委研究制定了《紧急医学救援体系建设工作方案（2024—2027年）》。现印发给你们，请认真贯彻落实。
（一）完善基地布局。
1.依托四川大学华西医院建设国家紧急医学救援基地。
2.发挥国家区域医疗中心的辐射带动作用。
（规划司牵头，医疗应急司、财务司按职责分工负责）
（二）加强队伍建设。
1.优化队伍布局，到2025年，航空医疗救援服务覆盖90%以上的地市级行政区。
2.依托香港中文大学（深圳）等高校专业力量开展培训，由南山区心理健康服务中心统一运营心理援助热线。
（医疗应急司牵头，国家中医药局医政司、财务司按职责分工负责）
（三）加强心理服务。县级妇幼保健院、综合医院心理门诊设置率分别达到90%和80%，中小学、高校心理咨询室设置率分别达到100%和90%。（宣传司牵头，医疗应急司配合）
（四）加强经费保障。各地要将所需经费按规定纳入财政预算。
""",
    "traditional": """緊急醫學救援體系建設工作方案（2024—2027年）
國家衛生健康委研究制定了《緊急醫學救援體系建設工作方案（2024—2027年）》。現印發給你們，請認真貫徹落實。
（一）完善基地佈局。
1.依託四川大學華西醫院建設國家緊急醫學救援基地。
2.發揮國家區域醫療中心的輻射帶動作用。
（規劃司牽頭，醫療應急司、財務司按職責分工負責）
（二）加強隊伍建設。
1.優化隊伍佈局，到2025年，航空醫療救援服務覆蓋90%以上的地市級行政區。
2.依託香港中文大學（深圳）等高校專業力量開展培訓，由南山區心理健康服務中心統一運(yùn)營心理援助熱線。
（醫療應急司牽頭，國(guó)家中醫藥局醫政司、財務司按職責分工負責）
（三）加強心理服務。縣級婦幼保健院、綜合醫院心理門診設置率分別達到90%和80%，中小學、高校心理諮詢室設置率分別達到100%和90%。（宣傳司牽頭，醫療應急司配合）
（四）加強經費保障。各地要將所需經費按規定納入財政預算。
""",
}

doc = per_script_document(TEXTS, "ministry", "国家卫生健康委办公厅关于加强紧急医学救援体系建设的通知", "中华人民共和国",
                          "2024-06-18")


def task_of(doc, label: str) -> str:
    """The path of the provision numbered `label` (the first so numbered)."""
    return next(p.path for p in doc.provisions if p.label == label)


def roles_on_line(doc, line: int) -> set[tuple[str, str, str]]:
    return {(f.evidence.normalised_quote, f.role, f.provision) for f in facts_on_line(doc, Responsibility, line)}


def test_clauses_closing_each_group_are_the_tasks(doc) -> None:
    one, two, three = task_of(doc, "（一）"), task_of(doc, "（二）"), task_of(doc, "（三）")
    assert roles_on_line(doc, 5) == {("规划司", "lead", one), ("医疗应急司", "support", one), ("财务司", "support", one)}
    assert roles_on_line(doc, 9) == {("医疗应急司", "lead", two), ("国家中医药局医政司", "support", two),
                                     ("财务司", "support", two)}
    assert roles_on_line(doc, 10) == {("宣传司", "lead", three), ("医疗应急司", "support", three)}


def test_the_plan_issued_here_and_rules_in_general_are_no_citations(doc) -> None:
    assert not [f for f in doc.facts if isinstance(f, Citation)]


def test_a_share_of_units_a_service_covers(doc) -> None:
    assert quantities_on_line(doc, 7) == {
        ("target", "航空医疗救援服务覆盖的地市级行政区比例", 90.0, "percent", ">=", 2025)}


def test_a_campus_and_a_service_centre_are_institutions(doc) -> None:
    assert {f.name for f in facts_on_line(doc, NamedEntityMention, 8) if f.kind == "institution"} == {
        "香港中文大学（深圳）", "南山区心理健康服务中心"}


def test_one_department_in_several_hosts_with_a_share_each(doc) -> None:
    assert {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, 10)} == {
        ("心理门诊", "县级妇幼保健院", 90.0), ("心理门诊", "综合医院", 80.0), ("心理咨询室", "中小学", 100.0),
        ("心理咨询室", "高校", 90.0)}
    assert {q[1] for q in quantities_on_line(doc, 10)} == {
        "县级妇幼保健院心理门诊设置率", "综合医院心理门诊设置率", "中小学心理咨询室设置率", "高校心理咨询室设置率"}
