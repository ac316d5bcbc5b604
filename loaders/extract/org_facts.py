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
    jurisdiction_within: str = ""
    """For a local jurisdiction (a town whose plan the document is): the division it lies in, described with it."""


def describe_local_jurisdiction(w: GraphWriter, iri: str, name: str, within: str) -> None:
    """A jurisdiction the vocabulary lacks, typed, labelled and placed like the vocabulary's, flagged pkg:unmapped."""
    target = NamedNode(iri)
    for cls in (ns(SKOS, "Concept"), pkg("Jurisdiction")):
        w.describe(target, A, cls)
    w.describe(target, ns(SKOS, "prefLabel"), lit(name, "zh-Hans"))
    w.describe(target, LABEL, lit(name, "zh-Hans"))
    w.describe(target, pkg("unmapped"), lit(True))
    if within:
        w.describe(target, pkg("within"), NamedNode(within))
        w.describe(target, ns(SKOS, "broader"), NamedNode(within))


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
    if ref.jurisdiction_within:
        describe_local_jurisdiction(w, ref.jurisdiction_iri, ref.jurisdiction_name, ref.jurisdiction_within)
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


RESPONSIBILITY_ROLES = {"lead": "Lead", "support": "Support", "responsible": "Responsible"}
"""Role values and their ontology individuals: 'responsible' when a list names no lead and no rule makes one."""


@dataclass(frozen=True)
class Responsibility(Fact):
    """An agency is responsible for the task of a provision (or of a row of a task table in it)."""

    agency: AgencyRef
    role: str
    """'lead', 'support' or 'responsible' (one of several units, no lead named)."""
    form: str
    """How it was stated: clause | trailing-list | table-cell | blanket-rule | sentence-subject."""
    task: str = ""
    """The task as written when a table row states it (its number and text, e.g. `3 建设研究型病房`) or a sentence
    gives the agency its own duty (财政部门要按照…: `按照…`), not a provision of its own; '' otherwise."""

    def __post_init__(self) -> None:
        if self.role not in RESPONSIBILITY_ROLES:
            raise ValueError(f"responsibility role {self.role!r} is none of {sorted(RESPONSIBILITY_ROLES)}")

    def to_rdf(self, w: GraphWriter) -> None:
        row = f"row-{slugify(self.task, 24)}/" if self.task else ""
        key = f"{self.provision}/{row}" + "-".join(self.agency.iri.rsplit("/", 2)[-2:])
        node, _ = _fact_node(w, self, "responsibility", key)
        w.add(node, A, pkg("Responsibility"))
        w.add(node, pkg("agency"), write_agency(w, self.agency))
        w.add(node, pkg("role"), pkg(RESPONSIBILITY_ROLES[self.role]))
        w.add(node, pkg("statementForm"), lit(self.form))
        if self.task:
            w.add(node, LABEL, lit(self.task, "zh-Hans"))


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
    concept_iri: str = ""
    """The programme vocabulary's concept of a national programme (ontology/vocab/programmes.ttl), if it is one."""
    name_en: str = ""
    """That concept's English name."""
    canonical: str = ""
    """That concept's name, the entity's label (the mention's `name` is as the text writes it)."""

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
            if self.concept_iri:
                w.describe(entity, pkg("programmeConcept"), NamedNode(self.concept_iri))
            if self.name_en:
                w.describe(entity, ns(SKOS, "prefLabel"), lit(self.name_en, "en"))
        w.describe(entity, LABEL, lit(self.canonical or self.name, "zh-Hans"))
        w.describe(entity, ns(SKOS, "prefLabel"), lit(self.canonical or self.name, "zh-Hans"))
        node, annotation = _fact_node(w, self, f"{self.kind}-mention", f"{self.evidence.start}-{self.evidence.end}")
        w.add(entity, pkg("provision"), w.provision(self.provision) if self.provision else None)
        w.add(entity, pkg("evidence"), annotation)
        w.add(node, A, pkg("Mention"))
        w.add(node, pkg("mentions"), entity)
        w.add(node, pkg("mentionText"), lit(self.written, "zh-Hans"))
        for agency in self.responsible:
            w.add(node, pkg("responsibleAgency"), write_agency(w, agency))


CITATION_RELATIONS = ("implements", "drafts", "cites")
"""How a document refers to another (guidelines §7), strongest first."""


@dataclass(frozen=True)
class Citation(Fact):
    """A cited document (title and/or number, as written), implemented, drafted or cited; resolved corpus-wide
    later."""

    title: str
    number: str
    implements: bool
    relation: str = ""
    """implements | drafts (the document commits to draft, revise or issue it) | cites; '' is read from
    `implements`. Always consistent with `implements`."""

    def __post_init__(self) -> None:
        relation = self.relation or ("implements" if self.implements else "cites")
        if relation not in CITATION_RELATIONS or (relation == "implements") != self.implements:
            raise ValueError(f"citation relation {self.relation!r} disagrees with implements={self.implements}")
        object.__setattr__(self, "relation", relation)

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
    local_name: str = ""
    """A local jurisdiction (one the vocabulary lacks): its name, described with the link."""
    within: str = ""
    """… and the vocabulary division it lies in, or ''."""

    def to_rdf(self, w: GraphWriter) -> None:
        if self.relation == "jurisdiction":
            target = NamedNode(self.target_iri)
            w.add(w.document, pkg("jurisdiction"), target)
            if self.local_name:
                describe_local_jurisdiction(w, self.target_iri, self.local_name, self.within)
            key = "jurisdiction"
        else:
            assert self.agency is not None
            w.add(w.document, ns(ELI, "passed_by"), write_agency(w, self.agency))
            key = f"issuer-{slugify(self.agency.label)}"
        node, _ = _fact_node(w, self, "document-link", key)
        w.add(node, A, pkg("DocumentLink"))
        w.add(node, pkg("linkTarget"), NamedNode(self.target_iri))
