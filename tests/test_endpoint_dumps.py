"""/dump.*: every format, gzip, ETag / Last-Modified / 304, streaming in chunks, and a real server."""

import gzip
import io
import threading
import time

import pytest
import rdflib
import requests

from endpoint_server import geokg_serve
from geokg.endpoint import dumps
from geokg.endpoint.app import create_app
from geokg.endpoint.engine import InProcessEngine
from geokg.settings import Settings
from geokg.store import open_store

TOKEN = "tok"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NQ = """<http://ex/a> <http://ex/p> "in the default graph" .
<http://ex/a> <http://ex/p> "in g1"@en <http://ex/g1> .
<http://ex/b> <http://ex/q> <http://ex/a> <http://ex/g2> .
"""
FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


@pytest.fixture(params=["memory", "directory"])
def app(request, tmp_path):
    where = "memory:" if request.param == "memory" else str(tmp_path / "store")
    settings = Settings(store=where, enable_update=True, token=TOKEN)
    store = open_store(settings)
    store.load(io.BytesIO(NQ.encode()), format="nquads")
    engine = InProcessEngine(store, settings)
    yield create_app(settings, engine=engine)
    store.close()


def parse(data: bytes, ext: str):
    quads = ext in ("nq", "trig", "jsonld")
    graph = rdflib.Dataset() if quads else rdflib.Graph()
    graph.parse(data=data, format=FORMATS[ext])
    return graph


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("gz", [False, True])
def test_each_dump_holds_the_data(app, ext, gz):
    response = app.test_client().get(f"/dump.{ext}" + (".gz" if gz else ""))
    assert response.status_code == 200
    data = gzip.decompress(response.data) if gz else response.data
    assert response.mimetype == ("application/gzip" if gz else {
        "ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads",
        "trig": "application/trig", "jsonld": "application/ld+json"}[ext])
    graph = parse(data, ext)
    if isinstance(graph, rdflib.Dataset):
        assert len(list(graph.quads())) == 3
        assert {str(g.identifier) for g in graph.graphs()} >= {"http://ex/g1", "http://ex/g2"}
    else:   # a triple format holds the union of all graphs
        assert len(graph) == 3


def test_etag_and_last_modified_change_with_the_data(app):
    client = app.test_client()
    first = client.get("/dump.nq")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get("/dump.nq", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/dump.nq", headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get("/dump.ttl").headers["ETag"] != etag     # per format
    time.sleep(1.1)   # Last-Modified has one-second resolution
    assert client.post("/sparql", data="INSERT DATA { <http://ex/n> <http://ex/p> 1 }",
                       content_type="application/sparql-update", headers=AUTH).status_code == 204
    again = client.get("/dump.nq", headers={"If-None-Match": etag})
    assert again.status_code == 200 and again.headers["ETag"] != etag
    assert again.headers["Last-Modified"] != modified
    assert len(parse(again.data, "nq")) == 4


def test_the_response_is_streamed_not_collected(app):
    response = app.test_client().get("/dump.nq", buffered=False)
    assert response.is_streamed and "Content-Length" not in response.headers
    assert len(parse(response.get_data(), "nq")) == 3
    head = app.test_client().head("/dump.nq")
    assert head.status_code == 200 and head.data == b"" and "ETag" in head.headers


def test_unknown_dump_is_404(app):
    assert app.test_client().get("/dump.csv").status_code == 404


def test_dump_streams_in_bounded_chunks_and_stops_when_the_client_goes(tmp_path):
    store = open_store("memory:")
    lines = "".join(f'<http://ex/s{i}> <http://ex/p> "value number {i}" .\n' for i in range(40000))
    store.load(io.BytesIO(lines.encode()), format="ntriples")
    engine = InProcessEngine(store)
    chunks = list(dumps.stream_dump(engine, "ntriples", compress=False))
    assert len(chunks) > 10 and max(map(len, chunks)) <= dumps.CHUNK
    assert b"".join(chunks).count(b"\n") == 40000
    before = threading.active_count()
    stream = dumps.stream_dump(engine, "ntriples", compress=False)
    next(stream)
    stream.close()    # what the WSGI server does when the client disconnects
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() <= before


@pytest.mark.slow
def test_dump_over_real_http_from_geokg_serve(tmp_path):
    with geokg_serve(tmp_path / "store", "--enable-update", "--token", TOKEN) as base:
        put = requests.put(f"{base}/store", params={"graph": "http://ex/g1"}, data=NQ.splitlines()[0].encode(),
                           headers={**AUTH, "Content-Type": "application/n-triples"})
        assert put.status_code == 201
        first = requests.get(f"{base}/dump.nq.gz", stream=True)
        assert first.status_code == 200 and first.headers.get("Transfer-Encoding") == "chunked"
        body = gzip.decompress(first.raw.read())
        assert b"<http://ex/g1>" in body
        etag = first.headers["ETag"]
        assert requests.get(f"{base}/dump.nq.gz", headers={"If-None-Match": etag}).status_code == 304
        requests.delete(f"{base}/store", params={"graph": "http://ex/g1"}, headers=AUTH).raise_for_status()
        assert requests.get(f"{base}/dump.nq.gz", headers={"If-None-Match": etag}).status_code == 200
