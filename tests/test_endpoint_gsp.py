"""/store: the Graph Store HTTP Protocol through Flask's test client, over a memory and a directory store."""

import pytest
import rdflib
from rdflib.compare import isomorphic

from geokg.endpoint.app import create_app
from geokg.endpoint.engine import InProcessEngine
from geokg.settings import Settings
from geokg.store import open_store

TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
G = "http://www.example/gsp/person/1.ttl"
TTL = b"""@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://www.example/gsp/person/1> a foaf:Person ; foaf:businessCard [ foaf:fn "John Doe" ] ."""


@pytest.fixture(params=["memory", "directory"])
def client(request, tmp_path):
    where = "memory:" if request.param == "memory" else str(tmp_path / "store")
    settings = Settings(store=where, enable_update=True, token=TOKEN, union_default_graph=False)
    store = open_store(settings)
    yield create_app(settings, engine=InProcessEngine(store, settings)).test_client()
    store.close()


def put(client, data=TTL, graph=G, content_type="text/turtle; charset=utf-8", headers=AUTH):
    return client.put("/store", query_string={"graph": graph}, data=data, content_type=content_type, headers=headers)


def graph_of(response, fmt="turtle"):
    return rdflib.Graph().parse(data=response.data, format=fmt)


def test_put_creates_then_replaces_and_get_returns_the_same_graph(client):
    assert put(client).status_code == 201
    assert put(client).status_code == 204
    got = client.get("/store", query_string={"graph": G}, headers={"Accept": "text/turtle"})
    assert got.status_code == 200 and got.mimetype == "text/turtle"
    assert isomorphic(graph_of(got), rdflib.Graph().parse(data=TTL, format="turtle"))


@pytest.mark.parametrize("accept, fmt", [("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
                                         ("application/ld+json", "json-ld")])
def test_get_in_other_formats(client, accept, fmt):
    put(client)
    got = client.get("/store", query_string={"graph": G}, headers={"Accept": accept})
    assert got.mimetype == accept and len(graph_of(got, fmt)) == 3


def test_head_has_headers_and_no_body(client):
    put(client)
    head = client.head("/store", query_string={"graph": G}, headers={"Accept": "text/turtle"})
    assert head.status_code == 200 and head.mimetype == "text/turtle" and head.data == b""
    assert client.head("/store", query_string={"graph": "http://www.example/none"}).status_code == 404


def test_post_merges_and_multipart_parts_are_each_read(client):
    assert client.post("/store", query_string={"graph": G}, data=b'<http://ex/s> <http://ex/p> "one" .',
                       content_type="application/n-triples", headers=AUTH).status_code == 201
    body = (b'--XX\r\nContent-Disposition: form-data; name="a"; filename="a.ttl"\r\n'
            b'Content-Type: text/turtle\r\n\r\n<http://ex/s> <http://ex/p> "two" .\r\n'
            b'--XX\r\nContent-Disposition: form-data; name="b"; filename="b.nt"\r\n\r\n'
            b'<http://ex/s> <http://ex/p> "three" .\r\n--XX--\r\n')
    merged = client.post("/store", query_string={"graph": G}, data=body,
                         content_type="multipart/form-data; boundary=XX", headers=AUTH)
    assert merged.status_code == 204
    values = {str(o) for o in graph_of(client.get("/store", query_string={"graph": G})).objects()}
    assert values == {"one", "two", "three"}


def test_post_to_the_store_creates_a_new_graph_at_its_location(client):
    created = client.post("/store", data=TTL, content_type="text/turtle", headers=AUTH)
    assert created.status_code == 201
    location = created.headers["Location"]
    assert len(graph_of(client.get("/store", query_string={"graph": location}))) == 3
    direct = client.get(location.replace("http://localhost", ""))
    assert direct.status_code == 200 and len(graph_of(direct)) == 3


def test_default_graph(client):
    assert client.put("/store?default", data=b"<http://ex/s> <http://ex/p> <http://ex/o> .",
                      content_type="application/n-triples", headers=AUTH).status_code in (201, 204)
    put(client)
    assert len(graph_of(client.get("/store?default"))) == 1    # not the union: the store's own default graph
    assert client.delete("/store?default", headers=AUTH).status_code == 204
    assert len(graph_of(client.get("/store?default"))) == 0


def test_delete_then_404(client):
    put(client)
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 204
    assert client.get("/store", query_string={"graph": G}).status_code == 404
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 404


def test_direct_identification(client):
    assert client.put("/store/person/2.ttl", data=TTL, content_type="text/turtle", headers=AUTH).status_code == 201
    answer = client.get("/sparql", query_string={"query": "SELECT ?g WHERE { GRAPH ?g { } }"}).json
    graphs = [b["g"]["value"] for b in answer["results"]["bindings"]]
    assert graphs == ["http://localhost/store/person/2.ttl"]


@pytest.mark.parametrize("kwargs, status", [
    ({"data": b"<http://ex/s> <http://ex/p> .", "content_type": "text/turtle"}, 400),   # does not parse
    ({"data": b"\x89PNG", "content_type": "image/png"}, 415),
    ({"data": TTL, "content_type": "text/turtle", "graph": "relative/iri"}, 400),
    ({"data": TTL, "content_type": "text/turtle", "graph": "http://ex/a>b"}, 400),
])
def test_bad_bodies_and_names(client, kwargs, status):
    kwargs = dict(kwargs)
    graph = kwargs.pop("graph", G)
    response = client.put("/store", query_string={"graph": graph}, headers=AUTH, **kwargs)
    assert response.status_code == status and response.json["error"]["status"] == status
    assert client.get("/store", query_string={"graph": G}).status_code == 404      # nothing half-written


def test_writes_need_the_token_and_reads_do_not(client):
    assert put(client, headers={}).status_code == 401
    assert put(client, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.delete("/store", query_string={"graph": G}).status_code == 401
    assert put(client).status_code == 201
    assert client.get("/store", query_string={"graph": G}).status_code == 200


def test_ambiguous_or_missing_graph_name_is_400(client):
    assert client.get("/store", query_string={"graph": G, "default": ""}).status_code == 400
    assert client.get("/store").status_code == 400
    assert client.open("/store", method="PATCH").status_code == 405


def test_writes_off_by_default():
    client = create_app(Settings(store="memory:")).test_client()
    assert put(client, headers={"Authorization": "Bearer x"}).status_code == 403
