"""The graph store: one small interface, an embedded pyoxigraph backend and a remote SPARQL backend."""

from graph_store.base import GraphStore, QueryResult
from graph_store.open import open_store

__all__ = ["GraphStore", "QueryResult", "open_store"]
