"""Which actors a noun phrase that names none stands for: "the two countries", "forces loyal to X", "Syrian army
positions", "the Labour government", "the Assad regime", "the U.S.-led coalition", "U.S.-Turkish tensions".

Mixed into `actors.Actors`: the methods read its `key_at`, `doc` and `ctx` and ask its other readings through `self`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import cues as C
from .context import tokens_of
from .gazetteer import load_gazetteer
from .definites import LOOSE_PREPS
from .officials import known_state
from .persons import DASHES, POST_NOUNS

ACTOR_PREFIXES = ("state:", "org:", "person:")
# "X is one of the countries bombing Y", "G, the most powerful of the militias aiding Y": X, G
ONE_OF_NOUNS = frozenset("countries nations states governments powers members groups parties militias factions".split())
# "both sides", "the three leaders": a list of actors told just before
BACK_NOUNS = frozenset("sides parties leaders groups capitals".split())
# "Ana Ruiz and her husband, Juan Ortiz, ... the couple was abducted": two persons told just before; "the two men"
# too (a count of persons only, never of states or groups)
COUPLE_NOUNS = frozenset("couple pair duo".split())
PERSON_NOUNS = frozenset("men women".split())
# a state's own courts and police, named with no state: "the Supreme Court", "the Constitutional Court", "National Police"
# (not "the International Criminal Court", "the European Court of Human Rights")
DOMESTIC_BODY = re.compile(r"^(?:the )?(?:(?:Supreme|Constitutional|High|Federal|Appeals?|District|Criminal|Military|"
                           r"Administrative|Provincial|Regional|Higher|State Security) (?:\w+ )?Court|Court of Appeals?|"
                           r"(?:National |Federal )?Police)$")
# the words of a state court's name after its city: "the Ankara High Court", "the Lima Criminal Court"
COURT_WORDS = frozenset("""high supreme constitutional federal appeals appeal district criminal military administrative
provincial regional higher state security first intermediate people""".split())
# "the government in Tripoli", "police in Kenya": nouns for the state named after "in"
SEATED_HOME_NOUNS = C.SEATED_NOUNS | C.HOME_NOUNS
# "accused the military of killing civilians": with no owner, the state the article is about
BARE_STATE_NOUNS = frozenset("government military army authorities regime police court prosecutors".split())
# "accused soldiers of arson", "tension between troops and X": a bare plural force of no owner, read only when the
# article is one state's (`Descriptions._sole_force_state`)
BARE_PLURAL_FORCES = frozenset("troops soldiers".split())
# the nouns whose owner shows a state's forces are in play: "Chilean troops", "Bolivia's army", "the army of Peru"
ARMED_NOUNS = frozenset("""army military troops troop soldiers soldier forces force navy police warplanes jets
airstrikes strikes ministry prosecutor prosecutors authorities""".split())
# "the interior ministry", "the air force", "the navy", "the public prosecutor": a state's office told with no owner,
# read as bare plural forces are; the words each head allows before it ("the Chilean navy" has an owner)
BARE_OFFICES = {"ministry": frozenset("interior foreign defence defense justice home".split()),
                "force": frozenset({"air"}), "navy": frozenset(), "prosecutor": frozenset({"public", "state"}),
                "authorities": frozenset(), "prosecutors": frozenset()}
# the same offices written as a name of no state: "the Interior Ministry said", "the Public Prosecutor ordered"
BARE_OFFICE_NAME = re.compile(r"^(?:the )?(?:(?:Interior|Foreign|Defen[cs]e|Justice|Home) Ministry|Ministry of "
                              r"(?:the )?(?:Interior|Foreign Affairs|Defen[cs]e|Justice)|Air Force|Navy|"
                              r"Public Prosecutor(?:'s Office)?)$")
# "the (embattled) president": the one holder of the post the article names
SOLE_TITLES = {"president": "HeadOfState", "premier": "HeadOfGovernment", "chancellor": "HeadOfGovernment",
               "minister": "HeadOfGovernment", "pope": "HeadOfState", "pontiff": "HeadOfState"}   # "minister" only as
# "the prime minister"; "the pope", "the pontiff" only the Holy See's head, whatever other heads of state the story names
PAPAL_TITLES = {"pope": "state:VA", "pontiff": "state:VA"}
# "the former / new / next president" may be another than the one the article names with the post
OTHER_HOLDER_WORDS = frozenset("""former late previous past onetime outgoing incoming next future new elected interim
acting deputy vice then ex""".split())
# "some / several party leaders": a faction of the party, not the party
SOME_WORDS = frozenset("some several many few other two three four dozens".split())
# "angering Hungary in particular, which ...": words between a name and its relative clause
ASIDE_WORDS = frozenset("in particular especially notably too also above all".split())
# "government troops", "pro-government forces", "regime forces": the state's (as "the government" is)
BARE_FORCE_MODS = ({"government"}, {"regime"}, {"pro", "-", "government"}, {"pro", "-", "regime"}, {"army"},
                   {"security"}, {"state"})   # "attacked security forces", "state forces raided"
# "planes / jets from the US-led coalition": sent by it
AIRCRAFT_NOUNS = frozenset("planes jets warplanes aircraft bombers drones helicopters".split())
# "elements / units of the Syrian army" stand for the army's owner
# a group's part that acts as the group: "Hezbollah's Sinai branch", "the armed wing of X"
BRANCH_NOUNS = frozenset("branch wing affiliate offshoot franchise".split())
# "civilians, mostly Quechuas", "its critics, chiefly X": an apposition that names a part of the noun, not the noun
PART_ADVERBS = frozenset("mostly mainly largely chiefly predominantly primarily overwhelmingly many".split())
PART_NOUNS = frozenset("elements element units unit parts part sections members".split())
# "the Islamic State group", "the Daesh terror group": a group noun after an organisation's name is that organisation
GROUP_HEADS = frozenset("group organisation organization movement faction network outfit".split())
# "its Russian ally", "their Iranian allies": the state the demonym names (not "NATO allies": its members; not
# "a U.S. ally" with no owner: mostly an appositive to a name)
ALLY_HEADS = frozenset("ally backer patron partner".split())
# "the Daesh terror group": words that describe a group named before them
GROUP_WORDS = frozenset("""terror terrorist militant jihadist jihadi islamist extremist armed rebel insurgent separatist
political opposition radical sunni shiite shia kurdish""".split())
# "the Turkish operation targeted X", "the Saudi-led blockade": a campaign is its agent's act
CAMPAIGN_NOUNS = frozenset("campaign operation intervention blockade siege crackdown occupation aggression".split())
ACT_NOUNS = frozenset(C.EVENT_KINDS) | CAMPAIGN_NOUNS
# "Hezbollah rockets hit X", "was struck by Syrian mortar fire": what is fired, as the one that hits, is the firer's
FIRED_NOUNS = frozenset("missile rocket bomb mortar fire gunfire shellfire projectile".split())
# "a number / series / handful of X": the things counted
QUANTITY_NOUNS = frozenset("number numbers series host handful couple pair raft slew string range variety".split())
# "the group", "the militants": the one organisation of that kind told just before ("the rebels" are mostly
# unnamed fighters; "the group" may be a rights group: only armed groups)
BACK_GROUP_NOUNS = {"group": ("armed_group",), "organisation": ("armed_group",), "organization": ("armed_group",),
                    "movement": ("armed_group", "party"), "party": ("party",), "militants": ("armed_group",),
                    "militia": ("armed_group",), "jihadists": ("armed_group",), "insurgents": ("armed_group",),
                    "extremists": ("armed_group",)}
# "the extremist group", "the jihadist militants": words the parser may make nouns, describing the group told before
BACK_GROUP_WORDS = frozenset("militant extremist jihadist islamist terrorist hardline insurgent armed radical".split())
# "the rights group", "the monitoring group", "the aid organisation": the one non-governmental body told just before
NGO_GROUP_NOUNS = frozenset("group organisation organization".split())
NGO_WORDS = frozenset("""rights monitoring aid humanitarian advocacy lobby watchdog campaign charity pressure activist
relief""".split())
NGO_KINDS = ("other",)
# verbs whose "of" phrase is the charge, never the object's owner: "accused the government of fraud"
CHARGE_VERBS = frozenset("accuse suspect convict".split())
# "forces / troops / units loyal to X" stand for X
LOYAL_NOUNS = C.FORCE_NOUNS | frozenset("units unit militiamen gunmen men loyalists brigades battalions".split())


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


def _clause_above(tok):
    """The relative clause a word of it belongs to ("whose support ... has been crucial": "been"), or None."""
    node = tok
    for _ in range(4):
        if node.dep_ == "relcl":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _plural_verb(verb) -> bool:
    """Whether a verb (or its auxiliary) is written in the plural present ("back", "have backed", "are"), or with
    "both" on it: the form a subject of several takes, where the past tense tells nothing."""
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children) or any(
        c.lower_ == "both" and c.dep_ in ("advmod", "det", "preconj", "dep") for c in verb.children)


# parts of a body that a name before them can describe, where "of" names the owner: "the ASEAN delegation of the
# European Parliament", "the Africa office of the UNHCR"
BODY_PART_NOUNS = frozenset("delegation office command".split())

class Descriptions:
    """The readings of `Actors` for descriptions, coalitions and hyphenated pairs of states."""

    def _antecedent_of(self, tok, noun, depth: int) -> list[str]:
        """The actors a relative pronoun ("who", "which", "whose") stands for: those of the noun its clause hangs on."""
        toks = tokens_of(self.doc)
        if tok.lower_ in ("who", "whose") and noun.dep_ == "appos" and self.key_at.get(noun.head.i, "").startswith(
                "person:"):   # "Jeff Sessions, a Republican from Alabama who endorsed Trump": the person
            return [self.key_at[noun.head.i]]
        found = self.of(noun, depth + 1)
        if found and noun.dep_ == "conj" and tok.dep_ in ("nsubj", "nsubjpass") and _plural_verb(tok.head):
            top = noun   # "Iran and Russia, which back Assad": the clause hangs on the last name, its plural verb
            while top.dep_ == "conj" and top.head.i != top.i:   # tells of them all (not "..., which backs")
                top = top.head
            found = self.of(top, depth + 1)
        clause = tok.head
        late = [x for x in noun.conjuncts if x.i > clause.right_edge.i] if found and clause.dep_ == "relcl" else []
        if late:   # "A and B, which back X, and C, which backs Y": C is
            early = {self.key_at[x.i] for x in (noun, *noun.conjuncts) if x.i < clause.i and x.i in self.key_at}
            later = {k for x in late for k in self.of(x, depth + 1)}
            found = [k for k in found if k in early or k not in later]
        j = tok.i - 1   # "a response from Berlin, which threatened": the parser hung it on "response"
        while not found and j >= 0 and toks[j].is_punct:
            j -= 1
        if not found and j >= 0 and j in self.key_at and j < tok.i - 1:   # not "militants in Pakistan who"
            found = [self.key_at[j]]
        if not found and noun.dep_ == "attr" and noun.head.lemma_ == "be" and not any(
                c.dep_ == "prep" and c.i < tok.i for c in noun.children):   # "X is a group that has fought Y": X
            found = [k for c in noun.head.children if c.dep_ == "nsubj" for k in self.of(c, depth + 1)]   # (not
        return found                                                 # "X is a member of a group that fought Y")

    def _titled_owner(self, noun, word) -> bool:
        """Whether a capitalised modifier of a noun is the title of the named person after it, which a text stripped of
        apostrophes lets the parser hang on the noun ("President Bashar al-Assads forces"): part of the owner's name,
        not an unknown name ("Free Syria Army fighters")."""
        return word.lower_ in C.TITLE_NOUNS and any(
            x.dep_ in ("compound", "poss") and x.i > word.i and self.key_at.get(x.i, "").startswith("person:")
            for x in noun.children)

    def _peoples_court(self, tok) -> list[str]:
        """The state of a "People's Court" named after its city: the parser hangs the city on "People" ("the Ankara
        First Intermediate People's Court"). Only a city or state read as a state and the words of a court's name."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "people"), None)
        if owner is None:
            return []
        mods = [c for c in owner.children if c.dep_ in ("compound", "amod")]
        keys = {self.key_at.get(c.i, "") for c in mods if c.i in self.key_at}
        if len(keys) != 1 or not next(iter(keys)).startswith("state:") or any(
                c.i not in self.key_at and c.lower_ not in COURT_WORDS for c in mods):
            return []
        return list(keys)

    def _dashed_name(self, tok) -> list[str]:
        """The person a post noun stands for when the parser hung the name before a dash on it as a compound ("Ivo
        Marek - chairman of X -"): the name ends right before the dash, the dash right before the post. Only a
        person's name and a post noun ("the Marek - Kos summit" is no one)."""
        toks = tokens_of(self.doc)
        if tok.pos_ != "NOUN" or tok.lower_ not in POST_NOUNS | C.TITLE_NOUNS or tok.i < 2 \
                or toks[tok.i - 1].text not in DASHES or toks[tok.i - 1].head.i != tok.i:
            return []
        key = self.key_at.get(tok.i - 2, "")
        names = {self.key_at.get(c.i) for c in tok.children if c.dep_ == "compound" and c.i < tok.i - 1}
        return [key] if key.startswith("person:") and names == {key} else []

    def _one(self, tok, depth: int) -> list[str]:
        toks = tokens_of(self.doc)
        if tok.i in self.key_at:
            return [self.key_at[tok.i]]
        if depth > 6:
            return []
        low = tok.lower_
        listed = self._members_listed(tok, depth) if tok.pos_ == "NOUN" else []
        if listed:   # "militias, including Hezbollah", "countries such as X and Y", "NATO allies, which include
            return listed   # Canada": the members named, not the group
        if low == "leaders" and any(c.lower_ in SOME_WORDS for c in tok.children):
            return []   # "some UMNO leaders asked him to step down": a faction, not the party
        if low in BRANCH_NOUNS and tok.pos_ == "NOUN" and (branch := self._branch_owner(tok)):
            return branch
        if tok.tag_ in ("WDT", "WP") and tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" and tok.i >= 2 \
                and toks[tok.i - 1].text == ",":   # "angering Hungary in particular, which threatened": the
            j = tok.i - 2                                # relative clause the parser read as an adverbial one
            while j > tok.sent.start and toks[j].lower_ in ASIDE_WORDS:
                j -= 1
            return [self.key_at[j]] if j in self.key_at and j < tok.i - 2 else []
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ in ("relcl", "acl"):
            return self._antecedent_of(tok, tok.head.head, depth)
        if tok.tag_ == "WP$" and tok.dep_ == "poss":   # "Russia, whose support for Assad has been crucial": Russia's
            clause = _clause_above(tok.head)
            return self._antecedent_of(tok, clause.head, depth) if clause is not None else []
        if tok.dep_ == "pobj" and tok.tag_ in ("WDT", "WP") and tok.head.head.dep_ == "relcl":
            found = self.of(tok.head.head.head, depth + 1)
            j = tok.head.i - 1   # "borders with Egypt and Israel, with which it has fought three wars": Israel
            if not found and j >= 1 and toks[j].text == "," and (j - 1) in self.key_at:
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
        hits = tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        if tok.pos_ == "NOUN" and depth < 6 and (tok.lemma_.lower() in ACT_NOUNS
                                                 or tok.lemma_.lower() in FIRED_NOUNS and hits):
            agents = self._act_agents(tok, depth)
            if agents:   # "Russian air strikes hit X", "backed by U.S.-led air strikes", "Hezbollah rockets hit X":
                # who strikes or fires acts (a weapon only as the one that hits: "bought Russian missiles" is no act)
                return agents
        if tok.lemma_.lower() in GROUP_HEADS and tok.pos_ == "NOUN":   # "the Islamic State group", "the Daesh terror
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            named = {self.key_at[c.i] for c in mods if self.key_at.get(c.i, "").startswith("org:")}   # group": the
            kinds = {getattr(self.ctx.entities.get(k), "org_kind", None) for k in named}          # armed group or
            if len(named) == 1 and kinds <= {"armed_group", "party"} and all(                   # party it heads, not
                    c.i in self.key_at or c.lower_ in GROUP_WORDS for c in mods) and not any(   # "the UN working
                    x.dep_ == "conj" for c in mods for x in c.children):                       # group" or "the UN
                return list(named)                                                            # and rights groups"
        if low == "party" and tok.pos_ == "NOUN" and (party := self._named_party(tok)):   # "his conservative Likud
            return party                                                                  # party": Likud
        if tok.lemma_.lower() in ALLY_HEADS and tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tok.children) \
                and not any(c.dep_ == "appos" for c in tok.children):   # "X and its Russian allies attacked Y": Russia
            # (not "a U.S. ally, Saudi Arabia": the name told)
            named = {self.key_at[c.i] for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                     and "-" not in c.text and self.key_at.get(c.i, "").startswith("state:")}
            if len(named) == 1:
                return list(named)
        if low in C.FAMILY_NOUNS:   # "his father, Ali Saleh" is Saleh; "the son of Saleh" is not Saleh
            return [self.key_at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.key_at][:1]
        if low in C.SITE_NOUNS:   # "Syrian army positions", "the Syrian military airfield"
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i:
                    got = self._one(c, depth + 1)
                    if got and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS):
                        return got + [self.key_at[x.i] for x in c.children if x.dep_ == "conj" and "-" not in x.text
                                      and self.key_at.get(x.i, "").startswith("state:") and self.key_at[x.i] not in got
                                      and got[0].startswith("state:")]   # "Syrian and Iraqi army positions"
            for c in tok.children:   # "positions of the ISIS group", "positions belonging to Daesh"
                if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" and c.lemma_ == "belong":
                    got = [k for o in (c, *c.children) for p in ([o] if o.dep_ == "pobj" else o.children)
                           if p.dep_ == "pobj" for k in self.of(p, depth + 1)]
                    if got:
                        return got
        if low in PART_NOUNS:   # "elements of Pakistan's military": the owner of the whole
            got = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj" and o.lemma_.lower() in C.FORCE_NOUNS for k in self.of(o, depth + 1)]
            if got:
                return got[:1]
        if low in C.MEMBER_NOUNS:   # "Daesh militants", "members of the YPG": the group (not "Syrian rebels")
            got = [self.key_at[c.i] for c in tok.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                   and self.key_at.get(c.i, "").startswith("org:")]
            got = [k for k in got if k in load_gazetteer().entities]   # a known group, not "Takfiri" read as a name
            if got:
                return got[:1]
            # "members of the YPG", "the insurgents of the Toro Liberation Army and the Toro Front": each group named
            # after "of", known or read as armed by the article
            named = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for o in c.children if o.dep_ == "pobj" and o.i in self.key_at for k in self.of(o, depth + 1)]
            got = list(dict.fromkeys(k for k in named if k.startswith("org:") and (
                k in load_gazetteer().entities or getattr(self.ctx.entities.get(k), "org_kind", None) == "armed_group")))
            if got:
                return got
        one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if one is not None and (one.lower_ == "one" or _superlative(one)) and tok.tag_ == "NNS" \
                and tok.lower_ in ONE_OF_NOUNS:
            if one.dep_ == "attr" and one.head.pos_ in ("VERB", "AUX"):   # "France has been one of the countries
                return self.subjects(one.head, 3)[0]                                                 # bombing X"
            if one.dep_ == "appos":   # "Qatar, one of the states that fund Hamas", "G, the largest of the groups"
                return self._one(one.head, depth + 1)
        if low in COUPLE_NOUNS and _the_couple(tok) or low in PERSON_NOUNS and _count(tok) == 2:
            return self._list_back(tok, 2, ("person:",)) or []   # "the couple", "the two men": two persons told
        if not _count(tok) and _between_the(tok) and (low in C.PAIR_NOUNS or low in C.PAIR_ALLIES):
            # "the row between the countries": the article's two states, unless another pair is told just before
            # ("ties between X and Y ... tensions between the neighbours", X and Y not the article's two)
            main = list(self.ctx.main_states[:2])
            listed = self._list_back(tok, 2, ("state:",))
            return main if len(main) == 2 and (listed is None or set(listed) == set(main)) else []
        count = _count(tok)
        if count and (low in C.PAIR_NOUNS or low in C.PAIR_ALLIES or low in BACK_NOUNS or tok.pos_ == "NUM"):
            listed = self._list_back(tok, count, ("state:",) if low in C.PAIR_NOUNS else ACTOR_PREFIXES)
            if listed is not None:   # "Iran, Russia and Turkey met. The three countries backed Assad."
                return listed        # (a list of another count: nobody)
            if count == 2 and (low in C.PAIR_NOUNS or low in C.PAIR_ALLIES):   # "the two countries": the article's
                return [k for k in self.ctx.main_states[:2]] if len(self.ctx.main_states) >= 2 else []   # two states
            return []
        for c in tok.children:   # "his Tunisian counterpart Beji Caid Essebsi" (not "civilians, mostly Quechuas": a part)
            if c.dep_ == "appos" and c.i in self.key_at and tok.pos_ == "NOUN" \
                    and not any(x.dep_ == "advmod" and x.lower_ in PART_ADVERBS for x in c.children):
                return self.of(c, depth + 1)
        if low == "court" and (peoples := self._peoples_court(tok)):   # "the Ankara Intermediate People's Court"
            return peoples
        dashed = self._dashed_name(tok)
        if dashed:   # "sentenced Ivo Marek - chairman of Toro Holdings - to ...": the parser hung the name on the post
            return dashed
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
            owner = [self.key_at[o.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and self.key_at.get(o.i, "").startswith("org:")]
            if group and owner and low in BODY_PART_NOUNS:   # "the ASEAN delegation of the European Parliament":
                return owner[:1]                             # the body "of" owns it, the other names its remit
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
                                                 and not owned and c.lower_ not in C.OFFICE_WORDS
                                                 and not (low == "court" and c.lower_ in COURT_WORDS)
                                                 and not self._titled_owner(tok, c))
                for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):   # "Free Syria Army fighters"
            mods = [self.key_at[c.i] for c in tok.children
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in self.key_at
                    and not ("-" in c.text and c.text.rsplit("-", 1)[1].lower() in C.COMPOUNDS)
                    and not any(x.dep_ == "conj" and x.lower_ in C.COMPOUNDS for x in c.children)]   # "Russian and
            # Iranian-backed forces" are the forces the two back, not Russia's
            joined = [self.key_at[x.i] for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                      and self.key_at.get(c.i, "").startswith("state:") for x in c.children if x.dep_ == "conj"
                      and self.key_at.get(x.i, "").startswith("state:") and "-" not in x.text]
            if mods and joined and all(k.startswith("state:") for k in mods) and low not in C.REGIME_NOUNS and (
                    tok.dep_ in ("nsubj", "dobj") or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
                return list(dict.fromkeys(mods + joined))   # "Peruvian and Chilean troops attacked X": both states'
                # (as one side: not in "clashes between Syrian and Lebanese troops and militants")
            if mods:   # "Lebanon's Iran-backed Hezbollah militia", "the Syrian Kurdish YPG militia": the group
                got = next((k for k in mods if k.startswith("org:")), mods[0])
                if low == "administration" and got.startswith("person:"):   # "the Halvorsen administration":
                    return self._administration(got)                        # its state, or nobody
                if low in C.SEATED_NOUNS | {"cabinet"} and got in party_states():   # "the Labour government":
                    return [party_states()[got]]                                  # the party's state governs
                return [self._regime_state(got) if low in C.REGIME_NOUNS else got]
            seat = [self.key_at[o.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                    and low in SEATED_HOME_NOUNS for o in c.children if o.dep_ == "pobj"
                    and self.key_at.get(o.i, "").startswith("state:")]
            if seat and not mods:   # "the government in Tripoli", "the regime in Damascus", "police in Kenya"
                return seat[:1]
            owner = [k for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                     and (tok.lemma_.lower() in C.FORCE_NOUNS or c.lower_ == "their") for k in self._pronoun(c)]
            if owner:   # "pitting its army against those of Uganda"; "France and Germany ... Their ministers"
                return owner if any(c.lower_ == "their" for c in tok.children) else owner[:1]
            ruler = [k for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
                     and low in C.SEATED_NOUNS | {"cabinet"} for k in self._pronoun(c)[:1] if k.startswith("person:")]
            if ruler:   # "Abe said his government would": the leader's, standing for the state he leads
                return ruler
            described = [k for c in tok.children if c.dep_ == "poss" for k in self._definite_state(c)]
            if described:   # "the kingdom's army", "the communist country's leader"
                return described
            for c in tok.children:
                if c.dep_ == "amod" and c.lower_ == "loyal":
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "acl" and c.lemma_ in ("head", "lead", "run"):
                    for p in c.children:
                        if p.dep_ == "agent":
                            return [k for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and low in AIRCRAFT_NOUNS):
                    found = [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
                    if found:   # "planes from the US-led coalition": the coalition's leader
                        return found
        if low in QUANTITY_NOUNS:   # "a number of countries, including X": what is counted
            return [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        if tok.dep_ == "appos":   # "Saudi Arabia, a Sunni monarchy ... locked in a confrontation"
            if self._members_listed(tok.head, depth):   # "groups such as X and Y, a Z-backed group": Y, not X
                j = tok.left_edge.i - 1
                while j > tok.head.i and toks[j].is_punct:
                    j -= 1
                return [self.key_at[j]] if j in self.key_at else []
            return self._one(tok.head, depth + 1)
        if low in BARE_STATE_NOUNS and (self._bare_the(tok, told=True) or low == "police" and not any(
                c.dep_ != "punct" for c in tok.children)):   # "the court jailed X", "Police arrested X"
            if low == "court" and any(e.kind == "org" and "Court" in e.name and not DOMESTIC_BODY.match(e.name)
                                      for e in self.ctx.entities.values()):
                return []   # "the court" after "the International Criminal Court": that court, no state's
            return self._bare_state(tok)
        if described := self._definite_state(tok) or self._definite_pair(tok):   # "the kingdom", "the rivals"
            return described
        if named := self._named_head(tok):   # "the Toro Electoral Council ... criticised the council"
            return named
        if low in SOLE_TITLES and (tok.tag_ == "NN" or low in PAPAL_TITLES and tok.tag_ == "NNP") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and all(c.dep_ in ("det", "amod") and c.i not in self.key_at and c.lower_ not in OTHER_HOLDER_WORDS
                        and (c.dep_ == "det" or c.pos_ == "ADJ" or c.tag_ in ("VBN", "VBG"))
                        or c.dep_ == "compound" and c.lower_ == "prime" for c in tok.children):
            return self._sole_holder(tok)   # "Marek spoke on Monday. The embattled president accused X"
        if low in BACK_GROUP_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and all(
                c.dep_ == "det" or (c.dep_ == "amod" and c.i not in self.key_at and c.pos_ == "ADJ")
                or c.lower_ in BACK_GROUP_WORDS for c in tok.children if c.i < tok.i) and tok.tag_ in ("NN", "NNS"):
            return self._group_before(tok, BACK_GROUP_NOUNS[low])   # "Hezbollah fired rockets. Chile accused the
            # group of ..."; "the extremist group", "the insurgents"
        if low in NGO_GROUP_NOUNS and tok.tag_ == "NN" and self._ngo_described(tok):
            # "Amnesty International said ... The rights group accused X": a body the gazetteer knows (the model makes
            # names of villages and bylines near "the monitoring group said")
            return [k for k in self._group_before(tok, NGO_KINDS) if k in load_gazetteer().entities]
        if low in BARE_PLURAL_FORCES and tok.tag_ == "NNS" and self._bare_plural(tok):
            return self._sole_force_state(tok)   # "X accused soldiers of burning homes"
        if low in BARE_OFFICES and tok.pos_ in ("NOUN", "PROPN") and self._bare_office(tok):
            return self._sole_force_state(tok)   # "the interior ministry accused X", "Authorities banned X"
        mods = {c.lower_ for c in tok.children if c.dep_ != "det" and c.i < tok.i}
        if low in C.FORCE_NOUNS and low not in C.SEATED_NOUNS and mods in BARE_FORCE_MODS and all(   # "government
                not list(c.children) for c in tok.children if c.dep_ != "det" and c.i < tok.i) and not any(
                c.dep_ == "conj" for c in tok.children):   # troops"; "regime forces and rebels backed by X": misparsed
            return self._bare_state(tok)
        return []

    def _ngo_described(self, tok) -> bool:
        """Whether "the ... group" is described as a non-governmental one: "the rights group", "the London-based
        monitoring group", "the humanitarian organisation" (the describing words only, no name among them)."""
        before = [c for c in tok.children if c.i < tok.i]
        return any(c.dep_ == "det" and c.lower_ == "the" for c in before) and any(
            c.lower_ in NGO_WORDS for c in before) and all(
            c.dep_ == "det" or c.lower_ in NGO_WORDS and c.i not in self.key_at
            or c.dep_ == "amod" and c.i not in self.key_at and (c.pos_ == "ADJ" or c.lower_ == "based")
            for c in before)

    def _act_agents(self, act, depth: int) -> list[str]:
        """Who carries out a strike, raid or offensive: "Russian (air) strikes", "Syrian regime raids", "Israel's
        strikes", "U.S.-led strikes", "strikes by X", "raids carried out by X" (not "anti-IS", "ISIS-held")."""
        toks = tokens_of(self.doc)
        got = [k for c in act.children if c.dep_ == "prep" and c.lower_ == "by"
               for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        got += [k for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
        if got:
            return list(dict.fromkeys(got))
        got = self._leader(act)
        mods = [c for c in act.children if c.i < act.i and (
            c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and "-" not in c.text
            and not (c.i > 0 and toks[c.i - 1].text == "-"))]
        for c in mods:
            got += [k for k in self._one(c, depth + 1) if k not in got]
            got += [k for x in c.children if x.dep_ == "conj" for k in self.of(x, depth + 1) if k not in got]
        return [k for k in got if k.startswith(("state:", "org:"))]

    def _named_party(self, tok) -> list[str]:
        """The party named before a lower-case "party": "the ruling Fidesz party", "his conservative Likud party". Only
        one named organisation among the words before the noun, each of them a name or an adjective; never a
        conjoined name ("the Fidesz and Jobbik parties"), never a group of another kind (a state body, an armed
        group), never a noun with a phrase after it that may be what a relative clause hangs on."""
        if any(c.dep_ in ("amod", "acl") and c.i > tok.i for c in tok.children):
            return []   # "the X party loyal to Saeed - who ...": the words after the noun tell whom a clause is of
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        named = {self.key_at[c.i] for c in mods if self.key_at.get(c.i, "").startswith("org:")}
        if len(named) != 1 or any(x.dep_ == "conj" for c in mods for x in c.children):
            return []
        key = next(iter(named))
        if getattr(self.ctx.entities.get(key), "org_kind", None) not in ("party", "other", None):
            return []   # a name of no known kind called a party is one ("the Likud party"), an armed group's is not
        return [key] if all(c.i in self.key_at or c.pos_ == "ADJ" for c in mods) else []

    def _members_listed(self, tok, depth: int) -> list[str]:
        """The actors listed as the members of a group noun: "militias, including X", "groups like X", "countries such
        as X and Y", "such countries as X", "allies, which include X", "allies, among them X"."""
        toks = tokens_of(self.doc)
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "including" or c.lower_ == "like" and c.i == tok.i + 1):
                return [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
            if c.dep_ == "prep" and c.lower_ == "as" and (any(a.lower_ == "such" for a in c.children) or any(
                    a.lower_ == "such" for a in tok.children) or toks[c.i - 1].lower_ == "such"):
                return [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
            if c.dep_ == "prep" and c.lower_ == "among" and c.i > tok.i and toks[c.i - 1].text == ",":
                return [k for o in c.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]
            if c.dep_ == "relcl" and c.lemma_ == "include" and any(s.lower_ in ("which", "that") and s.dep_ == "nsubj"
                                                                   for s in c.children):
                return [k for o in c.children if o.dep_ == "dobj" for k in self.of(o, depth + 1)]
        return []

    def _sole_holder(self, tok) -> list[str]:
        """ "the (embattled) president", "the prime minister": the one person the article gives that post, when named
        before (two holders of the post anywhere in the article: nobody); "the pope", "the pontiff": the one head of
        the Holy See the article names."""
        if tok.lower_ == "minister" and not any(c.lower_ == "prime" for c in tok.children):
            return []
        role, seat = SOLE_TITLES[tok.lower_], PAPAL_TITLES.get(tok.lower_)
        holders = {h.person for h in self.ctx.holdings if h.role == role and seat in (None, h.jurisdiction)}
        if len(holders) != 1:
            return []
        person = next(iter(holders))
        named = any(m.key == person and m.token_end <= tok.i for m in self.ctx.mentions)
        return [person] if named else []

    def _branch_owner(self, tok) -> list[str]:
        """ "Hezbollah's Sinai branch", "the armed wing of the Unity Front", "its regional affiliate": an armed group's
        or a party's branch acts as the group, as its fighters do. Never a state's or a body's ("the EU's executive
        arm" is not listed), nor a branch with a name of its own in apposition ("X's Syrian branch, the Y Front")."""
        if any(c.dep_ == "appos" and c.i in self.key_at for c in tok.children):
            return []
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj"]
        got = [k for o in owners for k in ([self.key_at[o.i]] if o.i in self.key_at else [])]
        return [k for k in got[:1] if getattr(self.ctx.entities.get(k), "org_kind", None) in ("armed_group", "party")]

    def _bare_state(self, tok) -> list[str]:
        """ "the government", "the military" with no owner: the one state its sentence names before it, else the
        article's main state when the sentence before names it (and no other state); when neither names a state, the
        one state named two sentences back, else the article's main state."""
        toks = tokens_of(self.doc)
        sent = tok.sent
        named = {self.key_at[i] for i in range(sent.start, tok.i) if self.key_at.get(i, "").startswith("state:")}
        node, others = tok, set()   # "Iran accused the government of ...", "the US said government forces ...":
        while node.head.i != node.i:   # another's than the one acting or speaking
            node = node.head
            others |= {self.key_at[t.i] for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                       for t in c.subtree if self.key_at.get(t.i) in named}
        named -= others
        if named:   # "In Yemen, Iran backs rebels against pro-government forces": Yemen's
            return list(named) if len(named) == 1 else []
        if not self.ctx.main_states:
            return []
        # "Peru held a vote. Chile accused the government of fraud": the acting state is only the clause's own, so
        # the government is told before, as when the sentence names no state (the acting one never is it)
        main = self.ctx.main_states[0]
        prev = toks[sent.start - 1].sent if sent.start else sent
        named = {self.key_at[i] for i in range(prev.start, prev.end) if self.key_at.get(i, "").startswith("state:")}
        if named - others and sent.start:   # only the article's main state: "regime forces" after a sentence on
            return [main] if named - others == {main} and main not in others else []   # Russia are not Russia's
        return self._nearest_state(tok, None)   # none named near: the one further back, else the article's own

    def _bare_plural(self, tok, after_only: bool = False) -> bool:
        """Whether a plural force noun has nothing of its own: "soldiers", "the troops", "troops and X" (a conjunct
        is read on its own); not "troops in Peru", "troops who fled", "some troops", "our soldiers". With
        `after_only`, only the words after it are asked about."""
        return all(c.i < tok.i and (after_only or c.dep_ == "det" and c.lower_ == "the")
                   or c.dep_ in ("cc", "conj") and c.i > tok.i
                   or c.dep_ == "prep" and c.i > tok.i and c.lower_ == "of" and any(
                       o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children)
                   for c in tok.children)

    def _bare_office(self, tok) -> bool:
        """Whether a state office noun has no owner: "the interior ministry", "the air force", "the navy", "the
        public prosecutor", "authorities" (a plural with no "the" too); its own words only those `BARE_OFFICES`
        allows, and nothing after it but what `_bare_plural` allows."""
        low = tok.lower_
        before = [c for c in tok.children if c.i < tok.i and c.dep_ != "det"]
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets != ["the"] and not (dets == [] and tok.tag_ in ("NNS", "NNPS")):
            return False
        if len(before) > 1 or any(c.lower_ not in BARE_OFFICES[low] or list(c.children) for c in before):
            return False
        if BARE_OFFICES[low] and low != "prosecutor" and not before:   # "the ministry", "the force": which one?
            return False
        return self._bare_plural(tok, after_only=True)

    def _sole_force_state(self, tok) -> list[str]:
        """The state a bare force stands for when the article is one state's: its main state is the dateline's (or
        no dateline is read), named more often than all other states together, and no other state's forces are
        named anywhere ("Chilean troops" in a Lima story: nobody); the nearby reading (`_bare_state`) must agree."""
        main = self._one_state_story()
        return main if main and self._bare_state(tok) == main else []

    def _one_state_story(self) -> list[str]:
        """The article's one state when the story is wholly that state's (`_sole_force_state`), else nothing; read once
        per article (it walks the whole doc, and every bare force or office asks it), kept once the bodies of named
        states are known (the later bodies, the story's own, cannot change it)."""
        if "_story_state" in self.__dict__:
            return self._story_state
        got = self._story_state_now()
        if hasattr(self, "body_state"):
            self._story_state = got
        return got

    def _story_state_now(self) -> list[str]:
        """`_one_state_story` read afresh: the dateline, the count of state mentions, every owned force."""
        main = list(self.ctx.main_states[:1])
        if not main or self.ctx.dateline not in (None, main[0]):
            return []
        named = [m.key for m in self.ctx.mentions if m.key.startswith("state:")]
        if 2 * named.count(main[0]) <= len(named):
            return []
        for t in tokens_of(self.doc):
            if t.lemma_.lower() in ARMED_NOUNS or t.lower_ in ARMED_NOUNS:
                owners = [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
                owners += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
                if any(self.key_at.get(o.i, main[0]) != main[0] and self.key_at[o.i].startswith("state:")
                       for o in owners):
                    return []
        if any(k != main[0] for k in getattr(self, "body_state", {}).values()):
            return []   # "China's Defence Ministry" in the story: another state's office is in play
        return main

    def _bare_the(self, tok, told: bool = False) -> bool:
        """Whether a noun is "the" + the noun and nothing of its own: "the coalition", also when the parser hangs the
        verb's "of killing", "over the strikes" or, after "accuse", "of fraud" on it ("accused the coalition of
        killing civilians"; not "the government of Peru"). With `told`, also as an owner ("the army's ally X") and
        with a participle set off by commas ("the army, backed by X, ..."): what it says adds no owner of its own."""
        toks = tokens_of(self.doc)
        kids = list(tok.children)
        charged = tok.dep_ == "dobj" and tok.head.lemma_ in CHARGE_VERBS
        return [c.lower_ for c in kids if c.dep_ == "det"] == ["the"] and all(
            c.dep_ == "det" and c.i < tok.i or c.dep_ == "prep" and c.i > tok.i and (
                c.lower_ in LOOSE_PREPS or c.lower_ == "of" and any(
                    o.dep_ == "pcomp" or o.tag_ == "VBG" or charged and o.dep_ == "pobj" and o.i not in self.key_at
                    for o in c.children))
            or told and (c.dep_ == "case" and c.i == tok.i + 1 or c.dep_ == "punct" and c.text == "," and c.i > tok.i
                         or c.dep_ == "acl" and c.tag_ == "VBN" and toks[c.i - 1].text == "," == toks[tok.i + 1].text)
            for c in kids)

    def _loyal_to(self, tok, depth: int) -> list[str]:
        """Whom "forces / troops / units loyal to X" stand for: X, in any role; the parser often makes "loyal to X"
        a clause of its own ("say troops loyal to X carried out"), so the words are read in order."""
        toks = tokens_of(self.doc)
        if tok.lemma_.lower() not in LOYAL_NOUNS and tok.lower_ not in LOYAL_NOUNS:
            return []
        j = tok.i + 1
        while j < len(self.doc) and toks[j].lower_ in ("still", "fiercely", "fully", "largely", "mostly"):
            j += 1
        if j >= len(self.doc) or toks[j].lower_ != "loyal":
            return []
        return [k for p in toks[j].children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" for k in self.of(o, depth + 1)]

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
        toks = tokens_of(self.doc)
        for c in tok.children:
            if c.lower_ == "led" and c.i >= 2 and toks[c.i - 1].text == "-" and (c.i - 2) in self.key_at:
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
        if tok.lower_ in ("coalition", "alliance") and self._bare_the(tok):
            for j in range(tok.i - 1, -1, -1):   # a bare "the coalition" after "the U.S.-led coalition": its leader
                if toks[j].lower_ == tok.lower_:
                    got = [c for c in toks[j].children if c.dep_ != "det" or c.lower_ != "the"]
                    if got:
                        return self._leader(toks[j]) if j != tok.i else []
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
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and tok.i in key_at \
                and key_at[tok.i].startswith("state:") and doc[tok.i - 2].text == "Korea" and tok.i - 2 not in key_at \
                and "state:KR" in self.ctx.entities and "state:KP" not in self.ctx.entities \
                and (tok.i < 3 or doc[tok.i - 3].lower_ not in ("north", "south")):
            return ["state:KR", key_at[tok.i]]   # "the Korea-U.S. alliance": Seoul's own name for the South
        parts = [COMBINING.get(p, p) for p in tok.text.split("-")]   # "Franco-German", "Sino-Russian"
        if len(parts) != 2:
            return []
        terms = load_gazetteer().terms
        keys = [terms[p].state or terms[p].key if p in terms else None for p in parts]
        if keys[0] == keys[1] or any(k is None or not k.startswith("state:") or k not in self.ctx.entities
                                     for k in keys):
            return []
        return keys


# combining forms of a state's name: "Franco-German", "Sino-Russian", "Anglo-American"
COMBINING = {"Franco": "France", "Sino": "China", "Russo": "Russia", "Anglo": "Britain", "Italo": "Italy",
             "Turco": "Turkey", "Greco": "Greece", "Indo": "India", "Luso": "Portugal", "Germano": "Germany"}
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _the_couple(tok) -> bool:
    """Whether "couple" / "pair" is "the couple" itself, not "a couple of days" nor "the pair's lawyer"."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "amod", "compound", "case") for c in tok.children)


def _count(tok) -> int:
    """How many a plural phrase counts: "the two countries", "both sides", "all three", "the four"."""
    if tok.pos_ == "NUM":
        return NUMBER_WORDS.get(tok.lower_, 0) if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or (tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass")) else 0
    return next((NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS
                 and c.dep_ in ("nummod", "det", "predet", "quantmod")), 0)


# "between the countries of the region", "in Europe": a set named by its place, of any size
SET_PREPS = frozenset("of in from within across around among".split())


def _between_the(tok) -> bool:
    """Whether "the countries", "the NATO allies" come after "between" with no number ("the row between the
    countries"): "between" sets two apart, so the phrase is read as "the two countries" is."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.tag_ == "NNS" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("nummod", "acl") or c.dep_ == "prep" and c.lower_ in SET_PREPS for c in tok.children)


def _superlative(word) -> bool:
    """Whether a description's head is a superlative that picks one of a set: "the largest of", "the most powerful
    of" (not "the powerful of", not "the least of": no single member picked as the best of the set)."""
    if word.tag_ == "JJS":
        return word.lower_ not in ("least", "most")
    return word.tag_ == "JJ" and any(c.dep_ == "advmod" and c.lower_ == "most" for c in word.children)
