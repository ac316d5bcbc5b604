"""RDF terms ↔ SPARQL JSON bindings, and safe conversion of user values into terms."""

from __future__ import annotations

from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

from policykg.errors import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"


def term_to_binding(term: Any) -> dict[str, str]:
    """A pyoxigraph term as a SPARQL 1.1 JSON results binding."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def to_term(value: Any) -> NamedNode | Literal | BlankNode:
    """A Python value as an RDF term: terms pass through, str → plain literal, int/float/bool → typed."""
    if isinstance(value, NamedNode | Literal | BlankNode):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "decimal"))
    if isinstance(value, str):
        return Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} value")


def iri(value: str) -> NamedNode:
    """A NamedNode from user input; a malformed IRI is a QueryError, not a crash."""
    try:
        return NamedNode(value)
    except ValueError as exc:
        raise QueryError(f"not a valid IRI: {value!r}") from exc


def sparql_term(term: NamedNode | Literal | BlankNode) -> str:
    """The term in SPARQL/N-Triples syntax with all escaping done by pyoxigraph (for VALUES blocks)."""
    return str(term)
