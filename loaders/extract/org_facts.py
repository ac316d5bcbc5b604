"""Facts about organisations and links: agency mentions, responsibilities, institutions, programmes, citations.

Entities (agencies, institutions, programmes) have corpus-wide IRIs (`ctx.iris.entity(...)`) and are described
once, in the shared graph, by what their IRI determines (canonical label, type, jurisdiction); a document graph
holds its mentions of them (with the wording as written) and its facts. Citations hold the cited title and
number as written; which document they resolve to is decided for the whole corpus (loaders.links).
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode

from loaders.iris import slugify
from loaders.rdf_writer import LABEL, A, GraphWriter, lit, ns, pkg
from loaders.records import Fact
from ontology.namespaces import ELI, SKOS


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
    """The agency's shared description: type, canonical label, agency type and jurisdiction (the written form
    stays with the mention in the document graph)."""
    node = NamedNode(ref.iri)
    w.describe(node, A, pkg("Agency"))
    w.describe(node, LABEL, lit(ref.label, "zh-Hans"))
    w.describe(node, ns(SKOS, "prefLabel"), lit(ref.label, "zh-Hans"))
    if ref.type_iri:
        w.describe(node, pkg("agencyType"), NamedNode(ref.type_iri))
    if ref.jurisdiction_iri:
        w.describe(node, pkg("ofJurisdiction"), NamedNode(ref.jurisdiction_iri))
    if ref.collective:
        w.describe(node, pkg("collective"), lit(True))
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
            w.describe(entity, A, pkg("Institution"))
            if self.type_iri:
                w.describe(entity, pkg("institutionType"), NamedNode(self.type_iri))
            if self.jurisdiction_iri:
                w.describe(entity, pkg("locatedIn"), NamedNode(self.jurisdiction_iri))
        else:
            w.describe(entity, A, pkg("Programme"))
            if self.type_iri:
                w.describe(entity, pkg("programmeKind"), lit(self.type_iri))
            if self.jurisdiction_iri:
                w.describe(entity, pkg("jurisdiction"), NamedNode(self.jurisdiction_iri))
        w.describe(entity, LABEL, lit(self.name, "zh-Hans"))
        w.describe(entity, ns(SKOS, "prefLabel"), lit(self.name, "zh-Hans"))
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
    """A cited document (title and/or number, as written), implemented or cited; resolved corpus-wide later."""

    title: str
    number: str
    implements: bool

    def node_iri(self, w: GraphWriter) -> str:
        return w.ctx.iris.fact(w.doc.id, "citation", f"{self.evidence.start}-{self.evidence.end}")

    def to_rdf(self, w: GraphWriter) -> None:
        node, _ = _fact_node(w, self, "citation", f"{self.evidence.start}-{self.evidence.end}")
        w.add(node, A, pkg("Citation"))
        w.add(node, LABEL, lit(f"《{self.title}》" if self.title else self.number, "zh-Hans"))
        w.add(node, pkg("citingDocument"), w.document)
        w.add(node, pkg("citedTitle"), lit(self.title, "zh-Hans") if self.title else None)
        w.add(node, pkg("citedNumber"), lit(self.number))
        w.add(node, pkg("implementing"), lit(self.implements))


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
