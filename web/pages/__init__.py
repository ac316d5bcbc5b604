"""The browsing pages: one blueprint per page family, plus the shared hooks (language, CSP, error pages).

`register(app)` is called once by `create_app`.
"""

from __future__ import annotations

from flask import Flask, Response, request, url_for

from web.i18n import COOKIE, LANGS, current_lang, translate
from web.pages import errors
from web.pages.csp import CSP
from web.pages.links import curie, href


def register(app: Flask) -> None:
    """Register every page blueprint and the hooks they share."""
    from web.pages import agencies, compare, documents, entities, home, ontology, query, search

    for module in (home, documents, compare, agencies, search, query, ontology, entities):
        app.register_blueprint(module.bp)
    errors.register(app)
    app.after_request(_headers)
    app.context_processor(_template_globals)


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    asked = request.args.get("lang", "")
    if asked in LANGS and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax")
    if response.mimetype == "text/html":
        response.vary.add("Cookie")
    return response


def _switch_url() -> str:
    args = request.args.to_dict()
    args["lang"] = "en" if current_lang() == "zh" else "zh"
    if not request.endpoint:
        return "/?lang=" + args["lang"]
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def _template_globals() -> dict:
    return {"t": translate, "lang": current_lang(), "href": href, "curie": curie, "switch_url": _switch_url}
