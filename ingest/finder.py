"""The relation collector: hedging (hypothetical, denied, planned wording) and who stands for whom.

`Finder.add(cue, sources, targets, token, word)` records a relation with its evidence; officials stand
for their state, government bodies (as sources) too; one side's allegation about the other is dropped.
"""

from __future__ import annotations

from . import cues as C
from .context import Context, tokens_of
from .descriptions import body_states
from .model import Evidence, Relation
from .officials import load_officials
from .resolve import name_tokens
from .roles import enacted

MIN_CONFIDENCE = 0.5
# "mistakenly killed", "accidentally struck": an act done by mistake is aimed at nobody
ACCIDENT_WORDS = frozenset("mistakenly accidentally inadvertently unintentionally erroneously".split())
# "said its army would continue its fight against X": the reported "will" of an act already going on
ONGOING_VERBS = frozenset("continue keep maintain".split())


def hedged(tok, planned: bool = False) -> bool:
    """Whether a cue sits in a hypothetical, conditional, denied or (for meetings) planned clause."""
    node, first, outer, own, scoped = tok, True, False, False, False
    while True:
        for c in node.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in C.MODALS and not enacted(node) and not own and not scoped \
                    and not (c.lower_ == "would" and (_reported_ongoing(node) or not planned and _reported_intent(node))):
                return True
            if c.dep_ == "mark" and c.lower_ in C.CONDITIONS:
                return True
            if outer or own:
                continue
            if planned and c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall"):
                return True
            if c.dep_ == "neg" and (first or node.pos_ in ("VERB", "AUX")):
                return True
            if first and c.dep_ == "advmod" and c.lower_ in ACCIDENT_WORDS:
                return True   # "a strike mistakenly killed 18 members of X": no act against X
            if first and c.dep_ in ("nsubj", "nsubjpass") and any(
                    x.lower_ == "neither" and x.dep_ in ("det", "preconj") or x.lower_ == "nor" and x.dep_ == "cc"
                    for x in c.children):
                return True   # "Neither X nor Y backed Z"
        if not outer:
            if node.dep_ == "xcomp" and node.head.lemma_ in C.HEDGE_HEADS and not (
                    node.head.lemma_ == "claim" and node.tag_ == "VBN"
                    and any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)) and not (
                    node.head.dep_ == "advcl" and node.head.tag_ == "VBG" and node.head.lemma_ in C.PURPOSE_HEADS):
                return True   # "claiming to have struck X depots": the actor's own report of its act stands;
                # "Hoping to pressure X, Y cut payments": the aim of a done act, told with it
            if planned and node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in node.children) and not (
                    node.head.tag_ == "VBD" and node.head.lemma_ not in C.HEDGE_HEADS | {"be"}
                    and node.head.lemma_ in C.ARRIVE_VERBS | {"come", "visit", "stop"}):
                return True   # "will travel to meet" is planned; "arrived in Cairo to hold talks" took place
            if node.dep_ == "ccomp" and node.head.lemma_ in C.ALLEGATION_VERBS | C.WISH_VERBS:
                return True
        if not outer and node.dep_ in ("acl", "ccomp") and node.head.lemma_ in C.HEDGE_NOUNS | C.SPECULATION_NOUNS \
                and node.head.pos_ == "NOUN":
            return True     # "a demand that Hamas sever its ties with Iran": asked for, not done
        if not outer and node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_ in C.SPECULATION_NOUNS \
                and node.head.pos_ == "NOUN":
            return True     # "fears of Norwegian strikes on Sweden": what might happen
        if not outer and node.dep_ == "ccomp" and (node.head.lower_ in C.WEIGHED_WORDS or any(
                c.dep_ == "acomp" and c.lower_ in C.WEIGHED_WORDS for c in node.head.children)):
            return True     # "it is unlikely that Obama will order strikes on Syria"
        if not outer and node.dep_ == "ccomp" and any(c.dep_ == "neg" for c in node.head.children) and not any(
                c.dep_ == "advmod" and c.lower_ == "why" for c in node.children):
            return True     # "did not mean that Libya had cut its ties"; "it was not clear why X was arrested": the
            # reason is unknown, the arrest is told as done
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS:
            return False    # what a speaker says stands on its own; "could allow X to ..." does not
        if node.dep_ == "advcl" and node.tag_ in ("VBD", "VBZ", "VBP") and not planned \
                and any(c.dep_ == "nsubj" for c in node.children) \
                and any(c.dep_ == "mark" and c.lower_ in C.TOLD_MARKS for c in node.children):
            return False    # "Beijing sought to play down tensions as the U.S. slammed China": told as done
        if node.dep_ == "relcl" and not enacted(node) and (node.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ not in C.MODALS | {"to", "will", "'ll", "shall"}
                for c in node.children)) and _describes(node):
            return False    # "would name Sessions, who endorsed Trump": a finite relative clause about someone
            # named is told as a fact (not "would block entities that violate the embargo": which ones is the rule)
        if node.dep_ in ("relcl", "acl", "ccomp"):
            outer = True    # a modifying clause has its own tense and polarity, not its own modality
        # "did not back X but condemned Y": a finite verb (or one with its own auxiliary) joined to a denied or modal
        # one has its own polarity and mood; a bare one shares them ("did not back or arm X")
        own = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and (node.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in node.children))
        scoped = scoped or _out_of_scope(node)
        node, first = _joined_to(node), False


def _out_of_scope(node) -> bool:
    """Whether a modal higher up leaves a phrase or clause out of its scope (round 35): the subject of the modal verb
    ("his campaign against X may be hard to carry out": the campaign is told as going on) and an adverbial clause
    told on its own, a participle or a past-tense clause with its own subject ("he would seek her arrest, accusing
    her of X", "the low point may have come when Y went on television to rebuke X"); not an infinitive of purpose
    ("would do whatever it can to back X": the backing is the aim)."""
    if node.dep_ in ("nsubj", "nsubjpass"):
        return True
    if node.dep_ != "advcl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    return node.tag_ == "VBG" or node.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in node.children)


def _reported_ongoing(verb) -> bool:
    """ "Novak said Peru's army would continue its fight against X": "would" on a continuing verb reported by a
    speaker is the speaker's "will" in the past tense, and what goes on is told as going on (not with a condition:
    "would continue ... if attacked", nor "would keep open")."""
    return verb.lemma_ in ONGOING_VERBS and verb.dep_ == "ccomp" and verb.head.lemma_ in C.SPEECH_VERBS \
        and any(c.dep_ in ("dobj", "xcomp") for c in verb.children) and not any(
            c.dep_ in ("advcl", "ccomp", "acomp", "oprd") and (c.dep_ != "advcl" or any(
                m.dep_ == "mark" and m.lower_ in C.CONDITIONS for m in c.children)) for c in verb.children)


def _reported_intent(verb) -> bool:
    """ "Peru said it would veto fresh sanctions against Bolivia": "would" on the speaker's own stand ("it", "he",
    "they"), under a speech verb in the past, is the speaker's "will" in the past tense: an intent stated, as "will"
    is. Never an act of force, a plan or a start ("said it would crush X", "would seek the extradition of X", "would
    start an operation against X" stay plans), never with a condition in the clause or on the speech verb ("would
    back X if attacked"), never "would have", never a present "says it would"."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_ not in C.SPEECH_VERBS or speech.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "he", "she", "they", "we") for c in verb.children):
        return False
    cue = C.VERBS.get(verb.lemma_)
    if verb.lemma_ in C.HEDGE_HEADS | {"start", "begin", "launch", "open", "mount"} \
            or verb.lemma_ in C.RISING_FIGHT_VERBS or cue and cue.plover == "ASSAULT":
        return False   # "said it would seek his extradition", "would crush the insurgency": a plan, no act yet
    return not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and not any(
        t.lower_ in C.CONDITIONS | {"unless", "otherwise"} for h in (verb, speech) for t in h.subtree)


def _joined_to(node):
    """The verb a clause hangs on; a participle the parser joined to a bare infinitive ("calling on X to focus on Y
    and warning Z against meddling") is joined to the participle above it, not part of the infinitive."""
    if node.dep_ == "conj" and node.tag_ == "VBG" and node.head.tag_ == "VB":
        for up in list(node.head.ancestors)[:3]:
            if up.tag_ == "VBG":
                return up
    return node.head


def _describes(relcl) -> bool:
    """Whether a relative clause adds to a noun already told ("Assad, who is backed by Iran", "Erdogan who he
    accused"), rather than picking out which ones ("activities that violate the embargo")."""
    left = relcl.left_edge
    return any(t.lower_ in ("who", "whom", "whose") for t in relcl.doc[left.i:relcl.i]) or (
        left.i > 0 and relcl.doc[left.i - 1].text == "," and left.lower_ != "that")


# words that make the post beside a name a past one: "his former adviser, Michael Flynn", "the late King"
# (not "retired": "Mattis, a retired general" holds a civil post now)
PAST_WORDS = frozenset("former ex late then onetime one-time erstwhile previous past".split())
# posts a state has one holder of at a time
SOLE_POSTS = frozenset({"HeadOfState", "HeadOfGovernment"})


def _past_marked(tok) -> bool:
    """Whether a word before a name, or its joined prefix ("ex-President", "then-Secretary"), marks a past post."""
    low = tok.lower_
    if low == "then" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
        return False   # "Trump then met X"
    return low in PAST_WORDS or low.split("-", 1)[0] in ("ex", "then") and "-" in low


def _past_phrases(doc, m) -> list[str]:
    """The title phrases marked as past that are written beside one mention of a person."""
    toks = tokens_of(doc)
    head, out = toks[m.token_end - 1], []
    window = list(doc[max(0, m.token_start - 5):m.token_start])
    cut = max((i for i, t in enumerate(window) if t.is_punct and t.text not in "-'" or t.pos_ in ("VERB", "AUX")),
              default=-1)
    marks = [t for t in window[cut + 1:] if _past_marked(t)]   # "former President X", not "Obama, then Trump"
    if marks:
        out.append(doc[marks[0].i:m.token_start].text)
    nouns = [head.head] if head.dep_ == "appos" and head.head.pos_ == "NOUN" else []   # "his former adviser, X"
    nouns += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]    # "X, the former adviser"
    for n in nouns:
        if any(_past_marked(c) for c in n.children if c.dep_ in ("amod", "compound", "advmod")):
            out.append(doc[n.left_edge.i:n.i + 1].text)
    return out


# "the resignation of Prime Minister X", "X's ouster", "X resigned": the post is behind him
LEFT_NOUNS = frozenset("resignation death funeral".split())   # not "ouster", "removal": mostly demanded
LEFT_VERBS = frozenset("resign quit".split())


def _left_office(doc, m) -> bool:
    """Whether a mention of a person tells that he has left his post (resigned, ousted, died)."""
    toks = tokens_of(doc)
    head = toks[m.token_end - 1]
    noun = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" \
        else None   # "Hariri's resignation", "the resignation of Lebanese Prime Minister Saad al-Hariri"
    if noun is not None and noun.lemma_.lower() in LEFT_NOUNS:
        asked = noun.head.lemma_ in C.URGE_VERBS | C.HEDGE_HEADS | {"demand", "seek"} or noun.head.lower_ == "for"
        return not asked and not hedged(noun)   # not "demanded the resignation of X", "calls for his resignation"
    verb = head.head
    return head.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN") and not hedged(verb) and (
        verb.lemma_ in LEFT_VERBS or verb.lemma_ == "step" and any(c.lower_ == "down" for c in verb.children))


def past_holders(ctx: Context) -> set[str]:
    """Officials the article gives their post as a past one ("former President X", "X, the former adviser", "his
    ex-minister, X") or says left it ("the resignation of Prime Minister X", "X resigned"), and those holding a sole post (head of state or government) of a state that another, more
    often named person holds too (a past president named in a later story): they speak only for themselves."""
    doc, out = ctx.doc, set()
    titles: dict[str, list[str]] = {}
    for h in ctx.holdings:
        titles.setdefault(h.person, []).append(h.title.lower())
    for m in ctx.mentions:
        if m.key in ctx.state_of and m.key not in out and any(
                t in phrase.lower() for phrase in _past_phrases(doc, m) for t in titles.get(m.key, ())):
            out.add(m.key)   # the past post is the one that gave the state: not "Mattis, a former general"
        elif m.key in ctx.state_of and _left_office(doc, m):
            out.add(m.key)
    named: dict[str, int] = {}
    for m in ctx.mentions:
        named[m.key] = named.get(m.key, 0) + 1
    holders: dict[tuple[str, str], list[str]] = {}
    states: dict[str, set[str]] = {}
    for h in ctx.holdings:
        if h.role in SOLE_POSTS and h.jurisdiction and h.jurisdiction.startswith("state:"):
            states.setdefault(h.person, set()).add(h.jurisdiction)
            if h.person not in out and h.person not in holders.get((h.role, h.jurisdiction), []):
                holders.setdefault((h.role, h.jurisdiction), []).append(h.person)
    for persons in holders.values():
        persons = [p for p in persons if len(states[p]) == 1]   # the head of two states is a misreading
        if len(persons) < 2:
            continue
        most = max(named.get(p, 0) for p in persons)
        out.update(p for p in persons if named.get(p, 0) < most)   # a tie: no telling who is in office
    return out


def _stand_for(ctx: Context, key: str, source: bool, bodies: dict[str, str] | None = None,
               past: set[str] | frozenset = frozenset()) -> str:
    """An official stands for their state (not a past holder); a government body, as a source, for its state."""
    if key in ctx.state_of and key not in past:
        return ctx.state_of[key]
    if source and key in body_states():
        return body_states()[key]
    if source and bodies and key in bodies:
        return bodies[key]
    return key


class Finder:
    """Collects relations for one article, deduplicated, the surest reading kept."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.actors = ctx.actors
        self.found: dict[tuple[str, str, str], Relation] = {}
        self.events: dict[str, tuple[int, list[str]]] = {}   # kind of act -> (sentence, who did it) last told
        # every act of a MEMORY_KINDS kind read with its agent: (kind, token, agents, patients), for anaphora.py
        self.memory: list[tuple[str, int, tuple[str, ...], tuple[str, ...]]] = []
        self.past = past_holders(ctx)

    def agent_of_event(self, noun) -> list[str]:
        """Who did "the strikes" / "the offensive": the agent of the same kind of act told up to two sentences back."""
        kind = C.EVENT_KINDS.get(noun.lemma_.lower())
        if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
            return []
        sent, agents = self.events.get(kind, (-9, []))
        if 0 < self.actors.sent_of(noun) - sent <= 2:
            return agents
        return self.agents_of(kind, noun)   # further back: only the article's one agent of that kind of act

    def agents_of(self, kind: str, noun) -> list[str]:
        """Who did "the arrests" / "these attacks" / "the sanctions": the one agent the article gives that kind of act
        (custody, a decision, a referendum told anywhere in the article, attacks up to two sentences before the noun);
        nothing when two agents, or an attack told with none ("an attack", "a raid"), make it unclear."""
        here = self.actors.sent_of(noun)   # attacks are many in a war story: only one told up to two sentences back
        told = [(i, agents) for k, i, agents, _ in self.memory if k == kind and (kind in C.ARTICLE_KINDS or (
            i < noun.i and here - self.actors.sent_of(self.ctx.doc[i]) <= 2))]
        seen = {i for i, _ in told}
        if len({agents for _, agents in told}) != 1:
            return []
        untold = [t for t in self.ctx.doc[:noun.i] if kind not in C.ARTICLE_KINDS and t.dep_ != "attr"
                  and C.MEMORY_KINDS.get(t.lemma_.lower()) == kind and t.pos_ == "NOUN" and t.i not in seen
                  and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
        return [] if untold else list(told[0][1])

    def holder_of(self, held: list[str], tok) -> list[str]:
        """Who holds the persons whose release is asked: the agent of the custody act told of them, else the one
        holder the article names."""
        own = {agents for k, _, agents, patients in self.memory if k == "custody" and set(held) & set(patients)}
        if len(own) == 1:
            return list(next(iter(own)))
        return self.agents_of("custody", tok)

    def owners(self, noun) -> list[str]:
        """The actors written on a noun as its owner or modifier: "Turkey's calls", "Russian support", "a U.S. demand"."""
        return [self.actors.key_at[c.i] for c in noun.children
                if c.dep_ in ("poss", "amod", "compound") and c.i in self.actors.key_at]

    def armed(self, key: str) -> bool:
        """Whether an actor can fight: a state or an armed group (not a party, a company or an election rival)."""
        entity = self.ctx.entities.get(key)
        return key.startswith("state:") or entity is not None and entity.org_kind in C.RIVAL_KINDS

    def add(self, cue: C.Cue, sources: list[str], targets: list[str], tok, word: str, conf: float | None = None,
            both: bool = False, in_person: bool = False) -> None:
        """Record cue(source, target) for every pair; both=True adds the reverse direction too; in_person=True
        keeps a person source as the person, not their state."""
        confidence = cue.confidence if conf is None else conf
        if not sources or confidence < MIN_CONFIDENCE:
            return
        kind = C.EVENT_KINDS.get(tok.lemma_.lower())
        if kind and cue.plover == "ASSAULT":   # kept with no named target too: "X shelled the town. The shelling
            self.events[kind] = (self.actors.sent_of(tok), [self.stand_for(s, True) for s in sources])   # drew ..."
        if cue.rel == "opposes" and (mem := C.MEMORY_KINDS.get(tok.lemma_.lower())):
            self.memory.append((mem, tok.i, tuple(dict.fromkeys(self.stand_for(s, True) for s in sources)),
                                tuple(self.stand_for(t, False) for t in targets)))
        if not targets:
            return
        if cue.rel == "supports" and all(self._party(t) for t in targets):   # "said Jana Novak, an ANO supporter",
            sources = [s for s in sources if not s.startswith("person:") or self._public(s)]   # "I will vote for X":
            # a private person's vote is no relation; an office holder's or a known official's backing is
        speaker = self._reporting_speaker(tok)
        if cue.rel == "supports" and any(t.lower_ in C.TERROR_WORDS for t in tok.subtree) \
                and self._told_by_other(tok, sources):
            return   # "[Y's army] said X supports the ISIL terrorist group": Y's accusation, not the narrator's fact
        for s in sources:
            for t in targets:
                s2, t2 = self.stand_for(s, True), self.stand_for(t, False)
                if in_person and s.startswith("person:"):
                    s2 = s   # "pro-EU lawmaker X", "pro-EU centrist X": the person's own leaning, not their state's act
                if s2 == t2 and s != t and s.startswith("person:") and t.startswith("person:"):
                    s2, t2 = s, t   # "Senator Rubio opposes Obama's moves": two officials of one state, in person
                elif s2 == t2 and cue.cameo == C.DETAIN.cameo and t.startswith("person:") and not self._sole_holder(t):
                    t2 = t   # "Peru jailed Senator X": a state holds its own official in person, not itself (its
                    # sitting head is its voice: "the premier has been charged with close ties to Y" is criticism)
                elif s2 == t2 and cue in (C.PRO, C.ANTI) and s.startswith("org:") and t.startswith("person:"):
                    s2, t2 = s, t   # "the pro-Kovac Supreme Court": a state's body siding with its own head, in person
                if s2 == t2 or s == t:
                    continue
                if cue.rel == "opposes" and speaker and speaker == t2 and speaker != s2:
                    continue    # one side's allegation about the other, as reported by that side
                self._put(cue, s2, t2, tok, word, confidence)
                if both:
                    self._put(cue, t2, s2, tok, word, confidence)

    def _sole_holder(self, key: str) -> bool:
        """Whether a person holds the article's post of head of state or government."""
        return any(h.person == key and h.role in SOLE_POSTS for h in self.ctx.holdings)

    def _party(self, key: str) -> bool:
        """A party or an org of no known kind (a movement the model found): what voters back."""
        return key.startswith("org:") and getattr(self.ctx.entities.get(key), "org_kind", None) in ("party", "other", None)

    def _public(self, key: str) -> bool:
        """A person with a post in the article or a known official of the corpus."""
        if any(h.person == key for h in self.ctx.holdings) or key in self.ctx.state_of:
            return True
        ent = self.ctx.entities.get(key)
        return ent is not None and tuple(name_tokens(ent.name)) in load_officials()[0]

    def stand_for(self, key: str, source: bool) -> str:
        """The actor a key acts as: an official's state, a body's state (as a source), a group's spokesperson's
        group (as a source), else itself."""
        if source and key in self.actors.voice_of and key not in self.ctx.state_of:
            return self.actors.voice_of[key]
        return _stand_for(self.ctx, key, source, self.actors.body_state if source else None, self.past)

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

    def _told_by_other(self, tok, sources: list[str]) -> bool:
        """Whether a cue sits in reported speech whose speaker is not one of its sources."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS:   # the speaker, also of a joined
                said = {self.stand_for(k, True) for k in self.actors.subjects(node.head)[0]}   # "... and said"
                return not said & {self.stand_for(k, True) for k in sources}
            node = node.head
        return False

    def _reporting_speaker(self, tok) -> str | None:
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS:
                for c in node.head.children:
                    if c.dep_ == "nsubj":
                        got = self.actors.of(c)
                        if got:
                            return self.stand_for(got[0], True)
                return None
            node = node.head
        return None


