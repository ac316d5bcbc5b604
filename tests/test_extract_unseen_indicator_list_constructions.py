"""A city's healthy city plan and a county-level city's medical and elderly care plan (issue 14:
tests/documents/probe226 and probe225, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- numbered indicator lines `（2）孕产妇死亡率：控制在10/10万以下。` without a year: the item's number is no value, the
  label names the value, and the value is of the plan's horizon;
- a health centre's own elderly care unit in a table cell (稠城街道社区卫生服务中心医养结合中心) is one institution;
- a sentence of its own after a task naming units by 由 (…。由市民政局、市卫生健康局按职责分工负责。): both are
  responsible.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """端江市健康城市建设行动方案（2026—2030年）
一、主要目标
主要指标如下（未注明年份的为2030年目标值）：
（1）人均预期寿命：2028年达到80.0岁，2030年达到80.5岁以上。
（2）孕产妇死亡率：控制在10/10万以下。
（8）每千人口医疗卫生机构床位数：达到6.6张。
二、重点任务
表1　医养结合机构
镇街 | 医养结合机构名称 | 现有床位（张） | 2028年床位（张）
稠城街道 | 稠城街道社区卫生服务中心医养结合中心 | 120 | 180
（五）完善服务规范。研究制定医养结合机构服务质量评价办法。由市民政局、市卫生健康局按职责分工负责。
""",
    "traditional": """端江市健康城市建設行動方案（2026—2030年）
一、主要目標
主要指標如下（未註明年份的為2030年目標值）：
（1）人均預期壽命：2028年達到80.0歲，2030年達到80.5歲以上。
（2）孕(yùn)產婦死亡率：控制在10/10萬以下。
（8）每千人口醫療衛生機構床位數：達到6.6張。
二、重點任務
表1　醫養結合機構
鎮街 | 醫養結合機構名稱 | 現有床位（張） | 2028年床位（張）
稠城街道 | 稠城街道社區衛生服務中心醫養結合中心 | 120 | 180
（五）完善服務規範。研究制定醫養結合機構服務質量評價辦(bàn)法。由市民政局、市衛生健康局按職責分工負責。
""",
}

doc = per_script_document(TEXTS, "indicator-list", "端江市健康城市建设行动方案（2026—2030年）", "端江市",
                          "2026-03-12")


def test_numbered_indicator_lines_without_a_year(doc):
    assert {(q[1], q[2], q[5]) for q in quantities_on_line(doc, 4)} == {("孕产妇死亡率", 10.0, 2030)}
    assert {(q[1], q[2], q[5]) for q in quantities_on_line(doc, 5)} == {("每千人口医疗卫生机构床位数", 6.6, 2030)}


def test_a_health_centres_care_unit_is_one_institution(doc):
    assert names_on_line(doc, 9, "institution") == {"稠城街道社区卫生服务中心医养结合中心"}


def test_units_named_after_by_in_a_sentence_of_their_own(doc):
    roles = {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 10)}
    assert roles == {("市民政局", "responsible"), ("市卫生健康局", "responsible")}
