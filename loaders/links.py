"""Links between documents, decided for the whole corpus: which document each citation points to.

A citation is resolved by its 文号 against the corpus documents' numbers, else by normalised title, else it
points to a cited work outside the corpus, whose IRI comes from its normalised title (or its number when no title
is known) and which is described here once. The links graph holds, per citation, `pkg:citedDocument`, and per
citing document `pkg:implements` / `pkg:drafts` / `pkg:cites` (with their super-properties: the first two
specialise `pkg:cites`, hence `eli:cites`). It depends on every document's citations and metadata, so it is
recomputed at the end of every build, full or incremental; a document's own extraction never depends on the rest
of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from loaders.iris import IriMinter
from loaders.materialise import class_supers, property_supers
from loaders.records import DocumentMetadata
from loaders.titles import normalise_number, normalise_title
from ontology.namespaces import DCTERMS, ELI, ONTOLOGY, RDF, RDFS, XSD


@dataclass(frozen=True)
class CitationRecord:
    """What linking needs of one citation fact."""

    citation: str
    """The citation fact's IRI."""
    document: str
    """Corpus id of the citing document."""
    title: str
    number: str
    implements: bool
    relation: str = ""
    """implements | drafts | cites; '' is read from `implements` (records written before drafting was told apart)."""

    @property
    def link(self) -> str:
        """The document-to-document property's local name: implements, drafts or cites."""
        return self.relation or ("implements" if self.implements else "cites")


@dataclass(frozen=True)
class CorpusDocument:
    """What linking needs of one corpus document."""

    id: str
    title: str
    number: str

    @classmethod
    def of(cls, meta: DocumentMetadata) -> CorpusDocument:
        return cls(meta.id, meta.title, meta.doc_number)


def resolver(corpus: Iterable[CorpusDocument]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Corpus ids by normalised 文号 and by normalised title."""
    by_number: dict[str, list[str]] = {}
    by_title: dict[str, list[str]] = {}
    for doc in sorted(corpus, key=lambda d: d.id):
        if doc.number:
            by_number.setdefault(normalise_number(doc.number), []).append(doc.id)
        if doc.title:
            by_title.setdefault(normalise_title(doc.title), []).append(doc.id)
    return by_number, by_title


def resolve(record: CitationRecord, by_number: dict[str, list[str]], by_title: dict[str, list[str]]) -> str:
    """Corpus id of the cited document (by 文号 first, then by title; never the citing document), or ''."""
    for table, key in ((by_number, normalise_number(record.number) if record.number else ""),
                       (by_title, normalise_title(record.title) if record.title else "")):
        for doc_id in table.get(key, ()) if key else ():
            if doc_id != record.document:
                return doc_id
    return ""


def links_graph(records: Iterable[CitationRecord], corpus: Iterable[CorpusDocument], iris: IriMinter) -> list[Quad]:
    """The links graph's quads (sorted): resolved targets, document-to-document edges, cited works outside."""
    g = NamedNode(iris.links_graph)
    by_number, by_title = resolver(corpus)
    quads: set[Quad] = set()

    def add(s: NamedNode, p: str, o: NamedNode | Literal) -> None:
        quads.add(Quad(s, NamedNode(p), o, g))
        if p == RDF + "type":
            quads.update(Quad(s, NamedNode(RDF + "type"), NamedNode(c), g) for c in class_supers(o.value))
        for sup in property_supers(p):
            quads.add(Quad(s, NamedNode(sup), o, g))

    for r in records:
        resolved = resolve(r, by_number, by_title)
        if resolved:
            target = NamedNode(iris.document(resolved))
        else:
            key = normalise_title(r.title) if r.title else normalise_number(r.number)
            target = NamedNode(iris.entity("cited", key))
            add(target, RDF + "type", NamedNode(ELI + "LegalResource"))
            add(target, ONTOLOGY + "external", Literal("true", datatype=NamedNode(XSD + "boolean")))
            label = key if r.title else normalise_number(r.number)
            add(target, RDFS + "label", Literal(label, language="zh-Hans"))
            if r.title:
                add(target, DCTERMS + "title", Literal(label, language="zh-Hans"))
            if r.number:
                add(target, ONTOLOGY + "documentNumber", Literal(normalise_number(r.number)))
                add(target, ELI + "id_local", Literal(normalise_number(r.number)))
        add(NamedNode(r.citation), ONTOLOGY + "citedDocument", target)
        add(NamedNode(iris.document(r.document)), ONTOLOGY + r.link, target)
    return sorted(quads, key=str)
