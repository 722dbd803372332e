"""The geokg command line: load, dump, query, status, and its one-line error messages."""

import gzip
import json
import subprocess
import sys
import time

import pytest
import rdflib

TTL = """@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/geokg/resource/state/IR> a gk:State ; rdfs:label "Iran"@en .
<https://w3id.org/geokg/resource/state/SY> a gk:State ; rdfs:label "Syria"@en .
<https://w3id.org/geokg/resource/state/IR> gk:supports <https://w3id.org/geokg/resource/state/SY> .
"""


def geokg(*args, input=None, check=True):
    out = subprocess.run([sys.executable, "-m", "geokg", *args], capture_output=True, input=input, timeout=120)
    if check and out.returncode != 0:
        raise AssertionError(f"geokg {' '.join(args)} exited {out.returncode}: {out.stderr.decode()}")
    return out


@pytest.fixture
def data_files(tmp_path):
    """The same five triples in every format `geokg load` reads."""
    g = rdflib.Graph().parse(data=TTL, format="turtle")
    ds = rdflib.Dataset()
    named = ds.graph(rdflib.URIRef("https://w3id.org/geokg/resource/article/a"))
    for t in g:
        named.add(t)
    files = {}
    for name, fmt, src in [("d.ttl", "turtle", g), ("d.nt", "nt", g), ("d.rdf", "xml", g), ("d.owl", "xml", g),
                           ("d.nq", "nquads", ds), ("d.trig", "trig", ds), ("d.jsonld", "json-ld", ds)]:
        p = tmp_path / name
        src.serialize(p, format=fmt, encoding="utf-8")
        files[name] = p
    gz = tmp_path / "d.ttl.gz"
    gz.write_bytes(gzip.compress(TTL.encode()))
    files["d.ttl.gz"] = gz
    return files


@pytest.mark.parametrize("name", ["d.ttl", "d.nt", "d.rdf", "d.owl", "d.nq", "d.trig", "d.jsonld", "d.ttl.gz"])
def test_load_each_format(tmp_path, data_files, name):
    store = str(tmp_path / "st")
    geokg("load", str(data_files[name]), "--store", store)
    out = geokg("query", "--store", store, "--format", "json",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert json.loads(out.stdout)["results"]["bindings"][0]["n"]["value"] == "5"


def test_load_into_graph_then_dump_round_trips(tmp_path, data_files):
    store = str(tmp_path / "st")
    geokg("load", str(data_files["d.ttl"]), "--store", store, "--graph", "https://example.org/g")
    for fmt, ext in [("nquads", "nq"), ("trig", "trig"), ("turtle", "ttl"), ("ntriples", "nt"), ("jsonld", "jsonld")]:
        target = tmp_path / f"out.{ext}.gz"
        geokg("dump", "--store", store, "--format", fmt, "-o", str(target))
        text = gzip.decompress(target.read_bytes()).decode()
        parsed = rdflib.Dataset()
        parsed.parse(data=text, format={"nq": "nquads", "nt": "nt", "ttl": "turtle", "jsonld": "json-ld"}.get(ext, ext))
        assert sum(1 for _ in parsed.quads((None, None, None, None))) == 5, fmt
    one = geokg("dump", "--store", store, "--format", "ntriples", "--graph", "https://example.org/g")
    assert len(rdflib.Graph().parse(data=one.stdout.decode(), format="nt")) == 5


def test_query_formats(tmp_path, data_files):
    store = str(tmp_path / "st")
    geokg("load", str(data_files["d.ttl"]), "--store", store)
    q = "PREFIX gk: <https://w3id.org/geokg/ontology#> SELECT ?a ?b WHERE { ?a gk:supports ?b }"
    table = geokg("query", "--store", store, q).stdout.decode()
    assert "state/IR" in table and "(1 row)" in table
    csv = geokg("query", "--store", store, "--format", "csv", q).stdout.decode()
    assert csv.splitlines()[0].strip() == "a,b"
    xml = geokg("query", "--store", store, "--format", "xml", q).stdout.decode()
    assert "<sparql" in xml
    ask = geokg("query", "--store", store, "ASK { ?s ?p ?o }").stdout.decode().strip()
    assert ask == "true"
    ttl = geokg("query", "--store", store, "--format", "turtle", "CONSTRUCT WHERE { ?s ?p ?o }").stdout.decode()
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) == 5
    qfile = tmp_path / "q.rq"
    qfile.write_text(q)
    assert "(1 row)" in geokg("query", "--store", store, "-f", str(qfile)).stdout.decode()


def test_status(tmp_path, data_files):
    store = str(tmp_path / "st")
    assert geokg("status", "--store", store, "--quiet-if-empty", check=False).returncode == 1
    geokg("load", str(data_files["d.nq"]), "--store", store)
    assert "5 quads in 1 named graphs" in geokg("status", "--store", store).stdout.decode()


@pytest.mark.parametrize("args, words", [
    (["load", "missing.ttl"], "no such file"),
    (["load", "{data}/d.txt"], "cannot tell the RDF format"),
    (["load", "{data}/broken.ttl"], "not valid turtle"),
    (["load", "{data}/d.nq", "--graph", "https://example.org/g"], "--graph cannot be used"),
    (["query", "SELEC * WHERE"], "syntax error"),
    (["query"], "give a query"),
    (["dump", "--format", "yaml"], "Invalid value"),
])
def test_user_mistakes_get_one_line_and_no_traceback(tmp_path, data_files, args, words):
    (tmp_path / "d.txt").write_text("not rdf")
    (tmp_path / "broken.ttl").write_text("<a> <b> .")
    args = [a.replace("{data}", str(tmp_path)) for a in args]
    out = geokg(*args, "--store", str(tmp_path / "st"), check=False)
    err = out.stderr.decode()
    assert out.returncode != 0
    assert words in err
    assert "Traceback" not in err


def test_second_writer_is_told_who_holds_the_store(tmp_path, data_files):
    store = tmp_path / "st"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from geokg.store import open_store; s = open_store(sys.argv[1]);"
                               " print('open', flush=True); time.sleep(30)", str(store)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        out = geokg("load", str(data_files["d.ttl"]), "--store", str(store), check=False)
        err = out.stderr.decode()
        assert out.returncode == 1
        assert f"process {holder.pid}" in err
        assert "Traceback" not in err and "LOCK" not in err
    finally:
        holder.kill()
        holder.wait()
    # once the holder is gone, the store opens again
    deadline = time.time() + 10
    while geokg("load", str(data_files["d.ttl"]), "--store", str(store), check=False).returncode != 0:
        assert time.time() < deadline
        time.sleep(0.2)
