"""A national notice and two local plans (issue 14: tests/documents/probe269–probe271, whose keys read them so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- an addressee that 要牵头 a task, with kinds of department that 配合 it, leads and they support (省级卫生健康行政部门要
  牵头…，各级疾控部门、中医药主管部门配合…); 中医药主管部门 is the TCM administration; addressees told what to do
  (各级卫生健康行政部门和中医药主管部门要高度重视…) are given no task;
- counts of animals in 万只次 and 万头 are values;
- an animal disease control centre and a 医养中心 are institutions;
- a kind of project (巩固现有项目, 制定本省份2026年项目实施方案) is no programme, a heading's 服务科室 no unit.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """关于做好2026年重点传染病和地方病防治工作的通知
各省、自治区、直辖市卫生健康委、疾控局、中医药局：
一、工作进展
2025年，全国投药驱虫1520万只次，牦牛驱虫2860万头，依托内蒙古自治区动物疫病预防控制中心和北京市朝阳区颐和医养中心开展试点。
二、重点任务
（一）强化绩效评价。省级卫生健康行政部门要牵头组织年度绩效评价，各级疾控部门、中医药主管部门配合开展项目评价。
（二）规范设置服务科室。各地要巩固现有项目，结合实际制定本省份2026年项目实施方案。
（三）加强组织领导。各级卫生健康行政部门和中医药主管部门要高度重视防治工作。
""",
    "traditional": """關於做好2026年重點傳染病和地方病防治工作的通知
各省、自治區、直轄市衛生健康委、疾控局、中醫藥局：
一、工作進(jìn)展
2025年，全國投藥驅蟲1520萬隻次，犛牛驅蟲2860萬頭，依託內蒙古自治區動物疫病預防控制中心和北京市朝陽區頤和醫養中心開展試點。
二、重點任務
（一）強化績效評價。省級衛生健康行政部門要牽頭組織年度績效評(píng)價，各級疾控部門、中醫藥主管部門配合開展項目評價。
（二）規範設置服務科室。各地要鞏固現有項目，結合實際制定本省份2026年項目實施方(fāng)案。
（三）加強組織領導。各級衛生健康行政部門和中醫藥主管部門要高度重視防治工作。
""",
}

doc = per_script_document(TEXTS, "national-endemic", "关于做好2026年重点传染病和地方病防治工作的通知", "全国",
                          "2026-03-02")


def _roles(doc, line: int) -> set[tuple[str, str]]:
    return {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_animal_counts_and_institutions_of_animal_control_and_care(doc) -> None:
    found = {(value, unit) for _, _, value, unit, _, _ in quantities_on_line(doc, 3)}
    assert {(1520.0, "ten-thousand"), (2860.0, "ten-thousand")} <= found, found
    assert names_on_line(doc, 3, "institution") == {"内蒙古自治区动物疫病预防控制中心", "北京市朝阳区颐和医养中心"}


def test_an_addressee_that_leads_and_kinds_of_department_that_support(doc) -> None:
    assert _roles(doc, 5) == {("省级卫生健康行政部门", "lead"), ("各级疾控部门", "support"),
                              ("中医药主管部门", "support")}


def test_kinds_of_project_are_no_programmes_and_a_headings_room_no_unit(doc) -> None:
    assert names_on_line(doc, 6, "programme") == set()
    assert requirements_on_line(doc, 6) == set()


def test_addressees_told_what_to_do_get_no_task(doc) -> None:
    assert _roles(doc, 7) == set()
