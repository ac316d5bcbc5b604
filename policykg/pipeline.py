"""The build, wired: corpus → loaders (streamed, parallel, cached) → a new store version → one atomic swap.

Full build: every document's output (extracted, or taken from the extraction cache) is loaded into an empty new
version in batches, shared entity descriptions once each; then the static graphs (ontology, vocabularies,
inferred hierarchy), the links graph (citations resolved for the whole corpus) and the build graph (provenance,
statistics, facet counts); the index (search rows, documents, facets) is written alongside. Memory stays
bounded by the batch size and the documents in flight.

Incremental build (the default when a previous build of the same code and settings exists): the new version
starts as a copy of the live one; documents whose file, manifest entry and extraction code are unchanged are kept
as they are; removed and changed documents' graphs are dropped, changed and added ones loaded; shared entities
no document mentions any more are removed; links and the build graph are recomputed. Either way the new version
becomes live only by the final swap, so a failed build leaves the previous graph serving.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pyoxigraph import RdfFormat, parse

from graph_store import open_store
from graph_store.base import BuildSession
from graph_store.sidecar import INDEX_SCHEMA, IndexWriter, read_meta
from loaders.build import DocumentOutput, StreamReport, code_digest, document_key, document_outputs, nquads
from loaders.corpus import list_corpus
from loaders.extract.registry import default_registry
from loaders.iris import IriMinter
from loaders.links import CitationRecord, CorpusDocument, links_graph
from loaders.search_rows import concept_rows
from loaders.statistics import BuildStatistics, class_counts, provenance_quads, vocabularies_of_quads
from policykg.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
BATCH_BYTES = 32 * 1024 * 1024
"""N-Quads gathered before one bulk load into the new version."""


@dataclass
class BuildSummary:
    """What a build did, for the log line and the benchmarks."""

    mode: str = "full"
    documents: int = 0
    extracted: int = 0
    cached: int = 0
    kept: int = 0
    removed: int = 0
    triples: int = 0
    entities_removed: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)


class _Loader:
    """Gathers N-Quads and bulk-loads them into the session in batches."""

    def __init__(self, session: BuildSession) -> None:
        self.session = session
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> None:
        if data:
            self.parts.append(data)
            self.size += len(data)
            if self.size >= BATCH_BYTES:
                self.flush()

    def flush(self) -> None:
        if self.parts:
            self.session.load(b"".join(self.parts))
            self.parts, self.size = [], 0


def static_digest(iris: IriMinter) -> str:
    """Digest of what the static graphs depend on (ontology files, base IRI, code)."""
    return hashlib.sha256((code_digest() + iris.base).encode()).hexdigest()


def build(settings: Settings, progress: Progress | None = None, full: bool = False) -> BuildSummary:
    """Build `settings.corpus` into `settings.store` (incrementally when possible, unless `full`)."""
    started = time.perf_counter()
    summary = BuildSummary()
    iris = IriMinter(settings.base_iri)
    refs = list_corpus(settings.corpus, settings.max_document_bytes)
    store = open_store(settings)
    previous = store.index_path()
    want = {"base_iri": iris.base, "static": static_digest(iris), "index_schema": INDEX_SCHEMA}
    incremental = False
    if previous is not None and not full:
        old_meta = read_meta(previous)
        incremental = all(old_meta.get(k) == v for k, v in want.items())
    session = store.begin_build(incremental=incremental)
    index = IndexWriter(session.index)
    summary.mode = "incremental" if session.incremental else "full"
    try:
        _build_into(session, index, refs, iris, settings, progress, summary)
        index.set_meta(**want)
        index.commit()
        session.commit()
    except BaseException:
        try:
            index.abort()
        finally:
            session.abort()
        raise
    summary.seconds = time.perf_counter() - started
    log.info("%s build: %d documents (%d extracted, %d from cache, %d kept, %d removed), %d triples in %.1f s "
             "into %s", summary.mode, summary.documents, summary.extracted, summary.cached, summary.kept,
             summary.removed, summary.triples, summary.seconds, store.location)
    return summary


def _build_into(session: BuildSession, index: IndexWriter, refs: list, iris: IriMinter, settings: Settings,
                progress: Progress | None, summary: BuildSummary) -> None:
    t0 = time.perf_counter()
    registry = default_registry()
    code = code_digest(tuple(f"{e.name}@{e.version}" for e in registry))
    keys = {ref.metadata.id: document_key(ref, iris.base, code) for ref in refs}
    todo = refs
    candidates: list[str] = []
    if session.incremental:
        old = index.document_keys()
        stale = sorted(d for d in old if keys.get(d) != old[d])
        summary.removed = len([d for d in stale if d not in keys])
        summary.kept = len(old) - len(stale)
        todo = [r for r in refs if old.get(r.metadata.id) != keys[r.metadata.id]]
        session.drop_graphs([iris.graph(d) for d in stale])
        candidates = index.remove_documents(stale)
    loader = _Loader(session)
    report = StreamReport()
    for out in document_outputs(todo, iris.base, settings.build_workers, settings.cache_dir / "extract",
                                progress, report):
        _load_document(out, loader, index, iris)
    summary.extracted, summary.cached = report.extracted, report.cached
    summary.documents = len(refs)
    loader.flush()
    summary.phases["documents"] = time.perf_counter() - t0
    if candidates:
        orphans = index.orphans(candidates)
        session.remove_subjects(iris.shared_graph, orphans)
        index.remove_entities(orphans)
        summary.entities_removed = len(orphans)
    t1 = time.perf_counter()
    if not session.incremental:
        _load_static(loader, index, iris)
    loader.flush()
    summary.phases["static"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    session.drop_graphs([iris.links_graph, iris.build_graph])
    records = [CitationRecord(*c) for c in index.citations()]
    links = links_graph(records, [CorpusDocument(*d) for d in index.corpus()], iris)
    loader.add(nquads(links))
    index.set_meta(shared_graph=iris.shared_graph, shared_graph_quads="0", links_graph=iris.links_graph,
                   links_graph_quads=str(len(links)))
    stats = BuildStatistics()
    documents, triples, classes, facets = index.totals()
    stats.documents, stats.triples = documents, triples + len(links)
    stats.classes.update(classes)
    stats.classes.update(class_counts(links))
    stats.facets.update(facets)
    stats.vocabularies = index.vocabularies() | vocabularies_of_quads(links) | set(
        index.meta().get("static_vocabularies", "").split())
    loader.add(nquads(provenance_quads(index.provenance(), registry, iris, stats, index.by_date())))
    loader.flush()
    summary.triples = stats.triples
    summary.phases["links+statistics"] = time.perf_counter() - t2


def _load_document(out: DocumentOutput, loader: _Loader, index: IndexWriter, iris: IriMinter) -> None:
    loader.add(out.nquads)
    rows_by_iri: dict[str, list] = {}
    for row in out.entities:
        rows_by_iri.setdefault(row.iri, []).append(row)
    for iri, data in out.shared:
        if index.has_entity(iri):
            continue
        quads = list(parse(data, format=RdfFormat.N_QUADS))
        loader.add(data)
        index.add_entity(iri, len(quads), class_counts(quads), rows_by_iri.get(iri, ()))
    index.add_document(out, iris.document(out.id), iris.graph(out.id), out.jurisdiction,
                       [iri for iri, _ in out.shared])


def _load_static(loader: _Loader, index: IndexWriter, iris: IriMinter) -> None:
    from loaders.static_graphs import static_graphs

    used: set[str] = set()
    for graph, quads in static_graphs(iris).items():
        loader.add(nquads(quads))
        index.set_static(graph, len(quads), class_counts(quads))
        index.add_rows(concept_rows(quads))
        used |= vocabularies_of_quads(quads)
    index.set_meta(static_vocabularies=" ".join(sorted(used)))

