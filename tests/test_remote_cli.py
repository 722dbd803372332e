"""geokg end to end on a SPARQL server: load, query, dump, ingest and serve with --store http://...,
against `oxigraph serve` and Virtuoso (each skipped, with the reason, when not installed)."""

import gzip
import json
from pathlib import Path

import pytest
import rdflib
import requests
from rdflib.compare import isomorphic, to_isomorphic, graph_diff

from geokg.store.remote import RemoteStore
from servers import clear, free_port, run_geokg, start_geokg_serve, stop_group

SEED = Path(__file__).resolve().parents[1] / "examples" / "articles" / "iran-syria-2018-08-27.txt"
R = "https://w3id.org/geokg/resource/"
GK = "https://w3id.org/geokg/ontology#"
GRAPH = "https://example.org/graph/loaded"
# (no geo:wktLiteral: Virtuoso stores those as its own geometries, in single precision; docs/backends.md)
TTL = f"""@prefix gk: <{GK}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
<{R}state/IR> a gk:State ; rdfs:label "Iran"@en ; gk:supports <{R}state/SY> .
<{R}state/SY> a gk:State ; rdfs:label "Syria"@en .
<{R}city/112931> a gk:City ; rdfs:label "Tehran"@en ; geo:hasGeometry [ rdfs:comment "a blank node" ] .
"""


@pytest.fixture(params=["oxigraph-serve", "virtuoso"])
def remote(request):
    """(server, the --store/--update-url/--gsp-url options for it), on an empty server."""
    server = request.getfixturevalue("oxigraph_server" if request.param == "oxigraph-serve" else "virtuoso_server")
    clear(server)
    options = ["--store", server.query_url, "--update-url", server.update_url]
    if server.gsp_url:
        options += ["--gsp-url", server.gsp_url]
    yield server, options
    clear(server)


def direct(server) -> RemoteStore:
    """A store reading the server directly, not through geokg serve."""
    return RemoteStore(server.query_url)


def ok(out):
    assert out.returncode == 0, out.stderr.decode()
    return out


def json_rows(out) -> list[dict]:
    return json.loads(ok(out).stdout)["results"]["bindings"]


def check_isomorphic(a: rdflib.Graph, b: rdflib.Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        raise AssertionError(f"graphs differ:\n< {only_a.serialize(format='nt')}\n> {only_b.serialize(format='nt')}")


def test_load_query_dump_round_trip(remote, tmp_path):
    server, options = remote
    src = tmp_path / "data.ttl.gz"
    src.write_bytes(gzip.compress(TTL.encode()))
    ok(run_geokg("load", str(src), *options, "--graph", GRAPH))
    rows = json_rows(run_geokg("query", "--store", server.query_url, "--format", "json",
                               f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"))
    assert rows[0]["n"]["value"] == "9"
    table = ok(run_geokg("query", "--store", server.query_url,
                         f"SELECT ?label WHERE {{ <{R}state/IR> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"))
    assert "Iran" in table.stdout.decode() and "(1 row)" in table.stdout.decode()
    expected = rdflib.Graph().parse(data=TTL, format="turtle")
    one = tmp_path / "one.nt.gz"
    ok(run_geokg("dump", *options, "--graph", GRAPH, "--format", "ntriples", "-o", str(one)))
    check_isomorphic(rdflib.Graph().parse(data=gzip.decompress(one.read_bytes()), format="nt"), expected)
    everything = ok(run_geokg("dump", *options, "--format", "nquads")).stdout
    ds = rdflib.Dataset()
    ds.parse(data=everything, format="nquads")
    check_isomorphic(ds.graph(rdflib.URIRef(GRAPH)), expected)
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {GRAPH}


@pytest.mark.slow
def test_ingest_writes_the_same_article_graph_as_the_embedded_store(remote, tmp_path):
    server, options = remote
    ok(run_geokg("ingest", str(SEED), *options))
    local = str(tmp_path / "store")
    ok(run_geokg("ingest", str(SEED), "--store", local))
    article = f"{R}article/iran-syria-2018-08-27"
    dumps = [ok(run_geokg("dump", *where, "--graph", article, "--format", "ntriples")).stdout
             for where in (options, ["--store", local])]
    remote_graph, local_graph = (rdflib.Graph().parse(data=d, format="nt") for d in dumps)
    assert len(local_graph) > 50
    check_isomorphic(remote_graph, local_graph)
    again = ok(run_geokg("ingest", str(SEED), *options))    # re-ingesting changes nothing
    assert b"stored 1 articles" in again.stderr
    assert rdflib.Graph().parse(data=ok(run_geokg("dump", *options, "--graph", article, "--format", "ntriples")).stdout,
                                format="nt").isomorphic(local_graph)


def test_serve_forwards_to_the_server(remote, tmp_path):
    server, options = remote
    src = tmp_path / "data.ttl"
    src.write_text(TTL)
    ok(run_geokg("load", str(src), *options, "--graph", GRAPH))
    proc, base = start_geokg_serve(*options, "--enable-update", "--token", "T", "--query-timeout", "2",
                                   folder=tmp_path)
    try:
        q = f"SELECT ?s WHERE {{ ?s a <{GK}State> }} ORDER BY ?s"
        first = requests.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
        assert first.status_code == 200
        assert [b["s"]["value"] for b in first.json()["results"]["bindings"]] == [f"{R}state/IR", f"{R}state/SY"]
        csv = requests.post(base + "/sparql", data={"query": q}, headers={"Accept": "text/csv"})
        assert csv.text.split() == ["s", f"{R}state/IR", f"{R}state/SY"]

        # a write through geokg serve reaches the server, and the cached answer is dropped
        update = f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <{R}state/LB> a <{GK}State> }} }}"
        assert requests.post(base + "/sparql", data={"update": update}).status_code == 401
        written = requests.post(base + "/sparql", data={"update": update}, headers={"Authorization": "Bearer T"})
        assert written.status_code in (200, 204), written.text
        after = requests.get(base + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
        assert len(after.json()["results"]["bindings"]) == 3

        # dumps and entity pages come from the server too
        dump = requests.get(base + "/dump.nq")
        assert dump.status_code == 200
        ds = rdflib.Dataset()
        ds.parse(data=dump.content, format="nquads")
        assert len(ds.graph(rdflib.URIRef(GRAPH))) == 10
        page = requests.get(base + "/resource/state/IR", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "Iran" in page.text
        turtle = requests.get(base + "/resource/state/IR", headers={"Accept": "text/turtle"})
        assert (rdflib.URIRef(f"{R}state/IR"), rdflib.URIRef(f"{GK}supports"), rdflib.URIRef(f"{R}state/SY")) in \
            rdflib.Graph().parse(data=turtle.text, format="turtle")

        # an ingest sent through geokg serve lands on the server (oxigraph only: the model load is slow)
        if server.name == "oxigraph-serve":
            ok(run_geokg("ingest", str(SEED), "--server", base, "--token", "T"))
            article = f"{R}article/iran-syria-2018-08-27"
            assert article in direct(server).graphs()

        # errors: the server's parser message as a 400, a runaway query stopped with a 503
        bad = requests.get(base + "/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"})
        assert bad.status_code == 400 and bad.json()["error"]["message"]
        ok(run_geokg("load", str(write_numbers(tmp_path, 250)), *options, "--graph", GRAPH + "/numbers"))
        runaway = runaway_query(GRAPH + "/numbers")    # 250^3 rows: some seconds of work on either server
        slow = requests.get(base + "/sparql", params={"query": runaway}, timeout=60)
        assert slow.status_code == 503, slow.text
        assert requests.get(base + "/health").json()["ok"] is True
    finally:
        stop_group(proc)


def write_numbers(folder: Path, n: int) -> Path:
    path = folder / "numbers.nt"
    path.write_text("".join(f'<https://example.org/n{i}> <https://example.org/value> "{i}" .\n' for i in range(n)))
    return path


def runaway_query(graph: str) -> str:
    """A count over a cross product of a graph with itself, three times, with a string join per row."""
    return (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }} "
            "FILTER(STRLEN(CONCAT(?x, ?y, ?z)) > 2) }")


def test_cli_errors_are_one_line(remote, tmp_path):
    server, options = remote
    bad = run_geokg("query", "--store", server.query_url, "SELEC * WHERE { ?s ?p ?o }")
    assert bad.returncode == 1 and b"Traceback" not in bad.stderr
    assert bad.stderr.decode().startswith("geokg: error:")
    down = run_geokg("query", "--store", f"http://127.0.0.1:{free_port()}/sparql", "ASK {}")
    assert down.returncode == 1 and b"cannot reach" in down.stderr and b"Traceback" not in down.stderr
    src = tmp_path / "data.ttl"
    src.write_text(TTL)
    readonly = run_geokg("load", "--store", server.query_url, "--graph", GRAPH, str(src))
    assert readonly.returncode == 1 and b"no update URL" in readonly.stderr and b"--update-url" in readonly.stderr
