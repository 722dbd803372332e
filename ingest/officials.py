"""Known officials: persons whose post news texts state explicitly, mined from a corpus.

A bare title ("President Vladimir Putin" in a London story) names no state; the article's main
state is often the wrong guess. This table says which state a person's explicit titles gave them
across a corpus (e.g. "Russian President Vladimir Putin" elsewhere). It is used only to choose a
jurisdiction for a title the text gives and only when the article names that state; it never
adds a post. Rebuild it with:

    python -m geokg.ingest.officials CORPUS.jsonl [--exclude GOLD.jsonl ...] > ingest/officials.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .resolve import name_tokens

TABLE = Path(__file__).with_name("officials.csv")
MIN_COUNT = 2       # explicit titles needed before a person is known
MIN_SHARE = 0.8     # share of those titles that must agree on the state


@lru_cache(maxsize=1)
def load_officials() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(name tokens -> state key, unique surname -> state key) from the shipped table."""
    full: dict[tuple[str, ...], str] = {}
    by_surname: dict[str, set[str]] = defaultdict(set)
    if not TABLE.exists():
        return {}, {}
    with TABLE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            toks = tuple(name_tokens(row["name"]))
            if toks:
                full[toks] = f"state:{row['state']}"
                by_surname[toks[-1]].add(f"state:{row['state']}")
    surnames = {s: next(iter(v)) for s, v in by_surname.items() if len(v) == 1}
    return full, surnames


def known_state(name: str) -> str | None:
    """The state a person's explicit titles elsewhere give them, if the table knows them."""
    full, surnames = load_officials()
    toks = tuple(name_tokens(name))
    if not toks:
        return None
    if toks in full:
        return full[toks]
    return surnames.get(toks[-1]) if len(toks) == 1 else None


def mine(paths: list[str], exclude: set[str]) -> list[tuple[str, str, int]]:
    """(name, ISO2, count) for persons whose titles name a state explicitly in the corpus."""
    from .extract import build_context
    from .model import Article
    from .nlp import build_nlp

    nlp = build_nlp()
    arts = [json.loads(line) for p in paths for line in open(p, encoding="utf-8") if line.strip()]
    arts = [a for a in arts if a["id"] not in exclude and a.get("text")]
    counts: dict[str, Counter] = defaultdict(Counter)
    for a, doc in zip(arts, nlp.pipe((a["text"] for a in arts), batch_size=32)):
        ctx = build_context(doc, Article(id=a["id"], text=a["text"], date=a.get("date")))
        for h in ctx.holdings:
            if h.title != "counterpart" and h.evidence.confidence >= 0.9 and (h.jurisdiction or "").startswith("state:"):
                counts[ctx.entities[h.person].name][h.jurisdiction[6:]] += 1
    rows = []
    for name, c in counts.items():
        (state, n), total = c.most_common(1)[0], sum(c.values())
        if n >= MIN_COUNT and n / total >= MIN_SHARE and len(name.split()) >= 2:
            rows.append((name, state, n))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    """Write the officials table mined from corpus files to standard output."""
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--exclude", nargs="*", default=[], help="JSON lines files whose article ids to leave out")
    a = ap.parse_args(argv)
    exclude = {json.loads(line)["id"] for p in a.exclude for line in open(p, encoding="utf-8") if line.strip()}
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["name", "state", "count"])
    w.writerows(mine(a.corpus, exclude))
    return 0


if __name__ == "__main__":
    sys.exit(main())
