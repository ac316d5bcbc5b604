"""The web layer: Flask app factory, one blueprint per page family; thin over graph_store."""

from web.app import create_app, shutdown

__all__ = ["create_app", "shutdown"]
