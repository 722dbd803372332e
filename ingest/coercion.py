"""Coercion told without a plain cue verb: standing and agentless sanctions, charges brought by a prosecutor, coup
charges and bids to oust a leader, threats of force, a price to pay, action demanded against someone.

Used by `relations`; each function takes the Finder and the token that carries the cue and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged
from .stances import quoted_speaker
from .verbs import cue_verb


def under_sanctions(f: Finder, noun) -> None:
    """ "Iran, which has been under U.S. sanctions since 1979", "X remains under EU sanctions": the sanctioner named on
    the noun opposes the one under them (no sanctioner named: nothing)."""
    verb = noun.head.head
    if verb.lemma_ not in ("be", "remain", "stay", "come", "fall", "live", "suffer") or hedged(verb) \
            or any(c.dep_ == "neg" or c.lower_ in ("longer", "lifted") for c in verb.subtree if c.i < noun.i):
        return   # "is no longer under sanctions"
    sources = [f.actors.key_at[c.i] for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
               and c.i in f.actors.key_at]
    sources += [k for c in (*noun.children, *[a for a in noun.children if a.dep_ == "acl"])   # "imposed by X"
                for p in ([c] if c.dep_ in ("prep", "agent") else c.children) if p.dep_ in ("prep", "agent")
                and p.lower_ == "by" for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.SANCTION, sources, f.actors.subjects(verb)[0], noun, f"under {noun.text}", 0.75)


def agentless_sanction(f: Finder, noun) -> None:
    """ "The US imposed sanctions on Iran in 2010. The embargo was imposed after Iran's nuclear test": an agentless
    sanction is the last imposer's, when the article has named one imposer only so far."""
    verb = noun.head
    if hedged(verb) or any(c.dep_ == "agent" for c in verb.children) or any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in f.actors.key_at for c in noun.children):
        return   # "sanctions were imposed by X", "the U.S. embargo was imposed": the parse names the imposer
    start = f.ctx.sentences[f.actors.sent_of(noun)][0]
    imposers = {r.source for r in f.found.values() if r.plover == "SANCTION" and r.evidence.start < start}
    if len(imposers) != 1:
        return
    targets = [k for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    events = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following", "over")
              for o in c.children if o.dep_ == "pobj"]   # "after Iran's test"
    events += [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"   # "in the aftermath of / in
               for o in c.children if o.lower_ in ("aftermath", "response", "retaliation")   # response to X's crackdown"
               for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "to", "for")
               for e in p.children if e.dep_ == "pobj"]
    targets = targets or [k for o in events if o.lemma_.lower() not in C.VICTIM_NOUNS
                          for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]
    f.add(C.SANCTION, sorted(imposers), targets, noun, f"{noun.text} {verb.text}", 0.7)


def charges(f: Finder, noun) -> None:
    """ "A and B pleaded not guilty to an indictment brought by Special Counsel X", "A and B face fraud charges. The
    charges were filed by X": the prosecutor acts against the accused (named in the sentence or the one before)."""
    verb = noun.head if noun.dep_ == "nsubjpass" else next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)   # "brought / filed by X"
    if verb is None or verb.lemma_ not in C.FILE_VERBS or hedged(verb):
        return
    prosecutors = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                   for k in f.actors.of(o)]
    accused = _accused_of(f, noun)
    if not accused and noun.dep_ == "nsubjpass" and any(c.lower_ in ("the", "these", "those") for c in noun.children):
        start = noun.sent.start   # "The charges were filed by X": those the sentence before named
        accused = [k for t in noun.doc[start - 1].sent if t.lemma_.lower() in C.CHARGE_NOUNS
                   for k in _accused_of(f, t)] if start > 0 else []
    f.add(C.DETAIN, prosecutors, accused, noun, f"{noun.text} {verb.text} by", 0.7)


def filed_charges(f: Finder, noun) -> None:
    """ "Prosecutors filed charges against X", "Police brought an indictment against X": who files or
    brings charges against named persons acts against them, as the charging verb's subject does ("against" read on
    the noun or on the verb). Not a filing denied or hedged ("did not bring charges", "may file charges"), nor one by
    no state ("X filed charges against Y": a person's own complaint names no state)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in C.FILE_VERBS or hedged(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    accused = _persons_after(f, "against", noun, verb)
    filers = [k for k in f.actors.subjects(verb)[0] if k.startswith("state:")]
    f.add(C.DETAIN, filers, accused, noun, f"{verb.text} {noun.text} against", 0.7)


# who asks a court for a sentence: "prosecutors sought a life sentence for X"
PROSECUTOR_NOUNS = frozenset("prosecutor prosecutors prosecution procurator attorney".split())


def sought_sentence(f: Finder, noun) -> None:
    """ "Chilean prosecutors requested an eight-year sentence for X", "Prosecutors are seeking a life sentence for X":
    the prosecutor's state acts against the named person it asks a sentence for. Only a prosecutor asks so (a state
    or a critic demanding a sentence may be another state's voice); not a request hedged or denied."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in ("seek", "demand", "request", "ask") or hedged(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in PROSECUTOR_NOUNS for c in verb.children):
        return
    accused = _persons_after(f, "for", noun, verb)
    states = [k for k in f.actors.subjects(verb)[0] if k.startswith("state:")]
    f.add(C.DETAIN, states, accused, noun, f"{verb.text} {noun.text} for", 0.7)


def trial_faced(f: Finder, verb) -> None:
    """ "Jorge Salas faces fraud charges", "X, who is facing trial", "X is standing trial", "X went on trial": named
    persons told as facing charges or a trial are tried by the state an agentless custody is given to (the place the
    clause names, else the article's one custodian, else the dateline's state). Not a trial or charges faced only
    possibly ("could face charges", "would face the charges if sent abroad", "will stand trial if indicted"), nor
    denied charges (often another state's: "X denies the U.S. charges" in a Moscow story), nor a pronoun's trial."""
    if hedged(verb) or any(c.dep_ == "neg" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in C.CONDITIONS for m in c.children) for c in verb.children):
        return   # "will stand trial if indicted"
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    ons = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    if not (verb.lemma_ == "face" and any(o.lemma_.lower() in C.CHARGE_NOUNS | {"trial"} for o in objs)
            or verb.lemma_ == "stand" and any(o.lower_ == "trial" for o in objs)
            or verb.lemma_ in ("go", "be") and any(o.lower_ == "trial" and not any(
                c.lower_ == "of" for c in o.children) for o in ons)):
        return
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ != "WP" for c in verb.children):
        return   # "He faces charges": who is tried is told by name (or by "who" after the name) only
    held = [k for k in f.actors.subjects(verb)[0] if k.startswith("person:")]
    if held:
        f.add(C.DETAIN, f.actors.trial_state(verb, held), held, verb, f"{verb.text} trial", 0.7)


# "X remains in custody", "X has been under house arrest": a state of custody told by a predicate, with no cue verb
CUSTODY_STATE_VERBS = frozenset("be remain stay".split())
CUSTODY_PLACING_VERBS = frozenset("place put keep".split())


def in_custody(f: Finder, verb) -> None:
    """ "Jorge Salas remains in custody", "X and Y are under house arrest", "X has been in pre-trial detention since
    May", "X was placed under house arrest": named persons told as held now are held by the state an agentless
    custody is given to (`Roles.trial_state`). Not a custody only past ("was under house arrest for 15 years before
    the vote", "was in custody in 2011": told in the simple past), nor hedged or denied, nor a pronoun's."""
    if hedged(verb) or any(c.dep_ == "neg" for c in verb.children) or not any(_custody_phrase(c) for c in verb.children):
        return
    lemma = verb.lemma_.lower()
    if lemma in CUSTODY_PLACING_VERBS:
        held = [k for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" for k in f.actors.of(c)]
    elif lemma in CUSTODY_STATE_VERBS and (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ != "WP" for c in verb.children):
            return   # "He remains in custody": who is held is told by name (or by "who" after the name) only
        held = f.actors.subjects(verb)[0]
    else:
        return
    held = [k for k in held if k.startswith("person:")] or _included(f, verb)
    if held:
        f.add(C.DETAIN, f.actors.trial_state(verb, held), held, verb, f"{verb.text} in custody", 0.7)


def _included(f: Finder, verb) -> list[str]:
    """The named persons of an "including" phrase on the verb or its subject ("Twelve of the accused have now been in
    detention for months, including X and Y"): those the custody of a group is told of by name."""
    heads = [verb, *[c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]]   # "Twenty-two, including X"
    return list(dict.fromkeys(
        k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "including" for o in c.children
        if o.dep_ == "pobj" for t in (o, *[x for x in o.children if x.dep_ == "conj"]) for k in f.actors.of(t)
        if k.startswith("person:")))


def _custody_phrase(prep) -> bool:
    """ "in (police / pre-trial) custody", "in detention", "under house arrest"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
        return False
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if prep.lower_ == "in" and o.lower_ in ("custody", "detention"):
            return True
        if prep.lower_ == "under" and o.lower_ == "arrest" and any(m.lower_ == "house" for m in o.children):
            return True
    return False


def _persons_after(f: Finder, prep: str, *heads) -> list[str]:
    """The named persons after `prep` on any of the heads ("charges against X" or, as the parser may hang it,
    "filed charges against X" on the verb)."""
    return [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == prep
            for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) if k.startswith("person:")]


def _accused_of(f: Finder, noun) -> list[str]:
    """Who faces, denies or pleads to the charges a noun names ("A and B face fraud charges", "pleaded not guilty to
    an indictment")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("guilty", "innocent"):
        head = head.head.head   # "pleaded not guilty to an indictment"
    elif noun.dep_ != "dobj" or head.lemma_ not in C.FACE_VERBS:
        return []
    return f.actors.subjects(head)[0] if head.lemma_ in C.FACE_VERBS | {"plead"} else []


def coup_charge(f: Finder, noun) -> None:
    """ "President X said the Unity Front was plotting an unconstitutional takeover / a coup": the speaker accuses the
    plotter (only in what a named speaker says; not a coup the narrator reports)."""
    verb = noun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in C.SPEECH_VERBS or hedged(verb.head) or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in C.MODALS) for c in verb.children):
        return
    plotters = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.ACCUSE, f.actors.subjects(verb.head)[0], plotters, noun, f"{verb.text} {noun.text}", 0.7)


def oust_bid(f: Finder, verb) -> None:
    """ "The Unity Front is trying to force President X out of office", "wants to unseat President X": a bid to remove
    a leader from power opposes him (an office holder or a state only: not "remove troops")."""
    head = verb.head
    if hedged(head) or any(c.dep_ == "neg" for c in verb.children):
        return
    if verb.lemma_ == "force" and not any(t.lower_ in ("office", "power") for t in verb.subtree):
        return   # "force X out of office / from power", not "force X to talk"
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)
               if k in f.ctx.state_of or k.startswith("state:")]
    f.add(C.OPPOSE, f.actors.subjects(head)[0], targets, verb,
          f"{head.text} to {verb.text}", 0.7)
    _bid_charged(f, verb, head, targets)


def oust_attempt(f: Finder, verb) -> None:
    """ "X launched a bid to unseat President Y", "its efforts to remove him", "staged protests in a bid to oust Y": an
    attempt to remove a leader, told as a noun, opposes him, as "tried to oust" does (`oust_bid`). The one attempting
    is the noun's owner, its "by" phrase, the subject of the verb that launches or makes it, or that of the verb the
    "in a bid to" phrase hangs on. Only an office holder or a state as the one removed."""
    noun = verb.head
    if any(c.dep_ == "neg" for c in verb.children) or (
            verb.lemma_ == "force" and not any(t.lower_ in ("office", "power") for t in verb.subtree)):
        return
    attempters = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
    attempters += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                   if o.dep_ == "pobj" for k in f.actors.of(o)]
    head = noun.head
    if not attempters and noun.dep_ == "dobj" and head.lemma_ in C.ATTEMPT_MAKING_VERBS and not hedged(head):
        attempters = f.actors.subjects(head)[0]   # "launched a bid to unseat"
    elif not attempters and noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" \
            and not hedged(head.head):
        attempters = f.actors.subjects(head.head)[0]   # "staged protests in a bid to oust"
    targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)
               if k in f.ctx.state_of or k.startswith("state:")]
    f.add(C.OPPOSE, attempters, targets, verb, f"{noun.text} to {verb.text}", 0.7)


def _bid_charged(f: Finder, verb, head, targets: list[str]) -> None:
    """ "The government said the Unity Front conspired to topple the government": a bid against the speaker itself,
    told by the speaker, rests on its word (`Finder.add` drops it), but the telling is its charge against the plotter,
    as "said X was plotting a coup" is (`coup_charge`). Only a bid on the speaker's own state or office holder."""
    said = head
    while said.dep_ == "conj" and said.head.pos_ in ("VERB", "AUX"):   # "conspired with X and sought to topple"
        said = said.head
    if said.dep_ != "ccomp" or said.head.lemma_ not in C.SPEECH_VERBS or hedged(said.head) or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in C.MODALS) for c in said.children):
        return
    speakers = f.actors.subjects(said.head)[0]
    if not {f.stand_for(k, True) for k in speakers} & {f.stand_for(k, False) for k in targets}:
        return
    plotters = [k for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.ACCUSE, speakers, plotters, verb, f"{said.head.text} {head.text} to {verb.text}", 0.7)


def by_force(f: Finder, verb) -> None:
    """ "Beijing says the island is its territory and wants to take it, by force if necessary": a threat of force
    against the state to be taken (the wish is the threat; a negation, a modal or "if" still hedge it)."""
    wished = verb.dep_ == "xcomp" and verb.head.lemma_ in C.FORCE_WISH_HEADS and not hedged(verb.head)
    if any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in C.MODALS) for c in verb.children) \
            or hedged(verb) and not wished:
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    targets = [k for o in objs if o.pos_ != "PRON" for k in f.actors.of(o) if k.startswith("state:")]
    sources = f.actors.subjects(verb)[0]
    if any(o.lower_ == "it" for o in objs):   # "take it": the state said to be one's own, or the one other state named
        sent = verb.sent
        claimed = {f.actors.key_at[c.i] for t in sent if t.lemma_ == "be" and t.i < verb.i for c in t.children
                   if c.dep_ == "nsubj" and f.actors.key_at.get(c.i, "").startswith("state:")}
        named = {f.actors.key_at[t.i] for t in sent if f.actors.key_at.get(t.i, "").startswith("state:")}
        others = claimed or named - {f.stand_for(k, True) for k in sources}
        targets = sorted(others) if len(others) == 1 else []
    if set(targets) & {f.stand_for(k, True) for k in sources}:   # one does not take itself: the parser hung the
        sources = quoted_speaker(f, verb)                         # wish on the claim, so the speaker wishes it
    f.add(C.THREAT_FORCE, sources, targets, verb, f"{verb.text} by force", 0.7)


def pay_price(f: Finder, verb) -> None:
    """ "North Korea will pay the price, Trump said": a threat by the speaker (not "would pay", "paid a high price")."""
    if hedged(verb) or verb.tag_ == "VBD" or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "must", "shall")
                                                     for c in verb.children):
        return
    payers = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.THREATEN, quoted_speaker(f, verb), payers, verb, "will pay the price", 0.7)


def action_against(f: Finder, verb) -> None:
    """ "Firm action must be taken against X's plan," Senator Y said: the speaker demands action against X."""
    if hedged(verb) or not any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return
    objs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for o in c.children
            if o.dep_ == "pobj"]
    targets = [k for o in objs for k in f.actors.of(o)] or [
        k for o in objs if o.lower_ not in C.FAMILY_NOUNS and o.lemma_.lower() not in C.VICTIM_NOUNS
        for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]   # "against Maduro's plan"
    f.add(C.DEMAND, quoted_speaker(f, verb), targets, verb, "action must be taken against", 0.65)


def all_options(f: Finder, opt) -> None:
    """ "backed the United States using all options, military strikes included, against Iran": the one to use every
    option, force among them, threatens the one they are used against (only with force named and a target named)."""
    use, doc = opt.head, opt.doc
    end = min(opt.sent.end, opt.i + 12)
    if not any(c.dep_ in ("det", "amod", "predet") and c.lower_ in ("all", "any", "every") for c in opt.children) \
            or not any(t.lemma_.lower() in C.FORCE_OPTION_WORDS for t in doc[opt.i + 1:end]) \
            or any(c.dep_ == "neg" for c in use.children) or hedged(use.head if use.dep_ == "advcl" else use):
        return   # "ruled out using any option", "may use all options": nothing
    against = next((t for t in doc[opt.i + 1:end] if t.lower_ == "against" or t.lemma_ in C.STOP_VERBS), None)
    if against is None:
        return
    targets = [k for o in doc[against.i + 1:min(end + 3, against.i + 4)] if o.dep_ in ("pobj", "dobj")
               for k in f.actors.of(o)][:1]
    users = [k for c in use.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    if not users and use.dep_ == "advcl":   # "backed X using": X is the one to use them
        users = [k for c in use.head.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    f.add(C.THREAT_FORCE, users, targets, opt, f"using {opt.text} against", 0.65)


def enforced(f: Finder, noun) -> None:
    """ "China has been enforcing U.N. sanctions on North Korea", "implemented sanctions imposed on Y": the one who
    enforces sanctions acts against their target too (the noun reader credits their author)."""
    verb = noun.head
    if hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    targets = [k for h in (noun, *[a for a in noun.children if a.dep_ == "acl"]) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children if o.dep_ == "pobj"
               for k in f.actors.of(o)]   # "sanctions on Y", "sanctions imposed on Y"
    f.add(C.SANCTION, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text}", 0.7)


# "privately held Luerssen", "a widely held view": held as owned or believed
CAPTIVE_NOUNS = frozenset("hostage captive prisoner".split())   # "held hostage by X"
OWNED_WORDS = frozenset("privately publicly closely jointly widely commonly family state majority wholly".split())


def held(f: Finder, verb) -> None:
    """ "X and Y have been held by the US for three years", "Iran has held X since 2016", "X, who is held by Y":
    holding named persons is custody, as detaining them is. Only persons are held so: "held talks with X", "held
    the city", "held X responsible" and "held up" are not custody."""
    if any(c.dep_ in ("prt", "oprd", "acomp", "xcomp", "ccomp") and c.lemma_ not in CAPTIVE_NOUNS
           or c.lower_ in OWNED_WORDS for c in verb.children):
        return   # "held X responsible", "held up", "privately held X" (owned, not detained); not "held hostage"
    patients = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in f.actors.of(c)]
    if verb.dep_ in ("acl", "relcl") and not patients:
        patients = f.actors.of(verb.head)   # "the four Britons, held by the US", "Sokha, who is held by ..."
    if patients and all(k.startswith("person:") for k in patients):
        cue_verb(f, verb, C.DETAIN)
        _held_by_custodian(f, verb, patients)
    elif not any(k.startswith("person:") for k in patients) and (included := _included(f, verb)):   # "Ten citizens are held in Z, including X"
        _held_by_custodian(f, verb, included)


def wanted(f: Finder, verb) -> None:
    """ "X is wanted in Spain for rebellion", "X was wanted by the U.S.", "X, who is wanted by U.S. authorities": the
    state or body that wants a named person for trial opposes the person, as one holding them does. Only a passive
    "wanted" whose agent is no person ("wanted by his family" is no pursuit) or, with no agent, whose "in" place is
    a state or its capital; not one denied or hedged ("is not wanted in Spain", "may be wanted by Peru"), nor "wanted
    to" (a wish)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and verb.tag_ == "VBN" \
        or verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children))
    if not passive or hedged(verb) or any(c.dep_ in ("neg", "xcomp", "ccomp", "dobj") for c in verb.children):
        return
    pursuers = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                for k in f.actors.of(o) if not k.startswith("person:")]
    if not any(c.dep_ == "agent" for c in verb.children):   # "wanted by his family in Spain": the family's wish
        pursuers = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                    if o.dep_ == "pobj" for k in f.actors.of(o) if k.startswith("state:")]
    wanted_ones = [k for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" for k in f.actors.of(c)]
    if verb.dep_ in ("acl", "relcl") and not wanted_ones:
        wanted_ones = _named_head(f, verb.head)   # "X, the campaign's face who is wanted in Spain"
    if wanted_ones and all(k.startswith("person:") for k in wanted_ones):
        f.add(C.DETAIN, pursuers, wanted_ones, verb, f"{verb.text} by", 0.7)


def _named_head(f: Finder, noun) -> list[str]:
    """The actors a relative clause's head stands for, climbing from a noun inside an apposition to the name it sets
    off ("X, the public face of the campaign who ...": the parser hangs the clause on "campaign")."""
    for _ in range(3):
        got = f.actors.of(noun)
        if got or noun.dep_ != "pobj" and noun.dep_ != "appos":
            return got
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    return f.actors.of(noun)


# where a person is held: "in a Turkish prison" is the prison's state's custody
PRISON_NOUNS = frozenset("prison jail custody detention cell".split())


def _held_by_custodian(f: Finder, verb, held: list[str]) -> None:
    """ "X, who has been held in Turkey for 200 days", "X is held in a Turkish prison": named persons held with no
    agent are held by the state the clause places the custody in, else the one the article tells holding people
    (`Roles.custodian_of`), never by the dateline's state alone (a Berlin story on a German held abroad). Not a
    hostage or captive ("held hostage in Syria": often no state's), nor a hold hedged, denied or only reported ("reports
    X was held in Z": the clause of a noun)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ in ("acl", "relcl") \
        and verb.tag_ == "VBN"
    if not passive or hedged(verb) or verb.dep_ == "ccomp" and verb.head.pos_ == "NOUN" or any(
            c.dep_ in ("agent", "neg") or c.lemma_ in CAPTIVE_NOUNS for c in verb.children):
        return
    states = f.actors.custodian_of(held, verb) or sorted({   # "in a Turkish prison": the prison's state
        f.actors.key_at[m.i] for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in PRISON_NOUNS for m in o.children
        if m.dep_ in ("amod", "compound") and f.actors.key_at.get(m.i, "").startswith("state:")})
    f.add(C.DETAIN, states if len(states) == 1 else [], held, verb, f"{verb.text} in custody", 0.7)


# custody told by a noun: "Peru's arrest of X", "U.S. charges against X", "her detention"
CUSTODY_NOUNS = frozenset("arrest detention jailing imprisonment conviction indictment prosecution".split())
# words that make a custody noun one not (yet) done: "called for the arrest of X", "a warrant for his arrest",
# "fled in fear of arrest", "faces arrest", "sought X's extradition and arrest"
UNDONE_HEADS = frozenset("""call demand seek urge warrant fear risk face avoid evade escape threaten threat order want
push press ask possible possibility request plan""".split())


def custody_noun(f: Finder, noun) -> None:
    """ "Peru's arrest of Jorge Salas", "U.S. charges against Paul Manafort", "the extension of her detention": the
    state that holds, charges or tries a named person told by a noun opposes the person, as for the verbs. The state
    is the noun's owner, else the one the custody is placed in or the article's one custodian (`custodian_of`). Not a custody asked for, feared or faced ("called for the arrest of X", "a warrant for
    his arrest", "fled in fear of arrest"), nor a person's own word on it ("Perez's arrest": Perez is held)."""
    if noun.lemma_.lower() == "charge" and not any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
        return   # "in charge of", "the charge that ...": only charges brought against someone
    if hedged(noun) or any(t.lemma_.lower() in UNDONE_HEADS for t in (noun.head, noun.head.head)):
        return
    held = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "against")
            for o in c.children if o.dep_ == "pobj" for t in (o, *[x for x in o.children if x.dep_ == "conj"])
            for k in f.actors.of(t) if k.startswith("person:")]
    owners = [k for c in noun.children if c.dep_ in ("poss", "amod", "compound") for k in f.actors.of(c)]
    held += [k for k in owners if k.startswith("person:") and not held]   # "her detention": she is held
    states = [k for k in owners if k.startswith("state:")]
    if not held:
        return
    f.add(C.DETAIN, states or f.actors.custodian_of(held, noun), held, noun, noun.text, 0.7)


# words that put a named person before the law: an accusation with no accuser is the state's only beside one of them
LEGAL_WORDS = frozenset("""charge indictment indict court trial custody jail prison detention detain arrest prosecutor
prosecution prosecute bail convict conviction sentence judge""".split())


def accused(f: Finder, verb) -> None:
    """ "KIGALI (Reuters) - Ana Vale is accused of forging ballots ... Vale denies the charges", "X, accused of taking
    a bribe, told the court": a named person accused with no accuser told is accused by the state that tries persons
    told as facing it (`Roles.trial_state`: the article's one custodian, else the dateline's state), when the article
    puts the person before the law (a charge, court, trial, custody or prosecutor in a sentence naming the person).
    Not an accuser named ("accused by X of": the cue verb's), nor an accusation denied or hedged ("has not been
    accused", "could be accused"), nor a pronoun's, nor a person the article never brings before the law ("accused of
    being partisan": a critic's charge, no state's), nor in a story filed from two cities (which state accuses?)."""
    if hedged(verb) or any(c.dep_ in ("agent", "neg") for c in verb.children) or verb.tag_ != "VBN" \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subj and subj[0].tag_ == "WP" and verb.dep_ == "relcl":
        held = f.actors.of(verb.head)   # "X, who is accused of ..."
    elif subj:
        held = [] if subj[0].pos_ == "PRON" else f.actors.of(subj[0])
    elif verb.dep_ == "acl" or verb.dep_ == "acomp" and verb.head.lemma_ == "stand":
        held = f.actors.of(verb.head) if verb.dep_ == "acl" else f.actors.subjects(verb.head)[0]
    else:
        held = []
    held = [k for k in held if k.startswith("person:")]
    if not held or not _before_the_law(f, held) or "/" in f.ctx.text[:f.actors.dateline_end]:
        return   # "ISTANBUL/NEW YORK (Reuters)": filed from two states, the accusing one is not told
    f.add(C.DETAIN, f.actors.trial_state(verb, held), held, verb, f"{verb.text} of", 0.7)


def _before_the_law(f: Finder, held: list[str]) -> bool:
    """Whether a sentence naming one of the persons tells of a charge, court, trial, custody or prosecutor."""
    sents = {f.actors.sent_of(f.ctx.doc[i]) for i, k in f.actors.key_at.items() if k in held}
    return any(t.lemma_.lower() in LEGAL_WORDS for i in sents
               for t in f.ctx.doc.char_span(*f.ctx.sentences[i], alignment_mode="expand") or ())


# "barred X from entering / visiting Y", "X was denied entry to Y": a state keeping someone out
ENTRY_VERBS = frozenset("enter visit".split())
BAR_VERBS = frozenset("bar ban".split())
REFUSE_VERBS = frozenset("deny refuse".split())
# those kept out who stand for their state ("Chilean officials banned from entering Peru"), unlike its nationals
STATE_PEOPLE = frozenset("""official officials diplomat diplomats envoy envoys ambassador ambassadors delegation
lawmakers legislators minister ministers""".split())


def barred_entry(f: Finder, verb) -> None:
    """ "Peru barred Jorge Salas from entering the country", "investigator X was barred from visiting Peru", "X was
    denied entry to Peru", "Peru refused entry to X", "Chilean officials banned from entering Peru": the one who keeps
    someone out (the verb's agent, else the state entered) opposes a named person or organisation kept out, or a
    state whose officials are. Never nationals told by a demonym ("a Chilean activist"), never a hedged or denied ban,
    never one only aimed at ("a petition to bar X from entering Peru", "plans to ban Y")."""
    if hedged(verb) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    sources, passive = f.actors.subjects(verb)
    kept = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":   # "officials banned from entering Peru"
        kept, sources, passive = [verb.head], [], True
    if verb.lemma_ in BAR_VERBS:
        entries = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pcomp" and p.lemma_ in ENTRY_VERBS]
        if not entries:
            return
        places = [o for p in entries for o in p.children if o.dep_ == "dobj"]
    else:
        entry = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "entry"), None)
        if entry is None:
            return
        to = [o for c in (*entry.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "to"
              for o in c.children if o.dep_ == "pobj"]
        kept = [c for c in kept if c.i != entry.i] + [c for c in entry.children if c.dep_ == "compound"]
        if passive:
            places = to
        else:
            places, kept = [], kept + to
    if not sources:
        sources = [k for o in places for k in f.actors.of(o) if k.startswith("state:")]
    targets = [k for c in kept if c.lower_ in STATE_PEOPLE or f.actors.key_at.get(c.i, "").startswith(
        ("person:", "org:")) for k in f.actors.of(c)]
    f.add(EXPEL_OUT, sources, [k for k in targets if k not in sources], verb, f"{verb.text} entry")


EXPEL_OUT = C.Cue("opposes", "166", "COERCE", 0.7)
