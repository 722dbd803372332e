"""The one Store interface every backend implements (embedded Oxigraph, a remote SPARQL server)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import BinaryIO


@dataclass(frozen=True)
class QueryResult:
    """A query's answer, already serialized by the engine.

    kind is "solutions" (SELECT), "boolean" (ASK) or "graph" (CONSTRUCT / DESCRIBE);
    body holds the bytes in media_type.
    """

    kind: str
    media_type: str
    body: bytes


class Store(ABC):
    """A quad store. Graph names and terms are passed as plain IRI strings or N-Triples text."""

    location: str
    union_default_graph: bool = True

    @abstractmethod
    def query(self, sparql: str, *, media_type: str | None = None,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None,
              union_default_graph: bool | None = None, base_iri: str | None = None) -> QueryResult:
        """Run a SPARQL query and return its answer serialized in media_type (or a default)."""

    @abstractmethod
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 Update in one transaction."""

    @abstractmethod
    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each named graph (IRI -> its triples as N-Triples text) in one transaction."""

    @abstractmethod
    def load(self, source: str | BinaryIO, *, format: str, graph: str | None = None) -> None:
        """Bulk-load RDF from a path or binary stream; triple formats go into `graph` if given."""

    @abstractmethod
    def dump(self, output: BinaryIO, *, format: str, graph: str | None = None) -> None:
        """Write the store (or one graph) to a binary stream, in constant memory."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The IRIs of the named graphs."""

    @abstractmethod
    def count(self, graph: str | None = None) -> int:
        """The number of quads (or triples of one graph)."""

    @abstractmethod
    def version(self) -> str:
        """A token that changes whenever the data changes (for caches and ETags)."""

    def is_empty(self) -> bool:
        return self.count() == 0

    def close(self) -> None:
        """Release the store."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
