"""The search index: every label in simplified script, pinyin (with and without tones) and English, plus facets.

Built once per store generation from the store's labels (`ui-labels`) and facet values (`ui-search-facets`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ontology.namespaces import ONTOLOGY, RDF, SKOS
from web.pages.data import LabelIndex, jurisdiction_tree, rows

FACETS = ("kind", "level", "province", "year", "status", "issuer", "topic")
_HAN = re.compile(r"[\u3400-\u9fff]")
_DROP = re.compile(r"[\s\u3000·•,，.。;；:：'\"“”‘’()（）〔〕\[\]【】《》<>〈〉\-—_/、]+")


@lru_cache(maxsize=1)
def _converter():  # opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional → simplified, full-width → ASCII, lower case, spaces and punctuation dropped."""
    text = unicodedata.normalize("NFKC", _converter().convert(text)).lower()
    return _DROP.sub("", text)


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> tuple[str, ...]:
    """Pinyin of a Chinese label without tones, with tone marks and with tone numbers (each joined)."""
    from pypinyin import Style, lazy_pinyin

    if not _HAN.search(text):
        return ()
    numbered = _DROP.sub("", "".join(lazy_pinyin(text, style=Style.TONE3, errors="ignore")).lower())
    marked = _DROP.sub("", "".join(lazy_pinyin(text, style=Style.TONE, errors="ignore")).lower())
    plain = re.sub(r"[0-9]", "", numbered)
    return tuple(k for k in (plain, marked, numbered) if k)


def query_keys(q: str) -> tuple[str, ...]:
    """What a query is compared with: simplified form, and the same with tone marks folded to plain letters."""
    simple = simplify(q)
    folded = "".join(c for c in unicodedata.normalize("NFD", simple) if unicodedata.category(c) != "Mn")
    return tuple(dict.fromkeys(k for k in (simple, folded) if k))


@dataclass(frozen=True)
class Entry:
    iri: str
    text: str
    lang: str
    kind: str
    keys: tuple[str, ...]


@dataclass
class Item:
    """A document or target that facets narrow down."""

    iri: str
    kind: str
    doc: str
    facets: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class SearchIndex:
    entries: list[Entry]
    numbers: dict[str, list[str]]
    """simplified 文号 → IRIs (exact lookup)"""
    items: list[Item]


def build_search_index(index: LabelIndex) -> SearchIndex:
    entries: list[Entry] = []
    numbers: dict[str, list[str]] = {}
    for iri, texts in index.texts.items():
        for text, lang, kind in texts:
            keys = (simplify(text), *pinyin_keys(text))
            entries.append(Entry(iri, text, lang, kind, tuple(dict.fromkeys(k for k in keys if k))))
            if kind == "number":
                numbers.setdefault(simplify(text), []).append(iri)
    return SearchIndex(entries, numbers, facet_items())


def facet_items() -> list[Item]:
    tree = {r["jurisdiction"]: r["parent"] for r in jurisdiction_tree()}
    items: dict[str, Item] = {}
    for r in rows("ui-search-facets"):
        item = items.setdefault(r["item"], Item(r["item"], r["kind"], r["doc"]))
        year = r["year"] or r["date"][:4]
        province = _province(r["jurisdiction"], tree) if r["jurisdiction"] else ""
        status = r["status"].removeprefix(ONTOLOGY).lower()
        for name, value in (("kind", r["kind"]), ("level", r["level"]), ("province", province), ("year", year),
                            ("status", status), ("issuer", r["issuer"]), ("topic", r["topic"])):
            if value:
                item.facets.setdefault(name, set()).add(value)
    return list(items.values())


def _province(j: str, parent: dict[str, str]) -> str:
    """The ancestor just below the root of the division tree (the province), or the jurisdiction itself."""
    chain = [j]
    while parent.get(chain[-1]) and parent[chain[-1]] not in chain:
        chain.append(parent[chain[-1]])
    return chain[-2] if len(chain) >= 2 else chain[-1]


@dataclass(frozen=True)
class Hit:
    iri: str
    text: str
    matched: str
    score: float
    types: tuple[str, ...]


def search(idx: SearchIndex, index: LabelIndex, q: str, limit: int = 200) -> tuple[list[str], list[Hit]]:
    """(exact 文号 matches, label hits best first; one hit per IRI)."""
    keys = query_keys(q)
    if not keys:
        return [], []
    exact = idx.numbers.get(keys[0], [])
    best: dict[str, Hit] = {}
    for e in idx.entries:
        score = 0.0
        for k in keys:
            for i, key in enumerate(e.keys):
                if k == key:
                    score = max(score, 3.0 - 0.1 * i)
                elif key.startswith(k):
                    score = max(score, 2.0 - 0.1 * i)
                elif k in key:
                    score = max(score, 1.0 - 0.1 * i)
        if not score:
            continue
        score += 0.5 if e.kind == "pref" else 0.0
        score -= min(len(e.text), 60) / 600
        if e.iri not in best or score > best[e.iri].score:
            types = tuple(sorted(index.types.get(e.iri, ()) - {SKOS + "Concept", RDF + "Property"}))
            best[e.iri] = Hit(e.iri, index.label(e.iri) or e.text, e.text, score, types)
    hits = sorted(best.values(), key=lambda h: (-h.score, h.text))[:limit]
    return exact, hits
