"""`geokg ingest` end to end, through the real command, into a temporary store."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geokg.ingest.model import Article, BadItem
from geokg.ingest.pipeline import chunks, even_tail, split_text
from geokg.ingest.rdf import article_iri
from geokg.ingest.read import iter_articles
from ingest_dump import canonical_dump as dump

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "articles" / "iran-syria-2018-08-27.txt"
SEED_GRAPH = article_iri("iran-syria-2018-08-27")
GK = "https://w3id.org/geokg/ontology#"


def geokg(*args, stdin=None, timeout=300):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOKG_")}
    return subprocess.run([sys.executable, "-m", "geokg", *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=env)


def ingest(*args, **kw):
    out = geokg("ingest", *args, **kw)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def select(store, query):
    st = pyoxigraph.Store.read_only(str(store))
    try:
        solutions = st.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return [{k: row[k].value for k in names if row[k] is not None} for row in solutions]
    finally:
        del st


def article_graphs(store):
    return {r["g"] for r in select(store, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <{GK}Article> }} }}")}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("seed") / "st"
    out = ingest(SEED, "--store", store)
    assert out.returncode == 0, out.stderr
    assert "stored 1 articles, 0 failed" in out.stderr
    return store


def test_seed_article_graph_and_metadata(seed_store):
    assert SEED_GRAPH in article_graphs(seed_store)
    rows = select(seed_store, f"""SELECT ?id ?date WHERE {{ GRAPH <{SEED_GRAPH}> {{
        <{SEED_GRAPH}> a <{GK}Article> ; <http://purl.org/dc/terms/identifier> ?id ;
                       <http://purl.org/dc/terms/date> ?date }} }}""")
    assert rows == [{"id": "iran-syria-2018-08-27", "date": "2018-08-27"}]


def test_seed_evidence_offsets_point_at_their_sentence(seed_store):
    text = next(iter_articles([str(SEED)])).text   # the text after " date 2018-08-27 "
    rows = select(seed_store, f"""SELECT ?s ?text ?start ?end WHERE {{ GRAPH <{SEED_GRAPH}> {{
        ?s <{GK}sentence> ?text ; <{GK}startOffset> ?start ; <{GK}endOffset> ?end }} }}""")
    assert rows, "no evidence written"
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["text"], r


def test_reingest_changes_nothing(seed_store, tmp_path):
    before = dump(seed_store)
    out = ingest(SEED, "--store", seed_store)
    assert out.returncode == 0, out.stderr
    assert dump(seed_store) == before


def test_jsonl_good_and_bad_lines(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "good-1", "text": "Russia's foreign minister Sergei Lavrov met Syrian President Bashar "
                                            "al-Assad in Damascus.", "date": "2018-05-02", "title": "Lavrov in Damascus"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "good-2", "text": "NATO condemned the attack.", "source": "Reuters",
                    "url": "https://example.org/nato"}),
        json.dumps({"id": "ctrl", "text": "bad \u0001 char"}),
    ]) + "\n", encoding="utf-8")
    store = tmp_path / "st"
    out = ingest(src, "--store", store)
    assert out.returncode == 1
    assert "stored 2 articles, 4 failed" in out.stderr
    for where in (f"{src}:2", f"{src}:3 (empty)", f"{src}:4", f"{src}:6 (ctrl)"):
        assert where in out.stderr, where
    assert article_graphs(store) == {article_iri("good-1"), article_iri("good-2")}
    rows = select(store, f"""SELECT ?title ?src ?url WHERE {{ GRAPH ?g {{ ?a a <{GK}Article> .
        OPTIONAL {{ ?a <http://purl.org/dc/terms/title> ?title }} OPTIONAL {{ ?a <http://purl.org/dc/terms/source> ?src }}
        OPTIONAL {{ ?a <https://schema.org/url> ?url }} }} }} ORDER BY ?title""")
    assert {"src": "Reuters", "url": "https://example.org/nato"} in rows
    assert {"title": "Lavrov in Damascus"} in rows


def test_directory_with_other_files(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "seed.txt").write_bytes(SEED.read_bytes())
    (d / "README.md").write_text("# notes", encoding="utf-8")
    (d / "data.csv").write_text("a,b", encoding="utf-8")
    out = ingest(d, "--store", tmp_path / "st")
    assert out.returncode == 1
    assert "stored 1 articles, 2 failed" in out.stderr
    assert "README.md: skipped" in out.stderr and "data.csv: skipped" in out.stderr
    assert article_graphs(tmp_path / "st") == {article_iri("seed")}


def test_stdin_and_workers_give_the_same_store(tmp_path):
    lines = [json.dumps({"id": f"w{i}", "text": t, "date": "2019-01-0" + str(i + 1)}) for i, t in enumerate([
        "Iran's President Hassan Rouhani met Turkish President Tayyip Erdogan in Ankara on Monday.",
        "The United States imposed sanctions on Venezuela, Secretary of State Mike Pompeo said.",
        "Germany and France signed a defence pact in Aachen.",
    ])]
    one, two = tmp_path / "one", tmp_path / "two"
    out = ingest("-", "--store", one, stdin="\n".join(lines) + "\n")
    assert out.returncode == 0 and "stored 3 articles" in out.stderr, out.stderr
    src = tmp_path / "w.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = ingest(src, "--store", two, "--workers", "2")
    assert out.returncode == 0, out.stderr
    assert dump(one) == dump(two)


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(4, 60))
def test_pieces_join_back_and_are_small_enough(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or text == ""


def test_the_last_chunks_for_workers_are_cut_small_and_nothing_moves():
    items = [Article(f"a{i}", "text") for i in range(40)]
    items.insert(37, BadItem("x.jsonl:38", "empty text"))
    out = list(even_tail(chunks(items, 16), workers=2, parts=4))
    assert [item for chunk in out for item in chunk] == items
    sizes = [sum(isinstance(item, Article) for item in chunk) for chunk in out]
    assert sizes == [16, 4, 4, 4, 4, 2, 2, 2, 2]   # chunks of 16, 16 and 8: the last two cut in four
    assert list(even_tail(chunks(items[:3], 16), workers=2, parts=4)) == [items[:1], items[1:2], items[2:3]]


@pytest.mark.slow
def test_article_over_max_length_is_processed_in_pieces(tmp_path):
    # 1.2M characters: the seed article at the start and in the middle, another story at the end, with
    # blank lines between (cheap for the parser, so the test stays quick); spaCy's max_length is 1,000,000
    seed = next(iter_articles([str(SEED)])).text.strip()
    end = ("On Monday, Russian Foreign Minister Sergei Lavrov met Syrian President Bashar al-Assad in Damascus. "
           "Lavrov said Russia would keep backing the Syrian government.")
    gap = "\n" * 299_000
    text = seed + gap + seed + gap + seed + gap
    text += "\n" * (1_200_000 - len(text) - len(end) - 1) + end + "\n"
    assert len(text) == 1_200_000
    src = tmp_path / "huge.jsonl"
    src.write_text(json.dumps({"id": "huge", "text": text, "date": "2018-08-27"}) + "\n", encoding="utf-8")
    store = tmp_path / "st"
    out = ingest(src, "--store", store, timeout=600)
    assert out.returncode == 0, out.stderr
    g = article_iri("huge")
    rows = select(store, f"""SELECT ?text ?start ?end WHERE {{ GRAPH <{g}> {{
        ?s <{GK}sentence> ?text ; <{GK}startOffset> ?start ; <{GK}endOffset> ?end }} }}""")
    assert rows
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["text"], r
    # the story past max_length was read too
    assert max(int(r["start"]) for r in rows) > 1_000_000


def test_locked_store_is_one_line(tmp_path):
    store = tmp_path / "st"
    holder = pyoxigraph.Store(str(store))   # this process holds the store for writing
    try:
        out = ingest(SEED, "--store", store)
    finally:
        del holder
    assert out.returncode == 1
    assert "geokg: error:" in out.stderr and "open for writing" in out.stderr


def test_unknown_model_is_one_line(tmp_path):
    out = ingest(SEED, "--store", tmp_path / "st", "--model", "no_such_model_xyz")
    assert out.returncode != 0
    assert "no_such_model_xyz" in out.stderr and "geokg: error:" in out.stderr


def test_server_mode(tmp_path):
    try:
        from endpoint_server import geokg_serve
    except ImportError as e:
        pytest.skip(f"no geokg serve test helper: {e}")
    store = tmp_path / "served"
    with geokg_serve(store, "--enable-update", "--token", "s3cret") as base:
        out = ingest(SEED, "--server", base, "--token", "wrong")
        assert out.returncode == 1 and "geokg: error:" in out.stderr
        out = ingest(SEED, "--server", base, "--token", "s3cret")
        assert out.returncode == 0, out.stderr
        import requests
        r = requests.get(f"{base}/sparql", params={"query": f"ASK {{ GRAPH <{SEED_GRAPH}> {{ ?a a <{GK}Article> }} }}"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert r.json()["boolean"] is True


def test_server_down_is_one_line(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]   # closed again below: nothing listens there
    out = ingest(SEED, "--server", f"http://127.0.0.1:{port}", "--token", "t")
    assert out.returncode == 1
    assert f"cannot reach http://127.0.0.1:{port}/sparql" in out.stderr


def test_server_needs_a_token():
    out = ingest(SEED, "--server", "http://127.0.0.1:9")
    assert out.returncode == 2 and "--server needs --token" in out.stderr
