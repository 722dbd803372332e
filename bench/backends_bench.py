"""geokg on each backend: the embedded store, `oxigraph serve`, Virtuoso Open Source.

    .venv/bin/python bench/backends_bench.py [--articles 150] [--synth 3000] [--duration 5]

1. ingest, end to end: `geokg ingest` of the same corpus articles (../shared/eval/news/corpus.jsonl)
   into each backend, articles per second (spaCy included, model loading included);
2. writes only: the article graphs that ingest produced, written again with Store.replace_graphs in
   ingest's batches of 64, articles per second (what the backend costs ingest);
3. bulk load of the synthetic graph of ../shared/bench (`geokg load`), quads per second;
4. queries: requests/s with wrk at 4 connections on a few of ../shared/bench/queries, through
   `geokg serve` on each backend next to the server queried directly; warm (one request repeated)
   and cold (every request a different query).
The servers are started by tests/servers.py on free 127.0.0.1 ports and stopped at the end.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))

import pyoxigraph as ox  # noqa: E402

import servers  # noqa: E402  (the same server set-up the tests use)
from geokg.store import open_store  # noqa: E402
from geokg.store.remote import RemoteStore  # noqa: E402

QUERIES = ["q1_officials_of_state", "q2_allies", "q5_articles_mentioning_both", "q7_label_search"]
ARTICLE = "https://w3id.org/geokg/resource/article/"


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, env=servers.env_without_geokg())
    if out.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])} failed: {out.stderr.decode()[-2000:]}")
    return time.perf_counter() - start


def geokg(*args: str) -> list[str]:
    return [sys.executable, "-m", "geokg", *args]


def article_graphs(store_dir: Path) -> dict[str, str]:
    """The article graphs of a store, as N-Triples text each."""
    with open_store(str(store_dir), read_only=True) as st:
        graphs = {}
        for g in st.graphs():
            if g.startswith(ARTICLE):
                out = io.BytesIO()
                st.dump(out, format="ntriples", graph=g)
                graphs[g] = out.getvalue().decode()
        return graphs


def write_rate(store, graphs: dict[str, str], batch: int = 64) -> float:
    """Articles per second through replace_graphs in ingest's batches."""
    items = list(graphs.items())
    start = time.perf_counter()
    for i in range(0, len(items), batch):
        store.replace_graphs(dict(items[i:i + batch]))
    return len(items) / (time.perf_counter() - start)


def wrk(base: str, paths_file: Path, seconds: float) -> dict:
    out = subprocess.run(["wrk", "-t1", "-c4", f"-d{seconds:g}s", "--timeout", "60s", "-s",
                          str(SHARED / "bench" / "mix.lua"), base],
                         env={**os.environ, "WRK_PATHS": str(paths_file)}, capture_output=True, text=True)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("requests ")), None)
    if line is None:
        raise SystemExit(f"wrk failed on {base}: {out.stdout} {out.stderr}")
    fields = line.split()
    return {fields[i]: float(fields[i + 1]) for i in range(0, len(fields), 2)}


def paths(prefix: str, template: Path, cold: bool) -> str:
    cmd = [sys.executable, str(SHARED / "bench" / "paths.py"), prefix, str(template)] + (["--cold", "3000"] if cold else [])
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=150, help="corpus articles to ingest")
    ap.add_argument("--synth", type=int, default=3000, help="synthetic articles for the query benchmark")
    ap.add_argument("--duration", type=float, default=5, help="seconds of wrk per measurement")
    ap.add_argument("--parts", default="1234", help="which parts to run (e.g. 23); 2 needs the articles of 1")
    args = ap.parse_args()
    corpus = SHARED / "eval" / "news" / "corpus.jsonl"
    if not corpus.exists() or shutil.which("wrk") is None:
        raise SystemExit("needs ../shared (corpus and bench queries) and wrk (apt-get install wrk)")
    work = Path(tempfile.mkdtemp(prefix="geokg-backends-"))
    procs, backends = [], {}
    try:
        for name, start in (("oxigraph-serve", servers.start_oxigraph), ("virtuoso", servers.start_virtuoso)):
            folder = work / name
            folder.mkdir()
            try:
                proc, server = start(folder)
            except (RuntimeError, OSError, TypeError) as e:
                print(f"{name}: not run ({e})", file=sys.stderr)
                continue
            procs.append(proc)
            backends[name] = server
        run(args, corpus, work, backends)
    finally:
        for proc in procs:
            servers.stop(proc)
        shutil.rmtree(work, ignore_errors=True)


def options(server) -> list[str]:
    return ["--store", server.query_url, "--update-url", server.update_url] + (
        ["--gsp-url", server.gsp_url] if server.gsp_url else [])


def run(args, corpus: Path, work: Path, backends: dict) -> None:
    sample = work / "corpus.jsonl"
    with corpus.open(encoding="utf-8") as lines:
        sample.write_text("".join(line for _, line in zip(range(args.articles), lines)), encoding="utf-8")
    embedded = work / "embedded"
    stores = {"embedded": ["--store", str(embedded)]} | {name: options(s) for name, s in backends.items()}

    if "1" not in args.parts:
        if "2" in args.parts:
            subprocess.run(geokg("ingest", str(sample), "--store", str(embedded)), capture_output=True)
    else:
        print(f"1. ingest of {args.articles} corpus articles, end to end (articles/s)")
        for name, opts in stores.items():
            seconds = timed(geokg("ingest", str(sample), *opts))
            print(f"   {name:16} {args.articles / seconds:7.2f}   ({seconds:.1f} s)", flush=True)

    if "2" in args.parts:
        write_only(embedded, work, backends)
    if "3" in args.parts or "4" in args.parts:
        queries(args, work, backends)


def write_only(embedded: Path, work: Path, backends: dict) -> None:
    graphs = article_graphs(embedded)
    triples = sum(text.count("\n") for text in graphs.values())
    print(f"2. writes only: {len(graphs)} article graphs, {triples} triples, replace_graphs in batches of 64 "
          "(articles/s)")
    for name, server in backends.items():
        for gsp in ([None, server.gsp_url] if server.gsp_url else [None]):
            servers.clear(server)
            with RemoteStore(server.query_url, update_url=server.update_url, gsp_url=gsp) as st:
                rate = write_rate(st, graphs)
            print(f"   {name + (' (+ GSP URL)' if gsp else ' (update URL)'):30} {rate:9.1f}", flush=True)
    with open_store("memory:") as st:
        print(f"   {'embedded (in memory)':30} {write_rate(st, graphs):9.1f}")
    with open_store(str(work / "embedded-writes")) as st:
        print(f"   {'embedded (directory)':30} {write_rate(st, graphs):9.1f}")


def queries(args, work: Path, backends: dict) -> None:
    trig = work / "synth.trig"
    subprocess.run([sys.executable, str(SHARED / "bench" / "synth_kg.py"), str(args.synth), str(trig)], check=True)
    quads = sum(1 for _ in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    print(f"3. geokg load of the synthetic graph, {quads} quads (quads/s)")
    synth_store = work / "synth-embedded"
    stores = {"embedded": ["--store", str(synth_store)]} | {name: options(s) for name, s in backends.items()}
    for name, opts in stores.items():
        if name in backends:
            servers.clear(backends[name])
        seconds = timed(geokg("load", str(trig), *opts))
        print(f"   {name:16} {quads / seconds:9.0f}   ({seconds:.1f} s)", flush=True)

    if "4" not in args.parts:
        return
    print(f"4. queries, requests/s at 4 connections, {args.duration:g} s each: through geokg serve | the server directly")
    direct = {name: (s.query_url.split("/", 3)[2], "/" + s.query_url.split("/", 3)[3]) for name, s in backends.items()}
    for name, opts in stores.items():
        proc, base = servers.start_geokg_serve(*opts, "--workers", "2", folder=work)
        try:
            for q in QUERIES:
                template = SHARED / "bench" / "queries" / f"{q}.rq"
                cells = []
                for cold in (False, True):
                    targets = [(base, "/sparql")] + ([(f"http://{direct[name][0]}", direct[name][1])] if name in direct else [])
                    for target, prefix in targets:
                        pf = work / "paths.txt"
                        pf.write_text(paths(prefix, template, cold))
                        r = wrk(target, pf, args.duration)
                        bad = f" ({int(r['errors_non2xx'])} non-2xx)" if r["errors_non2xx"] else ""
                        cells.append(f"{r['rps']:8.1f}{bad}")
                label = "warm geokg | direct, cold geokg | direct" if name in direct else "warm, cold"
                print(f"   {name:16} {q:30} {' '.join(cells)}   [{label}]", flush=True)
        finally:
            servers.stop_group(proc)


if __name__ == "__main__":
    main()
