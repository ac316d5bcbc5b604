"""`build()`: corpus → parsed documents → extracted facts → one named graph per document.

Everything is parsed and written in memory first; the store is touched only at the end, in one
atomic swap, so a failed build never damages the graph being served.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from loaders.context import BuildContext
from loaders.corpus import read_corpus
from loaders.extract.registry import Registry, default_registry
from loaders.iris import IriMinter
from loaders.normalise import normalise
from loaders.rdf_writer import A, lit, ns, pkg, write_document
from loaders.records import ParsedDocument, SourceDocument
from loaders.static_graphs import static_graphs
from loaders.structure import parse_structure
from ontology.namespaces import PROV, RDFS
from policykg import __version__

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(step description, done, total)."""


@dataclass(frozen=True)
class BuildResult:
    """What a build produced: graphs by IRI (sorted quads) and counts."""

    graphs: dict[str, list[Quad]]
    documents: tuple[ParsedDocument, ...]
    seconds: float

    @property
    def triples(self) -> int:
        return sum(len(q) for q in self.graphs.values())


def parse_document(source: SourceDocument) -> ParsedDocument:
    """Normalise and parse one source document (no facts yet)."""
    norm = normalise(source.raw)
    return ParsedDocument(source=source, norm=norm, provisions=parse_structure(norm))


def extract(doc: ParsedDocument, ctx: BuildContext, registry: Registry) -> ParsedDocument:
    """Run every registered extractor in order; each sees the facts of those before it."""
    for extractor in registry:
        facts = tuple(extractor.run(doc, ctx))
        doc = replace(doc, facts=doc.facts + facts)
    return doc


def build_graphs(
    corpus: Path,
    base_iri: str,
    progress: Progress | None = None,
    registry: Registry | None = None,
    with_static: bool = True,
) -> BuildResult:
    """Parse and extract the whole corpus into graphs (nothing is written to a store)."""
    started = time.perf_counter()
    registry = registry or default_registry()
    sources = read_corpus(corpus)
    iris = IriMinter(base_iri)
    ctx = BuildContext(iris=iris, corpus=tuple(s.metadata for s in sources))
    graphs: dict[str, list[Quad]] = {}
    docs: list[ParsedDocument] = []
    for n, source in enumerate(sources):
        if progress:
            progress(f"parse {source.path.name}", n, len(sources))
        doc = extract(parse_document(source), ctx, registry)
        docs.append(doc)
        graphs[iris.graph(doc.id)] = write_document(doc, ctx)
    if progress:
        progress("static graphs", len(sources), len(sources))
    if with_static:
        graphs.update(static_graphs(iris))
    graphs[iris.build_graph] = build_provenance(docs, registry, iris)
    return BuildResult(graphs, tuple(docs), time.perf_counter() - started)


def build_provenance(docs: list[ParsedDocument], registry: Registry, iris: IriMinter) -> list[Quad]:
    """PROV for the build: which corpus files (with digests), which policykg and extractor versions, when.

    The time is SOURCE_DATE_EPOCH when set (reproducible builds), else the clock; it lives only in this
    graph, so document graphs stay byte-identical between builds."""
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
                                                    datatype="http://www.w3.org/2001/XMLSchema#dateTime"), g),
        Quad(agent, A, ns(PROV, "SoftwareAgent"), g),
        Quad(agent, ns(RDFS, "label"), lit(f"policykg {__version__}", "en"), g),
        Quad(agent, pkg("version"), lit(__version__), g),
    ]
    for e in registry:
        node = NamedNode(iris.extractor(e.name, e.version))
        quads += [Quad(node, A, ns(PROV, "SoftwareAgent"), g), Quad(node, ns(RDFS, "label"), lit(e.name, "en"), g),
                  Quad(node, pkg("version"), lit(e.version), g), Quad(activity, ns(PROV, "wasAssociatedWith"), node, g)]
    for doc in docs:
        d = NamedNode(iris.document(doc.id))
        file = NamedNode(f"{iris.base}source/{doc.id}")
        quads += [
            Quad(activity, ns(PROV, "used"), file, g),
            Quad(file, A, ns(PROV, "Entity"), g),
            Quad(file, pkg("fileName"), lit(doc.source.metadata.source_file), g),
            Quad(file, pkg("sha256"), lit(doc.source.sha256), g),
            Quad(d, ns(PROV, "wasGeneratedBy"), activity, g),
            Quad(d, ns(PROV, "wasDerivedFrom"), file, g),
        ]
    return sorted(quads, key=str)
