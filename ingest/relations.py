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
from .aid import (alongside, backed_push, bound_to_defend, buy_arms, give, help_verb, shielded, support_government,
                  top_donor)
from .alignment import (allied, allied_conjunct, break_ties, close, cut_flow, drills, drive_out, faced, lose_ground, loyalty,
                        RETREAT_VERBS, fled_from, on_side, pact, pit, sided_against, stand, under_fire, uphold,
                        with_objects)
from .claims import claimed_attack
from .coalitions import BLOC_NOUNS, DEAL_NOUNS, coalition_with, governs_with, junior_partner, made_of, party_deal
from .context import Context
from .criticism import (abuse_reported, behind, biased, critical, finger, label, lash_out, phrasal, said_of, terror_list,
                        third_party_dealings, urge, wrong_reported)
from .finder import Finder, hedged
from .frames import ARMS_GATED, DEFY_VERBS, arms_cue, defied_measures
from .model import Relation
from .nominal import (ALLEGATION_NOUNS, allegation, ally_noun, demand_noun, denied_allegation, evidence, help_from,
                      hyphen_compound, joint, led_against, noun_cue, pro_prefix, sister_party, struggle_noun, tie_noun,
                      victory_over)
from .coercion import (BAR_VERBS, CUSTODY_NOUNS, REFUSE_VERBS, accused, action_against, agentless_sanction,
                       all_options, barred_entry, by_force, charges, coup_charge, custody_noun, enforced, filed_charges, held,
                       in_custody, oust_attempt, oust_bid, pay_price, sought_sentence, trial_faced,
                       under_sanctions, wanted)
from .stances import (condemned_act, custody_demand, demanded, must_subject as _demand_subject, recognize_capital,
                      removal_demand, responsibility, stance_noun)
from .valence import negative_label, negative_stance, negative_verb, said_negative
from .threats import (FORCE_ACTS, ATTEMPT_NOUNS, any_move, consequences, deadline, refused_talks, repelled,
                      reserved_right, retaliated_for, RETALIATION_NOUNS, violated, vowed)
from .verbs import cue_verb

__all__ = ["Actors", "extract_relations", "extract_memberships", "hedged"]

TALK_OR_HOLD = C.TALK_VERBS | {"hold"}
FORCE_OR_ATTEMPT = FORCE_ACTS | ATTEMPT_NOUNS


def extract_relations(ctx: Context) -> tuple[Relation, ...]:
    """The supports / alliedWith / opposes relations the article asserts, each with its evidence."""
    f = Finder(ctx)
    remember_owned_acts(f)   # acts told by a noun with their owner: "the U.S. decision", "detention in Sylvania"
    for tok in ctx.tokens:
        # every attribute read of a spaCy token builds a new string: the ones the rules below test, once a token
        lemma, lower, text, pos, tag, dep = tok.lemma_.lower(), tok.lower_, tok.text, tok.pos_, tok.tag_, tok.dep_
        if pos in ("VERB", "AUX") or tag.startswith("VB") or lemma in C.VERBS and _mistagged_verb(tok):
            if not _compound_participle(tok):
                if lemma in C.VERBS:
                    cue_verb(f, tok, C.VERBS[lemma])
                else:
                    negative_verb(f, tok)   # a verb no cue lists, read by its valence
            if lemma in C.STAND_VERBS:
                stand(f, tok)
            if (lemma in C.VERBS or lemma in C.STAND_VERBS) and dep == "xcomp" and tok.head.lemma_ in C.VOW_HEADS \
                    and not _compound_participle(tok):
                vowed(f, tok)
            if lemma in C.URGE_VERBS:
                urge(f, tok)
            if lemma in C.PACT_VERBS:
                pact(f, tok)
            if lemma in C.BREAK_VERBS:
                break_ties(f, tok)
            if lemma in C.FLOW_CUT_VERBS:
                cut_flow(f, tok)
            if lemma in C.PIT_VERBS:
                pit(f, tok)
            if lemma in ("recognize", "recognise"):
                recognize_capital(f, tok)
            if lemma in C.UPHOLD_VERBS:
                uphold(f, tok)
            if lemma == "help":
                help_verb(f, tok)
            if lemma in ("back", "support", "assist", "aid") and tag == "VBN":
                backed_push(f, tok)
            if lemma in ("veto", "block"):
                shielded(f, tok)
            if lemma == "retaliate":
                retaliated_for(f, tok)
            if lemma in BAR_VERBS or lemma in REFUSE_VERBS:
                barred_entry(f, tok)
            if dep == "ccomp" and (subj := _demand_subject(tok)) is not None:
                demanded(f, tok, subj)
            if lemma == "lose":
                lose_ground(f, tok)
            if lemma in C.GOVERN_VERBS:
                governs_with(f, tok)
            if lemma == "drive":
                drive_out(f, tok)
            if lemma in C.LASH_VERBS:
                lash_out(f, tok)
            if lemma in C.PHRASAL:
                phrasal(f, tok)
            if lemma == "point":
                finger(f, tok)
            if lemma in C.ACCUSING_VERBS and (dep == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS or (
                    dep == "acomp" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in C.SPEECH_VERBS)):
                said_of(f, tok if dep == "ccomp" else tok.head)   # "said X was destabilizing the region"
            if dep == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS and (lemma in C.WRONG_VERBS or
                                                                         lemma in C.WRONG_OBJECTS):
                wrong_reported(f, tok)   # "said Freedonia had committed genocide"
            if lemma in C.ABUSE_VERBS and dep in ("ccomp", "conj"):
                abuse_reported(f, tok)   # "Human Rights Watch said the army tortured detainees"
            if lemma in C.TERROR_AID_VERBS and dep == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS and any(
                    c.dep_ == "dobj" and (c.lower_ in C.TERROR_WORDS or any(
                        m.dep_ in ("compound", "amod") and m.lower_ in C.TERROR_WORDS for m in c.children))
                    for c in tok.children):
                said_of(f, tok)   # "complained that Chile backs terror groups"
        if pos in ("NOUN", "PROPN"):
            if lemma in C.NOUNS and (lemma not in ARMS_GATED or arms_cue(tok)):
                noun_cue(f, tok, C.NOUNS[lemma])
            if lemma == "defiance":
                defied_measures(f, tok)
            if lemma in RETALIATION_NOUNS:
                retaliated_for(f, tok)
            if lemma in C.ALLY_NOUNS:
                ally_noun(f, tok, C.ALLY_NOUNS[lemma])
            if lemma in C.TIE_NOUNS:
                tie_noun(f, tok)
            if lower == "sister":
                sister_party(f, tok)
            if lemma == "coalition":
                coalition_with(f, tok)
            if lemma in BLOC_NOUNS:
                made_of(f, tok)
            if lemma in DEAL_NOUNS:
                party_deal(f, tok)
            if lemma in ("partner", "member"):
                junior_partner(f, tok)
            if lemma == "victory":
                victory_over(f, tok)
            if lemma in C.STRUGGLE_NOUNS or lower == "odds" and dep == "pobj" and tok.head.lower_ == "at":
                struggle_noun(f, tok)   # the parser's lemma of "odds" is "odd"
            if lemma in C.STANCE_NOUNS:
                stance_noun(f, tok)
            if lemma in C.REMOVAL_NOUNS:
                removal_demand(f, tok)
            if lemma in C.CUSTODY_ASKED_NOUNS or lemma == "warrant":
                custody_demand(f, tok)
            if lemma in C.LED_NOUNS and lemma not in C.NOUNS:
                led_against(f, tok)
        elif lower in C.ALLY_NOUNS and dep == "amod" and tok.head.i in f.actors.key_at:
            ally_noun(f, tok, C.ALLY_NOUNS[lower])   # "Chile's rival Bolivia": the tagger's adjective is the noun
        if lower in C.COMPOUNDS and _compound_participle(tok):
            hyphen_compound(f, tok, C.COMPOUNDS[lower])
        elif "-" in text and text.rsplit("-", 1)[1].lower() in C.COMPOUNDS and tok.i in f.actors.key_at:
            hyphen_compound(f, tok, C.COMPOUNDS[text.rsplit("-", 1)[1].lower()], joined=True)
        if lemma in C.LIST_VERBS and pos == "VERB":
            terror_list(f, tok)
        if lemma in C.LABEL_VERBS and pos == "VERB":
            label(f, tok)
            negative_label(f, tok)   # a label no cue lists, read by its valence
        if dep == "ccomp" and tok.head.lemma_ in C.SPEECH_VERBS and pos in ("VERB", "AUX"):
            said_negative(f, tok)   # "said X was irresponsible": a judgement no cue lists, read by its valence
        if lemma in C.GIVE_VERBS and pos == "VERB":
            give(f, tok)
        if lemma in C.CLOSE_VERBS and pos == "VERB":
            close(f, tok)
        if lemma in C.JOINT_NOUNS and pos == "NOUN" and any(c.lower_ == "joint" for c in tok.children):
            joint(f, tok)
        if lower in C.DRILL_NOUNS and pos == "NOUN":
            drills(f, tok)
        if lower in ("pro", "anti") and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
            pro_prefix(f, tok)
        if lower == "face" and dep == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
            faced(f, tok)
        if lower == "from" and dep == "prep" and tok.head.lemma_ in RETREAT_VERBS:
            fled_from(f, tok)
        if lower == "side" and (dep == "pobj" and tok.head.lower_ == "on" or dep == "dobj" and tok.head.lemma_ == "take"):
            on_side(f, tok)
        if lower == "fire" and dep == "pobj" and tok.head.lower_ == "under":
            under_fire(f, tok)
        if lower == "alongside" and tok.head.lemma_ in C.ALONGSIDE_VERBS:
            alongside(f, tok)
        if lower in C.CONDEMN_ADJECTIVES:
            condemned_act(f, tok)
        if lower in C.CRITICAL_ADJECTIVES and dep == "acomp":
            critical(f, tok)
        elif pos == "ADJ" and dep == "acomp":
            negative_stance(f, tok)   # "dismissive of X": a stance no cue lists, read by its valence
        if lower in C.BIASED_ADJECTIVES and dep in ("acomp", "conj", "ccomp"):
            biased(f, tok)
        if lower in ("responsibility", "responsible", "accountable"):
            responsibility(f, tok)
        if lower == "responsibility":
            claimed_attack(f, tok)
        if lower == "behind" and dep == "prep" and tok.head.lemma_ == "be":
            behind(f, tok)
        if lemma in C.HELP_NOUNS and pos == "NOUN":
            help_from(f, tok)
        if lemma in ALLEGATION_NOUNS and pos == "NOUN":
            allegation(f, tok)
            denied_allegation(f, tok)
        if lemma in ("evidence", "proof") and pos == "NOUN":
            evidence(f, tok)
        if lemma in ("demand", "call") and pos == "NOUN":
            demand_noun(f, tok)
        if lower in C.FORCE_NOUNS and dep == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lower_ == "support" and tok.head.head.dep_ == "pobj":
            support_government(f, tok)
        if lemma in C.NOUNS and C.NOUNS[lemma].plover == "SANCTION" and dep == "nsubjpass" \
                and tok.head.lemma_ in C.LIGHT_VERBS and (lemma != "ban" or any(c.lower_ in C.ARMS_WORDS
                                                                                for c in tok.children)):
            agentless_sanction(f, tok)
        if lemma in ("sanction", "embargo") and dep == "dobj" and tok.head.lemma_ in C.ENFORCE_VERBS:
            enforced(f, tok)
        if lemma in ("sanction", "embargo") and dep == "pobj" and tok.head.lower_ == "under":
            under_sanctions(f, tok)
        if (lemma == "oppose" and pos == "VERB" or lower == "against" and tok.head.lemma_ == "be") \
                and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ in ("any", "other", "all") or (
                lower == "opposed" and tok.i + 3 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to"
                and ctx.doc[tok.i + 2].lower_ in ("any", "other", "all")):
            third_party_dealings(f, tok)
        if lemma == "ally" and tag == "VBN":
            allied(f, tok)
        if lower == "allied" and dep == "amod" and tok.i + 1 < len(ctx.doc) and tok.i > 0 \
                and ctx.doc[tok.i - 1].lower_ == "the":
            allied_conjunct(f, tok)
        if lemma == "ally" and pos == "VERB" and not hedged(tok):   # "Corbyn, who allied with the British
            f.add(C.TIES, f.actors.subjects(tok)[0], with_objects(f, tok), tok, f"{text} with")   # government"
        if lemma in C.DONOR_NOUNS and dep == "attr" and any(c.lower_ in C.TOP_WORDS for c in tok.children):
            top_donor(f, tok)
        if lemma in C.CHARGE_NOUNS and pos == "NOUN":
            charges(f, tok)
            filed_charges(f, tok)
        if lemma == "sentence" and pos == "NOUN":
            sought_sentence(f, tok)
        if lemma in ("face", "stand", "go", "be") and pos in ("VERB", "AUX"):
            trial_faced(f, tok)
        if lemma in ("be", "remain", "stay", "place", "put", "keep") and pos in ("VERB", "AUX"):
            in_custody(f, tok)
        if lemma == "accuse" and pos == "VERB":
            accused(f, tok)
        if (lemma in CUSTODY_NOUNS or lemma == "charge") and pos == "NOUN":
            custody_noun(f, tok)
        if lemma in DEFY_VERBS and pos == "VERB" or lower == "despite" and dep == "prep":
            defied_measures(f, tok)
        if lemma in C.BUY_VERBS and pos == "VERB":
            buy_arms(f, tok)
        if lemma == "price" and dep == "dobj" and tok.head.lemma_ == "pay":
            pay_price(f, tok.head)
        if lemma == "take" and tag == "VBN" and any(c.dep_ == "nsubjpass" and c.lemma_ in C.MEASURE_NOUNS
                                                        for c in tok.children):
            action_against(f, tok)
        if lemma in ("loyalty", "allegiance") and dep == "dobj" and tok.head.lemma_ in C.PLEDGE_VERBS:
            loyalty(f, tok)
        if lemma in TALK_OR_HOLD and pos == "VERB":
            refused_talks(f, tok)
        if lemma == "hold" and pos == "VERB":
            held(f, tok)
        if lower == "wanted" and pos == "VERB":
            wanted(f, tok)
        if lemma in C.VIOLATE_VERBS and pos == "VERB":
            violated(f, tok)
        if lemma == "right" and dep == "dobj" and tok.head.lemma_ == "reserve":
            reserved_right(f, tok)
        if lemma in C.DEADLINE_NOUNS and pos == "NOUN":
            deadline(f, tok)
        if lemma in C.SIDE_VERBS and pos == "VERB" and any(c.dep_ == "prep" and c.lower_ == "against"
                                                               for c in tok.children):
            sided_against(f, tok)
        if lemma in C.CONSEQUENCE_NOUNS and pos == "NOUN":
            consequences(f, tok)
        if lemma in C.MOVE_NOUNS and dep == "dobj" and tok.head.lemma_ in C.RESIST_VERBS:
            any_move(f, tok)
        if lemma in FORCE_OR_ATTEMPT and pos == "NOUN":
            repelled(f, tok)   # "repelled an attempt by X to seize the town"
        if lemma in C.OUST_VERBS and pos == "VERB" and tok.head.lemma_ in C.BID_HEADS and (dep == "xcomp" or dep == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):   # "conspired with X to topple Y"
            oust_bid(f, tok)
        if lemma in C.OUST_VERBS and pos == "VERB" and dep == "acl" and tok.head.lemma_ in C.OUST_ATTEMPT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):   # "a bid to unseat X"
            oust_attempt(f, tok)
        if lemma in C.COUP_NOUNS and dep == "dobj" and tok.head.lemma_ in C.PLOT_VERBS:
            coup_charge(f, tok)
        if lower in C.BOUND_WORDS and tag in ("VBN", "JJ"):
            bound_to_defend(f, tok)
        if lemma in ("option", "means") and dep == "dobj" and tok.head.lemma_ == "use":
            all_options(f, tok)
        if lower == "force" and dep == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
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


def _mistagged_verb(tok) -> bool:
    """Whether a word the tagger took for a noun or an adverb is a verb by its roles: it has a subject and an object
    of its own ("a cleric who Peru and Chile accuse of inciting"). A parse that mistags a word misjoins its phrases
    too, so it is trusted only up to the next comma: in "X and Y, which back Z, and W, which backs V" the
    parser hangs W on Z as a second object."""
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps and not any(t.text == "," for t in tok.doc[tok.i + 1:tok.right_edge.i + 1])


def _compound_participle(tok) -> bool:
    """Whether a participle is the second half of "Iran-backed"."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2011") and tok.doc[tok.i - 1].whitespace_ == ""


def extract_memberships(ctx: Context) -> tuple:
    """Memberships (member -> organisation); they are read in `meetings`, kept here where `extract` looks."""
    from .meetings import extract_memberships as memberships   # meetings imports this module
    return memberships(ctx)
