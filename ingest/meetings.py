"""Meetings that took place (who, where, when), read off the dependency parse.

A meeting's participants are the named persons, or a state where no person of it is named (a
visit with no named host: the visitor and the host state). Planned, hypothetical and remote
(phone, video) meetings are left out. Dates are worked out from the article's date.
This module walks the tokens and hands each cue to its reader: meeting verbs and talks nouns (talks.py),
visits, arrivals, stays and hosting (visits.py); who the sides are is found by `MeetingFinder`
(participants.py). Then it dates meetings by the lede and merges those that are the same event.
"""

from __future__ import annotations

import re
from datetime import date

from . import cues as C
from .actors import Actors
from .clauses import after_done, here_for_talks, journey_done, on_sidelines, own_tense, pending, remote
from .context import Context
from .dates import WEEKDAYS, date_of, resolve_date
from .memberships import extract_memberships
from .model import Meeting
from .participants import MeetingFinder
from .relations import hedged
from .talks import fronted_meeting, handed_where, meet_noun, meet_verb, sealed, together_in, tour_took
from .visits import (MEALS, SAID_NOUNS, SHARE_VERBS, arrive, attend, passive_conj, receive, said_in, said_there, stay, told_in_person,
                     together)

__all__ = ["extract_meetings", "extract_memberships", "resolve_date"]   # memberships: relations reads them here

# talks named by a noun, beyond the shared cue lexicon: "the discussions that Kerry had with Lavrov", "after a
# working dinner with Y" (a meal counts only with its other side named on it)
TALK_NOUNS = C.MEET_NOUNS | {"discussion", "discussions", "briefing"} | MEALS
# verbs of handing something over in person: "handed Y a letter", "conveyed a message to Y"
HAND_VERBS = frozenset("hand convey deliver pass present".split())
ALSO = re.compile(r"\b(?:also|as well)\b")
# verbs of doing something together, face to face when told with a place: "discussed trade with Y in Riga"
TOGETHER_VERBS = frozenset("discuss talk agree".split())
ARRIVE_VERBS = C.ARRIVE_VERBS | {"land"}   # "landed in Kabul"
SEAL_VERBS = C.PACT_VERBS | {"reach", "strike"}   # "reached a deal", "struck an agreement"
# verbs of being or speaking beside someone, face to face: "speaking alongside Y", "X said alongside his counterpart Y"
ALONGSIDE_VERBS = frozenset("speak stand appear sit say tell".split())


def extract_meetings(ctx: Context) -> tuple[Meeting, ...]:
    """The in-person meetings, talks and visits that the article says took place."""
    f = MeetingFinder(ctx)
    adate = ctx.article.date
    for tok in ctx.tokens:
        # every attribute read of a spaCy token builds a new string: the ones the rules below test, once a token
        lemma, lower, pos, tag = tok.lemma_.lower(), tok.lower_, tok.pos_, tok.tag_
        sat_down = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or (
            lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children)) or (
            lemma in ("speak", "talk", "chat") and on_sidelines(tok)) or (
            lemma in ALONGSIDE_VERBS and any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                                             for c in tok.children))   # in person, face to face
        sat_down = sat_down or lemma in ("confer", "huddle") and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                     for c in tok.children)
        habit = tag in ("VBP", "VBZ")   # "meets annually with", "when we meet X": a habit or a plan
        if pos == "VERB" and lemma in ("receive", "welcome", "greet", "host") and not habit \
                and _passive_with_agent(tok) and not hedged(tok, planned=True) and not remote(tok):
            receive(f, tok, adate)   # "X was received by Y in Sochi"
        elif pos == "VERB" and (lemma in C.MEET_VERBS or lemma == "tour" or sat_down) and not remote(tok) \
                and not habit and not pending(tok) and (not hedged(tok, planned=True) or journey_done(tok)
                                                        or own_tense(tok) or after_done(tok)):
            # "sat down with X" is a meeting; "toured a camp in southern Turkey" a visit
            meet_verb(f, tok, "meet" if sat_down else "visit" if lemma == "tour" else lemma, adate)
        elif pos == "VERB" and lemma in ("receive", "welcome", "greet") and not habit \
                and not hedged(tok, planned=True):
            receive(f, tok, adate)
        elif pos == "VERB" and lemma == "attend" and not hedged(tok, planned=True):
            attend(f, tok, adate)
        elif lemma == "be" and (tag == "VBD" or tag == "VBZ" and here_for_talks(tok)) \
                and not hedged(tok, planned=True):
            stay(f, tok, adate)   # "was in China last week", "is in Ankara for a two-day visit"
        elif pos == "VERB" and lemma in ARRIVE_VERBS and not hedged(tok, planned=True):
            arrive(f, tok, adate)
        elif pos == "VERB" and lemma in SEAL_VERBS and not hedged(tok, planned=True):
            sealed(f, tok, adate)
        elif tok.text == "Meeting" and tok.dep_ == "compound":
            fronted_meeting(f, tok, adate)   # "Meeting Y in Beijing, X said": the participle parsed as a name's word
        elif pos == "NOUN" and lemma in TALK_NOUNS \
                and not remote(tok):
            meet_noun(f, tok, lemma, adate)
        elif pos == "VERB" and (lemma in ("dine", "have", "join", "accompany", "flank") or lemma in SHARE_VERBS
                                or lower in ("dined", "dining")) and not remote(tok):
            together(f, tok, adate)   # "dined with Y", "had lunch with Y", "joined Y for talks", "flanked by Y"
        elif pos == "VERB" and lemma in ("take", "bring") and tag in ("VBD", "VBN") and \
                not hedged(tok, planned=True):
            tour_took(f, tok, adate)   # "Ada Rell's tour took her to Austria and then Slovakia"
        elif pos == "VERB" and lemma in HAND_VERBS and tag == "VBD" and \
                any(c.lower_ == "where" for c in tok.children):
            handed_where(f, tok, adate)   # "flew to Ardia on Tuesday, where he handed Y a letter"
        elif pos == "VERB" and lemma in ("tell", "brief", "face", "address") and not remote(tok):
            told_in_person(f, tok, adate)   # "On a tour of the dam, X told Y", "X and Y told reporters"
        elif pos == "NOUN" and lemma in SAID_NOUNS and not remote(tok):
            said_there(f, tok, adate)   # "Renzi's promise in Tehran last year": he was there
        elif pos == "VERB" and lemma in TOGETHER_VERBS and tag == "VBD" and not remote(tok) \
                and not hedged(tok, planned=True):
            together_in(f, tok, adate)   # "X discussed trade with Y in Riga", "X and Y agreed in Riga to ..."
        if pos == "VERB" and lemma in ("say", "tell", "speak") and not remote(tok) and not habit:
            said_in(f, tok, adate)   # "Merkel told reporters in Beijing": she was in China
    dated = [_lede_dated(ctx, m) for m in f.found]
    return _also_present(ctx, _joined(ctx, _merge([m if m.date else Meeting(m.participants, m.place, None, m.evidence) for m in dated], ctx)))


def _passive_with_agent(verb) -> bool:
    """Whether a verb is passive with its agent told: "was received by Y", "met Y and was received by Z" (asked only
    of a few verbs: it walks the verb's children)."""
    return any(c.dep_ == "agent" for c in verb.children) and (
        any(c.dep_ == "nsubjpass" for c in verb.children) or passive_conj(verb))


def _lede_dated(ctx: Context, m: Meeting) -> Meeting:
    """An undated meeting of someone the first sentence dates ("Erdogan on Wednesday called ...") takes that date:
    news reports the lede's event and the meeting in the same story."""
    if m.date is not None:
        return m
    day = lede_day(ctx, m.participants) or side_day(ctx, m.participants, m.evidence.start, m.evidence.cue)
    return m if day is None else Meeting(m.participants, m.place, day, m.evidence)


# words that put a meeting told with no day before the day's news: "a recent visit", "had earlier met"
EARLIER_WORDS = frozenset("recent recently earlier previous previously past once ago former last".split())


def side_day(ctx: Context, parts, start: int, cue: str | None = None) -> str | None:
    """The lede's day for a meeting whose sentence tells no time at all, when the lede names one of its sides: a
    participating state or body, or the state a participant holds a post for ("North Korea said on Saturday ...
    Ri met Guterres after his speech", "BEIJING - A Chinese miner on Thursday said ... as part of Trump's state visit
    to China"). A wire story tells the day's news of the sides its lede names; a meeting of theirs it tells with no
    time of its own is that day's, one told with any time phrase ("last month", "a recent visit") is not, nor one
    told as before another event ("is in Paris for talks after visiting Brussels": days before)."""
    sent = next((t.sent for t in ctx.tokens if t.idx >= start), None)
    if sent is None or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in EARLIER_WORDS for t in sent) or any(
            t.text == cue and t.head.lower_ in ("after", "since", "following") and not _said_after(t) for t in sent):
        return None
    sides = set(parts) | {ctx.state_of[p] for p in parts if p in ctx.state_of} | {
        h.jurisdiction for h in ctx.holdings if h.person in parts and h.jurisdiction}
    # the dateline names its state too ("SEOUL (Reuters) - ... X said after a meeting with the South Korean minister")
    day = lede_day(ctx, sides, ("person:", "state:", "org:"), named=bool(ctx.dateline and ctx.dateline in sides))
    if day is None or (date.fromisoformat(ctx.article.date[:10]) - date.fromisoformat(day)).days > 2:
        return None   # "said on Thursday" a week before the article's date: the article's date is not the story's
    return day


def _said_after(cue) -> bool:
    """ "X said after a meeting with Y", "X told reporters after meeting Y": an "after" phrase on a saying, which is the
    day's news, tells of a meeting just before it (not "is in Paris for talks after visiting Brussels": days before)."""
    verb = cue.head.head
    return verb.pos_ == "VERB" and verb.lemma_ in ("say", "tell") and verb.tag_ == "VBD"


def lede_day(ctx: Context, people, kinds: tuple[str, ...] = ("person:",), named: bool = False) -> str | None:
    """The day the first sentence names ("on Wednesday", "today"), resolved, when it names one of the people too
    (of `kinds`: persons, unless a caller's sides may be states), or the caller knows one is `named` (by the dateline)."""
    if not ctx.sentences or not ctx.article.date:
        return None
    end = ctx.sentences[0][1]
    if len(ctx.sentences) > 1 and len(ctx.article.text[:end].split()) < 8:
        end = ctx.sentences[1][1]   # "TUNIS (Reuters) -" parsed as a sentence of its own
    if not named and not any(m.start < end and m.key.startswith(kinds) and m.key in people for m in ctx.mentions):
        return None
    for t in ctx.tokens:
        if t.idx >= end:
            break
        if t.lower_ in WEEKDAYS or t.lower_ in ("today", "yesterday"):
            return resolve_date(t.text, ctx.article.date)
    return None


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


# posts whose holders sit in the talks of their side that they speak of: not spokespeople or other officials
SIDE_ROLES = frozenset("HeadOfState HeadOfGovernment ForeignMinister DefenceMinister Minister Ambassador".split())
# verbs of speaking of a meeting: "Ross said progress was made in the talks", "X called the meeting useful"
TALK_OF = frozenset("say tell call describe add".split())


def _joined(ctx: Context, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """ "Trump held talks with Moon on Friday ... Commerce Secretary Ross said later on Friday that some progress had
    been made in the talks": a minister of one side who speaks of the article's meeting of that day as "the talks" /
    "the meeting" sat in it."""
    out = list(meetings)
    for tok in ctx.tokens:
        if tok.lower_ not in ("talks", "meeting") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("prep", "compound", "amod", "poss", "relcl", "acl") for c in tok.children):
            continue   # "the talks" pointing back, not "the talks with X" or "the Brexit talks"
        say = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in TALK_OF), None)
        if say is None or say.tag_ != "VBD":
            continue
        speakers = [k for c in say.children if c.dep_ == "nsubj" for k in _person_key(ctx, c)]
        if len(speakers) != 1:
            continue
        sides = {h.jurisdiction for h in ctx.holdings if h.person == speakers[0] and h.role in SIDE_ROLES
                 and h.jurisdiction and h.jurisdiction.startswith("state:")}
        day = date_of(say, ctx.article.date)
        held = [m for m in out if any(p.startswith("person:") for p in m.participants) and m.evidence.start < tok.idx]
        held = [m for m in held if m.date and m.date == day] if len(held) > 1 else held
        if len(held) != 1 or speakers[0] in held[0].participants or (day and held[0].date and day != held[0].date):
            continue
        m = held[0]
        theirs = {ctx.state_of.get(p, p) for p in m.participants} | {
            h.jurisdiction for h in ctx.holdings if h.person in m.participants}
        if sides & theirs:
            out[out.index(m)] = Meeting((*m.participants, speakers[0]), m.place, m.date, m.evidence)
    return tuple(out)


def _also_present(ctx: Context, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """ "X spoke after meeting May in London ... Brexit minister Y, who was also present, outlined ...": a person
    told to have been present too sat in the meeting told nearest before it (present is said of a meeting told)."""
    out = list(meetings)
    for tok in ctx.tokens:
        if tok.lower_ != "present" or tok.dep_ != "acomp" or tok.head.lemma_ != "be" or tok.head.tag_ != "VBD" \
                or not any(c.lower_ == "also" for c in (*tok.children, *tok.head.children)):
            continue
        copula = tok.head
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that") and copula.dep_ == "relcl":
            subj = copula.head   # "Y, who was also present"
        person = _person_key(ctx, subj) if subj is not None else []
        held = [m for m in out if m.evidence.start <= tok.idx and any(
            p.startswith("person:") for p in m.participants)]
        if len(person) != 1 or not held or person[0] in held[-1].participants:
            continue
        m = held[-1]
        out[out.index(m)] = Meeting((*m.participants, person[0]), m.place, m.date, m.evidence)
    return tuple(out)


def _person_key(ctx: Context, tok) -> list[str]:
    """The person a subject names by name or surname."""
    key = Actors.key_of(ctx, tok)
    return [key] if key and key.startswith("person:") else []
