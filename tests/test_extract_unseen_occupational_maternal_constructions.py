"""Constructions found missing on unseen plans (issue 14: tests/documents/probe67, a city's maternal and child health
plan; probe68, a county bureau's work points with 股室 brackets; probe69, an autonomous region's Tibetan medicine
plan; probe70, a city's occupational health plan), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- a law's own implementing regulation named after it (母婴保健法及其实施办法); a hospital's 产前诊断中心 and a
  jurisdiction's 新生儿疾病筛查中心; 成立… and 挂靠… before names; a hospital's topical 研究所 (probe67, probe69);
- a laboratory that is the subject's unit, not an institution doing the next verb (…中心要加强…实验室建设); 或开设…;
  occupational health examination institutions as a scope; 康复站; no requirement in 创建省级临床重点专科 (probe70);
- 由…增加到… whose measure the clause before names (逐步扩大…病种，由…); examples before 等 are no list of rates;
  年均增长10% as a growth rate; counts after 遴选, 采集 (页), 启动 (probe67, probe69, probe70);
- 集中整治 campaigns; a bracket with a role list before 责任单位：, 牵头股室 / 配合股室, a county's enforcement
  大队, 县直各… collectives, 各地（市）人民政府（行署） (probe68–69).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """临泉县职业健康和妇幼健康工作方案（2025—2027年）
一、现状
全县认真贯彻母婴保健法及其实施办法，县妇幼保健院产前诊断中心全年完成产前诊断836例，临泉县新生儿疾病筛查中心运行良好。
二、任务
1.县疾病预防控制中心要加强职业卫生检测实验室建设。二级及以上公立综合医院应当设立职业病科或开设职业病门诊。职业健康检查机构要规范设置职业健康检查科。在尘肺病患者相对集中的乡镇卫生院建设尘肺病康复站。
2.支持县职业病防治院创建省级临床重点专科。成立临泉县出生缺陷防治质量控制中心，挂靠县妇幼保健院。支持县中医院天文历算研究所开展研究。
3.逐步扩大串联质谱筛查病种，由2024年的32种增加到2027年的48种。接毒、接噪等重点行业劳动者在岗期间职业健康检查率达到95%左右。
4.到2027年，中药工业总产值年均增长10%以上。遴选20个中医优势病种，采集古籍文献图像不少于50万页，年内新启动3个县域医疗卫生次中心建设。
5.持续推进医药领域腐败问题集中整治。（人事股牵头，基层卫生健康股、医政医管股配合；责任单位：县卫生健康综合监督执法大队、县直各医疗机构）
6.提升能力。（牵头股室：医政医管股；配合股室：法规与综合监督股；责任单位：县直各医疗卫生单位）
7.提升地（市）藏医院能力。（各地（市）人民政府（行署）牵头，县卫生健康委配合）
""",
    "traditional": """臨泉縣職業健康和婦幼健康工作方案（2025—2027年）
一、現狀
全縣認真貫徹母嬰保健法及其實施辦法，縣婦幼保健院產前診斷(duàn)中心全年完成產前診斷836例，臨泉縣新生兒疾病篩查中心運行良好。
二、任務
1.縣疾病預防控制中心要加強職業衛生檢(jiǎn)測實驗室建設。二級及以上公立綜合醫院應當設立職業病科或開設職業病門診。職業健康檢查機構要規範設置職業健康檢查科。在塵肺病患者相對集中的鄉鎮衛生院建設塵肺病康復站。
2.支持縣職業病防治院創建省級臨牀重點專科。成立臨泉縣出生缺陷防(fáng)治質量控制中心，掛靠縣婦幼保健院。支持縣中醫院天文歷算研究所開展研究。
3.逐步擴大串聯(lián)質譜篩查病種，由2024年的32種增加到2027年的48種。接毒、接噪等重點行業勞動者在崗期間職業健康檢查率達到95%左右。
4.到2027年，中藥工業總產值年均增長10%以上。遴選20箇中醫優勢病種，採集古籍文獻圖像不少於50萬頁，年內新啓動3個縣域醫療衛生次中心建設。
5.持續推進醫藥領域腐敗問題集中整(zhěng)治。（人事股牽頭，基層衛生健康股、醫政醫管股配合；責任單位：縣衛生健康綜合監督執法大隊、縣直各醫療機構）
6.提升能力。（牽頭股室：醫政醫管股；配合(hé)股室：法規與綜合監督股；責任單位：縣直各醫療衛生單位）
7.提升地（市）藏醫院能力。（各地（市）人民政府（行署）牽頭，縣衛生健康委配合）
""",
}

doc = per_script_document(TEXTS, "occupational", "临泉县职业健康和妇幼健康工作方案（2025—2027年）", "临泉县",
                          "2025-03-14")


def test_a_law_and_its_own_implementing_regulation(doc):
    assert {f.title for f in facts_on_line(doc, Citation, 2)} == {"母婴保健法", "母婴保健法实施办法"}


def test_centres_a_hospital_runs_and_names_after_founding_verbs(doc):
    assert names_on_line(doc, 2, "institution") == {"临泉县妇幼保健院产前诊断中心", "临泉县新生儿疾病筛查中心"}
    assert names_on_line(doc, 5, "institution") == {"临泉县职业病防治院", "临泉县出生缺陷防治质量控制中心",
                                                    "临泉县妇幼保健院", "临泉县中医院天文历算研究所"}


def test_laboratories_alternatives_and_occupational_health_scopes(doc):
    assert requirements_on_line(doc, 4) == {
        ("职业卫生检测实验室", "县疾病预防控制中心", None, None), ("职业病科", "二级及以上公立综合医院", None, None),
        ("职业病门诊", "二级及以上公立综合医院", None, None), ("职业健康检查科", "职业健康检查机构", None, None),
        ("尘肺病康复站", "尘肺病患者相对集中的乡镇卫生院", None, None)}
    assert requirements_on_line(doc, 5) == set()


def test_measures_named_before_and_growth_rates_and_counts(doc):
    assert quantities_on_line(doc, 6) == {
        ("target", "串联质谱筛查病种", 48.0, "count", ">=", 2027),
        ("observation", "串联质谱筛查病种", 32.0, "count", "=", 2024),
        ("target", "接毒、接噪等重点行业劳动者在岗期间职业健康检查率", 95.0, "percent", "~", 2027)}
    assert quantities_on_line(doc, 7) == {
        ("target", "中药工业总产值年均增长率", 10.0, "percent", ">=", 2027),
        ("target", "中医优势病种", 20.0, "count", "=", 2027),
        ("target", "采集古籍文献图像", 50.0, "ten-thousand", ">=", 2027),
        ("target", "县域医疗卫生次中心", 3.0, "count", "=", 2027)}


def test_rectification_campaigns(doc):
    assert names_on_line(doc, 8, "programme") == {"医药领域腐败问题集中整治"}


def roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_offices_units_and_collectives_of_a_county_bureau(doc):
    assert roles(doc, 8) == {("人事股", "lead"), ("基层卫生健康股", "support"), ("医政医管股", "support"),
                             ("县卫生健康综合监督执法大队", "responsible"), ("县直各医疗机构", "responsible")}
    assert roles(doc, 9) == {("医政医管股", "lead"), ("法规与综合监督股", "support"),
                             ("县直各医疗卫生单位", "responsible")}
    assert roles(doc, 10) == {("各地（市）人民政府（行署）", "lead"), ("县卫生健康委", "support")}
