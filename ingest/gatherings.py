"""Attendance at a multilateral gathering whose other participants the text does not name.

"Speaking at a summit of the Arab League in Cairo on Tuesday, X said", "X, attending an Arab League meeting,
told reporters", "on the sidelines of the G20 summit", "X addressed the U.N. General Assembly", "in a speech
to the European Parliament". The gold writes these as a meeting of the named person alone; the SHACL shape
asks for two participants, so the second is the body that convenes the gathering (an international body the
gazetteer resolves), else the state that hosts it. Planned, remote and merely commented-on gatherings are
left out, and so is one whose participants are named (the meeting rules read those).
"""

from __future__ import annotations

from datetime import date

from .clauses import journey_done
from .context import DATELINE, Context, lede_index
from .dates import WEEKDAYS, date_of, own_date, resolve_date
from .descriptions import body_states
from .finder import hedged
from .meetings import EARLIER_WORDS, lede_day, side_day
from .model import Evidence, Meeting
from .visits import BODY_KINDS, SENT_WORDS, state_of_city

# nouns of a gathering of many sides ("summit", "ministerial"); a news conference or a cabinet meeting is none
GATHERING_NOUNS = frozenset("summit meeting conference session assembly forum gathering ministerial plenary event"
                            .split())
NOT_GATHERINGS = frozenset("news press cabinet board party staff shareholder shareholders".split())
# verbs a person attends, addresses or speaks at a gathering with
SPEAK_VERBS = frozenset("say tell speak address announce declare urge warn call add stress insist argue".split())
# the unnamed others of a gathering: "talks with EU peers", "a meeting with his counterparts"
PEER_NOUNS = frozenset("peer counterpart minister leader colleague".split())
# nouns of a speech given to a gathering: "in a speech to the European Parliament"
SPEECH_NOUNS = frozenset("speech address remarks".split())
# words that put a speech still to come: "his upcoming address to the Assembly"
COMING_WORDS = frozenset("upcoming planned scheduled expected next proposed possible future".split())
# an unnamed speaker for a state at a gathering: "a Chinese delegate told the meeting"
DELEGATE_NOUNS = frozenset("delegate delegation diplomat envoy representative".split())
# verbs whose object is someone addressed face to face ("told Y at the summit"); the object of any other verb is
# what was spoken of ("called the Cuban government corrupt in his address to the Assembly")
ADDRESS_VERBS = frozenset("tell brief inform assure ask meet greet thank receive host welcome".split())
# nouns of a state's legislature: "the Italian parliament", "Britain's parliament", "the U.S. Congress", "the Knesset"
LEGISLATURE_WORDS = frozenset("parliament congress assembly legislature senate house commons lords bundestag knesset duma "
                              "majlis diet sejm rada storting riksdag folketing".split())
# a named person's place in a delegation: "a junior member of the Chilean delegation", "its chairman"
DELEGATE_ROLES = frozenset("member head chief leader chairman chair chairwoman chairperson".split())
# words that say a gathering took place at a distance
REMOTE_WORDS = frozenset("video videolink phone telephone remotely virtual virtually online".split())


def extract_gatherings(ctx: Context, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """Meetings of a named person with the body (or host state) of a gathering they attended, but for a
    person and day the article's other meetings already have."""
    found: list[Meeting] = []
    for tok in ctx.tokens:
        got = _attended(ctx, tok) or _delegated(ctx, tok)
        owned = None if got is not None else _owned_speech(ctx, tok)
        if got is None and owned is None:
            continue
        if owned is not None:   # dated by its own phrase only: the clause it is told in is another's act
            person, body, verb, speech = owned
            place, day = None, own_date(speech, ctx.article.date)
            if day is None and speech.dep_ == "pobj" and speech.head.lower_ in ("in", "during"):
                day = own_date(speech.head.head, ctx.article.date)   # "a threat in her speech on Monday"
        else:
            person, body, place, verb = got
            day = date_of(tok, ctx.article.date)
            day = date_of(verb, ctx.article.date) if day is None else day
            day = _antecedent_day(ctx, tok) if day is None else day
        day = lede_day(ctx, (person,)) or side_day(ctx, (person, body), verb.sent.start_char) if day is None else day
        day = _dateline_day(ctx, place, verb.sent) if day is None else day
        speech = owned is not None or _addressed(tok, verb)
        if any(person in m.participants and (m.date == day or not m.date or not day) and not (
                speech and body not in m.participants and m.evidence.start != verb.sent.start_char)
               for m in meetings) or any(person in m.participants and (m.date == day or not m.date or not day)
                                         for m in found):
            continue   # the same event, told by a meeting rule or by another phrase; a speech to a body is an
            # event of its own beside a talk with someone told in another sentence ("met the U.N. chief after his speech")
        # a host state's two conferences are two; one body's, one (a day told for one attendee only is still its)
        same = next((m for m in found if m.participants[-1] == body and (not day or not m.date or m.date == day)),
                    None) if body.startswith("org:") else None
        if same is not None:   # "Arriving at the same talks, Y said": one gathering of the body that day
            found[found.index(same)] = Meeting((*same.participants[:-1], person, body), same.place or place,
                                               same.date or day or None, same.evidence)
            continue
        sent = verb.sent
        # a legislature the gazetteer names stands beside its state: the gold writes either
        sides = (person, body_states()[body], body) if _legislature(ctx, tok) and body.startswith("org:") \
            else (person, body)
        found.append(Meeting(sides, place, day or None,
                             Evidence(sent.text, sent.start_char, sent.end_char, 0.6, tok.text)))
    return tuple(found) + _speakers_met(ctx, (*meetings, *found))


def _addressed(tok, verb) -> bool:
    """Whether a gathering is one the person spoke to: "addressed the Assembly", "told the United Nations", "in a
    speech to the European Parliament" (not one merely attended or spoken at)."""
    return tok.dep_ in ("dobj", "dative") and tok.head.i == verb.i and verb.lemma_ in ("address", "tell") or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("to", "before") and tok.head.head.lemma_ in SPEECH_NOUNS)


def _speakers_met(ctx: Context, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """ "A Chinese delegate told the meeting ... U.S. diplomat X told the meeting": the sides who spoke to the same
    gathering on one day were there together, a meeting of them whether or not its body is named."""
    told: dict[tuple[str | None, str], list] = {}
    for tok in ctx.tokens:
        got = _told_gathering(ctx, tok)
        if got is not None:
            told.setdefault((date_of(got[1], ctx.article.date), tok.lemma_.lower()), []).append((got[0], tok))
    out: list[Meeting] = []
    for (day, _), said in told.items():
        sides = list(dict.fromkeys(side for side, _ in said))
        # "GENEVA - China signaled on Wednesday ... a Chinese delegate told the meeting": the lede's day
        day = day or lede_day(ctx, sides, ("person:", "state:"))
        if len({ctx.state_of.get(k, k) for k in sides}) < 2 or any(
                set(sides) <= set(m.participants) and (m.date == day or not m.date) for m in meetings):
            continue   # one side only, or the meeting is told already
        sent = said[0][1].sent
        out.append(Meeting(tuple(sides), _place(ctx, said[0][1]), day,
                           Evidence(sent.text, sent.start_char, sent.end_char, 0.6, said[0][1].text)))
    return tuple(out)


def _told_gathering(ctx: Context, tok) -> tuple[str, object] | None:
    """(side, verb) when a gathering noun is told something face to face: "X told the meeting", "a Chinese delegate
    told the conference" (an unnamed delegate is the state it speaks for); not a named body ("told the General
    Assembly" is the attendance rules'), not a call, not to come."""
    if tok.dep_ not in ("dobj", "dative") or tok.pos_ != "NOUN" or tok.lemma_.lower() not in GATHERING_NOUNS:
        return None   # first, before the head: reading a token's head builds a new token, and this asks every token
    verb = tok.head
    if verb.lemma_ != "tell" or verb.tag_ != "VBD" or any(c.lower_ in NOT_GATHERINGS for c in tok.children) \
            or any(t.lower_ in REMOTE_WORDS for t in verb.sent) or hedged(verb, planned=True):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    person = _named(ctx, subjects[0])
    if person and _posted(ctx, person):
        return person, verb
    if subjects[0].lemma_.lower() in DELEGATE_NOUNS:   # "a Chinese delegate": its demonym's state
        states = {g[0] for c in subjects[0].children if c.dep_ in ("amod", "compound")
                  for g in [_key(ctx, c)] if g and g[0].startswith("state:")}
        if len(states) == 1:
            return states.pop(), verb
    return None


def _key(ctx: Context, tok) -> tuple[str, str] | None:
    """The entity key a token is part of, and how it is mentioned."""
    m = ctx.mention_at.get(tok.i)
    return (m.key, m.how) if m is not None else None


def _attended(ctx: Context, tok):
    """(person, body, place, verb) when a token names a gathering a person is told to have been at."""
    if tok.dep_ not in ("dobj", "pobj"):
        return None   # _verb reads objects only: spare every other token the search of the mentions
    body = _body(ctx, tok)
    legislature = None if body is not None else _legislature(ctx, tok)
    if legislature is not None:
        return _addressed_legislature(ctx, tok, *legislature)
    if body is None and not (tok.pos_ == "NOUN" and (tok.lemma_.lower() in GATHERING_NOUNS or tok.lower_ == "talks"
                                                     and _arrival(tok) is not None)):
        return None
    if tok.pos_ == "NOUN" and (any(c.lower_ in NOT_GATHERINGS for c in tok.children) or any(
            c.dep_ == "prep" and (c.lower_ == "between" or c.lower_ == "with" and not _peers(ctx, c))
            for c in tok.children)):
        return None   # "a news conference", "a summit with Y": no gathering of unnamed sides
    verb = _verb(tok, body is not None and tok.pos_ == "PROPN")
    if verb is None or not _done(verb) or any(t.lower_ in REMOTE_WORDS for t in verb.sent):
        return None
    if any(_other_side(ctx, c) for c in verb.children):
        return None   # "told Y at the summit", "spoke with Y on the sidelines": a meeting with Y, the rules' to read
    person = _person(ctx, verb)
    if body is None:
        body = next((b for t in tok.subtree if t.i != tok.i for b in [_body(ctx, t)] if b), None)
    if person is None or not (_posted(ctx, person) or body is not None and _named_in_full(ctx, person)):
        return None   # a gathering an international body convenes is of states' envoys: one named there is one
    if verb.lemma_ == "tell" and tok.head.i == verb.i and not (person in ctx.state_of or any(
            h.person == person and (h.jurisdiction or "").startswith("state:") for h in ctx.holdings)):
        return None   # "the U.N. envoy told the Security Council": a body's own official reports to it
    place = _place(ctx, tok) or _place(ctx, verb)
    if body is None and place is None and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        body, place = _antecedent(ctx, tok)   # "said during the emergency meeting": one told of before
    if body is None and place:   # no body named: the state that hosts it, if not the person's own
        host = place if place.startswith("state:") else state_of_city(ctx, place)
        body = host if host and host != ctx.state_of.get(person) else None
    return (person, body, place, verb) if body else None


def _delegated(ctx: Context, tok):
    """(person, host, place, verb) for a person the text names in full as a member, head or chairman of a delegation
    it puts at a gathering ("X, the head of the Chilean delegation to the Andean summit in Peru, told reporters"), or,
    with no gathering told, of the delegation a lede filed abroad tells of ("QUITO - Ecuador could lose its trade
    preferences, a visiting EU delegation said on Tuesday ... said the delegation's chairman, X"). A delegation
    speaks for its state or body, so its named member is a side though the text gives no post; the host is the
    gathering's body, else the state of its place or of the dateline, never the member's or the delegation's own
    state."""
    if tok.lemma_.lower() != "delegation" or tok.pos_ != "NOUN":
        return None
    role = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "poss" else None
    if role is None or role.pos_ != "NOUN" or role.lemma_.lower() not in DELEGATE_ROLES:
        return None
    name = role.head if role.dep_ == "appos" else next((c for c in role.children if c.dep_ == "appos"), None)
    person = _named(ctx, name) if name is not None and name.pos_ == "PROPN" else None
    subject = name if role.dep_ == "appos" else role
    verb = subject.head if subject.dep_ == "nsubj" else None
    if person is None or not _named_in_full(ctx, person) or verb is None or verb.pos_ != "VERB" or not _done(verb):
        return None   # "X, who is to join the delegation": a journey to come is no meeting
    owners = {g[0] for c in tok.children if c.dep_ in ("poss", "compound", "amod") for g in [_key(ctx, c)] if g}
    told = next((o for w in (tok, role) for c in w.children if c.dep_ == "prep" and c.lower_ in ("at", "to")
                 for o in c.children if o.dep_ == "pobj"), None)   # "a member of X's delegation | to the summit"
    if told is not None:
        if told.pos_ != "NOUN" or told.lemma_.lower() not in GATHERING_NOUNS:
            return None   # "the head of the Chilean delegation to the United Nations": a standing mission, no sitting
        body = next((b for t in told.subtree for b in [_body(ctx, t)] if b), None)
        place = _place(ctx, told)
        if body is None and place is None and any(c.dep_ == "det" and c.lower_ == "the" for c in told.children):
            body, place = _antecedent(ctx, told)   # "at the summit": the one told of before
        host = body or (place if place and place.startswith("state:") else state_of_city(ctx, place) if place else None)
    else:
        host, place = _lede_abroad(ctx), None
    if host is None or host == ctx.state_of.get(person) or host in owners:
        return None
    return person, host, place, verb


def _lede_abroad(ctx: Context) -> str | None:
    """The dateline's state when the article's first sentence tells a delegation's act there in the past and names
    that state ("QUITO - Ecuador could lose its trade preferences, a visiting EU delegation said on Tuesday")."""
    if ctx.dateline is None or not ctx.sentences:
        return None
    end = ctx.sentences[lede_index(ctx.article.text, ctx.sentences)][1]   # with a dateline parsed on its own
    lede = [t for t in ctx.tokens if t.idx < end]
    # the parser may hang the lede's subject on the dateline's city: "QUITO (Reuters) - A ... delegation said"
    acted = any(t.lemma_.lower() == "delegation" and (t.dep_ == "nsubj" and t.head.tag_ == "VBD" or t.dep_ == "appos"
                                                      and t.head.dep_ == "nsubj" and t.head.head.tag_ == "VBD")
                for t in lede)
    named = any(m.key == ctx.dateline and m.start < end and m.how == "name" for m in ctx.mentions)
    return ctx.dateline if acted and named else None


def _legislature(ctx: Context, tok) -> tuple[str, str] | None:
    """(body, state) when a token names a state's legislature: a government body of the gazetteer placed in one state
    ("the U.S. Congress", "the Bundestag"; the body is its key), or a legislature's noun that a demonym or a state's
    name modifies ("the Italian parliament", "Britain's parliament"; the body is the state). A bare "parliament" tells
    no state."""
    got = _key(ctx, tok)
    if got and got[0].startswith("org:"):
        state = body_states().get(got[0])
        name = ctx.entities[got[0]].name.lower().split() if got[0] in ctx.entities else []
        if state and ctx.entities[got[0]].org_kind == "government_body" and LEGISLATURE_WORDS & set(name):
            return got[0], state
        return None
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in LEGISLATURE_WORDS or tok.lower_ == "house":
        return None
    states = {g[0] for c in tok.children if c.dep_ in ("amod", "compound", "poss")
              for g in [_key(ctx, c)] if g and g[0].startswith("state:")}
    if len(states) != 1:
        return None
    state = states.pop()
    return state, state


def _addressed_legislature(ctx: Context, tok, body: str, state: str):
    """(person, body, place, verb) for a foreign state's legislature a named official addressed or spoke to, told as
    done: "Speaking to the Italian parliament, X said", "X addressed the U.S. Congress", "X angered Y by addressing
    the Knesset", "in a speech to the German parliament". The gold writes the legislature, or its state, beside the
    speaker: a state's own legislature is no meeting ("May told parliament"), nor is one merely spoken of."""
    head, prep = tok.head, tok.head
    verb = None
    if tok.dep_ in ("dobj", "dative") and head.pos_ == "VERB" and head.lemma_ in ("address", "tell"):
        verb = head   # "addressed the U.S. Congress", "told the Italian parliament"
    elif tok.dep_ == "pobj" and prep.lower_ in ("to", "before") and prep.head.pos_ == "VERB" \
            and prep.head.lemma_ == "speak":
        verb = prep.head   # "Speaking to the Italian parliament, X said"
    elif tok.dep_ == "pobj" and prep.lower_ in ("to", "before") and prep.head.lemma_ in SPEECH_NOUNS:
        verb = _verb(tok, True)   # "in a speech to the German parliament"
    if verb is None or not _done(verb) or any(t.lower_ in REMOTE_WORDS or t.lower_ in SENT_WORDS for t in verb.sent):
        return None
    if verb.lemma_ == "tell" and any(t.lower_ in ("letter", "message", "statement") for t in verb.subtree):
        return None
    person = _person(ctx, verb)
    if person is None or not _posted(ctx, person) or ctx.state_of.get(person) == state or any(
            h.person == person and h.jurisdiction == state for h in ctx.holdings):
        return None   # an official of the legislature's own state speaking in it: domestic business
    return person, body, (_place(ctx, tok) or _place(ctx, verb)), verb


def _owned_speech(ctx: Context, tok):
    """(person, body, clause verb, speech) for a speech to an international body that a named official owns, told
    in a clause of the past: "Ruiz's address to the Arab League drew applause", "angered by Ruiz's threat against Y
    in her speech to NATO on Monday, Y recalled its envoy" ("her": the one person named before it in the sentence).
    Not a speech to come ("her upcoming address to the Assembly", "will answer Ruiz's speech"), not a letter."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "before"):
        return None
    speech = tok.head.head
    words = {speech.lower_, speech.lemma_.lower()}   # "remarks", lemmatised "remark"
    if speech.pos_ != "NOUN" or not words & SPEECH_NOUNS or any(c.lower_ in COMING_WORDS for c in speech.children):
        return None
    body = _body(ctx, tok)
    owner = next((c for c in speech.children if c.dep_ == "poss"), None)
    if body is None or owner is None:
        return None
    if owner.lower_ in ("his", "her"):
        named = {g[0] for t in tok.doc[tok.sent.start:owner.i] for g in [_key(ctx, t)]
                 if g and g[0].startswith("person:") and g[1] in ("name", "surname", "alias")}
        person = named.pop() if len(named) == 1 else None
    else:
        person = _named(ctx, owner)
    if person is None or not _posted(ctx, person) or ctx.state_of.get(person) == body:
        return None
    verb = next((a for a in speech.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(t.lower_ in REMOTE_WORDS or t.lower_ in SENT_WORDS for t in speech.subtree):
        return None
    root = verb.sent.root
    past = root.tag_ == "VBD" or root.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("has", "have", "had") for c in root.children)
    if not past or hedged(verb, planned=True) or hedged(root, planned=True):
        return None
    return person, body, verb, speech


def _antecedent(ctx: Context, tok) -> tuple[str | None, str | None]:
    """The body and place of the gathering a definite one points back to: the nearest of the three sentences
    before that tells of a gathering and names one international body."""
    sent, told = _told_before(tok)
    if sent is None:
        return None, None
    bodies = {b for t in sent for b in [_body(ctx, t)] if b}
    return (bodies.pop() if len(bodies) == 1 else None), next((p for t in told for p in [_place(ctx, t)] if p), None)


def _told_before(tok):
    """The nearest of the three sentences before a token that tells of a gathering, and its gathering nouns."""
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    for sent in reversed(sents[max(0, here - 3):here]):
        told = [t for t in sent if t.pos_ == "NOUN" and (t.lemma_.lower() in GATHERING_NOUNS or t.lower_ == "talks")
                and not any(c.lower_ in NOT_GATHERINGS for c in t.children)]
        if told:
            return sent, told
    return None, []


def _antecedent_day(ctx: Context, tok) -> str | None:
    """The day of the gathering a definite one with no body or day of its own points back to, told on that gathering's
    own noun: "hours of meetings that began on Saturday evening ... X said during the emergency meeting" (not a day
    of the clause that tells of it: "said on Monday after the summit" is the day of the saying)."""
    if tok.pos_ != "NOUN" or _body(ctx, tok) is not None or not any(c.dep_ == "det" and c.lower_ == "the"
                                                                     for c in tok.children):
        return None
    _, told = _told_before(tok)
    days = {d for t in told for w in (t, *[c for c in t.children if c.dep_ in ("relcl", "acl")])
            for d in [own_date(w, ctx.article.date) or _weekday_on(w, ctx.article.date)] if d}
    return days.pop() if len(days) == 1 else None


def _weekday_on(word, article_date: str | None) -> str | None:
    """The day of an "on" phrase whose weekday the parser made a compound of a time of day ("on Saturday evening")."""
    return next((d for c in word.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                 if o.dep_ == "pobj" for x in o.children if x.dep_ == "compound" and x.lower_ in WEEKDAYS
                 for d in [resolve_date(x.text, article_date)] if d), None)


def _body(ctx: Context, tok) -> str | None:
    """The international body a token names ("G20", "Arab League", "U.N. General Assembly")."""
    got = _key(ctx, tok)
    if got and got[0].startswith("org:") and ctx.entities[got[0]].org_kind in BODY_KINDS:
        return got[0]
    return None


def _verb(tok, named_body: bool):
    """The verb of a person's attending a gathering: "speaking at / said during / on the sidelines of" it,
    "attended / addressed" it, "in a speech to" it; a body by name only when addressed or spoken to."""
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in ("address", "attend", "host", "chair"):
        return head   # "addressed the Assembly", "she said after hosting a meeting of EU foreign ministers"
    if tok.dep_ in ("dobj", "dative") and named_body and head.lemma_ == "tell" and not any(
            t.lower_ in SENT_WORDS for t in head.subtree):
        return head   # "Trump told the United Nations on Tuesday": a body told is one addressed (not "in a letter")
    if tok.dep_ != "pobj":
        return None
    if _arrival(tok) is not None:
        return _arrival(tok)
    prep, owner = head, head.head
    if prep.lower_ in ("to", "at") and owner.lemma_ in SPEECH_NOUNS:   # "in a speech to the European Parliament"
        if owner.dep_ == "pobj" and owner.head.lower_ in ("in", "during"):
            return _clause_verb(owner.head.head)
        return owner.head if owner.dep_ == "dobj" and owner.head.lemma_ in ("give", "deliver", "make") else None
    if named_body:
        return None   # "said at the United Nations" tells where, not a gathering
    if prep.lower_ == "of" and owner.lemma_ == "sideline" and owner.dep_ == "pobj" and owner.head.lower_ in ("on", "at"):
        verb = owner.head.head
        return verb if verb.pos_ == "VERB" and verb.lemma_ in SPEAK_VERBS else None
    if prep.lower_ in ("at", "during") and owner.pos_ == "VERB" and owner.lemma_ in SPEAK_VERBS:
        return owner
    return None


def _clause_verb(tok):
    """The verb a phrase belongs to, through the adjectives the parser may hang it on ("called the government corrupt
    and destabilizing in his address to the Assembly": the "in" phrase on "destabilizing")."""
    while tok.pos_ == "ADJ" and tok.dep_ in ("oprd", "acomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ == "VERB" else None


def _arrival(tok):
    """The telling verb of an arrival at a gathering: "said as he arrived for a meeting with EU counterparts",
    "said on arrival for talks with EU peers", "told reporters on arriving for the summit", "Arriving at the same
    talks, X said" (told the day it is held)."""
    prep, owner = tok.head, tok.head.head
    if prep.lower_ not in ("for", "at"):
        return None
    if owner.pos_ == "VERB" and owner.lemma_ == "arrive" and (owner.tag_ == "VBD" or owner.dep_ == "advcl"):
        return owner
    if owner.pos_ == "VERB" and owner.lemma_ == "arrive" and owner.dep_ == "pcomp" and owner.head.lower_ in ("on", "upon") \
            and owner.head.head.pos_ == "VERB" and owner.head.head.lemma_ in SPEAK_VERBS:
        return owner.head.head   # "X told reporters on arriving for the summit": the telling verb dates and names it
    if owner.lower_ == "arrival" and owner.dep_ == "pobj" and owner.head.lower_ in ("on", "upon") \
            and owner.head.head.pos_ == "VERB" and owner.head.head.lemma_ in SPEAK_VERBS:
        return owner.head.head
    return None


def _peers(ctx: Context, prep) -> bool:
    """Whether a "with" phrase names only unnamed peers ("talks with EU peers", "with his counterparts")."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.tag_ == "NNS" and o.lemma_.lower() in PEER_NOUNS and not any(
        (_key(ctx, t) or ("",))[0].startswith("person:") for t in o.subtree) for o in objs)


def _done(verb) -> bool:
    """Whether the clause tells of a gathering attended: a past verb, or a participle of one, not planned."""
    if verb.lemma_ == "attend" and journey_done(verb):
        return True   # "was in New York to attend a U.N. event", "flew to Cairo to attend the summit": the stay was
    clause = verb
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in verb.children):
        clause = verb.head   # "Speaking at a summit, X said", "X, attending a meeting, told"
        while clause.pos_ != "VERB" and clause.head.i != clause.i:
            clause = clause.head
    if _after_gerund(verb):
        clause = verb.head.head   # "she said after hosting a meeting": the telling clause's tense
    if clause.tag_ != "VBD" and not (clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                                  for c in clause.children)):
        return False
    return not hedged(verb, planned=True) and not hedged(clause, planned=True)


def _after_gerund(verb) -> bool:
    """ "said after hosting a meeting", "told reporters after chairing the talks", "angered Y by addressing the
    Knesset": a gerund of a gathering held before or as the clause it hangs on (not "before hosting": still to come)."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following", "while", "by") \
        and verb.head.head.pos_ == "VERB"


def _person(ctx: Context, verb) -> str | None:
    """The one named person who spoke at or attended the gathering (not a pronoun)."""
    node = verb
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return _named(ctx, verb.head) or _one_among(ctx, verb.head)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        node = verb.head
    if _after_gerund(verb):
        node = verb.head.head
    if verb.lemma_ == "attend" and journey_done(verb):
        node = verb.head   # "X was in New York to attend ...": the traveller
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None   # several speakers: their meeting is the meeting rules' to read
    if node.dep_ == "relcl" and subjects[0].lower_ in ("who", "that"):
        return _named(ctx, node.head)   # "X, who attended the EU meeting, declined to comment"
    if node.dep_ == "advcl" and subjects[0].lower_ in ("he", "she"):   # "X said as he arrived for a meeting"
        main = [c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if len(main) == 1:
            return _named(ctx, main[0])
    return _named(ctx, subjects[0])


def _one_among(ctx: Context, noun) -> str | None:
    """The subject of "X was one of many attending an EU meeting", "X was among the leaders attending the summit":
    the attendees' phrase stands in a copula's complement, its named subject one of them."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "among"):
        return None
    copula = noun.head.head
    if noun.head.lower_ == "of" and copula.dep_ == "attr" and copula.lower_ == "one":
        copula = copula.head
    if copula.lemma_ != "be" or noun.head.lower_ == "of" and copula.i == noun.head.head.i:
        return None
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return _named(ctx, subjects[0]) if len(subjects) == 1 else None


def _other_side(ctx: Context, child) -> bool:
    """Whether a verb's object or "with/to" phrase names a person or state spoken to: any person, a state only as
    the object of a verb of addressing ("told China", not "criticised China")."""
    if child.dep_ == "dobj" and child.head.lemma_ not in ADDRESS_VERBS:
        return (_key(ctx, child) or ("",))[0].startswith("person:")
    objs = [child] if child.dep_ in ("dobj", "dative") else [
        o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("with", "to") else []
    return any((_key(ctx, o) or ("",))[0].startswith(("person:", "state:")) for o in objs)


def _named(ctx: Context, tok) -> str | None:
    """The person a noun-phrase head names by name or surname."""
    if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj":   # "she told reporters at a meeting"
        return _subject_before(ctx, tok)
    got = _key(ctx, tok)
    if got is None and tok.pos_ == "NOUN":   # "the Czech Republic's EU minister, Ivo Kask,": the name in apposition
        got = next((g for c in tok.children if c.dep_ == "appos" for g in [_key(ctx, c)] if g), None)
    return got[0] if got and got[0].startswith("person:") and got[1] in ("name", "surname", "alias") else None


def _subject_before(ctx: Context, tok) -> str | None:
    """The one person named as a subject in the sentence before a pronoun's (news goes on with its speaker)."""
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    if here == 0:
        return None
    named = {m.key for m in ctx.mentions if m.key.startswith("person:") and m.how in ("name", "surname", "alias")
             and sents[here - 1].start <= m.token_start < sents[here - 1].end}
    subjects = {k for k in named for m in ctx.mentions if m.key == k and sents[here - 1].start <= m.token_start
                < sents[here - 1].end and any(t.dep_ == "nsubj" for t in tok.doc[m.token_start:m.token_end])}
    return subjects.pop() if len(named) == 1 and len(subjects) == 1 else None


def _dateline_day(ctx: Context, place: str | None, sent) -> str | None:
    """The lede's day for a gathering held in the dateline's city and told with no time of its own ("BRUSSELS - ... X
    told reporters during an EU summit in Brussels"): the story is filed from the gathering, the day's news."""
    got = DATELINE.match(ctx.article.text[:200])
    if not place or not got or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in EARLIER_WORDS for t in sent):
        return None
    if place.split(":", 1)[1].replace("-", " ").lower() not in {c.strip().lower() for c in got.group(1).split("/")}:
        return None
    day = lede_day(ctx, (), named=True)
    if day is None or (date.fromisoformat(ctx.article.date[:10]) - date.fromisoformat(day)).days > 2:
        return None   # a lede told a week before the article's date is not the story's day
    return day


def _named_in_full(ctx: Context, person: str) -> bool:
    """Whether the article names a person by their full name somewhere (not a surname alone, not a pronoun)."""
    return any(m.key == person and m.how == "name" for m in ctx.mentions)


def _posted(ctx: Context, person: str) -> bool:
    """Whether the text gives the person a post (a speaker at a gathering with none is no side of it)."""
    return person in ctx.state_of or any(h.person == person for h in ctx.holdings)


def _place(ctx: Context, tok) -> str | None:
    """The city or state of an "in" phrase on a token ("a summit in Osaka")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                got = _key(ctx, o)
                if got and (got[0].startswith(("city:", "place:")) or got[0].startswith("state:") and got[1] == "name"):
                    return got[0]
                if got and got[1] == "seat":
                    return f"city:{o.text}"
                if got is None and o.ent_type_ == "GPE" and o.pos_ == "PROPN":
                    return f"city:{o.text}"
    return None

