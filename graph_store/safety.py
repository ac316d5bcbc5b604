"""Decide whether a SPARQL request may run: read-only queries only, `SERVICE` only when allowed.

The text is parsed with rdflib's SPARQL 1.1 grammar (a real parser: keywords inside strings, IRIs or
comments cannot fool it). A text that parses as an update (INSERT, DELETE, LOAD, CLEAR, …) is refused;
a query whose parse tree holds a `SERVICE` pattern is refused unless allowed; a text that is neither a
query nor an update is malformed and gets the parser's message with line and column. Query workers
additionally run without network access when SERVICE is not allowed (see graph_store.workers).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from policykg.errors import QueryError, QueryRefused

log = logging.getLogger(__name__)

FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "graph", "DescribeQuery": "graph"}


@dataclass(frozen=True)
class Checked:
    """What the parser found: the query form (`select`, `ask`, `graph`) and whether it calls SERVICE."""

    kind: str
    services: tuple[str, ...] = ()


@lru_cache(maxsize=512)
def inspect_query(text: str) -> Checked:
    """Parse `text`; updates raise QueryRefused, malformed text raises QueryError with its position."""
    try:
        tree = parseQuery(text)
    except ParseBaseException as query_exc:
        try:
            update = parseUpdate(text)
        except ParseBaseException:
            raise QueryError(_syntax_message(query_exc), f"line {query_exc.lineno}, column {query_exc.col}") from None
        operations = [op.name for op in update.get("request", [])]
        raise QueryRefused(
            f"SPARQL updates ({', '.join(operations) or 'update'}) are refused: this endpoint is read-only"
        ) from None
    except RecursionError:
        raise QueryError("query is nested too deeply to be parsed") from None
    body = tree[1]
    kind = FORMS.get(getattr(body, "name", ""), "")
    if not kind:
        raise QueryError(f"unsupported query form {getattr(body, 'name', '?')}")
    return Checked(kind, tuple(_services(tree)))


def check_query(text: str, allow_service: bool = False) -> Checked:
    """Inspect and enforce the policy: no updates ever, no SERVICE unless `allow_service`."""
    checked = inspect_query(text)
    if checked.services and not allow_service:
        raise QueryRefused(
            f"SERVICE calls are disabled on this endpoint (query asks for {', '.join(checked.services)})"
        )
    return checked


def _syntax_message(exc: ParseBaseException) -> str:
    """`syntax error at LINE:COL: expected …, found '…'` plus the offending line and a caret."""
    found = exc.pstr[exc.loc:].split(None, 1)[0] if exc.pstr[exc.loc:].strip() else "end of query"
    caret = " " * (exc.col - 1) + "^"
    return f"syntax error at {exc.lineno}:{exc.col}: {exc.msg}, found {found!r}\n{exc.line}\n{caret}"


def _services(node: Any) -> list[str]:
    """IRIs (or variables) of every SERVICE pattern anywhere in the parse tree."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                found.append(str(item.get("term")))
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif hasattr(item, "asList") and not isinstance(item, str):
            stack.extend(list(item))
    return sorted(set(found))
