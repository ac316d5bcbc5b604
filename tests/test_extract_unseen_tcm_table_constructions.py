"""A county's traditional Chinese medicine and emergency plan (issue 14: tests/documents/probe170, probe171 and
probe172, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a table with one row per township hospital, a column of a unit's status (中医馆现状) and a deadline column
  (完成年度): each hospital builds or upgrades the unit by its deadline, whatever its status;
- a list of items sharing a counted head (胸痛、卒中、…危重新生儿救治五大中心): each item is a centre of its own;
- 急救医疗中心 is an emergency centre's name;
- 名医名科 is a slogan and a person's 名中医工作室 no department.
"""

from __future__ import annotations

import pytest

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """岭南县中医药服务能力提升方案
一、重点任务
1.推进中医馆建设。各乡镇卫生院中医馆建设安排见表1。
表1 岭南县乡镇卫生院中医馆建设安排表
| 序号 | 乡镇卫生院 | 中医馆现状 | 建设类型 | 完成年度 |
| 1 | 城关镇中心卫生院 | 2018年建成 | 提档升级 | 2025 |
| 2 | 白石乡卫生院 | 未建 | 新建 | 2026 |
2.加强急救体系。推动县人民医院建设胸痛、卒中、创伤、危重孕产妇救治、危重新生儿救治五大中心，支持县急救医疗中心建设。
3.打造名医名科。在县中医医院设立李明华名中医工作室。
""",
    "traditional": """嶺南縣中醫藥服務能力提升方案
一、重點任務
1.推進中醫(yī)館建設。各鄉鎮衛生院中醫館建設安排見表1。
表1 嶺南縣鄉(xiāng)鎮衛生院中醫館建設安排表
| 序號 | 鄉鎮衛生院 | 中醫館現(xiàn)狀 | 建設類型 | 完成年度 |
| 1 | 城關鎮中心衛生院 | 2018年建成 | 提檔升(shēng)級 | 2025 |
| 2 | 白石鄉衛生院 | 未建 | 新建 | 2026 |
2.加強急救體系。推動縣人民醫(yī)院建設胸痛、卒中、創傷、危重孕產婦救治、危重新生兒救治(zhì)五大中心，支持縣急救醫療中心建設。
3.打造名醫名科。在縣(xiàn)中醫醫院設立李明華名中醫工作室。
""",
}

doc = per_script_document(TEXTS, "tcm-table", "岭南县中医药服务能力提升方案", "岭南县", "2024-05-14")


@pytest.mark.parametrize(("line", "hospital", "year"), [(5, "城关镇中心卫生院", 2025), (6, "白石乡卫生院", 2026)])
def test_a_units_status_column_beside_a_deadline(doc, line, hospital, year):
    assert requirements_on_line(doc, line) == {("中医馆", hospital, None, year)}


def test_a_counted_head_shared_by_a_list(doc):
    assert requirements_on_line(doc, 7) == {(f"{name}中心", "县人民医院", None, None)
                                            for name in ("胸痛", "卒中", "创伤", "危重孕产妇救治", "危重新生儿救治")}
    assert "岭南县急救医疗中心" in names_on_line(doc, 7, "institution")


def test_a_slogan_and_a_persons_studio_are_no_units(doc):
    assert requirements_on_line(doc, 8) == set()
