"""RDF for one parsed document: a named graph of pyoxigraph quads, deterministic and sorted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, serialize

from loaders.context import BuildContext
from loaders.materialise import supers
from loaders.records import Evidence, Fact, ParsedDocument
from ontology.namespaces import DCTERMS, ELI, OA, ONTOLOGY, PROV, RDF, RDFS, SKOS, VOCAB, VOID, XSD

Term = NamedNode | Literal | BlankNode


def pkg(local: str) -> NamedNode:
    return NamedNode(ONTOLOGY + local)


def ns(base: str, local: str) -> NamedNode:
    return NamedNode(base + local)


A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")


def lit(value: str | int | float | bool, lang: str | None = None, datatype: str | None = None) -> Literal:
    """A literal: strings (optionally language-tagged), xsd:integer, xsd:decimal, xsd:boolean."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(format_decimal(value), datatype=NamedNode(XSD + "decimal"))
    if datatype:
        return Literal(value, datatype=NamedNode(datatype))
    if lang:
        return Literal(value, language=lang)
    return Literal(value)


def format_decimal(value: float) -> str:
    """Plain decimal text without exponent or trailing zeros: 2.40 → '2.4', 90.0 → '90'."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in {"", "-0"} else "0"



def one_pref_label(quads: Iterable[Quad]) -> list[Quad]:
    """An entity's description with one skos:prefLabel per language (SKOS S14): when a document names the entity
    in two ways (蛟河市卫生健康局, 蛟河市卫生健康部门), the shortest, then first in code-point order, stays the
    prefLabel and the others become skos:altLabel."""
    out = list(quads)
    pref = ns(SKOS, "prefLabel")
    by_lang: dict[str, list[Quad]] = {}
    for q in out:
        if q.predicate == pref and isinstance(q.object, Literal):
            by_lang.setdefault(q.object.language or "", []).append(q)
    for labels in by_lang.values():
        for q in sorted(labels, key=lambda q: (len(q.object.value), q.object.value))[1:]:
            out.remove(q)
            out.append(Quad(q.subject, ns(SKOS, "altLabel"), q.object, q.graph_name))
    return out

@dataclass
class GraphWriter:
    """Collects the quads of one document: its own graph, and the descriptions of the shared entities it mentions.

    `add` writes into the document's graph (what this document says); `describe` writes an entity's description
    into the shared graph, grouped by entity, so the build stores it once however many documents mention it. A
    description must therefore depend on the entity's IRI alone (label, type, jurisdiction), never on the
    document. Standard super-classes and super-properties the ontology promises are written alongside ours."""

    doc: ParsedDocument
    ctx: BuildContext
    quads: set[Quad] = field(default_factory=set)
    shared: dict[str, set[Quad]] = field(default_factory=dict)
    _graph: NamedNode | None = None

    @property
    def graph(self) -> NamedNode:
        if self._graph is None:
            self._graph = NamedNode(self.ctx.iris.graph(self.doc.id))
        return self._graph

    @property
    def document(self) -> NamedNode:
        return NamedNode(self.ctx.iris.document(self.doc.id))

    def provision(self, path: str) -> NamedNode:
        return NamedNode(self.ctx.iris.provision(self.doc.id, path))

    def add(self, s: NamedNode | BlankNode, p: NamedNode, o: Term | None) -> None:
        """Add a triple to this document's graph; `None` objects are skipped (unknown values)."""
        self._write(self.quads, self.graph, s, p, o)

    def describe(self, s: NamedNode, p: NamedNode, o: Term | None) -> None:
        """Add a triple to the shared entity `s`'s description (the shared graph)."""
        self._write(self.shared.setdefault(s.value, set()), NamedNode(self.ctx.iris.shared_graph), s, p, o)

    @staticmethod
    def _write(sink: set[Quad], g: NamedNode, s: NamedNode | BlankNode, p: NamedNode, o: Term | None) -> None:
        if o is None or (type(o) is Literal and o.value == "" and o.language is None):
            return
        sink.add(Quad(s, p, o, g))
        classes, properties = supers()
        if p == A:
            for cls in classes.get(o.value, ()):
                sink.add(Quad(s, A, NamedNode(cls), g))
        else:
            for prop in properties.get(p.value, ()):
                sink.add(Quad(s, NamedNode(prop), o, g))

    def label(self, s: NamedNode, text: str, lang: str = "zh-Hans") -> None:
        self.add(s, LABEL, lit(text, lang))

    def evidence(self, subject: NamedNode, ev: Evidence, extractor: str = "") -> NamedNode:
        """Web Annotation evidence: quote and raw-file position selectors on the source document.

        One annotation per (document, span), so an entity quoted in several places keeps each quote paired
        with its own offsets."""
        key = f"{subject.value}/evidence/{ev.document_id}/{ev.start}-{ev.end}"
        ann = NamedNode(key)
        target = NamedNode(key + "/target")
        quote = NamedNode(key + "/quote")
        pos = NamedNode(key + "/position")
        self.add(subject, pkg("evidence"), ann)
        self.add(ann, A, ns(OA, "Annotation"))
        self.add(ann, ns(OA, "hasBody"), subject)
        self.add(ann, ns(OA, "hasTarget"), target)
        self.add(target, ns(OA, "hasSource"), self.document)
        self.add(target, ns(OA, "hasSelector"), quote)
        self.add(target, ns(OA, "hasSelector"), pos)
        self.add(quote, A, ns(OA, "TextQuoteSelector"))
        self.add(quote, ns(OA, "exact"), lit(ev.quote))
        if ev.normalised_quote and ev.normalised_quote != ev.quote:
            self.add(quote, pkg("normalisedQuote"), lit(ev.normalised_quote))
        self.add(pos, A, ns(OA, "TextPositionSelector"))
        self.add(pos, ns(OA, "start"), lit(ev.start))
        self.add(pos, ns(OA, "end"), lit(ev.end))
        if ev.document_id == self.doc.id:
            # the same span in the normalised text, so viewers can highlight it there exactly
            self.add(pos, pkg("start"), lit(self.doc.norm.normalised_offset(ev.start)))
            self.add(pos, pkg("end"), lit(self.doc.norm.normalised_offset(ev.end)))
        if extractor:
            self.add(subject, ns(PROV, "wasGeneratedBy"), NamedNode(extractor))
        return ann

    def concept(self, scheme: str, slug: str) -> NamedNode:
        return NamedNode(f"{VOCAB}{scheme}/{slug}")

    def sorted_quads(self) -> list[Quad]:
        return sorted(self.quads, key=str)

    def shared_descriptions(self) -> dict[str, list[Quad]]:
        """Entity IRI → its sorted description quads."""
        return {iri: sorted(quads, key=str) for iri, quads in sorted(self.shared.items())}


def write_document(doc: ParsedDocument, ctx: BuildContext) -> GraphWriter:
    """A document's named graph (metadata, provisions, every fact's own triples) and the shared descriptions of
    the entities it mentions."""
    w = GraphWriter(doc, ctx)
    meta = doc.source.metadata
    d = w.document
    w.add(d, A, pkg("PolicyDocument"))
    w.add(d, ns(VOID, "inDataset"), w.graph)  # the named graph holding what this document says
    w.add(d, ns(ELI, "title"), lit(meta.title, "zh-Hans"))
    w.label(d, meta.title)
    w.add(d, ns(DCTERMS, "title"), lit(meta.title, "zh-Hans"))
    if meta.title_en:
        for prop in (ns(ELI, "title"), LABEL, ns(DCTERMS, "title")):
            w.add(d, prop, lit(meta.title_en, "en"))
    w.add(d, ns(DCTERMS, "identifier"), lit(meta.id))
    if meta.date:
        w.add(d, ns(ELI, "date_document"), lit(meta.date, datatype=XSD + "date"))
        w.add(d, ns(DCTERMS, "issued"), lit(meta.date, datatype=XSD + "date"))
    w.add(d, ns(ELI, "id_local"), lit(meta.doc_number))
    w.add(d, pkg("documentNumber"), lit(meta.doc_number))
    w.add(d, pkg("status"), pkg("Final" if meta.status == "final" else "Draft"))
    w.add(d, pkg("script"), pkg("Traditional" if meta.script == "traditional" else "Simplified"))
    w.add(d, pkg("jurisdictionName"), lit(meta.jurisdiction, "zh-Hans"))
    for issuer in meta.issuers:
        w.add(d, pkg("issuerName"), lit(issuer, "zh-Hans"))
    w.add(d, ns(DCTERMS, "subject"), lit(meta.subject, "en"))
    if meta.subject_zh:
        w.add(d, ns(DCTERMS, "subject"), lit(meta.subject_zh, "zh-Hans"))
    w.add(d, ns(DCTERMS, "source"), lit(meta.source_file))
    w.add(d, pkg("sha256"), lit(doc.source.sha256))
    w.add(d, pkg("rawText"), lit(doc.source.raw))
    w.add(d, pkg("normalisedText"), lit(doc.norm.text))
    w.add(d, pkg("metadataInferred"), lit(meta.inferred))
    for key, where in meta.sources:
        note = NamedNode(f"{d.value}/metadata-source/{key}")
        w.add(d, pkg("metadataSource"), note)
        w.add(note, pkg("field"), lit(key))
        w.add(note, ns(PROV, "value"), lit(where))
    write_provisions(w)
    for fact in doc.facts:
        fact.to_rdf(w)  # type: ignore[attr-defined]
    return w


def write_provisions(w: GraphWriter) -> None:
    doc = w.doc
    for p in doc.provisions:
        node = w.provision(p.path)
        w.add(node, A, pkg("Provision"))
        w.add(node, ns(ELI, "is_part_of"), w.provision(p.parent) if p.parent else w.document)
        w.add(w.provision(p.parent) if p.parent else w.document, ns(ELI, "has_part"), node)
        w.add(node, pkg("inDocument"), w.document)
        w.add(node, pkg("path"), lit(p.path))
        w.add(node, pkg("marker"), lit(p.kind))
        w.add(node, pkg("label"), lit(p.label))
        if p.number is not None:
            w.add(node, pkg("number"), lit(p.number))
        w.add(node, pkg("heading"), lit(p.heading, "zh-Hans"))
        w.add(node, LABEL, lit(f"{p.label} {p.heading}".strip() or p.path, "zh-Hans"))
        w.add(node, pkg("depth"), lit(p.depth))
        w.add(node, pkg("rawStart"), lit(p.raw_start))
        w.add(node, pkg("rawEnd"), lit(p.raw_end))
        w.add(node, pkg("start"), lit(p.start))
        w.add(node, pkg("end"), lit(p.end))


def facts_iri(fact: Fact, w: GraphWriter, kind: str) -> NamedNode:
    """Default stable IRI of a fact: kind plus its raw-file span."""
    return NamedNode(w.ctx.iris.fact(w.doc.id, kind, f"{fact.evidence.start}-{fact.evidence.end}"))


def to_nquads(quads: Iterable[Quad]) -> bytes:
    """Sorted N-Quads bytes (sorted line-wise, so the output is byte-stable)."""
    data = serialize(quads, format=RdfFormat.N_QUADS) or b""
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


__all__ = [
    "LABEL",
    "PROV",
    "SKOS",
    "A",
    "GraphWriter",
    "facts_iri",
    "lit",
    "ns",
    "pkg",
    "to_nquads",
    "write_document",
]
