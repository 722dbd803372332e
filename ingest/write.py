"""Write article graphs: into a store (Store.replace_graphs), or to a running `geokg serve`.

A batch of articles is one transaction that replaces each article's graph whole; `write` returns
only once the batch is committed, and the caller reports the articles stored only then. So a
kill at any moment loses nothing reported, and a second run replaces whatever the first left.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from ..errors import AuthError, RemoteError, UsageError
from ..store import Store

BATCH_ARTICLES = 64        # articles per transaction
BATCH_BYTES = 4_000_000    # ... or fewer when their graphs are large
BATCH_SECONDS = 5.0        # ... or fewer when articles come slowly, so what is done is soon stored


class StoreWriter:
    """Writes batches into a Store (embedded Oxigraph, or a remote backend behind the same interface)."""

    def __init__(self, store: Store):
        self.store = store

    def write(self, graphs: Mapping[str, str]) -> None:
        """Replace each graph (IRI -> N-Triples text) in one transaction."""
        if graphs:
            self.store.replace_graphs(graphs)

    def close(self) -> None:
        self.store.close()


class ServerWriter:
    """Sends batches to `geokg serve` as one authenticated SPARQL Update each (POST /sparql)."""

    def __init__(self, url: str, token: str | None, timeout: float = 300.0):
        import requests  # only for --server: it is slow to import

        if not url.startswith(("http://", "https://")):
            raise UsageError(f"--server {url}: not an http(s) URL", "Example: --server http://127.0.0.1:5000")
        if not token:
            raise UsageError("--server needs --token (or GEOKG_TOKEN)",
                             "Give the token the server was started with (geokg serve --enable-update --token T).")
        base = url.rstrip("/")
        self.url = base if base.endswith("/sparql") else base + "/sparql"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "Content-Type": "application/sparql-update; charset=utf-8"})
        self.timeout = timeout
        self._requests = requests
        try:   # fail before the model is loaded, not after the first batch
            self.session.get(self.url, params={"query": "ASK {}"}, timeout=30)
        except requests.RequestException as e:
            raise RemoteError(f"cannot reach {self.url} ({type(e).__name__})") from e

    def write(self, graphs: Mapping[str, str]) -> None:
        """DROP SILENT GRAPH + INSERT DATA for each graph, in one request (one transaction on the server)."""
        if not graphs:
            return
        body = update_text(graphs).encode("utf-8")
        try:
            r = self.session.post(self.url, data=body, timeout=self.timeout)
        except self._requests.RequestException as e:
            raise RemoteError(f"cannot send articles to {self.url} ({type(e).__name__})") from e
        if r.status_code == 413 and len(graphs) > 1:   # the server takes smaller bodies: halve the batch
            items = list(graphs.items())
            self.write(dict(items[: len(items) // 2]))
            self.write(dict(items[len(items) // 2:]))
            return
        if r.status_code in (401, 403):
            raise AuthError(f"{self.url} refused the update ({r.status_code}): {_first_line(r.text)}",
                            "Use the token the server was started with, and start it with --enable-update.")
        if r.status_code >= 300:
            raise RemoteError(f"{self.url} answered {r.status_code} to the update: {_first_line(r.text)}")

    def close(self) -> None:
        self.session.close()


def update_text(graphs: Mapping[str, str]) -> str:
    """The SPARQL Update that replaces each graph with its triples."""
    ops = []
    for graph, ntriples in graphs.items():
        ops.append(f"DROP SILENT GRAPH <{graph}>")
        if ntriples.strip():
            ops.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")
    return " ;\n".join(ops)


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:300]


class Batcher:
    """Collects article graphs and writes them in batches; `flush` returns the ids just committed."""

    def __init__(self, writer: StoreWriter | ServerWriter, articles: int = BATCH_ARTICLES, size: int = BATCH_BYTES):
        self.writer = writer
        self.limit_articles = articles
        self.limit_bytes = size
        self.graphs: dict[str, str] = {}
        self.ids: list[str] = []
        self.bytes = 0
        self.since = time.monotonic()

    def add(self, article_id: str, graph: str, ntriples: str) -> list[str]:
        """Queue one article's graph; returns the ids committed if this filled a batch."""
        if not self.ids:
            self.since = time.monotonic()
        self.graphs[graph] = ntriples
        self.ids.append(article_id)
        self.bytes += len(ntriples)
        if (len(self.ids) >= self.limit_articles or self.bytes >= self.limit_bytes
                or time.monotonic() - self.since >= BATCH_SECONDS):
            return self.flush()
        return []

    def flush(self) -> list[str]:
        """Commit what is queued; returns the ids committed."""
        if not self.ids:
            return []
        self.writer.write(self.graphs)
        done = self.ids
        self.graphs, self.ids, self.bytes = {}, [], 0
        return done
