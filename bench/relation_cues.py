#!/usr/bin/env python3
"""How often each cue's relations are right: every relation statement of a dump, held or not by a gold file.

Each gk:RelationStatement of an article the gold annotates is right when a gold relation matches it (score.py's
matching: an official stands for their state, alliedWith either way round), wrong when none does. Statements are
grouped by relation and cue word, so a cue that is mostly wrong, or one whose reverse the gold holds and the dump
lacks (the gold reading a clash both ways where a rule reads one), shows before a rule is written for it. It counts
statements, not facts: one fact said in two sentences is two statements (score.py counts facts).

usage: bench/relation_cues.py GOLD.jsonl [DUMP.nq] [--top N] [--cue CUE] [--wrong] [--against BASE.nq]
Without DUMP the gold's articles are ingested into a temporary store first (as bench/missed_relations.py does).
--cue lists the statements of one cue with their sentences, --wrong every wrong statement. --against lists what a
change did: each relation DUMP states that BASE (a dump of the same articles before the change) does not, and each
one BASE stated that DUMP no longer does, right or wrong, one statement per relation and article.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from missed_relations import gold_and_graph, load_scorer   # noqa: E402  (bench/ is a folder of scripts, no package)


def statements(scorer, doc: dict, graph) -> list[dict]:
    """Each relation statement of one article: relation, ends, cue, sentence, right, and reverse (the gold holds
    the opposite direction of an opposes or supports that the dump does not state)."""
    g = graph.articles.get(doc["id"])
    if g is None:
        return []
    gk = scorer.GK
    gr = graph.ds.graph(g)
    m = scorer.Matcher(graph, doc)

    def held(rel, x, y):
        return any(r["rel"] == rel and ((m.is_actor(x, r["from"]) and m.is_actor(y, r["to"])) or (
            rel == "alliedWith" and m.is_actor(y, r["from"]) and m.is_actor(x, r["to"])))
            for r in doc.get("relations", []))

    stated = {(rel, x, y) for rel in scorer.RELS for x, y in gr.subject_objects(gk[rel])}
    out = []
    for s in gr.subjects(gk.predicate, None):
        rel = str(gr.value(s, gk.predicate)).rsplit("#", 1)[-1]
        if rel not in scorer.RELS:
            continue   # memberships and the like are no relation the gold scores
        x, y = gr.value(s, gk.subject), gr.value(s, gk.object)
        out.append({"rel": rel, "from": scorer.describe(graph, x), "to": scorer.describe(graph, y),
                    "cue": str(gr.value(s, gk.cue) or "").lower(), "sentence": str(gr.value(s, gk.sentence) or ""),
                    "right": held(rel, x, y),
                    "reverse": rel != "alliedWith" and (rel, y, x) not in stated and held(rel, y, x)})
    return out


def changed(scorer, docs: list[dict], graph, base) -> list[tuple[str, str, dict]]:
    """("added" | "dropped", article id, statement) for each relation one dump states for an article and the
    other does not; a relation said in several sentences is listed once, by its first statement."""
    out = []
    for doc in docs:
        new, old = statements(scorer, doc, graph), statements(scorer, doc, base)
        for how, mine, theirs in (("added", new, old), ("dropped", old, new)):
            known = {(st["rel"], st["from"], st["to"]) for st in theirs}
            for st in mine:
                key = (st["rel"], st["from"], st["to"])
                if key not in known:
                    known.add(key)
                    out.append((how, doc["id"], st))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("dump", type=Path, nargs="?")
    ap.add_argument("--top", type=int, default=30, help="how many cues to list, most wrong first")
    ap.add_argument("--cue", help="list the statements of one cue (as printed) with their sentences")
    ap.add_argument("--wrong", action="store_true", help="list every wrong statement with its sentence")
    ap.add_argument("--against", type=Path, metavar="BASE",
                    help="list the relations DUMP adds to and drops from BASE, a dump of the same articles")
    args = ap.parse_args()
    scorer = load_scorer()
    docs, graph = gold_and_graph(scorer, args.gold, args.dump)
    if args.against:
        rows = changed(scorer, docs, graph, gold_and_graph(scorer, args.gold, args.against)[1])
        for how, art, st in rows:
            print(f"  {how} [{art}] {'right' if st['right'] else 'WRONG'} {st['from']} {st['rel']} {st['to']} "
                  f"({st['cue']}): {st['sentence'][:300]}")
        for how in ("added", "dropped"):
            right = sum(st["right"] for h, _, st in rows if h == how)
            print(f"{how}: {right} right, {sum(h == how for h, _, _ in rows) - right} wrong")
        return
    rows = [(doc["id"], st) for doc in docs for st in statements(scorer, doc, graph)]
    right = sum(st["right"] for _, st in rows)
    print(f"{len(rows)} relation statements in {len({a for a, _ in rows})} articles: {right} right, "
          f"{len(rows) - right} wrong")
    if args.cue or args.wrong:
        for art, st in rows:
            if (args.cue and f"{st['rel']} {st['cue']}" == args.cue) or (args.wrong and not st["right"]):
                print(f"  [{art}] {'right' if st['right'] else 'WRONG'} {st['from']} {st['rel']} {st['to']} "
                      f"({st['cue']}): {st['sentence'][:300]}")
        return
    counts: dict[str, Counter] = defaultdict(Counter)
    for _, st in rows:
        c = counts[f"{st['rel']} {st['cue']}"]
        c["right" if st["right"] else "wrong"] += 1
        c["reverse"] += st["reverse"]
    print(f"\n{'right':>6} {'wrong':>6} {'reverse':>8}  cue (reverse: the gold holds the other direction, unstated)")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1]["wrong"], -kv[1]["reverse"], -kv[1]["right"], kv[0]))
    for cue, c in ranked[:args.top]:
        print(f"{c['right']:6} {c['wrong']:6} {c['reverse']:8}  {cue}")


if __name__ == "__main__":
    main()
