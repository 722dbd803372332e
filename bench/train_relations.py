"""Train and cross-validate a learned relation scorer (bench/relation_features.py) on gold-annotated articles.

usage: python bench/train_relations.py GOLD.jsonl [GOLD.jsonl ...] [--out MODEL.json]
                                       [--cv] [--threshold T] [--cache /tmp/train_rel.pkl]
                                       [--feats lex|delex] [--only PREFIXES] [--bag] [--no-central]

Candidates are the pairs `learned.candidates` lists (actors in one sentence the rules left alone); a pair is
positive for a relation when the article's gold has it, matched as ../shared/eval/score.py matches (officials
stand for their state, alliedWith either way). --cv prints relation scores of rules alone and rules + model
on held-out articles (5 folds grouped by article, and each gold file held out in turn) for several thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RELS = ("supports", "opposes", "alliedWith")
MIL_ROUNDS = 0


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("gold_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def prepare(gold_paths: list[str], cache: str | None) -> list[dict]:
    """Per article: its gold, the rules' relations, the candidates and the entities' names."""
    key = hashlib.sha256(("|".join(sha256(p) for p in gold_paths) + Path(ROOT / "bench/relation_features.py").read_text()
                          ).encode()).hexdigest()[:16]
    if cache and Path(cache).exists():
        data = pickle.loads(Path(cache).read_bytes())
        if data.get("key") == key:
            return data["articles"]
    from geokg.ingest.extract import build_context
    from relation_features import candidates
    from geokg.ingest.pipeline import Worker
    from geokg.ingest.read import iter_articles
    from geokg.ingest.relations import extract_relations
    worker = Worker()
    out = []
    for path in gold_paths:
        gold = {g["id"]: g for g in map(json.loads, open(path, encoding="utf-8")) if g}
        for art in iter_articles([path]):
            if not hasattr(art, "text"):
                continue
            ctx = build_context(worker.parse(art.text), art)
            rules = extract_relations(ctx)
            cands = candidates(ctx, rules)
            ents = {k: (e.kind, e.name, e.aliases, e.wikidata) for k, e in ctx.entities.items()}
            out.append({"id": art.id, "file": Path(path).name, "gold": gold[art.id],
                        "rules": [(r.rel, r.source, r.target) for r in rules],
                        "cands": [(c.source, c.target, c.sent, c.features, c.delex) for c in cands], "ents": ents,
                        "sents": [art.text[s:e] for s, e in ctx.sentences]})
            print(f"  {art.id}: {len(rules)} rule relations, {len(cands)} candidates", file=sys.stderr)
    if cache:
        Path(cache).write_bytes(pickle.dumps({"key": key, "articles": out}))
    return out


class KeyMatcher:
    """score.py's matching, on entity keys instead of dump nodes."""

    def __init__(self, sc, gold: dict, ents: dict):
        self.sc, self.ents = sc, ents
        self.state_names = {(s.get("wikidata") or s["name"]): {sc.norm(s["name"])} | {sc.norm(a) for a in s.get("aliases", [])}
                            for s in gold.get("states", [])}
        self.person_names = {p["name"]: sc.norm_person(p["name"]) for p in gold.get("persons", [])}
        self.org_names = {o["name"]: {sc.norm(o["name"])} | {sc.norm(a) for a in o.get("aliases", [])}
                          for o in gold.get("organizations", [])}
        self.official_of: dict[str, set] = {}
        for h in gold.get("holdings", []):
            j = h.get("jurisdiction")
            if j and (j.startswith("Q") and j[1:].isdigit() or j in self.state_names):
                self.official_of.setdefault(h["person"], set()).add(j)

    def _names(self, key, person=False):
        kind, name, aliases, _ = self.ents.get(key, (key.split(":")[0], key.split(":", 1)[1], (), None))
        f = self.sc.norm_person if person else self.sc.norm
        return {f(x) for x in (name, *aliases)}

    def is_state(self, key, gk):
        if not key.startswith("state:"):
            return False
        qid = self.ents.get(key, (None, None, None, None))[3]
        return qid == gk or bool(self._names(key) & self.state_names.get(gk, set()))

    def is_person(self, key, name):
        return key.startswith("person:") and name in self.person_names and self.person_names[name] in self._names(key, True)

    def is_actor(self, key, gk):
        if gk.startswith("Q") and gk[1:].isdigit() or gk in self.state_names:
            return self.is_state(key, gk) or any(self.is_person(key, p) for p, st in self.official_of.items() if gk in st)
        if gk in self.person_names:
            return self.is_person(key, gk) or any(self.is_state(key, s) for s in self.official_of.get(gk, ()))
        return key.startswith("org:") and bool(self._names(key) & self.org_names.get(gk, {self.sc.norm(gk)}))

    def same(self, g, p):
        rel, s, t = p
        return rel == g["rel"] and ((self.is_actor(s, g["from"]) and self.is_actor(t, g["to"])) or (
            rel == "alliedWith" and self.is_actor(t, g["from"]) and self.is_actor(s, g["to"])))


def label(sc, art) -> list[set[str]]:
    """The relations each candidate of an article is positive for."""
    m = KeyMatcher(sc, art["gold"], art["ents"])
    return [{rel for rel in RELS if any(m.same(g, (rel, s, t)) for g in art["gold"].get("relations", []))}
            for s, t, _, _ in art["cands"]]


def vectorize(feature_lists, vocab):
    idx, ptr = [], [0]
    for fs in feature_lists:
        row = sorted({vocab[x] for x in fs if x in vocab})
        idx.extend(row)
        ptr.append(len(idx))
    return np.array(idx, dtype=np.int64), np.array(ptr, dtype=np.int64)


def fit(idx, ptr, y, n_feat, l2=1.0, epochs=400, lr=0.1):
    """Binary logistic regression with L2, full-batch Adam over sparse binary rows."""
    n = len(ptr) - 1
    lens = np.diff(ptr)
    rows = np.repeat(np.arange(n), lens)
    w, b = np.zeros(n_feat), 0.0
    m1, m2, mb1, mb2 = np.zeros(n_feat), np.zeros(n_feat), 0.0, 0.0
    for it in range(1, epochs + 1):
        z = b + np.bincount(rows, weights=w[idx], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        g = np.bincount(idx, weights=err[rows], minlength=n_feat) / n + l2 * w / n
        gb = err.mean()
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        mb1 = 0.9 * mb1 + 0.1 * gb
        mb2 = 0.999 * mb2 + 0.001 * gb * gb
        c1, c2 = 1 - 0.9 ** it, 1 - 0.999 ** it
        w -= lr * (m1 / c1) / (np.sqrt(m2 / c2) + 1e-8)
        b -= lr * (mb1 / c1) / (np.sqrt(mb2 / c2) + 1e-8)
    return w, b


CENTRAL = ("srank=", "trank=", "ranks=", "together=", "lede=")


def select(arts: list[dict], feats: str, only: str | None, bag: bool = False, central: bool = True) -> None:
    """Keep, per candidate, the feature set asked for ("lex", the round 8 features; "delex", round 21's).

    With `only`, only the candidates with a feature starting with one of its comma-separated prefixes (a shape,
    e.g. "cue_rel="); without `central`, no feature of how often the two are named; with `bag`, one candidate per
    ordered pair of an article, the union of its sentences' features (the label is the article's anyway)."""
    for a in arts:
        out, by = [], {}
        for s, t, sent, lex, dx in a["cands_all"]:
            f = lex if feats == "lex" else dx
            if not central:
                f = tuple(x for x in f if not x.startswith(CENTRAL))
            if only is None or any(x.startswith(p) for x in f for p in only.split(",")):
                out.append((s, t, sent, f))
                by.setdefault((s, t), []).append(f)
        if bag:
            out = [(s, t, -1, tuple(sorted({x for f in fs for x in f} | {f"nsent={min(len(fs), 4)}"})))
                   for (s, t), fs in by.items()]
        a["cands"] = out


def train(arts, labels, l2, min_count=2, mil=MIL_ROUNDS):
    """{"bias", "weights"} trained on the candidates of the given articles.

    Distant supervision marks every sentence naming a gold pair as positive, though few of them state the
    relation; with mil > 0, each round keeps as positive only the pair's best-scored sentence (the others are
    left out of training), the "at least one sentence says it" assumption."""
    # counted by article: a word one article repeats is its topic, not a construction
    counts = Counter(f for a in arts for f in {x for c in a["cands"] for x in c[3]})
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    feats = [c[3] for a in arts for c in a["cands"]]
    idx, ptr = vectorize(feats, vocab)
    rows = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    pair = [(a["id"], *sorted(c[:2])) for a in arts for c in a["cands"]]
    names = sorted(vocab, key=vocab.get)
    model = {"bias": {}, "weights": {}}
    for rel in RELS:
        y = np.array([1.0 if rel in lab else 0.0 for a in arts for lab in labels[a["id"]]])
        use = np.ones(len(y), dtype=bool)
        w, b = fit(idx, ptr, y, len(vocab), l2=l2)
        for _ in range(mil):
            z = b + np.bincount(rows, weights=w[idx], minlength=len(y))
            top: dict = {}
            for i in np.nonzero(y)[0]:
                if pair[i] not in top or z[i] > z[top[pair[i]]]:
                    top[pair[i]] = i
            use = (y == 0) | np.isin(np.arange(len(y)), list(top.values()))
            keep = np.nonzero(use)[0]
            sub_idx = np.concatenate([idx[ptr[i]:ptr[i + 1]] for i in keep]) if len(keep) else idx[:0]
            sub_ptr = np.concatenate([[0], np.cumsum(np.diff(ptr)[keep])])
            w, b = fit(sub_idx, sub_ptr, y[keep], len(vocab), l2=l2)
        model["bias"][rel] = round(float(b), 4)
        model["weights"][rel] = {names[i]: round(float(w[i]), 4) for i in np.nonzero(np.abs(w) >= 1e-3)[0]}
    return model


def predict(model, art, cut):
    from relation_features import probabilities
    out = {}
    for s, t, _, feats in art["cands"]:
        for rel, p in probabilities(model, feats).items():
            if p >= cut:
                k = (rel, *sorted((s, t))) if rel == "alliedWith" else (rel, s, t)
                out[k] = max(out.get(k, 0.0), p)
    return out


def match(gold, pred, same):
    edges = [[j for j, p in enumerate(pred) if same(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i, seen):
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False
    for i in range(len(gold)):
        augment(i, set())
    supported = {j for e in edges for j in e}
    return len(set(owner.values())), len(pred) - len(supported), len(gold) - len(set(owner.values()))


def evaluate(sc, arts, predictions) -> tuple[list[int], list[int]]:
    """(tp, fp, fn) of rules alone and of rules + predictions, summed over articles."""
    base, both = [0, 0, 0], [0, 0, 0]
    for a in arts:
        m = KeyMatcher(sc, a["gold"], a["ents"])
        gold = a["gold"].get("relations", [])
        rules = list(dict.fromkeys(a["rules"]))
        extra = [k for k in predictions.get(a["id"], {}) if k not in rules]
        for acc, pred in ((base, rules), (both, rules + extra)):
            for i, v in enumerate(match(gold, pred, m.same)):
                acc[i] += v
    return base, both


def prf(t):
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(sc, arts, labels, l2, cuts, mil=MIL_ROUNDS, min_count=2, fold_kinds=("leave-file-out",)):
    """Held-out predictions per threshold: 5 folds grouped by article, and each gold file left out."""
    rng = random.Random(7)
    ids = [a["id"] for a in arts]
    rng.shuffle(ids)
    folds = {"5-fold": [set(ids[k::5]) for k in range(5)],
             "leave-file-out": [{a["id"] for a in arts if a["file"] == f} for f in sorted({a["file"] for a in arts})]}
    for name, groups in folds.items():
        if name not in fold_kinds:
            continue
        preds: dict[float, dict] = {c: {} for c in cuts}
        for held in groups:
            model = train([a for a in arts if a["id"] not in held], labels, l2, min_count, mil=mil)
            for a in arts:
                if a["id"] in held:
                    for c in cuts:
                        preds[c][a["id"]] = predict(model, a, c)
        print(f"== {name} (l2={l2})")
        for c in cuts:
            for fname in ["all"] + sorted({a["file"] for a in arts}):
                sub = [a for a in arts if fname == "all" or a["file"] == fname]
                base, both = evaluate(sc, sub, preds[c])
                if c == cuts[0]:
                    if fname == "all":
                        print(f"   rules only {fname:>22} tp/fp/fn {base}  P/R/F1 {'/'.join(f'{x:.3f}' for x in prf(base))}")
                print(f"   t={c:.2f} {fname:>22} tp/fp/fn {both}  P/R/F1 {'/'.join(f'{x:.3f}' for x in prf(both))}"
                      f"  added tp {both[0] - base[0]} fp {both[1] - base[1]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--out", help="write the weights trained on all the given files here")
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared/eval/score.py"))
    ap.add_argument("--cache")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--mil", type=int, default=MIL_ROUNDS)
    ap.add_argument("--cuts", default="0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--feats", choices=("lex", "delex"), default="delex")
    ap.add_argument("--only", help="keep only candidates with a feature starting with one of these (comma-separated)")
    ap.add_argument("--bag", action="store_true", help="one candidate per pair and article, its sentences' features")
    ap.add_argument("--no-central", action="store_true", help="leave out how often and where the two are named")
    ap.add_argument("--folds", default="leave-file-out", help="leave-file-out, 5-fold or both, comma-separated")
    ap.add_argument("--min-count", type=int, default=2, help="a feature must occur in this many training articles")
    a = ap.parse_args()
    sc = _scorer(Path(a.scorer))
    arts = prepare(a.gold, a.cache)
    for x in arts:
        x["cands_all"] = x["cands"]
    select(arts, a.feats, a.only, a.bag, not a.no_central)
    labels = {x["id"]: label(sc, x) for x in arts}
    n_pos = Counter(r for labs in labels.values() for lab in labs for r in lab)
    print(f"{len(arts)} articles, {sum(len(x['cands']) for x in arts)} candidates, positives {dict(n_pos)}")
    if a.cv:
        cross_validate(sc, arts, labels, a.l2, [float(c) for c in a.cuts.split(",")], a.mil, a.min_count, a.folds.split(","))
        return 0
    if not a.out:
        print("give --cv to cross-validate or --out to write the weights")
        return 2
    model = train(arts, labels, a.l2, a.min_count, mil=a.mil)
    model = {"threshold": a.threshold, "l2": a.l2, **model,
             "trained_on": [{"file": Path(p).name, "sha256": sha256(p)} for p in a.gold]}
    Path(a.out).write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {sum(len(w) for w in model['weights'].values())} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
