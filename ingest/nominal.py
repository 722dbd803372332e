"""Relations carried by nouns: "Iran's backing of Assad", "X, an ally of Y", "close ties", "the rift between".

Each function takes the Finder and a cue noun (or a compound part) and records what it finds.
"""

from __future__ import annotations

from . import cues as C
from .finder import Finder, hedged
from .frames import from_agents, lifted, traded_with
from .stances import called_for, drawn, quoted_speaker, urger

STRUGGLE_LOW = C.Cue("opposes", "190", "ASSAULT", 0.6)
# "filed a lawsuit against X", "took legal action against X" (not once withdrawn or dropped)
LEGAL_NOUNS = frozenset("lawsuit proceeding procedure complaint action".split())
# "legal/military action against X"; a bare "action against X" is as often asked for or judged as done
ACTION_KINDS = frozenset("legal military punitive disciplinary judicial court retaliatory armed".split())
# "retaliation against U.S. sanctions": against the sanctioner
RETALIATION_NOUNS = frozenset("retaliation reprisal".split())
# "support for the YPG in the fight against Islamic State": the fight a backing is given in
FIGHT_NOUNS = frozenset("fight battle war campaign struggle offensive".split())


# prepositions that give an act as the reason or the time of another ("punish Russia for its annexation of Crimea",
# "sanctions imposed after Russia's annexation"), and verbs that take an act as going on ("continue its fight")
PRESUPPOSING_PREPS = frozenset("for over after since following despite".split())
PRESUPPOSING_VERBS = frozenset("continue maintain pursue intensify escalate widen expand reverse end halt stop step".split())
# verbs that end a backing besides cues.UNDO_VERBS: "suspended aid to X", "froze / cut (off) / pulled funding"
WITHDRAW_VERBS = frozenset("suspend freeze cut pull slash withhold terminate".split())
# what makes an owned act not yet done: "its planned offensive", "Russia's possible sanctions"
UNDONE_WORDS = frozenset("""planned proposed possible potential future threatened expected promised imminent
would-be alleged suspected""".split())


def _presupposed(f: Finder, noun) -> bool:
    """Whether an act noun with a named owner is told as done whatever mood the clause around it has: "aims to punish
    Moscow for Russia's annexation of Crimea", "said France would continue France's fight against IS" (the act is given
    as a reason, a time or something going on; not "Turkey's planned offensive"). The owner must be a name: a pronoun
    in such clauses is as often the other side ("as long as it does not reverse its annexation")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or any(c.lower_ in UNDONE_WORDS | C.NEGATIONS for c in noun.children):
        return False
    head = noun.head
    if owners[0].i not in f.actors.key_at:   # a pronoun only as the one blamed: "punish Russia for its annexation"
        return noun.dep_ == "pobj" and bool(f.actors.reason_object(owners[0]))
    if noun.dep_ == "pobj":
        return head.lower_ in PRESUPPOSING_PREPS
    return noun.dep_ == "dobj" and head.lemma_ in PRESUPPOSING_VERBS


# verbs that make what their object names: "hope to build an X-Y alliance", "could spark tensions between X and Y"
MAKING_VERBS = frozenset("""build form create forge establish seal sign conclude strike spark cause trigger
provoke""".split())
# words of fearing what may come: "could be wary of close Canadian ties with Peru", "fear tougher Chilean sanctions"
FEAR_WORDS = frozenset("wary afraid fearful worried nervous anxious scared fear dread".split())


def _phrase_tells(noun) -> bool:
    """Whether a cue noun's own phrase tells its relation whatever mood the clause around it has, once both ends are
    read inside that phrase: "might harm Lima's strong ties with Santiago", "would lead to tougher Chilean sanctions
    against Bolivia", "could deepen tensions between the two" (the phrase presupposes the ties, the sanctions, the
    tensions). Not a phrase its own words leave undone ("possible / new / no / any Chilean sanctions on X", "its
    planned offensive"), nor one that is the matter of a fear, a plan or a demand ("fears of Chilean strikes on X", "a
    plan for Peruvian sanctions on Chile", "wary of close Canadian ties with Peru"), nor one a verb of making would
    bring about ("hope to build an X-Y alliance")."""
    if any(c.lower_ in UNDONE_WORDS | C.UNSURE_WORDS | C.NEGATIONS | {"any"} for c in noun.children):
        return False
    top = noun
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head
    if top.dep_ in ("dobj", "nsubjpass") and top.head.lemma_ in MAKING_VERBS:
        return False
    node = noun
    while node.dep_ in ("pobj", "prep", "conj", "compound", "appos") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_ in C.SPECULATION_NOUNS | C.HEDGE_NOUNS or node.lower_ in FEAR_WORDS:
            return False
    if node.dep_ == "dobj" and node.head.lemma_ in FEAR_WORDS:
        return False
    return True


def _withdrawn(noun) -> bool:
    """Whether a backing noun is the object of a verb that ends it: "withdrew / ended / suspended its support for
    X", "froze aid to X", "cut off funding to X" (also a conjunct of such an object: "suspended trade and aid")."""
    top = noun
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head
    return top.dep_ in ("dobj", "nsubjpass") and top.head.pos_ == "VERB" \
        and top.head.lemma_ in C.UNDO_VERBS | WITHDRAW_VERBS


def noun_cue(f: Finder, noun, cue: C.Cue) -> None:
    """ "Iran's backing of Assad", "sanctions on Moscow", "the offensive by Turkey against the YPG"."""
    noun = lifted(noun)   # "imposed a fresh round of sanctions on X": read from the round's place
    head = noun.head
    governor = head if noun.dep_ in ("dobj", "attr", "nsubjpass", "pobj") else None
    if noun.lemma_ == "support" and noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        backed = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if not hedged(head.head):   # "Russia launched air strikes in support of the Damascus regime"
            f.add(cue, f.actors.subjects(head.head)[0], backed, noun, "in support of")
        return
    if cue.rel == "supports" and any(c.lower_ in C.POPULAR_WORDS for c in noun.children):
        return   # "voter support for Labour", "public support for the plan": popularity, nobody's backing
    if cue.rel == "supports" and noun.dep_ == "dobj" and head.lemma_ in C.RECEIVE_VERBS | {"have"}:
        givers = [k for c in (*noun.children, *head.children) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if givers and not hedged(head) and not any(c.lower_ in C.NEGATIONS for c in noun.children):
            f.add(cue, givers, f.actors.subjects(head)[0], noun, f"{head.text} {noun.text}")   # "has Iran's backing"
        return
    if cue.plover in ("SANCTION", "COERCE") and noun.dep_ == "dobj" and urger(head) is not None:
        called_for(f, noun, cue, urger(head))
        return
    moot = (governor is not None and hedged(governor) or hedged(noun)) and not _presupposed(f, noun)
    if moot and not _phrase_tells(noun):
        return   # under a hedge only a relation with both ends in the noun's own phrase is told (see below)
    if cue.cameo == "195" and not any(t.lemma_.lower() in C.FLYOVER_ALARM or t.lower_ in C.FLYOVER_ALARM
                                      for t in (governor if governor is not None else noun).subtree if t.i != noun.i):
        cue = C.Cue(cue.rel, cue.cameo, cue.plover, cue.confidence, tuple(p for p in cue.preps
                                                                          if p not in C.FLYOVER_PREPS))
    asked = cue.rel == "opposes" and noun.dep_ == "pobj" and head.lower_ == "for" \
        and head.head.lemma_ in C.ASK_FOR_VERBS | C.READY_FOR_VERBS
    if asked and head.head.lemma_ in C.READY_FOR_VERBS:
        return   # "Norway is preparing for strikes on Sweden": planned, not done
    if noun.dep_ == "dobj" and head.lemma_ in C.DENY_VERBS and not any(
            c.dep_ in ("poss", "amod") and c.i in f.actors.key_at for c in noun.children):
        return   # "Russia has denied any election interference", "rejected sanctions" (not "rejected Chilean
        # accusations of X": the accusations are Chile's)
    if any(c.lower_ in C.NEGATIONS for c in noun.children):
        return   # "has put no pressure on him"
    if cue.rel == "supports" and _withdrawn(noun):
        return   # "Norway withdrew its support for Sweden", "froze aid to Chile": backing ended, not given
    if noun.lemma_ in LEGAL_NOUNS and noun.dep_ == "dobj" and head.lemma_ in C.UNDO_VERBS | {"suspend"} \
            or noun.lower_ == "action" and (any(c.lower_ in C.MEASURED_WORDS for c in noun.children)
                                            or not any(c.lower_ in ACTION_KINDS for c in noun.children)):
        return   # "withdrew the complaint against X", "dropped the lawsuit"; "adequate action against X"
    targets: list[str] = []
    reasons: list[str] = []
    fought: list[str] = []   # "air support to Iraq against Islamic State": whom the backing is against
    recipients: set[int] = set()
    aimed = ("at",) if cue.cameo in ("111", "112") and governor is not None and noun.dep_ == "dobj" \
        and head.lemma_ in C.LIGHT_VERBS else ()   # "directed harsh criticism at Caracas"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in cue.preps + ("against",) + aimed:
            for o in (o for o in c.children if o.dep_ == "pobj"):
                found = f.actors.of(o)
                if not found and cue.rel == "supports":   # "support for Iraq's territorial integrity"
                    found = f.actors.owner_of_standing(o)
                if not found and cue.cameo in C.POSS_OBJECT_CAMEO and o.lower_ not in C.FAMILY_NOUNS \
                        and o.lemma_.lower() not in C.VICTIM_NOUNS:   # "criticism of China's trade practices",
                    found = [k for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]   # "sanctions on
                    # Iran's oil sector" (not "criticism of Perez's arrest": Perez is its victim)
                    if not found and cue.cameo in ("111", "112"):   # "accusations of Bolivian obstruction"
                        found = [f.actors.key_at[p.i] for p in o.children if p.dep_ == "amod" and p.i < o.i
                                 and f.actors.key_at.get(p.i, "").startswith("state:")][:1]
                if not found and noun.lemma_ in RETALIATION_NOUNS and o.lemma_ in C.NOUNS \
                        and C.NOUNS[o.lemma_].rel == "opposes":   # "retaliation against new U.S. sanctions"
                    found = [f.actors.key_at[p.i] for p in o.children if p.dep_ in ("amod", "compound")
                             and f.actors.key_at.get(p.i, "").startswith("state:")][:1]
                if not found and cue.plover == "SANCTION":   # "an embargo on exports to North Korea"
                    found = traded_with(f, o)
                if cue is C.MEDDLE:   # "interference in the U.S. election" (not a list of "meddling in Germany, ...")
                    found = f.actors.owner_of_standing(o, C.AFFAIRS_NOUNS)
                if not found and cue.cameo == "192":   # "annexation of Ukraine's Crimea"
                    found = [k for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]
                if (c.lower_ == "in" or cue.cameo == "192") and not all(k.startswith("state:") for k in found):
                    found = []   # one annexes or rebels in a state, not in "Crimea" taken for a group
                if cue.rel == "supports" and c.lower_ == "against":
                    fought.extend(found)
                    continue
                (reasons if c.lower_ in C.REASON_PREPS else targets).extend(found)
    targets = targets or reasons   # "sanctions on X over Y's entry into the cabinet": Y is the reason, not a target
    if not targets:   # "airstrikes by the U.S.-led coalition against Daesh": the parser hangs "against" on the agent
        targets = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                   for o in c.children if o.dep_ == "pobj"
                   for p in o.children if p.dep_ == "prep" and p.lower_ in cue.preps + ("against",)
                   for x in p.children if x.dep_ == "pobj" for k in f.actors.of(x)]
    if moot and not targets:
        return   # a hedged act's target read off the verb around it is that verb's wish, not the phrase's
    if not targets and governor is not None and noun.dep_ == "dobj" and head.lemma_ in C.LIGHT_VERBS:
        for c in head.children:
            if c.dep_ in ("dative", "prep") and c.lower_ in cue.preps + ("against",) + aimed:
                found = [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
                (fought if cue.rel == "supports" and c.lower_ == "against" else targets).extend(found)
            elif c.dep_ == "dative" and cue.rel == "supports" and c.pos_ in ("PROPN", "NOUN"):
                targets += f.actors.of(c)   # "offered Indonesia aid", "gave the Kenyan government assistance"
        if not targets and cue.rel == "supports" and head.dep_ != "pcomp":   # "gave Ukraine military assistance":
            given = [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i == head.i + 1   # the model
                     and f.actors.key_at.get(c.i, "").startswith("state:")                         # hangs the
                     and any(a.dep_ == "amod" and a.i > c.i for a in noun.children)]                # recipient on
            targets += [f.actors.key_at[c.i] for c in given]                                       # the noun
            recipients = {c.i for c in given}
    top = noun   # "imposed travel, economic and diplomatic sanctions on Qatar": a conjunct of the light verb's object
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head
    light_conj = top.head if top.i != noun.i and top.dep_ == "dobj" and top.head.pos_ == "VERB" \
        and top.head.lemma_ in C.LIGHT_VERBS and not hedged(top.head) else None
    if not targets and light_conj is not None and cue.rel == "opposes":
        targets = [k for h in (top, light_conj) for c in h.children if c.dep_ == "prep" and c.lower_ in cue.preps
                   and c.lower_ not in C.REASON_PREPS for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    passive_light = noun.dep_ == "nsubjpass" and head.lemma_ in C.LIGHT_VERBS   # "Sanctions were imposed on Iran"
    if not targets and passive_light:
        targets = [k for c in head.children if c.dep_ == "prep" and c.lower_ in cue.preps + ("against",)
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not targets and noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in C.HIT_WITH_VERBS:
        targets = [k for c in head.head.children if c.dep_ == "nsubjpass" for k in f.actors.of(c)]   # "hit with"
    if not targets and noun.lemma_ not in C.NOUNS_NEED_PREP and noun.dep_ == "pobj" and head.lower_ == "of":
        return
    if not targets:
        if cue.rel == "opposes" and noun.dep_ == "dobj" and head.lemma_ in C.DRAW_VERBS:
            drawn(f, noun, cue)
        elif cue.plover == "ASSAULT" and noun.dep_ == "dobj" and head.lemma_ in C.LIGHT_VERBS:   # "X launched air
            f.add(cue, f.actors.subjects(head)[0], [], noun, noun.text)   # strikes on the town": the act's agent,
        return                                                            # for "the strikes" told after it
    if asked:   # "called for a new Palestinian uprising against Israel", "pushed for EU sanctions on Turkey": the
        if not moot:   # one calling demands it, the act's owner has done nothing
            f.add(cue, f.actors.subjects(head.head)[0], targets, noun, f"{head.head.text} for {noun.text}",
                  cue.confidence - 0.05)
        return
    sources = [f.actors.key_at[c.i] for c in noun.children
               if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in f.actors.key_at and c.i not in recipients]
    if not sources and not moot:
        sources = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
    if not sources:   # "U.S. cruise missile strikes"
        sources = [f.actors.key_at[g.i] for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                   for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i
                   and f.actors.key_at.get(g.i, "").startswith("state:")][:1]
    if not sources:   # "the Syrian government offensive", "U.S.-led coalition strikes"
        sources = [k for c in noun.children if c.lower_ == "led" for k in f.actors._leader(noun)][:1]
    if moot and not sources:
        return   # a hedged act told by its phrase needs its owner named there ("its blockade" may be anyone's)
    if not sources:
        sources = [k for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < noun.i
                   for k in f.actors._one(c, 1)]
    if not sources:   # "the blockade of Qatar by Saudi Arabia"
        sources = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not sources:   # "criticism from Moscow", "air strikes from the U.S.-led coalition"
        sources = from_agents(f, noun)
    if not sources and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ in C.RECEIVE_VERBS:
            return   # "Kenya receives financial support from ...": the subject is the receiver
        if head.lemma_ in C.VERBS and C.VERBS[head.lemma_].cameo in ("110", "111", "112") \
                or head.lemma_ in C.LABEL_VERBS:   # "Putin condemned U.S. missile strikes on Syria", "opposes any
            return                                 # attack on Y": the strikes are not the critic's act
        if cue.rel == "supports" and head.lemma_ in C.GROWTH_VERBS:
            return   # "the influx boosted support for the FPO": popularity, not the subject's backing ("its support")
        sources = f.actors.subjects(head)[0]
    if not sources and light_conj is not None:
        sources = f.actors.subjects(light_conj)[0]
    if not sources and passive_light:   # "... were imposed on Iran by the United States"
        sources = f.actors.subjects(head)[0]
    if not sources and noun.dep_ == "pobj" and head.lower_ == "by":
        return
    if not sources and noun.dep_ == "pobj" and noun.lemma_ in C.NOUNS_NEED_PREP:
        node = head   # "The Peshmerga are at the forefront of the campaign against Islamic State"
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                sources = f.actors.subjects(node)[0]
                if not sources and node.lemma_ in ("engage", "involve"):   # "Britain and France are engaged in
                    sources = [k for c in node.children if c.dep_ == "nsubjpass" and (   # strikes" (not "members
                        c.i in f.actors.key_at or c.lemma_.lower() in C.FORCE_NOUNS)      # of the UNSC, Britain and
                               for k in f.actors.of(c)]                                  # France, are": a misparse)
                break
            if node.head.i == node.i or node.dep_ not in ("pobj", "prep"):
                break
            node = node.head
    if not sources and noun.lemma_ in C.STATE_ONLY_ACTS:   # "A crackdown on the X party led to arrests": only a
        sources = f.actors._sole_force_state(noun)             # state cracks down, the story's one state
    f.add(cue, sources, targets, noun, noun.text, cue.confidence - 0.05)
    if cue.rel == "supports":   # the backer opposes the one fought ("support for X in the fight against Y" too)
        fought += [k for h in (noun, *(o for c in noun.children if c.dep_ == "prep" for o in c.children
                                       if o.dep_ == "pobj"))
                   for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                   for w in c.children if w.dep_ == "pobj" and w.lemma_ in FIGHT_NOUNS
                   for p in w.children if p.dep_ == "prep" and p.lower_ == "against"
                   for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        f.add(C.OPPOSE, sources, [k for k in fought if f.armed(k)], noun, f"{noun.text} against", 0.65)


def hyphen_compound(f: Finder, part, cue: C.Cue, joined: bool = False) -> None:
    """ "Iran-backed militias", "Russian and Iranian-backed forces", "the Iran-aligned Houthi movement"."""
    doc = part.doc
    src_tok = part if joined else doc[part.i - 2]
    sources = [f.actors.key_at[src_tok.i]] if src_tok.i in f.actors.key_at else []
    if not sources and src_tok.lower_ == "government" and src_tok.i >= 1:   # "the U.S. government-funded X":
        sources = [k for k in [f.actors.key_at.get(src_tok.i - 1, "")] if k.startswith("state:")]   # the state's
    if not sources:
        return
    j = src_tok.i - 1   # "Russian and Iranian-backed"
    while j >= 1 and doc[j].lower_ in ("and", ",") and (j - 1) in f.actors.key_at:
        sources.append(f.actors.key_at[j - 1])
        j -= 2
    noun = part.head if part.dep_ in ("amod", "compound", "npadvmod", "acl") else None
    if part.dep_ == "conj" and part.head.dep_ in ("amod", "compound", "npadvmod"):
        noun = part.head.head   # "Russian and Iranian-backed forces": the parser joins "backed" to "Russian"
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i != noun.i and noun.i < noun.head.i:
        noun = noun.head
    if noun is None:
        return
    targets = f.actors._one(noun, 0)   # not its conjuncts: "a U.S.-backed coalition and Iranian-backed forces"
    if not targets:   # "Iran-backed militias" named only later in an apposition
        targets = [k for c in noun.children if c.dep_ == "appos" for k in f.actors.of(c)]
    if not targets:   # "the Iranian-backed Hezbollah political movement"
        targets = [f.actors.key_at[c.i] for c in noun.children if c.dep_ in ("compound", "nmod")
                   and c.i != src_tok.i and f.actors.key_at.get(c.i, "").startswith(("org:", "person:"))][:1]
    if not targets and noun.pos_ == "NOUN" and noun.dep_ == "npadvmod" and noun.i not in f.actors.key_at:
        targets = _name_before_comma(f, noun)   # "the SDF, a U.S.-backed alliance of ...": the parser hangs the
        # description on the verb; it is the name's before the comma
    if not targets:
        return
    if cue.reverse:
        sources, targets = targets, sources
    f.add(cue, sources, targets, part, part.text if joined else f"{src_tok.text}-{part.text}")


def pro_prefix(f: Finder, pro) -> None:
    """ "pro-Israel lobbying group AIPAC": the group supports Israel; "Drahos is pro-EU"; "took an anti-EU turn"."""
    doc = pro.doc
    target = doc[pro.i + 2]
    if target.i not in f.actors.key_at:
        return
    cue = C.PRO if pro.lower_ == "pro" else C.ANTI
    noun = target.head
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i and noun.head.pos_ != "AUX" \
            and (noun.i not in f.actors.key_at or _prefixed(noun)):   # "the pro-X Constituent Assembly body": the
        noun = noun.head   # named body ("pro-X and pro-Y": the first name is another leaning, not its holder)
    sources = [f.actors.key_at[noun.i]] if noun.i in f.actors.key_at and not _prefixed(noun) else []
    if not sources and noun.pos_ == "NOUN":
        sources = _leaning_owner(f, noun)
    if not sources and (noun.pos_ != "PROPN" or _prefixed(noun)) and noun.dep_ in ("attr", "acomp", "dobj", "ROOT") \
            and not hedged(noun):
        verb = noun.head if noun.dep_ != "ROOT" else noun
        if verb.lemma_ in ("be", "take", "turn", "become", "remain", "seem"):
            sources = [k for k in f.actors.subjects(verb)[0] if k.startswith("person:") or k.startswith("org:")]
    f.add(cue, sources, [f.actors.key_at[target.i]], pro, f"{pro.text}-{target.text}", in_person=True)


def _prefixed(tok) -> bool:
    """Whether a name is written after "pro-" or "anti-" (the target of a leaning)."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in ("pro", "anti")


# "his anti-Western rhetoric", "Velkov's pro-EU credentials": nouns that are their owner's own leaning
LEANING_NOUNS = frozenset("""credentials stance stances position positions views view line course agenda rhetoric
leanings sympathies orientation platform tilt""".split())


def _leaning_owner(f: Finder, noun) -> list[str]:
    """Whose a "pro-X" / "anti-X" noun is: the owner of a leaning ("Velkov's pro-EU credentials") or the name a
    described noun is set beside ("the Zorb League, an anti-NATO network"), persons and organisations only."""
    if noun.lower_ in LEANING_NOUNS:
        return [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c) if k.startswith(("person:", "org:"))]
    return _name_before_comma(f, noun) if noun.dep_ in ("appos", "npadvmod") else []


def _name_before_comma(f: Finder, noun) -> list[str]:
    """The person or organisation named right before the comma that opens a description ("the SDF, a U.S.-backed
    alliance", "the Zorb League (Our Land), an anti-NATO network": read through a bracketed gloss)."""
    doc = noun.doc
    if noun.left_edge.i < 2 or doc[noun.left_edge.i - 1].text != ",":
        return []
    named = doc[noun.left_edge.i - 2]
    if named.text == ")" and named.head.i in f.actors.key_at:
        named = named.head
    if named.i not in f.actors.key_at:
        return []
    return [k for k in f.actors._one(named, 0) if k.startswith(("org:", "person:"))]


def ally_noun(f: Finder, ally, cue: C.Cue) -> None:
    """ "X, a close ally of Y", "Y's ally X", "X is an ally of Y", "X and Y are allies", "its Russian backers"."""
    barred = {c.lower_ for c in ally.children if c.lower_ in C.NON_ALLY_MODIFIERS}
    governing = barred == {"coalition"} and ally.lemma_ == "partner"   # "its coalition partner": in a government
    if barred and not governing:
        return
    if governing and any(c.lower_ in C.UNSURE_WORDS | COURTED_WORDS for c in ally.children):
        return   # "a potential / preferred coalition partner": courted, not yet governing with
    if ally.lemma_ == "partner" and any(c.dep_ in ("compound", "nmod") and getattr(
            f.ctx.entities.get(f.actors.key_at.get(c.i, "")), "org_kind", None) == "igo" for c in ally.children):
        return   # "the country's European Union partners": fellow members of a body, no alliance
    if ally.lemma_ == "ally" and ally.tag_ == "NNS" and listed_allies(f, ally, cue):
        return
    moot = hedged(ally) and not _described(ally)   # the narrator's apposition stands even in a hoped-for clause
    if moot and not _phrase_tells(ally):
        return
    one = ally.head.head if ally.dep_ == "pobj" and ally.head.lower_ == "of" else None
    bare = ally.lemma_ == "opponent" and not any(c.lower_ in C.OPPONENT_MODIFIERS for c in ally.children)
    if bare and not (ally.dep_ == "attr" or one is not None and one.lower_ == "one" and one.dep_ == "attr"):
        return   # "his opponent in the runoff" is an election rival; "Iran is Israel's opponent" is read below
    coord = ally.head if ally.dep_ == "conj" and ally.head.pos_ == "NOUN" and (ally.head.dep_ == "appos" or (
        ally.head.dep_ == "conj" and ally.head.head.i in f.actors.key_at)) else None   # "X, its neighbour and ally"
    owners = (ally, coord) if coord is not None else (ally,)
    top = ally   # the attribute a list of nouns hangs from: "are friends, partners and allies"
    while top.dep_ == "conj" and top.head.pos_ == "NOUN" and top.head.i != top.i:
        top = top.head
    whose: list[str] = []
    for c in ally.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "to"):   # "a major partner for the Kurds"
            whose += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not whose and ally.lemma_ in ("backer", "supporter", "champion", "proponent"):   # "a supporter of Ukrainian
        whose = [k for c in ally.children if c.dep_ == "prep" and c.lower_ == "of"     # membership of the union"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.owner_of_standing(o, ENTRY_NOUNS)]
    if not whose and cue.preps == ("critic",):   # "a critic of Obama's Syria policy": of Obama
        whose = [k for c in ally.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.lower_ not in C.FAMILY_NOUNS for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]
    if not whose:
        whose = [k for t in owners for c in t.children if c.dep_ == "poss" and not (moot and c.pos_ == "PRON")
                 for k in f.actors.of(c)]
    if not whose and ally.dep_ in ("compound", "nmod", "amod") and ally.head.i in f.actors.key_at:
        whose = [k for c in ally.head.children if c.dep_ == "poss" and c.i < ally.i and not (moot and c.pos_ == "PRON")
                 for k in f.actors.of(c)]   # "its
        # foe Bolivia", "Chile's rival Bolivia": the parser hangs the owner on the name the noun describes
    demonyms = [f.actors.key_at[c.i] for c in ally.children
                if c.dep_ in ("amod", "compound", "nmod") and f.actors.key_at.get(c.i, "").startswith("state:")
                and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
    if not whose:   # "Mnangagwa, a close Mugabe ally", "Lind supporter Omar Pinto" (not "NATO ally Turkey": a member)
        whose = [f.actors.key_at[c.i] for c in ally.children if c.dep_ in ("compound", "nmod", "amod") and c.i < ally.i
                 and f.actors.key_at.get(c.i, "").startswith(("person:", "org:") if c.dep_ != "amod" else "person:")
                 and f.ctx.entities.get(f.actors.key_at[c.i]) is not None
                 and f.ctx.entities[f.actors.key_at[c.i]].org_kind not in ("igo", "alliance")][:1]
    owned = bool(whose)
    if not whose:
        whose = demonyms
    who: list[str] = []
    inner = False   # whether the one described is named inside the noun's own phrase (an apposition, a list)
    if ally.dep_ == "appos":   # "Peru, Chile's rival, and Bolivia": only the one described
        later = any(c.dep_ == "conj" and c.i > ally.i for c in ally.head.children)
        who = f.actors._one(ally.head, 0) if later else f.actors.of(ally.head)
        top = ally.head   # "Chile and Bolivia, Peru's allies,": a plural apposition on a list's last name is the list's
        while not later and ally.tag_ == "NNS" and top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.i != ally.head.i:
            who = f.actors.of(top)
        inner = bool(who)
    elif coord is not None:
        who = f.actors.of(coord.head)
    elif ally.dep_ in ("compound", "nmod", "amod") and ally.head.i in f.actors.key_at:
        who = f.actors.of(ally.head)
        inner = bool(who)
    elif ally.dep_ == "attr" or (ally.dep_ == "conj" and top.dep_ == "attr"):
        verb = top.head   # "X ... and has been a close ally of Y", "X and Y are friends, partners and allies",
        who = f.actors.subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []   # "X, while being an ally of Y"
    if not who:
        who = [k for c in ally.children if c.dep_ == "appos" for k in f.actors.of(c)]
        inner = bool(who)
    if not who and whose and ally.dep_ in ("pobj", "dobj"):   # "conspired with his critic, Senator X, who ...":
        who = _named_after_comma(f, ally)                      # the parser hung the name elsewhere
    if not who and one is not None and one.lower_ == "one":   # "C, one of X's fiercest opponents"
        who = f.actors.of(one.head) if one.dep_ == "appos" else (
            f.actors.subjects(one.head)[0] if one.dep_ == "attr" and one.head.pos_ in ("VERB", "AUX") else [])
    if not who:   # "allies including X", "close U.S. allies such as Japan", "Macri allies like Bullrich"
        who = [k for c in ally.children if c.dep_ == "prep" and (c.lower_ in ("including", "like") or c.lower_ == "as"
               and any(s.lower_ == "such" for s in (*ally.children, *c.children)))
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        inner = bool(who)
    if not who and ally.dep_ in ("nsubj", "nsubjpass"):   # "Weber, an ally of Merkel, spoke": the parser makes the
        who = _apposed_subject(f, ally)                    # name and its apposition two subjects of the verb
    if not who and whose and ally.dep_ in ("nsubj", "nsubjpass", "ROOT") and \
            not any(c.dep_ == "prep" for c in ally.children):   # "Vale's ally and former minister Hugo Marr said"
        who = _named_after_and(f, ally)
    nxt = ally.doc[ally.i + 1] if ally.i + 1 < len(ally.doc) else None
    if not who and nxt is not None and nxt.i in f.actors.key_at and ally.dep_ in ("nsubj", "nsubjpass", "ROOT") \
            and not any(c.dep_ == "prep" for c in ally.children) and whose:   # "North Korean ally China voted":
        who = [f.actors.key_at[nxt.i]]   # the model makes the name a second subject (or a relative's) of the verb
    if not who and ally.dep_ == "conj" and ally.head.i in f.actors.key_at and any(
            c.lower_ == "other" for c in ally.children):   # "Peru and other Brazilian allies": Peru is one
        who = [k for k in f.actors.of(ally.head) if k not in whose]
    if not who and owned and ally.lemma_ not in C.FOLLOWER_NOUNS:   # "the Syrian regime and its Russian backers":
        # Russia backs the regime ("Trump's Chinese supporters" are people, not China)
        who = [k for k in demonyms if k not in whose]
        inner = bool(who)
    if not owned and any(c.dep_ == "amod" and c.i in f.actors.key_at for c in ally.children) and (
            any(c.dep_ == "poss" for t in owners for c in t.children) or not all(k.startswith("state:") for k in who)):
        whose = []   # "its Lebanese ally Hezbollah": the adjective is the ally's own country, the partner is "its"
    both = cue.preps == ("both",) or cue.rel == "opposes" and ally.lemma_ in C.ENEMY_NOUNS and ally.tag_ == "NNS" \
        and not demonyms   # "its adversaries, including A and B": both ways (not "its Veskian enemies": a label)
    if both or bare:   # rivals: states and armed groups, not election candidates, parties or companies
        who, whose = _rivals(f, who), _rivals(f, whose)
    if governing:   # parties that govern together, not the states of a military coalition ("U.S. coalition
        who, whose = parties(f, who), parties(f, whose)   # partners") nor a person's party
    if moot and not inner:
        return   # in a hedged clause, only the noun's own phrase tells the alliance: "if Chilean allies like Peru ..."
    if who and whose:
        f.add(cue, who, whose, ally, ally.text, both=both)
        if cue.rel != "opposes":   # "X, a key U.S. ally in the fight against Y": the allies fight Y together
            for fight, fought in fought_in(f, ally):
                f.add(C.OPPOSE, who + whose, fought, ally, f"{ally.text} in the {fight.text} against", 0.65)
    elif who and not whose and top.dep_ == "attr" and ally.tag_ == "NNS" and len(who) >= 2:
        if ally.lemma_ in ("ally", "partner"):
            f.add(C.ALLIED, who[:1], who[1:], ally, ally.text)   # "X and Y are allies"
        elif both:
            f.add(cue, who[:1], who[1:], ally, ally.text, both=True)   # "X and Y are rivals"


def sister_party(f: Finder, sister) -> None:
    """ "the CDU and its Bavarian sister party CSU", "Merkel's CDU and their sister party, the CSU", "the CSU, the
    sister party of the CDU": two parties of one family are allies (alliedWith), as the gold reads them. Only named
    parties (orgs): a pronoun owner counts only as the name the phrase is joined to by "and"."""
    party = sister.head
    if party.lemma_.lower() != "party":   # "its sister party CSU" parsed with both nouns on the name
        party = next((c for c in party.children if c.i == sister.i + 1 and c.lemma_.lower() == "party"), party)
    if party.lemma_.lower() != "party" or sister.dep_ not in ("compound", "amod", "nmod") or hedged(party):
        return
    key_at = f.actors.key_at
    named = party.head if party.dep_ == "compound" and party.head.i in key_at else None   # "sister party CSU"
    named = named or next((n for c in party.children if c.dep_ == "appos" for n in [_name_in(f, c)] if n), None)
    if named is None and party.dep_ == "appos" and party.head.i in key_at:   # "the CSU, the sister party of X"
        named = party.head
    if named is None:
        return
    node = named if party.dep_ == "compound" else party   # the phrase as a whole, where "and" joins it
    owners = [c for t in (party, node) for c in t.children if c.dep_ == "poss"]
    partner = [k for c in party.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj" for k in f.actors.of(o)]
    partner = partner or [k for o in owners if o.pos_ != "PRON" for k in f.actors.of(o)]
    joined = _name_in(f, node.head) if node.dep_ == "conj" else None
    if not partner and any(o.pos_ == "PRON" for o in owners) and joined is not None:
        partner = [key_at[joined.i]]   # "the CDU and its sister party CSU"
    sides = [k for k in dict.fromkeys(partner[:1] + [key_at[named.i]]) if k.startswith("org:")]   # the name itself,
    # not the list it heads ("its sister party CSU or the SPD")
    if len(sides) == 2:
        f.add(C.TIES, sides[:1], sides[1:], sister, "sister party")


def _name_in(f: Finder, tok):
    """The token itself when it names an actor, else its bracketed short name: "the Farmers Front (FF)" where only
    "FF" was taken for the party's mention."""
    if tok.i in f.actors.key_at:
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i in f.actors.key_at), None)


def _named_after_and(f: Finder, noun) -> list[str]:
    """The person a singular noun and a post joined by "and" both describe before the name ("Vale's ally and former
    defence minister Hugo Marr said", "longtime Vale supporter and former envoy Hugo Marr"): the parser makes the name
    a conjunct or a second subject. Only title words between "and" and the name (no article, pronoun or verb), each
    hung on the name or on another of them; never a bare name after "and" ("Vale's ally and Marr": two persons)."""
    doc, key_at = noun.doc, f.actors.key_at
    k = noun.i + 1
    if noun.tag_ != "NN" or k >= len(doc) or doc[k].lower_ != "and":
        return []
    j = k + 1
    while j < len(doc) and j - k <= 5 and not key_at.get(j, "").startswith("person:"):
        j += 1   # a body's or a state's name may stand among the title words: "former CIA Director
    if j >= len(doc) or j == k + 1 or j not in key_at or not key_at[j].startswith("person:"):
        return []
    end = j
    while end + 1 < len(doc) and key_at.get(end + 1) == key_at[j]:
        end += 1
    mids = doc[k + 1:j]
    if any(t.is_punct or t.pos_ in ("DET", "PRON", "VERB", "AUX", "ADP", "CCONJ", "NUM") for t in mids) or \
            not all(k < t.head.i <= end and t.head.i != t.i for t in mids) or doc[j - 1].head.i < j:
        return []
    return [key_at[j]]


def _apposed_subject(f: Finder, noun) -> list[str]:
    """The named subject a second subject stands beside as its apposition ("Weber, an ally of Merkel, spoke"): a
    subject of the same verb that is an actor, ending right before the comma that opens the noun's phrase."""
    start = noun.left_edge.i
    if start < 1 or noun.doc[start - 1].text != ",":
        return []
    return [k for c in noun.head.children if c.dep_ == noun.dep_ and c.i < noun.i and c.right_edge.i == start - 2
            and c.i in f.actors.key_at for k in f.actors.of(c)]


def _named_after_comma(f: Finder, noun) -> list[str]:
    """The name set off by commas right after a noun with no apposition of its own ("with his critic, Senator X, who
    supplied ..."): the actor whose name, after at most three title words, fills the words up to the next comma or
    the sentence's end. Not a name with more words after it ("his critic, Peru's president, said": the owner of
    another noun), nor one the parser made a subject ("his ally, Novak said")."""
    doc, key_at = noun.doc, f.actors.key_at
    i = noun.right_edge.i + 1
    if noun.right_edge.i != noun.i or i + 1 >= len(doc) or doc[i].text != ",":
        return []
    j = i + 1
    while j < len(doc) and j not in key_at and j - i <= 3 and doc[j].tag_ == "NNP":
        j += 1   # "Senator", "General", "Prime Minister"
    key = key_at.get(j)
    if key is None or j - i > 3:
        return []
    end = j
    while end + 1 < len(doc) and key_at.get(end + 1) == key:
        end += 1
    if end + 1 < len(doc) and doc[end + 1].text not in (",", ".") or doc[end].dep_ in ("nsubj", "nsubjpass"):
        return []
    return [key]


def fought_in(f: Finder, noun) -> list[tuple]:
    """The struggles a noun is placed in, each with the armed actors fought: "an ally in the fight / campaign against
    Y" (a fight with an owner of its own, "an ally in Peru's war against Y", is that owner's; its own rule reads it)."""
    fights = [w for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for w in c.children
              if w.dep_ == "pobj" and w.lemma_ in FIGHT_NOUNS and not any(x.dep_ == "poss" for x in w.children)]
    return [(w, [k for p in w.children if p.dep_ == "prep" and p.lower_ == "against"
                 for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o) if f.armed(k)]) for w in fights]


def _described(ally) -> bool:
    """ "ease friction between Peru, long Chile's chief rival, and Bolivia": an apposition with its partner is the
    narrator's description of a named actor, not part of what is hoped for ("hopes to become Chile's ally" is);
    also "a launch Iran may be preparing with Iraq, Syria's neighbour and ally"."""
    node = ally.head if ally.dep_ == "conj" and ally.head.dep_ == "appos" else ally
    if _owned_and_named(ally):
        return True
    return node.dep_ == "appos" and node.head.pos_ == "PROPN" and not any(
        c.dep_ == "neg" for t in (node, ally) for c in t.children) and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for t in (node, ally) for c in t.children)


def _owned_and_named(ally) -> bool:
    """ "sanctions on Lima's ally Bolivia might fail": an ally noun a name owns, with the ally's name set right after
    it, is the narrator's label for that name, which a hedge or a denial on the clause around it does not undo. A
    named owner, or "its" / "their" on an ally joined to its owner ("nobody knew whether the regime or its ally X
    struck"); not another "its", which in such a clause may point to the one who denies or hopes ("accused Peru of
    failing to restrain its ally X" is Peru's ally, not the accuser's); a former ally is barred before."""
    joined = ally.dep_ == "conj" and ally.head.i < ally.i   # "the regime or its ally X": the phrase before owns it
    return any(c.dep_ == "poss" and (c.pos_ == "PROPN" or joined and c.lower_ in ("its", "their"))
               for c in ally.children) and not any(c.dep_ == "neg" for c in ally.children) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == ally.i + 1 for c in ally.children)


# "the strongest backer of Turkish accession": the applicant's entry (not "Iran's bid" for something else)
ENTRY_NOUNS = frozenset("membership accession entry candidacy".split())
# "visiting allies in the Gulf, including Kuwait and Oman", "a tour of allies, among them Jordan"
LIST_MARKS = frozenset("including among such notably like".split())
TRIP_NOUNS = frozenset("tour visit visits trip trips meeting meetings".split())
TRIP_VERBS = frozenset("visit tour meet see reassure court rally consult".split())


def listed_allies(f: Finder, ally, cue: C.Cue) -> bool:
    """ "[traveller] is visiting allies in the Gulf, including Kuwait, Bahrain and Oman", "left for a tour of allies in
    the region, among them A, B and C", "its allies, including A and B": each listed state supports the owner (the
    possessor, or the traveller's state). The alliance is the narrator's, so a planned trip still tells it."""
    doc, key_at = ally.doc, f.actors.key_at
    j, end = ally.i + 1, ally.sent.end
    if j < end and doc[j].lower_ in ("in", "across", "from"):   # "in the region", "across Europe"
        stop = min(end, j + 6)
        while j < stop and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
    if j >= end or doc[j].text != ",":
        return False
    j += 1
    if j < end and doc[j].lower_ in LIST_MARKS:
        j += 1
        if j < end and doc[j].lower_ in ("them", "as"):
            j += 1
    else:
        return False
    members: list[str] = []
    while j < end:
        if doc[j].lower_ in ("the",):
            j += 1
            continue
        k = key_at.get(j)
        if k is None or not k.startswith("state:"):
            break
        if k not in members:
            members.append(k)
        while j < end and key_at.get(j) == k:
            j += 1
        if j < end and doc[j].text == ",":
            j += 1
        if j < end and doc[j].lower_ == "and":
            j += 1
    if not members:
        return False
    owner = [k for c in ally.children if c.dep_ == "poss" for k in f.actors.of(c)]
    node = ally
    if not owner and node.dep_ == "pobj" and node.head.lower_ in ("of", "to") and node.head.head.lemma_ in TRIP_NOUNS:
        node = node.head.head   # "a tour of allies": the trip's verb
        node = node.head.head if node.dep_ == "pobj" else node.head if node.dep_ in ("dobj", "nsubj") else node
    elif not owner and node.dep_ == "dobj" and node.head.lemma_ in TRIP_VERBS:
        node = node.head
    for verb in ([node, *list(node.ancestors)[:3]] if node.pos_ in ("VERB", "AUX") and node.i != ally.i else []):
        if owner or verb.pos_ not in ("VERB", "AUX"):   # "scheduled stopovers on her way to visit allies": the one
            continue                                     # travelling
        owner = [k for k in f.actors.subjects(verb)[0] if (k.startswith("state:") or k in f.ctx.state_of)
                 and k not in members]   # "on his way to see allies, including A": "way" is no traveller
    if not owner or any(c.dep_ == "neg" for c in ally.children):
        return False
    f.add(cue, members, owner[:1], ally, f"allies {doc[ally.i + 1:j].text}"[:60])
    return True


def _rivals(f: Finder, keys: list[str]) -> list[str]:
    return [k for k in keys if f.armed(k)]


# "its preferred / prospective coalition partner": one a party hopes to govern with
COURTED_WORDS = frozenset("prospective preferred likely would-be favoured favored".split())


def parties(f: Finder, keys: list[str]) -> list[str]:
    """The parties among actors: an org the extractor calls a party or knows no kind of ("the Patriotic Union of
    Kurdistan", "the Christian Democratic Union" come out with none)."""
    return [k for k in keys if k.startswith("org:")
            and getattr(f.ctx.entities.get(k), "org_kind", None) in ("party", "other", None)]


# "a revived Paris-Berlin alliance", "the Franco-German axis": a pair of names before these heads is an alliance
PAIR_ALLIANCE_NOUNS = frozenset("alliance axis partnership".split())
# an alliance a clause speaks of as existing, whatever that clause wishes of it: "hope a revived X-Y alliance can"
EXISTING_WORDS = frozenset("""revived renewed reinvigorated resurgent existing strengthened enduring longstanding
long-standing decades-old old durable""".split())


def hyphen_alliance(f: Finder, noun) -> bool:
    """ "Diplomats hope a revived Paris-Berlin alliance can steer the bloc", "the Franco-German axis": alliedWith the
    two (only alliance / axis / partnership heads, so "the Paris-Berlin train" stays out). True when it applied."""
    if noun.lemma_.lower() not in PAIR_ALLIANCE_NOUNS or any(
            c.lower_ in C.NON_ALLY_MODIFIERS | C.UNSURE_WORDS | C.NEGATIONS for c in noun.children):
        return False
    pair = [k for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for k in f.actors.hyphen_pair(c)]
    if len(pair) != 2 or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return False
    told = noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ in EXISTING_WORDS or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    if not told and (hedged(noun) or (noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head))):
        return False
    f.add(C.TIES, pair[:1], pair[1:], noun, noun.text)
    return True


def coordinated_alliance(f: Finder, noun) -> bool:
    """ "The Republic of Korea and U.S. alliance remains strong", "the Japan and United States alliance": the parser
    coordinates the first state with the alliance the second state modifies; one alliance of the two (not "Japan
    and the U.S. alliance", where the article says it is the U.S. alliance). True when it applied."""
    if noun.lemma_.lower() not in PAIR_ALLIANCE_NOUNS or noun.dep_ != "conj" or any(
            c.dep_ in ("det", "poss") or c.lower_ in C.NON_ALLY_MODIFIERS | C.UNSURE_WORDS | C.NEGATIONS
            for c in noun.children):
        return False
    first = noun.head
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children) or any(
            c.dep_ == "conj" and c.i != noun.i for c in first.children):
        return False
    a = [k for k in f.actors.of(first) if k.startswith("state:")]
    b = [f.actors.key_at[c.i] for c in noun.children if c.dep_ == "compound" and c.i in f.actors.key_at
         and f.actors.key_at[c.i].startswith("state:")][:1]
    if len(a) != 1 or not b or a == b or hedged(noun):
        return False
    f.add(C.TIES, a, b, noun, f"{first.text} and {noun.text}")
    return True


def tie_noun(f: Finder, noun) -> None:
    """ "X and Y have strong ties", "X's close relationship with Y", "the two countries' special relationship"."""
    if hyphen_alliance(f, noun) or coordinated_alliance(f, noun):
        return
    grown = noun.dep_ == "nsubj" and noun.head.lemma_ in ("grow", "become", "get") and any(   # "have grown closer"
        c.dep_ in ("acomp", "advmod") and c.lower_ in C.GROWN_CLOSER for c in noun.head.children)
    if not grown and not any(c.dep_ == "amod" and c.lower_ in C.TIE_ADJECTIVES for c in noun.children) and not (
            noun.lemma_ in C.PACT_NOUNS and not any(c.lower_ in C.NON_ALLY_MODIFIERS | C.UNSURE_WORDS
                                                    for c in noun.children)):
        return   # an alliance is close by itself: "its alliance with the US", not "a possible alliance"
    moot = hedged(noun) or (noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head))
    if moot and not _phrase_tells(noun):
        return
    side_a = [k for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("his", "her")   # "its alliance"
              and not (moot and c.pos_ == "PRON") for k in f.actors.of(c)]   # (a hedged one: a named owner)
    side_b = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "between")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not side_a and not moot and noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in C.TIE_VERBS:   # "has kept
        # close ties to": the subject's (not in a hedged clause: its verb's subject is no end inside the phrase)
        side_a = [k for c in noun.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    pair = [k for c in noun.children if c.dep_ in ("amod", "compound") for k in f.actors.hyphen_pair(c)]
    if len(pair) == 2 and not side_a and not side_b:   # "close U.S.-Saudi ties"
        side_a, side_b = pair[:1], pair[1:]
    if not side_a and side_b and not pair:   # "close Canadian (defence) ties with Peru": a state's word before the noun
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound", "nmod")]
        owners = {k for c in mods if c.i in f.actors.key_at for k in f.actors.of(c) if k.startswith("state:")}
        side_a = sorted(owners) if len(owners) == 1 else []
    if not side_a and not between:
        return
    sides = side_a + [k for k in side_b if k not in side_a]
    if len(sides) >= 2:
        for other in sides[1:]:
            f.add(C.TIES, sides[:1], [other], noun, noun.text)


def struggle_noun(f: Finder, noun) -> None:
    """ "X and Y are locked in a struggle", "X ... locked in a confrontation with Y", "the rift between X and Y",
    "X's feud with Y": both ways; in a hedged clause only the sides its own phrase names ("could escalate tensions
    between the two")."""
    moot = hedged(noun)
    if moot and not _phrase_tells(noun) or noun.lemma_ == "row" and not _quarrel_row(noun):
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        if not moot:
            at_war(f, noun)
        return
    if noun.lower_ == "odds":   # "against the odds": no quarrel
        return
    sides = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if len(sides) < 2 and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and not hedged(noun.head):
        sides = [k for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"   # "Clashes erupted
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]              # between X and Y"
    if len(sides) < 2 and noun.lemma_ not in ("war", "conflict", "fighting"):   # "U.S.-Turkish tensions", "the
        # Saudi-Iranian rivalry" (not "the Israeli-Palestinian conflict": a name for decades of history)
        sides = [k for c in noun.children if c.dep_ in ("amod", "compound") for k in f.actors.hyphen_pair(c)] or sides
    if len(sides) < 2 and noun.lemma_ not in ("war", "conflict", "fighting"):
        owner = [k for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in f.actors.of(c)]
        other = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        sides = owner[:1] + other if owner and other else sides
    if len(sides) >= 2:
        hit = _caused_on(f, noun, sides[:2])
        if hit is not None:   # "after Norway seized a Swedish trawler, tensions between the two rose": Norway's act
            f.add(STRUGGLE_LOW, [k for k in sides[:2] if k != hit], [hit], noun, noun.text)
            return
        f.add(STRUGGLE_LOW, sides[:1], sides[1:2], noun, noun.text, both=True)
        return
    if moot:
        return
    if noun.dep_ == "dobj" and noun.head.lemma_ in C.STRUGGLE_VERBS:
        verb = noun.head   # "Pakistan has escalated a war of words with India"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in C.STRUGGLE_VERBS:
        verb = noun.head.head
    else:
        return
    if hedged(verb):
        return
    sides, _ = f.actors.subjects(verb)
    if not sides and any(c.dep_ in ("nsubjpass",) for c in verb.children):
        sides = [k for c in verb.children if c.dep_ == "nsubjpass" for k in f.actors.of(c)]
    heads = [noun, verb] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"   # "war of words"
                            for p in c.children if p.dep_ == "pobj"]
    others = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) if k not in sides]
    if others and sides:
        f.add(C.STRUGGLE, sides[:1], others, noun, noun.text, both=True)
    elif len(sides) >= 2:   # "X and Y are locked in a struggle"
        f.add(C.STRUGGLE, sides[:1], sides[1:], noun, noun.text, both=True)


def _quarrel_row(noun) -> bool:
    """Whether "row" is a quarrel: not "five wins in a row", "the front row", "a row of soldiers" (a quarrel's row
    has no "of" and, after "in a", a word or phrase of its own: "locked in a diplomatic row", "in a row over visas")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and any(c.lower_ == "a" for c in noun.children):
        return any(c.dep_ in ("amod", "compound", "prep") for c in noun.children)
    return True


# "X has been at loggerheads with Y", "Israel, still at war with Damascus", "X is at odds with Y": a standing fight
# told as a state of X
AT_STRUGGLE = frozenset("loggerhead loggerheads war odds".split())
# "the war put X at loggerheads with Y": the object is the one at odds
PLACING_VERBS = frozenset("put place set leave".split())


def at_war(f: Finder, noun) -> None:
    """ "Warsaw and Budapest have been at loggerheads with the Commission, as well as with Germany", "Israel, still
    technically at war with Damascus", "the dispute put Seoul at loggerheads with Tokyo": a fight both ways. A war is
    waged back only by one who can fight: "the group says it is at war with Freeport" is the group's alone."""
    at = noun.head
    if noun.lemma_.lower() not in AT_STRUGGLE and noun.lower_ not in AT_STRUGGLE or noun.lower_ == "war" and any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):   # "at the war memorial"
        return
    holder = at.head
    if holder.pos_ in ("VERB", "AUX"):
        if hedged(holder):
            return
        placed = [c for c in holder.children if c.dep_ == "dobj"] if holder.lemma_ in PLACING_VERBS else []
        subject = [c for c in holder.children if c.dep_ == "nsubj"]
        sides = [k for c in placed for k in f.actors.of(c)] if placed else _named_by(f, subject[0]) if len(
            subject) == 1 else f.actors.subjects(holder)[0] or _clause_opening_names(f, holder)
    elif holder.pos_ in ("NOUN", "PROPN"):   # "Israel, still at war with Damascus"
        sides = _named_by(f, holder)
    else:
        return
    heads = [h for t in (noun, at, holder) for h in (t, *(c for c in t.children if c.dep_ == "cc"))]   # "as well as
    others = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"          # with Y"
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o) if k not in sides]
    others = list(dict.fromkeys(others))
    withs = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs and noun.lower_ != "war" and len(sides) >= 2:   # "Peru and Chile are at odds over X": each with the
        f.add(C.STRUGGLE, sides[:1], sides[1:], noun, noun.text, both=True)   # other (not "X and Y are at war": a
        return   # war of two allies on a third; not "at loggerheads with Brussels", a third the reader did not name)
    if not sides or not others:
        return
    back = others if noun.lower_ != "war" else [k for k in others if f.armed(k)]
    # a struggle noun as the cue: a fight both ways. Told together, as for the other struggles, so that a side saying
    # it is at war with Y ("the group says it is at war with Peru") is no allegation about Y: the speaker avows its
    # own part, and Y's part in a war is the war's; told apart, the other way ("Peru says X is at war with it")
    f.add(C.STRUGGLE, sides, back, noun, noun.text, both=True)
    f.add(C.STRUGGLE, sides, [k for k in others if k not in back], noun, noun.text)
    f.add(C.STRUGGLE, back, sides, noun, noun.text)


# verbs whose subject declares a victory won in a fight: "declared victory over X" (not "won a 2-0 victory over Peru"
# nor "won a landslide victory": a match and an election are won, a war's end is declared)
VICTORY_VERBS = frozenset("declare claim proclaim announce".split())


def victory_over(f: Finder, noun) -> None:
    """ "The Syrian government declared victory over Islamic State", "Peru's military victory over X": the two
    fought, so each opposes the other. Only between those who can fight (states, armed groups): a party's victory
    over another is an election. Not a hoped-for or denied victory ("could declare victory", "vowed victory")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("over", "against")]
    others = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    if not others or hedged(noun):
        return
    military = any(c.dep_ == "amod" and c.lower_ in C.MILITARY_WORDS for c in noun.children)
    owners = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)] if military else []
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_ in VICTORY_VERBS and not hedged(noun.head):
        owners = f.actors.subjects(noun.head)[0]   # "the army's military victory over X", "declared victory over X"
    losers = [k for o in others for k in f.actors.of(o) if k not in owners]
    owners = [k for k in owners if f.armed(k)]
    losers = [k for k in losers if f.armed(k)]
    if owners and losers:
        f.add(C.STRUGGLE, owners, losers, noun, f"{noun.text} {preps[0].lower_}", both=True)


def _clause_opening_names(f: Finder, verb) -> list[str]:
    """The names that open a clause whose verb the parser left with no subject: in "While A and B have struck a
    moderate tone, C and D have been at loggerheads with E" it hangs C and D on "tone". Only a run of names and "and"
    right before the verb's auxiliaries and adverbs, starting the sentence or after a comma."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    left = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "advmod", "neg") and c.i < verb.i])
    doc, keys, j = verb.doc, [], left - 1
    while j >= verb.sent.start and (j in f.actors.key_at or doc[j].lower_ == "and" or doc[j].text == "," and (
            j - 1) in f.actors.key_at and keys and doc[j + 1].lower_ != "and"):   # "A, B and C", not "tone, C"
        if j in f.actors.key_at:
            keys.append(f.actors.key_at[j])
        j -= 1
    opened = j < verb.sent.start or doc[j].text == ","
    return list(dict.fromkeys(reversed(keys))) if opened and doc[j + 1].i in f.actors.key_at else []


def _named_by(f: Finder, tok) -> list[str]:
    """The actors a subject stands for, the name in apposition first: "Syria's neighbour Israel" is Israel, not the
    owner of "neighbour"."""
    named = [c for c in tok.children if c.dep_ == "appos" and c.i in f.actors.key_at]
    if named and tok.i not in f.actors.key_at:
        return [k for c in named for k in f.actors.of(c)]
    return f.actors.of(tok)


def _caused_on(f: Finder, noun, sides: list[str]) -> str | None:
    """The one of two sides that a cause told with the tensions acts on ("impounded Swedish vehicles, leading to
    tensions", "tensions rose after Norway seized a Swedish trawler"), when the other side is not acted on too."""
    cause = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in ("lead", "contribute"):
        cause = noun.head.head.head
        for _ in range(3):   # "impounded vehicles being shipped home, leading to": the finite verb above
            if cause.tag_ in ("VBD", "VBZ", "VBP") or cause.head.i == cause.i:
                break
            cause = cause.head
    elif noun.dep_ == "nsubj":
        cause = next((c for c in noun.head.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("after", "as", "since", "when") for m in c.children)), None)
    if cause is None or cause.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or hedged(cause):
        return None
    acted = set(f.actors.patients(cause))
    objs = [c for c in cause.children if c.dep_ == "dobj"]
    objs += [o for c in cause.children if c.dep_ == "ccomp" for o in c.children   # "impounded [Swedish vehicles
             if o.dep_ == "nsubjpass"]                                           # being shipped]", parsed as a clause
    acted |= {f.actors.key_at[m.i] for o in objs for m in o.children
              if m.dep_ in ("amod", "compound", "poss") and m.i in f.actors.key_at}
    acted = {f.stand_for(k, False) for k in acted}
    hit = [k for k in sides if k in acted]
    return hit[0] if len(hit) == 1 else None


def help_from(f: Finder, noun) -> None:
    """ "With help from them and Russian aircraft, Assad has recaptured ...": the helpers support the subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return
    helpers = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
               for o in c.children for k in f.actors.of(o)]
    helpers = helpers or f.owners(noun)   # "With Russian (air) support, the army ..."
    verb = noun.head.head
    if verb.pos_ in ("VERB", "AUX") and not hedged(verb):
        f.add(C.AID, helpers, f.actors.subjects(verb)[0], noun, f"with {noun.text}")



def demand_noun(f: Finder, noun) -> None:
    """ "Israeli demands that Hamas abandon militancy", "Turkey's calls for Assad to quit"."""
    if hedged(noun):
        return
    wanted = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and _asked_of(noun, c)
              and not any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children)]
    targets = [k for c in wanted[0].children if c.dep_ == "nsubj" for k in f.actors.of(c)] if wanted else []
    if not targets:
        _demand_for(f, noun)
        return
    sources = f.owners(noun)
    if not sources and noun.dep_ == "dobj":
        sources = f.actors.subjects(noun.head)[0]
    f.add(C.DEMAND, sources, targets, noun, f"{noun.text} to {wanted[0].text}")


# verbs whose subject makes (or joins) the demand it governs: "renewed its call for X to ...", "backed calls for X
# to ..." (not "rejected / faced calls for X to ...")
VOICE_VERBS = frozenset("make issue renew repeat reiterate restate voice echo back join lead support".split())


def _demand_for(f: Finder, noun) -> None:
    """ "renewed a call for Cambodia's government to release X", "repeated its demand for Russia to withdraw": the one
    demanding opposes the one told to undo something. The parser hangs "for X to ..." on the noun (X the object of
    "for") or makes it a clause of the verb with "for" as its mark, right after the noun."""
    above = noun.head.head.children if noun.dep_ == "pobj" else ()   # "came despite a demand for X to ...": the
    asked = [(o, v) for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children   # clause
             if o.dep_ == "pobj" for v in (*noun.children, *o.children, *noun.head.children, *above)   # on "came"
             if v.dep_ in ("acl", "relcl", "advcl") and v.left_edge.i == o.right_edge.i + 1
             and not any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children)]   # "to release X" right after
    asked += [(s, v) for v in (*noun.children, *noun.head.children) if v.dep_ in ("advcl", "ccomp", "acl")
              and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == noun.i + 1 for m in v.children)
              for s in v.children if s.dep_ == "nsubj"]
    asked = [(who, v) for who, v in asked
             if _asked_of(noun, v) and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    if not asked:
        return
    who, verb = asked[0]
    sources = f.owners(noun)
    if not sources and noun.dep_ == "dobj" and noun.head.lemma_ in VOICE_VERBS and not hedged(noun.head):
        sources = f.actors.subjects(noun.head)[0]
    f.add(C.DEMAND, sources, f.actors.of(who), noun, f"{noun.text} for {verb.text}")
    if verb.lemma_ in ("release", "free"):   # "a call for Peru to release X": the caller stands up for X
        held = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c) if k.startswith("person:")]
        f.add(C.DEFEND, sources, held, noun, f"{noun.text} for {verb.text}")
        # and the state told to release them holds them (as `anaphora._release_asked` reads "urged Peru to free X")
        f.add(C.DETAIN, [k for k in f.actors.of(who) if k.startswith("state:")], held, noun,
              f"{noun.text} for {verb.text}", C.DETAIN.confidence)


# what a "demand" (not a softer "call") asks of the one told: a duty met or a claim conceded as well as an act undone
# ("a demand for Peru to pay its debts / to recognise the border")
DEMAND_NOUN_VERBS = C.DEMANDED_VERBS | frozenset("recognise recognize".split())


def _asked_of(noun, verb) -> bool:
    """Whether the act a demand or call noun wants is one asked against the one told: an act undone for any such noun,
    also a duty met or a claim conceded for "demand"."""
    return _undoes(verb) or noun.lemma_.lower() == "demand" and verb.lemma_ in DEMAND_NOUN_VERBS


def _undoes(verb) -> bool:
    """Whether a wanted act undoes something: "to release", "to withdraw", "to step down"."""
    return verb.lemma_ in C.UNDO_VERBS or verb.lemma_ == "step" and any(
        x.dep_ == "prt" and x.lower_ in ("down", "aside") for x in verb.children)



def _that_clause(noun):
    """The clause "that ..." a noun governs ("evidence that X lied"), or None."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


# "his charge that Assad's forces were responsible": a noun of accusing whose that-clause names the accused
ALLEGATION_NOUNS = frozenset("allegation accusation charge".split())
# verbs whose subject does not make the allegation it governs ("dismissed allegations that X ...")
DOUBT_VERBS = C.DENY_VERBS | frozenset("investigate probe examine face answer address ignore".split())


def allegation(f: Finder, noun) -> None:
    """ "Trump stood by his charge that Assad's forces were responsible", "reiterating accusations that Turkey was
    supporting the group": the one who alleges opposes the one the that-clause accuses."""
    clause = _that_clause(noun)
    if clause is None or hedged(noun) or noun.dep_ == "dobj" and hedged(noun.head):
        return
    accused = [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"   # "that he was"
               for k in f.actors.of(c) or [k for p in c.children if p.dep_ == "poss" for k in f.actors.of(p)]]
    sources = [k for c in noun.children if c.dep_ in ("poss", "amod", "compound") for k in f.actors.of(c)]
    if not sources and noun.dep_ == "dobj" and noun.head.lemma_ not in DOUBT_VERBS:
        sources = f.actors.subjects(noun.head)[0]
    if not sources and noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lemma_ == "stand":
        sources = f.actors.subjects(noun.head.head)[0]   # "stood by his charge that ..."
    f.add(C.ACCUSE, sources, accused, noun, f"{noun.text} that", 0.7)


def denied_allegation(f: Finder, noun) -> None:
    """ "The army denied accusations of ethnic cleansing by the United Nations", "Peru has denied Chile's accusations
    that it funds the rebels": the one accusing (the noun's owner, its "by" / "from") opposes the one accused, the named
    subject of the that-clause, else the one denying; a denial tells the accusation was made."""
    if noun.dep_ != "dobj" or noun.head.lemma_ not in C.DENY_VERBS or hedged(noun.head):
        return
    accusers = [k for c in noun.children if c.dep_ in ("poss", "amod", "compound") for k in f.actors.of(c)]
    accusers += [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    clause = _that_clause(noun)
    accused = [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
               for k in f.actors.of(c)] if clause is not None else []
    if not accused:
        accused = f.actors.subjects(noun.head)[0]
    f.add(C.ACCUSE, accusers, [k for k in accused if k not in accusers], noun, f"{noun.text} by", 0.7)


# "she had evidence that Maduro was involved in corruption": what a that-clause must say for evidence to accuse
HARM_PREDICATES = frozenset("""violate break breach lie cheat rig bribe launder smuggle steal hack meddle interfere
involve responsible complicit guilty behind""".split())
HAVE_VERBS = frozenset("have find see present show gather obtain possess cite produce".split())


def evidence(f: Finder, noun) -> None:
    """ "Ortega said she had evidence that President Maduro was involved in corruption", "there was evidence that
    Morales broke the law, Velasquez told reporters": the one holding the evidence accuses the one it is against."""
    clause = _that_clause(noun)
    if clause is None or hedged(noun) or any(c.lower_ in C.NEGATIONS | {"little", "any"} for c in noun.children):
        return   # "found no/little evidence that ..."
    said = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "prep", "xcomp"))]
    if not any(t.lemma_ in HARM_PREDICATES or t.lemma_ in C.VERBS and C.VERBS[t.lemma_].rel == "opposes"
               or t.lemma_ in C.ACCUSING_VERBS for t in said):
        return
    accused = [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
               for k in f.actors.of(c)]
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in HAVE_VERBS and not hedged(head):
        holders = f.actors.subjects(head)[0]
    elif noun.dep_ == "attr" and head.lemma_ == "be" and any(c.lower_ == "there" for c in head.children):
        holders = quoted_speaker(f, head)   # "there was evidence that ..., X told reporters"
    else:
        return
    f.add(C.ACCUSE, holders, accused, noun, f"{noun.text} that", 0.7)


def joint(f: Finder, noun) -> None:
    """ "joint military exercises by the United States and South Korea", "X and Y held joint drills"."""
    if hedged(noun) or (noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head)):
        return
    sides = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "between")
             for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not sides and noun.dep_ == "dobj":
        sides = f.actors.subjects(noun.head)[0]
        sides += [k for c in list(noun.children) + list(noun.head.children) if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    sides = list(dict.fromkeys(sides))
    if len(sides) == 2:
        f.add(C.JOINT, sides[:1], sides[1:], noun, f"joint {noun.text}")


def led_against(f: Finder, noun) -> None:
    """ "the U.S.-led coalition against Islamic State": the coalition's leader fights the group."""
    leader = f.actors._leader(noun)
    if not leader or hedged(noun):
        return
    targets = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("against", "fighting")
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.Cue("opposes", "190", "ASSAULT", 0.7), leader, targets, noun, f"{noun.text} against")
    if noun.lemma_.lower() not in C.INQUIRY_NOUNS:
        f.add(C.TIES, _members(f, noun), leader, noun, f"member of {noun.text}")


def _members(f: Finder, noun) -> list[str]:
    """Who belongs to a coalition: "X is a member of / part of the U.S.-led coalition", "X, part of ...",
    "X joined the coalition", "X has been bombing militants as part of the coalition"."""
    if noun.dep_ == "dobj" and noun.head.lemma_ == "join":
        return f.actors.subjects(noun.head)[0]
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_ not in ("member", "part"):
        return []
    part = noun.head.head
    if part.dep_ == "attr":
        return [k for c in part.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    if part.dep_ == "appos":
        return f.actors.of(part.head)
    if part.dep_ == "pobj" and part.head.lower_ == "as" and part.head.head.pos_ in ("VERB", "AUX"):
        return f.actors.subjects(part.head.head)[0]
    return []
