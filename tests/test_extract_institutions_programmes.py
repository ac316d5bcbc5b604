"""Named institutions (typed, located, one entity across mentions) and named programmes with responsible agencies."""

from __future__ import annotations

from loaders.build import build_graphs
from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.programmes import find_programmes

BASE = "https://w3id.org/policykg/"
IT = "https://w3id.org/policykg/vocab/institution-type/"
J = "https://w3id.org/policykg/vocab/jurisdiction/"
TEXT = """杭州市卫生健康事业发展实施方案
一、重点任务
（一）打造高水平医院。支持市第一人民医院、市中医院建设高水平医院，推进萧山人民医院、富阳中医院等区域中心医院建设，依托浙江省人民医院开展合作。加强县级医院和公立医院建设。（市卫生健康委、市财政局）
（二）实施“健康杭州”行动。深入实施基层医疗卫生服务能力提升工程，推进“百医进万家”项目，落实计划生育政策。（市卫生健康委、市医保局）
（三）加强市第一人民医院学科建设。
"""
MANIFEST = """[[document]]
id = "hangzhou-plan"
source_file = "hangzhou.txt"
title = "杭州市卫生健康事业发展实施方案"
jurisdiction = "杭州市"
"""


def mentions(write_corpus, kind: str) -> list[NamedEntityMention]:
    folder = write_corpus({"hangzhou.txt": TEXT}, manifest=MANIFEST)
    doc = build_graphs(folder, BASE, with_static=False).documents[0]
    return [f for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == kind]


def test_institutions_are_named_typed_and_located(write_corpus) -> None:
    found = mentions(write_corpus, "institution")
    names = {f.name for f in found}
    assert {"杭州市第一人民医院", "杭州市中医院", "萧山人民医院", "富阳中医院", "浙江省人民医院"} <= names
    assert not any("县级" in n or "公立" in n for n in names)
    first = [f for f in found if f.name == "杭州市第一人民医院"]
    assert len(first) == 2 and len({f.iri for f in first}) == 1 and {f.provision for f in first} == {"1.1", "1.3"}
    assert first[0].jurisdiction_iri == J + "330100" and first[0].type_iri == IT + "hospital"
    province = next(f for f in found if f.name == "浙江省人民医院")
    assert province.jurisdiction_iri == J + "330000"
    assert next(f for f in found if f.name == "杭州市中医院").type_iri == IT + "tcm-hospital"


def test_programmes_with_responsible_agencies(write_corpus) -> None:
    found = {f.name: f for f in mentions(write_corpus, "programme")}
    assert {"健康杭州行动", "基层医疗卫生服务能力提升工程", "百医进万家项目"} <= set(found)
    assert not any("生育" in n for n in found)
    assert {a.label for a in found["百医进万家项目"].responsible} == {"杭州市卫生健康委", "杭州市医保局"}


def test_stop_list_and_quoted_names() -> None:
    """A quoted name ending the phrase is the name (中医师承“薪火工程” → 薪火工程); a quoted part followed by the
    programme word belongs to the whole phrase (…保护“百技千方”项目); counts and batches name nothing."""
    found = find_programmes("实施中医师承“薪火工程”，实施民间中医药技术挖掘保护“百技千方”项目，"
                            "实施4大专项行动，开展一批重点研发项目。")
    assert [(s, e, n) for s, e, n, _ in found] == [(2, 12, "薪火工程"), (15, 34, "民间中医药技术挖掘保护百技千方项目")]


def test_seed_institutions_and_programmes(seed_docs) -> None:
    def names(doc, kind: str) -> set[str]:
        return {f.name for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == kind}

    assert {"中山市人民医院", "中山市中医院", "中山市博爱医院", "中山市第二人民医院", "小榄人民医院"} <= names(
        seed_docs["zhongshan"], "institution")
    assert {"蛟河市人民医院", "吉林市中心血站"} <= names(seed_docs["jiaohe"], "institution")
    assert "内蒙古自治区人民医院" in names(seed_docs["inner_mongolia"], "institution")
    assert "广州实验室" in names(seed_docs["guangdong"], "institution")
    assert {"千县工程", "万名医护下基层项目"} <= names(seed_docs["inner_mongolia"], "programme")
    assert {"薪火工程", "民间中医药技术挖掘保护百技千方项目", "百县千镇万村高质量发展工程"} <= names(
        seed_docs["zhongshan"], "programme")
    assert {"呼吸疾病国家重点实验室", "香港大学深圳医院", "横琴粤澳合作中医药科技产业园", "广东省公共卫生医学中心",
            "世界卫生组织新发传染病合作中心"} <= names(seed_docs["guangdong"], "institution")
    assert {"中山市博爱医院生殖分院", "中科中山药物创新研究院", "中山市康复医院"} <= names(seed_docs["zhongshan"],
                                                                                   "institution")
    assert {"西部疑难危重传染病紧急救援中心", "东部疑难危重传染病紧急救援中心", "内蒙古自治区胸科医院"} <= names(
        seed_docs["inner_mongolia"], "institution")
    assert "健康广东行动" in names(seed_docs["guangdong"], "programme")


ROW_TABLE = """安吉县医共体建设实施方案
二、重点任务
（一）强化县级医院龙头作用。
附件
重点任务分工表
序号|重点任务|牵头单位|配合单位|完成时限
1 |实施县级医院能力提升工程|县卫生健康局|县财政局| 2024年12月
2 |医共体医保基金总额预算管理|县医保分局|县人力社保局| 持续推进
"""


def test_a_programme_in_a_task_table_row_gets_that_rows_agencies_only(write_corpus) -> None:
    folder = write_corpus({"anji.txt": ROW_TABLE}, manifest=MANIFEST.replace("hangzhou.txt", "anji.txt")
                          .replace("杭州市卫生健康事业发展实施方案", "安吉县医共体建设实施方案").replace("杭州市", "安吉县"))
    doc = build_graphs(folder, BASE, with_static=False).documents[0]
    found = {f.name: f for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == "programme"}
    assert {a.label for a in found["县级医院能力提升工程"].responsible} == {"安吉县卫生健康局", "安吉县财政局"}
