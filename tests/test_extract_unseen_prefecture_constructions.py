"""Constructions found missing on unseen plans (issue 14: tests/documents/probe17, a county bureau's work plan;
probe18, an autonomous prefecture's action plan; probe19, a province's opinions in traditional script), written twice:
in simplified script and in traditional script with corner quotation marks (「」) and pinyin noise. Expected values are
written by hand.

- 均 over a list whose later member drops the head's opening words (法定传染病报告率、报告及时率均保持100%: 及 in 及时
  separates nothing, and 报告及时率 is 法定传染病报告及时率), 保持 as a level verb, DDDs as the unit of antibiotic use;
- a paragraph's observation (2023年共选派86名…) does not make a later sentence's duty (每年…不少于100人次) one;
- programmes: an institution's own construction project (…迁建工程, …业务用房改造工程; a building's 综合楼工程 is
  none), 加快 as an implementing verb, …进校园活动 and …主题活动, a quoted name after 深化, and a count before a
  tail names the category counted (2个标志性医疗合作项目 is no programme);
- institutions: a college and its school (凯里学院医学院), a town whose name ends in 市 (新市镇中心卫生院), hospitals
  after 对口帮扶 / 托管, a health information centre;
- responsibilities: 此项工作由X牵头，Y、Z配合; X牵头，会同Y、Z，…; …，由X负责组织实施 (X leads);
- references: a code of conduct named without 《》 (…廉洁从业九项准则, not 职业道德准则), a regulation after 用好;
- corner quotation marks read as quotation marks: in a programme's name and inside a cited title.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """黔东南州基层医疗卫生服务能力提升三年行动方案（2024—2026年）
（一）加强疾病防控。法定传染病报告率、报告及时率均保持100%，二级及以上医院住院患者抗菌药物使用强度控制在40DDDs以下。
（二）深化对口帮扶。2023年共选派86名医疗专家到我州开展帮扶。深化“双下沉、两提升”，帮扶医院每年派驻我州的医务人员不少于100人次。
（三）推进项目建设。加快州中医医院迁建工程和州疾病预防控制中心业务用房改造工程建设，做好州人民医院综合楼工程建设。开展中医药文化进校园活动，深入开展改善就医感受提升患者体验主题活动。加快建设州脑科医院、州胸科医院2个标志性医疗合作项目。
（四）加强合作办医。深化与凯里学院医学院的合作，支持新市镇中心卫生院建设县域医疗次中心，推动杭州市第一人民医院对口帮扶从江县人民医院，争取贵州省人民医院托管雷山县人民医院，完善州卫生健康信息中心功能。
（五）弘扬中医药文化。实施中医药文化弘扬行动。此项工作由州卫生健康局牵头，州教育局、州财政局配合。
（六）推进中西医协同。州卫生健康局牵头，会同州医保局、州财政局，推广中西医结合医疗模式。
（七）强化督导考核。建立年度评估制度，由州卫生健康局负责组织实施，评估结果纳入目标考核。
（八）加强行风建设。严格落实医疗机构工作人员廉洁从业九项准则，用好贵州省中医药条例，执行职业道德准则。实施“苗侗医药传承创新工程”，按照《中医医院“治未病”科建设与管理指南》规范服务。
""",
    "traditional": """黔東南州基層醫療衛生服務能力提升三年行動方案（2024—2026年）
（一）加強疾病防控。法定傳染病報告率、報告及時率均保持100%，二級及以上醫院住院患者抗菌藥物使用強度控制在40DDDs以下。
（二）深化對口幫扶。2023年共選派86名醫療專家到我州開展幫扶。深化「雙下沉、兩提升」，幫扶醫院每年派駐我州的醫務人員不少於100人次。
（三）推進項目建設。加快州中醫醫院遷建工程和州疾病預防控制中心業務用房改造工程建設，做好州人民醫院綜合樓工程建設。開展中醫藥文化進校園活動，深入開展改善就醫感受提升患者體驗主題活動。加快建設州腦科醫院、州胸科醫院2個標誌性醫療合作項目。
（四）加強合作辦醫。深化與凱里學院醫學院的合作，支持新市鎮中心衛生院建設縣域醫療次中心，推動杭州市第一人民醫院對口幫扶從江縣人民醫院，爭取貴州省人民醫院託管雷山縣人民醫院，完善州衛(wèi)生健康信息中心功能。
（五）弘揚中醫藥文化。實施中醫藥文化弘揚行動。此項工作由州衛生健康局牽頭，州教育局、州財政局配合。
（六）推進中西醫協同。州衛生健康局牽頭，會同州醫保局、州財政局，推廣中西醫結合醫療模式。
（七）強化督導考核。建立年度評估制度，由州衛生健康局負責組織實施，評估結果納入目標考核。
（八）加強行風建設。嚴格落實醫療機構工作人員廉潔從業九項準則，用好貴州省中醫藥條例，執行職業道德準則。實施「苗侗醫(yī)藥傳承創新工程」，按照《中醫醫院「治未病」科建設與管理指南》規範服務。
""",
}

doc = per_script_document(TEXTS, "prefecture", "黔东南州基层医疗卫生服务能力提升三年行动方案（2024—2026年）", "黔东南苗族侗族自治州",
                          "2024-05-20")



def roles_on_line(doc, line: int) -> set[tuple[str, str]]:
    return {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_a_shared_value_over_members_that_drop_the_head(doc) -> None:
    assert quantities_on_line(doc, 1) == {
        ("target", "法定传染病报告率", 100.0, "percent", ">=", 2026),
        ("target", "法定传染病报告及时率", 100.0, "percent", ">=", 2026),
        ("target", "二级及以上医院住院患者抗菌药物使用强度", 40.0, "ddd-per-100-patient-days", "<=", 2026)}


def test_a_duty_after_an_observation_is_a_target(doc) -> None:
    assert quantities_on_line(doc, 2) == {
        ("observation", "医疗专家", 86.0, "count", "=", 2023),
        ("target", "帮扶医院每年派驻我州的医务人员", 100.0, "count", ">=", 2026)}


def test_construction_projects_and_campaigns_are_programmes(doc) -> None:
    assert names_on_line(doc, 3, "programme") == {
        "州中医医院迁建工程", "州疾病预防控制中心业务用房改造工程", "中医药文化进校园活动", "改善就医感受提升患者体验主题活动"}
    assert names_on_line(doc, 2, "programme") == {"双下沉、两提升"}


def test_colleges_towns_and_partner_hospitals_are_institutions(doc) -> None:
    assert names_on_line(doc, 4, "institution") == {
        "凯里学院医学院", "新市镇中心卫生院", "杭州市第一人民医院", "从江县人民医院", "贵州省人民医院", "雷山县人民医院",
        "黔东南苗族侗族自治州卫生健康信息中心"}


def test_leads_and_partners_in_prose(doc) -> None:
    assert roles_on_line(doc, 5) == {("州卫生健康局", "lead"), ("州教育局", "support"), ("州财政局", "support")}
    assert roles_on_line(doc, 6) == {("州卫生健康局", "lead"), ("州医保局", "support"), ("州财政局", "support")}
    assert roles_on_line(doc, 7) == {("州卫生健康局", "lead")}


def test_codes_of_conduct_regulations_and_corner_quotes(doc) -> None:
    assert {f.title for f in facts_on_line(doc, Citation, 8)} == {
        "医疗机构工作人员廉洁从业九项准则", "贵州省中医药条例", "中医医院“治未病”科建设与管理指南"}
    assert names_on_line(doc, 8, "programme") == {"苗侗医药传承创新工程"}
