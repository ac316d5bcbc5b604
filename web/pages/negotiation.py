"""Content negotiation for linked-data pages: HTML for browsers; Turtle, JSON-LD, N-Triples by Accept or suffix."""

from __future__ import annotations

from flask import Response, request

from graph_store.formats import serialize_result
from web.pages.data import run_query

# our suffix/format names → graph_store.formats names and the media types they answer to
RDF_MEDIA = {
    "turtle": ("turtle", ("text/turtle", "application/x-turtle")),
    "json-ld": ("jsonld", ("application/ld+json",)),
    "n-triples": ("ntriples", ("application/n-triples",)),
}


def requested_format(suffix_format: str | None) -> str | None:
    """The RDF format asked for (suffix first, then Accept), or None for HTML."""
    if suffix_format:
        return suffix_format
    offered = ["text/html"] + [m for _, (_, media) in RDF_MEDIA.items() for m in media]
    best = request.accept_mimetypes.best_match(offered, default="text/html")
    if best == "text/html":
        return None
    for name, (_, media) in RDF_MEDIA.items():
        if best in media:
            return name
    return None


def rdf_response(query: str, fmt: str, **params: str) -> Response:
    """Run a CONSTRUCT canned query and send it in `fmt`."""
    result = run_query(query, **params)
    out = serialize_result(result, RDF_MEDIA[fmt][0])
    resp = Response(out.data, mimetype=out.mimetype)
    resp.vary.add("Accept")
    return resp
