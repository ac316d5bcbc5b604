"""Metadata read from a document's own text, and web-portal furniture kept out of what extractors and readers see.

The documents are written here (another province, both scripts); expected values are written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.boilerplate import furniture_lines, is_furniture
from loaders.corpus import infer_metadata
from loaders.normalise import normalise

PORTAL = """您现在的位置：首页 > 政务公开 > 政策文件 > 市政府办文件
索引号：113205000141234567/2024-00045
发布机构：泰州市人民政府办公室
成文日期：2024-03-12
发布日期：2024-03-15
文号：泰政办发〔2024〕16号
主题分类：卫生、体育
索引号：113205000141234567/2024-00045 发布机构：泰州市人民政府办公室 成文日期：2024-03-12

泰州市人民政府办公室关于印发泰州市基层医疗卫生服务能力提升行动方案的通知
各市（区）人民政府，市各委、办、局：
现将《泰州市基层医疗卫生服务能力提升行动方案》印发给你们，请认真贯彻执行。

泰州市基层医疗卫生服务能力提升行动方案
一、工作目标
到2025年，每千人口执业（助理）医师数达到3.4人。
相关解读：《泰州市基层医疗卫生服务能力提升行动方案》政策解读
【打印本页】【关闭窗口】
主办单位：泰州市人民政府办公室　网站标识码：3212000001
"""

NOTICE_TRADITIONAL = """國家衛(wèi)生健康委　國家中醫藥局關於印發基層中醫藥服務能力提升工程實施方案的通知
國衛醫發〔2024〕7號
各省、自治區、直轄市衛生健康委：
現將《基層中醫藥服務能力提升工程實施方案》印發給你們，請結合實際認真貫徹落實。
國家衛生健康委　　國家中醫藥局
2024年2月20日

基層中醫藥服務能力提升工程實施方案
"""

COUNTY = """渭南市临渭区人民政府关于印发健康临渭行动实施方案（2024—2030年）的通知
渭临政发〔2024〕3号
2024年1月8日

健康临渭行动实施方案（2024—2030年）
"""


def test_portal_catalogue_fields_give_issuer_date_number_and_the_plan_title() -> None:
    meta = infer_metadata(Path("taizhou.txt"), PORTAL)
    assert meta.title == "泰州市基层医疗卫生服务能力提升行动方案"  # the plan, not the breadcrumb or the notice
    assert meta.issuers == ("泰州市人民政府办公室",)
    assert (meta.date, meta.doc_number, meta.jurisdiction) == ("2024-03-12", "泰政办发〔2024〕16号", "泰州市")
    assert meta.inferred


def test_a_covering_notice_gives_joint_issuers_in_traditional_script_and_a_national_jurisdiction() -> None:
    meta = infer_metadata(Path("nhc.txt"), NOTICE_TRADITIONAL)
    assert meta.title == "基层中医药服务能力提升工程实施方案"
    assert meta.issuers == ("国家卫生健康委", "国家中医药局")
    assert (meta.date, meta.doc_number, meta.jurisdiction) == ("2024-02-20", "国卫医发〔2024〕7号", "中华人民共和国")
    assert meta.script == "traditional"


def test_a_district_is_found_within_the_city_the_issuer_names() -> None:
    meta = infer_metadata(Path("linwei.txt"), COUNTY)
    assert meta.title == "健康临渭行动实施方案（2024—2030年）"
    assert meta.jurisdiction in ("临渭区", "渭南市临渭区")
    assert meta.date == "2024-01-08"


SHORT_COUNTY = {
    "simplified": "攸县人民政府办公室关于印发《攸县卫生健康事业发展实施方案》的通知\n各乡镇人民政府，县直机关各单位：\n"
                  "支持株洲市中心医院对口帮扶，株洲市各区县参照执行。\n",
    "traditional": "攸縣人民政府辦公室關於印發《攸縣衛生健康事業發展實施方案》的通知\n各鄉鎮人民政府，縣直機關各單位：\n"
                   "支持株洲市中心醫院對口幫扶，株洲市各區縣參照執行。\n",
}


@pytest.mark.parametrize("script", sorted(SHORT_COUNTY))
def test_a_county_with_a_two_character_name_is_found_from_its_issuer(script: str) -> None:
    """攸县 is left out of the text search (two-character names are often ordinary words: 提高县级医院), but as the
    issuer right before its government's name it is the document's county, not the city the text names."""
    assert infer_metadata(Path("youxian.txt"), SHORT_COUNTY[script]).jurisdiction == "攸县"
    ordinary = "关于提高县级医院服务能力的通知\n各区县：\n支持株洲市中心医院对口帮扶，株洲市各区县参照执行。\n"
    assert infer_metadata(Path("ordinary.txt"), ordinary).jurisdiction == "株洲市"


@pytest.mark.parametrize(("line", "furniture"), [
    ("您现在的位置：首页 > 政务公开 > 政策文件", True),
    ("您現在的位置：首頁 > 政務公開", True),
    ("蛟河市政府信息公开专栏  >> 蛟河市卫生健康局 >> 政府信息公开基础平台", True),
    ("索  引 号: 112202813400415897/2023-05471", True),
    ("發佈機構：綿陽市人民政府辦公室", True),
    ("【打印本页】【关闭窗口】", True),
    ("【图解】《某市实施方案》", True),
    ("主办单位：某市人民政府办公室　网站标识码：3212000001　苏ICP备05012345号", True),
    ("到2025年，每千人口床位数达到6.5张。", False),
    ("| 指标 | 2020年 | 2025年 | >90 | >80 |", False),
    ("（三）加强基层医疗卫生机构发热诊室建设，二级以上医院规范设置发热门诊。", False),
    ("一、总体要求", False),
])
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_a_catalogue_field_plans_also_write_is_furniture_only_inside_a_catalogue_block() -> None:
    block = "索引号：11220281/2023-05471\n责任部门：蛟河市卫生健康局\n成文日期：2023-05-10\n"
    task = "（一）加强基层医疗卫生服务能力建设。\n责任部门：县卫生健康局\n（二）推进医共体建设。\n"
    raw = block + "\n" + task
    spans = furniture_lines(raw)
    assert [raw[a:b] for a, b in spans] == ["索引号：11220281/2023-05471\n", "责任部门：蛟河市卫生健康局\n",
                                          "成文日期：2023-05-10\n"]


def test_furniture_is_left_out_of_the_normalised_text_with_offsets_exact() -> None:
    norm = normalise(PORTAL)
    assert "您现在的位置" not in norm.text and "打印本页" not in norm.text and "索引号" not in norm.text
    assert "每千人口执业（助理）医师数达到3.4人" in norm.text
    at = norm.text.index("3.4人")
    start, end = norm.raw_span(at, at + 4)
    assert PORTAL[start:end] == "3.4人"
    spans = furniture_lines(PORTAL)
    assert [PORTAL.count("\n", 0, a) + 1 for a, _ in spans] == [1, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19]
