"""Named institutions and programmes, one construction of Chinese plans per clause, each document written twice: in
simplified script and in traditional script with pinyin noise. Expected names, types, jurisdictions and quotes are
written by hand; evidence is compared with the raw text written here, its offset with where that text stands."""

from __future__ import annotations

import pytest

from loaders.extract.names import (
    abbreviated_direction,
    canonical,
    clause_end,
    fold_variants,
    longest_first,
    shared_tail,
    split_members,
)
from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.programmes import find_programmes
from tests.conftest import build_written

IT = "https://w3id.org/policykg/vocab/institution-type/"
SHAOXING, WENZHOU = "330600", "330300"

INSTITUTIONS_SIMPLIFIED = """绍兴市卫生健康发展规划
一、重点任务
（一）支持绍兴市第二医院建设区域医疗中心，加快建设市公共卫生救治中心和市危重孕产妇和危重儿童救治中心，完善我市危重新生儿救治中心。
（二）深化与浙江大学医学院附属第二医院合作，推动复旦大学附属中山医院绍兴医院建设，推广香港大学深圳医院管理模式。
（三）推进肝胆疾病国家重点实验室、中药制剂工程研究中心建设，依托世界卫生组织传统医学合作中心开展交流。支持前海建设国际医疗合作中心。
（四）规划建设绍兴生物医药产业园，鼓励各县建设中医药产业园。支持温州医科大学与绍兴市人民医院共建研究平台。
（五）建成绍兴市人民医院东湖分院，做好市中医院新院区建设。做强市儿童医院、眼科医院。推进南、北部急危重症紧急救援中心建设。依托市精神卫生中心开展培训。
（六）支持绍兴大学附属医院（绍兴市第一医院）发展。加强县级医院和公立医院建设，深化绍兴市公立医院改革，建设一批省级医学中心。贯彻《绍兴市人民医院发展规划》。
（七）支持安昌镇卫生院、柯岩街道社区卫生服务中心建设，加强各镇卫生院和全县乡镇卫生院建设。
（八）支持中科越医药物创新研究院建设中药标准化技术国家工程研究中心绍兴基地，深化与中国科学院绍兴物质科学研究院合作。
"""

INSTITUTIONS_TRADITIONAL = """紹興市衛生健康發展規劃
一、重點任務
（一）支持紹興市第二醫(yī)院建設區域醫療中心，加快建設市公共衛(wèi)生救治中心和市危重孕產婦和危重兒童救治中心，完善我市危重新生兒救治中心。
（二）深化與浙江大學醫(yī)學院附屬第二醫院合作，推動復旦大學附屬中山醫院紹興醫院建設，推廣香港大學深圳醫(yī)院管理模式。
（三）推進肝膽疾病國家重點實驗室、中藥製劑工程研究中心建設，依託世界衛(wèi)生組織傳統醫學合作中心開展交流。支持前海建設國際醫療合作中心。
（四）規劃建設紹興生物醫藥產業園，鼓勵各縣建設中醫藥產業園。支持溫州醫科大學與紹興市人民醫院共建研究平臺。
（五）建成紹興市人民醫院東湖分院，做好市中醫院新院區建設。做強市兒童醫院、眼科醫院。推進南、北部急危重症緊急救援中心建設。依託市精神衞生中心開展培訓。
（六）支持紹興大學附屬醫院（紹興市第一醫院）發展。加強縣級醫院和公立醫院建設，深化紹興市公立醫院改革，建設一批省級醫學中心。貫徹《紹興市人民醫院發展規劃》。
（七）支持安昌鎮衛生院、柯岩街道社區衛(wèi)生服務中心建設，加強各鎮衛生院和全縣鄉鎮衛生院建設。
（八）支持中科越醫藥物創新研究院建設中藥標準化技術國家工程研究中心紹興基地，深化與中國科學院紹興物質科(kē)學研究院合作。
"""

# canonical name → (quote in the simplified text, quote in the traditional text, type, jurisdiction code)
INSTITUTIONS = {
    # a jurisdiction's name heads it
    "绍兴市第二医院": ("绍兴市第二医院", "紹興市第二醫(yī)院", "hospital", SHAOXING),
    "绍兴生物医药产业园": ("绍兴生物医药产业园", "紹興生物醫藥產業園", "industrial-park", SHAOXING),
    "温州医科大学": ("温州医科大学", "溫州醫科大學", "university", WENZHOU),
    # a level prefix (or 我市) heads it; a designation carries a longer body, 和 included
    "绍兴市公共卫生救治中心": ("市公共卫生救治中心", "市公共衛(wèi)生救治中心", "treatment-centre", SHAOXING),
    "绍兴市危重孕产妇和危重儿童救治中心": ("市危重孕产妇和危重儿童救治中心", "市危重孕產婦和危重兒童救治中心",
                                            "treatment-centre", SHAOXING),
    "绍兴市危重新生儿救治中心": ("我市危重新生儿救治中心", "我市危重新生兒救治中心", "treatment-centre", SHAOXING),
    "绍兴市精神卫生中心": ("市精神卫生中心", "市精神衞生中心", "mental-health-centre", SHAOXING),
    # an organisation and what it runs; hospitals of other jurisdictions
    "浙江大学医学院附属第二医院": ("浙江大学医学院附属第二医院", "浙江大學醫(yī)學院附屬第二醫院", "hospital", ""),
    "复旦大学附属中山医院绍兴医院": ("复旦大学附属中山医院绍兴医院", "復旦大學附屬中山醫院紹興醫院", "hospital", ""),
    "香港大学深圳医院": ("香港大学深圳医院", "香港大學深圳醫(yī)院", "hospital", ""),
    "绍兴大学附属医院": ("绍兴大学附属医院", "紹興大學附屬醫院", "hospital", ""),
    # designations named by their topic
    "肝胆疾病国家重点实验室": ("肝胆疾病国家重点实验室", "肝膽疾病國家重點實驗室", "laboratory", ""),
    "中药制剂工程研究中心": ("中药制剂工程研究中心", "中藥製劑工程研究中心", "engineering-research-centre", ""),
    "世界卫生组织传统医学合作中心": ("世界卫生组织传统医学合作中心", "世界衛(wèi)生組織傳統醫學合作中心",
                                    "collaborating-centre", ""),
    "北部急危重症紧急救援中心": ("北部急危重症紧急救援中心", "北部急危重症緊急救援中心", "emergency-rescue-centre", ""),
    # a branch after a name; a level prefix shared by a list; 南、北部 = 南部, 北部
    "绍兴市人民医院东湖分院": ("绍兴市人民医院东湖分院", "紹興市人民醫院東湖分院", "branch-institution", SHAOXING),
    "绍兴市中医院新院区": ("市中医院新院区", "市中醫院新院區", "branch-institution", SHAOXING),
    "绍兴市儿童医院": ("市儿童医院", "市兒童醫院", "hospital", SHAOXING),
    "绍兴市眼科医院": ("眼科医院", "眼科醫院", "hospital", SHAOXING),
    "南部急危重症紧急救援中心": ("南、北部急危重症紧急救援中心", "南、北部急危重症緊急救援中心", "emergency-rescue-centre", ""),
    "绍兴市人民医院": ("绍兴市人民医院", "紹興市人民醫院", "hospital", SHAOXING),
    # institutes and their bases
    "中科越医药物创新研究院": ("中科越医药物创新研究院", "中科越醫藥物創新研究院", "research-institute", ""),
    "中药标准化技术国家工程研究中心绍兴基地": ("中药标准化技术国家工程研究中心绍兴基地", "中藥標準化技術國家工程研究中心紹興基地",
                                              "branch-institution", ""),
    "中国科学院绍兴物质科学研究院": ("中国科学院绍兴物质科学研究院", "中國科學院紹興物質科(kē)學研究院",
                                    "research-institute", ""),
    # a town's name before its health centre (a category such as 各镇卫生院, 乡镇卫生院 is none)
    "安昌镇卫生院": ("安昌镇卫生院", "安昌鎮衛生院", "township-health-centre", SHAOXING),
    "柯岩街道社区卫生服务中心": ("柯岩街道社区卫生服务中心", "柯岩街道社區衛(wèi)生服務中心", "community-health-centre",
                                SHAOXING),
}

MANIFEST = """
[[document]]
id = "{id}"
source_file = "{id}.txt"
title = "绍兴市卫生健康发展规划"
jurisdiction = "绍兴市"
date = "2023-03-01"
script = "{script}"
"""


def mentions(folder, text: str, doc_id: str, script: str, kind: str) -> tuple[str, list[NamedEntityMention]]:
    doc = build_written(folder, {f"{doc_id}.txt": text}, MANIFEST.format(id=doc_id, script=script))[0]
    return doc.source.raw, [f for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == kind]


@pytest.fixture(scope="module", params=["simplified", "traditional"])
def institutions(request, tmp_path_factory) -> tuple[str, str, list[NamedEntityMention]]:
    text = INSTITUTIONS_SIMPLIFIED if request.param == "simplified" else INSTITUTIONS_TRADITIONAL
    raw, found = mentions(tmp_path_factory.mktemp(request.param), text, f"inst-{request.param}", request.param,
                          "institution")
    return request.param, raw, found


@pytest.mark.parametrize("name", sorted(INSTITUTIONS))
def test_institution_named_typed_located_with_exact_evidence(institutions, name: str) -> None:
    script, raw, found = institutions
    simplified_quote, traditional_quote, type_slug, code = INSTITUTIONS[name]
    quote = simplified_quote if script == "simplified" else traditional_quote
    hits = [f for f in found if f.name == name and f.evidence.quote == quote]
    assert hits, (name, sorted({f.name for f in found}))
    mention = hits[0]
    assert mention.evidence.start == raw.index(quote, raw.index("一、")) and mention.evidence.end == \
        mention.evidence.start + len(quote)
    assert mention.type_iri == IT + type_slug
    assert mention.jurisdiction_iri == (f"https://w3id.org/policykg/vocab/jurisdiction/{code}" if code else "")
    assert f"/institution/{code or 'unknown'}/" in mention.iri


def test_institutions_found_are_exactly_the_named_ones(institutions) -> None:
    """Kinds (县级医院, 公立医院, 区域医疗中心, 中医药产业园 of every county, 国际医疗合作中心, 一批省级医学中心) and names
    inside a cited title 《…》 are no institutions."""
    _, _, found = institutions
    assert {f.name for f in found} == set(INSTITUTIONS)


def test_alias_in_brackets_is_the_same_institution(institutions) -> None:
    script, raw, found = institutions
    alias = "绍兴市第一医院" if script == "simplified" else "紹興市第一醫院"
    mention = next(f for f in found if f.evidence.quote == alias)
    main = next(f for f in found if f.name == "绍兴大学附属医院" and f.evidence.quote != alias)
    assert mention.iri == main.iri and mention.name == "绍兴大学附属医院"
    assert mention.evidence.start == raw.index(alias)


PROGRAMMES_SIMPLIFIED = """绍兴市卫生健康发展规划
一、重点任务
（一）深入实施健康乡村工程、基层名医培养计划和慢病管理试点，实施县级综合医院、县级中医医院能力提升行动。
（二）开展控烟、限酒等专项行动，实施高血压、糖尿病防治两大专项行动，开展“无烟单位”创建、健康讲座等健康促进行动。
（三）实施“健康融入万策”，拓展实施“跨境药械通”政策，以“百院千医”工程为抓手。实施乡村医生“强基”培训计划，开展独居老人“暖心关爱行动”。
（四）加大对农村改厕工程的支持力度。全面推进健康绍兴建设，建设健康绍兴，以创建国家中医药综合改革示范区为契机。
（五）开展健康教育活动，实施计划生育政策，开展专项行动，推进重大项目建设，打造一批健康促进示范城市，贯彻实施国家残疾预防行动计划，做好市中医院综合楼工程建设。贯彻《健康绍兴行动实施方案》。将青少年作为实施全民健身计划的重点人群。开展爱国卫生月活动，实施年度投资计划，推进社区衞生服务能力提升行动。
（六）实施基层医疗服务能力提升工程，推进基层医疗服务体系能力提升工程。实施中医人才培育计划和中医人才培育登峰计划。
"""

PROGRAMMES_TRADITIONAL = """紹興市衛生健康發展規劃
一、重點任務
（一）深入實施健康鄉村工程、基層名醫培養計(jì)劃和慢病管理試點，實施縣級綜合醫院、縣級中醫醫(yī)院能力提升行動。
（二）開展控煙、限酒等專項行動，實施高血壓、糖尿病防治兩大專項行動，開展“無煙單位”創建、健康講座等健康促進行動。
（三）實施“健康融入萬策”，拓展實施“跨境藥械通”政策，以“百院千醫”工程為(wèi)抓手。實施鄉村醫生“強基”培訓計劃，開展獨居老人“暖心關愛行動”。
（四）加大對農村改廁工程的支持力度。全面推進健康紹興建設，建設健康紹興，以創建國家中醫藥綜合改革示範區為契機。
（五）開展健康教育活動，實施計劃生育政策，開展專項行動，推進重大項目建設，打造一批健康促進示範城市，貫徹實施國家殘疾預防行動計劃，做好市中醫院綜合樓工程建設。貫徹《健康紹興行動實施方案》。將青少年作為實施全民健身計劃的重點人群。開展愛國衛生月活動，實施年度投資計劃，推進社區衞生服務能力提升行動。
（六）實施基層醫療服務能力提升工程，推進基層醫療服務體系能力提升工程。實施中醫人才培育計劃和中醫人才培育登峰計劃。
"""

# canonical name → (quote in the simplified text, quote in the traditional text, kind)
PROGRAMMES = {
    # members of an implementing verb's object, each ending in a programme word
    "健康乡村工程": ("健康乡村工程", "健康鄉村工程", "工程 project"),
    "基层名医培养计划": ("基层名医培养计划", "基層名醫培養計(jì)劃", "计划 plan"),
    "慢病管理试点": ("慢病管理试点", "慢病管理試點", "试点 pilot"),
    # heads sharing the last member's tail
    "县级综合医院能力提升行动": ("县级综合医院", "縣級綜合醫院", "行动 campaign"),
    "县级中医医院能力提升行动": ("县级中医医院能力提升行动", "縣級中醫醫(yī)院能力提升行動", "行动 campaign"),
    # a generic tail after 等 or a count goes to each head (with the activity the last head names)
    "控烟专项行动": ("控烟", "控煙", "行动 campaign"),
    "限酒专项行动": ("限酒等专项行动", "限酒等專項行動", "行动 campaign"),
    "高血压防治专项行动": ("高血压", "高血壓", "行动 campaign"),
    "糖尿病防治专项行动": ("糖尿病防治两大专项行动", "糖尿病防治兩大專項行動", "行动 campaign"),
    # a tail after 等 with a proper head is one programme; a quoted member with an activity word is one
    "无烟单位创建": ("“无烟单位”创建", "“無煙單位”創建", "创建 designation campaign"),
    "健康促进行动": ("健康促进行动", "健康促進行動", "行动 campaign"),
    # quoted names
    "健康融入万策": ("“健康融入万策”", "“健康融入萬策”", ""),
    "跨境药械通": ("“跨境药械通”政策", "“跨境藥械通”政策", ""),
    "百院千医工程": ("“百院千医”工程", "“百院千醫”工程", "工程 project"),
    "乡村医生强基培训计划": ("乡村医生“强基”培训计划", "鄉村醫生“強基”培訓計劃", "计划 plan"),
    "暖心关爱行动": ("独居老人“暖心关爱行动”", "獨居老人“暖心關愛行動”", "行动 campaign"),
    # the object of a nominalised verb; a jurisdiction's health campaign; a designation after 创建
    "农村改厕工程": ("农村改厕工程", "農村改廁工程", "工程 project"),
    "健康绍兴建设": ("健康绍兴建设", "健康紹興建設", "建设 campaign"),
    "国家中医药综合改革示范区": ("国家中医药综合改革示范区", "國家中醫藥綜合改革示範區", "示范 demonstration"),
    # a name inside a clause around it; an 活动 with a campaign word; a variant character folded
    "全民健身计划": ("全民健身计划", "全民健身計劃", "计划 plan"),
    "爱国卫生月活动": ("爱国卫生月活动", "愛國衛生月活動", "活动 activity"),
    "社区卫生服务能力提升行动": ("社区衞生服务能力提升行动", "社區衞生服務能力提升行動", "行动 campaign"),
    # a later mention with a word more is the programme mentioned first; a word before the programme word is not
    "基层医疗服务能力提升工程": ("基层医疗服务能力提升工程", "基層醫療服務能力提升工程", "工程 project"),
    "中医人才培育计划": ("中医人才培育计划", "中醫人才培育計劃", "计划 plan"),
    "中医人才培育登峰计划": ("中医人才培育登峰计划", "中醫人才培育登峰計劃", "计划 plan"),
}


@pytest.fixture(scope="module", params=["simplified", "traditional"])
def programmes(request, tmp_path_factory) -> tuple[str, str, list[NamedEntityMention]]:
    text = PROGRAMMES_SIMPLIFIED if request.param == "simplified" else PROGRAMMES_TRADITIONAL
    raw, found = mentions(tmp_path_factory.mktemp(request.param), text, f"prog-{request.param}", request.param,
                          "programme")
    return request.param, raw, found


@pytest.mark.parametrize("name", sorted(PROGRAMMES))
def test_programme_named_with_exact_evidence(programmes, name: str) -> None:
    script, raw, found = programmes
    simplified_quote, traditional_quote, kind = PROGRAMMES[name]
    quote = simplified_quote if script == "simplified" else traditional_quote
    hits = [f for f in found if f.name == name and f.evidence.quote == quote]
    assert hits, (name, sorted({f.name for f in found}))
    assert hits[0].evidence.start == raw.index(quote, raw.index("一、"))
    assert hits[0].type_iri == kind


def test_programmes_found_are_exactly_the_named_ones(programmes) -> None:
    """Generic phrases (健康教育活动, 专项行动, 重大项目, 年度投资计划), 计划生育, a batch (一批…示范城市), a document being
    implemented (贯彻实施…行动计划), building works (综合楼工程) and names inside a cited title are no programmes."""
    _, _, found = programmes
    assert {f.name for f in found} == set(PROGRAMMES)


def test_both_forms_of_a_place_campaign_are_one_programme(programmes) -> None:
    script, _, found = programmes
    place = "健康绍兴建设"
    forms = {f.evidence.quote for f in found if f.name == place}
    assert forms == ({"健康绍兴建设", "建设健康绍兴"} if script == "simplified" else {"健康紹興建設", "建設健康紹興"})
    assert len({f.iri for f in found if f.name == place}) == 1


def test_a_later_variant_mention_names_the_first_programme(programmes) -> None:
    script, raw, found = programmes
    variant = "基层医疗服务体系能力提升工程" if script == "simplified" else "基層醫療服務體系能力提升工程"
    mention = next(f for f in found if f.evidence.quote == variant)
    first = next(f for f in found if f.name == "基层医疗服务能力提升工程" and f.evidence.quote != variant)
    assert mention.name == "基层医疗服务能力提升工程" and mention.iri == first.iri
    assert mention.evidence.start == raw.index(variant) > first.evidence.start


def test_find_programmes_offsets_into_the_normalised_text() -> None:
    text = "继续实施卫生应急能力提升工程，每年开展“应急使命”系列演练活动。"
    assert find_programmes(text) == [(4, 14, "卫生应急能力提升工程", "工程 project"),
                                     (19, 31, "应急使命系列演练活动", "活动 activity")]


# --- the text helpers ------------------------------------------------------------------------------------------


def test_fold_variants_keeps_length() -> None:
    assert fold_variants("社区衞生服务中心，安甯疗护") == "社区卫生服务中心，安宁疗护"
    assert fold_variants("醫院") == "医院"


def test_canonical_drops_quotes_and_enumerations_but_keeps_glosses() -> None:
    assert canonical("中医药“五名”（名医、名药、名方）工程") == "中医药五名工程"
    assert canonical("旗县级中医（蒙医）医院能力提升行动") == "旗县级中医（蒙医）医院能力提升行动"
    assert canonical("“双随机、一公开”监督检查") == "双随机、一公开监督检查"


def test_clause_end_skips_quotes_and_brackets() -> None:
    text = "实施“双随机，一公开”（含抽查，检查）工程，另起"
    assert clause_end(text, 2) == text.index("，另起")
    assert clause_end("“推进健康中国建设”战略", 1) == 9
    assert clause_end("实施《健康行动》", 2) == 2


def test_split_members_at_top_level_and_after_a_closing_word() -> None:
    text = "妇幼健康和计划生育服务保障工程、“双随机、一公开”监管和老年关爱行动及X"
    ends_word = __import__("re").compile("(?:工程|行动|监管)$")
    members = split_members(text, 0, len(text), ends_word)
    assert [text[a:b] for a, b in members] == ["妇幼健康和计划生育服务保障工程", "“双随机、一公开”监管", "老年关爱行动", "X"]


def test_shared_tail_and_abbreviated_direction() -> None:
    assert shared_tail("旗县级妇幼保健院能力提升行动", ["旗县级综合医院"]) == 8
    assert shared_tail("健康骨骼", ["健康体重", "健康口腔"]) == 4
    assert abbreviated_direction("东", "西部疑难危重传染病救援中心") == "东部疑难危重传染病救援中心"
    assert abbreviated_direction("甲", "西部中心") == ""


def test_longest_first_keeps_the_longer_of_overlapping_spans() -> None:
    spans = [(0, 4, "a"), (2, 10, "b"), (12, 14, "c"), (11, 13, "d")]
    assert longest_first(spans) == [(2, 10, "b"), (11, 13, "d")]
