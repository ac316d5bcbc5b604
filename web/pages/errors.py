"""Error pages for browsers (404 for unknown IRIs and pages, 500 without a traceback); JSON for everyone else.

For clients that do not prefer HTML the handlers registered before (the endpoint's JSON errors) still answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from policykg.errors import NotFound, PolicyKGError

log = logging.getLogger(__name__)


def wants_html() -> bool:
    """True when the client prefers HTML (browsers), never for the API paths."""
    if request.path.startswith(("/sparql", "/api/")):
        return False
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html" and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]


def _previous(app: Flask, cls: type[Exception]) -> Callable | None:
    return app.error_handler_spec.get(None, {}).get(None, {}).get(cls)


def register(app: Flask) -> None:
    before_http = _previous(app, HTTPException)
    before_policykg = _previous(app, PolicyKGError)
    before_any = _previous(app, Exception)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response | tuple:
        if wants_html() or before_http is None:
            return error_page(exc.code or 500)
        return before_http(exc)

    @app.errorhandler(PolicyKGError)
    def policykg_error(exc: PolicyKGError) -> Response | tuple:
        status = 404 if isinstance(exc, NotFound) else 400
        if wants_html() or before_policykg is None:
            return error_page(status, exc.message)
        return before_policykg(exc)

    @app.errorhandler(Exception)
    def server_error(exc: Exception) -> Response | tuple:
        if wants_html() or before_any is None:
            log.exception("unhandled error on %s", request.path)
            return error_page(500)
        return before_any(exc)


def error_page(status: int, message: str = "") -> tuple[str, int]:
    """The HTML error page (never a traceback; a short message only for our own typed errors)."""
    key = {404: "error.404", 500: "error.500"}.get(status, "error.400" if status < 500 else "error.500")
    return render_template("error.html", status=status, key=key, message=message), status
