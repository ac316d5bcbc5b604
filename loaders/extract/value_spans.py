"""Find value expressions in a clause of normalised text: number, unit, magnitude, comparator, relative change.

A value expression is a number with the words around it that say how to read it: a comparator word or level
verb before (不低于, 控制在, 达到, 下降到), a magnitude and unit after (万人, 亿元, %, 张, /10万人口), a comparator
after (以上, 左右, 2小时内), or a change verb before (降低10%, 提高1岁) with an optional baseline (比2016年,
以2015年为基础). A range (1-2所, 85%—90%) is read as its lower end. Years, ordinals, codes (5G, 54321, 十四五),
the `1` of a unit such as 1/10万 and numbers touching a redaction are not values; a unit cut by a redaction
(30/(略)) leaves the value with no unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.comparators import FLOOR, combine, level_verb_before, word_after, word_before
from loaders.extract.quantities import (
    COUNT_CLASSIFIERS,
    DECREASE_VERBS,
    DURATION_UNITS,
    FIVE_YEAR_PLANS,
    INCREASE_VERBS,
    NUM,
    Quantity,
    magnitude_after,
    parse_number,
    unit_after,
    with_magnitude,
)
from loaders.records import GAP

_TOKEN = re.compile(rf"(?<![\d.A-Za-z/])(?:{NUM}|[一两二三四五六七八九十]+(?=[{COUNT_CLASSIFIERS}]))")
_NOT_A_VALUE_AFTER = re.compile(
    r"^(?:年|月|日|号|[Gg]|\+|大|期|届|型|周年|方面|个方面|个一|位一体|同时|减三健|医|区|批|线|岗|"
    r"价(?=[\u4e00-\u9fffA-Za-z]{0,12}?疫苗))"
)
"""What makes a number part of a name (2025年, 5G, 二型, 23价肺炎球菌多糖疫苗: a vaccine's valency)."""
_AGE_LIMIT = re.compile(
    r"^(?:周?岁|个?月龄?)(?:及|或)?(?:以上|以下|以内|及以上|及以下)?的?(?:户籍|常住|在册|农村|城乡)?(?:老年人|老人|人群|人口|儿童|婴幼儿|婴儿|居民|学生|青少年|妇女|"
    r"女性|男性|孕妇|(?:住院|门诊|就诊)?患者|成人|成年人|常住|(?:乡村)?医生|医师|护士|村医|职工|劳动者|从业人员|"
    r"高龄老(?:年)?人|百岁老人)")
"""`60周岁及以上老年人`, `12岁儿童`, `0—36个月儿童`: an age limit that defines a population, part of the indicator's
name (a range of ages too)."""
_ORDINAL_AFTER = re.compile(r"^[.．](?!\d)")
_RANK_AFTER = re.compile(r"^(?:名|位|强)")
"""`进入全国前100名`: a rank threshold after 前, no value (the number of institutions that reach it is one)."""
_CLASSIFIER_AFTER = re.compile(r"^(?:项|级|类|种|条)")
"""Classifiers that follow ordinals and names as often as values: a value only after a verb or comparator
(达到4级以上, 扩大到30种, 不少于3项) or before a comparator word (提供6类以上; not 级: 二级以上医院 is a scope)."""
_QUALIFYING_COUNT = re.compile(r"^(?:类|项|种|个)及?以上[^，。；\d]{1,16}?的[^，。；\d]{0,14}?(?:比例|占比|覆盖率)")
"""`能够提供6类以上中医药适宜技术的社区卫生服务中心比例`: a count that qualifies what a share counts, not a value."""
_HAVING = re.compile(r"(?:患有|罹患|合并|同时患)$")
_KINDS_OR_MORE = re.compile(r"^(?:种|类|项)及?以上")
"""`约1.9亿老年人患有一种及以上慢性病`: how many diseases qualify the people counted, no value."""
_VERB_OBJECT = re.compile(r"(?:(?:^|[，、；：]|\d[.、．])(?:(?:\d{4}年|年内|全年)?"
                          r"(?:[\u4e00-\u9fff]{1,16}?(?:中心|医院|卫生院|机构|实验室|[省市县区])(?:可|能够?|已|已可|共)?)?"
                          r"(?:培育|遴选|推广|遴选推广|打造|新增|"
                          r"创建|组建|开发|推出|制定|建成|建设|认定|新建|改建|(?:帮助)?开展|引进))|"
                          r"\d[个处所家座条项种]、)[\u4e00-\u9fff“”]{2,24}$")
"""A clause that builds, selects or carries out a thing and counts it after its name (培育中医药健康旅游精品线路5条,
遴选推广壮瑶医适宜技术20项, 帮助开展新技术新项目35项; after the institution or division that does it:
市疾控中心可开展检测项目286项, 全市开展…), or the next thing of such a list (新建健康主题公园2个、健康步道
3条): the count is a value, though its classifier (条, 项) also follows ordinals."""
_SIZE_BAND = re.compile(r"^(?:名|人|个|张)[\u4e00-\u9fff]{1,4}(?:及?以上|及?以下|不足)的")
"""`600名学生以上的非寄宿制学校应当设立…`: the size of the institutions a norm is for, no value."""
_TIME_WINDOW = re.compile(r"^(?:个)?(?:小时|天|日|分钟|周|个工作日|工作日)(?:以?内)"
                          r"(?:[^，。；\d]{0,16}?(?:的比例|的占比|率)|[\u4e00-\u9fff]{1,6}\d)")
"""`在48小时内完成首次评估的比例`, `24小时内响应率`, `72小时内检测150种以上病原体`: a time window inside a rate's
name or before the count it limits, no value of its own."""
_BEYOND = re.compile(r"(?:超过|满|未满|不足|大于|多于)$")
_DURATION_OF = re.compile(r"^(?:个)?(?:小时|天|日|分钟|周|个月|月|年)(?:及?以上|以内)?的")
"""`超过60天的长期住院患者`: a duration that qualifies the people or things a task is for."""
_SUMMED_OVER = re.compile(r"^(?:家|所|个)[^，。；\d]{1,20}?(?:合计|总计|共计)")
"""`3家医院…床位合计不少于120张`: the number of institutions a total is summed over, no value."""
_LISTED_VALUE = re.compile(r"(?:达到|提高到|增加到|不低于|不少于)[\d.]+(?:项|级|类|种|条)(?:以上)?[和、及与]$")
"""`分别达到4.5级和3.5级`: a value listed after an introduced one."""
_COUNT_WITH_COMPARATOR = re.compile(r"^(?:项|类|种|条)(?:及)?(?:以上|以下|以内|左右)")
_NOT_A_VALUE_BEFORE = re.compile(r"(?:第|《|〔|“|\"|[A-Za-zⅠ-Ⅻ]|每|\d[.．]|[-—–~～]|(?:见|如)(?:附)?(?:[表图件]|专栏)|"
                                 r"附件|"
                                 r"(?:GBZ?|WS|DB\d{0,4}|YY|HJ|JGJ|ISO)(?:/[TZ])?\s+|建标)$")
"""Numbers that are no values: ordinals, titles and numbers, codes (GB/T 42195—2022, 建标127—2021), ranges, and
labels (见表1, 附件2)."""
_CODE_AFTER = re.compile(r"^[-—–]\d{5,8}(?!\d)")
_CODE_BEFORE = re.compile(r"(?:电话|热线|传真|手机|号码|邮编|邮政编码|标识码|识别码|备案号|ICP备)[：:]?\s*$")
"""Telephone numbers, postcodes and site codes (热线电话：028-85561234, 邮编：300070, 网站标识码：4418810001) are no
values."""
SERVICE_NUMBERS = frozenset(("110", "119", "120", "122", "12315", "12320", "12333", "12345", "12348", "12351",
                             "12355", "12356", "12338"))
"""Public service numbers (与110、119、122联动, 120呼叫, 12345热线): names of a service, never values unless a unit
follows (120辆)."""
_SERVICE_NEXT = re.compile(r"^(?:[、和与及等]\d|[\u4e00-\u9fff])")
def _service_number(token: str, after: str) -> bool:
    """A public service number named, not counted (120呼叫, 与110、119联动; 120辆 is a count)."""
    return token in SERVICE_NUMBERS and bool(_SERVICE_NEXT.match(after)) and \
        unit_after(after[magnitude_after(after)[1]:])[0] is None


_CN_VALUE_CONTEXT = re.compile(r"(?:至少|不少于|不低于|拥有|配备|建成|建好|组建|设置|建设|培养|办好|选建|有|新增|获批|"
                               r"新建)$")
_CN_NOT_WITH = re.compile(r"^[一两二三四五六七八九十]+次")
"""`一次` counts a value only after a comparator (至少一次)."""
_COMPARATOR_NEAR = re.compile(r"(?P<word>至少|不少于|不低于|最少)[\u4e00-\u9fff]{0,3}$")
"""至少提供一次: a comparator a verb away from a Chinese numeral."""
_PER_PHRASE = re.compile(r"每[\d.]*[十百千万]?[\u4e00-\u9fff]{1,4}$")
"""`每3万人口` between a level verb and the value it introduces."""
_AT_YEAR = re.compile(r"(?:19|20)\d{2}年(?:底|末)?的$")
"""`提高到2020年的76.6岁`: the year of a value between its level verb and the value."""
_RATIO_TAIL = re.compile(rf"^[:：]\s*(?P<x>{NUM})")
_RANGE_TAIL = re.compile(rf"^(?P<unit1>万|%|[{COUNT_CLASSIFIERS}])?[-—–~～至](?P<b>{NUM})")
_FRACTION_TAIL = re.compile(r"^/(?P<d>\d)(?![\d万])")
_PER_UNIT_TAIL = re.compile(r"^/(?:\d*[十百千万]|10{2,}(?!\d))")
BASELINE = re.compile(
    rf"(?:比|较|以)(?:(?P<y>(?:19|20)\d{{2}})年|[“\"]?(?P<plan>{'|'.join(FIVE_YEAR_PLANS)})[”\"]?)(?:末|底)?(?:为基础|为基数|为基准)?"
    r"|(?:比|较)(?:上年|上一年|去年|前一年)(?:同期|末|底)?"
)
"""What a change is measured against: a year or plan period (比2020年, 较“十三五”末), or the year before (较上年)."""


@dataclass(frozen=True)
class ValueSpan:
    """A value expression at [start, end) of the clause; `value_start` is where the number begins."""

    start: int
    value_start: int
    end: int
    quantity: Quantity
    classifier: str = ""
    """The count classifier right after the number (个, 所, 名 …), if any."""
    range_: bool = False


def value_spans(clause: str) -> list[ValueSpan]:
    """Every value expression in `clause`, left to right (non-overlapping)."""
    found: list[ValueSpan] = []
    pos = 0
    while True:
        m = _TOKEN.search(clause, pos)
        if not m:
            break
        span = _read(clause, m.start(), m.end())
        if span is None:
            pos = m.end()
            continue
        found.append(span)
        pos = span.end
    tenths = [t for t in _tenths(clause) if not any(t.start < f.end and f.start < t.end for f in found)]
    return sorted(found + tenths, key=lambda s: s.start) if tenths else found


_TENTHS = re.compile(r"(?P<pre>超过|超|逾|达到|达|约|近|接近|不足|不到|提高到|提升到|增加到)?"
                     r"(?P<n>[一二三四五六七八九])成(?P<post>以上|左右)?(?![为立本果员都效熟就绩长年人交型])")
"""A share in tenths (超过四成, 约三成, 达到六成以上): N成 is N × 10 %."""
TENTHS_COMPARATORS = {"超过": ">", "超": ">", "逾": ">", "约": "~", "近": "~", "接近": "~", "不足": "<", "不到": "<",
                      "以上": ">=", "左右": "~"}


def _tenths(clause: str) -> list[ValueSpan]:
    """Shares written in tenths, with the comparator their words state."""
    out = []
    for m in _TENTHS.finditer(clause):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if not pre and not post and not re.search(r"(?:占比|比例|占)$", clause[:m.start()]):
            continue  # 三成 alone, without a word of share or comparison, may be part of a name
        comparator = TENTHS_COMPARATORS.get(post) or TENTHS_COMPARATORS.get(pre)
        verb = pre if pre in ("达到", "达", "提高到", "提升到", "增加到") else ""
        value = float("一二三四五六七八九".index(m.group("n")) + 1) * 10
        out.append(ValueSpan(m.start(), m.start("n"), m.end(), Quantity(value, comparator, "percent", verb=verb)))
    return out


_VALUE_OF_YEAR = re.compile(r"(?:由|从|至|到|达到|为)(?:19|20)\d{2}年(?:底|末)?的$")
"""由2020年的312项 / 增加至2024年的468项: a value a year had or will have."""


def _introduced(before: str) -> bool:
    """True when a comparator word or level / change verb ends `before` (or one with the year the value is of)."""
    return bool(word_before(before)[0] or level_verb_before(before) or before.endswith(INCREASE_VERBS + DECREASE_VERBS)
                or _VALUE_OF_YEAR.search(before))


def _read(clause: str, a: int, b: int) -> ValueSpan | None:
    """The value expression whose number is clause[a:b], or None when the number is no value (one pass over the
    words around it: what may not precede or follow, ratio / range / fraction tails, magnitude, unit, comparator
    words, level or change verb, baseline)."""
    before, after = clause[:a], clause[b:]
    token = clause[a:b]
    if _NOT_A_VALUE_BEFORE.search(before) or _NOT_A_VALUE_AFTER.match(after) or _CODE_AFTER.match(after) or \
            _CODE_BEFORE.search(before) or _service_number(token, after) or (before.endswith("前") and
                                                                             _RANK_AFTER.match(after)):
        return None
    if _CLASSIFIER_AFTER.match(after) and not _introduced(before) and not _COUNT_WITH_COMPARATOR.match(after) \
            and not _COMPARATOR_NEAR.search(before) and not _LISTED_VALUE.search(before) \
            and not _VERB_OBJECT.search(before):
        return None
    if _AGE_LIMIT.match(after) or _QUALIFYING_COUNT.match(after) or _SIZE_BAND.match(after) or (
            _HAVING.search(before) and _KINDS_OR_MORE.match(after)):
        return None
    if (_TIME_WINDOW.match(after) and not _introduced(before)) or (
            _BEYOND.search(before) and _DURATION_OF.match(after)):
        return None  # 在48小时内完成首次评估的比例, 24小时内响应率; 超过60天的长期住院患者: what a measure counts
    if _SUMMED_OVER.match(after) and not _introduced(before):
        return None  # 3家医院老年医学科床位合计不少于120张: the hospitals the total is summed over
    if _ORDINAL_AFTER.match(after) or (after.startswith("、") and not before.strip(" \t\u3000（(")):
        return None  # 1.人均预期寿命, 3、加强…: a list number
    if before.endswith(GAP) or after.startswith(GAP) or _quoted(before):
        return None
    cn = not token[0].isdigit()
    comparator_near = bool(_COMPARATOR_NEAR.search(before))
    if cn and not _CN_VALUE_CONTEXT.search(before) and not comparator_near:
        return None
    if cn and _CN_NOT_WITH.match(clause[a:]) and not comparator_near:
        return None
    value = parse_number(token)
    if value is None:
        return None
    if value == 1 and _PER_UNIT_TAIL.match(after):  # 1/10万: a unit, not a value
        return None
    end = b
    unit: str | None = None
    range_ = False
    multiplier = 1.0
    if m := _RATIO_TAIL.match(after):
        if value != 1:
            return None
        value, unit, end = float(m.group("x")), "ratio-one-to-x", b + m.end()
    elif m := _RANGE_TAIL.match(after):
        range_, end = True, b + m.end()
        if clause[end:].startswith("年") or _AGE_LIMIT.match(clause[end:]):  # 2016—2020年: a period; 0—6岁儿童
            return None
    elif m := _FRACTION_TAIL.match(after):
        value, unit, end = value / float(m.group("d")) * 100, "percent", b + m.end()
    if unit is None:
        multiplier, k = magnitude_after(clause[end:])
        end += k
    more = bool(re.match(r"[余多](?=[\u4e00-\u9fff])", clause[end:])) and clause[end - 1:end] in "十百千万亿"
    end += more  # 1.2万余名 / 3千多人: more than the value, a floor
    if clause[end:].startswith("/" + GAP):  # 30/(略): the denominator is redacted, the value stays
        end += 2
    classifier = ""
    if unit is None:
        unit, n = unit_after(clause[end:])
        if unit == "count":
            classifier = clause[end:end + n]
        end += n
        if classifier in ("个", "") and unit in ("count", None) and _POINTS_AFTER.match(clause, end):
            unit, classifier = "percentage-point", ""  # 分别提高1.2个和2.5个百分点: the unit the last one writes
    value, unit, multiplier = with_magnitude(value, unit, multiplier)
    suffix, n = word_after(clause[end:], duration=unit in DURATION_UNITS)
    end += n
    prefix, k = word_before(before)
    start = a - k
    relative = False
    verb = _change_verb_before(clause[:start]) if prefix is None else ""
    level = ""
    if verb:
        start -= len(verb)
        relative = True
    elif level := level_verb_before(clause[:start]):
        start -= len(level)
        prefix2, k2 = word_before(clause[:start])
        prefix, start = prefix2 or prefix, start - k2
    elif (per := _PER_PHRASE.search(clause[:start])) and (level := level_verb_before(clause[:per.start()])):
        start = per.start() - len(level)  # 达到每3万人口1辆: the verb before a per-population phrase
    elif (at := _AT_YEAR.search(clause[:start])) and (level := level_verb_before(clause[:at.start()])):
        start = at.start() - len(level)  # …下降至2020年的27.3%: the verb before the year of the value
    elif prefix is None and (near := _COMPARATOR_NEAR.search(clause[:start])):
        prefix, _ = word_before(near.group("word"))  # 每年至少组织1次…: a comparator a verb away (the verb stays
        # before the span, where the readers of counted things look for it)
    stated = combine(prefix, suffix) or (FLOOR if range_ or more else None)  # a range states its lower end as a floor
    if relative:
        direction = "decrease" if verb in DECREASE_VERBS else "increase"
        if verb == "翻":
            unit = unit or "times"
        quantity = Quantity(value, stated, unit, True, _baseline_year(clause[:start]), direction, verb,
                            multiplier, classifier=classifier)
    else:
        quantity = Quantity(value, stated, unit, verb=level, multiplier=multiplier, classifier=classifier)
    return ValueSpan(start, a, end, quantity, classifier, range_)


_POINTS_AFTER = re.compile(rf"(?:和|、|或|至)\s*{NUM}\s*个?百分点")
"""The next value of a list in percentage points, after a value written with 个 alone (1.2个和2.5个百分点)."""


def _quoted(before: str) -> bool:
    """True inside an unclosed 《title》 or “quote” (numbers there are names: 《健康中国2030规划纲要》)."""
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


_AVERAGE_GROWTH = re.compile(r"年均(?:增长|增速|递增)$")


def _change_verb_before(text: str) -> str:
    """The change verb ending `text` (降低, 提高 …, 翻) when it is not a level verb (降低到), or ''."""
    if level_verb_before(text) or _AVERAGE_GROWTH.search(text):
        return ""  # 年均增长10%: a growth rate to reach, not a change of a level
    for verb in sorted(INCREASE_VERBS + DECREASE_VERBS + ("翻",), key=len, reverse=True):
        if text.endswith(verb):
            return verb
    return ""


def _baseline_year(text: str) -> int | None:
    found = list(BASELINE.finditer(text))
    if not found:
        return None
    m = found[-1]
    return int(m.group("y")) if m.group("y") else FIVE_YEAR_PLANS.get(m.group("plan"))
