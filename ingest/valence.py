"""Words no cue lists: a valence fallback from a general sentiment lexicon (VADER's, MIT licence; its negative
entries are shipped in data/vader_negative.txt). Three readings:
a strongly negative verb from actor to actor ("Freedonia's president lambasted Sylvania", "Sylvania was humiliated
by Freedonia"); a strongly negative label ("called Sylvania reckless", "described Sylvania as a menace"); and a
speaker's strongly negative judgement of an actor ("said Sylvania was irresponsible", "said Sylvania was cheating").

Used by `relations` for words that no cue set reads; the same hedge, negation, modal, reported-claim and
relative-clause guards as the cue verbs apply (`finder.hedged`, `Finder.add`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from . import cues as C
from .finder import Finder, hedged
from .stances import quoted_speaker

# what a fallback reading says: disapproval of the object (CAMEO 110), less sure than a listed cue
VALENCE = C.Cue("opposes", "110", "REJECT", 0.6)
# VADER scores run from -4 to +4; at or below this a verb is read as an act against its object
THRESHOLD = -1.5
# verbs that some cue set already reads (or deliberately leaves out): the fallback never second-guesses them
READ_VERBS = frozenset(C.VERBS) | frozenset(C.PHRASAL) | frozenset(C.LASH_VERBS) | C.STAND_VERBS | C.URGE_VERBS \
    | C.PACT_VERBS | C.BREAK_VERBS | C.PIT_VERBS | C.UPHOLD_VERBS | C.LABEL_VERBS | C.GIVE_VERBS | C.CLOSE_VERBS \
    | C.BUY_VERBS | C.VIOLATE_VERBS | C.SIDE_VERBS | C.TALK_VERBS | C.SPEECH_VERBS | C.MEET_VERBS \
    | frozenset("help recognize recognise lose drive point ally".split()) \
    | frozenset("mock hijack".split())   # left out of the lexicon after round 9's corpus check (docs/relations.md)
# negative words that tell a feeling or a loss, not an act against the object ("regretted", "feared", "mourned"):
# soft diplomatic language is no opposition (ANNOTATION.md); nor is denying a claim ("Russia denies the allegations")
FEELING_VERBS = frozenset("""regret fear dread lament mourn grieve miss suffer fail die cry hate dislike despise
deny dismiss refute""".split())
# verbs whose object is the one who feels ("the tests angered China", "infuriated Beijing"): the dev gold reads no
# opposition from them in either direction (isot-005031 "angering both South Korea and Japan": none)
EXPERIENCER_VERBS = frozenset("""anger infuriate enrage outrage irritate annoy irk upset alarm dismay frustrate
disappoint embarrass offend worry trouble concern bother disturb shock scare frighten terrify sadden
distress""".split())
# what the verb fallback leaves alone, joined once (it is asked of every verb no cue lists)
SKIPPED_VERBS = READ_VERBS | FEELING_VERBS | EXPERIENCER_VERBS | C.UNDO_VERBS
FEELING_LEMMAS = FEELING_VERBS | EXPERIENCER_VERBS
# where the object of an act is told after a preposition: "fumed at X", "turned on X"
TARGET_PREPS = ("at", "on")
# where the one a predicate adjective is aimed at is told: "dismissive of X", "scornful toward X"
STANCE_PREPS = ("of", "to", "toward", "towards", "against")


# what an actor does or says, so that judging it judges the actor: "said Sylvania's move was reckless", "called the
# Sylvanian decision illegal" (not "Sylvania's economy was weak": a state of things, not a conduct)
CONDUCT_NOUNS = C.MOVE_NOUNS | C.STANCE_NOUNS | frozenset("""decision decisions behavior behaviour conduct remark remarks
comment comments statement statements rhetoric claim claims demand demands plan plans proposal proposals measure
measures law laws act acts activity activities test tests launch launches program programme tactic tactics
accusation accusations threat threats""".split())


# adjectives of a feeling, not of a judgement of the one it is said of ("said Tokyo was worried", "angry at"):
# -ed participles ("disappointed", "concerned") are left out by their ending
FEELING_ADJECTIVES = frozenset("""angry upset unhappy sad afraid sorry anxious nervous fearful uneasy wary scared
furious mad sick""".split())


# VADER's entries at or below -1.0 (data/vader_LICENSE.txt): a threshold above that would need the full lexicon
LEXICON = Path(__file__).resolve().parent / "data" / "vader_negative.txt"


@cache
def lexicon() -> dict[str, float]:
    """VADER's word -> mean valence table (its negative part), read once."""
    text = LEXICON.read_text(encoding="utf-8")
    return {word: float(score) for word, score in (line.split("\t") for line in text.splitlines()
                                                   if line and not line.startswith("#"))}


def valence(tok) -> float | None:
    """The lexicon's valence of a word: the stronger (lower) of its form as written and its lemma ("humiliated" is
    scored milder than "humiliate"); None when the lexicon has neither."""
    table = lexicon()
    scores = [table[w] for w in (tok.lower_, tok.lemma_.lower()) if w in table]
    return min(scores) if scores else None


def negative(tok) -> bool:
    """Whether a word is strongly negative in the lexicon."""
    score = valence(tok)
    return score is not None and score <= THRESHOLD


def _judgement(tok) -> bool:
    """Whether a label or predicate word judges the one it is said of: strongly negative ("a menace", "reckless"),
    not a feeling ("worried", "angry"), not an event ("an attack") and not denied ("not a threat")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in C.NOUNS or tok.lemma_.lower() in C.EVENT_KINDS):
        return False   # "said WannaCry was an unsophisticated attack": what a thing was, not a judgement of an actor
    # the word itself, not an adjective of a noun: "the most dangerous place" tells of a place
    return negative(tok) and tok.lower_ not in FEELING_ADJECTIVES and not (tok.pos_ == "ADJ" and tok.lower_.endswith("ed")) \
        and tok.lemma_.lower() not in FEELING_LEMMAS


def conduct_owners(f: Finder, noun) -> list[str]:
    """The actors whose conduct a noun is: "Sylvania's move", "the Sylvanian decision", "the move by Sylvania"."""
    if noun.lemma_.lower() not in CONDUCT_NOUNS and noun.lower_ not in CONDUCT_NOUNS:
        return []
    owners = [k for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in f.actors.of(c)]
    owners += [f.actors.key_at[c.i] for c in noun.children if c.dep_ in ("compound", "amod") and c.i in f.actors.key_at
               and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]   # not "Iran-backed"
    owners += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    return owners


def negative_verb(f: Finder, verb) -> None:
    """ "X lambasted Y", "Y was snubbed by X", "X fumed at Y": a strongly negative verb from actor to actor."""
    lemma = verb.lemma_.lower()
    if lemma in SKIPPED_VERBS or verb.pos_ != "VERB":
        return   # "abandoned the pact", "dropped its bid": ceasing, not acting against
    score = valence(verb)
    if score is None or score > THRESHOLD:
        return
    if hedged(verb) or any(c.dep_ == "prt" for c in verb.children):
        return   # "could undermine", "did not snub"; "put down", "back off": a particle changes the verb's sense
    if verb.dep_ == "acl":
        return   # "the villagers killed by ...", "a country plagued by war": a description, not a reported act
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in (*verb.children, *(verb.head.children if verb.dep_ == "conj"
                                                                           else ()))):
        return   # "a call for X to abandon Y", "fighting to drive out and impose": an aim or a demand, not a done act
    sources, _ = f.actors.subjects(verb)
    targets = f.actors.patients(verb, TARGET_PREPS)   # not the owner of "rejected Sylvania's remarks": a rebuttal
    f.add(VALENCE, sources, targets, verb, verb.text)   # of words is no opposition (dev gold isot-014864)


def negative_label(f: Finder, verb) -> None:
    """ "called Sylvania reckless", "described Sylvania as a menace", "Sylvania was branded a pariah by Freedonia": a
    labelling verb whose label is strongly negative (labels the cue list names are `criticism.label`'s)."""
    if hedged(verb) or verb.dep_ == "acl" or any(c.dep_ == "prt" for c in verb.children):
        return   # "called off", "called on X to ...": no label
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr", "acomp")
              or c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
               if o.dep_ in ("pobj", "amod", "acomp")]
    if not any(_judgement(t) for t in labels):
        return
    targets = [k for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for k in f.actors.of(c) or conduct_owners(f, c)]
    f.add(C.LABEL, f.actors.subjects(verb)[0], targets, verb, verb.text, VALENCE.confidence)


def said_negative(f: Finder, verb) -> None:
    """ "said Sylvania was irresponsible", "tweeted that Sylvania's leader was a moron": the speaker judges the subject
    (a reported act, "said X trapped soldiers", is the actor's, read with its own subject and object)."""
    if verb.lemma_ != "be" or hedged(verb) or hedged(verb.head) or verb.head.lemma_ == "deny":
        return
    if not any(_judgement(c) for c in verb.children if c.dep_ in ("acomp", "attr")
               and not any(p.dep_ == "prep" for p in c.children if c.pos_ == "ADJ")):
        return   # "said the U.S. was suspicious of their motives": the subject's attitude, not a judgement of it
    said = [k for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
            for k in f.actors.of(c) or conduct_owners(f, c)]   # "said Sylvania's move was reckless"
    f.add(C.ACCUSE, quoted_speaker(f, verb), said, verb, f"{verb.head.text} {verb.text}", VALENCE.confidence)


def negative_stance(f: Finder, adj) -> None:
    """ "Sylvania has been dismissive of Freedonia", "is scornful toward Freedonia": a strongly negative predicate
    adjective aimed at an actor (the listed ones, "critical of", "hostile to", are `criticism.critical`'s)."""
    if adj.dep_ != "acomp" or adj.lower_ in C.CRITICAL_ADJECTIVES or not _judgement(adj) or hedged(adj.head):
        return
    targets = [k for c in adj.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPS
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(VALENCE, f.actors.subjects(adj.head)[0], targets, adj, adj.text)
