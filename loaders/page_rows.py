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
from collections import defaultdict
from collections.abc import Iterable

from pyoxigraph import Quad

from ontology.namespaces import ELI, OA, ONTOLOGY, RDF

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


def _int(text: str) -> int:
    return int(text) if text.lstrip("-").isdigit() else -1


def page_rows(quads: Iterable[Quad], doc: str) -> str:
    """The document's spans and details as compact JSON: per list its keys, then rows of values in that order."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        props[q.subject.value][q.predicate.value].append(q.object.value)

    def values(s: str, p: str) -> list[str]:
        return props.get(s, {}).get(p, [])

    spans = []
    for fact, ps in props.items():
        for ann in ps.get(ONTOLOGY + "evidence", ()):
            for target in values(ann, OA + "hasTarget"):
                if doc not in values(target, OA + "hasSource"):
                    continue
                selectors = values(target, OA + "hasSelector")
                quotes = [x for s in selectors for x in values(s, OA + "exact")]
                for pos in selectors:
                    if OA + "TextPositionSelector" not in values(pos, RDF + "type"):
                        continue
                    norm_start = values(pos, ONTOLOGY + "start") or [""]
                    norm_end = values(pos, ONTOLOGY + "end") or [""]
                    spans += [[fact, s, e, ns, ne, quote] for s in values(pos, OA + "start")
                              for e in values(pos, OA + "end") for ns in norm_start for ne in norm_end
                              for quote in quotes]
    spans.sort(key=lambda r: (_int(r[1]), _int(r[2]), r[0], r[3:]))
    wanted = set(DETAIL_PROPERTIES)
    details = sorted([fact, p, o] for fact, ps in props.items() if doc in ps.get(ONTOLOGY + "inDocument", ())
                     for p, os in ps.items() if p in wanted for o in os)
    outline = []
    for provision, ps in props.items():
        if doc in ps.get(ONTOLOGY + "inDocument", ()) and ONTOLOGY + "Provision" in ps.get(RDF + "type", ()):
            outline += [[provision, path, *row] for path in ps.get(ONTOLOGY + "path", ()) for row in
                        _product([sorted(ps.get(p, ())) or [""] for p in OUTLINE_PROPERTIES.values()])]
    outline.sort(key=lambda r: (_int(r[8]), _int(r[4]), r[1], r))
    return json.dumps({"spans": {"keys": SPAN_KEYS, "rows": spans}, "details": {"keys": DETAIL_KEYS, "rows": details},
                       "outline": {"keys": OUTLINE_KEYS, "rows": outline}}, ensure_ascii=False, separators=(",", ":"))


def _product(columns: list[list[str]]) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    for values in columns:
        rows = [[*r, v] for r in rows for v in values]
    return rows
