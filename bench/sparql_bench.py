"""geokg serve against oxigraph serve: requests/s on the bench queries, warm and cold.

    .venv/bin/python bench/sparql_bench.py [--articles 25000] [--duration 5] [--workers 2]

Builds (once, cached under --work) the synthetic graph of ../shared/bench (25000 articles: about
850k quads), then runs `oxigraph serve-read-only --union-default-graph` on a copy of the store and
`geokg serve` on the store side by side, and for each query template measures, with wrk at 4
connections, (a) warm: the same request again and again, (b) cold: every request a different query.
Prints requests/s for both, the ratios geokg/oxigraph and their geometric means.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
BIN = Path(sys.executable).parent
COLD_PATHS = 20000    # distinct queries per cold round: more than any server answers in a round


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {timeout} s")


def build_store(work: Path, articles: int) -> Path:
    """The synthetic graph loaded into a geokg store (built once, reused)."""
    store = work / f"store-{articles}"
    if (store / "CURRENT").exists():
        return store
    work.mkdir(parents=True, exist_ok=True)
    trig = work / f"synth-{articles}.trig"
    subprocess.run([sys.executable, str(SHARED / "synth_kg.py"), str(articles), str(trig)], check=True)
    subprocess.run([str(BIN / "geokg"), "load", str(trig), "--store", str(store)], check=True)
    trig.unlink()
    return store


def start_servers(store: Path, work: Path, workers: int, extra: list[str]) -> tuple[dict, list]:
    """oxigraph on a copy of the store, geokg on the store; returns base URLs and processes."""
    import pyoxigraph

    copy = work / "oxigraph-copy"
    shutil.rmtree(copy, ignore_errors=True)
    pyoxigraph.Store.read_only(str(store)).backup(str(copy))
    ports = {"oxigraph": free_port(), "geokg": free_port()}
    procs = [
        subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(copy),
                          "--bind", f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        subprocess.Popen([str(BIN / "geokg"), "serve", "--store", str(store), "--port", str(ports["geokg"]),
                          "--workers", str(workers), *extra], stdout=subprocess.DEVNULL),
    ]
    bases = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    wait_http(bases["oxigraph"] + "/query?query=ASK%7B%7D")
    wait_http(bases["geokg"] + "/sparql?query=ASK%7B%7D")
    return bases, procs


def wrk(base: str, paths_file: Path, seconds: float, connections: int) -> dict:
    """One wrk run with ../shared/bench/mix.lua; its summary line as numbers."""
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "60s", "-s", str(SHARED / "mix.lua"), base],
                         env={**os.environ, "WRK_PATHS": str(paths_file)}, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"wrk failed on {base}: {out.stdout} {out.stderr}")
    line = next(l for l in out.stdout.splitlines() if l.startswith("requests "))
    fields = line.split()
    return {fields[i]: float(fields[i + 1]) for i in range(0, len(fields), 2)}


def paths(prefix: str, template: Path, cold: int | None) -> str:
    cmd = [sys.executable, str(SHARED / "paths.py"), prefix, str(template)] + (["--cold", str(cold)] if cold else [])
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(max(v, 1e-9)) for v in values) / len(values)) if values else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=25000)
    ap.add_argument("--duration", type=int, default=3, help="seconds of wrk per query, server and mode")
    ap.add_argument("--connections", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds per measurement; the best counts")
    ap.add_argument("--workers", type=int, default=4, help="geokg serve --workers (one per connection is best)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/geokg-bench"))
    ap.add_argument("--only", default="", help="run only templates whose name contains this")
    args = ap.parse_args()
    if not SHARED.is_dir() or shutil.which("wrk") is None:
        raise SystemExit("needs ../shared/bench and wrk (apt-get install wrk)")
    store = build_store(args.work, args.articles)
    bases, procs = start_servers(store, args.work, args.workers, [])
    prefixes = {"oxigraph": "/query", "geokg": "/sparql"}
    rows = []
    try:
        for template in sorted((SHARED / "queries").glob("*.rq")):
            if args.only not in template.name:
                continue
            row = {"query": template.stem}
            # heavy queries need longer rounds: at least ~8 answers per connection at one query's latency
            probe = args.work / "probe.txt"
            probe.write_text(paths(prefixes["oxigraph"], template, 1).splitlines()[0] + "\n")
            started = time.monotonic()
            urllib.request.urlopen(bases["oxigraph"] + probe.read_text().strip(), timeout=120).read()
            seconds = min(30, max(args.duration, math.ceil(8 * (time.monotonic() - started))))
            for mode, cold in (("warm", None), ("cold", COLD_PATHS)):
                # cold: every round gets queries never sent before (wrk replays the same order each
                # run, so a repeated file would let the second round hit geokg's cache)
                files = {}
                for name in ("oxigraph", "geokg"):
                    lines = paths(prefixes[name], template, cold * args.rounds if cold else None).splitlines()
                    step = cold or 1
                    for n in range(args.rounds):
                        f = args.work / f"paths-{name}-{mode}-{n}.txt"
                        f.write_text("\n".join(lines[n * step:(n + 1) * step] if cold else lines) + "\n")
                        files[name, n] = f
                # the machine is shared: alternate the servers and keep each one's best round
                for n in range(args.rounds):
                    for name in ("oxigraph", "geokg"):
                        r = wrk(bases[name], files[name, n], seconds, args.connections)
                        if r["errors_non2xx"] or r["socket_errors"]:
                            print(f"  {template.stem} {mode} {name}: {int(r['errors_non2xx'])} non-2xx, "
                                  f"{int(r['socket_errors'])} socket errors", file=sys.stderr)
                        row[f"{name}_{mode}"] = max(row.get(f"{name}_{mode}", 0.0), r["rps"])
                row[f"ratio_{mode}"] = row[f"geokg_{mode}"] / max(row[f"oxigraph_{mode}"], 1e-9)
            rows.append(row)
            print(f"{row['query']:32} warm {row['oxigraph_warm']:8.1f} {row['geokg_warm']:8.1f} x{row['ratio_warm']:5.2f}"
                  f"   cold {row['oxigraph_cold']:8.1f} {row['geokg_cold']:8.1f} x{row['ratio_cold']:5.2f}", flush=True)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(30)
        shutil.rmtree(args.work / "oxigraph-copy", ignore_errors=True)
    print(f"\nrequests/s, {args.connections} connections, best of {args.rounds} rounds of {args.duration:g} s or more; "
          "columns: oxigraph geokg ratio")
    print(f"geometric mean geokg/oxigraph: warm {geomean([r['ratio_warm'] for r in rows]):.2f} (target 1.0), "
          f"cold {geomean([r['ratio_cold'] for r in rows]):.2f} (target 0.8)")


if __name__ == "__main__":
    main()
