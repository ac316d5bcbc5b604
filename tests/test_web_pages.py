"""The browsing pages over the seed store (Flask test client): every page type in both languages, content
negotiation and linked-data headers, escaping, error pages, CSP, search in every script, exports, and the
researcher's questions of issue 11 (agency tasks, comparisons that never mix, English that works, the reader).

Every page is fetched with the app's strict i18n flag (a missing UI string raises) and checked for text in the
wrong language for where it stands (tests.ui_language) and for the leaked redaction marker."""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
import urllib.parse
from dataclasses import replace
from email.utils import format_datetime, parsedate_to_datetime

import pytest
import rdflib
from rdflib.namespace import RDF

from graph_store.catalogue import Catalogue
from policykg.settings import ROOT
from tests.ui_language import leaked_gap, wrong_language
from web.app import create_app
from web.i18n import STRICT
from web.pages.compare import short_title
from web.pages.highlight import segments
from web.view_models import Span

PKG = rdflib.Namespace("https://w3id.org/policykg/ontology#")
BASE = "https://w3id.org/policykg/"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ZHONGSHAN = "zhongshan-2023-health-high-quality-development"
JIAOHE = "jiaohe-2023-health-service-system-plan-draft"
XIANGTAN = "xiangtan-undated-healthy-xiangtan-2030"
INNER_MONGOLIA = "inner-mongolia-2023-healthcare-service-system"
GERIATRICS = BASE + "vocab/department-type/geriatrics"
MIXED = BASE + "vocab/indicator/share-of-institutions-with-department"
GAP, GAP_TEXT = "\ue000", "〔略〕"
Q = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "


@pytest.fixture(scope="module")
def app(seed_settings):
    app = create_app(replace(seed_settings, query_workers=0))
    app.config[STRICT] = True  # a missing UI string is an error, not a key shown on the page
    return app


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def html(client, url: str, status: int = 200, lang: str = "zh") -> str:
    """The page at `url` in `lang` (always asked for: the client keeps the language cookie between tests)."""
    if lang and "lang=" not in url:
        url += ("&" if "?" in url else "?") + f"lang={lang}"
    r = client.get(url, headers=HTML)
    assert r.status_code == status, (url, r.status_code, r.data[:500])
    assert r.mimetype == "text/html"
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    page = r.get_data(as_text=True)
    assert not leaked_gap(page), url
    return page


def visible(page: str) -> str:
    """The page's text as a reader sees it (no tags, scripts, the hidden fact list or the IRI lines)."""
    body = page.split("<main", 1)[1].split("</main>", 1)[0] if "<main" in page else page
    body = re.sub(r"<(script|style|code|pre)[^>]*>.*?</\1>", "", body, flags=re.S)
    body = re.sub(r"</?span[^>]*>", "", body)  # language marks inside a text
    body = re.sub(r'<ul id="fact-list" hidden>.*?</ul>', "", body, flags=re.S)
    body = re.sub(r'<p class="iri">.*?</p>', "", body, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", body))


def doctext(page: str) -> str:
    """The reader's text (tags stripped, entities unescaped, 〔略〕 gaps back to the marker they stand for)."""
    body = page.split('id="doctext"', 1)[1].split(">", 1)[1].split("</div>", 1)[0]
    body = body.replace('<span class="gap" lang="zh-Hans">〔略〕</span>', GAP)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", body))


# --- every page, both languages ----------------------------------------------------------------------

PAGES = [
    "/", f"/doc/{XIANGTAN}", f"/doc/{INNER_MONGOLIA}?view=raw", f"/doc/{JIAOHE}?view=normalised&at=3449-3485",
    f"/doc/{ZHONGSHAN}/p/8.10.1", "/compare", f"/compare?department={GERIATRICS}",
    "/agencies", "/agency/150000/health-commission", "/agency/442000/health-commission",
    "/search?q=hospital", "/search?q=yiyuan", "/search?q=%E8%80%81%E5%B9%B4%E5%8C%BB%E5%AD%A6%E7%A7%91",
    "/queries", f"/queries/responsibilities?run=1&document={ZHONGSHAN}", "/queries/indicator-comparison?run=1",
    "/queries/fact-provenance", "/queries/institutions-by-jurisdiction", "/queries/classes?run=1", "/query",
    "/ontology", "/vocab/indicator/life-expectancy", "/vocab/department-type/geriatrics",
    "/vocab/jurisdiction/150000", "/programme/qian-xian-gong-cheng",
    "/resource?iri=https://w3id.org/policykg/ontology%23Target",
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_has_every_string_in_its_language_and_no_gap_marker(client, lang):
    """Strict i18n (a missing key raises), no private-use gap marker, and no text in the other language unless
    its element says so (lang="zh-Hans" inside English pages, lang="en" inside Chinese ones)."""
    problems = {}
    for url in PAGES:
        found = wrong_language(html(client, url, lang=lang))
        if found:
            problems[url] = found[:5]
    assert not problems, problems


def test_html_pages_declare_their_language_and_have_a_skip_link(client):
    for lang, tag in (("zh", "zh-Hans"), ("en", "en")):
        page = html(client, "/", lang=lang)
        assert f'<html lang="{tag}">' in page
        assert '<a class="skip" href="#main">' in page and '<main id="main"' in page


# --- point 1: tofu ------------------------------------------------------------------------------------

def test_redactions_show_as_styled_gaps(client, seed_docs):
    doc = seed_docs["xiangtan"]
    assert doc.norm.text.count(GAP) > 100
    page = html(client, f"/doc/{doc.id}")
    assert doctext(page) == doc.norm.text
    assert page.count('<span class="gap" lang="zh-Hans">〔略〕</span>') >= doc.norm.text.count(GAP)
    search = html(client, "/search?q=%E5%81%A5%E5%BA%B7%E6%9D%91%E9%95%87")  # 健康村镇: a heading with a gap
    assert GAP not in search


# --- the reader (point 7) and accessibility (point 9) ------------------------------------------------

def test_home_lists_every_document_with_counts(client, seed_build):
    page = html(client, "/")
    for doc in seed_build.documents:
        assert f'href="/doc/{doc.id}"' in page
    data = client.get("/?format=json").get_json()
    assert dict(data["counts"])["documents"] == len(seed_build.documents)
    assert {d["id"] for d in data["documents"]} == {d.id for d in seed_build.documents}
    assert all(d["provisions"] > 0 for d in data["documents"])


@pytest.mark.parametrize("view", ["normalised", "raw"])
def test_document_page_shows_outline_text_and_tables(client, seed_docs, view):
    doc = seed_docs["zhongshan"]
    page = html(client, f"/doc/{doc.id}?view={view}")
    assert doc.source.metadata.title in page
    assert doc.source.metadata.doc_number in page
    for p in doc.provisions[:5]:
        assert f'id="p-{p.path}"' in page and f'href="#p-{p.path}"' in page
    assert doctext(page) == (doc.source.raw if view == "raw" else doc.norm.text)
    assert 'class="doctext"' in page and 'id="t-targets"' in page and 'id="t-responsibilities"' in page
    assert "doc.agencys" not in page and 'id="t-agencies"' in page


def _marked_text_at_focus(page: str) -> str:
    """The text (tags stripped, entities unescaped, gaps as the marker) from the focused mark onwards."""
    after = page.split('focus">', 1)[1].split('</div>', 1)[0]
    after = after.replace('<span class="gap" lang="zh-Hans">〔略〕</span>', GAP)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", after))


@pytest.mark.parametrize("view", ["normalised", "raw"])
def test_evidence_focus_is_exact_in_both_views(client, seed_docs, view):
    doc = seed_docs["inner_mongolia"]
    facts = [f for f in doc.facts if f.evidence.end > f.evidence.start and f.evidence.document_id == doc.id]
    assert facts, "the seed build extracts facts from the Inner Mongolia plan"
    for fact in (facts[0], facts[len(facts) // 2], facts[-1]):
        ev = fact.evidence
        if view == "raw":
            start, end, quote = ev.start, ev.end, ev.quote
        else:
            start, end = doc.norm.normalised_offset(ev.start), doc.norm.normalised_offset(ev.end)
            quote = doc.norm.text[start:end]
        page = html(client, f"/doc/{doc.id}?view={view}&at={start}-{end}")
        assert 'id="at"' in page and 'class="fact k-' in page
        assert _marked_text_at_focus(page).startswith(quote), (view, start, end, quote)
        # the switch to the other view keeps the focus, at that view's offsets
        other = "raw" if view == "normalised" else "normalised"
        switch = re.search(rf'id="view-{other}"[^>]*href="([^"]+)"', page)
        assert switch and "&amp;at=" in switch.group(1)
        target = html_lib.unescape(switch.group(1))
        back = html(client, f"/doc/{doc.id}{target.split('#')[0]}")
        other_quote = ev.quote if other == "raw" else doc.norm.text[
            doc.norm.normalised_offset(ev.start):doc.norm.normalised_offset(ev.end)]
        assert _marked_text_at_focus(back).startswith(other_quote)


@pytest.mark.parametrize("view", ["normalised", "raw"])
def test_every_highlight_lies_exactly_in_its_evidence_span(client, seed_store, seed_docs, view):
    """The page text is the document text, and each fact link's text lies inside one of that fact's evidence
    spans: pkg:start/pkg:end in the normalised view, oa:start/oa:end in the raw view."""
    doc = seed_docs["zhongshan"]
    query = Catalogue(ROOT / "queries").get("ui-document-facts")
    evidence: dict[str, list[tuple[int, int]]] = {}
    for r in seed_store.query(query.text, query.bindings({"doc": BASE + "doc/" + doc.id})).values():
        key = ("norm_start", "norm_end") if view == "normalised" else ("start", "end")
        evidence.setdefault(r["fact"], []).append((int(r[key[0]]), int(r[key[1]])))
    page = html(client, f"/doc/{doc.id}?view={view}")
    body = page.split('id="doctext"', 1)[1].split(">", 1)[1].split("</div>", 1)[0]
    body = body.replace('<span class="gap" lang="zh-Hans">〔略〕</span>', GAP)
    assert body.count("<mark") == body.count("</mark>") > 50
    plain, link, checked = "", "", 0
    for token in re.split(r"(<[^>]+>)", body):
        if token.startswith("<a "):
            link = html_lib.unescape(re.search(r'href="([^"]+)"', token).group(1))
        elif token == "</a>":
            link = ""
        elif not token.startswith("<"):
            chunk = html_lib.unescape(token)
            if link and chunk:
                fact = BASE + link.lstrip("/")
                assert any(a <= len(plain) and len(plain) + len(chunk) <= b for a, b in evidence[fact]), (fact, chunk)
                checked += 1
            plain += chunk
    assert plain == (doc.norm.text if view == "normalised" else doc.source.raw)
    assert checked > 100
    assert body.count("<mark") >= sum(len(set(v)) for v in evidence.values())  # one mark per fact span at least


def test_every_fact_at_a_span_is_listed(client, seed_store):
    """Where a department requirement and a target share a span, the run lists both (the popover's list), each
    with its type in words and a link to its page."""
    shared = seed_store.query(Q + f"""SELECT ?req ?t WHERE {{ GRAPH <{BASE}graph/{JIAOHE}> {{
        ?req a pkg:DepartmentRequirement ; pkg:evidence/oa:hasTarget/oa:hasSelector ?a . ?a oa:start ?s ; oa:end ?e .
        ?t a pkg:Target ; pkg:evidence/oa:hasTarget/oa:hasSelector ?b . ?b oa:start ?s2 ; oa:end ?e2 .
        FILTER(?s2 < ?e && ?s < ?e2) }} }} LIMIT 1""").values()
    assert shared, "the Jiaohe plan states a department requirement and a share target at one place"
    page = html(client, f"/doc/{JIAOHE}", lang="en")
    items = {m[0]: m[2] for m in re.findall(r'<li id="(f\d+)" data-kind="([^"]+)"><span[^>]*>[^<]*</span> '
                                           r'<a href="([^"]+)"', page)}
    req, target = shared[0]["req"], shared[0]["t"]
    ids = {href: ident for ident, href in items.items()}
    req_id, target_id = ids["/" + req[len(BASE):]], ids["/" + target[len(BASE):]]
    runs = [set(m.split()) for m in re.findall(r'data-f="([^"]*)"', page)]
    assert any({req_id, target_id} <= run for run in runs)
    assert 'aria-haspopup="dialog"' in page and 'id="popover"' in page and "/static/reader.js" in page
    listing = re.search(rf'<li id="{req_id}" data-kind="DepartmentRequirement"><span class="tag k-\w+">([^<]+)</span>',
                        page)
    assert listing and listing.group(1) == "Department requirement"


def test_reader_legend_outline_links_and_view_links(client, seed_docs):
    doc = seed_docs["jiaohe"]
    page = html(client, f"/doc/{doc.id}", lang="en")
    kinds = re.findall(r'<input type="checkbox" checked data-kind="(\w+)">', page)
    assert {"Target", "Observation", "DepartmentRequirement"} <= set(kinds)
    # outline counts link to rows that exist in the fact tables
    targets = re.findall(r'class="count c-(\w+)" href="#(t-\w+-p-[\d.]+)"', page)
    assert targets
    for _, anchor in targets:
        assert f'<tr id="{anchor}">' in page, anchor
    # the view switch is two links, the current one marked as the current page
    assert re.search(r'id="view-normalised" class="on" href="[^"]*" aria-current="page"', page)
    raw = html(client, f"/doc/{doc.id}?view=raw", lang="en")
    assert re.search(r'id="view-raw" class="on" href="[^"]*" aria-current="page"', raw)
    assert 'role="tab"' not in raw
    # traditional raw text is marked as such
    trad = html(client, f"/doc/{INNER_MONGOLIA}?view=raw")
    assert 'id="doctext" lang="zh-Hant"' in trad
    assert 'id="doctext" lang="zh-Hans"' in html(client, f"/doc/{INNER_MONGOLIA}")


def test_segments_nest_overlapping_spans_deterministically():
    text = "abcdefghij"
    outer, inner = Span(1, 8, "Target", "/t"), Span(3, 5, "Mention", "/m")
    crossing = Span(6, 10, "Citation", "/c")  # crosses the end of `outer`: split at 8
    segs = segments(text, [crossing, inner, outer], {0: ("p-1",), 6: ("p-1.1",)})
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.span.kind if s.span else None, [o.kind for o in s.opens], s.closes) for s in segs] == [
        ("a", None, [], 0), ("bc", "Target", ["Target"], 0), ("de", "Mention", ["Mention"], 1),
        ("f", "Target", [], 0), ("gh", "Citation", ["Citation"], 2), ("ij", "Citation", ["Citation"], 1)]
    assert [[c.kind for c in s.covers] for s in segs[:4]] == [[], ["Target"], ["Target", "Mention"], ["Target"]]
    assert segs[0].anchors == ("p-1",) and segs[4].anchors == ("p-1.1",)
    # marks balance like parentheses, whatever order the spans come in
    for order in ([outer, inner, crossing], [crossing, outer, inner], [inner, crossing, outer]):
        again = segments(text, order)
        assert again == segments(text, [outer, inner, crossing])
        depth = 0
        for s in again:
            depth += len(s.opens)
            assert depth >= 0
            depth -= s.closes
        assert depth == 0
    # same span twice with different kinds: the order is fixed (kind, then link), the longer span is outermost
    same = segments("xyz", [Span(0, 3, "Mention", "/b"), Span(0, 3, "Citation", "/a"), Span(0, 2, "Target", "/c")])
    assert [o.kind for o in same[0].opens] == ["Citation", "Mention", "Target"] and same[0].span.kind == "Target"
    # a focused span is the outermost mark at its start and puts the anchor `at` there; links stay on facts
    focus = segments(text, [outer, Span(1, 8, "focus", "#at", focus=True)])
    first = next(s for s in focus if s.opens)
    assert first.anchors == ("at",) and [o.focus for o in first.opens] == [True, False]
    assert first.span and first.span.kind == "Target" and [c.kind for c in first.covers] == ["Target"]


# --- entity pages (point 2) --------------------------------------------------------------------------

def test_agency_page_lists_what_it_leads_and_supports(client, seed_store):
    agency = BASE + "agency/150000/health-commission"
    found = seed_store.query(Q + f"""SELECT ?r ?role ?path ?heading WHERE {{ ?r pkg:agency <{agency}> ;
        pkg:role ?role ; pkg:provision ?p . ?p pkg:path ?path . OPTIONAL {{ ?p pkg:heading ?heading }} }}""").values()
    roles = [PKG.Lead, PKG.Support, PKG.Responsible]
    per_role = [sum(r["role"] == str(role) for r in found) for role in roles]
    role_words = {"zh": ["牵头", "配合", "负责"], "en": ["lead", "support", "responsible"]}
    for lang in ("zh", "en"):
        page = html(client, "/agency/150000/health-commission", lang=lang)
        text = visible(page)
        assert 'id="tasks"' in page
        counts = re.findall(r"<li[^>]*><strong>(\d+)</strong>", page.split('id="tasks"', 1)[1])
        assert counts[:len([n for n in per_role if n]) + 1] == [str(n) for n in per_role if n] + ["1"]
        rows = re.findall(r'<tr class="(lead|support|responsible)">', page)
        assert len(rows) == len(found)
        shown_roles = re.findall(r'<span class="role (\w+)">([^<]+)</span>', page)
        for key, word in shown_roles:  # each task's role in words
            assert word == role_words[lang][["lead", "support", "responsible"].index(key)]
        for r in found:
            if r["heading"]:
                assert r["heading"] in text
        # co-responsible agencies by name, each task's quote landing on its sentence in the reader
        assert re.search(r'<span class="co[^"]*"><a href="/agency/150000/[^"]+"><span lang="zh-Hans">内蒙古自治区'
                         if lang == "en" else r'<span class="co[^"]*"><a href="/agency/150000/[^"]+">内蒙古自治区', page)
        assert re.search(rf'<a class="evidence" href="/doc/{INNER_MONGOLIA}\?view=normalised&amp;at=\d+-\d+#at"', page)
        assert "https://w3id.org" not in text  # labels, never IRIs
    en = html(client, "/agency/150000/health-commission", lang="en")
    assert '<span lang="zh-Hans">内蒙古自治区进一步完善医疗卫生服务体系实施方案</span>' in en  # no English title known
    assert "Health commission" in visible(en) and "Inner Mongolia Autonomous Region" in visible(en)


def test_agency_task_list_is_paged_by_document(client, monkeypatch):
    import web.pages.entities as entities

    monkeypatch.setattr(entities, "DOC_PAGE", 1)
    page = html(client, "/agency/150000/health-commission", lang="en")
    assert "documents 1–1 of 1" in visible(page) and 'id="tasks-next"' not in page


def test_agency_task_pages_end_at_a_budget_of_tasks(client, monkeypatch):
    """A page of an agency's tasks ends with the document that reaches TASK_PAGE tasks (at least one document), and
    the page before starts as far back as a page reaches."""
    import web.pages.entities as entities

    monkeypatch.setattr(entities, "TASK_PAGE", 150)
    assert entities._within_budget([100, 40, 30, 90]) == 3  # 170 tasks: the third document reaches the budget
    assert entities._within_budget([400, 10]) == 1  # one document over budget is still a page
    assert entities._within_budget([10, 20]) == 2  # all of them below it
    assert entities.previous_page(10, [5, 5, 5, 100, 60]) == 8  # 60 + 100 reach it: the page before is 8 and 9
    monkeypatch.setattr(entities, "TASK_PAGE", 1)
    page = html(client, "/agency/150000/health-commission", lang="en")
    assert "documents 1–1 of 1" in visible(page) and 'id="tasks-next"' not in page


def test_fact_page_describes_the_fact_once_with_its_provision(client, seed_store):
    row = seed_store.query(Q + f"""SELECT ?t WHERE {{ GRAPH <{BASE}graph/{JIAOHE}> {{ ?t a pkg:Target ;
        pkg:indicator <{MIXED}> ; pkg:value ?v FILTER(STR(?v) = "60") }} }} LIMIT 1""").values()
    assert row
    target = row[0]["t"]
    for lang in ("zh", "en"):
        page = html(client, "/" + target[len(BASE):], lang=lang)
        text = visible(page)
        assert "60%" in text
        assert text.count("二级及以上综合性医院设置老年病医学科的比例(%)") == 1  # the quote, once
        assert re.search(rf'class="evidence" href="/doc/{JIAOHE}\?view=normalised&amp;at=\d+-\d+#at"', page)
        # the department requirement of the same provision, and no raw IRIs
        assert ("老年医学科" if lang == "zh" else "Geriatrics department") in text
        assert "https://w3id.org" not in text
        assert "percent (" not in text and "per-1000" not in text


def test_institution_and_programme_pages_show_each_quote_once(client, seed_store):
    for path in ("programme/qian-xian-gong-cheng", "institution/440100/guang-zhou-shi-yan-shi"):
        page = html(client, "/" + path)
        spans = re.findall(r'<li><blockquote>.*?<a class="evidence" href="([^"]+)"', page, flags=re.S)
        assert spans and len(spans) == len(set(spans)), path
        assert "https://w3id.org" not in visible(page)


def test_cited_work_lists_each_citing_document_once(client):
    # 中山: 依据《基本医疗卫生与健康促进法》 (pkg:cites, materialised as eli:cites too: both read "cites")
    page = html(client, "/cited/ji-ben-yi-liao-wei-sheng-yu-jian-kang-cu-jin-fa", lang="en")
    text = " ".join(visible(page).split())
    assert text.count("中山市推进卫生健康高质量发展实施方案 cites") == 1, text


def test_indicator_and_department_pages_link_to_the_comparison(client):
    page = html(client, "/vocab/indicator/life-expectancy", lang="en")
    assert re.search(r'href="/compare\?indicator=https[^"]+" id="entity-compare"', page)
    assert "Documents with facts about this" in visible(page)
    page = html(client, "/vocab/department-type/geriatrics", lang="zh")
    assert re.search(r'href="/compare\?department=https[^"]+" id="entity-compare"', page)


def test_provision_and_concept_pages(client, seed_docs):
    doc = seed_docs["xiangtan"]
    p = doc.provisions[1]
    page = html(client, f"/doc/{doc.id}/p/{p.path}")
    assert p.heading[:6] in page and f'href="/doc/{doc.id}"' in page
    page = html(client, "/vocab/indicator/life-expectancy")
    assert "人均预期寿命" in page and "Life expectancy at birth" in page


# --- linked data (issue 13) ----------------------------------------------------------------------------

@pytest.mark.parametrize(("how", "fmt"), [
    ({"Accept": "text/turtle"}, "turtle"), ({"Accept": "application/ld+json"}, "json-ld"),
    ({"Accept": "application/n-triples"}, "nt"), ({"Accept": "application/rdf+xml"}, "xml"),
    (".ttl", "turtle"), (".jsonld", "json-ld"), (".nt", "nt"), (".rdf", "xml"),
])
def test_content_negotiation_for_documents_provisions_and_concepts(client, how, fmt):
    for path, cls in ((f"doc/{ZHONGSHAN}", PKG.PolicyDocument), (f"doc/{ZHONGSHAN}/p/1", PKG.Provision),
                      ("vocab/indicator/life-expectancy", PKG.Indicator), ("agency/442000/health-commission",
                                                                          PKG.Agency)):
        url, headers = (f"/{path}{how}", {}) if isinstance(how, str) else (f"/{path}", how)
        r = client.get(url, headers=headers)
        assert r.status_code == 200, url
        g = rdflib.Graph().parse(data=r.get_data(as_text=True), format=fmt)
        assert (rdflib.URIRef(BASE + path), RDF.type, cls) in g, (url, len(g))
        if not isinstance(how, str):
            assert "Accept" in r.headers.get("Vary", ""), url
        assert r.headers["Access-Control-Allow-Origin"] == "*", url  # CORS on RDF, per settings.cors_origins


def test_vary_accept_on_every_negotiated_answer_including_406(client):
    for path in ("/agency/442000/health-commission", f"/doc/{ZHONGSHAN}", "/vocab/indicator/life-expectancy"):
        for accept in ("text/html", "text/turtle"):
            r = client.get(path, headers={"Accept": accept})
            assert r.status_code == 200 and "Accept" in r.headers["Vary"], (path, accept)
        r = client.get(path, headers={"Accept": "image/png"})
        assert r.status_code == 406 and "Accept" in r.headers["Vary"], path
        assert "text/turtle" in r.get_json()["message"]


def test_cors_follows_the_setting(seed_settings):
    client = create_app(replace(seed_settings, query_workers=0, cors_origins="https://a.example")).test_client()
    r = client.get(f"/doc/{ZHONGSHAN}.ttl", headers={"Origin": "https://a.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://a.example" and "Origin" in r.headers["Vary"]
    r = client.get(f"/doc/{ZHONGSHAN}.ttl", headers={"Origin": "https://b.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_etag_last_modified_and_304(client, seed_store):
    ended = seed_store.query("SELECT ?t WHERE { GRAPH <https://w3id.org/policykg/graph/build> "
                             "{ ?a <http://www.w3.org/ns/prov#endedAtTime> ?t } }").values()[0]["t"]
    for url, headers in ((f"/doc/{ZHONGSHAN}", HTML), (f"/doc/{ZHONGSHAN}.ttl", {}), ("/compare", HTML),
                         ("/agency/442000/health-commission", {"Accept": "text/turtle"})):
        r = client.get(url, headers=headers)
        assert r.status_code == 200
        tag, modified = r.headers["ETag"], r.headers["Last-Modified"]
        assert parsedate_to_datetime(modified).isoformat().startswith(ended.replace("Z", "")[:19]), (modified, ended)
        again = client.get(url, headers={**headers, "If-None-Match": tag})
        assert again.status_code == 304 and again.headers["ETag"] == tag and not again.data
        since = client.get(url, headers={**headers, "If-Modified-Since": modified})
        assert since.status_code == 304
        older = format_datetime(parsedate_to_datetime("Mon, 01 Jan 2001 00:00:00 GMT"), usegmt=True)
        assert client.get(url, headers={**headers, "If-Modified-Since": older}).status_code == 200
    # a representation in another language or format has its own tag
    zh = client.get(f"/doc/{ZHONGSHAN}?lang=zh", headers=HTML).headers["ETag"]
    en = client.get(f"/doc/{ZHONGSHAN}?lang=en", headers=HTML).headers["ETag"]
    assert zh != en


def test_every_html_page_links_its_alternates(client):
    for url in ("/", f"/doc/{ZHONGSHAN}", "/compare", "/agencies", "/search?q=zhongshan", "/queries", "/query",
                "/ontology", "/vocab/indicator/life-expectancy", "/agency/442000/health-commission"):
        r = client.get(url, headers=HTML)
        page = r.get_data(as_text=True)
        links = r.headers["Link"]
        assert re.search(r'rel="alternate"; hreflang="(en|zh-Hans)"', links), url
        assert re.search(r'<link rel="alternate" href="[^"]*" hreflang="(en|zh-Hans)">', page), url
    r = client.get(f"/doc/{ZHONGSHAN}", headers=HTML)
    for media in ("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"):
        assert f'type="{media}"' in r.headers["Link"]
        assert re.search(rf'<link rel="alternate" href="/doc/{ZHONGSHAN}\.\w+" type="{re.escape(media)}">',
                         r.get_data(as_text=True))
    assert 'type="text/csv"' in client.get("/compare", headers=HTML).headers["Link"]


def test_fact_rdf_includes_its_evidence(client, seed_store):
    fact = seed_store.query("PREFIX pkg: <https://w3id.org/policykg/ontology#> "
                            "SELECT ?f WHERE { ?f a pkg:Responsibility } ORDER BY ?f LIMIT 1").values()[0]["f"]
    g = rdflib.Graph().parse(data=client.get("/" + fact[len(BASE):] + ".ttl").get_data(as_text=True), format="turtle")
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    starts = list(g.objects(None, oa.start))
    exact = list(g.objects(None, oa.exact))
    assert len(starts) == 1 and len(exact) == 1


def test_resource_fallback_and_ontology(client):
    page = html(client, "/resource?iri=" + "https://w3id.org/policykg/ontology%23Target")
    assert "pkg:Target" in page or "目标" in page
    r = client.get("/resource?iri=https://w3id.org/policykg/ontology%23Target&format=turtle")
    g = rdflib.Graph().parse(data=r.get_data(as_text=True), format="turtle")
    assert len(g) > 3
    page = html(client, "/ontology")
    assert 'id="pkg-Target"' in page and 'id="pkg-indicator"' in page
    g = rdflib.Graph().parse(data=client.get("/ontology.ttl").get_data(as_text=True), format="turtle")
    assert (PKG.Target, RDF.type, rdflib.OWL.Class) in g
    g = rdflib.Graph().parse(data=client.get("/ontology.rdf").get_data(as_text=True), format="xml")
    assert (PKG.Target, RDF.type, rdflib.OWL.Class) in g


# --- the comparison (point 3) ------------------------------------------------------------------------

def _table(page: str) -> list[dict[str, str]]:
    """The comparison table's rows as {column label: cell text}."""
    body = page.split('id="compare-table"', 1)[1].split("</table>", 1)[0]
    out = []
    for tr in re.findall(r"<tr class=[^>]*>(.*?)</tr>", body, flags=re.S):
        cells = re.findall(r'<td data-label="([^"]+)"[^>]*>(.*?)</td>', tr, flags=re.S)
        out.append({html_lib.unescape(k): " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", v)).split())
                    for k, v in cells})
    return out


def test_document_page_rows_stored_at_build_time_equal_the_canned_queries_answers(app, client, monkeypatch):
    """The document page reads its outline, evidence spans and fact details from the index (loaders.page_rows): for
    every seed document they are the rows ui-document-outline, ui-document-facts and ui-document-fact-details
    answer over the graph, and the
    page is the same, byte for byte, when it has to ask the graph instead (an index written without them)."""
    import json

    from graph_store.sidecar import IndexReader
    from web.pages.data import index, rows

    def canon(found):
        return sorted(json.dumps({k: v for k, v in r.items() if v}, sort_keys=True, ensure_ascii=False)
                      for r in found)

    spans_seen = 0
    with app.test_request_context("/"):
        for d in index().documents(limit=100):
            stored = index().page_rows(d["id"])
            spans, details = stored["spans"], stored["details"]
            assert canon(spans) == canon(rows("ui-document-facts", doc=d["iri"])), d["id"]
            assert stored["outline"] == rows("ui-document-outline", doc=d["iri"]), d["id"]  # in the same order
            assert canon(details + rows("ui-document-citations", doc=d["iri"])) == \
                canon(rows("ui-document-fact-details", doc=d["iri"])), d["id"]
            spans_seen += len(spans)
    assert spans_seen > 1000
    stored = client.get(f"/doc/{ZHONGSHAN}").data
    monkeypatch.setattr(IndexReader, "page_rows", lambda self, doc_id: None)
    assert client.get(f"/doc/{ZHONGSHAN}").data == stored


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fact_tables_built_in_python_are_the_macros_markup_byte_for_byte(app, lang):
    """The document page's fact tables come from web/pages/table_html.py; for every table of every seed document
    they are exactly what the `table` macro of templates/macros.html renders."""
    from web.i18n import translate
    from web.pages.data import index, rows
    from web.pages.documents import document_page
    from web.pages.table_html import table_html
    from web.pages.text import in_lang

    checked = 0
    with app.test_request_context(f"/?lang={lang}"):
        macro = app.jinja_env.get_template("macros.html").make_module(
            {"t": lambda key, **kw: translate(key, lang, **kw), "L": lambda v: in_lang(v, lang)}).table
        for d in index().documents(limit=100):
            page = document_page(d["iri"], rows("ui-document", doc=d["iri"])[0], "normalised", None)
            for tbl in page.tables:
                assert str(table_html(tbl, lang)) == str(macro(tbl)), (d["id"], tbl.key)
                checked += len(tbl.rows)
    assert checked > 500


def test_agency_tasks_stored_at_build_time_equal_the_canned_queries_answers(app):
    """An agency's page reads its tasks from the index (loaders.task_rows): for every agency of the corpus the
    counts, the documents, the tasks and the other agencies of each provision are what ui-agency-summary,
    ui-agency-documents, ui-agency-tasks and ui-provision-agencies answer over the graph."""
    import json

    from web.pages.data import index, page_rows, rows, rows_for

    def canon(found):
        return sorted(json.dumps({k: str(v) for k, v in r.items() if v not in ("", None)}, sort_keys=True,
                                 ensure_ascii=False) for r in found)

    tasks = 0
    with app.test_request_context("/"):
        idx = index()
        with idx._con() as con:
            agencies = [a for (a,) in con.execute("SELECT DISTINCT agency FROM tasks ORDER BY agency")]
        assert len(agencies) > 40
        for agency in agencies:
            assert canon(idx.agency_summary(agency)) == canon(rows("ui-agency-summary", agency=agency)), agency
            graph_docs, _ = page_rows("ui-agency-documents", 1000, 0, agency=agency)
            docs, more = idx.agency_documents(agency, 1000)
            assert not more and canon({k: v for k, v in d.items() if k != "id"} for d in docs) == canon(graph_docs)
            found = idx.agency_tasks(agency, [d["id"] for d in docs])
            assert canon(found) == canon(rows_for("ui-agency-tasks", "doc", [d["doc"] for d in docs],
                                                  agency=agency)), agency
            provisions = sorted({r["provision"] for r in found if r["provision"]})
            assert canon(idx.provision_agencies(provisions)) == canon(rows_for("ui-provision-agencies", "provision",
                                                                               provisions)), agency
            tasks += len(found)
    assert tasks > 500


def test_compare_rows_stored_at_build_time_equal_the_canned_queries_answers(app):
    """/compare reads each document's rows from the index (loaders.compare_rows); for every indicator and department
    type of the corpus they are, fact by fact and value by value, what ui-compare-indicator and ui-compare-department
    answer over the graph."""
    from web.pages.compare import compare_facts, one_per_fact
    from web.pages.data import index, rows_for

    checked = 0
    with app.test_request_context("/compare"):
        idx = index()
        with idx._con() as con:
            topics = sorted(set(con.execute("SELECT kind, iri FROM topics")))
        assert len(topics) > 100
        for kind, concept in topics:
            mode = "indicator" if kind == "indicator" else "department"
            docs = sorted(idx.documents_about(kind, concept))
            iris = [idx.document(d)["iri"] for d in docs]
            name = "ui-compare-indicator" if mode == "indicator" else "ui-compare-department"
            graph = {r["fact"]: r for r in one_per_fact(rows_for(name, "doc", iris, **{mode: concept}))}
            stored = {r["fact"]: r for r in one_per_fact(compare_facts(mode, concept, docs))}
            assert graph.keys() == stored.keys(), concept
            for fact, row in graph.items():
                assert {k: v for k, v in row.items() if v} == {k: v for k, v in stored[fact].items() if v}, fact
            checked += len(graph)
    assert checked > 300


def test_a_department_comparison_says_its_values_are_shares_not_a_unit_conversion(client):
    page = visible(html(client, f"/compare?department={GERIATRICS}", lang="en"))
    assert "share of institutions with the department (%)" in page and "normalised to the indicator" not in page
    assert "normalised to the indicator's unit" in visible(html(client, "/compare", lang="en"))


def test_compare_opens_on_a_shared_indicator_and_never_mixes_department_types(client, seed_store):
    page = html(client, "/compare")
    subject = re.search(r"<h1>[^<]*: <a href=\"([^\"]+)\"", page)
    assert subject and "share-of-institutions-with-department" not in subject.group(1)
    assert f'<option value="{MIXED}"' not in page  # the generic share is never offered as one indicator
    r = client.get(f"/compare?indicator={MIXED}", headers=HTML)
    assert r.status_code == 302 and "department=" in r.headers["Location"]
    page = html(client, f"/compare?department={GERIATRICS}", lang="zh")
    rows = _table(page)
    assert rows and {r["科室"] for r in rows} == {"老年医学科"}


def test_compare_opens_on_one_kind_of_thing_and_compares_generic_indicators_one_scope_at_a_time(client):
    page = html(client, "/compare", lang="en")
    subject = re.search(r"<h1>[^<]*: <a href=\"([^\"]+)\"", page)
    assert subject and subject.group(1) == "/vocab/indicator/life-expectancy"  # Xiangtan and Jiaohe both state it
    url = f"/compare?indicator={BASE}vocab/indicator/number-of-institutions"
    page = html(client, url, lang="en")
    rows = _table(page)
    assert rows and len({r["Scope"] for r in rows}) == 1 and 'id="one-kind"' in page  # never hospitals beside clinics
    assert not re.search(r'<select name="scope" id="filter-scope">\s*<option value="">', page)  # no "All"
    # 蛟河: 村卫生室219所 (2020)
    village = _table(html(client, url + f"&scope={BASE}vocab/institution-type/village-clinic", lang="en"))
    assert [(r["Jurisdiction"], r["Kind"], r["Value"], r["Year"]) for r in village] == [
        ("Jiaohe City", "Observation", "= 219", "2020")]


def test_compare_department_view_shows_baselines_and_no_number(client):
    rows = _table(html(client, f"/compare?department={GERIATRICS}", lang="en"))
    jiaohe = [r for r in rows if r["Jurisdiction"] == "Jiaohe City"]
    assert any(r["Baseline"] == "50% (2020)" and r["Share"] in ("= 60%", "≥ 60%") for r in jiaohe), jiaohe
    zhongshan = [r for r in rows if r["Jurisdiction"] == "Zhongshan"]
    assert zhongshan and all(r["Share"] == "no number stated" for r in zhongshan)
    assert all(r["Department"] == "Geriatrics department" for r in rows)


def test_compare_columns_sort_and_filters_narrow(client):
    url = f"/compare?department={GERIATRICS}"
    page = html(client, url, lang="en")
    assert re.search(r'<th scope="col"[^>]*><a class="sort" href="[^"]*sort=value', page)
    down = _table(html(client, url + "&sort=value&dir=desc", lang="en"))
    shares = [float(re.sub(r"[^\d.]", "", r["Share"])) for r in down if r["Share"] != "no number stated"]
    assert shares == sorted(shares, reverse=True) and len(shares) >= 2
    assert 'aria-sort="descending"' in html(client, url + "&sort=value&dir=desc", lang="en")
    up = _table(html(client, url + "&sort=jurisdiction&dir=asc", lang="en"))
    assert [r["Jurisdiction"] for r in up] == sorted(r["Jurisdiction"] for r in up)
    county = _table(html(client, url + f"&level={BASE}vocab/jurisdiction-level/county-level", lang="en"))
    assert county and {r["Jurisdiction"] for r in county} == {"Jiaohe City"}
    province = _table(html(client, url + f"&province={BASE}vocab/jurisdiction/150000", lang="en"))
    assert {r["Jurisdiction"] for r in province} == {"Inner Mongolia Autonomous Region"}
    scope = BASE + "vocab/institution-type/secondary-plus-general-hospital"
    scoped = _table(html(client, url + f"&scope={scope}", lang="en"))
    assert scoped and {r["Institutions"] for r in scoped} == {"Grade 2+ general hospital"}
    page = html(client, url, lang="en")
    for name in ("level", "province", "year", "scope"):
        assert f'id="filter-{name}"' in page


def test_compare_lists_the_plans_that_say_nothing(client, seed_store):
    page = html(client, f"/compare?department={GERIATRICS}", lang="en")
    silent = page.split('id="silent"', 1)[1].split("</section>", 1)[0]
    about = {r["d"] for r in seed_store.query(Q + f"SELECT DISTINCT ?d WHERE {{ ?f pkg:departmentType <{GERIATRICS}> ;"
                                                    " pkg:inDocument ?d }").values()}
    listed = set(re.findall(r'href="/doc/([^"]+)"', silent))
    everything = {d["id"] for d in client.get("/?format=json").get_json()["documents"]}
    assert listed == {d for d in everything if BASE + "doc/" + d not in about}
    assert "Plans in the corpus that say nothing about this" in silent


def test_compare_legend_chart_and_csv(client, seed_store):
    page = html(client, "/compare?indicator=" + BASE + "vocab/indicator/life-expectancy", lang="en")
    assert 'id="compare-legend"' in page and "observation (current value)" in page
    assert re.search(r'<ol class="bars" id="compare-chart"', page)
    labels = re.findall(r'<span class="bar-label"[^>]*>(.*?)<small', page)
    assert labels and all("Jiaohe" in lbl or "Xiangtan" in lbl for lbl in labels)
    r = client.get("/compare.csv?indicator=" + BASE + "vocab/indicator/life-expectancy&lang=en")
    table = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert r.mimetype == "text/csv" and table
    assert all(t["evidence"].startswith("http") and "?view=normalised&at=" in t["evidence"] for t in table if t["quote"])
    assert len({t["fact"] for t in table}) == len(table) and all(t["level"] for t in table)
    assert all(GAP not in t["quote"] for t in table)
    dep = list(csv.DictReader(io.StringIO(client.get(f"/compare.csv?department={GERIATRICS}&lang=zh").get_data(
        as_text=True))))
    assert {t["department"] for t in dep} == {"老年医学科"}


def test_short_title_drops_the_covering_notice_frame():
    assert short_title("某市人民政府关于印发某市推进卫生健康高质量发展实施方案的通知") == "某市推进卫生健康高质量发展实施方案"
    assert short_title("甲省人民政府办公厅关于印发《甲省医疗卫生服务体系规划》的通知") == "甲省医疗卫生服务体系规划"
    assert short_title("短标题") == "短标题"
    long = "乙" * 40
    assert short_title(long) == "乙" * 27 + "…"


def test_compare_merges_restatements_of_one_value_in_one_document():
    from web.pages.compare import Row, merge_restatements
    from web.view_models import Link

    def row(doc: str, value: str, evidence: str) -> Row:
        return Row(Link("j", "蛟河市", ""), "县级市", 3, "", Link(doc, doc, ""), "observation", "=", float(value),
                   value, "per 1000", float(value), "2020", "", "", None, "q", evidence, Link("f" + evidence, "", ""))

    merged = merge_restatements([row("d1", "3.34", "e1"), row("d1", "3.34", "e2"), row("d1", "3.9", "e3"),
                                 row("d2", "3.34", "e4"), row("d1", "3.34", "e5")])
    assert [(r.document.iri, r.value_text, r.evidence, r.also) for r in merged] == [
        ("d1", "3.34", "e1", ("e2", "e5")), ("d1", "3.9", "e3", ()), ("d2", "3.34", "e4", ())]


# --- values a researcher reads, expected values written by hand from the corpus texts (issue 12) ---------

def _doc_table(page: str, key: str) -> list[dict[str, str]]:
    """A document page's fact table (#t-<key>) as {column label: cell text} rows."""
    body = page.split(f'id="t-{key}"', 1)[1].split("</table>", 1)[0]
    out = []
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", body, flags=re.S):
        cells = re.findall(r'<td data-label="([^"]+)"[^>]*>(.*?)</td>', tr, flags=re.S)
        if cells:
            out.append({html_lib.unescape(k): " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", v)).split())
                        for k, v in cells})
    return out


def test_compare_reads_inner_mongolias_geriatrics_share_and_jiaohes_baseline(client):
    # 内蒙古: "2025年,二級及以上公立綜合性醫院設立老年醫學科比例達90%以上"
    rows = _table(html(client, f"/compare?department={GERIATRICS}", lang="zh"))
    stated = [(r["比例"], r["年份"], r["机构范围"]) for r in rows if r["辖区"] == "内蒙古自治区" and r["比例"] != "未写明数值"]
    assert stated == [("≥ 90%", "2025", "二级及以上公立综合性医院")], rows
    # 蛟河: 二级及以上综合性医院设置老年病医学科的比例 50 (2020) → 60以上 (2025)
    jiaohe = [r for r in rows if r["辖区"] == "蛟河市" and r["比例"] != "未写明数值"]
    assert [(r["基线"], r["比例"], r["年份"]) for r in jiaohe] == [("50% (2020)", "≥ 60%", "2025")], jiaohe
    # the CSV twin says the same, value and unit apart
    table = list(csv.DictReader(io.StringIO(client.get(f"/compare.csv?department={GERIATRICS}&lang=en").get_data(
        as_text=True))))
    im = [t for t in table if t["jurisdiction"] == "Inner Mongolia Autonomous Region" and t["value"]]
    assert [(t["comparator"], t["value"], t["unit"], t["year"], t["institution_scope"]) for t in im] == [
        ("≥", "90", "%", "2025", "Grade 2+ public general hospital")]


def test_compare_reads_life_expectancy_in_words_and_years(client):
    # 湘潭: 人均预期寿命 79 (2020) → 79.8 (2030); 蛟河: 人均预期寿命达到78岁以上 (2020)
    rows = _table(html(client, f"/compare?indicator={BASE}vocab/indicator/life-expectancy", lang="en"))
    got = {(r["Jurisdiction"], r["Kind"], r["Value"], r["Year"]) for r in rows}
    assert ("Xiangtan", "Target", "≥ 79.8 years (of age)", "2030") in got, got
    assert ("Jiaohe City", "Observation", "≥ 78 years (of age)", "2020") in got, got


UNITS_DOCS = {
    "jia-2024-health-plan.txt": "甲市卫生健康发展规划\n\n一、主要目标\n到2025年，健康产业总规模达到1.2万亿元。\n",
    "yi-2024-health-plan.txt": "乙市卫生健康发展规划\n\n一、主要目标\n到2025年，健康产业总规模达到800亿元。\n",
}
UNITS_MANIFEST = """
[[document]]
id = "jia-2024-health-plan"
source_file = "jia-2024-health-plan.txt"
title = "甲市卫生健康发展规划"
jurisdiction = "中山市"
date = "2024-03-01"

[[document]]
id = "yi-2024-health-plan"
source_file = "yi-2024-health-plan.txt"
title = "乙市卫生健康发展规划"
jurisdiction = "湘潭市"
date = "2024-04-01"
"""


def test_an_index_of_another_layout_is_a_clear_503_not_a_broken_page(write_corpus, tmp_path):
    """A store built by an older version (its index has another layout) served without a rebuild: the pages that
    read the index say what to do, with 503; a rebuild serves again."""
    import sqlite3

    from graph_store.embedded import EmbeddedStore
    from policykg.pipeline import build
    from policykg.settings import Settings

    settings = Settings(store=str(tmp_path / "store"), corpus=write_corpus(UNITS_DOCS, manifest=UNITS_MANIFEST),
                        cache_dir=tmp_path / "cache", query_workers=0, page_workers=0)
    build(settings)
    with sqlite3.connect(EmbeddedStore(settings.store, read_only=True).index_path()) as con:
        con.execute("UPDATE meta SET value = '1' WHERE key = 'index_schema'")
    client = create_app(settings).test_client()
    for url in ("/search?q=%E5%8C%BB%E9%99%A2", "/compare", "/"):
        resp = client.get(url, headers={"Accept": "text/html"})
        assert resp.status_code == 503 and "run `policykg build`" in resp.get_data(as_text=True), url
    assert build(settings).mode == "full"
    client = create_app(settings).test_client()
    assert client.get("/search?q=%E5%8C%BB%E9%99%A2").status_code == 200


def test_compare_converts_units_to_the_indicators_unit(write_corpus, tmp_path):
    """1.2 万亿元 is 12 000 亿元 (the indicator's unit): it must chart above 800 亿元, never as 1.2."""
    from policykg.pipeline import build
    from policykg.settings import Settings

    folder = write_corpus(UNITS_DOCS, manifest=UNITS_MANIFEST)
    build(Settings(store=str(tmp_path / "store"), corpus=folder, cache_dir=tmp_path / "cache"))
    client = create_app(Settings(store=str(tmp_path / "store"), query_workers=0, page_workers=0)).test_client()
    url = f"/compare?indicator={BASE}vocab/indicator/health-industry-size"
    rows = _table(html(client, url, lang="en"))
    got = {r["Jurisdiction"]: (r["Value"], r["Normalised"]) for r in rows}
    assert got == {"Zhongshan": ("≥ 1.2 trillion yuan", "12000"), "Xiangtan": ("≥ 800 100 million yuan", "800")}
    page = html(client, url, lang="zh")
    assert re.findall(r'<span class="bar-value">([^<]+)</span>', page) == ["≥ 12000", "≥ 800"]
    table = list(csv.DictReader(io.StringIO(client.get(f"/compare.csv?indicator={BASE}vocab/indicator/"
                                                       "health-industry-size&lang=zh").get_data(as_text=True))))
    assert {(t["jurisdiction"], t["value"], t["unit"], t["normalised_value"], t["normalised_unit"]) for t in table} == {
        ("中山市", "1.2", "万亿元", "12000", "亿元"), ("湘潭市", "800", "亿元", "800", "亿元")}


def test_document_page_lists_jiaohes_physician_target_with_value_and_unit(client):
    # 蛟河 table: 每千人口执业(助理)医师数(人) 3.34 (2020) 3.9 (2025) 预期
    for lang, want in (("en", {"Kind": "Target", "Indicator": "Licensed (assistant) physicians per 1000 population",
                               "Comparator": "≥", "Value": "3.9 per 1000 population", "Year": "2025",
                               "Baseline": "3.34 per 1000 population (2020)", "Nature": "expected"}),
                       ("zh", {"类别": "目标", "指标": "每千人口执业（助理）医师数", "比较": "≥", "数值": "3.9 每千人口",
                               "年份": "2025", "基线": "3.34 每千人口 (2020)", "性质": "预期性"})):
        rows = _doc_table(html(client, f"/doc/{JIAOHE}", lang=lang), "targets")
        assert any(all(r.get(k) == v for k, v in want.items()) for r in rows), (lang, [
            r for r in rows if "3.9" in str(r)])


def test_document_page_tells_implements_drafts_and_cites_apart(client):
    # 中山: 贯彻《…意见》(粤发〔2023〕1号); 依据《职业病防治法》; (二十五) 制定镇街卫生健康高质量发展评价标准
    page = html(client, f"/doc/{ZHONGSHAN}", lang="en")
    rows = {r["Cited title"]: r["Relation"] for r in _doc_table(page, "citations")}
    assert rows["镇街卫生健康高质量发展评价标准"] == "drafts"
    assert rows["职业病防治法"] == "cites"
    assert rows["中共广东省委广东省人民政府关于推进卫生健康高质量发展的意见"] == "implements"
    side = visible(page.split('id="h-links"', 1)[1].split("</section>", 1)[0])
    assert "drafts 镇街卫生健康高质量发展评价标准" in " ".join(side.split())
    assert side.count("中共广东省委") == 1  # implemented, hence cited too: listed once, as implemented
    zh = _doc_table(html(client, f"/doc/{ZHONGSHAN}", lang="zh"), "citations")
    assert {r["被引标题"]: r["关系"] for r in zh}["镇街卫生健康高质量发展评价标准"] == "拟制定修订"


def test_agency_page_lists_inner_mongolias_tasks_with_their_roles(client):
    # 内蒙古: task 6 "(責任單位:自治區衛生健康委牽頭負責)"; task 1 "自治區衛生健康委、發展改革委、財政廳等部門…按職責分工負責"
    for lang, lead, responsible in (("en", "lead", "responsible"), ("zh", "牵头", "负责")):
        page = html(client, "/agency/150000/health-commission", lang=lang)
        rows = {}
        for tr in re.findall(r'<tr class="(?:lead|support|responsible)">(.*?)</tr>', page, flags=re.S):
            cells = [" ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", c)).split())
                     for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, flags=re.S)]
            rows[cells[0]] = cells
        assert rows["6."][1:3] == ["推进紧密型医疗联合体建设", lead], rows["6."]
        assert rows["1."][1:3] == ["推进高水平医疗中心建设", responsible], rows["1."]
        assert "内蒙古自治区财政厅" in rows["1."][4] and "内蒙古自治区发展改革委" in rows["1."][4]
        assert len(rows) == 23  # 23 tasks name the health commission: 13 led by it, 10 shared without a lead
    # the agencies page's JSON twin: 13 × 牽頭, 10 × 按職責分工負責, one plan
    data = client.get("/agencies", query_string={"jurisdiction": BASE + "vocab/jurisdiction/150000",
                                                 "format": "json"}).get_json()
    mine = [a for a in data["agencies"] if a["agency"] == BASE + "agency/150000/health-commission"]
    assert [(a["lead"], a["support"], a["responsible"], a["documents"]) for a in mine] == [(13, 0, 10, 1)]


# --- English (point 4) and agencies ---------------------------------------------------------------------

def test_english_titles_places_and_units(client):
    for code, name in (("150100", "Hohhot"), ("150600", "Ordos"), ("152500", "Xilingol League"),
                       ("140400", "Changzhi"), ("211300", "Chaoyang"), ("220281", "Jiaohe City")):
        assert f"<h1>{name}</h1>" in html(client, f"/vocab/jurisdiction/{code}", lang="en"), code
    page = html(client, f"/doc/{JIAOHE}", lang="en")
    assert "per 1000 population" in visible(page) and "per-1000-population" not in visible(page)
    assert "Xiangtan" in visible(html(client, f"/doc/{XIANGTAN}", lang="en"))


def test_agencies_of_a_jurisdiction_read_from_the_index_equal_the_canned_query(app, seed_store):
    """The agencies page reads each jurisdiction's agencies and their counts from the index (a page per
    jurisdiction costs the same at any corpus size): for every jurisdiction, what ui-agencies-of answers over the
    graph, the agency type aside (the page reads it with the labels)."""
    import json

    from web.pages.data import index, rows

    def canon(found):
        return sorted(json.dumps({k: str(r[k]) for k in ("agency", "role", "tasks", "documents")}, sort_keys=True)
                      for r in found)

    jurisdictions = sorted({r["j"] for r in seed_store.query(
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT DISTINCT ?j WHERE { ?a pkg:ofJurisdiction ?j }"
    ).values()})
    assert len(jurisdictions) >= 5
    with app.test_request_context("/"):
        for j in jurisdictions:
            assert canon(index().agencies_of(j)) == canon(rows("ui-agencies-of", jurisdiction=j)), j


def test_agencies_page_counts_leads(client, seed_store):
    """Summed over every jurisdiction, the agencies page counts every lead responsibility once."""
    jurisdictions = {r["j"] for r in seed_store.query(
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT DISTINCT ?j WHERE { ?a pkg:ofJurisdiction ?j }"
    ).values()}
    total = 0
    for j in jurisdictions:
        data = client.get("/agencies", query_string={"jurisdiction": j, "format": "json"}).get_json()
        assert data["jurisdiction"] == j
        total += sum(a["lead"] for a in data["agencies"])
    leads = seed_store.query("PREFIX pkg: <https://w3id.org/policykg/ontology#> "
                             "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a pkg:Responsibility ; pkg:role pkg:Lead }")
    assert total == int(leads.values()[0]["n"]) > 0
    page = html(client, "/agencies", lang="en")
    assert re.search(r'href="/agency/[^"]+#tasks">see tasks</a>', page)


# --- search (point 6) ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("q", "expect"), [
    ("中山市", "中山"), ("廣東", "广东"), ("zhongshan", "中山"), ("zhōngshān", "中山"), ("Zhong Shan", "中山"),
    ("life expectancy", "/vocab/indicator/life-expectancy"),
])
def test_search_in_every_script(client, q, expect):
    data = client.get("/search", query_string={"q": q, "format": "json", "lang": "zh"}).get_json()
    assert any(expect in h["label"] or expect in h["snippet"] or h["iri"].endswith(expect) for h in data["hits"]), \
        (q, data["hits"][:5])


def test_search_exact_document_number_and_facets(client, seed_docs):
    number = seed_docs["zhongshan"].source.metadata.doc_number
    data = client.get("/search", query_string={"q": number, "format": "json"}).get_json()
    assert data["exact"] == [BASE + f"doc/{ZHONGSHAN}"]
    everything = client.get("/search?q=%E5%8D%AB%E7%94%9F&format=json&kind=document").get_json()["hits"]
    drafts = client.get("/search?q=%E5%8D%AB%E7%94%9F&format=json&status=draft&kind=document").get_json()["hits"]
    assert [h["iri"] for h in drafts] == [BASE + "doc/" + seed_docs["jiaohe"].id] and len(everything) >= 3
    page = html(client, "/search?q=%E5%8D%AB%E7%94%9F")
    assert 'data-facet="status"' in page


def test_search_groups_hits_with_context_and_place(client):
    page = html(client, "/search?q=%E8%80%81%E5%B9%B4%E5%8C%BB%E5%AD%A6%E7%A7%91", lang="en")  # 老年医学科
    groups = re.findall(r'<section class="hit-group" id="group-(\w+)">', page)
    assert groups and groups[0] in ("documents", "facts") and groups == sorted(
        groups, key=["documents", "facts", "entities", "concepts"].index)
    facts = page.split('id="group-facts"', 1)[1].split("</section>", 1)[0]
    assert 'class="snippet"' in facts and "Jiaohe City" in facts and 'class="where"' in facts
    assert re.search(r'class="hit-link" href="/doc/[^"]+\?view=(raw|normalised)&amp;at=\d+-\d+#at"', facts)
    data = client.get("/search?q=%E8%80%81%E5%B9%B4%E5%8C%BB%E5%AD%A6%E7%A7%91&format=json&lang=en").get_json()
    facet_docs = sum(data["facets"]["status"].values())
    assert facet_docs >= 2  # facets count documents among every match, not only targets
    filtered = client.get("/search?q=%E8%80%81%E5%B9%B4%E5%8C%BB%E5%AD%A6%E7%A7%91&format=json&status=draft").get_json()
    assert filtered["hits"] and all(h["document"] == BASE + f"doc/{JIAOHE}" for h in filtered["hits"])


def test_search_ranks_facts_before_concepts_and_pinyin_reads_the_word(client):
    # yiyuan is 医院 (hospital) before 亿元 (100 million yuan); facts and documents come before ontology classes
    data = client.get("/search?q=yiyuan&format=json&lang=zh").get_json()
    first = data["hits"][:5]
    assert first and all("医院" in h["label"] + h.get("snippet", "") for h in first), first
    assert all(h["kind"] not in ("class", "property", "concept") for h in first), first
    assert not any("亿元" in h["label"] for h in first)


def test_a_word_matching_more_than_the_count_cap_says_so_and_pages_only_what_was_read(client, monkeypatch):
    from graph_store import sidecar

    monkeypatch.setattr(sidecar, "COUNT_CAP", 40)
    monkeypatch.setattr(sidecar, "WINDOW", 30)
    data = client.get("/search?q=%E5%8D%AB%E7%94%9F&format=json").get_json()  # 卫生
    assert data["capped"] and data["total"] == 40
    page = client.get("/search?q=%E5%8D%AB%E7%94%9F&lang=en")
    html = page.get_data(as_text=True)
    assert "(40+)" in html and "More than 40 matches" in html and 'rel="next"' in html
    deep = client.get("/search?q=%E5%8D%AB%E7%94%9F&lang=en&offset=10000").get_data(as_text=True)
    assert 'rel="next"' not in deep
    zh = client.get("/search?q=%E5%8D%AB%E7%94%9F&lang=zh").get_data(as_text=True)
    assert "匹配超过 40 条" in zh


def test_a_search_ranks_only_its_window_of_matches(app):
    """An English query's concept (医院) is named in most documents: its extra hits are the shortest of each tier's
    first matches in index order (a bounded read), not a bm25 ranking of every match."""
    from graph_store.sidecar import KIND_RANK, fts_query
    from web.pages.data import index

    with app.test_request_context("/"):
        idx = index()
        found = idx.search("医院", kinds=("target",), limit=3, counts=False, window=5, by_length=True)
        with idx._con() as con:
            window = [iri for *_, iri in sorted(con.execute(
                "SELECT length(label) + length(snippet), rowid, iri FROM hits WHERE hits MATCH ? LIMIT 5",
                [f"{fts_query('医院')} AND tags : t{KIND_RANK['target']} AND tags : (ktarget)"]))]
            every = con.execute("SELECT COUNT(*) FROM hits WHERE hits MATCH ?",
                                [f"{fts_query('医院')} AND tags : (ktarget)"]).fetchone()[0]
    assert every > 5 and len(window) == 5
    assert [h.iri for h in found.hits] == window[:3]
    assert all("医院" in h.label + h.snippet for h in found.hits)


def test_english_search_finds_documents_and_facts(client):
    data = client.get("/search?q=hospital&format=json&lang=en").get_json()
    expanded = [h for e in data["expanded"] for h in e["hits"]]
    assert any(h["kind"] in ("target", "observation", "department", "provision") for h in expanded)
    assert data["expanded"][0]["term"] == "医院"


def test_an_entity_page_lists_its_mentions_as_quotes_not_a_provision_per_mention(client):
    """A hospital named in four provisions: its page quotes each place (paged); the property table does not grow
    a provision link per mention, and the properties query leaves the evidence links and the per-mention provisions
    to the paged quotes (a hospital named in ten thousand plans would otherwise read ten thousand rows per view)."""
    from web.pages.data import rows, store

    iri = f"{BASE}institution/220281/jiao-he-shi-ren-min-yi-yuan"
    page = html(client, "/institution/220281/jiao-he-shi-ren-min-yi-yuan", lang="en")
    quotes = page.split('<ul class="quotes">', 1)[1].split("</ul>", 1)[0]
    assert quotes.count("<blockquote>") >= 4
    properties = page.split('<table class="props">', 1)[1].split("</table>", 1)[0]
    assert "ontology#provision" not in properties and "/p/" not in properties
    with client.application.test_request_context("/"):
        out = rows("ui-entity-out", iri=iri)
    assert out and not [r for r in out if r["p"].endswith(("#evidence", "#provision"))]
    assert any(r["p"].endswith("#institutionType") for r in out)
    with client.application.test_request_context("/"):  # the data keep them (RDF twin, SPARQL)
        kept = store().query(f"SELECT ?p WHERE {{ <{iri}> <https://w3id.org/policykg/ontology#provision> ?p }}")
    assert len(kept.rows) == 4


# --- gallery and editor (point 8) ----------------------------------------------------------------------

def test_the_editor_opens_a_canned_query_bound_as_the_gallery_ran_it(client):
    """"Open in the editor" carries the query bound to the form's values (the document by its corpus id, from which
    the query reads the document's facts: fast on any SPARQL 1.1 store with nothing pinned); sent to /sparql it
    answers what the gallery's download does."""
    page = html(client, f"/queries/document-targets?document={JIAOHE}&run=1")
    link = html_lib.unescape(re.search(r'href="([^"]+)" id="open-editor"', page).group(1))
    text = urllib.parse.parse_qs(urllib.parse.urlparse(link).query)["query"][0]
    assert f'VALUES (?document) {{ ("{JIAOHE}") }}' in text and "REPLACE(STR(?doc)" not in text
    answer = client.post("/sparql", data={"query": text}, headers={"Accept": "application/sparql-results+json"})
    rows = [{k: v["value"] for k, v in b.items()} for b in answer.get_json()["results"]["bindings"]]
    download = client.get(f"/queries/document-targets.json?document={JIAOHE}").get_json()["results"]["bindings"]
    assert rows and rows == [{k: v["value"] for k, v in b.items()} for b in download]
    unbound = html(client, "/queries/documents")  # no parameters: the text as written
    link = html_lib.unescape(re.search(r'href="([^"]+)" id="open-editor"', unbound).group(1))
    assert "VALUES" not in urllib.parse.parse_qs(urllib.parse.urlparse(link).query)["query"][0]

def test_gallery_canned_query_downloads_and_truncation(seed_settings):
    client = create_app(replace(seed_settings, query_workers=0, result_limit=2)).test_client()
    page = html(client, "/queries")
    assert 'id="q-documents"' in page
    page = html(client, "/queries/documents?run=1")
    assert 'id="truncated"' in page and 'id="results"' in page and "curl " in page
    assert "/query?query=" in page  # open in editor
    r = client.get("/queries/documents.csv")
    assert len(list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))) == 2
    assert r.headers["X-PolicyKG-Truncated"] == "true" and r.headers["X-PolicyKG-Rows"] == "2"
    r = client.get("/queries/documents.json")
    doc = json.loads(r.get_data(as_text=True))
    assert set(doc) == {"head", "results"} and len(doc["results"]["bindings"]) == 2
    assert r.headers["X-PolicyKG-Truncated"] == "true"


def test_canned_query_parameters_by_label_and_columns_in_the_ui_language(client):
    page = html(client, "/queries/indicator-comparison", lang="en")
    options = re.findall(r'<option value="(https://[^"]+)"[^>]*>([^<]+)</option>', page)
    assert options and all(not label.startswith("http") for _, label in options)
    assert any(label == "Life expectancy at birth" for _, label in options)
    page = html(client, f"/queries/responsibilities?document={ZHONGSHAN}&run=1", lang="zh")
    assert 'list="dl-document"' in page and 'data-choices="/api/choices?for=document-id"' in page
    assert "中山市推进卫生健康高质量发展实施方案" in visible(page.split('id="results"')[0])  # the chosen id, by title
    headers = re.findall(r'<th scope="col">([^<]*)<br><code class="var">\?(\w+)</code>', page)
    assert ("部门", "agency") in headers and ("角色", "role") in headers
    results = page.split('id="results"', 1)[1]
    assert f'<a href="/doc/{ZHONGSHAN}">' in results  # document ids link to their pages
    assert "https://w3id.org" not in visible(results)
    choices = client.get("/api/choices?for=document-id&q=%E4%B8%AD%E5%B1%B1&lang=zh").get_json()
    assert choices and choices[0]["value"] == ZHONGSHAN and "中山" in choices[0]["label"]
    places = client.get("/api/choices?for=jurisdiction-name&q=zhong&lang=en").get_json()
    assert {"value": "中山市", "label": "Zhongshan (documents: 1)"} in places


def test_editor_page_terms_and_sparql_redirect(client):
    page = html(client, "/query")
    assert "/static/vendor/yasgui.min.js" in page and 'data-endpoint="/sparql"' in page
    assert "PREFIX pkg: &lt;https://w3id.org/policykg/ontology#&gt;" in page
    assert f'data-base="{BASE}"' in page
    terms = client.get("/api/terms").get_json()
    assert BASE + "ontology#Target" in terms["classes"] and BASE + "ontology#indicator" in terms["properties"]
    r = client.get("/sparql", headers=HTML)
    assert r.status_code == 303 and r.headers["Location"].endswith("/query")


# --- languages, errors, escaping -----------------------------------------------------------------------

def test_language_switch_by_parameter_and_cookie(client):
    en = html(client, "/?lang=en")
    assert "What the graph holds" in en and 'href="/?lang=zh"' in en
    assert "图谱内容" in html(client, "/?lang=zh")
    client.get("/?lang=en", headers=HTML)
    assert "What the graph holds" in html(client, "/", lang="")  # remembered in a cookie
    client.get("/?lang=zh", headers=HTML)


def test_unknown_iri_and_page_give_404_pages(client):
    page = html(client, "/doc/no-such-document", 404)
    assert "404" in page and "Traceback" not in page
    html(client, "/agency/no/such", 404)
    html(client, "/resource?iri=http://example.org/nothing", 404)
    r = client.get("/doc/no-such-document", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.get_json()["error"] and "Accept" in r.headers["Vary"]


def test_server_error_page_has_no_traceback(seed_settings):
    app = create_app(replace(seed_settings, query_workers=0))

    class Broken:
        def query(self, *args, **kwargs):
            raise RuntimeError("secret internal detail")

        def version(self):
            return "broken"

    app.extensions["policykg.store"] = Broken()
    client = app.test_client()
    r = client.get("/", headers=HTML)
    body = r.get_data(as_text=True)
    assert r.status_code == 500 and "500" in body
    assert "secret internal detail" not in body and "Traceback" not in body and "RuntimeError" not in body


SCRIPT_DOC = """<script>alert(1)</script>卫生健康规划

一、总体目标
到2025年，全市人均预期寿命达到79岁以上。由某某市卫生健康局<b>牵头</b>负责。
"""
SCRIPT_MANIFEST = """
[[document]]
id = "mou-2024-script-plan"
source_file = "mou-2024-script-plan.txt"
title = "<script>alert(1)</script>卫生健康规划"
title_en = "<i>Health</i> plan"
jurisdiction = "某某市"
issuers = ["某某市人民政府"]
date = "2024-03-01"
doc_number = "某府〔2024〕1号"
status = "final"
script = "simplified"
"""


def test_every_literal_is_escaped(write_corpus, tmp_path):
    from policykg.settings import Settings

    folder = write_corpus({"mou-2024-script-plan.txt": SCRIPT_DOC}, manifest=SCRIPT_MANIFEST)
    from policykg.pipeline import build

    build(Settings(store=str(tmp_path / "store"), corpus=folder, cache_dir=tmp_path / "cache"))
    client = create_app(Settings(store=str(tmp_path / "store"), query_workers=0, page_workers=0)).test_client()
    for url in ("/", "/doc/mou-2024-script-plan", "/doc/mou-2024-script-plan?view=raw", "/search?q=script",
                "/doc/mou-2024-script-plan/p/1", "/queries/documents?run=1"):
        page = html(client, url)
        assert "<script>alert(1)</script>" not in page, url
        assert "<b>牵头</b>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in re.sub(r"</?span[^>]*>", "", page), url
    # an English title from the manifest: the English pages show it (escaped), with the Chinese one beside it
    for url in ("/", "/doc/mou-2024-script-plan", "/search?q=health"):
        page = html(client, url, lang="en")
        assert "&lt;i&gt;Health&lt;/i&gt; plan" in page and "<i>Health</i>" not in page, url
    page = html(client, "/doc/mou-2024-script-plan", lang="en")
    assert re.search(r'<h1 class="doc-title">&lt;i&gt;Health&lt;/i&gt; plan</h1>\s*<p class="original-title" '
                     r'lang="zh-Hans">&lt;script&gt;', page)


def test_the_topic_is_shown_in_the_ui_language(client) -> None:
    """The manifest's subject (English) and subject_zh (Chinese): each page shows the one of its language."""
    zh = html(client, f"/doc/{INNER_MONGOLIA}", lang="zh")
    en = html(client, f"/doc/{INNER_MONGOLIA}", lang="en")
    assert "医疗卫生服务体系" in zh and "healthcare service system" not in zh
    assert "healthcare service system" in en
    search_zh = html(client, "/search?q=" + urllib.parse.quote("医院"), lang="zh")
    search_en = html(client, "/search?q=" + urllib.parse.quote("医院"), lang="en")
    topics_en = ("health high-quality development", "healthcare service system", "Healthy Xiangtan 2030")
    topics_zh = ("卫生健康高质量发展", "医疗卫生服务体系", "健康湘潭2030")
    assert 'data-facet="topic_zh"' in search_zh and 'data-facet="topic"' not in search_zh
    assert "卫生健康高质量发展" in search_zh and not any(t in search_zh for t in topics_en)
    assert 'data-facet="topic"' in search_en and 'data-facet="topic_zh"' not in search_en
    assert any(t in search_en for t in topics_en) and not any(f">{t}<" in search_en for t in topics_zh)


def test_compare_pages_through_every_document_and_the_csv_reads_them_all(client, monkeypatch):
    """More documents than a page holds are paged (?from=), never cut silently; the CSV has every page's rows."""
    import web.pages.compare as compare

    subject = "/compare?indicator=" + BASE + "vocab/indicator/life-expectancy"
    whole = list(csv.DictReader(io.StringIO(client.get("/compare.csv?indicator=" + BASE +
                                                       "vocab/indicator/life-expectancy&lang=en").get_data(as_text=True))))
    assert 'id="compare-pages"' not in html(client, subject, lang="en")  # all on one page: no pager
    monkeypatch.setattr(compare, "DOCS", 1)
    first = html(client, subject, lang="en")
    assert 'id="compare-pages"' in first
    assert "documents 1–1 of the 2 with a fact about it (1 per page" in first and 'rel="prev"' not in first
    nxt = re.search(r'<a rel="next" href="([^"]+)"', first).group(1)
    assert "from=1" in html_lib.unescape(nxt)
    second = html(client, html_lib.unescape(nxt), lang="en")
    assert "documents 2–2 of the 2" in second and 'rel="next"' not in second and 'rel="prev"' in second
    shown = [set(re.findall(r'href="/doc/([a-z0-9-]+)"', p.split('id="compare-table"')[1].split("</table>")[0]))
             for p in (first, second)]
    assert shown[0] and shown[1] and not shown[0] & shown[1] and shown[0] | shown[1] == {JIAOHE, XIANGTAN}
    assert html(client, subject + "&from=7", lang="en").count("documents 1–1 of the 2") == 1  # out of range: page 1
    paged_csv = list(csv.DictReader(io.StringIO(client.get("/compare.csv?indicator=" + BASE +
                                                           "vocab/indicator/life-expectancy&lang=en").get_data(
        as_text=True))))
    assert sorted(r["fact"] for r in paged_csv) == sorted(r["fact"] for r in whole) and len(whole) >= 2


def test_pages_compile_no_template_in_a_request_thread(app, seed_docs, monkeypatch):
    """Every template is compiled when the app is created: a request never compiles one, so request threads of a
    fresh server never run the compiler at once (CPython 3.11 then fails with SystemError)."""
    def refuse(*args, **kwargs):
        raise AssertionError("a template was compiled while serving a request")

    monkeypatch.setattr(app.jinja_env, "compile", refuse)
    client = app.test_client()
    doc = next(iter(seed_docs))
    for url in ("/", f"/doc/{doc}", "/compare", "/search?q=医院", "/agencies", "/queries", "/nope"):
        assert client.get(url).status_code in (200, 404), url
