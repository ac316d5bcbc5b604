"""Search: the index built with the graph (graph_store.sidecar), over every label and quote in simplified and
traditional script, pinyin with or without tones, and English; exact lookup of 文号; facets over every match.

Documents rank first, then facts (targets, requirements, provisions, citations), then entities, then vocabulary
concepts; each hit shows its document and a context snippet. Facets count the documents among the matches and
filter every list.
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from graph_store.sidecar import KIND_RANK
from web.i18n import current_lang
from web.pages.data import index, labels, prefetch
from web.pages.entities import evidence_href, link
from web.pages.links import href
from web.view_models import Link

bp = Blueprint("search", __name__)

FACETS = ("level", "province", "year", "status", "issuer", "topic")
PAGE = 50


def _facet_label(value: str, lang: str) -> str:
    return labels().label(value, lang) or value if value.startswith(("http://", "https://")) else value


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
    hits = result.hits if result else ()
    docs = {d: idx.document(d) for d in {h.doc for h in hits if h.doc} | set(exact_ids)}
    facet_values = result.facets if result else {}
    prefetch([v for values in facet_values.values() for v in values if v.startswith("http")]
             + [h.iri for h in hits if h.kind in ("indicator", "agency")])

    def doc_link(doc_id: str) -> Link | None:
        d = docs.get(doc_id)
        if not d:
            return None
        title = d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or doc_id
        return Link(d["iri"], title, href(d["iri"]))

    def hit_href(h) -> str:  # noqa: ANN001
        d = docs.get(h.doc)
        if d and h.anchor and h.kind not in ("document",):
            start, _, end = h.anchor.partition("-")
            return evidence_href(d["iri"], start, end) if h.kind != "provision" else href(h.iri)
        return href(h.iri)

    shown = [{"iri": h.iri, "kind": h.kind, "label": h.label, "snippet": h.snippet if h.snippet != h.label else "",
              "href": hit_href(h), "document": doc_link(h.doc), "lang": h.lang,
              "jurisdiction": (docs[h.doc]["jurisdiction"] if docs.get(h.doc) else "")}
             for h in hits]
    facets = [(name, sorted(((v, _facet_label(v, lang), n) for v, n in facet_values.get(name, {}).items()),
                            key=lambda x: (-x[2], x[1]))) for name in FACETS if facet_values.get(name)]
    kinds = sorted((result.by_kind.items() if result else ()), key=lambda kv: (KIND_RANK.get(kv[0], 9), kv[0]))
    exact = [link(docs[d]["iri"], lang) for d in exact_ids if docs.get(d)]
    more = offset + PAGE < (result.total if result else 0)
    if request.args.get("format") == "json":
        return jsonify({"q": q, "total": result.total if result else 0, "kinds": dict(kinds),
                        "exact": [e.iri for e in exact],
                        "hits": [{k: (v.iri if isinstance(v, Link) else v) for k, v in h.items()} for h in shown],
                        "facets": {n: {v: c for v, _, c in vals} for n, vals in facets}})
    args = request.args.to_dict()

    def search_url(**changes: str | int) -> str:
        return url_for("search.search", **{**args, **{k: str(v) for k, v in changes.items()}})

    return render_template(
        "search.html", q=q, chosen=chosen, kind=kind, kinds=kinds, exact=exact, hits=shown,
        total=result.total if result else 0, facets=facets, search_url=search_url, offset=offset, page=PAGE,
        more=more)
