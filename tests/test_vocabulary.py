"""SKOS vocabularies: labels, uniqueness, the seed wordings, jurisdictions and the generated file."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, SKOS, URIRef

from loaders.extract.indicator_linking import link_indicator
from loaders.normalise import normalise
from loaders.vocabulary import Vocabulary, match_key

ROOT = Path(__file__).resolve().parent.parent
VOCAB_DIR = ROOT / "ontology" / "vocab"
SEEDS = Path("/work/shared/seeds")
PKG = rdflib.Namespace("https://w3id.org/policykg/ontology#")
V = "https://w3id.org/policykg/vocab/"
HAND_MADE = ["agency-types", "department-types", "indicators", "institution-types", "jurisdiction-levels",
             "populations", "sdg-indicators", "units"]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


@pytest.fixture(scope="module")
def graphs() -> dict[str, rdflib.Graph]:
    return {name: rdflib.Graph().parse(VOCAB_DIR / f"{name}.ttl") for name in [*HAND_MADE, "jurisdictions"]}


@pytest.mark.parametrize("name", [*HAND_MADE, "jurisdictions"])
def test_every_concept_has_zh_hans_and_en_pref_label_and_a_scheme(graphs: dict[str, rdflib.Graph], name: str) -> None:
    g = graphs[name]
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for c in concepts:
        langs = [lbl.language for lbl in g.objects(c, SKOS.prefLabel)]
        assert langs.count("zh-Hans") == 1 and langs.count("en") == 1, c
        assert langs.count("zh-Hant") <= 1, c
        assert list(g.objects(c, SKOS.inScheme)), c
        pref = {(str(x), x.language) for x in g.objects(c, SKOS.prefLabel)}
        alt = {(str(x), x.language) for x in g.objects(c, SKOS.altLabel)}
        assert not pref & alt, f"{c}: a label is both pref and alt"


@pytest.mark.parametrize("name", HAND_MADE)
def test_no_two_concepts_share_a_pref_label(graphs: dict[str, rdflib.Graph], name: str) -> None:
    g = graphs[name]
    seen: dict[tuple[str, str, str], str] = {}
    for c, label in g.subject_objects(SKOS.prefLabel):
        for scheme in g.objects(c, SKOS.inScheme):
            key = (str(scheme), label.language, str(label))
            assert seen.setdefault(key, str(c)) == str(c), f"{label} shared by {c} and {seen[key]}"


def test_jurisdiction_names_are_unique_under_one_parent(graphs: dict[str, rdflib.Graph]) -> None:
    g = graphs["jurisdictions"]
    seen: dict[tuple[str, str], str] = {}
    for c, label in g.subject_objects(SKOS.prefLabel):
        if label.language == "zh-Hans":
            key = (str(g.value(c, PKG.within)), str(label))
            assert seen.setdefault(key, str(c)) == str(c), key


# Exact variant wordings found in the seeds (raw text), the seed they come from, and the indicator.
SEED_INDICATOR_WORDINGS = [
    ("002", "每千常住人口执业(助理)医师数", "physicians-per-1000"),
    ("003", "每千人口执业(助理)医师数", "physicians-per-1000"),
    ("003", "每千人口中医类别执业(助理)医师数", "tcm-physicians-per-1000"),
    ("003", "每千人口拥有医疗卫生机构床位数", "beds-per-1000"),
    ("003", "每千人口医疗卫生机构床位数", "beds-per-1000"),
    ("003", "每千人口公立中医类医院床位数", "public-tcm-hospital-beds-per-1000"),
    ("003", "每千人口专业公共卫生机构人员", "public-health-staff-per-1000"),
    ("003", "每千人口专业公共卫生机构人员数", "public-health-staff-per-1000"),
    ("003", "每千人口注册护士数", "nurses-per-1000"),
    ("003", "每千人口药师(士)数", "pharmacists-per-1000"),
    ("003", "每万人口全科医生数", "general-practitioners-per-10000"),
    ("003", "床人(卫生人员)比", "bed-staff-ratio"),
    ("003", "医护比", "doctor-nurse-ratio"),
    ("003", "每千人口拥有3岁以下婴幼儿托位数", "childcare-places-per-1000"),
    ("003", "人均健康预期寿命", "healthy-life-expectancy"),
    ("003", "床位使用率", "bed-occupancy-rate"),
    ("003", "平均住院日", "average-length-of-stay"),
    ("003", "孕产妇死亡率", "maternal-mortality-ratio"),
    ("002", "人均预期寿命", "life-expectancy"),
    ("002", "婴儿死亡率", "infant-mortality-rate"),
    ("002", "5岁以下儿童死亡率", "under-five-mortality-rate"),
    ("002", "城乡居民达到《国民体质测定标准》合格以上的人数比例", "physical-fitness-pass-rate"),
    ("002", "达到《国民体质测定标准》合格以上人数比例", "physical-fitness-pass-rate"),
    ("002", "居民健康素养水平", "health-literacy-rate"),
    ("002", "人均体育场地面积", "sports-ground-area-per-capita"),
    ("002", "经常参加体育锻炼人口比例", "regular-exercise-rate"),
    ("002", "经常参加体育锻炼的人口比例", "regular-exercise-rate"),
    ("002", "重大慢性病过早死亡率", "premature-ncd-mortality"),
    ("002", "个人卫生支出占卫生总费用的比重", "out-of-pocket-share"),
    ("002", "城市空气质量优良天数比率", "air-quality-good-days-ratio"),
    ("002", "重点流域水质达到或好于III类水体比例", "water-quality-class-iii-share"),
    ("002", "重点流域水质达到或好于Ⅲ类水体比例", "water-quality-class-iii-share"),
    ("002", "健康产业总规模", "health-industry-size"),
    ("002", "基本医保政策范围内报销比例", "reimbursement-ratio"),
    ("002", "肺结核发病率", "tuberculosis-incidence"),
    ("002", "出生人口性别比", "sex-ratio-at-birth"),
    ("002", "交通事故万车死亡率", "road-traffic-deaths-per-10000-vehicles"),
    ("000", "健康素養水平", "health-literacy-rate"),
    ("001", "三四級手術占比", "grade-3-4-surgery-share"),
    ("001", "縣域內住院人次占比", "in-county-hospitalisation-share"),
]


def _seed_text(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("seed", "wording", "slug"), SEED_INDICATOR_WORDINGS)
def test_seed_wordings_resolve_to_one_indicator(vocab: Vocabulary, seed: str, wording: str, slug: str) -> None:
    raw = _seed_text(seed)
    assert wording in raw or wording in normalise(raw).text, f"{wording} is not in seed {seed}"
    assert vocab.lookup("indicator", wording) == f"{V}indicator/{slug}"


def test_the_issue_examples_are_one_indicator(vocab: Vocabulary) -> None:
    a = vocab.lookup("indicator", "每千人口执业(助理)医师数")
    b = vocab.lookup("indicator", "每千常住人口执业（助理）医师数")
    assert a == b == f"{V}indicator/physicians-per-1000"


def test_find_all_scans_a_seed_table_with_raw_offsets(vocab: Vocabulary) -> None:
    raw = _seed_text("003")
    hits = vocab.find_all("indicator", raw)
    slugs = {iri.rsplit("/", 1)[1] for _, _, iri in hits}
    assert {"physicians-per-1000", "nurses-per-1000", "pharmacists-per-1000", "beds-per-1000",
            "childcare-places-per-1000", "bed-staff-ratio"} <= slugs
    for start, end, iri in hits:
        assert vocab.lookup("indicator", raw[start:end]) == iri
    # leftmost-longest: the TCM physicians label wins over the shorter physicians label inside it
    tcm = [(s, e) for s, e, iri in hits if iri.endswith("tcm-physicians-per-1000")]
    assert tcm and all(not (s < e2 and s2 < e) for s, e in tcm for s2, e2, i2 in hits
                       if i2.endswith("/physicians-per-1000"))


@pytest.mark.parametrize(("scheme", "wording", "slug"), [
    ("institution-type", "二级及以上公立综合性医院", "secondary-plus-public-general-hospital"),
    ("institution-type", "二级以上公立综合医院", "secondary-plus-public-general-hospital"),
    ("institution-type", "二級及以上公立綜合性醫院", "secondary-plus-public-general-hospital"),
    ("institution-type", "二级及以上综合性医院", "secondary-plus-general-hospital"),
    ("institution-type", "苏木乡镇卫生院", "township-health-centre"),
    ("institution-type", "嘎查村卫生室", "village-clinic"),
    ("department-type", "老年医学科", "geriatrics"),
    ("department-type", "老年病医学科", "geriatrics"),
    ("department-type", "发热诊室", "fever-consultation-room"),
    ("department-type", "中医馆（中医药综合服务区）", "tcm-hall"),
    ("department-type", "安甯疗护科", "hospice-care"),
    ("agency-type", "卫生健康局", "health-commission"),
    ("agency-type", "卫生计生委", "health-commission"),
    ("agency-type", "卫生健康委", "health-commission"),
    ("agency-type", "财政厅", "finance"),
    ("agency-type", "人力资源社会保障局", "human-resources-social-security"),
    ("agency-type", "编办", "organisation-staffing"),
    ("agency-type", "政务服务数据管理局", "data-management"),
])
def test_other_schemes_resolve_seed_wordings(vocab: Vocabulary, scheme: str, wording: str, slug: str) -> None:
    assert vocab.lookup(scheme, wording) == f"{V}{scheme}/{slug}"


def test_agency_names_with_jurisdiction_prefix_are_found_by_scan(vocab: Vocabulary) -> None:
    hits = vocab.find_all("agency-type", "中山市卫生健康局、市财政局、自治区卫生健康委")
    assert [iri.rsplit("/", 1)[1] for _, _, iri in hits] == ["health-commission", "finance", "health-commission"]


def test_unknown_text_and_scheme(vocab: Vocabulary) -> None:
    assert vocab.lookup("indicator", "不存在的指标") is None
    assert vocab.lookup("no-such-scheme", "医护比") is None
    assert vocab.find_all("indicator", "") == []


def test_match_key_normalises_width_parentheses_space_and_script() -> None:
    assert match_key("每千人口執業（助理） 醫師數") == match_key("每千人口执业(助理)医师数")
    assert match_key("Ⅲ类") == match_key("III类")


@pytest.mark.parametrize(("code", "name", "parent"), [
    ("100000", "中华人民共和国", None), ("440000", "广东省", "100000"), ("442000", "中山市", "440000"),
    ("150000", "内蒙古自治区", "100000"), ("430000", "湖南省", "100000"), ("430300", "湘潭市", "430000"),
    ("220000", "吉林省", "100000"), ("220200", "吉林市", "220000"), ("220281", "蛟河市", "220200"),
])
def test_jurisdictions_contain_the_seed_places(vocab: Vocabulary, code: str, name: str, parent: str | None) -> None:
    iri = f"{V}jurisdiction/{code}"
    assert vocab.labels(iri)["zh-Hans"] == name
    assert vocab.labels(iri)["en"]
    assert vocab.parent(iri) == (f"{V}jurisdiction/{parent}" if parent else None)
    assert vocab.jurisdiction_by_name(name) == iri


def test_jiaohe_hierarchy_and_short_names(vocab: Vocabulary) -> None:
    jiaohe = vocab.jurisdiction_by_name("蛟河")
    assert vocab.ancestors(jiaohe) == [f"{V}jurisdiction/{c}" for c in ("220200", "220000", "100000")]
    assert vocab.jurisdiction_by_name("吉林") == f"{V}jurisdiction/220000"  # province before city
    assert vocab.jurisdiction_by_name("吉林市") == f"{V}jurisdiction/220200"
    assert vocab.jurisdiction_by_name("中山") == f"{V}jurisdiction/442000"
    assert vocab.jurisdiction_by_name("内蒙古") == f"{V}jurisdiction/150000"
    assert vocab.jurisdiction_by_name("朝阳区", within=vocab.jurisdiction_by_name("北京")) == f"{V}jurisdiction/110105"
    assert vocab.labels(f"{V}jurisdiction/150000")["en"] == "Inner Mongolia Autonomous Region"


def test_autonomous_divisions_by_their_everyday_names(vocab: Vocabulary) -> None:
    assert vocab.jurisdiction_by_name("黔东南州") == f"{V}jurisdiction/522600"  # 黔东南苗族侗族自治州
    assert vocab.jurisdiction_by_name("凉山州") == f"{V}jurisdiction/513400"
    assert vocab.jurisdiction_by_name("景宁县") == vocab.jurisdiction_by_name("景宁畲族自治县")
    assert vocab.jurisdiction_by_name("鄂温克族旗") is None  # no stem of an ethnic group's name alone


def test_jurisdiction_levels_and_size(graphs: dict[str, rdflib.Graph]) -> None:
    g = graphs["jurisdictions"]
    levels = {str(o).rsplit("/", 1)[1] for o in g.objects(None, PKG.level)}
    assert {"national", "province", "autonomous-region", "municipality", "prefecture-level-city",
            "county-level-city", "district", "county", "banner", "league"} <= levels
    assert len(set(g.subjects(RDF.type, SKOS.Concept))) > 3000
    assert (VOCAB_DIR / "jurisdictions.ttl").stat().st_size < 8_000_000
    level_vocab = graphs["jurisdiction-levels"]
    for level in levels:
        assert (URIRef(f"{V}jurisdiction-level/{level}"), RDF.type, SKOS.Concept) in level_vocab


def test_county_short_forms_are_not_scanned(vocab: Vocabulary) -> None:
    hits = vocab.find_all("jurisdiction", "提高县级医院能力，蛟河市人民医院")
    assert [iri.rsplit("/", 1)[1] for _, _, iri in hits] == ["220281"]


def test_generated_jurisdiction_vocab_is_up_to_date(tmp_path: Path) -> None:
    from loaders.jurisdiction_vocab import main

    out = main(tmp_path / "jurisdictions.ttl")
    assert out.read_bytes() == (VOCAB_DIR / "jurisdictions.ttl").read_bytes(), \
        "run `python -m loaders.jurisdiction_vocab` and commit the result"


def test_indicators_have_unit_and_direction(graphs: dict[str, rdflib.Graph]) -> None:
    g = graphs["indicators"]
    units = graphs["units"]
    directions = {PKG.HigherIsBetter, PKG.LowerIsBetter}
    by_scheme = defaultdict(int)
    for c in g.subjects(RDF.type, PKG.Indicator):
        unit = g.value(c, PKG.unit)
        assert unit is not None and (unit, RDF.type, SKOS.Concept) in units, c
        assert g.value(c, PKG.direction) in directions, c
        by_scheme[str(g.value(c, SKOS.inScheme))] += 1
    assert by_scheme[f"{V}indicator"] >= 50


def test_sdg_mappings_point_to_known_codes(graphs: dict[str, rdflib.Graph]) -> None:
    g, sdg = graphs["indicators"], graphs["sdg-indicators"]
    mapped = {}
    for rel in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch):
        for c, target in g.subject_objects(rel):
            assert (target, RDF.type, SKOS.Concept) in sdg, target
            mapped[str(c).rsplit("/", 1)[1]] = str(sdg.value(target, SKOS.notation))
    assert mapped["maternal-mortality-ratio"] == "3.1.1"
    assert mapped["under-five-mortality-rate"] == "3.2.1"
    assert mapped["physicians-per-1000"] == "3.c.1"


def test_whole_documents_are_keyed_but_not_kept() -> None:
    """Sentences are cached; a document-length text is not (a worker's memory must not grow per document)."""
    from loaders.vocabulary import CACHED_TEXT, _keyed_cached, _keyed_with_offsets

    long_text = "醫院" * CACHED_TEXT
    _keyed_cached.cache_clear()  # a full cache (other tests ran first) would not grow either way
    before = _keyed_cached.cache_info().currsize
    keyed, starts, ends = _keyed_with_offsets(long_text)
    assert keyed.startswith("医院") and len(starts) == len(ends) == len(long_text)
    assert _keyed_cached.cache_info().currsize == before
    _keyed_with_offsets("二级以上综合医院")
    assert _keyed_cached.cache_info().currsize == before + 1



@pytest.mark.parametrize("scheme", ["agency-type", "institution-type", "jurisdiction", "indicator"])
def test_find_all_is_leftmost_longest_over_every_label(vocab: Vocabulary, scheme: str) -> None:
    """find_all against a plain scan: at each position the longest label starting there, then past it."""
    from loaders.vocabulary import _keyed_with_offsets, scheme_iri

    raw = _seed_text("003")[:6000] + "市卫生健康委员会、区卫生健康委员，卫生健康委"
    keys = vocab.schemes[scheme_iri(scheme)].scan_keys
    longest = max(map(len, keys))
    keyed, starts, ends = _keyed_with_offsets(raw)
    expected, i = [], 0
    while i < len(keyed):
        n = next((n for n in range(min(longest, len(keyed) - i), 0, -1) if keyed[i:i + n] in keys), 0)
        if n:
            expected.append((starts[i], ends[i + n - 1], keys[keyed[i:i + n]][0][2]))
        i += n or 1
    assert vocab.find_all(scheme, raw) == expected
    assert expected


STANDARD_WORDINGS = [
    # wordings of the standard indicator system met in unseen plans, both scripts (issue 14's vocabulary goal)
    ("重点人群家庭医生签约率", "key-population-family-doctor-coverage"),
    ("签约居民续约率", "family-doctor-contract-renewal-rate"),
    ("簽約居民續約率", "family-doctor-contract-renewal-rate"),
    ("抑郁症治疗率", "depression-treatment-rate"),
    ("孕产妇抑郁症筛查率", "maternal-depression-screening-rate"),
    ("新生兒先天性心臟病篩查率", "newborn-chd-screening-rate"),
    ("住院患者静脉输液使用率", "inpatient-iv-infusion-rate"),
    ("60岁及以上老年人流感疫苗接种率", "influenza-vaccination-rate-60-plus"),
]


@pytest.mark.parametrize(("wording", "slug"), STANDARD_WORDINGS)
def test_standard_wordings_link_to_a_concept_with_an_english_label(vocab: Vocabulary, wording: str, slug: str) -> None:
    iri = link_indicator(vocab, wording)
    assert iri == f"{V}indicator/{slug}" and vocab.labels(iri).get("en")


def test_a_concept_of_one_age_group_does_not_take_another(vocab: Vocabulary) -> None:
    """60岁及以上 is not 65岁及以上: a wording of another age group stays unmapped rather than take the concept."""
    assert link_indicator(vocab, "65岁及以上老年人流感疫苗接种率") != f"{V}indicator/influenza-vaccination-rate-60-plus"
