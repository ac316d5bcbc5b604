"""A county's healthy-village and hospice plan (issue 14: tests/documents/probe171, probe174 and probe175, whose keys
read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are
written by hand.

- `A和B直报率、C及时率均达到x`: 和 inside the first member, 、 between the members: one value each;
- `以X和Y行动为重点`: the programmes a task is made after;
- a time window inside a rate's name (在48小时内…的比例, 24小时内响应率) and a duration qualifying people (超过60天的)
  are no values; the institutions a total is summed over (3家医院…合计) are no value either;
- 在此基础上 between the institutions and their verb; a deadline with its month (于2025年6月底前) too.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """青溪县健康乡村和安宁疗护工作方案（2025—2026年）
一、工作基础
截至2024年底，突发公共卫生事件和法定传染病网络直报率、报告及时率均达到100%。
二、重点任务
1.深入开展爱国卫生运动。以农村“厕所革命”和村庄清洁行动为重点，持续改善农村人居环境。
2.拓展居家安宁疗护。到2026年，新接诊居家患者在48小时内完成首次评估的比例达到95%，转介申请24小时内响应率达到90%以上，对超过60天的长期住院患者实行分段管理。
3.加强老年医学科建设。2026年底前3家医院老年医学科床位合计不少于120张，65岁及以上住院患者老年综合评估率不低于50%。
4.加强科室建设。中心卫生院在此基础上加强急诊科、外科和妇产科建设。
5.推动综合医院开设心理门诊。县第二人民医院于2025年6月底前开设心理门诊。
""",
    "traditional": """青溪縣健康鄉村和安寧療護工作方案（2025—2026年）
一、工作基礎
截(jié)至2024年底，突發公共衛生事件和法定傳染病網絡直報率、報(bào)告及時率均達到100%。
二、重點任務
1.深入開展愛國衛生運動。以(yǐ)農村“廁所革命”和村莊清潔行動爲重點，持續改善農村人(rén)居環境。
2.拓展居家安寧療護。到2026年，新接診居家患者在48小時(shí)內完成首次評估的比例達到95%，轉介申請24小時內響應率達(dá)到90%以上，對超過60天的長期住院患者實行分段管理。
3.加強老(lǎo)年醫學科建設。2026年底前3家醫院老年醫學科牀位合計不少(shǎo)於120張，65歲及以上住院患者老年綜合評估率不低於50%。
4.加強科(kē)室建設。中心衛生院在此基礎上加強急診科、外科和婦產(chǎn)科建設。
5.推動綜合醫院開設心理門(mén)診。縣第二人民醫院於2025年6月底前開設心理門診。
""",
}

doc = per_script_document(TEXTS, "hospice-village", "青溪县健康乡村和安宁疗护工作方案（2025—2026年）", "青溪县",
                          "2025-04-07")


def test_a_list_joined_by_commas_with_and_inside_its_first_member(doc):
    assert quantities_on_line(doc, 2) == {
        ("observation", "突发公共卫生事件和法定传染病网络直报率", 100.0, "percent", "=", 2024),
        ("observation", "报告及时率", 100.0, "percent", "=", 2024)}


def test_programmes_a_task_is_made_after(doc):
    assert names_on_line(doc, 4, "programme") == {"爱国卫生运动", "村庄清洁行动"}


def test_time_windows_and_durations_inside_names_are_no_values(doc):
    assert quantities_on_line(doc, 5) == {
        ("target", "新接诊居家患者在48小时内完成首次评估的比例", 95.0, "percent", ">=", 2026),
        ("target", "转介申请24小时内响应率", 90.0, "percent", ">=", 2026)}


def test_the_institutions_a_total_is_summed_over_are_no_value(doc):
    assert quantities_on_line(doc, 6) == {
        ("target", "3家医院老年医学科床位合计", 120.0, "count", ">=", 2026),
        ("target", "65岁及以上住院患者老年综合评估率", 50.0, "percent", ">=", 2026)}


def test_in_this_basis_between_institutions_and_their_verb(doc):
    assert requirements_on_line(doc, 7) == {(unit, "中心卫生院", None, None) for unit in ("急诊科", "外科", "妇产科")}


def test_a_deadline_with_its_month(doc):
    assert requirements_on_line(doc, 8) == {("心理门诊", "县第二人民医院", None, 2025)}
