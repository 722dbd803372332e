"""Event anaphora: reactions whose target is told only elsewhere in the article.

"Two reporters were arrested in Sylvania. ... Freedonia condemned the arrests and called for their release":
the arrests are Sylvania's, so Freedonia opposes Sylvania. The `Finder` keeps an article-wide memory of the acts its
rules read (custody, attacks, sanctions: kind, sentence, agents, patients); this pass, run after every rule, reads
the reactions to "the arrests / the attack / the sanctions / their release" and attaches each to the agent of that
kind of act, only when the article tells of one agent for it (an event told once, or always by the same hand).
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged

# the reaction verbs: criticism, denunciation, rejection (CAMEO 110-112)
REACTION_CAMEO = frozenset("110 111".split())   # not blame (112): "blamed the attack on X" names its own target
REACTION_EXTRA = frozenset("protest deplore".split())   # "protested the arrests", "deplores these attacks"
# words before an event noun that point back to an act told before ("the arrests", "these attacks", "such raids")
BACK_DETS = frozenset("the this these that those such".split())
# verbs whose object "release" is asked for, and heads of "for" that ask: "demanded their release", "called for the
# release of the journalists", "pressed for his release"
ASK_VERBS = frozenset("demand seek urge request want press".split())
ASK_FOR_HEADS = frozenset("call ask press push appeal plead campaign lobby demand".split())
# verbs whose object is asked to release: "called on Sylvania to release the reporters", "urged the authorities to
# free them"
ASK_TO_VERBS = frozenset("call urge ask press demand".split())
RELEASE_LEMMAS = frozenset("release free".split())
# who is held: named persons, pronouns, or a noun for people held ("the journalists", "the two reporters")
HELD_NOUNS = frozenset("""journalist journalists reporter reporters activist activists detainee detainees prisoner
prisoners dissident dissidents lawyer lawyers student students sailor sailors citizen citizens national nationals
worker workers crew man men woman women blogger bloggers photographer photographers leader leaders member members
opponent opponents critic critics official officials diplomat diplomats captive captives""".split())


def read_reactions(f: Finder) -> None:
    """Reactions to an act told elsewhere: opposition to its agent, the one event memory of the article gives."""
    # the nouns the article says were held: "two engineers were arrested" makes "the engineers" someone held
    taken = HELD_NOUNS | {c.lemma_.lower() for v in f.ctx.tokens if v.pos_ == "VERB"
                          and C.MEMORY_KINDS.get(v.lemma_.lower()) == "custody"
                          for c in (*v.children, v.head) if c.pos_ == "NOUN" and (c.dep_ in ("dobj", "nsubjpass")
                                                                                 or v.dep_ == "acl" and c.i == v.head.i)}
    for tok in f.ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in REACTION_EXTRA or lemma in C.VERBS and C.VERBS[lemma].rel == "opposes"
                                   and C.VERBS[lemma].cameo in REACTION_CAMEO):
            _condemned(f, tok, C.VERBS.get(lemma, C.CRITICIZE))
        if lemma in RELEASE_LEMMAS:
            _release_asked(f, tok, taken)


def remember_owned_acts(f: Finder) -> None:
    """Acts told by a noun with their owner, which no rule reads as a relation, so the memory takes them itself:
    custody with its state ("detention in Sylvania", "in Sylvanian custody", "Sylvania's arrest of X") and acts known
    by their owner ("Freedonia's decision", "the U.S. move", "the Sylvanian referendum")."""
    for tok in f.ctx.tokens:
        kind = C.MEMORY_KINDS.get(tok.lemma_.lower())
        if tok.pos_ != "NOUN" or kind not in C.ARTICLE_KINDS or tok.i in f.actors.key_at or hedged(tok):
            continue
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON"
                  and c.i in f.actors.key_at and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
        owners += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in (("in", "by") if kind == "custody" else ("by",))
                   for o in c.children if o.dep_ == "pobj" and o.i in f.actors.key_at]
        keys = {f.stand_for(k, True) for o in owners for k in f.actors.of(o)}
        if kind == "custody":
            keys = {k for k in keys if k.startswith("state:")}   # a state holds; "the Reuters journalists' arrest"
        if len(keys) == 1:
            held = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj" for k in f.actors.of(o)]
            f.memory.append((kind, tok.i, tuple(keys), tuple(held)))
    for verb in f.ctx.tokens:   # "two reporters detained in Sylvania": a participle no rule reads as the state's act
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and C.MEMORY_KINDS.get(verb.lemma_.lower()) == "custody" \
                and not hedged(verb) and not any(c.dep_ == "agent" for c in verb.children):
            states = {f.actors.key_at[o.i] for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj" and f.actors.key_at.get(o.i, "").startswith("state:")}
            if len(states) == 1:
                f.memory.append(("custody", verb.i, tuple(states), tuple(f.actors.of(verb.head))))


def _condemned(f: Finder, verb, cue: C.Cue) -> None:
    """ "Z condemned the arrests", "the attack was denounced by Z": Z opposes the act's one agent."""
    if hedged(verb):
        return
    sources, passive = f.actors.subjects(verb)
    objs = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if verb.lemma_ == "protest":
        objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
                 for o in c.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]   # "condemned the arrests and the raids"
    for obj in objs:
        targets = act_agents(f, obj) or _state_only_act(f, obj)
        if targets:
            held = _held_of(f, obj)
            f.add(cue, [k for k in sources if k not in held], targets, verb, f"{verb.text} the {obj.text}",
                  cue.confidence - 0.1)


def act_agents(f: Finder, noun) -> list[str]:
    """Who did the act a noun points back to ("the arrests", "these attacks", "the decision"), by the article's event
    memory: the holder of the persons "of" an arrest, else the act's one agent; nothing for a noun with its own agent."""
    kind = C.MEMORY_KINDS.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN" or not _told_before(noun):
        return []
    return f.holder_of(_held_of(f, noun), noun) if kind == "custody" else f.agents_of(kind, noun)


def _state_only_act(f: Finder, noun) -> list[str]:
    """The state of a condemned crackdown that names no agent ("denounced a military crackdown"): only a state's
    organs crack down, so it is the story's one state's (`_sole_force_state`); nothing for one with an owner, a "by"
    phrase or a name before it, which the rules read (or leave) themselves."""
    if noun.lemma_.lower() not in C.STATE_ONLY_ACTS or noun.pos_ != "NOUN" or hedged(noun):
        return []
    kids = list(noun.children)
    if any(c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ == "by" or c.i in f.actors.key_at
           or c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN") for c in kids):
        return []
    return f.actors._sole_force_state(noun)


def _held_of(f: Finder, noun) -> list[str]:
    """The persons an act is "of": "the arrest of X"."""
    return [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
            if o.dep_ == "pobj" for k in f.actors.of(o) if k.startswith("person:")]


def _told_before(noun) -> bool:
    """Whether an event noun points back to an act and names no agent of its own ("the arrests", not "Iran's
    arrests", "the arrests by police", "U.S. strikes", "an attack")."""
    kids = list(noun.children)
    if any(c.dep_ in ("poss", "agent") or c.dep_ == "prep" and c.lower_ == "by" for c in kids):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN") for c in kids):
        return False   # "the Saudi-led strikes", "the Houthi attack": its own agent, read by the rules (or not)
    det = [c for c in kids if c.dep_ == "det"]
    if det:
        return det[0].lower_ in BACK_DETS
    return noun.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)   # "denounce arrests of X"


def _release_asked(f: Finder, tok, taken: frozenset | set) -> None:
    """ "Z demanded their release", "called for the release of the journalists", "urged Y to release them": Z
    opposes whoever holds them (named in "from detention in Y", or the article's one holder)."""
    asker, held, holders = None, [], []
    if tok.pos_ == "NOUN":
        if tok.dep_ == "dobj" and tok.head.lemma_ in ASK_VERBS:
            asker = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in ASK_FOR_HEADS:
            asker = tok.head.head
        held = [c for c in tok.children if c.dep_ == "poss"] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        holders = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for n in c.children
                   if n.dep_ == "pobj" and C.MEMORY_KINDS.get(n.lemma_.lower()) == "custody"
                   for p in n.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                   if o.dep_ == "pobj" and f.actors.key_at.get(o.i, "").startswith("state:") for k in f.actors.of(o)]
    elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.head.lemma_ in ASK_FOR_HEADS \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        asker = tok.head   # "called for the journalists to be released"
        held = [c for c in tok.children if c.dep_ == "nsubjpass"]
    elif tok.pos_ == "VERB" and (ask := _asked_to(tok)) is not None:
        asker = ask   # "called on Y to release them", "urged Y to protect the press and free them": Y is asked,
        held = [c for c in tok.children if c.dep_ == "dobj"]   # and is the holder when it is a state
        holders = [k for c in asker.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "on"
                   for o in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])
                   for k in f.actors.of(o) if k.startswith("state:")]
    if asker is None or hedged(asker) or not held or not all(_held(f, h, taken) for h in held):
        return
    held_keys = [k for h in held for k in f.actors.of(h) if k.startswith("person:")]
    targets = holders or f.holder_of(held_keys, tok)
    askers = [k for k in f.actors.subjects(asker)[0] if k not in held_keys]   # "we call for his release": not him
    f.add(C.DEMAND, askers, targets, tok, f"{asker.text} release", C.DEMAND.confidence)
    if holders and held_keys:
        # the state asked to release named persons, or told as the one they are held in, holds them: "urged Sylvania
        # to release X and Y", "demanded X's release from detention in Sylvania" (the state opposes X and Y)
        f.add(C.DETAIN, holders, held_keys, tok, f"{asker.text} {tok.text}", C.DETAIN.confidence)
    if not {f.stand_for(k, True) for k in askers} & {f.stand_for(k, True) for k in targets}:
        # and stands up for them; not when the asker is read as their holder: a misparse ("X was imprisoned and has
        # called for his release", the call hung on the custody verb)
        f.add(C.DEFEND, askers, held_keys, tok, f"{asker.text} release", C.DEFEND.confidence)


def _asked_to(verb):
    """The verb of asking whose infinitive a verb is, itself or through a conjunct: "urged Y to protect the press and
    release the reporters"."""
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" else verb
    return node.head if node.dep_ == "xcomp" and node.head.lemma_ in ASK_TO_VERBS and node.head.i != node.i else None


def _held(f: Finder, tok, taken) -> bool:
    """Whether a token is someone who can be held: a named person, a personal pronoun, a noun for people or one the
    article says was taken ("the engineers" after "two engineers were arrested")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("their", "his", "her", "them", "him")
    keys = f.actors.of(tok)
    if keys:
        return all(k.startswith("person:") for k in keys)
    return tok.lemma_.lower() in taken or tok.lower_ in taken
