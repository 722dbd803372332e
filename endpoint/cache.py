"""The result cache: serialized answers keyed by query, dataset and media type, bounded in bytes.

Every entry belongs to one data version (Engine.version()); the first lookup that sees another
version drops the whole cache, so an answer never outlives the data it was computed from.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from geokg.store import QueryResult

ENTRY_OVERHEAD = 200        # bytes per entry beyond key and body (tuple, dict slot, object headers)
LARGEST_SHARE = 8           # one answer may take at most 1/8 of the bound, so it cannot flush the rest

CacheKey = tuple


def cache_key(sparql: str, media_type: Sequence[str] | str, default_graphs: Sequence[str] | None,
              named_graphs: Sequence[str] | None, base_iri: str | None) -> CacheKey:
    """The key of a query: its text, the dataset it runs on, the media types asked and the base IRI."""
    wanted = (media_type,) if isinstance(media_type, str) else tuple(media_type)
    return (sparql, wanted,
            None if default_graphs is None else tuple(default_graphs),
            None if named_graphs is None else tuple(named_graphs), base_iri)


def _key_size(key: CacheKey) -> int:
    sparql, wanted, default, named, base = key
    return (len(sparql) + sum(map(len, wanted)) + sum(map(len, default or ())) + sum(map(len, named or ()))
            + len(base or ""))


class ResultCache:
    """A least-recently-used map from cache keys to QueryResults, at most `max_bytes` big."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max(0, int(max_bytes))
        self.size = 0
        self.version: str | None = None
        self.hits = self.misses = 0
        self._entries: OrderedDict[CacheKey, tuple[QueryResult, int]] = OrderedDict()
        self._lock = threading.Lock()

    def _sync(self, version: str) -> None:
        if version != self.version:
            self._entries.clear()
            self.size = 0
            self.version = version

    def get(self, key: CacheKey, version: str) -> QueryResult | None:
        """The cached answer for `key` at data `version`, or None."""
        with self._lock:
            self._sync(version)
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[0]

    def put(self, key: CacheKey, version: str, result: QueryResult) -> None:
        """Keep `result` for `key` if it was computed at the current `version` and fits."""
        cost = len(result.body) + _key_size(key) + ENTRY_OVERHEAD
        if self.max_bytes == 0 or cost > self.max_bytes // LARGEST_SHARE:
            return
        with self._lock:
            if version != self.version:
                return      # computed on data that has changed since (or a lookup never happened)
            old = self._entries.pop(key, None)
            if old is not None:
                self.size -= old[1]
            self._entries[key] = (result, cost)
            self.size += cost
            while self.size > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.size -= dropped

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()
            self.size = 0

    def __len__(self) -> int:
        return len(self._entries)
