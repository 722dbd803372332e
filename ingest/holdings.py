"""Posts held: a named person next to a title ("Iran defence minister Amir Hatami", "Lavrov,
Russia's foreign minister,", "the prime minister of Japan, Shinzo Abe", "his Syrian counterpart").

The title spans come from the nlp stage; here each one is read with its modifiers (whose post:
"Iran", "NATO", "White House", "Abbas"), its complement ("of Japan", "for China's foreign
ministry") and the name beside it. Titles that name no state or organisation get one from
`resolve.fallback_jurisdiction` (the person's other mentions, a counterpart, the dateline, the
article's main state).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from . import resolve
from .context import Mention
from .gazetteer import DEPUTY, NOT_CURRENT, Gazetteer
from .model import Entity, Evidence, Holding
from .nlp import TITLE_SPANS

CABINET = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister"})
STOP_LEFT = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
CLOSERS = frozenset({",", ".", ";", ")", "who", "\u2014", "-", "\"", "\u201d"})
COMPLEMENT = frozenset({"of", "for", "to", "on", "at"})
# heads that make "of Spain's biggest food retailer" a company, whose posts are not public ones
COMPANY_HEADS = frozenset("""retailer company firm maker carmaker automaker producer manufacturer bank lender insurer
group conglomerate airline carrier operator supplier chain brand business corporation exporter importer""".split())
# proper nouns of public bodies: an unknown proper noun before "spokeswoman" that is none of these names a company
PUBLIC_WORDS = frozenset("""foreign defence defense interior justice finance state white house national security
presidential federal central royal armed public prosecutor general military intelligence press information
ministry department office council army navy police government parliament cabinet agency commission committee
service command guard forces court senate congress embassy mission trade economy health energy home treasury
palace kremlin pentagon elysee""".split())
# words for a current post held for the time being ("acting Foreign Affairs Secretary")
INTERIM = frozenset({"acting", "interim", "caretaker", "outgoing"})
# participles that end a post: "Ousted Zimbabwe finance minister Ignatius Chombo", "sacked Catalan leader"
OUSTED = frozenset({"ousted", "deposed", "toppled", "sacked", "dismissed", "fired", "overthrown", "disgraced",
                    "impeached", "jailed", "slain", "assassinated", "deceased", "defeated"})
# words that make a post a past one (not "party", "opposition", "shadow": those are no public post at all)
PAST = frozenset({"former", "ex", "ex-", "late", "then", "then-", "previous", "past", "retired", "onetime",
                  "one-time", "erstwhile", "predecessor", "previously", "formerly"}) | OUSTED
# words of a post not yet taken: "Austria's likely next chancellor", "the incoming president"
FUTURE = frozenset({"next", "incoming", "designate", "future", "presumptive", "prospective"})
# ranks and courtesy words between a title and its holder's name ("spokesman Colonel Robert Manning")
RANKS = frozenset("sheikh shaikh dr mr mrs ms sir general gen colonel col lt lieutenant major maj brigadier admiral "
                  "adm captain capt sergeant sgt commander prince princess ayatollah grand imam".split())
# nouns of a post's end: "the resignation of Prime Minister X", "the funeral of King Y"
ENDED = frozenset({"resignation", "ouster", "overthrow", "death", "funeral", "killing", "assassination", "murder",
                   "removal", "impeachment", "downfall", "burial", "cremation"})
# posts of an election campaign, not public ones: "Trump campaign foreign policy adviser"
CAMPAIGN = frozenset({"campaign", "transition"})
# titles a company gives as well as a state ("Akzo Nobel spokeswoman", "chairman of Mercadona")
COMPANY_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
                            "chief executive",
                            "executive director", "head", "chief"})
# nouns of bodies that are no state's before a title that names none ("militia spokesman", "the group president")
NON_STATE = frozenset({"militia", "militias", "insurgent", "insurgents", "jihadist", "guerrilla", "coalition", "group",
                       "company", "firm", "faction", "movement"})
# plural nouns of groups that hold no public post, as possessors ("the rebels' negotiator")
GROUPS = frozenset({"rebels", "oppositions", "militants", "insurgents", "jihadists", "guerrillas"})
LEGISLATURES = frozenset({"parliament", "senate", "duma", "congress", "knesset", "bundestag", "legislature",
                          "lawmakers", "parliamentary", "representatives", "congressional"})


@dataclass
class Candidate:
    """A title read next to a person, before its jurisdiction is settled."""

    person: str
    role: str
    title: str
    explicit: str | None      # entity key named in the title phrase
    possessor: str | None     # person key whose aide this is ("Abbas spokesman")
    sent: int
    confidence: float
    portfolio: str | None = None   # the word before "ministry" in the title phrase ("energy ministry spokeswoman")


def _left_phrase(doc: Doc, start: int, at: dict[int, Mention]) -> tuple[int, list[Mention], set[str], Mention | None]:
    """Walk left from a title over its modifiers; returns the phrase start, actor mentions, words, possessor.

    Actors written right before the title (no plain word between: "CIA chief", "Russia's foreign
    minister") are marked with "near:" + their key in words."""
    j, actors, words, possessor, n = start - 1, [], set(), None, 0
    plain = False
    while j >= 0 and n < 8:
        tok = doc[j]
        m = at.get(j)
        if m is not None:
            if m.key.startswith("person:"):
                possessor = m
                j = m.token_start - 1
                if j >= 0 and (doc[j].lower_ in NOT_CURRENT or doc[j].lower_ in OUSTED):
                    words.add("former")   # "former Trump campaign adviser": the post is past, not Trump
                break
            actors.append(m)
            if not plain:
                words.add("near:" + m.key)
            j = m.token_start - 1
        elif tok.lower_ in ("and", "&") and j > 0 and at.get(j - 1) is not None and \
                not at[j - 1].key.startswith("person:") and at.get(j + 1) is not None:
            j -= 1   # "former White House and State Department official" (not "on Russia and bar President X")
        elif tok.text in ("'s", "\u2019s", "'", "\u2019", "-"):
            if tok.text != "-":
                words.add("'s")
            j -= 1
        elif tok.lower_ in STOP_LEFT:
            words.add(tok.lower_)
            j -= 1
            break
        elif tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.lower_ in NOT_CURRENT or tok.lower_ in DEPUTY or \
                tok.lower_ in INTERIM or tok.lower_ in OUSTED:
            words.add(tok.lower_)
            plain = plain or tok.lower_ not in NOT_CURRENT | DEPUTY | OUSTED
            j -= 1
        else:
            break
        n += 1
    return j + 1, actors, words, possessor


DEMAND = frozenset({"demand", "call", "seek", "urge", "want", "push", "press", "ask", "request", "plot", "plan",
                    "threaten", "attempt", "try"})


def _demanded(noun) -> bool:
    """Whether an end ("the resignation of X") is only demanded or planned: "protesters demanded the resignation"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_ in DEMAND


NOMINATE = frozenset({"nominate", "name", "appoint", "pick", "choose", "tap", "select", "designate", "confirm"})


def _nominee(doc: Doc, start: int, at: dict[int, Mention]) -> tuple[Mention | None, Mention | None]:
    """ "Trump nominated John Smith to be ambassador", "named Jane Doe as envoy": the nominee and the nominator."""
    k = start - 1
    if k >= 1 and doc[k].lower_ == "be" and doc[k - 1].lower_ == "to":
        k -= 2
    elif k >= 0 and doc[k].lower_ == "as":
        k -= 1
    else:
        return None, None
    m = at.get(k)
    if m is None or not m.key.startswith("person:") or m.token_end != k + 1:
        return None, None
    verb = doc[m.token_end - 1].head
    if verb.lemma_ not in NOMINATE:
        return None, None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return m, None
    return m, at.get(subj.i) or next((at[i] for i in range(subj.i, subj.left_edge.i - 1, -1) if i in at), None)


# heads of the names of societies, think tanks and charities: "Institute", "Observatory", "Foundation"
SOCIETY_HEADS = frozenset("""observatory institute foundation society association organization organisation center
centre fund network campaign watch university college coalition initiative trust charity""".split())


# a region's name is a public one: "governor of the Santiago Metropolitan Region"
REGION_WORDS = frozenset("""region province governorate district county municipality prefecture city state
territory oblast""".split())


def _society(name) -> bool:
    """Whether the words of a body's name make it a society rather than a public body ("Mwatana Organization for
    Human Rights", "Russian Military and Historical Society"; not "Foreign Ministry")."""
    words = {t.lower_ for t in name}
    return bool(words & SOCIETY_HEADS) or not words & (PUBLIC_WORDS | REGION_WORDS)


def _at_society(doc: Doc, title, at: dict[int, Mention]) -> bool:
    """Whether a title is a post in a society named beside it: "senior adviser for Asia at the Center for
    Strategic and International Studies", "Syrian Observatory for Human Rights chief"."""
    if title.start >= 2 and doc[title.start - 1].lower_ == "for" and doc[title.start - 2].lower_ in SOCIETY_HEADS:
        return True
    for j in range(title.end, min(title.end + 6, len(doc) - 1)):
        if doc[j].text in (",", ".", ";") or j in at:
            return False
        if doc[j].lower_ == "at":
            k = j + 1 + (doc[j + 1].lower_ == "the")
            name = []
            while k < len(doc) and len(name) < 8 and k not in at and (
                    doc[k].pos_ == "PROPN" and doc[k].is_title or doc[k].lower_ in ("for", "of", "and", "on")):
                name.append(doc[k])
                k += 1
            return any(t.lower_ in SOCIETY_HEADS for t in name)
    return False


def _local_modifier(doc: Doc, start: int, stop: int, at: dict[int, Mention], titled: set[int],
                    gz: Gazetteer) -> str | None:
    """What a proper noun before a title that names no state makes of it: "region" ("Kansas", "KRG") or
    "body" (a society or company: "SARC"); None when there is none."""
    for m in {at[j] for j in range(start, stop) if j in at}:
        info = gz.entities.get(m.key) or {}
        if info.get("org_kind") == "government_body" and not info.get("state") and \
                any(w in info.get("name", "") for w in ("Region", "Regional", "Provincial", "Autonomous")):
            return "region"   # "Kurdistan Regional Government", "KRG"
    # the proper nouns written right before the title, none of them a known state, body or title word
    j, run = stop - 1, []
    while j >= start and j not in at and j not in titled and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        tok = doc[j]
        if tok.lower_.rstrip(".") in resolve.HONORIFICS or tok.lower_ in INTERIM | DEPUTY | PAST:
            j -= 1
            continue
        if tok.is_upper and len(tok.text) >= 3 and tok.text not in gz.terms:
            return "body"     # "SARC President": an acronym no gazetteer knows
        if tok.ent_type_ in ("GPE", "LOC", "NORP"):
            return "region"   # "Kansas Secretary of State", "Catalan President"
        if tok.ent_type_ == "ORG":
            return "body"
        run = run + [tok]
        j -= 1
    m = at.get(j)
    if run and m is not None and m.key.startswith("state:") and \
            not any(t.lower_ in PUBLIC_WORDS | {"republic", "arab", "islamic", "federal", "democratic"} for t in run):
        return "body"   # "Syrian Coalition President": a body named after a state, not the state
    return None


def _company_post(doc: Doc, start: int, title, at: dict[int, Mention], role: str) -> bool:
    """Whether a spokesperson's or chairman's title is led by the proper name of a company ("Akzo Nobel spokeswoman")."""
    if role not in ("Official", "Official?") or title.text.lower() not in COMPANY_TITLES:
        return False
    names = [t for t in doc[start:title.start] if t.pos_ == "PROPN" and t.is_title and t.i not in at
             and t.lower_ not in INTERIM | DEPUTY | NOT_CURRENT and t.lower_ not in resolve.HONORIFICS]
    if not names or names[-1].i != title.start - 1:
        return False   # the company's name stands right before the title
    return bool(names) and all(t.lower_ not in PUBLIC_WORDS and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in names)


def _complement(doc: Doc, end: int, at: dict[int, Mention], titled: set[int]) -> tuple[int, str | None, Mention | None]:
    """Read "of Japan", "for China's foreign ministry", "to the United Nations" after a title."""
    if end >= len(doc) or doc[end].lower_ not in COMPLEMENT:
        return end, None, None
    prep, j = doc[end].lower_, end + 1
    found, skipped = None, 0
    possessed = crossed = False
    while j < len(doc) and j - end <= 9 and j not in titled:
        m = at.get(j)
        if m is not None and m.key.startswith("state:") and m.token_end + 1 < len(doc) and \
                doc[m.token_end].text == "-" and doc[m.token_end + 1].tag_ == "VBN":
            j = m.token_end + 2   # "the Britain-based Syrian Observatory": the state only places the body
            continue
        if m is not None and m.key.startswith("state:") and m.how in ("name", "demonym", "seat") and \
                m.token_end < len(doc) and doc[m.token_end].pos_ == "PROPN" and doc[m.token_end].is_title and \
                m.token_end not in at and m.token_end not in titled:
            # "commander of the Syria Revolutionaries Front", "director of the Syrian Observatory for Human
            # Rights": a state inside the name of a body no gazetteer knows is no jurisdiction (but "the Syrian
            # Foreign Ministry" is the state's); the name is read over
            k = m.token_end
            while k < len(doc) and k - m.token_end < 6 and (doc[k].pos_ == "PROPN" and doc[k].is_title or
                                                             doc[k].lower_ in ("for", "of", "and")) and \
                    k not in at and k not in titled:
                k += 1
            if _society(doc[m.token_end:k]):
                j = skipped = k
                continue
        if m is not None and not m.key.startswith("person:"):
            found = m   # the last actor is the head: "chief of Palestinian Islamist group Hamas"
            j = m.token_end
            skipped = 0
            possessed = False
        elif doc[j].lower_ == "at" and prep == "of" and found is None and j > end + 1 and j - end <= 5:
            j += 1   # "director general of economic affairs at Iran's foreign ministry": the body is after "at"
            crossed = True
        elif doc[j].lower_ == "of" and j > end + 1 and at.get(j + 1) is not None and \
                not at[j + 1].key.startswith("person:"):
            j += 1   # "speaker of the Peoples Council of Syria": the body's own complement names its state
        elif doc[j].lower_ in ("the", "'s", "\u2019s") or (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and m is None):
            if found is not None and doc[j].lower_ in ("'s", "\u2019s"):
                possessed = True
            elif possessed and doc[j].lower_ in COMPANY_HEADS:
                return j + 1, "company", None   # "chairman of Spain's biggest food retailer"
            elif possessed and found.key.startswith("state:") and doc[j].pos_ == "PROPN" and doc[j].is_title:
                k = j
                while k < len(doc) and k - j < 6 and (doc[k].pos_ == "PROPN" and doc[k].is_title or
                                                       doc[k].lower_ in ("for", "of", "and")) and k not in at:
                    k += 1
                if _society(doc[j:k]):
                    return k, "body", None   # "co-director of Yemen's Mwatana Organization for Human Rights"
            j += 1
        else:
            break
    if crossed and found is not None and not found.key.startswith("state:"):
        return end, None, None   # "head of field operations at the U.N. human rights office": a sub-body's post
    if found is None and skipped:
        return j, "body", None   # the post is in a body named here that no gazetteer knows
    if found is None and prep == "on":
        return j, None, None
    return (j, prep, found) if found is not None else (end, None, None)


def _person_after(end: int, at: dict[int, Mention], doc: Doc, comma_ok: bool,
                  titled: set[int] = frozenset()) -> Mention | None:
    m = at.get(_past_honorifics(doc, end, titled))
    if m is not None and m.key.startswith("person:") and m.token_start == _past_honorifics(doc, end, titled):
        return m   # "Qatar's Emir Sheikh Tamim bin Hamad al-Thani"
    # "the prime minister of Japan, Shinzo Abe, said": a name set off by commas after a definite title
    if comma_ok and end < len(doc) and doc[end].text == ",":
        j = _past_honorifics(doc, end + 1, titled)   # "Iran's military chief, General Mohammad Baqeri"
        m = at.get(j)
        if m is not None and m.key.startswith("person:") and m.token_start == j and (
                m.token_end >= len(doc) or doc[m.token_end].text in (",", ".")):
            return m
    return None


def _past_honorifics(doc: Doc, i: int, titled: set[int]) -> int:
    """The first token after honorifics and titles written before a name ("Sheikh", "General"), and after the
    title's acronym in brackets ("Trade Representative (PTR) Luis Ortega")."""
    j = i
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_upper:
        j += 3
    while j < len(doc) and j - i < 3 and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in RANKS:
        j += 1
    return j


def _closes(doc: Doc, title, end: int) -> bool:
    """Whether a title phrase after a comma is an apposition ("X, the prime minister, said"), not a new subject."""
    if title.root.dep_ == "appos":
        return True
    np_end = max(end, max(t.i for t in title.root.subtree) + 1)
    return any(j >= len(doc) or doc[j].text in CLOSERS for j in (end, np_end))


def _person_before(start: int, at: dict[int, Mention], doc: Doc) -> Mention | None:
    if start >= 2 and doc[start - 1].text == ",":
        m = at.get(start - 2)
        if m is not None and m.key.startswith("person:"):
            return m
    return None


def _aide_of(doc: Doc, title, at: dict[int, Mention], starts: dict) -> Mention | None:
    """The titled person an aide serves: "a senior adviser to President Donald Trump", "spokesman for Russian
    President Vladimir Putin" (whose post, and so whose state, the aide's post shares)."""
    j = title.end
    if j + 1 >= len(doc) or doc[j].lower_ not in ("for", "to"):
        return None
    j += 1
    while j < len(doc) and j - title.end < 5 and (doc[j].lower_ == "the" or (
            j in at and not at[j].key.startswith("person:"))):
        j = at[j].token_end if j in at else j + 1
    other = starts.get(j)
    if other is None or other.label_.rstrip("?") not in CABINET:
        return None
    m = at.get(_past_honorifics(doc, other.end, set()))
    return m if m is not None and m.key.startswith("person:") else None


def _portfolios(actors: list[Mention], title, gz: Gazetteer, entities: dict[str, Entity],
                words: set[str]) -> list[Mention]:
    """The actors before a minister's title less the portfolio words the model tags as an organisation that no
    gazetteer knows ("Justice Minister X", "Unification Minister Y"): a portfolio is no body of its own."""
    if not actors or title.label_ not in ("Minister", "ForeignMinister", "DefenceMinister"):
        return actors
    keep = []
    for a in actors:
        ent = entities.get(a.key)
        if a.key.startswith("org:") and a.key not in gz.entities and ent is not None and \
                ent.org_kind in (None, "other") and a.token_end == title.start:
            words.discard("near:" + a.key)
            continue
        keep.append(a)
    return keep


def _candidates(doc: Doc, gz: Gazetteer, at: dict[int, Mention], entities: dict[str, Entity],
                sent_of: list[int], beside: set[str] | None = None,
                former: set[tuple[str, str]] | None = None, orphans: list | None = None) -> list[Candidate]:
    """The titles read next to named persons; `beside` collects every person a title is written beside,
    `former` each (person, role) the text calls past, `orphans` each state's title written with no holder."""
    out = []
    titled = {i for t in doc.spans[TITLE_SPANS] for i in range(t.start, t.end)}
    starts = {t.start: t for t in doc.spans[TITLE_SPANS]}
    former = set() if former is None else former
    for title in doc.spans[TITLE_SPANS]:
        role = title.label_
        start, actors, words, possessor = _left_phrase(doc, title.start, at)
        actors = _portfolios(actors, title, gz, entities, words)
        end, prep, obj = _complement(doc, title.end, at, titled)
        if prep == "company" or _company_post(doc, start, title, at, role) or _at_society(doc, title, at):
            continue   # "Akzo Nobel spokeswoman", "chairman of Spain's biggest food retailer", "adviser at a think tank"
        if obj is not None and obj.how == "demonym" and end == obj.token_end and end not in titled:
            continue   # "head of the Syrian Observatory": the name after is the body's, not a holder's
        # (but "spokesman for Russian President Vladimir Putin" is an aide of the state's president)
        if prep == "body":
            if not actors:
                continue   # "the commander of the Syria Revolutionaries Front": an unknown body's post
            prep = None    # "UN Special Envoy for the Syria Crisis": the UN's
        if possessor is None and role in ("Official", "Official?"):
            possessor = _aide_of(doc, title, at, starts) or possessor   # "adviser to President Donald Trump"
        # "the prime minister of Japan, Shinzo Abe", "his former national security adviser, Michael Flynn"
        # ("First Vice President of the European Commission, Frans Timmermans, said": a capitalised title with
        # its body set off by commas as well)
        person = _person_after(end, at, doc, comma_ok=bool(words & {"the", "'s", "his", "her", "its", "their"}) or (
            obj is not None and title.text[:1].isupper() and doc[start].is_sent_start), titled=titled)
        # "his new armed forces minister, Florence Parly": whose "his" is, is not read here, so such a title
        # counts only when it is past or names its state or body itself
        if person is None and obj is None and title.text[:1].isupper():
            person = _person_after(_portfolio_after(doc, title.end, at, titled), at, doc, False, titled)
        by_pronoun = person is not None and doc[end].text == "," and not words & {"the", "'s"}
        if person is None and end < len(doc) and doc[end].text in ("'s", "\u2019s"):
            continue   # "Jared Kushner, the president's son-in-law": the title is another person's
        if person is None and _closes(doc, title, end):
            person = _person_before(start, at, doc)   # "Lavrov, Russia's foreign minister, said"
            if person is not None and obj is None:
                end2, prep, obj = _complement(doc, title.end, at, titled)
        nominator = None
        if person is None:
            person, nominator = _nominee(doc, start, at)   # "Trump nominated John Smith to be ambassador"
            if nominator is not None and nominator.key.startswith("person:"):
                possessor = nominator   # the post is in the nominator's state
            elif nominator is not None:
                actors = [nominator] + actors
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
        if obj is None and after + 1 < len(doc) and doc[after].lower_ == "of":
            m = at.get(after + 1) or (at.get(after + 2) if doc[after + 1].lower_ == "the" else None)
            if m is not None and m.key.startswith("state:"):
                obj, prep = m, "of"   # "Ambassador Stefan Johannesson of Iceland"
        if role in ("HeadOfState", "HeadOfGovernment") and obj is None and title.end < len(doc) and \
                doc[title.end].lower_ in ("of", "at"):
            continue   # "president of the 15-member council": the head of something else
        if beside is not None:
            beside.add(person.key)
        k = start - 1
        while k > start - 5 and k >= 0 and (doc[k].text == "-" or doc[k].tag_ in ("VBN", "JJ") or k in at):
            k -= 1   # "the resignation of Saudi-backed Lebanese Prime Minister X"
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in ENDED and not (
                person.token_end < len(doc) and doc[person.token_end].text in ("'s", "\u2019s")) and \
                not _demanded(doc[k - 1]):
            # "the resignation of Prime Minister X", "the death of King Y": a post that ended (not "the
            # assassination of leader X's half-brother")
            words.add("former")
        if words & (NOT_CURRENT | OUSTED | FUTURE) or (title.end + 1 < len(doc) and doc[title.end].text == "-" and
                                                       doc[title.end + 1].lower_ in ("elect", "designate")):
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
        local = _local_modifier(doc, start, title.start, at, titled, gz)
        if local == "body" and role in ("HeadOfState", "HeadOfGovernment"):
            continue   # "SARC President Abdulrahman Attar": the head of a society or a company, no public post
        # (not for ministers: portfolio words the model tags as places, "Brexit minister", "Refugee Minister")
        if local == "region" and role in CABINET - {"Minister"}:
            role = "Official"   # "KRG President Masoud Barzani", "Kansas Secretary of State": a regional post
        explicit = None
        named = [a.key for a in reversed(actors)]   # left to right
        if obj is not None and not (prep == "to" and role == "Ambassador"):
            named = named + [obj.key] if role == "Ambassador" else [obj.key] + named
        parties = [k for k in named if entities.get(k) and entities[k].org_kind == "party"]
        named = [k for k in named if k not in parties]
        if named:
            explicit = named[0]
        elif "bloc" in words and "'s" in words and any(v.key == "org:european-union" for v in at.values()):
            explicit = "org:european-union"   # "the bloc's chief negotiator" in a story about the EU
        elif by_pronoun:
            continue
        elif start >= 2 and doc[start - 1].lower_ == "and" and at.get(start - 2) is not None:
            # "EU chief executive X and Brexit negotiator Y": the second title shares the first one's body
            left = at[start - 2]
            explicit = next((c.explicit for c in reversed(out) if c.person == left.key and c.explicit
                             and c.sent == sent_of[title.start]), None)
        if role in ("HeadOfState", "HeadOfGovernment") and obj is not None and prep == "of" and \
                explicit == obj.key and not obj.key.startswith("state:") and \
                getattr(entities.get(obj.key), "org_kind", None) not in ("igo", "alliance"):
            # "president of the Central Council": the head of a body, not of a state; of a parliament, a legislator
            role = "Legislator" if any(t.lower_ in LEGISLATURES for t in doc[title.end:end]) else "Official"
        if parties and (role.endswith("?") or role == "Official"):
            continue   # party posts get no holding: "Lib Dem spokesman", "UK Independence Party leader"
        if explicit is None and parties:
            # "Republican Senator James Lankford": a national party tells the state of a public post
            explicit = next((gz.entities[k]["state"] for k in parties if (gz.entities.get(k) or {}).get("state")), None)
        if role == "Official?" and any(t.lower_ in LEGISLATURES or (t.lower_ == "house" and doc[t.i - 1].lower_ != "white")
                                       for t in doc[title.end:end + 6]):
            role = "Legislator"   # "head of the lower house of parliament's foreign affairs committee"
        if title.text.lower() == "minister of state":
            role = "Minister"     # "Minister of State for Trade X": a minister of the government, if not of cabinet
        elif title.text.lower() == "representative" and title.start > 0 and doc[title.start - 1].lower_ == "trade":
            role = "Official"     # "Trade Representative (PTR) X": a trade negotiator, not a legislator
        if title.text.lower() == "chief of staff" and any(a.how == "seat" for a in actors):
            role = "Official"     # "White House Chief of Staff John Kelly": not a military post
        if role.endswith("?"):
            # a weak title needs its body right beside it: "CIA chief", not "Chinese film director"
            near = [a.key for a in reversed(actors) if "near:" + a.key in words and a.key not in parties]
            explicit = obj.key if obj is not None and prep == "of" else (near[0] if near else None)
            if role == "HeadOfState?" and words - {"the", "'s", "a", "top", "supreme"} - {w for w in words
                                                                                       if w.startswith("near:")}:
                continue   # "Iraqi Kurdish leader", "India's Hindu nationalist leader"
            if explicit is None:
                continue
            role = "HeadOfState" if role == "HeadOfState?" and explicit.startswith("state:") else "Official"
            if title.label_ == "HeadOfState?" and not explicit.startswith("state:"):
                continue
        if words & GROUPS:
            continue   # "the rebels' lead negotiator X", "the oppositions chief negotiator" (a text without apostrophes)
        if explicit is None and (local == "body" and role == "Official" or words & NON_STATE):
            continue   # "PYD spokesman X", "militia spokesman Y", "the group president": a body's post, no state's
        out.append(Candidate(person.key, role, title.text.lower(), explicit,
                             possessor.key if possessor is not None else None, sent_of[title.start],
                             0.9 if explicit else 0.7, _portfolio(doc, start, title.start, at)))
    return [c for c in out if not _is_former(c, former)]


def _portfolio_after(doc: Doc, end: int, at: dict[int, Mention], titled: set[int]) -> int:
    """Past a capitalised portfolio complement: "Minister of Finance| John Smith", "Minister of State for Trade|"."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return end
    j = end + 1
    while j < len(doc) and j - end <= 6 and j not in at and (
            doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN") or doc[j].lower_ in ("and", "of", "for", "the", "&")):
        j += 1
    return j if j > end + 1 and doc[j - 1].is_title else end


def _portfolio(doc: Doc, start: int, stop: int, at: dict[int, Mention]) -> str | None:
    """The portfolio word of a ministry in a title phrase: "commerce" of "commerce ministry spokesman"."""
    for i in range(max(start + 1, stop - 4), stop):
        if doc[i].lower_ in ("ministry", "department") and doc[i - 1].is_alpha and i - 1 not in at and \
                doc[i - 1].lower_ not in STOP_LEFT:
            return doc[i - 1].lower_
    return None


def _is_former(c: Candidate, former: set[tuple[str, str]]) -> bool:
    """Whether the article calls the person a past holder of this candidate's post."""
    return (c.person, c.role.rstrip("?")) in former or (c.person, title_role(c.title).rstrip("?")) in former


def title_role(title: str) -> str:
    """The role a title phrase has in the table, whatever its context made of it."""
    from .gazetteer import TITLES
    return TITLES.get(title, "")


def _counterparts(doc: Doc, at: dict[int, Mention], sent_of: list[int], cands: list[Candidate],
                  text: str) -> tuple[list[Candidate], dict[int, str]]:
    """ "his Syrian counterpart Abdullah Ayoub": the post of the person whose counterpart it is, in another state."""
    out, pending = [], {}
    if "counterpart" not in text:
        return out, pending
    for tok in doc:
        if tok.lower_ not in ("counterpart", "counterparts"):
            continue
        start, actors, words, _ = _left_phrase(doc, tok.i, at)
        state = next((a.key for a in actors if a.key.startswith("state:")), None)
        person = _person_after(tok.i + 1, at, doc, comma_ok=True) or _person_before(start, at, doc)
        sent = sent_of[tok.i]
        if person is None:
            if state:
                pending[sent] = state
            continue
        # whose counterpart: the nearest person before it in the sentence who holds a post in the article
        roles = {c.person: c for c in cands if c.title != "counterpart"}
        owner = None
        for j in range(tok.i - 1, -1, -1):
            if sent_of[j] != sent:
                break
            m = at.get(j)
            if m is not None and m.key in roles and m.key != person.key:
                owner = roles[m.key]
                break
        if owner is None:
            continue
        out.append(Candidate(person.key, owner.role, "counterpart", state, None, sent, 0.75 if state else 0.6))
    return out, pending


# plural titles of lawmakers before their names ("Senators A of Texas and B of Ohio"), and the leaders' titles
# after a legislature's name ("Senate Majority Leader C", "Senate Republican leader D")
LAWMAKERS = frozenset({"senators", "lawmakers", "legislators", "congressmen", "congresswomen", "mps"})
FLOOR_TITLES = frozenset({"leader", "whip"})


def _lawmakers(doc: Doc, gz: Gazetteer, at: dict[int, Mention], sent_of: list[int],
               posted: set[str]) -> list[Candidate]:
    """ "Senators Maria Lopez of Texas and John Smith of Ohio", "U.S. lawmakers A and B", "Senate Majority Leader
    C": each named lawmaker a Legislator, of the state named before the title or of the legislature's state."""
    out = []
    for tok in doc:
        low = tok.lower_
        names: list[Mention] = []
        explicit = None
        if low in LAWMAKERS and tok.i + 1 < len(doc):
            prev = at.get(tok.i - 1)
            if prev is not None and prev.key.startswith("state:"):
                explicit = prev.key
            elif tok.i > 0 and (doc[tok.i - 1].lower_ in NOT_CURRENT | PAST | FUTURE or doc[tok.i - 1].pos_ == "PROPN"):
                continue   # "former senators", "Democratic senators" (a party's): left to the singular titles
            j = tok.i + 1
            while True:
                m = at.get(_past_honorifics(doc, j, set()))
                if m is None or not m.key.startswith("person:") or m.token_start != _past_honorifics(doc, j, set()):
                    break
                names.append(m)
                j = m.token_end
                if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title and j + 1 not in at:
                    j += 2   # "of Texas": a constituency, no jurisdiction
                    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and j not in at:
                        j += 1
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j < len(doc) and doc[j].lower_ == "and":
                    j += 1
            if len(names) < 2:
                names = []   # one name after a plural title is another construction
        elif low in FLOOR_TITLES and tok.i >= 1:
            k = tok.i - 1
            if doc[k].lower_ in ("majority", "minority"):
                k -= 1
            if at.get(k) is not None and at[k].key.startswith("org:") and \
                    (gz.entities.get(at[k].key) or {}).get("org_kind") != "government_body":
                k = at[k].token_start - 1   # a party's name between: "Senate Republican leader"
            body = at.get(k)
            info = gz.entities.get(body.key) if body is not None else None
            if info and info.get("state") and info.get("org_kind") == "government_body" and \
                    any(w in info.get("name", "").lower() for w in LEGISLATURES | {"house"}):
                m = at.get(_past_honorifics(doc, tok.i + 1, set()))
                if m is not None and m.key.startswith("person:") and m.token_start == _past_honorifics(doc, tok.i + 1, set()):
                    names, explicit = [m], info["state"]
        for m in names:
            if m.key not in posted:
                out.append(Candidate(m.key, "Legislator", low.rstrip("s") if low in LAWMAKERS else low, explicit,
                                     None, sent_of[tok.i], 0.9 if explicit else 0.7))
    return out


NOMINAL = frozenset({"president", "prime minister", "premier", "chancellor"})


def _nominal(doc: Doc, at: dict[int, Mention], sent_of: list[int], cands: list[Candidate],
             beside: frozenset[str] | set[str] = frozenset(),
             former: frozenset | set[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """ "Trump attacked Facebook ... The president has been skeptical": a definite bare title names the
    article's one person without a post, when nobody else holds that post in the article."""
    held = {c.role for c in cands}
    posted = {c.person for c in cands}
    out = []
    for title in doc.spans[TITLE_SPANS]:
        if title.text.lower() not in NOMINAL or title.label_ in held or title.start == 0:
            continue
        if doc[title.start - 1].lower_ != "the" or (title.end < len(doc) and (
                doc[title.end].lower_ == "of" or at.get(title.end) is not None or doc[title.end].is_title
                or doc[title.end].text in ("'s", "\u2019s"))):
            continue   # "the president's son-in-law" speaks of the president, it does not name him
        sent = sent_of[title.start]
        before = [m for i, m in sorted(at.items()) if i < title.start and m.key.startswith("person:")
                  and sent_of[i] >= sent - 1]
        free = {m.key for m in before} - posted - {p for p, r in former if r == title.label_}
        # and only the person the article is most about among those without a post
        counts: dict[str, int] = {}
        for m in at.values():
            if m.key.startswith("person:") and m.key not in posted:
                counts[m.key] = counts.get(m.key, 0) + 1
        top = max(counts, key=counts.get) if counts else None
        # or the one untitled person just named, as the subject, right before ("Trump chided Japan ... On
        # Tuesday, the president said"): nobody else is named in between
        last = before[-1] if before else None
        if last is not None and last.key in free and last.key not in beside and \
                doc[last.token_end - 1].dep_ in ("nsubj", "nsubjpass") and \
                not any(m.key.startswith("person:") and m.key != last.key for m in before if m.start > last.start):
            top = last.key
        if len(free) == 1 and top in free:
            person = free.pop()
            out.append(Candidate(person, title.label_, title.text.lower(), None, None, sent, 0.5))
            held.add(title.label_)
            posted.add(person)
    return out


def find_holdings(doc: Doc, gz: Gazetteer, mentions: list[Mention], entities: dict[str, Entity],
                  sentences: list[tuple[int, int]], sent_of: list[int], dateline: str | None,
                  main_states: tuple[str, ...], text: str | None = None) -> list[Holding]:
    """The posts the text gives named persons, each with its jurisdiction and evidence."""
    at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    beside: set[str] = set()
    former: set[tuple[str, str]] = set()
    orphans: list = []
    cands = _candidates(doc, gz, at, entities, sent_of, beside, former, orphans)
    text = doc.text if text is None else text
    extra, pending = _counterparts(doc, at, sent_of, cands, text)
    cands += extra
    cands += _nominal(doc, at, sent_of, cands, beside, former)
    cands += _lawmakers(doc, gz, at, sent_of, {c.person for c in cands})
    cands = [c for c in cands if not _is_former(c, former)]
    subjects = {m.start for m in mentions if doc[m.token_end - 1].dep_ in ("nsubj", "nsubjpass")}
    settled = resolve.settle_jurisdictions(cands, entities, mentions, dateline, main_states, pending, text,
                                           subjects, _acted_on(doc, mentions))
    # corrections of a guessed jurisdiction that need the whole article's posts, then one holder per unique post
    settled = _named_before(settled, orphans, {m.sent for m in mentions if m.key.startswith("state:")})
    settled = _ministry_before(settled, mentions, sentences, text)
    settled = _crown(settled, main_states)
    settled = _one_holder(settled, mentions)
    settled = _aides(settled)
    settled = _rank_over_spokesman(settled)
    settled = _secretary_general(settled, mentions, gz)
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


def _acted_on(doc: Doc, mentions: list[Mention]) -> set[tuple[int, int]]:
    """(state mention start, person mention start) for each state that is the object of a named person's verb
    ("President X invited Chile", "X called on Chile to ...", not "X said about Chile")."""
    person_at = {i: m.start for m in mentions if m.key.startswith("person:") for i in range(m.token_start, m.token_end)}
    out = set()
    for m in mentions:
        if not m.key.startswith("state:"):
            continue
        tok = doc[m.token_end - 1]
        verb = tok.head if tok.dep_ in ("dobj", "dative") else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "to", "into") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            out.update((m.start, person_at[ch.i]) for ch in verb.children if ch.dep_ == "nsubj" and ch.i in person_at)
    return out


def _named_before(settled: list, orphans: list, stated: set[int] = frozenset()) -> list:
    """A bare title placed only by the dateline or the article's states takes the state of the same title written
    with its state and no holder in one of the two sentences before: "Britain's Minister for Africa, meanwhile,
    said ... Minister Rory Stewart said on arriving in Harare" is Britain's, not Zimbabwe's; so does any title in
    a sentence that names no state, right after "a senior <demonym> official said" (the same speaker, named)."""
    out = []
    for c, jur, conf in settled:
        if not c.explicit and conf <= 0.6 and c.title != "counterpart":
            prior = [st for s, role, title, st in orphans if c.sent - 2 <= s < c.sent and (
                role == c.role and title == c.title or
                title in GENERIC and s == c.sent - 1 and c.sent not in stated)]
            if prior and prior[-1] != jur:
                jur, conf = prior[-1], 0.7
        out.append((c, jur, conf))
    return out


GENERIC = frozenset({"official", "diplomat"})


def _ministry_before(settled: list, mentions: list[Mention], sentences: list[tuple[int, int]], text: str) -> list:
    """A ministry's bare title placed only by the dateline or the article's states belongs to the state whose
    ministry of that portfolio the text named last before it: "Peru's Ministry of Energy issued a statement ...
    energy ministry spokeswoman Rosa Quispe added" is Peru's, whatever the dateline."""
    states = [m for m in mentions if m.key.startswith("state:")]
    out = []
    for c, jur, conf in settled:
        if c.portfolio and not c.explicit and conf <= 0.6 and c.title != "counterpart":
            p = re.escape(c.portfolio)
            body = re.compile(rf"(?:['\u2019]s)?\s+(?:the\s+)?(?:{p}\s+(?:ministry|department)|"
                              rf"(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?{p})\b", re.I)
            named = [m.key for m in states if m.end <= sentences[c.sent][0] and body.match(text, m.end)]
            if named and named[-1] != jur:
                jur, conf = named[-1], 0.7
        out.append((c, jur, conf))
    return out


def _crown(settled: list, main_states: tuple[str, ...]) -> list:
    """A crown prince placed by the dateline or the main states is a monarchy's: the article's first monarchy, or
    none ("Crown Prince Mohammad bin Salman" under a WASHINGTON dateline is Saudi Arabia's, not the United States')."""
    out = []
    for c, jur, conf in settled:
        if c.title == "crown prince" and not c.explicit and jur and jur.startswith("state:") and \
                jur[6:] not in resolve.MONARCHIES:
            jur = next((k for k in main_states if k[6:] in resolve.MONARCHIES), None)
            if jur is None:
                continue
            conf = 0.5
        out.append((c, jur, conf))
    return out


SECRETARY_GENERAL = frozenset({"secretary-general", "secretary general"})


def _secretary_general(settled: list, mentions: list[Mention], gz: Gazetteer) -> list:
    """A bare "Secretary-General" placed only by the dateline or the article's states heads an international body,
    not that state: the United Nations when the article names it, else the one such body it names, else no post
    ("Secretary-General Antonio Guterres" in a story datelined in Myanmar is the UN's)."""
    named = {m.key for m in mentions}
    igos = sorted(k for k in named if (gz.entities.get(k) or {}).get("org_kind") == "igo")
    body = "org:united-nations" if "org:united-nations" in named else (igos[0] if len(igos) == 1 else None)
    out = []
    for c, jur, conf in settled:
        if c.title in SECRETARY_GENERAL and not c.explicit and conf <= 0.6 and jur and jur.startswith("state:"):
            if body is None:
                continue
            jur = body
        out.append((c, jur, conf))
    return out


# titles of a person's own staff: such a post is public only while the principal holds a public one
AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "senior adviser", "aide",
                   "special adviser", "national security adviser", "national security advisor", "press secretary",
                   "chief of staff"})


def _aides(settled: list) -> list:
    """An aide placed only by the article's states serves the state its principal was placed in: "a senior adviser
    to President Donald Trump" is the United States' when Trump's post is settled there."""
    placed = {c.person: (jur, conf) for c, jur, conf in settled if jur and jur.startswith("state:")}
    posted = {c.person for c, _, _ in settled}
    out = []
    for c, jur, conf in settled:
        if c.possessor and c.possessor not in posted and not c.explicit and c.title in AIDES:
            continue   # "Manafort spokesman X", "Obama's national security adviser": the aide of no office holder now
        boss = placed.get(c.possessor) if c.possessor else None
        if boss is not None and not c.explicit and conf < 0.75 and boss[0] != jur:
            jur, conf = boss[0], min(conf + 0.1, boss[1])
        out.append((c, jur, conf))
    return out


SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _rank_over_spokesman(settled: list) -> list:
    """A spokesman with a military rank before the name holds the rank's post only: "defence ministry spokesman
    Brigadier X" is a military officer, not an official as well."""
    ranked = {(c.person, c.sent) for c, _, _ in settled if c.role == "MilitaryOfficer"}
    return [(c, jur, conf) for c, jur, conf in settled
            if not (c.title in SPOKESMEN and c.role == "Official" and (c.person, c.sent) in ranked)]


def _one_holder(settled: list, mentions: list[Mention]) -> list:
    """One person at a time holds a state's unique post (head of state, of government, foreign or defence
    minister), and one person heads one state: of two readings the surer one stays, then the person the article
    names more often ("President Barack Obama" in a story about President Trump is a past holder); a tie keeps both."""
    named = Counter(m.key for m in mentions if m.key.startswith("person:"))
    best: dict[tuple[str, str, str], float] = {}
    for c, jur, conf in settled:
        if c.role in resolve.UNIQUE_ROLES and jur and jur.startswith("state:"):
            best[(c.person, c.role, jur)] = max(best.get((c.person, c.role, jur), 0.0), conf)
    drop: set[tuple[str, str, str]] = set()
    states: Counter = Counter((p, r) for p, r, _ in best)
    # a person read as holding the post in two states ranks below one who holds it in this one only
    for groups, rank in (((0, 1), lambda k: best[k]),
                         ((1, 2), lambda k: (best[k], states[k[:2]] == 1, named[k[0]]))):
        by: dict[tuple, list] = {}
        for k in best:
            if k not in drop:
                by.setdefault(tuple(k[i] for i in groups), []).append(k)
        for ks in by.values():
            if len(ks) > 1:
                top = max(rank(k) for k in ks)
                drop.update(k for k in ks if rank(k) < top)
    return [(c, jur, conf) for c, jur, conf in settled if (c.person, c.role, jur) not in drop]
