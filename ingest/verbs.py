"""Relations told by a cue verb with its subject and object: "Ayoub chided the US", "Assad, who is backed by Iran",
"X and Y accused each other", "threatened to put curbs on investment in Turkey".

Used by `relations`; `cue_verb` takes the Finder, the verb and its cue (cues.VERBS) and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged
from .stances import urger
from .threats import meddled_in_ours


def cue_verb(f: Finder, verb, cue: C.Cue) -> None:
    """ "Ayoub chided the US", "Assad, who is backed by Iran", "led Washington to impose sanctions"."""
    if cue.plover in ("SANCTION", "COERCE") and urger(verb) is not None:   # "urged China to pressure Pyongyang"
        f.add(cue, f.actors.subjects(urger(verb))[0], f.actors.patients(verb, cue.preps), verb,
              f"{urger(verb).text} to {verb.text}", cue.confidence - 0.1)
        return
    if hedged(verb):
        return
    if verb.lemma_ == "challenge" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return   # "challenged Y to a debate": a contest offered, not a stand against Y ("to respect" is an xcomp)
    if verb.lemma_ in C.KILL_VERBS and verb.dep_ == "acl":
        return   # "a picture of Filipinos killed by American soldiers": victims described, not an act reported
    if verb.lemma_ == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_ in C.SPEECH_VERBS and not hedged(verb.head.head):
        f.add(cue, f.actors.subjects(verb.head.head)[0], f.actors.subjects(verb.head)[0], verb, "to blame")
        return   # "Ja said Washington was to blame": the speaker blames Washington
    if cue.rel == "opposes" and any(c.dep_ == "dobj" and c.lower_ in ("other", "another") for c in verb.children):
        _mutual(f, verb, cue)   # "X and Y accused each other", "with each accusing the other"
        return
    sources, passive = f.actors.subjects(verb)
    if not sources and not passive:   # "Advances by the army and Hezbollah expelled IS": the push's agents
        sources = [k for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in C.PUSH_NOUNS
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
                   for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if verb.lemma_ == "warn" and _foretold(f, verb, sources):
        return   # "warned Riyadh that a meltdown in Lebanon would destabilize the region": a caution, no threat
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not passive:
        sources = []   # "Siti Aisyah and Huong, arrested in Kuala Lumpur": the noun is the patient, not the agent
    targets = f.actors.patients(verb, cue.preps if cue.rel == "opposes" else ())
    if verb.lemma_ == "blame" and (laid_on := blamed_on(f, verb)):
        targets = laid_on   # "Washington blamed the attack on Tehran": the one an act is laid on, not the act
    if cue.rel == "supports":   # "help Taiwan defend itself against China": China is what is defended against
        against = {k for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)}
        targets = [k for k in targets if k not in against]
        if targets and cue.cameo != "052":   # "Washington backed Baghdad against Islamic State": the backer opposes
            f.add(C.OPPOSE, sources, [k for k in against if f.armed(k)], verb, f"{verb.text} against", 0.65)
            # the one fought (not "defended Taiwan against China": defending is no act against the other)
    if cue.preps == ("with-both",):   # "clashed with": both sides
        others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        f.add(cue, f.actors.subjects(verb)[0], others, verb, verb.text, both=True)
        return
    if cue.preps == ("against-only",):   # "lobbied Congress" is no opposition; "lobbied against X" is
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if verb.lemma_ == "challenge":   # a named actor or its plan: "challenged the government" may be a region's
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]   # own, "Y's coalition" no act
        targets = [k for c in objs if c.pos_ == "PROPN" for k in f.actors.of(c)]
        targets += [k for c in objs if c.lemma_ in C.CHALLENGED_ACTS
                    for p in c.children if p.dep_ == "poss" for k in f.actors.of(p)]
        f.add(cue, sources, targets, verb, verb.text)
        return
    if cue.preps == ("dobj-only",):
        targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "it"
                   and not (c.dep_ == "dobj" and any(t.text == "," for t in verb.doc[verb.i + 1:c.i]))
                   and (c.i in f.actors.key_at or c.lower_ in C.SITE_NOUNS | C.FORCE_NOUNS | C.MEMBER_NOUNS
                        or c.pos_ == "PRON")   # "struck a moderate tone, Warsaw and ...": no act on Warsaw
                   for k in f.actors.of(c)]   # "it has been hit": a town as often as a state; "struck a tone,
        # Warsaw and Budapest ...": an object past a comma is a misparse
    if verb.lemma_ in C.SACK_VERBS:   # "sacked Y", "fired him": a person named or pointed to, never "sacked his
        people = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  and (c.pos_ in ("PROPN", "PRON") or _named_post(f, c))   # government" nor "dismissed X's claims"
                  for k in f.actors.of(c) if k.startswith("person:")]   # ("sacked his deputy X": the one named)
        f.add(cue, sources, people, verb, verb.text)
        return
    if not targets and cue.cameo in C.POSS_OBJECT_CAMEO:
        acts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in f.actors.key_at
                and (c.lemma_ not in C.NOUNS or C.NOUNS[c.lemma_].rel == "opposes")   # not "denounced Russian support"
                and c.lower_ not in C.FAMILY_NOUNS   # "accused Saleh's son": not Saleh
                and c.lemma_.lower() not in C.VICTIM_NOUNS]   # "condemned Perez's death": Perez is the victim
        targets = [k for c in acts for p in c.children if p.dep_ == "poss" for k in f.actors.of(p)]
        mods = [p for c in acts if c.lower_ not in C.SUBSTATE_WORDS for p in c.children if p.dep_ in ("amod", "compound")]
        mods += [g for p in mods if p.i not in f.actors.key_at for g in p.children   # "U.S. cruise missile strikes"
                 if g.dep_ in ("compound", "amod") and g.i in f.actors.key_at and g.i < p.i]
        targets += [f.actors.key_at[p.i] for p in mods   # "condemned the U.S. decision"
                    if cue.cameo in ("111", "112") and p.i in f.actors.key_at
                    and not ("-" in p.text and p.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
        targets += [k for c in acts
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "by"     # "condemned the attack by X"
                    for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets += [k for c in acts for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"   # "the massacre
                    for p in a.children if p.dep_ == "agent"                                   # committed by X"
                    for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if not targets and cue.cameo in ("111", "112"):   # "X struck Y. Z condemned the strikes": Z opposes X
            targets = [k for c in acts for k in f.agent_of_event(c)]
    if not targets and verb.lemma_ in C.KILL_VERBS:   # "killed 20 fighters from the Boko Haram group"
        members = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.MEMBER_NOUNS]
        targets = [k for m in members[:1] for c in (*verb.children, *m.children) if c.dep_ == "prep"
                   and c.lower_ in ("from", "of") for o in c.children if o.dep_ == "pobj"
                   for k in f.actors.of(o) or [f.actors.key_at[t.i] for t in o.children   # "the Boko Haram group"
                                               if t.dep_ in ("compound", "amod") and t.i in f.actors.key_at]
                   if k.startswith("org:")]
    if not targets and verb.lemma_ in C.RISING_FIGHT_VERBS:   # "battling an Islamic State insurgency": the group
        targets = [f.actors.key_at[m.i] for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in C.RISING_NOUNS
                   for m in c.children if m.dep_ in ("compound", "poss") and m.i in f.actors.key_at
                   and f.actors.key_at[m.i].startswith("org:")]   # never a state's ("a Syrian rebellion" is against it)
        if targets and not hedged(verb):   # the rising is the group's own war on the one fighting it: both ways
            fighters = [s for s in sources if f.armed(f.stand_for(s, True))]
            f.add(cue, fighters, targets, verb, verb.text, both=True)
            f.add(cue, [s for s in sources if s not in fighters], targets, verb, verb.text)
            return
    if not sources and verb.dep_ == "ccomp" and verb.head.lemma_ in C.SPEECH_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in C.HARDWARE_NOUNS and not list(c.children) for c in verb.children):
        sources = [k for c in verb.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in C.FORCE_NOUNS
                   for k in f.actors.of(c)]   # "Nigeria's military said jets struck X": the military's state
    if not targets and cue is C.MEDDLE:   # "meddled in the U.S. election"
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.preps
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.owner_of_standing(o, C.AFFAIRS_NOUNS)]
        if not [k for k in targets if k not in sources]:
            meddled_in_ours(f, verb)   # "said Chile was meddling in its affairs": the speaker accuses Chile
    if not targets and cue.rel == "supports":   # "China supports Iraq's unity and sovereignty", "backs the Cypriot
        targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass")   # position", "Turkey's accession"
                   for k in f.actors.owner_of_standing(c, C.STANDING_NOUNS | C.POSITION_NOUNS)]
        targets = targets or [f.ctx.state_of[k] for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                              and c.lemma_.lower() in C.POSITION_NOUNS for p in c.children if p.dep_ == "poss"
                              for k in f.actors.of(p) if k in f.ctx.state_of]   # "Erdogan's stance": his state's
    if cue.preps == ("from",):   # "captured Mosul from Islamic State": the loser, not the place
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets = targets or [k for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.SITE_NOUNS
                              for k in f.actors.of(c)]   # "retake the Zanzibar Front's mountain bases"
        held = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not list(c.conjuncts)
                for k in f.actors.of(c) if k.startswith("person:")]
        if not targets and held and verb.lemma_ in ("capture", "seize"):   # "X was captured by Egyptian forces":
            f.add(C.DETAIN, sources, held, verb, verb.text)                # a person taken is held, as if arrested
            return
    if verb.lemma_ in ("fight", "battle") and not targets:
        for c in verb.children:   # "has fought three wars with Israel": both sides
            if c.dep_ == "prep" and c.lower_ == "with":
                f.add(cue, sources, [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)],
                      verb, verb.text, both=True)
        return
    if cue.reverse:   # oust, overthrow: regime change of a state or group, not an election's loser
        targets = [t for t in targets if not t.startswith("person:") and t not in f.ctx.state_of]
        cue = C.Cue(cue.rel, cue.cameo, cue.plover, cue.confidence, cue.preps)
    if verb.lemma_ == "threaten" and not targets:
        targets = _deep_targets(f, verb)
    if cue.cameo == "192" and not targets:   # "annexed part of Ukraine", "occupies much of the north of X"
        targets = [k for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.PART_WORDS
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if cue.cameo in ("190", "195") and not targets and not cue.reverse:   # "besieged the last bastion of IS
        targets = [k for c in verb.children if c.dep_ == "dobj"   # fighters", "overran parts of Iraq", "bombed
                   and (c.lower_ in C.SITE_NOUNS | C.HELD_PLACES     # strongholds of the Taliban" (not "destroyed
                        or c.lower_ in C.PART_WORDS and verb.lemma_ in ("overrun", "overran"))   # much of Y")
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)
                   if k.startswith("state:") or f.armed(k)]
    if cue.cameo == "192":   # one annexes or occupies a state, not "Crimea" taken for a group
        targets = [t for t in targets if t.startswith("state:")]
    if verb.lemma_ in C.CLOSE_DOWN_VERBS:   # "dissolved the party", not "dissolved the government" (its own)
        targets = [t for t in targets if t.startswith("org:") and f.ctx.state_of.get(t) not in sources]
    f.add(cue, sources, targets, verb, verb.text)
    if cue.rel == "opposes":   # "X was banned at the request of Y's government": the one who asked acts too
        f.add(cue, _requesters(f, verb), targets, verb, f"{verb.text} at the request of")


def _requesters(f: Finder, verb) -> list[str]:
    """Who asked for an act: "dissolved at Lusaka's request", "closed at the request of a Zambian court", "outlawed
    at the behest of X" (never "granted at the request of": only acts that oppose come here)."""
    asks = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in REQUEST_NOUNS]
    return [k for a in asks for c in a.children
            for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"]
                      if c.dep_ == "prep" and c.lower_ == "of" else [])
            for k in f.actors.of(o)]


# "at the request / behest / urging of X", "at X's request"
REQUEST_NOUNS = frozenset("request behest urging instigation".split())


def _named_post(f: Finder, noun) -> bool:
    """Whether a common noun is told by a person's name in apposition right after it: "sacked his deputy Ana Vale",
    "fired the navy chief, Ivo Marek" (not "sacked the government of X": no name stands beside the noun)."""
    return noun.pos_ == "NOUN" and noun.i not in f.actors.key_at and any(
        a.dep_ == "appos" and a.i > noun.i and f.actors.key_at.get(a.i, "").startswith("person:") for a in noun.children)


def _mutual(f: Finder, verb, cue: C.Cue) -> None:
    """ "Riyadh and Tehran accused each other of subverting the region", "relations between X and Y are at their
    worst, with each accusing the other": both ways, between the two sides named."""
    sides = [k for k in f.actors.subjects(verb)[0] if k.startswith(("state:", "org:", "person:"))]
    if len(sides) < 2:   # "each", "the two sides": the two actors named before in the sentence
        named = list(dict.fromkeys(f.actors.key_at[i] for i in range(verb.sent.start, verb.i) if i in f.actors.key_at))
        sides = named if len(named) == 2 else []
    if len(sides) == 2:
        f.add(cue, sides[:1], sides[1:], verb, f"{verb.text} each other", both=True)


def _deep_targets(f: Finder, verb) -> list[str]:
    """The state named in the complement of a threat ("threatened to put curbs on investment in Turkey")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ in C.VERBS and C.VERBS[c.lemma_].rel == "opposes":
            got = [k for o in c.children if o.dep_ == "dobj" for k in f.actors.of(o)]   # "threatened to crush
            if got:                                                                      # Bolivia's army"
                return got
        if c.dep_ == "xcomp":   # "threatened to respond by freezing Ukraine's talks with the EU": Ukraine
            told = [t for t in c.subtree if not _described(t, c)]   # not "sanction firms that sell arms to Taiwan"
            owners = [k for t in told if t.dep_ in ("dobj", "pobj") and t.i not in f.actors.key_at
                      and t.lower_ not in C.FAMILY_NOUNS and t.lemma_.lower() not in C.VICTIM_NOUNS
                      for p in t.children if p.dep_ == "poss" and p.pos_ != "PRON" for k in f.actors.of(p)]
            return owners[:1] or [f.actors.key_at[t.i] for t in told if t.i in f.actors.key_at
                                  and t.dep_ == "pobj"][:1]
    return []


def _described(tok, top) -> bool:
    """Whether a token below `top` sits in a relative clause, which describes a noun rather than aims the threat."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _foretold(f: Finder, verb, warners: list[str]) -> bool:
    """Whether a warning only foretells what others or events will do ("warned X that a meltdown would destabilize
    the region"), not what the warner will do ("warned X that it would retaliate", "that X would face
    consequences")."""
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if told is None or any(c.dep_ == "prep" and c.lower_ in ("of", "against") for c in verb.children):
        return False
    if any(t.lemma_.lower() in C.THREAT_WORDS for t in told.subtree):
        return False
    subj = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return False   # "warned Beijing it would ring China with missile defense": most often the warner
    own = {f.stand_for(k, True) for k in warners}
    return not own & {f.stand_for(k, True) for k in f.actors.of(subj)}


def blamed_on(f: Finder, verb) -> list[str]:
    """ "blamed the attack on Tehran", "an attack which Washington blames on Damascus", "blamed the setback on
    Merkel's decision": the actors after "on", on the verb or on its object (or the owner of what is named there)."""
    if any(c.dep_ == "dobj" and f.actors.of(c) for c in verb.children):
        return []   # "blamed Chile for the attack on Bolivia": Chile is blamed, whatever "on" the parser hangs here
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    objs = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for o in c.children if o.dep_ == "pobj"]
    return [k for o in objs for k in f.actors.of(o) or [k for p in o.children if p.dep_ == "poss"
                                                        for k in f.actors.of(p)]]

