"""`create_app(settings)`: builds the Flask app and attaches the store once."""

from __future__ import annotations

import logging

from flask import Flask

from graph_store import open_store
from graph_store.catalogue import Catalogue
from graph_store.workers import with_workers
from policykg.settings import Settings, load_settings
from web.limits import ClientLimiter

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> Flask:
    """The policykg web application over the store named in `settings`."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config["POLICYKG"] = settings
    # pages and /sparql have their own worker pools, so heavy SPARQL clients cannot starve the pages
    app.extensions["policykg.store"] = with_workers(open_store(settings, read_only=True), settings,
                                                    settings.page_workers)
    app.extensions["policykg.sparql_store"] = with_workers(open_store(settings, read_only=True), settings,
                                                           settings.query_workers)
    app.extensions["policykg.client_limiter"] = ClientLimiter(settings.sparql_per_client)
    app.extensions["policykg.catalogue"] = Catalogue(settings.queries)
    for name in ("policykg.store", "policykg.sparql_store"):
        pool = getattr(app.extensions[name], "pool", None)
        if pool is not None:
            pool.start()  # warm the workers now, not under the first requests

    from web.sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    from web.service_description import bp as service_description_bp

    app.register_blueprint(service_description_bp)

    from web.pages import register as register_pages  # browsing pages and the error handlers

    register_pages(app)
    for name in app.jinja_env.list_templates():
        # compiled now, in one thread: CPython 3.11's compiler keeps its recursion depth in shared state, so two
        # request threads compiling their first templates at once can fail with SystemError
        app.jinja_env.get_template(name)
    return app


def shutdown(app: Flask) -> None:
    """Stop the app's query workers and close its stores."""
    for name in ("policykg.store", "policykg.sparql_store"):
        store = app.extensions.get(name)
        if store is not None:
            store.close()
