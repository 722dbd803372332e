"""Posts read beyond one title beside one name: counterparts, lawmakers under a plural title, "the president"."""

from __future__ import annotations

from spacy.tokens import Doc

from .context import Mention, tokens_of
from .gazetteer import NOT_CURRENT, Gazetteer
from .nlp import TITLE_SPANS
from .titlephrase import FUTURE, PAST, Candidate, left_phrase, past_honorifics, person_after, person_before

LEGISLATURES = frozenset({"parliament", "senate", "duma", "congress", "knesset", "bundestag", "legislature",
                          "lawmakers", "parliamentary", "representatives", "congressional"})


def find_counterparts(doc: Doc, at: dict[int, Mention], sent_of: list[int], cands: list[Candidate],
                      text: str) -> tuple[list[Candidate], dict[int, str]]:
    """ "his Syrian counterpart Abdullah Ayoub": the post of the person whose counterpart it is, in another state."""
    toks = tokens_of(doc)
    out, pending = [], {}
    if "counterpart" not in text:
        return out, pending
    # a bare "Minister" between "counterpart" and the name is a courtesy title ("his Iranian counterpart Minister
    # X"): the counterpart's role, the owner's, says more
    bare = {t.start: t.end for t in doc.spans[TITLE_SPANS] if t.text.lower() == "minister"}
    for tok in toks:
        if tok.lower_ not in ("counterpart", "counterparts"):
            continue
        start, actors, words, _ = left_phrase(doc, tok.i, at)
        state = next((a.key for a in actors if a.key.startswith("state:")), None)
        person = person_after(bare.get(tok.i + 1, tok.i + 1), at, doc, comma_ok=True) or person_before(start, at, doc)
        sent = sent_of[tok.i]
        if person is None:
            if state:
                pending[sent] = state
            continue
        # whose counterpart: the nearest person before it in the sentence who holds a post in the article
        roles = {c.person: c for c in cands if c.title != "counterpart"}
        owner = None
        # "Mr Straw's trip ... He will meet Chinese counterpart X": a pronoun subject before the counterpart reaches
        # back to the sentence before
        back = 1 if any(toks[j].lower_ in ("he", "she") and toks[j].dep_ in ("nsubj", "nsubjpass")
                        for j in range(tok.i - 1, tok.sent.start - 1, -1)) else 0
        for j in range(tok.i - 1, -1, -1):
            if sent_of[j] < sent - back:
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


def find_lawmakers(doc: Doc, gz: Gazetteer, at: dict[int, Mention], sent_of: list[int],
                   posted: set[str]) -> list[Candidate]:
    """Each lawmaker named under a plural title or as a legislature's leader, a Legislator.

    "Senators Maria Lopez of Texas and John Smith of Ohio", "U.S. lawmakers A and B", "Senate Majority
    Leader C": of the state named before the title or of the legislature's state."""
    toks = tokens_of(doc)
    out = []
    for tok in toks:
        low = tok.lower_
        names: list[Mention] = []
        explicit = None
        if low in LAWMAKERS and tok.i + 1 < len(doc):
            prev = at.get(tok.i - 1)
            if prev is not None and prev.key.startswith("state:"):
                explicit = prev.key
            elif tok.i > 0 and (toks[tok.i - 1].lower_ in NOT_CURRENT | PAST | FUTURE or toks[tok.i - 1].pos_ == "PROPN"):
                continue   # "former senators", "Democratic senators" (a party's): left to the singular titles
            j = tok.i + 1
            while True:
                m = at.get(past_honorifics(doc, j, set()))
                if m is None or not m.key.startswith("person:") or m.token_start != past_honorifics(doc, j, set()):
                    break
                names.append(m)
                j = m.token_end
                if j + 1 < len(doc) and toks[j].lower_ == "of" and toks[j + 1].is_title and j + 1 not in at:
                    j += 2   # "of Texas": a constituency, no jurisdiction
                    while j < len(doc) and toks[j].is_title and toks[j].pos_ == "PROPN" and j not in at:
                        j += 1
                if j < len(doc) and toks[j].text == ",":
                    j = _past_apposition(doc, j + 1, at)
                if j < len(doc) and toks[j].lower_ == "and":
                    j += 1
            if len(names) < 2:
                names = []   # one name after a plural title is another construction
        elif low in FLOOR_TITLES and tok.i >= 1:
            k = tok.i - 1
            if toks[k].lower_ in ("majority", "minority"):
                k -= 1
            if at.get(k) is not None and at[k].key.startswith("org:") and \
                    (gz.entities.get(at[k].key) or {}).get("org_kind") != "government_body":
                k = at[k].token_start - 1   # a party's name between: "Senate Republican leader"
            body = at.get(k)
            info = gz.entities.get(body.key) if body is not None else None
            if info and info.get("state") and info.get("org_kind") == "government_body" and \
                    any(w in info.get("name", "").lower() for w in LEGISLATURES | {"house"}):
                m = at.get(past_honorifics(doc, tok.i + 1, set()))
                if m is not None and m.key.startswith("person:") and m.token_start == past_honorifics(doc, tok.i + 1, set()):
                    names, explicit = [m], info["state"]
        for m in names:
            if m.key not in posted:
                out.append(Candidate(m.key, "Legislator", low.rstrip("s") if low in LAWMAKERS else low, explicit,
                                     None, sent_of[tok.i], 0.9 if explicit else 0.7))
    return out


def _past_apposition(doc: Doc, j: int, at: dict[int, Mention]) -> int:
    """Where a list of names goes on after a short apposition of the name before ("Senators A, a Republican, and
    B, a Democrat"): past its closing comma; `j` itself when no such apposition starts there."""
    toks = tokens_of(doc)
    if j >= len(doc) or toks[j].lower_ not in ("a", "an"):
        return j
    for k in range(j + 1, min(j + APPOSITION_WORDS, len(doc))):
        if k in at and at[k].key.startswith("person:"):
            return j   # a person inside: not a short description ("a Republican" names a party, and may)
        if toks[k].text == ",":
            return k + 1
    return j


APPOSITION_WORDS = 8   # longest apposition a list of names steps over ("a Democrat from Illinois")
NOMINAL = frozenset({"president", "prime minister", "premier", "chancellor"})


def find_definite_titles(doc: Doc, at: dict[int, Mention], sent_of: list[int], cands: list[Candidate],
                         beside: frozenset[str] | set[str] = frozenset(),
                         former: frozenset | set[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """A definite bare title given to the article's one person without a post.

    "Trump attacked Facebook ... The president has been skeptical": only when nobody else holds
    that post in the article."""
    toks = tokens_of(doc)
    held = {c.role for c in cands}
    posted = {c.person for c in cands}
    out = []
    for title in doc.spans[TITLE_SPANS]:
        if title.text.lower() not in NOMINAL or title.label_ in held or title.start == 0:
            continue
        if toks[title.start - 1].lower_ != "the" or (title.end < len(doc) and (
                toks[title.end].lower_ == "of" or at.get(title.end) is not None or toks[title.end].is_title
                or toks[title.end].text in ("'s", "\u2019s"))):
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
        if last is not None and last.key in free and last.key not in beside and (
                toks[last.token_end - 1].dep_ in ("nsubj", "nsubjpass") or _governs(doc, last.token_end)) and \
                not any(m.key.startswith("person:") and m.key != last.key for m in before if m.start > last.start):
            top = last.key   # (or "He accused Mr X's government ... 'the prime minister should'": X heads it)
        if len(free) == 1 and top in free and not _acts_on(doc, title, top, at):
            person = free.pop()
            out.append(Candidate(person, title.label_, title.text.lower(), None, None, sent, 0.5))
            held.add(title.label_)
            posted.add(person)
    return out


def _acts_on(doc: Doc, title, person: str, at: dict) -> bool:
    """Whether the title is the other party of a verb whose subject is the person or a pronoun: "he was removed by
    the prime minister", "X criticised the president" (the title is someone else)."""
    root = title.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else \
        root.head if root.dep_ == "dobj" else None
    if verb is None:
        return False
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and (subj.lower_ in ("he", "she") or
                                                     at.get(subj.i) is not None and at[subj.i].key == person):
            return True
    return False


def _governs(doc: Doc, end: int) -> bool:
    """Whether a name is the possessor of a government: "Mr X's government", "X's administration"."""
    toks = tokens_of(doc)
    return end + 1 < len(doc) and toks[end].text in ("'s", "\u2019s") and \
        toks[end + 1].lower_ in ("government", "administration", "cabinet")
