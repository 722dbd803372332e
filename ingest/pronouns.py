"""Which actors a pronoun stands for: "its", "their", "he" and the antecedent they point back to, and the speaker
a first-person word in reported speech ("we", "our") stands for.

Mixed into `actors.Actors`: the methods read its `key_at`, `doc` and `ctx` and ask its other readings through `self`.
"""

from __future__ import annotations

from . import cues as C
from .context import tokens_of
from .gazetteer import TITLES


class Pronouns:
    """The readings of `Actors` for pronouns, their antecedents and speakers."""

    def _pronoun(self, tok) -> list[str]:
        toks = tokens_of(self.doc)
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
            got = self.reason_object(tok)
            if got:   # "criticized Chile for its support of X": Chile's support, not the critic's
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
        if low in ("it", "them") and tok.dep_ == "dobj" and (got := self._object_before(tok)):
            return got
        if low in ("them", "their") and tok.dep_ in ("dobj", "pobj", "poss") and (got := self._subject_told_before(tok)):
            return got
        if low == "their" and tok.dep_ == "poss":   # "Syrian warplanes and their Russian allies": the nearest plural
            for i in range(tok.i - 1, tok.sent.start - 1, -1):
                if self.key_at.get(i, "").startswith(("state:", "org:")):
                    return [self.key_at[i]]
                if toks[i].tag_ in ("NNS", "NNPS"):   # "the Kurds for their fight": not the state before
                    return self._one(toks[i], 5)
        return []

    def reason_object(self, tok) -> list[str]:
        """ "Peru sanctioned Chile over its support for X", "punish Russia for its annexation of Crimea", "thanked Japan
        for its help": a possessive in the reason a verb gives ("for" / "over") is the verb's named object, the one
        blamed or thanked for its own act ("his" / "her" only for a person, "its" / "their" for a state or group)."""
        noun, prep = tok.head, tok.head.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("for", "over") or prep.head.pos_ != "VERB":
            return []
        objs = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < tok.i]
        if len(objs) != 1 or objs[0].i not in self.key_at:
            return []
        got = self.of(objs[0])
        person = tok.lower_ in ("his", "her")
        return got if got and all(k.startswith("person:") == person for k in got) else []

    def _object_before(self, tok) -> list[str]:
        """ "Riyadh blames Hezbollah for X, accusing it of ...", "charged A and B with fraud and blamed them": the
        object pronoun of a participle, infinitive or joined verb is the object of the verb it hangs on, when that
        object is named and of the pronoun's number (not "signed the deal with Peru and criticized it": a deal)."""
        verb = tok.head
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "nsubj" for c in verb.children):
            return []
        objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < tok.i]
        if len(objs) != 1:
            return []
        obj = objs[0]
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
        if plural != (tok.lower_ == "them") or obj.i not in self.key_at and obj.lower_ not in C.FORCE_NOUNS \
                and obj.lemma_.lower() not in C.FORCE_NOUNS | C.MEMBER_NOUNS:
            return []
        return [k for k in self.of(obj) if k.startswith(("state:", "org:", "person:"))]

    def _listed_subject(self, tok) -> list[str]:
        """ "France and Germany condemned X. They accused Y": "they" / "their" in subject position is a list of actors
        that is the main subject of its sentence (before it) or of the sentence before."""
        toks = tokens_of(self.doc)
        subj = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head if tok.head.dep_ in ("nsubj", "nsubjpass") \
            else None
        if subj is None:
            return []
        if subj.head.dep_ in ("ccomp", "conj", "advcl"):   # "France and Germany said they had": the sentence's
            roots = [tok.sent.root]                            # subject (not in a relative clause: "which they deem")
            if subj.head.head.dep_ != "ROOT":
                return []
        elif tok.sent.start > 0 and subj.head.dep_ == "ROOT" and subj.i < subj.head.i:
            roots = [toks[tok.sent.start - 1].sent.root]
        else:
            return []
        for c in roots[0].children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.i in self.key_at \
                    and any(x.dep_ == "conj" for x in c.children):
                keys = self._named_list(c)
                return keys if len(keys) >= 2 else []
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i:
                return self._plural_subject(c)
        return []

    def _subject_told_before(self, tok) -> list[str]:
        """ "France and Germany imposed tariffs. Russia criticised them", "Iraqi troops took the town. Islamic State
        attacked them": an object "them" / "their" whose own sentence holds no plural noun before it is the subject of
        the sentence before, when that is a list of names or a plural that stands for one actor."""
        toks = tokens_of(self.doc)
        own = {t.i for node in (tok, *tok.ancestors) for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree} if tok.lower_ == "them" else set()   # the clause's own subject is no candidate
        # for "them" ("Iraqi troops attacked them"), but it is the one for "their" ("Kurdish forces began their push")
        if tok.sent.start == 0 or any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "them", "their")
                                      for t in tok.sent if t.i < tok.i and t.i not in own):
            return []
        prev = toks[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        if subj.i in self.key_at and any(x.dep_ == "conj" for x in subj.children):
            got = self._named_list(subj)
            got = got if len(got) >= 2 else []
        else:
            got = self._plural_subject(subj)
        return [] if set(got) & self._clause_actors(tok) else got   # the acting one is never "them"

    def _clause_actors(self, tok) -> set[str]:
        """The named subjects of the clauses above a token ("Russia criticised them": Russia is never "them")."""
        out, node = set(), tok
        while node.head.i != node.i:
            node = node.head
            out |= {self.key_at[t.i] for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
                    if t.i in self.key_at}
        return out

    def _plural_subject(self, subj) -> list[str]:
        """ "Iraqi forces said they had taken X", "the Taliban said they": a plural subject that is no list stands for
        one actor, which "they" takes (a list with unnamed members, "Iraqi forces and tribal fighters", stays out)."""
        if any(x.dep_ == "conj" for x in subj.children):
            return []
        if self.key_at.get(subj.i, "").startswith("org:"):
            return [self.key_at[subj.i]]   # "the Taliban said they", "Hamas said they": groups are plural in news
        if subj.tag_ not in ("NNS", "NNPS") or subj.i in self._asking:
            return []
        self._asking.add(subj.i)   # no loops through a noun's own pronouns
        try:
            keys = self._one(subj, 5)
        finally:
            self._asking.discard(subj.i)
        return keys if len(keys) == 1 else []

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
                if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN"):
                    return []   # "brought a message to Moscow condemning its support": not the bringer's
            if node.head.i == node.i:
                break
            node, branch = node.head, node
        for c in tok.sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and (named := self._named(c)):
                return named
        return []

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
        toks = tokens_of(self.doc)
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
        prev = toks[sent.start - 1].sent
        cands = [(toks[i], self.key_at[i]) for i in range(prev.start, prev.end)
                 if i in self.key_at and self.key_at[i].startswith(prefixes)]
        subj = [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        subj += [k for t, k in cands if t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [subj[0]]
        titled = [k for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.key_at
                  and c.pos_ == "NOUN" and depth < 3 for k in self._one(c, 4)]
        if len(titled) == 1 and titled[0].startswith(prefixes) and titled[0].startswith("person:"):
            return titled   # "The pontiff said ... . He also disclosed": the one holder the title stands for
        same = next((g for g in (("he", "him", "his"), ("she", "her", "hers"), ("it", "its")) if tok.lower_ in g), ())
        chained = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in same]
        if chained and depth < 3:   # "Macron ... . He has vowed ... Trump. He has threatened": still Macron
            return self._antecedent(chained[0], prefixes, depth + 1)
        return [cands[-1][1]] if cands else []

    def _in_same_np(self, i: int, tok) -> bool:
        toks = tokens_of(self.doc)
        return toks[i].head.i == tok.i or tok.head.i == i

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
        toks = tokens_of(self.doc)
        out = []
        if sent.end < len(self.doc):
            out.append(toks[sent.end].sent)
        if sent.start > 0:
            out.append(toks[sent.start - 1].sent)
        return out

    def _inside_quote(self, tok) -> bool:
        """Whether a token stands inside a quotation open in its paragraph (a quote of two sentences closes in the
        second: '"I ... . We ...," X told reporters': "told" is outside)."""
        text = self.ctx.text
        start = max(text.rfind("\n", 0, tok.sent.start_char) + 1, 0)
        before = text[start:tok.idx]
        return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1
