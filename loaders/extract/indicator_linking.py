"""Indicator wording → vocabulary concept, and the scope (institution type or population) of a share.

Linking tries the wording as written, then variants (filler words dropped, 数 added or removed), then the
longest indicator label inside the wording; shares of institutions with a department map to the generic
share indicator. Anything else stays unmapped (the writer mints a local concept), never dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.records import GAP

if TYPE_CHECKING:
    from loaders.vocabulary import Vocabulary

INDICATORS_TTL = Path(__file__).resolve().parents[2] / "ontology" / "vocab" / "indicators.ttl"
SHARE_WITH_DEPARTMENT = "https://w3id.org/policykg/vocab/indicator/share-of-institutions-with-department"

LEADING_FILLERS = re.compile(
    r"^(?:[，、；：（(]|其中|并且?|同时|力争|确保|基本|逐步|进一步|实现|使得?|要|均|原则上|全面|持续|稳步|将|在|"
    r"(?:全|我)(?:市|区|省|县|州|旗|国)(?![a-z])|各地)+"
)
NATURE = re.compile(r"(预期性|约束性)指标")
SHARE_WORDS = ("比例", "占比", "比重", "率", "覆盖")


def clean_wording(text: str) -> str:
    """Indicator wording without leading fillers (全市, 力争, 其中 …) and trailing 的预期性指标 etc."""
    text = text.strip(" ，、；：")
    prev = None
    while prev != text:
        prev = text
        text = LEADING_FILLERS.sub("", text, count=1)
        text = re.sub(r"^(?:到|至)?(?:19|20)\d{2}年(?:底|末)?(?:前|之前)?[，,]?", "", text)
        text = re.sub(r"^[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末)?[，,]?", "", text)
    text = re.sub(r"的?(?:预期性|约束性)指标值?$", "", text)
    text = re.sub(r"(?:达到|达|为|是)$", "", text)
    return text.strip(" ，、；：的")


def nature_of(text: str) -> str | None:
    """`expected` / `binding` when the wording says 预期性 / 约束性."""
    m = NATURE.search(text)
    if not m:
        return None
    return "expected" if m.group(1) == "预期性" else "binding"


def variants(wording: str) -> list[str]:
    """Wordings to try against the vocabulary labels, best first."""
    out = [wording]
    for w in list(out):
        if w.endswith("总数"):
            out += [w + "的比例", w + "比例"]
        if w.endswith("数量"):
            out.append(w[:-2] + "数")
        if w.endswith("数"):
            out.append(w[:-1])
        else:
            out.append(w + "数")
        out.append(re.sub(r"^每(千|万)人(?!口)", r"每\1人口", w))
        out.append(w.replace("拥有", ""))
    return list(dict.fromkeys(v for v in out if v))


_CACHE: dict[tuple[int, str], str | None] = {}


def _link(vocab: Vocabulary, wording: str) -> str | None:
    key = (id(vocab), wording)
    if key not in _CACHE:
        _CACHE[key] = _link_uncached(vocab, wording)
    return _CACHE[key]


def _link_uncached(vocab: Vocabulary, wording: str) -> str | None:
    for w in variants(wording):
        iri = vocab.lookup("indicator", w)
        if iri:
            return iri
    hits = vocab.find_all("indicator", wording)
    if hits:
        start, end, iri = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
        if end - start >= 4 or end - start == len(wording):
            return iri
    if any(s in wording for s in ("比例", "占比")) and vocab.find_all("department-type", wording) \
            and vocab.find_all("institution-type", wording):
        return SHARE_WITH_DEPARTMENT
    return None


def link_indicator(vocab: Vocabulary, wording: str) -> str | None:
    """The indicator concept of a wording, or None (unmapped)."""
    if not wording or GAP in wording:
        return None
    return _link(vocab, wording)


def find_scope(vocab: Vocabulary, wording: str, force: bool = False, population: bool = True) -> tuple[str, str | None]:
    """(scope wording, concept) of a share-like wording: the institution type (or population) it is of.

    `force` looks for a scope even without a share word (比例, 占比, 率, 覆盖)."""
    if not force and not any(s in wording for s in SHARE_WORDS):
        return "", None
    hits = vocab.find_all("institution-type", wording)
    if hits:
        start, end, iri = hits[0]
        return wording[start:end], iri
    hits = vocab.find_all("population", wording) if population else []
    if hits:
        start, end, iri = hits[0]
        return wording[start:end], iri
    return "", None


@lru_cache(maxsize=1)
def _indicator_units() -> dict[str, str]:
    from pyoxigraph import RdfFormat, parse

    from ontology.namespaces import ONTOLOGY

    unit = ONTOLOGY + "unit"
    if not INDICATORS_TTL.exists():
        return {}
    with INDICATORS_TTL.open("rb") as fh:
        return {t.subject.value: t.object.value.rsplit("/", 1)[-1]
                for t in parse(fh, format=RdfFormat.TURTLE) if t.predicate.value == unit}


def indicator_unit(iri: str | None) -> str | None:
    """The unit slug the vocabulary gives an indicator (pkg:unit), e.g. per-1000-population."""
    return _indicator_units().get(iri) if iri else None


def inherit(vocab: Vocabulary, wording: str, parent: str) -> tuple[str, str | None]:
    """An item of a 其中/、 list read with its head: 公立医院 + 每千人口…床位数 → 每千人口公立医院床位数."""
    m = re.match(r"^(每(?:10|十)?[千万]人口?(?:拥有)?)", parent)
    candidates = []
    if m:
        candidates += [m.group(1) + wording, m.group(1) + wording + "数", m.group(1) + wording + parent[m.end():]]
    candidates += [wording + parent[-k:] for k in range(2, len(parent))]
    for c in candidates:  # exact labels only: a scan would find the parent's own label inside c
        iri = next((i for v in variants(c) if (i := vocab.lookup("indicator", v))), None)
        if iri:
            return c, iri
    if m:
        return m.group(1) + wording, None
    return wording, None
