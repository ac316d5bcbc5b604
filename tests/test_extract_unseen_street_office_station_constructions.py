"""A street office's community health and elderly care plan (issue 14: tests/documents/probe169, whose key reads them
so), written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by
hand.

- the street's name without 街道 heads its own centres (白沙社区卫生服务中心, 白沙颐年护养院) and 综合为老服务中心 is a
  kind of elderly care centre;
- a community's station is named by the community when the text names the community on its own, or when the name
  fills a table cell (和平社区卫生服务站: 和 inside a name);
- a hospital's training base (…医院全科医学培训基地) and a college named by the district's short name (蓬江职业技术学院
  in a plan of 蓬江区);
- a bare role word with its colon marks a list in a bracket (（牵头：…；配合：…）, 参与：);
- a table one cell per line with a community column and the stations' names, under a caption of each community's
  measure (各社区家庭医生签约率): each value is the community's, the total row the whole street's.
"""

from __future__ import annotations

import pytest

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """白沙街道社区卫生与养老服务工作方案
一、现状
近年来，街道以白沙社区卫生服务中心为枢纽，建成白沙街道综合为老服务中心。泰和社区尚未建成社区卫生服务站。
二、重点任务
1.补齐站点。2025年底前建成泰和社区卫生服务站并投入使用。（牵头：社区卫生服务办；配合：财政办、城建办）
2.培养人才。依托蓬江区人民医院全科医学培训基地开展转岗培训，联合蓬江职业技术学院培训养老护理员。
3.深化医养结合。支持白沙颐年护养院内设医务室。（牵头：民政办；参与：社区卫生服务办）
表1　白沙街道各社区家庭医生签约率现状及目标
社区
社区卫生服务站名称
2024年家庭医生签约率（%）
2026年目标（%）
泰和社区
泰和社区卫生服务站（筹建）
40.5
48.0
和平社区
和平社区卫生服务站
38.0
45.0
合计
—
39.2
46.5
""",
    "traditional": """白沙街道社區衛生與養老服務工作方案
一、現狀
近年來(lái)，街道以白沙社區衛生服務中心爲樞紐，建成白沙街道綜(zōng)合爲老服務中心。泰和社區尚未建成社區衛生服務站。
二(èr)、重點任務
1.補齊站點。2025年底前建成泰和社區衛生服務站並(bìng)投入使用。（牽頭：社區衛生服務辦；配合：財政辦、城建辦）
2.培養(yǎng)人才。依託蓬江區人民醫院全科醫學培訓基地開展轉崗(gǎng)培訓，聯合蓬江職業技術學院培訓養老護理員。
3.深化醫養(yǎng)結合。支持白沙頤年護養院內設醫務室。（牽頭：民政辦；參與(yǔ)：社區衛生服務辦）
表1　白沙街道各社區家庭醫生簽約率現(xiàn)狀及目標
社區
社區衛生服務站名稱
2024年家庭醫生簽約率(lǜ)（%）
2026年目標（%）
泰和社區
泰和社區衛生服務站（籌建）
40.5
48.0
和平社區
和(hé)平社區衛生服務站
38.0
45.0
合計
—
39.2
46.5
""",
}

doc = per_script_document(TEXTS, "street-office-stations", "白沙街道社区卫生与养老服务工作方案", "江门市蓬江区", "2025-03-12")


def test_the_streets_short_name_heads_its_centres(doc):
    assert names_on_line(doc, 2, "institution") == {"白沙社区卫生服务中心", "白沙街道综合为老服务中心"}
    assert names_on_line(doc, 6, "institution") == {"白沙颐年护养院"}


def test_a_station_named_by_a_community_the_text_names(doc):
    assert names_on_line(doc, 4, "institution") == {"泰和社区卫生服务站"}


def test_a_training_base_and_a_college_of_the_district(doc):
    assert names_on_line(doc, 5, "institution") == {"蓬江区人民医院全科医学培训基地", "蓬江职业技术学院"}


@pytest.mark.parametrize(("line", "expected"), [
    (4, {("社区卫生服务办", "lead"), ("财政办", "support"), ("城建办", "support")}),
    (6, {("民政办", "lead"), ("社区卫生服务办", "support")}),
])
def test_bare_role_words_mark_the_lists(doc, line, expected):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, line)} == expected


@pytest.mark.parametrize(("line", "station"), [(13, "泰和社区卫生服务站"), (17, "和平社区卫生服务站")])
def test_stations_alone_in_their_cells(doc, line, station):
    assert names_on_line(doc, line, "institution") == {station}


@pytest.mark.parametrize(("line", "who", "year", "kind", "value", "comparator"), [
    (14, "泰和社区", 2024, "observation", 40.5, "="),
    (15, "泰和社区", 2026, "target", 48.0, ">="),
    (18, "和平社区", 2024, "observation", 38.0, "="),
    (19, "和平社区", 2026, "target", 45.0, ">="),
    (22, "全街道", 2024, "observation", 39.2, "="),
    (23, "全街道", 2026, "target", 46.5, ">="),
])
def test_each_communitys_own_measure(doc, line, who, year, kind, value, comparator):
    assert quantities_on_line(doc, line) == {(kind, f"{who}家庭医生签约率", value, "percent", comparator, year)}
