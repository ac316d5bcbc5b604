"""The browsing pages: one blueprint per page family, plus the shared hooks (language, CSP, conditional GET, Vary and
Link headers, error pages) and the template globals.

`register(app)` is called once by `create_app`.
"""

from __future__ import annotations

from flask import Flask, Response, request, url_for

from web.i18n import COOKIE, LANGS, current_lang, translate
from web.pages import errors, headers, text
from web.pages.csp import CSP
from web.pages.links import curie, href
from web.pages.table_html import table_html


def register(app: Flask) -> None:
    """Register every page blueprint and the hooks they share."""
    from web.pages import agencies, compare, documents, entities, home, ontology, query, search

    for module in (home, documents, compare, agencies, search, query, ontology, entities):
        app.register_blueprint(module.bp)
    errors.register(app)
    app.extensions["policykg.code_token"] = headers.code_token(app)
    app.before_request(headers.conditional_get)
    app.after_request(_headers)
    app.after_request(headers.after)
    app.context_processor(_template_globals)
    env = app.jinja_env
    env.finalize = text.finalize  # no template ever prints the redaction marker
    env.filters["gaps"] = text.gap_markup
    text.text_lang("醫")  # compute the traditional-script table now, not under the first request


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    asked = request.args.get("lang", "")
    if asked in LANGS and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax")
    if response.mimetype == "text/html":
        response.vary.add("Cookie")
        if not response.direct_passthrough:  # a last guard: the redaction marker never reaches a browser
            data = response.get_data()
            if text.GAP.encode() in data:
                response.set_data(data.replace(text.GAP.encode(), text.GAP_TEXT.encode()))
    return response


def _switch_url() -> str:
    args = request.args.to_dict()
    args["lang"] = "en" if current_lang() == "zh" else "zh"
    if not request.endpoint:
        return "/?lang=" + args["lang"]
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def _template_globals() -> dict:
    lang = current_lang()
    return {"t": translate, "lang": lang, "href": href, "curie": curie, "switch_url": _switch_url,
            "alternates": headers.alternates, "page_lang": text.page_lang_tag(lang),
            "table_html": table_html,  # the document page's fact tables, built in Python (a cell per fact)
            "L": lambda value: text.in_lang(value, lang), "lang_attr": lambda value: text.lang_attr(str(value), lang)}
