"""The values that flow through ingest: read -> nlp -> extract -> resolve -> link -> rdf -> write.

Each stage takes the previous stage's value and returns a new frozen one. spaCy objects never
leave `nlp` / `extract`; only `rdf` names ontology terms; only `write` touches the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article as read from a file or a JSON line."""

    id: str                      # the article id: a file's name without extension, or the JSON `id`
    text: str
    title: str | None = None
    date: str | None = None      # YYYY-MM-DD
    url: str | None = None
    source: str | None = None    # the outlet
    origin: str = ""             # where it was read: "path" or "path:line"


@dataclass(frozen=True)
class BadItem:
    """An article that could not be read or processed, and why."""

    where: str                   # "path", "path:line", or the article id
    reason: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence, its character offsets in the article text, how sure."""

    sentence: str
    start: int
    end: int
    confidence: float
    cue: str | None = None       # the word or pattern that triggered it ("backing", "met")


@dataclass(frozen=True)
class Entity:
    """An actor or place the article refers to, resolved within the article.

    key is stable across articles for the same real thing: "state:IR", "org:NATO",
    "person:bashar-al-assad", "city:damascus"; link fills the reference ids.
    """

    key: str
    kind: str                    # state | person | org | city | place
    name: str                    # the fullest form (for persons: in the text)
    aliases: tuple[str, ...] = ()
    org_kind: str | None = None  # igo | alliance | armed_group | party | government_body | company | other
    wikidata: str | None = None  # QID, filled by link
    geonames: str | None = None
    dbpedia: str | None = None


@dataclass(frozen=True)
class Holding:
    person: str                  # Entity.key
    role: str                    # HeadOfState, HeadOfGovernment, ForeignMinister, ... Official
    jurisdiction: str | None     # Entity.key of a state or org
    title: str                   # the title as written ("defence minister")
    evidence: Evidence


@dataclass(frozen=True)
class Relation:
    rel: str                     # supports | alliedWith | opposes
    source: str                  # Entity.key
    target: str                  # Entity.key
    evidence: Evidence
    cameo: str | None = None     # CAMEO event code, e.g. "072"
    plover: str | None = None    # PLOVER event type, e.g. "AID"


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]   # Entity.key
    place: str | None               # Entity.key of a city / state, or None
    date: str | None                # YYYY-MM-DD
    evidence: Evidence


@dataclass(frozen=True)
class Membership:
    member: str                  # Entity.key
    group: str                   # Entity.key of an org
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    holdings: tuple[Holding, ...] = ()
    relations: tuple[Relation, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    memberships: tuple[Membership, ...] = ()
    model: str = ""              # e.g. "en_core_web_sm-3.8.0"
    extractor: str = ""          # e.g. "geokg-0.1.0"
    notes: dict = field(default_factory=dict, compare=False)
