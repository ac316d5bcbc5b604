"""`build`: corpus → one `DocumentOutput` per document → graphs.

A document's extraction is a pure function of its file, its manifest entry, the extractors' code and versions,
the vocabularies and the base IRI. Its output (the document graph as sorted N-Quads, the shared descriptions of
the entities it mentions, its citations, counts, facets and search rows) is cached under a key of all of these,
so an unchanged document is never extracted twice. `document_outputs` streams the outputs of a corpus in file
order, extracting in parallel over the machine's cores with a bounded number of documents in flight (memory
depends on the largest document, not on the corpus); the output is the same whatever the number of workers.

Nothing here touches a store: the CLI wires these outputs into graph_store (policykg.pipeline).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

from loaders.compare_rows import CompareRow, compare_rows
from loaders.context import BuildContext
from loaders.corpus import SourceRef, list_corpus, read_source
from loaders.extract.org_facts import Citation
from loaders.extract.registry import Registry, default_registry
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact, concept_iri
from loaders.graph_index import GraphIndex
from loaders.iris import IriMinter
from loaders.links import CitationRecord, CorpusDocument, links_graph
from loaders.normalise import normalise
from loaders.page_rows import page_rows
from loaders.rdf_writer import one_pref_label, write_document
from loaders.records import DocumentMetadata, ParsedDocument, SourceDocument
from loaders.search_rows import SearchRow, document_rows, entity_rows
from loaders.statistics import BuildStatistics, document_facets, document_statistics, vocabularies_of_quads
from loaders.structure import parse_structure
from loaders.task_rows import TaskRow, task_rows
from policykg import __version__

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(step description, done, total)."""

WINDOW_PER_WORKER = 4
"""Documents in flight per extraction worker (bounds the memory of a streaming build)."""


@dataclass(frozen=True)
class DocumentOutput:
    """Everything a build keeps of one document (picklable; cached between builds)."""

    id: str
    key: str
    """Cache key: digest of the file, its manifest entry, the extraction code, vocabularies and base IRI."""
    metadata: DocumentMetadata
    sha256: str
    nquads: bytes
    """The document graph, as sorted N-Quads."""
    quads: int
    shared: tuple[tuple[str, bytes], ...]
    """(entity IRI, sorted N-Quads of its description in the shared graph), by IRI."""
    citations: tuple[CitationRecord, ...]
    counts: tuple[tuple[str, int], ...]
    """(class IRI, instances typed in the document graph)."""
    facets: tuple[tuple[str, str], ...]
    """(facet, value) of the document: level, province, year, status, issuer, topic."""
    search: tuple[SearchRow, ...]
    entities: tuple[SearchRow, ...] = ()
    """Search rows of the shared entities it describes (kept once per entity by the index)."""
    jurisdiction: str = ""
    """The document's jurisdiction concept IRI ('' when unknown)."""
    topics: tuple[tuple[str, str], ...] = ()
    """(kind, concept IRI) of what its facts are about: `indicator` and `department-type` concepts, once each."""
    vocabularies: tuple[str, ...] = ()
    """Namespaces of the classes and properties its graph and shared descriptions use (VoID void:vocabulary)."""
    compare: tuple[CompareRow, ...] = ()
    """What `/compare` shows of its facts, read from its graph (loaders.compare_rows)."""
    page: str = ""
    """The document page's evidence spans and fact details, read from its graph (loaders.page_rows), as JSON."""
    tasks: tuple[TaskRow, ...] = ()
    """Its responsibilities per agency and role, as agencies' pages show them (loaders.task_rows)."""


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


def nquads(quads: Iterable[Quad]) -> bytes:
    """Quads as N-Quads bytes, lines sorted (equal sets of quads give equal bytes)."""
    data = serialize(quads, format=RdfFormat.N_QUADS) or b""
    return b"\n".join(sorted(set(data.splitlines()))) + b"\n" if data else b""


def output_of(doc: ParsedDocument, ctx: BuildContext, key: str = "") -> DocumentOutput:
    """The build output of an extracted document."""
    writer = write_document(doc, ctx)
    doc_quads = list(writer.quads)
    shared = {iri: one_pref_label(quads) for iri, quads in sorted(writer.shared.items())}
    counts, stats_quads = document_statistics(doc, ctx, doc_quads)
    doc_quads += stats_quads
    graph = GraphIndex(doc_quads)  # read once by the rows stored beside the graph
    citations = tuple(
        CitationRecord(f.node_iri(writer), doc.id, f.title, f.number, f.implements, f.relation)
        for f in doc.facts if isinstance(f, Citation)
    )
    return DocumentOutput(
        id=doc.id, key=key, metadata=doc.source.metadata, sha256=doc.source.sha256,
        nquads=nquads(doc_quads), quads=len(doc_quads),
        shared=tuple((iri, nquads(q)) for iri, q in shared.items()),
        citations=citations, counts=counts, facets=document_facets(doc.source.metadata, ctx.vocabulary),
        jurisdiction=(ctx.vocabulary.place(doc.source.metadata.jurisdiction) or ("",))[0],
        topics=document_topics(doc),
        vocabularies=tuple(sorted(vocabularies_of_quads([*doc_quads, *(q for qs in shared.values() for q in qs)]))),
        search=tuple(document_rows(doc, ctx)), entities=tuple(entity_rows(shared, ctx)),
        compare=compare_rows(graph), page=page_rows(graph, ctx.iris.document(doc.id)),
        tasks=task_rows(graph, ctx.iris.document(doc.id)),
    )


def document_topics(doc: ParsedDocument) -> tuple[tuple[str, str], ...]:
    """The indicator and department-type concepts a document's facts are about (vocabulary or local concepts)."""
    found: dict[tuple[str, str], None] = {}
    for fact in doc.facts:
        if isinstance(fact, QuantityFact):
            found[("indicator", concept_iri("indicator", fact.indicator, fact.indicator_iri))] = None
        elif isinstance(fact, DepartmentRequirement):
            found[("department-type", concept_iri("department-type", fact.department, fact.department_iri))] = None
    return tuple(found)


# --- cache keys -------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=4)
def code_digest(registry_names: tuple[str, ...] = ()) -> str:
    """Digest of everything extraction depends on besides the document: loaders' code, ontology and vocabularies,
    the policykg version and the extractor names and versions."""
    h = hashlib.sha256(__version__.encode())
    h.update("\n".join(registry_names).encode())
    files = sorted((ROOT / "loaders").rglob("*.py")) + sorted((ROOT / "ontology").rglob("*.ttl")) \
        + sorted((ROOT / "ontology").rglob("*.tsv"))
    for path in files:
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def document_key(ref: SourceRef, base_iri: str, code: str) -> str:
    """The cache key of one document."""
    h = hashlib.sha256()
    for part in (ref.sha256, repr(ref.metadata), base_iri, code):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


# --- the cache --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExtractionCache:
    """Document outputs on disk, one gzip'd pickle per (document id, key); stale keys of a document are removed."""

    folder: Path

    def path(self, doc_id: str, key: str) -> Path:
        return self.folder / f"{doc_id}.{key[:24]}.pickle.gz"

    def get(self, doc_id: str, key: str) -> DocumentOutput | None:
        path = self.path(doc_id, key)
        try:
            with gzip.open(path, "rb") as fh:
                out = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None
        return out if isinstance(out, DocumentOutput) and out.key == key else None

    def put(self, out: DocumentOutput) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(out.id, out.key)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with gzip.open(tmp, "wb", compresslevel=3) as fh:
            pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in self.folder.glob(f"{out.id}.*.pickle.gz"):
            if stale != path:
                stale.unlink(missing_ok=True)


# --- extraction jobs (in worker processes or in-process) ---------------------------------------------

@dataclass
class _Worker:
    base_iri: str
    cache: ExtractionCache | None
    registry: Registry = field(default_factory=default_registry)

    def __post_init__(self) -> None:
        self.ctx = BuildContext(iris=IriMinter(self.base_iri))

    def run(self, ref: SourceRef, key: str) -> tuple[DocumentOutput, bool]:
        """(output, whether it came from the cache)."""
        if self.cache is not None:
            hit = self.cache.get(ref.metadata.id, key)
            if hit is not None:
                return hit, True
        source = read_source(ref)
        doc = extract(parse_document(source), self.ctx, self.registry)
        out = output_of(doc, self.ctx, key)
        if self.cache is not None:
            self.cache.put(out)
        return out, False


_WORKER: _Worker | None = None


def _init_worker(base_iri: str, cache: Path | None) -> None:
    global _WORKER
    _WORKER = _Worker(base_iri, ExtractionCache(cache) if cache else None)
    _WORKER.ctx.vocabulary  # noqa: B018 - load the vocabularies once, before the first job


def _job(ref: SourceRef, key: str) -> tuple[DocumentOutput, bool]:
    assert _WORKER is not None
    return _WORKER.run(ref, key)


@dataclass
class StreamReport:
    """What a streaming extraction did."""

    documents: int = 0
    extracted: int = 0
    cached: int = 0
    seconds: float = 0.0


def document_outputs(
    refs: list[SourceRef],
    base_iri: str,
    workers: int = 0,
    cache: Path | None = None,
    progress: Progress | None = None,
    report: StreamReport | None = None,
) -> Iterator[DocumentOutput]:
    """The outputs of `refs`, in order; extracted by `workers` processes (0: one per core; 1: in this process),
    at most a few documents in flight per worker; cached outputs are reused."""
    started = time.perf_counter()
    report = report if report is not None else StreamReport()
    workers = workers or os.cpu_count() or 1
    code = code_digest(tuple(f"{e.name}@{e.version}" for e in default_registry()))
    keys = [document_key(ref, base_iri, code) for ref in refs]
    total = len(refs)

    def done(out: DocumentOutput, cached: bool) -> DocumentOutput:
        report.documents += 1
        report.cached += cached
        report.extracted += not cached
        if progress:
            progress(f"{'cached' if cached else 'extracted'} {out.id}", report.documents, total)
        return out

    disk = ExtractionCache(cache) if cache else None
    if workers <= 1 or total <= 1:
        worker = _Worker(base_iri, disk)
        for ref, key in zip(refs, keys, strict=True):
            yield done(*worker.run(ref, key))
    else:
        pool: ProcessPoolExecutor | None = None
        window: deque[Future] = deque()
        limit = WINDOW_PER_WORKER * workers
        try:
            for ref, key in zip(refs, keys, strict=True):
                hit = disk.get(ref.metadata.id, key) if disk else None
                if hit is not None:
                    future: Future = Future()
                    future.set_result((hit, True))
                else:
                    if pool is None:  # started on the first document the cache does not hold
                        ctx = get_context("forkserver") if hasattr(os, "fork") else get_context("spawn")
                        pool = ProcessPoolExecutor(max_workers=min(workers, total), mp_context=ctx,
                                                   initializer=_init_worker, initargs=(base_iri, cache))
                    future = pool.submit(_job, ref, key)
                window.append(future)
                while len(window) >= limit or (window and window[0].done()):
                    yield done(*window.popleft().result())
            while window:
                yield done(*window.popleft().result())
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    report.seconds = time.perf_counter() - started


# --- whole builds in memory (tests, small corpora) ---------------------------------------------------

@dataclass(frozen=True)
class BuildResult:
    """What an in-memory build produced: graphs by IRI (sorted quads), the parsed documents, and counts."""

    graphs: dict[str, list[Quad]]
    documents: tuple[ParsedDocument, ...]
    seconds: float
    statistics: BuildStatistics | None = None

    @property
    def triples(self) -> int:
        return sum(len(q) for q in self.graphs.values())


def read_nquads(data: bytes) -> list[Quad]:
    return list(parse(data, format=RdfFormat.N_QUADS)) if data else []


def build_graphs(
    corpus: Path,
    base_iri: str,
    progress: Progress | None = None,
    registry: Registry | None = None,
    with_static: bool = True,
) -> BuildResult:
    """Parse and extract the whole corpus into graphs in memory (nothing is written to a store): the same
    graphs a streaming build writes, for tests and small corpora."""
    from loaders.static_graphs import static_graphs

    started = time.perf_counter()
    registry = registry or default_registry()
    refs = list_corpus(corpus)
    iris = IriMinter(base_iri)
    ctx = BuildContext(iris=iris)
    graphs: dict[str, list[Quad]] = {}
    shared: dict[str, bytes] = {}
    docs: list[ParsedDocument] = []
    outputs: list[DocumentOutput] = []
    for n, ref in enumerate(refs):
        if progress:
            progress(f"parse {ref.path.name}", n, len(refs))
        doc = extract(parse_document(read_source(ref)), ctx, registry)
        docs.append(doc)
        out = output_of(doc, ctx)
        outputs.append(out)
        graphs[iris.graph(doc.id)] = read_nquads(out.nquads)
        for iri, data in out.shared:
            shared.setdefault(iri, data)
    stats = BuildStatistics()
    for out in outputs:
        stats.add_document(out)
        stats.vocabularies.update(out.vocabularies)
    shared_quads = sorted((q for data in shared.values() for q in read_nquads(data)), key=str)
    stats.add_quads(shared_quads)
    if shared_quads:
        graphs[iris.shared_graph] = shared_quads
    links = links_graph([c for out in outputs for c in out.citations],
                        [CorpusDocument.of(out.metadata) for out in outputs], iris)
    if links:
        graphs[iris.links_graph] = links
    stats.add_quads(links)
    stats.vocabularies |= vocabularies_of_quads(links)
    if with_static:
        for g, quads in static_graphs(iris).items():
            graphs[g] = quads
            stats.add_quads(quads)
            stats.vocabularies |= vocabularies_of_quads(quads)
    graphs[iris.build_graph] = build_provenance(outputs, registry, iris, stats)
    return BuildResult(graphs, tuple(docs), time.perf_counter() - started, stats)


def build_provenance(outputs: list[DocumentOutput], registry: Registry, iris: IriMinter,
                     stats: BuildStatistics) -> list[Quad]:
    """The build graph: PROV of the build (corpus files with digests, policykg and extractor versions, when) and
    the statistics and facet counts computed at build time."""
    from loaders.statistics import provenance_quads

    by_date = [o.id for o in sorted(outputs, key=lambda o: (o.metadata.date or "", o.id))]
    return provenance_quads([(o.id, o.metadata.source_file, o.sha256) for o in outputs], registry, iris, stats,
                            by_date)


__all__ = ["BuildResult", "DocumentOutput", "NamedNode", "build_graphs", "document_outputs", "output_of"]
