"""Deterministic synthetic corpus for scale benchmarks: N distinct policy documents made from the five seeds.

`python -m benchmarks.synthetic_corpus N OUT_DIR [--seed S]` writes N text files and a `manifest.toml` in the
corpus format (data/corpus/manifest.toml, without `sources`; `seed` names the corpus document copied).

Document i is a copy of seed i mod 5 (manifest order), so the mix of sizes and styles is the same at every N,
and document i is the same for every N >= i + 1. In each copy:

* the jurisdiction is replaced by another division of the same level from another province (provincial-level
  seeds: the 31 mainland provinces, autonomous regions and municipalities; prefecture-level cities: the other
  prefecture-level cities; the county-level seed: county-level cities first, then counties and banners, each
  under a prefecture-level unit of a province). When a level runs out, the same jurisdictions come back with
  all years shifted by +1, -1, +2, -2 ... so (jurisdiction, year) pairs stay distinct across the whole output;
  the seeds' own (jurisdiction, year) pairs are never produced, nor jurisdictions (or parents) a seed text
  already names as third parties (北京 in the Inner Mongolia plan, 三明 in the Zhongshan plan);
* every mention of the jurisdiction, its parents (prefecture, province) and their short forms is rewritten, in
  simplified and traditional script (traditional forms from opencc s2t; inline pinyin like 廣(guǎng) tolerated),
  so agencies (湘潭市卫生健康委员会) and slogans (健康湘潭) follow; document-number abbreviations of the
  replaced province (粤发〔2023〕1号) and the seed's own document number (中府函〔…〕) follow too;
* quantities (a number followed by %, ‰, 张, 人, 名, 个, 家, 所, 岁, 元, 万, 亿, 天 or alone in a table cell) are
  multiplied by a factor in [0.9, 1.1] derived from (seed, document index, character offset) and printed with
  the same decimals (percentages of at most 100 stay at most 100); years, provision numbers, document numbers
  and dates only get the document's year shift.

Output is byte-identical for the same (N, seed) on any machine: no Python hash order, no random module, floats
formatted by the correctly rounded `format`.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import logging
import re
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import opencc
import pyoxigraph as ox
from pypinyin import Style, lazy_pinyin
from tqdm import tqdm

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
VOCAB = ROOT / "ontology" / "vocab" / "jurisdictions.ttl"

PROVINCIAL = ("province", "autonomous-region", "municipality")
PROVINCE_PARENTS = ("province", "autonomous-region")
PREFECTURE_CITY = ("prefecture-level-city",)
PREFECTURE_LIKE = ("prefecture-level-city", "autonomous-prefecture", "prefecture", "league")
# County-level kinds that are divisions of their own (districts are parts of cities); the rank orders the pool:
# county-level cities (like the seed 蛟河市, whose text says 我市/全市) come first.
COUNTY_RANK = {"county-level-city": 0, "county": 1, "autonomous-county": 1, "banner": 1, "autonomous-banner": 1}
EXCLUDED_PROVINCES = ("710000", "810000", "820000")  # Taiwan, Hong Kong, Macao: no mainland policy documents

PROVINCE_ABBR = {
    "110000": "京", "120000": "津", "130000": "冀", "140000": "晋", "150000": "蒙", "210000": "辽", "220000": "吉",
    "230000": "黑", "310000": "沪", "320000": "苏", "330000": "浙", "340000": "皖", "350000": "闽", "360000": "赣",
    "370000": "鲁", "410000": "豫", "420000": "鄂", "430000": "湘", "440000": "粤", "450000": "桂", "460000": "琼",
    "500000": "渝", "510000": "川", "520000": "黔", "530000": "云", "540000": "藏", "610000": "陕", "620000": "甘",
    "630000": "青", "640000": "宁", "650000": "新",
}

UNITS = "%％‰张張人名个個家所岁歲元万萬亿億天"
NOISE = r"(?:\([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,8}\))?"
_NOISE_RE = re.compile(NOISE.removesuffix("?"))
_NUMBER = r"(?<![\d.])\d+(?:\.\d+)?"
_CELL_LINE = re.compile(r"[≥≤<>＞＜约~～\s]*\d+(?:\.\d+)?\s*(?:%|％|‰|左右|以上|以下|以内|万|亿)?\s*")
_YEAR_HEADERS = ("年份", "年度", "时间", "年", "年度/年份")
_ID = re.compile(r"^(?P<place>.+?)-(?P<year>\d{4}|undated)-(?P<subject>.+)$")
_YEAR_IN_SLUG = re.compile(r"(?<![0-9])(?:19|20)\d{2}(?![0-9])")
_EN_KIND = {"City", "Province", "Autonomous", "Municipality", "County", "Banner", "District", "League",
            "Prefecture", "Region", "Special", "Administrative", "Zhuang", "Hui", "Uygur"}
_MASK = (1 << 64) - 1

_S2T = opencc.OpenCC("s2t")


@cache
def s2t(text: str) -> str:
    """Traditional-script form (opencc s2t), cached: names are converted many times."""
    return _S2T.convert(text)


# --------------------------------------------------------------------------------------------- divisions


@dataclass(frozen=True)
class Division:
    """One administrative division of ontology/vocab/jurisdictions.ttl."""

    code: str
    name: str
    short: str
    en: str
    level: str
    parent: str | None

    @property
    def en_stem(self) -> str:
        words = []
        for word in self.en.split():
            if word in _EN_KIND:
                break
            words.append(word)
        return " ".join(words)


def load_divisions(path: Path = VOCAB) -> dict[str, Division]:
    """Divisions by code: zh-Hans name and short form (first altLabel, else the name), English label, level."""
    store = ox.Store()
    with path.open("rb") as fh:
        store.bulk_load(fh, ox.RdfFormat.TURTLE)
    query = """
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX pkg: <https://w3id.org/policykg/ontology#>
    SELECT ?c ?name ?level ?parent (MIN(?alt) AS ?short) (MIN(?label_en) AS ?en) WHERE {
      ?c skos:prefLabel ?name ; pkg:level ?level . FILTER(LCASE(LANG(?name)) = "zh-hans")
      OPTIONAL { ?c pkg:within ?parent }
      OPTIONAL { ?c skos:altLabel ?alt FILTER(LCASE(LANG(?alt)) = "zh-hans") }
      OPTIONAL { ?c skos:prefLabel ?label_en FILTER(LANG(?label_en) = "en") }
    } GROUP BY ?c ?name ?level ?parent"""
    divisions = {}
    for row in store.query(query):
        code = row["c"].value.rsplit("/", 1)[1]
        parent = row["parent"].value.rsplit("/", 1)[1] if row["parent"] is not None else None
        name = row["name"].value
        short = row["short"].value if row["short"] is not None else name
        en = row["en"].value if row["en"] is not None else ""
        divisions[code] = Division(code, name, short, en, row["level"].value.rsplit("/", 1)[1], parent)
    log.info("%d divisions read from %s", len(divisions), path.name)
    return divisions


def _chain(div: Division, divisions: dict[str, Division]) -> tuple[Division, ...]:
    """The division and its parents up to the provincial level."""
    chain = [div]
    while chain[-1].level not in PROVINCIAL and chain[-1].parent in divisions:
        chain.append(divisions[chain[-1].parent])
    return tuple(chain)


def _level_class(level: str) -> str:
    if level in PROVINCIAL:
        return "provincial"
    if level in PREFECTURE_CITY:
        return "prefecture"
    if level in COUNTY_RANK:
        return "county"
    raise ValueError(f"no synthetic pool for seeds of level {level!r}")


def _pools(divisions: dict[str, Division]) -> dict[str, list[tuple[Division, ...]]]:
    """Candidate chains (self, parents…, province) per level class, unordered (sorted by code)."""
    pools: dict[str, list[tuple[Division, ...]]] = {"provincial": [], "prefecture": [], "county": []}
    for code in sorted(divisions):
        div = divisions[code]
        chain = _chain(div, divisions)
        if chain[-1].code in EXCLUDED_PROVINCES or chain[-1].level not in PROVINCIAL:
            continue
        levels = tuple(d.level for d in chain)
        if div.level in PROVINCIAL and len(chain) == 1:
            pools["provincial"].append(chain)
        elif div.level in PREFECTURE_CITY and len(chain) == 2 and levels[1] in PROVINCE_PARENTS:
            pools["prefecture"].append(chain)
        elif (div.level in COUNTY_RANK and len(chain) == 3 and levels[1] in PREFECTURE_LIKE
              and levels[2] in PROVINCE_PARENTS):
            pools["county"].append(chain)
    return pools


def _slugs(divisions: list[Division]) -> dict[str, str]:
    """Pinyin slugs of the short names, unique over `divisions` (kind suffix, then code, on collisions)."""
    def pinyin(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(text, style=Style.NORMAL)).lower())

    base = {d.code: pinyin(d.short) or d.code for d in divisions}
    counts: dict[str, int] = {}
    for slug in base.values():
        counts[slug] = counts.get(slug, 0) + 1
    second = {}
    for d in divisions:
        slug = base[d.code]
        if counts[slug] > 1:
            suffix = d.name[len(d.short):] if d.name.startswith(d.short) else d.name
            slug = f"{slug}-{pinyin(suffix)}" if pinyin(suffix) else slug
        second[d.code] = slug
    counts = {}
    for slug in second.values():
        counts[slug] = counts.get(slug, 0) + 1
    return {code: slug if counts[slug] == 1 else f"{slug}-{code}" for code, slug in second.items()}


# --------------------------------------------------------------------------------------------- templates

# Slots of a template: ("name", role, kind, script) | ("abbr", role, script) | ("own", script)
#                      | ("year", value) | ("qty", text, decimals, position, cap)
Slot = tuple


@dataclass
class Template:
    """A text cut into literal pieces and slots, parsed once per seed and rendered once per copy."""

    literals: list[str]
    slots: list[Slot]


@dataclass
class Seed:
    """One corpus document used as a seed: manifest entry, text, jurisdiction chain and templates."""

    meta: dict
    text: str
    chain: tuple[Division, ...]
    level: str
    place_slug: str
    year: int | None
    subject_slug: str
    body: Template = field(init=False)
    meta_templates: dict[str, Template] = field(init=False)

    @property
    def id(self) -> str:
        return self.meta["id"]

    @property
    def script(self) -> str:
        return self.meta.get("script", "simplified")


class _Parser:
    """Finds names, abbreviations and numbers of one seed; builds templates of its text and metadata."""

    def __init__(self, seed_chain: tuple[Division, ...], doc_number: str) -> None:
        self.forms: dict[str, tuple[int, str, str | None]] = {}
        for role, div in enumerate(seed_chain):
            for kind, simp in (("full", div.name), ("short", div.short)):
                trad = s2t(simp)
                for form, script in ((simp, "simplified"), (trad, "traditional")):
                    tag = None if simp == trad else script
                    known = self.forms.get(form)
                    # a short form shared by a city and its province (吉林) stands for the province;
                    # a full name always wins over a short form
                    if known is None or (known[1] == kind and role > known[0]) or (kind == "full" != known[1]):
                        self.forms[form] = (role, kind, tag)
        names = sorted(self.forms, key=lambda f: (-len(f), f))
        alternatives = ["(?P<name>" + "|".join(NOISE.join(map(re.escape, f)) + NOISE for f in names) + ")"]
        self.abbrs: dict[str, tuple[int, str | None]] = {}
        for role, div in enumerate(seed_chain):
            if div.code in PROVINCE_ABBR:
                simp = PROVINCE_ABBR[div.code]
                trad = s2t(simp)
                self.abbrs[simp] = (role, None if simp == trad else "simplified")
                self.abbrs[trad] = (role, None if simp == trad else "traditional")
        if self.abbrs:
            chars = "".join(sorted(self.abbrs))
            alternatives.append(rf"(?P<abbr>[{chars}])(?=[\u4e00-\u9fff]{{0,4}}〔\d{{4}}〕\d+[号號])")
        prefix = doc_number.split("〔", 1)[0] if "〔" in doc_number else ""
        self.own = ""
        if prefix and seed_chain[0].code not in PROVINCE_ABBR and prefix[0] == seed_chain[0].short[0]:
            self.own = prefix[0]
            rest = re.escape(prefix[1:])
            alternatives.append(rf"(?P<own>[{re.escape(prefix[0] + s2t(prefix[0]))}])(?={rest}〔\d{{4}}〕)")
        alternatives.append(f"(?P<num>{_NUMBER})")
        self.regex = re.compile("|".join(alternatives))

    def template(self, text: str, quantities: bool) -> Template:
        """Template of `text`; with quantities=False (metadata) numbers other than years stay literal."""
        lines = _Lines(text) if quantities else None
        literals: list[str] = []
        slots: list[Slot] = []
        last = 0
        for m in self.regex.finditer(text):
            slot = self._slot(m, text, lines)
            if slot is None:
                continue
            literals.append(text[last:m.start()])
            slots.append(slot)
            last = m.end()
        literals.append(text[last:])
        return Template(literals, slots)

    def _slot(self, m: re.Match, text: str, lines: _Lines | None) -> Slot | None:
        if m.lastgroup == "name":
            role, kind, tag = self.forms[_NOISE_RE.sub("", m.group())]
            return ("name", role, kind, tag)
        if m.lastgroup == "abbr":
            role, tag = self.abbrs[m.group()]
            return ("abbr", role, tag)
        if m.lastgroup == "own":
            return ("own", None if m.group() == self.own else "traditional")
        return _number_slot(m, text, lines)


class _Lines:
    """Line lookup for numbers: table rows (`|` cells), one-number cell lines, year columns of `|` tables."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.kind: list[str | None] = []
        self.year_columns: list[frozenset[int]] = []
        self.percent: list[bool] = []  # row (or the label line above a cell line) says (%)
        header: frozenset[int] = frozenset()
        previous_pipe = False
        label_percent = False
        for n, start in enumerate(self.starts):
            end = self.starts[n + 1] - 1 if n + 1 < len(self.starts) else len(text)
            line = text[start:end]
            if line.count("|") + line.count("｜") >= 2:
                if not previous_pipe:
                    cells = [re.sub(r"\s+", "", c) for c in re.split(r"[|｜]", line)]
                    header = frozenset(i for i, c in enumerate(cells) if c in _YEAR_HEADERS)
                self.kind.append("pipe")
                self.year_columns.append(header)
                self.percent.append("%)" in line or "%）" in line or "％" in line)
                previous_pipe = True
            else:
                cell = _CELL_LINE.fullmatch(line) is not None
                if not cell and line.strip():
                    label_percent = "%)" in line or "%）" in line or "％" in line
                self.kind.append("cell" if cell else None)
                self.year_columns.append(frozenset())
                self.percent.append(cell and label_percent)
                previous_pipe = False

    def at(self, pos: int) -> tuple[int, int]:
        n = bisect.bisect_right(self.starts, pos) - 1
        return n, self.starts[n]


def _number_slot(m: re.Match, text: str, lines: _Lines | None) -> Slot | None:
    s, start, end = m.group(), m.start(), m.end()
    nxt = text[end:end + 1]
    prv = text[start - 1:start] if start else ""
    year_like = len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099
    if year_like and (nxt == "年" or (prv == "〔" and nxt == "〕")):
        return ("year", int(s))
    if lines is None:
        return ("year", int(s)) if year_like and not nxt.isdigit() else None
    n, line_start = lines.at(start)
    kind = lines.kind[n]
    if kind == "pipe" and year_like:
        column = text.count("|", line_start, start) + text.count("｜", line_start, start)
        if column in lines.year_columns[n]:
            return ("year", int(s))
    before = text[line_start:start].rstrip()
    if nxt in ".、)）" and (not before or before[-1] in "(（|｜。；;:：，,"):
        return None  # list or provision number: 1. 2、 (3) 4)
    unit = text[end:end + 2].lstrip(" ")[:1]
    if unit and unit in UNITS:
        cap = 100.0 if unit in "%％" else 1000.0 if unit == "‰" else None
        return _qty(s, start, cap)
    if kind is not None and nxt not in "月日号號:：-/〕" and prv not in ":：-/〔":
        return _qty(s, start, 100.0 if lines.percent[n] else None)
    if year_like and not nxt.isdigit():
        return ("year", int(s))  # bare year: 健康中国2030, 2023-05471
    return None


def _qty(s: str, start: int, cap: float | None) -> Slot:
    decimals = len(s) - s.index(".") - 1 if "." in s else 0
    if cap is not None and float(s) > cap:
        cap = None
    return ("qty", s, decimals, start, cap)


# --------------------------------------------------------------------------------------------- seeds and plan


def _read_seeds(corpus: Path, divisions: dict[str, Division]) -> list[Seed]:
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    by_name: dict[str, list[Division]] = {}
    for code in sorted(divisions):
        by_name.setdefault(divisions[code].name, []).append(divisions[code])
    seeds = []
    for entry in manifest["document"]:
        meta = {k: v for k, v in entry.items() if k not in ("sources", "seed")}
        candidates = [d for d in by_name.get(meta["jurisdiction"], []) if d.level in PROVINCIAL or
                      d.level in PREFECTURE_CITY or d.level in COUNTY_RANK]
        if len(candidates) != 1:
            raise ValueError(f"{meta['id']}: jurisdiction {meta['jurisdiction']!r} matches {len(candidates)} divisions")
        chain = _chain(candidates[0], divisions)
        m = _ID.match(meta["id"])
        if m is None:
            raise ValueError(f"{meta['id']}: id is not <place>-<year|undated>-<subject>")
        year = int(meta["date"][:4]) if meta.get("date") else None
        text = (corpus / meta["source_file"]).read_bytes().decode("utf-8").removeprefix("\ufeff")
        seed = Seed(meta, text, chain, _level_class(chain[0].level), m["place"], year, m["subject"])
        parser = _Parser(chain, meta.get("doc_number", ""))
        seed.body = parser.template(text, quantities=True)
        seed.meta_templates = {key: parser.template(value, quantities=False)
                               for key, value in _meta_texts(meta).items()}
        log.info("seed %s: %s level, %d slots", seed.id, seed.level, len(seed.body.slots))
        seeds.append(seed)
    return seeds


def _meta_texts(meta: dict) -> dict[str, str]:
    texts = {key: meta[key] for key in ("title", "doc_number") if meta.get(key)}
    for n, issuer in enumerate(meta.get("issuers", [])):
        texts[f"issuer{n}"] = issuer
    return texts


@dataclass(frozen=True)
class Assignment:
    """Document `index` of the output: a copy of `seed` for jurisdiction chain `chain`, years shifted by `shift`."""

    index: int
    seed: Seed
    chain: tuple[Division, ...]
    shift: int
    id: str


def _mentioned(seed: Seed, pool: list[tuple[Division, ...]]) -> frozenset[str]:
    """Codes of pool jurisdictions whose chain has a name (or a short form of 2+ characters) in the seed text."""
    found: dict[str, bool] = {}

    def named(div: Division) -> bool:
        if div.code not in found:
            forms = {div.name, s2t(div.name)} | ({div.short, s2t(div.short)} if len(div.short) > 1 else set())
            found[div.code] = any(form in seed.text for form in sorted(forms))
        return found[div.code]

    return frozenset(chain[0].code for chain in pool if chain[-1].code != seed.chain[-1].code
                     and any(named(div) for div in chain))


def _shift_of(round_: int) -> int:
    """0, +1, -1, +2, -2, … for rounds 0, 1, 2, 3, 4, …"""
    return (round_ + 1) // 2 * (1 if round_ % 2 else -1)


def _order(chains: list[tuple[Division, ...]], seed: int) -> list[tuple[Division, ...]]:
    def key(chain: tuple[Division, ...]) -> tuple[int, bytes]:
        return COUNTY_RANK.get(chain[0].level, 0), hashlib.sha256(f"{seed}:{chain[0].code}".encode()).digest()
    return sorted(chains, key=key)


@dataclass
class Planner:
    """Assigns (jurisdiction, year shift) pairs to documents, distinct per level across all seeds."""

    seeds: list[Seed]
    divisions: dict[str, Division]
    seed_value: int = 0

    def __post_init__(self) -> None:
        raw = _pools(self.divisions)
        self.pools = {level: _order(chains, self.seed_value) for level, chains in raw.items()}
        everyone = [chain[0] for chains in raw.values() for chain in chains]
        self.slugs = _slugs(everyone)
        self.seed_codes = tuple(sorted(s.chain[0].code for s in self.seeds))
        self.mentioned = {s.id: _mentioned(s, self.pools[s.level]) for s in self.seeds}
        self.cursors = {s.id: 0 for s in self.seeds}
        self.used: dict[str, set[tuple[str, int]]] = {level: set() for level in self.pools}
        for level, chains in self.pools.items():
            log.info("%s pool: %d jurisdictions", level, len(chains))

    def assignments(self) -> Iterator[Assignment]:
        """Assignment of document 0, 1, 2, … (endless)."""
        index = 0
        while True:
            seed = self.seeds[index % len(self.seeds)]
            chain, shift = self._next_pair(seed)
            yield Assignment(index, seed, chain, shift, self._id(seed, chain, shift))
            index += 1

    def _next_pair(self, seed: Seed) -> tuple[tuple[Division, ...], int]:
        pool = self.pools[seed.level]
        used = self.used[seed.level]
        while True:
            cursor = self.cursors[seed.id]
            self.cursors[seed.id] = cursor + 1
            chain = pool[cursor % len(pool)]
            shift = _shift_of(cursor // len(pool))
            if chain[-1].code == seed.chain[-1].code:
                continue  # same province as the seed
            if shift == 0 and chain[0].code in self.seed_codes:
                continue  # a seed's own (jurisdiction, year)
            if chain[0].code in self.mentioned[seed.id]:
                continue  # named in the seed text already (北京 in the Inner Mongolia plan): would be ambiguous
            if (chain[0].code, shift) in used:
                continue
            used.add((chain[0].code, shift))
            return chain, shift

    def _id(self, seed: Seed, chain: tuple[Division, ...], shift: int) -> str:
        slug = self.slugs[chain[0].code]
        subject = seed.subject_slug.replace(seed.place_slug, slug)
        shifted = _YEAR_IN_SLUG.sub(lambda m: str(int(m.group()) + shift), subject)
        if seed.year is not None:
            year = str(seed.year + shift)
        elif shifted != subject or shift == 0:
            year = "undated"
        else:
            year = f"undated-{'p' if shift > 0 else 'm'}{abs(shift)}"
        return f"{slug}-{year}-{shifted}"


@cache
def _load(corpus: Path, vocab: Path) -> tuple[dict[str, Division], tuple[Seed, ...]]:
    divisions = load_divisions(vocab)
    return divisions, tuple(_read_seeds(corpus, divisions))


def _planner(seed: int, corpus: Path, vocab: Path) -> Planner:
    divisions, seeds = _load(corpus, vocab)
    return Planner(list(seeds), divisions, seed)


def plan(n: int, seed: int = 0, corpus: Path = CORPUS, vocab: Path = VOCAB) -> list[Assignment]:
    """The first n assignments (which seed, which jurisdiction chain, which year shift, which id)."""
    return [a for _, a in zip(range(n), _planner(seed, corpus, vocab).assignments(), strict=False)]


# --------------------------------------------------------------------------------------------- rendering


def _mix(x: int) -> int:
    """splitmix64 finaliser."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


def _render(template: Template, a: Assignment, script: str, key: int) -> str:
    chain, shift = a.chain, a.shift
    done: dict[Slot, str] = {}
    pieces = []
    for slot in template.slots:
        kind = slot[0]
        if kind == "qty":
            _, text, decimals, position, cap = slot
            factor = 0.9 + 0.2 * (_mix(key ^ (position * 0x9E3779B97F4A7C15 & _MASK)) / 2.0**64)
            value = float(text) * factor
            if cap is not None and value > cap:
                value = cap
            pieces.append(f"{value:.{decimals}f}")
            continue
        piece = done.get(slot)
        if piece is None:
            if kind == "year":
                piece = str(slot[1] + shift)
            elif kind == "name":
                div = chain[slot[1]]
                piece = div.name if slot[2] == "full" else div.short
                piece = s2t(piece) if (slot[3] or script) == "traditional" else piece
            elif kind == "abbr":
                piece = PROVINCE_ABBR[chain[slot[1]].code]
                piece = s2t(piece) if (slot[2] or script) == "traditional" else piece
            else:  # own document-number abbreviation: first character of the short name
                piece = chain[0].short[0]
                piece = s2t(piece) if (slot[1] or script) == "traditional" else piece
            done[slot] = piece
        pieces.append(piece)
    out = [""] * (2 * len(pieces) + 1)
    out[0::2] = template.literals
    out[1::2] = pieces
    return "".join(out)


def _shift_date(date: str, shift: int) -> str:
    year, month, day = date.split("-")
    year = str(int(year) + shift)
    leap = int(year) % 4 == 0 and (int(year) % 100 != 0 or int(year) % 400 == 0)
    if month == "02" and day == "29" and not leap:
        day = "28"
    return f"{year}-{month}-{day}"


def _subject(seed: Seed, a: Assignment) -> str:
    subject = seed.meta["subject"]
    stems = {old.en_stem: new.en_stem for old, new in zip(seed.chain, a.chain, strict=True) if old.en_stem}
    if stems:
        pattern = re.compile("|".join(re.escape(s) for s in sorted(stems, key=lambda s: (-len(s), s))))
        subject = pattern.sub(lambda m: stems[m.group()], subject)
    return _YEAR_IN_SLUG.sub(lambda m: str(int(m.group()) + a.shift), subject)


def build(a: Assignment, seed: int = 0) -> tuple[str, dict]:
    """Text and manifest entry of one assigned document."""
    s = a.seed
    key = int.from_bytes(hashlib.sha256(f"{seed}:{a.index}".encode()).digest()[:8], "big")
    text = _render(s.body, a, s.script, key)
    metas = {k: _render(t, a, "simplified", key) for k, t in s.meta_templates.items()}
    entry: dict[str, object] = {"id": a.id, "source_file": f"{a.id}.txt", "seed": s.id}
    if "title" in metas:
        entry["title"] = metas["title"]
    entry["jurisdiction"] = a.chain[0].name
    issuers = [metas[f"issuer{n}"] for n in range(len(s.meta.get("issuers", [])))]
    if issuers:
        entry["issuers"] = issuers
    if s.meta.get("date"):
        entry["date"] = _shift_date(str(s.meta["date"]), a.shift)
    if "doc_number" in metas:
        entry["doc_number"] = metas["doc_number"]
    for k in ("status", "script"):
        if k in s.meta:
            entry[k] = s.meta[k]
    if s.meta.get("subject"):
        entry["subject"] = _subject(s, a)
    return text, entry


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def manifest_text(entries: list[dict], n: int, seed: int) -> str:
    """manifest.toml for `entries` (already sorted by id)."""
    lines = [
        "# Synthetic policykg corpus: one [[document]] table per text file in this folder.",
        f"# Generated by `python -m benchmarks.synthetic_corpus {n} OUT --seed {seed}` from data/corpus;",
        "# `seed` names the corpus document each one copies (names rewritten, numbers perturbed, years shifted).",
    ]
    for entry in entries:
        lines.append("")
        lines.append("[[document]]")
        lines.extend(f"{k} = {_toml(v)}" for k, v in entry.items())
    return "\n".join(lines) + "\n"


def generate(n: int, out: Path, seed: int = 0) -> list[dict]:
    """Write n synthetic documents and their manifest.toml to `out`; returns the manifest entries (sorted by id)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stale = [p.name for p in out.glob("*.txt")]
    if stale:
        log.warning("%s already holds %d .txt files; files not in the new manifest are left as they are", out,
                    len(stale))
    planner = _planner(seed, CORPUS, VOCAB)
    entries = []
    with tqdm(total=n, unit="doc", desc="synthetic corpus", mininterval=0.5) as bar:
        for _, a in zip(range(n), planner.assignments(), strict=False):
            text, entry = build(a, seed)
            (out / entry["source_file"]).write_bytes(text.encode("utf-8"))
            entries.append(entry)
            bar.update()
    entries.sort(key=lambda e: e["id"])
    (out / "manifest.toml").write_bytes(manifest_text(entries, n, seed).encode("utf-8"))
    log.info("%d documents and manifest.toml written to %s", n, out)
    return entries


def main(argv: list[str] | None = None) -> int:
    """CLI: python -m benchmarks.synthetic_corpus N OUT_DIR [--seed S]."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic_corpus", description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0, help="variation seed (default 0)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    started = time.perf_counter()
    entries = generate(args.n, args.out, args.seed)
    size = sum((args.out / e["source_file"]).stat().st_size for e in entries)
    print(f"{len(entries)} documents ({size / 1e6:.1f} MB) and manifest.toml written to {args.out} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
