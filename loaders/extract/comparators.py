"""Comparators as the text means them: one table of every comparator word, and how a value without one is read.

A value's comparator is one of ">=", "<=", ">", "<", "=", "~". It comes, in this order, from
1. a word or sign written with the number (`COMPARATOR_WORDS`): 不低于 / 以上 / ≥ (a floor, >=), 不超过 / 以下 /
   以内 / 低于 / ≤ (a ceiling, <=), 左右 / 约 (~), the strict signs > and < and the strict words 大于 / 小于 /
   多于 / 少于 / 不足;
2. for an observation (a measured value), nothing else: it is "=" (全市医疗卫生机构达到426所 states a count);
3. for a relative change (比2020年降低10%, 提高5个百分点), ">=": the text sets the least change to reach;
4. the level verb before the number (`LEVEL_VERBS`): 达到 / 提高到 / 增加到 / 增长到 / 突破 X state a floor,
   降低到 / 下降到 / 降至 / 控制在 X a ceiling; 为 / 保持在 / 稳定在 give no direction of their own;
5. "=" for an exact count of things to build or set up (建成1个中心, 新建3所医院, 专项资金3亿元);
6. else the indicator's polarity (`polarity`): higher-is-better (coverage, staffing, beds, life expectancy) >=,
   lower-is-better (mortality, incidence, smoking rate, out-of-pocket share, length of stay) <=. This is how a
   table's target column without a sign is read.
"""

from __future__ import annotations

import re

FLOOR, CEILING, ABOUT, EXACT = ">=", "<=", "~", "="

BEFORE_NUMBER: tuple[tuple[str, str], ...] = (
    ("不得低于", FLOOR), ("不得少于", FLOOR), ("至少有", FLOOR), ("不低于", FLOOR), ("不少于", FLOOR),
    ("不小于", FLOOR), ("至少", FLOOR), ("最少", FLOOR), ("超过", FLOOR), ("高于", FLOOR),
    ("≥", FLOOR), (">=", FLOOR), ("＞=", FLOOR),
    ("不得超过", CEILING), ("不得高于", CEILING), ("不超过", CEILING), ("不高于", CEILING), ("不多于", CEILING),
    ("不大于", CEILING), ("低于", CEILING), ("≤", CEILING), ("<=", CEILING), ("＜=", CEILING),
    ("大于", ">"), ("多于", ">"), (">", ">"), ("＞", ">"),
    ("小于", "<"), ("少于", "<"), ("不足", "<"), ("<", "<"), ("＜", "<"),
    ("大约", ABOUT), ("约", ABOUT), ("≈", ABOUT),
)
"""Words and signs written right before the number (不低于90%, ≤5.8, 约30%)."""

AFTER_NUMBER: tuple[tuple[str, str], ...] = (
    ("及以上", FLOOR), ("以上", FLOOR), ("及以下", CEILING), ("以下", CEILING), ("以内", CEILING),
    ("之内", CEILING), ("左右", ABOUT),
)
"""Words right after the number and its unit (90%以上, 10%以内, 8.2张左右)."""

AFTER_DURATION: tuple[tuple[str, str], ...] = (("内", CEILING),)
"""After a duration only: 2小时内 (within two hours)."""

LEVEL_VERBS: tuple[tuple[str, str | None], ...] = (
    ("达到", FLOOR), ("达", FLOOR), ("提高到", FLOOR), ("提高至", FLOOR), ("提升到", FLOOR), ("提升至", FLOOR),
    ("增加到", FLOOR), ("增加至", FLOOR), ("增长到", FLOOR), ("增长至", FLOOR), ("上升到", FLOOR),
    ("上升至", FLOOR), ("扩大到", FLOOR), ("扩大至", FLOOR), ("扩充到", FLOOR), ("扩充至", FLOOR),
    ("突破", FLOOR), ("满足", FLOOR),
    ("降低到", CEILING), ("降低至", CEILING), ("降到", CEILING), ("降至", CEILING), ("下降到", CEILING),
    ("下降至", CEILING), ("减少到", CEILING), ("减少至", CEILING), ("缩短到", CEILING), ("缩短至", CEILING),
    ("控制在", CEILING), ("控制到", CEILING), ("控制于", CEILING),
    ("为", None), ("保持在", None), ("稳定在", None), ("维持在", None), ("保持", None), ("维持", None),
)
"""Verbs that introduce the level to reach (the value is absolute), with the bound a target states by them."""

COMPARATOR_WORDS: dict[str, str] = (dict(BEFORE_NUMBER) | dict(AFTER_NUMBER)
                                    | {w: c for w, c in LEVEL_VERBS if c is not None})
"""Every word that states a comparator of its own → that comparator (the pinned table; see the tests)."""

LOWER_IS_BETTER = re.compile(
    r"死亡率|病死率|死亡人数|发病率|患病率|感染率|流行率|发生率|吸烟率|肥胖率|超重|近视率|患龋率|贫血率|生长迟缓|"
    r"超标率|事故|伤害|自付|个人卫生支出|住院日|次均(?:[^，。；]{0,8})?费用|费用增幅|费用增长|增幅|药占比|耗材|"
    r"卫生材料|反应时间|等待时间|服务半径|负债|空置率|差错|投诉|报告例数|失访率|复发率|再入院率|肇事肇祸"
)
"""Wordings of lower-is-better indicators (mortality, incidence, smoking, out-of-pocket cost, length of stay, loss to
follow-up, relapse, readmission …)."""


def _longest_first(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


_BEFORE = _longest_first(BEFORE_NUMBER)
_AFTER = _longest_first(AFTER_NUMBER)
_VERBS = tuple(sorted(LEVEL_VERBS, key=lambda p: -len(p[0])))
_BEFORE_WORDS = tuple(w for w, _ in _BEFORE)
_VERB_WORDS = tuple(w for w, _ in _VERBS)


def word_before(text: str) -> tuple[str | None, int]:
    """Comparator of the word or sign ending `text` (the text right before a number) and the word's length."""
    if not text.endswith(_BEFORE_WORDS):
        return None, 0
    for word, comp in _BEFORE:
        if text.endswith(word):
            return comp, len(word)
    return None, 0


def word_at_start(text: str) -> tuple[str | None, int]:
    """Comparator of the word or sign starting `text` (a table cell such as `≥90`, `不低于90`)."""
    for word, comp in _BEFORE:
        if text.startswith(word):
            return comp, len(word)
    return None, 0


def word_after(text: str, duration: bool = False) -> tuple[str | None, int]:
    """Comparator of the word starting `text` (right after a number and its unit) and its length; after a
    duration (小时, 分钟, 天) a bare 内 counts too."""
    for word, comp in _AFTER + (AFTER_DURATION if duration else ()):
        if text.startswith(word):
            return comp, len(word)
    return None, 0


def level_verb_before(text: str) -> str:
    """The level verb ending `text` (longest), or ''."""
    if not text.endswith(_VERB_WORDS):
        return ""
    for verb, _ in _VERBS:
        if text.endswith(verb):
            return verb
    return ""


def combine(before: str | None, after: str | None) -> str | None:
    """One stated comparator from the words before and after a number (左右 wins; `控制在…以下` → <=)."""
    if ABOUT in (before, after):
        return ABOUT
    return after or before


def polarity(wording: str, direction: str | None = None) -> str | None:
    """The bound a target without a word states, from the indicator: >= when higher is better, <= when lower is
    better; `direction` is the vocabulary's (`higher` / `lower`), else the wording decides; None if unknown."""
    if direction == "lower":
        return CEILING
    if direction == "higher":
        return FLOOR
    return CEILING if LOWER_IS_BETTER.search(wording) else None


def resolve(stated: str | None, kind: str, relative: bool = False, verb: str = "", exact_count: bool = False,
            bound: str | None = None, default: str = EXACT) -> str:
    """The comparator of a value (see the module docstring for the order of the rules).

    `stated`: the comparator of a word or sign written with the number; `kind`: target or observation; `verb`: the
    level verb before it; `exact_count`: a count of things to build; `bound`: the indicator's polarity; `default`
    when nothing else decides."""
    if stated:
        return stated
    if kind == "observation":
        return EXACT
    if relative:
        return FLOOR
    verb_bound = dict(LEVEL_VERBS).get(verb) if verb else None
    if verb_bound:
        return verb_bound
    if exact_count:
        return EXACT
    return bound or default


def target_comparator(stated: str | None, kind: str, wording: str, direction: str | None, relative: bool = False,
                      verb: str = "", exact_count: bool = False, default: str = FLOOR) -> str:
    """`resolve` with the indicator's polarity read from its vocabulary direction or its wording."""
    return resolve(stated, kind, relative, verb, exact_count, polarity(wording, direction), default)
