"""Search rows of a document: what the search index holds for it, made at build time (never at a request).

One row per document, numbered provision, target or observation, department requirement, citation, and per
named institution or programme it mentions; one row per shared entity (agencies, institutions, programmes, local
indicator concepts), kept once by the index. Each row has the text to show (label, a context snippet, the
document and the place in it) and its search keys (policykg.search_keys).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pyoxigraph import Quad

from loaders.extract.org_facts import Citation, NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from loaders.rdf_writer import format_decimal
from ontology.namespaces import ONTOLOGY, RDF, SKOS
from policykg.search_keys import index_keys

if TYPE_CHECKING:
    from loaders.context import BuildContext
    from loaders.records import ParsedDocument

SNIPPET = 160
"""Characters of context kept per row."""

KINDS_BY_CLASS = {"Agency": "agency", "Institution": "institution", "Programme": "programme",
                  "Indicator": "indicator", "InstitutionType": "institution-type", "DepartmentType": "department-type",
                  "Population": "population"}


@dataclass(frozen=True)
class SearchRow:
    """One searchable thing."""

    iri: str
    kind: str
    """document | provision | target | observation | department | citation | institution | programme | agency |
    indicator | … (ranked in that order of kinds)"""
    doc: str
    """Corpus id of the document the row comes from ('' for shared entities and vocabulary concepts)."""
    label: str
    lang: str
    snippet: str
    anchor: str
    """`start-end` raw offsets of the quote in the document ('' when none)."""
    keys: str


def _row(iri: str, kind: str, doc: str, label: str, snippet: str = "", anchor: str = "", lang: str = "zh",
         pinyin: bool = True) -> SearchRow:
    snippet = snippet[:SNIPPET]
    keys = index_keys(label, pinyin)
    if snippet and snippet != label:
        keys += " " + index_keys(snippet, pinyin=False)
    return SearchRow(iri, kind, doc, label, lang, snippet, anchor, keys)


def document_rows(doc: ParsedDocument, ctx: BuildContext) -> Iterator[SearchRow]:
    """The rows of one document and its facts."""
    iris = ctx.iris
    meta = doc.source.metadata
    d = iris.document(doc.id)
    where = " · ".join(x for x in (meta.jurisdiction, meta.date, meta.doc_number) if x)
    title = meta.title or doc.id
    keys = index_keys(" ".join(x for x in (title, meta.doc_number, meta.jurisdiction) if x))
    yield SearchRow(d, "document", doc.id, title, "zh", where, "", keys)
    if meta.title_en:
        yield _row(d, "document", doc.id, meta.title_en, where, lang="en")
    text = doc.norm.text
    for p in doc.provisions:
        if p.number is None or p.kind in ("table", "preamble"):
            continue
        body = " ".join(text[p.start:p.end].split())[:SNIPPET]
        label = f"{p.label} {p.heading}".strip()
        yield _row(iris.provision(doc.id, p.path), "provision", doc.id, label, body,
                   f"{p.raw_start}-{p.raw_end}", pinyin=False)
    seen_entities: set[str] = set()
    for fact in doc.facts:
        ev = fact.evidence
        anchor = f"{ev.start}-{ev.end}"
        quote = ev.normalised_quote or ev.quote
        if isinstance(fact, QuantityFact):
            unit = f" {fact.unit}" if fact.unit else ""
            year = f" ({fact.year})" if fact.year else ""
            label = f"{fact.indicator} {fact.signed_comparator} {format_decimal(fact.signed_value)}{unit}{year}"
            yield _row(fact.fact_iri(iris, doc.id), fact.kind, doc.id, label, quote, anchor)
        elif isinstance(fact, DepartmentRequirement):
            label = f"{fact.institution_scope or '—'} {fact.department}"
            yield _row(fact.fact_iri(iris, doc.id), "department", doc.id, label, quote, anchor)
        elif isinstance(fact, Citation):
            label = f"《{fact.title}》" if fact.title else fact.number
            yield _row(iris.fact(doc.id, "citation", anchor), "citation", doc.id, label, quote, anchor)
        elif isinstance(fact, NamedEntityMention) and fact.iri not in seen_entities:
            seen_entities.add(fact.iri)
            yield _row(fact.iri, fact.kind, doc.id, fact.name, quote, anchor)


def _lang_key(tag: str | None) -> str:
    """The index's language of a label's tag: English, else Chinese (zh-Hans, zh-Hant, none)."""
    return "en" if (tag or "").lower().startswith("en") else "zh"


def entity_rows(shared: dict[str, list[Quad]], ctx: BuildContext) -> Iterator[SearchRow]:
    """One row per shared entity and language of its prefLabel (a national programme has an English one too): its
    label and kind (from its description)."""
    for iri, quads in shared.items():
        labels = sorted({(q.object.value, _lang_key(getattr(q.object, "language", "")))
                         for q in quads if q.predicate.value == SKOS + "prefLabel"}, key=lambda x: (x[1] != "zh", x))
        kinds = [KINDS_BY_CLASS[q.object.value.rsplit("#", 1)[-1]] for q in quads
                 if q.predicate.value == RDF + "type" and q.object.value.startswith(ONTOLOGY)
                 and q.object.value.rsplit("#", 1)[-1] in KINDS_BY_CLASS]
        for label, lang in labels if kinds else ():
            yield _row(iri, kinds[0], "", label, lang=lang)


def concept_rows(quads: Iterable[Quad]) -> Iterator[SearchRow]:
    """Rows of vocabulary concepts (static graphs): one per concept and prefLabel/altLabel language."""
    labels: dict[str, list[tuple[str, str, bool]]] = {}
    types: dict[str, str] = {}
    for q in quads:
        s = q.subject.value
        if q.predicate.value in (SKOS + "prefLabel", SKOS + "altLabel") and hasattr(q.object, "language"):
            labels.setdefault(s, []).append((q.object.value, (q.object.language or "").lower(),
                                             q.predicate.value.endswith("prefLabel")))
        elif q.predicate.value == RDF + "type" and q.object.value.startswith(ONTOLOGY):
            name = q.object.value.rsplit("#", 1)[-1]
            if name in KINDS_BY_CLASS or name == "Jurisdiction":
                types[s] = KINDS_BY_CLASS.get(name, "jurisdiction")
    for iri in sorted(types):
        for text, lang, pref in sorted(labels.get(iri, ())):
            row = _row(iri, types[iri], "", text, lang=_lang_key(lang))
            yield row if pref else SearchRow(row.iri, row.kind, "", text, row.lang, "", "alt", row.keys)

