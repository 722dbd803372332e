"""Load: 32 clients for 60 s on the query mix while 50 corpus articles are ingested through the server.

    .venv/bin/python bench/load_test.py [--seconds 60] [--connections 32] [--articles 50]

`geokg serve --enable-update` runs on the synthetic 850k-quad graph (built once by sparql_bench.py's
helper); wrk sends the seven bench queries, every request a different one, while `geokg ingest
--server` sends the first articles of ../shared/eval/news/corpus.jsonl through the server. Reports
requests/s, p50/p99 latency, errors (target 0), the articles stored, and the resident memory of the
server's whole process tree (master, workers, writer, query processes) before and after.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_bench import BIN, SHARED, build_store, free_port, paths, wait_http  # noqa: E402

from geokg.settings import Settings  # noqa: E402

CORPUS = SHARED.parent / "eval" / "news" / "corpus.jsonl"
TOKEN = "load-test-token"


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
        rss[int(entry)] = next((int(l.split()[1]) * 1024 for l in status.splitlines() if l.startswith("VmRSS:")), 0)
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def count_articles(base: str) -> int:
    q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Article> ; <http://purl.org/dc/terms/source> ?s }"
    req = urllib.request.Request(f"{base}/sparql?query={urllib.parse.quote(q)}", headers={"Accept": "text/csv"})
    return int(urllib.request.urlopen(req, timeout=60).read().decode().split()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/geokg-bench"))
    args = ap.parse_args()
    if not CORPUS.exists() or shutil.which("wrk") is None:
        raise SystemExit("needs ../shared (bench and eval corpus) and wrk (apt-get install wrk)")
    source = build_store(args.work, 25000)
    store = args.work / "load-store"     # a fresh copy: the ingest must not change the bench store
    shutil.rmtree(store, ignore_errors=True)
    import pyoxigraph
    pyoxigraph.Store.read_only(str(source)).backup(str(store))

    lines = CORPUS.read_text().splitlines()[:args.articles]
    articles = args.work / "load-articles.jsonl"
    articles.write_text("\n".join(lines) + "\n")
    mix = []
    for template in sorted((SHARED / "queries").glob("*.rq")):
        mix += paths("/sparql", template, 4000).splitlines()
    random.Random(1).shuffle(mix)
    # the warm-up gets its own queries: none of the measured ones may be in the cache already
    warm_file, mix_file = args.work / "load-warmup-paths.txt", args.work / "load-paths.txt"
    warm_file.write_text("\n".join(mix[:4000]) + "\n")
    mix_file.write_text("\n".join(mix[4000:]) + "\n")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(BIN / "geokg"), "serve", "--store", str(store), "--port", str(port),
                               "--workers", str(args.workers), "--enable-update", "--token", TOKEN],
                              stdout=subprocess.DEVNULL)
    try:
        wait_http(base + "/health")
        before_articles = count_articles(base)
        # warm up first, so that "before" counts every query process the load will start
        subprocess.run(["wrk", "-t2", f"-c{args.connections}", "-d10s", "--timeout", "60s", "-s", str(SHARED / "mix.lua"),
                        base], env={**os.environ, "WRK_PATHS": str(warm_file)}, capture_output=True, check=True)
        rss_before = tree_rss(server.pid)
        started = time.monotonic()
        load = subprocess.Popen(["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "60s",
                                 "-s", str(SHARED / "mix.lua"), base], env={**os.environ, "WRK_PATHS": str(mix_file)},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ingest = subprocess.run([str(BIN / "geokg"), "ingest", "--server", base, "--token", TOKEN, str(articles)],
                                capture_output=True, text=True)
        ingest_seconds = time.monotonic() - started
        out, err = load.communicate()
        rss_after = tree_rss(server.pid)
        after_articles = count_articles(base)
    finally:
        server.terminate()
        server.wait(60)
        shutil.rmtree(store, ignore_errors=True)
    summary = next((l for l in out.splitlines() if l.startswith("requests ")), f"wrk failed: {out} {err}")
    print(f"wrk -c{args.connections} {args.seconds} s on the 7-query mix (every request different), "
          f"{args.workers} workers:\n  {summary}")
    print(f"ingest of {len(lines)} articles through the server: exit {ingest.returncode}, "
          f"finished {ingest_seconds:.0f} s after the load started; articles in the store {before_articles} -> {after_articles}")
    if ingest.returncode:
        print("  " + "\n  ".join(ingest.stderr.strip().splitlines()[-5:]))
    print(f"server RSS (whole process tree, after a 10 s warm-up): before {rss_before / 2**20:.0f} MiB, "
          f"after {rss_after / 2**20:.0f} MiB (result cache bound: {Settings.from_env().cache_size / 2**20:.0f} MiB "
          "over all workers)")


if __name__ == "__main__":
    main()
