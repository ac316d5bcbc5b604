"""The store interface on the embedded backend: atomic replacement, binding, export."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from graph_store.binding import bind_values
from graph_store.embedded import EmbeddedStore
from policykg.errors import QueryError, StoreError

EX = "http://example.org/"


def quad(s, o, g="g1"):
    return Quad(NamedNode(EX + s), NamedNode(EX + "p"), Literal(o), NamedNode(EX + g))


def test_replace_all_then_query(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.replace_all({EX + "g1": [quad("a", "一")], EX + "g2": [quad("b", "二", "g2")]})
    res = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert [r["o"]["value"] for r in res.rows] == ["一", "二"]
    assert store.graphs() == [EX + "g1", EX + "g2"]
    assert store.stats().triples == 2


def test_failed_full_load_keeps_previous_graph(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.replace_all({EX + "g1": [quad("a", "old")]})

    def broken():
        yield quad("x", "new")
        raise RuntimeError("parser exploded")

    with pytest.raises(StoreError, match="previous graph kept"):
        store.replace_all({EX + "g1": broken()})
    reader = EmbeddedStore(tmp_path / "s", read_only=True)
    assert [r["o"]["value"] for r in reader.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["old"]


def test_replace_graph_is_per_graph(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.replace_all({EX + "g1": [quad("a", "1")], EX + "g2": [quad("b", "2", "g2")]})
    store.replace_graph(EX + "g1", [quad("c", "3")])
    rows = store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o").values()
    assert [(r["s"], r["o"]) for r in rows] == [(EX + "b", "2"), (EX + "c", "3")]


def test_readers_see_a_new_generation(tmp_path) -> None:
    writer = EmbeddedStore(tmp_path / "s")
    writer.replace_all({EX + "g1": [quad("a", "v1")]})
    reader = EmbeddedStore(tmp_path / "s", read_only=True)
    assert reader.query("SELECT ?o WHERE { ?s ?p ?o }").values()[0]["o"] == "v1"
    writer.replace_all({EX + "g1": [quad("a", "v2")]})
    assert reader.query("SELECT ?o WHERE { ?s ?p ?o }").values()[0]["o"] == "v2"


def test_read_only_store_refuses_writes_and_missing_store(tmp_path) -> None:
    with pytest.raises(StoreError, match="no graph has been built"):
        EmbeddedStore(tmp_path / "none", read_only=True).query("ASK {}")


def test_bindings_are_values_not_pasted(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.replace_all({EX + "g1": [quad("a", 'x" } ; DROP ALL ; #'), quad("b", "y")]})
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    rows = store.query(q, {"o": 'x" } ; DROP ALL ; #'}).values()
    assert rows == [{"s": EX + "a"}]
    assert store.stats().triples == 2


def test_bind_values_places_block_in_where_group() -> None:
    q = 'PREFIX ex: <http://e/{x}>\n# a { comment\nSELECT ?s WHERE { ?s ex:p "{" }'
    out = bind_values(q, {"s": NamedNode("http://e/a")})
    assert out.index("VALUES (?s) { (<http://e/a>) }") > out.index('WHERE {')
    construct = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"o": 1})
    assert construct.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o)")
    with pytest.raises(QueryError):
        bind_values(q, {"bad name": 1})


def test_malformed_query_is_query_error(tmp_path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.replace_all({EX + "g1": [quad("a", "1")]})
    with pytest.raises(QueryError, match="1:"):
        store.query("SELECT ?s WHERE { ?s ?p }")


def test_seed_store_has_one_graph_per_document(seed_store) -> None:
    graphs = seed_store.graphs()
    docs = [g for g in graphs if "/graph/" in g
            and not g.endswith(("/build", "/ontology", "/inferred", "/shared", "/links"))]
    assert len(docs) == 5
    assert {g.rsplit("/", 1)[-1] for g in graphs} >= {"build", "ontology", "inferred", "shared", "links"}
    res = seed_store.query(
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
        "SELECT ?g (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p a pkg:Provision } } GROUP BY ?g"
    )
    assert all(int(r["n"]) > 30 for r in res.values())


@pytest.mark.parametrize("pattern", ["?s <http://www.w3.org/2000/01/rdf-schema#label> ?o",
                                     "?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o",
                                     "?s a ?o"])
def test_union_holds_each_label_and_type_once(seed_store, pattern) -> None:
    """Shared entities are described once (in the shared graph), so the union repeats no label or type."""
    res = seed_store.query(f"SELECT (COUNT(*) AS ?all) (COUNT(DISTINCT *) AS ?distinct) WHERE {{ {pattern} }}")
    row = res.values()[0]
    assert int(row["all"]) == int(row["distinct"]) > 1000


def test_agencies_mentioned_by_several_documents_are_described_in_the_shared_graph_only(seed_store) -> None:
    res = seed_store.query("""PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT ?g (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a pkg:Agency } } GROUP BY ?g""")
    assert {r["g"].rsplit("/", 1)[-1] for r in res.values()} == {"shared"}


def test_search_without_counts_gives_the_same_hits_and_reads_no_counts(seed_store) -> None:
    """The search page's English expansions ask only for hits (graph_store.sidecar.IndexReader.search counts=False):
    the same rows in the same order, no counts by kind or facet, the total the rows themselves."""
    from graph_store.sidecar import IndexReader

    reader = IndexReader(seed_store.index_path())
    full = reader.search("医院", kinds=("document", "target"), limit=20)
    bare = reader.search("医院", kinds=("document", "target"), limit=20, counts=False)
    assert full.hits and bare.hits == full.hits
    assert full.by_kind and full.facets and full.total >= len(full.hits)
    assert bare.by_kind == {} and bare.facets == {} and bare.total == bare.reachable >= len(bare.hits)


def test_search_reads_are_bounded_when_a_word_matches_everything(seed_store, monkeypatch) -> None:
    """A common word: counts stop at COUNT_CAP (marked capped), each tier reads at most WINDOW rows, documents still
    come first, and paging reaches only what was read."""
    from graph_store import sidecar
    from graph_store.sidecar import KIND_RANK, IndexReader

    reader = IndexReader(seed_store.index_path())
    whole = reader.search("卫生", limit=10_000)
    assert not whole.capped and whole.total > 300
    monkeypatch.setattr(sidecar, "COUNT_CAP", 50)
    monkeypatch.setattr(sidecar, "WINDOW", 7)
    page = reader.search("卫生", limit=100)
    assert page.capped and page.total == 50 and sum(page.by_kind.values()) == 50  # the first 50 matches, by kind
    tiers = [KIND_RANK.get(h.kind, 5) for h in page.hits]
    assert tiers == sorted(tiers) and tiers[0] == 0  # documents first, then facts, entities, concepts
    assert max(tiers.count(t) for t in set(tiers)) <= 7 and page.reachable == len(page.hits)
    assert all(c <= 50 for values in page.facets.values() for c in values.values())
    targets = reader.search("卫生", kinds=["target"], limit=100)
    assert {h.kind for h in targets.hits} == {"target"} and len(targets.hits) == 7
    # a shorter page is the start of the longer one (one order, whatever the page size)
    assert reader.search("卫生", limit=3).hits == page.hits[:3]


def test_each_shared_entity_has_one_preferred_label_per_language(seed_store) -> None:
    """SKOS S14: a document naming an agency two ways (蛟河市卫生健康局 and …卫生健康部门) gives one prefLabel and an
    altLabel, so lists joining an entity's label give one row per fact."""
    rows = seed_store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?lang (COUNT(DISTINCT ?l) AS ?n) "
        "WHERE { ?e skos:prefLabel ?l BIND(LANG(?l) AS ?lang) } GROUP BY ?e ?lang HAVING (COUNT(DISTINCT ?l) > 1)"
    ).values()
    assert rows == []
    alt = seed_store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { "
        "<https://w3id.org/policykg/agency/220281/health-commission> skos:prefLabel '蛟河市卫生健康局'@zh-Hans ; "
        "skos:altLabel '蛟河市卫生健康部门'@zh-Hans }")
    assert alt.boolean
