"""Which actors a token stands for: a name, a demonym on "forces", "the two countries", a pronoun, a quoted "we".

`Actors(ctx).of(token)` is what every relation and meeting pattern asks of its source and target tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import cues as C
from .context import Context
from .gazetteer import TITLES, load_gazetteer
from .officials import known_state

ACTOR_PREFIXES = ("state:", "org:", "person:")
# "the Socialist government", "the Conservative prime minister": the state's, not the party's
PARTY_NOT_HEADS = C.SEATED_NOUNS | frozenset("cabinet ministry minister president premier prime chancellor".split())
# "X is one of the countries bombing Y": X
ONE_OF_NOUNS = frozenset("countries nations states governments powers members groups parties".split())
# "both sides", "the three leaders": a list of actors told just before
BACK_NOUNS = frozenset("sides parties leaders groups capitals".split())
# "forces / troops / units loyal to X" stand for X
LOYAL_NOUNS = C.FORCE_NOUNS | frozenset("units unit militiamen gunmen men loyalists brigades battalions".split())
# "WASHINGTON/MOSCOW (Reuters) -": the dateline names where the reporter is, never an actor
DATELINE_END = re.compile(r"^[^a-z]{0,80}?\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]")


@lru_cache(maxsize=1)
def body_states() -> dict[str, str]:
    """Government bodies and the state they act for ("State Department" -> the US); a party is no government body:
    it acts for itself ("Labour Party-backed", "Republican criticism of")."""
    return {k: v["state"] for k, v in load_gazetteer().entities.items() if v.get("state")
            and v.get("org_kind") != "party"}


@lru_cache(maxsize=1)
def party_states() -> dict[str, str]:
    """Parties the gazetteer places in one state ("Labour Party" -> the UK): "the Labour government" is that state's."""
    return {k: v["state"] for k, v in load_gazetteer().entities.items() if v.get("state")
            and v.get("org_kind") == "party"}


class Actors:
    """Which actors a token of the article stands for."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        self.key_at: dict[int, str] = {}
        dateline = DATELINE_END.search(ctx.article.text[:200])
        skip_before = dateline.end() if dateline else 0
        for m in ctx.mentions:
            if m.key.startswith(ACTOR_PREFIXES) and m.start >= skip_before:
                for i in range(m.token_start, m.token_end):
                    self.key_at[i] = m.key
        self.glued: set[int] = set()   # tokens read as a possessive stripped of its apostrophe ("Russias")
        self._glued_possessives()
        self._party_adjectives()
        self.starts = [s for s, _ in ctx.sentences]
        self._asking: set[int] = set()   # first-person words whose speaker is being looked up (no loops)
        # "China's Defence Ministry", "the Chinese foreign ministry": a body of a named state acts for it
        self.body_state: dict[str, str] = {}
        for m in ctx.mentions:
            ent = ctx.entities.get(m.key)
            if ent is None or ent.kind != "org" or not any(
                    w in ent.name for w in ("Ministry", "Department", "Office", "Cabinet", "Army", "Navy", "Agency")):
                continue
            head = self.doc[m.token_end - 1]
            for t in (*self.doc[m.token_start:m.token_end], *head.children):
                k = self.key_at.get(t.i) if t.i < m.token_start or t.i >= m.token_end else None
                if k is None and t.dep_ in ("poss", "amod", "compound"):
                    k = next((x.key for x in ctx.mentions if x.token_start <= t.i < x.token_end
                              and x.key.startswith("state:")), None)
                if k and k.startswith("state:"):
                    self.body_state.setdefault(m.key, k)

    def _glued_possessives(self) -> None:
        """ "Russias Aerospace Forces", "Assads regime" in a text stripped of apostrophes: the owner named without
        the glued "s", when the article names it (a possessive before its noun, not "the Americas")."""
        ents, doc = self.ctx.entities, self.doc
        names: dict[str, str] = {}
        for key, ent in ents.items():
            if key.startswith("person:") and not ent.name.endswith("s"):
                names.setdefault(ent.name, key)
                names.setdefault(ent.name.split()[-1], key)   # "Assads" of Bashar al-Assad
                names.setdefault(ent.name.split()[-1].split("-")[-1], key)
        known = load_gazetteer().entities
        for key in set(self.key_at.values()):   # "Sisi" read as a group beside "Abdel Fattah al-Sisi": the person
            if key.startswith("org:") and key not in known and ents.get(key) is not None \
                    and names.get(ents[key].name, "").startswith("person:"):
                for i in [i for i, k in self.key_at.items() if k == key]:
                    self.key_at[i] = names[ents[key].name]
        terms = load_gazetteer().terms
        for t in doc:
            text = t.text
            if len(text) < 4 or not text.endswith("s") or text.endswith("ss") or not text[0].isupper() \
                    or t.dep_ not in ("compound", "poss", "nmod", "amod") or t.head.i <= t.i \
                    or (t.i > 0 and doc[t.i - 1].lower_ == "the") or t.head.pos_ not in ("NOUN", "PROPN"):
                continue
            base, old = text[:-1], self.key_at.get(t.i)
            term = terms.get(base)
            key = names.get(base) or (term.state or term.key if term and term.how in ("name", "alias", "seat") else None)
            if old is not None and old == key:
                self.glued.add(t.i)   # the extractor read the name already
            if old is not None and not (old.startswith(("person:", "org:")) and old not in known
                                        and ents.get(old) is not None and ents[old].name.endswith(text)):
                continue   # a name the extractor read right ("Moscow's"), not "Assads" taken for a person
            if key is None and old is not None:   # "Bashar al Assads regime": the ruler's state
                key = known_state(ents[old].name[:-1])
            if key is None or key not in ents:
                continue
            for i in ([i for i, k in self.key_at.items() if k == old] if old else [t.i]):
                self.key_at[i] = key
            self.glued.add(t.i)

    def _party_adjectives(self) -> None:
        """ "Socialist criticism of Macron", "Socialist leaders": the adjective stands for the "Socialist Party" when the
        article names that party and no other "X Party" of the same word (not "the Socialist government": a state's)."""
        parties: dict[str, set[str]] = {}
        for key, ent in self.ctx.entities.items():
            words = ent.name.split()
            if ent.kind == "org" and ent.org_kind == "party" and len(words) == 2 and words[1] == "Party":
                parties.setdefault(words[0], set()).add(key)
        if not parties:
            return
        for t in self.doc:
            keys = parties.get(t.text, set())
            if len(keys) == 1 and t.i not in self.key_at and t.dep_ in ("amod", "compound", "nmod") \
                    and t.head.i > t.i and t.head.pos_ == "NOUN" and t.head.lower_ not in PARTY_NOT_HEADS:
                self.key_at[t.i] = next(iter(keys))

    @staticmethod
    def key_of(ctx: Context, tok) -> str | None:
        """The entity a token is part of, if any."""
        for m in ctx.mentions:
            if m.token_start <= tok.i < m.token_end:
                return m.key
        return None

    def sent_of(self, tok) -> int:
        """The index of the sentence holding a token."""
        return max(0, bisect_right(self.starts, tok.idx) - 1)

    def of(self, tok, depth: int = 0) -> list[str]:
        """The actors a noun-phrase head stands for, its conjuncts included."""
        out = self._one(tok, depth)
        if tok.i in self.key_at and out[0].startswith("state:") and (
                tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
            out = self._run_of_states(tok, out[0]) + out
        for c in tok.children:
            if (c.dep_ == "conj" or self._listed_appos(c)) and depth < 6:
                out += [k for k in self.of(c, depth + 1) if k not in out]
        if tok.i in self.key_at:
            out += [k for k in self._unpunctuated_run(tok) if k not in out]
        return out

    def _unpunctuated_run(self, tok) -> list[str]:
        """Names listed after a name with no commas, as texts stripped of punctuation write them: "listed by Germany
        the European Union and the United Nations" (the parser hangs the later names anywhere). Only a run of names
        that ends in "and"/"or" and a name, none of them a subject of its own ("told the UN the US had")."""
        doc, key_at, key = self.doc, self.key_at, self.key_at[tok.i]
        j, keys, joined = tok.i, [], False
        while j + 1 < len(doc) and key_at.get(j + 1) == key_at.get(j):
            j += 1
        while not joined:
            k = j + 1
            if k < len(doc) and doc[k].lower_ in ("and", "or"):
                k, joined = k + 1, True
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k >= len(doc) or k not in key_at or key_at[k] == key or key_at[k] in keys:
                return []
            j = k
            while j + 1 < len(doc) and key_at.get(j + 1) == key_at[k]:
                j += 1
            if doc[j].dep_ in ("nsubj", "nsubjpass") or not key_at[k].startswith(("state:", "org:")):
                return []
            keys.append(key_at[k])
        return keys if len(keys) >= 2 else []

    def _listed_appos(self, tok) -> bool:
        """Whether a state is parsed as the apposition of another state: a list ("Saudi Arabia, the UAE, Egypt and
        Bahrain severed ties"); one state is no description of another."""
        head = tok.head
        return tok.dep_ == "appos" and head.i in self.key_at and self.key_at[head.i].startswith("state:") \
            and self.key_at.get(tok.i, "").startswith("state:") and self.key_at[tok.i] != self.key_at[head.i]

    def _run_of_states(self, tok, key: str) -> list[str]:
        """States written just before a listed state with no comma ("Saudi Arabia Turkey and Qatar"): listed too."""
        out: list[str] = []
        j = tok.i - 1
        while j >= 0 and self.key_at.get(j) == key:
            j -= 1
        while j >= 0 and self.key_at.get(j, "").startswith("state:") and self.doc[j].head.i > j \
                and self.doc[j].dep_ == "compound" and self.key_at[j] not in out + [key]:
            other = self.key_at[j]
            out.insert(0, other)
            while j >= 0 and self.key_at.get(j) == other:
                j -= 1
        return out

    def _one(self, tok, depth: int) -> list[str]:
        if tok.i in self.key_at:
            return [self.key_at[tok.i]]
        if depth > 6:
            return []
        low = tok.lower_
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ in ("relcl", "acl"):
            found = self.of(tok.head.head, depth + 1)
            j = tok.i - 1   # "a response from Berlin, which threatened": the parser hung it on "response"
            while not found and j >= 0 and self.doc[j].is_punct:
                j -= 1
            if not found and j >= 0 and j in self.key_at and j < tok.i - 1:   # not "militants in Pakistan who"
                found = [self.key_at[j]]
            return found
        if tok.dep_ == "pobj" and tok.tag_ in ("WDT", "WP") and tok.head.head.dep_ == "relcl":
            found = self.of(tok.head.head.head, depth + 1)
            j = tok.head.i - 1   # "borders with Egypt and Israel, with which it has fought three wars": Israel
            if not found and j >= 1 and self.doc[j].text == "," and (j - 1) in self.key_at:
                found = [self.key_at[j - 1]]
            return found
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children) and (
                tok.lemma_.lower() in C.FORCE_NOUNS | C.TITLE_NOUNS | {"ruler"}):
            node = tok   # "Bolivia, whose rulers have close ties with Quito": the relative clause's noun
            while node.dep_ != "relcl" and node.head.i != node.i:
                node = node.head
            return self._one(node.head, depth + 1) if node.dep_ == "relcl" else []
        if low == "campaign" and tok.pos_ == "NOUN":   # "Lind's campaign retorted", "the Trump campaign said"
            got = [self.key_at[c.i] for c in tok.children if c.dep_ in ("poss", "compound") and c.i in self.key_at
                   and self.key_at[c.i].startswith("person:")]
            if got:
                return got[:1]
        if tok.pos_ == "PRON" and low in ("those", "that") and depth < 6:   # "against those of Machar"
            return [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        if low in C.FAMILY_NOUNS:   # "his father, Ali Saleh" is Saleh; "the son of Saleh" is not Saleh
            return [self.key_at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.key_at][:1]
        if low in C.SITE_NOUNS:   # "Syrian army positions", "the Syrian military airfield"
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i:
                    got = self._one(c, depth + 1)
                    if got and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS):
                        return got
            for c in tok.children:   # "positions of the ISIS group", "positions belonging to Daesh"
                if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" and c.lemma_ == "belong":
                    got = [k for o in (c, *c.children) for p in ([o] if o.dep_ == "pobj" else o.children)
                           if p.dep_ == "pobj" for k in self.of(p, depth + 1)]
                    if got:
                        return got
        if low in C.MEMBER_NOUNS:   # "Daesh militants", "members of the YPG": the group (not "Syrian rebels")
            got = [self.key_at[c.i] for c in tok.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                   and self.key_at.get(c.i, "").startswith("org:")]
            got += [self.key_at[o.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for o in c.children if o.dep_ == "pobj" and self.key_at.get(o.i, "").startswith("org:")]
            got = [k for k in got if k in load_gazetteer().entities]   # a known group, not "Takfiri" read as a name
            if got:
                return got[:1]
        one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and tok.tag_ == "NNS" and tok.lower_ in ONE_OF_NOUNS:
            if one.dep_ == "attr" and one.head.pos_ in ("VERB", "AUX"):   # "France has been one of the countries
                return self.subjects(one.head, 3)[0]                                                 # bombing X"
            if one.dep_ == "appos":   # "Qatar, one of the states that fund Hamas"
                return self._one(one.head, depth + 1)
        count = _count(tok)
        if count and (low in C.PAIR_NOUNS or low in C.PAIR_ALLIES or low in BACK_NOUNS or tok.pos_ == "NUM"):
            listed = self._list_back(tok, count, ("state:",) if low in C.PAIR_NOUNS else ACTOR_PREFIXES)
            if listed is not None:   # "Iran, Russia and Turkey met. The three countries backed Assad."
                return listed        # (a list of another count: nobody)
            if count == 2 and (low in C.PAIR_NOUNS or low in C.PAIR_ALLIES):   # "the two countries": the article's
                return [k for k in self.ctx.main_states[:2]] if len(self.ctx.main_states) >= 2 else []   # two states
            return []
        for c in tok.children:   # "his Tunisian counterpart Beji Caid Essebsi"
            if c.dep_ == "appos" and c.i in self.key_at and tok.pos_ == "NOUN":
                return self.of(c, depth + 1)
        if tok.lemma_.lower() in C.LED_NOUNS:
            leader = self._leader(tok)
            if leader:
                return leader
        if tok.lemma_.lower() in C.FORCE_NOUNS or low in C.FORCE_NOUNS or low in C.SITE_NOUNS:
            for c in tok.children:   # "Saudi-led coalition warplanes": the coalition's leader
                if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in C.LED_NOUNS and c.i < tok.i:
                    leader = self._leader(c) or self._leader(tok)   # the parser may hang "-led" on either
                    if leader:
                        return leader
        if tok.lemma_.lower() in C.FORCE_NOUNS or low in C.FORCE_NOUNS:   # "Kurdish Peshmerga fighters": the group
            group = [self.key_at[c.i] for c in tok.children if c.dep_ in ("compound", "nmod") and c.i in self.key_at
                     and self.key_at[c.i].startswith("org:")]
            if group and low in C.SEATED_NOUNS | {"cabinet"} and group[0] in party_states():   # "the Labour
                return [party_states()[group[0]]]                                                 # government"
            if group:
                return group[:1]
        loyal = self._loyal_to(tok, depth)
        if loyal:   # "forces loyal to Assad", "troops still loyal to him", however the parser hangs "loyal"
            return loyal
        owned = any((c.dep_ == "poss" or c.i in self.glued) and self.key_at.get(c.i, "").startswith("state:")
                    for c in tok.children)   # "Russia's Aerospace Forces" are Russia's
        if (tok.lemma_.lower() in C.FORCE_NOUNS or low in C.FORCE_NOUNS or low in C.TITLE_NOUNS) and not any(
                c.lower_ in C.SUBSTATE_WORDS or (c.pos_ == "PROPN" and c.text[:1].isupper() and c.i not in self.key_at
                                                 and not owned and c.lower_ not in C.OFFICE_WORDS)
                for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):   # "Free Syria Army fighters"
            mods = [self.key_at[c.i] for c in tok.children
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in self.key_at
                    and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)
                    and not any(x.dep_ == "conj" and x.lower_ in C.COMPOUNDS for x in c.children)]   # "Russian and
            # Iranian-backed forces" are the forces the two back, not Russia's
            if mods:   # "Lebanon's Iran-backed Hezbollah militia", "the Syrian Kurdish YPG militia": the group
                got = next((k for k in mods if k.startswith("org:")), mods[0])
                if low == "administration" and got.startswith("person:"):   # "the Halvorsen administration":
                    return self._administration(got)                        # its state, or nobody
                if low in C.SEATED_NOUNS | {"cabinet"} and got in party_states():   # "the Labour government":
                    return [party_states()[got]]                                  # the party's state governs
                return [self._regime_state(got) if low in C.REGIME_NOUNS else got]
            seat = [self.key_at[o.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                    and low in C.SEATED_NOUNS for o in c.children if o.dep_ == "pobj"
                    and self.key_at.get(o.i, "").startswith("state:")]
            if seat and not mods:   # "the government in Tripoli", "the regime in Damascus"
                return seat[:1]
            owner = [k for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                     and (tok.lemma_.lower() in C.FORCE_NOUNS or c.lower_ == "their") for k in self._pronoun(c)]
            if owner:   # "pitting its army against those of Uganda"; "France and Germany ... Their ministers"
                return owner if any(c.lower_ == "their" for c in tok.children) else owner[:1]
            for c in tok.children:
                if c.dep_ == "amod" and c.lower_ == "loyal":
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "acl" and c.lemma_ in ("head", "lead", "run"):
                    for p in c.children:
                        if p.dep_ == "agent":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "prep" and c.lower_ == "of":
                    found = [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                    if found:
                        return found
        for c in tok.children:   # "militias, including the Lebanese Hezbollah movement"
            if c.dep_ == "prep" and c.lower_ == "including":
                return [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        if tok.dep_ == "appos":   # "Saudi Arabia, a Sunni monarchy ... locked in a confrontation"
            return self._one(tok.head, depth + 1)
        return []

    def _loyal_to(self, tok, depth: int) -> list[str]:
        """Whom "forces / troops / units loyal to X" stand for: X, in any role; the parser often makes "loyal to X"
        a clause of its own ("say troops loyal to X carried out"), so the words are read in order."""
        if tok.lemma_.lower() not in LOYAL_NOUNS and tok.lower_ not in LOYAL_NOUNS:
            return []
        j = tok.i + 1
        while j < len(self.doc) and self.doc[j].lower_ in ("still", "fiercely", "fully", "largely", "mostly"):
            j += 1
        if j >= len(self.doc) or self.doc[j].lower_ != "loyal":
            return []
        return [k for p in self.doc[j].children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]

    def _list_back(self, tok, count: int, prefixes: tuple[str, ...]) -> list[str] | None:
        """The actors of the nearest list of actors before a token, in its sentence or the one before, when it counts
        `count` of the wanted kind; None when there is no list."""
        sents = [tok.sent] + ([self.doc[tok.sent.start - 1].sent] if tok.sent.start > 0 else [])
        for sent in sents:
            for t in reversed([t for t in sent if t.i < tok.i and t.i in self.key_at and t.dep_ != "conj"
                               and not self._listed_appos(t)
                               and any(c.dep_ == "conj" or self._listed_appos(c) for c in t.children)]):
                keys = self._named_list(t)
                if len(keys) >= 2 and not (t.i <= tok.i <= t.right_edge.i):
                    same = len({k.split(":")[0] for k in keys}) == 1   # not "fighters from the Islamic State
                    # in Iraq and Syria" misread as a group and a state
                    return keys if len(keys) == count and same and all(k.startswith(prefixes) for k in keys) else []
        return None

    def _named_list(self, head) -> list[str]:
        """The actors named in a list headed by a name (its conjuncts that are names; no other reading, no loops)."""
        keys, todo = [], [head]
        while todo and len(keys) < 12:
            t = todo.pop(0)
            if t.i in self.key_at:
                if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
                    keys += self._run_of_states(t, self.key_at[t.i]) if self.key_at[t.i].startswith("state:") else []
                keys.append(self.key_at[t.i])
            todo += [c for c in t.children if c.dep_ == "conj" or self._listed_appos(c)]
        return list(dict.fromkeys(keys))

    def _listed_subject(self, tok) -> list[str]:
        """ "France and Germany condemned X. They accused Y": "they" / "their" in subject position is a list of actors
        that is the main subject of its sentence (before it) or of the sentence before."""
        subj = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head if tok.head.dep_ in ("nsubj", "nsubjpass") \
            else None
        if subj is None:
            return []
        if subj.head.dep_ in ("ccomp", "conj", "advcl"):   # "France and Germany said they had": the sentence's
            roots = [tok.sent.root]                            # subject (not in a relative clause: "which they deem")
            if subj.head.head.dep_ != "ROOT":
                return []
        elif tok.sent.start > 0 and subj.head.dep_ == "ROOT" and subj.i < subj.head.i:
            roots = [self.doc[tok.sent.start - 1].sent.root]
        else:
            return []
        for c in roots[0].children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i in self.key_at \
                    and any(x.dep_ == "conj" for x in c.children):
                keys = self._named_list(c)
                return keys if len(keys) >= 2 else []
        return []

    def _administration(self, key: str) -> list[str]:
        """ "the Halvorsen administration": the state its leader heads (in the article or the officials table), else
        nothing (a person who is no actor would take the relation)."""
        ent = self.ctx.entities.get(key)
        state = self.ctx.state_of.get(key) or (known_state(ent.name) if ent is not None else None)
        return [state] if state and state in self.ctx.entities else []

    def _regime_state(self, key: str) -> str:
        """ "the Assad regime": the state of a ruler the article gives no post, when the officials table knows it
        and the article names that state."""
        ent = self.ctx.entities.get(key)
        if not key.startswith("person:") or key in self.ctx.state_of or ent is None:
            return key
        state = known_state(ent.name)
        return state if state and state in self.ctx.entities else key

    def _leader(self, tok) -> list[str]:
        """Who leads a coalition: "the U.S.-led coalition", "Saudi Arabia, which leads a coalition battling ..."."""
        for c in tok.children:
            if c.lower_ == "led" and c.i >= 2 and self.doc[c.i - 1].text == "-" and (c.i - 2) in self.key_at:
                return [self.key_at[c.i - 2]]
            if c.text.lower().endswith("-led") and c.i in self.key_at:
                return [self.key_at[c.i]]
            if c.dep_ == "acl" and c.lemma_ == "lead":   # "the coalition led by the United States"
                got = [k for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                       for k in self.of(o) if k.startswith(("state:", "org:"))]
                if got:
                    return got[:1]
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("lead", "head", "command", "spearhead"):
            return self.subjects(tok.head)[0]
        if tok.lower_ in ("coalition", "alliance") and [c.lower_ for c in tok.children] == ["the"]:
            for j in range(tok.i - 1, -1, -1):   # a bare "the coalition" after "the U.S.-led coalition": its leader
                if self.doc[j].lower_ == tok.lower_:
                    got = [c for c in self.doc[j].children if c.dep_ != "det" or c.lower_ != "the"]
                    if got:
                        return self._leader(self.doc[j]) if j != tok.i else []
        return []

    def _pronoun(self, tok) -> list[str]:
        low = tok.lower_
        if low in ("we", "our", "us", "i", "my", "me", "ours"):
            speaker = self.speaker(tok)
            return [speaker] if speaker else []
        if low in ("they", "their"):
            got = self._listed_subject(tok)
            if got:
                return got
        if low in ("its", "their") and tok.dep_ == "poss":
            got = self._joined_object(tok.head)
            if got:   # "accused Iran along with its ally Hezbollah", "Russia and its allies": the one joined to
                return got
        if low in ("its", "his", "her", "their") and tok.dep_ == "poss":
            got = self._clause_subject(tok)   # "Ankara ... putting it at odds with its key ally"
            if got and (low in ("its", "their") or got[0].startswith("person:")):
                return got   # "his" is a person's: not "Iran criticized Macron over his stance"
        if low in ("his", "her") and tok.dep_ == "poss" and self._untold_title_subject(tok):
            return []   # "The secretary-general reiterated his backing": a holder the text does not name here
        if low in ("he", "she", "him", "her", "his", "hers"):
            return self._antecedent(tok, ("person:",))
        if low == "its" or (low == "it" and tok.dep_ in ("nsubj", "nsubjpass")):
            return self._antecedent(tok, ("state:", "org:"))
        if low == "their" and tok.dep_ == "poss":   # "Syrian warplanes and their Russian allies": the nearest plural
            for i in range(tok.i - 1, tok.sent.start - 1, -1):
                if self.key_at.get(i, "").startswith(("state:", "org:")):
                    return [self.key_at[i]]
                if self.doc[i].tag_ in ("NNS", "NNPS"):   # "the Kurds for their fight": not the state before
                    return self._one(self.doc[i], 5)
        return []

    def _untold_title_subject(self, tok) -> bool:
        """Whether the clause of a possessive has a bare title as its subject ("The secretary-general reiterated
        his backing"): "his" is that holder, whom the article may name only in another clause."""
        node = tok.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for c in node.children:
            if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN") and c.i not in self.key_at:
                start = next((t.i for t in c.subtree if t.dep_ != "det"), c.i)
                if self.doc[start:c.i + 1].text.lower() in TITLES and not self._named(c):
                    return True
        return False

    def owner_of_standing(self, noun, nouns: frozenset = C.STANDING_NOUNS) -> list[str]:
        """The state whose unity, sovereignty or stability (or other `nouns`) a noun is: "Iraq's territorial
        integrity", "the unity of Syria" (its conjuncts too: "Iraq's unity and sovereignty")."""
        if noun.lemma_.lower() not in nouns:
            return []
        owners = [k for c in noun.children if c.dep_ == "poss" or c.dep_ == "amod" and c.i in self.key_at
                  for k in self.of(c)]
        owners += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" for k in self.of(o)]
        owners += [self.key_at[c.i] for c in noun.children if c.dep_ == "compound" and c.i in self.key_at]
        if not owners and noun.dep_ == "conj":
            return self.owner_of_standing(noun.head, nouns)
        return [k for k in owners if k.startswith("state:")]

    def _joined_object(self, noun) -> list[str]:
        """The named state or group a noun phrase is joined to: "Iran and its ally", "Iran along with its ally"."""
        if noun.dep_ == "conj" and self.key_at.get(noun.head.i, "").startswith(("state:", "org:")):
            return [self.key_at[noun.head.i]]
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lower_ in ("along", "together"):
            verb = noun.head.head.head
            return [self.key_at[c.i] for c in verb.children if c.dep_ == "dobj"
                    and self.key_at.get(c.i, "").startswith(("state:", "org:"))][:1]
        return []

    def _clause_subject(self, tok) -> list[str]:
        """The named subject of the clause a possessive stands in."""
        node, branch = tok.head, tok
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX"):
                for c in node.children:   # "With its invasions of Georgia, Russia has ...": a fronted phrase
                    if c.dep_ in ("nsubj", "nsubjpass") and (
                            c.i < tok.i or (branch.dep_ == "prep" and branch.i < c.i < node.i)) and (
                            named := self._named(c)):
                        return named
                if node.dep_ == "xcomp":   # object control: "demanding Russia rein in its ally"
                    for c in node.head.children:
                        if c.dep_ == "dobj" and c.i in self.key_at and c.i < tok.i:
                            return [self.key_at[c.i]]
            if node.head.i == node.i:
                break
            node, branch = node.head, node
        for c in tok.sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and (named := self._named(c)):
                return named
        return []

    def hyphen_pair(self, tok) -> list[str]:
        """The two states of "U.S.-Turkish tensions", "the Saudi-Iranian rivalry", when the article names both."""
        doc, key_at = self.doc, self.key_at
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and tok.i in key_at \
                and key_at[tok.i].startswith("state:") and key_at.get(tok.i - 2, key_at[tok.i]) != key_at[tok.i] \
                and key_at[tok.i - 2].startswith("state:"):
            return [key_at[tok.i - 2], key_at[tok.i]]   # "Chilean-Peruvian" written as three tokens
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and tok.i in key_at \
                and key_at[tok.i].startswith("state:") and doc[tok.i - 2].text in COMBINING:   # "Franco-German"
            first = load_gazetteer().terms.get(COMBINING[doc[tok.i - 2].text])
            key = first.state or first.key if first else None
            if key and key != key_at[tok.i] and key in self.ctx.entities:
                return [key, key_at[tok.i]]
        parts = [COMBINING.get(p, p) for p in tok.text.split("-")]   # "Franco-German", "Sino-Russian"
        if len(parts) != 2:
            return []
        terms = load_gazetteer().terms
        keys = [terms[p].state or terms[p].key if p in terms else None for p in parts]
        if keys[0] == keys[1] or any(k is None or not k.startswith("state:") or k not in self.ctx.entities
                                     for k in keys):
            return []
        return keys

    def _named(self, tok) -> list[str]:
        """A subject that is a name, or forces a name owns ("Iraqi forces said they had begun their offensive")."""
        if tok.i in self.key_at:
            return [self.key_at[tok.i]]
        if tok.lower_ in C.LED_NOUNS and (leader := self._leader(tok)):   # "US-led coalition has reduced ..."
            return leader
        if tok.lower_ in C.FORCE_NOUNS and tok.lower_ not in C.REGIME_NOUNS and tok.i not in self._asking:
            self._asking.add(tok.i)   # "their forces ... their offensive": no loops
            try:
                return self._one(tok, 5)[:1]
            finally:
                self._asking.discard(tok.i)
        return []

    def _antecedent(self, tok, prefixes: tuple[str, ...], depth: int = 0) -> list[str]:
        """The nearest earlier actor of the wanted kind: in the sentence, else the last sentence's subject."""
        sent = tok.sent
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ != "ROOT":
            for c in sent.root.children:   # "Hamas controls Gaza ..., with which it has fought": the main subject
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and (named := self._named(c)[:1]) \
                        and named[0].startswith(prefixes):   # "The US-led coalition ... said it had"
                    return named
        for i in range(tok.i - 1, sent.start - 1, -1):
            k = self.key_at.get(i)
            if k and k.startswith(prefixes) and not self._in_same_np(i, tok):
                return [k]
        if sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        cands = [(self.doc[i], self.key_at[i]) for i in range(prev.start, prev.end)
                 if i in self.key_at and self.key_at[i].startswith(prefixes)]
        subj = [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        subj += [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [subj[0]]
        same = next((g for g in (("he", "him", "his"), ("she", "her", "hers"), ("it", "its")) if tok.lower_ in g), ())
        chained = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in same]
        if chained and depth < 3:   # "Macron ... . He has vowed ... Trump. He has threatened": still Macron
            return self._antecedent(chained[0], prefixes, depth + 1)
        return [cands[-1][1]] if cands else []

    def _in_same_np(self, i: int, tok) -> bool:
        return self.doc[i].head.i == tok.i or tok.head.i == i

    def speaker(self, tok) -> str | None:
        """Who a first-person word in reported speech stands for: the subject of the speech verb."""
        if tok.i in self._asking:
            return None   # "our officials said ... we": the speaker is itself first person
        self._asking.add(tok.i)
        try:
            return self._speaker(tok)
        finally:
            self._asking.discard(tok.i)

    def _speaker(self, tok) -> str | None:
        node = tok
        while node.head.i != node.i:
            node = node.head
            if node.lemma_ in C.SPEECH_VERBS:
                for c in node.children:
                    if c.dep_ == "nsubj" and c.i != tok.i and c.pos_ != "PRON" or (
                            c.dep_ == "nsubj" and c.lower_ in ("he", "she")):
                        got = self.of(c)
                        if got:
                            return got[0]
        sent = tok.sent
        for s in (sent, *self._near_sents(sent)):
            for t in s:
                if t.lemma_ in C.SPEECH_VERBS and not self._inside_quote(t):
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    for c in subj:
                        got = self.of(c) if c.lower_ not in ("we", "i") else []
                        if got:
                            return got[0]
        return None

    def _near_sents(self, sent):
        out = []
        if sent.end < len(self.doc):
            out.append(self.doc[sent.end].sent)
        if sent.start > 0:
            out.append(self.doc[sent.start - 1].sent)
        return out

    def _inside_quote(self, tok) -> bool:
        """Whether a token stands inside a quotation open in its paragraph (a quote of two sentences closes in the
        second: '"I ... . We ...," X told reporters': "told" is outside)."""
        text = self.doc.text
        start = max(text.rfind("\n", 0, tok.sent.start_char) + 1, 0)
        before = text[start:tok.idx]
        return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1

    def subjects(self, verb, depth: int = 0) -> tuple[list[str], bool]:
        """The agents of a verb, and whether the verb is passive (its grammatical subject is the patient)."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
        if passive:
            agents = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for k in self.of(o)]
            return agents, True
        if enacted(verb):   # "the Congress passed a bill that would impose sanctions": the ones who passed it
            return self.subjects(verb.head.head, depth + 1)[0], False
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                return self.of(c), False
            if c.dep_ == "poss" and verb.tag_ == "VBG":   # "its mission training Peshmerga fighters"
                return self.of(c), False
        if depth > 4 or verb.head.i == verb.i:
            return [], False
        split = [c for s in verb.head.children if s.dep_ in ("ccomp", "advcl") and s.lower_ == "loyal" and s.i < verb.i
                 for c in s.children if c.dep_ == "nsubj" and c.i < s.i]
        if split and verb.dep_ in ("ccomp", "conj") and (got := self._loyal_to(split[0], depth + 1)):
            return got, False   # "say troops loyal to X carried out the attack": parsed as two clauses
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(verb.head.head, depth + 1)[0], False   # "X and Y are determined to raise ..."
        if verb.dep_ == "xcomp":   # not "use the air base to bomb": a place does not act
            objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in C.SITE_NOUNS]
            if objs:
                return self.of(objs[0]), False     # object control: "led Washington to impose sanctions"
            return self.subjects(verb.head, depth + 1)[0], False
        if verb.dep_ == "conj":
            j = verb.i - 1   # "... and Beijing has stood with": a subject the parser hung elsewhere
            while j > verb.head.i and self.doc[j].dep_ in ("aux", "advmod", "neg"):
                j -= 1
            if j > verb.head.i and j in self.key_at and self.doc[j].pos_ == "PROPN":
                return [self.key_at[j]], False
        if verb.dep_ in ("conj", "advcl"):
            got, passive = self.subjects(verb.head, depth + 1)
            if not got and passive and verb.dep_ == "conj":   # "Tehran was committed to the deal and accused Trump"
                got = [k for c in verb.head.children if c.dep_ == "nsubjpass" for k in self.of(c)]
            return got, False
        if verb.dep_ == "acl" and verb.head.lemma_ in C.ATTEMPT_NOUNS and not any(
                c.dep_ == "poss" for c in verb.head.children):   # "waging an insurgency in an attempt to overthrow
            noun = verb.head                                      # the government": the one attempting
            if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
                return self.subjects(noun.head.head, depth + 1)[0], False
            if noun.dep_ == "dobj":
                return self.subjects(noun.head, depth + 1)[0], False
        if verb.dep_ in ("relcl", "acl"):   # "Trump's decision to recognize", "the U.S. move to": the owner
            return self.of(verb.head) or [k for c in verb.head.children if c.dep_ == "poss" for k in self.of(c)] or [
                self.key_at[c.i] for c in verb.head.children if verb.dep_ == "acl" and c.dep_ in ("amod", "compound")
                and self.key_at.get(c.i, "").startswith("state:") and verb.head.pos_ == "NOUN"], False
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "while", "through", "in", "before", "on") \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(verb.head.head, depth + 1)[0], False   # "angered Washington by supporting ..."
        return [], False

    def patients(self, verb, preps: tuple[str, ...] = ()) -> list[str]:
        """The objects a verb acts on: its direct object, its passive subject, or a prepositional object."""
        out: list[str] = []
        reasons: list[str] = []   # "sanctioned X over Y's entry into the cabinet": Y only when no X is named
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in preps + ("against",)):
                targets = self.of(c) if c.dep_ != "prep" else [
                    k for o in c.children if o.dep_ == "pobj" for k in self.of(o)]
                into = reasons if c.dep_ == "prep" and c.lower_ in C.REASON_PREPS else out
                into += [k for k in targets if k not in into]
        out = out or reasons
        if out:   # "accused Iran along with its ally Hezbollah": the one joined to the object too
            out += [k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together")
                    for w in c.children if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"
                    for k in self.of(o) if k not in out]
        if not out and verb.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            out = self.of(verb.head)
        if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
            out = self.of(verb.head)   # "forces backed by Iran"
            j = verb.i - 1   # "ties between Hamas and the Muslim Brotherhood, ousted from power by Sisi": the last name
            if not out and j >= 1 and self.doc[j].text == "," and (j - 1) in self.key_at:
                out = [self.key_at[j - 1]]
        if not out and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and any(
                c.dep_ == "agent" for c in verb.children):   # "Backed by Ankara, the Iraqi government ...": its subject
            out = [k for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.of(c)]
        return out


# combining forms of a state's name: "Franco-German", "Sino-Russian", "Anglo-American"
COMBINING = {"Franco": "France", "Sino": "China", "Russo": "Russia", "Anglo": "Britain", "Italo": "Italy",
             "Turco": "Turkey", "Greco": "Greece", "Indo": "India", "Luso": "Portugal", "Germano": "Germany"}
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _count(tok) -> int:
    """How many a plural phrase counts: "the two countries", "both sides", "all three", "the four"."""
    if tok.pos_ == "NUM":
        return NUMBER_WORDS.get(tok.lower_, 0) if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or (tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass")) else 0
    return next((NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS
                 and c.dep_ in ("nummod", "det", "predet", "quantmod")), 0)


def enacted(verb) -> bool:
    """Whether a verb is the content of a passed bill: "passed a bill that would impose sanctions on X"."""
    bill = verb.head
    return verb.dep_ == "relcl" and bill.lemma_.lower() in C.BILL_NOUNS and bill.dep_ in ("dobj", "nsubjpass") \
        and bill.head.lemma_ in C.ENACT_VERBS and bill.head.tag_ in ("VBD", "VBN", "VBZ") \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
