"""Organisations the gazetteer does not know, read from their names.

A gazetteer name may be a word that many bodies' names share: "Democrats" is the US party, but "Social Democrats" is
Germany's or the Czech Republic's; "Congress" is the US legislature, but "African National Congress" is a party;
"National Liberation Army" is Colombia's ELN, but "West Papua National Liberation Army" an armed group of Indonesia.
Where the model's entity runs on over such a shared word with more name words bound to it, the longest name wins: the
longer name is an organisation of its own, never the gazetteer's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .context import tokens_of

# words of gazetteer names that other bodies' and parties' names share ("Liberal Democratic Party", "Republican
# Guard", "Zimbabwe Electoral Commission"); a name of none of them ("Human Rights Watch", "Nusra Front") is its own
SHARED_WORDS = frozenset("""Party Democrats Democrat Democratic Republican Republicans Congress Commission Council
Army Labour Conservative Conservatives Senate Assembly Parliament""".split())
# words that make "Democrats" a European party family, never the US party, with or without the model's entity
FAMILY_WORDS = frozenset({"Free", "Christian", "Social"})
# model entities that may be a longer name: "Social Democrats" is mostly tagged as a nationality or group (NORP)
NAME_LABELS = frozenset({"ORG", "NORP", "FAC"})
ARTICLES = frozenset({"The", "A", "An", "THE"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
# an abbreviation in brackets after the name ("(CDPJ") ends it
NAME_END = frozenset({"(", ",", ";", ":", "-", "\u2013", "\u2014"})


def _name_word(tok, named: set[int], pasted: bool) -> bool:
    """A capitalised word that belongs to a name: not an article, not a name the gazetteer knows ("UN World Food
    Programme"), not, in a text stripped of apostrophes, a possessive glued to its owner ("Trumps National Security
    Council", "Wednesdays U.N. Security Council")."""
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.text not in ARTICLES and tok.i not in named \
        and not (pasted and tok.text.endswith("s") and not tok.text.endswith("ss"))


def longer_name(doc: Doc, span: Span, ents: tuple, named: set[int], pasted: bool) -> Span | None:
    """The longer name the model read around a shared gazetteer name ("Social |Democrats|", "West Papua |National
    Liberation Army|", "|Republican| Guard"), when a capitalised word bound to it stands right before or after it
    inside the model's entity; None when the gazetteer name stands alone or is only owned ("Labour's Starmer", "her
    Labour Party", "the Syrian Congress")."""
    toks = tokens_of(doc)
    if not SHARED_WORDS & set(span.text.split()):
        return None
    prev = toks[span.start - 1] if span.start > 0 else None
    if span.text in ("Democrats", "Democrat") and prev is not None and prev.text in FAMILY_WORDS:
        end = span.end + (span.end < len(doc) and toks[span.end].text in ("Party", "party"))
        return doc[prev.i:end]   # "the pro-business Free Democrats (FDP)": the model often tags no entity
    for ent in ents:
        if ent.label_ not in NAME_LABELS or not (ent.start <= span.start and span.end <= ent.end) or len(ent) == len(span):
            continue
        before = toks[span.start - 1] if span.start > ent.start else None
        # after it only a one-word name, an adjective ("Republican Guard"): a longer one the model ran on into what
        # follows in a pasted text ("UN Security Council Fode Seck") more often than into its own name
        after = toks[span.end] if span.end < ent.end and len(span) == 1 else None
        if any(t is not None and _name_word(t, named, pasted) for t in (before, after)):
            return _trimmed(doc, ent, span)
    return None


def _trimmed(doc: Doc, ent: Span, span: Span) -> Span:
    """The name inside a model entity: after an owner's possessive ("Abe's |Liberal Democratic Party|") and a leading
    article, before a bracket or a trailing possessive ("The |Constitutional Democratic Party of Japan| (CDPJ")."""
    toks = tokens_of(doc)
    start, end = ent.start, ent.end
    for i in range(ent.start, span.start):
        if toks[i].text in POSSESSIVES:
            start = i + 1
    if toks[start].text in ARTICLES or toks[start].lower_ == "the":
        start += 1
    for i in range(span.end, ent.end):
        if toks[i].text in NAME_END | POSSESSIVES:
            end = i
            break
    return doc[start:end]


def longer_kind(name_kind: str, shared_kind: str | None) -> str:
    """The kind of a longer name: a party's or an armed group's word keeps its kind ("Social Democrats", "Republican
    National Committee", "Zapatista National Liberation Army"); a state body's word says nothing of the longer name
    ("African National Congress" is a party, "World Jewish Congress" a society): no kind, unless its own words
    give one."""
    if shared_kind in ("party", "armed_group"):
        return shared_kind
    return "other" if shared_kind == "government_body" and name_kind == "government_body" else name_kind


# first words of Arabic names of armed groups: "Jaish al-Islam" (army), "Ahrar al-Sham" (the free men), "Jund al-Aqsa"
# (soldiers), "Faylaq al-Rahman" (legion), "Liwa al-Quds" (brigade), "Harakat Nour al-Din al-Zenki" (movement); the
# model mostly tags them as persons, which `persons` rejects by the same words
GROUP_HEADS = frozenset("""Jaish Jaysh Jeish Jaishul Jabhat Jund Ahrar Faylaq Failaq Filaq Liwa Harakat Kataib Katibat
Saraya Ansar""".split())
# the last word of a name that says it is a fighting force, and words that make an "Army" or a "Front" one that is no
# state's ("Arakan Rohingya Salvation Army", "New People's Army", "Moro National Liberation Front")
FORCE_WORDS = frozenset("Brigade Brigades Battalion Battalions Militia Militias Mujahideen Legion".split())
INSURGENT_WORDS = frozenset("Liberation Salvation Resistance Insurgent Rebel Rebels Mujahideen Jihad".split())


def armed_name(name: str) -> bool:
    """Whether an organisation's name says it is an armed group ("Al-Iman Brigade", "New People's Army", "Arakan
    Rohingya Salvation Army"); a state's army is named with its state, which the gazetteer reads first."""
    words = name.replace("\u2019", "'").split()
    if not words:
        return False
    if words[-1] in FORCE_WORDS or words[0] in GROUP_HEADS:
        return True
    return words[-1] in ("Army", "Front", "Movement") and (bool(INSURGENT_WORDS & set(words)) or
                                                           "People's" in words[:-1] and words[0] == "New")


def arabic_groups(doc: Doc, ents: tuple, taken: set[int]) -> list[Span]:
    """Armed groups named in Arabic that the model took for persons or places ("Jaysh al-Islam", "Ahrar al-Sham"):
    each from its first word to the next group's first word ("Faylaq al-Rahman Jaysh al-Islam" is two)."""
    toks = tokens_of(doc)
    out = []
    for ent in ents:
        start = ent.start + (ent[0].lower_ == "the")
        if ent.label_ not in ("PERSON", "ORG", "FAC", "GPE", "NORP") or start >= ent.end \
                or toks[start].text not in GROUP_HEADS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        cuts = [i for i in range(start, ent.end) if toks[i].text in GROUP_HEADS] + [ent.end]
        out += [doc[a:b] for a, b in zip(cuts, cuts[1:]) if b - a >= 2 and _arabic_name(doc[a:b])]
    return out


def _arabic_name(span: Span) -> bool:
    """A group head and a name after it with its Arabic article ("al-Islam", "al Sham", "ul-Umma"), not a head word
    alone before a place or a verb."""
    second = span[1]
    return second.lower_ in ("al", "el", "ul", "al-", "el-", "ul-") or second.lower_.startswith(("al-", "el-", "ul-")) \
        or second.is_title and second.is_alpha


# plurals a party family goes by in many states ("the Greens", "the opposition Socialists"): the model tags them as a
# nationality or group (NORP), and no gazetteer can give them one state
PARTY_FAMILIES = frozenset({"Greens", "Socialists"})


def party_families(doc: Doc, taken: set[int]) -> list[Span]:
    """Parties named by their family's plural ("the environmental Greens", "The opposition Socialists demanded"),
    not a word a name, a person or a gazetteer term already holds ("Scottish Greens" keeps the model's name)."""
    return [doc[t.i:t.i + 1] for t in tokens_of(doc) if t.text in PARTY_FAMILIES and t.i not in taken
            and t.ent_type_ in ("NORP", "ORG", "") and not (t.ent_iob_ == "I" and t.ent_type_ == "ORG")]


# an abbreviation in brackets after a name: "(AMA)", "(AfD)", "(CDU/CSU)", "(TPN-OPM)"; not a ticker "(FCX.N)" nor a
# social media handle "(DailySabah)"
ABBREVIATION = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?!(?:[^a-z]*[a-z]){3})[A-Za-z][A-Za-z/&-]{1,11}$")
NAME_LINKS = frozenset({"of", "for", "and", "the", "de", "al", "&"})


def abbreviated_names(doc: Doc, blocked: set[int], placed: set[int], terms, kind_of) -> list[tuple[Span, str]]:
    """Names the text spells out once with their abbreviation in brackets ("the Australian Medical Association (AMA)",
    "Alternative for Germany (AfD)", "the Kurdish Democratic Party (KDP)"), each with the abbreviation; not a name
    of a person or one the gazetteer knows as an organisation (`blocked`: "Free Syrian Army (FSA)"), nor a state
    spelled out (`placed`: "United Arab Emirates (UAE)") or a state's body named after it ("Israel Defense Forces
    (IDF)", which acts for the state as "the Israeli army" does; `kind_of` tells a body's name)."""
    toks = tokens_of(doc)
    out = []
    for tok in toks[2:-1]:
        if toks[tok.i - 1].text != "(" or toks[tok.i + 1].text != ")" or not ABBREVIATION.match(tok.text) \
                or tok.text in terms:
            continue
        end = start = tok.i - 1
        while start > 0 and toks[start - 1].is_alpha and (toks[start - 1].is_title or toks[start - 1].is_upper
                                                          or toks[start - 1].lower_ in NAME_LINKS - {"the"}):
            start -= 1
        while start < end and toks[start].lower_ in NAME_LINKS:
            start += 1   # a name opens with a name word, not "of" ("... of the Patriotic Union")
        span = doc[start:end]
        words = [t for t in span if t.lower_ not in NAME_LINKS]
        if len(words) < 2 or any(t.i in blocked for t in span) or all(t.i in placed for t in words) or (
                words[0].i in placed and kind_of(span.text) == "government_body"):
            continue
        if tok.text[0].upper() not in {t.text[0].upper() for t in words[:2]}:
            continue   # "the Free Papua Movement (OPM)", the abbreviation of another language's name: no telling
        out.append((span, tok.text))
    return out


# words that say a group fights: a member noun right after its name ("the Toro rebels", "Maute fighters"), or a fighting
# word before a group noun right after it or in an apposition set off by a comma ("the Dawla rebel alliance", "X, the
# largest rebel faction of the east,", "X, an Islamist militant group,")
FIGHTING_MEMBERS = frozenset("""rebels militants militia militias fighters insurgents guerrillas guerrilla jihadists
gunmen""".split())
FIGHTING_WORDS = frozenset("rebel militant armed insurgent jihadist guerrilla separatist paramilitary".split())
GROUP_NOUNS = frozenset("""group groups alliance alliances movement movements faction factions organisation
organization organisations organizations militia militias coalition front""".split())
APPOSITION_OPENERS = frozenset({"a", "an", "the", "one"})


def fights_by_words(doc: Doc, span: Span) -> bool:
    """Whether the words right after a name say it is an armed group: a fighters' noun ("the Toro rebels"), a fighting
    word and a group noun ("the Dawla rebel alliance"), or an apposition whose head is such a group ("X, the largest
    rebel faction of the east,", "X, a separatist militia,"); not a group the apposition says fights it ("X, which
    the rebels attacked"), nor words further on in the sentence."""
    toks = tokens_of(doc)
    i = span.end + (span.end < len(doc) and toks[span.end].lower_ == "group")   # "the Maute group, a militant group,"
    if span[-1].text in POSSESSIVES or i < len(doc) and toks[i].text in POSSESSIVES:
        return False   # "the Toro's fighters": the fighters of a place or a people as often as of a group
    if i < len(doc) and toks[i].lower_ in FIGHTING_MEMBERS:
        return True
    if i + 1 < len(doc) and toks[i].lower_ in FIGHTING_WORDS and toks[i + 1].lower_ in GROUP_NOUNS:
        return True
    if i + 1 >= len(doc) or toks[i].text != "," or toks[i + 1].lower_ not in APPOSITION_OPENERS:
        return False
    for j in range(i + 2, min(i + 10, len(doc) - 1)):   # the apposition's words up to its group noun
        tok = toks[j]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON") or tok.lower_ in ("which", "that", "who"):
            return False
        if tok.lower_ in FIGHTING_WORDS and toks[j + 1].lower_ in GROUP_NOUNS or tok.lower_ in ("militia", "militias"):
            return True
    return False


# lower-case nouns a party's or a faction's name stands before ("the ruling Jubo party", "the Civic Unity coalition",
# "the G12 political faction"); one adjective of politics may stand between
PARTY_NOUNS = frozenset({"party", "coalition", "faction"})
# one-word names that are a party family's or a side's word, no one party's ("the Communist party" of which state?)
FAMILY_NAMES = frozenset("""communist communists socialist socialists greens conservative conservatives liberal liberals
democratic democrat democrats republican republicans labour labor green nationalist nationalists christian social
national islamist islamic centrist opposition ruling coalition government governing""".split())
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"})
NAME_SHAPE = re.compile(r"^(?=.*[A-Z])[A-Z0-9][A-Za-z0-9]*$")


def _party_word(tok, blocked: set[int]) -> bool:
    """A word of a party's name: capitalised or an acronym ("Jubo", "PDI", "G12"), of no date or number entity."""
    return bool(NAME_SHAPE.match(tok.text)) and tok.text not in ARTICLES and tok.i not in blocked \
        and tok.ent_type_ not in NOT_NAME_ENTS and not tok.is_sent_start


def _cut_name(doc: Doc, start: int) -> bool:
    """Whether the words before a party's name are a longer name's: a link word ("Law and |Order", "Union for
    |Progress") or a capitalised word, a lower-case preposition and "the" ("Republic on the |Move")."""
    toks = tokens_of(doc)
    if start > 0 and toks[start - 1].lower_ in ("and", "of", "for", "&") and toks[start - 1].is_lower:
        return True
    return start > 2 and toks[start - 1].lower_ == "the" and toks[start - 2].pos_ == "ADP" and toks[start - 2].is_lower \
        and toks[start - 3].text[:1].isupper()


def named_parties(doc: Doc, ents: tuple, blocked: set[int]) -> list[Span]:
    """Parties and factions the model does not tag as organisations, named before a party's noun ("the ruling Jubo
    party", "the PDI-K party", "the Civic Unity coalition"), with every later use of the bare name; not a name the
    model reads as an organisation already ("the ZANU-PF party"), a place or a people only ("the Northern Ireland
    party"), a party told by what it is ("a Basque party"), nor a family's word alone ("the Communist party")."""
    toks = tokens_of(doc)
    org = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    place = {i for e in ents if e.label_ in ("GPE", "LOC", "NORP") for i in range(e.start, e.end)}
    names: list[Span] = []
    for noun in toks:
        if noun.text not in PARTY_NOUNS or noun.i < 1:
            continue
        end = noun.i - (toks[noun.i - 1].lower_ == "political")
        start = end
        while start > 0 and (_party_word(toks[start - 1], blocked) or toks[start - 1].text == "-" and start - 1 > 0
                             and start < end and _party_word(toks[start - 2], blocked)
                             and not toks[start - 2].whitespace_ and not toks[start - 1].whitespace_):
            start -= 1
        if start == end or start > 0 and (toks[start - 1].text == "-" or toks[start - 1].text in POSSESSIVES):
            continue   # no name, or one that runs on over a word no name holds ("US-led coalition")
        if _cut_name(doc, start):
            continue   # the end of a longer name the model did not tag ("Law and Order party")
        span = doc[start:end]
        if all(i in org for i in range(start, end)) or all(i in place for i in range(start, end)) \
                or len(span) == 1 and span.text.lower() in FAMILY_NAMES \
                or start > 0 and toks[start - 1].lower_ in ("a", "an"):
            continue   # the model's organisation, a place or a people ("a Northern Irish party"), a family's word
        names.append(span)
    known = {s.text for s in names}
    out = list(names)
    at = {s.start for s in names}
    for name in known:
        words = name.split()
        for tok in toks:
            i = tok.i
            if not name.startswith(tok.text) or i in at or doc[i:i + len(words)].text != name \
                    or any(j in blocked for j in range(i, i + len(words))):
                continue
            # the same words elsewhere: the party, not words of a longer name or a verb ("Left without")
            if i > 0 and _party_word(toks[i - 1], blocked) or i + len(words) < len(doc) and \
                    _party_word(toks[i + len(words)], blocked) or tok.is_sent_start and tok.pos_ != "PROPN":
                continue
            out.append(doc[i:i + len(words)])
    return out
