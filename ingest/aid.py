"""Aid and defence: "helped the army retake Aleppo", "in support of government troops", "the biggest funder of",
"bought missiles from Russia", "bound to defend Taiwan", "fought alongside Turkey", "supplied weapons to the SDF".

Used by `relations`; each function takes the Finder and the token that carries the cue and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged


def help_verb(f: Finder, verb) -> None:
    """ "Russia helped the Syrian government retake Aleppo", "the Kremlin's effort to help Assad": aid."""
    if any(c.dep_ == "agent" for c in verb.children):
        helped_by(f, verb)
        return
    if hedged(verb) or verb.dep_ == "xcomp" and verb.head.lemma_ in C.HEDGE_HEADS or verb.dep_ != "ROOT" and any(
            c.lower_ in ("little", "nothing", "less", "no") for c in verb.head.children):
        return   # "has done little to help Washington"
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    targets = targets or [k for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                          if s.dep_ == "nsubj" for k in f.actors.of(s)]   # "helped the army fight IS"
    bound = verb.head if verb.dep_ == "xcomp" else verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "to" \
        else None   # "is bound to help Taiwan defend itself", "is committed to helping Seoul defend itself"
    if bound is not None and bound.lower_ in C.BOUND_WORDS:
        if not any(c.dep_ in ("ccomp", "xcomp") and c.lemma_ in ("defend", "protect") for c in verb.children):
            return   # a duty to help is support only in defence ("committed to helping X reform" is not)
        holder = bound if bound.pos_ in ("VERB", "AUX") and bound.dep_ != "acomp" else bound.head
        sources = [k for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") for k in f.actors.of(c)]
        f.add(C.DEFEND, sources, targets, verb, f"{bound.text} to {verb.text}", 0.7)
        return
    f.add(C.AID, f.actors.subjects(verb)[0], targets, verb, verb.text, 0.7)


# a helper named by what it lends: "backed by Peruvian air power", "assisted by Chilean jets", "air strikes"
LENT_NOUNS = frozenset("power strike strikes airstrike airstrikes".split())
HELPER_NOUNS = C.FORCE_NOUNS | LENT_NOUNS


def _named_helpers(f: Finder, verb) -> list[str]:
    """The actors of a passive's "by" phrase told as helpers: names, forces, or the power they lend ("helped by
    Russia", "backed by Peruvian air power and Chilean jets"); not "by growth", "by dry weather"."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [x for o in agents for x in o.conjuncts if x.i > o.i]
    return list(dict.fromkeys(k for o in agents if o.pos_ == "PROPN" or o.lemma_.lower() in HELPER_NOUNS
                              for k in f.actors.of(o)))


def helped_by(f: Finder, verb) -> None:
    """ "the government helped by Russia and Iran", "forces helped by Russian air power": each helper named (a name, or
    a force or air power standing for one) aids the one helped, the subject the parser gives the participle or the
    noun it describes; not "helped by growth", "helped by Chile's decision" (a circumstance, not a helper)."""
    if hedged(verb):
        return
    helpers = _named_helpers(f, verb)
    helped = [k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in f.actors.of(c)]
    if not helped and verb.dep_ == "acl":
        helped = f.actors.of(verb.head)
    f.add(C.AID, helpers, [k for k in helped if k not in helpers], verb, f"{verb.text} by", 0.7)


# the verbs whose subject carries out a push: "took the town in an offensive", "launched an operation"
PUSH_VERBS = frozenset("""capture take seize retake recapture regain launch begin start wage mount conduct lead storm
liberate expel oust enter""".split())
# the pushes a helper can back
PUSH_ACTS = C.PUSH_NOUNS | {"operation"}


def backed_push(f: Finder, verb) -> None:
    """ "took the town in an offensive backed by Peruvian air power", "the Bolivian advance was backed by Chile": the
    helpers of a push (offensive, operation, advance, campaign, assault) back the one whose push it is: its owner
    ("Bolivia's", "Bolivian", "by Bolivia"), else the subject of the verb that launches it or takes a place in it.
    Helpers are names, forces or lent power (not "backed by growth"); never a hedged or denied help."""
    act = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if act is None or act.lemma_.lower() not in PUSH_ACTS or hedged(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    helpers = _named_helpers(f, verb)
    if any(k not in helpers for k in f.actors.of(act)):
        return   # the push already reads as someone's: the verb's own cue has it
    owners = [f.actors.key_at[c.i] for c in act.children if c.dep_ in ("poss", "amod", "compound", "nmod")
              and c.i in f.actors.key_at and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
    owners += [k for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
               if o.dep_ == "pobj" for k in f.actors.of(o)]
    head = act.head.head if act.dep_ == "pobj" and act.head.lower_ in ("in", "during") else \
        act.head if act.dep_ == "dobj" else None
    if not owners and head is not None and head.pos_ == "VERB" and head.lemma_ in PUSH_VERBS and not hedged(head):
        sources, passive = f.actors.subjects(head)
        if not passive or any(c.dep_ == "agent" for c in head.children):
            owners = sources
    cue = C.VERBS[verb.lemma_]
    f.add(cue, helpers, [k for k in owners if k not in helpers], verb, f"{verb.text} by", cue.confidence - 0.1)


def support_government(f: Finder, troops) -> None:
    """ "In Syria, Russian jets have been flying sorties in support of government troops": the government of the one
    state the sentence places the action in ("in Syria"); with no such state, or two, nobody."""
    if f.actors.of(troops) or not any(c.lower_ == "government" and c.dep_ in ("compound", "amod", "nmod")
                                      for c in troops.children) or len(list(troops.children)) > 3:
        return
    verb = troops.head.head.head.head
    if verb.pos_ not in ("VERB", "AUX") or troops.head.head.head.lower_ != "in" or hedged(verb):
        return
    sources = f.actors.subjects(verb)[0]
    places = {k for t in troops.sent if t.dep_ == "pobj" and t.head.lower_ == "in" and t.i in f.actors.key_at
              for k in f.actors.of(t)}   # "in Syria and Iraq": two states, no telling which government
    places -= {f.stand_for(k, True) for k in sources}
    if len(places) == 1 and next(iter(places)).startswith("state:"):
        f.add(C.SOLIDARITY, sources, sorted(places), troops, "in support of government " + troops.text, 0.7)


def top_donor(f: Finder, noun) -> None:
    """ "Norway is the biggest funder of the U.N. refugee agency": funding an organisation is supporting it."""
    verb = noun.head
    if verb.lemma_ != "be" or hedged(verb) or any(c.dep_ == "neg" or c.dep_ == "nsubj" and c.pos_ == "PRON"
                                                   for c in verb.children):
        return   # "we are becoming the biggest contributor": a speaker's "we" is too loose for this
    funded = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) or [   # "the U.N. refugee agency":
                  f.actors.key_at[m.i] for m in o.children if m.dep_ in ("compound", "nmod")   # a body of the
                  and f.actors.key_at.get(m.i, "").startswith("org:")]]                         # organisation
    f.add(C.ECON_AID, f.actors.subjects(verb)[0], funded, noun, f"{noun.text} of", 0.7)


def buy_arms(f: Finder, verb) -> None:
    """ "India bought S-400 missile systems from Russia": the seller arms the buyer (not "bought oil from Iran")."""
    if hedged(verb) or verb.dep_ == "acl" and verb.tag_ == "VB":
        return   # "Turkey's decision to buy missiles from Russia": decided, not yet bought
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(t.lemma_.lower() in C.ARMS_GOODS or t.lower_ in C.ARMS_GOODS for g in goods   # "a missile defense
               for t in (*[x for x in g.subtree if x.i <= g.i], *[c for c in g.children if c.dep_ == "conj"])):  # system"
        return
    sellers = [k for h in (verb, *goods) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.MIL_AID, sellers, f.actors.subjects(verb)[0], verb, f"{verb.text} {goods[0].text} from", 0.75)


def bound_to_defend(f: Finder, bound) -> None:
    """ "The US is bound by law to defend Taiwan", "Japan, an ally we are obliged to protect," said a US senator:
    a duty to defend is support of the one defended."""
    defend = next((t for t in bound.doc[bound.i + 1:bound.i + 7] if t.lemma_ in ("defend", "protect")
                   and t.tag_ == "VB" and t in bound.subtree and t.doc[t.i - 1].lower_ == "to"), None)
    if defend is None or hedged(bound) or any(c.dep_ == "neg" for c in bound.children):
        return
    holder = bound.head if bound.dep_ == "acomp" else bound
    sources = [k for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") for k in f.actors.of(c)]
    targets = [k for c in defend.children if c.dep_ == "dobj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    noun = holder.head if holder.dep_ == "relcl" else None   # "an ally we are bound to defend"
    if not targets and noun is not None and noun.lemma_ in C.ALLY_NOUNS:
        j = noun.left_edge.i - 1
        if noun.dep_ == "appos" and j >= 1 and bound.doc[j].text == "," and (j - 1) in f.actors.key_at:
            targets = [f.actors.key_at[j - 1]]   # "Cooperation with Japan, an ally we ...": the name before the comma
        elif noun.dep_ == "attr":
            targets = [k for c in noun.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
        else:
            targets = f.actors.of(noun)
    f.add(C.DEFEND, sources, targets, bound, f"{bound.text} to {defend.text}", 0.7)


def alongside(f: Finder, prep) -> None:
    """ "Chile sent engineers to fight alongside the Zanzibar Front", "fought alongside Turkey": support in arms."""
    verb = prep.head
    if hedged(verb):
        return
    targets = [k for o in prep.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    sources, _ = f.actors.subjects(verb)
    if not sources and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in C.GIVE_VERBS | {"deploy", "dispatch"}:
        sources = f.actors.subjects(verb.head)[0]   # "sent a battalion to fight alongside X": the sender
    f.add(C.MIL_AID, sources, targets, prep, f"{verb.text} alongside", 0.75)


def give(f: Finder, verb) -> None:
    """ "France has supplied weapons to the SDF": military or material aid to the receiver."""
    if hedged(verb):
        return
    gifts = [c for c in verb.children if c.dep_ == "dobj"]
    gifts += [o for g in gifts if g.like_num or g.tag_ == "CD" or g.lemma_.lower() in C.COUNT_WORDS
              for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_ in C.EQUIP_VERBS and len(gifts) == 1 and gifts[0].lemma_.lower() not in C.AID_OBJECTS:
        stuff = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                 if o.dep_ == "pobj"]   # "supplied the Zanzibar Front with rifles": the receiver is the object
        if any(_aid_thing(o) for o in stuff):
            f.add(C.MIL_AID, f.actors.subjects(verb)[0], f.actors.of(gifts[0]), verb, f"{verb.text} with {stuff[0].text}")
        return
    if any(p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in C.AID_OBJECTS
           for g in gifts for p in g.children for o in p.children if o.dep_ == "pobj") and len(gifts) == 2:
        f.add(C.MIL_AID, f.actors.subjects(verb)[0], f.actors.of(gifts[0]), verb, f"{verb.text} {gifts[0].text}")
        return   # "has sent Ukraine $400 million in military aid": the parser takes the receiver for an object
    as_aid = any(c.dep_ == "prep" and c.lower_ == "in" and o.lemma_.lower() in C.AID_OBJECTS
                 for c in verb.children for o in c.children if o.dep_ == "pobj")   # "sent millions of dollars in aid"
    sums = [g for g in gifts if as_aid and (g.like_num or g.tag_ == "CD" or g.lemma_.lower() in C.MONEY_WORDS)]
    if not sums and not any(g.lemma_.lower() in C.AID_OBJECTS or g.lower_ in C.AID_OBJECTS or any(
            c.dep_ == "conj" and c.lower_ in C.AID_OBJECTS for c in g.children) or _sum_in_aid(g) for g in gifts):
        return   # "gave Ukraine $100 million in aid": the sum is given as aid (the receiver is the dative)
    receivers = [k for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    receivers += [k for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" for k in f.actors.of(c)]
    if not receivers:   # "donated 5,000 rifles to the Philippines": the parser hangs "to" on what is given
        receivers = [k for g in gifts if _aid_thing(g) for c in g.children if c.dep_ == "prep" and c.lower_ == "to"
                     for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not receivers:   # "sent the Philippines millions of dollars in aid": the parser joins the receiver to the sum
        receivers = [f.actors.key_at[c.i] for g in sums for c in g.children if c.dep_ == "compound" and c.i < g.i
                     and f.actors.key_at.get(c.i, "").startswith("state:")]
    f.add(C.MIL_AID, f.actors.subjects(verb)[0], receivers, verb, f"{verb.text} {gifts[0].text}")


def _sum_in_aid(gift) -> bool:
    """Whether a given sum is aid: "$400 million in military aid", "millions of dollars in aid" (not "$5 billion in
    trade")."""
    if not (gift.like_num or gift.tag_ == "CD" or gift.lower_ in C.MONEY_WORDS or gift.lemma_.lower() in C.MONEY_WORDS):
        return False
    units = [gift] + [o for p in gift.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and o.lower_ in C.MONEY_WORDS]   # "millions of dollars in aid"
    return any(p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in C.AID_OBJECTS
               for u in units for p in u.children for o in p.children if o.dep_ == "pobj")


def _aid_thing(tok) -> bool:
    """Whether what is given is aid: "rifles", "weapons and advisers", "$5 million in aid"."""
    return any(t.lemma_.lower() in C.AID_OBJECTS or t.lower_ in C.AID_OBJECTS for t in (tok, *tok.conjuncts)) \
        or _sum_in_aid(tok)


# measures a veto or a block stops: "vetoed a resolution condemning X", "blocked sanctions against X"
SHIELDED_NOUNS = frozenset("""resolution draft motion statement measure sanction penalty embargo censure condemnation
effort attempt bid move proposal push""".split())
# a measure whose "on X" is its target ("sanctions on X"; not "a resolution on X": about X)
PUNITIVE_NOUNS = frozenset("sanction penalty embargo measure censure".split())
# verbs that lay a measure on its "on"/"against" object ("efforts to impose penalties on X")
LAYING_VERBS = frozenset("impose slap place put level".split())
SHIELD = C.Cue("supports", "052", "SUPPORT", 0.7)


def shielded(f: Finder, verb) -> None:
    """ "Moscow and Beijing have vetoed Western efforts to impose penalties on X", "Chile vetoed a resolution
    condemning Peru", "blocked sanctions against X": the one who stops a measure against an actor shields it."""
    if verb.lemma_ not in ("veto", "block") or hedged(verb):
        return
    targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SHIELDED_NOUNS
               for k in _measured(f, c, 0)]
    sources = f.actors.subjects(verb)[0]
    f.add(SHIELD, sources, [k for k in targets if k not in sources], verb, f"{verb.text} measure against")


def _measured(f: Finder, noun, depth: int) -> list[str]:
    """The actors a measure noun is aimed at: "against X", "on X" (a punitive noun), "condemning X", "to impose
    sanctions on X", "demanding that X ..."."""
    lemma = noun.lemma_.lower()
    preps = ("against", "on") if lemma in PUNITIVE_NOUNS else ("against",)
    out = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
           for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    for act in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        act_lemma = act.lemma_.lower()
        cue = C.VERBS.get(act_lemma)
        if cue is not None and cue.rel == "opposes" and cue.plover in ("ACCUSE", "SANCTION", "COERCE"):
            out += [k for c in act.children if c.dep_ == "dobj" for k in f.actors.of(c)]   # "condemning X"
        elif act_lemma in C.DEMAND_VERBS:   # "demanding the government cooperate", "demanding that X withdraw"
            out += [k for c in act.children if c.dep_ == "dobj" for k in f.actors.of(c)]
            out += [k for c in act.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
                    for k in f.actors.of(s)]
        elif act_lemma in LAYING_VERBS and depth < 2:   # "efforts to impose penalties on X"
            out += [k for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in PUNITIVE_NOUNS
                    for k in _measured(f, c, depth + 1)]
            out += [k for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    return list(dict.fromkeys(out))
