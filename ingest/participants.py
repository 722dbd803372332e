"""The sides, place and record of a meeting: `MeetingFinder` turns the subject and objects of a meeting word into
participants (persons standing for themselves, "the two", "his South Korean counterpart", a bare "the president of
Taiwan"), finds where it took place, and records it with its evidence.

Used by `meetings`, `talks` and `visits`.
"""

from __future__ import annotations

from .clauses import conjuncts, perfect, still_to_come
from .context import Context, tokens_of
from .model import Evidence, Meeting

# nouns for two persons: "the two leaders met"
PAIR_PERSONS = frozenset("leader man president minister premier diplomat official".split())
# nouns for a side of a meeting that stand for the states or groups modifying them: "his South Korean and
# Japanese counterparts", "the Fatah faction", "a Russian delegation"
SIDE_NOUNS = frozenset("""counterpart counterparts delegation delegations faction officials official leaders
minister ministers negotiators envoys diplomats representatives secretary politicians lawmakers legislators
affaires""".split())
# words of a gerund phrase whose subject is the clause's: "said after meeting Y", "since visiting Y"
AFTER_WORDS = frozenset("after following since when while upon on".split())
# verbs that tell of something past: "told officers about meeting Y", "testified about meeting Y" (not "talked about")
RECOUNT_VERBS = frozenset("tell testify recall remember recount write describe".split())
# reflexives that only stress a subject named before them: "Sessions had himself met Y"
REFLEXIVES = frozenset("himself herself themselves".split())
# a head of state or government named by the title alone: "met with the president of Taiwan"
HEAD_WORDS = {"president": "HeadOfState", "king": "HeadOfState", "emir": "HeadOfState",
              "premier": "HeadOfGovernment", "chancellor": "HeadOfGovernment"}
# the word that makes "minister" (or "secretary") one post: "prime minister", "foreign secretary", "defense minister"
TITLE_KINDS = {"prime": "HeadOfGovernment", "foreign": "ForeignMinister", "defence": "DefenceMinister",
               "defense": "DefenceMinister"}


def _title_roles(noun) -> tuple[str, ...]:
    """The posts a bare title names: "the president" a head of state, "the Syrian leader" a head of state or
    government, "Israel's prime minister" a head of government, "the Philippine defense minister" a defence minister
    (a title is how news names again a person it named before)."""
    word = noun.lower_
    if word in HEAD_WORDS:
        return (HEAD_WORDS[word],)
    if word == "leader":
        return ("HeadOfState", "HeadOfGovernment")
    if word not in ("minister", "secretary"):
        return ()
    kinds = {TITLE_KINDS[c.lower_] for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in TITLE_KINDS}
    return tuple(kinds) if len(kinds) == 1 and (word == "minister" or kinds == {"ForeignMinister"}) else ()


def _pair_word(tok) -> bool:
    """ "the two", "both men", "the two leaders": a subject that stands for two persons named just before."""
    if tok.lower_ in ("two", "both") and tok.pos_ == "NUM":
        return True
    return tok.lemma_.lower() in PAIR_PERSONS and any(c.lower_ in ("two", "both") for c in tok.children)


class MeetingFinder:
    """Collects meetings of one article and merges those that are the same event."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.actors = ctx.actors
        self.found: list[Meeting] = []
        self._posted = set(ctx.state_of) | {h.person for h in ctx.holdings if h.jurisdiction}

    def place_of(self, verb, depth: int = 0) -> str | None:
        """The city or state a meeting took place in: an "in"/"to" phrase of the verb, a visit's object,
        the place a "where" clause hangs on ("in the Azeri capital Baku, where he met ...")."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                for o in c.children:
                    # "in the Russian city of Yekaterinburg": the city named after "of"
                    named = [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
                    k = self.place_key(o) or (self.place_key(named[0]) if named and o.lemma_ in (
                        "city", "town", "capital", "port", "resort") else None)
                    if k:
                        return k
        if depth < 2:   # "for talks at his Black Sea residence in Sochi": a place deeper in the phrase
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ not in ("from", "before", "ahead", "until", "since", "of"):
                    for o in c.children:
                        k = self.place_of(o, depth + 1) if o.dep_ == "pobj" else None
                        if k:
                            return k
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
                and verb.head.dep_ != "conj" and not any(c.dep_ == "conj" for c in verb.head.children):
            return self.place_key(verb.head)   # not "to Ethiopia and South Sudan, where": which one?
        return None

    def place_key(self, tok) -> str | None:
        """The place a token names: a city, or a state named or by its capital ("Beijing" -> the city)."""
        for m in self.ctx.mentions:
            if m.token_start <= tok.i < m.token_end and (m.key.startswith(("city:", "place:"))
                                                         or m.key.startswith("state:") and m.how in ("name", "seat")):
                if m.how == "seat":
                    return f"city:{m.text}"   # a capital named as a place: the city, not the government
                return m.key
        if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN":
            return f"city:{tok.text}"
        return None

    def agents(self, verb) -> list[str]:
        """The subjects of a meeting verb; else the one person named inside its subject phrase
        ("The new chief of Hamas, Ismail Haniyeh, arrived")."""
        if verb.dep_ == "relcl" and verb.head.dep_ == "conj" and any(
                c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            first = verb.head   # "Abe and Trump, who met in Tokyo": the relative clause is about both
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            return self.people([first])
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not subjects and any(c.dep_ == "nsubj" and c.lower_ in REFLEXIVES for c in verb.children):
            # "Sessions had himself met Y": the parser makes the reflexive the subject and hangs the name on "had"
            named = [k for c in verb.children if c.dep_ in ("aux", "auxpass") for x in c.children
                     if x.dep_ == "nsubj" and x.pos_ != "PRON" for k in self.people([x])]
            if named:
                return named
        if not subjects and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in AFTER_WORDS \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            return self.agents(verb.head.head)   # "X said on Monday after meeting the president": X met
        if not subjects and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "about" \
                and verb.head.head.lemma_ in RECOUNT_VERBS and verb.head.head.tag_ in ("VBD", "VBN"):
            return self.agents(verb.head.head)   # "X told officers about meeting Y at his home in 2011": X met
        if len(subjects) == 1 and _pair_word(subjects[0]):
            return self.pair(verb)   # "when the two met", "after the two leaders met"
        if any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children) and verb.dep_ == "advcl":
            got = self.pair_above(verb)
            if got:
                return got
        if len(subjects) > 1:   # "Zarif and his Turkish counterpart Mevlut Cavusoglu held": parsed as two subjects
            return self.people(subjects)
        if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr":   # "Erdogan is the first president to visit"
            got = [k for c in verb.head.head.children if c.dep_ == "nsubj" for k in self.actors.of(c)]
            if got:
                return got
        got = self.actors.subjects(verb)[0]
        if got and len(subjects) == 1:   # "Pakistan's foreign minister met Y": the one person of that post, named
            return self.titled(subjects[0], got)   # elsewhere in the article (a lede names officials by title)
        if got:
            return got
        got = [k for c in subjects for k in self._side(c)]
        if got:   # "a U.S. deputy assistant secretary of state met with X", "British lawmakers visited"
            return got
        node = verb
        while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ in ("advcl", "xcomp", "conj") \
                and node.head.i != node.i:
            node = node.head
        for c in node.children:
            if c.dep_ == "nsubj":
                persons = {self.actors.key_at[t.i] for t in c.subtree if t.i in self.actors.key_at
                           and self.actors.key_at[t.i].startswith("person:")}
                if len(persons) == 1:
                    return list(persons)
        if verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            # "Since becoming secretary of state on Feb. 1, Tillerson, a former ..., has traveled": the parser
            # hung the subject on the date; take the person named last before the verb, no other verb between
            for t in reversed(verb.doc[verb.sent.start:verb.i]):
                if t.head.i == verb.i and t.dep_ in ("aux", "neg", "advmod", "punct"):
                    continue
                if t.pos_ in ("VERB", "AUX"):
                    break
                k = self.actors.key_at.get(t.i, "")
                if k.startswith("person:"):
                    return [k]
        return []

    def official(self, key: str) -> bool:
        """Whether a person holds a post, of a state or of a body ("EU Commission President Juncker"): a visitor
        whose visit is one between actors, unlike a tourist's."""
        return key.startswith("person:") and key in self._posted

    def sure_antecedent(self, pron, key: str) -> bool:
        """Whether a pronoun surely stands for `key`: named before it in its sentence, or the subject of the
        sentence before ("Ursula von der Leyen welcomed Trump's pledge. ... she said": not Trump)."""
        sent = self.actors.sent_of(pron)
        start = self.ctx.sentences[max(0, sent - 1)][0]
        for t in self.ctx.doc[:pron.i]:
            if t.idx < start or self.actors.key_at.get(t.i) != key:
                continue
            if self.actors.sent_of(t) == sent or t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def pair(self, tok) -> list[str]:
        """ "the two": the two persons named before it in its sentence, else in the sentence before (none other)."""
        sent = self.actors.sent_of(tok)
        for s in (sent, sent - 1):
            if s < 0:
                break
            start, _ = self.ctx.sentences[s]
            end = tok.idx if s == sent else self.ctx.sentences[sent][0]
            named = list(dict.fromkeys(k for t in tokens_of(self.ctx.doc) if start <= t.idx < end
                                       for k in [self.actors.key_at.get(t.i, "")] if k.startswith("person:")))
            if len(named) == 2:
                return named
            if named:
                return []   # one or three: which two is not told
        return []

    def pair_above(self, verb) -> list[str]:
        """ "Lopez said she and Carter settled it when they met": "they" is the two persons of the clause the
        when-clause hangs on; a pronoun among them is the speaker of the clause above that one."""
        clause = verb.head
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head   # "agreed to keep talking when they met": the subject of "agreed"
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or len(conjuncts(subj)) != 2:
            return []
        out: list[str] = []
        for t in conjuncts(subj):
            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "i") and clause.dep_ == "ccomp":
                got = [k for c in clause.head.children if c.dep_ == "nsubj" for k in self.actors.of(c)]
            else:
                got = self.actors.of(t)
            got = [k for k in got if k.startswith("person:")]
            if len(got) != 1:
                return []
            out += got
        return out if len(set(out)) == 2 else []

    def people(self, toks) -> list[str]:
        """The actors of some noun phrases, persons standing for themselves; a side named only by its
        modifiers ("his South Korean and Japanese counterparts", "Abbas's Fatah faction") stands for them."""
        out: list[str] = []
        for t in toks:
            conjs = conjuncts(t)
            # "between Xi and Trump's predecessor, Barack Obama" parsed as three conjuncts: the possessor is none
            owners = {self.actors.key_at.get(n.i) for n in conjs if any(
                c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in n.children) and any(n.i < m.i <= n.i + 4
                                                                                       for m in conjs)} - {None}
            for n in conjs:
                if self.actors.key_at.get(n.i) in owners:
                    continue
                got = [k for k in self.actors.of(n) if k not in owners]
                if not any(k.startswith("person:") for k in got) and n.i not in self.actors.key_at:
                    # "Prime Minister Lee Hsien Loong" with the name's last word left out of the person's mention
                    got = [self.actors.key_at[c.i] for c in n.children if c.dep_ == "compound" and n.pos_ == "PROPN"
                           and self.actors.key_at.get(c.i, "").startswith("person:")][-1:] or got
                after = self.actors.key_at.get(n.i + 1, "")
                if not any(k.startswith("person:") for k in got) and n.lower_ == "counterpart" and \
                        after.startswith("person:"):
                    got = [after]   # "his German counterpart Frank Meier said": the parser took the name away
                if not any(k.startswith("person:") for k in got):   # "his U.S. counterpart, Joseph Yun": the person
                    got = self._side(n) or self._possessor_of_name(n) or got
                got = self.titled(n, got)
                out += [k for k in got if k not in out]
        return out

    def titled(self, noun, got: list[str]) -> list[str]:
        """The one person a side named by a bare title of one state is: "met with the president of Taiwan" the one
        person the article makes Taiwan's president; "the Syrian leader" its one head of state or government;
        "Israel's prime minister" its one premier. Otherwise the side as found."""
        roles = _title_roles(noun)
        if len(got) != 1 or not got[0].startswith("state:") or not roles or noun.i in self.actors.key_at:
            return got
        heads = {h.person for h in self.ctx.holdings if h.jurisdiction == got[0] and h.role in roles}
        return list(heads) if len(heads) == 1 else got

    def _possessor_of_name(self, tok) -> list[str]:
        """ "a trip by Singapore's Prime Minister Lee Hsien Loong" parsed with the state as the object: the person
        its possessive names, when only title words stand between."""
        if not self.actors.key_at.get(tok.i, "").startswith("state:") or not any(
                c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in tok.children):
            return []
        j = tok.i + 1
        while j < len(tok.doc) and (tok.doc[j].dep_ == "case" or self.actors.key_at.get(j) == self.actors.key_at[tok.i]):
            j += 1
        while j < len(tok.doc) and j - tok.i < 6 and tok.doc[j].pos_ == "PROPN" and j not in self.actors.key_at:
            j += 1
        k = self.actors.key_at.get(j, "")
        return [k] if k.startswith("person:") and j >= tok.i + 2 else []

    def _side(self, noun) -> list[str]:
        """The states or groups a side noun stands for: its demonym and name modifiers, conjoined ones too."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SIDE_NOUNS and noun.lower_ not in SIDE_NOUNS:
            return []
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"]
        mods += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children
                 if o.dep_ == "pobj"]   # "leaders of the Southern Front", "his counterparts from Iran and Russia"
        mods += [x for c in mods for x in c.children if x.dep_ == "conj"
                 or x.dep_ in ("amod", "compound") and c.dep_ == "compound"]   # "the U.S. charge d'affaires"
        keys = [self.actors.key_at[c.i] for c in sorted(mods, key=lambda c: c.i) if c.i in self.actors.key_at]
        keys += [k for k in self._side_from(noun) if k not in keys]   # "ministers from A, B and C": the third too
        # "his EU counterparts" are the leaders of the EU's states, not the EU
        kinds = ("state:",) if noun.lemma_.lower().startswith("counterpart") else ("state:", "org:")
        return list(dict.fromkeys(k for k in keys if k.startswith(kinds)))

    def _side_from(self, head) -> list[str]:
        """The states of a "from A, B and C" phrase of `head` (also after "including"): where a group of officials
        named by a bare side noun comes from."""
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
        preps += [p for c in head.children if c.lower_ == "including" for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "from"]
        keys = [k for p in preps for o in p.children if o.dep_ == "pobj" for n in conjuncts(o)
                for k in self.actors.of(n) if k.startswith("state:")]
        return list(dict.fromkeys(keys))

    def add(self, parts: list[str], place: str | None, when: str | None, tok, word: str, conf: float,
            home: bool = False) -> None:
        """Record a meeting of two or more sides, with the sentence of `tok` as evidence; `home`: a visit of an
        official to a place of their own state, recorded as the visitor and that state."""
        parts = list(dict.fromkeys(p for p in parts if p))
        if not home:
            # "Zarif and his Turkish counterpart Mevlut Cavusoglu": the named person stands for the state
            parts = [p for p in parts if not any(self.ctx.state_of.get(q) == p for q in parts)]
        if len(parts) < 2 or sum(p.startswith("state:") for p in parts) > 4:
            return   # a list of countries is a group, not the parties to one meeting
        if len({self.ctx.state_of.get(p, p) for p in parts}) < 2 and not home:
            return   # officials of one state among themselves: a working meeting, not one between actors
        if still_to_come(tok):
            return   # "his meeting with Y later on Sunday" in Sunday's story: not yet held
        if when is None and (perfect(tok) or any(c.dep_ == "nummod" for c in tok.children)):
            # "has traveled to Germany", "had held talks": before the lede's day; "two in-person meetings": several
            # days. No day is guessed
            when = ""
        sent = self.actors.sent_of(tok)
        start, end = self.ctx.sentences[sent]
        if place and place.startswith("city:") and place[5:] in self.ctx.article.text:
            place = self._city_key(place)
        ev = Evidence(self.ctx.article.text[start:end], start, end, conf, word)
        self.found.append(Meeting(tuple(sorted(parts)), place, when, ev))

    def _city_key(self, place: str) -> str:
        from .gazetteer import slug
        return f"city:{slug(place[5:])}"
