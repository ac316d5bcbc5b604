"""Parameter binding writes bound IRIs as constants where the engine plans them well, without changing answers."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad, Store

from graph_store.binding import bind_rows, bind_values

DOC = NamedNode("https://w3id.org/policykg/doc/a")
OTHER = NamedNode("https://w3id.org/policykg/doc/b")
P = NamedNode("https://w3id.org/policykg/ontology#title")
PER_DOC = """SELECT ?doc ?g ?t WHERE {
  BIND(IRI(REPLACE(STR(?doc), "/doc/", "/graph/")) AS ?g)
  GRAPH ?g { ?doc <https://w3id.org/policykg/ontology#title> ?t }
}"""


def _store() -> Store:
    s = Store()
    for d, t in ((DOC, "甲"), (OTHER, "乙")):
        s.add(Quad(d, P, Literal(t), NamedNode(d.value.replace("/doc/", "/graph/"))))
    return s


def test_a_bound_documents_graph_is_written_as_a_constant() -> None:
    text = bind_values(PER_DOC, {"doc": DOC})
    assert "GRAPH <https://w3id.org/policykg/graph/a>" in text and "REPLACE" not in text
    rows = list(_store().query(text))
    assert [(r["doc"], r["g"], r["t"].value) for r in rows] == [
        (DOC, NamedNode("https://w3id.org/policykg/graph/a"), "甲")]


def test_a_bound_iri_is_inlined_in_the_group_and_still_projected() -> None:
    query = "SELECT ?doc ?t WHERE { ?doc <https://w3id.org/policykg/ontology#title> ?t . FILTER(?t != \"?doc\") }"
    text = bind_values(query, {"doc": OTHER})
    assert "<https://w3id.org/policykg/doc/b> <https://w3id.org/policykg/ontology#title>" in text
    assert '"?doc"' in text  # never inside a string
    rows = list(_store().query(text, use_default_graph_as_union=True))
    assert [(r["doc"], r["t"].value) for r in rows] == [(OTHER, "乙")]


def test_variables_a_query_assigns_or_lists_keep_their_name() -> None:
    assigned = bind_values("SELECT ?x WHERE { BIND(<a:b> AS ?y) ?y <c:d> ?x }", {"y": NamedNode("a:z")})
    assert "AS ?y" in assigned
    listed = bind_values(bind_rows("SELECT ?d WHERE { ?d <c:d> ?x }", "d", [DOC, OTHER]), {"x": NamedNode("a:z")})
    assert "VALUES ?d {" in listed and "?d <c:d> <a:z>" in listed
    literal = bind_values("SELECT ?x WHERE { ?s <c:d> ?x }", {"x": "text"})
    assert "?s <c:d> ?x" in literal  # literals stay in the VALUES block only


def test_a_bound_iri_is_inlined_in_subqueries_but_not_in_their_projections_or_modifiers() -> None:
    """A subquery is planned on its own, so the constant goes inside it; its SELECT, GROUP BY and ORDER BY keep the
    variable's name (a constant there is no SPARQL), and the answer is the one of the VALUES block alone."""
    query = ("SELECT ?doc ?t ?n WHERE { { SELECT ?doc ?t WHERE { ?doc <https://w3id.org/policykg/ontology#title> ?t } "
             "ORDER BY ?doc } { SELECT ?doc (COUNT(?x) AS ?n) WHERE { ?doc ?p ?x } GROUP BY ?doc } }")
    text = bind_values(query, {"doc": OTHER})
    assert "{ SELECT ?doc ?t WHERE { <https://w3id.org/policykg/doc/b> <https://w3id.org/policykg/ontology#title>" in text
    assert "ORDER BY ?doc" in text and "GROUP BY ?doc" in text
    assert "{ <https://w3id.org/policykg/doc/b> ?p ?x }" in text
    rows = list(_store().query(text, use_default_graph_as_union=True))
    assert [(r["doc"], r["t"].value, int(r["n"].value)) for r in rows] == [(OTHER, "乙", 1)]


BY_ID = """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?document ?t WHERE {
  ?doc dcterms:identifier ?document .
  BIND(IRI(REPLACE(STR(?doc), "/doc/", "/graph/")) AS ?g)
  GRAPH ?g { ?doc <https://w3id.org/policykg/ontology#title> ?t }
}"""


def _ids(store: Store) -> Store:
    for d, ident in ((DOC, "a"), (OTHER, "b")):
        store.add(Quad(d, NamedNode("http://purl.org/dc/terms/identifier"), Literal(ident),
                       NamedNode(d.value.replace("/doc/", "/graph/"))))
    return store


def test_a_document_bound_by_its_id_is_looked_up_and_its_graph_pinned() -> None:
    asked: list[str] = []

    def lookup(ident: str) -> str | None:
        asked.append(ident)
        return {"a": DOC.value, "b": OTHER.value}.get(ident)

    text = bind_values(BY_ID, {"document": "b"}, lookup)
    assert asked == ["b"]
    assert "GRAPH <https://w3id.org/policykg/graph/b>" in text and "REPLACE" not in text
    rows = list(_ids(_store()).query(text, use_default_graph_as_union=True))
    assert [(r["document"].value, r["t"].value) for r in rows] == [("b", "乙")]


def test_an_unknown_id_or_no_lookup_leaves_the_query_unpinned_and_the_answer_unchanged() -> None:
    unknown = bind_values(BY_ID, {"document": "zz"}, lambda ident: None)
    assert "REPLACE" in unknown and list(_ids(_store()).query(unknown, use_default_graph_as_union=True)) == []
    plain = bind_values(BY_ID, {"document": "a"})
    assert "REPLACE" in plain
    rows = list(_ids(_store()).query(plain, use_default_graph_as_union=True))
    assert [(r["document"].value, r["t"].value) for r in rows] == [("a", "甲")]
    iri_bound = bind_values(BY_ID, {"document": NamedNode("https://w3id.org/policykg/doc/a")}, lambda ident: "x:y")
    assert "REPLACE" in iri_bound  # only a literal id is looked up
