#!/usr/bin/env python3
"""Extraction quality (`make eval`): ingest the dev gold, dump, and score with ../shared/eval/score.py;
then each of the project's own hold-outs (bench/holdouts/), and the Re-DocRED geopolitical subset with
../shared/eval/docred/score_docred.py.

The hold-outs hold only annotations: the corpus licences forbid copying the articles, so each line's
id, title, date, source and text are taken from ../shared/eval/news/corpus.jsonl at run time.

usage: bench/eval.py [--workers N] [--verbose] [--no-docred] [--no-holdouts]
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
EVAL = ROOT.parent / "shared" / "eval"
HOLDOUTS = ROOT / "bench" / "holdouts"
ARTICLE_KEYS = ("id", "title", "date", "source", "text")


def geokg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geokg", *args], capture_output=True, text=True)


def ingest_and_dump(sources: list[Path], tmp: Path, name: str, workers: int) -> Path:
    """Ingest the sources into a fresh store under tmp and dump it as N-Quads; the dump's path."""
    store, dump = tmp / f"{name}-store", tmp / f"{name}.nq"
    t = time.perf_counter()
    out = geokg("ingest", *map(str, sources), "--store", str(store), "--workers", str(workers))
    seconds = time.perf_counter() - t
    summary = [line for line in out.stderr.splitlines() if line.startswith("stored ")]
    print(f"{name}: {summary[0] if summary else out.stderr.strip()[-500:]} in {seconds:.1f} s")
    if out.returncode not in (0, 1):
        sys.exit(f"ingest failed: {out.stderr[-2000:]}")
    out = geokg("dump", "--store", str(store), "--format", "nquads", "-o", str(dump))
    if out.returncode != 0:
        sys.exit(f"dump failed: {out.stderr[-2000:]}")
    return dump


def score(script: Path, gold: Path, dump: Path, verbose: bool) -> None:
    cmd = [sys.executable, str(script), str(gold), str(dump)] + (["--verbose"] if verbose else [])
    out = subprocess.run(cmd, capture_output=True, text=True)
    print(out.stdout.rstrip())
    if out.returncode != 0:
        print(out.stderr.rstrip(), file=sys.stderr)


def with_articles(annotations: Path, corpus: dict[str, dict], out: Path) -> Path:
    """Write annotations joined with their articles' text as a gold file score.py reads; its path."""
    with open(annotations, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for n, line in enumerate(src, 1):
            gold = json.loads(line)
            article = corpus.get(gold["id"])
            if article is None:
                sys.exit(f"{annotations}:{n}: article {gold['id']} is not in {EVAL / 'news' / 'corpus.jsonl'}")
            dst.write(json.dumps({**{k: article.get(k) for k in ARTICLE_KEYS}, **gold}) + "\n")
    return out


def score_holdouts(tmp: Path, workers: int, verbose: bool) -> None:
    """Score each hold-out of bench/holdouts/ (see its README for how each was made)."""
    corpus = {}
    with open(EVAL / "news" / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            corpus[article["id"]] = article
    for annotations in sorted(HOLDOUTS.glob("*.jsonl")):
        print(f"\n== {annotations.stem} (bench/holdouts/{annotations.name}) ==")
        gold = with_articles(annotations, corpus, tmp / f"{annotations.stem}-gold.jsonl")
        score(EVAL / "score.py", gold, ingest_and_dump([gold], tmp, annotations.stem, workers), verbose)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--verbose", action="store_true", help="list each missed and extra fact")
    ap.add_argument("--no-docred", action="store_true", help="skip the Re-DocRED subset")
    ap.add_argument("--no-holdouts", action="store_true", help="skip the project's own hold-outs")
    a = ap.parse_args()
    if not (EVAL / "score.py").exists():
        print(f"skipped: {EVAL} is absent (the shared eval material lives next to the repository)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="geokg-eval-"))
    try:
        gold = tmp / "gold.jsonl"
        with open(gold, "wb") as out:
            for name in ("seed_gold.jsonl", "news_dev_gold.jsonl"):
                out.write((EVAL / name).read_bytes().rstrip(b"\n") + b"\n")
        print("== news: seed article + dev articles (../shared/eval/score.py) ==")
        score(EVAL / "score.py", gold, ingest_and_dump([gold], tmp, "news", a.workers), a.verbose)
        print("\n== seed article alone ==")
        seed = EVAL / "seed_gold.jsonl"
        score(EVAL / "score.py", seed, ingest_and_dump([seed], tmp, "seed", 1), False)
        if not a.no_holdouts:
            score_holdouts(tmp, a.workers, a.verbose)
        docred = EVAL / "docred" / "geo_gold.jsonl"
        if not a.no_docred and docred.exists():
            print("\n== Re-DocRED geopolitical subset (../shared/eval/docred/score_docred.py) ==")
            score(EVAL / "docred" / "score_docred.py", docred, ingest_and_dump([docred], tmp, "docred", a.workers),
                  a.verbose)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
