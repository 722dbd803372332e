"""Meetings that took place (who, where, when), read off the dependency parse.

A meeting's participants are the named persons, or a state where no person of it is named (a
visit with no named host: the visitor and the host state). Planned, hypothetical and remote
(phone, video) meetings are left out. Dates are worked out from the article's date.
"""

from __future__ import annotations

import re

from . import cues as C
from .clauses import (after_done, conjuncts, here_for_talks, journey_done, modal, on_sidelines, own_tense, past,
                      pending, perfect, remote, while_done)
from .context import Context
from .dates import WEEKDAYS, date_of, resolve_date
from .memberships import extract_memberships
from .model import Evidence, Meeting
from .relations import Actors, hedged
from .visits import (MEALS, arrive, attend, host_state, receive, state_of_city, stay, told_in_person, together,
                     visit_noun)

__all__ = ["extract_meetings", "extract_memberships", "resolve_date"]   # memberships: relations reads them here

# talks named by a noun, beyond the shared cue lexicon: "the discussions that Kerry had with Lavrov"
TALK_NOUNS = C.MEET_NOUNS | {"discussion", "discussions", "briefing"}
# appearances before the press, meetings only when held with someone: "a joint press briefing with Y"
PRESS_NOUNS = frozenset({"conference", "briefing"})
# prepositions of a time phrase: "after talks with X", "since a summit with Y", "at a news conference with Z"
TIME_PREPS = frozenset("after following since during at".split())
# "is due in Ankara for talks", "was set for talks": words of a schedule, not an event
DUE_WORDS = frozenset("due set expected scheduled slated poised".split())
# verbs of telling someone something face to face: "told Y at a meeting"
TOLD_VERBS = frozenset("tell assure urge ask warn brief inform".split())
# meals and receptions a host gives for a guest: "hosted a dinner for Y"
HOSTED_MEALS = MEALS | {"reception"}
# nouns for two persons: "the two leaders met"
PAIR_PERSONS = frozenset("leader man president minister premier diplomat official".split())
# nouns for a side of a meeting that stand for the states or groups modifying them: "his South Korean and
# Japanese counterparts", "the Fatah faction", "a Russian delegation"
SIDE_NOUNS = frozenset("""counterpart counterparts delegation delegations faction officials official leaders
minister ministers negotiators envoys diplomats representatives secretary politicians lawmakers legislators
affaires""".split())


def _pair_word(tok) -> bool:
    """ "the two", "both men", "the two leaders": a subject that stands for two persons named just before."""
    if tok.lower_ in ("two", "both") and tok.pos_ == "NUM":
        return True
    return tok.lemma_.lower() in PAIR_PERSONS and any(c.lower_ in ("two", "both") for c in tok.children)


class MeetingFinder:
    """Collects meetings of one article and merges those that are the same event."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.actors = Actors(ctx)
        self.found: list[Meeting] = []
        self._posted = set(ctx.state_of) | {h.person for h in ctx.holdings if h.jurisdiction}

    def place_of(self, verb, depth: int = 0) -> str | None:
        """The city or state a meeting took place in: an "in"/"to" phrase of the verb, a visit's object,
        the place a "where" clause hangs on ("in the Azeri capital Baku, where he met ...")."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                for o in c.children:
                    # "in the Russian city of Yekaterinburg": the city named after "of"
                    named = [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
                    k = self.place_key(o) or (self.place_key(named[0]) if named and o.lemma_ in (
                        "city", "town", "capital", "port", "resort") else None)
                    if k:
                        return k
        if depth < 2:   # "for talks at his Black Sea residence in Sochi": a place deeper in the phrase
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ not in ("from", "before", "ahead", "until", "since", "of"):
                    for o in c.children:
                        k = self.place_of(o, depth + 1) if o.dep_ == "pobj" else None
                        if k:
                            return k
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
                and verb.head.dep_ != "conj" and not any(c.dep_ == "conj" for c in verb.head.children):
            return self.place_key(verb.head)   # not "to Ethiopia and South Sudan, where": which one?
        return None

    def place_key(self, tok) -> str | None:
        """The place a token names: a city, or a state named or by its capital ("Beijing" -> the city)."""
        for m in self.ctx.mentions:
            if m.token_start <= tok.i < m.token_end and (m.key.startswith(("city:", "place:"))
                                                         or m.key.startswith("state:") and m.how in ("name", "seat")):
                if m.how == "seat":
                    return f"city:{m.text}"   # a capital named as a place: the city, not the government
                return m.key
        if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            return f"city:{tok.text}"
        return None

    def agents(self, verb) -> list[str]:
        """The subjects of a meeting verb; else the one person named inside its subject phrase
        ("The new chief of Hamas, Ismail Haniyeh, arrived")."""
        if verb.dep_ == "relcl" and verb.head.dep_ == "conj" and any(
                c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            first = verb.head   # "Abe and Trump, who met in Tokyo": the relative clause is about both
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            return self.people([first])
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if len(subjects) == 1 and _pair_word(subjects[0]):
            return self.pair(verb)   # "when the two met", "after the two leaders met"
        if any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children) and verb.dep_ == "advcl":
            got = self.pair_above(verb)
            if got:
                return got
        if len(subjects) > 1:   # "Zarif and his Turkish counterpart Mevlut Cavusoglu held": parsed as two subjects
            return self.people(subjects)
        if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr":   # "Erdogan is the first president to visit"
            got = [k for c in verb.head.head.children if c.dep_ == "nsubj" for k in self.actors.of(c)]
            if got:
                return got
        got = self.actors.subjects(verb)[0]
        if got:
            return got
        got = [k for c in subjects for k in self._side(c)]
        if got:   # "a U.S. deputy assistant secretary of state met with X", "British lawmakers visited"
            return got
        node = verb
        while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ in ("advcl", "xcomp", "conj") \
                and node.head.i != node.i:
            node = node.head
        for c in node.children:
            if c.dep_ == "nsubj":
                persons = {self.actors.key_at[t.i] for t in c.subtree if t.i in self.actors.key_at
                           and self.actors.key_at[t.i].startswith("person:")}
                if len(persons) == 1:
                    return list(persons)
        if verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            # "Since becoming secretary of state on Feb. 1, Tillerson, a former ..., has traveled": the parser
            # hung the subject on the date; take the person named last before the verb, no other verb between
            for t in reversed(verb.doc[verb.sent.start:verb.i]):
                if t.head.i == verb.i and t.dep_ in ("aux", "neg", "advmod", "punct"):
                    continue
                if t.pos_ in ("VERB", "AUX"):
                    break
                k = self.actors.key_at.get(t.i, "")
                if k.startswith("person:"):
                    return [k]
        return []

    def official(self, key: str) -> bool:
        """Whether a person holds a post, of a state or of a body ("EU Commission President Juncker"): a visitor
        whose visit is one between actors, unlike a tourist's."""
        return key.startswith("person:") and key in self._posted

    def sure_antecedent(self, pron, key: str) -> bool:
        """Whether a pronoun surely stands for `key`: named before it in its sentence, or the subject of the
        sentence before ("Ursula von der Leyen welcomed Trump's pledge. ... she said": not Trump)."""
        sent = self.actors.sent_of(pron)
        start = self.ctx.sentences[max(0, sent - 1)][0]
        for t in self.ctx.doc[:pron.i]:
            if t.idx < start or self.actors.key_at.get(t.i) != key:
                continue
            if self.actors.sent_of(t) == sent or t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def pair(self, tok) -> list[str]:
        """ "the two": the two persons named before it in its sentence, else in the sentence before (none other)."""
        sent = self.actors.sent_of(tok)
        for s in (sent, sent - 1):
            if s < 0:
                break
            start, _ = self.ctx.sentences[s]
            end = tok.idx if s == sent else self.ctx.sentences[sent][0]
            named = list(dict.fromkeys(k for t in self.ctx.doc if start <= t.idx < end
                                       for k in [self.actors.key_at.get(t.i, "")] if k.startswith("person:")))
            if len(named) == 2:
                return named
            if named:
                return []   # one or three: which two is not told
        return []

    def pair_above(self, verb) -> list[str]:
        """ "Lopez said she and Carter settled it when they met": "they" is the two persons of the clause the
        when-clause hangs on; a pronoun among them is the speaker of the clause above that one."""
        clause = verb.head
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head   # "agreed to keep talking when they met": the subject of "agreed"
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or len(conjuncts(subj)) != 2:
            return []
        out: list[str] = []
        for t in conjuncts(subj):
            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "i") and clause.dep_ == "ccomp":
                got = [k for c in clause.head.children if c.dep_ == "nsubj" for k in self.actors.of(c)]
            else:
                got = self.actors.of(t)
            got = [k for k in got if k.startswith("person:")]
            if len(got) != 1:
                return []
            out += got
        return out if len(set(out)) == 2 else []

    def people(self, toks) -> list[str]:
        """The actors of some noun phrases, persons standing for themselves; a side named only by its
        modifiers ("his South Korean and Japanese counterparts", "Abbas's Fatah faction") stands for them."""
        out: list[str] = []
        for t in toks:
            conjs = conjuncts(t)
            # "between Xi and Trump's predecessor, Barack Obama" parsed as three conjuncts: the possessor is none
            owners = {self.actors.key_at.get(n.i) for n in conjs if any(
                c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in n.children) and any(n.i < m.i <= n.i + 4
                                                                                       for m in conjs)} - {None}
            for n in conjs:
                if self.actors.key_at.get(n.i) in owners:
                    continue
                got = [k for k in self.actors.of(n) if k not in owners]
                if not any(k.startswith("person:") for k in got) and n.i not in self.actors.key_at:
                    # "Prime Minister Lee Hsien Loong" with the name's last word left out of the person's mention
                    got = [self.actors.key_at[c.i] for c in n.children if c.dep_ == "compound" and n.pos_ == "PROPN"
                           and self.actors.key_at.get(c.i, "").startswith("person:")][-1:] or got
                after = self.actors.key_at.get(n.i + 1, "")
                if not any(k.startswith("person:") for k in got) and n.lower_ == "counterpart" and \
                        after.startswith("person:"):
                    got = [after]   # "his German counterpart Frank Meier said": the parser took the name away
                if not any(k.startswith("person:") for k in got):   # "his U.S. counterpart, Joseph Yun": the person
                    got = self._side(n) or self._possessor_of_name(n) or got
                if len(got) == 1 and got[0].startswith("state:") and n.lower_ in HEAD_WORDS and n.i not in \
                        self.actors.key_at:
                    # "met with the president of Taiwan": the one person the article makes Taiwan's president
                    heads = {h.person for h in self.ctx.holdings if h.jurisdiction == got[0]
                             and h.role == HEAD_WORDS[n.lower_]}
                    got = list(heads) if len(heads) == 1 else got
                out += [k for k in got if k not in out]
        return out

    def _possessor_of_name(self, tok) -> list[str]:
        """ "a trip by Singapore's Prime Minister Lee Hsien Loong" parsed with the state as the object: the person
        its possessive names, when only title words stand between."""
        if not self.actors.key_at.get(tok.i, "").startswith("state:") or not any(
                c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in tok.children):
            return []
        j = tok.i + 1
        while j < len(tok.doc) and (tok.doc[j].dep_ == "case" or self.actors.key_at.get(j) == self.actors.key_at[tok.i]):
            j += 1
        while j < len(tok.doc) and j - tok.i < 6 and tok.doc[j].pos_ == "PROPN" and j not in self.actors.key_at:
            j += 1
        k = self.actors.key_at.get(j, "")
        return [k] if k.startswith("person:") and j >= tok.i + 2 else []

    def _side(self, noun) -> list[str]:
        """The states or groups a side noun stands for: its demonym and name modifiers, conjoined ones too."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SIDE_NOUNS and noun.lower_ not in SIDE_NOUNS:
            return []
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"]
        mods += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children
                 if o.dep_ == "pobj"]   # "leaders of the Southern Front", "his counterparts from Iran and Russia"
        mods += [x for c in mods for x in c.children if x.dep_ == "conj"]
        keys = [self.actors.key_at[c.i] for c in sorted(mods, key=lambda c: c.i) if c.i in self.actors.key_at]
        keys += [k for k in self._side_from(noun) if k not in keys]   # "ministers from A, B and C": the third too
        # "his EU counterparts" are the leaders of the EU's states, not the EU
        kinds = ("state:",) if noun.lemma_.lower().startswith("counterpart") else ("state:", "org:")
        return list(dict.fromkeys(k for k in keys if k.startswith(kinds)))

    def _side_from(self, head) -> list[str]:
        """The states of a "from A, B and C" phrase of `head` (also after "including"): where a group of officials
        named by a bare side noun comes from."""
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps += [p for c in head.children if c.lower_ == "including" for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "from"]
        keys = [k for p in preps for o in p.children if o.dep_ == "pobj" for n in conjuncts(o)
                for k in self.actors.of(n) if k.startswith("state:")]
        return list(dict.fromkeys(keys))

    def add(self, parts: list[str], place: str | None, when: str | None, tok, word: str, conf: float) -> None:
        """Record a meeting of two or more sides, with the sentence of `tok` as evidence."""
        parts = list(dict.fromkeys(p for p in parts if p))
        # "Zarif and his Turkish counterpart Mevlut Cavusoglu": the named person stands for the state
        parts = [p for p in parts if not any(self.ctx.state_of.get(q) == p for q in parts)]
        if len(parts) < 2 or sum(p.startswith("state:") for p in parts) > 4:
            return   # a list of countries is a group, not the parties to one meeting
        if len({self.ctx.state_of.get(p, p) for p in parts}) < 2:
            return   # officials of one state among themselves: a working meeting, not one between actors
        if when is None and perfect(tok):
            when = ""   # "has traveled to Germany", "had held talks": before the lede's day, so no day is guessed
        sent = self.actors.sent_of(tok)
        start, end = self.ctx.sentences[sent]
        if place and place.startswith("city:") and place[5:] in self.ctx.article.text:
            place = self._city_key(place)
        ev = Evidence(self.ctx.article.text[start:end], start, end, conf, word)
        self.found.append(Meeting(tuple(sorted(parts)), place, when, ev))

    def _city_key(self, place: str) -> str:
        from .gazetteer import slug
        return f"city:{slug(place[5:])}"


def extract_meetings(ctx: Context) -> tuple[Meeting, ...]:
    """The in-person meetings, talks and visits that the article says took place."""
    f = MeetingFinder(ctx)
    adate = ctx.article.date
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        sat_down = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or (
            lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children)) or (
            lemma in ("speak", "talk", "chat") and on_sidelines(tok)) or (
            lemma in ("speak", "stand", "appear", "sit") and any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                                                                 for c in tok.children))   # in person, face to face
        sat_down = sat_down or lemma in ("confer", "huddle") and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                     for c in tok.children)
        habit = tok.tag_ in ("VBP", "VBZ")   # "meets annually with", "when we meet X": a habit or a plan
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) and any(c.dep_ == "agent" for c in tok.children)
        if tok.pos_ == "VERB" and lemma in ("receive", "welcome", "greet", "host") and passive and not habit \
                and not hedged(tok, planned=True) and not remote(tok):
            receive(f, tok, adate)   # "X was received by Y in Sochi"
        elif tok.pos_ == "VERB" and (lemma in C.MEET_VERBS or lemma == "tour" or sat_down) and not remote(tok) \
                and not habit and not pending(tok) and (not hedged(tok, planned=True) or journey_done(tok)
                                                        or own_tense(tok) or after_done(tok)):
            # "sat down with X" is a meeting; "toured a camp in southern Turkey" a visit
            _meet_verb(f, tok, "meet" if sat_down else "visit" if lemma == "tour" else lemma, adate)
        elif tok.pos_ == "VERB" and lemma in ("receive", "welcome", "greet") and not habit \
                and not hedged(tok, planned=True):
            receive(f, tok, adate)
        elif tok.pos_ == "VERB" and lemma == "attend" and not hedged(tok, planned=True):
            attend(f, tok, adate)
        elif lemma == "be" and (tok.tag_ == "VBD" or tok.tag_ == "VBZ" and here_for_talks(tok)) \
                and not hedged(tok, planned=True):
            stay(f, tok, adate)   # "was in China last week", "is in Ankara for a two-day visit"
        elif tok.pos_ == "VERB" and lemma in C.ARRIVE_VERBS | {"land"} and not hedged(tok, planned=True):
            arrive(f, tok, adate)
        elif tok.pos_ == "VERB" and lemma in C.PACT_VERBS | {"reach", "strike"} and not hedged(tok, planned=True):
            _sealed(f, tok, adate)
        elif tok.pos_ == "NOUN" and lemma in TALK_NOUNS \
                and not remote(tok):
            _meet_noun(f, tok, lemma, adate)
        elif tok.pos_ == "VERB" and (lemma in ("dine", "have", "join", "accompany", "flank")
                                     or tok.lower_ in ("dined", "dining")) and not remote(tok):
            together(f, tok, adate)   # "dined with Y", "had lunch with Y", "joined Y for talks", "flanked by Y"
        elif tok.pos_ == "VERB" and lemma in ("take", "bring") and tok.tag_ in ("VBD", "VBN") and \
                not hedged(tok, planned=True):
            _tour_took(f, tok, adate)   # "Ada Rell's tour took her to Austria and then Slovakia"
        elif tok.pos_ == "VERB" and lemma in HAND_VERBS and tok.tag_ == "VBD" and \
                any(c.lower_ == "where" for c in tok.children):
            _handed_where(f, tok, adate)   # "flew to Ardia on Tuesday, where he handed Y a letter"
        elif tok.pos_ == "VERB" and lemma in ("tell", "brief", "face", "address") and not remote(tok):
            told_in_person(f, tok, adate)   # "On a tour of the dam, X told Y", "X and Y told reporters"
    dated = [_lede_dated(ctx, m) for m in f.found]
    return _merge([m if m.date else Meeting(m.participants, m.place, None, m.evidence) for m in dated], ctx)


def _tour_took(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "X's tour took her to A and then B, where she held talks with Y": a visit of X to each place of the list,
    but the one whose "where" clause tells a meeting of its own."""
    tour = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in ("tour", "trip", "journey")), None)
    if tour is None or not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return
    owners = [k for c in tour.children if c.dep_ == "poss" for k in f.people([c]) if k.startswith("person:")]
    if len(owners) != 1 or owners[0] not in f._posted:
        return
    for o in (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
              if o.dep_ == "pobj"):
        for t in conjuncts(o):
            if any(c.dep_ == "relcl" and any(x.lower_ == "where" for x in c.children) for c in t.children):
                continue   # "..., where she held talks with Y": that stop is the meeting read there
            host = host_state(f, t)
            if host and f.ctx.state_of.get(owners[0]) != host:
                f.add(owners + [host], f.place_key(t), date_of(verb, adate), verb, verb.text, 0.6)


# a head of state or government named by the title alone: "met with the president of Taiwan"
HEAD_WORDS = {"president": "HeadOfState", "king": "HeadOfState", "emir": "HeadOfState",
              "premier": "HeadOfGovernment", "chancellor": "HeadOfGovernment"}
# verbs whose object is a meeting wished for, not one held: "favour early talks with Y", "call for talks"
WISH_VERBS = frozenset("favour favor want seek propose urge call push demand back endorse support advocate".split())
# verbs of handing something over in person: "handed Y a letter", "conveyed a message to Y"
HAND_VERBS = frozenset("hand convey deliver pass present".split())


def _handed_where(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "X flew to Ardia on Tuesday, where he handed opposition leader Y a letter": a meeting of the traveller and
    the named receiver, in the place of the clause the "where" hangs on."""
    top = verb
    while top.head.i != top.i and top.dep_ not in ("ROOT", "ccomp"):
        top = top.head
    if top.lemma_ not in C.ARRIVE_VERBS | {"visit", "land", "go", "travel", "tour"} or not past(top) or \
            hedged(top, planned=True):
        return
    whom = [c for c in verb.children if c.dep_ == "dative"]
    whom += [o for x in (verb, *[c for c in verb.children if c.dep_ == "dobj"]) for c in x.children
             if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    others = [k for k in f.people(whom) if k.startswith("person:")]
    subj = f.agents(top)
    if others and subj and not set(subj) & set(others):
        f.add(subj + others, f.place_of(top), date_of(top, adate), verb, verb.text, 0.6)


def _neighbour_date(f: MeetingFinder, noun, adate: str | None) -> str | None:
    """A news conference's day told in the sentence before or after about the same visit ("X arrived in Paris on
    Tuesday. X, at a joint press briefing with Y, said"): a weekday there whose sentence names the speaker."""
    sents = list(noun.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    people = {k for t in sents[here] for k in [f.actors.key_at.get(t.i, "")] if k.startswith("person:")}
    days = []
    for i in (here - 1, here + 1):
        if not 0 <= i < len(sents) or not people & {f.actors.key_at.get(t.i, "") for t in sents[i]}:
            continue
        days += [t for t in sents[i] if t.lower_ in WEEKDAYS]
    days = list(dict.fromkeys(days))
    if len({t.lower_ for t in days}) != 1:
        return None   # no day, or two: which one is not told
    return resolve_date(days[0].text, adate)


def _lede_dated(ctx: Context, m: Meeting) -> Meeting:
    """An undated meeting of someone the first sentence dates ("Erdogan on Wednesday called ...") takes that date:
    news reports the lede's event and the meeting in the same story."""
    if m.date is not None or not ctx.sentences or not ctx.article.date:
        return m
    end = ctx.sentences[0][1]
    if len(ctx.sentences) > 1 and len(ctx.article.text[:end].split()) < 8:
        end = ctx.sentences[1][1]   # "TUNIS (Reuters) -" parsed as a sentence of its own
    lede = [t for t in ctx.doc if t.idx < end]
    keys = {k for t in lede for k in [Actors.key_of(ctx, t)] if k and k.startswith("person:")}
    if not keys & set(m.participants):
        return m
    for t in lede:
        if t.lower_ in WEEKDAYS or t.lower_ in ("today", "yesterday"):
            d = resolve_date(t.text, ctx.article.date)
            return Meeting(m.participants, m.place, d, m.evidence)
    return m


def _meet_verb(f: MeetingFinder, verb, lemma: str, adate: str | None) -> None:
    subj = f.agents(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "hands"]   # "shook hands with Y"
    withs = ("with", "to", "alongside", "beside") if verb.lemma_ in ("speak", "talk", "chat", "stand", "appear", "sit") \
        else ("with",)
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in withs for o in c.children if o.dep_ == "pobj"]
    others = f.people(objs)
    if not others and any(o.lemma_.lower() in SIDE_NOUNS for o in objs):
        others = f._side_from(verb)   # "after meeting foreign ministers from A, B and C": the parser hangs "from" on the verb
    if verb.lemma_ in ("speak", "talk", "chat", "stand", "appear", "sit"):   # not "speaking to Reuters on the sidelines"
        others = [k for k in others if k.startswith(("person:", "state:"))]
    place = f.place_of(verb) or next((p for o in objs for p in [f.place_of(o)] if p), None) or next((
        # "met Carl Mende, a lawmaker and an ally of X, in London": the comma closes the appositive, the place is the verb's
        f.place_key(x) for o in objs for a in o.children if a.dep_ == "appos" for n in conjuncts(a)
        for c in n.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > n.i and verb.doc[c.i - 1].text == ","
        for x in c.children if x.dep_ == "pobj" and f.place_key(x)), None)
    when = date_of(verb, adate)
    if verb.tag_ == "VBG" and when and adate and when != adate[:10] and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children):
        return   # "is meeting X on Friday" in a Tuesday article: a plan
    if lemma == "visit":
        if not any(f.official(k) or k.startswith("state:") for k in subj):
            return   # a tourist visiting Germany, the Red Cross visiting prisons: no meeting between states' actors
        if not others:   # "visited Hama": the state the city lies in
            others = [h for o in objs for h in [host_state(f, o)] if h][:1] or [
                h for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and objs
                for o in c.children if o.dep_ == "pobj" for h in [host_state(f, o)] if h][:1]   # "toured a camp in X"
            place = place or next((p for o in objs for t in (o, *[x for c in o.children if c.lower_ == "of"
                                                                  for x in c.children]) for p in [f.place_key(t)] if p), None)
        hosts = [k for k in others if k.startswith("state:")]
        named = [k for k in others if not k.startswith("state:")]
        if hosts and not named:   # "was visiting London": the city, not its state
            place = place or next((p for o in objs for t in conjuncts(o) if host_state(f, t) == hosts[0]
                                   for p in [f.place_key(t)] if p), None) or hosts[0]
        f.add(subj + others, place, when, verb, verb.text, 0.75)
        return
    if not others and subj and lemma == "meet":   # "spoke in Tehran after meeting the president"
        outer = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following") else verb
        place = place or f.place_of(outer)
        others = _unnamed_side(f, objs, subj, place)
    if lemma == "host":
        if not others:   # "hosted a dinner for Y": the guest of the meal
            others = [k for o in objs if o.lemma_ in HOSTED_MEALS for c in o.children if c.dep_ == "prep" and c.lower_ in (
                "for", "with") for x in c.children if x.dep_ == "pobj" for k in f.people([x]) if k.startswith("person:")]
        if verb.tag_ in ("VBD", "VBN") and all(k in f.ctx.state_of or k.startswith("state:") for k in others):
            f.add(subj + others, place, when, verb, verb.text, 0.7)
        return
    if not others and any(c.dep_ == "dobj" for c in verb.children):
        return   # "Romania and Bulgaria meet all the criteria"
    if not others and len(subj) >= 2:   # "X and Y met"
        f.add(subj, place, when, verb, verb.text, 0.8)
        return
    if len(others) >= 2 and any(c.lower_ in ("separately", "individually") for c in verb.children):
        for other in others:   # "met separately with Y and Z": one meeting each
            f.add(subj + [other], place, when, verb, verb.text, 0.8)
        return
    f.add(subj + others, place, when, verb, verb.text, 0.8)


def _unnamed_side(f: MeetingFinder, objs, subj: list[str], place: str | None) -> list[str]:
    """ "after meeting the president", "held talks with his counterparts in Moscow": a side named by a bare title
    is the one person the article gives that title (not a subject), else the state hosting the meeting."""
    bare = [o for o in objs if o.lemma_.lower() in C.TITLE_NOUNS | SIDE_NOUNS and o.i not in f.actors.key_at
            and all(c.dep_ in ("det", "poss", "compound") and c.i not in f.actors.key_at for c in o.children)]
    if not bare:
        return []
    title = " ".join(t.lower_ for t in bare[0].subtree if t.dep_ not in ("det", "poss"))
    holders = {h.person for h in f.ctx.holdings if h.title == title and h.person not in subj}
    if len(holders) == 1 and not bare[0].lemma_.lower().startswith("counterpart"):
        return list(holders)
    host = place if place and place.startswith("state:") else (
        state_of_city(f.ctx, place) if place and place.startswith("city:") else None)
    return [host] if host and all(f.ctx.state_of.get(k, k) != host for k in subj) else []


def _sealed(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Hamas and Fatah sealed a deal last week in Cairo": the parties met where they signed."""
    if not any(c.dep_ == "dobj" and c.lemma_ in C.PACT_NOUNS | {"deal", "agreement"} for c in verb.children):
        return
    place = f.place_of(verb) or next((p for c in verb.children if c.dep_ == "dobj" for p in [f.place_of(c)] if p), None)
    parties = f.people([c for c in verb.children if c.dep_ == "nsubj"]) or f.actors.subjects(verb)[0]
    if all(k.startswith("state:") for k in parties):
        return   # "Peru and Chile signed a peace accord in Lima": states sign through envoys; no meeting is told
    if place and len(parties) >= 2 and verb.tag_ in ("VBD", "VBN"):
        f.add(parties, place, date_of(verb, adate), verb, verb.text, 0.6)


def _meet_noun(f: MeetingFinder, noun, lemma: str, adate: str | None) -> None:
    """ "held talks with X", "a joint news conference with X", "X's visit to Y", "after talks with the U.S. officials"."""
    if lemma in PRESS_NOUNS and not any(c.lower_ in ("news", "press", "joint") for c in noun.children):
        return
    if lemma not in C.MEET_NOUNS | PRESS_NOUNS and not (noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "hold")
                                          and past(noun.head)) and not any(
            c.dep_ == "relcl" and c.lemma_ in ("have", "hold") for c in noun.children):
        return   # "discussions" may be ongoing or remote: only those someone held count
    if any(c.lower_ in ("planned", "upcoming", "next", "future", "proposed", "possible") for c in noun.children):
        return
    if noun.dep_ == "dobj" and noun.head.lemma_ in WISH_VERBS or noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lemma_ in WISH_VERBS:
        return   # "Poland and Hungary also favour early talks with Ukraine", "called for talks": wished for
    for rel in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in ("have", "hold") and c.tag_ == "VBD"):
        if not any(c.dep_ in ("aux", "neg") and c.lower_ in C.MODALS | C.NEGATIONS for c in rel.children):
            # "the discussions that Kerry had with Lavrov": the relative clause tells they took place
            sides = f.people([c for c in rel.children if c.dep_ == "nsubj"])
            withs = f.people([o for c in rel.children if c.dep_ == "prep" and c.lower_ == "with"
                              for o in c.children if o.dep_ == "pobj"])
            if sides and withs:
                f.add(sides + withs, f.place_of(noun) or f.place_of(rel), date_of(rel, adate), noun, noun.text, 0.65)
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("pobj", "prep", "dobj", "conj"):
        verb = verb.head
    # "called for a response after talks with Moon", "sought to woo China since a summit with Xi": a meeting in
    # a time phrase of the clause took place whatever the clause asks or wants
    timed = noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS and verb.pos_ in ("VERB", "AUX") and past(verb) \
        or while_done(verb)
    if verb.pos_ in ("VERB", "AUX") and (hedged(verb, planned=True) and not journey_done(verb) and not (
                timed and not modal(verb)) or pending(verb) and not timed
                                         or verb.tag_ in ("VBP", "VBZ") and noun.dep_ == "dobj"   # "chairs a meeting"
                                         and verb.lemma_ in ("hold", "have", "chair", "host", "attend")
                                         or verb.lemma_ in C.NOT_MET_VERBS | C.HEDGE_HEADS and not timed
                                         or verb.lemma_ in ("prepare", "await")) \
            or remote(noun) or any(c.dep_ in ("acomp", "attr") and c.lower_ in DUE_WORDS for c in verb.children):
        return   # "is due in Ankara on Tuesday for talks": to come
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "be" and lemma != "visit":
        return   # "it was in talks with European countries": negotiations going on, no meeting told
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.lower_ in ("before", "ahead", "pending", "until", "prior"):
            return   # "ahead of a visit by Trump"
    withs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
             for o in c.children if o.dep_ == "pobj"]
    others = f.people(withs)
    if not others and any(o.lemma_.lower() in SIDE_NOUNS for o in withs):
        others = f._side_from(noun)   # "a meeting with ministers including from A, B and C"
    if not others and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "during", "after") \
            and noun.head.head.pos_ == "VERB":   # "speaking at a news conference in X with his German counterpart"
        others = f.people([o for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "with"
                           for o in c.children if o.dep_ == "pobj"])
    if not others and noun.dep_ == "dobj" and noun.head.lemma_ in ("hold", "have", "conduct"):
        # "held talks in Ankara on Monday with Y": the parser hangs "with" on the verb
        others = f.people([o for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with"
                           for o in c.children if o.dep_ == "pobj"])
    if not others:   # "told a news conference held together with his Palestinian counterpart X"
        others = f.people([o for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children
                           if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"])
    told: list[str] = []
    if not others and noun.dep_ == "pobj" and verb.lemma_ in TOLD_VERBS and past(verb):
        # "X told Singapore's prime minister in a meeting", "Duterte told Trump at the beginning of their talks"
        told = [k for o in verb.children if o.dep_ == "dobj" for k in f.people([o]) or [
                      f.actors.key_at[c.i] for c in o.children if c.dep_ == "compound" and c.i in f.actors.key_at][-1:]
                  if k.startswith("person:") or o.lemma_.lower() in C.TITLE_NOUNS | SIDE_NOUNS]
    when = date_of(noun, adate) if timed else date_of(noun if noun.dep_ != "pobj" else verb, adate)
    if timed and not when and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        when = date_of(verb, adate)   # "said on Monday at an earlier meeting with Y": said there, that day
    if when is None and lemma in PRESS_NOUNS:
        when = _neighbour_date(f, noun, adate)
    # "Ng's meeting with X" with the possessive parsed as the noun's subject is still its owner
    owners = [k for c in noun.children if c.dep_ == "poss" or c.dep_ == "nsubj" and any(
        x.dep_ == "case" and x.lower_ in ("'s", "’s") for x in c.children) for k in f.actors.of(c)]
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) and verb.pos_ in ("VERB", "AUX"):
        # "Trump appeared to ignore Merkel's offer of a handshake during their meeting": the two persons of the clause
        clause = verb
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head   # "appeared to ignore": the subject is the governing verb's
        named = list(dict.fromkeys(k for t in clause.subtree for k in [f.actors.key_at.get(t.i, "")]
                                   if k.startswith("person:")))
        owners = named if len(named) == 2 else owners
    place = f.place_of(noun) or next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                                       for o in c.children for p in [f.place_of(o)] if p), None)
    if lemma in ("visit", "trip"):
        visit_noun(f, noun, verb, owners, others, place, adate)
        if told:   # "during a trip to Kabul, Mattis told Afghan President Ghani": a meeting with him too
            f.add(f.agents(verb) + told, place, when, noun, noun.text, 0.65)
        return
    others = others or told
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    # "a close watch on discussions between Egypt and Hamas": the watcher is no party to them
    subj = owners or (f.agents(verb) if verb.pos_ in ("VERB", "AUX") and not (between and len(others) >= 2) else [])
    held = noun.dep_ == "pobj" and any(t.lower_ in ("after", "following", "during", "at") for t in noun.ancestors
                                       if t.i > verb.i or t.head.i == verb.i)
    if not others and len(subj) >= 2 and (noun.dep_ == "dobj" or held) and lemma in C.MEET_NOUNS:
        others, subj = subj[1:], subj[:1]    # "Iran and Turkey held talks", "..., they announced after talks in X"
    if between and len(others) < 2:
        return   # "a meeting between Netanyahu and EU foreign ministers" with one side unknown: not the speaker's
    if between and verb.pos_ in ("VERB", "AUX") and journey_done(verb):
        return   # "flew to Lima to attend a summit between Peru and Chile": the traveller's purpose, still to come
    if between and not subj:
        others, subj = others[1:], others[:1]   # "talks between Arafat and Peres"
    if not others and subj and not between:   # "held talks with his counterparts in Moscow"
        others = _unnamed_side(f, [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                                   for o in c.children if o.dep_ == "pobj"], subj, place)
    if not others:
        return
    if not subj:
        return   # "talks with Russia and Saudi Arabia have been taking place": one side only
    if verb.pos_ in ("VERB", "AUX") and not timed:   # "called for a response to North Korea after talks": not there
        place = place or f.place_of(verb)
    f.add(subj + others, place, when, noun, noun.text, 0.65)


ALSO = re.compile(r"\b(?:also|as well)\b")


def _also_met(meetings: list[Meeting], sides: dict[str, set[str]]) -> list[Meeting]:
    """ "A and B held talks with the president of Y on Sunday ... B said she had also met Marek on Sunday": one
    meeting, the state Y standing for the person who holds its post; only when the later one says "also"."""
    out = list(meetings)
    for m in meetings:
        if m not in out or not m.date or not ALSO.search(m.evidence.sentence):
            continue
        for o in out:
            if o is m or o.date != m.date or not set(o.participants) & set(m.participants):
                continue
            stood = {s for s in o.participants if s.startswith("state:") and any(
                s in sides.get(p, ()) for p in m.participants if p not in o.participants)}
            if stood:
                parts = tuple(dict.fromkeys([p for p in o.participants if p not in stood] + list(m.participants)))
                out[out.index(o)] = Meeting(parts, o.place or m.place, o.date, o.evidence)
                out.remove(m)
                break
    return out


def _merge(meetings: list[Meeting], ctx: Context) -> tuple[Meeting, ...]:
    """One meeting per event: a visit (visitor + host state) folds into a meeting of the visitor with a person,
    "Iran's defence official met his Syrian counterpart" into the meeting of the two named ministers, and
    "discussions between Egypt and Hamas" into Hamas chief Haniyeh's talks with Egypt."""
    sides: dict[str, set[str]] = {}
    for h in ctx.holdings:
        if h.jurisdiction:
            sides.setdefault(h.person, set()).add(h.jurisdiction)
    for person, state in ctx.state_of.items():
        sides.setdefault(person, set()).add(state)

    def stand_for(parts) -> set[str]:
        """The participants and the states or groups they hold posts for."""
        return set(parts) | {s for p in parts for s in sides.get(p, ())}

    meetings = _also_met(meetings, sides)
    out: list[Meeting] = []
    for m in sorted(meetings, key=lambda m: (-sum(p.startswith("person:") for p in m.participants), m.evidence.start)):
        persons = {p for p in m.participants if p.startswith("person:")}
        others = {p for p in m.participants if not p.startswith("person:")}
        same = next((o for o in out if persons and persons <= set(o.participants)
                     and others <= stand_for(o.participants)), None)
        if same is None and persons and others and all(k.startswith("state:") for k in others):
            # "X flew to Greece, where he met / handed a letter to Y": the visit is the meeting with the person
            # named in the same sentence whose side the article does not tell
            same = next((o for o in out if o.evidence.start == m.evidence.start and persons < set(o.participants)
                         and all(p.startswith("person:") and not sides.get(p)
                                 for p in set(o.participants) - persons)), None)
        if same is None and not persons:
            same = next((o for o in out if set(m.participants) <= stand_for(o.participants)
                         and (not m.date or not o.date or m.date == o.date)), None)
        if same is not None:
            i = out.index(same)
            place = same.place or m.place
            if m.place and m.place.startswith("city:") and not (same.place or "").startswith("city:"):
                place = m.place
            out[i] = Meeting(same.participants, place, same.date or m.date, same.evidence)
            continue
        out.append(m)
    return tuple(sorted(out, key=lambda m: m.evidence.start))
