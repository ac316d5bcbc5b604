"""Task rows of a document: who is responsible for what, as an agency's page lists it, made at build time from the
document's own graph (never by a query over every responsibility of an agency at a request).

One row per responsibility, agency and role (the solutions of ui-agency-documents), with its provision and the
display rows of ui-agency-tasks (one per evidence span: provision path, label, heading and start, quote and
offsets). Counts per agency, role and document, the page of documents and the other agencies of a provision are
then index reads.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import Quad

from ontology.namespaces import OA, ONTOLOGY

PKG = ONTOLOGY


@dataclass(frozen=True)
class TaskRow:
    agency: str
    r: str
    role: str
    provision: str
    rows: str
    """JSON list of the ui-agency-tasks rows of this responsibility (without the bound agency)."""


def task_rows(quads: Iterable[Quad], doc: str) -> tuple[TaskRow, ...]:
    """The responsibilities of one document graph, ordered by agency, responsibility and role."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        props[q.subject.value][q.predicate.value].append(q.object.value)

    def values(s: str, p: str) -> list[str]:
        return sorted(props.get(s, {}).get(p, []))

    def optional(found: list[str]) -> list[str]:
        return found or [""]

    out = []
    for r, ps in props.items():
        if doc not in ps.get(PKG + "inDocument", ()):
            continue
        provisions = [
            {"provision": p, "path": path, "label": label, "heading": heading, "pstart": start}
            for p in values(r, PKG + "provision") for path in optional(values(p, PKG + "path"))
            for label in optional(values(p, PKG + "label")) for heading in optional(values(p, PKG + "heading"))
            for start in optional(values(p, PKG + "start"))] or [
            {"provision": "", "path": "", "label": "", "heading": "", "pstart": ""}]
        spans = [
            {"start": s, "end": e, "norm_start": ns, "norm_end": ne, "quote": quote}
            for ann in values(r, PKG + "evidence") for target in values(ann, OA + "hasTarget")
            for pos in values(target, OA + "hasSelector") for quote in
            [x for qs in values(target, OA + "hasSelector") for x in values(qs, OA + "exact")]
            for s in values(pos, OA + "start") for e in values(pos, OA + "end")
            for ns in optional(values(pos, PKG + "start")) for ne in optional(values(pos, PKG + "end"))] or [
            {"start": "", "end": "", "norm_start": "", "norm_end": "", "quote": ""}]
        for agency in values(r, PKG + "agency"):
            for role in values(r, PKG + "role"):
                rows = [{"r": r, "doc": doc, "role": role, **p, **s} for p in provisions for s in spans]
                out.append(TaskRow(agency, r, role, provisions[0]["provision"],
                                   json.dumps(rows, ensure_ascii=False, sort_keys=True)))
    return tuple(sorted(out, key=lambda t: (t.agency, t.r, t.role)))
