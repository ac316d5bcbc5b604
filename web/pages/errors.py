"""One set of error handlers: an HTML page for browsers (404 for unknown IRIs and pages, 500 without a traceback),
JSON for every other client and for the API paths (/sparql, /api/). The format follows `Accept` (so every error
answer says `Vary: Accept`), and an HTTP error keeps the headers its status requires (405 `Allow`)."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from policykg.errors import NotFound, Overloaded, PolicyKGError, QueryTimeout, StoreError, WorkerCrashed

log = logging.getLogger(__name__)


def wants_html() -> bool:
    """True when the client prefers HTML (browsers), never for the API paths."""
    if request.path.startswith(("/sparql", "/api/")):
        return False
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html" and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        if wants_html():
            page, code = error_page(status)
        else:
            page, code = jsonify({"error": exc.name, "message": exc.description, "path": request.path}), status
        resp = app.make_response((page, code))
        for name, value in exc.get_headers():  # e.g. Allow on 405 (RFC 9110 §15.5.6), WWW-Authenticate on 401
            if name.lower() != "content-type":
                resp.headers[name] = value
        resp.vary.add("Accept")
        return resp

    @app.errorhandler(PolicyKGError)
    def policykg_error(exc: PolicyKGError) -> Response:
        status = status_of(exc)
        if status >= 500:
            log.warning("page %s failed (%s): %s", request.path, exc.code, exc.message)
        if wants_html():
            page, code = error_page(status, exc.message)
        else:
            page, code = jsonify({"error": exc.code, "message": exc.message, "location": exc.location}), status
        resp = app.make_response((page, code))
        if isinstance(exc, Overloaded | QueryTimeout):
            resp.headers["Retry-After"] = "2"
        resp.vary.add("Accept")
        return resp

    @app.errorhandler(Exception)
    def server_error(exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.path)
        if wants_html():
            page, code = error_page(500)
        else:
            page, code = jsonify({"error": "Internal Server Error", "message": "the server failed; see its log"}), 500
        resp = app.make_response((page, code))
        resp.vary.add("Accept")
        return resp


def status_of(exc: PolicyKGError) -> int:
    """The HTTP status of a typed error on a page: the server's own failures are 5xx, never 400."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, WorkerCrashed):
        return 500
    if isinstance(exc, QueryTimeout | Overloaded | StoreError):
        return 503
    return 400


def error_page(status: int, message: str = "") -> tuple[str, int]:
    """The HTML error page (never a traceback; a short message only for our own typed errors)."""
    key = {404: "error.404", 406: "error.406", 405: "error.405", 500: "error.500"}.get(
        status, "error.400" if status < 500 else "error.500")
    return render_template("error.html", status=status, key=key, message=message), status
