"""Every canned query (queries/*.rq) on the seed build, from the embedded store and from a real Oxigraph server.

The harness checks that both backends give identical answers and that every query goes through the
endpoint's parser check; per-query row checks follow for the generic queries (search-labels,
fact-provenance, provisions, dataset-statistics, classes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph_store.catalogue import Catalogue, parse_query_file
from graph_store.embedded import EmbeddedStore
from graph_store.remote import RemoteStore
from graph_store.safety import inspect_query
from loaders.build import build_graphs
from loaders.extract.registry import Extractor, Registry
from loaders.rdf_writer import GraphWriter, facts_iri, pkg
from loaders.records import Fact, ParsedDocument
from policykg.settings import ROOT
from tests.oxigraph_server import oxigraph_server

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
CATALOGUE = Catalogue(ROOT / "queries")


@pytest.fixture(scope="module")
def remote_seed(tmp_path_factory, seed_build):
    """An Oxigraph server holding the same seed build as the embedded `seed_store`."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "data") as url:
        store = RemoteStore(url)
        store.replace_all(seed_build.graphs)
        yield store


def canonical(result) -> list[tuple]:
    """Rows as a sorted multiset with blank-node labels blanked (the stores name blank nodes differently, and
    SPARQL leaves the order of rows that tie under ORDER BY open)."""
    if result.kind == "ask":
        return [(result.boolean,)]
    if result.kind == "graph":
        return sorted(re.sub(r"_:\w+", "_:b", t) for t in result.triples)
    return sorted(tuple((v, *sorted((k, "_:b" if row[v]["type"] == "bnode" and k == "value" else x)
                                     for k, x in row[v].items())) if v in row else (v,) for v in result.variables)
                  for row in result.rows)


REQUIRED = {"document": "jiaohe-2023-health-service-system-plan-draft",
            "fact": "https://w3id.org/policykg/doc/inner-mongolia-2023-healthcare-service-system/responsibility/2.2.5/"
                    "150000-organisation-staffing",
            "doc": "https://w3id.org/policykg/doc/zhongshan-2023-health-high-quality-development",
            "jurisdiction": "https://w3id.org/policykg/vocab/jurisdiction/430300",
            "s": "https://w3id.org/policykg/agency/442000/health-commission",
            "unit": "https://w3id.org/policykg/vocab/unit/per-1000-population"}
"""Values for the parameters a query cannot run without (one document, one fact)."""


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_same_answer_on_embedded_and_oxigraph_server(path: Path, seed_store, remote_seed) -> None:
    canned = parse_query_file(path)
    inspect_query(canned.text)  # every canned query passes the endpoint's parser check
    bindings = canned.bindings({p.name: REQUIRED[p.name] for p in canned.params if p.required})
    embedded = seed_store.query(canned.text, bindings)
    remote = remote_seed.query(canned.text, bindings)
    assert embedded.kind == remote.kind
    assert embedded.variables == remote.variables
    assert canonical(embedded) == canonical(remote)


def test_library_has_at_least_15_documented_queries() -> None:
    queries = CATALOGUE.all()
    assert len(queries) >= 15
    for q in queries:
        assert q.title["zh"] and q.title["en"] and q.description["zh"] and q.description["en"], q.id
        assert q.meta.get("question"), q.id


# --- search-labels ------------------------------------------------------------------------------
def test_search_labels_finds_every_label_containing_the_text(seed_store) -> None:
    q = CATALOGUE.get("search-labels")
    rows = seed_store.query(q.text, q.bindings({"q": "医院"})).values()
    assert rows and all("医院" in r["label"] for r in rows)
    assert {r["property"].rsplit("#", 1)[1] for r in rows} >= {"label", "prefLabel"}
    # the count matches a direct scan of the same three properties in the ontology and vocabularies
    direct = seed_store.query(
        "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label> "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2004/02/skos/core#altLabel> } "
        "GRAPH <https://w3id.org/policykg/graph/ontology> { ?s ?p ?l } "
        "FILTER(isLiteral(?l) && CONTAINS(STR(?l), \"医院\")) }").values()
    assert len({(r["resource"], r["label"], r["property"]) for r in rows}) == min(500, int(direct[0]["n"]))
    lengths = [len(r["label"]) for r in rows]
    assert lengths == sorted(lengths)


def test_search_labels_is_case_insensitive_and_binds_safely(seed_store) -> None:
    q = CATALOGUE.get("search-labels")
    upper = seed_store.query(q.text, q.bindings({"q": "HOSPITAL"})).values()
    assert upper and all("hospital" in r["label"].lower() for r in upper)
    assert seed_store.query(q.text, q.bindings({"q": '") } } DROP ALL #'})).values() == []


# --- provisions ---------------------------------------------------------------------------------
def test_provisions_outline_matches_the_parsed_document(seed_store, seed_docs) -> None:
    doc = seed_docs["zhongshan"]
    q = CATALOGUE.get("provisions")
    rows = seed_store.query(q.text, q.bindings({"document": doc.id})).values()
    assert {r["doc_id"] for r in rows} == {doc.id}
    assert [r["path"] for r in rows] == [p.path for p in sorted(doc.provisions, key=lambda p: (p.start, p.depth,
                                                                                                 p.path))]
    by_path = {p.path: p for p in doc.provisions}
    for r in rows:
        p = by_path[r["path"]]
        assert (int(r["raw_start"]), int(r["raw_end"])) == (p.raw_start, p.raw_end)
        assert r["heading"] == p.heading and r["parent_path"] == (p.parent or "")
    all_rows = seed_store.query(q.text, q.bindings()).values()
    assert len(all_rows) == sum(len(d.provisions) for d in seed_docs.values())


# --- statistics ---------------------------------------------------------------------------------
def test_dataset_statistics_agree_with_the_store(seed_store) -> None:
    """Counted at build time (VoID in the build graph): every triple outside the build graph itself."""
    q = CATALOGUE.get("dataset-statistics")
    row = seed_store.query(q.text).values()[0]
    counted = seed_store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                               "FILTER(?g != <https://w3id.org/policykg/graph/build>) }").values()
    assert int(row["triples"]) == int(counted[0]["n"]) == seed_store.stats().triples
    assert int(row["documents"]) == 5
    assert int(row["vocabularies"]) >= 8
    used = {r["vocabulary"] for r in seed_store.query(CATALOGUE.get("ui-dataset-vocabularies").text).values()}
    assert {"http://www.w3.org/ns/org#", "http://data.europa.eu/eli/ontology#"} <= used


def test_classes_counts_documents_and_provisions(seed_store, seed_docs) -> None:
    q = CATALOGUE.get("classes")
    rows = {r["class"]: r for r in seed_store.query(q.text, q.bindings()).values()}
    doc = rows["https://w3id.org/policykg/ontology#PolicyDocument"]
    assert (int(doc["instances"]), doc["label_en"]) == (5, "policy document")
    provisions = int(rows["https://w3id.org/policykg/ontology#Provision"]["instances"])
    assert provisions == sum(len(d.provisions) for d in seed_docs.values())
    one = seed_store.query(q.text, q.bindings({"graph": "https://w3id.org/policykg/graph/" + seed_docs["jiaohe"].id}))
    assert {r["class"]: int(r["instances"]) for r in one.values()}[
        "https://w3id.org/policykg/ontology#Provision"] == len(seed_docs["jiaohe"].provisions)


# --- fact-provenance: a small corpus with a test extractor (another province, no seed literals) ---
@dataclass(frozen=True)
class Mention(Fact):
    """A test fact: one mention of a word, with evidence."""

    def to_rdf(self, w: GraphWriter) -> None:
        node = facts_iri(self, w, "mention")
        w.add(node, pkg("provision"), w.provision(self.provision))
        w.add(node, pkg("inDocument"), w.document)
        from loaders.rdf_writer import A

        w.add(node, A, pkg("ExtractedFact"))
        w.evidence(node, self.evidence, self.extractor)


def _mentions(doc: ParsedDocument, ctx):
    extractor = ctx.iris.extractor("test-mentions", "1.2")
    for m in re.finditer("卫生院", doc.norm.text):
        yield Mention(doc.evidence(m.start(), m.end()), doc.provision_at(m.start()).path, extractor)


SMALL = """某某省卫生健康委员会关于加强乡镇卫生院建设的通知

一、总体要求
到2025年，每个乡镇办好一所卫生院。
二、重点任务
（一）改善条件。支持中心卫生院提升服务能力。
"""


def test_fact_provenance_gives_document_provision_quote_offsets_and_extractor(write_corpus, tmp_path) -> None:
    folder = write_corpus({"mou-sheng-2024-township.txt": SMALL})
    registry = Registry()
    registry.register(Extractor("test-mentions", "1.2", _mentions))
    built = build_graphs(folder, "https://w3id.org/policykg/", registry=registry, with_static=False)
    store = EmbeddedStore(tmp_path / "store")
    store.replace_all(built.graphs)
    doc = built.documents[0]
    raw = doc.source.raw
    q = CATALOGUE.get("fact-provenance")
    facts = [r["f"] for r in store.query("SELECT ?f WHERE { ?f <https://w3id.org/policykg/ontology#evidence> ?e }"
                                         " ORDER BY ?f").values()]
    rows = sorted((row for f in facts for row in store.query(q.text, q.bindings({"fact": f})).values()),
                  key=lambda r: int(r["start"]))
    assert len(rows) == raw.count("卫生院") == 3
    for r in rows:
        assert raw[int(r["start"]):int(r["end"])] == r["quote"] == "卫生院"
        assert r["doc_id"] == doc.id and r["document"].endswith("/doc/" + doc.id)
        assert r["extractor_name"] == "test-mentions" and r["extractor_version"] == "1.2"
        assert r["activity"].endswith("/build/policykg-" + __import__("policykg").__version__)
        assert r["types"] == "https://w3id.org/policykg/ontology#ExtractedFact"
    assert [r["path"] for r in rows] == ["0", "1", "2.1"]
    one = store.query(q.text, q.bindings({"fact": rows[1]["fact"]})).values()
    assert one == [rows[1]]


def test_fact_provenance_on_seed_facts_quotes_the_raw_file(seed_store, seed_docs) -> None:
    q = CATALOGUE.get("fact-provenance")
    raws = {d.id: d.source.raw for d in seed_docs.values()}
    sample = seed_store.query("SELECT ?f WHERE { ?f <https://w3id.org/policykg/ontology#evidence> ?e } "
                              "ORDER BY ?f").values()[::25]
    rows = [row for f in sample for row in seed_store.query(q.text, q.bindings({"fact": f["f"]})).values()]
    assert len(rows) >= len(sample) > 20
    for r in rows:  # whatever the extractors found, every quote is the raw text at its offsets
        assert raws[r["doc_id"]][int(r["start"]):int(r["end"])] == r["quote"]


def test_a_query_bound_by_document_id_gives_the_same_rows_pinned_or_not(seed_store, seed_docs) -> None:
    """The store resolves a document id to its IRI (graph_store.binding.resolve_document_ids); the answer is the one
    the unpinned query gives, and an unknown id answers nothing."""
    from graph_store.binding import bind_values
    from graph_store.catalogue import Catalogue

    doc = seed_docs["inner_mongolia"]
    assert seed_store.document_iri(doc.id) == f"https://w3id.org/policykg/doc/{doc.id}"
    assert seed_store.document_iri("no-such-document") is None
    for name in ("document-targets", "departments", "institutions", "programmes"):
        q = Catalogue(ROOT / "queries").get(name)
        pinned = seed_store.query(q.text, q.bindings({"document": doc.id})).values()
        unpinned = seed_store.query(bind_values(q.text, q.bindings({"document": doc.id}))).values()
        assert pinned == unpinned and pinned, name
        assert seed_store.query(q.text, q.bindings({"document": "no-such-document"})).values() == []
