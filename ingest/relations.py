"""Relations between actors (supports, alliedWith, opposes) read off the dependency parse.

Each pattern finds a cue (cues.py), its source and its target as tokens; `Actors` turns a token into
the actors it stands for (a name, a demonym on "forces", "the two countries", a pronoun, a quoted
speaker's "we"); officials stand for their state. Hypothetical, denied and planned wording is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import cues as C
from .context import Context
from .gazetteer import load_gazetteer
from .model import Evidence, Relation

ACTOR_PREFIXES = ("state:", "org:", "person:")
MIN_CONFIDENCE = 0.5
# "WASHINGTON/MOSCOW (Reuters) -": the dateline names where the reporter is, never an actor
DATELINE_END = re.compile(r"^[^a-z]{0,80}?\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]")


@lru_cache(maxsize=1)
def _body_states() -> dict[str, str]:
    """Government bodies and the state they act for ("State Department" -> the US)."""
    return {k: v["state"] for k, v in load_gazetteer().entities.items() if v.get("state")}


class Actors:
    """Which actors a token of the article stands for."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        self.key_at: dict[int, str] = {}
        dateline = DATELINE_END.search(ctx.article.text[:200])
        skip_before = dateline.end() if dateline else 0
        for m in ctx.mentions:
            if m.key.startswith(ACTOR_PREFIXES) and m.start >= skip_before:
                for i in range(m.token_start, m.token_end):
                    self.key_at[i] = m.key
        self.starts = [s for s, _ in ctx.sentences]
        # "China's Defence Ministry", "the Chinese foreign ministry": a body of a named state acts for it
        self.body_state: dict[str, str] = {}
        for m in ctx.mentions:
            ent = ctx.entities.get(m.key)
            if ent is None or ent.kind != "org" or not any(
                    w in ent.name for w in ("Ministry", "Department", "Office", "Cabinet", "Army", "Navy", "Agency")):
                continue
            head = self.doc[m.token_end - 1]
            for t in (*self.doc[m.token_start:m.token_end], *head.children):
                k = self.key_at.get(t.i) if t.i < m.token_start or t.i >= m.token_end else None
                if k is None and t.dep_ in ("poss", "amod", "compound"):
                    k = next((x.key for x in ctx.mentions if x.token_start <= t.i < x.token_end
                              and x.key.startswith("state:")), None)
                if k and k.startswith("state:"):
                    self.body_state.setdefault(m.key, k)

    @staticmethod
    def key_of(ctx: Context, tok) -> str | None:
        """The entity a token is part of, if any."""
        for m in ctx.mentions:
            if m.token_start <= tok.i < m.token_end:
                return m.key
        return None

    def sent_of(self, tok) -> int:
        """The index of the sentence holding a token."""
        return max(0, bisect_right(self.starts, tok.idx) - 1)

    def of(self, tok, depth: int = 0) -> list[str]:
        """The actors a noun-phrase head stands for, its conjuncts included."""
        out = self._one(tok, depth)
        for c in tok.children:
            if c.dep_ == "conj" and depth < 6:
                out += [k for k in self.of(c, depth + 1) if k not in out]
        return out

    def _one(self, tok, depth: int) -> list[str]:
        if tok.i in self.key_at:
            return [self.key_at[tok.i]]
        if depth > 6:
            return []
        low = tok.lower_
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ in ("relcl", "acl"):
            found = self.of(tok.head.head, depth + 1)
            j = tok.i - 1   # "a response from Berlin, which threatened": the parser hung it on "response"
            while not found and j >= 0 and self.doc[j].is_punct:
                j -= 1
            if not found and j >= 0 and j in self.key_at:
                found = [self.key_at[j]]
            return found
        if tok.dep_ == "pobj" and tok.tag_ in ("WDT", "WP") and tok.head.head.dep_ == "relcl":
            return self.of(tok.head.head.head, depth + 1)
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        if low in C.PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in tok.children):
            return [k for k in self.ctx.main_states[:2]] if len(self.ctx.main_states) >= 2 else []
        for c in tok.children:   # "his Tunisian counterpart Beji Caid Essebsi"
            if c.dep_ == "appos" and c.i in self.key_at and tok.pos_ == "NOUN":
                return self.of(c, depth + 1)
        if (tok.lemma_.lower() in C.FORCE_NOUNS or low in C.FORCE_NOUNS or low in C.TITLE_NOUNS) and not any(
                c.lower_ in C.SUBSTATE_WORDS or (c.pos_ == "PROPN" and c.text[:1].isupper() and c.i not in self.key_at)
                for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):   # "Free Syria Army fighters"
            mods = [self.key_at[c.i] for c in tok.children
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in self.key_at
                    and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
            if mods:   # "Lebanon's Iran-backed Hezbollah militia", "the Syrian Kurdish YPG militia": the group
                return [next((k for k in mods if k.startswith("org:")), mods[0])]
            for c in tok.children:
                if c.dep_ == "amod" and c.lower_ == "loyal":
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "acl" and c.lemma_ in ("head", "lead", "run"):
                    for p in c.children:
                        if p.dep_ == "agent":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "prep" and c.lower_ == "of":
                    found = [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                    if found:
                        return found
        for c in tok.children:   # "militias, including the Lebanese Hezbollah movement"
            if c.dep_ == "prep" and c.lower_ == "including":
                return [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        if tok.dep_ == "appos":   # "Saudi Arabia, a Sunni monarchy ... locked in a confrontation"
            return self._one(tok.head, depth + 1)
        return []

    def _pronoun(self, tok) -> list[str]:
        low = tok.lower_
        if low in ("we", "our", "us", "i", "my", "me", "ours"):
            speaker = self.speaker(tok)
            return [speaker] if speaker else []
        if low in ("its", "his", "her", "their") and tok.dep_ == "poss":
            got = self._clause_subject(tok)   # "Ankara ... putting it at odds with its key ally"
            if got:
                return got
        if low in ("he", "she", "him", "her", "his", "hers"):
            return self._antecedent(tok, ("person:",))
        if low == "its" or (low == "it" and tok.dep_ in ("nsubj", "nsubjpass")):
            return self._antecedent(tok, ("state:", "org:"))
        return []

    def _clause_subject(self, tok) -> list[str]:
        """The named subject of the clause a possessive stands in."""
        node = tok.head
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX"):
                for c in node.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i in self.key_at and c.i < tok.i:
                        return [self.key_at[c.i]]
            if node.head.i == node.i:
                break
            node = node.head
        for c in tok.sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in self.key_at and c.i < tok.i:
                return [self.key_at[c.i]]
        return []

    def _antecedent(self, tok, prefixes: tuple[str, ...]) -> list[str]:
        """The nearest earlier actor of the wanted kind: in the sentence, else the last sentence's subject."""
        sent = tok.sent
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ != "ROOT":
            for c in sent.root.children:   # "Hamas controls Gaza ..., with which it has fought": the main subject
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i in self.key_at \
                        and self.key_at[c.i].startswith(prefixes):
                    return [self.key_at[c.i]]
        for i in range(tok.i - 1, sent.start - 1, -1):
            k = self.key_at.get(i)
            if k and k.startswith(prefixes) and not self._in_same_np(i, tok):
                return [k]
        if sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        cands = [(self.doc[i], self.key_at[i]) for i in range(prev.start, prev.end)
                 if i in self.key_at and self.key_at[i].startswith(prefixes)]
        subj = [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        subj += [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [subj[0]]
        return [cands[-1][1]] if cands else []

    def _in_same_np(self, i: int, tok) -> bool:
        return self.doc[i].head.i == tok.i or tok.head.i == i

    def speaker(self, tok) -> str | None:
        """Who a first-person word in reported speech stands for: the subject of the speech verb."""
        node = tok
        while node.head.i != node.i:
            node = node.head
            if node.lemma_ in C.SPEECH_VERBS:
                for c in node.children:
                    if c.dep_ == "nsubj" and c.i != tok.i and c.pos_ != "PRON" or (
                            c.dep_ == "nsubj" and c.lower_ in ("he", "she")):
                        got = self.of(c)
                        if got:
                            return got[0]
        sent = tok.sent
        for s in (sent, *self._near_sents(sent)):
            for t in s:
                if t.lemma_ in C.SPEECH_VERBS and not self._inside_quote(t):
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    for c in subj:
                        got = self.of(c) if c.lower_ not in ("we", "i") else []
                        if got:
                            return got[0]
        return None

    def _near_sents(self, sent):
        out = []
        if sent.end < len(self.doc):
            out.append(self.doc[sent.end].sent)
        if sent.start > 0:
            out.append(self.doc[sent.start - 1].sent)
        return out

    def _inside_quote(self, tok) -> bool:
        before = self.doc[tok.sent.start:tok.i].text
        return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1

    def subjects(self, verb, depth: int = 0) -> tuple[list[str], bool]:
        """The agents of a verb, and whether the verb is passive (its grammatical subject is the patient)."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
        if passive:
            agents = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for k in self.of(o)]
            return agents, True
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                return self.of(c), False
        if depth > 4 or verb.head.i == verb.i:
            return [], False
        if verb.dep_ == "xcomp":
            objs = [c for c in verb.head.children if c.dep_ == "dobj"]
            if objs:
                return self.of(objs[0]), False     # object control: "led Washington to impose sanctions"
            return self.subjects(verb.head, depth + 1)[0], False
        if verb.dep_ == "conj":
            j = verb.i - 1   # "... and Beijing has stood with": a subject the parser hung elsewhere
            while j > verb.head.i and self.doc[j].dep_ in ("aux", "advmod", "neg"):
                j -= 1
            if j > verb.head.i and j in self.key_at and self.doc[j].pos_ == "PROPN":
                return [self.key_at[j]], False
        if verb.dep_ in ("conj", "advcl"):
            return self.subjects(verb.head, depth + 1)[0], False
        if verb.dep_ in ("relcl", "acl"):
            return self.of(verb.head), False
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "while", "through", "in", "before", "on") \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(verb.head.head, depth + 1)[0], False   # "angered Washington by supporting ..."
        return [], False

    def patients(self, verb, preps: tuple[str, ...] = ()) -> list[str]:
        """The objects a verb acts on: its direct object, its passive subject, or a prepositional object."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in preps + ("against",)):
                targets = self.of(c) if c.dep_ != "prep" else [
                    k for o in c.children if o.dep_ == "pobj" for k in self.of(o)]
                out += [k for k in targets if k not in out]
        if not out and verb.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            out = self.of(verb.head)
        if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
            out = self.of(verb.head)   # "forces backed by Iran"
        return out


def hedged(tok, planned: bool = False) -> bool:
    """Whether a cue sits in a hypothetical, conditional, denied or (for meetings) planned clause."""
    node, first, outer = tok, True, False
    while True:
        for c in node.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in C.MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in C.CONDITIONS:
                return True
            if outer:
                continue
            if planned and c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall"):
                return True
            if c.dep_ == "neg" and (first or node.pos_ in ("VERB", "AUX")):
                return True
        if not outer:
            if node.dep_ == "xcomp" and node.head.lemma_ in C.HEDGE_HEADS:
                return True
            if planned and node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in node.children) and not (
                    node.head.tag_ == "VBD" and node.head.lemma_ not in C.HEDGE_HEADS | {"be"}
                    and node.head.lemma_ in C.ARRIVE_VERBS | {"come", "visit", "stop"}):
                return True   # "will travel to meet" is planned; "arrived in Cairo to hold talks" took place
            if node.dep_ == "ccomp" and node.head.lemma_ in C.ALLEGATION_VERBS | {"hope", "want", "urge"}:
                return True
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS:
            return False    # what a speaker says stands on its own; "could allow X to ..." does not
        if node.dep_ in ("relcl", "acl", "ccomp"):
            outer = True    # a modifying clause has its own tense and polarity, not its own modality
        node, first = node.head, False


def _stand_for(ctx: Context, key: str, source: bool, bodies: dict[str, str] | None = None) -> str:
    """An official stands for their state; a government body, as a source, for its state."""
    if key in ctx.state_of:
        return ctx.state_of[key]
    if source and key in _body_states():
        return _body_states()[key]
    if source and bodies and key in bodies:
        return bodies[key]
    return key


class Finder:
    """Collects relations for one article, deduplicated, the surest reading kept."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.actors = Actors(ctx)
        self.found: dict[tuple[str, str, str], Relation] = {}

    def add(self, cue: C.Cue, sources: list[str], targets: list[str], tok, word: str, conf: float | None = None,
            both: bool = False) -> None:
        """Record cue(source, target) for every pair; both=True adds the reverse direction too."""
        confidence = cue.confidence if conf is None else conf
        if not sources or not targets or confidence < MIN_CONFIDENCE:
            return
        speaker = self._reporting_speaker(tok)
        for s in sources:
            for t in targets:
                s2, t2 = _stand_for(self.ctx, s, True, self.actors.body_state), _stand_for(self.ctx, t, False)
                if s2 == t2 or s == t:
                    continue
                if cue.rel == "opposes" and speaker and speaker == t2 and speaker != s2:
                    continue    # one side's allegation about the other, as reported by that side
                self._put(cue, s2, t2, tok, word, confidence)
                if both:
                    self._put(cue, t2, s2, tok, word, confidence)

    def _put(self, cue, s, t, tok, word, confidence) -> None:
        if cue.rel == "alliedWith":
            s, t = sorted((s, t))
        key = (cue.rel, s, t)
        sent = self.actors.sent_of(tok)
        start, end = self.ctx.sentences[sent]
        ev = Evidence(sentence=self.ctx.article.text[start:end], start=start, end=end,
                      confidence=round(confidence, 2), cue=word)
        old = self.found.get(key)
        if old is None or old.evidence.confidence < ev.confidence:
            self.found[key] = Relation(cue.rel, s, t, ev, cue.cameo, cue.plover)

    def _reporting_speaker(self, tok) -> str | None:
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS:
                for c in node.head.children:
                    if c.dep_ == "nsubj":
                        got = self.actors.of(c)
                        if got:
                            return _stand_for(self.ctx, got[0], True)
                return None
            node = node.head
        return None


def extract_relations(ctx: Context) -> tuple[Relation, ...]:
    """The supports / alliedWith / opposes relations the article asserts, each with its evidence."""
    f = Finder(ctx)
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if lemma in C.VERBS and not _compound_participle(tok):
                _verb(f, tok, C.VERBS[lemma])
            if lemma in C.STAND_VERBS:
                _stand(f, tok)
            if lemma in C.URGE_VERBS:
                _urge(f, tok)
            if lemma in C.PACT_VERBS:
                _pact(f, tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in C.NOUNS:
                _noun(f, tok, C.NOUNS[lemma])
            if lemma in C.ALLY_NOUNS:
                _ally(f, tok, C.ALLY_NOUNS[lemma])
            if lemma in C.TIE_NOUNS:
                _ties(f, tok)
            if lemma in C.STRUGGLE_NOUNS:
                _struggle(f, tok)
        if tok.lower_ in C.COMPOUNDS and _compound_participle(tok):
            _compound(f, tok, C.COMPOUNDS[tok.lower_])
        elif "-" in tok.text and tok.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS and tok.i in f.actors.key_at:
            _compound(f, tok, C.COMPOUNDS[tok.text.rsplit("-", 1)[1].lower()], joined=True)
        if lemma in C.LABEL_VERBS and tok.pos_ == "VERB":
            _label(f, tok)
        if lemma in C.GIVE_VERBS and tok.pos_ == "VERB":
            _give(f, tok)
        if lemma in C.CLOSE_VERBS and tok.pos_ == "VERB":
            _close(f, tok)
        if lemma in C.JOINT_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "joint" for c in tok.children):
            _joint(f, tok)
        if tok.lower_ in ("pro", "anti") and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
            _pro(f, tok)
        if lemma == "help" and tok.pos_ == "NOUN":
            _help_from(f, tok)
        if lemma in ("demand", "call") and tok.pos_ == "NOUN":
            _demand_noun(f, tok)
    return tuple(sorted(f.found.values(), key=lambda r: (r.evidence.start, r.rel, r.source, r.target)))


def _compound_participle(tok) -> bool:
    """Whether a participle is the second half of "Iran-backed"."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2011") and tok.doc[tok.i - 1].whitespace_ == ""


def _verb(f: Finder, verb, cue: C.Cue) -> None:
    if hedged(verb):
        return
    sources, passive = f.actors.subjects(verb)
    targets = f.actors.patients(verb, cue.preps if cue.rel == "opposes" else ())
    if cue.preps == ("with-both",):   # "clashed with": both sides
        others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        f.add(cue, f.actors.subjects(verb)[0], others, verb, verb.text, both=True)
        return
    if cue.preps == ("dobj-only",):
        targets = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    if not targets and cue.cameo in C.POSS_OBJECT_CAMEO:
        acts = [c for c in verb.children if c.dep_ == "dobj" and c.i not in f.actors.key_at
                and (c.lemma_ not in C.NOUNS or C.NOUNS[c.lemma_].rel == "opposes")]   # not "denounced Russian support"
        targets = [k for c in acts for p in c.children if p.dep_ == "poss" for k in f.actors.of(p)]
        targets += [f.actors.key_at[p.i] for c in acts for p in c.children   # "condemned the U.S. decision"
                    if cue.cameo in ("111", "112") and c.lower_ not in C.SUBSTATE_WORDS
                    and p.dep_ in ("amod", "compound") and p.i in f.actors.key_at
                    and not ("-" in p.text and p.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)]
        targets += [k for c in acts
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "by"     # "condemned the attack by X"
                    for o in p.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if cue.preps == ("from",):   # "captured Mosul from Islamic State": the loser, not the place
        targets = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if verb.lemma_ in ("fight", "battle") and not targets:
        for c in verb.children:   # "has fought three wars with Israel": both sides
            if c.dep_ == "prep" and c.lower_ == "with":
                f.add(cue, sources, [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)],
                      verb, verb.text, both=True)
        return
    if cue.reverse:   # oust, overthrow: regime change of a state or group, not an election's loser
        targets = [t for t in targets if not t.startswith("person:") and t not in f.ctx.state_of]
        cue = C.Cue(cue.rel, cue.cameo, cue.plover, cue.confidence, cue.preps)
    if verb.lemma_ == "threaten" and not targets:
        targets = _deep_targets(f, verb)
    f.add(cue, sources, targets, verb, verb.text)


def _deep_targets(f: Finder, verb) -> list[str]:
    """The state named in the complement of a threat ("threatened to put curbs on investment in Turkey")."""
    for c in verb.children:
        if c.dep_ == "xcomp":
            return [f.actors.key_at[t.i] for t in c.subtree if t.i in f.actors.key_at and t.dep_ == "pobj"][:1]
    return []


def _noun(f: Finder, noun, cue: C.Cue) -> None:
    head = noun.head
    governor = head if noun.dep_ in ("dobj", "attr", "nsubjpass", "pobj") else None
    if governor is not None and hedged(governor) or hedged(noun):
        return
    if any(c.lower_ in C.NEGATIONS for c in noun.children):
        return   # "has put no pressure on him"
    targets: list[str] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in cue.preps + ("against",):
            for o in (o for o in c.children if o.dep_ == "pobj"):
                found = f.actors.of(o)
                if not found and cue.cameo == "192":   # "annexation of Ukraine's Crimea"
                    found = [k for p in o.children if p.dep_ == "poss" for k in f.actors.of(p)]
                if (c.lower_ == "in" or cue.cameo == "192") and not all(k.startswith("state:") for k in found):
                    found = []   # one annexes or rebels in a state, not in "Crimea" taken for a group
                targets += found
    if not targets and governor is not None and noun.dep_ == "dobj" and head.lemma_ in C.LIGHT_VERBS:
        for c in head.children:
            if c.dep_ in ("dative", "prep") and c.lower_ in cue.preps + ("against",):
                targets += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not targets and noun.lemma_ not in C.NOUNS_NEED_PREP and noun.dep_ == "pobj" and head.lower_ == "of":
        return
    if not targets:
        return
    sources = [f.actors.key_at[c.i] for c in noun.children
               if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in f.actors.key_at]
    if not sources:
        sources = [k for c in noun.children if c.dep_ == "poss" for k in f.actors.of(c)]
    if not sources and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ in C.RECEIVE_VERBS:
            return   # "Kenya receives financial support from ...": the subject is the receiver
        sources = f.actors.subjects(head)[0]
    if not sources and noun.dep_ == "pobj" and head.lower_ == "by":
        return
    if not sources and noun.dep_ == "pobj" and noun.lemma_ in C.NOUNS_NEED_PREP:
        node = head   # "The Peshmerga are at the forefront of the campaign against Islamic State"
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                sources = f.actors.subjects(node)[0]
                break
            if node.head.i == node.i or node.dep_ not in ("pobj", "prep"):
                break
            node = node.head
    f.add(cue, sources, targets, noun, noun.text, cue.confidence - 0.05)


def _compound(f: Finder, part, cue: C.Cue, joined: bool = False) -> None:
    """ "Iran-backed militias", "Russian and Iranian-backed forces", "the Iran-aligned Houthi movement"."""
    doc = part.doc
    src_tok = part if joined else doc[part.i - 2]
    sources = [f.actors.key_at[src_tok.i]] if src_tok.i in f.actors.key_at else []
    if not sources:
        return
    j = src_tok.i - 1   # "Russian and Iranian-backed"
    while j >= 1 and doc[j].lower_ in ("and", ",") and (j - 1) in f.actors.key_at:
        sources.append(f.actors.key_at[j - 1])
        j -= 2
    noun = part.head if part.dep_ in ("amod", "compound", "npadvmod", "acl") else None
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i != noun.i and noun.i < noun.head.i:
        noun = noun.head
    if noun is None:
        return
    targets = f.actors._one(noun, 0)   # not its conjuncts: "a U.S.-backed coalition and Iranian-backed forces"
    if not targets:   # "Iran-backed militias" named only later in an apposition
        targets = [k for c in noun.children if c.dep_ == "appos" for k in f.actors.of(c)]
    if not targets:
        return
    if cue.reverse:
        sources, targets = targets, sources
    f.add(cue, sources, targets, part, part.text if joined else f"{src_tok.text}-{part.text}")


def _pro(f: Finder, pro) -> None:
    """ "pro-Israel lobbying group AIPAC": the group supports Israel; "Drahos is pro-EU"; "took an anti-EU turn"."""
    doc = pro.doc
    target = doc[pro.i + 2]
    if target.i not in f.actors.key_at:
        return
    cue = C.PRO if pro.lower_ == "pro" else C.ANTI
    noun = target.head
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i and noun.head.pos_ != "AUX":
        noun = noun.head
    sources = [f.actors.key_at[noun.i]] if noun.i in f.actors.key_at else []
    if not sources and noun.pos_ != "PROPN" and noun.dep_ in ("attr", "acomp", "dobj", "ROOT") and not hedged(noun):
        verb = noun.head if noun.dep_ != "ROOT" else noun
        if verb.lemma_ in ("be", "take", "turn", "become", "remain", "seem"):
            sources = [k for k in f.actors.subjects(verb)[0] if k.startswith("person:") or k.startswith("org:")]
    f.add(cue, sources, [f.actors.key_at[target.i]], pro, f"{pro.text}-{target.text}")


def _ally(f: Finder, ally, cue: C.Cue) -> None:
    """ "X, a close ally of Y", "Y's ally X", "X is an ally of Y", "X and Y are allies"."""
    if hedged(ally) or any(c.lower_ in C.NON_ALLY_MODIFIERS for c in ally.children):
        return
    whose: list[str] = []
    for c in ally.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "to"):   # "a major partner for the Kurds"
            whose += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not whose:
        whose = [k for c in ally.children if c.dep_ == "poss" for k in f.actors.of(c)]
    if not whose:
        whose = [f.actors.key_at[c.i] for c in ally.children
                 if c.dep_ in ("amod", "compound", "nmod") and f.actors.key_at.get(c.i, "").startswith("state:")]
    who: list[str] = []
    if ally.dep_ == "appos" or (ally.dep_ == "conj" and ally.head.dep_ != "appos" and False):
        who = f.actors.of(ally.head)
    elif ally.dep_ in ("compound", "nmod") and ally.head.i in f.actors.key_at:
        who = f.actors.of(ally.head)
    elif ally.dep_ == "attr":
        who = [k for c in ally.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    if not who:
        who = [k for c in ally.children if c.dep_ == "appos" for k in f.actors.of(c)]
    if not who:
        who = [k for c in ally.children if c.dep_ == "prep" and c.lower_ == "including"
               for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if who and whose:
        f.add(cue, who, whose, ally, ally.text)
    elif who and not whose and ally.dep_ == "attr" and ally.tag_ == "NNS" and len(who) >= 2 \
            and ally.lemma_ in ("ally", "partner"):
        f.add(C.ALLIED, who[:1], who[1:], ally, ally.text)   # "X and Y are allies"


def _ties(f: Finder, noun) -> None:
    """ "X and Y have strong ties", "X's close relationship with Y", "the two countries' special relationship"."""
    if not any(c.dep_ == "amod" and c.lower_ in C.TIE_ADJECTIVES for c in noun.children):
        return
    if hedged(noun) or (noun.head.pos_ in ("VERB", "AUX") and hedged(noun.head)):
        return
    side_a = [k for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("their", "its", "his", "her")
              for k in f.actors.of(c)]
    side_b = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "between")
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if not side_a and noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in ("have", "enjoy", "share", "maintain"):
        side_a = [k for c in noun.head.children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    if not side_a and not between:
        return
    sides = side_a + [k for k in side_b if k not in side_a]
    if len(sides) >= 2:
        for other in sides[1:]:
            f.add(C.TIES, sides[:1], [other], noun, noun.text)


def _pact(f: Finder, verb) -> None:
    """ "X and Y signed a pact", "X signed a peace treaty with Y"."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in C.PACT_NOUNS]
    if not objs or hedged(verb):
        return
    sides, _ = f.actors.subjects(verb)
    for c in list(verb.children) + list(objs[0].children):
        if c.dep_ == "prep" and c.lower_ == "with":
            sides += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if len(sides) >= 2:
        f.add(C.ALLIED, sides[:1], sides[1:], verb, f"{verb.text} {objs[0].text}")


def _struggle(f: Finder, noun) -> None:
    """ "X and Y are locked in a struggle", "X ... locked in a confrontation with Y", "the rift between X and Y",
    "X's feud with Y": both ways."""
    if hedged(noun):
        return
    sides = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if len(sides) < 2 and noun.lemma_ not in ("war", "conflict", "fighting"):
        owner = [k for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in f.actors.of(c)]
        other = [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        sides = owner[:1] + other if owner and other else sides
    if len(sides) >= 2:
        f.add(STRUGGLE_LOW, sides[:1], sides[1:2], noun, noun.text, both=True)
        return
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return
    verb = noun.head.head
    if verb.lemma_ not in ("lock", "embroil", "engage", "mire", "entangle"):
        return
    sides, _ = f.actors.subjects(verb)
    if not sides and any(c.dep_ in ("nsubjpass",) for c in verb.children):
        sides = [k for c in verb.children if c.dep_ == "nsubjpass" for k in f.actors.of(c)]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "against"):
            sides += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    if len(sides) >= 2:
        f.add(C.STRUGGLE, sides[:1], sides[1:], noun, noun.text, both=True)


STRUGGLE_LOW = C.Cue("opposes", "190", "ASSAULT", 0.6)


def _stand(f: Finder, verb) -> None:
    """ "Beijing has stood with Mugabe's government", "stood in solidarity with Japan"."""
    if hedged(verb):
        return
    targets: list[str] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "by", "behind"):
            targets += [k for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.lower_ == "solidarity":
                    targets += [k for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
                                for q in p.children for k in f.actors.of(q)]
    f.add(C.SOLIDARITY, f.actors.subjects(verb)[0], targets, verb, verb.text)


def _urge(f: Finder, verb) -> None:
    """ "urged the United States to abandon its decision": a demand against the addressee."""
    if hedged(verb):
        return
    wanted = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in C.UNDO_VERBS]
    if not wanted:
        return
    addressee = [k for c in verb.children if c.dep_ == "dobj" for k in f.actors.of(c)]
    addressee += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for o in c.children for k in f.actors.of(o)]
    if not addressee:
        addressee = [k for c in wanted[0].children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    f.add(C.DEMAND, f.actors.subjects(verb)[0], addressee, verb, f"{verb.text} to {wanted[0].text}")


def _help_from(f: Finder, noun) -> None:
    """ "With help from them and Russian aircraft, Assad has recaptured ...": the helpers support the subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return
    helpers = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
               for o in c.children for k in f.actors.of(o)]
    verb = noun.head.head
    if verb.pos_ in ("VERB", "AUX") and not hedged(verb):
        f.add(C.AID, helpers, f.actors.subjects(verb)[0], noun, f"help from")


def _label(f: Finder, verb) -> None:
    """ "called Assad a terrorist", "it regards Hamas as a terrorist group"."""
    if hedged(verb):
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "nsubjpass")]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    labels += [o for x in objs for c in x.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]

    def is_label(t) -> bool:
        return t.lemma_.lower() in C.LABEL_NOUNS or t.lower_ in C.LABEL_NOUNS or any(
            c.dep_ in ("amod", "compound") and c.lower_ in C.LABEL_NOUNS for c in t.children)
    if not any(is_label(t) for t in labels) and not any(is_label(t) for t in objs):
        return
    targets = [k for o in objs if not is_label(o) or o.i in f.actors.key_at for k in f.actors.of(o)]
    if not targets:   # "called North Korea's missile launches a threat"
        targets = [k for o in objs if not is_label(o) for c in o.children if c.dep_ == "poss" for k in f.actors.of(c)]
    sources, _ = f.actors.subjects(verb)
    sources += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "like"
                for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.LABEL, sources, targets, verb, verb.text)


def _give(f: Finder, verb) -> None:
    """ "France has supplied weapons to the SDF": military or material aid to the receiver."""
    if hedged(verb):
        return
    gifts = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(g.lemma_.lower() in C.AID_OBJECTS or g.lower_ in C.AID_OBJECTS or any(
            c.dep_ == "conj" and c.lower_ in C.AID_OBJECTS for c in g.children) for g in gifts):
        return
    receivers = [k for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    receivers += [k for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" for k in f.actors.of(c)]
    f.add(C.MIL_AID, f.actors.subjects(verb)[0], receivers, verb, f"{verb.text} {gifts[0].text}")


def _demand_noun(f: Finder, noun) -> None:
    """ "Israeli demands that Hamas abandon militancy", "Turkey's calls for Assad to quit"."""
    if hedged(noun):
        return
    wanted = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.lemma_ in C.UNDO_VERBS
              and not any(x.dep_ == "nsubj" and x.tag_ in ("WDT", "WP") for x in c.children)]
    if not wanted:
        return
    targets = [k for c in wanted[0].children if c.dep_ == "nsubj" for k in f.actors.of(c)]
    sources = [f.actors.key_at[c.i] for c in noun.children
               if c.dep_ in ("poss", "amod", "compound") and c.i in f.actors.key_at]
    if not sources and noun.dep_ == "dobj":
        sources = f.actors.subjects(noun.head)[0]
    f.add(C.DEMAND, sources, targets, noun, f"{noun.text} to {wanted[0].text}")


def extract_memberships(ctx: Context) -> tuple:
    """Memberships (member -> organisation); they are read in `meetings`, kept here where `extract` looks."""
    from .meetings import extract_memberships as memberships   # meetings imports this module
    return memberships(ctx)


def _close(f: Finder, verb) -> None:
    """ "the EU, which normally coordinates closely with Washington": close cooperation is an alliance."""
    if hedged(verb) or not any(c.dep_ == "advmod" and c.lower_ in ("closely", "tightly") for c in verb.children):
        return
    others = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj" for k in f.actors.of(o)]
    f.add(C.TIES, f.actors.subjects(verb)[0][:1], others[:1], verb, f"{verb.text} closely")


def _joint(f: Finder, noun) -> None:
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
