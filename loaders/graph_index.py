"""A document graph held by subject, built once per document: what the rows stored beside the graph read
(loaders.compare_rows, loaders.page_rows, loaders.task_rows), each as its canned query reads the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pyoxigraph import Quad

from ontology.namespaces import OA, ONTOLOGY, RDF


class GraphIndex:
    """Quads by subject: property → values, sorted."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        props: dict[str, dict[str, list[str]]] = {}
        for q in quads:
            by_prop = props.get(s := q.subject.value)
            if by_prop is None:
                by_prop = props[s] = {}
            values = by_prop.get(p := q.predicate.value)
            if values is None:
                by_prop[p] = [q.object.value]
            else:
                values.append(q.object.value)
        for by_prop in props.values():
            for values in by_prop.values():
                if len(values) > 1:
                    values.sort()
        self.props = props

    def subjects(self) -> Iterator[tuple[str, dict[str, list[str]]]]:
        yield from self.props.items()

    def all(self, subject: str, prop: str) -> list[str]:
        return self.props.get(subject, {}).get(prop, [])

    def one(self, subject: str, prop: str) -> str:
        values = self.all(subject, prop)
        return values[0] if values else ""

    def spans(self, fact: str, source: str = "", positions_typed: bool = False) -> list[dict[str, str]]:
        """Every evidence span of a fact, as `pkg:evidence/oa:hasTarget ?t . ?t oa:hasSelector ?pos, ?q` reads it:
        raw offsets, normalised offsets ('' when absent) and quote, one per combination; only targets whose
        source is `source` when given, only selectors typed oa:TextPositionSelector when `positions_typed`."""
        out = []
        for ann in self.all(fact, ONTOLOGY + "evidence"):
            for target in self.all(ann, OA + "hasTarget"):
                if source and source not in self.all(target, OA + "hasSource"):
                    continue
                selectors = self.all(target, OA + "hasSelector")
                quotes = [x for s in selectors for x in self.all(s, OA + "exact")]
                for pos in selectors:
                    if positions_typed and OA + "TextPositionSelector" not in self.all(pos, RDF + "type"):
                        continue
                    out += [{"start": s, "end": e, "norm_start": ns, "norm_end": ne, "quote": quote}
                            for s in self.all(pos, OA + "start") for e in self.all(pos, OA + "end")
                            for ns in self.all(pos, ONTOLOGY + "start") or [""]
                            for ne in self.all(pos, ONTOLOGY + "end") or [""] for quote in quotes]
        return out


def as_int(text: str) -> int:
    """An offset literal as a number (-1 when there is none), for ordering rows as SPARQL orders integers."""
    return int(text) if text.lstrip("-").isdigit() else -1
