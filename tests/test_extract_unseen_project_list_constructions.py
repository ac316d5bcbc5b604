"""Constructions found missing on unseen plans (issue 14: tests/documents/probe38, a county-level city's healthy-city
plan with a one-cell-per-line list of projects; probe35, a county's pipe project table), written twice: in simplified
script and in traditional script with pinyin noise. Expected values are written by hand.

- a list of projects one cell per line (序号 / 项目名称 / 主要建设内容 / 责任单位 / 完成时限): each project a programme,
  its 责任单位 cell responsible for it (a header of two qualifiers, 主要建设内容, is still a task-table header);
- a project's content cell is prose, read alone (its row's other cells are the list's), its year the row's deadline
  or the last year of its period (新增床位600张 by 2026; 新建综合楼3.2万平方米 by 2025).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """某市健康城市建设实施方案（2024—2027年）
附件：重点项目清单
序号
项目名称
主要建设内容
责任单位
完成时限
1
市人民医院新院区建设项目
新建门急诊医技综合楼，新增床位600张
市卫生健康局、市人民医院
2026年12月
2
市全民健身中心项目
总建筑面积1.8万平方米
市教育和体育局
2025年12月
表2　重点建设项目
序号|项目名称|主要建设内容|建设年限|总投资（万元）|责任单位
1|县中医院综合楼建设项目|新建综合楼3.2万平方米，新增床位300张|2022—2025年|21000|县卫生健康委、县中医院
""",
    "traditional": """某市健康城市建設實施方案（2024—2027年）
附件：重點項目清單
序號
項目名稱
主要建設內容
責(zé)任單位
完成時限
1
市人民醫(yī)院新院區建設項目
新建門急診醫技綜合樓，新增牀位600張
市衛生健康局、市人民醫院
2026年12月
2
市全民健身中心項目
總建(jiàn)築面積1.8萬平方米
市教育和體育局
2025年12月
表2　重點建設項目
序號|項目名稱|主要建設內容|建設年限|總投資（萬元）|責任單位
1|縣中醫院綜合樓建設項目|新建綜合(hé)樓3.2萬平方米，新增牀位300張|2022—2025年|21000|縣衛生健康委、縣中醫院
""",
}

doc = per_script_document(TEXTS, "city-project-list", "诸城市健康城市建设实施方案(2024—2027年)", "诸城市", "2024-03-26")


def test_a_list_of_projects_one_cell_per_line(doc) -> None:
    assert names_on_line(doc, 8, "programme") == {"市人民医院新院区建设项目"}
    assert names_on_line(doc, 13, "programme") == {"市全民健身中心项目"}
    assert {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 10)} == {
        ("市卫生健康局", "responsible"), ("市人民医院", "responsible")}
    assert {(f.evidence.normalised_quote, f.role) for f in facts_on_line(doc, Responsibility, 15)} == {
        ("市教育和体育局", "responsible")}


def test_a_content_cell_is_read_as_text_with_its_rows_year(doc) -> None:
    assert {(i, v, y) for _, i, v, _, _, y in quantities_on_line(doc, 9)} == {("新增床位", 600.0, 2026)}
    assert {(i, v, y) for _, i, v, _, _, y in quantities_on_line(doc, 14)} == {("总建筑面积", 18000.0, 2025)}
    assert {(i, v, y) for _, i, v, _, _, y in quantities_on_line(doc, 19)} == {
        ("新建综合楼", 32000.0, 2025), ("新增床位", 300.0, 2025), ("县中医院综合楼建设项目总投资", 21000.0, 2025)}
