"""One store test suite, run against every backend: in memory, a directory (embedded Oxigraph),
`oxigraph serve` (with and without its Graph Store, paging its answers) and Virtuoso Open Source."""

import csv
import io

import pyoxigraph as ox
import pytest

from geokg.errors import GeokgError, QuerySyntaxError, QueryTimeoutError, RemoteError, StoreError
from geokg.formats import RDF_FORMATS, RESULTS_FORMATS
from geokg.store import open_store
from geokg.store.remote import RemoteStore
from servers import clear, free_port

EX = "http://example.org/"
G1, G2, G3 = EX + "graph/1", EX + "graph/2", EX + "graph/3"
ONE = f"""<{EX}iran> <{EX}supports> <{EX}syria> .
<{EX}iran> <{EX}label> "Iran"@en .
<{EX}iran> <{EX}population> "88550570"^^<http://www.w3.org/2001/XMLSchema#integer> .
<{EX}syria> <{EX}label> "Syria \\"al-Sham\\"\\nline two" .
"""
TWO = f"""<{EX}russia> <{EX}supports> <{EX}syria> .
<{EX}russia> <{EX}label> "Россия"@ru .
"""
BACKENDS = ["memory", "directory", "oxigraph-serve", "oxigraph-serve-sparql", "virtuoso", "virtuoso-sparql"]


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path):
    """(name, store, server or None): an empty store of each kind."""
    name = request.param
    if name == "memory":
        yield name, open_store("memory:"), None
        return
    if name == "directory":
        st = open_store(str(tmp_path / "store"))
        yield name, st, None
        st.close()
        return
    server = request.getfixturevalue("virtuoso_server" if name.startswith("virtuoso") else "oxigraph_server")
    # the SPARQL-only variants page dumps and graph lists in tiny pages, so paging is exercised
    sparql_only = name.endswith("-sparql")
    gsp = None if sparql_only else server.gsp_url
    page = 3 if sparql_only else 10_000
    st = RemoteStore(server.query_url, update_url=server.update_url, gsp_url=gsp, page_size=page, timeout=20)
    clear(server)
    yield name, st, server
    clear(server)
    st.close()


@pytest.fixture
def store(backend):
    return backend[1]


@pytest.fixture
def filled(store):
    store.replace_graphs({G1: ONE, G2: TWO})
    return store


def nt_set(text: str | bytes) -> set[str]:
    data = text.encode() if isinstance(text, str) else text
    return {str(t) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}


def triples_of(body: bytes, fmt) -> set[str]:
    return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(body, format=fmt.oxigraph)}


def rows(result) -> list[tuple]:
    fmt = next(f for f in RESULTS_FORMATS.values() if f.media_type == result.media_type)
    if fmt.name == "csv":    # lossy by design: plain strings
        return sorted(tuple(r) for r in list(csv.reader(io.StringIO(result.body.decode())))[1:])
    parsed = ox.parse_query_results(result.body, format=fmt.oxigraph)
    if isinstance(parsed, ox.QueryBoolean):
        return [bool(parsed)]
    return sorted(tuple(str(s[v]) if s[v] is not None else None for v in parsed.variables) for s in parsed)


SELECT = f"SELECT ?a ?label WHERE {{ ?a <{EX}supports> <{EX}syria> ; <{EX}label> ?label }}"


@pytest.mark.parametrize("fmt", list(RESULTS_FORMATS))
def test_select_in_each_results_format(filled, fmt):
    result = filled.query(SELECT, media_type=RESULTS_FORMATS[fmt].media_type)
    assert result.kind == "solutions" and result.media_type == RESULTS_FORMATS[fmt].media_type
    expected = sorted([(f"<{EX}iran>", '"Iran"@en'), (f"<{EX}russia>", '"Россия"@ru')])
    if fmt == "csv":    # CSV drops the type of each term
        expected = sorted([(f"{EX}iran", "Iran"), (f"{EX}russia", "Россия")])
    assert rows(result) == expected


@pytest.mark.parametrize("fmt", list(RESULTS_FORMATS))
def test_ask_in_each_results_format(filled, fmt):
    mt = RESULTS_FORMATS[fmt].media_type
    yes = filled.query(f"ASK {{ <{EX}iran> <{EX}supports> ?x }}", media_type=mt)
    no = filled.query(f"ASK {{ <{EX}syria> <{EX}supports> ?x }}", media_type=mt)
    assert yes.kind == no.kind == "boolean"
    if fmt in ("json", "xml"):    # SPARQL CSV/TSV have no boolean form; servers differ
        assert rows(yes) == [True] and rows(no) == [False]


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_construct_in_each_rdf_format(filled, fmt):
    f = RDF_FORMATS[fmt]
    result = filled.query(f"PREFIX ex: <{EX}>\nCONSTRUCT {{ ?a ex:supports ?b }} WHERE {{ GRAPH <{G1}> {{ ?a ex:supports ?b }} }}",
                          media_type=[f.media_type])
    assert result.kind == "graph" and result.media_type == f.media_type
    assert triples_of(result.body, f) == {f"<{EX}iran> <{EX}supports> <{EX}syria>"}


def test_describe_names_the_resource(filled):
    result = filled.query(f"DESCRIBE <{EX}russia>", media_type="application/n-triples")
    assert result.kind == "graph"
    assert f"<{EX}russia> <{EX}supports> <{EX}syria>" in nt_set(result.body)


def test_default_and_named_graphs_of_the_request(filled):
    q = f"SELECT ?a WHERE {{ ?a <{EX}supports> ?b }}"
    only_two = filled.query(q, media_type="application/sparql-results+json", default_graphs=[G2])
    assert rows(only_two) == [(f"<{EX}russia>",)]
    q = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?a <{EX}supports> ?b }} }}"
    named = filled.query(q, media_type="application/sparql-results+json", named_graphs=[G1])
    assert rows(named) == [(f"<{G1}>",)]


def test_union_default_graph_sees_every_graph(filled):
    result = filled.query(f"SELECT ?a WHERE {{ ?a <{EX}supports> <{EX}syria> }}", media_type="application/sparql-results+json")
    assert len(rows(result)) == 2


def test_graphs_and_count(filled):
    assert sorted(filled.graphs()) == [G1, G2]
    assert filled.count(G1) == 4 and filled.count(G2) == 2 and filled.count(G3) == 0
    assert filled.count() == 6


def test_update_insert_and_delete(filled):
    filled.update(f"INSERT DATA {{ GRAPH <{G3}> {{ <{EX}iraq> <{EX}opposes> <{EX}isis> }} }}")
    assert filled.count(G3) == 1 and G3 in filled.graphs()
    # DELETE WHERE over GRAPH ?g touches only the first graph on Virtuoso 7.2: the long form is portable
    filled.update(f"PREFIX ex: <{EX}>\nDELETE {{ GRAPH ?g {{ ?a ex:supports ?b }} }} WHERE {{ GRAPH ?g {{ ?a ex:supports ?b }} }} ;")
    assert filled.count(G1) == 3 and filled.count(G2) == 1


def test_update_with_base_iri(store):
    store.update(f"INSERT DATA {{ GRAPH <{G3}> {{ <iraq> <opposes> <isis> }} }}", base_iri=EX)
    assert nt_set(dump_bytes(store, "ntriples", G3)) == {f"<{EX}iraq> <{EX}opposes> <{EX}isis>"}


def test_replace_graphs_replaces_and_is_idempotent(filled):
    before = dump_bytes(filled, "nquads")
    filled.replace_graphs({G1: ONE, G2: TWO})
    assert nt_quads(dump_bytes(filled, "nquads")) == nt_quads(before)
    filled.replace_graphs({G1: f"<{EX}iran> <{EX}opposes> <{EX}israel> .\n"})
    assert nt_set(dump_bytes(filled, "ntriples", G1)) == {f"<{EX}iran> <{EX}opposes> <{EX}israel>"}
    assert filled.count(G2) == 2
    filled.replace_graphs({G2: ""})    # an empty graph is dropped
    assert G2 not in filled.graphs()


def test_replace_graphs_is_all_or_nothing(filled):
    before = nt_quads(dump_bytes(filled, "nquads"))
    with pytest.raises(GeokgError):
        filled.replace_graphs({G1: f"<{EX}a> <{EX}b> <{EX}c> .\n", G3: "<not a triple"})
    assert nt_quads(dump_bytes(filled, "nquads")) == before


def test_adding_graphs_the_store_does_not_hold_is_all_or_nothing_too(store):
    # the embedded store adds graphs it does not hold yet without SPARQL: still one transaction
    with pytest.raises(GeokgError):
        store.replace_graphs({G1: ONE, G3: "<not a triple"})
    assert store.count() == 0 and store.graphs() == []
    store.replace_graphs({G1: ONE, G2: ""})
    store.replace_graphs({G1: TWO, G2: ONE})   # G1 held already: replaced, G2 added
    assert nt_set(dump_bytes(store, "ntriples", G1)) == nt_set(TWO)
    assert nt_set(dump_bytes(store, "ntriples", G2)) == nt_set(ONE)


def test_replace_many_graphs_in_batches(store):
    graphs = {f"{EX}article/{i}": "".join(f'<{EX}s{i}> <{EX}p{j}> "v{i}-{j}" .\n' for j in range(40))
              for i in range(30)}    # 1200 triples: several requests on Virtuoso (500 triples each)
    store.replace_graphs(graphs)
    assert store.count() == 1200 and len(store.graphs()) == 30
    assert all(store.count(g) == 40 for g in list(graphs)[:3])


def test_load_turtle_into_a_graph_keeps_blank_nodes(store):
    ttl = f"@prefix ex: <{EX}> .\nex:tehran ex:geometry [ ex:wkt \"POINT(51.42 35.69)\" ] ; ex:label \"Tehran\" .\n"
    store.load(io.BytesIO(ttl.encode()), format="turtle", graph=G3)
    assert store.count(G3) == 3
    result = store.query(f"PREFIX ex: <{EX}>\nSELECT ?w WHERE {{ GRAPH <{G3}> {{ ex:tehran ex:geometry ?g . ?g ex:wkt ?w }} }}",
                         media_type="application/sparql-results+json")
    assert rows(result) == [('"POINT(51.42 35.69)"',)]


def test_blank_nodes_survive_batching(store):
    # sorted N-Triples put every "_:g ..." line before the "<city> ... _:g" lines: more triples than one
    # request or operation takes, so a blank node's triples must be kept together when they are cut
    lines = [f'_:g{i} <{EX}wkt> "POINT({i} {i})" .' for i in range(350)]
    lines += [f"<{EX}city{i}> <{EX}geometry> _:g{i} ." for i in range(350)]
    store.replace_graphs({G1: "\n".join(lines) + "\n"})
    store.load(io.BytesIO("\n".join(lines).encode()), format="ntriples", graph=G2)
    for g in (G1, G2):
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?c <{EX}geometry> ?x . ?x <{EX}wkt> ?w }} }}"
        assert rows(store.query(q, media_type="application/sparql-results+json"))[0][0].startswith('"350"')
        assert store.count(g) == 700


def test_load_nquads_names_its_graphs(store, tmp_path):
    path = tmp_path / "d.nq"
    path.write_text(f"<{EX}a> <{EX}p> \"1\" <{G1}> .\n<{EX}b> <{EX}p> \"2\" <{G2}> .\n<{EX}c> <{EX}p> \"3\" <{G2}> .\n")
    store.load(str(path), format="nquads")
    assert store.count(G1) == 1 and store.count(G2) == 2


def test_load_bad_rdf_is_a_clear_error(store):
    with pytest.raises(GeokgError, match="not valid turtle"):
        store.load(io.BytesIO(b"<a> <b> ."), format="turtle", graph=G1)


def test_load_many_triples_in_chunks(store):
    nt = "".join(f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(1100))
    store.load(io.BytesIO(nt.encode()), format="ntriples", graph=G3)
    assert store.count(G3) == 1100


def dump_bytes(store, fmt, graph=None) -> bytes:
    out = io.BytesIO()
    store.dump(out, format=fmt, graph=graph)
    return out.getvalue()


def nt_quads(body: bytes) -> set[str]:
    return {str(q) for q in ox.parse(body, format=ox.RdfFormat.N_QUADS)}


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_dump_round_trips(filled, fmt):
    body = dump_bytes(filled, fmt)
    quads = {str(q) for q in ox.parse(body, format=RDF_FORMATS[fmt].oxigraph)}
    expected = {str(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g)))
                for g, text in ((G1, ONE), (G2, TWO)) for t in ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES)}
    assert quads == expected


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "rdfxml"])
def test_dump_one_graph_as_triples(filled, fmt):
    body = dump_bytes(filled, fmt, G1)
    assert triples_of(body, RDF_FORMATS[fmt]) == nt_set(ONE)


def test_dump_beyond_a_server_cap(backend):
    # Virtuoso answers at most 10000 rows (ResultSetMaxRows), Graph Store GET included; elsewhere the
    # same paths (GSP GET, SELECT pages) are covered by smaller graphs
    name, store, _ = backend
    n = 10_500 if name == "virtuoso" else 20
    store.replace_graphs({G3: "".join(f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(n))})
    assert store.count(G3) == n
    assert len(nt_quads(dump_bytes(store, "nquads"))) == n
    assert len(nt_set(dump_bytes(store, "ntriples", G3))) == n


def test_version_changes_with_each_write_only(store):
    v0 = store.version()
    assert store.version() == v0
    store.replace_graphs({G1: ONE})
    v1 = store.version()
    store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}y> <{EX}z> }} }}")
    v2 = store.version()
    store.load(io.BytesIO(TWO.encode()), format="ntriples", graph=G2)
    v3 = store.version()
    assert len({v0, v1, v2, v3}) == 4


def test_query_syntax_error_carries_the_message(store):
    with pytest.raises(QuerySyntaxError) as e:
        store.query("SELEC * WHERE { ?s ?p ?o }", media_type="application/sparql-results+json")
    assert e.value.message


def test_update_syntax_error(store):
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATUM { }")


# -- what only a remote store can meet -----------------------------------------------------------

def remote_only(backend):
    name, store, server = backend
    if server is None:
        pytest.skip(f"{name} is not a remote store")
    return store, server


def test_unreachable_server_is_a_remote_error(backend):
    remote_only(backend)
    st = RemoteStore(f"http://127.0.0.1:{free_port()}/sparql", update_url=None)
    with pytest.raises(RemoteError, match="cannot reach"):
        st.query("ASK {}")


def test_without_update_url_writes_are_refused(backend):
    _, server = remote_only(backend)
    st = RemoteStore(server.query_url)
    with pytest.raises(StoreError, match="update URL"):
        st.replace_graphs({G1: ONE})
    with pytest.raises(StoreError, match="update URL"):
        st.update("CLEAR ALL")


def test_query_timeout_becomes_query_timeout_error(backend):
    store, server = remote_only(backend)
    store.replace_graphs({G1: "".join(f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(130))})
    slow = RemoteStore(server.query_url, timeout=0.2)
    # a cross product of 130^3 rows with a string join: about a second of work, not 0.2 s
    q = f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{G1}> {{ ?a <{EX}p> ?x . ?b <{EX}p> ?y . ?c <{EX}p> ?z }}
             FILTER(STRLEN(CONCAT(?x, ?y, ?z)) > 2) }}"""
    with pytest.raises(QueryTimeoutError):
        slow.query(q)


def test_credentials(backend):
    store, server = remote_only(backend)
    if not server.auth_url:
        pytest.skip(f"{server.name} runs without credentials here")
    good = RemoteStore(server.query_url, update_url=server.auth_url, auth=server.auth)
    good.replace_graphs({G3: ONE})    # Virtuoso's /sparql-auth speaks Digest: switched to after the challenge
    assert store.count(G3) == 4
    bad = RemoteStore(server.query_url, update_url=server.auth_url, auth="dba:wrong")
    with pytest.raises(RemoteError, match="refused access"):
        bad.replace_graphs({G3: TWO})
