"""A polite, cached client of two calls of the Wikidata API: wbsearchentities and wbgetentities.

Every answer is kept in a local SQLite file (one row per search and per entity) so a linking run
can be repeated offline and gives the same links. Online it follows Wikimedia's rules: a
descriptive User-Agent with a contact URL, one request at a time with a delay between them,
`maxlag=5` (a lagged server answers "maxlag" and we wait as told), and Retry-After on 429 / 503.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from urllib.parse import urlencode

import requests

from .. import __version__
from ..errors import RemoteError, UsageError

API = "https://www.wikidata.org/w/api.php"
USER_AGENT = (f"geokg/{__version__} (https://w3id.org/geokg; entity linking of a news knowledge graph, "
              f"run by `geokg link --online`) python-requests/{requests.__version__}")
BATCH = 50            # wbgetentities takes at most 50 ids a call
MAX_TRIES = 5


class WikidataAPI:
    """wbsearchentities and wbgetentities, answered from the cache first; the network only when online."""

    def __init__(self, cache: str, api: str = API, online: bool = False, delay: float = 1.0,
                 user_agent: str = USER_AGENT, timeout: float = 30.0, sleep: Callable[[float], None] = time.sleep):
        try:
            self.db = sqlite3.connect(cache)
            self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, url TEXT NOT NULL, "
                            "fetched_at TEXT NOT NULL, body TEXT NOT NULL)")
        except sqlite3.Error as e:
            raise UsageError(f"cannot open the link cache {cache}: {e}", "Give a writable file with --cache.") from e
        self.api, self.online, self.delay, self.timeout, self.sleep = api, online, delay, timeout, sleep
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent, "Accept": "application/json"})
        self.calls = 0            # requests actually sent (the rest came from the cache)
        self.misses = 0           # answers needed offline that the cache did not have
        self._last = 0.0

    def close(self) -> None:
        self.db.close()
        self.session.close()

    def search(self, name: str, limit: int = 7) -> tuple[list[dict], str | None]:
        """Items whose English label or alias matches the name: (hits, the URL they came from)."""
        params = {"action": "wbsearchentities", "search": name, "language": "en", "uselang": "en", "type": "item",
                  "limit": str(limit), "format": "json"}
        got = self._cached(f"search:en:{limit}:{name}", params, lambda body: {None: body})
        if got is None:
            return [], None
        body, url = got[None]
        return body.get("search", []), url

    def entities(self, ids: Iterable[str]) -> dict[str, tuple[dict, str]]:
        """Entity JSON (claims, English labels, aliases, descriptions) by QID, each with its source URL."""
        out: dict[str, tuple[dict, str]] = {}
        wanted = []
        for q in dict.fromkeys(ids):
            row = self.db.execute("SELECT body, url FROM answers WHERE key = ?", (f"entity:{q}",)).fetchone()
            if row:
                out[q] = (json.loads(row[0]), row[1])
            else:
                wanted.append(q)
        for i in range(0, len(wanted), BATCH):
            chunk = wanted[i:i + BATCH]
            params = {"action": "wbgetentities", "ids": "|".join(chunk), "props": "claims|labels|aliases|descriptions",
                      "languages": "en", "format": "json"}
            got = self._cached(None, params, lambda body: {q: e for q, e in body.get("entities", {}).items()
                                                          if "missing" not in e}, misses=len(chunk))
            out.update(got or {})
        return out

    def _cached(self, key: str | None, params: dict, split: Callable[[dict], dict], misses: int = 1) -> dict | None:
        """Answer from the cache (by key) or the network; `split` turns one answer into cache rows."""
        if key is not None:
            row = self.db.execute("SELECT body, url FROM answers WHERE key = ?", (key,)).fetchone()
            if row:
                return {None: (json.loads(row[0]), row[1])}
        if not self.online:
            self.misses += misses
            return None
        body, url = self._get(params)
        now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        rows = {k: (v, url) for k, v in split(body).items()}
        with self.db:
            for k, (v, u) in rows.items():
                self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                                (key if k is None else f"entity:{k}", u, now, json.dumps(v, sort_keys=True)))
        return rows

    def _get(self, params: dict) -> tuple[dict, str]:
        """One GET, with maxlag, a delay since the previous call, and waits as the server asks."""
        url = f"{self.api}?{urlencode(params)}"
        for attempt in range(MAX_TRIES):
            wait = self.delay - (time.monotonic() - self._last)
            if wait > 0:
                self.sleep(wait)
            self._last = time.monotonic()
            self.calls += 1
            try:
                r = self.session.get(self.api, params={**params, "maxlag": "5"}, timeout=self.timeout)
            except requests.RequestException as e:
                raise RemoteError(f"cannot reach the Wikidata API at {self.api}: {e}",
                                  "Check the network, or run without --online to use only the cache.") from e
            retry_after = _seconds(r.headers.get("Retry-After"), default=5.0 * (attempt + 1))
            if r.status_code in (429, 503):
                self.sleep(retry_after)
                continue
            if r.status_code != 200:
                raise RemoteError(f"the Wikidata API answered {r.status_code} to {url}", "Try again later.")
            try:
                body = r.json()
            except ValueError as e:
                raise RemoteError(f"the Wikidata API sent no JSON for {url}", "Try again later.") from e
            if body.get("error", {}).get("code") == "maxlag":   # the servers are lagging: come back later
                self.sleep(retry_after)
                continue
            if "error" in body:
                raise RemoteError(f"the Wikidata API refused {url}: {body['error'].get('info', body['error'])}",
                                  "Check --api.")
            return body, url
        raise RemoteError(f"the Wikidata API kept asking to wait ({MAX_TRIES} tries) for {url}", "Try again later.")


def _seconds(value: str | None, default: float) -> float:
    try:
        return max(0.0, float(value)) if value is not None else default
    except ValueError:
        return default


def claim_ids(entity: dict, prop: str) -> set[str]:
    """The item ids an entity's claims give for a property (P31 -> {"Q5"})."""
    out = set()
    for c in entity.get("claims", {}).get(prop, []):
        v = c.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, dict) and v.get("id"):
            out.add(v["id"])
    return out


def english_names(entity: dict) -> set[str]:
    """The English label and aliases of an entity."""
    names = {entity.get("labels", {}).get("en", {}).get("value", "")}
    names |= {a.get("value", "") for a in entity.get("aliases", {}).get("en", [])}
    return names - {""}
