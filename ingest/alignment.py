"""Siding, ties and fights between sides: "stood with", "on the side of", "respects Iraq's sovereignty", "pledged
allegiance to", "signed a pact with", "coordinates closely with", "broke off ties with", "a conflict pitting X against
Y", "losing ground to", "drove Islamic State from Mosul".

Used by `relations`; each function takes the Finder and the token that carries the cue and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged


def lose_ground(f: Finder, verb) -> None:
    """ "the rebels keep losing ground to Turkish troops": a fight between the loser and the winner, both ways."""
    lost = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.LOST_OBJECTS), None)
    if lost is None or hedged(verb):
        return
    winners = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    losers = f.actors.subjects(verb)[0]
    armed = [k for k in (*losers, *winners) if f.armed(k)]   # parties and markets lose ground too
    if len(armed) == len(losers) + len(winners):
        f.add(C.STRUGGLE, losers, winners, verb, f"{verb.text} {lost.text} to", both=True)


# "the army fled in the face of Islamic State": giving way before an armed actor
RETREAT_VERBS = frozenset("retreat flee collapse crumble withdraw pull surrender buckle melt".split())
# "struggled in the face of a growing Taliban insurgency": the adversity is an armed push
ONSLAUGHT_NOUNS = C.PUSH_NOUNS | frozenset("insurgency aggression".split())


def faced(f: Finder, face) -> None:
    """ "the Iraqi army retreated in the face of attacks by Islamic State": the attacker opposes the one giving way."""
    verb = face.head.head
    if verb.pos_ != "VERB" or hedged(verb):
        return
    for o in (o for c in face.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj"):
        if o.lemma_.lower() in ONSLAUGHT_NOUNS:   # "a Taliban offensive", "attacks by IS", "IS's advance"
            attackers = [f.actors.key_at[c.i] for c in o.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                         and c.i in f.actors.key_at] or [
                k for c in o.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                for x in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                for k in f.actors.of(x)]
        elif verb.lemma_ in RETREAT_VERBS:
            attackers = f.actors.of(o)
        else:
            continue
        sides = f.actors.subjects(verb)[0]
        f.add(C.ASSAULT, [k for k in attackers if f.armed(f.stand_for(k, True))],   # "Ghani's government": his state
              [k for k in sides if f.armed(f.stand_for(k, False))], face, "in the face of", 0.7)


def fled_from(f: Finder, prep) -> None:
    """ "the Iraqi army fled from Islamic State's offensive": giving way from an armed push told with its owner is as
    "fled in the face of" it. Only an onslaught noun with an actor on it (not "withdrew from Syria", "fled from the
    fighting")."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_ not in RETREAT_VERBS or hedged(verb):
        return
    attackers = [k for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in ONSLAUGHT_NOUNS
                 for c in o.children if c.dep_ in ("poss", "amod", "compound", "nmod") for k in f.actors.of(c)]
    sides = f.actors.subjects(verb)[0]
    f.add(C.ASSAULT, [k for k in attackers if f.armed(f.stand_for(k, True))],
          [k for k in sides if f.armed(f.stand_for(k, False))], prep, f"{verb.text} from", 0.7)


def drive_out(f: Finder, verb) -> None:
    """ "an advance by Iraqi troops drove Islamic State from Mosul": the driver fights the armed group it expels."""
    if hedged(verb) or not any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in verb.children):
        return
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c) if f.armed(k)]
    sources, passive = f.actors.subjects(verb)
    if not sources and not passive:   # "an advance by X", "X's offensive": the owner of the push
        sources = [k for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() in C.PUSH_NOUNS
                   for c in s.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                   for o in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                   for k in f.actors.of(o)]
    f.add(C.EXPEL, [k for k in sources if f.armed(k)], targets, verb, f"{verb.text} out")


def loyalty(f: Finder, noun) -> None:
    """ "Vice President X swore his loyalty to President Y", "the militias pledged allegiance to IS": support."""
    verb = noun.head
    if hedged(verb):
        return
    targets = [k for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.SUPPORT, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text} to", 0.75)


def uphold(f: Finder, verb) -> None:
    """ "China respects Iraq's sovereignty", "pledged to preserve Syria's unity": support for the state."""
    if hedged(verb):
        return
    targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in f.actors.owner_of_standing(c)]
    f.add(C.SUPPORT, f.actors.subjects(verb)[0], targets, verb, verb.text, 0.7)


def pact(f: Finder, verb) -> None:
    """ "X and Y signed a pact", "X signed a peace treaty with Y"."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_ in C.PACT_NOUNS or (
        c.lemma_ in C.AGREEMENT_NOUNS and any(m.lower_ in C.COOPERATION_WORDS for m in c.children)))
        and not any(m.lower_ in C.PEACE_WORDS for m in c.children)]   # "signed a peace accord": former enemies
    if not objs or hedged(verb):
        return
    signers, _ = f.actors.subjects(verb)
    trade = any(m.lower_ in C.TRADE_PACT_WORDS for m in objs[0].children)
    others: list[str] = []
    for c in list(verb.children) + list(objs[0].children):   # "A and B signed a customs protocol with C": C is a
        if c.dep_ == "prep" and c.lower_ == "with" and not trade:   # trade partner of the two, not their ally
            others += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) if k not in signers + others]
    sides = signers + others
    if len(sides) >= 2:
        f.add(C.ALLIED, sides[:1], sides[1:], verb, f"{verb.text} {objs[0].text}")
    for i, signer in enumerate(signers[1:], 1):   # "A and B signed a defence pact with C": B and C are allies too (not
        f.add(C.ALLIED, [signer], signers[i + 1:] + others, verb, f"{verb.text} {objs[0].text}")   # C and D of "A
        # signed pacts with C and D": one signer's pacts with each, not one pact between them)


def stand(f: Finder, verb) -> None:
    """ "Beijing has stood with Mugabe's government", "stood in solidarity with Japan"."""
    if hedged(verb):
        return
    targets: list[str] = []
    active = any(c.dep_ == "nsubj" for c in verb.children)   # "has stuck by X": the parser's agent of an active verb
    for c in verb.children:
        if (c.dep_ == "prep" or active and c.dep_ == "agent") and c.lower_ in ("with", "by", "behind"):
            targets += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if c.lower_ == "shoulder":   # "stands shoulder to shoulder with Y"
            targets += with_objects(f, c, *c.children)
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.lower_ == "solidarity":
                    targets += [k for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
                                for q in p.children for k in f.actors.of(q)]
    sources = f.actors.subjects(verb)[0]
    if active and any(c.dep_ == "agent" for c in verb.children):   # the agent read as the subject: the nsubj is
        sources = [k for c in verb.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    f.add(C.SOLIDARITY, sources, targets, verb, verb.text)


def close(f: Finder, verb) -> None:
    """ "the EU, which normally coordinates closely with Washington": close cooperation is an alliance."""
    if hedged(verb) or not any(c.dep_ == "advmod" and c.lower_ in ("closely", "tightly") for c in verb.children):
        return
    others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.TIES, f.actors.subjects(verb)[0][:1], others[:1], verb, f"{verb.text} with")


def allied(f: Finder, verb) -> None:
    """ "the Haqqani network, allied to the Taliban", "X, which is allied to Y": X supports Y (as "an ally of Y");
    "X is allied with Y": an alliance."""
    if hedged(verb):
        return
    sides = [k for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP") for k in f.actors.of(c)]
    if not sides and verb.dep_ in ("acl", "relcl"):   # "members of X, allied to Y": who is allied is the noun
        sides = f.actors.of(verb.head)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and verb.dep_ not in ("acl", "relcl"):
        return   # active "allied with" is read as ties elsewhere
    to = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
          for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.Cue("supports", "051", "SUPPORT", 0.75), sides, to, verb, f"{verb.text} to")
    if verb.dep_ != "acl":   # "X, allied with Y" is already read as ties
        f.add(C.TIES, sides, with_objects(f, verb), verb, f"{verb.text} with")


def allied_conjunct(f: Finder, adj) -> None:
    """ "the Afghan Taliban and the allied Haqqani network": the two coordinated actors are allies (the narrator's
    description, so a hedge on the clause does not undo it)."""
    noun = adj.head
    if noun.dep_ != "conj" or noun.i not in f.actors.key_at and not f.actors.of(noun):
        return
    f.add(C.TIES, f.actors.of(noun.head), f.actors.of(noun), adj, f"and the {adj.text}")


def with_objects(f: Finder, *heads) -> list[str]:
    """The actors after "with" on any of the given tokens."""
    return [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]


def break_ties(f: Finder, verb) -> None:
    """ "X, Y and Z broke off diplomatic ties with Q", "severed relations with Q": each opposes Q."""
    ties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in C.BROKEN_NOUNS or (
        c.lemma_.lower() in C.STOPPED_NOUNS and verb.lemma_ not in ("break", "cut")))]
    if not ties or hedged(verb) or (verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)):
        return   # a bare "sever its ties" is a demand or an order, not an event
    if verb.lemma_ == "break" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) \
            and not any(c.dep_ == "prep" for c in verb.children if c.lower_ == "with"):
        return   # "break the ties that bind" is no rupture; "broke (off) ties with Y" is
    if ties[0].dep_ == "nsubjpass":
        return   # "ties were cut": who cut them is not said
    f.add(C.BREAK_TIES, f.actors.subjects(verb)[0], with_objects(f, verb, ties[0]), verb,
          f"{verb.text} {ties[0].text}")


def cut_flow(f: Finder, verb) -> None:
    """ "Peru cut off aid to Chile", "halted arms sales to Chile", "banned imports from Chile", "halted trade with
    Chile", "banned purchases of the ore from its neighbour", "banned imports of Chilean wine": a state or an
    international body that stops what flows to or from Y, or its trade or travel with Y, sanctions Y. Not a company's
    halt, not an order or an aim ("cut off aid to Y!", "plans to ban"), not a hedged or denied one, not a state's ban
    on its own goods."""
    if hedged(verb) or verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        return   # "cut off aid to Y!": an order, not an event ("plans to ban" is hedged; "moved to cut" is done)
    flows = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in C.FLOW_PREPS
             and c.i not in f.actors.key_at]
    if not flows:
        return
    sources = [s for s in f.actors.subjects(verb)[0] if f.stand_for(s, True).startswith("state:") or (
        (e := f.ctx.entities.get(f.stand_for(s, True))) is not None and e.org_kind in ("igo", "alliance"))]
    places, goods = [], []
    for flow in flows:
        preps = C.FLOW_PREPS[flow.lemma_.lower()]
        places += [o for h in (flow, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                   for o in c.children if o.dep_ == "pobj"]
        goods += [o for c in flow.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
    places += [o for g in goods for c in g.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
               for o in c.children if o.dep_ == "pobj"]   # "purchases of the fuel from its neighbour"
    ends = [k for o in places for k in (f.actors.of(o) or _neighbour(f, o, sources))]
    ends += [f.actors.key_at[m.i] for g in goods for m in g.children   # "imports of Chilean wine"
             if m.dep_ in ("amod", "compound") and f.actors.key_at.get(m.i, "").startswith("state:")]
    f.add(C.FLOW_CUT, sources, [k for k in dict.fromkeys(ends) if k.startswith(("state:", "org:")) and k not in sources],
          verb, f"{verb.text} {flows[0].text}")


def _neighbour(f: Finder, o, sources: list[str]) -> list[str]:
    """ "its northern neighbour", "the neighbouring country" after a state's ban: the other of the article's two main
    states, when the banning state is one of them (a neighbour is no state of its own in the actors' reading)."""
    named = o.lemma_.lower() in C.NEIGHBOUR_NOUNS and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children) \
        or o.lemma_.lower() == "country" and any(c.lower_ in C.NEIGHBOURING for c in o.children)
    main = list(f.ctx.main_states[:2])
    if not named or len(sources) != 1 or sources[0] not in main or len(main) < 2:
        return []
    return [k for k in main if k != sources[0]]


def pit(f: Finder, verb) -> None:
    """ "a conflict pitting Kiir's troops against those of Machar": both sides oppose each other."""
    if hedged(verb):
        return
    one = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    other = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
             for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not other:   # the parser may hang "against" on the object
        other = [k for c in verb.children if c.dep_ == "dobj" for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "against" for o in p.children for k in f.actors.of(o)]
    f.add(C.STRUGGLE, one[:1], [k for k in other if k not in one][:1], verb, verb.text, both=True)


def on_side(f: Finder, side) -> None:
    """ "intervened in the war on the side of Assad", "Hezbollah's fight on the side of Assad", "is taking the side of
    Baghdad in the crisis": support."""
    targets = [k for c in side.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not targets or any(c.dep_ not in ("det", "prep") or (c.dep_ == "det" and c.lower_ != "the")
                          for c in side.children):
        return   # "on the other side of", "on one side of the border", "on the Syrian side of"
    node = side.head if side.dep_ == "dobj" else side.head.head   # "taking the side of": the verb itself
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            if not hedged(node):
                f.add(C.SOLIDARITY, f.actors.subjects(node)[0], targets, side, "on the side of")
            return
        owner = [k for c in node.children if c.dep_ == "poss" for k in f.actors.of(c)]
        if owner:
            f.add(C.SOLIDARITY, owner, targets, side, "on the side of")
            return
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return
        node = node.head


def under_fire(f: Finder, fire) -> None:
    """ "Erdogan, who is under fire from Brussels over his crackdown", "the convoy came under fire from X": the one
    firing, in words or arms, opposes the one under fire (the subject, or the name the phrase describes)."""
    under = fire.head
    holder = under.head
    firers = [k for h in (fire, under, holder) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not firers or hedged(holder):
        return
    if holder.pos_ in ("VERB", "AUX"):
        targets = f.actors.subjects(holder)[0]
    else:   # "Erdogan, under fire from Brussels, said ..."
        targets = f.actors.of(holder) if holder.pos_ in ("NOUN", "PROPN") else []
    f.add(C.OPPOSE, firers, [k for k in targets if k not in firers], fire, "under fire from")


def drills(f: Finder, noun) -> None:
    """ "Russia, China and Iran began three days of naval exercises", "military drills by the US and South Korea":
    states exercising together are allied, each pair once (two sides with "joint" are read in `nominal.joint`)."""
    if not (any(c.dep_ in ("amod", "compound") and c.lower_ in C.MILITARY_WORDS for c in noun.children)
            or noun.lemma_.lower() in ("drill", "wargame", "manoeuvre", "maneuver")):
        return   # "exercises" alone may be anything; "drills" and "naval exercises" are military
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in ("day", "week", "round", "series"):
        holder = noun.head.head   # "began three days of naval exercises"
    verb = holder.head if holder.dep_ == "dobj" and holder.head.lemma_ in C.HOLD_VERBS else None
    if verb is not None and hedged(verb) or hedged(noun):
        return
    sides = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "between", "involving")
             for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not sides and verb is not None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(d.lower_ in ("both", "each") for s in subjects for d in s.subtree) or any(
                c.lower_ in ("separately", "separate", "respectively") for c in verb.subtree):
            return   # "both held drills", "separate exercises": not together
        sides = f.actors.subjects(verb)[0]
    sides = [k for k in dict.fromkeys(sides) if k.startswith("state:")]
    if len(sides) < 2 or len(sides) > 4 or (len(sides) == 2 and any(c.lower_ == "joint" for c in noun.children)):
        return
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            f.add(C.JOINT, [a], [b], noun, f"{noun.text} together", 0.65)


def sided_against(f: Finder, verb) -> None:
    """ "Peru aligned with Bolivia against Chile", "sided with Qatar against Riyadh", "joined forces against IS":
    taking a side against Y opposes Y (a state or an armed actor; never "stood against Y", an election race)."""
    if hedged(verb) or verb.lemma_ == "join" and not any(c.dep_ == "dobj" and c.lower_ in ("forces", "hands")
                                                           for c in verb.children):
        return
    targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) if k.startswith("state:") or f.armed(k)]
    f.add(C.OPPOSE, f.actors.subjects(verb)[0], targets, verb, f"{verb.text} against", 0.65)
