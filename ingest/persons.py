"""Finding the names of persons in a parsed article, on top of the small model's PERSON entities.

The model misses or mislabels names in ways that repeat: it stops at particles ("Ursula von"),
splits Arabic names ("Zeid Ra" + "al-Hussein"), tags businessmen as organisations ("Viktor
Pinchuk") and places or papers as persons ("Kirkuk", "the Hurriyet newspaper"). Each rule here
mends one of those with evidence from the same article; `resolve.cluster_names` then joins forms.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from .context import Mention
from .reference import cities_named
from .nlp import TITLE_SPANS
from .gazetteer import TITLES
from .resolve import HONORIFICS, cluster_names

# capitalised words the small model sometimes takes for names
NOT_NAMES = frozenset("""Brexit God Allah Islam Christmas Ramadan Eid Twitter Facebook Reuters Kremlin Congress
Parliament Senate Monday Tuesday Wednesday Thursday Friday Saturday Sunday Salafi Jihadi Jihad Kurd Kurds Basque
Basques Alawite Alawites Sunni Sunnis Shia Shiite Shiites Christian Christians Muslim Muslims Jew Jews Druze Yazidi
Yazidis Welsh Scots Kashmiri Kashmiris Rohingya Uighur Uighurs Pashtun Observatory""".split())
# words that are names only when the model says so ("Theresa May"), never found by the surname scan
CALENDAR = frozenset("January February March April May June July August September October November December".split())
NAME_PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "van", "von",
                            "der", "le", "la", "du", "dos", "-", "ben", "ad", "ar", "as", "ash", "bu"})
# lowercase particles inside a person's name that organisations' names do not have
LINKING_PARTICLES = frozenset({"de", "van", "von", "bin", "ibn", "da", "di"})
# kin nouns: "his wife Melania" names a person whatever the model says
KIN = frozenset("wife husband son daughter brother sister father mother widow nephew niece cousin".split())
# nouns that say the name beside them is a thing, not a person ("the Hurriyet newspaper", "firm Fortuna")
THING_NOUNS = frozenset("""newspaper daily paper agency broadcaster channel magazine website network firm company group
party movement militia communities community city town village province region district airline bank station
plan project initiative programme program river mountain camp""".split())
# nouns that say an appositive names a person ("Rinat Akhmetov, the country's richest man")
PERSON_NOUNS = frozenset("""man woman son daughter son-in-law wife husband father mother brother sister widow
businessman businesswoman tycoon billionaire oligarch founder cleric activist journalist professor student lawyer
analyst candidate leader spokesman spokeswoman commander worker resident volunteer medic doctor nurse fighter
photographer witness researcher expert""".split())
ORG_WORDS = frozenset("""Organization Organisation Foundation Tower Towers Group Party Institute University College
Corporation Company Bank Fund Council Committee Ministry Department Agency Times Post News Network Airlines Staff
Command Assembly Headquarters Court Office Observatory""".split())
PLACE_PREPS = frozenset({"in", "near", "outside", "around", "into", "across"})
# words that never stand in a person's name: site furniture, platforms, agencies, company suffixes
NON_NAME_WORDS = frozenset("""Subscribe Youtube YouTube Twitter Facebook Instagram WhatsApp Telegram Google Photo
Tags Related Category Sputnik Xinhua Tass TASS Interfax AFP Anadolu Reuters Inc Corp Ltd LLC PLC plc""".split())
# capitalised heads that make a name a place or a building ("Tarif Bridge", "Sayeda Zeinab Shrine")
PLACE_HEADS = frozenset("""Bridge Shrine Mosque Square Street Airport Airbase Dam Camp River Valley Road Highway
Palace Church Mountain Mountains Hospital Stadium Tower Towers Base Port Province District Village Airfield
Airstrip TV Radio State Governorate Region Island Islands""".split())
# lowercase nouns after a name that say it is a place, a vehicle or a company ("Sayeda Zeinab shrine",
# "the Admiral Kuznetsov aircraft carrier"); before it: "paint maker Akzo Nobel", "suburb of Sayeda Zeinab"
PLACE_AFTER = frozenset("""shrine mosque neighbourhood neighborhood countryside district districts suburb suburbs
province village town city bridge airbase airport carrier warship destroyer frigate submarine aircraft vessel
tanker crossing checkpoint""".split())
COMPANY_BEFORE = frozenset("""maker carmaker automaker retailer manufacturer supplier lender insurer
operator conglomerate firm company""".split())
PLACE_OF = frozenset("""suburb suburbs outskirts town city village area neighbourhood neighborhood district
province countryside region""".split())
PLACE_NOUNS = frozenset("""town village city district neighbourhood neighborhood area suburb province region
locality countryside""".split())
# verbs whose objects are places, not persons ("advancing on Salahuddin and Bureij")
PLACE_VERBS = frozenset("advance besiege shell storm enter liberate recapture retake evacuate encircle".split())
# party and camp words that stand before a name without being part of it ("Conservative Graham Brady")
PARTY_WORDS = frozenset("""Conservative Conservatives Tory Republican Democrat Democratic Labour Liberal Socialist
Communist Green Greens Independent Nationalist Unionist Loyalist Islamist Sunni Shiite Shia Kurdish""".split())
# role words written before names that are in no title table
ROLE_WORDS = frozenset("""judge professor prof comrade baron baroness lady lord dame imam mufti ayatollah
rabbi pastor father archbishop cardinal doctor activist analyst dissident prosecutor investigator officer agent
reporter correspondent editor author writer economist strategist researcher scholar expert colonel sergeant
captain veteran coach""".split())
# first words of Arabic names of armed groups ("Jaysh al-Islam", "Ahrar al-Sham") and of places ("Tal Abyad",
# "Kafr Nabudah", "Khan Sheikhoun", "Deir Hafer"): the name is not a person's
ARABIC_HEADS = frozenset("""Jaish Jaysh Jeish Jaishul Jabhat Jabha Jund Ahrar Faylaq Failaq Filaq Liwa Harakat Harakat
Kataib Katibat Hayat Hayaat Saraya Ansar Tal Tel Tell Jabal Jebel Jabel Kafr Kfar Ain Ein Deir Maarat Maaret
Maarrat Marat Qasr Jisr Wadi Sahl Ras Khirbet Kherbat Khirbat Mazraat Daret Souq Bab Khan""".split())
# state names that are also given names: never cut from a person's name
NAME_STATES = frozenset({"Jordan", "Georgia", "Chad", "India", "Israel", "Kenya", "Santa Lucia"})
BYLINE = re.compile(r"(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?|[Pp]hotograph) by\b"
                    r"|\b(?:AP|AFP|REUTERS|Reuters|Getty|EPA) Photo\b|\bREUTERS/")
CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")   # "MoD", "PriceU.S.", not "McCain"


def _trim(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """A name's token range without titles before it, possessives or punctuation after it, or gazetteer words."""
    while start < end and (doc[start].lower_.rstrip(".") in HONORIFICS or doc[start].lower_ in HONORIFICS
                           or not doc[start].text[:1].isupper() or start in taken):
        start += 1
    while end - start >= 2 and doc[start + 1].pos_ == "PROPN" and (
            doc[start].lower_ in ROLE_WORDS or (end - start >= 3 and doc[start].pos_ in ("NOUN", "VERB"))):
        start += 1   # "Lawyer Celal Celik", "Economist Jens Ulbrich", "Accepting Xi Jinping" at a sentence start
    for j in range(start, end):
        if doc[j].text in ("'s", "\u2019s"):
            end = j   # "Christian Kern's Social Democrats": the name stops at its possessive
            break
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019", ".", ",", "-")
                           or doc[end - 1].lower_ in NAME_PARTICLES or end - 1 in taken
                           or (doc[end - 1].is_lower and doc[end - 1].is_alpha and end - start >= 2
                               and doc[end - 2].whitespace_ and doc[end - 1].lower_ not in ("jr", "sr"))):
        end -= 1   # "Odinga supporter", "Ding Ning - chairman": the model ran on past the name
    if start >= end or any(c.isdigit() for c in doc[start:end].text) or doc[start:end].text in NOT_NAMES:
        return None
    if doc[start].text in ARABIC_HEADS and (end - start >= 2 or doc[start].text != "Khan"):
        return None
    if end - start >= 2 and all(t.is_upper for t in doc[start:end]) and (start == 0 or doc[end].text == "("):
        return None   # "BUENOS AIRES (Reuters)": a dateline, not a name
    for t in doc[start:end]:
        if t.text in NON_NAME_WORDS or (t.text.endswith("ism") and t.is_title) or CAMEL.search(t.text):
            return None   # "Subscribe TRT World", "Judaism", "Russian MoD", "PriceU.S."
    last = doc[end - 1].text
    if last in PLACE_HEADS or last in ORG_WORDS or (last.endswith("s") and last[:-1] in ORG_WORDS):
        return None       # "Tarif Bridge", "Peoples Council"
    return start, end


def _extend(doc: Doc, start: int, end: int, ents_at: dict) -> int:
    """Carry a name over particles and a split-off tail: "Ursula von| der Leyen", "Zeid Ra| ad al-Hussein"."""
    j = end
    while j < len(doc) and j - end < 4 and doc[j].lower_ in NAME_PARTICLES and (doc[j].text != "-" or j > end):
        j += 1
    if j > end and j < len(doc) and (doc[j].is_title or doc[j].text[:3] in ("al-", "el-")):
        nxt = ents_at.get(j)
        if nxt is not None and nxt.label_ == "PERSON":
            return nxt.end
        return j + 1
    nxt = ents_at.get(end)
    if nxt is not None and nxt.label_ == "PERSON" and nxt.start == end and doc[end].text[:3] in ("al-", "el-"):
        return nxt.end
    return end


def _after_title(doc: Doc, title, taken: set[int], person_tok: set[int], ents_at: dict) -> tuple[int, int] | None:
    """The name written right after a title that the model did not tag ("President Bashar al-Assad")."""
    i = title.end
    if i < len(doc) and doc[i].lower_ in ("on", "for") and i + 1 < len(doc) and i + 1 in taken:
        i += 1   # "U.N. special envoy on Syria Staffan de Mistura"
        while i < len(doc) and i in taken:
            i += 1
    if i >= len(doc) or i in taken or i in person_tok or not doc[i].is_title or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    ent = ents_at.get(i)
    if ent is not None and title.start <= ent.start < title.end and ent.label_ != "PERSON":
        return None   # "General Motors": the title word is part of another name
    if doc[i].text in ORG_WORDS or (doc[i].text.endswith("s") and doc[i].text[:-1] in ORG_WORDS):
        return None   # "Justice Department", "General Assemblys" (a possessive written without its apostrophe)
    end = i
    while end < len(doc) and end - i < 4 and end not in taken and (
            (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN")) or doc[end].lower_ in NAME_PARTICLES):
        end += 1
    return _trim(doc, i, end, taken)


def _looks_like_person(doc: Doc, ent, given: set[str], family: set[str]) -> bool:
    """Whether an ORG entity is a person's name the model mislabelled ("Viktor Pinchuk")."""
    toks = list(ent)
    if len(toks) == 3 and toks[1].text in LINKING_PARTICLES and toks[0].is_title and toks[2].is_title and \
            not any(t.text in ORG_WORDS for t in toks):
        return True   # "Staffan de Mistura", "Ursula von Leyen": a lowercase particle between two names
    if not 2 <= len(toks) <= 3 or not all(t.is_title and t.is_alpha for t in toks):
        return False
    if any(t.text in ORG_WORDS for t in toks):
        return False
    if toks[0].text in given or toks[-1].text in family or toks[0].text in family:
        return True
    j = ent.end
    if j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("a", "an")):
        # "Rinat Akhmetov, the country's richest man"; pasted texts drop the comma: "Bebars Mishal a civil worker"
        for t in doc[j + 1:j + 7] if doc[j].text == "," else doc[j:j + 6]:
            if t.text in (",", ".", ";"):
                break
            if t.lower_ in PERSON_NOUNS:
                return True
    return False


def _title_word(tok) -> bool:
    """Whether a capitalised word before a name is a title or a role ("Speaker", "Senators", "Professor")."""
    low = tok.lower_
    return any(w in HONORIFICS or w in TITLES or w in PERSON_NOUNS or w in ROLE_WORDS
               for w in (low, low[:-1] if low.endswith("s") else low))


def _first_conjunct(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _place_object(tok) -> bool:
    """Whether a token is the object of a verb of movement on places ("advancing on Salahuddin and Bureij")."""
    tok = _first_conjunct(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if tok.dep_ in ("pobj", "dobj") and head.pos_ == "VERB" and head.lemma_ in PLACE_VERBS:
        return True
    # "towns in the countryside including X", "districts struck included X and Y"
    if tok.dep_ == "pobj" and tok.head.lower_ == "including":
        return tok.head.head.lemma_ in PLACE_NOUNS
    if tok.dep_ == "dobj" and head.lemma_ == "include":
        return any(c.dep_ == "nsubj" and c.lemma_ in PLACE_NOUNS for c in head.children)
    return False


def _place_context(doc: Doc, s: int, e: int) -> bool:
    """Whether a name's surroundings make it a place, a vehicle or a company."""
    nxt = doc[e] if e < len(doc) else None
    j = s - 1
    while j >= 0 and (doc[j].lower_ in NAME_PARTICLES or doc[j].text == "-"):
        j -= 1   # "in al-Inzarat", "area of al Houla"
    prev = doc[j] if j >= 0 else None
    if nxt is not None and nxt.lower_ in PLACE_AFTER and nxt.text.islower():
        return True
    if prev is not None and prev.lower_ in COMPANY_BEFORE:
        return True
    return prev is not None and prev.lower_ == "of" and j > 0 and doc[j - 1].lower_ in PLACE_OF


def _thing(doc: Doc, spans: list[tuple[int, int]], label_votes: Counter) -> bool:
    """Whether every occurrence of a one-word name reads as a place or a thing."""
    text = doc[spans[0][0]:spans[0][1]].text
    if label_votes[(text, "place")] > label_votes[(text, "PERSON")]:
        return True
    for s, e in spans:
        j = s - 1
        while j >= 0 and (doc[j].lower_ in NAME_PARTICLES or doc[j].text == "-"):
            j -= 1
        prev = doc[j] if j >= 0 else None
        nxt = doc[e] if e < len(doc) else None
        if prev is not None and (prev.lower_ in PLACE_PREPS or prev.lower_ in THING_NOUNS):
            return True
        if prev is not None and prev.text == "," and j > 0 and doc[j - 1].lower_ in COMPANY_BEFORE:
            return True   # "Spain's biggest food retailer, Mercadona"
        if nxt is not None and nxt.lower_ in THING_NOUNS:
            return True
        if nxt is not None and nxt.text == "(" and any(t.lower_ in THING_NOUNS for t in doc[e + 1:e + 6]):
            return True   # "Jubilee (the ruling party)"
        if prev is not None and prev.lower_ == "the" and (nxt is None or nxt.pos_ != "NOUN"):
            return True   # "the Yazidis", but "the Obama administration"
        if _place_context(doc, s, e) or _place_object(doc[s]):
            return True
    return False


def _article_first(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is the Arabic article and one word: "Al-Manar", "al-Bab" (not "Al Gore")."""
    t = doc[s].text.lower()
    return (t in ("al-", "el-") or t.startswith(("al-", "el-"))) and e - s == 1 or \
        (t in ("al", "el") and e - s == 3 and doc[s + 1].text == "-")


def _common_word(doc: Doc, spans: list[tuple[int, int]], lower: set[str]) -> bool:
    """Whether a one-word name is a word the text also writes in lower case ("Deadly", "Turnout") or an acronym
    of four letters or more ("SABA", "GERB"), with no title before it anywhere."""
    word = doc[spans[0][0]].text
    if any(_titled(doc, s) for s, e in spans):
        return False
    return word.lower() in lower or (word.isupper() and len(word) >= 4)


def _titled(doc: Doc, s: int) -> bool:
    """Whether a title or honorific stands right before a name ("President al-Sisi")."""
    return s > 0 and (doc[s - 1].lower_.rstrip(".") in HONORIFICS or doc[s - 1].lower_ in TITLES)


def _after_article(doc: Doc, s: int) -> bool:
    """Whether a name follows the Arabic article of a place name ("al-Bu Kamal", "al Houla")."""
    return (s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("al", "el")) or \
        (s >= 1 and doc[s - 1].lower_ in ("al", "el", "al-", "el-"))


def _credit_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of reporters' and photographers' credits ("Reporting by ...; Editing by ...")."""
    zones = []
    for m in BYLINE.finditer(text):
        stop = min((i for i in (text.find(";", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        zones.append((m.start(), min(stop, m.end() + 80)))
    return zones


def _byline(doc: Doc, spans: list[tuple[int, int]], zones: list[tuple[int, int]]) -> bool:
    """Whether every mention is a reporter's or photographer's credit, not a person of the story."""
    for s, e in spans:
        if any(a <= doc[s].idx < b for a, b in zones):
            continue
        if s == 0:
            sent = doc[s].sent
            if all(t.is_punct for t in doc[e:sent.end]):
                continue   # a name alone on the first line: the byline of a pasted story
        return False
    return True


def _demonym(doc: Doc, i: int, gz) -> bool:
    """A demonym ending a model name ("Konashenkov Russian"), not a nisba after the article ("al-Iraqi")."""
    term = gz.terms.get(doc[i].text)
    return term is not None and term.how == "demonym" and doc[i - 1].text != "-" and \
        doc[i - 1].lower_ not in NAME_PARTICLES


def _strip_states(doc: Doc, s: int, e: int, gz, glued: bool) -> tuple[int, int]:
    """A model name without the state names stuck to its ends ("Russia Homs", "Sayeda Zeinab Syria").

    With `glued` (a text written without apostrophes) "Syrias" is read as the possessive of Syria."""
    def state(t) -> bool:
        for form in (t.text, t.text[:-1] if glued and t.text.endswith("s") else None):
            term = gz.terms.get(form) if form else None
            if term is not None and term.key.startswith("state:") and term.how in ("name", "alias") and \
                    form not in NAME_STATES:
                return True
        return False
    while e - s >= 3 and doc[e - 2:e].text in gz.terms and gz.terms[doc[e - 2:e].text].key.startswith("state:"):
        e -= 2   # "Obama White House"
    while e - s >= 2 and (state(doc[e - 1]) or _demonym(doc, e - 1, gz)):
        e -= 1
    while e - s >= 2 and state(doc[s]):
        s += 1
    return s, e


def _unglue(doc: Doc, forms: list[str], ranges: list[tuple[int, int]], gz) -> tuple[list[str], list[tuple[int, int]]]:
    """In a text written without apostrophes, "Bashar Assads" is the possessive of "Bashar Assad" and
    "Turkeys" of Turkey: the first joins its name, the second is no person."""
    def possessive(f: str, r: tuple[int, int], known: set[str], short: set[str]) -> bool:
        nxt = doc[r[1]] if r[1] < len(doc) else None
        return f[:-1] in known or f[:-1].split()[-1] in short - {f} or (
            r[1] - r[0] >= 2 and nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and nxt.is_lower)

    forms = list(forms)
    # full names first ("Donald Trumps administration"), then the surnames they give ("Trumps")
    for multi in (True, False):
        known = set(forms)
        short = {f.split()[-1] for f in forms}
        for i, (f, r) in enumerate(zip(forms, ranges)):
            if f.endswith("s") and (r[1] - r[0] >= 2) == multi and possessive(f, r, known, short):
                forms[i] = f[:-1]
    keep = [i for i, (f, r) in enumerate(zip(forms, ranges)) if not (
        f.endswith("s") and r[1] - r[0] == 1 and (f[:-1] in gz.terms or cities_named(f[:-1])))]
    return [forms[i] for i in keep], [ranges[i] for i in keep]


def _quoted(doc: Doc, s: int, e: int) -> bool:
    return s > 0 and e < len(doc) and doc[s - 1].text in ("\u201c", '"', "\u2018") and \
        doc[e].text in ("\u201d", '"', "\u2019")


def find_persons(doc: Doc, gz, taken: set[int], sent_of: list[int], text: str | None = None, ents: tuple | None = None):
    """The persons of an article and their mentions, name forms joined within the article."""
    text = doc.text if text is None else text
    ents = doc.ents if ents is None else ents
    ents_at = {i: e for e in ents for i in range(e.start, e.end)}
    ranges: list[tuple[int, int]] = []
    glued = "'" not in text and "\u2019" not in text
    person_ents = [e for e in ents if e.label_ == "PERSON"]
    for ent in person_ents:
        if ranges and ent.start < ranges[-1][1]:
            continue   # already taken into the name before ("Zeid Ra" + "al-Hussein")
        start = ent.start
        prv = doc[start - 1] if start > 0 else None
        if prv is not None and prv.pos_ == "PROPN" and prv.is_title and prv.ent_iob_ == "O" and \
                prv.dep_ == "compound" and ent.start <= prv.head.i < ent.end and prv.i not in taken and \
                not _title_word(prv) and prv.text not in PARTY_WORDS and prv.text not in gz.terms and \
                prv.i > 0 and doc[prv.i - 1].pos_ in ("PUNCT", "VERB"):
            start -= 1   # "Santo| Domic Chol": a first name the model left out
        r = _trim(doc, start, _extend(doc, ent.start, ent.end, ents_at), taken)
        if r:
            r = _strip_states(doc, *r, gz, glued)
        if r and doc[r[0]:r[1]].text not in gz.terms:
            ranges.append(r)
    given = {doc[s].text for s, e in ranges if e - s >= 2}
    family = {doc[e - 1].text for s, e in ranges}
    for ent in ents:
        if ent.label_ == "ORG" and not any(i in taken for i in range(ent.start, ent.end)) and \
                _looks_like_person(doc, ent, given, family):
            ranges.append((ent.start, ent.end))
    person_tok = {i for s, e in ranges for i in range(s, e)}
    for title in doc.spans[TITLE_SPANS]:
        r = _after_title(doc, title, taken, person_tok, ents_at)
        if r and doc[r[0]:r[1]].text not in gz.terms:
            ranges.append(r)
            person_tok.update(range(*r))
    sure = set()
    for tok in doc:
        if tok.lower_ in KIN and tok.i > 0 and doc[tok.i - 1].lower_ in ("his", "her", "their") and \
                tok.i + 1 < len(doc) and tok.i + 1 not in person_tok and tok.i + 1 not in taken:
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" and \
                    end not in taken and end not in person_tok:
                end += 1
            r = _trim(doc, tok.i + 1, end, taken) if end > tok.i + 1 else None
            if r:
                ranges.append(r)
                person_tok.update(range(*r))
                sure.add(r[0])   # "his wife Melania"
    # single-word forms ("Assad", "Hatami") the model tagged otherwise or not at all
    known = {doc[s:e].text for s, e in ranges}
    short = {f.split()[-1] for f in known} | {f.split()[0] for f in known if len(f.split()) > 1}
    short -= set(gz.terms) | NOT_NAMES | CALENDAR
    if short:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(short, key=len, reverse=True)) + r")\b")
        for hit in pattern.finditer(text):
            span = doc.char_span(hit.start(), hit.end())
            if span is None or len(span) != 1:
                continue
            tok = span[0]
            if tok.i not in person_tok and tok.i not in taken and tok.is_title:
                ranges.append((tok.i, tok.i + 1))
                person_tok.add(tok.i)
    ranges.sort()
    votes: Counter = Counter()
    for e in ents:
        votes[(e.text, "PERSON" if e.label_ == "PERSON" else "place" if e.label_ in ("GPE", "LOC", "FAC") else "")] += 1
    forms = [doc[s:e].text for s, e in ranges]
    if glued:
        forms, ranges = _unglue(doc, forms, ranges, gz)
    persons, mentions = [], []
    zones = _credit_zones(text)
    lower = {t.text for t in doc if t.is_lower}
    for person, idx in cluster_names(forms):
        spans = [ranges[i] for i in idx]
        if all(_quoted(doc, s, e) for s, e in spans):
            continue   # the title of a show or a book: MSNBC's "Andrea Mitchell Reports"
        if all(e - s == 1 for s, e in spans) and not any(s in sure for s, e in spans) and (
                _thing(doc, spans, votes) or cities_named(person.name) or _common_word(doc, spans, lower)):
            continue   # "Kirkuk", "the Hurriyet newspaper", "Qazvin"
        if all(_article_first(doc, s, e) and not _titled(doc, s) for s, e in spans):
            continue   # "Al-Manar", "Al-Bab": the Arabic article alone in a name with no title is a place or a body
        full = [(s, e) for s, e in spans if e - s > 1] or spans
        if all(_after_article(doc, s) for s, e in full):
            continue   # "al-Bu Kamal", "al-Inzarat": a place with the Arabic article
        if any(_place_context(doc, s, e) or _place_object(doc[s:e].root) for s, e in full):
            continue   # "Sayeda Zeinab shrine", "paint maker Akzo Nobel"
        if _byline(doc, spans, zones):
            continue   # "Reporting by Mark Felsenthal; Editing by Vicki Allen"
        persons.append(person)
        for s, e in spans:
            span = doc[s:e]
            mentions.append(Mention(key=person.key, start=span.start_char, end=span.end_char, token_start=s,
                                    token_end=e, sent=sent_of[s], text=span.text,
                                    how="name" if span.text == person.name else "surname"))
    return persons, mentions
