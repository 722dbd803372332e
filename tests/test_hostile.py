"""Hostile and careless requests through a real `geokg serve` (issue 7): refused cleanly, never a 500."""

import socket

import pyoxigraph as ox
import pytest
import requests
from hypothesis import HealthCheck, given, settings, strategies as st

from endpoint_server import geokg_serve

TOKEN = "s3cret"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("hostile") / "store"
    db = ox.Store(str(store))
    db.extend(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                      ox.Literal(f"label {i}"), ox.NamedNode("http://example.org/g")) for i in range(2000))
    db.flush()
    del db
    with geokg_serve(store, "--query-timeout", "2", "--enable-update", "--token", TOKEN) as base:
        yield base


def error_of(r: requests.Response) -> str:
    return r.json()["error"]["message"]


def test_malformed_query_is_400_with_the_parsers_message(server):
    r = requests.get(f"{server}/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"}, headers=JSON, timeout=30)
    assert r.status_code == 400
    assert "error at 1:" in error_of(r)     # Oxigraph's parser says where


def test_runaway_query_is_503(server):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = requests.get(f"{server}/sparql", params={"query": runaway}, headers=JSON, timeout=60)
    assert r.status_code == 503
    assert requests.get(f"{server}/sparql", params={"query": "ASK {}"}, headers=JSON, timeout=30).status_code == 200


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                            ({"Authorization": "Basic czNjcmV0"}, 401)])
def test_writes_need_the_token(server, headers, status):
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> 'intruder' }"
    assert requests.post(f"{server}/sparql", data={"update": insert}, headers=headers, timeout=30).status_code == status
    put = requests.put(f"{server}/store", params={"graph": "http://example.org/g"}, data=b"<http://a> <http://b> <http://c> .",
                       headers={"Content-Type": "application/n-triples", **headers}, timeout=30)
    assert put.status_code == status
    gone = requests.delete(f"{server}/store", params={"graph": "http://example.org/g"}, headers=headers, timeout=30)
    assert gone.status_code == status
    ask = "ASK { ?s ?p 'intruder' }"
    assert requests.get(f"{server}/sparql", params={"query": ask}, headers=JSON, timeout=30).json()["boolean"] is False
    assert requests.get(f"{server}/store", params={"graph": "http://example.org/g"}, timeout=30).status_code == 200


@pytest.fixture
def listener():
    """A local port that must never be contacted: the server would be a proxy into its own network."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.setblocking(False)
        yield sock


def contacted(sock: socket.socket) -> bool:
    try:
        sock.accept()[0].close()
        return True
    except BlockingIOError:
        return False


@pytest.mark.parametrize("update", ["LOAD <{url}/secret.ttl>", "LOAD <{url}/x.nt> INTO GRAPH <http://example.org/x>",
                                    "PREFIX in: <{url}/> LOAD in:dump.nt", "LOAD SILENT <{url}/x.nt> INTO GRAPH <http://example.org/x>"])
def test_load_of_a_url_not_allowed_is_refused(server, listener, update):
    url = "http://127.0.0.1:%d" % listener.getsockname()[1]
    r = requests.post(f"{server}/sparql", data={"update": update.format(url=url)},
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    if "SILENT" in update:
        assert r.status_code == 204     # SPARQL: a LOAD SILENT that fails is no error, but nothing is fetched
    else:
        assert r.status_code in (400, 403)
        assert "not allowed" in error_of(r)
    assert not contacted(listener)
    assert requests.get(f"{server}/store", params={"graph": "http://example.org/x"}, timeout=30).status_code == 404


@pytest.mark.parametrize("query", ["SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                                   "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
                                   "SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}"])
def test_service_to_an_address_not_allowed_is_refused(server, listener, query):
    url = "http://127.0.0.1:%d" % listener.getsockname()[1]
    r = requests.get(f"{server}/sparql", params={"query": query.format(url=url)}, headers=JSON, timeout=30)
    assert r.status_code in (400, 403)
    assert not contacted(listener)


def test_a_20_mb_body_is_413(server):
    body = "INSERT DATA { " + "<http://example.org/s> <http://example.org/p> 'x' . " * 400_000 + "}"
    assert len(body) > 20_000_000
    try:
        r = requests.post(f"{server}/sparql", data=body.encode(), timeout=60,
                          headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    except requests.exceptions.ConnectionError:
        pytest.fail("the server closed the connection instead of answering 413")
    assert r.status_code == 413


ACCEPTS = st.one_of(
    st.sampled_from(["*/*", "text/html", "application/sparql-results+json;q=0.1, text/csv", "text/turtle",
                     "application/json;q=abc", "image/png", ";;;,,", "text/*;q=0", "application/ld+json;q=1.5"]),
    # requests itself refuses a header value with leading or trailing white space, so none is sent
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60).map(str.strip),
)
QUERIES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["SELECT * WHERE { ?s ?p ?o } LIMIT 3", "ASK {}", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
                     "DESCRIBE <http://example.org/s1>", "SELECT (1/0 AS ?x) {}", "SELECT * { ?s ?p ?o } LIMIT -1",
                     "SELECT * WHERE { ?s <http://example.org/p> ?o FILTER(REGEX(?o, '(((')) }"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, accept=ACCEPTS, method=st.sampled_from(["GET", "POST-form", "POST-body"]))
def test_fuzzed_queries_and_accept_values_never_give_500(server, query, accept, method):
    headers = {"Accept": accept}
    if method == "GET":
        r = requests.get(f"{server}/sparql", params={"query": query}, headers=headers, timeout=30)
    elif method == "POST-form":
        r = requests.post(f"{server}/sparql", data={"query": query}, headers=headers, timeout=30)
    else:
        r = requests.post(f"{server}/sparql", data=query.encode("utf-8", "surrogatepass"), timeout=30,
                          headers={**headers, "Content-Type": "application/sparql-query"})
    assert r.status_code < 500 or r.status_code == 503, (r.status_code, r.text[:300])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["Content-Type", "Authorization", "Accept-Encoding", "If-None-Match", "Range",
                             "Origin", "Accept-Language", "Content-Length"]),
       value=st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
       path=st.sampled_from(["/sparql", "/store", "/health", "/dump.nt", "/sparql?query=ASK%7B%7D", "/store?default",
                             "/nowhere", "/resource/x", "/sparql?query=%ff%fe"]))
def test_fuzzed_headers_never_give_500(server, name, value, path):
    value = value.strip()     # requests itself refuses leading or trailing whitespace
    if name == "Content-Length":
        value = "".join(c for c in value if c.isdigit())[:3] or "0"
    r = requests.get(f"{server}{path}", headers={name: value}, timeout=30, stream=True)
    r.close()
    assert r.status_code < 500, (path, name, value, r.status_code)
