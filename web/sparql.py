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
from urllib.parse import parse_qsl

from flask import Blueprint, Response, current_app, redirect, request

from graph_store.base import GraphStore
from graph_store.formats import GRAPH_FORMATS, Format, format_named, formats_for
from graph_store.safety import check_query
from policykg.errors import (
    NotFound,
    Overloaded,
    PolicyKGError,
    QueryError,
    QueryRefused,
    QueryTimeout,
    StoreError,
    TooManyRequests,
    WorkerCrashed,
)
from policykg.settings import Settings
from web.limits import ClientLimiter

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


STATUS = {NotAcceptable: 406, UnsupportedMedia: 415, QueryRefused: 403, TooManyRequests: 429, Overloaded: 503,
          QueryTimeout: 503, WorkerCrashed: 500, StoreError: 503, NotFound: 404, QueryError: 400}
RETRY_AFTER = {TooManyRequests: "1", Overloaded: "2"}


@dataclass(frozen=True)
class ProtocolRequest:
    """A SPARQL Protocol request, read from GET parameters, a form or a direct POST body."""

    query: str | None
    """None when the request carries no query at all (a bare GET)."""
    default_graphs: list[str]
    named_graphs: list[str]
    format: str


def _decoded(raw: bytes, where: str) -> list[tuple[str, str]]:
    """`application/x-www-form-urlencoded` pairs, decoded strictly as UTF-8 (malformed bytes are a 400)."""
    try:
        return parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise QueryError(f"the {where} is not valid UTF-8 once percent-decoded ({exc.reason} at byte {exc.start})") \
            from None


def read_request() -> ProtocolRequest:
    """The query operation's parts, read strictly (Protocol §2.1): one `query`, non-empty, valid UTF-8."""
    if request.method == "POST":
        ctype = (request.mimetype or "").lower()
        if ctype == "application/sparql-update":
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        url_pairs = _decoded(request.query_string, "query string")
        if ctype == "application/sparql-query":
            body = request.get_data(cache=True)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise QueryError(f"the query body is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
            if any(k == "query" for k, _ in url_pairs):
                raise QueryError("send the query either as the body or as `query=`, not both")
            pairs, queries = url_pairs, [text]
        elif ctype == "application/x-www-form-urlencoded":
            pairs = url_pairs + _decoded(request.get_data(cache=True), "form body")
            queries = [v for k, v in pairs if k == "query"]
            if any(k == "update" for k, _ in pairs):
                raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
            if not queries:
                raise QueryError("missing query: send it as `query=` or as an application/sparql-query body")
        else:
            raise UnsupportedMedia(f"POST a query as application/sparql-query or a form, not {ctype or 'no type'!r}")
    else:
        pairs = _decoded(request.query_string, "query string")
        if any(k == "update" for k, _ in pairs):
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        queries = [v for k, v in pairs if k == "query"]
    if len(queries) > 1:
        raise QueryError(f"{len(queries)} `query` parameters: a request carries exactly one query")
    if queries and not queries[0].strip():
        raise QueryError("empty query: `query=` holds no text")
    values = {k: [v for k2, v in pairs if k2 == k] for k in ("default-graph-uri", "named-graph-uri", "format",
                                                            "output")}
    requested = (values["format"] or values["output"] or [""])[0]
    return ProtocolRequest(queries[0] if queries else None, values["default-graph-uri"], values["named-graph-uri"],
                           requested)


def negotiate(table: dict[str, Format], requested: str) -> Format:
    """The format to answer in: `format=` first, then `Accept`, else the form's default; NotAcceptable if none fits."""
    offered = ", ".join(f.mimetype for f in table.values())
    if requested:
        found = format_named(table, requested)
        if found is None:
            raise NotAcceptable(f"format {requested!r} does not fit this query; use one of {', '.join(table)}")
        return found
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
    if op.query is None:
        return service_description(op.format)
    settings = _settings()
    checked = check_query(op.query, settings.allow_service)
    fmt = negotiate(formats_for(checked.kind), op.format)
    store: GraphStore = current_app.extensions["policykg.sparql_store"]
    limiter: ClientLimiter = current_app.extensions["policykg.client_limiter"]
    with limiter.slot(request.remote_addr or "?"):
        answer = store.query_serialized(op.query, fmt.name, limit=settings.result_limit,
                                        default_graphs=op.default_graphs or None,
                                        named_graphs=op.named_graphs or None, base_iri=request.base_url)
    resp = Response(answer.data, mimetype=fmt.mimetype)
    if fmt.mimetype.startswith("text/") or fmt.name in ("json", "jsonld"):
        resp.charset = "utf-8"
    resp.headers["X-PolicyKG-Truncated"] = "true" if answer.truncated else "false"
    if answer.truncated:
        resp.headers["X-PolicyKG-Rows"] = str(answer.count)
        resp.headers["X-PolicyKG-Notice"] = (f"only the first {answer.count} results are returned (result limit); "
                                             "add LIMIT/OFFSET to page")
    resp.headers["X-PolicyKG-Elapsed"] = f"{answer.elapsed:.4f}"
    resp.vary.add("Accept")
    return resp


def service_description(requested: str) -> Response:
    """Browsers go to the editor; other clients get the service description and VoID as RDF."""
    if not requested and _wants_html():
        resp = redirect(request.script_root + EDITOR_PATH, code=303)
        resp.vary.add("Accept")  # chosen by Accept like any other answer here: caches must key on it
        return resp
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
              429: "Too many requests", 500: "Server error", 503: "Unavailable", 404: "Not found"}
    body = f"{labels.get(status, 'Error')}: {exc.message}{where}\n"
    if status >= 500:
        log.warning("SPARQL request failed (%s): %s", exc.code, exc.message)
    resp = Response(body, status=status, mimetype="text/plain")
    resp.charset = "utf-8"
    resp.headers["X-PolicyKG-Error"] = exc.code
    retry = next((v for cls, v in RETRY_AFTER.items() if isinstance(exc, cls)), None)
    if retry:
        resp.headers["Retry-After"] = retry
    resp.vary.add("Accept")
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
