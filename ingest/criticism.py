"""Criticism, blame and demands told without a plain cue verb: "said Iran was destabilizing the region", "was behind
the attack", "lashed out at", "pointed the finger at", "critical of", "biased against", "called Assad a terrorist",
"urged the US to abandon", "opposes any country selling arms to Taiwan".

Used by `relations`; each function takes the Finder and the token that carries the cue and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .anaphora import act_agents
from .finder import Finder, hedged
from .gazetteer import load_gazetteer
from .roles import complements
from .stances import quoted_speaker


def said_of(f: Finder, verb) -> None:
    """ "Lind's campaign retorted that Pinto endangered the country", "said Iran was destabilizing the region": the
    speaker accuses the one said to do it."""
    if hedged(verb) or hedged(verb.head):
        return
    said = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    f.add(C.ACCUSE, quoted_speaker(f, verb), said, verb, f"{verb.head.text} {verb.text}", 0.7)


def wrong_reported(f: Finder, verb) -> None:
    """ "Sylvania said Freedonia had committed genocide", "said Freedonia meddled in the vote", "said the women had
    conspired with the Green Party": the speaker accuses who did the wrong, and whom they did it with."""
    objects = C.WRONG_OBJECTS.get(verb.lemma_)
    if verb.lemma_ not in C.WRONG_VERBS and not (objects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)):
        return
    if hedged(verb) or hedged(verb.head):
        return
    said = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for k in f.actors.of(c)]
    if verb.lemma_ in ("conspire", "collude"):   # "conspired with members of X and with Y"
        withs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in (c, *c.conjuncts) for o in p.children if o.dep_ == "pobj"]
        withs += [w for o in withs if o.lemma_ == "member" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for w in c.children if w.dep_ == "pobj"]   # "with members of X": X
        said += [k for o in withs for x in (o, *o.conjuncts) for k in f.actors.of(x)]
    f.add(C.ACCUSE, quoted_speaker(f, verb), said, verb, f"{verb.head.text} {verb.text}", 0.7)


def abuse_reported(f: Finder, verb) -> None:
    """ "Human Rights Watch said the army tortured detainees": an organisation that reports a state's abuses of people
    no actor stands for accuses that state."""
    clause = verb
    while clause.dep_ == "conj":   # "detained and tortured"
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_ not in C.SPEECH_VERBS or hedged(verb) or hedged(speech) \
            or any(c.dep_ == "neg" for c in (*verb.children, *clause.children)):
        return
    if any(f.actors.of(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        return   # "said the army killed Condor Front fighters": a fight, read elsewhere
    if verb.lemma_ in ("kill", "execute") and not any(c.dep_ == "dobj" and c.lemma_.lower() in C.UNARMED_NOUNS
                                                     for c in verb.children):
        return   # "said the army killed 70 militants": a fight told; "killed 40 civilians": an abuse
    speakers = [k for c in speech.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" for k in f.actors.of(c)
                if f.stand_for(k, True).startswith("org:")]   # a body named, not "it" or a text of no owner
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    accused = [k for c in subjects for k in f.actors.of(c) if f.stand_for(k, False).startswith("state:")]
    f.add(C.ACCUSE, speakers, accused, verb, f"{speech.text} {verb.text}", 0.7)


def behind(f: Finder, prep) -> None:
    """ "Britain said it believed North Korea was behind the cyber attack": the speaker blames North Korea (the belief
    is the accusation, so "believed" does not hedge it; "may have been behind" and "was not behind" do)."""
    verb = prep.head
    if not any(o.lemma_.lower() in C.HARM_NOUNS | C.COUP_NOUNS or any(c.lower_ in C.COUP_NOUNS | {"attack"}
                                                                      for c in o.children)
               for o in prep.children if o.dep_ == "pobj"):   # "was behind the attack / the coup (attempt)"
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
    if not said and speech.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
                                                   for c in verb.children):
        said = f.actors.of(speech.head)   # "Gulen, who Ankara says was behind the coup"
    f.add(C.RESPONSIBLE, f.actors.subjects(speech)[0], said, prep, "was behind", 0.7)


def lash_out(f: Finder, verb) -> None:
    """ "lashed out at both Germany and the Netherlands", "hit out at X", "railed against X": verbal attack."""
    prep = C.LASH_VERBS[verb.lemma_]
    if hedged(verb) or prep == "at" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return
    targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.CRITICIZE, f.actors.subjects(verb)[0], targets, verb, f"{verb.text} {'out at' if prep == 'at' else prep}")


def phrasal(f: Finder, verb) -> None:
    """ "took aim at Seoul", "cracked down on X", "opened fire on X", "propped up Assad": a cue only with its particle."""
    from .verbs import cue_verb
    if hedged(verb):
        return
    for word, prep, cue in C.PHRASAL[verb.lemma_.lower()]:
        heads = [verb]
        if word:
            heads += [c for c in verb.children if c.lower_ == word and c.dep_ in ("prt", "advmod", "dobj")]
            if len(heads) == 1:
                continue
        if not prep:
            cue_verb(f, verb, cue)
            continue
        targets = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == prep
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        f.add(cue, f.actors.subjects(verb)[0], targets, verb, " ".join(x for x in (verb.text, word, prep) if x))


def third_party_dealings(f: Finder, tok) -> None:
    """ "China opposes any country selling arms to Taiwan / having official exchanges with Taiwan", "Norway is against
    any state supplying missiles to Ardia": opposition to anyone's dealings with Y opposes Y (arms, official contacts,
    recognition only: "opposes any attack on Y" is the opposite)."""
    doc, verb = tok.doc, tok.head if tok.lower_ == "against" or tok.dep_ == "acomp" else tok
    det = tok.i + 2 if doc[tok.i + 1].lower_ == "to" else tok.i + 1   # "is opposed to any country"
    if det + 1 >= len(doc) or doc[det + 1].lemma_.lower() not in C.PAIR_NOUNS | {"country", "state", "nation",
                                                                               "government"} \
            or hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    end = min(tok.sent.end, tok.i + 16)
    deal = next((t for t in doc[det + 2:end] if t.lemma_.lower() in C.DEALING_WORDS), None)
    if deal is None:
        return
    to = next((t for t in doc[deal.i + 1:min(end, deal.i + 5)] if t.lower_ in ("with", "to")), None)
    # the first name after "with"/"to", past an article or adjective ("with self-ruled Taiwan")
    target = next((t for t in doc[to.i + 1:min(end + 4, to.i + 5, len(doc))] if t.i in f.actors.key_at or t.is_punct and t.text != "-"),
                  None) if to is not None else None
    targets = [f.actors.key_at[target.i]] if target is not None and f.actors.key_at.get(target.i, "").startswith(
        "state:") else []
    f.add(C.OPPOSE, f.actors.subjects(verb)[0], targets, tok, f"{tok.text} any {deal.text}", 0.65)


def finger(f: Finder, verb) -> None:
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


def critical(f: Finder, adj) -> None:
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


def biased(f: Finder, adj) -> None:
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


# "ordered Y to cut its staff", "urged Y to remove the detectors": an act that lessens what Y has or does is asked of
# Y as "curb" and "withdraw" are (`C.UNDO_VERBS`), unless what is lessened is strife ("to reduce tensions": calm)
LESSEN_VERBS = frozenset("cut reduce lower remove".split())
STRIFE_NOUNS = frozenset("tension tensions violence rhetoric hostility hostilities".split())
# "demanded (that) Britain pay", "ordered Y to hand over X": a demand proper asks any act a demand asks
# (`C.DEMANDED_VERBS`), where "urged" and "called on" ask only the undoing of Y's own act
DEMAND_PROPER_VERBS = frozenset("demand order".split())


def urge(f: Finder, verb) -> None:
    """ "urged the United States to abandon its decision": a demand against the addressee."""
    if hedged(verb):
        return
    asked = complements(verb, ("xcomp", "ccomp"))
    if verb.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        asked += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"   # "called on Y on Friday to
                  and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]   # restore": parsed as a purpose
    wanted = [c for c in asked if (   # "urged Y not to grant X a visa"
        c.lemma_ in C.GRANT_VERBS and not any(x.dep_ == "prt" for x in c.children)   # not "not to give up"
        if any(x.dep_ == "neg" for x in c.children) else c.lemma_ in C.UNDO_VERBS or c.lemma_ in C.RESTORE_VERBS and not any(
            x.dep_ == "dobj" and x.lemma_.lower() in C.RESTORED_CALM for x in c.children) or (
            c.lemma_ in ("grant", "allow", "give") and any(x.dep_ == "dobj" and x.lower_ == "access"
                                                         for x in c.children)) or c.lemma_ == "step" and any(
            x.dep_ == "prt" and x.lower_ in ("down", "aside") for x in c.children) or (   # "to step down"
            c.lemma_ in LESSEN_VERBS and not any(x.dep_ == "dobj" and x.lemma_.lower() in STRIFE_NOUNS | C.RESTORED_CALM
                                                 for x in c.children)) or (   # "to cut its staff"
            verb.lemma_ in DEMAND_PROPER_VERBS and c.lemma_ in C.DEMANDED_VERBS)) and not (   # "demanded Y pay"
        c.dep_ == "ccomp" and any(x.dep_ == "aux" and x.lower_ in C.MODALS - C.DEMAND_MODALS
                                  | {"will", "'ll"} for x in c.children)) and not (
        c.dep_ == "ccomp" and c.tag_ != "VB" and not any(x.dep_ == "aux" and x.lower_ in C.DEMAND_MODALS
                                                         for x in c.children))]   # "told X Y has stopped ...": a report
    if not wanted:
        return
    told = verb.lemma_ == "tell" and wanted[0].dep_ == "ccomp"   # "told X that Y must withdraw": reported speech
    addressee = [] if told else [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    addressee += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and not told
                  for o in c.children for k in f.actors.of(o)]
    if not addressee:
        addressee = [k for c in wanted[0].children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    f.add(C.DEMAND, f.actors.subjects(verb)[0], addressee, verb, f"{verb.text} to {wanted[0].text}")


def label(f: Finder, verb) -> None:
    """ "called Assad a terrorist", "it regards Hamas as a terrorist group"."""
    if hedged(verb):
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "nsubjpass")]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    labels += [o for x in objs for c in x.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    objs += [c for t in labels if t.dep_ == "ccomp" and t.pos_ == "NOUN" for c in t.children if c.dep_ == "nsubj"]
    # "declared Peru a state sponsor of terrorism" parsed as a clause with Peru its subject

    def is_label(t) -> bool:
        return t.lemma_.lower() in C.LABEL_NOUNS or t.lower_ in C.LABEL_NOUNS or any(
            c.dep_ in ("amod", "compound") and c.lower_ in C.LABEL_NOUNS for c in t.children) or terror_source(t)
    if not any(is_label(t) for t in labels) and not any(is_label(t) for t in objs):
        return
    targets = [k for o in objs if not is_label(o) or o.i in f.actors.key_at for k in f.actors.of(o)]
    if not targets:   # "called North Korea's missile launches a threat"
        targets = [k for o in objs if not is_label(o) and o.lower_ not in C.FAMILY_NOUNS
                   for c in o.children if c.dep_ == "poss" for k in f.actors.of(c)]
    if not targets:   # "called Donald Trump a dotard", parsed as one noun phrase
        targets = [f.actors.key_at[c.i] for o in objs if is_label(o) for c in o.children
                   if c.dep_ == "compound" and c.i in f.actors.key_at][:1]
    if not targets:   # "called the arrests a threat": the act's one agent, from the article's event memory
        targets = [k for o in objs if not is_label(o) for k in act_agents(f, o)]
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


def terror_source(noun) -> bool:
    """ "a state sponsor of terrorism", "a safe haven for terrorists": a noun that names its one a source of terror."""
    return noun.lower_ in C.SPONSOR_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(o.lower_ in C.TERROR_WORDS for o in c.children
                                                               if o.dep_ == "pobj") for c in noun.children)


def terror_list(f: Finder, verb) -> None:
    """ "Trump put North Korea back on the list of state sponsors of terrorism", "Chile added Y to its terrorism
    blacklist", "Y was returned to the terror list": the one listing opposes the one listed (as designating it a
    terrorist group does). Not "removed / took Y off the list" (other verbs), nor a hedged listing."""
    if hedged(verb):
        return
    places = [p for t in (verb, *[a for a in verb.children if a.dep_ == "advmod"]) for p in t.children
              if p.dep_ == "prep" and p.lower_ in ("on", "to", "onto")]
    lists = [o for p in places for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("list", "blacklist")]
    if not any(any(c.dep_ in ("amod", "compound") and c.lower_ in C.TERROR_WORDS for c in x.children)
               or any(terror_source(o) for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj") for x in lists):
        return
    sources, passive = f.actors.subjects(verb)
    if passive and not sources:   # "was returned to the list ... by Chile": the parser hangs "by" on the list
        sources = [k for x in lists for c in x.children if c.dep_ == "prep" and c.lower_ == "by"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    listed = [k for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") for k in f.actors.of(c)]
    f.add(C.LABEL, sources, listed, verb, f"{verb.text} on the list")

