"""Which actors a token stands for: a name, a demonym on "forces", "the two countries", a pronoun, a quoted "we".

`Actors(ctx).of(token)` is what every relation and meeting pattern asks of its source and target tokens. This module
reads names and lists of names; `descriptions`, `pronouns` and `roles` hold the other readings, mixed into `Actors`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import cues as C
from .context import Context, tokens_of
from .definites import Definites
from .descriptions import ACTOR_PREFIXES, BARE_OFFICE_NAME, DOMESTIC_BODY, Descriptions, body_states
from .gazetteer import load_gazetteer
from .officials import known_state
from .pronouns import Pronouns
from .reference import organizations
from .roles import Roles

# "the Socialist government", "the Conservative prime minister": the state's, not the party's
PARTY_NOT_HEADS = C.SEATED_NOUNS | frozenset("cabinet ministry minister president premier prime chancellor".split())
# "WASHINGTON/MOSCOW (Reuters) -": the dateline names where the reporter is, never an actor
# a named person with one of these titles "of/for" a group of no state speaks for the group
SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson".split())
VOICED_KINDS = frozenset({"armed_group", "party", "other", None})
# a city the news names for the body seated there (the gazetteer leaves these out of the states' seats)
SEAT_BODIES = {"Brussels": "org:european-union"}
# what comes "from" a seat as from its body ("under fire from Brussels", "pressure from Brussels")
SEAT_FROM_NOUNS = frozenset("fire criticism pressure demand condemnation rebuke warning opposition".split())
TRAVEL_VERBS = frozenset("visit leave reach tour quit flee".split())
# words that leave "the bloc" a member body's description ("the 28-nation bloc", "the trade bloc")
BLOC_WORDS = frozenset("nation member country state trade regional economic political whole entire wider".split())
DATELINE_END = re.compile(r"^[^a-z]{0,80}?\((?:Reuters|AP|AFP|Reuters Breakingviews|XINHUA)\)\s*[-\u2013\u2014]")


@lru_cache(maxsize=1)
def regional_bodies() -> frozenset[str]:
    """The keys of the table's bodies of a listed set of member states (not the UN's, not an alliance's)."""
    return frozenset(o.key for o in organizations() if o.kind == "igo" and 6 <= len(o.members) < 100)


class Actors(Descriptions, Definites, Pronouns, Roles):
    """Which actors a token of the article stands for."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        toks = tokens_of(ctx.doc)
        self.key_at: dict[int, str] = {}
        dateline = DATELINE_END.search(ctx.article.text[:200])
        skip_before = dateline.end() if dateline else 0
        self.dateline_end = skip_before
        for m in ctx.mentions:
            if m.key.startswith(ACTOR_PREFIXES) and m.start >= skip_before:
                for i in range(m.token_start, m.token_end):
                    self.key_at[i] = m.key
        self._owned_bodies()
        self._seats_acting(skip_before)
        self._bloc_described()
        self.glued: set[int] = set()   # tokens read as a possessive stripped of its apostrophe ("Russias")
        self._glued_possessives()
        self._party_adjectives()
        self.starts = [s for s, _ in ctx.sentences]
        self._asking: set[int] = set()   # first-person words whose speaker is being looked up (no loops)
        # "China's Defence Ministry", "the Chinese foreign ministry", "Thailand's Supreme Court": a body of a named state
        # acts for it
        self.body_state: dict[str, str] = {}
        for m in ctx.mentions:
            ent = ctx.entities.get(m.key)
            if ent is None or ent.kind != "org" or not any(
                    w in ent.name for w in ("Ministry", "Department", "Office", "Cabinet", "Army", "Navy", "Agency", "Court",
                                           "Police")):
                continue
            head = toks[m.token_end - 1]
            for t in (*self.doc[m.token_start:m.token_end], *head.children):
                k = self.key_at.get(t.i) if t.i < m.token_start or t.i >= m.token_end else None
                if k is None and t.dep_ in ("poss", "amod", "compound"):
                    k = next((x.key for x in ctx.mentions if x.token_start <= t.i < x.token_end
                              and x.key.startswith("state:")), None)
                if k and k.startswith("state:"):
                    self.body_state.setdefault(m.key, k)
        self.voice_of = self._spokespersons()
        home = ctx.dateline or (ctx.main_states[0] if ctx.main_states else None)
        for key, ent in ctx.entities.items():   # "the Supreme Court", "National Police" with no state named: the
            if home and ent.kind == "org" and key not in self.body_state and DOMESTIC_BODY.match(ent.name):   # state
                self.body_state[key] = home   # the story is told from (its dateline, else its main state)
        for m in ctx.mentions:   # "the Interior Ministry said" with no state named: the state the story is wholly about
            ent = ctx.entities.get(m.key)
            if ent is not None and ent.kind == "org" and m.key not in self.body_state and BARE_OFFICE_NAME.match(
                    ent.name) and (sole := self._sole_force_state(toks[m.token_end - 1])):
                self.body_state[m.key] = sole[0]

    def _spokespersons(self) -> dict[str, str]:
        """Named persons who speak for a group of no state: "X, the spokesman of the Y movement,", "a spokesman for Y,
        X,", "Y spokeswoman X" (an armed group, a party or a body of no known kind; a state's or an international
        body's spokesman holds a post of its own, read by `holdings`). Only one group per person."""
        out: dict[str, set[str]] = {}
        for t in tokens_of(self.doc):
            if t.lower_ not in SPOKES_WORDS:
                continue
            named = [t.head] if t.dep_ in ("appos", "compound") else []
            named += [c for c in t.children if c.dep_ == "appos"]
            persons = {self.key_at[n.i] for n in named if self.key_at.get(n.i, "").startswith("person:")}
            bodies = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod") and c.i < t.i]
            bodies += [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                       for o in p.children if o.dep_ == "pobj"]
            groups = {self.key_at[b.i] for b in bodies if self._voiced_group(self.key_at.get(b.i, ""))}
            if len(groups) == 1:
                for p in persons:
                    out.setdefault(p, set()).update(groups)
        return {p: gs.pop() for p, gs in out.items() if len(gs) == 1}

    def _voiced_group(self, key: str) -> bool:
        """A group a spokesperson speaks for as its own voice: an armed group, a party, a body of no known kind."""
        ent = self.ctx.entities.get(key)
        return key.startswith("org:") and ent is not None and key not in body_states() and \
            ent.org_kind in VOICED_KINDS and not DOMESTIC_BODY.match(ent.name)

    def _owned_bodies(self) -> None:
        """ "Peru's Congress", "the Philippine Senate": a body the gazetteer places in one state ("Congress" is the
        US's) but written with another state as owner is that state's legislature, so it stands for that state."""
        toks = tokens_of(self.doc)
        for m in self.ctx.mentions:
            home = body_states().get(m.key)
            if home is None or self.key_at.get(m.token_start) != m.key:
                continue
            head = toks[m.token_end - 1]
            owners = {self.key_at[c.i] for c in head.children if c.dep_ in ("poss", "amod", "compound")
                      and c.i < m.token_start and self.key_at.get(c.i, "").startswith("state:")}
            if len(owners) == 1 and home not in owners:
                for i in range(m.token_start, m.token_end):
                    self.key_at[i] = next(iter(owners))

    def _seats_acting(self, skip_before: int) -> None:
        """ "Brussels wants London to pay", "a complaint against Brussels": the seat of a body, as one who acts or is
        acted on, is that body when the article names it (ANNOTATION's notes read Brussels as the EU's seat); never the
        city as a place ("talks in Brussels", "flew to Brussels"), a modifier ("the Brussels attacks") or a list item."""
        named = {m.key for m in self.ctx.mentions}
        for t in tokens_of(self.doc):
            body = SEAT_BODIES.get(t.text)
            if body is None or body not in named or t.i in self.key_at or t.idx < skip_before:
                continue
            if any(c.dep_ == "conj" for c in t.children) or t.dep_ == "dobj" and t.head.lemma_ in TRAVEL_VERBS:
                continue   # "Paris, Brussels and Madrid", "visited Brussels": the city
            if t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") or (
                    t.dep_ == "pobj" and t.head.lower_ in ("by", "against") and t.head.dep_ in ("agent", "prep")) or (
                    t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_ in SEAT_FROM_NOUNS):
                self.key_at[t.i] = body

    def _bloc_described(self) -> None:
        """ "Turkey is critical of the bloc", "the 28-nation bloc said": "the bloc" is the one regional body of member
        states (the EU, ASEAN, the Arab League: an igo of the table with a list of members, not the UN's) the article
        has named before it; never with two such bodies named, never a bloc a word picks ("the conservative bloc",
        "the Soviet bloc"), never "the bloc of X"."""
        blocs = regional_bodies()
        first: dict[str, int] = {}
        for m in self.ctx.mentions:
            if m.key in blocs:
                first.setdefault(m.key, m.token_start)
        if len(first) != 1:
            return
        (body, start), = first.items()
        for t in tokens_of(self.doc):
            if t.lower_ != "bloc" or t.tag_ != "NN" or t.i < start or t.i in self.key_at:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                continue
            words = [w for c in t.children if c.dep_ in ("amod", "compound", "nmod", "nummod")
                     for w in c.subtree if w.dep_ != "punct"]
            if all(w.like_num or w.lower_ in BLOC_WORDS or self.key_at.get(w.i) == body for w in words):
                self.key_at[t.i] = body

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
        for t in tokens_of(doc):
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
        for t in tokens_of(self.doc):
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
        if tok.idx < self.dateline_end and tok.dep_ in ("nsubj", "nsubjpass"):
            # "GENEVA (Reuters) - The Council imposed ...": the subject parsed as an apposition of the dateline's city
            tok = next((a for a in tok.children if a.dep_ == "appos" and a.idx >= self.dateline_end), tok)
        if _counted_people(tok, self.key_at.get(tok.i, "")):
            return []   # "five Americans detained by Iran", "dozens of Syrians": nationals, not their state
        out = self._one(tok, depth) or self._listed_before(tok)
        if tok.i in self.key_at and out[0].startswith("state:") and (
                tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
            out = self._run_of_states(tok, out[0]) + out
        for c in tok.children:
            if (c.dep_ == "conj" or self._listed_appos(c)) and depth < 6 and not self._dash_closed(tok, c) \
                    and not self._negated(tok, c):
                out += [k for k in self.of(c, depth + 1) if k not in out]
        if tok.dep_ == "pobj" and depth < 6:   # "sanctions on X and on Y": the objects of the joined prepositions
            out += [k for p in tok.head.children if p.dep_ == "conj" and p.lower_ == tok.head.lower_
                    for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1) if k not in out]
        if tok.i in self.key_at:
            out += [k for k in self._unpunctuated_run(tok) if k not in out]
        return out

    def _listed_before(self, tok) -> list[str]:
        """A name listed before a plural noun phrase that the parser made the phrase's modifier: "by the African
        Union and rights campaigners" (the Union a modifier of "campaigners", "rights" its conjunct). The name stands
        beside the phrase, as its conjunct would; only a state or an organisation told by its name (not "Chilean and
        local activists": activists of Chile), joined by "and" to a lowercase word."""
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.i in self.key_at:
            return []
        return [self.key_at[c.i] for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < tok.i
                and c.pos_ == "PROPN" and self.key_at.get(c.i, "").startswith(("state:", "org:"))
                and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)
                and any(x.dep_ == "conj" and x.i < tok.i and x.i not in self.key_at and x.text.islower()
                        for x in c.children)]

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

    @staticmethod
    def _negated(tok, conj) -> bool:
        """ "condemned X, not Y", "X but not Y": a conjunct set against the head is not named with it."""
        return any(x.dep_ == "neg" for x in conj.children) or any(
            x.dep_ == "neg" and tok.i < x.i < conj.i for x in tok.children)

    def _dash_closed(self, tok, conj) -> bool:
        """ "partners - including Merkel - and the World Jewish Congress": a conjunct after the dash that closes an
        insertion holding the head is joined to what the insertion hangs on, not to the head."""
        toks = tokens_of(self.doc)
        spaced = [t.i for t in self.doc[tok.sent.start:conj.i] if t.text in ("-", "\u2013", "\u2014")
                  and t.whitespace_ and t.i > 0 and toks[t.i - 1].whitespace_]
        return any(i < tok.i for i in spaced) and any(tok.i < i < conj.i for i in spaced)

    def _listed_appos(self, tok) -> bool:
        """Whether a state is parsed as the apposition of another state: a list ("Saudi Arabia, the UAE, Egypt and
        Bahrain severed ties"); one state is no description of another."""
        head = tok.head
        return tok.dep_ == "appos" and head.i in self.key_at and self.key_at[head.i].startswith("state:") \
            and self.key_at.get(tok.i, "").startswith("state:") and self.key_at[tok.i] != self.key_at[head.i]

    def _run_of_states(self, tok, key: str) -> list[str]:
        """States written just before a listed state with no comma ("Saudi Arabia Turkey and Qatar"): listed too."""
        toks = tokens_of(self.doc)
        out: list[str] = []
        j = tok.i - 1
        while j >= 0 and self.key_at.get(j) == key:
            j -= 1
        while j >= 0 and self.key_at.get(j, "").startswith("state:") and toks[j].head.i > j \
                and toks[j].dep_ == "compound" and self.key_at[j] not in out + [key]:
            other = self.key_at[j]
            out.insert(0, other)
            while j >= 0 and self.key_at.get(j) == other:
                j -= 1
        return out

    def _list_back(self, tok, count: int, prefixes: tuple[str, ...]) -> list[str] | None:
        """The actors of the nearest list of actors before a token, in its sentence or the one before, when it counts
        `count` of the wanted kind; None when there is no list."""
        toks = tokens_of(self.doc)
        sents = [tok.sent] + ([toks[tok.sent.start - 1].sent] if tok.sent.start > 0 else [])
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
            todo += [c for c in t.children if c.dep_ == "conj" or self._listed_appos(c) or (
                c.dep_ == "appos" and t.i not in self.key_at and self.key_at.get(c.i, "").startswith("person:"))]
        return list(dict.fromkeys(keys))   # ("X and her husband, Y": the husband is the person named beside him)


# "dozens of Syrians", "a group of Britons"
COUNT_NOUNS = frozenset("dozen dozens hundred hundreds thousand thousands million millions number group".split())


def _counted_people(tok, key: str) -> bool:
    """Whether a token is a plural demonym counted as people ("five Americans", "dozens of Syrians")."""
    if not (tok.ent_type_ == "NORP" or key.startswith("state:")) or tok.tag_ not in ("NNPS", "NNS") \
            or tok.lower_ == "koreas":   # "the two Koreas" are states
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    owner = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return owner is not None and (owner.tag_ == "CD" or owner.lower_ in COUNT_NOUNS)
