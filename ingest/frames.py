"""Argument frames shared by the relation nouns (nominal.noun_cue): a quantity noun between a cue and its verb
("a ninth round of sanctions on X"), the noun's agent after "from" ("criticism from Moscow"), arms nouns that are
cues only of arms ("an arms deal with X", "the sale of weapons to X") and "in defiance of" (the defier opposes the
one defied, or the owner of what is defied: "in defiance of U.N. sanctions").
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged

# "a fresh round of sanctions", "a $1 billion package of aid", "a wave of strikes": the noun that takes the verb
QUANTITY_NOUNS = frozenset("""round rounds package packages wave waves series set sets raft batch batches barrage
spate string flurry volley salvo salvos tranche tranches slew number host dozens hundreds thousands scores worth""".split())
# nouns that are cues only when they are about arms: "its weapons ban on X", "U.S. arms sales to Taiwan"
ARMS_GATED = frozenset("ban deal sale".split())
DEFIED = C.Cue("opposes", "110", "REJECT", 0.7)   # a resolution or warning against the defier
# "an embargo on exports to X", "a ban on imports from X": the trade named is X's
TRADE_NOUNS = frozenset("""export exports import imports trade shipment shipments sale sales supply supplies delivery
deliveries flight flights investment investments""".split())


def traded_with(f: Finder, goods) -> list[str]:
    """Whom a trade noun is with: "exports to North Korea", "imports from Iran", "trade with Qatar"."""
    if goods.lemma_.lower() not in TRADE_NOUNS and goods.lower_ not in TRADE_NOUNS:
        return []
    return [k for c in goods.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "with")
            for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]


class Slot:
    """A cue noun seen from the quantity noun that governs it: "imposed [a round] of [sanctions] on X" reads as
    "imposed sanctions on X" (the quantity noun's place in the clause, the children of both)."""

    def __init__(self, noun, place):
        self._noun, self._place = noun, place

    def __getattr__(self, name):
        return getattr(self._noun, name)

    @property
    def dep_(self) -> str:
        return self._place.dep_

    @property
    def head(self):
        return self._place.head

    @property
    def children(self):
        yield from self._noun.children
        for c in self._place.children:   # "the EU's new round of sanctions on Russia": "EU's" and "on" are the round's
            if not (c.dep_ == "prep" and c.lower_ == "of"):
                yield c


def lifted(noun):
    """The cue noun, or its Slot when a quantity noun governs it ("a second wave of airstrikes")."""
    place = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if place is None or QUANTITY_NOUNS.isdisjoint((place.lemma_.lower(), place.lower_)) or place.pos_ not in ("NOUN", "NUM"):
        return noun
    if any(c.dep_ == "det" and c.lower_ == "the" for c in place.children) and place.lower_ in ("number", "host"):
        return noun   # "the number of strikes rose": a count, not an act
    return Slot(noun, place)


def arms_cue(tok) -> bool:
    """Whether a gated noun is about arms: "arms ban", "weapons deal", "the sale of arms to X"."""
    return any(c.lower_ in C.ARMS_WORDS or c.dep_ == "prep" and c.lower_ in ("of", "on") and any(
        o.lower_ in C.ARMS_WORDS or any(m.lower_ in C.ARMS_WORDS for m in o.children if m.dep_ == "compound")
        for o in c.children) for c in tok.children)   # "the sale of arms", "a ban on arms sales"


def from_agents(f: Finder, noun) -> list[str]:
    """The noun's agent told after "from": "criticism from Moscow", "air strikes from a U.S.-led coalition"."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in C.RECEIVE_VERBS | C.DRAW_VERBS:
        return []   # "drew criticism from X", "received aid from X": the subject is the target, read elsewhere
    return [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) or f.actors._leader(o)]


# "evaded U.S. sanctions", "in defiance of U.N. resolutions", "despite EU sanctions": a standing measure the
# subject goes against; the measure's owner opposes the subject (as "under U.S. sanctions": coercion.under_sanctions)
DEFY_VERBS = frozenset("defy evade flout violate breach skirt circumvent bust dodge".split())
MEASURE_NOUNS = frozenset("""sanction sanctions embargo resolution resolutions warning warnings pressure ultimatum
condemnation""".split())


def defied_measures(f: Finder, tok) -> None:
    """ "North Korea is pursuing its programmes in defiance of U.N. Security Council sanctions" (the UNSC opposes North
    Korea: dev isot-014916, h6 isot-013693), "helping Iran evade U.S. sanctions", "despite warnings from Washington".
    Defying an actor itself ("in defiance of Baghdad") is no relation (ANNOTATION: defiance is not a trigger)."""
    if tok.pos_ in ("VERB", "AUX"):
        verb, measures = tok, [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in":   # "in defiance of"
        verb = tok.head.head
        measures = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj"]
    else:   # "despite"
        verb, measures = tok.head, [c for c in tok.children if c.dep_ == "pobj"]
    for _ in range(2):   # "fired a missile on Friday in defiance of ...": the parser may hang "in" on a noun
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep", "npadvmod"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or hedged(verb) or tok.i != verb.i and hedged(tok):
        return
    measures = [x for o in measures for x in (o, *o.conjuncts) if x.lower_ in MEASURE_NOUNS]
    owners = []
    for m in measures:
        if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in m.children):
            continue   # "violating U.S. sanctions on Iran": the sanctions are on someone else (read as a cue noun)
        owners += [f.actors.key_at[c.i] for c in m.children
                   if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in f.actors.key_at]
        owners += [k for c in (*m.children, *(tok.children if tok.i != verb.i else ()))
                   if c.dep_ == "prep" and c.lower_ in ("from", "by")   # "warnings from the United States"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if owners:
        word = "in defiance of" if tok.lower_ == "defiance" else tok.text
        f.add(C.SANCTION if measures[0].lemma_ in ("sanction", "embargo") else DEFIED, owners,
              f.actors.subjects(verb)[0], tok, f"{word} {measures[0].text}", 0.7)
