"""The document page's fact rows, made at build time from the document's own graph (never queried at a request).

Three lists, the same rows the canned queries answer over the graph:
- `spans`: every evidence span in the document (ui-document-facts): fact, raw and normalised offsets, quote;
- `details`: the table properties and types of the document's facts (ui-document-fact-details, except where a
  citation points, which the links graph resolves corpus-wide and the page still asks the graph for);
- `outline`: the provisions (ui-document-outline): path, label, heading, depth, parent, offsets.
Reading them back costs one index row however many facts a plan has (a 700-fact plan's two queries took 0.3 s).
"""

from __future__ import annotations

import json

from loaders.graph_index import GraphIndex, as_int
from ontology.namespaces import ELI, ONTOLOGY, RDF

DETAIL_PROPERTIES = (RDF + "type", *(ONTOLOGY + p for p in (
    "indicator", "comparator", "value", "unit", "targetYear", "year", "baselineValue", "baselineYear", "nature",
    "scope", "relative", "provision", "departmentType", "institutionScope", "share", "agency", "role", "citedTitle",
    "citedNumber", "implementing", "mentions", "responsibleAgency", "linkTarget", "indicatorText", "departmentText",
    "mentionText")))
"""The properties the page shows (the FILTER of ui-document-fact-details)."""

SPAN_KEYS = ("fact", "start", "end", "norm_start", "norm_end", "quote")
OUTLINE_KEYS = ("provision", "path", "label", "heading", "depth", "parent", "start", "end", "raw_start", "raw_end")
OUTLINE_PROPERTIES = {"label": ONTOLOGY + "label", "heading": ONTOLOGY + "heading", "depth": ONTOLOGY + "depth",
                      "parent": ELI + "is_part_of", "start": ONTOLOGY + "start", "end": ONTOLOGY + "end",
                      "raw_start": ONTOLOGY + "rawStart", "raw_end": ONTOLOGY + "rawEnd"}
DETAIL_KEYS = ("fact", "p", "o")


def page_rows(graph: GraphIndex, doc: str) -> str:
    """The document's spans and details as compact JSON: per list its keys, then rows of values in that order."""
    spans = [[fact, *(s[k] for k in SPAN_KEYS[1:])] for fact, _ in graph.subjects()
             for s in graph.spans(fact, source=doc, positions_typed=True)]
    spans.sort(key=lambda r: (as_int(r[1]), as_int(r[2]), r[0], r[3:]))
    wanted = set(DETAIL_PROPERTIES)
    details = sorted([fact, p, o] for fact, ps in graph.subjects() if doc in ps.get(ONTOLOGY + "inDocument", ())
                     for p, os in ps.items() if p in wanted for o in os)
    outline = []
    for provision, ps in graph.subjects():
        if doc in ps.get(ONTOLOGY + "inDocument", ()) and ONTOLOGY + "Provision" in ps.get(RDF + "type", ()):
            outline += [[provision, path, *row] for path in ps.get(ONTOLOGY + "path", ()) for row in
                        _product([ps.get(p, []) or [""] for p in OUTLINE_PROPERTIES.values()])]
    outline.sort(key=lambda r: (as_int(r[8]), as_int(r[4]), r[1], r))
    return json.dumps({"spans": {"keys": SPAN_KEYS, "rows": spans}, "details": {"keys": DETAIL_KEYS, "rows": details},
                       "outline": {"keys": OUTLINE_KEYS, "rows": outline}}, ensure_ascii=False, separators=(",", ":"))


def _product(columns: list[list[str]]) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    for values in columns:
        rows = [[*r, v] for r in rows for v in values]
    return rows
