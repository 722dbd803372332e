"""Whether a clause tells of a meeting that took place: tense, perfect, modals, journeys, time clauses, calls."""

from __future__ import annotations

from . import cues as C
from .relations import hedged

# a journey that took place: "made an unscheduled stopover to meet", "flew to Riyadh to hold talks"
TRAVEL_VERBS = C.ARRIVE_VERBS | {"come", "head", "return", "stop", "visit", "fly", "travel", "jet"}
TRAVEL_NOUNS = frozenset("stopover stop trip visit tour journey detour".split())
# verbs whose infinitive happened: "got to know", "managed to meet"
DONE_HEADS = frozenset("get manage".split())


def remote(tok) -> bool:
    """Whether a meeting word is a phone or video call ("in a phone call", "by video link")."""
    words = {t.lower_ for t in tok.sent}
    near = {t.lower_ for t in tok.doc[max(0, tok.i - 4):tok.i + 5]}
    return bool(near & C.REMOTE_WORDS) or ("phone" in words and "call" in words)


def conjuncts(tok) -> list:
    """A noun phrase's head and the heads conjoined with it ("Hamas ... and Abbas's Fatah faction")."""
    return [tok, *[x for c in tok.children if c.dep_ == "conj" for x in conjuncts(c)]]


def past(verb) -> bool:
    """Whether a clause tells of something done: a past tense ("met", "has met", "was meeting")."""
    while verb.tag_ == "VB" and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head   # "got to know ... during his trip": the tense is the governing verb's
    if verb.tag_ == "VBD" or bare_participle(verb):
        return True
    return verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "was", "were")
                                               for c in verb.children)


def bare_participle(verb) -> bool:
    """ "Pakistan's foreign minister on Thursday described as hollow ...": a main verb tagged a past participle with a
    subject of its own and no auxiliary is the tagger's slip for a simple past."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children)


def pending(verb) -> bool:
    """ "to allow the two countries to hold talks": an infinitive is not an event unless it is the purpose of
    a journey that took place."""
    if verb.dep_ in ("acl", "relcl") and any(c.lower_ in ("first", "only", "last", "most") or c.tag_ == "JJS" or any(
            g.lower_ == "most" for g in c.children) for c in verb.head.children):
        return False   # "the first Turkish president to visit Greece in 65 years" did visit
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not journey_done(verb)


def own_tense(verb) -> bool:
    """ "agreed to honor the policy and then hosted Xi": a past verb the parser conjoined to an infinitive
    is told as done in its own right, when the verb governing the infinitive is not itself hedged."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" \
        and not hedged(head.head, planned=True)


def journey_done(verb) -> bool:
    """A meeting as the purpose of a journey that took place: "made an unscheduled stopover to meet Y",
    "flew to Riyadh to meet Y" (the trip is told as done, so is its purpose), or under a verb that says it
    happened ("got to know ... during his trip"); "plans to fly ... to meet", "arranged to meet" are not."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ in C.MODALS | C.NEGATIONS for c in verb.children):
        return False
    journey = head.lemma_ in TRAVEL_VERBS | DONE_HEADS or any(c.dep_ == "dobj" and c.lemma_ in TRAVEL_NOUNS
                                                              for c in head.children) or (
        head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children))   # "was in X to meet"
    return journey and past(head) and not hedged(head, planned=True)


def perfect(tok) -> bool:
    """Whether the clause of a meeting word is in the perfect ("has traveled", "had already held talks")."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve", "'d")
                                      for c in verb.children)


def still_to_come(tok) -> bool:
    """Whether the clause of a meeting word tells it "later" in the present: "the last of which is his meeting with Y
    later on Sunday", "is meeting Y later today", "holds talks with Y later this week" (still to come on the day the
    story is written). Not a past clause ("met Y later on Sunday": done)."""
    verb, path = tok, [tok]
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
        path.append(verb)
    later = any(c.dep_ == "advmod" and c.lower_ == "later" or c.dep_ in ("npadvmod", "prep") and any(
        x.dep_ == "advmod" and x.lower_ == "later" for x in c.children)   # "later today": "later" hangs on "today"
        for node in path for c in node.children)
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children)
    return later and present


def modal(verb) -> bool:
    """Whether a verb or a verb governing it (through infinitives) carries a modal or "will"."""
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in C.MODALS or c.lower_ in ("will", "'ll", "shall"))
               for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def here_for_talks(verb) -> bool:
    """ "is in Ankara for a two-day visit": a present stay for a visit or talks is under way (not "is due in")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_ in C.MEET_NOUNS for o in c.children)
               for c in verb.children) and not any(c.dep_ in ("acomp", "attr") for c in verb.children)


def on_sidelines(verb) -> bool:
    """ "spoke to Y on the sidelines of the summit": talk at a gathering is face to face."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(o.lemma_ == "sideline" for o in c.children)
               for c in verb.children)


def while_done(verb) -> bool:
    """ "the bill did not come up while he was on a visit to Riyadh": a past time clause took place, whatever
    its main clause denies."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "when", "as", "after", "since")
                                        for c in verb.children) and past(verb) and not modal(verb) \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ in C.MODALS for c in verb.head.children)


def after_done(verb) -> bool:
    """ "seem to have warmed to each other after meeting for the first time": a meeting in an "after/since" phrase of
    a clause told as done took place, whatever the clause hedges about itself."""
    head = verb.head.head
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following", "since") and head.pos_ in ("VERB", "AUX") \
        and past(head) and not modal(head)
