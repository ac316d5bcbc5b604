"""Named programmes, projects, campaigns, pilots and strategies (千县工程, 健康广东行动, 中医师承“薪火工程”).

A programme name is a noun phrase ending in a programme word (工程, 计划, 行动, 项目, 试点, 活动, 运动, 战略, 创建,
示范省/示范区) with a proper head before it. Constructions read (tables below):
- after an implementing verb (实施, 开展, 推进, 启动, 继续实施, 落实, 争取, 参与, 纳入, 结合, 依托 …), every member of
  the coordinated object that ends in a programme word: 实施A工程、B项目和C试点 → three programmes; members sharing a
  tail get it (旗县级综合医院、旗县级妇幼保健院能力提升行动; 健康体重、健康口腔等专项行动; 心脑血管疾病、癌症防治
  4大专项行动); a tail after 等 with a proper head of its own is one programme (…等职业健康保护行动);
- a quoted name right after such a verb, with or without a short tail (实施“将健康融入所有政策”, 开展“健康企业”创建);
- a quoted name ending in, or followed by, a programme word anywhere (以国家“千县工程”为牵引, “海外名师”项目);
- a programme named as the object of a nominalised verb (…工程的实施, 加大对…工程的支持力度);
- a jurisdiction's health campaign: 健康 + a place + 建设, or 建设健康 + a place (健康吉林建设, 建设健康湘潭);
- a national programme whose name ends in no programme word (国家免疫规划);
- two names written back to back are two (结合健康中国行动老年健康促进行动).
Generic phrases (专项行动, 重大项目, 试点工作, 建设项目 …) have no proper head and are not names; an 活动 needs a
campaign word before it (…创建活动, …年活动, …宣传周活动) or quotation marks, and named occasions listed before
a generic 活动 are the names themselves (老年健康宣传周、全国敬老月等活动 → 老年健康宣传周, 全国敬老月); names
inside a cited title 《…》 belong to the reference. Names are canonical without quotation marks (see
names.canonical), and a later mention written with a word more or less (…救治体系能力提升工程 after
…救治能力提升工程) names the programme mentioned first; one entity per canonical name across the corpus, each
mention with its provision and the agencies responsible for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.context import BuildContext
from loaders.extract.names import (
    CLOSE_QUOTES,
    HAN,
    QUOTES,
    canonical,
    clause_end,
    depth_map,
    fold_variants,
    inside,
    longest_first,
    shared_tail,
    split_members,
    title_spans,
)
from loaders.extract.org_facts import AgencyRef, NamedEntityMention, Responsibility
from loaders.extract.registry import Extractor
from loaders.extract.row_tables import PROJECT_COLUMN, rows
from loaders.numerals import chinese_to_int
from loaders.records import GAP, ParsedDocument
from loaders.vocabulary import Vocabulary

NAME, VERSION = "programmes", "2.1.53"

KINDS = {"工程": "工程 project", "行动": "行动 campaign", "计划": "计划 plan", "项目": "项目 project",
         "试点": "试点 pilot", "活动": "活动 activity", "运动": "运动 campaign", "战略": "战略 strategy",
         "创建": "创建 designation campaign", "建设": "建设 campaign", "示范": "示范 demonstration",
         "整治": "整治 rectification campaign"}
_PW = r"示范(?:省|区|市|县|城市)|工程|计划|行动|项目|试点|活动|运动|战略|创建|集中整治|保卫战|攻坚战"
"""Programme words: the last word of a programme's name."""
_PW_RE = re.compile(_PW)
_ENDS_PW = re.compile(r"(?:" + _PW + r")[”’」』]?$")
_ENDS_CORE = re.compile(r"(?:工程|计划|行动|项目|试点|活动|运动|战略|创建|整治|革命|保卫战|攻坚战|规划)[”’」』]?$")
"""A member ending like this is followed by the next member after 和/及/与 (a designation such as …示范城市和…
机构创建活动 is not: the 和 joins two parts of one name; a plan is a member of its own: 纳入发展规划和民生实事项目)."""
_ANY = re.compile(r"")
_QUOTED_TAIL = re.compile(r"“([^“”]+)”$")
"""A name whose last part is quoted (失能老年人“健康入户关怀行动”) is canonically the quoted part."""
_TRAILER = re.compile(r"[”’」』]?(?P<word>工作|建设|经验|成果|范围|覆盖面|(?<=试点)(?:省|市|县|区|城市))?"
                      r"(?:（[^（）]*）)?"
                      r"(?:(?:为|的|等|在|全局|部署|开展|实施|推进|提供|落实|加强|做好|做实|以来|统筹|中的).*|"
                      r"[\u4e00-\u9fff]{2,10}(?:服务|资金|经费|补助)|(?<=工程|行动|项目|计划)[\u4e00-\u9fff]{4,16}工作)?",
                      re.DOTALL)
_MEMBER_TRAILER = re.compile(r"[”’」』]?(?P<word>工作|建设|经验|成果|范围|覆盖面|(?<=试点)(?:省|市|县|区|城市))?"
                             r"(?:（[^（）]*）)?")
"""What may follow a programme word inside the clause: a closing quote, a word the name governs (试点工作, 试点建设,
试点经验, 试点范围), a bracketed alias, or the rest of a 以…为 / …的 construction, or the main verb after a programme
introduced by 结合 / 依托 (结合基本公共卫生服务项目开展…); for the last member also a service or fund of the
programme (落实基本公共卫生服务项目中医药健康管理服务, …项目补助资金) or a work item under it (实施千县工程县医院
综合能力提升工作)."""
_ADVERBS = (r"深入|全面|大力|积极|持续|继续|稳步|广泛|组织|启动|规划|拓展|结合|扎实|着力|加快|认真|切实|进一步|"
            r"探索|统筹|深化|逐步|同步|按要求|协同|共同|全力|努力|不断|率先|首先|重点|推动|贯彻|研究")
_STRONG = (r"实施|开展|举办|推进|启动|落实|推行|推广|争取|上争|参与|扩大|纳入|"
           r"入选(?![\u4e00-\u9fff]{0,2}(?:医院|单位|机构|的))|倡导|支持|申报|将|结合|依托|巩固|"
           r"通过|做好|"
           r"打好|确定为|列为|推动|深化|加快|做实|做细|抓好|用好|对接|(?<![所可予加])以(?=[^，。；]{2,30}?为(?:重点|抓手|载体|统领|引领|牵引))")
_WEAK = r"创建|建设|打造"
_STRONG_BEFORE = re.compile(r"(?:" + _STRONG + r")“?$")
CUE = re.compile(r"(?:(?:" + _ADVERBS + r")*(?:" + _STRONG + r"))+|(?:" + _WEAK + r")")
"""Implementing verbs before a programme's name (a run of adverbs and verbs ending in a verb). Weak verbs (建设,
创建) only introduce a designation (…示范省, …示范区)."""
_MAIN_VERB = re.compile(r"累计|完成|开展|实施|推进|培养|遴选|选派|组织|引进|加强|推动|建立|提升|完善|带动|吸引|"
                        r"资助|选拔|"
                        r"培训|新增|共|已")
"""A clause's own verb right after the programme a means cue names."""
_COUNTED_PROJECTS = re.compile(r"\d+个(?:以上|左右)?[\u4e00-\u9fff]{0,16}项目")
"""An object that counts projects (预算内投资支持30个以上…改扩建项目) names no programme."""
_FUNDING = re.compile(r"投资|资金")
"""A member of an object that names money (…和中央预算内投资支持) names no programme."""
_INSTITUTION_BIDS = re.compile(r"(?<=[院心校])(?:争创|申创|申报|争取|(?=国家))")
"""An institution and its bid inside the object of a verb of support (支持市中医医院争创国家…项目, 推进区中医院国家…
项目建设): the programme's name starts after the bid, or at the 国家 of its name."""
_MEANS_VERBS = ("依托", "结合", "借助", "通过")
"""Cues that introduce a means: the programme named after them is followed by the clause's own verb."""
_DESIGNATION = re.compile(r"示范(?:省|区|市|县|城市)$")
_DOCUMENT_WORDS = re.compile(r"(?:计划|纲要|规划|方案)$")
"""After 贯彻 (implementing a document) a name ending like a document's title is a reference, not a programme."""
_LEADING = re.compile(r"(?:新一轮|好|了|第[一二三四五六七八九十百\d]+(?:届|期|批|轮|个)|每年|每季度|年度|"
                      r"(?:19|20)\d{2}年度?|"
                      r"(?:不少于|至少|每年)?[\d一二三四五六七八九十两]+(?:次|轮|场))+")
"""Words before a name that are no part of it (新一轮, 第五届, 第38个, 不少于2次, 每年“敬老月”活动, a year's round:
2026年基本公共卫生服务项目)."""
_CATEGORY = re.compile(r"一批|一系列|若干|多个|各类|各项|[\d一二三四五六七八九十两几]+(?:个|项|类|批)")
"""An object counted as a batch (打造一批…示范城市) is a category, not a name."""
_MARKER = re.compile(r"等|(?:\d+|[一二三四五六七八九十两几]+)(?:大|项|个|类)")
"""What ends a list of heads before their shared tail: 等, or a count (4大专项行动)."""
_ACTIVITY_NOUN = re.compile(r"(?:防治|防控|筛查|救治|诊疗|管理|干预|监测|保障|服务|培训)$")
"""What the heads of a list share when the last one ends in it (高血压、糖尿病防治专项行动 → 高血压防治专项行动)."""
_OCCASION = re.compile(r"[日周月节][”’」』]?$")
"""A named day, week, month or festival (世界无烟日, 老年健康宣传周, 全国敬老月): a campaign's name of its own."""
_OCCASION_TAIL = re.compile(r"(?:系列|主题|宣传|宣教|纪念)*活动")
"""The generic tail after a list of occasions (…日、…周等主题宣传活动)."""
_DROPPED_MODIFIERS = re.compile(r"(?:多层次|系列|各类|各项)+")
_WORD_BEFORE_DENG = "高中初平同相对均优特甲乙丙一二三上下头次超何"
"""Characters that make 等 part of a word (高等, 平等, 甲等) rather than the end of a list."""
_GENERIC = re.compile(r"^(?:专项|重点|重大|相关|有关|各项|各类|试点|建设|示范|工作|一批|若干|多层次|系列|民生|研发|"
                      r"行动|工程|计划|项目|新一轮|这些|上述|该|本|等|年度|各级|省级|市级|县级|国家级|国家|"
                      r"[一二三四五六七八九十两百千万几\d]+[大项个类]?|重点研发|科研|攻坚|综合|示范创建|创建|投资|"
                      r"采购|整改|管理|保障|培训|发展|改革|帮扶|资金|主题|系列|宣传|各|人才|培养|能力|提升|队伍|实事|"
                      r"现有|已有|原有|既有|其他|其余|[和及与])+$")
"""Heads that name no programme (专项行动, 重大项目, 试点工作, 4大专项行动, 建设项目, 民生实事项目,
国家和省级重大项目, 现有项目)."""
_CAMPAIGN = re.compile(r"(?:创建|年|周|月|日|节|行|赛|评选|竞赛|宣传|主题|推介|义诊|展演|征文|"
                       r"进(?:校园|社区|农村|乡村|家庭|企业|机关|万家|基层|军营|单位|学校|课堂)(?:推广|宣传|巡讲|宣讲|义诊)?)$")
"""What names an 活动: a campaign word before it (示范创建活动, 经济管理年活动, 健康宣传周活动, 基层行活动,
…提升患者体验主题活动, 中医药文化进校园活动, 中医药适宜技术进基层推广活动, 健康进万家巡讲活动)."""
_QUOTED = re.compile(r"“(?P<name>[^“”\n" + GAP + r"]{2,24}?)”"
                     r"(?P<word>(?:系列|宣传|主题|改革|移风易俗|专项|攻坚|提升|示范)?(?:" + _PW +
                     r")+)?")
_QUOTED_MEMBER = re.compile(r"^“(?P<name>[^“”]{2,24})”(?P<tail>[" + HAN + r"]{0,4})(?:（[^（）]*）)?$")
_POLICY_NOUNS = ("", "政策")
"""Tails of a quoted name right after 实施/倡导 that are not part of the name (实施“港澳药械通”政策)."""
_ACTIVITY_TAILS = ("创建", "评选", "示范", "监督检查", "监督抽查", "建设", "专项治理", "专项整治", "集中整治")
"""Tails that make a quoted name after any implementing verb a programme (开展“双随机、一公开”监督检查)."""
_ACTIVITY_TAIL = re.compile(r"”(?:" + "|".join(_ACTIVITY_TAILS) + r")?")
_NAMING_VERBS = ("实施", "倡导", "深化")
"""Verbs after which a quoted phrase alone names a programme (实施“将健康融入所有政策”, 深化“双下沉、两提升”)."""
_WORKS = re.compile(r"(?:楼|大楼|基建|院区|用房|装修|设施|主体|土建|配套)$")
"""What makes …工程 a building rather than a programme (综合楼工程, 基建工程); an institution's own construction
project is named (德清县中医院迁建工程, …业务用房改造工程)."""
_VERB_INSIDE = re.compile(r"实施|开展|推进(?!$)|(?<![\u4e00-\u9fff]{4})推进$|落实|纳入|列入|作为|融入|助力|"
                          r"巩固(?!提升)|制定|制订")
"""A name holds no implementing or drafting verb: 青少年作为实施全民健身计划 and 结合实际制定本省份2026年项目实施方案
are clauses around a kind of programme (a 推进行动 after a topic of four characters or more is a name:
中医药健康文化推进行动)."""
_LEADING_VERB = re.compile(r"(?:" + _STRONG + r"|" + _WEAK + r"|争创|申建)")
"""A name starts with no verb: 推进建设…示范区 names …示范区."""
_ATTRIBUTIVE = re.compile(r"以[^的]{1,12}为[^的]{1,4}的")
"""The one 的 a name may hold: 以绩效为导向的."""
_POSTPOSED = re.compile(r"(?:" + _PW + r")[”’」』]?的(?:实施|推进|开展|支持|落实)")
_POSTPOSED_START = re.compile(r"[，。；、：！？\n" + GAP + r"]|对")
_HEALTH_PLACE = re.compile(r"健康(?P<place>[" + HAN + r"]{2,6}?)建设|建设健康(?P<after>[" + HAN + r"]{2,6})")

VARIANT_CHARS = 2
"""Characters a later mention of a programme may add or drop (体系, 服务) and still name the same programme."""
LONGEST = 32
"""Characters a programme's name holds at most (a longer run is a clause, not a name)."""
Candidate = tuple[int, int, str, str]
"""(start, end, canonical name, kind) of a mention."""


def find_programmes(text: str, vocab: Vocabulary | None = None) -> list[Candidate]:
    """Every programme mention, in text order, without overlaps (the longer of two overlapping mentions wins)."""
    text = fold_variants(text)
    found: list[Candidate] = []
    for m in CUE.finditer(text):
        found += _after_cue(text, m)
    found += _postposed(text)
    if vocab is not None:
        found += _health_places(text, vocab)
    found += _quoted(text)
    found += [(m.start(), m.end(), m.group(), KINDS["计划"]) for m in _NAMED.finditer(text)]
    found += [(m.start(), m.end(), _national_name(m.group()), _kind(m.group()))
              for m in _NATIONAL_PROJECTS.finditer(text)]
    found += [(m.start("name"), m.end("name"), m.group("name"), "培训 training")
              for m in _NATIONAL_TRAININGS.finditer(text)]
    found += _headings(text)
    found += _project_table(text)
    if vocab is not None:
        found += _known(text, vocab)
    titles = title_spans(text)
    found = [(s, e, _national_name(n) if _NATIONAL_PROJECTS.fullmatch(n) else n, k) for s, e, n, k in found
             if not inside(titles, s)]  # 做好基本公共卫生服务项目工作: the national programme, however it is found
    return _same_programme(longest_first(found), text)


_NAMED = re.compile(r"国家免疫规划(?!疫苗|信息|[内外])")
"""Programmes whose name ends in no programme word (国家免疫规划, the national immunisation programme; not its
vaccines or its information system)."""
_NATIONAL_PROJECTS = re.compile(r"(?:国家)?(?:基本|重大)公共卫生服务项目|爱国卫生运动")
"""Nationwide programmes named as the subject too, no cue needed: the public-health service projects (国家基本公共
卫生服务项目和重大公共卫生服务项目全面落实; named with 国家 whether the text writes it or not) and the patriotic
health campaign (融入爱国卫生运动). Settings campaigns (健康村建设, 无烟学校建设) are not: keys rarely read them so."""


_NATIONAL_TRAININGS = re.compile(
    r"(?:开展|实施|组织开展)(?P<name>(?:全科医学)?(?:住院医师|专科医师|全科医生|助理全科医生|公共卫生医师|精神科医师|"
    r"儿科医师)(?:规范化|转岗)培训|助理全科医生培训|农村订单定向(?:医学生免费|免费医学生|医学生)培养)"
    r"(?![\u4e00-\u9fff]{0,2}(?:基地|结业|考核|合格|学员|招收|人数|制度|体系|经费|补助|质量|管理|规模|名额|项目|[率数]))")
"""The national training programmes for doctors (住院医师规范化培训, 全科医生转岗培训, 助理全科医生培训,
农村订单定向医学生免费培养 or …免费医学生培养 or …医学生培养, …) as what a task carries out (开展全科医生转岗培训):
not a base, a rate or a count of them (…培训基地, …培训结业考核通过率, …培训人数), nor a system to improve
(完善住院医师规范化培训制度)."""


PROGRAMME_SCHEME = "programme"
"""ontology/vocab/programmes.ttl: national programmes, campaigns, pilots and strategies plans at every level name."""
_AS_MODIFIER = re.compile(r"疫苗|[率数]|经费|资金|补助|补贴|信息系统|信息平台|重点(?:工作|任务)|\d|"
                          r"[一二两三四五六七八九十]+[个项]")
"""What a programme's name may modify (国家免疫规划疫苗接种率, …项目经费, 乡村振兴战略重点工作) or a count after it
(获批国家临床重点专科建设项目2个: projects of the programme, counted): no mention of the programme."""
_TAKES_OBJECT = re.compile(r"(?:帮扶|援疆|援藏)$")
_OBJECT_FREE = re.compile(rf"[^{HAN}]|工作|政策|任务|[等和及与中的并]|成效|机制|模式|力度|项目|行动")
"""After a name ending in a verb of aid, what is no object of it: an object (医疗人才组团式帮扶国家乡村振兴重点帮扶
旗县级医院) makes a longer name, which other rules read."""
_LOCAL_LEVEL = re.compile(r"(?:省|市|县|区|州|盟|旗|自治区)级$")
_LOCAL_PILOT = re.compile(r"全(?:省|市|县|区|州|盟|旗)$")
"""A level word right before a national programme's name (省级安宁疗护试点; 全省紧密型…试点 for a pilot): a programme
of that level with the same name, not the national one (全省千县工程 is the national project in the province)."""
_OWN_PLACE = re.compile(r"[省市县区州盟旗]$")
"""A division's name right before (吉林省癌症防治行动): the division's own action, which other rules read."""
_BATCH_WORD = r"第[一二三四五六七八九十\d]{1,3}批"
BATCH = re.compile("^" + _BATCH_WORD)
BATCH_BEFORE = re.compile(_BATCH_WORD + "$")
"""A batch of a programme (第二批全国安宁疗护试点): the programme itself, the batch written with it."""


def _known(text: str, vocab: Vocabulary) -> list[Candidate]:
    """Names of the programme vocabulary wherever they stand, without a cue (开展心脑血管疾病防治行动, 落实国家组织药品
    集中带量采购中选结果), quotation marks inside them or not (医疗人才“组团式”帮扶); with a level word before them the
    local programme of that name (省级安宁疗护试点), with a batch the batch (第二批全国安宁疗护试点)."""
    keep = [i for i, ch in enumerate(text) if ch not in QUOTES and ch not in CLOSE_QUOTES]
    bare = "".join(text[i] for i in keep)
    out: list[Candidate] = []
    for a, b, _ in vocab.find_all(PROGRAMME_SCHEME, bare):
        start, end = keep[a], keep[b - 1] + 1
        if _AS_MODIFIER.match(bare, b) or (_TAKES_OBJECT.search(bare, 0, b) and b < len(bare)
                                           and not _OBJECT_FREE.match(bare, b)):
            continue
        if end < len(text) and text[end] in CLOSE_QUOTES and any(q in text[max(0, start - 1):start] for q in QUOTES):
            start, end = start - 1, end + 1  # “优质服务基层行”: the quotation marks with it
        named = start
        pilot = re.search(r"(?:试点|示范)$", bare[:b]) is not None
        if (level := _LOCAL_LEVEL.search(text, max(0, start - 4), start)) or (
                pilot and (level := _LOCAL_PILOT.search(text, max(0, start - 2), start))):
            start = named = level.start()
        elif _OWN_PLACE.search(text, max(0, start - 1), start):
            continue
        elif batch := BATCH_BEFORE.search(text, max(0, start - 5), start):
            start = batch.start()  # the batch is evidence, not part of the name
        name = canonical(text[named:end])
        out.append((start, end, name, _kind(name)))
    return out


_TRAILING_WORK = re.compile(r"(?:活动|工作)$")
YEAR_ROUND = re.compile(r"^(?:19|20)\d{2}年度?")
"""A year's round of a programme (2025年全国老年健康宣传周): the programme."""


def known_programme(vocab: Vocabulary, name: str) -> str | None:
    """The concept a programme's name is a label of, if any: written with a batch (第二批全国安宁疗护试点) or a year's
    round (2025年全国老年健康宣传周), with 活动 or 工作 after it (全国敬老月活动), with or without 国家 / 全国 before
    it or 建设 after it (慢性病综合防控示范区), or as a head given 专项行动 by its list (心脑血管疾病防治专项行动)."""
    bare = YEAR_ROUND.sub("", BATCH.sub("", name))
    for form in (bare, _TRAILING_WORK.sub("", bare), re.sub(r"专项行动$", "行动", bare)):
        core = form.removeprefix("国家").removeprefix("全国")
        for written in (form, core, "国家" + core, core + "建设", "国家" + core + "建设"):
            if concept := vocab.lookup(PROGRAMME_SCHEME, written):
                return concept
    return None


def _national_name(written: str) -> str:
    return "国家" + written.removeprefix("国家") if written.endswith("公共卫生服务项目") else written
_HEADING = re.compile(r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
                      r"\d{1,2}[.、．])[ \t\u3000]*(?P<name>[" + HAN + r"“”]{2,18}?(?:行动|工程|计划))"
                      r"(?:[。.][^\n]*)?[ \t\u3000]*$", re.M)
"""A numbered heading that is a programme's name alone, or a numbered item whose first sentence is (（一）健康知识普及
行动。建立健全健康教育体系…): the section carries it out."""


def _headings(text: str) -> list[Candidate]:
    out = []
    for m in _HEADING.finditer(text):
        written = m.group("name")
        name = canonical(written)
        if _valid(name, written) and not _DOCUMENT_WORDS.search(name):
            out.append((m.start("name"), m.end("name"), name, _kind(name)))
    return out


def _project_table(text: str) -> list[Candidate]:
    """A table of projects (序号 | 项目名称 | 建设内容 | 总投资, pipe rows or one cell per line; row_tables): each row's
    name cell that ends in a programme word names a programme (喀什地区疾病预防控制中心能力提升项目, 乡镇卫生院标准化
    建设工程)."""
    out: list[Candidate] = []
    for row in rows(text):
        found = row.column(PROJECT_COLUMN)
        if found is None:
            continue
        cell = found[1]
        name = canonical(cell.text)
        if _ENDS_PW.search(name) and _valid(name, cell.text) and not _DOCUMENT_WORDS.search(name):
            out.append((cell.start, cell.end, name, _kind(name)))
    return out


def _same_programme(found: list[Candidate], text: str) -> list[Candidate]:
    """A later mention written with a word more or less (重大疫情救治体系能力提升工程 after 重大疫情救治能力提升工程,
    社区卫生服务中心中医馆再提升工程 after 社区卫生中心中医馆再提升工程), or by the quoted end of the first one's name
    without its qualifiers (“强基提质”工程 after 市级临床重点专科“强基提质”工程; not an unquoted 心理健康促进行动 after
    “湘心护航”儿童青少年心理健康促进行动, which names a programme of its own), names the programme mentioned first."""
    first: list[str] = []
    out = []
    for start, end, name, kind in found:
        quoted = any(q in text[start:end] for q in QUOTES)
        same = next((n for n in first if n != name and (_variant(n, name) or (quoted and _shortened(n, name)))),
                    None)
        if same is None and name not in first:
            first.append(name)
        out.append((start, end, same or name, kind))
    return out


SHORT_FORM = 5
"""Characters a later, shortened mention keeps at least (强基提质工程; not 提升工程, which many programmes end with)."""


def _shortened(first: str, later: str) -> bool:
    """`later` is the end of `first`'s name: the programme named again without its qualifiers."""
    return len(later) >= SHORT_FORM and len(first) > len(later) and first.endswith(later)


def _variant(a: str, b: str) -> bool:
    """b and a differ by at most `VARIANT_CHARS` characters inserted into the longer one, keeping the first two
    characters and the last four (a word right before the programme word names another programme: 中医药人才培育
    登峰计划 is one of the 中医药人才培育计划)."""
    short, long = sorted((a, b), key=len)
    if not 0 < len(long) - len(short) <= VARIANT_CHARS or short[:2] != long[:2] or short[-4:] != long[-4:]:
        return False
    chars = iter(long)
    return all(c in chars for c in short)


def _after_cue(text: str, cue: re.Match[str]) -> list[Candidate]:
    """The programmes of the object of an implementing verb."""
    verb = cue.group()
    start = cue.end()
    lead = _LEADING.match(text, start)
    start = lead.end() if lead else start
    end = clause_end(text, start)
    gap = text.find(GAP, start, end)
    end = gap if gap >= 0 else end
    if verb.endswith("以") and (role := _AS_FOCUS.search(text, start, end)):
        end = role.start()  # 以农村“厕所革命”和村庄清洁行动为重点: the object ends before 为
    if scope := _SCOPE_OF.search(text, start, end):
        end = scope.start()  # 纳入…建设项目优先支持范围: the programme, then the part of it the object is
    if _COUNTED_PROJECTS.search(text, start, end):
        return []  # 争取中央和省级预算内投资支持30个以上…改扩建项目: funds and the projects they pay for, no programme
    if bid := _INSTITUTION_BIDS.search(text, start, end):
        start = bid.end()  # 支持市中医医院争创国家中医特色重点医院建设项目: the institution bids for the programme
    if end - start < 3 or _CATEGORY.match(text, start) or not (_PW_RE.search(text, start, end) or _ACTIVITY_TAIL.search(
            text, start, end)):
        return []
    if verb.endswith(_MEANS_VERBS):  # 依托兴滇英才支持计划累计遴选…: the clause's own verb follows the programme
        first = next((m.end() for m in _PW_RE.finditer(text, start, end)
                      if _valid(canonical(text[start:m.end()]), text[start:m.end()])), None)
        end = first if first is not None and _MAIN_VERB.match(text, first) else end
    weak = not re.search(_STRONG, verb) and not verb.endswith("以")
    naming = verb.endswith(_NAMING_VERBS)
    members = [part for s, e in split_members(text, start, end, _ENDS_CORE) for part in _activity_and(text, s, e)]
    if len(members) > 1 and all(text.startswith("进", s) for s, _ in members[1:]):
        members = [(members[0][0], members[-1][1])]  # 中医药文化进校园、进社区、进乡村活动: one campaign
    *init, (a, b) = members
    if init and not _ENDS_PW.search(text, *init[-1]) and (joint := _HEAD_JOINT.match(text, a, b)) \
            and not _ENDS_PW.search(text, a, joint.end("head")):
        init, a = [*init, (a, joint.end("head"))], joint.end()  # 心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病防治行动
    out: list[Candidate] = []
    for s, e in init:
        out += _member(text, s, e, False, weak, naming)
    siblings: list[tuple[int, int]] = []
    for s, e in reversed(init):
        if _ENDS_PW.search(text, s, e):
            break
        siblings.insert(0, (s, e))
    marker = _marker(text, a, b)
    if marker:
        heads = split_members(text, a, marker[0], _ANY)
        for s, e in heads:
            out += _member(text, s, e, False, weak, naming)
        out += _after_marker(text, [*siblings, *heads], marker[1], b, counted=text[marker[0]] != "等")
    else:
        out += _member(text, a, b, True, weak, naming)
        out += _shared_tail(text, siblings, a, b)
    out = [c for c in out if not _FUNDING.search(c[2])]
    if weak:
        out = [c for c in out if _DESIGNATION.search(c[2])]
    if "贯彻" in verb:
        out = [c for c in out if not _DOCUMENT_WORDS.search(c[2])]
    return out


def _activity_and(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """全科医生转岗培训和农村订单定向医学生免费培养项目: an activity (…培训) and a programme joined by 和 are two
    members."""
    joint = text.find("和", s, e)
    if joint >= s + 6 and _ACTIVITY_NOUN.search(text, s, joint) and _ENDS_CORE.search(text, joint + 1, e) \
            and "和" not in text[joint + 1:e] and e - joint > 8:  # 伤害监测和干预行动计划: one programme
        return [(s, joint), (joint + 1, e)]
    return [(s, e)]


_HEAD_JOINT = re.compile(r"(?P<head>[\u4e00-\u9fff]{2,10}?)(?:和|及|与)(?=[\u4e00-\u9fff]{2})")
"""The last two heads of a 、-list joined by 和 before the tail they share (…、慢性呼吸系统疾病和糖尿病防治行动)."""


_SCOPE_OF = re.compile(r"(?<=[目划程动点])的?(?:优先|重点)?(?:支持|扶持|资助|保障)?(?:范围|名单|清单|序列|盘子)$")
"""What an object names after the programme it belongs to (纳入省级临床重点专科建设项目优先支持范围)."""
_AS_FOCUS = re.compile(r"为(?:重点|抓手|载体|统领|引领|牵引)")
"""What a programme is made after 以 (以村庄清洁行动为重点)."""
_JOINS = re.compile(r"融入|助力|对接|服务于|参与|参加|(?<=[\u4e00-\u9fff]{2})与(?=[\u4e00-\u9fff]{2,8}战略)")
"""Verbs inside an object that join something to a programme (中医药融入健康广西行动, 民族医药与乡村振兴战略衔接,
支持试点医院参与…建设试点): the name follows them (not inside quotation marks: 实施“将健康融入所有政策”)."""


def _member(text: str, a: int, b: int, last: bool, weak: bool, naming: bool) -> list[Candidate]:
    joins = [j for j in _JOINS.finditer(text, a, b) if text.count("“", a, j.start()) == text.count("”", a, j.start())]
    a = joins[-1].end() if joins else a
    named = _named(text, a, b, last)
    if named:
        return _adjacent(text, named)
    quoted = None if weak else _quoted_member(text, a, b, naming)
    return [quoted] if quoted else []


def _name_end(text: str, a: int, b: int, last: bool) -> tuple[int, int] | None:
    """(end of the name, end of the written span) when text[a:b] ends in a programme word followed by a trailer
    (for the last member of a clause, the trailer may run on: …示范省为牵引, …工程的实施)."""
    for m in reversed(list(_PW_RE.finditer(text, a, b))):
        trailer = (_TRAILER if last else _MEMBER_TRAILER).fullmatch(text, m.end(), b)
        if trailer:
            close = m.end() + (1 if m.end() < b and text[m.end()] in CLOSE_QUOTES else 0)
            return close, trailer.end("word") if trailer.group("word") else close
    return None


def _named(text: str, a: int, b: int, last: bool) -> Candidate | None:
    ends = _name_end(text, a, b, last)
    if ends is None:
        return None
    name_end, span_end = ends
    written = text[a:name_end]
    if not _valid(canonical(written), written):
        return None
    summary = _LIST_SUMMARY.search(written)
    if summary and chinese_to_int(summary.group("count")) == _list_length(text, a) > 1:
        a, written = a + summary.start("name"), summary.group("name")  # 名医、名科、名院“三名”工程: the list's count
    quoted = _QUOTED_TAIL.search(written)
    name = canonical(quoted.group(1) if quoted and quoted.start() > 0 else written)
    return a, span_end, name, _kind(name)


_LIST_SUMMARY = re.compile(r"^[" + HAN + r"]{1,4}(?P<name>“(?P<count>[一二三四五六七八九十两\d])[^“”]{1,6}”[" + HAN +
                           r"]{0,4}?(?:" + _PW + r"))$")
"""A quoted count abbreviating the list it ends (名医、名科、名院“三名”工程; 高血压、糖尿病、高脂血症“三高”共管
试点): the name, without the last member, when the count is the list's length (农村妇女“两癌”免费检查项目 keeps
its head)."""


def _list_length(text: str, a: int) -> int:
    """Members of the 、-list whose last member starts at `a` (short members only: 名医、名科、名院 → 3); 0 when one
    before is a programme of its own (…营养改善项目、农村妇女“两癌”免费检查项目)."""
    n = 1
    while a > 1 and text[a - 1] == "、" and (m := re.search(r"[" + HAN + r"]{2,6}$", text[max(0, a - 7):a - 1])):
        if _ENDS_PW.search(m.group()):
            return 0
        n, a = n + 1, a - 1 - len(m.group())
    return n


_INNER_END = re.compile(r"(?:行动|工程|计划(?!生育))(?=[" + HAN + r"]{6})")
"""The end of a first name inside a longer one when another name follows it unbroken (健康中国行动老年健康促进行动)."""


def _adjacent(text: str, found: Candidate) -> list[Candidate]:
    """Two names written back to back without a separator (结合健康中国行动老年健康促进行动: 健康中国行动 and its
    老年健康促进行动): two programmes when both halves are names of their own."""
    start, end, name, kind = found
    if text[start:start + len(name)] != name:
        return [found]
    for m in _INNER_END.finditer(name):
        first, second = name[:m.end()], name[m.end():]
        if len(first) >= 5 and _valid(first, first) and _valid(second, second):
            cut = start + len(first)
            return [(start, cut, first, _kind(first)), (cut, end, second, kind)]
    return [found]


def _valid(name: str, written: str) -> bool:
    """A proper head before the programme word; an 活动 also needs a campaign word or quotation marks."""
    word = _PW_RE.findall(name)
    if not word or not name.endswith(word[-1]) or GAP in name:
        return False
    head = name[: -len(word[-1])]
    quoted = "“" in written
    if len(name) > LONGEST:
        return False
    if len(head) < 2 or (_GENERIC.match(head) and not quoted) or re.search(r"[，。；：\n]", head):
        return False
    if head.startswith(("的", "和", "及", "与", "为", "在", "对", "以")) or _VERB_INSIDE.search(head) or \
            "各" in head or _LEADING_VERB.match(head):
        return False
    if "的" in _ATTRIBUTIVE.sub("", head) or (word[-1] == "工程" and _WORKS.search(head)):
        return False
    if (name.endswith(("运动项目", "传统运动", "体育运动", "健身运动")) and not quoted) or \
            name.endswith(("工作计划", "年度计划")):
        return False  # 中医传统运动(项目): sports; …规划及年度工作计划: a government's plans, not a programme
    if word[-1] == "项目" and re.search(r"常规(?:检测|检查|检验)$", head) and not quoted:
        return False  # 住院和术前常规检测项目: tests a hospital runs, no programme
    if word[-1] == "试点" and _INSTITUTION_HEAD.fullmatch(head) and not quoted:
        return False  # 本省份中医医院试点工作: the pilot's work in a kind of hospital, no pilot's name
    if word[-1] == "运动" and len(head) <= 2 and not quoted:
        return False  # 戒烟限酒、适量运动等健康生活方式: exercise, no campaign (爱国卫生运动, 全民健身运动 are)
    if word[-1] == "活动" and not (_CAMPAIGN.search(head) or quoted):
        return False
    if _DESIGNATION.search(name) and re.search(r"创建|申报|争创|申创", head):
        return False  # 信丰县创建国家级示范区: a place working for a designation, no campaign's name
    if word[-1] == "创建" and _DONE.search(head):
        return False  # 高桥镇社区卫生服务中心完成创建: institutions completing a designation, no campaign's name
    return not head.endswith(("等", "各", "和", "与"))  # 示范区复审和创建: two acts, no name


_INSTITUTION_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:医院|卫生院|医疗机构|医疗卫生机构)")
_DONE = re.compile(r"(?:完成|通过|实现|参加|参与)$")


def _quoted_member(text: str, a: int, b: int, naming: bool) -> Candidate | None:
    """实施“将健康融入所有政策”, 开展“健康企业”创建, 推进“互联网+医疗健康”示范: a quoted name right after the verb
    (after 实施/倡导 alone or with 政策; after other verbs with an activity word)."""
    m = _QUOTED_MEMBER.match(text[a:b])
    if not m:
        return None
    tail = m.group("tail")
    if not ((naming and tail in _POLICY_NOUNS) or tail in _ACTIVITY_TAILS):
        return None
    name = canonical(m.group("name") + ("" if tail in _POLICY_NOUNS else tail))
    if len(name) < 2 or _GENERIC.match(name):
        return None
    return a, a + len(m.group("name")) + 2 + len(tail), name, _kind(name)


def _marker(text: str, a: int, b: int) -> tuple[int, int] | None:
    """(end of the last head, start of the shared tail) when a list's last member holds 等 or a count before a
    tail ending in a programme word: 健康骨骼等专项行动, 慢性呼吸系统疾病防治4大专项行动."""
    found = None
    depths = depth_map(text[a:b])
    for m in _MARKER.finditer(text, a, b):
        if m.start() == a or depths[m.start() - a] or (m.group() == "等" and text[m.start() - 1] in _WORD_BEFORE_DENG):
            continue
        rest = m.end()
        mods = _DROPPED_MODIFIERS.match(text, rest, b)
        rest = mods.end() if mods else rest
        if _name_end(text, rest, b, True):
            found = (m.start(), rest)
    return found


def _after_marker(text: str, heads: list[tuple[int, int]], tail_start: int, b: int, counted: bool) -> list[Candidate]:
    """The tail after 等 / a count: one programme when it has a proper head after 等 (…等职业健康保护行动; after a
    count it is the category counted: 脑科医院、胸科医院2个标志性医疗合作项目), else a generic tail (专项行动, 计划)
    that each head takes (健康体重、健康口腔等专项行动 → 健康体重专项行动, 健康口腔专项行动)."""
    ends = _name_end(text, tail_start, b, True)
    if ends is None:
        return []
    tail = canonical(text[tail_start:ends[0]])
    if _valid(tail, text[tail_start:ends[0]]):
        return [] if counted else [(tail_start, ends[1], tail, _kind(tail))]
    if _OCCASION_TAIL.fullmatch(tail) and all(_OCCASION.search(text, s, e) for s, e in heads):
        # 老年健康宣传周、全国敬老月等活动: the occasions are the names; 活动 only says what is held in them
        return [(s, e, canonical(text[s:e]), _kind(text[s:e] + tail)) for s, e in heads
                if len(text[s:e]) >= 3 and not _GENERIC.match(text[s:e])]
    *siblings, (la, lb) = heads
    mid = ""
    if siblings:
        activity = _ACTIVITY_NOUN.search(text, la, lb)
        if activity and not any(text.endswith(activity.group(), s, e) for s, e in siblings):
            mid = activity.group()
        else:
            mid = canonical(text[la + shared_tail(text[la:lb], [text[s:e] for s, e in siblings]):lb])
    out = []
    for s, e in heads:
        head = canonical(text[s:e])
        if _ENDS_PW.search(head) or _GENERIC.match(head):
            continue
        last = (s, e) == (la, lb)
        name = head + ("" if last else mid) + tail
        if _valid(name, text[s:e]):
            out.append((s, ends[1] if last else e, name, _kind(name)))
    return out


_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|州|县|区|旗|盟|自治区|自治州|自治县)")
"""A list member that is only a division's name."""


def _shared_tail(text: str, siblings: list[tuple[int, int]], a: int, b: int) -> list[Candidate]:
    """Heads before the last member that share its tail: 旗县级综合医院、旗县级妇幼保健院能力提升行动."""
    ends = _name_end(text, a, b, True) if siblings else None
    if ends is None or all(_PLACE_ONLY.fullmatch(text[s:e]) for s, e in siblings):
        return []  # 启动株洲市、衡阳市、岳阳市长期护理保险试点: places of one programme, no programme each
    k = shared_tail(text[a:ends[0]], [text[s:e] for s, e in siblings])
    tail = canonical(text[a + k:ends[0]])
    words = _PW_RE.findall(tail)
    quoted = all(re.fullmatch(r"“[^“”]+”", text[s:e]) for s, e in siblings)
    if k >= ends[0] - a or not words or (len(tail) - len(words[-1]) < 2 and not quoted):
        return []  # a bare programme word is shared by quoted names only (“优质服务基层行”和“社区医院建设”活动)
    out = []
    for s, e in siblings:
        name = canonical(text[s:e]) + tail
        if _valid(name, text[s:e]):
            out.append((s, e, name, _kind(name)))
    return out


_QUOTED_OCCASION = re.compile(r"(?:文化|健康|宣传|科普|体育|艺术)(?:节|周|月)$")
"""A quoted recurring event named as one (“苗侗医药文化节”, “全民健康宣传月”): a campaign."""


def _quoted(text: str) -> list[Candidate]:
    out = []
    for m in _QUOTED.finditer(text):
        name, word = m.group("name"), m.group("word") or ""
        if not word and _QUOTED_OCCASION.search(name) and len(name) >= 4 and GAP not in name:
            out.append((m.start(), m.end(), canonical(name), KINDS["活动"]))
            continue
        if not word and not _ENDS_PW.search(name):
            continue
        name = canonical(name + word)
        if _valid(name, m.group()):
            out.append((m.start(), m.end(), name, _kind(name)))
    return out


def _postposed(text: str) -> list[Candidate]:
    """安全生命防护工程的实施, 加大对国家全民健身助残工程的支持力度."""
    out = []
    for m in _POSTPOSED.finditer(text):
        end = _PW_RE.match(text, m.start()).end()
        window = max(0, m.start() - 24)
        starts = [s.end() for s in _POSTPOSED_START.finditer(text, window, m.start())]
        if not starts:
            continue
        start = starts[-1]
        name = canonical(text[start:end])
        if _valid(name, text[start:end]):
            out.append((start, end, name, _kind(name)))
    return out


def _health_places(text: str, vocab: Vocabulary) -> list[Candidate]:
    """推进健康吉林建设 / 建设健康湘潭: the health campaign of a jurisdiction (after an implementing verb);
    健康中国行动, 健康山东行动 anywhere."""
    out = []
    for m in _HEALTH_PLACE.finditer(text):
        if m.group("place"):
            if not _STRONG_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue
            place = m.group("place")
            span = m.span()
        else:
            after = m.group("after")
            hits = vocab.find_all("jurisdiction", after)
            if not hits or hits[0][0] != 0:
                continue
            place = after[: hits[0][1]]
            if hits[0][1] < len(after) and after[hits[0][1]] not in "、和及":
                continue
            span = (m.start(), m.start("after") + len(place))
        if vocab.jurisdiction_by_name(place):
            out.append((span[0], span[1], f"健康{place}建设", KINDS["建设"]))
    for m in _HEALTH_ACTION.finditer(text):  # 是健康中国行动的重要专项行动之一: a jurisdiction's action needs no cue
        if m.group("place") in ("中国", "中华") or vocab.jurisdiction_by_name(m.group("place")):
            out.append((m.start(), m.end(), m.group(), KINDS["行动"]))
    return out


_HEALTH_ACTION = re.compile(r"健康(?P<place>[" + HAN + r"]{2,5}?)行动"
                            r"(?!计划|方案|纲要|推进委员会|推进办|办公室|[（(]20)")
"""健康中国行动, 健康山东行动: the health action of the nation or a jurisdiction, named anywhere."""


def _kind(name: str) -> str:
    for word, kind in KINDS.items():
        if name.endswith(word):
            return kind
    return KINDS["示范"] if _DESIGNATION.search(name) else ""


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[NamedEntityMention]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    responsible: dict[str, list] = {}
    by_row: dict[str, list[tuple[str, AgencyRef]]] = {}
    for fact in doc.facts:
        if isinstance(fact, Responsibility):
            if fact.task:  # a task table's row: its agencies answer for the programmes that row names
                by_row.setdefault(fact.provision, []).append((fact.task, fact.agency))
            else:
                responsible.setdefault(fact.provision, []).append(fact.agency)
    for start, end, name, kind in find_programmes(doc.norm.text, ctx.vocabulary):
        if doc.norm.crosses_gap(start, end):
            continue
        path = doc.provision_at(start).path
        surface = doc.norm.text[start:end]
        agencies = [*responsible.get(path, ()), *(a for task, a in by_row.get(path, ()) if surface in task)]
        concept = known_programme(ctx.vocabulary, name)  # one national programme, however the text writes it
        labels = ctx.vocabulary.labels(concept) if concept else {}
        canonical = labels.get("zh-Hans", "")
        yield NamedEntityMention(doc.evidence(start, end), path, extractor, "programme",
                                 ctx.iris.entity("programme", canonical or name), name, surface,
                                 kind or _kind(canonical or name), responsible=tuple(agencies),
                                 concept_iri=concept or "", name_en=labels.get("en", ""), canonical=canonical)


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("responsibilities",), assigns=("NamedEntityMention",),
                      description="Named programmes, projects, campaigns, pilots and strategies with the agencies "
                                  "responsible.")
