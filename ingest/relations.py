"""Relations between actors (supports, alliedWith, opposes) read off the dependency parse.

Each pattern finds a cue (cues.py), its source and its target as tokens; `Actors` turns a token into
the actors it stands for (a name, a demonym on "forces", "the two countries", a pronoun, a quoted
speaker's "we"); officials stand for their state. Hypothetical, denied and planned wording is left out.
This module walks the tokens and hands each cue to its reader: cue verbs (verbs.py), criticism and blame
(criticism.py), aid (aid.py), siding, ties and fights (alignment.py), nouns (nominal.py), stances
(stances.py) and coercion (coercion.py).
"""

from __future__ import annotations

from . import cues as C
from .actors import Actors
from .anaphora import read_reactions, remember_owned_acts
from .aid import alongside, bound_to_defend, buy_arms, give, help_verb, support_government, top_donor
from .alignment import (allied, allied_conjunct, break_ties, close, drills, drive_out, faced, lose_ground, loyalty,
                        on_side, pact, pit, sided_against, stand, uphold, with_objects)
from .context import Context
from .criticism import behind, biased, critical, finger, label, lash_out, phrasal, said_of, third_party_dealings, urge
from .finder import Finder, hedged
from .frames import ARMS_GATED, DEFY_VERBS, arms_cue, defied_measures
from .model import Relation
from .nominal import (ALLEGATION_NOUNS, allegation, ally_noun, demand_noun, evidence, help_from, hyphen_compound,
                      joint, led_against, noun_cue, pro_prefix, struggle_noun, tie_noun)
from .coercion import (action_against, agentless_sanction, all_options, by_force, charges, coup_charge, enforced,
                       held, oust_bid, pay_price, under_sanctions)
from .stances import (condemned_act, demanded, must_subject as _demand_subject, recognize_capital, removal_demand,
                      responsibility, stance_noun)
from .valence import negative_label, negative_stance, negative_verb, said_negative
from .threats import (FORCE_ACTS, ATTEMPT_NOUNS, any_move, consequences, deadline, refused_talks, repelled,
                      reserved_right, violated, vowed)
from .verbs import cue_verb

__all__ = ["Actors", "extract_relations", "extract_memberships", "hedged"]


def extract_relations(ctx: Context) -> tuple[Relation, ...]:
    """The supports / alliedWith / opposes relations the article asserts, each with its evidence."""
    f = Finder(ctx)
    remember_owned_acts(f)   # acts told by a noun with their owner: "the U.S. decision", "detention in Sylvania"
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if not _compound_participle(tok):
                if lemma in C.VERBS:
                    cue_verb(f, tok, C.VERBS[lemma])
                else:
                    negative_verb(f, tok)   # a verb no cue lists, read by its valence
            if lemma in C.STAND_VERBS:
                stand(f, tok)
            if (lemma in C.VERBS or lemma in C.STAND_VERBS) and tok.dep_ == "xcomp" and tok.head.lemma_ in C.VOW_HEADS \
                    and not _compound_participle(tok):
                vowed(f, tok)
            if lemma in C.URGE_VERBS:
                urge(f, tok)
            if lemma in C.PACT_VERBS:
                pact(f, tok)
            if lemma in C.BREAK_VERBS:
                break_ties(f, tok)
            if lemma in C.PIT_VERBS:
                pit(f, tok)
            if lemma in ("recognize", "recognise"):
                recognize_capital(f, tok)
            if lemma in C.UPHOLD_VERBS:
                uphold(f, tok)
            if lemma == "help":
                help_verb(f, tok)
            if tok.dep_ == "ccomp" and (subj := _demand_subject(tok)) is not None:
                demanded(f, tok, subj)
            if lemma == "lose":
                lose_ground(f, tok)
            if lemma == "drive":
                drive_out(f, tok)
            if lemma in C.LASH_VERBS:
                lash_out(f, tok)
            if lemma in C.PHRASAL:
                phrasal(f, tok)
            if lemma == "point":
                finger(f, tok)
            if lemma in C.ACCUSING_VERBS and (tok.dep_ == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS or (
                    tok.dep_ == "acomp" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in C.SPEECH_VERBS)):
                said_of(f, tok if tok.dep_ == "ccomp" else tok.head)   # "said X was destabilizing the region"
            if lemma in C.TERROR_AID_VERBS and tok.dep_ == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS and any(
                    c.dep_ == "dobj" and (c.lower_ in C.TERROR_WORDS or any(
                        m.dep_ in ("compound", "amod") and m.lower_ in C.TERROR_WORDS for m in c.children))
                    for c in tok.children):
                said_of(f, tok)   # "complained that Chile backs terror groups"
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in C.NOUNS and (lemma not in ARMS_GATED or arms_cue(tok)):
                noun_cue(f, tok, C.NOUNS[lemma])
            if lemma == "defiance":
                defied_measures(f, tok)
            if lemma in C.ALLY_NOUNS:
                ally_noun(f, tok, C.ALLY_NOUNS[lemma])
            if lemma in C.TIE_NOUNS:
                tie_noun(f, tok)
            if lemma in C.STRUGGLE_NOUNS:
                struggle_noun(f, tok)
            if lemma in C.STANCE_NOUNS:
                stance_noun(f, tok)
            if lemma in C.REMOVAL_NOUNS:
                removal_demand(f, tok)
            if lemma in C.LED_NOUNS and lemma not in C.NOUNS:
                led_against(f, tok)
        if tok.lower_ in C.COMPOUNDS and _compound_participle(tok):
            hyphen_compound(f, tok, C.COMPOUNDS[tok.lower_])
        elif "-" in tok.text and tok.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS and tok.i in f.actors.key_at:
            hyphen_compound(f, tok, C.COMPOUNDS[tok.text.rsplit("-", 1)[1].lower()], joined=True)
        if lemma in C.LABEL_VERBS and tok.pos_ == "VERB":
            label(f, tok)
            negative_label(f, tok)   # a label no cue lists, read by its valence
        if tok.dep_ == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
            said_negative(f, tok)   # "said X was irresponsible": a judgement no cue lists, read by its valence
        if lemma in C.GIVE_VERBS and tok.pos_ == "VERB":
            give(f, tok)
        if lemma in C.CLOSE_VERBS and tok.pos_ == "VERB":
            close(f, tok)
        if lemma in C.JOINT_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "joint" for c in tok.children):
            joint(f, tok)
        if tok.lower_ in C.DRILL_NOUNS and tok.pos_ == "NOUN":
            drills(f, tok)
        if tok.lower_ in ("pro", "anti") and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
            pro_prefix(f, tok)
        if tok.lower_ == "face" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
            faced(f, tok)
        if tok.lower_ == "side" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            on_side(f, tok)
        if tok.lower_ == "alongside" and tok.head.lemma_ in C.ALONGSIDE_VERBS:
            alongside(f, tok)
        if tok.lower_ in C.CONDEMN_ADJECTIVES:
            condemned_act(f, tok)
        if tok.lower_ in C.CRITICAL_ADJECTIVES and tok.dep_ == "acomp":
            critical(f, tok)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            negative_stance(f, tok)   # "dismissive of X": a stance no cue lists, read by its valence
        if tok.lower_ in C.BIASED_ADJECTIVES and tok.dep_ in ("acomp", "conj", "ccomp"):
            biased(f, tok)
        if tok.lower_ in ("responsibility", "responsible", "accountable"):
            responsibility(f, tok)
        if tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
            behind(f, tok)
        if lemma in C.HELP_NOUNS and tok.pos_ == "NOUN":
            help_from(f, tok)
        if lemma in ALLEGATION_NOUNS and tok.pos_ == "NOUN":
            allegation(f, tok)
        if lemma in ("evidence", "proof") and tok.pos_ == "NOUN":
            evidence(f, tok)
        if lemma in ("demand", "call") and tok.pos_ == "NOUN":
            demand_noun(f, tok)
        if tok.lower_ in C.FORCE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lower_ == "support" and tok.head.head.dep_ == "pobj":
            support_government(f, tok)
        if lemma in C.NOUNS and C.NOUNS[lemma].plover == "SANCTION" and tok.dep_ == "nsubjpass" \
                and tok.head.lemma_ in C.LIGHT_VERBS and (lemma != "ban" or any(c.lower_ in C.ARMS_WORDS
                                                                                for c in tok.children)):
            agentless_sanction(f, tok)
        if lemma in ("sanction", "embargo") and tok.dep_ == "dobj" and tok.head.lemma_ in C.ENFORCE_VERBS:
            enforced(f, tok)
        if lemma in ("sanction", "embargo") and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            under_sanctions(f, tok)
        if (lemma == "oppose" and tok.pos_ == "VERB" or tok.lower_ == "against" and tok.head.lemma_ == "be") \
                and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ in ("any", "other", "all") or (
                tok.lower_ == "opposed" and tok.i + 3 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to"
                and ctx.doc[tok.i + 2].lower_ in ("any", "other", "all")):
            third_party_dealings(f, tok)
        if lemma == "ally" and tok.tag_ == "VBN":
            allied(f, tok)
        if tok.lower_ == "allied" and tok.dep_ == "amod" and tok.i + 1 < len(ctx.doc) and tok.i > 0 \
                and ctx.doc[tok.i - 1].lower_ == "the":
            allied_conjunct(f, tok)
        if lemma == "ally" and tok.pos_ == "VERB" and not hedged(tok):   # "Corbyn, who allied with the British
            f.add(C.TIES, f.actors.subjects(tok)[0], with_objects(f, tok), tok, f"{tok.text} with")   # government"
        if lemma in C.DONOR_NOUNS and tok.dep_ == "attr" and any(c.lower_ in C.TOP_WORDS for c in tok.children):
            top_donor(f, tok)
        if lemma in C.CHARGE_NOUNS and tok.pos_ == "NOUN":
            charges(f, tok)
        if lemma in DEFY_VERBS and tok.pos_ == "VERB" or tok.lower_ == "despite" and tok.dep_ == "prep":
            defied_measures(f, tok)
        if lemma in C.BUY_VERBS and tok.pos_ == "VERB":
            buy_arms(f, tok)
        if lemma == "price" and tok.dep_ == "dobj" and tok.head.lemma_ == "pay":
            pay_price(f, tok.head)
        if lemma == "take" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lemma_ in C.MEASURE_NOUNS
                                                        for c in tok.children):
            action_against(f, tok)
        if lemma in ("loyalty", "allegiance") and tok.dep_ == "dobj" and tok.head.lemma_ in C.PLEDGE_VERBS:
            loyalty(f, tok)
        if lemma in C.TALK_VERBS | {"hold"} and tok.pos_ == "VERB":
            refused_talks(f, tok)
        if lemma == "hold" and tok.pos_ == "VERB":
            held(f, tok)
        if lemma in C.VIOLATE_VERBS and tok.pos_ == "VERB":
            violated(f, tok)
        if lemma == "right" and tok.dep_ == "dobj" and tok.head.lemma_ == "reserve":
            reserved_right(f, tok)
        if lemma in C.DEADLINE_NOUNS and tok.pos_ == "NOUN":
            deadline(f, tok)
        if lemma in C.SIDE_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "against"
                                                               for c in tok.children):
            sided_against(f, tok)
        if lemma in C.CONSEQUENCE_NOUNS and tok.pos_ == "NOUN":
            consequences(f, tok)
        if lemma in C.MOVE_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in C.RESIST_VERBS:
            any_move(f, tok)
        if lemma in FORCE_ACTS | ATTEMPT_NOUNS and tok.pos_ == "NOUN":
            repelled(f, tok)   # "repelled an attempt by X to seize the town"
        if lemma in C.OUST_VERBS and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_ in C.BID_HEADS:
            oust_bid(f, tok)
        if lemma in C.COUP_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in C.PLOT_VERBS:
            coup_charge(f, tok)
        if tok.lower_ in C.BOUND_WORDS and tok.tag_ in ("VBN", "JJ"):
            bound_to_defend(f, tok)
        if lemma in ("option", "means") and tok.dep_ == "dobj" and tok.head.lemma_ == "use":
            all_options(f, tok)
        if tok.lower_ == "force" and tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
            by_force(f, tok.head.head)
    read_reactions(f)   # after every rule: the event memory is the whole article's
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


def extract_memberships(ctx: Context) -> tuple:
    """Memberships (member -> organisation); they are read in `meetings`, kept here where `extract` looks."""
    from .meetings import extract_memberships as memberships   # meetings imports this module
    return memberships(ctx)
