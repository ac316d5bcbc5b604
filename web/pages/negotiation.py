"""Content negotiation for linked-data pages: HTML for browsers; Turtle, JSON-LD, N-Triples or RDF/XML by `Accept`
or suffix; 406 when `Accept` names none of them. RDF answers carry `Vary: Accept` and CORS headers."""

from __future__ import annotations

from flask import Response, current_app, request
from werkzeug.exceptions import NotAcceptable

from graph_store.formats import serialize_result
from web.pages.data import run_query

# our suffix/format names → graph_store.formats names and the media types they answer to
RDF_MEDIA = {
    "turtle": ("turtle", ("text/turtle", "application/x-turtle")),
    "json-ld": ("jsonld", ("application/ld+json",)),
    "n-triples": ("ntriples", ("application/n-triples",)),
    "rdf-xml": ("rdfxml", ("application/rdf+xml",)),
}
HTML_MEDIA = ("text/html", "application/xhtml+xml")
JSON_AS = "json-ld"
"""A client asking for plain application/json gets JSON-LD."""


def requested_format(suffix_format: str | None) -> str | None:
    """The RDF format asked for (suffix first, then Accept), or None for HTML; NotAcceptable (406) when `Accept`
    names nothing this page can send."""
    if suffix_format:
        return suffix_format
    accept = request.accept_mimetypes
    if not accept:
        return None
    offered = [*HTML_MEDIA, *(m for _, media in RDF_MEDIA.values() for m in media), "application/json"]
    best = accept.best_match(offered)
    if best is None:
        raise NotAcceptable(f"this resource is available as {', '.join(offered)}")
    if best in HTML_MEDIA:
        return None
    if best == "application/json":
        return JSON_AS
    return next(name for name, (_, media) in RDF_MEDIA.items() if best in media)


def rdf_response(query: str, fmt: str, **params: str) -> Response:
    """Run a CONSTRUCT canned query and send it in `fmt` (with Vary: Accept and CORS headers)."""
    result = run_query(query, **params)
    out = serialize_result(result, RDF_MEDIA[fmt][0])
    resp = Response(out.data, mimetype=out.mimetype)
    resp.vary.add("Accept")
    return cors(resp)


def cors(resp: Response) -> Response:
    """Access-Control-Allow-Origin per settings.cors_origins ('*', a comma-separated list, or empty = off)."""
    origins = current_app.config["POLICYKG"].cors_origins.strip()
    origin = request.headers.get("Origin", "")
    if origins == "*":
        resp.headers["Access-Control-Allow-Origin"] = "*"
    elif origins and origin and origin in {o.strip() for o in origins.split(",")}:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.vary.add("Origin")
    else:
        return resp
    resp.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Link"
    return resp
