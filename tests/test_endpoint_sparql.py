"""/sparql through Flask's test client, over an in-memory store and a store directory."""

import json

import pyoxigraph as ox
import pytest
import rdflib

from geokg.endpoint.app import create_app
from geokg.endpoint.engine import InProcessEngine
from geokg.endpoint.guard import check
from geokg.errors import QueryRefusedError
from geokg.settings import Settings
from geokg.store import open_store

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA = """
<http://ex/iran> <http://www.w3.org/2000/01/rdf-schema#label> "Iran"@en .
<http://ex/iran> <http://ex/allied> <http://ex/syria> <http://ex/g1> .
<http://ex/syria> <http://www.w3.org/2000/01/rdf-schema#label> "Syria"@en <http://ex/g2> .
"""
SELECT = "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o } ORDER BY ?o"


@pytest.fixture(params=["memory", "directory"])
def settings(request, tmp_path):
    store = "memory:" if request.param == "memory" else str(tmp_path / "store")
    return Settings(store=store, enable_update=True, token=TOKEN, cors=("https://notebook.example",))


@pytest.fixture
def client(settings):
    store = open_store(settings)
    store.load(__import__("io").BytesIO(DATA.encode()), format="nquads")
    app = create_app(settings, engine=InProcessEngine(store, settings))
    yield app.test_client()
    store.close()


def rows(response):
    return [{k: v["value"] for k, v in b.items()} for b in response.json["results"]["bindings"]]


def test_get_post_form_and_post_direct_give_the_same_answer(client):
    by_get = client.get("/sparql", query_string={"query": SELECT})
    by_form = client.post("/sparql", data={"query": SELECT})
    by_body = client.post("/sparql", data=SELECT, content_type="application/sparql-query")
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert rows(by_get) == rows(by_form) == rows(by_body)
    assert [r["o"] for r in rows(by_get)] == ["Iran", "Syria"]   # default graph = union of all graphs


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/turtle, */*;q=0.1", "application/sparql-results+json"),
    ("*/*, application/sparql-results+json;q=0", "application/sparql-results+xml"),
])
def test_select_results_follow_accept_with_q_values(client, accept, media_type):
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == media_type
    if media_type == "text/csv":   # lossy: oxigraph will not parse it back
        assert response.data.decode().splitlines()[1:] == ["http://ex/iran,Iran", "http://ex/syria,Syria"]
        return
    parsed = ox.parse_query_results(response.data, format={
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV}[media_type])
    assert [s["o"].value for s in parsed] == ["Iran", "Syria"]


@pytest.mark.parametrize("accept, fmt", [
    (None, "turtle"), ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld"), ("application/n-quads", "nquads"), ("application/trig", "trig"),
])
def test_construct_follows_accept(client, accept, fmt):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers=headers)
    assert response.status_code == 200
    assert response.mimetype == (accept or "text/turtle")
    graph = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
    graph.parse(data=response.data, format=fmt)
    assert len(graph) == 3 or len(list(graph.quads())) == 3


def test_ask_and_not_acceptable(client):
    response = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
    assert response.json == {"head": {}, "boolean": True}
    refused = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"})
    assert refused.status_code == 406 and refused.json["error"]["status"] == 406
    graph_as_csv = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                              headers={"Accept": "text/csv"})
    assert graph_as_csv.status_code == 406


def test_protocol_dataset_overrides_the_default_graph(client):
    query = "SELECT ?o WHERE { ?s ?p ?o }"
    one = client.get("/sparql", query_string={"query": query, "default-graph-uri": "http://ex/g2"})
    assert [r["o"] for r in rows(one)] == ["Syria"]
    named = client.post("/sparql", data={"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                         "named-graph-uri": "http://ex/g1"})
    assert [r["g"] for r in rows(named)] == ["http://ex/g1"]
    bad = client.get("/sparql", query_string={"query": query, "default-graph-uri": "not an iri"})
    assert bad.status_code == 400


def test_malformed_query_is_400_with_the_parser_message(client):
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE {"})
    assert response.status_code == 400
    error = response.json["error"]
    assert error["status"] == 400 and "1:" in error["message"] and error["hint"]


@pytest.mark.parametrize("kwargs, status", [
    ({"query_string": "query=ASK%7B%7D&query=ASK%7B%7D"}, 400),           # two queries
    ({"method": "POST", "data": "ASK {}", "content_type": "text/plain"}, 415),
    ({"method": "POST", "data": "query=ASK%20%7B%7D"}, 415),               # form body without its type
    ({"method": "POST", "data": "ASK {}".encode("utf-16"),
      "content_type": "application/sparql-query; charset=UTF-16"}, 415),
    ({"method": "POST", "data": b"ASK {} \xff", "content_type": "application/sparql-query"}, 400),
    ({"method": "PUT", "data": "ASK {}"}, 405),
    ({"method": "DELETE"}, 405),
    ({"query_string": {"update": "CLEAR ALL"}}, 405),                       # updates need POST
])
def test_bad_requests_are_4xx(client, kwargs, status):
    response = client.open("/sparql", **kwargs)
    assert response.status_code == status
    assert response.json["error"]["status"] == status


def test_unknown_path_is_404_json(client):
    response = client.get("/no/such/thing")
    assert response.status_code == 404 and response.json["error"]["status"] == 404


def test_service_description_by_accept_and_browser_redirect(client):
    turtle = client.get("/sparql")
    assert turtle.status_code == 200 and turtle.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=turtle.data, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef("http://localhost/sparql")) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) in graph
    xml = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert xml.mimetype == "application/rdf+xml" and len(rdflib.Graph().parse(data=xml.data, format="xml")) > 5
    browser = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.status_code == 303 and browser.location.endswith("/")
    with_query = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "text/html"})
    assert with_query.status_code == 303 and "query=" in with_query.location


def update(client, text, headers=AUTH, **params):
    return client.post("/sparql", data=text, content_type="application/sparql-update", headers=headers,
                       query_string=params)


def count(client, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"):
    return int(rows(client.get("/sparql", query_string={"query": query}))[0]["n"])


def test_updates_need_the_token(client):
    insert = "INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }"
    missing = update(client, insert, headers={})
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = update(client, insert, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert count(client) == 3
    assert update(client, insert).status_code == 204
    assert count(client) == 4
    by_form = client.post("/sparql", data={"update": "DELETE DATA { <http://ex/a> <http://ex/b> <http://ex/c> }"},
                          headers=AUTH)
    assert by_form.status_code == 204 and count(client) == 3


def test_updates_are_off_unless_enabled(tmp_path):
    app = create_app(Settings(store="memory:"))
    response = app.test_client().post("/sparql", data="CLEAR ALL", content_type="application/sparql-update",
                                      headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "--enable-update" in response.json["error"]["hint"]


def test_update_base_iri_is_the_endpoint_and_syntax_errors_are_400(client):
    assert update(client, "INSERT DATA { GRAPH <http://ex/b> { <http://ex/s> <http://ex/p> <rel> } }").status_code == 204
    answer = rows(client.get("/sparql", query_string={"query": "SELECT ?o { GRAPH <http://ex/b> { ?s ?p ?o } }"}))
    assert answer == [{"o": "http://localhost/rel"}]
    assert update(client, "INSERT DATA { oops").status_code == 400


def test_using_graph_uri_parameters(client):
    copy = "INSERT { GRAPH <http://ex/out> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    assert update(client, copy, **{"using-graph-uri": "http://ex/g2"}).status_code == 204
    got = rows(client.get("/sparql", query_string={"query": "SELECT ?o { GRAPH <http://ex/out> { ?s ?p ?o } }"}))
    assert got == [{"o": "Syria"}]
    both = update(client, "WITH <http://ex/g1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                  **{"using-named-graph-uri": "http://ex/g1"})
    assert both.status_code == 400


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://169.254.169.254/latest> { ?s ?p ?o } }",
    "PREFIX in: <http://10.0.0.1/> SELECT * WHERE { SERVICE in:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    r"SELECT * WHERE { SERVICE <http\u003A//127.0.0.1:9/x> { ?s ?p ?o } }",
])
def test_service_outside_the_allow_list_is_refused(client, text):
    response = client.get("/sparql", query_string={"query": text})
    assert response.status_code == 403
    assert "allow" in response.json["error"]["hint"].lower()


def test_load_is_refused_and_load_silent_does_nothing(client):
    assert update(client, "LOAD <http://127.0.0.1:9/data.ttl>").status_code == 403
    assert update(client, "LOAD <file:///etc/passwd> INTO GRAPH <http://ex/x>").status_code == 403
    quiet = update(client, "LOAD SILENT <http://127.0.0.1:9/x.ttl> INTO GRAPH <http://ex/x> ; "
                           "INSERT DATA { <http://ex/a> <http://ex/b> 1 }")
    assert quiet.status_code == 204 and count(client) == 4


def test_guard_allows_the_allow_list_and_ignores_words_in_strings():
    settings = Settings(load_allow=("https://data.example/",))
    allowed = "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    assert check(allowed, settings) == allowed
    harmless = 'SELECT ?service { ?service <http://ex/load> "SERVICE <http://127.0.0.1/>" } # SERVICE ?x'
    assert check(harmless, settings) == harmless
    assert check("LOAD <https://data.example/a.ttl>", settings) == "LOAD <https://data.example/a.ttl>"
    with pytest.raises(QueryRefusedError):
        check("LOAD <https://data.example.evil/a.ttl>", settings)


def test_body_over_the_limit_is_413(tmp_path):
    app = create_app(Settings(store="memory:", max_body=1000))
    response = app.test_client().post("/sparql", data="ASK {}" + " " * 2000, content_type="application/sparql-query")
    assert response.status_code == 413 and response.json["error"]["status"] == 413


def test_cors_and_health(client, settings):
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://notebook.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://notebook.example"
    other = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    health = client.get("/health").json
    assert health["ok"] is True and health["quads"] == 3 and health["store"] == settings.store
    assert json.dumps(health)


@pytest.mark.slow
def test_over_real_http_through_geokg_serve():
    import requests

    from endpoint_server import geokg_serve

    with geokg_serve("memory:", "--enable-update", "--token", TOKEN, "--cors", "*") as base:
        url = f"{base}/sparql"
        assert requests.post(url, data="INSERT DATA { <http://ex/a> <http://ex/b> 1 }",
                             headers={**AUTH, "Content-Type": "application/sparql-update"}).status_code == 204
        csv = requests.get(url, params={"query": "SELECT ?o { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
        assert csv.status_code == 200 and csv.text.splitlines() == ["o", "1"]
        refused = requests.post(url, data="CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
        assert refused.status_code == 401 and "Bearer" in refused.headers["WWW-Authenticate"]
        big = requests.post(url, data=b"#" * (11 * 1024 * 1024), headers={"Content-Type": "application/sparql-query"})
        assert big.status_code == 413 and big.json()["error"]["status"] == 413
        preflight = requests.options(url, headers={"Origin": "https://x.example", "Access-Control-Request-Method": "POST"})
        assert preflight.headers["Access-Control-Allow-Origin"] == "*"
        assert requests.get(f"{base}/health").json()["quads"] == 1


def test_using_clauses_go_before_each_where_and_nowhere_else():
    from geokg.endpoint.updates import add_using

    text = ('PREFIX where: <http://x/> DELETE { ?where where:p "WHERE" } WHERE { ?where ?p ?o '
            '{ SELECT * WHERE { ?a ?b ?c } } } ; DELETE WHERE { ?a ?b ?c } ; INSERT { <a> <b> <c> } WHERE {}')
    out = add_using(text, ["http://g/1"], ["http://g/2"])
    assert out.count("USING <http://g/1> USING NAMED <http://g/2> WHERE") == 2
    assert out.replace("USING <http://g/1> USING NAMED <http://g/2> ", "") == text
