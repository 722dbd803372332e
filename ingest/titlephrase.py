"""Reading a title phrase: its modifiers, its complement and the name beside it, and what makes it no public post."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from . import resolve
from .context import Mention, tokens_of
from .gazetteer import DEPUTY, NOT_CURRENT, Gazetteer, load_gazetteer
from .model import Entity
from .nlp import GAZ_SPANS

CABINET = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister"})
STOP_LEFT = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
CLOSERS = frozenset({",", ".", ";", ")", "who", "\u2014", "-", "\"", "\u201d"})
COMPLEMENT = frozenset({"of", "for", "to", "on", "at"})
# heads that make "of Spain's biggest food retailer" a company, whose posts are not public ones
COMPANY_HEADS = frozenset("""retailer company firm maker carmaker automaker producer manufacturer bank lender insurer
group conglomerate airline carrier operator supplier chain brand business corporation exporter importer""".split())
# common nouns of bodies that are no state's, heading a title's complement: "chief of Germany's largest industry
# association", "negotiator for the Bavarian sister party" (a legislator's party is not the legislature)
SOCIETIES = frozenset("""association federation confederation union lobby party foundation club syndicate guild
""".split())
# proper nouns of public bodies: an unknown proper noun before "spokeswoman" that is none of these names a company
PUBLIC_WORDS = frozenset("""foreign defence defense interior justice finance state white house national security
presidential federal central royal armed public prosecutor general military intelligence press information
ministry department office council army navy police government parliament cabinet agency commission committee
service command guard forces court senate congress embassy mission trade economy health energy home treasury
palace kremlin pentagon elysee""".split())
# words for a current post held for the time being ("acting Foreign Affairs Secretary")
INTERIM = frozenset({"acting", "interim", "caretaker", "outgoing"})
# words that tell a post is held now: between a state and its title they keep the state "near" ("Iraq's new
# leader", "the Iraqi interim leader"), as "former" or "deputy" do
CURRENT = frozenset({"new", "current", "incumbent"})
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
# titles a company gives as well as a state ("Akzo Nobel spokeswoman", "chairman of Mercadona")
COMPANY_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
                            "chief executive",
                            "executive director", "head", "chief"})


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
    bare: bool = False    # a capitalised title with no word before it but named bodies ("Vice President X")


def left_phrase(doc: Doc, start: int, at: dict[int, Mention]) -> tuple[int, list[Mention], set[str], Mention | None]:
    """Walk left from a title over its modifiers; returns the phrase start, actor mentions, words, possessor.

    Actors written right before the title (no plain word between: "CIA chief", "Russia's foreign
    minister") are marked with "near:" + their key in words."""
    toks = tokens_of(doc)
    j, actors, words, possessor, n = start - 1, [], set(), None, 0
    plain = False
    while j >= 0 and n < 8:
        tok = toks[j]
        m = at.get(j)
        if m is not None and m.token_start >= 2 and toks[m.token_start - 1].text == "-" and \
                toks[m.token_start - 2].lower_ in ("pro", "anti"):
            break   # "pro-EU Labour lawmaker X": a stance on the EU, not the body whose post it is
        if m is not None:
            if m.key.startswith("person:"):
                possessor = m
                j = m.token_start - 1
                if j >= 0 and (toks[j].lower_ in NOT_CURRENT or toks[j].lower_ in OUSTED):
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
        elif _acronym_before(doc, j):
            # "International Atomic Energy Agency (IAEA) Director X": the body's short name, set off, is the body
            # itself; one the gazetteer does not know is passed over to the full name before it, which tells more
            # than the model's tag of a bare acronym ("Philippine National Police (PNP) spokesman": the state's)
            short = at.get(j - 1)
            if short is not None and not short.key.startswith("person:") and short.key in load_gazetteer().entities:
                actors.append(short)
                if not plain:
                    words.add("near:" + short.key)
                j = short.token_start - 2
                break
            j -= 3
        elif tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.lower_ in NOT_CURRENT or tok.lower_ in DEPUTY or \
                tok.lower_ in INTERIM or tok.lower_ in OUSTED or tok.tag_ == "VBG" and tok.dep_ == "amod":
            # (a participle the model tags as a verb modifies the title as an adjective does: "a leading lawmaker")
            words.add(tok.lower_)
            plain = plain or tok.lower_ not in NOT_CURRENT | DEPUTY | OUSTED | INTERIM | CURRENT
            j -= 1
        else:
            break
        n += 1
    return j + 1, actors, words, possessor


def _acronym_before(doc: Doc, j: int) -> bool:
    """Whether the token at j closes a parenthesised short name written before a title: "(IAEA) Director"."""
    toks = tokens_of(doc)
    return toks[j].text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].text.isupper() and \
        2 <= len(toks[j - 1].text) <= 8


DEMAND = frozenset({"demand", "call", "seek", "urge", "want", "push", "press", "ask", "request", "plot", "plan",
                    "threaten", "attempt", "try"})


def demanded(noun) -> bool:
    """Whether an end ("the resignation of X") is only demanded or planned: "protesters demanded the resignation"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_ in DEMAND


# verbs of a nomination only planned or expected: "is expected to name", "plans to nominate"
PLANNED = frozenset({"expect", "plan", "intend", "want", "hope", "consider", "likely", "set", "poise", "seek"})
NOMINATE = frozenset({"nominate", "name", "appoint", "pick", "choose", "tap", "select", "designate", "confirm"})


def nominee(doc: Doc, start: int, at: dict[int, Mention]) -> tuple[Mention | None, Mention | None]:
    """ "Trump nominated John Smith to be ambassador", "named Jane Doe as envoy": the nominee and the nominator."""
    toks = tokens_of(doc)
    k = start - 1
    if k >= 1 and toks[k].lower_ == "be" and toks[k - 1].lower_ == "to":
        k -= 2
    elif k >= 0 and toks[k].lower_ == "as":
        k -= 1
    else:
        return None, None
    if k >= 0 and toks[k].ent_type_ == "DATE":
        while k >= 0 and toks[k].ent_type_ == "DATE":
            k -= 1   # "confirmed X on Thursday to be ambassador"
        k -= k >= 0 and toks[k].lower_ == "on"
    elif k >= 0 and toks[k].text == ",":
        # "and Wess Mitchell, a think-tank founder, to be Assistant Secretary": past the nominee's apposition
        k = next((j - 1 for j in range(k - 1, max(k - 12, 0), -1) if toks[j].text == ","), -1)
    m = at.get(k)
    if m is None or not m.key.startswith("person:") or m.token_end != k + 1:
        return None, None
    verb = toks[m.token_end - 1].head
    if verb.lemma_ not in NOMINATE:
        # "confirmed three posts: A, now envoy to Y, to be ambassador; B to be envoy": the items of a list the
        # parser breaks take the last verb before them in the sentence
        sent_start = toks[k].sent.start
        verb = next((toks[j] for j in range(m.token_start - 1, sent_start - 1, -1)
                     if toks[j].pos_ in ("VERB", "AUX") and toks[j].lemma_ != "be"), verb)
    if verb.lemma_ not in NOMINATE or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could")
                                          for c in verb.children) or \
            verb.dep_ == "xcomp" and verb.head.lemma_ in PLANNED:
        return None, None   # "Trump is expected to name X as head of Y": a nomination not yet made
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return m, None
    return m, at.get(subj.i) or next((at[i] for i in range(subj.i, subj.left_edge.i - 1, -1) if i in at), None)


# verbs whose predicate is a post its subject holds: "X is Japan's foreign minister", "Y became president"
HOLDS = frozenset({"be", "become", "remain"})
# verbs whose passive subject takes the post as its predicate: "X was appointed the new oil minister", "Y was
# sworn in as president", "Z was elected as interim prosecutor general"
APPOINTED = frozenset({"appoint", "name", "elect", "swear", "install", "reappoint", "re-elect"})
# words that keep a stated post from being a current one: a modal or an infinitive ("will be", "to become"), a
# negation, a first or earlier time ("was first elected lawmaker at 29"), the past perfect ("had been")
NOT_NOW = frozenset({"will", "would", "could", "may", "might", "should", "must", "'ll", "to", "not", "n't", "never",
                     "first", "once", "previously", "formerly", "originally", "had", "'d"})


def predicate_subject(doc: Doc, title, at: dict[int, Mention]) -> Mention | None:
    """The named person a clause gives a title as its predicate: "X is Japan's foreign minister", "X, who is now
    a senator,", "X became president in January", "X was appointed the new oil minister", "Y was sworn in as
    president" (not "X was foreign minister until 2015", "X is expected to become president", "if elected")."""
    toks = tokens_of(doc)
    if title.end < len(doc) and toks[title.end].text == "-":
        return None   # "the armed forces commander-in-chief", "the president-elect": a longer title it only begins
    head, how = title.root, title.root.dep_
    if how == "pobj" and head.head.lower_ == "as":
        head = head.head   # "sworn in as president", "elected as interim prosecutor general"
    elif how not in ("attr", "oprd"):
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.lower_ in NOT_NOW for c in verb.children) or \
            verb.dep_ in ("xcomp", "advcl", "pcomp", "acomp") and not _since(verb):
        return None
    if verb.lemma_ in APPOINTED and how != "attr":
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    elif how == "attr" and verb.lemma_ in HOLDS and (_present(verb) or verb.lemma_ != "be" and verb.tag_ == "VBD"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head   # "X, who is now a senator": the antecedent, or the apposition it qualifies
        if subj.i not in at and subj.dep_ == "appos":
            subj = subj.head
    m = at.get(subj.i) if subj is not None else None
    return m if m is not None and m.key.startswith("person:") else None


def _since(verb) -> bool:
    """Whether a clause tells the start of a state that lasts until now: "since X became president" (a clause of time
    led by "since": "since Y was elected premier"; not "after X became president", "before he became premier")."""
    return verb.dep_ == "advcl" and (verb.lemma_ == "become" or verb.lemma_ in APPOINTED) and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _present(verb) -> bool:
    """Whether a verb tells a state that holds now: the present ("is", "serves") or the present perfect ("has been
    foreign minister since 2014")."""
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


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


def at_society(doc: Doc, title, at: dict[int, Mention]) -> bool:
    """Whether a title is a post in a society named beside it.

    "senior adviser for Asia at the Center for Strategic and International Studies", "Syrian
    Observatory for Human Rights chief"."""
    toks = tokens_of(doc)
    if title.start >= 2 and toks[title.start - 1].lower_ == "for" and toks[title.start - 2].lower_ in SOCIETY_HEADS:
        return True
    for j in range(title.end, min(title.end + 6, len(doc) - 1)):
        if toks[j].text in (",", ".", ";") or j in at:
            return False
        if toks[j].lower_ == "at":
            k = j + 1 + (toks[j + 1].lower_ == "the")
            name = []
            while k < len(doc) and len(name) < 8 and k not in at and (
                    toks[k].pos_ == "PROPN" and toks[k].is_title or toks[k].lower_ in ("for", "of", "and", "on")):
                name.append(toks[k])
                k += 1
            return any(t.lower_ in SOCIETY_HEADS for t in name)
    return False


def local_modifier(doc: Doc, start: int, stop: int, at: dict[int, Mention], titled: set[int],
                   gz: Gazetteer) -> str | None:
    """What a proper noun before a title that names no state makes of it: "region", "region's", "body" or None.

    "region": a place-tagged name right before the title, "Kansas" (or a portfolio, "Brexit"); "region's": a regional
    government or a place that owns the title, "KRG", "Scotland's first minister"; "body": a society or company,
    "SARC"."""
    toks = tokens_of(doc)
    # the gazetteer's own marks as well: the model may run a known body on into a portfolio ("KRG Transport")
    keys = {at[j].key for j in range(start, stop) if j in at} | {
        s.label_ for s in doc.spans.get(GAZ_SPANS, ()) if start <= s.start and s.end <= stop}
    for key in keys:
        info = gz.entities.get(key) or {}
        if info.get("org_kind") == "government_body" and not info.get("state") and \
                any(w in info.get("name", "") for w in ("Region", "Regional", "Provincial", "Autonomous")):
            return "region's"   # "KRG Transport Minister", "Kurdistan Regional Government President": its own post
    # the proper nouns written right before the title, none of them a known state, body or title word
    j, run = stop - 1, []
    while j >= start and j not in at and j not in titled and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper():
        tok = toks[j]
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
    return "region's" if _place_owner(doc, start, stop, at) else None


def _place_owner(doc: Doc, start: int, stop: int, at: dict[int, Mention]) -> bool:
    """Whether a place the model tags, and no gazetteer knows as a state, seat or body, owns the title through a
    possessive: "Scotland's first minister", "Bavaria's finance minister" (a state's name would be in `at`)."""
    toks = tokens_of(doc)
    return any(toks[j + 1].text in ("'s", "\u2019s") and j not in at and toks[j].pos_ == "PROPN" and
               toks[j].ent_type_ in ("GPE", "LOC") for j in range(start, stop - 1))


def company_post(doc: Doc, start: int, title, at: dict[int, Mention], role: str) -> bool:
    """Whether a spokesperson's or chairman's title is led by the proper name of a company ("Akzo Nobel spokeswoman")."""
    if role not in ("Official", "Official?") or title.text.lower() not in COMPANY_TITLES:
        return False
    names = [t for t in doc[start:title.start] if t.pos_ == "PROPN" and t.is_title and t.i not in at
             and t.lower_ not in INTERIM | DEPUTY | NOT_CURRENT and t.lower_ not in resolve.HONORIFICS]
    if not names or names[-1].i != title.start - 1:
        return False   # the company's name stands right before the title
    return bool(names) and all(t.lower_ not in PUBLIC_WORDS and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in names)


def complement(doc: Doc, end: int, at: dict[int, Mention], titled: set[int],
               preps: frozenset[str] = COMPLEMENT) -> tuple[int, str | None, Mention | None]:
    """Read "of Japan", "for China's foreign ministry", "to the United Nations" after a title."""
    toks = tokens_of(doc)
    if end >= len(doc) or toks[end].lower_ not in preps:
        return end, None, None
    prep, j = toks[end].lower_, end + 1
    found, skipped = None, 0
    possessed = crossed = False
    while j < len(doc) and j - end <= 9 and j not in titled:
        m = at.get(j)
        if m is not None and m.token_start < end:
            m = None   # "Secretary of State for European Affairs" read as a body "State for European Affairs"
        if m is not None and m.key.startswith("state:") and m.token_end + 1 < len(doc) and \
                toks[m.token_end].text == "-" and toks[m.token_end + 1].tag_ == "VBN":
            j = m.token_end + 2   # "the Britain-based Syrian Observatory": the state only places the body
            continue
        if m is not None and m.key.startswith("state:") and m.how in ("name", "demonym", "seat") and \
                m.token_end < len(doc) and toks[m.token_end].pos_ == "PROPN" and toks[m.token_end].is_title and \
                m.token_end not in at and m.token_end not in titled:
            # "commander of the Syria Revolutionaries Front", "director of the Syrian Observatory for Human
            # Rights": a state inside the name of a body no gazetteer knows is no jurisdiction (but "the Syrian
            # Foreign Ministry" is the state's); the name is read over
            k = m.token_end
            while k < len(doc) and k - m.token_end < 6 and (toks[k].pos_ == "PROPN" and toks[k].is_title or
                                                             toks[k].lower_ in ("for", "of", "and")) and \
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
        elif toks[j].lower_ == "at" and prep == "of" and found is None and j > end + 1 and j - end <= 5:
            j += 1   # "director general of economic affairs at Iran's foreign ministry": the body is after "at"
            crossed = True
        elif toks[j].lower_ == "of" and j > end + 1 and at.get(j + 1) is not None and \
                not at[j + 1].key.startswith("person:"):
            j += 1   # "speaker of the Peoples Council of Syria": the body's own complement names its state
        elif toks[j].lower_ in ("the", "'s", "\u2019s") or (toks[j].pos_ in ("ADJ", "NOUN", "PROPN") and m is None):
            if found is not None and toks[j].lower_ in ("'s", "\u2019s"):
                possessed = True
            elif possessed and toks[j].lower_ in COMPANY_HEADS:
                return j + 1, "company", None   # "chairman of Spain's biggest food retailer"
            elif (possessed or found is None) and toks[j].lower_ in SOCIETIES and toks[j].text.islower():
                return j + 1, "society", None   # "chief of Germany's largest industry association"
            elif possessed and found.key.startswith("state:") and toks[j].pos_ == "PROPN" and toks[j].is_title:
                k = j
                while k < len(doc) and k - j < 6 and (toks[k].pos_ == "PROPN" and toks[k].is_title or
                                                       toks[k].lower_ in ("for", "of", "and")) and k not in at:
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


def person_after(end: int, at: dict[int, Mention], doc: Doc, comma_ok: bool,
                 titled: set[int] = frozenset()) -> Mention | None:
    """The person named right after a title (past honorifics), or set off by commas when `comma_ok`."""
    toks = tokens_of(doc)
    m = at.get(past_honorifics(doc, end, titled))
    if m is not None and m.key.startswith("person:") and m.token_start == past_honorifics(doc, end, titled):
        return m   # "Qatar's Emir Sheikh Tamim bin Hamad al-Thani"
    # "the president (Y) said": a name in brackets right after the title
    if end + 2 < len(doc) and toks[end].text == "(":
        m = at.get(end + 1)
        if m is not None and m.key.startswith("person:") and m.token_start == end + 1 and \
                m.token_end < len(doc) and toks[m.token_end].text == ")" and not (
                m.token_end + 1 < len(doc) and toks[m.token_end + 1].pos_ == "PROPN" and toks[m.token_end + 1].is_title):
            return m   # (not "President (Michel) Aoun": a first name put in brackets)
    # "the prime minister of Japan, Shinzo Abe, said": a name set off by commas after a definite title
    if comma_ok and end < len(doc) and toks[end].text == ",":
        j = past_honorifics(doc, end + 1, titled)   # "Iran's military chief, General Mohammad Baqeri"
        m = at.get(j)
        if m is not None and m.key.startswith("person:") and m.token_start == j and (
                m.token_end >= len(doc) or toks[m.token_end].text in (",", ".")):
            return m
    return None


def past_honorifics(doc: Doc, i: int, titled: set[int]) -> int:
    """The first token past the honorifics and ranks written before a name.

    "Sheikh", "General"; also past the title's acronym in brackets ("Trade Representative (PTR) Luis Ortega")."""
    toks = tokens_of(doc)
    j = i
    if j + 2 < len(doc) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].is_upper:
        j += 3
    while j < len(doc) and j - i < 3 and toks[j].text[:1].isupper() and toks[j].lower_.rstrip(".") in RANKS:
        j += 1
    return j


def closes(doc: Doc, title, end: int) -> bool:
    """Whether a title phrase after a comma is an apposition ("X, the prime minister, said"), not a new subject."""
    toks = tokens_of(doc)
    first = title.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head   # "X, a lawyer and senior adviser to ...": a later conjunct of the apposition
    if first.dep_ == "appos":
        return True
    np_end = max(end, max(t.i for t in title.root.subtree) + 1)
    return any(j >= len(doc) or toks[j].text in CLOSERS for j in (end, np_end))


def person_before(start: int, at: dict[int, Mention], doc: Doc, title=None) -> Mention | None:
    """The person named right before a title phrase and its comma: "Lavrov, Russia's foreign minister"; also
    before an appositive whose later conjunct the title is: "Ina Moor, the premier's niece and senior adviser,"."""
    toks = tokens_of(doc)
    if start >= 3 and toks[start - 1].lower_ in ("currently", "now") and toks[start - 2].text == ",":
        start -= 1   # "John Bass, currently the U.S. ambassador to Turkey,"
    if start >= 2 and toks[start - 1].text == ",":
        m = at.get(start - 2)
        if m is not None and m.key.startswith("person:"):
            return m
    if title is not None and start >= 1 and toks[start - 1].lower_ == "and" and title.root.dep_ == "conj":
        first = title.root
        while first.dep_ == "conj":
            first = first.head
        m = at.get(first.head.i)
        if first.dep_ == "appos" and m is not None and m.key.startswith("person:") and \
                m.token_end < len(doc) and toks[m.token_end].text == ",":
            return m
    return None


def aide_of(doc: Doc, title, at: dict[int, Mention], starts: dict) -> Mention | None:
    """The titled person an aide serves, whose post, and so whose state, the aide's post shares.

    "a senior adviser to President Donald Trump", "spokesman for Russian President Vladimir Putin"."""
    toks = tokens_of(doc)
    j = title.end
    if j + 1 >= len(doc) or toks[j].lower_ not in ("for", "to"):
        return None
    j += 1
    while j < len(doc) and j - title.end < 5 and (toks[j].lower_ == "the" or (
            j in at and not at[j].key.startswith("person:"))):
        j = at[j].token_end if j in at else j + 1
    other = starts.get(j)
    if other is None or other.label_.rstrip("?") not in CABINET:
        return None
    m = at.get(past_honorifics(doc, other.end, set()))
    return m if m is not None and m.key.startswith("person:") else None


def portfolios(actors: list[Mention], title, gz: Gazetteer, entities: dict[str, Entity],
               words: set[str]) -> list[Mention]:
    """The actors before a minister's title less the portfolio words tagged as an unknown organisation.

    "Justice Minister X", "Unification Minister Y": a portfolio is no body of its own."""
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


def portfolio_after(doc: Doc, end: int, at: dict[int, Mention], titled: set[int]) -> int:
    """Past a capitalised portfolio complement: "Minister of Finance| John Smith", "Minister of State for Trade|"."""
    toks = tokens_of(doc)
    if end >= len(doc) or toks[end].lower_ not in ("of", "for"):
        return end
    j = end + 1
    while j < len(doc) and j - end <= 6 and j not in at and (
            toks[j].is_title and toks[j].pos_ in ("PROPN", "NOUN") or toks[j].lower_ in ("and", "of", "for", "the", "&")):
        j += 1
    return j if j > end + 1 and toks[j - 1].is_title else end


def portfolio(doc: Doc, start: int, stop: int, at: dict[int, Mention]) -> str | None:
    """The portfolio word of a ministry in a title phrase: "commerce" of "commerce ministry spokesman"."""
    toks = tokens_of(doc)
    for i in range(max(start + 1, stop - 4), stop):
        if toks[i].lower_ in ("ministry", "department") and toks[i - 1].is_alpha and i - 1 not in at and \
                toks[i - 1].lower_ not in STOP_LEFT:
            return toks[i - 1].lower_
    return None


def public_office(words) -> bool:
    """Whether a capitalised complement names a public office in words of public bodies only: "of National
    Intelligence", "of Public Prosecutions" (not "of the National Museum")."""
    content = [t.lower_ for t in words if t.lower_ not in ("of", "for", "and", "the", "&")]
    return bool(content) and all(w in PUBLIC_OFFICE_WORDS for w in content)


# words of public offices beside those of public bodies: "Director of Public Prosecutions"
OFFICE_NAME_WORDS = frozenset({"prosecutions", "operations", "investigation", "staff", "homeland", "customs",
                               "immigration"})
PUBLIC_OFFICE_WORDS = PUBLIC_WORDS | OFFICE_NAME_WORDS


# kinds of bodies whose weak titles may stand behind a field of their work: "U.N. aid chief", "EU diplomatic chief"
FIELD_BODIES = frozenset({"igo", "alliance"})
# the most words a field may take between such a body and its title ("U.N. regional humanitarian coordinator")
FIELD_WORDS = 2


def field_body(doc: Doc, stop: int, at: dict[int, Mention], entities: dict[str, Entity]) -> str | None:
    """The international body a weak title belongs to across the field of work written between them: "U.N. aid
    chief X", "a top U.N. disarmament official Y", "EU diplomatic chief Z" (a body's own staff, whatever the field).
    Not a state's ("Russian oil chief" may head a company, "Chinese film director" is a profession), nor a word
    that is not a plain lower-case noun or adjective ("U.N. former chief", "NATO member states' chiefs")."""
    toks = tokens_of(doc)
    j = stop - 1
    while j >= 0 and stop - j <= FIELD_WORDS and j not in at and toks[j].is_lower and toks[j].is_alpha and \
            toks[j].pos_ in ("NOUN", "ADJ") and toks[j].lower_ not in FIELD_STOP:
        j -= 1
    if j == stop - 1 or j < 0:
        return None
    if toks[j].text in ("'s", "\u2019s") and j - 1 in at:
        j -= 1   # "the U.N.'s aid chief"
    m = at.get(j)
    ent = entities.get(m.key) if m is not None else None
    if ent is None or ent.kind != "org" or ent.org_kind not in FIELD_BODIES:
        return None
    return m.key


# words that are no field of work: a post's time, rank or side ("former", "deputy", "opposition"), a company's noun
FIELD_STOP = NOT_CURRENT | PAST | FUTURE | DEPUTY | INTERIM | CURRENT | COMPANY_HEADS | frozenset(
    {"campaign", "transition", "party", "member", "state"})
