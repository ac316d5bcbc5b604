"""A district's community-health plan and a city's five-year plan (issue 14: tests/documents/probe259 and probe254,
whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- Shenzhen's 社区健康服务中心 and 社区健康服务站 are community health centres and stations: named by their street,
  they are institutions;
- a pipe table of projects named by the institution they build (坂田街道社区健康服务中心新建项目 | 新建社区健康服务中心
  1家，设置康复科、中医馆 | 2026年12月): the units of the content cell are that institution's, by the row's deadline;
- a count in Chinese numerals after 新增 (新增两个国家临床重点专科) is a value.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """龙岗区2026年社区健康服务体系高质量发展实施方案
一、现状
2025年，吉华街道社区健康服务中心达到推荐标准，全区新增两个国家临床重点专科。
二、重点项目
| 序号 | 街道 | 项目名称 | 建设内容 | 完成时限 |
|---|---|---|---|---|
| 1 | 坂田街道 | 坂田街道社区健康服务中心新建项目 | 新建社区健康服务中心1家，设置康复科、中医馆 | 2026年12月 |
| 2 | 布吉街道 | 布吉街道社区健康服务中心提质改造项目 | 改造提升社区健康服务中心1家，增设心理咨询室 | 2026年9月 |
""",
    "traditional": """龍崗區2026年社區健康服務體系高質量發展實施方案
一、現狀
2025年，吉華街道社區健康服務中心達到推薦標準，全區新增兩個國家臨床重點專科。
二、重點項目
|序號|街道|項目名稱|建設內容|完成時限|
|:---:|:---:|:---|:---|:---:|
|1|坂田街道|坂田街道社區健康服務中心新建項(xiàng)目|新建社區健康服(fú)務中心1家，設置康復科、中醫館|2026年12月|
|2|布吉街道|布吉街道社區健康服務中心提質改造項目|改造提升社區健康服務中心1家，增設心理諮(zī)詢室|2026年9月|
""",
}

doc = per_script_document(TEXTS, "longgang-community", "龙岗区2026年社区健康服务体系高质量发展实施方案", "龙岗区",
                          "2026-03-06")


def test_shenzhens_community_health_centres_are_institutions(doc) -> None:
    assert names_on_line(doc, 2, "institution") == {"吉华街道社区健康服务中心"}


def test_a_projects_units_are_its_institutions_by_its_deadline(doc) -> None:
    assert requirements_on_line(doc, 6) == {("康复科", "坂田街道社区健康服务中心", None, 2026),
                                            ("中医馆", "坂田街道社区健康服务中心", None, 2026)}
    assert requirements_on_line(doc, 7) == {("心理咨询室", "布吉街道社区健康服务中心", None, 2026)}


def test_a_count_in_chinese_numerals_after_xinzeng(doc) -> None:
    assert ("observation", 2.0, 2025) in {(k, v, y) for k, _, v, _, _, y in quantities_on_line(doc, 2)}
