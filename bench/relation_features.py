"""Candidates and features of the learned relation scorer tried in round 8 (NO-GO, see docs/relations.md).

`candidates(ctx, rules)` lists, for each sentence, ordered pairs of resolved actors (the keys the rules use, officials
standing for their state) with no rule relation between them, each with sparse features read off the parse: the
dependency path, the governing word, the words between, hedging, the cue lexicon's classes, how central the two are
to the article. `probabilities(model, features)` scores one pair with the one-vs-rest logistic model that
bench/train_relations.py trains. Nothing here is part of `geokg ingest`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from geokg.ingest import cues as C
from geokg.ingest.context import Context
from geokg.ingest.finder import Finder, hedged
from geokg.ingest.model import Relation

RELS = ("supports", "opposes", "alliedWith")
MAX_MENTIONS = 8             # a sentence listing more actors than this is a list, not a claim between two


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of actors in one sentence, the tokens that name them and their features."""

    source: str
    target: str
    sent: int
    anchor: int                  # token index of the word that governs both (the cue of the evidence)
    features: tuple[str, ...]
    delex: tuple[str, ...] = ()  # the same pair read without words of the article's topic (round 21)
    heads: tuple[int, ...] = ()  # token indices of the source's head, the target's head and the path's top (-1: none)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Lemma -> the cue lexicon's classes it belongs to ("VERBS:opposes:ACCUSE", "TIE_NOUNS", "MODALS")."""
    out: dict[str, set[str]] = {}
    for name, value in vars(C).items():
        if not name.isupper() or not isinstance(value, (frozenset, set, dict)):
            continue
        for word in value:
            if not isinstance(word, str) or " " in word:
                continue
            cls = {name}
            cue = value[word] if isinstance(value, dict) else None
            if isinstance(cue, C.Cue):
                cls.add(f"{name}:{cue.rel}:{cue.plover}")
            out.setdefault(word, set()).update(cls)
    return {w: tuple(sorted(c)) for w, c in out.items()}


def _spans(ctx: Context, finder: Finder) -> list[tuple[str, str, int, int, int]]:
    """(actor as it acts, raw key, sentence, first token, last token) for every named actor mention."""
    out, key_at, doc = [], finder.actors.key_at, ctx.doc
    i, n = 0, len(doc)
    while i < n:
        key = key_at.get(i)
        if key is None:
            i += 1
            continue
        j = i
        while j + 1 < n and key_at.get(j + 1) == key and doc[j + 1].sent.start == doc[i].sent.start:
            j += 1
        out.append((key, key, finder.actors.sent_of(doc[i]), i, j))
        i = j + 1
    return out


def _head(doc, first: int, last: int):
    """The token of a mention whose head lies outside it."""
    for t in doc[first:last + 1]:
        if not first <= t.head.i <= last or t.head.i == t.i:
            return t
    return doc[last]


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a, b):
    """(tokens up from a, the common ancestor, tokens down to b) of the dependency tree."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[:k], t, list(reversed(up_b[:ids_b[t.i]]))
    return up_a, None, list(reversed(up_b))


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "20+"


def _role(tok, lca) -> str:
    """How a mention hangs off the path's top: "nsubj", "pobj:against", "poss", ..."""
    node = tok
    while node.head.i != node.i and node.head.i != (lca.i if lca is not None else -1):
        if node.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "agent", "poss", "appos", "conj"):
            break
        node = node.head
    dep = node.dep_
    if dep == "pobj":
        return f"pobj:{node.head.lower_}"
    return dep


def features(doc, a, b, kind_a: str, kind_b: str) -> tuple[list[str], int]:
    """Sparse features of the pair (a, b) of mention heads, a as the would-be source; and the anchor token."""
    up, lca, down = _path(a, b)
    lex = _lexicon()
    f = [f"kinds={kind_a}>{kind_b}", "a_first" if a.i < b.i else "b_first"]
    deps = [f"^{t.dep_}" for t in up] + [f"v{t.dep_}" for t in down]
    top = lca.lemma_.lower() if lca is not None else "-"
    short = deps if len(deps) <= 2 else [deps[0], "*", deps[-1]]
    f.append(f"path={'/'.join(short)}|{top}")
    f.append(f"pathdeps={'/'.join(deps)}" if len(deps) <= 6 else "pathdeps=long")
    f.append(f"top={top}")
    if lca is not None:
        f.append(f"toppos={lca.pos_}")
        f.extend(f"topcls={c}" for c in lex.get(top, ()))
    ra, rb = _role(a, lca), _role(b, lca)
    f += [f"ra={ra}", f"rb={rb}", f"roles={ra}>{rb}", f"roles_top={ra}>{top}>{rb}"]
    f.append(f"pathlen={_bucket(len(up) + len(down))}")
    lo, hi = sorted((a.i, b.i))
    f.append(f"dist={_bucket(hi - lo - 1)}")
    on_path = [t for t in up[1:] + down[:-1]]
    for t in on_path:
        lem = t.lemma_.lower()
        f.append(f"pl={lem}")
        f.extend(f"pcls={c}" for c in lex.get(lem, ()))
    for t in doc[lo + 1:hi]:
        if t.is_alpha and not t.is_stop or t.lower_ in ("not", "no", "would", "whether", "if", "could", "against", "with"):
            lem = t.lemma_.lower()
            f.append(f"bw={lem}")
            f.extend(f"bcls={c}" for c in lex.get(lem, ()) if not c.startswith("TITLES"))
    if hi - lo <= 2 and any(t.lower_ in ("and", ",", "or") for t in doc[lo + 1:hi]):
        f.append("listed")
    anchor = lca if lca is not None and lca.i not in (a.i, b.i) else (doc[lo + 1] if hi > lo + 1 else a)
    if lca is not None and hedged(lca):
        f.append("hedged")
    sent = a.sent
    f.extend(_sentence_flags(sent))
    if any(t.lower_ in ('"', "\u201c", "\u201d") for t in sent):
        f.append("sent_quote")
    return f, anchor.i


_SUBJ = ("nsubj", "nsubjpass", "agent", "csubj")
_OBJ = ("dobj", "dative", "attr", "oprd")
_KEPT_POS = ("VERB", "NOUN", "ADP", "AUX", "PART", "SCONJ", "CCONJ")


def _word(tok, key_at: dict, kind_of) -> str:
    """A token as the delexicalised features see it: an actor's kind, a proper name, a number, else its lemma."""
    key = key_at.get(tok.i)
    if key is not None:
        return f"ENT/{kind_of(key)}"
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"):
        return "NAME"
    if tok.like_num or tok.pos_ == "NUM":
        return "NUM"
    lem = tok.lemma_.lower()
    if tok.pos_ in _KEPT_POS or lem in _lexicon():
        return lem
    return tok.pos_


def _cue_rels(lem: str) -> set[str]:
    """The relations the cue lexicon gives a word ("opposes", "supports"), if any."""
    return {c.split(":")[1] for c in _lexicon().get(lem, ()) if c.count(":") == 2}


def _in_quote(tok) -> bool:
    n = sum(1 for t in tok.sent if t.i < tok.i and t.text in ('"', "\u201c", "\u201d"))
    return n % 2 == 1


def _sentence_flags(sent) -> list[str]:
    """Whether the pair's sentence has a negation, a modal or a condition anywhere."""
    return [flag for flag, hit in (("sent_neg", any(t.dep_ == "neg" for t in sent)),
                                   ("sent_modal", any(t.lower_ in C.MODALS for t in sent)),
                                   ("sent_cond", any(t.lower_ in C.CONDITIONS for t in sent))) if hit]


def delex_features(doc, a, b, kind_a: str, kind_b: str, key_at: dict, kind_of,
                   ruled_here: list[tuple[str, str, str]], src: str, tgt: str) -> list[str]:
    """Features of the pair (a, b) with the article's names and topic words left out (round 21).

    Entity tokens become their kind, proper names and numbers a class; what stays are the dependency path with
    its lemmas, the cue lexicon's classes, hedges, negation, speech and quotes, and what the rules already read in
    the sentence (`ruled_here`: (rel, source, target) of rule relations in it)."""
    up, lca, down = _path(a, b)
    lex = _lexicon()
    f = [f"kinds={kind_a}>{kind_b}", "a_first" if a.i < b.i else "b_first"]
    deps = [f"^{t.dep_}" for t in up] + [f"v{t.dep_}" for t in down]
    top = _word(lca, key_at, kind_of) if lca is not None else "-"
    short = deps if len(deps) <= 2 else [deps[0], "*", deps[-1]]
    f.append(f"path={'/'.join(short)}|{top}")
    f.append(f"pathdeps={'/'.join(deps)}" if len(deps) <= 6 else "pathdeps=long")
    f.append(f"top={top}")
    ra, rb = _role(a, lca), _role(b, lca)
    f += [f"ra={ra}", f"rb={rb}", f"roles={ra}>{rb}", f"roles_top={ra}>{top}>{rb}"]
    f.append(f"pathlen={_bucket(len(up) + len(down))}")
    lo, hi = sorted((a.i, b.i))
    f.append(f"dist={_bucket(hi - lo - 1)}")
    path_toks = up[1:] + ([lca] if lca is not None and lca.i not in (a.i, b.i) else []) + down[:-1]
    cue_rels: set[str] = set()
    for t in path_toks:
        w = _word(t, key_at, kind_of)
        f.append(f"pl={w}")
        lem = t.lemma_.lower()
        f.extend(f"pcls={c}" for c in lex.get(lem, ()))
        cue_rels |= _cue_rels(lem)
        if any(c.dep_ == "neg" for c in t.children):
            f.append("path_neg")
        if t.lower_ in C.MODALS or any(c.lower_ in C.MODALS for c in t.children):
            f.append("path_modal")
    if lca is not None:
        f.extend(f"topcls={c}" for c in lex.get(lca.lemma_.lower(), ()))
        if lca.lemma_.lower() in C.SPEECH_VERBS:
            f.append("top_speech")
            if ra in _SUBJ:
                f.append("a_speaker")
            if rb in _SUBJ:
                f.append("b_speaker")
    f.extend(f"cue_rel={r}" for r in sorted(cue_rels))
    if not cue_rels:
        f.append("no_cue")
    # the shape the brief names: a cue word governs both, one end its subject, the other its object
    top_rels = _cue_rels(lca.lemma_.lower()) if lca is not None else set()
    subj_obj = ra in _SUBJ and (rb in _OBJ or rb.startswith("pobj:") or rb == "poss")
    for r in sorted(top_rels):
        f.append(f"topcue={r}")
        if subj_obj:
            f.append(f"shape=subj_cue_obj:{r}")
    if subj_obj:
        f.append("shape=subj_x_obj")
    n_between = len({key_at[t.i] for t in doc[lo + 1:hi] if t.i in key_at})
    f.append(f"actors_between={min(n_between, 3)}")
    for t in doc[lo + 1:hi]:
        low = t.lower_
        if low in ("not", "no", "would", "whether", "if", "could", "against", "with", "and", "but", "said", "says"):
            f.append(f"bw={low}")
        f.extend(f"bcls={c}" for c in lex.get(t.lemma_.lower(), ()) if not c.startswith("TITLES"))
    if hi - lo <= 2 and any(t.lower_ in ("and", ",", "or") for t in doc[lo + 1:hi]):
        f.append("listed")
    if lca is not None and hedged(lca):
        f.append("hedged")
    f.extend(_sentence_flags(a.sent))
    if _in_quote(a):
        f.append("a_in_quote")
    if _in_quote(b):
        f.append("b_in_quote")
    # what the rules read in this sentence: one end with a third actor, or nothing at all
    if not ruled_here:
        f.append("rules_none_here")
    for rel, s, t in ruled_here:
        if s == src:
            f.append(f"rule_src_as_source={rel}")
        if t == tgt:
            f.append(f"rule_tgt_as_target={rel}")
        if s == tgt:
            f.append(f"rule_tgt_as_source={rel}")
        if t == src:
            f.append(f"rule_src_as_target={rel}")
    return f


def candidates(ctx: Context, rules: tuple[Relation, ...] | list[Relation]) -> list[Candidate]:
    """Ordered pairs of actors named in one sentence with no rule relation between them, with their features."""
    finder = Finder(ctx)
    doc = ctx.doc
    ruled = {(r.source, r.target) for r in rules} | {(r.target, r.source) for r in rules}
    starts = [s for s, _ in ctx.sentences]
    ruled_in: dict[int, list[tuple[str, str, str]]] = {}
    for r in rules:
        ruled_in.setdefault(bisect_right(starts, r.evidence.start) - 1, []).append((r.rel, r.source, r.target))
    by_sent: dict[int, list[tuple[str, str, object]]] = {}
    for key, raw, sent, first, last in _spans(ctx, finder):
        acting = finder.stand_for(key, True)
        by_sent.setdefault(sent, []).append((acting, finder.stand_for(key, False), _head(doc, first, last), raw))
    together: Counter[frozenset] = Counter()   # in how many sentences two actors are named together
    named: Counter[str] = Counter()            # in how many sentences an actor is named
    for ms in by_sent.values():
        keys = {m[0] for m in ms}
        named.update(keys)
        together.update(frozenset((x, y)) for x in keys for y in keys if x < y)
    rank = {k: i for i, (k, _) in enumerate(named.most_common())}
    out: list[Candidate] = []
    for sent, ms in sorted(by_sent.items()):
        if len({m[0] for m in ms}) > MAX_MENTIONS:
            continue
        best: dict[tuple[str, str], tuple[int, object, object, str, str]] = {}
        for src, _, a, ka in ms:
            for _, tgt, b, kb in ms:
                if a.i == b.i or src == tgt or (src, tgt) in ruled:
                    continue
                up, _, down = _path(a, b)
                d = len(up) + len(down)
                if (src, tgt) not in best or d < best[(src, tgt)][0]:
                    best[(src, tgt)] = (d, a, b, ka, kb)
        for (src, tgt), (_, a, b, ka, kb) in best.items():
            feats, anchor = features(doc, a, b, _kind(ctx, ka), _kind(ctx, kb))
            dx = delex_features(doc, a, b, _kind(ctx, ka), _kind(ctx, kb), finder.actors.key_at,
                                lambda k: _kind(ctx, k), ruled_in.get(sent, []), src, tgt)
            # how central the two are to the article: its gold facts are mostly between its main actors
            central = [f"srank={min(rank.get(src, 9), 3)}", f"trank={min(rank.get(tgt, 9), 3)}",
                      f"ranks={min(rank.get(src, 9), 3)}>{min(rank.get(tgt, 9), 3)}",
                      f"together={min(together[frozenset((src, tgt))], 4)}", f"lede={int(sent == 0)}"]
            lca = _path(a, b)[1]
            heads = (a.i, b.i, lca.i if lca is not None else -1)
            out.append(Candidate(src, tgt, sent, anchor, tuple(feats + central), tuple(dx + central), heads))
    return out


def _kind(ctx: Context, key: str) -> str:
    ent = ctx.entities.get(key)
    if key.startswith("org:") and ent is not None and ent.org_kind:
        return f"org/{ent.org_kind}"
    return key.split(":", 1)[0]


def probabilities(model: dict, feats: tuple[str, ...] | list[str]) -> dict[str, float]:
    """P(rel | pair) for each relation, one-vs-rest."""
    out = {}
    for rel in RELS:
        w = model["weights"][rel]
        z = model["bias"][rel] + sum(w.get(x, 0.0) for x in set(feats))
        out[rel] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out
