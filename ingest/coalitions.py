"""Parties that govern together: "X formed a coalition with Y", "X has governed with Y", "to share power with Y".

The gold reads partners in a government as allies (alliedWith), as it reads "its coalition partner" and sister
parties (`nominal.ally_noun`, `nominal.sister_party`). Only parties are read: "Saudi Arabia formed a coalition with
..." is a military one (read as membership of a led coalition), and an official would stand for his state.
Used by `relations`; each function takes the Finder and the token that carries the cue.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged
from .nominal import COURTED_WORDS, parties

# "formed / entered / led a coalition with Y", "renewed its coalition with Y": a coalition that exists
COALITION_VERBS = frozenset("form enter join lead head renew extend continue keep maintain build forge".split())
# "a possible / planned coalition with Y": not yet governing together
UNMADE_WORDS = C.UNSURE_WORDS | COURTED_WORDS | frozenset(
    "possible potential planned proposed new future hypothetical another".split())


def _with_parties(f: Finder, *heads) -> list[str]:
    """The parties after "with" (also "together with") on any of the given tokens."""
    objs = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]
    return parties(f, [k for o in objs for k in f.actors.of(o)])


# "a bloc / parliamentary party made up of X and Y": a group of parties acting as one
BLOC_NOUNS = frozenset("bloc party group alliance coalition union conservatives".split())


def bloc_members(f: Finder, noun) -> list[str]:
    """The parties a bloc is "made up of" / "composed of" / "consists of" / "comprises" ("Merkel's parliamentary
    party, made up of her CDU and the CSU")."""
    if noun.lemma_.lower() not in BLOC_NOUNS:
        return []
    heads = [c for c in noun.children if c.dep_ in ("acl", "relcl") and (
        c.lemma_ == "make" and any(p.dep_ == "prt" and p.lower_ == "up" for p in c.children)
        or c.lemma_ in ("compose", "consist", "comprise"))]
    heads += [p for h in heads for p in h.children if p.dep_ == "prt"]   # "of" hung on "up" by the parser
    parts = [o for h in heads for c in h.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "of"
             for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
    return parties(f, list(dict.fromkeys(k for o in parts for t in (o, *o.conjuncts) for k in _short_named(f, t))))


def _short_named(f: Finder, tok) -> list[str]:
    """The party a name stands for, read through its bracketed short name when it has one: "her Christian Democrats
    (CDU)" (the long form is often taken for another party, "Democrats")."""
    short = [c for c in tok.children if c.dep_ == "appos" and c.i in f.actors.key_at and c.i > 0
             and tok.doc[c.i - 1].text == "("]
    return [f.actors.key_at[short[0].i]] if short else f.actors._one(tok, 0)


def made_of(f: Finder, noun) -> None:
    """ "the conservative bloc, made up of the CDU and the CSU": the parties of one bloc are allies."""
    members = bloc_members(f, noun)
    if len(members) >= 2 and not hedged(noun):
        f.add(C.TIES, members[:1], members[1:], noun, f"{noun.text} made up of")


def governs_with(f: Finder, verb) -> None:
    """ "The CDU has governed with the SPD", "won enough votes to share power with the CDU": allies. Not "could rule
    with", "refused to govern with" (hedged), nor "ruled with an iron fist" (no party after "with")."""
    if verb.lemma_ == "share" and not any(c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children):
        return
    if hedged(verb) or any(c.dep_ == "prt" for c in verb.children):
        return   # "ruled out a coalition with the FF" refuses it
    power = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ == "share" else []
    partners = _with_parties(f, verb, *power)   # the parser may hang "with" on "power"
    if partners:
        sides = parties(f, f.actors.subjects(verb)[0]) or [
            k for c in verb.children if c.dep_ == "nsubj" for k in bloc_members(f, c)]   # "the bloc, made up of X
        f.add(C.TIES, sides, [k for k in partners if k not in sides], verb, f"{verb.text} with")   # and Y, has ..."


def coalition_with(f: Finder, noun) -> None:
    """ "Schuessel's party formed a coalition with the Freedom Party", "the Greens have been in a coalition with
    National", "the CDU's coalition with the SPD": allies. Not a possible, planned or hoped-for coalition ("talks on
    a coalition with", "if they go into coalition with", "ruled out a coalition with"), nor a military one."""
    if any(c.lower_ in UNMADE_WORDS for c in noun.children) or hedged(noun):
        return
    head = noun.head
    verb = head.head if noun.dep_ == "pobj" and head.lower_ in ("in", "into") else head
    partners = _with_parties(f, noun, verb) if verb.i != noun.i else _with_parties(f, noun)
    if not partners:
        return
    owners = parties(f, [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)])
    if owners:
        sides = owners
    elif noun.dep_ == "dobj" and verb.lemma_ in COALITION_VERBS or noun.dep_ == "pobj" and verb.i != head.i \
            and verb.pos_ in ("VERB", "AUX"):
        if hedged(verb):
            return
        sides = parties(f, f.actors.subjects(verb)[0])
    else:
        return
    f.add(C.TIES, sides, [k for k in partners if k not in sides], noun, "coalition with")


# "the agreement between the Labour Party and the Centre Party": a deal two parties made
DEAL_NOUNS = frozenset("deal pact agreement accord".split())
# a deal sought, weighed or refused is not made: "refused to exclude any deal with", "negotiating its deal with"
SOUGHT_VERBS = frozenset("""seek want need negotiate discuss consider explore pursue propose reject rule oppose
hope try push demand offer urge eye court""".split())
# "a deal with X" made by the subject of these: "the Greens reached / struck / sealed an agreement with Labour"
MADE_VERBS = frozenset("reach strike seal sign conclude clinch make forge agree secure".split())


def _strict_parties(f: Finder, keys: list[str]) -> list[str]:
    """The actors the extractor calls parties (not orgs of no kind: a deal between two firms is none)."""
    return [k for k in keys if getattr(f.ctx.entities.get(k), "org_kind", None) == "party"]


def party_deal(f: Finder, noun) -> None:
    """ "last week's agreement between Labour and the Centre Party", "the Greens' pact with Labour", "the Greens
    sealed a deal with Labour": two parties that made a deal are allies (the gold reads coalition,
    confidence-and-supply and reconciliation deals so). Both sides must be named parties; never a deal
    only sought, weighed or refused ("talks on a deal with", "refused to exclude any deal with"), a possible or planned
    one, a peace or trade deal, nor a hedged clause."""
    if any(c.lower_ in UNMADE_WORDS | C.NEGATIONS | C.PEACE_WORDS | C.TRADE_PACT_WORDS for c in noun.children) \
            or hedged(noun):
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and (verb.lemma_ in SOUGHT_VERBS or hedged(verb)):
        return
    sides: list[str] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            sides += [k for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts) for k in f.actors._one(t, 0)]
    if not sides:
        made = noun.dep_ == "dobj" and verb.lemma_ in MADE_VERBS
        partners = _strict_parties(f, _with_parties(f, noun, verb) if made else _with_parties(f, noun))
        owners = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
        if not owners and made:
            owners = f.actors.subjects(verb)[0]   # "X sealed a deal with Y", "X and Y reached an agreement"
        sides = owners + partners if partners or made else []
    sides = list(dict.fromkeys(_strict_parties(f, sides)))
    if len(sides) >= 2:
        f.add(C.TIES, sides[:1], sides[1:], noun, f"{noun.text} between parties")


# "long the junior member in the Labour-led cabinet", "the loyal junior partner to Labour": a place in a government
RANK_WORDS = frozenset("junior senior coalition governing".split())
GOVERNMENT_NOUNS = frozenset("government coalition cabinet".split())


def _leader(f: Finder, body) -> list[str]:
    """The parties that lead a government or coalition: "a Labour-led government", "the coalition led by Labour"."""
    keys: list[str] = []
    for c in body.children:
        if c.dep_ in ("amod", "compound") and c.lower_ == "led":   # "Labour Party-led": the name hangs on "led"
            keys += [k for n in c.children if n.dep_ in ("npadvmod", "compound", "nmod") for k in f.actors.of(n)]
        elif c.dep_ in ("amod", "compound") and c.lower_.endswith("-led") and c.i in f.actors.key_at:
            keys.append(f.actors.key_at[c.i])
        elif c.dep_ == "acl" and c.lower_ == "led":
            keys += [k for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                     for k in f.actors.of(o)]
    return parties(f, keys)


def junior_partner(f: Finder, noun) -> None:
    """ "The Centre Party, long the junior member in the Labour-led cabinet", "the small junior partner in the
    coalition led by Labour", "became the loyal junior partner to Labour", "has governed as the loyal junior partner
    to Labour": the two parties are allies. Both must be parties (not "a partner in the Saudi-led coalition", a
    state's military one); "to Y" needs a rank word (junior, senior, coalition: not "a trade partner to"); never
    hedged ("would become the loyal junior partner to"), nor a possible or former partner."""
    if noun.lemma_ not in ("partner", "member") or hedged(noun):
        return
    if any(c.lower_ in C.NON_ALLY_MODIFIERS - {"coalition"} | UNMADE_WORDS for c in noun.children):
        return
    ranked = any(c.lower_ in RANK_WORDS for c in noun.children)
    bodies = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj" and o.lemma_ in GOVERNMENT_NOUNS]
    leaders = [k for o in bodies[:1] for k in _leader(f, o) or _leader(f, noun)]   # "a partner in the cabinet led by
    # Labour": the parser may hang "led" on the partner
    verb = noun.head if noun.dep_ == "attr" else noun.head.head if (
        noun.dep_ == "pobj" and noun.head.lower_ == "as") else None
    if not leaders and ranked and noun.lemma_ == "partner" and verb is not None and not hedged(verb):
        leaders = parties(f, [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)])
    if not leaders:
        return
    if noun.dep_ == "appos":
        described = f.actors.of(noun.head)
    elif verb is not None and not hedged(verb):
        described = f.actors.subjects(verb)[0]
    else:
        return
    described = [k for k in parties(f, described) if k not in leaders]
    f.add(C.TIES, described, leaders, noun, f"{noun.text} in a government led by")
