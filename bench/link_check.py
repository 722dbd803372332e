"""How well ingest links: the share of gk:State entities whose Wikidata, GeoNames and DBpedia links agree
with ../shared/reference/states.csv, wrong links, and organisations of organizations.csv linked with its QID.

usage: .venv/bin/python bench/link_check.py [--articles 100] [--store DIR]
Without --store it ingests the first N articles of ../shared/eval/news/corpus.jsonl into a fresh
temporary store with `geokg ingest` and checks that. Issue 5's target: >= 98% agree, 0 wrong.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WD, GN, DBR = "http://www.wikidata.org/entity/", "https://sws.geonames.org/", "http://dbpedia.org/resource/"
STATE = "https://w3id.org/geokg/resource/state/"


def query(store: str, sparql: str) -> list[dict]:
    """SELECT rows as {var: value} through the geokg CLI (so any backend works)."""
    out = subprocess.run([sys.executable, "-m", "geokg", "query", "--store", store, "--format", "json", sparql],
                         check=True, capture_output=True, text=True).stdout
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]


def fold(text: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace(".", " ").replace("-", " ").replace("'", "").split())


def check_states(store: str) -> tuple[int, int, list[str]]:
    """(State entities, those with all three links agreeing, wrong-link lines)."""
    gold = {r["iso2"]: r for r in csv.DictReader(open(SHARED / "reference" / "states.csv", encoding="utf-8"))}
    rows = query(store, """PREFIX gk: <https://w3id.org/geokg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?e ?x WHERE { GRAPH ?g { ?a a gk:Article ; gk:mentions ?e . ?e a gk:State } OPTIONAL { ?e owl:sameAs ?x } }""")
    links: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        links[r["e"]]  # every state, linked or not
        if "x" in r:
            links[r["e"]].add(r["x"])
    agree, wrong = 0, []
    for e, xs in sorted(links.items()):
        g = gold.get(e.removeprefix(STATE)) if e.startswith(STATE) else None
        if g is None:
            wrong.extend(f"{e}: not a state of states.csv, linked to {x}" for x in sorted(xs))
            continue
        want = {f"{WD}{g['wikidata']}", f"{GN}{g['geonames']}/", g["dbpedia"]}
        wrong.extend(f"{e}: {x} (states.csv: {sorted(want)})" for x in sorted(xs)
                     if x.startswith((WD, GN, DBR)) and x not in want)
        agree += want <= xs and not any(x.startswith((WD, GN, DBR)) and x not in want for x in xs)
    return len(links), agree, wrong


def check_orgs(store: str) -> tuple[int, int, list[str]]:
    """(organisations of organizations.csv with a QID found in the store, linked with that QID, wrong lines)."""
    table = list(csv.DictReader(open(SHARED / "reference" / "organizations.csv", encoding="utf-8")))
    rows = query(store, """PREFIX gk: <https://w3id.org/geokg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?e ?l ?x WHERE { GRAPH ?g { ?a a gk:Article ; gk:mentions ?e . ?e rdfs:label|skos:altLabel ?l }
  FILTER NOT EXISTS { ?e a gk:State } FILTER NOT EXISTS { ?e a gk:Person }
  OPTIONAL { ?e owl:sameAs ?x FILTER(STRSTARTS(STR(?x), "http://www.wikidata.org/entity/")) } }""")
    names: dict[str, set[str]] = defaultdict(set)
    qids: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        names[r["e"]].add(fold(r["l"]))
        if "x" in r:
            qids[r["e"]].add(r["x"].removeprefix(WD))
    found = linked = 0
    wrong = []
    for t in table:
        if not t["wikidata"]:
            continue
        forms = {fold(t["name"]), *(fold(a) for a in t["aliases"].split("|") if a)}
        ents = [e for e, ns in names.items() if ns & forms]
        if not ents:
            continue
        found += 1
        got = set().union(*(qids[e] for e in ents))
        linked += t["wikidata"] in got
        wrong.extend(f"{t['name']}: {q} (organizations.csv: {t['wikidata']})" for q in sorted(got - {t["wikidata"]}))
    return found, linked, wrong


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--store")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to check against", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = str(Path(tmp) / "store")
            sample = Path(tmp) / "sample.jsonl"
            with open(SHARED / "eval" / "news" / "corpus.jsonl", encoding="utf-8") as f:
                sample.write_text("".join(line for _, line in zip(range(args.articles), f)), encoding="utf-8")
            subprocess.run([sys.executable, "-m", "geokg", "ingest", str(sample), "--store", store], check=True)
        n, agree, wrong = check_states(store)
        print(f"states: {n} gk:State entities, {agree} with Wikidata+GeoNames+DBpedia agreeing with states.csv "
              f"({100 * agree / max(n, 1):.1f}%), {len(wrong)} wrong links")
        for w in wrong:
            print(f"  wrong: {w}")
        found, linked, owrong = check_orgs(store)
        print(f"organisations: {found} of organizations.csv (with a QID) mentioned, {linked} linked with its QID, "
              f"{len(owrong)} wrong")
        for w in owrong:
            print(f"  wrong: {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
