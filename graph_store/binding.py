"""Safe parameter binding: an inline `VALUES` block of escaped terms at the head of the WHERE group.

pyoxigraph's `substitutions` only bind projected variables, and remote servers have none, so both
backends bind the same way. Terms are written by pyoxigraph's own N-Triples serialisation, so no
user text is ever pasted into the query as syntax.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from graph_store.terms import sparql_term, to_term
from policykg.errors import QueryError

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _skip_token(query: str, i: int) -> int:
    """Index after a comment, IRI or string literal starting at i (or i itself)."""
    ch = query[i]
    if ch == "#":
        end = query.find("\n", i)
        return len(query) if end < 0 else end
    if ch == "<":
        m = re.match(r"<[^<>\s]*>", query[i:])
        return i + m.end() if m else i
    if ch in "\"'":
        for quote in (ch * 3, ch):
            if query.startswith(quote, i):
                j = i + len(quote)
                while j < len(query):
                    if query[j] == "\\":
                        j += 2
                        continue
                    if query.startswith(quote, j):
                        return j + len(quote)
                    j += 1
                return len(query)
    return i


def where_brace(query: str) -> int:
    """Index of the `{` opening the query's WHERE group (after any CONSTRUCT template)."""
    i = 0
    while i < len(query):
        j = _skip_token(query, i)
        if j != i:
            i = j
            continue
        m = _WHERE.match(query, i)
        if m:
            return m.end() - 1
        if query[i] == "{" and not re.search(r"\bCONSTRUCT\s*$", query[:i], re.IGNORECASE):
            return i
        i += 1
    raise QueryError("query has no WHERE group to bind parameters in")


def bind_values(query: str, bindings: Mapping[str, Any] | None) -> str:
    """The query with `VALUES (?a ?b) { (t1 t2) }` inserted as the first element of its WHERE group."""
    if not bindings:
        return query
    names = list(bindings)
    for name in names:
        if not _VAR.match(name):
            raise QueryError(f"invalid parameter name {name!r}")
    terms = " ".join(sparql_term(to_term(bindings[n])) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    at = where_brace(query) + 1
    return query[:at] + block + query[at:]


def bind_rows(query: str, variable: str, values: list[Any]) -> str:
    """The query with `VALUES ?variable { t1 t2 … }` as the first element of its WHERE group (one row per value)."""
    if not _VAR.match(variable):
        raise QueryError(f"invalid parameter name {variable!r}")
    terms = " ".join(sparql_term(to_term(v)) for v in values)
    at = where_brace(query) + 1
    return query[:at] + f" VALUES ?{variable} {{ {terms} }} " + query[at:]
