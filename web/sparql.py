"""SPARQL 1.1 Protocol endpoint at /sparql (query via GET, POST form, POST sparql-query)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request

from graph_store.base import GraphStore
from policykg.errors import QueryError

bp = Blueprint("sparql", __name__)


def _query_text() -> str:
    if request.method == "POST":
        ctype = (request.mimetype or "").lower()
        if ctype == "application/sparql-query":
            return request.get_data(as_text=True)
        if ctype == "application/x-www-form-urlencoded":
            return request.form.get("query", "")
        if ctype == "application/sparql-update" or "update" in request.form:
            raise QueryError("SPARQL updates are not accepted by this endpoint")
        raise QueryError(f"unsupported content type {ctype!r}")
    return request.args.get("query", "")


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    text = _query_text()
    if not text.strip():
        return jsonify({"error": "Bad Request", "message": "missing query parameter"}), 400
    store: GraphStore = current_app.extensions["policykg.store"]
    settings = current_app.config["POLICYKG"]
    try:
        result = store.query(text, limit=settings.result_limit)
    except QueryError as exc:
        return Response(f"Malformed query: {exc.message}\n", status=400, mimetype="text/plain")
    resp = jsonify(result.to_json())
    resp.mimetype = "application/sparql-results+json"
    return resp
