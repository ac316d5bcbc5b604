"""Serialise query results: SPARQL results as JSON, XML, CSV, TSV; graphs as Turtle, N-Triples, JSON-LD, RDF/XML.

One table per query form maps a short format name (the endpoint's `format=` values) to its media type.
SELECT/ASK answers are written as SPARQL JSON first and re-serialised by pyoxigraph for the other
result formats, so every format carries exactly the same rows; graphs go through pyoxigraph's RDF
serialisers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results, serialize

from graph_store.base import QueryResult
from ontology.namespaces import PREFIXES
from policykg.errors import QueryError


@dataclass(frozen=True)
class Format:
    """A result format: short name, the media type it is served as, and the media types it answers to."""

    name: str
    mimetype: str
    accepts: tuple[str, ...]


RESULT_FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "application/sparql-results+json", ("application/sparql-results+json", "application/json")),
        Format("xml", "application/sparql-results+xml",
               ("application/sparql-results+xml", "application/xml", "text/xml")),
        Format("csv", "text/csv", ("text/csv",)),
        Format("tsv", "text/tab-separated-values", ("text/tab-separated-values",)),
    )
}
"""SELECT and ASK; the first is the default."""

GRAPH_FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", "text/turtle", ("text/turtle", "application/x-turtle")),
        Format("ntriples", "application/n-triples", ("application/n-triples", "text/plain")),
        Format("jsonld", "application/ld+json", ("application/ld+json",)),
        Format("rdfxml", "application/rdf+xml", ("application/rdf+xml",)),
        Format("nquads", "application/n-quads", ("application/n-quads",)),
        Format("trig", "application/trig", ("application/trig",)),
    )
}
"""CONSTRUCT, DESCRIBE and RDF documents (service description, VoID); the first is the default."""

ALIASES: dict[str, dict[str, str]] = {
    "results": {"srj": "json", "sparql-results+json": "json", "srx": "xml", "sparql-results+xml": "xml",
                "text": "tsv", "tab": "tsv"},
    "graph": {"ttl": "turtle", "n3": "turtle", "text/n3": "turtle", "nt": "ntriples", "n-triples": "ntriples",
              "json-ld": "jsonld", "json": "jsonld", "xml": "rdfxml", "rdf": "rdfxml", "rdf+xml": "rdfxml",
              "rdf/xml": "rdfxml", "application/xml": "rdfxml", "nq": "nquads", "n-quads": "nquads"},
}
"""`format=` names clients send (SPARQLWrapper sends xml, json, json-ld, n3, turtle, csv, tsv) per query form:
`format=xml` is SPARQL XML results for SELECT/ASK and RDF/XML for CONSTRUCT/DESCRIBE; `format=json` likewise."""


_RESULTS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML, "csv": QueryResultsFormat.CSV,
            "tsv": QueryResultsFormat.TSV}
_RDF = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
        "rdfxml": RdfFormat.RDF_XML, "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}


RESULT_FORMATS_OX = _RESULTS
"""Short result format names → pyoxigraph's formats (for streaming serialisation)."""
RDF_FORMATS = _RDF
"""Short graph format names → pyoxigraph's formats."""


def format_named(table: dict[str, Format], requested: str) -> Format | None:
    """The format of `table` a `format=` value names (short name, alias or media type), or None."""
    wanted = requested.strip().lower()
    aliases = ALIASES["graph" if table is GRAPH_FORMATS else "results"]
    wanted = aliases.get(wanted, wanted)
    for f in table.values():
        if wanted == f.name or wanted in f.accepts:
            return f
    return None


def formats_for(kind: str) -> dict[str, Format]:
    """The format table of a query form (`select`/`ask` → results, `graph` → RDF)."""
    return GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS


@dataclass(frozen=True)
class Serialized:
    """A serialised answer, ready to send."""

    data: bytes
    mimetype: str
    kind: str
    truncated: bool = False
    count: int = 0
    elapsed: float = 0.0


def serialize_result(result: QueryResult, fmt: str) -> Serialized:
    """The result in format `fmt` (a key of the form's table).

    Every format is standard: a truncated answer (more rows than the result limit) is the first rows only,
    marked by the caller in HTTP headers, never by extra members in the body."""
    table = formats_for(result.kind)
    if fmt not in table:
        raise QueryError(f"format {fmt!r} does not apply to a {result.kind} query (use one of {', '.join(table)})")
    count = len(result.triples) if result.kind == "graph" else len(result.rows)
    if result.kind == "graph":
        data = serialize_triples(result.triples, fmt)
    else:
        raw = json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")
        if fmt == "json":
            data = raw
        else:
            parsed = parse_query_results(raw, format=QueryResultsFormat.JSON)
            data = parsed.serialize(format=_RESULTS[fmt]) or b""
    return Serialized(data, table[fmt].mimetype, result.kind, result.truncated, count, result.elapsed)


def serialize_triples(lines: tuple[str, ...] | list[str], fmt: str) -> bytes:
    """N-Triples lines as `fmt` (turtle, ntriples, jsonld, rdfxml), with the project's prefixes where they apply."""
    if fmt in ("ntriples", "nquads"):
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    triples = list(parse("\n".join(lines).encode("utf-8"), format=RdfFormat.N_TRIPLES))
    prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
    return serialize(triples, format=_RDF[fmt], prefixes=prefixes) or b""
