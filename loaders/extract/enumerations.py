"""Lists whose members share words: `设置精神科、感染性疾病科的比例`, `护理院、康复医院数量`,
`社区卫生服务站和村卫生室能够提供中医药服务的比例` — each member read with the words the list shares.

Used by the prose extractor for `A、B、C分别达到x、y和z` (each value belongs to its own member, in order).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract.indicator_linking import clean_wording
from loaders.extract.names import depth_map
from loaders.records import GAP

if TYPE_CHECKING:
    from loaders.vocabulary import Vocabulary

ENUMERATION_SEPARATORS = re.compile(r"、|和|及(?!时|以上|以下)|与")
"""What separates the values of an enumeration (100辆、10支和1200张); 及 in 及时 and 及以上 is none (报告及时率,
65岁及以上老年人)."""
SHARE_WORDS_AT_END = re.compile(r"(?:的)?(?:比例|占比|比重|数量|总数|人数|数|覆盖率|率)$")
MEMBER_TAIL = re.compile(r"的|比例|占比|比重|数量|总数|数|率|覆盖|能够|能|设置|开设|建成|床位|人员")
"""What may follow the last member of a list as words shared by all members."""
MEASURE_TAIL = re.compile(r"(?:(?:患者|人群)[^、，]{0,8}?)?(?:治疗|筛查|知晓|管理|控制|服务|签约|发病|患病|死亡|检出|"
                          r"接种|达标|就诊|随访|失访|访视|检查|诊断|康复|救治|治愈|规范|覆盖)(?:(?!站|中心|室|机构|院|所)[^、，]){0,8}率$|"
                          r"(?:患者|居民|群众|职工)满意度$")
"""The measure a list of diseases or groups shares (抑郁症、焦虑障碍治疗率 → 抑郁症治疗率; 高血压、糖尿病患者基层
规范管理服务率 → 高血压患者基层规范管理服务率; 门诊和住院患者满意度 → 门诊患者满意度; 心电图、腹部B超检查开展率
→ 心电图检查开展率): from the measure word (or
患者/人群 before it) to the end."""
LEVEL = r"设区市|地市|[国省市州盟县区旗乡镇村]"
LEVEL_LIST = re.compile(rf"(?P<levels>(?:{LEVEL})(?:、?(?:{LEVEL}))+)(?P<count>[两三四五])级"
                        rf"(?P<noun>[^、，。；]{{2,}})$")
"""`市、区两级…`, `省市县三级…`, `省、设区市两级…`: levels of government named by one letter each (or 设区市, 地市),
with what each level has."""
LEVEL_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5}
OWN_QUALIFIER = re.compile(r"(?:各|全)?[省市县区旗乡镇村]级?|[一二三]级(?:及以上)?")
"""The level or grade a listed institution carries itself (各区疾控中心, 二级公立医院), not shared with the members
before it."""
SHARED_VERB = re.compile(r"^.*?(?:设置|设立|开设|建成|建设|配备)")
"""A verb shared by the members of a list that follows it (设置精神科、感染性疾病科的比例)."""


def _hosted_department(vocab: Vocabulary, last: str) -> str:
    """中小学、高校、社区心理咨询室设置率: the members are hosts (a few characters each), and the department after the
    last, with its share word, is what they share ('' when the last member is not so written)."""
    dep = next((h for h in vocab.find_all("department-type", last) if 2 <= h[0] <= 6), None)
    return last[dep[0]:] if dep and SHARE_WORDS_AT_END.search(last[dep[1]:]) else ""


MEMBER_JOINS = r"和|及(?!时|以上|以下)|与"
"""What joins the last two members of a list of measures (及 in 及时 and 及以上 joins none: 二级及以上综合医院)."""
MEMBER_SEPARATORS = re.compile("、|" + MEMBER_JOINS)
UNIT_RATES = r"设置率|开设率|开诊率|建成率|建设率|配置率|配备率|覆盖率|达标率"
"""The rate words of a share of institutions having a unit (设置率, 建成率 …)."""
OWN_RATE = re.compile(rf"(?:{UNIT_RATES})$")
"""A member that names its own rate of institutions having a unit (蒙医馆建成率, 蒙医科设置率)."""


def _population_tail(vocab: Vocabulary, first: str, last: str) -> str:
    """What follows the population group of the last member when the members are population groups (65岁及以上
    老年人和0—36个月儿童中医药健康管理率 → 中医药健康管理率 for both), '' otherwise."""
    if not any(e == len(first) for _, e, _ in vocab.find_all("population", first)):
        return ""
    ends = [e for _, e, _ in vocab.find_all("population", last) if len(last) - e >= 3]
    tail = last[ends[-1]:] if ends else ""
    return tail if SHARE_WORDS_AT_END.search(tail) else ""


def split_members(subject: str, n: int, vocab: Vocabulary) -> list[tuple[int, str]] | None:
    """(start, indicator wording) of the `n` members of a list `P X1、X2和X3 Q`: the words shared by all (a verb
    before: 设置精神科、感染性疾病科的比例; 的比例 / 数量 after) are given to each member."""
    levels = LEVEL_LIST.search(subject)
    named = list(re.finditer(LEVEL, levels.group("levels"))) if levels else []
    if levels and len(named) == n == LEVEL_COUNTS[levels.group("count")]:
        noun = clean_wording(levels.group("noun"))  # 市、区两级疾控中心达标率 → 市级…, 区级…
        return [(levels.start("levels") + m.start(), m.group() + "级" + noun) for m in named]
    parts: list[tuple[int, int]] = []
    pos = 0
    depths = depth_map(subject)
    for m in re.finditer("、", subject):
        if depths[m.start()]:  # 县（市、区）: a list inside a member
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(subject)))
    if len(parts) == n - 1:
        a, b = parts[-1]
        joints = list(re.finditer(MEMBER_JOINS, subject[a:b]))
        if not joints:
            return None
        parts[-1:] = [(a, a + joints[-1].start()), (a + joints[-1].end(), b)]
    if len(parts) != n:
        return None
    if all(OWN_RATE.search(subject[a:b]) for a, b in parts):
        # 苏木乡镇卫生院蒙医馆建成率、蒙医科设置率: each member its own measure; the first one's institutions hold for
        # the others (苏木乡镇卫生院蒙医科设置率)
        first_a, first_b = parts[0]
        hit = next((h for h in vocab.find_all("institution-type", subject[first_a:first_b]) if h[0] == 0), None)
        scope = subject[first_a:first_a + hit[1]] if hit else ""
        if scope and all(not vocab.find_all("institution-type", subject[a:b]) for a, b in parts[1:]):
            return [(a, (scope if k else "") + subject[a:b].strip()) for k, (a, b) in enumerate(parts)]
    last = subject[parts[-1][0]:parts[-1][1]]
    first_a, first_b = parts[0]
    first = subject[first_a:first_b]
    tail, head, skip = "", None, 0
    for scheme in ("department-type", "institution-type"):  # the members are departments or institution types
        hit = next((h for h in vocab.find_all(scheme, last) if h[0] == 0), None)
        ends = [h for h in vocab.find_all(scheme, first) if h[1] == len(first)]
        if hit and (hit[1] == len(last) or MEMBER_TAIL.match(last[hit[1]:])):
            tail = last[hit[1]:]
            if ends:
                head, skip = clean_wording(first[: ends[-1][0]]), ends[-1][0]
            break
        if hit and ends and len(last) - hit[1] >= 2:  # 三级医院、二级医院床护比: each type with the last's words
            tail, head, skip = last[hit[1]:], "", 0
            break
        own = next((h for h in vocab.find_all(scheme, last) if 0 < h[0] and OWN_QUALIFIER.fullmatch(last[: h[0]])),
                   None)
        if ends and own and len(last) - own[1] >= 2:  # 市疾控中心和各区疾控中心单日…能力: each keeps its qualifier
            tail, head, skip = last[own[1]:], "", 0
            break
    if not tail:
        tail = _hosted_department(vocab, last)
    bare = False
    if not tail:
        tail = _population_tail(vocab, first, last)
        bare = tail.startswith("的")  # 老年人、高血压患者的家庭医生签约率 → 高血压患者家庭医生签约率
    if not tail and (m := MEASURE_TAIL.search(last)) and m.start() > 0:
        tail = m.group(0)
    if not tail and (m := SHARE_WORDS_AT_END.search(last)):
        tail = m.group(0)
    if head is None:
        verb = SHARED_VERB.search(first)
        head = clean_wording(first[: verb.end()]) if verb else ""
        rest = first[verb.end():] if verb else first
        cleaned = clean_wording(rest)
        skip = (verb.end() if verb else 0) + (rest.rfind(cleaned) if cleaned and rest.rfind(cleaned) >= 0 else 0)
    cleaned = first[skip:]
    members = []
    for k, (a, b) in enumerate(parts):
        if k == 0:
            a = first_a + skip
            core = cleaned
        else:
            core = subject[a:b].strip()
        if k == n - 1 and tail:
            core = core[: len(core) - len(tail)]
        wording = head + core + ("" if core.endswith(tail) else tail)
        if bare:
            wording = head + core.removesuffix("的") + tail[1:]
        if len(core) < 2 or GAP in wording:
            return None
        members.append((a, wording))
    return members

