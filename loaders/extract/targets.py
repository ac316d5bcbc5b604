"""Targets and observations stated in prose (到2025年…比例达90%以上; 截至2020年末…达到426所).

Sentences are read clause by clause; `clause_values` finds each value and what it measures, this module decides
what each value is:
- its year: 到2025年 / 2025年底前 / “十四五”期间, a year written before the value (2030年达到…, 2022年末常住人口…),
  the paragraph's year, else the document's horizon (`document_horizon`); a year cut by a redaction stays unknown
  (never guessed);
- target or observation: 截至2020年末, or a year at or before the document's own date, makes the rest of the
  paragraph observations (measured values with their year); 近三年来 / 以来 a past without a year; 已达 / 已降至
  what has been reached; a later year makes targets again;
- its comparator: what the text means (`comparators.py`): the words with the value, else (for a target) the level
  verb, an exact count to build, or the indicator's polarity;
- conditions before a consequence (`…低于75%，…，不再增加床位`) are not targets.
Qualitative goals (持续改善, 明显提升) carry no value and are not targets. Tables, and lines that give one
indicator's values by year, are read by `tables.py`: this extractor skips table provisions and what the table
reader has taken; a prose sentence restating a table row is kept as its own fact.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.clause_values import SHARE_OF_COUNT, YEAR_PHRASE, Item, clause_items, coverage_items, settle
from loaders.extract.comparators import target_comparator, word_at_start
from loaders.extract.indicator_linking import ITEM_NUMBER as ITEM_NUMBER_WORDS
from loaders.extract.indicator_linking import (
    clean_wording,
    find_scope,
    generic_indicator,
    indicator_direction,
    indicator_unit,
    link_indicator,
)
from loaders.extract.quantities import (
    AMOUNT_UNITS,
    REVIEW_HEADING,
    Quantity,
    bare_years,
    document_horizon,
    observed_year_in,
    past_plan_year,
    per_capita,
    per_population_unit,
    stated_target_years,
    target_year_in,
    year_cut_by_gap,
)
from loaders.extract.registry import Extractor
from loaders.extract.row_tables import rows
from loaders.extract.target_facts import QuantityFact
from loaders.extract.value_spans import value_spans
from loaders.numerals import chinese_to_int
from loaders.records import ParsedDocument

log = logging.getLogger(__name__)

NAME, VERSION = "targets", "2.1.67"

SENTENCE_END = re.compile(r"[。；！？!?]")
CLAUSE_END = re.compile(r"[，,]|[：:](?!\d)")
CONSEQUENCE = re.compile(r"^(?:不再|则|不予|方可|不得再)")
PAST_MARKERS = ("截至", "截止")
PAST_PERIOD = re.compile(r"近[\d一二两三四五六七八九十]+年(?:来|以来)|以来")
"""A statement about a past period without a year (近三年来，累计…): observations, year unknown."""
PAST_CLAUSE = re.compile(r"已(?:经)?(?:达到|达|有|建成|降至|降到|下降到|降低到|提高到|提升到|增加到|增长到|"
                         r"上升到)(?!的)|"
                         r"目前|截至目前|现已|(?<!利用)(?<!依托)(?<!整合)(?<!盘活)现有(?!基础)|"
                         r"(?:清醒|也要|也应|还要|同时要?)地?看到")
"""What has been reached or is (已达, 已降至, 目前, 现有; a review of problems: 同时也要清醒看到，…占全州的比例超过
六成): an observation, of the paragraph's year if it has one; not 已建成的中医馆要…, whose 已 qualifies a noun."""
CURRENT_BASE = re.compile(r"在现有[^，。；]*基础上[，,]?\s*$")
"""A clause naming what exists as the base of the goals after it."""
PAST = "past"
"""`state["observed"]` of a past statement without a year."""
YEAR_LIST = re.compile(r"(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?"
                       r"(?:(?:和|、|及|与|以及)(?:到)?(?:19|20)\d{2}年(?:底|末)?)+")
"""Target years opening a sentence (到2025年和2030年; 2024年、2025年和2026年): the values of `X分别…a、b和c` take them
in order."""
DUTY = re.compile(r"(?<!了)(?:不少于|至少|不低于|不超过|力争|确保)")
"""Words of a duty to meet (每年派驻…不少于100人次): a sentence holding one, and no year or past marker of its own,
states targets even after a paragraph's observations (2023年共选派86名…。帮扶医院每年派驻…不少于100人次); not
after 了 (均确定了至少1家: what was done)."""
VALUE_AT_YEAR = re.compile(r"(?:提高|提升|增加|增长|下降|降低|减少|上升|降)(?:到|至)(?:19|20)\d{2}年(?:底|末)?的")
"""`下降至2020年的27.3%`: the year of a value (not a deadline such as 到2022年，…建成)."""


@dataclass
class DocYears:
    """What a document says about years: its horizon, the years it sets targets for, its own year."""

    horizon: int | None
    stated: set[int]
    own: int | None

    def bare_year_kind(self, year: int) -> str:
        """A year written without 到/截至 (2025年底，…): a target if the document looks ahead to it."""
        if self.own:
            return "target" if year >= self.own else "observation"
        return "target" if year in self.stated or (self.horizon and year >= self.horizon) else "observation"


def doc_years(doc: ParsedDocument) -> DocYears:
    meta = doc.source.metadata
    own = int(meta.date[:4]) if meta.date[:4].isdigit() else None
    text = doc.norm.text
    return DocYears(document_horizon(meta.title, text), stated_target_years(text), own)


def pieces(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """text[start:end] split after each match of `pattern` (offsets into text)."""
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.end() > pos:
            yield pos, m.end()
        pos = m.end()
    if pos < end:
        yield pos, end


def lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def claimed_spans(doc: ParsedDocument) -> list[tuple[int, int]]:
    """Normalised spans of the facts the table reader took (lines of values by year are read there)."""
    spans = []
    for f in doc.facts:
        if isinstance(f, QuantityFact) and f.source == "table":
            spans.append((doc.norm.normalised_offset(f.evidence.start), doc.norm.normalised_offset(f.evidence.end)))
    return sorted(spans)


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[QuantityFact]:
    """Prose targets and observations of one document."""
    text = doc.norm.text
    years = doc_years(doc)
    tables = [(p.start, p.end) for p in doc.provisions if p.kind == "table"]
    claimed = claimed_spans(doc)
    extractor = ctx.iris.extractor(NAME, VERSION)
    seen: set[tuple[int, int]] = set()
    review_provisions = [p for p in doc.provisions if REVIEW_HEADING.search(p.heading)]
    reviews = [(p.start, p.end, p.path) for p in review_provisions]
    reviewed: dict[str, int | str] = {}  # a review headed by its year (一、2024年工作情况) is of that year
    for p in review_provisions:
        if (m := YEAR_PHRASE.search(p.heading)) and int(m.group("y")) <= (years.own or int(m.group("y"))):
            reviewed[p.path] = int(m.group("y"))
    def in_table(pos: int) -> bool:
        return any(a <= pos < b for a, b in tables)

    # a list's content cell is prose (新建综合楼3.2万平方米，新增床位300张): read as text, alone (its row's other cells
    # are the list's: name, years, amounts)
    listed = [(c, row.year) for row in rows(text) if (c := row.content) is not None]
    deadlines = {c.start: year for c, year in listed}  # the year of the cell's row
    cells = [(c.start, c.end) for c, _ in listed]
    row_lines = {text.rfind("\n", 0, a) + 1 for a, _ in cells}
    for ls, le in sorted([(a, b) for a, b in lines(text) if a != b and not in_table(a) and a not in row_lines]
                         + cells):
        taken = [(a, b) for a, b in claimed if a < le and b > ls]
        review = next((path for a, b, path in reviews if a <= ls < b), None)
        state: dict = {"observed": reviewed.get(review, PAST) if review else None, "year": deadlines.get(ls),
                       "review": review is not None}
        for ss, se in pieces(SENTENCE_END, text, ls, le):
            for fact, item in sentence_facts(doc, ctx, years, ss, se, state, extractor):
                if any(a < item.end and item.start < b for a, b in taken):
                    continue
                key = (fact.evidence.start, fact.evidence.end)
                if key not in seen:
                    seen.add(key)
                    yield fact
        if review and isinstance(state["observed"], int):
            reviewed[review] = state["observed"]


SHARE_OF_PART = re.compile(SHARE_OF_COUNT.pattern + r"\d+(?:\.\d+)?%")
"""A clause that is only a share (…的19人，占23.5%): of the value just before it."""
CONTACT = re.compile(r"\s*(?:联系电话|联系方式|咨询电话|电话|传真|邮编|邮政编码|电子邮箱|联系人)\s*[：:]")
"""A contact line's opening: its numbers measure nothing."""
EACH = re.compile(r"^[^，。；]{0,12}?(?:均|都|全部)")
"""A clause whose value holds for each measure of the clause before (…分别达到60%和40%，到2030年均不低于80%)."""


BOUND_BEFORE_NOUN = re.compile(r"(?:以上|以下|及以上|不足|以内)[\u4e00-\u9fff]{2,}$")
"""A bound followed by the noun it bounds (4类以上中医药技术服务), not a clause's own value (合计约1126万人)."""


def _qualifies(item: Item, items: list[Item], text: str) -> bool:
    """A bound inside the measure another value counts (6个村卫生室能够提供4类以上中医药技术服务: 4类以上 says which
    clinics are counted), not a measure of its own; a part of a whole (129个…中已有124个…) or a list's next share
    (100%的…、85%以上的…) stays, and so does what each of them reaches (3个服务站均能提供6类以上…)."""
    quote = text[item.start:item.end]
    return BOUND_BEFORE_NOUN.search(quote) is not None and any(
        o is not item and o.start < item.start and item.end <= o.end and quote in o.wording
        and (not re.search(r"[、，,]|中|的|均|都", between := text[o.start:item.start])
             or SHARE_PROVIDING.fullmatch(between)) for o in items)


SHARE_PROVIDING = re.compile(r"[\d.]+%(?:以上|及以上)?的[\u4e00-\u9fff]{2,16}?(?:能够|能|均能|可以|可)?"
                             r"(?:提供|开展|具备|掌握|运用|规范开展)")
"""A share of institutions that provide a bounded number of things (100%的乡镇卫生院能够提供10类以上中医药技术方法):
the bound says what is provided."""


def _for_each(items: list[Item], group: list[Item], clause: str) -> list[Item]:
    """The one value of a `均` clause taken as the head's, given to every measure of the list before it."""
    if len(items) != 1 or len(group) < 2 or not EACH.search(clause) or items[0].wording != group[0].wording or any(
            g.quantity.unit != items[0].quantity.unit for g in group):
        return items
    one = items[0]
    return [replace(g, start=g.start, end=one.end, quantity=one.quantity, kind=one.kind, year=one.year,
                    listed=True, nth=None) for g in group]  # evidence: from the measure's words to the value


ITEM_NUMBER = re.compile(r"\s*" + ITEM_NUMBER_WORDS)
"""A list item's own number opening a clause (（2）, 3.): no value, so a label after it still names the values of the
next clause (（2）孕产妇死亡率：控制在10/10万以下)."""
BASE_OF_YEAR = re.compile(r"在(?P<y>(?:19|20)\d{2})年(?:底|末)?[^，。；]*?的?基础上[，,]?\s*$")
"""What a year reached, as the base of what follows (在2025年建成5个社区医院的基础上，…): an observation of it."""
_SINCE = r"(?:(?:19|20)\d{2}年(?:底|末)?|上年)"
EACH_CHANGE = re.compile(rf"^\s*(?:分别(?:较|比){_SINCE}?|(?:较|比){_SINCE}分别)"
                         r"(?:下降|降低|减少|提高|提升|增加|增长|上升)了?")
"""Changes of the measures just named, in order (孕产妇死亡率为a，婴儿死亡率为b，分别较2020年下降x、y和z; …，
较2024年分别提高x和y)."""


def _each_change(clause: str, offset: int, spans: list, said: list[Item]) -> list[Item]:
    """The relative changes of a `分别较…下降x、y和z` clause, one to each measure the sentence named before it, in
    order, when there are as many measures (of distinct wordings) as values, or, for changes in percentage points,
    the last shares it named; else none."""
    first = spans[0].quantity
    if not EACH_CHANGE.match(clause) or not first.relative or any(sp.quantity.relative or sp.quantity.unit != first.unit
                                                                  for sp in spans[1:]):
        return []
    if len(said) > len(spans) and first.unit == "percentage-point" and all(
            m.quantity.unit == "percent" for m in said[-len(spans):]):
        said = said[-len(spans):]  # …占比达到66.2%，较2024年分别提高1.2个和2.5个百分点: the shares just named
    if len(said) != len(spans) or len({i.wording for i in said}) != len(said):
        return []
    start = offset + len(clause) - len(clause.lstrip())
    return [replace(m, start=start, end=offset + sp.end, quantity=replace(first, value=sp.quantity.value),
                    listed=True, nth=None, kind=None, baseline_value=None, baseline_year=None)
            for m, sp in zip(said, spans, strict=True)]


POINTED = re.compile(r"^(?:上述|以上|前述|这)(?P<n>[两二三四五六七八九十\d]*)(?:项|个)?(?:指标|比例|比率|数据)$")
"""Measures named again only by pointing back (上述两项指标分别提高到3.6人和4.5人)."""


POINTED_ONE = re.compile(r"(?:这一|这个|该|此)(?:比例|比率|比重|占比|指标|数值|水平)")
"""One measure named again by pointing back (…的社区卫生服务中心设置心理咨询室，2027年这一比例达到80%以上)."""


def _pointed(items: list[Item], measures: list[Item]) -> list[Item]:
    """`上述两项指标分别…a和b`: the values go, in order, to the last measures the line named before (as many as there
    are values; the count the words say must agree); without enough measures before, the items stay as they are.
    `这一比例` is the line's last measure of the same unit."""
    items = [_pointed_one(i, measures) if POINTED_ONE.fullmatch(i.wording) else i for i in items]
    pointing = [i for i in items if POINTED.match(i.wording)]
    if len(pointing) < 2:
        return items
    said = POINTED.match(pointing[0].wording).group("n")
    wanted = chinese_to_int(said) if said else len(pointing)
    distinct: list[Item] = []
    for m in measures:
        distinct = [d for d in distinct if d.wording != m.wording] + [m]
    if wanted != len(pointing) or len(distinct) < wanted:
        return items
    named = iter(distinct[-wanted:])
    out = []
    for i in items:
        if POINTED.match(i.wording):
            m = next(named)
            i = replace(i, wording=m.wording, indicator_iri=m.indicator_iri, scope=m.scope, scope_iri=m.scope_iri,
                        per_unit=m.per_unit, nth=None, listed=True)
        out.append(i)
    return out


def _pointed_one(item: Item, measures: list[Item]) -> Item:
    last = next((m for m in reversed(measures) if m.quantity.unit == item.quantity.unit), None)
    if last is None:
        return item
    return replace(item, wording=last.wording, indicator_iri=last.indicator_iri, scope=last.scope,
                   scope_iri=last.scope_iri, per_unit=last.per_unit)


WHOLE_AND_PART = re.compile(r"(?:(?P<n>\d+)(?P<cl>[家所个])(?P<whole>[\u4e00-\u9fff（）]{2,16}?)中"
                            r"(?:已有|仍有|共有|有)?"
                            r"(?P<parts>\d+(?P=cl)[^，。；、\d]{2,20}(?:、\d+(?P=cl)[^，。；、\d]{2,20})*)|"
                            r"^[^\u4e00-\u9fff]*(?P<kind>[\u4e00-\u9fff（）]{2,16}?)中(?:已有|仍有|共有|有)"
                            r"(?P<some>\d+(?P<pcl>[家所个])[^，。；、\d]{2,20}(?:、\d+(?P=pcl)[^，。；、\d]{2,20})*))")
"""A count of institutions and how many of them have something (14家乡镇卫生院中9家设置康复科、3家开设安宁疗护病区):
the whole is a count of its kind, each part a count of those that have it; without the whole's count, a clause
opening with the kind (县区疾控中心中有4个达到国家建设标准) counts its parts alone."""
PART = re.compile(r"(?P<m>\d+)(?P<cl>[家所个])(?:已)?(?P<what>[^，。；、\d]{2,20})")


def _whole_and_parts(clause: str, offset: int, items: list[Item], vocab) -> list[Item]:  # noqa: ANN001
    """Items of a `WHOLE_AND_PART` clause named by what they count: 乡镇卫生院数 (14), 设置康复科的乡镇卫生院数 (9) —
    a part the value reader left out is added."""
    out = list(items)
    for m in WHOLE_AND_PART.finditer(clause):
        whole = clean_wording(m.group("whole") or m.group("kind"))
        if not vocab.find_all("institution-type", whole):
            continue
        parts = "parts" if m.group("n") else "some"
        at = offset + m.start("n")
        for k, item in enumerate(out):
            if m.group("n") and item.start <= at < item.end and item.quantity.value == float(m.group("n")):
                wording = whole + "数"
                out[k] = replace(item, end=offset + m.end("whole"), wording=wording,
                                 indicator_iri=link_indicator(vocab, wording))
        for p in PART.finditer(clause, m.start(parts), m.end(parts)):
            wording = f"{p.group('what')}的{whole}数"
            start, end = offset + p.start(), offset + p.end()
            same = [k for k, i in enumerate(out) if i.start <= start < i.end or start <= i.start < end]
            value = float(p.group("m"))
            # named by a concept here, so that settling keeps the verb of what the part has (设置康复科的…)
            iri = link_indicator(vocab, wording) or generic_indicator(vocab, wording, "count", False, p.group("cl"))
            scope, scope_iri = find_scope(vocab, wording, force=True, population=False)
            base = next((out[k] for k in same if out[k].quantity.value == value), None)
            quantity = base.quantity if base is not None else Quantity(value, None, "count", classifier=p.group("cl"))
            item = Item(start, end, quantity, wording, iri, scope, scope_iri, listed=True)
            out = [i for k, i in enumerate(out) if not (k in same and i.quantity.value == value)] + [item]
    return sorted(out, key=lambda i: i.start)


SAME_LEVEL = re.compile(r"(?P<cmp>不低于|不少于|不高于|不超过|保持在?|维持在?|稳定在)(?:这一|该|此|上述|同一|同等)水平|"
                        r"(?P<with>与之|与其|与此)持平")
"""A clause that gives no value but the last one again: to hold it (2025年为97.1%，2026年不低于这一水平) or, for
another measure, to equal it (…签约率为71.2%，高血压患者家庭医生签约率与之持平)."""


def _same_level(clause: str, offset: int, last: Item, vocab) -> list[Item]:  # noqa: ANN001
    """The item of a `SAME_LEVEL` clause: the last value, for the same measure or for the one the clause names."""
    m = SAME_LEVEL.search(clause)
    if m is None:
        return []
    lead = len(clause) - len(clause.lstrip(" ，,；;"))
    if m.group("with"):
        wording = clean_wording(clause[:m.start()])
        if len(wording) < 2:
            return []
        return [Item(offset + lead, offset + m.end(), replace(last.quantity, comparator=None, verb=""), wording,
                     link_indicator(vocab, wording), listed=True)]
    quantity = replace(last.quantity, comparator=word_at_start(m.group("cmp"))[0], verb="")  # 保持: None
    return [replace(last, start=offset + lead, end=offset + m.end(), quantity=quantity, kind=None, year=None,
                    listed=True, nth=None, baseline_value=None, baseline_year=None)]


def sentence_facts(doc: ParsedDocument, ctx: BuildContext, years: DocYears, ss: int, se: int,
                   state: dict, extractor: str) -> Iterator[tuple[QuantityFact, Item]]:
    """Facts of one sentence; `state["observed"]` carries an observation year through the paragraph."""
    text = doc.norm.text
    year: int | None = state.get("year")
    year_unknown = False
    head: Item | None = state.pop("carried", None)  # …覆盖率达到93%；到2030年，达到95%以上: the measure goes on
    last: Item | None = None  # the clause before's last value, listed or not (其中…的19人，占23.5%)
    group: list[Item] = []
    topic = label = ""
    clauses = list(pieces(CLAUSE_END, text, ss, se))
    sentence = text[ss:se]
    said: list[Item] = []  # the sentence's measures so far, in order (for 分别较2020年下降a、b和c)
    if state.get("observed") and DUTY.search(sentence) and not (
            target_year_in(sentence) or observed_year_in(sentence) is not None or bare_years(sentence)
            or PAST_PERIOD.search(sentence) or PAST_CLAUSE.search(sentence) or past_plan_year(sentence, years.own)):
        state["observed"] = None
    consequence = next((i for i, (cs, ce) in enumerate(clauses) if CONSEQUENCE.match(text[cs:ce])), None)
    for n, (cs, ce) in enumerate(clauses):
        clause = text[cs:ce]
        prior = state.get("observed")
        y = target_year_in(clause)
        listed = YEAR_LIST.fullmatch(clause.strip(" ，,"))
        if listed and not y and years.own and int(re.search(r"(?:19|20)\d{2}", listed.group()).group()) < years.own:
            listed = None  # 2021年和2022年，… in a 2024 plan: years of what was reached, not targets
        base = BASE_OF_YEAR.search(clause)
        based = base is not None and (years.own is None or int(base.group("y")) <= years.own)
        if (y or listed) and not based:  # 到2025年和2030年，X分别达到a和b: the years the values of one measure take
            pair = listed or YEAR_LIST.search(clause)
            state["years"] = [int(v) for v in re.findall(r"(?:19|20)\d{2}", pair.group())] if pair else None
            y = y or (state["years"][0] if state["years"] else None)
        if based:
            pass  # 在2025年建成5个…的基础上: that year dates the base (an observation), not the targets after it
        elif (past := past_plan_year(clause, years.own)) is not None and y in (None, past):
            state["observed"] = past  # “十三五”期间 / 末 / 以来 in a later plan: what was reached
        elif y and years.own and y < years.own and (VALUE_AT_YEAR.search(clause) or state.get("review")):
            state["observed"] = y  # 由2015年的38.6%下降至2020年的27.3%, or 到2020年…达到62.3% in the review section
            #                        of a 2022 plan: a value already reached (a draft's 到2022年 may still be a goal)
        elif y:
            year, year_unknown, state["observed"] = y, False, None
        elif year_cut_by_gap(clause):
            year, year_unknown = None, True
        elif (oy := observed_year_in(clause)) is not None or (bare := bare_years(clause)):
            oy = oy if oy is not None else bare[0][0]
            if any(p in clause for p in PAST_MARKERS) or years.bare_year_kind(oy) == "observation" or (
                    years.own and oy <= years.own and (PAST_CLAUSE.search(clause) or state.get("review"))):
                # 2024年…已提高到94元 in 2024; 2024年，全县… in the review section (一、基本情况) of a 2024 plan
                state["observed"] = oy
            else:
                year, year_unknown, state["observed"] = oy, False, None
        elif PAST_PERIOD.search(clause) and not year:
            state["observed"] = PAST
        elif PAST_CLAUSE.search(clause) and not year:
            state["observed"] = state["observed"] or PAST
        if consequence is not None and n < consequence:
            continue
        if CONTACT.match(clause):
            continue  # 联系电话：010-68792213: a contact line, no measure
        spans = value_spans(clause)
        if (number := ITEM_NUMBER.match(clause)) and spans:  # （2）孕产妇死亡率：控制在…: the item's number is no value
            spans = [sp for sp in spans if sp.start >= number.end()]
        share_of = SHARE_OF_PART.fullmatch(clause.strip(" ，,；;。")) is not None and last is not None
        items = clause_items(clause, cs, ctx.vocabulary, last if share_of else head, topic, spans, label)
        if not items and spans and len(group) > 1 and EACH.search(clause):  # the list's items are no head
            items = clause_items(clause, cs, ctx.vocabulary, group[0], topic, spans, label)
        if len(spans) >= 2 and (changes := _each_change(clause, cs, spans, said)):
            items = changes  # 分别较2020年下降x、y: the changes of the measures named, whatever the clause's words
        if not spans and last is not None and not last.quantity.relative:
            items = _same_level(clause, cs, last, ctx.vocabulary)  # 2026年不低于这一水平; …与之持平
        items = _for_each(items, group, clause)
        if based:
            items = [replace(i, kind="observation", year=int(base.group("y")),
                             wording=re.sub(r"的?基础上$", "", i.wording)) if not i.kind else i for i in items]
        items = [i for i in items if not _qualifies(i, items, text)]
        group = [i for i in items if not i.kind] if len(items) > 1 else group if not spans else []
        if "全覆盖" in clause:
            items += coverage_items(clause, cs, ctx.vocabulary)
        if not spans:
            topic = clause
            label = re.split(r"[：:]", clause, maxsplit=1)[0] if re.search(r"[：:]", clause) else label
        measures = state.setdefault("measures", [])
        items = _pointed(items, measures)
        items = _whole_and_parts(clause, cs, items, ctx.vocabulary)
        said += [i for i in items if not i.kind and not i.quantity.relative]
        for item in items:
            last = item
            if not item.listed and item.kind is None:
                head = item
            observed = state["observed"]
            kind = item.kind or ("observation" if observed else "target")
            when = item.year if item.kind else (None if observed == PAST else observed) if observed else (
                year if year or year_unknown else years.horizon)
            paired = state.get("years")
            stated = YEAR_PHRASE.match(text, item.start) if item.listed and not item.kind and not observed else None
            if stated and when and int(stated.group("y")) > when:
                when = int(stated.group("y"))  # 设置率2027年达到85%、2030年达到95%: a later value with its own year
            if item.nth is not None and paired and item.nth < len(paired) and not item.kind and not observed:
                when = paired[item.nth]
            elif item.nth:  # a later value of one measure with no years to take: what it is for is unsaid
                continue
            settled = settle(item, ctx.vocabulary)
            if not item.kind and not POINTED.match(item.wording):
                measures.append(settled)
            yield make_fact(doc, settled, kind, when, extractor), item
        if CURRENT_BASE.search(clause):
            state["observed"] = prior  # 在现有2家互联网医院基础上，…: what exists is the base of what follows
    if not year_unknown:
        state["year"] = year
    if text[se - 1:se] == "；":
        state["carried"] = head


def make_fact(doc: ParsedDocument, item: Item, kind: str, year: int | None, extractor: str) -> QuantityFact:
    """The fact of an item: evidence on its span, unit from the text, refined by the per-population wording or the
    linked concept's unit only where that unit counts the written one per something, the comparator the text
    means."""
    q = item.quantity
    unit = q.unit
    per = per_population_unit(item.wording) or indicator_unit(item.indicator_iri)
    if per and per not in ("count", "percent") and q.multiplier == 1.0 and (
            unit in (None, "count") or per.startswith(f"{unit}-per-")):  # 3.9人 per 1 000; 5克 per person per day
        unit = per
    unit = per_capita(unit, item.wording)
    exact = unit in AMOUNT_UNITS or (unit is None and not item.indicator_iri)
    comparator = target_comparator(q.comparator, kind, item.wording, indicator_direction(item.indicator_iri),
                                   q.relative, q.verb, exact)
    return QuantityFact(
        evidence=doc.evidence(item.start, item.end),
        provision=doc.provision_at(item.start).path,
        extractor=extractor,
        kind=kind,
        indicator=item.wording,
        indicator_iri=item.indicator_iri,
        comparator=comparator,
        value=q.value,
        unit=unit,
        year=year,
        baseline_value=item.baseline_value,
        baseline_year=q.baseline_year or item.baseline_year,
        relative=q.relative,
        scope=item.scope,
        scope_iri=item.scope_iri,
        nature=item.nature,
        direction=q.direction,
        multiplier=q.multiplier,
    )


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    run=run,
    requires=("tables",),
    assigns=("QuantityFact",),
    description="Targets and observations in prose: value, comparator, unit, year, scope, relative change.",
)
