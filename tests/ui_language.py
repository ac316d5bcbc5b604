"""Language checks for served pages (shared by the page and browser tests): which text of a page is in the wrong
language for where it stands, and whether the redaction marker leaked.

A page in English may show Chinese only inside an element that says so (`lang="zh-Hans"` / `lang="zh-Hant"`); a
page in Chinese may show English words only inside `lang="en"` elements, code, preformatted text, or as the names
of formats and standards (ALLOWED_LATIN). A missing i18n key shows up here too (keys are English-like words
with dots in a Chinese page, and untranslated English in an English page's Chinese-free text is fine).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
ALLOWED_LATIN = {
    "policykg", "SPARQL", "CSV", "JSON", "JSON-LD", "Turtle", "N-Triples", "RDF", "XML", "IRI", "VoID", "PROV",
    "OWL", "SKOS", "YASGUI", "URL", "curl", "Ctrl", "English", "DDDs", "GB", "T", "ID", "zh", "hans", "hant", "en",
    "x", "pkg", "ELI", "ORG", "OA",
}
"""Latin words a Chinese page may show outside lang="en": format and standard names, the language switch."""
SKIP = {"script", "style", "code", "pre", "kbd", "samp", "svg", "datalist", "title", "textarea"}
"""Elements whose text is code, or not part of the page's content (the window title)."""
SKIP_CLASSES = {"iri", "var", "doctext"}
"""Elements holding an IRI, a variable name, or a document's own text (in the language its `lang` gives)."""
CODE_LIKE = re.compile(r"\S*[:/_#@=.]\S*[A-Za-z]\S*|\b[a-z]+[A-Z]\w*\b|\b[A-Z][a-z]+-[A-Z][a-z]+\b")
"""Prefixed names, paths, IRIs, camelCase terms and HTTP header names inside prose: code, not English."""
VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base", "embed", "param", "track"}


class _Walker(HTMLParser):
    def __init__(self, page_lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = [("", page_lang, False)]
        self.found: list[tuple[str, str]] = []
        self.path: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        lang = a.get("lang") or self.stack[-1][1]
        classes = set((a.get("class") or "").split())
        skip = self.stack[-1][2] or tag in SKIP or "hidden" in a or bool(classes & SKIP_CLASSES)
        for name in ("title", "aria-label", "placeholder", "alt"):
            if a.get(name) and not skip:
                self.check(a[name] or "", lang, f"{tag}@{name}")
        if tag not in VOID:
            self.stack.append((tag, lang, skip))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        _, lang, skip = self.stack[-1]
        if not skip and data.strip():
            self.check(data, lang, self.stack[-1][0])

    def check(self, text: str, lang: str, where: str) -> None:
        if lang.startswith("en") and HAN.search(text):
            self.found.append((where, text.strip()[:80]))
        elif lang.startswith("zh"):
            prose = CODE_LIKE.sub(" ", text)
            words = [w for w in LATIN_WORD.findall(prose) if w not in ALLOWED_LATIN and not w.isupper()]
            if words:
                self.found.append((where, text.strip()[:80]))


def wrong_language(html: str) -> list[tuple[str, str]]:
    """(element, text) of every text run in a language its element does not declare."""
    m = re.search(r'<html[^>]*\blang="([^"]+)"', html)
    walker = _Walker(m.group(1) if m else "en")
    walker.feed(html)
    return walker.found


def leaked_gap(html: str) -> bool:
    """True when the redaction marker (a private-use character) reached the page."""
    return "\ue000" in html
