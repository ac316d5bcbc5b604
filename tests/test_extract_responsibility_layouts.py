"""Responsibility clauses in every layout, on plans written here in simplified and in traditional script with pinyin
noise: marker lines after the task, (牵头) after a name, the first-listed rule, lists with a duty tail, bracketed
markers, task tables (pipe rows and one cell per line); lead only where the text names one."""

from __future__ import annotations

from loaders.build import build_graphs
from loaders.extract.org_facts import Responsibility

BASE = "https://w3id.org/policykg/"
PKG = "https://w3id.org/policykg/ontology#"
MANIFEST = '[[document]]\nid = "plan"\nsource_file = "plan.txt"\ntitle = "plan"\njurisdiction = "{j}"\n'


def build(write_corpus, text: str, jurisdiction: str = "安吉县"):
    folder = write_corpus({"plan.txt": text}, manifest=MANIFEST.format(j=jurisdiction))
    result = build_graphs(folder, BASE, with_static=False)
    doc = result.documents[0]
    facts = [f for f in doc.facts if isinstance(f, Responsibility)]
    for f in facts:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.quote
    return facts, result


def rows(facts: list[Responsibility]) -> list[tuple[str, str, str, str, str]]:
    """(provision, task, written quote, label, role) in text order."""
    return [(f.provision, f.task, f.evidence.quote, f.agency.label, f.role)
            for f in sorted(facts, key=lambda f: f.evidence.start)]


MARKER_LINES = """安吉县医共体建设实施方案
二、重点任务
（一）强化县级医院龙头作用。支持县人民医院创建三级乙等综合医院。
牵头单位：县卫生健康局
配合单位：县发展改革局、县财政局
（二）提升基层服务能力。实施基层医疗卫生机构能力提升行动。
牵头单位：县医保分局
配合单位：县财政局
参与单位：各乡镇（街道）
"""
MARKER_LINES_TRADITIONAL = """安吉縣醫共體建設實施方案
二、重點任務
（一）強化縣級醫院龍頭作用。支持縣人民醫院創建三級乙等綜合醫院。
牽(qiān)頭單位：縣衛(wèi)生健康局
配合單位：縣發展改革局、縣財(cái)政局
"""


def test_marker_lines_after_the_task(write_corpus) -> None:
    facts, _ = build(write_corpus, MARKER_LINES)
    assert rows(facts) == [
        ("1.1", "", "县卫生健康局", "安吉县卫生健康局", "lead"),
        ("1.1", "", "县发展改革局", "安吉县发展改革局", "support"),
        ("1.1", "", "县财政局", "安吉县财政局", "support"),
        ("1.2", "", "县医保分局", "安吉县医保分局", "lead"),
        ("1.2", "", "县财政局", "安吉县财政局", "support"),
        ("1.2", "", "各乡镇（街道）", "安吉县各乡镇（街道）", "support"),
    ]
    assert all(f.form == "clause" for f in facts)


def test_marker_lines_in_traditional_script_with_pinyin_noise(write_corpus) -> None:
    facts, _ = build(write_corpus, MARKER_LINES_TRADITIONAL)
    assert rows(facts) == [
        ("1.1", "", "縣衛(wèi)生健康局", "安吉县卫生健康局", "lead"),
        ("1.1", "", "縣發展改革局", "安吉县发展改革局", "support"),
        ("1.1", "", "縣財(cái)政局", "安吉县财政局", "support"),
    ]


def test_lead_marked_after_the_name_and_unmarked_lists(write_corpus) -> None:
    text = """武汉市江汉区健康行动方案
三、重点任务
（一）实施健康知识普及行动。建立健康科普专家库。
責任單位：區衞(wèi)生健康局（牽頭）、區委宣傳部、各街道辦事處
（二）实施控烟行动。推进无烟机关建设。
责任单位：区卫生健康局、区教育局
"""
    facts, _ = build(write_corpus, text, "江汉区")
    assert [(p, q, role) for p, _, q, _, role in rows(facts)] == [
        ("1.1", "區衞(wèi)生健康局", "lead"), ("1.1", "區委宣傳部", "support"), ("1.1", "各街道辦事處", "support"),
        ("1.2", "区卫生健康局", "responsible"), ("1.2", "区教育局", "responsible"),  # no lead invented
    ]


def test_first_listed_rule_applies_to_later_lists(write_corpus) -> None:
    text = """天水市健康行动规划纲要
三、重点任务
以下各項任務的責任單位中，列第一(yī)位的為牽頭單位，其他為配合單位。
（一）普及健康生活。開展全民健康素養促進行動。
責任單位：市衛(wèi)生計生委、市體育局、市教育局
（二）優化健康服務。完善醫療衛生服務體系。
责任单位：市人社局、市财政局
"""
    facts, _ = build(write_corpus, text, "天水市")
    assert [(p, label, role) for p, _, _, label, role in rows(facts)] == [
        ("1.1", "天水市卫生计生委", "lead"), ("1.1", "天水市体育局", "support"), ("1.1", "天水市教育局", "support"),
        ("1.2", "天水市人社局", "lead"), ("1.2", "天水市财政局", "support"),
    ]


def test_lists_of_their_own_line_with_a_duty_tail(write_corpus) -> None:
    text = """岢岚县健康扶贫实施方案
岢岚县人民政府办公室
三、重点任务
（一）实施分类救治。对患大病的农村贫困人口实行集中救治。
县卫计局、县人社局、县扶贫办按职责分工负责。
（二）提升服务能力。推进远程医疗协作网建设。
縣衛(wèi)計局、縣財政局按職責分工負責。
（三）加强公共卫生。开展儿童营养改善项目。
县卫计局、县妇联
"""
    facts, _ = build(write_corpus, text, "岢岚县")
    assert [(p, q, role) for p, _, q, _, role in rows(facts)] == [
        ("1.1", "县卫计局", "responsible"), ("1.1", "县人社局", "responsible"), ("1.1", "县扶贫办", "responsible"),
        ("1.2", "縣衛(wèi)計局", "responsible"), ("1.2", "縣財政局", "responsible"),
    ]  # no tail on the last list, and the signature line in the preamble is no list
    same = {f.agency.iri for f in facts if f.evidence.quote in ("县卫计局", "縣衛(wèi)計局")}
    assert len(same) == 1 and next(iter(same)).endswith("/health-commission")


def test_bracketed_markers_co_leads_and_a_principal(write_corpus) -> None:
    text = """江西省公立医院高质量发展实施方案
三、重点任务
（一）加强人才队伍建设。实施高层次人才培养计划。（省卫生健康委、省人力资源社会保障厅牵头，省教育厅、省财政厅配合）
（二）推进智慧医院建设。推进电子病历应用。（牵头单位：省卫生健康委；配合单位：省发展改革委、省财政厅）
（三）深化医保支付方式改革。推进按病种付费。（省医保局负责，省卫生健康委配合）
"""
    facts, _ = build(write_corpus, text, "江西省")
    assert [(p, label, role) for p, _, _, label, role in rows(facts)] == [
        ("1.1", "江西省卫生健康委", "lead"), ("1.1", "江西省人力资源社会保障厅", "lead"),
        ("1.1", "江西省教育厅", "support"), ("1.1", "江西省财政厅", "support"),
        ("1.2", "江西省卫生健康委", "lead"), ("1.2", "江西省发展改革委", "support"), ("1.2", "江西省财政厅", "support"),
        ("1.3", "江西省医保局", "lead"), ("1.3", "江西省卫生健康委", "support"),
    ]


PIPE_TABLE = """安吉县医共体建设实施方案
二、重点任务
（一）强化县级医院龙头作用。
附件
重点任务分工表
序号|重点任务|牵头单位|配合单位|完成时限
1 |县人民医院创建三级乙等综合医院|县卫生健康局|县发展改革局、县财政局| 2024年12月
2 |医共体医保基金总额预算管理|县医保分局|县卫生健康局| 持续推进
"""
CELL_TABLE = """合肥市医学科技创新行动方案
三、重点任务
（一）建设高能级创新平台。
附件
重點任務分工表
序號
重點任務
牽(qiān)頭單位
配合單位
完成時限
1
建設生命科學實驗室
市科技局
市發展改革(gé)委、市財政局
2025年
2
建設研究型病房
市衛生健康委
市醫保局
2025年
"""


def test_pipe_task_table_rows_are_tasks_of_their_own(write_corpus) -> None:
    facts, result = build(write_corpus, PIPE_TABLE)
    assert [(path, task, q, role) for path, task, q, _, role in rows(facts)] == [
        ("2.1", "1 县人民医院创建三级乙等综合医院", "县卫生健康局", "lead"),
        ("2.1", "1 县人民医院创建三级乙等综合医院", "县发展改革局", "support"),
        ("2.1", "1 县人民医院创建三级乙等综合医院", "县财政局", "support"),
        ("2.1", "2 医共体医保基金总额预算管理", "县医保分局", "lead"),
        ("2.1", "2 医共体医保基金总额预算管理", "县卫生健康局", "support"),
    ]
    assert all(f.form == "table-cell" for f in facts)
    quads = result.graphs[BASE + "graph/plan"]
    nodes = {q.subject.value for q in quads if q.predicate.value == PKG + "role"}
    assert len(nodes) == 5  # the health bureau leads one row and supports another: two facts
    labels = {q.object.value for q in quads if q.subject.value in nodes
              and q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"}
    assert labels == {"1 县人民医院创建三级乙等综合医院", "2 医共体医保基金总额预算管理"}


def test_one_cell_per_line_task_table_in_traditional_script(write_corpus) -> None:
    facts, _ = build(write_corpus, CELL_TABLE, "合肥市")
    assert [(task, q, label, role) for _, task, q, label, role in rows(facts)] == [
        ("1 建设生命科学实验室", "市科技局", "合肥市科技局", "lead"),
        ("1 建设生命科学实验室", "市發展改革(gé)委", "合肥市发展改革委", "support"),
        ("1 建设生命科学实验室", "市財政局", "合肥市财政局", "support"),
        ("2 建设研究型病房", "市衛生健康委", "合肥市卫生健康委", "lead"),
        ("2 建设研究型病房", "市醫保局", "合肥市医保局", "support"),
    ]


def test_responsible_role_is_written_in_rdf(write_corpus) -> None:
    text = """盐城市公共卫生应急能力建设实施方案
二、重点任务
（一）完善重大疫情救治网络。建设市级重大疫情救治基地。
责任单位：市卫生健康委、市财政局
"""
    facts, result = build(write_corpus, text, "盐城市")
    assert {f.role for f in facts} == {"responsible"}
    roles = {q.object.value for q in result.graphs[BASE + "graph/plan"] if q.predicate.value == PKG + "role"}
    assert roles == {PKG + "Responsible"}


def test_marker_ending_its_line_takes_the_list_on_the_next_line(write_corpus) -> None:
    text = """盐城市公共卫生应急能力建设实施方案
二、重点任务
（一）完善重大疫情救治网络。建设市级重大疫情救治基地。
責任單位：
市衛(wèi)生健康委、市財政局
（二）提升紧急医学救援能力。建设紧急医学救援基地。
责任单位：
（三）强化疾控能力。建设市疾控中心实验室。
"""
    facts, _ = build(write_corpus, text, "盐城市")
    assert [(p, q, role) for p, _, q, _, role in rows(facts)] == [
        ("1.1", "市衛(wèi)生健康委", "responsible"), ("1.1", "市財政局", "responsible")]


def test_sectors_sharing_a_head_open_a_duty_sentence(write_corpus) -> None:
    text = """蛟河市医疗卫生服务体系规划
九、做好规划实施保障
（二）落实部门职责
卫生健康、机构编制、发展改革、人力资源和社会保障等部门要加强政策协同，共同推进规划实施。
（三）动员社会参与
教育、体育、文化等方面的工作要统筹推进。
"""
    facts, _ = build(write_corpus, text, "蛟河市")
    assert [(p, q, label, role) for p, _, q, label, role in rows(facts)] == [
        ("1.1", "卫生健康", "蛟河市卫生健康部门", "responsible"),
        ("1.1", "机构编制", "蛟河市机构编制部门", "responsible"),
        ("1.1", "发展改革", "蛟河市发展改革部门", "responsible"),
        ("1.1", "人力资源和社会保障", "蛟河市人力资源和社会保障部门", "responsible"),
    ]  # 教育、体育、文化等方面 is no list of departments


SUBJECTS = """{place}医疗卫生服务体系规划
九、做好规划实施保障
（二）落实部门职责
卫生健康部门负责牵头编制实施规划并适时调整。机构编制部门要依据有关标准合理制定人员编制标准；财政部门要按照政府卫生投入政策落实补助。
各地要加强组织领导。医疗机构要落实主体责任。有关部门要密切配合。市医保局应当足额安排经费。
"""
SUBJECTS_TRADITIONAL = """{place}醫療衛生服務體系規劃
九、做好規劃實施保障
（二）落實部門職責
衛(wèi)生健康部門負責牽頭編制實施規劃並適時調整。機構編制部門要依據有關標準合理制定人員編制標準；財政部門要按照政府衛生投入政策落實補助。
各地要加強組織領導。醫療機構要落實主體責任。有關部門要密切配合。市醫保局應當足額安排經費。
"""


def test_an_agency_that_is_the_subject_of_a_duty_sentence_is_responsible_for_that_duty(write_corpus) -> None:
    """卫生健康部门负责牵头… leads; 财政部门要按照… / 市医保局应当… are responsible, each with its duty as the task;
    各地 / 医疗机构 / 有关部门 are no agencies; both scripts give the same facts."""
    expected = [
        ("1.1", "编制实施规划并适时调整", "卫生健康部门", "蛟河市卫生健康部门", "lead"),
        ("1.1", "依据有关标准合理制定人员编制标准", "机构编制部门", "蛟河市机构编制部门", "responsible"),
        ("1.1", "按照政府卫生投入政策落实补助", "财政部门", "蛟河市财政部门", "responsible"),
        ("1.1", "足额安排经费", "市医保局", "蛟河市医保局", "responsible"),
    ]
    for text in (SUBJECTS, SUBJECTS_TRADITIONAL):
        facts, _ = build(write_corpus, text.format(place="蛟河市"), "蛟河市")
        got = rows(facts)
        assert [(p, t, label, role) for p, t, _, label, role in got] == [(p, t, label, role)
                                                                       for p, t, _, label, role in expected]
        if text is SUBJECTS:
            assert [q for _, _, q, _, _ in got] == [q for _, _, q, _, _ in expected]
        assert all(f.form == "sentence-subject" for f in facts)


SUBJECT_SENTENCES = """海拉尔区基层医疗卫生服务能力提升实施方案
四、保障措施
（一）强化人才保障。区人社局负责落实基层卫生人才招聘政策，区委编办配合做好编制保障。
（二）加强监督考核。区政府督查室要将方案落实情况纳入年度督查内容。
（三）做好机构编制保障。市委编办要统筹核定编制。
"""
SUBJECT_SENTENCES_TRADITIONAL = """海拉爾區基層醫療衛生服務能力提升實施方案
四、保障措施
（一）強化人才保障。區人社局負責落實基層衛生人才招聘政策，區委編辦配合做好編制保障。
（二）加強監督考核。區政府督查室要將方案落實(luò shí)情況納入年度督查內容。
（三）做好機構編制保障。市委編辦要統籌核定編制。
"""


def test_subject_sentences_with_abbreviated_agencies_and_a_supporting_clause(write_corpus) -> None:
    """区委编办 / 区政府督查室 as sentence subjects; 'X负责…，Y配合…' makes X the lead and Y support; 市委编办 in a
    district plan is the city's."""
    for text in (SUBJECT_SENTENCES, SUBJECT_SENTENCES_TRADITIONAL):
        facts, _ = build(write_corpus, text, jurisdiction="海拉尔区")
        got = [(p, quote, label, role) for p, _, quote, label, role in rows(facts)]
        simplified = text == SUBJECT_SENTENCES
        assert got == [
            ("1.1", "区人社局" if simplified else "區人社局", "海拉尔区人社局", "lead"),
            ("1.1", "区委编办" if simplified else "區委編辦", "海拉尔区委编办", "support"),
            ("1.2", "区政府督查室" if simplified else "區政府督查室", "海拉尔区政府督查室", "responsible"),
            ("1.3", "市委编办" if simplified else "市委編辦", "呼伦贝尔市委编办", "responsible"),
        ], text
        types = {f.agency.label: f.agency.type_iri.rsplit("/", 1)[-1] for f in facts}
        assert types["海拉尔区委编办"] == types["呼伦贝尔市委编办"] == "organisation-staffing"
        assert types["海拉尔区政府督查室"] == "inspection-office"
        assert {f.agency.jurisdiction_name for f in facts if f.agency.label.startswith("呼伦贝尔")} == {"呼伦贝尔市"}


BRACKETED_MARKERS = {
    "simplified": """安吉县卫生健康事业发展规划
三、主要任务
（一）加强妇幼健康服务。建设县妇幼保健院新院区。
【牵头单位】县卫生健康局　【配合单位】县妇联、县教育局
（二）加强卫生人才队伍建设。实施乡村医生定向培养。
【责任单位】县人力资源和社会保障局、县卫生健康局
""",
    "traditional": """安吉縣衛生健康事業發展規劃
三、主要任務
（一）加強婦幼健康服務。建設縣婦幼保健院新院區。
【牽頭單位】縣衛(wèi)生健康局　【配合單位】縣婦聯、縣教育局
（二）加強衛生人才隊伍建設。實施鄉村醫生定向培養。
【責任單位】縣人力資源和社會保障局、縣衛生健康局
""",
}


def test_markers_in_lenticular_brackets_without_a_colon(write_corpus) -> None:
    for script, text in BRACKETED_MARKERS.items():
        facts, _ = build(write_corpus, text)
        assert [(p, label, role) for p, _, _, label, role in rows(facts)] == [
            ("1.1", "安吉县卫生健康局", "lead"),
            ("1.1", "安吉县妇联", "support"),
            ("1.1", "安吉县教育局", "support"),
            ("1.2", "安吉县人力资源和社会保障局", "responsible"),
            ("1.2", "安吉县卫生健康局", "responsible"),
        ], script
