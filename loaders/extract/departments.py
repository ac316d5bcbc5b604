"""Department requirements: institutions (of a type, or a named one) must set up, build or strengthen a department,
clinic, ward, room or service unit — with the share of those institutions and the year when stated.

Constructions read (clause by clause; a sentence carries its subject to its later clauses):
- scope + set-up verb + units: 乡镇卫生院到2023年底全部设置中医馆, 县人民医院设置远程会诊中心,
  县级综合医院要规范设置儿科门诊和儿科病房, 支持三级医院设置研究型病房, 至少有1所县级医院设置康复医学科;
- verb + scope + units + nominal tail: 加强公立医院公共卫生科室标准化建设, 完善医疗机构急诊科设置,
  实施社区卫生中心中医馆再提升工程 (a verb of strengthening needs the tail unless the host's units close the
  clause: 完善县中医医院发热门诊);
- verb + units, the scope unsaid or carried: 建设一批临床重点专科, 二级综合医院要设置感染性疾病科，并…规范设置
  发热门诊和留观室;
- scope + units + coverage or share: 基层医疗卫生机构中医馆全覆盖, 中小学校心理辅导室设置率达到100%,
  设置中医临床科室的二级以上公立综合医院比例, 设置精神科、感染性疾病科的比例分别达到80%和95%.
A unit is recognised by its head noun (…科, …门诊, 诊室, 病区, 病房, …室, 中医馆, …单元, …中心 hosted by an
institution), not only by a vocabulary label; a list shares its head (胸痛、卒中、创伤中心 → three centres;
呼吸、重症等专科 → two specialties). Institution types joined by 和/、 give one requirement each; 全部/所有/全覆盖
mean a share of 100.
A share comes from the clause's own `比例…N%`, else from a share target over the same words (a table row).
A requirement restated later (a task table repeating the text) is kept once, at its first statement. A share
already reached (设置心血管内科的比例已达92.5%) is a measurement, not a requirement; a clause whose subject is a
place (每个县（区）至少建成…) does not take the institutions of the clause before.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import groupby
from typing import NamedTuple

from loaders.context import BuildContext
from loaders.extract.agencies import TOWN_NAME
from loaders.extract.enumerations import UNIT_RATES
from loaders.extract.quantities import (
    REVIEW_HEADING,
    document_horizon,
    parse_cell,
    strip_unit_label,
    target_year_in,
)
from loaders.extract.registry import Extractor
from loaders.extract.row_tables import (
    DEADLINE_COLUMN,
    HOST_COLUMN,
    SPECIALTY_COLUMN,
    Cell,
    content_cells,
    pipe_cells,
    share_table_columns,
)
from loaders.extract.row_tables import lines as text_lines
from loaders.extract.row_tables import rows as table_rows
from loaders.extract.tables import COLUMN_PLACE
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from loaders.records import GAP, ParsedDocument, Provision
from loaders.vocabulary import Vocabulary, match_key

log = logging.getLogger(__name__)

NAME, VERSION = "departments", "2.0.84"

UNSAID_SCOPE = "https://w3id.org/policykg/vocab/institution-type/medical-and-health-institution"
"""The institution type of a requirement whose text names no institution (any medical or health institution)."""

# --- units and lists of units -----------------------------------------------------------------------------------

QUOTES = "“”‘’\"「」『』"
CHAR = rf"[\u4e00-\u9fffA-Za-z0-9{QUOTES}]"
"""A character of a unit's name (Han, Latin letters and digits as in ICU, ECMO or P3实验室, quotation marks)."""
PAREN = r"（[^（），。；]{1,14}）"
UNIT = (r"(?:科室|专科|科|门诊|诊室|病区|病房|(?:[中国蒙藏维彝苗壮傣瑶侗回]|民族)医药?(?:馆|阁|堂|服务角)|"
        r"服务区|综合治疗区|隔离区|哨点|预检分诊(?:点|台|处)|母婴设施|中心|单元|"
        r"分站|急救站点|急救站|护理站|服务站点|服务站|防治站|康复站|接种点|诊疗点|健康小屋|健康驿站|照护专区|药房|药库|药学部|咨询窗口|服务窗口|保健部|服务部|护理部|医保办|运营管理部门|运营管理部|"
        r"[\u4e00-\u9fff]{0,6}?管理部门|(?:药学|医务|护理)部门|"
        r"(?:治疗|诊断|咨询|辅导|观察|留观|医务|保健|监护|诊疗|康复|工作|实验|检验|检查|透析|示教|隔离|母婴|服务|警务|陪护|关怀|告别|"
        r"活动|社工|研究|分析|煎药|推拿|办公|处置|抢救|接种|候诊|哺乳|针灸|熏蒸|理疗|药学|筛查|阴道镜|内镜|胃镜|指导|制剂|"
        r"心电图|治未病|健康教育|氧疗|急救|急诊急救|公共卫生|调剂|饮片调剂|慢病管理|手术|病案|消毒|训练|评估|测评|宣教|宣泄|放松|"
        r"B超|彩超|超声)室|"
        r"(?:高压)?氧舱室|储血点|献血屋|献血点|血库|卫生室|校医院|产房|待产室|分娩室|"
        r"孕妇学校|ICU|CCU)")
"""Head nouns of departments, clinics, wards, rooms and service units."""
JOINER = r"(?:以及|、|和|及(?!以上|以下)|与|或)"
AREA = r"(?:县域|全市|全区|全省|全县|城乡)"
COUNT = r"(?:\d+|[一二两三四五六七八九十]+)个"
"""A count right after a unit: units built in some number in a named host (在县中医医院建设…工作室3个)."""
COUNTED = re.compile(COUNT)
BOUNDARY = (rf"(?=$|[、，。；：,;:）)|]|{JOINER}|等|的|建设(?!项目)|设置|设立|能力|标准化|规范化|"
            rf"(?:实现)?{AREA}?全覆盖|覆盖|"
            rf"设置率|开诊率|独立设置|开设比例|建成率|建设率|"
            rf"配置率|配备率|开设率|再提升|提档|基础|并|比例|专病|工程|改扩建|扩建|改造|规范设置率|分设|分开设置|建成(?!率)|"
            rf"(?:诊疗|服务|救治)能力|(?:服务)?功能|[“「][^”」\n]{{1,10}}[”」](?:改造|建设|改扩建|提升)(?!计划|工程|项目|行动)|"
            rf"(?:到|在|于)(?:19|20)\d{{2}}年|要(?:(?:在|于|到)?(?:19|20)\d{{2}}年|(?:全部)?建成)|"
            rf"(?:{COUNT}|(?:不少于|至少)?(?:\d+|[一二两三四五六七八九十]+)间|(?:不少于|至少|不低于)?\d+张)(?:以上)?"
            rf"(?:[，。；、]|$))")
"""What may follow a unit's name (a name followed by 联盟, 医院, 项目 or a number names something else, except a
count of the units or of their beds closing the clause: 建设名中医工作室5个，设置负压病房不少于10张；)."""
BRACKET = re.compile(PAREN)
UNIT_HINT = re.compile(rf"{UNIT}(?:{PAREN})?[{QUOTES}]?{BOUNDARY}")
"""A quick test: could the text name a unit at all?"""
AFTER_UNIT = rf"(?:{PAREN})?[{QUOTES}]?"
ITEM = re.compile(rf"(?!{JOINER}|\d(?!\d?小时|20急救))"  # a unit opens with no number, except an hour count
                  # (24小时急诊室) or the emergency line's (120急救站点)
                  rf"(?P<name>(?:{PAREN}|(?![等的]){CHAR}){{0,20}}?{UNIT}{AFTER_UNIT}){BOUNDARY}")
BARE = re.compile(rf"(?!\d)(?P<name>(?:{PAREN}|(?![等的和及与或]){CHAR}){{1,14}}?)(?={JOINER}|等)")
"""An item that borrows its unit from the list (胸痛、卒中、创伤中心)."""
BARE_PAIR = re.compile(rf"(?!\d)(?P<name>(?![等的和及与或]){CHAR}{{2,8}}?与(?![等的和及与或]){CHAR}{{2,8}}?)(?=、)")
"""A 、-list's item whose two words 与 joins (儿童营养与喂养、儿童心理行为发育…门诊): one item, as 、 lists join by
与 inside names (慢性病与地方病防制科)."""
COUNTED_HEAD = re.compile(r"[“\"]?[两二三四五六七八九十]大(?=[\u4e00-\u9fff]{0,6}中心[”\"]?$)")
"""A count before the head a list's items share (胸痛、卒中、创伤五大中心)."""
LENT = "\x00"
"""Marks a list's head as the last item's name with it (…危重新生儿救治中心), which lends each item its tail."""
HEAD = re.compile(rf"(?P<name>(?:{PAREN}|(?!的){CHAR}){{0,14}}?{UNIT}{AFTER_UNIT}){BOUNDARY}")
"""The head after 等 that the items share (呼吸、重症等专科)."""
LIST_JOIN = re.compile(JOINER)
_ACTIVITY = r"(?:教育|研究|培训|指导|咨询|评估|监测|治疗|康复|服务)"
ACTIVITY_PAIR = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{0,8}}?{_ACTIVITY}(?:与|和|及){_ACTIVITY}[\u4e00-\u9fff]{{0,4}}?"
                           rf"{UNIT}){BOUNDARY}")
"""Two activities joined before one head name one unit (心理健康教育与咨询中心, 康复与治疗中心), not a list."""
UNIT_END = re.compile(rf"({UNIT}){AFTER_UNIT}$")
ORGANISATION = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:单位|场所|机关|企业|学校)(?=[\u4e00-\u9fff]{2})")
"""A host that is no institution type, written before its unit (用人单位母婴设施): not part of the unit's name."""
MODIFIERS = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十百千几]+)(?:个|批|所|家|类|间)(?:及?以上|左右)?|"
                       r"一批|若干|更多|"
                       r"[我本全][省市县区]|(?:标准化|规范化|高水平|高标准|高质量|国内一流|省内一流|一流|相对独立|"
                       r"独立|新型)的?|院内(?=[\u4e00-\u9fff]{3}))*")
OF_PHRASE = re.compile(r"[^，。；、]{1,8}的")
"""A short attributive phrase before the unit (有病房的精神科, 可转换的应急物理隔离区)."""
KIND_NOT_UNIT = re.compile(r"(?<!医)(?<!临床药)学科|（学）科|联盟|网络|体系|平台(?!科室)|基地|项目|工程|医院|机构|"
                           r"队伍|人才|技术|学院|疾控中心|疾病预防控制中心|卫生院|保健院|卫生服务中心")
"""What a list's head after 等 may name instead of units (临床专（学）科建设, 专科联盟建设, 平台建设; not 平台科室, the
platform departments: 麻醉科、病理科、检验科等平台科室建设)."""
ALLIANCE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:联盟|联合体|共同体|协作网)")
"""What a unit's words may begin instead (中医专科专病联盟, 儿科专科联盟): alliances and networks are no units."""
FIELDS_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?领域")
"""A head after 等 naming fields (短缺领域): bare items before it are fields, not units."""
MOD_WORDS = ("临床", "医疗", "诊疗", "诊治", "诊断", "救治", "防治", "保健", "特色", "重点", "优势", "专病", "综合",
             "中医", "医学", "护理")
"""Words between a shared item and its unit (孕产期、更年期、新生儿保健特色专科 share 保健特色专科)."""
GENERIC_MODS = ("临床", "医疗", "诊疗", "服务")
"""Modifiers every unit has: 心血管、肿瘤等临床医疗中心 names 心血管中心 and 肿瘤中心."""
QUALITY = re.compile(r"高水平|高质量|国内一流|省内一流|一流|新型|[一二两三四五六七八九十]+大|\d+个|[“”\"「」]")
GENERIC_UNITS = {"科", "科室", "基本科室", "专科", "门诊", "中心", "室", "诊室", "病区", "病房", "临床专科", "重点学科",
                 "实验室", "工作室"}
NOT_A_UNIT = re.compile(r"(?<!医)(?<!临床药)学科$|本科$|预科$|新医科$|^(?:服务|业务|职能|专门|相关)科室$|"
                        r"[楼床位院]$|(?<!母婴)设施$|设备$|队伍$|"
                        r"人员$|网络$|体系$|服务$|"
                        r"能力$|平台$|基地$|项目$|工程$|场所$|单位$|医院|卫生院|机构|卫生服务[中站]|(?<!公共)卫生室|次中心$|"
                        r"^各|^(?:相应|相关|有关)|^[“\"]?[一二三四五六七八九十两]大|^[“\"]?[一二三四五六七八九十两][\u4e00-\u9fff]{1,3}[一二三四五六七八九十两]|归口管理部门$|^(?:州县|市县|县市|省市|市州)(?!级)|^(?:指定|明确)|"
                        r"名科$|^(?!基层|全国|国家|[省市县区])[\u4e00-\u9fff]{2,3}(?<!级)(?:基层)?(?:名中医|名老中医|名老中医药专家)"
                        r"(?:传承)?工作室$")
COUNTED_LABEL = re.compile(r"[（(](?:个|家|所|张|间|处|%|％)[）)]$")
"""A table row's label with its unit (新建中医阁（个）): a count of units, not a unit to set up."""
SCHOOL_UNITS = frozenset({"卫生室", "保健室", "校医院"})
"""Units of a school (中小学校设置卫生室（保健室）, 寄宿制学校…设立卫生室或校医院): only with a school as the host."""
SCHOOL = re.compile(r"学校|中小学|小学|中学|高校|院校|幼儿园|托幼机构")
LEVEL_QUALIFIER = re.compile(r"^(?:省|市|县|区|州|盟|旗)级(?=[\u4e00-\u9fff]{2,}(?:救治|诊断|诊疗)中心$)")
"""A level before a treatment centre a named hospital builds (市级危重孕产妇救治中心)."""
SHARED_SERVICE_CENTRE = re.compile(r"(?:影像|心电|检验|病理|消毒供应|检查)(?:诊断)?(?:共享)?中心$")
"""Centres a host runs for others to share (医学影像中心, 心电诊断共享中心, 消毒供应中心): built 依托 an institution,
they are its units, where another centre built so (依托省人民医院建设区域医疗中心) is an institution of its own."""
LISTED_ROOMS = frozenset({"诊室"})
"""Generic units that are units of their own when listed with others (诊室、治疗室、观察室和药房)."""
NEEDS_HOST = ("中心", "实验室", "工作室", "研究室", "护理站", "健康小屋", "健康驿站", "站点")
"""Units that are often institutions or public facilities of their own: they count only with a host (see
`acceptable`; a 健康小屋 in a park is a facility, in a community health centre a unit)."""
INSTITUTION_CENTRE = re.compile(r"国家|国际|省级|自治区级|市级|县级|区域|研究(?!室$)|创新|(?<!远程)医学中心|合作|指导|"
                                r"数据|技术(?!推广)|"
                                r"分中心|(?<!患者)(?<!入院)(?<!转诊)(?<!准备)(?<!一站式)(?<!一站式[”\"」])服务中心$|急救中心|血液中心|疾病预防控制|疾控|重点实验室")
"""Centres and laboratories that are institutions (区域医疗中心, 临床医学研究中心), hosted or not; a 研究室 is a room
of its host."""

# --- verbs, tails and shares ------------------------------------------------------------------------------------

SETUP = (r"(?:设置|设立|开设|增设|分设|新增|新设|内设(?!置)|运行|建设|建立|建成|建好|组建|创建|打造|培育|开办|布局|"
         r"(?<!早期)发展|新建|改建|改造|扩建|改扩建|办好|配备|配置|标准化建设)(?!成为|成[^立人年]|为)")
"""Verbs that set a unit up; not when they make something into another (建设成为…中心, 打造为…基地; 新设成人…
is 成人, adult)."""
BECOMING = re.compile(r"(?:建设|打造|建|发展|培育|创建)(?:成为|成|为)")
STRENGTHEN = (r"加强|推进|推动|完善|健全|强化|规范|提升|加快|深化|优化|做强|做优|做精|做特|做大|扶持|支持|鼓励|"
              r"引导|实施|巩固|完成|继续(?!医学教育|教育)|探索|做到")
ADVERB = (r"要|应当|应|须|必须|均|各|分别|全部|都|普遍|原则上|可以|可|逐步|率先|全面|积极|进一步|大力|重点|着力|突出|"
          r"持续|不断|深入|"
          r"合作|"
          r"优先|至少|规划|独立|单独|按规定|按要求|按照?标准|根据需要|结合实际|统筹|通过|力争|(?:建成|建设完成|完成)后|"
          r"在此基础上|在(?:此|这)?基础上|同时|此外|还|并|"
          r"(?:到|在|于)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|内)?(?:前|之前)?|"
          r"年内|年底前|(?:到|在|于)?\d{1,2}月(?:底|末)?(?:前|之前)")
CHAIN = re.compile(rf"(?:{ADVERB}|{STRENGTHEN}|{SETUP})*(?:{STRENGTHEN}|{SETUP})(?![的率])")
"""Verbs with their adverbs (到2023年底全部规范设置); with a set-up verb the units may follow directly, with only
a verb of strengthening a nominal tail must follow them (加强…科室标准化建设)."""
HAS_SETUP = re.compile(SETUP)
ADVERBS_ONLY = re.compile(rf"(?:{ADVERB}|(?:根据|按照|结合)[^，。；：]{{2,16}}?|"
                          rf"在(?:门诊|院内|[\u4e00-\u9fff]{{1,3}}内)|在?(?:门诊|住院)?药房|"
                          rf"在[\u4e00-\u9fff]{{2,12}}?(?:季节|期间|时期|阶段)|在[春夏秋冬]{{1,2}}季)*")
"""What may stand between institutions and their set-up verb: adverbs, a deadline, a basis (可根据病种结构设置,
要按照…确定的进度完成), a place in the institution (在门诊设置), a season (在肠道传染病高发季节设置)."""
STANDARD = re.compile(r"(?:按照?|参照|对照|依照)(?:[^，。；、《》]{1,14}?标准|《[^《》\n]{1,40}》|"
                      r"[^，。；、《》]{2,24}?(?:指南|规范)(?:（[^（）]{1,6}）)?)"
                      r"(?:的)?(?:要求|规定)?$")
"""A standard named between the subject and its verb (次中心要按照二级综合医院标准规范设置外科, …卫生院按照《乡镇卫生院
服务能力标准（2022版）》设置全科诊室, 要按照…建设与管理指南（试行）建设): its institution type is the standard's, not
the subject."""
VERB_IN_NAME = re.compile(rf"{SETUP}|{STRENGTHEN}|开展|提供|提高|配备|落实|参与|依托|达到|实现|纳入|列入")
TAIL = re.compile(rf"(?:[“「][^”」\n]{{1,10}}[”」](?=(?:改造|建设|改扩建|提升)(?!计划|工程|项目|行动)))?"
                  rf"[{QUOTES}]?的?(?:(?:标准化|规范化|能力|基础设施|基础|专病|提档升级|再提升|服务|内涵)*"
                  rf"(?:建设|设置|工程|全覆盖|改扩建|扩建|改造|功能)|提档升级|提质升级|分设|分开设置)|{AREA}?全覆盖|设置率|建设率|建成率|"
                  rf"配置率|配备率|"
                  rf"的?比例")
CAPACITY = re.compile(r"(?:的)?(?:专科)?(?:诊疗|服务|救治|诊治)能力")
"""The capacity of units a verb of strengthening raises, after a list sharing a head
(提升县人民医院老年医学科、康复医学科等专科诊疗能力)."""
ETC_TAIL = re.compile(r"[^，。；]{0,16}?(?:建设|设置)")
"""After 等 and a phrase naming the kind (等急诊急救领域新型服务模式建设)."""
LIST_TAIL = re.compile(rf"(?:{JOINER}[^，。；、]{{1,12}}?)+(?:标准化|规范化|能力|基础设施|基础)*(?:建设|设置)")
"""A list whose last items are no units (发热门诊、…、隔离留观床位和紧急救援后备医院标准化建设)."""
COVERAGE = re.compile(rf"(?:实现|达到)?{AREA}?全覆盖")
OWNERS_COUNTED = re.compile(r"(?:要|应|须)?(?:达到|增加到|增至|不少于|超过)\d+(?:家|所|个)(?:以上)?")
"""A number of institutions after the units they set up and the institutions themselves (…的养老机构达到40家)."""
DESIGNATED = re.compile(r"(?:国家|省|自治区|市|州|盟|县)级?(?:及?以上)?[\u4e00-\u9fff]{0,6}?(?:临床|中医)?"
                        r"(?:重点|特色|优势|精品)")
"""A unit named by the level that designated it (省级临床重点专科, 市级以上重点专科)."""
RATES = UNIT_RATES
SHARE_VALUES = r"\d+(?:\.\d+)?%(?:及?以上)?(?:[和、及与]\d+(?:\.\d+)?%(?:及?以上)?)*"
"""One share or several joined (80%和95%以上)."""
SHARE_WORDS = re.compile(rf"的?(?:规范化?|标准化|独立)?(?:设置|设立|开设|建设|建成|覆盖)?(?:比例|{RATES})")
OWN_STANDARD = re.compile(r"标准化|规范化|达标")
"""Rate words of how far institutions meet a standard (标准化建设达标率), which measure no unit."""
COVERAGE_HINT = re.compile(rf"全覆盖|{RATES}|比例|建成|(?:建设|设置)到位")
POSTPOSED = re.compile(r"(?:要|均|全部|须|应)?"
                       r"(?:(?:在|于|到)?(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:前|之前)?)?"
                       r"(?:全部|均)?(?:建成(?!率)|(?:建设|设置)到位)")
"""A set-up verb after the institution and its units (县人民医院胸痛中心、卒中中心建成并通过认证)."""
BUILD_UP = re.compile(r"做强|做优|做精|做特|做大")
"""Verbs of building up a department that need no nominal tail (做强骨伤科、针灸推拿科等中医优势专科)."""
ALL = re.compile(r"全部|所有|全覆盖")
OBSERVED = re.compile(r"共有|已有|(?<!利用)(?<!依托)(?<!整合)(?<!盘活)现有|已经|已建|已设|已$|截至|截止|未$|尚未|没有|"
                      r"不再|不得|不宜|禁止")
"""What exists or is lacking (全市共有31家医院设置…, 15个乡镇卫生院均已设置…, 30%的医院未设置…) or is forbidden
(不再设置…) is no requirement; 利用现有床位 is a means, not what exists."""
REPORT_OPENING = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?"
                            r"(?:截至|截止)(?:到|至)?(?:目前|(?:19|20)\d{2}年)")
"""A sentence that opens with the date of a report (截至2023年底，…): it and the sentences after it on its line
state what exists, until one names a target year or opens with a directive (`DIRECTIVE_OPENING`)."""
DIRECTIVE_OPENING = re.compile(r"\s*(?:深入开展|推动|推进|加快|着力|大力|鼓励|支持|力争|确保|年底前|年内|"
                               r"要|须|必须|应当)")
"""A sentence that asks for something (深入开展…活动，推动…): the report of the sentences before it has ended."""
SHARE = re.compile(rf"的?(?:规范化?|标准化|独立)?(?:设置|设立|开设|建设|建成|覆盖)?(?:比例|{RATES}|比重|占比)"
                   r"(?P<each>分别)?"
                   r"(?:(?:到|在)?(?P<year>(?:19|20)\d{2})年(?:底|末)?)?"
                   rf"(?P<verb>[^\d，。；]{{0,4}}?)(?P<values>{SHARE_VALUES})")
LATER_SHARE = re.compile(r"(?:这一比例|该比例|此比例)?(?:均|都|全部)?(?:进一步|再)?"
                         r"(?P<verb>达到|提高到|提升到|增加到|增至|为|不低于|不少于)?"
                         r"(?P<value>\d+(?:\.\d+)?)%(?P<floor>及?以上)?\s*")
"""The share alone after a later year (…设置率达到80%以上，2027年达到100%; 2027年这一比例达到80%以上)."""
ELIDED_SUBJECT = re.compile(r"\s*(?:要|应当?|须|必须|并要|还要|同时要)")
"""The opening of a sentence whose subject is the previous sentence's (…；要独立设置病案管理科)."""
SEASON = re.compile(r"(?:每年)?(?:\d{1,2}月?(?:至|到|—|－|-)\d{1,2}月)?(?:[\u4e00-\u9fff]{2,12}?(?:季节|期间|时期))?")
"""The season a share holds in (每年5月至10月肠道传染病高发季节)."""
LATER_RATE = re.compile(rf"\s*(?:到|至|在)?(?:19|20)\d{{2}}年(?:底|末)?(?:前)?[，,]?"
                        rf"[\u4e00-\u9fff（）()、]{{2,24}}?(?:{RATES})")
"""A sentence that opens with a later year and units' rate (…的比例不低于70%；到2027年，新生儿科设置率提高到80%): the
institutions are the previous sentence's."""
LEADING_YEAR = re.compile(r"(?:到|至|在)?(?P<year>(?:19|20)\d{2})年(?:底|末)?(?:前)?[，,]?")
"""A deadline opening a clause that states a share (到2024年底设立比例达到100%)."""
COVERED = re.compile(rf"(?:(?:到|在)?(?P<year>(?:19|20)\d{{2}})年(?:底|末)?(?:前)?)?(?:基本|力争|全面)?"
                     rf"实现{AREA}?全覆盖")
"""A clause that only says the units before it cover every institution (…胸痛中心建设，到2025年实现全覆盖)."""
MEASURED = re.compile(r"已|现为|目前|仅为?|只有")
"""Words of a share already reached (的比例已达92.5%): a measurement, not a requirement."""
SHARE_VERBS = ((r"不超过|不高于|控制在|以下|以内", "<="), (r"约|左右", "~"), (r"^为$", "="))
"""Share verbs that are no floors (达到, 提高到, 不低于, 以上 and a bare value are floors)."""

MEANS = re.compile(r"(?:依托|利用|整合|通过)[^，。；、]{1,12}$")
"""A means written between the subject and the set-up verb (…要依托全科诊室设立心理咨询室)."""
PLACE_SUBJECT = re.compile(r"(?:每个|各)[县市区乡镇街道旗（）]+|[全我本][省市县区旗]")
"""A clause whose subject is a place (每个县（区）至少建成…): the institutions of the clause before are not its
subject."""

# --- institutions -----------------------------------------------------------------------------------------------

LEAD = re.compile(rf"{SETUP}|{STRENGTHEN}|推动|实现|力争|确保|要求|督促|指导|落实|开展|依托|到(?!\d)|"
                  r"每个[县市区乡镇街道（）]+|至少有?|(?:\d+|[一二两三四五六七八九十]+)[所家个]|"
                  r"(?:19|20)\d{2}年(?:底|末)?(?:前|之前)?|"
                  r"全部|所有|全市|全省|全区|全国|全县|辖区内?|[、，；：|“”《》]|由|在|以|对|将|并|或")
"""Words after which an institution's wording starts (支持三级医院…, 至少有1所县级医院…, 、)."""
PREPOSITIONS = "由在以对将并或"
ITEM_OPENING = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")
"""An item number opening a clause: a preposition right after it opens the clause too."""
"""One-character leads that count only at the start of a clause (床位数在500张以上的公立医院 keeps its 在)."""
MASKED = re.compile(r"（(?:含|不含|包括|包含|下同|以下简称)[^（）]*）|《[^《》]*》")
"""Asides (（含中医医院）) and titles (《社区医院建设标准》) name no institution that must have a unit."""
SCOPE_GAP = re.compile(r"(?:以及|、|和|及|或)[^，。；、\d到在向对为]{0,12}")
"""Institutions of one group: joined by 和/、/及, or 或 for two names of one institution; `A与B` pairs A with B's
units (养老机构与医疗机构老年医学科), so only B has them."""
PAIRED = re.compile(r"与[^，。；、\d]{0,4}")
PARTNER = ("与", "同", "联合")
GUIDES = re.compile(r"指导|帮助|帮扶|支持|带动|督促|协助|组织")
"""Verbs of one institution acting on another (乡卫生院指导村卫生室建设中医阁): never inside one name."""
"""Words opening an institution that works with the subject (与县人民医院共建…): a partner, never the host."""
LEVELS = re.compile(r"(?:(?:国家|省|市|县|区|乡|镇|村|盟|旗|盟市|旗县|省市|市县|县乡|县区){1,2}级?[、和及与])+")
"""Levels listed before a type (盟市、旗县级中医医院)."""
CONCEPT_QUALIFIER = re.compile(r"(?:标准化|规范化|可转换的?|独立的?|相对独立的?|国家级?|省级|自治区级|市级|县级|盟市级|"
                               r"旗县级|市县级)*")
"""Qualifiers that leave a unit's type unchanged (国家临床重点专科 is a 临床重点专科)."""
SENTENCE = re.compile(r"[^。；！？!?\n]+")
CLAUSE = re.compile(r"[^，,：:|]+")

Hit = tuple[int, int, str]
"""An institution-type label in the text: start, end, concept."""


@dataclass(frozen=True)
class Scope:
    """An institution (type or named) that must have the unit: normalised span, wording and type concept."""

    start: int
    end: int
    text: str
    iri: str | None


@dataclass(frozen=True)
class Unit:
    """One unit of a list: normalised span of its words and its name (with a shared head added)."""

    start: int
    end: int
    name: str
    source: str = ""
    """For an item that borrowed its unit (胸痛、卒中、创伤中心): the item it borrowed from, or `等` + the head."""


@dataclass(frozen=True)
class UnitList:
    units: tuple[Unit, ...]
    end: int
    """Normalised offset where the list (with a shared head after 等) ends."""
    etc: bool = False
    """The list ends with 等."""


class Share(NamedTuple):
    """A share as a clause states it: the value (one per unit after 分别), comparator, where its words end (the
    evidence runs to there) and the year it names."""

    value: float | list[float] | None = None
    comparator: str | None = None
    end: int = 0
    year: int | None = None
    observed: bool = False
    """The share as measured (比例已达92.5%): a baseline the text reports, not a requirement."""


@dataclass(frozen=True)
class Candidate:
    """A requirement before shares are attached: evidence span, unit, scope and what the clause says of a share."""

    start: int
    end: int
    unit: Unit
    scope: Scope | None
    share: float | None
    comparator: str | None
    year: int | None
    list_start: int
    list_end: int


@dataclass(frozen=True)
class Reader:
    """A document's normalised text with its institution-type labels found once (asides and titles masked; labels
    inside a unit's label, such as 救治中心 in 危重新生儿救治中心, or naming a unit too, such as 医务室, left to the
    unit)."""

    text: str
    vocab: Vocabulary
    hits: tuple[Hit, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, vocab: Vocabulary) -> Reader:
        masked = MASKED.sub(lambda m: "·" * len(m.group(0)), text)
        hits = []
        for a, b, iri in vocab.find_all("institution-type", masked):
            if masked[b - 1] in "心室":  # a centre or room may be part of a unit's label
                window = max(0, a - 12)
                if any(u_a < b - window and u_b > a - window
                       for u_a, u_b, _ in vocab.find_all("department-type", masked[window:b + 4])):
                    continue
            if masked[b - 1] == "院" and (branch := BRANCH_OF.match(masked, b)):
                b = branch.end()  # 嘉兴市第一医院南湖分院: the branch is the institution
            hits.append((a, b, iri))
        return cls(text, vocab, tuple(hits), tuple(h[0] for h in hits))

    def institutions(self, start: int, end: int) -> list[Hit]:
        """Labels inside text[start:end]."""
        out = []
        for hit in self.hits[bisect_left(self.starts, start):]:
            if hit[0] >= end:
                break
            if hit[1] <= end:
                out.append(hit)
        return out


BRANCH_OF = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:分院|院区)")
"""A hospital's branch or campus named after it (…医院南湖分院, …医院东院区)."""


# --- the extractor ----------------------------------------------------------------------------------------------

def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[DepartmentRequirement]:
    """The document's requirements, each (unit, institution, share, year) at its first statement."""
    extractor = ctx.iris.extractor(NAME, VERSION)
    vocab = ctx.vocabulary
    targets = [f for f in doc.facts if isinstance(f, QuantityFact) and f.kind == "target" and f.unit == "percent"
               and not f.relative]
    horizon = document_horizon(doc.source.metadata.title, doc.norm.text)
    home = doc.source.metadata.jurisdiction
    seen: dict[tuple[str, str], list[tuple[float | None, int | None]]] = {}
    required: set[str] = set()
    reviews = [(p.start, p.end) for p in doc.provisions if REVIEW_HEADING.search(p.heading)]
    found = resolve_named_before(doc.norm.text, list(candidates(Reader.of(doc.norm.text, vocab))))
    out: list[Stated] = []
    hosted = {(unit_key(c.unit.name), doc.provision_at(c.start).path) for c in found if c.scope is not None}
    for _, group in groupby(found, key=lambda c: c.list_start):
        rows = [row for cand in group if not any(a <= cand.start < b for a, b in reviews)  # 发展基础: no requirement
                for row in with_shares(doc, cand, targets, horizon)]
        keys = {(unit_key(c.unit.name), scope_key(vocab, c.scope, home)) for c, *_ in rows}
        new_shares = any(share is not None and all(share != s for s, _ in seen.get(
            (unit_key(c.unit.name), scope_key(vocab, c.scope, home)), [])) for c, share, *_ in rows)
        if len(keys) > 2 and 2 * len(keys & seen.keys()) >= len(keys) and not new_shares:
            continue  # a list restated, perhaps with small changes of wording (not with later shares)
        for cand, share, comparator, year, stated in rows:
            key = (unit_key(cand.unit.name), scope_key(vocab, cand.scope, home))
            if restated(seen.get(key, []), share, stated) or (cand.scope is None and share is None and (
                    key[0] in required or (key[0], doc.provision_at(cand.start).path) in hosted)):
                continue  # a unit without a host that the provision requires of named hosts (加强发热门诊建设。
                #           二级及以上综合医院规范设置发热门诊), or required already
            if ALLIANCE_AFTER.match(doc.norm.text, cand.unit.end):
                continue  # 组建1个中医专科专病联盟: the unit's words begin an alliance's name, no unit
            if cand.scope is None and COUNTED.match(doc.norm.text, cand.end):
                continue  # 建设国家临床重点专科15个 with no host: a count of designations, not a unit to set up
            seen.setdefault(key, []).append((share, stated))
            required.add(key[0])
            name = re.sub(f"[{QUOTES}]", "", cand.unit.name)  # “一站式”服务中心 is the 一站式服务中心
            name = ROOM_VARIANT.sub("", name)  # 病案管理科（室） is the 病案管理科 (or a room where there is none)
            name = ABBREVIATED.sub("", name)  # …救治中心（以下简称“五大中心”）: the name without its short form
            for each in members(name):
                out.append(Stated((unit_key(each), key[1]), cand.start, cand.end, DepartmentRequirement(
                    doc.evidence(cand.start, cand.end), doc.provision_at(cand.start).path, extractor, each,
                    department_concept(vocab, each), scope_text(cand.scope, keyed=False) if cand.scope else "",
                    cand.scope.iri if cand.scope else UNSAID_SCOPE, comparator, share, year,
                ), scope_text(cand.scope) if cand.scope else ""))
    yield from quantified(doc, vocab, headed(doc, out))


NAMED_BEFORE = re.compile(r"^(?:上述|以上|前述)(?:[\u4e00-\u9fff]{0,4}?)(?:科室|专科|单元|门诊)$")
"""Units the text names again only by pointing back (中心乡镇卫生院上述科室设置率分别提高到100%、85%…)."""
CLAUSE_STOP = re.compile(r"[，。；\n]")
EACH_RATE = re.compile(rf"分别(?P<verb>达到|提高到|提升到|增加到|不低于|不少于|为)?(?P<values>{SHARE_VALUES})")


ABBREVIATED = re.compile(r"[（(]以下简称[^（）()]*[）)]$")
"""A short form given in brackets after a name (危重儿童和新生儿救治中心（以下简称“五大中心”）)."""
CLASS_WITH_MEMBERS = re.compile(r"(?P<class>[\u4e00-\u9fff]{0,10}(?:专科|科室|学科))[（(]"
                                r"(?P<members>[^（）()]+?[、，,][^（）()]+?)[）)]")


def members(name: str) -> list[str]:
    """A class of units with its members in brackets (藏医特色专科（藏医药浴科、藏医外治科）): the members, each
    a unit; any other name, a unit's other names in brackets too (中医馆（国医堂、中医阁）): itself."""
    m = CLASS_WITH_MEMBERS.fullmatch(name)
    if not m:
        return [name]
    found = [x.strip() for x in re.split(r"[、，,]|和|及", m.group("members")) if x.strip()]
    return found if len(found) >= 2 and all(UNIT_END.search(x) for x in found) else [name]


def resolve_named_before(text: str, found: list[Candidate]) -> list[Candidate]:
    """A requirement of 上述科室 stands for the units of the last list the same paragraph required of the same
    institutions: one requirement per unit, each with its own share when the clause lists them (分别…) in order."""
    out: list[Candidate] = []
    for c in found:
        if c.scope is None or not NAMED_BEFORE.match(c.unit.name):
            out.append(c)
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        earlier = [p for p in out if p.scope is not None and p.scope.text == c.scope.text and p.start >= line_start
                   and not NAMED_BEFORE.match(p.unit.name)]
        if not earlier:
            out.append(c)
            continue
        last = [p for p in earlier if p.list_start == earlier[-1].list_start]
        units = list(dict.fromkeys(p.unit.name for p in last))
        stop = CLAUSE_STOP.search(text, c.start + len(c.unit.name))
        each = EACH_RATE.search(text, c.start, stop.start() if stop else len(text))
        values, comparator = stated_values(each.group("values"), each.group("verb") or "") if each else ([], None)
        if len(values) == len(units):
            out += [replace(c, end=max(c.end, each.end()), unit=replace(c.unit, name=u), share=v, comparator=comparator)
                    for u, v in zip(units, values, strict=True)]
        else:
            out += [replace(c, unit=replace(c.unit, name=u)) for u in units]
    return out


@dataclass(frozen=True)
class Stated:
    """A requirement with its key (unit, institutions) and its span in the normalised text."""

    key: tuple[str, str]
    start: int
    end: int
    requirement: DepartmentRequirement
    scope_words: str = ""
    """The institutions' words as written, a share before them included (80%以上的乡镇卫生院)."""


def headed(doc: ParsedDocument, found: list[Stated]) -> list[Stated]:
    """Requirements without those a provision's heading states when its body states the same unit (完善医院医疗质量
    管理部门设置。二级以上医院要设置医疗质量管理部门…: the body says which institutions), unless the heading names
    other institutions (三级综合医院要设置老年医学科…。…设置老年医学科的二级及以上综合医院占比…: two requirements)."""
    text = doc.norm.text

    def heading_of(s: Stated) -> Provision | None:
        p = doc.provision_at(s.start)
        at = text.find(p.heading, p.start, p.end) if p.heading else -1
        return p if at >= 0 and p.start <= s.start and s.end <= at + len(p.heading) else None  # 7.二级以上医院…

    in_body = {(s.key[0], doc.provision_at(s.start).path) for s in found if heading_of(s) is None}
    scoped = {(s.key, doc.provision_at(s.start).path) for s in found if heading_of(s) is None}
    return [s for s in found if (p := heading_of(s)) is None or (s.key[0], p.path) not in in_body
            or (s.requirement.institution_scope and (s.key, p.path) not in scoped and OBLIGED.search(p.heading))]


OBLIGED = re.compile(r"[\u4e00-\u9fff](?:要|应当?|须|必须)(?:[\u4e00-\u9fff])")
"""A modal of obligation after a subject (三级综合医院要设置…): a sentence that requires, not a heading's title."""


def quantified(doc: ParsedDocument, vocab: Vocabulary, found: list[Stated]) -> list[DepartmentRequirement]:
    """The requirements, with one stated without a share taken into the share the same sentence goes on to give for
    the same unit and institutions (三级医院要设置日间手术中心，到2025年设置日间手术中心的三级医院比例达到80%以上:
    one requirement, its share, its evidence from the first words), a condition before the type included (支持有条件
    的村卫生室设立中医阁，建设中医阁的村卫生室占比不低于60%)."""
    text = doc.norm.text

    def sentence(pos: int) -> int:
        return max(text.rfind(c, 0, pos) for c in "。；！？\n")

    def key(s: Stated) -> tuple:
        return s.key[0], type_key(vocab, CONDITIONED.sub("", s.scope_words)), sentence(s.start)

    plain = {key(s): s for s in reversed(found) if s.requirement.share is None}
    shared = {key(s) for s in found if s.requirement.share is not None}
    out = []
    for s in found:
        at = key(s)
        if s.requirement.share is None and at in shared:
            continue
        first = plain.get(at)
        if s.requirement.share is not None and first is not None and first.start < s.start:
            s = replace(s, requirement=replace(s.requirement, evidence=doc.evidence(first.start, s.end)))
        out.append(s.requirement)
    return out


def restated(earlier: list[tuple[float | None, int | None]], share: float | None, year: int | None) -> bool:
    """Already stated: the same unit and institution with the same share (or none) by a year that does not differ
    (a task table repeating the text, a coverage row repeating 全部设置)."""
    return any(share == s and (year is None or y is None or year == y) for s, y in earlier)


def unit_key(name: str) -> str:
    return match_key(BRACKET.sub("", name.strip(QUOTES)))


def scope_key(vocab: Vocabulary, scope: Scope | None, home: str = "") -> str:
    """A type's concept (社区卫生中心 = 社区卫生服务中心), or a named institution's wording, the document's own
    jurisdiction written by its level alone (桦甸市中医院 = 市中医院 in a plan of 桦甸市)."""
    if scope is None:
        return ""
    text = scope_text(scope)
    if len(home) >= 3 and home[-1] in "省市县区旗州盟" and text.startswith(home) and len(text) > len(home) + 1:
        text = home[-1] + text[len(home):]
    return type_key(vocab, text)


def type_key(vocab: Vocabulary, text: str) -> str:
    """An institution type's concept, else the words themselves (match-keyed); '' for no words."""
    return (vocab.lookup("institution-type", text) or match_key(text)) if text else ""


CONDITIONED = re.compile(r"^(?:有条件的|具备条件的|符合条件的|条件成熟的|有能力的)(?=.)")


def scope_text(scope: Scope, keyed: bool = True) -> str:
    """A scope's words without an item number, 其中, a 各 or 每个 of each or the share before it
    (4.各社区卫生服务中心, 每个社区卫生服务中心 are 社区卫生服务中心; 各级 stays). Written as the fact's scope
    (`keyed` False), 90%以上的社区卫生服务中心 is 社区卫生服务中心 too; as a key that tells statements apart, the
    share stays (a table row repeating a prose requirement is a statement of its own)."""
    each = r"(?:其中|各(?![级类])|每[个所家])?"
    share = r"(?:(?:不低于|不少于|至少)?\d+(?:\.\d+)?[%％](?:及?以上)?的)?" if not keyed else ""
    return re.sub(r"^(?:[（(]?[\d一二三四五六七八九十]{1,3}[）).、．]\s*)?" + each + share, "", scope.text)


def candidates(r: Reader) -> Iterator[Candidate]:
    """Every requirement stated in the text, sentence by sentence; a year stated in a paragraph holds for its later
    sentences, institutions that open a clause for the sentence's later clauses."""
    text = r.text
    line_year: int | None = None
    reported = False
    previous_end = 0
    last_scopes: list[Scope] = []
    line_hosts: dict[str, list[Scope]] = {}  # the institutions a paragraph named for each unit
    # a list's content cell: its row's institution is the subject (or the one of the kind it names), its deadline
    # the year
    cells = content_cells(text)
    cell_starts = [c.start for c, _, _ in cells]
    for sm in SENTENCE.finditer(text):
        if "\n" in text[previous_end:sm.start()]:
            line_year, reported, last_scopes, line_hosts = None, False, [], {}
        previous_end = sm.end()
        row_host = _row_of(cells, cell_starts, sm.start(), sm.end())
        opening = sm.start() + len(sm.group(0)) - len(sm.group(0).lstrip())
        row = row_host if row_host is not None and row_host[2] == opening else None  # a cell read alone
        if row is not None:
            host, line_year = row[0], row[1]
            last_scopes = clause_subject(r, host.start, host.end)
        if REPORT_OPENING.match(sm.group(0)):
            reported = True
        elif target_year_in(sm.group(0)) or DIRECTIVE_OPENING.match(sm.group(0)):
            reported = False
        if reported:  # 截至2023年底，…；社区卫生服务站中设置中医阁的比例为46.3%: what exists, no requirement
            continue
        if not UNIT_HINT.search(text, sm.start(), sm.end()):  # most sentences name no unit: only their year counts
            line_year = target_year_in(sm.group(0)) or line_year
            first = CLAUSE.match(text, sm.start(), sm.end())
            # …每个县域医疗卫生次中心编制床位不少于120张；要设置内科…: the subject the next sentence's modal leaves out
            last_scopes = (clause_subject(r, first.start(), first.end()) if first else []) or last_scopes
            continue
        # a sentence that opens with a modal has the subject of the one before (…设立医保办；要独立设置病案管理科)
        carried: list[Scope] = list(last_scopes) if row or ELIDED_SUBJECT.match(text, sm.start(), sm.end()) or \
            LATER_RATE.match(text, sm.start(), sm.end()) else []
        subject_of: tuple[int, int] | None = None
        year = line_year
        pending: list[Candidate] = []
        emitted: set[Candidate] = set()
        for cm in CLAUSE.finditer(text, sm.start(), sm.end()):
            cs, ce = cm.start(), cm.end()
            year = target_year_in(text[cs:ce]) or year  # the latest year the sentence has stated so far

            def carry(span: tuple[int, int] | None = subject_of, scopes: list[Scope] = carried) -> list[Scope]:
                return (clause_subject(r, *span) if span else []) or scopes

            found = list(clause_candidates(r, cs, ce, carry, year))
            found += [c for f in found if (c := later_in_clause(text, f, ce))]
            shared: list[Candidate] = []
            if pending and not found and (other := other_scope_share(r, cs, ce, pending)
                                          or other_unit_share(r, cs, ce, pending)):
                pending += other
                shared = list(pending)  # …，三级综合医院设立比例达到100%，二级综合医院不低于70%: the next may go on
            elif pending and not found:
                before = set(pending)
                pending = share_of_previous(text, cs, ce, pending)
                shared = [c for c in pending if c.share is not None and c not in before]
                pending += [c for f in pending if (c := later_in_clause(text, f, ce))]
            yield from (in_row_host(hosted_in_line(c, line_hosts), row_host) for c in pending if c not in emitted)
            emitted.update(pending)
            pending = found or shared  # …，2025年蒙医馆设置率达到95%以上，2027年达到100%: a later year's share next
            if found and found[-1].scope:
                carried = [c.scope for c in found if c.scope and c.list_start == found[-1].list_start]
                subject_of = None
            else:
                carried, subject_of = carry(), (cs, ce)
        yield from (in_row_host(hosted_in_line(c, line_hosts), row_host) for c in pending if c not in emitted)
        line_year = year
        last_scopes = carried
    yield from specialty_rows(r)
    yield from unit_status_rows(r)
    yield from type_share_rows(r)


def _row_of(cells: list[tuple[Cell, Cell, int | None]], starts: list[int], a: int, b: int
            ) -> tuple[Cell, int | None, int] | None:
    """(institution, year, content start) of the row whose content cell the sentence [a, b) holds or is in."""
    k = bisect_right(starts, a) - 1  # the last cell starting at or before the sentence, else the first inside it
    for j in (k, k + 1):
        if 0 <= j < len(cells) and (cells[j][0].start <= a < cells[j][0].end or a <= cells[j][0].start < b):
            return cells[j][1], cells[j][2], cells[j][0].start
    return None


def in_row_host(cand: Candidate, row: tuple[Cell, int | None, int] | None) -> Candidate:
    """A unit a row's content cell gives a kind of institution its row's institution is of (平湖街道社区健康服务中心新建
    项目 | 新建社区健康服务中心1家，设置全科诊室… | 2026年12月): the row's institution has it, by the row's deadline."""
    if row is None or cand.scope is None:
        return cand
    host, year, _ = row
    if cand.scope.text == host.text or not host.text.endswith(cand.scope.text):
        return cand
    return replace(cand, scope=Scope(host.start, host.end, host.text, cand.scope.iri), year=cand.year or year)


def hosted_in_line(cand: Candidate, line_hosts: dict[str, list[Scope]]) -> Candidate:
    """The candidate, recorded as hosted by its institutions; without institutions of its own, with the one the
    paragraph named for the same unit (6.全面建设苏木乡镇卫生院蒙医馆。…2025年蒙医馆设置率达到95%以上)."""
    key = unit_key(cand.unit.name)
    if cand.scope is not None:
        hosts = line_hosts.setdefault(key, [])
        if cand.scope.text not in [h.text for h in hosts]:
            hosts.append(cand.scope)
        return cand
    hosts = line_hosts.get(key, [])
    return replace(cand, scope=hosts[0]) if len(hosts) == 1 else cand


def specialty_rows(r: Reader) -> Iterator[Candidate]:
    """A table of the specialties institutions build (依托单位 | 专科名称 | 建设类别, pipe rows or one cell per line):
    each row's specialty in its institution."""
    for row in table_rows(r.text):
        found, host = row.column(SPECIALTY_COLUMN), row.host
        if found is None or host is None:
            continue
        cell = found[1]
        hits = r.institutions(host.start, host.end)
        for item in CELL_ITEM.finditer(r.text, cell.start, cell.end):  # 县域医疗次中心；康复科、口腔科
            if not UNIT_END.search(item.group("unit")):
                continue
            unit = Unit(item.start(), item.start() + len(item.group("unit")), item.group("unit"))
            if acceptable(r.vocab, unit, "named"):
                scope = Scope(host.start, host.end, host.text, hits[-1][2] if hits else None)
                yield Candidate(item.start(), item.end(), unit, scope, None, None, row.year, cell.start, cell.end)


BUILT_BY = re.compile(r"^(?:计划)?(?:于|在)?(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:前|之前)?"
                      r"(?:建成|完成|设置|设立|开设|建设)(?:建设|设置)?$")
"""A cell saying by when the row's institution builds its column's unit (2025年建成); 已建成 is what exists."""


UNIT_STATUS = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,14}?)(?:建设)?(?:现状|情况|现有情况)$")
"""A column saying where each row's institution stands with a unit (中医馆现状: 2017年建成 / 未建)."""


def unit_status_rows(r: Reader) -> Iterator[Candidate]:
    """A pipe table with the rows' institutions (分院名称) and a column named by a unit (胸痛救治单元) whose cells say
    by when each builds it (2025年建成, 已建成): one requirement per row that builds it, of that year. A column of a
    unit's status (中医馆现状) beside a deadline column (完成年度) gives each row the unit to build or upgrade by its
    deadline."""
    text = r.text
    header: list[tuple[int, str, bool]] = []  # (column, unit, a status column read with the deadline)
    host_at = deadline_at = -1
    for a, b in text_lines(text):
        if "|" not in text[a:b]:
            header, host_at = [], -1
            continue
        cells = pipe_cells(text, a, b)
        if not header:
            names = [c.text for c in cells]
            host_at = next((i for i, h in enumerate(names) if HOST_COLUMN.match(h)), -1)
            deadline_at = next((i for i, h in enumerate(names) if DEADLINE_COLUMN.match(h)), -1)
            header = [(i, h, False) for i, h in enumerate(names) if i != host_at and UNIT_END.search(h)
                      and re.fullmatch(r"[\u4e00-\u9fff]{2,16}", h)
                      and acceptable(r.vocab, Unit(0, len(h), h), "named")]
            header += [(i, m.group("unit"), True) for i, h in enumerate(names) if deadline_at >= 0 and i != host_at
                       and (m := UNIT_STATUS.match(h)) and UNIT_END.search(m.group("unit"))
                       and acceptable(r.vocab, Unit(0, len(m.group("unit")), m.group("unit")), "named")]
            if host_at < 0 or not header:
                header, host_at = [], -1
            continue
        if len(cells) <= max(i for i, _, _ in header) or len(cells) <= max(host_at, deadline_at):
            continue
        host = cells[host_at]
        hits = r.institutions(host.start, host.end)
        if not hits:
            continue
        for i, name, status in header:
            built = None if status else BUILT_BY.match(cells[i].text)
            due = re.search(r"(?:19|20)\d{2}", cells[deadline_at].text) if status else None
            if built or due:
                year = int(built.group("year") if built else due.group())
                unit = Unit(cells[i].start, cells[i].start, name)
                scope = Scope(host.start, host.end, host.text, hits[-1][2])
                end = max(cells[i].end, cells[deadline_at].end if status else 0)
                yield Candidate(host.start, end, unit, scope, None, None, year, host.start, end)


def type_share_rows(r: Reader) -> Iterator[Candidate]:
    """A pipe table of the units institution types set up by a year (机构类别 | 应设置的科室或服务 | 2026年设置比例 |
    2028年设置比例): one requirement per (type, unit) of each row, at the share of the latest year column (a share
    with no sign is a floor)."""
    text = r.text
    columns: tuple[int, int, list[tuple[int, int]]] | None = None
    for a, b in text_lines(text):
        if "|" not in text[a:b]:
            columns = None
            continue
        cells = pipe_cells(text, a, b)
        if found := share_table_columns([c.text for c in cells]):
            columns = found
            continue
        if columns is None or len(cells) <= max(columns[0], columns[1], *(i for i, _ in columns[2])):
            continue
        host, cell = cells[columns[0]], cells[columns[1]]
        at, year = columns[2][-1]
        q = parse_cell(cells[at].text).quantity
        scopes = group_at(r, host.start, host.end)
        if q is None or q.unit != "percent" or q.relative or not scopes:
            continue
        for item in CELL_ITEM.finditer(text, cell.start, cell.end):
            unit = Unit(item.start(), item.start() + len(item.group("unit")), item.group("unit"))
            if not UNIT_END.search(unit.name) or not acceptable(r.vocab, unit, "named"):
                continue
            for scope in scopes:
                yield Candidate(host.start, cells[at].end, unit, scope, q.value, q.comparator or ">=", year,
                                cell.start, cell.end)


CELL_ITEM = re.compile(r"(?P<unit>[^、；;，,和及\n|]+?)(?:提质|提升|新建|改造|升级|建设)?(?=[、；;，,和及\n|]|$)")
"""One item of a table cell listing units, with an action word after it (中医馆提质, 康复科)."""


def other_scope_share(r: Reader, cs: int, ce: int, previous: list[Candidate]) -> list[Candidate]:
    """A clause naming other institutions and only their share of the units before (三级医院临床营养科设置率达到100%，
    二级综合医院不低于80%): the same units in those institutions at that share."""
    if any(c.share is None for c in previous):
        return []
    begin = cs + len(r.text[cs:ce]) - len(r.text[cs:ce].lstrip())
    begin += 2 * r.text.startswith("其中", begin)  # …的比例达到80%，其中三级综合医院、县级综合医院分别达到100%和70%
    scopes = group_at(r, begin, ce)
    if not scopes or scopes[0].start != begin:
        return []
    past = skip_aside(r.text, scopes[-1].end, ce)
    past += r.text.startswith(("要", "应"), past)
    if rate := SHARE_WORDS.match(r.text, past, ce):  # 三级医院的设置率2026年底前达到100%
        if OWN_STANDARD.search(rate.group()):
            return []  # 村卫生室标准化建设达标率达到95%: the institutions' own standard, not the units before
        past = rate.end()
    by = LEADING_YEAR.match(r.text, past, ce)
    past = by.end() if by else past
    units = list(dict.fromkeys(c.unit for c in previous))
    last = replace(previous[-1], year=int(by.group("year"))) if by else previous[-1]
    if (m := LATER_SHARE.fullmatch(r.text, past, ce)) is not None:
        comparator = ">=" if m.group("floor") else share_comparator(m.group("verb") or "")
        return [replace(last, start=begin, end=m.end(), unit=unit, scope=scope, share=float(m.group("value")),
                        comparator=comparator) for unit in units for scope in scopes]
    if (m := LATER_SHARE.match(r.text, past, ce)) is not None and m.end() < ce and r.text[m.end()] in "、，," and (
            rest := other_scope_share(r, m.end() + 1, ce, previous)):
        # 其中三级综合医院达到90%以上、二级综合医院达到55%以上: each institution with its own share
        comparator = ">=" if m.group("floor") else share_comparator(m.group("verb") or "")
        first = [replace(last, start=begin, end=m.start() + len(m.group().rstrip()), unit=unit, scope=scope,
                         share=float(m.group("value")), comparator=comparator) for unit in units for scope in scopes]
        return first + rest
    each = EACH_SHARE.fullmatch(r.text, past, ce)
    values, comparator = stated_values(each.group("values"), each.group("verb") or "") if each else ([], None)
    if len(values) != len(scopes) or len(scopes) < 2:
        return []
    return [replace(last, start=begin, end=each.end(), unit=unit, scope=scope, share=value,
                    comparator=comparator) for unit in units for scope, value in zip(scopes, values, strict=True)]


def other_unit_share(r: Reader, cs: int, ce: int, previous: list[Candidate]) -> list[Candidate]:
    """A clause naming other units and only their share (县级综合医院胸痛中心、卒中中心建成比例分别达到90%和80%，
    创伤中心建成比例达到60%): those units in the institutions before, at that share."""
    if any(c.share is None or c.scope is None for c in previous):
        return []
    begin = cs + len(r.text[cs:ce]) - len(r.text[cs:ce].lstrip())
    units = unit_list(r, begin, ce)
    if units is None or units.units[0].start != begin:
        return []
    rate = SHARE_WORDS.match(r.text, units.end, ce)
    m = LATER_SHARE.fullmatch(r.text, rate.end(), ce) if rate and rate.end() > units.end and not OWN_STANDARD.search(
        rate.group()) else None
    if m is not None:
        share = float(m.group("value"))
        comparator = ">=" if m.group("floor") else share_comparator(m.group("verb") or "")
        end = m.start() + len(m.group().rstrip())
    elif full := FULL_COVERAGE.fullmatch(r.text, units.end, ce):  # …设置率达到80%以上，家庭医生工作室实现全覆盖
        share, comparator, end = 100.0, ">=", full.start() + len(full.group().rstrip())
    else:
        return []
    scopes = list(dict.fromkeys(c.scope for c in previous))
    last = previous[-1]
    return [replace(last, start=begin, end=end, unit=unit, scope=scope, share=share, comparator=comparator,
                    list_start=begin, list_end=units.end) for unit in units.units for scope in scopes]


FULL_COVERAGE = re.compile(r"(?:要|均|都|基本)?(?:实现|达到)全覆盖\s*")
"""Units that reach every institution (…，家庭医生工作室实现全覆盖): a share of 100 %."""


EACH_SHARE = re.compile(rf"分别(?P<verb>达到|提高到|提升到|增加到|不低于|不少于|为)?(?P<values>{SHARE_VALUES})\s*")
"""Shares of several institutions in the order they are named (…分别达到100%和70%)."""


def later_in_clause(text: str, cand: Candidate, ce: int) -> Candidate | None:
    """The same requirement at a later year's share, written right after its share in the clause."""
    if cand.share is None or cand.year is None:
        return None
    by = LEADING_YEAR.match(text, cand.end + (text[cand.end:cand.end + 1] in ("、", "和", "及")), ce)
    m = LATER_SHARE.match(text, by.end(), ce) if by else None  # 设置率2027年达到85%、2030年达到95%
    if m is None or int(by.group("year")) <= cand.year:
        return None
    comparator = ">=" if m.group("floor") else share_comparator(m.group("verb") or "")
    return replace(cand, share=float(m.group("value")), comparator=comparator, year=int(by.group("year")),
                   end=m.start() + len(m.group().rstrip()))


def named_again(text: str, pos: int, end: int, names: list[str]) -> int:
    """After the units' names written again before their rate (蒙医馆设置率, 儿科、精神科的设置率), else `pos`."""
    at = pos
    while name := next((n for n in names if n and text.startswith(n, at, end)), ""):
        at += len(name)
        if SHARE_WORDS.match(text, at, end):
            return at
        if not text.startswith(("、", "和", "及"), at, end):
            break
        at += 1
    return pos


def share_of_previous(text: str, cs: int, ce: int, previous: list[Candidate]) -> list[Candidate]:
    """A clause that only states the share of the units before it (…开设老年医学科，设置率达到80%; …中心建设，
    到2025年实现全覆盖), or their share at a later year (…设置率达到80%以上，2027年达到100%)."""
    begin = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
    begin += text.startswith("其", begin)
    by = LEADING_YEAR.match(text, begin, ce)  # …设立医保办，到2024年底设立比例达到100%
    begin = by.end() if by else begin
    units = sorted({c.unit for c in previous}, key=lambda u: u.start)
    season = SEASON.match(text, begin, ce)  # 每年5月至10月肠道传染病高发季节肠道门诊开诊率…: when, then the unit
    if season.end() > begin and named_again(text, season.end(), ce, [plain_name(u) for u in units]) > season.end():
        begin = season.end()
    named_from = begin
    begin = named_again(text, begin, ce, [plain_name(u) for u in units])  # …推进蒙医馆标准化建设，2025年蒙医馆设置率…
    if begin > named_from:  # 设置治未病科、康复科…，2025年治未病科设置率达到100%: the share of the units named again
        units = [u for u in units if plain_name(u) in text[named_from:begin]]
    share = share_at(text, begin, ce, len(units))
    if share.observed:
        return previous
    if share.value is None and (covered := COVERED.match(text, begin, ce)):
        share = Share(100.0, ">=", covered.end(), int(covered.group("year")) if covered.group("year") else None)
    if by and share.value is not None and share.year is None:
        share = share._replace(year=int(by.group("year")))
    stated = any(c.share is not None for c in previous)
    if stated or share.value is None:
        # …的比例达到60%以上，2027年达到100%; 不少于60%的社区卫生服务中心设置心理咨询室，2027年这一比例达到80%以上
        # (a share written ahead of the institutions, read later): the same units at a later year's share
        again = LATER_SHARE.fullmatch(text, begin, ce) if by else None
        later = int(by.group("year")) if by else 0
        if again is None or (stated and any(c.share is None or c.year == later for c in previous)) or (
                not stated and (not again.group("verb") or any(c.year is None or c.year >= later for c in previous))):
            return previous
        comparator = ">=" if again.group("floor") else share_comparator(again.group("verb") or "")
        return previous + [replace(c, share=float(again.group("value")), comparator=comparator, end=again.end(),
                                   year=later) for c in previous]
    values = share.value if isinstance(share.value, list) else [share.value] * len(units)
    shares = dict(zip(units, values, strict=False))
    return [replace(c, share=shares[c.unit], comparator=share.comparator, end=share.end, year=share.year or c.year)
            if c.unit in shares else c for c in previous]


def clause_candidates(r: Reader, cs: int, ce: int, carried: Callable[[], list[Scope]],
                      year: int | None) -> Iterator[Candidate]:
    """Requirements of one clause: verb-led ones, then `institution + units + coverage/share` ones."""
    if not UNIT_HINT.search(r.text, cs, ce):
        return
    pos = cs
    used: set[int] = set()
    for chain in CHAIN.finditer(r.text, cs, ce):
        if chain.start() < pos:
            continue
        found = verb_led(r, cs, ce, chain, carried, year)
        if found:
            yield from found
            pos = max(c.list_end for c in found)
            used.update(c.scope.start for c in found if c.scope)
    if pos == cs and (closing := verb_after(r, cs, ce, carried, year)):
        yield from closing
        return
    if not COVERAGE_HINT.search(r.text, pos, ce):
        return
    if pos == cs and (first := unit_first(r, cs, ce, year)):
        yield from first
        return
    groups = list(groups_in(r, cs, ce))
    for group in groups:
        if group[0].start not in used and group[-1].end >= pos:
            yield from scope_led(r, ce, group, year)
    if not groups and pos == cs:
        yield from carried_share(r, cs, ce, carried, year)


VERB_AFTER = re.compile(r"(?:等?[\u4e00-\u9fff]{0,6}?(?:科室|专科|门诊|诊室|单元))?(?:要|应|须|均|都)?"
                        r"(?:全面|全部|普遍|逐步|均|同步|独立)?(?:规范化?|标准化)?(?:建设|设置|设立|建立|建成|开设)"
                        r"(?:到位|(?:达到|符合)[^，。；]{1,24}(?:标准|要求))?\s*$")
"""A set-up verb closing a clause that opened with the units (急诊科、麻醉科等平台科室全面规范建设)."""
VERB_BEFORE_HOST = re.compile(rf"{STRENGTHEN}|负责|指导|承担|开展|用于|包干|牵头|组织|督促")
"""A verb in the wording of a clause's first institutions: they are its object, not the units' host."""


def verb_after(r: Reader, cs: int, ce: int, carried: Callable[[], list[Scope]], year: int | None
               ) -> list[Candidate]:
    """`[institutions] units [等…科室] [全面规范]建设`: a clause that names the units first and sets them up by its
    closing verb; the institutions are the clause's own, else those of the clause before (旗县级蒙医医院设置…，急诊科、
    麻醉科和医学影像科等平台科室全面规范建设)."""
    text = r.text
    begin = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
    lead = LEADING_YEAR.match(text, begin, ce)
    pos = lead.end() if lead else begin
    named = group_at(r, pos, ce)
    if named and VERB_BEFORE_HOST.search(named[0].text):
        return []  # 负责学校心理健康教育和心理咨询室建设: a duty, the institution its object
    if named:
        pos = skip_aside(text, named[-1].end, ce)
        pos += text.startswith("的", pos)
    units = unit_list(r, pos, ce)
    if units is None or not VERB_AFTER.fullmatch(text, units.end, ce):
        return []
    scopes = list(named) or list(carried())
    if not scopes:
        return []  # 主要用于宣传招募、献血者关爱和献血屋建设: no institution builds them
    return build(r, begin, units, scopes, "named" if named else "carried", Share(), year)


def unit_first(r: Reader, cs: int, ce: int, year: int | None) -> list[Candidate]:
    """`units [year] 在 institutions 的开设比例 share`: a clause that opens with the units (伤口造口护理门诊到2025年在
    二级及以上综合医院的开设比例达到60%)."""
    text = r.text
    begin = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
    units = unit_list(r, begin, ce)
    if units is None:
        return []
    by = LEADING_YEAR.match(text, units.end, ce)
    pos = by.end() if by else units.end
    scopes = group_at(r, pos + 1, ce) if text.startswith("在", pos) else []
    if not scopes:
        return []
    share = share_at(text, skip_aside(text, scopes[-1].end, ce), ce, len(units.units))
    if share.value is None or share.observed:
        return []
    if by and share.year is None:
        share = share._replace(year=int(by.group("year")))
    return build(r, begin, units, scopes, "named", share, year)


def carried_share(r: Reader, cs: int, ce: int, carried: Callable[[], list[Scope]],
                  year: int | None) -> list[Candidate]:
    """`units + 设置率 + share` with the institutions of the sentence before it (二级以上综合医院…，儿科、精神科
    设置率分别达到95%和70%; …中医馆设置率保持100%，到2026年康复科设置率不低于90%)."""
    text = r.text
    begin = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
    lead = LEADING_YEAR.match(text, begin, ce)
    begin = lead.end() if lead else begin
    units = unit_list(r, begin, ce)
    scopes = carried() if units else []
    if not units or not scopes or not text.startswith(("设置率", "的设置率", "开设率", "规范设置率"), units.end):
        return []
    previous = text[max(text.rfind(c, 0, max(cs - 1, 0)) for c in "，,。；\n") + 1:cs]
    if any(plain_name(u) in previous for u in units.units):
        return []  # 各镇街综治中心规范设置心理咨询室，…心理咨询室设置率达到100%: the share of that statement
    share = share_at(text, units.end, ce, len(units.units))
    if share.value is None or share.observed:
        return []
    if lead and share.year is None:
        share = share._replace(year=int(lead.group("year")))
    return build(r, begin, units, scopes, "named", share, year)


def verb_led(r: Reader, cs: int, ce: int, chain: re.Match[str], carried: Callable[[], list[Scope]],
             year: int | None) -> list[Candidate]:
    """`[institutions] verb [institutions] units [tail]`."""
    text = r.text
    lead = text[cs:chain.start()]
    if OBSERVED.search(lead):
        return []
    after = chain.end()
    objects = group_at(r, after, ce)
    if objects:
        past = skip_aside(text, objects[-1].end, ce)
        follow = CHAIN.match(text, past, ce)
        if follow and follow.end() > past and not text[follow.end():ce].strip() and len(objects) == 1 \
                and group_before(r, cs, chain.start()):
            objects = []  # 县疾控中心要加强检测实验室建设: a laboratory of the subject, 建设 its tail
        elif (follow and follow.end() > past) or BECOMING.match(text, past, ce):
            return []  # 支持某医院建设…: the institution is the next verb's subject; 建设成为…中心: it becomes one
        else:
            after = past
    units = unit_list(r, after, ce)
    if units is None and objects:
        objects, units = [], unit_list(r, chain.end(), ce)  # 推进研究型医院和研究型病房建设
    if units is None:
        return []
    if re.search(r"新增|创建|争创|申报|创成", chain.group(0)) and any(DESIGNATED.match(plain_name(u))
                                                                   for u in units.units):
        return []  # 新增省级临床重点专科, 创建省级临床重点专科: designations won or sought, not units set up
    rest = text[units.end:ce]
    share = share_at(text, units.end, ce, len(units.units))
    if share.observed:
        return []
    setup = bool(HAS_SETUP.search(chain.group(0)) or BUILD_UP.search(chain.group(0)))
    # with only a verb of strengthening: a nominal tail, or the host's units closing the clause (完善县医院发热门诊)
    if not (setup or share.value is not None or TAIL.match(rest) or LIST_TAIL.match(rest)
            or (units.etc and ETC_TAIL.match(rest))
            or (units.etc and CAPACITY.match(rest))
            or (objects and not rest.strip() and not VERB_IN_NAME.search(text, after, units.end))
            or (not objects and not rest.strip() and group_before(r, cs, chain.start()))):  # 县妇幼保健院完善儿童保健科
        return []
    if rest.startswith("的") and (owners := group_at(r, units.end + 1, ce)):
        owned = skip_aside(text, owners[-1].end, ce)
        counted = OWNERS_COUNTED.match(text, owned, ce)
        if not counted and not re.match(r"(?:（[^（）]*）)?(?:比例|比重|占比|数)", text[owned:ce]):
            return []  # 以设置老年医学科的综合性医院为主体: describes institutions, requires nothing
        objects = owners  # 设置中医馆的社区卫生服务中心和乡镇卫生院比例达到100%
        # 设置认知障碍照护专区的养老机构达到40家: a number of institutions to have the unit, no share
        share = Share(end=counted.end()) if counted else share_at(text, owned, ce, len(units.units))
    named = objects or group_before(r, cs, chain.start())
    if len(units.units) == 1 and len(named) > 1 and share.value is not None and not isinstance(share.value, list):
        each = share_at(text, units.end, ce, len(named))  # 三级综合医院、三级中医医院设置…的比例分别达到60%和40%
        share = each if isinstance(each.value, list) else share
    if coverage := COVERAGE.match(rest):
        share = share._replace(end=units.end + coverage.end())
    if share.value is None and (ALL.search(text[cs:chain.end()]) or coverage):
        share = share._replace(value=100.0, comparator=">=")
    start = min([chain.start(), *(s.start for s in named)])
    scopes = list(named) or ([] if PLACE_SUBJECT.search(lead) else list(carried()))
    if None not in scopes:  # 总医院要设立A中心和B中心，完善C中心功能: the one host carried once, not once per unit
        scopes = list({(s.start, s.end): s for s in scopes}.values())
    # the institutions a sentence opened with host the units of its later clauses (…，2025年内建成高级卒中中心)
    one_host = len(scopes) == 1 and scopes[0] is not None and not re.search(r"实验室|集团|机构$", scopes[0].text) \
        and not r.institutions(cs, chain.start())  # 支持高水平医院…建设多中心: the clause names institutions itself
    hosted = "via" if "依托" in lead else "named" if named else "carried" if one_host else "none"
    if "分别" in chain.group(0) and len(named) == len(units.units) > 1:  # A、B分别建设X和Y: A has X, B has Y
        return [c for scope, unit in zip(named, units.units, strict=True)
                for c in build(r, start, UnitList((unit,), units.end, units.etc), [scope], hosted, share, year)]
    return build(r, start, units, scopes or [None], hosted, share, year)


def scope_led(r: Reader, ce: int, scopes: list[Scope], year: int | None) -> list[Candidate]:
    """`institutions units 全覆盖 / 设置率 / 的比例`."""
    units = unit_list(r, skip_aside(r.text, scopes[-1].end, ce), ce)
    if units is None:
        return []
    rest = r.text[units.end:ce]
    hosts = len(scopes) if len(units.units) == 1 else 0  # 妇幼保健院、综合医院心理门诊设置率分别达到90%和80%
    share = share_at(r.text, units.end, ce, hosts or len(units.units))
    if share.observed:
        return []
    postposed = POSTPOSED.match(rest)
    if coverage := COVERAGE.match(rest):
        share = Share(100.0, ">=", units.end + coverage.end())
    elif share.value is None and not SHARE_WORDS.match(rest) and not postposed:
        return []
    elif share.value is None and postposed and postposed.group("year"):
        year = int(postposed.group("year"))  # …国医堂要在2025年6月底前建成
    found = build(r, scopes[0].start, units, list(scopes), "named", share, year)
    at = share.end if share.value is not None and not isinstance(share.value, list) else None
    while at is not None and r.text.startswith("、", at) and (more := unit_list(r, at + 1, ce)) is not None and (
            (again := share_at(r.text, more.end, ce, len(more.units))).value is not None and not again.observed
            and not isinstance(again.value, list)):
        found += build(r, more.units[0].start, more, list(scopes), "named", again, year)  # …护理站设置率不低于70%、
        at = again.end  # 康复科设置率达到90%: the same institutions' next unit and its own share
    return found


def build(r: Reader, start: int, units: UnitList, scopes: list[Scope | None], hosted: str, share: Share,
          year: int | None) -> list[Candidate]:
    """One candidate per (unit, institution). `hosted`: `named` (an institution is the verb's subject or object),
    `listed` (no institution, but the unit is listed with plain units), `via` (依托…建设: built on an institution,
    so a centre is an institution of its own), `carried` (the institutions of an earlier clause) or `none`."""
    # one unit in several hosts with one value each after 分别 (妇幼保健院、综合医院心理门诊设置率分别达到90%和80%)
    per_scope = isinstance(share.value, list) and len(units.units) == 1 and len(share.value) == len(scopes) > 1
    if per_scope:
        shares: list[float | None] = [0.0]
    else:
        shares = share.value if isinstance(share.value, list) else [share.value] * len(units.units)
    if hosted == "via" and any(INSTITUTION_CENTRE.search(plain_name(u)) and not SHARED_SERVICE_CENTRE.search(
            plain_name(u)) for u in units.units):
        return []  # 依托…建设…救治中心、技术指导中心和远程会诊中心: a list of designations, institutions of their own
    if hosted == "none" and any(acceptable(r.vocab, u, hosted) and not plain_name(u).endswith(NEEDS_HOST)
                                for u in units.units):
        hosted = "listed"  # 设置心理咨询室或社会工作室
    if hosted == "named" and scopes and all(s is not None and SCHOOL.search(s.text) for s in scopes):
        hosted = "school"  # units a school sets up
    out = []
    for unit, unit_share in zip(units.units, shares, strict=False):
        end = max(share.end, units.end) if unit_share is not None else unit.end
        own_host = hosted_item(r, unit) if hosted == "named" and unit is not units.units[0] else None
        unit = own_host[1] if own_host else unit
        listed_room = plain_name(unit) in LISTED_ROOMS and len(units.units) > 1  # 诊室、治疗室、观察室、药房分设
        if not (acceptable(r.vocab, unit, hosted) or listed_room) or GAP in r.text[start:end]:
            continue
        for scope in [own_host[0]] if own_host else [s for s in scopes if not redundant(r.vocab, s, unit)] or scopes:
            if plain_name(unit).endswith("站点") and (scope is None or EMS_BODY.search(scope.text) or
                                                    OUTREACH.search(scope.text)):
                continue  # 市急救中心新增急救站点: a site of the emergency network, no unit of an institution;
                #           社区卫生服务中心在学校设立健康服务站点: an outreach site elsewhere
            if per_scope:
                unit_share = share.value[scopes.index(scope)]
            out.append(Candidate(start, end, unit, scope, unit_share,
                                 share.comparator if unit_share is not None else None,
                                 share.year or year if unit_share is not None else year, units.units[0].start,
                                 units.end))
    return out


EMS_BODY = re.compile(r"急救|指挥|调度")
"""An emergency medical service's centre or station: the sites it adds (急救站点) are its network's, not units."""
OUTREACH = re.compile(r"在[\u4e00-\u9fff]{1,8}$")
"""An institution's words ending in where it sets a site up (…在学校): a site elsewhere, not a unit of its own."""


def hosted_item(r: Reader, unit: Unit) -> tuple[Scope, Unit] | None:
    """A later item of a list that names its own institution before its unit (县人民医院危重孕产妇救治中心、
    县妇幼保健院危重新生儿救治中心): that institution and the unit after it."""
    hits = [h for h in r.institutions(unit.start, unit.end) if h[1] < unit.end]
    if not hits or hits[-1][0] - unit.start > 4 or not re.fullmatch(r"[\u4e00-\u9fff]{0,4}",
                                                                      r.text[unit.start:hits[-1][0]]):
        return None
    host_end = at = hits[-1][1]
    if verb := HAS_SETUP.match(r.text, at, unit.end):
        at = verb.end()  # 黎平县中医医院建设侗医药诊疗中心、雷山县中医医院建设苗医药诊疗中心: each with its verb
    rest = Unit(at, unit.end, r.text[at:unit.end], unit.source)
    if not UNIT_END.search(rest.name) or rest.name[0] in "为是作的和与及":
        return None  # 以…为龙头、医疗机构为哨点: a role, no unit
    return Scope(unit.start, host_end, r.text[unit.start:host_end], hits[-1][2]), rest


ROOM_VARIANT = re.compile(r"(?<=科)[（(]室[）)]$")
"""A department written with its smaller form after it (病案管理科（室）): named as the department."""


def plain_name(unit: Unit) -> str:
    return BRACKET.sub("", unit.name.strip(QUOTES))


TOWN_NAMED = re.compile(r"^(?!乡镇|城镇|村镇)[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)(?=\d|[\u4e00-\u9fff]{2})")
"""A station named by its town (红石砬子镇120急救分站): an institution of its own, no department."""


def acceptable(vocab: Vocabulary, unit: Unit, hosted: str) -> bool:
    """A unit: no generic word, discipline or institution of its own. A centre counts when an institution hosts it,
    when the vocabulary knows it as a unit (胸痛中心) or when a list after 等 shares it (心血管、肿瘤等临床医疗中心);
    a laboratory or studio only when hosted."""
    bare = plain_name(unit)
    if bare in SCHOOL_UNITS:
        return hosted == "school"  # a school's 卫生室 (保健室) or 校医院; elsewhere 卫生室 is a village clinic
    if len(bare) < 2 or bare in GENERIC_UNITS or NOT_A_UNIT.search(bare) or VERB_IN_NAME.search(bare) \
            or "（学）" in unit.name or COUNTED_LABEL.search(unit.name) or TOWN_NAMED.match(bare):
        return False
    if unit.source and not unit.source.startswith("等") and not acceptable(
            vocab, Unit(unit.start, unit.end, unit.source), hosted):
        return False
    if not bare.endswith(NEEDS_HOST):
        return True
    if SHARED_SERVICE_CENTRE.search(bare) and hosted in ("via", "named") and not INSTITUTION_CENTRE.search(
            bare.replace("区域", "", 1)):
        return True  # 依托县级医院建设医学影像中心, 在市第一人民医院设立区域远程影像诊断中心: the host's shared service
        #              (a 市级临床检验中心 is a designation: an institution of its own)
    if INSTITUTION_CENTRE.search(LEVEL_QUALIFIER.sub("", bare) if hosted == "named" else bare):
        return False  # a named hospital's 市级危重孕产妇救治中心 is its unit (a level qualifies the designation)
    if hosted == "via":  # 依托…医院建设远程会诊中心: a centre the host runs, unless a place names it or it is a kind of
        #                  institution (依托…医院建设天津市心理危机干预中心, …精神卫生中心, …救治中心)
        places = vocab.find_all("jurisdiction", bare)
        kinds = vocab.find_all("institution-type", bare)
        return not (places and places[0][0] == 0) and bare[0] not in "省市县区州盟旗" and not (
            kinds and kinds[-1][1] == len(bare) and not vocab.lookup("department-type", bare))  # a unit's own kind
        #   (依托县级综合医院建成危重孕产妇救治中心: the department vocabulary knows it as a unit)
    if hosted in ("named", "listed", "school"):
        return True
    if hosted == "carried":  # a centre of a clause after the one naming its host, unless a place names it
        places = vocab.find_all("jurisdiction", bare)  # (天水市危重新生儿救治中心 is an institution of its own)
        return not (places and places[0][0] == 0) and not bare.endswith("工作室")
    return bare.endswith("中心") and (bool(vocab.lookup("department-type", bare)) or unit.source.startswith("等"))


def redundant(vocab: Vocabulary, scope: Scope | None, unit: Unit) -> bool:
    """A specialist institution named beside a unit of its own specialty (传染病医院和综合医院可转换传染病区): the
    hospital is the whole thing, not a host of the ward."""
    if scope is None or not scope.iri:
        return False
    field = re.sub(r"定点|专科|医院|机构|中心", "", vocab.labels(scope.iri).get("zh-Hans", ""))
    return len(field) >= 2 and field in unit.name


# --- institutions -----------------------------------------------------------------------------------------------

def skip_aside(text: str, pos: int, end: int) -> int:
    """Offset after a bracket right at `pos` (（含中医医院）, （站）)."""
    m = BRACKET.match(text, pos, end)
    return m.end() if m else pos


def joined(text: str, a: int, b: int) -> re.Match[str] | None:
    """The joiner between two institutions of one group (和, 、, 或, with a short qualifier after it)."""
    return SCOPE_GAP.fullmatch(BRACKET.sub("", text[a:b]))


def scope_left(text: str, cs: int, hit_start: int) -> int:
    """Where an institution's wording starts: after the last lead word, punctuation (outside brackets) or the
    clause start, at most 20 characters before its type's label."""
    left = start = max(cs, hit_start - 20)
    masked = BRACKET.sub(lambda m: "·" * len(m.group(0)), text[left:hit_start])
    for m in LEAD.finditer(masked):
        if len(m.group(0)) > 1 or m.group(0) not in PREPOSITIONS or left + m.start() == cs or \
                ITEM_OPENING.fullmatch(text, cs, left + m.start()):  # 7.在清水河镇中心卫生院…增设
            start = left + m.end()
    for m in ETC.finditer(masked):  # A医院、B医院等县级精神卫生专科医院: the class after 等
        start = max(start, left + m.end())
    return start + text.startswith("在", start, hit_start)  # 鼓励在综合医院内设置…: no name starts with 在


ETC = re.compile(r"(?<![甲乙丙同对平均])等(?![级次同])")
"""等 closing a list of named institutions before the class they belong to (A医院、B医院等县级精神卫生专科医院);
not the 等 of a grade (三级甲等医院)."""


ONE_TOWN = rf"(?!乡镇|城镇|村镇){TOWN_NAME}"
"""A town's or street's own name (agencies.TOWN_NAME), not a kind of township (乡镇卫生院)."""
TOWNS_BEFORE = re.compile(rf"(?:(?<=[在对由，、：])|^)(?P<towns>(?:{ONE_TOWN}、)+)$")


def towns_sharing(text: str, left: int, hit: Hit) -> list[Scope]:
    """Towns listed before a town's institution that share its label (在解放街道、东栅街道社区卫生服务中心各建成…):
    each town's institution, before the one written in full."""
    if not re.fullmatch(ONE_TOWN, text[left:hit[0]]):
        return []
    before = TOWNS_BEFORE.search(text[max(0, left - 30):left])
    if before is None:
        return []
    label = text[hit[0]:hit[1]]
    at = left - len(before.group("towns"))
    out = []
    for town in before.group("towns").rstrip("、").split("、"):
        out.append(Scope(at, at + len(town), town + label, hit[2]))
        at += len(town) + 1
    return out


def group_from(text: str, left: int, hits: list[Hit], first: int) -> list[Scope]:
    """The 和/、-joined group starting with hits[first] (its wording from `left`), one scope per institution type;
    institutions joined by 或 are one institution named two ways (医共体牵头医院或总医院); named institutions that
    等 closes before their class (龙泉市第二人民医院、青田县康宁医院等县级精神卫生专科医院) are that class."""
    last = first
    while last + 1 < len(hits) and joined(text, hits[last][1], hits[last + 1][0]):
        last += 1
    if last + 1 < len(hits):
        gap = text[skip_aside(text, hits[last][1], len(text)):hits[last + 1][0]]
        if (etc := ETC.match(gap)) and re.fullmatch(r"[\u4e00-\u9fff]{0,8}", gap[etc.end():]):
            return group_from(text, hits[last + 1][0] - len(gap) + etc.end(), hits, last + 1)
    scopes: list[Scope] = towns_sharing(text, left, hits[first])
    start = left
    for i in range(first, last + 1):
        end = skip_aside(text, hits[i][1], len(text))
        if i > first and joined(text, hits[i - 1][1], hits[i][0]).group(0).startswith("或"):
            alternative = scopes.pop()
            scopes.append(Scope(alternative.start, end, text[alternative.start:end], alternative.iri))
        else:
            scopes.append(Scope(start, end, text[start:end], hits[i][2]))
        if i < last:
            start = end + len(re.match(rf"(?:{PAREN})?{JOINER}?", text[end:hits[i + 1][0]]).group(0))
    return scopes


def group_before(r: Reader, cs: int, pos: int) -> list[Scope]:
    """Institutions that are the subject of a verb at `pos` (县级综合医院要…, 乡镇卫生院到2023年底全部…); a means
    between them and the verb is skipped (社区卫生服务中心要依托全科诊室设立…)."""
    if (via := MEANS.search(r.text, cs, pos)) and not r.institutions(via.start(), pos):
        pos = via.start()
    chain = CHAIN.match(r.text, pos)
    if (standard := STANDARD.search(r.text, cs, pos)) or (
            chain and (standard := STANDARD.search(r.text, cs, chain.start() + len(chain.group(0)) - len(
                chain.group(0).lstrip("规范全面逐步"))))):
        pos = standard.start()
    hits = one_name_each(r.text, r.institutions(cs, pos))
    hits = [h for k, h in enumerate(hits) if not (k and r.text[hits[k - 1][1]:h[0]] in ("（", "("))]  # an alias
    after = skip_aside(r.text, hits[-1][1], pos) if hits else pos
    after += r.text.startswith("内", after, pos)  # 在综合医院内设置…: the unit inside the institution
    if not hits or not ADVERBS_ONLY.fullmatch(r.text, after, pos):
        return []
    first = len(hits) - 1
    while first > 0 and joined(r.text, hits[first - 1][1], hits[first][0]):
        first -= 1
    left = scope_left(r.text, cs, hits[first][0])
    if r.text.startswith(PARTNER, left):
        return []  # 与县人民医院共建胸痛救治单元: the partner, not the host (the subject before it is)
    return group_from(r.text, left, hits, first)


def one_name_each(text: str, hits: list) -> list:
    """Type labels inside one institution's name count once, by the last (复旦大学附属中山医院: 大学 then 医院, with no
    joiner between them, is one hospital)."""
    out: list = []
    start = None
    for k, h in enumerate(hits):
        between = text[h[1]:hits[k + 1][0]] if k + 1 < len(hits) else ""
        inside = k + 1 < len(hits) and re.fullmatch(r"[\u4e00-\u9fff]{0,10}", between) and not \
            re.search(r"[和及与或、]", between) and not ETC.match(text, h[1], hits[k + 1][0]) and \
            not GUIDES.search(between)  # 乡卫生院指导村卫生室: two institutions, the second the host
        start = h[0] if start is None else start
        if not inside:
            out.append((start, *h[1:]))
            start = None
    return out


def group_at(r: Reader, pos: int, ce: int) -> list[Scope]:
    """Institutions right after a verb (加强公立医院…, 推动100个旗县级医院…, 强化盟市、旗县级中医医院…)."""
    hits = r.institutions(pos, min(ce, pos + 60))
    if not hits:
        return []
    qualifier = BRACKET.sub("", r.text[pos:hits[0][0]])
    qualifier = qualifier[levels.end():] if (levels := LEVELS.match(qualifier)) else qualifier
    if len(qualifier) > 8 or re.search(rf"[，。；、]|{UNIT}|{VERB_IN_NAME.pattern}", qualifier):
        return []
    count = re.search(r"\d+[个所家]", r.text[pos:hits[0][0]])
    group = group_from(r.text, pos + count.end() if count else pos, hits, 0)
    while (i := next((i for i, h in enumerate(hits) if h[0] >= group[-1].end), None)) is not None \
            and PAIRED.fullmatch(r.text, group[-1].end, hits[i][0]):
        group = group_from(r.text, group[-1].end + 1, hits, i)  # 布局养老机构与医疗机构老年医学科: the units' own
    return group


def groups_in(r: Reader, cs: int, ce: int) -> Iterator[list[Scope]]:
    """Every institution group of a clause."""
    hits = r.institutions(cs, ce)
    i = 0
    while i < len(hits):
        group = group_from(r.text, scope_left(r.text, cs, hits[i][0]), hits, i)
        yield group
        while i < len(hits) and hits[i][0] < group[-1].end:
            i += 1


def clause_subject(r: Reader, cs: int, ce: int) -> list[Scope]:
    """Institutions a clause opens with (its subject, carried to the sentence's later clauses)."""
    hits = r.institutions(cs, ce)
    if not hits or scope_left(r.text, cs, hits[0][0]) + 14 < hits[0][0]:
        return []
    return group_from(r.text, scope_left(r.text, cs, hits[0][0]), hits, 0)


# --- units ------------------------------------------------------------------------------------------------------

ITEM_RATE = re.compile(RATES)
"""A list item's own rate word before the next item (蒙医馆建成率、蒙医科设置率)."""


def unit_list(r: Reader, pos: int, ce: int) -> UnitList | None:
    """The units named from `pos` on: a 、/和 list, with a head shared after 等 or from its last item."""
    text = r.text
    pos = MODIFIERS.match(text, pos, ce).end()
    found = read_list(r, pos, ce)
    if found is None and (of := OF_PHRASE.match(text, pos, ce)):
        found = read_list(r, MODIFIERS.match(text, of.end(), ce).end(), ce)  # 可转换的应急物理隔离区
    if found is not None and text.startswith("的", found.end) and not group_at(r, found.end + 1, ce) and (
            again := read_list(r, MODIFIERS.match(text, found.end + 1, ce).end(), ce)):
        found = again  # 设置有病房的精神科: the first list qualified the second
    return found


JOINT_TAIL = r"科联合(?:诊疗|诊治)?(?:中心|门诊|病房|病区)"
JOINT_END = re.compile(JOINT_TAIL + "$")
JOINT_UNIT = re.compile(rf"(?P<name>{CHAR}{{1,10}}?科(?:和|与){CHAR}{{1,10}}?{JOINT_TAIL}){AFTER_UNIT}{BOUNDARY}")
"""A unit two departments run together (老年病科和治未病科联合诊疗中心)."""


def read_list(r: Reader, pos: int, ce: int) -> UnitList | None:
    text = r.text
    items: list[tuple[int, int, bool]] = []  # (start, end, names its unit)
    head = ""
    end = pos
    while pos < ce:
        if m := ACTIVITY_PAIR.match(text, pos, ce) or JOINT_UNIT.match(text, pos, ce):
            items.append((pos, m.end("name"), True))  # 心理健康教育与咨询中心, 老年病科和治未病科联合诊疗中心: one unit
        elif m := ITEM.match(text, pos, ce):
            org = ORGANISATION.match(text, pos, m.end("name"))
            counted = COUNTED_HEAD.search(text, pos, m.end("name")) if items else None
            if counted:  # 胸痛、卒中、…危重新生儿救治五大中心: the last item with the count's head lends its tail
                items.append((pos, counted.start(), False))
                head = LENT + text[pos:counted.start()] + text[counted.end():m.end("name")].strip(QUOTES)
                end = m.end("name")
                break
            items.append((org.end() if org else pos, m.end("name"), True))
        elif b := BARE_PAIR.match(text, pos, ce):  # 儿童营养与喂养、儿童眼保健等专科门诊: 与 inside a 、-list's item
            items.append((pos, b.end("name"), False))
        elif b := BARE.match(text, pos, ce):
            items.append((pos, b.end("name"), False))
        else:
            break
        end = pos = items[-1][1]
        if (rate := ITEM_RATE.match(text, pos, ce)) and (joiner := LIST_JOIN.match(text, rate.end(), ce)) and \
                ITEM.match(text, joiner.end(), ce):
            pos = joiner.end()  # 蒙医馆建成率、蒙医科设置率均达到100%: each unit with its own rate, one share
            continue
        if joiner := LIST_JOIN.match(text, pos, ce):
            pos = joiner.end()
            if (counted := COUNTED.match(text, pos, ce)) and ITEM.match(text, counted.end(), ce):
                pos = counted.end()  # 建成1个县域医学影像中心和1个远程心电诊断中心
            elif (verb := HAS_SETUP.match(text, pos, ce)) and ITEM.match(text, verb.end(), ce):
                pos = verb.end()  # 设立职业病科或开设职业病门诊
            continue
        if text.startswith("等", pos):
            end = pos + 1
            if KIND_NOT_UNIT.search(text, end, min(ce, end + 16)):
                return None  # 重症、麻醉等临床专（学）科建设, 肿瘤、儿科等专科联盟建设
            if FIELDS_HEAD.match(text, end, ce) and not all(named for *_, named in items):
                return None  # 向老年护理、康复、儿科等短缺领域: fields (胸痛中心、…等急诊急救领域: units)
            if h := HEAD.match(text, end, ce):
                head, end = h.group("name"), h.end("name")
        break
    units = expand(r, items, head) if items else []
    return UnitList(tuple(units), end, text.startswith("等", items[-1][1]) or bool(head)) if units else None


def expand(r: Reader, items: list[tuple[int, int, bool]], head: str) -> list[Unit]:
    """Split names joined by 和 that the vocabulary does not know as one unit (unless two activities share the
    head: 心理健康教育与咨询中心), give borrowing items their shared head, drop what names no unit."""
    text, vocab = r.text, r.vocab
    parts: list[tuple[int, int, bool]] = []
    lent = head[1:] if head.startswith(LENT) else ""
    head = "" if lent else head
    for a, b, has_unit in items:
        name = text[a:b]
        inner = re.search(r"和|与|及(?!以上|以下)|或", name)  # 县级及以上临床重点专科: one unit
        if lent and not has_unit and inner:  # 危重孕产妇和危重新生儿救治“五大中心”: two items
            parts += [(a, a + inner.start(), False), (a + inner.end(), b, False)]
            continue
        joined = (bool(inner) and inner.group() == "与" and "、" in (text[a - 1:a], text[b:b + 1])) or (
            bool(inner) and JOINT_END.search(name) is not None)  # 老年病科和治未病科联合诊疗中心: one unit
        if has_unit and inner and not joined and \
                not vocab.lookup("department-type", ABBREVIATED.sub("", name).strip(QUOTES)) and \
                not ACTIVITY_PAIR.fullmatch(text, a, b):  # 、-lists join names by 与: 慢性病与地方病防制科
            parts += [(a, a + inner.start(), bool(UNIT_END.search(name[:inner.start()]))), (a + inner.end(), b, True)]
        elif has_unit and (cut := run_together(vocab, name)):  # 产科儿科: two units written without a joiner
            parts += [(a, a + cut, True), (a + cut, b, True)]
        else:
            parts.append((a, b, has_unit))
    shared = head_suffix(head) if head else ""
    specific = bool(shared) and shared not in GENERIC_UNITS
    units: list[Unit] = []
    for i, (a, b, has_unit) in enumerate(parts):
        name = text[a:b].strip(QUOTES)
        if has_unit:
            own = UNIT_END.search(name)
            if specific and own and not shared.endswith((own.group(1), "科室")):  # 蒙医馆、中医馆等特色科室: a class
                units.append(Unit(a, b, name + shared, "等" + head))  # 骨科、肿瘤康复等中医特色医疗中心
            else:
                units.append(Unit(a, b, text[a:b]))
            continue
        source = "等" + head if shared else next((text[c:d] for c, d, u in parts[i + 1:] if u), lent)
        suffix = shared or tail_suffix(source, name, vocab, shortest=bool(lent))
        if not suffix or len(name) < 2 or NOT_A_UNIT.search(name):
            continue
        if i + 1 < len(parts) and not parts[i + 1][2] and text[b:parts[i + 1][0]] in ("和", "与") \
                and vocab.lookup("department-type", text[a:parts[i + 1][1]].strip(QUOTES) + suffix):
            parts[i + 1] = (a, parts[i + 1][1], False)  # 危重儿童和新生儿救治等…中心: one unit
            continue
        units.append(Unit(a, b, name + suffix, source))
    return units


def run_together(vocab: Vocabulary, name: str) -> int:
    """Where a name splits into two departments (…科) the vocabulary knows, written side by side without 、 or 和
    (加强产科儿科服务能力建设 → 产科, 儿科), when it knows no unit of the whole name; else 0."""
    if len(name) < 4 or vocab.lookup("department-type", name):
        return 0
    if not name.endswith("科"):
        return 0  # 产科重症监护病房 is one ward of obstetrics
    return next((k for k in range(2, len(name) - 1) if name[k - 1] == "科"
                 and vocab.lookup("department-type", name[:k]) and vocab.lookup("department-type", name[k:])), 0)


def tail_suffix(source: str, item: str, vocab: Vocabulary, shortest: bool = False) -> str:
    """What a list's last item lends an item before it: its unit and the modifiers before that, leaving it a head of
    its own (孕产期、新生儿保健特色专科 → 保健特色专科, 胸痛、创伤中心 → 中心); the longest tail that makes a unit the
    vocabulary knows wins (胸痛、危重新生儿救治中心 → 胸痛中心, not 胸痛救治中心)."""
    source = source.strip(QUOTES)
    m = UNIT_END.search(source)
    if not m:
        return ""
    tails = [source[m.start():]]
    cut = m.start()
    while (mod := next((w for w in MOD_WORDS if source[:cut].endswith(w)), None)) and cut > len(mod):
        cut -= len(mod)
        tails.append(source[cut:])
    known = [t for t in tails if vocab.lookup("department-type", item + t)]  # shortest first
    if shortest:  # a count's head (…五大中心): each item's own shortest known name (创伤中心, 危重孕产妇救治中心)
        return known[0] if known else tails[0]
    return known[-1] if known else tails[-1]


def head_suffix(head: str) -> str:
    """What a head after 等 adds to each item: 高水平临床医疗中心 → 中心, 急诊急救“五大中心” → 中心,
    高水平中医特色医疗中心 → 中医特色医疗中心, 特色专科 → 特色专科."""
    plain = QUALITY.sub("", head)
    m = re.search(f"({UNIT})(?:{PAREN})?$", plain)
    if not m:
        return ""
    cut = m.start()
    while mod := next((w for w in MOD_WORDS + GENERIC_MODS if plain[:cut].endswith(w)), None):
        cut -= len(mod)
    generic = not re.sub("|".join(GENERIC_MODS), "", plain[cut:m.start()])
    return m.group(1) if generic else plain[cut:]


def department_concept(vocab: Vocabulary, name: str) -> str | None:
    """The department type a unit names: its label; the label of its name without, or inside, a bracket
    (中医综合服务区（中医馆）); or the label it ends with after a qualifier (标准化发热门诊, 国家临床重点专科)."""
    plain = BRACKET.sub("", name)
    for form in (name, plain, *re.findall(r"（([^（）]+)）", name)):
        if found := vocab.lookup("department-type", form):
            return found
    hits = vocab.find_all("department-type", plain)
    if hits and hits[-1][1] == len(plain) and CONCEPT_QUALIFIER.fullmatch(plain[:hits[-1][0]]):
        return hits[-1][2]
    return None


# --- shares -----------------------------------------------------------------------------------------------------

def share_at(text: str, pos: int, end: int, count: int) -> Share:
    """The share stated at `pos`: `的比例达到60%以上` → 60, >=; `的比例分别达到80%和95%` → [80, 95] for two units;
    `的比例2025年达到60%` → 60 by 2025."""
    m = SHARE.match(text, pos, end)
    if not m:
        return Share()
    values, comparator = stated_values(m.group("values"), m.group("verb"))
    value: float | list[float] = values if m.group("each") and len(values) == count > 1 else values[0]
    return Share(value, comparator, m.end(), int(m.group("year")) if m.group("year") else None,
                 bool(MEASURED.search(m.group("verb"))))


def stated_values(values: str, verb: str) -> tuple[list[float], str]:
    """The shares of a `SHARE_VALUES` match and their comparator (以上 after them, else the verb's)."""
    return [float(v) for v in re.findall(r"\d+(?:\.\d+)?", values)], \
        ">=" if "以上" in values else share_comparator(verb)


def share_comparator(verb: str) -> str:
    """A share's comparator as the text means it: a floor for 达到/提高到/不低于, a ceiling for 不超过/控制在,
    approximate for 约/左右, exact for 为."""
    return next((comparator for pattern, comparator in SHARE_VERBS if re.search(pattern, verb)), ">=")


def share_target(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact]) -> QuantityFact | None:
    """A percent target over the same words that names this unit (a table row's share)."""
    found = share_targets(doc, cand, targets)
    return found[0] if found else None


def share_targets(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact]) -> list[QuantityFact]:
    """Every percent target over the same words that names this unit: a table row with a column per year
    (…老年病科设置率 50% 60% under 2024年 2025年) gives one per year, and so does an indicator's line whose values
    follow a colon (…设置中医馆的比例：2025年达到100%，2027年保持100%)."""
    rs, re_ = doc.norm.raw_span(cand.list_start, cand.list_end)
    text = doc.norm.text
    line_end = text.find("\n", cand.list_end)
    line_end = len(text) if line_end < 0 else line_end
    colon = re.compile(r"[：:]").search(text, cand.list_end, line_end)
    if colon and SHARE_WORDS.fullmatch(text, cand.list_end, colon.start()):
        re_ = doc.norm.raw_span(cand.list_end, line_end)[1]  # X设置中医馆的比例：2025年达到100%，2027年保持100%
    name = unit_key(cand.unit.name)
    return [t for t in targets if t.evidence.start <= re_ and rs <= t.evidence.end
            and name in match_key(re.sub(r"（[^（）]*）", "", t.indicator))]


def with_share(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact], horizon: int | None
               ) -> tuple[Candidate, float | None, str | None, int | None, int | None]:
    """The candidate with its share, comparator, year, and the year the text states (not the plan's horizon): the
    clause's own words first, else a share target over the same words (a table row and its year column), whose
    cell the evidence then runs to."""
    share, comparator, year = cand.share, cand.comparator, cand.year
    stated = year
    target = share_target(doc, cand, targets)
    if share is None and target is not None:
        share, comparator, year = target.value, target.comparator, target.year or year
        stated = year
        cand = replace(cand, end=max(cand.end, doc.norm.normalised_offset(target.evidence.end)))  # quote the share
    elif share is not None and year is None:
        year = target.year if target is not None else horizon
    return cand, share, comparator if share is not None else None, year, stated


def with_shares(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact], horizon: int | None
                ) -> list[tuple[Candidate, float | None, str | None, int | None, int | None]]:
    """`with_share`, and for a unit whose share the text does not state but a table row states for several years,
    one row per later year whose share differs (its evidence runs to its own cell; 100 | 100 is one requirement):
    three of the four independent keys with such rows list each year's share."""
    if cand.share is None and (by_place := place_rows(doc, cand, targets)):
        return by_place
    first = with_share(doc, cand, targets, horizon)
    if cand.share is not None:
        return [first, *later_years(doc, cand, targets, first[1], first[3])]
    more = [t for t in share_targets(doc, cand, targets)[1:] if t.year and t.year != first[3] and t.value != first[1]]
    return [first, *((replace(cand, end=max(cand.end, doc.norm.normalised_offset(t.evidence.end))), t.value,
                      t.comparator, t.year, t.year) for t in more)]


def later_years(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact], share: float | None,
                year: int | None) -> list[tuple[Candidate, float | None, str | None, int | None, int | None]]:
    """到2025年和2027年，…设置康复医学科的比例分别达到90%和100%: the unit's share for each later year of the sentence,
    from the targets read there (one unit, its values by year after 分别)."""
    text, norm = doc.norm.text, doc.norm.normalised_offset
    stops = [i for i in (text.find(c, cand.end) for c in "。；\n") if i >= 0]
    sentence_end = min(stops) if stops else len(text)
    name = unit_key(cand.unit.name)
    return [(replace(cand, end=max(cand.end, norm(t.evidence.end))), t.value, t.comparator, t.year, t.year)
            for t in targets if year and t.year and t.year > year and t.value != share
            and cand.start <= norm(t.evidence.start) and norm(t.evidence.end) <= sentence_end
            and name in match_key(t.indicator) and "分别" in text[cand.list_end:norm(t.evidence.end)]]


def place_rows(doc: ParsedDocument, cand: Candidate, targets: list[QuantityFact]
               ) -> list[tuple[Candidate, float | None, str | None, int | None, int | None]]:
    """A row of a table with one column per place (指标 | 锡林浩特市 | 二连浩特市, `苏木乡镇卫生院蒙医馆设置率（%）|
    100|100`, or one cell per line): each place's share is a requirement of the place's institutions (二连浩特市
    苏木乡镇卫生院), its evidence running to the place's cell. The row's targets are those after it whose indicator
    is a place and the row's label; empty unless two or more places head them."""
    if cand.scope is None:
        return []
    text = doc.norm.text
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[line_start:line_end] and line_end - line_start > PLACE_ROW_LABEL:
        return []  # a paragraph, no table row
    label = strip_unit_label(text[line_start:line_end].split("|")[0]).strip()
    if not label or not label.endswith(("率", "比例", "占比")):
        return []
    rs = doc.norm.raw_span(cand.end, line_end)[0]
    reach = doc.norm.raw_span(*_lines_after(text, line_end, PLACE_ROWS_REACH))[1]
    scope = scope_text(cand.scope)
    rows = []
    for t in targets:
        place = t.indicator[:-len(label)] if t.indicator.endswith(label) else ""
        if rs <= t.evidence.start < reach and COLUMN_PLACE.fullmatch(place):
            rows.append((replace(cand, scope=replace(cand.scope, text=place + scope),
                                 end=doc.norm.normalised_offset(t.evidence.end)), t.value, t.comparator, t.year,
                         t.year))
    return rows if len(rows) >= 2 else []


PLACE_ROW_LABEL = 40
"""The longest line that may be a row's label in a table one cell per line."""
PLACE_ROWS_REACH = 12
"""How many lines after its label a table row's cells may stand (one cell per line: one per place)."""


def _lines_after(text: str, pos: int, n: int) -> tuple[int, int]:
    """(pos, the end of the n-th line after pos)."""
    end = pos
    for _ in range(n):
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            return pos, len(text)
        end = nxt
    return pos, end


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    run=run,
    requires=("tables", "targets"),
    assigns=("DepartmentRequirement",),
    description="Department requirements: institution scope, department or unit, share and year when stated.",
)
