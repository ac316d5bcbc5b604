"""Serve the app with waitress (several threads), never the Flask debug server."""

from __future__ import annotations

import logging

from policykg.settings import Settings
from web.app import create_app

log = logging.getLogger(__name__)


def serve(settings: Settings) -> None:
    from waitress import serve as waitress_serve

    app = create_app(settings)
    log.info("serving http://%s:%d/ (SPARQL endpoint /sparql), store %s", settings.host, settings.port, settings.store)
    waitress_serve(app, host=settings.host, port=settings.port, threads=settings.threads, ident="policykg")
