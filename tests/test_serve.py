"""`geokg serve` as users run it: a real server on 127.0.0.1 over a store directory.

Killable queries, a worker crash in the middle of a query, writes through the server seen at once
(and the result cache dropped), and whole articles for readers during an ingest through the server.
"""

import os
import signal
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from endpoint_server import geokg_serve

TOKEN = "s3cret"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = {"Accept": "application/sparql-results+json"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TRIPLES = 3000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("serve") / "store"
    db = ox.Store(str(store))
    db.extend(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                      ox.Literal(str(i)), ox.NamedNode("http://example.org/g")) for i in range(TRIPLES))
    db.flush()
    del db
    with geokg_serve(store, "--query-timeout", "2", "--workers", "2", "--enable-update", "--token", TOKEN) as base:
        yield base


def count(base: str, query: str = COUNT) -> int:
    r = requests.get(f"{base}/sparql", params={"query": query}, headers=JSON, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def update(base: str, text: str) -> None:
    r = requests.post(f"{base}/sparql", data={"update": text}, headers=AUTH, timeout=30)
    assert r.status_code == 204, r.text


def test_answers_sparql(server):
    assert count(server) >= TRIPLES
    r = requests.get(f"{server}/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers=JSON, timeout=30)
    assert r.json()["boolean"] is True


def test_runaway_query_is_stopped_and_the_next_is_answered(server):
    r = requests.get(f"{server}/sparql", params={"query": RUNAWAY}, headers=JSON, timeout=60)
    assert r.status_code == 503
    assert "stopped" in r.json()["error"]["message"]
    assert count(server) >= TRIPLES


def test_other_queries_are_answered_while_a_runaway_runs(server):
    runaway = threading.Thread(target=requests.get, args=(f"{server}/sparql",),
                               kwargs={"params": {"query": RUNAWAY + " # other"}, "timeout": 60})
    runaway.start()
    try:
        time.sleep(0.3)
        assert runaway.is_alive()   # the runaway is still running: this answer did not wait for it
        assert count(server, COUNT + " # meanwhile") >= TRIPLES
    finally:
        runaway.join()


def test_update_is_visible_at_once_and_drops_the_cache(server):
    before = count(server)
    assert count(server) == before      # a second time: from the cache
    update(server, "INSERT DATA { GRAPH <http://example.org/new> { <http://example.org/x> <http://example.org/p> 'new' } }")
    assert count(server) == before + 1
    update(server, "DROP GRAPH <http://example.org/new>")
    assert count(server) == before


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _server_pid(base: str) -> int:
    port = base.rsplit(":", 1)[1]
    for entry in os.listdir("/proc"):
        cmd = _cmdline(int(entry)) if entry.isdigit() else ""
        if " serve " in cmd and f"--port {port} " in cmd + " " and "endpoint" not in cmd:
            parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            if f"--port {port} " not in _cmdline(parent) + " ":
                return int(entry)
    raise AssertionError("no geokg serve process found")


def test_worker_killed_mid_query_loses_nothing(server):
    update(server, "INSERT DATA { GRAPH <http://example.org/kept> { <http://example.org/k> <http://example.org/p> 'kept' } }")
    before = count(server, COUNT + " # before the crash")
    master = _server_pid(server)
    workers = [p for p in _children(master) if "geokg.endpoint.writer" not in _cmdline(p)]
    assert workers
    crashed = []
    query = threading.Thread(target=lambda: crashed.append(_get_or_error(server, RUNAWAY + " # crash")))
    query.start()
    time.sleep(0.5)
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    query.join()
    assert crashed and crashed[0] != 200       # that query was lost, as the client is told
    deadline = time.monotonic() + 60
    while True:   # gunicorn starts new workers; the server answers again
        try:
            after = count(server, COUNT + " # after the crash")
            break
        except (requests.exceptions.ConnectionError, AssertionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    assert after == before
    assert count(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/kept> { ?s ?p ?o } }") == 1
    update(server, "DROP GRAPH <http://example.org/kept>")


def _get_or_error(base: str, query: str):
    try:
        return requests.get(f"{base}/sparql", params={"query": query}, headers=JSON, timeout=60).status_code
    except requests.exceptions.RequestException as e:
        return type(e).__name__


ARTICLE_TRIPLES = 40


def _article(i: int, round_: int) -> str:
    g = f"http://example.org/article/{i}"
    triples = " ".join(f"<{g}#t{k}> <http://example.org/round> {round_} ." for k in range(ARTICLE_TRIPLES))
    # what `geokg ingest --server` sends: the article's graph replaced in one update
    return f"DROP SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{ {triples} }} }}"


def test_readers_see_whole_articles_during_an_ingest(server):
    sizes = ("SELECT ?g (COUNT(*) AS ?n) (MIN(?r) AS ?lo) (MAX(?r) AS ?hi) WHERE { GRAPH ?g { ?s <http://example.org/round> ?r } } "
             "GROUP BY ?g")
    seen: list = []
    done = threading.Event()

    def reader(n: int) -> None:
        while not done.is_set():
            r = requests.get(f"{server}/sparql", params={"query": f"{sizes} # {n} {time.monotonic()}"}, headers=JSON,
                             timeout=30)
            if r.status_code != 200:
                seen.append(("error", r.status_code, r.text))
                return
            for b in r.json()["results"]["bindings"]:
                seen.append((int(b["n"]["value"]), b["lo"]["value"], b["hi"]["value"]))

    readers = [threading.Thread(target=reader, args=(n,)) for n in range(2)]
    for t in readers:
        t.start()
    try:
        for round_ in (1, 2):
            for i in range(30):
                update(server, _article(i, round_))
    finally:
        done.set()
        for t in readers:
            t.join()
    assert seen, "the readers saw no article"
    partial = [s for s in seen if s[0] != ARTICLE_TRIPLES or s[1] != s[2]]
    assert not partial, partial[:5]
    assert count(server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/round> 2 } }") == 30


def test_writer_crash_is_survived(server):
    master = _server_pid(server)
    writer = next(p for p in _children(master) if "geokg.endpoint.writer" in _cmdline(p))
    os.kill(writer, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while True:     # the server starts a new writer; writes work again and nothing written before is lost
        r = requests.post(f"{server}/sparql", headers=AUTH, timeout=30,
                          data={"update": "INSERT DATA { <http://example.org/w> <http://example.org/p> 'after' }"})
        if r.status_code == 204 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert r.status_code == 204, r.text
    assert count(server, COUNT + " # after the writer crash") >= TRIPLES + 1
    update(server, "DELETE DATA { <http://example.org/w> <http://example.org/p> 'after' }")


def test_a_store_held_by_another_process_is_one_clear_error(tmp_path):
    import subprocess
    import sys

    store = tmp_path / "held"
    holder = ox.Store(str(store))   # this test process holds the store for writing
    try:
        r = subprocess.run([sys.executable, "-m", "geokg", "serve", "--store", str(store), "--port", "1"],
                           capture_output=True, text=True, timeout=120)
    finally:
        del holder
    assert r.returncode != 0
    assert "open for writing by" in r.stderr and "Traceback" not in r.stderr


def test_the_result_cache_is_bounded_in_bytes_and_dropped_on_a_new_version():
    from geokg.endpoint.cache import ResultCache, cache_key
    from geokg.store import QueryResult

    cache = ResultCache(64_000)
    answer = QueryResult("solutions", "application/sparql-results+json", b"x" * 1000)
    for i in range(200):
        key = cache_key(f"SELECT {i}", ["application/json"], None, None, None)
        assert cache.get(key, "v1") is None
        cache.put(key, "v1", answer)
    assert 0 < cache.size <= 64_000 and len(cache) < 200
    newest = cache_key("SELECT 199", ["application/json"], None, None, None)
    assert cache.get(newest, "v1") is answer                      # the least recently used went first
    assert cache.get(cache_key("SELECT 0", ["application/json"], None, None, None), "v1") is None
    assert cache.get(newest, "v2") is None and len(cache) == 0     # the data changed: all dropped
    cache.put(newest, "v1", answer)                                # an answer computed on old data
    assert len(cache) == 0
    big = QueryResult("graph", "text/turtle", b"y" * 20_000)       # over an eighth of the bound
    cache.put(newest, "v2", big)
    assert cache.get(newest, "v2") is None


def test_a_dump_during_an_ingest_holds_whole_articles(server):
    dumps: list = []

    def dump() -> None:
        r = requests.get(f"{server}/dump.nq", timeout=60)
        dumps.append((r.status_code, r.content))

    threads = []
    for round_ in (3, 4):
        for i in range(30, 45):
            update(server, _article(i, round_))
            if i % 5 == 0:
                threads.append(threading.Thread(target=dump))
                threads[-1].start()
    for t in threads:
        t.join()
    assert dumps and all(status == 200 for status, _ in dumps)
    for _, body in dumps:
        sizes: dict = {}
        for quad in ox.parse(body, format=ox.RdfFormat.N_QUADS):
            if quad.predicate.value == "http://example.org/round":
                sizes.setdefault(quad.graph_name.value, set()).add((quad.subject.value, quad.object.value))
        assert sizes and all(len(s) == ARTICLE_TRIPLES and len({o for _, o in s}) == 1 for s in sizes.values())
