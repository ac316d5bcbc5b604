"""Agency mentions and their normalisation to corpus-wide agency entities of a jurisdiction.

A written name is split into a jurisdiction part (a full division name such as 中山市, or a level prefix
自治区/省/市/县/区/旗/盟/州 resolved against the document's jurisdiction and its ancestors) and a core
(卫生健康局) typed by the agency-type vocabulary. Variants of one agency merge on
(jurisdiction code, agency type) — 市卫生健康委 and 蛟河市卫生健康局 in a 蛟河市 document are one agency;
untyped names merge on their normalised core. Collectives (各镇街, 各盟行政公署, 各乡镇（街道）, 各驻潭单位) are
agencies of the document's jurisdiction flagged `collective`; 各有关镇街 is the collective 各镇街 (the written form
keeps 有关).

This module also emits the document-level links: jurisdiction concept and issuing agencies (evidenced in the text,
or in the portal header that normalisation leaves out of the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.org_facts import AgencyMention, AgencyRef, DocumentLink
from loaders.extract.registry import Extractor
from loaders.records import GAP, Evidence, Fact, ParsedDocument
from loaders.vocabulary import NATION_CODE, Vocabulary, local_jurisdiction_iri

NAME, VERSION = "agencies", "1.4.27"
AGENCY_TYPE = "agency-type"
JURISDICTION = "jurisdiction"

LEVEL_PREFIXES = ("国家", "自治区", "自治州", "地区", "省", "市", "县", "区", "旗", "盟", "州")
"""Level words that stand for 'this jurisdiction' before an agency name (市卫生健康局 = <city> health bureau);
国家 stands for the nation whatever the document's level (国家卫生健康委, 国家疾控局)."""
WORD_ENDINGS = tuple("社城湾园景街片新发资")
"""Characters that make a level word the end of a word before a label (社区居委会, 科技城新区社会事业局, 开发区、
投资区…): no level prefix."""
TOWN_PREFIXES = ("街道", "镇", "乡", "苏木")
"""Level words that stand for the document's own town or street in its plan (镇卫生健康办公室 in a plan of 周市镇)."""
TOWN_NAME = r"(?![各全本我该每所有县市区省州旗盟])[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|苏木)"
"""A town's or street's own name with its level word (雩田镇, 城关街道); not a collective or a higher division."""
TOWN_GOVERNMENT = r"(?:人民政府|政府|办事处|党委)"
"""The bodies a town or street names with its name (雩田镇人民政府, 城关街道办事处)."""
_NAMED_TOWN = re.compile(rf"(?P<town>{TOWN_NAME})(?={TOWN_GOVERNMENT}$)")
"""A town's or street's government named with the town in a plan of the division above it."""
_NOT_TOWN_PREFIXED = re.compile(r"^(?:乡镇|乡村|镇街|镇村|街道办事处$)")
"""Words opening with a town's level word that name no town body of the plan (乡镇卫生院, 乡村振兴局)."""
_TOWN_OF_PLAN = re.compile(r"(?P<town>(?![各全本我该每])[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|苏木))"
                           r"(?:(?=人民政府|政府|办事处|党委|党工委|(?:19|20)\d{2}|关于|[^\u4e00-\u9fff]|$)|"
                           r"(?<=[\u4e00-\u9fff]{2}街道))")
"""A town or street whose plan a document is: first in an issuer or the title, after the divisions it lies in (a
street's name before any word: 白沙街道社区卫生…方案)."""
_BELOW_TOWN = re.compile(r"(?:村|社区|居|居民区|嘎查)(?:（[^（）]*）)?(?:民委员会|委员会|委会|党总支|党支部)?$|"
                         r"^(?:村|社区|居|嘎查)")
"""Villages and communities and their committees (各村（社区）, 逸景社区居委会): the town's own in its plan."""
NATIONAL = "国家"
INTERNAL_DEPARTMENT = "https://w3id.org/policykg/vocab/agency-type/internal-department"
"""Departments inside a ministry or commission (基层司, 医政医管处): agencies of the body named before them."""
NAMED_LOCAL_BODIES = frozenset(f"https://w3id.org/policykg/vocab/agency-type/{slug}"
                               for slug in ("village-committee", "community-party-branch"))
"""Types whose bodies are many in one town, each keyed by its own name (逸景社区居委会, 岭南居民区党总支)."""
DEFAULT_PARENT, DEFAULT_PARENT_LABEL = "health-commission", "卫生健康委"
"""The body an internal department belongs to when none is written (医政司 in a health commission's plan)."""
OFFICE_ENDINGS = ("科", "股")
"""What ends the name of an office inside a county or district bureau (医政医管科, 人事股)."""
UNIT_ENDINGS = (*OFFICE_ENDINGS, "室", "门诊")
"""What ends the name of a unit inside a town's health centre or government (公共卫生科, 预防接种门诊, 办公室): in a
town's plan, written without a prefix, the town's own unit, not an office of the county's bureau."""
GENERIC_ENDINGS = ("部门", "机构", "行政部门")
"""Type labels that name a kind of agency, not one agency (卫生健康部门): never an agency mention in free text."""
_EACH_RELEVANT = re.compile(r"^(?:有关|相关)")
_TIER = re.compile(r"(?:省|市|地市|县|乡镇?)级(?:及以上|以上|及以下|以下)?|设区的?市|县（市、区）|县（市）|"
                   r"县（区）|县市区|市（州）|市州")
"""A tier of divisions before an agency type (省级卫生健康行政部门, 县级及以上人民政府, 县（市、区）卫生健康行政部门,
设区市卫生健康委): a collective."""
_PARTY = re.compile(r"中共(?P<j>[\u4e00-\u9fff]{2,12}?)(?P<core>委员会|委)(?![\u4e00-\u9fff]{0,2}(办|部|局))")


@dataclass(frozen=True)
class Jurisdiction:
    """The document's jurisdiction concept and names."""

    iri: str
    name: str
    parent: str = ""
    """For a local jurisdiction (one the vocabulary lacks): the vocabulary division it lies in, or ''."""

    town: str = ""
    """For the plan of a town or street of this division (周市镇2025年…工作计划): the town's name, which 镇 or 街道
    before an agency's name stand for."""

    @property
    def code(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    @property
    def local(self) -> bool:
        return self.code.startswith("local-")


def doc_jurisdiction(doc: ParsedDocument, vocab: Vocabulary) -> Jurisdiction | None:
    """The jurisdiction concept of the document's jurisdiction name (manifest or inferred), or a local one; for the
    plan of one of its towns or streets, with that town's name."""
    meta = doc.source.metadata
    home = jurisdiction_of(meta.jurisdiction, vocab)
    town = plan_town((*meta.issuers, meta.title), vocab) if home else ""
    return replace(home, town=town) if home and town else home


def plan_town(texts: tuple[str, ...], vocab: Vocabulary) -> str:
    """The town or street an issuer or the title names first, right after the divisions it lies in (昆山市周市镇人民
    政府, 石牌街道2025年…方案), or ''."""
    for text in texts:
        m = _TOWN_OF_PLAN.match(text, vocab.divisions_end(text))
        if m and not _NOT_TOWN_PREFIXED.match(m.group("town")):
            return m.group("town")
    return ""


def town_jurisdiction(home: Jurisdiction | None) -> Jurisdiction | None:
    """The local jurisdiction of the town whose plan the document is, inside the document's division, or None."""
    if home is None or not home.town:
        return None
    return Jurisdiction(local_jurisdiction_iri(home.name + home.town), home.town, home.iri)


def jurisdiction_of(name: str, vocab: Vocabulary) -> Jurisdiction | None:
    """The vocabulary's jurisdiction of a name, or a local one for a division the vocabulary lacks
    (`Vocabulary.place`)."""
    found = vocab.place(name)
    return Jurisdiction(*found) if found else None


def lineage(home: Jurisdiction, vocab: Vocabulary) -> list[Jurisdiction]:
    """The jurisdiction and its ancestors, nearest first (a local jurisdiction's through the division it lies in)."""
    chain = [home]
    up = [home.parent, *vocab.ancestors(home.parent)] if home.local and home.parent else vocab.ancestors(home.iri)
    return chain + [Jurisdiction(iri, vocab.labels(iri).get("zh-Hans", "")) for iri in up]


def short_name(name: str) -> str:
    """中山市 → 中山, 内蒙古自治区 → 内蒙古 (used when the written name already holds the level word: 团市委)."""
    for suffix in ("自治区", "自治州", "自治县", "特别行政区", "省", "市", "县", "区", "旗", "盟", "州"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _level_jurisdiction(prefix: str, home: Jurisdiction | None, vocab: Vocabulary) -> Jurisdiction | None:
    """The document's jurisdiction or nearest ancestor whose name ends with the level word (省 in a city plan);
    the nation for 国家."""
    if prefix in TOWN_PREFIXES:
        return town_jurisdiction(home)
    if prefix == NATIONAL:
        iri = vocab.nation()
        return Jurisdiction(iri, vocab.labels(iri).get("zh-Hans", "")) if iri else None
    if home is None:
        return None
    return next((j for j in lineage(home, vocab) if j.name.endswith(prefix)), None)


def agency_type(core: str, vocab: Vocabulary) -> str:
    """The agency-type concept of a core name: exact label, else the longest label ending the name."""
    exact = vocab.lookup(AGENCY_TYPE, core)
    if exact:
        return exact
    hits = [h for h in vocab.find_all(AGENCY_TYPE, core) if h[1] == len(core)]
    return hits[-1][2] if hits else ""


def office_type(core: str, vocab: Vocabulary) -> str:
    """A county bureau's office (医政医管科, 人事股) is typed like the division of the same function one level up
    (医政医管处, 人事处 or 医政司): only internal departments are tried."""
    if not core.endswith(OFFICE_ENDINGS) or len(core) < 3:
        return ""
    for ending in ("处", "司", "局"):
        found = agency_type(core[:-1] + ending, vocab)
        if found and vocab.parent(found) == INTERNAL_DEPARTMENT:
            return found
    return ""


_DEPARTMENT_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}(?:司|局)")


def _ministry_department(core: str, vocab: Vocabulary) -> bool:
    """教育部体育卫生与艺术教育司: a department the vocabulary does not know, inside a ministry or commission it
    does."""
    for k in range(2, min(8, len(core) - 2)):
        owner = agency_type(core[:k], vocab)
        if owner and vocab.parent(owner) != INTERNAL_DEPARTMENT and _DEPARTMENT_BODY.fullmatch(core, k):
            return True
    return False


def _type_slug(type_iri: str) -> str:
    return type_iri.rsplit("/", 1)[-1]


def resolve_agency(written: str, home: Jurisdiction | None, ctx: BuildContext,
                   inherited_prefix: str = "", collective: bool = False) -> AgencyRef | None:
    """An AgencyRef for a written name, or None when the name is empty, redacted or has no usable core.

    `inherited_prefix` is the level prefix of the previous item of a list (自治区卫生健康委、发展改革委);
    `collective` continues a 各… run (各盟行政公署、市人民政府)."""
    vocab = ctx.vocabulary
    name = written.strip()
    if not name or GAP in name:
        return None
    if name.startswith("各"):  # 各有关镇街 is the collective 各镇街 (the written form keeps 有关)
        collective, name = True, _EACH_RELEVANT.sub("", name[1:])
    elif _SUBORDINATE.fullmatch(name):  # 局属各单位: the units under the document's own bureau
        collective = True
    jurisdiction, core, prefix, full_name = None, name, "", False
    own_level = _own_level(name, vocab)
    tier = _TIER.match(name)
    if tier and len(name) > tier.end():  # 省级卫生健康行政部门, 县级人民政府: the bodies of every division of a tier
        collective, core = True, name[tier.end():]
    elif own_level:  # 市委编办 in a district plan is the city's: the label's level word is resolved like a prefix
        prefix, core = own_level, name[len(own_level):]
    elif home and home.town and name.startswith(home.town) and len(name) > len(home.town) + 1:
        jurisdiction, core, full_name = town_jurisdiction(home), name[len(home.town):], True  # 湖滨街道社区卫生服务中心
    elif not vocab.lookup(AGENCY_TYPE, name):
        party = _PARTY.fullmatch(name)
        lead = vocab.find_all(JURISDICTION, party.group("j") if party else name)
        if party and lead and lead[0][0] == 0 and lead[0][1] == len(party.group("j")):
            iri = lead[0][2]
            jurisdiction, core, full_name = Jurisdiction(iri, vocab.labels(iri).get("zh-Hans", "")), "党委", True
        elif lead and lead[0][0] == 0 and lead[0][1] < len(name):
            iri = lead[0][2]
            jurisdiction = Jurisdiction(iri, vocab.labels(iri).get("zh-Hans", name[: lead[0][1]]))
            core, full_name = name[lead[0][1]:], True
        elif _own_division(name, vocab):  # 委医政医管处: a division of the document's own commission
            core = name[1:]
        elif home and (town := _NAMED_TOWN.match(name)) and "乡镇" not in town.group("town"):
            # 雩田镇人民政府 in a county's plan: the government of a town of the county, not the county's own
            jurisdiction = Jurisdiction(local_jurisdiction_iri(home.name + town.group("town")), town.group("town"),
                                        home.iri)
            core, full_name = name[town.end():], True
        else:
            towns = TOWN_PREFIXES if home and home.town and not _NOT_TOWN_PREFIXED.match(name) else ()
            prefix = next((p for p in (*towns, *LEVEL_PREFIXES) if name.startswith(p) and len(name) > len(p) + 1), "")
            core = name[len(prefix):]
    if not full_name:
        prefix = prefix or inherited_prefix
        if collective:  # 各村（社区） in a town's plan: the town's
            jurisdiction = (town_jurisdiction(home) if _BELOW_TOWN.search(name) else None) or home
        elif prefix:
            jurisdiction = _level_jurisdiction(prefix, home, vocab)
            if jurisdiction is None:
                return None
        else:  # 逸景社区居委会 in a street's plan: the street's
            jurisdiction = (town_jurisdiction(home) if _BELOW_TOWN.search(core) else None) or home
    if NOT_A_NAME.search(core):
        return None
    town_unit = bool(home and home.town and not full_name and not prefix and not collective
                     and core.endswith(UNIT_ENDINGS) and not vocab.lookup(AGENCY_TYPE, core))
    if town_unit:  # 公共卫生科、院感科 in 红花套镇's plan: the town's (its health centre's), keyed by name
        jurisdiction = town_jurisdiction(home) or jurisdiction
    type_iri = agency_type(core, vocab) or (agency_type("各" + name, vocab) if collective else "") or \
        ("" if town_unit else office_type(core, vocab)) or \
        (INTERNAL_DEPARTMENT if _ministry_department(core, vocab) else "")
    if not type_iri and collective and _LEVELS_ONLY.fullmatch(name):
        type_iri = vocab.lookup(AGENCY_TYPE, "人民政府") or ""
    # a collective of institutions of a type the vocabulary knows (各基层医疗卫生机构) answers for a task too
    if not type_iri and not _looks_like_body(core) and not (collective and (
            _STATIONED.fullmatch(name) or _SUBORDINATE.fullmatch(written) or vocab.lookup("institution-type", name))):
        return None
    if collective:
        each = "" if _SUBORDINATE.fullmatch(name) else "各"  # 局属各单位 holds its 各
        label, key = f"{jurisdiction.name if jurisdiction else ''}{each}{name}", "ge-" + name
    else:
        label = canonical_label(written if not full_name else name, core, jurisdiction, full_name, name, prefix)
        key = _type_slug(type_iri) if type_iri and type_iri != INTERNAL_DEPARTMENT and not full_name_is_party(
            core) and not (type_iri in NAMED_LOCAL_BODIES and not vocab.lookup(AGENCY_TYPE, core)) else core
        # a department the vocabulary does not know is keyed by its own name, and so is a named village's committee
        # (逸景社区居委会, 薛岗社区居委会: one each)
        if full_name_is_party(core):
            label = written
        if type_iri and vocab.parent(type_iri) == INTERNAL_DEPARTMENT:  # 国家中医药局医政司 ≠ 医政司 of the 卫生健康委
            parent = _parent_slug(core, type_iri, vocab)
            key = f"{parent or DEFAULT_PARENT}.{key}"
            if not parent and label.endswith(core):  # 基层司 → 国家卫生健康委基层司
                national = jurisdiction is not None and jurisdiction.code == NATION_CODE
                label = (NATIONAL if national else label[: len(label) - len(core)]) + DEFAULT_PARENT_LABEL + core
    code = jurisdiction.code if jurisdiction else "unknown"
    town = jurisdiction is not None and jurisdiction.local and (home is None or jurisdiction.iri != home.iri)
    return AgencyRef(ctx.iris.entity("agency", code, key), label, written, jurisdiction.name if jurisdiction else "",
                     jurisdiction.iri if jurisdiction else "", type_iri, collective,
                     jurisdiction.parent if town and jurisdiction else "")  # a town's: described with the agency


def _parent_slug(core: str, type_iri: str, vocab: Vocabulary) -> str:
    """The agency type of the body written before an internal department (中医药局 in 中医药局医政司), or ''."""
    parent = next((h for h in vocab.find_all(AGENCY_TYPE, core) if h[0] == 0 and h[1] < len(core)
                   and h[2] != type_iri), None)
    return _type_slug(parent[2]) if parent else ""


def _own_division(name: str, vocab: Vocabulary) -> bool:
    """委医政医管处, 局人事科: 委 / 局 standing for the issuing commission or bureau before one of its divisions."""
    if not name.startswith(("委", "局")) or len(name) < 4:
        return False
    found = agency_type(name[1:], vocab) or office_type(name[1:], vocab)
    return bool(found) and vocab.parent(found) == INTERNAL_DEPARTMENT


def _own_level(name: str, vocab: Vocabulary) -> str:
    """The level word of a label that carries its own (市委编办, 省委宣传部: the 委 core is a label too), or ''."""
    return next((p for p in LEVEL_PREFIXES if name.startswith(p + "委") and len(name) > len(p) + 2
                 and vocab.lookup(AGENCY_TYPE, name[len(p):])), "")


def full_name_is_party(core: str) -> bool:
    return core == "党委"


def canonical_label(written: str, core: str, jurisdiction: Jurisdiction | None, full_name: bool, name: str,
                    prefix: str = "") -> str:
    """Label with the jurisdiction expanded: 市卫生健康局 → 中山市卫生健康局, 团市委 → 湘潭团市委; a national agency
    keeps 国家 (国家卫生健康委)."""
    if full_name or jurisdiction is None:
        return name
    if prefix == NATIONAL:  # 国家卫生健康委、财政部: a ministry (…部) takes no inherited 国家
        return core if core.endswith("部") and not name.startswith(NATIONAL) else NATIONAL + core
    if jurisdiction.code == NATION_CODE:  # 财政部, 教育部: a ministry's name is its own
        return name
    if core != name:  # a level prefix was stripped
        return jurisdiction.name + core
    if any(level in name for level in LEVEL_PREFIXES):
        return short_name(jurisdiction.name) + name
    return jurisdiction.name + name


_BODY_SUFFIX = re.compile(r"(局|委|办|厅|部|会|中心|院|室|所|联|处|署|府|队|站|社|台|组|公司|大学|学院|门诊|"
                          r"(?<![学专本全分])科)$")
"""How a body's name ends: an institution's department too (医务科, 预防接种门诊), not a discipline (重点专科)."""


BUREAU_END = re.compile(r"(?<![格布结全大])局$")
"""A bureau's name, which may run longer (卫生健康综合监督执法局); not 格局, 布局, 大局."""


def _looks_like_body(core: str) -> bool:
    """An untyped name still names a body when it ends like one (湘潭日报社, 市广播电视台; a national administration's
    local office is longer: 金融监督管理总局吉林监管局)."""
    longest = 16 if re.search(r"总局|总署", core) or core.endswith(("医院", "中心", "卫生院", "保健院")) else \
        12 if core.endswith(("大队", "支队")) or BUREAU_END.search(core) else 10  # 石牌街社区卫生服务中心 leads too
    return (2 <= len(core) <= longest and bool(_HAN_ONLY.fullmatch(core)) and bool(_BODY_SUFFIX.search(core))
            and not core.startswith(("相关", "有关", "其他")))


NOT_A_NAME = re.compile(r"^(?:建立|成立|组建|健全|完善|设立)|由(?=国家|自治区|省|市|州|县|区|旗|盟)")
"""Words of a clause around an agency, never inside its name (建立由市卫生健康委 牵头…; 自由贸易区 keeps its 由)."""
_LEVELS_ONLY = re.compile(r"(?:街道|[省市区县镇街乡旗盟州地（）()、])+(人民政府|政府|办事处)?"
                          r"(?:[（(](?:行署|行政公署)[）)])?")
"""A collective of lower-level governments: 各区县（市）, 各县（市、区）, 各镇街, 各乡镇（街道）."""
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff〇（）]+")
_SUBORDINATE = re.compile(r"(?P<whose>局属|委属|[省市县区旗]直)各"
                          r"(?P<what>单位|医疗卫生单位|医疗卫生机构|医疗机构|医院|事业单位)")
"""Collectives of the units a bureau or commission runs (局属各单位, 委属各医疗机构)."""
_STATIONED = re.compile(r"驻[\u4e00-\u9fff]{1,4}(?:单位|机构)")
"""A collective of the units stationed in a place: 各驻潭单位, 各驻市单位."""


def find_mentions(doc: ParsedDocument, ctx: BuildContext,
                  home: Jurisdiction | None) -> list[tuple[int, int, AgencyRef]]:
    """Agency names in free text: a type label preceded by a full division name or a level prefix.

    Unprefixed labels (卫生健康部门, 发展改革委 alone) and collectives are left to the list parsers."""
    vocab = ctx.vocabulary
    text = doc.norm.text
    found: list[tuple[int, int, AgencyRef]] = []
    for start, end, _ in vocab.find_all(AGENCY_TYPE, text):
        label = text[start:end]
        if label.endswith(GENERIC_ENDINGS):
            continue
        begin = start if _self_prefixed(label) else _prefix_start(text, start, vocab, bool(home and home.town))
        if begin is None or (begin > 0 and text[begin - 1] in ("各", GAP)) or text[end:end + 1] == GAP:
            continue
        ref = resolve_agency(text[begin:end], home, ctx)
        if ref and ref.jurisdiction_iri:
            found.append((begin, end, ref))
    for m in _PARTY.finditer(text):
        ref = resolve_agency(m.group(), home, ctx)
        if ref and ref.jurisdiction_iri:
            found.append((m.start(), m.end(), ref))
    return sorted(found, key=lambda f: (f[0], f[1]))


def _self_prefixed(label: str) -> bool:
    """Labels that carry their own level word: 市委编办, 市委宣传部, 团市委."""
    return any(label.startswith(p + "委") or label.endswith(p + "委") for p in LEVEL_PREFIXES)


def _prefix_start(text: str, start: int, vocab: Vocabulary, town: bool = False) -> int | None:
    """Where the jurisdiction part before a type label starts, or None when there is none (in a town's plan, 镇 or
    街道 may stand for the town)."""
    window_start = max(0, start - 12)
    window = text[window_start:start]
    for j_start, j_end, _ in reversed(vocab.find_all(JURISDICTION, window)):
        if window_start + j_end == start:
            return window_start + j_start
    for prefix in (*(TOWN_PREFIXES if town else ()), *LEVEL_PREFIXES):
        if text.endswith(prefix, 0, start) and text[start - len(prefix) - 1:start - len(prefix)] not in WORD_ENDINGS:
            return start - len(prefix)
    return None


def merged_labels(refs: list[AgencyRef]) -> dict[str, str]:
    """One label per agency IRI in a document: the first variant's canonical label (issuers come first: the
    manifest names them)."""
    labels: dict[str, str] = {}
    for ref in refs:
        labels.setdefault(ref.iri, ref.label)
    return labels


def relabel(ref: AgencyRef, labels: dict[str, str]) -> AgencyRef:
    label = labels.get(ref.iri, ref.label)
    return ref if label == ref.label else AgencyRef(ref.iri, label, ref.written, ref.jurisdiction_name,
                                                    ref.jurisdiction_iri, ref.type_iri, ref.collective)


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[Fact]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    home = doc_jurisdiction(doc, ctx.vocabulary)
    text = doc.norm.text
    meta = doc.source.metadata
    if home:
        at = _first(text, (meta.jurisdiction, home.name, short_name(home.name)))
        if at:
            yield DocumentLink(doc.evidence(*at), doc.provision_at(at[0]).path, extractor, "jurisdiction", home.iri,
                               local_name=home.name if home.local else "", within=home.parent if home.local else "")
    mentions = find_mentions(doc, ctx, home)
    issuers = [(found, ref) for found, ref in ((issuer_evidence(doc, i), resolve_agency(i, home, ctx))
                                              for i in meta.issuers) if found and ref]
    labels = merged_labels([*(ref for _, ref in issuers), *(ref for _, _, ref in mentions)])
    for (evidence, path), ref in issuers:
        yield DocumentLink(evidence, path, extractor, "issuer", ref.iri, relabel(ref, labels))
    for start, end, ref in mentions:
        yield AgencyMention(doc.evidence(start, end), doc.provision_at(start).path, extractor, relabel(ref, labels))


def issuer_evidence(doc: ParsedDocument, issuer: str) -> tuple[Evidence, str] | None:
    """Where the text names an issuer (evidence, provision): in the text proper, else in the portal header
    (发文机关：…), which normalisation leaves out of the text but the raw file keeps (then the preamble)."""
    at = _first(doc.norm.text, (issuer,))
    if at:
        return doc.evidence(*at), doc.provision_at(at[0]).path
    raw_at = doc.source.raw.find(issuer)
    if raw_at < 0:
        return None
    return Evidence(doc.id, raw_at, raw_at + len(issuer), issuer, issuer), doc.provisions[0].path


def _first(text: str, needles: tuple[str, ...]) -> tuple[int, int] | None:
    for needle in needles:
        if needle:
            pos = text.find(needle)
            if pos >= 0:
                return pos, pos + len(needle)
    return None


EXTRACTOR = Extractor(NAME, VERSION, run, assigns=("AgencyMention", "DocumentLink"),
                      description="Agency mentions normalised to agencies of a jurisdiction; document jurisdiction "
                                  "and issuing agencies.")
