"""Which state a definite description names: "the kingdom", "the reclusive state", "the communist country", "the
Gulf state", "the island nation", "the Islamist government" - the one compatible state the text names just before.

Mixed into `actors.Actors`: the methods read its `key_at`, `doc` and `ctx`. A description is anaphoric only when it
is "the" + descriptive words + a state-class noun, with nothing after it that picks a referent of its own ("the
country that hosted", "the state of Texas"); its referent is the one state, compatible with its words, named in the
nearest sentence (before it) that names any state other than the clause's own actors. Two candidates: nobody.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import cues as C, reference

# nouns a definite description of a state is headed by; "state", "power", "republic" only with a describing word
# ("the state" alone is mostly a US state or the state as such, "the republic" a Russian republic)
STATE_HEADS = frozenset("country nation kingdom emirate monarchy sultanate island state power republic".split())
NEEDS_WORD = frozenset("state power republic island".split())
# "the Islamist government", "the military regime": with a describing word (bare ones are `_bare_state`'s)
SEAT_HEADS = frozenset("government regime".split())
# plural heads of a description of the states just listed ("the nuclear-armed neighbours")
PAIR_HEADS = C.PAIR_NOUNS | C.PAIR_ALLIES | frozenset(["sides"])
# words that pick another state than the one told before ("the neighbouring country", "a third country"), a
# generic or superlative one ("the only country to", "the largest nation") or one not yet a state
OTHER_WORDS = frozenset("""other another neighbouring neighboring third foreign host home transit member nation
only first last same whole entire new future independent sovereign separate respective own such individual target
donor recipient origin destination""".split())
# describing words that narrow the referent; a word not listed narrows nothing (ISO codes)
KINGDOMS = frozenset("SA JO MA GB ES BE NL NO SE DK TH BH BT KH LS SZ TO BN KW QA AE OM JP".split())
NARROW = {
    "kingdom": KINGDOMS, "monarchy": KINGDOMS, "emirate": frozenset("AE QA KW".split()),
    "sultanate": frozenset("OM BN".split()),
    "island": frozenset("""TW CU JP LK CY IS PH ID MG MT IE NZ SG BH MV HT DO JM FJ MU PG SB VU WS TO BS BB TT GB
        CV KM ST SC TL BN""".split()),
    "communist": frozenset("CN KP CU VN LA".split()), "reclusive": frozenset(["KP"]), "hermit": frozenset(["KP"]),
    "isolated": frozenset(["KP"]), "secretive": frozenset(["KP"]), "gulf": frozenset("SA AE QA KW BH OM".split()),
    "jewish": frozenset(["IL"]), "islamic": frozenset("IR PK AF MR".split()),
    "shiite": frozenset(["IR"]), "shi'ite": frozenset(["IR"]), "theocratic": frozenset(["IR"]),
    "nuclear": frozenset("US RU CN GB FR IN PK KP IL".split()),
    "baltic": frozenset("EE LV LT".split()), "nordic": frozenset("NO SE DK FI IS".split()),
    "balkan": frozenset("AL BA BG HR GR XK ME MK RS SI RO".split()), "caribbean": frozenset(
        "CU HT DO JM BS BB TT AG DM GD KN LC VC".split()), "himalayan": frozenset("NP BT".split()),
    "arab": frozenset("""SA AE QA KW BH OM YE IQ SY JO LB PS EG LY TN DZ MA SD MR DJ SO KM""".split()),
    "persian": frozenset(["IR"]), "ottoman": frozenset(["TR"]),
}
# the nouns of bodies `_named_head` reads: the last word of such a body's name ("Electoral Council", "Venice
# Commission"); not "party", "group", "court", "government": they have readings of their own
NAMED_HEADS = frozenset("""council commission committee coalition alliance front assembly agency union club forum
observatory department office bank fund tribunal board institute foundation network bureau service congress parliament
senate association league centre center programme program authority corporation company command staff ministry
federation confederation conference""".split())
# dependents that give such a noun a referent of its own ("the youth council", "the commission it set up")
OWN_REFERENT_DEPS = frozenset("compound nmod poss relcl acl appos".split())
# a verb's arguments, none of them the description beside them ("Japan condemned the reclusive state")
CO_ARGUMENTS = frozenset("nsubj nsubjpass agent dobj dative attr".split())
# prepositions the parser hangs on an object that belong to its verb ("criticised the kingdom over its record")
LOOSE_PREPS = frozenset("over for on against after amid during since about".split())
# "the U.N.-backed government", "the Saudi-backed government": a backer named in the description, not the state
BACKED_WORDS = frozenset("backed supported sponsored funded recognized recognised".split())
REGION_WORDS = {"asian": "Asia", "african": "Africa", "european": "Europe", "american": "Americas",
                "latin": "Americas", "pacific": "Oceania"}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """The region of each state key ("state:FR" -> "Europe")."""
    return {f"state:{s.iso2}": s.region or "" for s in reference.states()}


def _backer(t) -> bool:
    """Whether a token names the backer in "U.N.-backed", "Saudi-backed" (a hyphen and a participle of backing)."""
    if "-" in t.text and t.text.rsplit("-", 1)[1].lower() in BACKED_WORDS:
        return True
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in BACKED_WORDS


class Definites:
    """The reading of `Actors` for definite descriptions of one state."""

    def _definite_state(self, tok) -> list[str]:
        """The state "the kingdom", "the reclusive state", "the Islamist government" stands for, or nothing."""
        low = tok.lower_
        if tok.tag_ not in ("NN", "NNP") or not (low in STATE_HEADS or low in SEAT_HEADS):
            return []
        words = self._describing_words(tok)
        if words is None or (low in NEEDS_WORD | SEAT_HEADS and not words):
            return []
        allowed: frozenset[str] | None = None
        for w in (*words, low):
            codes = NARROW.get(w)
            region = REGION_WORDS.get(w)
            if region:
                codes = frozenset(k[6:] for k, r in _regions().items() if r == region)
            if codes is not None:
                allowed = codes if allowed is None else allowed & codes
        if low in ("state", "power") and allowed is None:
            return []   # "the state", "the nuclear state": only a narrowing word tells the one
        found = self._nearest_state(tok, allowed)
        backers = [self.key_at[t.i] for t in tok.subtree if t.i < tok.i and t.i in self.key_at and _backer(t)]
        return [] if any(k in backers for k in found) else found   # "Riyadh struck. The Saudi-backed government ..."

    def _describing_words(self, tok) -> list[str] | None:
        """The words of "the [describing words] noun", lowercased; None when the phrase is no bare description."""
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in kids):
            return None
        words: list[str] = []
        for c in kids:
            if c.dep_ == "det":
                continue
            if c.i > tok.i:   # "the country that hosted", "the state of Texas", "the country's": only case marks
                if c.dep_ == "case" or c.is_punct or c.dep_ == "prep" and (c.lower_ in LOOSE_PREPS or any(
                        o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children)):
                    continue   # "accused the kingdom of backing", "criticised the country over": the verb's
                return None
            backing = tok.lower_ in SEAT_HEADS and tok.dep_ in ("nsubj", "nsubjpass") and any(_backer(t) for t in c.subtree)
            # a subject, an actor of the story; not a passing phrase ("a unit aligned with the U.N.-backed government")
            if c.i in self.key_at and not backing \
                    or c.dep_ not in ("amod", "compound", "nmod", "npadvmod", "advmod", "punct") \
                    or c.tag_ in ("JJS", "JJR", "CD", "NNS"):
                return None
            for t in c.subtree:
                if backing and (_backer(t) or t.text == "-" or t.lower_ in BACKED_WORDS):
                    words.append("backed")   # "the U.N.-backed government": the backer is not the government's state
                    continue
                if t.i in self.key_at or t.lower_ in OTHER_WORDS or t.lower_ in C.SUBSTATE_WORDS \
                        or t.tag_ in ("JJS", "JJR", "CD") or t.pos_ == "PROPN" and t.lower_ not in NARROW \
                        and t.lower_ not in REGION_WORDS:
                    return None   # "the Haryana government": a name the text gives no actor, a region's
                if not t.is_punct:
                    words.append(t.lower_)
        return words

    def _nearest_state(self, tok, allowed: frozenset[str] | None) -> list[str]:
        """The one state (of `allowed` codes) named in the nearest sentence before the token naming a state, the
        clause's own actors ("Japan condemned the kingdom": not Japan) and the phrase's own words aside; when none is
        named near, the article's main state."""
        others = self._co_arguments(tok)
        for start, end in self._spans_back(tok):
            named = [self.key_at[i] for i in range(start, end) if self.key_at.get(i, "").startswith("state:")]
            named = list(dict.fromkeys(k for k in named if k not in others and k in self.ctx.entities))
            if not named:
                continue
            fits = [k for k in named if allowed is None or k[6:] in allowed]
            return fits if len(fits) == 1 and (allowed is not None or len(named) == 1) else []
        main = list(self.ctx.main_states[:1])   # nothing named near: the article's own state
        return main if main and main[0] not in others and (allowed is None or main[0][6:] in allowed) else []

    def _group_before(self, tok, kinds: tuple[str, ...]) -> list[str]:
        """ "the group", "the militants", "the insurgents": the one organisation named in the nearest sentence before
        the token naming one, when of those kinds, the clause's own actors aside; when none is named near, the
        article's organisation named most (at least twice, before the token, more often than any other), if of them."""
        ents = self.ctx.entities
        others = self._co_arguments(tok)
        for start, end in self._spans_back(tok):   # any organisation counts: "Daesh" of no known kind is one
            named = list(dict.fromkeys(k for i in range(start, end) if (k := self.key_at.get(i, "")).startswith("org:")
                                       and k in ents and k not in others))
            if named:
                return named if len(named) == 1 and ents[named[0]].org_kind in kinds else []
        counts = Counter(m.key for m in self.ctx.mentions if m.token_end <= tok.i and m.key in ents
                         and m.key.startswith("org:") and ents[m.key].org_kind not in ("igo", "media"))
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) and top[0][0] not in others \
                and ents[top[0][0]].org_kind in kinds:
            return [top[0][0]]
        return []

    def _named_head(self, tok) -> list[str]:
        """ "The Toro Electoral Council met ... Z criticised the council": the one organisation whose name
        ends in the noun of a definite description ("the council", "the electoral commission", "the coalition"),
        named in the nearest sentence before it that names one (its own sentence up to the phrase first); the
        clause's own actors aside. Two such names there: nobody."""
        low = tok.lower_
        if tok.tag_ != "NN" or not tok.text.islower() or low not in NAMED_HEADS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        if any(c.dep_ == "prep" and c.lower_ not in LOOSE_PREPS or c.dep_ in OWN_REFERENT_DEPS
               or c.dep_ == "amod" and (c.pos_ != "ADJ" or c.i in self.key_at) for c in tok.children):
            return []   # "the council of elders", "the Kurdish council", "the youth council": another body
        ents, others = self.ctx.entities, self._co_arguments(tok)
        words = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        for start, end in self._spans_back(tok):
            named = list(dict.fromkeys(
                k for i in range(start, end) if (k := self.key_at.get(i, "")).startswith("org:") and k in ents
                and k not in others and len(name := ents[k].name.lower().split()) >= 2 and name[-1] == low
                and words <= set(name)))
            if named:
                return named if len(named) == 1 else []
        return []

    def _co_arguments(self, tok) -> set[str]:
        """The actors of the clauses a token stands in other than itself: its verb's subject and objects, and the
        subjects above it ("Iran says the kingdom backs X"); not past a joined clause with its own subject."""
        others = {self.key_at[t.i] for t in tok.subtree if t.i in self.key_at}
        node, branch = tok, tok
        while node.head.i != node.i:
            if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                break   # "X was blamed and Y invaded the country": X is no argument of "invaded"
            node, branch = node.head, node
            others |= {self.key_at[t.i] for c in node.children if c.i != branch.i and c.dep_ in CO_ARGUMENTS
                       for t in c.subtree if t.i in self.key_at}
        return others

    def _spans_back(self, tok) -> list[tuple[int, int]]:
        """The token ranges to look back in: its sentence up to the phrase, then the two sentences before."""
        sent = tok.sent
        spans = [(sent.start, tok.left_edge.i)]
        for _ in range(2):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            spans.append((sent.start, sent.end))
        return spans

    def _definite_pair(self, tok) -> list[str]:
        """ "The nuclear-armed neighbours", "the traditionally close allies", "the rivals" with no count: the states
        of the list of states told just before ("India and Pakistan ... . The neighbours ..."), or nothing."""
        if tok.tag_ != "NNS" or tok.lower_ not in PAIR_HEADS or self._describing_words(tok) is None:
            return []
        for count in (2, 3, 4):
            listed = self._list_back(tok, count, ("state:",))
            if listed is None:
                return []
            if listed:
                return listed
        return []
