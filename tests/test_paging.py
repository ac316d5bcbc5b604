"""Pages of canned queries (graph_store.paging): where LIMIT/OFFSET go, and that a page is a slice of the answer."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal

from graph_store.binding import bind_values
from graph_store.catalogue import Catalogue
from graph_store.paging import page_group, paged
from policykg.errors import QueryError
from tests.conftest import ROOT

FLAT = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5"
MARKED = """SELECT ?s ?l WHERE {
  { SELECT * WHERE {  # page
      ?s a ?c .
    } ORDER BY ?s LIMIT 3 }
  OPTIONAL { ?s <http://e/label> ?l }
}
ORDER BY ?s"""


def test_a_flat_query_is_cut_at_its_end() -> None:
    assert paged(FLAT, 10, 20).endswith("ORDER BY ?s\nLIMIT 10 OFFSET 20")
    assert "ORDER" not in paged(FLAT, 10, 20, keep_order=False)


def test_a_marked_subquery_is_cut_and_the_outer_query_keeps_its_order() -> None:
    out = paged(MARKED, 10, 20)
    inner, outer = out.split("OPTIONAL")
    assert "ORDER BY ?s LIMIT 10 OFFSET 20" in inner and "LIMIT 3" not in out
    assert outer.rstrip().endswith("ORDER BY ?s\nLIMIT 10 OFFSET 0")
    unordered = paged(MARKED, 10, 20, keep_order=False)
    assert "ORDER" not in unordered and "LIMIT 10 OFFSET 20" in unordered.split("OPTIONAL")[0]


def test_parameters_bind_inside_the_marked_subquery() -> None:
    out = bind_values(MARKED, {"c": Literal("x")})
    assert out.index('VALUES (?c) { ("x") }') > out.index("{ SELECT * WHERE {")
    assert out.index('VALUES (?c)') < out.index("?s a ?c")


def test_a_mark_outside_a_subquery_is_refused() -> None:
    text = "SELECT ?s WHERE {  # page\n ?s ?p ?o }"
    with pytest.raises(ValueError):
        page_group(text)
    with pytest.raises(QueryError):
        bind_values(text, {"s": Literal("x")})


MARKED_QUERIES = [q for q in Catalogue(ROOT / "queries").all() if page_group(q.text) is not None]


def test_the_corpus_wide_lists_are_cut_before_their_details() -> None:
    assert {"targets", "provisions", "responsibilities", "documents"} <= {q.id for q in MARKED_QUERIES}


@pytest.fixture(scope="module")
def three_levels(tmp_path_factory):
    """A city, its province and the nation setting the same indicators (the seeds compare none across levels)."""
    from graph_store.embedded import EmbeddedStore
    from loaders.build import build_graphs
    from tests.test_queries_targets import HANGZHOU, MANIFEST, NATION, ZHEJIANG

    folder = tmp_path_factory.mktemp("levels")
    files = {"zhejiang.txt": ZHEJIANG, "national.txt": NATION, "hangzhou.txt": HANGZHOU, "manifest.toml": MANIFEST}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path_factory.mktemp("levels-store") / "store")
    store.replace_all(build_graphs(folder, "https://w3id.org/policykg/").graphs)
    return store


@pytest.mark.parametrize("query", MARKED_QUERIES, ids=lambda q: q.id)
def test_each_page_is_a_slice_of_the_whole_answer(seed_store, three_levels, query) -> None:
    """Page k of an ordered query holds rows k·n … k·n+n−1 of its whole answer; pages read in the store's order
    (nothing narrows the query) never repeat a row and together give the whole answer."""
    bindings = query.bindings({})
    store = seed_store
    whole = [tuple(sorted(r.items())) for r in store.query(query.text, bindings).values()]
    if not whole:  # a query the seeds do not answer (comparisons across levels)
        store = three_levels
        whole = [tuple(sorted(r.items())) for r in store.query(query.text, bindings).values()]
    assert whole, f"{query.id} answers nothing"
    size = max(1, len(whole) // 3 + 1)
    pages = []
    for offset in range(0, len(whole) + size, size):
        rows = store.query(paged(query.text, size, offset), bindings).values()
        assert [tuple(sorted(r.items())) for r in rows] == whole[offset:offset + size], offset
        unordered = store.query(paged(query.text, size, offset, keep_order=False), bindings).values()
        pages += [tuple(sorted(r.items())) for r in unordered]
    assert sorted(pages) == sorted(whole)


def test_documents_carry_their_place_in_date_order_and_their_number_of_provisions(seed_store) -> None:
    """The list of documents pages by a position written at build time (date, then identifier) and reads each
    document's number of provisions from the document, where the VoID partition of its graph says the same."""
    rows = seed_store.query("""PREFIX pkg: <https://w3id.org/policykg/ontology#>
        PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?id ?date ?pos ?n ?partition WHERE {
          ?d pkg:datePosition ?pos ; dcterms:identifier ?id ; pkg:provisionCount ?n .
          OPTIONAL { ?d eli:date_document ?date }
          BIND(IRI(REPLACE(STR(?d), "/doc/", "/graph/")) AS ?g)
          GRAPH ?g { ?g void:classPartition ?p . ?p void:class pkg:Provision ; void:entities ?partition }
        } ORDER BY ?pos""").values()
    assert len(rows) == 5
    assert [int(r["pos"]) for r in rows] == list(range(5))
    assert [(r["date"], r["id"]) for r in rows] == sorted((r["date"], r["id"]) for r in rows)
    assert all(r["n"] == r["partition"] and int(r["n"]) > 10 for r in rows)
