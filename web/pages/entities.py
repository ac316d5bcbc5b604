"""Linked-data pages for every IRI of the graph: `/<path>` for IRIs under the base, `/resource?iri=` for others."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request

from ontology.namespaces import RDF, RDFS, SKOS
from web.i18n import current_lang
from web.pages.data import ask, labels, page_rows, prefetch, rows
from web.pages.links import SUFFIX_OF_FORMAT, curie, href, iri_for_path, split_suffix
from web.pages.negotiation import rdf_response, requested_format
from web.view_models import EntityPage, Link, Property, Quote

bp = Blueprint("entities", __name__)

LABEL_PREDICATES = {RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"}
PAGE = 100
"""Incoming links and quotes shown per page (an agency named in ten thousand plans has that many)."""


def link(iri: str, lang: str | None = None) -> Link:
    """A Link with the IRI's best label in the page language (its CURIE or local name if it has none)."""
    label = labels().label(iri, lang or current_lang())
    return Link(iri, label or curie(iri), href(iri))


@bp.route("/resource")
def resource() -> Response | str:
    iri = request.args.get("iri", "").strip()
    if not iri:
        abort(404)
    fmt = request.args.get("format", "")
    return describe(iri, requested_format(fmt if fmt in SUFFIX_OF_FORMAT else None))


@bp.route("/<path:path>")
def under_base(path: str) -> Response | str:
    stem, fmt = split_suffix(path)
    return describe(iri_for_path(stem), requested_format(fmt))


def describe(iri: str, fmt: str | None) -> Response | str:
    """The entity page of `iri` (404 when the graph does not know it), or its RDF in `fmt`."""
    if not ask("ui-entity-exists", iri=iri):
        abort(404)
    if fmt:
        return rdf_response("ui-entity-describe", fmt, iri=iri)
    return render_template("entity.html", page=entity_page(iri))


def entity_page(iri: str) -> EntityPage:
    lang = current_lang()
    offset = max(0, int(request.args.get("offset", "0") or 0)) if request.args.get("offset", "0").isdigit() else 0
    out = rows("ui-entity-out", iri=iri)
    incoming_rows, more_in = page_rows("ui-entity-in", PAGE, offset, keep_order=False, iri=iri)
    evidence_rows, more_quotes = page_rows("ui-entity-evidence", PAGE, offset, keep_order=False, iri=iri)
    more = more_in or more_quotes
    index = prefetch([iri, *(r["p"] for r in out), *(r["o"] for r in out if r["o"].startswith("http")),
                      *(v for r in incoming_rows for v in (r["s"], r["p"])),
                      *(v for r in evidence_rows for v in (r["doc"], r["fact"]))])
    types = sorted({r["o"] for r in out if r["p"] == RDF + "type"})
    grouped: dict[str, list[Link | str]] = {}
    names: list[tuple[str, str]] = []
    for r in out:
        if r["p"] in LABEL_PREDICATES:
            names.append((r["o"], r.get("o_lang", "")))
            continue
        if r["p"] == RDF + "type":
            continue
        value: Link | str = link(r["o"], lang) if r["o"].startswith(("http://", "https://")) else r["o"]
        grouped.setdefault(r["p"], []).append(value)
    properties = [Property(link(p, lang), values) for p, values in sorted(grouped.items(), key=lambda kv: curie(kv[0]))]
    incoming = [(link(r["s"], lang), link(r["p"], lang)) for r in incoming_rows
                if not r["s"].startswith(iri + "/evidence")]
    quotes = [
        Quote(link(r["doc"], lang), r["quote"],
              evidence_href(r["doc"], r["start"], r["end"], r["norm_start"], r["norm_end"]), link(r["fact"], lang))
        for r in evidence_rows
    ]
    formats = [(name, entity_format_href(iri, name)) for name in SUFFIX_OF_FORMAT]
    entity = link(iri, lang)
    if not index.label(iri, lang) and types and quotes:  # an unlabelled fact: name it by its type and quote
        entity = Link(iri, f"{link(types[0], lang).label}: {quotes[0].quote[:40]}", entity.href)
    return EntityPage(entity, [(c or "—", t) for t, c in dict.fromkeys(names)], [link(t, lang) for t in types],
                      properties, incoming, quotes, formats, f"?offset={offset + PAGE}" if more else "")


def evidence_href(doc: str, start: str, end: str, norm_start: str = "", norm_end: str = "") -> str:
    """A link into the document with the evidence span focused: in the normalised text (the default view) when
    the span's normalised offsets are known, else in the raw text at its raw offsets [start, end)."""
    if norm_start and norm_end:
        return f"{href(doc)}?view=normalised&at={norm_start}-{norm_end}#at"
    return f"{href(doc)}?view=raw&at={start}-{end}#at"


def entity_format_href(iri: str, fmt: str) -> str:
    page = href(iri)
    suffix = SUFFIX_OF_FORMAT[fmt]
    if page.startswith("/resource?"):
        return f"{page}&format={fmt}"
    return page + suffix

