"""The SPARQL editor (YASGUI, served locally), the canned-query gallery, and the term/prefix APIs it uses."""

from __future__ import annotations

import csv
import io
import json
import shlex
from dataclasses import replace
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, jsonify, make_response, render_template, request, url_for

from graph_store.base import QueryResult
from graph_store.catalogue import CannedQuery
from graph_store.paging import paged
from ontology.namespaces import PREFIXES, sparql_prefixes
from policykg.errors import NotFound, QueryError
from web.i18n import current_lang
from web.pages.csp import CSP
from web.pages.data import catalogue, prefetch, rows, store
from web.pages.entities import link

bp = Blueprint("query", __name__)

DEFAULT_QUERY = "SELECT ?document ?title WHERE {\n  ?document a pkg:PolicyDocument ; eli:title ?title .\n}\nLIMIT 20\n"


@bp.route("/query")
def editor() -> Response:
    initial = request.args.get("query") or sparql_prefixes() + "\n" + DEFAULT_QUERY
    resp = make_response(render_template("editor.html", initial=initial, endpoint=url_for("sparql.sparql"),
                                         terms=url_for("query.terms"), prefixes=url_for("query.prefixes")))
    # YASGUI (CodeMirror) sets inline style attributes; scripts stay 'self' only.
    resp.headers["Content-Security-Policy"] = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return resp


@bp.route("/api/terms")
def terms() -> Response:
    """This ontology's own classes and properties, for the editor's completers (instead of the online LOV)."""
    classes = [r["class"] for r in rows("ui-ontology-classes")]
    properties = [r["property"] for r in rows("ui-ontology-properties")]
    return jsonify({"classes": classes, "properties": properties})


@bp.route("/api/prefixes")
def prefixes() -> Response:
    """The project's prefixes in prefix.cc form (the editor's prefix completer reads it)."""
    return jsonify(PREFIXES)


@bp.route("/queries")
def gallery() -> str:
    queries = catalogue().all()
    public = [q for q in queries if "ui" not in q.tags]
    pages = [q for q in queries if "ui" in q.tags]
    return render_template("gallery.html", public=public, pages=pages)


def _canned(query_id: str) -> CannedQuery:
    try:
        return catalogue().get(query_id)
    except NotFound:
        abort(404)


def _values(q: CannedQuery) -> dict[str, str]:
    return {p.name: request.args.get(p.name, p.default) for p in q.params}


PAGE = 200
"""Rows shown per page of a canned query's answer."""


def _run(q: CannedQuery, values: dict[str, str], page: bool = False) -> QueryResult:
    """The answer (downloads: up to settings.result_limit rows) or one page of it (the gallery).

    A page of a query nothing narrows (no parameter given) is read in the store's order, not sorted: sorting a
    corpus-wide list would read all of it first (graph_store.paging); downloads keep the query's order."""
    bound = {k: v for k, v in values.items() if v}
    if not page:
        limit = current_app.config["POLICYKG"].result_limit
        return store().query(q.text, q.bindings(bound), limit=limit)
    offset = _offset()
    size = page_size()
    narrowed = any(v and v != p.default for p in q.params for k, v in values.items() if k == p.name) or \
        not any(not p.required for p in q.params)
    text = paged(q.text, size + 1, offset, keep_order=narrowed or not q.params)
    result = store().query(text, q.bindings(bound))
    if result.kind != "select":
        return result
    return replace(result, rows=result.rows[:size], truncated=len(result.rows) > size)


def page_size() -> int:
    return min(PAGE, current_app.config["POLICYKG"].result_limit)


def _offset() -> int:
    value = request.args.get("offset", "0")
    return int(value) if value.isdigit() else 0


@bp.route("/queries/<query_id>")
def canned(query_id: str) -> str | Response:
    for suffix, fmt in ((".csv", "csv"), (".json", "json")):
        if query_id.endswith(suffix):
            return download(_canned(query_id.removesuffix(suffix)), fmt)
    q = _canned(query_id)
    values = _values(q)
    result, error = None, ""
    if request.args.get("run"):
        try:
            result = _run(q, values, page=True)
        except QueryError as exc:
            error = exc.message
    lang = current_lang()
    if result is not None and result.kind == "select":
        prefetch([c["value"] for r in result.rows for c in r.values() if c.get("type") == "uri"])
    table = _table(result, lang) if result is not None and result.kind == "select" else []
    args = urlencode({k: v for k, v in values.items() if v})
    offset = _offset()
    next_args = urlencode({**values, "run": "1", "offset": offset + page_size()})
    truncated = result is not None and result.truncated
    next_url = f"{url_for('query.canned', query_id=q.id)}?{next_args}" if truncated else ""
    csv_url = url_for("query.canned", query_id=q.id + ".csv", _external=True) + (f"?{args}" if args else "")
    return render_template(
        "canned.html", q=q, values=values, result=result, table=table, error=error,
        permalink=url_for("query.canned", query_id=q.id, _external=True) + "?" + urlencode({**values, "run": "1"}),
        csv_url=csv_url, json_url=csv_url.replace(".csv", ".json", 1), curl="curl " + shlex.quote(csv_url),
        editor_url=url_for("query.editor", query=q.text), next_url=next_url, offset=offset)


def _table(result: QueryResult, lang: str) -> list[list]:
    out = []
    for row in result.rows:
        cells = []
        for v in result.variables:
            term = row.get(v)
            if term is None:
                cells.append("")
            elif term["type"] == "uri":
                cells.append(link(term["value"], lang))
            else:
                cells.append(term["value"])
        out.append(cells)
    return out


def download(q: CannedQuery, fmt: str) -> Response:
    """The canned query's answer as CSV or standard SPARQL JSON (truncation stated in headers, as on /sparql)."""
    result = _run(q, _values(q))
    headers = {"Content-Disposition": f'attachment; filename="{q.id}.{fmt}"',
               "X-PolicyKG-Truncated": "true" if result.truncated else "false"}
    if result.truncated:
        headers["X-PolicyKG-Rows"] = str(len(result.rows))
    if fmt == "json":
        return Response(json.dumps(result.to_json(), ensure_ascii=False), mimetype="application/sparql-results+json",
                        headers=headers)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([[r[v] for v in result.variables] for r in result.values()])
    return Response(buf.getvalue(), mimetype="text/csv", headers=headers)


