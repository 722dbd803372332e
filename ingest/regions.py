"""Governments of regions that are no states, read from their names: "the Catalan government", "Catalonia's regional
government", "the Punjab government".

Each is an organisation of its own, a government body of no state, as the gazetteer's Kurdistan Regional Government
is: a region's government speaks for the region, not for the state it lies in, and is often that state's adversary
("the Catalan government accused Madrid of ..."). Before, such a phrase named no actor at all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .context import tokens_of
from .definites import NARROW, REGION_WORDS
from .nonpersons import town_of

# the model's entities that may name a region: it tags "Catalonia" as a place or, often, as an organisation
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG"})
# words that may stand between the region and its government: "Catalonia's regional government"
TIER_WORDS = frozenset({"regional", "provincial", "state", "local", "autonomous", "devolved", "semi-autonomous"})
STEM = 5
# words that describe a state or a continent, not a region inside one ("the Islamist government", "a pro-European
# government"): `definites` reads the first kind as the state they narrow to
NOT_REGIONS = frozenset(NARROW) | frozenset(REGION_WORDS) | {"western", "eastern", "northern", "southern", "federal"}


def regional_governments(doc: Doc, terms, taken: set[int], states: set[str]) -> list[Span]:
    """The phrases from a region's name or adjective to "government": "Catalan government" when the article names
    a place of that stem ("Catalonia"), "Catalonia's regional government", "Punjab government" (a place the model
    tags). Never a state, a seat or any word the gazetteer knows ("the Spanish government" is Spain's), a town of
    the article's states ("the Yangon government" is the state's, told by its old capital), a word that describes a
    state or a continent, nor a word of a longer name the adjective opens ("Communist" beside "Communist Party of X"
    is no region)."""
    places = [e for e in doc.ents if e.label_ in PLACE_LABELS and e.text not in terms
              and not any(i in taken for i in range(e.start, e.end))]
    out = []
    for gov in tokens_of(doc):
        if gov.lower_ != "government" or gov.tag_ != "NN" or gov.i in taken:
            continue
        name = _region(doc, gov, places, terms, taken)
        if name is not None and not town_of(name.text, states):
            out.append(doc[name.start:gov.i + 1])
    return out


def _region(doc: Doc, gov, places, terms, taken: set[int]) -> Span | None:
    """The region's name or adjective before `gov` ("Catalonia", "Hong Kong", "Catalan"), or None."""
    toks = tokens_of(doc)
    for c in gov.lefts:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or not c.is_title or not c.is_alpha \
                or c.text in terms or c.i in taken or c.lower_ in NOT_REGIONS \
                or c.i > 0 and toks[c.i - 1].text == "-":   # "a pro-European government"
            continue
        start = c.left_edge.i if c.ent_type_ in PLACE_LABELS else c.i
        if any(toks[i].text in terms or toks[i].i in taken or not toks[i].is_title for i in range(start, c.i + 1)):
            continue
        between = doc[c.i + 1:gov.i]
        if c.dep_ == "poss":
            between = between[1:] if len(between) and between[0].text in ("'s", "\u2019s") else between
            if c.ent_type_ not in PLACE_LABELS or not (c.ent_type_ in ("GPE", "LOC") or any(
                    t.lower_ in TIER_WORDS for t in between)):
                continue
        if any(t.lower_ not in TIER_WORDS for t in between):
            continue
        if c.ent_type_ in ("GPE", "LOC") or _named_place(c, places):
            return doc[start:c.i + 1]
    return None


def _named_place(adj, places) -> bool:
    """Whether the article names a place the adjective is made from: "Catalan" and "Catalonia", "Kurdish" and
    "Kurdistan" (the same first letters, another word); not a name the adjective itself opens."""
    if len(adj.text) < STEM:
        return False
    stem = adj.text[:STEM].lower()
    return any(p[0].text.lower().startswith(stem) and p[0].text != adj.text and p[0].i != adj.i for p in places)
