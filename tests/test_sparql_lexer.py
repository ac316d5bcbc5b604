"""The token scan every request pays twice (the endpoint's check, then the store): right for each text, remembered
for short texts only, and the same from many threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from graph_store import sparql_lexer
from graph_store.sparql_lexer import CACHED_TEXT, shape


def query(n: int, *, service: bool = False, dataset: bool = False) -> str:
    source = f"FROM <http://example.org/g{n}> " if dataset else ""
    body = f"SERVICE <http://example.org/s{n}> {{ ?s ?p ?o }}" if service else "?s ?p ?o"
    return f"PREFIX ex: <http://example.org/>\nSELECT ?s {source}WHERE {{ {body} }} LIMIT {n}"


def test_shape_reads_form_services_and_dataset() -> None:
    found = shape(query(1, service=True, dataset=True))
    assert (found.form, found.services, found.dataset) == ("SELECT", ("<http://example.org/s1>",), True)
    assert shape("INSERT DATA { <a:b> <a:c> <a:d> }").updates == ("INSERT",)


def test_short_texts_are_remembered_and_long_ones_are_not() -> None:
    text = query(2, dataset=True)
    first = shape(text)
    hits = sparql_lexer._cached_shape.cache_info().hits
    assert shape(text) == first
    assert sparql_lexer._cached_shape.cache_info().hits == hits + 1
    long_text = query(3, service=True) + "\n#" + "x" * CACHED_TEXT
    size = sparql_lexer._cached_shape.cache_info().currsize
    assert shape(long_text).services == ("<http://example.org/s3>",)
    assert sparql_lexer._cached_shape.cache_info().currsize == size


def test_the_same_shapes_from_many_threads() -> None:
    texts = [query(n, service=n % 2 == 0, dataset=n % 3 == 0) for n in range(400)]
    expected = [(bool(s.services), s.dataset) for s in map(sparql_lexer._shape, texts)]
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(lambda t: (bool(shape(t).services), shape(t).dataset), texts * 3))
    assert found == expected * 3
    assert expected[:4] == [(True, True), (False, False), (True, False), (False, True)]
