"""One frozen settings object, read from GEOKG_* environment variables and command-line flags."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

DEFAULT_STORE = "geokg-data"
DEFAULT_SERVICE_ALLOW = (
    "https://query.wikidata.org/sparql",
    "https://query.wikidata.org/bigdata/namespace/wdq/sparql",
    "https://dbpedia.org/sparql",
    "http://dbpedia.org/sparql",
)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.replace(",", " ").split() if v.strip())


def _bool(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    """Everything a command or the service needs to know, passed down explicitly."""

    store: str = DEFAULT_STORE              # a directory, "memory:", or http(s)://host/sparql
    update_url: str | None = None           # remote backend: SPARQL Update endpoint
    gsp_url: str | None = None              # remote backend: Graph Store Protocol endpoint
    auth: str | None = None                 # remote backend: "user:password" or a bearer token
    host: str = "127.0.0.1"
    port: int = 5000
    workers: int = 2
    query_timeout: float = 30.0             # seconds; a query running longer is killed
    union_default_graph: bool = True        # the default graph is the union of all graphs
    enable_update: bool = False             # SPARQL Update and Graph Store writes
    token: str | None = None                # bearer token required for writes
    cors: tuple[str, ...] = ()              # allowed CORS origins ("*" for any)
    service_allow: tuple[str, ...] = DEFAULT_SERVICE_ALLOW   # SERVICE endpoints allowed
    load_allow: tuple[str, ...] = ()        # URL prefixes LOAD may fetch
    max_body: int = 10 * 1024 * 1024        # bytes; larger request bodies get 413
    cache_size: int = 64 * 1024 * 1024      # bytes of query results kept in the cache
    model: str | None = None                # spaCy model; None picks en_core_web_sm
    extra: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_env(cls, environ: dict | None = None, **overrides) -> "Settings":
        """Settings from GEOKG_* variables, then the given overrides (None means not given)."""
        env = os.environ if environ is None else environ
        values: dict = {}
        for f in dataclasses.fields(cls):
            raw = env.get("GEOKG_" + f.name.upper())
            if raw is None or f.name == "extra":
                continue
            default = f.default
            if isinstance(default, bool):
                values[f.name] = _bool(raw)
            elif isinstance(default, int):
                values[f.name] = int(raw)
            elif isinstance(default, float):
                values[f.name] = float(raw)
            elif isinstance(default, tuple):
                values[f.name] = _split(raw)
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)
