"""Text as pages show it: redaction gaps as 〔略〕 (never the private-use marker), and the language of data strings
(`lang` attributes: Chinese inside English pages, traditional script as zh-Hant, English inside Chinese pages)."""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

GAP = "\ue000"
"""The normaliser's redaction marker (one private-use character per (略) or # placeholder): never served."""
GAP_TEXT = "〔略〕"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def no_gaps(text: str) -> str:
    """`text` with every redaction marker shown as 〔略〕."""
    return text.replace(GAP, GAP_TEXT) if GAP in text else text


def finalize(value: object) -> object:
    """Jinja's finalize hook: every `{{ … }}` of every template shows gaps as 〔略〕 (also inside attributes)."""
    if isinstance(value, str) and GAP in value:
        return value.replace(GAP, GAP_TEXT)
    return value


GAP_SPAN = Markup('<span class="gap" lang="zh-Hans">〔略〕</span>')


def gap_markup(text: str) -> Markup:
    """Escaped `text` with each gap as `<span class="gap">〔略〕</span>` (the reader's text)."""
    escaped = escape(text)
    if GAP not in text:
        return escaped
    return Markup(GAP_SPAN.join(escaped.split(GAP)))


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Han characters that exist only in traditional script (opencc t2s changes them), computed once."""
    import opencc

    block = "".join(chr(c) for c in range(0x4E00, 0xA000))
    simplified = opencc.OpenCC("t2s").convert(block)
    if len(simplified) != len(block):  # a phrase rule changed the length: compare one character at a time
        convert = opencc.OpenCC("t2s").convert
        return frozenset(c for c in block if convert(c) != c)
    return frozenset(a for a, b in zip(block, simplified, strict=True) if a != b)


def text_lang(text: str) -> str:
    """The language tag of a data string: zh-Hant, zh-Hans, en, or '' for neither (numbers, symbols)."""
    if HAN.search(text):
        trad = _traditional_only()
        return "zh-Hant" if any(c in trad for c in text) else "zh-Hans"
    return "en" if LATIN_WORD.search(text) else ""


def page_lang_tag(lang: str) -> str:
    return "zh-Hans" if lang == "zh" else "en"


def lang_attr(text: str, lang: str) -> Markup:
    """` lang="…"` when `text` is in another language than the page (`lang`: 'zh' or 'en'), else nothing."""
    tag = text_lang(text)
    if not tag or tag == page_lang_tag(lang):
        return Markup("")
    return Markup(' lang="{}"').format(tag)


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u00b7"
HAN_RUN = re.compile(rf"[{_CJK_PUNCT}]*[{_HAN}](?:[^A-Za-z]*[{_HAN}])?[{_CJK_PUNCT}]*")
"""A run of Chinese: from a Han character to the last one before any Latin letter (numbers and punctuation in
between belong to it: 中府函〔2023〕225号), with the CJK punctuation around it."""
ENGLISH_RUN = re.compile(r"[A-Za-z]*[a-z][A-Za-z'’-]*(?:[ ,;:()/&+-]+[A-Za-z]*[a-z][A-Za-z'’-]*)*")
"""A run of English words (at least one lower-case letter: acronyms and Roman numerals inside Chinese stay as they
are, the way the source writes them)."""


def in_lang(text: object, lang: str) -> Markup:
    """`text`, escaped, with each run in the other language wrapped in `<span lang=…>`: Chinese runs inside an
    English page (zh-Hant when traditional), English runs inside a Chinese page. Gaps show as 〔略〕."""
    if text is None or text == "":
        return Markup("")
    if GAP in str(text):
        return GAP_SPAN.join(in_lang(piece, lang) for piece in str(text).split(GAP))
    s = str(text)
    pattern = HAN_RUN if lang == "en" else ENGLISH_RUN
    out: list[Markup] = []
    last = 0
    for m in pattern.finditer(s):
        if m.start() > last:
            out.append(escape(s[last:m.start()]))
        run = m.group(0)
        tag = text_lang(run) if lang == "en" else "en"
        out.append(Markup('<span lang="{}">{}</span>').format(tag, run))
        last = m.end()
    out.append(escape(s[last:]))
    return Markup("").join(out)
