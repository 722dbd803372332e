"""Which actors play a verb's roles: its agents ("subjects", through control, conjuncts, relative clauses and
passed bills), its patients ("patients") and the state whose unity or sovereignty a noun is ("owner_of_standing").

Mixed into `actors.Actors`: the methods read its `key_at` and `doc` and ask its other readings through `self`.
"""

from __future__ import annotations

from functools import cached_property

from . import cues as C
from .context import tokens_of
from .descriptions import ACT_NOUNS


# taken into custody by a state: "X was arrested in Turkey" (no agent named) is the state's act
CUSTODY_VERBS = frozenset("detain arrest apprehend jail imprison convict sentence indict charge prosecute".split())
# who takes persons into custody for a state: "Prosecutors charged X", "A court sentenced X"
CUSTODIAN_NOUNS = C.HOME_NOUNS | {"authorities"}
# journeys a custody or a disappearance happens on: "during a visit to China", "on a trip to Peru"
JOURNEY_NOUNS = frozenset("visit trip journey holiday vacation tour stay".split())
# sent to act for a state or body: "a NATO mission to train Afghan forces", "U.S. advisers to assist Iraqi troops"
MISSION_NOUNS = frozenset("""mission troop soldier adviser advisor trainer instructor contingent deployment
personnel""".split())
# an insurgency or a war waged "to topple X" is the waging subject's means, never an agent that controls the infinitive
WAGED_NOUNS = C.RISING_NOUNS | frozenset("war struggle jihad".split())
# the verbs of the one who wages it (not "fought / crushed an insurgency to restore order": the other side)
WAGING_VERBS = frozenset("wage wag lead launch start begin mount stage spearhead".split())
# "X is charged with overseeing the port": a duty given, not a charge brought
DUTY_VERBS = frozenset("""oversee supervise manage run lead coordinate ensure implement monitor handle protect
investigate organise organize draft review administer""".split())
# where a custody took place: "arrested in Cusco", "detained on Santa Maria island", "at the Lima airport"
PLACE_PREPS = frozenset("in at on near".split())
# "is backed in the war by X", "was criticised on Monday by X": prepositions whose object the parser gives the agent to
STRAY_AGENT_PREPS = frozenset("in on during at".split())
# things that do speak: "said the report had faulted X and accused Y" may be the report's
TEXT_NOUNS = frozenset("""report statement letter document resolution ruling study survey paper memo communique
declaration text bill law verdict complaint petition strategy review""".split())
# words that carry a second tense: "had hurt trade, and accused", "would stay and called"
TENSE_AUX = frozenset("has have had will would could can may might should must 's 'd 'll".split())


def _verbal_act_after(verb, head) -> bool:
    """Whether a verb joined to a reported clause is a speech act of the speaker's: a saying or a verbal cue (demand,
    criticism, accusation, rejection, threat: CAMEO 1xx) in the simple past, joined to a clause whose verb carries an
    auxiliary of its own ("the ban had hurt trade, and accused X": "accused" does not share "had" with the clause;
    a misparse of "X said ..., and accused Y")."""
    cue = C.VERBS.get(verb.lemma_)
    act = verb.lemma_ in C.SPEECH_VERBS or cue is not None and cue.cameo.startswith("1")
    return act and verb.tag_ == "VBD" and verb.i > head.i and not any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in TENSE_AUX for c in head.children) \
        and not any(c.dep_ == "auxpass" for c in head.children)


class Roles:
    """The readings of `Actors` for the roles of verbs and nouns."""

    def subjects(self, verb, depth: int = 0) -> tuple[list[str], bool]:
        """The agents of a verb, and whether the verb is passive (its grammatical subject is the patient)."""
        toks = tokens_of(self.doc)
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
        if passive:
            agents = [k for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                      for k in self.of(o)]
            if not agents and not any(c.dep_ == "agent" for c in verb.children):   # "was condemned and sanctioned
                agents = [k for v in self._passive_partners(verb) for c in v.children if c.dep_ == "agent"   # by X"
                          for o in c.children if o.dep_ == "pobj" for k in self.of(o)]
            if not agents and verb.lemma_ in CUSTODY_VERBS and not any(c.dep_ == "agent" for c in verb.children):
                agents = self._custody_state(verb)
            if not agents and not any(c.dep_ == "agent" for c in verb.children):
                agents = self._stray_agents(verb) or self._in_act(verb)
            return agents, True
        if enacted(verb):   # "the Congress passed a bill that would impose sanctions": the ones who passed it
            bill = verb.head   # the verb that passed it, or the vote "for/on" it
            vote = bill.head.head if bill.dep_ == "pobj" else bill.head
            raised = [c for c in vote.head.children if c.dep_ == "nsubjpass"] if vote.dep_ == "xcomp" else []
            if raised and not any(c.dep_ == "nsubj" for c in vote.children):   # "is expected to vote for"
                return self.of(raised[0]), False
            return self.subjects(vote, depth + 1)[0], False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj") and not (c.idx < self.dateline_end and len(subjects) > 1):
                # "MOSCOW (Reuters) - Russia accused X": the dateline's city parsed as a second subject is no agent
                got = self.of(c) or self._bare_custodian(c, verb)
                return got + [k for k in self._companions(c, verb) + self._also_subjects(verb, c) if k not in got], False
            if c.dep_ == "poss" and verb.tag_ == "VBG":   # "its mission training Peshmerga fighters"
                return self.of(c), False
        if depth > 4 or verb.head.i == verb.i:
            return [], False
        split = [c for s in verb.head.children if s.dep_ in ("ccomp", "advcl") and s.lower_ == "loyal" and s.i < verb.i
                 for c in s.children if c.dep_ == "nsubj" and c.i < s.i]
        if split and verb.dep_ in ("ccomp", "conj") and (got := self._loyal_to(split[0], depth + 1)):
            return got, False   # "say troops loyal to X carried out the attack": parsed as two clauses
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            return self._voters(verb.head, depth), False   # "X and Y are determined to raise ..."
        if verb.dep_ == "xcomp":   # not "use the air base to bomb": a place does not act
            objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in C.SITE_NOUNS
                    and not (c.lemma_.lower() in WAGED_NOUNS and verb.head.lemma_ in WAGING_VERBS
                             and not self.of(c))]   # "wages an insurgency to topple": the subject's aim
            if objs:
                return self.of(objs[0]), False     # object control: "led Washington to impose sanctions"
            return self.subjects(verb.head, depth + 1)[0], False
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB":
            node = verb.head   # "Ja said Washington was to blame and accused the Council": a finite verb is not
            for _ in range(4):   # joined to the bare infinitive but to the speech verb above it
                if node.dep_ == "ccomp" and node.head.lemma_ in C.SPEECH_VERBS and node.head.tag_ == verb.tag_:
                    return self.subjects(node.head, depth + 1)[0], False
                if node.head.i == node.i:
                    break
                node = node.head
        if verb.dep_ == "conj":
            j = verb.i - 1   # "... and Beijing has stood with": a subject the parser hung elsewhere
            while j > verb.head.i and toks[j].dep_ in ("aux", "advmod", "neg"):
                j -= 1
            if j > verb.head.i and j in self.key_at and toks[j].pos_ == "PROPN":
                return [self.key_at[j]], False
        if verb.dep_ == "conj" and (speaker := self._speaker_of_second_vp(verb)) is not None:
            return speaker, False
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
        if verb.dep_ in ("relcl", "acl") and (sent := self._mission_owners(verb)):
            return sent, False   # "a NATO mission to train Afghan forces", "an increase in U.S. troops to train"
        if verb.dep_ in ("relcl", "acl"):   # "Trump's decision to recognize", "the U.S. move to": the owner
            return self.of(verb.head) or [k for c in verb.head.children if c.dep_ == "poss" for k in self.of(c)] or [
                self.key_at[c.i] for c in verb.head.children if verb.dep_ == "acl" and c.dep_ in ("amod", "compound")
                and self.key_at.get(c.i, "").startswith("state:") and verb.head.pos_ == "NOUN"], False
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "while", "through", "in", "before", "on") \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            joined = [k for c in verb.head.head.children if c.dep_ == "dobj" and verb.head.lower_ == "in"
                      and verb.head.head.lemma_ == "join" for k in self.of(c)]   # "X joined Y in condemning Z": Y too
            return self._voters(verb.head, depth) + joined, False   # "angered Washington by supporting ..."
        return [], False

    def _mission_owners(self, verb) -> list[str]:
        """ "a NATO mission to train Afghan forces", "U.S. advisers to assist Iraqi troops", "an increase in U.S. troops
        to train ...": the infinitive a mission or a body of troops is sent for is done by the state or body that sends
        them (a NATO or EU mission too, unlike "the U.S. move to": any actor written on the noun)."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        noun = verb.head
        if noun.lemma_.lower() not in MISSION_NOUNS:   # "an increase / a deployment of U.S. troops to train"
            noun = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                         for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in MISSION_NOUNS), None)
        if noun is None:
            return []
        return self.of(noun) or [self.key_at[c.i] for c in noun.children
                                 if c.dep_ in ("poss", "amod", "compound") and c.i in self.key_at]

    def _also_subjects(self, verb, subj) -> list[str]:
        """Other agents told beside the subject: "X as well as Y condemned Z" (the parser makes Y a second subject),
        "X condemned Z, as did Y"."""
        toks = tokens_of(self.doc)
        out = []
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i > subj.i and toks[c.i - 1].lower_ == "as" and c.i >= 3 \
                    and toks[c.i - 2].lower_ == "well":
                out += self.of(c)
            if c.dep_ == "advcl" and c.lemma_ == "do" and c.i > verb.i and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and len(list(c.children)) == 2:
                out += [k for s in c.children if s.dep_ == "nsubj" for k in self.of(s)]
        return out

    def _companions(self, subj, verb) -> list[str]:
        """Those joined to a subject by "along with" / "together with" ("Iran, along with Russia, condemned X"),
        whether the parser hangs the phrase on the subject or on the verb before it: they act too."""
        toks = tokens_of(self.doc)
        preps = [c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("along", "together", "with")]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together")
                  and subj.i < c.i < verb.i]
        out = []
        for p in preps:
            withs = [p] if p.lower_ == "with" else [w for w in p.children if w.lower_ == "with"]
            if p.lower_ == "with" and not any(c.lower_ in ("along", "together")
                                              for c in (*p.children, toks[p.i - 1])):
                continue   # "Iran with its oil": no companion
            out += [k for w in withs for o in w.children if o.dep_ == "pobj" for k in self.of(o) if k not in out]
        return out

    @staticmethod
    def _passive_partners(verb) -> list:
        """The passive participles joined to this one, whose "by" phrase ends the coordination ("X was condemned and
        sanctioned by Y"): the later conjuncts, not a head that has its own."""
        return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]

    def _voters(self, bill, depth: int) -> list[str]:
        """Who acts through `bill`, the word that governs the act: the subject of the verb above it, or of
        the vote "for/on" it; "is expected to vote for" raises that subject to the passive above."""
        vote = bill.head.head if bill.dep_ == "pobj" else bill.head
        raised = [c for c in vote.head.children if c.dep_ == "nsubjpass"] if vote.dep_ == "xcomp" else []
        if raised and not any(c.dep_ == "nsubj" for c in vote.children):
            return self.of(raised[0])
        return self.subjects(vote, depth + 1)[0]

    def _speaker_of_second_vp(self, verb) -> list[str] | None:
        """ "Abadi says the referendum is illegal and has called on the KRG to cancel it": a finite verb joined to a
        reported "[thing] is ..." clause, with no subject of its own, is the speaker's (a thing calls on nobody); so is
        a speech act joined to a reported clause of another tense ("said the ban had hurt trade, and accused Peru of
        ...")."""
        head = verb.head
        if head.dep_ != "ccomp" or head.head.lemma_ not in C.SPEECH_VERBS \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if head.lemma_ == "be":
            if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children):
                return None
        elif not _verbal_act_after(verb, head):
            return None
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if not subj or subj[0].pos_ != "NOUN" or subj[0].i in self.key_at or self.of(subj[0]) \
                or subj[0].lemma_.lower() in C.FORCE_NOUNS | C.MEMBER_NOUNS | C.TITLE_NOUNS | TEXT_NOUNS:
            return None
        return [k for c in head.head.children if c.dep_ == "nsubj" for k in self.of(c)] or None

    def _stray_agents(self, verb) -> list[str]:
        """ "is backed in the war by Russia", "was criticised on Monday by X": the agent phrase the parser hung on the
        object of a preposition of time or place between the passive verb and "by" (not "criticised over a speech by
        Y": the speech is Y's; acts with their own agent are `_in_act`'s)."""
        return [k for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in STRAY_AGENT_PREPS
                for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in ACT_NOUNS
                for b in o.children if b.dep_ == "prep" and b.lower_ == "by" for a in b.children if a.dep_ == "pobj"
                for k in self.of(a)] or [   # "was abducted in neighboring Peru by X": "neighboring" read as a verb,
            k for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in STRAY_AGENT_PREPS   # the
            for o in c.children if o.dep_ == "pcomp" and o.tag_ == "VBG"   # agent hung on it (an active -ing form
            and not any(x.dep_ == "auxpass" for x in o.children)           # has no agent of its own)
            for b in o.children if b.dep_ == "agent" or b.dep_ == "prep" and b.lower_ == "by"
            for a in b.children if a.dep_ == "pobj" for k in self.of(a)]

    def _in_act(self, verb) -> list[str]:
        """ "were killed in an attack by X", "was wounded in a Hezbollah attack": with no agent, who carried out the act
        the passive verb happened in (a strike, raid or attack with its own agent)."""
        return [k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for o in c.children
                if o.dep_ == "pobj" and o.lemma_.lower() in ACT_NOUNS for k in self._act_agents(o, 1)]

    def _custody_state(self, verb) -> list[str]:
        """ "X was arrested in Turkey (last year and charged with ...)": with no agent, the state that holds him is the
        one named in the "in" phrase of the verb or of the first verb of its coordination."""
        for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
            if any(c.dep_ == "agent" for c in v.children):
                return []
            got = {self.key_at[o.i] for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj" and self.key_at.get(o.i, "").startswith("state:")}
            if got:
                return list(got) if len(got) == 1 else []
        return self._home_custody(verb)

    def _bare_custodian(self, subj, verb) -> list[str]:
        """ "Prosecutors charged X with fraud", "A court sentenced X to life", "Authorities detained X": courts,
        prosecutors and police named bare (no owner, no "the": that one is `Descriptions`') as the agent of a custody
        act are the state the sentence or story is about, as "the court" is."""
        if verb.lemma_ not in CUSTODY_VERBS or subj.lower_ not in CUSTODIAN_NOUNS:
            return []
        if any(not (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in subj.children):
            return []   # "a court in Peru" is read by its place; "a Chilean court" by its demonym
        return self._bare_state(subj)

    def trial_state(self, verb, held: list[str]) -> list[str]:
        """The state that tries or charges persons told as facing it ("X faces fraud charges", "X is standing
        trial"): read as an agentless custody is (`_home_custody`)."""
        return self._home_custody(verb, held)

    def _home_custody(self, verb, held: list[str] | None = None) -> list[str]:
        """ "LIMA (Reuters) - ... Jorge Salas was charged with fraud", "X and Y were sentenced to life": a named person
        held, charged or sentenced with no agent and no place told is held by the article's one custodian ("A Lima
        court sentenced three men. ... X was sentenced to life"), else by the dateline's state (a wire story is filed
        from where its courts and police act). Not when a place is named ("arrested while on holiday in the Galapagos
        Islands": somewhere else, perhaps), nor a duty ("is charged with overseeing the port")."""
        if held is None:
            held = [k for c in verb.children if c.dep_ == "nsubjpass" for k in self.of(c)]
        if not any(k.startswith("person:") for k in held):
            return []
        scene = list(_own_clause(verb))
        if verb.dep_ == "advcl":   # "was on holiday in Cusco when she was arrested": the main clause's scene too
            scene += [t for t in _own_clause(verb.head) if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        if verb.lemma_ == "charge" and any(t.dep_ == "pcomp" and t.lemma_ in DUTY_VERBS for t in scene):
            return []
        abroad = self._custody_place(verb) or self._journey_of(held)
        if abroad is not None:
            return [abroad]   # "was arrested and died in a Moscow jail", "went missing during a visit to China"
        places = {self.key_at.get(n.i) for t in scene if t.dep_ == "prep" and t.lower_ in PLACE_PREPS
                  for o in t.children if o.dep_ == "pobj" for n in o.subtree
                  if n.pos_ == "PROPN" and n.ent_type_ not in ("DATE", "TIME")}
        home = self._told_custodian(verb) or self.ctx.dateline
        if home is None or places and places != {home}:
            return []   # "in the capital Lima" is home; "on Santa Maria island" is not
        return [home]

    def custodian_of(self, held: list[str], noun) -> list[str]:
        """Who holds the persons a custody noun with no owner is of ("the arrest of X", "her detention in Turkey"):
        the state it is placed in, else the one the article places the persons' custody or journeys in, else the
        article's one told custodian. Not the dateline's state, as for a verb: a noun is as often another's act
        recalled ("the indictment against X" in a Moscow story on a U.S. case)."""
        if not any(k.startswith("person:") for k in held):
            return []
        found = self._custody_place(noun) or self._journey_of(held) or self._told_custodian(noun) \
            or self._home_story(held, noun)
        return [found] if found else []

    def _home_story(self, held: list[str], noun) -> str | None:
        """The dateline's state for a custody noun in a story about that state ("PHNOM PENH (Reuters) - ... since
        the arrest of opposition leader X"): the dateline's state is also the article's most salient one, the
        sentence names no other state and no held person holds a post in another. Not a story filed from one
        capital on another state's case ("U.S. prosecutors ... the charges against him" in a Moscow story), nor
        charges a named person or group brings ("X filed charges against Y")."""
        home = self.ctx.dateline
        if home is None or self.ctx.main_states[:1] != (home,) or noun.pos_ not in ("NOUN", "PROPN"):
            return None   # a verb's hold keeps round 26's rule: never the dateline's state alone
        if any(self.key_at.get(t.i, home).startswith("state:") and self.key_at.get(t.i, home) != home
               for t in noun.sent):
            return None
        if any(self.ctx.state_of.get(k, home) != home for k in held):
            return None
        filers = [c for c in noun.head.children if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else []
        if any(c.lemma_.lower() not in CUSTODIAN_NOUNS for c in filers) and not all(
                k.startswith("state:") for k in self.subjects(noun.head)[0] or ["?"]):
            return None   # "X filed charges against Y": a named filer's own complaint, no state's act
        return home

    def _custody_place(self, verb) -> str | None:
        """The one state a custody's clause places it in: a place phrase on the verb, on a verb joined to it with no
        subject of its own ("was arrested and died in a Moscow jail") or on the clause it tells the time of ("was on
        holiday in Iran when she was arrested"), or the journey it happened on ("detained during a visit to China").
        Not a place inside what the person is charged with ("charged with a murder in London")."""
        heads = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
        if verb.dep_ == "advcl":
            heads.append(verb.head)
        return self._one_state([o for h in heads for o in _place_objects(h)])

    def _journey_of(self, held: list[str]) -> str | None:
        """The one state the article places a held person's custody or journey in ("Lee went missing during a visit
        to China", "X was arrested and died in a Moscow jail. ... after he was imprisoned"): a custody of theirs told
        with no agent or place was that state's."""
        persons = {k for k in held if k.startswith("person:")}
        verbs = [t.head for t in tokens_of(self.doc) if t.dep_ in ("nsubj", "nsubjpass") and persons & set(self.of(t))]
        places = {self._one_state(_place_objects(v, journeys_only=True)) for v in verbs}
        places |= {self._custody_place(v) for v in verbs if v.lemma_ in CUSTODY_VERBS}
        places.discard(None)
        return next(iter(places)) if len(places) == 1 else None

    def _one_state(self, objs) -> str | None:
        """The state a set of place phrases names, when they name one and nothing else."""
        keys = {self.key_at.get(n.i) for o in objs for n in o.subtree
                if n.pos_ == "PROPN" and n.ent_type_ not in ("DATE", "TIME")}
        return next(iter(keys)) if len(keys) == 1 and (next(iter(keys)) or "").startswith("state:") else None

    def _told_custodian(self, verb) -> str | None:
        """The article's one custodian for an agentless custody, unless the custody's sentence names other states only
        ("testified he was jailed in retaliation and fled Turkey": his account of another story)."""
        named = {self.key_at[t.i] for t in verb.sent if self.key_at.get(t.i, "").startswith("state:")}
        return self._custodian if not named or self._custodian in named else None

    @cached_property
    def _custodian(self) -> str | None:
        """The one state the article tells as holding, charging or sentencing someone ("A Lima court sentenced three
        men", "Peruvian police arrested X"): a custody told elsewhere in the story with no agent is most likely its."""
        told = {k for v in tokens_of(self.doc) if v.lemma_ in CUSTODY_VERBS and v.pos_ == "VERB"
                and not any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in v.children)   # not "did not arrest"
                for c in v.children if c.dep_ == "nsubj" for k in self.of(c) if k.startswith("state:")}
        return next(iter(told)) if len(told) == 1 else None

    def patients(self, verb, preps: tuple[str, ...] = ()) -> list[str]:
        """The objects a verb acts on: its direct object, its passive subject, or a prepositional object."""
        toks = tokens_of(self.doc)
        out: list[str] = []
        reasons: list[str] = []   # "sanctioned X over Y's entry into the cabinet": Y only when no X is named
        first_obj = next((c.i for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        for c in verb.children:
            if c.dep_ == "dobj" and first_obj is not None and c.i > first_obj and not self._split_apposition(c):
                continue   # "killed 25 children in Syria the UN agency said": a second object is a misparse
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in preps + ("against",)):
                targets = self.of(c) if c.dep_ != "prep" else [
                    k for o in c.children if o.dep_ == "pobj" for k in self.of(o)]
                into = reasons if c.dep_ == "prep" and c.lower_ in C.REASON_PREPS else out
                into += [k for k in targets if k not in into]
        out = out or reasons
        groups = [t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.children) if t.dep_ in ("dobj", "conj")
                  and t.tag_ == "NNS" and t.i not in self.key_at]
        out += [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "including"   # "criticized China and
                and any(g.i < c.i for g in groups)   # other countries, including X": a list the parser hung on the verb
                for o in c.children if o.dep_ == "pobj" for k in self.of(o) if k not in out]
        if not out and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            out = self._shared_objects(verb, preps)   # "X condemned and denounced Y": the object of both
        if out:   # "angered X by supporting Y's Houthis, and Syrian President Assad": a name the parser joined to
            out += [k for t in self._stray_objects(verb) for k in self.of(t) if k not in out]   # the main verb
        if out:   # "accused Iran along with its ally Hezbollah": the one joined to the object too (not a subject's:
            out += [k for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "together") and c.i > verb.i
                    for w in c.children if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"
                    for k in self.of(o) if k not in out]   # "Iran, along with Russia, condemned X")
        if not out and verb.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            out = self.of(verb.head)
        if not out and verb.dep_ == "acl" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children)):
            out = self.of(verb.head)   # "forces backed by Iran" (a "by" agent makes it passive, whatever the tagger's
            # VBD: "pits Assad backed by Russia against the rebels")
            j = verb.i - 1   # "ties between Hamas and the Muslim Brotherhood, ousted from power by Sisi": the last name
            if not out and j >= 1 and toks[j].text == "," and (j - 1) in self.key_at:
                out = [self.key_at[j - 1]]
        if not out and verb.tag_ == "VBN" and verb.dep_ in ("pcomp", "advcl") and verb.i > verb.head.i and any(
                c.dep_ == "auxpass" for c in verb.children):   # "X was freed after having been kidnapped by Y",
            main = verb.head.head if verb.dep_ == "pcomp" else verb.head   # "X fled, having been threatened by Y":
            out = [k for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.of(c)
                   if k.startswith("person:")]   # X, a person: not "American X" read as the state when X is unknown
        if not out and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and any(
                c.dep_ == "agent" for c in verb.children):   # "Backed by Ankara, the Iraqi government ...": its subject
            out = [k for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.of(c)]
        return out

    def _split_apposition(self, obj) -> bool:
        """ "jailed the activist Li Wei", "detained rights lawyer Ana Berg": a person's name the parser made a second
        object right after a first one that only describes a person (no actor of its own), so the name is the object."""
        first = next((c for c in obj.head.children if c.dep_ == "dobj" and c.i < obj.i), None)
        return first is not None and first.pos_ == "NOUN" and first.i not in self.key_at \
            and self.key_at.get(obj.i, "").startswith("person:") and obj.left_edge.i == first.right_edge.i + 1

    def _shared_objects(self, verb, preps: tuple[str, ...]) -> list[str]:
        """The object of the next verb joined to this one with no object or subject of its own between them ("X
        condemned and denounced Y", "attacked and killed Y"): the conjoined verbs share it."""
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in c.children) \
                    and all(t.dep_ in ("cc", "advmod", "punct") for t in self.doc[verb.i + 1:c.i]):
                return [k for o in c.children if o.dep_ == "dobj" for k in self.of(o)]
        return []

    def _stray_objects(self, verb) -> list:
        """Names after ", and" that the parser made conjuncts of a verb above this one (a name is no verb's
        conjunct): they are more objects of this verb when its object ends just before the comma."""
        toks = tokens_of(self.doc)
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or verb.dep_ not in ("pcomp", "xcomp", "advcl"):
            return []
        end = max(t.i for t in objs[-1].subtree)
        out = []
        for up in list(verb.ancestors)[:3]:
            for c in up.children:
                if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i in self.key_at and c.i > end \
                        and toks[end + 1].text == "," and toks[end + 2].lower_ == "and" \
                        and not any(x.dep_ in ("nsubj", "aux", "dobj") for x in c.children):
                    out.append(c)
        return out

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


def _own_clause(verb):
    """The tokens of a verb's own clause that tell where and how it happened: its subtree without its subject ("X, a
    minister in Peru's government, was jailed" tells where X served), joined or reported clauses, clauses with a
    subject of their own, and the source it is told by ("was sentenced, according to the Lima Courts"), but with its
    circumstances ("arrested while on holiday in Cusco")."""
    yield verb
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "conj", "relcl", "ccomp", "parataxis") or c.lower_ == "according" \
                or c.dep_ == "advcl" and any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue
        yield from _own_clause(c)


def _place_objects(verb, journeys_only: bool = False) -> list:
    """The objects of a verb's place phrases ("in a Moscow jail", "at his home in Ankara") and of the journeys it
    happened on ("during a visit to China", "on a trip to Peru", "while visiting China"): where it took place."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"during"}:
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if o.lemma_.lower() in JOURNEY_NOUNS:
                    out += [x for p in o.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for x in p.children
                            if x.dep_ == "pobj"]
                elif not journeys_only and c.lower_ in PLACE_PREPS:
                    out.append(o)
        if c.dep_ == "advcl" and c.lemma_ == "visit" and c.tag_ == "VBG":   # "while visiting China"
            out += [o for o in c.children if o.dep_ == "dobj"]
    return out


def complements(verb, deps: tuple[str, ...] = ("xcomp",)) -> list:
    """A verb's clausal complements and the bare infinitives joined to them: "called on X to protect the press and
    release the reporters" wants both "protect" and "release" of X."""
    out = []
    for c in verb.children:
        if c.dep_ in deps:
            out.append(c)
            if c.dep_ == "xcomp":
                out += [x for x in c.children if x.dep_ == "conj" and x.tag_ == "VB" and not any(
                    y.dep_ in ("nsubj", "nsubjpass") for y in x.children)]
    return out


def enacted(verb) -> bool:
    """Whether a verb is the content of a passed bill: "passed a bill that would impose sanctions on X"."""
    bill = verb.head
    return verb.dep_ == "relcl" and bill.lemma_.lower() in C.BILL_NOUNS and (
        bill.dep_ in ("dobj", "nsubjpass") and bill.head.lemma_ in C.ENACT_VERBS
        and bill.head.tag_ in ("VBD", "VBN", "VBZ") or bill.dep_ == "pobj" and bill.head.lower_ in ("for", "on") and bill.head.head.lemma_ == "vote") \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
