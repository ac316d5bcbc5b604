"""The standard terms the ontology promises, written into the data next to our own.

The ontology declares pkg:Agency ⊑ org:Organization, pkg:PolicyDocument ⊑ eli:LegalResource, pkg:cites ⊑
eli:cites and so on. A client that knows ORG or ELI but not this ontology (and no reasoner) should still find
`?x a org:Organization` or `?d eli:cites ?e`: for every class and property we write, its superclasses and
superproperties outside our own namespace are written too. The closure is read from ontology/policykg.ttl once
per process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from ontology.namespaces import DCTERMS, ELI, ONTOLOGY, ORG, RDFS, SKOS

ONTOLOGY_TTL = Path(__file__).resolve().parent.parent / "ontology" / "policykg.ttl"
STANDARD = (ELI, ORG, SKOS, DCTERMS)
"""The vocabularies whose terms are written next to ours (PROV's Entity/Activity typing is left to reasoners: it
would add a statement to every fact and say little a client asks for)."""


@lru_cache(maxsize=1)
def supers() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(class → standard superclasses, property → standard superproperties) for our own terms."""
    direct: dict[str, dict[str, set[str]]] = {"class": {}, "property": {}}
    relation = {RDFS + "subClassOf": "class", RDFS + "subPropertyOf": "property"}
    with ONTOLOGY_TTL.open("rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            kind = relation.get(t.predicate.value)
            if kind and hasattr(t.object, "value") and t.object.value.startswith("http"):
                direct[kind].setdefault(t.subject.value, set()).add(t.object.value)
    out: list[dict[str, tuple[str, ...]]] = []
    for kind in ("class", "property"):
        table = direct[kind]
        closed: dict[str, tuple[str, ...]] = {}
        for term in table:
            if not term.startswith(ONTOLOGY):
                continue
            seen: set[str] = set()
            stack = list(table[term])
            while stack:
                node = stack.pop()
                if node in seen:
                    continue
                seen.add(node)
                stack.extend(table.get(node, ()))
            standard = sorted(n for n in seen if n.startswith(STANDARD))
            if standard:
                closed[term] = tuple(standard)
        out.append(closed)
    return out[0], out[1]


def class_supers(cls: str) -> tuple[str, ...]:
    """Standard superclasses of one of our classes (empty for others)."""
    return supers()[0].get(cls, ())


def property_supers(prop: str) -> tuple[str, ...]:
    """Standard superproperties of one of our properties (empty for others)."""
    return supers()[1].get(prop, ())
