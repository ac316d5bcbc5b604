"""Normalisation: a chain of small passes, each mapping (text, offsets) to (text, offsets).

Every pass keeps, per output character, the raw-file span it came from, so spans found in the
normalised text map back exactly to raw-file code-point offsets (see `NormalisedText.raw_span`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from loaders.records import GAP, NormalisedText

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"


@dataclass(frozen=True)
class Stage:
    """Intermediate text with raw starts/ends per character."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]


Edit = tuple[int, int, str]
"""Replace stage.text[start:end] with the string (same length: 1:1; else spread over the span)."""


def apply_edits(stage: Stage, edits: Iterable[Edit]) -> Stage:
    """Apply non-overlapping edits (in any order) and carry the offset map along."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, rep in sorted(edits):
        if a < pos:
            raise ValueError(f"overlapping edit at {a}")
        out.append(stage.text[pos:a])
        starts.extend(stage.starts[pos:a])
        ends.extend(stage.ends[pos:a])
        if len(rep) == b - a:
            starts.extend(stage.starts[a:b])
            ends.extend(stage.ends[a:b])
        elif rep:
            lo = stage.starts[a] if a < b else (stage.ends[a - 1] if a else 0)
            hi = stage.ends[b - 1] if a < b else lo
            starts.extend([lo] * len(rep))
            ends.extend([hi] * len(rep))
        out.append(rep)
        pos = b
    out.append(stage.text[pos:])
    starts.extend(stage.starts[pos:])
    ends.extend(stage.ends[pos:])
    return Stage("".join(out), tuple(starts), tuple(ends))


# --- passes ---------------------------------------------------------------------------------

_PINYIN = re.compile(rf"(?<=[{HAN}])[(（]([a-zü]*[{TONE_MARKS}][a-zü]*)[)）]")


_TONELESS = re.compile(rf"(?<=([{HAN}]))[(（]([a-zü]{{1,6}})[)）]")
"""A neutral-tone syllable carries no mark (`的(de)`, `了(le)`): noise only when it is a reading of the character
before it, so a real bracket holding Latin letters stays."""


@lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(r.replace("v", "ü") for r in pinyin(char, style=Style.NORMAL, heteronym=True)[0])


def strip_pinyin(stage: Stage) -> Stage:
    """Remove pinyin annotations right after a Han character: tone-marked ones (`為(wèi)` → `為`) and toneless
    ones that read the character (`的(de)` → `的`)."""
    spans = [(m.start(), m.end()) for m in _PINYIN.finditer(stage.text)]
    spans += [(m.start(), m.end()) for m in _TONELESS.finditer(stage.text) if m.group(2) in _readings(m.group(1))]
    return apply_edits(stage, ((a, b, "") for a, b in sorted(spans)))


_REDACTION = re.compile(
    r"(?m)[ \t\u3000]*[(（][ \t\u3000]*略[ \t\u3000]*[)）][ \t\u3000]*|(?<!#)(?!^#{1,6} )#+"
)


def mark_gaps(stage: Stage) -> Stage:
    """Replace redactions `(略)` (with surrounding spaces) and `#` placeholders by one GAP char.

    Markdown heading markers (`## ` at a line start) are not placeholders and stay."""
    return apply_edits(stage, ((m.start(), m.end(), GAP) for m in _REDACTION.finditer(stage.text)))


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_SEGMENT = re.compile(r"[^\n，。；：、,;:]+")


_VARIANTS = str.maketrans("衞甯衹敍", "卫宁只叙")
"""Variant forms OpenCC t2s leaves as they are (its HK table converts 衞 and 敍): one character for one, so
offsets stay exact. 著 is not folded (it is also a simplified character: 显著)."""


def to_simplified(stage: Stage) -> Stage:
    """Traditional → simplified with OpenCC t2s, then variant forms t2s misses (衞 → 卫); segments whose length
    changes map as a block."""
    conv = _t2s()
    whole = conv.convert(stage.text).translate(_VARIANTS)
    if len(whole) == len(stage.text):
        return Stage(whole, stage.starts, stage.ends)
    edits = []
    for m in _SEGMENT.finditer(stage.text):
        converted = conv.convert(m.group()).translate(_VARIANTS)
        if converted != m.group():
            edits.append((m.start(), m.end(), converted))
    return apply_edits(stage, edits)


_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
                        "\u3000": " ", "\t": " ", "\xa0": " ", "\r": "\n", "〔": "〔", "［": "[", "］": "]",
                        "「": "“", "」": "”", "『": "‘", "』": "’"})


def unify_width(stage: Stage) -> Stage:
    """Full-width digits/letters → ASCII (NFKC); ASCII clause punctuation → Chinese full-width; corner quotation
    marks (「」『』, traditional script) → the quotation marks of simplified text (“”‘’)."""
    chars = []
    for ch in stage.text:
        if "\uff01" <= ch <= "\uff5e" and ch not in "，；：（）！？":
            ch = unicodedata.normalize("NFKC", ch)
        chars.append(ch.translate(_PUNCT))
    return Stage("".join(chars), stage.starts, stage.ends)


_SPACES = re.compile(r"[ ]+")


def squeeze_spaces(stage: Stage) -> Stage:
    """Drop spaces at line ends and between CJK characters; collapse other runs to one space."""
    text = stage.text
    edits = []
    for m in _SPACES.finditer(text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else "\n"
        after = text[b] if b < len(text) else "\n"
        if before == "\n" or after == "\n" or not (before.isascii() and after.isascii()):
            edits.append((a, b, ""))
        elif b - a > 1:
            edits.append((a, b, " "))
    return apply_edits(stage, edits)


_TAB_CELLS = re.compile(r"[ ]*\t[\t ]*")


def tabs_as_cells(stage: Stage) -> Stage:
    """A table pasted from a spreadsheet or word processor separates its cells by tabs: on a line with text on both
    sides of a tab, each run of tabs becomes the `|` cell separator the table readers know."""
    text = stage.text
    edits = []
    for line in re.finditer(r"[^\n]*\t[^\n]*", text):
        for m in _TAB_CELLS.finditer(text, line.start(), line.end()):
            if m.start() > line.start() and m.end() < line.end():
                edits.append((m.start(), m.end(), "|"))
    return apply_edits(stage, edits)


_SPACED = re.compile(r"[ \u3000]+")
_SPACED_YEAR = re.compile(r"^(?:19|20)\d{2}年")
_SPACED_HEAD = re.compile(r"^(?:主要)?指[标標](?:名[称稱])?$")
"""The indicator column's header, in either script (this pass runs before the conversion to simplified)."""
_SPACED_NUMBER = re.compile(r"序[号號]|编[号號]|編[号號]")
_SPACED_NAME = re.compile(r"名[称稱]$|单位$|單位$|机构$|機構$")
_SPACED_MEASURE = re.compile(r"[（(](?:张|張|人|名|个|個|家|所|床|万元|萬元|亿元|億元|元)[）)]$")
"""A column of counts or amounts with its unit, in either script (现有床位（张）, 總投資（萬元）)."""
_SPACED_WIDEST = 40


def _spaced_cells(line: str) -> list[str]:
    return [c for c in _SPACED.split(line.strip()) if c]


def _spaced_header(line: str) -> bool:
    """A table header whose cells are separated by spaces, all short: an indicator column and a year column, a
    list's number column first and a name column (序号 县（市） 乡镇卫生院名称 提升方向), or a name column first and a
    column of a year or of counts with their unit (机构名称 级别 2023年底现有床位（张） 重点建设专科)."""
    cells = _spaced_cells(line)
    return ("|" not in line and len(cells) >= 3 and all(len(c) <= 20 for c in cells) and (
        (any(_SPACED_YEAR.match(c) for c in cells) and any(_SPACED_HEAD.match(c) for c in cells))
        or (_SPACED_NUMBER.fullmatch(cells[0]) is not None and any(_SPACED_NAME.search(c) for c in cells[1:]))
        or (_SPACED_NAME.search(cells[0]) is not None
            and any(_SPACED_YEAR.match(c) or _SPACED_MEASURE.search(c) for c in cells[1:]))))


def _spaced_row(line: str, width: int) -> bool:
    """A row under such a header: at least half the header's cells, none longer than a label, no sentence end,
    a number in it (a line with `|` is a pipe row already)."""
    cells = _spaced_cells(line)
    return ("|" not in line and width >= len(cells) and 2 * len(cells) >= width
            and all(len(c) <= _SPACED_WIDEST for c in cells) and not re.search(r"[。；;]$", line.strip())
            and bool(re.search(r"\d", line)))


def _broken_row(line: str, following: str, width: int) -> bool:
    """A row broken inside a cell as scraped text breaks it (`疾病防控  以乡镇为单位…疫苗` then `接种率  %  96  ≥95
    约束性`): together, with the broken cell joined, a row of the header's width."""
    first, second = _spaced_cells(line), _spaced_cells(following)
    return (bool(first) and bool(second) and len(first) + len(second) - 1 == width
            and not re.search(r"[。；;：:]$", line.strip()) and not re.search(r"\d", line)
            and _spaced_row(line.rstrip(" \u3000") + following.lstrip(" \u3000"), width))


def spaced_cells(stage: Stage) -> Stage:
    """A table copied from a web page often keeps its cells apart by spaces alone (`类别 序号 指标 单位 2020年
    2025年`, one row per line, or full-width spaces): under a header with an indicator and a year column, the
    space runs of the header and of the rows that follow become the `|` cell separator (squeezing them out
    between Han characters would join the cells)."""
    text = stage.text
    edits = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if not _spaced_header(text[a:b]):
            i += 1
            continue
        width = len(_spaced_cells(text[a:b]))
        block = [(a, b)]
        j = i + 1
        while j < len(lines):
            if _spaced_row(text[lines[j][0]:lines[j][1]], width):
                block.append(lines[j])
                j += 1
            elif j + 1 < len(lines) and _broken_row(text[lines[j][0]:lines[j][1]],
                                                    text[lines[j + 1][0]:lines[j + 1][1]], width):
                la, lb = lines[j]  # the row goes on on the next line, inside a cell: one line again
                edits.append((la + len(text[la:lb].rstrip(" \u3000")), lb + 1, ""))
                block += [(la, la + len(text[la:lb].rstrip(" \u3000"))), lines[j + 1]]
                j += 2
            else:
                break
        if len(block) >= 3:
            for la, lb in block:
                inner = text[la:lb]
                lead, trail = len(inner) - len(inner.lstrip(" \u3000")), len(inner.rstrip(" \u3000"))
                for m in _SPACED.finditer(inner, lead, trail):
                    edits.append((la + m.start(), la + m.end(), "|"))
        i = max(j, i + 1)
    return apply_edits(stage, edits)


def drop_furniture(stage: Stage) -> Stage:
    """Leave out web-portal furniture lines (breadcrumbs, catalogue fields, print buttons, site footers: see
    loaders.boilerplate); run first, on the raw text. The raw file keeps them; offsets stay exact."""
    from loaders.boilerplate import furniture_lines

    return apply_edits(stage, ((a, b, "") for a, b in furniture_lines(stage.text)))


WITHOUT_FURNITURE: tuple[Callable[[Stage], Stage], ...] = (
    strip_pinyin,
    mark_gaps,
    tabs_as_cells,
    spaced_cells,
    unify_width,
    to_simplified,
    squeeze_spaces,
)
"""The passes that keep portal furniture (metadata inference reads the catalogue fields in it)."""

PASSES: tuple[Callable[[Stage], Stage], ...] = (drop_furniture, *WITHOUT_FURNITURE)


def normalise(raw: str, passes: Iterable[Callable[[Stage], Stage]] = PASSES) -> NormalisedText:
    """Run the normalisation passes over a raw file's text."""
    stage = Stage(raw, tuple(range(len(raw))), tuple(range(1, len(raw) + 1)))
    for run in passes:
        stage = run(stage)
    gaps = tuple((i, i + 1) for i, ch in enumerate(stage.text) if ch == GAP)
    return NormalisedText(stage.text, stage.starts, stage.ends, len(raw), gaps)
