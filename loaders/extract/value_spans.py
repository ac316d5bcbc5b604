"""Find value expressions in a clause of normalised text: number, unit, comparator, relative change.

A value expression is a number with the words around it that say how to read it: a comparator or level
verb before (不低于, 控制在, 达到, 下降到), a unit after (%, 张, /10万人口), a comparator after (以上, 左右),
or a change verb before (降低10%, 提高1岁) with an optional baseline (比2016年, 以2015年为基础). Years,
ordinals, codes (5G, 54321, 十四五) and numbers touching a redaction are not values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.quantities import (
    COUNT_CLASSIFIERS,
    DECREASE_VERBS,
    FIVE_YEAR_PLANS,
    INCREASE_VERBS,
    LEVEL_VERBS,
    NUM,
    Quantity,
    combine,
    parse_number,
    prefix_comparator,
    suffix_comparator,
    unit_after,
)
from loaders.records import GAP

_TOKEN = re.compile(rf"(?<![\d.A-Za-z/])(?:{NUM}|[一两二三四五六七八九十]+(?=[{COUNT_CLASSIFIERS}]))")
_NOT_A_VALUE_AFTER = re.compile(
    r"^(?:年|月|日|号|[Gg]|\+|项|大|级|类|种|条|期|届|型|周年|分钟|方面|个方面|个一|位一体|同时|减三健|医|区|批|线|岗)"
)
_NOT_A_VALUE_BEFORE = re.compile(r"(?:第|《|〔|“|\"|[A-Za-zⅠ-Ⅻ]|每|\d[.．]|[-—–~～])$")
_CN_VALUE_CONTEXT = re.compile(r"(?:至少|不少于|不低于|拥有|配备|建成|建好|组建|设置|建设|培养|办好|选建|有)$")
_RATIO_TAIL = re.compile(rf"^[:：]\s*(?P<x>{NUM})")
_RANGE_TAIL = re.compile(rf"^(?P<unit1>[万%]?)[-—–~～](?P<b>{NUM})")
_FRACTION_TAIL = re.compile(r"^/(?P<d>\d)(?![\d万])")
BASELINE = re.compile(
    rf"(?:比|较|以)(?:(?P<y>(?:19|20)\d{{2}})年|[“\"]?(?P<plan>{'|'.join(FIVE_YEAR_PLANS)})[”\"]?)(?:末|底)?(?:为基础|为基数|为基准)?"
)


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
            return found
        span = _read(clause, m.start(), m.end())
        if span is None:
            pos = m.end()
            continue
        found.append(span)
        pos = span.end


def _read(clause: str, a: int, b: int) -> ValueSpan | None:
    before, after = clause[:a], clause[b:]
    token = clause[a:b]
    if _NOT_A_VALUE_BEFORE.search(before) or _NOT_A_VALUE_AFTER.match(after):
        return None
    if before.endswith(GAP) or after.startswith(GAP) or _quoted(before):
        return None
    cn = not token[0].isdigit()
    if cn and not _CN_VALUE_CONTEXT.search(before):
        return None
    value = parse_number(token)
    if value is None:
        return None
    end = b
    unit: str | None = None
    range_ = False
    if m := _RATIO_TAIL.match(after):
        if value != 1:
            return None
        value, unit, end = float(m.group("x")), "ratio-one-to-x", b + m.end()
    elif m := _RANGE_TAIL.match(after):
        range_, end = True, b + m.end()
    elif m := _FRACTION_TAIL.match(after):
        value, unit, end = value / float(m.group("d")) * 100, "percent", b + m.end()
    if clause[end:].startswith("万") and unit is None:
        value, end = value * 10000, end + 1
    if clause[end:].startswith("/" + GAP):
        return None
    classifier = ""
    if unit is None:
        unit, n = unit_after(clause[end:])
        if unit == "count":
            classifier = clause[end:end + n]
        end += n
    suffix, n = suffix_comparator(clause[end:])
    end += n
    prefix, k = prefix_comparator(before)
    start = a - k
    relative = False
    verb = _verb_before(clause[:start])
    if verb and prefix is None:
        start -= len(verb)
        if verb in INCREASE_VERBS + DECREASE_VERBS or verb == "翻":
            relative = True
        else:
            prefix2, k2 = prefix_comparator(clause[:start])
            prefix, start = prefix2 or prefix, start - k2
    if relative:
        sign = -1.0 if verb in DECREASE_VERBS else 1.0
        baseline = _baseline_year(clause[:start])
        if verb == "翻":
            unit = unit or "times"
        quantity = Quantity(sign * value, combine(prefix, suffix), unit, True, baseline)
    else:
        quantity = Quantity(value, combine(prefix, suffix), unit)
    return ValueSpan(start, a, end, quantity, classifier, range_)


def _quoted(before: str) -> bool:
    """True inside an unclosed 《title》 or “quote” (numbers there are names: 《健康中国2030规划纲要》)."""
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


def _verb_before(text: str) -> str:
    """The level or change verb ending `text` (longest), or ''."""
    for verb in sorted(LEVEL_VERBS + INCREASE_VERBS + DECREASE_VERBS + ("翻",), key=len, reverse=True):
        if text.endswith(verb):
            return verb
    return ""


def _baseline_year(text: str) -> int | None:
    found = list(BASELINE.finditer(text))
    if not found:
        return None
    m = found[-1]
    return int(m.group("y")) if m.group("y") else FIVE_YEAR_PLANS.get(m.group("plan"))
