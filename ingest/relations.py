"""Relations between actors (supports, alliedWith, opposes) read off the dependency parse.

Each pattern finds a cue (cues.py), its source and its target as tokens; `Actors` turns a token into
the actors it stands for (a name, a demonym on "forces", "the two countries", a pronoun, a quoted
speaker's "we"); officials stand for their state. Hypothetical, denied and planned wording is left out.
"""

from __future__ import annotations

from . import cues as C
from .actors import Actors
from .context import Context
from .finder import Finder, hedged
from .gazetteer import load_gazetteer
from .model import Relation
from .nominal import (ally_noun, demand_noun, help_from, hyphen_compound, joint, led_against, noun_cue, pro_prefix,
                      struggle_noun, tie_noun)
from .coercion import (action_against, agentless_sanction, by_force, charges, coup_charge, oust_bid, pay_price,
                       under_sanctions)
from .stances import (condemned_act, demanded, must_subject as _demand_subject, quoted_speaker, recognize_capital,
                       responsibility, stance_noun, urger)

__all__ = ["Actors", "extract_relations", "extract_memberships", "hedged"]


def extract_relations(ctx: Context) -> tuple[Relation, ...]:
    """The supports / alliedWith / opposes relations the article asserts, each with its evidence."""
    f = Finder(ctx)
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if lemma in C.VERBS and not _compound_participle(tok):
                _verb(f, tok, C.VERBS[lemma])
            if lemma in C.STAND_VERBS:
                _stand(f, tok)
            if lemma in C.URGE_VERBS:
                _urge(f, tok)
            if lemma in C.PACT_VERBS:
                _pact(f, tok)
            if lemma in C.BREAK_VERBS:
                _break_ties(f, tok)
            if lemma in C.PIT_VERBS:
                _pit(f, tok)
            if lemma in ("recognize", "recognise"):
                recognize_capital(f, tok)
            if lemma in C.UPHOLD_VERBS:
                _uphold(f, tok)
            if lemma == "help":
                _help(f, tok)
            if tok.dep_ == "ccomp" and _demand_subject(tok) is not None:
                demanded(f, tok, _demand_subject(tok))
            if lemma == "lose":
                _lose_ground(f, tok)
            if lemma == "drive":
                _drive_out(f, tok)
            if lemma in C.LASH_VERBS:
                _lash_out(f, tok)
            if lemma == "point":
                _finger(f, tok)
            if lemma in C.ACCUSING_VERBS and (tok.dep_ == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS or (
                    tok.dep_ == "acomp" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in C.SPEECH_VERBS)):
                _said_of(f, tok if tok.dep_ == "ccomp" else tok.head)   # "said X was destabilizing the region"
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in C.NOUNS and (lemma != "ban" or any(c.lower_ in C.ARMS_WORDS for c in tok.children)):
                noun_cue(f, tok, C.NOUNS[lemma])
            if lemma in C.ALLY_NOUNS:
                ally_noun(f, tok, C.ALLY_NOUNS[lemma])
            if lemma in C.TIE_NOUNS:
                tie_noun(f, tok)
            if lemma in C.STRUGGLE_NOUNS:
                struggle_noun(f, tok)
            if lemma in C.STANCE_NOUNS:
                stance_noun(f, tok)
            if lemma in C.LED_NOUNS and lemma not in C.NOUNS:
                led_against(f, tok)
        if tok.lower_ in C.COMPOUNDS and _compound_participle(tok):
            hyphen_compound(f, tok, C.COMPOUNDS[tok.lower_])
        elif "-" in tok.text and tok.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS and tok.i in f.actors.key_at:
            hyphen_compound(f, tok, C.COMPOUNDS[tok.text.rsplit("-", 1)[1].lower()], joined=True)
        if lemma in C.LABEL_VERBS and tok.pos_ == "VERB":
            _label(f, tok)
        if lemma in C.GIVE_VERBS and tok.pos_ == "VERB":
            _give(f, tok)
        if lemma in C.CLOSE_VERBS and tok.pos_ == "VERB":
            _close(f, tok)
        if lemma in C.JOINT_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "joint" for c in tok.children):
            joint(f, tok)
        if tok.lower_ in ("pro", "anti") and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
            pro_prefix(f, tok)
        if tok.lower_ == "side" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            _side(f, tok)
        if tok.lower_ == "alongside" and tok.head.lemma_ in C.ALONGSIDE_VERBS:
            _alongside(f, tok)
        if tok.lower_ in C.CONDEMN_ADJECTIVES:
            condemned_act(f, tok)
        if tok.lower_ in C.CRITICAL_ADJECTIVES and tok.dep_ == "acomp":
            _critical(f, tok)
        if tok.lower_ in C.BIASED_ADJECTIVES and tok.dep_ in ("acomp", "conj", "ccomp"):
            _biased(f, tok)
        if tok.lower_ in ("responsibility", "responsible", "accountable"):
            responsibility(f, tok)
        if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
            _behind(f, tok)
        if lemma in C.HELP_NOUNS and tok.pos_ == "NOUN":
            help_from(f, tok)
        if lemma in ("demand", "call") and tok.pos_ == "NOUN":
            demand_noun(f, tok)
        if tok.lower_ in C.FORCE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lower_ == "support" and tok.head.head.dep_ == "pobj":
            _support_government(f, tok)
        if lemma in C.NOUNS and C.NOUNS[lemma].plover == "SANCTION" and tok.dep_ == "nsubjpass" \
                and tok.head.lemma_ in C.LIGHT_VERBS and (lemma != "ban" or any(c.lower_ in C.ARMS_WORDS
                                                                                for c in tok.children)):
            agentless_sanction(f, tok)
        if lemma in ("sanction", "embargo") and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            under_sanctions(f, tok)
        if (lemma == "oppose" and tok.pos_ == "VERB" or tok.lower_ == "against" and tok.head.lemma_ == "be") \
                and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ in ("any", "other", "all"):
            _third_party_dealings(f, tok)
        if lemma == "ally" and tok.pos_ == "VERB" and not hedged(tok):   # "Corbyn, who allied with the British
            f.add(C.TIES, f.actors.subjects(tok)[0], _with_objects(f, tok), tok, f"{tok.text} with")   # government"
        if lemma in C.DONOR_NOUNS and tok.dep_ == "attr" and any(c.lower_ in C.TOP_WORDS for c in tok.children):
            _top_donor(f, tok)
        if lemma in C.CHARGE_NOUNS and tok.pos_ == "NOUN":
            charges(f, tok)
        if lemma in C.BUY_VERBS and tok.pos_ == "VERB":
            _buy_arms(f, tok)
        if lemma == "price" and tok.dep_ == "dobj" and tok.head.lemma_ == "pay":
            pay_price(f, tok.head)
        if lemma == "take" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lemma_ in C.MEASURE_NOUNS
                                                        for c in tok.children):
            action_against(f, tok)
        if lemma in ("loyalty", "allegiance") and tok.dep_ == "dobj" and tok.head.lemma_ in C.PLEDGE_VERBS:
            _loyalty(f, tok)
        if lemma in C.OUST_VERBS and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_ in C.BID_HEADS:
            oust_bid(f, tok)
        if lemma in C.COUP_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in C.PLOT_VERBS:
            coup_charge(f, tok)
        if tok.lower_ in C.BOUND_WORDS and tok.tag_ in ("VBN", "JJ"):
            _bound_to_defend(f, tok)
        if tok.lower_ == "force" and tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
            by_force(f, tok.head.head)
    return tuple(sorted(_directed(f.found.values()), key=lambda r: (r.evidence.start, r.rel, r.source, r.target)))


def _directed(found) -> list[Relation]:
    """ "Tensions between A and B rose after A demanded that B ...": hostility told with a directed act in the same
    sentence keeps the act's direction only (B did nothing to A there)."""
    found = list(found)
    acts = {(r.evidence.start, r.source, r.target) for r in found
            if r.rel == "opposes" and r.evidence.cue.lower() not in C.STRUGGLE_NOUNS}
    return [r for r in found if not (r.rel == "opposes" and r.evidence.cue.lower() in C.STRUGGLE_NOUNS
                                     and (r.evidence.start, r.target, r.source) in acts
                                     and (r.evidence.start, r.source, r.target) not in acts)]


def _compound_participle(tok) -> bool:
    """Whether a participle is the second half of "Iran-backed"."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2011") and tok.doc[tok.i - 1].whitespace_ == ""


def _verb(f: Finder, verb, cue: C.Cue) -> None:
    """ "Ayoub chided the US", "Assad, who is backed by Iran", "led Washington to impose sanctions"."""
    if cue.plover in ("SANCTION", "COERCE") and urger(verb) is not None:   # "urged China to pressure Pyongyang"
        f.add(cue, f.actors.subjects(urger(verb))[0], f.actors.patients(verb, cue.preps), verb,
              f"{urger(verb).text} to {verb.text}", cue.confidence - 0.1)
        return
    if hedged(verb):
        return
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
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not passive:
        sources = []   # "Siti Aisyah and Huong, arrested in Kuala Lumpur": the noun is the patient, not the agent
    targets = f.actors.patients(verb, cue.preps if cue.rel == "opposes" else ())
    if cue.rel == "supports":   # "help Taiwan defend itself against China": China is what is defended against
        targets = [k for k in targets if k not in {a for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                                                   for o in c.children if o.dep_ == "pobj" for a in f.actors.of(o)}]
    if cue.preps == ("with-both",):   # "clashed with": both sides
        others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        f.add(cue, f.actors.subjects(verb)[0], others, verb, verb.text, both=True)
        return
    if cue.preps == ("against-only",):   # "lobbied Congress" is no opposition; "lobbied against X" is
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if cue.preps == ("dobj-only",):
        targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "it"
                   and not (c.dep_ == "dobj" and any(t.text == "," for t in verb.doc[verb.i + 1:c.i]))
                   and (c.i in f.actors.key_at or c.lower_ in C.SITE_NOUNS | C.FORCE_NOUNS | C.MEMBER_NOUNS
                        or c.pos_ == "PRON")   # "struck a moderate tone, Warsaw and ...": no act on Warsaw
                   for k in f.actors.of(c)]   # "it has been hit": a town as often as a state; "struck a tone,
        # Warsaw and Budapest ...": an object past a comma is a misparse
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
                                               if t.dep_ == "compound" and t.i in f.actors.key_at]
                   if k.startswith("org:")]
    if not sources and verb.dep_ == "ccomp" and verb.head.lemma_ in C.SPEECH_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in C.HARDWARE_NOUNS and not list(c.children) for c in verb.children):
        sources = [k for c in verb.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in C.FORCE_NOUNS
                   for k in f.actors.of(c)]   # "Nigeria's military said jets struck X": the military's state
    if not targets and cue is C.MEDDLE:   # "meddled in the U.S. election"
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.preps
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.owner_of_standing(o, C.AFFAIRS_NOUNS)]
    if not targets and cue.rel == "supports":   # "China supports Iraq's unity and sovereignty", "backs the Cypriot
        targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass")   # position", "Turkey's accession"
                   for k in f.actors.owner_of_standing(c, C.STANDING_NOUNS | C.POSITION_NOUNS)]
    if cue.preps == ("from",):   # "captured Mosul from Islamic State": the loser, not the place
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets = targets or [k for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.SITE_NOUNS
                              for k in f.actors.of(c)]   # "retake the Zanzibar Front's mountain bases"
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
    if cue.cameo == "192":   # one annexes or occupies a state, not "Crimea" taken for a group
        targets = [t for t in targets if t.startswith("state:")]
    f.add(cue, sources, targets, verb, verb.text)


def _mutual(f: Finder, verb, cue: C.Cue) -> None:
    """ "Riyadh and Tehran accused each other of subverting the region", "relations between X and Y are at their
    worst, with each accusing the other": both ways, between the two sides named."""
    sides = [k for k in f.actors.subjects(verb)[0] if k.startswith(("state:", "org:", "person:"))]
    if len(sides) < 2:   # "each", "the two sides": the two actors named before in the sentence
        named = list(dict.fromkeys(f.actors.key_at[i] for i in range(verb.sent.start, verb.i) if i in f.actors.key_at))
        sides = named if len(named) == 2 else []
    if len(sides) == 2:
        f.add(cue, sides[:1], sides[1:], verb, f"{verb.text} each other", both=True)


def _said_of(f: Finder, verb) -> None:
    """ "Lind's campaign retorted that Pinto endangered the country", "said Iran was destabilizing the region": the
    speaker accuses the one said to do it."""
    if hedged(verb) or hedged(verb.head):
        return
    said = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.ACCUSE, quoted_speaker(f, verb), said, verb, f"{verb.head.text} {verb.text}", 0.7)


def _behind(f: Finder, prep) -> None:
    """ "Britain said it believed North Korea was behind the cyber attack": the speaker blames North Korea (the belief
    is the accusation, so "believed" does not hedge it; "may have been behind" and "was not behind" do)."""
    verb = prep.head
    if not any(o.lemma_.lower() in C.HARM_NOUNS or any(c.lower_ == "attack" for c in o.children)
               for o in prep.children if o.dep_ == "pobj"):
        return
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in C.MODALS) for c in verb.children):
        return
    speech = verb.head if verb.dep_ == "ccomp" else None
    if speech is not None and speech.dep_ == "ccomp" and speech.lemma_ in C.ALLEGATION_VERBS:
        speech = speech.head   # "said it believed X was behind"
    if speech is None or speech.lemma_ not in C.SPEECH_VERBS | C.ALLEGATION_VERBS - {"deny"} or hedged(speech):
        return
    said = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    if not said and not any(c.dep_ == "nsubj" for c in verb.children):   # "say forces loyal to X were behind"
        said = f.actors.subjects(verb)[0]
    f.add(C.RESPONSIBLE, f.actors.subjects(speech)[0], said, prep, "was behind", 0.7)


def _lose_ground(f: Finder, verb) -> None:
    """ "the rebels keep losing ground to Turkish troops": a fight between the loser and the winner, both ways."""
    lost = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.LOST_OBJECTS), None)
    if lost is None or hedged(verb):
        return
    winners = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    losers = f.actors.subjects(verb)[0]
    armed = [k for k in (*losers, *winners) if _armed(f, k)]   # parties and markets lose ground too
    if len(armed) == len(losers) + len(winners):
        f.add(C.STRUGGLE, losers, winners, verb, f"{verb.text} {lost.text} to", both=True)


def _drive_out(f: Finder, verb) -> None:
    """ "an advance by Iraqi troops drove Islamic State from Mosul": the driver fights the armed group it expels."""
    if hedged(verb) or not any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in verb.children):
        return
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c) if _armed(f, k)]
    sources, passive = f.actors.subjects(verb)
    if not sources and not passive:   # "an advance by X", "X's offensive": the owner of the push
        sources = [k for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() in C.PUSH_NOUNS
                   for c in s.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                   for o in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"])
                   for k in f.actors.of(o)]
    f.add(C.EXPEL, [k for k in sources if _armed(f, k)], targets, verb, f"{verb.text} out")


def _lash_out(f: Finder, verb) -> None:
    """ "lashed out at both Germany and the Netherlands", "hit out at X", "railed against X": verbal attack."""
    prep = C.LASH_VERBS[verb.lemma_]
    if hedged(verb) or prep == "at" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return
    targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.CRITICIZE, f.actors.subjects(verb)[0], targets, verb, f"{verb.text} {'out at' if prep == 'at' else prep}")


def _armed(f: Finder, key: str) -> bool:
    """Whether an actor can fight: a state or an armed group."""
    entity = f.ctx.entities.get(key)
    return key.startswith("state:") or entity is not None and entity.org_kind == "armed_group"


def _help(f: Finder, verb) -> None:
    """ "Russia helped the Syrian government retake Aleppo", "the Kremlin's effort to help Assad": aid."""
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


def _support_government(f: Finder, troops) -> None:
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


def _third_party_dealings(f: Finder, tok) -> None:
    """ "China opposes any country selling arms to Taiwan / having official exchanges with Taiwan", "Norway is against
    any state supplying missiles to Ardia": opposition to anyone's dealings with Y opposes Y (arms, official contacts,
    recognition only: "opposes any attack on Y" is the opposite)."""
    doc, verb = tok.doc, tok if tok.pos_ == "VERB" else tok.head
    if doc[tok.i + 2].lemma_.lower() not in C.PAIR_NOUNS | {"country", "state", "nation", "government"} \
            or hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    end = min(tok.sent.end, tok.i + 16)
    deal = next((t for t in doc[tok.i + 3:end] if t.lemma_.lower() in C.DEALING_WORDS), None)
    if deal is None:
        return
    to = next((t for t in doc[deal.i + 1:min(end, deal.i + 5)] if t.lower_ in ("with", "to")), None)
    target = doc[to.i + 1] if to is not None and to.i + 1 < len(doc) else None
    if target is not None and target.lower_ == "the" and target.i + 1 < len(doc):
        target = doc[target.i + 1]
    targets = [f.actors.key_at[target.i]] if target is not None and f.actors.key_at.get(target.i, "").startswith(
        "state:") else []
    f.add(C.OPPOSE, f.actors.subjects(verb)[0], targets, tok, f"{tok.text} any {deal.text}", 0.65)


def _top_donor(f: Finder, noun) -> None:
    """ "Norway is the biggest funder of the U.N. refugee agency": funding an organisation is supporting it."""
    verb = noun.head
    if verb.lemma_ != "be" or hedged(verb) or any(c.dep_ == "neg" or c.dep_ == "nsubj" and c.pos_ == "PRON"
                                                   for c in verb.children):
        return   # "we are becoming the biggest contributor": a speaker's "we" is too loose for this
    funded = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.ECON_AID, f.actors.subjects(verb)[0], funded, noun, f"{noun.text} of", 0.7)


def _buy_arms(f: Finder, verb) -> None:
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


def _loyalty(f: Finder, noun) -> None:
    """ "Vice President X swore his loyalty to President Y", "the militias pledged allegiance to IS": support."""
    verb = noun.head
    if hedged(verb):
        return
    targets = [k for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.SUPPORT, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text} to", 0.75)


def _bound_to_defend(f: Finder, bound) -> None:
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


def _finger(f: Finder, verb) -> None:
    """ "Peru, Chile and Argentina pointed the finger at Bolivia", "with X and Y all pointing the finger at Z": blame."""
    fingers = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "finger"]
    if not fingers or hedged(verb):
        return
    targets = [k for h in (verb, fingers[0]) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    sources, _ = f.actors.subjects(verb)
    if not sources and verb.dep_ == "advcl" and any(c.dep_ == "nsubj" and c.lower_ in ("all", "both", "each")
                                                    for c in verb.children):
        sources = [k for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]   # "with X and Y all pointing"
    f.add(C.ACCUSE, sources, targets, verb, "pointed the finger at")


def _alongside(f: Finder, prep) -> None:
    """ "Chile sent engineers to fight alongside the Zanzibar Front", "fought alongside Turkey": support in arms."""
    verb = prep.head
    if hedged(verb):
        return
    targets = [k for o in prep.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    sources, _ = f.actors.subjects(verb)
    if not sources and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in C.GIVE_VERBS | {"deploy", "dispatch"}:
        sources = f.actors.subjects(verb.head)[0]   # "sent a battalion to fight alongside X": the sender
    f.add(C.MIL_AID, sources, targets, prep, f"{verb.text} alongside", 0.75)


def _critical(f: Finder, adj) -> None:
    """ "U.S. officials have long been critical of Pakistan", "Ankara is hostile to the YPG": opposition."""
    verb = adj.head
    if hedged(verb) or any(c.dep_ == "neg" for c in adj.children):
        return
    preps = C.CRITICAL_ADJECTIVES[adj.lower_]
    objs = [o for c in adj.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
    targets = [k for o in objs for k in f.actors.of(o)]
    targets = targets or [k for o in objs if o.lower_ not in C.FAMILY_NOUNS   # "critical of Beijing's policy"
                          and o.lemma_.lower() not in C.VICTIM_NOUNS
                          for c in o.children if c.dep_ == "poss" for k in f.actors.of(c)]
    targets = [k for k in targets if not k.startswith("org:") or k in load_gazetteer().entities]   # not "Rohingya"
    f.add(C.CRITICIZE, f.actors.subjects(verb)[0], targets, adj, f"{adj.text} {preps[0]}", 0.7)


def _biased(f: Finder, adj) -> None:
    """ "Peru's ministers complain that the Andean court is biased against Lima": the speaker opposes the court."""
    if not any(c.dep_ == "prep" and c.lower_ in ("against", "toward", "towards") for c in adj.children):
        return
    while adj.dep_ == "conj" and adj.head.i != adj.i:   # "is slow to resolve disputes and biased against"
        adj = adj.head
    verb = adj.head if adj.dep_ == "acomp" else adj   # the parser also reads "was biased" as a passive verb
    if adj.dep_ not in ("acomp", "ccomp") or hedged(verb) or any(c.dep_ == "neg" for c in (*adj.children,
                                                                                          *verb.children)):
        return
    said = [k for c in (*verb.children, *[g for a in verb.children if a.dep_ in ("aux", "auxpass") for g in a.children])
            if c.dep_ in ("nsubj", "nsubjpass") for k in f.actors.of(c)]   # the parser may hang it on "was"
    f.add(C.CRITICIZE, quoted_speaker(f, verb), said, adj, "biased against", 0.7)


def _uphold(f: Finder, verb) -> None:
    """ "China respects Iraq's sovereignty", "pledged to preserve Syria's unity": support for the state."""
    if hedged(verb):
        return
    targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in f.actors.owner_of_standing(c)]
    f.add(C.SUPPORT, f.actors.subjects(verb)[0], targets, verb, verb.text, 0.7)


def _deep_targets(f: Finder, verb) -> list[str]:
    """The state named in the complement of a threat ("threatened to put curbs on investment in Turkey")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_ in C.VERBS and C.VERBS[c.lemma_].rel == "opposes":
            got = [k for o in c.children if o.dep_ == "dobj" for k in f.actors.of(o)]   # "threatened to crush
            if got:                                                                      # Bolivia's army"
                return got
        if c.dep_ == "xcomp":   # "threatened to respond by freezing Ukraine's talks with the EU": Ukraine
            owners = [k for t in c.subtree if t.dep_ in ("dobj", "pobj") and t.i not in f.actors.key_at
                      and t.lower_ not in C.FAMILY_NOUNS and t.lemma_.lower() not in C.VICTIM_NOUNS
                      for p in t.children if p.dep_ == "poss" and p.pos_ != "PRON" for k in f.actors.of(p)]
            return owners[:1] or [f.actors.key_at[t.i] for t in c.subtree if t.i in f.actors.key_at
                                  and t.dep_ == "pobj"][:1]
    return []


def _pact(f: Finder, verb) -> None:
    """ "X and Y signed a pact", "X signed a peace treaty with Y"."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_ in C.PACT_NOUNS or (
        c.lemma_ in C.AGREEMENT_NOUNS and any(m.lower_ in C.COOPERATION_WORDS for m in c.children)))
        and not any(m.lower_ in C.PEACE_WORDS for m in c.children)]   # "signed a peace accord": former enemies
    if not objs or hedged(verb):
        return
    sides, _ = f.actors.subjects(verb)
    for c in list(verb.children) + list(objs[0].children):
        if c.dep_ == "prep" and c.lower_ == "with":
            sides += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if len(sides) >= 2:
        f.add(C.ALLIED, sides[:1], sides[1:], verb, f"{verb.text} {objs[0].text}")


def _stand(f: Finder, verb) -> None:
    """ "Beijing has stood with Mugabe's government", "stood in solidarity with Japan"."""
    if hedged(verb):
        return
    targets: list[str] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "by", "behind"):
            targets += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.lower_ == "solidarity":
                    targets += [k for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
                                for q in p.children for k in f.actors.of(q)]
    f.add(C.SOLIDARITY, f.actors.subjects(verb)[0], targets, verb, verb.text)


def _urge(f: Finder, verb) -> None:
    """ "urged the United States to abandon its decision": a demand against the addressee."""
    if hedged(verb):
        return
    wanted = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and (   # "urged Y not to grant X a visa"
        c.lemma_ in C.GRANT_VERBS and not any(x.dep_ == "prt" for x in c.children)   # not "not to give up"
        if any(x.dep_ == "neg" for x in c.children) else c.lemma_ in C.UNDO_VERBS) and not (
        c.dep_ == "ccomp" and any(x.dep_ == "aux" and x.lower_ in C.MODALS - C.DEMAND_MODALS
                                  | {"will", "'ll"} for x in c.children))]   # "told CNN the ministers would not quit"
    if not wanted:
        return
    told = verb.lemma_ == "tell" and wanted[0].dep_ == "ccomp"   # "told X that Y must withdraw": reported speech
    addressee = [] if told else [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    addressee += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and not told
                  for o in c.children for k in f.actors.of(o)]
    if not addressee:
        addressee = [k for c in wanted[0].children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    f.add(C.DEMAND, f.actors.subjects(verb)[0], addressee, verb, f"{verb.text} to {wanted[0].text}")


def _label(f: Finder, verb) -> None:
    """ "called Assad a terrorist", "it regards Hamas as a terrorist group"."""
    if hedged(verb):
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "nsubjpass")]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    labels += [o for x in objs for c in x.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]

    def is_label(t) -> bool:
        return t.lemma_.lower() in C.LABEL_NOUNS or t.lower_ in C.LABEL_NOUNS or any(
            c.dep_ in ("amod", "compound") and c.lower_ in C.LABEL_NOUNS for c in t.children)
    if not any(is_label(t) for t in labels) and not any(is_label(t) for t in objs):
        return
    targets = [k for o in objs if not is_label(o) or o.i in f.actors.key_at for k in f.actors.of(o)]
    if not targets:   # "called North Korea's missile launches a threat"
        targets = [k for o in objs if not is_label(o) and o.lower_ not in C.FAMILY_NOUNS
                   for c in o.children if c.dep_ == "poss" for k in f.actors.of(c)]
    if not targets:   # "called Donald Trump a dotard", parsed as one noun phrase
        targets = [f.actors.key_at[c.i] for o in objs if is_label(o) for c in o.children
                   if c.dep_ == "compound" and c.i in f.actors.key_at][:1]
    sources, passive = f.actors.subjects(verb)
    by = [k for t in (verb, *objs) for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
          for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"   # "Hezbollah, designated a terrorist group by X, ..."
    if reduced:
        targets, sources = targets or f.actors.of(verb.head), by
    elif not passive and by and objs and all(is_label(o) and o.i not in f.actors.key_at for o in objs):
        targets, sources = sources, by   # the parser reads the participle as the main verb of "X, designated ..."
    if (passive or reduced) and not sources:   # "is considered / was designated a terrorist organization by X"
        sources = [k for t in labels + [o for o in objs if is_label(o)] for c in t.children
                   if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    sources += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "like"
                for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.LABEL, sources, targets, verb, verb.text)


def _give(f: Finder, verb) -> None:
    """ "France has supplied weapons to the SDF": military or material aid to the receiver."""
    if hedged(verb):
        return
    gifts = [c for c in verb.children if c.dep_ == "dobj"]
    if any(p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in C.AID_OBJECTS
           for g in gifts for p in g.children for o in p.children if o.dep_ == "pobj") and len(gifts) == 2:
        f.add(C.MIL_AID, f.actors.subjects(verb)[0], f.actors.of(gifts[0]), verb, f"{verb.text} {gifts[0].text}")
        return   # "has sent Ukraine $400 million in military aid": the parser takes the receiver for an object
    if not any(g.lemma_.lower() in C.AID_OBJECTS or g.lower_ in C.AID_OBJECTS or any(
            c.dep_ == "conj" and c.lower_ in C.AID_OBJECTS for c in g.children) or _sum_in_aid(g) for g in gifts):
        return   # "gave Ukraine $100 million in aid": the sum is given as aid (the receiver is the dative)
    receivers = [k for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    receivers += [k for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" for k in f.actors.of(c)]
    f.add(C.MIL_AID, f.actors.subjects(verb)[0], receivers, verb, f"{verb.text} {gifts[0].text}")


def _sum_in_aid(gift) -> bool:
    """Whether a given sum is aid: "$400 million in military aid" (not "$5 billion in trade")."""
    return (gift.like_num or gift.tag_ == "CD" or gift.lower_ in C.MONEY_WORDS) and any(
        p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in C.AID_OBJECTS
        for p in gift.children for o in p.children if o.dep_ == "pobj")


def extract_memberships(ctx: Context) -> tuple:
    """Memberships (member -> organisation); they are read in `meetings`, kept here where `extract` looks."""
    from .meetings import extract_memberships as memberships   # meetings imports this module
    return memberships(ctx)


def _close(f: Finder, verb) -> None:
    """ "the EU, which normally coordinates closely with Washington": close cooperation is an alliance."""
    if hedged(verb) or not any(c.dep_ == "advmod" and c.lower_ in ("closely", "tightly") for c in verb.children):
        return
    others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.TIES, f.actors.subjects(verb)[0][:1], others[:1], verb, f"{verb.text} with")


def _with_objects(f: Finder, *heads) -> list[str]:
    """The actors after "with" on any of the given tokens."""
    return [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]


def _break_ties(f: Finder, verb) -> None:
    """ "X, Y and Z broke off diplomatic ties with Q", "severed relations with Q": each opposes Q."""
    ties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in C.BROKEN_NOUNS]
    if not ties or hedged(verb) or (verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)):
        return   # a bare "sever its ties" is a demand or an order, not an event
    if verb.lemma_ == "break" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) \
            and not any(c.dep_ == "prep" for c in verb.children if c.lower_ == "with"):
        return   # "break the ties that bind" is no rupture; "broke (off) ties with Y" is
    if ties[0].dep_ == "nsubjpass":
        return   # "ties were cut": who cut them is not said
    f.add(C.BREAK_TIES, f.actors.subjects(verb)[0], _with_objects(f, verb, ties[0]), verb,
          f"{verb.text} {ties[0].text}")


def _pit(f: Finder, verb) -> None:
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


def _side(f: Finder, side) -> None:
    """ "intervened in the war on the side of Assad", "Hezbollah's fight on the side of Assad": support."""
    targets = [k for c in side.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not targets or any(c.dep_ not in ("det", "prep") or (c.dep_ == "det" and c.lower_ != "the")
                          for c in side.children):
        return   # "on the other side of", "on one side of the border", "on the Syrian side of"
    node = side.head.head
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
