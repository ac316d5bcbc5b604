"""A town's healthy-town plan and a city's chronic disease plan (issue 14: tests/documents/probe150 and probe149,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- a village-or-community table with a population column (常住人口（人）) of the status year and a target column that
  names no measure (2026年目标（%）): the target is of the measure of the year column with its unit;
- a hospital's second branch named alone after its first (…士林分院和宋市分院) is the same hospital's; 下设 opens a name;
- villages listed before one clinic or one committee share its label (孟溪村、厚皋村、白彪村卫生室; …村民委员会);
- a town's 党政办 (with its alias in brackets) is a government office;
- a place working for a designation (信丰县创建国家级示范区) names no programme.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """新市镇2025年健康镇建设工作方案
一、基本情况
全镇有德清县新市镇中心卫生院，下设新市镇中心卫生院士林分院和宋市分院。孟溪村、厚皋村、白彪村卫生室业务用房面积偏小。
二、目标任务
表1 各村（社区）家庭医生签约服务目标
村（社区）|常住人口（人）|2024年家庭医生签约率（%）|2026年目标（%）
仙潭社区|9860|38.2|52
宋市村|5120|45.3|57
合计|14980|40.9|54
三、重点任务
1.推进村卫生室提档升级。完成宋市村、蔡界村、梅林村卫生室改扩建。支持信丰县创建国家级示范区。
牵头单位：镇社会事务办；配合单位：镇财政办，孟溪村、厚皋村、白彪村村民委员会
2.提升数字健康服务水平。推动远程服务全覆盖。（新市镇卫生院负责，镇党政办（数字化改革办）配合）
""",
    "traditional": """新市鎮2025年健康鎮建設工作方案
一、基本情況
全鎮有德清縣新市鎮中心衛生院，下設新市鎮中心衛生院士(shì)林分院和宋市分院。孟溪村、厚皋村、白彪村衛生室業務用房面積偏小。
二、目標任務
表1 各村（社區）家庭醫生簽約服務目標
村（社區）|常住人口（人）|2024年家庭醫生簽約率（%）|2026年目標（%）
仙潭(tán)社區|9860|38.2|52
宋市村|5120|45.3|57
合(hé)計|14980|40.9|54
三、重點任務
1.推進村衛生室提檔升級。完成宋市村、蔡界村、梅(méi)林村衛生室改擴建。支持信豐縣創建國家級示(shì)範區。
牽頭單位：鎮社會事務辦；配合單位：鎮財(cái)政辦，孟溪村、厚皋村、白彪村村民委員會
2.提升數字健康服務水平。推動遠程服務全覆蓋。（新市鎮衛生院負責，鎮黨(dǎng)政辦（數字化改革辦）配合）
""",
}

doc = per_script_document(TEXTS, "town-villages", "新市镇2025年健康镇建设工作方案", "德清县", "2025-03-01")


def test_a_population_column_and_a_target_of_the_rate(doc):
    assert quantities_on_line(doc, 6) == {
        ("observation", "仙潭社区常住人口", 9860.0, "count", "=", 2024),
        ("observation", "仙潭社区家庭医生签约率", 38.2, "percent", "=", 2024),
        ("target", "仙潭社区家庭医生签约率", 52.0, "percent", ">=", 2026)}
    assert {(kind, indicator, value) for kind, indicator, value, *_ in quantities_on_line(doc, 8)} == {
        ("observation", "全镇常住人口", 14980.0), ("observation", "全镇家庭医生签约率", 40.9),
        ("target", "全镇家庭医生签约率", 54.0)}


def test_branches_and_villages_sharing_a_label(doc):
    assert names_on_line(doc, 2, "institution") == {
        "德清县新市镇中心卫生院", "新市镇中心卫生院士林分院", "新市镇中心卫生院宋市分院",
        "孟溪村卫生室", "厚皋村卫生室", "白彪村卫生室"}
    assert names_on_line(doc, 10, "institution") == {"宋市村卫生室", "蔡界村卫生室", "梅林村卫生室"}


def test_no_programme_of_a_place_working_for_a_designation(doc):
    assert names_on_line(doc, 10, "programme") == set()


def test_villages_sharing_a_committee_and_a_towns_office(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 11)} == {
        ("镇社会事务办", "lead"), ("镇财政办", "support"), ("孟溪村村民委员会", "support"),
        ("厚皋村村民委员会", "support"), ("白彪村村民委员会", "support")}
    offices = {f.agency.written: f for f in facts_on_line(doc, Responsibility, 12)}
    assert offices["镇党政办（数字化改革办）"].role == "support"
    assert offices["镇党政办（数字化改革办）"].agency.type_iri.endswith("/government-office")
