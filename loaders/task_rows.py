"""Task rows of a document: who is responsible for what, as an agency's page lists it, made at build time from the
document's own graph (never by a query over every responsibility of an agency at a request).

One row per responsibility, agency and role (the solutions of ui-agency-documents), with its provision and the
display rows of ui-agency-tasks (one per evidence span: provision path, label, heading and start, quote and
offsets). Counts per agency, role and document, the page of documents and the other agencies of a provision are
then index reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from loaders.graph_index import GraphIndex
from ontology.namespaces import ONTOLOGY

PKG = ONTOLOGY


@dataclass(frozen=True)
class TaskRow:
    agency: str
    r: str
    role: str
    provision: str
    rows: str
    """JSON list of the ui-agency-tasks rows of this responsibility (without the bound agency)."""


def task_rows(graph: GraphIndex, doc: str) -> tuple[TaskRow, ...]:
    """The responsibilities of one document graph, ordered by agency, responsibility and role."""
    values = graph.all

    def optional(found: list[str]) -> list[str]:
        return found or [""]

    out = []
    for r, ps in graph.subjects():
        if doc not in ps.get(PKG + "inDocument", ()):
            continue
        provisions = [
            {"provision": p, "path": path, "label": label, "heading": heading, "pstart": start}
            for p in values(r, PKG + "provision") for path in optional(values(p, PKG + "path"))
            for label in optional(values(p, PKG + "label")) for heading in optional(values(p, PKG + "heading"))
            for start in optional(values(p, PKG + "start"))] or [
            {"provision": "", "path": "", "label": "", "heading": "", "pstart": ""}]
        spans = graph.spans(r) or [{"start": "", "end": "", "norm_start": "", "norm_end": "", "quote": ""}]
        for agency in values(r, PKG + "agency"):
            for role in values(r, PKG + "role"):
                rows = [{"r": r, "doc": doc, "role": role, **p, **s} for p in provisions for s in spans]
                out.append(TaskRow(agency, r, role, provisions[0]["provision"],
                                   json.dumps(rows, ensure_ascii=False, sort_keys=True)))
    return tuple(sorted(out, key=lambda t: (t.agency, t.r, t.role)))
