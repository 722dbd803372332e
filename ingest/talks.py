"""Meetings told by a meeting verb or a talks noun: "X met (with) Y", "sat down with Y", "X hosted Y", "held talks
with Y", "a joint news conference with Y", "the discussions that Kerry had with Lavrov", "sealed a deal in Cairo",
"X's tour took her to A and B", "flew to Ardia, where he handed Y a letter".

Used by `meetings`; each function takes the MeetingFinder, the cue token and the article's date and records what it
finds.
"""

from __future__ import annotations

from . import cues as C
from .clauses import after_done, conjuncts, journey_done, modal, past, pending, remote, while_done
from .dates import WEEKDAYS, date_of, own_date, resolve_date
from .participants import SIDE_NOUNS, MeetingFinder
from .relations import hedged
from .visits import MEALS, home_visit, host_state, state_of_city, visit_noun

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
# verbs whose object is a meeting wished for, not one held: "favour early talks with Y", "call for talks"
WISH_VERBS = frozenset("favour favor want seek propose urge call push demand back endorse support advocate".split())
# journeys that take someone to places: "her tour took her to A and B"
TOUR_NOUNS = frozenset("tour trip journey visit".split())
# verbs of sitting in on a meeting of others: "attended a meeting between A and B", "took part in talks between A and B"
SAT_IN_VERBS = frozenset("attend join participate involve".split())


def tour_took(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "X's tour took her to A and then B, where she held talks with Y": a visit of X to each place of the list,
    but the one whose "where" clause tells a meeting of its own."""
    tour = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in TOUR_NOUNS), None)
    if tour is None and verb.dep_ == "relcl" and verb.head.lemma_ in TOUR_NOUNS and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        tour = verb.head   # "Y is the last stop on her Africa visit, which has taken her to A and B"
    if tour is None or not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return
    owners = [k for c in tour.children if c.dep_ == "poss" for k in f.people([c]) if k.startswith("person:")]
    if len(owners) != 1 or owners[0] not in f._posted:
        return
    for o in (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
              if o.dep_ == "pobj"):
        stops = conjuncts(o)
        # "..., where she held talks with Y": that stop is the meeting read there; the clause follows the last
        # stop before it, though the parser may hang it on the first of the list
        where = [c for s in stops for c in s.children if c.dep_ == "relcl" and any(x.lower_ == "where"
                                                                                    for x in c.children)]
        told_there = {max((s for s in stops if s.i < w.i), key=lambda s: s.i, default=None) for w in where}
        for t in stops:
            if t in told_there:
                continue
            host = host_state(f, t)
            if host and f.ctx.state_of.get(owners[0]) != host:
                f.add(owners + [host], f.place_key(t), date_of(verb, adate), verb, verb.text, 0.6)


def together_in(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "X discussed trade with Y in Riga", "X talked with Y in Riga", "X and Y agreed in Riga to ...": two named
    persons who did something together in a place named with it were there together (the parser may hang the
    "with" and "in" phrases on the object)."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    withs = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
             if o.dep_ == "pobj"]
    # an "in" phrase after the other side, on the verb or on the object that carries "with": not "discussed the
    # situation in Syria with Y", "discussed with Y the situation in Syria"
    carriers = [h for h in heads[1:] if any(c.dep_ == "prep" and c.lower_ == "with" for c in h.children)]
    ins = [o for h in (verb, *carriers, *withs) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
           and (h.i == verb.i or withs and c.i > withs[0].i) for o in c.children if o.dep_ == "pobj"]
    place = next((k for o in ins for k in [f.place_key(o)] if k), None)
    subj = [k for k in f.agents(verb) if k.startswith("person:")]
    others = [k for k in f.people(withs) if k.startswith("person:")]
    if not others and not withs and len(subj) >= 2:
        others, subj = subj[1:], subj[:1]   # "X and Y agreed in Riga"
    if place and subj and others:
        f.add(subj + others, place, date_of(verb, adate), verb, verb.text, 0.6)


def handed_where(f: MeetingFinder, verb, adate: str | None) -> None:
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
    if not others:   # "conveyed to Kurdish leader Y Ankara's concerns": the parser runs the receiver into the thing sent
        others = list(dict.fromkeys(k for w in whom for t in w.subtree if t.dep_ == "compound" and t.i < w.i
                                    for k in [f.actors.key_at.get(t.i, "")] if k.startswith("person:")))[:1]
    subj = f.agents(top)
    if others and subj and not set(subj) & set(others):
        f.add(subj + others, f.place_of(top), date_of(top, adate), verb, verb.text, 0.6)


def _fronted_subject(f: MeetingFinder, noun) -> list[str]:
    """ "Speaking after his meeting with Y, X said", "On his trip to Beijing, X won": a possessive in a participle
    clause or a phrase put before the main clause stands for that clause's subject, named after it."""
    for a in noun.ancestors:
        if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i < a.head.i or a.dep_ == "prep" and a.i < a.head.i \
                and a.head.pos_ in ("VERB", "AUX") and a.i == a.sent.start:
            subj = [c for c in a.head.children if c.dep_ == "nsubj" and c.i > a.i]
            return [k for k in f.people(subj) if k.startswith("person:")][:1]
    return []


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


def meet_verb(f: MeetingFinder, verb, lemma: str, adate: str | None) -> None:
    subj = f.agents(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "hands"]   # "shook hands with Y"
    withs = ("with", "to", "alongside", "beside") if verb.lemma_ in ("speak", "talk", "chat", "stand", "appear", "sit") \
        else ("alongside", "beside") if verb.lemma_ in ("say", "tell") else ("with",)
    objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in withs for o in c.children if o.dep_ == "pobj"]
    others = f.people(objs)
    if set(others) <= set(subj) and (other := _other_one(f, objs, subj)):
        others = other   # "X, who met with her on Tuesday": not X herself, the one other person named before
    if not others and any(o.lemma_.lower() in SIDE_NOUNS for o in objs):
        others = f._side_from(verb)   # "after meeting foreign ministers from A, B and C": the parser hangs "from" on the verb
    if verb.lemma_ in ("speak", "talk", "chat", "stand", "appear", "sit", "say", "tell"):   # not "speaking to Reuters"
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
        home = not named and home_visit(f, subj, hosts, objs)
        f.add(subj + others, place, when, verb, verb.text, 0.75, home=home)
        return
    if not others and subj and lemma == "meet":   # "spoke in Tehran after meeting the president"
        outer = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following") else verb
        place = place or f.place_of(outer)
        others = _unnamed_side(f, objs, subj, place)
    if lemma == "host":
        if not others:   # "hosted a dinner for Y": the guest of the meal
            others = [k for o in objs if o.lemma_ in HOSTED_MEALS for c in o.children if c.dep_ == "prep" and c.lower_ in (
                "for", "with") for x in c.children if x.dep_ == "pobj" for k in f.people([x]) if k.startswith("person:")]
        participle = verb.tag_ not in ("VBD", "VBN") and _participle_done(verb)
        if participle and not when:   # "Hosting Y, X said on Monday": the day of the clause it hangs on
            when = date_of(_governing(verb), adate)
        if (verb.tag_ in ("VBD", "VBN") or participle) and all(k in f.ctx.state_of or k.startswith("state:")
                                                                for k in others):
            f.add(subj + others, place, when, verb, verb.text, 0.7)
        return
    if not others and any(c.dep_ == "dobj" and c.lower_ != "hands" for c in verb.children):
        return   # "Romania and Bulgaria meet all the criteria"; "X and Y shook hands" is their meeting
    if not others and len(subj) >= 2:   # "X and Y met"
        f.add(subj, place, when, verb, verb.text, 0.8)
        return
    apart = lemma == "meet" and _apart(f, subj, others)   # "met Israel's premier Y and the Palestinian leader Z"
    if len(others) >= 2 and (apart or any(c.lower_ in ("separately", "individually") for c in verb.children)):
        for other in [k for k in others if k.startswith("person:")] if apart else others:
            f.add(subj + [other], place, when, verb, verb.text, 0.8)   # "met separately with Y and Z": one each
        return
    f.add(subj + others, place, when, verb, verb.text, 0.8)


def _other_one(f: MeetingFinder, objs, subj: list[str]) -> list[str]:
    """ "Ada Rell spoke about Iva Kos. Rell, who met with her on Tuesday, ...", "A charge against Rell came from Iva Kos.
    She met him in 2014": "him" or "her" met is a person other than the one who met, and the pronoun resolver,
    blind to gender, may give the subject back. It is the one person other than the subject named before it in its
    sentence, else in the sentence before; none when there are two or more."""
    prons = [o for o in objs if o.lower_ in ("him", "her") and o.pos_ == "PRON"]
    if len(prons) != 1 or len(objs) != 1 or not subj or not all(k.startswith("person:") for k in subj):
        return []
    pron, key_at = prons[0], f.actors.key_at
    here = {key_at[i] for i in range(pron.sent.start, pron.i)
            if key_at.get(i, "").startswith("person:")} - set(subj)
    if here:
        return sorted(here) if len(here) == 1 else []
    if pron.sent.start == 0:
        return []
    prev = pron.doc[pron.sent.start - 1].sent
    before = {key_at[i] for i in range(prev.start, prev.end) if key_at.get(i, "").startswith("person:")} - set(subj)
    return sorted(before) if len(before) == 1 else []


def _participle_done(verb) -> bool:
    """ "Hosting Y in Sochi, X said", "X, hosting Y, said", "X said after hosting Y": a participle with no tense of its
    own takes that of the clause it hangs on, done when that clause is past and not hedged."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "nsubj", "mark") for c in verb.children):
        return False   # "is hosting Y on Friday", "while he is hosting": a tense of its own
    if verb.dep_ == "pcomp":
        return after_done(verb)
    clause = _governing(verb)
    return verb.dep_ in ("advcl", "acl") and clause.i != verb.i and clause.tag_ == "VBD" \
        and not hedged(clause, planned=True)


def _governing(verb):
    """The verb of the clause a participle hangs on: the head of an adverbial one, the verb above the noun an
    adjectival one describes ("X, hosting Y, said"), the verb of an "after" phrase."""
    if verb.dep_ == "pcomp":
        return verb.head.head
    node = verb.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else verb


def _unnamed_side(f: MeetingFinder, objs, subj: list[str], place: str | None) -> list[str]:
    """ "after meeting the president", "held talks with his counterparts in Moscow": a side named by a bare title
    is the one person the article gives that title (not a subject), else the state hosting the meeting."""
    bare = [o for o in objs if o.lemma_.lower() in C.TITLE_NOUNS | SIDE_NOUNS and o.i not in f.actors.key_at
            and all(c.dep_ in ("det", "poss", "compound") and c.i not in f.actors.key_at for c in o.children)]
    if not bare:
        return _host_of_people_met(f, objs, subj, place)
    title = " ".join(t.lower_ for t in bare[0].subtree if t.dep_ not in ("det", "poss"))
    holders = {h.person for h in f.ctx.holdings if h.title == title and h.person not in subj}
    if len(holders) == 1 and not bare[0].lemma_.lower().startswith("counterpart"):
        return list(holders)
    host = place if place and place.startswith("state:") else (
        state_of_city(f.ctx, place) if place and place.startswith("city:") else None)
    return [host] if host and all(f.ctx.state_of.get(k, k) != host for k in subj) else []


# people an official meets on a trip who are no side of their own: "met a group of refugees in Ardia", "met farmers"
MET_PEOPLE = frozenset("""refugees families survivors students workers residents villagers farmers victims migrants
relatives elders clerics pilgrims troops soldiers""".split())
# words that count people: "a group of refugees", "hundreds of farmers"
COUNT_NOUNS = frozenset("group groups dozens hundreds thousands".split())


def _host_of_people_met(f: MeetingFinder, objs, subj: list[str], place: str | None) -> list[str]:
    """ "X met a group of refugees on Friday in Ardia": people of no side met in a named state other than the
    officials' own are met on a visit there; the side is that state (as "told reporters in Ardia" is). Only named
    officials, only people ("met stiff resistance in Ardia" is none; demonyms on them may stand), only a state or a
    city the gazetteer places."""
    heads = [x for o in objs for x in [o] + [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                             and o.lower_ in COUNT_NOUNS for p in c.children if p.dep_ == "pobj"]]
    if not any(h.lower_ in MET_PEOPLE and h.tag_ == "NNS" for h in heads) or any(
            f.actors.key_at.get(t.i, "state:").split(":")[0] != "state" for o in objs for t in o.subtree):
        return []   # "met Syrian refugees" (people of a state) counts; "met refugees and Joe Doe" is a meeting with Doe
    if not subj or not all(f.official(k) for k in subj):
        return []
    host = place if place and place.startswith("state:") else (
        state_of_city(f.ctx, place) if place and place.startswith("city:") else None)
    return [host] if host and all(f.ctx.state_of.get(k) not in (None, host) for k in subj) else []


def sealed(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Hamas and Fatah sealed a deal last week in Cairo": the parties met where they signed."""
    if not any(c.dep_ == "dobj" and c.lemma_ in C.PACT_NOUNS | {"deal", "agreement"} for c in verb.children):
        return
    place = f.place_of(verb) or next((p for c in verb.children if c.dep_ == "dobj" for p in [f.place_of(c)] if p), None)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    parties = f.people(subj) or f.actors.subjects(verb)[0]
    leaders = _leaders_of(subj)
    if all(k.startswith("state:") for k in parties) and not leaders:
        return   # "Peru and Chile signed a peace accord in Lima": states sign through envoys; no meeting is told
    if (place or leaders) and len(parties) >= 2 and verb.tag_ in ("VBD", "VBN"):
        f.add(parties, place, date_of(verb, adate), verb, verb.text, 0.6)


# titles of those who sign for their states in person: "the prime ministers of Ardia and Belvia signed a treaty"
SIGNER_TITLES = frozenset("leader leaders president presidents premier premiers minister ministers".split())


def fronted_meeting(f: MeetingFinder, tok, adate: str | None) -> None:
    """ "Meeting Singapore Prime Minister Y in Beijing, X said": a sentence-opening participle the tagger took for the
    first word of the name after it. The meeting is of the main clause's named subject and the one person named before
    the comma, told in the main clause's tense and dated by it."""
    doc, sent = tok.doc, tok.sent
    if tok.pos_ == "VERB" or not (tok.i == sent.start or doc[tok.i - 1].text in ("-", "\u2014", "\u2013")):
        return
    comma = next((t for t in doc[tok.i + 1:sent.end] if t.text == ","), None)
    root = sent.root
    if comma is None or root.i < comma.i or root.pos_ not in ("VERB", "AUX") or not past(root) \
            or hedged(root, planned=True) or remote(root):
        return
    opening = doc[tok.i + 1:comma.i]
    if any(t.pos_ in ("VERB", "AUX") for t in opening):
        return   # "Meeting Y is a priority, X said": the gerund is a clause's subject, no meeting told
    met = list(dict.fromkeys(k for t in opening for k in [f.actors.key_at.get(t.i, "")] if k.startswith("person:")))
    subj = [k for c in root.children if c.dep_ == "nsubj" and c.i > comma.i for k in f.people([c])]
    if len(met) != 1 or len(subj) != 1 or not subj[0].startswith("person:") or met == subj:
        return
    place = next((p for t in opening if t.lower_ == "in" for x in t.children if x.dep_ == "pobj"
                  for p in [f.place_key(x)] if p), None)
    when = next((d for t in opening if t.lower_ == "on" for x in t.children if x.dep_ == "pobj"
                 for d in [resolve_date(doc[x.left_edge.i:x.right_edge.i + 1].text, adate)] if d), None)
    f.add(subj + met, place, when or date_of(root, adate), root, tok.text, 0.7)


def _leaders_of(subj) -> bool:
    """ "the prime ministers of A and B", "the leaders of A and B": a subject of heads or ministers of the states named
    after "of", who sign in person, unlike the states themselves (which sign through envoys)."""
    return len(subj) == 1 and subj[0].lower_ in SIGNER_TITLES and subj[0].tag_ == "NNS" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and len(conjuncts(o)) >= 2 for o in c.children)
        for c in subj[0].children)


def meet_noun(f: MeetingFinder, noun, lemma: str, adate: str | None) -> None:
    """ "held talks with X", "a joint news conference with X", "X's visit to Y", "after talks with the U.S. officials"."""
    if lemma in PRESS_NOUNS and not any(c.lower_ in ("news", "press", "joint") for c in noun.children):
        return
    if lemma in MEALS and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return   # a meal is a meeting only with its other side named on it: "a working dinner with Y"
    if lemma not in C.MEET_NOUNS | PRESS_NOUNS | MEALS and not (noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "hold")
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
    while (verb.pos_ not in ("VERB", "AUX") or _following_prep(verb)) and verb.head.i != verb.i and \
            verb.dep_ in ("pobj", "prep", "dobj", "conj"):
        verb = verb.head
    if _object_infinitive(noun, verb):   # "discussed ways to deepen ties in talks with Y": the parser hangs the talks
        verb = verb.head.head             # on the infinitive; they are where the discussing took place
    # "called for a response after talks with Moon", "sought to woo China since a summit with Xi": a meeting in
    # a time phrase of the clause took place whatever the clause asks or wants
    timed = (noun.dep_ == "pobj" or _following_prep(noun.head)) and noun.head.lower_ in TIME_PREPS and \
        verb.pos_ in ("VERB", "AUX") and past(verb) or while_done(verb)
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
    if _in_the_negotiation(f, noun, adate):
        return   # "set out terms in the long talks with the bloc": a stance in the negotiation, no sitting
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
    of_sides = [] if others else _of_sides(f, noun)
    if of_sides:   # "a meeting of the foreign ministers of India and Pakistan": its sides, as "between" names them
        withs, others = [], of_sides
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
    elif not others and not of_sides and past(verb):
        told = _faced(f, noun, verb)   # "Trump praised Sisi after a meeting in Riyadh": the one he praised
    when = date_of(noun, adate) if timed else own_date(noun, adate)
    when = date_of(noun if noun.dep_ != "pobj" else verb, adate) if when is None else when
    if timed and not when and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        when = date_of(verb, adate)   # "said on Monday at an earlier meeting with Y": said there, that day
    if when is None and lemma in PRESS_NOUNS:
        when = _neighbour_date(f, noun, adate)
    # "Ng's meeting with X" with the possessive parsed as the noun's subject is still its owner
    owners = [k for c in noun.children if c.dep_ == "poss" or c.dep_ == "nsubj" and any(
        x.dep_ == "case" and x.lower_ in ("'s", "’s") for x in c.children) for k in f.actors.of(c)]
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        owners = _fronted_subject(f, noun) or owners
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
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) or bool(of_sides)
    # "a close watch on discussions between Egypt and Hamas": the watcher is no party to them
    subj = owners or (f.agents(verb) if verb.pos_ in ("VERB", "AUX") and not (between and len(others) >= 2) else [])
    sat_in = _sat_in(f, verb, noun) if between and others and not owners else []
    if sat_in:   # "X attended / was involved in talks between A and B": X was there too, a third side
        others, subj = [k for k in others if k not in sat_in], sat_in
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
    if lemma in ("talk", "talks") and not between and _apart(f, subj, others):
        for other in (k for k in others if k.startswith("person:")):   # "held talks with Israel's premier Y and the
            f.add(subj + [other], place, when, noun, noun.text, 0.65)   # Palestinian leader Z": one meeting each
        return
    f.add(subj + others, place, when, noun, noun.text, 0.65)


def _in_the_negotiation(f: MeetingFinder, noun, adate: str | None) -> bool:
    """ "X set out firm terms in the long talks with the bloc": "in the talks" with a state or body, with no day or
    place of their own, is the running negotiation a stance is taken in, not a sitting of its sides."""
    if noun.lemma_ not in ("talk", "talks", "negotiation") or noun.tag_ != "NNS" or noun.dep_ != "pobj" \
            or noun.head.lower_ != "in" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    withs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    sides = f.people(withs)
    return bool(sides) and not any(k.startswith("person:") for k in sides) \
        and own_date(noun, adate) is None and f.place_of(noun) is None


def _faced(f: MeetingFinder, noun, verb) -> list[str]:
    """The other side of a bare meeting in a time phrase of a past clause: the named person the clause's verb acts on
    ("Trump praised Sisi after a meeting in Riyadh", "Abe thanked Modi during talks in Tokyo"), a person of another
    state than the subject's. Not a meeting whose sides are told on it ("with", "between", "of", a named owner), nor
    one to come."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "following", "during", "at") or noun.head.head.i != verb.i:
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of", "among") or c.dep_ == "poss"
           and c.lower_ != "their" for c in noun.children):
        return []
    subj = f.agents(verb)
    objs = [k for o in verb.children if o.dep_ == "dobj" for k in f.people([o])]
    if len(subj) != 1 or len(objs) != 1 or not objs[0].startswith("person:") or not subj[0].startswith("person:"):
        return []
    mine, theirs = f.ctx.state_of.get(subj[0]), f.ctx.state_of.get(objs[0])
    return objs if mine and theirs and mine != theirs else []


def _following_prep(tok) -> bool:
    """ "Following talks with Y, X said": "following" the parser tags a verb but sets as a preposition, which is no
    verb of its own (the talks belong to the clause it hangs on)."""
    return tok.lower_ == "following" and tok.dep_ == "prep"


def _object_infinitive(noun, verb) -> bool:
    """Whether a talks noun in an "in / during / at" phrase sits in a to-infinitive describing the object of a past verb
    told as done ("discussed ways to deepen ties in talks with Y"), not one wished or planned ("sought ways to ...")."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at") and verb.tag_ == "VB"
            and verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    obj, outer = verb.head, verb.head.head
    return obj.dep_ == "dobj" and outer.pos_ == "VERB" and outer.tag_ == "VBD" \
        and outer.lemma_ not in WISH_VERBS | C.HEDGE_HEADS | C.NOT_MET_VERBS and not hedged(outer, planned=True)


def _of_sides(f: MeetingFinder, noun) -> list[str]:
    """The sides of a meeting named by its "of" phrase of unnamed officials of two or more states or groups: "a
    meeting of the foreign ministers of both countries", "talks of Indian and Pakistani officials". Officials of
    one state or body ("a meeting of EU foreign ministers", "of senior Israeli ministers") are no sides of their own."""
    objs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in SIDE_NOUNS]
    sides = [k for k in f.people(objs) if k.startswith(("state:", "org:"))]
    return sides if len(sides) >= 2 else []


def _sat_in(f: MeetingFinder, verb, noun) -> list[str]:
    """Who sat in on a meeting between others that took place: the named subject of "attended", "joined", "took part
    in", "participated in", "was involved in" it. Not a purpose still to come ("flew to Lima to attend a summit
    between A and B")."""
    lemma = verb.lemma_.lower()
    took_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not (lemma in SAT_IN_VERBS or took_part) or journey_done(verb):
        return []
    if noun.dep_ == "pobj" and lemma in ("attend", "join") or noun.dep_ == "dobj" and lemma in ("involve", "participate"):
        return []   # "attended to the talks", "involved talks": not a seat in them
    was = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    if not (past(verb) or was) or hedged(verb, planned=True):
        return []   # "attended", "has taken part", "was involved in": told as done
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    return [k for k in f.people(subjects) if k.startswith(("person:", "state:"))]


def _apart(f: MeetingFinder, subj: list[str], others: list[str]) -> bool:
    """Whether the other sides of "met / held talks with Y and Z" are persons of different states, none the
    subject's: two bilateral meetings, the common form of diplomacy; a meeting of three is told as one ("a meeting
    with Y and Z", "a trilateral", "the three met"), and envoys of one state ("met Lavrov and Shoigu") sit together."""
    persons = [k for k in others if k.startswith("person:")]
    states = [f.ctx.state_of.get(k) for k in persons]
    if len(persons) < 2 or not all(states) or any(k not in persons and k not in states for k in others):
        return False   # a state that none of them stands for is a side of its own ("the Emir of Qatar" gives both)
    return len(set(states)) == len(states) and not {f.ctx.state_of.get(k) for k in subj} & set(states)
