"""`create_app(settings)`: builds the Flask app and attaches the store once."""

from __future__ import annotations

import logging

from flask import Flask

from graph_store import open_store
from graph_store.catalogue import Catalogue
from graph_store.workers import with_workers
from policykg.settings import Settings, load_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> Flask:
    """The policykg web application over the store named in `settings`."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config["POLICYKG"] = settings
    app.extensions["policykg.store"] = with_workers(open_store(settings, read_only=True), settings)
    app.extensions["policykg.catalogue"] = Catalogue(settings.queries)

    from web.sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    from web.service_description import bp as service_description_bp

    app.register_blueprint(service_description_bp)

    from web.pages import register as register_pages  # browsing pages and the error handlers

    register_pages(app)
    return app
