"""A Store over any SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki, GraphDB, Neptune, QLever).

Reads use the SPARQL 1.1 Protocol (POST form), writes SPARQL 1.1 Update, and bulk reads and writes the
Graph Store HTTP Protocol when a GSP URL is given. What servers differ in, and how this copes:
- result caps (Virtuoso's ResultSetMaxRows, 10000 by default): dumps and graph lists go in pages,
  ordered, advancing by the rows actually received, checked against a count;
- writes: SPARQL Update in requests of `request_triples` (one graph never split between requests,
  so readers see it whole); Virtuoso's parser takes about a thousand triples per INSERT DATA, no
  blank nodes there, and slows down sharply with request size, so it gets requests of `batch_triples`,
  blank nodes through INSERT {...} WHERE {}, and Graph Store PUTs when a GSP URL is given;
- Virtuoso answers 406 to lists of types and writes non-standard CSV/TSV: one type is asked for,
  CSV/TSV are made here from SPARQL JSON, and a refused RDF format is made here from N-Triples;
- the version token: every write through geokg replaces one triple in a meta graph in the same
  request, so version() is one cheap lookup (graphs() and count() leave that graph out).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import BinaryIO

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from ..errors import QuerySyntaxError, QueryTimeoutError, RemoteError, StoreError, UsageError
from ..formats import RDF_BY_MEDIA_TYPE, RDF_FORMATS, RESULTS_BY_MEDIA_TYPE, RESULTS_FORMATS, rdf_format
from ..namespaces import GRAPH
from ..settings import Settings
from .base import QueryResult, Store

META_GRAPH = str(GRAPH["meta"])
UNVERSIONED_TTL = 60.0    # seconds between counts standing in for a version the store lacks
VERSION_PREDICATE = "http://www.w3.org/2002/07/owl#versionInfo"
# graphs a server keeps for itself (Virtuoso's schemas, DAV and service description), never user data
SYSTEM_GRAPH = re.compile(r"^(http://www\.openlinksw\.com/.*|http://www\.w3\.org/ns/ldp#|http://www\.w3\.org/2002/07/owl#"
                          r"|https?://[^/]+/(DAV/|sparql)|" + re.escape(META_GRAPH) + ")$")
# strings, IRIs and comments, blanked out before looking for the query form
_OPAQUE = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_JSON = RESULTS_FORMATS["json"].media_type
_NT = RDF_FORMATS["ntriples"].media_type


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's form keyword (SELECT when none is found)."""
    m = _FORM.search(_OPAQUE.sub(" ", sparql))
    return m.group(1).upper() if m else "SELECT"


class RemoteStore(Store):
    """A SPARQL 1.1 server reached over HTTP with one keep-alive session."""

    # seconds a version token is trusted before asking the server again: 0, since another process
    # (another gunicorn worker, an ingest) may have written a moment ago; raise it to trade freshness for speed
    version_ttl = 0.0

    def __init__(self, query_url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 auth: str | None = None, timeout: float = 30.0, union_default_graph: bool = True,
                 batch_triples: int = 500, request_triples: int = 10_000, gsp_batch_triples: int = 50_000,
                 page_size: int = 10_000, version_ttl: float | None = None):
        self.location = self.query_url = query_url
        self.update_url, self.gsp_url = update_url, gsp_url
        self.union_default_graph = union_default_graph
        self.timeout, self.write_timeout = timeout, max(600.0, timeout)
        self.batch_triples, self.request_triples = batch_triples, request_triples
        self.gsp_batch_triples, self.page_size = gsp_batch_triples, page_size
        if version_ttl is not None:
            self.version_ttl = version_ttl
        self._session = requests.Session()
        # read proxy and CA settings from the environment once, not on every request (a third of its cost)
        self._session.proxies = requests.utils.get_environ_proxies(query_url)
        self._session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        self._session.trust_env = False
        adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._credentials: tuple[str, str] | None = None
        if auth and ":" in auth and not auth.lower().startswith("bearer "):
            user, _, password = auth.partition(":")
            self._credentials = (user, password)    # the scheme is chosen by the server's first challenge
        elif auth:
            token = auth[7:] if auth.lower().startswith("bearer ") else auth
            self._session.headers["Authorization"] = "Bearer " + token.strip()
        self._version: tuple[float, str] | None = None
        self._counted: tuple[float, str] | None = None
        self._server = ""    # the Server header, for the few places a server needs its own dialect
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings, *, union_default_graph: bool = True) -> "RemoteStore":
        """A RemoteStore configured from settings (store URL, update_url, gsp_url, auth, query_timeout)."""
        tuning = ("batch_triples", "request_triples", "gsp_batch_triples", "page_size", "version_ttl")
        extra = {k: v for k, v in (settings.extra or {}).items() if k in tuning}
        return cls(settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url, auth=settings.auth,
                   timeout=settings.query_timeout, union_default_graph=union_default_graph, **extra)

    # -- HTTP --------------------------------------------------------------------------------

    def _send(self, method: str, url: str, *, timeout: float, tolerate: tuple[int, ...] = (), **kw) -> requests.Response:
        """One request; transport failures and error statuses become geokg errors."""
        for _ in range(3):
            try:
                r = self._session.request(method, url, timeout=(10.0, timeout), **kw)
            except requests.exceptions.ReadTimeout:
                raise QueryTimeoutError(f"the SPARQL server at {url} gave no answer within {timeout:g} s") from None
            except requests.exceptions.RequestException as e:
                raise RemoteError(f"cannot reach the SPARQL server at {url}: {e.__class__.__name__}") from None
            self._server = self._server or r.headers.get("Server", "-")
            scheme = self._scheme_after(r)
            if scheme is None:
                break
            r.close()
            self._session.auth = scheme(*self._credentials)
        if r.status_code < 300 or r.status_code in tolerate:
            return r
        text = _server_message(r)
        r.close()
        if r.status_code == 400:
            raise QuerySyntaxError(text or "the SPARQL server refused the request as malformed")
        if r.status_code in (401, 403):
            raise RemoteError(f"the SPARQL server at {url} refused access ({r.status_code}): {text}",
                              "Give --auth user:password (or a bearer token) with write rights.")
        raise RemoteError(f"the SPARQL server at {url} answered {r.status_code}: {text}")

    def _is_virtuoso(self) -> bool:
        if not self._server:
            self._send("POST", self.query_url, timeout=self.timeout, data={"query": "ASK {}"}).close()
        return self._server.startswith("Virtuoso")

    def _scheme_after(self, r: requests.Response) -> type | None:
        """The auth scheme to try after a 401: the one challenged, else Basic, then Digest (Virtuoso's
        /sparql-auth answers Basic with a bare 401)."""
        if r.status_code != 401 or not self._credentials:
            return None
        current = type(self._session.auth)
        if "digest" in r.headers.get("WWW-Authenticate", "").lower():
            return None if current is HTTPDigestAuth else HTTPDigestAuth
        return {type(None): HTTPBasicAuth, HTTPBasicAuth: HTTPDigestAuth}.get(current)

    def _read(self, r: requests.Response, deadline: float, url: str) -> bytes:
        """The whole body, stopping at the query timeout however slowly the server trickles it."""
        parts = []
        try:
            for chunk in r.iter_content(1 << 16):
                parts.append(chunk)
                if time.monotonic() > deadline:
                    raise QueryTimeoutError(f"the SPARQL server at {url} did not finish within {self.timeout:g} s")
        except requests.exceptions.RequestException as e:
            raise RemoteError(f"the answer of {url} broke off: {e.__class__.__name__}") from None
        finally:
            r.close()
        return b"".join(parts)

    def _select(self, sparql: str, timeout: float | None = None) -> list[dict]:
        """The bindings of an internal SELECT (SPARQL JSON); counts and pages get the long timeout."""
        r = self._send("POST", self.query_url, timeout=timeout or self.write_timeout, data={"query": sparql},
                       headers={"Accept": _JSON})
        try:
            return r.json()["results"]["bindings"]
        except (ValueError, KeyError) as e:
            raise RemoteError(f"the SPARQL server at {self.query_url} sent no SPARQL JSON results ({e})") from None

    # -- reading -----------------------------------------------------------------------------

    def query(self, sparql: str, *, media_type: str | Sequence[str] | None = None,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None,
              union_default_graph: bool | None = None, base_iri: str | None = None) -> QueryResult:
        form = query_form(sparql)
        kind = {"ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}.get(form, "solutions")
        text = f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql
        if form == "DESCRIBE" and self._is_virtuoso() and "describe-mode" not in sparql:
            text = f'define sql:describe-mode "CBD"\n{text}'    # its default finds nothing without FROM
        known = RDF_BY_MEDIA_TYPE if kind == "graph" else RESULTS_BY_MEDIA_TYPE
        wanted = [m for m in ([media_type] if isinstance(media_type, str) else media_type or []) if m in known]
        want = wanted[0] if wanted else (RDF_FORMATS["turtle"].media_type if kind == "graph" else _JSON)
        # CSV and TSV differ between servers (Virtuoso's TSV has no <> around IRIs): made here from JSON
        ask = _JSON if known[want].name in ("csv", "tsv") else want
        data = [("query", text)]
        data += [("default-graph-uri", g) for g in default_graphs or ()]
        data += [("named-graph-uri", g) for g in named_graphs or ()]
        deadline = time.monotonic() + self.timeout
        r = self._send("POST", self.query_url, timeout=self.timeout, data=data, headers={"Accept": ask}, stream=True,
                       tolerate=(406,))
        got = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if r.status_code == 406 or got not in known:
            r.close()
            if kind != "graph" or ask == _NT:
                raise RemoteError(f"the SPARQL server at {self.query_url} cannot answer in {ask} (it sent {got or 'nothing'})")
            ask = _NT    # the server refused the RDF format: ask for N-Triples and convert here
            r = self._send("POST", self.query_url, timeout=self.timeout, data=data, headers={"Accept": ask}, stream=True)
            got = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
        body = self._read(r, deadline, self.query_url)
        if got in known and known[got] == known[want]:
            return QueryResult(kind, want, body)
        return QueryResult(kind, want, _convert(kind, body, known.get(got), known[want]))

    def graphs(self) -> list[str]:
        return [g for g, _ in self._graph_counts()]

    def _graph_counts(self) -> list[tuple[str, int]]:
        """(graph, triples) of every user graph, in pages (the server may cap answers)."""
        out: list[tuple[str, int]] = []
        grouped = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        while True:
            if self._is_virtuoso():    # it sorts at most 10000 rows unless the sort sits in a subquery
                page = f"SELECT ?g ?n WHERE {{ {{ {grouped} }} }} OFFSET {len(out)} LIMIT {self.page_size}"
            else:
                page = f"{grouped} LIMIT {self.page_size} OFFSET {len(out)}"
            rows = self._select(page)
            out += [(b["g"]["value"], int(b["n"]["value"])) for b in rows if "g" in b and "n" in b]
            if len(rows) < self.page_size:    # (a server capping below page_size would end this early)
                break
        return [(g, n) for g, n in out if not SYSTEM_GRAPH.match(g)]

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return sum(n for _, n in self._graph_counts())
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]["value"]) if rows else 0

    def version(self) -> str:
        with self._lock:
            if self._version and time.monotonic() - self._version[0] < self.version_ttl:
                return self._version[1]
        rows = self._select(f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{VERSION_PREDICATE}> ?v }} }}",
                            timeout=self.timeout)
        if rows:
            token = rows[0]["v"]["value"]
        else:
            # never written through geokg (loaded by the server's own loader): the graphs and their
            # sizes stand in, counted at most once a minute since that reads every quad
            with self._lock:
                if self._counted and time.monotonic() - self._counted[0] < UNVERSIONED_TTL:
                    return self._counted[1]
            token = "c" + hashlib.sha1(repr(self._graph_counts()).encode()).hexdigest()[:16]
            with self._lock:
                self._counted = (time.monotonic(), token)
        with self._lock:
            self._version = (time.monotonic(), token)
        return token

    def dump(self, output: BinaryIO, *, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        sizes = self._graph_counts() if graph is None else [(graph, self.count(graph))]

        def statements() -> Iterator[ox.Triple | ox.Quad]:
            for name, size in sizes:
                g = ox.NamedNode(name)
                for s, p, o in self._triples(name, size):
                    yield ox.Quad(s, p, o, g) if fmt.quads else ox.Triple(s, p, o)

        ox.serialize(statements(), output, format=fmt.oxigraph)

    def _triples(self, graph: str, expected: int) -> Iterator[tuple]:
        """The `expected` triples of one graph, streamed: by Graph Store GET when the graph is smaller
        than a page (Virtuoso caps GSP GET too), else by SELECT in pages; a shortfall is an error."""
        seen = 0
        if self.gsp_url and 0 < expected < self.page_size:
            r = self._send("GET", self.gsp_url, timeout=self.write_timeout, params={"graph": graph},
                           headers={"Accept": _NT}, stream=True, tolerate=(404,))
            r.raw.decode_content = True
            try:
                for q in ([] if r.status_code == 404 else ox.parse(r.raw, format=ox.RdfFormat.N_TRIPLES)):
                    seen += 1
                    yield q.subject, q.predicate, q.object
            finally:
                r.close()
        else:
            ordered = expected > self.page_size
            while seen < expected:
                rows = self._select(self._page(graph, ordered, seen))
                if not rows:
                    break
                if not ordered and len(rows) < expected:    # capped below our page: order, and go on paging
                    ordered = True
                    rows = self._select(self._page(graph, ordered, 0))
                seen += len(rows)
                for b in rows:
                    yield _term(b["s"]), _term(b["p"]), _term(b["o"])
        if seen != expected:
            raise RemoteError(f"the dump of <{graph}> read {seen} triples where the server counted {expected}",
                              "The server capped the answer or the graph changed while it was read; run the dump again.")

    def _page(self, graph: str, ordered: bool, offset: int) -> str:
        """The SELECT of one page of a graph's triples; ordered, so that pages neither overlap nor miss."""
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}"
        if not ordered:
            return f"SELECT ?s ?p ?o WHERE {{ {where} }} LIMIT {self.page_size} OFFSET {offset}"
        if self._is_virtuoso():    # it sorts at most 10000 rows unless the sort sits in a subquery
            return (f"SELECT ?s ?p ?o WHERE {{ {{ SELECT ?s ?p ?o WHERE {{ {where} }} ORDER BY ?s ?p ?o }} }} "
                    f"OFFSET {offset} LIMIT {self.page_size}")
        return f"SELECT ?s ?p ?o WHERE {{ {where} }} ORDER BY ?s ?p ?o LIMIT {self.page_size} OFFSET {offset}"

    # -- writing -----------------------------------------------------------------------------

    def _bump_ops(self) -> str:
        token = secrets.token_hex(8)
        return (f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{VERSION_PREDICATE}> ?v }} }} ;\n"
                f'INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{VERSION_PREDICATE}> "{token}" }} }}')

    def _post_update(self, text: str) -> None:
        if not self.update_url:
            raise StoreError(f"the store {self.query_url} is read-only here: no update URL was given",
                             "Give --update-url (Oxigraph server: .../update; Virtuoso and Fuseki: the same /sparql).")
        self._send("POST", self.update_url, timeout=self.write_timeout, data=text.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"}).close()
        with self._lock:
            self._version = self._counted = None

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        text = sparql.rstrip()
        text = text[:-1] if text.endswith(";") else text
        self._post_update(f"{f'BASE <{base_iri}>' if base_iri else ''}\n{text}\n;\n{self._bump_ops()}")

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        if not graphs:
            return
        parsed: dict[str, list[ox.Triple]] = {}
        for iri, ntriples in graphs.items():    # refuse a bad batch before any of it is written
            try:
                parsed[iri] = [q.triple for q in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
            except SyntaxError as e:
                raise QuerySyntaxError(f"graph <{iri}>: not valid N-Triples: {e}") from e
        if self._writes_by_gsp():    # one PUT a graph: each graph is replaced whole
            for iri, ntriples in graphs.items():
                if ntriples.strip():
                    self._send("PUT", self.gsp_url, timeout=self.write_timeout, params={"graph": iri},
                               data=ntriples.encode("utf-8"), headers={"Content-Type": _NT}).close()
                else:
                    self._send("DELETE", self.gsp_url, timeout=self.write_timeout, params={"graph": iri},
                               tolerate=(404,)).close()
            self._post_update(self._bump_ops())
            return

        def units() -> Iterator[tuple[int, list[str]]]:
            for iri, triples in parsed.items():
                ops = [f"DROP SILENT GRAPH <{iri}>"]
                ops += [_insert(iri, chunk) for _, chunk in _chunks(triples, iri, self.batch_triples)]
                yield len(triples) + 1, ops

        self._post_units(units())

    def _writes_by_gsp(self) -> bool:
        """Graph Store writes where there is no update URL, or on Virtuoso, whose Graph Store takes them
        about five times faster than its SPARQL Update; elsewhere batched updates are faster (fewer
        requests) and atomic over a whole batch."""
        return bool(self.gsp_url) and (not self.update_url or self._is_virtuoso())

    def _post_units(self, units: Iterable[tuple[int, list[str]]]) -> None:
        """Send update operations, a unit's operations always in one request, in requests of about
        request_triples triples (batch_triples on Virtuoso, which slows down sharply past that)."""
        limit = self.batch_triples if self._is_virtuoso() else max(self.batch_triples, self.request_triples)
        ops: list[str] = []
        size = 0
        for n, unit in units:
            if ops and size + n > limit:
                self._post_update(" ;\n".join([*ops, self._bump_ops()]))
                ops, size = [], 0
            ops += unit
            size += n
        if ops:
            self._post_update(" ;\n".join([*ops, self._bump_ops()]))

    def load(self, source: str | BinaryIO, *, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        if graph is not None and fmt.quads:
            raise UsageError(f"--graph cannot be used with {fmt.name}, which names its own graphs",
                             "Drop --graph, or load a triple format (.ttl .nt .rdf).")
        if not self.update_url and not self.gsp_url:
            self._post_update("")    # raises the read-only error
        kwargs = {"path": source} if isinstance(source, str) else {"input": source}
        by_gsp = self._writes_by_gsp()
        chunks = _chunks(ox.parse(format=fmt.oxigraph, **kwargs), graph,
                         self.gsp_batch_triples if by_gsp else self.batch_triples)
        try:
            if by_gsp:
                for name, chunk in chunks:
                    params = {"graph": name} if name else {"default": ""}
                    self._send("POST", self.gsp_url, timeout=self.write_timeout, params=params,
                               data=ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES),
                               headers={"Content-Type": _NT}).close()
            else:
                self._post_units((len(chunk), [_insert(name, chunk)]) for name, chunk in chunks)
        except SyntaxError as e:
            raise UsageError(f"{getattr(source, 'name', source)}: not valid {fmt.name}: {e}",
                             "Fix the file, or name it with the extension of its real format.") from e
        finally:
            if self.update_url:
                self._post_update(self._bump_ops())

    def close(self) -> None:
        self._session.close()


def _insert(graph: str | None, triples: list[ox.Triple]) -> str:
    """INSERT DATA of triples; INSERT ... WHERE {} when blank nodes appear (Virtuoso refuses them in DATA)."""
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    block = f"GRAPH <{graph}> {{\n{body}}}" if graph else body
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        return f"INSERT {{ {block} }} WHERE {{}}"
    return f"INSERT DATA {{ {block} }}"


def _chunks(statements: Iterable[ox.Quad | ox.Triple], graph: str | None,
            limit: int) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    """Triples of one graph at a time, `limit` at a time. Triples with blank nodes are held back to the
    end and sent with every other triple of their blank nodes, since each request or operation makes
    its own blank nodes (only those triples are held in memory)."""
    name: str | None = None
    chunk: list[ox.Triple] = []
    held: dict[str | None, list[ox.Triple]] = {}
    for q in statements:
        g = graph if graph is not None or isinstance(q, ox.Triple) else (
            q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None)
        t = q if isinstance(q, ox.Triple) else q.triple
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            held.setdefault(g, []).append(t)
            continue
        if chunk and (g != name or len(chunk) >= limit):
            yield name, chunk
            chunk = []
        name = g
        chunk.append(t)
    if chunk:
        yield name, chunk
    for g, triples in held.items():
        for group in _blank_node_groups(triples, limit):
            yield g, group


def _blank_node_groups(triples: list[ox.Triple], limit: int) -> Iterator[list[ox.Triple]]:
    """Triples packed about `limit` at a time, all the triples of connected blank nodes in one pack."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        labels = [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
        for other in labels[1:]:
            parent[root(other)] = root(labels[0])
    components: dict[str, list[ox.Triple]] = {}
    for t in triples:
        first = t.subject if isinstance(t.subject, ox.BlankNode) else t.object
        components.setdefault(root(first.value), []).append(t)
    pack: list[ox.Triple] = []
    for component in components.values():
        if pack and len(pack) + len(component) > limit:
            yield pack
            pack = []
        pack += component
    if pack:
        yield pack


def _term(b: dict) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term of SPARQL JSON results (also Virtuoso's "typed-literal" and nodeID:// blank nodes)."""
    t, v = b["type"], b["value"]
    if t == "uri":
        return ox.NamedNode(v)
    if t == "bnode":
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", v))
    if "xml:lang" in b:
        return ox.Literal(v, language=b["xml:lang"])
    if "datatype" in b:
        return ox.Literal(v, datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(v)


def _convert(kind: str, body: bytes, source, target) -> bytes:
    """Re-serialize an answer the server could not give in the wanted format."""
    if source is None:
        raise RemoteError("the SPARQL server answered in a format geokg cannot read")
    try:
        if kind == "graph":
            return ox.serialize(ox.parse(body, format=source.oxigraph), format=target.oxigraph)
        if source.name == "json":    # Virtuoso names blank nodes nodeID://b123, which parsers refuse
            body = re.sub(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://', rb"\1", body)
        return ox.parse_query_results(body, format=source.oxigraph).serialize(format=target.oxigraph)
    except SyntaxError as e:
        raise RemoteError(f"the SPARQL server's answer does not parse as {source.name}: {e}") from None


def _server_message(r: requests.Response) -> str:
    """The server's error text, without the echoed query (Virtuoso repeats it) and without HTML."""
    try:
        text = r.text
    except (requests.exceptions.RequestException, UnicodeDecodeError):
        return ""
    text = text.split("\n\nSPARQL query:", 1)[0]
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())[:500]
