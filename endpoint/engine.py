"""The engine: what the blueprints call to query and change the data (see ENGINE.md).

`InProcessEngine` wraps any geokg Store in this process (in-memory stores in tests, remote
stores). `geokg serve` passes its own engine (killable query processes, a writer process) to
`create_app(settings, engine=...)`. Every engine runs the SERVICE/LOAD guard before the store
sees the text, and runs the text guard.check returns (a refused LOAD SILENT becomes a no-op).
"""

from __future__ import annotations

import os
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import BinaryIO

import pyoxigraph as ox
from flask import current_app

from geokg.errors import InputError, UsageError
from geokg.formats import rdf_format
from geokg.settings import Settings
from geokg.store import QueryResult, Store

from . import guard
from .cache import ResultCache, cache_key

EXTENSION_KEY = "geokg.engine"


class Engine(ABC):
    """Queries, updates and Graph Store operations over one dataset."""

    settings: Settings

    @abstractmethod
    def query(self, sparql: str, *, media_type: list[str], default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None) -> QueryResult:
        """Run a query; the answer comes serialized in the first of media_type that fits its kind."""

    @abstractmethod
    def update(self, sparql: str, *, base_iri: str | None = None, using_graphs: Sequence[str] | None = None,
               using_named_graphs: Sequence[str] | None = None) -> None:
        """Run a SPARQL 1.1 Update (using-graph-uri / using-named-graph-uri as USING clauses)."""

    @abstractmethod
    def get_graph(self, graph: str | None, format: str) -> bytes | None:
        """A graph serialized in an RDF format (None for the default graph); None if there is no such graph."""

    @abstractmethod
    def put_graph(self, graph: str | None, data: bytes, format: str) -> bool:
        """Replace a graph with the RDF in data; True if the graph was created."""

    @abstractmethod
    def post_graph(self, graph: str | None, data: bytes, format: str) -> bool:
        """Add the RDF in data to a graph; True if the graph was created."""

    @abstractmethod
    def delete_graph(self, graph: str | None) -> bool:
        """Drop a graph; False if there was no such graph."""

    @abstractmethod
    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each named graph (IRI -> N-Triples text) in one transaction."""

    @abstractmethod
    def dump(self, output: BinaryIO, format: str) -> None:
        """Write the whole dataset to output in an RDF format, streamed."""

    @abstractmethod
    def count(self) -> int:
        """The number of quads."""

    @abstractmethod
    def version(self) -> str:
        """A token that changes whenever the data changes."""

    @abstractmethod
    def last_modified(self) -> float:
        """Epoch seconds of the last change."""

    def close(self) -> None:
        """Release what the engine holds."""


def check_iri(value: str) -> str:
    """The value if it is an absolute IRI (safe to write as <value> in SPARQL), else UsageError (400)."""
    try:
        return ox.NamedNode(value).value
    except ValueError as e:
        raise UsageError(f"not an absolute IRI: {value!r} ({e})", "Give graphs as absolute IRIs.") from None


def graph_ref(graph: str | None) -> str:
    """The SPARQL Update name of a graph: GRAPH <iri>, or DEFAULT."""
    return "DEFAULT" if graph is None else f"GRAPH <{graph}>"


def to_ntriples(data: bytes, format: str, base_iri: str | None) -> str:
    """Parse an RDF body as a graph (InputError if it does not parse) and return it as N-Triples."""
    fmt = rdf_format(format)
    try:
        triples = [q.triple for q in ox.parse(data, format=fmt.oxigraph, base_iri=base_iri,
                                              without_named_graphs=not fmt.quads)]
    except (SyntaxError, ValueError) as e:
        raise InputError(f"the body is not valid {fmt.name}: {e}", "Send valid RDF with the right Content-Type.") from e
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()


class InProcessEngine(Engine):
    """An engine over a Store opened in this process; writes are serialized by a lock."""

    def __init__(self, store: Store, settings: Settings | None = None):
        self.store = store
        self.settings = settings or Settings(store=store.location)
        self._lock = threading.RLock()
        self._seen_version = ""
        self._changed_at = time.time()
        self.cache = ResultCache(self.settings.cache_size)

    def query(self, sparql, *, media_type, default_graphs=None, named_graphs=None, base_iri=None):
        guard.check(sparql, self.settings)
        # the same cache rules as the process engine: answers live as long as their data version
        version = self.store.version()
        key = cache_key(sparql, media_type, default_graphs, named_graphs, base_iri)
        hit = self.cache.get(key, version)
        if hit is not None:
            return hit
        result = self.store.query(sparql, media_type=media_type, default_graphs=default_graphs,
                                  named_graphs=named_graphs, base_iri=base_iri)
        self.cache.put(key, version, result)
        return result

    def update(self, sparql, *, base_iri=None, using_graphs=None, using_named_graphs=None):
        sparql = guard.check(sparql, self.settings)
        if using_graphs or using_named_graphs:
            from .updates import add_using
            sparql = add_using(sparql, using_graphs or (), using_named_graphs or ())
        with self._lock:
            self.store.update(sparql, base_iri=base_iri)

    def _exists(self, graph: str | None) -> bool:
        if graph is None:
            return True
        native = getattr(self.store, "oxigraph", None)   # embedded: one lookup instead of listing every graph
        if isinstance(native, ox.Store):
            return native.contains_named_graph(ox.NamedNode(graph))
        return graph in self.store.graphs()

    def get_graph(self, graph, format):
        if not self._exists(graph):
            return None
        where = "?s ?p ?o" if graph is None else f"GRAPH <{graph}> {{ ?s ?p ?o }}"
        result = self.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}",
                                  media_type=rdf_format(format).media_type, union_default_graph=False)
        return result.body

    def _write_graph(self, graph: str | None, data: bytes, format: str, *, replace: bool) -> bool:
        triples = to_ntriples(data, format, graph)
        with self._lock:
            created = not self._exists(graph)
            ops = [f"DROP SILENT {graph_ref(graph)}"] if replace else []
            if graph is not None:
                ops.append(f"CREATE SILENT GRAPH <{graph}>")
            if triples.strip():
                body = triples if graph is None else f"GRAPH <{graph}> {{\n{triples}\n}}"
                ops.append(f"INSERT DATA {{\n{body}\n}}")
            self.store.update(" ;\n".join(ops))
        return created

    def put_graph(self, graph, data, format):
        return self._write_graph(graph, data, format, replace=True)

    def post_graph(self, graph, data, format):
        return self._write_graph(graph, data, format, replace=False)

    def delete_graph(self, graph):
        with self._lock:
            if not self._exists(graph):
                return False
            self.store.update(f"DROP {graph_ref(graph)}")
        return True

    def replace_graphs(self, graphs):
        with self._lock:
            self.store.replace_graphs(graphs)

    def dump(self, output, format):
        self.store.dump(output, format=format)

    def count(self):
        return self.store.count()

    def version(self):
        return self.store.version()

    def last_modified(self):
        path = getattr(self.store, "path", None)
        if path is not None:
            try:
                return os.stat(os.path.join(path, "geokg-version")).st_mtime
            except OSError:
                pass
        version = self.version()
        if version != self._seen_version:
            self._seen_version, self._changed_at = version, time.time()
        return self._changed_at

    def close(self):
        self.store.close()


def get_engine() -> Engine:
    """The engine of the current Flask app."""
    return current_app.extensions[EXTENSION_KEY]

