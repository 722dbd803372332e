"""Within-article resolution: which name forms are one person ("Assad" is "Bashar al-Assad",
"Geng" is "Geng Shuang"), and the fullest form of each.

Pure functions over strings and token offsets, so they are tested value in, value out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import slug

# honorifics and titles that news writes before a name but that are not part of it
HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sir lord lady dame president minister prime premier
king queen prince princess sheikh shaikh emir sultan general gen gen. senator sen sen. rep rep. ambassador
secretary chancellor governor mayor judge justice pope cardinal bishop rev rev. colonel col col. lt lt.
lieutenant major maj maj. brigadier admiral adm adm. commander captain capt capt. sergeant sgt sgt. foreign
defence defense deputy vice chief spokesman spokeswoman crown his her their the a an monsieur madame
frau herr senora senor mep mp representative congressman congresswoman lawmaker legislator datuk dato
seri""".split())
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "della", "van", "von",
                       "der", "den", "le", "la", "du", "des", "dos", "ben"})


# words after a name that make another person ("Donald Trump Jr.") or that the model ran on to ("Assad Eleven")
NOT_NAME_TAILS = frozenset("""jr sr ii iii iv one two three four five six seven eight nine ten eleven twelve
twenty hundred""".split())


def name_tokens(name: str) -> list[str]:
    """Lowercase, accent-folded tokens for matching; "al-Assad" -> ["assad"], "bin Salman" -> ["salman"]."""
    toks = []
    for t in slug(name).split("-"):
        if t and t not in PARTICLES:
            toks.append(t)
    return toks


def clean_name(text: str) -> str:
    """A name as written without leading titles, trailing possessive or punctuation."""
    text = re.sub(r"[\u2019']s$", "", text.strip()).strip(" ,.;:\"'()[]\u201c\u201d")
    words = text.split()
    while words and words[0].lower().rstrip(".") in HONORIFICS | {w.rstrip(".") for w in HONORIFICS}:
        words = words[1:]
    return " ".join(words)


@dataclass
class Person:
    """One person of the article: the fullest name written and the other forms used."""

    name: str
    forms: list[str] = field(default_factory=list)   # every form used, in text order

    @property
    def aliases(self) -> tuple[str, ...]:
        """The other forms used, without the name itself, once each."""
        seen, out = {self.name}, []
        for f in self.forms:
            if f not in seen:
                seen.add(f)
                out.append(f)
        return tuple(out)

    @property
    def key(self) -> str:
        """The person's entity key: "person:<slug of the fullest name>"."""
        return f"person:{slug(self.name)}"


def _joins(short: list[str], full: list[str]) -> bool:
    """Whether a shorter form names the same person as a fuller one (in the same article)."""
    if not short or not full or len(short) >= len(full):
        return False
    if full[-len(short):] == short:                   # "Assad", "Le Drian": a tail of the full name
        return True
    if len(short) == 1 and full[0] == short[0]:
        return True   # "Geng" of "Geng Shuang" (surname first), "Zeid" of "Zeid Ra'ad al-Hussein"
    # "George Bush" of "George W Bush": first and last agree, the middle is dropped; "Ahmed Ali" of
    # "Ahmed Ali Saleh", "Tamim bin Hamad" of "Tamim bin Hamad al-Thani": the name's first words
    return len(short) >= 2 and short[0] == full[0] and (short[-1] == full[-1] or (
        full[:len(short)] == short and not set(full[len(short):]) & NOT_NAME_TAILS))


PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _fathers_name(short: str, full: str) -> bool:
    """Whether a one-word form is the father's name inside a full name ("Salman" of "Mohammed bin Salman": King
    Salman, not his son); "bin Salman" itself still is the son."""
    words = slug(full).split("-")
    short_words = slug(short).split("-")
    if len(short_words) != 1 or short_words[0] not in words:
        return False
    k = words.index(short_words[0])
    return k > 0 and words[k - 1] in PATRONYMIC


def cluster_names(forms: list[str], titled: frozenset[int] = frozenset(),
                  courtesy: frozenset[int] = frozenset()) -> list[tuple[Person, list[int]]]:
    """Group the name forms of an article (in text order) into persons; returns each with its form indexes.

    A short form joins the fullest name it agrees with; when two full names share it ("Siamak
    Namazi", "Baquer Namazi"), the one of them written after a title (the indexes `titled`) wins when only
    one is ("Prime Minister Ivo Marek" and his wife "Ana Marek": "Marek" is the premier, as news names a
    politician by surname; not for a form after a courtesy title, the indexes `courtesy`: "Mr" or "Mrs" addresses
    whoever it names, so no post decides), else the one whose surname alone was already written for them before any
    other of them was named, else the one written last before it.
    """
    toks = [name_tokens(f) for f in forms]
    order = sorted(range(len(forms)), key=lambda i: (-len(toks[i]), -len(forms[i].split()), i))
    persons: list[tuple[Person, list[int], list[str]]] = []
    owner: dict[int, int] = {}
    for i in order:
        if not toks[i]:
            continue
        same = [p for p, (_, _, pt) in enumerate(persons) if pt == toks[i]]
        if same:
            owner[i] = same[0]
            persons[same[0]][1].append(i)
            continue
        fathers = any(_fathers_name(forms[i], person.name) for person, _, _ in persons)
        fuller = [] if fathers else [p for p, (_, _, pt) in enumerate(persons) if _joins(toks[i], pt)]
        tails = [p for p in fuller if persons[p][2][-len(toks[i]):] == toks[i]]
        fuller = tails or fuller   # "Trump" is Donald Trump's surname before it is Trump Turnberry's first word
        if fuller:
            before = [p for p in fuller if any(j < i for j in persons[p][1])]
            posted = [p for p in before if any(j in titled for j in persons[p][1])]
            if len(posted) == 1 and i not in courtesy:
                before = posted
            elif len(before) > 1:
                before = _established(before, persons, toks, i) or before
            owner[i] = max(before or fuller, key=lambda p: max((j for j in persons[p][1] if j < i), default=-1))
            persons[owner[i]][1].append(i)
            continue
        typos = [p for p, (_, _, pt) in enumerate(persons) if len(toks[i]) == 1 and len(pt) >= 2
                 and _misspelt(toks[i][0], pt[-1])]
        if len(typos) == 1 and any(j < i for j in persons[typos[0]][1]):
            owner[i] = typos[0]   # "Ivo Marek ... Maerk's term": a surname with two letters swapped
            persons[typos[0]][1].append(i)
            continue
        persons.append((Person(forms[i]), [i], toks[i]))
        owner[i] = len(persons) - 1
    out = []
    for p, (person, _, _) in enumerate(persons):
        idx = sorted(i for i, o in owner.items() if o == p)
        person.forms = [forms[i] for i in idx]
        out.append((person, idx))
    return out


def _established(cands: list[int], persons, toks, i: int) -> list[int]:
    """The one of several persons sharing a surname whose surname alone was already written for them before any
    other of them was named ("Ivo Marek ... Marek said ... Ana Marek ... Marek"): news names the second person of a
    family name in full, so the bare surname goes on meaning the first; empty when none or several are."""
    first = {p: min(persons[p][1]) for p in cands}
    got = [p for p in cands if any(j < i and toks[j] == toks[i] and all(j < first[q] for q in cands if q != p)
                                   for j in persons[p][1])]
    return got if len(got) == 1 else []


def _misspelt(a: str, b: str) -> bool:
    """Whether a is b with two neighbouring letters swapped ("Maerk", "Marek"), or, in a long name, one letter
    changed; not a shorter or longer name ("Abbas", "Abbasi")."""
    if len(a) != len(b) or a == b or len(a) < 4:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return len(diff) == 1 and len(a) >= 7


UNIQUE_ROLES = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister"})
ORG_POSTS = {"HeadOfState": "Official", "HeadOfGovernment": "Official", "ForeignMinister": "Official",
             "DefenceMinister": "Official", "Minister": "Official"}


# words of the gazetteer's names of a region's own government ("Kurdistan Regional Government")
REGION_BODY_WORDS = frozenset({"Region", "Regional", "Provincial", "Autonomous"})
# words that name a kind of government, not a region's: "the Unity Government", "a Transitional Government"
GOVERNMENT_KINDS = frozenset("""national unity transitional federal interim provisional central local state military
new caretaker coalition the his her its their our your municipal city""".split())


def regional_government(key: str, entities, gz) -> bool:
    """Whether an organisation is a region's own government: one the gazetteer knows in no state ("Kurdistan
    Regional Government"), or one `regions` reads from a region's name ("Catalan government", "Scottish Government")."""
    info = gz.entities.get(key)
    if info is not None:
        return info.get("org_kind") == "government_body" and not info.get("state") and \
            bool(REGION_BODY_WORDS & set(info.get("name", "").split()))
    ent = entities.get(key)
    words = ent.name.split() if ent is not None else []
    if ent is None or len(words) < 2 or words[-1].lower() != "government":
        return False
    if ent.org_kind == "government_body":
        return True
    # the model's own name, "Scottish Government": a place's word no gazetteer knows, not a kind of government
    return ent.org_kind == "other" and len(words) == 2 and words[0].isalpha() and words[0][:1].isupper() and \
        words[0] not in gz.terms and words[0].lower() not in GOVERNMENT_KINDS


# the first and last words of the names of a state's own agencies no gazetteer knows ("National Disaster Management
# Organization", "Central Pollution Control Board"); not a council or committee, often a party's or a union's
STATE_BODY_FIRST = frozenset({"National", "Central", "State", "Federal"})
STATE_BODY_LAST = frozenset("""Agency Authority Board Centre Center Commission Office Organization Organisation
Service Bureau Administration Directorate Inspectorate""".split())
# words of a state's media, whose staff hold no public post ("State News Agency")
MEDIA_WORDS = frozenset({"News", "Press", "Broadcasting", "Television", "Radio", "Media"})


def state_body(name: str) -> bool:
    """Whether an organisation's name reads as a state's own agency: "National Cyber Security Centre", "State Audit
    Office"; not "National Rifle Association", "Central Committee", "State News Agency"."""
    words = name.split()
    return len(words) >= 2 and words[0] in STATE_BODY_FIRST and words[-1] in STATE_BODY_LAST and \
        not MEDIA_WORDS & set(words)


def _in_state_body(key: str, entities, gz) -> bool:
    """Whether an organisation no gazetteer knows is named as a state's own agency."""
    ent = entities.get(key)
    return key not in gz.entities and ent is not None and ent.org_kind == "other" and state_body(ent.name)


POSSESSIVE = re.compile(r"['\u2019]s\s+(?:the\s+)?$")


def _agency_state(key: str, mentions, text: str, dateline: str | None) -> str | None:
    """The state an agency belongs to: the state whose possessive stands right before its name ("Iran's National
    Disaster Management Organization"), else the dateline's."""
    states = {m.end: m.key for m in mentions if m.key.startswith("state:")}
    for m in mentions:
        if m.key != key:
            continue
        head = text[max(0, m.start - 40):m.start]
        tail = POSSESSIVE.search(head)
        if tail:
            owner = states.get(m.start - len(head) + tail.start())
            if owner:
                return owner
    return dateline


def _explicit(c, entities, gz) -> tuple[str | None, str | None, bool]:
    """A candidate's named jurisdiction as (key, role), and whether the post is to be dropped."""
    key, role = c.explicit, c.role
    if key is None:
        return None, role, False
    if key.startswith("state:"):
        return key, role, False
    info = gz.entities.get(key) or {}
    kind = info.get("org_kind") or (entities[key].org_kind if key in entities else "other")
    if kind in ("government_body", "other") and regional_government(key, entities, gz):
        return key, ORG_POSTS.get(role, role), False   # "KRG President X": a post in the region's own government
    if info.get("state"):
        return info["state"], role, False      # posts in national agencies belong to the state
    if kind == "armed_group":
        # an armed group's commanders are officers; its leaders, negotiators, spokesmen hold no public post
        return key, role, role != "MilitaryOfficer"
    if kind in ("igo", "alliance"):
        return key, ORG_POSTS.get(role, role), False
    if kind == "government_body":
        return None, role, False               # a body of some state the text leaves to context
    if kind == "other" and _in_state_body(key, entities, gz):
        return None, ORG_POSTS.get(role, role), False   # "a spokesman for the National Water Agency": a state's
    return None, role, True                    # party, company: not a public post


def settle_jurisdictions(cands, entities, mentions, dateline, main_states, pending, text="", subjects=frozenset(),
                         acted_on=frozenset(), home=None, governed=None, spoken=frozenset(), visits=frozenset()):
    """Each candidate post with the state or organisation it belongs to and a confidence.

    Order, for titles that name none: the person's other posts, whose aide they are, a
    counterpart's state, the state the person's titles give them elsewhere (`officials`), a
    title of one state's government, for leaders and military officers the nearest state in the
    sentence (for officers, not one of what they are reported to say), for envoys a
    foreign state beside them, the dateline, the main states. A state is skipped when another
    person holds its unique post (head of state, ...) in the article, when it has no such title
    ("President" of Britain, "Prime Minister" of the United States), or when the person travels
    to it (`visits`: "Minister X said on a visit to Kenya").
    """
    from .gazetteer import TITLE_STATES, load_gazetteer
    from .officials import known_state

    gz = load_gazetteer()
    first: list = []
    for c in cands:
        jur, role, drop = _explicit(c, entities, gz)
        if not drop and jur is None and c.explicit and _in_state_body(c.explicit, entities, gz):
            # an agency no gazetteer knows is placed only by its owner's name or the dateline, never by the states
            # the story is about (a British agency's chief in a story about Russia)
            jur = _agency_state(c.explicit, mentions, text, dateline)
            drop = jur is None
        if not drop:
            first.append((c, role, jur))
    known: dict[str, list[str]] = {}
    holder: dict[tuple[str, str], set[str]] = {}
    for c, role, jur in first:
        if jur:
            known.setdefault(c.person, []).append(jur)
            holder.setdefault((role, jur), set()).add(c.person)
    mentioned = {m.key for m in mentions}
    states_in: dict[int, list] = {}
    sents_of: dict[str, list[int]] = {}
    for m in mentions:
        if m.key.startswith("state:"):
            states_in.setdefault(m.sent, []).append(m)
        elif m.key.startswith("person:"):
            sents_of.setdefault(m.key, []).append(m.sent)
    posted = {c.person for c, _, _ in first}
    person_at: dict[tuple[str, int], set[int]] = {}
    for m in mentions:
        if m.key.startswith("person:"):
            person_at.setdefault((m.key, m.sent), set()).add(m.start)
    framed = {m.sent: m.key for ms in states_in.values() for m in ms if _place_frame(text, m)}

    def fits(role, title, person, state, strict=True):
        if not state.startswith("state:"):
            return True
        if role not in ("Official", "Legislator") and not _title_fits(title, state):
            # (a region's or a body's president is no head of state: "Catalan President X" is Spain's Official)
            return False
        if title == "chancellor" and state == "state:GB":
            return True   # the British chancellor is a minister, not the head of government
        return not (strict and role in UNIQUE_ROLES and holder.get((role, state), set()) - {person})

    out = []
    for c, role, jur in first:
        conf = c.confidence
        if c.possessor and c.possessor not in posted and role in ORG_POSTS:
            continue   # "Nixon's first secretary of state": a post under someone who holds none now
        if jur is None:
            options = [(k, 0.8, True) for k in known.get(c.person, ()) if k.startswith("state:")]
            if c.possessor:
                options += [(k, 0.75, True) for k in known.get(c.possessor, ())]
            if c.title == "counterpart":
                options += [(pending[s], 0.7, True) for s in sorted(pending, reverse=True) if s <= c.sent]
            told = len(options)
            elsewhere = known_state(entities[c.person].name) if c.person in entities else None
            if elsewhere and elsewhere in mentioned:
                options.append((elsewhere, 0.75, False))
            hint = TITLE_STATES.get(c.title)
            if hint and c.title in SHARED_TITLES and dateline and dateline != f"state:{hint}":
                hint = None   # "Attorney General X" under a MEXICO CITY dateline: many states have one
            if hint and f"state:{hint}" in mentioned:
                options.append((f"state:{hint}", 0.7, True))
            if c.sent in framed:
                options.append((framed[c.sent], 0.65, True))   # "In Beijing, Foreign Ministry spokesman Hong Lei"
            if role in ("HeadOfState", "HeadOfGovernment") or c.title in DEPUTY_HEADS and c.bare:
                options += [(k, cf, True) for k, cf in _nearby_states(c, states_in, known, mentions, text, subjects,
                                                                      acted_on, governed)]
            elif role == "MilitaryOfficer":
                # an officer often serves abroad, so a state beside the name is a better guess than the dateline;
                # not one in what the officer is reported to say ("Indonesia will join, General X said")
                options += [(k, cf, True) for k, cf in _nearby_states(c, states_in, known, mentions, text, subjects,
                                                                      acted_on | spoken, governed)]
                army = _army_state(c.title, mentions, text)
                if army:
                    options.append((army, 0.62, True))   # "army chief X" under a neighbour's dateline: the army named
            if role == "Ambassador":
                main = main_states[0] if main_states else None
                options += [(m.key, 0.55, True) for s in sents_of.get(c.person, ()) for m in states_in.get(s, ())
                            if m.key != main]
            if dateline:
                options.append((dateline, 0.6, True))
            options += [(k, 0.5, True) for k in main_states]
            if home and not main_states and not dateline:
                options.append((home, 0.45, True))   # a text of a national outlet that names no state at all
            if elsewhere and elsewhere not in mentioned:
                # titles elsewhere place the person in a state this text never names: no state near the name, nor
                # the dateline's or the story's, is theirs ("loans from A and B keep President X's cabinet afloat")
                options = options[:told]
            for k, cf, strict in options:
                if (k, c.person) in visits:
                    continue   # "Minister X said during a visit to the Afghan city of Y": the visitor is no Afghan
                if fits(role, c.title, c.person, k, strict):
                    jur, conf = k, cf
                    break
            if conf == 0.5 and jur and any(m.key == jur and (m.start, p) in acted_on for m in states_in.get(c.sent, ())
                                           for p in person_at.get((c.person, c.sent), ())):
                continue   # "President X invited Chile": a state the person acts on is no evidence of theirs
            if conf == 0.5 and role in UNIQUE_ROLES and jur in main_states and c.title != "counterpart" and any(
                    fits(role, c.title, c.person, k, False) for k in main_states[:main_states.index(jur)]
                    if (k, c.person) not in visits):
                continue   # a more salient state of that title has its own holder: "Queen Rania" is not Britain's
        elif not fits(role, c.title, c.person, jur, strict=False):
            continue
        if jur is not None and not jur.startswith("state:"):
            role = ORG_POSTS.get(role, role)
        elif jur == "state:GB" and c.title == "chancellor":
            role = "Minister"   # the British chancellor is the finance minister
        elif c.title in ("attorney general", "attorney-general") and jur and jur[6:] not in CABINET_ATTORNEYS:
            role = "Official"   # elsewhere the attorney general is the state's chief prosecutor, in no cabinet
        if jur is None and role in UNIQUE_ROLES:
            continue   # a head of state or a foreign minister of no state the text names: a misreading
        if jur is not None and not jur.startswith("state:") and c.title == "representative" and \
                role == "Legislator" and (gz.entities.get(jur) or {}).get("org_kind") == "igo":
            role = "Ambassador"   # "the UN representative": an envoy, not a legislator
        out.append((_with_role(c, role), jur, conf))
    return out


# the deputies of a head of state or government: written bare before the name ("Vice President X", not "the central
# bank's vice president Y"), their state is, like the head's, the nearest one in the sentence
DEPUTY_HEADS = frozenset({"vice president", "vice-president", "deputy prime minister", "vice premier",
                          "vice prime minister", "vice-prime minister", "first deputy prime minister"})


# titles of one state's system that other states use as well: their hint does not outweigh another state's dateline
SHARED_TITLES = frozenset({"attorney general", "senator", "sen.", "mp", "press secretary", "national security adviser",
                           "member of congress", "joint chiefs of staff chairman", "chairman of the joint chiefs of staff"})


# states whose attorney general sits in the cabinet (the US one heads the justice department; in these Commonwealth
# states the law officer is a minister): elsewhere the title is a prosecutor's, an Official
CABINET_ATTORNEYS = frozenset("US GB AU NZ CA NG GH KE".split())


# states whose head of state is a monarch (a "president" there heads something else), and states
# with no prime minister: a bare title is not placed there
MONARCHIES = frozenset("""GB JP ES NL BE SE NO DK SA JO MA TH KH MY BH KW QA AE OM BN BT LU LI MC CA AU NZ
SZ LS TO""".split())
NO_PRIME_MINISTER = frozenset("""US MX BR AR CO CL PE VE EC BO PY UY ID PH NG KE ZA AF IR CY GH ZW""".split())


COMPOUND = re.compile(r"-\w+ed\b")   # "Egyptian-brokered", "U.S.-led": the state acts from outside


def _title_fits(title: str, state: str) -> bool:
    iso = state[6:]
    if title in ("president",) and iso in MONARCHIES:
        return False
    if title in ("king", "queen", "emir", "sultan", "monarch") and iso not in MONARCHIES:
        return False   # "Queen Rania" in a story about Washington is not the United States' queen
    if title in ("prime minister", "premier", "pm") and iso in NO_PRIME_MINISTER:
        return False
    return title != "chancellor" or iso in ("DE", "AT", "GB")


def _nearby_states(c, states_in, known, mentions, text: str, subjects, acted_on=frozenset(),
                   governed=None) -> list[tuple[str, float]]:
    """States named in the title's sentence with a confidence, nearest first, leaving out "Egyptian-brokered", states
    acting on the person and states the person acts on ("President X invited Chile to the talks": Chile is not X's)."""
    at = next((m.start for m in mentions if m.key == c.person and m.sent == c.sent), None)
    if at is None:
        return []
    # "Iran criticized President Emmanuel Macron": a state acting on the person is not theirs; one that is the subject
    # of another clause ("When Gabon shut down the internet as protests erupted against President X") may be, but
    # weighs no more than the article's main states (`governed` None: every subject state acts on the person)
    acting = at not in subjects
    near = [m for m in states_in.get(c.sent, ()) if not COMPOUND.match(text, m.end)
            and not (acting and m.start in subjects and (governed is None or (m.start, at) in governed))
            and (m.start, at) not in acted_on]
    return [(m.key, 0.5 if acting and m.start in subjects else 0.6)
            for m in sorted(near, key=lambda m: abs(m.start - at))]


# a state's own force written after its name: "the Myanmar army", "Myanmar's military", "Syrian armed forces"
ARMY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(army|military|armed forces)\b")


def _army_state(title: str, mentions, text: str) -> str | None:
    """The one state whose army (or military) the text names, for a bare title that heads or speaks for an army
    ("army chief", "military commander"); None when the title names no force or two states' forces are named."""
    force = "army" if "army" in title else "military" if "military" in title else None
    if force is None:
        return None
    found = set()
    for m in mentions:
        hit = ARMY_AFTER.match(text, m.end) if m.key.startswith("state:") else None
        if hit and (force == "military" or hit.group(1) == "army"):
            found.add(m.key)
    return found.pop() if len(found) == 1 else None


# what may follow the state of an opening frame: "In Beijing," "In Egypt's response," "In Iran's first reaction,"
FRAME_TAIL = re.compile(r"(?:['\u2019]s(?:\s+[a-z]+){1,2})?,")


def _place_frame(text: str, m) -> bool:
    """Whether a state or its seat opens its sentence as a frame: "In Beijing, ...", "In Egypt's response, ..." (nearer
    than the dateline)."""
    before = text[:m.start].rstrip()
    if not before.endswith("In") or not FRAME_TAIL.match(text, m.end):
        return False
    rest = before[:-2].rstrip()
    return not rest or rest[-1] in ".!?\"\u201d\n" or rest.endswith("-")


def _with_role(c, role):
    if c.role == role:
        return c
    from dataclasses import replace
    return replace(c, role=role)
