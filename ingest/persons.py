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

from .context import Mention, tokens_of
from .reference import cities_named
from .nlp import GAZ_SPANS, TITLE_SPANS
from .officials import known_state
from .gazetteer import TITLES
from .nonpersons import (ARABIC_ARTICLE, NAME_PARTICLES, PLACE_NOUNS, PLACE_PREPS, SLOT_PREPS, THING_NOUNS,
                         after_article, article_first, byline, common_word, credit_zones, english_word, first_conjunct,
                         facility, governed, media_named, opens_sentence, outlet, place_context, place_object, place_slot,
                         posted, quoted, speaks, strip_states, tagged_place_elsewhere, thing, titled, town_of, unglue)
from .resolve import HONORIFICS, cluster_names

# capitalised words the small model sometimes takes for names
# ethnic and religious words, which also end names the model runs on ("Rakhine Buddhist")
FAITHS = frozenset("""Salafi Jihadi Jihad Kurd Kurds Basque Basques Alawite Alawites Sunni Sunnis Shia Shiite Shiites
Christian Christians Muslim Muslims Jew Jews Druze Yazidi Yazidis Welsh Scots Kashmiri Kashmiris Rohingya Uighur
Uighurs Pashtun Buddhist Buddhists Hindu Hindus Catholic Catholics Protestant Protestants""".split())
# courtesy titles: "Mr X", "Mrs X" address whoever they name (a head of state too), so a post does not decide who
COURTESY = frozenset("mr mrs ms miss madame monsieur madam".split())
SURNAMES = frozenset({"Christian", "Welsh", "Kurd"})   # "Louise Christian": also family names
# demonyms of states that no longer exist and peoples with no state of their own, which no state table lists: "the
# ex-Yugoslav republic", "Omar the Chechen"; and the words of armed services and agencies written alone ("a Marine
# commander", "Border agents")
PEOPLES = frozenset("""Soviet Soviets Yugoslav Yugoslavs Ottoman Ottomans Czechoslovak Prussian Byzantine Rhodesian
Chechen Chechens Tamil Tamils Hazara Hazaras Tuareg Berber Berbers""".split())
SERVICE_WORDS = frozenset("Marine Marines Navy Border Customs Coastguard".split())
NOT_NAMES = frozenset("""Brexit God Allah Islam Christmas Ramadan Eid Twitter Facebook Reuters Kremlin Congress
Parliament Senate Monday Tuesday Wednesday Thursday Friday Saturday Sunday Observatory
Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Son""".split()) | FAITHS | PEOPLES | SERVICE_WORDS
# "Sun, Dec. 17 - May attends ...": a day written short before a date in a diary of events
DIARY_DATE = re.compile(r"\s*,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d")
# function words that open no name ("Without Borders", "Amid Clashes"); not "Will" (Tanner), "Than" (Zaw Aung)
HEADLINE_WORDS = frozenset("""without with across amid against after before from into over under despite near
during toward towards the""".split())
# words that are names only when the model says so ("Theresa May"), never found by the surname scan
CALENDAR = frozenset("January February March April May June July August September October November December".split())
# lowercase particles inside a person's name that organisations' names do not have
LINKING_PARTICLES = frozenset({"de", "van", "von", "bin", "ibn", "da", "di"})
# kin nouns: "his wife Melania" names a person whatever the model says
KIN = frozenset("wife husband son daughter brother sister father mother widow nephew niece cousin".split())
# nouns that say an appositive names a person ("Rinat Akhmetov, the country's richest man")
PERSON_NOUNS = frozenset("""man woman son daughter son-in-law wife husband father mother brother sister widow
businessman businesswoman tycoon billionaire oligarch founder cleric activist journalist professor student lawyer
analyst candidate leader spokesman spokeswoman commander worker resident volunteer medic doctor nurse fighter
photographer witness researcher expert academic driver pilot farmer teacher engineer guard bodyguard soldier policeman
policewoman poet novelist artist singer musician actor actress blogger priest monk nun surgeon politician diplomat
entrepreneur banker investor filmmaker translator interpreter cameraman photojournalist lecturer scientist
physician""".split())
# last words of the names of bodies, programmes and documents ("Development Programme", "Media Team")
BODY_HEADS = frozenset("""association programme program convention heritage team union alliance federation society
centre center initiative project campaign fund conference agreement treaty commission mission network service
services unit units group""".split())
# nouns for a person of the other side, whose apposition is a person's name
COUNTERPARTS = frozenset({"counterpart", "host", "guest", "successor", "predecessor", "rival", "opponent"})
ORG_WORDS = frozenset("""Organization Organisation Foundation Tower Towers Group Party Institute University College
Corporation Company Bank Fund Council Committee Ministry Department Agency Times Post News Network Airlines Staff
Embassy Consulate
Command Assembly Congress Headquarters Court Office Observatory Army Brigade Brigades Legion Battalion Battalions Front
Forces Movement Militia Regiment Division Daily Zeitung Gazette Herald Tribune Journal Telegraph Chronicle
Courier Observer Monitor Patrol Police Guard Guards Corps Lords""".split())
# words that never stand in a person's name: site furniture, platforms, agencies, company suffixes
NON_NAME_WORDS = frozenset("""Subscribe Youtube YouTube Twitter Facebook Instagram WhatsApp Telegram Google Photo
Tags Related Category Sputnik Xinhua Tass TASS Interfax AFP Anadolu Reuters TRT Inc Corp Ltd LLC PLC plc""".split())
# capitalised heads that make a name a place or a building ("Tarif Bridge", "Sayeda Zeinab Shrine")
PLACE_HEADS = frozenset("""Bridge Shrine Mosque Square Street Airport Airbase Dam Camp River Valley Road Highway
Palace Church Mountain Mountains Hospital Stadium Tower Towers Base Port Province District Village Airfield St
Airstrip TV Radio State Governorate Region Island Islands""".split())
# capitalised words that are never part of a person's name
NOT_NAME_WORDS = ORG_WORDS | PLACE_HEADS | NOT_NAMES | NON_NAME_WORDS
# capitalised last words of the names of laws and documents ("Official Secrets Act", "Oslo Accords")
DOCUMENT_HEADS = frozenset("""Act Treaty Charter Protocol Doctrine Declaration Agreement Convention
Amendment Resolution Memorandum Accords""".split())
# party and camp words that stand before a name without being part of it ("Conservative Graham Brady")
PARTY_WORDS = frozenset("""Conservative Conservatives Tory Republican Democrat Democratic Labour Liberal Socialist
Communist Green Greens Independent Nationalist Unionist Loyalist Islamist Sunni Shiite Shia Kurdish""".split())
# role words written before names that are in no title table
ROLE_WORDS = frozenset("""lawyer attorney judge professor prof comrade baron baroness lady lord dame imam mufti ayatollah
rabbi pastor father archbishop cardinal doctor activist analyst dissident prosecutor investigator officer agent
reporter correspondent editor author writer economist strategist researcher scholar expert colonel sergeant
captain veteran coach""".split())
# first words of Arabic names of armed groups ("Jaysh al-Islam", "Ahrar al-Sham") and of places ("Tal Abyad",
# "Kafr Nabudah", "Khan Sheikhoun", "Deir Hafer"): the name is not a person's
ARABIC_HEADS = frozenset("""Jaish Jaysh Jeish Jaishul Jabhat Jabha Jund Ahrar Faylaq Failaq Filaq Liwa Harakat Harakat
Kataib Katibat Hayat Hayaat Saraya Ansar Tal Tel Tell Jabal Jebel Jabel Kafr Kfar Ain Ein Deir Maarat Maaret
Maarrat Marat Qasr Jisr Wadi Sahl Ras Khirbet Kherbat Khirbat Mazraat Daret Souq Bab Jubb Ayn Khan Beit""".split())
# a bank's one-word name ("Halkbank", "Commerzbank"), not a surname ("Eubank")
BANK_NAME = re.compile(r"^[A-Z][a-z]{3,}bank$")
# capitals joined by a hyphen or slash: a party's or a body's acronym ("ZANU-PF", "RFE/RL"), never a person's name
ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]+)+")
CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")   # "MoD", "PriceU.S.", not "McCain"
# a name's given names written as initials: "A.", "H.T.", "R.P.S." (South Asian news writes many names so)
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# the same initials written without dots ("BS Sandhu"), read only where a public title stands in apposition
BARE_INITIALS = re.compile(r"[A-Z]{2}")


# lower-case words no name has inside it, where the model ran a name on ("Jacob Zuma as African National ...")
RUN_ON = frozenset({"as", "and", "to", "for", "in", "on", "with", "at", "by", "from", "was", "is", "said"})


def _arabic_surname(doc: Doc, start: int, i: int) -> bool:
    """Whether a word the gazetteer took is the surname after the Arabic article in a name of two words and more
    before it: "Mahmoud Ali al-|Houthi" (a family or tribe name, not the movement; not the place "Bab al-Hawa")."""
    toks = tokens_of(doc)
    return i - start >= 4 and toks[i].is_title and toks[i].is_alpha and toks[i - 1].text == "-" and \
        not toks[i - 1].whitespace_ and toks[i - 2].lower_ in ("al", "el") and not toks[i - 2].whitespace_ and \
        toks[i - 3].is_title and toks[i - 3].pos_ == "PROPN"


def _given_a(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital "A" opening a name of three words and more is a name's word, not the article: the article
    is written in lower case in a sentence's middle ("said journalist A Hla Lay Thu Zar")."""
    toks = tokens_of(doc)
    return toks[start].text == "A" and end - start >= 3 and start > 0 and not toks[start].is_sent_start and \
        toks[start - 1].is_lower and toks[start + 1].is_title and toks[start + 1].pos_ == "PROPN"


def _name_words(toks: list, bare: bool = False) -> bool:
    """Whether tokens are capitalised words of a name, the first of which may be initials ("H.T. Imam"; with `bare`,
    "BS Sandhu" too) when a capitalised word follows them."""
    if len(toks) >= 2 and (INITIALS.fullmatch(toks[0].text) or bare and BARE_INITIALS.fullmatch(toks[0].text)):
        toks = toks[1:]
    return all(t.is_title and t.is_alpha for t in toks)


def _name_text(doc: Doc, s: int, e: int) -> str:
    """A name as written without the brackets an editor put into it ("(President Nicolas) Sarkozy") or a closing
    quote glued to its first word; a name of two words or more in capitals in title case ("THOMAS DE MAIZIERE" in a
    list of quotes is Thomas de Maiziere, whose label other articles share)."""
    text = re.sub(r"\s*[)\]]\s*", " ", doc[s:e].text).strip().lstrip("".join(CLOSING_QUOTES))
    if len(text.split()) > 1 and text.isupper():
        text = " ".join(w.lower() if w.lower() in NAME_PARTICLES else w.title() for w in text.split())
    return text


def _bracket_join(doc: Doc, start: int, end: int, taken: set[int], ents_at: dict) -> int:
    """The end of a name an editor's bracket parts from its surname: "(President Nicolas) Sarkozy", "[Ada] Power"."""
    toks = tokens_of(doc)
    if end + 1 >= len(doc) or toks[end].text not in (")", "]") or end + 1 in taken or not toks[end + 1].is_title \
            or toks[end + 1].pos_ != "PROPN" or not toks[end + 1].is_alpha \
            or toks[end + 1].ent_type_ not in ("PERSON", "") or toks[end + 1].text in CALENDAR:   # "(Ada) February 5"
        return end
    opening = "(" if toks[end].text == ")" else "["
    if not any(t.text == opening for t in doc[max(0, start - 3):start]) or \
            any(t.is_punct and t.text != "." for t in doc[start:end]):
        return end
    nxt = ents_at.get(end + 1)
    return nxt.end if nxt is not None and nxt.label_ == "PERSON" and nxt.start == end + 1 else end + 2


def _acronym_body(doc: Doc, s: int, e: int) -> str | None:
    """The longer name a name opens when the acronym in brackets after it spells that name: "Cassa Depositi| e
    Prestiti (CDP)" is a body (a person's own initials, "(AMLO)", follow the whole name); None when there is none."""
    toks = tokens_of(doc)
    k = e
    while k < len(doc) and k - e < 4 and toks[k].text != "(":
        k += 1
    if k == e or k + 2 >= len(doc) or toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    acronym = toks[k + 1].text
    if acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6 and \
            "".join(t.text[0] for t in doc[s:k] if t.text[:1].isupper()) == acronym:
        return doc[s:k].text
    return None


def _spelled_bodies(doc: Doc, person_ents: list) -> set[str]:
    """Names spelled out once before the acronym in brackets their capitals make, "Barisan Nasional (BN)": bodies,
    also where the name comes back alone ("for Barisan Nasional to win"); not a person's own name the model found
    whole before its initials ("Andres Manuel Lopez Obrador (AMLO)")."""
    toks = tokens_of(doc)
    persons = {(e.start, e.end) for e in person_ents}
    out = set()
    for k in range(2, len(doc) - 2):
        if toks[k].text != "(":   # first, alone: every other test reads two more tokens, and few are brackets
            continue
        acronym = toks[k + 1].text
        if toks[k + 2].text != ")" or not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
            continue
        s = k - 1
        while s > 0 and k - s < 8 and (toks[s - 1].is_title or toks[s - 1].lower_ in ("of", "for", "and", "the", "e")):
            s -= 1
        for start in range(s, k - 1):
            if toks[start].is_title and (start, k) not in persons and \
                    "".join(t.text[0] for t in doc[start:k] if t.text[:1].isupper()) == acronym:
                out.add(doc[start:k].text)
                break
    return out


def _papal(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a pope's: the title and one regnal name ("Pope Francis"), which are his name together; a
    lone "Francis" is anyone."""
    toks = tokens_of(doc)
    return start >= 0 and end - start == 2 and toks[start].lower_ == "pope" and toks[start].is_title and \
        toks[start + 1].is_title


def _surname_tagged(doc: Doc, i: int) -> bool:
    """Whether the model tags the word at i as a person where the text writes it elsewhere."""
    toks = tokens_of(doc)
    return any(t.text == toks[i].text and t.i != i and t.ent_type_ == "PERSON" for t in toks)


def _trim(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """A name's token range without titles before it, possessives or punctuation after it, or gazetteer words."""
    toks = tokens_of(doc)
    if end - start == 1 and _papal(doc, start - 1, end):
        start -= 1   # "Pope |Francis|": the model left out the title that is part of his name
    if end - start >= 2 and start > 0 and toks[start - 1].lower_ == "of" and \
            tagged_place_elsewhere(doc, start, (start, end)) and _surname_tagged(doc, end - 1):
        start += 1   # "the former vice-president of |Catalonia Ada Power|": the place a post is of, run into the name
        # (not "the town of Urum al-Kubra", "Director of Homs Health Directorate": no person's name is left)
    while start < end and not _given_a(doc, start, end) and not _papal(doc, start, end) and (
            toks[start].lower_.rstrip(".") in HONORIFICS and not (
                end - start >= 2 and INITIALS.fullmatch(toks[start].text) and toks[start + 1].is_title) or toks[start].lower_ in HONORIFICS
            or toks[start].lower_ in ("late", "former") or start in taken
                           or (not toks[start].text.lstrip("".join(CLOSING_QUOTES))[:1].isupper() and not (
                               toks[start].lower_ in ("bin", "ibn") and end - start >= 2))):   # "bin Laden"
        start += 1
    while end - start >= 2 and toks[start + 1].pos_ == "PROPN" and (
            toks[start].lower_ in ROLE_WORDS or (end - start >= 3 and toks[start].pos_ in ("NOUN", "VERB"))):
        start += 1   # "Lawyer Celal Celik", "Economist Jens Ulbrich", "Accepting Xi Jinping" at a sentence start
    for j in range(start, end):
        if toks[j].text in ("'s", "\u2019s") or (j > start and toks[j].text in RUN_ON and toks[j - 1].whitespace_):
            end = j   # "Christian Kern's Social Democrats", "Jacob Zuma as African": the name stops there
            break
    while end > start and (toks[end - 1].text in ("'s", "\u2019s", "'", "\u2019", ".", ",", "-")
                           or toks[end - 1].lower_ in NAME_PARTICLES
                           or (end - 1 in taken and not _arabic_surname(doc, start, end - 1))
                           or (toks[end - 1].text in FAITHS - SURNAMES and end - start >= 2)
                           or (toks[end - 1].is_lower and toks[end - 1].is_alpha and end - start >= 2
                               and toks[end - 2].whitespace_ and toks[end - 1].lower_ not in ("jr", "sr")
                               and not _letters_lost(doc, end - 1))):
        end -= 1   # "Odinga supporter", "Ding Ning - chairman": the model ran on past the name
    if start >= end or any(c.isdigit() for c in doc[start:end].text) or doc[start:end].text in NOT_NAMES:
        return None
    if toks[start].lower_ in HEADLINE_WORDS:
        return None   # "Without Borders", "Across Sihanoukville": a headline's words, not a name
    if toks[start].text in ARABIC_HEADS and (end - start >= 2 or toks[start].text != "Khan"):
        return None
    if any(t.text in ARABIC_HEADS and t.text != "Khan" or t.text in ORG_WORDS for t in doc[start + 1:end]):
        return None   # "Zakiyeh Deir Hafer", "Al-Nasr Army", "Ayham al-Mohammad Syrian Army Kills"
    if end - start >= 2 and all(t.is_upper for t in doc[start:end]) and (start == 0 or toks[end].text == "("):
        return None   # "BUENOS AIRES (Reuters)": a dateline, not a name
    for t in doc[start:end]:
        if t.text in NON_NAME_WORDS or (t.text.endswith("ism") and t.is_title) or CAMEL.search(t.text):
            return None   # "Subscribe TRT World", "Judaism", "Russian MoD", "PriceU.S."
    last = toks[end - 1].text
    if last in PLACE_HEADS or last in ORG_WORDS or last in DOCUMENT_HEADS or (
            last.endswith("s") and last[:-1] in ORG_WORDS | DOCUMENT_HEADS):
        return None       # "Tarif Bridge", "Peoples Council", "Official Secrets Act"
    return start, end


def _extend(doc: Doc, start: int, end: int, ents_at: dict) -> int:
    """Carry a name over particles and a split-off tail: "Ursula von| der Leyen", "Zeid Ra| ad al-Hussein"."""
    toks = tokens_of(doc)
    j = end
    while j < len(doc) and j - end < 4 and toks[j].lower_ in NAME_PARTICLES and (toks[j].text != "-" or j > end):
        j += 1
    if j > end and j < len(doc) and (toks[j].is_title or toks[j].text[:3] in ("al-", "el-")):
        nxt = ents_at.get(j)
        if nxt is not None and nxt.label_ == "PERSON":
            return nxt.end
        return j + 1
    if end + 1 < len(doc) and toks[end].text == "-" and not toks[end - 1].whitespace_ and not toks[end].whitespace_ \
            and toks[end + 1].is_alpha and toks[end + 1].is_lower and end - start >= 2 and 2 <= len(toks[end + 1]) <= 3 \
            and toks[end + 1].lower_ not in ("era", "led", "run", "old", "age"):
        return end + 2   # "Moon Jae|-in": the lower-case end of a hyphenated given name
    nxt = ents_at.get(end)
    if nxt is not None and nxt.label_ == "PERSON" and nxt.start == end and toks[end].text[:3] in ("al-", "el-"):
        return nxt.end
    if nxt is not None and nxt.label_ == "PERSON" and nxt.start == end and "-" in doc[start:end].text and \
            " " not in doc[start:end].text and toks[end - 1].whitespace_:
        return nxt.end   # "Abd-Rabbu| Mansour Hadi": the model split the name after a hyphenated first name
    return end


def _after_title(doc: Doc, title, taken: set[int], person_tok: set[int], ents_at: dict, gz) -> tuple[int, int] | None:
    """The name written right after a title that the model did not tag ("President Bashar al-Assad"), also when it
    ran the name into the body the title names ("Ambassador to the United Nations Ada Power")."""
    toks = tokens_of(doc)
    i = title.end
    if i < len(doc) and toks[i].lower_ in ("on", "for", "to"):
        the = i + 1 < len(doc) and toks[i + 1].lower_ == "the"
        j = i + 1 + the
        if j in taken:   # "U.N. special envoy on Syria Staffan de Mistura", "Ambassador to the UN Ada Power"
            i = j
            while i < len(doc) and i in taken:
                i += 1
            ent = ents_at.get(i)
            if the and i < len(doc) and toks[i].ent_iob_ != "B" and (
                    ent is None or not _plain_name(doc, i, ent.end, taken, gz)):
                return None   # "spokesman for the British Embassy": the body's name goes on, no name starts there
    if i >= len(doc) or i in taken or i in person_tok or not toks[i].is_title or toks[i].pos_ not in ("PROPN", "NOUN"):
        return None
    ent = ents_at.get(i)
    if ent is not None and title.start <= ent.start < title.end and ent.label_ != "PERSON" and (
            ent.label_ not in ("PRODUCT", "GPE", "NORP", "LOC") or ent.end - title.end < 2):
        return None   # "General Motors": the title word is part of another name (not "Crown Prince Mohammad bin Salman")
    if toks[i].text in ORG_WORDS or (toks[i].text.endswith("s") and toks[i].text[:-1] in ORG_WORDS):
        return None   # "Justice Department", "General Assemblys" (a possessive written without its apostrophe)
    end = i
    while end < len(doc) and end - i < 4 and end not in taken and (
            (toks[end].is_title and toks[end].pos_ in ("PROPN", "NOUN")) or toks[end].lower_ in NAME_PARTICLES):
        end += 1
    return _trim(doc, i, end, taken)


# royal and church titles the gazetteer gives no post for, before a name the model often leaves untagged or runs
# into an organisation ("Prince Jefri", "Prince Norodom Ranariddh", "Patriarch Neofit")
COURT_TITLES = frozenset({"Prince", "Princess", "Emir", "Sultan", "King", "Queen", "Patriarch"})


def _after_court_title(doc: Doc, k: int, taken: set[int], person_tok: set[int]) -> tuple[int, int] | None:
    """The name after a royal or church title at k that no title span covers: one to three capitalised words (with
    name particles), not a body's or a building's ("King Salman Air Base"), nor a modifier of a noun after it ("the
    Sultan Murad brigade")."""
    toks = tokens_of(doc)
    i = k + 1
    if i >= len(doc) or i in taken or i in person_tok or not toks[i].is_title or toks[i].pos_ != "PROPN":
        return None
    end = i
    while end < len(doc) and end - i < 4 and end not in taken and end not in person_tok and (
            (toks[end].is_title and toks[end].pos_ == "PROPN") or toks[end].lower_ in NAME_PARTICLES or
            (toks[end].text == "-" and not toks[end].whitespace_ and toks[end - 1].lower_ in NAME_PARTICLES)):
        end += 1
    if end < len(doc) and toks[end].is_lower and toks[end].pos_ == "NOUN":
        return None
    return _trim(doc, i, end, taken)


# short lower-case words a name may stand before that are no broken name: a clitic whose apostrophe was lost ("Assad s
# forces", "Mossos d Esquadra") and short nouns ("a Trump ad")
CLITICS = frozenset("s t d l m ll re ve ad ex op tv pr ok id uk us".split())


def _letters_lost(doc: Doc, i: int) -> bool:
    """Whether the word at i is the piece of a name word a pasted text broke where it dropped a letter it could not
    encode ("Jo o Louren o", "Hip lito Srur", "Dorothee B r"): a lower-case piece of one to four letters, no stop
    word, name particle or clitic, that the model reads as a noun, between spaces right after a capitalised word; a
    piece of three or four letters only when no English word and the name goes on after it."""
    toks = tokens_of(doc)
    tok = toks[i]
    if i == 0 or not (tok.is_lower and tok.is_alpha and len(tok) <= 4 and tok.pos_ in ("NOUN", "PROPN", "X")) or \
            tok.is_stop or tok.lower_ in NAME_PARTICLES or not toks[i - 1].whitespace_ or \
            not (toks[i - 1].is_alpha and toks[i - 1].text[:1].isupper()) or \
            (not tok.whitespace_ and i + 1 < len(doc) and toks[i + 1].text == "-"):
        return False   # (a piece hyphened to what follows is a compound's: "Hiz b-ut-Tahrir")
    if len(tok) <= 2:
        return tok.lower_ not in CLITICS
    return i + 1 < len(doc) and toks[i + 1].is_title and toks[i + 1].pos_ == "PROPN" and not english_word(tok.text)


def _mended_end(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of a name carried over the pieces of its broken words and the capitalised words after them."""
    toks = tokens_of(doc)
    while end < len(doc) and end not in taken and _letters_lost(doc, end):
        end += 1
        while end < len(doc) and end not in taken and toks[end].is_title and toks[end].is_alpha and \
                toks[end].pos_ == "PROPN" and toks[end - 1].whitespace_:
            end += 1
    return end


def _adjacent(doc: Doc, end: int, ents_at: dict) -> int:
    """The end of a name the model split in two persons with nothing but a space between: "Kerk Chee| Yee" (two
    persons are parted by a comma or a word; a text without commas is left alone)."""
    toks = tokens_of(doc)
    nxt = ents_at.get(end)
    if nxt is None or nxt.label_ != "PERSON" or nxt.start != end or not toks[end - 1].whitespace_ or \
            not toks[end - 1].is_title or toks[end - 1].text in NOT_NAME_WORDS or \
            not all(t.is_title and t.is_alpha for t in nxt):   # not "Odinga supporter| Ada Power"
        return end
    return nxt.end


def _mistagged_surname(doc: Doc, end: int, ents_at: dict, taken: set[int]) -> int:
    """The end of a name whose surname the model tagged as a place or a body of one word right after the first
    name it tagged as a person ("Ada| Marek, the interior minister,"): the first name is a compound of it, and no
    gazetteer or town list knows the word."""
    toks = tokens_of(doc)
    nxt = ents_at.get(end)
    if nxt is None or nxt.label_ not in ("GPE", "LOC", "ORG", "NORP") or nxt.start != end or len(nxt) != 1:
        return end
    word = toks[end]
    if end in taken or not word.is_title or not word.is_alpha or word.text in NOT_NAME_WORDS or \
            cities_named(word.text) or not toks[end - 1].whitespace_ or not toks[end - 1].is_title:
        return end
    return nxt.end if toks[end - 1].dep_ == "compound" and toks[end - 1].head.i == end else end


def _tail(doc: Doc, end: int, taken: set[int]) -> int:
    """A name's last words that the model left out: "Enrique Pena| Nieto", "Aung San| Suu Kyi" (the name's head and
    a compound before it, with no label of their own)."""
    toks = tokens_of(doc)
    stop = end
    while stop < len(doc) and stop - end < 2 and stop not in taken and toks[stop].pos_ == "PROPN" and \
            toks[stop].is_title and toks[stop].is_alpha and toks[stop].ent_iob_ == "O" and \
            toks[stop].text not in NOT_NAME_WORDS and not _title_word(toks[stop]):
        stop += 1
    if stop == end or stop < len(doc) and toks[stop].pos_ == "PROPN":
        return end   # a longer run of capitalised words is some other name ("Pena Nieto Foundation")
    # each word up to the head is a compound of a later one in the run: one noun phrase with the model's name
    if any(toks[k].dep_ != "compound" or not k < toks[k].head.i < stop for k in range(end - 1, stop - 1)):
        return end
    return stop


def _titled_name(doc: Doc, ent, title_tok: set[int]) -> bool:
    """Whether an organisation the model found opens with a title's last word and goes on with a name:
    "Secretary of |State Rex Tillerson"."""
    if ent.start not in title_tok or ent.start == 0 or ent.start - 1 not in title_tok:
        return False
    rest = [t for t in ent if t.i not in title_tok]
    return 2 <= len(rest) <= 3 and all(t.is_title and t.is_alpha and t.text not in ORG_WORDS for t in rest)


def _titled_apposition(doc: Doc, ent) -> bool:
    """Whether a name of two or three capitalised words has a public title as its apposition after a comma
    ("Uhuru Kenyatta, Kenya's president,"): a person's name, whatever the model tagged it."""
    toks = list(ent)
    if not 2 <= len(toks) <= 3 or not _name_words(toks, bare=True) or ent.end >= len(doc) or \
            doc[ent.end].text not in (",", ".") or any(t.text in ORG_WORDS or t.text in PLACE_HEADS for t in toks):
        return False
    titled = {i for t in doc.spans[TITLE_SPANS] for i in range(t.start, t.end)}
    if ent.start > 0 and doc[ent.start - 1].text == "," and ent.root.dep_ == "appos" and any(
            a.i in titled for a in [ent.root.head, *list(ent.root.head.ancestors)[:2]]):
        return True   # "China's ambassador to the United States, Cui Tiankai, said" (or of its complement)
    if ent.start > 0 and doc[ent.start - 1].text == "," and ent.root.dep_ == "appos" and \
            ent.root.head.lemma_.lower() in COUNTERPARTS | SUCCESSION | PERSON_NOUNS | ROLE_WORDS and \
            ent.root.head.pos_ == "NOUN":
        return True   # "his Philippine counterpart, Rodrigo Duterte,", "her close ally, Ada Power, said"
    if doc[ent.end].text != ",":
        return False
    for t in doc[ent.end + 1:ent.end + 8]:
        if t.text in (",", ".", ";"):
            return False
        if t.i in titled and t.dep_ == "appos" and ent.start <= t.head.i < ent.end:
            return True
    return False


# words whose "in" takes a person, not a place: "trust in X", "found an ally in X", "believe in X"
IN_A_PERSON = frozenset("""trust confidence faith belief interest hope pride ally friend partner supporter champion
believe confide invest""".split())


def _in_place_slot(doc: Doc, s: int, e: int) -> bool:
    """Whether a name sits where a place goes ("in X", "near X and Y") and nothing there makes it a person: no title,
    no apposition calling it one ("In Paris, Ada Power, a student,"), no verb of speech after it, no "trust in"."""
    toks = tokens_of(doc)
    root = first_conjunct(doc[s:e].root)
    if not place_slot(doc, root.i):
        return False
    prep = root.head   # what the preposition hangs on, and the word before it: "placed their trust | in"
    if prep.head.lemma_ in IN_A_PERSON or (prep.i > 0 and toks[prep.i - 1].lemma_ in IN_A_PERSON):
        return False
    return not titled(doc, s) and not _described(doc, e) and not _apposed_person(doc, s, e) and not speaks(doc, e)


def _conjuncts(tok) -> list:
    """The words coordinated with a token, itself left out ("A, B and C" for B: A and C)."""
    first = first_conjunct(tok)
    out, stack = [first], [first]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return [t for t in out if t.i != tok.i]


def _listed_with_places(doc: Doc, s: int, e: int, place_tok: set[int]) -> bool:
    """Whether a name is coordinated only with places the model found (towns, not states: "Daraya and X"), with
    nothing making it a person (a title, an apposition, a verb of speech)."""
    others = [t for t in _conjuncts(doc[s:e].root) if not s <= t.i < e]
    return bool(others) and all(t.i in place_tok and not _aged(doc, t.i + 1) for t in others) and \
        not titled(doc, s) and not _aged(doc, e) and not _described(doc, e) and not _apposed_person(doc, s, e) and \
        not speaks(doc, e)


def _listed_with_bodies(doc: Doc, s: int, e: int, body_tok: set[int]) -> bool:
    """Whether a name is coordinated only with names the model tagged as organisations ("S&P Global Ratings and
    Fitch", "the CFDT and the smaller X"), with nothing making it a person: the members of a list are of one kind."""
    others = [t for t in _conjuncts(doc[s:e].root) if not s <= t.i < e]
    return bool(others) and all(t.i in body_tok for t in others) and not titled(doc, s) and not _aged(doc, e) and \
        not _described(doc, e) and not _apposed_person(doc, s, e) and not speaks(doc, e)


def _indefinite(tok) -> bool:
    """Whether a noun has "a" or "an" before it: "Ada Power, a Democrat," describes, it lists nobody."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _members(tok) -> list:
    """The other members of the list a token stands in: its conjuncts, also over proper names the model set in
    apposition, as it parses a list's first members ("A, B, C and D": B in apposition with A, C and D conjuncts of B)."""
    top = first_conjunct(tok)
    while top.dep_ == "appos" and top.pos_ == "PROPN" and top.head.pos_ in ("PROPN", "NOUN") and top.head.i != top.i:
        top = first_conjunct(top.head)
    out, stack = [top], [top]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN" and not _indefinite(c)):
                out.append(c)
                stack.append(c)
    return [t for t in out if t.i != tok.i]


def _listed_among_bodies(doc: Doc, s: int, e: int, thing_tok: set[int]) -> bool:
    """Whether a name is one of a list of four members or more, most of whose other members the model tagged as
    organisations or places ("expelled A, Halden Aid, the Orvik Council and Marta Brakk"), with nothing making it a
    person: a list's members are of one kind, so the model's person tags in a list of bodies are its mistakes."""
    others = [t for t in _members(doc[s:e].root) if not s <= t.i < e]
    things = sum(t.i in thing_tok for t in others)
    return len(others) >= 3 and 2 * things > len(others) and not titled(doc, s) and not _aged(doc, e) and \
        not _described(doc, e) and not _apposed_person(doc, s, e) and not speaks(doc, e)


def _alias_owner(doc: Doc, s: int, ranges: list[tuple[int, int]]) -> int | None:
    """The index of the name an alias right after "known as" follows: "Mahmoud Abbas, also known as Abu Mazen,"
    (not "an online persona known as X": no name stands before)."""
    toks = tokens_of(doc)
    if s < 3 or toks[s - 2].lower_ != "known" or toks[s - 1].lower_ != "as":
        return None
    k = s - 2
    while k > 0 and toks[k - 1].lower_ in ("also", "better", "widely", "commonly"):
        k -= 1
    if k > 0 and toks[k - 1].text == ",":
        k -= 1
    return next((j for j, (a, b) in enumerate(ranges) if b == k), None)


def _aliases_joined(doc: Doc, forms: list[str], ranges: list[tuple[int, int]]) -> list[str]:
    """Name forms with an alias written as the other name of a person ("X, also known as Abu Ali") replaced, here
    and wherever it comes back, by that person's form: one person, not two."""
    alias = {}
    for (s, e), form in zip(ranges, forms):
        j = _alias_owner(doc, s, ranges)
        if j is not None and forms[j] != form:
            alias[form] = forms[j]
    return [alias.get(f, f) for f in forms]


def _aged(doc: Doc, i: int) -> bool:
    """Whether an age is set off after the word before i ("Ada Power, 26,"): towns have none."""
    toks = tokens_of(doc)
    return i + 1 < len(doc) and toks[i].text == "," and toks[i + 1].like_num


def _described(doc: Doc, e: int) -> bool:
    """Whether a name is followed by an apposition that calls it a person: "Anna, a visitor to the fair"."""
    toks = tokens_of(doc)
    if e + 1 >= len(doc) or toks[e].text != ",":
        return False
    for t in doc[e + 1:e + 7]:
        if t.text in (",", ".", ";"):
            return False
        if t.lower_ in PERSON_NOUNS or t.lower_ in ROLE_WORDS or t.lower_ == "visitor":
            return True
    return False


# heads of an apposition that make the name before it a person's: PERSON_NOUNS, ROLE_WORDS and posts
# ("Ivo Marek, head of the chamber", "Ada Power - its leader since 2005", "Jan Kos, the group's emir")
POST_NOUNS = frozenset("""head chief chairman chairwoman director adviser advisor official envoy minister ambassador
president executive emir governor mayor lawmaker legislator senator diplomat negotiator secretary deputy aide
spokesperson representative member co-founder speaker""".split())
DASHES = frozenset({"-", "\u2013", "\u2014"})
# heads of an apposition that make the name before it a place or a thing ("Koh Lanta, an island near the border")
PLACE_APPOSITIONS = PLACE_NOUNS | THING_NOUNS | frozenset("""island islands peninsula mountain river lake port harbour
harbor base border crossing resort hotel coast""".split())


def _apposition_head(doc: Doc, e: int):
    """The head noun of an apposition written right after a name ending at `e`, after a comma or a spaced dash:
    "leader" of ", its leader since 2005", "emir" of ", the group's emir in the south"; None if there is none."""
    toks = tokens_of(doc)
    if e + 1 >= len(doc) or not (toks[e].text == "," or toks[e].text in DASHES and toks[e - 1].whitespace_):
        return None
    k = e + 1
    if k + 1 < len(doc) and toks[k].lower_ == "one" and toks[k + 1].lower_ == "of":
        k += 2   # "Ada Power, one of parliament's vice speakers,": the head is the plural after "one of"
    for t in doc[k:k + 7]:
        if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX", "ADP") or t.lower_ in ("and", "or", "who", "whose",
                                                                                            "which", "where"):
            return None   # "Ada Power, who ...", "X, in Paris": no noun heads it
        if t.pos_ == "NOUN" and not (t.i + 1 < len(doc) and (toks[t.i + 1].text in ("'s", "\u2019s")
                                                            or toks[t.i + 1].text == "-" or toks[t.i + 1].pos_ == "NOUN")):
            return t   # "a think-tank founder": the last noun of the first chunk, not a possessor
    return None


def _apposed_person(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is followed by an apposition headed by a person's noun or a post."""
    head = _apposition_head(doc, e)
    return head is not None and (head.lower_ in PERSON_NOUNS | ROLE_WORDS | POST_NOUNS or
                                 head.tag_ == "NNS" and head.lemma_.lower() in PERSON_NOUNS | ROLE_WORDS | POST_NOUNS)


def _cued_name(doc: Doc, ent, taken: set[int], gz, lower: set[str]) -> bool:
    """Whether a name of two or three capitalised words the model took for a body, a nation or a place reads as a
    person's by the word next to it: a person's noun or a post right before it ("her deputy Ivo Marek", "his
    counterpart Ada Power", "mother-in-law Ada Marek"), a verb of speech it is the subject of ("Ada Power told
    reporters"), "became" and a post ("since Ivo Marek became president") or "a relative" after it. `lower`: the
    words the article writes in lower case."""
    toks = tokens_of(doc)
    if any(i in taken for i in range(ent.start, ent.end)) or not _plain_name(doc, ent.start, ent.end, taken, gz) or \
            cities_named(ent.text) or any(t.text in COURT_TITLES for t in ent):
        return False   # "Patriarch Ivo Marek said": the court title's reader takes the name after it
    if any(t.lower_ in lower for t in ent) or all(english_word(t.text) for t in ent if t.text != "-"):
        return False   # "Petra Diamonds said", "Popular Force says": a body's name has a word the text writes lower-case
        # or English words only
    last = toks[ent.end - 1]
    if _voiced(last) or last.dep_ == "nsubj" and last.head.lemma_ == "become" and any(
            c.dep_ == "attr" and c.lower_ in POST_NOUNS for c in last.head.children):
        return True
    prev = toks[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.is_lower and (prev.lower_ in PERSON_NOUNS | ROLE_WORDS | SUCCESSION | COUNTERPARTS |
                                               POST_NOUNS | KIN or prev.lower_ == "law" and ent.start > 2 and
                                               toks[ent.start - 2].text == "-"):
        return True   # "mother-in-law Ada Marek": the kin noun's last part
    head = _apposition_head(doc, ent.end)
    return head is not None and head.lower_ in ("relative", "relatives")


def _plain_name(doc: Doc, s: int, e: int, taken: set[int], gz) -> bool:
    """Whether tokens are two or three capitalised words that can only be a person's name (no title, state,
    body or gazetteer word among them; a hyphenated first name counts once: "Heinz-Christian")."""
    toks = tokens_of(doc)
    words = [t for t in doc[s:e] if t.text != "-"]
    if not 2 <= len(words) <= 3 or any(t.text == "-" and (t.whitespace_ or toks[t.i - 1].whitespace_)
                                       for t in doc[s:e]):
        return False
    return all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.i not in taken and t.text not in gz.terms
               and t.text not in ORG_WORDS | PLACE_HEADS | NON_NAME_WORDS | PARTY_WORDS | CALENDAR | ARABIC_HEADS
               and (t.text not in NOT_NAMES or toks[t.i - 1].text == "-")   # "Heinz-Christian"
               and not _title_word(t) and t.lower_ not in BODY_HEADS for t in words)


def _unlabelled_names(doc: Doc, taken: set[int], person_tok: set[int], gz) -> list[tuple[int, int]]:
    """Runs of two or three capitalised words the model gave no entity, told as a person by an apposition:
    "and Ada Power, a think-tank founder, to be ...", "the party's shadow minister of finance, Ivo Marek, said"."""
    toks = tokens_of(doc)
    out = []
    i = 1
    while i < len(doc):
        if toks[i].ent_iob_ == "O" and toks[i].pos_ == "PROPN" and toks[i].is_title and not (
                toks[i - 1].pos_ == "PROPN" or toks[i - 1].is_title or toks[i - 1].text == "-"):
            j = i
            while j < len(doc) and j - i < 5 and toks[j].ent_iob_ == "O" and (
                    toks[j].pos_ == "PROPN" and toks[j].is_title or toks[j].text == "-" and not toks[j].whitespace_):
                j += 1
            if not any(k in person_tok for k in range(i, j)) and _plain_name(doc, i, j, taken, gz) and \
                    (_apposed_person(doc, i, j) or _titled_apposition(doc, doc[i:j])):
                out.append((i, j))
            i = j
        i += 1
    return out


def _capital_names(doc: Doc, taken: set[int], person_tok: set[int], gz) -> list[tuple[int, int]]:
    """Names written in capitals in a list of quotes, each set off by a comma and an apposition that calls it a person
    ("MANUELA SCHWESIG, SPD deputy party leader, told ZDF"; "LEFT PARTY SAHRA WAGENKNECHT, top candidate of the
    Left, said"): the last two words of capitals before the comma (three with a particle: "THOMAS DE MAIZIERE"), up to
    a body's, party's or state's word."""
    toks = tokens_of(doc)
    out = []
    for comma in (t for t in toks if t.text == ","):
        s = comma.i
        while s > 0 and comma.i - s < 3 and _capital_word(toks[s - 1], taken, person_tok, gz):
            s -= 1
        if comma.i - s == 3 and toks[s + 1].lower_ not in NAME_PARTICLES:
            s += 1   # "BLOC ANGELA MERKEL": a third word is a heading's unless a particle joins it ("THOMAS DE MAIZIERE")
        if comma.i - s >= 2 and toks[s].lower_ not in NAME_PARTICLES and _apposed_person(doc, s, comma.i):
            out.append((s, comma.i))
    return out


def _capital_word(tok, taken: set[int], person_tok: set[int], gz) -> bool:
    """Whether a word in capitals can stand in a person's name: no body's, party's, title's or gazetteer word."""
    word = tok.text.title()
    return tok.is_upper and tok.is_alpha and (len(tok) > 2 or tok.lower_ in NAME_PARTICLES) and \
        tok.i not in taken and tok.i not in person_tok and tok.text not in gz.terms and word not in gz.terms and \
        word not in NOT_NAME_WORDS | PARTY_WORDS | CALENDAR and word.lower() not in TITLES and \
        word.lower() not in BODY_HEADS


# nouns of persons standing to another in office: "Marek's predecessor Ada Power"
SUCCESSION = frozenset({"predecessor", "successor", "deputy", "challenger", "aide", "ally"})


# verbs a person is the subject of and an organisation seldom is, in news: "Ada Power said", "Marek told Reuters"
VOICE_VERBS = frozenset("say tell add write tweet recall insist".split())
# nouns a person's name owns and an organisation's does not: "Marek's death", "Power's wife"
PERSONAL_POSSESSIONS = frozenset("""death funeral wife husband widow son sons daughter daughters father mother brother
sister parents children family lawyer lawyers attorney attorneys arrest assassination birthday hideout""".split())


def _voiced(tok) -> bool:
    """Whether a word heads the subject of a verb of speech ("Marek said", "said Marek", "Marek told Reuters")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in VOICE_VERBS


def _named_as_post(doc: Doc, e: int) -> bool:
    """Whether "as" and a post or a person's noun follow a name ("named Ada Marek as chairman", "as its deputy
    leader"): a body is not a chairman."""
    toks = tokens_of(doc)
    if e >= len(doc) or toks[e].lower_ != "as":
        return False
    for t in doc[e + 1:e + 4]:
        if t.is_punct:
            return False
        if t.lower_ in POST_NOUNS or t.lower_ in PERSON_NOUNS:
            return True
    return False


def _listed_with_person(tok) -> bool:
    """Whether a name's last word is coordinated with a person's full name that the model tagged ("heavyweights
    including Ada Marek and Ivo Power"): the members of a list are of one kind."""
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    doc = tok.doc
    return any(p.ent_type_ == "PERSON" and p.i > 0 and doc[p.i - 1].ent_type_ == "PERSON" and
               doc[p.i - 1].is_title and p.is_title for p in partners)


def _person_evidence(doc: Doc, s: int, e: int) -> bool:
    """Whether one mention of a name reads as a person's by what stands around it, whatever the model's label: a verb
    of speech, an age or a person's apposition, "who" after it, a kin or a death it owns."""
    toks = tokens_of(doc)
    if _voiced(toks[e - 1]) or _aged(doc, e):
        return True
    if _apposed_person(doc, s, e) and _apposition_head(doc, e).dep_ not in ("nsubj", "nsubjpass"):
        return True   # "Ada Marek, a lawyer," (not "West Jerusalem, diplomats say": a clause set off)
    if _named_as_post(doc, e) or _listed_with_person(toks[e - 1]):
        return True
    nxt = toks[e + 1] if e + 1 < len(doc) else None
    return nxt is not None and (toks[e].text == "," and nxt.lower_ in ("who", "whose") or
                                toks[e].text in ("'s", "\u2019s") and nxt.lower_ in PERSONAL_POSSESSIONS)


def _name_word(tok, taken: set[int], gz) -> bool:
    """Whether a word can stand in a person's name: capitalised, no body's, place's, title's or gazetteer word."""
    return tok.is_title and tok.is_alpha and len(tok) > 1 and tok.pos_ == "PROPN" and tok.i not in taken and \
        tok.text not in gz.terms and tok.text not in NOT_NAME_WORDS | PARTY_WORDS | CALENDAR | ARABIC_HEADS and \
        not _title_word(tok) and tok.lower_ not in BODY_HEADS


def _followed_by_name(doc: Doc, i: int) -> bool:
    """Whether a capitalised proper noun follows token i, so that i is not a name's last word."""
    toks = tokens_of(doc)
    return i + 1 < len(doc) and toks[i + 1].is_title and toks[i + 1].pos_ == "PROPN"


def _words_alone(doc: Doc, taken: set[int], person_tok: set[int], gz) -> dict[str, list[int]]:
    """Where each name word stands alone, with no capitalised word before it (but a sentence's end) or after it."""
    toks = tokens_of(doc)
    alone: dict[str, list[int]] = {}
    for t in toks:
        if t.i > 0 and t.i not in person_tok and _name_word(t, taken, gz) and \
                not (toks[t.i - 1].is_title and not t.is_sent_start) and not _followed_by_name(doc, t.i):
            alone.setdefault(t.text, []).append(t.i)
    return alone


def _recurring_surnames(doc: Doc, taken: set[int], person_tok: set[int], gz) -> list[tuple[int, int]]:
    """Names of two words the model tagged as a body, a place or nothing, whose last word comes back alone later and
    one of whose mentions reads as a person's: "Ada Marek on Thursday accused ... Marek told Reuters". A body's name
    is not written later by its last word alone, nor does that word speak or own a death ("Goldman Sachs")."""
    toks = tokens_of(doc)
    alone = _words_alone(doc, taken, person_tok, gz)
    out = []
    for t in toks[1:]:
        first = toks[t.i - 1]
        if t.text not in alone or t.ent_type_ == "PERSON" or t.i in person_tok or first.i in person_tok or \
                _followed_by_name(doc, t.i) or not _name_word(first, taken, gz) or not _name_word(t, taken, gz):
            continue
        if cities_named(t.text):
            continue   # "West Jerusalem ... Jerusalem": a city's name with a word of direction before it
        later = [i for i in alone[t.text] if i > t.i]
        start = first.i - 1 if _middle_name(doc, first, taken, person_tok, gz) else first.i
        if later and (_person_evidence(doc, start, t.i + 1) or any(_person_evidence(doc, i, i + 1) for i in later)):
            out.append((start, t.i + 1))
    return out


# an age set off after a name: ", 30," or ", an 88-year-old"
AGE = re.compile(r",\s+(?:(?:a|an)\s+)?(\d{1,3})(?:,|\s*-\s*year\s*-\s*old\b)")


def _aged_names(doc: Doc, taken: set[int], person_tok: set[int], gz, text: str) -> list[tuple[int, int]]:
    """Names of one to three words set off with an age ("Ada, 30, said", "Ivo Marek, an 88-year-old veteran,"),
    whatever the model tagged them: a place or a body has no age. Not the tail of a longer capitalised run."""
    toks = tokens_of(doc)
    out = []
    for t in toks:
        if t.i in person_tok or not _name_word(t, taken, gz) or _followed_by_name(doc, t.i):
            continue
        age = AGE.match(text, t.idx + len(t.text))
        if age is None or not 0 < int(age.group(1)) < 110:
            continue
        s = t.i
        while s > 0 and t.i - s < 2 and s - 1 not in person_tok and _name_word(toks[s - 1], taken, gz):
            s -= 1
        if s == 0 or toks[s].is_sent_start or not toks[s - 1].is_title:
            out.append((s, t.i + 1))
    return out


def _middle_name(doc: Doc, tok, taken: set[int], person_tok: set[int], gz) -> bool:
    """Whether a name word has the name's first word before it ("Johannes |Bhekumuzi Magwaza"): a name word no
    capitalised word precedes, that no entity opened before it takes in ("the Pacific |Karin Hulshof" is no name)."""
    toks = tokens_of(doc)
    prev = toks[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.i > 0 and prev.i not in person_tok and _name_word(prev, taken, gz) and \
        not toks[prev.i - 1].is_title and prev.ent_iob_ in ("O", "B")


def _looks_like_person(doc: Doc, ent, given: set[str], family: set[str]) -> bool:
    """Whether an ORG entity is a person's name the model mislabelled ("Viktor Pinchuk")."""
    toks = list(ent)
    if len(toks) == 3 and toks[1].text in LINKING_PARTICLES and toks[0].is_title and toks[2].is_title and \
            not any(t.text in ORG_WORDS for t in toks):
        return True   # "Staffan de Mistura", "Ursula von Leyen": a lowercase particle between two names
    if any(t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in toks) or len(ent.text.split()) < 2:
        return False   # a spaced dash parts two names; one hyphenated word is a place's ("Salamiyah-Ithriya road")
    toks = [t for t in toks if t.text != "-"]   # "Jean-Claude Juncker": a hyphenated first name's two parts
    if not 2 <= len(toks) <= 3 or not _name_words(toks):
        return False
    if any(t.text in ORG_WORDS for t in toks):
        return False
    if toks[0].text in given or toks[-1].text in family or toks[0].text in family:
        return True
    if ent.start > 0 and doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in PERSON_NOUNS | ROLE_WORDS | \
            SUCCESSION:
        return True   # "U.S.-based cleric Fethullah Gulen", "Marek's predecessor Ada Power": a person's noun before
    j = ent.end
    if j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("a", "an")):
        # "Rinat Akhmetov, the country's richest man"; pasted texts drop the comma: "Bebars Mishal a civil worker"
        for t in doc[j + 1:j + 7] if doc[j].text == "," else doc[j:j + 6]:
            if t.text in (",", ".", ";"):
                break
            if t.lower_ in PERSON_NOUNS:
                return True
    return False


def _led_name(doc: Doc, ent, gz, taken: set[int], title_tok: set[int], given: set[str], family: set[str]
              ) -> tuple[int, int] | None:
    """A person's name the model's organisation took in after a demonym or a title that opens it ("American |Caitlan
    Coleman, her Canadian husband", "retired Lieutenant General |Amjad Shuaib told"): the name's tokens. After a
    demonym the name still needs what makes any organisation a person's (a person's noun, an apposition)."""
    toks = tokens_of(doc)
    k = ent.start
    while k < ent.end and (k in title_tok or _demonym_word(toks[k], gz)):
        k += 1
    if k == ent.start or not _plain_name(doc, k, ent.end, taken, gz):
        return None
    if any(i in title_tok for i in range(ent.start, k)) or _looks_like_person(doc, doc[k:ent.end], given, family) \
            or _apposed_person(doc, k, ent.end):
        return k, ent.end
    return None


def _demonym_word(tok, gz) -> bool:
    """Whether a word is a state's demonym in the gazetteer ("American", "Syrian")."""
    term = gz.terms.get(tok.text)
    return term is not None and term.how == "demonym"


def name_after_body(doc: Doc, ent, gz, taken: set[int]) -> tuple[int, int] | None:
    """A person's name of two or three capitalised words that the model's organisation took in after a body the
    gazetteer knows ("the OAS Rosa Quispe", "the OAS's Rosa Quispe"): the name's tokens."""
    toks = tokens_of(doc)
    start = ent.start + (ent[0].lower_ == "the")
    for k in (1, 2, 3):
        body = doc[start:start + k]
        term = gz.terms.get(body.text)
        if term is None or not term.key.startswith("org:"):
            continue
        owned = start + k < ent.end and toks[start + k].text in ("'s", "\u2019s")
        rest = doc[start + k + owned:ent.end]
        if 2 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.i not in taken
                                       and t.text not in ORG_WORDS | PLACE_HEADS and t.text not in gz.terms
                                       and not _title_word(t) for t in rest) and rest[-1].lower_ not in BODY_HEADS and (
                any(t.text == rest[-1].text and not ent.start <= t.i < ent.end for t in toks)
                or owned and _owned_name(doc, rest.start, rest.end, taken | set(range(start, start + k)))):
            # the surname comes back on its own ("Quispe said"), or the body owns it ("the OAS's Rosa Quispe")
            return rest.start, rest.end
    return None


def _name_after_titled_body(doc: Doc, ent, gz, taken: set[int], title_tok: set[int]) -> tuple[int, int] | None:
    """A person's name of two or three plain words that the model's organisation took in after a body no gazetteer
    knows, where a title "for/of/to" the body stands before it: "the spokeswoman for the National Electoral
    Commission| Ada Power rejected" (the body's name ends in a body's word: Commission, Council, Ministry, Union ...)."""
    toks = tokens_of(doc)
    start = ent.start + (ent[0].lower_ == "the")
    if start < 2 or toks[start - 1].lower_ not in ("for", "of", "to") and not (
            toks[start - 1].lower_ == "the" and toks[start - 2].lower_ in ("for", "of", "to")):
        return None
    prep = start - 1 if toks[start - 1].lower_ != "the" else start - 2
    if prep - 1 not in title_tok:
        return None
    k = max((i for i in range(start, ent.end) if toks[i].text in ORG_WORDS or toks[i].is_title and
             toks[i].lower_ in BODY_HEADS), default=None)
    if k is None or not 2 <= ent.end - k - 1 <= 3 or not _plain_name(doc, k + 1, ent.end, taken, gz):
        return None
    return k + 1, ent.end


def _owned_name(doc: Doc, s: int, e: int, taken: set[int]) -> bool:
    """Whether plain name words follow the possessive of a state or body the gazetteer knows ("the OAS's Rosa
    Quispe") as a clause's subject or object (not "a strategist at Moscow's Sovlink Securities", "the EU's Middle
    East-based staff") and are never written in lower case."""
    toks = tokens_of(doc)
    head = toks[e - 1]
    return s >= 2 and toks[s - 1].text in ("'s", "\u2019s") and s - 2 in taken and head.tag_ != "NNPS" and (
        head.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj") or head.dep_ == "pobj" and head.head.lower_ in (
            "by", "with", "to")) and not (e < len(doc) and toks[e].text == "-") and \
        not any(t.lower_ == w.lower_ and t.is_lower for w in doc[s:e] for t in toks)


def _official_surname(ent) -> bool:
    """Whether an organisation the model found is the bare surname of an official the shipped table knows
    ("Duterte told reporters" with no first name in the article)."""
    return len(ent) == 1 and len(ent[0]) > 3 and ent[0].is_title and ent[0].is_alpha and ent[0].pos_ == "PROPN" and \
        ent[0].text not in ORG_WORDS and known_state(ent[0].text) is not None


def _after_honorific(doc: Doc, s: int) -> bool:
    """Whether a title or honorific, not an article or pronoun, stands right before a name ("President Bush",
    "Queen Elizabeth": persons, though towns bear the names)."""
    toks = tokens_of(doc)
    prev = toks[s - 1].lower_ if s > 0 else ""
    return prev in TITLES or (prev.rstrip(".") in HONORIFICS and toks[s - 1].text[:1].isupper())


def _surname_subject(tok) -> bool:
    """ "On Wednesday, June met ...": a month word as the subject of a finite verb, not "In June," or "June 5"."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.head.tag_ in ("VBD", "VBZ") and tok.head.i > tok.i \
        and not (prev is not None and (prev.pos_ in ("ADP", "DET", "ADJ", "NUM") or prev.is_title and prev.pos_ == "PROPN")) \
        and not (nxt is not None and (nxt.like_num or nxt.is_title and nxt.pos_ == "PROPN"))


# what a month-named surname is the other side of: "talks with June", "a meeting with June"
SIDE_OF_TALKS = frozenset("talk talks meeting meet discussion discussions negotiation negotiations call".split())


def _surname_side(tok) -> bool:
    """ "Kask told reporters after talks with June": a month word as the one met, the object of a "with" that a talk
    noun or verb takes ("talks with", "met with", "held a meeting with"); never "in June", "compared with May", "talks
    with June 5", "talks with June officials" or "with June's"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.pos_ != "PROPN" or nxt is not None and (nxt.like_num or nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ in
                                                   ("'s", "\u2019s")):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.i == tok.i - 1:
        return _talk_word(head.head) or any(c.dep_ == "dobj" and _talk_word(c) for c in head.head.children)
    return False


# nouns a month's possessive names ("May's elections", "June's figures"): a time's own things, not a person's
TIME_THINGS = frozenset("""election elections vote votes poll polls referendum summit meeting meetings figures data
numbers sales report deadline attack attacks rally protest protests issue edition budget session""".split())


# verbs whose object is a stretch of time ("spent June abroad", "marked May as the worst month")
TIME_VERBS = frozenset("spend mark end begin start close open finish pass see".split())


def _surname_object(tok) -> bool:
    """ "the bloc set June a deadline", "urged June to resign", "to defeat June": a month word as the direct or indirect
    object of a verb, where a time is never one; never "in June", "by June", "June 5", "June sales" or "spent June"
    with a time's verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.pos_ == "PROPN" and tok.dep_ in ("dobj", "dative") and tok.head.pos_ == "VERB" and \
        tok.head.i < tok.i and tok.head.lemma_.lower() not in TIME_VERBS and \
        not (prev is not None and prev.pos_ in ("ADP", "DET", "ADJ", "NUM")) and \
        not (nxt is not None and (nxt.like_num or nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ in ("'s", "\u2019s")))



def _surname_possessor(tok) -> bool:
    """ "June's spokesman said", "June's government": a month word that owns a noun other than a day, a number or a
    time's own things ("May's elections"); never "May 5's" or "in May's vote"."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("'s", "\u2019s") or tok.pos_ != "PROPN":
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.like_num or prev.is_title and prev.pos_ == "PROPN"):
        return False
    owned = tok.head
    return tok.dep_ in ("poss", "nmod") and owned.i > tok.i + 1 and owned.pos_ in ("NOUN", "PROPN") and \
        not doc[tok.i + 2].like_num and owned.lemma_.lower() not in TIME_THINGS and owned.lower_ not in TIME_THINGS \
        and owned.text not in NOT_NAMES


def _talk_word(tok) -> bool:
    """Whether a word is a talk noun or verb ("talks", "meeting", "met")."""
    return tok.lemma_.lower() in SIDE_OF_TALKS or tok.lower_ in SIDE_OF_TALKS


def _title_word(tok) -> bool:
    """Whether a capitalised word before a name is a title or a role ("Speaker", "Senators", "Professor")."""
    low = tok.lower_
    return any(w in HONORIFICS or w in TITLES or w in PERSON_NOUNS or w in ROLE_WORDS
               for w in (low, low[:-1] if low.endswith("s") else low))


# words before a name's left-out first word that open a name's place: a clause's punctuation or verb,
# or a preposition ("lawyers for Mehmet Hakan Atilla", "talks with Ivo Jan Marek")
LEFT_OPENERS = frozenset({"PUNCT", "VERB", "ADP", "CCONJ", "SCONJ"})


CLOSING_QUOTES = ("\u201d", '"')


def _quoted_first(doc: Doc, start: int, ent) -> bool:
    """Whether the word before a model name is its first name with the closing quote of the sentence before glued
    to it: 'the region.\u201dHarry| Kazianis, an analyst'."""
    toks = tokens_of(doc)
    if start < 2 or len(ent) != 1:
        return False
    prv = toks[start - 1]
    word = prv.text[1:]
    return prv.text.startswith(CLOSING_QUOTES) and word.isalpha() and word.istitle() and prv.whitespace_ == " " and \
        toks[start - 2].text in (".", "!", "?") and not toks[start - 2].whitespace_


def _left_out_first(doc: Doc, start: int, ent, taken: set[int], gz) -> bool:
    """Whether the word before a model name (starting at `start`) is a first name it left out (`taken` holds
    the gazetteer's and the titles' words: not "High Commissioner for Refugees| Ada Power")."""
    toks = tokens_of(doc)
    prv = toks[start - 1] if start > 0 else None
    if prv is None or not (prv.pos_ == "PROPN" and prv.tag_ != "NNPS" and prv.is_title and prv.dep_ == "compound" and
                           ent.start <= prv.head.i < ent.end and prv.i not in taken and not _title_word(prv) and
                           prv.text not in PARTY_WORDS and prv.text not in gz.terms and prv.i > 0 and
                           prv.text not in NOT_NAME_WORDS):
        return False
    if prv.ent_iob_ == "B" and prv.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and toks[prv.i + 1].ent_iob_ == "B" \
            and sum(t.text == prv.text for t in toks) == 1:
        # "said Aswan| Abdu Khalid": the model took a first name, written once, for a place or a body
        back = toks[prv.i - 1]
        return back.pos_ in LEFT_OPENERS and back.text not in ("'s", "\u2019s") and \
            back.lower_ not in PLACE_PREPS | SLOT_PREPS | {"from", "to", "at", "on", "of"}
    if prv.ent_iob_ == "O":
        back = toks[prv.i - 1]
        if back.pos_ == "ADP" and back.lower_ in PLACE_PREPS | SLOT_PREPS | {"from", "to", "at", "on"}:
            return False   # "positions in Unq| al-Hawa": after a preposition of places it is a place's first word
        demonym = gz.terms.get(back.text)   # "Australian Mamdouh| Habib": a nationality before the first name
        return back.pos_ in LEFT_OPENERS and back.text not in ("'s", "\u2019s") or (
            demonym is not None and demonym.how == "demonym" and back.ent_type_ == "NORP")
    # "the Peoples Council of Syria| Hadiya| Khalaf Abbas": the model's organisation took the
    # first name along after the state that ends it
    return prv.ent_type_ in ("ORG", "GPE") and prv.i - 1 in taken and \
        (prv.i + 1 >= len(doc) or toks[prv.i + 1].ent_iob_ == "B")


# words that may stand between a title and the name after it, in the title's portfolio ("High Commissioner for
# Human Rights", "Minister of State for the Economy")
PORTFOLIO_LINKS = frozenset({"for", "of", "on", "the", "and", "to"})


def _first_after_post(doc: Doc, start: int, ent, title_tok: set[int], taken: set[int], alone: set[str]) -> bool:
    """Whether the word before a model name is its first name written after a title and its portfolio, that the
    article also gives alone as a person ("Envoy for Minority Rights Tariq| Ra\u2019ad Al Faris" ... "Tariq said"): the
    name's head word, untagged, not a title's, a place's or a body's word."""
    toks = tokens_of(doc)
    if start < 2 or toks[start - 1].text not in alone:
        return False
    prv = toks[start - 1]
    if not (prv.pos_ == "PROPN" and prv.is_title and prv.ent_iob_ == "O" and prv.dep_ == "compound" and
            ent.start <= prv.head.i < ent.end and prv.i not in taken and prv.i not in title_tok and
            not _title_word(prv) and prv.text not in NOT_NAME_WORDS):
        return False
    k = start - 2
    while k >= 0 and k not in title_tok and toks[k].sent == prv.sent and (
            toks[k].is_title or toks[k].lower_ in PORTFOLIO_LINKS):
        k -= 1
    return k >= 0 and k in title_tok


def find_persons(doc: Doc, gz, taken: set[int], sent_of: list[int], text: str | None = None, ents: tuple | None = None,
                 source: str | None = None):
    """The persons of an article and their mentions, name forms joined within the article; `source` is the outlet."""
    toks = tokens_of(doc)
    text = doc.text if text is None else text
    ents = doc.ents if ents is None else ents
    ents_at = {i: e for e in ents for i in range(e.start, e.end)}
    ranges: list[tuple[int, int]] = []
    # a pasted text that lost its apostrophes and commas (FA-KES): "Assads forces", "Syrias"
    glued = "'" not in text and "\u2019" not in text and "," not in text
    person_ents = [e for e in ents if e.label_ == "PERSON"]
    title_tok = {i for t in doc.spans[TITLE_SPANS] for i in range(t.start, t.end)}
    marked = taken | title_tok
    lower = {t.text for t in toks if t.is_lower}   # the words the article writes in lower case
    spelled = _spelled_bodies(doc, person_ents)
    alone = {e.text for e in person_ents if len(e) == 1}
    for ent in person_ents:
        if ranges and ent.start < ranges[-1][1]:
            continue   # already taken into the name before ("Zeid Ra" + "al-Hussein")
        if ent.text in spelled:
            continue
        start = ent.start
        if _left_out_first(doc, start, ent, taken | title_tok, gz) or _quoted_first(doc, start, ent) or \
                _first_after_post(doc, start, ent, title_tok, taken, alone):
            start -= 1   # "Santo| Domic Chol", "lawyers for Mehmet| Hakan Atilla": a first name the model left out
        while start < ent.end - 1 and start in title_tok:
            start += 1   # "Secretary of |State Rex Tillerson": the model took the title's last word into the name
        end = _bracket_join(doc, start, _extend(doc, ent.start, ent.end, ents_at), taken, ents_at)
        if not glued:
            end = _mistagged_surname(doc, _adjacent(doc, end, ents_at), ents_at, taken)
        if _acronym_body(doc, start, end):
            continue
        dash = next((k for k in range(start + 1, end - 1) if toks[k].text in DASHES and toks[k].whitespace_
                     and toks[k - 1].whitespace_), None)
        if dash is not None:
            if outlet(doc[dash + 1:end].text, source):
                continue   # "Bab Sharqi - SANA": a picture's place and the agency credited, not a name
            end = dash     # a spaced dash parts a name from what the model ran it into
        cut = next((t.start for t in doc.spans[TITLE_SPANS] if start < t.start < end < t.end), None)
        if cut is not None:
            end = cut   # "Russian Maj| . Gen. Ivan Petrov": the model ran a place into the title after it
        if not glued:
            end = _mended_end(doc, _tail(doc, end, taken), taken)   # (a pasted text's headlines run capitalised words
            # on: "Bomb Blast")
        r = _trim(doc, start, end, taken)
        if r:
            r = strip_states(doc, *r, gz, glued)
            r = _trim(doc, *r, taken)   # what is left may start with an honorific: "Aleppo| Sheikh ..."
        if r and doc[r[0]:r[1]].text not in gz.terms:
            ranges.append(r)
    given = {toks[s].text for s, e in ranges if e - s >= 2}
    family = {toks[e - 1].text for s, e in ranges}
    for ent in ents:
        if ent.label_ == "ORG" and (r := _led_name(doc, ent, gz, taken, title_tok, given, family)):
            ranges.append(r)   # "American |Caitlan Coleman": the model ran a demonym or a title into the name
        elif ent.label_ == "ORG" and not any(i in taken for i in range(ent.start, ent.end)) and (
                _looks_like_person(doc, ent, given, family) or _titled_name(doc, ent, title_tok)
                or _official_surname(ent)
                or (_plain_name(doc, ent.start, ent.end, taken, gz) and (
                    _apposed_person(doc, ent.start, ent.end) or _owned_name(doc, ent.start, ent.end, taken)))):
            r = _trim(doc, ent.start, ent.end, taken | title_tok)
            if r:
                ranges.append(r)   # "Mr Blair" tagged as an organisation is "Blair"
        elif ent.label_ == "ORG" and (r := name_after_body(doc, ent, gz, taken) or
                                      _name_after_titled_body(doc, ent, gz, taken, title_tok)):
            ranges.append(r)   # "the envoy to the OAS Rosa Quispe": the model ran the body into the name after it
        elif ent.label_ in ("ORG", "GPE", "NORP") and not any(i in taken for i in range(ent.start, ent.end)) and \
                (_titled_apposition(doc, ent) and not cities_named(ent.text) or _cued_name(doc, ent, marked, gz, lower)):
            r = _trim(doc, ent.start, ent.end, taken)
            if r:
                ranges.append(r)   # "Nurettin Canikli, Turkey's defence minister, said": a name the model took for a place
    person_tok = {i for s, e in ranges for i in range(s, e)}
    for r in _unlabelled_names(doc, marked, person_tok, gz) + _capital_names(doc, marked, person_tok, gz) + \
            _recurring_surnames(doc, marked, person_tok, gz) + _aged_names(doc, marked, person_tok, gz, text):
        if not any(i in person_tok for i in range(*r)):   # two readers may find one name
            ranges.append(r)   # "and Ada Power, a think-tank founder,": a name the model gave no entity
            person_tok.update(range(*r))
    for title in doc.spans[TITLE_SPANS]:
        r = _after_title(doc, title, taken, person_tok, ents_at, gz)
        if r and doc[r[0]:r[1]].text not in gz.terms:
            ranges.append(r)
            person_tok.update(range(*r))
    for k in range(len(doc) - 1):
        if toks[k].text in COURT_TITLES and k not in title_tok and \
                (r := _after_court_title(doc, k, taken, person_tok)) and doc[r[0]:r[1]].text not in gz.terms:
            ranges.append(r)   # "the sultan's brother, Prince Jefri,": a name the model gave no entity
            person_tok.update(range(*r))
    sure = set()
    for tok in toks:
        if tok.lower_ in KIN and tok.i > 0 and toks[tok.i - 1].lower_ in ("his", "her", "their", "'s", "\u2019s") and \
                tok.i + 1 < len(doc) and tok.i + 1 not in person_tok and tok.i + 1 not in taken:
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and toks[end].is_title and toks[end].pos_ == "PROPN" and \
                    end not in taken and end not in person_tok:
                end += 1
            r = _trim(doc, tok.i + 1, end, taken) if end > tok.i + 1 else None
            if r:
                ranges.append(r)
                person_tok.update(range(*r))
                sure.add(r[0])   # "his wife Melania", "Marek's daughter Ada"
    # single-word forms ("Assad", "Hatami") the model tagged otherwise or not at all
    known = {_name_text(doc, s, e) for s, e in ranges}
    short = {f.split()[-1] for f in known} | {f.split()[0] for f in known if len(f.split()) > 1}
    # "Haider al-Abadi" is "Abadi" later on, as the model's organisation or no entity at all
    short |= {ARABIC_ARTICLE.sub("", f.split()[-1]) for f in known if len(f.split()) > 1}
    months = short & CALENDAR   # "Ruth June", later "June met ...": a month-named surname, in subject slots only
    short -= set(gz.terms) | NOT_NAMES | CALENDAR
    if months:
        first = min((toks[s].idx for s, e in ranges if e - s > 1 and toks[e - 1].text in months), default=len(text))
        for hit in re.finditer(r"\b(?:" + "|".join(sorted(months)) + r")\b", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is not None and len(span) == 1 and hit.start() > first and \
                    (_surname_subject(span[0]) or _surname_side(span[0]) or _surname_object(span[0])
                     or _surname_possessor(span[0])) and span.start not in person_tok and \
                    span.start not in taken:
                ranges.append((span.start, span.end))
                person_tok.add(span.start)
    if short:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(short, key=len, reverse=True)) + r")\b")
        for hit in pattern.finditer(text):
            span = doc.char_span(hit.start(), hit.end())
            # a hyphenated surname is several tokens: "Nkosazana Dlamini-Zuma" is "Dlamini-Zuma" later on
            if span is None or len(span) != 1 and "-" not in hit.group():
                continue
            if not any(t.i in person_tok or t.i in taken for t in span) and span[0].is_title and span[-1].is_title:
                ranges.append((span.start, span.end))
                person_tok.update(range(span.start, span.end))
    ranges.sort()
    votes: Counter = Counter()
    for e in ents:
        votes[(e.text, "PERSON" if e.label_ == "PERSON" else "place" if e.label_ in ("GPE", "LOC", "FAC") else "")] += 1
    forms = _aliases_joined(doc, [_name_text(doc, s, e) for s, e in ranges], ranges)
    if glued:
        forms, ranges = unglue(doc, forms, ranges, gz)
    persons, mentions = [], []
    zones = credit_zones(text)
    lower_words = {w for w in lower if len(w) > 3}
    # the states the article names: a one-word name that is one of their towns ("Palmyra", "Qardaha") is a place
    here = {s.label_[6:] for s in doc.spans.get(GAZ_SPANS, ()) if s.label_.startswith("state:")}
    place_tok = {i for e in ents if e.label_ in ("GPE", "LOC", "FAC") and not any(j in taken for j in range(e.start, e.end))
                 for i in range(e.start, e.end)} - person_tok
    body_tok = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)} - person_tok
    # a post's title before a form, not an honorific: "President Robert X" is the one a bare "X" means, not "Dr Grace X"
    courtesy = frozenset(i for i, (s, e) in enumerate(ranges) if s > 0 and toks[s - 1].lower_.rstrip(".") in COURTESY)
    for person, idx in cluster_names(forms, frozenset(i for i, (s, e) in enumerate(ranges) if posted(doc, s)), courtesy):
        spans = [ranges[i] for i in idx]
        if all(quoted(doc, s, e) for s, e in spans):
            continue   # the title of a show or a book: MSNBC's "Andrea Mitchell Reports"
        if all(e - s >= 2 and all(t.lower_ in lower_words for t in doc[s:e]) and not titled(doc, s) for s, e in spans):
            continue   # "Terrorist Attack": a pasted headline's words, each also written in lower case
        if all(e - s == 1 for s, e in spans) and not any(s in sure for s, e in spans) and (
                thing(doc, spans, votes) or common_word(doc, spans, lower)
                or all(opens_sentence(doc, s) and english_word(toks[s].text) and not titled(doc, s) and (
                    toks[s].pos_ != "PROPN" or e < len(doc) and toks[e].pos_ == "NOUN" and toks[e].is_lower)
                       for s, e in spans)
                or ((cities_named(person.name) or town_of(person.name, here) and not person.name.isupper()
                     and not any(_described(doc, e) for s, e in spans)) and
                    not any(_after_honorific(doc, s) for s, e in spans))
                or all(toks[s].pos_ in ("VERB", "ADJ", "ADV", "ADP") and not titled(doc, s) for s, e in spans)
                or (BANK_NAME.search(person.name) and not any(titled(doc, s) for s, e in spans))):
            continue   # "Kirkuk", "the Hurriyet newspaper", "Qazvin", "Halkbank"; "Turnout for the vote", "Calmer
            # relations" (WordNet lists surnames too, "Carter", "Putin": a proper noun that no noun follows is kept)
        if all(ACRONYM_COMPOUND.fullmatch(doc[s:e].text) for s, e in spans) and not any(titled(doc, s) for s, e in spans):
            continue   # "the ruling ZANU-PF party", "ZANU-PF is divided": a party's acronym
        if glued and all(e - s == 1 and place_slot(doc, s) for s, e in spans):
            continue   # a pasted story's "from Jobar", "in Qardaha": one-word places the model calls persons
        if all(_listed_with_places(doc, s, e, place_tok) for s, e in spans):
            continue   # "suburbs such as Daraya and Moadamiyeh", "governors for Tachira, Merida and X": a list of places
        if all(_listed_with_bodies(doc, s, e, body_tok) for s, e in spans):
            continue   # "S&P Global Ratings and Fitch have downgraded": a list of organisations
        if all(_listed_among_bodies(doc, s, e, body_tok | place_tok) for s, e in spans):
            continue   # "expelled Action Aid, World Vision, Plan International, ... and X": a long list of bodies
        if all(governed(doc, s, e) and not titled(doc, s) and not speaks(doc, e) for s, e in spans):
            continue   # "the governors for Tachira, Merida and X": the places their posts are of
        if all(_in_place_slot(doc, s, e) for s, e in spans):
            continue   # "fighting in Albu Kamal", "in Ah Nauk Pyin and nearby Naung Pin Gyi": every mention a place's
        if all(article_first(doc, s, e) and not titled(doc, s) for s, e in spans):
            continue   # "Al-Manar", "Al-Bab": the Arabic article alone in a name with no title is a place or a body
        full = [(s, e) for s, e in spans if e - s > 1] or spans
        if all(after_article(doc, s) for s, e in full):
            continue   # "al-Bu Kamal", "al-Inzarat": a place with the Arabic article
        if any(place_context(doc, s, e) or place_object(doc[s:e].root) for s, e in full):
            continue   # "Sayeda Zeinab shrine", "paint maker Akzo Nobel"
        if any(facility(doc, s, e) for s, e in full) and \
                not any(titled(doc, s) for s, e in spans if not facility(doc, s, e)):
            continue   # "the Sir Ada Power hospital", "the Al X dynasty"; but "President Ada Power" elsewhere is a person
        if not glued and any(media_named(doc, s, e) for s, e in full):
            continue   # "broadcaster CNN Turk"; but a text that lost its commas runs a reader's name into the outlet's
            # kind before it ("published on CNNs website Ada Power of the Brookings ...")
        if not any(titled(doc, s) for s, e in spans) and any(
                e + 1 < len(doc) and toks[e + 1].lower_ in ("a", "an") and (h := _apposition_head(doc, e)) is not None
                and h.lower_ in PLACE_APPOSITIONS for s, e in spans):
            continue   # "Koh Lanta, an island off the coast": the apposition calls the name a place or a thing
        if byline(doc, spans, zones):
            continue   # "Reporting by Mark Felsenthal; Editing by Vicki Allen"
        if outlet(person.name, source):
            continue   # "Tasnim", the article's own "Asharq Al-Awsat"
        if all(e - s == 1 and DIARY_DATE.match(text, toks[s].idx + len(toks[s].text)) for s, e in spans):
            continue   # "Sun, Dec. 17": a day, not a person
        persons.append(person)
        for s, e in spans:
            span, name = doc[s:e], _name_text(doc, s, e)
            quote = len(span.text) - len(span.text.lstrip("\"'\u201c\u201d\u2018\u2019"))   # ".”Peter Kovalenko"
            mentions.append(Mention(key=person.key, start=span.start_char + quote, end=span.end_char, token_start=s,
                                    token_end=e, sent=sent_of[s], text=name,
                                    how="name" if name == person.name else "surname"))
    return persons, mentions
