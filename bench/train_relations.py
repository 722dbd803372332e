"""Train and cross-validate a learned relation scorer (bench/relation_features.py) on gold-annotated articles.

usage: python bench/train_relations.py GOLD.jsonl [GOLD.jsonl ...] [--out MODEL.json]
                                       [--cv] [--threshold T] [--cache /tmp/train_rel.pkl]
                                       [--feats lex|delex] [--only PREFIXES] [--bag] [--no-central]
                                       [--nn hidden=64,epochs=12,l2=1e-4,dense=1,sparse=1,seeds=1,seed0=0]

Candidates are the pairs `learned.candidates` lists (actors in one sentence the rules left alone); a pair is
positive for a relation when the article's gold has it, matched as ../shared/eval/score.py matches (officials
stand for their state, alliedWith either way). --cv prints relation scores of rules alone and rules + model
on held-out articles (5 folds grouped by article, and each gold file held out in turn) for several thresholds.
With --nn (round 34, --cv only), a numpy network over the sparse features and en_core_web_sm's tok2vec vectors
of the pair (`dense`) takes the logistic model's place.
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
            # the pieces parsed here so that the tok2vec output (doc.tensor) survives the join (round 34)
            docs = list(worker.nlp.pipe(worker.pieces(art.text), batch_size=4))
            tensor = np.vstack([d.tensor for d in docs]).astype(np.float16)
            doc = worker.join(docs, art.text)
            assert tensor.shape[0] == len(doc), (art.id, tensor.shape, len(doc))
            ctx = build_context(doc, art)
            rules = extract_relations(ctx)
            cands = candidates(ctx, rules)
            ents = {k: (e.kind, e.name, e.aliases, e.wikidata) for k, e in ctx.entities.items()}
            out.append({"id": art.id, "file": Path(path).name, "gold": gold[art.id],
                        "rules": [(r.rel, r.source, r.target) for r in rules],
                        "cands": [(c.source, c.target, c.sent, c.features, c.delex) for c in cands], "ents": ents,
                        "heads": [c.heads for c in cands], "tensor": tensor,
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
            for s, t, *_ in art["cands"]]


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
        for (s, t, sent, lex, dx), heads in zip(a["cands_all"], a.get("heads") or [()] * len(a["cands_all"])):
            f = lex if feats == "lex" else dx
            if not central:
                f = tuple(x for x in f if not x.startswith(CENTRAL))
            if only is None or any(x.startswith(p) for x in f for p in only.split(",")):
                out.append((s, t, sent, f, (heads,)))
                by.setdefault((s, t), []).append((f, heads))
        if bag:
            out = [(s, t, -1, tuple(sorted({x for f, _ in fs for x in f} | {f"nsent={min(len(fs), 4)}"})),
                    tuple(h for _, h in fs)) for (s, t), fs in by.items()]
        a["cands"] = out


DENSE_PARTS = ("a", "b", "top", "between", "a*b", "|a-b|")


def dense(art) -> np.ndarray:
    """Per candidate, the tok2vec vectors of en_core_web_sm (doc.tensor, round 34): the source's and the target's
    head, the path's top, the mean over the words between, their product and difference; a bag's sentences
    averaged."""
    T = art["tensor"].astype(np.float32)
    zero = np.zeros(T.shape[1], dtype=np.float32)
    rows = []
    for c in art["cands"]:
        vs = []
        for a, b, top in c[4]:
            va, vb = T[a], T[b]
            lo, hi = sorted((a, b))
            vs.append(np.concatenate([va, vb, T[top] if top >= 0 else zero,
                                      T[lo + 1:hi].mean(0) if hi > lo + 1 else zero, va * vb, np.abs(va - vb)]))
        rows.append(np.mean(vs, 0))
    return np.array(rows, dtype=np.float32).reshape(len(rows), len(DENSE_PARTS) * T.shape[1])


def fit_nn(idx, ptr, X, Y, n_feat, hidden=64, epochs=12, l2=1e-4, lr=3e-3, batch=256, seed=0):
    """A one-hidden-layer network (hidden=0: a linear model) over sparse binary features and dense vectors, three
    sigmoid outputs (supports, opposes, alliedWith), minibatch Adam in numpy."""
    rng = np.random.default_rng(seed)
    n, d, k = len(Y), X.shape[1], Y.shape[1]
    width = hidden or k
    P = {"Ws": rng.normal(0, 0.01, (n_feat + 1, width)), "Wd": rng.normal(0, 1 / np.sqrt(max(d, 1)), (d, width)),
         "b1": np.zeros(width)}
    if hidden:
        P["W2"], P["b2"] = rng.normal(0, 1 / np.sqrt(hidden), (hidden, k)), np.full(k, -3.0)
    else:
        P["b1"][:] = -3.0
    M = {x: np.zeros_like(v) for x, v in P.items()}
    V = {x: np.zeros_like(v) for x, v in P.items()}
    step = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for s0 in range(0, n, batch):
            B = order[s0:s0 + batch]
            cat, seg = _gather(idx, ptr, B, n_feat)
            S = np.zeros((len(B), width))
            np.add.at(S, seg, P["Ws"][cat])
            z1 = S + X[B] @ P["Wd"] + P["b1"]
            if hidden:
                h = np.maximum(z1, 0)
                z = h @ P["W2"] + P["b2"]
            else:
                z = z1
            p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
            dz = (p - Y[B]) / len(B)
            G = {}
            if hidden:
                G["W2"], G["b2"] = h.T @ dz, dz.sum(0)
                dz1 = (dz @ P["W2"].T) * (z1 > 0)
            else:
                dz1 = dz
            G["b1"] = dz1.sum(0)
            G["Wd"] = X[B].T @ dz1
            G["Ws"] = np.zeros_like(P["Ws"])
            np.add.at(G["Ws"], cat, dz1[seg])
            step += 1
            for x in P:
                g = G[x] + (l2 * P[x] if x.startswith("W") else 0)
                M[x] = 0.9 * M[x] + 0.1 * g
                V[x] = 0.999 * V[x] + 0.001 * g * g
                P[x] -= lr * (M[x] / (1 - 0.9 ** step)) / (np.sqrt(V[x] / (1 - 0.999 ** step)) + 1e-8)
    return P


def _gather(idx, ptr, B, n_feat):
    """The sparse features of rows B, flattened, with their row in B; every row also has a bias feature."""
    parts = [idx[ptr[i]:ptr[i + 1]] for i in B]
    cat = np.concatenate(parts + [np.full(len(B), n_feat)])
    seg = np.concatenate([np.full(len(x), j) for j, x in enumerate(parts)] + [np.arange(len(B))]).astype(np.int64)
    return cat, seg


def nn_probs(model, art) -> np.ndarray:
    P = model["params"]
    cands = art["cands"]
    if not cands:
        return np.zeros((0, len(RELS)))
    idx, ptr = vectorize([c[3] for c in cands], model["vocab"]) if model["sparse"] else (
        np.zeros(0, dtype=np.int64), np.zeros(len(cands) + 1, dtype=np.int64))
    X = (dense(art) - model["mu"]) / model["sd"] if model["dense"] else np.zeros((len(cands), 0))
    cat, seg = _gather(idx, ptr, np.arange(len(cands)), len(model["vocab"]))
    S = np.zeros((len(cands), P["b1"].shape[0]))
    np.add.at(S, seg, P["Ws"][cat])
    z = S + X @ P["Wd"] + P["b1"]
    if "W2" in P:
        z = np.maximum(z, 0) @ P["W2"] + P["b2"]
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


NN: dict = {}   # set by --nn: {"hidden", "epochs", "dense", "sparse", "seeds"}


def train_nn(arts, labels, min_count):
    counts = Counter(f for a in arts for f in {x for c in a["cands"] for x in c[3]})
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))} if NN["sparse"] else {}
    idx, ptr = vectorize([c[3] for a in arts for c in a["cands"]], vocab)
    if NN["dense"]:
        X = np.concatenate([dense(a) for a in arts])
        mu, sd = X.mean(0), X.std(0) + 1e-3
        X = (X - mu) / sd
    else:
        X, mu, sd = np.zeros((len(ptr) - 1, 0)), 0.0, 1.0
    Y = np.array([[1.0 if r in lab else 0.0 for r in RELS] for a in arts for lab in labels[a["id"]]])
    models = [{"params": fit_nn(idx, ptr, X, Y, len(vocab), NN["hidden"], NN["epochs"], NN["l2"],
                                seed=NN["seed0"] + k),
               "vocab": vocab, "mu": mu, "sd": sd, "dense": NN["dense"], "sparse": NN["sparse"]}
              for k in range(NN["seeds"])]
    return {"kind": "nn", "members": models}


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
    if model.get("kind") == "nn":
        probs = np.mean([nn_probs(m, art) for m in model["members"]], 0) if art["cands"] else []
        rows = [dict(zip(RELS, pr)) for pr in probs]
    else:
        rows = [probabilities(model, c[3]) for c in art["cands"]]
    for (s, t, *_), pr in zip(art["cands"], rows):
        for rel, p in pr.items():
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
            tr = [a for a in arts if a["id"] not in held]
            model = train_nn(tr, labels, min_count) if NN else train(tr, labels, l2, min_count, mil=mil)
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
                if fname == "all":   # the additions by relation
                    for rel in RELS:
                        only = {i: {k: p for k, p in ps.items() if k[0] == rel} for i, ps in preds[c].items()}
                        _, one = evaluate(sc, sub, only)
                        print(f"   t={c:.2f} {rel:>22} added tp {one[0] - base[0]} fp {one[1] - base[1]}")


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
    ap.add_argument("--nn", help="a network instead of the logistic model (round 34): comma-separated hidden=64,"
                                  "epochs=12,l2=1e-4,dense=1,sparse=1,seeds=1,seed0=0 (hidden=0: linear)")
    a = ap.parse_args()
    if a.nn is not None:
        NN.update({"hidden": 64, "epochs": 12, "l2": 1e-4, "dense": 1, "sparse": 1, "seeds": 1, "seed0": 0})
        for kv in filter(None, a.nn.split(",")):
            k, v = kv.split("=")
            NN[k] = float(v) if k == "l2" else int(v)
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
