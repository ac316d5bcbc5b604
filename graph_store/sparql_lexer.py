"""A SPARQL 1.1 tokenizer: just enough to tell a request's form, updates, SERVICE calls and dataset clauses.

It follows the grammar's terminals (§19.8: IRIREF, the four string forms, variables, prefixed names, blank
node labels, comments), so a keyword inside an IRI, a string, a comment or a prefixed name never counts.
Pure functions over compiled regular expressions: safe to call from any number of threads at once, and
linear in the query's length. The full parse is the query engine's own (pyoxigraph, in a worker process,
inside the query time limit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_PN_CHARS_BASE = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d" \
                 "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
_PN_CHARS = _PN_CHARS_BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040-"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[-_~.!$&'()*+,;=/?#@%])"

TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][{_PN_CHARS_BASE}_0-9][{_PN_CHARS_BASE}_0-9\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<bnode>_:[{_PN_CHARS_BASE}_0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)
  | (?P<pname>(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:
               (?:(?:[{_PN_CHARS_BASE}_:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


@dataclass(frozen=True)
class Token:
    kind: str
    """ws | comment | iri | string | var | bnode | pname | word | number | other"""
    text: str
    start: int


def tokens(text: str) -> Iterator[Token]:
    """Every token of `text` (whitespace and comments included), in order."""
    for m in TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        yield Token(kind, m.group(), m.start())


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Shape:
    """What the tokens say about a request, before any parse."""

    form: str
    """SELECT | ASK | CONSTRUCT | DESCRIBE | an update keyword | '' when the text starts with neither."""
    form_at: int
    """Offset of the form keyword (or of the first unexpected token)."""
    first: str
    """The first significant token after the prologue (for error messages)."""
    services: tuple[str, ...]
    """IRIs or variables named after SERVICE [SILENT]."""
    dataset: bool
    """The query has FROM or FROM NAMED clauses."""
    updates: tuple[str, ...]
    """Update operations named at the start of each `;`-separated operation."""


CACHED_TEXT = 16_384
"""Query texts up to this length keep their shape in a small cache (clients repeat the same queries; the scan costs
about a millisecond for a canned query, paid by the endpoint's check and again by the store)."""


def shape(text: str) -> Shape:
    """Scan `text` once: its form, SERVICE targets, dataset clauses and update operations."""
    return _cached_shape(text) if len(text) <= CACHED_TEXT else _shape(text)


@lru_cache(maxsize=256)
def _cached_shape(text: str) -> Shape:
    return _shape(text)


def _shape(text: str) -> Shape:
    significant = [t for t in tokens(text) if t.kind not in ("ws", "comment")]
    i = 0
    while i < len(significant):  # prologue: BASE <iri> | PREFIX pname: <iri>
        word = significant[i].text.upper() if significant[i].kind == "word" else ""
        if word == "BASE":
            i += 2
        elif word == "PREFIX":
            i += 3
        else:
            break
    first = significant[i] if i < len(significant) else None
    form = first.text.upper() if first and first.kind == "word" else ""
    if form not in QUERY_FORMS and form not in UPDATE_KEYWORDS:
        form = ""
    services: list[str] = []
    updates: list[str] = [form] if form in UPDATE_KEYWORDS else []
    dataset = False
    for n, tok in enumerate(significant):
        if tok.kind != "word":
            continue
        upper = tok.text.upper()
        if upper == "SERVICE":
            target = significant[n + 1] if n + 1 < len(significant) else None
            if target is not None and target.kind == "word" and target.text.upper() == "SILENT":
                target = significant[n + 2] if n + 2 < len(significant) else None
            services.append(target.text if target is not None else "?")
        elif upper == "FROM" and form in QUERY_FORMS:
            dataset = True
        elif updates and upper in UPDATE_KEYWORDS and n > 0 and significant[n - 1].text == ";":
            updates.append(upper)
    return Shape(form, first.start if first else len(text), first.text if first else "",
                 tuple(sorted(set(services))), dataset, tuple(updates))
