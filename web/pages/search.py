"""Search: the index built with the graph (graph_store.sidecar), over every label and quote in simplified and
traditional script, pinyin with or without tones, and English; exact lookup of 文号; facets over every match.

Documents rank first, then facts (targets, requirements, provisions, citations), then entities, then vocabulary
concepts; the page groups them by type, and each hit shows what it is in the UI language (facts described from
their properties), its context snippet and where it comes from (document, jurisdiction), linking to the boxed
sentence in the reader. Facets count the documents among the matches and filter every list. An English query
that names concepts (hospital → 医院) also finds the documents and facts that use the concepts' Chinese names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from graph_store.sidecar import KIND_RANK, Hit
from web.i18n import current_lang, translate
from web.pages.data import index, labels, prefetch
from web.pages.entities import evidence_href
from web.pages.facts import describe, fact_props
from web.pages.headers import set_alternates
from web.pages.links import href
from web.pages.text import HAN, no_gaps
from web.view_models import Link

bp = Blueprint("search", __name__)

FACETS = ("level", "province", "year", "status", "issuer", "topic", "topic_zh")
"""Facets a search may filter by; the topic is shown in the UI's language (topic_zh: the manifest's subject_zh)."""


def _shown_facets(lang: str, values: dict[str, dict[str, int]]) -> tuple[str, ...]:
    """The facets shown: one topic facet, in the UI language where the corpus states it."""
    hidden = "topic" if lang != "en" and values.get("topic_zh") else "topic_zh"
    return tuple(f for f in FACETS if f != hidden)
PAGE = 50
FACT_KINDS = ("target", "observation", "department", "citation", "provision")
CONCEPT_KINDS = ("indicator", "department-type", "institution-type", "population")
GROUPS = (("documents", ("document",)), ("facts", FACT_KINDS), ("entities", ("institution", "programme", "agency")),
          ("concepts", (*CONCEPT_KINDS, "jurisdiction")))
EXPANSIONS = 3
"""Concepts an English query is expanded to (one more index search each, a few hits each)."""
EXPANDED_HITS = 8
EXPANDED_WINDOW = 100
"""Matches per tier an expansion ranks (the search's own WINDOW is 1 000)."""


@dataclass
class ShownHit:
    iri: str
    kind: str
    label: str
    snippet: str
    href: str
    document: Link | None
    jurisdiction: str
    lang: str
    also: list[str] = field(default_factory=list)
    """Links to the same statement made again elsewhere in the same document (one hit, several places)."""


@dataclass
class Group:
    key: str
    hits: list[ShownHit] = field(default_factory=list)


@dataclass
class Expansion:
    concept: Link
    term: str
    hits: list[ShownHit]


def _facet_label(name: str, value: str, lang: str) -> str:
    if value.startswith(("http://", "https://")):
        return labels().label(value, lang) or value
    if name == "status":
        return translate("status." + value, lang) if value in ("draft", "final") else value
    return value


def _kind_of(h: Hit) -> str:
    return next((g for g, kinds in GROUPS if h.kind in kinds), "concepts")


@bp.route("/search", endpoint="search")
def search_page() -> str | Response:
    lang = current_lang()
    q = request.args.get("q", "").strip()[:200]
    kind = request.args.get("kind", "")
    offset = int(request.args.get("offset", "0")) if request.args.get("offset", "0").isdigit() else 0
    chosen = {name: request.args.get(name, "") for name in FACETS if request.args.get(name)}
    idx = index()
    exact_ids = idx.by_number(q) if q else []
    result = idx.search(q, kinds=[kind] if kind else [], facets=chosen, limit=PAGE, offset=offset) if q else None
    hits = list(result.hits) if result else []
    expansions_raw: list[tuple[str, str, list[Hit]]] = []
    if q and not HAN.search(q) and not kind and offset == 0:
        expansions_raw = expand(q, hits, chosen, lang)
    every = hits + [h for _, _, hs in expansions_raw for h in hs]
    docs = idx.documents_by_id(sorted({h.doc for h in every if h.doc} | set(exact_ids)))
    facet_values = result.facets if result else {}
    prefetch([v for values in facet_values.values() for v in values if v.startswith("http")]
             + [h.iri for h in every if h.kind not in FACT_KINDS and h.kind != "document"]
             + [d["jurisdiction_iri"] for d in docs.values() if d and d["jurisdiction_iri"]]
             + [c for c, _, _ in expansions_raw])
    described = fact_props([h.iri for h in every if h.kind in FACT_KINDS and h.kind != "provision"])
    index_ = labels()

    def doc_link(doc_id: str) -> Link | None:
        d = docs.get(doc_id)
        if not d:
            return None
        title = d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or doc_id
        return Link(d["iri"], title, href(d["iri"]))

    def hit_href(h: Hit) -> str:
        d = docs.get(h.doc)
        if d and h.anchor and h.kind not in ("document", "provision"):
            start, _, end = h.anchor.partition("-")
            return evidence_href(d["iri"], start, end)
        return href(h.iri)

    def shown(h: Hit) -> ShownHit:
        d = docs.get(h.doc)
        label = h.label
        if h.kind == "document" and d:
            label = d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or h.label
        elif h.iri in described:
            label = describe(described[h.iri], index_, lang) or h.label
        elif h.kind not in FACT_KINDS:
            label = index_.label(h.iri, lang) or h.label
        place = ""
        if d:
            place = index_.label(d["jurisdiction_iri"], lang) if d["jurisdiction_iri"] else d["jurisdiction"] or ""
        snippet = no_gaps(h.snippet) if h.snippet and h.snippet not in (h.label, label) else ""
        return ShownHit(h.iri, h.kind, no_gaps(label), snippet, hit_href(h),
                        doc_link(h.doc) if h.kind != "document" else None, place, h.lang)

    groups: list[Group] = []
    seen: dict[tuple[str, str, str, str], ShownHit] = {}
    for h in hits:
        key = _kind_of(h)
        hit = shown(h)
        same = (hit.kind, hit.label, hit.snippet, h.doc)
        if h.doc and same in seen:  # the same statement again in the same document: one hit, several places
            seen[same].also.append(hit.href)
            continue
        seen[same] = hit
        if not groups or groups[-1].key != key:
            groups.append(Group(key))
        groups[-1].hits.append(hit)
    expansions = [Expansion(Link(c, index_.label(c, lang) or term, href(c)), term, _once([shown(h) for h in hs]))
                  for c, term, hs in expansions_raw]
    facets = [(name, sorted(((v, _facet_label(name, v, lang), n) for v, n in facet_values.get(name, {}).items()),
                            key=lambda x: (-x[2], x[1]))) for name in _shown_facets(lang, facet_values)
              if facet_values.get(name)]
    kinds = sorted((result.by_kind.items() if result else ()), key=lambda kv: (KIND_RANK.get(kv[0], 9), kv[0]))
    exact = [doc_link(d) for d in exact_ids if docs.get(d)]
    total = result.total if result else 0
    capped = bool(result and result.capped)
    more = offset + PAGE < (result.reachable if result else 0)
    if request.args.get("format") == "json":
        return jsonify({"q": q, "total": total, "capped": capped, "kinds": dict(kinds),
                        "exact": [e.iri for e in exact if e],
                        "hits": [{"iri": h.iri, "kind": h.kind, "label": h.label, "snippet": h.snippet,
                                  "href": h.href, "document": h.document.iri if h.document else "",
                                  "jurisdiction": h.jurisdiction, "lang": h.lang}
                                 for g in groups for h in g.hits],
                        "expanded": [{"concept": e.concept.iri, "term": e.term,
                                      "hits": [{"iri": h.iri, "kind": h.kind, "label": h.label} for h in e.hits]}
                                     for e in expansions],
                        "facets": {n: {v: c for v, _, c in vals} for n, vals in facets}})
    args = request.args.to_dict()

    def search_url(**changes: str | int) -> str:
        merged = {**args, **{k: str(v) for k, v in changes.items()}}
        return url_for("search.search", **{k: v for k, v in merged.items() if v != ""})

    if q:
        set_alternates((search_url(format="json"), "application/json"))
    return render_template(
        "search.html", q=q, chosen=chosen, kind=kind, kinds=kinds, exact=exact, groups=groups, total=total,
        facets=facets, search_url=search_url, offset=offset, page=PAGE, more=more, expansions=expansions,
        capped=capped, cap=result.cap if result else 0, window=result.window if result else 0,
        facet_label=lambda name, value: _facet_label(name, value, lang))


def _once(hits: list[ShownHit]) -> list[ShownHit]:
    """Hits as shown, each statement once per document (a table restating a prose target reads the same)."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for h in hits:
        key = (h.kind, h.label, h.snippet, h.document.iri if h.document else "")
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def expand(q: str, hits: list[Hit], chosen: dict[str, str], lang: str) -> list[tuple[str, str, list[Hit]]]:
    """For an English query: the first concepts it names, each with the documents and facts that use the
    concept's Chinese name (at most EXPANSIONS extra searches of EXPANDED_HITS hits, the shortest of each tier's
    first EXPANDED_WINDOW matches: a concept's name is in most documents, and bm25 reads all of them)."""
    concepts = [h for h in hits if h.kind in CONCEPT_KINDS][:EXPANSIONS]
    if not concepts:
        return []
    index_ = prefetch([h.iri for h in concepts])
    out = []
    seen = {h.iri for h in hits}
    for h in concepts:
        term = index_.label(h.iri, "zh")
        if not term or not HAN.search(term):
            continue
        found = index().search(term, kinds=("document", *FACT_KINDS), facets=chosen, limit=EXPANDED_HITS, counts=False,
                               window=EXPANDED_WINDOW, by_length=True)
        fresh = [x for x in found.hits if x.iri not in seen]  # a statement restated reads once as shown (_once)
        seen.update(x.iri for x in fresh)
        if fresh:
            out.append((h.iri, term, fresh))
    return out
