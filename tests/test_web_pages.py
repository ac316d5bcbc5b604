"""The browsing pages over the seed store (Flask test client): every page type, content negotiation, escaping,
error pages, CSP, search in every script, exports."""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
from dataclasses import replace

import pytest
import rdflib
from rdflib.namespace import RDF

from graph_store.catalogue import Catalogue
from policykg.settings import ROOT
from web.app import create_app
from web.pages.compare import short_title
from web.pages.highlight import segments
from web.view_models import Span

PKG = rdflib.Namespace("https://w3id.org/policykg/ontology#")
BASE = "https://w3id.org/policykg/"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ZHONGSHAN = "zhongshan-2023-health-high-quality-development"


@pytest.fixture(scope="module")
def client(seed_settings):
    app = create_app(replace(seed_settings, query_workers=0))
    return app.test_client()


def html(client, url: str, status: int = 200) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == status, (url, r.status_code, r.data[:500])
    assert r.mimetype == "text/html"
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    return r.get_data(as_text=True)


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
    text = doc.source.raw if view == "raw" else doc.norm.text
    sample = text[len(text) // 2: len(text) // 2 + 6]
    assert sample.replace("\n", "") and sample.split("\n")[0] in page
    assert 'class="doctext"' in page and 'id="t-targets"' in page and 'id="t-responsibilities"' in page


def _marked_text_at_focus(page: str) -> str:
    """The text (tags stripped, entities unescaped) from the focused mark onwards."""
    after = page.split('focus">', 1)[1].split('</div>', 1)[0]
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
    assert "按条款偏移换算" not in page and "mapped through provision offsets" not in page
    body = page.split('id="doctext">', 1)[1].split("</div>", 1)[0]
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


def test_segments_nest_overlapping_spans_deterministically():
    text = "abcdefghij"
    outer, inner = Span(1, 8, "Target", "/t"), Span(3, 5, "Mention", "/m")
    crossing = Span(6, 10, "Citation", "/c")  # crosses the end of `outer`: split at 8
    segs = segments(text, [crossing, inner, outer], {0: ("p-1",), 6: ("p-1.1",)})
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.span.kind if s.span else None, [o.kind for o in s.opens], s.closes) for s in segs] == [
        ("a", None, [], 0), ("bc", "Target", ["Target"], 0), ("de", "Mention", ["Mention"], 1),
        ("f", "Target", [], 0), ("gh", "Citation", ["Citation"], 2), ("ij", "Citation", ["Citation"], 1)]
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
    assert first.span and first.span.kind == "Target"


def test_provision_and_concept_pages(client, seed_docs):
    doc = seed_docs["xiangtan"]
    p = doc.provisions[1]
    page = html(client, f"/doc/{doc.id}/p/{p.path}")
    assert p.heading[:6] in page and f'href="/doc/{doc.id}"' in page
    page = html(client, "/vocab/indicator/life-expectancy")
    assert "人均预期寿命" in page and "Life expectancy at birth" in page


def test_an_agency_page_links_back_to_its_evidence(client, seed_store):
    rows = seed_store.query("PREFIX pkg: <https://w3id.org/policykg/ontology#> "
                            "SELECT ?a WHERE { ?r pkg:agency ?a } ORDER BY ?a LIMIT 1").values()
    assert rows, "responsibilities are extracted"
    agency = rows[0]["a"]
    assert agency.startswith(BASE)
    page = html(client, "/" + agency[len(BASE):])
    assert "?view=normalised&amp;at=" in page  # a source quote linking into the document at that spot


@pytest.mark.parametrize(("how", "fmt"), [
    ({"Accept": "text/turtle"}, "turtle"), ({"Accept": "application/ld+json"}, "json-ld"),
    ({"Accept": "application/n-triples"}, "nt"), (".ttl", "turtle"), (".jsonld", "json-ld"), (".nt", "nt"),
])
def test_content_negotiation_for_documents_provisions_and_concepts(client, how, fmt):
    for path, cls in ((f"doc/{ZHONGSHAN}", PKG.PolicyDocument), (f"doc/{ZHONGSHAN}/p/1", PKG.Provision),
                      ("vocab/indicator/life-expectancy", PKG.Indicator)):
        url, headers = (f"/{path}{how}", {}) if isinstance(how, str) else (f"/{path}", how)
        r = client.get(url, headers=headers)
        assert r.status_code == 200, url
        g = rdflib.Graph().parse(data=r.get_data(as_text=True), format=fmt)
        assert (rdflib.URIRef(BASE + path), RDF.type, cls) in g, (url, len(g))


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


def test_compare_pages_table_chart_chain_and_csv(client, seed_store):
    picker = html(client, "/compare")
    assert 'id="pick-indicator"' in picker and 'id="pick-department"' in picker
    rows = seed_store.query(
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT ?i (COUNT(?t) AS ?n) "
        "WHERE { ?t a pkg:Target ; pkg:indicator ?i ; pkg:value ?v } GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 1").values()
    indicator = rows[0]["i"] if rows else "https://w3id.org/policykg/vocab/indicator/life-expectancy"
    page = html(client, f"/compare?indicator={indicator}")
    assert 'id="compare-csv"' in page and 'id="compare-permalink"' in page
    r = client.get(f"/compare.csv?indicator={indicator}")
    table = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert r.mimetype == "text/csv"
    if rows:
        assert "<svg" in page and 'id="compare-table"' in page
        assert len(table) >= int(rows[0]["n"])
        assert all(t["evidence"].startswith("http") and "?view=normalised&at=" in t["evidence"]
                   for t in table if t["quote"])
        # documents show as (short) titles with a link, never as bare ids; every row has a jurisdiction level
        assert all(t["document"] and not t["document"].endswith(("-draft", "-plan")) for t in table)
        assert all(t["level"] for t in table)
        assert len({t["fact"] for t in table}) == len(table)  # one row per fact, however often it is quoted
        first_doc = re.search(r'<td><a href="(/doc/[^"]+)">([^<]+)</a></td>\s*<td class="quote">', page)
        assert first_doc and first_doc.group(2) != first_doc.group(1).rsplit("/", 1)[-1]


def test_compare_defaults_to_the_indicator_in_most_jurisdictions(client, seed_store):
    """The first comparison is the indicator most jurisdictions share (counted at build time), never the generic
    share of institutions with a department (it mixes department types)."""
    rows = seed_store.query("""PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT ?i ?d ?j WHERE { ?t pkg:indicator ?i ; pkg:inDocument ?d . ?d pkg:jurisdiction ?j
        FILTER(?i != <https://w3id.org/policykg/vocab/indicator/share-of-institutions-with-department>) }""").values()
    jurisdictions: dict[str, set[str]] = {}
    documents: dict[str, set[str]] = {}
    for r in rows:
        jurisdictions.setdefault(r["i"], set()).add(r["j"])
        documents.setdefault(r["i"], set()).add(r["d"])
    expected = min(jurisdictions, key=lambda i: (-len(jurisdictions[i]), -len(documents[i]), i))
    page = html(client, "/compare")
    subject = re.search(r"<h1>[^<]*: <a href=\"([^\"]+)\">", page)
    assert subject and subject.group(1) == "/" + expected[len(BASE):]
    assert f'<option value="{expected}" selected' in page
    assert 'id="compare-table"' in page


def test_short_title_drops_the_covering_notice_frame():
    assert short_title("某市人民政府关于印发某市推进卫生健康高质量发展实施方案的通知") == "某市推进卫生健康高质量发展实施方案"
    assert short_title("甲省人民政府办公厅关于印发《甲省医疗卫生服务体系规划》的通知") == "甲省医疗卫生服务体系规划"
    assert short_title("短标题") == "短标题"
    long = "乙" * 40
    assert short_title(long) == "乙" * 27 + "…"


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
    html(client, "/agencies")


@pytest.mark.parametrize(("q", "expect"), [
    ("中山市", "中山"), ("廣東", "广东"), ("zhongshan", "中山"), ("zhōngshān", "中山"), ("Zhong Shan", "中山"),
    ("life expectancy", "/vocab/indicator/life-expectancy"),
])
def test_search_in_every_script(client, q, expect):
    data = client.get("/search", query_string={"q": q, "format": "json"}).get_json()
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


def test_editor_page_terms_and_sparql_redirect(client):
    page = html(client, "/query")
    assert "/static/vendor/yasgui.min.js" in page and 'data-endpoint="/sparql"' in page
    assert "PREFIX pkg: &lt;https://w3id.org/policykg/ontology#&gt;" in page
    terms = client.get("/api/terms").get_json()
    assert BASE + "ontology#Target" in terms["classes"] and BASE + "ontology#indicator" in terms["properties"]
    r = client.get("/sparql", headers=HTML)
    assert r.status_code == 303 and r.headers["Location"].endswith("/query")


def test_language_switch_by_parameter_and_cookie(client):
    en = html(client, "/?lang=en")
    assert "What the graph holds" in en and 'href="/?lang=zh"' in en
    assert "图谱内容" in html(client, "/?lang=zh")
    client.get("/?lang=en", headers=HTML)
    assert "What the graph holds" in html(client, "/")  # remembered in a cookie
    client.get("/?lang=zh", headers=HTML)


def test_unknown_iri_and_page_give_404_pages(client):
    page = html(client, "/doc/no-such-document", 404)
    assert "404" in page and "Traceback" not in page
    html(client, "/agency/no/such", 404)
    html(client, "/resource?iri=http://example.org/nothing", 404)
    r = client.get("/doc/no-such-document", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.get_json()["error"]


def test_server_error_page_has_no_traceback(seed_settings):
    app = create_app(replace(seed_settings, query_workers=0))

    class Broken:
        def query(self, *args, **kwargs):
            raise RuntimeError("secret internal detail")

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
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, url


def test_compare_merges_restatements_of_one_value_in_one_document():
    from web.pages.compare import merge_restatements
    from web.view_models import CompareRow, Link

    def row(doc: str, value: str, evidence: str) -> CompareRow:
        return CompareRow(Link("j", "蛟河市", ""), "county-level city", Link(doc, doc, ""), "observation", "=",
                          float(value), value, "per 1000", float(value), "2020", "", "", "", "q", evidence,
                          Link("f" + evidence, "", ""))

    merged = merge_restatements([row("d1", "3.34", "e1"), row("d1", "3.34", "e2"), row("d1", "3.9", "e3"),
                                 row("d2", "3.34", "e4"), row("d1", "3.34", "e5")])
    assert [(r.document.iri, r.value_text, r.evidence, r.also) for r in merged] == [
        ("d1", "3.34", "e1", ("e2", "e5")), ("d1", "3.9", "e3", ()), ("d2", "3.34", "e4", ())]
