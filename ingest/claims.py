"""Attacks a group claims: "X claimed responsibility for the attack on Sylvanian troops" opposes X to the state whose
forces the attack hit.

The attack's target is read in its own "on/against" phrase or, for "the attack" / "the October attacks" told before,
in the article's earlier attack on forces ("Gunmen attacked a police patrol ... X claimed responsibility for the
attack"). Forces with no owner named ("security posts", "a patrol") are the one state whose forces the article names.
An attack on civilians, a mosque or a market names no state, so it gives nothing.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged

# nouns for an attack a group claims ("responsibility for the bombing")
ATTACK_NOUNS = frozenset("""attack attacks assault assaults ambush ambushes raid raids bombing bombings shooting
shootings blast blasts explosion explosions""".split())
# verbs of an attack told before the claim ("militants attacked a patrol")
ATTACK_VERBS = frozenset("attack ambush storm raid target bomb".split())
# what a state's forces are: hit, they stand for the state
FORCE_TARGETS = frozenset("""forces force troops soldiers soldier police policemen policeman army military patrol
patrols convoy convoys checkpoint checkpoints barracks outpost outposts guards""".split())
# places that are forces only with a force word on them ("security posts", "an army camp", not "a refugee camp")
FORCE_PLACES = frozenset("post posts camp camps base bases station stations".split())
FORCE_WORDS = frozenset("security police army military border troop troops".split())
# nouns whose owner, when a state, tells which state's forces the article is about ("Egyptian security forces")
OWNED_FORCES = frozenset("forces troops soldiers police policemen army military".split())


def claimed_attack(f: Finder, tok) -> None:
    """ "X claimed responsibility for coordinated attacks on Sylvanian security posts": X opposes Sylvania."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_ != "claim" or hedged(verb) or any(c.dep_ == "neg" for c in tok.children):
        return
    attacks = [o for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "for"   # the parser
               for o in c.children if o.dep_ == "pobj" and o.lower_ in ATTACK_NOUNS]   # may hang "for" on the verb
    if not attacks:
        return
    claimants = [k for k in f.actors.subjects(verb)[0] or _called(f, verb) if k.startswith("org:")]
    if not claimants:
        return
    attack = attacks[0]
    hit = _hit(attack)
    if hit:
        states = _states_of(f, hit)
    elif _told_before(attack):
        states = next((s for s in map(lambda h: _states_of(f, h), _earlier_hits(f, attack)) if s), [])
    else:
        states = []
    if len(states) == 1:
        f.add(C.ASSAULT, claimants, states, tok, f"{verb.text} {tok.text} for {attack.text}", 0.75)


def _called(f: Finder, verb) -> list[str]:
    """ "a little-known group called X claimed ...": the name the subject is called by."""
    return [k for c in verb.children if c.dep_ == "nsubj" for a in c.children
            if a.dep_ == "acl" and a.lemma_ in ("call", "name") for o in a.children if o.dep_ in ("oprd", "attr", "dobj")
            for k in f.actors.of(o)]


def _hit(attack) -> list:
    """The forces an attack noun's "on" / "against" phrase names (with their conjuncts)."""
    objs = [o for c in attack.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for o in c.children if o.dep_ == "pobj"]
    objs += [x for o in objs for x in o.conjuncts]
    return [o for o in objs if _forces(o)]


def _forces(tok) -> bool:
    """Whether a noun is a state's forces or a post of them."""
    if tok.lower_ in FORCE_TARGETS:
        return True
    return tok.lower_ in FORCE_PLACES and any(c.dep_ in ("compound", "amod") and c.lower_ in FORCE_WORDS
                                            for c in tok.children)


def _states_of(f: Finder, hits: list) -> list[str]:
    """The state the forces hit belong to: their owner when named, else the one state whose forces the article names."""
    owners = {k for h in hits for c in h.children if c.dep_ in ("poss", "amod", "compound")
              for k in f.actors.of(c) if k.startswith("state:")}
    owners |= {k for h in hits for k in f.actors.of(h) if k.startswith("state:")}
    if owners or any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN")
                     for h in hits for c in h.children):
        return sorted(owners)   # "Kurdish forces", "the group's fighters": an owner that is no state
    return _article_forces(f)


def _article_forces(f: Finder) -> list[str]:
    """The states whose forces the article names with an owner ("Egyptian security forces", "Myanmar's army")."""
    owners = {k for t in f.ctx.tokens if t.lower_ in OWNED_FORCES for c in t.children
              if c.dep_ in ("poss", "amod", "compound") for k in [f.actors.key_at.get(c.i, "")] if k.startswith("state:")}
    return sorted(owners)


def _told_before(attack) -> bool:
    """ "the attack", "the October attack", "these attacks": an attack the article has told of already."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in attack.children) \
        and not any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("on", "against", "by")
                    for c in attack.children)


def _earlier_hits(f: Finder, attack) -> list[list]:
    """The forces hit by attacks told before the claim's sentence, nearest first: "gunmen attacked a police patrol",
    "an attack on army posts"."""
    out = []
    for t in reversed(f.ctx.tokens[:attack.sent.start]):
        if t.lemma_.lower() in ATTACK_VERBS and t.pos_ == "VERB" and not hedged(t):
            objs = [c for c in t.children if c.dep_ == "dobj"]
            objs += [x for o in objs for x in o.conjuncts]
            hits = [o for o in objs if _forces(o)]
        elif t.lower_ in ATTACK_NOUNS and t.pos_ == "NOUN":
            hits = _hit(t)
        else:
            continue
        if hits:
            out.append(hits)
    return out
