"""Statistics computed at build time, so no page or query ever counts the corpus at request time.

- Each document graph describes itself in VoID: `<graph> a void:Dataset ; void:triples n ; void:classPartition
  [ void:class pkg:Target ; void:entities n ]` (how many targets, responsibilities … this document holds).
- The build graph holds the same for the whole dataset, the vocabularies the data uses (`void:vocabulary`), and
  facet counts (documents per jurisdiction level, province, year, status, issuer, topic) as
  `pkg:facetCount [ pkg:facet "level" ; pkg:facetValue … ; pkg:count n ]`.
`BuildStatistics` accumulates them while documents stream past (memory: one counter per class and facet value).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad

from ontology.namespaces import ONTOLOGY, PREFIXES, PROV, RDF, RDFS, VOID, XSD
from policykg import __version__

if TYPE_CHECKING:
    from loaders.build import DocumentOutput
    from loaders.context import BuildContext
    from loaders.extract.registry import Registry
    from loaders.iris import IriMinter
    from loaders.records import DocumentMetadata, ParsedDocument
    from loaders.vocabulary import Vocabulary

TYPE = RDF + "type"
FACETS = ("level", "province", "year", "status", "issuer", "topic", "topic_zh")
PROVINCE_LEVEL = "https://w3id.org/policykg/vocab/jurisdiction-level/provincial-level"


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=NamedNode(XSD + "integer"))


def class_counts(quads: Iterable[Quad]) -> Counter[str]:
    """Instances per class (rdf:type statements) among `quads`."""
    return Counter(q.object.value for q in quads if q.predicate.value == TYPE and isinstance(q.object, NamedNode))


def void_partition(subject: NamedNode, g: NamedNode, counts: Counter[str], triples: int) -> list[Quad]:
    """VoID description of a dataset (a graph, or the whole store): triples and entities per class."""
    v = PREFIXES["void"]
    out = [Quad(subject, NamedNode(TYPE), NamedNode(v + "Dataset"), g),
           Quad(subject, NamedNode(v + "triples"), _int(triples), g)]
    for cls, n in sorted(counts.items()):
        part = NamedNode(f"{subject.value}/class/{cls.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        out += [Quad(subject, NamedNode(v + "classPartition"), part, g),
                Quad(part, NamedNode(v + "class"), NamedNode(cls), g),
                Quad(part, NamedNode(v + "entities"), _int(n), g)]
    return out


def document_statistics(doc: ParsedDocument, ctx: BuildContext, quads: list[Quad]) \
        -> tuple[tuple[tuple[str, int], ...], list[Quad]]:
    """(class counts, statistics quads) of a document graph: its VoID description, whose triple count includes these
    quads themselves, and the document's number of provisions on the document (pkg:provisionCount: a list of
    documents reads it per document, where the VoID partition is a join per document)."""
    counts = class_counts(quads)
    g = NamedNode(ctx.iris.graph(doc.id))
    provisions = Quad(NamedNode(ctx.iris.document(doc.id)), NamedNode(ONTOLOGY + "provisionCount"),
                      _int(counts.get(ONTOLOGY + "Provision", 0)), g)
    provisional = void_partition(g, g, counts, 0)
    stats = void_partition(g, g, counts, len(quads) + len(provisional) + 1)
    return tuple(sorted(counts.items())), [*stats, provisions]


def document_facets(meta: DocumentMetadata, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """(facet, value) pairs of a document: jurisdiction level and province (concept IRIs), year, status, issuers,
    topic."""
    out: list[tuple[str, str]] = []
    place = vocab.place(meta.jurisdiction)
    if place:
        j, _, parent = place  # a local jurisdiction: no level of its own, the province of the division it lies in
        tier = vocab.tier(j)
        if tier:
            out.append(("level", tier))
        chain = [j, *vocab.ancestors(j)] if not parent else [parent, *vocab.ancestors(parent)]
        province = next((c for c in chain if vocab.tier(c) == PROVINCE_LEVEL), "")
        if province:
            out.append(("province", province))
    if meta.date[:4].isdigit():
        out.append(("year", meta.date[:4]))
    out.append(("status", meta.status))
    out += [("issuer", i) for i in meta.issuers]
    if meta.subject:
        out.append(("topic", meta.subject))
    if meta.subject_zh:
        out.append(("topic_zh", meta.subject_zh))
    return tuple(dict.fromkeys(out))


@dataclass
class BuildStatistics:
    """Corpus-wide counts, accumulated document by document."""

    triples: int = 0
    documents: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    facets: Counter[tuple[str, str]] = field(default_factory=Counter)
    vocabularies: set[str] = field(default_factory=set)

    def add_document(self, out: DocumentOutput) -> None:
        self.documents += 1
        self.triples += out.quads
        self.classes.update(dict(out.counts))
        self.facets.update(out.facets)

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Graphs other than document graphs (shared, links, static): their triples and typed instances."""
        for q in quads:
            self.triples += 1
            if q.predicate.value == TYPE and isinstance(q.object, NamedNode):
                self.classes[q.object.value] += 1

    def remove_document(self, quads: int, counts: Iterable[tuple[str, int]],
                        facets: Iterable[tuple[str, str]]) -> None:
        """Undo add_document (incremental builds replace documents)."""
        self.documents -= 1
        self.triples -= quads
        self.classes.subtract(dict(counts))
        self.facets.subtract(facets)

    def to_quads(self, iris: IriMinter) -> list[Quad]:
        """VoID of the whole dataset, the vocabularies in use and the facet counts, in the build graph."""
        g = NamedNode(iris.build_graph)
        dataset = NamedNode(f"{iris.base}dataset")
        classes = Counter({c: n for c, n in self.classes.items() if n > 0})
        quads = void_partition(dataset, g, classes, self.triples)
        quads.append(Quad(dataset, NamedNode(ONTOLOGY + "documents"), _int(self.documents), g))
        for vocabulary in sorted(self.vocabularies | vocabularies_of(classes)):
            quads.append(Quad(dataset, NamedNode(VOID + "vocabulary"), NamedNode(vocabulary), g))
        for (facet, value), n in sorted(self.facets.items()):
            if n <= 0:
                continue
            node = NamedNode(f"{iris.base}dataset/facet/{facet}/{_slug(value)}")
            obj: NamedNode | Literal = NamedNode(value) if value.startswith(("http://", "https://")) \
                else Literal(value)
            quads += [Quad(dataset, NamedNode(ONTOLOGY + "facetCount"), node, g),
                      Quad(node, NamedNode(ONTOLOGY + "facet"), Literal(facet), g),
                      Quad(node, NamedNode(ONTOLOGY + "facetValue"), obj, g),
                      Quad(node, NamedNode(ONTOLOGY + "count"), _int(n), g)]
        return quads


def _slug(value: str) -> str:
    from loaders.iris import slugify

    return slugify(value.rsplit("/", 1)[-1] if value.startswith("http") else value, 40)


def vocabularies_of(terms: Iterable[str]) -> set[str]:
    """The namespaces (of PREFIXES) the given classes or properties come from."""
    spaces = sorted(set(PREFIXES.values()) - {PREFIXES["pkv"]}, key=len, reverse=True)
    return {next((ns for ns in spaces if c.startswith(ns)), "") for c in terms} - {""}


def vocabularies_of_quads(quads: Iterable[Quad]) -> set[str]:
    """The namespaces of the properties and classes used in `quads`."""
    terms = {q.predicate.value for q in quads}
    terms |= {q.object.value for q in quads if q.predicate.value == TYPE and isinstance(q.object, NamedNode)}
    return vocabularies_of(terms)


def provenance_quads(files: list[tuple[str, str, str]], registry: Registry, iris: IriMinter,
                     stats: BuildStatistics, by_date: list[str] = ()) -> list[Quad]:
    """PROV for the build (which corpus files with their SHA-256, which policykg and extractor versions, when), the
    statistics and each document's position in date order (`by_date`: document ids ordered by date, then id). The
    time is SOURCE_DATE_EPOCH when set (reproducible builds), else the clock; it lives only in this graph, so
    document graphs stay byte-identical between builds."""
    from loaders.rdf_writer import A, lit, ns, pkg

    g = NamedNode(iris.build_graph)
    activity = NamedNode(f"{iris.base}build/policykg-{__version__}")
    agent = NamedNode(f"{iris.base}software/policykg/{__version__}")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    quads = [
        Quad(activity, A, ns(PROV, "Activity"), g),
        Quad(activity, A, pkg("Build"), g),
        Quad(activity, pkg("softwareVersion"), lit(__version__), g),
        Quad(activity, ns(RDFS, "label"), lit(f"policykg {__version__} build", "en"), g),
        Quad(activity, ns(PROV, "wasAssociatedWith"), agent, g),
        Quad(activity, ns(PROV, "endedAtTime"), lit(when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                    datatype=XSD + "dateTime"), g),
        Quad(agent, A, ns(PROV, "SoftwareAgent"), g),
        Quad(agent, ns(RDFS, "label"), lit(f"policykg {__version__}", "en"), g),
        Quad(agent, pkg("version"), lit(__version__), g),
    ]
    for e in registry:
        node = NamedNode(iris.extractor(e.name, e.version))
        quads += [Quad(node, A, ns(PROV, "SoftwareAgent"), g), Quad(node, ns(RDFS, "label"), lit(e.name, "en"), g),
                  Quad(node, pkg("version"), lit(e.version), g), Quad(activity, ns(PROV, "wasAssociatedWith"), node, g)]
    for doc_id, file_name, sha in files:
        d = NamedNode(iris.document(doc_id))
        file = NamedNode(f"{iris.base}source/{doc_id}")
        quads += [
            Quad(activity, ns(PROV, "used"), file, g),
            Quad(file, A, ns(PROV, "Entity"), g),
            Quad(file, pkg("fileName"), lit(file_name), g),
            Quad(file, pkg("sha256"), lit(sha), g),
            Quad(d, ns(PROV, "wasGeneratedBy"), activity, g),
            Quad(d, ns(PROV, "wasDerivedFrom"), file, g),
        ]
    for position, doc_id in enumerate(by_date):
        quads.append(Quad(NamedNode(iris.document(doc_id)), pkg("datePosition"), lit(position), g))
    quads += stats.to_quads(iris)
    return sorted(set(quads), key=str)
