"""Stores behind one interface: `open_store(location)` picks the backend.

- a directory path: embedded Oxigraph on disk (the default, ./geokg-data)
- "memory:": embedded Oxigraph in memory (tests)
- "http://..." or "https://...": a remote SPARQL 1.1 server (geokg.store.remote)
"""

from __future__ import annotations

from ..settings import Settings
from .base import QueryResult, Store
from .oxigraph import OxigraphStore

__all__ = ["QueryResult", "Store", "OxigraphStore", "open_store"]


def open_store(location: str | Settings, *, read_only: bool = False, union_default_graph: bool = True) -> Store:
    """Open the store at a path, "memory:", or a SPARQL endpoint URL (from settings or a string)."""
    settings = location if isinstance(location, Settings) else None
    where = settings.store if settings else str(location)
    if settings is not None:
        union_default_graph = settings.union_default_graph
    if where.startswith(("http://", "https://")):
        from .remote import RemoteStore  # the remote backend comes with its own module
        return RemoteStore.from_settings(settings or Settings(store=where), union_default_graph=union_default_graph)
    if where in ("memory:", ":memory:"):
        return OxigraphStore(None, union_default_graph=union_default_graph)
    return OxigraphStore(where, read_only=read_only, union_default_graph=union_default_graph)
