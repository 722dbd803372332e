"""Corrections of resolve's guessed jurisdictions made with the whole article's posts; one holder per unique post."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from . import resolve
from .context import DATELINE, Mention, tokens_of
from .gazetteer import Gazetteer


def correct_jurisdictions(settled: list, orphans: list, mentions: list[Mention], sentences: list[tuple[int, int]],
                          text: str, main_states: tuple[str, ...], gz: Gazetteer) -> list:
    """The settled posts with guessed jurisdictions corrected from the whole article, one holder per unique post."""
    settled = _named_before(settled, orphans, {m.sent for m in mentions if m.key.startswith("state:")})
    settled = _ministry_before(settled, mentions, sentences, text)
    settled = _crown(settled, main_states)
    settled = _body_seat(settled, mentions, text)
    settled = _one_holder(settled, mentions)
    settled = _aides(settled)
    settled = _rank_over_spokesman(settled)
    settled = _post_over_profession(settled)
    return _secretary_general(settled, mentions, gz)


def acted_on(doc: Doc, mentions: list[Mention]) -> set[tuple[int, int]]:
    """(state mention start, person mention start) for each state that is the object of a named person's verb.

    "President X invited Chile", "X called on Chile to ...", not "X said about Chile"."""
    toks = tokens_of(doc)
    person_at = _person_at(mentions)
    out = set()
    for m in mentions:
        if not m.key.startswith("state:"):
            continue
        tok = toks[m.token_end - 1]
        verb = tok.head if tok.dep_ in ("dobj", "dative") else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "to", "into") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            out.update((m.start, person_at[ch.i]) for ch in verb.children if ch.dep_ == "nsubj" and ch.i in person_at)
        out.update((m.start, p) for p in _passive_patients(tok, person_at))
    return out


def _passive_patients(tok, person_at: dict[int, int]) -> set[int]:
    """The persons a state is the agent of a passive on, as the patient or its owner: "President X was criticised by
    Chile", "X's cabinet is funded by Chile and Peru" (each listed state, not only the first)."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent" or tok.head.head.pos_ not in ("VERB", "AUX"):
        return set()
    found = set()
    for subj in tok.head.head.children:
        if subj.dep_ != "nsubjpass":
            continue
        found.update(person_at[t.i] for t in (subj, *(ch for ch in subj.children if ch.dep_ == "poss"))
                     if t.i in person_at)
    return found


def visited(doc: Doc, mentions: list[Mention]) -> set[tuple[str, str]]:
    """(state key, person key) for each state a named person travels to: "President X said on a visit to Kenya",
    "Minister Y arrived in Afghanistan", "Z's visit to Japan", "during a visit to the northern Afghan city of W" (a
    visitor is foreign to the state visited, so it is no guess of theirs anywhere in the article)."""
    toks = tokens_of(doc)
    person_at = {i: m.key for m in mentions if m.key.startswith("person:") for i in range(m.token_start, m.token_end)}
    out = set()
    for m in mentions:
        if m.key.startswith("state:"):
            trip = _trip(toks[m.token_end - 1])
            out.update((m.key, person_at[t.i]) for t in (_travellers(trip) if trip is not None else ())
                       if t.i in person_at)
    return out


# nouns and verbs of a journey, and the prepositions of its destination
TRAVEL = frozenset({"visit", "trip", "tour", "arrive", "travel", "journey", "stopover", "fly"})
DESTINATION = frozenset({"to", "in", "into", "of"})
# prepositions that tell a journey as the circumstance of a clause: "said on a visit to Kenya" (not "invited X for a
# visit to Kenya": another person's journey)
DURING = frozenset({"on", "during", "in", "while", "at"})


def _trip(tok):
    """The word of a journey whose destination a state's token is (as the destination, its modifier or the place a
    destination is "of"), or None: "a visit to Kenya", "arrived in the Afghan city of Z", "visiting Kenya"."""
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "dobj" and head.lemma_ in TRAVEL:
            return head
        if tok.dep_ == "pobj" and head.lower_ in DESTINATION and head.head.lemma_ in TRAVEL:
            return head.head
        if head.pos_ in ("VERB", "AUX"):
            return None
        tok = head
    return None


def _travellers(trip) -> list:
    """The tokens of who makes a journey: the subject of a verb of travel ("X arrived in"; "Visiting Kenya, X said";
    "invited X to visit": the object), the owner of a noun of travel ("X's visit"), or the subject of the clause a
    noun of travel is the circumstance of ("X said during a visit to")."""
    if trip.pos_ in ("VERB", "AUX"):
        subj = [ch for ch in trip.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if not subj and trip.head.i != trip.i and trip.head.pos_ in ("VERB", "AUX"):   # borrow the verb above's
            if trip.dep_ == "xcomp":
                subj = [ch for ch in trip.head.children if ch.dep_ == "dobj"] or \
                    [ch for ch in trip.head.children if ch.dep_ == "nsubj"]   # "invited X to visit", "X plans to visit"
            elif trip.dep_ in ("advcl", "acl"):
                subj = [ch for ch in trip.head.children if ch.dep_ in ("nsubj", "nsubjpass")]   # "Visiting Kenya, X"
        return [t for ch in subj for t in ch.subtree]
    owner = [ch for ch in trip.children if ch.dep_ == "poss"]
    if owner and owner[0].pos_ != "PRON":
        return list(owner[0].subtree)   # "Katz's visit to Tokyo", "after Hariri's visit to France"
    prep = trip.head
    verb = prep.head
    if trip.dep_ != "pobj" or prep.lower_ not in DURING or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass") for t in ch.subtree]


def spoken(doc: Doc, mentions: list[Mention]) -> set[tuple[int, int]]:
    """(state mention start, person mention start) for each state named in what a person is reported to say:
    "Indonesia will join the patrols, General X said" (the state is the speech's, not the speaker's)."""
    toks = tokens_of(doc)
    person_at = _person_at(mentions)
    out = set()
    for m in mentions:
        if not m.key.startswith("state:"):
            continue
        tok = toks[m.token_end - 1]
        while tok.head.i != tok.i and tok.dep_ != "ccomp":
            tok = tok.head
        verb = tok.head
        if tok.dep_ == "ccomp" and verb.lemma_ in SAYING:
            # the speaker is the subject or stands in its apposition ("The army commander, General X, said")
            out.update((m.start, person_at[t.i]) for ch in verb.children if ch.dep_ == "nsubj"
                       for t in ch.subtree if t.i in person_at)
    return out


def _person_at(mentions: list[Mention]) -> dict[int, int]:
    """Each token of a named person's mention, with the mention's start."""
    return {i: m.start for m in mentions if m.key.startswith("person:") for i in range(m.token_start, m.token_end)}


# verbs that report speech
SAYING = frozenset({"say", "tell", "add", "write", "warn", "insist", "declare", "state", "stress", "explain"})


def governed(doc: Doc, mentions: list[Mention]) -> set[tuple[int, int]]:
    """(state mention start, person mention start) for each state that is the subject of a verb whose clause holds
    the person: "Iran criticized President X" (not "When Gabon shut down the internet as protests erupted against
    President Y": the person is in a clause of its own, with its own subject)."""
    toks = tokens_of(doc)
    persons = [m for m in mentions if m.key.startswith("person:")]
    out = set()
    for m in mentions:
        tok = toks[m.token_end - 1]
        if not m.key.startswith("state:") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        out.update((m.start, p.start) for p in persons if p.sent == m.sent and _under(toks[p.token_end - 1], tok.head))
    return out


def _under(tok, verb) -> bool:
    """Whether a token lies in the verb's own clause: no verb with a subject of its own stands between them."""
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX") and any(
                ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
            return False
    return tok.i == verb.i


def _named_before(settled: list, orphans: list, stated: set[int] = frozenset()) -> list:
    """A bare title placed only by the dateline or the article's states takes the state of the same title written
    with its state and no holder in one of the two sentences before: "Britain's Minister for Africa, meanwhile,
    said ... Minister Rory Stewart said on arriving in Harare" is Britain's, not Zimbabwe's; so does any title in
    a sentence that names no state, right after "a senior <demonym> official said" (the same speaker, named)."""
    out = []
    for c, jur, conf in settled:
        if not c.explicit and conf <= 0.6 and c.title != "counterpart":
            prior = [st for s, role, title, st in orphans if c.sent - 2 <= s < c.sent and (
                role == c.role and _same_post(title, c.title) or
                title in GENERIC and s == c.sent - 1 and c.sent not in stated)]
            if prior and prior[-1] != jur:
                jur, conf = prior[-1], 0.7
        out.append((c, jur, conf))
    return out


GENERIC = frozenset({"official", "diplomat"})


def _same_post(written: str, bare: str) -> bool:
    """Whether a one-word title names the post a longer title of the same role wrote with its state: "speaker" is
    "Lebanon's parliament speaker" or "speaker of parliament", "president" is "president of the republic"."""
    return written == bare or " " not in bare and bare in written.split()


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


# datelines of the seats of international bodies, with the bodies a bare title there belongs to, most specific first
BODY_SEATS = {"BRUSSELS": ("org:european-commission", "org:european-union"), "UNITED NATIONS": ("org:united-nations",)}
# the titles a body's own staff bear, placed in the body by its seat's dateline ("President X" of the Commission)
BODY_TITLES = frozenset({"president", "spokesman", "spokeswoman", "spokesperson", "commissioner", "chief", "head",
                         "official", "negotiator", "chief negotiator", "vice president", "vice-president", "director",
                         "secretary-general", "secretary general"})

TITLE_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, sorted(BODY_TITLES))) + r")\s+$")


def _body_seat(settled: list, mentions: list[Mention], text: str) -> list:
    """A body's bare title placed only by the article's states, under the dateline of an international body's seat,
    is that body's post when the article names it: "BRUSSELS (Reuters) - The European Commission said ...
    President Juncker told the BBC", "... spokesman Margaritis Schinas told a briefing" are the Commission's
    `Official`s, not Germany's head of state or a British spokesman."""
    m = DATELINE.match(text[:200])
    named = {x.key for x in mentions}
    seat = m.group(1).split("/")[0].strip() if m else ""   # the first place filed from
    body = next((k for k in BODY_SEATS.get(seat, ()) if k in named), None)
    if body is None:
        return settled
    # only a title written right before the name, as the body's own briefings write it ("spokesman X"), not one set
    # off after it ("chants of X, President")
    titled = {(x.key, x.sent) for x in mentions if x.key.startswith("person:") and
              TITLE_BEFORE.search(text[max(0, x.start - 30):x.start])}
    out = []
    for c, jur, conf in settled:
        if c.title in BODY_TITLES and not c.explicit and not c.possessor and conf <= 0.5 and \
                (jur is None or jur.startswith("state:")) and (c.person, c.sent) in titled:
            c, jur, conf = resolve._with_role(c, "Official"), body, 0.5
        out.append((c, jur, conf))
    return out


SECRETARY_GENERAL = frozenset({"secretary-general", "secretary general"})
# posts of the United Nations' human rights system that no state fills: "special rapporteur X" (a state's own
# rapporteur, "Chile's special rapporteur", names its state and keeps it)
UN_ONLY = frozenset({"special rapporteur", "high commissioner for human rights", "high commissioner for refugees"})


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
        elif c.title in UN_ONLY and c.explicit is None:
            if "org:united-nations" not in named:
                continue   # a rapporteur of a body the article does not name: no post of a state either
            c, jur = resolve._with_role(c, "Official"), "org:united-nations"
        out.append((c, jur, conf))
    return out


# titles of a person's own staff: such a post is public only while the principal holds a public one
AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "senior adviser", "aide",
                   "special adviser", "national security adviser", "national security advisor", "press secretary",
                   "chief of staff", "head of office"})


def _aides(settled: list) -> list:
    """An aide placed only by the article's states serves the state its principal was placed in: "a senior adviser
    to President Donald Trump" is the United States' when Trump's post is settled there."""
    placed = {c.person: (jur, conf) for c, jur, conf in settled if jur and jur.startswith("state:")}
    # the head of a principal's own office serves in the principal's body, a state's or an international one
    bodies = {c.person: (jur, conf) for c, jur, conf in settled if jur}
    posted = {c.person for c, _, _ in settled}
    out = []
    for c, jur, conf in settled:
        if c.possessor and c.possessor not in posted and not c.explicit and c.title in AIDES:
            continue   # "Manafort spokesman X", "Obama's national security adviser": the aide of no office holder now
        boss = (bodies if c.title == "head of office" else placed).get(c.possessor) if c.possessor else None
        if boss is not None and not c.explicit and conf < 0.75 and boss[0] != jur:
            jur, conf = boss[0], min(conf + 0.1, boss[1])
        out.append((c, jur, conf))
    return out


SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _rank_over_spokesman(settled: list) -> list:
    """A spokesman or a body's director with a military rank in the same sentence holds the rank's post only:
    "defence ministry spokesman Brigadier X", "Lt. Gen. Y, currently director of the Pentagon's Joint Staff" are
    military officers, not officials as well."""
    ranked = {(c.person, c.sent) for c, _, _ in settled if c.role == "MilitaryOfficer"}
    return [(c, jur, conf) for c, jur, conf in settled
            if not (c.title in WEAK_TITLES and c.role == "Official" and (c.person, c.sent) in ranked)]


# the weak titles of a body's head: under a military rank, the body is a military one
HEADS = frozenset({"director", "head", "chief"})
# titles a military rank in the same sentence outranks: the rank's post is the person's only one
WEAK_TITLES = SPOKESMEN | HEADS


def _post_over_profession(settled: list) -> list:
    """A diplomat named ambassador in the same sentence holds that post only: "career diplomat X to be ambassador to
    Bahrain" is an ambassador, not an official as well."""
    posted = {(c.person, c.sent) for c, _, _ in settled if c.role == "Ambassador"}
    return [(c, jur, conf) for c, jur, conf in settled
            if not (c.title == "diplomat" and c.role == "Official" and (c.person, c.sent) in posted)]


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
