"""Threats and hostile acts told without a cue verb: "Y will face serious consequences", "there will be consequences
for Y", "would counter any move by Y", "set Y a deadline", "violated Y's airspace". A threat is conditional by nature,
so "will" and "would" do not hedge it here.

Used by `relations`; each function takes the Finder and the token that carries the cue and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged
from .frames import lifted
from .stances import quoted_speaker

THREAT = C.Cue("opposes", "130", "THREATEN", 0.7)
# what a threat's future tense looks like: "will / would / 'll face"
THREAT_AUX = frozenset("will would 'll shall".split())


def _threat_tense(verb) -> bool:
    """Whether a verb is told as a future or conditional threat and not negated ("will face", not "could face")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in THREAT_AUX for a in auxes) and not any(a in C.MODALS - {"would"} for a in auxes) \
        and not any(c.dep_ == "neg" for c in verb.children)


def consequences(f: Finder, noun) -> None:
    """ "Finland will face serious consequences, Sweden warned", "Sweden will ensure there are consequences for
    Finland": the one who says or ensures it threatens the one who will face them."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ == "face" and _threat_tense(verb):
        targets = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    elif noun.dep_ in ("attr", "nsubj") and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) \
            and (_threat_tense(verb) or verb.dep_ == "ccomp" and verb.head.lemma_ == "ensure"):
        targets = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to")   # "there will be
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]     # consequences for Y"
    else:
        return
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "ensure":   # "Sweden will ensure there are consequences"
        sources = [] if any(c.dep_ == "neg" for c in verb.head.children) else f.actors.subjects(verb.head)[0]
    else:
        sources = quoted_speaker(f, verb)
    f.add(THREAT, sources, targets, noun, f"{verb.text} {noun.text}", 0.65)


def any_move(f: Finder, noun) -> None:
    """ "Peru would strongly counter any move by Chile to expand its zone", "will resist any attempt by Y": opposing
    whatever the other side might do opposes it (the move's agent: a `by` object or a possessor)."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children) \
            or any(c.dep_ == "neg" for c in verb.children) or (hedged(verb) and not _threat_tense(verb)):
        return
    targets = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
               if o.dep_ == "pobj" for k in f.actors.of(o)]
    targets += [k for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.OPPOSE, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} any {noun.text}", 0.65)


# verbs that stop another side's act as it unfolds, with the particle some need ("fought off", "beat back")
REPEL_VERBS = {"repel": "", "repulse": "", "thwart": "", "foil": "", "resist": "", "block": "", "crush": "",
               "fend": "off", "fight": "off", "beat": "back", "push": "back"}
# acts of force that can be repelled, and attempts that are such an act when told with what they try to take
FORCE_ACTS = frozenset("""attack offensive assault advance push onslaught raid incursion infiltration counterattack
counteroffensive""".split())
ATTEMPT_NOUNS = frozenset("attempt bid effort".split())
SEIZE_VERBS = frozenset("seize capture take storm overrun infiltrate enter attack retake recapture breach".split())
REPELLED = C.Cue("opposes", "190", "ASSAULT", 0.7)


def repelled(f: Finder, noun) -> None:
    """ "Nigeria's military repelled an attempt by Boko Haram to seize the town", "the army foiled a series of attacks
    by IS", "Poland blocked a bid by the EU to ...": the one who stops an act opposes its agent; an act of force (an
    attack, or an attempt to seize something) is the agent's against the one repelling it, between armed sides."""
    place = lifted(noun)   # "thwarted a series of attacks by X"
    verb = place.head
    if place.dep_ == "pobj" and verb.lower_ in ("off", "back"):   # "fought off an assault": the parser may read
        verb = verb.head                                           # the particle as a preposition
    elif place.dep_ != "dobj":
        return
    if verb.lemma_ not in REPEL_VERBS or hedged(verb):
        return
    particle = REPEL_VERBS[verb.lemma_]
    if particle and not any(c.lower_ == particle and c.i == verb.i + 1 for c in verb.children):
        return   # "fought an offensive", "beat the attack" name no repelling
    agents = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    agents += [k for k in f.owners(noun) if k not in agents]   # "an Islamic State offensive"
    sides = f.actors.subjects(verb)[0]
    force = noun.lemma_.lower() in FORCE_ACTS or any(t.pos_ == "VERB" and t.lemma_ in SEIZE_VERBS and t.i > noun.i
                                                      for t in noun.subtree)   # "an attempt by X to seize the town"
    cue = REPELLED if force else C.OPPOSE
    f.add(cue, sides, agents, noun, f"{verb.text} {noun.text}")
    if force:   # the attack was aimed at the one who repelled it
        f.add(REPELLED, [k for k in agents if f.armed(f.stand_for(k, True))],
              [k for k in sides if f.armed(f.stand_for(k, False))], noun, f"{noun.text} repelled")


def deadline(f: Finder, noun) -> None:
    """ "Peru set Chile a deadline to withdraw its troops", "issued an ultimatum to Y": a demand of the one given it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in ("set", "give", "issue", "deliver", "hand") or hedged(verb):
        return
    targets = [k for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != noun.i and c.pos_ != "PRON"
               for k in f.actors.of(c)]
    targets += [k for h in (verb, noun) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.DEMAND, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text}", 0.65)


def violated(f: Finder, verb) -> None:
    """ "Chilean jets violated Peruvian airspace", "Peru said Chile violated its sovereignty": a breach of a state's
    territory or sovereignty opposes the state ("its" in what a speaker says: the speaker's own)."""
    if hedged(verb):
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "into")
             for o in c.children if o.dep_ == "pobj"]   # "encroached on Y's waters"
    objs = [o for o in objs if o.lemma_.lower() in C.TERRITORY_NOUNS]
    sources, _ = f.actors.subjects(verb)
    owners = [k for o in objs for k in f.actors.owner_of_standing(o, C.TERRITORY_NOUNS) if k not in sources]
    speakers = [k for k in quoted_speaker(f, verb) if k not in sources] if objs else []
    if not owners and any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for o in objs for c in o.children):
        owners = speakers   # "Peru said Chile violated its airspace"
    word = f"{verb.text} {objs[0].text}" if objs else verb.text
    if speakers and {f.stand_for(k, True) for k in speakers} & {f.stand_for(k, False) for k in owners}:
        f.add(C.ACCUSE, speakers, sources, verb, f"said {word}", 0.7)   # the speaker's own: an accusation (the
        return                                                            # breach itself rests on its word)
    f.add(C.OPPOSE, sources, owners, verb, word, 0.7)


def meddled_in_ours(f: Finder, verb) -> None:
    """ "Peru said Chile was meddling in its affairs": the affairs are the speaker's (one does not meddle in one's
    own), so the speaker accuses the meddler (the meddling itself rests on its word)."""
    objs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")
            for o in c.children if o.dep_ == "pobj" and o.lower_ in C.AFFAIRS_NOUNS]
    if hedged(verb) or not any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for o in objs
                               for c in o.children):
        return
    sources = f.actors.subjects(verb)[0]
    f.add(C.ACCUSE, [k for k in quoted_speaker(f, verb) if k not in sources], sources, verb, f"said {verb.text}", 0.7)


def refused_talks(f: Finder, verb) -> None:
    """ "Peru refused to negotiate with Chile", "will not hold talks with a Chilean government that ...": refusing to
    deal with Y opposes Y (not "did not hold talks": a fact of the calendar, not a refusal)."""
    talks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("talk", "negotiation", "dialogue")]
    if verb.lemma_ == "hold" and not talks or verb.lemma_ not in C.TALK_VERBS | {"hold"}:
        return
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "refuse" and not hedged(verb.head):
        sources = f.actors.subjects(verb.head)[0]
    elif any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll")
                                                             for c in verb.children):
        sources = f.actors.subjects(verb)[0]   # "will not negotiate with Y": a stance, not a forecast
    else:
        return
    targets = [k for h in (verb, *talks) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.OPPOSE, sources, targets, verb, f"refused {verb.text} with", 0.65)


def vowed(f: Finder, verb) -> None:
    """ "Iran vowed to retaliate against Israel", "Saudi Arabia vowed to crush the Houthis" (a threat), "Tehran vowed
    to stand by Baghdad", "Russia pledged to defend Syria" (support): what one vows to do to Y is a stance on Y now
    (not a vow denied or hedged, nor one not to act)."""
    head = verb.head
    if hedged(head) or any(c.dep_ == "neg" for c in (*head.children, *verb.children)):
        return
    if verb.lemma_ in C.STAND_VERBS:
        cue = C.SOLIDARITY
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "behind")
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    else:
        cue = C.VERBS[verb.lemma_]
        targets = f.actors.patients(verb, cue.preps if cue.rel == "opposes" else ())
        if cue.reverse:   # "vowed to defeat X": a group or state, not an election's loser
            targets = [t for t in targets if not t.startswith("person:") and t not in f.ctx.state_of]
        if cue.rel == "opposes":
            cue = C.THREATEN
    f.add(cue, f.actors.subjects(head)[0], targets, verb, f"{head.text} to {verb.text}", 0.65)


def reserved_right(f: Finder, noun) -> None:
    """ "Peru said it reserved the right to retaliate against Chile", "reserves the right to respond to any attack by
    Chile": keeping force in hand against Y is a threat to Y."""
    verb = noun.head
    act = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
    if act is None or hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    if act.lemma_ in C.VERBS and C.VERBS[act.lemma_].rel == "opposes" and not C.VERBS[act.lemma_].reverse:
        targets = f.actors.patients(act, C.VERBS[act.lemma_].preps)
    elif act.lemma_ == "respond":   # "to respond to any attack by Chile"
        targets = [k for c in act.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                   if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "by"
                   for a in p.children if a.dep_ == "pobj" for k in f.actors.of(a)]
    else:
        return
    f.add(C.THREATEN, f.actors.subjects(verb)[0], targets, noun, f"reserves the right to {act.text}", 0.65)


# "retaliate for / over" an act, "in retaliation for" it: the act answered
RETALIATION_NOUNS = frozenset("retaliation reprisal reprisals".split())


def retaliated_for(f: Finder, tok) -> None:
    """ "Chile said it will retaliate over a new Peruvian law", "expelled envoys in retaliation for Peru's decision",
    "sanctions imposed by Chile in reprisal for Peruvian tests": the one who answers an act opposes the act's owner
    (written on it: "Peru's", "Peruvian", "by Peru"), as a threat when it is still to come. Not an act that names no
    owner ("retaliate for the attack"), nor the owner of a harm suffered ("in retaliation for Perez's death")."""
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_ in C.VOW_HEADS:
        verb, sources = tok.head, f.actors.subjects(tok.head)[0]   # "vowed to retaliate": a threat, not a hedge
    elif tok.pos_ == "VERB":
        verb, sources = tok, f.actors.subjects(tok)[0]
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as") and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head   # "expelled envoys in retaliation for": the one who expelled them
        sources = f.actors.subjects(verb)[0]
    else:
        verb, sources = tok, [k for c in tok.children if c.dep_ == "poss" for k in f.actors.of(c)]   # "its reprisal"
    if hedged(verb):
        return
    acts = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in f.actors.key_at]
    targets = []
    for act in acts:
        if act.lemma_.lower() not in C.VICTIM_NOUNS:
            targets += f.owners(act)
        targets += [k for c in act.children if c.dep_ == "prep" and c.lower_ == "by"   # "the expulsion of X by Peru"
                    for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets += [k for a in act.children if a.dep_ == "acl" and a.tag_ == "VBN"   # "the law passed by Peru"
                    for c in a.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                    for k in f.actors.of(o)]
    f.add(THREAT, sources, [k for k in dict.fromkeys(targets) if k not in sources], tok, f"{tok.text} for")
