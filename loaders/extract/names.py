"""Text helpers for proper names (institutions, programmes): variant folding, canonical forms, enumerations.

Chinese policy writing names things inside coordinated noun phrases, and the extractors of named institutions and
programmes read the same constructions:
- a list joined by 、/和/及/与 whose members share a tail (旗县级综合医院、旗县级妇幼保健院能力提升行动 → two
  actions; 心脑血管疾病、癌症防治专项行动 → two campaigns), or an abbreviated coordination (东、西部 → 东部, 西部);
- quotation marks and bracketed glosses inside a name (临床重点专科“百千万”工程, 中医（蒙医）医院), which the canonical
  form drops or keeps (a bracketed enumeration such as （名医、名药） explains the name and is dropped).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

HAN = "\u4e00-\u9fff〇"
"""Characters of a Chinese name (〇 for numbered names such as 四〇四医院)."""
OPEN_QUOTES, CLOSE_QUOTES = "“‘「『", "”’」』"
QUOTES = OPEN_QUOTES + CLOSE_QUOTES + '"'
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
CLAUSE_MARKS = "，。；：！？\n,;:!?|"
"""Punctuation that ends a clause (outside quotation marks and brackets)."""
TITLE_MARKS = "《》"
"""Marks of a cited document's title: a name inside one belongs to the reference."""
JOINERS = ("以及", "和", "及", "与")
"""Conjunctions that join the members of a coordinated noun phrase (besides 、)."""
DIRECTIONS = "东西南北中"


@lru_cache(maxsize=1)
def _variants():  # opencc has no type hints
    import opencc

    return opencc.OpenCC("hk2s")


VARIANTS = str.maketrans({"甯": "宁"})
"""Variant characters no OpenCC table folds (安甯療護 = 安宁疗护)."""


def fold_variants(text: str) -> str:
    """`text` with variant characters that OpenCC t2s keeps (衞 → 卫, 甯 → 宁) folded to their simplified form.

    The result has the same length as `text`, so offsets stay valid; characters whose folding would change the
    length are kept as they are."""
    folded = _variants().convert(text)
    if len(folded) != len(text):  # a phrase conversion changed the length: keep the segments it happened in
        convert = _variants().convert
        folded = _SEGMENT.sub(lambda m: c if len(c := convert(m.group())) == len(m.group()) else m.group(), text)
    return folded.translate(VARIANTS)


_SEGMENT = re.compile(r"[^，。；：、\n]+")


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_QUOTE_CHARS = re.compile("[" + QUOTES + "]")


def canonical(name: str) -> str:
    """The canonical form of a written name: no quotation marks, no bracketed enumeration (（名医、名药） explains
    the name), variant characters folded; a bracketed gloss such as （蒙医） stays."""
    name = _BRACKETED.sub(lambda m: "" if "、" in m.group() or "，" in m.group() else m.group(), name)
    return fold_variants(_QUOTE_CHARS.sub("", name)).strip()


def title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of document titles 《…》: a name inside one is part of a cited title (a reference), not a mention."""
    return [m.span() for m in _TITLE.finditer(text)]


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in spans)


_TITLE = re.compile(r"《[^《》\n]*》")


def depth_map(text: str) -> list[int]:
    """Per character, how deep it sits in quotation marks and brackets (0 = top level)."""
    depth, out = 0, []
    for ch in text:
        if ch in OPEN_QUOTES or ch in OPEN_BRACKETS:
            depth += 1
            out.append(depth)
        elif ch in CLOSE_QUOTES or ch in CLOSE_BRACKETS:
            out.append(depth)
            depth = max(0, depth - 1)
        else:
            out.append(depth)
    return out


def clause_end(text: str, start: int, limit: int = 90) -> int:
    """End of the clause that starts at `start`: the first clause mark outside quotation marks and brackets, a
    closing mark of a quotation or bracket the clause started in, or a title mark 《》."""
    depth = 0
    stop = min(len(text), start + limit)
    for i in range(start, stop):
        ch = text[i]
        if ch in OPEN_QUOTES or ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_QUOTES or ch in CLOSE_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
        elif ch == "\n" or ch in TITLE_MARKS or (ch in CLAUSE_MARKS and depth == 0):
            return i
    return stop


_SEPARATOR = re.compile("、|" + "|".join(JOINERS))


def split_members(text: str, start: int, end: int, joins_after: re.Pattern[str] | None = None
                  ) -> list[tuple[int, int]]:
    """Members of a coordinated phrase text[start:end]: split at top-level 、, and at 和/及/与/以及 where the text
    before the conjunction matches `joins_after` (e.g. ends with a programme word), so that 妇幼健康和计划生育服务
    保障工程 stays one member, or where a quoted name follows it (全国老年健康宣传周和“智慧助老”行动) or is all of the
    text before (“泰山健康大讲堂”和健康科普“五进”活动)."""
    nested = _NESTING.search(text, start, end) is not None
    depths = depth_map(text[start:end]) if nested else None
    members: list[tuple[int, int]] = []
    begin = start
    for m in _SEPARATOR.finditer(text, start, end):
        i = m.start()
        if i < begin or (depths is not None and depths[i - start]):
            continue
        if m.group() == "、" or (i > begin and joins_after is not None and (
                joins_after.search(text, begin, i) or text[m.end():m.end() + 1] in OPEN_QUOTES
                or _WHOLE_QUOTE.fullmatch(text, begin, i))):
            members.append((begin, i))
            begin = m.end()
    members.append((begin, end))
    if "”“" in text[start:end]:  # quoted names written one after the other (“老年健康宣传周”“敬老月”等活动)
        members = [part for a, b in members for part in _adjacent_quotes(text, a, b)]
    return [(a, b) for a, b in members if b > a]


def _adjacent_quotes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] split between a closing and an opening quotation mark."""
    cuts = [m.start() + 1 for m in re.finditer("”“", text[a:b])]
    bounds = [a, *(a + c for c in cuts), b]
    return list(itertools.pairwise(bounds))


_WHOLE_QUOTE = re.compile("[" + OPEN_QUOTES + "][^" + OPEN_QUOTES + CLOSE_QUOTES + "]{2,}[" + CLOSE_QUOTES + "]")
_NESTING = re.compile("[" + OPEN_QUOTES + CLOSE_QUOTES + OPEN_BRACKETS + CLOSE_BRACKETS + "]")


T = TypeVar("T")


def longest_first(candidates: list[T], span: Callable[[T], tuple[int, int]] = itemgetter(0, 1)) -> list[T]:
    """The candidates without overlaps, the longer of two overlapping ones kept (the earlier on a tie), in text
    order; `span` gives a candidate's (start, end)."""
    kept: list[T] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (span(c)[0] - span(c)[1], span(c)[0])):
        start, end = span(cand)
        at = bisect_left(taken, (start, start))
        if (at < len(taken) and taken[at][0] < end) or (at > 0 and taken[at - 1][1] > start):
            continue
        taken.insert(at, (start, end))
        kept.append(cand)
    return sorted(kept, key=lambda c: span(c)[0])


def shared_tail(last: str, siblings: list[str]) -> int:
    """Where the head of the last member of a list ends, the rest being a tail its siblings share.

    旗县级妇幼保健院能力提升行动 after 旗县级综合医院 → 8 (the siblings end in 院, so does 旗县级妇幼保健院);
    慢性呼吸系统疾病防治 after 心脑血管疾病、癌症 → 8. Returns len(last) when no sibling ending is found."""
    endings = {s[-1] for s in siblings if s}
    for k in range(len(last) - 1, 0, -1):
        if last[k - 1] in endings:
            return k
    return len(last)


def abbreviated_direction(first: str, second: str) -> str:
    """东 before 西部疑难…中心 → 东部疑难…中心: a one-character direction coordinated with a second member that
    starts with another direction shares the second member's tail; '' when the construction does not apply."""
    if len(first) == 1 and first in DIRECTIONS and len(second) > 2 and second[0] in DIRECTIONS \
            and second[0] != first:
        return first + second[1:]
    return ""
