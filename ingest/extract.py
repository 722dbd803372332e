"""Entity extraction: a parsed article -> its states, organisations, persons, their posts.

`build_context(doc, article)` gathers the mentions (gazetteer spans, the model's entities, name
forms joined by `resolve`), the posts the text gives named persons, the article's dateline and
main states; `extract(doc, article)` adds the relation and meeting extractors' findings.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from spacy.tokens import Doc, Span

from . import cues as C
from .context import DATELINE, Context, Mention, lede_index, tokens_of
from .bodies import (abbreviated_names, arabic_groups, armed_name, fights_by_words, longer_kind, longer_name,
                     named_parties, party_families)
from .gazetteer import OUTLET_STATES, Gazetteer, load_gazetteer, slug
from .gatherings import extract_gatherings
from .holdings import find_holdings
from .meetings import extract_meetings
from .nonpersons import town_of
from .persons import find_persons, name_after_body
from .regions import regional_governments
from .model import Article, Entity, Extraction
from .relations import extract_memberships, extract_relations
from .nlp import GAZ_SPANS

EXTRACTOR = "geokg-0.1.0"
# a state or seat followed by one of these is part of another name ("South China Sea", "Washington Post")
SKIP_AFTER = frozenset("""Sea Ocean Post Times Journal Daily Herald Today Tribune Street University College Airlines
Airways Canal Papers Capitals Redskins Nationals Peninsula Strait Straits Gulf Basin state State Institute Dulles
Accord accord Agreement agreement Club Stock Exchange Heathrow Marathon Motor Motors Telecom Bank Square""".split())
# nouns a seat of government modifies as a city, not as its government, through words between: "the Paris| climate
# agreement", "a London| train", "the Brussels| bombings" (not "the Tehran government", "White House adviser")
CITY_THINGS = frozenset("""accord agreement deal treaty protocol train subway metro underground tube station airport
bombing bombings attack attacks attacker attackers marathon olympics games exchange club university talks summit
conference negotiations""".split())
# prepositions that make the seat of government after them a place ("a conference in Rome", "by telephone from
# Amman"), not the government speaking or acting ("at" is left out: "took aim at Seoul" is the government)
PLACE_PREPS = frozenset("in near outside inside into via".split())
# "to" and "from" make it a place only on a word of travel ("flew to Rome", "returning from Oslo", "by telephone from
# Amman"), not on one the government answers or receives ("a response from Berlin", "the ambassador to Washington")
TRAVEL_PREPS = frozenset("to from".split())
TRAVEL_WORDS = frozenset("return travel fly flight arrive come go move journey head telephone phone commute".split())
# a visit or a trip in the sentence makes the seat its host ("on his visit to Vilnius", "in Abu Dhabi on his
# trip"), a state the visit meets
VISIT_WORDS = frozenset("visit visits visited visiting trip trips tour tours".split())
# nouns for the people of a government that a seat after "in" still names ("officials in Beijing said")
SEAT_PEOPLE = frozenset("""official officials authority authorities government leader leaders lawmaker lawmakers
policymaker policymakers regime""".split())
# nouns a demonym modifies only as the state's: "accused the Moldovan government" (not "a Tajik", "Slovak parties")
STATE_HEADS = frozenset("""government parliament army military navy troops soldiers forces officials authorities
ministry embassy ambassador envoy president premier leader delegation counterpart""".split())
SKIP_BEFORE = frozenset("South East North West New Latin Central Northern Southern Eastern Western Gulf Sea".split())
# participles that make a seat hyphened before them where something sits: "a London-based group", "a Paris-listed firm"
SEAT_SITES = frozenset("based listed headquartered".split())
# waters named after a state with "of": "the Gulf of X", "the Sea of X" name the water, not the state
WATERS_OF = frozenset("Gulf Sea Bay Strait Straits".split())
GENERIC_ALIASES = frozenset({"Commission", "Congress", "Senate", "Commons", "Security Council", "General Assembly",
                             "Duma", "Democrats", "Republicans", "Labour", "Conservatives", "Red Cross", "IS",
                             "Revolutionary Guard", "Revolutionary Guards", "Human Rights Council", "PA", "AU"})
# words ending in "s" that are no glued possessive of the name before it
GLUED_NOT = frozenset({"Americas", "Emirates", "Philippines", "Comoros", "Bahamas", "Seychelles", "Maldives",
                       "Netherlands", "Barbados", "Marshall", "Solomons"})
# the last words of party names that hold a state's name ("Rwandan Patriotic Front", "Pakistan Muslim League")
PARTY_WORDS = frozenset({"Front", "Movement", "League"})
# the last words of a civil body's name that a state's demonym may open ("the Bulgarian Orthodox Church", "the
# Chilean Red Cross"): no state's organ, unlike "Ministry", "Council" or "Army"
CIVIL_WORDS = frozenset({"Church", "Association", "Foundation", "Society", "Union", "Crescent", "Cross"})
# possessives inside a party's name, not its owner's ("Cambodian People's Party", not "Beijing's Communist Party")
PEOPLE_WORDS = frozenset({"people", "peoples", "women", "workers", "farmers", "youth"})
# nouns a person's organisation may stand before: "Lopez's Popular Will party"
OWNED_BODY_NOUNS = frozenset("""party movement bloc alliance coalition group faction militia organisation organization
charity foundation network""".split())
# nouns that make the name they are told with a place: "the city of X", "the X suburbs" (read by _told_as_place)
PLACE_NOUNS = r"(?:city|town|village|suburbs?|district|province|region|area|enclave|port|neighbou?rhood|countryside)"
PLACE_WORD = re.compile(PLACE_NOUNS)
# what a group holds or sends somewhere: "an area of X control" is the group's area, not a place named X
HELD_NOUNS = r"(?:control|rule|militants|fighters|forces|positions|terrorists|rebels|insurgents|troops)\b"
# a direction that opens a place's name, often written in lowercase: "eastern Marlo", "Eastern Marlo"
COMPASS_WORDS = frozenset("eastern western northern southern central".split())
# nouns for a people or its members: a one-word name the text writes before one ("X Muslims", "the X minority")
# names a people or a faith, not an organisation
FOLK_NOUNS = r"(?:Muslims|Christians|Buddhists|Hindus|Jews|refugees|villagers|civilians|minority|minorities|community|"\
    r"communities|people|families|population)"
HYPHENATED = re.compile(r"\w[\w.]*-[\w.-]*\w")
# "Additional reporting by Ana Ruiz in Lima and Tomas Berg in Oslo; Editing by ...": where the reporters sat, not
# what the story is about (up to the credit's end: a semicolon, a line break or a full stop)
REPORTED_FROM = re.compile(r"\b[Rr]eporting by\b[^;\n]{0,240}?(?=;|\n|\.\s|$)")
# diseases and other causes fought, never an actor: "the fight against Aids and Malaria" (the model may tag them ORG)
NON_ACTOR_NAMES = frozenset("""malaria aids hiv ebola polio cholera tuberculosis cancer measles zika covid covid-19
influenza flu dengue leprosy typhoid smallpox meningitis hepatitis coronavirus pandemic epidemic poverty hunger
famine drought""".split())
# a lone word that names what every such actor is: the model's tail of a misspelt or cut name ("lslamic State",
# "Secretary of State"), never an organisation of its own
LONE_KIND_WORDS = frozenset({"state"})
ORG_KINDS = (("party", ("Party", "Movement", "Front", "League")),
             # not "Congress": outside the legislatures the gazetteer knows it names parties and federations
             # ("African National Congress", "Congress of South African Trade Unions", "World Jewish Congress")
             ("government_body", ("Ministry", "Department", "Senate", "Parliament", "Committee",
                                  "Council", "Court", "Agency", "Commission", "Cabinet", "Office", "Assembly",
                                  "Service", "Army", "Navy", "Police", "Guard", "Forces", "Command")),
             ("company", ("Inc", "Corp", "Ltd", "LLC", "Co", "Group", "Bank", "Airlines", "PLC", "plc")))


def _sentences(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Character spans of the sentences and the sentence index of each token."""
    spans, sent_of = [], []
    for i, s in enumerate(doc.sents):
        spans.append((s.start_char, s.end_char))
        sent_of.extend([i] * len(s))
    return spans, sent_of


def _mention(key: str, span: Span, sent_of: list[int], how: str) -> Mention:
    return Mention(key=key, start=span.start_char, end=span.end_char, token_start=span.start,
                   token_end=span.end, sent=sent_of[span.start], text=span.text, how=how)


def _skip_place(doc: Doc, span: Span, ent_label: dict[int, str], person_at: dict[int, Span] | None = None,
                surnames: frozenset[str] = frozenset()) -> bool:
    """Whether a state phrase is really part of another name or a person; not when the model's person is the
    phrase alone and no person of the article bears it as a surname ("Doha denies", "Kiev has")."""
    toks = tokens_of(doc)
    nxt = toks[span.end] if span.end < len(doc) else None
    prv = toks[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.text in SKIP_AFTER:
        return True
    if prv is not None and prv.text in SKIP_BEFORE and not prv.is_sent_start:
        return True
    if prv is not None and prv.text == "-" and span.start > 1 and toks[span.start - 2].text in ("African", "Latin"):
        return True
    if prv is not None and prv.text == "of" and span.start > 1 and toks[span.start - 2].text in WATERS_OF:
        return True   # "the Gulf of X": a sea named after the state
    if ent_label.get(span.start) != "PERSON" or ent_label.get(span.end - 1) != "PERSON":
        return False
    if person_at is None and nxt is not None and nxt.lower_ in STATE_HEADS and ent_label.get(nxt.i) != "PERSON":
        return False   # "the Moldovan government", "Nigerien soldiers": the model's person is the state's demonym
    person = person_at[span.start] if person_at is not None else None
    # "Sri Lanka's government" tagged as a person with its possessive is the state alone as well
    alone = person is not None and person.start == span.start and (person.end == span.end or (
        person.end == span.end + 1 and toks[span.end].text in ("'s", "\u2019s")))
    return not alone or span.text in surnames


def _city_thing(span: Span) -> bool:
    """Whether a seat of government modifies, as a city, a thing named after it: "a London train"."""
    tok = span.root
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        tok = tok.head
    return tok.i != span.root.i and tok.lower_ in CITY_THINGS


def _seat_as_place(doc: Doc, span: Span) -> bool:
    """Whether a seat of government is a place a preposition opens ("in Rome", "from Amman", "flew to London"); not
    one owning something ("in Tehran's view"), nor the seat of the officials before it ("officials in Beijing said"),
    nor one opening its sentence ("In Beijing, a spokesman said": the government's voice), nor the host of a visit."""
    toks = tokens_of(doc)
    prep = toks[span.start - 1] if span.start > 1 else None
    if prep is None or prep.is_sent_start or not (
            prep.lower_ in PLACE_PREPS or prep.lower_ in TRAVEL_PREPS and prep.head.lemma_.lower() in TRAVEL_WORDS):
        return False
    if span.end < len(doc) and toks[span.end].text in ("'s", "\u2019s", "'", "\u2019"):
        return False
    if any(t.lower_ in VISIT_WORDS for t in span.sent):
        return False
    return toks[span.start - 2].lower_ not in SEAT_PEOPLE


def _org_kind(text: str) -> str:
    if armed_name(text):
        return "armed_group"   # "Al-Iman Brigade", "Arakan Rohingya Salvation Army": not a party or a state's army
    words = text.replace(".", "").split()
    for kind, cues in ORG_KINDS:
        if any(w in cues for w in words):
            return kind
    return "other"


def _dateline(text: str, gz: Gazetteer) -> str | None:
    """The state of a "WASHINGTON (Reuters) -" or "BENGHAZI, Libya (Reuters) -" dateline."""
    m = DATELINE.match(text[:200])
    if not m:
        return None
    if m.group(2) and m.group(2).strip() in gz.terms and gz.terms[m.group(2).strip()].key.startswith("state:"):
        return gz.terms[m.group(2).strip()].key
    for part in m.group(1).split("/"):
        city = part.strip().title()
        term = gz.terms.get(city)
        if term and term.key.startswith("state:"):
            return term.key
        seat_of = gz.cities.get(city)
        if term or seat_of:
            return seat_of
        # "MIAMI/WASHINGTON": a first city the gazetteer does not know gives way to the next one
    return None


def _gazetteer_mentions(doc: Doc, gz: Gazetteer, sent_of: list[int], text: str,
                        ents: tuple) -> tuple[list[Mention], list[tuple[Span, str]]]:
    """The gazetteer's states and organisations in the text, and the longer names that hold a shared gazetteer name
    ("Social Democrats"), each with the key of the name it holds."""
    toks = tokens_of(doc)
    ent_label = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    person_at = {i: e for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    surnames = frozenset(e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1)
    org_ents = {i: e for e in ents if e.label_ in ("ORG", "FAC", "WORK_OF_ART", "LAW") for i in range(e.start, e.end)}
    out, longer = [], []
    named = {i for s in doc.spans[GAZ_SPANS] for i in range(s.start, s.end)}
    pasted = "'" not in text and "\u2019" not in text
    credits = [m.span() for m in REPORTED_FROM.finditer(text)]
    for span in doc.spans[GAZ_SPANS]:
        term = gz.terms.get(span.text)
        if term is None:
            continue
        if term.key.startswith("state:"):
            # a demonym the model calls a person is mostly one ("a Tajik", "Slovak parties"): only names and seats
            if _skip_place(doc, span, ent_label, person_at if term.how in ("name", "seat") else None, surnames):
                continue
            if term.how == "seat" and span.end + 1 < len(doc) and toks[span.end].text == "-" and \
                    toks[span.end + 1].lower_ in SEAT_SITES:
                continue   # "a London-based analyst": where the analyst sits, not the government
            if term.how == "seat" and (_city_thing(span) or span.text in surnames):
                continue   # "the Tunis talks"; "Muscat has promised" after "Joseph Muscat"
            if term.how == "seat" and span.start > 0 and toks[span.start - 1].lower_ == "in" and any(
                    a <= span.start_char < b for a, b in credits):
                continue   # "reporting by Ana Ruiz in Oslo": where a reporter sat
        elif span.text in GENERIC_ALIASES or (term.how == "alias" and len(span.text) <= 3):
            ent = org_ents.get(span.start)
            if ent is not None and (ent.start < span.start or ent.end > span.end) and \
                    name_after_body(doc, ent, gz, set()) is None:
                continue   # "Commission" inside "UN Economic and Social Commission for Western Asia" (not "OAS Rosa Quispe")
        if not term.key.startswith("state:") and (name := longer_name(doc, span, ents, named, pasted)) is not None:
            longer.append((name, term.key))   # "Social Democrats", "African National Congress": the longest name
            continue
        out.append(_mention(term.key, span, sent_of, term.how))
    taken = {i for m in out for i in range(m.token_start, m.token_end)} | \
        {i for span, _ in longer for i in range(span.start, span.end)}   # "Free Democrats" is no glued "Democrat"
    # "U.S.-led", "U.S.-India": the tokenizer keeps these whole; their parts still name states, and a body's dotted
    # short name before a participle names the body ("U.N.-backed": the UN)
    for hit in HYPHENATED.finditer(text):
        tok_span = doc.char_span(hit.start(), hit.end())
        if tok_span is None or len(tok_span) != 1:
            continue
        tok = tok_span[0]
        if tok.i not in taken:
            pos = 0
            for part in tok.text.split("-"):
                term = gz.terms.get(part)
                if term is not None and (term.key.startswith("state:") or term.key.startswith("org:") and "." in part
                                         and tok.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS):
                    s = tok.idx + pos
                    out.append(Mention(key=term.key, start=s, end=s + len(part), token_start=tok.i,
                                       token_end=tok.i + 1, sent=sent_of[tok.i], text=part, how=term.how))
                pos += len(part) + 1
    # a pasted text that lost its apostrophes: "Syrias President", "Russias Deputy Ambassador", "the UNs envoy"
    if "'" not in text and "\u2019" not in text and "," not in text:
        for tok in toks:
            term = gz.terms.get(tok.text[:-1]) if tok.text.endswith("s") and tok.text not in GLUED_NOT else None
            if term is not None and tok.i not in taken and (tok.is_title or tok.text[:-1].isupper()) and \
                    term.how in ("name", "alias", "seat") and not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"):
                out.append(Mention(key=term.key, start=tok.idx, end=tok.idx + len(tok.text) - 1, token_start=tok.i,
                                   token_end=tok.i + 1, sent=sent_of[tok.i], text=tok.text[:-1], how=term.how))
    out.sort(key=lambda m: m.start)
    return out, longer


def _party_mentions(doc: Doc, mentions: list[Mention], sent_of: list[int],
                    ents: tuple) -> tuple[list[Mention], list[Mention]]:
    """(parties, civil bodies) named after a state, each of which also keeps its state mention. Parties: a name ending
    in a party's word (Party, Front, Movement, League) or followed by "party" ("UK Independence Party", "the Rwandan
    Patriotic Front", "the United Russia party"); civil bodies: a name of three words or more ending in a civil body's
    word ("the Bulgarian Orthodox Church"). Not a name that holds a gazetteer organisation ("Arab League")."""
    toks = tokens_of(doc)
    parties, civil = [], []
    starts = {m.token_start for m in mentions if m.key.startswith("state:")}
    known = {i for m in mentions if not m.key.startswith("state:") for i in range(m.token_start, m.token_end)}
    for ent in ents:
        owner = max((t.i + 1 for t in ent[1:-1] if t.text in ("'s", "\u2019s") and toks[t.i - 1].lower_
                     not in PEOPLE_WORDS), default=ent.start)
        span = doc[owner:ent.end]   # "Beijing's |Communist Party", "her |Puea Thai Party"
        while len(span) > 1 and (span[0].lower_ == "the" or span[0].tag_ == "PRP$"):
            span = span[1:]
        while len(span) > 1 and span[-1].text in ("'s", "\u2019s"):
            span = span[:-1]   # "his Rwandan Patriotic Front's grip"
        if ent.label_ != "ORG" or len(span) < 2 or not any(i in starts for i in range(span.start, span.end)) \
                or any(i in known for i in range(span.start, span.end)):
            continue
        if span[-1].text in ("Party", "party") or span[-1].text in PARTY_WORDS or \
                span.end < len(doc) and toks[span.end].text == "party":
            parties.append(_mention(f"org:{slug(span.text)}", span, sent_of, "name"))
        if len(span) >= 3 and span[-1].text in CIVIL_WORDS:
            civil.append(_mention(f"org:{slug(span.text)}", span, sent_of, "name"))
    return parties, civil


def _org_mentions(doc: Doc, taken: set[int], sent_of: list[int], person_tokens: set[int],
                  ents: tuple, states: set[str], text: str) -> list[tuple[Mention, str]]:
    """Organisations the model finds that the gazetteer does not know, with a guessed kind; not the dateline's
    city ("BEIRUT (Reuters)") nor a town of the article's states ("Idlib", "Homs")."""
    out = []
    head = DATELINE.match(text)
    for ent in ents:
        if ent.label_ in ("ORG", "PERSON"):
            ent = _owned_by_person(doc, ent, person_tokens)
        if ent.label_ != "ORG" or any(i in taken or i in person_tokens for i in range(ent.start, ent.end)):
            continue
        if head is not None and ent.end_char <= head.end() or \
                _org_kind(ent.text) == "other" and (town_of(ent.text, states) or _told_as_place(ent.text, text)):
            continue
        span = ent
        if span[0].lower_ == "the":
            span = span[1:]
        while len(span) > 1 and span[-1].pos_ in ("VERB", "AUX") and span[-1].is_lower:
            span = span[:-1]   # "the Rural Front criticised": the model ran the name into its verb
        if len(span) == 0 or not span.text[:1].isupper() or len(span.text) < 3 or any(c.isdigit() for c in span.text):
            continue
        name = re.sub(r"[\u2019']s$", "", span.text).strip()
        if name.lower() in NON_ACTOR_NAMES or len(span) == 1 and name.lower() in LONE_KIND_WORDS \
                or len(span) == 1 and not name.isupper() and name.lower() in text and re.search(
                r"\b" + re.escape(name.lower()) + r"\b", text):
            continue   # a disease, or a common noun the text also writes in lowercase ("Malaria" ... "malaria")
        unknown = _org_kind(name) == "other"
        if unknown and len(name.split()) <= 2 and name.lower().endswith("ism"):
            continue   # a creed or a cause fought, not who holds it: "the war on Marlovian Terrorism", "Judaism"
        if unknown and " " not in name and re.search(rf"\b{re.escape(name)} {FOLK_NOUNS}\b", text):
            continue   # a people or a faith the text writes before "Muslims", "refugees", "community": no body
        out.append((_mention(f"org:{slug(name)}", span, sent_of, "name"), name))
    return out


def _told_as_place(name: str, text: str) -> bool:
    """Whether the article calls a name the model took for an organisation a place: "the city of Marlo", "the
    Marlo suburbs", "the besieged Marlo area". Not a name followed by what is held or fought there ("an area of
    Marlo control", "the area of Marlo militants"), which is the group's."""
    name = re.sub(r"^the ", "", name, flags=re.I)
    n = re.escape(name)
    if " " in name and name.split()[0].lower() in COMPASS_WORDS:
        n = f"(?i:{n[0]}){n[1:]}"   # "the eastern Marlo suburbs" is the "Eastern Marlo" the model tagged
    elif not _placed_anywhere(name, text):
        return False   # spare compiling a pattern of the name: a third of the organisations' time
    return re.search(rf"\b{PLACE_NOUNS} of (?:the )?{n}\b(?! {HELD_NOUNS})|\b{n} {PLACE_NOUNS}\b", text) is not None


def _placed_anywhere(name: str, text: str) -> bool:
    """Whether the name stands anywhere as `_told_as_place` looks for it: after "of " or "of the ", or before a place
    noun (a loose test, true of every text the pattern matches)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if text.endswith(("of ", "of the "), 0, i) or text.startswith(" ", end) and PLACE_WORD.match(text, end + 1):
            return True
        i = text.find(name, i + 1)
    return False


def _unprefixed(doc: Doc, ents: tuple) -> tuple:
    """The model's organisations without a "pro-" / "anti-" name the model ran into them: "the pro-Kovac Supreme
    Court" is the Supreme Court, its prefix a stance on Kovac (read by `nominal.pro_prefix`); a bare "pro-EU" is
    no name of its own, and the gazetteer's name after the prefix stands alone."""
    toks = tokens_of(doc)
    # a name the gazetteer knows running on past the prefix's word is one name ("pro-Islamic State")
    named = {i for g in doc.spans.get(GAZ_SPANS, ()) if g.start < g.end - 1 for i in range(g.start + 1, g.end)}
    whole = {(g.start, g.end) for g in doc.spans.get(GAZ_SPANS, ())}
    out = []
    for ent in ents:
        cut = ent.start + 3
        if ent.label_ in ("ORG", "NORP", "GPE") and ent.end - ent.start >= 3 and toks[ent.start].lower_ in ("pro", "anti") \
                and toks[ent.start + 1].text == "-" and (ent.start + 2, ent.end) in whole:
            continue   # "pro-EU", "pro-Damascus": the model's one name is the prefix on a name the gazetteer holds
        if ent.label_ == "ORG" and cut < ent.end and toks[ent.start].lower_ in ("pro", "anti") \
                and toks[ent.start + 1].text == "-" and toks[ent.start + 2].is_title \
                and (toks[cut].is_title or toks[cut].is_upper) and cut not in named:
            ent = Span(doc, cut, ent.end, label="ORG")
        out.append(ent)
    return tuple(out)


def _owned_by_person(doc: Doc, ent: Span, person_tokens: set[int]) -> Span:
    """The model's organisation without a named person's possessive before it: "Merkel's CDU" is the CDU, as
    "Beijing's Communist Party" is the party; the name after it stays whole, and a name the owner's words do not
    all fill as a found person ("Women's League", "Doctors' Association") is left as the model tagged it. The model
    may tag the whole as a person ("Y's Zorb charity"): then only a body's noun after the name makes it one."""
    toks = tokens_of(doc)
    cut = next((t.i for t in reversed(ent[1:-1]) if t.text in ("'s", "\u2019s")), None)
    if cut is None or not all(i in person_tokens for i in range(ent.start, cut)) or not toks[cut + 1].text[:1].isupper() \
            or doc[cut + 1:ent.end].text in GENERIC_ALIASES:
        return ent
    nxt = toks[ent.end] if ent.end < len(doc) else None
    if nxt is not None and (nxt.text == "-" or nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ", "PROPN")
                            and nxt.lower_ not in OWNED_BODY_NOUNS):
        return ent   # "Trump's Democratic predecessor", "his South Asia strategy", "Trump's Mar-a-Lago": no body
    if ent.end - cut == 2 and toks[cut + 1].tag_ == "JJ":
        return ent   # "Y's Islamist charity": a word that describes the body, not its name
    if ent.label_ == "PERSON" and (nxt is None or nxt.lower_ not in OWNED_BODY_NOUNS):
        return ent   # the model's person: a body only when a body's noun follows ("Y's Zorb charity")
    return Span(doc, cut + 1, ent.end, label="ORG")


def _abbreviations(doc: Doc, gz: Gazetteer, mentions: list[Mention], entities: dict[str, Entity], taken: set[int],
                   person_tokens: set[int], sent_of: list[int]) -> None:
    """Names spelled out once with their abbreviation in brackets ("the Australian Medical Association (AMA)"): the
    name, and every later use of the abbreviation ("the AMA said"), are one organisation (the name's, when the
    longest-name rule made it one already: "Kurdish Democratic Party (KDP)")."""
    toks = tokens_of(doc)
    known = {i for m in mentions if m.key in gz.entities and m.key.startswith("org:")
             for i in range(m.token_start, m.token_end)}
    own = {i: m.key for m in mentions if m.key.startswith("org:") and m.key not in gz.entities
           for i in range(m.token_start, m.token_end)}
    placed = {i for m in mentions if m.key.startswith("state:") for i in range(m.token_start, m.token_end)}
    for span, abbr in abbreviated_names(doc, person_tokens | known, placed, gz.terms, _org_kind):
        keys = {own.get(i) for i in range(span.start, span.end) if toks[i].text not in gz.terms}
        key = keys.pop() if len(keys) == 1 and None not in keys else f"org:{slug(span.text)}"
        if key not in entities:
            mentions.append(_mention(key, span, sent_of, "name"))
            entities[key] = Entity(key=key, kind="org", name=span.text, aliases=(abbr,), org_kind=_org_kind(span.text))
        taken.update(range(span.start, span.end))
        for tok in toks:
            if tok.text == abbr and tok.i not in person_tokens and tok.i not in known and tok.i not in own:
                mentions.append(_mention(key, doc[tok.i:tok.i + 1], sent_of, "alias"))
                taken.add(tok.i)


def build_context(doc: Doc, article: Article) -> Context:
    """Entities, mentions, posts, dateline and main states of one parsed article."""
    toks = tokens_of(doc)
    gz = load_gazetteer()
    sentences, sent_of = _sentences(doc)
    # doc.text and doc.ents are rebuilt on every access: once per article, and the text as read when it is the doc's
    same = len(doc) and toks[-1].idx + len(toks[-1].text_with_ws) == len(article.text)
    text, ents = article.text if same else doc.text, _unprefixed(doc, doc.ents)
    mentions, longer = _gazetteer_mentions(doc, gz, sent_of, text, ents)
    parties, civil = _party_mentions(doc, mentions, sent_of, ents)
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    persons, person_mentions = find_persons(doc, gz, taken, sent_of, text, ents, article.source)
    person_tokens = {i for m in person_mentions for i in range(m.token_start, m.token_end)}
    entities: dict[str, Entity] = {}
    forms: dict[str, list[str]] = {}
    for m in mentions:
        forms.setdefault(m.key, []).append(m.text)
    for key, fs in forms.items():
        info = gz.entities[key]
        entities[key] = Entity(key=key, kind=info["kind"], name=info["name"],
                               aliases=tuple(sorted(set(fs) - {info["name"]})), org_kind=info.get("org_kind"),
                               wikidata=info.get("wikidata"))
    dateline = _dateline(article.text, gz)
    states = {m.key[6:] for m in mentions if m.key.startswith("state:")} | {(dateline or "")[6:]}
    bodies = [(span, longer_kind(_org_kind(span.text), gz.entities[shared].get("org_kind"))) for span, shared in longer]
    bodies += [(span, "armed_group") for span in arabic_groups(doc, ents, taken | person_tokens)]
    bodies += [(span, "party") for span in party_families(doc, taken | person_tokens)]
    bodies += [(span, "party") for span in named_parties(doc, ents, taken | person_tokens)]
    bodies += [(span, "government_body") for span in regional_governments(doc, gz.terms, taken | person_tokens, states)]
    for span, kind in bodies:
        if len(span) and not any(i in person_tokens for i in range(span.start, span.end)):
            m = _mention(f"org:{slug(span.text)}", span, sent_of, "name")
            mentions.append(m)
            taken.update(range(span.start, span.end))   # the model's entity of that name is read here
            entities.setdefault(m.key, Entity(key=m.key, kind="org", name=span.text, org_kind=kind))
    _abbreviations(doc, gz, mentions, entities, taken, person_tokens, sent_of)
    for m, name in _org_mentions(doc, taken, sent_of, person_tokens, ents, states, text):
        mentions.append(m)
        if m.key not in entities:
            entities[m.key] = Entity(key=m.key, kind="org", name=name, org_kind=_org_kind(name))
    for m in parties:
        kind = _org_kind(m.text)
        entities[m.key] = Entity(key=m.key, kind="org", name=m.text,
                                 org_kind=kind if kind in ("party", "armed_group") else "party")
    for m in civil:
        entities[m.key] = Entity(key=m.key, kind="org", name=m.text, org_kind="other")
    parties += civil   # an actor of its own, as a party is: the church a demonym opens speaks, not its state
    _armed_by_words(doc, gz, mentions, entities)
    for p in persons:
        entities[p.key] = Entity(key=p.key, kind="person", name=p.name, aliases=p.aliases)
    mentions.extend(person_mentions)
    mentions.extend(parties)   # an actor of its own: "criticized the Rwandan Patriotic Front" is not Rwanda
    mentions.sort(key=lambda m: (m.start, m.end))
    if dateline and not any(m.key == dateline for m in mentions):
        dateline = None   # "CAIRO (Reuters)" over an Arab League story: the city, not the state
    # a party named after a state stands before the state for the titles it modifies
    mentions_for_titles = [m for m in mentions if m in parties or not any(
        p.token_start <= m.token_start < p.token_end for p in parties)]
    main_states = _main_states(mentions, dateline, lede_index(text, sentences))
    home = OUTLET_STATES.get(article.source or "")
    holdings = find_holdings(doc, gz, mentions_for_titles, entities, sentences, sent_of, dateline, main_states, text,
                             f"state:{home}" if home else None,
                             int(article.date[:4]) if article.date and article.date[:4].isdigit() else None)
    state_of: dict[str, str] = {}
    for h in holdings:
        if h.jurisdiction and h.jurisdiction.startswith("state:"):
            state_of.setdefault(h.person, h.jurisdiction)
    return Context(article=article, doc=doc, entities=entities, mentions=tuple(mentions), holdings=tuple(holdings),
                   state_of=state_of, main_states=main_states, sentences=tuple(sentences), dateline=dateline)


def _armed_by_words(doc: Doc, gz: Gazetteer, mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """An organisation the gazetteer does not know, of no kind or a party's, whose name the next words call a fighting
    group ("the Toro rebels", "X, the largest rebel faction of the east,") is an armed group."""
    for m in mentions:
        ent = entities.get(m.key)
        if ent is None or ent.kind != "org" or m.key in gz.entities or ent.org_kind not in ("other", "party"):
            continue
        if fights_by_words(doc, doc[m.token_start:m.token_end]):
            entities[m.key] = dataclasses.replace(ent, org_kind="armed_group")


def _main_states(mentions: list[Mention], dateline: str | None, lede: int = 0) -> tuple[str, ...]:
    """States by salience: how often mentioned, the dateline and the lede (with the dateline before it) counting
    extra."""
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        if m.key.startswith("state:"):
            score[m.key] += 2 if m.sent <= lede else 1
            first.setdefault(m.key, m.start)
    if dateline:
        score[dateline] += 2
        first.setdefault(dateline, 0)
    return tuple(sorted(score, key=lambda k: (-score[k], first[k])))


def extract(doc: Doc, article: Article, model: str = "") -> Extraction:
    """Everything extracted from one article: entities, posts, relations, memberships and meetings."""
    ctx = build_context(doc, article)
    relations = tuple(extract_relations(ctx))
    memberships = tuple(extract_memberships(ctx))
    meetings = tuple(extract_meetings(ctx))
    meetings += extract_gatherings(ctx, meetings)   # gatherings of unnamed others: the person and the body
    # a seat named only as a place ("a conference in Rome") is no state of the article, unless a post, a relation or
    # a meeting (a visit's host) reads it
    used = {m.key for m in ctx.mentions
            if not (m.how == "seat" and _seat_as_place(doc, doc[m.token_start:m.token_end]))}
    used |= {h.jurisdiction for h in ctx.holdings if h.jurisdiction}
    for r in relations:
        used.update((r.source, r.target))
    for mt in meetings:
        used.update(mt.participants)
    entities = tuple(e for k, e in sorted(ctx.entities.items()) if k in used)
    return Extraction(article=article, entities=entities, holdings=ctx.holdings, relations=relations,
                      meetings=meetings, memberships=memberships, model=model, extractor=EXTRACTOR)
