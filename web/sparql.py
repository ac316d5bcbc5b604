"""The SPARQL 1.1 Protocol endpoint at /sparql.

- Query by GET `?query=`, POST `application/x-www-form-urlencoded` (`query=`) or POST
  `application/sparql-query`; `default-graph-uri` / `named-graph-uri` select the dataset (otherwise the
  default graph is the union of all graphs when settings.union_default_graph is on).
- The answer format comes from one table per query form (graph_store.formats): SELECT/ASK as SPARQL
  JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, JSON-LD or RDF/XML.
  `format=` (or `output=`) takes a short name or a media type and wins over `Accept`; an `Accept` that
  names none of the form's types gets 406 with the list.
- A bare GET answers browsers (`Accept: text/html`) with a redirect to the query editor `/query`, and
  everyone else with the SPARQL service description + VoID (Turtle, or per `Accept`).
- Refusals: updates (incl. LOAD) 403, SERVICE 403 unless settings.allow_service, malformed 400 with
  line:column, timeout 503; results beyond settings.result_limit are cut with `X-PolicyKG-Truncated`
  (and a `policykg` member in JSON). CORS per settings.cors_origins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Blueprint, Response, current_app, redirect, request

from graph_store.base import GraphStore
from graph_store.formats import GRAPH_FORMATS, Format, formats_for
from graph_store.safety import check_query
from policykg.errors import NotFound, PolicyKGError, QueryError, QueryRefused, QueryTimeout, StoreError
from policykg.settings import Settings

log = logging.getLogger(__name__)

bp = Blueprint("sparql", __name__)

EDITOR_PATH = "/query"
"""The query editor page (served by the UI blueprint) that browsers are sent to."""


class NotAcceptable(PolicyKGError):
    """No format of the query's form matches the request's `Accept` or `format=`."""

    code = "not-acceptable"


class UnsupportedMedia(PolicyKGError):
    """A POST body in a content type the SPARQL Protocol does not define."""

    code = "unsupported-media-type"


STATUS = {NotAcceptable: 406, UnsupportedMedia: 415, QueryRefused: 403, QueryTimeout: 503, StoreError: 503,
          NotFound: 404, QueryError: 400}


@dataclass(frozen=True)
class ProtocolRequest:
    """A SPARQL Protocol request, read from GET parameters, a form or a direct POST body."""

    query: str
    default_graphs: list[str]
    named_graphs: list[str]
    format: str


def read_request() -> ProtocolRequest:
    """The query operation's parts; updates and unknown POST bodies are refused here."""
    args = request.args
    if request.method == "POST":
        ctype = (request.mimetype or "").lower()
        if ctype == "application/sparql-update":
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            query, params = request.get_data(as_text=True), args
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            params = request.values
            query = request.form.get("query", "")
            if "update" in request.form:
                raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        else:
            raise UnsupportedMedia(f"POST a query as application/sparql-query or a form, not {ctype or 'no type'!r}")
    else:
        params, query = args, args.get("query", "")
        if "update" in args:
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
    return ProtocolRequest(query, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"),
                           params.get("format") or params.get("output") or "")


def negotiate(table: dict[str, Format], requested: str) -> Format:
    """The format to answer in: `format=` first, then `Accept`, else the form's default; NotAcceptable if none fits."""
    offered = ", ".join(f.mimetype for f in table.values())
    if requested:
        for f in table.values():
            if requested.lower() in (f.name, *f.accepts):
                return f
        raise NotAcceptable(f"format {requested!r} does not fit this query; use one of {', '.join(table)}")
    accept = request.accept_mimetypes
    if not accept:
        return next(iter(table.values()))
    best = accept.best_match([m for f in table.values() for m in f.accepts])
    if best is None:
        raise NotAcceptable(f"cannot answer with {request.headers.get('Accept')!r}; available: {offered}")
    return next(f for f in table.values() if best in f.accepts)


def _settings() -> Settings:
    return current_app.config["POLICYKG"]


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    if request.method == "OPTIONS":
        return Response(status=204)
    op = read_request()
    if not op.query.strip():
        if request.method == "POST":
            raise QueryError("missing query: send it as `query=` or as an application/sparql-query body")
        return service_description(op.format)
    settings = _settings()
    checked = check_query(op.query, settings.allow_service)
    fmt = negotiate(formats_for(checked.kind), op.format)
    store: GraphStore = current_app.extensions["policykg.store"]
    answer = store.query_serialized(op.query, fmt.name, limit=settings.result_limit,
                                    default_graphs=op.default_graphs or None, named_graphs=op.named_graphs or None)
    resp = Response(answer.data, mimetype=fmt.mimetype)
    if fmt.mimetype.startswith("text/") or fmt.name in ("json", "jsonld"):
        resp.charset = "utf-8"
    resp.headers["X-PolicyKG-Truncated"] = "true" if answer.truncated else "false"
    if answer.truncated:
        resp.headers["X-PolicyKG-Rows"] = str(answer.count)
        resp.headers["X-PolicyKG-Notice"] = f"only the first {answer.count} results are returned (result limit)"
    resp.headers["X-PolicyKG-Elapsed"] = f"{answer.elapsed:.4f}"
    resp.vary.add("Accept")
    return resp


def service_description(requested: str) -> Response:
    """Browsers go to the editor; other clients get the service description and VoID as RDF."""
    if not requested and _wants_html():
        return redirect(request.script_root + EDITOR_PATH, code=303)
    from web.service_description import render_description

    return render_description(negotiate(GRAPH_FORMATS, requested))


def _wants_html() -> bool:
    """True when `Accept` names text/html itself at least as highly as any RDF type it names (a browser)."""
    explicit = {value: q for value, q in request.accept_mimetypes}
    html = max(explicit.get("text/html", 0), explicit.get("application/xhtml+xml", 0))
    rdf = max((explicit.get(m, 0) for f in GRAPH_FORMATS.values() for m in f.accepts), default=0)
    return html > 0 and html >= rdf


@bp.errorhandler(PolicyKGError)
def protocol_error(exc: PolicyKGError) -> Response:
    """SPARQL Protocol errors as text/plain with the status the error class maps to."""
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
    where = f" ({exc.location})" if exc.location and exc.location not in exc.message else ""
    labels = {400: "Malformed query", 403: "Refused", 406: "Not acceptable", 415: "Unsupported media type",
              503: "Unavailable", 404: "Not found"}
    body = f"{labels.get(status, 'Error')}: {exc.message}{where}\n"
    if status >= 500:
        log.warning("SPARQL request failed (%s): %s", exc.code, exc.message)
    resp = Response(body, status=status, mimetype="text/plain")
    resp.charset = "utf-8"
    resp.headers["X-PolicyKG-Error"] = exc.code
    return resp


@bp.after_request
def cors(resp: Response) -> Response:
    """Access-Control-* headers per settings.cors_origins ('*', a comma-separated list, or empty = off)."""
    origins = _settings().cors_origins.strip()
    if not origins:
        return resp
    origin = request.headers.get("Origin", "")
    if origins == "*":
        resp.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in {o.strip() for o in origins.split(",")}:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.vary.add("Origin")
    else:
        return resp
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, Authorization"
    resp.headers["Access-Control-Expose-Headers"] = "X-PolicyKG-Truncated, X-PolicyKG-Rows, X-PolicyKG-Notice"
    resp.headers["Access-Control-Max-Age"] = "86400"
    return resp
