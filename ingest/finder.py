"""The relation collector: hedging (hypothetical, denied, planned wording) and who stands for whom.

`Finder.add(cue, sources, targets, token, word)` records a relation with its evidence; officials stand
for their state, government bodies (as sources) too; one side's allegation about the other is dropped.
"""

from __future__ import annotations

from . import cues as C
from .actors import Actors, body_states
from .context import Context
from .model import Evidence, Relation

MIN_CONFIDENCE = 0.5


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
        if not outer and node.dep_ in ("acl", "ccomp") and node.head.lemma_ in C.HEDGE_NOUNS \
                and node.head.pos_ == "NOUN":
            return True     # "a demand that Hamas sever its ties with Iran": asked for, not done
        if not outer and node.dep_ == "ccomp" and any(c.dep_ == "neg" for c in node.head.children):
            return True     # "did not mean that Libya had cut its ties"
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
    if source and key in body_states():
        return body_states()[key]
    if source and bodies and key in bodies:
        return bodies[key]
    return key


class Finder:
    """Collects relations for one article, deduplicated, the surest reading kept."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.actors = Actors(ctx)
        self.found: dict[tuple[str, str, str], Relation] = {}
        self.events: dict[str, tuple[int, list[str]]] = {}   # kind of act -> (sentence, who did it) last told

    def agent_of_event(self, noun) -> list[str]:
        """Who did "the strikes" / "the offensive": the agent of the same kind of act told up to two sentences back."""
        kind = C.EVENT_KINDS.get(noun.lemma_.lower())
        if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
            return []
        sent, agents = self.events.get(kind, (-9, []))
        return agents if 0 < self.actors.sent_of(noun) - sent <= 2 else []

    def add(self, cue: C.Cue, sources: list[str], targets: list[str], tok, word: str, conf: float | None = None,
            both: bool = False) -> None:
        """Record cue(source, target) for every pair; both=True adds the reverse direction too."""
        confidence = cue.confidence if conf is None else conf
        if not sources or not targets or confidence < MIN_CONFIDENCE:
            return
        speaker = self._reporting_speaker(tok)
        kind = C.EVENT_KINDS.get(tok.lemma_.lower())
        if kind and cue.plover == "ASSAULT":
            self.events[kind] = (self.actors.sent_of(tok), [_stand_for(self.ctx, s, True, self.actors.body_state)
                                                            for s in sources])
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


