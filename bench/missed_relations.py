#!/usr/bin/env python3
"""Why the gold's relations are missed: each relation a gold file holds and a dump does not, put in one class.

- an end never found: the article's graph names no entity that is the gold end (score.py's matching);
- another relation or direction: both ends are found and some relation of the dump links them;
- in one sentence: both ends are found, unlinked, and one sentence names both (by the gold's names and aliases
  or the dump's labels of the matched entities);
- apart: both ends are found and unlinked, never named in one sentence.

For the in-sentence class it also counts the word that governs both names in the dependency parse (the lowest
common ancestor), the count that says whether a class of rules could reach many misses or a few.

usage: bench/missed_relations.py GOLD.jsonl [DUMP.nq] [--top N] [--examples CLASS]
Without DUMP the gold's articles are ingested into a temporary store first. GOLD must hold each article's text
(the dev gold does; join a hold-out's annotations with their articles as bench/eval.py does).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CLASSES = ("in one sentence", "apart", "an end never found", "another relation or direction")


def load_scorer():
    if not SCORER.exists():
        sys.exit(f"{SCORER} is missing: this script scores with ../shared/eval/score.py; clone the shared folder "
                 "next to the project")
    spec = importlib.util.spec_from_file_location("geokg_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dump_of(gold: Path, tmp: Path) -> Path:
    """Ingest the gold's articles into a fresh store and dump it; the dump's path."""
    store, dump = tmp / "store", tmp / "dump.nq"
    subprocess.run([sys.executable, "-m", "geokg", "ingest", str(gold), "--store", str(store)],
                   capture_output=True, text=True)
    out = subprocess.run([sys.executable, "-m", "geokg", "dump", "--store", str(store), "--format", "nquads",
                          "-o", str(dump)], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"dump failed: {out.stderr[-2000:]}")
    return dump


def gold_and_graph(scorer, gold: Path, dump: Path | None) -> tuple[list[dict], object]:
    """The gold's articles and the scorer's graph of the dump (of a fresh ingest of the gold when dump is None)."""
    with open(gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        graph = scorer.Graph(str(dump or dump_of(gold, Path(tmp))))
    return docs, graph


def names(doc: dict, key: str, graph, nodes) -> set[str]:
    """The surface forms of a gold end: its gold name and aliases (a person's surname too) and the dump's labels."""
    out = set()
    for kind in ("states", "persons", "organizations"):
        for item in doc.get(kind, []):
            if (item.get("wikidata") or item["name"]) == key or item["name"] == key:
                out |= {item["name"], *item.get("aliases", [])}
                if kind == "persons":
                    out.add(item["name"].split()[-1])
    for node in nodes:
        out |= graph.labels.get(node, set())
    return {n for n in out if len(n) > 1} or {key}


# a piece ending in initials ("U.S.", "U.N.", the "B." of "B. Tamm") or a title's abbreviation goes on in the next piece
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Capt|Adm|Maj|Prof)\.$")


def sentences(text: str) -> list[str]:
    """The text cut after ".", "!" or "?" and a space, except after initials or a title's abbreviation: "the U.S.
    navy warned" is one sentence (a sentence that truly ends in "U.S." is read with the next one)."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", text):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def found_in(names: set[str], sentence: str) -> str | None:
    """The first of the names the sentence holds as a whole word ("EU", not the "eu" of "Europe"), as written or in
    capitals ("JAN VOSS, party chief, said ..." in a list of reactions)."""
    for name in sorted(names):
        for form in (name, name.upper()):
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", sentence):
                return form
    return None


def classify(scorer, doc: dict, graph) -> list[tuple[dict, str, tuple[str, str] | None]]:
    """(missed gold relation, class, the two names found in one sentence) for one article."""
    facts = graph.facts(doc["id"])
    if facts is None:
        return []
    m = scorer.Matcher(graph, doc)
    rels = facts["relations"]

    def same(r, p):
        return p[0] == r["rel"] and ((m.is_actor(p[1], r["from"]) and m.is_actor(p[2], r["to"])) or (
            r["rel"] == "alliedWith" and m.is_actor(p[2], r["from"]) and m.is_actor(p[1], r["to"])))

    _, _, _, missed, _ = scorer.match(doc.get("relations", []), rels, same)
    text = doc.get("text") or ""
    cut = sentences(text)
    out = []
    for r in missed:
        a = [e for e in facts["mentions"] if m.is_actor(e, r["from"])]
        b = [e for e in facts["mentions"] if m.is_actor(e, r["to"])]
        if not a or not b:
            out.append((r, "an end never found", None))
            continue
        if any({p[1], p[2]} & set(a) and {p[1], p[2]} & set(b) for p in rels):
            out.append((r, "another relation or direction", None))
            continue
        na, nb = names(doc, r["from"], graph, a), names(doc, r["to"], graph, b)
        pair = next(((x, y) for s in cut if (x := found_in(na, s)) and (y := found_in(nb - {x}, s))), None)
        out.append((r, "in one sentence" if pair else "apart", pair))
    return out


def governing_word(nlp, text: str, pair: tuple[str, str]) -> str:
    """The lemma and part of speech of the lowest word governing both names in the first sentence naming both."""
    doc = nlp(text)
    for sent in doc.sents:
        if pair[0] not in sent.text or pair[1] not in sent.text:
            continue
        roots = []
        for name in pair:
            start = sent.start_char + sent.text.index(name)
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is None:
                return "?"
            roots.append(span.root)
        above = {t.i for t in (roots[1], *roots[1].ancestors)}
        top = next((t for t in (roots[0], *roots[0].ancestors) if t.i in above), None)
        return f"{top.lemma_.lower()}/{top.pos_}" if top is not None else "?"
    return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("dump", type=Path, nargs="?")
    ap.add_argument("--top", type=int, default=25, help="how many governing words to list")
    ap.add_argument("--examples", choices=CLASSES, help="list the missed relations of one class")
    args = ap.parse_args()
    scorer = load_scorer()
    docs, graph = gold_and_graph(scorer, args.gold, args.dump)
    rows = [(doc, *row) for doc in docs for row in classify(scorer, doc, graph)]
    counts = Counter(cls for _, _, cls, _ in rows)
    print(f"{len(rows)} missed gold relations in {len({d['id'] for d, *_ in rows})} articles")
    for cls in CLASSES:
        print(f"  {cls:32} {counts[cls]:5}  {counts[cls] / max(1, len(rows)):.2f}")
    if args.examples:
        for doc, r, cls, pair in rows:
            if cls == args.examples:
                print(f"  [{doc['id']}] {r['from']} {r['rel']} {r['to']}")
                said = next((s for s in sentences(doc.get("text") or "") if pair and found_in({pair[0]}, s)
                             and found_in({pair[1]}, s)), None)
                if said:   # the first sentence naming both, as the class was found
                    print(f"      {pair[0]} / {pair[1]}: {' '.join(said.split())[:400]}")
        return
    from geokg.ingest.nlp import model_name   # the model ingest uses, without geokg's own components
    import spacy
    nlp = spacy.load(model_name())
    words = Counter(governing_word(nlp, doc["text"], pair) for doc, _, cls, pair in rows if cls == "in one sentence")
    print(f"\nwords governing both names of an in-sentence miss: {len(words)} different")
    for word, n in words.most_common(args.top):
        print(f"  {n:4}  {word}")


if __name__ == "__main__":
    main()
