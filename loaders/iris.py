"""Deterministic, readable IRIs under a configurable base (pinyin slugs for Chinese names)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug: Chinese as toneless pinyin syllables, e.g. `市卫生健康局` → `shi-wei-sheng-jian-kang-ju`.

    Long slugs are cut and given a short hash so they stay unique and stable."""
    from pypinyin import Style, lazy_pinyin

    words = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: list(s))
    slug = _NON_SLUG.sub("-", "-".join(words).lower().replace("ü", "v")).strip("-") or "x"
    if len(slug) > max_length:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = slug[:max_length].rstrip("-") + "-" + digest
    return slug


def local_slug(wording: str) -> str:
    """`pinyin-slug-1a2b3c4d`: readable, and distinct for wordings that differ only in what a slug drops."""
    return f"{slugify(wording, 48)}-{hashlib.sha1(wording.encode('utf-8')).hexdigest()[:8]}"


@dataclass(frozen=True)
class IriMinter:
    """Mints every IRI of the data graph under one base."""

    base: str

    def document(self, doc_id: str) -> str:
        return f"{self.base}doc/{doc_id}"

    def graph(self, doc_id: str) -> str:
        return f"{self.base}graph/{doc_id}"

    def provision(self, doc_id: str, path: str) -> str:
        return f"{self.base}doc/{doc_id}/p/{path}"

    def fact(self, doc_id: str, kind: str, key: str) -> str:
        return f"{self.base}doc/{doc_id}/{kind}/{key}"

    def entity(self, kind: str, *parts: str) -> str:
        """Corpus-wide entities (agencies, institutions, programmes, external documents)."""
        return f"{self.base}{kind}/" + "/".join(slugify(p) if not p.isascii() else p for p in parts)

    def extractor(self, name: str, version: str) -> str:
        return f"{self.base}extractor/{name}/{version}"

    @property
    def build_graph(self) -> str:
        """Provenance of the build, and the statistics and facet counts computed at build time."""
        return f"{self.base}graph/build"

    @property
    def shared_graph(self) -> str:
        """Descriptions of entities many documents mention (agencies, institutions, programmes, local concepts),
        each written once."""
        return f"{self.base}graph/shared"

    @property
    def links_graph(self) -> str:
        """Links between documents (citations resolved against the corpus) and the cited works outside it."""
        return f"{self.base}graph/links"

    @property
    def ontology_graph(self) -> str:
        return f"{self.base}graph/ontology"

    @property
    def inferred_graph(self) -> str:
        return f"{self.base}graph/inferred"
