#!/usr/bin/env python3
"""Bulk load and dump: `geokg load` / `geokg dump` against the Oxigraph CLI, side by side.

The anchor is `oxigraph load` and `oxigraph dump` (PyPI oxigraph, the same engine) on the same file
and machine. Rounds alternate the two tools and each keeps its best time; peak memory (max RSS of the
process) is reported beside it, since dumps must stream in constant memory whatever the store's size.

usage: bench/store_bench.py [--articles 25000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNTH = ROOT.parent / "shared" / "bench" / "synth_kg.py"
BIN = Path(sys.executable).parent


def run(cmd: list[str]) -> tuple[float, float]:
    """Run a command; (wall seconds, peak RSS in MiB) of that process alone."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    if status != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def best(rounds: int, make: dict[str, callable]) -> dict[str, tuple[float, float]]:
    """Alternate the commands `rounds` times; each one's fastest run (and the RSS of that run)."""
    results: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):
        for name, command in make.items():
            seconds, rss = run(command())
            if name not in results or seconds < results[name][0]:
                results[name] = (seconds, rss)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=25000, help="synthetic articles (25000: about 850k quads)")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if not SYNTH.exists() or not oxigraph:
        print(f"skipped: needs {SYNTH} and the oxigraph CLI (pip install -e '.[test]')")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="geokg-store-bench-"))
    try:
        data = tmp / "synth.trig"
        subprocess.run([sys.executable, str(SYNTH), str(a.articles), str(data)], check=True)
        geokg = [sys.executable, "-m", "geokg"]

        def fresh(name: str) -> Path:
            shutil.rmtree(tmp / name, ignore_errors=True)
            return tmp / name

        print(f"{data.stat().st_size / 2**20:.0f} MiB of TriG, {a.rounds} alternating rounds, best of each\n")
        print(f"{'operation':<34} {'oxigraph s':>10} {'geokg s':>8} {'ratio':>6} {'oxigraph MiB':>13} {'geokg MiB':>10}")
        load = best(a.rounds, {
            "oxigraph": lambda: [oxigraph, "load", "--location", str(fresh("ox")), "--file", str(data)],
            "geokg": lambda: [*geokg, "load", str(data), "--store", str(fresh("gk"))],
        })
        report("load (speed ratio oxigraph/geokg)", load)
        for ext, fmt in (("nq", "nquads"), ("trig", "trig")):
            dump = best(a.rounds, {
                "oxigraph": lambda: [oxigraph, "dump", "--location", str(tmp / "ox"), "--file", str(tmp / f"o.{ext}")],
                "geokg": lambda: [*geokg, "dump", "--store", str(tmp / "gk"), "--format", fmt, "-o", str(tmp / f"g.{ext}")],
            })
            report(f"dump {fmt}", dump)
        for fmt in ("turtle", "ntriples", "jsonld"):
            seconds, rss = run([*geokg, "dump", "--store", str(tmp / "gk"), "--format", fmt, "-o", str(tmp / "g.out")])
            print(f"{'dump ' + fmt + ' (whole store)':<34} {'':>10} {seconds:>8.1f} {'':>6} {'':>13} {rss:>10.0f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(name: str, r: dict[str, tuple[float, float]]) -> None:
    (ox_s, ox_m), (gk_s, gk_m) = r["oxigraph"], r["geokg"]
    print(f"{name:<34} {ox_s:>10.1f} {gk_s:>8.1f} {ox_s / gk_s:>6.2f} {ox_m:>13.0f} {gk_m:>10.0f}")


if __name__ == "__main__":
    sys.exit(main())
