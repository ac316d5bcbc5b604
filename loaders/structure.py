"""Section-tree parser: numbered headings, appendices and flattened tables → provisions.

Markers are recognised at line starts. Their nesting is not fixed in advance: as in most outline
parsers, a marker style seen for the first time opens a level below the current one, and a style
already open closes everything below it. Chapter-like markers (篇/章/节, Markdown `#`) and
appendices have fixed rank above numbered items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.numerals import CIRCLED, chinese_to_int
from loaders.records import GAP, NormalisedText, Provision

CN_NUM = "一二三四五六七八九十百零〇两"

# (style, regex); group "num" is the number, the match end is where the heading text begins.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"^第(?P<num>[{CN_NUM}\d]+)篇\s*")),
    ("chapter", re.compile(rf"^第(?P<num>[{CN_NUM}\d]+)章\s*")),
    ("sect", re.compile(rf"^第(?P<num>[{CN_NUM}\d]+)节\s*")),
    ("md", re.compile(r"^(?P<hashes>#{1,6})\s*(?=\S)")),
    ("cn-dun", re.compile(rf"^(?P<num>[{CN_NUM}]+)、")),
    ("cn-paren", re.compile(rf"^（(?P<num>[{CN_NUM}]+)）")),
    ("ar-dot", re.compile(r"^(?P<num>\d{1,3})[.、](?!\d)\s*")),
    ("ar-paren", re.compile(r"^（(?P<num>\d{1,3})）")),
    ("circled", re.compile(rf"^(?P<num>[{CIRCLED}])")),
)
FIXED_RANK = {"appendix": 0, "part": 1, "chapter": 2, "sect": 3}
"""Styles that always sit above numbered items, by rank; Markdown levels rank 4 + hashes."""

APPENDIX = re.compile(r"^附件\s*(?P<num>\d*)\s*(?:[：:]\s*(?P<title>.*))?$")
HEADING_MAX = 60
TABLE_CELL_MAX = 40
TABLE_MIN_CELLS = 10


@dataclass
class _Open:
    style: str
    start: int
    index: int


@dataclass
class _Heading:
    style: str
    label: str
    number: int | None
    heading: str
    start: int
    line_end: int
    depth: int = 0
    parent: int | None = None
    end: int = 0


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped line) for every line, offsets into text."""
    out = []
    pos = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(line) + 1
    return out


def heading_text(body: str) -> str:
    """The heading part of a numbered line: up to the first full stop, or the short line itself."""
    for stop in ("。", "；"):
        cut = body.find(stop)
        if 0 < cut <= HEADING_MAX:
            return body[:cut]
    if len(body) <= HEADING_MAX and GAP not in body:
        return body.rstrip("：")
    first = re.split(r"[，。；：]", body, maxsplit=1)[0]
    return first[:HEADING_MAX] + ("…" if len(first) > HEADING_MAX else "")


def _match_marker(line: str) -> tuple[str, str, int | None, str] | None:
    for style, rx in MARKERS:
        m = rx.match(line)
        if m:
            if style == "md":
                return f"md{len(m.group('hashes'))}", m.group(0).strip(), None, line[m.end() :]
            num = m.group("num")
            return style, m.group(0).strip(), chinese_to_int(num), line[m.end() :]
    return None


def _is_cell(line: str) -> bool:
    """A short line that can be one cell of a flattened table (no sentence, no heading marker)."""
    return (
        0 < len(line) <= TABLE_CELL_MAX
        and "。" not in line
        and line.count("，") <= 1
        and "|" not in line
        and _match_marker(line) is None
        and APPENDIX.match(line) is None
    )


_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def _row_text_cell(lines: list[tuple[int, int, str]], j: int) -> bool:
    """A long cell of a one-cell-per-line table: one of the two lines right after a row's number, before a short cell
    (5 / 优化院前急救站点布局，购置负压救护车，提升… / 县卫生健康局、…、县市场监督管理局 / 2025年12月底前)."""
    text = lines[j][2]
    numbered = any(j - k >= 0 and _ROW_NUMBER.match(lines[j - k][2]) for k in (1, 2))
    too_long = len(text) > TABLE_CELL_MAX or text.count("，") > 1  # what keeps it from being a cell of its own
    return (0 < j < len(lines) - 1 and numbered and too_long and _is_cell(lines[j + 1][2])
            and "。" not in text.rstrip("。") and _match_marker(text) is None and "|" not in text
            and APPENDIX.match(text) is None)


_NUMERIC_CELL = re.compile(r"^[<>≤≥≈约]?\s*\d[\d.:：%％]*|^——$|^—$|^-$")


def _table_runs(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of lines forming flattened tables (pipe rows, or one cell per line)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i][2].count("|") >= 2:
            j = i
            while j < len(lines) and (lines[j][2].count("|") >= 1 or not lines[j][2]):
                j += 1
            while not lines[j - 1][2]:
                j -= 1
            start = i - 1 if i and _is_cell(lines[i - 1][2]) and "|" not in lines[i - 1][2] else i
            runs.append((start, j))
            i = j
            continue
        if _is_cell(lines[i][2]):
            j, cells = i, 0
            while j < len(lines) and (not lines[j][2] or _is_cell(lines[j][2]) or _row_text_cell(lines, j)):
                cells += bool(lines[j][2])
                j += 1
            while not lines[j - 1][2]:
                j -= 1
            numeric = sum(bool(_NUMERIC_CELL.match(lines[k][2])) for k in range(i, j))
            if cells >= TABLE_MIN_CELLS and numeric * 4 >= cells:
                runs.append((i, j))
            i = max(j, i + 1)
            continue
        i += 1
    return runs


def _appendix_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """Lines that open an appendix: standalone `附件N` lines, else `附件N：title` lines."""
    standalone = {i for i, (_, _, s) in enumerate(lines) if (m := APPENDIX.match(s)) and m.group("title") is None}
    if standalone:
        return standalone
    return {i for i, (_, _, s) in enumerate(lines) if APPENDIX.match(s)}


def parse_structure(norm: NormalisedText) -> tuple[Provision, ...]:
    """Parse the section tree of a normalised document."""
    text = norm.text
    lines = _lines(text)
    tables = _table_runs(lines)
    table_at = {a: b for a, b in tables}
    in_table = {k for a, b in tables for k in range(a, b)}
    appendix = _appendix_lines(lines)

    heads: list[_Heading] = []
    stack: list[_Open] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if i in table_at:
            j = table_at[i]
            caption = line if "|" not in line else ""
            heads.append(_Heading("table", "表", None, caption, start, lines[j - 1][1]))
            heads[-1].parent = stack[-1].index if stack else None
            heads[-1].depth = len(stack) + 1
            heads[-1].end = lines[j - 1][1]
            i = j
            continue
        if i in in_table or not line:
            i += 1
            continue
        found: tuple[str, str, int | None, str] | None
        if i in appendix:
            m = APPENDIX.match(line)
            assert m
            found = ("appendix", "附件" + m.group("num"), int(m.group("num") or 1), m.group("title") or "")
            if not found[3] and i + 1 < len(lines):
                nxt = next((s for _, _, s in lines[i + 1 :] if s), "")
                if _match_marker(nxt) is None and len(nxt) <= HEADING_MAX:
                    found = (found[0], found[1], found[2], nxt)
        else:
            found = _match_marker(line)
        if found is None:
            i += 1
            continue
        style, label, number, body = found
        rank = FIXED_RANK.get(style, 4 + int(style[2:]) if style.startswith("md") else None)
        if rank is not None:
            while (
                stack
                and FIXED_RANK.get(
                    stack[-1].style, 99 if not stack[-1].style.startswith("md") else 4 + int(stack[-1].style[2:])
                )
                >= rank
            ):
                stack.pop()
        elif any(o.style == style for o in stack):
            while stack[-1].style != style:
                stack.pop()
            stack.pop()
        h = _Heading(style, label, number, heading_text(body), start, end)
        h.parent = stack[-1].index if stack else None
        h.depth = len(stack) + 1
        heads.append(h)
        stack.append(_Open(style, start, len(heads) - 1))
        i += 1

    # Ends: a heading runs until the next heading at its depth or above (tables are leaves).
    for k, h in enumerate(heads):
        if h.style == "table":
            continue
        h.end = len(text)
        for later in heads[k + 1 :]:
            if later.style != "table" and later.depth <= h.depth:
                h.end = later.start
                break
        h.end = _trim(text, h.start, h.end)

    return _to_provisions(norm, heads)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _to_provisions(norm: NormalisedText, heads: list[_Heading]) -> tuple[Provision, ...]:
    text = norm.text
    first = heads[0].start if heads else len(text)
    pre_end = _trim(text, 0, first)
    provisions: list[Provision] = []
    rs, re_ = norm.raw_span(0, pre_end)
    provisions.append(Provision("0", "preamble", "", None, "", 0, pre_end, rs, re_, None, 0))
    paths: list[str] = []
    counts: dict[int | None, int] = {}
    for _k, h in enumerate(heads):
        counts[h.parent] = counts.get(h.parent, 0) + 1
        parent_path = paths[h.parent] if h.parent is not None else None
        path = f"{parent_path}.{counts[h.parent]}" if parent_path else str(counts[h.parent])
        paths.append(path)
        rs, re_ = norm.raw_span(h.start, h.end)
        provisions.append(
            Provision(path, h.style, h.label, h.number, h.heading, h.start, h.end, rs, re_, parent_path, h.depth)
        )
    return tuple(provisions)
