"""Ingesting while serving: `geokg ingest --server` into a running `geokg serve` on the embedded store.

While the articles arrive, concurrent queries see each article graph whole or not at all (its triple
count is 0 or its final count), the result cache follows the data, and a dump taken meanwhile parses
and holds only whole article graphs.
"""

import json
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from servers import env_without_geokg, start_geokg_serve, stop_group

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "news" / "corpus.jsonl"
ARTICLE = "https://w3id.org/geokg/resource/article/"
COUNTS = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ARTICLE}")) }}
GROUP BY ?g"""
ARTICLES = 12    # articles per ingest run


def counts(base: str) -> dict[str, int]:
    r = requests.post(base + "/sparql", data={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"},
                      timeout=60)
    assert r.status_code == 200, r.text
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


@pytest.mark.slow
def test_queries_and_dumps_during_an_ingest_through_the_server(tmp_path):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent (the shared evaluation material)")
    parts = []    # two ingests one after the other: the server sees at least two commits
    with CORPUS.open(encoding="utf-8") as lines:
        for i in range(2):
            parts.append(tmp_path / f"articles-{i}.jsonl")
            parts[-1].write_text("".join(next(lines) for _ in range(ARTICLES)), encoding="utf-8")
    proc, base = start_geokg_serve("--store", str(tmp_path / "store"), "--enable-update", "--token", "T",
                                   "--workers", "2", folder=tmp_path)
    seen: list[dict[str, int]] = []
    dumps: list[bytes] = []
    errors: list[str] = []
    runs: list[subprocess.CompletedProcess] = []
    done = threading.Event()

    def ingest() -> None:
        try:
            for part in parts:
                runs.append(subprocess.run([sys.executable, "-m", "geokg", "ingest", str(part), "--server", base,
                                            "--token", "T"], capture_output=True, env=env_without_geokg(), timeout=600))
        finally:
            done.set()

    def reader() -> None:
        while not done.is_set():
            try:
                seen.append(counts(base))
            except (AssertionError, requests.RequestException) as e:
                errors.append(str(e))
            done.wait(0.02)    # leave the two cores mostly to the ingest

    def dumper() -> None:
        while not done.is_set():
            if seen and seen[-1]:    # once some articles are in, while more are coming
                r = requests.get(base + "/dump.nq", timeout=120)
                dumps.append(r.content if r.status_code == 200 else b"status %d" % r.status_code)
                return
            done.wait(0.05)

    try:
        assert counts(base) == {}
        threads = [threading.Thread(target=f) for f in (ingest, reader, reader, dumper)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(900)
        final = counts(base)
    finally:
        stop_group(proc)

    for run in runs:    # 1: some corpus articles may be refused, and are named
        assert run.returncode in (0, 1), run.stderr.decode()
    assert not errors, errors[:3]
    assert final and all(n > 0 for n in final.values())
    stored = sum(int(run.stderr.decode().split("stored ", 1)[1].split()[0]) for run in runs)
    assert len(runs) == 2 and len(final) == stored
    # every article graph any query saw was whole: its final size, never a part of it
    partial = [(g, n, final.get(g)) for snapshot in seen for g, n in snapshot.items() if n != final.get(g)]
    assert not partial, partial[:5]
    # the answers followed the data (the cache was dropped as articles came), never going back
    sizes = [len(s) for s in seen]
    print(f"{len(seen)} answers seen during the ingest, graph counts {sorted(set(sizes))}")
    assert sizes == sorted(sizes) and len(set(sizes)) >= 3, sorted(set(sizes))
    # a dump taken while the ingest ran parses, and holds whole article graphs only
    assert dumps and not dumps[0].startswith(b"status"), dumps[:1]
    in_dump: dict[str, int] = {}
    for q in ox.parse(dumps[0], format=ox.RdfFormat.N_QUADS):
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(ARTICLE):
            in_dump[q.graph_name.value] = in_dump.get(q.graph_name.value, 0) + 1
    assert in_dump and all(final.get(g) == n for g, n in in_dump.items()), \
        json.dumps({g: (n, final.get(g)) for g, n in in_dump.items() if final.get(g) != n})[:500]
