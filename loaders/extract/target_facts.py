"""Fact records for quantified statements: targets, observations and department requirements, and their RDF."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode

from loaders.iris import IriMinter, local_slug, slugify
from loaders.rdf_writer import LABEL, A, GraphWriter, lit, ns, pkg
from loaders.rdf_writer import format_decimal as fmt
from loaders.records import Fact
from ontology.namespaces import SKOS, VOCAB

UNITS_TTL = Path(__file__).resolve().parents[2] / "ontology" / "vocab" / "units.ttl"


@lru_cache(maxsize=1)
def known_units() -> frozenset[str]:
    """Unit slugs of ontology/vocab/units.ttl a fact may point to (others stay in the label only)."""
    from pyoxigraph import RdfFormat, parse

    prefix = f"{VOCAB}unit/"
    with UNITS_TTL.open("rb") as fh:
        return frozenset(t.subject.value[len(prefix):] for t in parse(fh, format=RdfFormat.TURTLE)
                         if t.subject.value.startswith(prefix) and t.predicate.value == SKOS + "inScheme")


NATURES = {"expected": "Expected", "binding": "Binding"}
_MIRRORED = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


@dataclass(frozen=True)
class QuantityFact(Fact):
    """A target (a value to reach by a year) or an observation (a value measured in a year)."""

    kind: str
    """`target` or `observation`."""
    indicator: str
    """The indicator as worded in the text (normalised)."""
    indicator_iri: str | None
    """The vocabulary concept, or None: a local concept flagged pkg:unmapped is minted."""
    comparator: str
    value: float
    unit: str | None = None
    year: int | None = None
    baseline_value: float | None = None
    baseline_year: int | None = None
    relative: bool = False
    scope: str = ""
    scope_iri: str | None = None
    nature: str | None = None
    """`expected` (预期性) or `binding` (约束性) when stated."""
    source: str = "prose"
    """`prose` or `table`."""
    direction: str | None = None
    """For a relative change (`relative`): `increase` or `decrease`; `value` is then the size of the change as
    written (比2016年降低10% → 10, decrease)."""
    multiplier: float = 1.0
    """The magnitude of `unit` (万 → 10 000, 亿 → 100 000 000): value × multiplier is the amount in the unit's base
    (64.8万人 → value 64.8, unit ten-thousand, multiplier 10 000)."""

    @property
    def signed_value(self) -> float:
        """The value with the sign of its direction (a decrease of 10 → -10)."""
        return -float(self.value) if self.direction == "decrease" else float(self.value)

    @property
    def signed_comparator(self) -> str:
        """The comparator that applies to `signed_value`: a decrease of at least 10 % (降低10%以上: >= 10) is a
        change of at most -10 % (<= -10)."""
        return _MIRRORED.get(self.comparator, self.comparator) if self.direction == "decrease" else self.comparator

    def fact_iri(self, iris: IriMinter, doc_id: str) -> str:
        return iris.fact(doc_id, self.kind, f"{self.evidence.start}-{self.evidence.end}")

    def to_rdf(self, w: GraphWriter) -> None:
        node = NamedNode(self.fact_iri(w.ctx.iris, w.doc.id))
        w.add(node, A, pkg("Target" if self.kind == "target" else "Observation"))
        w.add(node, A, pkg("ExtractedFact"))
        indicator = concept_node(w, "indicator", self.indicator, self.indicator_iri, "Indicator")
        w.add(node, pkg("indicator"), indicator)
        w.add(node, pkg("indicatorText"), lit(self.indicator, "zh-Hans"))
        w.add(node, pkg("comparator"), lit(self.signed_comparator))  # both read together: change <= -10
        w.add(node, pkg("value"), lit(self.signed_value))  # a relative change: the signed change
        if self.unit in known_units():
            w.add(node, pkg("unit"), NamedNode(f"{VOCAB}unit/{self.unit}"))
        if self.year is not None:
            w.add(node, pkg("targetYear" if self.kind == "target" else "year"), lit(int(self.year)))
        if self.baseline_value is not None:
            w.add(node, pkg("baselineValue"), lit(float(self.baseline_value)))
        if self.baseline_year is not None:
            w.add(node, pkg("baselineYear"), lit(int(self.baseline_year)))
        w.add(node, pkg("relative"), lit(self.relative))
        if self.scope:
            w.add(node, pkg("scope"), concept_node(w, scope_scheme(self.scope_iri), self.scope, self.scope_iri,
                                                   "InstitutionType"))
        if self.nature in NATURES:
            w.add(node, pkg("nature"), pkg(NATURES[self.nature]))
        write_common(w, node, self)
        unit = f" {self.unit}" if self.unit else ""
        year = f" ({self.year})" if self.year else ""
        value = fmt(self.signed_value)
        value = f"+{value}" if self.relative and self.direction == "increase" else value
        w.add(node, LABEL, lit(f"{self.indicator} {self.signed_comparator} {value}{unit}{year}", "zh-Hans"))


@dataclass(frozen=True)
class DepartmentRequirement(Fact):
    """Institutions of a type must have a department of a type, optionally at a share by a year."""

    department: str
    department_iri: str | None
    institution_scope: str
    institution_iri: str | None
    comparator: str | None = None
    share: float | None = None
    year: int | None = None

    def fact_iri(self, iris: IriMinter, doc_id: str) -> str:
        parts = (slugify(self.department, 30), slugify(self.institution_scope or "x", 30))
        key = f"{self.evidence.start}-{self.evidence.end}-{parts[0]}-{parts[1]}"
        return iris.fact(doc_id, "department-requirement", key)

    def to_rdf(self, w: GraphWriter) -> None:
        node = NamedNode(self.fact_iri(w.ctx.iris, w.doc.id))
        w.add(node, A, pkg("DepartmentRequirement"))
        w.add(node, A, pkg("ExtractedFact"))
        w.add(node, pkg("departmentType"),
              concept_node(w, "department-type", self.department, self.department_iri, "DepartmentType"))
        w.add(node, pkg("departmentText"), lit(self.department, "zh-Hans"))
        if self.institution_scope or self.institution_iri:  # unsaid scope: the extractor's most general type
            w.add(node, pkg("institutionScope"), concept_node(w, "institution-type", self.institution_scope,
                                                              self.institution_iri, "InstitutionType"))
        if self.share is not None:
            w.add(node, pkg("share"), lit(float(self.share)))
            w.add(node, pkg("comparator"), lit(self.comparator or "="))
        if self.year is not None:
            w.add(node, pkg("targetYear"), lit(int(self.year)))
        write_common(w, node, self)
        share = f" {self.comparator} {fmt(self.share)}%" if self.share is not None else ""
        w.add(node, LABEL, lit(f"{self.institution_scope or '—'} 设置 {self.department}{share}", "zh-Hans"))


def write_common(w: GraphWriter, node: NamedNode, fact: Fact) -> None:
    """Document, jurisdiction, provision, evidence and provenance of a fact node."""
    w.add(node, pkg("inDocument"), w.document)
    w.add(node, pkg("provision"), w.provision(fact.provision))
    jurisdiction = w.ctx.vocabulary.place(w.doc.source.metadata.jurisdiction)
    if jurisdiction:
        w.add(node, pkg("jurisdiction"), NamedNode(jurisdiction[0]))
    w.evidence(node, fact.evidence, fact.extractor)


def scope_scheme(iri: str | None) -> str:
    """The scheme a scope concept belongs to (institution types unless the IRI says population)."""
    return "population" if iri and "/vocab/population/" in iri else "institution-type"


def concept_iri(scheme: str, wording: str, iri: str | None) -> str:
    """The concept a fact points to: the vocabulary's, or the local one its wording mints."""
    return iri or f"{VOCAB}{scheme}/local-{local_slug(wording)}"


def concept_node(w: GraphWriter, scheme: str, wording: str, iri: str | None, cls: str) -> NamedNode:
    """The vocabulary concept, or a local one minted from the wording (typed, labelled, pkg:unmapped true).

    A local concept's IRI is a function of its wording alone (slug plus a digest of the exact wording), so its
    shared description is the same from every document that uses the wording."""
    if iri:
        return NamedNode(iri)
    node = NamedNode(concept_iri(scheme, wording, None))
    w.describe(node, A, ns(SKOS, "Concept"))
    w.describe(node, A, pkg(cls if scheme != "population" else "Population"))
    w.describe(node, ns(SKOS, "prefLabel"), lit(wording, "zh-Hans"))
    w.describe(node, LABEL, lit(wording, "zh-Hans"))
    w.describe(node, pkg("unmapped"), lit(True))
    return node


