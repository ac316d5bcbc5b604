"""The values of one clause of prose and what each measures: the indicator wording, its concept and scope.

Constructions read (each a rule of Chinese plan writing, not of one document):
- the indicator before the value: `每千人口执业（助理）医师数达到3.9人` (`level_item`); a `其中 …` or `、` item is read
  with its head (其中公立医院5.2张 → 每千人口公立医院床位数), a parallel clause with another institution type takes
  the head's indicator (三级医院…达到4级以上，二级医院达到3级以上), a share fragment takes the head as its subject
  (…老年人口118.6万人，占常住人口的24.3%);
- the counted thing after the value: `建成1所医养结合机构`, `50%以上的乡镇卫生院达到…`, `至少有1家医疗机构设置…`
  (`noun_item`);
- a norm per population or share of a base: `按照每万人口1.75人的比例核定`, `按医院床位的2-3%设置观察床`;
- `A、B分别达到x和y`: one value per member, in order (`enumerations.py`);
- `A和B均达到x`: the one value for each member of the list before 均 (设置心血管内科和神经内科的比例均达到100%,
  孕产妇死亡率和婴儿死亡率均控制在…), each member a measure of its own;
- `由2022年的3.6人增加到5人`: a target with its baseline and the base year's observation;
- a time limit for a service: `实现市域内2小时内救援全覆盖`;
- coverage of institutions or departments of a type: `实现县级中医医疗机构全覆盖` (100 %);
- conditions (`…20万人以下的，`, `服务人口不足500人的`, `10万—30万人口的不低于20张` — the band is a condition, the
  norm's subject is the clause before) are not targets.
A wording that names no specific indicator is settled at the end: a count without its verb (建成…) is linked to the
concept it names or to a generic one (number of institutions, departments, beds, workers; funding …) with the
institution type as its scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.comparators import word_before
from loaders.extract.enumerations import ENUMERATION_SEPARATORS, MEMBER_SEPARATORS, split_members
from loaders.extract.indicator_linking import (
    COUNT_LEADING_VERBS,
    LEADING_NUMBER,
    NOT_AN_INDICATOR,
    clean_wording,
    count_wording,
    find_scope,
    generic_indicator,
    indicator_unit,
    inherit,
    inherit_share,
    link_indicator,
    nature_of,
)
from loaders.extract.names import depth_map
from loaders.extract.quantities import AMOUNT_UNITS, DURATION_UNITS, Quantity, per_population_unit
from loaders.extract.value_spans import BASELINE, ValueSpan, value_spans
from loaders.records import GAP

# Verbs after which a count or share names the thing counted: 建成1所医养结合机构, 50%以上的卫生院达到….
COUNT_VERBS = re.compile(
    r"(?:建设|建成|建好|新建|打造|培育|推动|配备|设置|设立|选建|组建|培养|引进|创建|新增|实现|力争|拥有|支持|办好|"
    r"选派|推进|加快推进|争取|规划设置|建立|布局|形成|有|和|、|及|与|提供|遴选|启动|完成|采集)$"
)
NOUN_STOPS = ("和", "与", "及", "、", "并", "赴", "到", "进入", "探索", "开展", "参与", "达到", "建设", "等", "的建设")
STOP_AFTER = re.compile(r"^(?:$|[，。；、：）)]|（|\(|和|及|与|的[，。；]|并|等|"
                        r"到[\u4e00-\u9fff]{1,12}?(?:坐诊|带教|服务|工作|执业|挂职|支援|巡诊|帮扶|进修))")
"""What may follow a clause's own value: the clause's end, a list's joiner, or where counted people go to work
(每年引进中医专家不少于5名到县中医医院坐诊带教)."""
CONDITION_TAIL = re.compile(r"^[^，。；]{0,12}的[，,]?$")
SIZE_CONDITION = re.compile(r"(?:人口|规模|距离?[\u4e00-\u9fff]{1,8}|放宽)(?:数)?"
                            r"(?:不足|低于|少于|超过|高于|在|至|到)?$")
"""A population, size or distance threshold before the value, or the relaxed threshold of an exception, qualifying
a noun with 的 (服务人口不足500人、…的行政村; 服务人口3万人以上（山区县可放宽至2万人以上）、距离县城20公里以上、
交通便利的中心乡镇卫生院)."""
DISTANCE_FROM = re.compile(r"距(?:离)?[\u4e00-\u9fff]{1,10}?(?:超过|不足|不到|大于|小于|在)?$")
"""A distance from a place (47个乡镇距最近的急救站点超过20公里): where the things counted are, no measure of the
plan."""
TIME_WINDOW_RATE = re.compile(r"^(?:内|以内)?[\u4e00-\u9fff]{1,8}?率")
"""A time window before the rate it defines (急救呼叫10秒内接听率, 2小时内报告率): part of the measure, no value."""
DESCRIBED_ONE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+的[\u4e00-\u9fff]{0,12}?"
                          r"(?:队伍|团队|体系|网络|格局|机制)")
"""What follows 一支 / 一个 written before a list of qualities and the body they describe (一支数量充足、结构合理、
素质优良的卫生健康人才队伍): rhetoric, no count."""
AGE_BAND = re.compile(r"^(?:内|以内|以下|以上|及以上|及以下)?(?:的)?"
                      r"(?:婴儿|婴幼儿|儿童|新生儿|幼儿|老年人|孕产妇|孕妇|产妇|人群|妇女|青少年|学生)")
"""An age band before the population it bounds (6个月内婴儿纯母乳喂养率): part of the measure's name, no value."""
WHEN = re.compile(r"^[\u4e00-\u9fff]{0,6}?时(?![间期段代限长效])")
"""A value that says when something is done (库存低于5天用量时启动黄色预警): a trigger, not a goal."""
POPULATION_BAND = re.compile(r"^(?:常住)?人口(?:以上|以下|及以上|及以下)?的")
"""A population band after the value (10万—30万人口的不低于20张): a condition of the norm that follows."""
COMPARATOR_BEFORE_OF = re.compile(r"(不得低于|不低于|不少于|不得少于|不超过|不得超过|不高于)(?P<of>[^，。；]{1,20})的$")
SHARE_OF_TOTAL = re.compile(r"^(?P<of>[^，。；]{2,20}?总数)的$")
"""`…城市(县城)总数的100%`: a share of a total, readable even when the words before it are redacted."""
FROM_BASE = re.compile(r"(?:由|从)(?:(?P<y>(?:19|20)\d{2})年(?:底|末)?的?)?$")
"""`…由2022年的3.6人增加到5人`: the value after 由 is the baseline of the value after the verb."""
RATE_NORM = re.compile(r"(?:原则上)?(?:按照?|依照)(?:(?P<per>每[^，。；\d]{1,8})|(?P<of>[^，。；\d每]{2,12})的)$")
NORM_VERBS = re.compile(r"^(?:的比例)?(?:配备|配置|核定|设置|设立|为)?")
COVERAGE = re.compile(r"全覆盖(?![\u4e00-\u9fff])")


@dataclass
class Item:
    """One value found in a clause, before it becomes a fact (offsets into the document text)."""

    start: int
    end: int
    quantity: Quantity
    wording: str
    indicator_iri: str | None = None
    scope: str = ""
    scope_iri: str | None = None
    nature: str | None = None
    listed: bool = False
    """An item of a 其中/、 list (it does not become the head of later items)."""
    kind: str | None = None
    """`observation` for the base value of 由…到…; None: as the clause's year says."""
    year: int | None = None
    baseline_value: float | None = None
    baseline_year: int | None = None
    per_unit: bool = False
    """A count per institution or place (每个县级医院至少有2名…): never a per-population concept."""
    nth: int | None = None
    """The place of the value in `X分别达到a和b` when X is one measure: the nth of the years the sentence opens with
    (到2025年和2030年，…), set by the caller."""


def is_size_condition(before: str, after: str) -> bool:
    """服务人口不足500人、地域临近的行政村: a threshold describing which units a rule applies to, not a goal."""
    if RATE_NORM.search(before):  # 按照每万人口1.75人的比例: a norm per population, not a threshold
        return False
    return bool(SIZE_CONDITION.search(before)) and "的" in re.split(r"[，。；]", after, maxsplit=1)[0]


def is_condition(span: ValueSpan, before: str, after: str) -> bool:
    """A value that says which units or places a rule applies to (…20万人以下的，, 10万—30万人口的…)."""
    q = span.quantity
    year_like = q.unit is None and not q.relative and q.comparator is None and 1900 <= q.value <= 2100
    distance = q.unit == "kilometre" and DISTANCE_FROM.search(before) is not None
    return bool(CONDITION_TAIL.match(after) or is_size_condition(before, after) or POPULATION_BAND.match(after)
                or WHEN.match(after) or year_like or distance)


def is_band(span: ValueSpan, after: str) -> bool:
    """An age band or a time window inside a measure's name (6个月内婴儿纯母乳喂养率, 急救呼叫10秒内接听率): the
    words stay part of the measure's wording."""
    q = span.quantity
    return (q.unit in (*DURATION_UNITS, "year") and AGE_BAND.match(after) is not None) or (
        q.unit in DURATION_UNITS and TIME_WINDOW_RATE.match(after) is not None)


def clause_items(clause: str, offset: int, vocab, head: Item | None, topic: str = "",  # noqa: ANN001
                 spans: list[ValueSpan] | None = None, label: str = "") -> list[Item]:
    """Values of one clause with their indicator wording (and scope); `topic` is the sentence's last clause without
    values (传染病病床，10万—30万人口的不低于20张: the norm's subject), `label` its last `X：` clause without values
    (人均预期寿命：到2025年，达到79.5岁: the indicator of values that name none)."""
    spans = value_spans(clause) if spans is None else spans
    items, used = enumerated_items(clause, offset, spans, vocab)
    left = 0
    condition: ValueSpan | None = None
    for i, span in enumerate(spans):
        if span.start in used:
            left = span.end
            continue
        before = clause[left:span.start]
        after = clause[span.end:]
        item = None
        following = spans[i + 1] if i + 1 < len(spans) else None
        if (at := AT_BASE_YEAR.search(before)) and BASE_AFTER.match(after) and following:
            wording = clean_wording(before[: at.start()])
            if len(wording) >= 2:  # 人均预期寿命在2022年77.36岁的基础上提高1岁: the base is an observation
                items.append(Item(offset + span.start, offset + span.end, span.quantity, wording,
                                  link_indicator(vocab, wording), kind="observation", year=int(at.group("y")),
                                  listed=True))
                continue  # the change after it is read with the words before 在 (ON_BASE drops the base)
        base = FROM_BASE.search(before)
        if base and following and following.start == span.end and following.quantity.verb:
            items += from_to_items(clause, offset, span, following, before, base, vocab, head, topic)
            used.add(following.start)
            left = following.end
            continue
        if is_band(span, after):
            continue  # the band stays in the words before the next value
        if span.quantity.value == 1 and clause.startswith("一", span.value_start) and DESCRIBED_ONE.match(after):
            left = span.end  # 建设一支数量充足、结构合理的人才队伍: an article before a description, no count
            continue
        if is_condition(span, before, after):
            condition = span if POPULATION_BAND.match(after) else None
        else:
            noun_first = after[:1] and not STOP_AFTER.match(after) and (span.classifier or
                                                                       span.quantity.unit == "percent")
            subject = re.sub(r"^(?:原则上|在)+", "", clean_wording(topic)) if condition is not None else ""
            if span.quantity.unit == "percent" and COVERS.search(before) and after.startswith("的"):
                item = coverage_share_item(clause, offset, span, before, vocab)
            elif len(subject) >= 2 and STOP_AFTER.match(after):
                item = Item(offset + condition.start, offset + span.end, span.quantity, subject,
                            link_indicator(vocab, subject))
            elif RATE_NORM.search(before):
                item = rate_norm_item(clause, offset, span, before, vocab)
            elif noun_first and span.quantity.verb == "为" and (served := SERVED.match(after)):
                item = served_item(offset, span, before, served, vocab)
            elif noun_first and (not clean_wording(before) or COUNT_VERBS.search(before.rstrip("的"))):
                item = noun_item(clause, offset, span, before, vocab)
            elif noun_first and (often := FREQUENCY.fullmatch(clean_wording(before))) and (
                    often.group("minimum") or span.quantity.comparator):
                item = noun_item(clause, offset, span, before, vocab)  # 每年至少组织1次…演练: how often
                said = often.group(0)[max(often.end("period"), often.end("minimum")) - often.start():]
                named = often.group("subject") + often.group("period") + (said if said[:1] in "为向对给" else "") + (
                    item.wording if item else "")
                q = item.quantity if item else None
                if q and often.group("minimum") and not q.comparator:  # 至少…1次: a minimum
                    item = replace(item, quantity=replace(q, comparator=">="))
                item = item and replace(item, wording=named, indicator_iri=link_indicator(vocab, named))
            elif noun_first and (span.quantity.comparator or COUNT_VERB_IN_CLAUSE.search(clause[: span.start])
                                 or ACCUMULATED.search(before)) and counts_institutions(vocab, span, after):
                item = noun_item(clause, offset, span, before, vocab, institutions=True)
            elif noun_first and span.quantity.comparator in (">=", ">") and (per := PER_UNIT.search(before)):
                item = per_unit_item(clause, offset, span, before, per.group(0), vocab)
            elif STOP_AFTER.match(after):
                item = level_item(clause, offset, span, before, vocab, items[-1] if items else head, topic)
                if item is not None and EACH_COUNT.search(before):
                    *shared, item = each_items(item, clause, offset, vocab)
                    items += shared
                elif item is not None and (EACH.search(before) or LISTED_RATES.search(item.wording)):
                    *shared, item = distributed(item, clause, offset, vocab, items[-1] if items else head)
                    items += shared
                named = clean_wording(LEADING_NUMBER.sub("", label))
                if item is None and len(clean_wording(before)) < 2 and len(named) >= 2 \
                        and not NOT_AN_INDICATOR.search(named):
                    item = Item(offset + span.start, offset + span.end, span.quantity, named,
                                link_indicator(vocab, named))
            elif span.quantity.unit in DURATION_UNITS and (span.quantity.comparator or span.quantity.verb):
                item = duration_item(clause, offset, span, before, vocab)
            condition = None
        if item:
            items.append(item)
        left = span.end
    return sorted(per_level(clause, offset, items, vocab), key=lambda it: it.start)


LEVEL_MEMBERS = re.compile(r"(?P<list>[\u4e00-\u9fff]{1,4}(?:[、和及与][\u4e00-\u9fff]{1,4})+)(?:两级|三级|各级)?"
                           r"分别(?!达到|为|提高|降低|控制)")
"""`市级、县级分别组建不少于1支…`: levels or places before 分别 and one value after it (not a list of measures
whose values follow in order: A、B分别达到x和y)."""


def per_level(clause: str, offset: int, items: list[Item], vocab) -> list[Item]:  # noqa: ANN001
    """A single counted value after `A、B分别 verb` holds for each member: one item per member, its wording the
    member's plus the counted thing (市级综合性紧急医学救援队伍, 县级综合性紧急医学救援队伍)."""
    m = LEVEL_MEMBERS.search(clause)
    if not m:
        return items
    after = [it for it in items if it.start >= offset + m.end()]
    if len(after) != 1 or after[0].quantity.unit not in AMOUNT_UNITS:
        return items
    item = after[0]
    members = re.split(r"[、和及与]", m.group("list"))
    if any(len(w) > 4 for w in members) or item.quantity.value == len(members) \
            or re.match(r"(?:依托|利用|通过)", clause[m.end():]):
        return items  # 在陕北、陕南和关中分别依托A、B和C建设3个基地: a total shared out, one place each
    out = [it for it in items if it is not item]
    at = offset + m.start("list")
    for member in members:  # evidence from the member to the value (市级、县级分别…队伍; 县级分别…队伍)
        wording = member + item.wording
        scope, scope_iri = find_scope(vocab, wording)
        out.append(replace(item, start=at, wording=wording, indicator_iri=link_indicator(vocab, wording),
                           scope=scope, scope_iri=scope_iri, listed=True))
        at += len(member) + 1
    return out


PER_UNIT = re.compile(r"每(?!年|季度|月|周|半年|学年|天|日)(?:个|所|家|一)?[\u4e00-\u9fff（）()]{2,14}$")
"""`每个县级公立综合医院至少有2名…`: a minimum per institution or place, counting what follows the value."""
def per_unit_item(clause: str, offset: int, span: ValueSpan, before: str, per: str, vocab) -> Item | None:  # noqa: ANN001
    """`每个县级公立综合医院至少有2名取得介入诊疗资质的心血管病专科医师`: a minimum count per institution or place,
    named with its unit of count (每个…医师数); never linked to a per-population concept (its unit differs)."""
    item = noun_item(clause, offset, span, before, vocab)
    if item is None:
        return None
    wording = clean_wording(per) + item.wording + ("" if item.wording.endswith("数") else "数")
    iri = link_indicator(vocab, wording)
    if (unit := indicator_unit(iri)) and unit.startswith("per-"):
        iri = None
    return replace(item, wording=wording, indicator_iri=iri, per_unit=True)


FREQUENCY = re.compile(r"(?P<subject>[\u4e00-\u9fff（）]{0,12}?)"
                       r"(?P<period>每年|每季度|每月|每周|每天|每日|每半年|每学年|每学期|年均)"
                       r"(?P<minimum>至少|不少于|最少)?(?:[为向对给][\u4e00-\u9fff]{1,8}?)?[\u4e00-\u9fff]{0,4}")
"""A period and a minimum before a count of events (每年至少组织1次演练, 乡镇卫生院每年至少开展1项新技术, 每年下派不少于
30名…, 每年至少为医务人员安排1次健康体检, 每年向县级医院派驻不少于1500名医师): a target, its subject, period and
the object a preposition names (为医务人员) part of its name; without a minimum a count of events is a work schedule
(每年开展2次督导检查)."""
EACH = re.compile(r"均(?:在|于|到)?(?:(?:19|20)\d{2}年(?:底|末)?(?:前|之前)?)?\s*$")
"""A value after 均 holds for each member of the list before it."""
EACH_COUNT = re.compile(r"[和、及与][^，。；]{2,}?各\s*$")
"""`新组建中毒处置和心理危机干预队伍各1支`: a count after 各 holds for each member of the list before it."""
SHARED_HEAD = re.compile(r"(?:队伍|中心|门诊|病区|病房|基地|站点?|工作室|筛查|检查|[科室馆所院队])$")
"""The head noun the members of a list share when only the last one writes it (中毒处置和心理危机干预队伍,
宫颈癌、乳腺癌筛查)."""
LEADING_VERB = re.compile(r"^(?:新组建|组建|新建|建设|建成|建立|设立|设置|培育|打造|创建|配备|新增|培养)")
MEASURE_END = re.compile(r"(?:率|比例|比重|占比|数|量|水平|时间|人次|规模|面积|床位|寿命|满意度)$")
"""How a member of a list that shares one value ends: each member names a measure of its own."""
EVENT_END = re.compile(r"(?:演练|推演|培训|督导|检查|考核|讲座|义诊|巡诊|宣讲|比武|竞赛)$")
"""How a member of a list sharing one count of events ends (桌面推演和实战演练均不少于2次): each is held so often."""
SHARE_VERB_FIRST = re.compile(r"^(?:设置|设立|开设|建成|配备)")


SERVED = re.compile(r"(?P<who>[^，。；、]{2,20}?)(?:提供|开展|进行|实施|落实|发放|兑现)(?P<what>[^，。；]{2,20})")
"""`每年为不少于30万名65岁及以上老年人提供认知功能评估`, `为1286名重度失能人员落实长期护理保险待遇`: a number of
people a service or benefit reaches."""


def served_item(offset: int, span: ValueSpan, before: str, m: re.Match[str], vocab) -> Item:  # noqa: ANN001
    """The people a service reaches, named by the service: 每年接受认知功能评估的65岁及以上老年人数."""
    yearly = "每年" if re.search(r"每年|年均", before) else ""
    wording = f"{yearly}接受{m.group('what')}的{m.group('who')}数"
    return Item(offset + span.start, offset + span.end + m.end(), span.quantity, wording,
                link_indicator(vocab, wording))


ON_BASE = re.compile(r"在(?:19|20)\d{2}年(?:底|末)?(?:的)?(?:[\d.]+[^\d，。；]{0,4}?的)?基础上")
"""`…治疗率在2024年基础上提高20%`, `…在2022年77.36岁的基础上提高1岁`: the base of a relative change, not part
of the indicator."""
YEAR_PHRASE = re.compile(r"(?<![\d—–\-~～至])(?P<to>到|至|在)?(?P<y>(?:19|20)\d{2})年(?:底|末)?(?:前)?(?![\d的])")
"""A target year inside an indicator's words (设置率到2025年达到70%): no part of its name."""
AT_BASE_YEAR = re.compile(r"在(?P<y>(?:19|20)\d{2})年(?:底|末)?(?:的)?$")
BASE_AFTER = re.compile(r"^的?基础上")
ABSOLUTE_UNITS = ("ten-thousand", "hundred-million", "ten-thousand-yuan", "hundred-million-yuan", "trillion-yuan")
"""Units of absolute amounts: a list item in them does not take its head's per-population denominator."""
LISTED_RATES = re.compile(r"^(?![^、，]*(?:因|由于))(?!.*、[^、，]*等)[^、，]{2,}(?:、[^、，]{2,})+率$")
"""A list of groups sharing one rate (抑郁症、焦虑障碍治疗率在2024年基础上提高20%): the value holds for each; not a
list of causes inside one rate (因心脑血管疾病、癌症…和糖尿病导致的过早死亡率), nor examples of a group after 等
(接毒、接噪等重点行业劳动者…检查率)."""


GRADED = re.compile(r"及以[上下]")
"""A grade or age band inside a list's words (二级及以上医疗机构, 65岁及以上老年人)."""


def _separators(text: str, end: int) -> list[int]:
    """Ends of the list separators in text[:end] outside brackets and quotation marks."""
    depths = depth_map(text[:end])
    return [m.end() for m in ENUMERATION_SEPARATORS.finditer(text, 0, end) if not depths[m.start()]]


def _commas(wording: str) -> int:
    """The number of members a list joined by 、 alone would have (top-level 、 plus one)."""
    depths = depth_map(wording)
    return sum(1 for m in re.finditer("、", wording) if not depths[m.start()]) + 1


def distributed(item: Item, clause: str, offset: int, vocab, head: Item | None) -> list[Item]:  # noqa: ANN001
    """`设置心血管内科和神经内科的比例均达到100%`: one item per member of the list (in order), each with the
    words the list shares and, for a share whose wording starts with its verb, the institution type of the head
    item (二级以上综合医院设置老年医学科的比例达到90%，设置…均达到…). The first member's evidence is the whole
    clause; a later member's starts at that member (神经内科的比例均达到100%)."""
    written = clause[item.start - offset:]
    stop = written.find("均")
    if stop < 0 and GRADED.search(item.wording):
        return [item]  # 二级及以上医疗机构住院、手术前和性病门诊就诊者检测率: without 均, one measure of a graded scope
    n = len(_separators(item.wording, len(item.wording))) + 1
    members = split_members(item.wording, n, vocab) if n >= 2 else None
    joints = _separators(written, stop if stop >= 0 else len(written) - len(written.lstrip()) + len(item.wording))
    if not (members and all(MEASURE_END.search(w) for _, w in members)) and 2 <= (k := _commas(item.wording)) < n \
            and all(MEASURE_END.search(part) for part in item.wording.split("、")):
        # 突发公共卫生事件和法定传染病网络直报率、报告及时率均达到100%: 和 inside the first member, 、 between them
        members, n = split_members(item.wording, k, vocab), k
        joints = [j for j in joints if written[j - 1] == "、"]
    if not members or len(joints) != n - 1 or not all(MEASURE_END.search(w) or (
            item.quantity.unit == "count" and EVENT_END.search(w)) for _, w in members):
        return [item]
    out = []
    for k, (_, wording) in enumerate(members):
        if SHARE_VERB_FIRST.match(wording) and head is not None and head.scope and head.scope not in wording:
            wording = head.scope + wording
        iri = link_indicator(vocab, wording)
        if iri is None and k:
            wording, iri = inherit(vocab, wording, members[0][1])
        scope, scope_iri = find_scope(vocab, wording)
        start = item.start + joints[k - 1] if k else item.start
        out.append(replace(item, start=start, wording=wording, indicator_iri=iri, scope=scope, scope_iri=scope_iri,
                           listed=k > 0))
    return out


def each_items(item: Item, clause: str, offset: int, vocab) -> list[Item]:  # noqa: ANN001
    """`新组建中毒处置和心理危机干预队伍各1支`: one item per member, each with the verb the first member opens with
    and the head noun the last one ends with (新组建中毒处置队伍, 新组建心理危机干预队伍)."""
    wording = re.sub(r"各\s*$", "", item.wording)
    members = [m for m in re.split(r"[和、及与]", wording)]
    head = SHARED_HEAD.search(members[-1])
    verb = LEADING_VERB.match(members[0])
    if len(members) < 2 or any(len(m) < 2 for m in members) or not head or "（" in wording:
        return [replace(item, wording=wording, indicator_iri=link_indicator(vocab, wording))]
    out = []
    written = clause[item.start - offset:]
    at = 0
    for k, member in enumerate(members):
        tail = "" if member.endswith(head.group()) else head.group()
        named = (verb.group() if verb and k else "") + member + tail
        found = written.find(member, at)
        at = max(at, found)
        start = item.start + found if k and found >= 0 else item.start
        scope, scope_iri = find_scope(vocab, named)
        out.append(replace(item, start=start, wording=named, indicator_iri=link_indicator(vocab, named), scope=scope,
                           scope_iri=scope_iri, listed=k > 0))
    return out


COUNT_VERB_IN_CLAUSE = re.compile(COUNT_VERBS.pattern.rstrip("$").replace("|有|", "|").replace("|和|、|及|与", ""))
"""A verb of building or supporting earlier in the clause (推动北京6家医院与…): the counts after it are goals (as
are counts with a comparator: 每个县至少有1家医疗机构设置…)."""


ACCUMULATED = re.compile(r"(?:累计|共有|共计|已有)$")
"""A running total right before a count of institutions (累计1063个乡镇卫生院…达到…标准): what has been reached."""


REACHED = re.compile(r"(?:达到|通过)[^，。；]{2,20}?(?:标准|评审|验收|认证)")
"""A standard the counted institutions reached (…达到“优质服务基层行”基本标准)."""
QUOTE_CHARS = "“”‘’\"「」"


def counts_institutions(vocab, span: ValueSpan, after: str) -> bool:  # noqa: ANN001
    """`推动北京6家医院与…`: a count whose classifier is followed by an institution type counts institutions."""
    if span.classifier not in ("家", "所", "个"):
        return False
    hits = vocab.find_all("institution-type", after[:12])
    return bool(hits and hits[0][0] == 0)


COVERS = re.compile(r"(?:覆盖|惠及|覆盖到|预留|留出|拿出)$")
"""`航空医疗救援服务覆盖90%以上的地市级行政区`: a share of the units after 的 that the service reaches, or that is
set aside for someone (为签约居民预留不低于20%的专家号源)."""


def coverage_share_item(clause: str, offset: int, span: ValueSpan, before: str, vocab) -> Item | None:  # noqa: ANN001
    """`院前医疗急救网络覆盖98.5%的县（市、区）`: the share of those units the subject covers (院前医疗急救网络覆盖的
    县（市、区）比例)."""
    noun = _scan_noun(clause[span.end + 1:]).rstrip("。，；")
    subject = clean_wording(before)
    if len(noun) < 2 or len(subject) < 3 or GAP in noun:
        return None
    wording = f"{subject}的{noun}比例"
    lead = len(before) - len(before.lstrip(" ，、；："))
    return Item(offset + span.start - len(before) + lead, offset + span.end + 1 + len(noun), span.quantity, wording,
                link_indicator(vocab, wording))


def duration_item(clause: str, offset: int, span: ValueSpan, before: str, vocab) -> Item | None:  # noqa: ANN001
    """`实现市域内2小时内救援全覆盖`: a time limit for a service named after it."""
    rest = clause[span.end:]
    noun = re.sub(r"(?:基本)?(?:全覆盖|覆盖)$", "", _scan_noun(rest).rstrip("。，；"))
    wording = clean_wording(before) + noun + ("天数" if span.quantity.unit == "day" else "时间")
    if len(noun) < 2 or GAP in wording:
        return None
    lead = len(before) - len(before.lstrip(" ，、；："))
    return Item(offset + span.start - len(before) + lead, offset + span.end + len(noun), span.quantity, wording,
                link_indicator(vocab, wording))


TOPIC_VERBS = re.compile(r"(?:逐年|逐步|进一步|持续|不断|稳步)?(?:扩大|提高|提升|增加|降低|减少|下降|上升|扩充|压缩)")
"""The verb of a clause that names what the values after it measure: before the measure (逐步扩大串联质谱筛查病种，
由…) or after it (日间手术占择期手术的比例逐年提高，到2026年三级医院…)."""


def from_to_items(clause: str, offset: int, base: ValueSpan, goal: ValueSpan, before: str, m: re.Match[str],
                  vocab, head: Item | None, topic: str = "") -> list[Item]:  # noqa: ANN001
    """`每万名常住人口全科医生数由2022年的3.6人增加到5人`: the goal with its baseline, and the baseline year's
    observation when the year is written; with nothing before 由, the measure the clause before names (逐步扩大串联
    质谱筛查病种，由2024年的32种增加到2027年的48种)."""
    anchor = replace(goal, start=base.start - len(m.group(0)))
    item = level_item(clause, offset, anchor, before[: m.start()], vocab, head)
    verb = TOPIC_VERBS.search(topic)
    named = clean_wording(topic[verb.end():]) if verb else ""
    if item is None and not clean_wording(before[: m.start()]) and len(named) >= 2:
        item = Item(offset + anchor.start, offset + goal.end, goal.quantity, named, link_indicator(vocab, named))
    if item is None:
        return []
    year = int(m.group("y")) if m.group("y") else None
    out = [replace(item, baseline_value=base.quantity.value, baseline_year=year)]
    if year:
        out.append(replace(item, start=offset + anchor.start, end=offset + base.end, quantity=base.quantity,
                           kind="observation", year=year, listed=True))
    return out


def enumerated_items(clause: str, offset: int, spans: list[ValueSpan], vocab) -> tuple[list[Item], set[int]]:  # noqa: ANN001
    """`全市负压救护车、紧急医学救援队伍、可转换ICU床位分别达到100辆、10支和1200张`: one item per member, in order.
    Returns the items and the starts of the spans they took."""
    at = clause.find("分别")
    if at < 0:
        return [], set()
    chain: list[ValueSpan] = []
    for span in spans:
        if span.start < at:
            continue
        if chain and not ENUMERATION_SEPARATORS.fullmatch(clause[chain[-1].end:span.start].strip()):
            break
        chain.append(span)
    number = LEADING_NUMBER.match(clause)
    skip = number.end() if number else 0  # 九、A、B覆盖率分别…: the paragraph's number is no member
    members = split_members(clause[skip:at], len(chain), vocab) if len(chain) >= 2 else None
    if not members and len(chain) >= 2:
        return per_year_items(clause, offset, chain, at, skip, vocab), {s.start for s in chain}
    if not members:
        return [], set()
    members = [(start + skip, wording) for start, wording in members]
    verb = chain[0].quantity.verb
    # 分别不少于3000株和300株: a comparator written before the first value bounds every value of the list
    before_first = chain[0].quantity.comparator if chain[0].start < chain[0].value_start else None
    items = []
    for k, ((start, wording), span) in enumerate(zip(members, chain, strict=True)):
        q = span.quantity if span.quantity.verb else replace(span.quantity, verb=verb)
        if k and q.comparator is None and before_first:
            q = replace(q, comparator=before_first)
        iri = link_indicator(vocab, wording)
        if iri is None and k:  # 每千人口执业（助理）医师数、注册护士数: later members share the first one's denominator
            wording, iri = inherit(vocab, wording, members[0][1])
        scope, scope_iri = find_scope(vocab, wording)
        items.append(Item(offset + start, offset + span.end, q, wording, iri, scope, scope_iri, listed=True))
    return items, {s.start for s in chain}


def per_year_items(clause: str, offset: int, chain: list[ValueSpan], at: int, skip: int,
                   vocab) -> list[Item]:  # noqa: ANN001
    """`居民健康素养水平分别不低于25%和30%` after `到2025年和2030年`: one measure, one value per year in order (the
    caller gives each its year, `Item.nth`); nothing when the words before 分别 are no single measure."""
    wording = clean_wording(clause[skip:at])
    if len(wording) < 2 or MEMBER_SEPARATORS.search(wording):
        return []
    verb = chain[0].quantity.verb
    iri = link_indicator(vocab, wording)
    scope, scope_iri = find_scope(vocab, wording)
    lead = len(clause[skip:at]) - len(clause[skip:at].lstrip(" ，、；："))
    out = []
    for k, span in enumerate(chain):
        q = span.quantity if span.quantity.verb else replace(span.quantity, verb=verb)
        if q.comparator is None and chain[-1].quantity.comparator:  # 分别达到38%和40%以上: the sign of the last
            q = replace(q, comparator=chain[-1].quantity.comparator)
        start = offset + skip + lead if k == 0 else offset + span.start
        out.append(Item(start, offset + span.end, q, wording, iri, scope, scope_iri, listed=k > 0, nth=k))
    return out


def _scan_noun(rest: str) -> str:
    """The noun phrase at the start of `rest`, up to a list or verb boundary outside parentheses; a list of
    attributes before 等…的 (具备医、防、管等能力的复合型骨干人员) stays inside the phrase."""
    attributes = ATTRIBUTE_LIST.match(rest)
    if attributes:
        return attributes.group(0) + _scan_noun(rest[attributes.end():])
    depth = 0
    for i, ch in enumerate(rest):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth <= 0 and (ch in "，。；：" or any(rest.startswith(s, i) for s in NOUN_STOPS)) \
                and not rest.startswith(("及以上", "及以下"), i):
            return rest[:i]
    return rest


PER_TEXT = re.compile(r"每(?:10|十)?[千万](?:名)?(?:常住)?(?:人口|人|儿童|老年人)")
"""The per-population words of a wording (每万人, 每千名儿童)."""
SHARE_FRAGMENT = re.compile(r"^占[^，。；]{1,12}$")
"""`占常住人口`: a share whose subject is the item before it (占总人口 alone names nothing)."""
INSTITUTION_LIKE = re.compile(r"[\u4e00-\u9fff（）()]{1,12}(?:医院|卫生院|机构|中心)")
"""A wording that names only an institution type (二级公立医院), as in a parallel clause."""
ATTRIBUTE_LIST = re.compile(r"[^，。；、]{1,8}(?:、[^，。；、]{1,6})+等[^，。；、等]{0,8}?的")
"""`具备医、防、管等能力的`: a list of attributes qualifying the noun that follows."""


def noun_item(clause: str, offset: int, span: ValueSpan, before: str, vocab,  # noqa: ANN001
              institutions: bool = False) -> Item | None:
    """`50%以上的苏木乡镇卫生院达到基本标准`, `至少配备1名公共卫生医师`: the value precedes what it counts;
    `推动北京6家医院与…`: a count of institutions of a type, qualified by the words before it."""
    rest = clause[span.end:]
    lead = len(rest) - len(rest.lstrip("的"))
    rest = rest[lead:]
    if GAP in rest[:12]:
        return None
    q = span.quantity
    if institutions:
        kind = vocab.find_all("institution-type", rest[:12])[0]
        qualifier = ACCUMULATED.sub("", re.split(r"[和与及、]|" + COUNT_VERBS.pattern.rstrip("$"), before)[-1])
        qualifier = "" if re.search(r"[（）()每]", qualifier) or len(qualifier) > 6 else clean_wording(qualifier)
        wording, end = qualifier + rest[: kind[1]], kind[1]
        while rest[end:end + 1] in ("和", "与", "及", "、") and (
                more := vocab.find_all("institution-type", rest[end + 1:end + 13])) and more[0][0] == 0:
            end += 1 + more[0][1]  # 1063个乡镇卫生院和社区卫生服务中心: the types counted together
        if reached := REACHED.match(rest, end):  # …达到“优质服务基层行”基本标准: those that reached it
            wording = re.sub(f"[{QUOTE_CHARS}]", "", reached.group()) + "的" + qualifier + rest[:end]
            end = reached.end()
        elif end > kind[1]:
            wording = qualifier + rest[:end]
        return Item(offset + span.start, offset + span.end + lead + end, q, wording,
                    link_indicator(vocab, wording), rest[: kind[1]], kind[2])
    if q.unit == "percent":
        wording = rest.rstrip("。，；")
        scope, scope_iri = find_scope(vocab, wording, force=True)
        end = span.end + lead + len(wording)
    else:
        noun = _scan_noun(rest)
        wording = noun
        end = span.end + lead + len(noun)
        scope, scope_iri = ("", None) if before.endswith(("和", "、", "及", "与")) else \
            find_scope(vocab, before, force=True, population=False)
        if q.comparator is None:
            verb = COUNT_VERBS.search(before.rstrip("的"))
            head_text = before[: verb.start()] if verb else before
            comp, _ = word_before(head_text)
            if comp:
                q = replace(q, comparator=comp)
        per = per_population_unit(before)
        if per and q.unit in (None, "count"):
            q = replace(q, unit=per)
            per_text = PER_TEXT.search(before)
            if per_text and not per_population_unit(wording):  # 每万人至少拥有一名社会体育指导员
                wording = per_text.group(0) + wording
    if len(wording) < 2 or GAP in wording:
        return None
    return Item(offset + span.start, offset + end, q, wording, link_indicator(vocab, wording), scope, scope_iri)


def rate_norm_item(clause: str, offset: int, span: ValueSpan, before: str, vocab) -> Item | None:  # noqa: ANN001
    """`疾病预防控制机构人员原则上按照每万人口1.75人的比例核定`, `按照每万人口1—1.5人的比例配备卫生监督员`,
    `按医院床位的2-3%设置观察床`: a staffing or bed norm per population (or a share of a base); what it counts is
    named before 按照 or after the value."""
    m = RATE_NORM.search(before)
    if not m:
        return None
    per_text = m.group("per") or ""
    share_of = m.group("of")
    if share_of and span.quantity.unit != "percent":
        return None
    subject = clean_wording(before[: m.start()])
    end = span.end
    purpose = ""
    if len(subject) < 2:
        rest = clause[span.end:]
        verb = NORM_VERBS.match(rest)
        noun = _scan_noun(rest[verb.end():]) if verb else ""
        end = span.end + (verb.end() if verb else 0) + len(noun)
        if cut := re.search("为|用于", noun):
            noun, purpose = noun[: cut.start()], noun[cut.start():]
        if len(noun) < 2:
            return None
        subject = noun
    elif clause[span.end:].startswith("的比例"):
        end += len("的比例")
    if GAP in subject or GAP in per_text:
        return None
    if share_of:
        wording = f"{subject}占{share_of}的比例"
    else:
        wording = per_text + subject + (f"（{purpose}）" if purpose else "")
    per = per_population_unit(per_text) if per_text else None
    q = replace(span.quantity, unit=per or span.quantity.unit)
    lead = len(before) - len(before.lstrip(" ，、；："))
    start = offset + span.start - len(before) + lead if len(clean_wording(before[: m.start()])) >= 2 \
        else offset + span.start - len(m.group(0))
    iri = None if purpose else (link_indicator(vocab, wording)
                                or (None if share_of else link_indicator(vocab, subject)))
    return Item(start, offset + end, q, wording, iri)


SHARE_OF_COUNT = re.compile(r"[\s，,]*占(?:比)?(?:为)?")
"""The words before a share that a count just before is of the whole (…的19人，占23.5%)."""


BUILT_AFTER_GAP = re.compile(r"(?:新建|改扩建|改建|扩建|建设|建成|打造|培育|组建|设置|设立|创建)"
                             r"(?=[\u4e00-\u9fff]{2,}$)")
"""A verb of building after a redaction, before what it counts (依托(略)等地建设中医药文化宣传教育基地2个)."""


def level_item(clause: str, offset: int, span: ValueSpan, before: str, vocab,  # noqa: ANN001
               head: Item | None, topic: str = "") -> Item | None:
    """`每千人口执业（助理）医师数达到3.9人`: the indicator precedes the value; a bare rate of setting up
    (设置率) or a scope alone (农村地区, 二级医院) is read with the clause before (`topic`) or the value before
    (`head`)."""
    q = span.quantity
    wording_src = before
    if (m := COMPARATOR_BEFORE_OF.search(before)) and q.comparator is None:
        comp, _ = word_before(m.group(1))
        q = replace(q, comparator=comp)
        subject = re.sub(r"所占(?:编制|比例|比重)$", "", before[: m.start()])
        wording_src = subject + "占" + m.group("of") + "的比例"
    cut = 0
    if GAP in wording_src:
        cut = before.rfind(GAP) + 1
        wording_src = wording_src.rsplit(GAP, 1)[1]
        share = SHARE_OF_TOTAL.match(wording_src.strip(" ，、；："))
        built = BUILT_AFTER_GAP.search(wording_src)
        if share:
            wording_src = "占" + share.group("of") + "的比例"
        elif built and q.unit != "percent" and not q.relative:
            wording_src = wording_src[built.start():]  # 依托(略)等地建设…基地2个: what is built, after the verb
        elif link_indicator(vocab, clean_wording(BASELINE.sub("", wording_src))) is None:
            return None
    wording = clean_wording(YEAR_PHRASE.sub("", ON_BASE.sub("", BASELINE.sub("", wording_src))))
    if len(wording) < 2 and head is not None and q.unit == "percent" and head.quantity.unit == "count" and \
            SHARE_OF_COUNT.fullmatch(wording_src) and not head.quantity.relative:
        # 其中具备执业（助理）医师资格的19人，占23.5%: the share the counted part is of the whole
        return replace(_of_head(head, offset, span, before, q), wording=head.wording + "占比", indicator_iri=None,
                       listed=True)
    if len(wording) < 2 and head is not None:  # a value that names no indicator of its own: the head's, when …
        by = YEAR_PHRASE.search(wording_src)
        opens_clause = span.start == len(before) and q.unit == head.quantity.unit
        if not q.relative and by and (wording_src.lstrip().startswith(("、", "，")) or opens_clause):
            # …设置率到2025年达到70%以上、到2030年达到90%, 2022年全县…为14.2万亩，到2025年稳定在15万亩以上: a later
            # year's value of the head's indicator
            return _of_head(head, offset, span, before, q, listed=True, year=int(by.group("y")),
                            kind="target" if by.group("to") in ("到", "至") else None)
        if q.relative and (BASELINE.search(wording_src) or head.quantity.relative):
            # …诊疗量达86.5万人次，较2021年增长18.7% / …比2015年末增加7.6万人，增长41.8%: a change with only its
            # base year, or after another change, measures the head's indicator
            return _of_head(head, offset, span, before, replace(q, unit=q.unit or head.quantity.unit))
        words = before.strip(" ，、；：")
        if not q.relative and (q.comparator or q.verb) and (
                (head.quantity.relative and not words.startswith(("其", "占")))
                or (not head.quantity.relative and opens_clause and words != "为")):
            # …发病率比2025年下降3%以上，控制在278/10万以内: after its change, the level the head's indicator keeps to;
            # …覆盖率达到93%；到2030年，达到95%以上: a later year's value of it, its year in the clause before
            return _of_head(head, offset, span, before, q, listed=True)
    if len(wording) < 2:
        return None
    if SETUP_RATE.fullmatch(wording) and (composed := setup_rate_wording(wording, topic)):
        wording = composed  # 二级以上综合医院要设置临床营养科，设置率…: the rate of setting up that unit there
    elif head is None and topic and (measure := topic_measure(topic)) and (
            scoped := rescoped(vocab, wording, measure)):
        wording = scoped  # 日间手术占择期手术的比例逐年提高，到2026年三级医院不低于20%: the topic's measure there
    elif COUNT_LEADING_VERBS.fullmatch(wording) and not q.relative and (thing := counted_before(head, q, topic)):
        wording += thing  # 打造国医堂，2025年建成15个 / 新增县乡联合病房2个，累计达到10个: what is built, counted
    lead = len(before[cut:]) - len(before[cut:].lstrip(" ，、；：的"))
    if number := LEADING_NUMBER.match(before, cut + lead):  # 十、抑郁症…: the paragraph's number is no evidence
        lead = number.end() - cut
    start = offset + (span.start - len(before)) + cut + lead
    listed = before.lstrip().startswith(("其中", "、", "（其中")) or clause[: span.start - len(before)].endswith("、")
    iri = link_indicator(vocab, wording)
    nature = nature_of(before)
    unit = q.unit
    if head is not None and (listed or iri is None):
        head_type = vocab.find_all("institution-type", head.wording)
        parallel = (q.verb or q.comparator) and q.unit == head.quantity.unit
        shared = inherit_share(vocab, wording, head.wording) if q.unit == "percent" == head.quantity.unit else None
        if iri is None and parallel and head_type and head_type[0][0] == 0 and (
                vocab.lookup("institution-type", wording) or INSTITUTION_LIKE.fullmatch(wording)):
            # 三级公立医院…级别达到4级，二级公立医院达到3级: the head's indicator for another institution type
            wording, iri = wording + head.wording[head_type[0][1]:], head.indicator_iri
        elif iri is None and shared:
            wording, iri = shared
        elif iri is None and q.unit not in ABSOLUTE_UNITS:  # 3.8万张 is no number per population
            inherited = inherit(vocab, wording, head.wording)
            scoped = rescoped(vocab, wording, head.wording) if inherited[1] is None and (
                parallel or (listed and q.unit == head.quantity.unit)) else None  # …、初中生9小时: a listed value
            # 开设护理专科门诊的三级医院比例达到90%，二级医院不低于50% / 城市地区…不超过5公里，农村地区不超过15公里
            wording, iri = (scoped, head.indicator_iri) if scoped else inherited
        nature = nature or head.nature
        head_per = per_population_unit(head.wording)
        if unit in (None, "count") and head_per and listed:
            unit = head_per
        if listed and not q.verb and head.quantity.verb:  # 、/其中 items share their head's verb
            q = replace(q, verb=head.quantity.verb)
    if head is not None and SHARE_FRAGMENT.match(wording) and iri is None:  # …老年人口118.6万人，占常住人口的24.3%
        wording = head.wording + wording + ("" if wording.endswith(("比例", "比重")) else "的比例")
        iri = link_indicator(vocab, wording)
    q = replace(q, unit=unit)
    scope, scope_iri = find_scope(vocab, wording)
    return Item(start, offset + span.end, q, wording, iri, scope, scope_iri, nature, listed)


SETUP_RATE = re.compile(r"(?:其)?(?:设置|设立|开设|建成|建设|配置|配备|覆盖|推行)(?:率|比例|占比)")
"""A rate of setting something up that names neither the unit nor where (设置率, 建成率, 开设比例)."""
SETUP_TOPIC = re.compile(r"(?P<who>[^，。；]*)(?P<verb>设置|设立|开设|建设|建成|建立|配置|配备|推行)"
                         r"(?P<what>[^，。；《》]{2,20})")
"""The clause that says which unit is set up where (二级以上综合医院要规范设置临床营养科)."""
LEADING_ASKS = re.compile(r"^(?:推动|推进|支持|鼓励|引导|督促|指导|要求|在|各)+")
WHO_END = re.compile(r"要|应当|应该|应|须|必须|需|按照|参照|依托|根据")
"""Where the institutions of a setting-up clause end (三级医院要按照《…》建设…: 三级医院)."""


def setup_rate_wording(rate: str, topic: str) -> str | None:
    """`二级以上综合医院要设置临床营养科，设置率到2025年达到70%`: the rate named with where and what
    (二级以上综合医院临床营养科设置率); None when the clause before sets nothing up."""
    m = SETUP_TOPIC.fullmatch(clean_wording(LEADING_NUMBER.sub("", topic.strip(" ，、；："))))
    if not m or GAP in m.group(0):
        return None
    who = LEADING_ASKS.sub("", WHO_END.split(m.group("who"), maxsplit=1)[0])
    who = re.sub(r"(?:均|可|规范|独立|全面|逐步|加快|积极|按标准|按要求|标准化|普遍|全部)+$", "", who)
    return who + m.group("what") + re.sub(r"^其", "", rate)


REGION = re.compile(r"(?:城市|城区|市区|城镇|中心城区|农村|农牧区|牧区|山区|乡村|偏远)(?:地区)?")
"""Kinds of area a measure is stated for (城市地区…5公里，农村地区…15公里)."""


OWNER_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,2}(?:办|属|级)(?:及以上|以上|及以下|以下)?")
"""Who runs or which tier an institution type is of (市办及以上, 县属): part of the type a scope replaces."""


def rescoped(vocab, scope: str, measure: str) -> str | None:  # noqa: ANN001
    """The measure's wording with its one institution type, area or population group replaced by `scope`, when
    `scope` is only one of those (二级医院 + 开设护理专科门诊的三级医院比例 → 开设护理专科门诊的二级医院比例; 初中生 +
    小学生每天睡眠时间 → 初中生每天睡眠时间); else None."""
    if REGION.fullmatch(scope):
        named = [(m.start(), m.end()) for m in REGION.finditer(measure)]
    elif vocab.lookup("population", scope):  # 小学生每天睡眠10小时、初中生9小时: the group in the measure's place
        named = [(s, e) for s, e, _ in vocab.find_all("population", measure)]
        if len(named) == 1 and measure[named[0][0]:named[0][1]] != scope:
            return measure[:named[0][0]] + scope + measure[named[0][1]:]
        return None
    elif vocab.lookup("institution-type", scope):
        named = [(s, e) for s, e, _ in vocab.find_all("institution-type", measure)]
    else:
        return None
    if len(named) != 1 or measure[named[0][0]:named[0][1]] == scope:
        return None
    s, e = named[0]
    if s and measure[s - 1] != "的":  # 市办及以上医院每千常住人口床位数: the type with the words that qualify it
        if not OWNER_QUALIFIER.fullmatch(measure[:s]):
            return None
        s = 0
    return measure[:s] + scope + measure[e:]


TOPIC_OBJECT = re.compile(r"(?:打造|建设|建成|新建|组建|培育|创建|设置|设立|建立)(?P<what>[^，。；、]{2,16})$")
"""What a clause without values builds (在中心城区社区卫生服务中心打造国医堂)."""


def counted_before(head: Item | None, q: Quantity, topic: str) -> str:
    """What a count named only by its verb (建成15个, 累计达到10个) counts: the thing the value before counts, else
    what the clause before builds; empty when neither says."""
    if head is not None and head.quantity.unit == q.unit and not COUNT_LEADING_VERBS.fullmatch(head.wording):
        thing = re.sub(r"(?:全年|年内|每年)?(?:新增|增加)", "", count_wording(head.wording), count=1)
        return thing if len(thing) >= 2 else ""
    m = TOPIC_OBJECT.search(clean_wording(topic)) if topic else None
    return m.group("what") if m and GAP not in m.group("what") else ""


def topic_measure(topic: str) -> str | None:
    """A clause without values that names a measure and where it goes (日间手术占择期手术的比例逐年提高): the
    measure; None when the clause names none."""
    wording = clean_wording(LEADING_NUMBER.sub("", topic.strip(" ，、；：")))
    wording = re.sub(rf"(?:要|应|均)?{TOPIC_VERBS.pattern}$", "", wording)
    return wording if MEASURE_END.search(wording) and GAP not in wording else None


def _of_head(head: Item, offset: int, span: ValueSpan, before: str, q: Quantity, **fields) -> Item:
    """An item of the head's indicator, its evidence from the first word after the separators before the value."""
    lead = len(before) - len(before.lstrip(" ，、；："))
    return Item(offset + span.start - len(before) + lead, offset + span.end, q, head.wording, head.indicator_iri,
                head.scope, head.scope_iri, head.nature, **fields)


def coverage_items(clause: str, offset: int, vocab) -> list[Item]:  # noqa: ANN001
    """`实现县级中医医疗机构全覆盖`: institutions or departments of a type, all of them (100 %). Coverage of a
    service, system or policy (家庭医生签约服务制度全覆盖) is qualitative, and a coverage that carries its own value
    (2小时内救援全覆盖) is read from that value."""
    out: list[Item] = []
    left = 0
    for m in COVERAGE.finditer(clause):
        raw = clause[left:m.start()]
        left = m.end()
        wording = clean_wording(raw)
        wording = re.sub(r"^(?:力争|推进|推动|实现|基本|将)+", "", wording)
        wording = re.sub(r"(?:基本)?实现$", "", wording).rstrip("的")
        if len(wording) < 2 or GAP in raw or re.search(r"\d", wording) or not covers_units(vocab, wording):
            continue
        start = offset + m.start() - len(raw) + raw.index(wording[:2]) if wording[:2] in raw else offset
        scope, scope_iri = find_scope(vocab, wording, force=True, population=False)
        label = wording + "覆盖率"
        out.append(Item(start, offset + m.end(), Quantity(100.0, None, "percent"), label,
                        link_indicator(vocab, label), scope, scope_iri))
    return out


def covers_units(vocab, wording: str) -> bool:  # noqa: ANN001
    """True when the wording names institutions or departments of a type (what a coverage rate can count)."""
    tail = re.split(r"[、和]", wording)[-1]
    return bool(vocab.find_all("institution-type", tail) or vocab.find_all("department-type", tail)
                or re.search(r"(?:医院|机构|中心|[科馆站室所院])(?:[（(][^（）()]*[）)])?$", tail))


def settle(item: Item, vocab) -> Item:  # noqa: ANN001
    """An item whose wording names no specific indicator: a count without its verb (建成…), linked to the specific
    concept it then names or to a generic one (number of institutions, departments, beds, workers; funding …) with
    the institution type as its scope."""
    if item.indicator_iri:
        return item
    unit = item.quantity.unit
    wording = count_wording(item.wording) if unit in AMOUNT_UNITS else item.wording
    iri = None if item.per_unit else link_indicator(vocab, wording)
    iri = iri or generic_indicator(vocab, wording, unit, item.quantity.relative, item.quantity.classifier)
    if item.per_unit and (per := indicator_unit(iri)) and per.startswith("per-"):
        iri = None
    scope, scope_iri = (item.scope, item.scope_iri) if item.scope or not iri else \
        find_scope(vocab, wording, force=True, population=False)
    return replace(item, wording=wording, indicator_iri=iri, scope=scope, scope_iri=scope_iri)
