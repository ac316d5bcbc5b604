"""HTTP headers every page shares: conditional GET (ETag and Last-Modified from the store version, 304), `Vary`,
and `Link: <…>; rel="alternate"` for the page's other representations and languages.

A page's ETag is a digest of the store version, the page code, the language and the request (path, query and the
`Accept` header), so it changes with every build and deploy and differs per representation. A request whose
`If-None-Match` names it (or, without `If-None-Match`, whose `If-Modified-Since` is not older than the build) is
answered 304 before any query runs. Last-Modified is the end time of the live build (prov:endedAtTime in the build
graph), looked up once per store version.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, current_app, g, request, url_for
from werkzeug.routing import BuildError

from policykg.errors import PolicyKGError
from web.i18n import current_lang

log = logging.getLogger(__name__)

OWN_HEADERS = ("sparql", "service_description")
"""Blueprints that negotiate and cache on their own (the SPARQL endpoint)."""
VARY = ("Accept", "Accept-Language", "Cookie")
"""What a page's representation depends on: negotiated type (and error format), language (cookie, header)."""
RDF_TYPES = {"turtle": "text/turtle", "json-ld": "application/ld+json", "n-triples": "application/n-triples",
             "rdf-xml": "application/rdf+xml"}

_lock = threading.Lock()


def code_token(app: Flask) -> str:
    """A digest of the page code (templates, static files, views): ETags change when it does."""
    root = Path(app.root_path)
    h = hashlib.sha1()
    for path in sorted(p for folder in ("templates", "static", "pages") for p in (root / folder).rglob("*")
                       if p.is_file() and "vendor" not in p.parts):
        st = path.stat()
        h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    h.update(str((root / "i18n.py").stat().st_mtime_ns).encode())
    return h.hexdigest()[:12]


def _applies() -> bool:
    return (request.method in ("GET", "HEAD") and request.endpoint is not None and request.endpoint != "static"
            and request.blueprint not in OWN_HEADERS)


def build_time() -> datetime | None:
    """The end time of the live build (cached per store version; the cache keeps one entry)."""
    from web.pages.data import rows, version

    cache: dict[str, datetime | None] = current_app.extensions.setdefault("policykg.build_time", {})
    ver = version()
    if ver not in cache:
        found = rows("ui-build-time")
        when = None
        if found and found[0]["ended"]:
            try:
                when = datetime.fromisoformat(found[0]["ended"].replace("Z", "+00:00")).astimezone(UTC)
            except ValueError:
                log.warning("unreadable build time %r", found[0]["ended"])
        with _lock:
            cache.clear()
            cache[ver] = when
    return cache.get(ver)


def etag() -> str:
    from web.pages.data import version

    parts = (version(), current_app.extensions.get("policykg.code_token", ""), current_lang(), request.full_path,
             request.headers.get("Accept", ""))
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:24]


def conditional_get() -> Response | None:
    """before_request: 304 when the client's copy is current (If-None-Match first, else If-Modified-Since)."""
    if not _applies():
        return None
    try:
        tag, modified = etag(), build_time()
    except PolicyKGError:  # no store yet: the view answers (and its error handler explains)
        log.debug("no validators for %s", request.path, exc_info=True)
        return None
    g.policykg_etag, g.policykg_modified = tag, modified
    fresh = False
    if request.if_none_match:
        fresh = request.if_none_match.contains(tag) or request.if_none_match.star_tag
    elif request.if_modified_since and modified:
        fresh = modified.replace(microsecond=0) <= request.if_modified_since
    if not fresh:
        return None
    resp = Response(status=304)
    _validators(resp)
    return resp


def _validators(resp: Response) -> None:
    resp.set_etag(g.policykg_etag)
    if g.get("policykg_modified"):
        resp.last_modified = g.policykg_modified
    resp.headers["Cache-Control"] = "no-cache"
    for v in VARY:
        resp.vary.add(v)


def after(resp: Response) -> Response:
    """after_request: validators on fresh 200 answers, Vary on every page answer, Link on HTML pages."""
    if request.blueprint in OWN_HEADERS or request.endpoint == "static":
        return resp
    for v in VARY:
        resp.vary.add(v)
    if resp.status_code == 200 and "policykg_etag" in g and _applies():
        _validators(resp)
    if resp.status_code == 200 and resp.mimetype == "text/html":
        links = [f'<{href}>; rel="alternate"; ' + (f'type="{kind}"' if kind else f'hreflang="{lang}"')
                 for href, kind, lang in alternates()]
        if links:
            resp.headers["Link"] = ", ".join(links)
    return resp


def set_alternates(*found: tuple[str, str]) -> None:
    """Declare the page's other representations: (href, media type) pairs, e.g. its Turtle or CSV."""
    g.policykg_alternates = list(found)


def rdf_alternates(hrefs: dict[str, str]) -> None:
    """The page's RDF twins by format name (turtle, json-ld, n-triples, rdf-xml) → href."""
    set_alternates(*((href, RDF_TYPES[fmt]) for fmt, href in hrefs.items() if fmt in RDF_TYPES))


def alternates() -> list[tuple[str, str, str]]:
    """(href, media type, hreflang) of the page's alternates: its data twins, then the page in the other language."""
    out = [(href, kind, "") for href, kind in g.get("policykg_alternates", [])]
    if request.endpoint and request.endpoint != "static":
        other = "en" if current_lang() == "zh" else "zh"
        args = {**request.args.to_dict(), "lang": other}
        try:
            href = url_for(request.endpoint, **(request.view_args or {}), **args)
        except BuildError:  # an endpoint that cannot be rebuilt from its arguments: path + query
            href = request.path + "?" + urlencode(args)
        out.append((href, "", "en" if other == "en" else "zh-Hans"))
    return out
