"""Search over every label (simplified, traditional, pinyin with or without tones, English), 文号 lookup, facets."""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, Response, jsonify, render_template, request

from web.i18n import current_lang
from web.pages.data import cached, labels
from web.pages.entities import link
from web.pages.search_index import FACETS, SearchIndex, build_search_index, search, simplify

bp = Blueprint("search", __name__)


def index() -> SearchIndex:
    return cached("search", lambda: build_search_index(labels()))


def _facet_label(name: str, value: str, lang: str) -> str:
    if value.startswith(("http://", "https://")):
        return link(value, lang).label
    return value


@bp.route("/search", endpoint="search")
def search_page() -> str | Response:
    lang = current_lang()
    q = request.args.get("q", "").strip()[:200]
    chosen = {name: request.args.get(name, "") for name in FACETS if request.args.get(name)}
    idx, names = index(), labels()
    exact, hits = search(idx, names, q) if q else ([], [])
    hit_iris = {h.iri for h in hits} | set(exact)
    items = [i for i in idx.items if all(v in i.facets.get(k, set()) for k, v in chosen.items())]
    if q:
        key = simplify(q)
        items = [i for i in items if i.iri in hit_iris or i.doc in hit_iris or key in simplify(names.label(i.doc))]
    counts = {name: Counter(v for i in items for v in i.facets.get(name, ())) for name in FACETS}
    facets = [(name, sorted(((v, _facet_label(name, v, lang), n) for v, n in c.items()), key=lambda x: (-x[2], x[1])))
              for name, c in counts.items() if c]
    if request.args.get("format") == "json":
        return jsonify({"q": q, "exact": exact, "hits": [{"iri": h.iri, "label": h.text, "matched": h.matched}
                                                          for h in hits], "items": [i.iri for i in items]})
    return render_template(
        "search.html", q=q, chosen=chosen, exact=[link(i, lang) for i in exact],
        hits=[(link(h.iri, lang), h.matched, [link(t, lang) for t in h.types]) for h in hits],
        items=[(i.kind, link(i.iri, lang), link(i.doc, lang)) for i in items[:300]], n_items=len(items),
        facets=facets, args=request.args.to_dict())

