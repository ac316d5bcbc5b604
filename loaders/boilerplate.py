"""Web-portal furniture around a document's text: breadcrumbs, metadata blocks, "related reading" links, print and
close buttons, site footers. Such lines are recognised by what portals print (the field names of the government
information disclosure catalogue, navigation arrows, button labels), not by their position; the metadata fields
are read from them (loaders.corpus.infer_metadata) before they are left out of the text the extractors and the
reader see. The raw file keeps them, and offsets into it stay exact.
"""

from __future__ import annotations

import re
from functools import lru_cache

FIELD_NAMES = ("索引号", "分类", "主题分类", "组配分类", "体裁分类", "发文机关", "发布机构", "成文日期", "发布日期",
               "印发日期", "生效日期", "标题", "名称", "发文字号", "文号", "信息来源", "来源", "有效性", "主题词",
               "关键词", "公开方式", "公开范围", "公开时限", "浏览次数", "点击数", "访问量", "字号",
               "所属机构", "信息类别", "产生日期", "废止日期", "文件编号")
"""Fields of the disclosure catalogue block portals print above a document (simplified script)."""

SHARED_FIELD_NAMES = ("责任部门",)
"""Catalogue fields that plans also write in their own text (责任部门：县卫生健康局 after a task): such a line is
furniture only beside another furniture line, inside a catalogue block."""

BUTTONS = ("打印本页", "关闭窗口", "【打印】", "【关闭】", "【打印本页】", "【关闭窗口】", "扫一扫", "分享到",
           "保存本页", "收藏本页", "返回顶部", "字体：大中小", "字体:大中小", "【字体：大 中 小】",
           "【大】【中】【小】", "打印 关闭", "微信二维码", "手机版二维码")
"""Buttons and widgets of a page."""


@lru_cache(maxsize=1)
def _shared_field() -> re.Pattern[str]:
    names = "|".join(r"\s*".join(map(re.escape, name)) for name in SHARED_FIELD_NAMES)
    return re.compile(rf"^\s*(?:{names})\s*[：:]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    field = "|".join(r"\s*".join(map(re.escape, name)) for name in sorted(FIELD_NAMES, key=len, reverse=True))
    return (
        # breadcrumbs: 您现在的位置 / 当前位置 …, or a path of two or more `>` / `»` / `>>` separated parts
        re.compile(r"^\s*(?:您现在的位置|您当前的位置|您所在的位置|当前位置|所在位置|现在位置)\s*[：:]"),
        re.compile(r"[\u4e00-\u9fff]{2,}\s*(?:>>?|»|＞)\s*[\u4e00-\u9fff]{2,}[^。；，]{0,40}?(?:>>?|»|＞)\s*"
                   r"[\u4e00-\u9fff]{2,}"),
        re.compile(r"^[^。；，]{0,30}?(?:首页|主页)\s*(?:>>?|»|＞)\s*[\u4e00-\u9fff]"),
        # a metadata line: it starts with a catalogue field name and a colon
        re.compile(rf"^\s*(?:{field})\s*[：:]"),
        # related reading, interpretations
        re.compile(r"^\s*(?:相关解读|政策解读|相关链接|相关文件|相关阅读|解读文章|图文解读)\s*[：:]"),
        re.compile(r"^\s*【(?:图解|文字解读|图片解读|视频解读|政策解读|解读)】"),
        # site footer
        re.compile(r"(?:ICP备|网站标识码|主办单位[：:]|承办单位[：:]|版权所有|技术支持[：:])"),
        re.compile(r"^\s*(?:新媒体|微信|微博|手机版)(?:\s+(?:微信|微博|手机版|二维码|微信二维码|手机版二维码))*\s*$"),
    )


def _simplified(line: str) -> str:
    from loaders.vocabulary import _t2s

    return _t2s().convert(line)


def is_furniture(line: str) -> bool:
    """True for a line a portal prints around a document (never for a line of the document's own text)."""
    text = _simplified(line.strip())
    if not text:
        return False
    if any(b in text.replace(" ", "") for b in (b.replace(" ", "") for b in BUTTONS)) and len(text) <= 40:
        return True
    return any(p.search(text) for p in _patterns())


def furniture_lines(raw: str) -> list[tuple[int, int]]:
    """Raw (start, end) spans of the furniture lines of a text, newline included."""
    lines = raw.split("\n")
    flags = [is_furniture(line) for line in lines]
    content = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(content):
        if not flags[i] and _shared_field().search(_simplified(lines[i].strip())):
            flags[i] = any(0 <= j < len(content) and flags[content[j]] for j in (k - 1, k + 1))
    out = []
    pos = 0
    for line, flag in zip(lines, flags, strict=True):
        end = pos + len(line) + 1
        if flag:
            out.append((pos, min(end, len(raw))))
        pos = end
    return out
