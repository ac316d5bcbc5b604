"""Compare rows of a document: its targets, observations and department requirements as `/compare` lists them,
made at build time from the document's own graph (never by a corpus-wide query at a request).

One row per fact about an indicator or a department type: the values the comparison table shows, read from the
quads the build writes (so they are the graph's values by construction), with the fact's first evidence span. A
department requirement also carries the values of a share-of-institutions target or observation stated at the
same place (overlapping evidence). What depends on the corpus or the vocabularies (the document's title and
jurisdiction, unit multipliers, an indicator's direction) is joined when the page is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from loaders.extract.indicator_linking import SHARE_WITH_DEPARTMENT
from loaders.graph_index import GraphIndex, as_int
from ontology.namespaces import ONTOLOGY, RDF

TYPE = RDF + "type"
PKG = ONTOLOGY

INDICATOR_FIELDS = {"fact_jurisdiction": "jurisdiction", "comparator": "comparator", "value": "value",
                    "unit": "unit", "baseline_value": "baselineValue", "baseline_year": "baselineYear",
                    "nature": "nature", "scope": "scope", "relative": "relative"}
"""Row key → pkg: property, for targets and observations (the year is targetYear or year)."""
DEPARTMENT_FIELDS = {"fact_jurisdiction": "jurisdiction", "institution_scope": "institutionScope",
                     "comparator": "comparator", "share": "share", "year": "targetYear", "nature": "nature"}
"""Row key → pkg: property, for department requirements."""


@dataclass(frozen=True)
class CompareRow:
    """One fact as the comparison reads it: (topic kind, concept IRI, fact IRI, the row as JSON)."""

    kind: str
    """`indicator` or `department-type` (the kinds of the index's topics)."""
    concept: str
    fact: str
    row: str


def _spans(graph: GraphIndex, fact: str) -> list[dict[str, str]]:
    """Every evidence span of a fact, in text order."""
    return sorted(graph.spans(fact), key=lambda s: (as_int(s["start"]), as_int(s["end"]), s["quote"]))


def _overlaps(a: dict[str, str], b: dict[str, str]) -> bool:
    return as_int(a["start"]) < as_int(b["end"]) and as_int(b["start"]) < as_int(a["end"])


def compare_rows(graph: GraphIndex) -> tuple[CompareRow, ...]:
    """The compare rows of one document graph, ordered by kind, concept and fact."""
    out: list[CompareRow] = []
    share_facts = [(s, types) for s, p in graph.subjects()
                   if SHARE_WITH_DEPARTMENT in p.get(PKG + "indicator", ()) and (types := p.get(TYPE, []))]
    for fact, props in graph.subjects():
        types = props.get(TYPE, [])
        spans = _spans(graph, fact)
        if not spans:
            continue
        first = spans[0]
        if PKG + "indicator" in props and (PKG + "Target" in types or PKG + "Observation" in types):
            row = {"fact": fact, "kind": "target" if PKG + "Target" in types else "observation", **first,
                   **{key: graph.one(fact, PKG + prop) for key, prop in INDICATOR_FIELDS.items()},
                   "year": graph.one(fact, PKG + "targetYear") or graph.one(fact, PKG + "year")}
            out += [CompareRow("indicator", c, fact, json.dumps(row, ensure_ascii=False, sort_keys=True))
                    for c in props[PKG + "indicator"]]
        elif PKG + "departmentType" in props and PKG + "DepartmentRequirement" in types:
            row = {"fact": fact, **first,
                   **{key: graph.one(fact, PKG + prop) for key, prop in DEPARTMENT_FIELDS.items()},
                   **same_place(graph, spans, share_facts)}
            out += [CompareRow("department-type", c, fact, json.dumps(row, ensure_ascii=False, sort_keys=True))
                    for c in props[PKG + "departmentType"]]
    return tuple(sorted(out, key=lambda r: (r.kind, r.concept, r.fact)))


def same_place(graph: GraphIndex, spans: list[dict[str, str]],
               share_facts: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Values of a share-of-institutions target and observation whose evidence overlaps one of `spans` (the first
    in text order of each that states a value)."""
    found = {"target_value": "", "target_comparator": "", "baseline_value": "", "baseline_year": "",
             "observed_value": "", "observed_year": ""}
    for other, types in sorted(share_facts, key=lambda st: [as_int(s["start"]) for s in _spans(graph, st[0])][:1]):
        if not any(_overlaps(a, b) for a in spans for b in graph.spans(other)):
            continue
        if PKG + "Target" in types:
            for key, prop in (("target_value", "value"), ("target_comparator", "comparator"),
                              ("baseline_value", "baselineValue"), ("baseline_year", "baselineYear")):
                found[key] = found[key] or graph.one(other, PKG + prop)
        elif PKG + "Observation" in types and graph.one(other, PKG + "value"):
            found["observed_value"] = found["observed_value"] or graph.one(other, PKG + "value")
            found["observed_year"] = found["observed_year"] or graph.one(other, PKG + "year")
    return found
