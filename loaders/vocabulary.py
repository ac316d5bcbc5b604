"""SKOS vocabularies (ontology/vocab/*.ttl) as a label index for the extractors.

`Vocabulary.load()` parses every scheme once per process (pyoxigraph) and indexes each concept's prefLabel,
altLabel and hiddenLabel under a *match key*: NFKC (full-width → ASCII, Ⅲ → III), OpenCC t2s, parentheses
unified, spaces dropped, ASCII lower-cased. Lookups and scans use the same key, so 每千人口执业(助理)医师数,
每千人口执業（助理）醫師數 and 每千人口执业（助理）医师数 all find one indicator.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.iris import local_slug
from ontology.namespaces import ONTOLOGY, SKOS, VOCAB

log = logging.getLogger(__name__)

ROAD = re.compile(r"路|大道|大街|巷|弄")
"""What makes a division's name part of a street's (临汾路街道, 延安路): no division there."""
LOCAL_DIVISION = re.compile(r"(?![全我本各该每其此])(?![省市县区乡镇旗盟州]+$)[\u4e00-\u9fff]{1,8}?"
                            r"(?:自治州|自治县|自治旗|新区|市|县|区|旗|盟|州)")
"""The name of a division the vocabulary lacks (a new district, a renamed city): a few characters and a level
word; not a word for 'this / every place' (全市, 我县, 各区) nor levels alone (市县)."""
VOCAB_DIR = Path(__file__).resolve().parent.parent / "ontology" / "vocab"

PREF, ALT, HIDDEN = 0, 1, 2
"""Label kinds, in order of preference when one key names several concepts."""

_PAREN = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")",
                        "﹙": "(", "﹚": ")"})
_DROP = {" ", "\t", "\n", "\r", "\u3000", "\xa0"}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_CHAR_KEYS: dict[str, str] = {}
"""Memo of `_char_key` per character (a text has a few thousand distinct characters at most)."""


def _char_key(ch: str) -> str:
    key = _CHAR_KEYS.get(ch)
    if key is None:
        key = "" if ch in _DROP else unicodedata.normalize("NFKC", ch).translate(_PAREN).lower().replace(" ", "")
        _CHAR_KEYS[ch] = key
    return key


def match_key(text: str) -> str:
    """The normalised form labels and texts are compared in."""
    folded = "".join(_char_key(ch) for ch in text)
    return _t2s().convert(folded)


CACHED_TEXT = 2048
"""Texts up to this length (sentences, clauses) are keyed once and cached: extractors scan the same sentences against
several schemes. Longer texts (whole documents) are kept only for the last `CACHED_DOCUMENTS` asked for: the
extractors of one document scan its whole text some eighty times, and a bounded cache keeps a worker's memory
independent of how many documents it extracts (each entry holds two offset lists per character)."""
CACHED_DOCUMENTS = 2


def _keyed_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """match_key(text) plus, per key character, the start and end offset in `text`."""
    return _keyed_cached(text) if len(text) <= CACHED_TEXT else _keyed_document(text)


@lru_cache(maxsize=4096)
def _keyed_cached(text: str) -> tuple[str, list[int], list[int]]:
    return _keyed(text)


@lru_cache(maxsize=CACHED_DOCUMENTS)
def _keyed_document(text: str) -> tuple[str, list[int], list[int]]:
    return _keyed(text)


def _keyed(text: str) -> tuple[str, list[int], list[int]]:
    keys = [_char_key(ch) for ch in text]
    if all(len(k) <= 1 for k in keys):  # the common case: each character keeps or loses itself
        starts = [i for i, k in enumerate(keys) if k]
        folded = "".join(keys)
        ends = [i + 1 for i in starts]
    else:
        chars: list[str] = []
        starts, ends = [], []
        for i, key in enumerate(keys):
            for k in key:
                chars.append(k)
                starts.append(i)
                ends.append(i + 1)
        folded = "".join(chars)
    converted = _t2s().convert(folded)
    if len(converted) != len(folded):  # phrase conversion changed the length: convert char by char instead
        converted = "".join(_t2s().convert(c) if len(_t2s().convert(c)) == 1 else c for c in folded)
    return converted, starts, ends


NATION_NAME, NATION_CODE = "中华人民共和国", "100000"
"""The nation's name and division code in the jurisdiction vocabulary (loaders/jurisdiction_vocab.py writes it)."""


def scheme_iri(scheme: str) -> str:
    """`indicator` → https://w3id.org/policykg/vocab/indicator (full IRIs pass through)."""
    return scheme if scheme.startswith(("http://", "https://")) else VOCAB + scheme.strip("/")


@dataclass
class _SchemeIndex:
    by_key: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    scan_keys: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    lengths_by_first: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    _desc: dict[str, tuple[int, ...]] | None = None

    def lengths_desc(self) -> dict[str, tuple[int, ...]]:
        """First key character → label lengths, longest first (computed once)."""
        if self._desc is None:
            self._desc = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in self.lengths_by_first.items()}
        return self._desc

    def add(self, key: str, kind: int, depth: int, iri: str, scannable: bool = True) -> None:
        for table in (self.by_key, self.scan_keys) if scannable else (self.by_key,):
            entries = table[key]
            if (kind, depth, iri) not in entries:
                entries.append((kind, depth, iri))
                entries.sort()
        if scannable:
            self.lengths_by_first[key[0]].add(len(key))


@dataclass
class Vocabulary:
    """Label index over all SKOS schemes; build with `Vocabulary.load()`."""

    schemes: dict[str, _SchemeIndex]
    pref_labels: dict[str, dict[str, str]]
    parents: dict[str, str]
    concept_scheme: dict[str, str]
    levels: dict[str, str] = field(default_factory=dict)
    """jurisdiction → its level concept (pkg:level)"""

    @classmethod
    def load(cls, vocab_dir: Path = VOCAB_DIR) -> Vocabulary:
        """The vocabulary of `vocab_dir`, parsed once per process."""
        return _load(vocab_dir.resolve())

    # --- lookups ------------------------------------------------------------------------------------

    def lookup(self, scheme: str, text: str) -> str | None:
        """The concept of `scheme` whose label equals `text` after normalisation (prefLabel wins)."""
        index = self.schemes.get(scheme_iri(scheme))
        key = match_key(text)
        if index is None or not key:
            return None
        entries = index.by_key.get(key)
        return entries[0][2] if entries else None

    def candidates(self, scheme: str, text: str) -> list[str]:
        """Every concept of `scheme` with a label equal to `text`, best first."""
        index = self.schemes.get(scheme_iri(scheme))
        if index is None:
            return []
        return [iri for _, _, iri in index.by_key.get(match_key(text), [])]

    def find_all(self, scheme: str, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping label matches in `text`, leftmost-longest: (start, end, concept IRI) with offsets
        into `text` itself.

        County-level jurisdictions are found by full name (or 省市县 path) of three or more characters only:
        their short forms (蛟河) and two-character names (高县, in 提高县级医院) are too often ordinary words;
        `lookup` and `jurisdiction_by_name` still accept them."""
        index = self.schemes.get(scheme_iri(scheme))
        if index is None or not text:
            return []
        keyed, starts, ends = _keyed_with_offsets(text)
        found: list[tuple[int, int, str]] = []
        by_first = index.lengths_desc()
        scan = index.scan_keys
        size = len(keyed)
        places = scheme == "jurisdiction"
        i = 0
        while i < size:
            lengths = by_first.get(keyed[i])
            step = 1
            if lengths:
                for n in lengths:
                    if i + n <= size:
                        entries = scan.get(keyed[i:i + n])
                        if entries and not (places and ROAD.match(text, ends[i + n - 1])):
                            found.append((starts[i], ends[i + n - 1], entries[0][2]))
                            step = n
                            break
            i += step
        return found

    def labels(self, iri: str) -> dict[str, str]:
        """prefLabels by language tag (zh-Hans, zh-Hant, en)."""
        return dict(self.pref_labels.get(iri, {}))

    def parent(self, iri: str) -> str | None:
        """The parent concept: pkg:within for jurisdictions, else the first skos:broader."""
        return self.parents.get(iri)

    def level(self, iri: str) -> str:
        """The jurisdiction's level concept (jl:prefecture-level-city …), or ''."""
        return self.levels.get(iri, "")

    def tier(self, iri: str) -> str:
        """The jurisdiction's tier: jl:provincial-level, jl:prefectural-level or jl:county-level (or its level)."""
        level = self.levels.get(iri, "")
        return self.parents.get(level, level) if level else ""

    def ancestors(self, iri: str) -> list[str]:
        """Parents up to the root, nearest first."""
        out: list[str] = []
        node = self.parents.get(iri)
        while node and node not in out:
            out.append(node)
            node = self.parents.get(node)
        return out

    def nation(self) -> str | None:
        """The jurisdiction concept of the nation (the root of the division tree)."""
        return self.jurisdiction_by_name(NATION_NAME)

    def jurisdiction_by_name(self, name: str, within: str | None = None) -> str | None:
        """The jurisdiction named `name` (full name, short form such as 中山, or 省市县 path).

        Ties (吉林 = 吉林省 and 吉林市) go to the exact full name, then the higher level; `within` (an ancestor
        IRI) restricts the candidates, e.g. 朝阳区 within 北京市."""
        found = self.candidates("jurisdiction", name)
        if not found:  # a path of names: 武汉市江汉区 → 江汉区 within 武汉市
            parts = self.find_all("jurisdiction", name)
            if len(parts) > 1 and parts[0][0] == 0 and parts[-1][1] == len(name):
                outer = self.jurisdiction_by_name(name[parts[0][0]:parts[0][1]], within)
                inner = name[parts[-1][0]:parts[-1][1]]
                found = [iri for iri in self.candidates("jurisdiction", inner)
                         if outer and (outer in self.ancestors(iri))] or found
        if within:
            found = [iri for iri in found if within in self.ancestors(iri) or iri == within]
        return found[0] if found else None

    def place(self, name: str) -> tuple[str, str, str] | None:
        """(IRI, name, parent) of the jurisdiction a document names: the vocabulary's (parent ''), or for a division
        it lacks, written alone or after the division it lies in (山东省沂州市), a local jurisdiction whose IRI is a
        function of the whole name (`…/jurisdiction/local-<slug>`), with that division as parent."""
        if not name:
            return None
        iri = self.jurisdiction_by_name(name)
        if iri:
            return iri, self.labels(iri).get("zh-Hans", name), ""
        parent, rest = "", name
        if end := self.divisions_end(name):
            parent, rest = self.jurisdiction_by_name(name[:end]) or "", name[end:]
        if not LOCAL_DIVISION.fullmatch(rest):
            return None
        return local_jurisdiction_iri(name), rest, parent

    def divisions_end(self, text: str) -> int:
        """Where the run of division names opening `text` ends (山东省沂州市 → 3; 昆山市周市镇人民政府 → 3), 0 when
        it opens with none."""
        end = 0
        for start, stop, _ in self.find_all("jurisdiction", text):
            if start != end:
                break
            end = stop
        return end

    def concepts(self, scheme: str) -> list[str]:
        """All concept IRIs of a scheme, sorted."""
        target = scheme_iri(scheme)
        return sorted(iri for iri, s in self.concept_scheme.items() if s == target)


def local_jurisdiction_iri(name: str) -> str:
    """The IRI of a division the vocabulary lacks, a function of its whole name (山东省沂州市, 昆山市周市镇)."""
    return f"{VOCAB}jurisdiction/local-{local_slug(name)}"


def canonical_language(tag: str) -> str:
    """BCP 47 casing (zh-hans → zh-Hans, en-gb → en-GB): pyoxigraph hands language tags over in lower case."""
    parts = tag.split("-")
    return "-".join([parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() if len(p) == 2 else p
                                          for p in parts[1:]])


@lru_cache(maxsize=4)
def _load(vocab_dir: Path) -> Vocabulary:
    from pyoxigraph import Literal, RdfFormat, parse

    by_predicate: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for path in sorted(vocab_dir.glob("*.ttl")):
        with path.open("rb") as fh:
            for t in parse(fh, format=RdfFormat.TURTLE):
                obj = t.object if isinstance(t.object, Literal) else t.object.value
                by_predicate[t.predicate.value].append((t.subject.value, obj))

    def pairs(prop: str) -> list[tuple[str, object]]:
        return by_predicate.get(prop, [])

    concept_scheme = {c: str(s) for c, s in pairs(SKOS + "inScheme")}
    parents: dict[str, str] = {}
    for c, p in sorted((c, str(p)) for c, p in pairs(SKOS + "broader")):
        parents.setdefault(c, p)
    for c, p in pairs(ONTOLOGY + "within"):
        parents[c] = str(p)

    def depth(iri: str) -> int:
        n, node, seen = 0, parents.get(iri), set()
        while node and node not in seen:
            seen.add(node)
            n, node = n + 1, parents.get(node)
        return n

    levels = {c: str(lv) for c, lv in pairs(ONTOLOGY + "level")}
    county_levels = {VOCAB + "jurisdiction-level/county-level", VOCAB + "jurisdiction-level/township"}
    county_levels |= {lv for lv, tier in pairs(SKOS + "broader") if str(tier) in county_levels}
    county_like = {c for c, lv in levels.items() if lv in county_levels}

    pref_labels: dict[str, dict[str, str]] = defaultdict(dict)
    schemes: dict[str, _SchemeIndex] = defaultdict(_SchemeIndex)
    depths: dict[str, int] = {}
    for kind, prop in ((PREF, "prefLabel"), (ALT, "altLabel"), (HIDDEN, "hiddenLabel")):
        for iri, label in sorted(pairs(SKOS + prop), key=lambda pair: (pair[0], str(pair[1]))):
            scheme = concept_scheme.get(iri)
            if scheme is None or not isinstance(label, Literal):
                continue
            if kind == PREF:
                pref_labels[iri][canonical_language(label.language or "")] = label.value
            key = match_key(label.value)
            if key:
                if iri not in depths:
                    depths[iri] = depth(iri)
                scannable = not (iri in county_like and (kind == ALT or len(key) <= 2))
                schemes[scheme].add(key, kind, depths[iri], iri, scannable)
    log.debug("vocabulary: %d concepts in %d schemes", len(concept_scheme), len(schemes))
    return Vocabulary(dict(schemes), dict(pref_labels), parents, concept_scheme, levels)
