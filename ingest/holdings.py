"""Posts held: a named person next to a title ("Iran defence minister Amir Hatami", "Lavrov,
Russia's foreign minister,", "the prime minister of Japan, Shinzo Abe", "his Syrian counterpart").

The title spans come from the nlp stage; here each one is read with its modifiers (whose post:
"Iran", "NATO", "White House", "Abbas"), its complement ("of Japan", "for China's foreign
ministry") and the name beside it. Titles that name no state or organisation get one from
`resolve.fallback_jurisdiction` (the person's other mentions, a counterpart, the dateline, the
article's main state) and are then corrected with the whole article's posts (`jurisdictions`).
Reading the phrase is `titlephrase`; counterparts, plural lawmakers and "the president" are `indirect`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import resolve
from .context import Mention, tokens_of
from .gazetteer import DEPUTY, NOT_CURRENT, TITLES, Gazetteer
from .indirect import LAWMAKERS, LEGISLATURES, find_counterparts, find_definite_titles, find_lawmakers
from .jurisdictions import acted_on, correct_jurisdictions, governed, spoken, visited
from .model import Entity, Evidence, Holding
from .nlp import TITLE_SPANS
from .officials import known_state
from .regions import PLACE_LABELS, STEM, TIER_WORDS
from .titlephrase import (CABINET, CURRENT, FUTURE, NOT_NOW, OUSTED, PAST, Candidate, aide_of, at_society, closes,
                          company_post, complement, demanded, field_body, left_phrase, local_modifier, nominee, person_after,
                          person_before, portfolio, portfolio_after, portfolios, predicate_subject, public_office)

# nouns of a post's end: "the resignation of Prime Minister X", "the funeral of King Y"
ENDED = frozenset({"resignation", "ouster", "overthrow", "death", "funeral", "killing", "assassination", "murder",
                   "removal", "impeachment", "downfall", "burial", "cremation"})
# verbs of a violent end, their holder the passive subject: "X, a senior commander, was killed"
KILLED = frozenset({"kill", "assassinate", "execute", "murder", "slay", "behead"})
# words that make an official's title a profession followed, not a post held: "veteran prosecutor", "career diplomat"
PROFESSION = frozenset({"veteran", "career"})
# posts of an election campaign, not public ones: "Trump campaign foreign policy adviser"
CAMPAIGN = frozenset({"campaign", "transition"})
# nouns of bodies that are no state's before a title that names none ("militia spokesman", "the group president")
NON_STATE = frozenset({"militia", "militias", "insurgent", "insurgents", "jihadist", "guerrilla", "coalition", "group",
                       "company", "firm", "faction", "movement"})
# the only words a state's leader may have besides the state: "Iraq's new leader", "the Iraqi interim leader" (an
# interim or acting head is the head; "Iraqi Kurdish leader" is a region's or a people's)
LEADER_WORDS = frozenset({"the", "'s", "a", "top", "supreme", "interim", "acting"}) | CURRENT
# plural nouns of groups that hold no public post, as possessors ("the rebels' negotiator")
GROUPS = frozenset({"rebels", "oppositions", "militants", "insurgents", "jihadists", "guerrillas"})


def _candidates(doc: Doc, gz: Gazetteer, at: dict[int, Mention], entities: dict[str, Entity],
                sent_of: list[int], beside: set[str] | None = None,
                former: set[tuple[str, str]] | None = None, orphans: list | None = None,
                main_states: tuple[str, ...] = (), year: int | None = None) -> list[Candidate]:
    """The titles read next to named persons; `beside` collects every person a title is written beside,
    `former` each (person, role) the text calls past, `orphans` each state's title written with no holder."""
    toks = tokens_of(doc)
    out = []
    titled = {i for t in doc.spans[TITLE_SPANS] for i in range(t.start, t.end)}
    starts = {t.start: t for t in doc.spans[TITLE_SPANS]}
    former = set() if former is None else former
    for title in doc.spans[TITLE_SPANS]:
        role = title.label_
        start, actors, words, possessor = left_phrase(doc, title.start, at)
        actors = portfolios(actors, title, gz, entities, words)
        end, prep, obj = complement(doc, title.end, at, titled)
        if obj is None and role == "Legislator":
            if _seat_elsewhere(doc, title.end, at, titled, entities):
                continue   # "a lawmaker in the Nordic Council": a seat in a body of no state the text names
            end, prep, obj = _legislature(doc, title.end, at, titled, entities) or (end, prep, obj)
        if prep == "for" and actors and title.text[:1].isupper() and _portfolio_name(obj, entities, gz):
            prep, obj = None, None   # "EU Commissioner for Budget and Human Resources X": a portfolio, no body
        if end == title.end and end + 2 < len(doc) and toks[end].text == "-" and \
                toks[end + 1].lower_ in ("elect", "designate"):
            end += 2   # "U.S. president-elect Donald Trump": the holder-to-be is read, to bar the post below
        if prep == "company" or prep == "society" and role != "Legislator" or \
                company_post(doc, start, title, at, role) or at_society(doc, title, at):
            continue   # "Akzo Nobel spokeswoman", "chairman of Spain's biggest food retailer", "adviser at a think tank"
        if obj is not None and obj.how == "demonym" and end == obj.token_end and end not in titled:
            continue   # "head of the Syrian Observatory": the name after is the body's, not a holder's
        # (but "spokesman for Russian President Vladimir Putin" is an aide of the state's president)
        if prep == "body":
            if not actors:
                continue   # "the commander of the Syria Revolutionaries Front": an unknown body's post
            prep = None    # "UN Special Envoy for the Syria Crisis": the UN's
        if possessor is None and role in ("Official", "Official?"):
            possessor = aide_of(doc, title, at, starts) or possessor   # "adviser to President Donald Trump"
        principal = _office_head(doc, title, at, possessor)
        if principal is not None:
            # "the German head of Juncker's office", "Juncker's head of cabinet X": the principal's aide, whose post
            # is in the principal's body (a nationality before the title is no jurisdiction)
            possessor, role, actors, words, end, prep, obj = principal, "Official", [], words - {
                w for w in words if w.startswith("near:")}, title.end + 2, None, None
            if toks[title.end + 1].i == principal.token_start:
                end = principal.token_end + 2
        # "the prime minister of Japan, Shinzo Abe", "his former national security adviser, Michael Flynn"
        # ("First Vice President of the European Commission, Frans Timmermans, said": a capitalised title with
        # its body set off by commas as well)
        person = person_after(end, at, doc, comma_ok=bool(words & {"the", "'s", "his", "her", "its", "their"}) or (
            obj is not None and title.text[:1].isupper() and toks[start].is_sent_start), titled=titled)
        # "his new armed forces minister, Florence Parly": whose "his" is, is not read here, so such a title
        # counts only when it is past or names its state or body itself
        office = False
        if person is None and obj is not None and title.text[:1].isupper():
            # "High Representative of the European Union for Foreign Affairs and Security Policy X": past the
            # portfolio written after the body
            person = person_after(portfolio_after(doc, end, at, titled), at, doc, False, titled)
        if person is None and obj is None and title.text[:1].isupper():
            after = portfolio_after(doc, title.end, at, titled)
            # "Tanzania's new Minister of Minerals, Angellah Kairuki," set off by commas as after a bare title with a
            # determiner or an owner
            person = person_after(after, at, doc, bool(words & {"the", "'s"}), titled)
            office = person is not None and public_office(doc[title.end + 1:after])
        by_pronoun = person is not None and toks[end].text == "," and not words & {"the", "'s"}
        if person is None and end < len(doc) and toks[end].text in ("'s", "\u2019s"):
            continue   # "Jared Kushner, the president's son-in-law": the title is another person's
        if person is None and closes(doc, title, end) and not _speaker(doc, end, words):
            person = person_before(start, at, doc, title)   # "Lavrov, Russia's foreign minister, said"
            first = title.root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if person is not None and first.i != title.root.i and first.i in titled and any(
                    t.lower_ in NOT_CURRENT | PAST for t in doc[first.left_edge.i:first.i]):
                words.add("former")   # "X, former party leader and prime minister,": both posts are past
                # (not "X, a former bus driver and union leader": the first conjunct is no post)
            if person is not None and obj is None:
                end2, prep, obj = complement(doc, title.end, at, titled)
        nominator = None
        nominated = person is None
        if person is None:
            person, nominator = nominee(doc, start, at)   # "Trump nominated John Smith to be ambassador"
            if person is None and title.root.left_edge.i < start:
                # "confirmed X to be President Donald Trump's ambassador": the title's phrase begins before its possessor
                person, nominator = nominee(doc, title.root.left_edge.i, at)
            if nominator is not None and nominator.key.startswith("person:"):
                possessor = nominator   # the post is in the nominator's state
            elif nominator is not None:
                actors = [nominator] + actors
        if person is None:
            person = predicate_subject(doc, title, at)   # "X was appointed the new oil minister", "Y is a senator"
        if person is None:
            if orphans is not None and not words & (NOT_CURRENT | OUSTED | FUTURE | DEPUTY):
                # "Britain's Minister for Africa, meanwhile, said ...": a state's post whose holder the text
                # names later ("Minister Rory Stewart said on arriving in Harare")
                state = obj.key if obj is not None and obj.key.startswith("state:") and prep in ("of", "for") else \
                    next((a.key for a in actors if a.key.startswith("state:") and "near:" + a.key in words), None)
                if state:
                    orphans.append((sent_of[title.start], title.label_, title.text.lower(), state))
            continue
        after = person.token_end
        if obj is None and after + 1 < len(doc) and toks[after].lower_ == "of":
            m = at.get(after + 1) or (at.get(after + 2) if toks[after + 1].lower_ == "the" else None)
            if m is not None and m.key.startswith("state:"):
                obj, prep = m, "of"   # "Ambassador Stefan Johannesson of Iceland"
        if role in ("HeadOfState", "HeadOfGovernment") and obj is None and title.end < len(doc) and \
                toks[title.end].lower_ in ("of", "at"):
            continue   # "president of the 15-member council": the head of something else
        if role in ("HeadOfState", "HeadOfGovernment") and any(
                toks[k].pos_ == "PROPN" and k not in at and toks[k + 1].text in ("'s", "\u2019s")
                for k in range(start, title.start - 1)):
            continue   # "Zhang Min, Yucheng's president,": the head of a body no gazetteer knows
        if beside is not None:
            beside.add(person.key)
        k = start - 1
        while k > start - 5 and k >= 0 and (toks[k].text == "-" or toks[k].tag_ in ("VBN", "JJ") or k in at):
            k -= 1   # "the resignation of Saudi-backed Lebanese Prime Minister X"
        noun = _ended_noun(doc, k) if k >= 1 and toks[k].lower_ == "of" else None
        if noun is not None and not (
                person.token_end < len(doc) and toks[person.token_end].text in ("'s", "\u2019s")) and \
                not demanded(noun):
            # "the resignation of Prime Minister X", "the death of King Y": a post that ended (not "the
            # assassination of leader X's half-brother")
            words.add("former")
        if _killed(doc, max(end, person.token_end), toks[person.token_end - 1]):
            words.add("former")   # "X, a senior military commander, was also killed": the post ended with its holder
        elif _left(doc, max(end, person.token_end), toks[person.token_end - 1]):
            words.add("former")   # "Parliament speaker X resigned on Friday": the post ended with the verb
        if _dated_past(doc, title, year):
            continue   # "when Chancellor X formed a coalition in 1990": a post held then, not at the article's date
        if _aide_of_former(doc, start, at, former):
            words.add("former")   # "former prime minister X and his finance minister Y": Y served under X, then
        if words & PROFESSION and role == "Official":
            continue   # "veteran prosecutor X", "career diplomat Y": a profession, not a post
        elect = title.end + 1 < len(doc) and toks[title.end].text == "-" and \
            toks[title.end + 1].lower_ in ("elect", "designate")
        if role == "Legislator" and words & (NOT_CURRENT | OUSTED | FUTURE) == {"opposition"}:
            words.discard("opposition")   # "opposition lawmaker X": a seat held by the opposition is a seat held
        if words & (NOT_CURRENT | OUSTED | FUTURE) or elect:
            if elect or words & (FUTURE | {"elect", "-elect"}):
                # a post not yet taken bars it as well: "President-elect X" then "President X said" in a quote
                former.update((person.key, r) for r in {role.rstrip("?"), title_role(title.text.lower()).rstrip("?")})
            if words & PAST:
                # a past post bars the same post elsewhere in the article, keyed on the role the title has here
                # ("then deputy president" is an Official's post, not the head of state's)
                past = {"Official"} if role in CABINET and words & DEPUTY and role != "HeadOfGovernment" else \
                    {role.rstrip("?"), title_role(title.text.lower()).rstrip("?")}
                former.update((person.key, r) for r in past)
            continue   # "party chief", "opposition leader", "president-elect": no current public post either
        if words & CAMPAIGN:
            continue   # "Trump campaign adviser": a post in a campaign, not a public one
        if title.text.lower() == "top diplomat" and words & {"the", "'s"} and not words & DEPUTY:
            role = "ForeignMinister"   # "Kenya's top diplomat": the foreign minister (a body's: its Official)
        if role in CABINET and words & DEPUTY and role != "HeadOfGovernment":
            role = "Official"
        local = local_modifier(doc, start, title.start, at, titled, gz)
        if local is None and role in CABINET and _region_adjective(doc, start, title.start, at, gz):
            local = "region"   # "Kurdish Prime Minister X" in a story naming Kurdistan: the region's head, not Iraq's
        if local == "body" and role in ("HeadOfState", "HeadOfGovernment"):
            continue   # "SARC President Abdulrahman Attar": the head of a society or a company, no public post
        # (not for ministers: portfolio words the model tags as places, "Brexit minister", "Refugee Minister")
        if local == "region" and role in CABINET - {"Minister"} or local == "region's" and role in CABINET:
            # "KRG President Masoud Barzani", "Kansas Secretary of State", "Scotland's first minister": a regional
            # post (a place the model tags right before "minister" may be a portfolio, "Brexit minister"; one that
            # owns the title through a possessive is not)
            role = "Official"
        explicit = None
        named = [a.key for a in reversed(actors)]   # left to right
        if obj is not None and not (prep == "to" and role == "Ambassador"):
            named = named + [obj.key] if role == "Ambassador" else [obj.key] + named
        parties = [k for k in named if entities.get(k) and entities[k].org_kind == "party"]
        named = [k for k in named if k not in parties and not _unnamed_ministry(entities.get(k))]
        if nominated and role == "Ambassador" and named and getattr(entities.get(named[0]), "org_kind", None) in (
                "igo", "alliance") and (nominator is None or nominator.key != named[0]):
            named = named[1:]   # "the government appointed X as U.N. envoy": the appointing state's envoy to the body
        if title.text.lower() in ACCREDITED and named and _hosts_ambassadors(named[0], entities):
            named = named[1:]   # "his U.N. ambassador X", "Japan's U.N. Ambassador Y": a state's ambassador to the body
        if named:
            explicit = named[0]
        elif "bloc" in words and "'s" in words and any(v.key == "org:european-union" for v in at.values()):
            explicit = "org:european-union"   # "the bloc's chief negotiator" in a story about the EU
        elif by_pronoun:
            explicit = _pronoun_state(doc, start, at, out, sent_of, role, entities)
            if explicit is None:
                continue
        elif start >= 2 and toks[start - 1].lower_ == "and" and at.get(start - 2) is not None:
            # "EU chief executive X and Brexit negotiator Y": the second title shares the first one's body
            left = at[start - 2]
            explicit = next((c.explicit for c in reversed(out) if c.person == left.key and c.explicit
                             and c.sent == sent_of[title.start]), None)
        if role in ("HeadOfState", "HeadOfGovernment") and obj is not None and prep == "of" and \
                explicit == obj.key and not obj.key.startswith("state:") and \
                getattr(entities.get(obj.key), "org_kind", None) not in ("igo", "alliance"):
            # "president of the Central Council": the head of a body, not of a state; of a parliament, a legislator
            role = "Legislator" if any(t.lower_ in LEGISLATURES for t in doc[title.end:end]) else "Official"
        if role == "HeadOfState?" and any(_legislative_word(doc, t) for t in doc[start:title.start]):
            role = "Legislator"   # "Senate Democratic leader X", "the parliamentary leader Y": a lawmaker who leads
        if parties and (role.endswith("?") or role == "Official"):
            continue   # party posts get no holding: "Lib Dem spokesman", "UK Independence Party leader"
        if explicit is None and parties:
            # "Republican Senator James Lankford": a national party tells the state of a public post
            explicit = next((gz.entities[k]["state"] for k in parties if (gz.entities.get(k) or {}).get("state")), None)
        if role == "Official?" and any(_legislative_word(doc, t) for t in doc[title.end:end + 6]):
            role = "Legislator"   # "head of the lower house of parliament's foreign affairs committee"
        if role in ("Official?", "Official") and title.text.lower() in ("chairman", "chairwoman", "chair", "head") \
                and any(t.lower_ == "committee" for t in doc[start:title.start]) and any(
                _legislative_word(doc, t) or t.lower_ == "assembly" for t in doc[start:title.start]):
            role = "Legislator"   # "Senate Armed Services Committee Chairman X": a lawmaker who chairs a committee
        if title.text.lower() == "minister of state":
            role = "Minister"     # "Minister of State for Trade X": a minister of the government, if not of cabinet
        elif title.text.lower() == "representative" and title.start > 0 and toks[title.start - 1].lower_ == "trade":
            role = "Official"     # "Trade Representative (PTR) X": a trade negotiator, not a legislator
        elif title.text == "representative" and person.token_end <= title.start:
            if explicit is None:
                continue          # "X, the foundation's country representative": an agent of no body named
            role = "Official"     # "X, UNICEF's deputy representative in Yemen": a body's agent there, no lawmaker
        if title.text.lower() == "chief of staff" and any(a.how == "seat" for a in actors):
            role = "Official"     # "White House Chief of Staff John Kelly": not a military post
        if explicit is None and local in ("region", "region's") and role not in ("Legislator", "MilitaryOfficer"):
            explicit = _region_body(doc, start, title.start, at, entities, gz)   # "Scotland's first minister X"
        if role.endswith("?"):
            # a weak title needs its body right beside it: "CIA chief", not "Chinese film director"
            near = [a.key for a in reversed(actors) if "near:" + a.key in words and a.key not in parties] or \
                [k for k in [field_body(doc, title.start, at, entities)] if k]   # "U.N. aid chief X"
            explicit = obj.key if obj is not None and prep == "of" else (near[0] if near else None)
            if role == "HeadOfState?" and words - LEADER_WORDS - {w for w in words if w.startswith("near:")}:
                continue   # "Iraqi Kurdish leader", "India's Hindu nationalist leader"
            if explicit is None and office and role == "Official?":
                role = "Official"   # "Director of National Intelligence X": a state's office, its state from context
            elif explicit is None and role == "HeadOfState?" and (bare_head := _bare_leader(doc, title, person, words,
                                                                                          actors, possessor)):
                role = bare_head    # "a test for leader X", "current leader Y": the head, its state from context
            elif explicit is None:
                continue
            else:
                role = "HeadOfState" if role == "HeadOfState?" and explicit.startswith("state:") else "Official"
                if title.label_ == "HeadOfState?" and not explicit.startswith("state:"):
                    continue
        if words & GROUPS:
            continue   # "the rebels' lead negotiator X", "the oppositions chief negotiator" (a text without apostrophes)
        if explicit is None and not actors and title.start >= 3 and toks[title.start - 3].lower_ == "the" and \
                toks[title.start - 2].lower_ in ("nation", "country") and person.token_start >= title.end:
            # "criticised Sri Lanka's government ... and told the nation's President X"
            explicit = _nation_before(doc, start, at, sent_of, titled, main_states)
        if explicit is None:
            explicit = _member_of(doc, person, at, entities)   # "Col. X, a member of the FSA military council"
        if explicit is None and role != "Legislator" and _unknown_body(doc, start, title.start, person, at):
            continue   # "Colonel X of the al-Sham Legion", "Al-Nasr Army spokesperson Y": a post in a body no
            # gazetteer knows, not one of the article's main state
        if explicit is None and (local == "body" and role == "Official" or words & NON_STATE):
            continue   # "PYD spokesman X", "militia spokesman Y", "the group president": a body's post, no state's
        out.append(Candidate(person.key, role, OFFICE_HEAD if principal is not None else _un_portfolio(doc, title), explicit,
                             possessor.key if possessor is not None else None, sent_of[title.start],
                             0.9 if explicit else 0.7, portfolio(doc, start, title.start, at),
                             bare=title.text[:1].isupper() and not words - {"near:" + a.key for a in actors}))
    return [c for c in out if not _is_former(c, former)]


# last words of the names of armed and other bodies ("al-Sham Legion", "Al-Nasr Army")
BODY_WORDS = frozenset("""Army Legion Brigade Brigades Battalion Battalions Front Forces Movement Militia Regiment
Division Corps Council Committee Group Organization Organisation""".split())


ARTICLE = frozenset({"al", "el", "-"})


def _named(tok) -> bool:
    """A word of a proper name, the Arabic article and its hyphen too ("al-Sham")."""
    return tok.pos_ == "PROPN" or tok.lower_ in ARTICLE


def _body_name(toks) -> bool:
    """Whether proper nouns no gazetteer knows form a body's name of two words or more ending in a body word."""
    words = [t for t in toks if t.lower_ not in ARTICLE]
    return len(words) >= 2 and words[-1].text in BODY_WORDS and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("GPE", "LOC", "NORP") for t in words)


def _portfolio_name(obj: Mention | None, entities: dict[str, Entity], gz: Gazetteer) -> bool:
    """Whether a title's "for" complement the model took for an organisation is a portfolio: a name no gazetteer
    knows with no word of any kind of body ("for Budget and Human Resources", not "for the Islamic Army")."""
    ent = entities.get(obj.key) if obj is not None else None
    return ent is not None and ent.kind == "org" and ent.org_kind == "other" and obj.key not in gz.entities and \
        not any(w in BODY_WORDS for w in ent.name.split())


REGION_STEM = 4   # "Scotland" and "Scottish", "Kurdish" and "Kurdistan": the same region


def _region_adjective(doc: Doc, start: int, stop: int, at: dict[int, Mention], gz: Gazetteer) -> bool:
    """Whether the words before a title are a region's adjective no gazetteer knows, the article naming the place it
    is made from ("Kurdish" and "Kurdistan", "Bavarian" and "Bavaria"), with only "regional" or the like after it:
    "Kurdish Prime Minister X", "Kurdish regional president Y"; not "Iraqi", "Democratic" (no place of that stem)."""
    words = [t for t in doc[start:stop] if not t.is_punct and t.lower_ != "the"]
    if not words or words[0].ent_type_ != "NORP" or words[0].i in at or not words[0].text[:1].isupper() or \
            words[0].text in gz.terms or any(t.lower_ not in TIER_WORDS for t in words[1:]):
        return False
    adj, stem = words[0].text, words[0].text[:STEM].lower()
    return len(adj) >= STEM and any(t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN" and t.text != adj and
                                    t.text.lower().startswith(stem) for t in tokens_of(doc))


def _region_body(doc: Doc, start: int, stop: int, at: dict[int, Mention], entities: dict[str, Entity],
                 gz: Gazetteer) -> str | None:
    """The one region's own government the article names for the place a regional title is written with: the
    "Scottish Government" for "Scotland's first minister X", the "Catalan government" for "Catalan President Y";
    None when the article names no such body of that place (the post is then left to the state, as before)."""
    places = {t.text[:REGION_STEM].lower() for t in doc[start:stop] if t.i not in at and t.pos_ in ("PROPN", "ADJ")
              and t.text[:1].isupper() and t.ent_type_ in ("GPE", "LOC", "NORP") and len(t.text) > REGION_STEM}
    bodies = {k for k, e in entities.items() if e.kind == "org" and resolve.regional_government(k, entities, gz)
              and e.name[:REGION_STEM].lower() in places}
    return bodies.pop() if len(bodies) == 1 else None


def _unknown_body(doc: Doc, start: int, stop: int, person: Mention, at: dict[int, Mention]) -> bool:
    """Whether a title's post is in a body named beside it that no gazetteer knows: after the name ("Colonel X of
    the al-Sham Legion") or among the title's modifiers ("Al-Nasr Army military spokesperson Y")."""
    toks = tokens_of(doc)
    j = person.token_end
    if j + 1 < len(doc) and toks[j].lower_ == "of":
        j += 1 + (toks[j + 1].lower_ == "the")
        k = j
        while k < len(doc) and k - j < 6 and k not in at and _named(toks[k]):
            k += 1
        if _body_name(doc[j:k]):
            return True
    for k in range(start, stop):
        if toks[k].text in BODY_WORDS and k not in at:
            i = k
            while i > start and i - 1 not in at and _named(toks[i - 1]):
                i -= 1
            if _body_name(doc[i:k + 1]):
                return True
    return False


def _described_head(doc: Doc, orphans: list, settled: list, at: dict[int, Mention], sent_of: list[int]) -> list:
    """ "Senator X met with the president of Vesk on Sunday. X said he and Ivo Marek discussed trade.": the head of
    state or government described with no name is the one person without a post that the next sentence joins to a
    pronoun of the meeting ("he and Ivo Marek")."""
    toks = tokens_of(doc)
    posted = {c.person for c, _, _ in settled}
    out = []
    for sent, role, title, state in orphans:
        if role not in ("HeadOfState", "HeadOfGovernment") or any(
                c.role == role and jur == state for c, jur, _ in settled):
            continue
        joined = {m.key for i, m in at.items() if sent_of[i] == sent + 1 and m.key.startswith("person:")
                  and m.key not in posted and i == m.token_end - 1 and (
                      toks[i].dep_ == "conj" and toks[i].head.pos_ == "PRON" or
                      any(c.dep_ == "conj" and c.pos_ == "PRON" for c in toks[i].children))}
        if len(joined) == 1:
            out.append((Candidate(joined.pop(), role, title, state, None, sent + 1, 0.6), state, 0.6))
    return out


def _nation_before(doc: Doc, start: int, at: dict[int, Mention], sent_of: list[int], titled: set[int],
                   main_states: tuple[str, ...]) -> str | None:
    """The state "the nation's" / "the country's" refers to: of the states named before it in its sentence (else
    the one before) and not modifying another title ("U.S. Ambassador"), the one the article is most about."""
    toks = tokens_of(doc)
    for sent in (sent_of[start], sent_of[start] - 1):
        named = {m.key for j, m in at.items() if j < start and sent_of[j] == sent and m.key.startswith("state:")
                 and m.token_end + (m.token_end < len(doc) and toks[m.token_end].text in ("'s", "\u2019s"))
                 not in titled}
        if named:
            return min(named, key=lambda k: main_states.index(k) if k in main_states else len(main_states))
    return None


def _member_of(doc: Doc, person: Mention, at: dict[int, Mention], entities: dict[str, Entity]) -> str | None:
    """The armed group a titled person is called a member of right after the name ("Col. X, a member of the FSA
    military council"): the post is the group's, not the article's main state's."""
    toks = tokens_of(doc)
    j = person.token_end + (person.token_end < len(doc) and toks[person.token_end].text == ",")
    if j + 2 >= len(doc) or toks[j].lower_ not in ("a", "an") or toks[j + 1].lower_ not in MEMBER_NOUNS or \
            toks[j + 2].lower_ != "of":
        return None
    m = at.get(j + 3 + (j + 3 < len(doc) and toks[j + 3].lower_ == "the"))
    ent = entities.get(m.key) if m is not None else None
    return m.key if ent is not None and ent.org_kind == "armed_group" else None


MEMBER_NOUNS = frozenset({"member", "commander", "leader", "fighter", "officer"})


def _legislature(doc: Doc, end: int, at: dict[int, Mention], titled: set[int],
                 entities: dict[str, Entity]) -> tuple[int, str, Mention] | None:
    """ "a lawmaker in the Andean Parliament", "a member in the Iraqi parliament": the legislature a lawmaker sits
    in, an organisation named for one or a state's parliament (not "a lawmaker in the ruling party")."""
    toks = tokens_of(doc)
    stop, prep, obj = complement(doc, end, at, titled, frozenset({"in"}))
    if obj is None:
        return None
    if obj.key.startswith("state:"):
        ok = obj.token_end < len(doc) and toks[obj.token_end].lower_ in LEGISLATURES
    else:
        ent = entities.get(obj.key)
        ok = ent is not None and ent.org_kind != "party" and any(w.lower() in LEGISLATURES | {"assembly"}
                                                                 for w in ent.name.split())
    return (stop, "of", obj) if ok else None


def _seat_elsewhere(doc: Doc, end: int, at: dict[int, Mention], titled: set[int],
                    entities: dict[str, Entity]) -> bool:
    """Whether a lawmaker sits "in" an organisation that is neither a legislature (`_legislature`) nor a party:
    "a leading lawmaker in the Nordic Council" (no state's legislator; "a lawmaker in the ruling party" is one)."""
    _, _, obj = complement(doc, end, at, titled, frozenset({"in"}))
    ent = entities.get(obj.key) if obj is not None else None
    return ent is not None and ent.kind == "org" and ent.org_kind != "party" and \
        _legislature(doc, end, at, titled, entities) is None


def _pronoun_state(doc: Doc, start: int, at: dict[int, Mention], out: list[Candidate], sent_of: list[int],
                   role: str, entities: dict[str, Entity]) -> str | None:
    """ "Prime Minister X of Norway ... Her foreign minister, Y,": the state of the head of state or government
    the pronoun refers to, when that head is the last person named, in this sentence or the one before."""
    toks = tokens_of(doc)
    if role in ("HeadOfState", "HeadOfGovernment") or role.endswith("?") or toks[start].lower_ not in ("his", "her"):
        return None
    sent = sent_of[start]
    heads = [c for c in out if c.role in ("HeadOfState", "HeadOfGovernment") and c.explicit
             and c.explicit.startswith("state:") and c.person in entities]
    # a head's surname the model read as something else counts as naming the head: "May, 61, has lost two
    # ministers and her foreign minister, Y," (the month's name, not a person, to the model)
    surnames = {entities[c.person].name.split()[-1]: c.person for c in heads if len(entities[c.person].name.split()) > 1}
    last = None
    titled = {i for t in doc.spans[TITLE_SPANS] for i in range(t.start, t.end)}
    for j in range(start - 1, -1, -1):
        if sent_of[j] < sent - 1 or (j in titled and j not in at and toks[j].lower_ in ("minister", "president",
                                                                                      "premier", "chancellor")):
            return None   # "a prime minister, who faces calls to fire her foreign minister": an unnamed head between
        if j in at and at[j].key.startswith("person:"):
            last = at[j].key
            break
        if j not in at and toks[j].text in surnames and toks[j].pos_ == "PROPN":
            last = surnames[toks[j].text]
            break
    if last is None:
        return None
    head = next((c for c in reversed(heads) if c.person == last), None)
    return head.explicit if head is not None else None


def _aide_of_former(doc: Doc, start: int, at: dict[int, Mention], former: set[tuple[str, str]]) -> bool:
    """Whether a title led by "his"/"her" follows "X and", X a person whose post the text has just called past."""
    toks = tokens_of(doc)
    if start < 2 or toks[start].lower_ not in ("his", "her") or toks[start - 1].lower_ != "and":
        return False
    left = at.get(start - 2)
    return left is not None and left.key.startswith("person:") and any(p == left.key for p, _ in former)


# words before "ago" of a time long past: "a century ago", "decades ago"
LONG_AGO = frozenset({"century", "centuries", "decades", "generations"})
# how many years before the article's a dated clause tells of a post held then, not now
LONG_PAST = 15
# the prepositions of a year that dates a clause's own verb ("in 1990", "by 1985"; "since 1990" runs to now)
YEAR_PREPS = frozenset({"in", "by", "until", "till", "during"})


# words that mark a post no longer held: a sentence that uses them leaves the posts it does not mark current
MARKED_PAST = frozenset({"former", "ex", "late", "onetime", "erstwhile"})
# the clauses a title's verb governs whose dates are their own: "X said relations were the worst since Ukraine's
# independence in 1991", "after ascending the throne in 1967"; and the phrases of the holder's own ("President X, who
# took power in 1990,")
OTHER_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "relcl", "pcomp", "csubj", "parataxis", "appos", "acl"})


def _dated_past(doc: Doc, title, year: int | None) -> bool:
    """Whether the clause of a title is dated long before the article: "when Chancellor X formed a coalition with a
    party in 1990", "set out by President Y a century ago"; a "when" clause takes the time it hangs on ("in the
    1950s, when Z was defence minister"). Never a date of another clause ("X said relations were the worst since
    Ukraine's independence in 1991"), of the holder's own phrase, nor a recent one."""
    if year is None or any(t.lower_ in MARKED_PAST for t in title.sent):
        return False   # "former U.S. President X ... and Queen Y in 1992": the writer marks the posts no longer held
    verb = title.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _dated(verb, year, verb):
        return True
    return any(c.lower_ in ("when", "while") for c in verb.children) and verb.dep_ in ("advcl", "relcl") and (
        _long_ago(verb.head, year) or _dated(verb.head, year, verb))


def _dated(head, year: int, skip) -> bool:
    """Whether the clause of `head` (not its other clauses, nor `skip`) has a date long before `year`: "in 1990",
    "in the 1950s", "a century ago" (the participle of its object is the clause's: "formed a coalition with the
    party then led by X in 1990")."""
    todo = [c for c in head.children if c.i != skip.i and c.dep_ not in OTHER_CLAUSES or c.dep_ == "acl"
            and c.head.dep_ != "nsubj" and c.head.i != head.i]
    while todo:
        t = todo.pop()
        if _long_ago(t, year) and (t.lower_ == "ago" or t.head.lower_ in YEAR_PREPS):
            return True
        todo += [c for c in t.children if c.dep_ not in OTHER_CLAUSES or c.dep_ == "acl" and t.dep_ == "pobj"]
    return False


def _long_ago(tok, year: int) -> bool:
    """A year or decade at least LONG_PAST years before `year` ("1990", "the 1950s"), or "a century ago"."""
    m = re.fullmatch(r"(1[6-9]\d\d|20\d\d)s?", tok.text)
    if m and tok.dep_ == "pobj":
        return int(m.group(1)) <= year - LONG_PAST
    if tok.lower_ != "ago":
        return False
    return any(t.lower_ in LONG_AGO or t.lower_ == "years" and any(
        n.text.isdigit() and int(n.text) >= LONG_PAST for n in t.children) for t in tok.subtree)


def _ended_noun(doc: Doc, k: int):
    """The noun of a post's end whose "of" is at k: right before it ("the resignation of"), or before a time between
    them ("the resignation on Saturday of", "the ouster last week of"), else None."""
    toks = tokens_of(doc)
    j = k - 1
    while j > k - 4 and j > 0 and toks[j].ent_type_ in ("DATE", "TIME"):
        j -= 1
    if j < k - 1 and toks[j].lower_ in ("on", "in") and toks[j].ent_type_ not in ("DATE", "TIME"):
        j -= 1
    return toks[j] if j >= 0 and toks[j].lemma_.lower() in ENDED and (j == k - 1 or toks[j].pos_ == "NOUN") else None


def _killed(doc: Doc, j: int, name) -> bool:
    """Whether the first verb after a titled name tells the holder's death: "X, a senior commander, was also killed",
    "Governor Y died on Monday" (not "General Z killed ten militants", nor "Y, who accused Prime Minister Z, was
    killed": the name must reach the verb by no other verb)."""
    toks = tokens_of(doc)
    sent_end = toks[j - 1].sent.end
    for k in range(j, min(j + 12, sent_end)):
        if toks[k].pos_ == "VERB":
            passive = any(toks[i].lower_ in ("was", "were", "been") for i in range(max(j, k - 3), k))
            if not (toks[k].lemma_ in KILLED and passive or toks[k].lemma_ == "die"):
                return False
            return _reaches(name, k)
    return False


def _reaches(name, k: int) -> bool:
    """Whether a name hangs on the verb at k through no other verb ("X, a commander, was killed"; not "Y, who
    accused Z, was killed" for Z)."""
    tok = name
    while tok.head.i != tok.i and tok.head.i != k:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return tok.head.i == k


# verbs of leaving a post, and what "from" or a direct object may name and still be the post left ("resigned from
# the government", "quit his post"; not "resigned from the party", "quit the talks")
LEAVE = frozenset({"resign", "quit"})
POST_WORDS = frozenset({"post", "office", "job", "position", "role", "seat", "government", "cabinet", "ministry"})


def _left(doc: Doc, j: int, name) -> bool:
    """Whether the first verb after a titled name tells that the holder left the post: "Speaker X resigned on
    Friday", "Minister Y quit on Wednesday", "Z stepped down", "Z stood down" (not "X will resign", "X did not resign", "X resigned
    from the party", "Y quit the talks", "X resigned as party chief": another post; nor through another verb)."""
    toks = tokens_of(doc)
    sent_end = toks[j - 1].sent.end
    for k in range(j, min(j + 12, sent_end)):
        verb = toks[k]
        if verb.pos_ != "VERB":
            continue
        down = verb.lemma_ in ("step", "stand") and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        if not (verb.lemma_ in LEAVE or down) or verb.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had") for c in verb.children):
            return False
        for c in verb.children:
            if c.i > k and toks[c.left_edge.i - 1].text == ",":
                continue   # "X quit on Wednesday, the first resignation in ...": a phrase set off is no object
            obj = c if c.dep_ == "dobj" else next((g for g in c.children if g.dep_ == "pobj"), None) \
                if c.dep_ == "prep" and c.lower_ in ("from", "as") else None
            if obj is not None and obj.lower_ not in POST_WORDS:
                return False
        return _reaches(name, k)
    return False


def _speaker(doc: Doc, end: int, words: set[str]) -> bool:
    """Whether an indefinite title after a name's comma is the speaker of the verb right after it, no apposition:
    "... and Minister X, a White House aide said." (not "X, a White House aide, said")."""
    toks = tokens_of(doc)
    return bool(words & {"a", "an"}) and end < len(doc) and toks[end].pos_ == "VERB" and toks[end].lemma_ in SAYING


SAYING = frozenset({"say", "tell", "add", "write", "confirm", "state"})


def _unnamed_ministry(ent: Entity | None) -> bool:
    """Whether an organisation the model found is a ministry that names no state ("Foreign ministry", "the defence
    department") or a portfolio alone ("Undersecretary of |State|"): its post is a state's, the one the context
    gives, not the unknown body's."""
    if ent is None or ent.org_kind not in (None, "other"):
        return False
    words = ent.name.lower().split()
    return words[-1] in MINISTRIES or len(words) == 1 and words[0] in PORTFOLIOS


MINISTRIES = frozenset({"ministry", "department"})
# the one-word portfolios of a department: "Undersecretary of State", "Assistant Secretary of Commerce"
PORTFOLIOS = frozenset("""state defense defence commerce treasury energy justice interior agriculture labor labour
education health finance trade transportation""".split())


# titles of a state's diplomat accredited to a body ("U.N. ambassador"), never of the body's own envoy ("U.N. envoy")
ACCREDITED = frozenset({"ambassador", "permanent representative", "deputy ambassador"})


def _hosts_ambassadors(key: str, entities: dict[str, Entity]) -> bool:
    """Whether a body has states' ambassadors accredited to it and none of its own: the United Nations and its
    organs, alliances ("NATO ambassador"); not the EU, whose delegations are headed by its own ambassadors."""
    kind = getattr(entities.get(key), "org_kind", None)
    return key.startswith("org:united-nations") or kind == "alliance"


def _is_former(c: Candidate, former: set[tuple[str, str]]) -> bool:
    """Whether the article calls the person a past holder of this candidate's post."""
    return (c.person, c.role.rstrip("?")) in former or (c.person, title_role(c.title).rstrip("?")) in former


def title_role(title: str) -> str:
    """The role a title phrase has in the table, whatever its context made of it."""
    return TITLES.get(title, "")


def find_holdings(doc: Doc, gz: Gazetteer, mentions: list[Mention], entities: dict[str, Entity],
                  sentences: list[tuple[int, int]], sent_of: list[int], dateline: str | None,
                  main_states: tuple[str, ...], text: str | None = None, home: str | None = None,
                  year: int | None = None) -> list[Holding]:
    """The posts the text gives named persons, each with its jurisdiction and evidence (`year`: the article's)."""
    toks = tokens_of(doc)
    at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    beside: set[str] = set()
    former: set[tuple[str, str]] = set()
    orphans: list = []
    cands = _candidates(doc, gz, at, entities, sent_of, beside, former, orphans, main_states, year)
    text = doc.text if text is None else text
    extra, pending = find_counterparts(doc, at, sent_of, cands, text)
    # "his Iranian counterpart Minister X" of a foreign minister: X is the foreign minister, not any minister
    ranked = {(c.person, c.sent) for c in extra if c.role in ("ForeignMinister", "DefenceMinister")}
    cands = [c for c in cands if not (c.title == "minister" and (c.person, c.sent) in ranked)] + extra
    cands += find_definite_titles(doc, at, sent_of, cands, beside, former)
    cands += find_lawmakers(doc, gz, at, sent_of, {c.person for c in cands})
    cands += _one_of_lawmakers(doc, at, sent_of, {c.person for c in cands})
    cands += _committee_members(doc, at, sent_of, {c.person for c in cands})
    cands += _won_presidency(doc, at, sent_of, {c.person for c in cands}, entities)
    cands += _popes(doc, at, sent_of, {c.person for c in cands})
    cands = [c for c in cands if not _is_former(c, former)]
    subjects = {m.start for m in mentions if toks[m.token_end - 1].dep_ in ("nsubj", "nsubjpass")}
    settled = resolve.settle_jurisdictions(cands, entities, mentions, dateline, main_states, pending, text,
                                           subjects, acted_on(doc, mentions), home, governed(doc, mentions),
                                           spoken(doc, mentions), visited(doc, mentions))
    # corrections of a guessed jurisdiction that need the whole article's posts, then one holder per unique post
    settled = correct_jurisdictions(settled, orphans, mentions, sentences, text, main_states, gz)
    settled += _described_head(doc, orphans, settled, at, sent_of)
    settled = _without_consorts(settled)
    out, seen = [], set()
    for c, jur, conf in settled:
        key = (c.person, c.role, jur)
        if key in seen:
            continue
        seen.add(key)
        s, e = sentences[c.sent]
        out.append(Holding(person=c.person, role=c.role, jurisdiction=jur, title=c.title,
                           evidence=Evidence(sentence=text[s:e], start=s, end=e, confidence=conf, cue=c.title)))
    return out


def _without_consorts(settled: list) -> list:
    """Drop a queen's headship of a state the article gives another monarch or head of state: "King Harald and
    Queen Sonja", "the sultan ... with his wife, Queen Saleha" (a consort holds no post; a reigning queen is the
    only monarch her state's story names)."""
    ruled = {jur for c, jur, _ in settled if c.role == "HeadOfState" and c.title != "queen"}
    return [(c, jur, conf) for c, jur, conf in settled
            if not (c.role == "HeadOfState" and c.title == "queen" and jur in ruled)]


# the only words a bare leader may have: "the current leader X"
BARE_LEADER = frozenset({"the", "current", "incumbent"})


def _bare_leader(doc: Doc, title, person, words: set[str], actors, possessor) -> str | None:
    """The head's role of a lower-case "leader" written right before its holder with no body, people, party or owner
    beside it ("a test for leader X", "current leader X": the head of state, its state from the context), or None ("its
    leader X", "rebel leader X", "the group's leader X", "Hamas leader X")."""
    toks = tokens_of(doc)
    if title.text != "leader" or actors or possessor is not None or person.token_start != title.end \
            or title.start == 0 or toks[title.start - 1].text in ("'s", "\u2019s"):
        return None
    return "HeadOfState" if not words - BARE_LEADER else None


def _legislative_word(doc, t) -> bool:
    """Whether a word names a legislature: "Senate", "parliament", a "House" that is not the White House."""
    toks = tokens_of(doc)
    return t.lower_ in LEGISLATURES or t.lower_ == "house" and (t.i == 0 or toks[t.i - 1].lower_ != "white")


# what may stand between "one of" and a plural title of lawmakers: "one of the MPs", "one of three senators",
# "one of parliament's vice speakers", "one of Uganda's opposition MPs"
ONE_OF_WORDS = frozenset({"the", "its", "their", "two", "three", "four", "five", "several", "many", "few", "'s",
                          "\u2019s", "opposition", "ruling", "party", "parliament", "senate", "vice", "deputy"})
SPEAKERS = frozenset({"speakers"})   # only after "vice" or "deputy": "one of the parliament's vice speakers"


def _one_of_lawmakers(doc: Doc, at: dict[int, Mention], sent_of: list[int], posted: set[str]) -> list[Candidate]:
    """Each named person set off as one of a legislature's members: "X, one of the MPs opposed to the bill",
    "Y, one of parliament's vice speakers," are Legislators, of the state written in between if any (not "the
    resignation of Z, one of three senators": a seat given up)."""
    toks = tokens_of(doc)
    out = []
    for m in {id(m): m for m in at.values()}.values():
        j = m.token_end
        if not m.key.startswith("person:") or m.key in posted or j + 3 >= len(doc) or toks[j].text != "," or \
                toks[j + 1].lower_ != "one" or toks[j + 2].lower_ != "of":
            continue
        k, state = j + 3, None
        while k < len(doc) and k - j < 8 and (toks[k].lower_ in ONE_OF_WORDS or
                                              k in at and at[k].key.startswith("state:")):
            state = at[k].key if k in at else state
            k += 1
        if k >= len(doc) or not (toks[k].lower_ in LAWMAKERS or toks[k].lower_ in SPEAKERS and toks[k - 1].lower_ in (
                "vice", "deputy")):
            continue
        i = m.token_start
        if i >= 2 and toks[i - 1].lower_ == "of" and toks[i - 2].lemma_.lower() in ENDED:
            continue
        out.append(Candidate(m.key, "Legislator", "lawmaker", state, None, sent_of[i], 0.9 if state else 0.7))
    return out


# the nouns of a legislature's committees, and the seats on one that only a lawmaker holds
COMMITTEES = frozenset({"committee", "subcommittee", "panel"})
RANKED = frozenset({"member", "democrat", "republican"})
# words before "ranking" that make it a rank in some body, not the minority's first seat on a committee
RANKS = frozenset({"high", "highest", "top", "-", "low", "senior"})


def _committee_members(doc: Doc, at: dict[int, Mention], sent_of: list[int], posted: set[str]) -> list[Candidate]:
    """Each named person set off as a member of a legislature's committee: "X, a senior member of the Senate
    Budget Committee,", "Y, the ranking member of the House panel", "Z, the panel's ranking Democrat" are
    Legislators (of no state written: the article's). The apposition must name the committee or panel, and a
    plain membership must name the legislature too ("a member of the Senate ... Committee"; not "a member of the
    party's youth committee"); "ranking" is the committee's seat only right before member, Democrat or
    Republican and not after "high" ("high-ranking members" of any body)."""
    toks = tokens_of(doc)
    out = []
    for m in {id(m): m for m in at.values()}.values():
        j = m.token_end
        if not m.key.startswith("person:") or m.key in posted or j + 4 >= len(doc) or toks[j].text != ",":
            continue
        k = j + 1
        if toks[k].lower_ in ("the", "a", "an"):
            k += 1
        if toks[k].lower_ == "senior":
            k += 1
        stop = k
        while stop < len(doc) and stop - k < 14 and not toks[stop].is_punct and not (
                stop in at and at[stop].key.startswith("person:")):
            stop += 1   # the apposition, to its closing comma or the next person
        phrase = doc[k:stop]
        words = [t.lower_ for t in phrase]
        if not any(w in COMMITTEES for w in words):
            continue
        ranking = next((i for i, w in enumerate(words[:-1]) if w == "ranking" and words[i + 1] in RANKED), None)
        if ranking is not None:
            before = toks[k + ranking - 1].lower_ if k + ranking - 1 > j else ""
            if before in RANKS:
                continue
            if ranking > 0 and not any(w in ("'s", "\u2019s") for w in words[:ranking]):
                continue   # "the ranking member": nothing but the panel's owner may stand before it
        elif not (words[:2] == ["member", "of"] and any(_legislative_word(doc, t) for t in phrase)):
            continue
        i = m.token_start
        if i >= 2 and toks[i - 1].lower_ == "of" and toks[i - 2].lemma_.lower() in ENDED:
            continue
        out.append(Candidate(m.key, "Legislator", "lawmaker", None, None, sent_of[i], 0.7))
    return out


# the objects of "win" that are a state's headship: "won the presidency", "won the presidential election"
PRESIDENCY = frozenset({"presidency"})
PRESIDENTIAL = frozenset({"election", "elections", "vote", "race", "poll", "polls", "run-off", "runoff"})
# the clauses of time a won presidency may stand in and still be held: "after X won the presidency", "since ..."
WON_MARKS = frozenset({"after", "since"})


def _won_presidency(doc: Doc, at: dict[int, Mention], sent_of: list[int], posted: set[str],
                    entities: dict[str, Entity]) -> list[Candidate]:
    """Each named person told as the winner of a state's presidency: "X won the French presidency this year", "since
    Y won presidential elections last year" are its HeadOfState, of the state the demonym gives, else of the one the
    officials table gives the person when the article names it (never a guess from the states nearby: "Ties with
    China have soured since Y won presidential elections" is not China's). Not a win told with a year ("won the
    presidency in 2008": perhaps a past term), a modal or negation ("could win"), a first round, nor one in a
    clause of time other than "after" or "since" ("before X won the presidency")."""
    named = {m.key for m in at.values()}
    out = []
    for tok in tokens_of(doc):
        if tok.lemma_ != "win" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ in PRESIDENCY or obj.lower_ in PRESIDENTIAL and any(
                c.dep_ == "amod" and c.lower_ == "presidential" for c in obj.children)):
            continue
        if any(c.lower_ in NOT_NOW or c.dep_ == "neg" for c in tok.children) or tok.dep_ in ("xcomp", "pcomp", "acomp"):
            continue
        mark = next((c.lower_ for c in tok.children if c.dep_ == "mark"), None)
        if mark is not None and mark not in WON_MARKS or tok.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children):
            continue
        if any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in tok.subtree):
            continue   # "won the presidency in 2008": the term may be over
        subjects = [t for c in tok.children if c.dep_ == "nsubj"
                    for t in (c, *(a for a in c.children if a.dep_ == "appos"))]   # "the centrist X won"
        m = next((at[t.i] for t in subjects if t.i in at and at[t.i].key.startswith("person:")), None)
        if m is None or m.key in posted:
            continue
        state = next((at[c.i].key for c in obj.children if c.dep_ == "amod" and c.i in at
                      and at[c.i].key.startswith("state:")), None)
        known = known_state(entities[m.key].name) if m.key in entities else None
        if state is None and known in named:
            state = known
        if state is not None:
            out.append(Candidate(m.key, "HeadOfState", "president", state, None, sent_of[tok.i], 0.9))
    return out


# the title of the head of a person's own office: an aide's post, public only while the principal holds one
OFFICE_HEAD = "head of office"
OFFICES = frozenset({"office", "cabinet", "staff", "secretariat"})
WEAK_HEADS = frozenset({"head", "chief", "director"})


def _office_head(doc: Doc, title, at: dict[int, Mention], possessor: Mention | None) -> Mention | None:
    """The named principal whose own office a head's title runs: "head of Juncker's office" (after "of", the person's
    possessive and an office word), "Juncker's head of cabinet" (the possessor before the title, "of" and an office
    word after it); not "head of the Juncker foundation", nor "head of cabinet affairs" with no person."""
    toks = tokens_of(doc)
    if title.text.lower() not in WEAK_HEADS or title.end + 2 >= len(doc) or toks[title.end].lower_ != "of":
        return None
    j = title.end + 1
    if possessor is not None and toks[j].lower_ in OFFICES and not (j + 1 < len(doc) and toks[j + 1].pos_ == "NOUN"):
        return possessor
    while j < title.end + 4 and j not in at and toks[j].text[:1].isupper() and toks[j].pos_ in ("NOUN", "PROPN"):
        j += 1   # "head of President X's office": past the principal's own title
    m = at.get(j)
    if m is None or not m.key.startswith("person:") or m.token_start != j or m.token_end + 1 >= len(doc):
        return None
    if toks[m.token_end].text in ("'s", "\u2019s") and toks[m.token_end + 1].lower_ in OFFICES:
        return m
    return None


HOLY_SEE = "state:VA"


def _popes(doc: Doc, at: dict[int, Mention], sent_of: list[int], posted: set[str]) -> list[Candidate]:
    """ "Pope X" heads the Holy See when the article names it ("the Vatican"): the pope is its HeadOfState (with no
    Vatican in the text, no state is his). Not a past pope: one called late or former, an emeritus, nor one with a
    regnal number ("Pope John Paul II": the popes a story recalls)."""
    toks = tokens_of(doc)
    if not any(m.key == HOLY_SEE for m in at.values()):
        return []
    out = []
    for m in {id(m): m for m in at.values()}.values():
        i = m.token_start
        if i > 0 and toks[i - 1].lower_ == "pope" and toks[i].lower_ != "pope":
            i -= 1   # the title left out of the name: "Pope |Francis|"
        if not m.key.startswith("person:") or m.key in posted or toks[i].lower_ != "pope" or m.token_end - i < 2:
            continue
        words = {t.lower_ for t in doc[max(0, i - 2):i]} | {t.lower_ for t in doc[i + 1:m.token_end + 1]}
        if words & (NOT_CURRENT | PAST | {"emeritus"}) or any(
                re.fullmatch(r"[IVXL]+", t.text) for t in doc[i + 1:m.token_end]):
            continue
        out.append(Candidate(m.key, "HeadOfState", "pope", HOLY_SEE, None, sent_of[i], 0.9))
        posted = posted | {m.key}
    return out


# the United Nations' high commissioners, named by their portfolio after the title ("High Commissioner for Human
# Rights X"); a state's high commissioner (a Commonwealth envoy) is written with its state or "to" a state
UN_PORTFOLIOS = {("human", "rights"): "high commissioner for human rights", ("refugees",): "high commissioner for refugees"}


def _un_portfolio(doc: Doc, title) -> str:
    """The title as written, lowercased; a high commissioner "for Human Rights" or "for Refugees" as the UN post it
    is ("high commissioner for human rights"), which no state fills (`jurisdictions.UN_ONLY`)."""
    toks = tokens_of(doc)
    text = title.text.lower()
    if text != "high commissioner" or title.end + 1 >= len(doc) or toks[title.end].lower_ != "for":
        return text
    for words, post in UN_PORTFOLIOS.items():
        if tuple(t.lower_ for t in doc[title.end + 1:title.end + 1 + len(words)]) == words:
            return post
    return text
