"""Named institutions (蛟河市人民医院, 市中医院, 香港大学深圳医院, 呼吸疾病国家重点实验室, 合肥高新区生物医药产业园).

A name ends in an institution-type label of vocab/institution-types.ttl (医院, 中医院, 血站, 疾控中心, 实验室, 研究院,
产业园, 分院, 大数据中心 …) and starts with a naming head. Heads, each a construction of Chinese policy writing:
- a jurisdiction: a division name (吉林市, 广州, 四川绵阳) or a level prefix resolved like agencies (市, 自治区, 我市)
  plus an optional specific body (人民, 第二人民, 博爱, 公共卫生医学) — 市中医院 → 中山市中医院;
- an organisation: a university or academy and what it runs (浙江大学医学院附属第一医院, 北京大学第一医院江西医院,
  中国科学院合肥物质科学研究院);
- a topic, for designations that are named by what they study or make (呼吸疾病国家重点实验室, 中药固体制剂制造技术
  国家工程研究中心, 世界卫生组织传统医学合作中心, 菏泽中药材产业园, 浙大一院安吉分院): the phrase back to a verb or
  a punctuation mark;
- a place or person name of 2–4 characters starting a list item (小榄人民医院, 陈星海中西医结合医院), or a town's
  name before its health centre (横栏镇卫生院), located in the document's jurisdiction.
A branch or campus after a name is part of it (市人民医院新院区, 合肥市第一人民医院新站分院); a level prefix shared by a
list applies to each member (自治区脑科医院、胸科医院; 市骨科医院、康复医院); 东、西部…中心 names two centres; a name in
brackets right after another is its alias. Bodies and type labels with generic words (县级, 公立, 综合, 一批, 各,
…机构) are kinds of institutions, not names (江西省公立医院, 建设一批省国际医学中心). Names inside a cited title 《…》
belong to the reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.context import BuildContext
from loaders.extract.agencies import LEVEL_PREFIXES, Jurisdiction, doc_jurisdiction, lineage, short_name
from loaders.extract.names import HAN, abbreviated_direction, fold_variants, inside, longest_first, title_spans
from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.registry import Extractor
from loaders.records import GAP, ParsedDocument
from loaders.vocabulary import NATION_CODE, Vocabulary

NAME, VERSION = "institutions", "2.1.75"
INSTITUTION_TYPE = "institution-type"

GENERIC_ENDINGS = ("机构", "高校", "高等院校", "职业院校", "高等学校", "次中心", "工作室")
"""Type labels naming a kind (妇幼保健机构), never the end of one institution's name by a head (a studio is named by
its master: `_studios`)."""
MODIFIER_LABELS = ("学校", "高校", "社区", "医疗机构", "基层医疗卫生机构")
"""Kind labels that may qualify a longer designation's name (学校心理健康教育指导中心) rather than end a name."""
GENERIC_LABEL = re.compile(r"公立|民营|非公|社会办|级|综合(?!服务中心|养老服务中心|为老服务中心)|"
                           r"专科(?!学校)|基层|定点|县办|区办|市属|直属|紧密型")
"""Type labels of a kind by ownership, grade, tier or form (公立医院, 县级医院, 紧密型城市医疗集团): 江西省公立医院 and
柳州市紧密型城市医疗集团 name no institution."""
PLACE_NAMED_SUFFIXES = ("人民医院", "中西医结合医院", "中医院", "中医医院", "妇幼保健院", "长者照护之家")
TOWN = re.compile(r"(?:镇|乡|街道|(?<!大)街|苏木)$")
TOWN_TYPES = ("township-health-centre", "central-township-health-centre", "community-health-centre",
              "community-hospital", "elderly-care-institution", "emergency-centre")
"""Primary-care, elderly-care and emergency types a town's name heads (横栏镇卫生院, 东区街道社区卫生服务中心,
新市镇中心卫生院: a town's name may end in 市; 青驼镇敬老院; 红石砬子镇120急救分站)."""
FACILITY_CLASS = re.compile(r"(?:苏木乡镇|苏木|乡镇|城乡|城市|农村|基层|牧区)?"
                            r"(?:社区卫生服务(?:中心|站)|(?:中心)?卫生院|村?卫生室|社区医院|诊所|门诊部)")
"""Primary-care facilities of which a county or city has many: headed by the division alone (黔东南州乡镇卫生院,
我市社区卫生服务中心) they name the class, not one institution (a town's name heads one: 横栏镇卫生院)."""
CITY_QUARTER = re.compile(r"城[关东西南北中厢郊]")
"""A town or street named by its quarter of the city (城关镇, 城东街道): 城 starts a name there."""
TOWN_NOT_NAMES = "全各本我该城都每表"
"""First characters of a word before 镇 that is no town's name (城市镇, 各市镇, a caption's 表 before 乡镇卫生院), or
before a hospital's type label that is no place's (全区中医医院)."""
DESIGNATION = re.compile(r"(?:实验室|研究院|研究所|科学院|研究中心|创新中心|产业园区?|数据中心|合作中心|分院|"
                         r"分中心|院区|指导中心|推广中心|质量控制中心|质控中心|医学中心|救治中心|救治基地|救援中心|信息平台|精神卫生中心|培训中心|实训中心|"
                         r"培训基地|教学基地|"
                         r"实训基地)$")
"""Labels of designations whose names carry a longer descriptive body (市危重孕产妇和危重儿童救治中心)."""
TOPIC_NAMED = re.compile(r"(?:重点实验室|工程实验室|研究院|研究所|科学院|研究中心|创新中心|产业园区?|数据中心|合作中心|"
                         r"分院|救援中心)$")
"""Labels of designations named by a topic alone (呼吸疾病国家重点实验室, 首都儿科研究所): a topic of four characters
or more (a university: two, 复旦大学; a park or data centre: six, since 建设中医药产业园 names a kind)."""
WIDE_TOPICS = re.compile(r"(?:产业园区?|数据中心)$")
ORGANISATION = re.compile(r"大学|科学院|研究院(?=附属)|医学院|学院|医学部|(?<=卫生)组织|医疗中心")
"""Words ending the name of an organisation that runs or designates institutions (a 医疗中心 runs hospitals named
by a person or place: 宁波市医疗中心李惠利医院; a 研究院 its 附属医院)."""
OPEN_HEADS = ("organisation", "topic")
"""Heads that may hold another type label (北京大学第一医院江西医院); the others stop at the label before."""
NOT_NAMES = re.compile(r"执法")
"""Type labels of enforcement units, which are agencies (市卫生计生综合执法大队)."""
VERBS = ("加强", "推进", "支持", "推动", "依托", "建设", "打造", "创建", "做好", "提升", "发展", "鼓励", "完善", "实施",
         "引导", "规划", "设置", "举办", "建立", "建成", "深化", "发挥", "申报", "参与", "组建", "优化", "利用", "联合",
         "依靠", "围绕", "培育", "争取", "推广", "包括", "通过", "加大", "开展", "落实", "加快", "做强做优", "设立",
         "组织", "委托", "争创", "提高", "选择", "遴选", "对口帮扶", "帮扶", "托管", "用好", "完成", "改善",
         "改进", "培养", "强化", "规范", "支援", "其中", "会同", "简称", "(?<!省部)共建", "成立", "挂靠", "巩固",
         "做强", "做优", "做实", "吸纳", "整合", "吸收", "(?<![所没具享])有", "改扩建", "扩建", "对接", "下设", "借助",
         "力争", "确保", "承担", "培训", "作为", "彰显", "凸显", "突出", "推行", "探索", "统筹", "存在", "运行",
         "新建(?!区)", "改建", "邀请", "指导", "确定", "选定")
"""Verbs before which a name starts."""
FUNCTION_CHARS = "与和及对在向为以将把从的等由是到即至"
VERB_AND_LEVEL = re.compile(r"(?:会同|联合|依托|支持|推动)[省市县区]")
"""A verb written before a level word that together spell a division's name (会同县): the verb, then the level."""
GENERIC_BODY = re.compile(r"[级各类属等及或与、，所有内直]|[\u4e00-\u9fff]和[\u4e00-\u9fff]|公立|综合|专科|基层|"
                          r"定点|县域|高水平|区域|龙头|医共体|医联体|"
                          r"中心医院|同类|"
                          r"重点|国家|省级|市级|一批|若干|相关|后备|附属|社会|民营|这|该|本|其|镇街|乡镇|村|社区|"
                          r"医疗|卫生|两地|地区|三大|工程|行动|计划|项目|" + "|".join(VERBS))
"""Words that make a hospital-like body a kind (县级, 公立, 综合 …) rather than a name; 和 only between two others
(协和, 和平 are names)."""
COLLEGE = re.compile(r"(?:学院|学校|大学)$")
FIELD_WORDS = re.compile(r"卫生|医疗|医药|健康|医学")
"""Fields a college is named by (宁波卫生职业技术学院, 江苏医药职业学院): generic in a hospital's body, not in a
school's."""
GENERIC_DESIGNATION = re.compile(r"级|一批|若干|多个|[各该其本这]|相关|有关|所有|等|高水平|区域|示范|一流|地方|当地|"
                                 r"驻地|知名|国内|国外|境外|海外|国际|高等|[省市县区]内|负责|委员会|医共体|医联体|" +
                                 "|".join(VERBS))
"""Words that make a designation's body or topic a category (部级重点实验室, 区域公共卫生中心)."""
PART_OF_REGION = re.compile(r"^(?:东南|东北|西南|西北|[东南西北中])(?:部(?:区域|片区|地区)?|区域|片区)")
"""A part of the heading division opening a designation's body (宁夏北部区域…中心, 川南片区…中心): it names one."""
NOT_AFTER_LEVEL = "场民域区级县镇直属容政内外份"
"""Characters after 市 that make it part of a word (市场, 市民, 市域, 省内, 省份) or a category (市级, 市县, 市直)."""
_INSTITUTION_WORD = re.compile(r"医院|中心|卫生院|保健院|研究院|实验室|大学")
FACILITY_CLASS_END = re.compile(r"(?:" + FACILITY_CLASS.pattern + r")$")
LIST_START = re.compile(r"(?:^|[、，,：:；。！？（|\n" + FUNCTION_CHARS + r"]|" + "|".join(VERBS) + r")$")
YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}年(?:底|末|以来)?$")
"""A year opening the clause before a town's institution (2025年鹭江街道社区卫生服务中心通过评审)."""
ITEM_START = re.compile(r"(?<![\d.])\d{1,2}[.．]$")
"""A numbered item's number, before a town's institution opening it (7.城关镇社区卫生服务中心开设…)."""
WORD_ENDINGS = "全城本我各社地湾园山辖新盟省县都超港澳牧范片景街矿林"
"""Characters that make 市/区 the end of a word (全市, 城市, 社区, 湾区, 牧区) rather than a level prefix."""
HOME_WORDS = "我本"
"""我市, 本县: the document's own jurisdiction."""
_LEVEL_HEAD = re.compile(r"[" + HOME_WORDS + r"全]?(?:" + "|".join(LEVEL_PREFIXES) + r")?")
"""A level word for the document's own division (我市, 全县, 自治区) heading a name."""
_BOUNDARY = re.compile(r"[^" + HAN + r"]|" + "|".join(VERBS))
_CLOSED_BOUNDARY = re.compile(r"[^" + HAN + r"]|[" + FUNCTION_CHARS + r"]|" + "|".join(VERBS))
LEVELS_ONLY = re.compile(r"(?:国家|自治区|省|市|县|区|部|[和及、])+")
"""A topic of level words only (国家和自治区临床医学研究中心) names a category."""
_BODY = re.compile(r"(第[一二三四五六七八九十]+)?[" + HAN + r"]{0,4}$")
_LONG_BODY = re.compile(r"[" + HAN + r"]{0,12}$")
_BRANCH = re.compile(r"(?P<q>[" + HAN + r"]{0,4}?|[" + HAN + r"]{2,9}?(?:培训|教学|实训))"
                     r"(?P<t>新院区|院区|分院|分中心|基地|互联网医院|"
                     r"(?:产前诊断|产前筛查|新生儿疾病筛查)中心|医养结合中心|康养中心|研究所|医疗集团|医共体|医院)")
"""A branch or campus right after a name, or what a hospital runs under its name (互联网医院, 产前诊断中心, a topical
研究所): 新院区, 新站分院, 华南分中心, 中山基地 (a 基地 or 分中心 is named by a place
or region, a 分院 or 院区 by any specific qualifier)."""
TRAINING_BASE = re.compile(r"^[" + HAN + r"]{2,9}(?:培训|教学|实训)$")
TRAINING_BASE_WORD = re.compile(r"(?:培训|教学|实训)$")
"""What a hospital's training or teaching base is named by (全科医学培训, 住院医师规范化培训, 临床教学)."""
NAMED_REGION = re.compile(r"(?:华东|华南|华北|华中|华西|西南|西北|东北|"
                          r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘陇青宁新][东西南北中]|"
                          r"荆楚|齐鲁|燕赵|巴蜀|三晋|八桂|岭南|江南|中原|关中|三秦|八闽|潇湘|河西|河套|黄淮|江汉|胶东)")
"""A region's name that may head an institution's (赣南医学院, 川北医学院, 皖南医学院弋矶山医院), the country's
historical regions included (荆楚理工学院, 齐鲁医院, 岭南中医药研究院, 河西学院)."""
REGIONS = re.compile(rf"(?:{NAMED_REGION.pattern}部?|东部|西部|南部|北部|中部)")
"""Regions a branch is named by: the country's, and a province's by its one-character name (鄂西, 豫东, 川南)."""
_PLURAL_LEVEL = re.compile(r"(?:(?:国家|省|市|县|区|镇|州|旗|盟)[、和及]|一批|若干|多个|一系列|"
                           r"[\d一二三四五六七八九十两几]+[个所家批])$")
"""市、县妇幼保健机构, 建设一批省国际医学中心: levels enumerated or a count before a type name a category."""


@dataclass(frozen=True)
class Found:
    """A named institution in the text."""

    start: int
    end: int
    name: str
    """Canonical name (implicit jurisdiction made explicit)."""
    type_iri: str
    jurisdiction_iri: str
    head: str = ""
    """How the name is headed: jurisdiction | level | organisation | topic | place | shared | alias."""
    prefix: str = ""
    """The jurisdiction name a level-headed name starts with, or the one division heading a jurisdiction-headed name
    (shared by a list's members)."""


def find_institutions(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None) -> list[Found]:
    """Every named institution mention, in text order (aliases carry the name of the institution they follow)."""
    vocab = ctx.vocabulary
    text = fold_variants(doc.norm.text)
    titles = title_spans(text)
    hits = _after_places(text, [h for h in vocab.find_all(INSTITUTION_TYPE, text) if not inside(titles, h[0])],
                         vocab)
    candidates: list[Found] = []
    floor = 0
    for start, end, type_iri in hits:
        if text[end:end + 1] in ("路", "街", "巷") or (text.endswith("站", start, end) and text.startswith("点", end)):
            continue  # 学院路社区卫生服务中心: a street named after one, no type label; 急救站点: a kind of site
        if text.endswith("学校", start, end) and text.startswith(("卫生", "体育", "健康", "心理"), end):
            continue  # 学校卫生, 学校体育: a field, no school
        if text.endswith("医院", start, end) and text.startswith(("感染", "管理"), end) and \
                re.match(r"[" + HAN + r"]{0,12}?(?:中心|协会|学会|委员会)", text[end:end + 16]):
            continue  # 省医院感染管理质量控制中心: a field (hospital infection control), no hospital
        candidates += _candidates(text, start, end, type_iri, home, vocab, floor)
        if not (text[start:end] in MODIFIER_LABELS and re.match(r"[" + HAN + r"]", text[end:end + 1])) and \
                not text.startswith(("管理", "建设"), end):
            floor = end  # 湖南省学校心理健康教育指导中心: 学校 qualifies the centre's name; …医院管理研究所: a field
    candidates += _national_centres(text, vocab, titles)
    candidates += _village_clinics(text, home, vocab, titles)
    candidates += _studios(text, home, vocab, titles)
    candidates += [b for c in candidates if (b := _branch(text, c, vocab) or _institute(text, c, vocab))]
    candidates += [b for c in candidates if (b := _campus(text, c, vocab))]
    candidates += [b for c in candidates if (b := _also_named(text, c))]
    candidates += [b for c in candidates if (b := _sibling_branch(text, c))]
    found = longest_first(candidates, lambda c: (c.start, c.end))
    found += _shared_prefix(text, found, hits)
    found += _directions(text, found)
    found += _listed_places(text, found, vocab)
    found += _listed_towns(text, found, vocab)
    found = [f for f in found if not CERTIFIED.match(text, f.end)  # 通过国家胸痛中心认证: a designation won
             and not (f.name.endswith("研究中心") and APPLIED_FOR.search(text, max(0, f.start - 4), f.start))]
    found = [_with_group(text, b) for f in found if (b := _before_each(text, f, vocab)) is not None]
    return _same_place(_short_forms(_aliases(text, sorted(found, key=lambda f: f.start)), vocab))


GROUP_SUFFIX = re.compile(r"[（(]集团[）)]")


def _with_group(text: str, found: Found) -> Found:
    """大连市妇女儿童医疗中心（集团）: the group's name holds its bracket."""
    m = GROUP_SUFFIX.match(text, found.end)
    return replace(found, end=m.end(), name=found.name + "（集团）") if m else found


def _before_each(text: str, found: Found, vocab: Vocabulary) -> Found | None:
    """锦州医科大学各附属医院: the units of an institution (各…), not one: the institution before 各 when its name
    ends in a type label."""
    at = text.find("各", found.start, found.end)
    if at < 0:
        return found
    owner = text[found.start:at]
    hit = next((h for h in vocab.find_all(INSTITUTION_TYPE, owner) if h[1] == len(owner)), None)
    if hit is None or len(owner) < 4 or not found.name.startswith(owner):
        return found  # 龙胜各族自治县民族医医院: 各 inside a place's name
    return replace(found, end=at, name=owner, type_iri=hit[2])


APPLIED_FOR = re.compile(r"(?:申报|争创|申建|创建|争取|认定)$")
"""A research centre a hospital applies for (申报广东省临床研究中心): a kind of designation, not one institution."""
CERTIFIED = re.compile(r"(?:[、和及][" + HAN + r"]{2,10}?中心)*(?:认证|评审|复审|验收)")
"""What follows a designation a hospital earns (国家胸痛中心认证, 国家胸痛中心、卒中中心认证), never one institution's
name."""


def _same_place(found: list[Found]) -> list[Found]:
    """广西壮族自治区药用植物园 and 广西药用植物园 in one text are one institution: names headed by two forms of one
    division's name, with the same rest, take the longer form; so does a hospital named without the university
    that runs it (华西医院, 四川大学华西医院)."""
    def rest(f: Found) -> str | None:
        return f.name[len(f.prefix):] if f.head in ("jurisdiction", "level") and f.prefix and \
            f.name.startswith(f.prefix) else None

    longest: dict[tuple[str, str, str], Found] = {}
    for f in found:
        if (r := rest(f)) is not None and f.jurisdiction_iri:
            key = (f.jurisdiction_iri, f.type_iri, r)
            if key not in longest or len(f.name) > len(longest[key].name):
                longest[key] = f
    out = []
    for f in found:
        r = rest(f)
        full = longest.get((f.jurisdiction_iri, f.type_iri, r)) if r is not None else None
        full = None if full is not None and full.name == f.name else full
        if full is None:  # 华西医院 after 四川大学华西医院: the hospital without its university's name
            full = next((g for g in found if g.type_iri == f.type_iri and g.name.endswith(f.name) and len(f.name) >= 4
                         and ORGANISATION.search(g.name[:-len(f.name)][-3:])), None)
        if full is None:  # 炉山镇中心卫生院 after 凯里市炉山镇中心卫生院: one county's only; 长安医院 (the town's short
            # name) beside 东莞市长安医院
            fuller = {g.name for g in found if g.type_iri == f.type_iri and g.head == "jurisdiction"
                      and g.name.endswith(f.name) and len(g.name) > len(f.name)
                      and (f.head == "place" or g.name[:len(g.name) - len(f.name)] == g.prefix)}
            full = next((g for g in found if len(fuller) == 1 and g.name in fuller), None)
        out.append(replace(f, name=full.name, jurisdiction_iri=full.jurisdiction_iri) if full and full.name != f.name
                   else f)
    return out


def _short_forms(found: list[Found], vocab: Vocabulary) -> list[Found]:
    """天津市疾控中心 and 天津市疾病预防控制中心 in one text are one institution: a name whose type label abbreviates
    (is a subsequence of) the label ending another name of the same type, head and body takes that full name
    (广西医科大学 and 广西中医药大学 stay two)."""
    def split(f: Found) -> tuple[tuple[str, str, str], str]:
        ends = [h for h in vocab.find_all(INSTITUTION_TYPE, f.name) if h[1] == len(f.name) and h[2] == f.type_iri]
        cut = min(h[0] for h in ends) if ends else len(f.name)
        return (f.jurisdiction_iri, f.type_iri, f.name[:cut]), f.name[cut:]

    parts = [split(f) for f in found]
    labels: dict[tuple[str, str, str], set[str]] = {}
    for key, label in parts:
        labels.setdefault(key, set()).add(label)
    out = []
    for f, (key, label) in zip(found, parts, strict=True):
        longer = [x for x in labels[key] if len(x) > len(label) and _abbreviates(label, x)]
        out.append(replace(f, name=key[2] + max(longer, key=lambda x: (len(x), x))) if longer else f)
    return out


def _abbreviates(short: str, full: str) -> bool:
    """疾控中心 abbreviates 疾病预防控制中心: its characters occur in the full label in order."""
    chars = iter(full)
    return bool(short) and all(ch in chars for ch in short)


NATIONAL_CENTRE = re.compile(rf"国家(?P<topic>[{HAN}]{{2,6}}?)(?:医学)?中心")
"""国家心血管病中心, 国家癌症中心, 国家呼吸医学中心: a national centre named by its field (not 国家区域医疗中心,
国家医学中心, 国家临床医学研究中心, which name kinds)."""
NATIONAL_QUALITY_CONTROL = re.compile(rf"国家(?P<topic>[{HAN}]{{2,10}}?)(?:专业)?(?:医疗)?(?:质量控制|质控)中心")
"""国家病案管理医疗质量控制中心, 国家麻醉专业医疗质量控制中心: a national quality-control centre of a field (not
国家级医疗质量控制中心, a kind)."""
NOT_A_FIELD = re.compile(r"区域|医疗|卫生|临床|研究|重点|级|中医|医学$|一批|若干|示范|建设|认证|的")
TO_WIN = re.compile(r"(?:创建|建设|建成|争创|申报|申建|打造|培育)[^，。；：]*$")
"""A national centre to be created or won (创建国家职业健康医学中心, 创建A和国家…中心: anywhere earlier in the
clause) is a designation sought, not an institution."""


def _national_centres(text: str, vocab: Vocabulary, titles: list) -> list[Found]:
    nation = vocab.nation() or ""
    type_iri = vocab.lookup(INSTITUTION_TYPE, "医学中心") or ""
    qc_type = vocab.lookup(INSTITUTION_TYPE, "质量控制中心") or ""
    centres = [Found(m.start(), m.end(), m.group(), type_iri, nation, "national")
               for m in NATIONAL_CENTRE.finditer(text)
               if not NOT_A_FIELD.search(m.group("topic")) and not GENERIC_DESIGNATION.search(m.group("topic"))
               and not inside(titles, m.start()) and not TO_WIN.search(text, max(0, m.start() - 40), m.start())
               and not (m.group().endswith("医学中心") and DESIGNATED.match(text, m.end()))]
    controls = [Found(m.start(), m.end(), m.group(), qc_type, nation, "national")
                for m in NATIONAL_QUALITY_CONTROL.finditer(text)
                if m.group("topic") not in ("医疗", "医学") and not GENERIC_DESIGNATION.search(m.group("topic"))
                and not inside(titles, m.start())]
    worked_with = [Found(m.start("name"), m.end(), m.group("name"), type_iri, nation, "national")
                   for m in NATIONAL_PARTNER.finditer(text)
                   if not NOT_A_PARTNER.search(m.group("name")) and not inside(titles, m.start())]
    commissions = [Found(m.start(), m.end(), m.group(), vocab.lookup(INSTITUTION_TYPE, m.group("kind")) or type_iri,
                         nation, "national")
                   for m in COMMISSION_CENTRE.finditer(text)
                   if not NOT_A_PARTNER.search(m.group("topic")) and not inside(titles, m.start())]
    return centres + controls + worked_with + commissions


SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
            "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤常温康"
            "施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳祝舒阮柯梅童凌毕季裴霍涂苗盛翁冉骆蓝靳柴鲍喻祁蒲滕饶"
            "艾尤穆卓缪褚娄窦戚岑蔺")
"""Common Chinese surnames (curated, without characters that are common words too: 全, 和, 于, 时, 文, 安): the first
character of a person's name that names a studio."""
STUDIO = re.compile(rf"(?P<person>[{SURNAMES}][{HAN}]{{1,2}}?)(?P<kind>(?:基层|全国|省级|市级|县级)?"
                    rf"名(?:老)?(?:中医|蒙医|藏医|维医|彝医|苗医|壮医|瑶医|侗医|民族医)(?:药)?(?:专家)?(?:传承)?工作室)")
NOT_A_PERSON = re.compile(r"[省市县区旗州盟镇乡村级层批类个家所名各该每等和及与的建设]")
"""Characters that make the words before a studio's kind a place, a level or a count, not a person's given name."""


def _studios(text: str, home: Jurisdiction | None, vocab: Vocabulary, titles: list) -> list[Found]:
    """张守仁名中医工作室, 陈玉兰基层名老中医药专家传承工作室: a master practitioner's studio named by the person (a
    common surname and one or two characters at a phrase's start); 建设名中医工作室 or 县级名中医工作室 name a kind."""
    type_iri = vocab.lookup(INSTITUTION_TYPE, "名医传承工作室")
    if type_iri is None:
        return []
    out = []
    for m in STUDIO.finditer(text):
        person = m.group("person")
        if NOT_A_PERSON.search(person[1:]) or inside(titles, m.start()) or not _boundary(text, m.start()):
            continue
        out.append(Found(m.start(), m.end(), m.group(), type_iri, home.iri if home else "", "person"))
    return out


DESIGNATED = re.compile(rf"[{HAN}]{{2,20}}?(?:医院|大学)")
"""A hospital's name right after a national medical centre's (依托国家儿童医学中心复旦大学附属儿科医院): the centre is
the hospital's designation, not an institution of its own."""


COMMISSION_CENTRE = re.compile(rf"(?:国家卫生健康委|国家卫健委|国家疾控局|国家中医药局|国家药监局)"
                               rf"(?P<topic>[{HAN}]{{0,10}}?)(?P<kind>(?:统计)?信息中心|研究中心|中心)")
"""A centre a national commission or administration runs, named by it (国家卫生健康委统计信息中心, 国家卫生健康委卫生
发展研究中心): a national institution wherever it stands."""
WORKS_WITH = r"接入|委托|配合|协助"
"""Verbs of working with a body named after them (接入国家…中心, 委托…, 配合中国疾病预防控制中心)."""
NATIONAL_PARTNER = re.compile(rf"(?:{WORKS_WITH}|依托|发挥)(?P<name>国家[{HAN}]{{2,16}}?中心)")
"""A national centre a task works with or draws on, whatever its field's words (接入国家远程医疗与互联网医学中心,
委托国家卫生健康委卫生发展研究中心开展评估, 发挥国家心理健康和精神卫生防治中心…作用)."""
NOT_A_PARTNER = re.compile(r"区域|级|一批|若干|示范|高水平|[各该其本这]|相关|有关|所有|[和或](?=国家)|、|等|"
                           r"^国家[\u4e00-\u9fff]{0,4}(?:临床)?医学(?:研究)?中心$")
"""Words of a kind of centre (国家区域医疗中心, 国家级…, the designations 国家医学中心, 国家儿童医学中心, 国家临床
医学研究中心) or of a list (…和国家…), never in one centre's name (国家心理健康和精神卫生防治中心 holds a 和)."""


LEVEL_CHARS = "省市县区旗州盟"
"""Level words that end a jurisdiction's name and may start a type label (县医院, 市医院)."""


def _after_places(text: str, hits: list[tuple[int, int, str]], vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """A type label that starts with the level word ending a jurisdiction's name (尤溪县医院: 尤溪县 + 医院, not the
    type 县医院) is read from after that word, as the label the rest names."""
    out = []
    for start, end, iri in hits:
        if text[start] in LEVEL_CHARS and (own := vocab.lookup(INSTITUTION_TYPE, text[start + 1:end])):
            window = max(0, start - 12)
            places = vocab.find_all("jurisdiction", text[window:start + 1])
            if places and places[-1][1] == start + 1 - window and places[-1][0] < start - window:
                out.append((start + 1, end, own))
                continue
        out.append((start, end, iri))
    return out


def _candidates(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None,
                vocab: Vocabulary, floor: int) -> list[Found]:
    """The names a type label can end: one per kind of head that applies (no head reaches back over `floor`, the
    end of the type label before)."""
    label = text[start:end]
    if NOT_NAMES.search(label) or (text[end:end + 1] in ("生", "校") and label.endswith(("大学", "医学院"))):
        return []
    designation = bool(DESIGNATION.search(label))
    if label.endswith(GENERIC_ENDINGS) or GENERIC_LABEL.search(label):
        return []
    heads = (_jurisdiction_head(text, start, end, type_iri, vocab, designation) or
             _local_head(text, start, end, type_iri, home, designation) or
             _county_head(text, start, end, type_iri, home, vocab),
             _level_head(text, start, end, type_iri, home, vocab, designation),
             _organisation_head(text, start, end, type_iri, designation) or
             _apposition_head(text, start, end, type_iri),
             _topic_head(text, start, end, type_iri, label, floor),
             _place_head(text, start, end, type_iri, home) or _region_head(text, start, end, type_iri))
    found = [c for c in heads if c and (c.head in OPEN_HEADS or c.start >= floor)]
    classes = [c.start for c in found if c.head in ("jurisdiction", "level") and _facility_class(text, c, vocab)]
    return [c for c in found if not classes or c.start < min(classes)]


def _facility_class(text: str, found: Found, vocab: Vocabulary) -> bool:
    """True when a division or level word alone heads a label of FACILITY_CLASS (杭州市乡镇卫生院,
    我市社区卫生服务中心)."""
    written = text[found.start:found.end]
    if not FACILITY_CLASS_END.search(written):
        return False  # most names end in no such label: no scan of the vocabulary
    at, last = 0, ""
    for a, b, iri in vocab.find_all("jurisdiction", written):  # 浦东新区潍坊社区卫生服务中心: 潍坊 is no division of it
        if a == at and (not last or vocab.parent(iri) == last):
            at, last = b, iri
    at = at or len(_LEVEL_HEAD.match(written).group())
    return bool(at) and not TOWN.search(written[:at]) and bool(FACILITY_CLASS.fullmatch(written[at:]))


_REGION_QUALIFIER = re.compile(r"^[（(][" + HAN + r"]{2,6}[）)]")
"""A bracketed region right after a division's name, part of the name (江西省（赣西）…区域医疗中心)."""


def _line_start(text: str, at: int) -> bool:
    """Nothing but a line's start, a cell's or a list's separator before `at` (a list or table cell naming 会同县…: the
    county, no verb)."""
    return at == 0 or text[at - 1] in "\n|、"


SENT_TO = re.compile(rf"(?:报告|报送|上报|转诊至|转诊到|转至|转到|送至|送往|移交|移送|{WORKS_WITH})$")
"""Verbs of reporting or referring to a body or of working with it, before a division's full name that starts its
name (报告宜都市疾病预防控制中心, 配合中国疾病预防控制中心…)."""


def _jurisdiction_head(text: str, start: int, end: int, type_iri: str, vocab: Vocabulary,
                       designation: bool) -> Found | None:
    """吉林市中心血站, 合肥高新区生物医药产业园, 四川绵阳四〇四医院."""
    window_start = max(0, start - (16 if designation else 14))
    window = text[window_start:start]
    places = vocab.find_all("jurisdiction", window)
    for i in range(len(places) - 1, -1, -1):
        _, j_end, j_iri = places[i]
        body = _REGION_QUALIFIER.sub("", window[j_end:], count=1)  # 江西省（赣西）心血管病区域医疗中心
        if j_iri.endswith("/" + NATION_CODE) and (window[places[i][0]:j_end] != "中国" or body):
            continue  # 国家区域医疗中心 names a kind; 中国疾病预防控制中心 is the nation's own
        if VERB_AND_LEVEL.fullmatch(window[places[i][0]:j_end]) and not _line_start(text, window_start + places[i][0]):
            continue  # …，会同县慢性病防治站…: the verb 会同 before 县 (the county's own centre), not 会同县
        first = i
        while first > 0 and places[first - 1][1] == places[first][0]:
            first -= 1
        begin = window_start + places[first][0]
        sent = SENT_TO.search(text, max(0, begin - 4), begin) and re.fullmatch(
            r"[" + HAN + r"]{2,}[省市县区旗州盟]|中国", window[places[first][0]:places[first][1]])
        if _body_ok(body, designation, text[start:end]) and (_boundary(text, begin) or sent):
            prefix = window[places[i][0]:j_end] if first == i else ""  # one division heads it: a list may share it
            return Found(begin, end, text[begin:end], type_iri, j_iri, "jurisdiction", prefix)
    return None


def _county_head(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None,
                 vocab: Vocabulary) -> Found | None:
    """攸县疾病预防控制中心 in a plan of 株洲市: a two-character county name (which the vocabulary's scan leaves out,
    高县 being a word too often), an autonomous county's short name (肃南县), or a county-level city's short name
    (西昌学院 in a plan of 凉山州), heads a name when it is a county of the document's jurisdiction or of its city."""
    if home is None or start < 2:
        return None
    near = {home.iri, vocab.parent(home.iri) or home.iri}  # the document's jurisdiction and its city
    if start >= 3 and text[start - 1] in "县旗" and _boundary(text, start - 3) and \
            (short := vocab.jurisdiction_by_name(text[start - 3:start])) and vocab.parent(short) in near:
        # 肃南县疾控中心 in a plan of 张掖市: an autonomous county's short name (肃南裕固族自治县), which the scan
        # leaves out
        return Found(start - 3, end, text[start - 3:end], type_iri, short, "jurisdiction", text[start - 3:start])
    if not _boundary(text, start - 2):
        return None
    iri = vocab.jurisdiction_by_name(text[start - 2:start])
    city = iri is not None and vocab.jurisdiction_by_name(text[start - 2:start] + "市") == iri
    if text[start - 1] not in "县区旗" and not city:
        iri = vocab.jurisdiction_by_name(text[start - 2:start] + "区") if COLLEGE.search(text[start:end]) else None
        if iri is None or home.iri not in (iri, vocab.parent(iri)):
            return None  # 西昌学院 in a plan of 凉山州: a county-level city's short name heads it too; 顺德职业技术学院
            # in a plan of 顺德区: the district's own short name heads a college
    if iri is None or vocab.parent(iri) not in near:
        return None
    return Found(start - 2, end, text[start - 2:end], type_iri, iri, "jurisdiction", text[start - 2:start])


def _local_head(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None,
                designation: bool) -> Found | None:
    """沂州市康复医院 in a plan of 沂州市, a division the vocabulary lacks: the document's own name heads it; so does
    the short name of the document's own division (大埔产业转移工业园 in a plan of 大埔县) and the name of the town
    whose plan it is (周市镇颐和护理院 in the plan of 周市镇)."""
    if home is None:
        return None
    names = (home.name, short_name(home.name)) if home.local else \
        (short_name(home.name),) if len(short_name(home.name)) >= 2 and short_name(home.name) != home.name else ()
    # 沂州市康复医院, 沂州卫生学校; 大埔产业转移工业园 in a plan of 大埔县
    towns = (home.town, _town_short(home.town)) if home.town else ()  # 大良社区卫生服务中心 in the plan of 大良街道
    for name in dict.fromkeys(n for n in (*names, *towns) if n):
        at = text.rfind(name, max(0, start - len(name) - (16 if designation else 14)), start)
        if at >= 0 and at + len(name) == start and text.startswith(("村", "嘎查"), start):
            continue  # 牛街乡村卫生室: the town's village clinics, a class
        if at >= 0 and name != home.town and home.town and text.startswith(home.town, at):
            continue  # 牛街乡…: the town written in full, read with its full name
        if at >= 0 and _body_ok(text[at + len(name):start], designation, text[start:end]) and _boundary(text, at):
            return Found(at, end, text[at:end], type_iri, home.iri, "jurisdiction", name)
    return None


def _town_short(town: str) -> str:
    """大良街道 → 大良, 周市镇 → 周市: a town's name without its level word, when two or more characters remain."""
    short = TOWN.sub("", town)
    return short if len(short) >= 2 and short != town else ""


def _level_head(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None, vocab: Vocabulary,
                designation: bool) -> Found | None:
    """市中医院, 自治区第四医院, 省公共卫生医学中心, 我市危重孕产妇救治中心: a level prefix for the document's
    jurisdiction (or its ancestor of that level)."""
    window = text[max(0, start - 16):start]
    body_match = (_LONG_BODY if designation else _BODY).search(window)
    body = body_match.group() if body_match else ""
    for cut in range(len(body), -1, -1):
        head = window[: len(window) - cut]
        rest = window[len(window) - cut:]
        prefix = next((p for p in LEVEL_PREFIXES if head.endswith(p)), "")
        if not prefix or not _body_ok(rest, designation, text[start:end]) or (rest and rest[0] in NOT_AFTER_LEVEL):
            continue
        if not rest and type_iri.endswith("/branch-institution"):
            continue  # 和宋市分院: a branch is named by its hospital, never by a level word alone
        before = head[: -len(prefix)]
        own = bool(before) and before[-1] in HOME_WORDS
        if (_word_before(head, prefix) and not own) or _PLURAL_LEVEL.search(before):
            continue
        if own and not rest and text[start:end] == "医院":
            return None  # 我市医院: the city's hospitals, not one named 市医院
        jurisdiction = home if own else _level_jurisdiction(prefix, home, vocab)
        if jurisdiction is None:
            return None
        if any(s > 0 for s, _, _ in vocab.find_all("jurisdiction", rest)):
            continue  # 区教委与渝北区精神卫生中心: the name starts at the division inside, not at a level word
        if (division := _division_ending(head, prefix, vocab)) and division != jurisdiction.iri:
            continue  # 柳江区人民医院: 区 ends another division's name (not 自治区's level word)
        begin = start - cut - len(prefix) - own
        name = jurisdiction.name + text[start - cut:end]
        return Found(begin, end, name, type_iri, jurisdiction.iri, "level", jurisdiction.name)
    return None


def _division_ending(head: str, prefix: str, vocab: Vocabulary) -> str:
    """The division whose name the level word ending `head` ends (柳江区), or ''."""
    tail = head[-12:]
    return next((iri for s, e, iri in vocab.find_all("jurisdiction", tail) if e == len(tail) and e - s > len(prefix)),
                "")


def _level_jurisdiction(prefix: str, home: Jurisdiction | None, vocab: Vocabulary) -> Jurisdiction | None:
    """The document's jurisdiction or nearest ancestor whose name ends with the level word (省 in a city plan)."""
    if home is None:
        return None
    return next((j for j in lineage(home, vocab) if j.name.endswith(prefix)), None)


def _organisation_head(text: str, start: int, end: int, type_iri: str, designation: bool = False) -> Found | None:
    """浙江大学医学院附属第一医院, 北京大学第一医院江西医院, 中国科学院合肥物质科学研究院: an organisation's name, then
    what it runs, with no verb or conjunction between. A designation after a hospital's name is the hospital's, not
    part of its name (中南大学湘雅二医院 | 国家精神心理疾病临床医学研究中心: two institutions)."""
    window_start = max(0, start - 24)
    orgs = list(ORGANISATION.finditer(text, window_start, start))
    for org in reversed(orgs):
        chain = text[org.end():start]
        if org.group() == "医疗中心" and not (2 <= len(chain) <= 4 and text.endswith("医院", start, end)):
            continue
        if not re.fullmatch(r"[" + HAN + r"]*", chain) or _BOUNDARY.search(chain) or re.search(
                r"[" + FUNCTION_CHARS + r"]", chain.replace("附属", "")[:-2]) or chain.endswith(
                ("等", "与")) or re.search(r"分别|专家", chain) or (
                designation and re.search(r"医院|卫生院|保健院", chain)):
            continue
        begin = _phrase_start(text, org.start(), 10, closed=True)
        if (label_end := _last_label_end(text, begin, org.start())) is not None:
            begin = label_end  # 区域医疗中心中国中医科学院…: a designation before the name is not part of it
        if text.startswith(("共建", "联合"), begin) and org.start() - begin > 4:
            begin += 2  # 共建贵州中医药大学…基地: the verb before a university's name
        if org.start() - begin >= 2 and not GENERIC_DESIGNATION.search(text[begin:org.start()]):
            return Found(begin, end, text[begin:end], type_iri, "", "organisation")
    return None


_LABEL_END = re.compile(r"中心|医院")
COUNTED_KIND = re.compile(r"[个所家批项类]|[一二两三四五六七八九十几数多]+[个所家批项]")


def _last_label_end(text: str, begin: int, end: int) -> int | None:
    """The end of the last 中心 or 医院 in text[begin:end], where a name in apposition after it starts."""
    found = list(_LABEL_END.finditer(text, begin, end))
    return found[-1].end() if found else None


_DESIGNATED_AS = re.compile(r"(?:医疗中心|医学中心)")


def _apposition_head(text: str, start: int, end: int, type_iri: str) -> Found | None:
    """国家呼吸区域医疗中心中日友好医院福建医院: a hospital named right after the designation it holds (its name the
    characters between the designation and its type label, no verb or function word among them)."""
    if not text.endswith("医院", start, end):
        return None
    found = list(_DESIGNATED_AS.finditer(text, max(0, start - 14), start))
    if not found:
        return None
    begin = found[-1].end()
    body = text[begin:start]
    if not 4 <= len(body) <= 14 or not re.fullmatch(r"[" + HAN + r"]+", body) or _BOUNDARY.search(body) or \
            re.search(r"[" + FUNCTION_CHARS + r"]", body) or GENERIC_DESIGNATION.search(body) or \
            GENERIC_BODY.search(body.replace("医院", "")):
        return None
    return Found(begin, end, text[begin:end], type_iri, "", "organisation")


UNIT_IN_LIST = re.compile(r"(?:病区|病房|门诊|科室|诊室)[和及与、]")
"""A department before a conjunction (中西医协同病区和苗医药临床研究中心): a list of units, no one name."""


def _topic_head(text: str, start: int, end: int, type_iri: str, label: str, floor: int) -> Found | None:
    """呼吸疾病国家重点实验室, 世界卫生组织传统医学合作中心, 菏泽中药材产业园, 浙大一院安吉分院, 南昌大学: a designation
    (or a university) named by the phrase before it."""
    if label.endswith("大学"):
        begin = _phrase_start(text, start, 8, closed=True)
    elif TOPIC_NAMED.search(label):
        begin = _phrase_start(text, start, 18, closed=label.endswith("分院"))  # a branch's name holds no 为/的/向
    else:
        return None
    begin = max(begin, floor)
    while begin < start and text[begin] in FUNCTION_CHARS:
        begin += 1
    topic = text[begin:start]
    if (begin > 0 and text[begin - 1].isdigit()) or COUNTED_KIND.match(topic):
        return None  # 建设3个国家中医药传承创新中心: a count of designations, not a name
    shortest = 2 if label.endswith("大学") else 6 if WIDE_TOPICS.search(label) else 4
    if len(topic) < shortest or GENERIC_DESIGNATION.search(topic) or LEVELS_ONLY.fullmatch(topic) or \
            UNIT_IN_LIST.search(topic) or (
            label.endswith("合作中心") and "组织" not in topic and "—" not in topic):
        return None
    return Found(begin, end, text[begin:end], type_iri, "", "topic")


def _place_head(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None) -> Found | None:
    """小榄人民医院, 陈星海中西医结合医院, 横栏镇卫生院: a place or person name (or a town's) starting a list item (a
    town's name may end in 乡 or 县: 永乡镇卫生院, 旧县镇中心卫生院)."""
    town_types = type_iri.rsplit("/", 1)[-1] in TOWN_TYPES
    if town_types and text.startswith("120", start - 3) and type_iri.endswith("/emergency-centre"):
        start -= 3  # 红石砬子镇120急救分站: the emergency number inside a station's name
    town = TOWN.search(text, max(0, start - 2), start) if town_types else None
    at = town.start() if town else start + 1 if town_types and text.startswith("乡镇", start) else None
    for length in ((2, 3, 4, 5, 6) if town else (2,)) if at is not None else ():  # 横栏镇, 呼热图淖尔苏木; 永乡镇
        begin = at - length
        if not town and text[begin - 1:begin] not in PUNCTUATION_BEFORE:
            continue  # 根据乡镇卫生院, 以上乡镇卫生院: a word before the type 乡镇卫生院, no town's name
        place = text[max(0, begin):at]
        street = town is not None and town.group() == "街道"  # 梅村街道: a street's name may hold 村
        village_named = town is not None and place.endswith("村") and place.count("村") == 1 and len(place) <= 3 \
            and place not in VILLAGE_KINDS  # 苏村镇
        named = place.replace("村", "") if street or village_named else place
        if begin >= 0 and re.fullmatch(r"[" + HAN + r"]+", place) and (_town_name(named) if town else _specific(
                named)) and not re.search(
                r"[省区镇全" + FUNCTION_CHARS.replace("和", "") + r"]|^和|[县乡].|市.|苏木$", place) and \
                ("村" not in place or street or village_named) and \
                (place[0] not in TOWN_NOT_NAMES or CITY_QUARTER.match(place)) and not GENERIC_TOWN.search(place) and \
                not NOT_PLACE_WORDS.search(place):
            zone = ZONE.search(text, max(0, begin - 10), begin) if town else None
            begin = zone.start() if zone and zone.end() == begin else begin  # 经开区华庄街道社区卫生服务中心
            if LIST_START.search(text[max(0, begin - 4):begin]) or (town and (ITEM_START.search(text, 0, begin) or
                                                                              YEAR_BEFORE.search(text, 0, begin))):
                opened = text[begin - 3:begin - 2] in (*PUNCTUATION_BEFORE, "|", "旗", "县") or bool(
                    LIST_START.search(text[max(0, begin - 7):begin - 2]))  # 以伊和高勒苏木, 阿巴嘎旗伊和高勒苏木
                if town and text[begin - 1:begin] == "和" and begin >= 2 and opened and \
                        re.match(f"[{HAN}]", text[begin - 2]):
                    begin -= 2  # 伊和淖尔苏木卫生院: 和 inside a town's name (one character before it), no conjunction
                return Found(begin, end, text[begin:end], type_iri, home.iri if home else "", "place")
    suffix = next((s for s in PLACE_NAMED_SUFFIXES if text.endswith(s, 0, end)), "")
    if not suffix:
        return _listed_centre(text, start, end, type_iri, home)
    for length in (4, 3, 2):
        begin = end - len(suffix) - length
        body = text[begin:end - len(suffix)]
        if begin >= 0 and re.fullmatch(r"[" + HAN + r"]+", body) and _specific(body) and \
                body[0] not in TOWN_NOT_NAMES and not body.startswith(("辖区", "当地")) and \
                LIST_START.search(text[max(0, begin - 4):begin]) and not re.search(
                r"[省" + FUNCTION_CHARS + r"]", body) and not NOT_PLACE_WORDS.search(body):  # 接四川省: a province
            return Found(begin, end, text[begin:end], type_iri, home.iri if home else "", "place")
    return None


VILLAGE_KINDS = frozenset(("乡村", "农村", "城村", "山村", "渔村", "牧村"))
"""Words ending in 村 that name no town (农村卫生院 is a kind); a town's name may end in 村 (苏村镇)."""
ZONE = re.compile(r"(?:经开|高新|开发|经济开发|经济技术开发|高新技术产业开发|新)区")
"""A development zone, no division in the vocabulary, heading the town or street of a name (经开区华庄街道)."""
GENERIC_TOWN = re.compile(r"就近|附近|邻近|周边|所在|当地|贫困|偏远|边远|山区|民族|边境|中心|重点|牧业|农业|建制|一般|"
                          r"其他|其余|部分")
"""Words of a kind of township (贫困乡镇, 纯牧业乡镇) or of where one is (就近镇卫生院), never in a town's name."""
PUNCTUATION_BEFORE = ("", "\n", "、", "，", "：", "；", "（", "。")
"""What may stand right before a village's or town's name that no lexicon holds (never a verb: 推动村卫生室)."""
VILLAGE_CLINIC = re.compile(r"(?:村|岛|嘎查)(?P<label>卫生室|卫生站|卫生所|社区卫生服务站)")
"""The label of a village's or island's clinic named by its place (谷咀村卫生室, 东头山岛卫生室, 市北村社区卫生服务
站; 下云村卫生所 where villages' clinics are 卫生所)."""
TOWN_WORD = re.compile(r"(?:镇|街道|乡|苏木)$")
COUNT_WORDS = ("数", "总数", "个数")
"""Words after an institution's label that count a class (村卫生室数)."""
NOT_VILLAGE_NAMES = re.compile(r"[各全本每该其个有的和及与在对向\d一二三四五六七八九十百千]|行政|嘎查|示范|标准|海岛|"
                               r"相邻|邻近|附近|周边|居民|达标|联合|规范|自然|辖区|辖内|" + GENERIC_TOWN.pattern)
"""Characters and words of a kind of village (行政村, 中心村, 示范村, 偏远山区村, 有居民海岛) or of township
(`GENERIC_TOWN`), never in a village's name."""
NOT_PLACE_WORDS = re.compile("|".join(VERBS) + r"|纳入|实现|确保|派驻|优化|建成|推动|根据|实施|落实|推进|新建|"
                             r"改建|扶持|指导|帮助|协助|督促|带动|对接|含|包括|靠|牵头|成员|协作")
"""Verbs before a type label (推动村卫生室, 指导村卫生室), never a village's name."""


NAMING = re.compile(r"(?:其中|确定|选定|明确)$")
"""Words after which a place's name names one clinic (确定渔洋溪村卫生室、…为试点单位; 其中红花套村卫生室…)."""
CLINIC_KINDS = re.compile(r"基层|公办|公有|薄弱|空白|民营|私人|私营|合格|现有|已有|达标|新建|中心|一体化")
"""Words of a kind of village clinic (其中薄弱村卫生室), never a village's name."""


VERB_WORDS = frozenset(v for v in VERBS if re.fullmatch(r"[" + HAN + r"]{2}", v))
"""Verbs that are also towns' names (联合镇): read as a town right after a list start (优先支持联合镇…村卫生所)."""


def _town_before(text: str, at: int) -> int | None:
    """The start of a town's name ending right at `at` (凤栖街道 before 谷咀村卫生室), after a list start."""
    word = TOWN_WORD.search(text, max(0, at - 2), at)
    for length in (2, 3, 4) if word else ():
        begin = word.start() - length
        name = text[max(0, begin):word.start()]
        verb_named = name in VERB_WORDS and LIST_START.search(text, max(0, begin - 6), begin)  # 支持联合镇下云村卫生所
        if begin >= 0 and re.fullmatch(r"[" + HAN + r"]+", name) and (verb_named or (
                not NOT_VILLAGE_NAMES.search(name) and not NOT_PLACE_WORDS.search(name))) and \
                LIST_START.search(text[max(0, begin - 4):begin]):
            return begin
    return None


def _village_clinics(text: str, home: Jurisdiction | None, vocab: Vocabulary, titles: list) -> list[Found]:
    """A village clinic named by its village or island: after its town's name (选择凤栖街道谷咀村卫生室), after a
    punctuation mark (、特呈岛卫生室), or heading a list of such clinics (在东头山岛卫生室、特呈岛卫生室); the name is
    the village's and the label (the town locates it). Never after a verb alone (推动村卫生室)."""
    clinic = vocab.lookup(INSTITUTION_TYPE, "村卫生室") or ""
    out = []
    for m in VILLAGE_CLINIC.finditer(text):
        label = m.group("label")
        type_iri = clinic if "卫生服务" not in label else vocab.lookup(INSTITUTION_TYPE, label) or ""
        if text.startswith(COUNT_WORDS, m.end()):
            continue  # 牛街村村卫生室数: how many clinics a village has, no clinic named
        in_list = text[m.end():m.end() + 1] == "、" and _named_clinic_at(text, m.end() + 1)
        for begin in (m.start() - n for n in _village_name_lengths(m.group())):
            place = text[max(0, begin):m.start()]
            town_at = _town_before(text, begin) if begin >= 0 else None
            words = place.replace("和", "") if in_list else place
            if town_at is not None:
                words = re.sub("[一二三四五六七八九十]", "", words)  # 明安图镇五一村卫生室: numerals in its name
            if begin < 0 or not re.fullmatch(r"[" + HAN + r"]+", place) or NOT_PLACE_WORDS.search(place) or \
                    inside(titles, begin) or TOWN_WORD.search(place) or NOT_VILLAGE_NAMES.search(words):
                continue  # 福和村卫生室、太平村卫生室: 和 in a name of a list of named clinics; 牛街乡村卫生室: a class
            named = NAMING.search(text, max(0, begin - 2), begin)
            listed = text[begin - 1:begin] in PUNCTUATION_BEFORE or town_at is not None or (
                (LIST_START.search(text[max(0, begin - 4):begin]) or named) and in_list) or (
                named and not CLINIC_KINDS.search(words))
            if listed:  # written with its town when one precedes (上津镇津城村卫生室), named by its village
                out.append(Found(begin if town_at is None else town_at, m.end(), text[begin:m.end()], type_iri,
                                 home.iri if home else "", "place"))
                out += _villages_sharing(text, begin, label, type_iri, home)
                break
    return out


def _villages_sharing(text: str, begin: int, label: str, type_iri: str, home: Jurisdiction | None) -> list[Found]:
    """Villages listed before one clinic's name that share its label (厚皋村、白彪村卫生室): each village's clinic."""
    out = []
    while text[begin - 1:begin] == "、":
        end = begin - 1
        found = None
        for length in (3, 4, 5):  # 宋市村, 西河口村, 西河口社区
            start = end - length
            name = text[max(0, start):end]
            stem = name.removesuffix("社区").removesuffix("村")  # the village's own words, without its level
            if start < 0 or stem == name or not re.fullmatch(r"[" + HAN + r"]+", name) or \
                    NOT_VILLAGE_NAMES.search(stem) or NOT_PLACE_WORDS.search(name):
                continue
            if LIST_START.search(text[max(0, start - 4):start]) or text[start - 1:start] == "、":
                found = Found(start, end, name + label, type_iri, home.iri if home else "", "place")
                break
        if found is None:
            break
        out.append(found)
        begin = found.start
    return out


def _village_name_lengths(clinic: str) -> tuple[int, ...]:
    """How many characters a village's or island's name before its clinic may have: two or three, up to five for a
    嘎查 (巴彦查干嘎查卫生室, 宝格都乌拉嘎查卫生室)."""
    return (2, 3, 4, 5) if clinic.startswith("嘎查") else (2, 3)


def _named_clinic_at(text: str, pos: int) -> bool:
    """A clinic named by its place starts at `pos` (the next item of a list)."""
    return any((m := VILLAGE_CLINIC.match(text, pos + n)) and n in _village_name_lengths(m.group())
               for n in (2, 3, 4, 5))


LISTED_SUFFIXES = ("社区卫生服务中心", "社区卫生服务站", "急救工作站", "急救站", "医院")
"""Primary-care and emergency units named by a neighbourhood (四季青社区卫生服务中心, 金盏急救工作站), hospitals
named by a proper name (中日友好医院, 民航总医院): names only in a list of two or more."""


KIND_OF_HOSPITAL = re.compile(r"(?:康复|肿瘤|儿童|妇产|妇女儿童|口腔|眼科|精神|精神病|传染病|胸科|脑科|骨科|中医|"
                              r"中西医|"
                              r"老年|护理|专科|综合|民族|职业病|皮肤|心血管|整形|美容|互联网|定点|公立|民营|社会|"
                              r"营利|非营利|中心|人民|城市|县|市|区|镇|乡|村|社区|部队|军队|企业|厂矿|私立|大学|附属|"
                              r"教学|研究型|智慧|数字|示范|标杆|医养结合|安宁疗护|疗养|结核病|血液|母婴|中西医结合)+")
"""Words that make a hospital a kind (康复医院, 老年医院, 大学附属医院), not one named by them."""


def _listed_centre(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None) -> Found | None:
    """四季青社区卫生服务中心、学院路社区卫生服务中心: a neighbourhood's name of 2–4 characters before a community
    centre's label, in a list whose next or previous item is another centre so named (名称、名称社区卫生服务中心
    is not); a community's station or centre also alone in a table cell, or when the text names the community on
    its own."""
    suffix = next((s for s in LISTED_SUFFIXES if text.endswith(s, 0, end)), "")
    if not suffix:
        return None
    for length in (4, 3, 2):
        begin = end - len(suffix) - length
        body = text[begin:end - len(suffix)]
        cell = suffix.startswith("社区") and _cell(text, begin, end)
        named = suffix.startswith("社区") and begin >= 0 and _community_named(text, body)
        inner = body.replace("和", "") if cell or named else body  # 德和社区卫生服务站 alone in a cell: 和 in a name
        if begin < 0 or not re.fullmatch(r"[" + HAN + r"]+", body) or not _specific(inner) or \
                body[0] in TOWN_NOT_NAMES or re.search(r"[" + FUNCTION_CHARS + r"]", inner) or \
                re.search(r"[省市县区镇乡村化型]$", body) or NOT_PLACE_WORDS.search(body):
            continue  # 以旗人民医院为牵头医院、…: a role, no name
        if suffix == "医院" and KIND_OF_HOSPITAL.fullmatch(body):
            continue  # 康复医院、老年医院: kinds of hospital, not names
        listed = re.compile(r"[" + HAN + r"]{2," + ("12" if suffix == "医院" else "4") + r"}?" + suffix)
        after = text[end:end + 1] == "、" and listed.match(text, end + 1)
        before = text[begin - 1:begin] == "、" and text.endswith(suffix, 0, begin - 1)
        community = cell or named
        if (after or before or community) and LIST_START.search(text[max(0, begin - 4):begin]):
            return Found(begin, end, text[begin:end], type_iri, home.iri if home else "", "place")
    return None


def _cell(text: str, begin: int, end: int) -> bool:
    """The name fills a table cell (a line of its own, or between pipes), a remark in brackets allowed."""
    return text[begin - 1:begin] in ("", "\n", "|") and (end == len(text) or text[end] in "\n|（(")


def _community_named(text: str, body: str) -> bool:
    """The text names the community on its own too (府又社区 in a table's first column, 五沙社区尚未建成…): its
    station or centre is named by it."""
    return body in _communities(text)


_COMMUNITY = re.compile(r"社区(?!卫生服务)")
_COMMUNITY_OPENS = "、和及与在对"


@lru_cache(maxsize=4)
def _communities(text: str) -> frozenset[str]:
    """Names of two to four characters the text writes before 社区 on its own (not 社区卫生服务…), each opening a
    phrase (text start, a non-Han character or 、和及与在对 before it): read once per document, not per candidate."""
    out = set()
    for m in _COMMUNITY.finditer(text):
        for n in (2, 3, 4):
            begin = m.start() - n
            name = text[begin:m.start()] if begin >= 0 else ""
            if re.fullmatch(r"[" + HAN + r"]+", name) and (
                    begin == 0 or not re.match(r"[" + HAN + r"]", text[begin - 1]) or
                    text[begin - 1] in _COMMUNITY_OPENS):
                out.add(name)
    return frozenset(out)


def _region_head(text: str, start: int, end: int, type_iri: str) -> Found | None:
    """赣南医学院, 赣南卫生健康职业学院: a region's name, a specific body and the type label."""
    label = text[start:end]
    for region in NAMED_REGION.finditer(text, max(0, start - 10), start):
        body = text[region.end():start]
        if _body_ok(body, bool(DESIGNATION.search(label)), label) and _boundary(text, region.start()):
            return Found(region.start(), end, text[region.start():end], type_iri, "", "place")
    return None


_CAMPUS = re.compile(r"（(?P<place>[" + HAN + r"]{2,8})）")


def _campus(text: str, base: Found, vocab: Vocabulary) -> Found | None:
    """香港中文大学（深圳）: a university's campus named by a place in brackets right after it is part of its name."""
    m = _CAMPUS.match(text, base.end)
    if not m or not base.name.endswith(("大学", "学院")) or not vocab.jurisdiction_by_name(m.group("place")):
        return None
    return replace(base, end=m.end(), name=base.name + m.group())


_ALSO = re.compile(r"暨(?P<other>[" + HAN + r"]{2,12}?(?:研究院|研究所|医院|中心|学院|大学))(?=[^" + HAN + r"]|" +
                   "|".join(VERBS) + r"|研究|制定|开展|负责|牵头|$)")
"""A second name the institution holds (自治区中医医院暨中医研究院): one institution, named by both."""


def _also_named(text: str, base: Found) -> Found | None:
    """宁夏回族自治区中医医院暨中医研究院: the name runs on over 暨 and the second name."""
    m = _ALSO.match(text, base.end)
    return replace(base, end=m.end(), name=base.name + text[base.end:m.end()]) if m else None


_BRANCH_NAME = re.compile(r"^(?P<base>.+?(?:医院|卫生院|中心))(?P<q>[" + HAN + r"]{1,4}?)(?P<t>分院|院区)$")
_NEXT_BRANCH = re.compile(r"(?:和|及|、)(?P<q>[" + HAN + r"]{2,4}?)(?P<t>分院|院区)(?=[^" + HAN + r"]|$)")


def _sibling_branch(text: str, branch: Found) -> Found | None:
    """新市镇中心卫生院士林分院和宋市分院: the next branch named alone is the same hospital's."""
    whole = _BRANCH_NAME.match(branch.name)
    nxt = _NEXT_BRANCH.match(text, branch.end) if whole else None
    if nxt is None or GENERIC_DESIGNATION.search(nxt.group("q")):
        return None
    name = whole.group("base") + nxt.group("q") + nxt.group("t")
    return replace(branch, start=nxt.start("q"), end=nxt.end(), name=name)


def _branch(text: str, base: Found, vocab: Vocabulary) -> Found | None:
    """市人民医院新院区, 合肥市第一人民医院新站分院, …国家工程研究中心中山基地: a branch after a name; a hospital
    after another's name and a province's is that hospital's branch there (上海市第六人民医院福建医院)."""
    m = _BRANCH.match(text, base.end)
    if not m:
        return None
    qualifier = m.group("q")
    if qualifier and (GENERIC_DESIGNATION.search(TRAINING_BASE_WORD.sub("", qualifier)) or (
            TRAINING_BASE_WORD.search(qualifier) and m.group("t") != "基地")):
        return None  # 安远县人民医院每年培训分院…: a training qualifier names a base only
    placed = REGIONS.fullmatch(qualifier) or vocab.jurisdiction_by_name(qualifier) or (
        m.group("t") == "基地" and TRAINING_BASE.search(qualifier))  # …医院全科医学培训基地: a base it runs
    run = m.group("t") in ("互联网医院", "医疗集团", "医共体") or (
        m.group("t").endswith("中心") and m.group("t") != "分中心")
    hospital = bool(re.search(r"hospital|maternal-child", base.type_iri)) or (
        m.group("t") in ("医养结合中心", "康养中心") and base.type_iri.endswith("health-centre"))
    if (m.group("t") in ("基地", "分中心", "医院") and not placed) or (run and (qualifier or not hospital)) or (
            m.group("t") == "研究所" and (len(qualifier) < 2 or not hospital)):
        return None  # 市中心医院互联网医院, 市妇幼保健院产前诊断中心, 自治区藏医院天文历算研究所: what a hospital runs
    kind = "医疗集团" if m.group("t") == "医共体" else m.group("t")  # a hospital's medical community: its group
    type_iri = vocab.lookup(INSTITUTION_TYPE, kind) or vocab.lookup(INSTITUTION_TYPE, "分院") or ""
    return Found(base.start, m.end(), base.name + text[base.end:m.end()], type_iri, base.jurisdiction_iri,
                 base.head, base.prefix)


_INSTITUTE = re.compile(r"(?P<q>[" + HAN + r"]{2,10}?)(?P<t>预防控制所|研究所|中心)"
                        r"(?=[、，。；（和及与等]|要|应|负责|研究|牵头|会同|做好|加强|指导|开展|提供|组织|$)")
"""A unit a disease-control centre runs under its own name (中国疾病预防控制中心病毒病预防控制所, …免疫规划中心)."""
_INSTITUTE_NOT = re.compile(r"[级各该其本这等与和及省市县区]|相关|有关|所有|负责|" +
                            "|".join(v for v in VERBS if v != "规划"))
"""Words no such unit's name holds (a verb: 市疾控中心建设…指挥中心; 免疫规划 is a field)."""


def _institute(text: str, base: Found, vocab: Vocabulary) -> Found | None:
    """中国疾病预防控制中心病毒病预防控制所: an institute or centre right after a CDC's name, ending a list item."""
    m = _INSTITUTE.match(text, base.end)
    if not m or not base.type_iri.endswith("/cdc") or _INSTITUTE_NOT.search(m.group("q")):
        return None
    type_iri = vocab.lookup(INSTITUTION_TYPE, m.group("t")) or base.type_iri
    return Found(base.start, m.end(), base.name + m.group(), type_iri, base.jurisdiction_iri, base.head, base.prefix)


def _shared_prefix(text: str, found: list[Found], hits: list[tuple[int, int, str]]) -> list[Found]:
    """自治区脑科医院、胸科医院 → 内蒙古自治区胸科医院: a list member without a head of its own takes the level prefix
    of the member before it when both end in the same kind of name."""
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    queue = [f for f in found if f.head == "level"]
    while queue:
        first = queue.pop(0)
        joiner = re.match(r"[、和及]", text[first.end:first.end + 1])
        if not joiner:
            continue
        after = first.end + 1
        nxt = next((h for h in hits if after <= h[0] <= after + 6), None)
        if nxt is None or any(a < nxt[1] and after < b for a, b in taken):
            continue
        member = text[after:nxt[1]]
        body = text[after:nxt[0]]
        designation = bool(DESIGNATION.search(member))
        if not re.fullmatch(r"[" + HAN + r"]+", member) or member[-2:] != first.name[-2:] \
                or body.startswith(LEVEL_PREFIXES) or not _body_ok(body, designation) \
                or GENERIC_BODY.search(text[nxt[0]:nxt[1]]):
            continue
        shared = Found(after, nxt[1], first.prefix + member, nxt[2], first.jurisdiction_iri, "level", first.prefix)
        out.append(shared)
        taken.append((after, nxt[1]))
        queue.append(shared)
    return out


def _listed_places(text: str, found: list[Found], vocab: Vocabulary) -> list[Found]:
    """延吉市、珲春市、敦化市人民医院 → 延吉市人民医院 and 珲春市人民医院 too: divisions of one level listed before a
    name headed by the last of them each head the same name (each quoted from its division to the name's end)."""
    out = []
    for f in found:
        if f.head != "jurisdiction" or not f.prefix:
            continue
        rest, start = f.name[len(f.prefix):], f.start
        while start > 2 and text[start - 1] == "、":
            window_start = max(0, start - 13)
            window = text[window_start:start - 1]
            place = next((p for p in reversed(vocab.find_all("jurisdiction", window)) if p[1] == len(window)), None)
            if place is None or window[place[1] - 1] != f.prefix[-1]:
                break
            begin = window_start + place[0]
            if not (text[begin - 1:begin] == "、" or LIST_START.search(text[max(0, begin - 7):begin])):
                break
            out.append(Found(begin, f.end, window[place[0]:] + rest, f.type_iri, place[2], "shared"))
            start = begin
    return out


NOT_A_TOWN = re.compile(r"(?:馆|室|科|院|中心|门诊|站|所|部|机构|医生|服务|建设)$|"
                        r"龙头|枢纽|核心|主体|纽带|支撑|抓手|网底|基础|重点|载体|平台|牵引")
"""Endings of a unit or service listed before a centre (中医馆、全科诊室、横栏镇卫生院) and roles (以…为龙头、…),
never a town's name."""


def _listed_towns(text: str, found: list[Found], vocab: Vocabulary) -> list[Found]:
    """陆家嘴、塘桥、高桥镇社区卫生服务中心 → 陆家嘴社区卫生服务中心 and 塘桥社区卫生服务中心 too: town or street names
    listed before a primary-care centre headed by the last of them each head the same label (quoted by their name)."""
    out = []
    for f in found:
        if f.head != "place" or f.type_iri.rsplit("/", 1)[-1] not in TOWN_TYPES:
            continue
        labels = [h for h in vocab.find_all(INSTITUTION_TYPE, f.name) if h[1] == len(f.name)]
        if not labels:
            continue
        label = f.name[min(h[0] for h in labels):]
        members, start, opened = [], f.start, False
        while start > 3 and text[start - 1] == "、" and not opened:
            end = start - 1
            names = [text[end - n:end] for n in (2, 3, 4) if end - n >= 0]
            name = next((x for x in names if text[end - len(x) - 1:end - len(x)] == "、"), None)  # a middle member
            if name is None:  # the first member: where a name may start (支持陆家嘴、…)
                name = next((x for x in names if LIST_START.search(text[max(0, end - len(x) - 4):end - len(x)])), "")
                opened = True
            if not re.fullmatch(r"[" + HAN + r"]{2,4}", name) or re.search(r"[" + FUNCTION_CHARS + r"]", name) or \
                    NOT_PLACE_WORDS.search(name) or GENERIC_TOWN.search(name) or name[0] in TOWN_NOT_NAMES or \
                    NOT_A_TOWN.search(name):
                members = []
                break
            members.append((end - len(name), end, name))
            start = end - len(name)
        if opened:
            out += [Found(b, e, name + label, f.type_iri, f.jurisdiction_iri, "shared") for b, e, name in members]
    return out


def _directions(text: str, found: list[Found]) -> list[Found]:
    """东、西部疑难危重传染病紧急救援中心 → 东部…中心 and 西部…中心 (the first quoted by the whole phrase)."""
    out = []
    for f in found:
        if f.start >= 2 and text[f.start - 1] == "、":
            first = text[f.start - 2]
            name = abbreviated_direction(first, f.name)
            if name and (f.start < 3 or not re.match(r"[" + HAN + r"]", text[f.start - 3]) or LIST_START.search(
                    text[max(0, f.start - 7):f.start - 2])):
                out.append(Found(f.start - 2, f.end, name, f.type_iri, f.jurisdiction_iri, "shared"))
    return out


_ALIAS_OPEN = re.compile(r"[（(](?:以下简称|以下称|下称|简称)?[“\"]?")
_ALIAS_CLOSE = re.compile(r"[”\"]?[）)]")
"""A bracket after a name that holds its alias: （安徽省立医院）, （以下简称“区中医医院”）."""


def _aliases(text: str, found: list[Found]) -> list[Found]:
    """中国科学技术大学附属第一医院（安徽省立医院）: a name in brackets right after another is its alias, and a later
    mention of the alias (省脑科医院 after 湖南省第二人民医院（湖南省脑科医院）) names the same institution. A
    university in brackets after a laboratory or centre, or a hospital after a centre, is its host (…国家重点实验室
    （厦门大学）, 国家儿童医学中心（首都医科大学附属北京儿童医院）), another institution, unless both are of one type
    (泉州市公共卫生临床中心（市传染病医院）)."""
    out: list[Found] = []
    alias_of: dict[str, Found] = {}
    for f in found:
        host = bool(out) and ((f.type_iri.endswith("/university") and not out[-1].type_iri.endswith("/university"))
                              or (out[-1].name.endswith("中心") and f.name.endswith("医院")
                                  and out[-1].type_iri != f.type_iri))  # …公共卫生临床中心（市传染病医院）: one
        if out and _ALIAS_OPEN.fullmatch(text[out[-1].end:f.start]) and _ALIAS_CLOSE.match(text, f.end) and not host:
            alias_of[f.name] = out[-1]
            out.append(replace(out[-1], start=f.start, end=f.end, head="alias"))
        elif f.name in alias_of:
            out.append(replace(alias_of[f.name], start=f.start, end=f.end, head="alias"))
        else:
            out.append(f)
    return out


def _phrase_start(text: str, start: int, limit: int, closed: bool = False) -> int:
    """Where the phrase ending at `start` begins: after the last punctuation mark or verb (or function word, for
    a `closed` name such as a university's, which holds none), without a leading function word (与, 和, 对 …)."""
    lo = max(0, start - limit)
    begin = lo
    for m in (_CLOSED_BOUNDARY if closed else _BOUNDARY).finditer(text, lo, start):
        if m.group() in JOINING_DASHES and _joins(text, m.start()):
            continue  # 中国—东盟传统医药传承创新中心: a dash joining two places is part of the name
        begin = m.end()
    while begin < start and text[begin] in FUNCTION_CHARS:
        begin += 1
    return begin


JOINING_DASHES = "—–-"


def _joins(text: str, at: int) -> bool:
    """One dash between two Han characters (中国—东盟), not a dash of punctuation (——) or a range."""
    return 0 < at < len(text) - 1 and bool(re.fullmatch(r"[" + HAN + r"]", text[at - 1])) and bool(
        re.fullmatch(r"[" + HAN + r"]", text[at + 1]))


HOTLINE = re.compile(r"^(?:120|999|123\d\d)")
"""A service number written in a name (尤溪县120急救指挥中心, 江津区12356心理援助热线中心: the 123xx government
service lines)."""


def _body_ok(body: str, designation: bool, label: str = "") -> bool:
    """A body between a head and a type label that names one institution: short and specific for hospitals (人民,
    博爱), longer for designations (危重孕产妇和危重儿童, 公共卫生医学) but no category word and no other
    institution's name (市疾控中心实验室 is a laboratory of the CDC, not a name); a school's may name its field."""
    body = HOTLINE.sub("", body)
    if COLLEGE.search(label):
        body = FIELD_WORDS.sub("", body)
    if body and body[0] in FUNCTION_CHARS:
        return False  # 我市以全民健康信息平台: a function word ends the head
    if designation:
        body = PART_OF_REGION.sub("", body)  # 宁夏北部区域传染病救治中心: one region's part names one centre
        return len(body) <= 14 and bool(re.fullmatch(r"[" + HAN + r"]*", body)) and not GENERIC_DESIGNATION.search(
            body) and not _INSTITUTION_WORD.search(body)
    return _specific(body)


def _boundary(text: str, begin: int) -> bool:
    """The name starts a phrase: text start, punctuation, a function word or a verb before it, or an aside's 含
    (（含柳江区人民医院）)."""
    return begin == 0 or not re.fullmatch(r"[" + HAN + r"]", text[begin - 1]) or bool(
        LIST_START.search(text[max(0, begin - 4):begin])) or text.endswith(("（含", "(含"), 0, begin)


def _specific(body: str) -> bool:
    """A body that names one institution (人民, 第二人民, 博爱, 四〇四) rather than a kind (县级, 公立); a town's
    name may be longer (达日罕乌拉苏木), and hold 和 as its second character (伊和高勒苏木: no conjunction one character
    into a name)."""
    town = bool(TOWN.search(body))
    if town and body[1:2] == "和":
        body = body[0] + "格" + body[2:]
    return len(body) <= (8 if town else 6) and not GENERIC_BODY.search(body) and bool(
        re.fullmatch(r"[" + HAN + r"]*", body))


def _town_name(place: str) -> bool:
    """A town's name before its level word: up to six characters (巴雅尔图胡硕镇), which may spell its sounds with
    characters that are words elsewhere (乌额格其苏木: 其 is no pronoun inside a name, only at its start)."""
    return len(place) <= 6 and not place.startswith("其") and _specific(place[0] + place[1:].replace("其", "格"))


def _word_before(head: str, prefix: str) -> bool:
    """市/区 as the end of a word (城市, 全市, 地区, 社区, 湾区), not a level prefix."""
    before = head[: -len(prefix)][-1:] if len(head) > len(prefix) else ""
    return bool(before) and before in WORD_ENDINGS


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[NamedEntityMention]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    home = doc_jurisdiction(doc, ctx.vocabulary)
    for f in find_institutions(doc, ctx, home):
        if doc.norm.crosses_gap(f.start, f.end) or GAP in f.name:
            continue
        code = f.jurisdiction_iri.rsplit("/", 1)[-1] if f.jurisdiction_iri else "unknown"
        iri = ctx.iris.entity("institution", code, f.name)
        yield NamedEntityMention(doc.evidence(f.start, f.end), doc.provision_at(f.start).path, extractor,
                                 "institution", iri, f.name, doc.norm.text[f.start:f.end], f.type_iri,
                                 f.jurisdiction_iri)


EXTRACTOR = Extractor(NAME, VERSION, run, assigns=("NamedEntityMention",),
                      description="Named institutions typed by institution type and located in their jurisdiction.")
