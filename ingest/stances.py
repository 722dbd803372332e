"""Positions taken toward an actor: calls for sanctions on it, condemnation drawn from it, a hard line on it,
recognizing a city as its capital.

Used by `relations` (verbs) and `nominal` (cue nouns); each function records what it finds in the Finder.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged


def urger(verb):
    """The verb whose subject calls for this act: "called on ASEAN to implement sanctions", "urged China to
    pressure", "said it was imperative the Council apply pressure"."""
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_ in C.UNDO_VERBS | C.EASE_VERBS:
        return None   # "asked France to lift sanctions on Russia" is no call against Russia
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in C.URGE_VERBS:
        return None if hedged(head) else head
    if verb.dep_ in ("ccomp", "csubj") and head.lemma_ == "be" and head.dep_ == "ccomp" \
            and head.head.lemma_ in C.SPEECH_VERBS \
            and any(c.dep_ == "acomp" and c.lower_ in C.NEED_ADJECTIVES for c in head.children):
        # "said it was imperative the Council apply pressure", "said putting pressure on X would be necessary"
        return None if hedged(head.head) else head.head
    return demander(verb)


def demander(verb):
    """The speech verb whose subject demands this act with "should" or "must": "Maas said Europe must impose
    sanctions on Iran", "said the West should keep up pressure on Russia" (the speaker, not the one told)."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in C.DEMAND_HEADS else verb
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.dep_ != "ccomp" or not any(a in C.DEMAND_MODALS for a in auxes) \
            or any(a in C.MODALS - C.DEMAND_MODALS for a in auxes) or any(c.dep_ == "neg" for c in clause.children) \
            or any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return None   # "said the EU would / could impose", "asked whether the EU should", "should not impose"
    speech = clause.head
    return speech if speech.lemma_ in C.SPEECH_VERBS and not hedged(speech) else None


def must_subject(clause):
    """The subject told it must act, in a clause a speaker says: "Maas said Moscow must release the sailors now",
    "agreed London has to / needs to settle the bill"; None when there is no such demand."""
    act = clause
    if clause.lemma_ in ("have", "need"):   # "has to release", "needs to do more"
        act = next((c for c in clause.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None:
            return None
    elif not any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
        return None
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_ not in C.SPEECH_VERBS | C.DEMAND_SPEECH_VERBS:
        return None
    auxes = [c for c in (*clause.children, *act.children) if c.dep_ in ("aux", "auxpass", "neg")]
    if any(a.dep_ != "aux" or a.lower_ in C.MODALS - {"must"} or a.lower_ in ("will", "shall") for a in auxes) \
            or any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children) or not _demanded_act(act):
        return None   # "should" is advice; "must not", "would have to", a passive, "be", "have access" are no demand
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _demanded_act(act) -> bool:
    """Whether what one must do is asked of him: an act undone or a duty met ("release", "pay", "do more"), or any
    act asked for at once ("must make a move now"); not a state ("must be part of", "has to have access")."""
    words = {c.lower_ for c in act.children if c.dep_ in ("dobj", "advmod")}
    if act.lemma_ in ("be", "have", "get") or act.lemma_ == "do" and not words & {"more", "better", "enough"}:
        return False
    return act.lemma_ in C.DEMANDED_VERBS or bool(words & C.URGENT_WORDS)


def demanded(f: Finder, clause, subj) -> None:
    """ "Ministers X and Y agreed Moscow must release the sailors now": the speakers demand it of Moscow."""
    speech = clause.head
    if hedged(speech) or any(c.dep_ == "neg" for c in speech.children):
        return
    f.add(C.DEMAND, f.actors.subjects(speech)[0], f.actors.of(subj), clause, f"{speech.text} {subj.text} must", 0.65)


def called_for(f: Finder, noun, cue: C.Cue, urge) -> None:
    """ "Tillerson called on ASEAN to implement sanctions on Pyongyang": the one calling acts against Pyongyang."""
    targets = [k for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ in cue.preps
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(cue, f.actors.subjects(urge)[0], targets, noun, f"{urge.text} {noun.text}", cue.confidence - 0.1)


def drawn(f: Finder, noun, cue: C.Cue) -> None:
    """ "Israel's decision drew condemnation from Turkey": Turkey opposes Israel (the subject, or its owner)."""
    critics = [k for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not critics:
        return
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if any(s.tag_ in ("WDT", "WP") for s in subjects):   # "a mission in Afghanistan, which faces attacks from"
        subjects = [noun.head.head] if noun.head.dep_ == "relcl" else []
    targets = [k for c in noun.head.children if c.dep_ == "dative" for k in f.actors.of(c)]   # "earned him a rebuke"
    targets = targets or [k for s in subjects for k in f.actors.of(s)]
    if not targets:   # the act's agent: "Israel's decision", "the U.S. strike", "the offensive by Russia"
        targets = [f.actors.key_at[c.i] for s in subjects for c in s.children
                   if c.dep_ in ("poss", "amod", "compound") and c.i in f.actors.key_at
                   and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
        targets += [k for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "by"
                    for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets = targets or [k for s in subjects for k in f.agent_of_event(s)]   # "The offensive drew ..."
    f.add(cue, critics, targets, noun, f"{noun.head.text} {noun.text} from", cue.confidence - 0.05)


def stance_noun(f: Finder, noun) -> None:
    """ "Trump, who has taken a more hawkish line on Iran", "his tough stance toward Tehran": opposition."""
    if not any(c.dep_ == "amod" and c.lower_ in C.HARD_ADJECTIVES for c in noun.children) or hedged(noun) or (
            noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head)):
        return
    targets = [k for h in (noun, noun.head) for c in h.children if c.dep_ == "prep"
               and c.lower_ in ("on", "toward", "towards", "against") for o in c.children if o.dep_ == "pobj"
               for k in f.actors.of(o)]
    sources = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
    sources = sources or [k for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                          for o in a.children for k in f.actors.of(o)]   # "a harder line espoused by Trump"
    sources = sources or [k for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]   # "a tougher line ... from X"
    if not sources and noun.dep_ == "dobj":
        sources = f.actors.subjects(noun.head)[0]
    f.add(C.STANCE, sources, targets, noun, f"{noun.text} on")


def recognize_capital(f: Finder, verb) -> None:
    """ "decided to recognize Jerusalem as Israel's capital": an endorsement of the state whose capital it is."""
    if hedged(verb):
        return
    doc, key_at = verb.doc, f.actors.key_at
    end = min(verb.sent.end, verb.i + 14)   # read the words: the parser often breaks "as X's capital" apart
    as_ = next((t for t in doc[verb.i + 1:end] if t.lower_ == "as"), None)
    cap = next((t for t in doc[as_.i + 1:end] if t.lemma_ == "capital"), None) if as_ is not None else None
    if cap is None or cap.i - as_.i > 5:
        return
    whose = [key_at[t.i] for t in doc[as_.i + 1:cap.i] if t.i in key_at]
    if not whose and cap.i + 2 < len(doc) and doc[cap.i + 1].lower_ == "of":
        whose = [key_at[t.i] for t in doc[cap.i + 2:min(end + 3, cap.i + 5)] if t.i in key_at][:1]
    f.add(C.ENDORSE, f.actors.subjects(verb)[0], [k for k in whose if k.startswith("state:")][:1], verb,
          f"{verb.text} as capital")


def quoted_speaker(f: Finder, tok) -> list[str]:
    """Who says the clause a token stands in: the subject of the speech verb above it, or the speaker of
    the quotation it stands in ("These heinous actions ...," Trump said)."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in C.SPEECH_VERBS:
            return [k for c in node.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
        node = node.head
    before = tok.doc[tok.sent.start:tok.i].text
    if sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1 or before.lstrip()[:1] in ('"', "\u201c"):
        got = f.actors.speaker(tok)
        return [got] if got else []
    return []


def condemned_act(f: Finder, adj) -> None:
    """ "These heinous actions by the Assad regime," Trump said: the speaker condemns the regime."""
    noun = adj.head
    if adj.dep_ != "amod" or hedged(noun) or noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head):
        return
    if noun.lemma_.lower() in C.ACT_NOUNS or noun.lower_ in C.ACT_NOUNS:
        targets = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        targets += [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
        targets += [f.actors.key_at[c.i] for c in noun.children if c.dep_ in ("amod", "compound")
                    and c.i in f.actors.key_at]
    else:
        targets = f.actors._one(noun, 1) if noun.lemma_.lower() in C.FORCE_NOUNS else []   # "the murderous regime"
    if targets:
        f.add(C.CRITICIZE, quoted_speaker(f, noun), targets, adj, f"{adj.text} {noun.text}", 0.7)


def responsibility(f: Finder, tok) -> None:
    """ "Russia bears primary responsibility for the attack", "X is responsible for the killings" (said by a
    speaker), "holds Russia responsible for the attack": blame for a harm."""
    harm = any(o.lemma_.lower() in C.HARM_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
               for o in c.children if o.dep_ == "pobj")
    verb = tok.head.head if tok.dep_ == "amod" and tok.head.dep_ == "dobj" else tok.head   # "held Hamas responsible"
    if not harm or verb.pos_ not in ("VERB", "AUX") or hedged(verb) or any(c.dep_ == "neg" for c in tok.children):
        return
    if tok.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "amod") and verb.lemma_ == "hold":   # "holds Russia responsible"
        f.add(C.RESPONSIBLE, f.actors.subjects(verb)[0],
              [k for c in (*verb.children, *tok.children) if c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.head.i == tok.i)
               for k in f.actors.of(c)], tok, f"held {tok.text}")
    elif (tok.dep_ == "dobj" and verb.lemma_ in ("bear", "carry", "have", "shoulder")) or (
            tok.dep_ == "acomp" and verb.lemma_ == "be"):   # "X bears responsibility", "X is responsible"
        f.add(C.RESPONSIBLE, quoted_speaker(f, verb), f.actors.subjects(verb)[0], tok, f"{verb.text} {tok.text}")


def removal_demand(f: Finder, noun) -> None:
    """ "Turkey has long demanded Assad's removal", "the party called for the resignation of President X": a demand that
    a named person (or the regime he leads) go opposes him."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in C.DEMAND_VERBS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ in C.CALL_FOR_VERBS:
        verb = noun.head.head
    else:
        return
    if hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    whose = [c for c in noun.children if c.dep_ == "poss"]
    whose += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    # a person, or "the Assad regime" (not "Britain's departure from the EU", not "the removal of troops")
    targets = [k for w in whose if w.i in f.actors.key_at and f.actors.key_at[w.i].startswith("person:")
               or w.lemma_.lower() in C.REGIME_NOUNS for k in f.actors.of(w)]
    f.add(C.DEMAND, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text}", 0.65)


def custody_demand(f: Finder, noun) -> None:
    """ "A Peruvian court ordered the arrest of X", "Peru is seeking the extradition of X", "called for X's detention",
    "issued an arrest warrant for X": custody ordered or asked for opposes the named person it is for."""
    warrant = noun.lemma_.lower() in ("warrant", "warrants")
    if warrant and not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in C.CUSTODY_ASKED_NOUNS
                           for c in noun.children):
        return
    if noun.dep_ == "dobj" and noun.head.lemma_ in C.CUSTODY_ASK_VERBS and (warrant or noun.head.lemma_ != "issue"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ in C.CALL_FOR_VERBS:
        verb = noun.head.head
    else:
        return
    if hedged(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    prep = "for" if warrant else "of"
    whose = [c for c in noun.children if c.dep_ == "poss" and not warrant]
    whose += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]
    # named persons only: "the arrest of 40 suspects", "warrants for 99 people" name no actor
    targets = [k for w in whose if w.i in f.actors.key_at and f.actors.key_at[w.i].startswith("person:")
               for k in f.actors.of(w)]
    cue = C.DETAIN if verb.lemma_ in ("order", "issue") else C.DEMAND
    f.add(cue, f.actors.subjects(verb)[0], targets, noun, f"{verb.text} {noun.text}", 0.65)
