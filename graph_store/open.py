"""Pick the backend from the store location: a directory (embedded) or an http(s) URL (remote)."""

from __future__ import annotations

from graph_store.base import GraphStore
from policykg.settings import Settings


def open_store(settings: Settings, read_only: bool = False) -> GraphStore:
    """The store named by `settings.store`."""
    if settings.is_remote:
        from graph_store.remote import RemoteStore

        return RemoteStore(settings.store, user=settings.remote_user, password=settings.remote_password,
                           union_default_graph=settings.union_default_graph, index_dir=settings.index_dir)
    from graph_store.embedded import EmbeddedStore

    return EmbeddedStore(settings.store, read_only=read_only, union_default_graph=settings.union_default_graph)
