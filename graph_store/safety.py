"""Decide whether a SPARQL request may run: read-only queries only, `SERVICE` only when allowed.

The decision reads the request's tokens (graph_store.sparql_lexer), not a parse tree: keywords inside
strings, IRIs, prefixed names or comments cannot fool it, it holds no state (so any number of request
threads may call it at once) and it costs a few microseconds per kilobyte. A second full parse in the
request thread is not needed: the query engine parses the text anyway, in a worker process and inside the
query time limit, and reports syntax errors with their line and column (see `syntax_error`). A text that
starts like an update (INSERT, DELETE, LOAD, CLEAR, …) is refused; a query naming `SERVICE` is refused
unless allowed. Query workers additionally run without network access when SERVICE is not allowed (see
graph_store.workers), so nothing can reach the network even if a request slipped past this check.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from graph_store.sparql_lexer import QUERY_FORMS, position, shape
from policykg.errors import QueryError, QueryRefused

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checked:
    """What the tokens say: the query form (`select`, `ask`, `graph`), SERVICE targets, dataset clauses."""

    kind: str
    services: tuple[str, ...] = ()
    dataset: bool = False
    """FROM / FROM NAMED in the query: they define the dataset (SPARQL 1.1 Query §13.2)."""


def inspect_query(text: str) -> Checked:
    """The request's form; updates raise QueryRefused, anything else that is no query raises QueryError."""
    found = shape(text)
    if found.updates:
        raise QueryRefused(f"SPARQL updates ({', '.join(found.updates)}) are refused: this endpoint is read-only")
    if found.form not in QUERY_FORMS:
        line, col = position(text, found.form_at)
        seen = repr(found.first) if found.first else "end of query"
        raise QueryError(f"syntax error at {line}:{col}: expected SELECT, ASK, CONSTRUCT or DESCRIBE, found {seen}",
                         f"line {line}, column {col}")
    return Checked(QUERY_FORMS[found.form], found.services, found.dataset)


def check_query(text: str, allow_service: bool = False) -> Checked:
    """Inspect and enforce the policy: no updates ever, no SERVICE unless `allow_service`."""
    checked = inspect_query(text)
    if checked.services and not allow_service:
        raise QueryRefused(
            f"SERVICE calls are disabled on this endpoint (query asks for {', '.join(checked.services)})"
        )
    return checked


_ENGINE_POSITION = re.compile(r"error at (\d+):(\d+)")


def syntax_error(text: str, message: str) -> QueryError:
    """The engine's syntax error as a QueryError: `syntax error at L:C: …`, the offending line and a caret."""
    m = _ENGINE_POSITION.search(message)
    if not m:
        return QueryError(f"syntax error: {message}")
    line, col = int(m.group(1)), int(m.group(2))
    lines = text.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    detail = message[m.end():].lstrip(": ")
    caret = " " * max(col - 1, 0) + "^"
    return QueryError(f"syntax error at {line}:{col}: {detail}\n{shown}\n{caret}", f"line {line}, column {col}")
