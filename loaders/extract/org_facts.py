"""Facts about organisations and links: agency mentions, responsibilities, institutions, programmes, citations.

Entities (agencies, institutions, programmes, external documents) have corpus-wide IRIs
(`ctx.iris.entity(...)`); each document graph that mentions one repeats its describing triples, so
the union default graph holds one node with the labels and links of every document.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode

from loaders.iris import slugify
from loaders.rdf_writer import LABEL, A, GraphWriter, lit, ns, pkg
from loaders.records import Fact
from ontology.namespaces import DCTERMS, ELI, SKOS


@dataclass(frozen=True)
class AgencyRef:
    """An agency (or collective of lower-level bodies) resolved to its corpus-wide entity."""

    iri: str
    label: str
    """Canonical label with the jurisdiction expanded, e.g. 中山市卫生健康局."""
    written: str
    """The name as written in the text, e.g. 市卫生健康局."""
    jurisdiction_name: str = ""
    jurisdiction_iri: str = ""
    type_iri: str = ""
    collective: bool = False


def write_agency(w: GraphWriter, ref: AgencyRef) -> NamedNode:
    """The agency node: type, labels (canonical prefLabel, written form altLabel), type and jurisdiction."""
    node = NamedNode(ref.iri)
    w.add(node, A, pkg("Agency"))
    w.label(node, ref.label)
    w.add(node, ns(SKOS, "prefLabel"), lit(ref.label, "zh-Hans"))
    if ref.written != ref.label:
        w.add(node, ns(SKOS, "altLabel"), lit(ref.written, "zh-Hans"))
    if ref.type_iri:
        w.add(node, pkg("agencyType"), NamedNode(ref.type_iri))
    if ref.jurisdiction_iri:
        w.add(node, pkg("ofJurisdiction"), NamedNode(ref.jurisdiction_iri))
    if ref.collective:
        w.add(node, pkg("collective"), lit(True))
    return node


def _fact_node(w: GraphWriter, fact: Fact, kind: str, key: str) -> tuple[NamedNode, NamedNode]:
    """The fact's node and its evidence annotation."""
    node = NamedNode(w.ctx.iris.fact(w.doc.id, kind, key))
    annotation = w.evidence(node, fact.evidence, fact.extractor)
    w.add(node, pkg("inDocument"), w.document)
    if fact.provision:
        w.add(node, pkg("provision"), w.provision(fact.provision))
    return node, annotation


@dataclass(frozen=True)
class AgencyMention(Fact):
    """A named agency in the text (free text, responsibility lists or issuer lines)."""

    agency: AgencyRef

    def to_rdf(self, w: GraphWriter) -> None:
        node, _ = _fact_node(w, self, "agency-mention", f"{self.evidence.start}-{self.evidence.end}")
        w.add(node, A, pkg("Mention"))
        w.add(node, pkg("mentions"), write_agency(w, self.agency))
        w.add(node, pkg("mentionText"), lit(self.agency.written, "zh-Hans"))


@dataclass(frozen=True)
class Responsibility(Fact):
    """An agency is responsible for the task of a provision, as lead or support."""

    agency: AgencyRef
    role: str
    """'lead' or 'support'."""
    form: str
    """How it was stated: clause | trailing-list | table-cell | blanket-rule."""

    def to_rdf(self, w: GraphWriter) -> None:
        key = f"{self.provision}/" + "-".join(self.agency.iri.rsplit("/", 2)[-2:])
        node, _ = _fact_node(w, self, "responsibility", key)
        w.add(node, A, pkg("Responsibility"))
        w.add(node, pkg("agency"), write_agency(w, self.agency))
        w.add(node, pkg("role"), pkg("Lead" if self.role == "lead" else "Support"))
        w.add(node, pkg("statementForm"), lit(self.form))


@dataclass(frozen=True)
class NamedEntityMention(Fact):
    """A named institution or programme mentioned in a provision."""

    kind: str
    """'institution' or 'programme'."""
    iri: str
    name: str
    """Canonical name (jurisdiction prefix expanded)."""
    written: str
    type_iri: str = ""
    jurisdiction_iri: str = ""
    responsible: tuple[AgencyRef, ...] = ()

    def to_rdf(self, w: GraphWriter) -> None:
        entity = NamedNode(self.iri)
        if self.kind == "institution":
            w.add(entity, A, pkg("Institution"))
            if self.type_iri:
                w.add(entity, pkg("institutionType"), NamedNode(self.type_iri))
            if self.jurisdiction_iri:
                w.add(entity, pkg("locatedIn"), NamedNode(self.jurisdiction_iri))
        else:
            w.add(entity, A, pkg("Programme"))
            if self.type_iri:
                w.add(entity, pkg("programmeKind"), lit(self.type_iri))
            if self.jurisdiction_iri:
                w.add(entity, pkg("jurisdiction"), NamedNode(self.jurisdiction_iri))
        w.label(entity, self.name)
        w.add(entity, ns(SKOS, "prefLabel"), lit(self.name, "zh-Hans"))
        if self.written != self.name:
            w.add(entity, ns(SKOS, "altLabel"), lit(self.written, "zh-Hans"))
        node, annotation = _fact_node(w, self, f"{self.kind}-mention", f"{self.evidence.start}-{self.evidence.end}")
        w.add(entity, pkg("provision"), w.provision(self.provision) if self.provision else None)
        w.add(entity, pkg("evidence"), annotation)
        w.add(node, A, pkg("Mention"))
        w.add(node, pkg("mentions"), entity)
        w.add(node, pkg("mentionText"), lit(self.written, "zh-Hans"))
        for agency in self.responsible:
            w.add(node, pkg("responsibleAgency"), write_agency(w, agency))


@dataclass(frozen=True)
class Citation(Fact):
    """A cited document (title and/or number), resolved to a corpus document or an external node."""

    title: str
    number: str
    implements: bool
    target_iri: str
    resolved_id: str = ""
    """Corpus id of the cited document when it is in the corpus."""

    def to_rdf(self, w: GraphWriter) -> None:
        node, _ = _fact_node(w, self, "citation", f"{self.evidence.start}-{self.evidence.end}")
        target = NamedNode(self.target_iri)
        w.add(node, A, pkg("Citation"))
        w.add(node, LABEL, lit(f"《{self.title}》" if self.title else self.number, "zh-Hans"))
        w.add(node, pkg("citingDocument"), w.document)
        w.add(node, pkg("citedDocument"), target)
        w.add(node, pkg("citedTitle"), lit(self.title, "zh-Hans") if self.title else None)
        w.add(node, pkg("citedNumber"), lit(self.number))
        w.add(node, pkg("implementing"), lit(self.implements))
        w.add(w.document, pkg("implements" if self.implements else "cites"), target)
        if not self.resolved_id:
            w.add(target, A, ns(ELI, "LegalResource"))
            w.add(target, pkg("external"), lit(True))
            if self.title:
                w.label(target, self.title)
                w.add(target, ns(DCTERMS, "title"), lit(self.title, "zh-Hans"))
            else:
                w.label(target, self.number)
            w.add(target, pkg("documentNumber"), lit(self.number))
            w.add(target, ns(ELI, "id_local"), lit(self.number))


@dataclass(frozen=True)
class DocumentLink(Fact):
    """The document's jurisdiction concept or an issuing agency (from the manifest, evidenced in the text)."""

    relation: str
    """'jurisdiction' or 'issuer'."""
    target_iri: str
    agency: AgencyRef | None = None

    def to_rdf(self, w: GraphWriter) -> None:
        if self.relation == "jurisdiction":
            w.add(w.document, pkg("jurisdiction"), NamedNode(self.target_iri))
            key = "jurisdiction"
        else:
            assert self.agency is not None
            w.add(w.document, ns(ELI, "passed_by"), write_agency(w, self.agency))
            key = f"issuer-{slugify(self.agency.label)}"
        node, _ = _fact_node(w, self, "document-link", key)
        w.add(node, A, pkg("DocumentLink"))
        w.add(node, pkg("linkTarget"), NamedNode(self.target_iri))
